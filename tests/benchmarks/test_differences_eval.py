import json
import re
from pathlib import Path

from tests.benchmarks.conftest import RunScript

# One invented conflict of the invented harbour fire (tests/conftest.py): how many workers
# were hurt, two (report 1) or five (report 2), found by each side's exact words.
LABELS = {
    "about": "invented for the tests of benchmarks/differences_eval.py",
    "parts": {"A": ["invented-0000"], "B": ["invented-0001", "invented-0002"]},
    "clusters": {
        "invented-0000": [
            {
                "kind": "count",
                "confidence": "high",
                "scope": "across",
                "update": False,
                "label": "Workers hurt (two vs five)",
                "sides": [
                    {
                        "sentences": [],
                        "claimant": "",
                        "text": "Two workers were taken",
                        "value": "2",
                    },
                    {
                        "sentences": [],
                        "claimant": "",
                        "text": "five workers were hurt",
                        "value": "5",
                    },
                ],
            }
        ],
        "invented-0001": [],
        "invented-0002": [],
    },
}


def test_differences_eval_prints_precision_and_recall_by_part_and_the_timing(
    run_script: RunScript, stories_jsonl: Path, tmp_path: Path
) -> None:
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps(LABELS), encoding="utf-8")
    out = run_script("differences_eval", "--labels", labels, "--data", stories_jsonl, "--show")
    assert "part A: 1 labelled clusters" in out
    assert "part B: 2 labelled clusters" in out
    assert re.search(r"^  count +(\d+/\d+ = [\d.]+|-) +1/1 = 1\.00$", out, re.MULTILINE), out
    assert re.search(
        r"^time: briefs [\d.]+ ms/story, of which finding differences [\d.]+ ms \(\d+%\)$",
        out,
        re.MULTILINE,
    )
