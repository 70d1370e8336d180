"""Round 5 (negations and states): a claim restated with a negation by another voice, and
opposite states of one thing; the look-alikes that must give no difference. Every report
here is made up."""

import pytest

from newsfuse.differ import find_differences
from newsfuse.differ.align import Story
from newsfuse.differ.negations import aliases_of, title_holders
from newsfuse.differ.negations import negation_differences as negations_of
from newsfuse.differ.states import opposite
from newsfuse.documents import Difference, Sentence


def sentences(*texts: str) -> list[list[Sentence]]:
    """One sentence per article, article ids "1", "2", ..."""
    return [[Sentence(str(i), 0, 0, len(t), t)] for i, t in enumerate(texts, start=1)]


def negation_differences(*texts: str) -> list[Difference]:
    """The differences this step finds on its own (others' not set aside)."""
    return negations_of(Story(sentences(*texts)))


def cited(difference: Difference) -> list[set[str]]:
    return [{c.article_id for c in side.citations} for side in difference.sides]


SIGNED = "Councillor Brandt signed the harbour dredging lease with the Varga shipyard."


@pytest.mark.parametrize(
    "negated",
    [
        "Brandt did not sign the harbour dredging lease with the Varga shipyard, police said.",
        "Brandt never signed the harbour dredging lease with the Varga shipyard, police said.",
        "At no point did Brandt sign the harbour dredging lease with the Varga shipyard.",
        "Brandt has never actually signed any harbour dredging lease with the Varga yard.",
        "Brandt didn't sign the harbour dredging lease with the Varga shipyard, police said.",
    ],
)
def test_a_claim_restated_with_a_negation_is_a_difference(negated: str) -> None:
    (difference,) = negation_differences(SIGNED, negated)
    assert [side.position for side in difference.sides] == ["stated", "negated"]
    assert cited(difference) == [{"1"}, {"2"}]


def test_a_party_negating_is_a_denial_and_is_named() -> None:
    negated = "Brandt did not sign the harbour dredging lease with the Varga shipyard, police said."
    (difference,) = negation_differences(SIGNED, negated)
    assert difference.kind == "denial"
    assert difference.sides[1].claimant == "police"


def test_a_pair_another_difference_cites_is_not_repeated() -> None:
    negated = "Brandt never signed the harbour dredging lease with the Varga shipyard, police said."
    found = find_differences(sentences(SIGNED, negated))
    assert len(found) == 1  # the denial's, once


def test_an_unattributed_negation_is_a_stance() -> None:
    negated = "Brandt did not sign the harbour dredging lease with the Varga shipyard."
    (difference,) = negation_differences(SIGNED, negated)
    assert difference.kind == "stance"


def test_a_verb_after_and_takes_the_clauses_first_name() -> None:
    affirmed = "Officials said Thursday Ostrow still had to report to a probation aide weekly."
    negated = "Ostrow was cleared of the charges and does not have to report to a probation aide."
    (difference,) = negation_differences(affirmed, negated)
    assert cited(difference) == [{"1"}, {"2"}]


def test_a_speaker_denying_of_himself_is_the_subject() -> None:
    negated = "Brandt said he never signed the harbour dredging lease with the Varga shipyard."
    (difference,) = negation_differences(SIGNED, negated)
    assert difference.kind == "denial"
    assert difference.sides[1].claimant == "Brandt"
    # "he" after another's verb is no speaker of himself.
    other = "Brandt thinks he never signed the harbour dredging lease with the Varga shipyard."
    assert negation_differences(SIGNED, other) == []


def test_an_office_is_the_one_name_the_story_gives_it() -> None:
    assert aliases_of("mayor", title_holders("Mayor Ann Lee spoke. The mayor left.")) == {"lee"}
    two = title_holders("Mayor Ann Lee spoke. Mayor Bo Tran spoke.")
    assert aliases_of("mayor", two) == set()
    first = "Mayor Ines Halvor signed the harbour dredging lease with the Varga shipyard."
    second = "The mayor never signed the harbour dredging lease with the Varga shipyard."
    assert len(negation_differences(first, second)) == 1


