"""Web archives (WARC and WARC.GZ): the HTML responses they hold, via warcio."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsfuse.errors import InputError

_PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    """An HTML response found in an archive, with the URL it was captured from."""

    url: str
    body: bytes
    where: str  # "archive.warc.gz#record<n>", for messages


def read_warc(path: Path) -> Iterator[ArchivedPage | InputError]:
    """Every HTML response of a WARC file, in archive order.

    A record that cannot be read is yielded as an :class:`InputError` naming it; a broken
    archive stops the iteration after yielding the error (what came before is kept); an
    archive without any HTML response yields an error saying so.
    """
    found = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                # (the iterator's get_record_offset() consumes the record's body)
                page = _page_of(record, f"{path}#record{number}")
                if page is not None:
                    found += 1
                    yield page
    except ArchiveLoadFailed as error:
        yield InputError(f"{path}: broken archive, stopped reading ({_short(error)})")
    except Exception as error:  # warcio meets damaged headers with assorted errors
        yield InputError(f"{path}: broken archive record, stopped reading ({_short(error)})")
    if not found:
        yield InputError(f"{path}: no HTML responses in this archive")


def _page_of(record: object, where: str) -> ArchivedPage | InputError | None:
    if getattr(record, "rec_type", "") != "response":
        return None
    headers = getattr(record, "http_headers", None)
    if headers is None:
        return None
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    status = str(headers.get_statuscode() or "")
    if status != "200" or content_type not in _PAGE_TYPES:
        return None
    url = str(record.rec_headers.get_header("WARC-Target-URI") or "")  # type: ignore[attr-defined]
    try:
        body = record.content_stream().read()  # type: ignore[attr-defined]
    except Exception as error:  # warcio raises assorted zlib/IO errors on damaged records
        return InputError(f"{where}: damaged record for {url} ({_short(error)})")
    return ArchivedPage(url=url, body=body, where=where)


def _short(error: BaseException) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__
