from pathlib import Path

import pytest

import newsfuse
from newsfuse import NoContentError


def test_public_api_is_curated() -> None:
    assert sorted(newsfuse.__all__) == sorted(
        [
            "Article",
            "BlockedURLError",
            "FetchError",
            "FetchPolicy",
            "Fetcher",
            "Store",
            "StoreError",
            "StoryGrouper",
            "group_stories",
            "ingest",
            "Brief",
            "BriefSentence",
            "Citation",
            "ConfigError",
            "Difference",
            "EvaluationError",
            "InputError",
            "NewsfuseError",
            "NoContentError",
            "Pipeline",
            "Provenance",
            "Sentence",
            "Settings",
            "Side",
            "Source",
            "__version__",
            "brief",
            "build",
            "load_articles",
            "render",
            "to_dict",
            "to_html",
            "to_markdown",
        ]
    )
    for name in newsfuse.__all__:
        assert hasattr(newsfuse, name)


def test_brief_of_texts(two_reports: list[str]) -> None:
    brief = newsfuse.brief(two_reports, words=60)
    assert brief.sentences and brief.word_count <= 60
    assert [s.number for s in brief.sources] == [1, 2]


def test_brief_of_paths_as_strings_and_path_objects(example_dir: Path) -> None:
    files = sorted(example_dir.iterdir())
    brief = newsfuse.brief([str(files[0]), files[1]], words=80)
    assert [s.path for s in brief.sources] == [str(files[0]), str(files[1])]


def test_unreadable_items_are_skipped_when_others_are_readable(
    tmp_path: Path, two_reports: list[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    brief = newsfuse.brief([empty, *two_reports], words=60)
    assert len(brief.sources) == 2


def test_nothing_readable_says_why(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(NoContentError, match="empty.txt: the file is empty"):
        newsfuse.brief([empty])
