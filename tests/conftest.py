"""Shared fixtures: the bundled example story and paths into ../shared when it is present."""

from __future__ import annotations

import http.server
import signal
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.live.feedsite import Site

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour-fire"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DEV_SET = SHARED / "data" / "multinews_dev.jsonl"


@pytest.fixture
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture
def seeds_dir() -> Path:
    if not any(SEEDS.glob("*.txt")):
        pytest.skip(f"the seed reports are not at {SEEDS}")
    return SEEDS


WIRE = (
    "A fire tore through the grain terminal at Port Halden on Tuesday night, forcing the "
    "evacuation of about 200 nearby homes."
)
STORY_A = (
    f"{WIRE}\n\nTwo workers were taken to hospital with burns, the fire service said.\n\n"
    "Fire chief Marta Lind said crews had the fire under control by 2 a.m. on Wednesday.\n\n"
    "Sign up to our newsletter\n\nThe cause of the fire is not yet known, police said."
)
STORY_B = (
    f"{WIRE.replace('tore', 'swept')}\n\nThe union said five workers were hurt and that the "
    "fire was still burning on Wednesday morning.\n\nThe terminal stores about 40,000 tonnes "
    "of wheat and barley for farmers in the western valleys.\n\nRead more: harbour news"
)


@pytest.fixture
def two_reports() -> list[str]:
    return [STORY_A, STORY_B]


# Three more events, two reports each, for grouping a stream into stories.
TRAM_A = (
    "Ostvik city council approved the new tram line to the university campus on Thursday "
    "by 31 votes to 18, after a debate that lasted more than six hours. Mayor Lena Brandt "
    "said construction of the 9-kilometre line would start next spring and cost about 410 "
    "million crowns. Opponents on the council said the tram would drain money from buses."
)
TRAM_B = (
    "The tram line to Ostvik university won approval from the city council late on Thursday. "
    "Councillors voted 31 to 18 for the 410-million-crown project, which Mayor Lena Brandt "
    "called the biggest investment in the city's transport in forty years. Student groups "
    "cheered in the public gallery as the result of the council vote was read out."
)
STORM_A = (
    "Storm Edda brought winds of up to 140 km/h to the Varna coast on Monday, closing all "
    "schools in three districts and cutting power to 52,000 homes. The national weather "
    "office kept its red warning in place until midnight and told residents to stay indoors. "
    "Ferries between Varna and the islands were cancelled for the rest of the day."
)
STORM_B = (
    "More than 50,000 homes on the Varna coast lost power as Storm Edda hit on Monday with "
    "gusts of 140 km/h. Schools in three districts were shut, and the weather office's red "
    "warning stayed in force until midnight. The islands' ferry link was cancelled, "
    "stranding hundreds of travellers in Varna harbour overnight."
)
EVENTS = {"fire": [STORY_A, STORY_B], "tram": [TRAM_A, TRAM_B], "storm": [STORM_A, STORM_B]}


@pytest.fixture
def event_reports(tmp_path: Path) -> Path:
    """A folder of six reports of three events, files named by event and number."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for event, reports in EVENTS.items():
        for number, text in enumerate(reports, start=1):
            (folder / f"{event}-{number}.txt").write_text(text, encoding="utf-8")
    return folder


class QuietHandler(http.server.BaseHTTPRequestHandler):
    """A request handler for test servers: no request log, one call to send a 200 reply."""

    def reply(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def http_server(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[int]:
    """Serve ``handler`` on a free port of 127.0.0.1 (yielded) until the block ends."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    """A news site on 127.0.0.1 whose feeds the test publishes to (tests.live.feedsite)."""
    from tests.live.feedsite import Site, handler_for  # feedsite imports this module

    state = Site()
    with http_server(handler_for(state)) as port:
        state.port = port
        yield state


def kill_and_read_ids(child: subprocess.Popen[str], db: Path) -> set[int]:
    """Kill a running newsfuse process outright (no clean-up of its own), check that the
    store it was writing is intact, and give the ids of the articles it holds."""
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in connection.execute("SELECT id FROM articles")}
