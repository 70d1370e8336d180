"""What the pages and the API share: stored stories as rows, articles as dicts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import HTTPException
from fastapi import Path as PathParam

from newsfuse.documents import Article
from newsfuse.store.listing import article_dict, lead
from newsfuse.store.sqlite import StoredArticle
from newsfuse.store.stories import StorySummary
from newsfuse.web.models import MAX_DOCUMENTS, MAX_TOTAL_CHARS, MAX_URLS
from newsfuse.web.service import BriefService, public_source

LEAD_WORDS = 30
# SQLite integers are 64-bit: a larger id would overflow in the store, not just be missing.
StoryId = Annotated[int, PathParam(ge=1, le=2**63 - 1)]


def stored_articles(service: BriefService, story_id: int) -> list[Article]:
    stored = service.story_articles(story_id)
    if not stored:
        raise HTTPException(404, f"no story {story_id}")
    return [a.to_article() for a in stored]


@dataclass(frozen=True, slots=True)
class StoryRow:
    """A story as the list shows it: its summary and a one-line lead."""

    summary: StorySummary
    lead: str


def story_rows(service: BriefService) -> list[StoryRow]:
    with service.store() as store:
        return [StoryRow(s, lead(store, s.id, LEAD_WORDS)) for s in store.stories()]


def story_dict(row: StoryRow) -> dict[str, Any]:
    summary = row.summary
    return {
        "id": summary.id,
        "title": summary.headline,
        "articles": summary.articles,
        "outlets": summary.outlets,
        "first": summary.first,
        "last": summary.last,
        "lead": row.lead,
    }


def public_article_dict(article: StoredArticle) -> dict[str, Any]:
    """A stored article as the API lists it: its source file by name, not by server path."""
    found = article_dict(article)
    found["source"] = public_source(article.source)
    return found


def limits() -> dict[str, int]:
    return {"documents": MAX_DOCUMENTS, "urls": MAX_URLS, "characters": MAX_TOTAL_CHARS}


def reason(error: Exception) -> str:
    if hasattr(error, "errors"):  # pydantic: the first message, without its prefix
        first = error.errors()[0]
        return str(first.get("msg", error)).removeprefix("Value error, ")
    return str(error)
