import re
from pathlib import Path

from tests.benchmarks.conftest import RunScript


def test_speed_brief_only_prints_one_line(run_script: RunScript, stories_jsonl: Path) -> None:
    out = run_script(
        "speed", "--data", stories_jsonl, "--words", 40, "--brief-only", "--label", "x"
    )
    pattern = r"x best of \d+: [\d.]+ s for 3 briefs \([\d.]+/s; CPU [\d.]+ s\)\n"
    assert re.fullmatch(pattern, out)
