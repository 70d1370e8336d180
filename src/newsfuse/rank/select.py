"""Choose sentences for a brief and put them in an order a reader can follow.

A sentence that cannot stand alone ("He said ...", a quotation whose speaker the sentence
before names) enters only together with the sentences it leans on, as one run that stays
together in the brief (``rank.runs``). The first pick is a lead: a report's opening
statement, which says what happened. A person is introduced by full name before a bare
surname is used.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsfuse.documents import Sentence
from newsfuse.rank.runs import LEAD_RANK, BoolArray, Pool, Readings, can_open, shortlist
from newsfuse.rank.story import FloatArray, PreparedStory
from newsfuse.rank.strays import BriefLines, left_out_with, stray_line
from newsfuse.rank.wording import words_of
from newsfuse.text.cohesion import Cohesion, cohesion
from newsfuse.text.vectors import cosine_matrix, cosines_to


def select_runs(
    story: PreparedStory,
    scores: FloatArray,
    words: int,
    mmr_lambda: float,
    redundancy_cosine: float,
    read: Readings | None = None,
) -> list[list[int]]:
    """Maximal marginal relevance over runs of sentences, packed to ``words``.

    Returns runs of positions (into ``story.candidates``) in the order they were chosen;
    a run's positions are in reading order and must stay together. A run is valued by the
    mean relevance of its new sentences (weighted by their length) and its most redundant
    one; a candidate is passed over, never cut, when it does not fit the remaining budget;
    one copy of a syndicated sentence at most is taken. ``read`` is the story's
    ``rank.runs.readings``, if the caller has some.
    """
    pool = shortlist(story, scores, read=read)
    picker = _pick(_Picker(story, pool, scores, mmr_lambda, redundancy_cosine), words)
    # A brief that ends on a line standing apart from it, or holds one, is chosen again
    # without it, as a backbone brief is (``rank.strays``).
    strays: set[int] = set()
    for _ in range(STRAY_ENDINGS):
        stray = picker.stray()
        if stray is None:
            break
        strays |= left_out_with(picker.lines(), stray, range(len(pool.positions)))
        picker = _pick(_Picker(story, pool, scores, mmr_lambda, redundancy_cosine, strays), words)
    return [[picker.pool.positions[row] for row in run] for run in picker.runs]


def _pick(picker: _Picker, words: int) -> _Picker:
    """The picker with its brief of ``words`` words at most chosen: a lead first, then
    the option of highest marginal relevance until nothing fits."""
    pick = picker.best(words, picker.pool.leads) or picker.best(words)
    while pick:
        for option in pick:
            picker.take(option)
        pick = picker.best(words - picker.used)
    return picker


# How many times a brief that ends on a line standing apart, or holds one, is chosen again
# without it (as ``rank.backbone.STRAY_ENDINGS``).
STRAY_ENDINGS = 4
# Up to this many rows, the pool's cosines are computed at once (200 x 200 floats at most).
POOL_MATRIX_ROWS = 200


@dataclass(frozen=True, slots=True)
class _Option:
    members: list[int]  # rows new to the brief, in reading order
    anchor: int  # the chosen row they follow, or -1 to start a new run


class _Picker:
    """The state of one selection over the rows of a pool: what is chosen, in which runs,
    how redundant the rest is."""

    def __init__(
        self,
        story: PreparedStory,
        pool: Pool,
        scores: FloatArray,
        mmr_lambda: float,
        redundancy: float,
        strays: Set[int] = frozenset(),
    ) -> None:
        self.story = story
        self.pool = pool
        rows = self.pool.positions
        self.sentences = [story.candidates[p] for p in rows]
        # Selection reads similarities only through _cosines_to: from the rows' matrix, or
        # from their TF-IDF vectors one row at a time.
        self.cosines = pool_cosines(story, rows)
        self.mmr_lambda = mmr_lambda
        self.redundancy_cosine = redundancy
        self.relevance = unit_range(scores)[rows]
        self.lengths = np.array([story.words[p] for p in rows], dtype=np.int64)
        group_of = [0] * len(story.candidates)
        for number, group in enumerate(story.groups):
            for position in group:
                group_of[position] = number
        self.group_of = np.array([group_of[p] for p in rows], dtype=np.int64)
        self.chains, self.usable = self.pool.chains, self.pool.usable
        self.members = [[int(p) for p in chain if p >= 0] for chain in self.chains.tolist()]
        if strays:  # rows left out as standing apart from an earlier choice, and their runs
            self.usable = self.usable & np.array([strays.isdisjoint(m) for m in self.members])
        usable_rows = np.flatnonzero(self.usable).tolist()
        # Rows that stand alone are valued all at once; the few runs one by one.
        self.singles = [r for r in usable_rows if len(self.members[r]) == 1]
        self.chained = [r for r in usable_rows if len(self.members[r]) > 1]
        texts: dict[str, int] = {}
        self.text_id = np.array(
            [texts.setdefault(s.text, len(texts)) for s in self.sentences], dtype=np.int64
        )
        self.taken_by = np.full(len(story.groups), -1, dtype=np.int64)  # group -> row
        self.taken_row_of_group: dict[int, int] = {}  # the same, for plain Python
        self.group_list: list[int] = self.group_of.tolist()
        self.length_list: list[int] = self.lengths.tolist()
        self.relevance_list: list[float] = self.relevance.tolist()
        self.tail = np.zeros(len(rows), dtype=bool)  # the last row of its run
        self.run_of: dict[int, int] = {}
        self.redundancy = np.zeros(len(rows))
        self.redundancy_list: list[float] = self.redundancy.tolist()
        self.runs: list[list[int]] = []
        self.used = 0
        self.people_by_surname: dict[str, list[int]] = {}
        for row, surnames in enumerate(self.pool.people.introduced):
            for surname in surnames:
                self.people_by_surname.setdefault(surname, []).append(row)
        self.introducers: dict[str, list[int]] = {}
        self.block_of: dict[str, int] = {}  # article -> its first run, which orders blocks
        self.needs = self.pool.needs
        self.brief_lines: BriefLines | None = None  # read once a brief is chosen

    def best(self, budget: int, among: BoolArray | None = None) -> list[_Option]:
        """The options (one, or an introduction and one) of highest marginal relevance that
        fit ``budget``; none when nothing fits."""
        # Plain Python over lists: numpy costs more than it saves on a pool of some thirty
        # rows, and each brief asks about ten times.
        value = self._single_values(budget, among)
        options: dict[int, _Option] = {}
        for row in self.chained if among is None else ():
            found = self._run_value(row, budget)
            if found is not None:
                value[row], options[row] = found
        return self._best_pick(value, options, budget, compounds=among is None)

    def _single_values(self, budget: int, among: BoolArray | None) -> dict[int, float]:
        """The marginal relevance of each row that stands alone and may be taken now."""
        taken, groups = self.taken_row_of_group, self.group_list
        lengths, relevances, redundancies = (
            self.length_list,
            self.relevance_list,
            self.redundancy_list,
        )
        weight = self.mmr_lambda
        rows = self.singles if among is None else [r for r in self.singles if among[r]]
        return {
            row: weight * relevances[row] - (1.0 - weight) * redundancies[row]
            for row in rows
            if groups[row] not in taken
            and lengths[row] <= budget
            and redundancies[row] < self.redundancy_cosine
        }

    def _run_value(self, row: int, budget: int) -> tuple[float, _Option] | None:
        """The marginal relevance of a row's run (see ``_run_option``) with the option, or
        None when it cannot be taken now."""
        option = self._run_option(row)
        if option is None:
            return None
        new = option.members
        lengths, redundancies = self.length_list, self.redundancy_list
        cost = sum(lengths[r] for r in new)
        redundancy = max(redundancies[r] for r in new)
        if cost > budget or redundancy >= self.redundancy_cosine:
            return None
        relevance = sum(self.relevance_list[r] * lengths[r] for r in new) / cost
        weight = self.mmr_lambda
        return weight * relevance - (1.0 - weight) * redundancy, option

    def _run_option(self, row: int) -> _Option | None:
        """The sentences of a row's run not yet in the brief, after the chosen sentence
        they continue (which must end its run and print the very same words as the run's
        own sentence); None when the row is in or cannot continue."""
        members = self.members[row]
        taken, groups = self.taken_row_of_group, self.group_list
        last = -1
        for number, member in enumerate(members):
            if groups[member] in taken:
                last = number
        if last == len(members) - 1:
            return None
        if last < 0:
            return _Option(members, -1)
        anchor = taken[groups[members[last]]]
        if not self.tail[anchor] or self.text_id[anchor] != self.text_id[members[last]]:
            return None
        return _Option(members[last + 1 :], anchor)

    def _best_pick(
        self, value: dict[int, float], options: dict[int, _Option], budget: int, compounds: bool
    ) -> list[_Option]:
        """The allowed row of highest value (ties: the earliest) whose people are all
        introduced before it. A row that names a person nobody chosen has introduced may
        come with a sentence that introduces them, valued together with it."""
        best: tuple[float, list[_Option]] | None = None
        for row in sorted(value, key=lambda r: (-value[r], r)):
            if best is not None and best[0] >= value[row]:
                break
            option = options.get(row) or _Option([row], -1)
            missing = self._missing(self.needs.get(row, frozenset()), option.members[0])
            if not missing:
                return [option]
            cost = sum(self.length_list[r] for r in option.members)
            found = self._with_introducer(option, missing, cost, budget)
            if compounds and found is not None and (best is None or found[0] > best[0]):
                best = found
        return best[1] if best is not None else []

    def _missing(self, surnames: frozenset[str], first: int) -> list[str]:
        """The surnames without a chosen introducer that the brief will print before
        position ``first``: earlier in the same report, or in a report printed before."""
        here = self.sentences[first]
        return [
            surname
            for surname in surnames
            if not any(self._printed_before(q, here) for q in self.introducers.get(surname, []))
        ]

    def _with_introducer(
        self, option: _Option, missing: list[str], cost: int, budget: int
    ) -> tuple[float, list[_Option]] | None:
        """The option preceded by the best standalone sentence that introduces its one
        missing person, with their joint value; None when there is none."""
        if len(missing) != 1:
            return None
        here = self.sentences[option.members[0]]
        groups = {int(self.group_of[p]) for p in option.members}
        best: tuple[float, list[_Option]] | None = None
        for q in self.people_by_surname.get(missing[0], ()):
            if self.redundancy[q] >= self.redundancy_cosine or not self._may_introduce(
                q, here, groups, budget - cost
            ):
                continue
            members = [q, *option.members]
            cosines = self._cosines_to(q)[option.members]
            redundancy = max(float(self.redundancy[members].max()), float(cosines.max()))
            if redundancy >= self.redundancy_cosine:
                continue
            weights = self.lengths[members]
            relevance = float((self.relevance[members] * weights).sum() / weights.sum())
            value = self.mmr_lambda * relevance - (1.0 - self.mmr_lambda) * redundancy
            if best is None or value > best[0]:
                best = (value, [_Option([q], -1), option])
        return best

    def _may_introduce(self, q: int, here: Sentence, groups: set[int], budget: int) -> bool:
        there = self.sentences[q]
        if there.article_id == here.article_id:
            in_order = there.index < here.index
        else:
            block, theirs = self.block_of.get(here.article_id), self.block_of.get(there.article_id)
            in_order = block is None or (theirs is not None and theirs < block)
        return bool(
            in_order
            and self.usable[q]
            and len(self.members[q]) == 1
            and self.taken_by[self.group_of[q]] < 0
            and int(self.group_of[q]) not in groups
            and self.lengths[q] <= budget
            and not self._missing(self.needs.get(q, frozenset()), q)
        )

    def _printed_before(self, position: int, here: Sentence) -> bool:
        there = self.sentences[position]
        if there.article_id == here.article_id:
            return there.index < here.index
        block = self.block_of.get(here.article_id)
        return block is None or self.block_of[there.article_id] < block

    def _cosines_to(self, row: int) -> FloatArray:
        """TF-IDF cosine of every row to one row."""
        return self.cosines.to(row)

    def stray(self) -> int | None:
        """The row of the chosen brief, read in its order, that ends it standing apart or
        stands apart inside it (``strays.stray_line``); None when there is none."""
        positions = self.pool.positions
        row_of = {p: row for row, p in enumerate(positions)}
        runs = [[positions[row] for row in run] for run in self.runs]
        rows = [row_of[p] for p in reading_order(self.story, runs)]
        if len(rows) < 2:
            return None
        return stray_line(self.lines(), rows)

    def lines(self) -> BriefLines:
        """What the stray tests read of the rows (``strays.BriefLines``): the brief opens
        on the report of the first chosen run (``reading_order``)."""
        if self.brief_lines is not None:
            return self.brief_lines
        positions = self.pool.positions
        firsts = {report[0] for report in self.story.report_positions().values()}
        wordings: dict[int, frozenset[str]] = {}

        def wording(row: int) -> frozenset[str]:
            if row not in wordings:
                wordings[row] = words_of(self.sentences[row].text)
            return wordings[row]

        self.brief_lines = BriefLines(
            text=lambda row: self.sentences[row].text,
            wording=wording,
            report=lambda row: self.sentences[row].article_id,
            own=self.sentences[self.runs[0][0]].article_id,
            first_lines={row for row, p in enumerate(positions) if p in firsts},
            people=self.pool.people,
        )
        return self.brief_lines

    def take(self, option: _Option) -> None:
        if option.anchor >= 0:
            run = self.run_of[option.anchor]
            self.tail[option.anchor] = False
            self.runs[run].extend(option.members)
        else:
            run = len(self.runs)
            self.runs.append(list(option.members))
        self.block_of.setdefault(self.sentences[option.members[0]].article_id, run)
        for position in option.members:
            self.taken_by[self.group_of[position]] = position
            self.taken_row_of_group[self.group_list[position]] = position
            self.run_of[position] = run
            for surname in self.pool.people.introduced[position]:
                self.introducers.setdefault(surname, []).append(position)
            self.used += int(self.lengths[position])
            self.redundancy = np.maximum(self.redundancy, self._cosines_to(position))
        self.redundancy_list = self.redundancy.tolist()
        self.tail[option.members[-1]] = True


@dataclass(frozen=True, slots=True)
class PoolCosines:
    """The cosines among a pool's rows, as selection and the backbone read them: the rows'
    cosine matrix, or for a pool too large for one (``matrix`` None) their TF-IDF
    ``vectors``, read one row at a time."""

    matrix: FloatArray | None
    vectors: sparse.csr_matrix | None

    def to(self, row: int) -> FloatArray:
        """TF-IDF cosine of every row to one row."""
        if self.matrix is not None:
            return np.asarray(self.matrix[row])
        assert self.vectors is not None  # pool_cosines gives one or the other
        return cosines_to(self.vectors, row)


def pool_cosines(story: PreparedStory, rows: list[int]) -> PoolCosines:
    """The rows' cosine matrix (from the story's own, when it has one), or for a pool too
    large for one, the rows' TF-IDF vectors."""
    if story.cosines is not None:
        return PoolCosines(story.cosines[np.ix_(rows, rows)], None)
    vectors = story.vectors[rows]
    if len(rows) <= POOL_MATRIX_ROWS:  # one small product beats a product per pick
        return PoolCosines(cosine_matrix(vectors), None)
    return PoolCosines(None, vectors)


