"""A fact told twice in other words shares a key; look-alikes that tell two facts do not."""

from __future__ import annotations

import pytest

from newsfuse.differ import find_claims
from newsfuse.documents import Sentence
from newsfuse.rank import repeats
from newsfuse.rank.repeats import fact_keys


def _shared(first: str, second: str) -> frozenset[str]:
    one, two = fact_keys(
        [Sentence("1", 0, 0, len(first), first), Sentence("2", 0, 0, len(second), second)]
    )
    return one & two


def test_a_toll_told_twice_is_one_fact_even_with_two_counts() -> None:
    assert _shared(
        "A gale killed 12 people in Ostvik on Monday.",
        "At least 14 people died in Ostvik as the gale passed.",
    )
    assert _shared(
        "Ferries stopped and more than 3,100 sailings were canceled on Friday.",
        "Operators canceled 3,100 sailings across the strait.",
    )


def test_the_same_figure_of_the_same_noun_is_one_fact() -> None:
    assert _shared(
        "Volunteers pulled 31 hikers off the ridge overnight.",
        "By morning 31 hikers had been brought down by volunteers.",
    )
    assert _shared(
        "The council paid out $48,250.50 to the tenants.",
        "Tenants received a cheque for $48,250.50 from the council.",
    )


def test_a_persons_age_given_again_is_a_repeat() -> None:
    assert _shared("Mara Lind, 44, runs the ferry office.", "Lind, 44, said she was tired.")


def test_look_alikes_that_tell_two_facts() -> None:
    # Other figures of one noun, and relatives of one surname with their own ages.
    assert not _shared("He lost 40 pounds in a year.", "The bag weighed 90 pounds.")
    assert not _shared(
        "Tom Vale, 35, was hurt on the bridge.", "His daughter, Ida Vale, 9, was unhurt."
    )
    # A year is shared by many facts.
    assert not _shared("The mill opened in 1998.", "The strike of 1998 closed the port.")


def test_the_story_claims_read_once_give_the_same_keys() -> None:
    texts = [
        "A gale killed 12 people in Ostvik on Monday.",
        "Mara Lind, 44, runs the ferry office.",
        "Nineteen boats sank.",
        "Lind said she was tired.",
    ]
    sentences = [Sentence("1", i, 0, len(t), t) for i, t in enumerate(texts)]
    pool = [sentences[0], sentences[1], sentences[2]]
    assert fact_keys(pool, find_claims([sentences])) == fact_keys(pool)
    assert fact_keys(pool)[0] == {"dead/"}


def test_a_statistic_printed_with_its_point_is_one_fact() -> None:
    assert _shared(
        "Tulsa's shortstop leads the league in batting average (.340).",
        "He leads the majors in hitting at .340 this season.",
    )
    # Look-alikes: another average, and a short decimal ("1.2 percent" beside "$1.2
    # billion"), are no shared figure.
    assert not _shared("Vega hit .340 in May.", "Vega hit .285 in June.")
    assert not _shared("Rayco bought the firm for $1.2 billion.", "Rayco shares fell 1.2 percent.")


def test_a_count_that_rose_is_not_the_figure_it_rose_from() -> None:
    assert not _shared(
        "The club had sold 3,900 tickets by Friday.",
        "Ticket sales rose to 4,150 by Sunday.",
    )


def _figures_read_at_each_match(text: str) -> set[str]:
    """``_figures`` without its test for a leading point: the point read at every match."""
    found = (
        f".{m.group()}" if m.start() and text[m.start() - 1] == "." else m.group()
        for m in repeats._FIGURE.finditer(text)
    )
    return {f for f in found if len(f) >= 5 or (len(f) == 4 and not repeats._year(f))}


@pytest.mark.parametrize(
    "text",
    [
        "He hit .340 in 2014 and .3333 the year after.",
        "The fund grew 4.5 percent to $136,927.07 by 2019.",
        "A rate of 1..2345, then a,.5678 and x..9999 and .1234.",
        ".2345 opened the line; 12.3456 and 1,.2345 did not.",
        "No figure here at all.",
        "Crews cleared 1,240 roads and 13,000 homes by 2020, in 1999 and 2200.",
        "Crews cleared 1,240 roads; 2020 and 1999 are years, 0.3 too short.",
    ],
)
def test_figures_give_the_answers_of_reading_the_point_at_each_match(text: str) -> None:
    assert repeats._figures(text) == _figures_read_at_each_match(text)
