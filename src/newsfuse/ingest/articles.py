"""The one way from inputs to the articles of one story: files and folders, texts, the
documents of a JSONL record, fetched pages.

Each input becomes a :data:`Reader` (or, when it is known to be unreadable already, its
:class:`InputError`); :func:`gather` numbers the articles, skips what cannot be read with a
warning naming it, and raises :class:`NoContentError` saying why when nothing is left.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from newsfuse.documents import Article
from newsfuse.errors import FetchError, InputError, NoContentError
from newsfuse.ingest.files import article_from_markup, expand_paths, read_article
from newsfuse.ingest.jsonl import StoryRecord

if TYPE_CHECKING:
    from newsfuse.ingest.fetch import Fetched

log = logging.getLogger(__name__)

# The article of one input under the id it is given; raises InputError naming the input.
Reader = Callable[[str], Article]
OnSkip = Callable[[InputError], None]
# At most this many reasons are listed when nothing could be read.
MAX_LISTED_PROBLEMS = 5


def warn(problem: InputError) -> None:
    """The default of every loader: a skipped input is one warning line naming it."""
    log.warning("skipped %s", problem)


def gather(
    inputs: Iterable[Reader | InputError], by_position: bool = False, on_skip: OnSkip = warn
) -> list[Article]:
    """The articles of ``inputs``, with ids ``"1"``, ``"2"``, ... in input order: the number
    among the articles read, or with ``by_position`` the input's own place (so a document's
    id stays its number in its record whatever was skipped before it).

    An unreadable input is skipped, told to ``on_skip`` (a warning naming it); when none is
    readable, :class:`NoContentError` says why (the first few reasons).

    Example:
        >>> texts = ["", "Rain flooded the town of Ashby on Monday, officials said today."]
        >>> [(a.id, a.source) for a in gather(text_reader(t, f"text {n}")
        ...                                   for n, t in enumerate(texts, 1))]
        [('1', 'text 2')]
    """
    articles: list[Article] = []
    problems: list[InputError] = []
    for position, item in enumerate(inputs, start=1):
        if isinstance(item, InputError):
            problems.append(item)
            continue
        try:
            articles.append(item(str(position if by_position else len(articles) + 1)))
        except InputError as error:
            problems.append(error)
    if not articles:
        raise NoContentError(f"no readable article: {_listed(problems)}")
    for problem in problems:
        on_skip(problem)
    return articles


def _listed(problems: list[InputError]) -> str:
    if not problems:
        return "no input"
    shown = "; ".join(str(p) for p in problems[:MAX_LISTED_PROBLEMS])
    more = len(problems) - MAX_LISTED_PROBLEMS
    return shown + (f"; and {more} more" if more > 0 else "")


def path_readers(path: Path) -> Iterator[Reader | InputError]:
    """A reader of each report file at ``path`` (a file, or the readable files of a folder);
    a folder entry that is not read comes as its error.

    Raises :class:`~newsfuse.errors.MissingPathError` when ``path`` names nothing.
    """
    for item in expand_paths([path]):
        yield item if isinstance(item, InputError) else _file_reader(item)


def _file_reader(path: Path) -> Reader:
    return lambda article_id: read_article(path, article_id)


def text_reader(text: str, source: str) -> Reader:
    """A reader of a report's text (plain or HTML), named ``source`` in messages and in the
    brief's sources. The text is never taken for a file name."""
    return lambda article_id: article_from_markup(text, article_id, source)


def article_reader(article: Article) -> Reader:
    """An article given as it is: it keeps its own id."""
    return lambda _: article


def fetched_reader(url: str, result: Fetched | FetchError) -> Reader:
    """A reader of a fetched page (or of the error fetching it), named by its URL."""
    # Imported here: pages brings courlan, feeds and WARC, which texts and records never need.
    from newsfuse.ingest.pages import Skipped, page_from_fetched

    def read(article_id: str) -> Article:
        if isinstance(result, FetchError):
            raise result
        page = page_from_fetched(result)
        if isinstance(page, Skipped):
            raise InputError(page.reason, url)
        if page.junk:
            raise InputError(f"not a news report ({page.junk})", url)
        return page.to_article(article_id)

    return read


def articles_of_record(record: StoryRecord, on_skip: OnSkip = warn) -> list[Article]:
    """The documents of a Multi-News-style record as articles; each keeps its number in the
    record as its id. Unreadable documents are skipped with a warning naming them."""
    readers = (
        text_reader(text, record.document_source(number))
        for number, text in enumerate(record.documents, start=1)
    )
    return gather(readers, by_position=True, on_skip=on_skip)
