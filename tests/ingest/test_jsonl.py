from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.jsonl import StoryRecord, parse_story_line, read_stories


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
