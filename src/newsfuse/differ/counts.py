"""Counts: "30 people were killed", "killing at least 12", "the toll rose to 34", and figures
fused with their unit ("an 8,027-meter peak")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from newsfuse.differ import patterns as p
from newsfuse.differ.claim import Claim, Kind, Who
from newsfuse.differ.numbers import Quantity, quantity
from newsfuse.differ.plurals import plural
from newsfuse.differ.units import unit_of
from newsfuse.documents import Sentence


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure in a sentence: where it starts (with its hedge), its words, where it ends."""

    start: int
    hedge: str
    number: str
    end: int


def count_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """ "30 people were killed", "killing at least 12", "the toll rose to 34". A total that
    names those who did it among itself ("20 people dead, including the three gunmen") is
    left alone: another report may count without them (see :func:`_names_doers`)."""
    text = sentence.text
    spanned = 0  # where the last range read ends: its second figure is no count of its own
    for found in figures(text):
        if found.end <= spanned:
            continue
        figure = _spanning(text, found)
        if figure.end != found.end:
            spanned = figure.end
        # A figure of any noun is left to noun_claims: its words are not even read here.
        counted = _counted(text, figure, nouns=False)
        if counted is None or _names_doers(text, figure.end) or _some_aboard(counted):
            continue
        amount = quantity(f"{figure.hedge} {figure.number}")
        if amount is not None:
            subject = f"{counted[0]}/{counted[1]}"
            yield _as_lightly_injured(_count_claim(sentence, who, figure, subject, amount))
    if "ncluding" in text or "among them" in text:
        yield from _part_claims(sentence, who)


# Those who did what a total counts, named among it: "including the three gunmen", "among
# them the suspected bomber", "including the shooter, who killed himself".
_DOERS = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?(?:gunm[ae]n|attackers?|assailants?|terrorists?|(?:suicide\s+)?bombers?"
    r"|shooters?|hijackers?|perpetrators?|killers?|suspects?|militants?|insurgents?|rebels?"
    r"|fighters?|himself|herself|themselves)\b",
    re.IGNORECASE,
)


def _names_doers(text: str, end: int) -> bool:
    """Whether the total that ends at ``end`` names a part of itself ("..., including") that
    another report may leave out of its count: those who did it ("20 people dead, including
    the three gunmen"; many reports count the victims only), or people of a war's side. A
    part of the victims ("six people, including two children, were killed") is in every
    report's count: the total is read (and the part too, by :func:`_part_claims`)."""
    including = p.INCLUDING.match(text, end)
    # (read from past the one space after "including" / "among them")
    return including is not None and _DOERS.match(text, including.end() + 1) is not None


def _some_aboard(counted: tuple[str, str]) -> bool:
    """Whether a count of people aboard names one kind of them ("162 passengers aboard"):
    a figure of that noun (``noun_claims``), as it was before everyone aboard was read."""
    return counted[0] == p.ABOARD and bool(counted[1])


def _part_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """The part a total names, counted as its own kind of people: "eight people, including
    two children, were injured" gives two injured children; the total's category is read
    with the part left out ("eight people were injured"). A part of no named kind ("including
    three others") is left alone."""
    text = sentence.text
    for part in p.PART.finditer(text):
        head = _head(part.group("head"))
        amount = quantity(f"{part.group('hedge') or ''} {part.group('number')}")
        total = [f for f in figures(text[: part.start()]) if f.end <= part.start()]
        if head in {"", "others"} or amount is None or not total:
            continue
        end = part.end() if part.group("close") else part.end("head")
        counted = _counted(text[: part.start()] + text[end:], total[-1], nouns=False)
        if counted is not None:
            start = part.start("hedge") if part.group("hedge") else part.start("number")
            figure = Figure(start, part.group("hedge") or "", part.group("number"), part.end())
            yield _count_claim(sentence, who, figure, f"{counted[0]}/{head}", amount)
            yield from _total_around(sentence, who, total[-1], counted, part)


def _total_around(
    sentence: Sentence, who: Who, total: Figure, counted: tuple[str, str], part: re.Match[str]
) -> Iterator[Claim]:
    """The total a part of victims stands inside ("six people, including two children, were
    killed": six dead), which ``count_claims`` cannot read past the part; not a total whose
    part is those who did it (see :func:`_names_doers`), nor one read already."""
    text = sentence.text
    if _names_doers(text, total.end) or _counted(text, total, nouns=False) is not None:
        return
    amount = quantity(f"{total.hedge} {total.number}")
    if amount is not None and part.group("close"):
        subject = f"{counted[0]}/{counted[1]}"
        yield _as_lightly_injured(_count_claim(sentence, who, total, subject, amount))


