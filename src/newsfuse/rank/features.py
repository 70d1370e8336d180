"""Features of candidate sentences: position, centrality, cross-source support, form.

Each feature is one column; ``FEATURE_NAMES`` fixes their order for the learned scorer.
"""

from __future__ import annotations

import re

import numpy as np

from newsfuse.rank.story import FloatArray, PreparedStory

FEATURE_NAMES: tuple[str, ...] = (
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
    "dateline",
    "said_attribution",
    "question",
    "single_article",
)

_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([A-Za-z .]+\))?\s*[—–-]")
_SAID = re.compile(r"\b(?:said|says|told|according to)\b")
_QUOTES = re.compile(r"[\"“”]")
_LEXRANK_THRESHOLD = 0.1
_LEXRANK_DAMPING = 0.85
_SUPPORT_THRESHOLD = 0.3


def feature_matrix(story: PreparedStory) -> FloatArray:
    """One row per candidate sentence, one column per name in ``FEATURE_NAMES``."""
    similarity = np.asarray((story.vectors @ story.vectors.T).todense(), dtype=np.float64)
    columns = {
        **_position_features(story),
        **_centrality_features(story, similarity),
        **_support_features(story, similarity),
        **_form_features(story),
    }
    return np.column_stack([columns[name] for name in FEATURE_NAMES]).astype(np.float64)


def _position_features(story: PreparedStory) -> dict[str, FloatArray]:
    index = np.array([s.index for s in story.candidates], dtype=np.float64)
    total = np.array([story.sentence_counts[s.article_id] for s in story.candidates], dtype=float)
    order = story.article_order
    rank = np.array([order[s.article_id] for s in story.candidates], dtype=np.float64)
    return {
        "first_sentence": (index == 0).astype(np.float64),
        "inverse_position": 1.0 / (index + 1.0),
        "relative_position": index / np.maximum(total, 1.0),
        "log_position": np.log1p(index),
        "article_rank": rank / max(len(story.articles), 1),
        "log_article_sentences": np.log1p(total),
    }


def _centrality_features(story: PreparedStory, similarity: FloatArray) -> dict[str, FloatArray]:
    vectors = story.vectors
    centroid = np.asarray(vectors.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    centroid_cosine = vectors @ (centroid / norm) if norm else np.zeros(vectors.shape[0])
    article_ids = [s.article_id for s in story.candidates]
    own_cosine = np.zeros(len(article_ids))
    article_centrality = np.zeros(len(article_ids))
    for article_id in set(article_ids):
        mask = np.array([a == article_id for a in article_ids])
        own = np.asarray(vectors[mask].mean(axis=0)).ravel()
        own_norm = np.linalg.norm(own)
        if own_norm:
            own_cosine[mask] = vectors[mask] @ (own / own_norm)
            article_centrality[mask] = float(own @ centroid) / (own_norm * norm) if norm else 0.0
    return {
        "centroid_cosine": np.asarray(centroid_cosine, dtype=np.float64),
        "article_centroid_cosine": own_cosine,
        "article_centrality": article_centrality,
        "lexrank": lexrank_scores(similarity),
    }


def lexrank_scores(similarity: FloatArray) -> FloatArray:
    """Continuous LexRank (Erkan & Radev 2004) by power iteration, scaled so the mean is 1."""
    n = similarity.shape[0]
    graph = np.where(similarity >= _LEXRANK_THRESHOLD, similarity, 0.0)
    row_sums = graph.sum(axis=1, keepdims=True)
    transition = graph / np.where(row_sums > 0, row_sums, 1.0)
    scores = np.full(n, 1.0 / n)
    for _ in range(50):
        updated = (1 - _LEXRANK_DAMPING) / n + _LEXRANK_DAMPING * (transition.T @ scores)
        if np.abs(updated - scores).sum() < 1e-6:
            scores = updated
            break
        scores = updated
    return np.asarray(scores * n, dtype=np.float64)


def _support_features(story: PreparedStory, similarity: FloatArray) -> dict[str, FloatArray]:
    """How strongly the other sources report the same thing (cross-article support)."""
    article_ids = np.array([s.article_id for s in story.candidates])
    others = [a.id for a in story.articles if a.id in set(article_ids)]
    best = np.zeros((len(article_ids), len(others)))
    for column, article_id in enumerate(others):
        mask = article_ids == article_id
        best[:, column] = similarity[:, mask].max(axis=1)
        best[mask, column] = np.nan  # a sentence does not support itself
    with np.errstate(all="ignore"):
        mean_support = np.nan_to_num(np.nanmean(best, axis=1)) if len(others) > 1 else best[:, 0] * 0
        max_support = np.nan_to_num(np.nanmax(best, axis=1)) if len(others) > 1 else best[:, 0] * 0
    outlets = np.zeros(len(article_ids))
    for group in story.groups:
        outlets[list(group)] = len({story.candidates[i].article_id for i in group})
    single = float(len(others) <= 1)
    return {
        "mean_support": mean_support,
        "max_support": max_support,
        "outlets_printing": outlets / max(len(others), 1),
        "single_article": np.full(len(article_ids), single),
    }


def _form_features(story: PreparedStory) -> dict[str, FloatArray]:
    texts = [s.text for s in story.candidates]
    words = [t.split() for t in texts]
    return {
        "log_words": np.log([max(len(w), 1) for w in words]),
        "short": np.array([len(w) < 10 for w in words], dtype=np.float64),
        "quote_share": np.array([_quoted_share(t) for t in texts]),
        "starts_with_quote": np.array([t[:1] in "\"“'‘" for t in texts], dtype=np.float64),
        "has_digit": np.array([any(c.isdigit() for c in t) for t in texts], dtype=np.float64),
        "capital_share": np.array([_capital_share(w) for w in words]),
        "no_final_punctuation": np.array(
            [not t.rstrip("\"'”’) ").endswith((".", "!", "?")) for t in texts], dtype=np.float64
        ),
        "dateline": np.array([bool(_DATELINE.match(t)) for t in texts], dtype=np.float64),
        "said_attribution": np.array([bool(_SAID.search(t)) for t in texts], dtype=np.float64),
        "question": np.array([t.rstrip("\"'”’ ").endswith("?") for t in texts], dtype=np.float64),
    }


def _quoted_share(text: str) -> float:
    """Share of the characters that sit between quotation marks."""
    marks = [m.start() for m in _QUOTES.finditer(text)]
    inside = sum(end - start for start, end in zip(marks[::2], marks[1::2], strict=False))
    return inside / max(len(text), 1)


def _capital_share(words: list[str]) -> float:
    rest = words[1:]
    return sum(w[:1].isupper() for w in rest) / max(len(rest), 1)
