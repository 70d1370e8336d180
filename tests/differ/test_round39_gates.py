"""Round 21 (stop 34, branch `gate39`): the gates that throw out pairs of one question.
Two exact whole counts one apart ("two of the gunmen" / "three terrorists") are near figures,
as 20 and 24 are, and align with one shared word less; counts further apart, hedged or in
other frames stay apart, and agreeing reports give nothing. Every report here is made up."""

import pytest

from newsfuse.differ.align import near_figures
from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.numbers import quantity
from newsfuse.documents import Sentence
from tests.differ.stories import found


def _count(words: str) -> Claim:
    sentence = Sentence("1", 0, 0, len(words), words)
    return Claim(Kind.COUNT, "dead/", "dead", words, words, "", sentence, quantity(words))


@pytest.mark.parametrize(
    ("first", "second", "near"),
    [
        ("2", "3", True),
        ("1", "2", True),
        ("3", "4", True),
        ("2", "4", False),  # two apart: twice as many
        ("1", "3", False),
        ("2.5", "3.5", False),  # not whole counts
    ],
)
def test_exact_whole_counts_one_apart_are_near(first: str, second: str, near: bool) -> None:
    assert near_figures(_count(first), _count(second)) is near


# Two reports of one clash that share two topic words ("forces", "security"), one less than
# two counts of the dead need when their figures are not near.
KILLED = (
    "The army said its forces killed {} of the gunmen and arrested another, security sources said."
)
STATE_TV = (
    "{} terrorists were killed and a fourth was arrested in the fighting with security forces,"
    " state television reported."
)


def test_two_counts_one_apart_align_with_one_shared_word_less() -> None:
    assert found(KILLED.format("two"), STATE_TV.format("Three")) == [("Death toll", ["2", "3"])]


def test_counts_two_apart_with_as_few_shared_words_stay_apart() -> None:
    assert found(KILLED.format("two"), STATE_TV.format("Four")) == []


def test_agreeing_counts_in_other_words_give_nothing() -> None:
    assert found(KILLED.format("three"), STATE_TV.format("Three")) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One shared word only ("forces"): two facts, however near the figures.
        (
            "Two of the gunmen were killed by the forces in Varna, the army said.",
            "Three attackers died at the Kessel checkpoint when forces opened fire on Monday.",
        ),
        # Two days: two events.
        (
            "The forces killed two of the gunmen on Monday, security sources said.",
            "Three gunmen were killed by security forces on Tuesday, the army said.",
        ),
        # Two years: two events.
        (
            "In 2019 the forces killed two of the gunmen, security sources said.",
            "In 2021 three gunmen were killed by security forces, the army said.",
        ),
    ],
)
def test_near_small_counts_of_two_events_give_nothing(first: str, second: str) -> None:
    assert found(first, second) == []


def test_small_counts_one_apart_of_the_injured_also_align() -> None:
    first = "Two firefighters were injured as the Halden warehouse burned, the fire chief said."
    second = "Three firefighters were hurt battling the blaze at the Halden depot, officials said."
    assert found(first, second) == [("Injured", ["2", "3"])]
