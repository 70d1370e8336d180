"""The ``newsfuse`` command line: brief, batch, eval, ingest, stories, serve.

Every :class:`NewsfuseError` becomes one line ``newsfuse: error: ...`` and exit code 2 (one
decorator, :func:`command`), as does a run that did nothing because every input was bad; a
bad option value is a usage error listing the valid values (exit 2, from Typer); a run that
did some work exits 0 and says what it skipped.
"""

from __future__ import annotations

import functools
import io
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsfuse._version import __version__
from newsfuse.api import load_articles
from newsfuse.batch import UNREAD_LINE, BatchSink, StoryResult, available_cpus, brief_partitions
from newsfuse.documents import Brief, Changes
from newsfuse.errors import InputError, NewsfuseError, StoreError
from newsfuse.eval.methods import DEFAULT_METHODS
from newsfuse.ingest.jsonl import count_story_lines, read_stories
from newsfuse.pipeline import build
from newsfuse.render import render
from newsfuse.settings import DEFAULT_WORDS, Settings

if TYPE_CHECKING:
    from datetime import timedelta

    from rich.table import Table

    from newsfuse.ingest.fetch import Fetcher
    from newsfuse.ingest.pages import Page, Skipped
    from newsfuse.library import IngestReport, OnResult
    from newsfuse.store.sqlite import AddResult, Store

