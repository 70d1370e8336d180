"""Latency of `POST /api/briefs` on 5-article stories against a local `newsfuse serve`, and
200 concurrent requests.

The server runs in its own process on 127.0.0.1 with an empty temporary store. Stories are
the first five articles of Multi-News dev clusters that have five or more (cycled).

    python benchmarks/web_latency.py [--requests 200] [--concurrent 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

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


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsfuse", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    for _ in range(200):
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
    args = parser.parse_args()
    stories = five_article_stories(args.data)
    words = statistics.mean(sum(len(d.split()) for d in s) for s in stories)
    print(f"{len(stories)} five-article stories, {words:.0f} words each on average")
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        server = start_server(Path(tmp) / "news.db", port)
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


if __name__ == "__main__":
    main()