@pytest.mark.parametrize(
    "look_alike",
    [
        # A negation of the speech, not of the act.
        "Brandt did not deny signing the harbour dredging lease with the Varga shipyard.",
        "Brandt would not comment on the harbour dredging lease with the Varga shipyard.",
        # Another subject.
        "Kessler did not sign the harbour dredging lease with the Varga shipyard.",
        # A question, a condition, a possibility.
        "Did Brandt not sign the harbour dredging lease with the Varga shipyard?",
        "If Brandt did not sign the harbour dredging lease with the Varga shipyard, it fails.",
        "Brandt may not have signed the harbour dredging lease with the Varga shipyard.",
        # Another time.
        "Brandt did not sign the harbour dredging lease with the Varga shipyard until May.",
        # The same verb of other things.
        "Brandt did not sign the petition against the new ferry timetable.",
        # The subject is not the one who acts: "the lease against Brandt".
        "Critics did not sign the harbour dredging lease with the Varga shipyard.",
    ],
)
def test_look_alikes_give_no_difference(look_alike: str) -> None:
    assert negation_differences(SIGNED, look_alike) == []


def test_agreeing_reports_give_no_difference() -> None:
    negated = "Brandt did not sign the harbour dredging lease with the Varga shipyard."
    also = "Brandt never signed the harbour dredging lease with the Varga shipyard, police said."
    assert negation_differences(negated, also) == []
    assert negation_differences(SIGNED, SIGNED.replace("Councillor ", "")) == []


def test_the_affirmed_side_must_not_be_negated_or_called_false() -> None:
    rejected = "It is false that Brandt signed the harbour dredging lease with the Varga shipyard."
    negated = "Brandt did not sign the harbour dredging lease with the Varga shipyard."
    assert negation_differences(rejected, negated) == []
    denied = "Brandt never signed the harbour dredging lease with the Varga shipyard."
    assert negation_differences(denied, negated) == []


def test_one_voice_in_one_report_is_no_difference() -> None:
    one_report = [
        [
            Sentence("1", 0, 0, 0, SIGNED),
            Sentence("1", 1, 0, 0, "Brandt did not sign the harbour dredging lease with Varga."),
        ]
    ]
    found = find_differences(one_report)
    assert not [d for d in found if d.label.startswith("Whether ")]


# --- Opposite states --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The Kessel bridge over the Alder river is closed, police said.",
            "The Kessel bridge over the Alder river is open, the council said.",
            {"closed", "open"},
        ),
        (
            "The jumper's reserve parachute was half open, the coroner said.",
            "The jumper's reserve parachute was fully open, his instructor said.",
            {"partly open", "fully open"},
        ),
        (
            "The aid funding for the Tarn clinic is frozen, the minister said.",
            "The aid funding for the Tarn clinic is not frozen, the agency said.",
            {"frozen", "not frozen"},
        ),
        (
            "The Orlov painting in the city museum is a fake, one expert said.",
            "The Orlov painting in the city museum is authentic, the curator said.",
            {"authentic", "fake"},  # "is a fake" closing its clause is the state
        ),
    ],
)
def test_opposite_states(first: str, second: str, values: set[str]) -> None:
    found = negation_differences(first, second)
    assert {side.position for d in found for side in d.sides} == values
    assert all(d.kind == "stance" for d in found)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Another time: a state until a day, a state now and one before.
        (
            "The Kessel bridge over the Alder river was closed until Monday, police said.",
            "The Kessel bridge over the Alder river was open, the council said.",
        ),
        (
            "The Kessel bridge over the Alder river is open, the council said.",
            "The Kessel bridge over the Alder river was closed, police said.",
        ),
        # Another subject.
        (
            "The Kessel bridge over the Alder river was closed, police said.",
            "The Kessel ferry over the Alder river was open, the council said.",
        ),
        # Not a state of its subject: "open to", "missing a part".
        (
            "The Kessel bridge over the Alder river was closed, police said.",
            "The Kessel bridge over the Alder river was open to cyclists, the council said.",
        ),
        # Agreeing.
        (
            "The Kessel bridge over the Alder river was closed, police said.",
            "The Kessel bridge over the Alder river was shut, the council said.",
        ),
        # Two states in the past: most often one after the other.
        (
            "Tomas Brandt, the harbour pilot, was detained at the Varga shipyard, police said.",
            "Tomas Brandt, the harbour pilot, was freed at the Varga shipyard, his lawyer said.",
        ),
        # "Not approved" may be pending, not rejected.
        (
            "The Varga shipyard lease for the harbour was rejected, officials said.",
            "The Varga shipyard lease for the harbour was not approved, officials said.",
        ),
    ],
)
def test_states_that_do_not_conflict(first: str, second: str) -> None:
    assert negation_differences(first, second) == []


def test_opposite_reads_degrees_and_negations() -> None:
    assert opposite("alive", "dead")
    assert opposite("missing", "not missing")
    assert not opposite("open", "fully open")
    assert not opposite("partly open", "closed")
    assert not opposite("not intact", "destroyed")
