"""Syndication: find sentences printed by several sources verbatim or nearly so.

Copies are confirmed by exact word-shingle Jaccard, on the few pairs whose TF-IDF cosine is
already high; written here rather than with MinHash because a story ranks at most a couple of
thousand candidate sentences (``Settings.candidate_cap``) and their cosines, taken a block of
rows at a time, cost less than sketching them, with none of the false pairs an approximate
sketch would add. (Grouping whole articles across a stream, where MinHash LSH pays off, is
the job of ``cluster``; exact copies in a story over the cap are merged by a hash of their
words before any pairwise work, in ``rank.candidates``.)
"""

from __future__ import annotations

from collections.abc import Sequence

from scipy import sparse

from newsfuse.text.vectors import FloatArray, cosine_pairs

SHINGLE_SIZE = 3
# Near-identical sentences always have at least this TF-IDF cosine; pairs below it are
# never copies, so their shingles need not be compared.
CANDIDATE_COSINE = 0.5


def word_shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> frozenset[str]:
    """The ``size``-word shingles of a token list (the tokens themselves if it is shorter)."""
    if len(tokens) < size:
        return frozenset(tokens)
    return frozenset(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def syndication_groups(
    tokens: Sequence[Sequence[str]],
    vectors: sparse.csr_matrix,
    threshold: float,
    cosines: FloatArray | None = None,
) -> list[list[int]]:
    """Partition sentences into groups of near-identical ones.

    ``tokens`` are each sentence's word tokens and ``vectors`` their L2-normalised TF-IDF
    rows (``text.vectors.tfidf``); ``cosines`` their whole cosine matrix, when already
    computed (``text.vectors.whole_cosines``). Two
    sentences are copies when the Jaccard similarity of their word 3-shingles reaches
    ``threshold``; groups are the connected components of that relation, each listing
    positions in ascending order (a sentence printed once is a group of one).

    Example:
        >>> from newsfuse.text.vectors import term_counts, tfidf
        >>> a = "the port reopened on friday morning".split()
        >>> b = "the port reopened on friday morning officials said".split()
        >>> tokens = [a, b, ["other"]]
        >>> syndication_groups(tokens, tfidf(term_counts(tokens)), .5)
        [[0, 1], [2]]
    """
    n = len(tokens)
    rows, columns = cosine_pairs(vectors, CANDIDATE_COSINE, whole=cosines)
    shingles: dict[int, frozenset[str]] = {}

    def shingles_of(i: int) -> frozenset[str]:
        if i not in shingles:
            shingles[i] = word_shingles(tokens[i])
        return shingles[i]

    copies = [
        (i, j)
        for i, j in zip(rows.tolist(), columns.tolist(), strict=True)
        if jaccard(shingles_of(i), shingles_of(j)) >= threshold
    ]
    root = list(range(n))
    for i, j in copies:
        root[_find(root, j)] = _find(root, i)
    groups: dict[int, list[int]] = {}
    for position in range(n):
        groups.setdefault(_find(root, position), []).append(position)
    return sorted(groups.values(), key=lambda group: group[0])


def _find(root: list[int], i: int) -> int:
    while root[i] != i:
        root[i] = root[root[i]]
        i = root[i]
    return i
