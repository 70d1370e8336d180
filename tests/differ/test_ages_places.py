"""An age before a place and a word for a person ("a 41-year-old Ohio man") is no one's
named age: the place is not a name, and two such ledes must give no difference."""

import pytest

from newsfuse.differ import find_differences
from newsfuse.differ.claims import Kind, find_claims
from newsfuse.documents import Sentence


def ages(text: str) -> list[tuple[str, str]]:
    article = [Sentence("1", 0, 0, len(text), text)]
    return [(c.about, c.value) for c in find_claims([article]) if c.kind is Kind.AGE]


@pytest.mark.parametrize(
    "text",
    [
        "A 52-year-old Dorset woman rowed across the bay on Sunday.",
        "An 81-year-old Mountain View man was found safe.",
        "The 17-year-old Leeds student won the prize.",
    ],
)
def test_a_place_before_a_person_word_is_not_a_name(text: str) -> None:
    assert ages(text) == []


def test_a_name_after_the_age_is_still_read() -> None:
    assert ages("The 52-year-old Mara Quill rowed across the bay.") == [("Mara Quill", "52")]


def test_two_ledes_of_one_place_give_no_difference() -> None:
    first = Sentence("1", 0, 0, 0, "A 52-year-old Dorset woman rowed across the bay.")
    second = Sentence("2", 0, 0, 0, "A 49-year-old Dorset man rowed across the bay too.")
    assert find_differences([[first], [second]]) == ()


def test_what_happened_in_two_places_is_no_place_of_one_event() -> None:
    # "What" names no one: a free relative and a question are no claims of where one
    # thing happened.
    statement = Sentence(
        "1", 0, 0, 0, "What happened in Halden has been studied by a board and two inquiries."
    )
    question = Sentence("2", 0, 0, 0, "What happened in Morvik after the first fire that night?")
    assert find_differences([[statement], [question]]) == ()
