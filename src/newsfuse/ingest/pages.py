"""From any source a user names (file, folder, URL, feed, WARC, JSONL) to pages to store.

A :class:`Page` is a report or a junk page (with the reason); a :class:`Skipped` is a source
that could not be read at all, with the reason. Neither stops the sources that follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from courlan import normalize_url

from newsfuse.documents import Article, article_from
from newsfuse.errors import InputError, NoContentError
from newsfuse.ingest.decode import decode_bytes, safe_name
from newsfuse.ingest.feeds import FeedEntry, parse_feed
from newsfuse.ingest.fetch import Fetched, Fetcher, is_url
from newsfuse.ingest.files import (
    HTML_SUFFIXES,
    READABLE_SUFFIXES,
    article_from_text,
    read_limited,
)
from newsfuse.ingest.html import article_from_html, looks_like_html
from newsfuse.ingest.jsonl import read_stories
from newsfuse.ingest.junk import junk_reason
from newsfuse.ingest.paths import walk_folder
from newsfuse.ingest.warc import read_warc
from newsfuse.settings import FEED_FETCH_WINDOW

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
SOURCE_SUFFIXES = READABLE_SUFFIXES | FEED_SUFFIXES | {".jsonl"}
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# Junk pages keep this much of their text, enough to see later why they were set aside.
_JUNK_TEXT_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Page:
    """A page to store: its clean text and metadata, or ``junk`` saying why it is no report."""

    source: str
    canonical_url: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    author: str = ""
    published: str = ""
    junk: str = ""
    published_at: str = ""  # the full time the source states, when it states one (feeds)

    def to_article(self, article_id: str) -> Article:
        return article_from(self, article_id)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A source that could not be read, and why (``reason`` does not repeat its name)."""

    source: str
    reason: str

    @classmethod
    def of(cls, error: InputError, source: str = "") -> Skipped:
        """The skip an error stands for: the input it names (else ``source``), its reason."""
        return cls(error.source or source, error.reason)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


Outcome = Page | Skipped


def page_from_html(html: str, source: str, canonical_url: str, url: str = "") -> Page:
    """A page from HTML: trafilatura's main text and metadata; junk when nothing is left."""
    try:
        article = article_from_html(html, "", source=source, url=url)
    except NoContentError:
        return Page(source, canonical_url, html[:_JUNK_TEXT_CHARS], url=url, junk="no article text")
    return Page(
        source=source,
        canonical_url=_canonical(article.url) or canonical_url,
        text=article.text,
        title=article.title,
        outlet=article.outlet,
        url=url or article.url,
        author=article.author,
        published=article.published,
        junk=junk_reason(article.text),
    )


def page_from_text(text: str, source: str, canonical_url: str) -> Page:
    """A page from plain text, with what the text states about itself (title, outlet, date,
    URL, author: see :func:`~newsfuse.ingest.files.article_from_text`)."""
    reason = junk_reason(text)
    if reason:
        return Page(source, canonical_url, text[:_JUNK_TEXT_CHARS], junk=reason)
    try:
        article = article_from_text(text, "", source=source)
    except NoContentError:
        return Page(source, canonical_url, text[:_JUNK_TEXT_CHARS], junk="no article text")
    return Page(
        source,
        canonical_url,
        article.text,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        author=article.author,
        published=article.published,
    )


def pages_from_sources(sources: Iterable[str], fetcher: Fetcher) -> Iterator[Outcome]:
    """Every page of every source, in order; unreadable sources become :class:`Skipped`."""
    for source in sources:
        if is_url(source) or _SCHEME.match(source):  # ftp://... is refused as a URL
            yield from _pages_from_url(source, fetcher)
        else:
            yield from _pages_from_path(Path(source), fetcher)


def _pages_from_url(url: str, fetcher: Fetcher) -> Iterator[Outcome]:
    try:
        fetched = fetcher.fetch(url)
    except InputError as error:
        yield Skipped.of(error, url)
        return
    if fetched.is_feed:
        yield from _pages_from_feed(fetched.body, url, fetcher)
    else:
        yield page_from_fetched(fetched)


def _pages_from_feed(data: bytes, source: str, fetcher: Fetcher) -> Iterator[Outcome]:
    try:
        feed = parse_feed(data, source)
    except InputError as error:
        yield Skipped.of(error, source)
        return
    if feed.left_out:
        yield Skipped(source, feed.left_out_reason())
    entries = {entry.link: entry for entry in feed.entries}
    # A few pages at a time: fetched pages wait in memory until they are extracted.
    for window in _windows(list(entries), FEED_FETCH_WINDOW):
        for link, result in fetcher.fetch_many(window):
            if isinstance(result, Fetched):
                yield with_feed_hints(page_from_fetched(result), entries[link])
            else:
                yield Skipped.of(result, link)


