"""Comparing aligned claims: whether two answers to the same question cannot both be true.

Rounding and vagueness are not differences ("about 200" vs "200"), nor are two clock times
within half an hour when either is hedged ("shortly after 10 p.m." vs "10:20 p.m.").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.dayparts import SMALL_HOURS, parts_differ
from newsfuse.differ.times import months_differ
from newsfuse.differ.units import in_one_unit
from newsfuse.text.lexicon import MONTHS, WEEKDAYS

# How far apart two figures of any noun may be and still be figures of one thing.
GENERIC_RATIO = 2.0
# Minutes two clock times may differ by and still be the same report.
CLOCK_TOLERANCE = 20
HEDGED_CLOCK_TOLERANCE = 45
_MONTHS = {month[:3].lower(): month for month in MONTHS}


def conflicting(a: Claim, b: Claim) -> bool:
    """Whether two aligned claims give answers that cannot both be true."""
    return _CONFLICTS[a.kind](a, b)


def _counts(a: Claim, b: Claim) -> bool:
    if a.quantity is None or b.quantity is None:
        return False
    first, second = in_one_unit(a.quantity, a.unit, b.quantity, b.unit)
    if first.compatible(second) or not _kinds_may_differ(a, b):
        return False
    if a.about.startswith("noun:"):
        # Two figures of any noun far apart are most often figures of two things ("2
        # coins" found first, "1,427 coins" in all); a wrong figure is near the right one.
        # The nearest values the two allow (the ranges do not meet), whichever is first.
        low = min(first.high, second.high)
        high = max(first.low, second.low)
        return low > 0 and high / low < GENERIC_RATIO
    return True


def _kinds_may_differ(a: Claim, b: Claim) -> bool:
    """Figures of one noun, or of a noun and a kind of it ("25 vehicles", "30 cars": the
    kind in ``context``, see ``counts._as_kind_of``) where the wider figure is the smaller:
    "40 vehicles" and "30 cars" may both be true, and cars and trucks are two things."""
    if a.context == b.context:
        return True
    if a.context and b.context:
        return False
    assert a.quantity is not None and b.quantity is not None  # checked by the caller
    kind, wider = (a.quantity, b.quantity) if a.context else (b.quantity, a.quantity)
    return wider.high < kind.low


def _values(a: Claim, b: Claim) -> bool:
    return a.value != b.value


def _times(a: Claim, b: Claim) -> bool:
    form = a.subject.partition("/")[2]
    if form.startswith("time"):  # "time", or "time@gmt": a clock time and its zone
        first, second = clock_minutes(a.value), clock_minutes(b.value)
        if first is None or second is None:
            return False
        apart = min(abs(first - second), 24 * 60 - abs(first - second))
        tolerance = HEDGED_CLOCK_TOLERANCE if a.hedged or b.hedged else CLOCK_TOLERANCE
        return apart > tolerance
    if form == "month":
        return months_differ(a.value, b.value)
    if form == "weekday" and _around_one_midnight(a, b):
        return False  # "late Tuesday night" and "early Wednesday" may be one hour
    if form == "weekday" and a.value.lower() == b.value.lower():
        return parts_differ(a.text, b.text, a.value)  # "Tuesday morning" / "Tuesday night"
    return canonical_day(a.value) != canonical_day(b.value)


_WEEKDAYS = tuple(day.lower() for day in WEEKDAYS)
# The words that set a weekday's event at its night ("late Tuesday", "Tuesday night") or the
# next day's small hours ("early Wednesday", "Wednesday morning", "overnight", "in the early
# hours of Wednesday").
_NIGHT = r"(?:late\s+(?:on\s+)?{day}|{day}\s+(?:night|evening)|overnight)"
_SMALL_HOURS = (
    r"(?:early\s+(?:on\s+)?{day}|{day}\s+morning|overnight|before\s+dawn"
    rf"|{SMALL_HOURS}\s+{{day}})"
)


def _around_one_midnight(a: Claim, b: Claim) -> bool:
    """Whether two weekdays follow each other and the first is given at night or the second
    in its small hours: both may name the hour around one midnight."""
    days = [_WEEKDAYS.index(c.value.lower()) for c in (a, b) if c.value.lower() in _WEEKDAYS]
    if len(days) != 2 or (days[1] - days[0]) % 7 not in {1, 6}:
        return False
    first, second = (a, b) if (days[1] - days[0]) % 7 == 1 else (b, a)
    night = _NIGHT.format(day=re.escape(first.value))
    small_hours = _SMALL_HOURS.format(day=re.escape(second.value))
    if re.search(small_hours, second.text, re.IGNORECASE):
        return True
    # "Monday night" and "Tuesday night" are two nights, a day apart.
    second_night = _NIGHT.format(day=re.escape(second.value))
    return bool(
        re.search(night, first.text, re.IGNORECASE)
        and not re.search(second_night, second.text, re.IGNORECASE)
    )


def clock_minutes(value: str) -> int | None:
    """Minutes after midnight of "9:06 p.m.", "10 a.m.", "noon"; None if unreadable.

    Example:
        >>> clock_minutes("9:06 p.m."), clock_minutes("12 a.m."), clock_minutes("noon")
        (1266, 0, 720)
        >>> clock_minutes("21:58"), clock_minutes("01:30")
        (1318, 90)
    """
    if value in {"noon", "midnight"}:
        return 720 if value == "noon" else 0
    if re.fullmatch(r"\d\d:\d\d", value):  # the 24-hour clock ("21:58", "01:30")
        return int(value[:2]) * 60 + int(value[3:])
    match = re.match(r"(\d{1,2})(?::(\d\d))?\s([ap])\.m\.", value)
    if match is None:
        return None
    hour, minute = int(match.group(1)) % 12, int(match.group(2) or 0)
    return (hour + (12 if match.group(3) == "p" else 0)) * 60 + minute


@lru_cache(maxsize=1024)  # read once per pair: a story's few values meet in many pairs
def canonical_day(value: str) -> str:
    """ "Sept. 3", "September 3", "3 September" and "September 3rd" alike.

    Example:
        >>> canonical_day("Sept. 3rd") == canonical_day("3 September") == "September 3"
        True
    """
    words = [_ORDINAL.sub(r"\1", word) for word in value.replace(".", "").split()]
    if len(words) == 2 and words[0].isdigit():
        words.reverse()
    if len(words) == 2:
        words[0] = _MONTHS.get(words[0][:3].lower(), words[0])
    return " ".join(words)


# The letters of an ordinal day ("3rd"), which the day's number does not need.
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")

_CONFLICTS: dict[Kind, Callable[[Claim, Claim], bool]] = {
    Kind.COUNT: _counts,
    Kind.AGE: _values,
    Kind.TIME: _times,
    Kind.STANCE: _values,
    Kind.DENIAL: _values,
    Kind.IDENTITY: _values,
}
