"""Parts of one weekday: "the dam burst Tuesday morning" and "the dam burst Tuesday night"
cannot both be true, though both say Tuesday. Only a morning against an evening or a night
differs: a morning and an afternoon meet at noon ("late Tuesday morning" / "Tuesday
afternoon" may be one hour), as an afternoon and an evening meet."""

from __future__ import annotations

import re
from functools import lru_cache

MORNING = "morning"
EVENING = "evening"
# The words that set an event in a part of its day, before or after the weekday. "Early
# Tuesday" is its small hours, "late Tuesday" its evening; the afternoon is left out: it meets
# both the morning and the evening.
_AFTER = {"morning": MORNING, "evening": EVENING, "night": EVENING}
_BEFORE = {"early": MORNING, "late": EVENING}
# "the early hours of", "the small hours of" a weekday: its small hours (``compare`` reads
# them too, with or without "the").
SMALL_HOURS = r"(?:early|small|wee)\s+hours\s+of"
# "in the early hours of Tuesday", "the small hours of Tuesday": its small hours too.
_SMALL_HOURS_OF = rf"(?:in\s+)?the\s+{SMALL_HOURS}"


@lru_cache(maxsize=32)
def _around(day: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?P<before>early|late|{_SMALL_HOURS_OF})\s+(?:on\s+)?)?{re.escape(day)}"
        r"(?:\s+(?P<after>morning|afternoon|evening|night))?\b",
        re.IGNORECASE,
    )


def part_of_day(text: str, day: str) -> str | None:
    """The part of ``day`` a sentence gives its event (``MORNING`` or ``EVENING``), or None
    when it names none, names the afternoon, or names the weekday twice (which of the two
    is the event's is not read).

    Example:
        >>> part_of_day("The dam burst early Tuesday.", "Tuesday")
        'morning'
        >>> part_of_day("The dam burst on Tuesday night.", "Tuesday")
        'evening'
        >>> part_of_day("The dam burst on Tuesday afternoon.", "Tuesday") is None
        True
    """
    found = day_part(text, day)
    return None if found is None else found[0]


def day_part(text: str, day: str) -> tuple[str, str] | None:
    """The part of ``day`` a sentence gives its event and the words that give it ("early
    Tuesday", "Tuesday night"), or None (see :func:`part_of_day`)."""
    found = list(_around(day).finditer(text))
    if len(found) != 1:
        return None
    before, after = found[0].group("before"), found[0].group("after")
    # "late Tuesday morning" is still a morning
    part = _AFTER.get(after.lower()) if after else _part_before(before) if before else None
    return None if part is None else (part, " ".join(found[0].group(0).split()))


def _part_before(words: str) -> str | None:
    """The part of the day the words before a weekday give: "early" or "the early hours
    of" its morning, "late" its evening."""
    return MORNING if words.lower().endswith(" of") else _BEFORE.get(words.lower())


def parts_differ(first: str, second: str, day: str) -> bool:
    """Whether two sentences set one weekday's event in a morning and in an evening."""
    parts = {part_of_day(first, day), part_of_day(second, day)}
    return parts == {MORNING, EVENING}
