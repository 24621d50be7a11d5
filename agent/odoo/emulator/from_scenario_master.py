"""Master data of the scenario as Odoo records: partners, users, products, warehouses.

Part of :mod:`.from_scenario` (see there for the whole picture); ids that other records
point at are the constants and helpers below.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from agent.odoo.records import User, Vendor
from agent.scenario.model import Scenario

from .database import Record

ADMIN_UID = 2
ADMIN_PARTNER = 3
COMPANY_PARTNER = 1
CURRENCY_EUR = 1
UOM_UNITS = 1
SUPPLIER_LOCATION = 4
CUSTOMER_LOCATION = 5
USER_PARTNER_OFFSET = 100
FIRST_CONTACT_ID = 201
Tables = dict[str, dict[int, Record]]


def stamp(value: dt.datetime) -> str:
    """Odoo's stored datetime: naive UTC ``YYYY-MM-DD HH:MM:SS``."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%d %H:%M:%S")


def view_location(warehouse_id: int) -> int:
    """Id of a warehouse's view location (``WH``)."""
    return 10 * warehouse_id - 3


def stock_location(warehouse_id: int) -> int:
    """Id of a warehouse's stock location (``WH/Stock``), where quants and deliveries are."""
    return 10 * warehouse_id - 2


def receipt_type(warehouse_id: int) -> int:
    """Id of a warehouse's receipt operation type (purchase orders' ``picking_type_id``)."""
    return 2 * warehouse_id - 1


def delivery_type(warehouse_id: int) -> int:
    """Id of a warehouse's delivery operation type."""
    return 2 * warehouse_id


def user_partner(user_id: int) -> int:
    """Partner id of a scenario user."""
    return USER_PARTNER_OFFSET + user_id


def _contact_name(address: str) -> str:
    local = address.split("@", 1)[0]
    return " ".join(part.capitalize() for part in local.replace("_", ".").split(".") if part)


def _partners(scenario: Scenario, r: Tables) -> None:
    partners: dict[int, Record] = {
        COMPANY_PARTNER: {
            "name": scenario.company_name,
            "email": scenario.purchasing_address,
            "is_company": True,
        },
        ADMIN_PARTNER: {"name": "Administrator", "email": f"admin@{scenario.company_domain}"},
    }
    for user in scenario.users:
        partners[user_partner(user.id)] = {"name": user.name, "email": user.email or False}
    contact_id = FIRST_CONTACT_ID
    for vendor in scenario.vendors:
        partners[vendor.id] = _vendor_row(vendor)
        for address in vendor.contact_emails:
            if address.lower() == (vendor.email or "").lower():
                continue
            partners[contact_id] = {
                **_vendor_row(vendor),
                "name": _contact_name(address),
                "email": address,
                "is_company": False,
                "parent_id": vendor.id,
                "supplier_rank": 0,
            }
            contact_id += 1
    for pid, row in partners.items():
        row.setdefault("is_company", False)
        row.setdefault("parent_id", False)
        row.setdefault("lang", "en_US")
        row.update(active=True, type="contact", commercial_partner_id=row["parent_id"] or pid)
    r["res.partner"] = partners


def _vendor_row(vendor: Vendor) -> Record:
    return {
        "name": vendor.name,
        "email": vendor.email or False,
        "is_company": True,
        "supplier_rank": 1,
        "country_code": vendor.country_code or False,
        "lang": vendor.lang or "en_US",
    }


def _users(scenario: Scenario, r: Tables) -> None:
    admin = User(id=ADMIN_UID, login="admin", name="Administrator", email=None)
    rows: dict[int, Record] = {}
    for user in [admin, *scenario.users]:
        partner = ADMIN_PARTNER if user.id == ADMIN_UID else user_partner(user.id)
        rows[user.id] = {
            "login": user.login,
            "name": user.name,
            "email": r["res.partner"][partner]["email"],
            "partner_id": partner,
            "company_id": 1,
            "active": True,
            "share": False,
            "lang": "en_US",
            "tz": "Europe/Berlin",
            "groups_id": [1],
        }
    r["res.users"] = rows


