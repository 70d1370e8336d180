"""What grouping needs of an article, computed once when it is stored: term counts (content
words and capitalised names) and a MinHash of word shingles, cut into LSH bands."""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from newsfuse.text.tokens import STOP_WORDS, content_terms, word_tokens

NUM_PERM = 64
SHINGLE_WORDS = 5
# LSH bands of the MinHash: 10 bands of 6 rows is datasketch's optimum for Jaccard 0.6 with
# 64 permutations (pinned by a test). The band keys are stored, so they are fixed here.
BANDS = 10
ROWS = 6
_MINHASH_SEED = 1
_MINHASH_SCHEME = "affine32"  # stored signatures are uint32 hash values
_NAME = re.compile(r"\b[A-Z][A-Za-z'’]+")
_NAME_MARK = "#"  # names are counted twice: as words and as "#name"


Int64s = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class TermVector:
    """An article's terms as sorted 64-bit term hashes and their sublinear term frequencies
    ``1 + log(count)``: what the candidate index stores and compares, with numpy."""

    hashes: Int64s
    tf: Floats

    def to_bytes(self) -> bytes:
        return self.hashes.astype("<i8").tobytes() + self.tf.astype("<f4").tobytes()

    @staticmethod
    def from_bytes(data: bytes) -> TermVector:
        size = len(data) // 12
        hashes = np.frombuffer(data, dtype="<i8", count=size).astype(np.int64)
        tf = np.frombuffer(data, dtype="<f4", offset=size * 8).astype(np.float64)
        return TermVector(hashes, tf)


def term_hash(term: str) -> int:
    """A stable signed 64-bit hash of a term (the index keys terms by it).

    Example:
        >>> term_hash("harbour") == term_hash("harbour") != term_hash("harbor")
        True
    """
    data = term.encode("utf-8")
    # Two C checksums make 64 bits at a tenth of a cryptographic hash's cost; a rare
    # collision only merges the counts of two terms.
    value = (zlib.crc32(data) << 32) | zlib.adler32(data)
    return value - (1 << 64) if value >= 1 << 63 else value


def term_vector(terms: dict[str, int]) -> TermVector:
    """The :class:`TermVector` of term counts (equal hashes of two terms are merged)."""
    merged: dict[int, int] = {}
    for term, count in terms.items():
        key = term_hash(term)
        merged[key] = merged.get(key, 0) + count
    hashes = np.array(sorted(merged), dtype=np.int64)
    counts = np.array([merged[h] for h in hashes.tolist()], dtype=np.float64)
    return TermVector(hashes, 1.0 + np.log(counts) if len(counts) else counts)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What grouping needs of an article, computed once at ingest and stored: term counts,
    their :class:`TermVector` (derived from them when not given) and a MinHash."""

    terms: dict[str, int]
    minhash: bytes
    vector: TermVector = field(default=None, compare=False, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.vector is None:
            object.__setattr__(self, "vector", term_vector(self.terms))

    def terms_json(self) -> str:
        return json.dumps(self.terms, separators=(",", ":"), sort_keys=True)

    @staticmethod
    def from_stored(terms_json: str, minhash: bytes, vector: bytes = b"") -> Fingerprint:
        terms = json.loads(terms_json)
        stored = TermVector.from_bytes(vector) if vector else None
        return Fingerprint(terms, minhash, stored)  # type: ignore[arg-type]


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


def band_keys(minhash: bytes) -> list[int]:
    """The LSH band keys of a stored MinHash: two articles whose shingle sets are at least
    60% alike share a key with high probability. Signed 64-bit, as SQLite stores integers.

    Example:
        >>> one = fingerprint("The river rose two metres overnight in Ashby, officials said.")
        >>> band_keys(one.minhash) == band_keys(one.minhash), len(band_keys(one.minhash))
        (True, 10)
    """
    if len(minhash) != NUM_PERM * 4:
        return []
    size = ROWS * 4
    return [
        int.from_bytes(
            hashlib.blake2b(
                bytes([band]) + minhash[band * size : (band + 1) * size], digest_size=8
            ).digest(),
            "big",
            signed=True,
        )
        for band in range(BANDS)
    ]


def minhash_jaccard(one: bytes, other: bytes) -> float:
    """The Jaccard similarity two stored MinHash signatures estimate."""
    if len(one) != len(other) or not one:
        return 0.0
    a = np.frombuffer(one, dtype=np.uint32)
    b = np.frombuffer(other, dtype=np.uint32)
    return float(np.count_nonzero(a == b)) / len(a)


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
