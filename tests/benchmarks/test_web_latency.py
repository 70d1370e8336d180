import re
from pathlib import Path

from tests.benchmarks.conftest import RunScript, invented_cluster, write_jsonl


def test_web_latency_serves_briefs_to_sequential_and_concurrent_requests(
    run_script: RunScript, tmp_path: Path
) -> None:
    clusters = {f"event-{seed}": invented_cluster(seed, reports=5) for seed in range(2)}
    data = write_jsonl(tmp_path / "five.jsonl", clusters, {})
    out = run_script("web_latency", "--data", data, "--requests", 2, "--concurrent", 2)
    first, sequential, concurrent = out.splitlines()
    assert first.startswith("2 five-article stories, ")
    assert re.fullmatch(r"sequential, 2 requests: p50 \d+ ms, p95 \d+ ms, max \d+ ms", sequential)
    assert concurrent.startswith("concurrent, 2 at once: 0 errors, all served in ")
