"""Subscriptions: follow a feed given by its own URL or by a page that links it, and stop
following it. The feed is fetched once when followed (through the guarded fetcher), so a URL
that is no feed is refused at once with the reason."""

from __future__ import annotations

from dataclasses import dataclass

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_bytes
from newsfuse.ingest.discover import feed_links
from newsfuse.ingest.feeds import parse_feed
from newsfuse.ingest.fetch import Fetcher
from newsfuse.store.feeds import Feed
from newsfuse.store.sqlite import Store


@dataclass(frozen=True, slots=True)
class Followed:
    """The outcome of following one URL: the feed, and whether it is newly followed."""

    given: str
    feed: Feed
    new: bool


def find_feed(url: str, fetcher: Fetcher) -> tuple[str, str]:
    """``(feed URL, feed title)`` for a feed's URL or a page linking a feed.

    Raises :class:`~newsfuse.errors.InputError` (or a fetch error) naming ``url`` when it is
    neither.
    """
    fetched = fetcher.fetch(url)
    if fetched.is_feed:
        return fetched.url, parse_feed(fetched.body, url).title
    links = feed_links(decode_bytes(fetched.body, url), fetched.url)
    problems: list[str] = []
    for link in links:
        try:
            linked = fetcher.fetch(link)
            return linked.url, parse_feed(linked.body, link).title
        except InputError as error:
            problems.append(str(error))
    if not links:
        raise InputError(
            "not an RSS or Atom feed, and the page links none"
            ' (<link rel="alternate" type="application/rss+xml">)',
            url,
        )
    raise InputError(f"no linked feed could be read ({'; '.join(problems)})", url)


def follow(url: str, store: Store, fetcher: Fetcher) -> Followed:
    """Follow the feed at (or linked from) ``url``; due for polling at once."""
    feed_url, title = find_feed(url, fetcher)
    feed, new = store.feeds.follow(feed_url, followed_as=url, title=title)
    return Followed(url, feed, new)
