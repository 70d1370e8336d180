"""Features of candidate sentences: position, centrality, cross-source support, form.

Each feature is one column; ``FEATURE_NAMES`` fixes their order for the learned scorer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsfuse.rank.cosines import LEXRANK_THRESHOLD, CosineSummary, StoryLayout
from newsfuse.rank.story import FloatArray, PreparedStory

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

# Starts on the words' first letters (the word boundary before them a lookbehind), so the
# engine skips to those letters instead of trying every position: a quarter faster.
_SAID = re.compile(r"[sta](?<!\w.)(?:(?<=s)(?:aid|ays)|(?<=t)old|(?<=a)ccording to)\b")
_QUOTE = re.compile(r"[\"“”]")
_DIGIT = re.compile(r"\d")
# A capital after a space, found from the capital (the space a lookbehind): the engine skips
# to capitals, which are rarer than spaces; the same count as r"\s[A-Z]".
_CAPITAL_AFTER_SPACE = re.compile(r"[A-Z](?<=\s[A-Z])")
IntArray = npt.NDArray[np.int64]
_LEXRANK_DAMPING = 0.85
_LEXRANK_TOLERANCE = 1e-4
_FULL_QUOTE_SHARE = 0.8


def feature_matrix(story: PreparedStory) -> FloatArray:
    """One row per candidate sentence, one column per name in ``FEATURE_NAMES``."""
    layout = StoryLayout.of(story)
    cosines = CosineSummary.of(story, layout)
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


def _position_features(story: PreparedStory, layout: StoryLayout) -> dict[str, FloatArray]:
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
        "article_share": layout.sizes[layout.article] / layout.printings,
    }


def _centrality_features(layout: StoryLayout, cosines: CosineSummary) -> dict[str, FloatArray]:
    """Cosines to the story's and the article's centroid, from sums of cosines alone:
    with unit rows x_i, x_i . sum(x_j) is a row sum of the cosine matrix. A merged copy
    counts in its own report's centroid, and in the story's as often as it was printed."""
    to_all = cosines.to_all
    centroid_norm = np.sqrt(max(float((layout.weights * to_all).sum()), 1e-12))
    own, copies = layout.article, layout.copy_articles
    a = layout.n_articles
    squared_norms = np.bincount(own, weights=cosines.to_own_article, minlength=a)
    squared_norms += np.bincount(copies, weights=cosines.copy_to_own, minlength=a)
    article_norm = np.sqrt(np.maximum(squared_norms, 1e-12))
    article_to_all = np.bincount(own, weights=to_all, minlength=a)
    article_to_all += np.bincount(copies, weights=to_all[layout.copy_rows], minlength=a)
    return {
        "centroid_cosine": to_all / centroid_norm,
        "article_centroid_cosine": cosines.to_own_article / article_norm[own],
        "article_centrality": (article_to_all / (article_norm * centroid_norm))[own],
        "lexrank": lexrank_scores(cosines.graph, layout.weights),
        "lead_similarity": cosines.lead_similarity,
    }


def lexrank_scores(
    similarity: FloatArray | sparse.csr_matrix, weights: FloatArray | None = None
) -> FloatArray:
    """Continuous LexRank (Erkan & Radev 2004) by power iteration, scaled so the mean is 1.

    ``similarity`` is the cosine matrix: dense, or sparse holding at least every cosine that
    reaches the threshold (what a story too long for one block of cosines keeps).
    ``weights`` says how many identical printings each sentence stands for (default one
    each): the scores are those of the graph in which every printing is a node.
    """
    n = similarity.shape[0]
    weights = np.ones(n) if weights is None else weights
    nodes = float(weights.sum())
    # Weights of one each (no merged copies) leave every product as it was: skipped, two of
    # the loop's six array operations.
    weigh = None if bool((weights == 1.0).all()) else weights
    transition = _lexrank_transition(similarity, weights, weighted=weigh is not None)
    scores = np.full(n, 1.0 / nodes)
    for _ in range(50):
        walked = transition.T @ (scores if weigh is None else weigh * scores)
        updated = (1 - _LEXRANK_DAMPING) / nodes + _LEXRANK_DAMPING * walked
        change = np.abs(updated - scores)
        converged = (change if weigh is None else weigh * change).sum() < _LEXRANK_TOLERANCE
        scores = updated
        if converged:
            break
    return np.asarray(scores * nodes, dtype=np.float64)


def _lexrank_transition(
    similarity: FloatArray | sparse.csr_matrix, weights: FloatArray, weighted: bool = True
) -> FloatArray | sparse.csr_matrix:
    """Cosines under the threshold dropped, each row divided by its sum over every printing
    (empty rows stay 0); ``weighted`` False when every weight is one."""
    if not sparse.issparse(similarity):
        dense = np.asarray(similarity, dtype=np.float64)
        graph = np.where(dense >= LEXRANK_THRESHOLD, dense, 0.0)
        printed = graph * weights[None, :] if weighted else graph
        row_sums = printed.sum(axis=1, keepdims=True)
        return np.asarray(graph / np.where(row_sums > 0, row_sums, 1.0), dtype=np.float64)
    kept = sparse.csr_matrix(similarity, dtype=np.float64, copy=True)
    kept.data[kept.data < LEXRANK_THRESHOLD] = 0.0
    kept.eliminate_zeros()
    row_sums = kept @ weights
    scale = sparse.diags(1.0 / np.where(row_sums > 0, row_sums, 1.0))
    return sparse.csr_matrix(scale @ kept)


def _support_features(
    story: PreparedStory, layout: StoryLayout, cosines: CosineSummary
) -> dict[str, FloatArray]:
    """How strongly the other sources report the same thing (cross-article support)."""
    n = len(layout.article)
    return {
        "mean_support": cosines.mean_support,
        "max_support": cosines.max_support,
        "outlets_printing": _outlets(story, layout) / max(len(layout.present), 1),
        "single_article": np.full(n, float(len(layout.present) <= 1)),
        "word_support": _word_support(story, layout),
    }


def _outlets(story: PreparedStory, layout: StoryLayout) -> FloatArray:
    """How many reports printed each candidate's syndication group (its merged copies too).

    Counted as distinct (group, report) pairs over arrays: a story has hundreds of small
    groups, and a set for each cost more than the whole count.
    """
    n = len(layout.article)
    sizes = np.fromiter(map(len, story.groups), dtype=np.int64, count=len(story.groups))
    members = np.fromiter(chain.from_iterable(story.groups), dtype=np.int64, count=sizes.sum())
    group_of = np.full(n, -1, dtype=np.int64)
    group_of[members] = np.repeat(np.arange(len(sizes)), sizes)
    copy_groups = group_of[layout.copy_rows]
    grouped = copy_groups >= 0  # a copy counts with its candidate's group
    printers = np.concatenate([layout.article[members], layout.copy_articles[grouped]])
    groups = np.concatenate([group_of[members], copy_groups[grouped]])
    reports = max(layout.n_articles, 1)
    per_group = np.bincount(_distinct(groups * reports + printers) // reports, minlength=len(sizes))
    outlets = np.zeros(n)
    outlets[members] = per_group[group_of[members]]
    return outlets


def _word_support(story: PreparedStory, layout: StoryLayout) -> FloatArray:
    """Share of a sentence's vocabulary that at least one other article also uses.

    A sentence's vocabulary is the columns of its row of ``story.vectors`` (one stored entry
    for each of its distinct terms, TF-IDF weights being positive), so the count runs over
    (report, column) pairs in arrays rather than over a set of words for each sentence.
    """
    vectors = story.vectors
    terms = vectors.shape[1]
    per_row = np.diff(vectors.indptr)
    keys = [np.repeat(layout.article, per_row) * terms + vectors.indices]
    if len(layout.copy_rows):  # a merged copy prints its candidate's words in its report
        copied = vectors[layout.copy_rows]
        copy_entries = np.repeat(layout.copy_articles, np.diff(copied.indptr))
        keys.append(copy_entries * terms + copied.indices)
    pairs = _distinct(np.concatenate(keys))  # (report, term) pairs, each once
    shared = np.bincount(pairs % terms, minlength=terms) >= 2
    entry_row = np.repeat(np.arange(len(per_row)), per_row)
    in_shared = np.bincount(entry_row, weights=shared[vectors.indices], minlength=len(per_row))
    share = np.divide(in_shared, per_row, out=np.zeros(len(per_row)), where=per_row > 0)
    return np.asarray(share, dtype=np.float64)


def _distinct(values: IntArray) -> IntArray:
    """The distinct values, ascending: as ``np.unique``, whose hashing costs a story's few
    thousand keys four times what a sort does (numpy 2.4).

    Example:
        >>> _distinct(np.array([3, 1, 3, 2])).tolist()
        [1, 2, 3]
    """
    ordered = np.sort(values)
    first = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


def _flag(texts: list[str], test: Callable[[str], object]) -> FloatArray:
    return np.array([bool(test(t)) for t in texts], dtype=np.float64)


def _form_features(story: PreparedStory) -> dict[str, FloatArray]:
    texts = [s.text for s in story.candidates]
    words = np.maximum(np.array(story.words, dtype=np.float64), 1.0)
    quoted = np.array([_quoted_share(t) for t in texts])
    tails = [t.rstrip("\"'”’) ") for t in texts]
    return {
        "log_words": np.log(words),
        "short": (words < 10).astype(np.float64),
        "quote_share": quoted,
        "full_quote": (quoted > _FULL_QUOTE_SHARE).astype(np.float64),
        "starts_with_quote": _flag(texts, lambda t: t[:1] in "\"“'‘"),
        "has_digit": _flag(texts, _DIGIT.search),
        "capital_share": np.array([len(_CAPITAL_AFTER_SPACE.findall(t)) for t in texts]) / words,
        "no_final_punctuation": _flag(tails, lambda t: not t.endswith((".", "!", "?"))),
        "said_attribution": _flag(texts, _says_said),
        "question": _flag(tails, lambda t: t.endswith("?")),
    }


def _says_said(text: str) -> bool:
    """Whether ``_SAID`` finds its words; the substring tests skip the pattern, whose
    leading word boundary makes it try every position, where none of them occurs."""
    if "said" in text or "says" in text or "told" in text or "according to" in text:
        return _SAID.search(text) is not None
    return False


def _quoted_share(text: str) -> float:
    """Share of the characters that sit between quotation marks."""
    if '"' not in text and "“" not in text and "”" not in text:
        return 0.0
    marks = [m.start() for m in _QUOTE.finditer(text)]
    inside = sum(end - start for start, end in zip(marks[::2], marks[1::2], strict=False))
    return inside / max(len(text), 1)
