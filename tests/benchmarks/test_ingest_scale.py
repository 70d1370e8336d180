from pathlib import Path

from tests.benchmarks.conftest import RunScript


def test_ingest_scale_ingests_synthetic_articles_in_steps(
    run_script: RunScript, many_clusters_jsonl: Path
) -> None:
    out = run_script("ingest_scale", "--data", many_clusters_jsonl, "--articles", 40, "--steps", 2)
    lines = out.splitlines()
    assert lines[0].endswith(" stories") and "synthetic articles" in lines[0]
    assert lines[1].split()[0] == "stored"
    assert all(len(line.split()) == 4 for line in lines[2:4])
    assert lines[-1].startswith("total: ingest ")
