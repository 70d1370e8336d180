"""Round 32: denials and opposite states in more of the forms news writes them. A figure its
own sentence gives and a party calls inflated ("a tally the government says is inflated");
an official account set against witnesses in one sentence ("while police have said ...,
witnesses say ..."); "officials say that is not true"; an irregular act denied ("did not
steal" against "stole"); "denied the dam had been breached" without "that"; states negated
by their copula ("have not been frozen", "were never frozen") or given in part ("only half
open", "fully closed" against "partly open"). And look-alikes that must give nothing: two
accounts of different things, one speaker taking back his words, a figure called accurate,
states of another thing. Every text here is made up."""

import pytest

from newsfuse.differ.denials import find_denial
from newsfuse.differ.states import opposite
from tests.differ.stories import cited, reports


def kinds(*texts: list[str]) -> list[str]:
    return [d.kind for d in reports(*texts)]


# --- A claim and its rejection in one sentence ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The agency has estimated that as many as 4,000 people died in the Varna floods, a "
        "figure the provincial government says is inflated.",
        "The union said 900 workers walked out of the Kessel mill, a claim the company called "
        "baseless.",
        "Activists put the toll at 60, a number the Orvel ministry has dismissed as exaggerated.",
    ],
)
def test_a_claim_its_sentence_states_and_a_party_calls_false_is_a_dispute(text: str) -> None:
    (difference,) = reports([text])
    assert difference.kind == "denial" and cited(difference) == {"1:0"}


def test_who_states_the_figure_a_party_calls_inflated_is_its_side() -> None:
    (difference,) = reports(
        ["The agency has estimated that as many as 4,000 people died in the Varna floods, a "
         "figure the provincial government says is inflated."]
    )  # fmt: skip
    assert [s.claimant for s in difference.sides] == ["The agency", "the provincial government"]


@pytest.mark.parametrize(
    "text",
    [
        "The union said 900 workers walked out of the Kessel mill, a figure the company says is "
        "accurate.",
        "The agency estimated that 4,000 people died in the Varna floods, a figure it revised "
        "later.",
    ],
)
def test_a_figure_called_right_or_revised_is_no_dispute(text: str) -> None:
    assert reports([text]) == []


WITNESSES = (
    "A key complaint has been -- while police have said the shooting at the Dorvel depot "
    "followed a struggle for the guard's gun -- witnesses say the guard shot Lamb as he "
    "stood with his hands up."
)


def test_an_official_account_set_against_witnesses_in_one_sentence_is_a_dispute() -> None:
    (difference,) = reports([WITNESSES])
    assert difference.kind == "denial" and cited(difference) == {"1:0"}
    reported, denied = difference.sides
    assert (reported.claimant, denied.claimant) == ("police", "witnesses")
    assert denied.claim == "witnesses say the guard shot Lamb as he stood with his hands up."
    found = find_denial(WITNESSES)
    assert found is not None and found[1].group("by") == "witnesses"


@pytest.mark.parametrize(
    "text",
    [
        # two accounts of different things
        "While police said the Kessel fire started at 3 a.m., neighbors said they heard an "
        "explosion.",
        "While officials said the Orvel bridge was safe, residents say cracks have widened.",
        # one speaker, then another of his sayings
        "While Havel initially claimed that his account had been hacked, he later said he "
        "sent the posts.",
        "While Havel said the Orvel deal was signed, Havel's office said the deal was signed late.",
    ],
)
def test_accounts_of_different_things_or_of_one_party_are_no_dispute(text: str) -> None:
    assert reports([text]) == []


# --- Rejections and denials in more words --------------------------------------------------


def test_parties_that_say_it_is_not_true_reject_what_was_just_said() -> None:
    for rejection in ("say that is not true.", "say that is simply not the case."):
        found = kinds(["The Kessel mine was flooded on purpose, workers said.",
                       f"The mine's owners {rejection}"])  # fmt: skip
        assert found == ["denial"]


def test_an_irregular_act_denied_meets_its_past_form() -> None:
    found = reports(
        ["Ann Lee stole the money from a Varna bank, the audit found."],
        ["Lee said she did not steal the money."],
    )
    assert [(d.kind, cited(d)) for d in found] == [("denial", {"1:0", "2:0"})]


def test_an_irregular_act_denied_does_not_meet_another_thing() -> None:
    found = reports(
        ["Ann Lee stole a car from a Varna garage, the audit found."],
        ["Lee said she did not steal the money."],
    )
    assert found == []


def test_a_denied_clause_without_that_is_what_it_denies() -> None:
    found = reports(
        ["The Varna dam was breached by the floodwater, residents said."],
        ["Officials denied the Varna dam had been breached."],
    )
    assert [(d.kind, cited(d)) for d in found] == [("denial", {"1:0", "2:0"})]
    found = reports(
        ["The Varna dam was breached by the floodwater, residents said."],
        ["Officials denied the Orvel levee had been built badly."],
    )
    assert found == []


