"""``rank.backbone._copied_openings``' early return (stop 36, speed46) gives the plain form's
answers."""

from __future__ import annotations

import pytest

from newsfuse import Article, Settings
from newsfuse.rank import backbone
from newsfuse.rank.story import PreparedStory, prepare_story

_FLAMES = "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned for hours."
_UNION = "The dock union said five terminal workers were hurt and two remain in hospital."
_COURIER = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, officials said.\n\n"
    "Fire chief Marta Lind said crews fought the blaze for six hours before it was contained."
)


def _copied_openings_read_at_every_row(
    story: PreparedStory, rows: list[int], reports: dict[str, list[int]], openings: set[int]
) -> frozenset[int]:
    """``backbone._copied_openings`` without its test for a story with no copies."""
    first_of = {report: ps[0] for report, ps in reports.items()}
    copies = {p: group for group in story.groups if len(group) > 1 for p in group}
    return frozenset(
        r
        for r, p in enumerate(rows)
        if r not in openings
        and p in copies
        and any(
            story.candidates[q].article_id == story.candidates[p].article_id
            and q - first_of[story.candidates[p].article_id] < backbone.LEDE_RANK
            for q in copies[p]
        )
    )


@pytest.mark.parametrize(
    "radio",
    [
        f"{_FLAMES}\n\n{_UNION}\n\n{_FLAMES}\n\nThe port said the inquiry opens on Thursday.",
        f"{_FLAMES}\n\nThe harbour board met on Wednesday.\n\n{_UNION}\n\n{_UNION}",
        f"{_FLAMES}\n\n{_UNION}\n\nThe port said the inquiry opens on Thursday.",
    ],
)
def test_copied_openings_are_the_plain_forms(radio: str) -> None:
    articles = [Article(id="1", text=_COURIER), Article(id="2", text=radio)]
    story = prepare_story(articles, Settings())
    rows = list(range(len(story.candidates)))
    reports: dict[str, list[int]] = {}
    for p, sentence in enumerate(story.candidates):
        reports.setdefault(sentence.article_id, []).append(p)
    for openings in ({0, 2}, set()):
        assert backbone._copied_openings(
            story, rows, reports, openings
        ) == _copied_openings_read_at_every_row(story, rows, reports, openings)
