"""Group commit: concurrent small writes of one process share a transaction.

The accepting endpoint commits one row per request from many threads (and processes). On
SQLite every write transaction takes the database's single write lock, and the library's
busy handler makes a waiter sleep in steps of up to 100 ms: a thread per request each
committing alone turns that back-off into the endpoint's tail latency. A :class:`GroupWriter`
instead lets the first caller that finds no flush running become the leader: it writes its
item and every item queued meanwhile in one transaction, then wakes the callers whose items
it committed; items queued during that flush go into the next one. Every caller still
returns only after its own item is committed.

On SQLite the leader writes through its own one-connection engine that does not sleep in
the busy handler: a lock held by another process (a worker, the other server process) is
retried every millisecond or so, so the accepting path takes the lock as soon as it is free
while the workers keep the default back-off (they have the lower priority).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError

from agent.store.repository import Store

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

MAX_GROUP = 128
"""The most items one transaction writes."""

LOCK_WAIT_SECONDS = 30.0
"""How long a flush retries a SQLite write lock held elsewhere (the store's busy timeout)."""

_RETRY_SLEEP = (0.0005, 0.001, 0.002)


class _Slot(Generic[T, R]):
    __slots__ = ("done", "error", "item", "result")

    def __init__(self, item: T) -> None:
        self.item = item
        self.result: R | None = None
        self.error: BaseException | None = None
        self.done = False


class GroupWriter(Generic[T, R]):
    """Writes items through ``write(connection, items) -> results`` in shared transactions.

    Args:
        store: The store written to.
        write: Writes a batch inside the given transaction; one result per item, in order.
        max_group: The most items per transaction.
    """

    def __init__(
        self,
        store: Store,
        write: Callable[[Connection, list[T]], list[R]],
        max_group: int = MAX_GROUP,
    ) -> None:
        """Prepare; a SQLite store gets a writer connection of its own."""
        self._write = write
        self._max_group = max_group
        self._cond = threading.Condition()
        self._queue: list[_Slot[T, R]] = []
        self._flushing = False
        self._sqlite = store.dialect == "sqlite"
        self._engine = _sqlite_writer(store.engine) if self._sqlite else store.engine

    def submit(self, item: T) -> R:
        """Write ``item`` (with whatever else is queued) and return its result once committed.

        Raises:
            Exception: whatever the transaction that carried the item raised.
        """
        slot: _Slot[T, R] = _Slot(item)
        with self._cond:
            self._queue.append(slot)
        while True:
            with self._cond:
                while not slot.done and self._flushing:
                    self._cond.wait()
                if slot.done:
                    break
                self._flushing = True
                batch = self._queue[: self._max_group]
                del self._queue[: self._max_group]
            self._flush(batch)
        if slot.error is not None:
            raise slot.error
        return slot.result  # type: ignore[return-value]  # done without error: set

    def close(self) -> None:
        """Release the writer connection (a SQLite store's own engine)."""
        if self._sqlite:
            self._engine.dispose()

    def _flush(self, batch: list[_Slot[T, R]]) -> None:
        results: list[R] = []
        error: BaseException | None = None
        try:
            results = self._transaction([slot.item for slot in batch])
            if len(results) != len(batch):
                raise RuntimeError(f"{len(results)} results for {len(batch)} items")
        except BaseException as exc:  # every caller in the group gets the failure
            error = exc
        with self._cond:
            for i, slot in enumerate(batch):
                if error is None:
                    slot.result = results[i]
                else:
                    slot.error = error
                slot.done = True
            self._flushing = False
            self._cond.notify_all()

    def _transaction(self, items: list[T]) -> list[R]:
        if not self._sqlite:
            with self._engine.begin() as connection:
                return self._write(connection, items)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        attempt = 0
        while True:
            try:
                with self._engine.begin() as connection:  # BEGIN IMMEDIATE: see _sqlite_writer
                    return self._write(connection, items)
            except OperationalError as exc:
                if not _busy(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(_RETRY_SLEEP[min(attempt, len(_RETRY_SLEEP) - 1)])
            attempt += 1


def _busy(exc: OperationalError) -> bool:
    orig = exc.orig
    return isinstance(orig, sqlite3.OperationalError) and getattr(
        orig, "sqlite_errorcode", None
    ) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _sqlite_writer(engine: Engine) -> Engine:
    """One connection to the same SQLite file that never waits for the lock.

    The driver's own transaction handling is off (``isolation_level=None``) so that the
    transaction starts with ``BEGIN IMMEDIATE``: the write lock is taken, or refused at
    once, before anything is written.
    """
    writer = create_engine(
        engine.url,
        connect_args={"timeout": 0, "isolation_level": None},
        pool_size=1,
        max_overflow=0,
    )

    @event.listens_for(writer, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=0")
        cursor.close()

    @event.listens_for(writer, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock now, or fail fast

    return writer
