"""Stored brief versions of stories: which articles each covered and the brief's JSON.

A story whose articles change is marked as due for a new version; storing a version that
covers its current articles clears the mark. The live poller makes versions as stories change;
``newsfuse brief --story`` shows the latest (making one when the story changed since).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.store.book import Book

_NEWS = "junk_reason = '' AND superseded_by IS NULL"


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """Version ``version`` (1, 2, ...) of a story's brief: when it was made, its word budget,
    the ids of the articles it covered, and the brief's JSON (:func:`newsfuse.render.to_dict`)."""

    story_id: int
    version: int
    created_at: str
    words: int
    article_ids: tuple[int, ...]
    brief_json: str

    def brief_dict(self) -> dict[str, object]:
        result: dict[str, object] = json.loads(self.brief_json)
        return result


class VersionBook(Book):
    """The brief versions of a store (``store.versions``)."""

    def latest(self, story_id: int, count: int = 2) -> list[StoredVersion]:
        """The story's newest ``count`` versions, newest first (empty when it has none)."""
        rows = self._db.execute(
            "SELECT story_id, version, created_at, words, article_ids, brief FROM brief_versions"
            " WHERE story_id = ? ORDER BY version DESC LIMIT ?",
            (story_id, count),
        ).fetchall()
        return [_version(row) for row in rows]

    def current_articles(self, story_id: int) -> tuple[int, ...]:
        """Ids of the story's current news articles, in the order stored."""
        rows = self._db.execute(
            f"SELECT id FROM articles WHERE story_id = ? AND {_NEWS} ORDER BY id", (story_id,)
        ).fetchall()
        return tuple(row[0] for row in rows)

    def add(
        self, story_id: int, words: int, article_ids: Sequence[int], brief_json: str
    ) -> StoredVersion:
        """Store the next version; the story is no longer due when it covers the story's
        current articles (an article may have arrived while the brief was being made)."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT COALESCE(MAX(version), 0) FROM brief_versions WHERE story_id = ?",
                (story_id,),
            ).fetchone()
            version = StoredVersion(
                story_id, int(row[0]) + 1, self._now(), words, tuple(article_ids), brief_json
            )
            db.execute(
                "INSERT INTO brief_versions (story_id, version, created_at, words, article_ids,"
                " brief) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    story_id,
                    version.version,
                    version.created_at,
                    words,
                    json.dumps(list(article_ids)),
                    brief_json,
                ),
            )
            if self.current_articles(story_id) == version.article_ids:
                db.execute("UPDATE stories SET needs_brief = 0 WHERE id = ?", (story_id,))
        return version

    def due(self, limit: int = 1000) -> list[int]:
        """Stories whose articles changed since their latest version, the last updated first."""
        rows = self._db.execute(
            "SELECT id FROM stories WHERE needs_brief = 1 AND articles > 0"
            " ORDER BY updated_at DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [row[0] for row in rows]


def _version(row: tuple[int, int, str, int, str, str]) -> StoredVersion:
    return StoredVersion(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])), row[5])
