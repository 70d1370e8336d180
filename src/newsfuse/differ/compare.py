"""Comparing aligned claims: whether two answers to the same question cannot both be true.

Rounding and vagueness are not differences ("about 200" vs "200"), nor are two clock times
within half an hour when either is hedged ("shortly after 10 p.m." vs "10:20 p.m.").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.units import in_one_unit

# How far apart two figures of any noun may be and still be figures of one thing.
GENERIC_RATIO = 2.0
# Minutes two clock times may differ by and still be the same report.
CLOCK_TOLERANCE = 20
HEDGED_CLOCK_TOLERANCE = 45
_MONTHS = {
    m[:3].lower(): m
    for m in "January February March April May June July August September October November "
    "December".split()
}


def conflicting(a: Claim, b: Claim) -> bool:
    """Whether two aligned claims give answers that cannot both be true."""
    return _CONFLICTS[a.kind](a, b)


def _counts(a: Claim, b: Claim) -> bool:
    if a.quantity is None or b.quantity is None:
        return False
    first, second = in_one_unit(a.quantity, a.unit, b.quantity, b.unit)
    if first.compatible(second):
        return False
    if a.about.startswith("noun:"):
        # Two figures of any noun far apart are most often figures of two things ("2
        # coins" found first, "1,427 coins" in all); a wrong figure is near the right one.
        # The nearest values the two allow (the ranges do not meet), whichever is first.
        low = min(first.high, second.high)
        high = max(first.low, second.low)
        return low > 0 and high / low < GENERIC_RATIO
    return True


def _values(a: Claim, b: Claim) -> bool:
    return a.value != b.value


def _times(a: Claim, b: Claim) -> bool:
    if a.subject.endswith("/time"):
        first, second = clock_minutes(a.value), clock_minutes(b.value)
        if first is None or second is None:
            return False
        apart = min(abs(first - second), 24 * 60 - abs(first - second))
        tolerance = HEDGED_CLOCK_TOLERANCE if a.hedged or b.hedged else CLOCK_TOLERANCE
        return apart > tolerance
    return canonical_day(a.value) != canonical_day(b.value)


def clock_minutes(value: str) -> int | None:
    """Minutes after midnight of "9:06 p.m.", "10 a.m.", "noon"; None if unreadable.

    Example:
        >>> clock_minutes("9:06 p.m."), clock_minutes("12 a.m."), clock_minutes("noon")
        (1266, 0, 720)
    """
    if value in {"noon", "midnight"}:
        return 720 if value == "noon" else 0
    match = re.match(r"(\d{1,2})(?::(\d\d))?\s([ap])\.m\.", value)
    if match is None:
        return None
    hour, minute = int(match.group(1)) % 12, int(match.group(2) or 0)
    return (hour + (12 if match.group(3) == "p" else 0)) * 60 + minute


def canonical_day(value: str) -> str:
    """ "Sept. 3", "September 3" and "3 September" alike."""
    words = value.replace(".", "").split()
    if len(words) == 2 and words[0].isdigit():
        words.reverse()
    if len(words) == 2:
        words[0] = _MONTHS.get(words[0][:3].lower(), words[0])
    return " ".join(words)


_CONFLICTS: dict[Kind, Callable[[Claim, Claim], bool]] = {
    Kind.COUNT: _counts,
    Kind.AGE: _values,
    Kind.TIME: _times,
    Kind.STANCE: _values,
    Kind.DENIAL: _values,
    Kind.IDENTITY: _values,
}
