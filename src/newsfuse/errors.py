"""The one exception hierarchy of newsfuse.

Every error newsfuse raises on purpose is a ``NewsfuseError``; its message names the input
and says what to do about it, so the CLI can print it as one line without a traceback. An
error about one input also carries that input apart from the message (``InputError.source``,
``FetchError.url``, ``StoreError.path``) with ``reason`` saying what is wrong with it, so a
caller that names the input itself does not name it twice::

    NewsfuseError
    ├── InputError      a file, text or record that cannot be read as a news report
    │   ├── MissingPathError a path names no file or folder
    │   ├── NoContentError   input was readable but held no usable article text
    │   └── FetchError       a URL could not be fetched (HTTP error, timeout, too big, ...)
    │       └── BlockedURLError  the URL is refused: not valid http(s), or a private address
    ├── ConfigError     a setting out of range (``words must be >= 10, got 3``) or not one of
    │                   its choices (``format must be one of markdown, json, html``)
    ├── StoreError      the article store cannot be opened, read or written
    └── EvaluationError the evaluation harness was given data it cannot score
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class NewsfuseError(Exception):
    """Base class of every error newsfuse raises on purpose."""


def needs_extra(what: str, extra: str) -> str:
    """What to say when an optional part is not installed. newsfuse installs from its own
    folder (it is not a package on PyPI): ``pip install 'newsfuse[web]'`` would not find it.

    Example:
        >>> needs_extra("serve", "web")
        "serve needs the web extra: pip install -e '.[web]' in the newsfuse folder"
    """
    return f"{what} needs the {extra} extra: pip install -e '.[{extra}]' in the newsfuse folder"


class InputError(NewsfuseError):
    """An input (file, text, JSONL record) cannot be read as a news report.

    ``source`` names the input (a file name, a URL, ``in.jsonl:3``, ``text 2``; "" when the
    error is about no single input) and ``reason`` says what is wrong with it; the message is
    ``"source: reason"``.

    Example:
        >>> error = InputError("the file is empty", source="notes.txt")
        >>> str(error), error.source, error.reason
        ('notes.txt: the file is empty', 'notes.txt', 'the file is empty')
    """

    def __init__(self, reason: str, source: str = "") -> None:
        super().__init__(f"{source}: {reason}" if source else reason)
        self.reason = reason
        self.source = source

    def __reduce__(self) -> tuple[Any, ...]:  # across processes with its source kept
        return (type(self), (self.reason, self.source))


class MissingPathError(InputError):
    """A path names no file or folder: ``no such file or folder: PATH``."""

    def __init__(self, path: str) -> None:
        super().__init__("no such file or folder", source=path)
        self.args = (f"no such file or folder: {path}",)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.source,))


class NoContentError(InputError):
    """The input was readable but no article text is left after boilerplate removal."""


class FetchError(InputError):
    """A URL could not be fetched: network error, HTTP error status, wrong content type,
    a body over the size limit, or too many redirects. ``url`` is the URL (its ``source``)."""

    def __init__(self, reason: str, url: str = "") -> None:
        super().__init__(reason, source=url)

    @property
    def url(self) -> str:
        return self.source


class BlockedURLError(FetchError):
    """A URL is refused before fetching: not a valid http(s) URL, or a host that resolves to
    a loopback, private, link-local or reserved address (see ``--allow-private``)."""


class StoreError(NewsfuseError):
    """The SQLite article store cannot be opened, migrated, read or written; ``path`` is the
    store's file and ``reason`` what went wrong (the message is ``"path: reason"``)."""

    def __init__(self, reason: str, path: Path | str | None = None) -> None:
        super().__init__(f"{path}: {reason}" if path is not None else reason)
        self.reason = reason
        self.path = Path(path) if path is not None else None

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.reason, self.path))


class ConfigError(NewsfuseError):
    """A setting is out of its allowed range, or not one of its choices."""


class EvaluationError(NewsfuseError):
    """The evaluation harness was given data it cannot score."""
