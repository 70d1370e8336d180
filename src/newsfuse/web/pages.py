"""The HTML pages: the story list, a story's brief, and /new with its progress page."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from newsfuse.errors import BlockedURLError
from newsfuse.settings import DEFAULT_WORDS, MAX_WORDS, MIN_WORDS
from newsfuse.web.api import CursorQuery, WordsQuery
from newsfuse.web.common import StoryId, limits, reason
from newsfuse.web.jobs import BusyError, Job, JobBoard
from newsfuse.web.models import BriefRequest
from newsfuse.web.security import FormTokens, form_token_check
from newsfuse.web.service import BriefService
from newsfuse.web.stories import PAGE_SIZE, StoryBriefs
from newsfuse.web.view import BriefView, brief_view


def pages_router(
    service: BriefService,
    jobs: JobBoard,
    templates: Jinja2Templates,
    tokens: FormTokens,
    briefs: StoryBriefs,
) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    _add_story_routes(router, briefs, page)
    _add_new_brief_routes(router, service, jobs, page, Depends(form_token_check(tokens)))
    return router


def _add_new_brief_routes(
    router: APIRouter,
    service: BriefService,
    jobs: JobBoard,
    page: Callable[..., HTMLResponse],
    same_origin_form: Any,
) -> None:
    """/new (the form, and its post that starts a job) and /jobs/{id} (the job's page); a
    form that cannot be briefed comes back filled in."""
    kept = KeptForms()

    @router.get("/new", response_class=HTMLResponse)
    def new_form(request: Request) -> HTMLResponse:
        return page(request, "new.html", limits=limits(), error="", form=NewForm())

    @router.post("/new", dependencies=[same_origin_form])
    def new_submit(
        request: Request,
        documents: Annotated[list[str] | None, Form()] = None,
        urls: Annotated[str, Form()] = "",
        words: Annotated[int, Form(ge=MIN_WORDS, le=MAX_WORDS)] = DEFAULT_WORDS,
    ) -> Response:
        form = NewForm(tuple(documents or ()), urls, words)
        url_list = [u.strip() for u in urls.splitlines() if u.strip()]
        texts = [part for box in form.boxes for part in split_reports(box)]

        def again(status: int, problem: str) -> HTMLResponse:  # the form back, filled in
            return page(request, "new.html", status, limits=limits(), error=problem, form=form)

        problem = _check_request(service, texts, url_list, words)
        if problem:
            return again(400, problem)
        try:
            job = jobs.submit(_brief_job(service, texts, url_list, words), reason)
        except BusyError as busy:
            busy_page = again(503, str(busy))
            busy_page.headers.update(busy.headers)
            return busy_page
        kept.keep(job.id, form)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @router.get("/jobs/{job_id}", response_class=HTMLResponse)
    def job_page(request: Request, job_id: str) -> HTMLResponse:
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, f"no job {job_id} (jobs are kept while the server runs)")
        form = kept.get(job_id) if job.status == "failed" else None
        return page(request, "job.html", job=job, form=form)


@dataclass(frozen=True, slots=True)
class NewForm:
    """What was sent in the /new form: its boxes as pasted, the URLs, the length."""

    boxes: tuple[str, ...] = ()
    urls: str = ""
    words: int = DEFAULT_WORDS

    def box(self, number: int) -> str:
        """The text of box ``number`` (from 1), "" when it was empty."""
        return self.boxes[number - 1] if number <= len(self.boxes) else ""


class KeptForms:
    """The forms of the latest /new jobs, so a job that fails can show its form again
    filled in; at most ``size`` are kept (a form may hold a million characters)."""

    def __init__(self, size: int = 8) -> None:
        self._size = size
        self._forms: OrderedDict[str, NewForm] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, job_id: str, form: NewForm) -> None:
        with self._lock:
            self._forms[job_id] = form
            while len(self._forms) > self._size:
                self._forms.popitem(last=False)

    def get(self, job_id: str) -> NewForm | None:
        with self._lock:
            return self._forms.get(job_id)


def _add_story_routes(
    router: APIRouter, briefs: StoryBriefs, page: Callable[..., HTMLResponse]
) -> None:
    """/ (the stories, the last updated first, a page at a time) and /stories/{id} (a
    story's brief: its latest stored version, with what is new)."""

    # async: a page of the list is a few indexed reads (under a millisecond), cheaper on the
    # event loop than the hop to a worker thread, which costs more under many readers.
    @router.get("/", response_class=HTMLResponse)
    async def index(request: Request, cursor: CursorQuery = "") -> HTMLResponse:
        found = briefs.page(PAGE_SIZE, cursor)
        return page(
            request,
            "index.html",
            stories=found.stories,
            next_cursor=found.next_cursor,
            cursor=cursor,
        )

    @router.get("/stories/{story_id}", response_class=HTMLResponse)
    async def story(
        request: Request, story_id: StoryId, words: WordsQuery = DEFAULT_WORDS
    ) -> Response:
        found = briefs.ready(story_id, words)  # served from memory: no worker thread
        if found is None:  # read from its stored version (or briefed) in a worker thread
            found = await run_in_threadpool(briefs.get, story_id, words)
        view = brief_view(found.brief, found.cited, found.changes)
        return page(request, "story.html", view=view, story_id=story_id, words=words)


_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.MULTILINE)


def split_reports(box: str) -> list[str]:
    r"""The reports pasted in one box: a line of three or more dashes separates them.

    Example:
        >>> split_reports("First report.\n---\nSecond report.\n")
        ['First report.', 'Second report.']
    """
    return [part.strip() for part in _SEPARATOR.split(box) if part.strip()]


def _check_request(service: BriefService, texts: list[str], urls: list[str], words: int) -> str:
    """Why the form cannot be briefed ("" when it can): the API's limits, refused URLs."""
    try:
        BriefRequest(documents=texts, urls=urls, words=words)
        with service.fetcher() as fetcher:
            for url in urls:
                fetcher.check(url)
    except (ValueError, BlockedURLError) as error:
        return reason(error)
    return ""


def _brief_job(service: BriefService, texts: list[str], urls: list[str], words: int) -> Any:
    def work(job: Job) -> BriefView:
        articles = service.articles_from(texts, urls, progress=job.report)
        job.report("Writing the brief")
        return brief_view(service.brief(articles, words), articles)

    return work
