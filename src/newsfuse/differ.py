"""Where sources differ: quantities, ages and stances on which the reports disagree.

Lexical patterns and number normalisation, written here: no offline model for claim
comparison ships on PyPI, and the conflicts news readers need to see are formulaic (tolls,
ages, who holds a place, whether a fire is out). A false conflict costs a reader more than a
missed one, so every rule errs towards silence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsfuse.attribute import ClaimantFinder, find_claimant
from newsfuse.documents import Citation, Difference, Sentence, Side
from newsfuse.text.cues import CueFinder, joined_spans
from newsfuse.text.tokens import content_terms, word_tokens

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "a dozen": 12,
}  # fmt: skip
# Vague amounts and the counts they are compatible with.
_VAGUE = {
    "dozens": (24, 99), "scores": (40, 199), "hundreds": (200, 999),
    "thousands": (2000, 9999), "several": (3, 9), "a few": (2, 5),
}  # fmt: skip
_NUMBER = (
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(sorted(list(_SMALL) + list(_VAGUE), key=len, reverse=True))
    + r")"
)
_HEAD = r"(?:\s+(?:more|other|people|persons|workers|civilians|soldiers|children|adults|men|"
_HEAD += r"women|students|passengers|police(?:men)?|officers|firefighters|migrants|protesters|"
_HEAD += r"fighters|rebels|militants|residents|employees|patients|inmates|miners|crew))*"
_CATEGORIES = {
    "Death toll": r"killed|dead|died|deaths|fatalities|bodies|lost their lives|perished",
    "Injured": r"injured|wounded|hurt|hospitali[sz]ed|taken to (?:\w+ ){0,3}hospital",
    "Arrests": r"arrested|detained|in custody",
    "Missing": r"missing|unaccounted for",
    "Evacuated": r"evacuated",
}
# "<number> [people|workers|...] [were|have been|...] <category word>".
# The words between the count and the category may not start another clause ("and"), a
# subset ("eight of the children") or another count.
_GAP = r"(?:(?!(?:and|or|but|of|while|including)\b)[a-z]+\s+){0,3}?"
_COUNT = re.compile(
    rf"(?<![\w$£€.,-])(?<!including ){_NUMBER}(?P<head>{_HEAD})\s+{_GAP}(?P<what>"
    + "|".join(f"(?:{p})" for p in _CATEGORIES.values())
    + r")\b",
    re.IGNORECASE,
)
# "died Tuesday", "broke out shortly after 10 p.m.", "was arrested on June 3": when an
# event happened. The value keeps its kind (weekday, clock time, calendar day) so that
# "Tuesday" is never set against "June 20", which may be the same day.
_EVENTS = {
    "died": "died", "was killed": "died", "were killed": "died", "was shot": "was shot",
    "was arrested": "was arrested", "were arrested": "was arrested", "broke out": "began",
    "started": "began", "began": "began", "erupted": "began", "crashed": "crashed",
    "was found": "was found", "were found": "was found", "happened": "happened",
    "took place": "happened", "struck": "struck",
}  # fmt: skip
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WHEN = re.compile(
    r"\b(?P<event>" + "|".join(sorted(_EVENTS, key=len, reverse=True)) + r")\b"
    r"(?:\s+[\w,]+){0,4}?\s+(?:on\s+|at\s+|shortly\s+(?:after|before)\s+|around\s+)?"
    rf"(?P<when>{_WEEKDAY}|{_MONTH}\s\d{{1,2}}\b|\d{{1,2}}(?::\d\d)?\s?[ap]\.m\.)"
)
# "Damon, 36," or "29-year-old Geraldine Alcorn" names a person's age.
_NAME = r"(?P<name>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*)"
_AGE = re.compile(rf"\b{_NAME},\s(?P<age>\d{{1,3}}),\s")
_YEAR_OLD = re.compile(
    r"\b(?P<age>\d{1,3}|(?:[A-Za-z]+-)?[A-Za-z]+)-year-old\s(?:[a-z]+\s){0,3}?" + _NAME
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Stance:
    """A question sources answer in opposite ways, with cue phrases for each answer and the
    words that name each answer to a reader."""

    label: str
    yes: re.Pattern[str]
    no: re.Pattern[str]
    yes_means: str
    no_means: str


_STANCES = (
    Stance(
        "Control of {anchor}",
        re.compile(
            r"\b(?:(?:took|taken|regained|gained|in|seized|wrested) (?:full |complete )?control"
            r"|captured|pushed into|stormed|(?:have|has|had) retreated|withdrew"
            r"|fallen back|fell back|fell to)\b"
        ),
        re.compile(
            r"\b(?:did not withdraw|didn't withdraw|denied retreating|not retreating|still there"
            r"|repelled|clashes (?:are |were )?(?:still )?(?:continu\w*|occurring)"
            r"|fighting (?:is |was )?(?:still )?continu\w*|still (?:fighting|holding))\b"
        ),
        "taken or given up",
        "still contested",
    ),
    Stance(
        "Whether the fire is under control",
        re.compile(r"\b(?:under control|contained|extinguished|put out)\b"),
        re.compile(r"\b(?:not under control|still (?:burning|raging)|out of control)\b"),
        "under control",
        "still burning",
    ),
)
_CLAUSE_BREAK = re.compile(
    r",\s*but\s|;\s|,\s*while\s|\sbut\s(?=an?\s|the\s)"
    r"|\sand\s(?=(?:an?|the|some)\s[^.]{0,80}?\b(?:said|says|told|claimed|denied)\b)"
)
_ANCHOR = re.compile(r"(?<!^)(?<![.!?]\s)\b([A-Z][a-z]{3,}(?:[\s-][A-Z][a-z]+)*)")
_MAX_SIDES = 4
_SHARED_WORDS = 3
_DENIAL_SHARED_WORDS = 3
# Cheap substring tests that every count or denial pattern needs to pass.
_COUNT_CUES = (
    "kill", "dead", "died", "death", "fatal", "bodies", "lives", "perish", "injur", "wound",
    "hurt", "hospital", "arrest", "detain", "custody", "missing", "unaccounted", "evacuat",
)  # fmt: skip
_DENIAL_CUES = ("deni", "deny", "disput", "dismiss", "reject")
_STANCE_CUES = (
    "control", "captured", "pushed into", "stormed", "retreat", "withdr", "fell back",
    "fallen back", "fell to", "repelled", "clashes", "fighting", "still there", "still burn",
    "still rag", "still fight", "still hold", "contained", "extinguished", "put out",
)  # fmt: skip
_AGE_CUES = ("year-old", ", 1", ", 2", ", 3", ", 4", ", 5", ", 6", ", 7", ", 8", ", 9")
_TIME_CUES = tuple(_EVENTS)
_CUES = CueFinder([_COUNT_CUES, _AGE_CUES, _STANCE_CUES, _DENIAL_CUES, _TIME_CUES])
_DENIAL_OBJECT_WORDS = 16
_DENIAL = "Disputed account"
# Denying a claim, not a request ("denied bail"): the object is a report, an account, a claim.
_DENIES = re.compile(
    r"\b(?:denied|denies|deny|disputed?|disputes|dismissed|rejected|rejects)\s+"
    r"(?:(?:the|a|an|his|her|their|its|any|all|these|those|[A-Z]\w+'s)\s+)?(?:\w+\s+){0,4}?"
    r"(?:report|reports|account|accounts|allegations?|claims?|version|story|accusations?)\b"
    r"|\bdenied\s+(?:that|there\s+was)\b"
)
_NEGATED = re.compile(r"\b(?:not|never|no|n't|denied|denies|deny)\b")
# Words that name a category or a reporting act, not what a sentence is about.
_NOT_TOPIC = frozenset(
    """killed dead died deaths death toll fatalities bodies injured wounded hurt hospital
    hospitalized hospitalised arrested detained custody missing evacuated people persons said
    says told reported according police officials""".split()
)


@dataclass(frozen=True, slots=True)
class Claim:
    """One clause of a source sentence that answers a question."""

    key: str
    value: str
    text: str
    claimant: str
    sentence: Sentence


def find_differences(articles: Sequence[Sequence[Sentence]]) -> tuple[Difference, ...]:
    """Differences among the sentences of a story's articles (each list in article order).

    Example:
        >>> from newsfuse.documents import Sentence
        >>> text = "{} workers were hurt in the grain terminal blaze, {} said."
        >>> a = Sentence("1", 0, 0, 0, text.format("Two", "police"))
        >>> b = Sentence("2", 0, 0, 0, text.format("Five", "a union"))
        >>> [d.label for d in find_differences([[a], [b]])]
        ['Injured']
    """
    claims = [claim for article in articles for claim in _claims_of(article)]
    if any(c.key == _DENIAL for c in claims):
        # Only a story with a denial needs every other sentence as a possible statement.
        claims += [c for article in articles for c in _statements(article)]
    by_key: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_key[claim.key].append(claim)
    differences = []
    for key, group in by_key.items():
        difference = _difference(key, group)
        if difference is not None:
            differences.append(difference)
    return tuple(differences)


Finding = tuple[str, str, str]  # key, value, the text that says it


def _claims_of(sentences: Sequence[Sentence]) -> Iterator[Claim]:
    """Claims of one article's sentences; a claimant is looked for only where one is needed."""
    texts = [s.text for s in sentences]
    who = ClaimantFinder(texts)
    cued = _cued(texts)
    for position, sentence in enumerate(sentences):
        counts, ages, stances, denials, times = (flags[position] for flags in cued)
        findings = [*_counts(sentence.text)] if counts else []
        findings += _ages(sentence.text) if ages else []
        findings += _times(sentence.text) if times else []
        for key, value, text in findings:
            yield Claim(key, value, text, who(position), sentence)
        if stances:
            for clause in _CLAUSE_BREAK.split(sentence.text):
                for key, value, text in _stances(clause.strip()):
                    speaker = find_claimant(clause) or who(position)
                    yield Claim(key, value, text, speaker, sentence)
        if denials:
            yield from _denials(sentence, who(position))


