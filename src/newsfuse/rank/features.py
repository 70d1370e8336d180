"""Features of candidate sentences: position, centrality, cross-source support, form.

Each feature is one column; ``FEATURE_NAMES`` fixes their order for the learned scorer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsfuse.rank.story import FloatArray, PreparedStory
from newsfuse.text.vectors import cosine_blocks

BASE_FEATURE_NAMES: tuple[str, ...] = (
    "first_sentence",
    "inverse_position",
    "relative_position",
    "log_position",
    "article_rank",
    "article_centrality",
    "log_article_sentences",
    "centroid_cosine",
    "article_centroid_cosine",
    "lexrank",
    "mean_support",
    "max_support",
    "outlets_printing",
    "log_words",
    "short",
    "quote_share",
    "starts_with_quote",
    "has_digit",
    "capital_share",
    "no_final_punctuation",
    "said_attribution",
    "question",
    "single_article",
    "candidate_first",
    "candidate_inverse_position",
    "full_quote",
    "word_support",
    "lead_similarity",
    "article_share",
)
# Each base feature also enters as its rank within the story (0 = highest, 1 = lowest) and
# as its z-score within the story: the scorer then sees how a sentence compares with the
# story's other candidates, not only absolute values, which differ a lot between short and
# long stories. Worth about +0.5 ROUGE-2 in cross-validation (docs/EVALUATION.md).
RANK_SUFFIX = "@story_rank"
Z_SUFFIX = "@story_z"
FEATURE_NAMES: tuple[str, ...] = (
    BASE_FEATURE_NAMES
    + tuple(name + RANK_SUFFIX for name in BASE_FEATURE_NAMES)
    + tuple(name + Z_SUFFIX for name in BASE_FEATURE_NAMES)
)

_SAID = re.compile(r"\b(?:said|says|told|according to)\b")
_QUOTE = re.compile(r"[\"“”]")
_DIGIT = re.compile(r"\d")
_CAPITALISED = re.compile(r"\s[A-Z]")
_LEXRANK_THRESHOLD = 0.1
_LEXRANK_DAMPING = 0.85
_LEXRANK_TOLERANCE = 1e-4
_LEAD_SENTENCES = 3
_FULL_QUOTE_SHARE = 0.8


def feature_matrix(story: PreparedStory) -> FloatArray:
    """One row per candidate sentence, one column per name in ``FEATURE_NAMES``."""
    layout = _Layout.of(story)
    cosines = _CosineSummary.of(story, layout)
    columns = {
        **_position_features(story, layout),
        **_centrality_features(layout, cosines),
        **_support_features(story, layout, cosines),
        **_form_features(story),
    }
    base = np.column_stack([columns[name] for name in BASE_FEATURE_NAMES]).astype(np.float64)
    return np.hstack([base, story_ranks(base), story_z_scores(base)])


def story_z_scores(values: FloatArray) -> FloatArray:
    """Each column centred on the story's mean and divided by its spread (constant columns
    give zeros).

    Example:
        >>> story_z_scores(np.array([[1.0, 5.0], [3.0, 5.0]])).tolist()
        [[-1.0, 0.0], [1.0, 0.0]]
    """
    spread = values.std(axis=0)
    spread[spread < 1e-12] = 1.0
    return np.asarray((values - values.mean(axis=0)) / spread, dtype=np.float64)


def story_ranks(values: FloatArray) -> FloatArray:
    """Each column's within-story rank, highest value first, scaled to [0, 1]. Ties go to
    the earlier candidate (articles in input order, sentences in reading order), which keeps
    a lead bias inside the ranks: +0.4 ROUGE-2 in cross-validation over shared average ranks.

    Example:
        >>> story_ranks(np.array([[3.0], [1.0], [3.0]])).ravel().tolist()
        [0.0, 1.0, 0.5]
    """
    n = values.shape[0]
    # Ordinal ranks by a stable sort (as scipy's rankdata(method="ordinal"), without the
    # second of start-up that importing scipy.stats costs).
    order = np.argsort(-values, axis=0, kind="stable")
    ranks = np.empty_like(values)
    np.put_along_axis(ranks, order, np.arange(n, dtype=np.float64)[:, None], axis=0)
    return np.asarray(ranks / max(n - 1, 1), dtype=np.float64)


class _Layout:
    """Which article each candidate belongs to; candidates come grouped by article, in
    article order, so an article's candidates are one run of positions."""

    def __init__(self, article: npt.NDArray[np.int64], n_articles: int) -> None:
        self.article = article  # article number (0-based, input order) of each candidate
        self.n_articles = n_articles
        self.sizes = np.bincount(article, minlength=n_articles).astype(np.float64)
        # Position among the article's candidates: headings and furniture do not count.
        first = np.searchsorted(article, article, side="left")
        self.rank = (np.arange(len(article)) - first).astype(np.float64)
        # Articles with candidates, and the position of each one's first candidate.
        self.present = np.flatnonzero(self.sizes > 0)
        self.starts = np.searchsorted(article, self.present, side="left")

    @classmethod
    def of(cls, story: PreparedStory) -> _Layout:
        order = story.article_order
        article = np.array([order[s.article_id] for s in story.candidates], dtype=np.int64)
        return cls(article, len(story.articles))


