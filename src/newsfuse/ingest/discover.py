"""Find the feeds a web page links with ``<link rel="alternate" type="application/rss+xml">``
(or Atom), the way feed readers discover a site's feed.

Written with the standard library's HTML parser: the known feed-finder packages fetch pages
themselves (with requests), which would bypass the guarded fetcher.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml")


class _FeedLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        found = {name.lower(): (value or "").strip() for name, value in attrs}
        rel = found.get("rel", "").lower().split()
        kind = found.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_LINK_TYPES and found.get("href"):
            self.links.append(found["href"])


def feed_links(html: str, base_url: str) -> list[str]:
    """Absolute URLs of the feeds a page links, in page order, without repeats.

    Example:
        >>> page = '<head><link rel="alternate" type="application/rss+xml" href="/rss"></head>'
        >>> feed_links(page, "https://news.example/world/")
        ['https://news.example/rss']
    """
    parser = _FeedLinks()
    parser.feed(html[:2_000_000])
    parser.close()
    absolute = [urljoin(base_url, link) for link in parser.links]
    return list(dict.fromkeys(absolute))
