"""Numbers and their units: "at least 12", "about 200", "dozens", "$1.5 million", "10 to 15".

A figure is read as the range of values its words allow, so rounding and vagueness
("about 200" vs "200", "at least 6" vs "7", "dozens" vs "40") never count as a difference.
Written here: the number libraries on PyPI parse words to numbers, not hedges to ranges.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100,
    "a dozen": 12, "a thousand": 1000, "half a dozen": 6, "a couple of": 2, "a pair of": 2,
}  # fmt: skip
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
# Vague amounts and the counts they allow.
# "Hundreds", "thousands" and "millions" are said loosely of far more ("thousands of people
# died" of a toll given elsewhere as 900,000): each only sets a floor.
VAGUE = {
    "dozens": (13, 99), "scores": (40, 199), "hundreds": (101, 10**12),
    "thousands": (1001, 10**12), "tens of thousands": (10_001, 10**12),
    "millions": (1_000_001, 10**12), "several": (2, 9), "a few": (2, 5),
    "a handful": (2, 6), "many": (2, 10**12), "numerous": (2, 10**12),
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# "Two dozen" is 24, not two; "several dozen" and "a few dozen" give no figure (no vague
# amount of dozens is read, rather than a wrong one).
MULTIPLES = {**SCALES, "dozen": 12}
# How a hedge widens a figure n: a function of n giving (low, high).
_UNBOUNDED = float("inf")


def _at_least(n: float) -> tuple[float, float]:
    # "At least 12" is set against "30" only when the two are far apart: a lower bound
    # that a later, fuller count doubles is a different claim, one that it nears is not.
    return n, max(2 * n, n + 3)


_HEDGE_RANGES: dict[str, Callable[[float], tuple[float, float]]] = {
    "at least": _at_least,
    "more than": _at_least,
    "over": _at_least,
    "upwards of": _at_least,
    "in excess of": _at_least,
    "no fewer than": _at_least,
    "about": lambda n: (0.8 * n, 1.2 * n),
    "around": lambda n: (0.8 * n, 1.2 * n),
    "approximately": lambda n: (0.8 * n, 1.2 * n),
    "roughly": lambda n: (0.8 * n, 1.2 * n),
    "some": lambda n: (0.8 * n, 1.2 * n),
    "an estimated": lambda n: (0.7 * n, 1.3 * n),
    "estimated": lambda n: (0.7 * n, 1.3 * n),
    "close to": lambda n: (0.8 * n, n),
    "nearly": lambda n: (0.8 * n, n),
    "almost": lambda n: (0.8 * n, n),
    "just under": lambda n: (0.8 * n, n),
    "up to": lambda n: (0.0, n),
    "as many as": lambda n: (0.0, n),
    "as much as": lambda n: (0.0, n),
    "fewer than": lambda n: (0.0, n),
    "less than": lambda n: (0.0, n),
    "under": lambda n: (0.0, n),
    "at most": lambda n: (0.0, n),
    "only": lambda n: (n, n),
}
HEDGE_WORDS = tuple(sorted(_HEDGE_RANGES, key=len, reverse=True))
# One figure: digits ("2,400", "1.5"), number words ("twenty-eight", "a dozen") or a vague
# amount ("dozens"), then an optional scale word ("million").
_WORDS = sorted(
    [*SMALL, *VAGUE, *(f"{t}{j}{o}" for t in TENS for o in list(SMALL)[1:10] for j in "- ")],
    key=len,
    reverse=True,
)
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?![\d.,]\d)|"
    + "|".join(re.escape(w) for w in _WORDS)
    + r")(?:\s(?:hundred|thousand|million|billion|trillion|dozen)\b)?"
)
_NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)
_HEDGE_OPENING = re.compile("(" + "|".join(re.escape(h) for h in HEDGE_WORDS) + ") ")


@dataclass(frozen=True, slots=True)
class Quantity:
    """The values a figure's words allow, and the words themselves.

    Example:
        >>> quantity("about 200").low, quantity("about 200").high
        (160.0, 240.0)
        >>> quantity("dozens").compatible(quantity("40"))
        True
    """

    low: float
    high: float
    words: str
    exact: bool = True

    def compatible(self, other: Quantity) -> bool:
        """Whether both figures could describe the same count (the ranges overlap)."""
        return self.low <= other.high and other.low <= self.high

    @property
    def value(self) -> str:
        """A short canonical form for a reader and for grouping: "2400", "dozens"."""
        if self.exact and self.low == self.high:
            return _plain(self.low)
        return self.words


def quantity(words: str) -> Quantity | None:
    """The range a figure with its hedge allows ("at least 12", "2,400", "hundreds", "15 to
    20"), or None when the words hold no figure (or only a year, such as "2012")."""
    text = " ".join(words.lower().replace("-", " - ").split()).replace(" - ", "-")
    opening = _HEDGE_OPENING.match(text)
    hedge = opening.group(1) if opening else ""
    body = text[len(hedge) :].strip()
    if " to " in body:
        return _span(hedge, *body.split(" to ", 1))
    if body in VAGUE:
        return Quantity(float(VAGUE[body][0]), float(VAGUE[body][1]), body, exact=False)
    n = number_value(body)
    if n is None:
        return None
    if hedge:
        low, high = _HEDGE_RANGES[hedge](n)
        # "about 2.5 million" keeps its scale word: "about 2500000" is hard to read.
        shown = body if _rounded_to(body) else _plain(n)
        return Quantity(float(low), float(high), f"{hedge} {shown}", exact=hedge == "only")
    rounding = _rounded_to(body)
    if rounding:
        return Quantity(n - rounding / 2, n + rounding / 2, body, exact=False)
    return Quantity(n, n, _plain(n))


def _span(hedge: str, first: str, last: str) -> Quantity | None:
    """A range a report gives ("15 to 20", "about 15 to 20", "10 to 15 million"): every value
    from its first figure's lowest to its last's highest, so that a figure inside it agrees
    with it and one outside it does not. The first figure takes the last's scale word ("10
    to 15 million" is of millions). None unless the first figure is below the last ("20 to
    15" is no range).

    Example:
        >>> q = quantity("15 to 20")
        >>> q.low, q.high, q.value
        (15.0, 20.0, '15 to 20')
        >>> quantity("10 to 15 million").value, quantity("20 to 15")
        ('10 to 15 million', None)
    """
    scale = last.rpartition(" ")[2]
    if scale in SCALES and first.replace(",", "").replace(".", "").isdigit():
        first = f"{first} {scale}"
    low, high = quantity(f"{hedge} {first}"), quantity(f"{hedge} {last}")
    if low is None or high is None or not (number_value(first) or 0) < (number_value(last) or 0):
        return None
    words = f"{hedge} {first.removesuffix(' ' + scale)} to {last}".strip()
    return Quantity(min(low.low, high.low), max(low.high, high.high), words, exact=False)


def _rounded_to(body: str) -> float:
    """What a figure written with a scale word is rounded to, 0 for any other: "$4 million"
    may be 4.2 million written short, "4.2 million" 4.23 million (half its last digit
    either way).

    Example:
        >>> _rounded_to("4 million"), _rounded_to("4.2 million"), _rounded_to("4,200")
        (1000000.0, 100000.0, 0.0)
    """
    digits, _, scale = body.rpartition(" ")
    if scale not in SCALES or not digits or not digits[0].isdigit():
        return 0.0
    decimals = len(digits.partition(".")[2])
    return float(SCALES[scale]) / float(10**decimals)


def number_value(text: str) -> float | None:
    """ "2,400" -> 2400, "twenty-eight" -> 28, "1.5 million" -> 1500000, "two dozen" -> 24;
    None otherwise.

    Example:
        >>> number_value("twenty-eight"), number_value("1.5 million"), number_value("2012")
        (28.0, 1500000.0, None)
        >>> number_value("two dozen"), number_value("a dozen"), number_value("several dozen")
        (24.0, 12.0, None)
        >>> number_value("twenty one"), number_value("twenty one thousand")
        (21.0, 21000.0)
    """
    words = text.lower().strip()
    scale = 1
    head, _, last = words.rpartition(" ")
    if last in MULTIPLES and head and words not in SMALL:  # "a dozen" is one number word
        words, scale = head, MULTIPLES[last]
    base = _base_value(words)
    if base is None:
        return None
    if scale == 1 and 1900 <= base <= 2100 and "," not in words and base.is_integer():
        return None  # a year, not a count
    return base * scale


def _base_value(words: str) -> float | None:
    if words in SMALL:
        return float(SMALL[words])
    tens, dash, ones = words.replace(" ", "-", 1).partition("-")  # "twenty one" too
    if dash and tens in TENS and ones in SMALL:
        return float(SMALL[tens] + SMALL[ones])
    digits = words.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def _plain(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)
