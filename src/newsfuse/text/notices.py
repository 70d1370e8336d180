"""Recognise the notices a report page prints around the story: tip lines and contact lines
(a phone number, an e-mail address, "Anyone with information should call ..."), correction and
update notes, a police log's disclaimers, archive catalogue numbers.

Hand-written, like :mod:`newsfuse.text.furniture` (which asks this module about every line and
sentence): a brief printed them as if they were news ("After hours, please call ...", "Follow-up
investigations may reveal different or additional information."). Each pattern speaks to the
reader or about the page, so a sentence reporting that police asked the public for help ("Police
asked anyone who saw the car to come forward.") is not one of them.
"""

from __future__ import annotations

import re

from newsfuse.text.cues import CueFinder

# Notices said to the reader or about the page, at the opening of a line or sentence (lower
# case). A line opens with one of _OPENINGS before the pattern is tried.
_OPENING = re.compile(
    r"""
    # a tip line: "Anyone with information is asked to call", "Tipsters may also contact"
    (?:anyone|those|people|witnesses|tipsters?|residents)\b[^"“”]{0,80}?
    \b(?:(?:is|are)\ (?:being\ )?(?:asked|urged|encouraged|requested)\ to|should|can|may)
    \ (?:also\ )?(?:call|contact|text|e-?mail|reach|submit|go\ to|visit)\b
    # a contact line: "Contact Jo Lee at", "Write to the editor at", "To contact the reporter"
    |(?:please\ )?(?:call|contact|e-?mail|write\ to|text)
    \ (?!of\b|with\b|for\b|it\b|on\b|to\b|between\b|was\b|is\b)(?:[\w'’.-]+\ ){0,5}(?:at|on|via)\x20
    |(?:to\ contact|you\ can\ (?:reach|e-?mail|contact))\b|please\ (?:call|contact)\b
    # a correction or update note
    |(?:correction|clarification|editor['’]?s\ note)\b[^:]{0,30}:
    # a police log's disclaimers about itself, and a page's pointers
    |(?:the\ )?information\ (?:in|on|contained\ in)\ (?:each|this|these|our)
    \ (?:report|log|list|blotter|page|site)s?\b
    |this\ (?:report|list|log|blotter|page)\ (?:is|does)\ (?:published|updated|compiled
    |not\ (?:a\ )?(?:comprehensive|complete))
    |(?:some\ )?incidents\ may\ (?:appear|not\ appear|be\ reported)\b
    |addresses\ (?:shown|listed)\b
    |for\ (?:more|further|additional)\ information\b
    |visit\ .{0,80}\bfor\ (?:more|further|additional)\ information\b
    """,
    re.VERBOSE,
)
# An update note: "Update, November 11, 12:03 PT: adds Apple statement.", "UPDATE, 10:11 p.m.
# — Variety's first story said ...", "Updated at 9:23 a.m. to correct the name of ...",
# "UPDATE, Saturday morning". After its time stamp (read in lower case) it speaks about the
# page, or says little. One that goes on to tell news
# ("UPDATE: Oct. 25 -- McCain spokesman Brian Rogers on Thursday clarified ...", the only
# line of its report that named the spokesman quoted next) is a report's paragraph: its
# stamp is trimmed (``text.trim``) and the news stays.
_UPDATE_STAMP = re.compile(
    r"""updated?\ ?(?:[,:(—-]|\ (?:at|on))\ ?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day
    |jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)
    [^:—–]{0,40}?(?::|\ ?[—–]|\ ?--|$|(?<=\ et)\ |(?<=\ pt)\ )""",
    re.VERBOSE,
)
_ABOUT_THE_PAGE = re.compile(
    r"\b(?:adds?|added|adding|updated?|updates|article|story|post|version|correct\w*"
    r"|headline|this\ (?:page|report))\b"
)
# An update that tells news says this much at least after its stamp.
_NEWS_WORDS = 8


def _about_the_page(lowered: str, start: int, end: int) -> bool:
    """Whether ``lowered[start:end]``, a line or sentence that opens on "update", is an
    update note about the page: a time stamp, then page talk or a few words."""
    stamp = _UPDATE_STAMP.match(lowered, start, end)
    if stamp is None:
        return False
    rest = lowered[stamp.end() : end]
    return len(rest.split()) < _NEWS_WORDS or _ABOUT_THE_PAGE.search(rest) is not None


