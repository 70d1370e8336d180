"""The hostile-web suite (issue 19): every row of the attack table, tried as an attacker
would against `newsfuse serve` and the fetcher, with local listeners only.

Rows: cross-site requests, DNS rebinding of the server, DNS rebinding of a fetched URL,
malformed URLs and values, Markdown output, address gaps, leaks, headers.
"""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from markdown_it import MarkdownIt

from newsfuse.ingest.pages import Page
from newsfuse.live import make_version
from newsfuse.pipeline import build
from newsfuse.store.sqlite import Store
from newsfuse.web import WebConfig
from newsfuse.web.security import FormTokens
from tests.conftest import EVENTS, EXAMPLE
from tests.listeners import LocalOnlyNetwork, listener
from tests.web.conftest import form_token, job_done, wait_until, web_client

PUBLIC = "93.184.216.34"
TEMPLATES = Path(__file__).parents[2] / "src" / "newsfuse" / "web" / "templates"
REPORT = EVENTS["storm"][0]
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def client(example_db: Path) -> TestClient:
    return web_client(WebConfig(db=example_db), raise_server_exceptions=False)


# --- 1. cross-site requests ----------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://127.0.0.1:9999"},  # another port is another origin
        {"Origin": "http://["},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},  # every port of localhost is the same site
    ],
)
def test_a_cross_site_form_post_is_refused_and_starts_nothing(
    client: TestClient, headers: dict[str, str]
) -> None:
    data = {"documents": REPORT, "urls": "http://10.0.0.5/", "csrf_token": form_token(client)}
    response = client.post("/new", data=data, headers=headers, follow_redirects=False)
    assert response.status_code == 403 and "refused" in response.text
    assert "location" not in response.headers


def test_a_cross_site_post_cannot_make_the_server_fetch_its_own_network(
    example_db: Path,
) -> None:
    """With --allow-private, a forged /new post would be blind SSRF into the user's network."""
    with listener() as intranet:
        client = web_client(WebConfig(db=example_db, allow_private=True))
        data = {"urls": f"http://localhost:{intranet.port}/admin", "csrf_token": form_token(client)}
        evil = {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}
        assert client.post("/new", data=data, headers=evil).status_code == 403
        assert intranet.accepted == 0
        job = client.post("/new", data=data)  # the same form from our own page: fetched
        assert wait_until(job_done(client, str(job.url)))
        assert intranet.accepted == 1


@pytest.mark.parametrize("token", ["", "1.forged", "9999999999.x", None])
def test_a_form_post_without_a_valid_token_is_refused(
    client: TestClient, token: str | None
) -> None:
    data = {"documents": REPORT}
    if token is not None:
        data["csrf_token"] = token
    response = client.post("/new", data=data, follow_redirects=False)
    assert response.status_code == 403
    assert "reload the page" in response.text and "location" not in response.headers


def test_an_expired_token_is_refused() -> None:
    now = [1_000_000.0]
    tokens = FormTokens(lifetime_seconds=60, clock=lambda: now[0])
    token = tokens.issue()
    assert tokens.valid(token)
    now[0] += 61
    assert not tokens.valid(token)


