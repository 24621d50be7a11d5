"""Commitment history: every promise per order line, kept once per source."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from agent.models import Commitment
from agent.store.repository import Store
from agent.store.tables import CommitmentRow


def record(store: Store, commitments: Sequence[Commitment], vendor_id: int | None) -> int:
    """Keep commitments; one per (source, line, kind), so a re-run adds nothing. Returns added."""
    added = 0
    for c in commitments:
        row = CommitmentRow(
            vendor_id=vendor_id,
            po_id=c.po_id,
            line_id=c.line_id,
            line_key=str(c.line_id if c.line_id is not None else f"po{c.po_id}"),
            kind=c.kind.value,
            source=c.source,
            source_id=c.source_id,
            data=c.model_dump(mode="json"),
            recorded_at=c.recorded_at,
        )
        try:
            with store.session() as session:
                session.add(row)
        except IntegrityError:
            continue
        added += 1
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
    with store._sessions() as session:
        return [Commitment.model_validate(row.data) for row in session.scalars(query)]