_OPENINGS = (
    "anyone", "those", "people", "witnesses", "tipster", "residents", "please", "call ",
    "contact ", "email", "e-mail", "write to", "text ", "to contact", "you can", "correction",
    "clarification", "editor",
    "the information", "information", "this report", "this list", "this log", "this blotter",
    "this page", "some incidents", "incidents", "addresses", "for more", "for further",
    "for additional", "visit ", "update",
)  # fmt: skip
# Notices anywhere in a sentence; each alternative holds one of _PHRASE_CUES.
_ANYWHERE = re.compile(
    r"""(?:call|contact|text)(?:ing)?\ (?:[\w'’.-]+\ ){0,4}crime\ ?stoppers
    |\b(?:messages?|texts?)\ (?:should|must)\ (?:begin|start)\ with\b
    |\ban?\ (?:earlier|previous)\ version\ of\ this\ (?:story|article|post|report)\b
    |\bthis\ (?:story|article|post|page)\ (?:has\ been|was)\ (?:updated|corrected|revised|amended)
    |\bthis\ (?:story|article)\ (?:first|originally)\ appeared\ in\b
    # the page promising its own updates: "..., though Denver7 will update this story as ..."
    |\bwill\ (?:continue\ to\ )?update\ this\ (?:story|article|post|page)\b
    |\bthis\ (?:story|article|post|page)\ will\ be\ updated\b
    |\bcheck\ back\ (?:later\ |soon\ )?for\ (?:updates|more)\b
    |\bmay\ reveal\ different\b
    # a web archive's notice about its crawl, printed where the page was not saved
    |\bcrawl\ of\ (?:outlinks|[\w.]+\.(?:com|org|net))
    |\bfiles\ are\ (?:currently\ )?not\ publicly\ accessible\b
    # an archive's catalogue line: "Reproduction No. LC-USZ62-1234"
    |\breproduction\ (?:no\.?|number)\ |\blc-[a-z]{2,}\d*-\d{3,}""",
    re.VERBOSE,
)
_PHRASE_CUES = (
    "crime stoppers", "crimestoppers", "should begin", "must begin", "should start",
    "must start", "version of this", "this story", "this article", "this post", "this page",
    "may reveal different", "reproduction", "lc-", "crawl of", "publicly accessible",
    "check back",
)  # fmt: skip
# A phone number: (213) 555-0100, 213-555-0100, 213.555.0100, a toll-free number spelled
# with letters (1-800-555-TIPS) or a British one (0800 555 111). Not one in quotation marks:
# that is a title (a song named after a helpline), not a number to call. The pattern opens
# on its first character so that the search skips ahead fast (a look-behind first is 8
# times slower).
_PHONE = re.compile(
    r"""[(\d](?:(?<=\()\d{3}\)\ ?\d{3}-\d{4}|(?<![\w"“-]\d)(?<=\d)\d\d[.-]\d{3}[.-]\d{4}
    |(?<![\w"“-]1)(?<=1)-8\d\d-[a-z0-9]{3}-?[a-z0-9-]{2,}
    |(?<![\w"“-]0)(?<=0)\d{3}\ \d{3}\ \d{3,4})\b""",
    re.VERBOSE,
)
# A number is looked for only in a line short enough to be a contact line on its own, or near
# one of these words (a sentence telling whom to call, or an address line).
_NUMBER_CUES = ("call", "contact", "@", "phone", "hotline", "tip line", "tip-line", "tipline")
_SHORT_CHARS = 60
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|uk)\b")

# The cues of notices found away from the line's opening: the caller finds them (with its own
# cues, in one pass) and says whether a span holds a phrase cue, and whether a number cue.
CUES = (_PHRASE_CUES, _NUMBER_CUES)
_CUE_FINDER = CueFinder(CUES)


def is_notice(lowered: str) -> bool:
    """True when a lower-case line or sentence is a tip line, contact line or page notice.

    Example:
        >>> is_notice("anyone with information is asked to call the sheriff at 555-010-0199.")
        True
        >>> is_notice("police asked anyone who saw the car to come forward.")
        False
    """
    phrase, number = _CUE_FINDER.present(lowered)
    return notice_at(lowered, 0, len(lowered), phrase, number)


def notice_at(lowered: str, start: int, end: int, phrase: bool, number: bool) -> bool:
    """``is_notice`` of ``lowered[start:end]`` without slicing it; ``phrase`` and ``number``
    say whether the span holds a cue of each kind of :data:`CUES`.

    Example:
        >>> text = "rain fell. call 555-010-0199."
        >>> notice_at(text, 0, 10, False, False), notice_at(text, 11, 29, False, True)
        (False, True)
    """
    while start < end and lowered[start].isspace():  # a page's line may open on blanks
        start += 1
    if lowered.startswith(_OPENINGS, start, end) and _OPENING.match(lowered, start, end):
        return True
    if lowered.startswith("update", start, end) and _about_the_page(lowered, start, end):
        return True
    if phrase and _ANYWHERE.search(lowered, start, end) is not None:
        return True
    if not number and end - start > _SHORT_CHARS:
        return False
    if _PHONE.search(lowered, start, end) is not None:
        return True
    return lowered.find("@", start, end) >= 0 and _EMAIL.search(lowered, start, end) is not None
