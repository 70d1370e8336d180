"""A person's rank in the forces or the police given two ways ("Sgt. Tom Reed" / "Lt. Tom
Reed"), compared by grade; and look-alikes that must give nothing: a rank shortened to its
grade, titles of office ending in a rank's word, two people, agreeing reports. Every text
here is made up."""

import pytest

from newsfuse.differ.ranks import ranks
from newsfuse.documents import Sentence
from tests.differ.stories import cited, reports

RAID = " led the raid on the Orvel farm, officials said."


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("Sgt. Tom Reed" + RAID, "Lt. Tom Reed" + RAID, ["lieutenant", "sergeant"]),
        ("Tom Reed, a veteran police sergeant," + RAID, "Capt. Tom Reed" + RAID,
         ["captain", "sergeant"]),
        ("Staff Sgt. Tom Reed" + RAID, "Maj. Tom Reed" + RAID, ["major", "sergeant"]),
        ("Lieutenant Tom Reed" + RAID, "Col. Tom Reed" + RAID, ["colonel", "lieutenant"]),
    ],
)  # fmt: skip
def test_two_ranks_of_one_person_differ(first: str, second: str, values: list[str]) -> None:
    (difference,) = reports([first], [second])
    assert difference.kind == "identity" and difference.label == "Title of Tom Reed"
    assert cited(difference) == {"1:0", "2:0"}
    assert sorted(side.position for side in difference.sides) == values


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a rank shortened to its grade
        ("Staff Sgt. Tom Reed" + RAID, "Sgt. Tom Reed" + RAID),
        ("Lt. Col. Tom Reed" + RAID, "Col. Tom Reed" + RAID),
        ("Brig. Gen. Tom Reed" + RAID, "Gen. Tom Reed" + RAID),
        # a title of office that ends in a rank's word; a civil office after "Lt."
        ("Attorney General Tom Reed announced the raid on the Orvel farm.",
         "Maj. Tom Reed announced the raid on the Orvel farm."),
        ("Lt. Gov. Tom Reed announced the raid on the Orvel farm.",
         "Gen. Tom Reed announced the raid on the Orvel farm."),
        # two people of one surname; agreeing reports
        ("Sgt. Tom Reed" + RAID, "Lt. Ana Reed" + RAID),
        ("Sgt. Tom Reed" + RAID, "Tom Reed, a police sergeant," + RAID),
    ],
)  # fmt: skip
def test_look_alikes_of_two_ranks_give_nothing(first: str, second: str) -> None:
    assert reports([first], [second]) == []


def test_a_rank_word_is_no_part_of_the_name_after_it() -> None:
    text = "Lt. Colonel Packard and Capt. Officer Ann Lee met Sgt. Tom Reed's wife."
    assert list(ranks(Sentence("1", 0, 0, len(text), text))) == [("Tom Reed", "sergeant")]


def test_the_rank_pretest_keeps_every_match_of_the_patterns() -> None:
    # speed38: a rank's word is looked for before the patterns; the patterns alone are the
    # reference (a text they match always holds a rank's word).
    from newsfuse.differ.ranks import _APPOSITION, _BEFORE_NAME, _RANKS

    texts = [
        "Staff Sgt. Tom Reed and Lt. Col. Ana Lind spoke.",
        "SGT. TOM REED spoke; CAPTAIN Ana Lind and CPL. Jo Varn did not.",
        "Tom Reed, a veteran police sergeant, led the raid.",
        "Attorney General Tom Reed and Mayor Ana Lind spoke.",
        "Gov. Tom Reed said the general assembly met.",
    ]
    for text in texts:
        matched = any(pattern.search(text) for pattern in (_BEFORE_NAME, _APPOSITION))
        assert matched <= any(rank in text.lower() for rank in _RANKS), text
    found = [list(ranks(Sentence("1", 0, 0, len(text), text))) for text in texts]
    assert found == [
        [("Tom Reed", "sergeant"), ("Ana Lind", "colonel")],
        [("Ana Lind", "captain"), ("Jo Varn", "corporal")],
        [("Tom Reed", "sergeant")],
        [],
        [],
    ]
