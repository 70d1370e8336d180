"""Latency of a local `newsfuse serve`, in two modes.

Briefs (the default): `POST /api/briefs` on 5-article stories, sequential and 200 at once.
The server has an empty temporary store; stories are the first five articles of Multi-News
dev clusters that have five or more (cycled).

    python benchmarks/web_latency.py [--requests 200] [--concurrent 200]

Readers (`--mix`): 200 readers at once, each asking for `/`, `/api/stories` and a story page
(one of the 30 stories on the first page), against stores of 1,000 and 100,000 articles:
requests/s and p50/p95 latency of the 600 requests, and the size and time of `/` alone.
The stores are built synthetically in a minute (written straight into the store's tables,
not grouped: the web app only reads them): stories of 2-8 articles taken from one Multi-News
dev cluster each, published over a week; the stories on the first page have stored brief
versions, made by the real pipeline, as the poller of `serve --watch` would have made them.
`--server-src DIR` runs the server from another checkout's `src` (the code before a change).

    python benchmarks/web_latency.py --mix [--articles 1000,100000] [--clients 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from newsfuse.live import make_version
from newsfuse.pipeline import build
from newsfuse.store.sqlite import Store, content_hash
from newsfuse.store.stories import refresh_story

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"


def five_article_stories(data: Path) -> list[list[str]]:
    stories = []
    for line in data.open(encoding="utf-8"):
        documents = json.loads(line)["documents"]
        if len(documents) >= 5:
            stories.append(documents[:5])
    return stories


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int, src: Path | None = None) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsfuse", "serve", "--db", str(db), "--port", str(port)]
    environment = {**os.environ, "PYTHONPATH": str(src.resolve())} if src else None
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL, env=environment)
    for _ in range(600):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.05)
    server.kill()
    raise SystemExit("the server did not start")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def sequential(base: str, stories: list[list[str]], count: int) -> list[float]:
    latencies = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for number in range(count):
            body = {"documents": stories[number % len(stories)], "words": 200}
            started = time.perf_counter()
            response = client.post("/api/briefs", json=body)
            latencies.append(time.perf_counter() - started)
            response.raise_for_status()
    return latencies


async def concurrent(base: str, stories: list[list[str]], count: int) -> tuple[int, float, float]:
    """``count`` requests all in flight at once: (errors, wall seconds, worst latency)."""
    limits = httpx.Limits(max_connections=count)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:

        async def one(number: int) -> tuple[bool, float]:
            body = {"documents": stories[number % len(stories)], "words": 200}
            started = time.perf_counter()
            try:
                response = await client.post("/api/briefs", json=body)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            return ok, time.perf_counter() - started

        started = time.perf_counter()
        results = await asyncio.gather(*(one(n) for n in range(count)))
        wall = time.perf_counter() - started
    return sum(1 for ok, _ in results if not ok), wall, max(t for _, t in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrent", type=int, default=200)
    parser.add_argument("--mix", action="store_true", help="readers: /, /api/stories, a story")
    parser.add_argument("--articles", default="1000,100000", help="store sizes for --mix")
    parser.add_argument("--clients", type=int, default=200, help="readers at once for --mix")
    parser.add_argument("--server-src", type=Path, help="run the server from this src folder")
    args = parser.parse_args()
    if args.mix:
        for size in (int(n) for n in args.articles.split(",")):
            readers_mix(args.data, size, args.clients, args.server_src)
        return
    stories = five_article_stories(args.data)
    words = statistics.mean(sum(len(d.split()) for d in s) for s in stories)
    print(f"{len(stories)} five-article stories, {words:.0f} words each on average")
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        db = Path(tmp) / "news.db"
        Store(db).close()  # an empty store: `newsfuse serve` refuses a path with none
        server = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            sequential(base, stories, 10)  # warm-up
            latencies = sequential(base, stories, args.requests)
            p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
            print(
                f"sequential, {len(latencies)} requests: p50 {1000 * p50:.0f} ms,"
                f" p95 {1000 * p95:.0f} ms, max {1000 * max(latencies):.0f} ms"
            )
            errors, wall, worst = asyncio.run(concurrent(base, stories, args.concurrent))
            print(
                f"concurrent, {args.concurrent} at once: {errors} errors, all served in"
                f" {wall:.1f} s ({args.concurrent / wall:.0f} requests/s), slowest {worst:.1f} s"
            )
        finally:
            server.terminate()
            server.wait(timeout=10)


# --- Readers of a large store (--mix) -------------------------------------------------------

WEEK_START = datetime(2026, 3, 2, tzinfo=UTC)
FIRST_PAGE = 30
ROUNDS = 3


def synthetic_store(db: Path, data: Path, articles: int, seed: int = 7) -> list[int]:
    """A store of ``articles`` articles in stories of 2-8 (each from one dev cluster),
    published over a week; returns the ids of the first page's stories (last updated first),
    which get stored brief versions."""
    rng = random.Random(seed)
    clusters = [json.loads(line)["documents"] for line in data.open(encoding="utf-8")]
    clusters = [[d for d in docs if len(d.split()) > 80] for docs in clusters]
    clusters = [docs for docs in clusters if docs]
    Store(db).close()  # the schema
    raw = sqlite3.connect(db, isolation_level=None)
    raw.execute("BEGIN")
    stored = story = 0
    while stored < articles:
        story += 1
        docs = rng.choice(clusters)
        start = WEEK_START + timedelta(days=7 * rng.random())
        created = start.isoformat()
        raw.execute("INSERT INTO stories (id, created_at) VALUES (?, ?)", (story, created))
        for _ in range(min(rng.randint(2, 8), articles - stored)):
            stored += 1
            published = start + timedelta(hours=rng.expovariate(1 / 12))
            text = f"{rng.choice(docs)}\n\n(Report {stored}.)"  # unique content
            _insert_article(raw, stored, story, text, published, rng)
    for number in range(1, story + 1):
        last = raw.execute(
            "SELECT MAX(effective_at) FROM articles WHERE story_id = ?", (number,)
        ).fetchone()[0]
        refresh_story(raw, number, last)
    raw.execute("COMMIT")
    raw.close()
    with Store(db) as store:
        first_page = [s.id for s in store.story_page(FIRST_PAGE).stories]
        pipeline = build()
        for story_id in first_page:
            make_version(store, story_id, pipeline)
    return first_page


def _insert_article(
    raw: sqlite3.Connection,
    number: int,
    story: int,
    text: str,
    published: datetime,
    rng: random.Random,
) -> None:
    when = published.isoformat(timespec="seconds")
    url = f"https://outlet{number % 40}.example/news/{number}"
    title = " ".join(text.split()[:9])
    raw.execute(
        "INSERT INTO articles (source, canonical_url, url, outlet, title, published, text,"
        " content_hash, ingested_at, story_id, effective_at, published_at, counted, indexed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)",
        (url, url, url, f"Outlet {rng.randrange(40)}", title, when[:10], text,
         content_hash(text), when, story, when, when),
    )  # fmt: skip


async def readers(port: int, story_ids: list[int], clients: int) -> tuple[float, list[Timing]]:
    """``clients`` readers at once, each on its own keep-alive connection asking for /,
    /api/stories and a story page in turn: (wall seconds, every request's timing)."""

    async def reader(number: int) -> list[Timing]:
        story = story_ids[number % len(story_ids)]
        timings = []
        connection = await asyncio.open_connection("127.0.0.1", port)
        try:
            for kind, path in (("/", "/"), ("api", "/api/stories"), ("story", f"/stories/{story}")):
                started = time.perf_counter()
                status = await _get(connection, path)
                timings.append(Timing(kind, time.perf_counter() - started, status == 200))
        finally:
            connection[1].close()
        return timings

    started = time.perf_counter()
    results = await asyncio.gather(*(reader(n) for n in range(clients)))
    wall = time.perf_counter() - started
    return wall, [t for timings in results for t in timings]


async def _get(connection: tuple[asyncio.StreamReader, asyncio.StreamWriter], path: str) -> int:
    """One GET on a keep-alive connection: the status (the body is read and dropped).

    HTTP by hand on purpose: httpx's async client spends more CPU per request than the server
    under test (on 2 cores it measured itself: 59 requests/s where this client measures 260)."""
    reader, writer = connection
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    fields = dict(line.split(": ", 1) for line in head[1:] if ": " in line)
    length = int({k.lower(): v for k, v in fields.items()}["content-length"])
    await reader.readexactly(length)
    return int(head[0].split()[1])


@dataclass(frozen=True, slots=True)
class Timing:
    kind: str
    seconds: float
    ok: bool


def readers_mix(data: Path, articles: int, clients: int, src: Path | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "news.db"
        started = time.perf_counter()
        first_page = synthetic_store(db, data, articles)
        with Store(db) as store:
            counts = store.counts()
        print(
            f"store: {counts['articles']} articles, {counts['stories']} stories,"
            f" {len(first_page)} with a stored brief version; built in"
            f" {time.perf_counter() - started:.0f} s"
        )
        port = free_port()
        server = start_server(db, port, src)
        base = f"http://127.0.0.1:{port}"
        try:
            index_alone(base)
            warm_up(base, first_page)
            rounds = []
            for _ in range(ROUNDS):
                before = cpu_seconds(server.pid)
                wall, timings = asyncio.run(readers(port, first_page, clients))
                rounds.append((wall, timings, cpu_seconds(server.pid) - before))
        finally:
            server.terminate()
            server.wait(timeout=30)
    for number, (wall, timings, cpu) in enumerate(rounds, start=1):
        seconds = [t.seconds for t in timings]
        errors = sum(not t.ok for t in timings)
        print(
            f"{articles} articles, round {number}: {clients} readers x 3 requests ="
            f" {len(timings)} requests in {wall:.1f} s = {len(timings) / wall:.0f} requests/s,"
            f" p50 {_ms(seconds, 0.5)}, p95 {_ms(seconds, 0.95)}, max {_ms(seconds, 1.0)},"
            f" {errors} errors; server CPU {1000 * cpu / len(timings):.1f} ms per request"
        )
        kinds = ("/", "api", "story")
        print("  " + ", ".join(f"{k} p95 {_ms([t.seconds for t in timings if t.kind == k], 0.95)}"
                               for k in kinds))  # fmt: skip


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the process has used so far (Linux /proc): what a request
    costs the server, whatever else the machine is doing."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def warm_up(base: str, story_ids: list[int]) -> None:
    """Each page once, as a server that has been up a while has seen them."""
    with httpx.Client(base_url=base, timeout=600) as client:
        for path in ("/", "/api/stories", *(f"/stories/{story}" for story in story_ids)):
            client.get(path).raise_for_status()


def index_alone(base: str, count: int = 20) -> None:
    """`/` asked alone, one request at a time: its size and median time."""
    with httpx.Client(base_url=base, timeout=600) as client:
        client.get("/")
        sizes, seconds = [], []
        for _ in range(count):
            started = time.perf_counter()
            sizes.append(len(client.get("/").content))
            seconds.append(time.perf_counter() - started)
    print(f"  / alone: {sizes[0] / 1000:.0f} KB, median {_ms(seconds, 0.5)} over {count}")


def _ms(values: list[float], share: float) -> str:
    return f"{1000 * percentile(values, share):.0f} ms"


if __name__ == "__main__":
    main()
