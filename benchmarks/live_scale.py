"""A simulated week of news through the live poller: articles/s and ms per new article as
the store grows (20k, 50k, 100k stored), and the cost of one poll of 500 feeds.

The week: synthetic stories made from Multi-News dev clusters. Each story takes one cluster
and gives every distinctive word of it (names, and words in fewer than 5% of dev articles) a
suffix of its own, so stories made from the same cluster are different events told in the
same register; each of its 2-8 articles keeps 70-100% of the paragraphs of one of the
cluster's articles. A story starts at a random time of the week and its articles follow over
about a day. Every article is an entry of one of ``--feeds`` outlet feeds (Atom, the latest
50 entries), and the poller polls every feed every 15 simulated minutes through the real
fetcher (conditional GET, guards, per-host limits) over an httpx mock transport: a feed with
nothing new answers 304. Brief versions are left out of the main run (their cost depends on
story sizes, not on the store): ``--versions`` includes them.

The 500-feed poll runs the real poller against 20 local HTTP servers (127.0.0.2-21, 25 feeds
each): one poll where every feed answers 304, and one where 10 feeds have a new entry.

    python benchmarks/live_scale.py [--articles 100000] [--feeds 200] [--versions]
"""

from __future__ import annotations

import argparse
import http.server
import json
import random
import re
import socketserver
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar, cast

import httpx

from newsfuse.clock import iso
from newsfuse.ingest.fetch import Fetcher, FetchPolicy
from newsfuse.live import poller as poller_module
from newsfuse.live.poller import Poller
from newsfuse.live.versions import brief_due_stories
from newsfuse.pipeline import Pipeline
from newsfuse.store.sqlite import GroupingReport, Store

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"
START = datetime(2026, 3, 2, tzinfo=UTC)
WEEK = timedelta(days=7)
ROUND = timedelta(minutes=15)
FEED_ENTRIES = 50
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
_LETTERS = "bcdfghjklmnpqrstvwxz"


@dataclass(frozen=True, slots=True)
class Item:
    number: int
    story: int
    feed: int
    published: datetime
    text: str


def story_code(number: int) -> str:
    code = ""
    number += 20**3
    while number:
        number, digit = divmod(number, 20)
        code += _LETTERS[digit]
    return code


def week_of_news(data: Path, count: int, feeds: int, seed: int) -> list[Item]:
    """``count`` articles of synthetic stories, in order of publication (numbered so)."""
    rng = random.Random(seed)
    clusters = [json.loads(line)["documents"] for line in data.open(encoding="utf-8")]
    clusters = [[d for d in docs if len(d.split()) > 80] for docs in clusters]
    clusters = [docs for docs in clusters if docs]
    frequency: Counter[str] = Counter()
    for docs in clusters:
        for doc in docs:
            frequency.update({w.lower() for w in _WORD.findall(doc)})
    total = sum(len(docs) for docs in clusters)
    common = {w for w, n in frequency.items() if n >= 0.05 * total}
    items: list[Item] = []
    story = 0
    while len(items) < count:
        docs = rng.choice(clusters)
        code = story_code(story)

        def perturb(match: re.Match[str], code: str = code) -> str:
            word = match.group(0)
            distinctive = word[0].isupper() or word.lower() not in common
            return word + code if distinctive else word

        start = START + WEEK * rng.random()
        for _ in range(rng.randint(2, 8)):
            paragraphs = [p for p in rng.choice(docs).split("\n") if p.strip()]
            kept = [p for p in paragraphs if rng.random() < rng.uniform(0.7, 1.0)] or paragraphs
            text = _WORD.sub(perturb, "\n\n".join(kept))
            published = start + timedelta(hours=rng.expovariate(1 / 12))
            items.append(Item(len(items), story, rng.randrange(feeds), published, text))
        story += 1
    items = items[:count]
    items.sort(key=lambda i: i.published)
    return [
        Item(position, i.story, i.feed, i.published, i.text) for position, i in enumerate(items)
    ]


