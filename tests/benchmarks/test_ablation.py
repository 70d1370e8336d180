from pathlib import Path

from tests.benchmarks.conftest import RunScript


def test_ablation_prints_a_row_of_rouge_for_every_configuration(
    run_script: RunScript, stories_jsonl: Path
) -> None:
    out = run_script("ablation", "--data", stories_jsonl, "--folds", 2, "--words", 40)
    header, full, *others = out.splitlines()
    assert header.split()[:4] == ["configuration", "R1", "R2", "RLsum"]
    assert full.startswith("newsfuse (all features")
    assert len(others) >= 8
    assert all(line.startswith("  ") and len(line.split()) >= 6 for line in others)
