"""Choose a brief as one report's opening passage (the backbone) with what other reports add.

The backbone is coherent prose whose speakers are introduced: the opening passage of the
report that best covers the story. Other reports' sentences that it lacks (new facts, quotes
with their speakers) enter through the same entry rules as runs (``rank.runs``); a sentence
that repeats what the brief says (its wording, a fact, or its words in other order:
``rank.wording``) stays out, so a second lede cannot tell the event twice. A brief that
names one of its people otherwise (a name spelled two ways, or a surname alone that its
report meant for another person of it) is chosen again without that line. Then a brief that
would end on another report's line that stands apart from it (sharing no word, a report's
first line, a person introduced again, a speaker nobody knows), on a person given by one
name the brief never printed, or that holds another report's line sharing no word with it,
is chosen again without that line; so is one that quotes somebody halfway (a few words, or
the middle of a statement, whose speaker goes on in the next sentence the brief leaves out),
and so is the least relevant of other reports' quotations in a stack of more than two from
more than one report. The budget drops the backbone's later, less relevant sentences first.

The report and passage the brief starts from are chosen in ``rank.lead_passage``.
Where the additions go in the brief's reading order is ``rank.reading_order``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

import numpy as np

from newsfuse.differ.claim import Claim
from newsfuse.rank.lead_passage import _with_naming_line, backbone_passage
from newsfuse.rank.reading_order import ReadingOrder
from newsfuse.rank.repeats import fact_keys
from newsfuse.rank.runs import (
    Memo,
    Readings,
    Shortlist,
    readings,
    shortlisted,
)
from newsfuse.rank.select import pool_cosines, unit_range
from newsfuse.rank.story import FloatArray, PreparedStory
from newsfuse.rank.strays import BriefLines, left_out_with, stray_line
from newsfuse.rank.topic import article_cosines, report_members
from newsfuse.rank.wording import (
    OTHER_REPORT_RESTATED_SHARE,
    QUOTED_RESTATED_SHARE,
    QUOTED_RESTATED_WORDS,
    RESTATED_SHARE,
    SAME_SPEAKER_RESTATED_SHARE,
    names_in,
    opens_on_same_name,
    reports_speech,
    restates,
    same_speakers_words,
    stands_apart,
    words_of,
)
from newsfuse.settings import Settings
from newsfuse.text.cohesion import counts_time_from_before
from newsfuse.text.genre import reads_as_news
from newsfuse.text.leadin import leads_in
from newsfuse.text.names import (
    bare_positions,
    given_name_before,
    given_names,
    spelled_alike,
)
from newsfuse.text.quotations import mostly_quoted, outside_quotes
from newsfuse.text.vectors import cosines_to

LEDE_RANK = 2
# A row this little like a chosen row (TF-IDF cosine) shares too few words to restate it,
# and the pair is not read (``_restates_chosen``): the least cosine of a restating pair found
# on the dev and anchor briefs was 0.18.
RESTATING_COSINE = 0.1
# Another report whose first line introduces again a person the brief's opening statement
# introduces, yet is this little like that statement (TF-IDF cosine; a second lede of the
# same event reaches ``lede_cosine``, 0.15) and whose whole text is this little like the
# backbone's report (the cosine of their summed sentence vectors, as ``rank.topic`` reads
# reports), tells another event about the same people: the death probe of a poet whose
# unpublished poems are the news, a senator's remark on a singer's trip beside his
# immigration bill. Its lines spliced a second story into the brief (docs/EVALUATION.md).
OTHER_EVENT_LEDE_COSINE = 0.12
OTHER_EVENT_REPORT_COSINE = 0.18
# ... unless the brief without such reports fills less than this share of its budget: then the
# story has too little else to tell (dev 0026: an interview on the manifesto a one-line
# report announced, 117 words of 230 without it).
OTHER_EVENT_FILL = 0.75
# How many times a brief that ends on a sentence standing apart, or holds one
# (``_Builder.stray_ending``), quotes a statement halfway or stacks quotations is chosen
# again without the line.
STRAY_ENDINGS = 4
# How many times a brief is chosen again without a line that names one of its people
# otherwise (``_Builder.name_clash``).
NAME_CLASHES = 3
# A figure in a line: a line that tells one tells a fact a reader wants, wherever it stands
# ("It is expected to cost 140,000 to 180,000 euros."). An emergency number is no figure
# ("... and immediately called 911.").
_FIGURE = re.compile(r"\d")
# How full a brief is (its words against the budget) before an island ending gives way
# (``_Builder._island_ending``): in a thin brief, whose story has little more to tell, a
# reader took the island away as a loss of the little there was (reading 24: dev 0010
# went from 123 to 98 words and told none of the quotes its line before announced).
ISLAND_FULL = 0.75
_EMERGENCY_NUMBER = re.compile(r"\b911\b")
# A person's pronoun: in a line that names nobody, it goes on from the line before it.
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|they|them|their)\b", re.IGNORECASE)
# More lines of quotation than this in a row, one of them another report's, read choppy
# (``_Builder.stacked_quotation``).
STACKED_QUOTATIONS = 2


@dataclass(frozen=True, slots=True)
class BackboneSettings:
    """The knobs of a backbone brief (tuned on the dev set, docs/EVALUATION.md; their
    defaults are :class:`newsfuse.settings.Settings`'s).

    ``bonus`` is added to a backbone sentence's relevance (0..1) when it competes with an
    addition for the budget; ``repeat_cosine`` is the TF-IDF cosine to a sentence in the
    brief at which a sentence says nothing new; ``place_cosine`` the least cosine to a
    backbone sentence for an addition to be placed after it (else it goes to the end);
    ``lede_cosine`` the cosine to the brief's opening statement at which another report's
    opening (its first ``LEDE_RANK`` candidates) tells the same event again: readers
    marked two ledes of one event as the event told twice, though the ordinary
    ``repeat_cosine`` let them through as different wording.
    """

    bonus: float
    repeat_cosine: float
    place_cosine: float
    lede_cosine: float

    @classmethod
    def of(cls, settings: Settings) -> BackboneSettings:
        """The knobs as ``settings`` states them (a repeat is a redundant sentence)."""
        return cls(
            bonus=settings.backbone_bonus,
            repeat_cosine=settings.redundancy_cosine,
            place_cosine=settings.place_cosine,
            lede_cosine=settings.lede_cosine,
        )


@dataclass(frozen=True, slots=True)
class Choice:
    """A brief's sentences (positions in ``story.candidates``) in reading order, and the
    run of each: the sentences before it in its report that it leans on, and itself."""

    order: list[int]
    runs: list[list[int]]
    # The reports that tell another event about the brief's people, which gave nothing
    # (``other_events``), each with the surnames it introduces again.
    other_events: tuple[tuple[str, frozenset[str]], ...] = ()


def select_backbone(
    story: PreparedStory,
    scores: FloatArray,
    words: int,
    knobs: BackboneSettings,
    claims: Sequence[Claim] | None = None,
    read: Readings | None = None,
) -> Choice | None:
    """The backbone brief of ``words`` words at most, or None when no report opens on a
    plain statement the brief can open on (the caller then chooses otherwise). ``claims``
    are the story's claims if the caller has read them (``rank.repeats.fact_keys``);
    ``read`` the story's ``rank.runs.readings``, if the caller has some."""
    relevance = unit_range(scores)
    # The lead passage and the shortlist read the same openings.
    read = readings(story) if read is None else read
    passage = backbone_passage(story, relevance, words, read)
    if not passage:
        return None
    named = _with_naming_line(story, read, passage)
    pool = shortlisted(story, scores, frozenset(named), named[0], read)
    if named is not passage and pool.chains[pool.positions.index(named[0])].max() < 0:
        # The naming line can carry no run of its own, so the brief cannot open on it
        # (anchor 42590's and 56054's first lines, which then stopped the brief): the
        # lede opens the brief as before.
        pool = shortlisted(story, scores, frozenset(passage), passage[0], read)
    else:
        passage = named
    builder, others = filled_builder(story, pool, relevance, knobs, passage, read, words, claims)
    # An opening that cannot be taken (it uses a person's surname before introducing them)
    # left the brief empty: the caller then chooses otherwise.
    if not builder.chosen:
        return None
    return replace(builder.choice(), other_events=tuple(sorted(others.items())))


def filled_builder(
    story: PreparedStory,
    pool: Shortlist,
    relevance: FloatArray,
    knobs: BackboneSettings,
    passage: list[int],
    read: Readings,
    words: int,
    claims: Sequence[Claim] | None = None,
) -> tuple[_Builder, dict[str, frozenset[str]]]:
    """The brief built over ``pool`` from ``passage`` (kept open to read: the refusals
    benchmark reads why rows stay out), and the reports left out as telling another event
    about its people (``other_events``)."""
    others = other_events(story, pool, passage[0], read.reports)
    voice = _another_writers(story, pool, passage[0], read)
    builder = _Builder(
        story, pool, relevance, knobs, passage, read.reports, claims, others, another_voice=voice
    )
    _build(builder, words)
    if others and builder.used < words * OTHER_EVENT_FILL:
        # Without the other event the story has too little to tell: it stays in (and its
        # reports name the brief's people again as the news they tell, not as a retelling:
        # ``_Builder._introduces_lede_again``).
        told_apart = frozenset(others)
        others = {}
        builder = _Builder(
            story,
            pool,
            relevance,
            knobs,
            passage,
            read.reports,
            claims,
            told_apart=told_apart,
            another_voice=voice,
        )
        _build(builder, words)
    return builder, others


def _another_writers(
    story: PreparedStory, pool: Shortlist, lede: int, read: Readings
) -> Callable[[int], bool] | None:
    """When a writer's report carries the brief (one that does not read plainly as news: a
    review, a column, a blog), whether a row is another such writer's judgement or general
    claim (not ``genre.reads_as_news``): two critics' verdicts in a row read as one voice
    that changes its mind ("a smart and stylish thriller" ... "will leave such people
    uneasy"), and the brief names neither. None when a news report carries the brief."""
    own = story.candidates[lede].article_id
    if own in read.plain_news:
        return None
    writers = (read.opinion | read.unplaced) - {own}
    if not writers:
        return None
    positions = pool.positions

    @cache
    def another_voice(row: int) -> bool:
        position = positions[row]
        sentence = story.candidates[position]
        return sentence.article_id in writers and not reads_as_news(
            sentence.text, read(position).unquoted
        )

    return another_voice


def _build(builder: _Builder, words: int) -> None:
    """Fill the brief; choose it again without a line that names one of its people otherwise
    (``_Builder.name_clash``), that stands apart from it, quotes a statement halfway or
    stacks another report's quotation on others; leave off a last line that leads in to
    what the brief does not tell (``_Builder.leave_off``)."""
    builder.fill(words)
    for _ in range(NAME_CLASHES):
        clash = builder.name_clash()
        if clash is None:
            break
        builder.strays.add(clash)
        builder.refilled = True
        builder.fill(words)
    for _ in range(STRAY_ENDINGS):
        # (A quotation clipped halfway, or another report's quotation in a stack of them,
        # is left out like a stray ending. Let in with the rest of the statement instead, a
        # clipped one took the room of lines that introduced the speakers of others, "Newt
        # Gingrich says ..." before "the former House speaker".)
        stray = builder.stray_ending()
        if stray is not None:
            rows = range(len(builder.pool.positions))
            builder.strays |= left_out_with(builder.lines, stray, rows)
        elif (lead_in := builder.lead_in_ending()) is not None:
            builder.leave_off(lead_in)  # (left off, not filled again: ``leave_off``)
            continue
        else:
            # (Only a stray's stranger leaves with their other lines: a clipped or stacked
            # quotation's speaker may be somebody the brief has met.)
            stray = builder.clipped_quotation()
            if stray is None:
                stray = builder.stacked_quotation()
            if stray is None:
                break
            builder.strays.add(stray)
        builder.refilled = True
        builder.fill(words)


def other_events(
    story: PreparedStory, pool: Shortlist, lede: int, reports: dict[str, list[int]]
) -> dict[str, frozenset[str]]:
    """The reports (by id) whose first line introduces again a person the brief's opening
    statement (position ``lede``) introduces, while it and the report are unlike that
    statement and its report (``OTHER_EVENT_LEDE_COSINE``, ``OTHER_EVENT_REPORT_COSINE``):
    each tells another event about the same people, so none of its lines may enter. Each
    comes with the surnames it introduces again."""
    row_of = {p: r for r, p in enumerate(pool.positions)}
    introduced = pool.people.introduced
    named = introduced[row_of[lede]]
    own = story.candidates[lede].article_id
    if not named or len(reports) < 2:
        return {}
    # (The story's matrix, when it has one, holds the same values: ``rank.lead_passage._support``.)
    column = cosines_to(story.vectors, lede) if story.cosines is None else story.cosines[:, lede]
    lede_cosines = np.asarray(column)
    found: dict[str, frozenset[str]] = {}
    for report, positions in reports.items():
        first = row_of.get(positions[0])
        if report == own or first is None:
            continue
        again = introduced[first] & named
        if not again:
            continue
        if float(lede_cosines[positions[0]]) < OTHER_EVENT_LEDE_COSINE:
            found[report] = again
    if not found:
        return {}
    ids, member = report_members(story)
    between = article_cosines(story, member, len(ids))[ids.index(own)]
    return {
        report: again
        for report, again in found.items()
        if between[ids.index(report)] < OTHER_EVENT_REPORT_COSINE
    }


def _opening_rows(
    story: PreparedStory, rows: list[int], reports: dict[str, list[int]]
) -> tuple[set[int], set[int]]:
    """The rows among their reports' first ``LEDE_RANK`` candidates, and of those each
    report's first line, a headline or its lede (``_Builder.stray_ending``)."""
    first_of = {report: ps[0] for report, ps in reports.items()}
    openings = {
        r for r, p in enumerate(rows) if p - first_of[story.candidates[p].article_id] < LEDE_RANK
    }
    return openings, {r for r in openings if rows[r] in first_of.values()}


def _copied_openings(
    story: PreparedStory, rows: list[int], reports: dict[str, list[int]], openings: set[int]
) -> frozenset[int]:
    """The rows not among their reports' first ``LEDE_RANK`` candidates whose syndicated
    copy in their own report is: a report that prints its lede twice (a teaser, then the
    story) is told by the later copy, and its lede escaped the test of a second lede
    (anchor mn-train-35713: "San Diego lifeguards launched a mass rescue at La Jolla Cove
    Tuesday ..." after the brief's "San Diego lifeguards rescued 20 ... off La Jolla
    Tuesday ...", the rescue told twice). Held to that test only (``_second_lede``): as
    openings everywhere (where a refill places a report's second line), at 400 words they
    moved dev 0151's report of a news conference up and lost Bundy's quotation of it."""
    copies = {p: group for group in story.groups if len(group) > 1 for p in group}
    # (The rows read only where a row has a copy, and only theirs: most rows have none.)
    if not copies:
        return frozenset()
    first_of = {report: ps[0] for report, ps in reports.items()}
    candidates = story.candidates
    found: set[int] = set()
    for r, p in enumerate(rows):
        if p not in copies or r in openings:
            continue
        report = candidates[p].article_id
        if any(
            candidates[q].article_id == report and q - first_of[report] < LEDE_RANK
            for q in copies[p]
        ):
            found.add(r)
    return frozenset(found)


def _same_given_name(one: str, other: str) -> bool:
    """Whether two given names may name one person: the same, a short form ("Steve" and
    "Steven"), initials, or one name spelled two ways (``spelled_alike``)."""
    return (
        one.startswith(other)
        or other.startswith(one)
        or one.endswith(".")
        or other.endswith(".")
        or spelled_alike(one, other)
    )


class _Builder(ReadingOrder):
    """One backbone brief in the making, over the rows of a pool. Whether a row may enter
    (``pool.enters``) is read only for a run about to be taken and for an introducer: the
    runs are valued first, and most rows are never the best. Its reading order is
    ``rank.reading_order.ReadingOrder``'s."""

    knobs: BackboneSettings  # (``ReadingOrder`` reads only its ``place_cosine``)

    def __init__(
        self,
        story: PreparedStory,
        pool: Shortlist,
        relevance: FloatArray,
        knobs: BackboneSettings,
        passage: list[int],
        reports: dict[str, list[int]],
        claims: Sequence[Claim] | None = None,
        other_events: dict[str, frozenset[str]] | None = None,
        told_apart: frozenset[str] = frozenset(),
        another_voice: Callable[[int], bool] | None = None,
    ) -> None:
        self.story, self.pool, self.knobs = story, pool, knobs
        # Whether a row is another writer's judgement (``_another_writers``), if any may be.
        self.another_voice = another_voice
        # Reports of another event about the brief's people let in (``select_backbone``).
        self.told_apart = told_apart
        rows = pool.positions
        row_of = {p: r for r, p in enumerate(rows)}
        self.row_of = row_of
        self.backbone = [row_of[p] for p in passage]
        self.report = story.candidates[passage[0]].article_id
        self.cosines = pool_cosines(story, rows)
        self.relevance: list[float] = relevance[rows].tolist()
        self.lengths = [story.words[p] for p in rows]
        # A row's relevance times its length: what it adds to a run's weighted relevance.
        self.weighted = [r * n for r, n in zip(self.relevance, self.lengths, strict=True)]
        group_of = {p: g for g, group in enumerate(story.groups) for p in group}
        self.group = [group_of[p] for p in rows]
        self.members = [[int(r) for r in chain if r >= 0] for chain in pool.chains.tolist()]
        # A row whose run is itself and needs nobody introduced (so no introducer joins
        # it): its value is its own relevance less its redundancy. (A row's needs are
        # read here whether or not it may enter: a row that may not is never taken, so
        # its value is never used.)
        self.alone = [
            len(members) == 1 and not pool.needs.get(row)
            for row, members in enumerate(self.members)
        ]
        self.own_relevance = [w / n for w, n in zip(self.weighted, self.lengths, strict=True)]
        # The facts each row states (a count, an age, a long figure): a row that states one
        # the brief states already is a repeat, however differently worded.
        self.facts = fact_keys([story.candidates[p] for p in rows], claims)
        # The words each row tells its facts in, read when first asked for (few rows ever
        # are): a row that restates a chosen row, or that a chosen row restates, is a repeat
        # too (``rank.wording``).
        self._wording: Memo[frozenset[str]] = Memo(lambda row: words_of(self._text(row)))
        # Whether a row is mostly quotation (``quotations.mostly_quoted``), read when first
        # asked: every pair of rows the restating test compares asks it again.
        self._mostly_quoted: Memo[bool] = Memo(lambda row: mostly_quoted(self._text(row)))
        self.names: frozenset[str] | None = None  # the pool's (``wording.names_in``), once
        # Rows that named one of the brief's people otherwise (``name_clash``), ended the
        # brief standing apart from it (``stray_ending``, with their stranger's other
        # lines), quoted a statement halfway (``clipped_quotation``) or stacked another
        # report's quotation on others (``stacked_quotation``), left out of every later fill.
        self.strays: set[int] = set()
        # Whether the brief was filled again after a line was left out (``_build``: a name
        # clash, a stray ending, a clipped or a stacked quotation): the lines such a refill
        # brings in are placed by ``_after_opening`` too.
        self.refilled = False
        self.in_backbone = set(self.backbone)
        self.passage_positions = frozenset(passage)
        self.openings, self.first_lines = _opening_rows(story, rows, reports)
        # Rows held to the test of a second lede as openings too (``_second_lede``).
        self.copied_openings = _copied_openings(story, rows, reports, self.openings)
        self.reports = reports  # (``_meant``)
        self._pool_text: str | None = None  # the pool's lines, joined when first asked
        self.lines = BriefLines(
            text=self._text,
            wording=self._wording,
            report=self._report,
            own=self.report,
            first_lines=self.first_lines,
            people=pool.people,
        )
        self.candidate_rows = self._startable_rows(other_events or {})
        self._start()

    def _startable_rows(self, elsewhere: dict[str, frozenset[str]]) -> list[int]:
        """The backbone and the rows of other reports whose runs can start (the rest of the
        backbone's report is left to its own order); whether they may enter is asked when
        one is the best option. (Not a report that tells another event about the same
        people: ``elsewhere``, the ``other_events``.)"""
        rows, candidates = self.pool.positions, self.story.candidates
        return [
            r
            for r in range(len(rows))
            if self.members[r]
            and (r in self.in_backbone or not self._in_backbone_report(r))
            and candidates[rows[r]].article_id not in elsewhere
        ]

    def _start(self) -> None:
        """An empty brief: nothing chosen, every row but the strays open."""
        self.redundancy = np.zeros(len(self.lengths))
        self.redundancy_list: list[float] = self.redundancy.tolist()
        self.chosen: list[int] = []
        self.chosen_set: set[int] = set()
        self.additions: list[list[int]] = []
        self.addition_ends: dict[int, list[int]] = {}  # an addition's last row -> it
        self.groups_taken: set[int] = set()
        self.introduced: set[str] = set()
        self.introducers: dict[str, list[int]] = {}  # surname -> backbone rows
        # Surnames that additions free to go anywhere (they need nobody) introduce: placed
        # before the backbone sentence that uses the surname alone (``_introducers_first``).
        self.added_introductions: set[str] = set()
        self.used = 0
        self.budget = 0
        self.facts_taken: set[str] = set()
        # Rows that may not enter: the strays, and rows found to restate the brief.
        self.left_out: set[int] = set(self.strays)
        self.order: list[int] | None = None  # the rows in reading order, once read
        self.rows_to_try = [r for r in self.candidate_rows if r not in self.left_out]

    def fill(self, words: int) -> None:
        """Take the backbone's opening statement, then the option of highest value
        (backbone sentences with a bonus) until nothing fits (from an empty brief)."""
        if self.chosen:
            self._start()
        self.budget = words
        opening = self.backbone[0]
        if not self._fresh([opening], words):
            return
        self._take([opening])
        while True:
            option = self._best_option(words - self.used)
            if option is None:
                return
            self._take(option)
            if not self._in_backbone_report(option[-1]):
                self._add(option)

    def _add(self, run: list[int]) -> None:
        """Record an addition, continuing the addition it follows in its report."""
        leaned_on = self.members[run[-1]][: -len(run)]
        if leaned_on:
            addition = self.addition_ends.pop(leaned_on[-1])
            addition.extend(run)
        else:
            addition = list(run)
            self.additions.append(addition)
        self.addition_ends[run[-1]] = addition
        if not self._needs(run[-1]):
            self.added_introductions.update(*(self.pool.people.introduced[r] for r in run))

    def _best_option(self, budget: int) -> list[int] | None:
        """The run of highest relevance (weighted by length, less its redundancy; plus the
        bonus in the backbone) that is new to the brief and fits.

        Every run's value is cheap and the tests of whether it may enter are not, so the
        runs are tested from the best value down (ties in row order, as a scan in row order
        would keep the first) until one passes."""
        self.rows_to_try = self._still_open(self.rows_to_try, budget)
        options: list[tuple[float, list[int]]] = []
        # (The attributes as locals: this loop runs for every open row on every pick.)
        alone, own, redundancy = self.alone, self.own_relevance, self.redundancy_list
        in_backbone, bonus = self.in_backbone, self.knobs.bonus
        for row in self.rows_to_try:
            if alone[row]:  # its run is itself, not chosen and within budget (above)
                run, value = [row], own[row] - redundancy[row]
            else:
                option = self._run_value(row, budget)
                if option is None:
                    continue
                run, value = option
            if row in in_backbone:
                value += bonus
            options.append((value, run))
        options.sort(key=lambda option: -option[0])  # stable: ties keep row order
        return next(
            (run for _, run in options if self._enters(run[-1]) and self._may_take(run, budget)),
            None,
        )

    def _enters(self, row: int) -> bool:
        """Whether a row may enter (``pool.enters``); one that may not is no longer tried.
        Asked in value order, it gives the choice that testing every row first gave."""
        if self.pool.enters(row):
            return True
        self.rows_to_try.remove(row)
        return False

    def _needs(self, row: int) -> frozenset[str] | None:
        """The surnames a row's run needs introduced, for a row that may enter (the pool
        reads none for one that may not)."""
        return self.pool.needs.get(row) if self.pool.enters(row) else None

    def _run_value(self, row: int, budget: int) -> tuple[list[int], float] | None:
        """A row's new run (with the sentence that introduces its person, if it needs one)
        and its relevance (weighted by length) less its redundancy, or None when it has
        none or it does not fit."""
        run = self._with_introducer(self._new_run(row))
        if run is None:
            return None
        # (``map`` over each list's ``__getitem__``: three generators a call cost a third of
        # choosing the brief's additions.)
        cost = sum(map(self.lengths.__getitem__, run))
        if cost > budget:
            return None
        relevance = sum(map(self.weighted.__getitem__, run)) / cost
        return run, relevance - max(map(self.redundancy_list.__getitem__, run))

    def _may_take(self, run: list[int], budget: int) -> bool:
        """``_fresh`` for a run that fits the budget and whose last row may still enter
        (``_still_open``; an introducer goes before it), and no second lede."""
        return (
            self._still_open(run[:-1], budget) == run[:-1]
            and self._introduced(run)
            and not self._second_lede(run)
            and not self._restating(run)
            and not self._time_out_of_place(run)
            and not (self.another_voice is not None and any(map(self.another_voice, run)))
        )

    def name_clash(self) -> int | None:
        """The first chosen row that names a person the rows chosen before it name
        otherwise: the same surname after a given name spelled otherwise ("Judge Jeffery
        Minehart" after "Judge Jeffrey Minehart", dev 0119), a surname spelled otherwise
        that the pool prints after the same given name ("Purdeli" after "Abdul Jabar
        Perdili": anchor 52810's readers took the two for two police chiefs), or a surname
        alone that means another person of it than the one named before, as its report's
        line before it says ('"She doesn't deserve a bond," Belliveau said.' after
        "Jordan's grandmother, Jessica Belliveau, said ...", in a brief that named only the
        boy, Jordan Belliveau: dev 0141). None when there is none.

        Read once a fill is done, over the brief's ten or so rows (``_build`` fills again
        without the row): asked of every run about to be taken, these tests cost choosing
        the sentences 3 %. (Bringing in the line before, which names the person, kept the
        quotation in 0141 but cost the brief another report's lede, the mother's false
        account: a fact of the story for a tidier name.)"""
        people = self.pool.people
        named: dict[str, frozenset[str]] = {}  # surname -> the given names printed so far
        for row in self.chosen:
            text = self._text(row)
            for surname in people.introduced[row]:
                given = given_names(text, surname)
                if surname in named and any(
                    spelled_alike(one, other) for one in given for other in named[surname]
                ):
                    return row
                named[surname] = named.get(surname, frozenset()) | given
            for surname in people.introduced[row] | people.bare[row]:
                if any(self._alike(surname, other) for other in named if other != surname):
                    return row
            for surname in people.bare[row] - people.introduced[row]:
                meant = self._meant(row, surname) if named.get(surname) else ""
                if meant and not any(_same_given_name(meant, g) for g in named[surname]):
                    return row
        return None

    def _alike(self, surname: str, other: str) -> bool:
        """Whether two surnames are one spelled two ways: alike (``spelled_alike``) and
        printed after a same given name in the pool."""
        # (``spelled_alike`` holds the test of the first letter too.)
        if not spelled_alike(surname, other):
            return False
        return not self._pool_given_names(surname).isdisjoint(self._pool_given_names(other))

    def _pool_given_names(self, surname: str) -> frozenset[str]:
        """The given names the pool prints before ``surname`` (read when asked: rarely)."""
        if self._pool_text is None:
            self._pool_text = "\n".join(map(self._text, range(len(self.members))))
        return given_names(self._pool_text, surname)

    def _meant(self, row: int, surname: str) -> str:
        """The given name of the person of ``surname`` that the row's report names in
        full last before the row's first use of it alone (in the line before or the row
        itself), or ""."""
        text = self._text(row)
        lines = self.reports[self._report(row)]
        at = lines.index(self.pool.positions[row])
        before = f"{self.story.candidates[lines[at - 1]].text if at else ''}\n{text}"
        given = ""
        for where in bare_positions(before, surname):
            if where >= len(before) - len(text):
                # The row's own first use: alone, it means the person named last; after a
                # given name ("JonBenet Ramsey"), the row names them itself.
                return "" if given_name_before(before, where) else given
            given = given_name_before(before, where) or given
        return given

    def _time_out_of_place(self, run: list[int]) -> bool:
        """Whether an addition's sentence opens on a time counted from an event told before
        it ("A day later, she replied ...") without following the sentence before it in its
        report, nor going where the backbone's report prints it (``_where_printed``):
        anywhere else its count starts from another event than its own (readers read the
        reply as coming after the firing it preceded)."""
        positions = self.pool.positions
        for number, row in enumerate(run):
            if row in self.in_backbone or not counts_time_from_before(self._text(row)):
                continue
            if number and positions[run[number - 1]] == positions[row] - 1:
                continue  # the run brings the sentence it counts from
            if self._follows_own_report(row):
                continue
            spine = [r for r in self.backbone if r in self.chosen_set]
            if self._where_printed(spine, row) is None:
                return True
        return False

    def _restating(self, run: list[int]) -> bool:
        """Whether a row of the run restates a chosen row or is restated by one
        (``rank.wording``); such rows are left out for the rest of the fill (the brief
        only grows). Read only for a run about to be taken: most rows never are."""
        found = [r for r in run if self._restates_chosen(r)]
        self.left_out.update(found)
        return bool(found)

    def _restates_chosen(self, row: int) -> bool:
        if self.redundancy_list[row] < RESTATING_COSINE:
            return False
        cosines, names = self._cosines_to(row), self._names()
        return any(
            cosines[c] >= RESTATING_COSINE and self._told_twice(row, c, names) for c in self.chosen
        )

    def _told_twice(self, row: int, chosen: int, names: frozenset[str]) -> bool:
        """Whether either row restates the other or reports in its own words what the other
        quotes."""
        read, share = self._wording, self._restated_share(row, chosen)
        return (
            restates(read(row), read(chosen), names, share)
            or restates(read(chosen), read(row), names, share)
            or self._paraphrases(row, chosen, names)
            or self._paraphrases(chosen, row, names)
        )

    def _restated_share(self, one: int, other: int) -> float:
        """The share of a line's words in another at which it restates it: lower between
        two reports' lines (``wording.OTHER_REPORT_RESTATED_SHARE``)."""
        if self._in_same_report(one, other):
            return RESTATED_SHARE
        return OTHER_REPORT_RESTATED_SHARE

    def _paraphrases(self, one: int, other: int, names: frozenset[str]) -> bool:
        """Whether row ``one`` reports in its own words what row ``other`` quotes: a quotation
        and a paraphrase of the same statement, told twice (``wording.reports_speech``); by
        the same speaker, fewer of their words meet (``wording.SAME_SPEAKER_RESTATED_SHARE``,
        in either direction, the words naming the speaker left out)."""
        if not (self._mostly_quoted(other) and reports_speech(self._text(one))):
            return False
        said, quoted = self._wording(one), self._wording(other)
        if restates(said, quoted, names, QUOTED_RESTATED_SHARE, QUOTED_RESTATED_WORDS):
            return True
        # (The speaker is read last, and only when the paraphrase prints a name the
        # quotation does: few pairs get this far.)
        if (quoted & names).isdisjoint(said):
            return False
        speaker = same_speakers_words(self._text(one), self._text(other), names)
        if not speaker:
            return False
        said, quoted = said - speaker, quoted - speaker
        share = SAME_SPEAKER_RESTATED_SHARE
        return restates(said, quoted, names, share, QUOTED_RESTATED_WORDS) or restates(
            quoted, said, names, share, QUOTED_RESTATED_WORDS
        )

    def stray_ending(self) -> int | None:
        """The row the brief ends on when it stands apart from it, or a line inside it
        that follows nothing (``strays.stray_line``, which the runs fallback reads too), or
        the last row when it is an island (``_island_ending``); None else."""
        rows = self._reading_rows()
        self.order = rows  # for ``choice`` if the brief stands
        stray = stray_line(self.lines, rows)
        if stray is None and self._island_ending(rows):
            return rows[-1]
        return stray

    def _island_ending(self, rows: list[int]) -> bool:
        """Whether the brief ends on an island: a line that does not go on from its report's
        line before it and shares no word (no name, no event word) with any line of the
        brief, from the report the line before it is of as well (``strays.stray_line``
        reads another report's such line): "Paris Jackson also spoke out against hatred."
        last in a brief on an awards night, "The worker shut the door quietly and
        immediately called 911." in one on a shooting that named no worker. Readers read
        such an ending as a jump to another thing. Not in a brief under ``ISLAND_FULL`` of
        its budget (the story has little else to tell), nor a line that tells a figure (a price,
        a count: a fact a reader wants, wherever it stands) nor one whose pronoun goes on
        from the line before it without naming anybody ("The university said he was a
        freshman there." after a line on the gunman)."""
        if len(rows) < 3 or self.used < ISLAND_FULL * self.budget:
            return False
        last = rows[-1]
        text = self._text(last)
        if self._follows_own_report(last) or _FIGURE.search(_EMERGENCY_NUMBER.sub("", text)):
            return False
        people = self.pool.people
        if not (people.introduced[last] | people.bare[last]) and _PERSONAL_PRONOUN.search(
            outside_quotes(text)
        ):
            return False
        return stands_apart(self._wording(last), [self._wording(r) for r in rows[:-1]])

    def lead_in_ending(self) -> int | None:
        """The row the brief ends on when it leads in to its report's next sentence
        (``text.leadin.leads_in``): "Republicans feel confident for several reasons.",
        "Banks had a message for the gangs in her neighborhood." With nothing after it, the
        brief promises what it never tells. Any report's line, the backbone's too: the point
        is in the sentence the brief left out. None in a brief under ``ISLAND_FULL`` of its
        budget, as ``_island_ending``."""
        if len(self.chosen) < 3 or self.used < ISLAND_FULL * self.budget:
            return None
        rows = self._brief_rows()  # (read by ``stray_ending`` just before, in ``_build``)
        return rows[-1] if leads_in(self._text(rows[-1])) else None

    def leave_off(self, row: int) -> None:
        """Take the brief's last row out without choosing the brief again (a lead-in
        ending, ``lead_in_ending``): the brief is near full and the line is short, and a
        new fill trades lines the brief had for others ("It's not actually a rumor, it's
        real," a hospital's count, gave way to a sociologist's two quotations). Nothing
        after the row leans on it; it is a stray for any later fill."""
        self.chosen.remove(row)
        self.chosen_set.discard(row)
        self.used -= self.lengths[row]
        for addition in self.additions:
            if row in addition:
                addition.remove(row)
        self.additions = [addition for addition in self.additions if addition]
        # (each addition by its last row, as ``_add`` keeps them: an addition that ended on
        # ``row`` now ends on the row before it)
        self.addition_ends = {addition[-1]: addition for addition in self.additions}
        self.strays.add(row)
        self.order = None

    def clipped_quotation(self) -> int | None:
        """The first row of the brief that quotes a few words of somebody, or the middle of
        what they said, who goes on in the report's next sentence (``Shortlist.rest_of``),
        when the brief does not go on with it: the statement stops halfway ('"It is a hard
        visit," said Ana Ortiz.' without '"It could be read as a snub."'). Readers marked
        such quotations as clipped or standing alone. None else. (Read on the brief as
        chosen, not as an entry rule: barred from ending a run, such a row was left out of
        briefs that had taken the rest of its statement after it, and their room went to
        lesser lines.)"""
        rows = self._brief_rows()
        candidates = self.story.candidates
        for at, row in enumerate(rows):
            rest = self.pool.rest_of(row)
            if rest is None:
                continue
            if at + 1 == len(rows) or self._text(rows[at + 1]) != candidates[rest].text:
                return row
        return None

    def stacked_quotation(self) -> int | None:
        """The first row of the least relevant addition that stands in a stack of more than
        ``STACKED_QUOTATIONS`` lines of quotation in a row (``mostly_quoted``) from more
        than one report: readers found four quotations one after another choppy, and
        another report's quotation placed among the backbone's came before what it
        answered. One report's stack of quotations is its own order, and stays. None
        else."""
        rows = self._brief_rows()
        quoted = [self._mostly_quoted(r) for r in rows]
        start = 0
        while start < len(rows):
            end = start
            while end < len(rows) and quoted[end]:
                end += 1
            if end - start > STACKED_QUOTATIONS and self._reports(rows[start:end]) > 1:
                stacked = set(rows[start:end])
                added = [a for a in self.additions if not stacked.isdisjoint(a)]
                if added:
                    weakest = min(added, key=self._mean_relevance)
                    return weakest[0]
            start = end + 1
        return None

    def _reports(self, rows: list[int]) -> int:
        return len({self._report(r) for r in rows})

    def _mean_relevance(self, rows: list[int]) -> float:
        return float(sum(self.own_relevance[r] for r in rows)) / len(rows)

    def _text(self, row: int) -> str:
        return self.story.candidates[self.pool.positions[row]].text

    def _report(self, row: int) -> str:
        """The article id of the report ``row`` is a line of."""
        return self.story.candidates[self.pool.positions[row]].article_id

    def _names(self) -> frozenset[str]:
        if self.names is None:
            candidates, positions = self.story.candidates, self.pool.positions
            self.names = names_in([candidates[p].text for p in positions])
        return self.names

    def _still_open(self, rows: list[int], budget: int) -> list[int]:
        """Those of ``rows`` a run may still take: not chosen, within what is left of the
        budget, and not repeating the brief (its group, a fact or its wording). A row left
        out only becomes more so as the brief fills, and a row is in every run it ends, so
        dropping such rows from ``rows_to_try`` changes no choice; it spares reading their
        runs on every later pick. (One comprehension over the rows, not a call a row: this
        runs for every row on every pick.)"""
        lengths, group, redundancy, facts = (
            self.lengths,
            self.group,
            self.redundancy_list,
            self.facts,
        )
        groups_taken, facts_taken, left_out = self.groups_taken, self.facts_taken, self.left_out
        limit = self.knobs.repeat_cosine
        return [
            r
            for r in rows
            if lengths[r] <= budget
            and group[r] not in groups_taken
            and redundancy[r] < limit
            and facts_taken.isdisjoint(facts[r])
            and r not in left_out
        ]

    def _new_run(self, row: int) -> list[int] | None:
        """The rows of a row's run not yet chosen: in the backbone, the run may continue
        chosen sentences (the backbone keeps its order); elsewhere all of it is new."""
        run = self.members[row]
        if self.chosen_set.isdisjoint(run):  # the common case: none of it chosen yet
            return run[:]
        if row in self.chosen_set:
            return None
        done = 0
        while done < len(run) and run[done] in self.chosen_set:
            done += 1
        if any(r in self.chosen_set for r in run[done:]):
            return None
        if done and row not in self.in_backbone and run[done - 1] not in self.addition_ends:
            return None  # it would not follow the sentence it leans on
        return run[done:]

    def _fresh(self, rows: list[int], budget: int) -> bool:
        """New to the brief, within budget, not repeating it (``_still_open``), its people
        introduced."""
        return (
            sum(self.lengths[r] for r in rows) <= budget
            and self._still_open(rows, budget) == rows
            and self._introduced(rows)
        )

    def _introduced(self, rows: list[int]) -> bool:
        """Whether the people the run of the last of ``rows`` names by surname alone are
        introduced before it: for the backbone, by its own earlier sentences, chosen or
        brought along with it (additions may be placed after it); for an addition, by any
        chosen sentence or by the introduction it comes with (it then goes to the end)."""
        row = rows[-1]
        needs = self._needs(row)
        if not needs:
            return True
        introduced = self.pool.people.introduced
        if row not in self.in_backbone:
            return needs <= self._introduced_before(row).union(*(introduced[r] for r in rows))
        # (``rows`` before ``row`` are backbone rows before it: the introducer it brings.)
        return all(
            surname in self.added_introductions
            or any(r < row for r in self.introducers.get(surname, ()))
            or any(surname in introduced[r] for r in rows[:-1])
            for surname in needs
        )

    def _introduced_before(self, row: int) -> set[str]:
        """The surnames the chosen rows introduce that an addition ending in ``row`` will
        follow in the brief. It goes to the end, where each report's rows keep their order:
        a sentence of its own report further on comes after it ("Smith's wife, Racquel
        Smith, ..." cannot introduce an earlier "the vehicle that hit Smith")."""
        if not any(self._in_same_report(r, row) and r > row for r in self.chosen):
            return self.introduced
        introduced = self.pool.people.introduced
        return set().union(
            *(introduced[r] for r in self.chosen if r < row or not self._in_same_report(r, row))
        )

    def _in_same_report(self, one: int, other: int) -> bool:
        return self._report(one) == self._report(other)

    def _with_introducer(self, run: list[int] | None) -> list[int] | None:
        """An addition whose first mention of a person is a bare surname, after the
        sentence of its report before it that introduces the person by full name (one that
        stands alone), as a pair; the run unchanged when it needs no introduction or
        there is none. (A backbone run: ``_with_backbone_introducer``.)"""
        if run and run[0] in self.in_backbone:
            return self._with_backbone_introducer(run)
        if not run or run[0] != self.members[run[-1]][0]:
            return run  # (a run that continues an addition follows it: nothing comes between)
        needs = self.pool.needs.get(run[-1])  # (read as ``alone`` reads them)
        if not needs or needs <= self.introduced:
            return run
        missing = needs - self.introduced
        report = self._report(run[0])
        for row in range(run[0] - 1, -1, -1):  # rows are in story order
            if self._report(row) != report:
                break
            if missing <= self.pool.people.introduced[row] and self._stands_alone(row):
                return [row, *run]
        return run

    def _with_backbone_introducer(self, run: list[int]) -> list[int]:
        """A backbone run whose first mention of a person is a bare surname, after the
        backbone's earlier sentence that introduces the person (one that stands alone and
        needs nobody introduced itself), when that is not chosen: the pair keeps the
        report's order. Without it the surname waited for its introduction to win a place
        on its own, and a low-scored introduction left the report's best quotation out
        ("Harbour pilot Ove Brandt steered ..." before "Brandt said ...")."""
        row = run[-1]
        needs = self.pool.needs.get(row)
        if not needs:
            return run
        missing = {
            surname
            for surname in needs
            if surname not in self.added_introductions
            and not any(r < row for r in self.introducers.get(surname, ()))
        }
        if not missing:
            return run
        introduced = self.pool.people.introduced
        for earlier in reversed(self.backbone[: self.backbone.index(run[0])]):
            if (
                missing <= introduced[earlier]
                and self._stands_alone(earlier)
                and not self.pool.needs.get(earlier)
            ):
                return [earlier, *run]
        return run

    def _stands_alone(self, row: int) -> bool:
        # (Whether it may enter last: the one test that reads the sentence.)
        return len(self.members[row]) == 1 and row not in self.chosen_set and self.pool.enters(row)

    def _second_lede(self, run: list[int]) -> bool:
        """Another report's opening that tells the event the brief opened on again. An
        introducer (``_with_introducer``) is judged as part of the run it introduces, not
        as a second lede: it comes only to name the person the run quotes ("CEO Jo Lee sent
        a letter ..." before '"...," Lee wrote.'), and barring it barred the run."""
        if run[0] not in self.members[run[-1]]:  # an introducer
            run = run[1:]
        first = self.story.candidates[self.pool.positions[run[0]]]
        if first.article_id == self.report:
            return False
        lede = self.backbone[0]
        if run[0] == self.members[run[-1]][0] and self._introduces_lede_again(run[0], lede):
            return True
        if run[0] not in self.openings and run[0] not in self.copied_openings:
            return False
        return max(float(self._cosines_to(r)[lede]) for r in run) >= self.knobs.lede_cosine

    def _introduces_lede_again(self, row: int, lede: int) -> bool:
        """Whether another report's line, where it starts an addition, opens on a person
        the brief's opening statement introduces, by the same name, as its subject
        (``wording.opens_on_same_name``): that report telling the story over, in words
        too unlike the opening's for the cosine of a second lede, or in a line past its
        opening ("America Ferrera got quite the shock on Friday when ..." after "... dove
        beneath the dress of actress America Ferrera", cosine 0.24, its report's eighth
        line). Readers marked such lines as the event told twice and the person introduced
        twice. Not a quotation, whose speaker is named in passing ('"...," said Eva Ortiz,
        the actress's mother.'); not a report of another event let in (``told_apart``),
        whose lines name the person for other news; and only where an addition starts (the
        caller's test), not where it goes on from its report's line before it."""
        introduced = self.pool.people.introduced
        again = introduced[row] & introduced[lede]
        if not again or self._report(row) in self.told_apart:
            return False
        text = self._text(row)
        return not mostly_quoted(text) and opens_on_same_name(text, again, self._text(lede))

    def _in_backbone_report(self, row: int) -> bool:
        return self._report(row) == self.report

    def _take(self, rows: list[int]) -> None:
        for row in rows:
            self.chosen.append(row)
            self.chosen_set.add(row)
            self.groups_taken.add(self.group[row])
            self.introduced |= self.pool.people.introduced[row]
            if row in self.in_backbone:
                for surname in self.pool.people.introduced[row]:
                    self.introducers.setdefault(surname, []).append(row)
            self.used += self.lengths[row]
            self.facts_taken |= self.facts[row]
            self.redundancy = np.maximum(self.redundancy, self._cosines_to(row))
        self.redundancy_list = self.redundancy.tolist()

    def _cosines_to(self, row: int) -> FloatArray:
        return self.cosines.to(row)

    def choice(self) -> Choice:
        """The chosen rows in reading order (``_reading_rows``), with their runs."""
        rows = self._brief_rows()
        positions = self.pool.positions
        return Choice(
            order=[positions[r] for r in rows],
            runs=[[positions[m] for m in self.members[r]] for r in rows],
        )

    def _brief_rows(self) -> list[int]:
        """The chosen rows in reading order: the order ``stray_ending`` read, or read now."""
        return self._reading_rows() if self.order is None else self.order
