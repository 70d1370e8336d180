"""Where a refill's additions go (rank.backbone._Builder._after_opening), with invented
reports: the conditions a test here pins fail it when taken out (the commits that added
them say which)."""

import pytest

from newsfuse.rank import backbone
from tests.rank.test_backbone import COURIER, _brief, _story
from tests.rank.test_reading_order import SETUP_LINE, _refilled_brief


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


ICE_RINK = (
    "A new ice rink opened in Mirren on Monday.\n\n"
    "Elsewhere, a new ice rink opened in Mirren with skating lessons for children."
)


def _radio_brief(first: str, second: str, scores: list[float], words: int) -> list[str]:
    """A brief of the courier with a radio of ``first`` and ``second`` lines and the ice rink
    (the best addition, a stray that ends the first fill: the brief is filled again)."""
    radio = f"{first}\n\n{second}\n\nDockers sang on the quay at dawn."
    story = _story(COURIER, radio, ICE_RINK)
    return _brief(story, [3.0, 2.0, 1.5, 1.0, *scores, 0.0, 0.0, 2.5], words=words)


def test_a_refills_second_line_of_quotation_stays_last() -> None:
    # A quotation right after the opening is a reaction told before the facts (dev 0009):
    # the welder's words, though the radio's second line naming Port Halden, stay last.
    quote = (
        '"The blaze began in a conveyor belt near silo four at Port Halden," a welder told'
        " reporters."
    )
    flames = "Flames lit up the harbour late on Tuesday as the Port Halden terminal burned."
    texts = _radio_brief(flames, quote, [0.0, 1.2], words=95)
    assert texts.index(quote) > texts.index(COURIER.split("\n\n")[3])


def test_a_refills_first_line_of_another_report_stays_last() -> None:
    # Another report's first line after the opening is a second lede told right after the
    # first (dev 0051, 0057): the welders' warning, the radio's first line, stays last.
    warning = (
        "Welders at Port Halden had warned for months that a conveyor belt near silo four was"
        " overheating, and that the old wooden sheds beside it were full of dust and chaff."
    )
    watched = "Dockers watched from the quay as the sheds burned."
    texts = _radio_brief(warning, watched, [1.2, 0.0], words=105)
    assert texts.index(warning) > texts.index(COURIER.split("\n\n")[3])