# --- Opposite states ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Varna fund's Kessel assets are frozen, the bank said.",
         "The Varna fund's Kessel assets have not been frozen, its manager said."),
        ("The Varna fund's Kessel assets are frozen, the bank said.",
         "The Varna fund's Kessel assets haven't been frozen, its manager said."),
        ("The Varna fund's Kessel assets were frozen, the bank said.",
         "The Varna fund's Kessel assets were never frozen, its manager said."),
        ("The Kessel border crossing near Varna is fully open, officials said.",
         "The Kessel border crossing near Varna is only half open, drivers said."),
        ("The Kessel plant near Varna harbour is fully closed, the company said.",
         "The Kessel plant near Varna harbour is still partly open, workers said."),
    ],
)  # fmt: skip
def test_states_negated_by_their_copula_or_given_in_part_are_opposite(
    first: str, second: str
) -> None:
    (difference,) = reports([first], [second])
    assert cited(difference) == {"1:0", "2:0"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another thing's state
        ("The Varna fund's Kessel assets are frozen, the bank said.",
         "The Orvel trust's Dorvel accounts have not been frozen, its manager said."),
        # the same state in other words
        ("The Kessel border crossing near Varna is half open, officials said.",
         "The Kessel border crossing near Varna is only half open, drivers said."),
        # in part one way and in part the other: both may hold
        ("The Kessel plant near Varna harbour is partly closed, the company said.",
         "The Kessel plant near Varna harbour is partly open, workers said."),
    ],
)  # fmt: skip
def test_states_of_other_things_or_that_may_both_hold_are_not_opposite(
    first: str, second: str
) -> None:
    assert reports([first], [second]) == []


def test_fully_one_way_and_partly_the_other_are_opposite() -> None:
    assert opposite("fully closed", "partly open") and opposite("partly open", "fully closed")
    assert not opposite("partly closed", "partly open")
    assert not opposite("partly closed", "open")


# --- A party that disagrees with a ruling ------------------------------------------------

RULED = "The Orvel labor board ruled on Monday that the drivers of Kessel Cabs are employees."


@pytest.mark.parametrize(
    "report",
    [
        [RULED, "Kessel Cabs said it disagreed with the ruling and would appeal."],
        [RULED, "The board heard forty drivers.",
         "Kessel Cabs said it respects the board's decision but disagrees with it."],
        ["The drivers of Kessel Cabs are employees, an Orvel labor board official ruled Monday.",
         "Kessel Cabs said it disagreed with the decision."],
    ],
)  # fmt: skip
def test_a_party_that_disagrees_with_a_ruling_rejects_the_sentence_that_states_it(
    report: list[str],
) -> None:
    (difference,) = reports(report)
    assert difference.kind == "denial" and cited(difference) == {"1:0", f"1:{len(report) - 1}"}


def test_a_ruling_named_but_not_stated_is_nothing_to_disagree_with() -> None:
    found = reports(
        ["After the ruling, Kessel Cabs said it would appeal to the state board.",
         "Kessel Cabs said it disagreed with the ruling."]
    )  # fmt: skip
    assert found == []


# --- A claim, then another party's word against it after "though" or "but" ----------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("A month into their marriage, Lee accused his wife of theft -- though police have "
         "said there is no evidence of that.", "police"),
        ("The union says the Kessel mill poisoned the river, but the company says that is not "
         "true.", "the company"),
        ("Residents said the Orvel dam leaked for weeks, though engineers say that is simply "
         "false.", "engineers"),
    ],
)  # fmt: skip
def test_a_claim_answered_after_though_or_but_is_a_dispute(text: str, denier: str) -> None:
    (difference,) = reports([text])
    assert difference.kind == "denial" and cited(difference) == {"1:0"}
    assert difference.sides[1].claimant == denier
    assert difference.sides[1].claim.startswith(denier)


@pytest.mark.parametrize(
    "text",
    [
        "The union says the Kessel mill poisoned the river, but the company says it will appeal.",
        "The Kessel mill poisoned the river, residents said, but he said that is false.",
        "Lee was stabbed twice in Varna, though police say there is no evidence of a motive.",
    ],
)
def test_an_answer_that_rejects_nothing_or_has_no_party_is_no_dispute(text: str) -> None:
    assert reports([text]) == []


# --- "She denies wrongdoing" after the sentence that accuses her -------------------------


def test_a_pronoun_denies_for_the_person_the_accusation_before_opens_on() -> None:
    (difference,) = reports(
        ["Ann Lee is accused of stealing $2 million from the Varna fund.",
         "She denies wrongdoing."]
    )  # fmt: skip
    assert difference.kind == "denial" and cited(difference) == {"1:0", "1:1"}
    assert difference.sides[1].claimant == "Ann Lee"


@pytest.mark.parametrize(
    "before",
    [
        "Ann Lee is a teacher at the Varna school.",  # no accusation
        "Police in Varna said on Monday that the fund had lost $2 million.",  # no person
    ],
)
def test_a_pronoun_after_a_sentence_that_accuses_no_one_denies_nothing(before: str) -> None:
    assert reports([before, "She denies wrongdoing."]) == []
