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
# The titles written short before a person's name, with a full stop or without ("Sgt.
# Riley", "Mr Lee"); ``text.names.TITLES`` holds them with the titles written in full.
SHORT_TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Sgt", "Col", "Capt",
    "Cmdr", "Adm", "Prof", "Rev", "St", "Pres", "Supt", "Det",
)  # fmt: skip
