"""Place each new article in a story, as it arrives, at a cost that does not grow with the
number of stored articles.

A new article joins the story of its most similar earlier article (TF-IDF cosine over content
words and capitalised names) or starts a story. It is compared only with articles of stories
active within a time window, found through a :class:`~newsfuse.cluster.index.CandidateIndex`:
those sharing one of its heaviest terms (a bounded number per term, the latest first) or a
MinHash band (syndicated copies, which join their original's story and are marked as copies
of it). Stories already formed are never re-clustered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from newsfuse.cluster.fingerprint import (
    Fingerprint,
    Floats,
    Int64s,
    TermVector,
    band_keys,
    minhash_jaccard,
)
from newsfuse.cluster.index import CandidateIndex, IndexEntry, MemoryIndex, Neighbour
from newsfuse.errors import ConfigError

DEFAULT_WINDOW_DAYS = 7.0


@dataclass(frozen=True, slots=True)
class Member:
    """An article as grouping sees it; ``story`` is ``None`` until it is grouped, ``time`` its
    effective publication time (ISO, UTC; "" when unknown: then every story is active)."""

    article_id: int
    fingerprint: Fingerprint
    story: int | None = None
    time: str = ""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a new article goes: the story of its nearest earlier article (``None``: a new
    story), how similar that article is, the copy it duplicates, and what to index of it."""

    story: int | None
    similarity: float
    duplicate_of: int | None
    vector: TermVector
    norm: float
    top_terms: tuple[int, ...]
    bands: tuple[int, ...]

    def entry(self, member: Member, story: int, time: str | None = None) -> IndexEntry:
        """What the index keeps of the placed article, once its story has an id (``time``:
        its effective time when ``member.time`` is left empty, as for undated articles)."""
        neighbour = Neighbour(
            member.article_id, story, self.vector, self.norm, member.fingerprint.minhash
        )
        when = member.time if time is None else time
        return IndexEntry(neighbour, when, self.top_terms, self.bands)


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a new article went in :meth:`StoryGrouper.group`: an existing story id, or a new
    story (a negative number shared by the new articles that start it together)."""

    article_id: int
    story: int
    similarity: float
    duplicate_of: int | None = None


class StoryGrouper:
    """Place new articles in stories; the constructor only stores settings.

    Example:
        >>> from newsfuse.cluster.fingerprint import fingerprint
        >>> g = StoryGrouper(threshold=0.2)
        >>> a = Member(1, fingerprint("Fire crews fought a blaze at Portsmouth harbour."), 7)
        >>> b = Member(2, fingerprint("A blaze at Portsmouth harbour was fought by crews."))
        >>> c = Member(3, fingerprint("The central bank raised interest rates on Tuesday."))
        >>> [(x.article_id, x.story) for x in g.group([a], [b, c])]
        [(2, 7), (3, -1)]
    """

    def __init__(
        self,
        threshold: float = 0.18,
        candidate_terms: int = 30,
        duplicate_jaccard: float = 0.6,
        max_candidates: int = 64,
        window_days: float = DEFAULT_WINDOW_DAYS,
        per_term: int = 200,
    ) -> None:
        if not 0.0 < threshold < 1.0:
            raise ConfigError(f"threshold must be between 0 and 1, got {threshold}")
        if candidate_terms < 1:
            raise ConfigError(f"candidate_terms must be >= 1, got {candidate_terms}")
        if not 0.0 < duplicate_jaccard <= 1.0:
            raise ConfigError(f"duplicate_jaccard must be in (0, 1], got {duplicate_jaccard}")
        if window_days <= 0:
            raise ConfigError(f"window_days must be > 0, got {window_days}")
        if max_candidates < 1 or per_term < 1:
            raise ConfigError("max_candidates and per_term must be >= 1")
        self.threshold = threshold
        self.candidate_terms = candidate_terms
        self.duplicate_jaccard = duplicate_jaccard
        self.max_candidates = max_candidates
        self.window_days = window_days
        self.per_term = per_term

    def active_since(self, time: str) -> str:
        """The earliest last-article time of a story an article of ``time`` may join."""
        if not time:
            return ""
        start = datetime.fromisoformat(time) - timedelta(days=self.window_days)
        return start.isoformat(timespec="seconds")

    def place(self, member: Member, index: CandidateIndex) -> Placement:
        """Where ``member`` goes, given what ``index`` holds; ``member`` must be counted
        (:meth:`CandidateIndex.count`) and not yet added."""
        vector = member.fingerprint.vector
        idf = _idf(index.frequencies(vector.hashes), index.documents())
        raw = vector.tf * idf
        norm = float(np.sqrt(np.dot(raw, raw)))
        top = tuple(
            vector.hashes[np.lexsort((vector.hashes, -raw))][: self.candidate_terms].tolist()
        )
        bands = tuple(band_keys(member.fingerprint.minhash))
        since = self.active_since(member.time)
        ranked = _ranked(index.sharing_terms(top, since, self.per_term), self.max_candidates)
        copies = [a for a in index.sharing_bands(bands, since) if a not in set(ranked)]
        found = {n.article_id: n for n in index.neighbours([*ranked, *copies])}
        candidates = [found[a] for a in ranked if a in found]
        similarities = _cosines(vector, raw / norm if norm else raw, idf, candidates)
        nearest, similarity = None, 0.0
        if candidates:
            best = int(np.argmax(similarities))
            nearest, similarity = candidates[best], float(similarities[best])
        duplicate = self._earliest_copy(member.fingerprint.minhash, found)
        if duplicate is not None:
            nearest, similarity = duplicate, max(similarity, self.threshold)
        story = nearest.story if nearest is not None and similarity >= self.threshold else None
        copy_of = duplicate.article_id if duplicate else None
        return Placement(story, similarity, copy_of, vector, norm, top, bands)

    def _earliest_copy(self, minhash: bytes, found: dict[int, Neighbour]) -> Neighbour | None:
        for article_id in sorted(found):  # the first copy stored wins
            if minhash_jaccard(minhash, found[article_id].minhash) >= self.duplicate_jaccard:
                return found[article_id]
        return None

    def group(self, known: Sequence[Member], new: Sequence[Member]) -> list[Assignment]:
        """Place each of ``new`` in order after ``known`` (already grouped), all in memory:
        the batch form of :meth:`place`. Every article is counted first, so IDF is that of
        the whole batch."""
        index = MemoryIndex()
        index.count([member.fingerprint.vector for member in [*known, *new]])
        for member in known:
            index.add(self.place(member, index).entry(member, member.story or 0))
        assignments: list[Assignment] = []
        next_new = -1
        for member in new:
            placement = self.place(member, index)
            story = placement.story
            if story is None:
                story, next_new = next_new, next_new - 1
            index.add(placement.entry(member, story))
            assignments.append(
                Assignment(member.article_id, story, placement.similarity, placement.duplicate_of)
            )
        return assignments


def _idf(frequencies: Int64s, documents: int) -> Floats:
    """Smoothed IDF, as :func:`newsfuse.text.vectors.tfidf` weighs terms."""
    return np.asarray(1.0 + np.log((1.0 + documents) / (1.0 + frequencies)), dtype=np.float64)


def _cosines(
    vector: TermVector, weights: Floats, idf: Floats, candidates: Sequence[Neighbour]
) -> Floats:
    """Cosine of the new article with each candidate: the dot product over shared terms,
    weighted by today's IDF, over the candidate's norm when it was placed (so a candidate
    costs its number of terms, and no frequency of its other terms is read)."""
    if not candidates:
        return np.zeros(0)
    hashes = np.concatenate([c.vector.hashes for c in candidates])
    tf = np.concatenate([c.vector.tf for c in candidates])
    owner = np.repeat(np.arange(len(candidates)), [len(c.vector.hashes) for c in candidates])
    position = np.searchsorted(vector.hashes, hashes)
    position[position == len(vector.hashes)] = 0
    shared = vector.hashes[position] == hashes if len(vector.hashes) else np.zeros(0, bool)
    at = position[shared]
    contributions = weights[at] * tf[shared] * idf[at]
    dots = np.bincount(owner[shared], weights=contributions, minlength=len(candidates))
    norms = np.array([c.norm or 1.0 for c in candidates])
    return np.asarray(dots / norms, dtype=np.float64)


def _ranked(hits: Sequence[int], limit: int) -> list[int]:
    """The articles sharing the most top terms, at most ``limit`` (ties: the earliest)."""
    shared = Counter(hits)
    return sorted(shared, key=lambda a: (-shared[a], a))[:limit]
