"""Briefs on Dask: clusters/s and peak memory per worker for 1 and 2 local workers, with the
input at 1x and 10x the dev set (streamed, so memory should stay flat), against the
in-process engine on the same input.

    python benchmarks/dask_scale.py [--data ../shared/data/multinews_dev.jsonl] [--times 10]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from newsfuse.batch import brief_partitions
from newsfuse.ingest.jsonl import read_stories
from newsfuse.pipeline import build
from newsfuse.scale import brief_records_on_dask, dask_client
from newsfuse.settings import Settings

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"


def repeated_input(data: Path, times: int, folder: Path) -> Path:
    """The data set ``times`` over, with distinct ids, written as one JSONL file."""
    path = folder / f"input-x{times}.jsonl"
    lines = data.read_text(encoding="utf-8").splitlines()
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(times):
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{record['id']}-{copy}"
                handle.write(json.dumps(record) + "\n")
    return path


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process(os.getpid()).memory_info().rss) / 1e6


class PeakWorkerMemory:
    """Samples every worker's resident memory twice a second, keeping each one's peak."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.peaks: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakWorkerMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                for worker, rss in self._client.run(_rss_mb).items():
                    self.peaks[worker] = max(self.peaks.get(worker, 0.0), rss)
            except Exception:  # a worker restarting mid-sample: skip this sample
                pass
            self._stop.wait(0.5)


def run_dask(path: Path, workers: int, settings: Settings) -> tuple[int, float, list[float]]:
    with dask_client(None, workers) as client:
        client.run(lambda: build(settings))  # warm every worker before timing
        with PeakWorkerMemory(client) as memory:
            started = time.perf_counter()
            done = sum(
                len(part) for part in brief_records_on_dask(client, settings, read_stories(path))
            )
            seconds = time.perf_counter() - started
    return done, seconds, sorted(memory.peaks.values())


def run_local(path: Path, settings: Settings) -> tuple[int, float]:
    pipeline = build(settings)
    started = time.perf_counter()
    done = sum(len(part) for part in brief_partitions(pipeline, read_stories(path), 1, 32))
    return done, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args()
    settings = Settings()
    print(f"{'engine':<10} {'input':>7} {'clusters/s':>11} {'peak MB per worker':>20}")
    with tempfile.TemporaryDirectory() as tmp:
        for times in (1, args.times):
            path = repeated_input(args.data, times, Path(tmp))
            done, seconds = run_local(path, settings)
            print(f"{'local':<10} {done:>7} {done / seconds:>11.1f} {'-':>20}")
            for workers in (1, 2):
                done, seconds, peaks = run_dask(path, workers, settings)
                shown = ", ".join(f"{p:.0f}" for p in peaks)
                print(f"{f'dask x{workers}':<10} {done:>7} {done / seconds:>11.1f} {shown:>20}")
    client_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"client (this process) peak RSS over all runs: {client_peak:.0f} MB")


if __name__ == "__main__":
    main()
