"""Multi-News-style JSONL: one story per line with ``id`` and ``documents`` (article texts)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsfuse.errors import InputError
from newsfuse.ingest.decode import safe_name, safe_text
from newsfuse.ingest.paths import open_regular_file
from newsfuse.settings import MAX_JSONL_LINE_BYTES


@dataclass(frozen=True, slots=True)
class StoryRecord:
    """One JSONL line: the story's id, its article texts and, when given, a reference summary;
    ``source`` is the name of the file it was read from."""

    id: str
    documents: tuple[str, ...]
    summary: str = ""
    source: str = ""

    def document_source(self, number: int) -> str:
        """How document ``number`` (from 1) is named: ``in.jsonl#story-7/2``.

        Example:
            >>> StoryRecord("story-7", ("...", "..."), source="in.jsonl").document_source(2)
            'in.jsonl#story-7/2'
        """
        return f"{self.source}#{self.id}/{number}"


def parse_story_line(line: str, where: str, source: str = "") -> StoryRecord:
    """Parse one JSONL line (of the file named ``source``); raises :class:`InputError` naming
    ``where`` if it is malformed.

    Example:
        >>> parse_story_line("[" * 100_000, "in.jsonl:3")
        Traceback (most recent call last):
        ...
        newsfuse.errors.InputError: in.jsonl:3: JSON nested too deeply (a story is an object with 'id' and 'documents')
    """  # noqa: E501
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON ({error.msg})", where) from error
    except RecursionError:  # Python's JSON reader refuses nesting past the recursion limit
        raise InputError(
            "JSON nested too deeply (a story is an object with 'id' and 'documents')", where
        ) from None
    if not isinstance(record, dict):
        raise InputError("expected a JSON object with 'id' and 'documents'", where)
    documents = record.get("documents")
    if isinstance(documents, str):
        # The original Multi-News files join articles with this separator.
        documents = documents.split("|||||")
    if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
        raise InputError("'documents' must be a list of article texts", where)
    story_id = record.get("id", where)
    if not isinstance(story_id, str | int | float):
        raise InputError("'id' must be a string or a number", where)
    summary = record.get("summary", "")
    return StoryRecord(
        safe_text(str(story_id)),
        tuple(safe_text(d) for d in documents),
        safe_text(summary) if isinstance(summary, str) else "",
        source,
    )


def read_story_lines(
    path: Path, max_bytes: int = MAX_JSONL_LINE_BYTES
) -> Iterator[tuple[str, str | InputError]]:
    """Yield ``(where, line)`` for every non-blank line, streaming the file; a line longer than
    ``max_bytes`` (never held in memory) or not UTF-8 comes as an :class:`InputError` naming it.

    Raises :class:`InputError` when the file cannot be read at all.
    """
    name = safe_name(path)
    with open_regular_file(path) as handle:
        try:
            yield from _lines(handle, name, max_bytes)
        except OSError as error:
            raise InputError(f"cannot read the file ({error.strerror})", name) from error


def _lines(handle: BinaryIO, name: str, max_bytes: int) -> Iterator[tuple[str, str | InputError]]:
    for number, raw in enumerate(_bounded_lines(handle, max_bytes), start=1):
        where = f"{name}:{number}"
        if raw is None:
            yield where, InputError(f"line longer than {max_bytes} bytes, not read", where)
        elif raw.strip():
            try:
                yield where, raw.decode("utf-8")
            except UnicodeDecodeError:
                yield where, InputError("not UTF-8 text; JSONL must be UTF-8", where)


def _bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Each line of ``handle``, or ``None`` for a line over ``max_bytes`` (read past in
    pieces, never held whole)."""
    while raw := handle.readline(max_bytes + 1):
        if len(raw) <= max_bytes or raw.endswith(b"\n"):
            yield raw
            continue
        while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


def count_story_lines(path: Path) -> int:
    """How many lines :func:`read_stories` will yield an item for (for progress bars)."""
    return sum(1 for _ in read_story_lines(path))


def read_stories(path: Path) -> Iterator[StoryRecord | InputError]:
    """Every story of a JSONL file; a malformed line is yielded as its error, not raised."""
    name = safe_name(path)
    for where, line in read_story_lines(path):
        if isinstance(line, InputError):
            yield line
            continue
        try:
            yield parse_story_line(line, where, name)
        except InputError as error:
            yield error
