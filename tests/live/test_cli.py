"""`newsfuse follow`, `unfollow`, `watch` and `brief --story` as a user runs them, in real
processes against a local site: the summary line, SIGTERM, and a kill then a restart."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse.store.sqlite import Store
from tests.conftest import EVENTS, kill_and_read_ids
from tests.live.feedsite import Entry, Site
from tests.test_cli import run


def test_follow_list_and_unfollow(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    site.publish("/world.xml", Entry("a", "/a.html", "A", EVENTS["fire"][0]))
    refused = run("follow", site.url("/world.xml"), "--db", db)
    assert refused.returncode == 2 and "loopback address 127.0.0.1" in refused.stderr
    assert "newsfuse: error: nothing followed: every URL was skipped" in refused.stderr
    added = run(
        "follow", site.url("/home.html"), site.url("/nothing"), "--db", db, "--allow-private"
    )
    assert added.returncode == 0, "one of the two URLs is a feed: some work done"
    assert added.stdout.strip() == f"following {site.url('/world.xml')} Feed /world.xml"
    assert "nothing: HTTP 404" in added.stderr
    listed = run("follow", "--list", "--db", db)
    assert listed.returncode == 0 and "/world.xml" in listed.stdout and "never" in listed.stdout
    gone = run("unfollow", site.url("/world.xml"), "--db", db)
    assert gone.returncode == 0 and gone.stdout.startswith("unfollowed")
    again = run("unfollow", site.url("/world.xml"), "--db", db)
    assert again.returncode == 2 and "not followed" in again.stderr


def test_watch_once_prints_one_summary_line_and_brief_shows_versions(
    site: Site, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    for number in (0, 1):
        site.publish(
            "/world.xml", Entry(f"f{number}", f"/f{number}.html", "", EVENTS["fire"][number])
        )
    site.publish("/world.xml", Entry("t0", "/t0.html", "", EVENTS["tram"][0]))
    assert run("follow", site.url("/world.xml"), "--db", db, "--allow-private").returncode == 0
    once = run("watch", "--once", "--db", db, "--allow-private")
    assert once.returncode == 0, once.stderr
    assert once.stdout == "feeds 1 (not modified 0, failed 0), new articles 3, stories updated 2\n"
    again = run("watch", "--once", "--db", db, "--allow-private")
    assert again.stdout == "feeds 1 (not modified 1, failed 0), new articles 0, stories updated 0\n"

    listing = json.loads(run("stories", "--db", db, "-f", "json").stdout)["stories"]
    assert all(s["updated"] for s in listing)
    fire = next(s for s in listing if len(s["articles"]) == 2)
    shown = json.loads(run("brief", "--story", str(fire["id"]), "--db", db, "-f", "json").stdout)
    assert shown["version"] == 1 and shown["since"] is None
    assert all(s["new"] is False for s in shown["sentences"])

    later = EVENTS["fire"][1].replace("five", "seven") + (
        "\n\nA spokesman for the port said a second terminal was evacuated overnight."
    )
    site.publish("/world.xml", Entry("f2", "/f2.html", "", later))
    assert "new articles 1" in run("watch", "--once", "--db", db, "--allow-private").stdout
    newer = json.loads(run("brief", "--story", str(fire["id"]), "--db", db, "-f", "json").stdout)
    assert newer["version"] == 2 and newer["since"] == shown["created"]
    assert newer["whats_new"][0] == "1 new report:"
    markdown = run("brief", "--story", str(fire["id"]), "--db", db).stdout
    assert "## What's new since" in markdown and "(version 2)" in markdown
    if any(s["new"] for s in newer["sentences"]):
        assert "**New:** " in markdown
    html = run("brief", "--story", str(fire["id"]), "--db", db, "-f", "html").stdout
    assert 'class="whats-new"' in html


ENTRIES = 90  # below the cap of entries read from one feed (MAX_FEED_ENTRIES)


def _many_entries(site: Site, count: int) -> None:
    texts = [t for reports in EVENTS.values() for t in reports]
    for number in range(count):
        text = f"Report number {number} of the series was filed.\n\n{texts[number % len(texts)]}"
        site.publish("/many.xml", Entry(f"n{number}", f"/n{number}.html", "", text))


@pytest.fixture
def watcher(site: Site, tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    db = tmp_path / "news.db"
    _many_entries(site, ENTRIES)
    assert run("follow", site.url("/many.xml"), "--db", db, "--allow-private").returncode == 0
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsfuse",
            "watch",
            "--db",
            str(db),
            "--every",
            "1h",
            "--allow-private",
            "-v",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield db, child
    if child.poll() is None:
        child.kill()
    child.wait(timeout=30)


def _reported(child: subprocess.Popen[str], count: int) -> list[int]:
    assert child.stdout is not None
    reported: list[int] = []
    deadline = time.monotonic() + 120
    while len(reported) < count and time.monotonic() < deadline:
        line = child.stdout.readline()
        if line.startswith("added "):
            reported.append(int(line.split()[1]))
    return reported


def test_sigterm_stops_the_watcher_cleanly_between_articles(
    watcher: tuple[Path, subprocess.Popen[str]],
) -> None:
    db, child = watcher
    reported = _reported(child, 10)
    child.send_signal(signal.SIGTERM)
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == 0 and "newsfuse: stopped" in stderr
    with Store(db) as store:
        assert store.integrity() == "ok"
        stored = store.counts()["articles"]
        assert set(reported) <= {a.id for s in store.stories() for a in store.story_articles(s.id)}
    assert len(reported) <= stored < ENTRIES, "the watcher finished before it was stopped"


def test_a_killed_watcher_loses_nothing_and_a_restarted_one_goes_on(
    watcher: tuple[Path, subprocess.Popen[str]], site: Site
) -> None:
    db, child = watcher
    reported = _reported(child, 20)
    stored = kill_and_read_ids(child, db)
    assert len(reported) >= 20, "the watcher did not report progress"
    assert set(reported) <= stored and len(stored) < ENTRIES
    fetched_before = sum(site.hits[f"/n{n}.html"] for n in range(ENTRIES))

    finish = run("watch", "--once", "--db", db, "--allow-private")
    assert finish.returncode == 0, finish.stderr
    assert f"new articles {ENTRIES - len(stored)}," in finish.stdout
    with Store(db) as store:
        assert store.counts()["articles"] == ENTRIES and not store.has_pending()
        assert store.versions.due() == []
    refetched = sum(site.hits[f"/n{n}.html"] for n in range(ENTRIES)) - fetched_before
    assert refetched <= ENTRIES - len(stored) + 8, "stored entries were fetched again"
