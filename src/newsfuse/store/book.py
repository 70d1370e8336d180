"""What every part of the store that keeps its own tables (``store.feeds``,
``store.versions``) is given by the :class:`~newsfuse.store.sqlite.Store`: the connection,
the way to open a write transaction, and the clock."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager

Transaction = Callable[[], AbstractContextManager[sqlite3.Connection]]


class Book:
    """A part of the store over its own tables, sharing the store's connection and clock."""

    def __init__(
        self, db: sqlite3.Connection, transaction: Transaction, now: Callable[[], str]
    ) -> None:
        self._db = db
        self._transaction = transaction
        self._now = now
