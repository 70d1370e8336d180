"""Units of measure: a figure in kilometres and one in miles (pounds and kilograms, feet and
metres, degrees Celsius and Fahrenheit) measure one thing, and are compared in one unit.

A figure converted by its report is rounded ("10 kilometers (6 miles)"), so two figures in
two units are compared with room for the rounding of each: only figures that no rounding
reconciles differ ("four kilometers" / "about six miles").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.differ.claim import Claim
from newsfuse.differ.numbers import Quantity


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of measure: the quantity it measures (``family``), its ``written`` name and
    its value in the family's base unit (metres, kilograms, degrees Celsius): ``factor``
    times a figure, plus ``offset``."""

    name: str
    family: str
    written: str
    factor: float
    offset: float = 0.0

    def to_base(self, n: float) -> float:
        return n * self.factor + self.offset

    def from_base(self, n: float) -> float:
        return (n - self.offset) / self.factor


_KILOMETRE = Unit("kilometer", "length", "kilometers", 1000.0)
_METRE = Unit("meter", "length", "meters", 1.0)
_KILOGRAM = Unit("kilogram", "weight", "kilograms", 1.0)
# The singular of a figure's unit (as the count readers give it) and what it measures.
UNITS = {
    "kilometer": _KILOMETRE,
    "kilometre": _KILOMETRE,
    "km": _KILOMETRE,
    "mile": Unit("mile", "length", "miles", 1609.344),
    "meter": _METRE,
    "metre": _METRE,
    "foot": Unit("foot", "length", "feet", 0.3048),
    "kilogram": _KILOGRAM,
    "kilo": _KILOGRAM,
    "pound": Unit("pound", "weight", "pounds", 0.45359237),
    "celsius": Unit("celsius", "temperature", "degrees Celsius", 1.0),
    "fahrenheit": Unit("fahrenheit", "temperature", "degrees Fahrenheit", 5 / 9, -160 / 9),
}
# A word between a length's figure and its unit that makes it another unit: an area or a
# volume ("900 square miles", "350,000 cubic feet"), or a nautical mile.
_QUALIFIER = re.compile(
    r"(?:[A-Za-z]+\s+){0,3}[\d,.]+[\s-]+(?:[a-z]+\s+)?(?P<word>square|sq|cubic|nautical)\b"
)
# A measure in two units, of which the figure gives the larger: "6 pounds, 13 ounces", "6
# feet 11 inches".
_COMPOUND = re.compile(
    r"(?:[A-Za-z]+\s+){0,3}[\d,.]+[\s-]+(?:feet|foot|pounds?)[\s,-]+(?:and\s+)?[\d.]+[\s-]*"
    r"(?:inch|inches|ounces?)\b",
    re.IGNORECASE,
)
_NAUTICAL_MILE = Unit("nautical mile", "length", "nautical miles", 1852.0)
_BY_NAME = {unit.name: unit for unit in (*UNITS.values(), _NAUTICAL_MILE)}
# "Pounds" are a weight only where the sentence weighs something: elsewhere they are money.
_WEIGHT = re.compile(r"\bweigh|\b\d[\d,.]*-pound\b", re.IGNORECASE)
# The scale a figure of degrees names right after it ("40 degrees Celsius", "104 F").
_SCALE_AFTER = re.compile(
    r"(?:[A-Za-z]+\s+){0,3}[\d,.]+(?:-|\s+)degrees?\s+(?P<scale>Celsius|Fahrenheit|centigrade|C|F)\b"
)
# Words of measuring, which two sentences share whatever they measure ("80 feet long" of a
# dinosaur, "3.2 feet long" of its foot).
MEASURE_WORDS = frozenset(
    """miles mile kilometers kilometres kilometer kilometre km feet foot meters metres meter
    metre deep tall high long wide depth height length width""".split()
)
# How much two reports' conversions may differ besides rounding: 1.6 for 1.609 km a mile,
# 3.3 for 3.28 feet a metre. A figure given to four digits or more ("8,027 meters") was
# converted with a factor as exact, and is allowed only the last digit's rounding.
CONVERSION_SLACK = 0.007
EXACT_SLACK = 0.0005
EXACT_DIGITS = 4


def unit_of(noun: str, text: str, at: int) -> Unit | None:
    """The unit a figure's noun names (``noun`` is its singular: "mile", "degree"), read
    from its sentence ``text`` at the figure (``at``) where the noun alone does not say it;
    None when the noun is no unit of measure or names none for sure.

    Example:
        >>> unit_of("mile", "It struck six miles down.", 10).family
        'length'
        >>> unit_of("degree", "It hit 40 degrees Celsius.", 7).name
        'celsius'
        >>> unit_of("degree", "It hit 40 degrees.", 7) is None
        True
        >>> unit_of("mile", "It covers 900 square miles.", 10) is None  # an area
        True
        >>> unit_of("mile", "It sank 56 nautical miles off the cape.", 8).written
        'nautical miles'
        >>> unit_of("pound", "She weighs 6 pounds, 13 ounces.", 11) is None
        True
    """
    if noun == "degree":
        scale = _SCALE_AFTER.match(text, at)
        return None if scale is None else _scale(scale.group("scale"))
    if _COMPOUND.match(text, at):
        return None  # "6 pounds, 13 ounces": the figure alone is not the measure
    if noun == "pound":
        return UNITS["pound"] if _WEIGHT.search(text) else None
    unit = UNITS.get(noun)
    if unit is None or unit.family != "length":
        return unit
    qualifier = _QUALIFIER.match(text, at)
    if qualifier is None:
        return unit
    return _NAUTICAL_MILE if qualifier.group("word") == "nautical" else None


