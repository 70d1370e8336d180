"""Group a stream of articles into stories, and spot near-duplicate (syndicated) copies.

``fingerprint`` (computed once per article), ``index`` (the
candidate index grouping reads: in the store, or in memory), ``grouper`` (where a new article
goes). See :class:`StoryGrouper`.
"""

from newsfuse.cluster.fingerprint import (
    Fingerprint,
    TermVector,
    band_keys,
    fingerprint,
    minhash_jaccard,
    term_hash,
    term_vector,
)
from newsfuse.cluster.grouper import Assignment, Member, Placement, StoryGrouper
from newsfuse.cluster.index import CandidateIndex, IndexEntry, MemoryIndex, Neighbour

__all__ = [
    "Assignment",
    "CandidateIndex",
    "Fingerprint",
    "IndexEntry",
    "Member",
    "MemoryIndex",
    "Neighbour",
    "Placement",
    "StoryGrouper",
    "TermVector",
    "band_keys",
    "fingerprint",
    "minhash_jaccard",
    "term_hash",
    "term_vector",
]
