import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.errors import EvaluationError
from newsfuse.eval.harness import load_system_outputs
from newsfuse.eval.report import bootstrap_difference
from newsfuse.eval.rouge import RougeScore
from newsfuse.eval.runner import ClusterScore


def cluster_score(cluster: str, method: str, r1: float) -> ClusterScore:
    return ClusterScore(cluster, method, RougeScore(r1, r1, r1), 10, 0.01)


def test_bootstrap_interval_brackets_a_constant_difference() -> None:
    scores = [cluster_score(str(i), m, i + (2 if m == "a" else 0)) for i in range(30) for m in "ab"]
    interval = bootstrap_difference(scores, "a", "b", "rouge1")
    assert interval.mean == pytest.approx(2.0) and interval.low == pytest.approx(2.0)


@pytest.fixture
def tiny_set(tmp_path: Path, two_reports: list[str]) -> Path:
    path = tmp_path / "tiny.jsonl"
    rows = [
        {"id": "c1", "documents": two_reports, "summary": "– A fire tore through the terminal."},
        {"id": "c2", "documents": [two_reports[1]], "summary": "– The union said five were hurt."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    return path


def test_eval_prints_a_table_and_writes_a_report(tiny_set: Path, tmp_path: Path) -> None:
    systems = tmp_path / "systems.jsonl"
    systems.write_text(json.dumps({"id": "c1", "system": "echo", "summary": "A fire tore."}))
    report = tmp_path / "report"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsfuse",
            "eval",
            str(tiny_set),
            "--words",
            "40",
            "--systems",
            str(systems),
            "--report",
            str(report),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for method in ("newsfuse", "lead", "opening", "lexrank", "textrank", "random", "system:echo"):
        assert method in result.stdout
    for column in ("quote", "opener", "furniture", "fragment", "defects", "clean %", "unint."):
        assert column in result.stdout
    assert "unintroduced person" in result.stdout
    assert "95% CI" in result.stdout
    # the memory column says what it measures, and the process's own peak is given beside it
    assert "alloc MB" in result.stdout and "peak MB" not in result.stdout
    rss = re.search(r"this process's peak resident memory: (\d+) MB", result.stdout)
    assert rss and int(rss.group(1)) > 20, result.stdout
    summary = json.loads((report / "summary.json").read_text())
    assert summary["rouge"]["use_stemmer"] is True
    assert {m["method"] for m in summary["methods"]} >= {"newsfuse", "system:echo"}
    rows = (report / "clusters.csv").read_text().splitlines()
    assert rows[0].startswith("cluster_id,method,rouge1") and len(rows) == 1 + 2 * 6 + 1
    assert rows[0].endswith("sentences,quote,opener,furniture,fragment")
    newsfuse = next(m for m in summary["methods"] if m["method"] == "newsfuse")
    assert set(newsfuse["readability"]) >= {
        "quote_per_100",
        "defects_per_100",
        "clean_share",
        "unintroduced_per_100",
    }


def test_eval_refuses_data_without_references(tmp_path: Path) -> None:
    path = tmp_path / "noref.jsonl"
    path.write_text(json.dumps({"id": "x", "documents": ["A storm hit the coast."]}))
    result = subprocess.run(
        [sys.executable, "-m", "newsfuse", "eval", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2 and "has no reference 'summary'" in result.stderr


def test_system_outputs_are_read_within_the_jsonl_caps(tmp_path: Path) -> None:
    systems = tmp_path / "systems.jsonl"
    good = json.dumps({"id": "c1", "system": "echo", "summary": "A fire tore."})
    systems.write_text(good + "\n\n" + good + "\n")
    assert len(load_system_outputs(systems)) == 2
    systems.write_text(good + "\n" + "[" * 100_000 + "\n")
    with pytest.raises(EvaluationError, match="systems.jsonl:2: not a JSON object"):
        load_system_outputs(systems)


def _eval(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsfuse", "eval", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )


def test_an_unknown_method_is_a_usage_error_listing_every_method(tiny_set: Path) -> None:
    result = _eval(tiny_set, "--methods", "newsfuse,bogus")
    assert result.returncode == 2
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "unknown method 'bogus'" in message
    assert "choose from newsfuse, lead, opening, lexrank, textrank, random" in message
    help_text = " ".join(_eval("--help").stdout.replace("│", " ").split())
    assert "newsfuse, lead, opening, lexrank, textrank, random" in help_text


def test_a_missing_eval_extra_is_said_before_any_progress(tiny_set: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    for module in ("rouge_score", "sumy"):  # as if the eval extra was never installed
        (blocked / f"{module}.py").write_text("raise ImportError('not installed')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(blocked), *sys.path])}
    result = _eval(tiny_set, env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("newsfuse: error: "), result.stderr
    assert "needs the eval extra: pip install -e '.[eval]' in the newsfuse folder" in result.stderr
    assert "evaluating" not in result.stderr
