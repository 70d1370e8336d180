"""Group a stream of articles into stories, and spot near-duplicate (syndicated) copies.

New articles join the story of their most similar earlier article (TF-IDF cosine over
content words and capitalised names, candidates from an inverted index of each article's top
terms, never all pairs) or start a story; copies are found with MinHash LSH over word
shingles. Stories already formed are never re-clustered.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsfuse.errors import ConfigError
from newsfuse.text.tokens import STOP_WORDS, content_terms, word_tokens
from newsfuse.text.vectors import tfidf

NUM_PERM = 64
SHINGLE_WORDS = 5
_MINHASH_SEED = 1
_MINHASH_SCHEME = "affine32"  # stored signatures are uint32 hash values
_NAME = re.compile(r"\b[A-Z][A-Za-z'’]+")
_NAME_MARK = "#"  # names are counted twice: as words and as "#name"


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What grouping needs of an article, computed once at ingest and stored."""

    terms: dict[str, int]
    minhash: bytes

    def terms_json(self) -> str:
        return json.dumps(self.terms, separators=(",", ":"), sort_keys=True)

    @staticmethod
    def from_stored(terms_json: str, minhash: bytes) -> Fingerprint:
        return Fingerprint(json.loads(terms_json), minhash)


def fingerprint(text: str, title: str = "") -> Fingerprint:
    """Term counts and a MinHash of word shingles of an article.

    Example:
        >>> fp = fingerprint("Crews in Portsmouth fought a blaze.", title="Harbour blaze")
        >>> fp.terms["#portsmouth"], fp.terms["blaze"]
        (1, 2)
    """
    full = f"{title}\n{text}" if title else text
    terms: dict[str, int] = {}
    names = [_NAME_MARK + n.lower() for n in _NAME.findall(full) if n.lower() not in STOP_WORDS]
    for term in content_terms(word_tokens(full)) + names:
        terms[term] = terms.get(term, 0) + 1
    return Fingerprint(terms, _minhash(word_tokens(text)))


def _minhash(tokens: Sequence[str]) -> bytes:
    from datasketch import MinHash  # imported on use: it costs 0.3 s of start-up (scipy)

    sketch = MinHash(
        num_perm=NUM_PERM, seed=_MINHASH_SEED, scheme=_MINHASH_SCHEME, hashfunc=_as_int
    )
    sketch.update_batch(_shingle_hashes(tokens).tolist())
    return bytes(np.asarray(sketch.hashvalues, dtype=np.uint32).tobytes())


def _shingle_hashes(tokens: Sequence[str]) -> npt.NDArray[np.uint64]:
    """32-bit hashes of the distinct word ``SHINGLE_WORDS``-grams, combined from per-word CRCs
    with numpy: hashing each shingle's text with SHA-1 (datasketch's default) made MinHash
    the slowest step of ingest."""
    codes = np.array([zlib.crc32(t.encode()) for t in tokens] or [0], dtype=np.uint64)
    size = min(SHINGLE_WORDS, len(codes))
    mixed = np.zeros(len(codes) - size + 1, dtype=np.uint64)
    for offset in range(size):
        mixed = (mixed * np.uint64(1_000_003)) ^ codes[offset : offset + len(mixed)]
    return np.unique((mixed ^ (mixed >> np.uint64(29))) & np.uint64(0xFFFFFFFF))


def _as_int(value: int) -> int:
    return value


@dataclass(frozen=True, slots=True)
class Member:
    """An article as grouping sees it; ``story`` is ``None`` until it is grouped."""

    article_id: int
    fingerprint: Fingerprint
    story: int | None = None


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a new article goes: an existing story id, or a new story (a negative number
    shared by the new articles that start it together), and the copy it duplicates."""

    article_id: int
    story: int
    similarity: float
    duplicate_of: int | None = None


class StoryGrouper:
    """Assign new articles to stories; constructor only stores settings.

    Example:
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
    ) -> None:
        if not 0.0 < threshold < 1.0:
            raise ConfigError(f"threshold must be between 0 and 1, got {threshold}")
        if candidate_terms < 1:
            raise ConfigError(f"candidate_terms must be >= 1, got {candidate_terms}")
        if not 0.0 < duplicate_jaccard <= 1.0:
            raise ConfigError(f"duplicate_jaccard must be in (0, 1], got {duplicate_jaccard}")
        self.threshold = threshold
        self.candidate_terms = candidate_terms
        self.duplicate_jaccard = duplicate_jaccard
        self.max_candidates = max_candidates

    def group(self, known: Sequence[Member], new: Sequence[Member]) -> list[Assignment]:
        """Assign each of ``new`` (in order) to a story; ``known`` are already grouped.

        IDF is computed over known and new articles together, so a corpus grouped in several
        runs sees the same word weights as one grouped at once.
        """
        members = [*known, *new]
        if not new:
            return []
        vectors = tfidf(_count_matrix([m.fingerprint.terms for m in members]))
        candidates = _candidate_matrix(vectors, self.candidate_terms, len(known))
        copies = _DuplicateIndex(self.duplicate_jaccard, [m.fingerprint for m in members])
        stories: list[int] = [m.story if m.story is not None else 0 for m in known]
        assignments: list[Assignment] = []
        next_new = -1
        for offset, member in enumerate(new):
            position = len(known) + offset
            earlier = _best_candidates(candidates, offset, position, self.max_candidates)
            nearest, similarity = _nearest(vectors, position, earlier)
            duplicate = copies.earlier_copy(position)
            if duplicate is not None:
                nearest, similarity = duplicate, max(similarity, self.threshold)
            if nearest is not None and similarity >= self.threshold:
                story = stories[nearest]
            else:
                story, next_new = next_new, next_new - 1
            stories.append(story)
            copy_id = members[duplicate].article_id if duplicate is not None else None
            assignments.append(Assignment(member.article_id, story, similarity, copy_id))
        return assignments


