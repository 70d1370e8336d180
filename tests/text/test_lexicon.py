import calendar

from newsfuse.text.lexicon import CALENDAR, CALENDAR_LOWER, MONTHS, WEEKDAYS


def test_months_and_weekdays_are_the_calendar_s_in_order() -> None:
    # differ.compare counts the days between two weekdays by their places in WEEKDAYS.
    assert tuple(calendar.month_name[1:]) == MONTHS
    assert tuple(calendar.day_name) == WEEKDAYS


def test_the_calendar_words_are_its_months_and_days_in_both_cases() -> None:
    assert len(CALENDAR) == 19
    assert {"May", "Sunday"} <= CALENDAR
    assert {word.lower() for word in CALENDAR} == CALENDAR_LOWER
