"""Stored stories as the web serves them: a page of the list, and a story's brief.

A story's brief is its latest stored version, served as stored while it covers the story's
current articles (the poller of ``serve --watch`` or ``watch`` makes versions as stories
change): no request re-briefs it. Only a story with no current version, or another length
than the version's, is briefed on request, once per (story, versions, articles, length)
however many readers ask at once, and never stored: reading never changes the store.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from fastapi import HTTPException

from newsfuse.documents import Article, Brief, Changes
from newsfuse.live.versions import changes_between
from newsfuse.render import brief_from_dict
from newsfuse.store.sqlite import Store
from newsfuse.store.stories import StoryPage
from newsfuse.store.versions import StoredVersion
from newsfuse.web.service import BriefService, public_source

PAGE_SIZE = 30
MAX_PAGE_SIZE = 200
MEMO_SIZE = 128

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class StoryBrief:
    """A story's brief as served: the brief, its changes since the version before (``None``
    when the story has no stored version), the articles it cites (for the quotes behind its
    marks), and whether it is a stored version served as is."""

    story_id: int
    brief: Brief
    changes: Changes | None
    cited: tuple[Article, ...]
    stored: bool


class StoryBriefs:
    """Briefs of stored stories, served from their stored versions (see the module)."""

    def __init__(self, service: BriefService, size: int = MEMO_SIZE) -> None:
        self._service = service
        self._memo: Memo[tuple[object, ...], StoryBrief] = Memo(size)

    def page(self, limit: int = PAGE_SIZE, cursor: str = "") -> StoryPage:
        """A page of the story list, the last updated first (reads only the page's rows)."""
        with self._service.reading() as store:
            return store.story_page(limit, cursor)

    def get(self, story_id: int, words: int) -> StoryBrief:
        """The story's brief at ``words`` words; 404 when there is no such story."""
        with self._service.reading() as store:
            key, versions = self._key(store, story_id, words)
            return self._memo.get(key, lambda: self._make(store, story_id, words, versions))

    def ready(self, story_id: int, words: int) -> StoryBrief | None:
        """The story's brief when it is at hand (a few indexed reads, no briefing), else
        ``None``: then :meth:`get` it in a worker thread."""
        with self._service.reading() as store:
            return self._memo.peek(self._key(store, story_id, words)[0])

    @staticmethod
    def _key(
        store: Store, story_id: int, words: int
    ) -> tuple[tuple[object, ...], list[StoredVersion]]:
        current = store.versions.current_articles(story_id)
        if not current:
            raise HTTPException(404, f"no story {story_id}")
        versions = store.versions.latest(story_id, 2)
        return (story_id, tuple(v.version for v in versions), current, words), versions

    def _make(
        self, store: Store, story_id: int, words: int, versions: list[StoredVersion]
    ) -> StoryBrief:
        current = store.versions.current_articles(story_id)
        latest = versions[0] if versions and versions[0].article_ids == current else None
        previous = versions[1] if len(versions) > 1 else None
        if latest is not None and latest.words == words:
            brief = _public(brief_from_dict(latest.brief_dict()))
            cited = _cited_articles(store, brief)
            return StoryBrief(
                story_id, brief, changes_between(brief, latest, previous), cited, True
            )
        articles = [a.to_article() for a in store.story_articles(story_id)]
        brief = self._service.brief(articles, words)
        if latest is not None:  # the version's articles at another length: its changes
            changes = changes_between(brief, latest, previous)
        elif versions:  # articles came since the latest version: new against it
            unstored = StoredVersion(
                story_id, versions[0].version + 1, store.now(), words, current, ""
            )
            changes = changes_between(brief, unstored, versions[0])
        else:
            changes = None
        cited_ids = {source.article_id for source in brief.sources}  # the quotes' articles
        kept = tuple(a for a in articles if a.id in cited_ids)
        return StoryBrief(story_id, brief, changes, kept, False)


def _public(brief: Brief) -> Brief:
    """The stored brief with each source's file named but not where it is on the server."""
    sources = tuple(replace(s, path=public_source(s.path)) for s in brief.sources)
    return replace(brief, sources=sources)


def _cited_articles(store: Store, brief: Brief) -> tuple[Article, ...]:
    """The articles a brief cites (its sources), read one by one: a brief cites a few of a
    story's articles, so this costs the brief's size, not the story's."""
    found = (store.article(int(s.article_id)) for s in brief.sources if s.article_id.isdigit())
    return tuple(a.to_article() for a in found if a is not None)


class Memo(Generic[K, V]):
    """The latest ``size`` values by key, each made once even when many threads ask for it
    at the same moment (they wait for the one making it).

    Written here because functools.lru_cache makes a value once per caller in a race (200
    readers opening a story that has no stored version would brief it 200 times), and the
    cache libraries at hand lock the whole cache while a value is made.

    Example:
        >>> memo: Memo[str, int] = Memo(2)
        >>> memo.get("a", lambda: 1), memo.get("a", lambda: 2)
        (1, 1)
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._values: OrderedDict[K, V] = OrderedDict()
        self._making: dict[K, threading.Lock] = {}
        self._lock = threading.Lock()

    def peek(self, key: K) -> V | None:
        """The value of ``key`` if it is made, else ``None``."""
        with self._lock:
            return self._values.get(key)

    def get(self, key: K, make: Callable[[], V]) -> V:
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
            making = self._making.setdefault(key, threading.Lock())
        with making:
            with self._lock:
                if key in self._values:
                    return self._values[key]
            try:
                value = make()
                with self._lock:
                    self._values[key] = value
                    while len(self._values) > self._size:
                        self._values.popitem(last=False)
            finally:
                with self._lock:
                    self._making.pop(key, None)
        return value
