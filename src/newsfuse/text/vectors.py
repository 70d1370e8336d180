"""Sparse bag-of-terms matrices for the few hundred sentences of one story.

Written here rather than with scikit-learn's vectorizers: for a story's sentences, which are
already tokenized, their parameter validation and re-tokenization cost more than the counting
itself, and ranking runs on every story of a batch. The weighting follows scikit-learn's
``TfidfVectorizer(sublinear_tf=True)``: ``(1 + log tf) * (1 + log((1 + n) / (1 + df)))``,
rows L2-normalised.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse


def term_counts(rows: Sequence[Iterable[str]]) -> sparse.csr_matrix:
    """A (rows x terms) matrix of term counts; columns are numbered in order of first use."""
    vocabulary: dict[str, int] = {}
    row_ids: list[int] = []
    column_ids: list[int] = []
    for row, terms in enumerate(rows):
        for term in terms:
            column_ids.append(vocabulary.setdefault(term, len(vocabulary)))
            row_ids.append(row)
    data = np.ones(len(row_ids), dtype=np.float64)
    shape = (len(rows), max(len(vocabulary), 1))
    counts = sparse.csr_matrix((data, (row_ids, column_ids)), shape=shape)
    counts.sum_duplicates()
    return counts


def tfidf(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Sublinear TF-IDF with smoothed IDF, rows L2-normalised (empty rows stay zero).

    Example:
        >>> m = tfidf(term_counts([["storm", "coast"], ["storm"]]))
        >>> round(float(m[1, 0]), 3)
        1.0
    """
    n = counts.shape[0]
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = 1.0 + np.log((1.0 + n) / (1.0 + document_frequency))
    weighted = counts.copy()
    weighted.data = (1.0 + np.log(weighted.data)) * idf[weighted.indices]
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sparse.csr_matrix(sparse.diags(scale) @ weighted)
