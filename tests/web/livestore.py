"""Stores and a news site for the tests of the live pages: a story with two stored brief
versions, and feeds on 127.0.0.1 (tests.live.feedsite) that the tests publish to."""

from __future__ import annotations

from pathlib import Path

from newsfuse.ingest.fetch import Fetcher
from newsfuse.library import ingest
from newsfuse.live import make_version
from newsfuse.pipeline import build
from newsfuse.store.sqlite import Store
from tests.conftest import EVENTS
from tests.live.feedsite import Entry, Site


def ingest_text(store: Store, folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    with Fetcher() as fetcher:
        ingest([str(path)], store, fetcher)


def two_version_db(tmp_path: Path) -> Path:
    """A store whose fire story has two stored brief versions (one report, then two) and a
    tram story with none."""
    db = tmp_path / "live.db"
    reports = tmp_path / "reports"
    with Store(db) as store:
        ingest_text(store, reports, "fire-1.txt", EVENTS["fire"][0])
        make_version(store, 1, build())
        ingest_text(store, reports, "fire-2.txt", EVENTS["fire"][1])
        make_version(store, 1, build())
        ingest_text(store, reports, "tram-1.txt", EVENTS["tram"][0])
    return db


def publish(site: Site, feed: str, event: str, number: int) -> None:
    entry = Entry(
        f"urn:{event}-{number}",
        f"/{event}-{number}.html",
        f"{event} {number}",
        EVENTS[event][number],
    )
    site.publish(feed, entry)
