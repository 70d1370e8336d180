"""Recognise pages that are not news reports: crawl notices, error pages, login walls, tweet
embeds, video-player and cookie notices, parked domains, sign-up forms.

Hand-written: these are the non-articles a news crawl actually returns (Multi-News holds
dozens of them); a page is junk when such notices make up most of what is left of it.
"""

from __future__ import annotations

import re
from collections import Counter

from newsfuse.text.cues import CueFinder
from newsfuse.text.furniture import is_furniture

_NOTICES: dict[str, re.Pattern[str]] = {
    reason: re.compile(pattern, re.IGNORECASE)
    for reason, pattern in {
        "web-archive crawl notice": r"internet archive|wayback machine|archive-it|\bcrawl"
        r"|seed ?list|seed for|not (?:currently )?publicly accessible|collection contains"
        r"|\bthis collection\b|duplicate detection"
        r"|every domain on the web|inter-domain",
        "tweet embed": r"tweet with a location|add a location to your tweets"
        r"|add this tweet to your website|twitter may be over capacity",
        "video player notice": r"rating is available when the video has been rented"
        r"|interactive transcript could not be loaded|this feature is not available right now"
        r"|video (?:is )?(?:unavailable|no longer available)",
        "error page": r"page (?:you (?:requested|are looking for|were looking for)|requested)"
        r" (?:could not|cannot|can't|was not|wasn't|does not|doesn't) (?:be found|exist)"
        r"|\bpage not found\b|\b404 (?:error|not found)\b|\berror 404\b",
        "login wall": r"\bsign in (?:using|to|with)\b|please (?:sign|log) in|log ?in ?to"
        r"|already have an account|create an account|subscribe to (?:continue|read)"
        r"|subscribers only|terms of service|privacy policy|password|registration",
        "javascript required": r"javascript is (?:disabled|required|not enabled)"
        r"|enable javascript|turn on javascript",
        "cookie notice": r"\bcookies?\b|consent",
        "parked domain": r"custom domain|domain mapping|this domain (?:is|may be) for sale",
        "sign-up form": r"mailing list|newsletter|sign up for|contact details in the form",
    }.items()
}
# Every notice pattern contains one of these; most pages and lines contain none, and a cue
# search settles that far faster than the patterns can.
_TRIGGERS = (
    "archive", "crawl", "seed", "publicly accessible", "collection", "duplicate detection",
    "domain", "tweet",
    "twitter", "rating is", "transcript", "feature is not", "video", "sign in", "log in",
    "login", "account", "subscri", "terms of service", "privacy policy", "password",
    "registration", "javascript", "cookie", "consent", "mailing list", "newsletter",
    "sign up", "contact details", "not found", "be found", "exist", "404",
)  # fmt: skip
# Words every match of a reason's pattern holds (lower-cased), one tuple per reason of
# ``_NOTICES`` in its order: a piece is searched only with the patterns whose words it holds.
# Each alternative of a pattern is covered ("wayback machine" holds no trigger, so it is a
# cue of its own here; the page and its pieces are still first gated by ``_TRIGGERS``).
_REASON_CUES: dict[str, tuple[str, ...]] = {
    "web-archive crawl notice": (
        "archive", "wayback machine", "crawl", "seed", "publicly accessible", "collection",
        "duplicate detection", "domain",
    ),
    "tweet embed": ("tweet", "twitter"),
    "video player notice": ("rating is", "video", "transcript", "feature is not"),
    "error page": ("be found", "exist", "not found", "404"),
    "login wall": (
        "sign in", "log in", "login", "account", "subscri", "terms of service",
        "privacy policy", "password", "registration",
    ),
    "javascript required": ("javascript",),
    "cookie notice": ("cookie", "consent"),
    "parked domain": ("domain",),
    "sign-up form": ("mailing list", "newsletter", "sign up", "contact details"),
}  # fmt: skip
# One pass finds both the triggers (the last family) and which reasons' cues a text holds.
_TRIGGER_FINDER = CueFinder([*_REASON_CUES.values(), _TRIGGERS])
_TRIGGERED = len(_REASON_CUES)
# A page's sentences and lines: spaces after a sentence's end, or line breaks. (Written
# from the first space, read back by lookbehinds: alternatives that open on a lookbehind or
# a repeat make the engine try every position, twice as slow.)
_PIECES = re.compile(r"\s(?:(?<=[.!?]\s)\s*|(?<=\n)\n*)")
# A page keeping fewer words than this outside notices and furniture is not a report.
MIN_REPORT_WORDS = 40
# An error notice ("the page you requested could not be found") marks a page of up to this
# many other words as junk: error pages pad the notice with help text, reports never say it.
MAX_ERROR_PAGE_WORDS = 150


def junk_reason(text: str) -> str:
    """Why ``text`` is not a news report, or ``""`` when it is one.

    Example:
        >>> junk_reason("Tweet with a location. You can add location information.")
        'tweet embed'
        >>> junk_reason("Fire crews fought a blaze at the harbour on Monday. " * 5)
        ''
    """
    if not _has_trigger(text.lower()):
        return ""
    pieces = _PIECES.split(text)
    reasons = [_notice_of(piece) for piece in pieces]
    notices = Counter(reason for reason in reasons if reason)
    if not notices:  # most pages with a cue word hold no notice: no furniture test needed
        return ""
    notice_words = sum(len(p.split()) for p, reason in zip(pieces, reasons, strict=True) if reason)
    # The report's own words are counted only up to what settles every test below: the
    # furniture test of each piece is the cost, and a long report settles it early.
    enough = max(MIN_REPORT_WORDS, notice_words, MAX_ERROR_PAGE_WORDS + 1)
    report_words = 0
    for piece, reason in zip(pieces, reasons, strict=True):
        if report_words >= enough:
            break
        if not reason and not is_furniture(piece):
            report_words += len(piece.split())
    if notices["error page"] and report_words <= MAX_ERROR_PAGE_WORDS:
        return "error page"
    if report_words < MIN_REPORT_WORDS or report_words < notice_words:
        return notices.most_common(1)[0][0]
    return ""


def _notice_of(piece: str) -> str:
    """The first reason whose notice pattern the piece holds ("" for none). A pattern whose
    cue words the piece lacks cannot match it and is not tried: the patterns, tried at
    every position of a piece, were most of a junk test's cost. (Only for an ASCII piece:
    ignoring case, a pattern's "k" or "s" also matches a Kelvin sign or a long s, which
    ``lower`` leaves as they are.)"""
    cued = _TRIGGER_FINDER.found(piece.lower())
    if _TRIGGERED not in cued:
        return ""
    every = not piece.isascii()
    return next(
        (
            reason
            for number, (reason, rx) in enumerate(_NOTICES.items())
            if (every or number in cued) and rx.search(piece)
        ),
        "",
    )


def _has_trigger(lowered: str) -> bool:
    return _TRIGGERED in _TRIGGER_FINDER.found(lowered)
