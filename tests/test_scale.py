"""Dask engine: the same bytes as the local engines, nothing lost when a worker dies, WARC
ingest spread over workers with one writer."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.jsonl import StoryRecord
from newsfuse.scale import brief_records_on_dask, dask_client
from newsfuse.settings import Settings
from tests.conftest import DEV_SET, EVENTS
from tests.ingest.test_warc import write_warc
from tests.test_cli import run

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

ALL_TEXTS = [text for reports in EVENTS.values() for text in reports]


def write_records(path: Path, count: int, documents: int = 4) -> list[str]:
    """``count`` stories mixing the example reports (plus one broken line); returns ids."""
    ids = []
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            docs = [ALL_TEXTS[(number + k) % len(ALL_TEXTS)] for k in range(documents)]
            handle.write(json.dumps({"id": f"story-{number}", "documents": docs}) + "\n")
            ids.append(f"story-{number}")
        handle.write('{"id": "broken", "documents": 7}\n')
    return ids


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with dask_client(None, workers=2) as dask:
        yield dask


def test_engines_give_byte_identical_output(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    write_records(data, 40)
    outputs = {}
    for engine in ("local", "processes", "dask"):
        target = tmp_path / f"{engine}.jsonl"
        result = run("batch", data, "-o", target, "--engine", engine, "--workers", "2",
                     "--partition-size", "4")  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "wrote 40 briefs" in result.stderr
        assert "skipped " in result.stderr and "in.jsonl:41: 'documents' must be" in result.stderr
        outputs[engine] = target.read_bytes()
    assert outputs["local"] == outputs["processes"] == outputs["dask"]
    assert "dask dashboard:" in result.stderr


def test_partitioned_output_is_the_same_lines_in_part_files(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    write_records(data, 10)
    single, parts = tmp_path / "one.jsonl", tmp_path / "parts"
    assert run("batch", data, "-o", single, "--partition-size", "4").returncode == 0
    assert run("batch", data, "-o", f"{parts}/", "--partition-size", "4").returncode == 0
    files = sorted(parts.glob("part-*.jsonl"))
    assert [f.name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert b"".join(f.read_bytes() for f in files) == single.read_bytes()


@pytest.mark.skipif(not DEV_SET.is_file(), reason=f"the Multi-News dev set is not at {DEV_SET}")
def test_dev_set_is_byte_identical_on_local_and_dask(tmp_path: Path) -> None:
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run("batch", DEV_SET, "-o", local).returncode == 0
    result = run("batch", DEV_SET, "-o", dask, "--engine", "dask", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert local.read_bytes() == dask.read_bytes()
    assert len(local.read_text().splitlines()) == 250


def test_a_killed_worker_loses_and_duplicates_nothing(client: Any) -> None:
    records: list[StoryRecord | InputError] = [
        StoryRecord(f"s{n}", tuple(ALL_TEXTS[(n + k) % 6] for k in range(6))) for n in range(240)
    ]
    records.insert(100, InputError("line 101: not valid JSON"))
    pids: dict[str, int] = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            busy = [w for w, tasks in client.processing().items() if tasks and w in pids]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(pids[busy[0]])
            time.sleep(0.01)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    results = [
        r
        for part in brief_records_on_dask(client, Settings(words=80), records, partition_size=3)
        for r in part
    ]
    killer.join()
    assert killed, "no worker was killed: the test proves nothing"
    ids = [r.id for r in results]
    assert ids == ["?" if isinstance(r, InputError) else r.id for r in records]
    assert [r.error for r in results if r.line is None] == ["line 101: not valid JSON"]


def test_warc_ingest_on_dask_writes_one_store(tmp_path: Path) -> None:
    archives = tmp_path / "crawl"
    archives.mkdir()
    pages = {
        event: f"<html><body><article><p>{reports[0]}</p></article></body></html>".encode()
        for event, reports in EVENTS.items()
    }
    write_warc(
        archives / "a.warc.gz",
        [(f"https://a.example/{e}", "text/html", 200, body) for e, body in pages.items()]
        + [("https://a.example/fire", "text/html", 200, pages["fire"])],  # captured twice
    )
    body = f"<html><body><p>{EVENTS['fire'][1]}</p></body></html>".encode()
    write_warc(archives / "b.warc", [("https://b.example/fire", "text/html", 200, body)])
    (archives / "notes.txt").write_text(EVENTS["tram"][1])
    db = tmp_path / "news.db"
    result = run("ingest", archives, "--db", db, "--engine", "dask", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "added 5, unchanged 0, updated 0, junk 0, skipped 0" in result.stderr
    listed = json.loads(run("stories", "--db", db, "-f", "json").stdout)
    sizes = sorted(len(s["articles"]) for s in listed["stories"])
    assert sizes == [1, 2, 2]
