"""What ranking needs from the cosines of a story's candidates, gathered a block of rows at a
time so that the n-by-n matrix is never held.

An exact copy merged into a candidate before ranking (``rank.candidates``) still counts as a
printing in its own report: it has its candidate's vector, so every sum or maximum over a
report's sentences takes it in, and the features of a story over the cap are those the
copies would have given had they been ranked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsfuse.rank.story import FloatArray, PreparedStory
from newsfuse.text import vectors
from newsfuse.text.vectors import cosine_blocks

IntArray = npt.NDArray[np.int64]
LEXRANK_THRESHOLD = 0.1
LEAD_SENTENCES = 3


class StoryLayout:
    """Which report printed each candidate and each merged copy. Candidates come grouped
    by report, in report order, so a report's candidates are one run of positions."""

    def __init__(self, article: IntArray, n_articles: int, copies: _Copies) -> None:
        n = len(article)
        self.article = article  # report number (0-based, input order) of each candidate
        self.n_articles = n_articles
        # Position among the report's candidates and copies: headings and furniture do not
        # count. A lead column is a candidate in a report's lead, or with a copy in one.
        self.rank, copy_rank = copies.ranks(article)
        self.lead_copy = np.zeros(n, dtype=bool)
        self.lead_copy[copies.rows[copy_rank < LEAD_SENTENCES]] = True
        self.lead_column = (self.rank < LEAD_SENTENCES) | self.lead_copy
        # How many printings each candidate stands for: itself and its merged copies.
        self.weights = (np.bincount(copies.rows, minlength=n) + 1).astype(np.float64)
        order = np.lexsort((copies.rows, copies.articles))  # copies grouped by report
        copy_rows, copy_articles = copies.rows[order], copies.articles[order]
        self.copy_rows, self.copy_articles = copy_rows, copy_articles
        printed = np.bincount(article, minlength=n_articles)
        self.sizes = (printed + np.bincount(copy_articles, minlength=n_articles)).astype(float)
        # Reports that printed something, and each one's column in per-report summaries.
        self.present = np.flatnonzero(self.sizes > 0)
        column = np.full(n_articles, -1, dtype=np.int64)
        column[self.present] = np.arange(len(self.present))
        self.column = column
        own_reports = np.flatnonzero(printed > 0)
        self.starts = np.searchsorted(article, own_reports)  # first candidate of each
        self.own_columns = column[own_reports]
        self.copy_columns = column[self.copy_articles]

    @property
    def printings(self) -> float:
        """Candidates and merged copies together."""
        return float(self.weights.sum())

    @classmethod
    def of(cls, story: PreparedStory) -> StoryLayout:
        order = story.article_order
        article = np.array([order[s.article_id] for s in story.candidates], dtype=np.int64)
        index = np.array([s.index for s in story.candidates], dtype=np.int64)
        found = [(p, c) for p, copies in story.copies.items() for c in copies]
        copies = _Copies(
            rows=np.array([p for p, _ in found], dtype=np.int64),
            articles=np.array([order[c.article_id] for _, c in found], dtype=np.int64),
            index=index,
            copy_index=np.array([c.index for _, c in found], dtype=np.int64),
        )
        return cls(article, len(story.articles), copies)


@dataclass(frozen=True, slots=True)
class _Copies:
    """The merged copies: the candidate each was merged into, its report and its sentence
    number there; ``index`` is each candidate's own sentence number."""

    rows: IntArray
    articles: IntArray
    index: IntArray
    copy_index: IntArray

    def ranks(self, article: IntArray) -> tuple[FloatArray, FloatArray]:
        """Each candidate's and each copy's position among its report's printings."""
        n = len(article)
        reports = np.concatenate([article, self.articles])
        order = np.lexsort((np.concatenate([self.index, self.copy_index]), reports))
        position = np.empty(len(order), dtype=np.int64)
        position[order] = np.arange(len(order))
        ranks = (position - np.searchsorted(reports[order], reports)).astype(np.float64)
        return ranks[:n], ranks[n:]


