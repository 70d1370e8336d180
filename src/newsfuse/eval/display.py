"""Print an evaluation as rich tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsfuse.eval.harness import Evaluation
from newsfuse.eval.runner import MEMORY_SAMPLE, process_peak_mb


def _optional(value: float | None, fmt: str) -> str:
    return "—" if value is None else format(value, fmt)


def _memory_note() -> str:
    process = process_peak_mb()
    whole = "" if process is None else f"; this process's peak resident memory: {process:.0f} MB"
    return (
        "alloc MB: the most memory a method allocated (traced by tracemalloc) while summarising"
        f" one cluster, the largest of the first {MEMORY_SAMPLE}{whole}"
    )


def print_evaluation(result: Evaluation, console: Console) -> None:
    table = Table(title="ROUGE F1 (x100) against the references")
    columns = ("method", "n", "R1", "R2", "RLsum", "words", "clusters/s", "alloc MB")
    for column in columns:
        table.add_column(column, justify="left" if column == "method" else "right", no_wrap=True)
    for s in sorted(result.summaries, key=lambda s: -s.rouge1):
        table.add_row(
            s.method,
            str(s.clusters),
            f"{s.rouge1:.2f}",
            f"{s.rouge2:.2f}",
            f"{s.rougeLsum:.2f}",
            f"{s.mean_words:.0f}",
            _optional(s.clusters_per_second, ".1f"),
            _optional(s.peak_mb, ".1f"),
        )
    console.print(table)
    console.print(_memory_note(), markup=False, soft_wrap=True)
    for interval in result.intervals:
        console.print(
            f"{interval.method} - {interval.baseline} {interval.metric}: "
            f"{interval.mean:+.2f} (95% CI {interval.low:+.2f} .. {interval.high:+.2f})"
        )
    for cluster_id, reason in result.failures:
        console.print(f"failed {cluster_id}: {reason}", markup=False)
