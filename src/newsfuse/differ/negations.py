"""Negated restatements and opposite states, as one step of finding differences: one
source says "X did Y" and another "X did not Y" (or "never", "at no point did X Y"), or two
give opposite states of one thing (see :mod:`~newsfuse.differ.states`).

Alignment is strict, because a negation elsewhere in a sentence is common and a false
conflict costs a reader more than a missed one: the same subject (a name's surname or the
same head noun, never a pronoun), the same verb, and shared words of what it governs; no
question, no conditional or modal, no act at another time, no side that its own sentence
calls false. Clauses are read with :mod:`~newsfuse.differ.predicates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set
from dataclasses import replace

from newsfuse.attribute import find_claimant
from newsfuse.differ.align import Story, stem, topic_words
from newsfuse.differ.denials import lawyers_client
from newsfuse.differ.phrase import distinct_claimants
from newsfuse.differ.predicates import (
    ANOTHER_TIME,
    BETWEEN,
    IRREGULAR_BASES,
    NOT_ACTS,
    UNREAL,
    WORD,
    Predicate,
    clauses,
    head_word,
    subject_head,
    verb_base,
    verb_forms,
)
from newsfuse.differ.scan import StoryScan
from newsfuse.differ.states import (
    opposite_states,
    state_predicates,
    state_word,
    two_answers,
)
from newsfuse.documents import Citation, Difference, Sentence, Side

# Shared topic words after the verb (besides the subject) that two clauses need.
SHARED_REST = 2
COPULAR_SHARED_REST = 1
_BE = frozenset({"is", "are", "was", "were"})
_NEGATED = re.compile(  # the look-ahead: see predicates.UNREAL
    r"(?=[adhinw])\b(?P<aux>do|does|did|is|are|was|were|has|have|had|will)"
    r"(?:\s+(?:clearly|simply|certainly|definitely|absolutely|also))?(?:\s+not\b|n['’]t\b)"
    r"(?:\s+(?:ever|actually|really|even|in fact))?(?:\s+been)?"
    r"(?:\s+(?:have|need|had|needed)\s+to)?\s+(?P<verb>[a-z][a-z-]+)"
    r"|\bnever\s+(?:(?:actually|really|even|once)\s+)?(?:(?:been|be|have|had)\s+)?"
    r"(?P<never>[a-z][a-z-]+)"
)
_AT_NO_POINT = re.compile(
    r"\b[Aa]t no (?:point|time)\s+(?:did|does|has|had|was|were|is)\s+"
    r"(?P<subject>(?:[Tt]he\s+)?(?:[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))\s+"
    r"(?:ever\s+)?(?P<verb>[a-z][a-z-]+)"
)
# What a subject is said not to be, a noun after a determiner: "Reed is not a suspect in the
# shooting", "Lind was not his girlfriend", "Reed was not the driver of the car". The noun
# closes its phrase (a preposition, a relative word or the clause's end follows); at most
# two words stand between it and its determiner ("not a U.S. citizen").
NOT_A = re.compile(
    r"\b(?:is|are|was|were)(?:\s+not\b|n['’]t\b)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?P<words>(?:[\w.'’-]+\s+){0,2}?)(?P<noun>[a-z]{4,})\b"
    r"(?=\s+(?:of|in|for|at|on|to|who|that|with|from|and)\b|\s*[,.;:!\"”)]|\s*$)"
)
# Nouns that say no role or kind of the subject: "it is not the first time", "not a problem".
_NOT_ROLES = frozenset(
    """time times case matter issue problem thing things question reason way part place
    point surprise secret priority option concern factor crime first last only same best
    worst main end goal answer solution""".split()
)
# An act negated by its object: "the defendants stole nothing", "Reed accepted no money from
# the builders" (as "did not accept any money"). The verb is a past ("-ed" or irregular);
# "no" opens a noun, not "no one", "no longer", "no more than", "no doubt" ...
NOTHING = re.compile(
    r"\b(?P<verb>[a-z][a-z-]+)\s+(?:absolutely\s+)?(?:nothing\b|no\s+(?!(?:one|longer|more"
    r"|less|doubt|matter|fewer|later|sooner|further|other|sign|evidence|proof|comment|reason"
    r"|idea|plans?|choice|way|time|need|mention|indication)\b)(?=[a-z]))"
)
# Where the words that a verb governs end: "convicted of rape because ..."; not the comma
# of a figure ("accepted $50,000 from ...").
_OBJECT_END = re.compile(
    r",(?!\d)|[;:(\"“”—]|\s(?:because|when|while|which|who|although|though|since|after|before"
    r"|and|but|so|according)\s"
)
_OBJECT_WORDS = 10
_PREPOSITIONS = frozenset({"of", "to", "by", "with", "against", "for", "from", "about"})
# An office before a name: "President Ann Lee", "Gov. Lee".
_TITLES = (
    "President", "Governor", "Mayor", "Senator", "Judge", "Sheriff", "Coach", "Pope",
    "Chancellor", "Premier", "Minister", "Secretary", "Director", "Commissioner", "Chief",
)  # fmt: skip
_TITLED = re.compile(
    rf"(?P<title>{'|'.join(_TITLES)})\s+(?:[A-Z][a-z]+\s+|[A-Z]\.\s+){{0,2}}"
    r"(?P<name>[A-Z][a-z]{2,})\b(?!\s+[A-Z][a-z])"
)
# Words between a negation and its verb: "has not even been", "does not have to".
_AUXILIARY_WORDS = frozenset(
    "been be have had has need needed to ever actually really even in fact once".split()
)
_DETERMINERS = frozenset("a an the his her their its".split())
_SAYS = frozenset("said says told insisted insists maintained maintains added".split())


# The forms of each irregular verb by the stem a predicate keeps ("steal": steal, stole,
# stolen): the sentences that state a negated verb are looked for under every form.
def act_word(verb: str) -> str:
    """The word an act is compared by: its base's stem, without a final "e" ("did not
    lunge" and "lunged" are "lung"; "write", "wrote" and "written" are "writ").

    Example:
        >>> act_word("lunge"), act_word("lunged"), act_word("stole"), act_word("attacked")
        ('lung', 'lung', 'steal', 'attack')
    """
    word = stem(verb_base(verb))
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_FORMS_BY_STEM = {act_word(base): verb_forms(base) for base in IRREGULAR_BASES}
_QUOTE = re.compile('["“”]')
_YEAR = re.compile(r"\b(?:18|19|20)\d\d\b")
_NEGATORS = frozenset({"not", "never", "no", "nor", "n't", "without", "neither"})


def negation_differences(
    story: Story, others: Sequence[Difference] = (), scan: StoryScan | None = None
) -> list[Difference]:
    """Differences of negated restatements and opposite states among a story's articles;
    a pair of sentences that one of ``others`` already sets against each other gives none.
    ``scan`` is the story's cue pass when the caller already made it."""
    found: dict[tuple[str, str], list[tuple[Predicate, Predicate]]] = {}
    one_voice: list[tuple[Predicate, Predicate]] = []
    cited: set[frozenset[Citation]] | None = None
    for a, b in _conflicting_pairs(story, scan or StoryScan.of(story.articles)):
        cited = cited_pairs(others) if cited is None else cited
        pair = frozenset({Citation.of(a.sentence), Citation.of(b.sentence)})
        if pair in cited:
            continue
        if not _separate_voices(a, b, story):
            one_voice.append((a, b))
            continue
        cited.add(pair)
        found.setdefault((a.subject, a.word), []).append((a, b))
    # A report that gives both sides of a dispute found between two reports ("experts think
    # the letter authentic; officials call it a fake") takes part in it, though alone, with
    # no two claimants named, it is no difference.
    for a, b in one_voice:
        if (a.subject, a.word) in found:
            found[a.subject, a.word].append((a, b))
    return [_phrase(pairs, story) for pairs in found.values()]


