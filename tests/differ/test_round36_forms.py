"""Round 36: opposite states in forms news writes often that were not read. A party's word for
the legality of an act ("called the annexation illegal", "ruled the strike unlawful"), set
against a report that the act was legal in the past tense of reported speech; a road or a
bridge "closed to traffic". And look-alikes that must give nothing: the legality of a thing
at two times, a legal word that opens a noun phrase, "open to talks", two reports that
agree. Every text here is made up."""

import pytest

from newsfuse.differ.states import state_predicates
from newsfuse.documents import Sentence
from tests.differ.stories import cited, reports


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("The Varna ministry said the annexation of the Orvel region was legal.",
         "The United Nations called the annexation of the Orvel region illegal under "
         "international law.",
         ["illegal", "legal"]),
        ("The union said the Kessel dock strike was lawful.",
         "A Varna court ruled the Kessel dock strike unlawful on Monday.",
         ["illegal", "legal"]),
        ("Police said the Kessel bridge over the Alder river is open to traffic.",
         "Officials said the Kessel bridge over the Alder river is closed to traffic.",
         ["closed", "open"]),
    ],
)  # fmt: skip
def test_opposite_states_in_these_forms_differ(first: str, second: str, values: list[str]) -> None:
    (difference,) = reports([first], [second])
    assert difference.kind == "stance" and cited(difference) == {"1:0", "2:0"}
    assert sorted(side.position for side in difference.sides) == values


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A thing's legality may change with time: "was illegal" then "called legal".
        ("The Orvel painkiller was illegal in Varna, doctors said.",
         "The Varna health board called the Orvel painkiller legal."),
        # A legal word that opens a noun phrase is no state.
        ("The Varna ministry said the annexation of the Orvel region was legal.",
         "The United Nations called the annexation of the Orvel region legal overreach."),
        # Open to talks, closed to new members: no state of a place.
        ("The Orvel fishing club is open to talks with Varna, its chairman said.",
         "The Orvel fishing club is closed to new members from Varna, its chairman said."),
        # Two reports that agree.
        ("The Varna ministry said the annexation of the Orvel region was illegal.",
         "The United Nations called the annexation of the Orvel region illegal."),
    ],
)  # fmt: skip
def test_look_alikes_of_these_forms_give_nothing(first: str, second: str) -> None:
    assert reports([first], [second]) == []


def test_a_called_legality_takes_the_head_before_of_as_its_subject() -> None:
    text = "Leaders called Varna's seizure of the Orvel port illegal."
    (state,) = state_predicates(Sentence("1", 0, 0, len(text), text))
    assert (state.subject, state.word, state.value, state.tense) == (
        "seizure",
        "legal",
        "illegal",
        "now",
    )


# --- "Reed's family insists he was not ...": whom "he" is, after a speaker for someone ------

STATED_DRUNK = (
    "Police said the driver, Tom Reed, was drunk at the time of the crash on the Kessel road."
)


@pytest.mark.parametrize(
    "negated",
    [
        "Reed's family insists he was not drunk at the time of the crash on the Kessel road.",
        "A lawyer for Tom Reed said he was not drunk at the time of the crash on the Kessel road.",
        "Reed’s wife told reporters he was not drunk at the time of the crash on the Kessel road.",
    ],
)
def test_a_speaker_for_someone_negates_what_is_said_of_him(negated: str) -> None:
    stated = STATED_DRUNK
    (difference,) = reports([stated], [negated])
    assert difference.kind == "denial" and cited(difference) == {"1:0", "2:0"}


@pytest.mark.parametrize(
    "negated",
    [
        # A family is "they": "they" are the family, not Reed.
        "Reed's family said they were not drunk at the time of the crash on the Kessel road.",
        # A spokesman speaks of himself as often as of anyone.
        "Reed's spokesman said he was not drunk at the time of the crash on the Kessel road.",
        # "Lind's family" speaks for Lind, not for Reed.
        "Lind's family insists he was not drunk at the time of the crash on the Kessel road.",
    ],
)
def test_look_alikes_of_a_speaker_for_someone_give_nothing(negated: str) -> None:
    stated = STATED_DRUNK
    assert reports([stated], [negated]) == []


# --- a denial that names the kind of allegation, told before the allegation -----------------


@pytest.mark.parametrize(
    "report",
    [
        ["Tom Reed has repeatedly denied all allegations of non-consensual sex.",
         "The Varna studio said it had cut its ties with Reed on Friday.",
         "A former assistant planned to claim on camera that Reed had raped her, according to "
         "two sources."],
        ["Mayor Ann Lind denied the bribery allegations at a news conference.",
         "Prosecutors allege that Lind took kickbacks from the Orvel builders."],
    ],
)  # fmt: skip
def test_a_denial_of_a_named_kind_meets_the_allegation_after_it(report: list[str]) -> None:
    (difference,) = reports(report)
    assert difference.kind == "denial" and cited(difference) == {"1:0", f"1:{len(report) - 1}"}


@pytest.mark.parametrize(
    "report",
    [
        # No kind named: what follows may be any allegation.
        ["Tom Reed has denied all allegations.",
         "Sources said eight women accusing Reed had agreed to go on camera."],
        # Another kind.
        ["Tom Reed denied the fraud allegations.",
         "A former assistant claimed that Reed had groped her at the Varna studio."],
        # A sentence that only supposes it.
        ["Tom Reed denied allegations of sexual misconduct.",
         "The tape would not expose Reed as a sexual predator, as has been alleged."],
        # An allegation against someone else.
        ["Tom Reed denied allegations of sexual assault.",
         "Ana Lind was accused of sexual assault by a former colleague in 2012."],
    ],
)  # fmt: skip
def test_look_alikes_of_a_denial_of_a_named_kind_give_nothing(report: list[str]) -> None:
    assert reports(report) == []


# --- "..., rumours Reed has denied": a rumour or a report denied in its own sentence --------


@pytest.mark.parametrize(
    "text",
    [
        "There has been speculation that Tom Reed will run for mayor of Varna, rumours Reed "
        "has flatly denied.",
        "The Gazette wrote that the Orvel mill would close next spring, reports the owner has "
        "denied.",
    ],
)
def test_a_rumour_or_report_denied_in_its_own_sentence_is_a_dispute(text: str) -> None:
    (difference,) = reports([text])
    assert difference.kind == "denial"
    assert [side.position for side in difference.sides] == ["reported", "denied"]


def test_a_report_confirmed_in_its_own_sentence_gives_nothing() -> None:
    text = "The Gazette wrote that the Orvel mill would close next spring, reports the owner has "
    assert reports([text + "confirmed."]) == []
