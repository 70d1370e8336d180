from dataclasses import replace

import numpy as np
import pytest
from scipy import sparse

from newsfuse import Article, Settings
from newsfuse.rank.cosines import StoryLayout
from newsfuse.rank.features import (
    FEATURE_NAMES,
    _outlets,
    _word_support,
    feature_matrix,
    lexrank_scores,
    story_ranks,
)
from newsfuse.rank.story import PreparedStory, prepare_story
from newsfuse.text import vectors
from tests.story_maker import story


def test_one_finite_row_per_candidate(two_reports: list[str]) -> None:
    articles = [Article(id=str(i), text=t) for i, t in enumerate(two_reports, 1)]
    story = prepare_story(articles, Settings())
    matrix = feature_matrix(story)
    assert matrix.shape == (len(story.candidates), len(FEATURE_NAMES))
    assert np.isfinite(matrix).all()


def test_single_article_story_has_no_cross_source_support(two_reports: list[str]) -> None:
    story = prepare_story([Article(id="1", text=two_reports[0])], Settings())
    matrix = feature_matrix(story)
    column = FEATURE_NAMES.index("mean_support")
    assert np.isfinite(matrix).all() and (matrix[:, column] == 0).all()


def test_lexrank_favours_the_central_sentence() -> None:
    similarity = np.array([[1, 0.5, 0.5], [0.5, 1, 0.0], [0.5, 0.0, 1]])
    scores = lexrank_scores(similarity)
    assert scores[0] > scores[1] and abs(scores.mean() - 1) < 1e-9


def test_story_ranks_are_scipys_ordinal_ranks() -> None:
    from scipy.stats import rankdata

    values = np.random.default_rng(0).integers(0, 4, size=(50, 6)).astype(np.float64)
    expected = (rankdata(-values, axis=0, method="ordinal") - 1.0) / 49
    assert np.array_equal(story_ranks(values), expected)


def test_features_are_the_same_from_one_block_of_cosines_or_many(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prepared = prepare_story(story(reports=5, sentences=12, seed=3), Settings())
    whole = feature_matrix(prepared)
    n = len(prepared.candidates)
    monkeypatch.setattr(vectors, "BLOCK_CELLS", 4 * n)  # blocks of 4 rows, sparse LexRank
    blocked = feature_matrix(prepared)
    base = len(FEATURE_NAMES) // 3  # ranks may swap only between values equal to 1e-12
    assert np.allclose(blocked[:, :base], whole[:, :base], rtol=0, atol=1e-12)


def test_lexrank_is_the_same_from_a_sparse_graph() -> None:
    rng = np.random.default_rng(1)
    points = rng.random((30, 5))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    cosines = points @ points.T
    dropped = sparse.csr_matrix(np.where(cosines >= 0.1, cosines, 0.0))
    assert np.allclose(lexrank_scores(dropped), lexrank_scores(cosines), rtol=0, atol=1e-12)


@pytest.mark.parametrize("cells", [None, 3])
def test_merging_exact_copies_leaves_every_feature_of_the_kept_sentences_as_it_was(
    monkeypatch: pytest.MonkeyPatch, cells: int | None
) -> None:
    # Six printings of the wire sentence: first in report 1, fifth in report 5, ...
    articles = story(reports=6, sentences=5, wire_spread=5, seed=5)
    uncapped = prepare_story(articles, Settings())
    caps = Settings(max_story_candidates=31, story_candidates_per_doubling=0)
    capped = prepare_story(articles, caps)
    assert len(uncapped.candidates) == 36 and len(capped.candidates) == 31 and capped.copies
    rows = [uncapped.candidates.index(s) for s in capped.candidates]
    base = len(FEATURE_NAMES) // 3
    expected = feature_matrix(uncapped)[rows, :base]
    if cells:  # the capped story's cosines one row at a time, its copies three at a time
        monkeypatch.setattr(vectors, "BLOCK_CELLS", cells)
    assert np.allclose(feature_matrix(capped)[:, :base], expected, rtol=0, atol=1e-9)


def _support_by_sets(prepared: PreparedStory) -> tuple[list[float], list[float]]:
    """Outlets printing each candidate and its word support, counted with sets of words."""
    order = prepared.article_order
    printers = [
        {order[s.article_id] for s in (c, *prepared.copies.get(p, ()))}
        for p, c in enumerate(prepared.candidates)
    ]
    outlets = [0.0] * len(prepared.candidates)
    for group in prepared.groups:
        for p in group:
            outlets[p] = float(len(set().union(*(printers[i] for i in group))))
    users: dict[str, set[int]] = {}
    for terms, reports in zip(prepared.terms, printers, strict=True):
        for term in terms:
            users.setdefault(term, set()).update(reports)
    support = [
        sum(len(users[t]) >= 2 for t in set(terms)) / len(set(terms)) if terms else 0.0
        for terms in prepared.terms
    ]
    return outlets, support


@pytest.mark.parametrize("cap", [None, 31])
def test_outlets_and_word_support_are_those_counted_with_sets(cap: int | None) -> None:
    articles = story(reports=6, sentences=5, wire_spread=5, seed=5)
    settings = Settings() if cap is None else Settings(max_story_candidates=cap)
    prepared = prepare_story(articles, replace(settings, story_candidates_per_doubling=0))
    assert bool(prepared.copies) == (cap is not None)
    layout = StoryLayout.of(prepared)
    outlets, support = _support_by_sets(prepared)
    assert _outlets(prepared, layout).tolist() == outlets
    assert _word_support(prepared, layout).tolist() == support
