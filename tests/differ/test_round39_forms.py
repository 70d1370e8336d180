"""Round 21, continued (stop 34): times and counts in more forms news uses. Reports that
disagree: a clock time told without its half of the day where the words after it give the
half ("at 9:30 Tuesday night", "around 10 last night", "at 6:30 this morning", "at 3 o'clock
in the afternoon") or before it ("Tuesday night at about 9:30"), the 24-hour clock in four
figures ("at 0130 GMT"), "midday", "the early hours of Sunday", a month shortened without
its full stop ("on Oct 3"), a total around a part of its victims ("six people, including two
children, were killed"), people shot, the length of an event told by "went on for" or "ended
after" and in months, and the plural of the dated events ("were shot Tuesday"). And reports
that agree, which must give nothing: one time in two writings, rounding ("about 9 last
night" / "9:20 p.m."), one night and its small hours, a bare clock with no part of the day,
a figure after other words than "at" or "about", a time of another event, a total that names
those who did it, "shot" of a photograph, "shot and killed". Every text here is made up."""

from newsfuse.differ.claim import Kind
from newsfuse.differ.times import with_half
from tests.differ.stories import claims, counts, found

BRIDGE = "The Varna bridge over the Osterelv river collapsed {}, officials said."


def times(text: str) -> list[tuple[str, str]]:
    return claims(text, Kind.TIME)


# --- A clock time without its half of the day ---------------------------------------------


def test_a_clock_time_with_its_part_of_the_day_after_it_differs() -> None:
    assert found(
        BRIDGE.format("at 9:30 Tuesday night"), BRIDGE.format("at 11:15 Tuesday night")
    ) == [("When it collapsed (time)", ["11:15 p.m.", "9:30 p.m."])]
    assert found(BRIDGE.format("at 9:30 last night"), BRIDGE.format("at 11:15 p.m.")) == [
        ("When it collapsed (time)", ["11:15 p.m.", "9:30 p.m."])
    ]
    assert found(BRIDGE.format("at 6:30 this morning"), BRIDGE.format("at 8:45 a.m.")) == [
        ("When it collapsed (time)", ["6:30 a.m.", "8:45 a.m."])
    ]
    assert found(BRIDGE.format("at 9:30 in the morning"), BRIDGE.format("at 9:30 p.m.")) == [
        ("When it collapsed (time)", ["9:30 a.m.", "9:30 p.m."])
    ]
    assert found(BRIDGE.format("at 3 o'clock in the afternoon"), BRIDGE.format("at 6 p.m.")) == [
        ("When it collapsed (time)", ["3 p.m.", "6 p.m."])
    ]


def test_a_hedged_clock_time_without_its_half_differs_beyond_the_hedge() -> None:
    assert found(
        BRIDGE.format("shortly after 9 on Tuesday night"), BRIDGE.format("at 11 p.m. on Tuesday")
    ) == [("When it collapsed (time)", ["9 p.m.", "11 p.m."])]


def test_one_time_in_two_writings_agrees() -> None:
    assert (
        found(BRIDGE.format("at 9:30 Tuesday night"), BRIDGE.format("at 9:30 p.m. Tuesday")) == []
    )
    assert found(BRIDGE.format("at 6:30 this morning"), BRIDGE.format("at 6:30 a.m.")) == []
    assert found(BRIDGE.format("at 2 at night"), BRIDGE.format("at 2 a.m.")) == []


def test_rounding_of_a_clock_time_without_its_half_agrees() -> None:
    assert found(BRIDGE.format("at about 9 last night"), BRIDGE.format("at 9:20 p.m.")) == []
    assert (
        found(BRIDGE.format("at about 9:30 Tuesday morning"), BRIDGE.format("at 9:40 a.m. Tuesday"))
        == []
    )


def test_the_small_hours_of_a_night_are_the_next_day_s() -> None:
    # "12:30 Tuesday night" is half past midnight: Wednesday's 12:30 a.m.
    assert (
        found(BRIDGE.format("at 12:30 Tuesday night"), BRIDGE.format("at 12:30 a.m. Wednesday"))
        == []
    )