def _cued(texts: Sequence[str]) -> list[list[bool]]:
    """For each cue family, which texts contain one of its cues."""
    joined = "\n".join(texts).lower()
    spans = joined_spans(texts)
    return _CUES.flags(joined, spans)


def _denials(sentence: Sentence, claimant: str) -> Iterator[Claim]:
    denial = _DENIES.search(sentence.text)
    if denial and claimant:
        denied = " ".join(sentence.text[denial.start() :].split()[:_DENIAL_OBJECT_WORDS])
        yield Claim(_DENIAL, "denied", denied, claimant, sentence)


def _statements(sentences: Sequence[Sentence]) -> Iterator[Claim]:
    """Sentences that state something without denying or negating it."""
    who = ClaimantFinder([s.text for s in sentences])
    for position, sentence in enumerate(sentences):
        if not _NEGATED.search(sentence.text):
            yield Claim(_DENIAL, "stated", sentence.text, who(position), sentence)


def _counts(text: str) -> Iterator[Finding]:
    for match in _COUNT.finditer(text):
        what = match.group("what").lower()
        category = next(c for c, p in _CATEGORIES.items() if re.fullmatch(p, what))
        value = _normalise(match.group("number"))
        if value is not None:
            yield category, value, text


def _ages(text: str) -> list[Finding]:
    found = []
    for pattern in (_AGE, _YEAR_OLD):
        for match in pattern.finditer(text):
            age = _age_value(match.group("age"))
            name = match.group("name")
            if age is not None and " " in name:  # a full name, not "Police" or "Monday"
                found.append((f"Age of {name}", age, text))
    return found


