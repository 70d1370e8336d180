"""The data model that flows through newsfuse: articles in, briefs out.

All classes are frozen, slotted dataclasses; identity of a sentence is ``(article_id, index)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Article:
    """One news report after boilerplate removal.

    ``text`` is the clean text; every :class:`Sentence` offset points into it.
    """

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    source: str = ""  # the file path or URL it was read from, for the source list
    author: str = ""


class ArticleFields(Protocol):
    """Anything that holds an article's text and metadata (a fetched page, a stored row)."""

    @property
    def text(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def outlet(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def published(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def author(self) -> str: ...


def article_from(fields: ArticleFields, article_id: str) -> Article:
    """The one conversion to :class:`Article`: a page or a stored row under ``article_id``."""
    return Article(
        id=article_id,
        text=fields.text,
        title=fields.title,
        outlet=fields.outlet,
        url=fields.url,
        published=fields.published,
        source=fields.source,
        author=fields.author,
    )


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: ``article.text[start:end] == text``."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, order=True)
class Citation:
    """Points at one source sentence: ``(article_id, sentence_index)`` plus its offsets."""

    article_id: str
    sentence_index: int
    start: int = 0
    end: int = 0

    @classmethod
    def of(cls, sentence: Sentence) -> Citation:
        """The one way to cite a source sentence: its identity and its offsets."""
        return cls(sentence.article_id, sentence.index, sentence.start, sentence.end)


@dataclass(frozen=True, slots=True)
class BriefSentence:
    """A sentence of a brief with the non-empty tuple of source sentences that printed it,
    and the party it attributes its claim to ("" when it states a fact itself)."""

    text: str
    citations: tuple[Citation, ...]
    claimant: str = ""

    def __post_init__(self) -> None:
        if not self.citations:
            raise ValueError("a BriefSentence needs at least one citation")


@dataclass(frozen=True, slots=True)
class Source:
    """An entry of a brief's numbered source list."""

    number: int
    article_id: str
    title: str = ""
    outlet: str = ""
    published: str = ""
    url: str = ""
    path: str = ""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a difference: the position taken ("2", "still burning"), the claim that
    takes it, who made it (if known; several claimants are joined by "; ") and every source
    sentence that takes it. ``later`` marks a side whose report gives its figure as a later
    one ("the toll rose to 34")."""

    claim: str
    claimant: str
    citations: tuple[Citation, ...]
    position: str = ""
    later: bool = False


@dataclass(frozen=True, slots=True)
class Difference:
    """Claims on which the sources disagree, e.g. label ``"Death toll"`` with two sides.

    ``kind`` says what the difference is about: "count", "age", "time", "stance" or
    "denial" ("" when unknown).
    """

    label: str
    sides: tuple[Side, ...]
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Provenance:
    """What produced a brief, so it can be reproduced."""

    method: str
    version: str
    settings_hash: str
    settings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Brief:
    """The fused brief of one story. ``warnings`` say what the brief left out and why (a
    report that is not about the story), one line each."""

    title: str
    sentences: tuple[BriefSentence, ...]
    sources: tuple[Source, ...]
    provenance: Provenance
    differences: tuple[Difference, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)

    def source_number(self, article_id: str) -> int:
        """The 1-based number under which an article appears in the source list."""
        for source in self.sources:
            if source.article_id == article_id:
                return source.number
        raise KeyError(article_id)


@dataclass(frozen=True, slots=True)
class Changes:
    """What a stored version of a story's brief says changed since the version before it:
    its number and time, the time of the version before (``None`` for the first), which
    sentences are new (aligned with the brief's sentences) and a short "What's new" list.
    Kept beside the :class:`Brief`, which stays the same whether or not it is stored."""

    version: int
    created: str
    since: str | None
    new: tuple[bool, ...]
    whats_new: tuple[str, ...] = ()

    def is_new(self, position: int) -> bool:
        return position < len(self.new) and self.new[position]