def noun_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A figure of any noun ("150 passengers", "six counts of criminal mischief"),
    when the sentence counts that noun once: two figures of one noun in one sentence count
    two things. Only the plural noun after the figure is looked for: a figure a category
    names ("12 people were killed") is a count of that category (see ``find_claims``). What
    the noun is of is part of it: "two counts of assault and five counts of mischief" count
    two nouns."""
    text = sentence.text
    found: list[tuple[Figure, str, Quantity]] = []
    # Tried only where a figure may start: searching the sentence with the pattern cost
    # four times as much.
    for start in figure_starts(text):
        match = p.NOUN_FIGURE.match(text, start)
        if match is None or _inside_a_number(text, start):
            continue
        figure_of_noun = _noun_of(text, match)
        if figure_of_noun is None:
            continue
        figure, tail, counted = figure_of_noun
        # A hedge that ends in "than" is read as a hedge: "more than 300 homes" is a count
        # ("than" before a bare figure is not: "rather than 300 homes"), and what stands
        # before the hedge is read as before: "including about 1,500 delegates" as before.
        if (
            _not_a_count_before(text, match.start())
            and (not figure.hedge or _not_a_count_before(text, figure.start))
            and not _a_set_compared_with(text, match)
        ):
            continue
        amount = quantity(f"{figure.hedge} {figure.number}")
        if amount and not p.INCLUDING.match(text, figure.end):
            found.append((figure, _whose(tail, counted[0]) + _of_what(text, tail), amount))
    if " twin " in f" {text.lower()}":
        found += _twin_attacks(text)
    if not found:  # most sentences with a cue count no noun: no Counter for them
        return
    found = [(figure, _unexploded(noun, text), amount) for figure, noun, amount in found]
    nouns = Counter(noun for _, noun, _ in found)
    for figure, noun, amount in found:
        if nouns[noun] == 1:
            yield _as_kind_of(_count_claim(sentence, who, figure, f"{noun}/", amount))


def _noun_of(
    text: str, match: re.Match[str]
) -> tuple[Figure, re.Match[str], tuple[str, str]] | None:
    """A ``NOUN_FIGURE`` match's figure, the tail after it and the noun that tail counts
    (``_generic``), or None when it counts none. A range's noun is after its end ("15 to 20
    homes"). Without a range's rest, the figure ends where its number does, and its hedge
    (a search of the words before it) waits for a noun: two in three figures have a tail
    that counts none."""
    end = match.end("number")
    figure = _spanning(text, _figure(text, match)) if p.RANGE_REST.match(text, end) else None
    tail = p.NOUN_TAIL.match(text, end if figure is None else figure.end)
    counted = _generic(tail) if tail else None
    if tail is None or counted is None:
        return None
    return (figure if figure is not None else _figure(text, match)), tail, counted


def _as_kind_of(claim: Claim) -> Claim:
    """A figure of cars as one of vehicles, with "cars" kept in its ``context`` and its
    value ("30 cars"): reports that count one pileup's cars and its vehicles count one
    thing, and only a figure of vehicles below the figure of cars says they differ
    (``compare``). Counted within its sentence as cars still: "30 cars and 5 trucks" are two
    figures of two nouns. The value keeps the noun so that "2 cars" and "2 vehicles" stay
    two facts to ``rank.repeats``, as they were."""
    wider = p.KIND_OF.get(claim.about[len(_GENERIC) :]) if claim.about[:5] == _GENERIC else None
    if wider is None:
        return claim
    kind = plural(claim.about[len(_GENERIC) :])
    wider_about = f"{_GENERIC}{wider}"
    return replace(
        claim,
        subject=f"{wider_about}/",
        about=wider_about,
        value=f"{claim.value} {kind}",
        context=kind,
    )


# What a narrower figure is shown as beside the wider one (see ``_as_kind_of``).
LIGHTLY_INJURED = "lightly injured"


def _as_lightly_injured(claim: Claim) -> Claim:
    """A figure of the lightly injured ("13 people with minor injuries") as one of the
    injured, with its part kept in its ``context``: "20 injured" and "13 with minor
    injuries" may both be true, "12 injured" and "13 with minor injuries" may not."""
    if claim.about != LIGHTLY_INJURED:
        return claim
    subject = f"injured/{claim.subject.partition('/')[2]}"
    value = f"{claim.value} {LIGHTLY_INJURED}"
    return replace(claim, subject=subject, about="injured", value=value, context=LIGHTLY_INJURED)


