"""What the pages and the API share: stored stories as rows, articles as dicts."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException

from newsfuse.documents import Article
from newsfuse.store.sqlite import StoredArticle, StorySummary
from newsfuse.web.models import MAX_DOCUMENTS, MAX_TOTAL_CHARS, MAX_URLS
from newsfuse.web.service import BriefService

LEAD_WORDS = 30


def stored_articles(service: BriefService, story_id: int) -> list[Article]:
    stored = service.story_articles(story_id)
    if not stored:
        raise HTTPException(404, f"no story {story_id}")
    return [a.to_article() for a in stored]


class StoryRow:
    """A story as the list shows it."""

    def __init__(self, summary: StorySummary, articles: list[StoredArticle]) -> None:
        self.summary = summary
        self.outlets = len({a.outlet for a in articles if a.outlet})
        first = articles[0] if articles else None
        self.title = summary.title or (first.title if first else "")
        words = first.text.split() if first else []
        self.lead = " ".join(words[:LEAD_WORDS]) + (" …" if len(words) > LEAD_WORDS else "")


def story_rows(service: BriefService) -> list[StoryRow]:
    with service.store() as store:
        return [StoryRow(s, store.story_articles(s.id)) for s in store.stories()]


def story_dict(row: StoryRow) -> dict[str, Any]:
    summary = row.summary
    return {
        "id": summary.id,
        "title": row.title,
        "articles": summary.articles,
        "outlets": row.outlets,
        "first": summary.first,
        "last": summary.last,
        "lead": row.lead,
    }


def limits() -> dict[str, int]:
    return {"documents": MAX_DOCUMENTS, "urls": MAX_URLS, "characters": MAX_TOTAL_CHARS}


def reason(error: Exception) -> str:
    if hasattr(error, "errors"):  # pydantic: the first message, without its prefix
        first = error.errors()[0]
        return str(first.get("msg", error)).removeprefix("Value error, ")
    return str(error)
