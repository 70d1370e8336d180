import re
from pathlib import Path

from tests.benchmarks.conftest import BENCHMARKS, RunScript


def test_brief_ab_times_two_copies_of_this_src(run_script: RunScript, stories_jsonl: Path) -> None:
    src = BENCHMARKS.parent / "src"
    out = run_script(
        "brief_ab",
        f"one={src}",
        f"two={src}",
        "--rounds",
        1,
        "--words",
        40,
        "--data",
        stories_jsonl,
    )
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["one", "two"]
    pattern = (
        r"\w+ +[\d.]+ s CPU for 3 briefs \(per story: best of 1, summed\)  [+-][\d.]+% against one"
    )
    assert all(re.fullmatch(pattern, line) for line in lines)