@dataclass(frozen=True, slots=True)
class _CosineSummary:
    """What the features need from the candidates' cosine matrix, gathered a block of rows
    at a time so that the n-by-n matrix is never held: per candidate, the sum of its cosines
    (to all, to its own article's candidates), its highest cosine with another report's
    lead, its mean and highest best match in the other reports; and the LexRank graph: the
    one block when it holds every row (a small story), else sparse, holding only the cosines
    that reach the LexRank threshold."""

    to_all: FloatArray
    to_own_article: FloatArray
    lead_similarity: FloatArray
    mean_support: FloatArray
    max_support: FloatArray
    graph: FloatArray | sparse.csr_matrix

    @classmethod
    def of(cls, story: PreparedStory, layout: _Layout) -> _CosineSummary:
        leads = layout.rank < _LEAD_SENTENCES
        parts: list[tuple[FloatArray, ...]] = []
        graphs: list[FloatArray | sparse.csr_matrix] = []
        for start, block in cosine_blocks(story.vectors):
            rows = np.arange(start, start + block.shape[0])
            parts.append(_block_summary(block, rows, layout, leads))
            graphs.append(_lexrank_rows(block, whole=block.shape[0] == len(layout.article)))
        to_all, to_own, lead, mean, best = (np.concatenate(c) for c in zip(*parts, strict=True))
        graph = graphs[0] if len(graphs) == 1 else sparse.vstack(graphs, format="csr")
        return cls(to_all, to_own, lead, mean, best, graph)


def _lexrank_rows(block: FloatArray, whole: bool) -> FloatArray | sparse.csr_matrix:
    """A block's share of the LexRank graph: the block itself when it is the whole matrix,
    else only its cosines that reach the threshold, sparse."""
    if whole:
        return block
    return sparse.csr_matrix(np.where(block >= _LEXRANK_THRESHOLD, block, 0.0))


def _block_summary(
    block: FloatArray, rows: npt.NDArray[np.int64], layout: _Layout, leads: npt.NDArray[np.bool_]
) -> tuple[FloatArray, ...]:
    """The per-candidate columns of ``_CosineSummary`` for one block of rows."""
    local = np.arange(len(rows))
    own = layout.article[rows]
    by_article = np.add.reduceat(block, layout.starts, axis=1)  # (rows, present articles)
    own_column = np.searchsorted(layout.present, own)
    lead_cosines = np.where(leads[None, :], block, 0.0)
    lead_cosines[local, rows] = 0.0  # a sentence is not its own support
    mean_support, max_support = _other_reports_support(block, own, layout)
    return (
        block.sum(axis=1),
        by_article[local, own_column],
        lead_cosines.max(axis=1),
        mean_support,
        max_support,
    )


