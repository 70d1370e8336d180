"""What the pages show of a brief: each citation mark with the exact source sentences it
stands for (outlet, title, link), ready for the templates. Pure functions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsfuse.documents import Article, Brief, Changes, Citation, Source
from newsfuse.render import linkable_url


@dataclass(frozen=True, slots=True)
class Quote:
    """One source sentence behind a citation mark."""

    text: str
    outlet: str
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Mark:
    """A citation mark ``[n]`` and the sentences of source ``n`` it cites."""

    number: int
    quotes: tuple[Quote, ...]


@dataclass(frozen=True, slots=True)
class Line:
    """A sentence of the brief (or a side of a difference) with its marks."""

    text: str
    marks: tuple[Mark, ...]
    claimant: str = ""
    position: str = ""
    new: bool = False  # cites a report added since the version before, and was not in it


@dataclass(frozen=True, slots=True)
class DifferenceView:
    label: str
    sides: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class BriefView:
    title: str
    words: int
    lines: tuple[Line, ...]
    differences: tuple[DifferenceView, ...]
    sources: tuple[Source, ...]
    whats_new: tuple[str, ...] = ()
    since: str = ""  # when the version before was made ("" for a first version)
    version: int = 0  # the stored version shown (0: none)


def brief_view(
    brief: Brief, articles: Sequence[Article], changes: Changes | None = None
) -> BriefView:
    """The brief with every citation resolved to the text it points at; with ``changes``
    (a stored version), new sentences marked and "What's new" since the version before.

    Example:
        >>> from newsfuse import brief as make_brief
        >>> text = "Rain flooded the town of Ashby on Monday, officials said. Two bridges shut."
        >>> b = make_brief([text], words=40)
        >>> view = brief_view(b, [Article("1", text)])
        >>> view.lines[0].marks[0].quotes[0].text
        'Rain flooded the town of Ashby on Monday, officials said.'
    """
    by_id = {article.id: article for article in articles}
    brief = replace(  # only http(s) URLs become links
        brief, sources=tuple(replace(s, url=linkable_url(s.url)) for s in brief.sources)
    )

    def line(
        text: str,
        citations: tuple[Citation, ...],
        claimant: str = "",
        position: str = "",
        new: bool = False,
    ) -> Line:
        return Line(text, _marks(brief, citations, by_id), claimant, position, new)

    return BriefView(
        title=brief.title,
        words=brief.word_count,
        lines=tuple(
            line(s.text, s.citations, s.claimant, new=changes is not None and changes.is_new(n))
            for n, s in enumerate(brief.sentences)
        ),
        differences=tuple(
            DifferenceView(
                d.label,
                tuple(line(s.claim, s.citations, s.claimant, s.position) for s in d.sides),
            )
            for d in brief.differences
        ),
        sources=brief.sources,
        whats_new=changes.whats_new if changes and changes.since else (),
        since=(changes.since or "") if changes else "",
        version=changes.version if changes else 0,
    )


def _marks(
    brief: Brief, citations: tuple[Citation, ...], articles: dict[str, Article]
) -> tuple[Mark, ...]:
    by_number: dict[int, list[Quote]] = {}
    for citation in sorted(citations):
        source = brief.sources[brief.source_number(citation.article_id) - 1]
        article = articles.get(citation.article_id)
        text = article.text[citation.start : citation.end] if article else ""
        quote = Quote(text, source.outlet, source.title, source.url)
        by_number.setdefault(source.number, []).append(quote)
    return tuple(Mark(number, tuple(quotes)) for number, quotes in sorted(by_number.items()))
