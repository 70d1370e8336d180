"""Round 33: forms of disagreement news writes often that were not read. A finding of nothing
told with "of" ("found no evidence of widespread voter fraud"); how long one event lasted
("the 16-hour flight" / "the 15-hour flight"); the year something has gone on since ("has
been tracking the deaths since 1998"); a report denied by its outlet's name ("The White House
denied the Post report"). And look-alikes that must give nothing: a finding of too few words,
a sentence that only asks, two findings that agree, lengths of things that recur or are set,
two lengths in one sentence, a "since" against an "in", a report of an outlet the story never
quotes. Every text here is made up."""

import pytest

from tests.differ.stories import cited, reports

# --- "found no evidence of ..." ------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "finding"),
    [
        ("Governor Tom Reed claimed there was widespread voter fraud in Marlow County.",
         "State election officials found no evidence of widespread voter fraud in Marlow "
         "County."),
        ("The family of Ana Lind claims her death was foul play.",
         "Police said they found no evidence of foul play in the death of Ana Lind."),
        ("Residents claimed the Orvel plant leaked toxic sludge into the river.",
         "Inspectors said there was no sign of toxic sludge in the river near the Orvel plant."),
    ],
)  # fmt: skip
def test_finding_no_evidence_of_a_claim_disputes_it(claim: str, finding: str) -> None:
    (difference,) = reports([claim], [finding])
    assert difference.kind == "denial" and cited(difference) == {"1:0", "2:0"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Too few words to know which claim: many reports mention fraud without claiming it.
        (["Reed claimed there was fraud in the count."], ["Officials found no evidence of fraud."]),
        # A remark that names the thing in passing alleges nothing.
        (["“We will stand up to those with a rampant history of voter fraud,” said Senator "
          "Ana Lind."],
         ["State officials have said they found no evidence of voter fraud."]),
        # A sentence that only asks or looks into it claims nothing.
        (["Police are investigating whether foul play was involved in the death of Ana Lind."],
         ["Police said they found no evidence of foul play in the death of Ana Lind."]),
        # Two findings of nothing agree.
        (["Officials said there was no sign of foul play in the death of Ana Lind."],
         ["Police said they found no evidence of foul play in the death of Ana Lind."]),
        # A pointer: "of that" names nothing here.
        (["Reed said the vote in Marlow County was rigged."],
         ["Officials said there is no evidence of that in Marlow County."]),
        # The sentence before, which no one is said to claim, is no claim of what was found.
        (["Paramedics were called to the Varna school to evaluate three girls on Tuesday.",
          "Paramedics found no signs of trauma or sickness in the three girls at the Varna "
          "school."], []),
    ],
)  # fmt: skip
def test_a_finding_of_nothing_without_a_claim_of_it_gives_nothing(
    first: list[str], second: list[str]
) -> None:
    assert reports(first, second) == []


# --- How long one event lasted ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        ("He began screaming nearly 10 hours into the 16-hour flight to Newark.",
         "He began screaming about nine hours into the 15-hour flight to Newark.",
         "Length of the flight"),
        ("Senator Ana Lind ended her 13-hour filibuster of the Varna dam bill on Thursday.",
         "Lind's 11-hour filibuster of the Varna dam bill ended on Thursday.",
         "Length of the filibuster"),
        ("Police ended a three-day manhunt for the Varna escapee on Sunday.",
         "The four-day manhunt for the Varna escapee ended on Sunday, police said.",
         "Length of the manhunt"),
        ("The standoff at the Varna farm lasted nine hours, police said.",
         "The 12-hour standoff at the Varna farm ended peacefully, police said.",
         "Length of the standoff"),
    ],
)  # fmt: skip
def test_two_lengths_of_one_event_differ(first: str, second: str, label: str) -> None:
    (difference,) = reports([first], [second])
    assert difference.kind == "count" and difference.label == label


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The same length, and a hedged one that allows the other.
        ("He began screaming hours into the 16-hour flight to Newark.",
         "He began screaming about nine hours into the 16-hour flight to Newark."),
        ("He began screaming hours into the nearly 16-hour flight to Newark.",
         "He began screaming about nine hours into the 15-hour flight to Newark."),
        # Things that recur, or lengths that are set: two shifts, two sentences.
        ("The nurse had just finished a 12-hour shift at the Varna hospital.",
         "The nurse had worked a 10-hour shift at the Varna hospital."),
        ("Reed was given a five-year prison sentence in Varna for the theft.",
         "Reed received a three-year prison sentence in Varna for the theft."),
        # Two units: a day is not compared with hours.
        ("Police ended a three-day manhunt for the escapee on Sunday.",
         "The 60-hour manhunt for the escapee ended on Sunday, police said."),
        # A sentence that gives two flights two lengths holds two flights.
        ("The crew flew a 12-hour flight to Lima and a 14-hour flight home.",
         "The crew flew a 14-hour flight home from Lima."),
    ],
)  # fmt: skip
def test_lengths_that_agree_or_are_of_other_things_give_nothing(first: str, second: str) -> None:
    assert reports([first], [second]) == []