def _scale(word: str) -> Unit:
    return UNITS["fahrenheit" if word[0] in "Ff" else "celsius"]


def named(name: str) -> Unit:
    """The unit of a claim's ``unit`` ("mile", "nautical mile", "celsius")."""
    return _BY_NAME[name]


def written(value: str, unit: str, shown_in: str) -> str:
    """A figure's words with its unit, converted for a reader where another unit is the one
    its difference is shown in.

    Example:
        >>> written("about 6", "mile", "kilometer"), written("4", "kilometer", "kilometer")
        ('about 6 miles (about 9.7 kilometers)', '4 kilometers')
    """
    given = _BY_NAME[unit]
    text = f"{value} {given.written}"
    figure = re.search(r"\d[\d.]*", value)
    if given.name == shown_in or not shown_in or figure is None:
        return text
    target = _BY_NAME[shown_in]
    converted = target.from_base(given.to_base(float(figure.group(0))))
    number = f"{converted:.0f}" if abs(converted) >= 100 else f"{converted:.1f}".removesuffix(".0")
    return f"{text} ({value[: figure.start()]}{number} {target.written})"


def in_one_unit(a: Quantity, unit_a: str, b: Quantity, unit_b: str) -> tuple[Quantity, Quantity]:
    """Two figures of one thing as they are compared: as given when their units are one
    (or not units of measure), else both in the base unit (see :func:`in_base`)."""
    if unit_a == unit_b or not unit_a or not unit_b:
        return a, b
    return in_base(a, _BY_NAME[unit_a]), in_base(b, _BY_NAME[unit_b])


def in_base(amount: Quantity, unit: Unit) -> Quantity:
    """The figure in its family's base unit, widened by the rounding its words allow (half
    its last significant digit: "6" may be 5.5 to 6.5, "10" 5 to 15) and by
    ``CONVERSION_SLACK``.

    Example:
        >>> from newsfuse.differ.numbers import quantity
        >>> km = in_base(quantity("10"), UNITS["km"])
        >>> miles = in_base(quantity("6"), UNITS["mile"])
        >>> km.compatible(miles), in_base(quantity("4"), UNITS["km"]).compatible(miles)
        (True, False)
    """
    low, high = amount.low, amount.high
    slack = CONVERSION_SLACK
    if amount.exact and low == high:
        if _significant_digits(low) >= EXACT_DIGITS:
            slack = EXACT_SLACK
        low, high = low - _rounding(low), high + _rounding(high)
    ends = sorted((unit.to_base(low), unit.to_base(high)))
    spread = slack * max(abs(ends[0]), abs(ends[1]))
    return Quantity(ends[0] - spread, ends[1] + spread, amount.words, exact=False)


def _rounding(n: float) -> float:
    """Half the place of a figure's last significant digit: 0.5 for 6, 5 for 10, 0.05 for
    2.5."""
    if not float(n).is_integer():
        decimals = len(repr(float(n)).partition(".")[2])
        return 0.5 * 10.0**-decimals
    place, whole = 1, int(abs(n))
    while whole and whole % 10 == 0:
        place, whole = place * 10, whole // 10
    return place / 2


def _significant_digits(n: float) -> int:
    """ "8027" and "80.27" have four, "26330" four, "10" one."""
    digits = repr(float(n)).replace(".", "").removesuffix("0").strip("0")
    return len(digits)


def without_conversions(claims: list[Claim]) -> list[Claim]:
    """The claims without a figure's conversion into another unit in brackets after it
    ("34 miles (55 kilometers)", "an 8,027-meter (26,330-foot) peak"): one figure, given
    twice, is one claim.

    Example:
        >>> from newsfuse.differ.claims import find_claims
        >>> from newsfuse.documents import Sentence
        >>> s = Sentence("1", 0, 0, 0, "It struck 34 miles (55 kilometers) away.")
        >>> [c.value for c in without_conversions(find_claims([[s]]))]
        ['34']
    """
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.unit:
            by_sentence.setdefault(id(claim.sentence), []).append(claim)
    converted = {
        id(then)
        for measured in by_sentence.values()
        if len(measured) > 1
        for then in measured
        if any(_converts(first, then) for first in measured)
    }
    return [c for c in claims if id(c) not in converted] if converted else claims


def _converts(first: Claim, then: Claim) -> bool:
    """Whether ``then`` is ``first`` converted, in brackets right after it."""
    if first.sentence is not then.sentence or first.subject != then.subject:
        return False
    between = then.text[first.at : then.at]
    return first.unit != then.unit and 0 < len(between) <= _BRACKET_REACH and "(" in between


# How far after a figure its conversion in brackets starts ("34 miles (55").
_BRACKET_REACH = 30
