"""Finding claims: the clauses of a story's sentences that give a count, an age, a time, a
state or a denial, each with its ``kind``, what it is about, its value and who says it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import compress

from newsfuse.attribute import ClaimantFinder, find_claimant, subject_before
from newsfuse.differ import patterns as p
from newsfuse.differ.names import full_names, spelled_two_ways
from newsfuse.differ.numbers import SMALL, TENS, Quantity, quantity
from newsfuse.documents import Sentence
from newsfuse.text.cues import CueFinder, joined_spans


class Kind(StrEnum):
    """What a claim (and a difference) is about; the code dispatches on it, never on labels."""

    COUNT = "count"
    AGE = "age"
    TIME = "time"
    STANCE = "stance"
    DENIAL = "denial"
    IDENTITY = "identity"


@dataclass(frozen=True, slots=True)
class Voices:
    """Who speaks in a sentence of an article, and in the sentence before it, looked for
    only when a claim needs it."""

    finder: ClaimantFinder
    position: int

    def __call__(self) -> str:
        return self.finder(self.position)

    def before(self) -> str:
        return self.finder(self.position - 1) if self.position > 0 else ""

    def protagonist(self) -> str:
        """The full name whose surname the article writes most often ("" if none)."""
        return protagonist(self.finder.texts)


def protagonist(texts: Sequence[str]) -> str:
    """The full name whose surname the texts write most often.

    Example:
        >>> protagonist(["Colin Kroll died on Sunday.", "Kroll founded Vine.", "He was 35."])
        'Colin Kroll'
    """
    text = "\n".join(texts)
    names = [n for n in full_names(text) if n.split()[0] not in p.NOT_NAMES]
    if not names:
        return ""
    counts = {n: len(re.findall(rf"\b{re.escape(n.split()[-1])}\b", text)) for n in names}
    return max(names, key=lambda n: (counts[n], -len(n), n))


@dataclass(frozen=True, slots=True)
class Claim:
    """One clause of a source sentence that answers a question.

    ``subject`` says which question (claims compare only within one subject: "dead",
    "alcorn", "began/weekday", "control"); ``about`` names it to a reader ("Geraldine
    Alcorn"); ``value`` is the answer ("12", "at least 12", "28", "Tuesday", "yes");
    ``later`` is true when the report marks its value as a later figure ("rose to");
    ``said_by`` is who makes it, or the :class:`Voices` that can tell when asked;
    ``hedged`` when a clock time is approximate ("shortly after 10 p.m."); ``anaphoric``
    when a denial only names what it denies ("He denies the charges"), and ``context`` the
    words before it in its sentence, which may say what that is.
    """

    kind: Kind
    subject: str
    about: str
    value: str
    text: str
    said_by: str | Voices
    sentence: Sentence
    quantity: Quantity | None = None
    later: bool = False
    hedged: bool = False
    anaphoric: bool = False
    context: str = ""

    @property
    def claimant(self) -> str:
        """Who makes the claim ("" when its sentence states it as fact), found when first
        asked for: most claims never reach a difference."""
        return self.said_by if isinstance(self.said_by, str) else self.said_by()


Who = Voices
# How many words of a denial say what it denies.
DENIAL_WORDS = 14
Finder = Callable[[Sentence, Voices], Iterator[Claim]]


def find_claims(articles: Sequence[Sequence[Sentence]]) -> list[Claim]:
    """Every claim of a story's articles (each a list of its sentences in order).

    Example:
        >>> from newsfuse.documents import Sentence
        >>> s = Sentence("1", 0, 0, 0, "The blast killed at least 12 people, police said.")
        >>> [(c.kind.value, c.subject, c.value, c.claimant) for c in find_claims([[s]])]
        [('count', 'dead/', 'at least 12', 'police')]
    """
    claims = [claim for sentences in articles for claim in _article_claims(sentences)]
    return claims + list(spelling_claims([s for sentences in articles for s in sentences]))


def _article_claims(sentences: Sequence[Sentence]) -> Iterator[Claim]:
    """Claims of one article; each finder runs only on the sentences that hold its cues, and
    a claimant is looked for only where a claim needs one."""
    texts = [s.text for s in sentences]
    joined = "\n".join(texts)
    spans = joined_spans(texts)
    todo: dict[int, list[Finder]] = {}
    for find, cued in zip(_FINDERS, _CUES.flags(joined.lower(), spans), strict=True):
        for position in compress(range(len(texts)), cued):
            todo.setdefault(position, []).append(find)
    # Patterns that start with a rare literal ("-", ", 2") find their sentences faster than a
    # cue family would: a cue holding a digit would list most digits of the article.
    ages = set().union(*(_holding(hint, joined, spans) for hint in p.AGE_HINTS))
    units = _holding(p.DASH, joined, spans, after_digit=True)
    titles = _holding(p.TITLE_HINT, joined, spans)
    for find, positions in ((age_claims, ages), (figure_claims, units), (title_claims, titles)):
        for position in positions:
            todo.setdefault(position, []).append(find)
    finder = ClaimantFinder(texts)
    for position in sorted(todo):
        voices = Voices(finder, position)
        for find in todo[position]:
            yield from find(sentences[position], voices)


def _holding(
    pattern: re.Pattern[str],
    joined: str,
    spans: Sequence[tuple[int, int]],
    after_digit: bool = False,
) -> set[int]:
    """Positions of the sentences of ``joined`` in which ``pattern`` occurs (right after a
    digit, if ``after_digit``)."""
    starts = [start for start, _ in spans]
    return {
        bisect_right(starts, m.start()) - 1
        for m in pattern.finditer(joined)
        if not after_digit or joined[m.start() - 1 : m.start()].isdigit()
    }


# --- counts ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure in a sentence: where it starts (with its hedge), its words, where it ends."""

    start: int
    hedge: str
    number: str
    end: int


def count_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """ "30 people were killed", "killing at least 12", "the toll rose to 34"."""
    for figure, (category, head), amount in _counts(sentence.text, figures(sentence.text)):
        if not category.startswith(_GENERIC):
            yield _count_claim(sentence, who, figure, f"{category}/{head}", amount)


def figure_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A figure fused with its unit ("an 8,027-meter peak", "a 5,500-word letter"). A figure
    of any noun ("6 stories") is left alone: finding those in every sentence cost more than
    all other claims together, and on the labelled clusters they gave as many wrong
    differences as right ones."""
    text = sentence.text
    found = []
    for unit in p.FUSED_UNIT.finditer(text):
        start = unit.start() + 1
        while start > 0 and text[start - 1] in "0123456789,.":
            start -= 1
        while text[start] in ",.":
            start += 1
        before = text[start - 1 : start]
        match = p.DIGIT_COUNT.match(text, start)
        generic = _generic(match) if match else None
        if match is None or generic is None or before.isalpha() or before in p.NOT_BEFORE_DIGITS:
            continue
        figure = _figure(text, match)
        amount = quantity(f"{figure.hedge} {figure.number}")
        if amount is not None and _counted(text, figure) == generic:
            found.append((figure, generic, amount))
    subjects = Counter(counted for _, counted, _ in found)
    for figure, counted, amount in found:
        if subjects[counted] == 1:  # "6.3 billion gallons ... 13.3 billion gallons": two things
            yield _count_claim(sentence, who, figure, f"{counted[0]}/{counted[1]}", amount)


_GENERIC = ("noun:", "unit:")


def _counts(
    text: str, found: Iterator[Figure]
) -> Iterator[tuple[Figure, tuple[str, str], Quantity]]:
    for figure in found:
        counted = _counted(text, figure)
        amount = quantity(f"{figure.hedge} {figure.number}")
        if counted is not None and amount is not None:
            yield figure, counted, amount


def _count_claim(
    sentence: Sentence, who: Who, figure: Figure, subject: str, amount: Quantity
) -> Claim:
    text = sentence.text
    return Claim(
        Kind.COUNT,
        subject,
        subject.partition("/")[0],
        amount.value,
        text,
        who,
        sentence,
        quantity=amount,
        later=bool(p.LATER.search(text, max(0, figure.start - 60), figure.start)),
    )


def figures(text: str) -> Iterator[Figure]:
    """The figures of a text, in digits or words, each with the hedge before it ("at least
    12", "dozens").

    Example:
        >>> [(f.hedge, f.number) for f in figures("At least 12 died and dozens were hurt.")]
        [('At least', '12'), ('', 'dozens')]
    """
    end = 0
    for start in p.FIGURE_START.finditer(text):
        if start.start() < end:
            continue
        match = p.FIGURE_AT.match(text, start.start())
        if match is not None:
            end = match.end()
            yield _figure(text, match)


def _figure(text: str, match: re.Match[str]) -> Figure:
    start, end = match.span("number")
    hedge = p.HEDGE_BEFORE.search(text, max(0, start - 25), start)
    if hedge:
        return Figure(hedge.start("hedge"), hedge.group("hedge"), match.group("number"), end)
    return Figure(start, "", match.group("number"), end)


def _counted(text: str, figure: Figure) -> tuple[str, str] | None:
    """What a figure counts and the kind of people counted, or None when it is no count."""
    toll = p.TOLL_HEAD.search(text, max(0, figure.start - 110), figure.start)
    if toll and not p.NOT_TOLL_AFTER.match(text, figure.end):
        return _category(toll.group("what")), ""
    verb = p.BEFORE_HEAD.search(text, max(0, figure.start - 40), figure.start)
    tail = p.BEFORE_TAIL.match(text, figure.end) if verb else None
    if verb and tail:
        return _category(verb.group("what")), _head(tail.group("head"))
    if p.NOT_BEFORE_COUNT.search(text, max(0, figure.start - 12), figure.start):
        return None
    if p.NOT_A_COUNT_AFTER.match(text, figure.end):
        return None
    after = p.AFTER_TAIL.match(text, figure.end)
    if after:
        subset = after.group("of") and figure.number.lower() not in p.VAGUE_COUNTS
        return None if subset else (_category(after.group("what")), _head(after.group("head")))
    generic = p.GENERIC_TAIL.match(text, figure.end)
    return _generic(generic) if generic else None


def _generic(match: re.Match[str]) -> tuple[str, str] | None:
    """A figure's unit ("8,027-meter"), or the plural noun it counts within three words."""
    if match.group("unit"):
        unit = _singular(match.group("unit").lower())
        return None if unit in p.NOT_UNITS else (f"unit:{unit}", "")
    for word in match.group("words").split():
        if word in p.NOT_BEFORE_NOUN:
            return None
        if len(word) > 3 and word.endswith("s") and word not in p.NOT_NOUNS:
            return f"noun:{_singular(word)}", ""
    return None


def _category(what: str) -> str:
    """The category a count's words name: "dead", "injured", "arrested", ..."""
    lowered = what.lower()
    for table in (p.CATEGORY_AFTER, p.CATEGORY_BEFORE, p.TOLL_NOUNS):
        for category, pattern in table.items():
            if re.fullmatch(pattern, lowered):
                return category
    return lowered


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("feet"):
        return word[:-4] + "foot"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _head(words_after: str | None) -> str:
    """The kind of people counted, "" when the figure names none (or just "people")."""
    words = (words_after or "").lower().split()
    nouns = [w for w in words if w in p.PERSON_NOUNS]
    head = nouns[-1] if nouns else ""
    return "" if head in p.GENERIC_HEADS else head


# --- ages -----------------------------------------------------------------------------------


def age_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """ "Geraldine Alcorn, 28,", "29-year-old Geraldine Alcorn", "Alcorn, a 28-year-old",
    "Kroll was 34."; "He was 35." is the age of the person the article names most."""
    seen: set[tuple[str, str]] = set()
    for cue, pattern in p.AGES:
        if not cue.search(sentence.text):
            continue
        for match in pattern.finditer(sentence.text):
            name, age = match.group("name"), age_value(match.group("age"))
            if age is None or p.NOT_NAMES & set(name.split()) or (name, age) in seen:
                continue
            seen.add((name, age))
            surname = name.split()[-1].lower()
            yield Claim(Kind.AGE, surname, name, age, sentence.text, who, sentence)
    pronoun = p.PRONOUN_AGE.match(sentence.text)
    if pronoun and who.protagonist():
        name = who.protagonist()
        surname = name.split()[-1].lower()
        yield Claim(Kind.AGE, surname, name, pronoun.group("age"), sentence.text, "", sentence)


def age_value(text: str) -> str | None:
    """ "29" or "twenty-eight" as a number string; None for anything else.

    Example:
        >>> age_value("Twenty-eight"), age_value("41"), age_value("old")
        ('28', '41', None)
    """
    if text.isdigit():
        return text if 0 < int(text) < 120 else None
    tens, _, ones = text.lower().partition("-")
    if ones:
        value = SMALL[tens] + SMALL.get(ones, 100) if tens in TENS else 0
    else:
        value = SMALL.get(tens, 0)
    return str(value) if 0 < value < 120 else None


# --- times ----------------------------------------------------------------------------------


def time_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """ "died Tuesday", "broke out shortly after 10 p.m.", "was arrested on June 3". A clock
    time of no named event is left alone: a story holds many, of many moments."""
    for match in p.WHEN.finditer(sentence.text):
        event = p.EVENTS[match.group("event")]
        when = match.group("when")
        form = "weekday" if when.endswith("day") else "time" if _is_clock(when) else "date"
        yield _time_claim(sentence, who, f"{event}/{form}", when, match.group("hedge"))


def _time_claim(sentence: Sentence, who: Who, subject: str, when: str, hedge: str | None) -> Claim:
    event, _, form = subject.partition("/")
    clock = form == "time"
    return Claim(
        Kind.TIME,
        subject,
        event,
        _clock_text(when) if clock else when,
        sentence.text,
        who,
        sentence,
        hedged=clock and (hedge or "").strip() not in {"", "at", "on"},
    )


def _is_clock(when: str) -> bool:
    return when in {"noon", "midnight"} or bool(re.search(r"[ap]\.?m", when))


def _clock_text(when: str) -> str:
    """ "10p.m.", "10 pm" and "10 p.m." alike: "10 p.m."; "9.06pm" is "9:06 p.m."."""
    text = re.sub(r"^(\d{1,2})\.(\d\d)", r"\1:\2", when)
    return re.sub(r"\s?([ap])\.?m\.?$", r" \1.m.", text)


# --- opposite states ------------------------------------------------------------------------


def stance_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A clause that answers a stance question ("regained control" / "did not withdraw")."""
    for piece in p.CLAUSE_BREAK.split(sentence.text):
        clause = piece.strip()
        for stance in p.STANCES:
            answer = (
                "no" if stance.no.search(clause) else "yes" if stance.yes.search(clause) else ""
            )
            if answer:
                speaker = find_claimant(clause) or who()
                yield Claim(
                    Kind.STANCE, stance.name, stance.name, answer, clause, speaker, sentence
                )


# --- denials --------------------------------------------------------------------------------


def denial_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A named party denying or rejecting a claim ("X denied supplying the weapons", "it is
    incorrect that ...", '"That is absolutely false," a spokesperson said'). The claim's text
    is the denying clause; ``about`` is "anaphoric" when it only names what it denies ("He
    denies the charges", "That is false")."""
    text = sentence.text
    found = _denial(text)
    if found is None:
        return
    pattern, match = found
    subject = subject_before(text, match.start())
    if not subject and p.PRONOUN_BEFORE.search(text, 0, match.start()):
        subject = who.before()  # "He denies the charges": whom the sentence before named
    denier = subject or who()
    if not denier:
        return
    clause = p.DENIAL_CLAUSE_END.split(text[match.start() :], maxsplit=1)[0]
    clause = " ".join(clause.split()[:DENIAL_WORDS])
    if pattern is p.DENIAL:
        anaphoric = bool(p.ANAPHORIC.match(clause))
    else:
        said = match.group(0).lower()
        before = p.DEMONSTRATIVE_BEFORE.search(text, 0, match.start())
        pointing = before is not None or said.startswith(p.POINTING) or said.endswith(p.POINTING)
        rest = re.split(r"[,;\"”]", text[match.end() :], maxsplit=1)[0]
        anaphoric = pointing and len(rest.split()) < 4
    context = text[: match.start()].replace(denier, "") if anaphoric else ""
    yield Claim(
        Kind.DENIAL,
        "denial",
        subject,
        "denied",
        clause,
        denier,
        sentence,
        anaphoric=anaphoric,
        context=context,
    )


def is_denial(text: str) -> bool:
    """Whether a sentence denies or rejects a claim."""
    return _denial(text) is not None


def _denial(text: str) -> tuple[re.Pattern[str], re.Match[str]] | None:
    if p.NOT_A_DENIAL.search(text):
        return None
    for pattern in (p.DENIAL, p.FALSE_CLAIM, p.REJECTS):
        match = pattern.search(text)
        if match and not p.NOUN_BEFORE.search(text, 0, match.start()):
            return pattern, match
    return None


def title_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A named person's rank: "Matthew Kanan, an associate professor of chemistry"."""
    for pattern in p.TITLES:
        for match in pattern.finditer(sentence.text):
            name = match.group("name")
            if " " in name and not p.NOT_NAMES & set(name.split()):
                surname = name.split()[-1].lower()
                rank = f"{match.group('rank').lower()} professor"
                yield Claim(
                    Kind.IDENTITY, f"title/{surname}", name, rank, sentence.text, who, sentence
                )


# --- names ----------------------------------------------------------------------------------


def spelling_claims(sentences: Sequence[Sentence]) -> Iterator[Claim]:
    """Each sentence that writes a name the story spells two ways, with its spelling."""
    for a, b in spelled_two_ways(sentences):
        spelled = re.compile(rf"\b({re.escape(a)}|{re.escape(b)})\b")
        for sentence in sentences:
            for word in set(spelled.findall(sentence.text)):
                subject = f"{a}/{b}"
                yield Claim(Kind.IDENTITY, subject, subject, word, sentence.text, "", sentence)


_FINDERS: tuple[Finder, ...] = (count_claims, time_claims, stance_claims, denial_claims)
_CUES = CueFinder([p.COUNT_CUES, p.TIME_CUES, p.STANCE_CUES, p.DENIAL_CUES])