def test_the_weekday_after_a_clock_time_without_its_half_is_read_too() -> None:
    assert times(BRIDGE.format("at 9:30 Tuesday night")) == [
        ("collapsed/time", "9:30 p.m."),
        ("collapsed/weekday", "Tuesday"),
    ]


def test_a_clock_time_with_no_part_of_the_day_is_not_read() -> None:
    # "9:30 Tuesday" may be either half; "9 Tuesday night" after other words is a count.
    assert times(BRIDGE.format("at 9:30 Tuesday")) == []
    assert ("arrested/time", "9 p.m.") not in times(
        "Police arrested 9 Tuesday night after the Varna riot, officials said."
    )
    assert found(BRIDGE.format("at 9:30 Tuesday"), BRIDGE.format("at 11:15 p.m. Tuesday")) == []


def test_a_time_of_another_event_is_no_difference() -> None:
    # Rescuers reaching the bridge is not its collapse: no event of the table, no claim.
    rescue = "Rescuers reached the Varna bridge over the Osterelv river at 11:15 Tuesday night."
    assert found(BRIDGE.format("at 9:30 Tuesday night"), rescue) == []


def test_the_half_a_part_of_the_day_gives() -> None:
    def half(clock: str, after: str) -> str:
        text = f"The dam burst at {clock} {after}."
        return with_half(clock, text, text.index(clock) + len(clock))

    assert half("9", "last night") == "9 p.m."
    assert half("3", "at night") == "3 a.m."
    assert half("12", "Sunday afternoon") == "12 p.m."
    assert half("7:15", "yesterday evening") == "7:15 p.m."
    assert half("7.15", "this morning") == "7:15 a.m."
    assert half("7:15", "in Varna") == "7:15"


def test_a_clock_time_without_its_half_after_its_part_of_the_day_is_read() -> None:
    fire = "The fire at the Varna warehouse broke out {}, officials said."
    assert found(
        fire.format("Tuesday night at about 9:30"), fire.format("at 11:15 p.m. Tuesday")
    ) == [("When it began (time)", ["11:15 p.m.", "9:30 p.m."])]
    assert found(fire.format("Tuesday morning at 9"), fire.format("at 11 a.m. Tuesday")) == [
        ("When it began (time)", ["9 a.m.", "11 a.m."])
    ]
    assert (
        found(fire.format("Tuesday night at 9:30, and"), fire.format("at 9:40 p.m. Tuesday")) == []
    )
    # A figure that goes on is no clock time: "at 9 Main Street".
    assert times(fire.format("Tuesday night at 9 Main Street")) == [("began/weekday", "Tuesday")]


def test_the_24_hour_clock_in_four_figures_before_its_zone_is_read() -> None:
    plane = "The Airbus crashed into the sea off Varna {}, officials said."
    assert found(plane.format("at 0130 GMT"), plane.format("at 0345 GMT")) == [
        ("When it crashed (time)", ["01:30", "03:45"])
    ]
    assert found(plane.format("at 0130 GMT"), plane.format("at 1:30 a.m. GMT")) == []
    # Two zones are not compared: one moment is told in both.
    assert found(plane.format("at 0130 GMT"), plane.format("at 3:30 a.m. local time")) == []
    # A year is no clock: no zone after it.
    assert times(plane.format("in 1998")) == [("happened/year", "1998")]


def test_midday_is_noon() -> None:
    assert found(BRIDGE.format("at midday"), BRIDGE.format("at 2 p.m.")) == [
        ("When it collapsed (time)", ["2 p.m.", "noon"])
    ]
    assert found(BRIDGE.format("at midday"), BRIDGE.format("at noon")) == []
    assert found(BRIDGE.format("shortly after midday"), BRIDGE.format("at 12:30 p.m.")) == []


# --- The small hours of a weekday ---------------------------------------------------------