@dataclass
class FakeWeb:
    """Feeds and article pages served from memory through an httpx mock transport."""

    items: list[Item]
    feeds: dict[int, list[Item]] = field(default_factory=lambda: defaultdict(list))
    now: datetime = START
    position: int = 0
    requests: Counter[str] = field(default_factory=Counter)

    def advance(self, until: datetime) -> None:
        self.now = until
        while self.position < len(self.items) and self.items[self.position].published <= until:
            item = self.items[self.position]
            self.feeds[item.feed].insert(0, item)
            del self.feeds[item.feed][FEED_ENTRIES:]
            self.position += 1

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.startswith("/feed/"):
            feed = int(path.split("/")[2].split(".")[0])
            entries = self.feeds.get(feed, [])
            etag = f'"{feed}-{entries[0].number if entries else 0}"'
            if request.headers.get("if-none-match") == etag:
                self.requests["304"] += 1
                return httpx.Response(304, headers={"etag": etag})
            self.requests["feed"] += 1
            body = self.feed_xml(feed, entries)
            return httpx.Response(
                200, content=body, headers={"content-type": "application/atom+xml", "etag": etag}
            )
        number = int(path.split("/")[2].split(".")[0])
        self.requests["page"] += 1
        return httpx.Response(
            200, text=self.items[number].text, headers={"content-type": "text/plain; charset=utf-8"}
        )

    def feed_xml(self, feed: int, entries: list[Item]) -> bytes:
        host = f"https://outlet{feed}.example"
        parts = [
            f"<entry><id>{host}/a/{e.number}</id><title>Report {e.number}</title>"
            f"<link href='{host}/a/{e.number}.txt'/><updated>{iso(e.published)}</updated></entry>"
            for e in entries
        ]
        return (
            "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Outlet {feed}</title><id>{host}/feed</id>{''.join(parts)}</feed>"
        ).encode()


class Timed:
    """Seconds spent making brief versions, and how many were made."""

    seconds = 0.0
    versions = 0


def _timed_versions(
    store: Store, pipeline: Pipeline, stop: threading.Event | None = None, limit: int = 500
) -> int:
    started = time.perf_counter()
    made = brief_due_stories(store, pipeline, stop, limit)
    Timed.seconds += time.perf_counter() - started
    Timed.versions += made
    return made


class TimedStore(Store):
    """The store, timing grouping."""

    group_seconds = 0.0

    def group_pending(self, grouper=None) -> GroupingReport:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return super().group_pending(grouper)
        finally:
            TimedStore.group_seconds += time.perf_counter() - started


def print_quality(store: Store, items: list[Item]) -> None:
    """B-cubed of the stories formed against the synthetic stories."""
    from stories_eval import bcubed

    predicted: dict[str, int] = {}
    truth: dict[str, str] = {}
    for summary in store.stories():
        for article in store.story_articles(summary.id):
            number = int(article.source.rsplit("/", 1)[1].split(".")[0])
            predicted[str(number)] = summary.id
            truth[str(number)] = str(items[number].story)
    precision, recall, f1 = bcubed(predicted, truth)
    print(
        f"stories formed {len(set(predicted.values()))} (true {len(set(truth.values()))}),"
        f" B-cubed precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}"
    )


def simulate_week(args: argparse.Namespace, folder: Path) -> None:
    items = week_of_news(args.data, args.articles, args.feeds, args.seed)
    stories = len({i.story for i in items})
    print(f"{len(items)} articles of {stories} stories in {args.feeds} feeds over 7 days")
    web = FakeWeb(items)
    clock = {"now": START}
    checkpoints = sorted(
        {10_000, 20_000, 50_000, 100_000, len(items)} & set(range(1, len(items) + 1))
    )
    print(
        f"{'stored':>8} {'articles/s':>11} {'ms/article':>11} {'grouping ms':>12}"
        f" {'stories':>8} {'304s':>6} {'db MB':>7}"
    )
    with (
        TimedStore(folder / "news.db", clock=lambda: clock["now"]) as store,
        Fetcher(
            FetchPolicy(workers=8),
            transport=httpx.MockTransport(web.handle),
            resolver=lambda host, port: ["93.184.216.34"],
            sleep=lambda seconds: None,
        ) as fetcher,
    ):
        for feed in range(args.feeds):
            store.feeds.follow(f"https://outlet{feed}.example/feed/{feed}.xml")
        poller = Poller(store, fetcher, ROUND, clock=lambda: clock["now"], versions=args.versions)
        stored = segment_articles = 0
        segment_start, group_start = time.perf_counter(), 0.0
        moment = START
        while web.position < len(items) or moment <= START + WEEK:
            moment += ROUND
            web.advance(moment)
            clock["now"] = moment
            report = poller.poll_due()
            stored += report.new_articles
            segment_articles += report.new_articles
            done = web.position >= len(items) and moment > START + WEEK
            if (checkpoints and stored >= checkpoints[0]) or (done and segment_articles):
                seconds = time.perf_counter() - segment_start
                grouping = TimedStore.group_seconds - group_start
                size = (folder / "news.db").stat().st_size / 1e6
                print(
                    f"{stored:>8} {segment_articles / seconds:>11.0f}"
                    f" {1000 * seconds / segment_articles:>11.2f}"
                    f" {1000 * grouping / segment_articles:>12.2f}"
                    f" {store.counts()['stories']:>8} {web.requests['304']:>6} {size:>7.0f}",
                    flush=True,
                )
                while checkpoints and stored >= checkpoints[0]:
                    checkpoints.pop(0)
                segment_start, segment_articles = time.perf_counter(), 0
                group_start = TimedStore.group_seconds
            if done:
                break
        print(f"requests: {dict(web.requests)}")
        print_quality(store, items)
        if args.versions and Timed.versions:
            print(
                f"brief versions: {Timed.versions}, {1000 * Timed.seconds / Timed.versions:.1f} ms"
                f" each, {Timed.seconds:.0f} s in all"
            )


