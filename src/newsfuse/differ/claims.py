"""Finding claims: every finder (counts, ages, times, states, denials, names) runs on the
sentences that hold its cues; each claim has a ``kind`` that the other steps dispatch on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsfuse.attribute import ClaimantFinder
from newsfuse.differ.ages import age_claims, age_value
from newsfuse.differ.claim import Claim, Finder, Kind, Voices, protagonist
from newsfuse.differ.counts import (
    count_claims,
    dimension_claims,
    figure_claims,
    figures,
    measure_claims,
    noun_claims,
)
from newsfuse.differ.denials import denial_claims, is_denial
from newsfuse.differ.durations import duration_claims
from newsfuse.differ.identities import (
    ordinal_claims,
    place_claims,
    quote_claims,
    rank_claims,
    role_claims,
    spelling_claims,
    title_claims,
)
from newsfuse.differ.scan import StoryScan
from newsfuse.differ.stances import stance_claims
from newsfuse.differ.times import clock_claims, time_claims, year_claims
from newsfuse.differ.units import without_conversions
from newsfuse.documents import Sentence

__all__ = [
    "Claim", "Kind", "Voices", "age_value", "figures", "find_claims", "is_denial", "protagonist",
]  # fmt: skip


def find_claims(
    articles: Sequence[Sequence[Sentence]], scan: StoryScan | None = None
) -> list[Claim]:
    """Every claim of a story's articles (each a list of its sentences in order); ``scan``
    is the story's cue pass when the caller already made it.

    Example:
        >>> from newsfuse.documents import Sentence
        >>> s = Sentence("1", 0, 0, 0, "The blast killed at least 12 people, police said.")
        >>> [(c.kind.value, c.subject, c.value, c.claimant) for c in find_claims([[s]])]
        [('count', 'dead/', 'at least 12', 'police')]
    """
    cued = (scan or StoryScan.of(articles)).claim_cues()
    claims = [
        claim
        for sentences, todo in zip(articles, cued, strict=True)
        for claim in _article_claims(sentences, todo)
    ]
    spellings = spelling_claims([s for sentences in articles for s in sentences])
    figures = without_conversions(_one_per_figure(claims))
    return figures + list(spellings) + list(quote_claims(articles))


def _one_per_figure(claims: list[Claim]) -> list[Claim]:
    """A figure counted by a named category ("90 miles north of Las Vegas": a distance) is
    not counted again as a figure of any noun ("90 miles")."""
    named = {
        (c.sentence.article_id, c.sentence.index, c.at)
        for c in claims
        if c.kind is Kind.COUNT and not c.subject.startswith("noun:")
    }
    return [
        c
        for c in claims
        if not c.subject.startswith("noun:")
        or (c.sentence.article_id, c.sentence.index, c.at) not in named
    ]


def _article_claims(sentences: Sequence[Sentence], cued: dict[int, list[int]]) -> Iterator[Claim]:
    """Claims of one article; each finder runs only on the sentences that hold its cues
    (``cued``: the cue families of each such sentence's position), and a claimant is looked
    for only where a claim needs one."""
    finder = ClaimantFinder([s.text for s in sentences])
    for position in sorted(cued):
        voices = Voices(finder, position)
        for find in dict.fromkeys(_CUED[family] for family in cued[position]):
            yield from find(sentences[position], voices)


def _event_claims(sentence: Sentence, voices: Voices) -> Iterator[Claim]:
    """The time and the place of an event's verb: one cue family for both."""
    yield from time_claims(sentence, voices)
    yield from place_claims(sentence, voices)


def _person_claims(sentence: Sentence, voices: Voices) -> Iterator[Claim]:
    """A named person's title or rank, and who a person named by a role is: one cue
    family."""
    yield from title_claims(sentence, voices)
    yield from rank_claims(sentence, voices)
    yield from role_claims(sentence, voices)


# The finder each cue family of scan.CLAIM_CUES sends its sentences to, in that order.
_CUED: tuple[Finder, ...] = (
    count_claims, _event_claims, stance_claims, denial_claims, age_claims, _person_claims,
    figure_claims, year_claims, ordinal_claims, measure_claims, noun_claims, clock_claims,
    dimension_claims, duration_claims,
)  # fmt: skip
