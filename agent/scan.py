"""The exception scan: Odoo records that need a planner, as ``ExceptionRecord``s.

- late receipt: a confirmed order with quantity still to receive past its planned date;
- unacknowledged order: sent or confirmed ``ack_days`` ago and the vendor never acknowledged;
- short receipt: a line received in part (a backorder is waiting, or was dropped);
- below minimum: a reordering rule whose forecast is under its minimum;
- date changed: an open line whose planned date moved since the last scan (a vendor's
  portal change, which Odoo applies at once).

Keys are ``kind:model:id:day``, so a re-scan the same day updates the stored record instead
of adding one (``Store.upsert_exception``). :func:`scan` only reads; :func:`record_scan`
stores the records and the planned dates once their recommendations are drafted, so a scan
that fails half-way is simply repeated.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from agent.models import ExceptionKind, ExceptionRecord
from agent.odoo.gateway import OdooGateway
from agent.odoo.records import PurchaseOrder, PurchaseOrderLine
from agent.store.repository import Store
from agent.store.scan_state import last_planned, remember_planned

logger = logging.getLogger(__name__)

CONFIRMED = frozenset({"purchase", "done"})
ACKNOWLEDGEABLE = frozenset({"sent", "to approve", "purchase", "done"})


@dataclass
class ScanResult:
    """What one scan found; ``orders`` are the orders it read (for the recommend flow)."""

    records: list[ExceptionRecord] = field(default_factory=list)
    known: set[str] = field(default_factory=set)
    orders: dict[int, PurchaseOrder] = field(default_factory=dict)
    line_dates: list[tuple[int, int, dt.datetime]] = field(default_factory=list)

    @property
    def fresh(self) -> list[ExceptionRecord]:
        """Records not stored by an earlier scan (the ones to recommend on)."""
        return [r for r in self.records if r.key not in self.known]

    @property
    def new(self) -> int:
        """How many records are new."""
        return len(self.fresh)

    def counts(self) -> dict[str, int]:
        """Exceptions by kind (every kind, zeros included)."""
        out = {kind.value: 0 for kind in ExceptionKind}
        for record in self.records:
            out[record.kind.value] += 1
        return out


def exception_key(kind: ExceptionKind, model: str, record_id: int, day: dt.date) -> str:
    """One exception per record, kind and day."""
    return f"{kind.value}:{model}:{record_id}:{day.isoformat()}"


def _open(line: PurchaseOrderLine) -> bool:
    return line.qty_received < line.product_qty


def _record(
    kind: ExceptionKind,
    model: str,
    record_id: int,
    now: dt.datetime,
    po: PurchaseOrder | None,
    summary: str,
    details: dict[str, Any],
    product_id: int | None = None,
    warehouse_id: int | None = None,
) -> ExceptionRecord:
    return ExceptionRecord(
        key=exception_key(kind, model, record_id, now.date()),
        kind=kind,
        detected_at=now,
        po_id=po.id if po else None,
        po_name=po.name if po else None,
        product_id=product_id,
        warehouse_id=warehouse_id
        if warehouse_id is not None
        else (po.warehouse_id if po else None),
        summary=summary[:200],
        details=details,
    )


def order_exceptions(po: PurchaseOrder, now: dt.datetime, ack_days: int) -> list[ExceptionRecord]:
    """Late receipt, short receipt and missing acknowledgement of one order."""
    today = now.date()
    out: list[ExceptionRecord] = []
    remaining = [line for line in po.lines if _open(line)]
    if po.state in CONFIRMED:
        late = [line for line in remaining if line.date_planned.date() < today]
        if late:
            planned = min(line.date_planned.date() for line in late)
            out.append(
                _record(
                    ExceptionKind.LATE_RECEIPT,
                    "purchase.order",
                    po.id,
                    now,
                    po,
                    f"{po.name}: receipt due {planned.isoformat()} not done",
                    {
                        "line_ids": [line.id for line in late],
                        "planned": planned.isoformat(),
                        "days_late": (today - planned).days,
                    },
                )
            )
        short = [line for line in po.lines if 0 < line.qty_received < line.product_qty]
        if short:
            out.append(
                _record(
                    ExceptionKind.SHORT_RECEIPT,
                    "purchase.order",
                    po.id,
                    now,
                    po,
                    f"{po.name}: received short on {len(short)} line(s)",
                    {
                        "line_ids": [line.id for line in short],
                        "missing": {
                            str(line.id): line.product_qty - line.qty_received for line in short
                        },
                    },
                )
            )
    since = po.date_approve or po.date_order
    if (
        po.state in ACKNOWLEDGEABLE
        and not po.acknowledged
        and remaining
        and since <= now - dt.timedelta(days=ack_days)
    ):
        out.append(
            _record(
                ExceptionKind.UNACKNOWLEDGED_PO,
                "purchase.order",
                po.id,
                now,
                po,
                f"{po.name}: not acknowledged by the vendor since {since.date().isoformat()}",
                {"since": since.isoformat(), "days": (now - since).days, "state": po.state},
            )
        )
    return out


def scan(
    gateway: OdooGateway,
    store: Store,
    now: dt.datetime,
    ack_days: int = 3,
    lookback_days: int = 120,
) -> ScanResult:
    """Read Odoo and derive exception records (nothing is stored: see :func:`record_scan`)."""
    result = ScanResult()
    orders = gateway.scan_orders(now.date() - dt.timedelta(days=lookback_days))
    result.orders = {po.id: po for po in orders}
    for po in orders:
        result.records.extend(order_exceptions(po, now, ack_days))
    open_lines = [
        (line, po) for po in orders if po.state in CONFIRMED for line in po.lines if _open(line)
    ]
    seen = last_planned(store, [line.id for line, _ in open_lines])
    for line, po in open_lines:
        before = seen.get(line.id)
        if before is None or abs((before - line.date_planned).total_seconds()) < 60:
            continue
        result.records.append(
            _record(
                ExceptionKind.DATE_CHANGED,
                "purchase.order.line",
                line.id,
                now,
                po,
                f"{po.name}: {line.product_code or line.name} moved from "
                f"{before.date().isoformat()} to {line.date_planned.date().isoformat()}",
                {
                    "line_id": line.id,
                    "previous": before.isoformat(),
                    "new": line.date_planned.isoformat(),
                },
                product_id=line.product_id,
            )
        )
    result.line_dates = [(line.id, po.id, line.date_planned) for line, po in open_lines]
    for rule in gateway.reorder_rules_below_minimum():
        result.records.append(
            _record(
                ExceptionKind.BELOW_MINIMUM,
                "stock.warehouse.orderpoint",
                rule.id,
                now,
                None,
                f"product {rule.product_id}: forecast {rule.qty_forecast or 0.0:g} below minimum "
                f"{rule.product_min_qty:g}",
                {"minimum": rule.product_min_qty, "forecast": rule.qty_forecast},
                product_id=rule.product_id,
                warehouse_id=rule.warehouse_id,
            )
        )
    result.known = {r.key for r in store.exceptions()}
    logger.info("scan: %d exceptions (%d new)", len(result.records), result.new)
    return result


def record_scan(store: Store, result: ScanResult, now: dt.datetime) -> None:
    """Store the scan's records (insert or refresh) and the planned dates it saw."""
    for record in result.records:
        store.upsert_exception(record, now)
    remember_planned(store, result.line_dates, now)
