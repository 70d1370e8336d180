"""One pass over a story's text for the cues of every step: the claims' cue families (see
:mod:`~newsfuse.differ.claims`) and the negations' and states' (see
:mod:`~newsfuse.differ.negations`) are found in one lower-casing and one Aho-Corasick pass
over the whole story, which the steps then share."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, chain

from newsfuse.differ import denial_words, durations, ranks
from newsfuse.differ import patterns as p
from newsfuse.differ.predicates import PAST_FORMS
from newsfuse.differ.states import STATES, VERB_STATES
from newsfuse.documents import Sentence
from newsfuse.text.cues import CueFinder

# The claims' cue families, in the order of claims._CUED.
CLAIM_CUES: tuple[tuple[str, ...], ...] = (
    p.COUNT_CUES, p.TIME_CUES, p.STANCE_CUES, denial_words.CUES, p.AGE_CUES,
    (*p.TITLE_CUES, *ranks.CUES), p.UNIT_CUES, p.YEAR_CUES, p.ORDINAL_CUES, p.MEASURE_CUES,
    p.NOUN_CUES, p.MERIDIEM_CUES, p.LENGTH_CUES, durations.CUES,
)  # fmt: skip
NEGATION_CUES = (" not ", "n't ", "n’t ", "never ", "at no ")
# An act negated by its object ("stole nothing", "accepted no money"): a verb's past, in
# "-ed" or irregular, before "nothing" or "no" (``negations.NOTHING``).
NOTHING_CUES = tuple(
    f"{past} {word}" for past in ("ed", *PAST_FORMS) for word in ("nothing", "no ")
)
# One family per question of states ("open", "alive", ...): its words and the verbs that give
# it, after a space or a hyphen ("half-open", "half-opened").
STATE_CUES = tuple(
    tuple(
        f"{before}{word}"
        for word in (
            *(w for w, (q, _) in STATES.items() if q == question),
            *(verb for verb, w in VERB_STATES.items() if STATES[w][0] == question),
        )
        for before in " -"
    )
    for question in dict.fromkeys(q for q, _ in STATES.values())
)
_CUES = CueFinder([*CLAIM_CUES, NEGATION_CUES, NOTHING_CUES, *STATE_CUES])
_CLAIM_FAMILIES = len(CLAIM_CUES)


@dataclass(frozen=True, slots=True)
class StoryScan:
    """A story's sentences in one text, as written and lower-cased, where each sentence
    starts, and where each cue family occurs: what every search of the differ reads."""

    sentences: tuple[Sentence, ...]
    joined: str
    lowered: str
    starts: tuple[int, ...]
    firsts: tuple[int, ...]  # the index of each article's first sentence
    hits: tuple[list[int], ...]  # per family, the sorted positions of its cues

    @classmethod
    def of(cls, articles: Sequence[Sequence[Sentence]]) -> StoryScan:
        sentences = tuple(chain.from_iterable(articles))
        texts = [s.text for s in sentences]
        joined = "\n".join(texts)
        lowered = joined.lower()
        starts = tuple(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
        firsts = tuple(accumulate((len(a) for a in articles), initial=0))[:-1]
        hits = tuple(_CUES.positions(lowered))
        return cls(sentences, joined, lowered, starts, firsts, hits)

    @property
    def negation_hits(self) -> list[int]:
        return self.hits[_CLAIM_FAMILIES]

    @property
    def nothing_hits(self) -> list[int]:
        return self.hits[_CLAIM_FAMILIES + 1]

    @property
    def state_hits(self) -> tuple[list[int], ...]:
        return self.hits[_CLAIM_FAMILIES + 2 :]

    def at(self, position: int) -> int:
        """The index of the sentence that holds a position of the text."""
        return bisect_right(self.starts, position) - 1

    def lowered_sentence(self, index: int) -> str:
        return self.lowered[
            self.starts[index] : self.starts[index] + len(self.sentences[index].text)
        ]

    def holding(self, words: str) -> set[int]:
        """The indices of the sentences whose lower-cased text holds ``words``."""
        found: set[int] = set()
        at = self.lowered.find(words)
        while at >= 0:
            found.add(self.at(at))
            at = self.lowered.find(words, at + 1)
        return found

    def claim_cues(self) -> list[dict[int, list[int]]]:
        """For each article, the position in it of each sentence that holds a cue of the
        claims' families, with those families in order."""
        if len(self.lowered) != len(self.joined):  # lower-casing moved positions ("İ")
            return [_article_cues(self.sentences[a:b]) for a, b in self._article_bounds()]
        cued: list[dict[int, list[int]]] = [{} for _ in self.firsts]
        for family, positions in enumerate(self.hits[:_CLAIM_FAMILIES]):
            for index in {self.at(at) for at in positions}:
                article = bisect_right(self.firsts, index) - 1
                cued[article].setdefault(index - self.firsts[article], []).append(family)
        return cued

    def _article_bounds(self) -> list[tuple[int, int]]:
        return list(zip(self.firsts, (*self.firsts[1:], len(self.sentences)), strict=True))


def _article_cues(sentences: Sequence[Sentence]) -> dict[int, list[int]]:
    """The cued sentences of one article, read alone (the whole story's positions cannot
    be trusted when lower-casing changed a text's length)."""
    texts = [s.text for s in sentences]
    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    lowered = "\n".join(texts).lower()
    cued: dict[int, list[int]] = {}
    for family, positions in enumerate(_CUES.positions(lowered)[:_CLAIM_FAMILIES]):
        for index in {bisect_right(starts, at) - 1 for at in positions}:
            cued.setdefault(index, []).append(family)
    return cued
