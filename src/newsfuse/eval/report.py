"""Aggregate per-cluster scores: method means, speed, a bootstrap interval, files on disk."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.errors import EvaluationError
from newsfuse.eval.readability import KINDS, Readability, Reports, judge_brief, summary_sentences
from newsfuse.eval.rouge import ROUGE_SETTINGS, ROUGE_TYPES, clean_reference, score_summary
from newsfuse.eval.runner import ClusterScore
from newsfuse.text.tokens import word_count

BOOTSTRAP_SAMPLES = 2000
BOOTSTRAP_SEED = 13
# External systems are named apart from the methods run here ("system:lexrank" is the
# published LexRank output, "lexrank" ours), so the two never merge into one row.
SYSTEM_PREFIX = "system:"


@dataclass(frozen=True, slots=True)
class MethodSummary:
    """Mean scores of one method (or external system) over the clusters it summarised."""

    method: str
    clusters: int
    rouge1: float
    rouge2: float
    rougeLsum: float  # noqa: N815 - the metric's own name
    mean_words: float
    clusters_per_second: float | None = None
    peak_mb: float | None = None
    readability: Readability = field(default_factory=Readability)


@dataclass(frozen=True, slots=True)
class Interval:
    """Bootstrap 95% interval of the per-cluster difference ``method - baseline``."""

    method: str
    baseline: str
    metric: str
    mean: float
    low: float
    high: float


def summarize_methods(
    scores: Sequence[ClusterScore], peak_mb: dict[str, float] | None = None
) -> list[MethodSummary]:
    """One summary per method, in the order methods first appear."""
    by_method: dict[str, list[ClusterScore]] = defaultdict(list)
    for score in scores:
        by_method[score.method].append(score)
    return [
        _summary(method, rows, (peak_mb or {}).get(method)) for method, rows in by_method.items()
    ]


def _summary(method: str, rows: Sequence[ClusterScore], peak: float | None) -> MethodSummary:
    seconds = sum(r.seconds for r in rows)
    return MethodSummary(
        method=method,
        clusters=len(rows),
        rouge1=float(np.mean([r.score.rouge1 for r in rows])),
        rouge2=float(np.mean([r.score.rouge2 for r in rows])),
        rougeLsum=float(np.mean([r.score.rougeLsum for r in rows])),
        mean_words=float(np.mean([r.words for r in rows])),
        clusters_per_second=len(rows) / seconds if seconds > 0 else None,
        peak_mb=peak,
        readability=sum((r.readability for r in rows), Readability()),
    )


def score_systems(
    outputs: Iterable[dict[str, Any]],
    references: dict[str, str],
    reports: dict[str, Reports] | None = None,
) -> list[ClusterScore]:
    """Score other systems' summaries (``id``, ``system``, ``summary``) on shared clusters;
    each becomes method ``system:<name>``. Readability is judged against the cluster's
    ``reports`` when given."""
    rows = []
    for output in outputs:
        cluster_id = str(output.get("id"))
        if cluster_id not in references:
            continue
        summary = str(output.get("summary") or "")
        found = (reports or {}).get(cluster_id)
        rows.append(
            ClusterScore(
                cluster_id=cluster_id,
                method=f"{SYSTEM_PREFIX}{output.get('system')}",
                score=score_summary(summary, references[cluster_id]),
                words=word_count(summary),
                seconds=0.0,
                readability=judge_brief(summary_sentences(summary), found or Reports([])),
            )
        )
    return rows


def bootstrap_difference(
    scores: Sequence[ClusterScore], method: str, baseline: str, metric: str
) -> Interval:
    """Paired bootstrap over clusters of ``method - baseline`` on ``metric``."""
    mine = {s.cluster_id: getattr(s.score, metric) for s in scores if s.method == method}
    theirs = {s.cluster_id: getattr(s.score, metric) for s in scores if s.method == baseline}
    shared = sorted(mine.keys() & theirs.keys())
    if not shared:
        raise EvaluationError(f"{method} and {baseline} share no scored cluster")
    differences = np.array([mine[c] - theirs[c] for c in shared])
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    draws = rng.integers(0, len(shared), size=(BOOTSTRAP_SAMPLES, len(shared)))
    means = differences[draws].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return Interval(method, baseline, metric, float(differences.mean()), float(low), float(high))


def best_baseline(summaries: Sequence[MethodSummary], exclude: str) -> str | None:
    """The method (other than ``exclude``) with the highest mean ROUGE-1."""
    others = [s for s in summaries if s.method != exclude and s.clusters_per_second is not None]
    return max(others, key=lambda s: s.rouge1).method if others else None


def write_report(
    directory: Path,
    scores: Sequence[ClusterScore],
    summaries: Sequence[MethodSummary],
    intervals: Sequence[Interval],
    settings: dict[str, Any],
) -> None:
    """``clusters.csv`` (one row per cluster and method) and ``summary.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "clusters.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["cluster_id", "method", *ROUGE_TYPES, "words", "seconds", "sentences", *KINDS]
        )
        for s in scores:
            writer.writerow(
                [
                    s.cluster_id,
                    s.method,
                    f"{s.score.rouge1:.3f}",
                    f"{s.score.rouge2:.3f}",
                    f"{s.score.rougeLsum:.3f}",
                    s.words,
                    f"{s.seconds:.5f}",
                    s.readability.sentences,
                    *(getattr(s.readability, kind) for kind in KINDS),
                ]
            )
    payload = {
        "rouge": ROUGE_SETTINGS,
        "settings": settings,
        "methods": [_as_dict(s) for s in summaries],
        "intervals": [_as_dict(i) for i in intervals],
    }
    (directory / "summary.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")


def _as_dict(item: Any) -> dict[str, Any]:
    return {name: _plain(getattr(item, name)) for name in item.__slots__}


def _plain(value: Any) -> Any:
    if isinstance(value, Readability):
        return readability_dict(value)
    return value


def readability_dict(value: Readability) -> dict[str, Any]:
    """Counts, defects per 100 sentences by kind, and the share of briefs with none."""
    return {
        "sentences": value.sentences,
        "briefs": value.briefs,
        **{f"{kind}_per_100": round(value.per_100(kind), 2) for kind in (*KINDS, "defects")},
        "clean_share": round(value.clean_share, 4),
        "unintroduced_per_100": round(value.per_100("unintroduced"), 2),
    }


def reference_readability(references: dict[str, str], reports: dict[str, Reports]) -> Readability:
    """Readability of the reference summaries themselves, judged like any output."""
    return sum(
        (
            judge_brief(summary_sentences(clean_reference(text)), reports[cluster_id])
            for cluster_id, text in references.items()
            if cluster_id in reports
        ),
        Readability(),
    )