def _times(text: str) -> list[Finding]:
    found = []
    for match in _WHEN.finditer(text):
        event = _EVENTS[match.group("event")]
        when = match.group("when")
        kind = "weekday" if when.endswith("day") else "time" if "m." in when else "date"
        value = re.sub(r"\s?([ap])\.m\.", r" \1.m.", when)  # "10p.m." and "10 p.m." alike
        found.append((f"When it {event} ({kind})", value, text))
    return found


def _age_value(text: str) -> str | None:
    """ "29" or "twenty-eight" as a number string; None for anything else."""
    if text.isdigit():
        return text
    tens, _, ones = text.lower().partition("-")
    value = _TENS.get(tens, _SMALL.get(tens, 0) if not ones else 0)
    value += _SMALL.get(ones, 0) if ones else 0
    return str(value) if 0 < value < 120 else None


def _stances(clause: str) -> Iterator[Finding]:
    for stance in _STANCES:
        answer = "no" if stance.no.search(clause) else "yes" if stance.yes.search(clause) else ""
        if answer:
            yield stance.label, answer, clause


def _normalise(number: str) -> str | None:
    """Counts as canonical strings ("2,400" -> "2400"); vague words stay words."""
    word = number.lower()
    if word in _SMALL:
        return str(_SMALL[word])
    if word in _VAGUE:
        return word
    value = float(word.replace(",", ""))
    if 1900 <= value <= 2100 and "," not in word:
        return None  # a year, not a count
    return str(int(value)) if value.is_integer() else str(value)


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if not _is_count(a) or not _is_count(b):
        return False  # two different days or times
    for vague, count in ((a, b), (b, a)):
        if vague in _VAGUE and count not in _VAGUE:
            low, high = _VAGUE[vague]
            return low <= float(count) <= high
    return False


