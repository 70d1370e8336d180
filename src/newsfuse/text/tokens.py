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


# Stop words and every one-character token of word_tokens: one set lookup a token, where a
# length test and a lookup cost content_terms a third more.
_NOT_CONTENT = STOP_WORDS | frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def content_terms(tokens: Iterable[str]) -> list[str]:
    """The tokens of :func:`word_tokens` that carry content: no stop words, no single
    characters.

    Example:
        >>> content_terms(word_tokens("A storm hit the 2 coasts."))
        ['storm', 'hit', 'coasts']
    """
    return [t for t in tokens if t not in _NOT_CONTENT]


def word_count(text: str) -> int:
    """Words as a reader counts them: whitespace-separated pieces."""
    return len(text.split())