def test_the_early_hours_of_a_weekday_are_its_small_hours() -> None:
    fire = "The fire at the Varna warehouse broke out {}, officials said."
    # Before round 39 "in the early hours of Sunday" against "on Saturday" was a difference, which
    # "early Sunday" against "on Saturday" is not: both may be one night.
    assert found(fire.format("in the early hours of Sunday"), fire.format("on Saturday")) == []
    assert (
        found(fire.format("in the early hours of Sunday"), fire.format("on Saturday night")) == []
    )
    assert found(fire.format("in the early hours of Sunday"), fire.format("on Sunday night")) == [
        ("When it began (weekday)", ["Sunday night", "in the early hours of Sunday"])
    ]
    assert found(fire.format("in the small hours of Sunday"), fire.format("early Sunday")) == []


# --- Dates ----------------------------------------------------------------------------------


def test_a_month_shortened_without_its_full_stop_is_read() -> None:
    assert found(BRIDGE.format("on Oct 3"), BRIDGE.format("on Oct 4")) == [
        ("When it collapsed (date)", ["Oct 3", "Oct 4"])
    ]
    assert found(BRIDGE.format("on Oct 3"), BRIDGE.format("on October 3")) == []
    assert found(BRIDGE.format("on Sept 3"), BRIDGE.format("on Sept. 3")) == []


# --- Dated events in the plural -------------------------------------------------------------


def test_the_plural_of_a_dated_event_is_read() -> None:
    shot = "Five people were shot {} outside the Harlow nightclub, police said."
    assert found(shot.format("on Saturday"), shot.format("on Sunday")) == [
        ("When it was shot (weekday)", ["Saturday", "Sunday"])
    ]
    killed = "At least 40 people were reported killed {} in the shelling of Varna, activists said."
    assert times(killed.format("Monday")) == [("died/weekday", "Monday")]


# --- A total around a part of its victims ---------------------------------------------------

COLLAPSE = "{} in the Varna bridge collapse on Tuesday, officials said."


def test_a_total_around_a_part_of_its_victims_is_read() -> None:
    assert counts(COLLAPSE.format("Six people, including two children, were killed")) == [
        ("dead/children", "2"),
        ("dead/", "6"),
    ]
    assert found(
        COLLAPSE.format("Six people, including two children, were killed"),
        COLLAPSE.format("Nine people were killed"),
    ) == [("Death toll", ["6", "9"])]
    assert found(
        COLLAPSE.format("Six people were killed, including two children,"),
        COLLAPSE.format("Nine people were killed"),
    ) == [("Death toll", ["6", "9"])]


def test_a_total_and_its_part_agree_with_each_alone() -> None:
    total = COLLAPSE.format("Six people, including two children, were killed")
    assert found(total, COLLAPSE.format("Six people were killed")) == []
    assert found(total, COLLAPSE.format("Two children were killed")) == []


def test_a_total_that_names_those_who_did_it_is_left_alone() -> None:
    # Another report may count the victims only.
    attack = "{} in the attack on the Varna hotel on Tuesday, officials said."
    for total in (
        "Twenty people, including the three gunmen, were killed",
        "Twenty people were killed, including the three gunmen",
        "Twenty people were killed, including three of the attackers",
        "Five people were killed, including the shooter, who shot himself",
    ):
        assert [c for c in counts(attack.format(total)) if c[0] == "dead/"] == []
        assert found(attack.format(total), attack.format("Seventeen people were killed")) == []


# --- People shot ----------------------------------------------------------------------------

MALL = "{} after the gunman opened fire at the Harlow mall on Tuesday, police said."


def test_people_shot_differ() -> None:
    assert found(MALL.format("Three people were shot"), MALL.format("Five people were shot")) == [
        ("Shot", ["3", "5"])
    ]
    assert found(
        MALL.format("Three people were shot, one fatally,"),
        MALL.format("Five people have been shot"),
    ) == [("Shot", ["3", "5"])]


def test_the_shot_dead_or_wounded_are_no_count_of_all_shot() -> None:
    five = MALL.format("Five people were shot")
    for other in ("shot and killed", "shot dead", "shot and wounded", "shot at"):
        assert found(MALL.format(f"Three people were {other}"), five) == []
    assert counts(MALL.format("Three people were shot to death")) == [("dead/", "3")]


