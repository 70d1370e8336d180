"""Round 10: rejections written with a quotation mark before their adverb ('the report was
"completely inaccurate"'), an article and a word that only strengthens the falsity ("a
complete fabrication"), "disputed that <clause>", "pushed back on the report", a quoted "no
truth"; a negated act whose statement holds a figure with a thousands comma ("accepted
$50,000 from ..."); and the look-alikes that must give none. Every text here is made up."""

import pytest

from newsfuse.differ.denials import is_denial
from tests.differ.stories import positions, reports

STATED = (
    "Councillor Ann Lindqvist accepted $50,000 from the Brenthorpe Dock lobbyists, the Ledger said."
)


@pytest.mark.parametrize(
    "rejection",
    [
        'Lindqvist said the report was "completely inaccurate."',
        'Lindqvist said the claim was "simply not true."',
        'Lindqvist said the story was "totally untrue."',
        "Lindqvist said the report was a complete fabrication.",
        'Lindqvist said the report was "a total lie."',
        'Lindqvist said there was "no truth" to the report.',
        "Lindqvist pushed back on the report.",
        "Lindqvist disputed that she accepted money from the Brenthorpe Dock lobbyists.",
        "Lindqvist said the allegations have no basis.",
        'Lindqvist said there is "no basis" to the claims.',
        "Lindqvist said the claim was without foundation.",
        'Lindqvist said "nothing could be further from the truth."',
        'Lindqvist said the story was "pure fiction."',
        '"None of that is true," Lindqvist said.',
        'Lindqvist said the report "is not accurate."',
        "Lindqvist said reports that she accepted money from the Brenthorpe Dock lobbyists were"
        " false.",
    ],
)
def test_a_rejection_of_the_sentence_before_is_a_denial_of_it(rejection: str) -> None:
    assert is_denial(rejection)
    (difference,) = reports([STATED], [STATED, rejection])
    assert difference.kind == "denial"
    cited = {(c.article_id, c.sentence_index) for s in difference.sides for c in s.citations}
    assert ("2", 1) in cited


@pytest.mark.parametrize(
    "sentence",
    [
        # a modal "dispute that" agrees
        "No one would dispute that Lindqvist accepted money from the Brenthorpe Dock lobbyists.",
        # a deadline pushed back is no rejection
        "The council pushed back the vote on the Brenthorpe Dock lease.",
        # a proposal or criticism pushed back on is an opinion, not a claim called false
        "Lindqvist pushed back against criticism of the Brenthorpe Dock lease.",
        # a strengthening word with no falsity after it
        "Lindqvist said the report was a complete account of the meeting.",
        # a quotation mark before an adverb and no falsity after it
        'Lindqvist said the report was "completely fair" to the dock workers.',
        # no ground said of a plan or a case, not of a claim
        "The council said the dock plan has no basis in the harbour budget yet.",
        # "none of" a claim's parts said true is agreement
        "Lindqvist said none of the dock workers were paid on time.",
        # reports that are confirmed, not called false
        "Lindqvist said reports that she accepted money from the dock lobbyists were confirmed.",
    ],
)
def test_look_alikes_are_no_denial(sentence: str) -> None:
    assert reports([STATED], [STATED, sentence]) == []


def test_a_rejection_of_a_named_characterization_is_still_found() -> None:
    assert is_denial("Lindqvist disputed that characterization of the meeting.")


def test_a_negated_act_meets_a_statement_with_a_figure_in_thousands() -> None:
    negated = "Lindqvist said she did not accept money from the Brenthorpe Dock lobbyists."
    (difference,) = reports([STATED], ["The dock reopened on Monday.", negated])
    assert positions(difference) == {"stated", "negated"}


def test_a_figure_in_thousands_agreeing_gives_none() -> None:
    agreeing = "Lindqvist accepted $50,000 from the Brenthorpe Dock lobbyists, her office said."
    assert reports([STATED], ["The dock reopened on Monday.", agreeing]) == []


def test_a_day_that_opens_the_sentence_dates_its_event() -> None:
    (difference,) = reports(
        ["On Tuesday, the Harwick dam collapsed and flooded the valley, officials said."],
        ["The Harwick dam collapsed Thursday and flooded the valley, police said."],
    )
    assert difference.kind == "time"
    assert positions(difference) == {"Tuesday", "Thursday"}


@pytest.mark.parametrize(
    "opening",
    [
        # the same day
        "On Thursday, the Harwick dam collapsed and flooded the valley, officials said.",
        "Late on Thursday, the Harwick dam collapsed and flooded the valley, officials said.",
        # the opening day is the saying's, and the event gives its own
        "On Tuesday, officials said the Harwick dam collapsed Thursday and flooded the valley.",
        # the event is in a clause of its own
        "On Tuesday, engineers who had warned that the Harwick dam collapsed spoke out.",
        # another person's arrest
        "On Tuesday, Brack was arrested after the Harwick dam collapsed, police said.",
    ],
)
def test_an_opening_day_that_agrees_or_dates_something_else_gives_none(opening: str) -> None:
    other = "The Harwick dam collapsed Thursday, and Lund was arrested Thursday, police said."
    assert [d for d in reports([opening], [other]) if d.kind == "time"] == []


def test_a_denial_with_any_adverb_before_its_verb_is_the_subjects() -> None:
    accused = "Councillor Ann Lindqvist is accused of taking $50,000 from dock lobbyists."
    denial = "Lindqvist has consistently denied the allegations."
    (difference,) = reports([accused], [accused, denial])
    assert any("Lindqvist" in side.claimant for side in difference.sides)


def test_a_rejection_told_to_reporters_is_the_speakers_denial() -> None:
    rejection = '"That is just not true," Lindqvist told reporters.'
    (difference,) = reports([STATED], [STATED, rejection])
    assert difference.kind == "denial"
    assert any("Lindqvist" in side.claimant for side in difference.sides)


def test_a_name_with_a_letter_doubled_or_not_is_spelled_two_ways_without_a_shared_word() -> None:
    (difference,) = reports(
        ["The chef's widow, Marietta Lund, said the kitchen would stay open."],
        ["He died at home, his wife Marieta van Holt told the Harbour Gazette."],
    )
    assert difference.kind == "identity"
    assert positions(difference) == {"Marietta", "Marieta"}


@pytest.mark.parametrize(
    "texts",
    [
        # one report's slip against the spelling of every other report (written 3 times)
        (
            ["The chef's widow, Marietta Lund, said the kitchen would stay open."],
            ["Marietta van Holt ran the dining room.", "Marietta chose the wine."],
            ["His wife Marieta van Holt spoke to the Harbour Gazette."],
        ),
        # both spellings in one report: no two reports disagree
        (
            ["The chef's widow, Marietta Lund, spoke.", "Marieta wept."],
            ["The kitchen reopened on Monday."],
        ),
        # a word the story also writes in lower case is no name
        (
            ["Sheriff Lund said the Hollow was flooded."],
            ["Lund said the Holow road and a hollow by the dock were flooded."],
        ),
    ],
)
def test_a_doubled_letter_that_is_a_slip_or_no_name_gives_none(
    texts: tuple[list[str], ...],
) -> None:
    assert [d for d in reports(*texts) if d.kind == "identity"] == []


def test_a_hyphenated_name_spelled_two_ways_is_one_difference() -> None:
    found = reports(
        ["The trial of his client, Mario Vance-Hallin, was set to start on Monday."],
        ["He was representing Mario Vance-Halin in the dock fraud case."],
    )
    assert [(d.kind, positions(d)) for d in found] == [
        ("identity", {"Vance-Hallin", "Vance-Halin"})
    ]