def _twin_attacks(text: str) -> list[tuple[Figure, str, Quantity]]:
    """ "Twin car bombs", "twin blasts": two attacks, as "two car bombs" would count them
    ("twin sisters" or "the twin towers" count nothing: one of a pair is often named apart,
    and a third sister may not be a twin)."""
    found = []
    for match in p.TWIN_ATTACKS.finditer(text):
        tail = p.NOUN_TAIL.match(text, match.end("number"))
        counted = _generic(tail) if tail else None
        if tail is not None and counted is not None:
            figure = Figure(match.start(), "", match.group("number"), match.end("number"))
            found.append((figure, _whose(tail, counted[0]) + _of_what(text, tail), TWO))
    return found


TWO = Quantity(2.0, 2.0, "2", exact=True)


def _unexploded(noun: str, text: str) -> str:
    """Bombs found or defused are counted apart from bombs and bombings that went off
    ("police defused three bombs" is no count of the attack's two bombings)."""
    return "noun:unexploded bomb" if noun == "noun:bomb" and p.UNEXPLODED.search(text) else noun


def _a_set_compared_with(text: str, figure: re.Match[str]) -> bool:
    """ "worse than 11 other nations": the figure after "than" counts the others."""
    return text.startswith(" other ", figure.end()) and bool(
        p.THAN_OTHER.search(text, max(0, figure.start() - 10), figure.start())
    )


def _whose(tail: re.Match[str], noun: str) -> str:
    """The counted noun with the people it is of: "153 Chinese passengers" counts
    "Chinese passenger", not every passenger of the flight; "11 other nations" counts
    "other nation", not the nations with the one they are compared with ("a comparison
    of 11 nations" is of ten others)."""
    people = tail.group("people")
    if people:
        return f"{_GENERIC}{people} {noun[len(_GENERIC) :]}"
    if tail.group("words").startswith(" other "):
        return f"{_GENERIC}other {noun[len(_GENERIC) :]}"
    return noun


def _of_what(text: str, tail: re.Match[str] | None) -> str:
    """ " of mischief" for "counts of fifth degree criminal mischief", "" when the noun is of
    nothing named."""
    if tail is None:
        return ""
    noun = next((w for w in _WORD.finditer(text, tail.start(), tail.end()) if _noun(w[0])), None)
    of = p.OF_WHAT.match(text, noun.end()) if noun else None
    return f" of {of.group('what').lower()}" if of else ""


_WORD = re.compile(r"[a-z][a-z-]*")


def _noun(word: str) -> bool:
    """Whether a word may be the plural noun a figure counts."""
    return len(word) > 3 and word.endswith("s") and word not in p.NOT_NOUNS


def figure_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A figure fused with its unit ("an 8,027-meter peak", "a 5,500-word letter"). A figure
    of any noun ("6 stories") is found by :func:`noun_claims`, on sentences that hold a
    figure followed by a word in lower case."""
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
            subject = f"{counted[0]}/{counted[1]}"
            # "a 30-car pileup" as a figure of vehicles, as "30 cars" is (``noun_claims``)
            yield _as_kind_of(_count_claim(sentence, who, figure, subject, amount))


def measure_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A sum named by the words after it ("about $500,000 in tax revenue"), a distance from
    a named place ("90 miles north of Las Vegas"), how many times someone was hit where
    ("shot once in the right leg")."""
    text = sentence.text
    for match in p.MONEY.finditer(text):
        yield from _measure(sentence, who, match, f"money:{match.group('what').lower()}")
    for match in p.SUM.finditer(text):
        verb = p.SUM_VERBS.get(match.group("verb").lower(), "price")
        yield from _measure(sentence, who, match, f"{_LOOSE}sum {verb}")
    for match in p.SUM_NOUN.finditer(text):
        yield from _measure(sentence, who, match, f"{_LOOSE}sum {match.group('what')}")
    for hit in p.TIMES_HIT.finditer(text):
        times = hit.group("number")
        amount = quantity(p.TIMES.get(times, times.rsplit(maxsplit=1)[0]))
        if amount is not None:
            hits = Figure(hit.start("number"), "", times, hit.end("number"))
            yield _count_claim(sentence, who, hits, f"hit in the {hit.group('what')}/", amount)
    for unit in p.DISTANCE.finditer(text):
        figure = p.FIGURE_BEFORE.search(text, max(0, unit.start() - 30), unit.start())
        if figure:
            measure = _singular(unit.group("unit").lower())
            distance = _measure(sentence, who, figure, f"distance:{unit.group('what')}")
            yield from (_in_unit(claim, measure) for claim in distance)


