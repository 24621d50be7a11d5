"""Every read of OdooRpcGateway over real HTTP: odoorpc for 16-18, JSON-2 for 19."""

from __future__ import annotations

import datetime as dt

from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.gateway import OdooGateway
from agent.odoo.rpc import OdooRpcGateway

PRODUCTS = [5, 16, 17, 19, 21, 25, 27, 28, 31]


def test_transport_follows_version(gateway: OdooRpcGateway, emulator: OdooEmulator) -> None:
    assert isinstance(gateway, OdooGateway)
    assert gateway.server_version() == f"{emulator.version}.0"
    assert gateway.transport.name == ("json2" if emulator.version >= 19 else "jsonrpc")


def test_vendors_by_email_domain_and_contacts(gateway: OdooRpcGateway) -> None:
    found = gateway.find_vendors(
        ["Wood.Corner26@example.com", "ron.gibson76@example.com", "nobody@nowhere.test"],
        ["fake.geminifurniture.com", "nowhere.test"],
    )
    assert set(found.by_email) == {"wood.corner26@example.com", "ron.gibson76@example.com"}
    wood = found.by_email["ron.gibson76@example.com"]
    assert (wood.id, wood.name) == (9, "Wood Corner")
    assert "ron.gibson76@example.com" in wood.contact_emails
    assert [v.name for v in found.by_domain["fake.geminifurniture.com"]] == ["Gemini Furniture"]
    assert "nowhere.test" not in found.by_domain
    assert (
        gateway.vendors_by_emails(["ready.mat28@example.com"])["ready.mat28@example.com"].id == 12
    )
    assert 9 in {v.id for v in gateway.vendors_by_domains(["example.com"])["example.com"]}
    assert gateway.vendors_by_ids([9, 999])[9].name == "Wood Corner"


def test_orders_by_every_key(gateway: OdooRpcGateway, emulator: OdooEmulator) -> None:
    emulator.data.records["purchase.order"][9]["partner_ref"] = "GEM-4711"
    own_message = emulator.data.records["mail.message"][181]["message_id"]
    found = gateway.find_orders(
        names=["P00008", "P99999"],
        partner_refs=["GEM-4711"],
        message_ids=[own_message.strip("<>"), "<1.2-openerp-10-purchase.order@vm>", "<x@y>"],
        open_for_vendors=[9],
    )
    p8 = found.by_name["P00008"]
    assert (p8.partner_id, p8.partner_name, p8.state, p8.warehouse_id) == (
        9,
        "Wood Corner",
        "purchase",
        1,
    )
    assert [line.product_code for line in p8.lines] == ["FURN_8900", "FURN_9001"]
    assert p8.lines[0].date_planned.tzinfo is not None
    assert p8.date_approve is not None and p8.partner_ref is None
    assert found.by_partner_ref["GEM-4711"].name == "P00009"
    assert found.by_message_id[own_message.strip("<>")].id == 1
    assert found.by_message_id["<1.2-openerp-10-purchase.order@vm>"].id == 10
    assert "P99999" not in found.by_name and "<x@y>" not in found.by_message_id
    assert {po.name for po in found.open_by_vendor[9]} >= {"P00001", "P00008"}
    assert gateway.orders_by_names(["P00010"])["P00010"].id == 10
    assert gateway.orders_by_partner_refs(["GEM-4711"])["GEM-4711"].id == 9
    assert gateway.orders_by_message_ids([own_message])[own_message].id == 1
    assert 11 in gateway.open_orders_by_vendors([11])


def test_reply_lookup_prefers_mail_message_over_pattern(
    gateway: OdooRpcGateway, emulator: OdooEmulator
) -> None:
    messages = emulator.data.records["mail.message"]
    forged = "<555.1-openerp-3-purchase.order@vm>"
    messages[max(messages) + 1] = {**messages[181], "message_id": forged, "res_id": 8}
    assert gateway.orders_by_message_ids([forged])[forged].id == 8


def test_products_and_stock(gateway: OdooRpcGateway) -> None:
    products = gateway.products(PRODUCTS)
    assert products[27].default_code == "FURN_8900" and products[27].name == "Drawer Black"
    assert gateway.products_by_codes(["FURN_9001", "NOPE"]) == {"FURN_9001": products[28]}
    assert {w.code for w in gateway.warehouses()} == {"WH", "CHIC1"}
    positions = {(s.product_id, s.warehouse_id): s for s in gateway.stock_positions(PRODUCTS)}
    assert positions[(17, 1)].on_hand == 500.0 and positions[(17, 1)].reserved == 230.0
    assert positions[(17, 2)].on_hand == 200.0


def test_incoming_supplier_infos_rules_demand(gateway: OdooRpcGateway) -> None:
    incoming = gateway.incoming(PRODUCTS)
    drawer = next(i for i in incoming if i.line_id == 17)
    assert (drawer.po_name, drawer.warehouse_id, drawer.vendor_id) == ("P00008", 1, 9)
    assert drawer.qty == 15.0
    assert all(i.po_id in {8, 9, 10, 11} for i in incoming)
    infos = gateway.supplier_infos(PRODUCTS)
    assert {(i.vendor_id, i.product_id) for i in infos} >= {(11, 5), (9, 19), (14, 5)}
    rules = {r.id: r for r in gateway.reorder_rules(PRODUCTS)}
    assert rules[5].qty_forecast == -75.0 and rules[5].product_min_qty == 10.0
    assert {r.id for r in gateway.reorder_rules_below_minimum()} == {4, 5}
    end = dt.date.today()
    series = {(s.product_id, s.warehouse_id): s for s in gateway.demand_history(PRODUCTS, 90, end)}
    assert series and all(len(s.daily) == 90 and s.end == end for s in series.values())
    assert sum(series[(17, 1)].daily) > 0


def test_users_and_scan_orders(gateway: OdooRpcGateway) -> None:
    users = gateway.users(ids=[2], logins=["demo"])
    assert {(u.id, u.login) for u in users} == {(2, "admin"), (6, "demo")}
    orders = gateway.scan_orders(dt.date.today() - dt.timedelta(days=90))
    assert {po.state for po in orders} <= {"sent", "to approve", "purchase", "done"}
    assert {"P00004", "P00008"} <= {po.name for po in orders}
