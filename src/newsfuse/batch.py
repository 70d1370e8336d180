"""Brief many stories: one Multi-News-style record in, one JSON-ready result out.

Pure functions over records, so the same code runs in-process, in a process pool, or on
Dask workers and gives byte-identical output.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from newsfuse.documents import Article
from newsfuse.errors import InputError, NewsfuseError, NoContentError
from newsfuse.ingest.jsonl import StoryRecord
from newsfuse.pipeline import Pipeline
from newsfuse.render import to_dict
from newsfuse.text.furniture import strip_furniture

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoryResult:
    """The outcome of one story: its JSON line, or the reason it failed."""

    id: str
    line: str | None
    error: str | None = None


def articles_of_record(record: StoryRecord) -> list[Article]:
    """The record's documents as articles ``"1"``, ``"2"``, ...; empty or junk ones skipped."""
    articles = []
    for number, text in enumerate(record.documents, start=1):
        clean = strip_furniture(text)
        if clean:
            articles.append(Article(id=str(number), text=clean, source=f"{record.id}#{number}"))
    if not articles:
        raise NoContentError(f"story {record.id}: every document is empty or page furniture")
    return articles


def brief_record(pipeline: Pipeline, record: StoryRecord | InputError) -> StoryResult:
    """Brief one story; a failure becomes a result carrying its reason, never an exception."""
    if isinstance(record, InputError):
        return StoryResult(id="?", line=None, error=str(record))
    try:
        brief = pipeline.brief(articles_of_record(record))
    except NewsfuseError as error:
        return StoryResult(id=record.id, line=None, error=str(error))
    payload: dict[str, Any] = {"id": record.id, **to_dict(brief)}
    return StoryResult(id=record.id, line=json.dumps(payload, ensure_ascii=False))


def _brief_chunk(pipeline: Pipeline, records: list[StoryRecord | InputError]) -> list[StoryResult]:
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
    if workers <= 1:
        yield from (brief_record(pipeline, r) for r in records)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunks = _chunked(records, chunk_size)
        # map() keeps input order; at most `workers * 2` chunks are in flight at once.
        pending: list[Any] = []
        for chunk in chunks:
            pending.append(pool.submit(_brief_chunk, pipeline, chunk))
            if len(pending) >= workers * 2:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def _chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
