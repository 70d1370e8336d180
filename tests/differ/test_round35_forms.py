"""Round 18 (stop 32): counts, times and ages in more forms of the issue's list. Reports that
disagree: a morning and a night of one weekday, a ferry that sank on two days, an age after
"age", a figure of a noun in millions, a toll that "soared" or "has now" reached a figure
(shown as later). And reports that agree, which must give nothing: a morning and an
afternoon, a bare weekday beside a morning, the weekday said twice, a night and the small
hours after it. Every text here is made up."""

import pytest

from newsfuse.differ.claim import Kind
from newsfuse.differ.dayparts import day_part, part_of_day
from newsfuse.differ.numbers import quantity
from tests.differ.stories import claims, counts, differences, found

DAM = "The Lindvik dam on the Osterelv river collapsed {}, flooding the valley below, police said."


# --- Parts of one weekday -----------------------------------------------------------------


def test_a_morning_and_a_night_of_one_weekday_differ() -> None:
    assert found(DAM.format("early Tuesday"), DAM.format("on Tuesday night")) == [
        ("When it collapsed (weekday)", ["Tuesday night", "early Tuesday"])
    ]


def test_a_morning_and_a_late_weekday_differ() -> None:
    assert found(DAM.format("on Tuesday morning"), DAM.format("late on Tuesday")) == [
        ("When it collapsed (weekday)", ["Tuesday morning", "late on Tuesday"])
    ]


def test_a_morning_and_an_afternoon_meet_at_noon() -> None:
    assert found(DAM.format("late Tuesday morning"), DAM.format("on Tuesday afternoon")) == []


def test_a_bare_weekday_agrees_with_any_part_of_it() -> None:
    assert found(DAM.format("on Tuesday morning"), DAM.format("on Tuesday")) == []


def test_one_part_of_the_day_in_two_words_agrees() -> None:
    assert found(DAM.format("early Tuesday"), DAM.format("on Tuesday morning")) == []


def test_a_weekday_said_twice_gives_no_part() -> None:
    said = "Officials said Tuesday night that the Lindvik dam collapsed Tuesday, police said."
    assert part_of_day(said, "Tuesday") is None
    assert found(DAM.format("on Tuesday morning"), said) == []


def test_a_night_and_the_next_small_hours_still_agree() -> None:
    assert found(DAM.format("late Monday night"), DAM.format("early Tuesday")) == []


def test_a_part_of_day_keeps_its_words() -> None:
    assert day_part("It burst late on Tuesday.", "Tuesday") == ("evening", "late on Tuesday")
    assert day_part("It burst Tuesday afternoon.", "Tuesday") is None


def test_two_weekdays_with_their_parts_show_the_weekdays() -> None:
    assert found(DAM.format("on Tuesday morning"), DAM.format("on Wednesday night")) == [
        ("When it collapsed (weekday)", ["Tuesday", "Wednesday"])
    ]


# --- A vessel lost on two days -------------------------------------------------------------

FERRY = "The ferry Aurora, carrying 212 passengers, sank off Skarvik {}, the coast guard said."


def test_a_ferry_that_sank_on_two_days_differs() -> None:
    assert found(FERRY.format("on Tuesday"), FERRY.format("on Wednesday")) == [
        ("When it sank (weekday)", ["Tuesday", "Wednesday"])
    ]
    capsized = "The ferry Aurora capsized off Skarvik on Wednesday with 212 passengers aboard."
    assert found(FERRY.format("on Tuesday"), capsized) == [
        ("When it sank (weekday)", ["Tuesday", "Wednesday"])
    ]


def test_a_ferry_that_sank_on_one_day_agrees() -> None:
    assert found(FERRY.format("on Tuesday"), FERRY.format("on Tuesday")) == []


# --- Ages after "age" ---------------------------------------------------------------------


def test_an_age_after_the_word_age_is_read() -> None:
    assert claims("The driver, Tom Brandt, age 34, of Skarvik, was arrested.", Kind.AGE) == [
        ("brandt", "34")
    ]
    assert found(
        "The driver, Tom Brandt, age 34, of Skarvik, was arrested at the crash scene.",
        "Skarvik police arrested Tom Brandt, 36, at the crash scene.",
    ) == [("Age of Tom Brandt", ["34", "36"])]


