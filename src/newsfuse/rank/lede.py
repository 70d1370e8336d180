"""Which report openings tell the story's event: a lede carries the terms most reports
carry (the names and event words of the story), a teaser or a scene does not.

Every report of a story tells its event somewhere, in its own words but with the same names
and key words ("Comey", "memo", "Flynn"); a teaser ("Troy Tulowitzki has a tough name to
spell"), a scene ("The cabin of a plane.") or an analysis line ("For Republicans, the
president may finally have gone too far") holds next to none of them. An opening is thin
when it holds fewer than ``THIN_SHARE`` of the key terms that the best-covering opening of
the story holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from newsfuse.rank.runs import Readings
from newsfuse.rank.story import PreparedStory
from newsfuse.text.lede import (
    frames_the_news,
    is_a_caption,
    sets_a_scene,
    tells_an_event,
    tells_the_process,
    unanchored_lede,
)

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]
# A term is a key term when at least this share of the reports carry it (and two at least).
KEY_SHARE = 0.5
# An opening holding less than this share of the key terms the best opening holds is thin.
THIN_SHARE = 0.6
# A backbone that opens on a teaser starts instead at its report's first lede among its
# first this many candidates (a feature's news comes a few lines in).
LEDE_SEARCH = 5
# Up to this many cells, which report carries which term is one dense table (faster for a
# few reports, as in ``rank.topic``).
DENSE_CELLS = 100_000


def key_terms(story: PreparedStory, reports: Sequence[Sequence[int]]) -> BoolArray:
    """Which of the story's terms (the columns of ``story.vectors``) at least
    ``KEY_SHARE`` of the reports (two at least) carry; none for a story of one report,
    which has nothing to compare with. ``reports`` holds each report's candidate positions,
    in order (a report's candidates are contiguous in the story)."""
    vectors = story.vectors
    terms = vectors.shape[1]
    if len(reports) < 2:
        return np.zeros(terms, dtype=bool)
    bounds = [(vectors.indptr[ps[0]], vectors.indptr[ps[-1] + 1]) for ps in reports]
    if len(reports) * terms <= DENSE_CELLS:  # a few reports: one (reports x terms) table
        report_of = np.repeat(np.arange(len(reports)), [end - start for start, end in bounds])
        entries = np.concatenate([vectors.indices[start:end] for start, end in bounds])
        seen = np.zeros((len(reports), terms), dtype=bool)
        seen[report_of, entries] = True
        carried = seen.sum(axis=0)
    else:
        carried = np.zeros(terms, dtype=np.int64)
        for start, end in bounds:
            carried[np.unique(vectors.indices[start:end])] += 1
    return np.asarray(carried >= max(2.0, KEY_SHARE * len(reports)))


def coverage(story: PreparedStory, keys: BoolArray) -> IntArray:
    """How many of the key terms each candidate holds (one pass over the story's terms)."""
    vectors = story.vectors
    held = np.zeros(len(vectors.indices) + 1, dtype=np.int64)
    np.cumsum(keys[vectors.indices], out=held[1:])
    return np.asarray(held[vectors.indptr[1:]] - held[vectors.indptr[:-1]])


def not_a_lede(text: str, thin: Callable[[], bool]) -> bool:
    """Whether an opening sentence frames the news (``text.lede.frames_the_news``), sets a
    scene (``sets_a_scene``), tells a procedure of officials (``tells_the_process``) or is a
    caption (``is_a_caption``), or tells of no event (``text.lede.tells_an_event``) and is
    ``thin()``: it holds fewer than ``THIN_SHARE`` of the key terms the best opening holds.
    A short lede of few words may be thin, but it says that something happened. (``thin``
    is asked last, and only then: most ledes tell an event, and the story's key terms need
    not be counted for them.)"""
    framed = frames_the_news(text) or sets_a_scene(text)
    if framed or tells_the_process(text) or is_a_caption(text):
        return True
    return not tells_an_event(text) and thin()


class Ledes:
    """Which of a story's report openings are not news ledes, judged against the story's
    key terms and the reports' first lines (``openings``, positions: each report's first
    few candidates, whether or not they may open a brief, which would cost a reading of
    each): the one that holds the most key terms is the measure of the others."""

    def __init__(self, story: PreparedStory, read: Readings, openings: list[int]) -> None:
        self.story, self.read, self.openings = story, read, openings
        self.covered: list[int] = []  # counted on the first question that needs it
        self.best = 0

    def teaser(self, position: int) -> bool:
        """Whether the candidate at ``position`` frames the news or is a thin line that
        tells no event (:func:`not_a_lede`)."""
        text = self.story.candidates[position].text
        return not_a_lede(text, lambda: self._thin(position))

    def no_lede(self, position: int) -> bool:
        """Whether the candidate at ``position`` is a teaser (:meth:`teaser`) or tells of no
        event whatever key terms it holds: :func:`not_a_lede` with every line taken as thin,
        so neither the story's key terms nor the event words are read twice."""
        return not_a_lede(self.story.candidates[position].text, lambda: True)

    def _thin(self, position: int) -> bool:
        if not self.covered:
            keys = key_terms(self.story, list(self.read.reports.values()))
            self.covered = coverage(self.story, keys).tolist()
            self.best = max((self.covered[p] for p in self.openings), default=0)
        return self.covered[position] < THIN_SHARE * self.best

    def first_lede(self, positions: list[int], start: int) -> int:
        """Where a report's passage (``positions``) that would start at ``start`` starts
        instead: at its first lede among its first ``LEDE_SEARCH`` candidates when
        ``start`` is a teaser, so that the brief's first sentence says what happened and
        the teaser is left out; ``start`` itself when it is a lede or the report has none
        after it (a lede must open a brief well and not lean on its headline)."""
        if not self.teaser(positions[start]):
            return start
        later = self.later_lede(positions, start + 1)
        return start if later is None else later

    def later_lede(self, positions: list[int], start: int) -> int | None:
        """The index of a report's first lede (``positions``: its candidates) from ``start``
        on, among its first ``LEDE_SEARCH`` candidates: one that is no teaser, does not
        lean on its headline (``text.lede.unanchored_lede``) and opens a brief well; None
        when there is none."""
        for k in range(start, min(LEDE_SEARCH, len(positions))):
            position = positions[k]
            if (  # the cheap tests first: reading a candidate costs more
                not self.teaser(position)
                and not unanchored_lede(self.story.candidates[position].text)
                and self.read.opens_well(position, in_passing=True)
            ):
                return k
        return None
