"""The Python API in one call: ``newsfuse.brief(["a.txt", "b.html"], words=120)``."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsfuse.documents import Article, Brief
from newsfuse.errors import InputError, NoContentError
from newsfuse.ingest.files import article_from_markup, expand_paths, read_article
from newsfuse.pipeline import build
from newsfuse.settings import DEFAULT_WORDS, Settings

log = logging.getLogger(__name__)

Input = str | Path | Article


def brief(documents_or_paths: Sequence[Input] | Input, words: int = DEFAULT_WORDS) -> Brief:
    """Fuse news reports of one event into a cited brief of at most ``words`` words.

    Each item is an :class:`Article`, a :class:`~pathlib.Path` (file or folder), a string
    naming an existing file or folder, or otherwise the text (or HTML) of a report.

    Example:
        >>> b = brief(["Rain flooded the town of Ashby on Monday, officials said. "
        ...            "Two bridges were closed and schools shut early."], words=40)
        >>> b.sentences[0].citations[0].article_id
        '1'
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

    An unreadable item is skipped with a warning naming it; when nothing readable is left,
    :class:`NoContentError` says why each item was skipped.
    """
    articles: list[Article] = []
    problems: list[str] = []
    for item in items:
        for source in _sources_of(item):
            if isinstance(source, InputError):  # a folder entry that is not read (a FIFO, ...)
                problems.append(str(source))
                continue
            try:
                articles.append(_load_one(source, str(len(articles) + 1)))
            except InputError as error:
                problems.append(str(error))
    if not articles:
        raise NoContentError("no readable article: " + "; ".join(problems or ["no input"]))
    for problem in problems:
        log.warning("skipped %s", problem)
    return articles


def _sources_of(item: Input) -> list[Article | Path | str | InputError]:
    if isinstance(item, Article):
        return [item]
    path = _as_existing_path(item)
    if path is not None:
        return list(expand_paths([path]))
    return [str(item)]


def _load_one(source: Article | Path | str, article_id: str) -> Article:
    if isinstance(source, Article):
        return source
    if isinstance(source, Path):
        return read_article(source, article_id)
    return article_from_markup(source, article_id, source=f"text {article_id}")


def _as_existing_path(item: str | Path) -> Path | None:
    if isinstance(item, Path):
        return item
    if "\n" in item or len(item) > 4096:
        return None
    path = Path(item)
    try:
        return path if path.exists() else None
    except OSError:  # e.g. a text too long to be a file name
        return None
