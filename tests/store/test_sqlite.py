"""The store: idempotent adds, versions of updated articles, migrations, integrity."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsfuse.cluster import StoryGrouper, fingerprint
from newsfuse.errors import StoreError
from newsfuse.ingest.pages import Page
from newsfuse.library import group_stories
from newsfuse.store.sqlite import MIGRATIONS, Store

TEXT = "Fire crews fought a blaze at the Port Halden grain terminal on Tuesday night."


def page(text: str = TEXT, url: str = "https://courier.example/fire", junk: str = "") -> Page:
    return Page("courier.html", url, text, title="Terminal fire", url=url, junk=junk)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "news.db")


def test_the_same_content_from_the_same_url_adds_nothing(store: Store) -> None:
    first = store.add(page(), fingerprint(TEXT))
    assert first.outcome == "added"
    assert store.add(page(), fingerprint(TEXT)) == type(first)("unchanged", first.article_id)
    assert store.counts()["articles"] == 1


def test_a_syndicated_copy_elsewhere_is_stored_and_grouped_as_a_duplicate(store: Store) -> None:
    first = store.add(page(), fingerprint(TEXT))
    copy = store.add(page(url="https://other.example/copy"), fingerprint(TEXT))
    assert copy.outcome == "added" and copy.article_id != first.article_id
    group_stories(store, StoryGrouper())
    stored = store.article(copy.article_id)
    assert stored is not None and stored.duplicate_of == first.article_id


def test_an_updated_article_is_a_new_version_in_the_same_story(store: Store) -> None:
    first = store.add(page(), fingerprint(TEXT))
    store.group_pending()
    story = store.article(first.article_id).story_id  # type: ignore[union-attr]
    updated_text = TEXT + " Two workers were hurt."
    second = store.add(page(updated_text), fingerprint(updated_text))
    assert second.outcome == "updated"
    report = store.group_pending()
    assert report.grouped == 1 and report.new_stories == 0 and report.stories == {story}
    new = store.article(second.article_id)
    assert new is not None and new.version == 2 and new.story_id == story
    assert [a.id for a in store.story_articles(story or 0)] == [second.article_id]
    assert store.counts() == {"versions": 2, "articles": 1, "junk": 0, "stories": 1}


def test_junk_is_stored_with_its_reason_and_kept_out_of_grouping(store: Store) -> None:
    store.add(
        page("Sign in to continue reading.", url="https://x.example/login", junk="login wall"), None
    )
    store.add(page(), fingerprint(TEXT))
    assert store.group_pending().grouped == 1
    assert [s.articles for s in store.stories()] == [1]
    (junk,) = store.junk()
    assert junk.junk_reason == "login wall" and junk.source == "courier.html"


def test_new_store_is_migrated_to_the_latest_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.integrity() == "ok"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_older_store_is_upgraded_in_place_keeping_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # a store as the first release left it
        db.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
        db.execute(
            "INSERT INTO articles (source, canonical_url, text, content_hash, ingested_at)"
            " VALUES ('a.txt', 'file:///a.txt', 'old text', 'h', '2026-01-01')"
        )
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS) >= 2
        assert store.counts()["articles"] == 1


def test_a_store_from_a_newer_newsfuse_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer newsfuse.*upgrade newsfuse"):
        Store(path)


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match="notes.db: cannot open the store"):
        Store(path)


def test_undecodable_names_and_lone_surrogates_are_stored_escaped(store: Store) -> None:
    odd = Page("reports/caf\udce9.txt", "file:///reports/caf%E9.txt", "Crews \ud800 fought it.")
    result = store.add(odd, None)
    stored = store.article(result.article_id)
    assert stored is not None
    assert (stored.source, stored.text) == ("reports/caf\\xe9.txt", "Crews \\ud800 fought it.")
    assert store.add(odd, None).outcome == "unchanged"  # the same page, the same escaped form
