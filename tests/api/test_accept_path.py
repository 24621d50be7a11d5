"""The accepting endpoint's tail: shared key lookups, WAL checkpoints off the event loop."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from pathlib import Path

import pytest

from agent.api import security
from agent.api.errors import Unauthorized
from agent.api.security import KeyCache, Principal, create_key
from agent.store import groupcommit, rawmail
from agent.store.groupcommit import AsyncGroupWriter
from agent.store.repository import Store

NOW = dt.datetime(2026, 11, 26, 7, 0, tzinfo=dt.UTC)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every store read made to check a key."""
    seen: list[str] = []
    real = security.authenticate

    def counted(store: Store, key: str) -> Principal:
        seen.append(key)
        return real(store, key)

    monkeypatch.setattr(security, "authenticate", counted)
    return seen


def test_concurrent_misses_of_one_key_share_one_read(store: Store, reads: list[str]) -> None:
    _, key = create_key(store, "gw", ["ingest"], None, NOW)
    cache = KeyCache(60.0)

    async def burst() -> list[Principal]:
        return await asyncio.gather(*(cache.lookup(store, key) for _ in range(16)))

    principals = asyncio.run(burst())
    assert len(reads) == 1
    assert {p.name for p in principals} == {"gw"}
    asyncio.run(burst())  # now cached: no read at all
    assert len(reads) == 1


def test_a_shared_failure_reaches_every_caller_and_is_not_cached(
    store: Store, reads: list[str]
) -> None:
    cache = KeyCache(60.0)
    unknown = "trg_00000000_not-a-key"

    async def burst() -> list[object]:
        return await asyncio.gather(
            *(cache.lookup(store, unknown) for _ in range(4)), return_exceptions=True
        )

    outcomes = asyncio.run(burst())
    assert all(isinstance(o, Unauthorized) for o in outcomes) and len(reads) == 1
    asyncio.run(burst())
    assert len(reads) == 2


def _rows(n: int, start: int = 0) -> list[dict[str, object]]:
    return [
        rawmail.raw_row(
            b"Subject: s\r\n\r\n" + os.urandom(10_000),  # incompressible: 10 KB stored
            message_id=f"<m{i}@x>",
            content_hash=f"h{i}",
            source="test",
            now=NOW,
        )
        for i in range(start, start + n)
    ]


async def _write(writer: AsyncGroupWriter[dict[str, object], rawmail.RawAdd], n: int) -> None:
    for start in range(0, n, 20):
        await asyncio.gather(*(writer.submit(row) for row in _rows(20, start)))


def test_the_writer_never_checkpoints_on_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(groupcommit, "CHECKPOINT_SECONDS", 3600.0)
    store = Store.open(f"sqlite:///{tmp_path / 'w.db'}")
    db, wal = tmp_path / "w.db", tmp_path / "w.db-wal"
    try:
        writer = AsyncGroupWriter(store, rawmail.write_raw)
        writer.warm()
        before = db.stat().st_size
        asyncio.run(_write(writer, 500))  # over 1,000 WAL pages: past SQLite's default threshold
        assert db.stat().st_size == before  # nothing copied back into the database file
        assert wal.stat().st_size > 1000 * 4096
        writer.close()
    finally:
        store.close()


def test_checkpoints_run_in_a_thread_after_flushes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(groupcommit, "CHECKPOINT_SECONDS", 0.0)
    store = Store.open(f"sqlite:///{tmp_path / 'w.db'}")
    db = tmp_path / "w.db"
    try:
        writer = AsyncGroupWriter(store, rawmail.write_raw)
        before = db.stat().st_size

        async def write_then_settle() -> None:
            await _write(writer, 100)
            checkpoint = writer._checkpoint
            assert checkpoint is not None
            await checkpoint

        asyncio.run(write_then_settle())
        assert db.stat().st_size > before  # the rows reached the database file
        assert store.count_emails() == {"raw": 100}
        writer.close()
    finally:
        store.close()
