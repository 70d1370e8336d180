"""The one exception hierarchy of newsfuse.

Every error newsfuse raises on purpose is a ``NewsfuseError``; its message names the input
and says what to do about it, so the CLI can print it as one line without a traceback::

    NewsfuseError
    ├── InputError      a file, text or record that cannot be read as a news report
    │   ├── NoContentError   input was readable but held no usable article text
    │   └── FetchError       a URL could not be fetched (HTTP error, timeout, too big, ...)
    │       └── BlockedURLError  the URL is refused: not valid http(s), or a private address
    ├── ConfigError     a setting out of range (``words must be >= 10, got 3``)
    ├── StoreError      the article store cannot be opened, read or written
    └── EvaluationError the evaluation harness was given data it cannot score
"""

from __future__ import annotations


class NewsfuseError(Exception):
    """Base class of every error newsfuse raises on purpose."""


class InputError(NewsfuseError):
    """An input (file, text, JSONL record) cannot be read as a news report."""


class NoContentError(InputError):
    """The input was readable but no article text is left after boilerplate removal."""


class FetchError(InputError):
    """A URL could not be fetched: network error, HTTP error status, wrong content type,
    a body over the size limit, or too many redirects."""


class BlockedURLError(FetchError):
    """A URL is refused before fetching: not a valid http(s) URL, or a host that resolves to
    a loopback, private, link-local or reserved address (see ``--allow-private``)."""


class StoreError(NewsfuseError):
    """The SQLite article store cannot be opened, migrated, read or written."""


class ConfigError(NewsfuseError):
    """A setting is out of its allowed range."""


class EvaluationError(NewsfuseError):
    """The evaluation harness was given data it cannot score."""
