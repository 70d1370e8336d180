"""Readability of a brief as a news editor reads it: defects per sentence, by kind.

Works on any output. Each brief sentence is looked up in the cluster's reports, so the
measure knows which sentence preceded it there; a sentence found nowhere (an abstractive
summary's) is judged on the brief alone. Each sentence counts once, under the first kind
that applies:

- ``furniture``: a caption, photo credit, embed, teaser or headline line (``is_furniture``
  and ``looks_like_headline``);
- ``fragment``: fewer than ``FRAGMENT_WORDS`` words;
- ``quote``: it quotes somebody (three words or more, not a title) without naming the
  speaker, unless it directly follows, in the brief, the sentence before it in its report
  and that sentence names somebody ('"...," she added.' names nobody, so a quotation after
  it is a defect even where she was named a sentence earlier; nor does "The boy was to sail
  to Port Ashby next week.", whose only name is a place); a sentence found in no
  report needs a previous brief sentence that names a speaker ("Weir tells Billboard ...");
- ``opener``: it opens with a pronoun, demonstrative or connective ("He ...", "Those
  charges ...", "But ..."), a lead-in whose demonstrative points back ("In this case, ...")
  or a description that stands for a person named before ("The tennis champion, 35, ...")
  and does not directly follow, in the brief, the sentence before it in its report. "It is
  unclear whether ..." and "This week ..." are fine. So does a quotation that opens on
  "He" or "She" for a person only the skipped report sentence before it tells ('"He was
  outside," Evans said.' where only that sentence tells of "a man on a bike").

Apart from these, ``name`` counts sentences that first name a person by a bare surname or
courtesy title ("Ortiz said ...", "Ms. Ortiz ...") when the reports introduce that person by
full name and no report's first sentence uses the surname alone: a reader's complaint, but
not one of the defects above. ``unintroduced`` counts, apart as well, the people a brief
uses by surname alone or after a title ("Ms. Ortiz", "Professor Rothery") before it names
them in full, where the reports do name them in full (``eval.introductions``; stricter than
``name``: no report's opening makes a surname known, a title is no introduction).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

from newsfuse.eval.introductions import FullNames, Unintroduced, unintroduced
from newsfuse.text.cohesion import (
    names_besides,
    opens_dangling,
    opens_on_quoted_pronoun,
    people_told,
    tells_its_own_person,
)
from newsfuse.text.furniture import is_furniture, looks_like_headline
from newsfuse.text.names import People
from newsfuse.text.quotations import (
    names_a_possible_speaker,
    names_a_speaker,
    outside_quotes,
    quotation,
)
from newsfuse.text.segment import segment_sentences
from newsfuse.text.tokens import word_count

KINDS = ("quote", "opener", "furniture", "fragment")
FRAGMENT_WORDS = 5
# A brief sentence this short is looked up only where it is a whole report sentence:
# "He left." occurs inside too many others.
_MIN_SUBSTRING_CHARS = 25

Location = tuple[int, int]  # (report number, sentence index in that report)


@dataclass(frozen=True, slots=True)
class Readability:
    """Counts over one brief or many: sentences, briefs, and defects of each kind.

    Example:
        >>> total = Readability(10, 1, quote=1) + Readability(10, 1, clean=1)
        >>> total.per_100("quote"), total.defects, total.clean_share
        (5.0, 1, 0.5)
    """

    sentences: int = 0
    briefs: int = 0
    quote: int = 0
    opener: int = 0
    furniture: int = 0
    fragment: int = 0
    clean: int = 0  # briefs without any defect
    name: int = 0  # sentences that first name a person by a bare surname (not a defect kind)
    unintroduced: int = 0  # people used by surname before the brief names them in full

    def __add__(self, other: Readability) -> Readability:
        return Readability(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(Readability))
        )

    @property
    def defects(self) -> int:
        return self.quote + self.opener + self.furniture + self.fragment

    def per_100(self, kind: str) -> float:
        """Defects of ``kind`` ("defects" for all) per 100 brief sentences."""
        count = self.defects if kind == "defects" else int(getattr(self, kind))
        return 100.0 * count / self.sentences if self.sentences else 0.0

    @property
    def clean_share(self) -> float:
        return self.clean / self.briefs if self.briefs else 0.0


@dataclass(frozen=True, slots=True)
class Defect:
    """One defective brief sentence: its position, kind and text."""

    position: int
    kind: str
    text: str


class Reports:
    """The reports of a cluster, split into sentences, to find where a brief sentence came
    from and what preceded it there."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self.sentences = [segment_sentences(str(n), t) for n, t in enumerate(self.texts)]
        self.starts = [[s.start for s in sentences] for sentences in self.sentences]
        people = [People.of([s.text for s in sentences]) for sentences in self.sentences]
        self.surnames = frozenset().union(*(p.surnames for p in people))
        # Surnames a report's first sentence already uses alone count as known to readers.
        self.known = frozenset().union(*(p.first_bare()[0] for p in people if p.bare))
        self.full_names = FullNames.of(self.texts)

    def locate(self, sentence: str) -> set[Location]:
        """Every (report, sentence index) where ``sentence`` is printed."""
        found: set[Location] = set()
        needle = sentence.strip()
        if not needle:
            return found
        for number, text in enumerate(self.texts):
            at = text.find(needle)
            while at != -1:
                index = bisect.bisect_right(self.starts[number], at) - 1
                if index >= 0 and self._fits(number, index, needle):
                    found.add((number, index))
                at = text.find(needle, at + 1)
        return found

    def _fits(self, number: int, index: int, needle: str) -> bool:
        """A short needle must be the whole sentence; a longer one may be a trimmed part
        of it (a dateline cut off)."""
        whole = self.sentences[number][index].text
        return whole == needle or (len(needle) >= _MIN_SUBSTRING_CHARS and needle in whole)

    def text_before(self, sentence: str) -> str:
        """The text of the first report that prints ``sentence``, up to it ("" if none)."""
        found = min(self.locate(sentence), default=None)
        if found is None:
            return ""
        number, index = found
        return self.texts[number][: self.starts[number][index]]


