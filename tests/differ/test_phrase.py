from newsfuse.differ.claim import Claim, Kind
from newsfuse.differ.numbers import quantity
from newsfuse.differ.phrase import distinct_claimants, phrase
from newsfuse.documents import Sentence


def count(article: str, value: str, claimant: str = "", later: bool = False) -> Claim:
    s = Sentence(article, 0, 0, 10, f"{value} people were killed in the Halden crash.")
    return Claim(Kind.COUNT, "dead/", "dead", value, s.text, claimant, s, quantity(value), later)


def test_one_side_per_position_citing_every_source_and_claimant() -> None:
    a, b, c = count("1", "28", "police"), count("2", "28", "the mayor"), count("3", "29")
    difference = phrase([(a, c), (b, c)])
    assert difference.kind == "count" and difference.label == "Death toll"
    assert [s.position for s in difference.sides] == ["28", "29"]
    first = difference.sides[0]
    assert first.claimant == "police; the mayor"
    assert [c.article_id for c in first.citations] == ["1", "2"]


def test_a_later_figure_is_marked_on_its_side() -> None:
    difference = phrase([(count("1", "12"), count("2", "34", later=True))])
    assert [(s.position, s.later) for s in difference.sides] == [("12", False), ("34", True)]


def test_positions_of_counts_are_in_numeric_order() -> None:
    difference = phrase(
        [(count("1", "144"), count("2", "at least 9")), (count("3", "12"), count("1", "144"))]
    )
    assert [s.position for s in difference.sides] == ["at least 9", "12", "144"]


def test_one_party_written_with_two_apostrophes_is_named_once() -> None:
    assert distinct_claimants(["Lind's lawyers", "Berg", "Lind’s lawyers", ""]) == [
        "Lind's lawyers",
        "Berg",
    ]


def test_a_surname_after_the_full_name_is_that_person() -> None:
    assert distinct_claimants(["Mayor Ana Lind", "Lind", "the clerk"]) == [
        "Mayor Ana Lind",
        "the clerk",
    ]
    # look-alike: a surname before any full name stays
    assert distinct_claimants(["Lind", "Ana Berg"]) == ["Lind", "Ana Berg"]
