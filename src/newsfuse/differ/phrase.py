"""Phrasing a difference: its label, and one side per position that cites every source
sentence taking it and names every claimant who does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from newsfuse.differ import patterns as p
from newsfuse.differ.align import shared_anchors
from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.dayparts import day_part
from newsfuse.differ.numbers import Quantity, quantity
from newsfuse.differ.plurals import plural
from newsfuse.differ.times import ZONED
from newsfuse.differ.units import in_base, named, written
from newsfuse.documents import Citation, Difference, Side

COUNT_LABELS = {
    "dead": "Death toll",
    "injured": "Injured",
    "seriously injured": "Seriously injured",
    "arrested": "Arrests",
    "missing": "Missing",
    "evacuated": "Evacuated",
    "crowd": "Size of the crowd",
}
MAX_CLAIMANTS = 6
Pair = tuple[Claim, Claim]


def phrase(pairs: Sequence[Pair], agreeing: Sequence[Claim] = ()) -> Difference:
    """One difference from conflicting pairs of claims about one subject; ``agreeing`` are
    more claims that take one of the pairs' positions and are cited with it."""
    kind = pairs[0][0].kind
    paired = [c for pair in pairs for c in pair]
    involved = _unique(_with_units(_with_kinds(_with_parts_of_day(paired + list(agreeing)))))
    positions = sorted({c.value for c in involved}, key=_ordered(kind, involved))
    sides = tuple(_side(kind, [c for c in involved if c.value == v]) for v in positions)
    return Difference(label=_LABELS[kind](pairs), sides=sides, kind=kind.value)


def _ordered(kind: Kind, claims: list[Claim]) -> Callable[[str], tuple[int, float, str]]:
    """How positions are ordered: figures in units of measure by their value in one unit
    (their words hold a unit, "6 miles (9.7 kilometers)"), the rest by their kind's order."""
    measured = {
        c.value: in_base(c.quantity, named(c.unit)).low for c in claims if c.unit and c.quantity
    }
    order = _ORDER[kind]
    return lambda value: (0, measured[value], value) if value in measured else order(value)


def _with_units(claims: list[Claim]) -> list[Claim]:
    """Figures in two units of measure each with its unit, and converted into the first
    one's ("4 kilometers", "about 6 miles (about 9.7 kilometers)"): the figures alone would
    not say which is which, or would make two positions one."""
    if len({c.unit for c in claims}) < 2:
        return claims
    shown_in = claims[0].unit
    return [replace(c, value=written(c.value, c.unit, shown_in)) if c.unit else c for c in claims]


def _with_kinds(claims: list[Claim]) -> list[Claim]:
    """Beside figures of a kind of a noun, which show it ("30 cars", "13 lightly injured";
    see ``counts._as_kind_of``), figures of the noun with it ("25 vehicles", "12 injured"):
    a bare "25" would not say what it counts."""
    if not any(c.kind is Kind.COUNT and c.context for c in claims):
        return claims
    about = claims[0].about
    wider = plural(about[5:]) if about.startswith("noun:") else about
    return [c if c.context else replace(c, value=f"{c.value} {wider}") for c in claims]


def _with_parts_of_day(claims: list[Claim]) -> list[Claim]:
    """Claims of one weekday that differ by its part ("Tuesday morning" / "Tuesday night",
    see ``compare``) each with the words of its part, the first words of each part standing
    for it ("early Tuesday" for "Tuesday morning" too); a claim of the bare weekday, which
    takes neither side, is left out."""
    if claims[0].kind is not Kind.TIME or len({c.value.lower() for c in claims}) > 1:
        return claims
    shown: dict[str, str] = {}
    parted = []
    for claim in claims:
        found = day_part(claim.text, claim.value)
        if found is not None:
            parted.append(replace(claim, value=shown.setdefault(found[0], found[1])))
    return parted


def _unique(claims: list[Claim]) -> list[Claim]:
    seen: dict[tuple[str, int, str, str], Claim] = {}
    for claim in claims:
        key = (claim.sentence.article_id, claim.sentence.index, claim.value, claim.text)
        seen.setdefault(key, claim)
    return list(seen.values())


def distinct_claimants(claimants: Iterable[str]) -> list[str]:
    """The claimants in order, each once: two reports that write one party with a straight
    and a curly apostrophe ("Lind's lawyers", "Lind’s lawyers") name it once, as first
    written, and a bare surname after the full name ("Ana Lind", "Lind") is that person.

    Example:
        >>> distinct_claimants(["Lind's lawyers", "Berg", "Lind’s lawyers", ""])
        ["Lind's lawyers", 'Berg']
        >>> distinct_claimants(["Mayor Ana Lind", "Lind", "the clerk"])
        ['Mayor Ana Lind', 'the clerk']
    """
    seen: dict[str, str] = {}
    for claimant in claimants:
        surnames = {named.rsplit(None, 1)[-1] for named in seen if " " in named}
        if claimant and claimant not in surnames:
            seen.setdefault(claimant.replace("’", "'"), claimant)
    return list(seen.values())


def _side(kind: Kind, claims: list[Claim]) -> Side:
    """One position: the first named claimant's words, all claimants, all sentences."""
    claims.sort(key=lambda c: (not c.claimant, c.sentence.article_id, c.sentence.index))
    claimants = distinct_claimants(c.claimant for c in claims)
    citations = tuple(sorted({_cite(c) for c in claims}))
    return Side(
        claim=claims[0].text,
        claimant="; ".join(claimants[:MAX_CLAIMANTS]),
        citations=citations,
        position=_position(kind, claims[0]),
        later=any(c.later for c in claims),
    )