def brief_defects(sentences: Sequence[str], reports: Reports) -> list[Defect]:
    """The defective sentences of one brief, in order (see the module docstring)."""
    defects: list[Defect] = []
    previous: set[Location] = set()
    previous_text = ""
    for position, text in enumerate(sentences):
        here = reports.locate(text)
        if here:
            follows = _follows(here, previous)
            spoken_for = follows and names_a_possible_speaker(previous_text)
        else:  # not from the reports: the brief's own previous sentence is the context
            follows = position > 0
            spoken_for = follows and names_a_speaker(previous_text)
        kind = _defect_kind(text, follows, spoken_for)
        if (
            not kind
            and here
            and not follows
            and _pronoun_of_a_stranger(text, here, reports, " ".join(sentences[:position]))
        ):
            kind = "opener"
        if kind:
            defects.append(Defect(position, kind, text))
        previous, previous_text = here, text
    return defects


def _pronoun_of_a_stranger(text: str, here: set[Location], reports: Reports, brief: str) -> bool:
    """Whether a quotation that opens on "He" or "She" ('"He was outside," Evans said.')
    stands for a person only the skipped sentence before it in its report tells: that
    sentence tells a person by a word ("the man on the bike", "one of the passengers") the
    brief so far (``brief``) does not print, and names nobody the brief names but the
    quotation's speaker. A reader takes the pronoun for whoever the brief named last (an
    outside check found three such quotations in the tuning briefs: dev 0050, 0121, anchor
    39565)."""
    if not opens_on_quoted_pronoun(text):
        return False
    number, index = min(here)
    if index == 0:
        return False
    own = outside_quotes(text)
    if tells_its_own_person(own):
        return False
    before = outside_quotes(reports.sentences[number][index - 1].text)
    if any(name in brief for name in names_besides(before, own)):
        return False
    told = brief.lower()
    return any(
        re.search(rf"\b{re.escape(word.removesuffix('s'))}(?:e?s)?\b", told) is None
        for word in people_told(before)
    )


def _follows(here: set[Location], previous: set[Location]) -> bool:
    """Whether the brief's previous sentence is, somewhere, the one printed just before."""
    return any((number, index - 1) in previous for number, index in here if index > 0)


def _defect_kind(text: str, follows: bool, spoken_for: bool) -> str:
    if is_furniture(text) or looks_like_headline(text):
        return "furniture"
    if word_count(text) < FRAGMENT_WORDS:
        return "fragment"
    if quotation(text).needs_speaker:
        return "" if spoken_for else "quote"
    if opens_dangling(text) and not follows:
        return "opener"
    return ""


def judge_brief(sentences: Sequence[str], reports: Reports) -> Readability:
    """Counts of one brief's defects.

    Example:
        >>> reports = Reports(["Ana Ortiz won the vote in Ashby. \\"We did it, all of us.\\""
        ...                    " She thanked her many volunteers."])
        >>> lead, quote = "Ana Ortiz won the vote in Ashby.", '"We did it, all of us."'
        >>> judge_brief([lead, quote], reports).defects
        0
        >>> judge_brief([quote, "She thanked her many volunteers."], reports).quote
        1
    """
    kinds = [d.kind for d in brief_defects(sentences, reports)]
    counts = {kind: kinds.count(kind) for kind in KINDS}
    first_bare = People.of(sentences, reports.surnames).first_bare()
    names = sum(1 for found in first_bare if found - reports.known)
    people = unintroduced_people(sentences, reports)
    return Readability(
        sentences=len(sentences),
        briefs=1,
        clean=int(not kinds),
        name=names,
        unintroduced=len(people),
        **counts,
    )


def unintroduced_people(sentences: Sequence[str], reports: Reports) -> list[Unintroduced]:
    """The people ``sentences`` (a brief) use by surname before naming them in full, though
    the reports name them in full (see ``eval.introductions``)."""
    before = [reports.text_before(text) for text in sentences]
    return unintroduced(sentences, reports.full_names, before)


_LINE = re.compile(r"\n+")


def summary_sentences(summary: str) -> list[str]:
    """The sentences of a summary given as text: one or more per line."""
    return [
        s.text
        for line in _LINE.split(summary.strip())
        if line.strip()
        for s in segment_sentences("summary", line.strip())
    ]