def test_a_shot_that_is_no_verb_counts_nothing() -> None:
    for text in (
        "Reed wanted 100 extras on the Varna bridge for one shot, he said.",
        "She showed a companion one shot of the Varna bridge.",
    ):
        assert [c for c in counts(text) if c[0].startswith("shot")] == []


# --- How long -------------------------------------------------------------------------------

STANDOFF = "The standoff at the Varna farmhouse {}, police said."


def test_a_length_told_by_went_on_for_or_ended_after_is_read() -> None:
    assert found(STANDOFF.format("went on for nine hours"), STANDOFF.format("lasted 12 hours")) == [
        ("Length of the standoff", ["9 hours", "12 hours"])
    ]
    assert found(
        STANDOFF.format("ended after nine hours"), STANDOFF.format("ended after 12 hours")
    ) == [("Length of the standoff", ["9 hours", "12 hours"])]


def test_a_length_in_months_is_read() -> None:
    search = "The search for the missing Varna hikers lasted {}, {} said."
    assert found(
        search.format("three months", "police"), search.format("five months", "rescuers")
    ) == [("Length of the search", ["3 months", "5 months"])]
    assert (
        found(
            "Police ended a three-month manhunt for the Varna escapee on Tuesday, police said.",
            "The manhunt for the Varna escapee lasted three months, police said.",
        )
        == []
    )


def test_a_hedged_length_agrees_with_a_length_it_allows() -> None:
    assert (
        found(
            STANDOFF.format("went on for more than nine hours"), STANDOFF.format("lasted ten hours")
        )
        == []
    )
    assert (
        found(STANDOFF.format("ended after about nine hours"), STANDOFF.format("lasted nine hours"))
        == []
    )


# --- A prison term ----------------------------------------------------------------------------

COURT = "{} for the Varna jewelry store robbery, the court said."


def test_two_prison_terms_of_one_named_person_differ() -> None:
    assert found(
        COURT.format("Tom Reed was sentenced to 10 years in prison"),
        COURT.format("Tom Reed was sentenced to 12 years in prison"),
    ) == [("Prison term", ["10 years", "12 years"])]
    assert found(
        COURT.format("Tom Reed was sentenced Tuesday to 10 years"),
        COURT.format("A judge sentenced Tom Reed to serve 12 years in prison"),
    ) == [("Prison term", ["10 years", "12 years"])]
    assert found(
        COURT.format("Tom Reed was sentenced to 18 months in jail"),
        COURT.format("Tom Reed has been sentenced to 12 months in jail"),
    ) == [("Prison term", ["12 months", "18 months"])]


def test_prison_terms_that_may_both_be_true_agree() -> None:
    twelve = COURT.format("Tom Reed was sentenced to 12 years in prison")
    for other in (
        "Tom Reed, 34, was sentenced to 12 years",  # one term, in other words
        "Tom Reed was sentenced to more than 10 years",  # a hedge that allows it
        "Tom Reed was sentenced to 18 months in prison",  # another unit: not compared
        "Tom Reed was sentenced to 20 years in prison, with eight suspended",  # partly served
        "Tom Reed was sentenced to five years of probation",  # not in prison
        "Tom Reed could be sentenced to 20 years",  # not given
        "Tom Reed was sentenced to 10 to 15 years",  # a range
        "Tom Reed was sentenced to 11 years and six months",  # the figure goes on
    ):
        assert found(COURT.format(other), twelve) == [], other


def test_terms_of_two_people_or_of_nobody_named_are_not_compared() -> None:
    twelve = COURT.format("Tom Reed was sentenced to 12 years in prison")
    for other in (
        "Ana Lind was sentenced to 10 years in prison",  # a co-defendant
        "He was sentenced to 10 years in prison",  # nobody named
        "Tom Reed and Ana Lind were sentenced to 10 years",  # two people
        "Ana Lind was sentenced to 10 years and Tom Reed to 12 years",  # two terms
    ):
        assert found(COURT.format(other), twelve) == [], other
