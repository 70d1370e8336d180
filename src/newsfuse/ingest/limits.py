"""The caps of every reader, stated once: how much of a file, archive, feed or JSONL line
newsfuse reads, so that no input can make it use unbounded memory or time.

What a cap cuts is never dropped silently: the reader names the input and the cap in one line.
The pipeline's own limits (words, sentences, characters kept for ranking) live in
:mod:`newsfuse.settings`; the fetcher's body and time limits in
:class:`newsfuse.ingest.fetch.FetchPolicy`.
"""

from __future__ import annotations

# A report file (.txt, .md, .html, a feed file) larger than this is skipped unread.
MAX_FILE_BYTES = 20_000_000

# Web archives (.warc, .warc.gz). A page kept in an archive is held to the fetcher's body cap:
# a larger HTML response is skipped. The whole archive is read up to MAX_ARCHIVE_BYTES after
# decompression (a gzip bomb stops there, ~25 s of inflating at most); a single header line
# longer than MAX_ARCHIVE_LINE_BYTES, or more than MAX_ARCHIVE_LINES_IN_A_ROW header lines
# without a record body between them, is a broken archive (a line bomb would otherwise be
# held whole in memory, or read line by line for hours). MAX_ARCHIVE_LINES bounds the time
# spent on header lines of the whole archive (a real archive has ~30 per record).
MAX_ARCHIVE_RECORD_BYTES = 5_000_000
MAX_ARCHIVE_BYTES = 8_000_000_000
MAX_ARCHIVE_LINE_BYTES = 1_000_000
MAX_ARCHIVE_LINES_IN_A_ROW = 10_000
MAX_ARCHIVE_LINES = 20_000_000

# RSS/Atom: the first entries (newest first in almost every feed) read per feed, per read or
# poll; and how many entry pages are fetched ahead of the one being extracted (each may be
# as large as the fetcher's body cap, so this bounds the pages held in memory at once).
MAX_FEED_ENTRIES = 100
FEED_FETCH_WINDOW = 16

# Multi-News-style JSONL: a longer line is skipped unread (its JSON would need ~30 times its
# size in memory). Nesting is bounded by Python's JSON reader, which refuses anything deeper
# than the interpreter's recursion limit (about 1,000 levels) with RecursionError; newsfuse
# turns that into a skipped line. A valid story is never more than 2 levels deep.
MAX_JSONL_LINE_BYTES = 10_000_000
