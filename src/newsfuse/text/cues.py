"""Find cue words once per text, then ask which spans contain one.

Most sentences contain none of the words that a pattern family needs ("killed",
"denied", "cookie"), and finding those words once in a whole text is several times cheaper
than testing every sentence; only spans with a cue go on to the full patterns. The search
is Aho-Corasick: one pass over the text finds the cues of every family, three times faster
than one ``str.find`` loop per cue. The pass is ahocorasick-rs's: over whole texts, where
most characters start no cue, it reads a text in half the time pyahocorasick took (the
same matches), and it is the project's one Aho-Corasick library.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import ahocorasick_rs
import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
# A text longer than this is searched for cues in pieces (``CueFinder._matches``).
SEARCH_CHARS = 1_000_000


# A longer text that is not plain ASCII is lower-cased in pieces (``lower_case``).
LOWER_PIECE_CHARS = 1_000_000


def lower_case(text: str) -> str:
    """``text.lower()``, with a bounded peak of memory.

    Lower-casing a text that is not plain ASCII makes CPython allocate twelve bytes for each
    of its characters first (a character may lower to three): 240 MB for a 20 MB page,
    which broke the bound on a brief's memory (docs/EVALUATION.md, "Story scale"). A long
    text is lowered in pieces that end on a line break, so that no word is cut (Greek's
    final sigma lowers by its neighbours): the result is the same.

    Example:
        >>> lower_case("Über ALLES"), lower_case("ΟΔΟΣ ΣΤΗΝ")
        ('über alles', 'οδος στην')
    """
    if len(text) <= LOWER_PIECE_CHARS or text.isascii():
        return text.lower()
    pieces = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + LOWER_PIECE_CHARS)
        end = len(text) if end < 0 else end + 1
        pieces.append(text[start:end].lower())
        start = end
    return "".join(pieces)


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


class CueFinder:
    """Where the cues of several families occur in a lower-case text, in one pass.

    Example:
        >>> finder = CueFinder([["fire", "rain"], ["no fire"]])
        >>> finder.positions("a fire. no fire here. rain")
        [[2, 11, 22], [8]]
        >>> finder.present("rain")
        [True, False]
        >>> finder.found("no fire")
        {0, 1}
        >>> finder.flags("a fire. no fire here. rain", [(0, 7), (8, 20), (21, 26)])
        [[True, True, True], [False, True, False]]
    """

    def __init__(self, families: Sequence[Sequence[str]]) -> None:
        self._families = len(families)
        owners: dict[str, list[int]] = {}
        for family, cues in enumerate(families):
            for cue in cues:
                owners.setdefault(cue, []).append(family)
        self._owners = [tuple(families_of_cue) for families_of_cue in owners.values()]
        # A DFA whatever the number of cues: ahocorasick_rs picks one only for up to 100
        # patterns, and the story scan's 790 cues were three times slower to search in its
        # NFA (0.10 -> 0.035 ms a story on dev) for about 0.5 MB more.
        self._automaton = ahocorasick_rs.AhoCorasick(
            list(owners), implementation=ahocorasick_rs.Implementation.DFA
        )
        self._overlap = max((len(cue) for cue in owners), default=1) - 1

    def _matches(self, lowered: str) -> Iterator[tuple[int, int]]:
        """(cue number, start) of every cue in ``lowered``, overlapping ones too.

        A long text is searched in pieces of ``SEARCH_CHARS`` characters (each read on by
        the longest cue's length, a match kept by the piece it starts in): the library
        copies and indexes the whole text it is given, about 100 MB at the peak for a 20 MB
        page, which broke the bound on a brief's memory (docs/EVALUATION.md, "Story scale").
        """
        find = self._automaton.find_matches_as_indexes
        if len(lowered) <= SEARCH_CHARS:
            for cue, start, _ in find(lowered, overlapping=True):
                yield cue, start
            return
        for offset in range(0, len(lowered), SEARCH_CHARS):
            piece = lowered[offset : offset + SEARCH_CHARS + self._overlap]
            for cue, start, _ in find(piece, overlapping=True):
                if start < SEARCH_CHARS:
                    yield cue, offset + start

    def positions(self, lowered: str) -> list[list[int]]:
        """For each family, the sorted start positions of all its cues in ``lowered``."""
        found: list[list[int]] = [[] for _ in range(self._families)]
        for cue, start in self._matches(lowered):
            for family in self._owners[cue]:
                found[family].append(start)
        return [sorted(positions) for positions in found]

    def found(self, lowered: str) -> set[int]:
        """The families with a cue in ``lowered``."""
        return {family for cue, _ in self._matches(lowered) for family in self._owners[cue]}

    def present(self, lowered: str) -> list[bool]:
        """For each family, whether any of its cues occurs in ``lowered``."""
        found = self.found(lowered)
        return [family in found for family in range(self._families)]

    def flags(self, lowered: str, spans: Sequence[tuple[int, int]]) -> list[list[bool]]:
        """For each family, whether a cue of it starts inside each ``(start, end)`` span."""
        bounds = np.array(spans, dtype=np.int64).reshape(-1, 2)
        # Most families find no cue in most texts: their spans are all False, no search.
        return [
            _has_position_in(np.array(positions, dtype=np.int64), bounds)
            if positions
            else [False] * len(bounds)
            for positions in self.positions(lowered)
        ]


def _has_position_in(positions: IntArray, bounds: IntArray) -> list[bool]:
    before_start = np.searchsorted(positions, bounds[:, 0], side="left")
    before_end = np.searchsorted(positions, bounds[:, 1], side="left")
    flags: list[bool] = (before_end > before_start).tolist()
    return flags
