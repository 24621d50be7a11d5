"""Build the bundled retail scenario from the hand-written data and the seeded generators.

``load_scenario()`` is deterministic and cached: the same process gets the same object,
and two processes build identical ones.
"""

from __future__ import annotations

import datetime as dt
import functools
import math

import numpy as np

from agent.odoo.records import (
    DemandSeries,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    ReorderRule,
    StockPosition,
    SupplierInfo,
)
from agent.scenario.data import parties
from agent.scenario.data.catalog import PRODUCTS, SUPPLY, ProductPlan
from agent.scenario.data.orders import CHATTER, ORDERS, OrderPlan
from agent.scenario.demand import HISTORY_DAYS, SEED, demand_series, recent_mean, stock_for
from agent.scenario.model import MailMessage, Scenario

UTC = dt.UTC
PLANNED_HOUR = 10
FIRST_MESSAGE_ID = 4101


def _at(value: str) -> dt.datetime:
    """An ISO date or date-time string of the data modules, in UTC."""
    parsed = dt.datetime.fromisoformat(value)
    if len(value) == 10:
        parsed = parsed.replace(hour=PLANNED_HOUR)
    return parsed.replace(tzinfo=UTC)


def po_name(po_id: int) -> str:
    """Odoo's name of a purchase order id in the scenario (231 -> ``P00231``)."""
    return f"P{po_id:05d}"


def odoo_message_id(po_id: int, sent: dt.datetime, seq: int, host: str) -> str:
    """A Message-ID in Odoo's format, reproducible from the order, time and sequence."""
    rng = np.random.default_rng([SEED, 7, po_id, seq])
    digits = int(rng.integers(0, 10**15))
    stamp = sent.timestamp() + int(rng.integers(0, 60)) + float(rng.random())
    return f"<{digits:015d}.{stamp:.15f}-openerp-{po_id}-purchase.order@{host}>"


def _products() -> list[Product]:
    return [
        Product(
            id=p.id,
            default_code=p.code,
            name=p.name,
            category=p.category,
            list_price=p.list_price,
            standard_price=p.cost,
        )
        for p in PRODUCTS
    ]


def _supplier_infos() -> list[SupplierInfo]:
    names = {v.id: v.name for v in parties.VENDORS}
    return [
        SupplierInfo(
            id=n,
            vendor_id=s.vendor_id,
            vendor_name=names[s.vendor_id],
            product_id=s.product_id,
            price=s.price,
            delay_days=s.delay_days,
            min_qty=s.min_qty,
        )
        for n, s in enumerate(SUPPLY, start=1)
    ]


def _order(plan: OrderPlan, products: dict[int, ProductPlan]) -> PurchaseOrder:
    prices = {(s.product_id, s.vendor_id): s.price for s in SUPPLY}
    vendor = next(v for v in parties.VENDORS if v.id == plan.vendor_id)
    buyer_id = parties.BUYER_BY_CATEGORY[products[plan.lines[0].product_id].category]
    buyer = next(u for u in parties.USERS if u.id == buyer_id)
    lines = []
    for n, line in enumerate(plan.lines, start=1):
        product = products[line.product_id]
        lines.append(
            PurchaseOrderLine(
                id=plan.id * 10 + n,
                order_id=plan.id,
                product_id=product.id,
                product_code=product.code,
                name=f"[{product.code}] {product.name}",
                product_qty=line.qty,
                qty_received=line.received,
                price_unit=prices[(line.product_id, plan.vendor_id)],
                date_planned=_at(line.planned),
            )
        )
    return PurchaseOrder(
        id=plan.id,
        name=po_name(plan.id),
        partner_id=vendor.id,
        partner_name=vendor.name,
        partner_ref=plan.partner_ref,
        user_id=buyer.id,
        user_login=buyer.login,
        state=plan.state,
        date_order=_at(plan.ordered),
        date_planned=min(line.date_planned for line in lines),
        date_approve=_at(plan.approved) if plan.approved else None,
        acknowledged=plan.acknowledged,
        amount_total=round(sum(line.product_qty * line.price_unit for line in lines), 2),
        warehouse_id=plan.warehouse_id,
        lines=lines,
    )


def _odoo_mail_body(order: PurchaseOrder, kind: str) -> str:
    company = parties.COMPANY_NAME
    if kind == "rfq":
        return (
            f"Dear {order.partner_name}\n\nHere is in attachment a request for quotation "
            f"{order.name} from {company}.\n\nIf you have any questions, please do not "
            "hesitate to contact us.\n\nBest regards,"
        )
    expected = order.date_planned.strftime("%m/%d/%Y") if order.date_planned else "n/a"
    return (
        f"Dear {order.partner_name}\n\nHere is in attachment a purchase order {order.name} "
        f"amounting in € {order.amount_total:,.2f} from {company}.\n\nThe receipt is "
        f"expected for {expected}.\n\nCould you please acknowledge the receipt of this order?"
    )


