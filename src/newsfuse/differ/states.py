"""Opposite states of one thing: "the bridge is open" / "the bridge is closed", "half
open" / "fully open", "frozen" / "not frozen", from a small table of states written for
news."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from newsfuse.differ import patterns as p
from newsfuse.differ.align import Story, topic_words
from newsfuse.differ.names import INSTITUTIONS, full_names
from newsfuse.differ.predicates import (
    ANOTHER_TIME,
    BETWEEN,
    PRONOUNS,
    UNREAL,
    WORD,
    Predicate,
    clauses,
    head_word,
    subject_head,
)
from newsfuse.documents import Sentence

# Shared topic words two sentences giving opposite states need (the subject among them).
SHARED_STATE = 3
_COPULAS = r"(?:is|are|was|were|remains|remained|has been|have been|had been)"
# Opposite states written for news: each word names a state of one question.
STATES: dict[str, tuple[str, str]] = {
    "open": ("open", "open"), "closed": ("open", "closed"), "shut": ("open", "closed"),
    "alive": ("alive", "alive"), "dead": ("alive", "dead"),
    "guilty": ("guilty", "guilty"), "acquitted": ("guilty", "not guilty"),
    "innocent": ("guilty", "not guilty"),
    "freed": ("held", "free"),
    "detained": ("held", "held"), "jailed": ("held", "held"), "imprisoned": ("held", "held"),
    "approved": ("approved", "approved"), "rejected": ("approved", "rejected"),
    "missing": ("missing", "missing"),
    "frozen": ("frozen", "frozen"), "unfrozen": ("frozen", "not frozen"),
    "legal": ("legal", "legal"), "illegal": ("legal", "illegal"),
    "lawful": ("legal", "legal"), "unlawful": ("legal", "illegal"),
    "authentic": ("authentic", "authentic"), "fake": ("authentic", "fake"),
    "forged": ("authentic", "fake"), "genuine": ("authentic", "authentic"),
    "fabrication": ("authentic", "fake"), "fabricated": ("authentic", "fake"),
    "forgery": ("authentic", "fake"), "counterfeit": ("authentic", "fake"),
    "doctored": ("authentic", "fake"),
    "armed": ("armed", "armed"), "unarmed": ("armed", "unarmed"),
    "conscious": ("conscious", "conscious"), "unconscious": ("conscious", "unconscious"),
    "intact": ("intact", "intact"), "destroyed": ("intact", "destroyed"),
    # A plea, by its verb ("pleaded guilty", "pleaded not guilty": ``_PLEADED``).
    "pleaded": ("plea", "guilty"), "pled": ("plea", "guilty"), "pleads": ("plea", "guilty"),
}  # fmt: skip
_PLEA_VERBS = frozenset(word for word, (question, _) in STATES.items() if question == "plea")
# Verbs that give a state (see ``_OPENED`` and ``_FROZE``), by the state word they stand for;
# the cue pass finds them with the states' words.
VERB_STATES = {
    "opened": "open", "deployed": "open", "deploy": "open", "froze": "frozen",
}  # fmt: skip
# Verbs that give a thing's state as it looks to the speaker: "the signature appears
# authentic".
_SEEMS = r"(?:appears|appeared|seems|seemed)"
# Adverbs that only stress a state: "is clearly a fabrication".
_STRESS = r"(?:clearly|obviously|plainly|certainly|definitely)"
# States said by a noun after an article: "the letter is a fake", "was a forgery".
_NOUN_STATES = r"fake|forgery|fabrication|counterfeit"
# A copula that negates the state after it: "isn't frozen", "has not been frozen", "were
# never frozen" (as "is not frozen").
_NOT_COPULAS = (
    r"(?:is|are|was|were)(?:n['’]t|\s+not|\s+never)"
    r"|(?:has|have|had)(?:n['’]t|\s+not|\s+never)\s+been"
)
# Who a road, a bridge or a border is open or closed to: "closed to traffic" is a state, where
# "closed to protect the site" or "open to talks" is not.
_USERS = (
    r"\s+(?:traffic|the\s+public|visitors|vehicles|cars|trucks|pedestrians|tourists|shipping"
    r"|flights|ships|boats)\b"
)
_STATE = re.compile(
    rf"\b(?:(?P<negated>{_NOT_COPULAS})|{_COPULAS}|{_SEEMS})\s+"
    r"(?:still\s+|now\s+|in fact\s+|actually\s+|only\s+)?"
    rf"(?:{_STRESS}\s+)?(?P<not>not\s+)?"
    r"(?:(?P<full>fully|completely|entirely)\s+|(?P<part>half|partly|partially)[\s-]+)?"
    rf"(?:(?P<state>{'|'.join(STATES)})|an?\s+(?P<noun>{_NOUN_STATES}))\b"
    rf"(?!\s+(?:to(?!{_USERS})|by|from|for|in|a|an|the|his|her|their|its)\b)",
    re.IGNORECASE,
)
# A party's word for the state of a record or a thing it names: "called the letter a
# fake", "described the video as doctored" (the thing is the subject).
_CALLED_STATE = re.compile(
    r"\b(?:called|calls|call|calling|described|describes|branded|brands|deemed|deems)\s+"
    r"(?P<thing>(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:as\s+)?"
    rf"[\"“‘']?(?:an?\s+)?[\"“‘']?(?:(?:{_STRESS}|total|complete|outright|utter)\s+)?"
    rf"(?P<state>{_NOUN_STATES}|fabricated|forged|authentic|genuine)\b"
    r"(?!\s+[a-z])",
    re.IGNORECASE,
)
# A party's word for the legality of an act or a thing: "called the annexation of the Orvel
# region illegal", "ruled the strike unlawful", "declared Varna's seizure of the port illegal"
# (the thing is the head before "of"). The state closes the phrase, or a law, a place or a
# time follows it ("illegal under international law", "unlawful on Monday"); in "called the
# annexation legal overreach" it opens a noun phrase and is no state.
_CALLED_LEGAL = re.compile(
    r"\b(?:called|calls|call|calling|described|describes|branded|brands|deemed|deems"
    r"|declared|declares|ruled|rules)\s+"
    r"(?P<thing>(?:the\s+|[A-Z][\w-]*['’]s?\s+)(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)"
    rf"\s+(?:as\s+)?(?:(?:{_STRESS}|wholly|totally|completely)\s+)?"
    r"(?P<state>legal|illegal|lawful|unlawful)\b"
    r"(?=\s*[,.;:!?\"”’)—]|\s+(?:under|and|by|according|on|in|at|last|this)\b|\s*$)",
    re.IGNORECASE,
)
# Acts done once, whose legality does not change with time: a party that "called the
# annexation illegal" disputes one that "said the annexation was legal" (a report's past
# tense), where a drug or a practice "was illegal" and "is legal" at two times.
_ACT_ENDINGS = ("tion", "sion", "ment", "ure")
_ACTS = frozenset(
    "strike vote ban order deal sale war raid arrest search killing shooting referendum".split()
)
# Records whose authenticity a story disputes; one story's "the letter" is one letter.
_RECORDS = frozenset(
    """letter memo document email e-mail video footage photo photograph image picture
    recording tape transcript dossier signature painting""".split()
)
# A copula of the past: "was", "wasn't", "had been" ("has not been" is of now).
_PAST = re.compile(r"(?:was|were|remained|had)(?:n['’]t)?\b")
# A state given by a verb of opening and how far it went, once, at one moment: "the
# parachute only partially opened", "opened fully", "fully deployed", "failed to open",
# "deployed properly" (as "fully"; "failed to open properly" is "partly") (a parachute, an
# airbag, a door). A plain "opened" says no state ("the shop opened", "opened
# fire") and is left alone, as is a verb with an object ("fully opened the inquiry").
_OPEN_VERBS = r"(?:opened|deployed)"
_OPENED = re.compile(
    r"\b(?:(?:only\s+)?(?P<part>partially|partly|half|halfway)[\s-]+"
    + _OPEN_VERBS
    + r"|(?P<full>fully|completely)\s+"
    + _OPEN_VERBS
    + r"|"
    + _OPEN_VERBS
    + r"\s+(?:only\s+)?(?:(?P<part2>partially|partly|halfway)"
    r"|(?P<full2>fully|completely|properly|normally|correctly))"
    r"|(?P<failed>failed\s+to)\s+(?P<how>(?:fully|completely|properly)\s+)?(?:open|deploy)"
    r"(?P<how2>\s+(?:fully|completely|properly|normally|correctly))?)\b"
    r"(?!\s+(?:the|a|an|his|her|their|its|fire|up)\b)",
    re.IGNORECASE,
)
# Freezing a thing said by its verb: "the ministry froze funding for the Kessel school",
# "has frozen $10 million in aid" (the thing frozen is the object's head; a sum's is the
# noun after "in").
_FROZE = re.compile(
    r"\b(?P<verb>froze|(?:has|have|had)\s+frozen)\s+"
    r"(?P<thing>(?:[$\w'’.,-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:for|to|of|on|at|from|after|over)\b"
    r"|\s*[,.;:!?]|\s*$)",
    re.IGNORECASE,
)
# A plea given by its verb, in the past or a headline's present ("Reed pleaded not guilty
# to fraud", "pleads guilty"; not "will plead", "expected to plead": a plea to come), and
# the charge it answers, which names the thing pleaded to: "guilty to drunk driving" and
# "not guilty to manslaughter" answer two charges, both true.
_PLEADED = re.compile(
    r"\b(?:pleaded|pled|pleads)\s+(?P<not>not\s+)?guilty\b"
    r"(?:\s+(?:on\s+\w+\s+|in\s+\w+\s+)?to\s+"
    r"(?P<charge>(?:(?!\s(?:and|but|after|before|while|because)\s)[^,;:.!?\"“”()]){3,80}))?",
    re.IGNORECASE,
)
_SUM_IN = re.compile(r"\b(?:million|billion|thousand|\d[\d,.]*)\s+in\s+(?P<noun>[a-z]+)$")
# Questions whose two answers in the past are of one moment, not one after the other: a man
# "was armed" or "was unarmed" when police met him, where a man "was detained" and then
# "was freed".
_AT_ONCE = frozenset({"armed"})
# Whether a person was armed when an event happened to him ("was unarmed when police shot
# him", "was armed with a knife when officers arrived").
_ARMED_WHEN = re.compile(
    r"\b(?:un)?armed(?:\s+with(?:\s+[\w'’-]+){1,4}?)?\s*,?\s+when\b", re.IGNORECASE
)
# Capitalised words of a body or a place, not a person ("Kessel Police", "Fire Department").
_NOT_PEOPLE = frozenset(
    """Police Department Fire Army Navy Guard Force Forces Service Services Office Sheriff
    Patrol News Post Times Press Associated Reuters""".split()
)
# A condition anywhere in a clause makes its state unreal ("closed if it rains").
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
# Questions whose answer does not change with time: a letter that "was a fake" is one that
# "is authentic" in another report's words, not the same letter at another time.
_TIMELESS = frozenset({"authentic"})
_DEGREE = re.compile(
    r"\b(?:not|never|half|partly|partially|fully|completely|entirely|failed to)\b|n['’]t\b"
)
# Questions of two states only, where "not open" is "closed" ("not destroyed" is not
# "intact", nor is "not approved" "rejected").
_BINARY = frozenset("open alive guilty armed conscious legal frozen authentic".split())


def state_predicates(sentence: Sentence) -> Iterator[Predicate]:
    """Clauses that give a named subject's state ("the bridge was closed").

    Example:
        >>> s = Sentence("1", 0, 0, 0, "The Kessel bridge was closed on Friday.")
        >>> [(c.subject, c.word, c.value, c.tense) for c in state_predicates(s)]
        [('bridge', 'open', 'closed', 'past')]
    """
    for clause in clauses(sentence.text):
        if _CONDITION.search(clause) or _at_another_time(clause):
            continue
        for match in _STATE.finditer(clause):
            if UNREAL.search(clause, 0, match.end()):
                continue  # "could be closed"; a modal after the state is another verb's
            if match.group("noun") and re.match(r"\s+[a-z]", clause[match.end() :]):
                continue  # "was a fake passport": a thing, not a state
            word = (match.group("state") or match.group("noun")).lower()
            question, value = STATES[word]
            value = _state_value(question, value, match)
            subject = subject_head(clause, match.start(), ignore_and=False) or _person_named(
                sentence.text, clause, match.start()
            )
            if subject:
                tense = "past" if _PAST.match(match.group()) else "now"
                thing = thing_before(clause, match.start())
                yield _state(sentence, clause, subject, question, value, tense, thing)
        yield from _verb_states(sentence, clause)
        for match in chain(_CALLED_STATE.finditer(clause), _CALLED_LEGAL.finditer(clause)):
            if UNREAL.search(clause, 0, match.end()):
                continue
            question, value = STATES[match.group("state").lower()]
            subject = head_word(match.group("thing").split(" of ")[0])
            if subject:
                yield _state(sentence, clause, subject, question, value, "now")


def _person_named(text: str, clause: str, position: int) -> str:
    """For a state whose subject is "he" or "she", the surname of the one person the
    sentence names by full name before it ("Tom Reed's family said he was unarmed": reed),
    else ""."""
    words = WORD.findall(clause[:position])
    while words and words[-1].lower() in BETWEEN:
        words.pop()
    if not words or words[-1].lower() not in {"he", "she"}:
        return ""
    before = text[: text.find(clause) + position] if clause in text else ""
    names = {
        name.split()[-1].lower()
        for name in full_names(before.replace("'s", "").replace("’s", ""))
        if not (INSTITUTIONS | p.NOT_NAMES | _NOT_PEOPLE) & set(name.split())
    }
    return names.pop() if len(names) == 1 else ""


def _verb_states(sentence: Sentence, clause: str) -> Iterator[Predicate]:
    """States a verb gives: how far a thing opened ("only partially opened": "partly
    open"; "failed to open": "not open"; "failed to open fully": "partly open", which is
    only set against "fully open"), and a thing frozen ("froze funding")."""
    for match in _OPENED.finditer(clause):
        if UNREAL.search(clause, 0, match.end()):
            continue
        subject = subject_head(clause, match.start(), ignore_and=False)
        if subject:
            thing = thing_before(clause, match.start())
            yield _state(sentence, clause, subject, "open", _how_far(match), "past", thing)
    for match in _PLEADED.finditer(clause):
        if UNREAL.search(clause, 0, match.end()):
            continue
        subject = _pleader(clause, match.start()) or _person_named(
            sentence.text, clause, match.start()
        )
        if subject:
            value = "not guilty" if match.group("not") else "guilty"
            charge = _words(match.group("charge") or "") - _NOT_CHARGE_WORDS
            yield _state(sentence, clause, subject, "plea", value, "past", charge)
    for match in _FROZE.finditer(clause):
        if UNREAL.search(clause, 0, match.end()):
            continue
        frozen = match.group("thing")
        in_sum = _SUM_IN.search(frozen)
        subject = in_sum.group("noun") if in_sum else head_word(frozen)
        if subject and not subject[0].isdigit():
            tense = "past" if match.group("verb").lower() in {"froze", "had frozen"} else "now"
            words = _words(clause[match.start("thing") :])
            yield _state(sentence, clause, subject, "frozen", "frozen", tense, words)


# The words right before a plea's verb: its subject's last word, after "has" or "later".
_BEFORE_PLEA = re.compile(r"([A-Za-z][\w'’-]*)\s+(?:(?:has|had|have|also|then)\s+)*$")
# Words that stand before a verb and are no subject ("... and pleaded guilty").
_NO_SUBJECT = frozenset("and but or then who which that".split())


def _pleader(clause: str, position: int) -> str:
    """Who pleads: the name right before the verb ("As part of a deal, Poole pleaded":
    poole), else the clause's subject; none after a conjunction ("and pleaded guilty":
    whose subject stands further back)."""
    before = _BEFORE_PLEA.search(clause, 0, position)
    word = before.group(1) if before else ""
    if word.lower() in _NO_SUBJECT:
        return ""
    if word[:1].isupper() and word.lower() not in PRONOUNS:
        return head_word(word)
    return subject_head(clause, position, ignore_and=False)


# Words of a charge that name no charge ("to the charges on Tuesday").
_NOT_CHARGE_WORDS = frozenset(
    """charges charge all counts count on monday tuesday wednesday thursday friday saturday
    sunday""".split()
)


def _how_far(match: re.Match[str]) -> str:
    if match.group("failed"):
        return "partly open" if match.group("how") or match.group("how2") else "not open"
    if match.group("part") or match.group("part2"):
        return "partly open"
    return "fully open"


def _state(
    sentence: Sentence,
    clause: str,
    subject: str,
    question: str,
    value: str,
    tense: str,
    thing: frozenset[str] = frozenset(),
) -> Predicate:
    timeless = question in _TIMELESS or (question == "legal" and _is_act(subject))
    tense = "now" if timeless else tense
    words = topic_words(clause) - {subject}
    return Predicate(sentence, clause, subject, question, value, words, tense, thing=thing)


# Words a noun phrase is read back over: a determiner closes it unless a qualifying
# preposition comes before ("funding for the Kessel school"), as in ``predicates._np_head``.
_THING_QUALIFYING = frozenset("of for over in at near from on".split())
_THING_DETERMINERS = frozenset("the a an this that these those its his her their".split())
_THING_REACH = 9
# Words that end a noun phrase read backwards: the verb of saying or the clause word
# before it ("Police said funding for ...", "... that the parachute ...").
_THING_STOPS = frozenset(
    """said says say told tells reported reports added insisted claimed confirmed announced
    stated noted that and but while as which who whose where when because""".split()
)


def thing_before(clause: str, position: int) -> frozenset[str]:
    """The words of the noun phrase that ends right before ``position`` ("Reed's main
    parachute", "funding for the Kessel school project"), lower-cased, without determiners
    or a possessive's "'s"; empty when the subject is a pronoun.

    Example:
        >>> sorted(thing_before("Police said Reed's main parachute only partly opened", 34))
        ['main', 'parachute', 'reed']
    """
    words = WORD.findall(clause[:position])
    while words and words[-1].lower() in BETWEEN:
        words.pop()
    kept: list[str] = []
    for at in range(len(words) - 1, max(-1, len(words) - 1 - _THING_REACH), -1):
        word, before = words[at].lower(), words[at - 1] if at > 0 else ""
        if word in _THING_STOPS or (
            word in _THING_DETERMINERS and before.lower() not in _THING_QUALIFYING
        ):
            break
        kept.append(word)
        if word.endswith(("'s", "’s")) and not before[:1].isupper():
            break  # a possessive opens the phrase ("Reed's main parachute")
    return _words(" ".join(kept))


def _words(phrase: str) -> frozenset[str]:
    """A phrase's words, lower-cased, without determiners, qualifying prepositions,
    pronouns (whom "he" is, is not known here) or a possessive's "'s"."""
    return frozenset(
        re.sub(r"['’]s?$", "", word.lower())
        for word in WORD.findall(phrase)
        if word.lower() not in _THING_DETERMINERS | _THING_QUALIFYING | PRONOUNS
    )


def _same_thing(a: Predicate, b: Predicate) -> bool:
    """Whether two states' noun phrases may name one thing: one's words hold the other's
    ("the parachute", "Reed's main parachute"), where "Reed's main parachute" and "Reed's
    reserve parachute", or "funding for the Kessel school" and "funding for the Varna
    hospital", name two."""
    return not a.thing or not b.thing or a.thing <= b.thing or b.thing <= a.thing


def _is_act(noun: str) -> bool:
    """Whether a head noun names an act done once ("annexation", "strike")."""
    return noun in _ACTS or (len(noun) > 6 and noun.endswith(_ACT_ENDINGS))


def _at_another_time(clause: str) -> bool:
    """Whether a clause places its state at another time than the story's ("closed until
    Monday", "was detained when ..."); "was unarmed when officers shot him" names the
    moment the story is about, and is read."""
    found = {m.group().lower() for m in ANOTHER_TIME.finditer(clause)}
    return bool(found) and not (found == {"when"} and _ARMED_WHEN.search(clause))


def _state_value(question: str, value: str, match: re.Match[str]) -> str:
    """ "closed", "not missing", "partly open", "fully open"."""
    if match.group("not") or match.group("negated"):
        others = {v for q, v in STATES.values() if q == question} - {value}
        return others.pop() if question in _BINARY and len(others) == 1 else f"not {value}"
    if match.group("part"):
        return f"partly {value}"
    return f"fully {value}" if match.group("full") else value


def opposite(first: str, second: str) -> bool:
    """Whether two states of one question cannot both hold: "open" and "closed", "missing"
    and "not missing", "partly open" and "fully open"; not "not approved" and "rejected",
    nor "open" and "fully open".

    Example:
        >>> opposite("open", "closed"), opposite("not approved", "rejected")
        (True, False)
        >>> opposite("partly open", "fully open"), opposite("open", "fully open")
        (True, False)
    """
    (mod_a, base_a), (mod_b, base_b) = _degree(first), _degree(second)
    if base_a == base_b:
        return {mod_a, mod_b} in ({"partly", "fully"}, {"not", ""}, {"not", "fully"})
    # "fully closed" and "partly open": the thing is wholly one way, or in part the other.
    return {mod_a, mod_b} <= {"", "fully"} or {mod_a, mod_b} == {"partly", "fully"}


def _degree(value: str) -> tuple[str, str]:
    mod, _, base = value.partition(" ")
    if mod in {"partly", "fully", "not"} and base:
        return mod, base
    return "", value


def opposite_states(a: Predicate, b: Predicate, story: Story) -> bool:
    if (a.subject, a.word, a.tense) != (b.subject, b.word, b.tense):
        return False
    if not opposite(a.value, b.value) or not _same_thing(a, b):
        return False
    if a.tense == "past" and _degree(a.value)[1] != _degree(b.value)[1] and a.word not in _AT_ONCE:
        return False  # "was detained" and "was freed": most often one after the other
    shared = story.topics(a.sentence) & story.topics(b.sentence)
    if a.word in _TIMELESS and a.subject in _RECORDS:
        # "the letter" of one story is one letter, whatever else the two sentences say.
        return a.subject in shared
    return len(shared) >= SHARED_STATE


def state_word(lowered: str, at: int) -> str:
    """The state word a cue found at ``at`` starts ("" when it starts a longer word:
    "opened", "deadline")."""
    word = lowered[at + 1 : at + 14].split(None, 1)[0].strip(".,;:!\"”’'")
    return word if word in STATES else VERB_STATES.get(word, "")


def two_answers(lowered: str, hits: list[int], words: set[str]) -> bool:
    """Whether the state words of one question may answer it two ways: two words ("open",
    "closed"), or a word with a negation or a degree before it ("not frozen", "half open")."""
    return (
        len(words) > 1
        or any(_DEGREE.search(lowered, max(0, at - 12), at) for at in hits)
        or (words <= _PLEA_VERBS and any(_NOT_AFTER.match(lowered, at + 1) for at in hits))
    )


# A plea's "not" after its verb: "pleaded not guilty" (the other answer to "pleaded guilty").
_NOT_AFTER = re.compile(r"[a-z]+\s+not\s+guilty\b")
