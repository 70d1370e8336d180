"""Round 4 of denials: rejections that call a claim or a record false, a claim called
erroneous in the sentence that states it, verdicts and "claimed that" as allegations, and the
look-alikes that must give no difference. Every text here is made up."""

import pytest

from newsfuse.differ import find_differences
from newsfuse.differ.claim import Kind, Reach
from newsfuse.differ.claims import find_claims
from newsfuse.differ.denials import find_denial
from newsfuse.documents import Difference, Sentence
from tests.differ.stories import cited


def stories(*articles: tuple[str, ...]) -> list[list[Sentence]]:
    return [
        [Sentence(str(a), i, 0, len(t), t) for i, t in enumerate(texts)]
        for a, texts in enumerate(articles, start=1)
    ]


def denials(*articles: tuple[str, ...]) -> list[Difference]:
    return [d for d in find_differences(stories(*articles)) if d.kind == "denial"]


def claimants(difference: Difference) -> set[str]:
    return {side.claimant for side in difference.sides}


@pytest.mark.parametrize(
    ("text", "reach"),
    [
        ("Colonel Rahim called it “a fabrication.”", "pointing"),
        ("Harbour officials have called the memo a forgery.", "object"),
        ('Voss called the accusations against her "a total setup."', "charges"),
        ('"That isn\'t true," the spokeswoman said.', "pointing"),
        ("The mayor said the leaked email is untrue.", "object"),
        ("The agency said the cut was based on an “erroneous claim” that it funds the militia.",
         "object"),
        ("Vance said the allegations were spiteful, with no truth in them.", "pointing"),
    ],
)  # fmt: skip
def test_rejections_in_new_words_are_denials(text: str, reach: str) -> None:
    found = find_denial(text)
    assert found is not None
    article = [Sentence("1", 0, 0, len(text), text)]
    (claim,) = [c for c in find_claims([article]) if c.kind is Kind.DENIAL]
    assert claim.reach == Reach(reach)


@pytest.mark.parametrize(
    "text",
    [
        "The inspector described the fire as absurd in its speed.",  # no claim called false
        "The judge called the argument absurd.",  # an argument is an opinion
        "It was Garner's false claim that the bridge was safe that cost him the job.",  # owner
        "It is ludicrous that a teacher faces prison for a protest, Lund said.",  # outrage
        "They called for an end to fake news on the radio.",
        "Did she call the memo a forgery?",
    ],
)
def test_look_alikes_of_rejections_are_no_denials(text: str) -> None:
    article = [Sentence("1", 0, 0, len(text), text)]
    assert not [c for c in find_claims([article]) if c.kind is Kind.DENIAL and c.claimant]


def test_a_record_called_a_fake_is_set_against_what_the_record_states() -> None:
    (difference,) = denials(
        (
            "The memo says the harbour board paid the contractor twice for the same pier.",
            "Reporters obtained a copy in March.",
            "Harbour officials have called the memo a forgery.",
        ),
    )
    assert cited(difference) == {"1:0", "1:2"}
    assert "Harbour officials" in claimants(difference)


def test_a_record_called_a_fake_with_nothing_it_states_gives_no_difference() -> None:
    assert not denials(
        (
            "Reporters obtained a copy of the memo in March.",
            "The memo was printed on the board's paper.",
            "Harbour officials have called the memo a forgery.",
        ),
    )


def test_accusations_called_a_setup_meet_the_allegation_against_that_person() -> None:
    (difference,) = denials(
        ("Dana Voss is accused of taking bribes from two builders.",),
        (
            "Voss said in Lyon that she would stay in the race.",
            'And she called the accusations against her "a setup."',
        ),
    )
    assert cited(difference) == {"1:0", "2:1"}


def test_an_erroneous_claim_that_meets_the_statement_of_that_claim() -> None:
    (difference,) = denials(
        ("The ministry said the agency funds the militia through its clinics in the north.",),
        (
            "The agency said the cut was based on an “erroneous claim” that it funds the militia "
            "through its clinics.",
        ),
    )
    assert cited(difference) == {"1:0", "2:0"}


