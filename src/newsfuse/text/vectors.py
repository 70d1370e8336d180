"""Sparse bag-of-terms matrices for the sentences of one story, and their cosines by blocks.

Written here rather than with scikit-learn's vectorizers: for a story's sentences, which are
already tokenized, their parameter validation and re-tokenization cost more than the counting
itself, and ranking runs on every story of a batch. The weighting follows scikit-learn's
``TfidfVectorizer(sublinear_tf=True)``: ``(1 + log tf) * (1 + log((1 + n) / (1 + df)))``,
rows L2-normalised.

Cosines are handed out a block of rows at a time (``cosine_blocks``) or for one sentence
(``cosines_to``): nothing here ever holds the n-by-n matrix of a story, whose memory would
grow with the square of its length.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
# Cosines held at once by ``cosine_blocks``: 2**20 float64 values, 8 MB.
BLOCK_CELLS = 1 << 20


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
    columns = np.array([vocabulary.setdefault(t, len(vocabulary)) for t in flat], dtype=np.intp)
    # The rows' terms are already row by row: built as CSR directly (summing the repeats
    # and sorting each row's columns), not through COO's row ids and conversion.
    indptr = np.zeros(len(rows) + 1, dtype=np.intp)
    np.cumsum([len(terms) for terms in rows], out=indptr[1:])
    data = np.ones(len(flat), dtype=np.float64)
    counts = sparse.csr_matrix((data, columns, indptr), shape=(len(rows), len(vocabulary)))
    counts.sum_duplicates()
    return counts


def tfidf(counts: sparse.csr_matrix, weights: FloatArray | None = None) -> sparse.csr_matrix:
    """Sublinear TF-IDF with smoothed IDF, rows L2-normalised (empty rows stay zero).

    ``weights`` says how many identical documents each row stands for (default one each);
    it counts in the document frequencies, as if every copy were a row.

    Example:
        >>> m = tfidf(term_counts([["storm", "coast"], ["storm"]]))
        >>> round(float(m[1, 0]), 3)
        1.0
    """
    n = counts.shape[0]
    row_of = np.repeat(np.arange(n), np.diff(counts.indptr))
    if weights is None:
        documents = float(n)
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    else:
        documents = float(weights.sum())
        entry_weights = weights[row_of]
        document_frequency = np.bincount(
            counts.indices, weights=entry_weights, minlength=counts.shape[1]
        )
    idf = 1.0 + np.log((1.0 + documents) / (1.0 + document_frequency))
    data = (1.0 + np.log(counts.data)) * idf[counts.indices]
    norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=n))
    data /= norms[row_of]  # a stored entry's row has a positive norm
    return sparse.csr_matrix((data, counts.indices, counts.indptr), shape=counts.shape)


def cosine_blocks(
    vectors: sparse.csr_matrix, cells: int | None = None
) -> Iterator[tuple[int, FloatArray]]:
    """The cosine matrix of L2-normalised rows, as dense blocks of whole rows holding at most
    ``cells`` values each (default ``BLOCK_CELLS``; at least one row): ``(first row, block)``
    in row order. Each value is computed exactly as the full product ``vectors @ vectors.T``
    computes it.

    Example:
        >>> m = tfidf(term_counts([["storm"], ["storm", "coast"], ["coast"]]))
        >>> [(start, block.shape) for start, block in cosine_blocks(m, cells=6)]
        [(0, (2, 3)), (2, (1, 3))]
    """
    n = vectors.shape[0]
    rows = max(1, (BLOCK_CELLS if cells is None else cells) // max(n, 1))
    transposed = sparse.csr_matrix(vectors.T)
    for start in range(0, n, rows):
        block = vectors[start : start + rows] @ transposed
        yield start, np.asarray(block.toarray(), dtype=np.float64)


def whole_cosines(vectors: sparse.csr_matrix) -> FloatArray | None:
    """The whole cosine matrix when ``cosine_blocks`` hands it out as one block (up to 1,024
    rows), else None: a small story's matrix is computed once for everything that reads it.

    Example:
        >>> m = tfidf(term_counts([["storm"], ["storm", "coast"]]))
        >>> whole_cosines(m).round(3).tolist()
        [[1.0, 0.58], [0.58, 1.0]]
    """
    n = vectors.shape[0]
    if n == 0 or BLOCK_CELLS // n < n:
        return None
    return cosine_matrix(vectors)


def cosine_matrix(vectors: sparse.csr_matrix) -> FloatArray:
    """The cosines of every row with every row, at once: for a matrix of a few rows.

    Sparse times dense where the dense copy of the rows holds ``BLOCK_CELLS`` values at
    most: each value adds the same products in the same order as ``cosine_blocks`` (see
    ``cosines_to``), at about half its cost.

    Example:
        >>> m = tfidf(term_counts([["storm"], ["storm", "coast"]]))
        >>> cosine_matrix(m).round(3).tolist()
        [[1.0, 0.58], [0.58, 1.0]]
    """
    if vectors.shape[0] * vectors.shape[1] <= BLOCK_CELLS:
        return np.asarray(vectors @ vectors.toarray().T, dtype=np.float64)
    return next(cosine_blocks(vectors, cells=vectors.shape[0] ** 2))[1]


def cosine_pairs(
    vectors: sparse.csr_matrix,
    threshold: float,
    cells: int | None = None,
    whole: FloatArray | None = None,
) -> tuple[IntArray, IntArray]:
    """Rows ``i < j`` whose cosine reaches ``threshold``, in row-major order; ``whole`` is
    the matrix of :func:`whole_cosines`, when already computed.

    Example:
        >>> m = tfidf(term_counts([["storm"], ["storm", "coast"], ["storm"]]))
        >>> [a.tolist() for a in cosine_pairs(m, 0.9)]
        [[0], [2]]
    """
    firsts, seconds = [], []
    blocks = cosine_blocks(vectors, cells) if whole is None else iter([(0, whole)])
    for start, block in blocks:
        rows, columns = np.nonzero(np.triu(block >= threshold, k=start + 1))
        firsts.append(rows + start)
        seconds.append(columns)
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return (
        np.concatenate(firsts).astype(np.int64),
        np.concatenate(seconds).astype(np.int64),
    )


def cosines_to(vectors: sparse.csr_matrix, row: int) -> FloatArray:
    """The cosine of every row with row ``row`` (one column of the cosine matrix).

    Example:
        >>> m = tfidf(term_counts([["storm"], ["storm", "coast"], ["coast"]]))
        >>> [round(float(c), 3) for c in cosines_to(m, 0)]
        [1.0, 0.707, 0.0]
    """
    # A sparse-times-dense product: a tenth of the overhead of sparse-times-sparse, and each
    # value adds the same products in the same order as ``vectors @ vectors.T`` (plus zeros).
    target = np.zeros(vectors.shape[1])
    first, last = vectors.indptr[row], vectors.indptr[row + 1]
    target[vectors.indices[first:last]] = vectors.data[first:last]
    return np.asarray(vectors @ target, dtype=np.float64)
