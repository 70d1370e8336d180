import re
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

from newsfuse.batch import articles_of_record
from newsfuse.ingest.jsonl import StoryRecord, read_stories
from newsfuse.pipeline import _news_and_junk, build
from newsfuse.rank import runs
from newsfuse.rank.backbone import BackboneSettings, select_backbone
from newsfuse.rank.features import feature_matrix
from newsfuse.rank.topic import on_topic_story
from newsfuse.settings import Settings
from tests.benchmarks.conftest import SUMMARIES, ImportScript, RunScript, write_jsonl
from tests.conftest import DEV_SET, EVENTS

# A third report of the invented fire with sentences no brief may take: their reasons come
# from run_failure and entry_rule, which call into newsfuse.rank.runs.
BARRED = (
    "What a terrible night it was for the people of Port Halden!\n\n"
    "I have covered fires at the terminal for twenty years and never seen one like this.\n\n"
    '"We will rebuild the terminal before the harvest comes in, the port director said.\n\n'
    "The fire service said two workers were taken to hospital with burns on Tuesday night.\n\n"
    "In other news, the city council approved a new budget for the harbour district."
)


def test_refusals_prints_a_count_and_reference_bigrams_by_reason(
    run_script: RunScript, tmp_path: Path
) -> None:
    clusters = {**EVENTS, "fire": [*EVENTS["fire"], BARRED]}
    data = write_jsonl(tmp_path / "stories.jsonl", clusters, SUMMARIES)
    out = run_script("refusals", "--data", data, "--words", 40, "--examples", 1)
    lines = out.splitlines()
    assert lines[0].split() == ["reason", "rows", "ref.", "bigrams"]
    rows = [line for line in lines[1:] if not line.startswith("    ")]
    assert all(re.fullmatch(r".{50} +\d+ +\d+", row) for row in rows)
    reasons = {row[:50].strip() for row in rows}
    assert any(reason.startswith(("entry", "run:")) for reason in reasons), reasons
    assert reasons - {r for r in reasons if r.startswith(("entry", "run:"))}, reasons


def test_refusals_lists_the_briefs_with_budget_left_and_the_rows_that_would_fit(
    run_script: RunScript, tmp_path: Path
) -> None:
    clusters = {**EVENTS, "fire": [*EVENTS["fire"], BARRED]}
    data = write_jsonl(tmp_path / "stories.jsonl", clusters, SUMMARIES)
    out = run_script("refusals", "--data", data, "--words", 400, "--left", 0)
    listing = out.split("briefs with 0 words or more left, and the rows that would fit:\n")[1]
    briefs = [line for line in listing.splitlines() if not line.startswith("    ")]
    # Every brief of the three invented stories has some budget left at 400 words.
    assert len(briefs) == len(clusters), briefs
    assert all(re.fullmatch(r"invented-\d{4}: \d+ words, \d+ left", line) for line in briefs)
    rows = [line for line in listing.splitlines() if line.startswith("    ")]
    assert any("[3:" in row for row in rows), rows  # the fire's third report: its lines stay out
    assert all(re.match(r" {4}\S.{44} \[\d+:\d+\] ", row) for row in rows), rows
    # Each row that would fit is given the test that keeps it out, as the builder asks them
    # of a run about to be taken: none fits and passes them all.
    assert not any("fits, yet left out" in row for row in rows), rows
    # Without --left, no such listing.
    plain = run_script("refusals", "--data", data, "--words", 400)
    assert "words or more left" not in plain


def briefs_unlike_select_backbone(
    refusals: ModuleType, records: Iterable[StoryRecord], words: int
) -> list[str]:
    """The ids of the stories whose brief ``refusals.built`` builds otherwise than
    ``select_backbone`` (refusals.py copies its steps to keep the builder open to read)."""
    settings = Settings(words=words)
    scorer = build(settings).scorer
    unlike = []
    for record in records:
        news, _ = _news_and_junk(articles_of_record(record))
        story, _ = on_topic_story(news, settings)
        builder = refusals.built(story, settings, scorer)
        chosen = select_backbone(
            story,
            scorer.score(feature_matrix(story)),
            settings.words,
            BackboneSettings.of(settings),
            refusals.story_claims(story),
            runs.readings(story),
        )
        built = None if builder is None or not builder.chosen else builder.choice()
        if (built and (built.order, built.runs)) != (chosen and (chosen.order, chosen.runs)):
            unlike.append(record.id)
    return unlike


def test_refusals_builds_the_brief_that_select_backbone_chooses(
    import_script: ImportScript,
) -> None:
    stories = [*EVENTS.values(), [*EVENTS["fire"], BARRED]]
    records = [StoryRecord(str(n), tuple(reports)) for n, reports in enumerate(stories)]
    assert briefs_unlike_select_backbone(import_script("refusals"), records, 40) == []


@pytest.mark.skipif(not DEV_SET.is_file(), reason=f"the Multi-News dev set is not at {DEV_SET}")
def test_refusals_builds_the_briefs_of_dev_stories_as_select_backbone(
    import_script: ImportScript,
) -> None:
    # The first 50 dev stories hold one whose reports tell another event about its people
    # (``other_events``): refusals.py before feca4b6 built its brief otherwise.
    records = [r for r in read_stories(DEV_SET) if isinstance(r, StoryRecord)][:50]
    assert briefs_unlike_select_backbone(import_script("refusals"), records, 230) == []