def dimension_claims(sentence: Sentence, who: Who) -> Iterator[Claim]:
    """A length named by what it measures ("a depth of 10 kilometers", "six miles below the
    surface", "300 feet tall"): one fact of a story, as a death toll is, where a figure of
    miles alone may be of anything."""
    text = sentence.text
    found: list[tuple[re.Match[str], str, str]] = []
    for unit in p.LENGTH_UNIT.finditer(text):
        figure = p.FIGURE_BEFORE.search(text, max(0, unit.start() - 30), unit.start())
        if figure is None:
            continue
        after = p.DIMENSION_AFTER.match(text, unit.end())
        before = p.DIMENSION_BEFORE.search(text, max(0, figure.start() - 40), figure.start() + 1)
        dimension = after.lastgroup if after else before.group("dimension") if before else None
        if dimension:
            found.append((figure, dimension.lower(), _singular(unit.group("unit").lower())))
    dimensions = Counter(dimension for _, dimension, _ in found)
    for figure, dimension, noun in found:
        if dimensions[dimension] == 1:  # "a femur length of 6.7 feet, ... of 8.3 feet": two
            measured = _measure(sentence, who, figure, f"measure:{dimension}")
            yield from (_in_unit(claim, noun) for claim in measured)


def _in_unit(claim: Claim, noun: str) -> Claim:
    """The claim with the unit of measure its figure is in, if any ("mile"): a distance in
    miles and one in kilometres are compared in one unit."""
    unit = unit_of(noun, claim.text, claim.at)
    return claim if unit is None else replace(claim, unit=unit.name)


def _measure(sentence: Sentence, who: Who, match: re.Match[str], what: str) -> Iterator[Claim]:
    text = sentence.text
    start = match.start("number") - (
        text[match.start("number") - 1 : match.start("number")] in "$£€"
    )
    if _inside_a_number(text, start):
        return  # "two hundred and three feet long": no figure of 3
    hedge = p.HEDGE_BEFORE.search(text, max(0, start - 25), start)
    figure = Figure(
        hedge.start("hedge") if hedge else start,
        hedge.group("hedge") if hedge else "",
        match.group("number"),
        match.end("number"),
    )
    amount = quantity(f"{figure.hedge} {figure.number}")
    if amount is not None:
        yield _count_claim(sentence, who, figure, f"{what}/", amount)


_GENERIC = "noun:"
# A sum named by its verb ("raised $25,000") is compared as loosely as a figure of any
# noun: one story's sums of one verb are often of two things.
_LOOSE = _GENERIC


def _count_claim(
    sentence: Sentence, who: Who, figure: Figure, subject: str, amount: Quantity
) -> Claim:
    text = sentence.text
    about, _, people = subject.partition("/")
    unit = unit_of(about[len(_GENERIC) :], text, figure.start) if about[:5] == _GENERIC else None
    if unit is not None:  # one subject for a length in miles and one in kilometres
        subject = f"{_GENERIC}{unit.family}/{people}"
    return Claim(
        Kind.COUNT,
        subject,
        about,
        amount.value,
        text,
        who,
        sentence,
        quantity=amount,
        later=bool(
            p.LATER.search(text, max(0, figure.start - 60), figure.start)
            or p.LATER_AFTER.match(text, figure.end)
        ),
        at=figure.start,
        unit="" if unit is None else unit.name,
    )


def figures(text: str) -> Iterator[Figure]:
    """The figures of a text, in digits or words, each with the hedge before it ("at least
    12", "dozens").

    Example:
        >>> [(f.hedge, f.number) for f in figures("At least 12 died and dozens were hurt.")]
        [('At least', '12'), ('', 'dozens')]
        >>> [f.number for f in figures("One hundred and twenty were hurt.")]
        ['One hundred']
    """
    end = 0
    for start in figure_starts(text):
        if start < end:
            continue
        match = p.FIGURE_AT.match(text, start)
        if match is not None:
            end = match.end()
            if not _inside_a_number(text, start):
                yield _figure(text, match)