def cited_pairs(differences: Sequence[Difference]) -> set[frozenset[Citation]]:
    """Every pair of sentences that a difference already sets against each other."""
    cited = [c for d in differences for side in d.sides for c in side.citations]
    return {frozenset({a, b}) for a in cited for b in cited if a != b}


def _conflicting_pairs(story: Story, text: StoryScan) -> Iterator[tuple[Predicate, Predicate]]:
    negating, stating = _cued(text)
    negated = [n for s in negating for n in negated_predicates(s)]
    if negated:
        yield from _negated_pairs(negated, text, story)
    states = [s for sentence in stating for s in state_predicates(sentence)]
    for i, a in enumerate(states):
        for b in states[i + 1 :]:
            if opposite_states(a, b, story):
                yield a, b


def _negated_pairs(
    negated: list[Predicate], text: StoryScan, story: Story
) -> Iterator[tuple[Predicate, Predicate]]:
    """Each negated predicate with the affirmed ones of the same subject and verb; only
    sentences holding the verb's stem and a name of the subject are read."""
    for claim in negated:
        forms = _FORMS_BY_STEM.get(claim.word, (claim.word,))
        holding = set().union(*(text.holding(form[:5]) for form in forms))
        candidates = [i for i in holding if text.sentences[i] is not claim.sentence]
        if not candidates:
            continue
        read = " ".join(text.lowered_sentence(i) for i in candidates)
        titles = [t for t in _TITLES if t.lower() == claim.subject or t.lower() in read]
        holders = title_holders(text.joined, titles) if titles else {}
        subjects = {claim.subject} | aliases_of(claim.subject, holders)
        for i in sorted(candidates):
            sentence = text.sentences[i]
            if any(subject in text.lowered_sentence(i) for subject in subjects):
                for other in affirmed_predicates(sentence, claim, subjects):
                    if _same_fact(claim, other) and not story.is_denial(sentence):
                        yield other, claim


