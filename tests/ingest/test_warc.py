"""WARC archives: HTML responses are read, other records skipped, broken archives reported."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfuse.errors import InputError
from newsfuse.ingest.warc import ArchiveCaps, ArchivedPage, read_warc

PAGE = b"<html><body><article><p>Fire crews fought the blaze all night.</p></article></body></html>"


def write_warc(path: Path, records: list[tuple[str, str, int, bytes]]) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for url, content_type, status, body in records:
            headers = StatusAndHeaders(
                f"{status} OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def test_reads_html_responses_and_skips_the_rest(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(
        archive,
        [
            ("https://a.example/fire", "text/html; charset=utf-8", 200, PAGE),
            ("https://a.example/logo.png", "image/png", 200, b"\x89PNG"),
            ("https://a.example/missing", "text/html", 404, b"<p>not found</p>"),
            ("https://b.example/fire", "text/html", 200, PAGE.replace(b"night", b"day")),
        ],
    )
    pages = list(read_warc(archive))
    assert all(isinstance(p, ArchivedPage) for p in pages)
    assert [p.url for p in pages if isinstance(p, ArchivedPage)] == [
        "https://a.example/fire",
        "https://b.example/fire",
    ]
    assert next(p.body for p in pages if isinstance(p, ArchivedPage)) == PAGE


def test_a_broken_archive_keeps_what_came_before(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    write_warc(archive, [("https://a.example/fire", "text/html", 200, PAGE)])
    with archive.open("ab") as stream:
        stream.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\ngarbage")
    pages = list(read_warc(archive))
    assert isinstance(pages[0], ArchivedPage)
    assert any(isinstance(p, InputError) and "crawl.warc" in str(p) for p in pages[1:])


def test_not_an_archive_at_all(tmp_path: Path) -> None:
    archive = tmp_path / "fake.warc.gz"
    archive.write_bytes(gzip.compress(b"hello, this is not a WARC file"))
    errors = list(read_warc(archive))
    assert errors and all(isinstance(e, InputError) for e in errors)
    assert "fake.warc.gz" in str(errors[-1])


def response_record(url: str, body: bytes, *headers: tuple[str, str]) -> bytes:
    """One gzip member holding one WARC response record, written by warcio."""
    stream = io.BytesIO()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), *headers], "HTTP/1.1")
    writer = WARCWriter(stream, gzip=True)
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    writer.write_record(record)
    return stream.getvalue()


def pages_and_errors(path: Path, caps: ArchiveCaps | None = None) -> tuple[list[str], list[str]]:
    items = list(read_warc(path, caps))
    pages = [item.url for item in items if isinstance(item, ArchivedPage)]
    return pages, [str(item) for item in items if isinstance(item, InputError)]


def test_a_page_over_the_record_cap_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(
        response_record("https://a.example/big", PAGE + b" " * 5000)
        + response_record("https://a.example/fire", PAGE)
    )
    pages, errors = pages_and_errors(archive, ArchiveCaps(record_bytes=1000))
    assert pages == ["https://a.example/fire"]
    assert errors == [
        f"{archive}#record1: the page https://a.example/big is over 1000 bytes; not read"
    ]


def test_a_compressed_page_is_capped_after_decompression(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    bomb = gzip.compress(PAGE + bytes(2_000_000))  # ~2 KB that inflate to 2 MB
    archive.write_bytes(
        response_record("https://a.example/bomb", bomb, ("Content-Encoding", "gzip"))
        + response_record("https://a.example/fire", PAGE)
    )
    pages, errors = pages_and_errors(archive, ArchiveCaps(record_bytes=100_000))
    assert pages == ["https://a.example/fire"]
    assert errors == [f"{archive}#record1: the page https://a.example/bomb is over 100000 bytes;"
                      " not read"]  # fmt: skip


def test_reading_stops_at_the_cap_of_decompressed_bytes(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    filler = gzip.compress(b"\r\n" * 1_000_000)  # 2 MB of blank lines between records
    archive.write_bytes(
        response_record("https://a.example/fire", PAGE)
        + filler
        + response_record("https://a.example/tram", PAGE)
    )
    pages, errors = pages_and_errors(archive, ArchiveCaps(archive_bytes=500_000))
    assert pages == ["https://a.example/fire"]
    assert errors == [
        f"{archive}: more than 500000 bytes after decompression (the cap); stopped reading"
    ]
    assert pages_and_errors(archive) == (["https://a.example/fire", "https://a.example/tram"], [])


def raw_record(url: str, declared: int, *header_lines: str) -> bytes:
    """A gzip member with a hand-written WARC record: any length it likes to declare."""
    head = "".join(
        [
            "WARC/1.0\r\nWARC-Type: response\r\n",
            f"WARC-Target-URI: {url}\r\nContent-Length: {declared}\r\n",
            *header_lines,
            "\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
        ]
    )
    return gzip.compress(head.encode() + PAGE + b"\r\n\r\n")


def test_a_record_declaring_more_than_the_archive_cap_stops_before_inflating(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(
        response_record("https://a.example/fire", PAGE)
        + raw_record("https://a.example/huge", 10**12)
    )
    pages, errors = pages_and_errors(archive)
    assert pages == ["https://a.example/fire"]
    assert errors == [
        f"{archive}: record 2 holds 1000000000000 bytes, past the cap of 8000000000 bytes after"
        " decompression; stopped reading"
    ]


def test_a_record_of_endless_header_lines_is_a_broken_archive(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(
        response_record("https://a.example/fire", PAGE)
        + raw_record("https://a.example/lines", 100, *["X-Filler: yes\r\n"] * 20_000)
    )
    pages, errors = pages_and_errors(archive)
    assert pages == ["https://a.example/fire"]
    assert errors == [f"{archive}: more than 10000 header lines in a row; stopped reading"]
    pages, errors = pages_and_errors(archive, ArchiveCaps(lines_in_a_row=10**6, lines=5_000))
    assert errors == [f"{archive}: more than 5000 header lines; stopped reading"]


def test_a_header_line_bomb_is_a_broken_archive(tmp_path: Path) -> None:
    archive = tmp_path / "lines.warc.gz"
    bomb = gzip.compress(bytes(10**6))  # a megabyte of zeros: no newline anywhere
    archive.write_bytes(response_record("https://a.example/fire", PAGE) + bomb)
    pages, errors = pages_and_errors(archive, ArchiveCaps(line_bytes=10_000))
    assert pages == ["https://a.example/fire"]
    assert errors == [f"{archive}: a header line longer than 10000 bytes; stopped reading"]


def test_a_fifo_named_as_an_archive_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.warc")
    (error,) = read_warc(tmp_path / "pipe.warc")
    assert isinstance(error, InputError) and "not a regular file (a FIFO)" in str(error)
