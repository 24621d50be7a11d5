"""Documents of the demo dataset: purchase orders, stock moves, chatter and activities.

Split from :mod:`.seed` to keep modules small; the ids follow the recorded Odoo 17 demo
database (see the transcripts), and ``day``/``dte`` place every date relative to "today".
"""

from __future__ import annotations

from typing import Any

from .database import Record

# fmt: off
P00001_MAIL = "<108695808844330.1795718044.909666776657104-openerp-1-purchase.order@vm>"

# id, vendor, order day, planned day, state, approved day, total, receipt reminder
_ORDERS = [
    (1, 9, 0, 3, "draft", None, 3480.48, True),
    (2, 11, 0, 1, "draft", None, 3559.25, False),
    (3, 14, 0, 1, "draft", None, 1282.5, False),
    (4, 12, 0, 5, "sent", None, 16747.45, False),
    (5, 10, 0, 0, "draft", None, 2104.0, False),
    (6, 9, 0, 0, "draft", None, 3360.0, False),
    (7, 12, 0, 0, "draft", None, 1930.0, False),
    (8, 9, -5, 0, "purchase", -9, 7435.33, True),
    (9, 11, -15, 0, "purchase", -5, 14375.0, False),
    (10, 14, -15, 0, "purchase", -18, 2880.75, True),
    (11, 12, 2, 0, "purchase", 0, 6596.4, False),
]
_LINES = [  # id, order, product, qty, received, price, uom
    (1, 1, 5, 15.0, 0.0, 79.8, 1), (2, 1, 31, 5.0, 0.0, 286.8, 1), (3, 1, 32, 4.0, 0.0, 99.9, 1),
    (4, 2, 30, 5.0, 0.0, 500.0, 1), (5, 2, 23, 10.0, 0.0, 105.9, 1),
    (6, 3, 25, 5.0, 0.0, 223.0, 1),
    (7, 4, 17, 20.0, 0.0, 785.0, 1), (8, 4, 18, 10.0, 0.0, 14.4, 1), (9, 4, 20, 5.0, 0.0, 47.0, 1),
    (10, 5, 12, 4.0, 0.0, 400.0, 1), (11, 5, 13, 1.0, 0.0, 504.0, 1),
    (12, 6, 19, 2.0, 0.0, 1299.0, 1), (13, 6, 28, 1.0, 0.0, 600.0, 1),
    (14, 6, 6, 4.0, 0.0, 40.5, 1), (15, 7, 21, 10.0, 0.0, 150.0, 1),
    (16, 7, 24, 2.0, 0.0, 215.0, 1),
    (17, 8, 27, 15.0, 0.0, 280.8, 2), (18, 8, 28, 5.0, 0.0, 450.7, 2),
    (19, 9, 19, 20.0, 0.0, 500.0, 2), (20, 9, 16, 5.0, 0.0, 500.0, 2),
    (21, 10, 25, 10.0, 0.0, 250.5, 2), (22, 11, 31, 20.0, 0.0, 286.8, 1),
]
_ACTIVITY_TYPES = [  # id, name, category, delay, icon
    (1, "Email", "default", 0, "fa-envelope"), (2, "Call", "phonecall", 2, "fa-phone"),
    (3, "Meeting", "default", 0, "fa-users"), (4, "To-Do", "default", 5, "fa-tasks"),
    (5, "Upload Document", "upload_file", 5, "fa-upload"),
]
_XMLIDS = [
    ("mail", "mail_activity_data_email", "mail.activity.type", 1),
    ("mail", "mail_activity_data_call", "mail.activity.type", 2),
    ("mail", "mail_activity_data_meeting", "mail.activity.type", 3),
    ("mail", "mail_activity_data_todo", "mail.activity.type", 4),
    ("mail", "mail_activity_data_upload_document", "mail.activity.type", 5),
    ("mail", "mt_comment", "mail.message.subtype", 1),
    ("mail", "mt_note", "mail.message.subtype", 2),
    ("mail", "mt_activities", "mail.message.subtype", 3),
    ("base", "main_company", "res.company", 1),
    ("base", "main_partner", "res.partner", 1),
    ("base", "partner_admin", "res.partner", 3),
    ("base", "user_admin", "res.users", 2),
    ("base", "user_demo", "res.users", 6),
    ("base", "group_user", "res.groups", 1),
    ("base", "USD", "res.currency", 1),
    ("uom", "product_uom_unit", "uom.uom", 1),
    ("uom", "product_uom_dozen", "uom.uom", 2),
    ("stock", "warehouse0", "stock.warehouse", 1),
    ("stock", "stock_location_stock", "stock.location", 8),
    ("stock", "stock_location_suppliers", "stock.location", 4),
    ("stock", "stock_location_customers", "stock.location", 5),
    ("stock", "picking_type_in", "stock.picking.type", 1),
    ("purchase", "email_template_edi_purchase", "mail.template", 11),
    ("purchase", "email_template_edi_purchase_done", "mail.template", 12),
]

