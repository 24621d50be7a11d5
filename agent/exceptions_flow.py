"""Exception records through the same recommend -> gate -> outbox path as emails.

The facts of an Odoo record are certain (``Case.certain``), so the gate weighs only the
match (the record itself: confidence 1) and the risk. A receipt past its date asks the
buyer to chase the vendor at least; a short receipt or a date moved in the vendor portal
becomes a commitment (what will arrive when) and gets the action its stockout risk calls
for; a product under its reorder minimum is attached to its next open order, if any.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from agent.deps import Deps
from agent.models import (
    Commitment,
    CommitmentKind,
    ExceptionKind,
    ExceptionRecord,
    Intent,
    Match,
    MatchMethod,
    Recommendation,
)
from agent.odoo.records import PurchaseOrder
from agent.risk.base import RiskInputs
from agent.risk.inputs import risk_inputs
from agent.snapshot import Snapshot, read_stock, read_users
from agent.store import commitments as commitment_store
from agent.submit import Case, submit
from agent.vendors import note_for, vendor_reports

logger = logging.getLogger(__name__)

INTENTS = {
    ExceptionKind.LATE_RECEIPT: Intent.DELAY,
    ExceptionKind.UNACKNOWLEDGED_PO: Intent.DELAY,
    ExceptionKind.SHORT_RECEIPT: Intent.PARTIAL_SHIPMENT,
    ExceptionKind.DATE_CHANGED: Intent.DELAY,
    ExceptionKind.BELOW_MINIMUM: Intent.DELAY,
}


def _commitments(
    record: ExceptionRecord, order: PurchaseOrder, now: dt.datetime
) -> list[Commitment]:
    """What the record says will arrive when, as commitments on the order's lines."""
    base = {"po_id": order.id, "po_name": order.name, "source_id": record.key, "recorded_at": now}
    lines = {line.id: line for line in order.lines}
    if record.kind == ExceptionKind.DATE_CHANGED:
        line = lines.get(int(record.details.get("line_id", 0)))
        if line is None:
            return []
        previous = dt.datetime.fromisoformat(str(record.details["previous"])).date()
        return [
            Commitment(
                **base,
                line_id=line.id,
                product_id=line.product_id,
                kind=CommitmentKind.DATE,
                previous_date=previous,
                new_date=line.date_planned.date(),
                source="portal",
            )
        ]
    if record.kind == ExceptionKind.SHORT_RECEIPT:
        out = []
        for line_id in record.details.get("line_ids", []):
            line = lines.get(int(line_id))
            if line is None:
                continue
            planned = line.date_planned.date()
            out.append(
                Commitment(
                    **base,
                    line_id=line.id,
                    product_id=line.product_id,
                    kind=CommitmentKind.QUANTITY,
                    qty=0.0,
                    previous_date=planned,
                    new_date=planned if planned >= now.date() else None,
                    source="scan",
                )
            )
        return out
    return []


def _scope(record: ExceptionRecord, order: PurchaseOrder) -> list[int]:
    """Products whose risk the record concerns."""
    if record.product_id is not None:
        return [record.product_id]
    wanted = {int(i) for i in record.details.get("line_ids", [])}
    return sorted({line.product_id for line in order.lines if not wanted or line.id in wanted})


def _targets(deps: Deps, records: Sequence[ExceptionRecord], snapshot: Snapshot) -> dict[str, str]:
    """The next open order of each product under its minimum (record key -> order name)."""
    rules = [r for r in records if r.kind == ExceptionKind.BELOW_MINIMUM and r.product_id]
    if not rules:
        return {}
    read_stock(
        deps.gateway,
        sorted({r.product_id for r in rules if r.product_id}),
        deps.clock.now().date(),
        snapshot,
    )
    out = {}
    for record in rules:
        lines = snapshot.incoming.get((record.product_id or 0, record.warehouse_id or 0), [])
        if lines:
            out[record.key] = min(lines, key=lambda i: (i.date_planned, i.po_id)).po_name
    return out


def process_exceptions(deps: Deps, records: Sequence[ExceptionRecord]) -> list[Recommendation]:
    """Recommend, gate and enqueue every record; one bad record never stops the rest."""
    if not records:
        return []
    now = deps.clock.now()
    today = now.date()
    snapshot = Snapshot()
    targets = _targets(deps, records, snapshot)
    names = sorted({r.po_name for r in records if r.po_name} | set(targets.values()))
    found = deps.gateway.find_orders(names=names) if names else None
    by_name = found.by_name if found else {}
    orders = {po.id: po for po in by_name.values()}
    snapshot.orders_by_name.update(by_name)
    products = {line.product_id for po in orders.values() for line in po.lines}
    read_stock(deps.gateway, sorted(products), today, snapshot)
    read_users(deps.gateway, {po.user_id for po in orders.values() if po.user_id}, snapshot)
    vendors = vendor_reports(
        deps.gateway, deps.store, sorted({po.partner_id for po in orders.values()}), now
    )
    cases: list[tuple[Case, list[int]]] = []
    rows: list[RiskInputs] = []
    for record in records:
        order = by_name.get(record.po_name or targets.get(record.key, ""))
        commitments = _commitments(record, order, now) if order else []
        if order is not None:
            commitment_store.record(deps.store, commitments, order.partner_id)
        indexes: list[int] = []
        if order is None and record.kind == ExceptionKind.BELOW_MINIMUM and record.product_id:
            key = (record.product_id, record.warehouse_id or next(iter(snapshot.warehouses), 0))
            if record.product_id in snapshot.products:
                indexes.append(len(rows))
                rows.append(risk_inputs(key, None, [], snapshot, today, vendors))
        if order is not None:
            warehouse = (
                record.warehouse_id or order.warehouse_id or next(iter(snapshot.warehouses), 0)
            )
            for product in _scope(record, order):
                if product in snapshot.products:
                    indexes.append(len(rows))
                    rows.append(
                        risk_inputs(
                            (product, warehouse), order, commitments, snapshot, today, vendors
                        )
                    )
        match = Match(
            vendor_id=order.partner_id if order else None,
            vendor_name=order.partner_name if order else None,
            po_ids=[order.id] if order else [],
            po_names=[order.name] if order else [],
            line_ids=[int(i) for i in record.details.get("line_ids", [])],
            method=MatchMethod.RECORD,
            confidence=1.0,
            notes=[record.summary],
        )
        case = Case(
            source_type="exception",
            source_id=record.key,
            intent=None if order is None and indexes else INTENTS.get(record.kind, Intent.OTHER),
            match=match,
            commitments=commitments,
            certain=True,
            vendor_note=note_for(vendors, order.partner_id if order else None),
        )
        cases.append((case, indexes))
    risks = deps.risk_model.assess(rows) if rows else []
    out: list[Recommendation] = []
    for case, indexes in cases:
        case.risks = [risks[i] for i in indexes]
        try:
            rec = submit(deps, case, orders, snapshot)
        except Exception:  # one record never stops the batch: log it and go on
            logger.exception("exception %s could not be recommended", case.source_id)
            continue
        if rec is not None:
            out.append(rec)
    return out