def test_the_same_age_after_the_word_age_agrees() -> None:
    assert (
        found(
            "The driver, Tom Brandt, age 34, of Skarvik, was arrested at the crash scene.",
            "Skarvik police arrested Tom Brandt, 34, at the crash scene.",
        )
        == []
    )


def test_an_age_of_something_else_is_no_age() -> None:
    assert claims("The Skarvik bridge, age 90 years, was closed.", Kind.AGE) == []


# --- Figures of a noun in millions ----------------------------------------------------------


def test_a_figure_of_a_noun_keeps_its_scale_word() -> None:
    assert counts("Health officials counted about 207 million cases of the fever.") == [
        ("noun:case of fever/", "about 207 million")
    ]
    assert counts("Health officials counted 207 cases of the fever.") == [
        ("noun:case of fever/", "207")
    ]


def test_a_hedged_figure_in_millions_is_shown_with_its_scale() -> None:
    assert quantity("about 2.5 million") is not None
    assert quantity("about 2.5 million").words == "about 2.5 million"  # type: ignore[union-attr]
    assert quantity("about 2,500").words == "about 2500"  # type: ignore[union-attr]
    assert quantity("about twelve").words == "about 12"  # type: ignore[union-attr]


# --- Tolls a report marks as later --------------------------------------------------------

FLOOD = "The flooding in northern Skarvik province has killed 34 people, officials said."


def test_a_toll_that_soared_is_a_later_figure() -> None:
    (toll,) = differences(FLOOD, "The death toll from the Skarvik province flooding soared to 41.")
    assert [(s.position, s.later) for s in toll.sides] == [("34", False), ("41", True)]


def test_a_toll_that_has_now_reached_a_figure_is_a_later_figure() -> None:
    now = "At least 41 people have now died in the flooding in northern Skarvik province."
    (toll,) = differences(FLOOD, now)
    assert [(s.position, s.later) for s in toll.sides] == [("34", False), ("at least 41", True)]
    reached = "By Tuesday the death toll from the Skarvik province flooding had reached 41."
    (toll,) = differences(FLOOD, reached)
    assert [(s.position, s.later) for s in toll.sides] == [("34", False), ("41", True)]


@pytest.mark.parametrize(
    "later",
    [
        "Police now say 41 people died in the flooding in northern Skarvik province.",
        "The death toll from the flooding in northern Skarvik province is now 41.",
        "Officials raised the death toll from the Skarvik province flooding to 41.",
        "The death toll from the Skarvik province flooding has grown to 41.",
    ],
)
def test_a_toll_a_report_says_is_now_so_is_a_later_figure(later: str) -> None:
    (toll,) = differences(FLOOD, later)
    assert [(s.position, s.later) for s in toll.sides] == [("34", False), ("41", True)]


def test_now_of_something_else_marks_no_later_figure() -> None:
    other = "Officials said 41 people died in the Skarvik province flooding, now the worst."
    (toll,) = differences(FLOOD, other)
    assert [(s.position, s.later) for s in toll.sides] == [("34", False), ("41", False)]


def test_a_toll_of_the_same_figure_agrees() -> None:
    assert found(FLOOD, "The death toll from the Skarvik province flooding soared to 34.") == []


# --- Counts after their verb: evacuated, rescued, "from" after the people -------------------

VOLCANO = "{} from their homes near the Hekla volcano on Monday, the civil defence said."


def test_people_evacuated_by_a_verb_before_them_differ() -> None:
    assert found(
        VOLCANO.format("Some 3,000 people were evacuated"),
        VOLCANO.format("Authorities evacuated 5,000 people"),
    ) == [("Evacuated", ["some 3000", "5000"])]


def test_people_rescued_by_a_verb_before_them_are_counted() -> None:
    rescued = "The coast guard rescued 34 people from the sinking ferry Aurora."
    assert counts(rescued) == [("rescued/", "34")]


