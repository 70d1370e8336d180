"""Syndication: find sentences printed by several sources verbatim or nearly so.

Exact word-shingle Jaccard through an inverted index, written by hand rather than MinHash:
a story has hundreds of sentences, so exact similarity is both cheaper and free of the
false pairs an approximate sketch would add. (Grouping whole articles across a stream, where
MinHash LSH pays off, is the job of ``cluster``.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsfuse.documents import Sentence
from newsfuse.text.tokens import shingles

# A shingle found in more sentences than this is too common to suggest a copy ("he said
# that"); near-identical sentences always share many rarer ones, so none is missed.
_MAX_POSTINGS = 64


def syndication_groups(sentences: Sequence[Sentence], threshold: float) -> list[list[int]]:
    """Partition sentence positions into groups of near-identical sentences.

    Each group lists positions into ``sentences`` in their original order; a sentence
    printed by one source only is a group of one.

    Example:
        >>> from newsfuse.documents import Sentence
        >>> a = Sentence("1", 0, 0, 30, "The port reopened on Friday morning.")
        >>> b = Sentence("2", 4, 0, 30, "The port reopened on Friday morning, officials said.")
        >>> syndication_groups([a, b], threshold=0.5)
        [[0, 1]]
    """
    sets = [shingles(s.text) for s in sentences]
    parent = list(range(len(sentences)))
    for i, j in _candidate_pairs(sets):
        if _jaccard(sets[i], sets[j]) >= threshold:
            _union(parent, i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for position in range(len(sentences)):
        groups[_find(parent, position)].append(position)
    return sorted(groups.values(), key=lambda group: group[0])


def _candidate_pairs(sets: Sequence[frozenset[str]]) -> set[tuple[int, int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for position, items in enumerate(sets):
        for item in items:
            index[item].append(position)
    pairs: set[tuple[int, int]] = set()
    for positions in index.values():
        if len(positions) > _MAX_POSTINGS:
            continue
        for a, first in enumerate(positions):
            pairs.update((first, second) for second in positions[a + 1 :])
    return pairs


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    root_i, root_j = _find(parent, i), _find(parent, j)
    if root_i != root_j:
        parent[max(root_i, root_j)] = min(root_i, root_j)
