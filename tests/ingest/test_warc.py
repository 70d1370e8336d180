"""WARC archives: HTML responses are read, other records skipped, broken archives reported."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfuse.errors import InputError
from newsfuse.ingest.warc import ArchivedPage, read_warc

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
