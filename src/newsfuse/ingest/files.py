"""Read news reports from paths: .txt/.md plain text, .html/.htm pages, and folders of them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsfuse.documents import Article
from newsfuse.errors import InputError, NoContentError
from newsfuse.ingest.decode import decode_bytes
from newsfuse.ingest.html import MIN_ARTICLE_WORDS, article_from_html, looks_like_html
from newsfuse.text.furniture import strip_furniture

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
MAX_FILE_BYTES = 20_000_000


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus the readable files inside named folders (sorted).

    Raises :class:`InputError` for a path that does not exist or a folder with nothing readable.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in READABLE_SUFFIXES)
            if not found:
                raise InputError(f"{path}: no .txt, .md or .html files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def read_article(path: Path, article_id: str) -> Article:
    """Read one report; raises :class:`InputError` naming the file when it is not usable."""
    text = decode_bytes(read_limited(path), str(path))
    return article_from_markup(text, article_id, str(path), path.suffix.lower() in HTML_SUFFIXES)


def read_limited(path: Path) -> bytes:
    """A file's bytes; :class:`InputError` when it is over :data:`MAX_FILE_BYTES` or unreadable."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file is {size} bytes, more than {MAX_FILE_BYTES}")
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read the file ({error.strerror})") from error


def article_from_markup(text: str, article_id: str, source: str, html: bool = False) -> Article:
    """An article from decoded text: HTML when ``html`` or when it looks like HTML."""
    if html or looks_like_html(text):
        return article_from_html(text, article_id, source=source)
    return article_from_text(text, article_id, source=source)


def article_from_text(text: str, article_id: str, source: str = "") -> Article:
    """An article from plain text; a first short line without final punctuation is its title."""
    clean = strip_furniture(text)
    title, body = _split_title(clean)
    if len(body.split()) < MIN_ARTICLE_WORDS:
        raise NoContentError(f"{source or article_id}: no article text left after cleaning")
    return Article(id=article_id, text=body, title=title, source=source)


def _split_title(text: str) -> tuple[str, str]:
    first, sep, rest = text.partition("\n\n")
    is_heading = sep and len(first.split()) <= 20 and not first.rstrip().endswith((".", '"', "”"))
    if is_heading:
        return first.strip().lstrip("# ").strip(), rest
    return "", text
