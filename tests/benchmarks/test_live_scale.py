from pathlib import Path

import pytest

from newsfuse.live import poller, versions
from tests.benchmarks.conftest import ImportScript, RunScript, invented_cluster, write_jsonl


def test_live_scale_polls_a_week_of_invented_news_and_makes_versions(
    run_script: RunScript, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # main replaces the poller's brief_due_stories with a timed one: undone after the test.
    monkeypatch.setattr(poller, "brief_due_stories", versions.brief_due_stories)
    clusters = {f"event-{seed}": invented_cluster(seed, sentences=10) for seed in range(3)}
    data = write_jsonl(tmp_path / "long.jsonl", clusters, {})
    out = run_script(
        "live_scale", "--data", data, "--articles", 12, "--feeds", 2, "--versions", "--skip-poll"
    )
    lines = out.splitlines()
    assert lines[0].startswith("12 articles of ") and lines[0].endswith("in 2 feeds over 7 days")
    assert lines[1].split()[:2] == ["stored", "articles/s"]
    assert lines[2].split()[0] == "12"
    assert lines[3].startswith("requests: {")
    assert lines[4].startswith("stories formed ") and "B-cubed" in lines[4]
    assert lines[5].startswith("brief versions: ")


def test_live_scale_polls_a_small_farm_of_local_feeds(
    import_script: ImportScript, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The 500-feed poll of main takes 7 s; the same code on 2 hosts of 2 feeds.
    live_scale = import_script("live_scale")

    live_scale.poll_500(tmp_path, hosts=2, per_host=2)
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("first poll of 4 feeds (every feed new, 1 entry each): ")
    assert lines[1].startswith("poll of 4 feeds, all unchanged: ")
    assert lines[2].startswith("poll of 4 feeds, 10 with a new entry: ")
