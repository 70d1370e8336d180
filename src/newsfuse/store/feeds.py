"""Followed feeds and the entries seen in each: what the live poller reads and records.

A feed row says when it was last polled, how that went (``status``: new, ok, not modified,
failed, with ``last_error``), how many polls failed in a row (``errors``), when it is due
next, and the validators (``ETag``, ``Last-Modified``) of its last good answer. An entry row
says which article an entry became, so a feed entry is fetched once (again only when the
feed says it changed, or after a failed try).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from newsfuse.store.book import Book

_COLUMNS = (
    "id, url, followed_as, title, etag, last_modified, added_at, last_polled, last_success,"
    " status, last_error, errors, next_due"
)


@dataclass(frozen=True, slots=True)
class Feed:
    """A followed feed and its polling state (times are ISO UTC; "" for never)."""

    id: int
    url: str
    followed_as: str
    title: str
    etag: str
    last_modified: str
    added_at: str
    last_polled: str
    last_success: str
    status: str
    last_error: str
    errors: int
    next_due: str


@dataclass(frozen=True, slots=True)
class PollRecord:
    """How one poll of a feed went, to record: ``status`` is ok, not modified or failed."""

    status: str
    next_due: str
    error: str = ""
    etag: str = ""
    last_modified: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class SeenEntry:
    """What is known of a feed entry: its last stated change, the article it became (``None``
    while it failed), and how many times fetching it failed."""

    updated: str
    article_id: int | None
    attempts: int


class FeedBook(Book):
    """The followed feeds of a store (``store.feeds``)."""

    def follow(self, url: str, followed_as: str = "", title: str = "") -> tuple[Feed, bool]:
        """Follow the feed at ``url`` (due at once); ``(feed, False)`` when it was already."""
        with self._transaction() as db:
            existing = self.get(url)
            if existing is not None:
                return existing, False
            now = self._now()
            db.execute(
                "INSERT INTO feeds (url, followed_as, title, added_at, next_due)"
                " VALUES (?, ?, ?, ?, ?)",
                (url, followed_as or url, title, now, now),
            )
        feed = self.get(url)
        assert feed is not None
        return feed, True

    def unfollow(self, url: str) -> bool:
        """Stop following the feed at ``url`` (or followed as ``url``); its articles stay."""
        with self._transaction() as db:
            found = db.execute(
                "SELECT id FROM feeds WHERE url = ? OR followed_as = ?", (url, url)
            ).fetchall()
            for (feed_id,) in found:
                db.execute("DELETE FROM feed_entries WHERE feed_id = ?", (feed_id,))
                db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
        return bool(found)

    def get(self, url: str) -> Feed | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", (url,)).fetchone()
        return Feed(*row) if row else None

    def all(self) -> list[Feed]:
        """Every followed feed, in the order followed."""
        return [Feed(*row) for row in self._db.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY id")]

    def due(self, now: str) -> list[Feed]:
        """The feeds due at ``now``, the most overdue first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM feeds WHERE next_due <= ? ORDER BY next_due, id", (now,)
        )
        return [Feed(*row) for row in rows]

    def next_due(self) -> str:
        """When the next feed is due ("" when none is followed)."""
        row = self._db.execute("SELECT MIN(next_due) FROM feeds").fetchone()
        return str(row[0] or "")

    def record_poll(self, feed_id: int, record: PollRecord) -> None:
        """Record a poll: failures count up, a success resets the count and keeps the new
        validators (only once every new entry of it has been stored)."""
        now = self._now()
        with self._transaction() as db:
            if record.status == "failed":
                db.execute(
                    "UPDATE feeds SET last_polled = ?, status = ?, last_error = ?,"
                    " errors = errors + 1, next_due = ? WHERE id = ?",
                    (now, record.status, record.error, record.next_due, feed_id),
                )
                return
            db.execute(
                "UPDATE feeds SET last_polled = ?, last_success = ?, status = ?, last_error = '',"
                " errors = 0, next_due = ?, etag = CASE WHEN ? = '' THEN etag ELSE ? END,"
                " last_modified = CASE WHEN ? = '' THEN last_modified ELSE ? END,"
                " title = CASE WHEN ? = '' THEN title ELSE ? END WHERE id = ?",
                (
                    now,
                    now,
                    record.status,
                    record.next_due,
                    record.etag,
                    record.etag,
                    record.last_modified,
                    record.last_modified,
                    record.title,
                    record.title,
                    feed_id,
                ),
            )

    def seen(self, feed_id: int, entries: Collection[str]) -> dict[str, SeenEntry]:
        """What is known of these entries of a feed (unknown ones are left out)."""
        keys = list(entries)
        found: dict[str, SeenEntry] = {}
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = self._db.execute(
                "SELECT entry, updated, article_id, attempts FROM feed_entries"
                f" WHERE feed_id = ? AND entry IN ({marks})",
                (feed_id, *part),
            )
            found.update({row[0]: SeenEntry(row[1], row[2], row[3]) for row in rows})
        return found

    def record_entry(
        self, feed_id: int, entry: str, updated: str, article_id: int | None, error: str = ""
    ) -> None:
        """Record what became of an entry: its article, or a failed try."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO feed_entries (feed_id, entry, updated, article_id, attempts,"
                " last_error, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(feed_id, entry) DO UPDATE SET updated = excluded.updated,"
                " article_id = COALESCE(excluded.article_id, article_id),"
                " attempts = CASE WHEN excluded.article_id IS NULL THEN attempts + 1 ELSE 0 END,"
                " last_error = excluded.last_error, seen_at = excluded.seen_at",
                (feed_id, entry, updated, article_id, int(article_id is None), error, self._now()),
            )
