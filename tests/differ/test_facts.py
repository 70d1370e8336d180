"""Round 4 (facts): counts, sums, times and ages in the forms unseen reports use, how two of
them are aligned, and agreeing reports that must give no difference. Every report here is
made up."""

import pytest

from newsfuse.differ.claim import Kind
from newsfuse.differ.numbers import quantity
from tests.differ.stories import claims, differences, positions

# --- Finding: the forms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of" before a figure: a count, unless a part of a whole or a rate.
        ("Families of 140 stranded sailors met the minister.", [("noun:sailor/", "140")]),
        ("Three of 20 sailors were rescued by the navy.", []),
        ("It is a rate of 5 cases in 1,000 births.", []),
        # A people's adjective belongs to the counted noun.
        ("Relatives of 96 Danish sailors met the minister.", [("noun:Danish sailor/", "96")]),
        # Up to four words between a figure and its noun; other towns are counted apart
        # from all the towns (round 11).
        ("It came ahead of 14 other small coastal towns.", [("noun:other town/", "14")]),
        # Killing named by other verbs, and a people named by a capitalised plural.
        ("About 9,000 Moravians were murdered in the valley.", [("dead/", "about 9000")]),
        (
            "The raiders had killed some 1.2 million Moravians and others there.",
            [("dead/", "some 1.2 million")],
        ),
    ],
)
def test_counts_in_the_forms_unseen_reports_use(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, Kind.COUNT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The appeal raised more than $42,000 for the crew.",
            [("noun:sum raised/", "more than 42000")],
        ),
        ("The cheapest model starts at $899.", [("noun:sum price/", "899")]),
        ("The skipper was fined $12,500 on Friday.", [("noun:sum fine/", "12500")]),
        # A range's ends are no sum, nor is a sum with no name ("in less than a day").
        ("Owners paid anywhere from $1.5 million to $9 million for them.", []),
        ("The appeal raised $3 million to $4 million.", []),
        ("The fund took $40,000 in less than two days.", []),
    ],
)
def test_sums_named_by_their_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, Kind.COUNT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour pilot Ivo Brandt dead at 58 after the storm", [("brandt", "58")]),
        ("Ivo Brandt died Sunday at age 57.", [("brandt", "57")]),
        ("Ivo Brandt died at 3 p.m. in the harbour clinic.", []),
        ("Ivo Brandt died at 14 Quay Street last year.", []),
    ],
)
def test_ages_given_with_a_death(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, Kind.AGE) == expected


def test_a_minute_given_in_both_halves_of_the_day() -> None:
    found = differences(
        "The ferry alarm at the Ostvik pier sounded at 9:06 p.m., the coast guard said.",
        "The ferry alarm at the Ostvik pier sounded at 9:06 a.m., the harbour master said.",
    )
    assert [d.kind for d in found] == ["time"]
    assert positions(found[0]) == {"9:06 a.m.", "9:06 p.m."}


def test_a_time_a_named_event_claims_gives_one_difference_only() -> None:
    found = differences(
        "The ferry crashed at 9:06 p.m. near the Ostvik pier, the coast guard said.",
        "The ferry crashed at 9:06 a.m. near the Ostvik pier, the harbour master said.",
    )
    assert [d.label for d in found] == ["When it crashed (time)"]


def test_a_minute_a_named_event_claims_meets_the_same_minute_under_another_verb() -> None:
    found = differences(
        "The quake struck at 9:06 p.m. local time near the Ostvik pier, the survey said.",
        "The strong earthquake hit the Ostvik pier at 9:06 a.m. local time, the survey said.",
    )
    # A quake's "hit" is its "struck" since round 18: the named event's difference is shown.
    assert [d.label for d in found] == ["When it struck (time)"]
    assert positions(found[0]) == {"9:06 a.m.", "9:06 p.m."}


def test_one_minute_in_one_half_of_the_day_under_two_verbs_gives_none() -> None:
    assert (
        differences(
            "The quake struck at 9:06 p.m. local time near the Ostvik pier, the survey said.",
            "The strong earthquake hit the Ostvik pier at 9:06 p.m. local time, the survey said.",
        )
        == []
    )


