"""Vendor scorecards end to end: Odoo's line history joined with the store's promises.

Odoo knows what was ordered and received (``OdooGateway.line_history``, one batched read);
the store knows what the vendor promised along the way (``agent.store.commitments``: the
original promise of each line as first seen, and every revision with its source). This
module joins them into ``CommitmentHistoryRow``s and scores each vendor with
``agent.risk.scorecard``.

The original promise of a line is, in order of preference: the original planned date the
gateway reports (``LineHistory.first_date_planned``), the planned date the service first
saw (pinned here for open lines, and by ``commitments.record`` for lines an email moved),
and otherwise the planned date Odoo holds now. Revisions are the store's commitments that
give a line a new date, plus, when Odoo's planned date differs from every known promise,
that change itself (source ``portal``: it was made in Odoo, by the vendor's portal or a
buyer).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from agent.errors import OdooError
from agent.models import Commitment, CommitmentKind
from agent.odoo.gateway import OdooGateway
from agent.odoo.records import LineHistory
from agent.risk.scorecard import (
    CommitmentHistoryRow,
    Revision,
    VendorScore,
    describe_scorecard,
    vendor_scorecard,
)
from agent.store import commitments as commitment_store
from agent.store.repository import Store

logger = logging.getLogger(__name__)

HISTORY_DAYS = 182
"""How far back the scorecard reads orders."""
LAST_ORDERS = 10
"""The scorecard (and the sentence recommendations quote) covers this many delivered orders."""
_REVISING = frozenset({CommitmentKind.DATE, CommitmentKind.CONFIRM, CommitmentKind.QUANTITY})


@dataclass(frozen=True)
class VendorReport:
    """A vendor's scorecard, the sentence to quote, and how many orders are still open."""

    score: VendorScore
    sentence: str
    open_orders: int

    @property
    def late_share(self) -> float:
        """Share of late orders, shrunk towards 25 % when there are few (``(late + 1) / (n + 4)``).

        The same shrinkage the risk model was trained with, so ``RiskInputs`` get what the
        model expects.
        """
        return (self.score.late + 1) / (self.score.delivered + 4)

    @property
    def avg_delay_days(self) -> float:
        """Mean delay of late orders, shrunk towards 3 days (``(total + 3) / (late + 1)``)."""
        total = (self.score.avg_delay_late_days or 0.0) * self.score.late
        return (total + 3.0) / (self.score.late + 1)


def _applies(c: Commitment, line: LineHistory) -> bool:
    if c.line_id is not None:
        return c.line_id == line.line_id
    return c.po_id == line.po_id and (c.product_id is None or c.product_id == line.product_id)


def _revisions(line: LineHistory, commitments: Sequence[Commitment]) -> list[Revision]:
    out = [
        Revision(
            promised=c.new_date,
            qty=c.qty if c.kind is CommitmentKind.QUANTITY else None,
            source=c.source,
            recorded_at=c.recorded_at,
        )
        for c in commitments
        if c.kind in _REVISING and c.new_date is not None and _applies(c, line)
    ]
    return sorted(out, key=lambda r: r.recorded_at)


def history_row(
    line: LineHistory,
    commitments: Sequence[Commitment],
    first_seen: dt.date | None = None,
) -> CommitmentHistoryRow | None:
    """One line's commitment history; ``None`` for a line without ordered quantity.

    Args:
        line: what Odoo holds about the line.
        commitments: the store's commitments of the line's order (others are ignored).
        first_seen: the planned date the service first saw for the line, if any.
    """
    if line.ordered_qty <= 0:
        return None
    original = line.first_date_planned or first_seen or line.date_planned
    revisions = _revisions(line, commitments)
    promised = {original, *(r.promised for r in revisions)}
    if line.date_planned not in promised:
        revisions.append(
            Revision(
                promised=line.date_planned,
                source="portal",
                recorded_at=line.date_planned_changed_at or line.ordered_at,
            )
        )
    delivered = line.closed and bool(line.receipt_dates)
    return CommitmentHistoryRow(
        vendor_id=line.vendor_id,
        vendor_name=line.vendor_name,
        po_id=line.po_id,
        po_name=line.po_name,
        line_id=line.line_id,
        product_id=line.product_id,
        ordered_at=line.ordered_at,
        ordered_qty=line.ordered_qty,
        original_promise=original,
        revisions=sorted(revisions, key=lambda r: r.recorded_at),
        acknowledged_at=line.acknowledged_at,
        received_on=line.receipt_dates[-1] if delivered else None,
        received_qty=line.received_qty if delivered else None,
        receipts=line.receipts,
    )


def load_history(
    gateway: OdooGateway,
    store: Store,
    vendor_ids: Sequence[int],
    now: dt.datetime,
    days: int = HISTORY_DAYS,
) -> list[CommitmentHistoryRow]:
    """Every line of these vendors since ``days`` ago, with its promises and receipts.

    One gateway call and two store reads for all vendors. Open lines seen for the first
    time get their planned date pinned as their original promise.
    """
    lines = _lines(gateway, store, vendor_ids, now, days)
    return _history_rows(store, lines, {h.po_id for h in lines})


