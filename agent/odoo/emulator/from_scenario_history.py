"""The scenario's delivery record as Odoo records: closed orders and done receipts.

``agent.scenario.history`` generates half a year of orders that came and went before the
scenario's day (the vendor scorecard's evidence). Here they become what Odoo would hold:
``done`` purchase orders with their lines (planned date as Odoo holds it now, quantity
received), acknowledged or not, and one done receipt ``stock.move`` per receipt date from
the vendors' location into the warehouse's stock. A closed order's receipt status is
``full`` even when it came short: the backorder was declined, nothing more will arrive.
Open lines that are partly received get their receipt too, dated the way the scenario's
twin dates it. Part of :mod:`.from_scenario`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from agent.odoo.records import LineHistory
from agent.scenario.history import closed_line_history
from agent.scenario.model import Scenario

from .database import Record
from .from_scenario_master import (
    CURRENCY_EUR,
    SUPPLIER_LOCATION,
    UOM_UNITS,
    Tables,
    receipt_type,
    stamp,
    stock_location,
)

PLANNED_HOUR = 10
RECEIPT_HOUR = 14


def _order_row(lines: list[LineHistory], version: int) -> Record:
    first = lines[0]
    ack_field = "acknowledged" if version >= 18 else "mail_reception_confirmed"
    amount = sum(line.ordered_qty for line in lines)
    return {
        "name": first.po_name,
        "partner_id": first.vendor_id,
        "partner_ref": False,
        "user_id": False,
        "state": first.state,
        "date_order": stamp(first.ordered_at),
        "date_approve": stamp(first.acknowledged_at or first.ordered_at),
        "date_planned": stamp(_planned(min(line.date_planned for line in lines))),
        ack_field: first.acknowledged_at is not None,
        "amount_total": float(amount),
        "currency_id": CURRENCY_EUR,
        "company_id": 1,
        "picking_type_id": receipt_type(first.warehouse_id or 1),
        "priority": "0",
        "receipt_status": "full",
        "invoice_status": "no",
        "origin": False,
        "notes": False,
    }


def _planned(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(PLANNED_HOUR))


def _receipts(
    moves: dict[int, Record], line_id: int, product_id: int, warehouse_id: int, dates: list[dt.date]
) -> None:
    for day in dates:
        when = stamp(dt.datetime.combine(day, dt.time(RECEIPT_HOUR)))
        moves[len(moves) + 1] = {
            "name": f"receipt of line {line_id}",
            "product_id": product_id,
            "product_uom": UOM_UNITS,
            "state": "done",
            "date": when,
            "purchase_line_id": line_id,
            "picking_code": "incoming",
            "picking_type_id": receipt_type(warehouse_id),
            "location_id": SUPPLIER_LOCATION,
            "location_dest_id": stock_location(warehouse_id),
            "warehouse_id": warehouse_id,
            "company_id": 1,
            "sequence": 10,
        }


def history_records(scenario: Scenario, r: Tables, version: int) -> None:
    """Add the closed orders and every done receipt (after :func:`document_records`)."""
    by_order: dict[int, list[LineHistory]] = defaultdict(list)
    for line in closed_line_history(scenario.today):
        by_order[line.po_id].append(line)
    orders, lines, moves = r["purchase.order"], r["purchase.order.line"], r["stock.move"]
    products = {p.id: p for p in scenario.products}
    receipts: dict[int, Record] = {}
    for po_id, history in sorted(by_order.items()):
        orders[po_id] = _order_row(history, version)
        for n, line in enumerate(history, start=1):
            product = products[line.product_id]
            lines[line.line_id] = {
                "order_id": po_id,
                "product_id": line.product_id,
                "name": f"[{product.default_code}] {product.name}",
                "product_qty": line.ordered_qty,
                "product_uom_qty": line.ordered_qty,
                "qty_received": line.received_qty,
                "price_unit": 1.0,
                "product_uom": UOM_UNITS,
                "date_planned": stamp(_planned(line.date_planned)),
                "sequence": 10 * n,
                "state": line.state,
                "partner_id": line.vendor_id,
                "display_type": False,
                "company_id": 1,
                "currency_id": CURRENCY_EUR,
            }
            warehouse = line.warehouse_id or 1
            _receipts(receipts, line.line_id, line.product_id, warehouse, line.receipt_dates)
    yesterday = scenario.today - dt.timedelta(days=1)
    for po in scenario.orders:
        if po.state != "purchase":
            continue
        for open_line in po.lines:
            if open_line.qty_received:
                day = min(open_line.date_planned.date(), yesterday)
                warehouse = po.warehouse_id or 1
                _receipts(receipts, open_line.id, open_line.product_id, warehouse, [day])
    offset = max(moves, default=0)
    moves.update({offset + n: row for n, row in receipts.items()})
