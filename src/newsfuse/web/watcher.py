"""The poller of ``newsfuse serve --watch``: the live poller (:class:`newsfuse.live.Poller`)
in a thread of the server process, with its own store connection, started and stopped with
the app (its lifespan). A poll round that fails (the store busy past its timeout, say) is
reported and tried again after ``every``; the server goes on answering meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

from newsfuse.clock import iso, utc_now
from newsfuse.live.poller import Poller, PollReport
from newsfuse.web.service import BriefService

STOP_SECONDS = 20.0
Say = Callable[[str], None]


class BackgroundPoller:
    """Polls the followed feeds every ``every`` until :meth:`stop`; :meth:`wake` polls at
    once (a feed was just followed). ``last_round`` and ``last_summary`` tell the /feeds
    page how the latest round went, ``problem`` what failed last."""

    def __init__(self, service: BriefService, every: timedelta, say: Say | None = None) -> None:
        self.every = every
        self.last_round = ""
        self.last_summary = ""
        self.problem = ""
        self._service = service
        self._say = say or _ignore
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="newsfuse-poller", daemon=True)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = STOP_SECONDS) -> bool:
        """Stop between two articles; False when the thread did not end within ``timeout``
        (a fetch still waiting on its timeout: the thread is a daemon, it ends with us)."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._watch()
            except Exception as error:  # reported, and tried again: the server stays up
                self.problem = f"{iso(utc_now())} poll failed: {error}"
                self._say(f"{self.problem}; trying again in {self.every}")
                self._wait(self.every.total_seconds())

    def _watch(self) -> None:
        with self._service.store() as store, self._service.fetcher() as fetcher:
            if store.has_pending():  # what a killed ingest or watcher left unplaced
                store.group_pending()
            poller = Poller(store, fetcher, self.every, on_problem=self._say)
            poller.watch(self._stop, self._wait, self._on_round)

    def _wait(self, seconds: float) -> bool:
        """Sleep until the next feed is due, a wake-up, or a stop (True when stopping)."""
        self._wake.wait(seconds)
        self._wake.clear()
        return self._stop.is_set()

    def _on_round(self, report: PollReport) -> None:
        self.last_round = iso(utc_now())
        self.last_summary = report.summary()
        self._say(f"{self.last_round} {self.last_summary}")


def _ignore(message: str) -> None:
    pass
