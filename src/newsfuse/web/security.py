"""What keeps the web app to its own origin: the host names it answers, same-origin writes
(with a signed token in every form), JSON-only API bodies, and the security headers of every
response. The Content-Security-Policy is set here and nowhere else.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable, Iterable
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")
_WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", "[::]", ""})
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# "same-site" is refused too: every port of localhost is the same site.
_ACCEPTED_FETCH_SITES = frozenset({"same-origin", "none"})

# --- Host names ----------------------------------------------------------------------------


def allowed_hosts(host: str, extra: Iterable[str] = ()) -> list[str]:
    """The host names the server answers: loopback, the address it listens on (unless a
    wildcard such as 0.0.0.0, which no browser should use as a name) and ``extra``.

    Example:
        >>> allowed_hosts("::1", ["news.lan:8000"])
        ['localhost', '127.0.0.1', '[::1]', 'news.lan']
    """
    names = [*LOOPBACK_HOSTS]
    for name in (host, *extra):
        normal = host_name(name)
        if normal not in _WILDCARD_HOSTS and normal not in names:
            names.append(normal)
    return names


def host_name(name: str) -> str:
    """A host name as a ``Host`` header carries it: lower case, IPv6 in brackets, no port.

    Example:
        >>> host_name("::1"), host_name("[::1]:8000"), host_name("News.LAN:80")
        ('[::1]', '[::1]', 'news.lan')
    """
    name = name.strip().lower()
    if name.count(":") > 1 and not name.startswith("["):
        return f"[{name}]"  # a bare IPv6 address
    if name.startswith("["):
        return name[: name.index("]") + 1] if "]" in name else name
    return name.split(":", 1)[0]


# --- Same-origin writes --------------------------------------------------------------------


class SameOriginWrites:
    """Refuse, with 403, every request that may change state or start work (any method but
    GET, HEAD and OPTIONS) when the browser says it comes from another site.

    Browsers send ``Sec-Fetch-Site`` and ``Origin`` with such requests; a client that is not
    a browser (curl, a script) sends neither and is let through, since it could reach the
    server directly anyway. Forms carry a :class:`FormTokens` token as well, for browsers
    that send neither header.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in _SAFE_METHODS:
            problem = cross_site_problem(Headers(scope=scope))
            if problem:
                await JSONResponse({"detail": problem}, status_code=403)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def cross_site_problem(headers: Headers) -> str:
    """Why a write request looks cross-site ("" when it does not).

    Example:
        >>> cross_site_problem(Headers({"host": "127.0.0.1:8000",
        ...                             "origin": "https://evil.example"}))
        'refused: a request from https://evil.example may not change anything here'
        >>> cross_site_problem(Headers({"host": "127.0.0.1:8000",
        ...                             "origin": "http://127.0.0.1:8000"}))
        ''
    """
    site = headers.get("sec-fetch-site", "none").lower()
    if site not in _ACCEPTED_FETCH_SITES:
        return f"refused: a {site} request may not change anything here"
    origin = headers.get("origin")
    if origin is None or _same_origin(origin, headers.get("host", "")):
        return ""
    shown = origin if len(origin) <= 100 else origin[:100] + "…"
    return f"refused: a request from {shown} may not change anything here"


def _same_origin(origin: str, host: str) -> bool:
    try:
        return urlsplit(origin).netloc.lower() == host.lower()
    except ValueError:  # "http://[" is no origin of ours
        return False


class FormTokens:
    """Signed, expiring tokens for the hidden ``csrf_token`` field of every form.

    Written by hand on purpose: the token is an HMAC (standard library) of the time it was
    issued under a key made when the app starts, so it needs no cookie or session store;
    a page of another site cannot read one (the host allow-list keeps DNS rebinding out),
    and one made by another server, or before a restart, does not verify.

    Example:
        >>> tokens = FormTokens()
        >>> tokens.valid(tokens.issue()), tokens.valid("1.forged"), FormTokens().valid(
        ...     tokens.issue())
        (True, False, False)
    """

    def __init__(
        self, lifetime_seconds: int = 12 * 3600, clock: Callable[[], float] = time.time
    ) -> None:
        self._key = secrets.token_bytes(32)
        self._lifetime = lifetime_seconds
        self._clock = clock

    def issue(self) -> str:
        issued = str(int(self._clock()))
        return f"{issued}.{self._sign(issued)}"

    def valid(self, token: str) -> bool:
        issued, _, signature = token.partition(".")
        if not issued.isdigit() or not hmac.compare_digest(signature, self._sign(issued)):
            return False
        return 0 <= self._clock() - int(issued) <= self._lifetime

    def _sign(self, issued: str) -> str:
        digest = hmac.new(self._key, issued.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def form_token_check(tokens: FormTokens) -> Callable[[str], None]:
    """A FastAPI dependency for every form route: ``dependencies=[Depends(check)]``."""

    def check(csrf_token: Annotated[str, Form(max_length=200)] = "") -> None:
        if not tokens.valid(csrf_token):
            raise HTTPException(
                403, "this form has expired or did not come from this server: reload the page"
            )

    return check


def json_only(request: Request) -> None:
    """A dependency of the JSON API: a request body must be sent as ``application/json``."""
    if request.method in _SAFE_METHODS:
        return
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise HTTPException(415, "send the body as JSON, with Content-Type: application/json")


# --- Response headers ----------------------------------------------------------------------

# Every page of ours: no inline script or style (the templates use /static only), nothing
# from elsewhere, no framing, forms post only here.
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; object-src 'none'"
)
# /docs and /redoc are FastAPI's Swagger UI and ReDoc pages, their files served from here
# (the fastapi-offline package, part of the base install): nothing comes from elsewhere.
# They hold no user content; their one inline script is allowed by its hash, computed from
# what FastAPI renders (docs_policy).
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc"})
DOCS_ASSETS = "/docs-assets"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on our
    # own form posts, which SameOriginWrites must refuse.
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def docs_policy(app: FastAPI) -> str:
    """The CSP of the API docs pages: their files from here only, and the hashes of the
    inline scripts FastAPI puts in them (rendered here exactly as FastAPI renders them)."""
    pages = (
        get_swagger_ui_html(
            openapi_url=app.openapi_url or "",
            title=f"{app.title} - Swagger UI",
            oauth2_redirect_url=app.swagger_ui_oauth2_redirect_url,
            init_oauth=app.swagger_ui_init_oauth,
            swagger_ui_parameters=app.swagger_ui_parameters,
        ),
        get_swagger_ui_oauth2_redirect_html(),
    )
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
        for page in pages
        for script in _INLINE_SCRIPT.findall(bytes(page.body).decode())
    )
    return (
        f"default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "font-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    )


class SecurityHeaders:
    """Add the Content-Security-Policy and the other protective headers to every response."""

    def __init__(self, app: ASGIApp, docs_policy: str) -> None:
        self.app = app
        self.docs_policy = docs_policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = self.docs_policy if scope["path"] in DOCS_PATHS else PAGE_POLICY

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = policy
                for name, value in HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
