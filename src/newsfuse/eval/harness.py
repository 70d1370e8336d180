"""The ``newsfuse eval`` job: score methods and systems on a JSONL set and report."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsfuse.batch import articles_of_record
from newsfuse.errors import EvaluationError, InputError, NewsfuseError
from newsfuse.eval.methods import NEWSFUSE
from newsfuse.eval.readability import Readability, Reports
from newsfuse.eval.report import (
    Interval,
    MethodSummary,
    best_baseline,
    bootstrap_difference,
    reference_readability,
    score_systems,
    summarize_methods,
)
from newsfuse.eval.runner import ClusterScore, peak_memory_mb, score_clusters, summarizers
from newsfuse.ingest.jsonl import StoryRecord, read_stories, read_story_lines
from newsfuse.pipeline import Pipeline


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Everything ``newsfuse eval`` prints and writes."""

    scores: tuple[ClusterScore, ...]
    summaries: tuple[MethodSummary, ...]
    intervals: tuple[Interval, ...]
    failures: tuple[tuple[str, str], ...] = field(default=())
    reference: Readability | None = None  # the reference summaries' own readability


def load_references(path: Path) -> list[StoryRecord]:
    """Every cluster of a Multi-News-style file; each must carry a reference ``summary``."""
    records = []
    for record in read_stories(path):
        if isinstance(record, InputError):
            raise EvaluationError(str(record))
        if not record.summary.strip():
            raise EvaluationError(f"{path}: cluster {record.id} has no reference 'summary'")
        records.append(record)
    if not records:
        raise EvaluationError(f"{path}: no clusters to evaluate")
    return records


def load_system_outputs(path: Path) -> list[dict[str, Any]]:
    """Lines of ``{"id", "system", "summary"}``, read within the caps of any JSONL file."""
    outputs = []
    try:
        for where, line in read_story_lines(path):
            if isinstance(line, InputError):
                raise line
            outputs.append(_output_of(line, where))
    except InputError as error:
        raise EvaluationError(f"cannot read system outputs: {error}") from error
    return outputs


def _output_of(line: str, where: str) -> dict[str, Any]:
    try:
        output = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(f"not a JSON object ({type(error).__name__})", where) from error
    if not isinstance(output, dict):
        raise InputError("not a JSON object", where)
    return output


def evaluate(
    records: Sequence[StoryRecord],
    methods: Sequence[str],
    pipeline: Pipeline,
    systems: Sequence[dict[str, Any]] = (),
    on_cluster: Callable[[], None] = lambda: None,
) -> Evaluation:
    """Run and score every method on every cluster, then the external systems."""
    table = summarizers(methods, pipeline)
    scores: list[ClusterScore] = []
    failures: list[tuple[str, str]] = []
    current = None
    for item in score_clusters(records, table):
        if isinstance(item, ClusterScore):
            scores.append(item)
            if item.cluster_id != current:
                current = item.cluster_id
                on_cluster()
        else:
            failures.append(item)
    peaks = {name: peak_memory_mb(records, run) for name, run in table.items()}
    references = {r.id: r.summary for r in records}
    reports = _reports(records)
    scores.extend(score_systems(systems, references, reports))
    summaries = summarize_methods(scores, peaks)
    return Evaluation(
        tuple(scores),
        tuple(summaries),
        _intervals(scores, summaries),
        tuple(failures),
        reference=reference_readability(references, reports),
    )


def _reports(records: Sequence[StoryRecord]) -> dict[str, Reports]:
    """Each cluster's reports as every method saw them, for judging readability."""
    found = {}
    for record in records:
        try:
            found[record.id] = Reports([a.text for a in articles_of_record(record)])
        except NewsfuseError:
            continue
    return found


def _intervals(
    scores: Sequence[ClusterScore], summaries: Sequence[MethodSummary]
) -> tuple[Interval, ...]:
    names = {s.method for s in summaries}
    rival = best_baseline(summaries, exclude=NEWSFUSE)
    if NEWSFUSE not in names or rival is None:
        return ()
    return tuple(
        bootstrap_difference(scores, NEWSFUSE, rival, metric)
        for metric in ("rouge1", "rouge2", "rougeLsum")
    )
