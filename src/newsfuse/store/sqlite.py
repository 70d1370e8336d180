"""The SQLite store of articles and stories: WAL mode, one transaction per stored article,
schema upgraded in place by numbered migrations (``PRAGMA user_version``).

Every :meth:`Store.add` commits before it returns, so an article reported as stored survives
a crash or kill of the process; WAL keeps the file consistent whatever the moment of death.
:meth:`Store.group_pending` then places stored articles in stories, one transaction each,
through the candidate index the store keeps (``store.index``). Story lists read a summary
row per story (``store.stories``), brief versions live in ``store.versions`` and followed
feeds in ``store.feeds``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from importlib.resources import files
from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir

from newsfuse.clock import Clock, effective_time, iso, utc_now
from newsfuse.cluster import Fingerprint, Member, StoryGrouper, TermVector
from newsfuse.documents import Article, article_from
from newsfuse.errors import StoreError
from newsfuse.ingest.decode import safe_name, safe_text
from newsfuse.ingest.pages import Page
from newsfuse.store.feeds import FeedBook
from newsfuse.store.index import SqliteIndex
from newsfuse.store.stories import StoryPage, StorySummary, refresh_story, story_page, summaries
from newsfuse.store.versions import VersionBook

Outcome = Literal["added", "unchanged", "updated"]

# Migration n brings a store from user_version n-1 to n; never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    files("newsfuse.store").joinpath("schema.sql").read_text(encoding="utf-8"),
    """-- Migration 2: find the articles still to be grouped without a full scan.
    CREATE INDEX articles_to_group ON articles(id)
        WHERE story_id IS NULL AND junk_reason = '' AND superseded_by IS NULL;""",
    files("newsfuse.store").joinpath("migration_3.sql").read_text(encoding="utf-8"),
    files("newsfuse.store").joinpath("migration_4.sql").read_text(encoding="utf-8"),
)
_CURRENT = "superseded_by IS NULL"
_ARTICLE_COLUMNS = (
    "id, source, canonical_url, url, outlet, title, author, published, text, junk_reason,"
    " version, ingested_at, story_id, duplicate_of, effective_at"
)
_CHUNK = 100  # articles placed per transaction
_COUNT_CHUNK = 1000  # articles counted per transaction (a poll round is one)
_PENDING = f"indexed = 0 AND junk_reason = '' AND {_CURRENT}"


def default_db_path() -> Path:
    """Where the store lives unless ``--db`` says otherwise (the user's data directory)."""
    return Path(user_data_dir("newsfuse", appauthor=False)) / "newsfuse.db"


def content_hash(text: str) -> str:
    """The identity of an article's content: SHA-256 of its whitespace-normalised text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AddResult:
    outcome: Outcome
    article_id: int


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored, with its place in a story."""

    id: int
    source: str
    canonical_url: str
    url: str
    outlet: str
    title: str
    author: str
    published: str
    text: str
    junk_reason: str
    version: int
    ingested_at: str
    story_id: int | None
    duplicate_of: int | None
    effective_at: str = ""

    def to_article(self) -> Article:
        return article_from(self, str(self.id))


@dataclass(frozen=True, slots=True)
class GroupingReport:
    """What one :meth:`Store.group_pending` did: articles placed, stories started, copies
    found, and the ids of the stories that changed."""

    grouped: int
    new_stories: int
    duplicates: int
    stories: frozenset[int]


class Store:
    """An open store; use as a context manager, or call :meth:`close`.

    Example:
        >>> import tempfile, pathlib
        >>> from newsfuse.ingest.pages import Page
        >>> folder = tempfile.mkdtemp()
        >>> with Store(pathlib.Path(folder) / "news.db") as store:
        ...     page = Page("a.txt", "file:///a.txt", "Fire crews fought a harbour blaze.")
        ...     store.add(page, None).outcome, store.add(page, None).outcome
        ('added', 'unchanged')
    """

    def __init__(
        self, path: Path, grouper: StoryGrouper | None = None, clock: Clock = utc_now
    ) -> None:
        self.path = path
        self.grouper = grouper or StoryGrouper()
        self._clock = clock
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives process kills
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=10000")
            self._migrate()
        except (sqlite3.Error, OSError) as error:
            raise StoreError(f"cannot open the store ({error})", path) from error
        self.index = SqliteIndex(self._db)
        self.feeds = FeedBook(self._db, self._transaction, self.now)
        self.versions = VersionBook(self._db, self._transaction, self.now)

    def now(self) -> str:
        """The store's clock, as stored (ISO, UTC)."""
        return iso(self._clock())

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(
                f"made by a newer newsfuse (schema {version}, this one knows"
                f" {len(MIGRATIONS)}); upgrade newsfuse",
                self.path,
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self._transaction():
                for statement in _statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def add(self, page: Page, fingerprint: Fingerprint | None) -> AddResult:
        """Store a page unless the same content is stored under its canonical URL; a page whose
        canonical URL is stored with other content becomes a new version of it. The same
        content under another URL (a syndicated copy) is a new article: grouping marks it as
        a duplicate of the first. Committed on return."""
        page = storable(page)
        digest = content_hash(page.text)
        try:
            with self._transaction() as db:
                same = db.execute(
                    "SELECT id FROM articles WHERE canonical_url = ? AND content_hash = ?",
                    (page.canonical_url, digest),
                ).fetchone()
                if same:
                    return AddResult("unchanged", int(same[0]))
                previous = db.execute(
                    f"SELECT id, version, story_id FROM articles WHERE canonical_url = ?"
                    f" AND {_CURRENT} ORDER BY version DESC LIMIT 1",
                    (page.canonical_url,),
                ).fetchone()
                new_id = self._insert(page, digest, fingerprint, previous)
                if previous is None:
                    return AddResult("added", new_id)
                db.execute(
                    "UPDATE articles SET superseded_by = ? WHERE id = ?", (new_id, previous[0])
                )
                return AddResult("updated", new_id)
        except sqlite3.Error as error:
            raise StoreError(f"cannot store {page.source} ({error})", self.path) from error

    def _insert(
        self,
        page: Page,
        digest: str,
        fingerprint: Fingerprint | None,
        previous: tuple[int, int, int | None] | None,
    ) -> int:
        version, story = (previous[1] + 1, previous[2]) if previous else (1, None)
        now = self.now()
        cursor = self._db.execute(
            "INSERT INTO articles (source, canonical_url, url, outlet, title, author, published,"
            " text, content_hash, junk_reason, version, ingested_at, terms, minhash, story_id,"
            " published_at, effective_at, vector)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                page.source,
                page.canonical_url,
                page.url,
                page.outlet,
                page.title,
                page.author,
                page.published,
                page.text,
                digest,
                page.junk,
                version,
                now,
                fingerprint.terms_json() if fingerprint else "{}",
                fingerprint.minhash if fingerprint else b"",
                story if not page.junk else None,
                page.published_at,
                effective_time(page.published_at, page.published, now),
                fingerprint.vector.to_bytes() if fingerprint else b"",
            ),
        )
        return int(cursor.lastrowid or 0)

    def has_pending(self) -> bool:
        """Whether a stored news article still waits to be placed (a partial index)."""
        return (
            self._db.execute(f"SELECT 1 FROM articles WHERE {_PENDING} LIMIT 1").fetchone()
            is not None
        )

    def group_pending(self, grouper: StoryGrouper | None = None) -> GroupingReport:
        """Place every stored news article not yet placed, in the order stored; then retire
        stories inactive for longer than the grouping window.

        Every pending article's terms are counted first, so articles stored together are
        weighed by their own vocabulary too (a batch groups as if grouped at once); then
        they are placed a chunk per transaction. New versions of an article keep their story;
        stores made before the index existed are indexed the same way, stories kept."""
        pending = [
            row[0]
            for row in self._db.execute(f"SELECT id FROM articles WHERE {_PENDING} ORDER BY id")
        ]
        created = duplicates = 0
        changed: set[int] = set()
        try:
            for start in range(0, len(pending), _COUNT_CHUNK):
                with self._transaction():
                    self._count(pending[start : start + _COUNT_CHUNK])
            for start in range(0, len(pending), _CHUNK):
                with self._transaction():
                    for article_id in pending[start : start + _CHUNK]:
                        story, new, copy = self._place(article_id, grouper or self.grouper)
                        changed.add(story)
                        created += new
                        duplicates += copy
            with self._transaction():
                latest = self.index.latest()
                if latest:
                    self.index.retire(self.grouper.active_since(latest))
        except sqlite3.Error as error:
            raise StoreError(f"cannot group stored articles ({error})", self.path) from error
        return GroupingReport(len(pending), created, duplicates, frozenset(changed))

    def _count(self, article_ids: list[int]) -> None:
        """Count the terms of these pending articles in the index, once each."""
        marks = ",".join("?" * len(article_ids))
        rows = self._db.execute(
            "SELECT id, terms, minhash, vector, ingested_at, published, published_at"
            f" FROM articles WHERE id IN ({marks}) AND counted = 0",
            article_ids,
        ).fetchall()
        vectors = []
        for article_id, terms, minhash, vector, ingested, published, published_at in rows:
            fingerprint = Fingerprint.from_stored(terms, minhash, vector)
            vectors.append(fingerprint.vector)
            self._db.execute(
                "UPDATE articles SET counted = 1, vector = ?,"
                " effective_at = CASE WHEN effective_at = '' THEN ? ELSE effective_at END"
                " WHERE id = ?",
                (
                    fingerprint.vector.to_bytes(),
                    effective_time(published_at, published, ingested),
                    article_id,
                ),
            )
        self.index.count(vectors)

    def _place(self, article_id: int, grouper: StoryGrouper) -> tuple[int, bool, bool]:
        """Place one article: ``(its story, whether that story is new, whether it is a copy)``."""
        row = self._db.execute(
            "SELECT terms, minhash, vector, story_id, effective_at, counted, ingested_at,"
            " published, published_at FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        fingerprint = Fingerprint({}, row[1], TermVector.from_bytes(row[2]))
        when = row[4]
        # An undated article is compared with every story still in the index (those active
        # within the window of the stream's clock), not judged by the time it was stored.
        dated = bool(row[7] or row[8])
        member = Member(article_id, fingerprint, row[3], when if dated else "")
        placement = grouper.place(member, self.index)
        story, new, copy = row[3], False, False
        if story is not None:
            for previous in self._db.execute(
                "SELECT id FROM articles WHERE superseded_by = ?", (article_id,)
            ):
                self.index.remove(previous[0], story)
        else:
            story, new = placement.story, placement.story is None
            if story is None:
                story = _new_story(self._db, self.now())
            copy = placement.duplicate_of is not None
            self._db.execute(
                "UPDATE articles SET story_id = ?, duplicate_of = ? WHERE id = ?",
                (story, placement.duplicate_of, article_id),
            )
        self.index.add(placement.entry(member, story, when))
        refresh_story(self._db, story, self.now())
        return story, new, copy

    def stories(self, since: str = "") -> list[StorySummary]:
        """Every story with a news article published (or stored) on or after ``since`` (ISO
        date or time), the last updated first. Reads one summary row per story."""
        return summaries(self._db, since)

    def story_page(self, limit: int = 50, cursor: str = "") -> StoryPage:
        """One page of the story list, the last updated first: see
        :func:`newsfuse.store.stories.story_page`."""
        return story_page(self._db, limit, cursor)

    def story(self, story_id: int) -> StorySummary | None:
        """One story's summary row (``None`` when there is no such story)."""
        found = summaries(self._db, "", story_id)
        return found[0] if found else None

    def story_articles(self, story_id: int) -> list[StoredArticle]:
        """The current news articles of a story, in the order they were stored."""
        return self._articles(
            f"story_id = ? AND junk_reason = '' AND {_CURRENT} ORDER BY id", (story_id,)
        )

    def junk(self) -> list[StoredArticle]:
        return self._articles(f"junk_reason != '' AND {_CURRENT} ORDER BY id", ())

    def article(self, article_id: int) -> StoredArticle | None:
        found = self._articles("id = ?", (article_id,))
        return found[0] if found else None

    def counts(self) -> dict[str, int]:
        row = self._db.execute(
            f"SELECT COUNT(*), SUM({_CURRENT}), SUM(junk_reason != '' AND {_CURRENT}),"
            " (SELECT COUNT(*) FROM stories) FROM articles"
        ).fetchone()
        return {
            "versions": int(row[0] or 0),
            "articles": int(row[1] or 0),
            "junk": int(row[2] or 0),
            "stories": int(row[3] or 0),
        }

    def integrity(self) -> str:
        """SQLite's own check: ``"ok"`` for a sound file."""
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    def _articles(self, where: str, parameters: tuple[object, ...]) -> list[StoredArticle]:
        rows = self._db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE {where}", parameters
        ).fetchall()
        return [StoredArticle(*row) for row in rows]


def storable(page: Page) -> Page:
    r"""The page with every text UTF-8 can hold (SQLite refuses the rest): a name that is not
    valid UTF-8, or a lone surrogate from a JSON escape, is stored escaped (``\xff``).

    Example:
        >>> storable(Page("bad\udcffname.txt", "file:///x", "Fire.")).source
        'bad\\xffname.txt'
    """
    fields = {name: getattr(page, name) for name in page.__slots__}
    safe = {name: safe_name(value) if name == "source" else safe_text(value)
            for name, value in fields.items()}  # fmt: skip
    return page if safe == fields else replace(page, **safe)


def _new_story(db: sqlite3.Connection, now: str) -> int:
    cursor = db.execute("INSERT INTO stories (created_at, updated_at) VALUES (?, ?)", (now, now))
    return int(cursor.lastrowid or 0)


def _statements(script: str) -> list[str]:
    """A migration script's statements (they hold no semicolons inside literals)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
