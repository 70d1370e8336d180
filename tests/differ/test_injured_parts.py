"""A count of the worst hurt of the injured ("3 people were seriously injured") is counted
apart from all the injured, which another report may give; being taken to hospital is
being injured. Every text here is made up."""

import pytest

from tests.differ.stories import counts, found

BLAST = "{} in the Halden blast at the old grain terminal on Monday, {} said."


@pytest.mark.parametrize(
    "part",
    [
        "Three people were seriously injured",
        "Three people were critically injured",
        "Three people suffered serious injuries",
        "Three people were badly hurt",
    ],
)
def test_all_the_injured_and_a_part_of_them_give_none(part: str) -> None:
    whole = BLAST.format("Twelve people were injured", "police")
    assert found(whole, BLAST.format(part, "officials")) == []


def test_two_counts_of_one_part_of_the_injured_differ() -> None:
    assert found(
        BLAST.format("Three people were seriously injured", "police"),
        BLAST.format("Seven people were critically injured", "officials"),
    ) == [("Seriously injured", ["3", "7"])]


def test_minor_injuries_and_the_hospital_are_all_the_injured() -> None:
    # Of the injured, and shown as lightly injured: compared with all the injured one way
    # only (see test_round14_forms).
    text = "13 people with minor injuries were taken to hospital after the Halden blast."
    assert counts(text) == [("injured/", "13 lightly injured")]
    assert counts("Three people were taken to hospital after the Halden blast.") == [
        ("injured/", "3")
    ]