def unit_range(values: FloatArray) -> FloatArray:
    """The values scaled to 0..1 (all ones when they are all equal)."""
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-12:
        return np.ones_like(values)
    return (values - low) / (high - low)


def reading_order(story: PreparedStory, runs: list[list[int]]) -> list[int]:
    """Order chosen runs as a reader expects: the lead's report first, in its own order,
    then each other report's runs in their order, reports taken in the order their most
    important run was chosen. The lead (the first run chosen) opens the brief unless an
    earlier sentence of its report can open it as well."""
    if not runs:
        return []
    article_of = [story.candidates[run[0]].article_id for run in runs]
    first_chosen: dict[str, int] = {}
    for number, article in enumerate(article_of):
        first_chosen.setdefault(article, number)
    order = sorted(
        range(len(runs)),
        key=lambda n: (first_chosen[article_of[n]], story.candidates[runs[n][0]].index),
    )
    if order[0] != 0 and not can_open(story, runs[order[0]][0]):
        order.remove(0)
        order.insert(0, 0)
    return [position for number in order for position in runs[number]]


def _stands_in_writers_words(read: Cohesion) -> bool:
    """Whether a sentence may start the writer's own opening: it does not lean back, or
    leans only on a demonstrative inside it, which on the writer's own page points at the
    page ("our team edited together this montage ...")."""
    return not read.leans or read.inside


def writers_opening(story: PreparedStory, words: int) -> list[int]:
    """The opening of the report with the most words, in its order, up to ``words`` words:
    what a brief falls back on when no sentence may enter on its own (every one is in its
    writer's voice, a question or a first-person account), from the first of its first
    ``LEAD_RANK`` sentences that does not lean on one before it. Empty when none of them
    stands alone ("He left ..."): such a brief would not make sense.

    Hand-written, as the fallback a reader would expect: the report's own words, whole
    sentences, its first sentence a plain start.
    """
    by_report = story.report_positions()
    if not by_report:
        return []
    longest = max(by_report.values(), key=lambda ps: sum(story.words[p] for p in ps))
    start = next(
        (
            k
            for k, p in enumerate(longest[:LEAD_RANK])
            if _stands_in_writers_words(cohesion(story.candidates[p].text))
        ),
        None,
    )
    if start is None:
        return []
    chosen: list[int] = []
    used = 0
    for position in longest[start:]:
        length = story.words[position]
        if used + length > words:
            break
        chosen.append(position)
        used += length
    return chosen
