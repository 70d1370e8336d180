"""Brief jobs of the web app: the /new page's background jobs (the page shows progress and
never freezes on slow URLs) and the JSON API's briefs share one bounded pool.

At most ``workers`` briefs run at once and at most ``waiting`` more wait their turn; past
that, :meth:`JobBoard.submit` and :meth:`JobBoard.call` refuse with :class:`BusyError` (the
app answers 503 with ``Retry-After``) instead of queueing without end. The pool is not the
server's own thread pool, so the story list and story pages stay responsive while it is full.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

MAX_JOBS = 200  # finished /new jobs kept for their pages
DEFAULT_WORKERS = 2
DEFAULT_WAITING = 8
RETRY_AFTER_SECONDS = 30

T = TypeVar("T")


class BusyError(Exception):
    """Every brief slot is taken and the queue is full: try again after ``retry_after``
    seconds."""

    def __init__(self, running: int, waiting: int, retry_after: int = RETRY_AFTER_SECONDS):
        super().__init__(
            f"the server is busy with {running} briefs and {waiting} more waiting;"
            f" try again in {retry_after} seconds"
        )
        self.retry_after = retry_after

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


@dataclass
class Job:
    id: str
    status: str = "queued"  # queued, running, done, failed
    message: str = "Waiting to start"
    result: Any = None
    error: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def report(self, message: str) -> None:
        with self.lock:
            self.message = message


class JobBoard:
    """Runs brief jobs on a small pool with a bounded queue; keeps the latest
    :data:`MAX_JOBS` /new jobs for their pages."""

    def __init__(self, workers: int = DEFAULT_WORKERS, waiting: int = DEFAULT_WAITING) -> None:
        if workers < 1 or waiting < 0:
            raise ValueError(f"workers must be >= 1 and waiting >= 0, got {workers}, {waiting}")
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newsfuse-job")
        self._workers = workers
        self._capacity = workers + waiting
        self._unfinished = 0
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()

    def submit(self, work: Callable[[Job], Any], describe_error: Callable[[Exception], str]) -> Job:
        """Start a /new job (its page follows it); :class:`BusyError` when the queue is full."""
        job = Job(id=uuid.uuid4().hex[:12])
        self.call(lambda: self._run(job, work, describe_error))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > MAX_JOBS:
                self._jobs.popitem(last=False)
        return job

    def call(self, work: Callable[[], T]) -> Future[T]:
        """Run ``work`` in a slot (the API awaits the future); :class:`BusyError` when every
        slot is taken and the queue is full."""
        with self._lock:
            if self._unfinished >= self._capacity:
                running = min(self._unfinished, self._workers)
                raise BusyError(running, self._unfinished - running)
            self._unfinished += 1
        try:
            return self._pool.submit(self._counted, work)
        except RuntimeError:  # the pool is shut down: the server is stopping
            self._finished()
            raise

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _counted(self, work: Callable[[], T]) -> T:
        try:
            return work()
        finally:
            self._finished()

    def _finished(self) -> None:
        with self._lock:
            self._unfinished -= 1

    @staticmethod
    def _run(
        job: Job, work: Callable[[Job], Any], describe_error: Callable[[Exception], str]
    ) -> None:
        job.status = "running"
        try:
            result = work(job)
        except Exception as error:  # shown to the user on the job page, never lost
            with job.lock:
                job.status, job.error = "failed", describe_error(error)
            return
        with job.lock:
            job.status, job.result, job.message = "done", result, "Done"
