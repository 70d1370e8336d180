"""Sparse bag-of-terms matrices for the few hundred sentences of one story.

Written here rather than with scikit-learn's vectorizers: for a story's sentences, which are
already tokenized, their parameter validation and re-tokenization cost more than the counting
itself, and ranking runs on every story of a batch. The weighting follows scikit-learn's
``TfidfVectorizer(sublinear_tf=True)``: ``(1 + log tf) * (1 + log((1 + n) / (1 + df)))``,
rows L2-normalised.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse


def term_counts(rows: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """A (rows x terms) matrix of term counts; columns in order of first appearance.

    Example:
        >>> term_counts([["b", "a", "b"], []]).toarray().tolist()
        [[2.0, 1.0], [0.0, 0.0]]
    """
    flat = [term for terms in rows for term in terms]
    if not flat:
        return sparse.csr_matrix((len(rows), 1))
    # A dict numbers the terms several times faster than np.unique sorts them.
    vocabulary: dict[str, int] = {}
    columns = np.fromiter((vocabulary.setdefault(t, len(vocabulary)) for t in flat), np.intp)
    row_ids = np.repeat(np.arange(len(rows)), [len(terms) for terms in rows])
    data = np.ones(len(flat), dtype=np.float64)
    counts = sparse.csr_matrix((data, (row_ids, columns)), shape=(len(rows), len(vocabulary)))
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
    data = (1.0 + np.log(counts.data)) * idf[counts.indices]
    row_of = np.repeat(np.arange(n), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=n))
    data /= norms[row_of]  # a stored entry's row has a positive norm
    return sparse.csr_matrix((data, counts.indices, counts.indptr), shape=counts.shape)