@lru_cache(maxsize=64)
def figure_starts(text: str) -> tuple[int, ...]:
    """Where a figure may start: a digit, or a number word ("twelve", "dozens", "a dozen").
    Kept for the last sentences read: the finders of counts and of nouns read the same
    sentence one after the other.

    Example:
        >>> figure_starts("Twelve died, 30 were hurt and a dozen missing.")
        (0, 13, 30)
    """
    starts = [m.start() for m in p.DIGIT_RUN.finditer(text)]
    lowered = text.lower()
    cues = p.NUMBER_STARTS if len(lowered) == len(text) else p.NUMBER_WORDS
    for start, word in cues.starts(lowered):
        after = start + word
        if not lowered[start - 1 : start].isalnum() and not lowered[after : after + 1].isalpha():
            starts.append(start)
    return tuple(sorted(starts))


def _inside_a_number(text: str, start: int) -> bool:
    """Whether the number word at ``start`` ends a longer one ("twenty" in "one hundred and
    twenty"); a figure in digits never does, and is not searched."""
    return not text[start].isdigit() and bool(
        p.INSIDE_A_NUMBER.search(text, max(0, start - 14), start)
    )


def _spanning(text: str, figure: Figure) -> Figure:
    """The figure with the rest of the range it opens, if it opens one: "15 to 20 people",
    "between 30 and 40 people" (its number then "15 to 20", which ``quantity`` reads as a
    range). Not a change ("rose from 15 to 20": the later figure is the count), ages ("aged
    18 to 25"), nor a choice ("20 or 30"); "and" only right after "between", and two figures
    in one form (digits or words: "one to 20" is rather a list)."""
    span = p.RANGE_REST.match(text, figure.end)
    if span is None or span.group("number")[0].isdigit() != figure.number[0].isdigit():
        return figure
    before = text[max(0, figure.start - 12) : figure.start]
    if p.RANGE_NOT_AFTER.search(before):
        return figure
    start = figure.start
    if span.group("joint").lower() == "and":
        between = p.RANGE_BETWEEN.search(before)
        if between is None or figure.hedge:
            return figure
        start -= len(before) - between.start()
    return Figure(start, figure.hedge, f"{figure.number} to {span.group('number')}", span.end())


def _figure(text: str, match: re.Match[str]) -> Figure:
    start, end = match.span("number")
    hedge = p.HEDGE_BEFORE.search(text, max(0, start - 25), start)
    if hedge:
        return Figure(hedge.start("hedge"), hedge.group("hedge"), match.group("number"), end)
    return Figure(start, "", match.group("number"), end)


def _counted(text: str, figure: Figure, nouns: bool = True) -> tuple[str, str] | None:
    """What a figure counts and the kind of people counted, or None when it is no count (or
    only a figure of any noun, when ``nouns`` is false)."""
    toll = _toll(text, figure)
    if toll:
        return toll, ""
    by_verb = _verb_count(text, figure)
    if by_verb:
        return by_verb
    if _not_a_count_before(text, figure.start) or p.NOT_A_COUNT_AFTER.match(text, figure.end):
        return None
    after = p.AFTER_TAIL.match(text, figure.end)
    if after:
        subset = after.group("of") and figure.number.lower() not in p.VAGUE_COUNTS
        # A category that ends on "for" or "with" names how badly after it ("were treated
        # for minor injuries"): the next words are read for it too (not after "injured in":
        # "in a serious crash" says nothing of the hurt).
        words = after.group(0) + _how_badly(text, after.end(), after.group(0))
        category = _part_of_the_injured(_category(after.group("what")), words)
        return None if subset else (category, _head(after.group("head")))
    if not nouns:
        return None
    generic = p.GENERIC_TAIL.match(text, figure.end)
    return _generic(generic) if generic else None


_HOW_BADLY = re.compile(r"(?:\s+(?:for|with))?(?:\s+[\w-]+){1,2}")


def _how_badly(text: str, end: int, words: str) -> str:
    """The two words after a category's words that end on "for" or "with", or after "for"
    or "with" right after them ("treated for minor injuries", "taken to hospital with
    minor injuries"); "" otherwise."""
    after = _HOW_BADLY.match(text, end)
    if after is None:
        return ""
    if words.endswith((" for", " with")) or after.group(0).split()[0] in {"for", "with"}:
        return after.group(0)
    return ""


