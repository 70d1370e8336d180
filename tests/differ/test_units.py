"""Units of measure: a figure in kilometres against one in miles (kilograms and pounds,
metres and feet, degrees Celsius and Fahrenheit) compared in one unit, with room for the
rounding of a conversion; a length named by what it measures ("a depth of 4 kilometers",
"six miles below the surface"); a conversion in brackets read as the figure it converts.
Every text here is made up."""

import pytest

from newsfuse.differ.numbers import quantity
from newsfuse.differ.units import UNITS, in_base, unit_of, written
from tests.differ.stories import counts, found

DEPTH = "The tremor struck at a depth of {} beneath the hill town of Varela, the institute said."
BELOW = "The tremor beneath the hill town of Varela struck {} below the surface, the survey said."


def test_a_depth_in_kilometres_and_one_in_miles_that_no_rounding_reconciles_differ() -> None:
    assert found(DEPTH.format("four kilometers"), BELOW.format("about six miles")) == [
        ("Depth", ["4 kilometers", "about 6 miles (about 9.7 kilometers)"])
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("10 kilometers", "six miles"),  # 9.7 km, rounded to 10
        ("16 kilometers", "10 miles"),
        ("about 10 kilometers", "6.2 miles"),
        ("four kilometers", "2.5 miles"),
    ],
)
def test_a_depth_given_in_two_units_that_agree_gives_none(first: str, second: str) -> None:
    assert found(DEPTH.format(first), BELOW.format(second)) == []


def test_a_distance_from_a_place_is_compared_in_one_unit() -> None:
    crash = "The light plane crashed {} north of Dunmore on Sunday, officials said."
    # 90 miles are 145 kilometres: the same distance, not a difference.
    assert found(crash.format("90 miles"), crash.format("145 kilometers")) == []
    assert found(crash.format("90 miles"), crash.format("300 kilometers")) == [
        ("Distance from Dunmore", ["90 miles", "300 kilometers (186 miles)"])
    ]


def test_a_distance_with_its_conversion_in_brackets_is_read() -> None:
    text = "The light plane crashed 90 miles (145 kilometers) north of Dunmore on Sunday."
    assert ("distance:Dunmore/", "90") in counts(text)


def test_a_weight_in_kilograms_and_one_in_pounds() -> None:
    fish = "The record pike weighed {} when it was landed at Lake Orrin, the club said."
    assert found(fish.format("90 kilograms"), fish.format("200 pounds")) == []
    assert found(fish.format("40 kilograms"), fish.format("200 pounds")) == [
        ("Figure in kilograms and pounds", ["40 kilograms", "200 pounds (90.7 kilograms)"])
    ]


def test_pounds_are_a_weight_only_where_something_is_weighed() -> None:
    assert unit_of("pound", "The club paid 200 pounds for the old tractor.", 14) is None
    assert unit_of("pound", "The pike weighed 200 pounds.", 16) is UNITS["pound"]


def test_temperatures_in_celsius_and_fahrenheit() -> None:
    heat = "Temperatures in the desert town of Orla reached {} on Monday, forecasters said."
    assert found(heat.format("40 degrees Celsius"), heat.format("104 degrees Fahrenheit")) == []
    (difference,) = found(heat.format("40 degrees Celsius"), heat.format("120 degrees Fahrenheit"))
    assert difference[1] == ["40 degrees Celsius", "120 degrees Fahrenheit (48.9 degrees Celsius)"]


def test_degrees_of_no_named_scale_are_no_unit() -> None:
    assert unit_of("degree", "Temperatures reached 40 degrees on Monday.", 20) is None


def test_a_conversion_in_brackets_is_the_figure_it_converts() -> None:
    assert counts("The bus stopped 34 miles (55 kilometers) from the border at Tarn.") == [
        ("noun:length/", "34")
    ]


def test_precise_figures_in_two_units_are_allowed_only_their_last_digit() -> None:
    peak = "The climbers were attempting the south face of the {} peak of Varn Ri this season."
    assert found(peak.format("26,291-foot"), peak.format("8,027-meter (26,330-foot)")) == [
        ("Figure in feet and meters", ["26291 feet", "8027 meters (26335 feet)"])
    ]
    assert found(peak.format("26,335-foot"), peak.format("8,027-meter")) == []


def test_lengths_of_two_things_that_share_only_the_words_of_measuring_give_none() -> None:
    assert (
        found(
            "The sauropod stretched 80 feet long, the researchers wrote in their paper.",
            "At nearly 3.2 feet long, the fossil foot belonged to a sauropod, the paper says.",
        )
        == []
    )


def test_two_lengths_of_one_dimension_in_one_sentence_are_no_claim() -> None:
    text = "Its femur has a length of 6.7 feet, while a rival's femur has a length of 8.3 feet."
    assert [c for c in counts(text) if c[0].startswith("measure:")] == []


def test_figures_in_one_unit_are_compared_as_before() -> None:
    peak = "The climbers were attempting the south face of the {} peak of Varn Ri this season."
    assert found(peak.format("26,291-foot"), peak.format("26,330-foot")) == [
        ("Figure in feet", ["26291", "26330"])
    ]


def test_rounding_of_a_figure_widens_it_by_half_its_last_digit() -> None:
    ten_km, six_miles = (in_base(quantity(n), UNITS[u]) for n, u in (("10", "km"), ("6", "mile")))
    assert ten_km.compatible(six_miles)
    assert written("4", "kilometer", "mile") == "4 kilometers (2.5 miles)"


@pytest.mark.parametrize(
    ("noun", "text"),
    [
        ("mile", "The reserve covers 900 square miles of tundra."),  # an area
        ("foot", "The cave holds 350,000 cubic feet of air."),  # a volume
        ("pound", "The baby weighs 6 pounds, 13 ounces."),  # with its ounces
        ("foot", "The center is 6 feet 11 inches tall."),  # with its inches
        ("pound", "The club paid 200 pounds for the old tractor."),  # money
    ],
)
def test_figures_that_are_no_length_or_weight_alone_have_no_unit(noun: str, text: str) -> None:
    at = next(i for i, c in enumerate(text) if c.isdigit())
    assert unit_of(noun, text, at) is None


def test_a_nautical_mile_is_its_own_unit() -> None:
    ship = "The freighter sank {} off Cape Orrin on Tuesday, the coast guard said."
    # 56 nautical miles are 103.7 kilometres (64 statute miles)
    assert found(ship.format("56 nautical miles"), ship.format("104 kilometers")) == []
    assert found(ship.format("56 miles"), ship.format("104 kilometers")) != []