# fmt: on


def purchase_records(r: dict[str, dict[int, Record]], day: Any) -> None:
    """Add purchase orders P00001-P00011 and their lines to ``r``."""
    r["purchase.order"] = {
        oid: {
            "name": f"P{oid:05d}",
            "partner_id": vendor,
            "partner_ref": False,
            "user_id": 2,
            "date_order": day(order_day),
            "date_planned": day(planned, 0, 0)
            if state == "purchase" and oid < 11
            else day(planned),
            "state": state,
            "company_id": 1,
            "currency_id": 1,
            "amount_total": total,
            "date_approve": day(approved) if approved is not None else False,
            "priority": "0",
            "picking_type_id": 1,
            "receipt_status": "pending" if oid == 11 else False,
            "receipt_reminder_email": reminder,
            "reminder_date_before_receipt": 1,
            "invoice_status": "no",
            "origin": False,
            "notes": False,
        }
        for oid, vendor, order_day, planned, state, approved, total, reminder in _ORDERS
    }
    products = r["product.product"]
    r["purchase.order.line"] = {
        lid: {
            "order_id": oid,
            "product_id": pid,
            "name": products[pid]["name"]
            if oid in (8, 9, 10)
            else f"[{products[pid]['default_code']}] {products[pid]['name']}",
            "product_qty": qty,
            "product_uom_qty": qty,
            "qty_received": received,
            "price_unit": price,
            "product_uom": uom,
            "date_planned": r["purchase.order"][oid]["date_planned"],
            "sequence": 10,
            "price_subtotal": qty * price,
            "state": r["purchase.order"][oid]["state"],
        }
        for lid, oid, pid, qty, received, price, uom in _LINES
    }


