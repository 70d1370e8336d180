"""The classic extractive baselines, run on newsfuse's own sentences and word budget.

lead (round-robin first sentences), opening (the longest report's opening), sumy LexRank
and TextRank (fed our tokenizer, since sumy's default needs NLTK data that cannot be
installed here), and a seeded random pick.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from newsfuse.documents import Sentence
from newsfuse.errors import EvaluationError, needs_extra
from newsfuse.text.tokens import word_count, word_tokens

Baseline = Callable[[Sequence[Sequence[Sentence]], int], list[str]]
T = TypeVar("T")


def pack_in_order(items: Sequence[T], words: int, text: Callable[[T], str] = str) -> list[T]:
    """Take items in the given (rank) order while they fit the budget; never cut one."""
    chosen: list[T] = []
    used = 0
    for item in items:
        length = word_count(text(item))
        if used + length <= words:
            chosen.append(item)
            used += length
    return chosen


def lead(articles: Sequence[Sequence[Sentence]], words: int) -> list[str]:
    """First sentence of each article, then the second of each, and so on."""
    longest = max((len(a) for a in articles), default=0)
    ranked = [a[i].text for i in range(longest) for a in articles if i < len(a)]
    return pack_in_order(ranked, words)


def opening(articles: Sequence[Sequence[Sentence]], words: int) -> list[str]:
    """The opening of the longest report: its sentences in order, up to the first that no
    longer fits (what an editor would print instead of a fused brief)."""
    longest = max(articles, key=lambda a: sum(word_count(s.text) for s in a), default=[])
    chosen: list[str] = []
    used = 0
    for sentence in longest:
        used += word_count(sentence.text)
        if used > words:
            break
        chosen.append(sentence.text)
    return chosen


def random_pick(articles: Sequence[Sequence[Sentence]], words: int, seed: int = 0) -> list[str]:
    """A seeded random order of all sentences, packed."""
    texts = [s.text for article in articles for s in article]
    random.Random(seed).shuffle(texts)
    return pack_in_order(texts, words)


class _Tokenizer:
    """sumy asks its tokenizer for words only, since we build its document ourselves."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return word_tokens(text)


def _sumy_baseline(kind: str) -> Baseline:
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError as error:
        raise EvaluationError(needs_extra("the baselines", "eval")) from error
    summarizer_class = LexRankSummarizer if kind == "lexrank" else TextRankSummarizer
    summarizer = summarizer_class(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = _Tokenizer()

    def run(articles: Sequence[Sequence[Sentence]], words: int) -> list[str]:
        paragraphs = [
            Paragraph([SumySentence(s.text, tokenizer) for s in article])
            for article in articles
            if article
        ]
        document = ObjectDocumentModel(paragraphs)

        # sumy hands a callable "count" the sentences sorted best first: pack them there.
        def pack(infos: list[Any]) -> list[Any]:
            return pack_in_order(infos, words, text=lambda info: str(info.sentence))

        return [str(s) for s in summarizer(document, pack)]

    return run


def baseline(name: str) -> Baseline:
    """The baseline called ``name``: lead, opening, lexrank, textrank or random."""
    if name == "lead":
        return lead
    if name == "opening":
        return opening
    if name == "random":
        return random_pick
    if name in ("lexrank", "textrank"):
        return _sumy_baseline(name)
    raise EvaluationError(
        f"unknown baseline {name!r}; choose lead, opening, lexrank, textrank or random"
    )
