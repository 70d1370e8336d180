"""Bound the candidate sentences of a story: all of them in a small story; past the cap,
exact copies merged into one printing and each report's lead kept, the same share for each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.documents import Sentence


@dataclass(frozen=True, slots=True)
class CandidatePool:
    """The candidates a story ranks, in article order, and what was left out to get there.

    ``copies`` maps a candidate's position to the exact copies of it (other reports' printings
    of the same words) merged into it, so a brief still cites every source that printed it;
    ``available`` counts the candidates before the cap, ``merged`` the copies and ``skipped``
    the later sentences of long reports that were left out.
    """

    candidates: tuple[Sentence, ...]
    copies: dict[int, tuple[Sentence, ...]]
    available: int
    merged: int = 0
    skipped: int = 0

    @property
    def capped(self) -> bool:
        return self.merged + self.skipped > 0


def bounded_pool(per_article: Sequence[Sequence[Sentence]], cap: int) -> CandidatePool:
    """At most ``cap`` candidates out of each article's (in article and reading order).

    Under the cap every candidate is kept, as it is; over it, exact copies (the same text,
    case and spacing aside) are merged into their printing nearest a report's top, then
    every report keeps its first candidates, as many as the cap leaves for each.

    Example:
        >>> from newsfuse.documents import Sentence
        >>> def s(a, i, text): return Sentence(a, i, 0, len(text), text)
        >>> wire = "The port reopened on Friday."
        >>> pool = bounded_pool([[s("1", 0, wire), s("1", 1, "Ships queued.")],
        ...                      [s("2", 0, "Ferries ran late."), s("2", 1, wire.upper())]], 2)
        >>> [(c.article_id, c.index) for c in pool.candidates], pool.merged, pool.skipped
        ([('1', 0), ('2', 0)], 1, 1)
    """
    available = sum(len(sentences) for sentences in per_article)
    if available <= cap:
        flat = tuple(s for sentences in per_article for s in sentences)
        return CandidatePool(candidates=flat, copies={}, available=available)
    unique, copies_of = _merge_exact_copies(per_article)
    quotas = lead_quotas([len(sentences) for sentences in unique], cap)
    kept = [s for sentences, quota in zip(unique, quotas, strict=True) for s in sentences[:quota]]
    copies = {p: copies_of[s] for p, s in enumerate(kept) if s in copies_of}
    merged = sum(len(c) for c in copies.values())
    return CandidatePool(
        candidates=tuple(kept),
        copies=copies,
        available=available,
        merged=merged,
        skipped=available - len(kept) - merged,
    )


def lead_quotas(lengths: Sequence[int], cap: int) -> list[int]:
    """How many of its first candidates each report keeps so that all keep at most ``cap``:
    the same number for each (a short report keeps all of its own), one more for the first
    reports while the cap leaves room.

    Example:
        >>> lead_quotas([10, 2, 10], 9)
        [4, 2, 3]
    """
    low, high = 0, max(lengths, default=0)
    while low < high:  # the largest common quota that fits under the cap
        middle = (low + high + 1) // 2
        if sum(min(length, middle) for length in lengths) <= cap:
            low = middle
        else:
            high = middle - 1
    quotas = [min(length, low) for length in lengths]
    room = cap - sum(quotas)
    for number, length in enumerate(lengths):
        if room > 0 and length > quotas[number]:
            quotas[number] += 1
            room -= 1
    return quotas


def _merge_exact_copies(
    per_article: Sequence[Sequence[Sentence]],
) -> tuple[list[list[Sentence]], dict[Sentence, tuple[Sentence, ...]]]:
    """Each article's candidates without exact copies, and each kept printing's copies.

    A hash of the text finds copies in one pass, before any pairwise work (copies that differ
    in a word are left to ``dedup``, on the candidates kept). The printing
    kept is the one nearest the top of its report (then the earliest report), the place
    where a lead-first cap is likeliest to keep it.
    """
    printings: dict[str, list[tuple[int, int, Sentence]]] = {}
    for number, sentences in enumerate(per_article):
        for rank, sentence in enumerate(sentences):
            key = " ".join(sentence.text.lower().split())
            printings.setdefault(key, []).append((rank, number, sentence))
    copies: dict[Sentence, tuple[Sentence, ...]] = {}
    for found in printings.values():
        found.sort(key=lambda printing: printing[:2])
        copies[found[0][2]] = tuple(printing[2] for printing in found[1:])
    unique = [[s for s in sentences if s in copies] for sentences in per_article]
    copies = {kept: others for kept, others in copies.items() if others}
    return unique, copies
