"""The command line as a user runs it: real processes for exit codes and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsfuse", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_brief_prints_markdown_with_citations_and_sources(example_dir: Path) -> None:
    result = run("brief", example_dir, "--words", "120")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("# Grain terminal blaze lights up Port Halden harbour")
    assert "## Sources" in out and "[1][2]" in out
    assert "1. Fire tears through Port Halden grain terminal — Halden Courier" in out


def test_brief_json_to_a_file(example_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    result = run("brief", example_dir, "--format", "json", "--output", target)
    assert result.returncode == 0, result.stderr
    data = json.loads(target.read_text())
    assert data["words"] <= 200 and data["provenance"]["version"]
    assert all(s["citations"] for s in data["sentences"])


def test_brief_html(example_dir: Path) -> None:
    result = run("brief", example_dir / "02-coastal-times.txt", "--format", "html")
    assert result.returncode == 0 and result.stdout.startswith("<!doctype html>")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _folder_without_reports(directory: Path) -> Path:
    folder = directory / "empty-folder"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF")
    return folder


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file or folder: "),
        (lambda d: _write(d / "empty.txt", b""), "empty.txt: the file is empty"),
        (
            lambda d: _write(d / "junk.txt", bytes(range(256)) * 4),
            "junk.txt: this looks like a binary",
        ),
        (lambda d: _write(d / "ads.txt", b"Sign up to our newsletter\nShare this\n"), "ads.txt"),
        (_folder_without_reports, "no .txt, .md or .html files"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    result = run("brief", make(tmp_path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfuse: error:"), result.stderr
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    text = "Le maire de Sète a annoncé la fermeture du port après l'incendie de mardi soir. " * 2
    path = _write(tmp_path / "fr.txt", text.encode("latin-1"))
    result = run("brief", path, "--words", "40")
    assert result.returncode == 0 and "Sète" in result.stdout


def test_unknown_format_is_exit_2(example_dir: Path) -> None:
    result = run("brief", example_dir, "--format", "pdf")
    assert result.returncode == 2 and "Invalid value for '--format'" in result.stderr


def _stories(path: Path, two_reports: list[str]) -> Path:
    lines = [
        {"id": "good-1", "documents": two_reports},
        {"id": "junk", "documents": ["Share this article", ""]},
        {"id": "good-2", "documents": [two_reports[1]]},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n")
    return path


def test_batch_writes_good_stories_and_reports_bad_ones(
    tmp_path: Path, two_reports: list[str]
) -> None:
    source = _stories(tmp_path / "in.jsonl", two_reports)
    target = tmp_path / "out.jsonl"
    result = run("batch", source, "--words", "50", "--output", target)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["good-1", "good-2"]
    first = lines[0]
    assert first["summary"] == "\n".join(s["text"] for s in first["sentences"])
    assert "skipped story junk" in result.stderr and "in.jsonl:4" in result.stderr
    assert "wrote 2 briefs" in result.stderr


def test_batch_with_two_workers_gives_identical_output(
    tmp_path: Path, two_reports: list[str]
) -> None:
    source = _stories(tmp_path / "in.jsonl", two_reports)
    one, two, default = (tmp_path / f"{name}.jsonl" for name in ("one", "two", "default"))
    assert run("batch", source, "--output", one, "--workers", "1").returncode == 0
    assert run("batch", source, "--output", two, "--workers", "2").returncode == 0
    assert run("batch", source, "--output", default).returncode == 0  # one per CPU core
    assert one.read_bytes() == two.read_bytes() == default.read_bytes()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("newsfuse ")


# --- What the command line tells a user (issue 15) ------------------------------------------


def test_reading_a_store_that_does_not_exist_is_an_error_naming_it(tmp_path: Path) -> None:
    typo = tmp_path / "typo" / "x.db"
    for args in (("stories",), ("brief", "--story", "1")):
        result = run(*args, "--db", typo)
        assert result.returncode == 2, result
        assert result.stderr.startswith(f"newsfuse: error: {typo}: no store here"), result.stderr
        assert f"newsfuse ingest SOURCE... --db {typo}" in result.stderr
    assert not typo.parent.exists(), "reading a store must not create one"


@pytest.mark.parametrize(
    ("args", "valid"),
    [
        (("brief", "x.txt", "--format", "pdf"), ("markdown", "json", "html")),
        (("stories", "--format", "csv"), ("table", "json")),
        (("batch", "in.jsonl", "-o", "out.jsonl", "--engine", "spark"), ("processes", "dask")),
        (("ingest", "x.txt", "--engine", "spark"), ("local", "dask")),
        (("stories", "--since", "garbage"), ("%Y-%m-%d",)),
    ],
)
def test_a_bad_option_value_is_a_usage_error_listing_the_valid_ones(
    args: tuple[str, ...], valid: tuple[str, ...]
) -> None:
    result = run(*args)
    assert result.returncode == 2, result
    assert "Invalid value for" in result.stderr
    assert all(value in result.stderr for value in valid), result.stderr


def test_help_lists_the_valid_values_and_the_true_defaults() -> None:
    brief_help = run("brief", "--help").stdout
    assert "markdown|json|html" in brief_help
    batch_help = " ".join(run("batch", "--help").stdout.split())
    assert "local|processes|dask" in batch_help and "[default: processes]" in batch_help
    assert "[default: local]" not in batch_help


def test_a_command_with_nothing_done_exits_non_zero_one_with_some_done_exits_0(
    tmp_path: Path, two_reports: list[str]
) -> None:
    db = tmp_path / "news.db"
    nothing = run("ingest", tmp_path / "nonexistent", "--db", db)
    assert nothing.returncode == 2, nothing.stderr
    assert f"skipped {tmp_path / 'nonexistent'}: no such file or folder" in nothing.stderr
    assert "newsfuse: error: nothing stored: every source was skipped" in nothing.stderr
    assert list(tmp_path.iterdir()) == []  # no empty store made for nothing
    good = tmp_path / "fire.txt"
    good.write_text(two_reports[0])
    some = run("ingest", tmp_path / "nonexistent", good, "--db", db)
    assert some.returncode == 0, some.stderr
    assert "added 1, unchanged 0, updated 0, junk 0, skipped 1" in some.stderr

    junk_only = tmp_path / "junk.jsonl"
    junk_only.write_text('{"id": "junk1", "documents": ["Share this article", ""]}\nnot json\n')
    batch = run("batch", junk_only, "--output", tmp_path / "out.jsonl")
    assert batch.returncode == 2, batch.stderr
    assert "newsfuse: error: no brief written: every story was skipped" in batch.stderr


def test_skips_name_their_input_once(tmp_path: Path) -> None:
    stories = tmp_path / "in.jsonl"
    stories.write_text('{"id": "junk1", "documents": ["Share this article"]}\n')
    batch = run("batch", stories, "--output", tmp_path / "out.jsonl")
    line = next(x for x in batch.stderr.splitlines() if "junk1" in x)
    assert line.count("junk1") == 1 + line.count("#junk1/"), line  # the story, then its document
    assert line.startswith("newsfuse: skipped story junk1: no readable article:"), line
    ingest = run("ingest", "ftp://files.example/a", "--db", tmp_path / "news.db")
    assert "newsfuse: skipped ftp://files.example/a: only http:// and https://" in ingest.stderr
    assert ingest.stderr.count("ftp://files.example/a") == 1, ingest.stderr


def test_counts_and_plurals_say_what_happened(tmp_path: Path, two_reports: list[str]) -> None:
    (tmp_path / "fire.txt").write_text(two_reports[0])
    (tmp_path / "login.txt").write_text("Please sign in to continue. Forgot your password?")
    db = tmp_path / "news.db"
    ingest = run("ingest", tmp_path / "fire.txt", tmp_path / "login.txt", "--db", db)
    assert "added 1, unchanged 0, updated 0, junk 1, skipped 0" in ingest.stderr  # junk apart
    stories = tmp_path / "in.jsonl"
    stories.write_text(json.dumps({"id": "s1", "documents": two_reports}) + "\n")
    batch = run("batch", stories, "--output", tmp_path / "out.jsonl", "--workers", "1")
    assert "wrote 1 brief to" in batch.stderr and "0 stories skipped" in batch.stderr


def test_the_format_choices_are_the_renderers() -> None:
    from newsfuse.cli import BriefFormat
    from newsfuse.render import FORMATS

    assert tuple(BriefFormat) == FORMATS


def test_brief_of_a_url_says_how_to_brief_one() -> None:
    result = run("brief", "https://news.example/fire")
    assert result.returncode == 2
    assert result.stderr == (
        "newsfuse: error: https://news.example/fire: a URL, not a file or folder: store it with"
        " `newsfuse ingest URL`, then `newsfuse brief --story ID`\n"
    )


def test_brief_names_a_report_it_left_out_on_stderr(tmp_path: Path) -> None:
    from tests.test_pipeline import ARCHIVE, FIRE_A, FIRE_B

    for name, text in (("a.txt", FIRE_A), ("b.txt", FIRE_B), ("notice.txt", ARCHIVE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "newsfuse", "brief", str(tmp_path), "--words", "120"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "newsfuse: warning: left out report 3" in result.stderr
    assert "notice.txt" in result.stderr and "archive pages" not in result.stdout