def _mail_messages(orders: list[PurchaseOrder]) -> list[MailMessage]:
    """Odoo's RFQ and order mails plus the buyers' chatter messages, with thread headers."""
    raw: list[tuple[dt.datetime, PurchaseOrder, str, str, int | None]] = []
    for order in orders:
        subject = f"{parties.COMPANY_NAME} Order (Ref {order.name})"
        raw.append((order.date_order, order, subject, _odoo_mail_body(order, "rfq"), order.user_id))
        if order.date_approve is not None:
            body = _odoo_mail_body(order, "po")
            raw.append((order.date_approve, order, subject, body, order.user_id))
    by_id = {o.id: o for o in orders}
    for chat in CHATTER:
        order = by_id[chat.po_id]
        subject = f"Re: {parties.COMPANY_NAME} Order (Ref {order.name})"
        raw.append((_at(chat.sent), order, subject, chat.body, chat.author_user_id))
    raw.sort(key=lambda item: (item[0], item[1].id))
    messages: list[MailMessage] = []
    thread: dict[int, list[str]] = {}
    for n, (sent, order, subject, body, author) in enumerate(raw):
        earlier = thread.setdefault(order.id, [])
        mid = odoo_message_id(order.id, sent, len(earlier), parties.ODOO_HOST)
        messages.append(
            MailMessage(
                id=FIRST_MESSAGE_ID + n,
                message_id=mid,
                res_id=order.id,
                date=sent,
                subject=subject,
                body=body,
                author_user_id=author,
                partner_ids=[order.partner_id],
                references=[*earlier[-3:], mid],
            )
        )
        earlier.append(mid)
    return messages


def _demand_and_stock(
    today: dt.date,
) -> tuple[list[DemandSeries], list[StockPosition], list[ReorderRule]]:
    first_day = today - dt.timedelta(days=HISTORY_DAYS - 1)
    lead = {p.id: min(s.delay_days for s in SUPPLY if s.product_id == p.id) for p in PRODUCTS}
    series: list[DemandSeries] = []
    stock: list[StockPosition] = []
    rules: list[ReorderRule] = []
    for plan in PRODUCTS:
        for warehouse in parties.WAREHOUSES:
            daily = demand_series(plan, warehouse.id, first_day.weekday())
            series.append(
                DemandSeries(
                    product_id=plan.id,
                    warehouse_id=warehouse.id,
                    end=today,
                    daily=daily.tolist(),
                )
            )
            on_hand, reserved = stock_for(plan, warehouse.id, daily)
            stock.append(
                StockPosition(
                    product_id=plan.id,
                    warehouse_id=warehouse.id,
                    on_hand=on_hand,
                    reserved=reserved,
                    outgoing=reserved,
                )
            )
            if plan.pattern == "intermittent":
                if warehouse.id == 1:
                    rules.append(_rule(len(rules) + 1, plan.id, warehouse.id, 2.0, 6.0))
                continue
            low = float(math.ceil(recent_mean(daily) * (lead[plan.id] + 7)))
            high = float(math.ceil(low * 2 / 10) * 10)
            rules.append(_rule(len(rules) + 1, plan.id, warehouse.id, low, high))
    return series, stock, rules


def _rule(rule_id: int, product_id: int, warehouse_id: int, low: float, high: float) -> ReorderRule:
    return ReorderRule(
        id=rule_id,
        product_id=product_id,
        warehouse_id=warehouse_id,
        product_min_qty=low,
        product_max_qty=high,
    )


@functools.cache
def load_scenario() -> Scenario:
    """The bundled retail scenario (built once per process, then shared; it is frozen)."""
    today = dt.date.fromisoformat(parties.TODAY_ISO)
    plans = {p.id: p for p in PRODUCTS}
    orders = [_order(plan, plans) for plan in ORDERS]
    demand, stock, rules = _demand_and_stock(today)
    return Scenario(
        today=today,
        company_name=parties.COMPANY_NAME,
        company_domain=parties.COMPANY_DOMAIN,
        purchasing_address=parties.PURCHASING_ADDRESS,
        odoo_host=parties.ODOO_HOST,
        lead_login=parties.LEAD_LOGIN,
        escalation_login=parties.ESCALATION_LOGIN,
        vendors=list(parties.VENDORS),
        users=list(parties.USERS),
        warehouses=list(parties.WAREHOUSES),
        products=_products(),
        orders=orders,
        stock=stock,
        supplier_infos=_supplier_infos(),
        reorder_rules=rules,
        demand=demand,
        mail_messages=_mail_messages(orders),
    )
