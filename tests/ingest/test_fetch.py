"""The guarded fetcher: hostile URLs refused, limits enforced, retries, per-host limits.

Mock transports stand in for the web; one test uses a real server on 127.0.0.1.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from newsfuse.errors import BlockedURLError, FetchError
from newsfuse.ingest.fetch import Fetcher, FetchPolicy, check_address
from tests.conftest import QuietHandler, http_server

PUBLIC = "93.184.216.34"
HTML = {"content-type": "text/html; charset=utf-8"}


def public_resolver(host: str, port: int) -> list[str]:
    return {"intranet.example": ["10.1.2.3"], "metadata.example": ["169.254.169.254"]}.get(
        host, [PUBLIC]
    )


def fetcher_for(
    handler: Callable[[httpx.Request], httpx.Response], **policy: object
) -> tuple[Fetcher, list[float]]:
    sleeps: list[float] = []
    fetcher = Fetcher(
        FetchPolicy(**policy),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        resolver=public_resolver,
        sleep=sleeps.append,
    )
    return fetcher, sleeps


def test_fetches_a_page_with_a_clear_user_agent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="<p>Report</p>", headers=HTML)

    fetcher, _ = fetcher_for(handler)
    page = fetcher.fetch("https://news.example/a")
    assert page.body == b"<p>Report</p>" and page.content_type == "text/html"
    assert seen[0].headers["user-agent"].startswith("newsfuse/")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "only http:// and https://"),
        ("ftp://news.example/a", "only http:// and https://"),
        ("http://127.0.0.1/admin", "loopback address 127.0.0.1"),
        ("http://[::1]/", "loopback address ::1"),
        ("http://[::ffff:10.0.0.1]/", "private address 10.0.0.1"),
        ("http://intranet.example/", "private address 10.1.2.3"),
        ("http://metadata.example/latest", "link-local address 169.254.169.254"),
        ("http://0.0.0.0/", "unspecified address"),
    ],
)
def test_refuses_non_http_and_private_addresses(url: str, reason: str) -> None:
    def resolver(host: str, port: int) -> list[str]:
        return public_resolver(host, port) if host.endswith(".example") else [host]

    fetcher = Fetcher(
        transport=httpx.MockTransport(lambda r: httpx.Response(200)), resolver=resolver
    )
    with pytest.raises(BlockedURLError, match=reason):
        fetcher.fetch(url)


def test_allow_private_lets_private_hosts_through() -> None:
    fetcher, _ = fetcher_for(
        lambda r: httpx.Response(200, text="ok", headers=HTML), allow_private=True
    )
    assert fetcher.fetch("http://intranet.example/").body == b"ok"


def test_every_redirect_hop_is_checked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example":
            return httpx.Response(302, headers={"location": "http://intranet.example/secret"})
        return httpx.Response(200, text="secret", headers=HTML)

    fetcher, _ = fetcher_for(handler)
    with pytest.raises(BlockedURLError, match="intranet.example/secret: refused"):
        fetcher.fetch("https://news.example/a")


def test_redirects_are_followed_up_to_the_limit() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        hop = int(request.url.path.strip("/") or 0)
        if hop < 3:
            return httpx.Response(301, headers={"location": f"/{hop + 1}"})
        return httpx.Response(200, text="end", headers=HTML)

    fetcher, _ = fetcher_for(handler, max_redirects=3)
    assert fetcher.fetch("https://news.example/").url == "https://news.example/3"
    fetcher, _ = fetcher_for(handler, max_redirects=2)
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetcher.fetch("https://news.example/")


def test_body_over_the_limit_is_aborted_while_streaming() -> None:
    def streamed(request: httpx.Request) -> httpx.Response:
        chunks = (b"x" * 1024 for _ in range(100))  # no content-length: must count while reading
        return httpx.Response(200, content=chunks, headers=HTML)

    fetcher, _ = fetcher_for(streamed, max_bytes=10_000)
    with pytest.raises(FetchError, match="over the 10000-byte limit"):
        fetcher.fetch("https://news.example/huge")

    def declared(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 20_000, headers=HTML)

    fetcher, _ = fetcher_for(declared, max_bytes=10_000)
    with pytest.raises(FetchError, match="body of 20000 bytes"):
        fetcher.fetch("https://news.example/huge")


def test_content_type_must_be_a_page_or_feed() -> None:
    fetcher, _ = fetcher_for(
        lambda r: httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png"})
    )
    with pytest.raises(FetchError, match="content type image/png is not a web page or a feed"):
        fetcher.fetch("https://news.example/photo")


def test_http_errors_are_not_retried_but_busy_servers_are() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/gone":
            return httpx.Response(404)
        if len([c for c in calls if c == "/busy"]) < 3:
            return httpx.Response(503)
        return httpx.Response(200, text="ok", headers=HTML)

    fetcher, sleeps = fetcher_for(handler, retries=2, backoff_seconds=0.5)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.fetch("https://news.example/gone")
    assert calls == ["/gone"]
    assert fetcher.fetch("https://news.example/busy").body == b"ok"
    assert sleeps == [0.5, 1.0]  # exponential backoff between the three attempts


def test_timeouts_are_retried_then_reported() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    fetcher, sleeps = fetcher_for(handler, retries=1)
    with pytest.raises(FetchError, match="news.example/slow: timed out"):
        fetcher.fetch("https://news.example/slow")
    assert len(sleeps) == 1


def test_fetch_many_keeps_order_and_limits_each_host() -> None:
    in_flight: dict[str, int] = {}
    peak: dict[str, int] = {}
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        host = request.url.host
        with lock:
            in_flight[host] = in_flight.get(host, 0) + 1
            peak[host] = max(peak.get(host, 0), in_flight[host])
        time.sleep(0.02)
        with lock:
            in_flight[host] -= 1
        if request.url.path == "/bad":
            return httpx.Response(500)
        return httpx.Response(200, text=str(request.url), headers=HTML)

    fetcher, _ = fetcher_for(handler, per_host=2, workers=8, retries=0)
    urls = [f"https://{h}.example/{i}" for i in range(6) for h in ("a", "b")]
    urls.insert(3, "https://a.example/bad")
    results = list(fetcher.fetch_many(urls))
    assert [url for url, _ in results] == urls
    assert isinstance(results[3][1], FetchError)
    assert all(not isinstance(r, FetchError) for u, r in results if u != urls[3])
    assert max(peak.values()) <= 2


def test_check_address_accepts_public_addresses() -> None:
    check_address(PUBLIC, "http://example.com/")
    check_address("2606:4700:4700::1111", "http://example.com/")


class _Handler(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server calls it by this name
        self.reply(b"<html><body><p>served locally</p></body></html>", "text/html")


@pytest.fixture
def local_server() -> Iterator[int]:
    with http_server(_Handler) as port:
        yield port


def test_the_address_actually_connected_to_is_checked(local_server: int) -> None:
    # The resolver claims a public address (as a rebinding DNS server would), but the
    # connection lands on 127.0.0.1: the fetcher must notice and refuse.
    lying = Fetcher(resolver=lambda host, port: [PUBLIC])
    with pytest.raises(BlockedURLError, match="loopback address 127.0.0.1"):
        lying.fetch(f"http://localhost:{local_server}/")
    trusting = Fetcher(FetchPolicy(allow_private=True))
    assert b"served locally" in trusting.fetch(f"http://localhost:{local_server}/").body
