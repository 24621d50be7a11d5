"""What the service reads from Odoo, as plain typed records.

Both gateways (odoorpc and the bundled scenario) return these, so nothing past the gateway
knows Odoo's wire format (many2one pairs, ``False`` for empty, datetime strings).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Vendor(_Record):
    """A supplier company (``res.partner``) with its contact addresses."""

    id: int
    name: str
    email: str | None = None
    contact_emails: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    country_code: str | None = None
    lang: str | None = None
    tags: list[str] = Field(default_factory=list)


class User(_Record):
    """An Odoo user (``res.users``): buyers, the triage lead, the escalation user."""

    id: int
    login: str
    name: str
    email: str | None = None


class Warehouse(_Record):
    """A warehouse (``stock.warehouse``)."""

    id: int
    name: str
    code: str


class Product(_Record):
    """A purchasable product (``product.product``)."""

    id: int
    default_code: str
    name: str
    category: str = ""
    list_price: float = 0.0
    standard_price: float = 0.0
    uom: str = "Units"


class PurchaseOrderLine(_Record):
    """A line of a purchase order (``purchase.order.line``)."""

    id: int
    order_id: int
    product_id: int
    product_code: str = ""
    name: str = ""
    product_qty: float
    qty_received: float = 0.0
    price_unit: float = 0.0
    date_planned: dt.datetime


class PurchaseOrder(_Record):
    """A purchase order (``purchase.order``) with its lines."""

    id: int
    name: str
    partner_id: int
    partner_name: str = ""
    partner_ref: str | None = None
    user_id: int | None = None
    user_login: str | None = None
    state: str
    date_order: dt.datetime
    date_planned: dt.datetime | None = None
    date_approve: dt.datetime | None = None
    acknowledged: bool = False
    amount_total: float = 0.0
    currency: str = "EUR"
    warehouse_id: int | None = None
    lines: list[PurchaseOrderLine] = Field(default_factory=list)


class StockPosition(_Record):
    """Stock of one product in one warehouse, as Odoo sees it now."""

    product_id: int
    warehouse_id: int
    on_hand: float
    reserved: float = 0.0
    outgoing: float = 0.0


class IncomingLine(_Record):
    """A quantity expected into a warehouse on a planned date (open PO lines, receipts)."""

    product_id: int
    warehouse_id: int
    po_id: int
    po_name: str
    line_id: int
    qty: float
    date_planned: dt.date
    vendor_id: int


class SupplierInfo(_Record):
    """A vendor price list entry (``product.supplierinfo``): price and lead time."""

    id: int
    vendor_id: int
    vendor_name: str = ""
    product_id: int
    price: float
    delay_days: int
    min_qty: float = 0.0


class ReorderRule(_Record):
    """A reordering rule (``stock.warehouse.orderpoint``)."""

    id: int
    product_id: int
    warehouse_id: int
    product_min_qty: float
    product_max_qty: float
    qty_forecast: float | None = None


class DemandSeries(_Record):
    """Daily demand of one product in one warehouse, oldest first, ending at ``end``."""

    product_id: int
    warehouse_id: int
    end: dt.date
    daily: list[float]


class ActivityDraft(_Record):
    """An activity to create on a record, with the chatter note that carries the evidence.

    ``marker`` is the idempotency key: it is written into the note so that a retried push
    can find an activity it already created.
    """

    marker: str
    res_model: str = "purchase.order"
    res_id: int
    user_id: int
    summary: str = Field(max_length=80)
    note_html: str
    date_deadline: dt.date
    chatter_html: str | None = None
    activity_type: str = "mail.mail_activity_data_todo"


class ActivityStatus(_Record):
    """What became of an activity we created: open, done (with feedback) or gone."""

    marker: str
    activity_id: int | None
    state: str
    feedback: str | None = None
    user_id: int | None = None
    date_deadline: dt.date | None = None


class LineHistory(_Record):
    """What was ordered, promised and received on one purchase order line.

    The vendor scorecard reads these for closed and open lines alike. ``date_planned`` is
    the line's planned date as Odoo holds it now (the last promise Odoo knows);
    ``first_date_planned`` is the original promise where the source keeps it (the scenario
    does; a live Odoo only when the date was tracked), and ``date_planned_changed_at`` when
    the planned date was last moved. ``receipt_dates`` are the dates of the done receipts
    of the line, oldest first.
    """

    vendor_id: int
    vendor_name: str = ""
    po_id: int
    po_name: str
    line_id: int
    product_id: int
    warehouse_id: int | None = None
    state: str
    ordered_at: dt.datetime
    ordered_qty: float
    date_planned: dt.date
    first_date_planned: dt.date | None = None
    date_planned_changed_at: dt.datetime | None = None
    acknowledged_at: dt.datetime | None = None
    received_qty: float = 0.0
    receipt_dates: list[dt.date] = Field(default_factory=list)

    @property
    def receipts(self) -> int:
        """Number of done receipts of the line."""
        return len(self.receipt_dates)

    @property
    def closed(self) -> bool:
        """Nothing more will arrive: fully received, or the order is done or cancelled."""
        return self.received_qty >= self.ordered_qty or self.state in ("done", "cancel")
