"""Learn the sentence scorer's weights on the Multi-News dev set, with cross-validation.

Usage: python benchmarks/train_scorer.py [--data ../shared/data/multinews_dev.jsonl]
       [--folds 5] [--alpha 1.0] [--write]

Target of each candidate sentence: its ROUGE-1 and ROUGE-2 precision against the reference
(how much of the sentence a human summary keeps), weighted 15:85. For the backbone selection
that gave +0.14 ROUGE-2 in cross-validation over 1:3 (R1 -0.01) and +0.19 ROUGE-2 on the
anchor panel (1:9 and 1:19 lost ROUGE-1; an equal mix gave 0.4 less ROUGE-2; see
docs/EVALUATION.md). Briefs are built as the pipeline builds them (with the story's claims,
and the writer's-opening fallback). Prints the cross-validated ROUGE
of briefs built with weights learned on the other folds; ``--write`` then fits on all
clusters and writes ``src/newsfuse/rank/weights.json``. The reference is used only here, to
learn weights, never inside the method.
"""

from __future__ import annotations

import argparse
import collections
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from nltk.stem import porter
from rouge_score import tokenize
from rouge_score.rouge_scorer import _create_ngrams
from sklearn.linear_model import Ridge

from newsfuse.batch import articles_of_record
from newsfuse.differ import Claim, StoryScan, find_claims
from newsfuse.documents import Sentence
from newsfuse.eval.harness import load_references
from newsfuse.eval.rouge import clean_reference, score_summary
from newsfuse.pipeline import choose_sentences
from newsfuse.rank.features import FEATURE_NAMES, feature_matrix
from newsfuse.rank.score import LinearScorer
from newsfuse.rank.select import writers_opening
from newsfuse.rank.story import PreparedStory
from newsfuse.rank.topic import on_topic_story
from newsfuse.settings import Settings

WEIGHTS = Path(__file__).resolve().parents[1] / "src/newsfuse/rank/weights.json"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"
_STEMMER = porter.PorterStemmer()
TARGET_WEIGHTS = (0.15, 0.85)  # ROUGE-1 and ROUGE-2 precision


@dataclass
class Cluster:
    id: str
    reference: str
    story: PreparedStory
    features: np.ndarray
    target: np.ndarray
    claims: list[Claim]


def tokens(text: str) -> list[str]:
    words: list[str] = tokenize.tokenize(text, _STEMMER)
    return words


def precision(sentence: str, ref_grams: dict[int, collections.Counter[tuple[str, ...]]]) -> float:
    toks = tokens(sentence)
    values = []
    for n in (1, 2):
        grams = _create_ngrams(toks, n)
        total = sum(grams.values())
        hit = sum(min(c, ref_grams[n][g]) for g, c in grams.items())
        values.append(hit / total if total else 0.0)
    return float(np.dot(TARGET_WEIGHTS, values))


def load_clusters(path: Path, settings: Settings) -> list[Cluster]:
    clusters = []
    for record in load_references(path):
        story, _ = on_topic_story(articles_of_record(record), settings)
        ref_tokens = tokens(clean_reference(record.summary))
        ref_grams = {n: _create_ngrams(ref_tokens, n) for n in (1, 2)}
        target = np.array([precision(s.text, ref_grams) for s in story.candidates])
        clusters.append(
            Cluster(
                record.id, record.summary, story, feature_matrix(story), target, story_claims(story)
            )
        )
    return clusters


def story_claims(story: PreparedStory) -> list[Claim]:
    """The story's claims as ``Pipeline.brief`` reads them (its backbone's repeats test
    reads them: without them, briefs differ from the pipeline's in a few clusters)."""
    by_article: dict[str, list[Sentence]] = {a.id: [] for a in story.articles}
    for sentence in story.candidates:
        by_article[sentence.article_id].append(sentence)
    sentences = list(by_article.values())
    return find_claims(sentences, StoryScan.of(sentences))


def fit(clusters: list[Cluster], alpha: float, name: str = "ridge-dev") -> LinearScorer:
    x = np.vstack([c.features for c in clusters])
    y = np.concatenate([c.target for c in clusters])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = Ridge(alpha=alpha).fit((x - mean) / scale, y)
    return LinearScorer(
        tuple(mean.tolist()),
        tuple(scale.tolist()),
        tuple(model.coef_.tolist()),
        float(model.intercept_),
        name=name,
    )


def brief_text(cluster: Cluster, scorer: LinearScorer, settings: Settings) -> str:
    scores = scorer.score(cluster.features)
    ordered = choose_sentences(cluster.story, scores, settings, cluster.claims).order
    if not ordered:  # as the pipeline does when no sentence may enter on its own
        ordered = writers_opening(cluster.story, settings.words)
    return "\n".join(cluster.story.candidates[i].text for i in ordered)


def cross_validate(
    clusters: list[Cluster], folds: int, alpha: float, settings: Settings
) -> np.ndarray:
    rng = np.random.default_rng(0)
    fold_of = rng.permutation(len(clusters)) % folds
    results = []
    for fold in range(folds):
        train = [c for c, f in zip(clusters, fold_of, strict=True) if f != fold]
        scorer = fit(train, alpha)
        for cluster, f in zip(clusters, fold_of, strict=True):
            if f == fold:
                s = score_summary(brief_text(cluster, scorer, settings), cluster.reference)
                results.append((s.rouge1, s.rouge2, s.rougeLsum))
    return np.array(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--alpha", type=float, default=10.0)
    parser.add_argument("--words", type=int, default=230)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    settings = Settings(words=args.words)
    clusters = load_clusters(args.data, settings)
    scores = cross_validate(clusters, args.folds, args.alpha, settings)
    r1, r2, rl = scores.mean(axis=0)
    print(
        f"{args.folds}-fold CV on {len(clusters)} clusters, {args.words} words: "
        f"R1 {r1:.2f}  R2 {r2:.2f}  RLsum {rl:.2f}"
    )
    scorer = fit(clusters, args.alpha)
    for name, weight in sorted(
        zip(FEATURE_NAMES, scorer.coef, strict=True), key=lambda p: -abs(p[1])
    ):
        print(f"  {name:26s} {weight:+.4f}")
    if args.write:
        WEIGHTS.write_text(scorer.to_json() + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