def test_a_same_origin_form_post_is_accepted(client: TestClient) -> None:
    data = {"documents": REPORT, "csrf_token": form_token(client)}
    headers = {"Origin": "http://127.0.0.1", "Sec-Fetch-Site": "same-origin"}
    response = client.post("/new", data=data, headers=headers, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/jobs/")  # relative: no Host in it


def test_the_json_api_refuses_cross_site_posts_and_bodies_that_are_not_json(
    client: TestClient,
) -> None:
    body = '{"documents": ["' + REPORT + '"]}'
    evil = {"Origin": "https://evil.example", "Content-Type": "application/json"}
    assert client.post("/api/briefs", content=body, headers=evil).status_code == 403
    # what a page of another site can send without a CORS preflight
    for kind in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", None):
        headers = {"Content-Type": kind} if kind else {}
        response = client.post("/api/briefs", content=body, headers=headers)
        assert response.status_code == 415, kind
        assert "application/json" in response.json()["detail"]
    assert client.post("/api/briefs", json={"documents": [REPORT]}).status_code == 200


def test_no_permissive_cors_headers(client: TestClient) -> None:
    preflight = client.options(
        "/api/briefs",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    listing = client.get("/api/stories", headers={"Origin": "https://evil.example"})
    for response in (preflight, listing):
        assert not any(name.startswith("access-control-") for name in response.headers)


# --- 2. DNS rebinding of the server --------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8000", "0.0.0.0:8000", "127.0.0.1.evil.example"]
)
def test_a_foreign_host_header_gets_400(client: TestClient, host: str) -> None:
    for path in ("/api/stories", "/", "/stories/1", "/api/stories/"):
        response = client.get(path, headers={"Host": host}, follow_redirects=False)
        assert response.status_code == 400, path
        assert "evil" not in response.headers.get("location", "")
        assert "Fire tears" not in response.text


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1", "[::1]:8000", "LOCALHOST"])
def test_loopback_host_names_are_answered(client: TestClient, host: str) -> None:
    response = client.get("/api/stories", headers={"Host": host})
    assert response.status_code == 200 and response.json()["stories"]


def test_the_listening_host_and_allowed_hosts_are_answered(example_db: Path) -> None:
    config = WebConfig(db=example_db, host="192.168.1.20", allowed_hosts=("news.lan",))
    client = web_client(config)
    for host in ("192.168.1.20:8000", "news.lan", "news.lan:8000", "localhost"):
        assert client.get("/api/stories", headers={"Host": host}).status_code == 200, host
    assert client.get("/api/stories", headers={"Host": "other.lan"}).status_code == 400


def test_serve_passes_allowed_host_to_the_app(
    example_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from newsfuse.cli import app as cli_app

    served: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.update(app=app, **options))
    result = CliRunner().invoke(
        cli_app,
        ["serve", "--db", str(example_db), "--host", "0.0.0.0", "--allowed-host", "news.lan"],
    )
    assert result.exit_code == 0, result.output
    client = TestClient(served["app"], base_url="http://news.lan")
    assert client.get("/api/stories").status_code == 200
    assert client.get("/api/stories", headers={"Host": "0.0.0.0"}).status_code == 400
    assert client.get("/api/stories", headers={"Host": "evil.example"}).status_code == 400


def test_no_redirect_echoes_the_host(client: TestClient) -> None:
    for path in ("/api/stories/", "/new/", "/stories/1/"):
        response = client.get(path, headers={"Host": "localhost"}, follow_redirects=False)
        assert response.status_code == 404, path
        assert "location" not in response.headers


# --- 3. DNS rebinding of a fetched URL, and the address gaps ------------------------------


def test_a_url_that_rebinds_to_loopback_never_reaches_it(example_db: Path) -> None:
    with listener() as local:
        network = LocalOnlyNetwork()
        client = web_client(
            WebConfig(db=example_db, resolver=lambda host, port: [PUBLIC], network=network)
        )
        url = f"http://localhost:{local.port}/admin/delete?id=42&token=SECRET"
        response = client.post("/api/briefs", json={"urls": [url]})
    assert response.status_code == 422 and "network error" in response.json()["detail"]
    assert local.accepted == 0 and local.received == []
    assert set(network.dialed) == {(PUBLIC, local.port)}  # the checked address, retried


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("2002:7f00:1::", "loopback address 127.0.0.1 (inside the 6to4 address"),
        ("2002:a9fe:a9fe::", "link-local address 169.254.169.254 (inside the 6to4 address"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "(inside the Teredo address"),
        ("fec0::1", "site-local address fec0::1"),
        ("192.88.99.1", "6to4 relay anycast address 192.88.99.1"),
    ],
)
def test_address_gaps_are_refused_before_connecting(
    example_db: Path, address: str, reason: str
) -> None:
    with listener() as local:
        network = LocalOnlyNetwork()
        client = web_client(
            WebConfig(db=example_db, resolver=lambda host, port: [address], network=network)
        )
        response = client.post("/api/briefs", json={"urls": [f"http://gap.example:{local.port}/"]})
    assert response.status_code == 400 and reason in response.json()["detail"]
    assert local.accepted == 0 and network.dialed == []


