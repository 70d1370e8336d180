"""Choose sentences for a brief: best score first, no redundancy, within the word budget."""

from __future__ import annotations

import numpy as np

from newsfuse.rank.story import FloatArray, PreparedStory, predecessors
from newsfuse.text.tokens import word_count
from newsfuse.text.vectors import cosines_to


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
    score_of = scores.tolist()
    representatives = [max(group, key=score_of.__getitem__) for group in story.groups]
    group_of = {position: g for g, group in enumerate(story.groups) for position in group}
    leans_on = predecessors(story)
    # The group each representative leans on (-1: none), and whether it may be taken yet.
    needs = np.array([_needed_group(leans_on[r], group_of) for r in representatives])
    ready = needs == -1
    relevance = _unit_range(scores[representatives])
    lengths = np.array([word_count(story.candidates[i].text) for i in representatives])
    vectors = story.vectors[representatives]  # cosines taken one chosen sentence at a time
    redundancy = np.zeros(len(representatives))
    available = np.ones(len(representatives), dtype=bool)
    chosen: list[int] = []
    used = 0
    while True:
        allowed = available & ready & (used + lengths <= words) & (redundancy < redundancy_cosine)
        if not allowed.any():
            break
        mmr = mmr_lambda * relevance - (1.0 - mmr_lambda) * redundancy
        best = int(np.argmax(np.where(allowed, mmr, -np.inf)))  # ties: the earliest group
        chosen.append(best)
        used += int(lengths[best])
        available[best] = False
        ready |= needs == best
        redundancy = np.maximum(redundancy, cosines_to(vectors, best))
    return [representatives[g] for g in chosen]


def _needed_group(predecessor: int | None, group_of: dict[int, int]) -> int:
    """-1 for a sentence that stands alone; the predecessor's group, or -2 (never) if the
    predecessor is not a candidate."""
    if predecessor is None:
        return -1
    return group_of.get(predecessor, -2)


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
