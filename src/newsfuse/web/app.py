"""The FastAPI app: story pages, the /new form, and the JSON API under /api/.

Everything that comes from articles is untrusted and reaches HTML only through Jinja2's
autoescaping; request bodies are capped before they are read; work per request is bounded.
Only our own host names are answered, writes must come from our own pages, and every
response carries a strict Content-Security-Policy (:mod:`newsfuse.web.security`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsfuse._version import __version__
from newsfuse.web.api import api_router
from newsfuse.web.errors import add_error_handlers
from newsfuse.web.feeds import feeds_router
from newsfuse.web.jobs import JobBoard
from newsfuse.web.pages import pages_router
from newsfuse.web.security import (
    DOCS_ASSETS,
    FormTokens,
    SameOriginWrites,
    SecurityHeaders,
    allowed_hosts,
    docs_policy,
    json_only,
)
from newsfuse.web.service import BriefService, WebConfig
from newsfuse.web.stories import StoryBriefs
from newsfuse.web.watcher import BackgroundPoller

__all__ = ["WebConfig", "create_app"]

HERE = Path(__file__).parent


def create_app(config: WebConfig) -> FastAPI:
    """The web app over the store at ``config.db``; with ``config.watch_every``, the live
    poller runs in a thread of the server while the app runs."""
    service = BriefService(config)
    jobs = JobBoard(config.brief_workers, config.brief_queue)
    briefs = StoryBriefs(service)
    poller = None
    if config.watch_every is not None:
        poller = BackgroundPoller(service, config.watch_every, config.say)
    tokens = FormTokens()
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["csrf_token"] = tokens.issue  # {{ csrf_token() }} in every form

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if poller is not None:
            service.store().close()  # migrated here, not by the poller and a reader at once
            poller.start()
        try:
            yield
        finally:
            if poller is not None and not poller.stop():
                config.say("the poller is still waiting on a fetch; it ends with the server")
            jobs.shutdown()
            service.close()

    app = FastAPIOffline(  # /docs and /redoc load their files from DOCS_ASSETS, not a CDN
        title="newsfuse",
        version=__version__,
        description="Cited briefs of news stories: every sentence shows its sources.",
        lifespan=lifespan,
        redirect_slashes=False,  # a slash redirect would echo the Host header into Location
        static_url=DOCS_ASSETS,
    )
    # The last added runs first: headers on every answer, then the host check, then the
    # same-origin check of writes, then the body cap.
    app.state.poller = poller  # the poller of serve --watch (None without), for a look in
    app.add_middleware(BodySizeLimit, max_bytes=config.max_body_bytes)
    app.add_middleware(SameOriginWrites)
    app.add_middleware(
        TrustedHostMiddleware,
        allowed_hosts=allowed_hosts(config.host, config.allowed_hosts),
        www_redirect=False,
    )
    app.add_middleware(SecurityHeaders, docs_policy=docs_policy(app))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(pages_router(service, jobs, templates, tokens, briefs))
    app.include_router(feeds_router(service, jobs, templates, tokens, poller))
    app.include_router(
        api_router(service, jobs, briefs), prefix="/api", dependencies=[Depends(json_only)]
    )
    add_error_handlers(app, templates)
    return app


class BodySizeLimit:
    """Refuse request bodies over ``max_bytes`` with 413, by the declared length or while the
    body streams in (a client may send no Content-Length)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        refused = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                refused = True
                await self._refuse(send)
                return {"type": "http.disconnect"}  # the app stops reading: the client left
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:  # the 413 is already sent; whatever the app says now is dropped
                await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not refused:
                raise

    async def _refuse(self, send: Send) -> None:
        response = JSONResponse(
            {"detail": f"request body is larger than {self.max_bytes} bytes"}, status_code=413
        )
        await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}