def _windows(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def with_feed_hints(page: Page | Skipped, entry: FeedEntry) -> Page | Skipped:
    """The feed's title, date and author fill what the page itself does not say; the
    entry's full publication time is kept when the page states no other date."""
    if isinstance(page, Skipped):
        return page
    same_day = not page.published or page.published == entry.published
    return replace(
        page,
        title=page.title or entry.title,
        published=page.published or entry.published,
        author=page.author or entry.author,
        published_at=page.published_at or (entry.published_at if same_day else ""),
    )


def page_from_fetched(fetched: Fetched) -> Outcome:
    """A page from a fetched body: plain text or HTML by its content type."""
    try:
        text = decode_bytes(fetched.body, fetched.url)
    except InputError as error:
        return Skipped.of(error, fetched.requested_url)
    canonical = _canonical(fetched.url)
    if fetched.content_type == "text/plain" and not looks_like_html(text):
        return replace(page_from_text(text, fetched.requested_url, canonical), url=fetched.url)
    return page_from_html(text, fetched.requested_url, canonical, url=fetched.url)


def _pages_from_path(path: Path, fetcher: Fetcher) -> Iterator[Outcome]:
    if path.is_dir():
        files = source_files(path)
        if not files:
            yield Skipped(safe_name(path), "no readable files in this folder")
        for file in files:
            if isinstance(file, InputError):
                yield Skipped.of(file)
            else:
                yield from _pages_from_file(file, fetcher)
    elif path.exists() or path.is_symlink():
        yield from _pages_from_file(path, fetcher)  # not a regular file: the reader says so
    else:
        yield Skipped(safe_name(path), "no such file or folder (nor an http(s) URL)")


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def source_files(path: Path) -> list[Path | InputError]:
    """The files a folder source stands for (the path itself for a file); an entry that is not
    read (not a regular file, a link leaving the folder, ...) is an error naming it."""
    if path.is_dir():
        return list(walk_folder(path, _is_source_file))
    return [path]


def _is_source_file(path: Path) -> bool:
    """Files of a known kind, and plain files without any suffix (read as text or HTML);
    hidden files are left alone."""
    if path.name.startswith("."):
        return False
    return not path.suffix or path.suffix.lower() in SOURCE_SUFFIXES or is_archive(path)


def _pages_from_file(path: Path, fetcher: Fetcher) -> Iterator[Outcome]:
    if is_archive(path):
        yield from pages_from_warc(path)
    elif path.name.lower().endswith(".jsonl"):
        yield from _pages_from_jsonl(path)
    else:
        yield from _pages_from_document(path, fetcher)


def _pages_from_document(path: Path, fetcher: Fetcher) -> Iterator[Outcome]:
    name = safe_name(path)
    try:
        data = read_limited(path)
    except InputError as error:
        yield Skipped.of(error, name)
        return
    if path.suffix.lower() in FEED_SUFFIXES or data.lstrip()[:5] == b"<?xml":
        yield from _pages_from_feed(data, name, fetcher)
        return
    try:
        text = decode_bytes(data, name)
    except InputError as error:
        yield Skipped.of(error, name)
        return
    yield page_from_markup(
        text, name, path.resolve().as_uri(), html=path.suffix.lower() in HTML_SUFFIXES
    )


def page_from_markup(text: str, source: str, canonical_url: str, html: bool = False) -> Page:
    """A page from decoded text: HTML when ``html`` or when it looks like HTML, else plain text
    (as :func:`~newsfuse.ingest.files.article_from_markup` reads a brief's inputs)."""
    if html or looks_like_html(text):
        return page_from_html(text, source, canonical_url)
    return page_from_text(text, source, canonical_url)


def pages_from_warc(path: Path) -> Iterator[Outcome]:
    """Every HTML response of a WARC file as a page; broken records become skips."""
    for item in read_warc(path):
        if isinstance(item, InputError):
            yield Skipped.of(item)
            continue
        try:
            text = decode_bytes(item.body, item.where)
        except InputError as error:
            yield Skipped.of(error, item.where)
            continue
        yield page_from_html(text, item.url or item.where, _canonical(item.url), url=item.url)


def _pages_from_jsonl(path: Path) -> Iterator[Outcome]:
    base = path.resolve().as_uri()
    for record in read_stories(path):
        if isinstance(record, InputError):
            yield Skipped.of(record)
            continue
        for number, document in enumerate(record.documents, start=1):
            yield page_from_markup(
                document, record.document_source(number), f"{base}#{record.id}/{number}"
            )


def _canonical(url: str) -> str:
    """The URL that identifies an article: tracking parameters and fragments dropped."""
    if not url:
        return ""
    try:
        return str(normalize_url(url, strict=True))
    except ValueError:
        return url
