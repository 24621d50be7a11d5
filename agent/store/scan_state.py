"""What the exception scan remembers between runs: each open line's last seen planned date.

Odoo applies a date a vendor changes in its portal at once and leaves the buyer only a
"Date Updated" activity, so the scan compares today's planned dates with these to notice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import Integer, select
from sqlalchemy.orm import Mapped, mapped_column

from agent.store.database import utc
from agent.store.repository import Store
from agent.store.tables import Base


class ScanLineDateRow(Base):
    """The planned date of one purchase order line at the last scan."""

    __tablename__ = "scan_line_dates"

    line_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    po_id: Mapped[int] = mapped_column(Integer)
    date_planned: Mapped[dt.datetime]
    seen_at: Mapped[dt.datetime]


def last_planned(store: Store, line_ids: Sequence[int]) -> dict[int, dt.datetime]:
    """The planned date each line had at the last scan (lines never seen are left out)."""
    if not line_ids:
        return {}
    query = select(ScanLineDateRow).where(ScanLineDateRow.line_id.in_(list(line_ids)))
    with store.session() as session:
        return {row.line_id: utc(row.date_planned) for row in session.scalars(query)}


def remember_planned(
    store: Store, lines: Iterable[tuple[int, int, dt.datetime]], now: dt.datetime
) -> None:
    """Store ``(line_id, po_id, date_planned)`` as seen now (insert or update)."""
    items = {line_id: (po_id, when) for line_id, po_id, when in lines}
    if not items:
        return
    with store.session() as session:
        query = select(ScanLineDateRow).where(ScanLineDateRow.line_id.in_(list(items)))
        existing = {row.line_id: row for row in session.scalars(query)}
        for line_id, (po_id, when) in items.items():
            row = existing.get(line_id)
            if row is None:
                session.add(
                    ScanLineDateRow(line_id=line_id, po_id=po_id, date_planned=when, seen_at=now)
                )
            else:
                row.po_id, row.date_planned, row.seen_at = po_id, when, now
