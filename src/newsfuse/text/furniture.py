"""Recognise page furniture in plain text: newsletter blurbs, share/cookie text, photo
captions and credits, video teasers, social-media embeds (and a report that is one post),
crawl notices, wire sign-offs, and the tip lines and page notices of
:mod:`newsfuse.text.notices`, which must never reach a brief (they are dropped at ingest and
never ranked).

Hand-written: trafilatura removes such blocks from HTML by page structure, but plain-text
reports (and Multi-News) have no structure left, only these tell-tale phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.text import notices
from newsfuse.text.cues import CueFinder, joined_spans, lower_case
from newsfuse.text.encoding import REPLACEMENT, is_damaged, repaired
from newsfuse.text.genre import gives_verdict
from newsfuse.text.segment import ends_with_abbreviation

# Phrases (lower case) that mark a line as furniture whatever its length.
_STRONG = re.compile(
    r"""alexa\ internet|wayback\ machine|internet\ archive|crawl\ data|\bheritrix\b
    |mailchimp|\bunsubscribe\b|all\ rights\ reserved|may\ not\ be\ published,\ broadcast
    |tweet\ with\ a\ location|add\ location\ information\ to\ your\ tweets
    |you\ can\ add\ location|video\ player\ (?:failed|is\ loading)|enable\ javascript
    |media\ playback\ is\ unsupported|appeared\ first\ on|\bthis\ (?:article|story)\ was
    \ (?:originally\ )?published|click\ here\ to|our\ (?:cookie|privacy)\ policy
    |we\ use\ cookies|accept\ (?:all\ )?cookies|terms\ of\ (?:use|service)
    |image\ copyright|image\ caption|getty\ images|ap\ photo/|\(ap\ photo\b
    |warc\ files|embed\ x\ share
    # a copyright line, whatever its wording: "© 2015 Wiley Periodicals, Inc."
    |©\ ?(?:19|20)\d\d\b
    |add\ as\ an\ interest|accuracy\ and\ availability\ may\ vary|transcripts\ are\ created
    |subject\ matter\ of\ a\ graphic\ nature
    |some\ (?:viewers\ |readers\ |people\ )?may\ find\ (?:it\ |this\ |them\ )?
    (?:offensive|disturbing|upsetting)
    # a writer's note at the foot of the page, the name printed twice by the scraper:
    # "Jo Ann Lee Jo Ann Lee covers courts and the law for The Ledger."
    |^((?:[\w.'-]+\ ){2,3})\1(?:covers|writes\ about)\ """,
    re.VERBOSE,
)
# Phrases that mark a short line (a real paragraph may mention them in passing): those that
# open the line, and those that may stand anywhere in it.
_WEAK_OPENING = re.compile(
    r"""\s*(?:read\ (?:more|next|this)\b|related(?:\ (?:stories|articles))?:|see\ also\b
    |related\ [\"'‘“]
    |more:|share\ (?:this|on)\b|advertisement\s*$|sponsored\b
    |(?:photo|image|picture|video)(?:\ credit)?\s*:|(?:reporting|editing|writing)\ by\b
    |(?:filed\ under|topics|tags)\s*:|(?:email|print|comments?)\s*$
    # an explainer box's title: "What to Know ...", "Key facts", "Background on ..."
    |what\ (?:you\ need\ )?to\ know\b|key\ facts\b|at\ a\ glance\b|background\ on\b
    |(?:update|updated|posted|published)\s*:?\s*\d
    # a credit or a chart's source on its own line: "Credit: NASA", "(Credit: Jo Lee)",
    # "Source: Census Bureau data"
    |\(?(?:(?:image|photo|picture)\ )?(?:credits?|courtesy|sources?)\s*:
    # the page's reader told what to do with it: "Refresh the page - 12.08 million.",
    # "Click through the slideshow ...", "Please check your email and click ..." (a
    # brief is not that page)
    |(?:please\ )?(?:refresh|scroll|click|tap|swipe)\ (?:again|down|up|through|here|below
    |(?:on\ )?(?:the|this)\ (?:page|link|button|banner|icon|arrow|image|photo|gallery)s?\b)
    |keep\ (?:scrolling|refreshing)|please\ check\ your\ (?:e-?mail|inbox)
    # a raw video's title from a news site's gallery: "Raw: Extreme cold grips the coast"
    |raw\s*:
    # the publication's own price, alone on its line: "Subscriptions are $350 per year."
    |subscriptions?\ (?:are|is|costs?)\ [$£€][\d.,]+\ (?:per|a)\ (?:year|month|week)\.?\s*$
    |(?:(?:share|tweet|pin|email|e-mail|print|facebook|twitter|linkedin|whatsapp|reddit)
    (?:\s+|\s*[|/·•]\s*|$)){2,}$)""",
    re.VERBOSE,
)
_WEAK_ANYWHERE = re.compile(
    r"""\bnewsletters?\b|\bsign\ (?:up|in)\b|\bsubscrib(?:e|ing|ers?\ only)\b|\binbox\b
    |\bmailing\ list\b|\bfollow\ us\b|\bcookies?\b|\((?:reuters|ap|afp|getty)(?:\ photo)?\)\s*$
    |\blog\ ?in\b|\bdownload\ (?:our|the)\ app\b
    # a station's promotion of its apps: "Or, keep up-to-date on the latest news and weather
    # with the Channel 9 apps ..."
    |\bkeep\ up[\ -]to[\ -]date\b[^.]{0,80}\bapps?\b""",
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
# Photo captions and credits, video and gallery teasers, social-media embeds, disclosures:
# furniture whatever the line's length. Literal phrases are tested with ``in`` and the line
# openings with ``match``: one pattern of all of them took 20 us a line.
_CAPTION_PHRASES = (
    "file photo", "(photo:", "photo credit", "photo courtesy", "click here", "click to play",
    "after the jump", "above:", "pictured:",
    "click to watch", "click to enlarge", "click to see", "continue reading",
    "story continues below", "embedded video", "location history", "no more 404",
    "contributed to this report", "contributed reporting", "no business relationship",
    "want to add to this", "delivered weekday", "stories that matter", "email this",
    "(thanks", "h/t ", "in this post", "statement below", "video below", "see below",
    "watch below", "chart below", "charts below", "click for more", "click for the",
    "skip twitter post", "skip facebook post", "skip instagram post", "skip youtube post",
    "read more:", "read more here", "read more at", "eastern update",
    "on markets hub",
    "click below", "copyright (c)", "copyright ©", "click to share", "(opens in new window)",
)  # fmt: skip
_CAPTION_OPENING = re.compile(
    r"file\ [-–—]|\W*(?:watch|video|photos?|gallery|listen|audio|slideshow|trending\ news"
    r"|above|pictured)\s*:"
    r"|read\ on\b|\[|image\ (?!of\b)|(?:photograph|photo|picture)\ (?:of|from|by|shows)\b"
    r"|buy\ photo\b|caption\ "
    # a video show's teaser: "Jane Roe has details on The News Hub."
    r"|(?:[\w.'-]+\ ){1,3}has\ (?:more\ |the\ )?details\ on\ (?:[\w.'-]+\ ?){1,4}$"
    r"|(?:[\w.'-]+\ ){1,3}/\ (?:ap|afp|reuters|getty|epa)\b"
    # a credit printed before its caption: "Getty - Contributor James Maybrick, the
    # cotton merchant ...", "Rex Features The diary ...", "AFP/Getty Images NBA Finals MVP
    # ..." (an agency's short name alone may open news: "AFP reported ...", "Getty
    # Museum officials said ...")
    r"|\s*(?:getty\ images|rex\ features|hulton\ archive|ap\ photo"
    r"|(?:getty|afp|epa|ap|pa|alamy|shutterstock)(?=\ ?[-–/]))"
    r"(?:\ ?[-–/]\ ?(?:getty(?:\ images)?|contributor|afp|ap|epa|rex(?:\ features)?|pa"
    r"|hulton\ archive|reuters))*\ (?!images?\b)[a-z]",
    re.VERBOSE,
)
# Wire-photo captions: "A child looks at the tributes in London, Monday, June 5, 2017.",
# "... speaks at a rally Thursday, Oct. 3, 2013, in Haltom City, Texas." and "A Klansman,
# left, uses a flag to fend off protesters".
_CAPTION_DATE = re.compile(
    r",?\ (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\ [a-z]{3,9}\.?\ \d{1,2},"
    r"\ \d{4}(?:,\ in(?:\ [\w.-]+){1,3}"
    r"(?:,(?!.*\b(?:said|says|told|reported)\b)(?:\ [\w.-]+){1,2})?)?\.?\)?\s*$"
    r"|,\ (?:left|right|center|centre|second\ from\ (?:left|right)),\ ",
    re.VERBOSE,
)
# A wire-photo caption in the present tense, placed and dated by its weekday: "The USS
# Kestrel heads to port beside a tugboat, off Shimoda, Japan on Saturday.", "Mayor Ana Ortiz
# takes part in a hockey match in Sochi, Russia, on Saturday." Reporting tells a past act in
# the past ("stormed the base on Wednesday"), a coming one with a modal ("will hold a service
# on Thursday") or in the present of a schedule ("The council meets on Tuesday", "She
# testifies in Ashby on Monday"): the verbs here show what a picture shows, and never the
# verbs of a schedule. A subject opening on a preposition or a pronoun is no caption's.
_CAPTION_VERBS = (
    "holds|takes part|heads|walks|speaks|stands|looks|waves|gestures|poses|sits|talks"
    "|listens|reacts|watches|carries|greets|prays|smiles|shakes|hugs|kisses|points|wipes"
    "|cries|pauses|waits|salutes|is seen|are seen|stand|walk|sit|look|wait|gather|pose|hold"
    "|take part|react|watch|carry|mourn|pray|cheer|celebrate"
)
_PRESENT_CAPTION = re.compile(
    r"(?:(?:The|A|An)\ (?:[a-z][\w'’-]*\ ){0,2})?"
    r"(?!(?:Amid|After|As|At|In|On|With|When|While|Despite|Before|During|Since|Until|Under"
    r"|Over|For|From|By|He|She|It|They|We|I|You|This|That|These|Those|There|Here|But|And|So"
    r"|Yet|If|Then|Now|Today)\b)"
    r"(?:[A-Z][\w.'’-]*\ ){0,6}"
    r"(?:(?!(?:will|would|could|can|may|might|must|should|shall|to|did|does|do)\ )[a-z][\w'’-]*\ )?"
    r"(?:" + _CAPTION_VERBS.replace(" ", r"\ ") + r")\ "
    r"(?![^!?\"“”]*\b(?:said|says|told)\b)[^!?\"“”]{0,200}?"
    # the picture's place, then its weekday: "in Sochi, Russia, on Saturday"
    r"\ (?:in|at|off|near|outside)\ [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*)*"
    r"(?:,\ [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*)*)?,?"
    r"\ (?:on|early|late)\ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\."
)


def _is_present_caption(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a present-tense wire caption dated by its weekday (read only
    where the span ends on "day.": cheap, and no cue word gives such a caption away)."""
    return text.endswith("day.", start, end) and (
        _PRESENT_CAPTION.fullmatch(text, start, end) is not None
    )


# A photo's credit alone on its line, through whom the picture came: "Photos via Jo Lee/
# Facebook", "U.S. Navy via AP", "Harbour Co./Handout via REUTERS". Not a headline
# ("Mayor hits back via Twitter") nor news ("Crews were alerted via email."): the picture is
# named, or a name has a slash, or it came through a wire.
_VIA_CREDIT = re.compile(
    r"""(?=.*(?:/|\b(?:photos?|images?|pictures?|pic|handout|courtesy)\b|via\ (?:ap|reuters|afp|epa
    |getty\ images)$))(?:[\w.'’/&-]+\ ){1,6}via\ [\w.'’/&-]+(?:\ [\w.'’/&-]+){0,3}(?<![.!?])""",
    re.VERBOSE,
)
# The page pointing at what it prints further down: "Below is the full text of ...", "Below,
# the six revelations ...", "The 2017 figures are provided below." (not a place: "Below
# most volcanoes, ...", "eight stories below").
_POINTS_BELOW = re.compile(
    r"""^\W*below(?:,|\ (?:is|are|you|we|find)\b)
    |\b(?:provided|listed|included|embedded|printed|reproduced|excerpted|shown|posted|pasted
    |attached)\ below\b|\b(?:is|are)\ below\s*[.:]?\s*$""",
    re.VERBOSE,
)
# A caption and its credit, as some pages print them before the headline: "Judge Lee was on
# the list. | AP Photo Port plan passes ...", "... on May 8. | Getty" (a headline with its
# site, "Oil falls | Reuters", has no full stop before the bar).
_BAR_CREDIT = re.compile(r"[.!?”\"]\ \|\ (?:ap\ photo|getty(?:\ images)?|reuters|afp|epa)\b")
_IN_THIS_PHOTO = re.compile(r"\bin this (?:[\w.,-]+ ){0,6}(?:photo|image)\b")
# A wire caption that names its picture at the end: "Damage to the ship is seen after the
# collision, this photo released by the coast guard shows."
_PHOTO_SHOWS = re.compile(
    r",\ (?:this|a|the)\ (?:[\w-]+\ ){0,2}(?:photo|photograph|image|picture)\ (?:[\w.'-]+\ ){0,8}"
    r"shows\.?\s*$",
    re.VERBOSE,
)
# "A handout photo from the embassy shows ...", "A 3D model of the ship is shown.", "The
# hotel is seen on March 18, 2014.": a picture described, not news told.
_DESCRIBED_PICTURE = re.compile(
    r"""^(?:an?|the|this)\ (?:[\w.-]+\ ){0,3}(?:photo|photograph|image|picture)s?
    \ (?:from|of|by|shows|released|provided|taken)\b
    |\b(?:is|are)\ (?:shown|pictured)\b
    |\b(?:is|are)\ seen\ (?:here|on\ (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec
    |monday|tuesday|wednesday|thursday|friday|saturday|sunday))""",
    re.VERBOSE,
)
# Photo galleries and social-media embeds: a paragraph holding one of these is captions or
# a post from end to end ("... — Ana Ortiz (@anaortiz) June 20, 2017").
_GALLERY_PHRASES = (
    "hide caption", "toggle caption", "enlarge this image", "a post shared by",
    "pic.twitter.com",
)  # fmt: skip
_GALLERY = re.compile(
    r"\b\d+ of \d+ photos\b|\(@\w+\) (?:on )?[a-z]+\.? \d{1,2}, \d{4}|^file ?[-–—] "
    r"|(?:\.\.\.|…) ?\((?:associated press|ap|reuters)\)\s*$"
)
_ELLIPSES = ("...", "…", ". . .")
# A teaser's link text at the end of a line: "... and why are they suing? – explainer Read more".
_READ_MORE = ("read more", "read more.")
_CLOSING_QUOTES = ('"', "”")

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
    "image caption", "getty images", "ap photo", "warc files", "embed x share",
    "add as an interest", "accuracy and availability", "transcripts are created",
    "graphic nature", "may find", "covers ", "writes about ", "©",
)  # fmt: skip
_WEAK_CUES = (
    "newsletter", "sign up", "sign in", "subscrib", "inbox", "mailing list", "follow us",
    "cookie", "(reuters", "(ap", "(afp", "(getty", "log in", "login", "download our app",
    "download the app", "up-to-date", "up to date",
)  # fmt: skip
_CAPTION_CUES = (
    "file photo", "file -", "file –", "file —", "photo", "image", "watch:", "watch :",
    "after the jump", "above:", "pictured:",
    "video:", "video :", "gallery", "listen:", "audio:", "slideshow", "trending news",
    "read on", "click here", "click to", "continue reading", "story continues",
    "embedded video", "pic.twitter.com", "a post shared by", "(@", "location history",
    "no more 404", "contributed", "business relationship", "add to this", "caption", " / ",
    "enlarge this image", "...", "…", ", left, ", ", right, ", ", center, ", ", 19", ", 20",
    ", centre, ", " from left, ", " from right, ", "delivered weekday", "stories that matter",
    "picture", "email this", "(thanks", "h/t ", "in this post", "below", " shown",
    " pictured", " seen ", "click for", "skip ", "read more", "eastern update",
    "markets hub", "click below", "copyright", " details on ", ". . .", "getty",
    "rex features", "hulton archive", "alamy", "shutterstock", "afp/", "afp -", "afp –",
    "epa/", "epa -", "ap/", "ap -", "pa/", "pa -", "(opens in", " via ",
    "| ap", "| getty", "| reuters", "| afp", "| epa", " (l)", " (c)", " (left)", " (right)",
    " (center)", " (centre)", " l)", " r)", " left)", " right)",
)  # fmt: skip
_CUES = CueFinder([_STRONG_CUES, _WEAK_CUES, _CAPTION_CUES, *notices.CUES])
# A video player's close button glued to the clip's description ("CLOSE Crews battled the
# blaze overnight. Jane Doe reports"): capitals and all, so "Close to 200 people" is safe.
_VIDEO_CLOSE = "CLOSE "
# A tabloid's list of its most-read stories, in capitals inside the article: "MOST READ IN
# NEWS <headline> <headline> ..." (in capitals, so "Most read in ..." prose is safe).
_MOST_READ = re.compile(r"\s*MOST READ IN ")
# Invisible characters that scrapers leave inside words ("​CNN ​is").
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# C1 control characters are Windows-1252 punctuation read as Latin-1 ("\x97" for an em dash,
# "\x93"/"\x94" for curly quotes): news pages and data sets print them; no text means them.
_C1_AS_CP1252 = {
    code: bytes([code]).decode("cp1252", errors="ignore") or None for code in range(0x80, 0xA0)
}
# Whether a text holds any of them: translating with a dict costs a lookup per character
# (a sixth of reading a report), and most texts have none.
_C1 = re.compile("[\x80-\x9f]")


# A film or stage review's credit block, a sentence or a line of it: "Starring Ana Ortiz and
# Jo Lee.", "Directed by Jo Lee.", "Running time: 98 minutes.", "Rated PG-13 (for ...).", "In
# English and in French with English subtitles." A brief that opens on one (or carries it)
# prints the listing, not the review. Case matters: the names after "Directed by" are all
# capitalised, so a real sentence that opens on the credit ("Directed by Jo Lee (“Pier”),
# “Harbour” follows ...") stays.
_CREDIT_NAME = r"[A-Z][\w.'’-]*(?:\ (?:[A-Z][\w.'’-]*|de|van|von|der|del|da|di|la|le)){0,4}"
_CREDIT_NAMES = (
    rf"{_CREDIT_NAME}(?:(?:,\ |,?\ and\ )(?:(?:written|produced)\ by\ )?{_CREDIT_NAME}){{0,9}}"
)
_REVIEW_CREDIT = re.compile(
    rf"""\(?(?:(?:Starring|(?:Written\ and\ )?[Dd]irected\ by|Written\ by|Produced\ by
    |Screenplay\ by|Music\ by|Edited\ by|Cinematography\ by|Voices\ of)
    \ {_CREDIT_NAMES}\.?\)?\s*$
    |(?:Screenplay|Executive\ producers?|Co-producers?|Camera\ \(color\)),\ [A-Z]
    |(?:Running\ time|Run\ time|Runtime|MPAA\ [Rr]ating|Rating|Playing)\s*:
    |Rated\ (?:R|PG-13|PG|G|NC-17)(?:\ for\b|\s*\(|\.?\s*$)|Not\ rated\.?\s*$
    |(?:PG-13|PG|R|G|NC-17)\.\s*$
    |In\ [A-Z][a-z]+(?:(?:,|\ and|\ and\ in|\ and\ some)\ [A-Z][a-z]+)*
    \ with\ (?:English\ )?subtitles
    |\d{{2,3}}\ (?:minutes|mins?)\.?\s*$
    |\d\ hours?(?:,?\ (?:and\ )?\d{{1,2}}\ minutes)?\.?\s*$)""",
    re.VERBOSE,
)
# The words a credit may open on (tested before the pattern: most sentences open on none).
_CREDIT_OPENINGS = (
    "Starring", "Directed", "directed", "Written", "Produced", "Screenplay", "Music by",
    "Edited by", "Cinematography", "Voices of", "Executive producer", "Co-producer",
    "Camera (", "Running", "Run time", "Runtime", "MPAA", "Rating", "Playing", "Rated",
    "Not rated", "PG", "R.", "G.", "NC-17", "In ", "(", "1", "2", "3", "4", "5", "6", "7", "8",
    "9",
)  # fmt: skip
_CREDIT_MAX_WORDS = 30
# A studio's presentation line of the block: "Harbour Pictures presents a film directed by Jo
# Lee and written by Ana Ortiz." (listed as furniture in furniture32's count, missed then).
_PRESENTS = re.compile(
    rf"{_CREDIT_NAME}\ presents\ an?\ (?:film|movie)\ (?:directed|written|produced)\ by"
    rf"\ {_CREDIT_NAMES}\.?\s*$"
)


def is_review_credit(text: str, start: int = 0, end: int | None = None) -> bool:
    """``text[start:end]`` is a line or a sentence of a review's credit block.

    Example:
        >>> is_review_credit("Directed by Jo Lee.")
        True
        >>> is_review_credit("Directed by Jo Lee, the film follows two sisters home.")
        False
        >>> is_review_credit("Harbour Pictures presents a film directed by Jo Lee.")
        True
    """
    stop = len(text) if end is None else end
    if not text.startswith(_CREDIT_OPENINGS, start, stop):
        return text.find(" presents a", start, stop) >= 0 and bool(
            _PRESENTS.match(text[start:stop].strip())
        )
    if text.count(" ", start, stop) >= _CREDIT_MAX_WORDS:
        return False
    return _REVIEW_CREDIT.match(text[start:stop].strip()) is not None


def is_furniture(line: str) -> bool:
    """True when a line (or sentence) is page furniture rather than reporting.

    Example:
        >>> is_furniture("Sign up to our free newsletters")
        True
        >>> is_furniture("Netflix now has 100 million subscribers, the company said.")
        False
    """
    if line.startswith(_VIDEO_CLOSE) or _MOST_READ.match(line) or REPLACEMENT in line:
        return True
    if is_review_credit(line) or _is_present_caption(line, 0, len(line)):
        return True
    lowered = line.lower()
    strong, weak, caption, phrase, number = _CUES.present(lowered)
    return _matches_furniture(lowered, strong, weak, caption) or notices.notice_at(
        lowered, 0, len(lowered), phrase, number
    )


def _matches_furniture(lowered: str, strong_cue: bool, weak_cue: bool, caption: bool) -> bool:
    if len(lowered) <= _SIGN_OFF_MAX_CHARS and _SIGN_OFF.match(lowered):
        return True
    if strong_cue and _STRONG.search(lowered):
        return True
    if (caption or lowered.startswith("[")) and _is_caption(lowered):
        return True
    if ":" in lowered[-6:] and _ends_on_video_length(lowered, 0, len(lowered)):
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
    lowered = lower_case(text)
    strong, weak, caption, phrase, number = _CUES.flags(lowered, spans)
    damaged = REPLACEMENT in text  # (a character lost for good: see text.encoding)
    flags = []
    for (start, end), strong_cue, weak_cue, caption_cue, phrase_cue, number_cue in zip(
        spans, strong, weak, caption, phrase, number, strict=True
    ):
        if (
            text.startswith(_VIDEO_CLOSE, start)
            or _MOST_READ.match(text, start, end)
            or notices.notice_at(lowered, start, end, phrase_cue, number_cue)
            or (damaged and is_damaged(text, start, end))
            or is_review_credit(text, start, end)
            or _is_present_caption(text, start, end)
        ):
            flags.append(True)
        elif strong_cue or weak_cue or caption_cue or end - start <= _SIGN_OFF_MAX_CHARS:
            flags.append(_matches_furniture(lowered[start:end], strong_cue, weak_cue, caption_cue))
        else:  # without a cue, only a long line opening on a weak phrase or "[" can be one
            flags.append(_cueless_furniture(lowered, start, end))
    return flags


def _cueless_furniture(lowered: str, start: int, end: int) -> bool:
    """``_matches_furniture`` of ``lowered[start:end]`` (longer than a sign-off) when none of
    its cues occur, without slicing the text."""
    if lowered.startswith("[", start, end):
        return _matches_furniture(lowered[start:end], False, False, False)
    if lowered.find(":", end - 6, end) >= 0 and _ends_on_video_length(lowered, start, end):
        return True
    if _WEAK_OPENING.match(lowered, start, end) is None:
        return False
    return len(lowered[start:end].split()) <= _SHORT_LINE_WORDS


def _is_caption(lowered: str) -> bool:
    """A caption, credit, teaser, embed or gallery line, or one cut off with an ellipsis
    (not a quotation trailing off: '..."')."""
    if _is_gallery(lowered) or lowered.rstrip().endswith(_ELLIPSES + _READ_MORE):
        return True
    if _CAPTION_OPENING.match(lowered) or any(p in lowered for p in _CAPTION_PHRASES):
        return True
    if _may_be_wire_caption(lowered) and _CAPTION_DATE.search(lowered):
        return True
    if _names_its_photo(lowered) or _points_elsewhere(lowered):
        return True
    if lowered.rstrip(" .").endswith(" shows") and _PHOTO_SHOWS.search(lowered) is not None:
        return True
    return any(cue in lowered for cue in _PICTURE_CUES) and bool(_DESCRIBED_PICTURE.search(lowered))


_PICTURE_CUES = ("photo", "image", "picture", " shown", " pictured", " seen ")


def _points_elsewhere(lowered: str) -> bool:
    """Points at what the page prints below, or ends a caption on a credit after a bar."""
    if "below" in lowered and _POINTS_BELOW.search(lowered) is not None:
        return True
    return "| " in lowered and _BAR_CREDIT.search(lowered) is not None


def _names_its_photo(lowered: str) -> bool:
    """A wire caption's "In this ... photo", a photo's credit line "... via X", or a caption
    placing people in its picture ("Ana Ortiz (L) and Jo Lee speak ...")."""
    if "in this" in lowered and _IN_THIS_PHOTO.search(lowered) is not None:
        return True
    if " via " in lowered and _VIA_CREDIT.fullmatch(lowered.strip()) is not None:
        return True
    if ")" in lowered and _PLACED_IN_PICTURE.search(lowered) is not None:
        return _TOLD_OR_POINTED.search(lowered) is None
    return False


# A wire caption places the people in its picture: "French President Ana Ortiz (C) speaks with
# ...", "Jo Lee (left) and Ana Ortiz share ...", "... Jo Lee (2nd L) ..." ("(R)" alone is
# more often a party: "Rep. Jo Lee (R) said ...").
_PLACED_IN_PICTURE = re.compile(
    r"[\w'’.-]\ \((?:l|c|left|right|cent(?:er|re)|\d(?:st|nd|rd|th)\ (?:l|r|left|right))\)"
)
# ... unless a sentence of the story tells what someone said, or points at a picture on the
# page: "He posted a picture on Twitter (left) that showed him ..." is news.
_TOLD_OR_POINTED = re.compile(r"\b(?:said|says|told|tells|posted|wrote|photo|picture|image)\b")
# A video teaser ends on the clip's length: "MUST WATCH Ferry skipper speaks out 10:33" (a
# time ends a line "at 10:30").
_VIDEO_LENGTH = re.compile(
    r"\s*(?:\S+\ ){1,14}(?<!\bat\ )(?<!\bby\ )(?<!\buntil\ )(?<!\bfrom\ )\d{1,2}:\d\d\s*$"
)


def _ends_on_video_length(lowered: str, start: int, end: int) -> bool:
    """``lowered[start:end]`` is a video's teaser ending on the clip's length (tested only
    where the span's last characters are a ":" and two digits: cheap, and cue-less)."""
    if lowered.find(":", max(start, end - 5), end) < 0:
        return False
    tail = lowered[max(start, end - 5) : end].rstrip()
    return tail[-3:-2] == ":" and _VIDEO_LENGTH.match(lowered, start, end) is not None


def _may_be_wire_caption(lowered: str) -> bool:
    """Ends on a year, or places somebody "left," or "right,": the only lines worth the
    wire-caption pattern."""
    if lowered.rstrip(" .)")[-4:].isdigit() or ", in " in lowered:
        return True
    return any(f", {where}, " in lowered for where in ("left", "right", "center", "centre"))


def _is_gallery(lowered: str) -> bool:
    if any(phrase in lowered for phrase in _GALLERY_PHRASES):
        return True
    cues = (" photos", "(@", "file", "(associated press)", "(ap)", "(reuters)")
    return any(cue in lowered for cue in cues) and _GALLERY.search(lowered) is not None


def strip_furniture(text: str) -> str:
    """Normalise line breaks and drop furniture lines; paragraphs stay separated by blank lines.
    A text that is one post and nothing else (:func:`is_lone_post`) is all furniture.

    Example:
        >>> strip_furniture("Storm hits coast.\\nRead more: weather\\nPower is out.")
        'Storm hits coast.\\n\\nPower is out.'
    """
    # Mojibake is undone before C1 characters are read as Windows-1252: "â€\x9d" is a
    # mojibake closing quotation mark, but the translation would drop its "\x9d".
    text = repaired(text)
    if _C1.search(text) is not None:
        text = text.translate(_C1_AS_CP1252)
    text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if is_lone_post(text):
        return ""
    if _SPONSOR_CUE in text:
        text = _SPONSOR_MESSAGE.sub("\n", text)
    text = without_inline_links(text)
    spans = joined_spans(text.split("\n"))
    # A blank line (one between every two paragraphs of most pages) is dropped whatever it is
    # read as (below, and by ``_without_unquoted_statements``): only the written lines are
    # read for furniture and captions, half the lines of a typical page.
    written = [span for span in spans if not _blank(text, *span)]
    flags = dict(zip(written, furniture_flags(text, written), strict=True))
    lines = [
        ""
        if span not in flags or _is_caption_or_embed(text[span[0] : span[1]])
        else _strip_sentences(text[span[0] : span[1]])
        if flags[span]
        else text[span[0] : span[1]]
        for span in spans
    ]
    if ":" in text or "below" in text:
        lines = _without_unquoted_statements(text, spans, lines)
    kept = "\n\n".join(" ".join(line.split()) for line in lines if not line.isspace() and line)
    if not any(pair in kept for pair in _SPACE_BEFORE_STOP_PAIRS):
        return kept
    return _SPACE_BEFORE_STOP.sub("", kept)


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is empty or only white space (a line that
    :func:`strip_furniture` drops whatever it holds).

    Example:
        >>> _blank("a\\n \\t\\nb", 1, 5), _blank("a\\n\\nb", 2, 2), _blank("a b", 0, 3)
        (True, True, False)
    """
    return start == end or text[start:end].isspace()


# A newsletter's sponsored message, set off by asterisks over one paragraph or several: "**
# A message from the Harbour Fund: Ports work for all of us. ... Visit www.example.org. **"
# (the sponsor's words, not the newsletter's news).
_SPONSOR_CUE = "A message from"
_SPONSOR_MESSAGE = re.compile(r"\*\*[ \t]*A message from\b[^*]{1,3000}\*\*")


# A space that the page's extraction put before a comma or a full stop ("Omar al-Bashir ,
# a man accused ...", "... went viral ."): a brief prints the sentence as it is, and readers
# take it for sloppy copy. (An ellipsis printed with spaces, ". . .", keeps them.)
# (The pattern opens on its space, for a fast scan, and looks behind it after.)
_SPACE_BEFORE_STOP = re.compile(
    r" (?:(?<=[\w”’\")]\ )(?=,(?:\s|$)|[.!?](?:\s(?!\.)|$))"
    r"|(?<=[^\W\d]\ )(?=[;:]\s))"  # (not a score or a ratio: "3 : 1")
)
_SPACE_BEFORE_STOP_PAIRS = (" ,", " .", " ?", " !", " ;", " :")


# A line that announces a statement printed after it, in its own paragraphs: "UConn sent
# News 8 the following statement:", "Here's Zuckerberg's full statement on the deal:",
# "The campaign then released the statement below ...".
_STATEMENT_LEAD_IN = re.compile(
    r"""(?:the\ following|full)\ (?:statement|letter|message|memo|note)\b[^\n]{0,80}:\s*$
    |\b(?:statement|letter|message|memo)\ below\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A line that hands the one paragraph after it to somebody: it ends on a colon after a
# statement's noun or a verb of saying ("Fox responded in a statement given to the site,
# saying:", "The firm issued a statement taking the blame:", "Rubin writes:", "..., part of
# which read:"). Without its line, a letter's, a campaign's or a columnist's words read as
# the report's own. (One paragraph: the reporter may go on in the next without a "said".)
_EXCERPT_LEAD_IN = re.compile(
    r"""\b(?:statement|letter|message|memo|release)\b[^\n]{0,80}:\s*$
    |\b(?:said|says|saying|wrote|writes|writing|tweeted|posted|read|reads|explained)
    (?:\ in\ part)?\s*:\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A statement's paragraphs end where the reporter speaks again: a quotation mark, or
# somebody said or told. (Not "according to": a statement cites its own sources, "according
# to all the polls, he won".)
_REPORTER_AGAIN = re.compile(r"[\"“”]|\b(?:said|says|told)\b")
# A statement runs on for at most this many paragraphs.
_STATEMENT_PARAGRAPHS = 4


def _paragraphs_announced(line: str) -> int:
    """How many paragraphs after the line it hands to a statement's author: up to
    ``_STATEMENT_PARAGRAPHS`` after :data:`_STATEMENT_LEAD_IN`, ``_EXCERPT`` (one, when
    it speaks in its author's voice) after :data:`_EXCERPT_LEAD_IN`, else none. (The
    patterns are tried only on a line holding one of their words: on every line of a 20 MB
    page they took a second; every match ends on a colon or holds "below".)"""
    if not line.rstrip().endswith(":") and "elow" not in line and "ELOW" not in line:
        return 0
    lowered = line.lower()
    if any(noun in lowered for noun in _STATEMENT_NOUNS) and _STATEMENT_LEAD_IN.search(line):
        return _STATEMENT_PARAGRAPHS
    if line.rstrip().endswith(":") and any(cue in lowered for cue in _EXCERPT_CUES):
        return _EXCERPT if _EXCERPT_LEAD_IN.search(line) else 0
    return 0


# What ``_paragraphs_announced`` returns for an excerpt's lead-in (not a count).
_EXCERPT = -1
# The author's own voice in an excerpt: "I", "we", "our" (not "US", nor "Us Weekly", nor
# the "I" of initials, "F.B.I.").
_AUTHORS_VOICE = re.compile(
    r"(?<![\w.])I(?:'m|'ve)?(?![\w.])|\b(?:me|my|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|us)\b"
)


def _in_authors_voice(paragraph: str) -> bool:
    """Whether an excerpt's paragraph speaks as its author ("We sincerely apologize ...",
    "I won't bother denying it") or judges (``genre.gives_verdict``: "He is no scholar
    and should step aside"). A company's plain announcement ("The cat was found in the
    customs room.") reads as news in the brief's voice too, and stays."""
    own = paragraph.replace("’", "'")
    return _AUTHORS_VOICE.search(own) is not None or gives_verdict(own)


_STATEMENT_NOUNS = ("statement", "letter", "message", "memo", "note")
_EXCERPT_CUES = (
    *_STATEMENT_NOUNS,
    "release",
    "said",
    "says",
    "saying",
    "wrote",
    "writ",
    "tweeted",
    "posted",
    "read",
    "explained",
)


def _without_unquoted_statements(
    text: str, spans: Sequence[tuple[int, int]], lines: list[str]
) -> list[str]:
    """``lines`` (the kept text of each of ``text``'s lines at ``spans``, read one at a
    time rather than copied whole) without the paragraphs of a
    statement printed after its announcement with no quotation marks: its words would read
    as the report's own ("FOX News is making tens of millions of dollars on debates ...",
    a campaign's statement, read as news). So does the one paragraph after an excerpt's
    lead-in ("Rubin writes:") when it speaks in its author's voice. A statement in quotation
    marks stays: a brief may quote it with the line that says whose it is."""
    kept = list(lines)
    left = 0
    for number, (start, end) in enumerate(spans):
        line = text[start:end]
        if not line.strip():
            continue
        if left == _EXCERPT and _REPORTER_AGAIN.search(line) is None:
            if _in_authors_voice(line):
                kept[number] = ""
            left = 0
            continue
        if left > 0 and _REPORTER_AGAIN.search(line) is None:
            kept[number] = ""
            left -= 1
            continue
        left = _paragraphs_announced(line)
    return kept


# A page's links to a person's other stories, printed inside the sentence that names them:
# "Ana Ortiz Ana Maria OrtizHarbour fees rise again Ortiz backs new pier MORE said on Monday".
# The person's short name, then the full name glued to the first headline, up to "MORE".
_INLINE_LINKS = re.compile(
    r"\b([A-Z][\w'’-]+)\ (?:[A-Z][\w.'’-]*\ ){1,3}\1(?=[A-Z])[^\n]*?\bMORE\b"
)


def without_inline_links(text: str) -> str:
    """``text`` without the links to a person's other stories that a page prints after the
    person's name (the name stays).

    Example:
        >>> without_inline_links("Mayor Ortiz Ana Maria OrtizPier plan fails MORE said no.")
        'Mayor Ortiz said no.'
    """
    if "MORE" not in text:
        return text
    return _INLINE_LINKS.sub(r"\1", text)


# A post's longest text (Twitter's limit since 2017).
_POST_MAX_CHARS = 280
# A post speaks for its writer ("I", "me", "my") or cries out ("... no collusion!", "Very
# un-American!"); a report's short paragraph that quotes somebody names who said it.
_POSTER_VOICE = re.compile(r"\b(?:I|I'm|I’m|my|me)\b|[!?][\"'”’]?\s*$")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|according\ to|recalled|added|wrote|writes|asked)\b",
    re.IGNORECASE,
)


def is_lone_post(text: str) -> bool:
    """A whole report that is one short paragraph in a poster's voice, quoting nobody: a
    social-media post a page embedded with no marker left, whose words a brief would print
    as the news.

    Example:
        >>> is_lone_post("Great crowd in Ashby tonight. The harbour will be rebuilt, I promise!")
        True
        >>> is_lone_post("The harbour will be rebuilt, the mayor said on Monday.")
        False
    """
    stripped = text.strip()
    return (
        len(stripped) <= _POST_MAX_CHARS
        and "\n" not in stripped
        and _POSTER_VOICE.search(stripped) is not None
        and _ATTRIBUTION.search(stripped) is None
    )


# A video's caption ends on its date and source, or on its source alone in capitals, and a
# photo's on its credit, after the last full stop: "... visits the port. (May 4) AP", "...
# seeks help. HPD", "... at the pier, May 4, 2018. REUTERS/Jo Lee", "... Jo Lee/Getty Images".
_NAME = r"[A-Z][\w.'’&-]*(?:\ [A-Z][\w.'’&-]*){0,3}"
_CREDIT_AFTER_STOP = re.compile(
    r"[.!?][\"'”’]?\s+(?:\([A-Z][a-z]{2,4}\.?\s\d{1,2}\)\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}"
    r"|[A-Z]{2,6}(?:\s[A-Z][A-Za-z]+)?"
    rf"|{_NAME}\ ?/\ ?{_NAME}(?:\ ?/\ ?{_NAME}){{0,3}})\s*$"
)

# A photo or video credit in parentheses at the end of a paragraph: "(U.S. Navy photo)",
# "(Photo: Susan Walsh, AP)", "(Victoria Walker/The Washington Post)", "(AP Photo/Evan
# Vucci)", "(Jo Lee via Facebook)". Reports print it after a caption, never after a
# paragraph of the story itself.
_CREDIT_AT_END = re.compile(
    r"\((?:[^()\n]{0,50}\b(?i:photo|image|getty|courtesy)\b[^()\n]{0,40}"
    r"|(?:[A-Z][\w.'’/-]*\ ){0,4}(?i:via)\ [A-Z][^()\n]{0,40}"
    r"|[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*)+\ ?/\ ?[A-Za-z][\w.'’-]*(?:\ [A-Za-z][\w.'’-]*)*)"
    r"\)[\s.,]*$"
)
_CAPTION_MAX_WORDS = 60
# The same credit without brackets, after the caption's last sentence: "Kim Wall at the
# harbour. Photo: Jo Lee/TT", "... hanged two days later. Photograph: Jo Lee/BBC", "...
# spread to her skull. Credit: Image courtesy Jo Lee" (a
# link in square brackets, "[Photos: ...]", ends real paragraphs and is not one).
_LABELLED_CREDIT_AT_END = re.compile(
    r"(?<![\[\w])(?:Photograph|Photo|Image|Illustration|Composite|Credit): [^.!?()\[\]\n]{1,80}$"
)


# An embedded post: a page's "Skip Twitter post by @x" marker, or the signature a tweet
# ends on ("— Jo Lee (@jolee) June 21, 2018"). Its text is the post's, not the report's,
# and a brief would print it with nobody named as saying it.
_EMBED_START = re.compile(
    r"\s*Skip (?:Twitter|Instagram|Facebook|YouTube|TikTok) (?:post|content)\b"
)
_POST_SIGNATURE = re.compile(
    r"—\s*[^—()\n]{1,60}\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}(?:\s+Report)?\s*$"
)


def _is_caption_or_embed(line: str) -> bool:
    """A paragraph that is a caption (:func:`_is_credited_caption`), an embedded post or a
    list of most-read stories, whole whatever its length.

    Example:
        >>> _is_caption_or_embed("The pier held. — Jo Lee (@jolee) June 21, 2018")
        True
    """
    if _EMBED_START.match(line) or _MOST_READ.match(line):
        return True
    if "(@" in line and _POST_SIGNATURE.search(line) is not None:
        return True
    return _is_credited_caption(line) or _is_sourced_video_caption(line)


def _is_sourced_video_caption(line: str) -> bool:
    """A caption-long paragraph whose last sentence is followed by its source's name, or that
    opens on a video player's close button (every sentence of it is the clip's description,
    not only the first, which :func:`furniture_flags` drops).

    Example:
        >>> _is_sourced_video_caption("The mayor visits the flooded port. (May 4) AP")
        True
        >>> _is_sourced_video_caption(" CLOSE The mayor visits the port. Her first visit.")
        True
        >>> _is_sourced_video_caption("The mayor visits the flooded port, the AP said.")
        False
    """
    words = _caption_words(line)
    if not words or len(words) > _CAPTION_MAX_WORDS:
        return False
    if words[0] == _VIDEO_CLOSE.strip():
        return True
    return words[-1][:1].isupper() and _CREDIT_AFTER_STOP.search(line) is not None


def _caption_words(line: str) -> list[str]:
    """The words of ``line`` when it is no longer than a caption; of a longer line, more
    than ``_CAPTION_MAX_WORDS`` pieces (the last one all the rest), read no further: every
    paragraph of every report is asked, and most are longer."""
    return line.split(maxsplit=_CAPTION_MAX_WORDS)


def _is_credited_caption(line: str) -> bool:
    """A paragraph that ends on a photo credit is the caption it credits (as long as a
    caption is: a longer one keeps its text; a credit alone is furniture anyway).

    Example:
        >>> _is_credited_caption("Chief Ana Ortiz at the pier on Friday. (Photo: Jo Lee/AP)")
        True
        >>> _is_credited_caption("The pier reopened on Friday, officials said (see map).")
        False
        >>> _is_credited_caption("Kim Wall at the pier on Friday. Photo: Jo Lee/TT")
        True
    """
    end = line.rstrip(" .,")[-1:]
    if end != ")" and ":" not in line:  # (most paragraphs: no credit can end them)
        return False
    if len(_caption_words(line)) > _CAPTION_MAX_WORDS:
        return end == ")" and _CREDIT_AT_END.search(line) is not None and _printed_twice(line)
    if end == ")":
        return _CREDIT_AT_END.search(line) is not None
    return _LABELLED_CREDIT_AT_END.search(line.rstrip()) is not None


# A caption the page printed twice before its credits ("Jo Lee / For The Post Ana Ortiz, 51,
# at the pier on Friday. Ana Ortiz, 51, at the pier on Friday. (Jo Lee / For The Post) (Jo
# Lee / For The Post)"): the paragraph is twice as long as a caption, each copy is not.
_LEADING_CREDIT_WORDS = 8
_PRINTED_TWICE = re.compile(r"([A-Z][^.!?\n]{20,}[.!?])\s+\1\s*(?:\([^()\n]{1,80}\)[\s.,]*)+$")


def _printed_twice(line: str) -> bool:
    """Whether the paragraph ends on one sentence printed twice, then its credits, and that
    sentence is no longer than a caption.

    Example:
        >>> _printed_twice("Ana Ortiz at the pier. Ana Ortiz at the pier. (Jo Lee / The Post)")
        True
        >>> _printed_twice("Ana Ortiz at the pier. The pier held. (Jo Lee / The Post)")
        False
    """
    found = _PRINTED_TWICE.search(line)
    if found is None or len(_caption_words(found.group(1))) > _CAPTION_MAX_WORDS:
        return False
    # Before the two copies, at most the credit printed first: the paragraph is the caption.
    return len(line[: found.start()].split()) <= _LEADING_CREDIT_WORDS


def _strip_sentences(line: str) -> str:
    """A flagged line short enough to be one notice goes whole; a paragraph that merely holds
    a notice (HTML extraction joins inline blocks into one line) loses only its furniture
    sentences.

    Example:
        >>> line = "Crews fought the blaze. Sign up for our newsletter. " + "More. " * 40
        >>> _strip_sentences(line)[:29]
        'Crews fought the blaze. More.'
    """
    if len(line.split()) <= _SHORT_LINE_WORDS or _is_gallery(line.lower()):
        return ""
    pieces = _joined_at_abbreviations(_SENTENCE_BREAK.split(line))
    flags = furniture_flags("\n".join(pieces), joined_spans(pieces))
    return " ".join(piece for piece, junk in zip(pieces, flags, strict=True) if not junk)


def _joined_at_abbreviations(pieces: list[str]) -> list[str]:
    """Pieces of a ". " split joined again where a piece ends on an abbreviation: "St.
    Louis" must not leave "Louis, about ..." behind as a sentence when its paragraph loses
    a notice. (The sentence splitter itself also joins quotations, which would make a
    notice take a whole quoted passage with it.)"""
    joined: list[str] = []
    for piece in pieces:
        if joined and ends_with_abbreviation(joined[-1]):
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”]\s*$")
_MINOR_WORDS = frozenset("a an the of and or in on at to for by with from as is are vs".split())
_HEADLINE_MIN_WORDS = 3
_HEADLINE_CAPITALS = 0.6
# A line that ends on "!" or "?" is a headline when nearly every word is capitalised
# ("Make Your Minds Up, Led Zeppelin!").
_SHOUTED_HEADLINE = re.compile(r"[!?][\"'”’]?\s*$")
_SHOUTED_CAPITALS = 0.8


def looks_like_headline(text: str) -> bool:
    """True for a title line: no closing punctuation, most words capitalised.

    Example:
        >>> looks_like_headline("Good Country Index Is Released, US Not In The Top 20")
        True
        >>> looks_like_headline("Make Your Minds Up, Led Zeppelin!")
        True
        >>> looks_like_headline("The index was released on Monday.")
        False
    """
    closed = _SENTENCE_END.search(text) is not None
    if closed and not _SHOUTED_HEADLINE.search(text):
        return False
    words = [w for w in text.split() if w.lower() not in _MINOR_WORDS and w[:1].isalpha()]
    if len(words) < _HEADLINE_MIN_WORDS:
        return False
    share = sum(1 for w in words if w[0].isupper()) / len(words)
    return share >= (_SHOUTED_CAPITALS if closed else _HEADLINE_CAPITALS)
