"""The frame of a count: the years, days and place its sentence sets it in. Two figures set in
different frames ("8,000 killed in Nepal in April 2015", "247 dead in central Italy"; "10
killed in New York City", "46 killed in the U.S.") are figures of two facts, not a difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.differ import patterns as p

_YEAR = re.compile(r"\b(?:18|19|20)\d\d\b")
_WEEKDAY = re.compile(rf"\b{p.WEEKDAY}\b")
# A time before the story's own, named without a year: "a similar crash last year killed 20",
# "two years ago", "earlier this year". A figure so dated counts another event.
_PAST = re.compile(
    r"\b(?:last|previous|prior)\s+(?:year|month|decade|summer|winter|spring|fall|autumn)\b"
    r"|\b(?:a|one|two|three|four|five|several|\d+)\s+(?:years?|months?|decades?)\s+"
    r"(?:ago|earlier|before)\b|\bearlier\s+this\s+(?:year|month)\b",
    re.IGNORECASE,
)
# A place a figure is counted in: "in the U.S.", "across New York City", "in Syria's Aleppo".
# "On portions of central Iowa", "the city of Madison" name a place too: an amount measured
# over an area (snow, rain, a crowd) differs from place to place. "On Sunday" names none.
_PLACE = re.compile(
    r"\b(?:in|across|throughout|around|near|outside|inside|on|at|of)\s+(?:the\s+)?"
    r"(?:(?:parts|portions|much|most|areas)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?\s+|central\s+)?"
    rf"(?!{p.WEEKDAY}|{p.MONTH})(?P<place>[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)"
)
# How far from a figure its place, and its years and days, may stand.
PLACE_REACH = 60
FRAME_REACH = 80


@dataclass(frozen=True, slots=True)
class Frame:
    """The years and weekdays named around a figure, the place named next to it, and the
    times before the story's own named around it ("last year")."""

    years: frozenset[str]
    weekdays: frozenset[str]
    place: str
    past: frozenset[str] = frozenset()

    def differs(self, other: Frame, by_day: bool = True) -> bool:
        """Whether two frames cannot be one: other years or times past, other days (unless
        not ``by_day``), other places."""
        if self.years != other.years or self.past != other.past:
            return True
        if by_day and self.weekdays and other.weekdays and not self.weekdays & other.weekdays:
            return True
        return bool(self.place and other.place and self.place != other.place)


def frame(text: str, at: int) -> Frame:
    """The frame of the figure that stands at ``at`` in ``text``.

    Example:
        >>> a = frame("Sandy killed 10 people in New York City.", 13)
        >>> b = frame("Forty-six people had been killed in the U.S., 23 in New York.", 0)
        >>> a.place, b.place, a.differs(b)
        ('new york city', 'us', True)
    """
    near = text[max(0, at - FRAME_REACH) : at + FRAME_REACH]
    return Frame(
        frozenset(_YEAR.findall(near)),
        frozenset(_WEEKDAY.findall(near)),
        _place(text, at),
        frozenset(match.lower() for match in _PAST.findall(near)),
    )


def _place(text: str, at: int) -> str:
    """The place named nearest after the figure (or else just before it), in lower case. A
    place after it need only start within reach: cut at the reach, "near Kaltan" was "k"."""
    after = _PLACE.search(text, at)
    if after is not None and after.start() >= at + PLACE_REACH:
        after = None
    if after is None:
        before = list(_PLACE.finditer(text, max(0, at - PLACE_REACH), at))
        after = before[-1] if before else None
    if after is None:
        return ""
    return re.sub(r"['’]s$", "", after.group("place")).replace(".", "").rstrip(",").lower()