def _other_reports_support(
    block: FloatArray, own: npt.NDArray[np.int64], layout: _Layout
) -> tuple[FloatArray, FloatArray]:
    """Per row, the mean and the highest of its best cosines in each other report (zeros
    when the story has one report with candidates)."""
    if len(layout.present) <= 1:
        zeros = np.zeros(block.shape[0])
        return zeros, zeros
    best = np.maximum.reduceat(block, layout.starts, axis=1)
    others = np.where(own[:, None] == layout.present[None, :], np.nan, best)
    return np.nanmean(others, axis=1), np.nanmax(others, axis=1)


def _position_features(story: PreparedStory, layout: _Layout) -> dict[str, FloatArray]:
    index = np.array([s.index for s in story.candidates], dtype=np.float64)
    total = np.array([story.sentence_counts[s.article_id] for s in story.candidates], dtype=float)
    rank = layout.rank
    return {
        "first_sentence": (index == 0).astype(np.float64),
        "inverse_position": 1.0 / (index + 1.0),
        "relative_position": index / np.maximum(total, 1.0),
        "log_position": np.log1p(index),
        "article_rank": layout.article / max(layout.n_articles, 1),
        "log_article_sentences": np.log1p(total),
        "candidate_first": (rank == 0).astype(np.float64),
        "candidate_inverse_position": 1.0 / (rank + 1.0),
        "article_share": layout.sizes[layout.article] / len(index),
    }


def _centrality_features(layout: _Layout, cosines: _CosineSummary) -> dict[str, FloatArray]:
    """Cosines to the story's and the article's centroid, from sums of cosines alone:
    with unit rows x_i, x_i . sum(x_j) is a row sum of the cosine matrix."""
    to_all = cosines.to_all
    centroid_norm = np.sqrt(max(float(to_all.sum()), 1e-12))
    own = layout.article
    squared_norms = np.bincount(own, weights=cosines.to_own_article, minlength=layout.n_articles)
    article_norm = np.sqrt(np.maximum(squared_norms, 1e-12))
    article_to_all = np.bincount(own, weights=to_all, minlength=layout.n_articles)
    return {
        "centroid_cosine": to_all / centroid_norm,
        "article_centroid_cosine": cosines.to_own_article / article_norm[own],
        "article_centrality": (article_to_all / (article_norm * centroid_norm))[own],
        "lexrank": lexrank_scores(cosines.graph),
        "lead_similarity": cosines.lead_similarity,
    }


def lexrank_scores(similarity: FloatArray | sparse.csr_matrix) -> FloatArray:
    """Continuous LexRank (Erkan & Radev 2004) by power iteration, scaled so the mean is 1.

    ``similarity`` is the cosine matrix: dense, or sparse holding at least every cosine that
    reaches the threshold (what a story too long for one block of cosines keeps).
    """
    n = similarity.shape[0]
    transition = _lexrank_transition(similarity)
    scores = np.full(n, 1.0 / n)
    for _ in range(50):
        updated = (1 - _LEXRANK_DAMPING) / n + _LEXRANK_DAMPING * (transition.T @ scores)
        converged = np.abs(updated - scores).sum() < _LEXRANK_TOLERANCE
        scores = updated
        if converged:
            break
    return np.asarray(scores * n, dtype=np.float64)


