"""What the pages and the API share: stored stories as rows, articles as dicts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path as PathParam

from newsfuse.store.listing import article_dict
from newsfuse.store.sqlite import StoredArticle
from newsfuse.store.stories import StorySummary
from newsfuse.web.models import MAX_DOCUMENTS, MAX_TOTAL_CHARS, MAX_URLS
from newsfuse.web.service import public_source

# SQLite integers are 64-bit: a larger id would overflow in the store, not just be missing.
StoryId = Annotated[int, PathParam(ge=1, le=2**63 - 1)]


def story_dict(summary: StorySummary) -> dict[str, Any]:
    """A story as the API lists it: its summary row, with the first words of its lead."""
    return {
        "id": summary.id,
        "title": summary.headline,
        "articles": summary.articles,
        "outlets": summary.outlets,
        "first": summary.first,
        "last": summary.last,
        "updated": summary.updated,
        "lead": summary.lead,
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
