"""What a plain-text report says about itself before its story starts: a metadata block, a
headline, a date line, a byline, and a wire dateline naming the outlet (the dateline of
:mod:`newsfuse.text.trim`).

Hand-written: these are a handful of fixed shapes at the top of a text, which no parser of
ours or of a dependency reads (trafilatura reads them from HTML markup, which plain text no
longer has). Only what the text states is taken; nothing is guessed: a dateline without a
year gives no date, and an outlet is only what the text names as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from newsfuse.text.furniture import is_furniture
from newsfuse.text.trim import dateline_outlet

# A metadata block: the first lines of the text, each "Key: value" with a key of these (as
# MultiMarkdown metadata, which Markdown tools know), ending at the first blank line.
METADATA_KEYS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "published": "published",
    "date": "published",
    "url": "url",
    "link": "url",
    "author": "author",
    "byline": "author",
}
_METADATA_LINE = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(\S.*?)\s*$")
_HEADLINE_MAX_WORDS = 20
# "By Ingrid Sollie", "By Ingrid Sollie and Tom Berg", "By INGRID SOLLIE, Staff Writer"
_BYLINE = re.compile(r"^by\s+([^\W\d][\w.'’-]*(?:\s+(?:[^\W\d][\w.'’-]*|and|&)){0,6})", re.I)
_BYLINE_MAX_WORDS = 10
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.I)
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)
_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y")
_DATE_LINE_MAX_CHARS = 40
# Every one of the forms holds a four-digit year (strptime's %Y): a text without four digits
# in a row is no date, told without trying each form (strptime is slow at failing).
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True, slots=True)
class Heading:
    """What the top of a text states: each field "" when the text does not state it."""

    title: str = ""
    outlet: str = ""
    published: str = ""
    url: str = ""
    author: str = ""


def metadata_block(text: str) -> tuple[dict[str, str], str]:
    r"""The fields of a leading metadata block and the text after it (the whole text and no
    fields when the first paragraph is not such a block: every line one of
    :data:`METADATA_KEYS`). Read before page furniture is dropped: "Published: ..." is
    furniture anywhere else.

    Example:
        >>> metadata_block("Outlet: Coastal Times\nPublished: 2026-03-11\n\nA fire swept.")
        ({'outlet': 'Coastal Times', 'published': '2026-03-11'}, 'A fire swept.')
        >>> metadata_block("Police: two dead\n\nA fire swept.")[0]
        {}
    """
    first, separator, rest = text.lstrip("\ufeff\n").partition("\n\n")
    fields: dict[str, str] = {}
    for line in first.splitlines():
        found = _METADATA_LINE.match(line)
        key = METADATA_KEYS.get(found.group(1).lower()) if found else None
        if found is None or key is None:
            return {}, text
        fields.setdefault(key, found.group(2))
    return (fields, rest) if fields and separator else ({}, text)


def split_heading(text: str, stated: Mapping[str, str] | None = None) -> tuple[Heading, str]:
    r"""The heading a clean text states (``stated``: its metadata block's fields, which come
    first) and the text without its headline.

    Paragraphs are separated by blank lines. A first short paragraph without final
    punctuation (and not page furniture, a date or a byline) is the headline when more
    follows; a date line, a byline and a dateline are read but left in the text.

    Example:
        >>> heading, body = split_heading(
        ...     "Grain terminal blaze\n\nBy Kari Holm\n\nPORT HALDEN (Coastal Times) - A fire "
        ...     "swept through the terminal.", {"published": "2026-03-11"})
        >>> heading.title, heading.outlet, heading.published, heading.author
        ('Grain terminal blaze', 'Coastal Times', '2026-03-11', 'Kari Holm')
        >>> body[:12]
        'By Kari Holm'
    """
    stated = stated or {}
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip())]
    title = stated.get("title", "")
    if len(paragraphs) > 1 and _is_headline(paragraphs[0]):
        title = title or paragraphs[0].lstrip("# ").strip()
        paragraphs = paragraphs[1:]
    opening = paragraphs[:3]
    heading = Heading(
        title=title,
        outlet=stated.get("outlet") or _first(dateline_outlet, opening),
        published=_iso_date(stated.get("published", "")) or _first(date_line, opening),
        url=stated.get("url", ""),
        author=stated.get("author") or _first(byline_author, opening),
    )
    return heading, "\n\n".join(paragraphs)


def _first(read: Callable[[str], str], paragraphs: Sequence[str]) -> str:
    return next(filter(None, map(read, paragraphs)), "")


def _is_headline(paragraph: str) -> bool:
    line = paragraph.lstrip("# ").strip()
    return bool(
        line
        and "\n" not in line
        and len(line.split()) <= _HEADLINE_MAX_WORDS
        and not line.endswith((".", '"', "”"))
        and not is_furniture(line)
        and not date_line(line)
        and not byline_author(line)
    )


def date_line(paragraph: str) -> str:
    """The ISO date of a paragraph that is nothing but a date ("April 10th, 2016"), else "".

    Example:
        >>> date_line("April 10th, 2016"), date_line("Tuesday, 11 March 2026"), date_line("2016")
        ('2016-04-10', '2026-03-11', '')
    """
    if len(paragraph) > _DATE_LINE_MAX_CHARS:
        return ""
    return _iso_date(_WEEKDAY.sub("", _ORDINAL.sub("", paragraph.strip())))


def _iso_date(text: str) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.+-]+Z?", text):
        text = text[:10]  # a full time: its date, as HTML pages give theirs
    if _YEAR.search(text) is None:
        return ""
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    return ""


def byline_author(paragraph: str) -> str:
    """The name a byline paragraph gives ("By Kari Holm" -> "Kari Holm"), else "".

    Example:
        >>> byline_author("By Kari Holm and Tom Berg"), byline_author("By Tuesday it was over.")
        ('Kari Holm and Tom Berg', '')
    """
    if len(paragraph.split()) > _BYLINE_MAX_WORDS or paragraph.rstrip().endswith("."):
        return ""
    found = _BYLINE.match(paragraph.strip())
    if not found:
        return ""
    name = found.group(1).strip()
    return "" if _is_weekday_or_month(name.split()[0]) else name


def _is_weekday_or_month(word: str) -> bool:
    word = word.lower()
    names = [date(2024, month, 1).strftime("%B").lower() for month in range(1, 13)]
    names += [date(2024, 1, day).strftime("%A").lower() for day in range(1, 8)]
    return word in names