def _cite(claim: Claim) -> Citation:
    s = claim.sentence
    return Citation.of(s)


def _position(kind: Kind, claim: Claim) -> str:
    if kind is Kind.STANCE:
        stance = _stance(claim)
        return stance.yes_means if claim.value == "yes" else stance.no_means
    if kind is Kind.DENIAL:
        return "reported" if claim.value == "stated" else "denied"
    return claim.value


def _stance(claim: Claim) -> p.Stance:
    return next(s for s in p.STANCES if s.name == claim.subject)


def _count_label(pairs: Sequence[Pair]) -> str:
    category = pairs[0][0].about
    units = sorted({c.unit for pair in pairs for c in pair} - {""})
    if len(units) > 1 and category.startswith("noun:"):
        return f"Figure in {' and '.join(named(u).written for u in units)}"
    if category.startswith("noun:"):
        return _noun_label(category[5:])
    prefix, colon, rest = category.partition(":")
    if colon and prefix in _PREFIXED:
        return _PREFIXED[prefix](rest)
    if category.startswith("hit in the "):
        return f"Times {category}"
    return COUNT_LABELS.get(category, category.capitalize())


# The labels of a category named after a prefix: "money:tax revenue", "measure:depth".
_PREFIXED: dict[str, Callable[[str], str]] = {
    "money": lambda what: f"Sum in {what}",
    "measure": str.capitalize,
    "distance": lambda place: f"Distance from {place}",
}


_SUM_LABELS = {"price": "Price", "fine": "Fine", "value": "Value", "budget": "Budget"}
# Units a figure measures in, not things it counts: "Figure in meters".
_MEASURES = frozenset(
    """meter metre kilometer kilometre mile foot inch yard centimeter millimeter degree pound
    kilogram ton tonne gallon liter litre acre hectare""".split()
)


def _noun_label(counted: str) -> str:
    """ "Number of passengers", "Figure in feet", "Sum raised", "Price"."""
    noun, of, what = counted.partition(" of ")
    if noun.startswith("sum "):  # "sum raised", "sum price" (see counts.measure_claims)
        return _SUM_LABELS.get(noun[4:], f"Sum {noun[4:]}")
    if noun in _MEASURES:
        return f"Figure in {plural(noun)}{of}{what}"
    return f"Number of {plural(noun)}{of}{what}"


def _age_label(pairs: Sequence[Pair]) -> str:
    names = [c.about for pair in pairs for c in pair]
    return f"Age of {max(names, key=len)}"


def _time_label(pairs: Sequence[Pair]) -> str:
    event, _, form = pairs[0][0].subject.partition("/")
    return f"When it {event} ({form.partition(ZONED)[0]})"


def _stance_label(pairs: Sequence[Pair]) -> str:
    stance = _stance(pairs[0][0])
    if not stance.anchored:
        return stance.label
    anchors = Counter(name for a, b in pairs for name in shared_anchors(a, b))
    anchor = max(anchors, key=lambda n: (anchors[n], n))
    return stance.label.format(anchor=anchor)


def _identity_label(pairs: Sequence[Pair]) -> str:
    first = pairs[0][0]
    if first.subject.startswith("quote/"):
        return f"Who said \u201c{first.about} ...\u201d"
    if first.subject.startswith("place/"):
        event, _, subject = first.about.partition("/")
        return f"Where it {event} ({subject})"
    if first.subject.startswith("ordinal/"):
        return f"Which {first.about}"
    if first.subject.startswith("role/"):
        return f"Who the {first.about} is"
    if first.subject.startswith("title/"):
        return f"Title of {max((c.about for pair in pairs for c in pair), key=len)}"
    return f"Name spelled two ways ({first.about.replace('/', ' / ')})"


def _denial_label(pairs: Sequence[Pair]) -> str:
    return "Disputed account"


def _numeric(value: str) -> tuple[int, float, str]:
    figure = quantity(value) or _figure_before_noun(value)
    return (1, 0.0, value) if figure is None else (0, figure.low, value)


def _figure_before_noun(value: str) -> Quantity | None:
    """The figure of a value shown with its noun ("30 cars", "13 lightly injured"; see
    ``_with_kinds``)."""
    words = value.split()
    return next(
        (q for k in range(len(words) - 1, 0, -1) if (q := quantity(" ".join(words[:k])))), None
    )


def _answer_order(value: str) -> tuple[int, float, str]:
    return (0 if value in {"yes", "stated"} else 1, 0.0, value)


_LABELS: dict[Kind, Callable[[Sequence[Pair]], str]] = {
    Kind.COUNT: _count_label,
    Kind.AGE: _age_label,
    Kind.TIME: _time_label,
    Kind.STANCE: _stance_label,
    Kind.DENIAL: _denial_label,
    Kind.IDENTITY: _identity_label,
}
_ORDER: dict[Kind, Callable[[str], tuple[int, float, str]]] = {
    Kind.COUNT: _numeric,
    Kind.AGE: _numeric,
    Kind.TIME: _numeric,
    Kind.STANCE: _answer_order,
    Kind.DENIAL: _answer_order,
    Kind.IDENTITY: _answer_order,
}
