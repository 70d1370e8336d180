"""The one loader: numbering, skips, and what each kind of input is read as."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.errors import InputError, MissingPathError, NoContentError
from newsfuse.ingest.articles import articles_of_record, gather, path_readers, text_reader
from newsfuse.ingest.jsonl import StoryRecord
from tests.conftest import STORY_A, STORY_B


def test_a_record_s_documents_keep_their_number_whatever_was_skipped() -> None:
    skipped: list[InputError] = []
    record = StoryRecord("s1", ("", STORY_A, STORY_B), source="in.jsonl")
    articles = articles_of_record(record, on_skip=skipped.append)
    assert [(a.id, a.source) for a in articles] == [("2", "in.jsonl#s1/2"), ("3", "in.jsonl#s1/3")]
    assert [str(p) for p in skipped] == ["in.jsonl#s1/1: no article text left after cleaning"]


def test_texts_are_numbered_among_those_read_and_never_read_as_paths(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(STORY_A)
    articles = gather([text_reader(str(secret), "text 1"), text_reader(STORY_B, "text 2")])
    assert [(a.id, a.source) for a in articles] == [("1", "text 2")]


def test_nothing_readable_lists_the_first_reasons() -> None:
    with pytest.raises(NoContentError) as raised:
        gather(text_reader("", f"text {n}") for n in range(1, 9))
    message = str(raised.value)
    assert message.startswith("no readable article: text 1: no article text left")
    assert message.endswith("; and 3 more")


def test_a_missing_path_is_an_error_of_its_own(tmp_path: Path) -> None:
    with pytest.raises(MissingPathError, match="no such file or folder: "):
        list(path_readers(tmp_path / "nope"))
