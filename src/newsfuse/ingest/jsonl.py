"""Multi-News-style JSONL: one story per line with ``id`` and ``documents`` (article texts)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsfuse.errors import InputError


@dataclass(frozen=True, slots=True)
class StoryRecord:
    """One JSONL line: the story's id, its article texts and, when given, a reference summary."""

    id: str
    documents: tuple[str, ...]
    summary: str = ""


def parse_story_line(line: str, where: str) -> StoryRecord:
    """Parse one JSONL line; raises :class:`InputError` naming ``where`` if it is malformed."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg})") from error
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with 'id' and 'documents'")
    documents = record.get("documents")
    if isinstance(documents, str):
        # The original Multi-News files join articles with this separator.
        documents = documents.split("|||||")
    if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
        raise InputError(f"{where}: 'documents' must be a list of article texts")
    story_id = str(record.get("id", where))
    summary = record.get("summary", "")
    return StoryRecord(story_id, tuple(documents), summary if isinstance(summary, str) else "")


def read_story_lines(path: Path) -> Iterator[tuple[str, str]]:
    """Yield ``(where, line)`` for every non-blank line, streaming the file."""
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield f"{path}:{number}", line
    except OSError as error:
        raise InputError(f"{path}: cannot read the file ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text; JSONL must be UTF-8") from error


def read_stories(path: Path) -> Iterator[StoryRecord | InputError]:
    """Every story of a JSONL file; a malformed line is yielded as its error, not raised."""
    for where, line in read_story_lines(path):
        try:
            yield parse_story_line(line, where)
        except InputError as error:
            yield error
