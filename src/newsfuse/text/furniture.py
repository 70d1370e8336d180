"""Recognise page furniture in plain text: newsletter blurbs, share/cookie text, photo credits,
crawl notices and wire sign-offs, which must never reach a brief.

Hand-written: trafilatura removes such blocks from HTML by page structure, but plain-text
reports (and Multi-News) have no structure left, only these tell-tale phrases.
"""

from __future__ import annotations

import re

# Phrases (lower case) that mark a line as furniture whatever its length.
_STRONG = re.compile(
    r"""alexa\ internet|wayback\ machine|internet\ archive|crawl\ data|\bheritrix\b
    |mailchimp|\bunsubscribe\b|all\ rights\ reserved|may\ not\ be\ published,\ broadcast
    |tweet\ with\ a\ location|add\ location\ information\ to\ your\ tweets
    |you\ can\ add\ location|video\ player\ (?:failed|is\ loading)|enable\ javascript
    |media\ playback\ is\ unsupported|appeared\ first\ on|\bthis\ (?:article|story)\ was
    \ (?:originally\ )?published|click\ here\ to|our\ (?:cookie|privacy)\ policy
    |we\ use\ cookies|accept\ (?:all\ )?cookies|terms\ of\ (?:use|service)
    |image\ copyright|image\ caption|getty\ images|ap\ photo/|\(ap\ photo\b""",
    re.VERBOSE,
)
# Phrases that mark a short line (a real paragraph may mention them in passing).
_WEAK = re.compile(
    r"""\bnewsletters?\b|\bsign\ (?:up|in)\b|\bsubscrib(?:e|ing|ers?\ only)\b|\binbox\b
    |\bmailing\ list\b|^\s*read\ (?:more|next|this)\b|^\s*related(?:\ (?:stories|articles))?:
    |^\s*see\ also\b|^\s*more:|\bfollow\ us\b|^\s*share\ (?:this|on)\b|\bcookies?\b
    |^\s*advertisement\s*$|^\s*sponsored\b|^\s*(?:photo|image|picture|video)(?:\ credit)?\s*:
    |\((?:reuters|ap|afp|getty)(?:\ photo)?\)\s*$|^\s*(?:reporting|editing|writing)\ by\b
    |^\s*(?:filed\ under|topics|tags)\s*:|^\s*(?:email|print|comments?)\s*$|\blog\ ?in\b
    |\bdownload\ (?:our|the)\ app\b|^\s*(?:update|updated|posted|published)\s*:?\s*\d""",
    re.VERBOSE,
)
# A wire sign-off alone on a line: "Reuters/AP", "(AP)", "— Associated Press".
_SIGN_OFF = re.compile(
    r"^\W*(?:reuters|ap|afp|associated\ press|bloomberg|pa|upi)(?:\s*/\s*(?:reuters|ap|afp))*\W*$",
    re.IGNORECASE | re.VERBOSE,
)
_SHORT_LINE_WORDS = 30


# Every furniture pattern contains one of these; most sentences contain none, and a few
# substring tests are far cheaper than the full patterns.
_TRIGGERS = (
    "alexa",
    "wayback",
    "internet archive",
    "crawl",
    "heritrix",
    "mailchimp",
    "subscri",
    "rights reserved",
    "tweet",
    "location information",
    "javascript",
    "playback",
    "appeared first",
    "click here",
    "cookie",
    "policy",
    "terms of",
    "getty",
    "newsletter",
    "sign up",
    "sign in",
    "inbox",
    "mailing list",
    "read more",
    "read next",
    "read this",
    "related",
    "see also",
    "more:",
    "follow us",
    "share this",
    "share on",
    "advertisement",
    "sponsored",
    "photo",
    "image",
    "picture",
    "video",
    "credit",
    "(reuters",
    "(ap",
    "(afp",
    "ing by",
    "filed under",
    "topics",
    "tags",
    "email",
    "print",
    "comment",
    "log in",
    "login",
    "download",
    "update",
    "posted",
    "published",
)
_SIGN_OFF_MAX_CHARS = 40


def is_furniture(line: str) -> bool:
    """True when a line (or sentence) is page furniture rather than reporting.

    Example:
        >>> is_furniture("Sign up to our free newsletters")
        True
        >>> is_furniture("Netflix now has 100 million subscribers, the company said.")
        False
    """
    if len(line) <= _SIGN_OFF_MAX_CHARS and _SIGN_OFF.match(line):
        return True
    lowered = line.lower()
    if not any(trigger in lowered for trigger in _TRIGGERS):
        return False
    if _STRONG.search(lowered):
        return True
    weak_hits = len(_WEAK.findall(lowered))
    return weak_hits >= 2 or (weak_hits == 1 and len(line.split()) <= _SHORT_LINE_WORDS)


# Invisible characters that scrapers leave inside words ("​CNN ​is").
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def strip_furniture(text: str) -> str:
    """Normalise line breaks and drop furniture lines; paragraphs stay separated by blank lines.

    Example:
        >>> strip_furniture("Storm hits coast.\\nRead more: weather\\nPower is out.")
        'Storm hits coast.\\n\\nPower is out.'
    """
    text = text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    lines = (line.strip() for line in text.split("\n"))
    kept = [" ".join(line.split()) for line in lines if line and not is_furniture(line)]
    return "\n\n".join(kept)
