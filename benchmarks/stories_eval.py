"""Story grouping quality: B-cubed precision, recall and F1 against Multi-News clusters.

Every article of a Multi-News-style JSONL file is written as its own .txt file (shuffled,
named by a random number), ingested with `newsfuse ingest`, and grouped with
`newsfuse stories --format json`, exactly as a user would. Pages the store marks as junk are
left out of the scores (and listed); everything else counts.

    python benchmarks/stories_eval.py [--data ../shared/data/multinews_dev.jsonl] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Hashable, Mapping
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"


def pooled_articles(data: Path, seed: int) -> list[tuple[str, str]]:
    """Every article of the file as ``(true cluster id, text)``, shuffled."""
    articles: list[tuple[str, str]] = []
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles.extend((record["id"], text) for text in record["documents"])
    random.Random(seed).shuffle(articles)
    return articles


def write_pool(data: Path, folder: Path, seed: int) -> dict[str, str]:
    """One file per article; returns file name -> true cluster id."""
    truth: dict[str, str] = {}
    for number, (cluster, text) in enumerate(pooled_articles(data, seed)):
        name = f"{number:05d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        truth[name] = cluster
    return truth


def bcubed(predicted: Mapping[str, Hashable], truth: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items of ``predicted``."""
    by_story: dict[Hashable, set[str]] = defaultdict(set)
    by_cluster: dict[str, set[str]] = defaultdict(set)
    for item, story in predicted.items():
        by_story[story].add(item)
        by_cluster[truth[item]].add(item)
    precision = recall = 0.0
    for item, story in predicted.items():
        shared = len(by_story[story] & by_cluster[truth[item]])
        precision += shared / len(by_story[story])
        recall += shared / len(by_cluster[truth[item]])
    precision /= len(predicted)
    recall /= len(predicted)
    return precision, recall, 2 * precision * recall / (precision + recall)


def newsfuse(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsfuse", *args]
    return subprocess.run(command, capture_output=True, text=True, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show-junk", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "articles", Path(tmp) / "news.db"
        folder.mkdir()
        truth = write_pool(args.data, folder, args.seed)
        started = time.perf_counter()
        ingested = newsfuse("ingest", str(folder), "--db", str(db))
        ingest_seconds = time.perf_counter() - started
        started = time.perf_counter()
        listing = json.loads(newsfuse("stories", "--db", str(db), "--format", "json").stdout)
        group_seconds = time.perf_counter() - started
    predicted = {
        Path(a["source"]).name: story["id"]
        for story in listing["stories"]
        for a in story["articles"]
    }
    junk = {Path(j["source"]).name: j["reason"] for j in listing["junk"]}
    missing = set(truth) - set(predicted) - set(junk)
    for name in missing:  # skipped at ingest: scored as a story of its own
        predicted[name] = -len(predicted)
    precision, recall, f1 = bcubed(predicted, truth)
    print(f"data: {args.data.name}, seed {args.seed}")
    print(f"articles: {len(truth)}, junk (not scored): {len(junk)}, skipped: {len(missing)}")
    print(f"stories: {len(listing['stories'])} (true clusters: {len(set(truth.values()))})")
    print(f"B-cubed precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}")
    print(f"ingest {ingest_seconds:.1f} s, stories {group_seconds:.1f} s (processes included)")
    print(ingested.stderr.strip().splitlines()[-1])
    if args.show_junk:
        reasons: dict[str, int] = defaultdict(int)
        for reason in junk.values():
            reasons[reason] += 1
        print(dict(reasons))


if __name__ == "__main__":
    main()
