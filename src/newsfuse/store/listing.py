"""Stories of the store as a rich table or as JSON, for ``newsfuse stories``."""

from __future__ import annotations

import json
from typing import Any

from rich.table import Table

from newsfuse.store.sqlite import Store, StoredArticle


def stories_json(store: Store, since: str = "") -> str:
    """``{"stories": [{"id", "title", "first", "last", "updated", "articles": [{"id",
    "source", ...}]}], "junk": [...]}``, the last updated story first."""
    payload = {
        "stories": [
            {
                "id": summary.id,
                "title": summary.headline,
                "first": summary.first,
                "last": summary.last,
                "updated": summary.updated,
                "articles": [article_dict(a) for a in store.story_articles(summary.id)],
            }
            for summary in store.stories(since)
        ],
        "junk": [{"id": a.id, "source": a.source, "reason": a.junk_reason} for a in store.junk()],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1)


def article_dict(article: StoredArticle) -> dict[str, Any]:
    """A stored article as `stories --format json` and the web API list it (text left out)."""
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "duplicate_of": article.duplicate_of,
    }


def stories_table(store: Store, since: str = "") -> Table:
    table = Table(title="Stories", show_lines=False)
    for column in ("id", "articles", "outlets", "first", "last", "updated", "title"):
        table.add_column(column, overflow="fold")
    for summary in store.stories(since):
        table.add_row(
            str(summary.id),
            str(summary.articles),
            str(summary.outlets or "—"),  # none named by its sources: unknown, not zero
            summary.first[:10],
            summary.last[:10],
            summary.updated[:16].replace("T", " "),
            summary.headline,
        )
    return table


def lead(store: Store, story_id: int, words: int) -> str:
    """The first ``words`` words of a story's first article (with "…" when cut)."""
    first = store.story_articles(story_id)[:1]
    text = first[0].text.split() if first else []
    return " ".join(text[:words]) + (" …" if len(text) > words else "")
