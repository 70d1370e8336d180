"""The candidate index grouping asks which stored articles a new one could belong with.

:class:`CandidateIndex` is what :class:`~newsfuse.cluster.grouper.StoryGrouper` needs of it:
document frequencies for IDF (articles are counted when they are stored, before they are
placed, so a batch stored at once is weighted by its own vocabulary; frequencies are kept by
hashed term bucket, see :func:`term_buckets`), the articles that share a new
article's heaviest terms or one of its MinHash bands (only in stories active since a given
time, at most a fixed number per term, the latest first), and their term vectors. The store
keeps one in SQLite (:class:`newsfuse.store.index.SqliteIndex`); :class:`MemoryIndex` keeps
one in memory, for a batch at hand and for tests. Both answer the same questions the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from newsfuse.cluster.fingerprint import Int64s, TermVector

# Document frequencies are kept for 2**20 buckets of term hashes, not per term: a fixed-size
# table, so counting an article costs the same however many distinct terms the store has seen
# (news brings new names every day; per-term rows grew without end and so did the pages each
# article wrote). The price is that a bucket's count is the sum of the counts of its terms:
# frequent terms keep their IDF, rare ones lose some of theirs once the vocabulary outgrows
# the buckets (docs/SCALING.md estimates, for the 100k synthetic week, about a fifth for a name
# seen in a handful of articles). Hand-written: a hashed count is a few lines, no dependency.
# Stored in every store (migration 4): never change it without a migration.
TERM_BUCKETS = 1 << 20


def term_buckets(hashes: Int64s) -> Int64s:
    """The document-frequency bucket of each term hash: the low 20 bits of its CRC-32 half
    (:func:`~newsfuse.cluster.fingerprint.term_hash`), as SQL computes it too
    (``(term >> 32) & 1048575``).

    Example:
        >>> from newsfuse.cluster.fingerprint import term_hash
        >>> import numpy as np
        >>> int(term_buckets(np.array([term_hash("harbour")]))[0]) < TERM_BUCKETS
        True
    """
    return np.asarray((hashes >> 32) & (TERM_BUCKETS - 1), dtype=np.int64)


@dataclass(frozen=True, slots=True)
class Neighbour:
    """An indexed article that could be in the same story as a new one: its story, term
    vector, the norm of its TF-IDF weights when it was placed, and its MinHash."""

    article_id: int
    story: int
    vector: TermVector
    norm: float
    minhash: bytes


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """An article as the index keeps it once placed: its story, its effective publication
    time (ISO; "" when unknown), its heaviest term hashes and its MinHash band keys."""

    neighbour: Neighbour
    time: str
    top_terms: tuple[int, ...]
    bands: tuple[int, ...]


class CandidateIndex(Protocol):
    """What grouping reads and writes; each read costs the same however many articles are
    indexed (at most ``per_term`` articles per term)."""

    def documents(self) -> int:
        """How many articles are counted (the ``n`` of IDF)."""
        ...

    def frequencies(self, hashes: Int64s) -> Int64s:
        """Document frequencies of these term hashes (of their buckets), aligned with them
        (0 when unseen)."""
        ...

    def count(self, vectors: Sequence[TermVector]) -> None:
        """Count these articles' terms, one more document each (done when they are stored)."""
        ...

    def sharing_terms(self, terms: Sequence[int], active_since: str, per_term: int) -> list[int]:
        """For each term, the ids of the (at most ``per_term``) latest indexed articles that
        have it among their top terms, in stories active since ``active_since`` (ISO; ""
        for any); an article appears once per term it shares."""
        ...

    def sharing_bands(self, bands: Sequence[int], active_since: str) -> list[int]:
        """Ids of indexed articles (of stories active since ``active_since``) sharing one of
        these MinHash band keys."""
        ...

    def neighbours(self, article_ids: Collection[int]) -> list[Neighbour]:
        """What the index holds of these articles."""
        ...

    def add(self, entry: IndexEntry) -> None:
        """Index a placed article: post its top terms and bands; its story is active until
        at least its time."""
        ...


@dataclass(slots=True)
class MemoryIndex:
    """A :class:`CandidateIndex` in memory.

    Example:
        >>> from newsfuse.cluster.fingerprint import term_vector, term_hash
        >>> index = MemoryIndex()
        >>> vector = term_vector({"harbour": 1})
        >>> index.count([vector])
        >>> entry = IndexEntry(Neighbour(1, 7, vector, 1.0, b""), "", (term_hash("harbour"),), ())
        >>> index.add(entry)
        >>> index.sharing_terms([term_hash("harbour")], "", per_term=10), index.documents()
        ([1], 1)
    """

    _documents: int = 0
    _frequencies: defaultdict[int, int] = field(default_factory=lambda: defaultdict(int))
    _postings: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    _bands: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    _entries: dict[int, Neighbour] = field(default_factory=dict)
    _story_last: dict[int, str] = field(default_factory=dict)

    def documents(self) -> int:
        return self._documents

    def frequencies(self, hashes: Int64s) -> Int64s:
        found = [self._frequencies.get(b, 0) for b in term_buckets(hashes).tolist()]
        return np.array(found, dtype=np.int64)

    def count(self, vectors: Sequence[TermVector]) -> None:
        for vector in vectors:
            self._documents += 1
            for key in term_buckets(vector.hashes).tolist():
                self._frequencies[key] += 1

    def sharing_terms(self, terms: Sequence[int], active_since: str, per_term: int) -> list[int]:
        found: list[int] = []
        for term in terms:
            posted = reversed(self._postings.get(term, ()))
            found.extend([a for a in posted if self._active(a, active_since)][:per_term])
        return found

    def sharing_bands(self, bands: Sequence[int], active_since: str) -> list[int]:
        hits = {a for band in bands for a in self._bands.get(band, ())}
        return sorted(a for a in hits if self._active(a, active_since))

    def neighbours(self, article_ids: Collection[int]) -> list[Neighbour]:
        return [self._entries[a] for a in article_ids if a in self._entries]

    def add(self, entry: IndexEntry) -> None:
        neighbour = entry.neighbour
        self._entries[neighbour.article_id] = neighbour
        for term in entry.top_terms:
            self._postings[term].append(neighbour.article_id)
        for band in entry.bands:
            self._bands[band].append(neighbour.article_id)
        last = self._story_last.get(neighbour.story, "")
        self._story_last[neighbour.story] = max(last, entry.time)

    def _active(self, article_id: int, since: str) -> bool:
        return self._story_last[self._entries[article_id].story] >= since
