"""A news site on 127.0.0.1 whose Atom feeds the tests change between polls: entries come and
go, pages change in place, a feed fails and recovers; it answers conditional GETs with 304."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from dataclasses import dataclass, field
from html import escape

from tests.conftest import QuietHandler


@dataclass
class Entry:
    key: str
    path: str
    title: str
    text: str
    date: str = ""  # ISO time, or "" for an undated entry


@dataclass
class Site:
    """The site's state; tests change it between polls."""

    feeds: dict[str, list[Entry]] = field(default_factory=dict)
    failing: set[str] = field(default_factory=set)
    pages: dict[str, str] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def publish(self, feed: str, entry: Entry) -> None:
        with self.lock:
            self.feeds.setdefault(feed, []).insert(0, entry)
            self.pages[entry.path] = entry.text

    def feed_xml(self, feed: str) -> bytes:
        items = "".join(self._entry_xml(e) for e in self.feeds.get(feed, []))
        return (
            "<?xml version='1.0' encoding='utf-8'?>"
            f"<feed xmlns='http://www.w3.org/2005/Atom'><title>Feed {escape(feed)}</title>"
            f"<id>{self.url(feed)}</id>{items}</feed>"
        ).encode()

    def _entry_xml(self, entry: Entry) -> str:
        dates = f"<updated>{entry.date}</updated>" if entry.date else ""
        return (
            f"<entry><id>{escape(entry.key)}</id><title>{escape(entry.title)}</title>"
            f"<link href='{self.url(entry.path)}'/>{dates}</entry>"
        )


def handler_for(site: Site) -> type[QuietHandler]:
    class Handler(QuietHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server calls it by this name
            with site.lock:
                site.hits[self.path] += 1
                if self.path in site.failing:
                    self.send_error(500)
                    return
                if self.path in site.feeds:
                    self._feed(site.feed_xml(self.path))
                elif self.path in site.pages:
                    text = site.pages[self.path]
                    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
                    body = f"<html><body><article>{paragraphs}</article></body></html>"
                    self.reply(body.encode(), "text/html; charset=utf-8")
                elif self.path == "/home.html":
                    link = '<link rel="alternate" type="application/atom+xml" href="/world.xml">'
                    self.reply(
                        f"<html><head>{link}</head><body>Hi</body></html>".encode(), "text/html"
                    )
                else:
                    self.send_error(404)

        def _feed(self, body: bytes) -> None:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                site.hits["304"] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/atom+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler
