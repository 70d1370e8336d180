"""The JSON API under /api/: briefs of posted texts or URLs, and of stored stories."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from starlette.concurrency import run_in_threadpool

from newsfuse.render import to_dict
from newsfuse.settings import DEFAULT_WORDS, MAX_WORDS, MIN_WORDS
from newsfuse.web.common import StoryId, public_article_dict, story_dict
from newsfuse.web.jobs import BusyError, JobBoard
from newsfuse.web.models import BriefRequest, StoryList
from newsfuse.web.service import BriefService
from newsfuse.web.stories import MAX_PAGE_SIZE, PAGE_SIZE, StoryBriefs

WordsQuery = Annotated[int, Query(ge=MIN_WORDS, le=MAX_WORDS)]
LimitQuery = Annotated[
    int, Query(ge=1, le=MAX_PAGE_SIZE, description="Stories per page (at most 200).")
]
CursorQuery = Annotated[
    str,
    Query(max_length=200, description="The `next_cursor` of the page before; none: the first."),
]


def api_router(service: BriefService, jobs: JobBoard, briefs: StoryBriefs) -> APIRouter:
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

    @router.get("/stories", response_model=StoryList)
    async def stories(  # async: a few indexed reads, no hop to a worker thread (see /)
        limit: LimitQuery = PAGE_SIZE, cursor: CursorQuery = ""
    ) -> dict[str, Any]:
        """A page of the stored stories, the last updated first: `{"stories": [{"id",
        "title", "articles", "outlets", "first", "last", "updated", "lead"}], "next_cursor"}`.

        Pass `next_cursor` as `cursor` for the next page; it is "" on the last page. A story
        that gets news while you page moves to the front and is not listed twice."""
        page = briefs.page(limit, cursor)
        return {"stories": [story_dict(s) for s in page.stories], "next_cursor": page.next_cursor}

    @router.get("/stories/{story_id}")
    def story(story_id: StoryId) -> dict[str, Any]:
        """One story with its articles (their text left out)."""
        stored = service.story_articles(story_id)
        if not stored:
            raise HTTPException(404, f"no story {story_id}")
        return {"id": story_id, "articles": [public_article_dict(a) for a in stored]}

    @router.get("/stories/{story_id}/brief")
    async def story_brief(story_id: StoryId, words: WordsQuery = DEFAULT_WORDS) -> dict[str, Any]:
        """The latest brief of a stored story, in at most `words` words, with `"version"`,
        `"created"`, `"since"`, `"whats_new"` and per sentence `"new"` when a version of it is
        stored (as `newsfuse brief --story ID --format json`)."""
        found = briefs.ready(story_id, words)  # as the story page
        if found is None:
            found = await run_in_threadpool(briefs.get, story_id, words)
        return to_dict(found.brief, found.changes)

    return router
