"""Any source a user names becomes pages (reports or junk) or a skip with its reason."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from newsfuse.errors import FetchError
from newsfuse.ingest.fetch import Fetched, Fetcher
from newsfuse.ingest.pages import Page, Skipped, pages_from_sources
from newsfuse.settings import FEED_FETCH_WINDOW, MAX_FEED_ENTRIES
from tests.conftest import EVENTS, EXAMPLE

ARTICLE_HTML = """<html><head><title>{title}</title>
<link rel="canonical" href="https://courier.example/{slug}">
<meta name="author" content="Ann Vik"><meta property="article:published_time" content="2026-03-11">
</head><body><nav>Home | News | Sport</nav><article><h1>{title}</h1><p>{body}</p></article>
<footer>Sign up for our newsletter</footer></body></html>"""
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>
<item><title>Fire</title><link>https://courier.example/fire?utm_source=rss</link></item>
<item><title>Tram</title><link>https://courier.example/tram</link></item>
<item><title>Gone</title><link>https://courier.example/gone</link></item>
</channel></rss>"""


def web(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/feed":
        return httpx.Response(200, text=FEED, headers={"content-type": "application/rss+xml"})
    if path in ("/fire", "/tram"):
        body = EVENTS[path[1:]][0]
        html = ARTICLE_HTML.format(title=path[1:].title(), slug=path[1:], body=body)
        return httpx.Response(200, text=html, headers={"content-type": "text/html"})
    return httpx.Response(404)


def fetcher() -> Fetcher:
    return Fetcher(transport=httpx.MockTransport(web), resolver=lambda h, p: ["93.184.216.34"])


def test_a_feed_url_fetches_every_entry() -> None:
    results = list(pages_from_sources(["https://courier.example/feed"], fetcher()))
    pages = [r for r in results if isinstance(r, Page)]
    assert [p.canonical_url for p in pages] == [
        "https://courier.example/fire",
        "https://courier.example/tram",
    ]
    assert pages[0].author == "Ann Vik" and pages[0].published == "2026-03-11"
    assert "newsletter" not in pages[0].text and "Home | News" not in pages[0].text
    (skipped,) = [r for r in results if isinstance(r, Skipped)]
    assert skipped.source == "https://courier.example/gone" and "HTTP 404" in skipped.reason


def test_a_folder_of_mixed_sources(tmp_path: Path) -> None:
    (tmp_path / "fire.txt").write_text(EVENTS["fire"][0])
    (tmp_path / "tram.html").write_text(
        ARTICLE_HTML.format(title="Tram", slug="tram", body=EVENTS["tram"][0])
    )
    (tmp_path / "feed.xml").write_text(FEED)
    record = {"id": "storm", "documents": EVENTS["storm"]}
    (tmp_path / "stories.jsonl").write_text(json.dumps(record) + "\n{broken\n")
    (tmp_path / "login.txt").write_text("Sign in to continue reading. Forgot your password?")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not a source type: ignored
    (tmp_path / ".hidden.txt").write_text(EVENTS["tram"][1])  # hidden: ignored
    (tmp_path / "README").write_text(EVENTS["storm"][0])  # no suffix: read as text
    (tmp_path / "empty.txt").write_text("")
    results = list(pages_from_sources([str(tmp_path)], fetcher()))
    pages = [r for r in results if isinstance(r, Page)]
    by_source = {Path(p.source.split("#")[0]).name + p.source.partition("#")[2]: p for p in pages}
    assert by_source["tram.html"].canonical_url == "https://courier.example/tram"
    assert by_source["fire.txt"].canonical_url.startswith("file://")
    assert by_source["stories.jsonlstorm/2"].text.startswith("More than 50,000 homes")
    assert by_source["login.txt"].junk == "login wall"
    assert by_source["README"].text.startswith("Storm Edda")
    assert not any(".hidden" in p.source for p in pages)
    assert sum(1 for p in pages if "courier.example" in p.source) == 2  # the feed's entries
    reasons = [r.reason for r in results if isinstance(r, Skipped)]
    assert any("not valid JSON" in r for r in reasons)
    assert any("empty" in r for r in reasons)
    assert any("HTTP 404" in r for r in reasons)


def test_missing_paths_and_hostile_urls_are_skipped_with_reasons() -> None:
    results = list(pages_from_sources(["no/such/file.txt", "http://127.0.0.1/x"], Fetcher()))
    assert all(isinstance(r, Skipped) for r in results)
    assert "no such file" in results[0].reason  # type: ignore[union-attr]
    assert "loopback" in results[1].reason  # type: ignore[union-attr]


class CountingFetcher(Fetcher):
    """Records how many links each fetch_many call was given."""

    def __init__(self) -> None:
        public = ["93.184.216.34"]
        super().__init__(transport=httpx.MockTransport(web), resolver=lambda h, p: public)
        self.windows: list[int] = []

    def fetch_many(self, urls: Iterable[str]) -> Iterator[tuple[str, Fetched | FetchError]]:
        links = list(urls)
        self.windows.append(len(links))
        return super().fetch_many(links)


def test_a_big_feed_is_read_to_the_cap_a_window_at_a_time(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>E{n}</title><link>https://courier.example/fire?n={n}</link></item>"
        for n in range(MAX_FEED_ENTRIES + 30)
    )
    feed = tmp_path / "big.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    spy = CountingFetcher()
    results = list(pages_from_sources([str(feed)], spy))
    first = results[0]
    assert isinstance(first, Skipped) and first.source == str(feed)
    assert f"read the first {MAX_FEED_ENTRIES} (the cap per feed), left out 30" in first.reason
    assert sum(isinstance(r, Page) for r in results) == MAX_FEED_ENTRIES
    assert max(spy.windows) <= FEED_FETCH_WINDOW and sum(spy.windows) == MAX_FEED_ENTRIES


def test_folder_entries_that_are_not_read_are_skips_naming_them(tmp_path: Path) -> None:
    (tmp_path / "fire.txt").write_text(EVENTS["fire"][0])
    os.mkfifo(tmp_path / "pipe")  # no suffix: a source name, so examined, and skipped
    os.symlink("/etc/passwd", tmp_path / "passwd.txt")
    results = list(pages_from_sources([str(tmp_path)], fetcher()))
    skipped = {Path(r.source).name: r.reason for r in results if isinstance(r, Skipped)}
    assert skipped == {
        "passwd.txt": "a link to /etc/passwd, outside the folder",
        "pipe": "not a regular file (a FIFO)",
    }
    assert [Path(r.source).name for r in results if isinstance(r, Page)] == ["fire.txt"]


def test_a_jsonl_document_that_is_html_is_read_as_html_as_batch_reads_it(tmp_path: Path) -> None:
    html = (EXAMPLE / "01-halden-courier.html").read_text(encoding="utf-8")
    record = {"id": "fire", "documents": [html, EVENTS["storm"][0]]}
    (tmp_path / "in.jsonl").write_text(json.dumps(record) + "\n")
    pages = list(pages_from_sources([str(tmp_path / "in.jsonl")], Fetcher()))
    assert all(isinstance(p, Page) for p in pages)
    first = pages[0]
    assert isinstance(first, Page)
    assert (first.title, first.outlet) == (
        "Fire tears through Port Halden grain terminal",
        "Halden Courier",
    )
    assert "<" not in first.text and not first.junk
