"""The passage a backbone brief starts from: the opening passage of the report that best
covers the story (``backbone_passage``), and the line before its lede that names in full a
person the lede uses by surname alone (``_with_naming_line``).

A report bids with its opening passage, from its opening statement on, worth the relevance of
its first sentences and more as the other reports tell what that statement tells; an opening
that frames the news (a teaser), tells no event, speaks to the reader or skips lines is worth
less. A columnist's page or a scholarly paper carries the brief only when no news report can,
and a passage that opens on a teaser, on a stranger's surname or on a reaction to the news
gives way to another report's when one opens better. ``rank.backbone`` builds the brief on
the passage chosen here.
"""

from __future__ import annotations

import re

import numpy as np

from newsfuse.rank.lede import Ledes
from newsfuse.rank.runs import KNOWN_OPENINGS, LEAD_RANK, Readings, readings
from newsfuse.rank.story import FloatArray, PreparedStory
from newsfuse.text.lede import (
    mourns_a_death,
    reacts_to_the_unnamed,
    speaks_to_the_reader,
    tells_a_past,
    unanchored_lede,
)
from newsfuse.text.names import (
    NOT_A_SURNAME,
    TITLES,
    People,
    bare_positions,
    introduced_in,
    uses_as_a_person,
)
from newsfuse.text.vectors import cosines_to

# The backbone starts where a lead may (one of the first ``LEAD_RANK`` candidates of its
# report), and reads at most this many candidates from there.
PASSAGE_ROWS = 25
# A report whose opening statement is not its first candidate is worth this much less,
# per candidate skipped: its first lines are a headline, a description or furniture.
START_PENALTY = 0.8
# A report's opening is judged on its first quarter of the budget (about 57 words of 230:
# two or three sentences); judged on the whole budget, long reports of middling sentences
# won and dev ROUGE-2 fell by 0.3 (docs/EVALUATION.md).
OPENING_SHARE = 4
# How much the other reports' support of a report's lede (``_support``, 0..1) multiplies its
# opening's value: 3 gave +0.2 ROUGE-2 on dev 0000-0199 (1: +0.03, 5 and 10: +0.18).
SUPPORT_WEIGHT = 3.0
# How much less an opening is worth that frames the news or holds few of the story's key
# terms (``rank.lede``): a teaser, a scene or an analysis line; or that tells no event at
# all, however many key terms it holds ("Malaria is one of the most common ... diseases"
# lost to "Warmer temperatures are causing malaria to spread ..., a study suggests"). An
# opening whose second sentence tells no event either is worth this much less again: it
# sets a scene and asks a question ("Basically anything is better than sitting on the
# couch. But how much exercise is enough?") where another report says what was found.
TEASER_PENALTY = 0.5
# An opening passage none of whose first ``UNTOLD_ROWS`` sentences tells anything that
# happened (``text.lede.tells_a_past``: a past form, or a report's "says") reads as a fact
# sheet or a column, not a report: "Rocky Mountain Spotted Fever is a reportable disease in
# Oklahoma." and the tick's Latin name carried the brief of a woman who lost her limbs to
# it, as another report's first line told. It is worth this much less.
UNTOLD_ROWS = 3
UNTOLD_PENALTY = 0.3


