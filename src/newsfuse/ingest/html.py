"""Boilerplate removal for saved HTML pages, via trafilatura, keeping the page's metadata."""

from __future__ import annotations

from typing import Any

from newsfuse.documents import Article
from newsfuse.errors import NoContentError
from newsfuse.text.furniture import strip_furniture

# Pages above this size are cut before parsing; no news article needs more.
MAX_HTML_CHARS = 5_000_000
# Fewer words than this is a menu, a caption or an error page, not a report.
MIN_ARTICLE_WORDS = 8


def too_short(text: str) -> bool:
    """Whether ``text`` holds fewer than ``MIN_ARTICLE_WORDS`` words (split on whitespace).
    Only that many words are split off: listing every word of a report to count to eight
    was 4 % of reading dev's reports.

    Example:
        >>> too_short("Storm hits."), too_short("The storm hit the coast early on Monday.")
        (True, False)
    """
    return len(text.split(maxsplit=MIN_ARTICLE_WORDS)) < MIN_ARTICLE_WORDS


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head


def article_from_html(html: str, article_id: str, source: str, url: str = "") -> Article:
    """Extract the main text and metadata of a news page.

    Raises :class:`NoContentError` when the page holds no article text.
    """
    import trafilatura  # here, not at the top: 0.2 s of start-up that plain-text runs never need

    document = trafilatura.bare_extraction(
        html[:MAX_HTML_CHARS],
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    meta = _as_dict(document)
    title = str(meta.get("title") or "")
    text = strip_furniture(_drop_leading_title(str(meta.get("text") or ""), title))
    if too_short(text):
        raise NoContentError("no article text found in this HTML page", source)
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet=str(meta.get("sitename") or meta.get("hostname") or ""),
        url=str(meta.get("url") or url or ""),
        published=str(meta.get("date") or ""),
        source=source,
        author=str(meta.get("author") or ""),
    )


def _as_dict(document: Any) -> dict[str, Any]:
    if document is None:
        return {}
    if isinstance(document, dict):
        return document
    return dict(document.as_dict())


def _drop_leading_title(text: str, title: str) -> str:
    """trafilatura keeps the page's <h1> as the first line; the title is kept apart."""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip():
        return rest
    return text