def _cued(text: StoryScan) -> tuple[list[Sentence], list[Sentence]]:
    """The sentences worth reading for negations, and those for states (no question),
    found in one Aho-Corasick pass over the story: a negation whose next words recur
    elsewhere in the story, a state whose question another report's sentence also answers.
    Most sentences with "not" negate something no other sentence states."""
    negating = {text.at(at) for at in text.negation_hits if _recurs(text.lowered, at)}
    negating |= {text.at(at) for at in text.nothing_hits if _past_recurs(text.lowered, at)}
    stating: set[int] = set()
    for hits in text.state_hits:
        words = [state_word(text.lowered, at) for at in hits]
        whole = [at for at, word in zip(hits, words, strict=True) if word]
        if len(whole) > 1 and two_answers(text.lowered, whole, set(words) - {""}):
            found = {text.at(at) for at in whole}
            if len({text.sentences[i].article_id for i in found}) > 1:
                stating |= found
    return _asked_nothing(text.sentences, negating), _asked_nothing(text.sentences, stating)


def _recurs(lowered: str, at: int, verb: str = "") -> bool:
    """Whether the verb after a negation's cue ("did not sign", "never had to pay") occurs
    again in the story ("at no point did ..." always reads on); ``verb`` when the caller
    knows it."""
    words = lowered[at : at + 60].split()
    if words[:1] == ["at"] and not verb:
        return True
    # (a noun after a determiner is what "is not a suspect" says: ``NOT_A``)
    verb = verb or next((w for w in words[1:5] if w not in _AUXILIARY_WORDS | _DETERMINERS), "")
    if len(verb) < 3 or verb in NOT_ACTS:
        return False
    base = verb_base(verb)
    if any(form[:5] != verb[:5] and form[:5] in lowered for form in verb_forms(base)):
        return True  # "did not steal" and "stole"
    first = lowered.find(verb[:5])
    return lowered.find(verb[:5], first + 1) >= 0


def _past_recurs(lowered: str, at: int) -> bool:
    """Whether the verb whose cue of "nothing" or "no" is at ``at`` ("stole nothing"), read
    from the space before the cue's first word, occurs again in the story ("stole $2,000",
    "steal")."""
    # (The cue starts inside or at the start of that word, so the word is never empty.)
    start = lowered.rfind(" ", 0, at) + 1
    verb = lowered[start:].split(maxsplit=1)[0]
    return _recurs(lowered, start - 1, verb)


def _asked_nothing(sentences: Sequence[Sentence], positions: set[int]) -> list[Sentence]:
    return [sentences[i] for i in sorted(positions) if "?" not in sentences[i].text]


