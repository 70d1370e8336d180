"""Where a refill's additions go (rank.backbone._Builder._after_opening), with invented
reports: the conditions a test here pins fail it when taken out (the commits that added
them say which)."""

import pytest

from newsfuse.rank import backbone
from tests.rank.test_backbone import COURIER, SETUP_LINE, _refilled_brief


def _clash_on_the_rink(builder: backbone._Builder) -> int | None:
    """A name clash found on the ice rink's line while the brief holds it."""
    rows = [r for r in builder.chosen if "ice rink" in builder._text(r)]
    return rows[0] if rows else None


def test_a_refill_after_a_name_clash_places_its_additions_as_any_refill(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The ice rink's line given way as a name clash, not as a stray ending: the radio's
    # second line the refill brings in goes after the opening all the same (review43's F7;
    # without ``refilled`` set there it ended the brief).
    monkeypatch.setattr(backbone._Builder, "name_clash", _clash_on_the_rink)
    texts = _refilled_brief(SETUP_LINE)
    assert texts[1] == SETUP_LINE
    assert texts[-1] == COURIER.split("\n\n")[3]
