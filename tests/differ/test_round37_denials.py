"""Round 37: denials. A denial's verb in "-ing" meets the statement's past in "-ied"
("denied supplying the weapons" / "supplied the weapons"); a denial of an act named by its
"-ing" takes only a statement that tells that act ("denied training the rebels" is no
answer to "supplied the rebels"). And look-alikes that must give nothing: a plural noun and
its singular stay apart as before, agreeing reports. Every text here is made up."""

import pytest

from newsfuse.differ.align import ied_stems
from tests.differ.stories import cited, reports

SUPPLIED = "Varna supplied the weapons used by the Orvel rebels, US officials said."


@pytest.mark.parametrize(
    "denial",
    [
        "Varna denied supplying the weapons.",
        "Varna has denied supplying the rebels with weapons.",
        "Varna denied ever supplying weapons to the Orvel rebels.",
    ],
)
def test_a_denial_in_ing_meets_a_statement_in_ied(denial: str) -> None:
    (difference,) = reports([SUPPLIED], [denial])
    assert difference.kind == "denial" and cited(difference) == {"1:0", "2:0"}
    assert sorted(s.position for s in difference.sides) == ["denied", "reported"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a denial of another act
        (SUPPLIED, "Varna denied training the Orvel rebels' snipers."),
        # reports that agree
        (SUPPLIED, "Varna has admitted supplying the weapons to the Orvel rebels."),
    ],
)
def test_look_alikes_give_nothing(first: str, second: str) -> None:
    assert reports([first], [second]) == []


def test_only_a_verbs_past_in_ied_is_read_as_its_y() -> None:
    assert ied_stems(["supplied"]) == ied_stems(["supplying"])
    assert ied_stems(["carried"]) == ied_stems(["carrying"])
    assert ied_stems(["policies"]) != ied_stems(["policy"])
    assert ied_stems(["died"]) == {"died"}


@pytest.mark.parametrize(
    ("statement", "denial"),
    [
        ("Ana Lind said Tom Reed took cash from the Orvel builders in 2019.",
         "Reed has denied taking cash from the Orvel builders."),
        ("Ana Lind said Tom Reed stole paintings from the Orvel museum in 2019.",
         "Reed denied stealing paintings from the Orvel museum."),
        ("Ana Lind said Tom Reed hid the paintings of the Orvel museum in 2019.",
         "Reed denied hiding the paintings of the Orvel museum."),
    ],
)  # fmt: skip
def test_an_act_denied_meets_its_past_in_any_form(statement: str, denial: str) -> None:
    (difference,) = reports([statement], [denial])
    assert cited(difference) == {"1:0", "2:0"}


# --- A denial that names whose claim it rejects ("Reed denied Lind's allegation") -------

LIND = "Ana Lind, a former aide, said Mayor Tom Reed took $5,000 in cash from the Orvel builders."


@pytest.mark.parametrize(
    "denial",
    [
        "Reed has denied Lind's allegation.",
        "Reed denied Lind's claims in a statement on Tuesday.",
        "Reed disputed Lind's account.",
        "Reed called Lind's account a fabrication.",
    ],
)
def test_a_denial_of_a_named_persons_claim_meets_her_words_of_the_denier(denial: str) -> None:
    (difference,) = reports([LIND], [denial])
    assert cited(difference) == {"1:0", "2:0"}
    reported, denied = sorted(difference.sides, key=lambda side: side.position != "reported")
    assert (reported.claimant, denied.claimant) == ("Ana Lind", "Reed")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the named person's words are of someone else, or someone else's words of the denier
        ("Ana Lind, a former aide, said Mayor Ken Dorn took $5,000 from the Orvel builders.",
         "Reed has denied Lind's allegation."),
        ("Tom Bell, a former aide, said Mayor Tom Reed took $5,000 from the Orvel builders.",
         "Reed has denied Lind's allegation."),
        # the named person only mentions the denier in passing, in another report
        ("Ana Lind met Mayor Tom Reed at the Orvel builders' gala in 2019.",
         "Reed disputed Lind's account."),
    ],
)  # fmt: skip
def test_a_named_persons_other_words_are_not_what_is_denied(first: str, second: str) -> None:
    assert reports([first], [second]) == []


# --- An act negated in its base form, whose past drops the base's "e" ("lunge" / "lunged") --


@pytest.mark.parametrize(
    ("stated", "negated"),
    [
        ("Police said Tom Reed lunged at the officers with a knife outside the Kessel bar.",
         "Witnesses said Tom Reed did not lunge at the officers outside the Kessel bar."),
        ("Police said Tom Reed shoved the officers outside the Kessel bar on Friday.",
         "Witnesses said Tom Reed never shoved the officers outside the Kessel bar on Friday."),
    ],
)  # fmt: skip
def test_an_act_negated_in_its_base_meets_its_past_in_ed(stated: str, negated: str) -> None:
    (difference,) = reports([stated], [negated])
    assert cited(difference) == {"1:0", "2:0"}


def test_an_act_in_its_base_and_another_verb_of_its_letters_give_nothing() -> None:
    assert not reports(
        ["Police said Tom Reed's car plunged into the Kessel river on Friday night."],
        ["Witnesses said Tom Reed did not lunge into the Kessel river on Friday night."],
    )


# --- "X had nothing to do with ..." as a denial of what it names -------------------------

BLAMED = "The government blamed the Orvel militia for the bombing of the Kessel market on Friday."


@pytest.mark.parametrize(
    "denial",
    [
        "The Orvel militia said it had nothing to do with the bombing of the Kessel market.",
        "A spokesman said the Orvel militia had nothing to do with the bombing of the Kessel "
        "market.",
    ],
)
def test_having_nothing_to_do_with_it_denies_it(denial: str) -> None:
    (difference,) = reports([BLAMED], [denial])
    assert difference.kind == "denial" and cited(difference) == {"1:0", "2:0"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a thing that had nothing to do with it: a fact told, not a party's denial
        (BLAMED, "Police said the fire at the Kessel market had nothing to do with the bombing."),
        ("Voters in Kessel chose the Orvel party on Friday, the count showed.",
         "How people view a political party has nothing to do with their vote in Kessel."),
        # two reports that agree
        ("The Orvel militia said it had nothing to do with the bombing of the Kessel market.",
         "The Orvel militia said it had nothing to do with the bombing of the Kessel market "
         "on Friday."),
    ],
)  # fmt: skip
def test_look_alikes_of_nothing_to_do_with_give_nothing(first: str, second: str) -> None:
    assert reports([first], [second]) == []
