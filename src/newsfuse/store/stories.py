"""Story summary rows: kept current as articles are placed, so listing stories reads one row
per story (and a page of the list reads one page of rows, however large the store)."""

from __future__ import annotations

import base64
import sqlite3
from dataclasses import dataclass

from newsfuse.errors import InputError
from newsfuse.title import is_headline, line_from_lead

LEAD_WORDS = 40
MAX_PAGE = 500
_NEWS = "junk_reason = '' AND superseded_by IS NULL"
_DATED = "(published != '' OR published_at != '')"
_COLUMNS = "id, title, articles, outlets, first_at, last_at, updated_at, lead"


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story as listed: the title of its first titled article, how many current news
    articles and distinct outlets it has, its span (earliest and latest effective publication
    time), when its articles last changed (``updated``), and the first words of its first
    article (``lead``, at most 40 words)."""

    id: int
    title: str
    articles: int
    outlets: int
    first: str
    last: str
    updated: str = ""
    lead: str = ""

    @property
    def headline(self) -> str:
        """The title a list shows, made as a brief's is: the stored title when it is a
        headline, else a short line from the lead (never a placeholder or page furniture).

        Example:
            >>> StorySummary(1, "", 2, 2, "", "",
            ...              lead="KATHMANDU, Nepal (AP) — A strong earthquake struck central "
            ...              "Nepal on Saturday, killing at least 28 people.").headline
            'A strong earthquake struck central Nepal on Saturday'
        """
        return self.title if is_headline(self.title) else line_from_lead(self.lead)


@dataclass(frozen=True, slots=True)
class StoryPage:
    """One page of the story list and the cursor of the next ("" on the last page)."""

    stories: tuple[StorySummary, ...]
    next_cursor: str


def refresh_story(db: sqlite3.Connection, story_id: int, updated_at: str) -> None:
    """Recompute a story's summary row from its articles and mark it changed at
    ``updated_at`` (its brief is due again). Costs the story's size, as briefing it does."""
    # The span counts the dates sources state when any article has one: an undated file
    # stored today does not stretch a story of last March to today.
    row = db.execute(
        "SELECT COUNT(*), COUNT(DISTINCT NULLIF(outlet, '')),"
        f" COALESCE(MIN(CASE WHEN {_DATED} THEN effective_at END), MIN(effective_at)),"
        f" COALESCE(MAX(CASE WHEN {_DATED} THEN effective_at END), MAX(effective_at))"
        f" FROM articles WHERE story_id = ? AND {_NEWS}",
        (story_id,),
    ).fetchone()
    first = db.execute(
        f"SELECT text FROM articles WHERE story_id = ? AND {_NEWS} ORDER BY id LIMIT 1",
        (story_id,),
    ).fetchone()
    titled = db.execute(
        f"SELECT title FROM articles WHERE story_id = ? AND {_NEWS} AND title != ''"
        " ORDER BY id LIMIT 1",
        (story_id,),
    ).fetchone()
    words = first[0].split()[: LEAD_WORDS + 1] if first else []
    lead = " ".join(words[:LEAD_WORDS]) + (" …" if len(words) > LEAD_WORDS else "")
    db.execute(
        "UPDATE stories SET articles = ?, outlets = ?, first_at = ?, last_at = ?, title = ?,"
        " lead = ?, updated_at = ?, needs_brief = 1 WHERE id = ?",
        (
            row[0],
            row[1],
            row[2] or "",
            row[3] or "",
            titled[0] if titled else "",
            lead,
            updated_at,
            story_id,
        ),
    )


def summaries(
    db: sqlite3.Connection, since: str = "", story_id: int | None = None
) -> list[StorySummary]:
    """Stories active on or after ``since``, the last updated first (or just ``story_id``)."""
    where, parameters = "articles > 0 AND last_at >= ?", [since]
    if story_id is not None:
        where, parameters = where + " AND id = ?", [since, str(story_id)]
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM stories WHERE {where} ORDER BY updated_at DESC, id DESC",
        parameters,
    ).fetchall()
    return [StorySummary(*row) for row in rows]


def story_page(db: sqlite3.Connection, limit: int = 50, cursor: str = "") -> StoryPage:
    """Up to ``limit`` stories (1 to 500), the last updated first, after ``cursor`` (the
    ``next_cursor`` of the page before; "" for the first page). Reads only the rows of the
    page through the ``(updated_at, id)`` index, so a page costs the same with 100,000
    stored articles as with 1,000; stories updated while a reader pages move to the front
    and are not shown twice on later pages.

    Raises :class:`~newsfuse.errors.InputError` for a cursor this function did not make.
    """
    limit = max(1, min(limit, MAX_PAGE))
    where, parameters = "articles > 0", []
    if cursor:
        updated, story_id = _decode(cursor)
        where += " AND (updated_at, id) < (?, ?)"
        parameters = [updated, story_id]
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM stories WHERE {where} ORDER BY updated_at DESC, id DESC LIMIT ?",
        [*parameters, limit + 1],
    ).fetchall()
    page = tuple(StorySummary(*row) for row in rows[:limit])
    more = len(rows) > limit
    return StoryPage(page, _encode(page[-1]) if more and page else "")


def _encode(summary: StorySummary) -> str:
    raw = f"{summary.updated}|{summary.id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> tuple[str, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        updated, story_id = raw.rsplit("|", 1)
        return updated, int(story_id)
    except (ValueError, UnicodeDecodeError):
        raise InputError(f"cursor {cursor!r} is not one of ours: start again without it") from None
