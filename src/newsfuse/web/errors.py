"""Errors as the web app answers them: one short reason, JSON under /api/, an HTML page
elsewhere, never more than a short excerpt of what the client sent."""

from __future__ import annotations

import math
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from newsfuse.errors import BlockedURLError, NewsfuseError

EXCERPT_CHARS = 80
MAX_PROBLEMS = 5


def add_error_handlers(app: FastAPI, templates: Jinja2Templates) -> None:
    """Answer our errors, validation errors and HTTP errors in the two forms the app uses."""

    def answer(request: Request, status: int, detail: Any, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail}, status_code=status)
        return templates.TemplateResponse(
            request, "error.html", {"message": message}, status_code=status
        )

    @app.exception_handler(NewsfuseError)
    def newsfuse_error(request: Request, error: NewsfuseError) -> Response:
        status = 400 if isinstance(error, BlockedURLError) else 422
        message = printable(str(error))
        return answer(request, status, message, message)

    @app.exception_handler(RequestValidationError)
    def validation_error(request: Request, error: RequestValidationError) -> Response:
        problems = [problem(e) for e in error.errors()[:MAX_PROBLEMS]]
        return answer(request, 422, problems, "; ".join(one_line(p) for p in problems))

    @app.exception_handler(HTTPException)
    def http_error(request: Request, error: HTTPException) -> Response:
        message = printable(str(error.detail))
        response = answer(request, error.status_code, message, message)
        response.headers.update(error.headers or {})
        return response


def problem(error: Any) -> dict[str, Any]:
    """A pydantic error as the API shows it: where, what, and a short excerpt of the input
    (never the whole input, never the framework's objects).

    Example:
        >>> problem({"type": "too_long", "loc": ("body", "documents"),
        ...          "msg": "List should have at most 30 items", "input": ["x"] * 31})
        {'type': 'too_long', 'loc': ['body', 'documents'], \
'msg': 'List should have at most 30 items', 'input': 'a list of 31 items'}
    """
    found = {
        "type": str(error.get("type", "")),
        "loc": [part if isinstance(part, int) else printable(str(part)) for part in error["loc"]],
        "msg": printable(str(error.get("msg", ""))).removeprefix("Value error, "),
    }
    if "input" in error:
        found["input"] = excerpt(error["input"])
    return found


def one_line(found: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in found["loc"] if part not in ("body", "query", "path"))
    return f"{where}: {found['msg']}" if where else str(found["msg"])


def excerpt(value: Any) -> Any:
    """What a 422 may echo of an input: a short string, a number, or what kind of thing it was.

    Example:
        >>> excerpt("x" * 100)[-3:], excerpt(float("nan")), excerpt({"a": 1})
        ('xx…', 'nan', 'an object')
    """
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, str):
        text = printable(value)
        return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…"
    return _kind_of(value)


def _kind_of(value: Any) -> str:
    if isinstance(value, list | tuple):
        return f"a list of {len(value)} items"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, bytes):
        return f"{len(value)} bytes"
    return "a value of another kind (a file upload?)"


def printable(text: str) -> str:
    """``text`` safe to encode as UTF-8: a lone surrogate becomes its ``\\udxxx`` escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
