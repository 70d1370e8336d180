"""Find cue words once per text, then ask which spans contain one.

Most sentences contain none of the words that a pattern family needs ("killed",
"denied", "cookie"), and finding those words once in a whole text is several times cheaper
than testing every sentence; only spans with a cue go on to the full patterns.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


def joined_spans(parts: Sequence[str]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each part in ``sep.join(parts)`` for a one-character ``sep``.

    Example:
        >>> joined_spans(["ab", "", "cde"])
        [(0, 2), (3, 3), (4, 7)]
    """
    spans = []
    start = 0
    for part in parts:
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans


def cue_positions(lowered: str, cues: Sequence[str]) -> list[int]:
    """Sorted start positions of every occurrence of every cue in a lower-case text.

    Example:
        >>> cue_positions("a fire. no fire here. rain", ["fire", "rain"])
        [2, 11, 22]
    """
    positions = []
    for cue in cues:
        position = lowered.find(cue)
        while position >= 0:
            positions.append(position)
            position = lowered.find(cue, position + 1)
    return sorted(positions)


def spans_with_cue(positions: Sequence[int], spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each ``(start, end)`` span, whether a cue starts inside it.

    Example:
        >>> spans_with_cue([2, 11], [(0, 7), (8, 10), (11, 20)])
        [True, False, True]
    """
    flags = []
    for start, end in spans:
        first = bisect_left(positions, start)
        flags.append(first < len(positions) and positions[first] < end)
    return flags
