"""The Python API in one call: ``newsfuse.brief(["a.txt", "b.html"], words=120)``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from newsfuse.documents import Article, Brief
from newsfuse.errors import InputError
from newsfuse.ingest.articles import Reader, article_reader, gather, path_readers, text_reader
from newsfuse.ingest.files import READABLE_SUFFIXES
from newsfuse.ingest.urls import is_url
from newsfuse.pipeline import build
from newsfuse.settings import DEFAULT_WORDS, Settings

Input = str | Path | Article
# A string longer than this, or with a line break, is always a report's text.
_MAX_PATH_CHARS = 4096
_URL_IS_NO_PATH = (
    "a URL, not a file, folder or text: fetch it into a store with newsfuse.ingest_sources"
    " (`newsfuse ingest URL`), then brief the story"
)


def brief(documents_or_paths: Sequence[Input] | Input, words: int = DEFAULT_WORDS) -> Brief:
    """Fuse news reports of one event into a cited brief of at most ``words`` words.

    Each item is an :class:`Article`, a :class:`~pathlib.Path` (file or folder), a string
    that names a file or folder (see :func:`load_articles`), or otherwise the text (or
    HTML) of a report.

    Example:
        >>> b = brief(["Rain flooded the town of Ashby on Monday, officials said. "
        ...            "Two bridges were closed and schools shut early."], words=40)
        >>> b.sentences[0].citations[0].article_id
        '1'
        >>> brief("reports/missing-folder")
        Traceback (most recent call last):
        ...
        newsfuse.errors.MissingPathError: no such file or folder: reports/missing-folder
    """
    items: Sequence[Input] = (
        [documents_or_paths]
        if isinstance(documents_or_paths, str | Path | Article)
        else documents_or_paths
    )
    articles = load_articles(items)
    return build(Settings(words=words)).brief(articles)


def load_articles(items: Iterable[Input]) -> list[Article]:
    """Articles from any mix of articles, paths and texts, numbered from 1 in order.

    A string is a path when it names an existing file or folder, or when it looks like one:
    one line ending in ``.txt``, ``.md`` or ``.html``, or one word holding a ``/`` (or
    starting with ``~`` or ``.``). A path that names nothing raises
    :class:`~newsfuse.errors.MissingPathError` (``no such file or folder: PATH``); it is never
    read as a report's text. Any other string is a report's text: pass a
    :class:`~pathlib.Path` to be sure of a path.

    An unreadable item is skipped with a warning naming it; when nothing readable is left,
    :class:`~newsfuse.errors.NoContentError` says why each item was skipped.
    """
    return gather(_readers(items))


def _readers(items: Iterable[Input]) -> Iterator[Reader | InputError]:
    for number, item in enumerate(items, start=1):
        if isinstance(item, Article):
            yield article_reader(item)
            continue
        if isinstance(item, str) and is_url(item):
            raise InputError(_URL_IS_NO_PATH, item)
        path = item if isinstance(item, Path) else path_named_by(item)
        if path is None:
            yield text_reader(str(item), f"text {number}")
        else:
            yield from path_readers(path)


def path_named_by(item: str) -> Path | None:
    """The path a string names, or ``None`` when it is a report's text.

    Example:
        >>> path_named_by("examples/harbour-fire"), path_named_by("notes/fire report.txt")
        (PosixPath('examples/harbour-fire'), PosixPath('notes/fire report.txt'))
        >>> path_named_by("Fire crews fought the blaze at 3/4 of the sites, police said.")
    """
    if "\n" in item or len(item) > _MAX_PATH_CHARS or not item.strip():
        return None
    path = Path(item).expanduser()
    try:
        if path.exists() or path.is_symlink():
            return path
    except OSError:  # e.g. a text too long to be a file name
        return None
    return path if _looks_like_path(item.strip()) else None


def _looks_like_path(item: str) -> bool:
    if Path(item).suffix.lower() in READABLE_SUFFIXES:
        return True
    one_word = not any(character.isspace() for character in item)
    return one_word and ("/" in item or "\\" in item or item.startswith(("~", ".")))
