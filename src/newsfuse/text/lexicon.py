"""Closed lists of capitalised words that several readers share: the calendar's months and
weekdays, and the short titles written before a person's name. One list each, so that the
readers of names, dates and speakers cannot drift apart."""

from __future__ import annotations

# In the calendar's order (``differ.compare`` counts the days between two weekdays).
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Capitalised in every sentence, yet no one's name.
CALENDAR = frozenset(MONTHS + WEEKDAYS)
CALENDAR_LOWER = frozenset(word.lower() for word in CALENDAR)
