"""Print an evaluation as rich tables."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

from newsfuse.eval.harness import Evaluation
from newsfuse.eval.readability import KINDS, Readability
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
    console.print(_readability_table(result))
    for interval in result.intervals:
        console.print(
            f"{interval.method} - {interval.baseline} {interval.metric}: "
            f"{interval.mean:+.2f} (95% CI {interval.low:+.2f} .. {interval.high:+.2f})"
        )
    for cluster_id, reason in result.failures:
        console.print(f"failed {cluster_id}: {reason}", markup=False)


def _readability_table(result: Evaluation) -> Table:
    table = Table(
        title="Readability: defects per 100 sentences, % of briefs with none",
        caption=(
            "names: first mentions by a bare surname, per 100 (not a defect kind); "
            "unint.: unintroduced person, used by surname or title before the brief names "
            "them in full, per 100 (not a defect kind)"
        ),
        box=box.SIMPLE_HEAD,
        padding=(0, 1),
        pad_edge=False,
        collapse_padding=True,
    )
    columns = ("method", *KINDS, "defects", "clean %", "names", "unint.")
    for column in columns:
        # A long method name ("system:lexrank") wraps rather than a number being cut.
        first = column == "method"
        table.add_column(column, justify="left" if first else "right", no_wrap=not first)
    rows = [(s.method, s.readability) for s in sorted(result.summaries, key=lambda s: -s.rouge1)]
    if result.reference is not None and result.reference.sentences:
        rows.append(("reference", result.reference))
    for method, readability in rows:
        table.add_row(method, *_readability_cells(readability))
    return table


def _readability_cells(value: Readability) -> list[str]:
    return [
        *(f"{value.per_100(kind):.1f}" for kind in (*KINDS, "defects")),
        f"{100 * value.clean_share:.0f}",
        f"{value.per_100('name'):.1f}",
        f"{value.per_100('unintroduced'):.1f}",
    ]
