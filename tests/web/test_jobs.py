"""The brief job bound: /new and POST /api/briefs share a few slots and a bounded queue;
when both are full the answer is 503 with Retry-After, and the story list and story pages
still answer. Jobs are made to block on an event, so nothing here depends on timing."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from newsfuse.documents import Article
from newsfuse.web import WebConfig
from newsfuse.web.jobs import BusyError, JobBoard
from newsfuse.web.service import BriefService
from tests.conftest import EVENTS
from tests.web.conftest import form_token, web_client

WAIT = 30  # seconds; a safety net for a broken test, never reached when the code works


class Gate:
    """Makes every brief of posted input wait at the gate until it is opened."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.arrived = threading.Semaphore(0)

    def wait_for_arrivals(self, count: int) -> None:
        for _ in range(count):
            assert self.arrived.acquire(timeout=WAIT), "a job never started"


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    gate = Gate()
    real = BriefService.articles_from

    def held(self: BriefService, documents: Sequence[str], urls: Sequence[str], **kw: Any) -> Any:
        gate.arrived.release()
        assert gate.opened.wait(WAIT), "the gate was never opened"
        articles: list[Article] = real(self, documents, urls, **kw)
        return articles

    monkeypatch.setattr(BriefService, "articles_from", held)
    yield gate
    gate.opened.set()  # never leave a job thread waiting


def new_report(client: TestClient) -> httpx.Response:
    form = {"documents": [EVENTS["tram"][0]], "csrf_token": form_token(client)}
    return client.post("/new", data=form, follow_redirects=False)


def test_a_full_queue_answers_503_and_the_pages_stay_responsive(
    example_db: Path, gate: Gate
) -> None:
    client = web_client(WebConfig(db=example_db, brief_workers=1, brief_queue=1))
    running, waiting = new_report(client), new_report(client)
    assert running.status_code == waiting.status_code == 303
    gate.wait_for_arrivals(1)  # one runs (held at the gate), one waits in the queue

    refused = new_report(client)
    assert refused.status_code == 503 and refused.headers["Retry-After"] == "30"
    assert "the server is busy with 1 briefs and 1 more waiting" in refused.text
    api = client.post("/api/briefs", json={"documents": EVENTS["fire"]})
    assert api.status_code == 503 and api.headers["Retry-After"] == "30"
    assert "busy" in api.json()["detail"]

    # While every slot is taken, the story list and a story's brief still answer.
    assert client.get("/").status_code == 200
    story = client.get("/stories/1", params={"words": 60})
    assert story.status_code == 200 and "Port Halden" in story.text
    assert client.get("/api/stories").status_code == 200

    gate.opened.set()
    gate.wait_for_arrivals(1)  # the waiting job ran once the first was done
    for job in (running, waiting):
        page = _finished_job_page(client, job.headers["location"])
        assert "Ostvik" in page
    assert client.post("/api/briefs", json={"documents": EVENTS["fire"]}).status_code == 200


def test_api_briefs_take_a_slot_while_they_run(example_db: Path, gate: Gate) -> None:
    client = web_client(WebConfig(db=example_db, brief_workers=1, brief_queue=0))
    answers: list[httpx.Response] = []
    body = {"documents": EVENTS["fire"]}
    caller = threading.Thread(target=lambda: answers.append(client.post("/api/briefs", json=body)))
    caller.start()
    gate.wait_for_arrivals(1)
    refused = new_report(client)
    assert refused.status_code == 503 and "Retry-After" in refused.headers
    assert client.get("/stories/1").status_code == 200
    gate.opened.set()
    caller.join(WAIT)
    assert answers and answers[0].status_code == 200, answers
    assert answers[0].json()["sentences"]
    assert new_report(client).status_code == 303  # the slot is free again


def test_the_board_counts_failed_jobs_as_finished() -> None:
    board = JobBoard(workers=1, waiting=0)

    def fail() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        board.call(fail).result(WAIT)
    assert board.call(lambda: 7).result(WAIT) == 7  # the failed one gave its slot back
    release = threading.Event()
    held = board.call(lambda: release.wait(WAIT))
    with pytest.raises(BusyError, match="busy with 1 briefs and 0 more waiting"):
        board.call(lambda: 8)
    release.set()
    assert held.result(WAIT) is True
    board.shutdown()


def _finished_job_page(client: TestClient, location: str) -> str:
    """The job's page once the job is done (the page refreshes itself until then)."""
    for _ in range(WAIT * 20):
        page = client.get(location).text
        if "Working" not in page:
            return page
        threading.Event().wait(0.05)
    raise AssertionError(f"{location} never finished")