@pytest.mark.parametrize(
    "other",
    [
        "The ferry alarm at the Ostvik pier sounded at 9:36 p.m., the harbour master said.",
        "The ferry alarm at the Ostvik pier sounded at 9 a.m., the harbour master said.",
    ],
)
def test_other_minutes_or_round_hours_are_no_half_day_difference(other: str) -> None:
    first = "The ferry alarm at the Ostvik pier sounded at 9:06 p.m., the coast guard said."
    assert [d for d in differences(first, other) if "a.m. or p.m." in d.label] == []


# --- Aligning -------------------------------------------------------------------------------


def test_near_figures_of_a_named_category_align_with_fewer_shared_words() -> None:
    found = differences(
        "The storm killed 68 people across the Ostvik coast, officials said.",
        "Officials in Ostvik said 69 people died when the storm hit.",
    )
    assert [d.label for d in found] == ["Death toll"] and positions(found[0]) == {"68", "69"}


def test_far_figures_with_few_shared_words_are_two_facts() -> None:
    assert (
        differences(
            "The storm killed 19 people across the Ostvik coast, officials said.",
            "Officials in Ostvik said 26 people died when the storm hit.",
        )
        == []
    )


def test_a_past_event_dated_alike_aligns_with_one_shared_word() -> None:
    found = differences(
        "A 1997 quake killed a dozen people in the hills and damaged the old abbey.",
        "In 1997, a strong earthquake killed more than 100 people and damaged 8,000 homes.",
    )
    assert [d.label for d in found] == ["Death toll"]


def test_counts_of_other_years_are_two_facts() -> None:
    assert (
        differences(
            "A 1997 quake killed a dozen people in the hills and damaged the old abbey.",
            "In 2009, a strong earthquake killed more than 100 people and damaged 8,000 homes.",
        )
        == []
    )


def test_two_reports_that_each_count_a_noun_once_align() -> None:
    found = differences(
        "Relatives of 150 Danish passengers waited at the Ostvik terminal.",
        "Angry relatives of the ferry's 153 Danish passengers demanded answers.",
    )
    assert [d.label for d in found] == ["Number of Danish passengers"]


def test_a_people_counted_is_no_count_of_everyone() -> None:
    assert (
        differences(
            "Relatives of 150 Danish passengers waited at the Ostvik terminal.",
            "Angry relatives of the ferry's 239 passengers demanded answers.",
        )
        == []
    )


# --- Agreeing reports: no difference ----------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Rounding and hedges.
        (
            "About 200 people were evacuated from the Ostvik harbour district on Monday.",
            "Officials evacuated 200 people from the Ostvik harbour district on Monday.",
        ),
        (
            "At least 6 people were killed in the Ostvik harbour fire on Monday.",
            "Seven people were killed in the Ostvik harbour fire on Monday.",
        ),
        # A loose "thousands" sets a floor only.
        (
            "Thousands of people died in the Ostvik famine of the winter.",
            "Historians say 900,000 people died in the Ostvik famine of the winter.",
        ),
        # Different scopes: a town and the whole country.
        (
            "The storm killed 12 people in Ostvik on Monday, officials said.",
            "The storm killed 40 people in Norway on Monday, officials said.",
        ),
        # A figure of another time.
        (
            "In 2015 the Ostvik harbour fire killed 12 people, officials said.",
            "In 2016 the Ostvik harbour fire killed 14 people, officials said.",
        ),
        # A price near another of the same model.
        (
            "The Ostvik ferry ticket starts at about $100 for the crossing.",
            "The Ostvik ferry ticket for the crossing starts at $95.",
        ),
    ],
)
def test_agreeing_reports_give_no_difference(first: str, second: str) -> None:
    assert differences(first, second) == []


def test_vague_plurals_set_a_floor_only() -> None:
    thousands, figure = quantity("thousands"), quantity("1.6 million")
    assert thousands is not None and figure is not None and thousands.compatible(figure)
    dozens, hundred = quantity("dozens"), quantity("500")
    assert dozens is not None and hundred is not None and not dozens.compatible(hundred)


