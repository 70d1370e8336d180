"""Precision and recall of "where sources differ" by kind, against hand-labelled dev
clusters, and the share of a brief's time that finding differences takes.

Usage: python benchmarks/differences_eval.py [--set dev|anchor] [--part NAME|all|each]
           [--show] [--unlabelled] [--no-timing] [--labels FILE] [--data FILE.jsonl]

Label sets (each file's "about" says how it was made): "dev" is
benchmarks/data/differences_labels.json on ../shared/data/multinews_dev.jsonl, "anchor" is
benchmarks/data/anchor_labels.json on ../shared/data/anchor_panel.jsonl; ``--labels`` and
``--data`` name any other pair. A detected difference
matches a labelled conflict when it cites a sentence of at least two of the conflict's sides:
a cited sentence belongs to a side when its id ("article:sentence") is one the side lists, or
when its text holds the side's exact words (so a change of segmentation does not lose a
match), and two of those sides must give different values. Precision counts every detection
in the labelled clusters of the part: a detection is right when it matches a labelled
conflict. Over high-confidence conflicts, a detection
that matches only low-confidence conflicts counts neither way; recall is over the labelled
conflicts of that confidence. The kind of a detection is its own ``kind``; the kind of a
conflict is its label's. Parts: a labels file may name its parts ("parts": name -> cluster
ids; the anchor set has A, B, C, D); without them, "tune" is dev clusters 0000-0159 and "check"
0160-0249. By default every part is printed, then one table by kind with the parts side by
side; ``--part all`` scores every labelled cluster at once.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsfuse.batch import articles_of_record
from newsfuse.differ import find_differences
from newsfuse.documents import Article, Difference, Sentence
from newsfuse.ingest.jsonl import StoryRecord, read_stories
from newsfuse.pipeline import build
from newsfuse.rank.story import article_candidates
from newsfuse.settings import Settings
from newsfuse.text.furniture import strip_furniture

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "differences_labels.json"
DEFAULT_DATA = HERE.parents[1] / "shared" / "data" / "multinews_dev.jsonl"
SETS = {
    "dev": (LABELS, DEFAULT_DATA),
    "anchor": (HERE / "data" / "anchor_labels.json", DEFAULT_DATA.with_name("anchor_panel.jsonl")),
}
PARTS = {"tune": (0, 159), "check": (160, 249), "all": (0, 10**6)}
KINDS = ("count", "age", "time", "identity", "stance", "denial", "other")
Conflict = dict[str, Any]


def normalised(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.lower().split())


def side_hit(side: dict[str, Any], cited: set[str], texts: dict[str, str]) -> bool:
    """Whether one of the cited sentences states this side (by id, or by its exact words)."""
    if cited & set(side["sentences"]):
        return True
    words = normalised(side.get("text", ""))
    return bool(words) and any(words in texts.get(ref, "") for ref in cited)


def matches(difference: Difference, conflict: Conflict, texts: dict[str, str]) -> bool:
    """Whether the difference cites sentences of two sides that give different values (a
    label may list one position twice, once per claimant)."""
    cited = {f"{c.article_id}:{c.sentence_index}" for s in difference.sides for c in s.citations}
    values = {
        normalised(side["value"]) for side in conflict["sides"] if side_hit(side, cited, texts)
    }
    return len(values) >= 2


def story_sentences(record: StoryRecord, settings: Settings) -> list[list[Sentence]]:
    return [article_candidates(a, settings)[1] for a in labelled_articles(record)]


def labelled_articles(record: StoryRecord) -> list[Article]:
    """The record's documents read as they were when the labels were made (furniture
    stripped, the headline left in the text), so that the labels' sentence ids ("2:14") name
    the same sentences. ``articles_of_record`` now takes a document's headline and dateline
    out of its text, which moves the ids of a report by its headline's sentences."""
    texts = ((n, strip_furniture(text)) for n, text in enumerate(record.documents, start=1))
    return [Article(id=str(n), text=text, source=f"{record.id}#{n}") for n, text in texts if text]


