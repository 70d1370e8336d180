"""Round 37: states given by a verb. How far a thing opened ("the parachute only partially
opened", "opened fully", "failed to open"), a thing frozen by its verb ("the ministry froze
funding for ..."), and a man armed or unarmed at the moment of the story ("was unarmed when
officers shot him"). A state's noun phrase must name one thing on both sides ("Reed's main
parachute" is not "Reed's reserve parachute"). And look-alikes that must give nothing.
Every text here is made up."""

import pytest

from newsfuse.differ.states import state_predicates, thing_before
from newsfuse.documents import Sentence
from tests.differ.stories import cited, reports

JUMP = " during the jump over the Kessel airfield, {}."


def jump(state: str, who: str) -> str:
    return f"Reed's main parachute {state}" + JUMP.format(who)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (jump("only partially opened", "the army said"),
         jump("opened fully", "his instructor said"),
         ["fully open", "partly open"]),
        (jump("only partially deployed", "the army said"),
         jump("fully deployed", "his instructor said"),
         ["fully open", "partly open"]),
        (jump("failed to open", "the army said"),
         jump("fully opened", "his instructor said"),
         ["fully open", "not open"]),
        (jump("failed to open fully", "the army said"),
         jump("opened completely", "his instructor said"),
         ["fully open", "partly open"]),
        (jump("only half-opened", "the army said"),
         jump("opened fully", "his instructor said"),
         ["fully open", "partly open"]),
        (jump("was only half-open", "the army said"),
         jump("was fully open", "his instructor said"),
         ["fully open", "partly open"]),
        (jump("failed to open properly", "the army said"),
         jump("deployed normally", "his instructor said"),
         ["fully open", "partly open"]),
        # a verb's state against a copula's
        (jump("was only half open", "the army said"),
         jump("fully opened", "his instructor said"),
         ["fully open", "partly open"]),
        ("The ministry froze funding for the Kessel school project in May, officials said.",
         "Funding for the Kessel school project was not frozen, a ministry spokesman said.",
         ["frozen", "not frozen"]),
        ("The ministry has frozen funding for the Kessel school project, officials said.",
         "Funding for the Kessel school project is not frozen, a ministry spokesman said.",
         ["frozen", "not frozen"]),
        ("Police said Tom Reed was armed with a knife when officers shot him outside the "
         "Kessel bar.",
         "Witnesses said Tom Reed was unarmed when officers shot him outside the Kessel bar.",
         ["armed", "unarmed"]),
        ("Police said Tom Reed was armed outside the Kessel bar on Friday night.",
         "Witnesses said Tom Reed was unarmed outside the Kessel bar on Friday night.",
         ["armed", "unarmed"]),
    ],
)  # fmt: skip
def test_states_given_by_a_verb_differ(first: str, second: str, values: list[str]) -> None:
    (difference,) = reports([first], [second])
    assert difference.kind == "stance" and cited(difference) == {"1:0", "2:0"}
    assert sorted(side.position for side in difference.sides) == values


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # not opening at all and opening in part: both say it did not open fully
        (jump("failed to open", "the army said"),
         jump("only partially opened", "his instructor said")),
        # the same state in other words
        (jump("only partially opened", "the army said"),
         jump("opened only partially", "his instructor said")),
        (jump("fully opened", "the army said"), jump("was fully open", "his instructor said")),
        (jump("deployed properly", "the army said"), jump("opened fully", "his instructor said")),
        # a plain "opened" says no state; a verb with an object opens something else
        (jump("failed to open", "the army said"), jump("opened", "his instructor said")),
        ("Police fully opened the inquiry into the Kessel airfield crash on Monday.",
         "Police only partially opened the Kessel airfield after the crash on Monday."),
        # two parachutes, two projects, two people's accounts
        ("Reed's reserve parachute fully opened" + JUMP.format("the army said"),
         jump("failed to open", "his instructor said")),
        ("The ministry froze funding for the Kessel school project in May, officials said.",
         "Funding for the Varna hospital project was not frozen, a ministry spokesman said."),
        ("The bank froze the accounts of Tom Reed in Kessel on Monday, officials said.",
         "The accounts of Ana Lind in Kessel were not frozen on Monday, officials said."),
        # agreeing reports
        ("The ministry froze funding for the Kessel school project in May, officials said.",
         "Funding for the Kessel school project was frozen in May, a ministry spokesman said."),
        ("Police said Tom Reed was unarmed when officers shot him outside the Kessel bar.",
         "Witnesses said Tom Reed was unarmed when officers shot him outside the Kessel bar."),
        # armed at one time, unarmed at another
        ("Police said Tom Reed was armed when he entered the Kessel bar on Friday night.",
         "Witnesses said Tom Reed was unarmed after he left the Kessel bar on Friday night."),
    ],
)  # fmt: skip
def test_look_alikes_of_states_given_by_a_verb_give_nothing(first: str, second: str) -> None:
    assert reports([first], [second]) == []


def test_a_state_names_a_person_by_name_and_a_thing_with_the() -> None:
    (armed,) = reports(
        ["Police said Tom Reed was armed outside the Kessel bar on Friday night."],
        ["Witnesses said Tom Reed was unarmed outside the Kessel bar on Friday night."],
    )
    (parachute,) = reports(
        [jump("only partially opened", "the army said")],
        [jump("opened fully", "his instructor said")],
    )
    assert (armed.label, parachute.label) == ("State of Reed", "State of the parachute")


def test_a_state_reads_the_thing_back_to_its_phrase() -> None:
    text = "Police said funding for the Kessel school project was not frozen."
    assert thing_before(text, text.index(" was")) == {"funding", "kessel", "school", "project"}
    (state,) = state_predicates(Sentence("1", 0, 0, len(text), text))
    assert state.thing == {"funding", "kessel", "school", "project"}


# --- "he" or "she" of the one person the sentence names ----------------------------------

ARMED = "Police said Tom Reed was armed outside the Kessel bar on Friday night."


def test_he_is_the_one_person_the_sentence_names_by_full_name() -> None:
    (difference,) = reports(
        [ARMED], ["Tom Reed's family said he was unarmed outside the Kessel bar on Friday night."]
    )
    assert sorted((s.position, s.claimant) for s in difference.sides) == [
        ("armed", "Police"),
        ("unarmed", "Tom Reed's family"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        # nobody named, another person named, two people named, a body named
        "Witnesses said he was unarmed outside the Kessel bar on Friday night.",
        "Ana Lind said he was unarmed outside the Kessel bar on Friday night.",
        "Ana Lind, a friend of Tom Reed, said he was unarmed outside the Kessel bar on Friday "
        "night.",
        "Kessel Police said he was unarmed outside the Kessel bar on Friday night.",
        # the same state
        "Tom Reed's family said he was armed outside the Kessel bar on Friday night.",
    ],
)
def test_he_of_no_one_or_of_someone_else_gives_nothing(second: str) -> None:
    assert reports([ARMED], [second]) == []
