"""Ingest and group many articles: articles/s, and how grouping time grows with the store.

Synthetic but realistic articles are made by mixing dev articles: each synthetic story takes
one Multi-News cluster, renames its most frequent names (so stories made from the same
cluster are different events), and each of its articles keeps a random 70-100% of the
paragraphs of one of the cluster's articles. The stream is shuffled, then ingested in steps
(each `ingest` run groups what it stored), as a store fed over days would be. The live
poller's week of news is `benchmarks/live_scale.py`.

    python benchmarks/ingest_scale.py [--articles 20000] [--steps 4]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from newsfuse.cluster import Member, StoryGrouper, fingerprint
from newsfuse.ingest.fetch import Fetcher
from newsfuse.library import ingest
from newsfuse.store.sqlite import Store

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_SYLLABLES = "ka lo mi ren tas vel dor is an ur bel kor sa ni tem os fa gir lun dra".split()


def invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def synthetic_articles(data: Path, count: int, seed: int) -> list[tuple[int, str]]:
    """``count`` (story number, text) pairs, shuffled; 2 to 8 articles per story."""
    rng = random.Random(seed)
    clusters = [json.loads(line)["documents"] for line in data.open(encoding="utf-8")]
    clusters = [[d for d in docs if len(d.split()) > 80] for docs in clusters]
    clusters = [docs for docs in clusters if docs]
    articles: list[tuple[int, str]] = []
    story = 0
    while len(articles) < count:
        docs = rng.choice(clusters)
        names = Counter(n for d in docs for n in _NAME.findall(d)).most_common(6)
        renames = {name: invented_name(rng) for name, _ in names}
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, renames)) + r")\b")
        for _ in range(rng.randint(2, 8)):
            paragraphs = [p for p in rng.choice(docs).split("\n") if p.strip()]
            kept = [p for p in paragraphs if rng.random() < rng.uniform(0.7, 1.0)] or paragraphs
            text = "\n\n".join(kept)
            renamed = pattern.sub(lambda m, names=renames: names[m.group(0)], text)  # type: ignore[misc]
            articles.append((story, renamed))
        story += 1
    articles = articles[:count]
    rng.shuffle(articles)
    return articles


def write_batches(articles: list[tuple[int, str]], folder: Path, steps: int) -> list[Path]:
    """The stream cut into ``steps`` JSONL files, one article per line."""
    size = -(-len(articles) // steps)
    paths = []
    for step in range(steps):
        path = folder / f"batch-{step}.jsonl"
        chunk = articles[step * size : (step + 1) * size]
        with path.open("w", encoding="utf-8") as handle:
            for number, (story, text) in enumerate(chunk):
                record = {"id": f"s{story}-{step}-{number}", "documents": [text]}
                handle.write(json.dumps(record) + "\n")
        paths.append(path)
    return paths


def print_one_shot(grouper: StoryGrouper, members: list[Member]) -> None:
    """Grouping n articles in one run, for growing n: the cost of grouping itself."""
    print(f"\n{'one run of':>10} {'group s':>8} {'ms/article':>11}")
    size = len(members)
    sizes = sorted({size // 8, size // 4, size // 2, size} - {0})
    for n in sizes:
        started = time.perf_counter()
        grouper.group([], members[:n])
        seconds = time.perf_counter() - started
        print(f"{n:>10} {seconds:>8.1f} {1000 * seconds / n:>11.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    articles = synthetic_articles(args.data, args.articles, args.seed)
    print(f"{len(articles)} synthetic articles, {len({s for s, _ in articles})} stories")
    print(f"{'stored':>8} {'ingest + group art/s':>21} {'grouped':>8} {'stories':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        batches = write_batches(articles, Path(tmp), args.steps)
        total_ingest = 0.0
        with Store(Path(tmp) / "news.db") as store, Fetcher() as fetcher:
            for batch in batches:
                started = time.perf_counter()
                report = ingest([str(batch)], store, fetcher)  # stores, then groups the run
                ingest_seconds = time.perf_counter() - started
                grouped = report.grouping.grouped if report.grouping else 0
                total_ingest += ingest_seconds
                counts = store.counts()
                print(
                    f"{counts['articles']:>8} {report.counts['added'] / ingest_seconds:>21.0f}"
                    f" {grouped:>8} {counts['stories']:>8}"
                )
            size_mb = (Path(tmp) / "news.db").stat().st_size / 1e6
        everything = [Member(n, fingerprint(text)) for n, (_, text) in enumerate(articles)]
        print_one_shot(StoryGrouper(), everything)
    print(
        f"\ntotal: ingest {total_ingest:.0f} s ({len(articles) / total_ingest:.0f} articles/s),"
        f" store {size_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
