"""Packets for a blind side-by-side reading of briefs, one per held-out dev cluster.

Usage: python benchmarks/blind_packets.py [--data ../shared/data/multinews_dev.jsonl]
       [--out /work/blind] [--clusters 20] [--held-out 50] [--words 230] [--seed 18]
       [--exclude ID,ID,...] [--report-words 10000] [--brief NAME=BRIEFS.jsonl ...]

The held-out clusters are the last ``--held-out`` of the dev set, which were not used
while tuning the readable selection; ``--clusters`` of them are drawn with ``--seed``,
leaving out the ``--exclude`` ones (clusters a developer read while fixing the rules). Each
packet ``OUT/packets/<id>.md`` holds the cluster's reports (cleaned of page furniture,
whole up to ``--report-words`` words: a reader judging faithfulness must see everything
a brief may draw on) and then three candidates labelled A, B and C in a random order:
the newsfuse brief, the opening of the longest report (the ``opening`` baseline of
``newsfuse eval``), both at ``--words`` words, and the Multi-News reference summary. All
three are plain text: no citation marks, which would tell the newsfuse brief apart. Each
``--brief NAME=FILE`` adds a candidate read from the output of ``newsfuse batch`` (its
``summary`` by ``id``), so that briefs of another version of the code can be read beside
this one's (letters A, B, C, D, ...). The key (which letter is which) goes to
``OUT/key.json``. The packets stay outside the
repository: they quote Multi-News.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from newsfuse.batch import articles_of_record
from newsfuse.documents import Article
from newsfuse.errors import NewsfuseError
from newsfuse.eval.baselines import opening
from newsfuse.eval.harness import load_references
from newsfuse.eval.rouge import clean_reference
from newsfuse.eval.runner import candidate_sentences
from newsfuse.ingest.jsonl import StoryRecord
from newsfuse.pipeline import Pipeline, build
from newsfuse.settings import Settings

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"
REPORT_WORDS = 10_000
METHODS = ("newsfuse", "opening", "reference")
LETTERS = "ABCDEFGH"
INSTRUCTIONS = (
    "Read the reports, then the {count} candidate briefs of them. For each candidate give "
    "1-5 for *readable* (reads as news an editor would print), *informative* (carries what "
    "the story is about) and *faithful* (says nothing the reports do not support, and "
    "keeps each quotation with its speaker), and rank the {count} (1 = would publish first)."
)
NUMBERS = {3: "three", 4: "four", 5: "five"}


def held_out(
    records: list[StoryRecord], held: int, count: int, seed: int, exclude: frozenset[str]
) -> list[StoryRecord]:
    """``count`` of the last ``held`` records but the excluded ones, drawn with ``seed``,
    in dev-set order."""
    pool = [record for record in records[-held:] if record.id not in exclude]
    chosen = set(random.Random(seed).sample(range(len(pool)), min(count, len(pool))))
    return [record for number, record in enumerate(pool) if number in chosen]


def candidates(record: StoryRecord, pipeline: Pipeline) -> dict[str, str]:
    """The three texts to compare, by method."""
    articles = articles_of_record(record)
    brief = pipeline.brief(articles)
    sentences = candidate_sentences(articles, pipeline.settings)
    return {
        "newsfuse": " ".join(s.text for s in brief.sentences),
        "opening": " ".join(opening(sentences, pipeline.settings.words)),
        "reference": clean_reference(record.summary),
    }


def trimmed(article: Article, words: int = REPORT_WORDS) -> str:
    """The report's paragraphs up to about ``words`` words (a paragraph is never cut)."""
    kept: list[str] = []
    used = 0
    for paragraph in article.text.split("\n\n"):
        if used >= words:
            kept.append("[…]")
            break
        kept.append(paragraph)
        used += len(paragraph.split())
    return "\n\n".join(kept)


def packet(
    record: StoryRecord, texts: dict[str, str], order: list[str], words: int = REPORT_WORDS
) -> str:
    count = NUMBERS.get(len(order), str(len(order)))
    lines = [f"# Cluster {record.id}", "", INSTRUCTIONS.format(count=count), "", "## Reports", ""]
    for number, article in enumerate(articles_of_record(record), start=1):
        lines += [f"### Report {number}", "", trimmed(article, words), ""]
    lines += ["## Candidate briefs", ""]
    for letter, method in zip(LETTERS, order, strict=False):
        lines += [f"### {letter}", "", texts[method], ""]
    return "\n".join(lines)


def other_briefs(specs: list[str]) -> dict[str, dict[str, str]]:
    """The briefs of each ``NAME=FILE`` (``newsfuse batch`` output), by name, then by id."""
    briefs: dict[str, dict[str, str]] = {}
    for spec in specs:
        name, _, path = spec.partition("=")
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        rows = (json.loads(line) for line in lines if line.strip())
        briefs[name] = {row["id"]: " ".join(row["summary"].split("\n")) for row in rows}
    return briefs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=Path("/work/blind"))
    parser.add_argument("--clusters", type=int, default=20)
    parser.add_argument("--held-out", type=int, default=50)
    parser.add_argument("--words", type=int, default=230)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--exclude", default="", help="Comma-separated cluster ids to skip.")
    parser.add_argument("--report-words", type=int, default=REPORT_WORDS)
    parser.add_argument("--brief", action="append", default=[], help="NAME=BRIEFS.jsonl")
    args = parser.parse_args()
    others = other_briefs(args.brief)
    exclude = frozenset(filter(None, args.exclude.split(",")))
    pipeline = build(Settings(words=args.words))
    rng = random.Random(args.seed)
    (args.out / "packets").mkdir(parents=True, exist_ok=True)
    key: dict[str, dict[str, str]] = {}
    records = held_out(load_references(args.data), args.held_out, args.clusters, args.seed, exclude)
    for record in records:
        try:
            texts = candidates(record, pipeline)
        except NewsfuseError as error:
            print(f"skipped {record.id}: {error}")
            continue
        texts |= {name: briefs.get(record.id, "") for name, briefs in others.items()}
        order = [*METHODS, *others]
        rng.shuffle(order)
        (args.out / "packets" / f"{record.id}.md").write_text(
            packet(record, texts, order, args.report_words), encoding="utf-8"
        )
        key[record.id] = dict(zip(LETTERS, order, strict=False))
    (args.out / "key.json").write_text(json.dumps(key, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(key)} packets to {args.out / 'packets'} and the key to {args.out}/key.json")


if __name__ == "__main__":
    main()