def stock_records(r: dict[str, dict[int, Record]], day: Any) -> None:
    """Add incoming receipts and eight weeks of done deliveries (demand history)."""
    # picking id, name, origin, vendor, state, day, move id, product, qty, purchase line
    incoming = [
        (8, "WH/IN/00001", False, False, "draft", 0, 26, 21, 60.0, False),
        (9, "WH/IN/00002", False, 9, "assigned", -5, 27, 21, 60.0, False),
        (10, "WH/IN/00003", False, 9, "assigned", 0, 28, 18, 10.0, False),
        (11, "WH/IN/00004", False, 9, "assigned", 0, 29, 20, 10.0, False),
        (12, "WH/IN/00005", False, 9, "draft", 0, 30, 23, 5.0, False),
        (
            13,
            "CHIC1/IN/00001",
            "incoming_chicago_warehouse",
            False,
            "draft",
            0,
            31,
            20,
            20.0,
            False,
        ),
        (14, "CHIC1/IN/00002", False, False, "assigned", -5, 32, 17, 10.0, False),
        (15, "CHIC1/IN/00003", False, False, "assigned", 0, 33, 24, 4.0, False),
        (16, "CHIC1/IN/00004", "chicago_warehouse", False, "assigned", -2, 34, 13, 6.0, False),
        (21, "WH/IN/00006", "P00011", 12, "assigned", 0, 39, 31, 20.0, 22),
    ]
    r["stock.picking"], r["stock.move"] = {}, {}
    for pick, name, origin, vendor, state, when, move, product, qty, line in incoming:
        chicago = name.startswith("CHIC1")
        r["stock.picking"][pick] = {
            "name": name,
            "origin": origin,
            "partner_id": vendor,
            "state": state,
            "scheduled_date": day(when, 18, 31),
            "purchase_id": 11 if line else False,
            "picking_type_id": 9 if chicago else 1,
            "picking_type_code": "incoming",
            "location_id": 4,
            "location_dest_id": 28 if chicago else 8,
            "company_id": 2 if chicago else 1,
            "priority": "0",
            "date_deadline": day(when) if line else False,
        }
        r["stock.move"][move] = {
            "name": r["product.product"][product]["name"],
            "product_id": product,
            "product_uom_qty": qty,
            "quantity": qty,
            "state": state,
            "date": day(when),
            "picking_id": pick,
            "purchase_line_id": line,
            "picking_code": "incoming",
            "location_id": 4,
            "location_dest_id": 28 if chicago else 8,
            "origin": origin,
            "product_uom": 1,
            "date_deadline": day(when) if line else False,
            "sequence": 10,
        }
    demand = [(17, 25.0), (16, 15.0), (20, 4.0), (21, 6.0), (18, 3.0), (5, 2.0)]
    move_id = 50
    for week in range(8):
        pick = 30 + week
        r["stock.picking"][pick] = {
            "name": f"WH/OUT/{pick:05d}",
            "origin": f"S{pick:05d}",
            "partner_id": 10,
            "state": "done",
            "scheduled_date": day(-7 * week - 3),
            "date_done": day(-7 * week - 3),
            "picking_type_id": 2,
            "picking_type_code": "outgoing",
            "location_id": 8,
            "location_dest_id": 5,
            "company_id": 1,
            "priority": "0",
        }
        for product, qty in demand:
            spike = 3.0 if week == 0 and product == 16 else 1.0
            amount = qty * spike + (week % 3)
            r["stock.move"][move_id] = {
                "name": r["product.product"][product]["name"],
                "product_id": product,
                "product_uom_qty": amount,
                "quantity": amount,
                "state": "done",
                "date": day(-7 * week - 3),
                "picking_id": pick,
                "picking_code": "outgoing",
                "location_id": 8,
                "location_dest_id": 5,
                "origin": f"S{pick:05d}",
                "product_uom": 1,
                "sequence": 10,
            }
            move_id += 1