@dataclass(frozen=True, slots=True)
class CosineSummary:
    """Per candidate: the sum of its cosines with every printing (``to_all``) and with its
    own report's (``to_own_article``; ``copy_to_own`` is the same for each merged copy, in
    ``StoryLayout`` order), its highest cosine with another sentence in a report's lead, the
    mean and the highest of its best cosines in each other report; and the LexRank graph:
    the one block when it holds every row (a small story), else sparse, holding only the
    cosines that reach the LexRank threshold."""

    to_all: FloatArray
    to_own_article: FloatArray
    copy_to_own: FloatArray
    lead_similarity: FloatArray
    mean_support: FloatArray
    max_support: FloatArray
    graph: FloatArray | sparse.csr_matrix

    @classmethod
    def of(cls, story: PreparedStory, layout: StoryLayout) -> CosineSummary:
        parts: list[tuple[FloatArray, ...]] = []
        graphs: list[FloatArray | sparse.csr_matrix] = []
        copy_to_own = np.zeros(len(layout.copy_rows))
        # Per-report summaries are (rows, reports) arrays: a story whose reports outnumber
        # its candidates takes fewer rows per block.
        n = len(layout.article)
        cells = max(1, vectors.BLOCK_CELLS * n // max(n, len(layout.present)))
        for start, block in _blocks(story, cells):
            rows = np.arange(start, start + block.shape[0])
            by_report = _by_report(block, layout, np.add, 0.0)
            parts.append(_row_summary(block, rows, layout, by_report))
            copies = (layout.copy_rows >= start) & (layout.copy_rows < rows[-1] + 1)
            copy_to_own[copies] = by_report[
                layout.copy_rows[copies] - start, layout.copy_columns[copies]
            ]
            graphs.append(_lexrank_rows(block, whole=block.shape[0] == len(layout.article)))
        to_all, to_own, lead, mean, best = (np.concatenate(c) for c in zip(*parts, strict=True))
        graph = graphs[0] if len(graphs) == 1 else sparse.vstack(graphs, format="csr")
        return cls(to_all, to_own, copy_to_own, lead, mean, best, graph)


def _blocks(story: PreparedStory, cells: int) -> Iterator[tuple[int, FloatArray]]:
    """``cosine_blocks`` of the story's vectors: its whole matrix, when the story has it and
    it is one block of ``cells``."""
    n = story.vectors.shape[0]
    if story.cosines is not None and cells // max(n, 1) >= n:
        return iter([(0, story.cosines)])
    return cosine_blocks(story.vectors, cells)


def _row_summary(
    block: FloatArray, rows: IntArray, layout: StoryLayout, by_report: FloatArray
) -> tuple[FloatArray, ...]:
    """The per-candidate columns of ``CosineSummary`` for one block of rows."""
    local = np.arange(len(rows))
    own_column = layout.column[layout.article[rows]]
    lead_cosines = np.where(layout.lead_column[None, :], block, 0.0)
    alone = ~layout.lead_copy[rows]  # a sentence is not its own support; its copy is
    lead_cosines[local[alone], rows[alone]] = 0.0
    mean_support, max_support = _other_reports_support(block, own_column, layout)
    return (
        (block * layout.weights[None, :]).sum(axis=1),
        by_report[local, own_column],
        lead_cosines.max(axis=1),
        mean_support,
        max_support,
    )


def _other_reports_support(
    block: FloatArray, own_column: IntArray, layout: StoryLayout
) -> tuple[FloatArray, FloatArray]:
    """Per row, the mean and the highest of its best cosines in each other report (zeros
    when one report printed everything)."""
    if len(layout.present) <= 1:
        zeros = np.zeros(block.shape[0])
        return zeros, zeros
    best = _by_report(block, layout, np.maximum, -np.inf)
    others = np.where(own_column[:, None] == np.arange(len(layout.present)), np.nan, best)
    return np.nanmean(others, axis=1), np.nanmax(others, axis=1)


def _by_report(
    block: FloatArray, layout: StoryLayout, combine: np.ufunc, empty: float
) -> FloatArray:
    """``combine`` (sum or maximum) of each row's cosines over each report's printings: a
    (rows, reports that printed something) array. Copies are taken a slice at a time, so
    the block's budget of cells is never exceeded by much."""
    own = combine.reduceat(block, layout.starts, axis=1)
    if len(layout.copy_rows) == 0:
        return np.asarray(own, dtype=np.float64)
    combined = np.full((block.shape[0], len(layout.present)), empty)
    combined[:, layout.own_columns] = own
    step = max(1, vectors.BLOCK_CELLS // max(block.shape[0], 1))
    for first in range(0, len(layout.copy_rows), step):
        rows = layout.copy_rows[first : first + step]
        columns = layout.copy_columns[first : first + step]
        starts = np.flatnonzero(np.r_[True, columns[1:] != columns[:-1]])
        part = combine.reduceat(block[:, rows], starts, axis=1)
        targets = columns[starts]
        combined[:, targets] = combine(combined[:, targets], part)
    return combined


def _lexrank_rows(block: FloatArray, whole: bool) -> FloatArray | sparse.csr_matrix:
    """A block's share of the LexRank graph: the block itself when it is the whole matrix,
    else only its cosines that reach the threshold, sparse."""
    if whole:
        return block
    return sparse.csr_matrix(np.where(block >= LEXRANK_THRESHOLD, block, 0.0))
