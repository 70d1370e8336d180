"""Repair text whose encoding was damaged before it reached us, and tell what cannot be.

Two forms reach us. Mojibake, UTF-8 read as Windows-1252 ("â€™" for "’", "Ã©" for "é"),
can be undone exactly, and ftfy is the library made for it. Multi-News prints every curly
closing quotation mark as a replacement character and a question mark ("boring,\ufffd? she
said": its 18 in the 350 dev and anchor documents all close a quotation opened with "“"),
which we put back. A replacement character left after that stands for a character lost for
good: a sentence holding one is kept out of briefs (:func:`is_damaged`).
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
# A mojibake pair: a UTF-8 lead byte read as Latin-1 ("Â".."ï") before a continuation byte
# read as Windows-1252 or Latin-1 ("€", "™", "\x9d", "©" ...). Real text almost never holds
# one, and ftfy's own test of a text costs about 2 ms a report: the pair is looked for first.
_MOJIBAKE_PAIR = re.compile(
    "[\xc2-\xef][\x80-\xbf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153"
    "\u017e\u0178]"
)
# The lost closing quotation mark: after a word or punctuation, before a space, a closing
# bracket or punctuation (never inside a word, where it would stand for a lost letter).
_LOST_CLOSING_QUOTE = re.compile("(?<=\\S)\ufffd\\?(?!\\w)")


def repaired(text: str) -> str:
    """``text`` with its mojibake undone and its lost closing quotation marks put back.

    Example:
        >>> repaired("The caf\xc3\xa9\xe2\u20ac\u2122s owner said \\u201cno,\\ufffd? twice.")
        'The café’s owner said “no,” twice.'
        >>> repaired("Plain text stays.")
        'Plain text stays.'
    """
    if not text.isascii() and _MOJIBAKE_PAIR.search(text) is not None:
        import ftfy  # only for the rare damaged text: importing it takes 0.15 s

        text = ftfy.fix_encoding(text)
    if REPLACEMENT in text:
        text = _LOST_CLOSING_QUOTE.sub("”", text)
    return text


def is_damaged(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``text[start:end]`` holds a character lost for good (one that
    :func:`repaired` could not put back): a reader would see "\ufffd" in the brief.

    Example:
        >>> is_damaged("Jos\\ufffd Ortiz said no."), is_damaged("Jo Ortiz said no.")
        (True, False)
    """
    return text.find(REPLACEMENT, start, len(text) if end is None else end) >= 0
