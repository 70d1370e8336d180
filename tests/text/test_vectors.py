import numpy as np
import pytest
from scipy import sparse

from newsfuse.text import vectors as vectors_module
from newsfuse.text.tokens import content_terms, word_tokens
from newsfuse.text.vectors import (
    cosine_blocks,
    cosine_pairs,
    cosines_to,
    term_counts,
    tfidf,
    whole_cosines,
)
from tests.story_maker import report_text


def story_vectors() -> tuple[np.ndarray, sparse.csr_matrix]:
    lines = report_text(1, sentences=40).split("\n\n") + report_text(2, sentences=40).split("\n\n")
    vectors = tfidf(term_counts([content_terms(word_tokens(line)) for line in lines]))
    return np.asarray((vectors @ vectors.T).toarray()), vectors


def test_blocks_are_rows_of_the_cosine_matrix_within_the_budget() -> None:
    dense, vectors = story_vectors()
    n = dense.shape[0]
    starts = []
    for start, block in cosine_blocks(vectors, cells=5 * n):
        assert block.shape == (min(5, n - start), n)
        assert np.array_equal(block, dense[start : start + block.shape[0]])
        starts.append(start)
    assert starts == list(range(0, n, 5))


def test_a_budget_under_one_row_still_gives_whole_rows() -> None:
    dense, vectors = story_vectors()
    shapes = {block.shape for _, block in cosine_blocks(vectors, cells=3)}
    assert shapes == {(1, dense.shape[0])}


def test_pairs_and_columns_match_the_full_matrix() -> None:
    dense, vectors = story_vectors()
    expected = np.nonzero(np.triu(dense >= 0.2, k=1))
    found = cosine_pairs(vectors, 0.2, cells=7 * dense.shape[0])
    assert all(np.array_equal(a, b) for a, b in zip(found, expected, strict=True))
    assert len(found[0]) > 0
    assert np.array_equal(cosines_to(vectors, 3), dense[:, 3])


def test_the_whole_matrix_of_a_small_story_is_its_one_block() -> None:
    dense, vectors = story_vectors()
    whole = whole_cosines(vectors)
    assert whole is not None and np.array_equal(whole, dense)
    found = cosine_pairs(vectors, 0.2, whole=whole)
    expected = cosine_pairs(vectors, 0.2, cells=7 * dense.shape[0])
    assert all(np.array_equal(a, b) for a, b in zip(found, expected, strict=True))


def test_a_story_over_one_block_has_no_whole_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    _, vectors = story_vectors()
    monkeypatch.setattr(vectors_module, "BLOCK_CELLS", vectors.shape[0] ** 2 - 1)
    assert whole_cosines(vectors) is None
