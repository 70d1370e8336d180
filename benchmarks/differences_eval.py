"""Precision and recall of "where sources differ" against hand-labelled dev clusters, and the
share of a brief's time that finding differences takes.

Usage: python benchmarks/differences_eval.py [--data ../shared/data/multinews_dev.jsonl]

Labels: benchmarks/data/differences_labels.json (40 clusters, read by hand). A detected
difference is correct when it cites a sentence of each side of a labelled conflict.
Precision counts detections in the labelled clusters; every detection on the rest of the
dev set is printed too, for reading.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsfuse.batch import articles_of_record
from newsfuse.differ import find_differences
from newsfuse.documents import Difference, Sentence
from newsfuse.ingest.jsonl import StoryRecord, read_stories
from newsfuse.pipeline import build
from newsfuse.rank.story import article_candidates
from newsfuse.settings import Settings

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "differences_labels.json"
DEFAULT_DATA = HERE.parents[1] / "shared" / "data" / "multinews_dev.jsonl"


def cited(difference: Difference) -> set[str]:
    return {f"{c.article_id}:{c.sentence_index}" for s in difference.sides for c in s.citations}


def matches(difference: Difference, conflict: dict[str, list[list[str]]]) -> bool:
    refs = cited(difference)
    return sum(bool(refs & set(side)) for side in conflict["sides"]) >= 2


def story_sentences(record: StoryRecord, settings: Settings) -> list[list[Sentence]]:
    return [article_candidates(a, settings)[1] for a in articles_of_record(record)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["clusters"]
    records = [r for r in read_stories(args.data) if isinstance(r, StoryRecord)]
    settings = Settings()

    correct = found = 0
    recalled = total = 0
    for record in records:
        detected = find_differences(story_sentences(record, settings))
        if record.id not in labels:
            for d in detected:
                print(f"unlabelled {record.id}: {d.label} -> {[s.position for s in d.sides]}")
            continue
        conflicts = labels[record.id]
        found += len(detected)
        correct += sum(any(matches(d, c) for c in conflicts) for d in detected)
        total += len(conflicts)
        recalled += sum(any(matches(d, c) for d in detected) for c in conflicts)
        for d in detected:
            print(f"labelled   {record.id}: {d.label} -> {[s.position for s in d.sides]}")
    print(f"\nlabelled clusters: {len(labels)}, true conflicts: {total}, detected: {found}")
    print(f"precision {correct}/{found} = {correct / max(found, 1):.2f}")
    print(f"recall    {recalled}/{total} = {recalled / max(total, 1):.2f}")

    pipeline = build(settings)
    stories = [articles_of_record(r) for r in records]
    started = time.perf_counter()
    for articles in stories:
        pipeline.brief(articles)
    brief_time = time.perf_counter() - started
    sentences = [story_sentences(r, settings) for r in records]
    started = time.perf_counter()
    for story in sentences:
        find_differences(story)
    differ_time = time.perf_counter() - started
    print(
        f"\ntime: briefs {1000 * brief_time / len(records):.2f} ms/story, of which finding "
        f"differences {1000 * differ_time / len(records):.2f} ms "
        f"({100 * differ_time / brief_time:.0f}%)"
    )


if __name__ == "__main__":
    main()
