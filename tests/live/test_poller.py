"""The poller against a local site whose feeds change between polls, with a fake clock."""

from __future__ import annotations

import itertools
import json
from datetime import timedelta

from newsfuse.ingest.fetch import Fetcher
from newsfuse.live import Poller, follow, latest_brief
from newsfuse.store.sqlite import Store
from tests.conftest import EVENTS
from tests.live.conftest import FakeClock
from tests.live.feedsite import Entry, Site

EVERY = timedelta(minutes=15)


def poller(store: Store, fetcher: Fetcher, clock: FakeClock) -> Poller:
    return Poller(store, fetcher, EVERY, clock=clock)


def publish_event(site: Site, feed: str, event: str, number: int, date: str = "") -> Entry:
    entry = Entry(
        key=f"urn:{event}-{number}",
        path=f"/{event}-{number}.html",
        title=f"{event} report {number}",
        text=EVENTS[event][number],
        date=date,
    )
    site.publish(feed, entry)
    return entry


def test_new_entries_are_stored_grouped_and_briefed_and_unchanged_feeds_cost_a_304(
    site: Site, store: Store, fetcher: Fetcher, clock: FakeClock
) -> None:
    publish_event(site, "/world.xml", "fire", 0, "2026-03-10T08:00:00Z")
    publish_event(site, "/world.xml", "tram", 0)  # undated: the time it is stored counts
    publish_event(site, "/local.xml", "fire", 1, "2026-03-10T08:30:00Z")
    for path in ("/world.xml", "/local.xml"):
        follow(site.url(path), store, fetcher)
    first = poller(store, fetcher, clock).poll_due()
    assert (
        first.summary() == "feeds 2 (not modified 0, failed 0), new articles 3, stories updated 2"
    )
    fire = next(s for s in store.stories() if s.articles == 2)
    assert fire.first == "2026-03-10T08:00:00+00:00" and fire.last == "2026-03-10T08:30:00+00:00"

    clock.advance(minutes=16)
    pages_before = site.hits["/fire-0.html"]
    second = poller(store, fetcher, clock).poll_due()
    assert (
        second.summary() == "feeds 2 (not modified 2, failed 0), new articles 0, stories updated 0"
    )
    assert site.hits["/fire-0.html"] == pages_before and site.hits["304"] == 2

    clock.advance(minutes=16)
    publish_event(site, "/world.xml", "tram", 1, "2026-03-10T09:20:00Z")
    third = poller(store, fetcher, clock).poll_due()
    assert (
        third.summary() == "feeds 2 (not modified 1, failed 0), new articles 1, stories updated 1"
    )
    assert site.hits["/tram-0.html"] == 1, "a seen entry is never fetched again"
    tram = next(s for s in store.stories() if "tram" in s.title)
    assert tram.articles == 2 and store.stories()[0].id == tram.id  # last updated first


def test_feeds_not_due_are_left_alone_until_their_time(
    site: Site, store: Store, fetcher: Fetcher, clock: FakeClock
) -> None:
    publish_event(site, "/world.xml", "storm", 0)
    follow(site.url("/world.xml"), store, fetcher)
    assert poller(store, fetcher, clock).poll_due().feeds == 1
    clock.advance(minutes=5)
    assert poller(store, fetcher, clock).poll_due().feeds == 0
    clock.advance(minutes=11)
    assert poller(store, fetcher, clock).poll_due().feeds == 1


def test_a_failing_feed_backs_off_exponentially_and_recovers(
    site: Site, store: Store, fetcher: Fetcher, clock: FakeClock
) -> None:
    publish_event(site, "/world.xml", "storm", 0)
    follow(site.url("/world.xml"), store, fetcher)
    site.failing.add("/world.xml")
    waits = []
    for _ in range(3):
        report = poller(store, fetcher, clock).poll_due()
        assert report.failed == 1
        (feed,) = store.feeds.all()
        assert feed.status == "failed" and "HTTP 500" in feed.last_error
        waits.append(feed.next_due)
        clock.now = _parse(feed.next_due)
    assert [_parse(w) - _parse(v) for v, w in itertools.pairwise(waits)] == [
        timedelta(hours=1),
        timedelta(hours=2),
    ]
    assert store.feeds.all()[0].errors == 3
    site.failing.clear()
    report = poller(store, fetcher, clock).poll_due()
    assert report.summary().startswith("feeds 1 (not modified 0, failed 0), new articles 1")
    (feed,) = store.feeds.all()
    assert (feed.status, feed.errors, feed.last_error) == ("ok", 0, "")
    assert _parse(feed.next_due) - clock.now == EVERY


def test_an_article_updated_in_place_becomes_a_new_version_and_a_new_brief_version(
    site: Site, store: Store, fetcher: Fetcher, clock: FakeClock
) -> None:
    entry = publish_event(site, "/world.xml", "fire", 0, "2026-03-10T08:00:00Z")
    follow(site.url("/world.xml"), store, fetcher)
    poller(store, fetcher, clock).poll_due()
    (story,) = store.stories()
    clock.advance(minutes=20)
    update = "\n\nLate on Wednesday the fire service said a third worker had died in the blaze."
    site.pages[entry.path] = entry.text + update
    entry.date = "2026-03-10T09:10:00Z"
    report = poller(store, fetcher, clock).poll_due()
    assert report.new_articles == 1 and report.stories_updated == 1
    assert [s.id for s in store.stories()] == [story.id] and store.stories()[0].articles == 1
    assert [v.version for v in store.versions.latest(story.id)] == [2, 1]


def test_the_latest_version_marks_what_is_new_since_the_one_before(
    site: Site, store: Store, fetcher: Fetcher, clock: FakeClock
) -> None:
    publish_event(site, "/world.xml", "fire", 0, "2026-03-10T08:00:00Z")
    follow(site.url("/world.xml"), store, fetcher)
    poller(store, fetcher, clock).poll_due()
    (story,) = store.stories()
    brief, changes = latest_brief(store, story.id)
    assert changes.version == 1 and changes.since is None and not any(changes.new)
    first_made = changes.created

    clock.advance(minutes=20)
    publish_event(site, "/world.xml", "fire", 1, "2026-03-10T09:00:00Z")
    poller(store, fetcher, clock).poll_due()
    brief, changes = latest_brief(store, story.id)
    assert changes.version == 2 and changes.since == first_made
    second_id = max(store.versions.latest(story.id)[0].article_ids)
    for sentence, new in zip(brief.sentences, changes.new, strict=True):
        cites_new = any(c.article_id == str(second_id) for c in sentence.citations)
        assert new <= cites_new  # only sentences citing the new report can be new
    assert any(changes.new)
    assert changes.whats_new[0] == "1 new report:"
    assert any(line.startswith("New source:") for line in changes.whats_new)
    # the story did not change: the same version is shown again, not a new one
    again, same = latest_brief(store, story.id)
    assert same.version == 2 and again == brief
    payload = json.loads(json.dumps(store.versions.latest(story.id)[0].brief_dict()))
    assert payload["title"] == brief.title


def test_a_site_page_that_links_its_feed_can_be_followed(
    site: Site, store: Store, fetcher: Fetcher
) -> None:
    publish_event(site, "/world.xml", "fire", 0)
    followed = follow(site.url("/home.html"), store, fetcher)
    assert followed.feed.url == site.url("/world.xml") and followed.new
    assert followed.feed.title == "Feed /world.xml"
    assert not follow(site.url("/world.xml"), store, fetcher).new


def _parse(moment: str):  # type: ignore[no-untyped-def]
    from newsfuse.clock import parse_time

    return parse_time(moment)
