"""Brief time of two or more versions of newsfuse, interleaved story by story in one process.

Usage: python benchmarks/brief_ab.py NAME=SRC NAME=SRC ... [--rounds 3] [--words 230]
                                     [--data ../shared/data/multinews_dev.jsonl]

e.g. ``python benchmarks/brief_ab.py base=/tmp/base18/src main=../main/src head=src``.

On a machine shared with other work, two runs of ``speed.py --brief-only`` minutes apart
differ by more than most speed changes. Here each version's ``src/newsfuse`` is copied under
its own package name (``nf_NAME``, imports rewritten) so all load into one process; every
story is briefed by each version in turn, ``--rounds`` times, and each version's fastest
CPU time per story is summed: load that comes and goes weighs on all versions alike. Which
version goes first turns story by story and round by round (going first costs about 1.5 %).
Printed: each version's total and its change against the first version named.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"


def load_version(name: str, src: Path, into: Path) -> Any:
    """The ``nf_NAME`` copy of the package under ``src``, imported from ``into``."""
    package = f"nf_{name}"
    shutil.copytree(src / "newsfuse", into / package)
    for path in (into / package).rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\bnewsfuse\.", f"{package}.", text)
        text = re.sub(r"\b(from|import) newsfuse\b", rf"\1 {package}", text)
        path.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(into))
    return package


def prepared(package: str, data: Path, words: int) -> tuple[Any, list[Any]]:
    """The version's pipeline and the articles of every story of ``data``."""
    batch = importlib.import_module(f"{package}.batch")
    jsonl = importlib.import_module(f"{package}.ingest.jsonl")
    pipeline = importlib.import_module(f"{package}.pipeline")
    settings = importlib.import_module(f"{package}.settings")
    records = [r for r in jsonl.read_stories(data) if isinstance(r, jsonl.StoryRecord)]
    stories = [batch.articles_of_record(r) for r in records]
    return pipeline.build(settings.Settings(words=words)), stories


def versions_arguments(doc: str | None) -> argparse.Namespace:
    """The command line of a benchmark that compares versions of the code, story by story
    (this one and ``brief_phases.py``)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("versions", nargs="+", help="NAME=SRC, SRC holding newsfuse/")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--words", type=int, default=230)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    return parser.parse_args()


def main() -> None:
    args = versions_arguments(__doc__)
    logging.disable(logging.WARNING)  # the caps' warnings are not what is timed
    with tempfile.TemporaryDirectory() as tmp:
        versions = []
        for spec in args.versions:
            name, _, src = spec.partition("=")
            package = load_version(name, Path(src), Path(tmp))
            versions.append((name, *prepared(package, args.data, args.words)))
        count = len(versions[0][2])
        best = {name: [float("inf")] * count for name, _, _ in versions}
        for round_ in range(args.rounds):
            for story in range(count):
                for name, pipeline, stories in _turns(versions, story + round_):
                    started = time.process_time()
                    with contextlib.suppress(Exception):  # a failing story counts its time
                        pipeline.brief(stories[story])
                    best[name][story] = min(best[name][story], time.process_time() - started)
    totals = {name: sum(times) for name, times in best.items()}
    first = versions[0][0]
    for name, total in totals.items():
        change = total / totals[first] - 1
        print(
            f"{name:10s} {total:.3f} s CPU for {count} briefs (per story: best of "
            f"{args.rounds}, summed)  {change:+.1%} against {first}"
        )


def _turns(versions: list[Any], shift: int) -> list[Any]:
    """The versions in the order they brief one story: each goes first as often as the
    others, because the version that briefs a story first runs slower (an A/A run of one
    src twice, always in the same order, gave the second 1.5 % less time)."""
    start = shift % len(versions)
    return versions[start:] + versions[:start]


if __name__ == "__main__":
    main()
