"""Recognise page furniture in plain text: newsletter blurbs, share/cookie text, photo credits,
crawl notices and wire sign-offs, which must never reach a brief.

Hand-written: trafilatura removes such blocks from HTML by page structure, but plain-text
reports (and Multi-News) have no structure left, only these tell-tale phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.text.cues import CueFinder, joined_spans

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
# Phrases that mark a short line (a real paragraph may mention them in passing): those that
# open the line, and those that may stand anywhere in it.
_WEAK_OPENING = re.compile(
    r"""\s*(?:read\ (?:more|next|this)\b|related(?:\ (?:stories|articles))?:|see\ also\b
    |more:|share\ (?:this|on)\b|advertisement\s*$|sponsored\b
    |(?:photo|image|picture|video)(?:\ credit)?\s*:|(?:reporting|editing|writing)\ by\b
    |(?:filed\ under|topics|tags)\s*:|(?:email|print|comments?)\s*$
    |(?:update|updated|posted|published)\s*:?\s*\d
    |(?:(?:share|tweet|pin|email|e-mail|print|facebook|twitter|linkedin|whatsapp|reddit)
    (?:\s+|\s*[|/·•]\s*|$)){2,}$)""",
    re.VERBOSE,
)
_WEAK_ANYWHERE = re.compile(
    r"""\bnewsletters?\b|\bsign\ (?:up|in)\b|\bsubscrib(?:e|ing|ers?\ only)\b|\binbox\b
    |\bmailing\ list\b|\bfollow\ us\b|\bcookies?\b|\((?:reuters|ap|afp|getty)(?:\ photo)?\)\s*$
    |\blog\ ?in\b|\bdownload\ (?:our|the)\ app\b""",
    re.VERBOSE,
)
# A wire sign-off alone on a line: "Reuters/AP", "(AP)", "— Associated Press".
_SIGN_OFF = re.compile(
    r"^\W*(?:reuters|ap|afp|associated\ press|bloomberg|pa|upi)(?:\s*/\s*(?:reuters|ap|afp))*\W*$",
    re.VERBOSE,
)
_SHORT_LINE_WORDS = 30
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(A-Z0-9])")
_SIGN_OFF_MAX_CHARS = 40

# Each alternative of _STRONG contains one of the first cues, each of _WEAK_ANYWHERE one of
# the second. Most lines contain none, and finding these literals once per text is far
# cheaper than running the patterns over every line; a pattern runs only on a line holding
# one of its own cues. (_WEAK_OPENING is anchored at the line start, so it is cheap anyway.)
_STRONG_CUES = (
    "alexa internet", "wayback machine", "internet archive", "crawl data", "heritrix",
    "mailchimp", "unsubscribe", "rights reserved", "may not be published", "tweet with a",
    "location information", "add location", "video player", "enable javascript",
    "media playback", "appeared first on", "this article was", "this story was",
    "click here to", "our cookie", "our privacy", "we use cookies", "accept cookies",
    "accept all cookies", "terms of use", "terms of service", "image copyright",
    "image caption", "getty images", "ap photo",
)  # fmt: skip
_WEAK_CUES = (
    "newsletter", "sign up", "sign in", "subscrib", "inbox", "mailing list", "follow us",
    "cookie", "(reuters", "(ap", "(afp", "(getty", "log in", "login", "download our app",
    "download the app",
)  # fmt: skip
_CUES = CueFinder([_STRONG_CUES, _WEAK_CUES])
# Invisible characters that scrapers leave inside words ("​CNN ​is").
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def is_furniture(line: str) -> bool:
    """True when a line (or sentence) is page furniture rather than reporting.

    Example:
        >>> is_furniture("Sign up to our free newsletters")
        True
        >>> is_furniture("Netflix now has 100 million subscribers, the company said.")
        False
    """
    lowered = line.lower()
    strong, weak = _CUES.present(lowered)
    return _matches_furniture(lowered, strong, weak)


def _matches_furniture(lowered: str, strong_cue: bool, weak_cue: bool) -> bool:
    if len(lowered) <= _SIGN_OFF_MAX_CHARS and _SIGN_OFF.match(lowered):
        return True
    if strong_cue and _STRONG.search(lowered):
        return True
    opening = _WEAK_OPENING.match(lowered) is not None
    if not (weak_cue or opening):
        return False
    hits = (len(_WEAK_ANYWHERE.findall(lowered)) if weak_cue else 0) + opening
    return hits >= 2 or (hits == 1 and len(lowered.split()) <= _SHORT_LINE_WORDS)


def furniture_flags(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """``is_furniture`` of many spans of one text, finding the trigger words only once.

    Example:
        >>> furniture_flags("Storm hits.\\nRead more: x", [(0, 11), (12, 24)])
        [False, True]
    """
    lowered = text.lower()
    strong, weak = _CUES.flags(lowered, spans)
    return [
        _matches_furniture(lowered[start:end], strong_cue, weak_cue)
        for (start, end), strong_cue, weak_cue in zip(spans, strong, weak, strict=True)
    ]


def strip_furniture(text: str) -> str:
    """Normalise line breaks and drop furniture lines; paragraphs stay separated by blank lines.

    Example:
        >>> strip_furniture("Storm hits coast.\\nRead more: weather\\nPower is out.")
        'Storm hits coast.\\n\\nPower is out.'
    """
    text = _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    spans = joined_spans(text.split("\n"))
    flags = furniture_flags(text, spans)
    lines = (
        _strip_sentences(text[a:b]) if junk else text[a:b]
        for (a, b), junk in zip(spans, flags, strict=True)
    )
    return "\n\n".join(" ".join(line.split()) for line in lines if not line.isspace() and line)


def _strip_sentences(line: str) -> str:
    """A flagged line short enough to be one notice goes whole; a paragraph that merely holds
    a notice (HTML extraction joins inline blocks into one line) loses only its furniture
    sentences.

    Example:
        >>> line = "Crews fought the blaze. Sign up for our newsletter. " + "More. " * 40
        >>> _strip_sentences(line)[:29]
        'Crews fought the blaze. More.'
    """
    if len(line.split()) <= _SHORT_LINE_WORDS:
        return ""
    return " ".join(s for s in _SENTENCE_BREAK.split(line) if not is_furniture(s))
