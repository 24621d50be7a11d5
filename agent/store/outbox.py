"""Outbox rows: enqueue once per idempotency key, claim with a lease, settle with the result.

On PostgreSQL a claim locks rows with ``FOR UPDATE SKIP LOCKED`` so replicas never take the
same entry; a lease that expires hands an entry back when its worker died.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, or_, select

from agent.store.database import insert_new, utc
from agent.store.repository import Store
from agent.store.tables import OutboxRow

PENDING, DONE, DEAD = "pending", "done", "dead"
_BY_KEY = select(OutboxRow.id).where(OutboxRow.idempotency_key == bindparam("key"))


@dataclass(frozen=True)
class OutboxEntry:
    """A write waiting for Odoo."""

    id: int
    idempotency_key: str
    kind: str
    payload: dict[str, Any]
    recommendation_id: str | None
    state: str
    attempts: int
    next_attempt_at: dt.datetime
    last_error: str | None
    created_at: dt.datetime
    result: dict[str, Any] | None


def _entry(row: OutboxRow) -> OutboxEntry:
    return OutboxEntry(
        id=row.id,
        idempotency_key=row.idempotency_key,
        kind=row.kind,
        payload=row.payload,
        recommendation_id=row.recommendation_id,
        state=row.state,
        attempts=row.attempts,
        next_attempt_at=utc(row.next_attempt_at),
        last_error=row.last_error,
        created_at=utc(row.created_at),
        result=row.result,
    )


def enqueue(
    store: Store,
    key: str,
    kind: str,
    payload: dict[str, Any],
    now: dt.datetime,
    recommendation_id: str | None = None,
) -> bool:
    """Add a write unless one with the same idempotency key exists; True when added."""
    row = {
        "idempotency_key": key,
        "kind": kind,
        "payload": payload,
        "recommendation_id": recommendation_id,
        "state": PENDING,
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }
    with store.session() as session:
        if session.scalar(_BY_KEY, {"key": key}):
            return False
        return insert_new(session, OutboxRow, [row]) > 0


def _unsent(session: Any, key: str, now: dt.datetime) -> OutboxRow | None:
    """The pending entry under ``key`` that no worker holds a lease on, if any."""
    row = session.scalar(
        select(OutboxRow)
        .where(
            OutboxRow.idempotency_key == key,
            OutboxRow.state == PENDING,
            or_(OutboxRow.lease_until.is_(None), OutboxRow.lease_until <= now),
        )
        .with_for_update()
    )
    return row if isinstance(row, OutboxRow) else None


def refresh_pending(store: Store, key: str, payload: dict[str, Any], now: dt.datetime) -> bool:
    """Give a write that has not gone out yet the newest payload; True when replaced.

    A later revision of a recommendation that is still waiting for its first push must
    reach Odoo as it is now, not as it was first drafted; an entry in flight (leased) is
    left alone, and the push checks the recommendation's state before writing.
    """
    with store.session() as session:
        row = _unsent(session, key, now)
        if row is None:
            return False
        row.payload = payload
        return True


def withdraw_pending(store: Store, key: str, now: dt.datetime, reason: str) -> bool:
    """Settle a write that has not gone out and is no longer wanted; True when withdrawn.

    The entry is kept (state done, ``result.withdrawn`` says why) so the audit shows it.
    """
    with store.session() as session:
        row = _unsent(session, key, now)
        if row is None:
            return False
        row.state, row.result, row.done_at = DONE, {"withdrawn": reason}, now
        return True


def claim(
    store: Store,
    now: dt.datetime,
    limit: int = 100,
    lease_seconds: float = 60.0,
    worker: str = "local",
) -> list[OutboxEntry]:
    """Take due pending entries, oldest first, under a lease."""
    with store.session() as session:
        query = (
            select(OutboxRow)
            .where(
                OutboxRow.state == PENDING,
                OutboxRow.next_attempt_at <= now,
                or_(OutboxRow.lease_until.is_(None), OutboxRow.lease_until <= now),
            )
            .order_by(OutboxRow.id)
            .limit(limit)
        )
        if store.dialect == "postgresql":
            query = query.with_for_update(skip_locked=True)
        rows = list(session.scalars(query))
        for row in rows:
            row.lease_until = now + dt.timedelta(seconds=lease_seconds)
        return [_entry(row) for row in rows]


def settle_done(store: Store, entry_id: int, result: dict[str, Any], now: dt.datetime) -> None:
    """Odoo confirmed the write: the entry leaves the queue."""
    with store.session() as session:
        row = session.get(OutboxRow, entry_id)
        if row is None:
            raise KeyError(entry_id)
        row.state, row.result, row.done_at, row.lease_until = DONE, result, now, None
        row.attempts += 1


def settle_failed(
    store: Store, entry_id: int, error: str, next_attempt_at: dt.datetime, dead: bool
) -> None:
    """Record a failed attempt: try again later, or move to the dead letters."""
    with store.session() as session:
        row = session.get(OutboxRow, entry_id)
        if row is None:
            raise KeyError(entry_id)
        row.attempts += 1
        row.last_error = error
        row.lease_until = None
        row.next_attempt_at = next_attempt_at
        if dead:
            row.state = DEAD


def entries(store: Store, states: Sequence[str] = ()) -> list[OutboxEntry]:
    """Outbox entries, oldest first."""
    query = select(OutboxRow).order_by(OutboxRow.id)
    if states:
        query = query.where(OutboxRow.state.in_(list(states)))
    with store.reader() as session:
        return [_entry(row) for row in session.scalars(query)]


def retry(store: Store, ids: Sequence[int], now: dt.datetime) -> int:
    """Put dead (or waiting) entries back to pending, due now."""
    with store.session() as session:
        rows = list(session.scalars(select(OutboxRow).where(OutboxRow.id.in_(list(ids)))))
        for row in rows:
            if row.state != DONE:
                row.state, row.next_attempt_at, row.lease_until = PENDING, now, None
        return len(rows)


def purge(store: Store, states: Sequence[str] = (DONE,)) -> int:
    """Delete settled entries (done by default)."""
    with store.session() as session:
        rows = list(session.scalars(select(OutboxRow).where(OutboxRow.state.in_(list(states)))))
        for row in rows:
            session.delete(row)
        return len(rows)


def depth(store: Store, now: dt.datetime) -> tuple[int, int, float]:
    """(pending, dead, age in seconds of the oldest pending entry)."""
    with store.reader() as session:
        pending = (
            session.scalar(
                select(func.count()).select_from(OutboxRow).where(OutboxRow.state == PENDING)
            )
            or 0
        )
        dead = (
            session.scalar(
                select(func.count()).select_from(OutboxRow).where(OutboxRow.state == DEAD)
            )
            or 0
        )
        oldest = session.scalar(
            select(func.min(OutboxRow.created_at)).where(OutboxRow.state == PENDING)
        )
    age = (now - utc(oldest)).total_seconds() if oldest else 0.0
    return int(pending), int(dead), max(age, 0.0)
