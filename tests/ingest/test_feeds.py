"""RSS and Atom feeds: links with their metadata; malformed feeds give a clear error."""

from __future__ import annotations

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.feeds import parse_feed
from newsfuse.settings import MAX_FEED_ENTRIES

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Halden Courier</title>
<item><title>Terminal fire</title><link>https://courier.example/fire</link>
<pubDate>Wed, 11 Mar 2026 09:00:00 GMT</pubDate>
<author>desk@courier.example (Ann Vik)</author></item>
<item><title>No link here</title></item>
<item><title>Harbour reopens</title><link>https://courier.example/harbour</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Times</title>
<entry><title>Union disputes count</title><link href="https://times.example/union"/>
<updated>2026-03-12T07:30:00Z</updated><author><name>Per Holm</name></author></entry>
</feed>"""


def test_rss_entries_keep_link_title_date_and_author() -> None:
    feed = parse_feed(RSS, "courier.rss")
    entries = feed.entries
    assert feed.left_out == 0
    assert [e.link for e in entries] == [
        "https://courier.example/fire",
        "https://courier.example/harbour",
    ]
    assert entries[0].title == "Terminal fire"
    assert entries[0].published == "2026-03-11"
    assert "Ann Vik" in entries[0].author


def test_atom_entries() -> None:
    (entry,) = parse_feed(ATOM, "times.atom").entries
    assert entry.link == "https://times.example/union"
    assert (entry.published, entry.author) == ("2026-03-12", "Per Holm")


@pytest.mark.parametrize(
    "data", [b"<?xml version='1.0'?><rss><channel><item><title>cut", b"not a feed at all", b""]
)
def test_malformed_feeds_name_the_source(data: bytes) -> None:
    with pytest.raises(InputError, match="broken.xml: not an RSS or Atom feed"):
        parse_feed(data, "broken.xml")


def feed_of(links: int) -> bytes:
    items = "".join(
        f"<item><title>Entry {n}</title><link>https://news.example/{n % 150}</link></item>"
        for n in range(links)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()


def test_entries_past_the_cap_are_left_out_and_counted() -> None:
    feed = parse_feed(feed_of(1000), "big.xml", max_entries=40)  # 150 distinct links
    assert [e.link for e in feed.entries] == [f"https://news.example/{n}" for n in range(40)]
    assert feed.left_out == 110
    assert feed.left_out_reason() == (
        "big.xml: 150 entries; read the first 40 (the cap per feed), left out 110"
    )


def test_the_default_cap_holds() -> None:
    feed = parse_feed(feed_of(150), "big.xml")
    assert len(feed.entries) == MAX_FEED_ENTRIES and feed.left_out == 150 - MAX_FEED_ENTRIES
