"""Fetch web pages and feeds over http(s), guarded against hostile URLs and huge bodies.

Every hop of a redirect chain is checked before it is requested, and the address actually
connected to is checked again once the connection is open, so a host name that resolves to
a public address for the check and to 127.0.0.1 for the connection is still refused.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from newsfuse._version import __version__
from newsfuse.errors import BlockedURLError, FetchError

USER_AGENT = f"newsfuse/{__version__} (news brief generator; +https://pypi.org/project/newsfuse/)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
_RETRY_STATUSES = frozenset({429, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

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
class Fetched:
    """A fetched body: the URL asked for, the URL it finally came from, its content type."""

    requested_url: str
    url: str
    content_type: str
    body: bytes

    @property
    def is_feed(self) -> bool:
        return self.content_type in FEED_TYPES or _looks_like_feed(self.body)


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def check_address(address: str, url: str) -> None:
    """Refuse an IP address that is not a public unicast address.

    Example:
        >>> check_address("93.184.216.34", "http://example.com/")
        >>> check_address("10.0.0.7", "http://intranet/")
        Traceback (most recent call last):
        ...
        newsfuse.errors.BlockedURLError: http://intranet/: refused, its host resolves to \
the private address 10.0.0.7 (use --allow-private to allow it)
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    kind = _private_kind(ip)
    if kind:
        raise BlockedURLError(
            f"{url}: refused, its host resolves to the {kind} address {ip}"
            " (use --allow-private to allow it)"
        )


def _private_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    checks = (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private or not ip.is_global),
    )
    return next((kind for kind, matched in checks if matched), "")


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise FetchError(f"cannot resolve host {host!r} ({error.strerror})") from error
    return sorted({str(info[4][0]) for info in infos})


class Fetcher:
    """Fetch URLs under a :class:`FetchPolicy`; the transport and resolver are injected so
    tests never touch the network.

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
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._resolver = resolver
        self._sleep = sleep
        self._client = httpx.Client(
            transport=transport,
            follow_redirects=False,  # each hop is checked by hand
            timeout=httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout),
            headers={"User-Agent": self.policy.user_agent},
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

    def fetch(self, url: str) -> Fetched:
        """Fetch one URL, following redirects; raises :class:`FetchError` with the reason."""
        current = url
        for _ in range(self.policy.max_redirects + 1):
            self.check(current)
            outcome = self._with_retries(current)
            if isinstance(outcome, str):
                current = outcome
                continue
            content_type, body = outcome
            return Fetched(url, current, content_type, body)
        raise FetchError(f"{url}: more than {self.policy.max_redirects} redirects")

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
        """Raise :class:`BlockedURLError` now if ``url`` would be refused (scheme, address)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BlockedURLError(f"{url}: only http:// and https:// URLs can be fetched")
        if self.policy.allow_private:
            return
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = self._resolver(parts.hostname, port)
        except FetchError as error:
            raise FetchError(f"{url}: {error}") from error
        for address in addresses:
            check_address(address, url)

    def _with_retries(self, url: str) -> tuple[str, bytes] | str:
        host = urlsplit(url).hostname or ""
        with self._slot(host):
            for attempt in range(self.policy.retries + 1):
                last = attempt == self.policy.retries
                try:
                    return self._request(url, retry_status=not last)
                except _RetryableError as retry:
                    if last:
                        raise FetchError(f"{url}: {retry.reason}") from None
                self._sleep(self.policy.backoff_seconds * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            return self._host_slots[host]

    def _request(self, url: str, retry_status: bool) -> tuple[str, bytes] | str:
        """One GET: the redirect target, or ``(content type, body)``."""
        try:
            with self._client.stream("GET", url) as response:
                self._check_connected_address(response, url)
                if response.status_code in _REDIRECT_STATUSES:
                    return _redirect_target(response, url)
                if response.status_code in _RETRY_STATUSES and retry_status:
                    raise _RetryableError(f"HTTP {response.status_code}")
                if response.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {response.status_code}")
                content_type = _content_type(response, url)
                return content_type, self._read_body(response, url)
        except httpx.TimeoutException:
            raise _RetryableError("timed out") from None
        except httpx.TransportError as error:
            raise _RetryableError(f"network error ({type(error).__name__})") from None

    def _check_connected_address(self, response: httpx.Response, url: str) -> None:
        if self.policy.allow_private:
            return
        stream: Any = response.extensions.get("network_stream")
        if stream is None:  # mock transports have no socket
            return
        peer = stream.get_extra_info("server_addr")
        if peer:
            check_address(str(peer[0]), url)

    def _read_body(self, response: httpx.Response, url: str) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"{url}: body of {declared} bytes is over the {limit}-byte limit")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{url}: body is over the {limit}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)


class _RetryableError(Exception):
    """A failure worth retrying (timeouts, network errors, 429 and 5xx gateways)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _redirect_target(response: httpx.Response, url: str) -> str:
    location = str(response.headers.get("location") or "")
    if not location:
        raise FetchError(f"{url}: HTTP {response.status_code} redirect without a Location")
    return urljoin(url, location)


def _content_type(response: httpx.Response, url: str) -> str:
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in PAGE_TYPES + FEED_TYPES:
        raise FetchError(f"{url}: content type {content_type} is not a web page or a feed")
    return content_type or "text/html"


def _looks_like_feed(body: bytes) -> bool:
    head = body[:2000].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)
