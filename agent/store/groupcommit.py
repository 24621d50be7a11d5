"""Group commit on the event loop: concurrent small writes of a server share a transaction.

The accepting endpoint commits one row per request. On SQLite every write transaction takes
the database's single write lock, and the library's busy handler makes a waiter sleep in
steps of up to 100 ms; a thread per request, each committing alone, turns that back-off (and
the handing of the interpreter lock between threads) into the endpoint's tail latency.

An :class:`AsyncGroupWriter` queues the rows of concurrent requests; one flush task writes
everything queued in one transaction, resolves each request's future once that transaction
is committed, and goes on with what was queued meanwhile. On SQLite the flush runs on the
event loop through a connection of its own that takes the lock with ``BEGIN IMMEDIATE`` and
never waits inside SQLite: when another process (a worker, the other server process) holds
the lock, the flush awaits a millisecond and tries again, so the accepting path takes the
lock as soon as it is free while the workers keep the default back-off (the lower priority)
and the loop keeps serving meanwhile. On PostgreSQL, which locks rows, not the database, the
flush runs in a thread of the pool.

The writer connection never checkpoints the write-ahead log itself: SQLite runs an automatic
checkpoint inside the commit that crosses the threshold, with its fsyncs, and on the event
loop that stalled every request in flight (one commit of one row took 0.9 s under the
ingest benchmark). Instead, at most every :data:`CHECKPOINT_SECONDS` after a flush, a
passive checkpoint runs in a thread on another connection; it neither waits for nor blocks
the writers and readers.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
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

SLOW_SECONDS = 0.1
"""A flush slower than this is logged with where its time went."""

CHECKPOINT_SECONDS = 1.0
"""The least time between two checkpoints started by a writer (SQLite)."""

_RETRY_SLEEP = (0.0005, 0.001, 0.002)


class AsyncGroupWriter(Generic[T, R]):
    """Writes items through ``write(connection, items) -> results`` in shared transactions.

    Use from one event loop (a server process's). Close it when the app stops.

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
        self._queue: list[tuple[T, asyncio.Future[R]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._sqlite = store.dialect == "sqlite"
        self._engine = _sqlite_writer(store.engine) if self._sqlite else store.engine
        self._store_engine = store.engine
        self._checkpoint: asyncio.Future[None] | None = None
        self._checkpointed_at = time.monotonic()

    async def submit(self, item: T) -> R:
        """Write ``item`` (with whatever else is queued); its result once committed.

        Raises:
            Exception: whatever the transaction that carried the item raised.
        """
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._queue.append((item, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_all())
        return await future

    def warm(self) -> None:
        """Open the writer connection now (start-up), not in the first request."""
        with self._engine.connect():
            pass

    def close(self) -> None:
        """Release the writer connection (a SQLite store's own engine)."""
        if self._checkpoint is not None:
            self._checkpoint.cancel()  # a running checkpoint finishes in its thread
        if self._sqlite:
            self._engine.dispose()

    async def _flush_all(self) -> None:
        while self._queue:
            batch = self._queue[: self._max_group]
            del self._queue[: self._max_group]
            items = [item for item, _ in batch]
            try:
                if self._sqlite:
                    results = await self._sqlite_transaction(items)
                else:
                    results = await asyncio.to_thread(self._transaction, items)
                if len(results) != len(batch):
                    raise RuntimeError(f"{len(results)} results for {len(batch)} items")
            except Exception as exc:  # every caller in the group gets the failure
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)
            if self._sqlite:
                self._maybe_checkpoint()

    def _maybe_checkpoint(self) -> None:
        if self._checkpoint is not None and not self._checkpoint.done():
            return
        now = time.monotonic()
        if now - self._checkpointed_at < CHECKPOINT_SECONDS:
            return
        self._checkpointed_at = now
        self._checkpoint = asyncio.ensure_future(asyncio.to_thread(self._passive_checkpoint))

    def _passive_checkpoint(self) -> None:
        try:
            with self._store_engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except Exception:  # a failed checkpoint is retried after the next flush
            logger.warning("WAL checkpoint failed", exc_info=True)

    def _transaction(self, items: list[T]) -> list[R]:
        with self._engine.begin() as connection:
            return self._write(connection, items)

    async def _sqlite_transaction(self, items: list[T]) -> list[R]:
        started = time.monotonic()
        attempt = 0
        while True:
            try:
                results = self._transaction(items)  # BEGIN IMMEDIATE: see _sqlite_writer
                break
            except OperationalError as exc:
                if not _busy(exc) or time.monotonic() - started > LOCK_WAIT_SECONDS:
                    raise
            await asyncio.sleep(_RETRY_SLEEP[min(attempt, len(_RETRY_SLEEP) - 1)])
            attempt += 1
        took = time.monotonic() - started
        if took > SLOW_SECONDS:
            logger.warning(
                "group commit of %d rows took %.0f ms (%d tries for the write lock)",
                len(items),
                took * 1000,
                attempt + 1,
            )
        return results


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
        connect_args={"timeout": 0, "isolation_level": None, "check_same_thread": False},
        pool_size=1,
        max_overflow=0,
    )

    @event.listens_for(writer, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA synchronous=NORMAL")  # the file is in WAL mode already
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=0")
        cursor.execute("PRAGMA wal_autocheckpoint=0")  # checkpoints run off the loop
        cursor.close()

    @event.listens_for(writer, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock now, or fail fast

    return writer
