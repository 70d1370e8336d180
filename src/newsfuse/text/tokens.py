"""Word tokens shared by ranking, deduplication and the baselines."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsfuse.text.stopwords import ENGLISH_STOP_WORDS

STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS)
_WORD = re.compile(r"[0-9a-z]+(?:'[a-z]+)*")


def word_tokens(text: str) -> list[str]:
    """Lower-case word tokens (letters and digits, inner apostrophes kept).

    Example:
        >>> word_tokens("The mayor's 2 dogs—barked!")
        ['the', "mayor's", '2', 'dogs', 'barked']
    """
    return _WORD.findall(text.lower().replace("’", "'"))


def content_terms(tokens: Iterable[str]) -> list[str]:
    """The tokens that carry content: no stop words, no single characters."""
    return [t for t in tokens if len(t) > 1 and t not in STOP_WORDS]


def word_count(text: str) -> int:
    """Words as a reader counts them: whitespace-separated pieces."""
    return len(text.split())