# --- 4. malformed URLs and values ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        ('{"urls": ["http://[::1/"]}', 400, "not a valid URL"),
        ('{"urls": ["http://news.example:99999/"]}', 400, "Port out of range"),
        ('{"urls": ["http:host"]}', 400, "names no host"),
        ('{"urls": ["http://news\\u0000.example/"]}', 400, "not a valid URL"),
        ('{"urls": ["javascript:alert(1)"]}', 400, "only http:// and https://"),
        ('{"urls": ["http://' + "a" * 70 + '.example/"]}', 422, "cannot resolve host"),
        ('{"urls": ["http://\\ud800.example/"]}', 422, "valid string"),
        ('{"urls": ["http://' + "a" * 3000 + '/"]}', 422, "at most 2000 characters"),
        ('{"documents": ["x"], "words": NaN}', 422, "finite number"),
        ('{"documents": ["x"], "words": Infinity}', 422, "finite number"),
        ('{"documents": ["x"], "words": -Infinity}', 422, "finite number"),
        ('{"documents": ["x"], "words": 1e999}', 422, "finite number"),
        ('{"documents": ["Rain fell. \\ud800 Bridges shut."]}', 422, "lone surrogate"),
        ('{"documents": ["\\udfff"], "urls": []}', 422, "lone surrogate"),
        ('{"documents": [1, 2]}', 422, "valid string"),
        ('{"documents": "not a list"}', 422, "valid list"),
        ('{"documents": ["x"], "words": ' + "9" * 5000 + "}", 400, "parsing the body"),
        ("[1, 2, 3]", 422, "valid dictionary"),
        ("{", 422, "JSON decode error"),
    ],
)
def test_malformed_input_gets_4xx_with_a_one_line_reason(
    client: TestClient, body: str, status: int, reason: str
) -> None:
    response = client.post(
        "/api/briefs", content=body.encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == status, response.text
    assert reason in response.text and "\n" not in str(response.json()["detail"])
    assert len(response.content) < 1000  # an excerpt at most, never the input


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http:host", "http://news.test/host: HTTP 404"),  # relative, as browsers read it
        ("https:host", "https:host: not a valid URL (it names no host)"),
        ("http://[::1", "a redirect to an invalid URL (Invalid IPv6 URL)"),
        ("http://news.test:99999/", "not a valid URL (Port out of range"),
    ],
)
def test_a_redirect_to_a_malformed_url_is_skipped_with_a_warning(
    example_db: Path, location: str, reason: str
) -> None:
    def web(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/moved":
            return httpx.Response(302, headers={"location": location})
        if request.url.path != "/storm":
            return httpx.Response(404)
        body = f"<html><body><article><p>{EVENTS['storm'][1]}</p></article></body></html>"
        return httpx.Response(200, text=body, headers={"content-type": "text/html"})

    config = WebConfig(db=example_db, allow_private=True, transport=httpx.MockTransport(web))
    client = web_client(config, raise_server_exceptions=False)
    batch = {"urls": ["http://news.test/moved", "http://news.test/storm"]}
    assert client.post("/api/briefs", json=batch).status_code == 200  # the rest is briefed
    alone = client.post("/api/briefs", json={"urls": ["http://news.test/moved"]})
    assert alone.status_code == 422 and reason in alone.json()["detail"]


def test_malformed_form_values_get_a_4xx_page(client: TestClient) -> None:
    token = form_token(client)
    for data in ({"words": "NaN"}, {"words": "abc"}, {"urls": "http://[::1/"}):
        response = client.post("/new", data={**data, "csrf_token": token})
        assert response.status_code in (400, 422), data
        assert 'role="alert"' in response.text


def test_a_too_long_list_is_not_echoed(client: TestClient) -> None:
    documents = ["x" * 30_000] * 31  # ~1 MB of input
    response = client.post("/api/briefs", json={"documents": documents})
    assert response.status_code == 422
    assert "at most 30 items" in response.text and len(response.content) < 1000


def test_a_multipart_upload_does_not_echo_framework_internals(client: TestClient) -> None:
    token = form_token(client)
    page = client.post("/new", data={"csrf_token": token}, files={"urls": ("a.txt", b"hello")})
    api = client.post("/api/briefs", files={"documents": ("a.txt", b"hello")})
    assert page.status_code == 422 and api.status_code == 415
    for response in (page, api):
        for internal in ("_file", "_max_size", "SpooledTemporaryFile", "UploadFile", "Headers("):
            assert internal not in response.text


@pytest.mark.parametrize("path", ["/api/stories/99999999999999999999999", "/stories/-1"])
def test_out_of_range_ids_get_422(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 422


# --- 5. Markdown output --------------------------------------------------------------------

HOSTILE_REPORT = (
    "Crews fought a blaze at the Port Halden harbour on Tuesday night, officials said. "
    "<script>alert(1)</script> Read the [full story](javascript:alert(1)) or "
    "<javascript:alert(2)> and ![photo](data:text/html;base64,PHNjcmlwdD4=) now. "
    "About 200 homes were evacuated [sic] as smoke drifted over the town, police said.\n\n"
    "[1]: javascript:alert(3)\n\n"
    '<img src=x onerror="alert(4)"> Two workers were hurt, the fire service said.'
)


def test_markdown_output_renders_no_html_and_no_script_links(tmp_path: Path) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE_REPORT)
    result = subprocess.run(
        [sys.executable, "-m", "newsfuse", "brief", str(tmp_path), "--format", "markdown"],
        capture_output=True,
        text=True,
        check=True,
    )
    html = MarkdownIt("commonmark").render(result.stdout)  # as a Markdown viewer shows it
    assert "<script" not in html and "<img" not in html
    assert not re.search(r'(href|src)="(javascript|data):', html, re.IGNORECASE)
    assert "&lt;script&gt;" in html  # the text is still there, as text
    assert "Crews fought a blaze at the Port Halden harbour" in result.stdout  # reads naturally


# --- leaks ---------------------------------------------------------------------------------


def test_sources_are_named_by_file_not_by_server_path(client: TestClient) -> None:
    story = client.get("/api/stories/1").json()
    brief = client.get("/api/stories/1/brief").json()
    page = client.get("/stories/1").text
    sources = [a["source"] for a in story["articles"]] + [s["path"] for s in brief["sources"]]
    assert "01-halden-courier.html" in sources
    for text in [*sources, page]:
        assert str(EXAMPLE) not in text and str(EXAMPLE.parent) not in text
    assert all("/" not in s for s in sources if not s.startswith("http"))


def test_a_source_url_that_is_not_http_is_never_a_link() -> None:
    # trafilatura drops a javascript: canonical URL, but a WARC record or a JSONL line can
    # still carry one: the page must not turn it into a link.
    from fastapi.templating import Jinja2Templates

    from newsfuse import Article, Settings, build
    from newsfuse.web.view import brief_view

    articles = [
        Article("1", REPORT, title="Storm", url="javascript:alert(1)"),
        Article("2", EVENTS["storm"][1], title="Storm 2", url="data:text/html,<script>x</script>"),
    ]
    view = brief_view(build(Settings(words=80)).brief(articles), articles)
    templates = Jinja2Templates(directory=TEMPLATES)
    html = templates.env.get_template("story.html").render(view=view, story_id=1, words=80)
    assert "Storm Edda" in html
    assert "javascript:" not in html and "data:text" not in html


# --- the live pages: /feeds, its forms, the paged list, the Atom feed ----------------------


def feeds_form_token(client: TestClient) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/feeds").text)
    assert found, "the /feeds form carries no csrf_token"
    return found.group(1)


def test_a_forged_unfollow_is_refused_and_the_feed_stays(example_db: Path) -> None:
    feed = "https://news.example/feed.xml"
    with Store(example_db) as store:
        store.feeds.follow(feed)
    client = web_client(WebConfig(db=example_db))
    token = feeds_form_token(client)
    for data, headers in [
        ({"url": feed}, {}),  # no token
        ({"url": feed, "csrf_token": "1.forged"}, {}),
        ({"url": feed, "csrf_token": token}, {"Origin": "https://evil.example"}),
        ({"url": feed, "csrf_token": token}, {"Sec-Fetch-Site": "cross-site"}),
    ]:
        answer = client.post("/feeds/unfollow", data=data, headers=headers, follow_redirects=False)
        assert answer.status_code == 403 and "location" not in answer.headers, (data, headers)
    with Store(example_db) as store:
        assert [f.url for f in store.feeds.all()] == [feed]
    done = client.post("/feeds/unfollow", data={"url": feed, "csrf_token": token})
    assert done.status_code == 200 and "No feed followed yet" in done.text


def test_a_cross_site_follow_fetches_nothing(example_db: Path) -> None:
    """With --allow-private, a forged /feeds post would be blind SSRF into the user's network."""
    with listener() as intranet:
        client = web_client(WebConfig(db=example_db, allow_private=True))
        data = {"url": f"http://localhost:{intranet.port}/feed.xml"}
        data["csrf_token"] = feeds_form_token(client)
        evil = {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}
        assert client.post("/feeds", data=data, headers=evil).status_code == 403
        assert client.post("/feeds", data={"url": data["url"]}).status_code == 403  # no token
        assert intranet.accepted == 0


def test_a_followed_page_cannot_lead_the_server_into_its_own_network(tmp_path: Path) -> None:
    """A public page may link a feed on a loopback address: the link is fetched through the
    same guarded fetcher, so it is refused before anything connects to it."""

    def resolve(host: str, port: int) -> list[str]:  # news.example is public; a literal is itself
        return [PUBLIC] if host == "news.example" else [host]

    with listener() as intranet:
        feed = f"http://127.0.0.1:{intranet.port}/feed.xml"
        body = (
            f'<html><head><link rel="alternate" type="application/rss+xml" href="{feed}">'
            "</head><body><p>News</p></body></html>"
        ).encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n"
        with listener(head.encode() + b"Connection: close\r\n\r\n" + body) as public:
            network = LocalOnlyNetwork({PUBLIC: public.port})
            config = WebConfig(db=tmp_path / "n.db", resolver=resolve, network=network)
            client = web_client(config)
            data = {"url": "http://news.example/", "csrf_token": feeds_form_token(client)}
            answer = client.post("/feeds", data=data)
    assert answer.status_code == 400 and "Not followed" in answer.text
    assert "loopback address 127.0.0.1" in answer.text
    assert public.accepted == 1 and intranet.accepted == 0
    assert network.dialed == [(PUBLIC, 80)]
    with Store(tmp_path / "n.db") as store:
        assert store.feeds.all() == []


def test_feed_titles_and_errors_show_as_text_on_the_feeds_page(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    with Store(db) as store:
        store.feeds.follow("https://news.example/feed.xml?a=1&b=<i>", title=hostile)
    client = web_client(WebConfig(db=db))
    page = client.get("/feeds").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "b=&lt;i&gt;" in page
    echoed = client.post(
        "/feeds",
        data={
            "url": 'javascript:"><script>alert(3)</script>',
            "csrf_token": feeds_form_token(client),
        },
    )
    assert echoed.status_code == 400 and "<script>alert(3)" not in echoed.text


def test_a_forged_cursor_is_refused_without_echoing_markup(client: TestClient) -> None:
    page = client.get("/", params={"cursor": "<script>alert(1)</script>"})
    assert page.status_code == 422 and "<script>alert(1)" not in page.text
    api = client.get("/api/stories", params={"cursor": "<script>alert(1)</script>"})
    assert api.status_code == 422 and api.headers["content-type"].startswith("application/json")


def test_the_atom_feed_never_links_a_source_that_is_not_http(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    with Store(db) as store:
        for number, url in enumerate(["javascript:alert(1)", "data:text/html,<script>x</script>"]):
            page = Page(
                f"storm-{number}.html", url, EVENTS["storm"][number], title="Storm", url=url
            )
            store.add(page, None)
        store.group_pending()
        make_version(store, 1, build())
    body = web_client(WebConfig(db=db)).get("/feeds/stories.atom").content
    content = "".join(e.findtext(f"{ATOM}content") or "" for e in ET.fromstring(body).iter())
    assert "Storm Edda" in content
    assert "javascript:" not in content and "data:text" not in content


# --- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/", "/?cursor=1", "/stories/1", "/new", "/feeds", "/feeds/stories.atom", "/api/stories",
     "/nowhere"],
)  # fmt: skip
def test_every_answer_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "default-src 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"


def test_templates_hold_no_inline_script_or_style() -> None:
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text()
        assert not re.search(r"<script|<style|\sstyle=|\son[a-z]+=", text, re.I), template.name


@pytest.mark.parametrize("path", ["/docs", "/docs/oauth2-redirect", "/redoc"])
def test_the_docs_pages_keep_working_under_their_policy(client: TestClient, path: str) -> None:
    page = client.get(path)
    policy = page.headers["content-security-policy"]
    scripts = re.findall(r"<script>(.*?)</script>", page.text, re.DOTALL)
    assert scripts or path == "/redoc"
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy  # its inline script is allowed by hash
    for source in re.findall(r'(?:src|href)="(https://[^/"]+)', page.text):
        assert source in policy
    assert "frame-ancestors 'none'" in policy and "'unsafe-inline'" not in policy.split(";")[1]
