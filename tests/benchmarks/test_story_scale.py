import re
from pathlib import Path

import pytest

from tests.benchmarks.conftest import ImportScript, RunScript


def test_story_scale_briefs_each_story_in_a_fresh_process(
    import_script: ImportScript,
    run_script: RunScript,
    stories_jsonl: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story_scale = import_script("story_scale")

    # The long report is 20 MB in main; its size is passed to the child, so 20 KB here.
    monkeypatch.setattr(story_scale, "REPORT_CHARS", 20_000)
    out = run_script("story_scale", "--data", stories_jsonl, "--sizes", 2, "--words", 40)
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[0].startswith("| story | MB of text |")
    assert len(rows) == 3
    assert all(len(row.split("|")) == len(rows[0].split("|")) for row in rows)
    assert re.match(r"\| 2 reports \|", rows[1]), rows[1]