def negated_predicates(sentence: Sentence) -> Iterator[Predicate]:
    """The clauses of a sentence that negate a verb of a named subject.

    Example:
        >>> s = Sentence("1", 0, 0, 0, "Smith did not sign the harbour lease, the mayor said.")
        >>> [(c.subject, c.word, c.value) for c in negated_predicates(s)]
        [('smith', 'sign', 'no')]
    """
    for clause in clauses(sentence.text):
        for match in _NEGATED.finditer(clause):
            verb = (match.group("verb") or match.group("never")).lower()
            if _no_act(clause, verb, match.end()):
                continue  # (read before the subject, which costs more, as a third of them are)
            subject = _subject_of(sentence.text, clause, match.start())
            if subject:
                copular = _is_copular(match)
                yield _built(sentence, clause, subject, verb, match.end(), "no", copular)
        yield from _not_a(sentence, clause)
        yield from _nothing(sentence, clause)
        for match in _AT_NO_POINT.finditer(clause) if "t no " in clause else ():
            subject = head_word(match.group("subject"))
            verb = match.group("verb").lower()
            yield from _predicate(sentence, clause, subject, verb, match.end(), "no")


def _not_a(sentence: Sentence, clause: str) -> Iterator[Predicate]:
    """What a named subject is said not to be: "Reed is not a suspect" (see ``NOT_A``)."""
    negated = " not " in clause or "n't" in clause or "n’t" in clause  # NOT_A reads both marks
    for match in NOT_A.finditer(clause) if negated else ():
        noun = match.group("noun")
        if noun in _NOT_ROLES or ANOTHER_TIME.search(clause) or UNREAL.search(clause):
            continue
        subject = _subject_of(sentence.text, clause, match.start())
        if subject:
            built = _built(sentence, clause, subject, noun, match.end(), "no", True)
            yield replace(built, noun=True)


# A word's last letter before "nothing" or "no": a clause without one holds no ``NOTHING``
# (looked for first, as a cheaper test than the pattern).
_PAST_NOTHING = re.compile(r"[a-z]\s+(?:absolutely\s+)?no(?:thing)?\b")


def _nothing(sentence: Sentence, clause: str) -> Iterator[Predicate]:
    """An act negated by its object: "stole nothing", "accepted no money" (see
    ``NOTHING``)."""
    # (The plain "no" first: the pattern, with no plain character to open on, reads every
    # clause slowly, and three clauses in four print no "no".)
    cued = "no" in clause and _PAST_NOTHING.search(clause)
    for match in NOTHING.finditer(clause) if cued else ():
        verb = match.group("verb")
        if _a_past(verb):
            subject = _subject_of(sentence.text, clause, match.start())
            yield from _predicate(sentence, clause, subject, verb, match.end(), "no")


def _a_past(verb: str) -> bool:
    """Whether a word before "nothing" or "no" is a verb's past that states an act
    ("stole", "accepted"), not a light verb or a preposition ("had no", "with no")."""
    return verb not in NOT_ACTS and (verb.endswith("ed") or verb_base(verb) != verb)


def _subject_of(text: str, clause: str, position: int) -> str:
    """The named subject of the verb at ``position``: its head word, the client a lawyer
    speaks for, or the speaker who says "he" or "I" of himself."""
    subject = subject_head(clause, position, ignore_and=True)
    return (
        _client_of_counsel(text, subject)
        or _speaker_of_himself(text, clause, position)
        or _quoted_speaker(text, clause, position)
    )


def _client_of_counsel(text: str, subject: str) -> str:
    """The subject, or for "his client" the client the sentence's lawyer speaks for ("Lee's
    lawyer said his client did not sign it": Lee)."""
    if subject not in {"client", "clients"}:
        return subject
    return head_word(lawyers_client(text)) or subject


def _speaker_of_himself(text: str, clause: str, position: int) -> str:
    """The speaker's surname when the subject is "he", "she" or "they" right after the
    speaker's verb ("Lee said she never signed it", "Lee told reporters she never signed
    it": Lee), else ""."""
    before = _words_before(clause, position)
    if len(before) < 2 or before[-1].lower() not in {"he", "she", "they"}:
        return ""
    if before[-2].lower() not in _SAYS and not _told_an_audience(before[:-1]):
        return ""
    named = _named_speaker(text)
    return named or (_spoken_for(text) if before[-1].lower() in {"he", "she"} else "")


