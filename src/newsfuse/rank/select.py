"""Choose sentences for a brief: best score first, no redundancy, within the word budget."""

from __future__ import annotations

import numpy as np

from newsfuse.rank.story import FloatArray, PreparedStory, predecessors
from newsfuse.text.tokens import word_count


def select_groups(
    story: PreparedStory,
    scores: FloatArray,
    words: int,
    mmr_lambda: float,
    redundancy_cosine: float,
) -> list[int]:
    """Maximal marginal relevance over syndication groups, packed to ``words``.

    Returns the positions (into ``story.candidates``) of the chosen representatives, in the
    order they were chosen. A group is represented by its best-scoring member; a candidate
    that does not fit the remaining budget is passed over, never cut; a sentence that leans
    on the one before it ("He said ...") is taken only once that one is in.
    """
    representatives = [max(group, key=lambda i: scores[i]) for group in story.groups]
    leans_on = predecessors(story)
    chosen_positions: set[int] = set()
    relevance = _unit_range(np.array([scores[i] for i in representatives]))
    lengths = [word_count(story.candidates[i].text) for i in representatives]
    similarity = story.similarity[np.ix_(representatives, representatives)]
    chosen: list[int] = []
    used = 0
    open_groups = set(range(len(representatives)))
    while open_groups:
        redundancy = _max_similarity(similarity, chosen, len(representatives))
        fits = [g for g in open_groups if used + lengths[g] <= words]
        allowed = [
            g
            for g in fits
            if redundancy[g] < redundancy_cosine
            and leans_on[representatives[g]] in (None, *chosen_positions)
        ]
        if not allowed:
            break
        mmr = mmr_lambda * relevance - (1.0 - mmr_lambda) * redundancy
        best = max(allowed, key=lambda g: (mmr[g], -g))
        chosen.append(best)
        chosen_positions.update(story.groups[best])
        used += lengths[best]
        open_groups.discard(best)
    return [representatives[g] for g in chosen]


def _max_similarity(similarity: FloatArray, chosen: list[int], n: int) -> FloatArray:
    if not chosen:
        return np.zeros(n)
    return np.asarray(similarity[:, chosen].max(axis=1), dtype=np.float64)


def _unit_range(values: FloatArray) -> FloatArray:
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-12:
        return np.ones_like(values)
    return (values - low) / (high - low)


def reading_order(story: PreparedStory, positions: list[int]) -> list[int]:
    """Order chosen sentences as a reader expects: earlier in their article first, ties
    broken by article order, so leads come first and background follows."""
    order = story.article_order
    counts = story.sentence_counts

    def key(position: int) -> tuple[float, int, int]:
        sentence = story.candidates[position]
        relative = sentence.index / max(counts[sentence.article_id], 1)
        return (relative, order[sentence.article_id], sentence.index)

    return sorted(positions, key=key)
