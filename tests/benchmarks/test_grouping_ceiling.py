from pathlib import Path

from tests.benchmarks.conftest import RunScript


def test_grouping_ceiling_prints_every_bound_and_the_learned_score(
    run_script: RunScript, many_clusters_jsonl: Path
) -> None:
    out = run_script("grouping_ceiling", "--data", many_clusters_jsonl)
    lines = out.splitlines()
    assert lines[0] == "36 articles (junk left out), 12 clusters"
    assert lines[1].startswith("closer to another cluster than to any of their own: ")
    assert sum(line.startswith("oracle, ") for line in lines) == 4
    assert lines[-2].startswith("cosine, best threshold ")
    assert lines[-1].startswith("learned pair score (CV), best threshold ")
    assert all(" F1 " in line for line in lines if line.startswith(("oracle", "cosine", "learned")))