# A speaker for someone named in the speaker's words, of whom "he" or "she" after the verb
# is said: "Reed's family insists he was not drunk", "a lawyer for Ann Lee said she never
# signed it" (Reed, Lee; a family is "they", so "he" is not the family).
_SPEAKS_FOR = re.compile(
    r"(?:(?P<owner>[A-Z][\w-]+)['’]s?\s+(?:family|relatives|parents|wife|husband|mother"
    r"|father|lawyers?|attorneys?)"
    r"|\b(?:[Aa]|[Tt]he)\s+(?:lawyer|attorney)\s+for\s+(?:[A-Z][\w-]+\s+)?(?P<client>[A-Z][\w-]+))$"
)


def _spoken_for(text: str) -> str:
    """The surname of whom the sentence's speaker speaks for (see ``_SPEAKS_FOR``), or ""."""
    match = _SPEAKS_FOR.search(find_claimant(text) or "")
    return head_word(match.group("owner") or match.group("client")) if match else ""


# Whom a speaker tells, when the pronoun after them can be only the speaker: "told
# reporters she", not "told him he" or "told Smith he" (either may be "he").
_TOLD = frozenset({"told", "tells"})
_HEARERS = frozenset({"him", "her", "them", "me", "us", "you"})


def _told_an_audience(before: list[str]) -> bool:
    """Whether the words end in "told" and an audience named by a common noun ("told
    reporters", "told the newspaper")."""
    hearer = before[-1:]
    if not hearer or not hearer[0].islower() or hearer[0] in _HEARERS:
        return False
    told = before[-3:-1] if before[-2:-1] in (["the"], ["a"]) else before[-2:-1]
    return bool(told) and told[0].lower() in _TOLD


def _words_before(clause: str, position: int) -> list[str]:
    """The clause's words before ``position``, less the adverbs and auxiliaries right
    before it (``BETWEEN``): the last is the negation's subject."""
    before = WORD.findall(clause[:position])
    while before and before[-1].lower() in BETWEEN:
        before.pop()
    return before


def _named_speaker(text: str) -> str:
    """The surname of the speaker the sentence names, or "" for none or a role."""
    speaker = find_claimant(text)
    return head_word(speaker) if speaker and speaker.split()[-1][:1].isupper() else ""


def _is_copular(match: re.Match[str]) -> bool:
    """Whether a negation is of a state said with "to be" ("was not altered", "are not
    employees"), not of an act ("has not paid", "was not being paid")."""
    return match.group("aux") in _BE and "been" not in match.group()


def _quoted_speaker(text: str, clause: str, position: int) -> str:
    """The speaker's surname when the subject is "I" or "we" inside a quotation ('"I never
    signed it," Lee said': Lee), else ""."""
    before = _words_before(clause, position)
    if not before or before[-1] not in {"I", "We", "we"}:
        return ""
    if not _QUOTE.search(clause, 0, position):
        return ""  # the writer's own "I", or no quotation
    return _named_speaker(text)


def _predicate(
    sentence: Sentence,
    clause: str,
    subject: str,
    verb: str,
    end: int,
    value: str,
    copular: bool = False,
) -> Iterator[Predicate]:
    if subject and not _no_act(clause, verb, end):
        yield _built(sentence, clause, subject, verb, end, value, copular)


def _no_act(clause: str, verb: str, end: int) -> bool:
    """Whether the verb that ends at ``end`` states no act a source may negate: a verb that
    names none, or a clause of a question, a condition or a possibility, or of another time."""
    return (
        verb in NOT_ACTS
        or UNREAL.search(clause[:end]) is not None
        or ANOTHER_TIME.search(clause) is not None
    )


def _built(
    sentence: Sentence,
    clause: str,
    subject: str,
    verb: str,
    end: int,
    value: str,
    copular: bool = False,
) -> Predicate:
    """The predicate of a verb of a named subject that ends at ``end``."""
    word = act_word(verb)
    rest = _object(clause[end:], subject)
    return Predicate(sentence, clause, subject, word, value, rest, copular=copular)


