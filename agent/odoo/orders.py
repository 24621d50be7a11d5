"""Purchase order reads: by name, vendor reference, Message-ID and vendor, with lines.

``find_orders`` answers all four questions of a batch in three round trips, whatever the
batch holds: one ``mail.message`` search for the reply ids, one ``purchase.order`` search
with an OR domain over names, vendor references, the ids found and the vendors' open
orders, and one ``purchase.order.line`` search for all their lines.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from agent.odoo.gateway import OrderLookup
from agent.odoo.message_ids import bracketed, purchase_order_id
from agent.odoo.records import PurchaseOrder, PurchaseOrderLine
from agent.odoo.reference import Reference
from agent.odoo.transport import OdooTransport
from agent.odoo.wire import (
    Domain,
    any_of,
    m2o_id,
    m2o_name,
    number,
    opt,
    parse_datetime,
    product_code,
    text,
)

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
OPEN_STATES = ("draft", "sent", "to approve", "purchase", "done")
ORDER_FIELDS = [
    "name",
    "partner_id",
    "partner_ref",
    "user_id",
    "state",
    "date_order",
    "date_planned",
    "date_approve",
    "amount_total",
    "currency_id",
    "picking_type_id",
]
LINE_FIELDS = [
    "order_id",
    "product_id",
    "name",
    "product_qty",
    "qty_received",
    "price_unit",
    "date_planned",
]
Row = dict[str, Any]


class OrderReader:
    """Reads orders with their lines and remembers each order's warehouse.

    Args:
        transport: The connection.
        reference: Reference data (receipt types, users, the server's order fields).
    """

    def __init__(self, transport: OdooTransport, reference: Reference) -> None:
        """Bind to a connection."""
        self._t = transport
        self._ref = reference
        self.warehouse_of_order: dict[int, int | None] = {}
        self.vendor_of_order: dict[int, int] = {}
        self.fully_received: set[int] = set()
        """Orders whose ``receipt_status`` is ``full``: nothing more will arrive, even if short."""

    def _order_fields(self) -> list[str]:
        ack = self._t.version.ack_field
        known = self._ref.fields_of("purchase.order")
        extra = [f for f in (ack, "receipt_status") if f in known]
        return ORDER_FIELDS + extra

    def search(self, domain: Domain, order: str = "id") -> list[PurchaseOrder]:
        """Orders matching ``domain`` with their lines (two round trips)."""
        rows: list[Row] = self._t.call(
            "purchase.order", "search_read", domain=domain, fields=self._order_fields(), order=order
        )
        if not rows:
            return []
        lines: list[Row] = self._t.call(
            "purchase.order.line",
            "search_read",
            domain=[["order_id", "in", [r["id"] for r in rows]], ["display_type", "=", False]],
            fields=LINE_FIELDS,
            order="order_id, sequence, id",
        )
        return self.build(rows, lines)

    def build(self, rows: Sequence[Row], lines: Sequence[Row]) -> list[PurchaseOrder]:
        """Records from raw order and line rows."""
        types = self._ref.warehouse_of_picking_types(
            m2o_id(r.get("picking_type_id")) or 0 for r in rows
        )
        by_order: dict[int, list[PurchaseOrderLine]] = defaultdict(list)
        for line in lines:
            order_id = m2o_id(line["order_id"])
            product_id = m2o_id(line["product_id"])
            planned = parse_datetime(line["date_planned"])
            if order_id is None or product_id is None or planned is None:
                continue
            by_order[order_id].append(
                PurchaseOrderLine(
                    id=line["id"],
                    order_id=order_id,
                    product_id=product_id,
                    product_code=product_code(m2o_name(line["product_id"])),
                    name=text(line.get("name")),
                    product_qty=number(line["product_qty"]),
                    qty_received=number(line.get("qty_received")),
                    price_unit=number(line.get("price_unit")),
                    date_planned=planned,
                )
            )
        ack = self._t.version.ack_field
        out = []
        for row in rows:
            warehouse = types.get(m2o_id(row.get("picking_type_id")) or 0)
            self.warehouse_of_order[row["id"]] = warehouse
            self.vendor_of_order[row["id"]] = m2o_id(row["partner_id"]) or 0
            if row.get("receipt_status") == "full":
                self.fully_received.add(row["id"])
            user_id = m2o_id(row.get("user_id"))
            date_order = parse_datetime(row.get("date_order"))
            out.append(
                PurchaseOrder(
                    id=row["id"],
                    name=text(row["name"]),
                    partner_id=m2o_id(row["partner_id"]) or 0,
                    partner_name=m2o_name(row["partner_id"]),
                    partner_ref=opt(row.get("partner_ref")) or None,
                    user_id=user_id,
                    user_login=self._ref.user_login(user_id),
                    state=text(row["state"]),
                    date_order=date_order or EPOCH,
                    date_planned=parse_datetime(row.get("date_planned")),
                    date_approve=parse_datetime(row.get("date_approve")),
                    acknowledged=bool(row.get(ack)),
                    amount_total=number(row.get("amount_total")),
                    currency=m2o_name(row.get("currency_id")) or "EUR",
                    warehouse_id=warehouse,
                    lines=by_order.get(row["id"], []),
                )
            )
        return out

    def find(
        self,
        names: Sequence[str] = (),
        partner_refs: Sequence[str] = (),
        message_ids: Sequence[str] = (),
        open_for_vendors: Sequence[int] = (),
        contact_vendor: dict[int, int] | None = None,
    ) -> OrderLookup:
        """The four look-ups of a batch in at most three round trips."""
        names = sorted({n for n in names if n})
        partner_refs = sorted({r for r in partner_refs if r})
        vendors = sorted(set(open_for_vendors))
        thread = self.thread_orders(message_ids)
        leaves: list[Any] = []
        if names:
            leaves.append(("name", "in", names))
        if partner_refs:
            leaves.append(("partner_ref", "in", partner_refs))
        if thread:
            leaves.append(("id", "in", sorted(set(thread.values()))))
        if vendors:
            leaves.append(
                ["&", ["partner_id", "child_of", vendors], ["state", "in", list(OPEN_STATES)]]
            )
        if not leaves:
            return OrderLookup()
        orders = {po.id: po for po in self.search(any_of(leaves))}
        by_name = {po.name: po for po in orders.values() if po.name in set(names)}
        refs = set(partner_refs)
        by_ref = {po.partner_ref: po for po in orders.values() if po.partner_ref in refs}
        by_mid = {mid: orders[oid] for mid, oid in thread.items() if oid in orders}
        owners = contact_vendor or {}
        open_by_vendor: dict[int, list[PurchaseOrder]] = {v: [] for v in vendors}
        for po in sorted(orders.values(), key=lambda o: o.id):
            vendor = po.partner_id if po.partner_id in open_by_vendor else owners.get(po.partner_id)
            if vendor in open_by_vendor and is_open(po) and po.id not in self.fully_received:
                open_by_vendor[vendor].append(po)
        return OrderLookup(
            by_name={n: by_name[n] for n in names if n in by_name},
            by_partner_ref={r: by_ref[r] for r in partner_refs if r in by_ref},
            by_message_id=by_mid,
            open_by_vendor=open_by_vendor,
        )

    def thread_orders(self, message_ids: Sequence[str]) -> dict[str, int]:
        """Order id of each Message-ID, the way Odoo's mail gateway routes a reply.

        ``mail.message`` first (the newest message with the id wins); when the lookup finds
        none, the id's own ``-openerp-ID-purchase.order@`` pattern.
        """
        asked = {m: bracketed(m) for m in message_ids if m and m.strip()}
        if not asked:
            return {}
        rows: list[Row] = self._t.call(
            "mail.message",
            "search_read",
            domain=[
                ["model", "=", "purchase.order"],
                ["message_id", "in", sorted(set(asked.values()))],
            ],
            fields=["message_id", "res_id"],
            order="id desc",
        )
        newest: dict[str, int] = {}
        for row in rows:
            newest.setdefault(text(row["message_id"]), int(row["res_id"]))
        found: dict[str, int] = {}
        for original, key in asked.items():
            order_id = newest.get(key) or purchase_order_id(key)
            if order_id:
                found[original] = order_id
        return found


def is_open(order: PurchaseOrder) -> bool:
    """An order a vendor may still write about: not cancelled, something left to receive."""
    return order.state in OPEN_STATES and any(
        line.qty_received < line.product_qty for line in order.lines
    )
