"""Read news reports from paths: .txt/.md plain text, .html/.htm pages, and folders of them."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from newsfuse.documents import Article
from newsfuse.errors import InputError, MissingPathError, NoContentError
from newsfuse.ingest.decode import decode_bytes, safe_name, safe_text
from newsfuse.ingest.heading import metadata_block, split_heading
from newsfuse.ingest.html import article_from_html, looks_like_html, too_short
from newsfuse.ingest.paths import open_regular_file, walk_folder
from newsfuse.settings import MAX_FILE_BYTES
from newsfuse.text.furniture import strip_furniture

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


def expand_paths(paths: Iterable[Path]) -> list[Path | InputError]:
    """Files named directly, plus the readable files inside named folders (sorted); an entry
    of a folder that cannot be read safely (see :func:`~newsfuse.ingest.paths.walk_folder`)
    is an :class:`InputError` naming it, in its place.

    Raises :class:`MissingPathError` for a path that does not exist and :class:`InputError`
    for a folder with nothing readable.
    """
    files: list[Path | InputError] = []
    for path in paths:
        if path.is_dir():
            found = list(walk_folder(path, _is_readable_name))
            if not found:
                raise InputError("no .txt, .md or .html files in this folder", safe_name(path))
            files.extend(found)
        elif path.exists() or path.is_symlink():
            files.append(path)  # not a regular file? read_limited says so, without opening it
        else:
            raise MissingPathError(safe_name(path))
    return files


def _is_readable_name(path: Path) -> bool:
    return path.suffix.lower() in READABLE_SUFFIXES


def read_article(path: Path, article_id: str) -> Article:
    """Read one report; raises :class:`InputError` naming the file when it is not usable."""
    name = safe_name(path)
    text = decode_bytes(read_limited(path), name)
    return article_from_markup(text, article_id, name, path.suffix.lower() in HTML_SUFFIXES)


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes; :class:`InputError` naming it when it is over ``limit`` bytes,
    unreadable, or not a regular file (a FIFO, device or socket is never read: one would block
    forever or never end)."""
    name = safe_name(path)
    with open_regular_file(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise InputError(f"file is {size} bytes, more than {limit}", name)
            data = handle.read(limit + 1)  # the size may be stale: the file may be growing
        except OSError as error:
            raise InputError(f"cannot read the file ({error.strerror})", name) from error
    if len(data) > limit:
        raise InputError(f"file is more than {limit} bytes", name)
    return data


def article_from_markup(text: str, article_id: str, source: str, html: bool = False) -> Article:
    """An article from decoded text: HTML when ``html`` or when it looks like HTML."""
    text = safe_text(text)  # a pasted or JSON text may hold lone surrogates: never storable
    if html or looks_like_html(text):
        return article_from_html(text, article_id, source=source)
    return article_from_text(text, article_id, source=source)


def article_from_text(text: str, article_id: str, source: str = "") -> Article:
    r"""An article from plain text, with what the text states about itself (see
    :mod:`newsfuse.ingest.heading`): a metadata block, its headline (a first short line
    without final punctuation), a date line, a byline, the outlet of a wire dateline.

    Example:
        >>> article = article_from_text(
        ...     "Storm shuts Varna port\n\nVARNA (Coastal Times) - Storm Edda closed the port "
        ...     "on Monday, and ferries to the islands were cancelled.", "1", "storm.txt")
        >>> article.title, article.outlet, article.text[:11]
        ('Storm shuts Varna port', 'Coastal Times', 'VARNA (Coas')
    """
    stated, rest = metadata_block(text)
    heading, body = split_heading(strip_furniture(rest), stated)
    if too_short(body):
        raise NoContentError("no article text left after cleaning", source or article_id)
    return Article(
        id=article_id,
        text=body,
        title=heading.title,
        outlet=heading.outlet,
        url=heading.url,
        published=heading.published,
        source=source,
        author=heading.author,
    )
