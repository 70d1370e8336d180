"""Fetch web pages and feeds over http(s), guarded against hostile URLs and huge bodies.

Every hop of a redirect chain is resolved once and every address it resolves to is checked
before anything is sent; the connection is then made to one of those checked addresses
(:mod:`newsfuse.ingest.pinned`), never to a fresh answer of the resolver, so a host name that
resolves to a public address for the check and to 127.0.0.1 for the connection (DNS
rebinding) never reaches 127.0.0.1.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from newsfuse._version import __version__
from newsfuse.errors import BlockedURLError, FetchError
from newsfuse.ingest.addresses import check_address
from newsfuse.ingest.pinned import PinnedBackend, PinnedTransport
from newsfuse.ingest.urls import is_url

__all__ = ["FetchPolicy", "Fetched", "Fetcher", "check_address", "is_url", "system_resolver"]

USER_AGENT = f"newsfuse/{__version__} (news brief generator; +https://pypi.org/project/newsfuse/)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
_RETRY_STATUSES = frozenset({429, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_LOCATION = "newsfuse.location"

Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits of the fetcher; the defaults suit fetching news pages politely.

    Example:
        >>> FetchPolicy(max_bytes=0)
        Traceback (most recent call last):
        ...
        newsfuse.errors.ConfigError: max_bytes must be >= 1024, got 0
    """

    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff_seconds: float = 0.5
    per_host: int = 2
    workers: int = 8
    allow_private: bool = False
    user_agent: str = USER_AGENT

    def __post_init__(self) -> None:
        from newsfuse.errors import ConfigError

        for name, low in (("max_bytes", 1024), ("per_host", 1), ("workers", 1)):
            if getattr(self, name) < low:
                raise ConfigError(f"{name} must be >= {low}, got {getattr(self, name)}")
        if self.max_redirects < 0 or self.retries < 0:
            raise ConfigError("max_redirects and retries must be >= 0")


@dataclass(frozen=True, slots=True)
class Validators:
    """What a conditional GET sends back: the ``ETag`` and ``Last-Modified`` of the last
    answer (either may be "")."""

    etag: str = ""
    last_modified: str = ""

    def headers(self) -> dict[str, str]:
        sent = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in sent.items() if value}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body: the URL asked for, the URL it finally came from, its content type,
    and the answer's validators; ``not_modified`` (with an empty body) when a conditional
    GET was answered 304."""

    requested_url: str
    url: str
    content_type: str
    body: bytes
    validators: Validators = Validators()
    not_modified: bool = False

    @property
    def is_feed(self) -> bool:
        return self.content_type in FEED_TYPES or _looks_like_feed(self.body)


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise FetchError(f"cannot resolve host {host!r} ({error.strerror})") from error
    except UnicodeError as error:  # a label too long or not encodable as IDNA
        raise FetchError(f"cannot resolve host {host!r} ({error})") from error
    return sorted({str(info[4][0]) for info in infos})


@dataclass(frozen=True, slots=True)
class _Target:
    """One hop: its URL, the host name and port to connect to, and the addresses checked
    for them (none with ``allow_private``: nothing is checked, the name is resolved as usual)."""

    url: str
    host: str
    port: int
    addresses: tuple[str, ...]


def _parse(url: str) -> tuple[str, int]:
    """The host name (as it goes on the wire: IDNA, no brackets) and port of an http(s) URL.

    Example:
        >>> _parse("https://Bücher.example/a")
        ('xn--bcher-kva.example', 443)
        >>> _parse("http://news.example:99999/")
        Traceback (most recent call last):
        ...
        newsfuse.errors.BlockedURLError: http://news.example:99999/: not a valid URL \