# --- "since 1998" ------------------------------------------------------------------------------


def test_two_years_something_has_gone_on_since_differ() -> None:
    (difference,) = reports(
        ["The Varna group has been tracking hot-car deaths since 2001."],
        ["The Varna group, which has been tracking hot-car deaths since 1998, counted 12."],
    )
    assert difference.kind == "time"
    assert {s.position for s in difference.sides} == {"1998", "2001"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Varna group has been tracking hot-car deaths since 1998.",
         "The Varna group, which has been tracking hot-car deaths since 1998, counted 12."),
        # "since" and "in" may both hold: tracking since 1998, a start of something in 2001.
        ("The Varna group has been tracking hot-car deaths since 1998.",
         "The Varna group began tracking hot-car deaths in 2001."),
        ("Reed has led the Varna trade office since 2015.",
         "The Varna trade office has been in the old mill since 1998."),
    ],
)  # fmt: skip
def test_since_years_of_other_things_or_agreeing_give_nothing(first: str, second: str) -> None:
    assert reports([first], [second]) == []


# --- A report denied by its outlet's name -----------------------------------------------------

_REPORT = "The Varna Post reported that Tom Reed met the Russian envoy twice in May."


@pytest.mark.parametrize(
    "denial",
    [
        "The White House denied the Post report on Tuesday.",
        "The White House disputed the Post's report on Tuesday.",
        "A White House spokesman called the Post report false.",
        "“The Post report is false,” a White House spokesman said.",
    ],
)
def test_a_report_denied_by_its_outlet_meets_what_the_outlet_reported(denial: str) -> None:
    (difference,) = reports([_REPORT, "Reed has led the trade office since 2015."], [denial])
    assert difference.kind == "denial" and cited(difference) == {"1:0", "2:0"}


def test_a_report_given_by_according_to_is_the_outlets_report() -> None:
    (difference,) = reports(
        ["Tom Reed met the Russian envoy twice in May, according to the Varna Post."],
        ["The White House denied the Post report on Tuesday."],
    )
    assert cited(difference) == {"1:0", "2:0"}


@pytest.mark.parametrize(
    "denial",
    [
        "The White House denied a Tuesday report on the trade office.",
        "The White House denied the Orvel Times report on Tuesday.",
    ],
)
def test_a_report_of_no_outlet_the_story_quotes_meets_nothing(denial: str) -> None:
    assert reports([_REPORT], [denial]) == []


def test_sources_telling_an_outlet_give_the_outlets_report() -> None:
    (difference,) = reports(
        ["President Reed plans to fire Secretary Ana Lind next week, three sources told CNN."],
        ["White House press secretary Tom Kell called the CNN report “fake news.”"],
    )
    assert cited(difference) == {"1:0", "2:0"}


# --- The year of a founding, whichever words follow the act ------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Varna company was founded in 1998 by Ana Lind.",
         "Ana Lind founded the Varna company in 2001."),
        ("The Varna bridge was built in 1932 by the army.",
         "The army built the Varna bridge in 1936."),
    ],
)  # fmt: skip
def test_one_act_dated_two_years_differs_whatever_follows_its_verb(first: str, second: str) -> None:
    (difference,) = reports([first], [second])
    assert difference.kind == "time"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One act of two things.
        ("Ana Lind founded the Varna mill in 2001.", "Ana Lind founded the Orvel charity in 1998."),
        ("The Varna plant was built in 1932.", "The Varna dam was built in 1950."),
        # Two acts of one thing.
        ("The Varna bridge was built in 1932.", "The Varna bridge was rebuilt in 1936."),
        ("The Varna mill, founded in 1998, opened its plant in 2001.",
         "The Varna mill was founded in 1998."),
    ],
)  # fmt: skip
def test_acts_of_other_things_or_other_acts_give_nothing(first: str, second: str) -> None:
    assert reports([first], [second]) == []
