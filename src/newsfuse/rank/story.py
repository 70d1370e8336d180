"""A story prepared for ranking: its candidate sentences, syndication groups and vectors."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsfuse.dedup import syndication_groups
from newsfuse.documents import Article, Sentence
from newsfuse.errors import NoContentError
from newsfuse.rank.candidates import CandidatePool, bounded_pool
from newsfuse.settings import Settings
from newsfuse.text.furniture import furniture_flags
from newsfuse.text.segment import segment_sentences
from newsfuse.text.tokens import content_terms, word_count, word_tokens
from newsfuse.text.transcript import without_interview
from newsfuse.text.trim import trim_dateline
from newsfuse.text.vectors import term_counts, tfidf, whole_cosines

FloatArray = npt.NDArray[np.float64]
log = logging.getLogger(__name__)
_NAMED_REPORTS = 3


@dataclass(frozen=True, slots=True)
class PreparedStory:
    """Candidate sentences of a story and what ranking needs to know about them.

    ``candidates`` come in article order, each article's in reading order. ``terms`` are
    each candidate's content terms (no stop words); ``vectors`` their sparse L2-normalised
    TF-IDF rows (one stored, positive entry for each distinct term of a row, so a row's
    columns are its vocabulary), whose cosines ranking takes a block of rows at a time
    (``text.vectors.cosine_blocks``): nothing here grows with the square of a long story.
    ``groups`` partitions candidate positions into syndicated copies; ``copies`` maps a
    position to the exact copies merged into it before ranking (only in a story over
    ``Settings.candidate_cap``); ``sentence_counts`` maps article id to its number of
    sentences read; ``words`` each candidate's length (``text.tokens.word_count``), counted once
    for every reader of the story. ``cosines`` is the whole cosine matrix when it is one block of
    ``cosine_blocks`` (a story of up to 1,024 candidates, 8 MB at most), so that
    syndication, ranking and selection compute it once; None for a longer story.
    """

    articles: tuple[Article, ...]
    candidates: tuple[Sentence, ...]
    terms: tuple[tuple[str, ...], ...]
    vectors: sparse.csr_matrix
    groups: tuple[tuple[int, ...], ...]
    sentence_counts: dict[str, int]
    copies: dict[int, tuple[Sentence, ...]]
    words: tuple[int, ...]
    cosines: FloatArray | None = None
    # How much of each report's text was read (``Settings.max_article_chars``): readers of a
    # report's whole text (its genre, the names it prints) read no further either.
    read_chars: int | None = None

    @property
    def article_order(self) -> dict[str, int]:
        return {article.id: i for i, article in enumerate(self.articles)}

    def read_text(self, article: Article) -> str:
        """The part of an article's text the story read (all of it, but for a long page)."""
        return article.text if self.read_chars is None else article.text[: self.read_chars]

    def read_whole(self) -> str:
        """What the story read of all its articles (``read_text``), one after another: where
        the story's people are looked for."""
        return "\n".join(map(self.read_text, self.articles))

    def report_positions(self) -> dict[str, list[int]]:
        """Each report's candidate positions, in reading order, reports in article order
        (a report with no candidate is left out)."""
        by_report: dict[str, list[int]] = {}
        for position, sentence in enumerate(self.candidates):
            by_report.setdefault(sentence.article_id, []).append(position)
        return by_report


def prepare_story(articles: Sequence[Article], settings: Settings) -> PreparedStory:
    """Segment the articles and keep the sentences that may enter a brief, at most
    ``settings.candidate_cap(len(articles))`` of them; what the caps leave out is named in
    one warning line.

    Raises :class:`NoContentError` when no article has a usable sentence.
    """
    per_article: list[list[Sentence]] = []
    lengths: list[int] = []
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.id], chosen, words = _candidates_and_lengths(article, settings)
        per_article.append(chosen)
        lengths.extend(words)
    pool = bounded_pool(per_article, settings.candidate_cap(len(articles)))
    _warn_of_caps(articles, pool, settings)
    candidates = pool.candidates
    if not candidates:
        raise NoContentError("no article has a sentence that could go into a brief")
    if pool.capped:  # under the caps the pool is every candidate in order, lengths and all
        lengths = [word_count(s.text) for s in candidates]
    tokens = tuple(tuple(word_tokens(s.text)) for s in candidates)
    terms = tuple(tuple(content_terms(t)) for t in tokens)
    vectors = tfidf(term_counts(terms), _printings(pool))
    cosines = whole_cosines(vectors)
    groups = syndication_groups(tokens, vectors, settings.syndication_jaccard, cosines)
    return PreparedStory(
        articles=tuple(articles),
        candidates=candidates,
        terms=terms,
        vectors=vectors,
        groups=tuple(tuple(g) for g in groups),
        sentence_counts=counts,
        copies=pool.copies,
        words=tuple(lengths),
        read_chars=settings.max_article_chars,
        cosines=cosines,
    )


def _printings(pool: CandidatePool) -> FloatArray | None:
    """How many printings each candidate stands for, when copies were merged into some."""
    if not pool.copies:
        return None
    counts = [1 + len(pool.copies.get(p, ())) for p in range(len(pool.candidates))]
    return np.array(counts, dtype=np.float64)


def _warn_of_caps(articles: Sequence[Article], pool: CandidatePool, settings: Settings) -> None:
    """One warning line naming what the caps of ``settings`` left out of the story, if any."""
    limit = settings.max_article_chars
    long_reports = [a.source or a.id for a in articles if len(a.text) > limit]
    parts = []
    if long_reports:
        named = ", ".join(long_reports[:_NAMED_REPORTS])
        more = len(long_reports) - _NAMED_REPORTS
        parts.append(
            f"{len(long_reports)} report(s) read only to their first {limit} characters"
            f" ({named}{f' and {more} more' if more > 0 else ''})"
        )
    if pool.capped:
        parts.append(
            f"ranked {len(pool.candidates)} of {pool.available} candidate sentences"
            f" ({pool.merged} exact copies merged into the printing kept,"
            f" {pool.skipped} later sentences of long reports skipped)"
        )
    if parts:
        log.warning("story of %d report(s): %s", len(articles), "; ".join(parts))


def article_candidates(article: Article, settings: Settings) -> tuple[int, list[Sentence]]:
    """The article's number of sentences read, and those that may enter a brief: sentences
    of reporting (not page furniture), datelines trimmed, neither fragments nor run-ons.

    Only the first ``settings.max_article_chars`` characters are read; a sentence the cut
    runs through is dropped, so every offset still slices the whole text.
    """
    count, candidates, _ = _candidates_and_lengths(article, settings)
    return count, candidates


def _candidates_and_lengths(
    article: Article, settings: Settings
) -> tuple[int, list[Sentence], list[int]]:
    """:func:`article_candidates`, and each candidate's length in words."""
    text = article.text[: settings.max_article_chars]
    sentences = segment_sentences(article.id, text)
    if len(text) < len(article.text):
        sentences = sentences[:-1]
    junk = furniture_flags(text, [(s.start, s.end) for s in sentences])
    kept = [s for s, is_junk in zip(sentences, junk, strict=True) if not is_junk]
    trimmed = (trim_dateline(s) for s in without_interview(text, kept))
    low, high = settings.min_sentence_words, settings.max_sentence_words
    candidates, lengths = [], []
    for sentence in trimmed:
        length = word_count(sentence.text)
        if low <= length <= high:
            candidates.append(sentence)
            lengths.append(length)
    return len(sentences), candidates, lengths