def backbone_passage(
    story: PreparedStory,
    relevance: FloatArray,
    words: int,
    read: Readings | None = None,
) -> list[int]:
    """The positions of the best-covering report's opening passage, from its opening
    statement on (empty when no report opens on a plain statement). ``read`` is the
    story's ``rank.runs.readings``, if the caller has some.

    A report's passage is worth the relevance of its opening sentences (``_passage_value``),
    less ``START_PENALTY`` for each line before its statement, more as the other reports
    tell what its opening statement tells (``_support``), less ``TEASER_PENALTY`` when its
    statement is a teaser rather than a lede (``rank.lede``) or tells no event at all (and
    again when the sentence after it tells none either). A
    passage that still opens on a teaser starts at its report's first lede, if one follows
    soon (an opening that tells no event but is no teaser stays: the only report of a
    story may open on "Kendrick Lamar was the king of the awards, winning six"). A
    scholarly paper or abstract (``Readings.paper``) carries the brief only when no other
    report can (``_without_papers``); a passage that opens on a teaser all the same gives way
    to a report whose lede comes a few lines on (``_past_teaser``); one that opens on a
    stranger's surname or on a reaction to the news gives way to another report's lede
    (``_past_a_stranger``, ``_past_a_reaction``).
    """
    read = readings(story) if read is None else read
    by_report = read.reports
    ledes = Ledes(story, read, [p for ps in by_report.values() for p in ps[:LEAD_RANK]])
    # A report's opening statement may quote a few words of the person it names: the
    # passage further on read as the second half of a story ("The real estate magnate
    # turned GOP front-runner has been criticized ..." for "Donald Trump panned ... as a
    # "terrible person" ...", which opens the report).
    opening_at = [
        next(
            (k for k, p in enumerate(positions[:LEAD_RANK]) if read.opens_well(p, in_passing=True)),
            None,
        )
        for positions in by_report.values()
    ]
    # A columnist's page may add to a brief but not carry it while a news report can.
    skipped_reports = _opinion_reports(read, opening_at)
    bid = _Bids(story, relevance, words, read, ledes)
    best = bid.best(opening_at, skipped_reports)
    if not best:
        return []
    passage = _from_lede(story, by_report, ledes, best[0])
    if read.paper(story.candidates[best[0]].article_id):
        # A news report whose passage would still open on a teaser ("The gas that livestock
        # release during digestion.") read worse than the abstract.
        passage = _unless_a_teaser(bid, passage, _without_papers(bid, opening_at))
    elif ledes.teaser(passage[0]):
        passage = _unless_a_teaser(bid, passage, _past_teaser(bid, opening_at))
    if _meets_a_stranger(story, passage[0], read):
        passage = _past_a_stranger(bid, passage, opening_at)
    if _reacts(story.candidates[passage[0]].text):
        passage = _past_a_reaction(bid, passage, opening_at)
    return passage


def _reacts(text: str) -> bool:
    """Whether a lede tells a reaction to the news rather than the news: it reacts to a
    thing it never names (``text.lede.reacts_to_the_unnamed``) or mourns a death
    (``text.lede.mourns_a_death``)."""
    return reacts_to_the_unnamed(text) or mourns_a_death(text)


def _past_a_reaction(bid: _Bids, passage: list[int], opening_at: list[int | None]) -> list[int]:
    """For a lede that tells a reaction (``_reacts``: "Heather Sculthorpe ... called the
    work an "insult."" where another report's lede says an artist had himself buried
    beneath a Hobart road): the passage of the best of the other reports (as they bid,
    ``opening_at``), if its opening statement is itself a lede that tells no reaction and
    meets no stranger; ``passage`` else. (A report whose lede comes only after a teaser
    opened on "According to the ad, ..." and a menu in German: no better.)"""
    story, read = bid.story, bid.read
    number = list(read.reports).index(story.candidates[passage[0]].article_id)
    other = bid.best(opening_at, _opinion_reports(read, opening_at) | {number})
    if not other or (
        _reacts(story.candidates[other[0]].text)
        or bid.ledes.teaser(other[0])
        or _meets_a_stranger(story, other[0], read, in_any_form=True)
    ):
        return passage
    return other


# How many lines before a lede its report may name in full a person the lede uses by
# surname alone, for that line to come in with it.
NAMING_LINES = 3


def _with_naming_line(story: PreparedStory, read: Readings, passage: list[int]) -> list[int]:
    """``passage`` from the line before its lede that names in full a person the lede uses
    by surname alone, when its report prints one just before it and it may enter; ``passage``
    else. A report's first line often names the person and the brief passed it over as a
    teaser or an opening that does not open well ("For Mitt Romney, the 2012 election was
    held about a year too early." before "Romney would hold a slight lead ..."; "Thomas
    Kinkade's girlfriend said ..." before "... Kinkade died Friday morning"): readers of a
    brief that opened on the bare surname asked who the person was (dev 0150, 0175, 0177;
    anchor 43920, whose "Katie Bower is a DIY and parenting blogger" stands three lines
    before "... photos of Bower's children"). The line comes in, with the lines between, as
    a quotation's speaker does. Only a person the lede uses alone (``text.names.People``,
    given the story's whole text) counts: not a head of state's title ("President Obama"),
    nor a name the lede prints in full itself."""
    lede = passage[0]
    positions = read.reports[story.candidates[lede].article_id]
    at = positions.index(lede)
    earlier = positions[max(0, at - NAMING_LINES) : at]
    if not earlier:
        return passage
    text = story.candidates[lede].text
    # (A cheap cue first: a capitalised word of the lede that an earlier line prints too;
    # most ledes have none, and the story's whole text is read only for those that do.)
    before = "\n".join(story.candidates[p].text for p in earlier)
    words = {
        word
        for word in _CAPITALISED_WORD.findall(text)
        if word not in NOT_A_SURNAME and word in before
    }
    if not words:
        return passage
    named = introduced_in(before, words - introduced_in(text, words))
    if not named:
        return passage
    bare = People.of([text], elsewhere=story.read_whole()).bare[0] & named
    if not bare:
        return passage
    for back, position in enumerate(reversed(earlier), start=1):
        if introduced_in(story.candidates[position].text, set(bare)):
            start = at - back
            if all(read.may_enter(p) for p in positions[start:at]):
                return positions[start : at + PASSAGE_ROWS]
            break
    return passage


