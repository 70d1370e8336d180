"""Which reports of a story are about the story: a report that shares next to none of its
names and event words with any other (a web-archive notice, an unrelated explainer, a page
of links) is left out of the brief.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsfuse.documents import Article
from newsfuse.rank.story import FloatArray, PreparedStory, prepare_story
from newsfuse.settings import Settings

IntArray = npt.NDArray[np.int64]

# Two reports of one event share names and event words: the cosine of the sums of their
# sentences' TF-IDF vectors is above this. On the Multi-News dev set, the reports whose
# best cosine to another was below it were crawl notices, error and sign-up pages, a
# horoscope, video pages, or another story; the lowest real pairs were near 0.06.
MIN_REPORT_COSINE = 0.05
# Up to this many cells, reports' term sums are summed densely (faster for a few reports).
DENSE_SUMS = 100_000


def on_topic_story(
    articles: Sequence[Article], settings: Settings
) -> tuple[PreparedStory, list[str]]:
    """The story prepared from the articles that are about it, and the ids of those left
    out (see :func:`strays`)."""
    story = prepare_story(articles, settings)
    left_out = strays(story)
    return (without(story, left_out) if left_out else story), left_out


def without(
    story: PreparedStory, article_ids: Sequence[str], positions: Collection[int] = ()
) -> PreparedStory:
    """The story without some articles and some candidates (by ``positions``): their
    candidates, similarities and copies go (the rest keep the TF-IDF weights of the whole
    story, rather than segmenting again)."""
    gone = set(article_ids)
    keep = kept_positions(story, gone, positions)
    new_position = {old: new for new, old in enumerate(keep)}
    groups = (tuple(new_position[i] for i in group if i in new_position) for group in story.groups)
    copies = {
        new_position[p]: tuple(c for c in found if c.article_id not in gone)
        for p, found in story.copies.items()
        if p in new_position
    }
    return replace(
        story,
        articles=tuple(a for a in story.articles if a.id not in gone),
        candidates=tuple(story.candidates[i] for i in keep),
        terms=tuple(story.terms[i] for i in keep),
        vectors=story.vectors[keep],
        groups=tuple(group for group in groups if group),
        sentence_counts={k: v for k, v in story.sentence_counts.items() if k not in gone},
        copies={p: found for p, found in copies.items() if found},
        words=tuple(story.words[i] for i in keep),
        cosines=None if story.cosines is None else story.cosines[np.ix_(keep, keep)],
    )


def kept_positions(
    story: PreparedStory, article_ids: Collection[str], positions: Collection[int] = ()
) -> list[int]:
    """The positions, in order, of the candidates :func:`without` keeps: those of the other
    articles, but ``positions``. (Their scores, kept in the same order, go with the shorter
    story.)"""
    gone = set(article_ids)
    dropped = set(positions)
    return [
        i for i, s in enumerate(story.candidates) if s.article_id not in gone and i not in dropped
    ]


def strays(story: PreparedStory, min_cosine: float = MIN_REPORT_COSINE) -> list[str]:
    """Ids of the articles that are not about the story, in input order.

    Reports are linked when their cosine reaches ``min_cosine``; the story is the linked
    set with the most candidate sentences (ties: the earlier), and every report outside it
    is a stray. A story of one report has none.
    """
    ids, member = report_members(story)
    if len(ids) < 2:
        return []
    component = _components(article_cosines(story, member, len(ids)) >= min_cosine)
    sentences = np.bincount(member, minlength=len(ids))
    # The story is the linked set with the most candidate sentences: copies of one archive
    # notice link to each other, but hold a sentence or two each.
    main = max(set(component.tolist()), key=lambda c: (sentences[component == c].sum(), -c))
    return [article_id for article_id, c in zip(ids, component.tolist(), strict=True) if c != main]


def report_members(story: PreparedStory) -> tuple[list[str], IntArray]:
    """The ids of the story's reports that hold candidates, in article order, and each
    candidate's report as its number in that list (``article_cosines``' ``member``)."""
    ids = list(dict.fromkeys(s.article_id for s in story.candidates))
    number = {article_id: i for i, article_id in enumerate(ids)}
    return ids, np.array([number[s.article_id] for s in story.candidates], dtype=np.int64)


def article_cosines(story: PreparedStory, member: IntArray, reports: int) -> FloatArray:
    """Cosines between reports (``member`` gives each candidate's report), each report the
    sum of its sentences' unit TF-IDF vectors: a few dense rows, however long the story."""
    vectors = story.vectors
    terms = vectors.shape[1]
    if reports * terms <= DENSE_SUMS:  # a few reports: dense sums cost least
        entry_report = np.repeat(member, np.diff(vectors.indptr))
        flat = np.bincount(
            entry_report * terms + vectors.indices, weights=vectors.data, minlength=reports * terms
        )
        sums = flat.reshape(reports, terms)
        gram = sums @ sums.T
    else:  # many reports over a large vocabulary: sparse sums
        n = len(member)
        indicator = sparse.csr_matrix((np.ones(n), (member, np.arange(n))), shape=(reports, n))
        summed = indicator @ vectors
        gram = np.asarray((summed @ summed.T).toarray(), dtype=np.float64)
    norms = np.sqrt(np.maximum(np.diag(gram), 1e-12))
    return np.asarray(gram / np.outer(norms, norms), dtype=np.float64)


def _components(linked: npt.NDArray[np.bool_]) -> npt.NDArray[np.int64]:
    """Connected components of a small symmetric boolean matrix (one row per report),
    numbered from 0 in order of their first member."""
    n = len(linked)
    component = np.full(n, -1, dtype=np.int64)
    label = 0
    for start in range(n):
        if component[start] >= 0:
            continue
        stack = [start]
        while stack:
            node = stack.pop()
            if component[node] < 0:
                component[node] = label
                stack.extend(np.flatnonzero(linked[node] & (component < 0)).tolist())
        label += 1
    return component
