"""The JSON API under /api/: briefs of posted texts or URLs, and of stored stories."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from newsfuse.render import to_dict
from newsfuse.settings import DEFAULT_WORDS, MAX_WORDS, MIN_WORDS
from newsfuse.web.common import (
    StoryId,
    public_article_dict,
    stored_articles,
    story_dict,
    story_rows,
)
from newsfuse.web.jobs import BusyError, JobBoard
from newsfuse.web.models import BriefRequest
from newsfuse.web.service import BriefService

WordsQuery = Annotated[int, Query(ge=MIN_WORDS, le=MAX_WORDS)]


def api_router(service: BriefService, jobs: JobBoard) -> APIRouter:
    router = APIRouter(tags=["api"])

    @router.post("/briefs", responses={503: {"description": "Busy: retry after Retry-After"}})
    async def brief(body: BriefRequest) -> dict[str, Any]:
        """Brief the given article texts and/or URLs: the JSON of `newsfuse brief -f json`.

        Briefs share a few slots with the /new page; when every slot is taken and the queue
        is full, the answer is 503 with a `Retry-After` header (seconds)."""

        def work() -> dict[str, Any]:
            articles = service.articles_from(body.documents, body.urls)
            return to_dict(service.brief(articles, body.words))

        try:
            pending = jobs.call(work)
        except BusyError as busy:
            raise HTTPException(503, str(busy), headers=busy.headers) from None
        return await asyncio.wrap_future(pending)  # waits without holding a server thread

    @router.get("/stories")
    def stories() -> dict[str, Any]:
        """Every stored story: id, title, counts, time span and a one-line lead."""
        service.group_new_articles()
        return {"stories": [story_dict(row) for row in story_rows(service)]}

    @router.get("/stories/{story_id}")
    def story(story_id: StoryId) -> dict[str, Any]:
        """One story with its articles (their text left out)."""
        stored = service.story_articles(story_id)
        if not stored:
            raise HTTPException(404, f"no story {story_id}")
        return {"id": story_id, "articles": [public_article_dict(a) for a in stored]}

    @router.get("/stories/{story_id}/brief")
    def story_brief(story_id: StoryId, words: WordsQuery = DEFAULT_WORDS) -> dict[str, Any]:
        """The brief of a stored story, in at most `words` words."""
        return to_dict(service.brief(stored_articles(service, story_id), words))

    return router
