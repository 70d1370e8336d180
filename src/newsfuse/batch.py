"""Brief many stories: one Multi-News-style record in, one JSON-ready result out.

Pure functions over records, so the same code runs in-process, in a process pool, or on
Dask workers and gives byte-identical output.
"""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from newsfuse.errors import InputError, NewsfuseError
from newsfuse.ingest.articles import articles_of_record
from newsfuse.ingest.jsonl import StoryRecord
from newsfuse.pipeline import Pipeline
from newsfuse.render import to_dict

# articles_of_record is here too: benchmarks and the eval read records the way batch does.
__all__ = [
    "UNREAD_LINE",
    "BatchSink",
    "StoryResult",
    "articles_of_record",
    "available_cpus",
    "brief_chunk",
    "brief_partitions",
    "brief_record",
    "brief_records",
    "chunked",
    "in_order",
]

log = logging.getLogger(__name__)

# The id of the result of a JSONL line that is no story at all (its error names the line).
UNREAD_LINE = "?"


@dataclass(frozen=True, slots=True)
class StoryResult:
    """The outcome of one story: its JSON line, or the reason it failed."""

    id: str
    line: str | None
    error: str | None = None


def brief_record(pipeline: Pipeline, record: StoryRecord | InputError) -> StoryResult:
    """Brief one story; a failure becomes a result carrying its reason, never an exception."""
    if isinstance(record, InputError):
        return StoryResult(id=UNREAD_LINE, line=None, error=str(record))
    try:
        brief = pipeline.brief(articles_of_record(record))
    except NewsfuseError as error:
        return StoryResult(id=record.id, line=None, error=str(error))
    except Exception as error:  # a bug must not sink a batch of millions: report and go on
        log.exception("story %s", record.id)
        return StoryResult(id=record.id, line=None, error=f"internal error: {error!r}")
    payload: dict[str, Any] = {"id": record.id, **to_dict(brief)}
    return StoryResult(id=record.id, line=json.dumps(payload, ensure_ascii=False))


def brief_chunk(
    pipeline: Pipeline, records: Sequence[StoryRecord | InputError]
) -> list[StoryResult]:
    return [brief_record(pipeline, record) for record in records]


def brief_records(
    pipeline: Pipeline,
    records: Iterable[StoryRecord | InputError],
    workers: int = 1,
    chunk_size: int = 8,
) -> Iterator[StoryResult]:
    """Brief every record, in input order, on ``workers`` processes (1 = in this process).

    Records are read lazily in chunks, so memory stays flat however long the input is.
    """
    for partition in brief_partitions(pipeline, records, workers, chunk_size):
        yield from partition


def available_cpus() -> int:
    """The CPU cores this process may run on (its affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return os.cpu_count() or 1


def brief_partitions(
    pipeline: Pipeline,
    records: Iterable[StoryRecord | InputError],
    workers: int = 1,
    partition_size: int = 8,
) -> Iterator[list[StoryResult]]:
    """The results of each partition of ``partition_size`` records, in input order."""
    if workers <= 1:
        for partition in chunked(records, partition_size):
            yield brief_chunk(pipeline, partition)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunks = chunked(records, partition_size)
        submitted = (pool.submit(brief_chunk, pipeline, chunk) for chunk in chunks)
        yield from in_order(submitted, window=workers * 2)


def in_order(submitted: Iterable[Any], window: int) -> Iterator[Any]:
    """The results of lazily submitted futures (process pool or Dask), in submission order,
    with at most ``window`` submitted and not yet yielded: the input is never all in memory."""
    pending: deque[Any] = deque()
    for future in submitted:
        pending.append(future)
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class BatchSink:
    """Where batch results go: one JSONL file, or a folder of ``part-NNNNN.jsonl`` files, one
    per input partition (when ``path`` is a folder or ends with a slash)."""

    def __init__(self, path: Path, partitioned: bool) -> None:
        self.path = path
        self.partitioned = partitioned
        self._parts = 0
        self._single: TextIO | None = None
        if partitioned:
            path.mkdir(parents=True, exist_ok=True)
        else:
            self._single = path.open("w", encoding="utf-8")

    def write(self, lines: Sequence[str]) -> None:
        if self._single is not None:
            self._single.writelines(line + "\n" for line in lines)
            return
        part = self.path / f"part-{self._parts:05d}.jsonl"
        part.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        self._parts += 1

    def close(self) -> None:
        if self._single is not None:
            self._single.close()

    def __enter__(self) -> BatchSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
