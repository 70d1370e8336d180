"""The SQLite store of articles and stories: WAL mode, one transaction per stored article,
schema upgraded in place by numbered migrations (``PRAGMA user_version``).

Every :meth:`Store.add` commits before it returns, so an article reported as stored survives
a crash or kill of the process; WAL keeps the file consistent whatever the moment of death.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir

from newsfuse.cluster import Assignment, Fingerprint, Member
from newsfuse.documents import Article
from newsfuse.errors import StoreError
from newsfuse.ingest.decode import safe_name, safe_text
from newsfuse.ingest.pages import Page

Outcome = Literal["added", "unchanged", "updated"]

# Migration n brings a store from user_version n-1 to n; never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    files("newsfuse.store").joinpath("schema.sql").read_text(encoding="utf-8"),
    """-- Migration 2: find the articles still to be grouped without a full scan.
    CREATE INDEX articles_to_group ON articles(id)
        WHERE story_id IS NULL AND junk_reason = '' AND superseded_by IS NULL;""",
)
_CURRENT = "superseded_by IS NULL"
_ARTICLE_COLUMNS = (
    "id, source, canonical_url, url, outlet, title, author, published, text, junk_reason,"
    " version, ingested_at, story_id, duplicate_of"
)


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

    def to_article(self) -> Article:
        return Article(
            id=str(self.id),
            text=self.text,
            title=self.title,
            outlet=self.outlet,
            url=self.url,
            published=self.published,
            source=self.source,
            author=self.author,
        )


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story as listed: its size, outlets, time span and the title of its first article."""

    id: int
    title: str
    articles: int
    outlets: int
    first: str
    last: str


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

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives process kills
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=10000")
            self._migrate()
        except (sqlite3.Error, OSError) as error:
            raise StoreError(f"{path}: cannot open the store ({error})") from error

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
                f"{self.path}: made by a newer newsfuse (schema {version}, this one knows"
                f" {len(MIGRATIONS)}); upgrade newsfuse"
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
            raise StoreError(f"{self.path}: cannot store {page.source} ({error})") from error

    def _insert(
        self,
        page: Page,
        digest: str,
        fingerprint: Fingerprint | None,
        previous: tuple[int, int, int | None] | None,
    ) -> int:
        version, story = (previous[1] + 1, previous[2]) if previous else (1, None)
        cursor = self._db.execute(
            "INSERT INTO articles (source, canonical_url, url, outlet, title, author, published,"
            " text, content_hash, junk_reason, version, ingested_at, terms, minhash, story_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                _now(),
                fingerprint.terms_json() if fingerprint else "{}",
                fingerprint.minhash if fingerprint else b"",
                story if not page.junk else None,
            ),
        )
        return int(cursor.lastrowid or 0)

    def members(self) -> tuple[list[Member], list[Member]]:
        """Grouped and still-ungrouped current news articles (junk excluded), by id."""
        rows = self._db.execute(
            f"SELECT id, terms, minhash, story_id FROM articles"
            f" WHERE junk_reason = '' AND {_CURRENT} ORDER BY id"
        ).fetchall()
        members = [Member(r[0], Fingerprint.from_stored(r[1], r[2]), r[3]) for r in rows]
        return [m for m in members if m.story is not None], [m for m in members if m.story is None]

    def has_ungrouped(self) -> bool:
        """Whether some news article still waits for a story (cheap: a partial index)."""
        row = self._db.execute(
            f"SELECT 1 FROM articles WHERE story_id IS NULL AND junk_reason = '' AND {_CURRENT}"
            " LIMIT 1"
        ).fetchone()
        return row is not None

    def assign(self, assignments: Sequence[Assignment]) -> int:
        """Record where new articles went, creating the new stories; one transaction.
        Returns the number of stories created."""
        created: dict[int, int] = {}
        with self._transaction() as db:
            for item in assignments:
                story = item.story
                if story < 0:
                    if story not in created:
                        created[story] = _new_story(db)
                    story = created[story]
                db.execute(
                    "UPDATE articles SET story_id = ?, duplicate_of = ? WHERE id = ?",
                    (story, item.duplicate_of, item.article_id),
                )
        return len(created)

    def stories(self, since: str = "") -> list[StorySummary]:
        """Stories with at least one current news article dated (or ingested) on or after
        ``since`` (ISO date), most recent first."""
        rows = self._db.execute(
            f"""SELECT story_id, COUNT(*), COUNT(DISTINCT NULLIF(outlet, '')),
                       MIN(COALESCE(NULLIF(published, ''), ingested_at)),
                       MAX(COALESCE(NULLIF(published, ''), ingested_at)),
                       (SELECT title FROM articles first WHERE first.story_id = a.story_id
                        AND first.title != '' ORDER BY first.id LIMIT 1)
                FROM articles a
                WHERE story_id IS NOT NULL AND junk_reason = '' AND {_CURRENT}
                GROUP BY story_id HAVING MAX(COALESCE(NULLIF(published, ''), ingested_at)) >= ?
                ORDER BY 5 DESC, story_id""",
            (since,),
        ).fetchall()
        return [StorySummary(r[0], r[5] or "", r[1], r[2], r[3], r[4]) for r in rows]

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


def _new_story(db: sqlite3.Connection) -> int:
    cursor = db.execute("INSERT INTO stories (created_at) VALUES (?)", (_now(),))
    return int(cursor.lastrowid or 0)


def _statements(script: str) -> list[str]:
    """A migration script's statements (they hold no semicolons inside literals)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
