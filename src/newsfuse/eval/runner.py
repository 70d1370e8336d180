"""Run newsfuse and the baselines on the same clusters, sentences and budget; score them."""

from __future__ import annotations

import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from newsfuse.documents import Article, Sentence
from newsfuse.errors import EvaluationError, InputError, NewsfuseError
from newsfuse.eval.baselines import baseline
from newsfuse.eval.methods import DEFAULT_METHODS, NEWSFUSE
from newsfuse.eval.readability import Readability, Reports, judge_brief
from newsfuse.eval.rouge import RougeScore, check_scorer, score_summary
from newsfuse.ingest.articles import articles_of_record
from newsfuse.ingest.jsonl import StoryRecord
from newsfuse.pipeline import Pipeline, build
from newsfuse.rank.story import article_candidates
from newsfuse.settings import Settings
from newsfuse.text.tokens import word_count

# Peak memory is traced on this many clusters per method: tracing slows Python several-fold,
# so the timed pass runs untraced and a separate short pass measures memory.
MEMORY_SAMPLE = 10

Summarize = Callable[[Sequence[Article]], list[str]]


@dataclass(frozen=True, slots=True)
class ClusterScore:
    """One method's summary of one cluster, scored for ROUGE and for readability."""

    cluster_id: str
    method: str
    score: RougeScore
    words: int
    seconds: float
    readability: Readability = field(default_factory=Readability)


def require_extra(methods: Sequence[str]) -> None:
    """Fail at once, before any work, when ``methods`` name an unknown method or when the
    ``eval`` extra (ROUGE, sumy) is not installed: :class:`EvaluationError` says which."""
    check_scorer()
    summarizers(methods, build(Settings()))


def summarizers(methods: Sequence[str], pipeline: Pipeline) -> dict[str, Summarize]:
    """The summarize function of each method; every one sees the same candidate sentences."""
    table: dict[str, Summarize] = {}
    for method in methods:
        if method not in DEFAULT_METHODS:
            raise EvaluationError(
                f"unknown method {method!r}; choose from {', '.join(DEFAULT_METHODS)}"
            )
        if method == NEWSFUSE:
            table[method] = _newsfuse_summarizer(pipeline)
        else:
            table[method] = _baseline_summarizer(method, pipeline.settings)
    return table


def _newsfuse_summarizer(pipeline: Pipeline) -> Summarize:
    def run(articles: Sequence[Article]) -> list[str]:
        return [s.text for s in pipeline.brief(articles).sentences]

    return run


def _baseline_summarizer(method: str, settings: Settings) -> Summarize:
    run_baseline = baseline(method)

    def run(articles: Sequence[Article]) -> list[str]:
        return run_baseline(candidate_sentences(articles, settings), settings.words)

    return run


def candidate_sentences(articles: Sequence[Article], settings: Settings) -> list[list[Sentence]]:
    """Per article, the sentences newsfuse itself may choose from."""
    return [article_candidates(article, settings)[1] for article in articles]


def score_clusters(
    records: Iterable[StoryRecord], methods: dict[str, Summarize]
) -> Iterator[ClusterScore | tuple[str, str]]:
    """Every method on every cluster; yields scores, or ``(cluster_id, reason)`` on failure."""
    for record in records:
        try:
            articles = articles_of_record(record, on_skip=_scored_anyway)
        except NewsfuseError as error:
            yield record.id, str(error)
            continue
        reports = Reports([a.text for a in articles])
        for method, summarize in methods.items():
            started = time.perf_counter()
            try:
                sentences = summarize(articles)
            except NewsfuseError as error:
                yield record.id, f"{method}: {error}"
                continue
            elapsed = time.perf_counter() - started
            summary = "\n".join(sentences)
            yield ClusterScore(
                cluster_id=record.id,
                method=method,
                score=score_summary(summary, record.summary),
                words=word_count(summary),
                seconds=elapsed,
                readability=judge_brief(sentences, reports),
            )


def _scored_anyway(problem: InputError) -> None:
    """An empty or junk document of a cluster: every method sees the same others, so the
    evaluation goes on without a word about it (a batch run warns)."""


def process_peak_mb() -> float | None:
    """This process's peak resident memory so far (MB), where the OS reports it."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes there, KiB here


def peak_memory_mb(records: Sequence[StoryRecord], summarize: Summarize) -> float:
    """Peak memory (MB) a method allocates, as ``tracemalloc`` traces it, while it summarises
    any one of ``records`` (the first :data:`MEMORY_SAMPLE`): what the method itself needs
    for a cluster, not the size of the process (see :func:`process_peak_mb`)."""
    peak = 0
    for record in records[:MEMORY_SAMPLE]:
        try:
            articles = articles_of_record(record, on_skip=_scored_anyway)
        except NewsfuseError:
            continue
        tracemalloc.start()
        try:
            summarize(articles)
        except NewsfuseError:
            pass
        finally:
            peak = max(peak, tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
    return peak / 1e6
