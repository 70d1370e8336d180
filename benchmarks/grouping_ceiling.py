"""How far content similarity can take story grouping on Multi-News (why B-cubed stops near 0.90).

Uses the same pages (junk left out) and the same TF-IDF fingerprints as `newsfuse stories`,
and the true clusters, to measure:

1. how many articles are closer (cosine) to an article of another cluster than to any
   article of their own, and how many share almost nothing with their own cluster;
2. an oracle bound: perfect grouping, except that an article whose best same-cluster cosine
   is below t must stand alone (no content says where it belongs);
3. the grouping rule that `newsfuse stories` uses (join the most similar earlier article at
   cosine >= threshold) with the cosine replaced by a learned pair score: logistic
   regression on 13 pair features (cosines of all terms, words only, names only and the
   first 80 words; the rarest shared terms and names; overlap; neighbour rank; lengths),
   trained and scored with 5-fold cross-validation over clusters.

    python benchmarks/grouping_ceiling.py [--data ../shared/data/multinews_dev.jsonl]

Needs the `eval` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from newsfuse.cluster import Fingerprint, fingerprint
from newsfuse.cluster.fingerprint import _NAME_MARK
from newsfuse.ingest.pages import page_from_text
from newsfuse.text.tokens import content_terms, word_tokens
from newsfuse.text.vectors import tfidf
from stories_eval import DEFAULT_DATA, bcubed, pooled_articles

Matrix = npt.NDArray[np.float64]
CANDIDATES = 20
FOLDS = 5


def load(data: Path) -> tuple[list[str], list[str], list[Fingerprint]]:
    """Cluster ids, texts and fingerprints of every non-junk article, shuffled (seed 0)."""
    articles = pooled_articles(data, seed=0)
    clusters, texts, prints = [], [], []
    for number, (cluster, text) in enumerate(articles):
        page = page_from_text(text, f"{number}.txt", f"file:{number}")
        if not page.junk:
            clusters.append(cluster)
            texts.append(page.text)
            prints.append(fingerprint(page.text, page.title))
    return clusters, texts, prints


def _count_matrix(rows: Sequence[dict[str, int]]) -> sparse.csr_matrix:
    """Term counts as a sparse matrix, one row per article (the grouping of newsfuse
    before the cluster/ package, whose cosines these measurements were made with)."""
    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    data: list[int] = []
    indptr = [0]
    for terms in rows:
        for term, count in terms.items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            data.append(count)
        indptr.append(len(indices))
    shape = (len(rows), max(len(vocabulary), 1))
    return sparse.csr_matrix(
        (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64), indptr), shape=shape
    )


def cosines(rows: list[dict[str, int]]) -> Matrix:
    vectors = tfidf(_count_matrix(rows))
    similarity = np.asarray((vectors @ vectors.T).toarray(), dtype=np.float64)
    np.fill_diagonal(similarity, 0.0)
    return similarity


def lead_terms(text: str, words: int = 80) -> dict[str, int]:
    counts: dict[str, int] = {}
    for term in content_terms(word_tokens(" ".join(text.split()[:words]))):
        counts[term] = counts.get(term, 0) + 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    clusters, texts, prints = load(args.data)
    n = len(clusters)
    names = [str(i) for i in range(n)]
    truth = dict(zip(names, clusters, strict=True))
    label = np.array(clusters)
    same = label[:, None] == label[None, :]
    np.fill_diagonal(same, False)
    terms = [f.terms for f in prints]
    every = cosines(terms)
    best_same = np.where(same, every, -1.0).max(axis=1)
    best_other = np.where(~same, every, -1.0).max(axis=1)
    has_mate = same.any(axis=1)
    print(f"{n} articles (junk left out), {len(set(clusters))} clusters")
    closer_elsewhere = int((has_mate & (best_other > best_same)).sum())
    print(f"closer to another cluster than to any of their own: {closer_elsewhere}")
    for t in (0.05, 0.10, 0.18):
        alone = int((has_mate & (best_same < t)).sum())
        above = int((best_other >= t).sum())
        print(f"t={t:.2f}: own-cluster cosine < t: {alone:3d}; other-cluster cosine >= t: {above}")
    for t in (0.05, 0.08, 0.10):
        oracle = {
            name: cluster if best_same[i] >= t or not has_mate[i] else f"alone-{i}"
            for i, (name, cluster) in enumerate(zip(names, clusters, strict=True))
        }
        p, r, f = bcubed(oracle, truth)
        print(f"oracle, alone below t={t:.2f}: P {p:.4f} R {r:.4f} F1 {f:.4f}")

    isolated = has_mate & (best_other > best_same)
    oracle = {
        name: f"alone-{i}" if isolated[i] else cluster
        for i, (name, cluster) in enumerate(zip(names, clusters, strict=True))
    }
    p, r, f = bcubed(oracle, truth)
    print(f"oracle, alone when closer to another cluster: P {p:.4f} R {r:.4f} F1 {f:.4f}")

    features = PairFeatures(terms, texts, every)
    cos_scores = features.cosine_scores()
    best_threshold = max(
        np.arange(0.10, 0.30, 0.02), key=lambda t: features.group(cos_scores, t, names, truth)[2]
    )
    p, r, f = features.group(cos_scores, best_threshold, names, truth)
    print(f"cosine, best threshold {best_threshold:.2f}: P {p:.4f} R {r:.4f} F1 {f:.4f}")
    learned = features.cross_validated(label)
    results = {t: features.group(learned, t, names, truth) for t in np.arange(0.3, 0.9, 0.05)}
    t, (p, r, f) = max(results.items(), key=lambda item: item[1][2])
    print(f"learned pair score (CV), best threshold {t:.2f}: P {p:.4f} R {r:.4f} F1 {f:.4f}")


class PairFeatures:
    """Each article paired with its CANDIDATES most similar earlier articles."""

    def __init__(self, terms: list[dict[str, int]], texts: list[str], every: Matrix) -> None:
        n = len(terms)
        words = cosines(
            [{k: v for k, v in t.items() if not k.startswith(_NAME_MARK)} for t in terms]
        )
        named = cosines([{k: v for k, v in t.items() if k.startswith(_NAME_MARK)} for t in terms])
        lead = cosines([lead_terms(text) for text in texts])
        frequency: dict[str, int] = {}
        for row in terms:
            for term in row:
                frequency[term] = frequency.get(term, 0) + 1
        idf = {term: float(np.log(n / count)) for term, count in frequency.items()}
        sets = [set(row) for row in terms]
        lengths = np.log([len(text.split()) + 1.0 for text in texts])
        self.every = every
        self.pairs: list[tuple[int, int]] = []
        rows = []
        for i in range(1, n):
            earlier = np.argsort(-every[i, :i], kind="stable")[:CANDIDATES]
            top = max(float(every[i, earlier].max()), 1e-9)
            for rank, j in enumerate(earlier.tolist()):
                shared = sets[i] & sets[j]
                rare = sorted((idf[t] for t in shared), reverse=True)
                rare_names = sorted(
                    (idf[t] for t in shared if t.startswith(_NAME_MARK)), reverse=True
                )
                overlap = len(shared) / min(len(sets[i]), len(sets[j]))
                rows.append(
                    [every[i, j], words[i, j], named[i, j], lead[i, j], rare[0] if rare else 0.0,
                     sum(rare[:5]), sum(rare_names[:3]), overlap,
                     rank, every[i, j] / top, lengths[i], lengths[j], abs(lengths[i] - lengths[j])]
                )  # fmt: skip
                self.pairs.append((i, j))
        self.x = np.array(rows)
        self.n = n

    def cosine_scores(self) -> Matrix:
        return np.array([self.every[i, j] for i, j in self.pairs])

    def cross_validated(self, label: npt.NDArray[np.str_]) -> Matrix:
        """Pair scores from models that never saw either article's cluster."""
        clusters = sorted(set(label.tolist()))
        folds = np.random.default_rng(0).integers(0, FOLDS, len(clusters))
        fold_of = dict(zip(clusters, folds, strict=True))
        first = np.array([fold_of[label[i]] for i, _ in self.pairs])
        second = np.array([fold_of[label[j]] for _, j in self.pairs])
        y = np.array([label[i] == label[j] for i, j in self.pairs])
        scores = np.zeros(len(self.pairs))
        for fold in range(FOLDS):
            train = (first != fold) & (second != fold)
            model = LogisticRegression(max_iter=2000).fit(self.x[train], y[train])
            scores[first == fold] = model.predict_proba(self.x[first == fold])[:, 1]
        return scores

    def group(
        self, scores: Matrix, threshold: float, names: list[str], truth: dict[str, str]
    ) -> tuple[float, float, float]:
        """newsfuse's rule: join the best-scoring earlier article if its score >= threshold."""
        best: dict[int, tuple[float, int]] = {}
        for (i, j), score in zip(self.pairs, scores.tolist(), strict=True):
            if score > best.get(i, (-1.0, -1))[0]:
                best[i] = (score, j)
        story = list(range(self.n))
        for i in range(1, self.n):
            score, j = best.get(i, (-1.0, -1))
            if score >= threshold:
                story[i] = story[j]
        return bcubed({names[i]: story[i] for i in range(self.n)}, truth)


if __name__ == "__main__":
    main()