app = typer.Typer(
    name="newsfuse",
    help="Fuse many news reports of one event into one short brief that cites its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)

WordsOption = Annotated[int, typer.Option("--words", "-w", help="Word budget of the brief.")]


def fail(message: str) -> typer.Exit:
    """One plain line on stderr (never wrapped, so scripts can grep it) and exit code 2."""
    sys.stderr.write(f"newsfuse: error: {message}\n")
    return typer.Exit(code=2)


def say(message: str) -> None:
    sys.stderr.write(f"newsfuse: {message}\n")


def plural(count: int, one: str, many: str) -> str:
    """``1 story``, ``2 stories``.

    Example:
        >>> plural(1, "story", "stories"), plural(0, "brief", "briefs")
        ('1 story', '0 briefs')
    """
    return f"{count} {one if count == 1 else many}"


P = ParamSpec("P")
R = TypeVar("R")


def command(name: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """``@app.command()`` whose :class:`NewsfuseError` becomes one line and exit code 2."""

    def register(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return function(*args, **kwargs)
            except NewsfuseError as error:
                raise fail(str(error)) from None

        app.command(name)(run)
        return run

    return register


class BriefFormat(StrEnum):
    markdown = "markdown"
    json = "json"
    html = "html"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class BatchEngine(StrEnum):
    local = "local"
    processes = "processes"
    dask = "dask"


class IngestEngine(StrEnum):
    local = "local"
    dask = "dask"


DbOption = Annotated[
    Path | None, typer.Option("--db", help="The store (default: in your user data folder).")
]


@command()
def brief(
    paths: Annotated[
        list[Path] | None, typer.Argument(help=".txt, .md, .html files or folders.")
    ] = None,
    words: WordsOption = DEFAULT_WORDS,
    fmt: Annotated[BriefFormat, typer.Option("--format", "-f", help="Output format.")] = (
        BriefFormat.markdown
    ),
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    story: Annotated[
        int | None, typer.Option(help="Show the latest brief version of this stored story.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Brief one story: the reports at PATHS, or a stored story with --story ID."""
    if (story is None) == (not paths):
        raise fail("give either report PATHS or --story ID (see `newsfuse stories`)")
    for path in paths or []:
        if str(path).startswith(("http:/", "https:/")):  # the Path type made "//" one "/"
            raise fail(
                f"{path.as_posix().replace(':/', '://', 1)}: a URL, not a file or folder:"
                " store it with `newsfuse ingest URL`, then `newsfuse brief --story ID`"
            )
    if story is not None:
        result, changes = _stored_brief(db, story, words)
    else:
        result, changes = build(Settings(words=words)).brief(load_articles(paths or [])), None
    for warning in result.warnings:
        logging.getLogger("newsfuse").warning("%s", warning)
    text = render(result, fmt.value, changes)
    if output is None:
        sys.stdout.write(text)
    else:
        _write_text(output, text)


SchedulerOption = Annotated[
    str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786.")
]


@command()
def batch(
    input_path: Annotated[Path, typer.Argument(metavar="IN.jsonl", help="One story a line.")],
    output_name: Annotated[
        str, typer.Option("--output", "-o", help="OUT.jsonl, or DIR/ for part files.")
    ],
    words: WordsOption = DEFAULT_WORDS,
    engine: Annotated[
        BatchEngine,
        typer.Option(
            help="processes: a pool of --workers processes; local: this process only; "
            "dask: a Dask cluster (--scheduler, or a local one)."
        ),
    ] = BatchEngine.processes,
    workers: Annotated[
        int | None,
        typer.Option(help="Processes (or local Dask workers); default: every CPU core."),
    ] = None,
    scheduler: SchedulerOption = None,
    partition_size: Annotated[int, typer.Option(help="Stories per task / part file.")] = 32,
) -> None:
    """Brief every story of a Multi-News-style JSONL file (`id`, `documents`).

    By default the stories are shared among one process per CPU core. The output is the
    same byte for byte, in input order, whatever the engine and the number of workers."""
    workers = 1 if engine == BatchEngine.local else workers or available_cpus()
    if not input_path.is_file():
        raise fail(f"no such file: {input_path}")
    output = Path(output_name)
    partitioned = output.is_dir() or output_name.endswith(("/", "\\"))
    try:
        settings = Settings(words=words)
        with _partitions(engine, settings, input_path, workers, scheduler, partition_size) as parts:
            written, failed = _write_batch(parts, BatchSink(output, partitioned), input_path)
    except OSError as error:
        raise fail(f"{output}: cannot write ({error.strerror})") from None
    if failed and not written:
        raise fail(
            f"no brief written: every story was skipped ({plural(failed, 'story', 'stories')})"
        )
    say(
        f"wrote {plural(written, 'brief', 'briefs')} to {output},"
        f" {plural(failed, 'story', 'stories')} skipped"
    )


@contextmanager
def _partitions(
    engine: BatchEngine,
    settings: Settings,
    input_path: Path,
    workers: int,
    scheduler: str | None,
    partition_size: int,
) -> Iterator[Iterator[list[StoryResult]]]:
    records = read_stories(input_path)
    if engine != BatchEngine.dask:
        yield brief_partitions(build(settings), records, workers, partition_size)
        return
    from newsfuse.scale import brief_records_on_dask

    with _dask_session(scheduler, workers) as client:
        yield brief_records_on_dask(client, settings, records, partition_size)


@contextmanager
def _dask_session(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A Dask client (see :func:`newsfuse.scale.dask_client`), its dashboard on stderr."""
    from newsfuse.scale import dashboard_of, dask_client

    with dask_client(scheduler, workers) as client:
        say(f"dask dashboard: {dashboard_of(client)}")
        yield client


def _write_batch(
    partitions: Iterator[list[StoryResult]], sink: BatchSink, input_path: Path
) -> tuple[int, int]:
    written = failed = 0
    with sink, _progress() as progress:
        task = progress.add_task("briefing", total=count_story_lines(input_path))
        for results in partitions:
            for result in results:
                if result.line is None:
                    say(_skipped_story(result))
            lines = [r.line for r in results if r.line is not None]
            sink.write(lines)
            written += len(lines)
            failed += len(results) - len(lines)
            progress.advance(task, len(results))
    return written, failed


def _skipped_story(result: StoryResult) -> str:
    """One line: the story's id and why it failed; a line that was no story names its place
    in the file (the error starts with it)."""
    if result.id == UNREAD_LINE:
        return f"skipped {result.error}"
    return f"skipped story {result.id}: {result.error}"


@command()
def ingest(
    sources: Annotated[
        list[str], typer.Argument(help="Files, folders, http(s) URLs, feeds, WARC or JSONL.")
    ],
    db: DbOption = None,
    allow_private: Annotated[
        bool, typer.Option(help="Allow URLs on loopback and private networks.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="One line per page, once it is stored.")
    ] = False,
    engine: Annotated[
        IngestEngine, typer.Option(help="local, or dask to read WARC files on Dask.")
    ] = IngestEngine.local,
    workers: Annotated[int, typer.Option(help="Local Dask workers.")] = 2,
    scheduler: SchedulerOption = None,
) -> None:
    """Store reports from SOURCES (idempotent: what is stored already is not stored again)."""
    from newsfuse.ingest.fetch import Fetcher, FetchPolicy
    from newsfuse.ingest.pages import Skipped
    from newsfuse.library import ingest as ingest_sources

    def report_page(item: Page | Skipped, result: AddResult | None) -> None:
        if isinstance(item, Skipped):
            say(f"skipped {item}")
        elif verbose and result is not None:
            junk = f" (junk: {item.junk})" if item.junk else ""
            sys.stdout.write(f"{result.outcome} {result.article_id} {item.source}{junk}\n")
            sys.stdout.flush()

    made_now = not (db or _default_db()).exists()
    with (
        _open_store(db, create=True) as store,
        Fetcher(FetchPolicy(allow_private=allow_private)) as fetcher,
    ):
        if engine == IngestEngine.dask:
            report = _ingest_on_dask(sources, store, fetcher, report_page, workers, scheduler)
        else:
            report = ingest_sources(sources, store, fetcher, on_result=report_page)
    say(report.summary())
    if report.nothing_stored:
        if made_now:  # a mistyped source leaves no empty store behind for `stories` to find
            _remove_store(db or _default_db())
        raise fail("nothing stored: every source was skipped")


@command()
def stories(
    db: DbOption = None,
    since: Annotated[
        datetime | None,
        typer.Option(
            help="Only stories with news on or after this date (or time).",
            formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"],
        ),
    ] = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ListFormat.table
    ),
) -> None:
    """List the stored stories, the last updated first (articles are grouped as they are
    stored; this only places what a killed run left unplaced)."""
    from newsfuse.library import group_stories
    from newsfuse.store.listing import stories_json, stories_table

    after = _iso(since)
    with _open_store(db) as store:
        if store.has_pending():
            report = group_stories(store)
            articles = plural(report.grouped, "unplaced article", "unplaced articles")
            stories = plural(report.new_stories, "new story", "new stories")
            say(f"grouped {articles} into {stories}")
        if fmt == ListFormat.json:
            sys.stdout.write(stories_json(store, after) + "\n")
        else:
            Console().print(stories_table(store, after))


AllowPrivate = Annotated[bool, typer.Option(help="Allow URLs on loopback and private networks.")]


@command()
def follow(
    urls: Annotated[
        list[str] | None, typer.Argument(help="RSS/Atom feed URLs, or pages that link one.")
    ] = None,
    db: DbOption = None,
    show: Annotated[bool, typer.Option("--list", help="List the followed feeds.")] = False,
    allow_private: AllowPrivate = False,
) -> None:
    """Follow feeds (`newsfuse watch` polls them), or list them with --list."""
    from newsfuse.ingest.fetch import Fetcher, FetchPolicy
    from newsfuse.ingest.pages import Skipped
    from newsfuse.live.follow import follow as follow_url

    if show == bool(urls):
        raise fail("give feed URLs to follow, or --list to see the followed feeds")
    followed = 0
    with _open_store(db, create=not show) as store:
        if show:
            Console().print(_feeds_table(store))
            return
        with Fetcher(FetchPolicy(allow_private=allow_private)) as fetcher:
            for url in urls or []:
                try:
                    done = follow_url(url, store, fetcher)
                except InputError as error:
                    say(f"skipped {Skipped.of(error, url)}")
                    continue
                followed += 1
                state = "following" if done.new else "already following"
                sys.stdout.write(f"{state} {done.feed.url} {done.feed.title}\n".rstrip() + "\n")
    if not followed:
        raise fail("nothing followed: every URL was skipped")


@command()
def unfollow(
    urls: Annotated[list[str], typer.Argument(help="Followed feed URLs (or the pages given).")],
    db: DbOption = None,
) -> None:
    """Stop following feeds; their stored articles stay."""
    missing = 0
    with _open_store(db) as store:
        for url in urls:
            if store.feeds.unfollow(url):
                sys.stdout.write(f"unfollowed {url}\n")
            else:
                say(f"skipped {url}: not followed (see `newsfuse follow --list`)")
                missing += 1
    if missing == len(urls):
        raise fail("nothing unfollowed: no URL given is followed")


@command()
def watch(
    db: DbOption = None,
    every: Annotated[str, typer.Option(help="Poll each feed this often: 15m, 1h, 30s.")] = "15m",
    once: Annotated[
        bool, typer.Option(help="Poll every followed feed once, print a summary, exit.")
    ] = False,
    allow_private: AllowPrivate = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="One line per article, once it is stored.")
    ] = False,
) -> None:
    """Poll the followed feeds: new articles are stored and grouped at once, and each story
    that changed gets a new brief version. Runs until Ctrl-C or SIGTERM (or --once)."""
    from newsfuse.live.schedule import parse_every

    interval = parse_every(every)
    with _open_store(db) as store:
        _run_watch(store, interval, once, allow_private, verbose)


def _run_watch(
    store: Store, every: timedelta, once: bool, allow_private: bool, verbose: bool
) -> None:
    import signal
    import threading

    from newsfuse.clock import iso, utc_now
    from newsfuse.ingest.fetch import Fetcher, FetchPolicy
    from newsfuse.live.poller import Poller, PollReport

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())

    def on_article(page: Page, result: AddResult) -> None:
        if verbose:
            sys.stdout.write(f"{result.outcome} {result.article_id} {page.source}\n")
            sys.stdout.flush()

    def on_round(report: PollReport) -> None:
        sys.stdout.write(f"{iso(utc_now())} {report.summary()}\n")
        sys.stdout.flush()

    if store.has_pending():
        store.group_pending()
    with Fetcher(FetchPolicy(allow_private=allow_private)) as fetcher:
        poller = Poller(store, fetcher, every, on_article=on_article, on_problem=say)
        if once:
            report = poller.poll_all(stop)
            sys.stdout.write(report.summary() + "\n")
        else:
            say(f"watching {len(store.feeds.all())} feeds every {every} (Ctrl+C to stop)")
            poller.watch(stop, stop.wait, on_round)
    if stop.is_set():
        say("stopped")


def _feeds_table(store: Store) -> Table:
    from rich.table import Table

    table = Table(title="Followed feeds")
    for column in ("feed", "title", "last poll", "status", "next due", "errors"):
        table.add_column(column, overflow="fold")
    for feed in store.feeds.all():
        status = f"{feed.status}: {feed.last_error}" if feed.last_error else feed.status
        table.add_row(
            feed.url,
            feed.title,
            feed.last_polled[:16].replace("T", " ") or "never",
            status,
            feed.next_due[:16].replace("T", " "),
            str(feed.errors),
        )
    return table


def _iso(moment: datetime | None) -> str:
    """A ``--since`` value as the store compares it: the date, or the date and time.

    Example:
        >>> _iso(datetime(2026, 3, 11)), _iso(datetime(2026, 3, 11, 8, 30)), _iso(None)
        ('2026-03-11', '2026-03-11T08:30:00', '')
    """
    if moment is None:
        return ""
    return (
        moment.date().isoformat()
        if moment == datetime(*moment.timetuple()[:3])
        else (moment.isoformat())
    )


@command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_private: Annotated[
        bool, typer.Option(help="Let /new and the API fetch URLs on private networks.")
    ] = False,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            help="Another host name clients may use to reach the server (repeatable); "
            "localhost, 127.0.0.1, [::1] and --host are always answered."
        ),
    ] = None,
    watch: Annotated[
        bool, typer.Option(help="Poll the followed feeds in the server (as `newsfuse watch`).")
    ] = False,
    every: Annotated[
        str, typer.Option(help="With --watch: poll each feed this often: 15m, 1h, 30s.")
    ] = "15m",
) -> None:
    """Serve the stories, the followed feeds, the /new page and the JSON API (docs at /docs);
    with --watch, also poll the followed feeds as `newsfuse watch` does."""
    try:
        import uvicorn

        from newsfuse.live.schedule import parse_every
        from newsfuse.store.sqlite import default_db_path
        from newsfuse.web import WebConfig, create_app
    except ImportError:
        raise fail(
            "serve needs FastAPI and uvicorn, part of the base install: reinstall newsfuse"
            " (pip install -e . in the newsfuse folder)"
        ) from None
    config = WebConfig(
        db=db or default_db_path(),
        allow_private=allow_private,
        host=host,
        allowed_hosts=tuple(allowed_host or ()),
        watch_every=parse_every(every) if watch else None,
        say=say,
    )
    _open_store(config.db).close()  # a clear error now rather than on the first request
    say(f"serving {config.db} on http://{host}:{port}/ (Ctrl+C to stop)")
    if config.watch_every is not None:
        say(f"polling the followed feeds every {config.watch_every} (see /feeds)")
    if host in ("0.0.0.0", "::") and not allowed_host:
        say("only localhost names are answered: add --allowed-host NAME for each other name")
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning")


def _method_list(value: str) -> str:
    """``--methods`` checked: a usage error names an unknown method and lists the valid ones."""
    chosen = [m.strip() for m in value.split(",") if m.strip()]
    unknown = [m for m in chosen if m not in DEFAULT_METHODS]
    if unknown or not chosen:
        problem = f"unknown method {unknown[0]!r}" if unknown else "no method given"
        raise typer.BadParameter(f"{problem}; choose from {', '.join(DEFAULT_METHODS)}")
    return ",".join(chosen)


@command("eval")
def evaluate_command(
    data: Annotated[Path, typer.Argument(metavar="DATA.jsonl", help="id, documents, summary.")],
    words: WordsOption = 230,
    methods: Annotated[
        str,
        typer.Option(
            help=f"Comma-separated, of: {', '.join(DEFAULT_METHODS)}.", callback=_method_list
        ),
    ] = ",".join(DEFAULT_METHODS),
    systems: Annotated[
        Path | None, typer.Option(help="Other systems' outputs: id, system, summary.")
    ] = None,
    report: Annotated[Path | None, typer.Option(help="Write clusters.csv + summary.json.")] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N clusters.")] = None,
) -> None:
    """Score newsfuse and the classic baselines with ROUGE against reference summaries."""
    from newsfuse.eval.display import print_evaluation
    from newsfuse.eval.harness import evaluate, load_references, load_system_outputs
    from newsfuse.eval.runner import require_extra

    chosen = methods.split(",")
    require_extra(chosen)  # before any work or progress bar
    pipeline = build(Settings(words=words))
    records = load_references(data)[:limit]
    outputs = load_system_outputs(systems) if systems else []
    with _progress() as progress:
        task = progress.add_task("evaluating", total=len(records))
        result = evaluate(
            records, chosen, pipeline, outputs, on_cluster=lambda: progress.advance(task)
        )
    print_evaluation(result, Console())
    if report is not None:
        from newsfuse.eval.report import write_report

        write_report(
            report,
            result.scores,
            result.summaries,
            result.intervals,
            {"words": words, "data": str(data), "clusters": len(records)},
        )


def _ingest_on_dask(
    sources: list[str],
    store: Store,
    fetcher: Fetcher,
    on_result: OnResult,
    workers: int,
    scheduler: str | None,
) -> IngestReport:
    from newsfuse.scale import ingest_on_dask

    with _dask_session(scheduler, workers) as client:
        report = ingest_on_dask(client, sources, store, fetcher, on_result)
    report.grouping = store.group_pending()
    return report


def _default_db() -> Path:
    from newsfuse.store.sqlite import default_db_path

    return default_db_path()


def _remove_store(path: Path) -> None:
    """Remove a store this run made and left empty (with SQLite's WAL side files)."""
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        name.unlink(missing_ok=True)


def _open_store(db: Path | None, create: bool = False) -> Store:
    """The store at ``db`` (default: the user's); one that does not exist is created only
    when ``create`` (ingest): reading a store never makes an empty one at a mistyped path."""
    from newsfuse.store.sqlite import Store, default_db_path

    path = db or default_db_path()
    if not create and not path.exists():
        named = f" --db {db}" if db else ""
        raise StoreError(
            f"no store here; create one with `newsfuse ingest SOURCE...{named}`"
            f" or `newsfuse follow FEED...{named}`",
            path,
        )
    return Store(path)


def _stored_brief(db: Path | None, story: int, words: int) -> tuple[Brief, Changes]:
    from newsfuse.live.versions import latest_brief

    with _open_store(db) as store:
        return latest_brief(store, story, words)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=False,
    )


def _write_text(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8", errors="backslashreplace")
    except OSError as error:
        raise fail(f"{path}: cannot write ({error.strerror})") from None


def _version_callback(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsfuse {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True)
    ] = False,
) -> None:
    """newsfuse: cited briefs from many reports of one event."""
    logging.basicConfig(format="newsfuse: warning: %(message)s", level=logging.WARNING)
    if isinstance(sys.stdout, io.TextIOWrapper):  # a name no encoding can print shows escaped
        sys.stdout.reconfigure(errors="backslashreplace")


def main() -> None:
    app()