def _part_of_the_injured(category: str, words: str) -> str:
    """The worst or the least hurt of the injured, when a count's words name them ("3
    people were seriously injured", "13 with minor injuries"): counted apart from all the
    injured, which another report may give ("12 people were injured" and "3 seriously
    injured" are no difference, nor are "20 injured" and "13 with minor injuries")."""
    if category != "injured":
        return category
    if p.INJURED_LIGHT.search(words):
        return LIGHTLY_INJURED
    return "seriously injured" if p.INJURED_PART.search(words) else category


def _verb_count(text: str, figure: Figure) -> tuple[str, str] | None:
    """A count named by its category's word before it: a verb ("killing 12 workers",
    "killed two of the gunmen") or the category and a copula ("Among the dead were 12
    children"); None when there is none, or no people after the figure."""
    verb = p.BEFORE_HEAD.search(text, max(0, figure.start - 40), figure.start)
    if verb:
        head = _head_after_verb(text, figure.end)
        return None if head is None else (_category(verb.group("what")), head)
    inverted = p.INVERTED_HEAD.search(text, max(0, figure.start - 70), figure.start)
    tail = p.BEFORE_TAIL.match(text, figure.end) if inverted else None
    if inverted and tail and tail.group("head").strip():
        return _category(inverted.group("what")), _head(tail.group("head"))
    return None


def _head_after_verb(text: str, end: int) -> str | None:
    """The people a count after its category's verb names ("killing 12 workers": workers,
    "" for none), or of the group they are of ("killed two of the gunmen": gunmen); None
    when the words after the figure are no such count's."""
    tail = p.BEFORE_TAIL.match(text, end)
    if tail:
        return _head(tail.group("head"))
    group = p.BEFORE_OF_TAIL.match(text, end)
    return (_head(group.group("head")) or None) if group else None


def _toll(text: str, figure: Figure) -> str | None:
    """The category of a toll the figure gives ("the death toll rose to 34", "claimed 12
    lives", "cost at least 40 lives"), or None."""
    toll = p.TOLL_HEAD.search(text, max(0, figure.start - 110), figure.start)
    if toll and not p.NOT_TOLL_AFTER.match(text, figure.end):
        return _category(toll.group("what"))
    lives = p.LIVES_AFTER.match(text, figure.end)
    if lives and p.LIVES_VERB.search(text, max(0, figure.start - 12), figure.start):
        return "dead"
    return None


def _not_a_count_before(text: str, start: int) -> bool:
    """Whether the words before a figure make it no count of its own ("eight of 20", "20 or
    30", "nine of the city's 10 officers")."""
    return bool(
        (
            _may_follow_no_count_word(text, start)
            and p.NOT_BEFORE_COUNT.search(text, max(0, start - 12), start)
        )
        or p.OF_WHOSE.search(text, max(0, start - 40), start)
    )


def _may_follow_no_count_word(text: str, start: int) -> bool:
    """Whether ``p.NOT_BEFORE_COUNT`` may hold before a figure: after a space, only when the
    word before it is one of its words (checked in Python: the pattern, tried at each of
    twelve characters, cost six times as much). A word in other than ASCII, or a line
    break, is left to the pattern (its case-insensitive letters match "ſ" for "s")."""
    if not text[start - 1 : start].isspace() or text[start - 1] == "\n":
        return True
    head = text[max(0, start - 12) : start - 1].rstrip(".")
    end = len(head)
    while end and (head[end - 1].isalnum() or head[end - 1] == "_"):
        end -= 1
    word = head[end:]
    return not word.isascii() or word.lower() in p.NOT_BEFORE_COUNT_WORDS


def _generic(match: re.Match[str]) -> tuple[str, str] | None:
    """A figure's unit ("8,027-meter"), or the plural noun it counts within three words."""
    if match.group("unit"):
        unit = _singular(match.group("unit").lower())
        # One subject with the noun counted apart: "a 72-storey tower" and "87 storeys". An
        # abbreviation ("a 24-h delay") names no noun.
        if unit in p.NOT_UNITS or len(unit) < 3:
            return None
        return f"noun:{p.SAME_UNIT.get(unit, p.SAME_NOUN.get(unit, unit))}", ""
    for word in match.group("words").split():
        if word in p.NOT_BEFORE_NOUN:
            return None
        if _noun(word):
            singular = _singular(word)
            return f"noun:{p.SAME_NOUN.get(singular, singular)}", ""
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
    return "" if head in p.GENERIC_HEADS else p.SAME_PEOPLE.get(head, head)
