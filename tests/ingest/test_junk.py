"""Junk pages are recognised with a reason; reports that merely mention such things are not."""

from __future__ import annotations

import pytest

from newsfuse.ingest.junk import junk_reason

REPORT = (
    "Fire crews fought a blaze at the Port Halden grain terminal through Tuesday night. "
    "About 200 homes were evacuated as smoke drifted over the harbour, officials said. "
    "Two workers were taken to hospital with burns, and the cause is not yet known. "
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "This collection holds pages captured by our web crawl in 2026. The seed list "
            "came from every domain we could find. These files are not publicly accessible.",
            "web-archive crawl notice",
        ),
        (
            # the notice, then the archivists' own account of the collection
            "Crawl of outlinks from harbourpost.com started May, 2026. These files are "
            "currently not publicly accessible. Properties of this collection. It has been "
            "years since we last did this. For this collection, several things were done: 1. "
            "Turned off duplicate detection. This collection will be complete, as we may "
            "share it. 2. For the first time, we did every site. The first runs were just "
            "against the port. This time the seed list was built from all 12 collections.",
            "web-archive crawl notice",
        ),
        (
            "Sign in to continue reading.\nAlready have an account? Log in.\n"
            "Create an account to get unlimited access. Forgot your password?",
            "login wall",
        ),
        (
            "Tweet with a location\n\nYou can add location information to your Tweets from "
            "the web. Learn more",
            "tweet embed",
        ),
        (
            "We use cookies to improve your experience.\nAccept cookies\nManage consent",
            "cookie notice",
        ),
        (
            "JavaScript is disabled. Please enable JavaScript to play this video.",
            "javascript required",
        ),
        (
            "Rating is available when the video has been rented.\nThis feature is not "
            "available right now. Please try again later.",
            "video player notice",
        ),
    ],
)
def test_junk_pages_get_their_reason(text: str, reason: str) -> None:
    assert junk_reason(text) == reason


def test_a_report_with_a_newsletter_line_is_not_junk() -> None:
    text = REPORT * 2 + "\nSign up for our morning newsletter.\nWe use cookies."
    assert junk_reason(text) == ""


def test_a_report_about_the_internet_archive_is_not_junk() -> None:
    text = (
        REPORT
        + ("The Internet Archive said its crawl of the port authority's site was public. " * 1)
        + REPORT
    )
    assert junk_reason(text) == ""


def test_an_error_page_padded_with_help_text_is_junk() -> None:
    help_text = (
        "If you reached this page from a bookmark, its address may have changed. "
        "Please choose a section from the menu at the top of this page. Older stories "
        "are kept in our archive for one month. If you still cannot find what you need, "
        "please write to the web team, who answer within two working days. "
    )
    text = "Sorry, the page you requested could not be found.\n\n" + help_text * 2
    assert junk_reason(text) == "error page"


def test_a_report_quoting_a_missing_page_is_not_junk() -> None:
    text = REPORT * 6 + "Visitors were told the page you requested could not be found."
    assert junk_reason(text) == ""


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A notice whose words hold no trigger: the piece is searched for it because another
        # reason's cue ("video") opens the piece to the test.
        ("The Wayback Machine saved this video.", "web-archive crawl notice"),
        # A notice with only its own reason's cue words.
        ("This domain may be for sale. Inquire within.", "parked domain"),
        # Ignoring case, "ſ" (a long s) is an "s" to the patterns, though not to lower().
        ("Please ſign in to see this video.", "login wall"),
    ],
)
def test_each_notice_is_found_from_its_cue_words(text: str, reason: str) -> None:
    assert junk_reason(text) == reason


def test_a_pages_pieces_are_split_as_the_plain_pattern_split_them() -> None:
    # speed35: the pattern opens on the space now; the plain form is the reference.
    import re

    from newsfuse.ingest.junk import _PIECES

    plain = re.compile(r"(?<=[.!?])\s+|\n+")
    for text in ["Sign up. Now!  Read\n\nmore? x\n y. \n\n z", "a.\tb\n", "\n\nx", "no end"]:
        assert _PIECES.split(text) == plain.split(text)
