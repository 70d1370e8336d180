"""The candidate index of grouping, kept in the store's SQLite file (see
:class:`newsfuse.cluster.index.CandidateIndex`): document frequencies by hashed term bucket
(a table of fixed size, however many distinct terms the store has seen), postings
of each placed article's heaviest terms and of its MinHash bands, and which stories are still
active. Stories inactive for longer than the grouping window are retired from it, so its
postings hold only the articles new ones may join."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence

import numpy as np

from newsfuse.cluster import IndexEntry, Neighbour, TermVector
from newsfuse.cluster.fingerprint import Int64s
from newsfuse.cluster.index import term_buckets

# Lookups go in slices of a few fixed sizes (padded by repeating a key), so SQLite prepares
# each statement once and the module's statement cache reuses it.
_SIZES = (16, 64, 256, 1024)


class SqliteIndex:
    """A :class:`~newsfuse.cluster.index.CandidateIndex` over an open connection; the caller
    holds the transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def documents(self) -> int:
        return int(self._db.execute("SELECT documents FROM corpus WHERE id = 1").fetchone()[0])

    def frequencies(self, hashes: Int64s) -> Int64s:
        buckets = term_buckets(hashes)
        keys = np.unique(buckets).tolist()
        found: dict[int, int] = {}
        for part in _padded_slices(keys):
            marks = ",".join("?" * len(part))
            found.update(
                self._db.execute(
                    f"SELECT bucket, documents FROM term_buckets WHERE bucket IN ({marks})", part
                ).fetchall()
            )
        return np.array([found.get(b, 0) for b in buckets.tolist()], dtype=np.int64)

    def count(self, vectors: Sequence[TermVector]) -> None:
        if not vectors:
            return
        # One upsert per bucket the articles touch, in bucket order: consecutive updates
        # land on the same page of the table.
        buckets = np.concatenate([term_buckets(v.hashes) for v in vectors])
        keys, counts = np.unique(buckets, return_counts=True)
        self._db.executemany(
            "INSERT INTO term_buckets (bucket, documents) VALUES (?, ?)"
            " ON CONFLICT(bucket) DO UPDATE SET documents = documents + excluded.documents",
            zip(keys.tolist(), counts.tolist(), strict=True),
        )
        self._db.execute(
            "UPDATE corpus SET documents = documents + ? WHERE id = 1", (len(vectors),)
        )

    def sharing_terms(self, terms: Sequence[int], active_since: str, per_term: int) -> list[int]:
        found: list[int] = []
        for term in terms:
            rows = self._db.execute(
                "SELECT p.article_id FROM term_postings p JOIN stories s ON s.id = p.story_id"
                " WHERE p.term = ? AND s.last_at >= ? ORDER BY p.article_id DESC LIMIT ?",
                (term, active_since, per_term),
            ).fetchall()
            found.extend(row[0] for row in rows)
        return found

    def sharing_bands(self, bands: Sequence[int], active_since: str) -> list[int]:
        if not bands:
            return []
        marks = ",".join("?" * len(bands))
        rows = self._db.execute(
            "SELECT DISTINCT b.article_id FROM copy_bands b JOIN stories s ON s.id = b.story_id"
            f" WHERE b.band IN ({marks}) AND s.last_at >= ? ORDER BY b.article_id LIMIT 1000",
            (*bands, active_since),
        ).fetchall()
        return [row[0] for row in rows]

    def neighbours(self, article_ids: Collection[int]) -> list[Neighbour]:
        ids = list(article_ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT id, story_id, vector, norm, minhash FROM articles WHERE id IN ({marks})",
            ids,
        ).fetchall()
        return [
            Neighbour(r[0], r[1], TermVector.from_bytes(r[2]), r[3], r[4])
            for r in rows
            if r[1] is not None
        ]

    def add(self, entry: IndexEntry) -> None:
        article, story = entry.neighbour.article_id, entry.neighbour.story
        self._db.executemany(
            "INSERT OR IGNORE INTO term_postings (term, article_id, story_id) VALUES (?, ?, ?)",
            [(term, article, story) for term in entry.top_terms],
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO copy_bands (band, article_id, story_id) VALUES (?, ?, ?)",
            [(band, article, story) for band in entry.bands],
        )
        self._db.execute(
            "UPDATE articles SET indexed = 1, norm = ? WHERE id = ?",
            (entry.neighbour.norm, article),
        )
        self._db.execute("UPDATE corpus SET latest = MAX(latest, ?) WHERE id = 1", (entry.time,))

    def remove(self, article_id: int, story_id: int) -> None:
        """Take an article out of the postings (a superseded version)."""
        for table in ("term_postings", "copy_bands"):
            self._db.execute(
                f"DELETE FROM {table} WHERE story_id = ? AND article_id = ?", (story_id, article_id)
            )

    def retire(self, before: str) -> int:
        """Retire the stories whose last article is older than ``before``: their articles
        are candidates no more. Returns how many were retired."""
        stories = [
            row[0]
            for row in self._db.execute(
                "SELECT id FROM stories WHERE indexed = 1 AND last_at < ? AND last_at != ''",
                (before,),
            ).fetchall()
        ]
        for story in stories:
            for table in ("term_postings", "copy_bands"):
                self._db.execute(f"DELETE FROM {table} WHERE story_id = ?", (story,))
            self._db.execute("UPDATE stories SET indexed = 0 WHERE id = ?", (story,))
        return len(stories)

    def latest(self) -> str:
        """The latest effective time placed: the clock of the stream, for retiring."""
        return str(self._db.execute("SELECT latest FROM corpus WHERE id = 1").fetchone()[0])


def _padded_slices(keys: list[int]) -> list[list[int]]:
    """``keys`` cut into slices of at most 1024, each padded to one of ``_SIZES``."""
    slices = []
    for start in range(0, len(keys), _SIZES[-1]):
        part = keys[start : start + _SIZES[-1]]
        size = next(s for s in _SIZES if s >= len(part))
        slices.append(part + [part[0]] * (size - len(part)))
    return slices
