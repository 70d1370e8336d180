"""The hostile inputs of issue 16 at full size, each run as a user runs it, with the time and
peak memory it took. (tests/test_hostile_inputs.py runs small versions of the same in CI.)

Usage: python benchmarks/hostile_inputs.py [--only NAME ...] [--keep DIR]

Each case is generated in a temporary folder (some take a few seconds to write: a gzip bomb
of 10 GB of zeros is compressed here), then ``python -m newsfuse ...`` runs in a fresh child
under an address-space limit of 1.5 GB and a 90 s timeout (the issue's bounds). "peak MB" is
the child's maximum resident memory, "skip lines" the stderr lines saying what was skipped.
The last three cases are briefs of big stories: they measure the brief pipeline (issue 16,
point 1), not the readers.
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour-fire"
LIMIT_BYTES = 1536 * 2**20
SKIP_LINE = re.compile(r"newsfuse: (warning: )?skipped ")
TIMEOUT = 90
GOOD = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, forcing the "
    "evacuation of about 200 nearby homes. Two workers were taken to hospital with burns, the "
    "fire service said. Fire chief Marta Lind said crews had the fire under control by 2 a.m."
)
# Builds the input in a folder (a local site serves pages on the port) and returns
# newsfuse's arguments.
Case = Callable[[Path, int], list[str]]


def page_html(text: str) -> bytes:
    return f"<html><body><article><p>{text}</p></article></body></html>".encode()


def warc_member(url: str, body: bytes, zeros: int = 0, declared: int | None = None) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    length = declared if declared is not None else len(http) + len(body) + zeros
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)):032x}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
    ).encode()
    return gzip_of(head + http + body, zeros, b"\r\n\r\n")


def gzip_of(start: bytes, zeros: int, end: bytes = b"") -> bytes:
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    chunk = bytes(2**24)
    parts = [packer.compress(start)]
    parts += [packer.compress(chunk) for _ in range(zeros // len(chunk))]
    parts += [packer.compress(bytes(zeros % len(chunk)) + end), packer.flush()]
    return b"".join(parts)


def warc_page_bomb(folder: Path, port: int) -> list[str]:
    """A page of 7.5 GB of zeros (7 MB compressed) between two good pages."""
    archive = folder / "bomb.warc.gz"
    with archive.open("wb") as out:
        out.write(warc_member("https://a.example/1", page_html(GOOD)))
        out.write(warc_member("https://bomb.example/", page_html("x"), zeros=7_500_000_000))
        out.write(warc_member("https://a.example/2", page_html(GOOD.replace("Tuesday", "Monday"))))
    return ["ingest", str(archive), "--db", str(folder / "news.db")]


def warc_line_bomb(folder: Path, port: int) -> list[str]:
    """10 GB of zeros in one gzip member (10 MB): no WARC header, no newline."""
    archive = folder / "lines.warc.gz"
    archive.write_bytes(gzip_of(b"", 10 * 2**30))
    return ["ingest", str(archive), "--db", str(folder / "news.db")]


def warc_declared_bomb(folder: Path, port: int) -> list[str]:
    """A good page, then a record that says it holds a terabyte."""
    archive = folder / "huge.warc.gz"
    archive.write_bytes(
        warc_member("https://a.example/1", page_html(GOOD))
        + warc_member("https://bomb.example/", page_html("x"), declared=10**12)
    )
    return ["ingest", str(archive), "--db", str(folder / "news.db")]


class Site(http.server.BaseHTTPRequestHandler):
    """Every path is a 300 KB news page."""

    body = page_html(" ".join([GOOD] * 1200))

    def do_GET(self) -> None:  # the name http.server calls
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def site() -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()


def feed_of_large_entries(folder: Path, port: int) -> list[str]:
    """1,000 entries of 18 KB each (an 18 MB feed) linking to 300 KB pages."""
    text = GOOD * 70
    items = "".join(
        f"<item><title>E{n}</title><link>http://127.0.0.1:{port}/{n}</link>"
        f"<description><![CDATA[<p>{text}</p>]]></description></item>"
        for n in range(1000)
    )
    feed = folder / "feed.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    return ["ingest", str(feed), "--db", str(folder / "news.db"), "--allow-private"]


def jsonl_lines(folder: Path, port: int) -> list[str]:
    """Good stories around a line nested 100,000 deep, a 100 MB line and 4 M empty lists."""
    good = json.dumps({"id": "good", "documents": [GOOD, GOOD.replace("fire", "blaze")]})
    source = folder / "in.jsonl"
    with source.open("wb") as out:
        out.write(good.encode() + b"\n" + b"[" * 100_000 + b"]" * 100_000 + b"\n")
        out.write(good.encode() + b'\n{"id": "big", "documents": ["' + b"a" * 100_000_000)
        out.write(b'"]}\n' + good.encode() + b'\n{"id": "lists", "documents": [')
        out.write(b",".join([b"[]"] * 4_000_000) + b"]}\n" + good.encode() + b"\n")
    return ["batch", str(source), "--output", str(folder / "out.jsonl"), "--workers", "1"]


def reports(folder: Path) -> Path:
    target = folder / "reports"
    target.mkdir()
    for report in EXAMPLE.iterdir():
        (target / report.name).write_bytes(report.read_bytes())
    return target


def folder_with_fifo(folder: Path, port: int) -> list[str]:
    target = reports(folder)
    os.mkfifo(target / "fifo.txt")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(target / "socket.txt"))
    return ["brief", str(target)]


def folder_with_dev_zero(folder: Path, port: int) -> list[str]:
    target = reports(folder)
    os.symlink("/dev/zero", target / "zero.txt")
    os.symlink("/etc/hostname", target / "outside.txt")
    return ["brief", str(target)]


def undecodable_name(folder: Path, port: int) -> list[str]:
    target = reports(folder)
    os.rename(target / "02-coastal-times.txt", os.fsencode(target) + b"/02-caf\xe9.txt")
    return ["brief", str(target), "--output", str(folder / "brief.md")]


def undecodable_name_ingest(folder: Path, port: int) -> list[str]:
    target = reports(folder)
    os.rename(target / "02-coastal-times.txt", os.fsencode(target) + b"/02-caf\xe9.txt")
    return ["ingest", str(target), "--db", str(folder / "news.db"), "-v"]


WORDS = (
    "harbour fire crews council police minister storm flood tram bridge school power homes".split()
)


def random_report(number: int, sentences: int) -> str:
    state = number * 7919 + 1
    lines = []
    for index in range(sentences):
        words = []
        for _ in range(14):
            state = (state * 1103515245 + 12345) % 2**31
            words.append(WORDS[state % len(WORDS)])
        lines.append(" ".join(words).capitalize() + f", officials said on day {index}.")
    return f"Report {number}\n\n" + "\n\n".join(lines)


def five_thousand_reports(folder: Path, port: int) -> list[str]:
    target = folder / "many"
    target.mkdir()
    for number in range(5000):
        (target / f"r{number:05d}.txt").write_text(random_report(number, 6))
    return ["brief", str(target)]


def report_of(size: int) -> Case:
    def make(folder: Path, port: int) -> list[str]:
        report = folder / "long.txt"
        per_sentence = len(random_report(0, 1000)) / 1000
        report.write_text(random_report(0, int(size / per_sentence)))
        return ["brief", str(report)]

    return make


CASES: dict[str, Case] = {
    "warc-page-bomb": warc_page_bomb,
    "warc-line-bomb": warc_line_bomb,
    "warc-declared-bomb": warc_declared_bomb,
    "feed-1000-large": feed_of_large_entries,
    "jsonl-nested-and-huge": jsonl_lines,
    "folder-fifo-socket": folder_with_fifo,
    "folder-dev-zero-link": folder_with_dev_zero,
    "undecodable-name-brief": undecodable_name,
    "undecodable-name-ingest": undecodable_name_ingest,
    "5000-reports (point 1)": five_thousand_reports,
    "2 MB report (point 1)": report_of(2_000_000),
    "19 MB report (point 1)": report_of(19_000_000),
}


def measure(args: list[str]) -> None:
    """In a fresh child: run newsfuse under the limits, print one JSON line about it."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))

    start = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "newsfuse", *args],
            capture_output=True,
            preexec_fn=limit,
            timeout=TIMEOUT,
            check=False,
        )
        code, stderr = str(done.returncode), done.stderr.decode("utf-8", "backslashreplace")
    except subprocess.TimeoutExpired as expired:
        code, stderr = "timeout", (expired.stderr or b"").decode("utf-8", "backslashreplace")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = stderr.splitlines()
    print(
        json.dumps(
            {
                "exit": code,
                "seconds": round(time.monotonic() - start, 1),
                "peak_mb": round(peak),
                "skips": sum(SKIP_LINE.match(line) is not None for line in lines),
                "traceback": "Traceback" in stderr,
                "first": next((line for line in lines if "skipped" in line or "error" in line), ""),
                "last": lines[-1] if lines else "",
            }
        )
    )


def run_case(name: str, keep: Path | None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(dir=keep) as scratch, site() as port:
        args = CASES[name](Path(scratch), port)
        child = subprocess.run(
            [sys.executable, __file__, "--measure", *args],
            capture_output=True,
            text=True,
            check=True,
        )
        return dict(json.loads(child.stdout.splitlines()[-1]))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        measure(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=list(CASES), default=list(CASES))
    parser.add_argument("--keep", type=Path, default=None, help="Scratch space (default: /tmp).")
    options = parser.parse_args()
    print(f"{'case':26} {'exit':>7} {'seconds':>8} {'peak MB':>8} {'skips':>6} traceback")
    for name in options.only:
        row = run_case(name, options.keep)
        print(
            f"{name:26} {row['exit']:>7} {row['seconds']:>8} {row['peak_mb']:>8}"
            f" {row['skips']:>6} {'YES' if row['traceback'] else 'no'}",
            flush=True,
        )
        for line in dict.fromkeys([row["first"], row["last"]]):
            print(f"    {str(line)[:150]}", flush=True)


if __name__ == "__main__":
    main()