(Port out of range 0-65535)
    """
    try:
        parts = urlsplit(url)
        port = parts.port
        wire = httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as error:
        raise BlockedURLError(f"not a valid URL ({error})", _excerpt(url)) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise BlockedURLError("only http:// and https:// URLs can be fetched", _excerpt(url))
    if not parts.hostname or not wire.raw_host:
        raise BlockedURLError("not a valid URL (it names no host)", _excerpt(url))
    return wire.raw_host.decode("ascii"), port or (443 if wire.scheme == "https" else 80)


def _excerpt(url: str, limit: int = 200) -> str:
    """A URL as error messages show it: at most ``limit`` characters, always printable."""
    safe = url.encode("utf-8", "backslashreplace").decode("utf-8")
    return safe if len(safe) <= limit else safe[:limit] + "…"


class Fetcher:
    """Fetch URLs under a :class:`FetchPolicy`; the transport and resolver are injected so
    tests never touch the network.

    By default each request goes through a :class:`~newsfuse.ingest.pinned.PinnedTransport`
    that connects only to the addresses checked for its hop; ``network`` replaces the
    backend that opens its sockets (tests). An injected ``transport`` (a mock web) has no
    sockets, so nothing is pinned, but every hop is still checked.

    Example:
        >>> def handler(request):
        ...     return httpx.Response(200, text="<p>Hi</p>", headers={"content-type": "text/html"})
        >>> fetcher = Fetcher(transport=httpx.MockTransport(handler),
        ...                   resolver=lambda host, port: ["93.184.216.34"])
        >>> fetcher.fetch("https://news.example/a").body
        b'<p>Hi</p>'
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = system_resolver,
        sleep: Callable[[float], None] = time.sleep,
        network: httpcore.NetworkBackend | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._resolver = resolver
        self._sleep = sleep
        self._backend: PinnedBackend | None = None
        if transport is None:
            self._backend = PinnedBackend(network, allow_unpinned=self.policy.allow_private)
            transport = PinnedTransport(self._backend)
        self._client = httpx.Client(
            transport=transport,
            follow_redirects=False,  # each hop is checked by hand
            timeout=httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout),
            headers={"User-Agent": self.policy.user_agent},
            trust_env=False,
            event_hooks={"response": [_take_location]},
        )
        self._host_slots: defaultdict[str, threading.Semaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(self.policy.per_host)
        )
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, validators: Validators | None = None) -> Fetched:
        """Fetch one URL, following redirects; raises :class:`FetchError` with the reason.

        With ``validators`` the GET is conditional: a 304 answer comes back as
        ``not_modified`` with an empty body (and costs no more than its headers)."""
        current = url
        headers = validators.headers() if validators else {}
        for _ in range(self.policy.max_redirects + 1):
            outcome = self._with_retries(self._target(current), headers)
            if isinstance(outcome, str):
                current = outcome
                continue
            return replace(outcome, requested_url=url, url=current)
        raise FetchError(f"more than {self.policy.max_redirects} redirects", url)

    def fetch_many(self, urls: Iterable[str]) -> Iterator[tuple[str, Fetched | FetchError]]:
        """Fetch URLs concurrently (at most ``per_host`` at a time per host), yielding
        ``(url, result or error)`` in the order given."""
        with ThreadPoolExecutor(max_workers=self.policy.workers) as pool:
            yield from pool.map(self._fetch_or_error, urls)

    def _fetch_or_error(self, url: str) -> tuple[str, Fetched | FetchError]:
        try:
            return url, self.fetch(url)
        except FetchError as error:
            return url, error

    def check(self, url: str) -> None:
        """Raise :class:`BlockedURLError` now if ``url`` would be refused (not a valid
        http(s) URL, or a host with an address that is not public)."""
        host, port = _parse(url)
        if not self.policy.allow_private:
            self._checked_addresses(url, host, port)

    def _target(self, url: str) -> _Target:
        """Resolve the hop once and check every address it resolves to."""
        host, port = _parse(url)
        if self.policy.allow_private:  # nothing to check: the transport resolves the name
            return _Target(url, host, port, ())
        return _Target(url, host, port, self._checked_addresses(url, host, port))

    def _checked_addresses(self, url: str, host: str, port: int) -> tuple[str, ...]:
        addresses = self._resolve(url, host, port)
        for address in addresses:
            check_address(address, url)
        return tuple(addresses)

    def _resolve(self, url: str, host: str, port: int) -> list[str]:
        try:
            addresses = self._resolver(host, port)
        except FetchError as error:
            raise FetchError(error.reason, url) from error
        if not addresses:
            raise FetchError(f"host {host!r} resolves to no address", url)
        return addresses

    def _with_retries(self, target: _Target, headers: dict[str, str]) -> Fetched | str:
        url = target.url
        with self._slot(target.host), self._pinned(target):
            for attempt in range(self.policy.retries + 1):
                last = attempt == self.policy.retries
                try:
                    return self._request(url, retry_status=not last, headers=headers)
                except _RetryableError as retry:
                    if last:
                        raise FetchError(retry.reason, url) from None
                self._sleep(self.policy.backoff_seconds * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _pinned(self, target: _Target) -> AbstractContextManager[None]:
        if self._backend is None or not target.addresses:
            return nullcontext()
        return self._backend.pinned(target.host, target.port, target.addresses)

    def _slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            return self._host_slots[host]

    def _request(self, url: str, retry_status: bool, headers: dict[str, str]) -> Fetched | str:
        """One GET: the redirect target, or what came back (URLs filled in by the caller)."""
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code in _REDIRECT_STATUSES:
                    return _redirect_target(response, url)
                validators = Validators(
                    response.headers.get("etag", ""), response.headers.get("last-modified", "")
                )
                if response.status_code == 304:
                    if not headers:
                        raise FetchError("HTTP 304 to a request that was not conditional", url)
                    return Fetched(url, url, "", b"", validators, not_modified=True)
                if response.status_code in _RETRY_STATUSES and retry_status:
                    raise _RetryableError(f"HTTP {response.status_code}")
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code}", url)
                content_type = _content_type(response, url)
                return Fetched(url, url, content_type, self._read_body(response, url), validators)
        except httpx.TimeoutException:
            raise _RetryableError("timed out") from None
        except httpx.TransportError as error:
            raise _RetryableError(f"network error ({type(error).__name__})") from None

    def _read_body(self, response: httpx.Response, url: str) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"body of {declared} bytes is over the {limit}-byte limit", url)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"body is over the {limit}-byte limit", url)
            chunks.append(chunk)
        return b"".join(chunks)


class _RetryableError(Exception):
    """A failure worth retrying (timeouts, network errors, 429 and 5xx gateways)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _take_location(response: httpx.Response) -> None:
    """Move a response's Location out of httpx's sight: the fetcher follows redirects by hand,
    with its own checks, and httpx would otherwise parse the Location first and fail on one
    it cannot read (``http:host``) before the fetcher sees the response."""
    if "location" in response.headers:
        response.extensions[_LOCATION] = response.headers["location"]
        del response.headers["location"]


def _redirect_target(response: httpx.Response, url: str) -> str:
    location = str(response.extensions.get(_LOCATION) or "")
    if not location:
        raise FetchError(f"HTTP {response.status_code} redirect without a Location", url)
    try:
        return urljoin(url, location)
    except ValueError as error:
        raise FetchError(f"a redirect to an invalid URL ({error})", url) from None


def _content_type(response: httpx.Response, url: str) -> str:
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in PAGE_TYPES + FEED_TYPES:
        raise FetchError(f"content type {content_type} is not a web page or a feed", url)
    return content_type or "text/html"


def _looks_like_feed(body: bytes) -> bool:
    head = body[:2000].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)
