"""The store's live parts: upgrading stores of schema 2 and 3, the paged story list,
publication times, and the candidate index answering like the in-memory one."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from newsfuse.cluster import Member, StoryGrouper, TermVector, fingerprint
from newsfuse.cluster.index import term_buckets
from newsfuse.errors import InputError
from newsfuse.ingest.pages import Page
from newsfuse.store.sqlite import MIGRATIONS, Store, content_hash
from tests.conftest import EVENTS

SCHEMA_3 = Path(__file__).with_name("store_schema_3.sql")


def _page(name: str, text: str, published: str = "") -> Page:
    return Page(f"{name}.txt", f"file:///{name}", text, title=name, published=published)


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a store, in a stable order."""
    with sqlite3.connect(path) as db:
        names = [
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            name: sorted(db.execute(f"SELECT * FROM {name}").fetchall(), key=repr) for name in names
        }


def test_a_store_of_schema_2_is_upgraded_and_its_articles_indexed_and_grouped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # a store as the previous release left it
        for script in MIGRATIONS[:2]:
            db.executescript(script)
        db.execute("PRAGMA user_version = 2")
        db.execute("INSERT INTO stories (id, created_at) VALUES (5, '2026-01-01T00:00:00+00:00')")
        rows = [
            ("fire-0", EVENTS["fire"][0], 5),
            ("fire-1", EVENTS["fire"][1], None),
            ("tram-0", EVENTS["tram"][0], None),
        ]
        for name, text, story in rows:
            fp = fingerprint(text)
            db.execute(
                "INSERT INTO articles (source, canonical_url, text, content_hash, ingested_at,"
                " terms, minhash, story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    f"{name}.txt",
                    f"file:///{name}",
                    text,
                    content_hash(text),
                    "2026-01-01T00:00:00+00:00",
                    fp.terms_json(),
                    fp.minhash,
                    story,
                ),
            )
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS) == 4
        assert store.has_pending()
        report = store.group_pending()
        assert report.grouped == 3 and report.new_stories == 1
        assert sorted(s.articles for s in store.stories()) == [1, 2]
        fire = store.story(5)
        assert fire is not None and fire.articles == 2 and fire.first.startswith("2026-01-01")
        assert not store.has_pending() and store.integrity() == "ok"


def test_a_store_made_by_schema_3_keeps_everything_and_its_counts_go_to_buckets(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA_3.read_text(encoding="utf-8"))
    before = _tables(path)
    assert len(before["articles"]) == 8 and len(before["brief_versions"]) == 6
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS) == 4
        assert store.counts() == {"versions": 8, "articles": 7, "junk": 1, "stories": 3}
        assert not store.has_pending() and store.integrity() == "ok"
        stories = {s.id: s.articles for s in store.stories()}
        assert sorted(stories.values()) == [2, 2, 2]
        assert all(len(store.versions.latest(story, 5)) == 2 for story in stories)
    after = _tables(path)
    terms: list[tuple[int, int]] = before.pop("term_frequencies")  # type: ignore[assignment]
    buckets: list[tuple[int, int]] = after.pop("term_buckets")  # type: ignore[assignment]
    assert after == before  # articles, stories, versions, feeds, postings: all as they were
    expected: Counter[int] = Counter()
    for term, documents in terms:
        expected[int(term_buckets(np.array([term]))[0])] += documents
    assert dict(buckets) == expected
    with sqlite3.connect(path) as db:  # the counts today's code makes of the same articles
        rows = db.execute("SELECT vector FROM articles WHERE counted = 1").fetchall()
    vectors = [TermVector.from_bytes(row[0]) for row in rows]
    assert Counter(b for v in vectors for b in term_buckets(v.hashes).tolist()) == expected
    with Store(path) as store:  # and grouping goes on where it stopped
        fire = store.article(1)
        assert fire is not None and fire.story_id is not None
        more = EVENTS["fire"][1] + " Investigators were on the site at Port Halden on Friday."
        store.add(_page("fire-3", more, "2026-03-13"), fingerprint(more))
        report = store.group_pending()
        assert report.new_stories == 0 and report.stories == {fire.story_id}
        assert store.integrity() == "ok"


def test_the_story_list_pages_with_a_cursor(tmp_path: Path) -> None:
    with Store(tmp_path / "news.db") as store:
        for number in range(7):
            text = f"Story number {number} about the {number}th harbour of Ostvik. " * 3
            store.add(_page(f"s{number}", text + f" Unique{number}word."), fingerprint(text))
        store.group_pending()
        everything = [s.id for s in store.stories()]
        seen, cursor = [], ""
        while True:
            page = store.story_page(limit=3, cursor=cursor)
            seen += [s.id for s in page.stories]
            if not page.next_cursor:
                break
            cursor = page.next_cursor
        assert seen == everything and len(seen) == len(set(seen))
        with pytest.raises(InputError, match="not one of ours"):
            store.story_page(cursor="bogus!")


def test_undated_reports_do_not_stretch_a_dated_story(tmp_path: Path) -> None:
    clock = lambda: datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # noqa: E731
    with Store(tmp_path / "news.db", clock=clock) as store:
        store.add(_page("a", EVENTS["fire"][0], "2026-03-11"), fingerprint(EVENTS["fire"][0]))
        store.add(_page("b", EVENTS["fire"][1]), fingerprint(EVENTS["fire"][1]))
        store.group_pending()
        (story,) = store.stories()
        assert story.articles == 2
        assert (story.first, story.last) == ("2026-03-11T12:00:00+00:00",) * 2
        assert story.updated == "2026-12-03T09:00:00+00:00"
        undated = store.story_articles(story.id)[1]
        assert undated.published == "" and undated.effective_at == story.updated


def test_a_story_inactive_for_longer_than_the_window_takes_no_new_article(
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "news.db") as store:
        store.add(_page("a", EVENTS["storm"][0], "2026-01-01"), fingerprint(EVENTS["storm"][0]))
        store.group_pending()
        store.add(_page("b", EVENTS["storm"][1], "2026-01-20"), fingerprint(EVENTS["storm"][1]))
        report = store.group_pending()
        assert report.new_stories == 1 and len(store.stories()) == 2
        store.add(
            _page("c", EVENTS["storm"][0] + " More.", "2026-01-22"),
            fingerprint(EVENTS["storm"][0] + " More."),
        )
        assert store.group_pending().new_stories == 0


def test_the_store_index_places_articles_as_the_memory_index_does(tmp_path: Path) -> None:
    texts = [t for reports in EVENTS.values() for t in reports]
    texts = [texts[i] for i in (0, 2, 4, 1, 3, 5)]
    grouper = StoryGrouper()
    in_memory = grouper.group([], [Member(i + 1, fingerprint(t)) for i, t in enumerate(texts)])
    with Store(tmp_path / "news.db") as store:
        for number, text in enumerate(texts):
            store.add(_page(f"p{number}", text), fingerprint(text))
        store.group_pending()
        stored = [store.article(i + 1).story_id for i in range(len(texts))]  # type: ignore[union-attr]
    assert _same_partition(stored, [a.story for a in in_memory])
    assert len(set(stored)) == 3


def _same_partition(one: list[int | None], other: list[int]) -> bool:
    return (
        len({(a, b) for a, b in zip(one, other, strict=True)}) == len(set(one)) == len(set(other))
    )
