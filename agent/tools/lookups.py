"""Read-only look-ups over the Odoo gateway: plain typed functions, usable by the pipeline.

Each look-up takes a validated arguments model (so an agent's odd arguments fail validation
before any read) and returns small summaries instead of full records: what a planner, or a
model with a token budget, needs to tie an email to an order. Nothing here writes; the only
write of the agent is :func:`propose_recommendation`, which returns a proposal for the gate
and changes nothing itself.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from agent.models import Action
from agent.odoo.gateway import OdooGateway
from agent.odoo.records import PurchaseOrder

Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LineSummary(_Frozen):
    """One order line as a look-up shows it."""

    line_id: int
    product_code: str
    qty: float
    qty_received: float
    date_planned: dt.date


class OrderSummary(_Frozen):
    """A purchase order as a look-up shows it."""

    id: int
    name: str
    vendor_id: int
    vendor_name: str
    vendor_ref: str | None
    state: str
    date_order: dt.date
    date_planned: dt.date | None
    lines: list[LineSummary]


def summarize(order: PurchaseOrder) -> OrderSummary:
    """The summary of one order."""
    return OrderSummary(
        id=order.id,
        name=order.name,
        vendor_id=order.partner_id,
        vendor_name=order.partner_name,
        vendor_ref=order.partner_ref,
        state=order.state,
        date_order=order.date_order.date(),
        date_planned=order.date_planned.date() if order.date_planned else None,
        lines=[
            LineSummary(
                line_id=line.id,
                product_code=line.product_code,
                qty=line.product_qty,
                qty_received=line.qty_received,
                date_planned=line.date_planned.date(),
            )
            for line in order.lines
        ],
    )


class OrdersByVendorArgs(_Frozen):
    """Open orders of one vendor, optionally ordered within a date window."""

    vendor_id: int = Field(gt=0)
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def find_orders_by_vendor(gateway: OdooGateway, args: OrdersByVendorArgs) -> list[OrderSummary]:
    """Open orders of a vendor whose order date lies in the window (inclusive)."""
    orders = gateway.open_orders_by_vendors([args.vendor_id]).get(args.vendor_id, [])
    return [
        summarize(o)
        for o in orders
        if (args.date_from is None or o.date_order.date() >= args.date_from)
        and (args.date_to is None or o.date_order.date() <= args.date_to)
    ]


class OrdersByVendorRefArgs(_Frozen):
    """The vendor's own order numbers (``partner_ref``)."""

    refs: list[Code] = Field(min_length=1, max_length=20)


def find_orders_by_vendor_ref(
    gateway: OdooGateway, args: OrdersByVendorRefArgs
) -> list[OrderSummary]:
    """Orders that carry one of these vendor references."""
    found = gateway.orders_by_partner_refs(args.refs)
    return [summarize(o) for o in {o.id: o for o in found.values()}.values()]


class OrdersByProductArgs(_Frozen):
    """Product codes, and optionally the one vendor to look at."""

    product_codes: list[Code] = Field(min_length=1, max_length=20)
    vendor_id: int | None = Field(default=None, gt=0)


def find_orders_by_product(gateway: OdooGateway, args: OrdersByProductArgs) -> list[OrderSummary]:
    """Open orders with incoming quantities of these products (of one vendor if given)."""
    products = gateway.products_by_codes(args.product_codes)
    incoming = gateway.incoming([p.id for p in products.values()])
    names = sorted(
        {
            line.po_name
            for line in incoming
            if args.vendor_id is None or line.vendor_id == args.vendor_id
        }
    )
    if not names:
        return []
    return [summarize(o) for o in gateway.orders_by_names(names).values()]


class StockArgs(_Frozen):
    """Product codes to see stock of."""

    product_codes: list[Code] = Field(min_length=1, max_length=20)


class StockLine(_Frozen):
    """Stock of one product in one warehouse."""

    product_code: str
    warehouse_id: int
    on_hand: float
    reserved: float
    outgoing: float


def stock_position(gateway: OdooGateway, args: StockArgs) -> list[StockLine]:
    """Per-warehouse stock of these products."""
    products = gateway.products_by_codes(args.product_codes)
    codes = {p.id: code for code, p in products.items()}
    return [
        StockLine(
            product_code=codes[s.product_id],
            warehouse_id=s.warehouse_id,
            on_hand=s.on_hand,
            reserved=s.reserved,
            outgoing=s.outgoing,
        )
        for s in gateway.stock_positions(list(codes))
        if s.product_id in codes
    ]


class DemandArgs(_Frozen):
    """Product codes and how many days of history, ending at ``end``."""

    product_codes: list[Code] = Field(min_length=1, max_length=20)
    days: int = Field(default=28, ge=1, le=365)
    end: dt.date


class DemandSummary(_Frozen):
    """Demand of one product in one warehouse over the window."""

    product_code: str
    warehouse_id: int
    days: int
    total: float
    daily_mean: float
    last_7_days: float


def demand_history(gateway: OdooGateway, args: DemandArgs) -> list[DemandSummary]:
    """Demand per product and warehouse over the last ``days`` days."""
    products = gateway.products_by_codes(args.product_codes)
    codes = {p.id: code for code, p in products.items()}
    totals: dict[tuple[int, int], list[float]] = defaultdict(list)
    for series in gateway.demand_history(list(codes), args.days, args.end):
        totals[(series.product_id, series.warehouse_id)] = list(series.daily)
    return [
        DemandSummary(
            product_code=codes[pid],
            warehouse_id=wid,
            days=len(daily),
            total=round(sum(daily), 3),
            daily_mean=round(sum(daily) / len(daily), 3) if daily else 0.0,
            last_7_days=round(sum(daily[-7:]), 3),
        )
        for (pid, wid), daily in sorted(totals.items())
        if pid in codes
    ]


class ProposalArgs(_Frozen):
    """What the agent proposes; the gate decides whether anything happens."""

    action: Action
    po_name: Code
    summary: Annotated[str, StringConstraints(min_length=1, max_length=300)]


class Proposal(_Frozen):
    """A proposed recommendation, handed to the gate; it carries no decision of its own."""

    action: Action
    po_name: str
    summary: str
    proposed_by: str = "agent"


def propose_recommendation(args: ProposalArgs) -> Proposal:
    """Return the proposal for the gate. Writes nothing, decides nothing."""
    return Proposal(action=args.action, po_name=args.po_name, summary=args.summary)
