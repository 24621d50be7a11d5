"""Order line history for the vendor scorecard: three batched reads for any number of vendors.

1. ``purchase.order`` of the vendors, confirmed (``purchase``/``done``) since a date;
2. their ``purchase.order.line`` rows (ordered, received, planned date);
3. the done ``stock.move`` rows of those lines (receipt dates).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from agent.odoo.records import LineHistory
from agent.odoo.reference import Reference
from agent.odoo.transport import OdooTransport
from agent.odoo.wire import m2o_id, m2o_name, number, parse_date, parse_datetime

Row = dict[str, Any]
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def line_history(
    transport: OdooTransport, reference: Reference, vendor_ids: Sequence[int], since: dt.date
) -> list[LineHistory]:
    """Lines of the vendors' confirmed orders since ``since``, with their receipts."""
    if not vendor_ids:
        return []
    ack = transport.version.ack_field
    if ack not in reference.fields_of("purchase.order"):
        ack = "date_approve"
    orders: list[Row] = transport.call(
        "purchase.order",
        "search_read",
        domain=[
            ["partner_id", "in", sorted(set(vendor_ids))],
            ["state", "in", ["purchase", "done"]],
            ["date_order", ">=", f"{since.isoformat()} 00:00:00"],
        ],
        fields=sorted({"name", "partner_id", "state", "date_order", "date_approve", ack}),
        order="date_order asc, id asc",
    )
    if not orders:
        return []
    lines: list[Row] = transport.call(
        "purchase.order.line",
        "search_read",
        domain=[["order_id", "in", [o["id"] for o in orders]]],
        fields=["order_id", "product_id", "product_qty", "qty_received", "date_planned"],
    )
    moves: list[Row] = (
        transport.call(
            "stock.move",
            "search_read",
            domain=[
                ["purchase_line_id", "in", [line["id"] for line in lines]],
                ["state", "=", "done"],
            ],
            fields=["purchase_line_id", "date"],
        )
        if lines
        else []
    )
    receipts: dict[int, list[dt.date]] = defaultdict(list)
    for move in moves:
        line_id, day = m2o_id(move.get("purchase_line_id")), parse_date(move.get("date"))
        if line_id is not None and day is not None:
            receipts[line_id].append(day)
    by_order = {o["id"]: o for o in orders}
    out = []
    for line in lines:
        order = by_order.get(m2o_id(line.get("order_id")) or 0)
        planned = parse_date(line.get("date_planned"))
        product = m2o_id(line.get("product_id"))
        if order is None or planned is None or product is None:
            continue
        acknowledged = parse_datetime(order.get("date_approve")) if order.get(ack) else None
        out.append(
            LineHistory(
                vendor_id=m2o_id(order.get("partner_id")) or 0,
                vendor_name=m2o_name(order.get("partner_id")),
                po_id=order["id"],
                po_name=str(order.get("name") or ""),
                line_id=line["id"],
                product_id=product,
                state=str(order.get("state", "purchase")),
                ordered_at=parse_datetime(order.get("date_order")) or EPOCH,
                ordered_qty=number(line.get("product_qty")),
                date_planned=planned,
                acknowledged_at=acknowledged,
                received_qty=number(line.get("qty_received")),
                receipt_dates=sorted(receipts.get(line["id"], [])),
            )
        )
    return out