def dev_index(cluster_id: str) -> int:
    return int(re.sub(r"\D", "", cluster_id.rsplit("-", 1)[-1]) or -1)


@dataclass
class Tally:
    """Right and total detections, found and total conflicts, by kind."""

    right: Counter[str] = field(default_factory=Counter)
    detected: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    conflicts: Counter[str] = field(default_factory=Counter)

    def add_cluster(
        self,
        detected: Sequence[Difference],
        conflicts: list[Conflict],
        ignored: list[Conflict],
        texts: dict[str, str],
    ) -> None:
        """Count one cluster; a detection that matches only ``ignored`` conflicts (of the
        other confidence) counts neither way."""
        for d in detected:
            right = any(matches(d, c, texts) for c in conflicts)
            if not right and any(matches(d, c, texts) for c in ignored):
                continue
            self.detected[d.kind] += 1
            self.right[d.kind] += right
        for c in conflicts:
            self.conflicts[c["kind"]] += 1
            self.found[c["kind"]] += any(matches(d, c, texts) for d in detected)

    def lines(self, title: str) -> list[str]:
        rows = [f"{title}", f"  {'kind':<9} {'precision':>14} {'recall':>14}"]
        for kind in (*KINDS, "all"):
            right, detected = self.total(self.right, kind), self.total(self.detected, kind)
            found, conflicts = self.total(self.found, kind), self.total(self.conflicts, kind)
            if detected or conflicts:
                rows.append(
                    f"  {kind:<9} {_ratio(right, detected):>14} {_ratio(found, conflicts):>14}"
                )
        return rows

    @staticmethod
    def total(counter: Counter[str], kind: str) -> int:
        return sum(counter.values()) if kind == "all" else counter[kind]


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.2f}" if whole else "-"


@dataclass
class PartResult:
    """The tallies of one part: over high-confidence conflicts and over all."""

    part: str
    clusters: int
    confident: Tally
    every: Tally

    def lines(self) -> list[str]:
        return [
            f"part {self.part}: {self.clusters} labelled clusters",
            *self.confident.lines("over high-confidence conflicts"),
            *self.every.lines("over all conflicts"),
        ]


def part_ids(document: dict[str, Any]) -> dict[str, set[str]]:
    """The parts of a labels file: its own "parts", else the dev index ranges."""
    ids = set(document["clusters"])
    parts = document.get("parts") or {
        name: {c for c in ids if low <= dev_index(c) <= high}
        for name, (low, high) in PARTS.items()
        if name != "all"
    }
    return {name: set(members) & ids for name, members in parts.items()}


def evaluate(
    records: list[StoryRecord],
    labels: dict[str, list[Conflict]],
    part: str,
    show: bool,
    ids: set[str] | None = None,
) -> PartResult:
    """Score the labelled clusters of one part: ``ids`` when given, else the dev index
    range named ``part``."""
    low, high = PARTS.get(part, PARTS["all"])
    members = ids if ids is not None else {c for c in labels if low <= dev_index(c) <= high}
    settings = Settings()
    every, confident = Tally(), Tally()
    for record in records:
        if record.id not in labels or record.id not in members:
            continue
        sentences = story_sentences(record, settings)
        texts = {f"{s.article_id}:{s.index}": normalised(s.text) for a in sentences for s in a}
        detected = find_differences(sentences)
        conflicts = labels[record.id]
        high_confidence = [c for c in conflicts if c["confidence"] == "high"]
        low_confidence = [c for c in conflicts if c["confidence"] != "high"]
        every.add_cluster(detected, conflicts, [], texts)
        confident.add_cluster(detected, high_confidence, low_confidence, texts)
        if show:
            _show(record.id, detected, conflicts, texts)
    return PartResult(part, len(members & set(labels)), confident, every)


