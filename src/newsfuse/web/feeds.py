"""The live pages: /feeds (the followed feeds, their status, a form to follow one more) and
/feeds/stories.atom (the latest stories as an Atom feed for the reader's own feed reader)."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from newsfuse.errors import NewsfuseError
from newsfuse.live.follow import Followed, follow
from newsfuse.live.versions import changes_between
from newsfuse.render import brief_from_dict
from newsfuse.store.sqlite import Store
from newsfuse.store.stories import StorySummary
from newsfuse.web.atom import AtomEntry, atom_feed
from newsfuse.web.jobs import BusyError, JobBoard
from newsfuse.web.models import MAX_URL_CHARS
from newsfuse.web.security import FormTokens, form_token_check
from newsfuse.web.service import BriefService
from newsfuse.web.stories import PAGE_SIZE, Memo
from newsfuse.web.view import brief_view
from newsfuse.web.watcher import BackgroundPoller

ATOM_TYPE = "application/atom+xml; charset=utf-8"
UrlField = Annotated[str, Form(max_length=MAX_URL_CHARS)]


def feeds_router(
    service: BriefService,
    jobs: JobBoard,
    templates: Jinja2Templates,
    tokens: FormTokens,
    poller: BackgroundPoller | None,
) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    same_origin_form = Depends(form_token_check(tokens))  # on every route a form posts to
    feed_memo: Memo[tuple[object, ...], bytes] = Memo(4)

    def feeds_page(request: Request, status: int = 200, error: str = "", url: str = "") -> Any:
        with service.reading() as store:
            feeds = store.feeds.all()
        context = {"feeds": feeds, "poller": poller, "error": error, "url": url}
        return templates.TemplateResponse(request, "feeds.html", context, status_code=status)

    @router.get("/feeds", response_class=HTMLResponse)
    def feeds(request: Request) -> HTMLResponse:
        response: HTMLResponse = feeds_page(request)
        return response

    @router.post("/feeds", dependencies=[same_origin_form])
    async def follow_feed(request: Request, url: UrlField) -> Response:
        """Follow a feed (or a page linking one), fetched once through the guarded fetcher
        in a brief slot: a slow site never holds a server thread."""
        url = url.strip()

        def work() -> Followed:
            with service.store() as store, service.fetcher() as fetcher:
                return follow(url, store, fetcher)

        try:
            await asyncio.wrap_future(jobs.call(work))
        except BusyError as busy:
            busy_page: Response = feeds_page(request, 503, str(busy), url)
            busy_page.headers.update(busy.headers)
            return busy_page
        except NewsfuseError as error:
            refused: Response = feeds_page(request, 400, f"Not followed: {error}", url)
            return refused
        if poller is not None:
            poller.wake()  # a new feed is due at once
        return RedirectResponse("/feeds", status_code=303)

    @router.post("/feeds/unfollow", dependencies=[same_origin_form])
    def unfollow_feed(url: UrlField) -> Response:
        with service.store() as store:
            store.feeds.unfollow(url)
        return RedirectResponse("/feeds", status_code=303)

    @router.get("/feeds/stories.atom")
    def stories_atom(request: Request) -> Response:
        """The latest stories, each with its latest stored brief version as content."""
        base = str(request.base_url).rstrip("/")
        with service.reading() as store:
            stories = store.story_page(PAGE_SIZE).stories
            key = (base, tuple((s.id, s.updated, _latest_version(store, s.id)) for s in stories))
            body = feed_memo.get(key, lambda: _feed(store, stories, base, templates))
        return Response(body, media_type=ATOM_TYPE)

    return router


def _latest_version(store: Store, story_id: int) -> int:
    latest = store.versions.latest(story_id, 1)
    return latest[0].version if latest else 0


def _feed(
    store: Store, stories: tuple[StorySummary, ...], base: str, templates: Jinja2Templates
) -> bytes:
    entries = [_entry(store, story, base, templates) for story in stories]
    updated = max((e.updated for e in entries), default=store.now())
    return atom_feed(entries, f"{base}/feeds/stories.atom", f"{base}/", updated)


def _entry(store: Store, story: StorySummary, base: str, templates: Jinja2Templates) -> AtomEntry:
    """A story as an entry: its latest stored brief version (with what is new in it), or
    its lead while it has none (briefs are made by the poller, not by a feed reader)."""
    url = f"{base}/stories/{story.id}"
    title = story.headline or f"Story {story.id}"
    versions = store.versions.latest(story.id, 2)
    updated = story.updated or store.now()
    if not versions:
        html = templates.get_template("atom_entry.html").render(view=None, lead=story.lead, url=url)
        return AtomEntry(url, title, updated, story.lead, html)
    latest, previous = versions[0], (versions[1] if len(versions) > 1 else None)
    brief = brief_from_dict(latest.brief_dict())
    view = brief_view(brief, [], changes_between(brief, latest, previous))
    html = templates.get_template("atom_entry.html").render(view=view, lead=story.lead, url=url)
    return AtomEntry(url, brief.title or title, max(updated, latest.created_at), story.lead, html)
