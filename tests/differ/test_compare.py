import pytest

from newsfuse.differ.claims import Kind, find_claims
from newsfuse.differ.compare import canonical_day, clock_minutes, conflicting
from newsfuse.differ.times import is_half_day
from newsfuse.documents import Sentence


def pair(a: str, b: str, kind: Kind) -> tuple[bool, ...]:
    articles = [[Sentence("1", 0, 0, len(a), a)], [Sentence("2", 0, 0, len(b), b)]]
    first, second = (c for c in find_claims(articles) if c.kind is kind and not is_half_day(c))
    return (conflicting(first, second),)


@pytest.mark.parametrize(
    ("a", "b", "differs"),
    [
        ("The fire broke out at 10 p.m.", "The fire broke out at 11 p.m.", True),
        ("The fire broke out at 9:06 p.m.", "The fire broke out at 9:06 a.m.", True),
        ("The fire broke out shortly after 10 p.m.", "The fire broke out at 10:20 p.m.", False),
        ("The fire broke out at 10 p.m.", "The fire broke out at 10:10 p.m.", False),
        ("The plane crashed on Sept. 3.", "The plane crashed on 3 September.", False),
        ("The plane crashed on March 3.", "The plane crashed on March 4.", True),
    ],
)
def test_times_differ_beyond_their_hedge(a: str, b: str, differs: bool) -> None:
    assert pair(a, b, Kind.TIME) == (differs,)


@pytest.mark.parametrize(
    ("a", "b", "differs"),
    [
        ("The car fell into a 6-story shaft.", "The car fell into an 8-story shaft.", True),
        ("They hiked the 2-mile trail.", "They hiked the 1,427-mile trail.", False),
        ("About 200 homes were evacuated.", "200 homes were evacuated.", False),
        ("At least 12 people were killed.", "30 people were killed.", True),
    ],
)
def test_counts_differ_unless_their_ranges_meet(a: str, b: str, differs: bool) -> None:
    assert pair(a, b, Kind.COUNT) == (differs,)


def test_clock_and_day_forms() -> None:
    assert clock_minutes("9:06 p.m.") == 21 * 60 + 6
    assert clock_minutes("12 a.m.") == 0
    assert clock_minutes("midnight") == 0
    assert canonical_day("Sept. 3") == canonical_day("3 September") == "September 3"
