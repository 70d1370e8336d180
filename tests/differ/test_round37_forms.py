"""Round 19 (stop 33): counts and times in more forms of the issue's list. Reports that
disagree: clock times written "9:30 PM", on the 24-hour clock ("21:30", "01:30", "11:00
BST"), with a zone after a time written short ("9.30pm local time"). And reports that agree,
which must give nothing: one time in two clocks, a length of a race ("2:04"), a time
without its half of the day. Every text here is made up."""

from newsfuse.differ.compare import clock_minutes
from tests.differ.stories import found

BRIDGE = "The Varna bridge over the Osterelv collapsed at {}, officials said."


# --- Clock times ------------------------------------------------------------------------------


def test_a_half_of_the_day_in_capitals_is_read() -> None:
    assert found(BRIDGE.format("9:30 PM"), BRIDGE.format("11:10 PM")) == [
        ("When it collapsed (time)", ["11:10 p.m.", "9:30 p.m."])
    ]
    assert found(BRIDGE.format("9:30 PM"), BRIDGE.format("9:30 p.m.")) == []


def test_times_on_the_24_hour_clock_differ() -> None:
    assert found(BRIDGE.format("21:30"), BRIDGE.format("23:10")) == [
        ("When it collapsed (time)", ["21:30", "23:10"])
    ]
    assert found(BRIDGE.format("01:30 local time"), BRIDGE.format("3:10 a.m. local time")) == [
        ("When it collapsed (time)", ["01:30", "3:10 a.m."])
    ]


def test_one_time_on_two_clocks_agrees() -> None:
    assert found(BRIDGE.format("21:30"), BRIDGE.format("9:30 p.m.")) == []
    assert found(BRIDGE.format("21:30 local time"), BRIDGE.format("9:30pm local time")) == []
    assert found(BRIDGE.format("11:00 BST"), BRIDGE.format("11am BST")) == []


def test_a_zone_names_a_time_of_the_morning_on_the_24_hour_clock() -> None:
    assert found(BRIDGE.format("11:00 BST"), BRIDGE.format("14:00 BST")) == [
        ("When it collapsed (time)", ["11:00", "14:00"])
    ]


def test_a_time_written_short_with_its_zone_is_compared() -> None:
    assert found(BRIDGE.format("9.30pm local time"), BRIDGE.format("11.10pm local time")) == [
        ("When it collapsed (time)", ["11:10 p.m.", "9:30 p.m."])
    ]


def test_hours_that_may_be_either_half_or_a_length_are_not_read() -> None:
    # "11:00" alone may be 11 p.m. told without its half; "2:04" of a race is a length.
    assert found(BRIDGE.format("11:00"), BRIDGE.format("11 p.m.")) == []
    race = "Reed finished the Varna marathon at {}, the organisers said."
    assert found(race.format("2:04"), race.format("2:09")) == []
    assert found(BRIDGE.format("01:45:30"), BRIDGE.format("03:45:30")) == []


def test_minutes_after_midnight_of_the_24_hour_clock() -> None:
    assert clock_minutes("21:58") == 1318
    assert clock_minutes("00:05") == 5