_CAPITALISED_WORD = re.compile(r"(?:Ma?c)?[A-Z][a-z]+")


def _unless_a_teaser(bid: _Bids, passage: list[int], other: list[int]) -> list[int]:
    """The passage of the report ``other`` bids with (from its first lede), if it bids and
    that passage opens on no teaser; ``passage`` else."""
    if not other:
        return passage
    other = _from_lede(bid.story, bid.read.reports, bid.ledes, other[0])
    return passage if bid.ledes.teaser(other[0]) else other


def _past_a_stranger(bid: _Bids, passage: list[int], opening_at: list[int | None]) -> list[int]:
    """For a lede that uses a person's surname alone, whom its report introduced in lines
    the brief cannot open on or nowhere ("One problem, in Mr. Oppenheim's view, ..."
    opening an excerpt): another report's passage, if its own lede names nobody so and
    opens on no teaser; ``passage`` else.

    (Any report's lede bids: one that opens on a teaser or a quotation may tell the person
    in full a line or two on: "mommy blogger Katie Bower took to Instagram".)"""
    story, read, ledes = bid.story, bid.read, bid.ledes
    by_report = read.reports
    number = list(by_report).index(story.candidates[passage[0]].article_id)
    further = [
        ledes.later_lede(positions, LEAD_RANK) if at is None else at
        for positions, at in zip(by_report.values(), opening_at, strict=True)
    ]
    other = bid.best(further, _opinion_reports(read, further) | {number})
    if not other:
        return passage
    other = _from_lede(story, by_report, ledes, other[0])
    if ledes.teaser(other[0]) or _meets_a_stranger(story, other[0], read, in_any_form=True):
        return passage
    return other


def _meets_a_stranger(
    story: PreparedStory, lede: int, read: Readings, in_any_form: bool = False
) -> bool:
    """Whether the sentence at ``lede`` uses a surname alone after a title or as an owner
    ("One problem, in Mr. Oppenheim's view, ...") of a person the story names in full
    somewhere, whom fewer than ``KNOWN_OPENINGS`` reports' first sentences name at all:
    readers of a brief that opens on it meet somebody they do not know. A person two
    reports' openings name ("Trump's plan ...") is the story's own, as a headline has it;
    a surname the lede prints after another capitalised word is a name the reader cannot
    tell apart ('Abigail "Abby" Williams', "Carmen Yulín Cruz") and is no stranger. With
    ``in_any_form``, a surname the lede uses alone in any way counts ("Bower admits"): the
    test of the lede that would take a stranger's place (``text.names.People``).
    """
    text = story.candidates[lede].text
    if not in_any_form:
        # (The names after a title or before "'s" first: most ledes have none, and the
        # story's text is read for those few words only.)
        surnames = frozenset(word for word in _titled_or_owners(text) if _alone_in(text, word))
        if not surnames:
            return False
    whole = story.read_whole()
    if in_any_form:
        surnames = People.of([text], elsewhere=whole).bare[0]
    openings = [story.candidates[positions[0]].text for positions in read.reports.values()]
    return any(
        sum(1 for opening in openings if bare_positions(opening, surname))
        < min(KNOWN_OPENINGS, len(openings))
        # (A place's or a body's "'s" names no person: "Alaska's race". A head of state's
        # title introduces the person: "President Obama's alma mater".)
        and not introduced_in(text, {surname})
        and introduced_in(whole, {surname})
        and (in_any_form or uses_as_a_person(whole, surname))
        for surname in surnames - NOT_A_SURNAME
    )


