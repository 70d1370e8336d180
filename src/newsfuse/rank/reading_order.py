"""Where a backbone brief's additions go in its reading order (``ReadingOrder``, a mixin of
``rank.backbone._Builder``).

The backbone's lines keep their order; each addition goes right after the backbone line it
is most like (after the lines that lean on that one), or where the backbone's report prints
it, or, for another report's line that sets up the brief's event or tells how it happened,
right after the opening; the rest go to the end, report by report, with a report that
introduces a person before the report that uses the surname alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

import numpy as np

from newsfuse.rank.runs import Memo, Shortlist
from newsfuse.rank.story import FloatArray, PreparedStory
from newsfuse.rank.wording import names_in
from newsfuse.text.cohesion import counts_time_from_before

# An account of how the event happened that goes after the brief's opening in any brief
# (``ReadingOrder._tells_how``) comes from among its report's first ``HOW_RANK`` lines (its
# second to fourth): further on, a report has gone on to other things.
HOW_RANK = 4
# An account of the event by those who saw or examined it: police, witnesses, investigators,
# authorities ("According to a police report, witnesses saw Magwood land in the pit
# head-first ...", dev 0025, told after the surgery and the fund-raiser).
WITNESS_WORDS = 8
_WITNESSED = re.compile(r"\b(?:[Pp]olice|[Ww]itness(?:es)?|[Ii]nvestigators|[Aa]uthorities)\b")


def _told_by_witnesses(text: str) -> bool:
    """Whether a sentence opens on an account by police, witnesses, investigators or
    authorities (``_WITNESSED`` among its first ``WITNESS_WORDS`` words: "According to a
    police report, witnesses saw ...", "The New York Police Department says officers went
    ..."), not one that names them further on ("... was not yet known to investigators")."""
    return _WITNESSED.search(" ".join(text.split()[:WITNESS_WORDS])) is not None


class _PlaceKnobs(Protocol):
    """The knob the reading order reads (``rank.backbone.BackboneSettings``'s)."""

    @property
    def place_cosine(self) -> float: ...


class ReadingOrder:
    """The reading order of a backbone brief in the making: a mixin of
    ``rank.backbone._Builder``, whose state it reads and never writes.

    (A mixin rather than a helper object taking the builder: the methods read some twenty
    of the builder's attributes and ask it for a row's text, report, needs and cosines, and
    the builder's other rules ask them in turn (``_where_printed``, ``_follows_own_report``
    for a time out of place, ``_reading_rows`` for a stray ending); as a mixin they move
    unchanged and keep reading ``self``. What they read is declared here, so that mypy
    checks it and the module need not import ``rank.backbone``.)
    """

    story: PreparedStory
    pool: Shortlist
    knobs: _PlaceKnobs
    report: str
    reports: dict[str, list[int]]
    row_of: dict[int, int]
    backbone: list[int]
    chosen: list[int]
    chosen_set: set[int]
    additions: list[list[int]]
    refilled: bool
    openings: set[int]
    first_lines: set[int]
    group: list[int]
    members: list[list[int]]
    passage_positions: frozenset[int]
    _wording: Memo[frozenset[str]]
    _mostly_quoted: Memo[bool]
    _text: Callable[[int], str]
    _report: Callable[[int], str]
    _needs: Callable[[int], frozenset[str] | None]
    _cosines_to: Callable[[int], FloatArray]

    def _reading_rows(self) -> list[int]:
        """The chosen rows in reading order: the backbone's in its order, each addition
        after the backbone sentence it is most like (after the sentences that lean on
        that one), the rest at the end, report by report."""
        spine = [r for r in self.backbone if r in self.chosen_set]
        placed: list[tuple[int, list[int]]] = []  # (the spine index it follows, run)
        # (The last position of each run placed after the opening, and where: the run that
        # goes on from it in its report follows it there, not to the end.)
        early: dict[int, int] = {}
        positions = self.pool.positions
        for run in self.additions:
            anchor = self._where_printed(spine, run[0])
            if anchor is None:
                anchor = self._anchor(spine, run)
            if anchor is None:
                anchor = self._after_opening(spine, run)
                if anchor is None and self._follows_in_report(run[0]):
                    anchor = early.get(positions[run[0]] - 1)
                if anchor is not None:
                    early[positions[run[-1]]] = anchor
            placed.append((len(spine) if anchor is None else spine.index(anchor), run))
        after: dict[int, list[int]] = {}
        tail: list[int] = []
        for at, run in self._introducers_first(spine, placed):
            if at == len(spine):
                tail.extend(run)
            else:
                after.setdefault(spine[at], []).extend(run)
        rows = [r for spot in spine for r in (spot, *self._in_order(after.get(spot, [])))]
        return rows + self._introducing_reports_first(rows, self._in_order(tail))

    def _after_opening(self, spine: list[int], run: list[int]) -> int | None:
        """Where a refill's addition goes that no backbone line is like enough to follow
        (``_anchor``), when it opens on another report's second line (among its
        ``LEDE_RANK`` first, not its first) that tells the brief's event (it shares a name
        with the brief's opening statement, ``wording.names_in``: a shared common word let
        "A company sells a product like a battery-operated razor blade handle ..." in before
        the share price at 120 words, dev 0061) and is no line of quotation
        (``text.quotations.mostly_quoted``; a few words quoted may stand): after the
        backbone's opening block (its first line and those leaning on it, ``_block_end``),
        where its report tells it, not at the end. A report's second line sets the event
        up; brought in for a line the brief let go (``_build``), it ended briefs told as the
        story starting over ("In the
        request, written after he was brought to Israel in 1960, ... Eichmann says ..."
        after Eichmann's own words on the judges, dev 0023; "Elijah, 3, was at the ... Center
        ... when a supervising adult allegedly gave him a grilled cheese sandwich" after
        his family's fund-raising page, dev 0122). None else: a report's first line there is
        a second lede told right after the first, a quotation a reaction before the facts
        (both read worse early on dev 0009, 0051, 0057, anchor 8180, 36781), and a line that
        introduces a person the brief names (``_introduces_a_named``) a second
        introduction. In any brief, not only a refill, an account of how the event happened
        by those who saw it goes there too (``_tells_how``); and ``_reading_rows`` sends the
        addition that goes on from a line placed here after it, in its report's order."""
        first = run[0]
        if (
            not spine
            or self._mostly_quoted(first)
            or names_in([self._text(first)]).isdisjoint(names_in([self._text(spine[0])]))
            or self._introduces_a_named(first)
        ):
            return None
        second_line = self.refilled and first in self.openings and first not in self.first_lines
        at = self._block_end(spine, 0)
        if not second_line and not self._tells_how(spine, at, run):
            return None
        needs = self._needs(run[-1])
        if needs and not self._placed_among_its_people(spine, at, run, needs):
            return None
        return spine[at]

    def _tells_how(self, spine: list[int], at: int, run: list[int]) -> bool:
        """Whether a run tells how the brief's event happened as those who saw or examined
        it tell it (``_WITNESSED``), from its report's second to fourth line (``HOW_RANK``),
        before any chosen line of that report, quoting nobody, where it may go right after
        the opening block ending at ``spine[at]``: in any brief, not only a refill. Left at
        the end, the account came after the consequences and the reactions ("According to a
        police report, witnesses saw Magwood land in the pit head-first ..." after his
        surgery and his friends' fund-raiser, dev 0025). Not before a backbone line that
        counts its time from the opening ("Just days later, ...") or goes on quoting
        ("Fischetti continued, ..."): placed there, an addition broke the line from what it
        follows (dev 0104, 0111 when tried). Tried without the witnesses, an addition there
        told the news a second time (a document's "official acknowledgement" of Area 51,
        dev 0138), or the background before the ruling (the patent before the Supreme
        Court's holding, dev 0188)."""
        first = run[0]
        position = self.pool.positions[first]
        report = self._report(first)
        rank = self.reports[report].index(position)
        if not 1 <= rank < HOW_RANK or not _told_by_witnesses(self._text(first)):
            return False
        if any(self._mostly_quoted(r) for r in run):
            return False
        # (Only where the backbone tells no such account itself: there another's retells
        # it, placed first, before the backbone's own ("Cops went to downtown Manhattan to do
        # a welfare check ..." before "The New York Police Department says officers went to
        # Kroll's Manhattan apartment ...", dev 0073 at 400 words).)
        if any(_told_by_witnesses(self._text(s)) for s in spine):
            return False
        positions = self.pool.positions
        if any(self._report(r) == report and positions[r] < position for r in self.chosen):
            return False
        if at + 1 < len(spine):
            after = spine[at + 1]
            if counts_time_from_before(self._text(after)) or self._mostly_quoted(after):
                return False
        return True

    def _introduces_a_named(self, row: int) -> bool:
        """Whether ``row`` introduces a person another chosen row names too: placed early,
        it introduces them again, or the brief's own introduction comes after it ("WANE
        reports that Amber Pasztor was charged ..." before "... Amber Pasztor admitted
        ...", dev 0052); at the end it is a stray (``strays.stray_line``)."""
        people = self.pool.people
        introduced = people.introduced[row]
        return bool(introduced) and any(
            introduced & (people.introduced[r] | people.bare[r]) for r in self.chosen if r != row
        )

    def _introducing_reports_first(self, before: list[int], tail: list[int]) -> list[int]:
        """The brief's last lines (``tail``, report by report, after the rows ``before``)
        with the lines of a report that introduces a person moved before the first line of
        another report that uses the person's surname alone: the additions that need a
        person go to the end, and a report chosen first went first there, before the
        report whose line introduced the person ('"...," Lewandowski said.' then "Corey
        Lewandowski, the campaign manager, ..."). At most one move for each report."""
        introduced = self.pool.people.introduced
        tail = list(tail)
        moved: set[str] = set()
        at = 0
        while at < len(tail):
            known = set().union(*(introduced[r] for r in before + tail[:at]))
            missing = (self._needs(tail[at]) or frozenset()) - known
            here = self._report(tail[at])
            introducer = next(
                (
                    r
                    for r in tail[at + 1 :]
                    if missing & introduced[r] and self._report(r) not in moved | {here}
                ),
                None,
            )
            if introducer is None:
                at += 1
                continue
            report = self._report(introducer)
            moved.add(report)
            lines = [r for r in tail if self._report(r) == report]
            rest = [r for r in tail[at:] if self._report(r) != report]
            start = next(i for i, r in enumerate(tail) if self._report(r) == here)
            start = min(start, at)
            tail = (
                [r for r in tail[:start] if r not in lines]
                + lines
                + [r for r in tail[start:at] if r not in lines]
                + rest
            )
            at = start
        return tail

    def _introducers_first(
        self, spine: list[int], placed: list[tuple[int, list[int]]]
    ) -> list[tuple[int, list[int]]]:
        """``placed`` with each addition that introduces a person a backbone sentence
        names by surname alone moved, when it would come later, to just before that
        sentence: the backbone dropped its own introduction as a repeat of the addition's
        ("Charisse Stinson, 21, faces ..." in, "21-year-old Charisse Stinson told police"
        out), and its later sentences lean on the addition's."""
        introduced = self.pool.people.introduced
        placed = list(placed)
        for index, row in enumerate(spine[1:], start=1):
            needs = self._needs(row)
            if not needs:
                continue
            known = set().union(*(introduced[r] for r in spine[:index]))
            known.update(*(introduced[r] for at, run in placed if at < index for r in run))
            for surname in needs - known:
                for number, (at, run) in enumerate(placed):
                    if at >= index and any(surname in introduced[r] for r in run):
                        placed[number] = (index - 1, run)
                        known.update(*(introduced[r] for r in run))
                        break
        return placed

    def _in_order(self, rows: list[int]) -> list[int]:
        """Rows grouped by report (reports in the order they were first chosen), each
        report's in its own order: runs keep their order, as they come from one report."""
        candidates = self.story.candidates
        positions = self.pool.positions
        first: dict[str, int] = {}
        for number, row in enumerate(rows):
            first.setdefault(candidates[positions[row]].article_id, number)
        return sorted(
            rows,
            key=lambda r: (first[candidates[positions[r]].article_id], positions[r]),
        )

    def _where_printed(self, spine: list[int], row: int) -> int | None:
        """The backbone sentence after which the backbone's report prints a copy of
        ``row`` (the chosen one of its backbone sentences that comes last before the
        copy), or None when its report prints none there. Another report's printing of a
        backbone line goes where the backbone tells it: placed by likeness it went after
        the sentence it resembled most, the firing, though it told the reply a day before
        ("A day later, she replied ..." after "She was fired on Friday")."""
        positions = self.pool.positions
        candidates = self.story.candidates
        if self._follows_own_report(row):
            return None  # it goes on from its own report's sentence
        # (Only a printing within the backbone's passage: further on, the report has gone
        # on to other things, and "where it prints it" is no longer near what it follows.)
        passage = self.passage_positions
        printed = [
            p
            for p in self.story.groups[self.group[row]]
            if p != positions[row] and candidates[p].article_id == self.report and p in passage
        ]
        if not printed:
            return None
        before = [s for s in spine if positions[s] < printed[0]]
        return before[-1] if before else None

    def _follows_in_report(self, row: int) -> bool:
        """Whether the candidate before ``row`` is its report's (``row`` is not its first)."""
        position = self.pool.positions[row]
        candidates = self.story.candidates
        return (
            position > 0 and candidates[position - 1].article_id == candidates[position].article_id
        )

    def _follows_own_report(self, row: int) -> bool:
        """Whether the sentence before ``row`` in its report is chosen."""
        position = self.pool.positions[row]
        candidates = self.story.candidates
        if position == 0 or candidates[position - 1].article_id != candidates[position].article_id:
            return False
        return any(self.pool.positions[r] == position - 1 for r in self.chosen)

    def _anchor(self, spine: list[int], run: list[int]) -> int | None:
        """The backbone sentence after which a run goes: the end of the block (a sentence
        and those leaning on it) of the sentence most like the run; None when no
        sentence is like it enough, or the run needs a person it cannot be placed among
        (``_placed_among_its_people``)."""
        if len(run) == 1:  # the mean of one cosine is that cosine
            likeness: list[float] = self._cosines_to(run[0])[spine].tolist()
        else:
            likeness = [float(np.mean([self._cosines_to(r)[s] for r in run])) for s in spine]
        best = int(np.argmax(likeness))
        if likeness[best] < self.knobs.place_cosine:
            return None
        announced = self._announced(spine, run, likeness[best])
        if announced is not None:
            best = announced
        best = self._block_end(spine, best)
        needs = self._needs(run[-1])
        if needs and not self._placed_among_its_people(
            spine, best, run, needs, announces=announced is not None
        ):
            return None
        return spine[best]

    def _block_end(self, spine: list[int], at: int) -> int:
        """The index of the last line of the block ``spine[at]`` opens: that line and the
        backbone lines after it that lean on the line before them (runs of more than one
        sentence). An addition goes after the block, never inside it (``_anchor``,
        ``_after_opening``)."""
        while at + 1 < len(spine) and len(self.members[spine[at + 1]]) > 1:
            at += 1
        return at

    def _announced(self, spine: list[int], run: list[int], likeness: float) -> int | None:
        """Where in the spine a run goes that its report's next sentence goes on from, when
        that sentence is left out and is more like a backbone line than the run is like any:
        right before that line (the index of the line before it), in its report's order.
        "Knowles had a system, investigators said." announces the method its report tells
        next; the backbone tells the method in other words, and the line goes before it,
        not after a later line that shares its word "investigators". None else (and when
        the line it would go before leans on the line before it)."""
        last = self.pool.positions[run[-1]]
        candidates = self.story.candidates
        following = self.row_of.get(last + 1)
        if (
            following is None
            or following in self.chosen_set
            or candidates[last + 1].article_id != candidates[last].article_id
            or run[-1] not in self.members[following]
        ):
            return None
        told: list[float] = self._cosines_to(following)[spine].tolist()
        at = int(np.argmax(told))
        if at == 0 or told[at] <= likeness or len(self.members[spine[at]]) > 1:
            return None
        return at - 1

    def _placed_among_its_people(
        self,
        spine: list[int],
        at: int,
        run: list[int],
        needs: frozenset[str],
        *,
        announces: bool = False,
    ) -> bool:
        """Whether a run that uses the surnames ``needs`` alone may go after the backbone
        line ``spine[at]``: the backbone introduces them there or before, the line after it
        does not introduce one of them again (the surname would come before the name), and
        the run shares a word with the line it follows. Sent to the end, such a run stood
        apart there, a jump back to what the brief told lines before ('"... we decided to
        go ahead and hand them out," the Rockies said.' after a player's batting average, in
        a brief that told the team's decision second); placed after a line it shares no word
        with, it broke a report's narration ('"Why would you think I wouldn't want to press
        charges ...?" Jones said.' between the train's stop and the attack)."""
        introduced = self.pool.people.introduced
        if not needs <= set().union(*(introduced[r] for r in spine[: at + 1])):
            return False
        if at + 1 < len(spine) and needs & introduced[spine[at + 1]]:
            return False
        # A run that announces the line after it (``_announced``) goes on to that line.
        neighbour = spine[at + 1] if announces else spine[at]
        return not all(self._wording(r).isdisjoint(self._wording(neighbour)) for r in run)
