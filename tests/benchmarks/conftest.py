"""Fixtures for the tests of benchmarks/: each script's ``main`` run in this process on our own
invented stories, so that a changed signature in newsfuse fails the suite, not a later run."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import EVENTS, ROOT
from tests.story_maker import invented_words

BENCHMARKS = ROOT / "benchmarks"

# Invented reference summaries of the three invented events of tests/conftest.py.
SUMMARIES = {
    "fire": (
        "A fire swept through the grain terminal at Port Halden on Tuesday night. About 200 "
        "homes were evacuated and workers were taken to hospital with burns."
    ),
    "tram": (
        "Ostvik city council approved a 410-million-crown tram line to the university by 31 "
        "votes to 18. Mayor Lena Brandt said construction would start next spring."
    ),
    "storm": (
        "Storm Edda hit the Varna coast with winds of 140 km/h on Monday, cutting power to "
        "more than 50,000 homes and closing schools in three districts."
    ),
}

RunScript = Callable[..., str]
ImportScript = Callable[[str], ModuleType]


def write_jsonl(path: Path, clusters: dict[str, list[str]], summaries: dict[str, str]) -> Path:
    """Multi-News-style JSONL: ids ``invented-0000``, ``invented-0001``, ... in order."""
    with path.open("w", encoding="utf-8") as handle:
        for number, (name, documents) in enumerate(clusters.items()):
            record = {"id": f"invented-{number:04d}", "documents": documents}
            handle.write(json.dumps(record | {"summary": summaries.get(name, "")}) + "\n")
    return path


@pytest.fixture
def stories_jsonl(tmp_path: Path) -> Path:
    """The three invented events, two reports each, with reference summaries."""
    return write_jsonl(tmp_path / "stories.jsonl", EVENTS, SUMMARIES)


def invented_cluster(seed: int, reports: int = 3, sentences: int = 8) -> list[str]:
    """Reports of one invented event: words of its own (``seed``) and a named place."""
    words = invented_words(60, seed)
    place = words[0].capitalize()
    texts = []
    for number in range(reports):
        lines = [
            f"Officials in {place} said "
            + " ".join(words[(number + 3 * s + i) % 60] for i in range(11))
            + "."
            for s in range(sentences)
        ]
        texts.append("\n\n".join(lines))
    return texts


@pytest.fixture
def many_clusters_jsonl(tmp_path: Path) -> Path:
    """Twelve invented events of three reports each (enough for five folds of clusters)."""
    clusters = {f"event-{seed}": invented_cluster(seed) for seed in range(12)}
    return write_jsonl(tmp_path / "clusters.jsonl", clusters, {})


@pytest.fixture
def import_script(monkeypatch: pytest.MonkeyPatch) -> ImportScript:
    """Import ``benchmarks/NAME.py`` as the module ``NAME`` (as the scripts import each other)."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module


@pytest.fixture
def run_script(
    import_script: ImportScript,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> RunScript:
    """Run ``benchmarks/NAME.py ARGS...`` as its ``main`` in this process; give its stdout."""

    def run(name: str, *args: object) -> str:
        module = import_script(name)
        monkeypatch.setattr(sys, "argv", [f"{name}.py", *map(str, args)])
        capsys.readouterr()
        module.main()
        return capsys.readouterr().out

    return run