def test_a_figure_marked_later_updates_one_of_another_day() -> None:
    (found,) = differences(
        "The death toll from the Ostvik ferry sinking rose to 34 on Tuesday, officials said.",
        "The Ostvik ferry sinking killed 21 people, officials said on Monday.",
    )
    later = {side.position: side.later for side in found.sides}
    assert found.label == "Death toll" and later == {"34": True, "21": False}


def test_figures_of_two_days_unmarked_are_two_facts() -> None:
    assert (
        differences(
            "The Ostvik ferry sinking killed 34 people on Tuesday, officials said.",
            "The Ostvik ferry sinking killed 21 people, officials said on Monday.",
        )
        == []
    )


def test_occurred_names_when_it_happened() -> None:
    (found,) = differences(
        "The shooting at the Ostvik harbour bar occurred around 2:30 a.m. Sunday, police said.",
        "The shooting at the Ostvik harbour bar happened at about 3:45 a.m. Sunday, police said.",
    )
    assert found.label == "When it happened (time)"


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        (
            "Police in Ostvik said they arrested 14 protesters outside the harbour office.",
            "Police in Ostvik said 22 protesters were arrested outside the harbour office.",
            "Arrests",
        ),
        (
            "Some 3,000 people gathered outside the Ostvik town hall on Saturday, police said.",
            "Organisers said 12,000 people turned out outside the Ostvik town hall on Saturday.",
            "Size of the crowd",
        ),
    ],
)
def test_arrests_and_crowds_in_either_order(first: str, second: str, label: str) -> None:
    assert [d.label for d in differences(first, second)] == [label]


def test_crowds_of_two_days_are_two_facts() -> None:
    assert (
        differences(
            "Some 3,000 people gathered outside the Ostvik town hall on Saturday, police said.",
            "Organisers said 12,000 people gathered outside the Ostvik town hall on Sunday.",
        )
        == []
    )


def test_a_crowd_of_and_a_budget() -> None:
    crowd = differences(
        "A crowd of 3,000 filled the Ostvik square for the rally on Saturday, police said.",
        "A crowd of 12,000 filled the Ostvik square for the rally on Saturday, organisers said.",
    )
    budget = differences(
        "The Ostvik council approved a budget of $4.2 million for the new harbour wall.",
        "The Ostvik council approved a $6.8 million budget for the new harbour wall.",
    )
    assert [d.label for d in crowd + budget] == ["Size of the crowd", "Budget"]


def test_a_figure_with_a_scale_word_is_rounded_to_its_last_digit() -> None:
    assert (
        differences(
            "The Ostvik council approved a $4.2 million budget for the new harbour wall.",
            "The Ostvik council approved a $4 million budget for the new harbour wall.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The landslide claimed 12 lives on Monday.", [("dead/", "12")]),
        ("The storm has cost at least 40 lives.", [("dead/", "at least 40")]),
        ("Rescuers saved 12 lives on Monday.", [("noun:live/", "12")]),  # no toll
    ],
)
def test_lives_taken(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, Kind.COUNT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people including four children were hurt.", [("injured/children", "4")]),
        # The total around a part of its victims is read too (stop 34; a part of those who
        # did it leaves the total alone, see test_round39_forms).
        (
            "Nine people, including two children, were hurt.",
            [("injured/children", "2"), ("injured/", "9")],
        ),
        (
            "The Ostvik blast killed 20 people, including three children.",
            [("dead/", "20"), ("dead/children", "3")],
        ),
        ("The Ostvik blast killed 20 people, including three others.", [("dead/", "20")]),
    ],
)  # fmt: skip
def test_a_part_a_total_names_is_a_count_of_its_own_kind(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert claims(text, Kind.COUNT) == expected


def test_parts_of_one_total_that_disagree() -> None:
    found = differences(
        "Nine people including four children were hurt in the Ostvik gas blast on Monday.",
        "Nine people, including two children, were hurt in the Ostvik gas blast on Monday.",
    )
    assert [d.label for d in found] == ["Injured"] and positions(found[0]) == {"2", "4"}
