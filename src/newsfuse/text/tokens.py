"""Word tokens shared by ranking, deduplication and the baselines."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsfuse.text.stopwords import ENGLISH_STOP_WORDS

STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS)
# Words of the stop list (scikit-learn's) that are nouns news is about: two reports of one
# fire, or of one bill, share only these words at times. Readers that compare what sentences
# are about take them back as content words.
NEWS_NOUNS: frozenset[str] = frozenset({"fire", "bill", "mill", "system", "interest"})
_WORD = re.compile(r"[0-9a-z]+(?:'[a-z]+)*")
# Every byte that is not a token character ([0-9a-z]) as a space: a text with no apostrophe
# has as its tokens the pieces left between spaces. (A translate and a split cost a fifth
# less than the pattern; every other character of a lower-cased text, non-ASCII ones
# included, is a separator, and ``encode`` makes each of those one "?".)
_TOKEN_BYTES = b"0123456789abcdefghijklmnopqrstuvwxyz"
_SEPARATORS = bytes(b if b in _TOKEN_BYTES else 32 for b in range(256))
# The same, the apostrophe kept: the pieces of a text that holds one.
_APOSTROPHE_KEPT = bytes(b if b in _TOKEN_BYTES or b == ord("'") else 32 for b in range(256))


def word_tokens(text: str) -> list[str]:
    """Lower-case word tokens (letters and digits, inner apostrophes kept).

    Example:
        >>> word_tokens("The mayor's 2 dogs—barked!")
        ['the', "mayor's", '2', 'dogs', 'barked']
    """
    lowered = text.lower().replace("’", "'")
    ascii_text = lowered.encode("ascii", "replace")
    if "'" not in lowered:
        return ascii_text.translate(_SEPARATORS).decode("ascii").split()
    # An apostrophe joins letters on its two sides ("mayor's"): only the pieces that hold one
    # are read by the pattern (each of the pattern's tokens lies inside one piece), the rest
    # are tokens as they stand. (The pattern over the whole text cost a fifth more.)
    tokens: list[str] = []
    for piece in ascii_text.translate(_APOSTROPHE_KEPT).decode("ascii").split():
        if "'" in piece:
            tokens += _WORD.findall(piece)
        else:
            tokens.append(piece)
    return tokens


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
