"""A store holding the bundled example, and a live server on 127.0.0.1 for browser tests."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")

import uvicorn
from fastapi.testclient import TestClient

from newsfuse.cluster import StoryGrouper
from newsfuse.ingest.fetch import Fetcher
from newsfuse.library import group_stories, ingest
from newsfuse.store.sqlite import Store
from newsfuse.web import WebConfig, create_app
from tests.conftest import EXAMPLE


@pytest.fixture
def example_db(tmp_path: Path) -> Path:
    """A store with the harbour-fire example ingested and grouped: story 1."""
    db = tmp_path / "news.db"
    with Store(db) as store, Fetcher() as fetcher:
        ingest([str(EXAMPLE)], store, fetcher)
        group_stories(store, StoryGrouper())
    return db


def web_client(config: WebConfig, **options: object) -> TestClient:
    """A test client of the app that uses a host name the app answers (127.0.0.1: the
    client's default, "testserver", is refused like any foreign Host)."""
    return TestClient(create_app(config), base_url="http://127.0.0.1", **options)  # type: ignore[arg-type]


def form_token(client: TestClient) -> str:
    """The token a form of the app carries, as a browser that opened /new would send it."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/new").text)
    assert found, "the /new form carries no csrf_token"
    return found.group(1)


def wait_until(condition: Callable[[], bool], seconds: float = 90) -> bool:
    """Whether ``condition`` held within ``seconds`` (looked at five times a second): a
    deadline generous enough for a machine under load, reached only when the code is wrong."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def job_done(client: TestClient, location: str) -> Callable[[], bool]:
    """A condition: the job page at ``location`` no longer refreshes itself (the job ended)."""
    return lambda: 'http-equiv="refresh"' not in client.get(location).text


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def live_server(example_db: Path) -> Iterator[str]:
    """The app served by uvicorn on a free port of 127.0.0.1, stopped after the test."""
    with serving(WebConfig(db=example_db)) as base:
        yield base


@contextmanager
def serving(web_config: WebConfig) -> Iterator[str]:
    """The app of ``web_config`` served by uvicorn on a free port of 127.0.0.1 (its base URL
    yielded), stopped when the block ends (the app's lifespan runs: ``serve --watch``)."""
    port = free_port()
    config = uvicorn.Config(
        create_app(web_config), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)
