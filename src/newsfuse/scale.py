"""Batch work on a Dask cluster: briefs of a JSONL stream, and page extraction from archives.

Records are read in partitions and a bounded window of partitions is in flight, so memory
stays flat however long the input; results come back in input order. Tasks are pure (records
in, JSON lines out), so when a worker dies Dask simply runs its tasks again elsewhere and no
story is lost or written twice. The store is never touched by workers: they return pages,
and the one client process writes them.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsfuse.batch import StoryResult, brief_chunk, chunked, in_order
from newsfuse.errors import ConfigError, InputError, needs_extra
from newsfuse.ingest.fetch import Fetcher, is_url
from newsfuse.ingest.jsonl import StoryRecord
from newsfuse.ingest.pages import (
    Page,
    Skipped,
    is_archive,
    pages_from_sources,
    pages_from_warc,
    source_files,
)
from newsfuse.library import IngestReport, OnResult, PagePrint, store_pages, with_fingerprints
from newsfuse.pipeline import Pipeline, build
from newsfuse.settings import Settings
from newsfuse.store.sqlite import Store, content_hash


def _dask() -> Any:
    try:
        import distributed
    except ImportError as error:
        raise ConfigError(needs_extra("the dask engine", "dask")) from error
    return distributed


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers``
    single-threaded worker processes (closed on exit)."""
    distributed = _dask()
    logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler:
        with distributed.Client(scheduler, timeout="20s") as client:
            yield client
        return
    with (
        distributed.LocalCluster(
            n_workers=max(workers, 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def dashboard_of(client: Any) -> str:
    """The dashboard address, or a note that it is not served (bokeh missing)."""
    try:
        link = str(client.dashboard_link)
    except Exception:  # distributed raises when no dashboard service runs
        return "no dashboard (install bokeh to get one)"
    return link


@functools.lru_cache(maxsize=4)
def _pipeline(settings: Settings) -> Pipeline:
    """One pipeline per worker process and settings (built on first use, then reused)."""
    return build(settings)


def brief_partition(
    settings: Settings, records: Sequence[StoryRecord | InputError]
) -> list[StoryResult]:
    """The task run on workers: brief one partition of records."""
    return brief_chunk(_pipeline(settings), records)


def brief_records_on_dask(
    client: Any,
    settings: Settings,
    records: Iterable[StoryRecord | InputError],
    partition_size: int = 32,
    window: int | None = None,
) -> Iterator[list[StoryResult]]:
    """Yield each partition's results, in input order, briefing on the cluster.

    At most ``window`` partitions (default: twice the workers, at least 4) are submitted and
    not yet yielded, so the input is never all in memory.
    """
    in_flight = window or max(4, 2 * len(client.scheduler_info().get("workers", {})))
    submitted = (
        client.submit(brief_partition, settings, partition, pure=False)
        for partition in chunked(records, partition_size)
    )
    yield from in_order(submitted, in_flight)


def extract_archive(path: str) -> list[PagePrint]:
    """The task run on workers for ingest: every distinct page of one WARC file (a page
    captured twice with the same content is sent back once), with its grouping fingerprint
    (junk pages and skips have none)."""
    seen: set[tuple[str, str]] = set()
    distinct = []
    for item in pages_from_warc(Path(path)):
        if isinstance(item, Page):
            key = (item.canonical_url, content_hash(item.text))
            if key in seen:
                continue
            seen.add(key)
        distinct.append(item)
    return list(with_fingerprints(distinct))


def split_archives(sources: Sequence[str]) -> tuple[list[str], list[Path], list[Skipped]]:
    """Sources to read here, the WARC files (named or inside folders) for the cluster, and the
    folder entries that are not read at all (not regular files, links leaving the folder)."""
    here: list[str] = []
    archives: list[Path] = []
    skipped: list[Skipped] = []
    for source in sources:
        entries = [] if is_url(source) else source_files(Path(source))
        files = [f for f in entries if isinstance(f, Path)]
        if not any(is_archive(f) for f in files):
            here.append(source)
            continue
        archives.extend(f for f in files if is_archive(f))
        here.extend(str(f) for f in files if not is_archive(f))
        skipped.extend(Skipped.of(e) for e in entries if isinstance(e, InputError))
    return here, archives, skipped


def ingest_on_dask(
    client: Any,
    sources: Sequence[str],
    store: Store,
    fetcher: Fetcher,
    on_result: OnResult | None = None,
) -> IngestReport:
    """Ingest with WARC extraction spread over the cluster; this process alone writes."""
    here, archives, skipped = split_archives(sources)
    unread: list[PagePrint] = [(item, None) for item in skipped]
    local = with_fingerprints(pages_from_sources(here, fetcher))
    remote = extract_archives_on_dask(client, archives)
    return store_pages(itertools.chain(unread, local, remote), store, on_result)


def extract_archives_on_dask(client: Any, paths: Sequence[Path]) -> Iterator[PagePrint]:
    """Pages of many WARC files, extracted in parallel, yielded as each archive finishes."""
    distributed = _dask()
    futures = [client.submit(extract_archive, str(p), pure=False) for p in paths]
    for future in distributed.as_completed(futures):
        yield from future.result()
        future.release()
