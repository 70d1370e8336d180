"""Round 14: counts, times, ages and places in more of the forms reports use. Reports that
disagree: cars against vehicles, homes against houses, storeys against floors, lightly
injured against all the injured, two nights a day apart, an age "12 years old". And reports
that agree in other words, which must give nothing: more vehicles than cars, cars and
trucks, twenty injured and thirteen of them lightly, an age and a place the words after it
name ("a 13-year-old boy drowned in Velden"). Every text here is made up."""

from newsfuse.differ.claim import Kind
from tests.differ.stories import claims, counts, found

PILEUP = "The pileup on Route 9 near Dunmore involved {}, state police said."
VEHICLES = "A pileup involving {} closed Route 9 near Dunmore on Monday, state police said."


# --- Counts of a noun and of a kind of it --------------------------------------------------


def test_fewer_vehicles_than_cars_differ_and_show_their_nouns() -> None:
    assert found(PILEUP.format("30 cars"), VEHICLES.format("25 vehicles")) == [
        ("Number of vehicles", ["25 vehicles", "30 cars"])
    ]


def test_a_fused_car_count_is_of_vehicles_too() -> None:
    assert found(
        "Snow was blamed for a 30-car pileup on Route 9 near Dunmore, state police said.",
        "Two people were hurt in a 25-vehicle pileup on Route 9 near Dunmore.",
    ) == [("Number of vehicles", ["25 vehicles", "30 cars"])]
    assert (
        found(
            "Snow was blamed for a 30-car pileup on Route 9 near Dunmore, state police said.",
            "Two people were hurt in a 35-vehicle pileup on Route 9 near Dunmore.",
        )
        == []
    )


def test_more_vehicles_than_cars_may_hold_trucks_too() -> None:
    assert found(PILEUP.format("30 cars"), VEHICLES.format("40 vehicles")) == []


def test_cars_and_trucks_are_two_things() -> None:
    assert found(PILEUP.format("30 cars"), VEHICLES.format("25 trucks")) == []


def test_cars_and_trucks_of_one_sentence_are_each_counted() -> None:
    assert counts("The pileup involved 30 cars and 5 trucks.") == [
        ("noun:vehicle/", "30 cars"),
        ("noun:vehicle/", "5 trucks"),
    ]


def test_cars_against_cars_compare_as_before() -> None:
    assert found(PILEUP.format("30 cars"), VEHICLES.format("25 cars")) == [
        ("Number of vehicles", ["25 cars", "30 cars"])
    ]


def test_homes_and_houses_are_one_noun() -> None:
    assert found(
        "The storm in Velden destroyed 40 homes, the county said.",
        "The storm destroyed 55 houses in Velden, the county said.",
    ) == [("Number of homes", ["40", "55"])]
    assert (
        found(
            "The storm in Velden destroyed 40 homes, the county said.",
            "The storm destroyed 40 houses in Velden, the county said.",
        )
        == []
    )


def test_a_fused_storey_and_floors_are_one_noun() -> None:
    assert counts("They climbed the 72-storey tower.") == [("noun:floor/", "72")]
    assert counts("The tower has 87 floors.") == [("noun:floor/", "87")]


# --- The lightly injured, a part of the injured -------------------------------------------

INJURED = "Twenty people were injured in the Kaltan bus crash, police said."


def test_the_lightly_injured_are_a_part_of_all_the_injured() -> None:
    for light in (
        "Police said 13 people suffered minor injuries in the Kaltan bus crash.",
        "Police said 13 people were treated for minor injuries after the Kaltan bus crash.",
        "The Kaltan bus crash left 13 people with minor injuries, police said.",
        "Police said 13 people were slightly injured in the Kaltan bus crash.",
    ):
        assert found(INJURED, light) == [], light


def test_more_lightly_injured_than_injured_differ() -> None:
    assert found(
        "Twelve people were injured in the Kaltan bus crash, police said.",
        "The Kaltan bus crash left 13 people with minor injuries, police said.",
    ) == [("Injured", ["12 injured", "13 lightly injured"])]


def test_two_counts_of_the_lightly_injured_compare() -> None:
    assert found(
        "Police said 9 people suffered minor injuries in the Kaltan bus crash.",
        "The Kaltan bus crash left 13 people with minor injuries, police said.",
    ) == [("Injured", ["9 lightly injured", "13 lightly injured"])]


def test_non_life_threatening_injuries_are_not_serious() -> None:
    light = "Thirteen people were taken to hospital with non-life-threatening injuries."
    assert counts(light) == [("injured/", "13 lightly injured")]
    assert found(
        "Thirteen people were taken to hospital with non-life-threatening injuries after "
        "the Kaltan bus crash.",
        "Police said 12 people were injured in the Kaltan bus crash.",
    ) == [("Injured", ["12 injured", "13 lightly injured"])]


def test_a_serious_crash_says_nothing_of_the_hurt() -> None:
    assert counts("Police said 13 people were injured in a serious crash.") == [("injured/", "13")]
    assert (
        found(
            "Police said 13 people were injured in a serious crash at Kaltan on Sunday.",
            "Police said 13 people were injured in the Kaltan bus crash on Sunday.",
        )
        == []
    )


# --- Two nights a day apart ---------------------------------------------------------------


def test_two_nights_a_day_apart_differ() -> None:
    assert found(
        "The crash on Route 9 near Velden occurred Tuesday night, police said.",
        "The crash on Route 9 near Velden occurred Monday night, police said.",
    ) == [("When it happened (weekday)", ["Monday", "Tuesday"])]


def test_a_night_and_the_small_hours_after_it_agree() -> None:
    assert (
        found(
            "The crash on Route 9 near Velden occurred late Monday night, police said.",
            "The crash on Route 9 near Velden occurred early Tuesday, police said.",
        )
        == []
    )


# --- Ages ---------------------------------------------------------------------------------


def test_an_age_in_years_old_after_a_name() -> None:
    assert found(
        "Tom Reed, 13, drowned in Velden lake on Sunday.",
        "Tom Reed, 12 years old, drowned in Velden lake on Sunday.",
    ) == [("Age of Tom Reed", ["12", "13"])]


def test_a_place_after_an_age_and_a_verb_or_a_preposition_is_no_name() -> None:
    for text in (
        "A 13-year-old boy drowned in Velden lake on Sunday.",
        "Tom Reed, a 13-year-old from Velden, drowned on Sunday.",
        "The 21-year-old student at the Velden Academy drowned on Sunday.",
    ):
        assert ("velden", "13") not in claims(text, Kind.AGE), text
        assert all(subject != "velden" for subject, _ in claims(text, Kind.AGE)), text
    assert claims("The 13-year-old student Tom Reed drowned.", Kind.AGE) == [("reed", "13")]


# --- Places -------------------------------------------------------------------------------


def test_a_place_that_opens_with_an_abbreviation_is_read_whole() -> None:
    assert claims("Tom Reed died at St. Mary's Hospital in Velden.", Kind.IDENTITY) == [
        ("place/died/reed", "St. Mary's Hospital")
    ]
