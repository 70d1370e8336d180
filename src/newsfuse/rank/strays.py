"""Lines that stand apart from a brief: the tests a chosen brief is read with before it
stands, shared by the backbone builder (``rank.backbone``) and the runs the pipeline falls
back on when no report opens on a plain statement (``rank.select``), so that both leave out
the same lines ('"...," Cowles said.' with no Cowles before it ended a fallback brief that
had none of the backbone's tests).

A brief is read over rows (the positions of a pool) in reading order; ``own`` is the report
the brief opens on (the backbone's, or the lead's), whose lines follow its own order.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from newsfuse.rank.wording import (
    introduces_again,
    names_someone_unmet,
    one_name_given,
    prints,
    quotes_someone_unknown,
    stands_apart,
)
from newsfuse.text.names import People


@dataclass(frozen=True, slots=True)
class BriefLines:
    """What the tests read of a brief's rows: a row's ``text``, its ``wording``
    (``wording.words_of``, which a caller may keep), its ``report`` (an article id), the
    report the brief opens on (``own``), the rows that are their report's first line
    (``first_lines``: a headline or a lede) and the rows' ``people``."""

    text: Callable[[int], str]
    wording: Callable[[int], frozenset[str]]
    report: Callable[[int], str]
    own: str
    first_lines: Collection[int]
    people: People


def stray_line(lines: BriefLines, rows: list[int]) -> int | None:
    """The row the brief of ``rows`` (in reading order) ends on when it stands apart:
    another report's sentence than the one before it that shares no word (no name, no event
    word) with the rest of the brief ("Green Party candidate Angela Green had earned
    43,838." after a brief on two other candidates' count); or, from a report other than
    the one the brief opens on, one that is its report's first line (a headline, a caption,
    a lede telling the story over: "Navy SEALs during drown-proofing training."), that
    introduces again a person the brief has named, or that quotes somebody nobody has met
    ('"...," one user responded.'). Of the 14 endings of these three forms in the 260
    tuning briefs, our reading found 13 a non sequitur or the story told over, 1 borderline
    (docs/EVALUATION.md). From any report, a last line whose speaker or dead person is one
    name the brief never printed ('"...," Cowles said.', "Celestine was dead within a
    year."); else a line inside the brief that follows nothing (``_stray_addition``).
    None else."""
    if len(rows) < 2:
        return None
    last = rows[-1]
    if names_someone_unmet(lines.text(last), [lines.text(r) for r in rows[:-1]]):
        return last
    if lines.report(last) != lines.report(rows[-2]):
        if stands_apart(lines.wording(last), [lines.wording(r) for r in rows[:-1]]):
            return last
        if lines.report(last) != lines.own and (
            last in lines.first_lines
            or _reintroduces(lines, rows)
            or quotes_someone_unknown(lines.text(last))
        ):
            return last
    return _stray_addition(lines, rows)


def left_out_with(lines: BriefLines, stray: int, among: Iterable[int]) -> set[int]:
    """The rows the brief is chosen again without: ``stray``, and when it gives a speaker or
    a dead person by one name ('"...," Cowles said.'), every row of ``among`` that gives
    the same one name so, unless a row of them prints the name otherwise (and could
    introduce the person). Chosen again without the stray alone, a brief ended on another
    line of the same stranger ('"...," Cowles said in a telephone interview.'), longer, in
    the place of a line of the story."""
    name = one_name_given(lines.text(stray))
    if name is None:
        return {stray}
    naming = [row for row in among if prints(lines.text(row), name)]
    if any(one_name_given(lines.text(row)) != name for row in naming):
        return {stray}
    return {stray, *naming}


def _stray_addition(lines: BriefLines, rows: list[int]) -> int | None:
    """The first addition inside the brief (not its last line) that starts where its
    report's sentences are not before it and stands apart from every other sentence of
    the brief: the last line's form, placed among the additions at the end
    ("Subscriptions are $350 per year." before another report's lines). (A quotation of
    "one official" inside a brief is news as usual.)"""
    for at in range(1, len(rows) - 1):
        row = rows[at]
        report = lines.report(row)
        if report == lines.own or report == lines.report(rows[at - 1]):
            continue
        others = [lines.wording(r) for r in rows if r != row]
        if stands_apart(lines.wording(row), others):
            return row
    return None


def _reintroduces(lines: BriefLines, rows: list[int]) -> bool:
    """Whether the last of ``rows`` introduces again a person the brief before it has
    named (``wording.introduces_again``): another report's opening tacked on."""
    people = lines.people
    named = set().union(*(people.introduced[r] | people.bare[r] for r in rows[:-1]))
    again = people.introduced[rows[-1]] & named
    if not again:
        return False
    return introduces_again(lines.text(rows[-1]), again)
