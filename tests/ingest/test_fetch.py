"""The guarded fetcher: hostile URLs refused, limits enforced, retries, per-host limits.

Mock transports stand in for the web; the pinning tests use real sockets on 127.0.0.1
only (tests/listeners.py), never the internet.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable

import httpcore
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.errors import BlockedURLError, FetchError
from newsfuse.ingest.fetch import (
    Fetcher,
    FetchPolicy,
    Validators,
    check_address,
    system_resolver,
)
from newsfuse.ingest.pinned import PinnedBackend
from tests.listeners import LocalOnlyNetwork, listener

PUBLIC = "93.184.216.34"
OTHER = "151.101.1.67"
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


def test_a_rebinding_name_never_reaches_the_address_it_rebinds_to() -> None:
    # The resolver answers a public address for the check, as a rebinding DNS server
    # would, while the name really leads to a listener on 127.0.0.1: the connection must go
    # to the checked address, so the listener never sees a byte of the request.
    with listener() as local:
        network = LocalOnlyNetwork()
        fetcher = Fetcher(
            FetchPolicy(retries=0), resolver=lambda host, port: [PUBLIC], network=network
        )
        with pytest.raises(FetchError, match="network error"):
            fetcher.fetch(f"http://localhost:{local.port}/admin/delete?id=42&token=SECRET")
    assert local.accepted == 0 and local.received == []
    assert network.dialed == [(PUBLIC, local.port)]


def test_each_hop_is_resolved_once_and_the_checked_address_is_dialled() -> None:
    answers = {"news.example": [[PUBLIC]], "other.example": [[OTHER], ["127.0.0.1"]]}
    asked: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        asked.append(host)
        return answers[host].pop(0) if len(answers[host]) > 1 else answers[host][0]

    with listener() as other:
        redirect = f"http://other.example:{other.port}/story"
        moved = f"HTTP/1.1 302 Found\r\nLocation: {redirect}\r\nContent-Length: 0\r\n\r\n"
        with listener(moved.encode()) as server:
            network = LocalOnlyNetwork({PUBLIC: server.port, OTHER: other.port})
            fetcher = Fetcher(resolver=rebinding, network=network)
            page = fetcher.fetch(f"http://news.example:{server.port}/a")
    assert page.url == redirect and b"served locally" in page.body
    assert asked == ["news.example", "other.example"]  # once per hop, never again
    assert network.dialed == [(PUBLIC, server.port), (OTHER, other.port)]
    # the pinned address is dialled, but the request still names the host it is for
    assert f"Host: other.example:{other.port}".encode() in other.received[0]
    assert b"GET /story " in other.received[0]


def test_tls_checks_the_certificate_of_the_host_name_not_the_address() -> None:
    network = LocalOnlyNetwork(tls=True)
    fetcher = Fetcher(FetchPolicy(retries=0), resolver=public_resolver, network=network)
    with pytest.raises(FetchError, match="network error"):
        fetcher.fetch("https://news.example/a")
    assert network.dialed == [(PUBLIC, 443)]
    assert network.tls_names == ["news.example"]


def test_a_connection_that_was_not_pinned_is_refused() -> None:
    backend = PinnedBackend(LocalOnlyNetwork())
    with pytest.raises(httpcore.ConnectError, match="address was not checked first"):
        backend.connect_tcp("localhost", 80)
    with backend.pinned("news.example", 80, [PUBLIC]), pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("other.example", 80)


def test_allow_private_connects_by_name() -> None:
    with listener() as local:
        trusting = Fetcher(FetchPolicy(allow_private=True))
        assert b"served locally" in trusting.fetch(f"http://localhost:{local.port}/").body
    assert local.accepted == 1


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("2002:7f00:1::", "loopback address 127.0.0.1 (inside the 6to4 address 2002:7f00:1::)"),
        ("2002:a9fe:a9fe::", "link-local address 169.254.169.254 (inside the 6to4 address"),
        ("2002:0a00:0001::1", "private address 10.0.0.1 (inside the 6to4"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback address 127.0.0.1 (inside the Teredo"),
        ("fec0::1", "site-local address fec0::1"),
        ("192.88.99.1", "6to4 relay anycast address 192.88.99.1"),
        ("::ffff:169.254.169.254", "link-local address 169.254.169.254"),
    ],
)
def test_address_gaps_are_closed(address: str, reason: str) -> None:
    with listener() as local:
        fetcher = Fetcher(resolver=lambda host, port: [address], network=LocalOnlyNetwork())
        with pytest.raises(BlockedURLError, match=re.escape(reason)):
            fetcher.fetch(f"http://gap.example:{local.port}/")
    assert local.accepted == 0


def test_public_6to4_and_teredo_addresses_stay_allowed() -> None:
    check_address("2002:5db8:d822::", "http://example.com/")  # 6to4 of 93.184.216.34


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://[::1/", "not a valid URL"),
        ("http://news.example:99999/", "not a valid URL (Port out of range"),
        ("http:host", "not a valid URL (it names no host)"),
        ("http:///path", "not a valid URL (it names no host)"),
        ("http://\ud800.example/", "not a valid URL"),
        ("http://bad\x00host/", "not a valid URL"),
        ("javascript:alert(1)", "only http:// and https://"),
    ],
)
def test_malformed_urls_are_refused_with_a_reason(url: str, reason: str) -> None:
    fetcher, _ = fetcher_for(lambda r: httpx.Response(200, text="ok", headers=HTML))
    with pytest.raises(BlockedURLError, match=re.escape(reason)):
        fetcher.fetch(url)
    with pytest.raises(BlockedURLError):
        fetcher.check(url)


@pytest.mark.parametrize("location", ["http:host", "http://[::1", "http://news.example:99999/"])
def test_a_redirect_to_a_malformed_url_is_a_fetch_error(location: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": location})

    fetcher, _ = fetcher_for(handler)
    with pytest.raises(FetchError, match="not a valid URL|redirect to an invalid URL"):
        fetcher.fetch("https://news.example/a")


def test_a_host_name_that_is_not_valid_idna_is_a_fetch_error() -> None:
    with pytest.raises(FetchError, match="cannot resolve host"):
        system_resolver("a" * 70 + ".example", 80)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60).map(lambda tail: "http://" + tail))
def test_no_url_raises_anything_but_a_fetch_error(url: str) -> None:
    fetcher = Fetcher(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, text="ok", headers=HTML)),
        resolver=lambda host, port: [PUBLIC],
    )
    with contextlib.suppress(FetchError):  # anything else fails the test
        fetcher.fetch(url)


def test_a_conditional_get_sends_the_validators_and_a_304_costs_no_body() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.headers))
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304, headers={"etag": '"v1"'})
        headers = {
            "content-type": "application/rss+xml",
            "etag": '"v1"',
            "last-modified": "Tue, 10 Mar 2026 08:00:00 GMT",
        }
        return httpx.Response(200, content=b"<?xml version='1.0'?><rss/>", headers=headers)

    fetcher, _ = fetcher_for(handler)
    first = fetcher.fetch("https://news.example/feed.xml")
    assert not first.not_modified and first.validators == Validators(
        '"v1"', "Tue, 10 Mar 2026 08:00:00 GMT"
    )
    again = fetcher.fetch("https://news.example/feed.xml", first.validators)
    assert again.not_modified and again.body == b"" and again.validators.etag == '"v1"'
    assert seen[1]["if-none-match"] == '"v1"'
    assert seen[1]["if-modified-since"] == "Tue, 10 Mar 2026 08:00:00 GMT"
    assert "if-none-match" not in seen[0]
    unconditional = fetcher_for(lambda r: httpx.Response(304))[0].fetch
    with pytest.raises(FetchError):  # a 304 nobody asked for is an error, not an empty page
        unconditional("https://news.example/feed.xml")
