"""Cost of one brief against story size: time and peak memory, each in a fresh process.

Stories are built from the Multi-News dev articles, read at run time (never copied into the
repository): the articles of every dev cluster are pooled and shuffled (``--seed``), and a
story of N reports takes the first N; past the 690 dev articles the pool is taken again, so
the 1,000-report story also holds 310 syndicated copies. The 20 MB report joins pooled
articles, as paragraphs, into one text of 20,000,000 characters.

Each brief runs in its own fresh interpreter; "peak MB" is that process's peak resident
memory (``ru_maxrss``: Python, numpy, scipy and the story's text included; "MB before brief"
is that peak once the texts are built), "seconds" the time from texts to a rendered brief:
articles made as ``newsfuse batch`` makes them (page furniture stripped), then
``Pipeline.brief``. With ``--cli`` the two targets (300 reports, 20 MB) are also
briefed the way a user would, ``newsfuse brief FOLDER|FILE``, from files in a temporary
folder (the report file is cut just under the reader's file cap); there "seconds" is the
whole command. With ``--quality`` ROUGE on the dev set is also computed under the default
caps and under caps tight enough to bite on dev stories, to show what a cap costs.

    python benchmarks/story_scale.py [--data ../shared/data/multinews_dev.jsonl]
        [--sizes 10 30 100 300 1000] [--words 230] [--cli] [--quality]
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"
REPORT_CHARS = 20_000_000
TARGET_SECONDS = 10.0
TARGET_MB = 500.0


def pooled_texts(data: Path, seed: int) -> list[str]:
    """Every article text of the file, shuffled."""
    texts = []
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            texts.extend(json.loads(line)["documents"])
    random.Random(seed).shuffle(texts)
    return [text for text in texts if text.strip()]


def story_texts(data: Path, seed: int, reports: int) -> list[str]:
    """``reports`` article texts, taking the pool again (exact copies) when it runs out."""
    pool = pooled_texts(data, seed)
    return [pool[number % len(pool)] for number in range(reports)]


def long_report(data: Path, seed: int, characters: int) -> str:
    """One text of ``characters`` characters: pooled articles as paragraphs, again and again."""
    pool = pooled_texts(data, seed)
    pieces: list[str] = []
    size = number = 0
    while size < characters:
        piece = " ".join(pool[number % len(pool)].split())
        pieces.append(piece)
        size += len(piece) + 2
        number += 1
    return "\n\n".join(pieces)[:characters]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def brief_in_this_process(texts: list[str], words: int) -> dict[str, Any]:
    """Brief the texts as one story (articles as ``batch`` makes them) and measure it."""
    from newsfuse.batch import articles_of_record
    from newsfuse.ingest.jsonl import StoryRecord
    from newsfuse.pipeline import build
    from newsfuse.rank.story import article_candidates, prepare_story
    from newsfuse.render import to_dict
    from newsfuse.settings import Settings

    settings = Settings(words=words)
    pipeline = build(settings)
    ready_mb = _peak_mb()
    started = time.perf_counter()
    articles = articles_of_record(StoryRecord(id="scale", documents=tuple(texts)))
    brief = pipeline.brief(articles)
    json.dumps(to_dict(brief))
    seconds = time.perf_counter() - started
    logging.disable(logging.WARNING)  # the story is prepared again only to count candidates
    story = prepare_story(articles, settings)
    return {
        "reports": len(texts),
        "characters": sum(len(text) for text in texts),
        "read": sum(len(article_candidates(a, settings)[1]) for a in articles),
        "candidates": len(story.candidates),
        "cap": settings.candidate_cap(len(articles)),
        "brief_words": sum(len(s.text.split()) for s in brief.sentences),
        "seconds": seconds,
        "ready_mb": ready_mb,
        "peak_mb": _peak_mb(),
    }


def child(kind: str, size: int, data: Path, seed: int, words: int) -> None:
    """Entry point of the fresh process: build the input, brief it, print one JSON line."""
    texts = [long_report(data, seed, size)] if kind == "report" else story_texts(data, seed, size)
    print(json.dumps({"kind": kind, **brief_in_this_process(texts, words)}))


def measure(kind: str, size: int, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind, str(size)]
    command += ["--data", str(args.data), "--seed", str(args.seed), "--words", str(args.words)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure_cli(paths: list[Path], words: int) -> dict[str, Any]:
    """``newsfuse brief`` as a user runs it; peak memory of the child process."""
    command = [sys.executable, "-m", "newsfuse", "brief", *map(str, paths), "--words", str(words)]
    script = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "s = time.perf_counter() - t\n"
        "mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'code': p.returncode, 'seconds': s, 'peak_mb': mb,"
        " 'stderr': p.stderr.strip().splitlines()[-1:]}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *command], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def cli_rows(args: argparse.Namespace) -> None:
    from newsfuse.settings import MAX_FILE_BYTES

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "story"
        folder.mkdir()
        for number, text in enumerate(story_texts(args.data, args.seed, 300)):
            (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
        report = Path(tmp) / "report.txt"
        data = long_report(args.data, args.seed, REPORT_CHARS).encode("utf-8")
        report.write_bytes(data[: MAX_FILE_BYTES - 1_000].decode("utf-8", "ignore").encode())
        characters = len(report.read_text(encoding="utf-8"))
        print("\n`newsfuse brief` from files (whole command, fresh process):\n")
        print("| input | exit | seconds | peak MB | last stderr line |")
        print("|---|---:|---:|---:|---|")
        for label, paths in (("folder of 300 reports", [folder]), (_mb(characters), [report])):
            row = measure_cli(paths, args.words)
            stderr = " ".join(row["stderr"])
            print(
                f"| {label} | {row['code']} | {row['seconds']:.1f} | {row['peak_mb']:.0f} "
                f"| {stderr} |"
            )


# (max_story_candidates, story_candidates_per_doubling): the defaults, then tighter caps.
QUALITY_CAPS = ((500, 150), (100, 25), (50, 0))


def quality_rows(args: argparse.Namespace) -> None:
    """Dev ROUGE of newsfuse under each of ``QUALITY_CAPS`` (needs the ``eval`` extra)."""
    from newsfuse.batch import articles_of_record
    from newsfuse.errors import NewsfuseError
    from newsfuse.eval.runner import score_clusters, summarizers
    from newsfuse.ingest.jsonl import StoryRecord, read_stories
    from newsfuse.pipeline import build
    from newsfuse.rank.story import article_candidates
    from newsfuse.settings import Settings

    logging.disable(logging.WARNING)
    records = [r for r in read_stories(args.data) if isinstance(r, StoryRecord)]
    print(f"\nDev ROUGE F1 at {args.words} words under tighter caps:\n")
    print("| max_story_candidates | per doubling | dev stories capped | R1 | R2 | RLsum |")
    print("|---:|---:|---:|---:|---:|---:|")
    for base, per_doubling in QUALITY_CAPS:
        settings = Settings(
            words=args.words, max_story_candidates=base, story_candidates_per_doubling=per_doubling
        )
        capped = 0
        for record in records:
            try:
                articles = articles_of_record(record)
            except NewsfuseError:
                continue  # scored as a failure below, as `newsfuse eval` does
            read = sum(len(article_candidates(a, settings)[1]) for a in articles)
            capped += read > settings.candidate_cap(len(articles))
        methods = summarizers(["newsfuse"], build(settings))
        scores = [s.score for s in score_clusters(records, methods) if not isinstance(s, tuple)]
        r1, r2, rl = (sum(getattr(s, f) for s in scores) / len(scores) for f in _ROUGE)
        print(f"| {base} | {per_doubling} | {capped} | {r1:.2f} | {r2:.2f} | {rl:.2f} |")


_ROUGE = ("rouge1", "rouge2", "rougeLsum")


def _mb(characters: int) -> str:
    return f"one report of {characters / 1e6:.1f} MB"


def print_row(row: dict[str, Any]) -> None:
    label = _mb(row["characters"]) if row["kind"] == "report" else f"{row['reports']} reports"
    verdict = ""
    if row["kind"] == "report" or row["reports"] == 300:
        met = row["seconds"] < TARGET_SECONDS and row["peak_mb"] < TARGET_MB
        verdict = "met" if met else "MISSED"
    print(
        f"| {label} | {row['characters'] / 1e6:.2f} | {row['read']} | {row['candidates']} "
        f"| {row['cap']} "
        f"| {row['seconds']:.2f} | {row['ready_mb']:.0f} | {row['peak_mb']:.0f} | {verdict} |",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", type=int, default=230)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 30, 100, 300, 1000])
    parser.add_argument("--cli", action="store_true", help="also time `newsfuse brief`")
    parser.add_argument("--quality", action="store_true", help="also dev ROUGE under caps")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.data, args.seed, args.words)
        return
    print(f"One brief of {args.words} words per story, each in a fresh process.")
    print(f"Targets: 300 reports and a 20 MB report under {TARGET_SECONDS:.0f} s and")
    print(f"{TARGET_MB:.0f} MB peak.\n")
    print(
        "| story | MB of text | candidates read | ranked | cap | seconds | MB before brief "
        "| peak MB | target |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for size in args.sizes:
        print_row(measure("reports", size, args))
    print_row(measure("report", REPORT_CHARS, args))
    if args.cli:
        cli_rows(args)
    if args.quality:
        quality_rows(args)


if __name__ == "__main__":
    main()