def _lexrank_transition(
    similarity: FloatArray | sparse.csr_matrix,
) -> FloatArray | sparse.csr_matrix:
    """Cosines under the threshold dropped, rows scaled to sum to 1 (empty rows stay 0)."""
    if not sparse.issparse(similarity):
        dense = np.asarray(similarity, dtype=np.float64)
        graph = np.where(dense >= _LEXRANK_THRESHOLD, dense, 0.0)
        row_sums = graph.sum(axis=1, keepdims=True)
        return np.asarray(graph / np.where(row_sums > 0, row_sums, 1.0), dtype=np.float64)
    kept = sparse.csr_matrix(similarity, dtype=np.float64, copy=True)
    kept.data[kept.data < _LEXRANK_THRESHOLD] = 0.0
    kept.eliminate_zeros()
    row_sums = np.asarray(kept.sum(axis=1)).ravel()
    scale = sparse.diags(1.0 / np.where(row_sums > 0, row_sums, 1.0))
    return sparse.csr_matrix(scale @ kept)


def _support_features(
    story: PreparedStory, layout: _Layout, cosines: _CosineSummary
) -> dict[str, FloatArray]:
    """How strongly the other sources report the same thing (cross-article support)."""
    n = len(layout.article)
    order = story.article_order
    outlets = np.zeros(n)
    for group in story.groups:
        printed_by = {int(layout.article[i]) for i in group}
        printed_by |= {order[c.article_id] for i in group for c in story.copies.get(i, ())}
        outlets[list(group)] = len(printed_by)
    # Reports with a candidate, or with a copy merged into another report's printing.
    copied_from = {order[c.article_id] for copies in story.copies.values() for c in copies}
    reporting = len(copied_from | set(layout.present.tolist()))
    return {
        "mean_support": cosines.mean_support,
        "max_support": cosines.max_support,
        "outlets_printing": outlets / max(reporting, 1),
        "single_article": np.full(n, float(len(layout.present) <= 1)),
        "word_support": _word_support(story, layout),
    }


def _word_support(story: PreparedStory, layout: _Layout) -> FloatArray:
    """Share of a sentence's vocabulary that at least one other article also uses."""
    vocabularies = [set(terms) for terms in story.terms]
    per_article: list[set[str]] = [set() for _ in range(layout.n_articles)]
    for article, vocabulary in zip(layout.article.tolist(), vocabularies, strict=True):
        per_article[article] |= vocabulary
    spread = Counter(word for vocabulary in per_article for word in vocabulary)
    shared = {word for word, articles in spread.items() if articles >= 2}
    return np.array(
        [
            len(vocabulary & shared) / len(vocabulary) if vocabulary else 0.0
            for vocabulary in vocabularies
        ]
    )


def _flag(texts: list[str], test: Callable[[str], object]) -> FloatArray:
    return np.array([bool(test(t)) for t in texts], dtype=np.float64)


def _form_features(story: PreparedStory) -> dict[str, FloatArray]:
    texts = [s.text for s in story.candidates]
    words = np.array([max(len(t.split()), 1) for t in texts], dtype=np.float64)
    quoted = np.array([_quoted_share(t) for t in texts])
    tails = [t.rstrip("\"'”’) ") for t in texts]
    return {
        "log_words": np.log(words),
        "short": (words < 10).astype(np.float64),
        "quote_share": quoted,
        "full_quote": (quoted > _FULL_QUOTE_SHARE).astype(np.float64),
        "starts_with_quote": _flag(texts, lambda t: t[:1] in "\"“'‘"),
        "has_digit": _flag(texts, _DIGIT.search),
        "capital_share": np.array([len(_CAPITALISED.findall(t)) for t in texts]) / words,
        "no_final_punctuation": _flag(tails, lambda t: not t.endswith((".", "!", "?"))),
        "said_attribution": _flag(texts, _SAID.search),
        "question": _flag(tails, lambda t: t.endswith("?")),
    }


def _quoted_share(text: str) -> float:
    """Share of the characters that sit between quotation marks."""
    if '"' not in text and "“" not in text and "”" not in text:
        return 0.0
    marks = [m.start() for m in _QUOTE.finditer(text)]
    inside = sum(end - start for start, end in zip(marks[::2], marks[1::2], strict=False))
    return inside / max(len(text), 1)
