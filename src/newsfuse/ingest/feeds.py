"""RSS and Atom feeds: the entries' links, titles, dates and authors, via feedparser."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import feedparser

from newsfuse.errors import InputError
from newsfuse.settings import MAX_FEED_ENTRIES


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One feed entry: the article's link plus what the feed says about it: ``published``
    as a date, ``published_at`` as a full UTC time, ``key`` the entry's own id (its link when
    it has none) and ``updated`` its stated time of last change (both for the live poller)."""

    link: str
    title: str = ""
    published: str = ""
    author: str = ""
    published_at: str = ""
    key: str = ""
    updated: str = ""


@dataclass(frozen=True, slots=True)
class Feed:
    """The entries read from a feed (at most the cap, in feed order, one per link), and how
    many more linked entries the feed held."""

    source: str
    entries: tuple[FeedEntry, ...]
    left_out: int = 0
    title: str = ""

    def left_out_reason(self) -> str:
        total = len(self.entries) + self.left_out
        return (
            f"{self.source}: {total} entries; read the first {len(self.entries)} (the cap per"
            f" feed), left out {self.left_out}"
        )


def parse_feed(data: bytes, source: str, max_entries: int = MAX_FEED_ENTRIES) -> Feed:
    """The entries of an RSS/Atom document that have a link, in feed order, at most
    ``max_entries`` of them (feeds list the newest first).

    Raises :class:`InputError` naming ``source`` when the document is not a feed.

    Example:
        >>> xml = b'''<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        ... <item><title>Fire at harbour</title><link>https://news.example/fire</link></item>
        ... </channel></rss>'''
        >>> parse_feed(xml, "feed.xml").entries[0].link
        'https://news.example/fire'
    """
    parsed: Any = feedparser.parse(data)
    linked: dict[str, FeedEntry] = {}
    for item in parsed.entries:
        entry = _entry(item)
        if entry.link:
            linked.setdefault(entry.link, entry)
    if not linked:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if parsed.get("bozo") and problem else ""
        raise InputError(f"not an RSS or Atom feed with linked entries{detail}", source)
    entries = tuple(linked.values())
    title = str(parsed.feed.get("title") or "")
    return Feed(source, entries[:max_entries], max(len(entries) - max_entries, 0), title)


def _entry(item: Any) -> FeedEntry:
    stated = item.get("published_parsed") or item.get("updated_parsed")
    link = str(item.get("link") or "")
    return FeedEntry(
        link=link,
        title=str(item.get("title") or ""),
        published=_iso_date(stated),
        author=str(item.get("author") or ""),
        published_at=_iso_time(stated),
        key=str(item.get("id") or link),
        updated=str(item.get("updated") or ""),
    )


def _iso_time(parsed: time.struct_time | None) -> str:
    """feedparser's parsed date (UTC) as a full ISO time."""
    if not parsed:
        return ""
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)


def _iso_date(parsed: time.struct_time | None) -> str:
    """feedparser's parsed date (UTC) as an ISO date, the form the store sorts by."""
    if not parsed:
        return ""
    return time.strftime("%Y-%m-%d", parsed)