def test_a_claim_that_someone_did_something_is_an_allegation_they_deny() -> None:
    (difference,) = denials(
        (
            "A former aide was going to claim on camera that Ortiz had bribed the inspector.",
            "Ortiz has denied all allegations of bribery.",
        ),
    )
    assert cited(difference) == {"1:0", "1:1"}


def test_a_verdict_against_a_company_is_an_allegation_it_denies() -> None:
    (difference,) = denials(
        ("A jury found Kessler Foods liable for the outbreak on Tuesday.",),
        ("Kessler Foods denied any wrongdoing and said it would appeal.",),
    )
    assert cited(difference) == {"1:0", "2:0"}


def test_a_verdict_of_not_guilty_is_no_allegation() -> None:
    assert not denials(
        ("A jury did not find Kessler Foods guilty of the outbreak on Tuesday.",),
        ("Kessler Foods denied any wrongdoing and said it would appeal.",),
    )


def test_contrary_to_claims_is_denied_by_whoever_insists() -> None:
    (difference,) = denials(
        ("The network has long insisted the film was not finished, contrary to Lee's claims "
         "that it was.",),
    )  # fmt: skip
    assert claimants(difference) == {"The network", "Lee"}


def test_a_pointing_denial_after_another_partys_denial_points_nowhere_new() -> None:
    found = denials(
        (
            "The letter says Bakr took the money for the engines in 1998.",
            'Colonel Bakr said the letter\'s claims were "spiteful, with no truth in them."',
            "The other officer named in the letter, Colonel Rahim, called it “a fabrication.”",
        ),
    )
    assert found
    assert all("1:2" not in cited(d) for d in found)


def test_the_same_party_denying_again_points_past_its_own_denial() -> None:
    (difference,) = denials(
        (
            "Her former partner has said he is distancing himself from her case, Lund reported.",
            "Knowles denied that her former partner was abandoning her.",
            '"This is not the case," Knowles said.',
        ),
    )
    assert "1:0" in cited(difference)


def test_a_furniture_line_is_no_denier() -> None:
    assert not denials(
        ("A court found Amy Lowe guilty of fraud in 2015.",),
        ("RELATED Amy Lowe proclaims her innocence in a new video",),
    )


def test_two_agreeing_reports_give_no_denial() -> None:
    assert not denials(
        ("The memo says the harbour board paid the contractor twice.",),
        ("According to the memo, the harbour board paid the contractor twice.",),
    )


def test_did_not_deny_is_no_denial() -> None:
    assert not denials(
        ("The memo says the harbour board paid the contractor twice.",),
        ("The harbour board did not deny that it paid the contractor twice.",),
    )


def test_finding_no_evidence_that_meets_the_claim_it_found_nothing_of() -> None:
    (difference,) = denials(
        ("Neighbours said the warehouse fire was set deliberately by the owner's nephew.",),
        (
            "Fire investigators said they found no evidence that the warehouse fire was set "
            "deliberately.",
        ),
    )
    assert cited(difference) == {"1:0", "2:0"}
    assert "Fire investigators" in claimants(difference)


def test_no_evidence_of_a_few_words_is_no_denial() -> None:
    assert not denials(
        ("Officials said turnout rose in the city after the storm.",),
        ("The county said it had found no evidence of a rise in turnout.",),
    )


def test_a_charity_is_a_party() -> None:
    (difference,) = denials(
        ("The ministry said the charity funds the militia through its clinics in the north.",),
        (
            "The charity said the cut was based on an “erroneous claim” that it funds the militia "
            "through its clinics.",
        ),
    )
    assert "The charity" in claimants(difference)


def test_someone_speaking_of_a_record_is_not_what_the_record_states() -> None:
    (difference,) = denials(
        (
            "“The board paid the contractor twice,” says the memo, dated 9 May.",
            "Ines Berg, a former auditor, said the memo is similar to others she has seen.",
            "Harbour officials have called the memo a forgery.",
        ),
    )
    assert cited(difference) == {"1:0", "1:2"}


def test_a_denial_of_the_charges_someone_faces() -> None:
    (difference,) = denials(
        (
            "Ruiz, who faces two charges of arson over the mill fire, was released on bail.",
            "Ruiz denied the charges through his lawyer.",
        ),
    )
    assert cited(difference) == {"1:0", "1:1"}