def side_by_side(results: list[PartResult]) -> list[str]:
    """One table by kind, high-confidence conflicts, the parts' precision and recall in
    columns."""
    head = "".join(f" {r.part + ' precision':>18} {r.part + ' recall':>16}" for r in results)
    rows = ["by kind, over high-confidence conflicts", f"  {'kind':<9}{head}"]
    for kind in (*KINDS, "all"):
        cells = []
        for r in results:
            t = r.confident
            right, detected = t.total(t.right, kind), t.total(t.detected, kind)
            found, conflicts = t.total(t.found, kind), t.total(t.conflicts, kind)
            cells.append(f" {_ratio(right, detected):>18} {_ratio(found, conflicts):>16}")
        rows.append(f"  {kind:<9}{''.join(cells)}")
    return rows


def _show(
    cluster: str, detected: Sequence[Difference], conflicts: list[Conflict], texts: dict[str, str]
) -> None:
    for d in detected:
        hit = [c["label"] for c in conflicts if matches(d, c, texts)]
        mark = "RIGHT" if hit else "WRONG"
        cited = [[f"{c.article_id}:{c.sentence_index}" for c in s.citations] for s in d.sides]
        print(f"{mark} {cluster} [{d.kind}] {d.label} {[s.position for s in d.sides]} {cited}")
    for c in conflicts:
        if not any(matches(d, c, texts) for d in detected):
            print(f"MISS  {cluster} [{c['kind']}/{c['confidence']}] {c['label']}")


def timing(records: list[StoryRecord], rounds: int = 3) -> str:
    """CPU time of a whole brief and of finding differences alone, story by story in turn,
    best of ``rounds``: CPU time of this process, and the two taken in turn, so that other
    work on this shared machine weighs on neither."""
    settings = Settings()
    pipeline = build(settings)
    # Both on the articles a brief reads (not the labelling-time reading of the scores).
    stories = [
        (articles, [article_candidates(a, settings)[1] for a in articles])
        for articles in (articles_of_record(r) for r in records)
    ]
    best_brief = best_differ = float("inf")
    for _ in range(rounds):
        brief_time = differ_time = 0.0
        for articles, sentences in stories:
            started = time.process_time()
            pipeline.brief(articles)
            middle = time.process_time()
            find_differences(sentences)
            differ_time += time.process_time() - middle
            brief_time += middle - started
        best_brief, best_differ = min(best_brief, brief_time), min(best_differ, differ_time)
    return (
        f"time: briefs {1000 * best_brief / len(records):.2f} ms/story, of which finding "
        f"differences {1000 * best_differ / len(records):.2f} ms "
        f"({100 * best_differ / best_brief:.0f}%)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=list(SETS), default="dev")
    parser.add_argument("--labels", type=Path, help="a labels file (default: the set's)")
    parser.add_argument("--data", type=Path, help="its stories (default: the set's)")
    parser.add_argument("--part", default="each", help="a part's name, all, or each")
    parser.add_argument("--show", action="store_true", help="print every detection and miss")
    parser.add_argument("--unlabelled", action="store_true", help="print detections elsewhere")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    default_labels, default_data = SETS[args.set]
    document = json.loads((args.labels or default_labels).read_text(encoding="utf-8"))
    labels = document["clusters"]
    records = [r for r in read_stories(args.data or default_data) if isinstance(r, StoryRecord)]
    parts = part_ids(document) | {"all": set(labels)}
    chosen = [p for p in parts if p != "all"] if args.part in {"each", "both"} else [args.part]
    if any(p not in parts for p in chosen):
        parser.error(f"--part must be one of {', '.join([*parts, 'each'])}, got {args.part}")
    results = [evaluate(records, labels, p, args.show, parts[p]) for p in chosen]
    results = [r for r in results if r.clusters]
    for result in results:
        print("\n".join(result.lines()), end="\n\n")
    if len(results) > 1:
        print("\n".join(side_by_side(results)), end="\n\n")
    if args.unlabelled:
        for record in records:
            if record.id not in labels:
                for d in find_differences(story_sentences(record, Settings())):
                    print(f"unlabelled {record.id}: [{d.kind}] {d.label} -> "
                          f"{[s.position for s in d.sides]}")  # fmt: skip
    if not args.no_timing:
        print(timing(records))


if __name__ == "__main__":
    main()
