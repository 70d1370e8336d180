"""Speed and memory of ``newsfuse batch`` against sumy LexRank, and how time grows with story size.

Usage: python benchmarks/speed.py [--data ../shared/data/multinews_dev.jsonl] [--words 230]
                                  [--brief-only [--label NAME]]

Each pass runs in a fresh child process, so "peak MB" is that process's maximum resident
memory (imports included). The machine's speed drifts by up to 50% over minutes, so the
passes of the two methods alternate (newsfuse, LexRank, newsfuse, ...) for REPEATS rounds
and the fastest pass of each is reported, as ``timeit`` does. Both methods read the same
JSONL, clean the same articles and work on the same word budget; newsfuse also renders
each brief's JSON line as ``newsfuse batch`` does. Two more rows time the real command,
``newsfuse batch DATA --output FILE`` in a subprocess, wall clock from start to exit, so
Python start-up, imports and writing the file count against newsfuse (LexRank's imports do
not count against it): as a user runs it (one process per CPU core) and with
``--workers 1``. "peak MB" of the command is its largest process. The scaling table merges
dev clusters into stories of 2-40 articles and reports milliseconds per story and per
article (fastest of REPEATS passes in one process).

``--brief-only`` times only ``Pipeline.brief`` over the stories, in this process (records
read and articles cleaned beforehand; fastest of REPEATS passes) and prints one line: the
quick check for a change to the brief's own code. Compare two versions in alternating runs,
e.g. ``PYTHONPATH=src python benchmarks/speed.py --brief-only --label head``, then the same
with the other version's ``src``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import multiprocessing
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"
SIZES = (2, 5, 10, 20, 40)
REPEATS = 3
STORIES_PER_SIZE = 12


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_newsfuse(data: Path, words: int, _: Any) -> dict[str, float]:
    from newsfuse.batch import brief_records
    from newsfuse.ingest.jsonl import read_stories
    from newsfuse.pipeline import build
    from newsfuse.settings import Settings

    pipeline = build(Settings(words=words))

    started = time.perf_counter()
    count = sum(1 for _ in brief_records(pipeline, read_stories(data)))
    elapsed = time.perf_counter() - started
    return {"clusters": count, "seconds": elapsed, "peak_mb": _peak_mb()}


def run_cli(data: Path, words: int, workers: Any) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "briefs.jsonl"
        command = [sys.executable, "-m", "newsfuse", "batch", str(data), "--output", str(output)]
        started = time.perf_counter()
        options = ["--words", str(words)] + (["--workers", str(workers)] if workers else [])
        subprocess.run([*command, *options], check=True, capture_output=True)
        elapsed = time.perf_counter() - started
        count = sum(1 for _ in output.open(encoding="utf-8"))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"clusters": count, "seconds": elapsed, "peak_mb": peak}


def _fastest(one_pass: Callable[[], int]) -> tuple[int, float]:
    times = []
    count = 0
    for _ in range(REPEATS):
        started = time.perf_counter()
        count = one_pass()
        times.append(time.perf_counter() - started)
    return count, min(times)


def run_lexrank(data: Path, words: int, _: Any) -> dict[str, float]:
    from newsfuse.batch import articles_of_record
    from newsfuse.eval.baselines import baseline
    from newsfuse.eval.runner import candidate_sentences
    from newsfuse.ingest.jsonl import read_stories
    from newsfuse.settings import Settings

    settings = Settings(words=words)
    lexrank = baseline("lexrank")

    started = time.perf_counter()
    count = 0
    for record in read_stories(data):
        articles = articles_of_record(record)  # type: ignore[arg-type]
        json.dumps(lexrank(candidate_sentences(articles, settings), words))
        count += 1
    elapsed = time.perf_counter() - started
    return {"clusters": count, "seconds": elapsed, "peak_mb": _peak_mb()}


def run_scaling(data: Path, words: int, size: int) -> dict[str, float]:
    from newsfuse.batch import articles_of_record
    from newsfuse.ingest.jsonl import StoryRecord, read_stories
    from newsfuse.pipeline import build
    from newsfuse.settings import Settings

    documents = [d for r in read_stories(data) if isinstance(r, StoryRecord) for d in r.documents]
    stories = [
        StoryRecord(f"merged-{i}", tuple(documents[i * size : (i + 1) * size]))
        for i in range(STORIES_PER_SIZE)
    ]
    prepared = [articles_of_record(s) for s in stories]
    pipeline = build(Settings(words=words))
    pipeline.brief(prepared[0])  # warm up

    def one_pass() -> int:
        for articles in prepared:
            pipeline.brief(articles)
        return len(prepared)

    count, elapsed = _fastest(one_pass)
    return {"stories": count, "seconds": elapsed, "peak_mb": _peak_mb()}


def brief_only(data: Path, words: int) -> tuple[int, float, float]:
    """The number of stories and the fastest pass of ``Pipeline.brief`` over all of them,
    in wall-clock and in CPU seconds of this process (the latter weighs less the work of
    others on a shared machine). A story that fails counts its time, as in a batch."""
    from newsfuse.batch import articles_of_record
    from newsfuse.errors import NewsfuseError
    from newsfuse.ingest.jsonl import StoryRecord, read_stories
    from newsfuse.pipeline import build
    from newsfuse.settings import Settings

    logging.disable(logging.WARNING)  # the caps' warnings are not what is timed
    records = [r for r in read_stories(data) if isinstance(r, StoryRecord)]
    stories = [articles_of_record(r) for r in records]
    pipeline = build(Settings(words=words))
    wall = cpu = float("inf")
    for _ in range(REPEATS):
        started, started_cpu = time.perf_counter(), time.process_time()
        for articles in stories:
            with contextlib.suppress(NewsfuseError):
                pipeline.brief(articles)
        cpu = min(cpu, time.process_time() - started_cpu)
        wall = min(wall, time.perf_counter() - started)
    return len(stories), wall, cpu


def in_child(job: Callable[[Path, int, Any], dict[str, float]], *args: Any) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(job, args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=230)
    parser.add_argument("--brief-only", action="store_true", help="time Pipeline.brief only")
    parser.add_argument("--label", default="newsfuse", help="names the --brief-only line")
    args = parser.parse_args()
    if args.brief_only:
        count, wall, cpu = brief_only(args.data, args.words)
        print(f"{args.label} best of {REPEATS}: {wall:.2f} s for {count} briefs", end="")
        print(f" ({count / wall:.1f}/s; CPU {cpu:.2f} s)")
        return

    runs: dict[str, list[dict[str, float]]] = {"in": [], "cli": [], "cli1": [], "lexrank": []}
    for _ in range(REPEATS):
        runs["in"].append(in_child(run_newsfuse, args.data, args.words, None))
        runs["cli"].append(in_child(run_cli, args.data, args.words, None))
        runs["cli1"].append(in_child(run_cli, args.data, args.words, 1))
        runs["lexrank"].append(in_child(run_lexrank, args.data, args.words, None))
    best = {name: min(results, key=lambda r: r["seconds"]) for name, results in runs.items()}
    rates = {name: r["clusters"] / r["seconds"] for name, r in best.items()}
    print(f"{'method':28s} {'clusters':>8s} {'seconds':>8s} {'clusters/s':>10s} {'peak MB':>8s}")
    labels = {
        "in": "newsfuse (in process)",
        "cli": "newsfuse batch",
        "cli1": "newsfuse batch --workers 1",
        "lexrank": "sumy LexRank (in process)",
    }
    for name, label in labels.items():
        result = best[name]
        print(
            f"{label:28s} {result['clusters']:8.0f} {result['seconds']:8.2f} "
            f"{rates[name]:10.1f} {result['peak_mb']:8.0f}"
        )
    print(f"speed-up over LexRank: {rates['in'] / rates['lexrank']:.1f}x in process; ", end="")
    print(f"whole command {rates['cli'] / rates['lexrank']:.1f}x, ", end="")
    print(f"{rates['cli1'] / rates['lexrank']:.1f}x with --workers 1\n")

    print(f"{'articles':>8s} {'ms/story':>9s} {'ms/article':>10s} {'peak MB':>8s}")
    for size in SIZES:
        result = in_child(run_scaling, args.data, args.words, size)
        per_story = 1000 * result["seconds"] / result["stories"]
        print(f"{size:8d} {per_story:9.1f} {per_story / size:10.2f} {result['peak_mb']:8.0f}")


if __name__ == "__main__":
    main()
