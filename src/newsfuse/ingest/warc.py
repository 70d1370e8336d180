"""Web archives (WARC and WARC.GZ): the HTML responses they hold, via warcio, read within
the caps of :mod:`newsfuse.settings` so that a gzip bomb costs seconds, not the machine."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.utils import BUFF_SIZE

from newsfuse.errors import InputError
from newsfuse.ingest.decode import safe_name
from newsfuse.ingest.paths import open_regular_file
from newsfuse.settings import (
    MAX_ARCHIVE_BYTES,
    MAX_ARCHIVE_LINE_BYTES,
    MAX_ARCHIVE_LINES,
    MAX_ARCHIVE_LINES_IN_A_ROW,
    MAX_ARCHIVE_RECORD_BYTES,
)

_PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    """An HTML response found in an archive, with the URL it was captured from."""

    url: str
    body: bytes
    where: str  # "archive.warc.gz#record<n>", for messages


class _OverCapError(Exception):
    """The archive went past one of the caps; reading stops here (what came before is kept)."""


@dataclass(frozen=True, slots=True)
class ArchiveCaps:
    """The caps one archive is read under (the defaults: :mod:`newsfuse.settings`)."""

    record_bytes: int = MAX_ARCHIVE_RECORD_BYTES
    archive_bytes: int = MAX_ARCHIVE_BYTES
    line_bytes: int = MAX_ARCHIVE_LINE_BYTES
    lines_in_a_row: int = MAX_ARCHIVE_LINES_IN_A_ROW
    lines: int = MAX_ARCHIVE_LINES


def read_warc(path: Path, caps: ArchiveCaps | None = None) -> Iterator[ArchivedPage | InputError]:
    """Every HTML response of a WARC file, in archive order.

    A record that cannot be read, or whose body is over the cap, is yielded as an
    :class:`InputError` naming it; a broken archive, or one past the cap of decompressed bytes,
    stops the iteration after yielding the error (what came before is kept); an archive
    without any HTML response yields an error saying so.
    """
    caps = caps or ArchiveCaps()
    name = safe_name(path)
    found = 0
    try:
        with open_regular_file(path) as stream:
            records = _BoundedArchiveIterator(stream, caps)
            for number, record in enumerate(records, start=1):
                records.check_declared_length(record, number)
                # (the iterator's get_record_offset() consumes the record's body)
                page = _page_of(record, f"{name}#record{number}", caps.record_bytes)
                if isinstance(page, ArchivedPage):
                    found += 1
                if page is not None:
                    yield page
    except InputError as error:
        yield error
        return
    except _OverCapError as error:
        yield InputError(f"{error}; stopped reading", name)
        return
    except ArchiveLoadFailed as error:
        yield InputError(f"broken archive, stopped reading ({_short(error)})", name)
        return
    except Exception as error:  # warcio meets damaged headers with assorted errors
        yield InputError(f"broken archive record, stopped reading ({_short(error)})", name)
        return
    if not found:
        yield InputError("no HTML responses in this archive", name)


def _page_of(record: Any, where: str, max_bytes: int) -> ArchivedPage | InputError | None:
    if getattr(record, "rec_type", "") != "response":
        return None
    headers = getattr(record, "http_headers", None)
    if headers is None:
        return None
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    status = str(headers.get_statuscode() or "")
    if status != "200" or content_type not in _PAGE_TYPES:
        return None
    url = str(record.rec_headers.get_header("WARC-Target-URI") or "")
    try:
        # One byte more than the cap tells a body at the cap from a larger one; the content
        # stream also undoes a Content-Encoding, which a bomb may use as well.
        body = record.content_stream().read(max_bytes + 1)
    except _OverCapError:
        raise
    except Exception as error:  # warcio raises assorted zlib/IO errors on damaged records
        return InputError(f"damaged record for {url} ({_short(error)})", where)
    if len(body) > max_bytes:
        return InputError(f"the page {url} is over {max_bytes} bytes; not read", where)
    return ArchivedPage(url=url, body=body, where=where)


class _BoundedArchiveIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator, reading through :class:`_BoundedReader` instead of its own reader
    (warcio reads header lines without a length limit and decompresses without a total cap;
    it has no option for either, so we put the caps in the one reader everything goes
    through)."""

    def __init__(self, stream: Any, caps: ArchiveCaps) -> None:
        super().__init__(stream)
        # Nothing has been read yet: the records are read lazily, through self.reader.
        self.bounded = _BoundedReader(self.fh, caps, block_size=BUFF_SIZE)
        self.reader = self.bounded

    def check_declared_length(self, record: Any, number: int) -> None:
        """Stop before inflating a record that says it would go past the archive's cap."""
        declared = int(getattr(record, "length", 0) or 0)
        if self.bounded.num_read + declared > self.bounded.caps.archive_bytes:
            raise _OverCapError(
                f"record {number} holds {declared} bytes, past the cap of"
                f" {self.bounded.caps.archive_bytes} bytes after decompression"
            )


class _BoundedReader(DecompressingBufferedReader):  # type: ignore[misc]
    """The archive's decompressing reader, counting what it inflates and the header lines it
    reads; raises :class:`_OverCapError` past a cap."""

    def __init__(self, stream: Any, caps: ArchiveCaps, block_size: int) -> None:
        super().__init__(stream, block_size=block_size)
        self.caps = caps
        self.lines = 0
        self.lines_in_a_row = 0

    def _process_read(self, data: bytes) -> None:
        super()._process_read(data)
        if self.num_read > self.caps.archive_bytes:
            raise _OverCapError(
                f"more than {self.caps.archive_bytes} bytes after decompression (the cap)"
            )

    def read(self, length: int | None = None) -> bytes:
        self.lines_in_a_row = 0
        return bytes(super().read(length))

    def readline(self, length: int | None = None) -> bytes:
        cap = self.caps.line_bytes
        line = bytes(super().readline(cap if length is None else min(length, cap)))
        if len(line) >= cap and not line.endswith(b"\n"):
            raise _OverCapError(f"a header line longer than {cap} bytes")
        self.lines += 1
        self.lines_in_a_row += 1
        if self.lines_in_a_row > self.caps.lines_in_a_row:
            raise _OverCapError(f"more than {self.caps.lines_in_a_row} header lines in a row")
        if self.lines > self.caps.lines:
            raise _OverCapError(f"more than {self.caps.lines} header lines")
        return line


def _short(error: BaseException) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__
