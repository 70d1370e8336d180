"""The stored library of articles: ingest sources into the store, group them into stories.

This is the edge where pages (ingest), fingerprints (cluster) and the SQLite store meet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsfuse.cluster import Fingerprint, StoryGrouper, fingerprint
from newsfuse.ingest.fetch import Fetcher
from newsfuse.ingest.pages import Page, Skipped, pages_from_sources
from newsfuse.store.sqlite import AddResult, Store

OnResult = Callable[[Page | Skipped, AddResult | None], None]
PagePrint = tuple[Page | Skipped, Fingerprint | None]


@dataclass(slots=True)
class IngestReport:
    """Counts of one ingest run, and the reason of every skipped source."""

    counts: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)

    def summary(self) -> str:
        """``added 3, unchanged 1, updated 0, junk 1, skipped 2`` (junk is also added)."""
        names = ("added", "unchanged", "updated", "junk", "skipped")
        return ", ".join(f"{name} {self.counts[name]}" for name in names)


def ingest(
    sources: Iterable[str],
    store: Store,
    fetcher: Fetcher,
    on_result: OnResult | None = None,
) -> IngestReport:
    """Read every source into the store, one committed transaction per page."""
    return store_pages(with_fingerprints(pages_from_sources(sources, fetcher)), store, on_result)


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
            report.counts[result.outcome] += 1
            if item.junk and result.outcome != "unchanged":
                report.counts["junk"] += 1
        if on_result is not None:
            on_result(item, result)
    return report


@dataclass(frozen=True, slots=True)
class GroupingReport:
    grouped: int
    new_stories: int
    duplicates: int


def group_stories(store: Store, grouper: StoryGrouper) -> GroupingReport:
    """Put every ungrouped article in a story; stories already formed stay as they are."""
    known, new = store.members()
    assignments = grouper.group(known, new)
    created = store.assign(assignments)
    duplicates = sum(1 for a in assignments if a.duplicate_of is not None)
    return GroupingReport(len(assignments), created, duplicates)
