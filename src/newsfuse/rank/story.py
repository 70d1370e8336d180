"""A story prepared for ranking: its candidate sentences, syndication groups and vectors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsfuse.dedup import syndication_groups
from newsfuse.documents import Article, Sentence
from newsfuse.errors import NoContentError
from newsfuse.settings import Settings
from newsfuse.text.furniture import furniture_flags
from newsfuse.text.segment import segment_sentences
from newsfuse.text.tokens import content_terms, word_count, word_tokens
from newsfuse.text.trim import trim_dateline
from newsfuse.text.vectors import term_counts, tfidf

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class PreparedStory:
    """Candidate sentences of a story and what ranking needs to know about them.

    ``terms`` are each candidate's content terms (no stop words); ``similarity`` is the
    dense cosine matrix of their TF-IDF vectors; ``groups`` partitions candidate positions
    into syndicated copies; ``sentence_counts`` maps article id to its number of sentences.
    """

    articles: tuple[Article, ...]
    candidates: tuple[Sentence, ...]
    terms: tuple[tuple[str, ...], ...]
    similarity: FloatArray
    groups: tuple[tuple[int, ...], ...]
    sentence_counts: dict[str, int]

    @property
    def article_order(self) -> dict[str, int]:
        return {article.id: i for i, article in enumerate(self.articles)}


def prepare_story(articles: Sequence[Article], settings: Settings) -> PreparedStory:
    """Segment the articles and keep the sentences that may enter a brief.

    Raises :class:`NoContentError` when no article has a usable sentence.
    """
    candidates: list[Sentence] = []
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.id], chosen = article_candidates(article, settings)
        candidates.extend(chosen)
    if not candidates:
        raise NoContentError("no article has a sentence that could go into a brief")
    tokens = tuple(tuple(word_tokens(s.text)) for s in candidates)
    terms = tuple(tuple(content_terms(t)) for t in tokens)
    vectors = tfidf(term_counts(terms))
    similarity = np.asarray((vectors @ vectors.T).todense(), dtype=np.float64)
    groups = syndication_groups(tokens, similarity, settings.syndication_jaccard)
    return PreparedStory(
        articles=tuple(articles),
        candidates=tuple(candidates),
        terms=terms,
        similarity=similarity,
        groups=tuple(tuple(g) for g in groups),
        sentence_counts=counts,
    )


# A sentence opening on a pronoun or connective, or a quotation attributed only to a
# pronoun ('"We held," she said.'), leans on the one before it in its article.
_DANGLING_START = re.compile(
    r"""^(?:He|She|It|They|His|Her|Its|Their|This|That|These|Those|But|And|However|Also)\b
    |^["“][^"”]+["”]\ (?:he|she|they)\ \w+""",
    re.VERBOSE,
)


def predecessors(story: PreparedStory) -> list[int | None]:
    """For each candidate that cannot stand alone ("He said ..."), the position of the
    candidate it leans on (-1 when that sentence is not a candidate); None for the rest."""
    position_of = {(s.article_id, s.index): i for i, s in enumerate(story.candidates)}
    return [
        position_of.get((s.article_id, s.index - 1), -1) if _DANGLING_START.match(s.text) else None
        for s in story.candidates
    ]


def article_candidates(article: Article, settings: Settings) -> tuple[int, list[Sentence]]:
    """The article's number of sentences, and those that may enter a brief: sentences of
    reporting (not page furniture), datelines trimmed, neither fragments nor run-ons."""
    sentences = segment_sentences(article.id, article.text)
    junk = furniture_flags(article.text, [(s.start, s.end) for s in sentences])
    trimmed = (trim_dateline(s) for s, is_junk in zip(sentences, junk, strict=True) if not is_junk)
    low, high = settings.min_sentence_words, settings.max_sentence_words
    return len(sentences), [s for s in trimmed if low <= word_count(s.text) <= high]
