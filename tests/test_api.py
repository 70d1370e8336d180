import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsfuse
from newsfuse import FetchError, InputError, MissingPathError, NoContentError, StoreError


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
            "ingest_sources",
            "MissingPathError",
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
            "render_brief",
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


def test_subpackages_stay_importable_next_to_the_public_names() -> None:
    """`newsfuse.ingest` is the ingest package and `newsfuse.render` the render module, not
    functions that hide them."""
    code = (
        "import newsfuse\n"
        "import newsfuse.ingest.pages as pages\n"
        "import newsfuse.render as render\n"
        "assert newsfuse.ingest.pages.Page is pages.Page\n"
        "assert newsfuse.render.to_markdown is render.to_markdown\n"
        "assert callable(newsfuse.ingest_sources) and callable(newsfuse.render_brief)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    modules = {m.name for m in pkgutil.iter_modules(newsfuse.__path__)}
    assert modules.isdisjoint(newsfuse.__all__), "a public name hides a submodule"


@pytest.mark.parametrize("given", ["examples/harbour-fire", "reports/fire.txt", "~/nope/x.md"])
def test_a_path_that_names_nothing_is_no_such_file_never_report_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    monkeypatch.chdir(tmp_path)  # outside the project root, as a user's script runs
    with pytest.raises(MissingPathError) as raised:
        newsfuse.brief([given])
    assert str(raised.value) == f"no such file or folder: {Path(given).expanduser()}"


def test_texts_are_still_texts(two_reports: list[str]) -> None:
    one_line = "Fire crews fought the blaze at 3/4 of the sites in Ashby, police said on Monday."
    brief = newsfuse.brief([one_line, *two_reports], words=60)
    assert [s.path for s in brief.sources] == ["text 1", "text 2", "text 3"]


def test_errors_carry_the_input_they_are_about(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(NoContentError) as raised:
        newsfuse.load_articles([Path(empty)])
    assert "empty.txt: the file is empty" in str(raised.value)
    fetch = FetchError("HTTP 404", "https://news.example/gone")
    assert (fetch.url, fetch.reason, str(fetch)) == (
        "https://news.example/gone",
        "HTTP 404",
        "https://news.example/gone: HTTP 404",
    )
    assert InputError("not valid JSON", "in.jsonl:3").source == "in.jsonl:3"
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError) as store_error:
        newsfuse.Store(notes)
    assert store_error.value.path == notes


def test_a_url_is_neither_a_path_nor_report_text() -> None:
    with pytest.raises(InputError, match="a URL, not a file, folder or text") as raised:
        newsfuse.brief(["https://news.example/fire"])
    assert raised.value.source == "https://news.example/fire"


def test_briefing_imports_no_fetching_store_or_grouping_until_asked() -> None:
    """Start-up: the command line and a JSONL batch never fetch, store or group, so they do
    not import the HTTP client, the page readers or the store (about a third of import time);
    the public names that need them still come on first use."""
    code = (
        "import sys\n"
        "import newsfuse, newsfuse.cli, newsfuse.batch\n"
        "heavy = ('httpx', 'httpcore', 'trio', 'courlan', 'warcio', 'feedparser',\n"
        "         'newsfuse.ingest.fetch', 'newsfuse.ingest.pages',\n"
        "         'newsfuse.library', 'newsfuse.store.sqlite', 'newsfuse.cluster',\n"
        "         'newsfuse.eval.runner')\n"
        "loaded = sorted(set(heavy) & set(sys.modules))\n"
        "assert not loaded, loaded\n"
        "assert newsfuse.Fetcher.__module__ == 'newsfuse.ingest.fetch'\n"
        "assert 'httpx' in sys.modules\n"
        "from newsfuse import Store, StoryGrouper, group_stories, ingest_sources\n"
        "assert ingest_sources.__name__ == 'ingest' and 'Store' in dir(newsfuse)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_an_unknown_public_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Fetchers'"):
        _ = newsfuse.Fetchers


def test_dir_lists_the_public_api_not_the_helpers_it_imports() -> None:
    listed = set(dir(newsfuse))
    assert set(newsfuse.__all__) <= listed
    assert not {"Any", "importlib", "TYPE_CHECKING", "annotations"} & listed
