"""The README cannot drift: its console examples are run and their output compared, its
Python snippets are run, its links and the layout it describes exist, and its JSON schema
has the keys the program writes. Each runs in an empty folder holding a copy of examples/,
as a new user's would."""

from __future__ import annotations

import doctest
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsfuse import build, load_articles, to_dict
from newsfuse.settings import Settings
from tests.conftest import EXAMPLE, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(language: str) -> list[str]:
    return [body for kind, body in FENCE.findall(README) if kind == language]


def sessions() -> list[list[tuple[str, str]]]:
    """Each console block as (command, expected output) pairs."""
    found = []
    for block in blocks("console"):
        steps: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            else:
                steps[-1][1].append(line)
        found.append([(command, "\n".join(lines) + "\n") for command, lines in steps])
    return found


@pytest.fixture
def fresh_folder(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "examples" / EXAMPLE.name)
    return tmp_path


def same_output(expected: str, got: str) -> bool:
    """As doctest compares: ``...`` stands for anything; trailing spaces do not count."""

    def trim(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"

    return doctest.OutputChecker().check_output(trim(expected), trim(got), doctest.ELLIPSIS)


@pytest.mark.parametrize("session", sessions(), ids=lambda s: s[0][0][:40])
def test_console_examples_print_what_the_readme_shows(
    session: list[tuple[str, str]], fresh_folder: Path
) -> None:
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]]),
        "PYTHONUNBUFFERED": "1",  # stdout and stderr in the order a terminal shows them
        "COLUMNS": "80",
    }
    for command, expected in session:
        assert command.startswith("newsfuse "), command
        result = subprocess.run(
            command,
            shell=True,
            cwd=fresh_folder,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=300,
            check=False,
        )
        assert same_output(expected, result.stdout), (
            f"$ {command}\n--- README shows:\n{expected}--- it prints:\n{result.stdout}"
        )


def test_python_snippets_run_as_written(fresh_folder: Path) -> None:
    snippets = blocks("python")
    assert len(snippets) >= 2
    for snippet in snippets:  # each in its own interpreter: no import carries over
        result = subprocess.run(
            [sys.executable, "-c", snippet],
            cwd=fresh_folder,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, f"{snippet}\n{result.stderr}"


def test_links_and_named_paths_exist_in_a_clone() -> None:
    links = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", README)
    layout = README[README.index("## What is in this repository") :]
    layout = layout[: layout.index("\n## ", 1)]
    named = re.findall(r"`([\w.][\w./-]*)`", layout)
    named += re.findall(r"`((?:src|docs|examples|scripts|benchmarks|tests)/[\w./-]+)`", README)
    # (``../shared/data/`` is named as what a clone does not hold)
    paths = [p for p in [*links, *named] if not p.startswith(("http", "../"))]
    assert links and named
    missing = [p for p in paths if not (ROOT / p).exists()]
    assert missing == []
    assert "../" not in "".join(links), "a clone holds nothing outside the repository"


def test_the_json_schema_has_the_keys_the_program_writes() -> None:
    (schema,) = blocks("json")
    shown = json.loads(schema)
    brief = build(Settings(words=120)).brief(load_articles([EXAMPLE]))
    written = to_dict(brief)
    paths = [
        (),
        ("sentences", 0),
        ("sentences", 0, "citations", 0),
        ("sources", 0),
        ("differences", 0),
        ("differences", 0, "sides", 0),
    ]
    for path in paths:
        assert _at(shown, path).keys() == _at(written, path).keys(), path
    assert shown["provenance"].keys() == written["provenance"].keys()


def _at(data: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def test_git_ignores_the_stores_the_examples_make() -> None:
    assert "*.db" in (ROOT / ".gitignore").read_text().split()


def test_links_within_the_readme_lead_to_one_of_its_headings() -> None:
    def slug(heading: str) -> str:  # as GitHub makes a heading's anchor
        return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")

    outside_code = re.sub(r"^```.*?^```", "", README, flags=re.MULTILINE | re.DOTALL)
    headings = {slug(h) for h in re.findall(r"^#+ (.+)$", outside_code, re.MULTILINE)}
    anchors = re.findall(r"\]\(#([^)]+)\)", README)
    assert anchors
    assert [a for a in anchors if a not in headings] == []
