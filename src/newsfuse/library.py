"""The stored library of articles: ingest sources into the store, group them into stories.

This is the edge where pages (ingest), fingerprints (cluster) and the SQLite store meet.
Articles are grouped as they are stored: :func:`ingest` places a run's articles once the run
has stored them (so their own vocabulary weighs them), and the live poller after each feed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsfuse.cluster import Fingerprint, StoryGrouper, fingerprint
from newsfuse.ingest.fetch import Fetcher
from newsfuse.ingest.pages import Page, Skipped, pages_from_sources
from newsfuse.store.sqlite import AddResult, GroupingReport, Store

OnResult = Callable[[Page | Skipped, AddResult | None], None]
PagePrint = tuple[Page | Skipped, Fingerprint | None]


@dataclass(slots=True)
class IngestReport:
    """Counts of one ingest run, and the reason of every skipped source."""

    counts: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    grouping: GroupingReport | None = None

    def summary(self) -> str:
        """``added 3, unchanged 1, updated 0, junk 1, skipped 2``: each page counted once (a
        junk page is stored, with its reason, and counted as junk only)."""
        names = ("added", "unchanged", "updated", "junk", "skipped")
        return ", ".join(f"{name} {self.counts[name]}" for name in names)

    @property
    def nothing_stored(self) -> bool:
        """Every source was skipped: nothing was stored, nor found stored already."""
        return self.counts["skipped"] > 0 and self.counts.total() == self.counts["skipped"]


def ingest(
    sources: Iterable[str],
    store: Store,
    fetcher: Fetcher,
    on_result: OnResult | None = None,
) -> IngestReport:
    """Read every source into the store, one committed transaction per page, then place the
    new articles in stories."""
    report = store_pages(with_fingerprints(pages_from_sources(sources, fetcher)), store, on_result)
    report.grouping = store.group_pending()
    return report


def with_fingerprints(pages: Iterable[Page | Skipped]) -> Iterator[PagePrint]:
    """Each page with its grouping fingerprint (none for junk and skips)."""
    for item in pages:
        if isinstance(item, Page) and not item.junk:
            yield item, fingerprint(item.text, item.title)
        else:
            yield item, None


def store_pages(
    items: Iterable[PagePrint], store: Store, on_result: OnResult | None = None
) -> IngestReport:
    """Store pages (one process writes the store, whoever extracted them)."""
    report = IngestReport()
    for item, grouping_print in items:
        result = None
        if isinstance(item, Skipped):
            report.counts["skipped"] += 1
            report.skipped.append(item)
        else:
            result = store.add(item, grouping_print)
            junk = item.junk and result.outcome != "unchanged"
            report.counts["junk" if junk else result.outcome] += 1
        if on_result is not None:
            on_result(item, result)
    return report


def group_stories(store: Store, grouper: StoryGrouper | None = None) -> GroupingReport:
    """Place every stored article not yet in a story (what a killed run, or a store made
    before grouping was incremental, left); stories already formed stay as they are."""
    return store.group_pending(grouper)
