"""The web app as the live product: the paged story list, story pages served from stored
brief versions with what is new, /feeds and its form, the Atom feed, and `serve --watch`."""

from __future__ import annotations

import sqlite3
import threading
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsfuse.cli import app as cli_app
from newsfuse.ingest.fetch import Fetcher
from newsfuse.ingest.pages import Page
from newsfuse.library import ingest
from newsfuse.live import make_version
from newsfuse.pipeline import build
from newsfuse.store.sqlite import Store
from newsfuse.web import WebConfig
from newsfuse.web import pages as pages_module
from newsfuse.web import service as service_module
from tests.conftest import EVENTS
from tests.live.feedsite import Site
from tests.web.conftest import wait_until, web_client
from tests.web.livestore import ingest_text, publish, two_version_db

ATOM = "{http://www.w3.org/2005/Atom}"


def table_rows(db: Path, table: str) -> int:
    with sqlite3.connect(db) as raw:
        return int(raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


@pytest.fixture
def live_db(tmp_path: Path) -> Path:
    return two_version_db(tmp_path)


@pytest.fixture
def client(live_db: Path) -> TestClient:
    return web_client(WebConfig(db=live_db))


# --- The story list ---------------------------------------------------------------------


def test_the_api_pages_the_stories_last_updated_first(event_reports: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store, Fetcher() as fetcher:
        for path in sorted(event_reports.iterdir()):  # one event after another
            ingest([str(path)], store, fetcher)
        expected = [s.id for s in store.stories()]
    client = web_client(WebConfig(db=db))
    first = client.get("/api/stories", params={"limit": 2}).json()
    assert [s["id"] for s in first["stories"]] == expected[:2]
    assert first["next_cursor"]
    assert set(first["stories"][0]) == {
        "id", "title", "articles", "outlets", "first", "last", "updated", "lead",
    }  # fmt: skip
    assert first["stories"][0]["updated"] >= first["stories"][1]["updated"]
    second = client.get("/api/stories", params={"limit": 2, "cursor": first["next_cursor"]})
    assert [s["id"] for s in second.json()["stories"]] == expected[2:]
    assert second.json()["next_cursor"] == ""
    assert client.get("/api/stories", params={"cursor": "forged"}).status_code == 422
    assert client.get("/api/stories", params={"limit": 0}).status_code == 422
    assert client.get("/api/stories", params={"limit": 201}).status_code == 422


def test_the_story_list_page_links_the_next_page(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages_module, "PAGE_SIZE", 1)
    first = client.get("/")
    assert first.status_code == 200
    assert "Ostvik" in first.text and "Port Halden" not in first.text  # tram: updated last
    assert 'rel="next"' in first.text
    cursor = first.text.split("/?cursor=")[1].split('"')[0]
    second = client.get(f"/?cursor={cursor}")
    assert "Port Halden" in second.text and 'rel="next"' not in second.text
    assert 'rel="first"' in second.text
    assert 'href="/feeds/stories.atom"' in first.text


def test_reading_never_changes_the_store(tmp_path: Path) -> None:
    """Pages and API calls neither group waiting articles nor store brief versions."""
    db = tmp_path / "news.db"
    with Store(db) as store:
        ingest_text(store, tmp_path / "reports", "fire-1.txt", EVENTS["fire"][0])
        store.add(Page("waiting.txt", "file:///waiting.txt", EVENTS["storm"][0]), None)
        assert store.has_pending()
    before = db.read_bytes(), table_rows(db, "brief_versions")
    client = web_client(WebConfig(db=db))
    for path in ("/", "/api/stories", "/stories/1", "/api/stories/1/brief", "/feeds"):
        assert client.get(path).status_code == 200, path
    assert client.get("/feeds/stories.atom").status_code == 200
    with Store(db) as store:
        assert store.has_pending()
    assert table_rows(db, "brief_versions") == before[1] == 0


# --- Story pages from stored versions -------------------------------------------------------


def test_a_story_page_serves_the_stored_version_without_briefing(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_briefing(words: int) -> None:
        raise AssertionError("a story page briefed a story whose stored version is current")

    monkeypatch.setattr(service_module, "_pipeline", no_briefing)
    page = client.get("/stories/1")
    assert page.status_code == 200
    assert "version 2" in page.text
    brief = client.get("/api/stories/1/brief").json()
    assert brief["version"] == 2 and brief["since"]


def test_the_story_page_marks_new_sentences_and_says_whats_new(client: TestClient) -> None:
    page = client.get("/stories/1").text
    assert "What&#39;s new since" in page or "What's new since" in page
    assert "1 new report" in page
    assert '<mark class="new">New</mark>' in page
    assert "New difference: Whether the fire is under control" in page
    assert "New source: fire-2.txt" in page
    brief = client.get("/api/stories/1/brief").json()
    assert any(s["new"] for s in brief["sentences"]) and not all(
        s["new"] for s in brief["sentences"]
    )
    assert brief["whats_new"][0] == "1 new report:"


def test_the_length_control_still_works_on_a_versioned_story(client: TestClient) -> None:
    default = client.get("/api/stories/1/brief").json()
    short = client.get("/api/stories/1/brief", params={"words": 40}).json()
    assert short["words"] <= 40 < default["words"]
    assert short["version"] == 2  # the changes stay those of the version
    page = client.get("/stories/1", params={"words": 40})
    assert page.status_code == 200 and 'value="40"' in page.text


def test_a_story_without_a_version_is_briefed_but_not_stored(
    client: TestClient, live_db: Path
) -> None:
    page = client.get("/stories/2")
    assert page.status_code == 200 and "Ostvik" in page.text
    assert "What" not in page.text.split("<article")[1].split("</h1>")[1][:40]
    assert table_rows(live_db, "brief_versions") == 2
    assert client.get("/stories/99").status_code == 404


def test_a_story_that_changed_since_its_version_shows_the_new_report(
    live_db: Path, tmp_path: Path
) -> None:
    with Store(live_db) as store:
        ingest_text(store, tmp_path / "more", "fire-3.txt", EVENTS["fire"][0].replace("200", "250"))
        assert store.story(1) is not None and store.story(1).articles == 3  # type: ignore[union-attr]
    brief = web_client(WebConfig(db=live_db)).get("/api/stories/1/brief").json()
    assert brief["version"] == 3 and brief["whats_new"][0] == "1 new report:"
    assert table_rows(live_db, "brief_versions") == 2  # not stored by a reader


def test_many_readers_of_an_unversioned_story_brief_it_once(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = []
    real = service_module._pipeline

    def counted(words: int) -> object:
        made.append(words)
        return real(words)

    monkeypatch.setattr(service_module, "_pipeline", counted)
    answers: list[int] = []
    readers = [
        threading.Thread(target=lambda: answers.append(client.get("/stories/2").status_code))
        for _ in range(8)
    ]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert answers == [200] * 8 and len(made) == 1


# --- /feeds ------------------------------------------------------------------------------


def feeds_token(client: TestClient) -> str:
    return client.get("/feeds").text.split('name="csrf_token" value="')[1].split('"')[0]


def test_the_feeds_page_follows_a_feed_through_its_form(site: Site, tmp_path: Path) -> None:
    publish(site, "/world.xml", "fire", 0)
    client = web_client(WebConfig(db=tmp_path / "news.db", allow_private=True))
    page = client.get("/feeds")
    assert "No feed followed yet" in page.text and "does not poll" in page.text
    answer = client.post(
        "/feeds",
        data={"url": site.url("/home.html"), "csrf_token": feeds_token(client)},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/feeds"
    listed = client.get("/feeds").text
    assert site.url("/world.xml") in listed and "Feed /world.xml" in listed
    assert "never" in listed and ">new<" in listed.replace("\n", "").replace(" ", "")
    with Store(tmp_path / "news.db") as store:
        assert [f.url for f in store.feeds.all()] == [site.url("/world.xml")]
    gone = client.post(
        "/feeds/unfollow",
        data={"url": site.url("/world.xml"), "csrf_token": feeds_token(client)},
        follow_redirects=False,
    )
    assert gone.status_code == 303 and "No feed followed yet" in client.get("/feeds").text


def test_the_feeds_form_refuses_what_it_must(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    client = web_client(WebConfig(db=db))  # private addresses refused
    token = feeds_token(client)
    private = client.post("/feeds", data={"url": site.url("/world.xml"), "csrf_token": token})
    assert private.status_code == 400 and "Not followed" in private.text
    assert site.url("/world.xml") in private.text  # the form comes back filled in
    no_token = client.post("/feeds", data={"url": "https://news.example/feed.xml"})
    assert no_token.status_code == 403
    cross_site = client.post(
        "/feeds",
        data={"url": "https://news.example/feed.xml", "csrf_token": token},
        headers={"Origin": "https://evil.example"},
    )
    assert cross_site.status_code == 403
    not_a_feed = web_client(WebConfig(db=db, allow_private=True)).post(
        "/feeds", data={"url": site.url("/missing.xml"), "csrf_token": token}
    )
    assert not_a_feed.status_code in (400, 403)  # another app instance: another token key
    with Store(db) as store:
        assert store.feeds.all() == []


# --- The Atom feed -------------------------------------------------------------------------


def test_the_atom_feed_is_valid_atom_with_the_briefs(client: TestClient) -> None:
    answer = client.get("/feeds/stories.atom")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(answer.content)  # well-formed XML
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None, required
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        for required in ("id", "title", "updated", "link", "content"):
            assert entry.find(f"{ATOM}{required}") is not None, required
    parsed = feedparser.parse(answer.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    fire = next(e for e in parsed.entries if e.link.endswith("/stories/1"))
    assert fire.id == "http://127.0.0.1/stories/1"
    assert fire.updated_parsed is not None
    assert fire.content[0].type == "text/html"
    assert "New:" in fire.content[0].value and "What" in fire.content[0].value
    assert "Port Halden" in fire.content[0].value
    again = feedparser.parse(client.get("/feeds/stories.atom").content)
    assert [e.id for e in again.entries] == [e.id for e in parsed.entries]  # stable ids


def test_the_atom_feed_holds_hostile_text_as_text(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    hostile = (
        '<script>alert("x")</script> Fire\x0b crews\x00 fought a blaze at the harbour of Port '
        "Halden on Tuesday night, officials said. About 200 homes were evacuated."
    )
    with Store(db) as store:
        store.add(
            Page("evil.html", "https://evil.example/a", hostile, title="<b>Evil\x01</b>"), None
        )
        store.group_pending()
        make_version(store, 1, build())
    body = web_client(WebConfig(db=db)).get("/feeds/stories.atom").content
    root = ET.fromstring(body)
    entry = root.find(f"{ATOM}entry")
    assert entry is not None
    content = entry.findtext(f"{ATOM}content") or ""
    assert "<script>" not in content and "&lt;script&gt;" in content
    assert "\x0b" not in content and "\x00" not in content
    assert not feedparser.parse(body).bozo


# --- serve --watch -------------------------------------------------------------------------


def test_serve_watch_polls_in_the_server_and_stops_with_it(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    publish(site, "/world.xml", "fire", 0)
    publish(site, "/world.xml", "fire", 1)
    said: list[str] = []
    config = WebConfig(
        db=db, allow_private=True, watch_every=timedelta(seconds=30), say=said.append
    )
    with web_client(config) as client:
        assert "polls every feed every 0:00:30" in client.get("/feeds").text
        answer = client.post(
            "/feeds",
            data={"url": site.url("/world.xml"), "csrf_token": feeds_token(client)},
            follow_redirects=False,
        )
        assert answer.status_code == 303
        summary = "feeds 1 (not modified 0, failed 0), new articles 2"
        # the version is stored before the round ends and its summary is set: wait for both
        assert wait_until(lambda: _versioned(client) and summary in client.get("/feeds").text), said
        assert client.get("/api/stories").json()["stories"][0]["articles"] == 2
    assert not client.app.state.poller.running  # type: ignore[attr-defined]
    assert any("new articles 2" in line for line in said)


def _versioned(client: TestClient) -> bool:
    stories = client.get("/api/stories").json()["stories"]
    return (
        bool(stories) and "version" in client.get(f"/api/stories/{stories[0]['id']}/brief").json()
    )


def test_serve_refuses_a_bad_every_before_serving(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli_app, ["serve", "--db", str(tmp_path / "n.db"), "--watch", "--every", "soon"]
    )
    assert result.exit_code == 2
    assert "--every must be like 15m" in result.output
