"""ROUGE as newsfuse reports it; every setting is pinned here and nowhere else.

- metrics: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (``rouge-score`` package), x100;
- Porter stemmer on, no stop-word removal, ``rouge-score``'s default tokenizer;
- ROUGE-Lsum sees one sentence per line: summaries are scored with their own line breaks
  (newsfuse and the baselines write one sentence a line); a text without line breaks
  (a reference, a system output) is split with :func:`newsfuse.text.segment.segment_sentences`;
- the leading "– " that Multi-News puts before every reference is removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsfuse.errors import EvaluationError, needs_extra
from newsfuse.text.segment import segment_sentences

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
USE_STEMMER = True
ROUGE_SETTINGS = {
    "package": "rouge-score",
    "metrics": list(ROUGE_TYPES),
    "measure": "F1 x 100",
    "use_stemmer": USE_STEMMER,
    "lsum_sentence_split": "one sentence per line (newsfuse segmenter when none)",
    "reference_prefix_removed": "– ",
}


@dataclass(frozen=True, slots=True)
class RougeScore:
    """F1 scores, 0-100."""

    rouge1: float
    rouge2: float
    rougeLsum: float  # noqa: N815 - the metric's own name


@lru_cache(maxsize=1)
def _scorer() -> Any:
    try:
        from rouge_score import rouge_scorer
    except ImportError as error:  # the eval extra is optional
        raise EvaluationError(needs_extra("scoring", "eval")) from error
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=USE_STEMMER)


def check_scorer() -> None:
    """Raise :class:`EvaluationError` now if ROUGE (the eval extra) is not installed."""
    _scorer()


def clean_reference(reference: str) -> str:
    """Remove Multi-News's leading dash and surrounding space."""
    return reference.strip().removeprefix("–").strip()


def lines_for_lsum(text: str) -> str:
    """One sentence per line: kept if the text has line breaks, else segmented."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if len(lines) > 1:
        return "\n".join(lines)
    return "\n".join(s.text for s in segment_sentences("x", text.strip()))


def score_summary(summary: str, reference: str) -> RougeScore:
    """ROUGE F1 x100 of ``summary`` against ``reference`` with the pinned settings.

    Example:
        >>> score_summary("The cat sat.", "– The cat sat.").rouge1
        100.0
    """
    target = lines_for_lsum(clean_reference(reference))
    prediction = lines_for_lsum(summary)
    scores = _scorer().score(target, prediction)
    return RougeScore(*(100.0 * scores[name].fmeasure for name in ROUGE_TYPES))
