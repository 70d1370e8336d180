"""Where brief time goes, step by step, for two or more versions of newsfuse in one process.

Usage: python benchmarks/brief_phases.py NAME=SRC NAME=SRC ... [--rounds 3] [--words 230]
                                         [--data ../shared/data/multinews_dev.jsonl]

e.g. ``python benchmarks/brief_phases.py base=/tmp/base18/src main=src`` (under
``flock /work/.bench.lock``, as ``brief_ab.py``).

``brief_ab.py`` says how much slower one version briefs than another; this says in which
step. Each version is loaded as ``brief_ab.py`` loads it; the steps ``Pipeline.brief`` calls
(the names of ``STEPS`` its ``pipeline`` module holds: preparing the story, features,
choosing the sentences, the brief's sentences, claims, differences, the title) are timed
inside the real ``brief``, story by story, the versions interleaved as in ``brief_ab.py``;
each step's fastest CPU time per story is summed (and the whole brief's, so "the rest" of it
is close, not exact). A step's own time holds what it calls: in a version whose
``find_differences`` finds the claims itself, they count there. Unlike a profiler's, these
times carry no cost per Python call (only one per step), so a step of many small calls is
not made to look dearer than it is.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brief_ab import _turns, load_version, prepared, versions_arguments

# What ``Pipeline.brief`` calls, by the names the versions' ``pipeline`` modules import them
# under (a version holds some of them); each with the step it is counted in.
STEPS = {
    "_news_and_junk": "prepare the story",
    "prepare_story": "prepare the story",
    "on_topic_story": "prepare the story",
    "feature_matrix": "features",
    "select_groups": "choose the sentences",
    "reading_order": "choose the sentences",
    "choose_sentences": "choose the sentences",
    "writers_opening": "choose the sentences",
    "_brief_sentence": "the brief's sentences",
    "_brief_sentences": "the brief's sentences",
    "StoryScan": "claims",
    "find_claims": "claims",
    "find_differences": "differences",
    "story_title": "title",
}


def timed(pipeline: Any, spent: dict[str, float]) -> None:
    """Wrap the steps the version's ``pipeline`` module holds, adding each call's CPU time to
    ``spent`` under its step."""
    for name, step in STEPS.items():
        function = getattr(pipeline, name, None)
        if function is None:
            continue
        if isinstance(function, type):  # StoryScan: its ``of`` is the step
            scan: Any = function  # a class of the loaded version, unknown to mypy
            scan.of = _timer(scan.of, step, spent)
        else:
            setattr(pipeline, name, _timer(function, step, spent))


def _timer(function: Callable[..., Any], step: str, spent: dict[str, float]) -> Any:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[step] = spent.get(step, 0.0) + time.process_time() - started

    return wrapper


def main() -> None:
    args = versions_arguments(__doc__)
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        versions = []
        spent: dict[str, dict[str, float]] = {}
        for spec in args.versions:
            name, _, src = spec.partition("=")
            package = load_version(name, Path(src), Path(tmp))
            spent[name] = {}
            timed(importlib.import_module(f"{package}.pipeline"), spent[name])
            versions.append((name, *prepared(package, args.data, args.words)))
        count = len(versions[0][2])
        best: dict[str, list[dict[str, float]]] = {
            name: [{} for _ in range(count)] for name in spent
        }
        for round_ in range(args.rounds):
            for story in range(count):
                for name, pipeline, stories in _turns(versions, story + round_):
                    spent[name].clear()
                    started = time.process_time()
                    with contextlib.suppress(Exception):  # a failing story counts its time
                        pipeline.brief(stories[story])
                    steps = {"brief": time.process_time() - started, **spent[name]}
                    kept = best[name][story]
                    for step, seconds in steps.items():
                        kept[step] = min(kept.get(step, float("inf")), seconds)
        _print(best)


def _print(best: dict[str, list[dict[str, float]]]) -> None:
    """Each step's summed time per version, and its change against the first version."""
    names = list(best)
    steps = list(dict.fromkeys(["brief", *STEPS.values()]))
    totals = {n: {s: sum(story.get(s, 0.0) for story in best[n]) for s in steps} for n in names}
    print(f"{'step (s CPU, best per story, summed)':38s}" + "".join(f"{n:>10s}" for n in names))
    for step in steps:
        row = "".join(f"{totals[n][step]:10.3f}" for n in names)
        change = totals[names[-1]][step] - totals[names[0]][step]
        print(f"{step:38s}{row}   {change:+.3f}")
    rest = {n: totals[n]["brief"] - sum(totals[n][s] for s in steps[1:]) for n in names}
    row = "".join(f"{rest[n]:10.3f}" for n in names)
    print(f"{'(the rest of brief)':38s}{row}   {rest[names[-1]] - rest[names[0]]:+.3f}")


if __name__ == "__main__":
    main()