def test_the_same_people_evacuated_agree() -> None:
    assert (
        found(
            VOLCANO.format("Some 3,000 people were evacuated"),
            VOLCANO.format("Authorities evacuated 3,000 people"),
        )
        == []
    )


def test_a_distance_after_evacuated_is_no_count_of_people() -> None:
    assert counts("Residents were evacuated 2 kilometres from the Hekla volcano.") == [
        ("noun:length/", "2")
    ]


# --- "hit" of a quake, a storm or a blast -----------------------------------------------------


def test_a_quake_that_hit_and_struck_on_two_days_differs() -> None:
    assert found(
        "The earthquake hit the hill villages of Orsa province on Tuesday, officials said.",
        "The earthquake struck the hill villages of Orsa province on Wednesday, officials said.",
    ) == [("When it struck (weekday)", ["Tuesday", "Wednesday"])]


def test_a_quake_that_hit_at_two_hours_differs() -> None:
    assert found(
        "The magnitude 6 quake, which hit around 3:30 a.m., flattened the villages of Orsa.",
        "The magnitude 6 quake struck at 5:10 a.m. and flattened the villages of Orsa.",
    ) == [("When it struck (time)", ["3:30 a.m.", "5:10 a.m."])]


def test_a_quake_that_hit_at_one_hour_agrees() -> None:
    assert (
        found(
            "The magnitude 6 quake, which hit around 3:30 a.m., flattened the villages of Orsa.",
            "The magnitude 6 quake struck at 3:36 a.m. and flattened the villages of Orsa.",
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Orsa index hit a record high on Tuesday after the earthquake report.",
        "The hill villages of Orsa were hit by the earthquake on Tuesday.",
        "A pedestrian was hit by a car near the Orsa storm shelter on Tuesday.",
    ],
)
def test_hit_of_anything_but_a_quake_storm_or_blast_is_no_time(text: str) -> None:
    assert claims(text, Kind.TIME) == []


# --- Days of the month with an ordinal's letters ----------------------------------------------

BLAST = "The Orsa chemical works exploded on {}, the fire service said."


def test_days_with_ordinal_letters_differ() -> None:
    assert found(BLAST.format("March 3rd"), BLAST.format("March 4th")) == [
        ("When it exploded (date)", ["March 3rd", "March 4th"])
    ]


def test_a_day_with_and_without_its_ordinal_letters_agrees() -> None:
    assert found(BLAST.format("March 3rd"), BLAST.format("March 3")) == []
    assert found(BLAST.format("3rd March"), BLAST.format("March 3")) == []


# --- A weekday after a clock time, a clock time after a weekday -------------------------------

ARREST = "Tom Brandt was arrested at his Orsa flat {}, police said."


def test_the_weekday_after_a_clock_time_is_the_event_s_too() -> None:
    assert found(ARREST.format("at 10:30 p.m. on Tuesday"), ARREST.format("on Wednesday")) == [
        ("When it was arrested (weekday)", ["Tuesday", "Wednesday"])
    ]
    assert found(ARREST.format("about 9 a.m. Tuesday"), ARREST.format("on Wednesday")) == [
        ("When it was arrested (weekday)", ["Tuesday", "Wednesday"])
    ]


def test_the_clock_time_after_a_weekday_is_the_event_s_too() -> None:
    assert found(
        ARREST.format("on Tuesday at about 3 p.m."), ARREST.format("at 9 p.m. Tuesday")
    ) == [("When it was arrested (time)", ["3 p.m.", "9 p.m."])]


def test_one_clock_time_and_weekday_in_either_order_agree() -> None:
    assert (
        found(ARREST.format("on Tuesday at about 3 p.m."), ARREST.format("at 3:10 p.m. Tuesday"))
        == []
    )


def test_a_weekday_after_a_comma_is_not_read_with_the_clock_time() -> None:
    assert claims("Tom Brandt was arrested at 9 a.m., Tuesday's report said.", Kind.TIME) == [
        ("was arrested/time", "9 a.m.")
    ]
