"""Documents of the scenario as Odoo records: orders, deliveries, price lists, rules, mail.

Part of :mod:`.from_scenario` (see there for the whole picture).
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict

from agent.odoo.records import PurchaseOrder
from agent.scenario.model import MailMessage, Scenario

from .database import Record
from .from_scenario_master import (
    ADMIN_UID,
    COMPANY_PARTNER,
    CURRENCY_EUR,
    CUSTOMER_LOCATION,
    SUPPLIER_LOCATION,
    UOM_UNITS,
    Tables,
    delivery_type,
    receipt_type,
    stamp,
    stock_location,
)

PURCHASE_ORDER_MODEL = 534
MOVE_HOUR = 12
SUBTYPE_COMMENT, SUBTYPE_NOTE, SUBTYPE_ACTIVITIES = 1, 2, 3
_ACTIVITY_TYPES = [  # id, name, category, delay, icon, xmlid
    (1, "Email", "default", 0, "fa-envelope", "mail_activity_data_email"),
    (2, "Call", "phonecall", 2, "fa-phone", "mail_activity_data_call"),
    (3, "Meeting", "default", 0, "fa-users", "mail_activity_data_meeting"),
    (4, "To-Do", "default", 5, "fa-tasks", "mail_activity_data_todo"),
]


def _receipt_status(order: PurchaseOrder) -> str | bool:
    if order.state not in ("purchase", "done"):
        return False
    received = [line.qty_received >= line.product_qty for line in order.lines]
    if all(received):
        return "full"
    return "partial" if any(line.qty_received for line in order.lines) else "pending"


def _orders(scenario: Scenario, r: Tables, version: int) -> None:
    orders: dict[int, Record] = {}
    lines: dict[int, Record] = {}
    ack_field = "acknowledged" if version >= 18 else "mail_reception_confirmed"
    for po in scenario.orders:
        orders[po.id] = {
            "name": po.name,
            "partner_id": po.partner_id,
            "partner_ref": po.partner_ref or False,
            "user_id": po.user_id or False,
            "state": po.state,
            "date_order": stamp(po.date_order),
            "date_planned": stamp(po.date_planned) if po.date_planned else False,
            "date_approve": stamp(po.date_approve) if po.date_approve else False,
            ack_field: po.acknowledged,
            "amount_total": po.amount_total,
            "amount_untaxed": po.amount_total,
            "currency_id": CURRENCY_EUR,
            "company_id": 1,
            "picking_type_id": receipt_type(po.warehouse_id or 1),
            "priority": "0",
            "receipt_status": _receipt_status(po),
            "invoice_status": "no",
            "origin": False,
            "notes": False,
        }
        for n, line in enumerate(po.lines, start=1):
            lines[line.id] = {
                "order_id": po.id,
                "product_id": line.product_id,
                "name": line.name,
                "product_qty": line.product_qty,
                "product_uom_qty": line.product_qty,
                "qty_received": line.qty_received,
                "price_unit": line.price_unit,
                "price_subtotal": round(line.product_qty * line.price_unit, 2),
                "product_uom": UOM_UNITS,
                "date_planned": stamp(line.date_planned),
                "sequence": 10 * n,
                "state": po.state,
                "partner_id": po.partner_id,
                "display_type": False,
                "company_id": 1,
                "currency_id": CURRENCY_EUR,
            }
    r["purchase.order"], r["purchase.order.line"] = orders, lines


def _demand(scenario: Scenario, r: Tables) -> None:
    """Done deliveries to customers: one picking per warehouse and day, one move per product."""
    codes = {wh.id: wh.code for wh in scenario.warehouses}
    products = {p.id: p for p in scenario.products}
    by_day: dict[tuple[dt.date, int], list[tuple[int, float]]] = defaultdict(list)
    for series in scenario.demand:
        start = series.end - dt.timedelta(days=len(series.daily) - 1)
        for offset, qty in enumerate(series.daily):
            if qty > 0:
                day = start + dt.timedelta(days=offset)
                by_day[(day, series.warehouse_id)].append((series.product_id, qty))
    pickings: dict[int, Record] = {}
    moves: dict[int, Record] = {}
    counters: dict[int, int] = defaultdict(int)
    for (day, wh), sold in sorted(by_day.items()):
        counters[wh] += 1
        pick_id = len(pickings) + 1
        when = stamp(dt.datetime.combine(day, dt.time(MOVE_HOUR)))
        name = f"{codes[wh]}/OUT/{counters[wh]:05d}"
        pickings[pick_id] = {
            "name": name,
            "origin": False,
            "partner_id": False,
            "state": "done",
            "scheduled_date": when,
            "date_done": when,
            "picking_type_id": delivery_type(wh),
            "picking_type_code": "outgoing",
            "location_id": stock_location(wh),
            "location_dest_id": CUSTOMER_LOCATION,
            "company_id": 1,
            "priority": "0",
        }
        for product_id, qty in sorted(sold):
            moves[len(moves) + 1] = {
                "name": products[product_id].name,
                "reference": name,
                "product_id": product_id,
                "product_uom_qty": qty,
                "quantity": qty,
                "product_uom": UOM_UNITS,
                "state": "done",
                "date": when,
                "picking_id": pick_id,
                "picking_type_id": delivery_type(wh),
                "picking_code": "outgoing",
                "location_id": stock_location(wh),
                "location_dest_id": CUSTOMER_LOCATION,
                "warehouse_id": wh,
                "company_id": 1,
                "sequence": 10,
            }
    r["stock.picking"], r["stock.move"] = pickings, moves


def _purchasing_rules(scenario: Scenario, r: Tables) -> None:
    r["product.supplierinfo"] = {
        s.id: {
            "partner_id": s.vendor_id,
            "product_tmpl_id": s.product_id,
            "product_id": s.product_id,
            "price": s.price,
            "delay": s.delay_days,
            "min_qty": s.min_qty,
            "product_name": False,
            "currency_id": CURRENCY_EUR,
            "company_id": 1,
            "sequence": 1,
            "date_start": False,
            "date_end": False,
        }
        for s in scenario.supplier_infos
    }
    forecast: dict[tuple[int, int], float] = defaultdict(float)
    for position in scenario.stock:
        forecast[(position.product_id, position.warehouse_id)] += (
            position.on_hand - position.reserved
        )
    for po in scenario.orders:
        if po.state != "purchase" or po.warehouse_id is None:
            continue
        for line in po.lines:
            remaining = line.product_qty - line.qty_received
            if remaining > 0:
                forecast[(line.product_id, po.warehouse_id)] += remaining
    rules: dict[int, Record] = {}
    for rule in scenario.reorder_rules:
        qty = round(forecast[(rule.product_id, rule.warehouse_id)], 3)
        rules[rule.id] = {
            "name": f"OP/{rule.id:05d}",
            "product_id": rule.product_id,
            "warehouse_id": rule.warehouse_id,
            "location_id": stock_location(rule.warehouse_id),
            "product_min_qty": rule.product_min_qty,
            "product_max_qty": rule.product_max_qty,
            "qty_multiple": 1.0,
            "qty_forecast": qty,
            "qty_to_order": max(rule.product_max_qty - qty, 0.0)
            if qty < rule.product_min_qty
            else 0.0,
            "trigger": "auto",
            "company_id": 1,
            "active": True,
        }
    r["stock.warehouse.orderpoint"] = rules


def _message_row(message: MailMessage, scenario: Scenario, r: Tables) -> Record:
    users = r["res.users"]
    author = users.get(message.author_user_id or 0)
    partner = author["partner_id"] if author else COMPANY_PARTNER
    sender = r["res.partner"][partner]
    body = "".join(f"<p>{html.escape(part)}</p>" for part in message.body.split("\n\n"))
    return {
        "message_id": message.message_id,
        "model": message.model,
        "res_id": message.res_id,
        "record_name": next((o.name for o in scenario.orders if o.id == message.res_id), False),
        "date": stamp(message.date),
        "subject": message.subject,
        "body": body.replace("\n", "<br>"),
        "author_id": partner,
        "email_from": f'"{sender["name"]}" <{sender["email"]}>',
        "reply_to": f'"{scenario.company_name}" <{scenario.purchasing_address}>',
        "partner_ids": list(message.partner_ids),
        "message_type": message.message_type,
        "subtype_id": SUBTYPE_COMMENT,
        "is_internal": False,
    }


def _mail(scenario: Scenario, r: Tables) -> None:
    messages: dict[int, Record] = {}
    first_of: dict[tuple[str, int], int] = {}
    for message in sorted(scenario.mail_messages, key=lambda m: m.id):
        row = _message_row(message, scenario, r)
        parent = first_of.setdefault((message.model, message.res_id), message.id)
        row["parent_id"] = parent if parent != message.id else False
        messages[message.id] = row
    r["mail.message"] = messages
    r["mail.activity"] = {}
    r["mail.message.subtype"] = {
        SUBTYPE_COMMENT: {"name": "Discussions", "internal": False, "sequence": 0},
        SUBTYPE_NOTE: {"name": "Note", "internal": True, "sequence": 100},
        SUBTYPE_ACTIVITIES: {"name": "Activities", "internal": True, "sequence": 90},
    }
    r["mail.activity.type"] = {
        tid: {
            "name": name,
            "category": category,
            "delay_count": delay,
            "delay_unit": "days",
            "delay_from": "previous_activity",
            "icon": icon,
            "chaining_type": "suggest",
            "sequence": tid * 3,
            "active": True,
            "res_model": False,
        }
        for tid, name, category, delay, icon, _ in _ACTIVITY_TYPES
    }
    r["ir.model"] = {
        PURCHASE_ORDER_MODEL: {"model": "purchase.order", "name": "Purchase Order"},
        PURCHASE_ORDER_MODEL + 1: {"model": "purchase.order.line", "name": "Purchase Order Line"},
        85: {"model": "res.partner", "name": "Contact"},
    }
    xmlids: list[tuple[str, str, str, int]] = [
        ("mail", xmlid, "mail.activity.type", tid) for tid, *_, xmlid in _ACTIVITY_TYPES
    ]
    xmlids += [
        ("mail", "mt_comment", "mail.message.subtype", SUBTYPE_COMMENT),
        ("mail", "mt_note", "mail.message.subtype", SUBTYPE_NOTE),
        ("mail", "mt_activities", "mail.message.subtype", SUBTYPE_ACTIVITIES),
        ("base", "main_company", "res.company", 1),
        ("base", "main_partner", "res.partner", COMPANY_PARTNER),
        ("base", "user_admin", "res.users", ADMIN_UID),
        ("base", "group_user", "res.groups", 1),
        ("base", "EUR", "res.currency", CURRENCY_EUR),
        ("uom", "product_uom_unit", "uom.uom", UOM_UNITS),
        ("stock", "stock_location_suppliers", "stock.location", SUPPLIER_LOCATION),
        ("stock", "stock_location_customers", "stock.location", CUSTOMER_LOCATION),
    ]
    r["ir.model.data"] = {
        n: {
            "module": m,
            "name": name,
            "model": model,
            "res_id": rid,
            "complete_name": f"{m}.{name}",
        }
        for n, (m, name, model, rid) in enumerate(xmlids, start=1)
    }


def document_records(scenario: Scenario, r: Tables, version: int) -> None:
    """Add orders and lines, done deliveries, price lists, reordering rules and mail."""
    _orders(scenario, r, version)
    _demand(scenario, r)
    _purchasing_rules(scenario, r)
    _mail(scenario, r)
