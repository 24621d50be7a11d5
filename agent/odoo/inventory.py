"""Product and stock reads, one round trip each for any number of products.

Products, per-warehouse stock, incoming, price lists, reorder rules and daily demand.
Stock and demand are ``read_group`` answers grouped by location, which the reference cache
maps to warehouses (``stock.quant.warehouse_id`` is not stored, so Odoo cannot group by it).
Incoming quantities are the open remainder of confirmed order lines, converted to the
product's unit, in the warehouse of the order's receipt type.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from agent.odoo.orders import OrderReader
from agent.odoo.records import (
    DemandSeries,
    IncomingLine,
    Product,
    ReorderRule,
    StockPosition,
    SupplierInfo,
)
from agent.odoo.reference import Reference
from agent.odoo.transport import OdooTransport
from agent.odoo.wire import (
    any_of,
    format_datetime,
    m2o_id,
    m2o_name,
    number,
    parse_date,
    parse_datetime,
    text,
)

SUPPLIER_FIELDS = [
    "partner_id",
    "product_id",
    "product_tmpl_id",
    "price",
    "delay",
    "min_qty",
    "date_end",
]
RULE_FIELDS = ["product_id", "warehouse_id", "product_min_qty", "product_max_qty", "qty_forecast"]
PRODUCT_FIELDS = [
    "default_code",
    "name",
    "categ_id",
    "list_price",
    "standard_price",
    "uom_id",
    "product_tmpl_id",
]
Row = dict[str, Any]
_DAY_LABELS = ("%d %b %Y", "%Y-%m-%d", "%d/%m/%Y")


class InventoryReader:
    """Batched product and stock reads over one connection."""

    def __init__(self, transport: OdooTransport, reference: Reference, orders: OrderReader):
        """Bind to a connection, its reference data and the order reader's warehouse memory."""
        self._t = transport
        self._ref = reference
        self._orders = orders
        self.template_of: dict[int, int] = {}

    # ------------------------------------------------------------ products
    def _products(self, domain: list[Any]) -> list[Product]:
        rows: list[Row] = self._t.call(
            "product.product", "search_read", domain=domain, fields=PRODUCT_FIELDS
        )
        out = []
        for row in rows:
            template = m2o_id(row.get("product_tmpl_id"))
            if template:
                self.template_of[row["id"]] = template
            out.append(
                Product(
                    id=row["id"],
                    default_code=text(row.get("default_code")),
                    name=text(row.get("name")),
                    category=m2o_name(row.get("categ_id")),
                    list_price=number(row.get("list_price")),
                    standard_price=number(row.get("standard_price")),
                    uom=m2o_name(row.get("uom_id")) or "Units",
                )
            )
        return out

    def products(self, ids: Sequence[int]) -> dict[int, Product]:
        """Products by id."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        return {p.id: p for p in self._products([["id", "in", wanted]])}

    def products_by_codes(self, codes: Sequence[str]) -> dict[str, Product]:
        """Products by internal reference."""
        wanted = sorted({c for c in codes if c})
        if not wanted:
            return {}
        found = {p.default_code: p for p in self._products([["default_code", "in", wanted]])}
        return {c: found[c] for c in wanted if c in found}

    # ------------------------------------------------------------ stock
    def stock_positions(self, product_ids: Sequence[int]) -> list[StockPosition]:
        """On hand and reserved per product and warehouse (one ``read_group`` on quants)."""
        wanted = sorted(set(product_ids))
        if not wanted:
            return []
        groups: list[Row] = self._t.call(
            "stock.quant",
            "read_group",
            domain=[["product_id", "in", wanted], ["location_id.usage", "=", "internal"]],
            fields=["quantity:sum", "reserved_quantity:sum"],
            groupby=["product_id", "location_id"],
            lazy=False,
        )
        owners = self._ref.warehouse_of_locations(m2o_id(g.get("location_id")) or 0 for g in groups)
        totals: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0.0, 0.0])
        for group in groups:
            product = m2o_id(group.get("product_id"))
            warehouse = owners.get(m2o_id(group.get("location_id")) or 0)
            if product is None or warehouse is None:
                continue
            total = totals[(product, warehouse)]
            total[0] += number(group.get("quantity"))
            total[1] += number(group.get("reserved_quantity"))
        return [
            StockPosition(product_id=p, warehouse_id=w, on_hand=q, reserved=r)
            for (p, w), (q, r) in sorted(totals.items())
        ]

    def incoming(self, product_ids: Sequence[int]) -> list[IncomingLine]:
        """Open remainders of confirmed order lines (two round trips at most)."""
        wanted = sorted(set(product_ids))
        if not wanted:
            return []
        rows: list[Row] = self._t.call(
            "purchase.order.line",
            "search_read",
            domain=[
                ["product_id", "in", wanted],
                ["order_id.state", "in", ["purchase", "done"]],
                ["display_type", "=", False],
                *(
                    [["order_id.receipt_status", "!=", "full"]]
                    if "receipt_status" in self._ref.fields_of("purchase.order")
                    else []
                ),
            ],
            fields=[
                "order_id",
                "product_id",
                "product_qty",
                "product_uom_qty",
                "qty_received",
                "date_planned",
                "partner_id",
            ],
        )
        open_rows = [r for r in rows if number(r["product_qty"]) > number(r.get("qty_received"))]
        orders = {m2o_id(r["order_id"]) or 0 for r in open_rows}
        unknown = sorted(orders - set(self._orders.warehouse_of_order))
        if unknown:
            found: list[Row] = self._t.call(
                "purchase.order", "read", unknown, fields=["picking_type_id", "partner_id"]
            )
            types = self._ref.warehouse_of_picking_types(
                m2o_id(r.get("picking_type_id")) or 0 for r in found
            )
            for row in found:
                self._orders.warehouse_of_order[row["id"]] = types.get(
                    m2o_id(row.get("picking_type_id")) or 0
                )
                self._orders.vendor_of_order[row["id"]] = m2o_id(row.get("partner_id")) or 0
        out = []
        for row in open_rows:
            order_id = m2o_id(row["order_id"]) or 0
            warehouse = self._orders.warehouse_of_order.get(order_id)
            planned = parse_date(row.get("date_planned"))
            if warehouse is None or planned is None:
                continue
            ordered = number(row["product_qty"])
            factor = number(row.get("product_uom_qty")) / ordered if ordered else 1.0
            out.append(
                IncomingLine(
                    product_id=m2o_id(row["product_id"]) or 0,
                    warehouse_id=warehouse,
                    po_id=order_id,
                    po_name=m2o_name(row["order_id"]),
                    line_id=row["id"],
                    qty=round((ordered - number(row.get("qty_received"))) * (factor or 1.0), 6),
                    date_planned=planned,
                    vendor_id=m2o_id(row.get("partner_id"))
                    or self._orders.vendor_of_order.get(order_id, 0),
                )
            )
        return sorted(out, key=lambda i: (i.date_planned, i.po_id, i.line_id))

    def supplier_infos(self, product_ids: Sequence[int], today: dt.date) -> list[SupplierInfo]:
        """Price list entries of these products, variant-specific or for their template."""
        wanted = sorted(set(product_ids))
        if not wanted:
            return []
        if set(wanted) - set(self.template_of):
            self.products([p for p in wanted if p not in self.template_of])
        templates: dict[int, list[int]] = defaultdict(list)
        for product in wanted:
            if product in self.template_of:
                templates[self.template_of[product]].append(product)
        rows: list[Row] = self._t.call(
            "product.supplierinfo",
            "search_read",
            domain=any_of(
                [
                    ("product_id", "in", wanted),
                    ["&", ["product_id", "=", False], ["product_tmpl_id", "in", sorted(templates)]],
                ]
            ),
            fields=[
                "partner_id",
                "product_id",
                "product_tmpl_id",
                "price",
                "delay",
                "min_qty",
                "date_end",
            ],
        )
        out = []
        for row in rows:
            end = parse_date(row.get("date_end"))
            if end is not None and end < today:
                continue
            variant = m2o_id(row.get("product_id"))
            targets = (
                [variant] if variant else templates.get(m2o_id(row.get("product_tmpl_id")) or 0, [])
            )
            for product in targets:
                out.append(
                    SupplierInfo(
                        id=row["id"],
                        vendor_id=m2o_id(row["partner_id"]) or 0,
                        vendor_name=m2o_name(row["partner_id"]),
                        product_id=product,
                        price=number(row.get("price")),
                        delay_days=int(number(row.get("delay"))),
                        min_qty=number(row.get("min_qty")),
                    )
                )
        return out

    def reorder_rules(self, product_ids: Sequence[int] | None) -> list[ReorderRule]:
        """Reordering rules of these products (all active rules for ``None``)."""
        domain: list[Any] = []
        if product_ids is not None:
            wanted = sorted(set(product_ids))
            if not wanted:
                return []
            domain = [["product_id", "in", wanted]]
        rows: list[Row] = self._t.call(
            "stock.warehouse.orderpoint",
            "search_read",
            domain=domain,
            fields=[
                "product_id",
                "warehouse_id",
                "product_min_qty",
                "product_max_qty",
                "qty_forecast",
            ],
        )
        return [
            ReorderRule(
                id=row["id"],
                product_id=m2o_id(row["product_id"]) or 0,
                warehouse_id=m2o_id(row["warehouse_id"]) or 0,
                product_min_qty=number(row.get("product_min_qty")),
                product_max_qty=number(row.get("product_max_qty")),
                qty_forecast=number(row.get("qty_forecast")),
            )
            for row in rows
        ]

    def demand_history(
        self, product_ids: Sequence[int], days: int, end: dt.date
    ) -> list[DemandSeries]:
        """Daily quantity delivered to customers per product and warehouse (one ``read_group``)."""
        wanted = sorted(set(product_ids))
        if not wanted:
            return []
        start = end - dt.timedelta(days=days - 1)
        since = format_datetime(dt.datetime.combine(start, dt.time()))
        until = format_datetime(dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
        qty = self._t.version.move_done_qty
        groups: list[Row] = self._t.call(
            "stock.move",
            "read_group",
            domain=[
                ["product_id", "in", wanted],
                ["state", "=", "done"],
                ["location_dest_id.usage", "=", "customer"],
                ["date", ">=", since],
                ["date", "<", until],
            ],
            fields=[f"{qty}:sum"],
            groupby=["product_id", "location_id", "date:day"],
            lazy=False,
        )
        owners = self._ref.warehouse_of_locations(m2o_id(g.get("location_id")) or 0 for g in groups)
        series: dict[tuple[int, int], list[float]] = {}
        for group in groups:
            product = m2o_id(group.get("product_id"))
            warehouse = owners.get(m2o_id(group.get("location_id")) or 0)
            day = group_day(group, "date:day")
            if product is None or warehouse is None or day is None or not start <= day <= end:
                continue
            daily = series.setdefault((product, warehouse), [0.0] * days)
            daily[(day - start).days] += number(group.get(qty))
        return [
            DemandSeries(product_id=p, warehouse_id=w, end=end, daily=values)
            for (p, w), values in sorted(series.items())
        ]


def group_day(group: Row, spec: str) -> dt.date | None:
    """The day of a ``read_group`` date bucket: its label, else the start of ``__range``."""
    label = group.get(spec)
    if isinstance(label, str):
        for fmt in _DAY_LABELS:
            try:
                return dt.datetime.strptime(label, fmt).date()
            except ValueError:
                continue
    bucket = (
        (group.get("__range") or {}).get(spec) if isinstance(group.get("__range"), dict) else None
    )
    if isinstance(bucket, dict):
        start = parse_datetime(bucket.get("from"))
        return start.date() if start else None
    return None
