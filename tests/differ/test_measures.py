"""Counts named by the words around their figure, and totals that name a part of themselves."""

from newsfuse.differ import find_differences
from tests.differ.stories import counts, sentences


def test_sums_and_distances_with_what_they_are_of() -> None:
    assert counts("The state made about $500,000 in tax revenue in four days.") == [
        ("money:tax revenue/", "about 500000")
    ]
    assert counts("Area 51, about 125 miles northwest of Las Vegas, is secret.") == [
        ("distance:Las Vegas/", "about 125")
    ]
    assert counts("They took $5 in the first week.") == []  # "in the": no name for the sum


def test_a_total_that_names_a_part_of_itself_is_no_count() -> None:
    assert counts("The attacks left 20 people dead, including the three gunmen.") == []


def test_sums_and_distances_that_differ() -> None:
    found = find_differences(
        sentences(
            "Nevada dispensaries made the state about $500,000 in tax revenue over the weekend.",
            "Nevada dispensaries made the state about $1 million in tax revenue over the weekend.",
        )
    )
    assert [(d.label, [s.position for s in d.sides]) for d in found] == [
        ("Sum in tax revenue", ["about 500000", "about 1 million"])
    ]
    far = find_differences(
        sentences(
            "Area 51, the secret Nevada base, lies 125 miles northwest of Las Vegas.",
            "Area 51, the secret Nevada base, lies 90 miles north of Las Vegas.",
        )
    )
    assert [d.label for d in far] == ["Distance from Las Vegas"]


def test_agreeing_or_unrelated_sums_give_no_difference() -> None:
    agreeing = [
        ("Nevada dispensaries made the state about $500,000 in tax revenue over the weekend.",
         "Nevada dispensaries made the state $520,000 in tax revenue over the weekend."),
        ("Nevada dispensaries made $3 million in sales revenue over the weekend.",
         "Nevada dispensaries made the state $500,000 in tax revenue over the weekend."),
        ("Area 51, the secret Nevada base, lies about 125 miles from Las Vegas.",
         "Area 51, the secret Nevada base, lies 120 miles from Las Vegas."),
        ("The attacks on Charlie Hebdo in Paris left 20 people dead, including the gunmen.",
         "Islamist militants killed 17 people in the attacks on Charlie Hebdo in Paris."),
    ]  # fmt: skip
    for texts in agreeing:
        assert find_differences(sentences(*texts)) == (), texts


def test_times_someone_was_hit_and_where() -> None:
    found = find_differences(
        sentences(
            "Smith was killed in New Orleans and his wife Racquel was shot once in the right leg.",
            "Smith's wife Racquel was struck twice in the leg in New Orleans, police said.",
        )
    )
    assert [(d.label, [s.position for s in d.sides]) for d in found] == [
        ("Times hit in the leg", ["1", "2"])
    ]
    assert (
        find_differences(
            sentences(
                "Smith was shot four times in the back in New Orleans, police said.",
                "Racquel Smith was shot once in the leg in New Orleans, police said.",
            )
        )
        == ()
    )
