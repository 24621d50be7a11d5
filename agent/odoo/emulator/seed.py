"""A small retail dataset consistent with the recorded Odoo 17 demo database.

Ids and names follow the transcripts (purchase orders P00001-P00011 and their lines,
vendors Wood Corner 9 / Gemini Furniture 11 / Ready Mat 12 / Azure Interior 14, ir.model
534 for purchase.order, the To-Do activity type 4, the restricted user 8, ...), so that a
recorded request replays against it. Dates are placed relative to ``today`` the way they
were relative to the recording day, so "late" stays late whenever the tests run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .database import EmulatorData, Record
from .schema import renames
from .seed_documents import mail_records, purchase_records, stock_records

# fmt: off
_PARTNERS = [  # id, name, email, is_company, parent
    (1, "YourCompany", "info@yourcompany.example.com", True, False),
    (2, "OdooBot", "odoobot@example.com", False, False),
    (3, "Mitchell Admin", "admin@yourcompany.example.com", False, 1),
    (6, "My Company (Chicago)", "chicago@yourcompany.example.com", True, False),
    (7, "Marc Demo", "mark.brown23@example.com", False, 1),
    (9, "Wood Corner", "wood.corner26@example.com", True, False),
    (10, "Deco Addict", "deco.addict82@example.com", True, False),
    (11, "Gemini Furniture", "gemini_furniture@fake.geminifurniture.com", True, False),
    (12, "Ready Mat", "ready.mat28@example.com", True, False),
    (14, "Azure Interior", "azure.Interior24@example.com", True, False),
    (16, "Willie Burke", "willie.burke80@example.com", False, 9),
    (17, "Ron Gibson", "ron.gibson76@example.com", False, 9),
    (32, "Tom Ruiz", "tom.ruiz89@example.com", False, 9),
    (43, "Restricted User", "restricted@example.com", False, False),
]
_USERS = [  # id, login, partner, tz
    (2, "admin", 3, "Europe/Brussels"),
    (6, "demo", 7, "Europe/Brussels"),
    (8, "restricted", 43, False),
]
_PRODUCTS = [  # id, code, name, template, on hand, forecast, incoming, outgoing
    (5, "FURN_7777", "Office Chair", 5, 43.0, 43.0, 0.0, 0.0),
    (6, "FURN_8888", "Office Lamp", 6, 50.0, 50.0, 0.0, 0.0),
    (12, "FURN_0096", "Customizable Desk (Steel, White)", 9, 45.0, 45.0, 0.0, 0.0),
    (13, "FURN_0097", "Customizable Desk (Steel, Black)", 9, 50.0, 50.0, 0.0, 0.0),
    (14, "FURN_0098", "Customizable Desk (Aluminium, White)", 9, 55.0, 55.0, 0.0, 0.0),
    (16, "E-COM06", "Corner Desk Right Sit", 10, 0.0, -75.0, 0.0, 75.0),
    (17, "E-COM07", "Large Cabinet", 11, 700.0, 290.0, 0.0, 410.0),
    (18, "E-COM08", "Storage Box", 12, 18.0, 18.0, 0.0, 0.0),
    (19, "E-COM09", "Large Desk", 13, 0.0, 0.0, 0.0, 0.0),
    (20, "E-COM10", "Pedal Bin", 14, 22.0, 22.0, 0.0, 0.0),
    (21, "E-COM11", "Cabinet with Doors", 15, 33.0, 153.0, 120.0, 0.0),
    (23, "E-COM12", "Conference Chair (Steel)", 16, 26.0, 26.0, 0.0, 0.0),
    (24, "E-COM13", "Conference Chair (Aluminium)", 16, 30.0, 30.0, 0.0, 0.0),
    (25, "FURN_0269", "Office Chair Black", 17, 0.0, 0.0, 0.0, 0.0),
    (27, "FURN_8900", "Drawer Black", 19, 0.0, 0.0, 0.0, 0.0),
    (28, "FURN_9001", "Flipover", 20, 5.0, 5.0, 0.0, 0.0),
    (30, "FURN_0789", "Individual Workplace", 22, 16.0, 16.0, 0.0, 0.0),
    (31, "FURN_6666", "Acoustic Bloc Screens", 23, 0.0, 20.0, 20.0, 0.0),
    (32, "FURN_8855", "Drawer", 24, 0.0, 0.0, 0.0, 0.0),
]
_SUPPLIERINFO = [  # id, vendor, template, min qty, price, delay
    (3, 12, 11, 3.0, 785.0, 3), (4, 9, 12, 1.0, 13.0, 3), (5, 12, 12, 1.0, 14.4, 3),
    (6, 9, 13, 5.0, 1299.0, 2), (9, 9, 16, 1.0, 28.0, 2), (11, 11, 19, 1.0, 20.0, 1),
    (13, 9, 20, 5.0, 1720.0, 4), (18, 11, 5, 12.0, 90.0, 2), (20, 9, 6, 1.0, 35.0, 5),
    (21, 14, 5, 1.0, 55.0, 7), (22, 14, 19, 1.0, 24.0, 6), (23, 12, 15, 1.0, 160.0, 4),
]
# fmt: on


def demo_data(version: int = 17, today: date | None = None) -> EmulatorData:
    """Return the demo dataset for Odoo ``version``, with dates around ``today`` (default: now).

    Args:
        version: Major version; field renames of :data:`~.schema.VERSION_CHANGES` apply.
        today: The day playing the role of the recording day (26 Nov 2026).

    Returns:
        A fresh :class:`EmulatorData`.

    """
    base = datetime.combine(today or date.today(), datetime.min.time())

    def day(offset: float, hour: int = 18, minute: int = 31) -> str:
        return (base + timedelta(days=offset, hours=hour, minutes=minute)).strftime(
            "%Y-%m-%d %H:%M:%S"
        )

    def dte(offset: int) -> str:
        return (base + timedelta(days=offset)).strftime("%Y-%m-%d")

    r: dict[str, dict[int, Record]] = {}
    r["res.company"] = {
        1: {"name": "My Company (San Francisco)", "partner_id": 1, "currency_id": 1, "sequence": 0},
        2: {"name": "My Company (Chicago)", "partner_id": 6, "currency_id": 1, "sequence": 10},
    }
    r["res.currency"] = {
        1: {"name": "USD", "symbol": "$", "active": True},
        2: {"name": "EUR", "symbol": "€"},
    }
    r["res.groups"] = {1: {"name": "Internal User", "full_name": "User types / Internal User"}}
    r["uom.uom"] = {1: {"name": "Units", "factor": 1.0}, 2: {"name": "Dozens", "factor": 1 / 12}}
    r["res.partner"] = {
        pid: {
            "name": name,
            "email": mail,
            "is_company": company,
            "parent_id": parent,
            "lang": "en_US",
            "active": True,
            "type": "contact",
        }
        for pid, name, mail, company, parent in _PARTNERS
    }
    r["res.users"] = {
        uid: {
            "login": login,
            "partner_id": pid,
            "name": r["res.partner"][pid]["name"],
            "email": r["res.partner"][pid]["email"],
            "tz": tz,
            "company_id": 1,
            "active": True,
            "share": False,
            "lang": "en_US",
            "groups_id": [1],
        }
        for uid, login, pid, tz in _USERS
    }
    templates: dict[int, Record] = {}
    r["product.product"] = {}
    for pid, code, name, tmpl, on_hand, forecast, incoming, outgoing in _PRODUCTS:
        variants = sum(1 for p in _PRODUCTS if p[3] == tmpl)
        templates[tmpl] = {
            "name": name.split(" (")[0] if variants > 1 else name,
            "default_code": code if variants == 1 else False,
            "detailed_type": "product",
            "type": "product",
            "uom_id": 1,
            "uom_po_id": 1,
            "active": True,
        }
        r["product.product"][pid] = {
            "name": name,
            "default_code": code,
            "product_tmpl_id": tmpl,
            "detailed_type": "product",
            "type": "product",
            "uom_id": 1,
            "uom_po_id": 1,
            "qty_available": on_hand,
            "virtual_available": forecast,
            "incoming_qty": incoming,
            "outgoing_qty": outgoing,
            "active": True,
        }
    r["product.template"] = templates
    r["product.supplierinfo"] = {
        sid: {
            "partner_id": vendor,
            "product_tmpl_id": tmpl,
            "min_qty": qty,
            "price": price,
            "delay": delay,
            "currency_id": 1,
            "company_id": 1,
        }
        for sid, vendor, tmpl, qty, price, delay in _SUPPLIERINFO
    }
    r["stock.location"] = {
        4: {"name": "Vendors", "complete_name": "Partners/Vendors", "usage": "supplier"},
        5: {"name": "Customers", "complete_name": "Partners/Customers", "usage": "customer"},
        7: {"name": "WH", "complete_name": "WH", "usage": "view", "warehouse_id": 1},
        8: {
            "name": "Stock",
            "complete_name": "WH/Stock",
            "usage": "internal",
            "location_id": 7,
            "warehouse_id": 1,
        },
        27: {"name": "CHIC1", "complete_name": "CHIC1", "usage": "view", "warehouse_id": 2},
        28: {
            "name": "Stock",
            "complete_name": "CHIC1/Stock",
            "usage": "internal",
            "location_id": 27,
            "warehouse_id": 2,
        },
    }
    r["stock.warehouse"] = {
        1: {
            "name": "YourCompany",
            "code": "WH",
            "lot_stock_id": 8,
            "company_id": 1,
            "in_type_id": 1,
            "active": True,
        },
        2: {
            "name": "Chicago 1",
            "code": "CHIC1",
            "lot_stock_id": 28,
            "company_id": 2,
            "in_type_id": 9,
            "active": True,
        },
    }
    r["stock.picking.type"] = {
        1: {
            "name": "Receipts",
            "code": "incoming",
            "warehouse_id": 1,
            "default_location_dest_id": 8,
        },
        2: {
            "name": "Delivery Orders",
            "code": "outgoing",
            "warehouse_id": 1,
            "default_location_src_id": 8,
        },
        9: {
            "name": "Receipts",
            "code": "incoming",
            "warehouse_id": 2,
            "default_location_dest_id": 28,
        },
    }
    quants = [
        (30, 8, 16.0, 0.0),
        (18, 8, 18.0, 0.0),
        (17, 8, 500.0, 230.0),
        (20, 8, 22.0, 0.0),
        (21, 8, 33.0, 0.0),
        (23, 8, 26.0, 0.0),
        (24, 8, 30.0, 0.0),
        (12, 8, 45.0, 0.0),
        (13, 8, 50.0, 0.0),
        (14, 8, 55.0, 0.0),
        (17, 28, 200.0, 0.0),
        (5, 8, 43.0, 0.0),
        (6, 8, 50.0, 0.0),
        (28, 8, 5.0, 0.0),
    ]
    r["stock.quant"] = {
        i: {
            "product_id": p,
            "location_id": loc,
            "quantity": q,
            "reserved_quantity": res,
            "warehouse_id": 1 if loc == 8 else 2,
            "company_id": 1,
            "product_uom_id": 1,
        }
        for i, (p, loc, q, res) in enumerate(quants, start=1)
    }
    purchase_records(r, day)
    stock_records(r, day)
    r["stock.warehouse.orderpoint"] = {
        i: {
            "name": f"OP/{i:05d}",
            "product_id": p,
            "warehouse_id": wh,
            "location_id": loc,
            "product_min_qty": lo,
            "product_max_qty": hi,
            "qty_multiple": 1.0,
            "qty_forecast": fc,
            "qty_to_order": to,
            "trigger": "auto",
            "company_id": 1,
            "active": True,
        }
        for i, p, wh, loc, lo, hi, fc, to in [
            (1, 6, 1, 8, 5.0, 10.0, 50.0, 0.0),
            (2, 28, 1, 8, 5.0, 12.0, 5.0, 0.0),
            (3, 5, 1, 8, 3.0, 5.0, 43.0, 0.0),
            (4, 20, 2, 28, 10.0, 20.0, 0.0, 20.0),
            (5, 16, 1, 8, 10.0, 30.0, -75.0, 105.0),
        ]
    }
    mail_records(r, day, dte)
    r["ir.module.module"] = {
        i: {
            "name": name,
            "shortdesc": name.replace("_", " ").title(),
            "state": "installed",
            "latest_version": f"{version}.0.1.0",
        }
        for i, name in enumerate(
            ["base", "mail", "product", "stock", "purchase", "purchase_stock"], 1
        )
    }
    r["ir.mail_server"] = {}
    r["mail.mail"] = {}
    r["mail.alias.domain"] = {}
    return _adapt(EmulatorData.from_records(r), version)


def _adapt(data: EmulatorData, version: int) -> EmulatorData:
    for model, old, new in renames(version):
        for row in data.table(model).values():
            if old in row:
                value = row.pop(old)
                if new is not None:
                    row[new] = value
    if version >= 18:
        for model in ("product.product", "product.template"):
            for row in data.table(model).values():
                storable = row.get("type") == "product"
                row.update(type="consu" if storable else row.get("type"), is_storable=storable)
    return data