def _lines(
    gateway: OdooGateway, store: Store, vendor_ids: Sequence[int], now: dt.datetime, days: int
) -> list[LineHistory]:
    """Odoo's line history of these vendors, pinning the promise of open lines first seen."""
    vendors = sorted(set(vendor_ids))
    if not vendors:
        return []
    lines = gateway.line_history(vendors, now.date() - dt.timedelta(days=days))
    commitment_store.remember_promises(
        store,
        [
            commitment_store.Promise(h.line_id, h.po_id, h.vendor_id, h.date_planned, now, "odoo")
            for h in lines
            if not h.closed
        ],
    )
    return lines


def _history_rows(
    store: Store, lines: Sequence[LineHistory], revised: set[int]
) -> list[CommitmentHistoryRow]:
    """The lines' history rows; only orders in ``revised`` read the store's commitments."""
    seen = commitment_store.promises(store, [h.line_id for h in lines])
    by_po: dict[int, list[Commitment]] = defaultdict(list)
    if revised:
        for c in commitment_store.history(store, po_ids=sorted(revised)):
            by_po[c.po_id].append(c)
    rows = []
    for h in lines:
        promise = seen.get(h.line_id)
        row = history_row(h, by_po.get(h.po_id, []), promise.promised if promise else None)
        if row is not None:
            rows.append(row)
    return rows


def scored_orders(lines: Sequence[LineHistory]) -> set[int]:
    """Orders whose revisions can reach a report: see ``reports``.

    A vendor with a fully delivered order is scored on its delivered orders only, so the
    revisions of its open orders change nothing (they only count as open); a vendor
    without one is scored on all its orders. Knowing this from Odoo's lines lets the
    pipeline skip reading the commitments of open orders, which grow with every email.
    """
    by_vendor: dict[int, dict[int, bool]] = defaultdict(dict)
    for h in lines:
        if h.ordered_qty <= 0:
            continue
        delivered = h.closed and bool(h.receipt_dates)
        orders = by_vendor[h.vendor_id]
        orders[h.po_id] = orders.get(h.po_id, True) and delivered
    out: set[int] = set()
    for orders in by_vendor.values():
        done = {po_id for po_id, delivered in orders.items() if delivered}
        out |= done or set(orders)
    return out


def _delivered(rows: Sequence[CommitmentHistoryRow]) -> tuple[list[CommitmentHistoryRow], int]:
    """Rows of fully delivered orders, and the number of orders still open."""
    by_po: dict[int, list[CommitmentHistoryRow]] = defaultdict(list)
    for r in rows:
        by_po[r.po_id].append(r)
    done = [ls for ls in by_po.values() if all(x.received_on is not None for x in ls)]
    return [x for ls in done for x in ls], len(by_po) - len(done)


def reports(
    rows: Sequence[CommitmentHistoryRow], last: int = LAST_ORDERS
) -> dict[int, VendorReport]:
    """A report per vendor over its ``last`` delivered orders (all orders when none is)."""
    by_vendor: dict[int, list[CommitmentHistoryRow]] = defaultdict(list)
    for r in rows:
        by_vendor[r.vendor_id].append(r)
    out = {}
    for vendor_id, vendor_rows in sorted(by_vendor.items()):
        delivered, still_open = _delivered(vendor_rows)
        score = vendor_scorecard(delivered or vendor_rows, last=last)
        out[vendor_id] = VendorReport(score, describe_scorecard(score), still_open)
    return out


def vendor_reports(
    gateway: OdooGateway,
    store: Store,
    vendor_ids: Sequence[int],
    now: dt.datetime,
    last: int = LAST_ORDERS,
) -> dict[int, VendorReport]:
    """Scorecards of these vendors; a failed Odoo read is logged and yields none.

    The pipeline asks this once per batch, so the risk model and the recommendation text
    can use the vendor's record; without it they go on as before.
    """
    try:
        lines = _lines(gateway, store, vendor_ids, now, HISTORY_DAYS)
        rows = _history_rows(store, lines, scored_orders(lines))
    except OdooError:
        logger.exception("vendor history could not be read for %s", list(vendor_ids))
        return {}
    return reports(rows, last)


def risk_figures(found: Mapping[int, VendorReport], vendor_id: int | None) -> dict[str, float]:
    """``RiskInputs`` fields for a vendor (empty when it has no delivered order)."""
    report = found.get(vendor_id) if vendor_id is not None else None
    if report is None or not report.score.delivered:
        return {}
    return {
        "vendor_late_share": round(report.late_share, 4),
        "vendor_avg_delay_days": round(report.avg_delay_days, 2),
    }


def note_for(found: Mapping[int, VendorReport], vendor_id: int | None) -> str | None:
    """The sentence a recommendation quotes about a vendor with delivered orders, if any."""
    report = found.get(vendor_id) if vendor_id is not None else None
    return report.sentence if report is not None and report.score.delivered else None