# A capitalised word after a courtesy title or before a possessive "'s": where a lede may
# use a person's surname alone ("in Mr. Oppenheim's view", "Bower's children").
_TITLED = re.compile(r"\bM(?:r|rs|s)\. ((?:Ma?c)?[A-Z][a-z]+)|\bDr\. ((?:Ma?c)?[A-Z][a-z]+)")
_OWNER = re.compile(r"\b((?:Ma?c)?[A-Z][a-z]+)['’]s\b")


def _titled_or_owners(text: str) -> set[str]:
    """The words ``text`` prints after a courtesy title or before a possessive."""
    found = {one or other for one, other in _TITLED.findall(text)}
    return found | set(_OWNER.findall(text))


def _alone_in(text: str, surname: str) -> bool:
    """Whether ``text`` prints ``surname`` as a known person's, alone: after a title ("Mr.
    Oppenheim") or as an owner ("Bower's children"), and never after another capitalised
    word or a nickname. (A name in apposition, "her two children, Lexi, 5, and Peter", or
    in a body's, "the Committee on Assassinations", is told where it stands.)"""
    alone = False
    for at in bare_positions(text, surname):
        before = text[max(text.rfind(" ", 0, at - 1), 0) : at].strip(" \n")
        titled = before.rstrip(".") in TITLES
        # (A surname that opens the lede has no word before it, "Fey's first book": an
        # empty ``before`` ends in no mark, though "" is in every string.)
        if (before[:1].isupper() and not titled) or (before and before[-1] in "\"”’'"):
            return False
        alone = alone or titled or text.startswith(("'s", "’s"), at + len(surname))
    return alone


def _past_teaser(bid: _Bids, opening_at: list[int | None]) -> list[int]:
    """The best passage of the reports that open on no statement, from their first lede a
    few lines on (``rank.lede.LEDE_SEARCH``), for a brief whose passage would open on a
    teaser with no lede after it ("Unlike the People's Daily, there is no 55-image
    gallery." where another report's fourth line, after its headline, dateline and
    translator, says The Onion named Kim Jong Un its sexiest man). The reports that open
    on a statement lost to the teaser already (``TEASER_PENALTY`` weighed it), and do not
    bid again."""
    read, ledes = bid.read, bid.ledes
    reports = list(read.reports.values())
    further = [
        ledes.later_lede(reports[n], LEAD_RANK) if at is None else None
        for n, at in enumerate(opening_at)
    ]
    return bid.best(further, _opinion_reports(read, opening_at))


def _from_lede(
    story: PreparedStory, by_report: dict[str, list[int]], ledes: Ledes, opening: int
) -> list[int]:
    """The passage of the report whose opening statement is at ``opening``, from its first
    lede on (``rank.lede.Ledes.first_lede``)."""
    positions = by_report[story.candidates[opening].article_id]
    start = ledes.first_lede(positions, positions.index(opening))
    return positions[start : start + PASSAGE_ROWS]


def _without_papers(bid: _Bids, opening_at: list[int | None]) -> list[int]:
    """The best passage of a report that is no scholarly paper (``Readings.paper``), or
    none. Readers of a brief copied from a journal abstract or a paper's discussion
    ("This study was undertaken to ...", "... the Cascadia forearc region14,16,18 (Fig.
    1)") never learned who did the study or what it found, while a news report of it was
    in the story. A news report that opens on a question or a call to the reader ("Shopping
    on an empty stomach? Go and eat something quick!") may then open on its first lede a
    few lines on (``rank.lede.LEDE_SEARCH``), worth ``START_PENALTY`` less per line."""
    read, ledes = bid.read, bid.ledes
    reports = list(read.reports.values())
    papers = frozenset(n for n, ps in enumerate(reports) if read.paper(bid.article_of(ps[0])))
    further = [
        None if n in papers else ledes.later_lede(reports[n], LEAD_RANK) if at is None else at
        for n, at in enumerate(opening_at)
    ]
    # (A columnist's page gives way to a news report, not to a paper.)
    return bid.best(further, _opinion_reports(read, further) | papers)


