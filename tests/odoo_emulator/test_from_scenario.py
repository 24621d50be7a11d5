"""The emulator seeded from the scenario tells the same story as the scenario's twin.

The same reads go through ``ScenarioGateway`` and through the real ``OdooRpcGateway``
(odoorpc for 16-18, JSON-2 for 19) against the emulator over real HTTP; they must agree.
This is the check that the emulator, the gateway and the twin are consistent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from agent.config import OdooSettings
from agent.odoo.connect import connect
from agent.odoo.emulator.from_scenario import (
    emulator_data_from_scenario,
    emulator_logins,
    scenario_emulator,
)
from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.rpc import OdooRpcGateway
from agent.scenario import Scenario, ScenarioGateway, load_scenario
from agent.scenario.facts import KNOWN_DELAYED_PO, KNOWN_DELAYED_PRODUCT, SPOOFED_DOMAIN, TODAY

VERSIONS = [16, 17, 18, 19]
KNOWN_DELAYED_PRODUCT_ID = load_scenario().product(KNOWN_DELAYED_PRODUCT).id


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario()


@pytest.fixture(scope="module")
def twin(scenario: Scenario) -> ScenarioGateway:
    return ScenarioGateway(scenario)


@pytest.fixture(scope="module", params=VERSIONS, ids=lambda v: f"odoo{v}")
def emulator(request: pytest.FixtureRequest, scenario: Scenario) -> Iterator[OdooEmulator]:
    with scenario_emulator(scenario, request.param) as emu:
        yield emu


@pytest.fixture(scope="module")
def odoo(emulator: OdooEmulator) -> Iterator[OdooRpcGateway]:
    password = emulator.add_api_key("admin") if emulator.version >= 19 else "admin"
    gateway = connect(
        OdooSettings(url=emulator.url, db="triage", login="admin", password=password, timeout=60)
    )
    yield gateway
    gateway.close()


def _ids(found: dict[str, Any]) -> dict[str, Any]:
    return {k: [v.id for v in vs] if isinstance(vs, list) else vs.id for k, vs in found.items()}


def test_seed_follows_the_version(scenario: Scenario) -> None:
    v16, v17, v18 = (emulator_data_from_scenario(scenario, v) for v in (16, 17, 18))
    move16, move17 = v16.records["stock.move"][1], v17.records["stock.move"][1]
    assert "quantity_done" in move16 and "quantity" not in move16
    assert move17["quantity"] == move17["product_uom_qty"] > 0
    assert "mail_reception_confirmed" in v17.records["purchase.order"][231]
    assert v18.records["purchase.order"][231]["acknowledged"] is True
    assert v18.records["product.product"][101]["is_storable"] is True
    assert emulator_logins(scenario)["admin"] == "admin"


def test_vendors_agree(scenario: Scenario, twin: ScenarioGateway, odoo: OdooRpcGateway) -> None:
    emails = sorted({a for v in scenario.vendors for a in [v.email or "", *v.contact_emails] if a})
    asked = [*emails, "Orders@Acme-Supply.com", "nobody@nowhere.test", f"x@{SPOOFED_DOMAIN}"]
    domains = [*sorted({d for v in scenario.vendors for d in v.domains}), SPOOFED_DOMAIN]
    expected = twin.find_vendors(asked, domains)
    found = odoo.find_vendors(asked, domains)
    assert _ids(found.by_email) == _ids(expected.by_email)
    assert len(found.by_email) == len(emails)
    assert _ids(found.by_domain) == _ids(expected.by_domain)
    assert SPOOFED_DOMAIN not in found.by_domain
    assert _ids(odoo.vendors_by_emails(emails)) == _ids(twin.vendors_by_emails(emails))

    def shape(vendors: list[Any]) -> list[tuple[Any, ...]]:
        return [
            (
                v.id,
                v.name,
                v.email,
                sorted({v.email, *v.contact_emails}),
                v.domains,
                v.country_code,
                v.lang,
            )
            for v in sorted(vendors, key=lambda v: v.id)
        ]

    assert shape(odoo.vendor_directory()) == shape(twin.vendor_directory())
    ids = [v.id for v in scenario.vendors] + [999]
    assert shape(list(odoo.vendors_by_ids(ids).values())) == shape(
        list(twin.vendors_by_ids(ids).values())
    )


def test_orders_agree(scenario: Scenario, twin: ScenarioGateway, odoo: OdooRpcGateway) -> None:
    names = [o.name for o in scenario.orders] + ["P99999"]
    refs = [o.partner_ref for o in scenario.orders if o.partner_ref] + ["NO-SUCH-REF"]
    message_ids = [m.message_id for m in scenario.mail_messages]
    asked_ids = message_ids[::2] + [m.strip("<>") for m in message_ids[1::2]] + ["<x@y.test>"]
    vendors = [v.id for v in scenario.vendors]
    expected = twin.find_orders(names, refs, asked_ids, vendors)
    found = odoo.find_orders(names, refs, asked_ids, vendors)
    assert found.by_name == expected.by_name
    assert len(found.by_name) == len(scenario.orders)
    assert found.by_partner_ref == expected.by_partner_ref
    assert found.by_message_id == expected.by_message_id
    assert len(found.by_message_id) == len(message_ids)
    assert _current(found.open_by_vendor, scenario) == expected.open_by_vendor
    delayed = found.by_name[KNOWN_DELAYED_PO]
    assert delayed.acknowledged and delayed.warehouse_id == 1 and delayed.user_login
    since = min(o.date_order for o in scenario.orders).date()
    current = {o.id for o in scenario.orders}
    # The twin's scan sees only the open orders; Odoo also holds the closed history orders.
    assert [o for o in odoo.scan_orders(since) if o.id in current] == twin.scan_orders(since)


def _current(found: dict[int, list[Any]], scenario: Scenario) -> dict[int, list[Any]]:
    ids = {o.id for o in scenario.orders}
    return {vendor: [o for o in orders if o.id in ids] for vendor, orders in found.items()}


def test_closed_short_orders_are_not_open(
    scenario: Scenario, twin: ScenarioGateway, odoo: OdooRpcGateway
) -> None:
    ids = [p.id for p in scenario.products]
    assert odoo.incoming(ids) == twin.incoming(ids)
    vendors = [v.id for v in scenario.vendors]
    assert odoo.open_orders_by_vendors(vendors) == twin.open_orders_by_vendors(vendors)


def _history(rows: list[Any], *, state: bool) -> list[tuple[Any, ...]]:
    return sorted(
        (
            h.line_id,
            h.po_id,
            h.po_name,
            h.vendor_id,
            h.vendor_name,
            h.product_id,
            h.ordered_at,
            h.ordered_qty,
            h.date_planned,
            h.acknowledged_at.replace(microsecond=0) if h.acknowledged_at else None,
            h.received_qty,
            h.receipt_dates,
        )
        + ((h.state,) if state else ())
        for h in rows
    )


def test_line_history_agrees(
    scenario: Scenario, twin: ScenarioGateway, odoo: OdooRpcGateway
) -> None:
    vendors = [v.id for v in scenario.vendors]
    since = TODAY - dt.timedelta(days=200)
    found, expected = odoo.line_history(vendors, since), twin.line_history(vendors, since)
    assert len(found) == len(expected) > 300
    assert _history(found, state=False) == _history(expected, state=False)
    assert any(h.received_qty < h.ordered_qty and h.receipt_dates for h in found)


def test_line_history_states_agree(
    scenario: Scenario, twin: ScenarioGateway, odoo: OdooRpcGateway
) -> None:
    vendors = [v.id for v in scenario.vendors]
    since = TODAY - dt.timedelta(days=200)
    found, expected = odoo.line_history(vendors, since), twin.line_history(vendors, since)
    assert _history(found, state=True) == _history(expected, state=True)


def test_products_stock_and_purchasing_agree(
    scenario: Scenario, twin: ScenarioGateway, odoo: OdooRpcGateway
) -> None:
    ids = [p.id for p in scenario.products]
    codes = [p.default_code for p in scenario.products]
    assert odoo.products(ids) == twin.products(ids)
    assert odoo.products_by_codes([*codes, "NOPE-1"]) == twin.products_by_codes(codes)
    assert odoo.warehouses() == twin.warehouses()
    user_ids = [u.id for u in scenario.users]
    assert odoo.users(user_ids) == twin.users(user_ids)
    assert odoo.users(logins=["lead", "escalation"]) == twin.users(logins=["lead", "escalation"])

    def stock(rows: list[Any]) -> list[tuple[int, int, float, float]]:
        return sorted((s.product_id, s.warehouse_id, s.on_hand, s.reserved) for s in rows)

    assert stock(odoo.stock_positions(ids)) == stock(twin.stock_positions(ids))
    assert len(odoo.stock_positions(ids)) == len(scenario.stock)
    current = {o.id for o in scenario.orders}
    incoming = [i for i in odoo.incoming(ids) if i.po_id in current]
    assert incoming == twin.incoming(ids)
    assert incoming, "confirmed orders bring stock in"
    by_id = sorted(odoo.supplier_infos(ids), key=lambda s: s.id)
    assert by_id == sorted(twin.supplier_infos(ids), key=lambda s: s.id)

    def rules(rows: list[Any]) -> list[tuple[Any, ...]]:
        return sorted(
            (r.id, r.product_id, r.warehouse_id, r.product_min_qty, r.product_max_qty) for r in rows
        )

    assert rules(odoo.reorder_rules(ids)) == rules(twin.reorder_rules(ids))
    below = sorted((r.id, r.qty_forecast) for r in odoo.reorder_rules_below_minimum())
    assert below == sorted((r.id, r.qty_forecast) for r in twin.reorder_rules_below_minimum())
    assert below, "the scenario has products under their minimum"


def test_demand_history_agrees(
    scenario: Scenario, twin: ScenarioGateway, odoo: OdooRpcGateway
) -> None:
    ids = [p.id for p in scenario.products]
    recent = [KNOWN_DELAYED_PRODUCT_ID, *ids[::7]]
    for asked, days in [(ids, 180), (recent, 28)]:
        found = {(d.product_id, d.warehouse_id): d for d in odoo.demand_history(asked, days, TODAY)}
        expected = {
            (d.product_id, d.warehouse_id): d for d in twin.demand_history(asked, days, TODAY)
        }
        assert set(found) == set(expected)
        for key, series in expected.items():
            assert found[key].end == series.end == TODAY
            assert found[key].daily == series.daily, key
        if days == 180:
            total = sum(sum(d.daily) for d in found.values())
            assert total == sum(sum(d.daily) for d in scenario.demand) > 0