def mail_records(r: dict[str, dict[int, Record]], day: Any, dte: Any) -> None:
    """Add models, external ids, activity types, open activities and chatter messages."""
    r["ir.model"] = {
        534: {"model": "purchase.order", "name": "Purchase Order"},
        535: {"model": "purchase.order.line", "name": "Purchase Order Line"},
        85: {"model": "res.partner", "name": "Contact"},
        330: {"model": "stock.picking", "name": "Transfer"},
        190: {"model": "product.product", "name": "Product Variant"},
    }
    r["ir.model.data"] = {
        i: {"module": m, "name": n, "model": model, "res_id": rid, "complete_name": f"{m}.{n}"}
        for i, (m, n, model, rid) in enumerate(_XMLIDS, start=1)
    }
    r["mail.template"] = {
        11: {"name": "Purchase: Request For Quotation", "model": "purchase.order"},
        12: {"name": "Purchase: Purchase Order", "model": "purchase.order"},
    }
    r["mail.message.subtype"] = {
        1: {"name": "Discussions", "internal": False, "sequence": 0},
        2: {"name": "Note", "internal": True, "sequence": 100},
        3: {"name": "Activities", "internal": True, "sequence": 90},
        7: {"name": "RFQ Confirmed", "internal": False, "res_model": "purchase.order"},
        10: {"name": "RFQ Sent", "internal": False, "res_model": "purchase.order"},
    }
    r["mail.activity.type"] = {
        tid: {
            "name": name,
            "category": category,
            "delay_count": delay,
            "delay_unit": "days",
            "delay_label": f"{delay} days",
            "delay_from": "previous_activity",
            "icon": icon,
            "chaining_type": "suggest",
            "sequence": tid * 3,
            "active": True,
            "keep_done": False,
            "summary": False,
            "default_user_id": False,
            "res_model": False,
            "decoration_type": False,
        }
        for tid, name, category, delay, icon in _ACTIVITY_TYPES
    }
    activities = [  # id, order, type, summary, note, deadline, user
        (5, 2, 1, "Send specifications", False, 0, 2),
        (6, 5, 4, "Get approval", False, 0, 2),
        (7, 6, 4, "Check optional products", False, -5, 2),
        (8, 7, 4, "Check competitors", False, 5, 2),
        (
            10,
            8,
            4,
            "Chase vendor: delivery late",
            "<p>Vendor has <b>not confirmed</b> the new date.<br>Ask for an ETA.</p>",
            2,
            2,
        ),
        (11, 9, 4, "Check late receipt P00009", "<p>Receipt is overdue.</p>", 0, 6),
        (12, 10, 4, "Follow up P00010", "<p>scheduled via activity_schedule</p>", 1, 2),
    ]
    r["mail.activity"] = {
        aid: {
            "res_model_id": 534,
            "res_model": "purchase.order",
            "res_id": oid,
            "activity_type_id": tid,
            "summary": summary,
            "note": note,
            "date_deadline": dte(deadline),
            "user_id": user,
            "create_uid": 2,
            "active": True,
        }
        for aid, oid, tid, summary, note, deadline, user in activities
    }
    bot = {
        "author_id": 2,
        "email_from": '"OdooBot" <odoobot@example.com>',
        "reply_to": '"OdooBot" <odoobot@example.com>',
        "message_type": "notification",
        "subtype_id": 2,
        "model": "purchase.order",
        "date": day(0, 18, 31),
    }
    messages: dict[int, Record] = {}
    firsts = {
        1: 181,
        2: 182,
        3: 183,
        4: 184,
        5: 185,
        6: 186,
        7: 187,
        8: 190,
        9: 193,
        10: 195,
        11: 196,
    }
    for oid, mid in firsts.items():
        messages[mid] = {
            **bot,
            "res_id": oid,
            "body": "<p>Purchase Order created</p>",
            "record_name": False,
            "message_id": f"<{mid:015d}.1795717877.0-openerp-message-notify@vm>",
        }
    for mid, oid, parent, text in [
        (188, 8, False, "[FURN_8900] Drawer Black"),
        (189, 8, 188, "[FURN_9001] Flipover"),
        (191, 9, False, "[E-COM09] Large Desk"),
        (192, 9, 191, "[E-COM06] Corner Desk Right Sit"),
        (194, 10, False, "[FURN_0269] Office Chair Black"),
    ]:
        messages[mid] = {
            **bot,
            "res_id": oid,
            "body": f"<p>Extra line with {text} </p>",
            "record_name": f"P{oid:05d}",
            "parent_id": parent,
            "message_id": f"<{mid:015d}.1795717877.0-openerp-{oid}-purchase.order@vm>",
        }
    admin = {
        "author_id": 3,
        "email_from": '"Mitchell Admin" <admin@yourcompany.example.com>',
        "reply_to": '"Mitchell Admin" <admin@yourcompany.example.com>',
        "model": "purchase.order",
    }
    messages[204] = {
        **admin,
        "res_id": 10,
        "message_type": "notification",
        "subtype_id": 3,
        "mail_activity_type_id": 2,
        "record_name": "P00010",
        "parent_id": 194,
        "body": "<p><span>Call</span> done: <span>Confirm quantities</span></p>",
        "date": day(-1),
        "message_id": "<000000000000204.1795718012.0-openerp-10-purchase.order@vm>",
    }
    messages[215] = {
        **admin,
        "res_id": 1,
        "message_type": "comment",
        "subtype_id": 1,
        "subject": "My Company (San Francisco) Order (Ref P00001)",
        "partner_ids": [9],
        "record_name": "P00001",
        "parent_id": 181,
        "message_id": P00001_MAIL,
        "body": "<p>Dear Wood Corner, here is our order P00001.</p>",
        "date": day(0, 18, 34),
    }
    r["mail.message"] = messages