def _difference(key: str, claims: list[Claim]) -> Difference | None:
    """Two or more sources giving incompatible answers to the same question, or None."""
    if key == _DENIAL:
        return _denial_difference(claims)
    if key.startswith(("Control", "Whether")):
        return _stance_difference(key, claims)
    # A count is about the same thing only if the two sentences share words beyond the
    # number and the category; an age is keyed by a full name, which is anchor enough.
    anchored = key.startswith("Age of")
    conflicting = {
        id(claim): claim
        for a, b in _cross_source_pairs(claims)
        if not _compatible(a.value, b.value) and (anchored or _related(a, b))
        for claim in (a, b)
    }
    if not conflicting:
        return None
    involved = list(conflicting.values())
    answers = sorted({c.value for c in involved}, key=_sort_key)
    return Difference(label=key, sides=_sides(involved, answers))


def _cross_source_pairs(claims: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.sentence.article_id != b.sentence.article_id:
                yield a, b


def _topic_words(text: str) -> frozenset[str]:
    words = set(content_terms(word_tokens(text)))
    return frozenset(
        w for w in words if not w[0].isdigit() and w not in _SMALL and w not in _NOT_TOPIC
    )


def _related(a: Claim, b: Claim) -> bool:
    return len(_topic_words(a.sentence.text) & _topic_words(b.sentence.text)) >= _SHARED_WORDS


def _denial_difference(claims: list[Claim]) -> Difference | None:
    """A source denying a report or allegation that another source states."""
    denials = [c for c in claims if c.value == "denied"]
    statements = [c for c in claims if c.value == "stated"]
    stated_words = {id(s): _topic_words(s.text) for s in statements}
    pairs = [
        (d, s)
        for d in denials
        for s in statements
        if d.sentence.article_id != s.sentence.article_id
        and d.claimant != s.claimant
        and len(_topic_words(d.text) - _topic_words(d.claimant) & stated_words[id(s)])
        >= _DENIAL_SHARED_WORDS
    ]
    if not pairs:
        return None
    involved = {id(c): c for pair in pairs for c in pair}
    meaning = {"stated": "reported", "denied": "denied"}
    return Difference(_DENIAL, _sides(list(involved.values()), ["stated", "denied"], meaning))


def _stance_difference(key: str, claims: list[Claim]) -> Difference | None:
    yes = [c for c in claims if c.value == "yes"]
    no = [c for c in claims if c.value == "no"]
    if not yes or not no:
        return None
    anchor = _shared_anchor(yes, no)
    sources = {c.sentence.article_id for c in claims}
    voices = {c.claimant for c in claims if c.claimant}
    if anchor is None or (len(sources) < 2 and len(voices) < 2):
        return None
    stance = next(s for s in _STANCES if s.label == key)
    meaning = {"yes": stance.yes_means, "no": stance.no_means}
    label = key.format(anchor=anchor)
    return Difference(label=label, sides=_sides(claims, ["yes", "no"], meaning))


def _shared_anchor(yes: list[Claim], no: list[Claim]) -> str | None:
    """A place or party named on both sides (the claimants' own names aside)."""

    def names(group: list[Claim]) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for claim in group:
            for name in set(_ANCHOR.findall(claim.sentence.text)) - {claim.claimant}:
                counts[name] += 1
        return counts

    yes_names, no_names = names(yes), names(no)
    shared = [n for n in yes_names if n in no_names]
    return max(shared, key=lambda n: (yes_names[n] + no_names[n], n)) if shared else None


def _sides(
    claims: list[Claim], answers: list[str], meaning: dict[str, str] | None = None
) -> tuple[Side, ...]:
    """One side per answer and claimant (named claimants first), citing every sentence in
    which that claimant gives that answer."""
    sides = []
    for answer in answers:
        seen: set[str] = set()
        for claim in sorted((c for c in claims if c.value == answer), key=lambda c: not c.claimant):
            if claim.claimant in seen or len(seen) >= _MAX_SIDES:
                continue
            seen.add(claim.claimant)
            same = [c for c in claims if c.value == answer and c.claimant == claim.claimant]
            citations = tuple(sorted({_cite(c.sentence) for c in same}))
            position = (meaning or {}).get(answer, answer)
            sides.append(Side(claim.text, claim.claimant, citations, position=position))
    return tuple(sides)


def _cite(sentence: Sentence) -> Citation:
    return Citation(sentence.article_id, sentence.index, sentence.start, sentence.end)


def _is_count(value: str) -> bool:
    return value in _VAGUE or value.replace(".", "", 1).isdigit()


def _sort_key(value: str) -> tuple[int, float, str]:
    if _is_count(value) and value not in _VAGUE:
        return (0, float(value), "")
    return (1, 0.0, value)
