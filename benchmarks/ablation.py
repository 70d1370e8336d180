"""Which ideas help, by how much: cross-validated ROUGE with one idea taken out at a time.

Usage: python benchmarks/ablation.py [--data ../shared/data/multinews_dev.jsonl] [--words 230]

Every row is 5-fold cross-validation on the dev set (weights learned on four folds, briefs
scored on the fifth), so no row sees its own test clusters.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsfuse.rank.features import BASE_FEATURE_NAMES, FEATURE_NAMES, RANK_SUFFIX, Z_SUFFIX
from newsfuse.settings import Settings
from train_scorer import DEFAULT_DATA, Cluster, cross_validate, load_clusters

GROUPS = {
    "position": (
        "first_sentence", "inverse_position", "relative_position", "log_position",
        "candidate_first", "candidate_inverse_position",
    ),
    "article-level": (
        "article_rank", "article_centrality", "log_article_sentences", "article_share",
    ),
    "centrality": ("centroid_cosine", "article_centroid_cosine", "lexrank"),
    "cross-source support": (
        "mean_support", "max_support", "outlets_printing", "word_support", "lead_similarity",
        "single_article",
    ),
    "form (length, quotes, ...)": (
        "log_words", "short", "quote_share", "starts_with_quote", "full_quote", "has_digit",
        "capital_share", "no_final_punctuation", "said_attribution", "question",
    ),
}  # fmt: skip


def without(clusters: list[Cluster], names: tuple[str, ...]) -> list[Cluster]:
    columns = [FEATURE_NAMES.index(n) for n in names]
    derived = [n + suffix for n in names for suffix in (RANK_SUFFIX, Z_SUFFIX)]
    columns += [FEATURE_NAMES.index(n) for n in derived if n in FEATURE_NAMES]
    result = []
    for cluster in clusters:
        features = cluster.features.copy()
        features[:, columns] = 0.0
        result.append(replace(cluster, features=features))
    return result


def only(clusters: list[Cluster], name: str) -> list[Cluster]:
    return without(clusters, tuple(n for n in BASE_FEATURE_NAMES if n != name))


def no_syndication(clusters: list[Cluster]) -> list[Cluster]:
    singletons = []
    for cluster in clusters:
        groups = tuple((i,) for i in range(len(cluster.story.candidates)))
        singletons.append(replace(cluster, story=replace(cluster.story, groups=groups)))
    return singletons


def row(name: str, scores: np.ndarray, reference: np.ndarray | None) -> None:
    r1, r2, rl = scores.mean(axis=0)
    delta = (
        ""
        if reference is None
        else "  ".join(f"{d:+.2f}" for d in scores.mean(axis=0) - reference.mean(axis=0))
    )
    print(f"{name:42s} {r1:6.2f} {r2:6.2f} {rl:6.2f}   {delta}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=230)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    settings = Settings(words=args.words)
    clusters = load_clusters(args.data, settings)

    def cv(data: list[Cluster], run: Settings = settings) -> np.ndarray:
        return cross_validate(data, args.folds, 10.0, run)

    print(f"{'configuration':42s} {'R1':>6s} {'R2':>6s} {'RLsum':>6s}   delta R1 R2 RLsum")
    full = cv(clusters)
    row("newsfuse (all features, MMR, syndication)", full, None)
    for group, names in GROUPS.items():
        row(f"  without {group} features", cv(without(clusters, names)), full)
    row("  without syndication grouping", cv(no_syndication(clusters)), full)
    row(
        "  without MMR redundancy control",
        cv(clusters, replace(settings, mmr_lambda=1.0, redundancy_cosine=1.0)),
        full,
    )
    row(
        "  MMR as first tuned (lambda .8, cosine .5)",
        cv(clusters, replace(settings, mmr_lambda=0.8, redundancy_cosine=0.5)),
        full,
    )
    for name in ("inverse_position", "centroid_cosine", "lexrank", "mean_support"):
        row(f"  one feature only: {name}", cv(only(clusters, name)), full)


if __name__ == "__main__":
    main()
