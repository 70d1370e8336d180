"""The work behind the pages and the API: articles from texts, URLs or the store, briefed.

Shared by the JSON API and the /new page so both give the same brief for the same input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import httpcore
import httpx

from newsfuse.documents import Article, Brief
from newsfuse.errors import FetchError, InputError, NoContentError
from newsfuse.ingest.fetch import Fetched, Fetcher, FetchPolicy, Resolver, is_url, system_resolver
from newsfuse.ingest.files import article_from_markup
from newsfuse.ingest.pages import Page, page_from_fetched
from newsfuse.library import group_stories
from newsfuse.pipeline import Pipeline, build
from newsfuse.settings import Settings
from newsfuse.store.sqlite import Store, StoredArticle
from newsfuse.web.jobs import DEFAULT_WAITING, DEFAULT_WORKERS

Progress = Callable[[str], None]


@dataclass(frozen=True)
class WebConfig:
    """Settings of the web app.

    ``host`` is the address the server listens on: it, ``localhost``, ``127.0.0.1``,
    ``[::1]`` and the names in ``allowed_hosts`` are the only ``Host`` headers answered.
    ``transport`` lets tests fetch from a mock web; ``resolver`` and ``network`` replace the
    fetcher's name resolution and socket layer (tests). ``brief_workers`` briefs of posted
    texts or URLs (/new and ``POST /api/briefs``) run at once and ``brief_queue`` more may
    wait; past that the server answers 503.
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


class BriefService:
    def __init__(self, config: WebConfig) -> None:
        self.config = config
        self._fetch_policy = FetchPolicy(allow_private=config.allow_private)

    def store(self) -> Store:
        return Store(self.config.db)

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
        fetched; unusable inputs are skipped; :class:`NoContentError` when none is left.
        Not :func:`newsfuse.api.load_articles`: that reads a text naming an existing path as a
        file, which a web client must never be able to make the server do.
        """
        say = progress or _ignore
        texts = [d for d in documents if d.strip()]
        articles: list[Article] = []
        problems: list[str] = []
        with self.fetcher() as fetcher:
            for url in urls:
                fetcher.check(url)
            for number, text in enumerate(texts, start=1):
                say(f"Reading text {number} of {len(texts)}")
                _collect(articles, problems, functools.partial(_article_from_text, text, articles))
            for done, (url, result) in enumerate(fetcher.fetch_many(urls), start=1):
                say(f"Fetched {done} of {len(urls)} URLs")
                make = functools.partial(_article_from_fetch, url, result, articles)
                _collect(articles, problems, make)
        if not articles:
            raise NoContentError("no readable article: " + "; ".join(problems or ["no input"]))
        return articles

    def story_articles(self, story_id: int) -> list[StoredArticle]:
        with self.store() as store:
            return store.story_articles(story_id)

    def brief(self, articles: Sequence[Article], words: int) -> Brief:
        """The brief, with each source's file named but not where it is on the server."""
        brief = _pipeline(words).brief(list(articles))
        sources = tuple(replace(s, path=public_source(s.path)) for s in brief.sources)
        return replace(brief, sources=sources)

    def group_new_articles(self) -> None:
        """Place what a killed run left unplaced (articles are placed as they are stored;
        normally there is nothing to do, found with one index lookup)."""
        with self.store() as store:
            if store.has_pending():
                group_stories(store)


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


def _collect(
    articles: list[Article], problems: list[str], make: Callable[[], Article | None]
) -> None:
    try:
        article = make()
    except InputError as error:
        problems.append(str(error))
        return
    if article is not None:
        articles.append(article)


def _article_from_text(text: str, articles: list[Article]) -> Article:
    number = str(len(articles) + 1)
    return article_from_markup(text, number, source=f"text {number}")


def _article_from_fetch(
    url: str, result: Fetched | FetchError, articles: list[Article]
) -> Article | None:
    if isinstance(result, FetchError):
        raise result
    page = page_from_fetched(result)
    if not isinstance(page, Page):
        raise InputError(f"{url}: {page.reason}")
    if page.junk:
        raise InputError(f"{url}: not a news report ({page.junk})")
    return page.to_article(str(len(articles) + 1))
