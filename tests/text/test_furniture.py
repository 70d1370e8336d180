import pytest

from newsfuse.text.furniture import is_furniture, strip_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our free newsletters",
        "Get the best updates straight to your inbox:",
        "Please select at least one mailing list.",
        "You can unsubscribe at any time by clicking the link in the footer of our emails.",
        "Read more: Port Halden's long road to a modern harbour",
        "Share this article",
        "Reuters/AP",
        "Photo: Harbour Radio",
        "We use cookies to improve your experience on our site.",
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Archive.",
        "Copyright 2026 The Associated Press. All rights reserved.",
        "Tweet with a location",
        "Follow us on social media for live updates.",
    ],
)
def test_recognises_page_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Netflix now has 100 million subscribers, the company said on Monday.",
        "The union has complained for years about the state of the conveyor gallery.",
        "Police said they had read the letter before the meeting began on Tuesday evening.",
        "A spokesperson for the municipality said the situation at the terminal was stable.",
    ],
)
def test_keeps_reporting(line: str) -> None:
    assert not is_furniture(line)


def test_strip_furniture_drops_lines_and_normalises_paragraphs() -> None:
    raw = "Storm hits coast.  \r\n \n Read more: weather\nPower is\u200b out."
    assert strip_furniture(raw) == "Storm hits coast.\n\nPower is out."


def test_a_paragraph_holding_a_notice_keeps_its_reporting() -> None:
    # HTML extraction can join a sign-up box into the paragraph around it; only the notice
    # may go, not the whole paragraph (this lost whole articles before).
    paragraph = (
        "A fire tore through the grain terminal at Port Halden on Tuesday night, forcing "
        "the evacuation of about 200 nearby homes. Two workers were taken to hospital with "
        "burns, the fire service said. Sign up for our newsletter. Fire chief Marta Lind said "
        "crews had the fire under control by 2 a.m. on Wednesday, hours after it started."
    )
    kept = strip_furniture(paragraph)
    assert "newsletter" not in kept
    assert kept.startswith("A fire tore") and kept.endswith("hours after it started.")
