"""Time the upgrade of a store of schema 3 (term counts per term) to today's schema: a store
whose ``term_frequencies`` holds ``--terms`` random terms (5.3 million, as the 62,827-article
synthetic week of docs/SCALING.md had) is opened by :class:`~newsfuse.store.sqlite.Store`.

    python benchmarks/store_upgrade.py [--terms 5300000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from newsfuse.store.sqlite import MIGRATIONS, Store


def schema_3_store(path: Path, terms: int) -> tuple[int, int]:
    """A store of schema 3 with ``terms`` counted terms: (terms, documents counted in all)."""
    with sqlite3.connect(path) as db:
        for script in MIGRATIONS[:3]:
            db.executescript(script)
        rng = random.Random(0)
        db.executemany(
            "INSERT OR IGNORE INTO term_frequencies VALUES (?, ?)",
            ((rng.getrandbits(64) - (1 << 63), rng.randint(1, 8)) for _ in range(terms)),
        )
        db.execute("PRAGMA user_version = 3")
        rows, total = db.execute("SELECT COUNT(*), SUM(documents) FROM term_frequencies").fetchone()
    return int(rows), int(total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=5_300_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "old.db"
        rows, total = schema_3_store(path, args.terms)
        print(f"schema 3 store: {rows} terms, {path.stat().st_size / 1e6:.0f} MB")
        started = time.perf_counter()
        with Store(path) as store:
            seconds = time.perf_counter() - started
            version = store.schema_version
        with sqlite3.connect(path) as db:
            buckets, kept = db.execute(
                "SELECT COUNT(*), SUM(documents) FROM term_buckets"
            ).fetchone()
        print(
            f"upgraded to schema {version} in {seconds:.1f} s: {buckets} buckets,"
            f" {kept} counts (were {total})"
        )


if __name__ == "__main__":
    main()
