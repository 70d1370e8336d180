"""Finding claims: every finder (counts, ages, times, states, denials, names) runs on the
sentences that hold its cues; each claim has a ``kind`` that the other steps dispatch on."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import compress

from newsfuse.attribute import ClaimantFinder
from newsfuse.differ import denial_words
from newsfuse.differ import patterns as p
from newsfuse.differ.ages import age_claims, age_value
from newsfuse.differ.claim import Claim, Finder, Kind, Voices, protagonist
from newsfuse.differ.counts import count_claims, figure_claims, figures
from newsfuse.differ.denials import denial_claims, is_denial
from newsfuse.differ.identities import spelling_claims, title_claims
from newsfuse.differ.stances import stance_claims
from newsfuse.differ.times import time_claims
from newsfuse.documents import Sentence
from newsfuse.text.cues import CueFinder, joined_spans

__all__ = [
    "Claim", "Kind", "Voices", "age_value", "figures", "find_claims", "is_denial", "protagonist",
]  # fmt: skip


def find_claims(articles: Sequence[Sequence[Sentence]]) -> list[Claim]:
    """Every claim of a story's articles (each a list of its sentences in order).

    Example:
        >>> from newsfuse.documents import Sentence
        >>> s = Sentence("1", 0, 0, 0, "The blast killed at least 12 people, police said.")
        >>> [(c.kind.value, c.subject, c.value, c.claimant) for c in find_claims([[s]])]
        [('count', 'dead/', 'at least 12', 'police')]
    """
    claims = [claim for sentences in articles for claim in _article_claims(sentences)]
    return claims + list(spelling_claims([s for sentences in articles for s in sentences]))


def _article_claims(sentences: Sequence[Sentence]) -> Iterator[Claim]:
    """Claims of one article; each finder runs only on the sentences that hold its cues, and
    a claimant is looked for only where a claim needs one."""
    texts = [s.text for s in sentences]
    joined = "\n".join(texts)
    spans = joined_spans(texts)
    todo: dict[int, list[Finder]] = {}
    for find, cued in zip(_FINDERS, _CUES.flags(joined.lower(), spans), strict=True):
        for position in compress(range(len(texts)), cued):
            todo.setdefault(position, []).append(find)
    # Patterns that start with a rare literal ("-", ", 2") find their sentences faster than a
    # cue family would: a cue holding a digit would list most digits of the article.
    ages = set().union(*(_holding(hint, joined, spans) for hint in p.AGE_HINTS))
    units = _holding(p.DASH, joined, spans, after_digit=True)
    titles = _holding(p.TITLE_HINT, joined, spans)
    for find, positions in ((age_claims, ages), (figure_claims, units), (title_claims, titles)):
        for position in positions:
            todo.setdefault(position, []).append(find)
    finder = ClaimantFinder(texts)
    for position in sorted(todo):
        voices = Voices(finder, position)
        for find in todo[position]:
            yield from find(sentences[position], voices)


def _holding(
    pattern: re.Pattern[str],
    joined: str,
    spans: Sequence[tuple[int, int]],
    after_digit: bool = False,
) -> set[int]:
    """Positions of the sentences of ``joined`` in which ``pattern`` occurs (right after a
    digit, if ``after_digit``)."""
    starts = [start for start, _ in spans]
    return {
        bisect_right(starts, m.start()) - 1
        for m in pattern.finditer(joined)
        if not after_digit or joined[m.start() - 1 : m.start()].isdigit()
    }


_FINDERS: tuple[Finder, ...] = (count_claims, time_claims, stance_claims, denial_claims)
_CUES = CueFinder([p.COUNT_CUES, p.TIME_CUES, p.STANCE_CUES, denial_words.CUES])
