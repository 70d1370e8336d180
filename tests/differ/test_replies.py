"""A reply in a quoted exchange that denies the state the line before it stated ('"The
footage was altered," Reed said.' then '"That's not altered, it's slowed down," she
said.'), and look-alikes that must give nothing: a reply that is no state ("it's not going
to ...", "it's not a rumor"), a line too far back, one voice only, a statement that is
itself negated or unreal, the writer's own line. Every text here is made up."""

import pytest

from newsfuse.differ.replies import _REPLY, REPLY_REACH, _replies
from newsfuse.documents import Sentence
from tests.differ.stories import cited, reports


@pytest.mark.parametrize(
    "report",
    [
        ["“The harbour footage was altered, and experts have looked at it,” Reed said.",
         "Lind did not hesitate.",
         "“Well, that’s not altered, that’s slowed down,” she said."],
        ["“The Orvel dam was breached in the storm,” said engineer Tom Reed.",
         "“It was never breached,” the mayor replied."],
        ["“The ballots were tampered with,” Senator Ana Lind said.",
         "“That isn’t tampered, that is counted twice,” the clerk said."],
    ],
)  # fmt: skip
def test_a_reply_that_negates_the_state_just_stated_is_a_dispute(report: list[str]) -> None:
    (difference,) = reports(report)
    assert difference.kind == "denial"
    assert {s.position for s in difference.sides} == {"stated", "negated"}
    assert cited(difference) == {"1:0", f"1:{len(report) - 1}"}


@pytest.mark.parametrize(
    "report",
    [
        # Replies whose word is no state of the thing.
        ["“The Varna season was a long one,” coach Tom Reed said.",
         "“It’s not going to be a fairytale ending,” Lind said."],
        ["“The clinic rumor was spreading,” Reed said.",
         "“It’s not a rumor, it’s real,” Lind said."],
        ["“The Varna trial was fixed,” Reed said.", "“It’s not over,” Lind said."],
        # The line it would answer stands too far back.
        ["“The harbour footage was altered,” Reed said.", *["The room fell quiet."] * REPLY_REACH,
         "“That’s not altered,” Lind said."],
        # The statement is negated, unreal or of another time.
        ["“The harbour footage was not altered,” Reed said.", "“That’s not altered,” Lind said."],
        ["“The harbour footage could have been altered,” Reed said.",
         "“That’s not altered,” Lind said."],
        ["“The harbour footage was altered after the hearing,” Reed said.",
         "“That’s not altered,” Lind said."],
        # No voice states it: the writer's line, or the writer's own reply.
        ["The harbour footage was altered.", "“That’s not altered,” Lind said."],
        ["“The harbour footage was altered,” Reed said.", "Well, that’s not altered."],
        # The same voice goes on.
        ["“The harbour footage was altered,” Reed said.",
         "“That’s not altered,” Reed added, “it was cut.”"],
    ],
)  # fmt: skip
def test_look_alikes_of_a_reply_give_nothing(report: list[str]) -> None:
    assert reports(report) == []


def test_two_reports_that_agree_give_nothing() -> None:
    first = ["“The harbour footage was altered,” Reed said.", "“It was sped up,” Lind said."]
    second = ["Experts said the harbour footage was altered to speed up the clip."]
    assert reports(first, second) == []


def test_a_reply_by_she_names_the_speaker_the_line_before_names() -> None:
    (difference,) = reports(
        [
            "“Well, first of all,” Lind responded, “what do you mean?”",
            "“The harbour footage was altered,” Reed said.",
            "This is where Lind went into spin mode.",
            "“Well, that’s not altered, that’s slowed down,” she said.",
        ]
    )
    assert [s.claimant for s in difference.sides] == ["Reed", "Lind"]


def test_only_a_sentence_with_a_quotation_mark_is_read_for_replies() -> None:
    # The pattern matches both; the reply must follow a quotation mark.
    plain, quoted = "Well, that’s not altered, she said.", "“Well, that’s not altered,” she said."
    assert _REPLY.search(plain) and _REPLY.search(quoted)
    assert [m.group("state") for m in _replies(Sentence("1", 0, 0, 0, plain))] == []
    assert [m.group("state") for m in _replies(Sentence("1", 0, 0, 0, quoted))] == ["altered"]
