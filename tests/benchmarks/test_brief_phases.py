from pathlib import Path

from tests.benchmarks.conftest import BENCHMARKS, RunScript


def test_brief_phases_times_each_step_of_two_copies_of_this_src(
    run_script: RunScript, stories_jsonl: Path
) -> None:
    # Not the names of test_brief_ab.py: a version is imported as nf_NAME from a folder that
    # lives as long as the run, so a name loaded before would be found gone.
    src = BENCHMARKS.parent / "src"
    out = run_script(
        "brief_phases", f"first={src}", f"second={src}", "--rounds", 1, "--words", 40,
        "--data", stories_jsonl,
    )  # fmt: skip
    header, *rows = out.splitlines()
    assert header.split()[-2:] == ["first", "second"]
    steps = [row[:38].strip() for row in rows]
    assert steps[0] == "brief" and steps[-1] == "(the rest of brief)"
    assert {"features", "choose the sentences", "differences", "title"} <= set(steps)
    assert all(len(row[38:].split()) == 3 for row in rows)
    times = [float(row[38:].split()[0]) for row in rows]
    assert times[0] > 0 and sum(t > 0 for t in times[1:-1]) >= 3
