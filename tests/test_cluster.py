"""Grouping a stream of articles into stories, and spotting near-duplicate copies."""

from __future__ import annotations

import pytest

from newsfuse.cluster import Member, StoryGrouper, fingerprint
from newsfuse.errors import ConfigError
from tests.conftest import EVENTS


def members(texts: list[str], start: int = 1) -> list[Member]:
    return [Member(start + i, fingerprint(t)) for i, t in enumerate(texts)]


def stories_of(assignments: list, count: int) -> list[int]:  # type: ignore[type-arg]
    return [a.story for a in assignments][:count]


def test_reports_of_one_event_share_a_story_and_events_stay_apart() -> None:
    interleaved = [EVENTS[e][i] for i in range(2) for e in ("fire", "tram", "storm")]
    assigned = StoryGrouper().group([], members(interleaved))
    story = {a.article_id: a.story for a in assigned}
    assert story[1] == story[4] and story[2] == story[5] and story[3] == story[6]
    assert len({story[1], story[2], story[3]}) == 3


def test_new_articles_join_existing_stories_without_regrouping_them() -> None:
    grouper = StoryGrouper()
    first_run = grouper.group([], members([EVENTS["fire"][0], EVENTS["tram"][0]]))
    known = [
        Member(a.article_id, fingerprint(text), story)
        for a, text, story in zip(
            first_run, [EVENTS["fire"][0], EVENTS["tram"][0]], (10, 11), strict=True
        )
    ]
    later = grouper.group(known, members([EVENTS["tram"][1], EVENTS["storm"][0]], start=3))
    assert [(a.article_id, a.story) for a in later] == [(3, 11), (4, -1)]


def test_a_syndicated_copy_is_marked_as_a_duplicate_of_the_first() -> None:
    original = EVENTS["storm"][0]
    copy = "By our wire service. " + original.replace("Monday", "Monday morning")
    assigned = StoryGrouper().group([], members([original, EVENTS["tram"][0], copy]))
    assert assigned[2].duplicate_of == 1 and assigned[2].story == assigned[0].story
    assert assigned[0].duplicate_of is None


def test_nothing_new_means_nothing_to_do() -> None:
    assert StoryGrouper().group(members([EVENTS["fire"][0]]), []) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"threshold": 0}, "threshold must be between 0 and 1, got 0"),
        ({"candidate_terms": 0}, "candidate_terms must be >= 1, got 0"),
        ({"duplicate_jaccard": 1.5}, "duplicate_jaccard must be in"),
    ],
)
def test_settings_are_checked(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        StoryGrouper(**kwargs)  # type: ignore[arg-type]


def test_stored_band_parameters_are_datasketch_optimum_for_the_default_threshold() -> None:
    from datasketch import MinHashLSH

    from newsfuse.cluster.fingerprint import BANDS, NUM_PERM, ROWS

    lsh = MinHashLSH(threshold=0.6, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)


def test_an_article_outside_the_window_starts_a_story() -> None:
    grouper = StoryGrouper(window_days=2)
    old = Member(1, fingerprint(EVENTS["fire"][0]), None, "2026-03-01T00:00:00+00:00")
    new = Member(2, fingerprint(EVENTS["fire"][1]), None, "2026-03-05T00:00:00+00:00")
    near = Member(3, fingerprint(EVENTS["fire"][1]), None, "2026-03-02T00:00:00+00:00")
    assert [a.story for a in grouper.group([], [old, new])] == [-1, -2]
    assert [a.story for a in grouper.group([], [old, near])] == [-1, -1]
