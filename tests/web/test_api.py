"""The JSON API and the pages through FastAPI's test client: the same brief as the CLI,
escaping of hostile text, size limits and refused private URLs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from newsfuse.web import WebConfig
from newsfuse.web.models import MAX_DOCUMENTS
from tests.conftest import EVENTS, EXAMPLE
from tests.web.conftest import form_token, job_done, wait_until, web_client

HOSTILE_TITLE = '<script>alert("title")</script>'
HOSTILE_BODY = (
    'Crews fought a blaze <img src=x onerror="alert(1)"> at the harbour on Tuesday night. '
    "<script>document.title='pwned'</script> About 200 homes were evacuated, officials said."
)


@pytest.fixture
def client(example_db: Path) -> TestClient:
    return web_client(WebConfig(db=example_db))


def test_post_briefs_returns_the_cli_json(client: TestClient, tmp_path: Path) -> None:
    response = client.post("/api/briefs", json={"documents": EVENTS["fire"], "words": 80})
    assert response.status_code == 200, response.text
    files = []
    for number, text in enumerate(EVENTS["fire"], start=1):
        files.append(tmp_path / f"{number}.txt")
        files[-1].write_text(text)
    cli = subprocess.run(
        [sys.executable, "-m", "newsfuse", "brief", *map(str, files), "-f", "json", "-w", "80"],
        capture_output=True,
        text=True,
        check=True,
    )
    api, expected = response.json(), json.loads(cli.stdout)
    assert api["sentences"] == expected["sentences"]
    assert api["differences"] == expected["differences"]
    assert api["provenance"] == expected["provenance"]


def test_stories_list_story_and_brief(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["stories"]
    assert [s["articles"] for s in stories] == [4]
    assert stories[0]["title"] == "Fire tears through Port Halden grain terminal"
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert len(story["articles"]) == 4 and "text" not in story["articles"][0]
    brief = client.get(f"/api/stories/{stories[0]['id']}/brief", params={"words": 60}).json()
    assert brief["words"] <= 60 and brief["sentences"][0]["citations"]
    assert client.get("/api/stories/999").status_code == 404
    assert client.get("/api/stories/1/brief", params={"words": 3}).status_code == 422


def test_openapi_docs_are_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/briefs", "/api/stories", "/api/stories/{story_id}/brief"} <= set(paths)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "give 'documents' (article texts) or 'urls'"),
        ({"documents": ["x"] * (MAX_DOCUMENTS + 1)}, "at most 30 items"),
        ({"documents": ["word " * 250_000]}, "more than 1000000"),
        ({"documents": EVENTS["tram"], "words": 5}, "greater than or equal to 10"),
    ],
)
def test_unbounded_or_invalid_requests_get_422(
    client: TestClient, body: dict[str, object], message: str
) -> None:
    response = client.post("/api/briefs", json=body)
    assert response.status_code == 422
    assert message in response.text


def test_a_body_over_the_size_limit_gets_413(example_db: Path) -> None:
    small = web_client(WebConfig(db=example_db, max_body_bytes=10_000))
    response = small.post("/api/briefs", json={"documents": ["word " * 5000]})
    assert response.status_code == 413 and "larger than 10000 bytes" in response.text

    def chunks():  # type: ignore[no-untyped-def]  # no Content-Length: counted as it streams
        for _ in range(20):
            yield b" " * 1000

    streamed = small.post(
        "/api/briefs", content=chunks(), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413


def test_private_urls_are_refused_with_400(client: TestClient) -> None:
    response = client.post("/api/briefs", json={"urls": ["http://127.0.0.1:8000/admin"]})
    assert response.status_code == 400
    assert "loopback address 127.0.0.1" in response.json()["detail"]
    page = client.post(
        "/new",
        data={"urls": "http://10.0.0.5/", "csrf_token": form_token(client)},
        follow_redirects=False,
    )
    assert page.status_code == 400 and "private address 10.0.0.5" in page.text


def test_urls_are_fetched_through_the_guarded_fetcher(example_db: Path) -> None:
    def web(request: httpx.Request) -> httpx.Response:
        event = request.url.path.strip("/")
        body = f"<html><body><article><p>{EVENTS[event][0]}</p></article></body></html>"
        return httpx.Response(200, text=body, headers={"content-type": "text/html"})

    client = web_client(
        WebConfig(db=example_db, allow_private=True, transport=httpx.MockTransport(web))
    )
    response = client.post(
        "/api/briefs", json={"urls": ["http://news.test/storm"], "documents": [EVENTS["storm"][1]]}
    )
    assert response.status_code == 200, response.text
    sources = response.json()["sources"]
    assert [s["path"] or s["url"] for s in sources] == ["text 1", "http://news.test/storm"]


def test_hostile_article_text_is_escaped_everywhere(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    page = f"<html><head><title>{HOSTILE_TITLE}</title></head><body><h1>{HOSTILE_TITLE}</h1>"
    page += f"<article><p>{HOSTILE_BODY.replace('<', '&lt;')}</p></article></body></html>"
    (tmp_path / "hostile.html").write_text(page)
    (tmp_path / "plain.txt").write_text(HOSTILE_BODY + " Two workers were hurt, police said.")
    subprocess.run(
        [sys.executable, "-m", "newsfuse", "ingest", str(tmp_path), "--db", str(db)],
        check=True,
        capture_output=True,
    )
    client = web_client(WebConfig(db=db))
    index = client.get("/").text
    story = client.get("/stories/1").text
    for html in (index, story):
        assert "<script>" not in html and "<img" not in html
        assert "&lt;script&gt;" in html
    assert "onerror=" not in story or "&lt;img src=x onerror=" in story


def test_story_page_regenerates_at_another_length(client: TestClient) -> None:
    long = client.get("/stories/1", params={"words": 200}).text
    short = client.get("/stories/1", params={"words": 40}).text
    assert long.count('class="sentence"') > short.count('class="sentence"') >= 1
    assert 'value="40"' in short
    assert "Where sources differ" in long
    assert client.get("/stories/42").status_code == 404


def test_example_folder_exists() -> None:
    assert (EXAMPLE / "01-halden-courier.html").is_file()


def test_new_form_takes_reports_separated_by_dashes_and_shows_progress(client: TestClient) -> None:
    box = EVENTS["tram"][0] + "\n---\n" + EVENTS["tram"][1]
    token = form_token(client)
    response = client.post(
        "/new", data={"documents": [box, ""], "words": "80", "csrf_token": token}
    )
    assert response.status_code == 200  # followed the redirect to the job page
    assert "/jobs/" in str(response.url)
    working = response.text
    if "Working" in working:  # the job page refreshes by itself while the job runs
        assert 'http-equiv="refresh"' in working and "this page refreshes by itself" in working
    assert wait_until(job_done(client, str(response.url)))
    page = client.get(str(response.url)).text
    assert "Ostvik" in page and 'id="source-2"' in page


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_the_api_docs_work_offline(client: TestClient, path: str) -> None:
    """Every file the docs pages load is served here: nothing comes from a CDN."""
    page = client.get(path)
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href|spec-url)="([^"]+)"', page.text)
    assert assets and all(asset.startswith("/") for asset in assets), assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert re.search(r"https?:", page.headers["content-security-policy"]) is None


@pytest.mark.parametrize(("path", "status"), [("/stories/99", 404), ("/stories/abc", 422)])
def test_browser_pages_answer_errors_with_a_page(
    client: TestClient, path: str, status: int
) -> None:
    page = client.get(path)
    assert page.status_code == status
    assert page.headers["content-type"].startswith("text/html")
    assert page.text.lstrip().lower().startswith("<!doctype html>") and "detail" not in page.text
    api = client.get("/api" + path)
    assert api.status_code == status and api.headers["content-type"] == "application/json"


def _job_page(client: TestClient, response: httpx.Response) -> str:
    """The page a /new post ends on: the form given back, or its job's page once it ended."""
    if response.url.path.startswith("/new"):
        return response.text
    location = str(response.url)
    assert wait_until(job_done(client, location)), "the job did not finish"
    return client.get(location).text


def test_new_keeps_the_pasted_text_when_it_cannot_brief(client: TestClient) -> None:
    pasted = "Too short to brief, <b>said</b> nobody."
    form = {"documents": [pasted, ""], "urls": "ftp://files.example/a", "words": "150"}
    refused = client.post("/new", data={**form, "csrf_token": form_token(client)})
    assert refused.status_code == 400  # a URL that is refused before any work
    for kept in ("Too short to brief, &lt;b&gt;said&lt;/b&gt; nobody.", "ftp://files.example/a"):
        assert kept in refused.text
    assert 'value="150"' in refused.text

    failed = client.post(
        "/new", data={"documents": [pasted], "words": "150", "csrf_token": form_token(client)}
    )
    page = _job_page(client, failed)  # the job fails: nothing readable
    assert "no readable article" in page
    assert "Too short to brief, &lt;b&gt;said&lt;/b&gt; nobody.</textarea>" in page
    assert 'name="csrf_token"' in page and 'value="150"' in page
