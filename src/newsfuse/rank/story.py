"""A story prepared for ranking: its candidate sentences, syndication groups and vectors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from newsfuse.dedup import syndication_groups
from newsfuse.documents import Article, Sentence
from newsfuse.errors import NoContentError
from newsfuse.settings import Settings
from newsfuse.text.furniture import is_furniture
from newsfuse.text.segment import segment_sentences
from newsfuse.text.tokens import word_count

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class PreparedStory:
    """Candidate sentences of a story and what ranking needs to know about them.

    ``vectors`` are L2-normalised TF-IDF rows, one per candidate; ``groups`` partitions
    candidate positions into syndicated copies; ``sentence_counts`` maps article id to the
    number of sentences it has in all.
    """

    articles: tuple[Article, ...]
    candidates: tuple[Sentence, ...]
    groups: tuple[tuple[int, ...], ...]
    vectors: sparse.csr_matrix
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
        sentences = segment_sentences(article.id, article.text)
        counts[article.id] = len(sentences)
        candidates.extend(s for s in sentences if is_candidate(s.text, settings))
    if not candidates:
        raise NoContentError("no article has a sentence that could go into a brief")
    groups = syndication_groups(candidates, settings.syndication_jaccard)
    return PreparedStory(
        articles=tuple(articles),
        candidates=tuple(candidates),
        groups=tuple(tuple(g) for g in groups),
        vectors=tfidf_vectors([s.text for s in candidates]),
        sentence_counts=counts,
    )


def is_candidate(text: str, settings: Settings) -> bool:
    """A sentence of reporting: long enough, not a run-on, not page furniture."""
    words = word_count(text)
    within = settings.min_sentence_words <= words <= settings.max_sentence_words
    return within and not is_furniture(text)


def tfidf_vectors(texts: Sequence[str]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows over the story's own vocabulary."""
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    try:
        return sparse.csr_matrix(vectorizer.fit_transform(texts))
    except ValueError:  # every word is a stop word: no vocabulary
        return sparse.csr_matrix((len(texts), 1))