def _products(scenario: Scenario, r: Tables) -> None:
    categories: dict[str, int] = {}
    for product in scenario.products:
        categories.setdefault(product.category, len(categories) + 1)
    r["product.category"] = {i: {"name": n, "complete_name": n} for n, i in categories.items()}
    on_hand: dict[int, float] = defaultdict(float)
    for position in scenario.stock:
        on_hand[position.product_id] += position.on_hand
    templates: dict[int, Record] = {}
    variants: dict[int, Record] = {}
    for product in scenario.products:
        common = {
            "name": product.name,
            "default_code": product.default_code,
            "categ_id": categories[product.category],
            "list_price": product.list_price,
            "standard_price": product.standard_price,
            "detailed_type": "product",
            "type": "product",
            "uom_id": UOM_UNITS,
            "uom_po_id": UOM_UNITS,
            "active": True,
        }
        templates[product.id] = dict(common)
        variants[product.id] = {
            **common,
            "product_tmpl_id": product.id,
            "qty_available": on_hand[product.id],
            "purchase_ok": True,
            "sale_ok": True,
        }
    r["product.template"], r["product.product"] = templates, variants


def _warehouses(scenario: Scenario, r: Tables) -> None:
    locations: dict[int, Record] = {
        SUPPLIER_LOCATION: {
            "name": "Vendors",
            "complete_name": "Partners/Vendors",
            "usage": "supplier",
        },
        CUSTOMER_LOCATION: {
            "name": "Customers",
            "complete_name": "Partners/Customers",
            "usage": "customer",
        },
    }
    warehouses: dict[int, Record] = {}
    types: dict[int, Record] = {}
    for wh in scenario.warehouses:
        view, stock = view_location(wh.id), stock_location(wh.id)
        locations[view] = {"name": wh.code, "complete_name": wh.code, "usage": "view"}
        locations[stock] = {
            "name": "Stock",
            "complete_name": f"{wh.code}/Stock",
            "usage": "internal",
            "location_id": view,
        }
        for loc in (view, stock):
            locations[loc].update(warehouse_id=wh.id, company_id=1, active=True)
        warehouses[wh.id] = {
            "name": wh.name,
            "code": wh.code,
            "lot_stock_id": stock,
            "in_type_id": receipt_type(wh.id),
            "partner_id": COMPANY_PARTNER,
            "company_id": 1,
            "sequence": wh.id,
            "active": True,
        }
        types[receipt_type(wh.id)] = {
            "name": "Receipts",
            "code": "incoming",
            "warehouse_id": wh.id,
            "default_location_src_id": SUPPLIER_LOCATION,
            "default_location_dest_id": stock,
            "sequence": 1,
            "company_id": 1,
        }
        types[delivery_type(wh.id)] = {
            "name": "Delivery Orders",
            "code": "outgoing",
            "warehouse_id": wh.id,
            "default_location_src_id": stock,
            "default_location_dest_id": CUSTOMER_LOCATION,
            "sequence": 2,
            "company_id": 1,
        }
    r["stock.location"], r["stock.warehouse"], r["stock.picking.type"] = (
        locations,
        warehouses,
        types,
    )
    r["stock.quant"] = {
        n: {
            "product_id": s.product_id,
            "location_id": stock_location(s.warehouse_id),
            "warehouse_id": s.warehouse_id,
            "quantity": s.on_hand,
            "reserved_quantity": s.reserved,
            "product_uom_id": UOM_UNITS,
            "company_id": 1,
        }
        for n, s in enumerate(scenario.stock, start=1)
    }


def master_records(scenario: Scenario, r: Tables) -> None:
    """Add partners, users, products, warehouses, locations, operation types and quants."""
    _partners(scenario, r)
    _users(scenario, r)
    _products(scenario, r)
    _warehouses(scenario, r)
