"""`newsfuse ingest`, `stories` and `brief --story` as a user runs them, in real processes:
idempotent re-ingest, a feed served on 127.0.0.1, and a kill in the middle of an ingest."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse.store.sqlite import Store
from tests.conftest import EVENTS, QuietHandler, http_server, kill_and_read_ids
from tests.test_cli import run


def ingest(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run("ingest", *args)


def test_ingest_is_idempotent_and_stories_group_the_events(
    event_reports: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    (event_reports / "login.txt").write_text("Please sign in to continue. Forgot your password?")
    first = ingest(event_reports, "--db", db)
    assert first.returncode == 0, first.stderr
    assert "added 6, unchanged 0, updated 0, junk 1, skipped 0" in first.stderr
    again = ingest(event_reports, "--db", db)
    assert "added 0, unchanged 7, updated 0, junk 0, skipped 0" in again.stderr

    listed = run("stories", "--db", db, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    groups = sorted(
        sorted(Path(a["source"]).stem for a in story["articles"]) for story in data["stories"]
    )
    assert groups == [["fire-1", "fire-2"], ["storm-1", "storm-2"], ["tram-1", "tram-2"]]
    assert [(Path(j["source"]).name, j["reason"]) for j in data["junk"]] == [
        ("login.txt", "login wall")
    ]


def test_new_articles_join_stored_stories_and_can_be_briefed(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    for name, text in (("fire-1", EVENTS["fire"][0]), ("tram-1", EVENTS["tram"][0])):
        (tmp_path / f"{name}.txt").write_text(text)
        assert ingest(tmp_path / f"{name}.txt", "--db", db).returncode == 0
    before = json.loads(run("stories", "--db", db, "-f", "json").stdout)["stories"]
    (tmp_path / "fire-2.txt").write_text(EVENTS["fire"][1])
    ingest(tmp_path / "fire-2.txt", "--db", db)
    after = json.loads(run("stories", "--db", db, "-f", "json").stdout)["stories"]
    assert {s["id"] for s in after} == {s["id"] for s in before}  # no new story, none renumbered
    fire = next(s for s in after if len(s["articles"]) == 2)
    table = run("stories", "--db", db)
    assert table.returncode == 0 and "Stories" in table.stdout

    brief = run("brief", "--story", str(fire["id"]), "--db", db, "--words", "60")
    assert brief.returncode == 0, brief.stderr
    assert "Port Halden" in brief.stdout and "## Sources" in brief.stdout


def test_an_updated_file_is_stored_as_a_new_version(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    report = tmp_path / "fire.txt"
    report.write_text(EVENTS["fire"][0])
    ingest(report, "--db", db)
    report.write_text(EVENTS["fire"][0] + "\n\nA third worker was treated at the scene.")
    result = ingest(report, "--db", db, "-v")
    assert "added 0, unchanged 0, updated 1" in result.stderr
    assert result.stdout.startswith("updated 2 ")


def test_bad_sources_are_skipped_and_the_batch_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    good = tmp_path / "fire.txt"
    good.write_text(EVENTS["fire"][0])
    binary = tmp_path / "junk.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    result = ingest(binary, "http://10.0.0.1/x", "ftp://a.example/b", good, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "added 1, unchanged 0, updated 0, junk 0, skipped 3" in result.stderr
    assert "junk.txt: this looks like a binary file" in result.stderr
    assert "private address 10.0.0.1" in result.stderr


class _FeedSite(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server calls it by this name
        host = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/feed.xml":
            items = "".join(
                f"<item><title>{e}</title><link>{host}/{e}.html</link></item>" for e in EVENTS
            )
            body, kind = f"<?xml version='1.0'?><rss><channel>{items}</channel></rss>", "text/xml"
        elif self.path.endswith(".html") and self.path[1:-5] in EVENTS:
            event = self.path[1:-5]
            body = f"<html><body><article><p>{EVENTS[event][0]}</p></article></body></html>"
            kind = "text/html"
        else:
            self.send_error(404)
            return
        self.reply(body.encode(), kind)


@pytest.fixture
def feed_site() -> Iterator[str]:
    with http_server(_FeedSite) as port:
        yield f"http://127.0.0.1:{port}"


def test_a_feed_on_a_local_server_needs_allow_private(feed_site: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    refused = ingest(f"{feed_site}/feed.xml", "--db", db)
    assert "skipped 1" in refused.stderr and "loopback address 127.0.0.1" in refused.stderr
    allowed = ingest(f"{feed_site}/feed.xml", "--db", db, "--allow-private")
    assert "added 3, unchanged 0, updated 0, junk 0, skipped 0" in allowed.stderr, allowed.stderr
    with Store(db) as store:
        urls = sorted(a.url for s in store.stories() for a in store.story_articles(s.id))
    assert urls == [] or all(u.startswith(feed_site) for u in urls)


def test_a_killed_ingest_loses_nothing_it_reported_stored(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    texts = [t for reports in EVENTS.values() for t in reports]
    for number in range(400):
        text = f"Report number {number} of the series was filed. {texts[number % len(texts)]}"
        (folder / f"{number:04d}.txt").write_text(text)
    db = tmp_path / "news.db"
    child = subprocess.Popen(
        [sys.executable, "-m", "newsfuse", "ingest", str(folder), "--db", str(db), "-v"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    reported: list[int] = []
    deadline = time.monotonic() + 120
    while len(reported) < 40 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if line.startswith("added "):
            reported.append(int(line.split()[1]))
    stored = kill_and_read_ids(child, db)
    assert len(reported) >= 40, "the ingest did not report progress"
    assert set(reported) <= stored
    assert len(stored) < 400, "the ingest finished before it was killed; the test proves nothing"

    finish = ingest(folder, "--db", db)  # a rerun completes the job without duplicates
    assert finish.returncode == 0, finish.stderr
    with Store(db) as store:
        assert store.counts()["articles"] == 400


def test_stories_since_a_date(event_reports: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    ingest(event_reports, "--db", db)
    everything = json.loads(run("stories", "--db", db, "-f", "json").stdout)["stories"]
    past = json.loads(run("stories", "--db", db, "-f", "json", "--since", "2000-01-01").stdout)
    future = json.loads(run("stories", "--db", db, "-f", "json", "--since", "2999-01-01").stdout)
    assert len(everything) == len(past["stories"]) == 3
    assert future["stories"] == []


def test_stories_count_the_outlets_their_sources_name(example_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    stories = tmp_path / "wire.jsonl"
    documents = [
        f"KATHMANDU, Nepal (AP) — {EVENTS['storm'][0]}",
        f"KATHMANDU (Reuters) - {EVENTS['storm'][1]}",
    ]
    stories.write_text(json.dumps({"id": "storm", "documents": documents}) + "\n")
    assert ingest(example_dir, stories, "--db", db).returncode == 0
    lines = run("stories", "--db", db).stdout.splitlines()
    header = next([c.strip() for c in line.split("┃")] for line in lines if "┃ id" in line)
    articles, outlets = header.index("articles"), header.index("outlets")
    rows = [[c.strip() for c in line.split("│")] for line in lines if line.startswith("│")]
    counts = sorted((row[articles], row[outlets]) for row in rows if row[1].isdigit())
    # the example's four files name four outlets; the storm's AP and Reuters, by their datelines
    assert counts == [("2", "2"), ("4", "4")]


def test_a_story_whose_reports_state_no_headline_is_listed_by_a_line_from_its_lead(
    tmp_path: Path,
) -> None:
    db = tmp_path / "news.db"
    stories = tmp_path / "wire.jsonl"
    documents = [
        f"VARNA, Bulgaria (AP) — {EVENTS['storm'][0]}",
        f"Share tweet pin email\n\n{EVENTS['storm'][1]}",
    ]
    stories.write_text(json.dumps({"id": "storm", "documents": documents}) + "\n")
    assert ingest(stories, "--db", db).returncode == 0
    (listed,) = json.loads(run("stories", "--db", db, "-f", "json").stdout)["stories"]
    # as a brief's title is made: the dateline dropped, cut at a clause, never furniture
    assert listed["title"] == "Storm Edda brought winds of up to 140 km/h to the Varna…"
    table = run("stories", "--db", db).stdout
    assert "VARNA" not in table and "Share" not in table
