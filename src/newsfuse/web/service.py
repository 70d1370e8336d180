"""The work behind the pages and the API: articles from texts, URLs or the store, briefed.

Shared by the JSON API and the /new page so both give the same brief for the same input.
"""

from __future__ import annotations

import functools
import queue
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

import httpcore
import httpx

from newsfuse.documents import Article, Brief
from newsfuse.ingest.articles import Reader, fetched_reader, gather, text_reader
from newsfuse.ingest.fetch import Fetcher, FetchPolicy, Resolver, is_url, system_resolver
from newsfuse.pipeline import Pipeline, build
from newsfuse.settings import Settings
from newsfuse.store.sqlite import Store, StoredArticle
from newsfuse.web.jobs import DEFAULT_WAITING, DEFAULT_WORKERS

Progress = Callable[[str], None]


def _ignore_message(message: str) -> None:
    pass


@dataclass(frozen=True)
class WebConfig:
    """Settings of the web app.

    ``host`` is the address the server listens on: it, ``localhost``, ``127.0.0.1``,
    ``[::1]`` and the names in ``allowed_hosts`` are the only ``Host`` headers answered.
    ``transport`` lets tests fetch from a mock web; ``resolver`` and ``network`` replace the
    fetcher's name resolution and socket layer (tests). ``brief_workers`` briefs of posted
    texts or URLs (/new and ``POST /api/briefs``) run at once and ``brief_queue`` more may
    wait; past that the server answers 503. With ``watch_every``, the server polls the
    followed feeds that often (``serve --watch``), saying each round through ``say``.
    """

    db: Path
    allow_private: bool = False
    max_body_bytes: int = 2_000_000
    host: str = "127.0.0.1"
    allowed_hosts: tuple[str, ...] = ()
    brief_workers: int = DEFAULT_WORKERS
    brief_queue: int = DEFAULT_WAITING
    transport: httpx.BaseTransport | None = field(default=None, compare=False)
    resolver: Resolver = field(default=system_resolver, compare=False)
    network: httpcore.NetworkBackend | None = field(default=None, compare=False)
    watch_every: timedelta | None = None
    say: Callable[[str], None] = field(default=_ignore_message, compare=False)


READERS = 16  # store connections kept open for reading


class BriefService:
    def __init__(self, config: WebConfig) -> None:
        self.config = config
        self._fetch_policy = FetchPolicy(allow_private=config.allow_private)
        self._pool: queue.LifoQueue[Store] = queue.LifoQueue()

    def store(self) -> Store:
        """A store of its own, to change it (or to hand to a thread that does)."""
        return Store(self.config.db)

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A store connection to read from, taken from a pool and given back: opening one
        costs more than the queries of a page (each query sees the latest commit: WAL)."""
        try:
            store = self._pool.get_nowait()
        except queue.Empty:
            store = self.store()
        try:
            yield store
        finally:
            if self._pool.qsize() < READERS:
                self._pool.put(store)
            else:
                store.close()

    def close(self) -> None:
        """Close the pooled connections (the server is stopping)."""
        while not self._pool.empty():
            self._pool.get_nowait().close()

    def fetcher(self) -> Fetcher:
        config = self.config
        return Fetcher(
            self._fetch_policy, config.transport, config.resolver, network=config.network
        )

    def articles_from(
        self, documents: Sequence[str], urls: Sequence[str], progress: Progress | None = None
    ) -> list[Article]:
        """Articles from pasted texts (or HTML) and fetched URLs, numbered from 1.

        Refused URLs raise :class:`~newsfuse.errors.BlockedURLError` before anything is
        fetched; unusable inputs are skipped; :class:`NoContentError` when none is left. A
        text is always read as a text, never as the name of a file on the server.
        """
        with self.fetcher() as fetcher:
            for url in urls:
                fetcher.check(url)
            return gather(self._readers(documents, urls, fetcher, progress or _ignore))

    @staticmethod
    def _readers(
        documents: Sequence[str], urls: Sequence[str], fetcher: Fetcher, say: Progress
    ) -> Iterator[Reader]:
        texts = [d for d in documents if d.strip()]
        for number, text in enumerate(texts, start=1):
            say(f"Reading text {number} of {len(texts)}")
            yield text_reader(text, f"text {number}")
        for done, (url, result) in enumerate(fetcher.fetch_many(urls), start=1):
            say(f"Fetched {done} of {len(urls)} URLs")
            yield fetched_reader(url, result)

    def story_articles(self, story_id: int) -> list[StoredArticle]:
        with self.reading() as store:
            return store.story_articles(story_id)

    def brief(self, articles: Sequence[Article], words: int) -> Brief:
        """The brief, with each source's file named but not where it is on the server."""
        brief = _pipeline(words).brief(list(articles))
        sources = tuple(replace(s, path=public_source(s.path)) for s in brief.sources)
        return replace(brief, sources=sources)


def public_source(source: str) -> str:
    """How the web shows where an article came from: a URL as it is, a file by its name only
    (its folder on the server is nobody else's business).

    Example:
        >>> public_source("/home/ann/news/01-courier.html"), public_source("text 2")
        ('01-courier.html', 'text 2')
        >>> public_source("https://news.example/a/b")
        'https://news.example/a/b'
    """
    if is_url(source):
        return source
    return re.split(r"[\\/]", source)[-1]


def _ignore(message: str) -> None:
    pass


@functools.lru_cache(maxsize=32)
def _pipeline(words: int) -> Pipeline:
    return build(Settings(words=words))
