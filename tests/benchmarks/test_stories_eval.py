from pathlib import Path

from tests.benchmarks.conftest import RunScript


def test_stories_eval_groups_the_invented_events_with_the_command(
    run_script: RunScript, stories_jsonl: Path
) -> None:
    out = run_script("stories_eval", "--data", stories_jsonl, "--show-junk")
    lines = out.splitlines()
    assert lines[0] == "data: stories.jsonl, seed 0"
    assert lines[1].startswith("articles: 6, junk (not scored): ")
    assert lines[2].endswith("(true clusters: 3)")
    assert lines[3].startswith("B-cubed precision ")
