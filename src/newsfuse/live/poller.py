"""The poller: fetch the followed feeds that are due, store their new articles and group them
in the same round, and make a new brief version of every story that changed.

- A feed is fetched with a conditional GET (its last ``ETag`` / ``Last-Modified``): a 304
  costs one request and nothing more. Only entries never seen (or that the feed says changed,
  or that failed fewer than three times) are fetched, through the same guarded fetcher as
  ``ingest`` (limits, address checks, per-host politeness).
- A feed that fails waits ``every`` doubled per failure in a row (at most a day); a success
  resets it.
- Every article is committed (and reported) before the next is fetched, and its entry is
  recorded after it; a feed's validators are kept only once all its new entries are stored.
  So a killed poller loses nothing it reported, and a restarted one fetches the feed again
  and goes on with the entries it had not stored.
- ``stop`` (set on Ctrl-C or SIGTERM) is checked between articles and between stories.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta

from newsfuse.clock import Clock, iso, parse_time, utc_now
from newsfuse.cluster import fingerprint
from newsfuse.errors import InputError
from newsfuse.ingest.feeds import FeedEntry, parse_feed
from newsfuse.ingest.fetch import Fetched, Fetcher, Validators
from newsfuse.ingest.pages import Page, page_from_fetched, with_feed_hints
from newsfuse.live.schedule import retry_delay
from newsfuse.live.versions import brief_due_stories
from newsfuse.pipeline import Pipeline, build
from newsfuse.store.feeds import Feed, PollRecord, SeenEntry
from newsfuse.store.sqlite import AddResult, Store

MAX_ENTRY_ATTEMPTS = 3
OnArticle = Callable[[Page, AddResult], None]
OnProblem = Callable[[str], None]


@dataclass(slots=True)
class PollReport:
    """Counts of one poll round."""

    feeds: int = 0
    not_modified: int = 0
    failed: int = 0
    new_articles: int = 0
    stories_updated: int = 0
    stopped: bool = False
    changed_stories: set[int] = field(default_factory=set)

    def summary(self) -> str:
        """``feeds 3 (not modified 1, failed 0), new articles 4, stories updated 2``."""
        return (
            f"feeds {self.feeds} (not modified {self.not_modified}, failed {self.failed}),"
            f" new articles {self.new_articles}, stories updated {self.stories_updated}"
        )


class Poller:
    """Poll followed feeds into a store. The fetcher, clock and pipeline are injected (tests
    drive time with a fake clock and serve feeds from 127.0.0.1). ``versions=False`` leaves
    brief versions to be made later (benchmarks of storing and grouping alone)."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        every: timedelta = timedelta(minutes=15),
        clock: Clock = utc_now,
        pipeline: Pipeline | None = None,
        on_article: OnArticle | None = None,
        on_problem: OnProblem | None = None,
        versions: bool = True,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.every = every
        self.clock = clock
        self.pipeline = pipeline or build()
        self._on_article = on_article
        self._on_problem = on_problem
        self._versions = versions

    def poll_due(self, stop: threading.Event | None = None) -> PollReport:
        """Poll the feeds due now, then brief the stories that changed."""
        return self.poll(self.store.feeds.due(iso(self.clock())), stop)

    def poll_all(self, stop: threading.Event | None = None) -> PollReport:
        """Poll every followed feed once, due or not (``watch --once``)."""
        return self.poll(self.store.feeds.all(), stop)

    def poll(self, feeds: Sequence[Feed], stop: threading.Event | None = None) -> PollReport:
        stop = stop or threading.Event()
        report = PollReport()
        try:
            for feed, fetched in self._fetch_feeds(feeds, stop):
                if stop.is_set():
                    report.stopped = True
                    break
                report.feeds += 1
                self._poll_feed(feed, fetched, report, stop)
        finally:  # the round's new articles, placed together (and after a stop too)
            report.changed_stories |= self.store.group_pending().stories
        if self._versions:
            report.stories_updated = brief_due_stories(self.store, self.pipeline, stop)
        report.stopped = report.stopped or stop.is_set()
        return report

    def watch(
        self,
        stop: threading.Event,
        wait: Callable[[float], bool],
        on_round: Callable[[PollReport], None],
    ) -> None:
        """Poll due feeds until ``stop`` is set; ``wait(seconds)`` sleeps until the next feed
        is due (returning True when told to stop)."""
        while not stop.is_set():
            report = self.poll_due(stop)
            if report.feeds or report.stories_updated:
                on_round(report)
            if stop.is_set() or wait(self._seconds_to_next()):
                return

    def _seconds_to_next(self) -> float:
        upcoming = self.store.feeds.next_due()
        now = iso(self.clock())
        if not upcoming:
            return self.every.total_seconds()
        due = parse_time(upcoming)
        current = parse_time(now)
        if due is None or current is None:
            return self.every.total_seconds()
        return max(1.0, min((due - current).total_seconds(), self.every.total_seconds()))

    def _fetch_feeds(
        self, feeds: Sequence[Feed], stop: threading.Event
    ) -> Iterator[tuple[Feed, Fetched | InputError]]:
        """The feed documents, fetched a few at a time (in order), conditionally."""
        workers = self.fetcher.policy.workers
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for start in range(0, len(feeds), workers * 4):
                if stop.is_set():
                    return
                chunk = feeds[start : start + workers * 4]
                yield from zip(chunk, pool.map(self._fetch_feed, chunk), strict=True)

    def _fetch_feed(self, feed: Feed) -> Fetched | InputError:
        try:
            return self.fetcher.fetch(feed.url, Validators(feed.etag, feed.last_modified))
        except InputError as error:
            return error

    def _poll_feed(
        self, feed: Feed, fetched: Fetched | InputError, report: PollReport, stop: threading.Event
    ) -> None:
        now = self.clock()
        if isinstance(fetched, Fetched) and fetched.not_modified:
            report.not_modified += 1
            self.store.feeds.record_poll(feed.id, PollRecord("not modified", iso(now + self.every)))
            return
        try:
            if isinstance(fetched, InputError):
                raise fetched
            document = parse_feed(fetched.body, feed.url)
        except InputError as error:
            report.failed += 1
            self._problem(f"feed {feed.url}: {error}")
            due = iso(now + retry_delay(feed.errors + 1, self.every))
            self.store.feeds.record_poll(feed.id, PollRecord("failed", due, str(error)))
            return
        if document.left_out:
            self._problem(document.left_out_reason())
        if not self._store_entries(feed, document.entries, report, stop):
            return  # stopped: the feed is polled again, its unstored entries fetched then
        validators = fetched.validators
        record = PollRecord(
            "ok",
            iso(now + self.every),
            etag=validators.etag,
            last_modified=validators.last_modified,
            title=document.title,
        )
        self.store.feeds.record_poll(feed.id, record)

    def _store_entries(
        self, feed: Feed, entries: Sequence[FeedEntry], report: PollReport, stop: threading.Event
    ) -> bool:
        """Fetch and store the entries not seen before; False when stopped."""
        by_key = {entry.key or entry.link: entry for entry in entries}
        seen = self.store.feeds.seen(feed.id, by_key)
        wanted = [e for key, e in by_key.items() if _wanted(e, seen.get(key))]
        size = self.fetcher.policy.workers
        for start in range(0, len(wanted), size):
            if stop.is_set():
                return False
            self._store_chunk(feed, wanted[start : start + size], report, stop)
        return not stop.is_set()

    def _store_chunk(
        self, feed: Feed, entries: Sequence[FeedEntry], report: PollReport, stop: threading.Event
    ) -> None:
        by_link = {entry.link: entry for entry in entries}
        for link, result in self.fetcher.fetch_many(by_link):
            entry = by_link[link]
            key = entry.key or entry.link
            if stop.is_set():
                return
            page = result if isinstance(result, InputError) else page_from_fetched(result)
            page = with_feed_hints(page, entry) if isinstance(page, Page) else page
            if not isinstance(page, Page):
                reason = str(page) if isinstance(page, InputError) else page.reason
                self._problem(f"skipped {link}: {reason}")
                self.store.feeds.record_entry(feed.id, key, entry.updated, None, reason)
                continue
            grouping_print = None if page.junk else fingerprint(page.text, page.title)
            added = self.store.add(page, grouping_print)
            self.store.feeds.record_entry(feed.id, key, entry.updated, added.article_id)
            if added.outcome != "unchanged":
                report.new_articles += 1
            if self._on_article is not None:
                self._on_article(page, added)

    def _problem(self, message: str) -> None:
        if self._on_problem is not None:
            self._on_problem(message)


def _wanted(entry: FeedEntry, seen: SeenEntry | None) -> bool:
    """Whether an entry is to be fetched: never seen, changed since, or failed but not
    given up on."""
    if seen is None:
        return True
    if seen.article_id is None:
        return seen.attempts < MAX_ENTRY_ATTEMPTS
    return bool(entry.updated) and entry.updated != seen.updated
