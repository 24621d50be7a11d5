"""Commitment history: every promise per order line, kept once per source.

Two tables: ``commitments`` holds each revision (the commitment, its source and when it
was recorded); ``line_promises`` holds the original promise of a line, the planned date it
had when the service first saw it, and is never overwritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Date, Index, Integer, String, select
from sqlalchemy.orm import Mapped, mapped_column

from agent.models import Commitment
from agent.store.database import insert_new, utc
from agent.store.repository import Store
from agent.store.tables import Base, CommitmentRow


class LinePromiseRow(Base):
    """The planned date of one order line when the service first saw it."""

    __tablename__ = "line_promises"
    __table_args__ = (Index("ix_line_promises_vendor_id", "vendor_id"),)

    line_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    po_id: Mapped[int] = mapped_column(Integer)
    vendor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    promised: Mapped[dt.date] = mapped_column(Date)
    first_seen: Mapped[dt.datetime]
    source: Mapped[str] = mapped_column(String(20))


class Promise(NamedTuple):
    """A line's original promise: the date, when it was first seen and by what."""

    line_id: int
    po_id: int
    vendor_id: int | None
    promised: dt.date
    first_seen: dt.datetime
    source: str


def record(store: Store, commitments: Sequence[Commitment], vendor_id: int | None) -> int:
    """Keep commitments; one per (source, line, kind), so a re-run adds nothing. Returns added.

    A commitment on a line that says what the date was before (``previous_date``) also
    pins that date as the line's original promise, unless one is known already.
    """
    rows = [
        {
            "vendor_id": vendor_id,
            "po_id": c.po_id,
            "line_id": c.line_id,
            "line_key": str(c.line_id if c.line_id is not None else f"po{c.po_id}"),
            "kind": c.kind.value,
            "source": c.source,
            "source_id": c.source_id,
            "data": c.model_dump(mode="json"),
            "recorded_at": c.recorded_at,
        }
        for c in commitments
    ]
    with store.session() as session:
        added = insert_new(session, CommitmentRow, rows) if rows else 0
    remember_promises(
        store,
        [
            Promise(c.line_id, c.po_id, vendor_id, c.previous_date, c.recorded_at, c.source)
            for c in commitments
            if c.line_id is not None and c.previous_date is not None
        ],
    )
    return added


def history(
    store: Store, *, po_ids: Sequence[int] = (), vendor_ids: Sequence[int] = ()
) -> list[Commitment]:
    """Commitments of some orders or vendors, oldest first."""
    query = select(CommitmentRow).order_by(CommitmentRow.recorded_at, CommitmentRow.id)
    if po_ids:
        query = query.where(CommitmentRow.po_id.in_(list(po_ids)))
    if vendor_ids:
        query = query.where(CommitmentRow.vendor_id.in_(list(vendor_ids)))
    with store.reader() as session:
        return [Commitment.model_validate(row.data) for row in session.scalars(query)]


def remember_promises(store: Store, promises: Iterable[Promise]) -> int:
    """Pin the original promise of lines never seen before; known lines keep theirs.

    Returns:
        How many lines were new.
    """
    first: dict[int, Promise] = {}
    for p in sorted(promises, key=lambda p: p.first_seen):
        first.setdefault(p.line_id, p)
    if not first:
        return 0
    query = select(LinePromiseRow.line_id).where(LinePromiseRow.line_id.in_(list(first)))
    with store.session() as session:
        known = set(session.scalars(query))
        fresh = [_promise_values(p) for line_id, p in first.items() if line_id not in known]
        # Another replica may pin some of them in between: theirs stay.
        return insert_new(session, LinePromiseRow, fresh) if fresh else 0


def _promise_values(p: Promise) -> dict[str, Any]:
    return {
        "line_id": p.line_id,
        "po_id": p.po_id,
        "vendor_id": p.vendor_id,
        "promised": p.promised,
        "first_seen": p.first_seen,
        "source": p.source,
    }


def _as_promise(row: LinePromiseRow) -> Promise:
    return Promise(
        row.line_id, row.po_id, row.vendor_id, row.promised, utc(row.first_seen), row.source
    )


def promises(store: Store, line_ids: Sequence[int]) -> dict[int, Promise]:
    """The original promise of each of these lines that the service has seen."""
    if not line_ids:
        return {}
    query = select(LinePromiseRow).where(LinePromiseRow.line_id.in_(list(line_ids)))
    with store.reader() as session:
        return {row.line_id: _as_promise(row) for row in session.scalars(query)}