def affirmed_predicates(
    sentence: Sentence, negated: Predicate, subjects: Set[str] = frozenset()
) -> Iterator[Predicate]:
    """Clauses of a sentence that state, unnegated, the verb a negated predicate negates,
    of the same subject (or one of ``subjects``, the names it goes by)."""
    subjects = subjects or {negated.subject}
    for clause in clauses(sentence.text):
        if UNREAL.search(clause) or ANOTHER_TIME.search(clause):
            continue
        words = list(WORD.finditer(clause))
        for i, word in enumerate(words):
            lowered = word.group().lower()
            if verb_base(lowered)[:2] != negated.word[:2] or act_word(lowered) != negated.word:
                continue
            before = [w.group().lower() for w in words[max(0, i - 3) : i]]
            if _NEGATORS & set(before) or any(w.endswith(("n't", "n’t")) for w in before):
                continue
            if negated.copular and not _BE & set(before[-2:]):
                continue  # "are employees", not "the employees"
            if negated.noun and not _BE & set(before[-3:-1]):
                continue  # "was a suspect", "was Reed's girlfriend": not "the suspect was"
            if _subject_near(clause, word.start(), subjects):
                rest = _object(clause[word.end() :], negated.subject)
                yield Predicate(sentence, clause, negated.subject, negated.word, "yes", rest)


def _same_fact(negated: Predicate, affirmed: Predicate) -> bool:
    years = set(_YEAR.findall(negated.clause)), set(_YEAR.findall(affirmed.clause))
    if all(years) and not years[0] & years[1]:
        return False  # "accepted $50,000 in 2019" / "did not accept a payment in 2020"
    shared = len(negated.rest & affirmed.rest)
    if negated.noun:
        # What it is said to be is of one thing on both sides: "a suspect in the Kessel
        # shooting" is not one "in the Kessel robbery", "the work of arsonists" is; a bare
        # "his girlfriend" may meet a bare "Reed's girlfriend", not one "at the time".
        rests = negated.rest, affirmed.rest
        within = all(rests) and (rests[0] <= rests[1] or rests[1] <= rests[0])
        same = shared >= SHARED_REST or within or not any(rests)
        return same and _one_moment(negated, affirmed)
    if negated.copular:
        # The state word already names the fact ("altered", "employees"): what it governs
        # need only agree ("of the school" both) or be absent from both.
        return shared >= COPULAR_SHARED_REST or not (negated.rest or affirmed.rest)
    return shared >= SHARED_REST


_PRESENT = frozenset({"is", "are"})
_SAID = re.compile(
    r"\b(?:said|says|told|tells|reported|testified|added|insisted|claimed)\b",
    re.IGNORECASE,
)


def _one_moment(negated: Predicate, affirmed: Predicate) -> bool:
    """Whether "is not a suspect" and "was a suspect" speak of one moment: the same tense of
    "to be", or a past in reported speech ("police said Reed was a suspect", "Lind was his
    girlfriend, her sister said": what is so when it is said); else the past may be what he
    was before ("was a suspect" in court papers, "is not" now)."""
    tenses = []
    for predicate in (negated, affirmed):
        words = WORD.findall(predicate.clause.lower())
        at = next((i for i, w in enumerate(words) if act_word(w) == predicate.word), len(words))
        be = next((w for w in reversed(words[:at]) if w in _BE), "")
        reported = _SAID.search(predicate.sentence.text) is not None
        tenses.append("present" if be in _PRESENT or reported else "past")
    return tenses[0] == tenses[1]


def _object(after: str, subject: str) -> frozenset[str]:
    """The topic words a verb governs: up to the end of its phrase, ten words at most; a sum
    governed is the word "money" too ("accepted $50,000 from the developer" and "did not
    accept any money from the developer" share two words, as "a penny" and "a dime" do)."""
    end = _OBJECT_END.search(after)
    phrase = " ".join((after[: end.start()] if end else after).split()[:_OBJECT_WORDS])
    words = topic_words(phrase) - {subject}
    return words | {"money"} if _MONEY.search(phrase) else words


# A sum or a word for money in what a verb governs (not "money" itself: a topic word).
_MONEY = re.compile(
    r"[$£€]\s?\d|\b\d[\d,.]*\s*(?:million|billion)?\s*(?:dollars|pounds|euros)\b"
    r"|\b(?:a\s+(?:penny|cent|dime|nickel)|cash|funds|payments?|bribes?)\b",
    re.IGNORECASE,
)