class _Bids:
    """The reports' bids to carry the brief (``backbone_passage``)."""

    def __init__(
        self,
        story: PreparedStory,
        relevance: FloatArray,
        words: int,
        read: Readings,
        ledes: Ledes,
    ) -> None:
        self.story, self.relevance, self.words, self.read, self.ledes = (
            story,
            relevance,
            words,
            read,
            ledes,
        )
        self.starts = [positions[0] for positions in read.reports.values()]

    def article_of(self, position: int) -> str:
        return self.story.candidates[position].article_id

    def _opens_on_the_reader(self, position: int) -> bool:
        """Whether the candidate at ``position`` lies in its report's opening paragraph and
        that paragraph speaks to the reader (``text.lede.speaks_to_the_reader``): a feature's
        "No one liked the shutdown, but it wasn't without love. [...] You're bored. You share
        a bed." weighed as a lede once a quotation's tag further on joined its sentence and
        the relevances moved (dev 0064), where a news report of the story opened plainly."""
        sentence = self.story.candidates[position]
        article = next(a for a in self.story.articles if a.id == sentence.article_id)
        text = self.story.read_text(article)
        opening_end = text.find("\n", len(text) - len(text.lstrip()))
        opening_end = len(text) if opening_end < 0 else opening_end
        return sentence.start < opening_end and speaks_to_the_reader(text[:opening_end])

    def best(self, opening_at: list[int | None], skipped: frozenset[int]) -> list[int]:
        """The passage of the best bid, from each report's opening (``opening_at``: the
        index of its opening statement among its candidates, or None) but the ``skipped``
        reports' (numbers); empty when none bids."""
        story, relevance, words = self.story, self.relevance, self.words
        best: tuple[float, list[int]] = (-1.0, [])
        for number, positions in enumerate(self.read.reports.values()):
            start = opening_at[number]
            if start is None or number in skipped:
                continue
            passage = positions[start : start + PASSAGE_ROWS]
            skips = start + unanchored_lede(story.candidates[passage[0]].text)
            value = _passage_value(story, relevance, passage, words) * START_PENALTY**skips
            value *= 1.0 + SUPPORT_WEIGHT * _support(story, passage[0], self.starts, number)
            if value <= best[0]:  # the penalty only lowers it: whether a teaser is moot
                continue
            if self.ledes.no_lede(passage[0]):
                value *= TEASER_PENALTY
                if len(passage) > 1 and self.ledes.no_lede(passage[1]):
                    value *= TEASER_PENALTY
            if not any(tells_a_past(story.candidates[p].text) for p in passage[:UNTOLD_ROWS]):
                value *= UNTOLD_PENALTY
            if self._opens_on_the_reader(passage[0]):
                value *= TEASER_PENALTY
            if value > best[0]:
                best = (value, passage)
        return best[1]


def _opinion_reports(read: Readings, opening_at: list[int | None]) -> frozenset[int]:
    """The numbers of the opinion reports (``Readings.opinion``) when a report that reads
    plainly as news (``Readings.plain_news``) opens on a statement (``opening_at`` not
    None); none else (a story told only by columnists still gets a brief)."""
    reports = list(read.reports)
    if not any(reports[n] in read.plain_news for n, at in enumerate(opening_at) if at is not None):
        return frozenset()
    return frozenset(n for n, report in enumerate(reports) if report in read.opinion)


def _support(story: PreparedStory, lede: int, starts: list[int], own: int) -> float:
    """How much the other reports tell what a lede tells: the mean over them of its highest
    TF-IDF cosine to one of their sentences (0 for a story of one report). The news is
    the event every report tells; an explainer's or a side story's opening is not.
    ``starts`` holds each report's first candidate position (reports are contiguous runs
    of candidates, in order, and cover them all); ``own`` the number of the lede's."""
    if len(starts) < 2:
        return 0.0
    # The story's matrix, when it has one, holds the same values (its column, as here).
    cosines = cosines_to(story.vectors, lede) if story.cosines is None else story.cosines[:, lede]
    best = np.maximum.reduceat(np.asarray(cosines), starts).astype(np.float64)
    return float(np.mean(np.delete(best, own)))


def _passage_value(
    story: PreparedStory, relevance: FloatArray, passage: list[int], words: int
) -> float:
    """The relevance of the passage's sentences within its first ``words // OPENING_SHARE``
    words (its first sentence at least), each weighted by its length: what a reader gets
    from the opening before the additions start to compete. A sentence the page prints
    twice counts once."""
    total, used = 0.0, 0
    seen: set[str] = set()
    for position in passage:
        text = story.candidates[position].text
        if text in seen:
            continue
        seen.add(text)
        length = story.words[position]
        if used and used + length > words // OPENING_SHARE:
            break
        total += float(relevance[position]) * length
        used += length
    return total
