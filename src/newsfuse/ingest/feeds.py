"""RSS and Atom feeds: the entries' links, titles, dates and authors, via feedparser."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import feedparser

from newsfuse.errors import InputError


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One feed entry: the article's link plus what the feed says about it."""

    link: str
    title: str = ""
    published: str = ""
    author: str = ""


def parse_feed(data: bytes, source: str) -> list[FeedEntry]:
    """Entries of an RSS/Atom document that have a link, in feed order.

    Raises :class:`InputError` naming ``source`` when the document is not a feed.

    Example:
        >>> xml = b'''<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        ... <item><title>Fire at harbour</title><link>https://news.example/fire</link></item>
        ... </channel></rss>'''
        >>> parse_feed(xml, "feed.xml")[0].link
        'https://news.example/fire'
    """
    parsed: Any = feedparser.parse(data)
    entries = [_entry(item) for item in parsed.entries]
    linked = [entry for entry in entries if entry.link]
    if not linked:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if parsed.get("bozo") and problem else ""
        raise InputError(f"{source}: not an RSS or Atom feed with linked entries{detail}")
    return linked


def _entry(item: Any) -> FeedEntry:
    return FeedEntry(
        link=str(item.get("link") or ""),
        title=str(item.get("title") or ""),
        published=_iso_date(item.get("published_parsed") or item.get("updated_parsed")),
        author=str(item.get("author") or ""),
    )


def _iso_date(parsed: time.struct_time | None) -> str:
    """feedparser's parsed date (UTC) as an ISO date, the form the store sorts by."""
    if not parsed:
        return ""
    return time.strftime("%Y-%m-%d", parsed)
