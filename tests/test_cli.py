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
    assert out.startswith("# Fire tears through Port Halden grain terminal")
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
    assert result.returncode == 2 and "--format must be one of" in result.stderr


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