# --- one poll of 500 feeds ---------------------------------------------------------------


class _FarmHandler(http.server.BaseHTTPRequestHandler):
    """Feeds of 500 outlets on 20 local hosts; ``versions`` says how many entries each has."""

    versions: ClassVar[defaultdict[str, int]] = defaultdict(int)
    lock = threading.Lock()

    def do_GET(self) -> None:
        host, port = _address(self.server)
        if self.path.startswith("/a/"):
            text = "Report of the day. " + "A sentence of the report with words. " * 60
            self._reply(200, (text + self.path).encode(), "text/plain")
            return
        with self.lock:
            version = self.versions[f"{host}{self.path}"]
        etag = f'"{version}"'
        if self.headers.get("If-None-Match") == etag:
            self._reply(304, b"", "", etag)
            return
        entries = "".join(
            f"<entry><id>{self.path}/{n}</id><title>R</title>"
            f"<link href='http://{host}:{port}/a{self.path}/{n}'/></entry>"
            for n in range(version + 1)
        )
        body = (
            "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>"
            f"{entries}</feed>"
        ).encode()
        self._reply(200, body, "application/atom+xml", etag)

    def _reply(self, status: int, body: bytes, kind: str, etag: str = "") -> None:
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _address(server: socketserver.BaseServer) -> tuple[str, int]:
    # The farm's servers listen on IPv4 addresses, so the address is a (host, port) pair.
    host, port = cast("tuple[str, int]", server.server_address)[:2]
    return host, port


def poll_500(folder: Path, hosts: int = 20, per_host: int = 25) -> None:
    servers = []
    for number in range(hosts):
        server = http.server.ThreadingHTTPServer((f"127.0.0.{number + 2}", 0), _FarmHandler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    try:
        with (
            Store(folder / "feeds.db") as store,
            Fetcher(FetchPolicy(allow_private=True)) as fetcher,
        ):
            for server in servers:
                host, port = _address(server)
                for feed in range(per_host):
                    store.feeds.follow(f"http://{host}:{port}/f{feed}.xml")
            _time_polls(Poller(store, fetcher, ROUND, versions=False), servers)
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def _time_polls(poller: Poller, servers: list[http.server.ThreadingHTTPServer]) -> None:
    started = time.perf_counter()
    first = poller.poll_all()
    print(
        f"\nfirst poll of {first.feeds} feeds (every feed new, 1 entry each):"
        f" {time.perf_counter() - started:.2f} s, {first.summary()}"
    )
    for label, changed in (("all unchanged", 0), ("10 with a new entry", 10)):
        for server in servers[:changed]:
            with _FarmHandler.lock:
                _FarmHandler.versions[f"{_address(server)[0]}/f0.xml"] += 1
        started = time.perf_counter()
        report = poller.poll_all()
        seconds = time.perf_counter() - started
        print(
            f"poll of {report.feeds} feeds, {label}: {seconds:.2f} s"
            f" ({1000 * seconds / report.feeds:.1f} ms per feed), {report.summary()}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--versions", action="store_true", help="make brief versions too")
    parser.add_argument("--skip-week", action="store_true")
    parser.add_argument("--skip-poll", action="store_true")
    args = parser.parse_args()
    poller_module.brief_due_stories = _timed_versions  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_week:
            simulate_week(args, Path(tmp))
        if not args.skip_poll:
            poll_500(Path(tmp))


if __name__ == "__main__":
    main()
