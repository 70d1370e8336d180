"""Background jobs for the /new page: the page shows progress while a brief is made, and
never freezes on slow URLs. In memory, bounded, two at a time."""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

MAX_JOBS = 200


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
    """Runs jobs on a small thread pool and keeps the latest :data:`MAX_JOBS` of them."""

    def __init__(self, workers: int = 2) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newsfuse-job")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()

    def submit(self, work: Callable[[Job], Any], describe_error: Callable[[Exception], str]) -> Job:
        job = Job(id=uuid.uuid4().hex[:12])
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > MAX_JOBS:
                self._jobs.popitem(last=False)
        self._pool.submit(self._run, job, work, describe_error)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

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
