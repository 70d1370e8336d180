"""Denials: a named party denying or rejecting a claim ("X denied supplying the weapons",
"it is incorrect that ...", '"That is absolutely false," a spokesperson said', "a claim
Fitbit denies", "a tally the government says is inflated", "while police said ..., witnesses
say ...", "..., though police say there is no evidence of that"). Finding them is broad;
aligning each with what it denies (``denied``) is strict."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsfuse.attribute import subject_before
from newsfuse.differ import denial_words as w
from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind, Reach, Who
from newsfuse.documents import Sentence
from newsfuse.text.cues import CueFinder
from newsfuse.text.tokens import STOP_WORDS, word_tokens

# How many words of a denial say what it denies.
DENIAL_WORDS = 14
# How many words of an account that answers another in its sentence are its side's words
# (the whole clause most often: "witnesses say the officer shot him as he stood with his
# hands in the air", not cut at "hands in").
ANSWER_WORDS = 30
# How many words a denier's name may have ("White House spokeswoman Sarah Huckabee Sanders").
MAX_PARTY_WORDS = 8
_NOT_NAMES = p.NOT_NAMES | {"One", "Some", "Its", "Their", "Our", "My", "Your", "Both", "All"}


@dataclass(frozen=True, slots=True)
class Form:
    """One way of denying: its pattern, where what it denies is found when its words do not
    say it, whether what it denies is a clause ("it is untrue that ...") rather than a
    noun phrase ("denied the charges"), whether that noun phrase is only its "object" group
    ("called the letter a fake": the letter), and whether it may follow a determiner ("on an
    erroneous claim that ...")."""

    pattern: re.Pattern[str]
    reach: Reach
    cues: tuple[str, ...]
    clause: bool = False
    bounded: bool = False
    after_determiner: bool = False


FORMS = (
    Form(w.INLINE, Reach.INLINE, ("denies", "denied", "disput", "reject", "contrary to")),
    Form(w.INLINE_BY, Reach.INLINE, ("denied by", "disputed by", "rejected by")),
    Form(w.INLINE_CALLED, Reach.INLINE, w.INLINE_CALLED_CUES),
    Form(w.CONTRAST, Reach.INLINE, ("while ", "whereas ")),
    Form(w.INLINE_BUT, Reach.INLINE, w.INLINE_BUT_CUES),
    Form(w.DENY, Reach.CHARGES, ("deni", "deny", "disput")),
    Form(w.REJECT, Reach.CHARGES, w.REJECT_CUES),
    Form(w.FALSE, Reach.POINTING, w.FALSE_CUES, clause=True),
    Form(w.FALSE_CLAIM, Reach.OBJECT, w.FALSE_CLAIM_CUES, clause=True, after_determiner=True),
    Form(w.CALLED, Reach.OBJECT, w.CALLED_CUES, bounded=True),
    Form(w.ASKED_NO, Reach.OBJECT, w.ASKED_CUES, bounded=True),
    Form(w.NO_WHEN_ASKED, Reach.OBJECT, w.ASKED_CUES, bounded=True),
    Form(w.CLAIM_THAT_FALSE, Reach.OBJECT, w.FALSE_CUES, clause=True),
    Form(w.QUOTED_FALSE, Reach.POINTING, w.QUOTED_FALSE_CUES),
    Form(w.QUOTED_NO, Reach.POINTING, w.QUOTED_NO_CUES),
    Form(w.NO_TRUTH, Reach.POINTING, ("truth", "happen", "whole cloth", "basis", "foundation",
                                      "none of")),
    Form(w.MERITLESS, Reach.CHARGES, ("merit",)),
    Form(w.NO_EVIDENCE, Reach.OBJECT, w.NO_EVIDENCE_CUES, clause=True),
    Form(w.NO_EVIDENCE_OF, Reach.OBJECT, w.NO_EVIDENCE_CUES, clause=True),
    Form(w.DESPITE, Reach.OBJECT, ("despite",), clause=True),
    Form(w.INNOCENT, Reach.CHARGES, ("innocen", "nothing wrong")),
    Form(w.DISAGREE, Reach.POINTING, ("disagree",)),
    Form(w.DENIALS_ISSUED, Reach.POINTING, ("denial",)),
    Form(w.NOTHING_TO_DO, Reach.OBJECT, ("nothing to do with", "nothing whatsoever to do")),
    Form(w.NEGATED_ACT, Reach.ACT, ("not ", "never ", "n't ", "n’t ")),
)  # fmt: skip


# The forms whose match opens with the claim they answer, the denier named after it.
_ANSWERING = (w.CONTRAST, w.INLINE_BUT)

# The cue words of all forms in one automaton: one pass over a sentence tells which forms
# may hold (eleven pattern searches per sentence cost more than all the forms).
_FORM_CUES = CueFinder([form.cues for form in FORMS])


def denial_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A named party denying or rejecting a claim. The claim's text is the denying clause;
    its ``context`` the words that say what it denies, and its ``reach`` where that is found
    (see :class:`Reach`)."""
    text = sentence.text
    found = find_denial(text)
    if found is None:
        return
    form, match = found
    denier = _client(_denier(form, match, text, who).strip("[]() "), text, match.start())
    if not is_party(denier) or (form.pattern is w.DISAGREE and not _named(denier, text)):
        return
    # The denier's own words: after the account it answers ("while police said ...,
    # witnesses say the officer shot him"; "..., but the company says that is not true").
    start = match.start("by") if form.pattern in _ANSWERING else match.start()
    clause = w.CLAUSE_END.split(text[start:], maxsplit=1)[0]
    reach, denied = _what_is_denied(form, match, text)
    if form.pattern in _ANSWERS:
        question = _question_before(who)
        if question:  # what the question puts is what the answer denies
            reach, denied = Reach.OBJECT, question
        elif form.pattern is w.QUOTED_NO:
            return  # a bare "no" after no question answers nothing that can be known
    if form.pattern is w.NO_EVIDENCE_OF and not _names_enough(denied):
        return  # "found no evidence of fraud": too few words to know which claim
    yield Claim(
        Kind.DENIAL,
        "denial",
        denier,
        "denied",
        " ".join(clause.split()[: ANSWER_WORDS if form.pattern in _ANSWERING else DENIAL_WORDS]),
        denier,
        sentence,
        reach=reach,
        context=denied,
    )


# The quoted answers that may answer a question put in the sentence before.
_ANSWERS = (w.QUOTED_FALSE, w.QUOTED_NO)
# How many content words a question must hold to say which claim it puts.
QUESTION_WORDS = 4


def _question_before(who: Who) -> str:
    """The question the sentence before puts ("Did the president know that ...?"), when it
    ends on one that names a claim in a few content words, else ""."""
    if who.position == 0:
        return ""
    match = w.QUESTION.search(who.finder.texts[who.position - 1])
    if match is None:
        return ""
    question = match.group("question")
    words = [t for t in word_tokens(question) if t not in STOP_WORDS]
    return question if len(words) >= QUESTION_WORDS else ""


def find_denial(text: str) -> tuple[Form, re.Match[str]] | None:
    """The first form of denial a sentence holds, and where.

    Example:
        >>> form, match = find_denial("Peinovich denied he was Enoch.")
        >>> match.group("object")
        'he was'
        >>> find_denial("He was denied bail.") is None
        True
    """
    cued = _FORM_CUES.found(text.lower())
    found = _first_form(text, [FORMS[i] for i in sorted(cued)])
    # Read last: most sentences with a cue hold no form of denial.
    return None if found is None or w.NOT_A_DENIAL.search(text) else found


def _first_form(text: str, forms: list[Form]) -> tuple[Form, re.Match[str]] | None:
    """The first of ``forms`` (those whose cues the text holds) that the text holds."""
    for form in forms:
        if form.pattern in _ANSWERS and text[:1] not in w.QUOTES:
            continue
        if form.after_determiner and w.OWNER_BEFORE.search(text, 0, _start(form, text)):
            continue  # "Trump's false claim that ...": the claim's owner, no denier
        match = _search(form, text)
        if match and form.reach is Reach.ACT and not _an_act(match):
            continue
        if match and form.pattern is w.CONTRAST and not _accounts_meet(match, text):
            continue
        if (
            match
            and form.pattern is w.NOTHING_TO_DO
            and not w.NOTHING_SUBJECT.search(text, 0, match.start())
        ):
            continue  # "the fire had nothing to do with the bombing": a fact, not a denial
        if match and (
            form.reach is Reach.INLINE  # it starts with the claim: "the charges, denied by"
            or form.after_determiner
            or not w.NOUN_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            return form, match
    return None


# How many words of the second of two accounts set against each other are read.
ACCOUNT_WORDS = 16


def _accounts_meet(match: re.Match[str], text: str) -> bool:
    """Whether two accounts set against each other ("while police said ..., witnesses say
    ...") come from two parties and speak of one thing: a content word of the first's claim
    in the first words of the second ("the officer shot", "the officer's gun"); not "while
    police said the fire started at 3 a.m., neighbours said they heard a blast"."""
    first, second = match.group("first").lower(), match.group("by").lower()
    if _stem_words(first) & _stem_words(second):
        return False  # one party, twice named
    claim = match.group("claim")[len(match.group("first")) :]
    account = " ".join(text[match.end() :].split()[:ACCOUNT_WORDS])
    return bool((_stem_words(claim) & _stem_words(account)) - _stem_words(f"{first} {second}"))


def _stem_words(text: str) -> set[str]:
    """The content words of a text, each cut to its first five letters ("shooting", "shot"
    apart; "officer's", "officer" one)."""
    return {t[:5] for t in word_tokens(text.lower()) if t not in STOP_WORDS and len(t) > 3}


def _start(form: Form, text: str) -> int:
    """Where a form's first match starts (the length of the text when it has none)."""
    match = form.pattern.search(text)
    return match.start() if match else len(text)


def _an_act(match: re.Match[str]) -> bool:
    """Whether "did not VERB Name" denies an act done to a person ("never asked Mr. Comey")
    or to a thing ("did not kiss the victim"), not a saying ("did not name him"), a day
    ("not able Monday") or an act that says too little ("did not give the reason")."""
    if match.group("verb") in w.NOT_ACTS:
        return False
    if match.group("noun"):
        return match.group("noun") not in w.NOT_OBJECTS
    return not p.NOT_NAMES & set(match.group("name").split())


def _search(form: Form, text: str) -> re.Match[str] | None:
    """The form's first match; a rejection ("That is absolutely false") is looked for only
    around its word of falsity: tried at every character, its pattern cost more than all
    other forms together."""
    if form.pattern is w.CLAIM_THAT_FALSE and " that " not in text:
        return None  # cued by a word of falsity, which most such sentences hold alone
    if form.pattern is not w.FALSE:
        return form.pattern.search(text)
    for falsity in w.FALSITY.finditer(text):
        start = max(0, falsity.start() - w.FALSE_REACH)
        match = form.pattern.search(text, start, falsity.end() + w.FALSE_REACH)
        if match:
            return match
    return None


def is_denial(text: str) -> bool:
    """Whether a sentence denies or rejects a claim."""
    return find_denial(text) is not None


def _denier(form: Form, match: re.Match[str], text: str, who: Who) -> str:
    """Who denies: the name before the denying words ("Peinovich denied"), the speaker of
    the sentence ('"Absolutely false," the spokesperson said'), or whom the sentence before
    named when a pronoun denies ("He denies the charges", '"Not so," she said')."""
    named = _named_by_form(form, match, text, who)
    if named is not None:
        return named
    subject = w.CONJUNCTION.sub("", subject_before(text, match.start()))
    if subject[:1].islower() and subject.split()[0] in w.SAYING:
        subject = ""  # "X said it regretted the move and argued ...": X, the sentence's speaker
    said = [i for i, word in enumerate(subject.split()) if word in w.SAYING]
    if said:  # "Aides said the president has never asked": the president
        subject = " ".join(subject.split()[said[-1] + 1 :]).removeprefix("that ")
    if _quoted(text[: match.start()]) and w.FIRST_PERSON.match(subject):
        subject = ""  # '"We believe the allegations have no merit," Fitbit said': Fitbit
    pronoun = w.PRONOUN_BEFORE.search(text, 0, match.start()) if not subject else None
    if pronoun:  # "He denies": whom the sentence before named; "X claimed that he": X
        speaker = who() if pronoun.group(0).lower().startswith("that") else ""
        return speaker or who.before() or _accused_before(who)
    if subject or who():
        return subject or who()
    return who.before() if w.PRONOUN_SPEAKER.search(text, match.end()) else ""


# A sentence that opens on a person's full name and accuses that person: "Ann Lee is
# accused of stealing $2 million", "Ann Lee was charged with fraud on Monday".
_ACCUSED_OPENING = re.compile(
    r"^(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}),?\s+(?:\w+\s+){0,8}?"
    r"(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:accused|charged|indicted|suspected|alleged|sued)\b"
)


def _accused_before(who: Who) -> str:
    """The person the sentence before opens on and accuses, for a pronoun that denies with
    no speaker before it ("Ann Lee is accused of stealing $2 million. She denies
    wrongdoing.": Ann Lee, whom a reader takes "she" for), or ""."""
    if who.position == 0:
        return ""
    match = _ACCUSED_OPENING.match(who.finder.texts[who.position - 1])
    return match.group("who") if match and match.group("who").split()[0] not in _NOT_NAMES else ""


# "his client" after "a lawyer for Ann Lee" or "Lee's attorney": the client is the party.
_CLIENT = re.compile(r"^(?:his|her|their|my|our)\s+clients?$", re.IGNORECASE)
_COUNSEL = r"(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|legal\s+team)"
_CLIENT_NAMED = re.compile(
    rf"\b{_COUNSEL}\s+(?:for|representing)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
    rf"|\b(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}})['’]s\s+(?:\w+\s+)?{_COUNSEL}\b"
    r"|\b(?:who\s+)?represent(?:s|ed|ing)\s+(?P<client>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)


_CLIENT_BEFORE = re.compile(r"\b(?:his|her|their|my|our)\s+clients?\s+(?:\w+\s+)?$", re.I)


def lawyers_client(text: str) -> str:
    """The client a sentence's lawyer speaks for ("a lawyer for Ann Lee", "Lee's attorney",
    "who represents Ann Lee"), or ""."""
    named = _CLIENT_NAMED.search(text)
    return (named.group("name") or named.group("owner") or named.group("client")) if named else ""


def _client(denier: str, text: str, start: int) -> str:
    """The client a lawyer speaks for when "his client" denies ('A lawyer for Ann Lee said
    his client denies ...', "Lee's attorney, Bo Ray, said her client denies ...": Ann Lee),
    else the denier as found."""
    if not _CLIENT.match(denier) and not _CLIENT_BEFORE.search(text, 0, start):
        return denier
    return lawyers_client(text) or denier


def _named_by_form(form: Form, match: re.Match[str], text: str, who: Who) -> str | None:
    """The denier where the form says where it stands, else None: the speaker of a
    sentence that calls a claim false ("X said it rests on a false claim that ..."), the
    party of an inline denial ("..., which the public official denies", "denied by his
    wife") or whoever insists on the contrary ("X has long insisted ..., contrary to Y's
    claims")."""
    if form.after_determiner:
        return who()
    inline = match.groupdict().get("inline") or ""
    if inline[:1].isupper() or inline.startswith("the "):
        return inline
    if match.groupdict().get("by"):
        return str(match.group("by"))
    if match.groupdict().get("contrary"):
        saying = w.SAYING_VERB.search(text, 0, match.start())
        return subject_before(text, saying.start()) if saying else who()
    return None


def is_party(denier: str) -> bool:
    """Whether a denier's words name a party: a name ("Peinovich", "MR. POOLE") or a role
    ("the network spokesperson", "his legal team"), not the words around one ("When
    Romney", "Building there", "the impact of near-term", "Lerner's lawyer issued a statement
    Wednesday").

    Example:
        >>> is_party("A spokesperson for NBC News"), is_party("his aides"), is_party("When Romney")
        (True, True, False)
    """
    words = denier.split()
    if not 0 < len(words) <= MAX_PARTY_WORDS or w.NOT_A_PARTY_START.match(denier):
        return False
    if any(word in w.NOT_A_PARTY_WORD for word in words):
        return False
    if any(word[:1].isupper() and _bare_word(word) not in _NOT_NAMES for word in words):
        return True
    last = words[-1].lower()
    return last.rstrip("s") in w.ROLES or last in w.ROLES or bool(w.AGENT_ENDING.search(last))


def _bare_word(word: str) -> str:
    return re.sub(r"['’]s$", "", word.strip(".,;:\"“”'‘’")).capitalize()


def _quoted(before: str) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end."""
    straight = before.count('"') % 2 == 1
    return straight or before.count("“") > before.count("”")


def _named(denier: str, text: str) -> bool:
    """Whether the denier holds a name, not only a capital that starts a sentence or a
    quotation ("Taylor and Democrats disagree", not '“Spouses disagree.”')."""
    if any(word[:1].isupper() for word in denier.split()[1:]):
        return True
    before = text[: max(0, text.find(denier))].rstrip()
    return denier[:1].isupper() and before[-1:] not in {"", '"', "“", "‘", ":", "."}


def _what_is_denied(form: Form, match: re.Match[str], text: str) -> tuple[Reach, str]:
    """Where what a denial denies is found, and the words that say it ("" when they only
    point at it)."""
    if form.reach is Reach.INLINE:  # the words before it, or the account it answers
        claim = match.groupdict().get("claim")
        return Reach.INLINE, claim or text[: match.start()]
    if form.reach is Reach.ACT:
        return Reach.ACT, f"{match.group('verb')} {match.group('name') or match.group('noun')}"
    start = match.start("object") if "object" in form.pattern.groupindex else -1
    if start < 0 and form.pattern is w.FALSE and w.RECORD.match(match.group(0)):
        return Reach.OBJECT, match.group(0)  # "the letter is untrue": what the letter states
    if start < 0:
        return form.reach, match.group(0)  # "maintained Lerner's innocence": whose
    if form.bounded:
        return _bounded_object(match.group("object"))
    return _denied_object(form, match, text, start)


def _names_enough(denied: str) -> bool:
    """Whether the noun phrase a finding of nothing names ("widespread voter fraud in the
    county") holds enough content words to be one claim of the story."""
    words = [t for t in word_tokens(denied) if t not in STOP_WORDS]
    return len(words) >= w.NO_EVIDENCE_OF_WORDS


def _says_what(denied: str) -> bool:
    """Whether a denied object that opens with a pointer is a clause that says what it
    denies ("it knew about the gas leak": two content words after its verb), not a pointer
    ("it", "it ever happened", "this was true")."""
    clause = w.CLAUSE_SUBJECT.match(denied)
    if clause is None:
        return False
    words = [t for t in word_tokens(clause.group("rest")) if t not in STOP_WORDS]
    return len(words) >= 2


def _bounded_object(denied: str) -> tuple[Reach, str]:
    """What a rejection that names its object calls false: a pointer at what was said before
    ("called it a fabrication"), the charges ("called the accusations a setup") or a record
    whose words it rejects ("called the letter a fake")."""
    spelled = w.SPELLED_CLAIM.match(denied)
    if spelled:  # "called the allegations that he bribed the inspector untrue"
        return Reach.OBJECT, spelled.group("clause")
    if w.POINTING.match(denied) or w.ANAPHORIC.match(denied):
        return Reach.POINTING, ""
    if w.CHARGES.match(denied):
        return Reach.CHARGES, denied
    return Reach.OBJECT, denied


def _denied_object(form: Form, match: re.Match[str], text: str, start: int) -> tuple[Reach, str]:
    """What the words after a denial's verb say it denies: a claim spelled out, the charges,
    or only a pointer at what was said before ("denied it")."""
    denied = w.CLAUSE_END.split(text[start:], maxsplit=1)[0]
    denied = " ".join(denied.split()[:DENIAL_WORDS])
    spelled = w.SPELLED_OUT.match(text, start + len(denied))
    if spelled:  # 'denies "all of these allegations" — that he had an affair': the affair
        clause = w.CLAUSE_END.split(text[spelled.end() :], maxsplit=1)[0]
        return Reach.OBJECT, " ".join(clause.split()[:DENIAL_WORDS])
    pointer = w.POINTING.match(denied) or w.ANAPHORIC.match(denied)
    if not form.clause and pointer and not _says_what(denied):
        return Reach.POINTING, ""
    if not form.clause and w.CHARGES.match(denied):
        return Reach.CHARGES, denied
    if w.BACK_REFERENCE.search(denied):  # "denied any of them were ...": them, said before
        denied = f"{text[: match.start()]} {denied}"
    return Reach.OBJECT, denied
