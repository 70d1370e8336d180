import os
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.jsonl import StoryRecord, parse_story_line, read_stories, read_story_lines


def test_parses_a_multinews_line() -> None:
    record = parse_story_line('{"id": "s1", "documents": ["a", "b"], "summary": "x"}', "f:1")
    assert record == StoryRecord("s1", ("a", "b"), "x")


def test_accepts_the_original_separator_format() -> None:
    record = parse_story_line('{"id": 3, "documents": "one ||||| two"}', "f:1")
    assert record.documents == ("one ", " two") and record.id == "3"


@pytest.mark.parametrize(
    ("line", "message"),
    [("{not json", "not valid JSON"), ("[1]", "JSON object"), ('{"documents": 5}', "list")],
)
def test_malformed_lines_are_errors_naming_the_line(line: str, message: str) -> None:
    with pytest.raises(InputError, match=f"f:7: .*{message}"):
        parse_story_line(line, "f:7")


def test_a_bad_line_does_not_stop_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "documents": ["x"]}\nbroken\n\n{"id": "b", "documents": []}\n')
    items = list(read_stories(path))
    assert [type(i).__name__ for i in items] == ["StoryRecord", "InputError", "StoryRecord"]


def test_a_line_over_the_cap_is_skipped_unread_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    long = '{"id": "long", "documents": ["' + "x" * 5000 + '"]}'
    path.write_text('{"id": "a", "documents": ["x"]}\n' + long + '\n{"id": "b", "documents": []}\n')
    lines = list(read_story_lines(path, max_bytes=1000))
    assert [where for where, _ in lines] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert str(lines[1][1]) == f"{path}:2: line longer than 1000 bytes, not read"
    assert lines[2][1] == '{"id": "b", "documents": []}\n'


def test_a_last_line_at_the_cap_without_a_newline_is_read(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    line = '{"id": "a", "documents": ["' + "x" * 50 + '"]}'
    path.write_text(line)
    assert [text for _, text in read_story_lines(path, max_bytes=len(line))] == [line]
    path.write_text(line + "\n")
    assert [text for _, text in read_story_lines(path, max_bytes=len(line))] == [line + "\n"]


def test_a_line_that_is_not_utf8_is_skipped_alone(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a", "documents": ["caf\xe9"]}\n{"id": "b", "documents": ["ok"]}\n')
    items = list(read_stories(path))
    assert str(items[0]) == f"{path}:1: not UTF-8 text; JSONL must be UTF-8"
    assert items[1] == StoryRecord("b", ("ok",), source=str(path))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),
        ('{"a":' * 50_000 + "1" + "}" * 50_000, "JSON nested too deeply"),
        ('{"id": {"x": 1}, "documents": ["a"]}', "'id' must be a string or a number"),
        ('{"id": "x", "documents": [["a"]]}', "'documents' must be a list of article texts"),
    ],
)
def test_deep_or_odd_json_is_one_error_naming_the_line(line: str, message: str) -> None:
    with pytest.raises(InputError, match=f"^f:9: {message}"):
        parse_story_line(line, "f:9")


def test_lone_surrogates_from_json_escapes_are_kept_escaped() -> None:
    record = parse_story_line('{"id": "s\\ud800", "documents": ["a \\udfff b"]}', "f:1")
    assert record == StoryRecord("s\\ud800", ("a \\udfff b",))
    record.id.encode("utf-8")  # storable and printable


def test_a_fifo_is_not_read_as_jsonl(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "in.jsonl")
    with pytest.raises(InputError, match="not a regular file \\(a FIFO\\)"):
        list(read_stories(tmp_path / "in.jsonl"))