def _count_matrix(rows: Sequence[dict[str, int]]) -> sparse.csr_matrix:
    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    data: list[int] = []
    indptr = [0]
    for terms in rows:
        for term, count in terms.items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            data.append(count)
        indptr.append(len(indices))
    shape = (len(rows), max(len(vocabulary), 1))
    return sparse.csr_matrix(
        (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64), indptr), shape=shape
    )


def _candidate_matrix(vectors: sparse.csr_matrix, k: int, start: int) -> sparse.csr_matrix:
    """Rows ``start:`` of "shares one of its top-``k`` terms with" (an inverted index lookup,
    done as a sparse product: only pairs sharing a distinctive term are ever touched)."""
    top = _top_terms(vectors, k)
    return (top[start:] @ top.T).tocsr()


def _best_candidates(
    candidates: sparse.csr_matrix, row: int, position: int, limit: int
) -> npt.NDArray[np.int32]:
    """The earlier articles sharing the most top terms with this one, at most ``limit``:
    the exact comparison then costs the same however large the store grows."""
    lo, hi = candidates.indptr[row], candidates.indptr[row + 1]
    columns, shared = candidates.indices[lo:hi], candidates.data[lo:hi]
    earlier = columns < position
    columns, shared = columns[earlier], shared[earlier]
    if len(columns) > limit:
        columns = columns[np.argsort(-shared, kind="stable")[:limit]]
    return np.asarray(columns, dtype=np.int32)


def _top_terms(vectors: sparse.csr_matrix, k: int) -> sparse.csr_matrix:
    """Each row's ``k`` heaviest terms (weight 1), in one vectorised sort of all entries."""
    rows = np.repeat(np.arange(vectors.shape[0]), np.diff(vectors.indptr))
    order = np.lexsort((-vectors.data, rows))  # by row, heaviest first
    rank = np.arange(len(order)) - vectors.indptr[rows[order]]
    keep = order[rank < k]
    ones = np.ones(len(keep), dtype=np.float32)
    return sparse.csr_matrix((ones, (rows[keep], vectors.indices[keep])), shape=vectors.shape)


def _nearest(
    vectors: sparse.csr_matrix, position: int, earlier: npt.NDArray[np.int32]
) -> tuple[int | None, float]:
    if len(earlier) == 0:
        return None, 0.0
    similarities = (vectors[earlier] @ vectors[position].T).toarray().ravel()
    best = int(np.argmax(similarities))
    return int(earlier[best]), float(similarities[best])


class _DuplicateIndex:
    """MinHash LSH over every member; finds the earliest near-copy of a member."""

    def __init__(self, threshold: float, fingerprints: Sequence[Fingerprint]) -> None:
        from datasketch import LeanMinHash, MinHashLSH  # as in _minhash

        self._threshold = threshold
        self._sketches = [
            LeanMinHash(
                seed=_MINHASH_SEED,
                hashvalues=np.frombuffer(f.minhash, dtype=np.uint32),
                scheme=_MINHASH_SCHEME,
            )
            for f in fingerprints
        ]
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        with self._lsh.insertion_session() as session:
            for position, sketch in enumerate(self._sketches):
                session.insert(position, sketch, check_duplication=False)

    def earlier_copy(self, position: int) -> int | None:
        sketch = self._sketches[position]
        earlier = sorted(int(other) for other in self._lsh.query(sketch) if int(other) < position)
        copies = [o for o in earlier if sketch.jaccard(self._sketches[o]) >= self._threshold]
        return copies[0] if copies else None
