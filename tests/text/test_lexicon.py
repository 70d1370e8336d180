import calendar

from newsfuse.attribute import _subject_of_coordination
from newsfuse.differ.predicates import verb_base, verb_forms
from newsfuse.text.lede import tells_a_past
from newsfuse.text.lexicon import (
    CALENDAR,
    CALENDAR_LOWER,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    IRREGULAR_VERBS,
    MONTHS,
    WEEKDAYS,
)


def test_months_and_weekdays_are_the_calendar_s_in_order() -> None:
    # differ.compare counts the days between two weekdays by their places in WEEKDAYS.
    assert tuple(calendar.month_name[1:]) == MONTHS
    assert tuple(calendar.day_name) == WEEKDAYS


def test_the_calendar_words_are_its_months_and_days_in_both_cases() -> None:
    assert len(CALENDAR) == 19
    assert {"May", "Sunday"} <= CALENDAR
    assert {word.lower() for word in CALENDAR} == CALENDAR_LOWER


def test_the_irregular_verbs_give_past_forms_and_participles_by_base() -> None:
    assert IRREGULAR_VERBS["steal"] == ("stole", "stolen")
    assert {"stood", "paid", "went"} <= IRREGULAR_PAST
    # A participle that is its base form too ("come", "run") is as often present.
    assert {"stolen", "gone", "paid"} <= IRREGULAR_PARTICIPLES
    assert not {"come", "run", "put"} & IRREGULAR_PARTICIPLES


def test_the_readers_of_past_forms_share_the_one_table() -> None:
    # attribute ends a subject at "stood", text.lede reads "stole" as something that
    # happened, differ.predicates maps "stole" back to "steal": all from IRREGULAR_VERBS.
    assert _subject_of_coordination("Another juror stood up and") == "Another juror"
    assert tells_a_past("The boy stole a boat from the harbour.")
    assert verb_base("stole") == "steal"
    assert verb_forms("steal") == ("steal", *IRREGULAR_VERBS["steal"])
    # Light verbs are no acts a denial could be set against.
    assert verb_base("took") == "took"