def _subject_near(clause: str, position: int, subjects: Set[str]) -> bool:
    """Whether one of ``subjects`` is among the five words before ``position`` (a name or
    head noun, not after a preposition: "the lawsuit against Lee" is not Lee's act)."""
    before = [re.sub(r"['’]s?$", "", w).lower() for w in WORD.findall(clause[:position])]
    window = before[-5:]
    for at in (i for i, word in enumerate(window) if word in subjects):
        if (window[at - 1] if at > 0 else "") not in _PREPOSITIONS:
            return True
    return False


def title_holders(text: str, titles: Sequence[str] = _TITLES) -> dict[str, frozenset[str]]:
    """The surnames a text gives each office ("President Ann Lee": "president" is "lee").

    Example:
        >>> title_holders("Mayor Ann Lee spoke. Gov. Ray Tran and Mayor Lee met.")
        {'mayor': frozenset({'lee'})}
    """
    holders: dict[str, set[str]] = {}
    for title in titles:
        at = text.find(title)
        while at >= 0:
            match = _TITLED.match(text, at)
            if match:
                holders.setdefault(title.lower(), set()).add(match.group("name").lower())
            at = text.find(title, at + len(title))
    return {title: frozenset(names) for title, names in holders.items()}


def aliases_of(subject: str, holders: dict[str, frozenset[str]]) -> frozenset[str]:
    """The other name of a subject: the one surname a story gives an office ("president"
    is "lee"), or the one office it gives a surname ("lee" is "president"); none when the
    office has two holders.

    Example:
        >>> holders = {"mayor": frozenset({"lee"}), "judge": frozenset({"tran", "bell"})}
        >>> aliases_of("mayor", holders), aliases_of("lee", holders), aliases_of("judge", holders)
        (frozenset({'lee'}), frozenset({'mayor'}), frozenset())
    """
    if subject in holders:
        names = holders[subject]
        return names if len(names) == 1 else frozenset()
    return frozenset(title for title, names in holders.items() if names == {subject})


def _separate_voices(a: Predicate, b: Predicate, story: Story) -> bool:
    if a.sentence.article_id != b.sentence.article_id:
        return True
    first, second = story.claimant(a.sentence), story.claimant(b.sentence)
    return bool(first and second and first != second)


def _phrase(pairs: list[tuple[Predicate, Predicate]], story: Story) -> Difference:
    predicates = list({id(x): x for pair in pairs for x in pair}.values())
    values = sorted({x.value for x in predicates}, key=lambda v: (v != "yes", v))
    sides = tuple(_side([x for x in predicates if x.value == v], story) for v in values)
    first = pairs[0][0]
    if first.value in {"yes", "no"}:
        denied = any(x.value == "no" and story.claimant(x.sentence) for x in predicates)
        if denied:
            return Difference(label="Disputed account", sides=sides, kind="denial")
        return Difference(label="Stated and negated", sides=sides, kind="stance")
    what = "Plea" if first.word == "plea" else "State"  # "Plea of Reed": guilty / not guilty
    return Difference(
        label=f"{what} of {_named(first.subject, predicates)}", sides=sides, kind="stance"
    )


def _named(subject: str, predicates: Sequence[Predicate]) -> str:
    """How a label names a state's subject: a person by name ("Reed", written with a
    capital inside a sentence), a thing with "the" ("the bridge")."""
    name = re.compile(rf"(?<=\w[\s,]){re.escape(subject.capitalize())}\b")
    named = any(name.search(x.sentence.text) for x in predicates)
    return subject.capitalize() if named else f"the {subject}"


def _side(predicates: Sequence[Predicate], story: Story) -> Side:
    ordered = sorted(predicates, key=lambda x: (x.sentence.article_id, x.sentence.index))
    claimants = distinct_claimants(story.claimant(x.sentence) for x in ordered)
    value = ordered[0].value
    position = {"yes": "stated", "no": "negated"}.get(value, value)
    return Side(
        claim=ordered[0].clause,
        claimant="; ".join(claimants),
        citations=tuple(sorted({Citation.of(x.sentence) for x in ordered})),
        position=position,
    )
