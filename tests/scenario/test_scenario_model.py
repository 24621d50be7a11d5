from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import numpy as np

from agent.scenario.build import load_scenario
from agent.scenario.demand import HISTORY_DAYS, PROMO_DAYS
from agent.scenario.facts import INTERMITTENT_PRODUCTS, PROMO_PRODUCTS
from agent.scenario.model import Scenario

ODOO_MESSAGE_ID = re.compile(
    r"^<\d{15}\.\d{10}\.\d{15}-openerp-(\d+)-purchase\.order@erp-prod-01>$"
)


def test_load_is_cached_and_deterministic(scenario: Scenario) -> None:
    assert load_scenario() is scenario
    rebuilt = load_scenario.__wrapped__()
    assert rebuilt == scenario


def test_today_and_company(scenario: Scenario) -> None:
    assert scenario.today == dt.date(2026, 11, 26)
    assert scenario.purchasing_address == "purchasing@brightmart.example"


def test_vendors_have_countries_contacts_and_domains(scenario: Scenario) -> None:
    assert len(scenario.vendors) == 8
    assert len({v.id for v in scenario.vendors}) == 8
    for vendor in scenario.vendors:
        assert vendor.country_code and vendor.email and vendor.domains
        assert vendor.email in vendor.contact_emails
        assert all(e.rsplit("@", 1)[1] in vendor.domains for e in vendor.contact_emails)
    assert {"FR", "DE", "US"} <= {v.country_code for v in scenario.vendors}


def test_users_include_buyers_lead_and_escalation(scenario: Scenario) -> None:
    logins = {u.login for u in scenario.users}
    assert {scenario.lead_login, scenario.escalation_login} <= logins
    buyers = {o.user_id for o in scenario.orders}
    assert len(buyers) == 3
    assert buyers <= {u.id for u in scenario.users}


def test_two_warehouses(scenario: Scenario) -> None:
    assert [(w.id, w.code, w.name) for w in scenario.warehouses] == [
        (1, "WH", "Main DC"),
        (2, "NRTH", "North Store Hub"),
    ]


def test_forty_products_in_three_categories(scenario: Scenario) -> None:
    assert len(scenario.products) == 40
    assert len({p.default_code for p in scenario.products}) == 40
    assert Counter(p.category for p in scenario.products) == {
        "Grocery": 16,
        "Household": 13,
        "Garden": 11,
    }
    assert all(re.fullmatch(r"(GRC|HSH|GRD)-\d{4}", p.default_code) for p in scenario.products)
    assert all(p.list_price > p.standard_price > 0 for p in scenario.products)


def test_twenty_five_open_orders(scenario: Scenario) -> None:
    orders = scenario.orders
    assert len(orders) == 25
    assert {o.state for o in orders} == {"purchase", "sent"}
    assert 0 < sum(o.acknowledged for o in orders) < 25
    assert sum(o.partner_ref is not None for o in orders) >= 5
    assert {o.warehouse_id for o in orders} == {1, 2}
    product_ids = {p.id for p in scenario.products}
    for order in orders:
        assert order.name == f"P{order.id:05d}"
        assert 1 <= len(order.lines) <= 4
        assert order.user_id is not None and order.user_login
        assert order.date_planned == min(line.date_planned for line in order.lines)
        assert (order.state == "purchase") == (order.date_approve is not None)
        assert order.amount_total == round(
            sum(line.product_qty * line.price_unit for line in order.lines), 2
        )
        for line in order.lines:
            assert line.product_id in product_ids
            assert dt.date(2026, 11, 20) <= line.date_planned.date() <= dt.date(2026, 12, 20)
            assert 0 <= line.qty_received < line.product_qty


def test_order_lines_are_priced_from_the_vendor_price_list(scenario: Scenario) -> None:
    prices = {(s.product_id, s.vendor_id): s.price for s in scenario.supplier_infos}
    for order in scenario.orders:
        for line in order.lines:
            assert line.price_unit == prices[(line.product_id, order.partner_id)]


def test_every_product_has_one_to_three_vendors(scenario: Scenario) -> None:
    per_product = Counter(s.product_id for s in scenario.supplier_infos)
    assert set(per_product) == {p.id for p in scenario.products}
    assert set(per_product.values()) <= {1, 2, 3}
    faster = [
        pid
        for pid in per_product
        if len({s.delay_days for s in scenario.supplier_infos if s.product_id == pid}) > 1
    ]
    assert faster


def test_stock_and_demand_per_product_and_warehouse(scenario: Scenario) -> None:
    keys = {(p.id, w.id) for p in scenario.products for w in scenario.warehouses}
    assert {(s.product_id, s.warehouse_id) for s in scenario.stock} == keys
    assert {(d.product_id, d.warehouse_id) for d in scenario.demand} == keys
    for series in scenario.demand:
        assert series.end == scenario.today
        assert len(series.daily) == HISTORY_DAYS == 180
        assert min(series.daily) >= 0
    for stock in scenario.stock:
        assert 0 <= stock.reserved <= stock.on_hand


def test_weekly_pattern_peaks_on_saturday(scenario: Scenario) -> None:
    total = np.zeros(7)
    for series in scenario.demand:
        for offset, value in enumerate(series.daily):
            day = series.end - dt.timedelta(days=len(series.daily) - 1 - offset)
            total[day.weekday()] += value
    assert int(np.argmax(total)) == 5


def _series(scenario: Scenario, code: str, warehouse_id: int) -> np.ndarray:
    product = scenario.product(code)
    return np.array(
        next(
            d.daily
            for d in scenario.demand
            if d.product_id == product.id and d.warehouse_id == warehouse_id
        )
    )


def test_promotion_spike_in_the_last_week(scenario: Scenario) -> None:
    for code in PROMO_PRODUCTS:
        daily = _series(scenario, code, 1)
        before = daily[-PROMO_DAYS - 28 : -PROMO_DAYS].mean()
        assert daily[-PROMO_DAYS:].mean() > 2 * before
    steady = _series(scenario, "GRC-1010", 1)
    assert steady[-PROMO_DAYS:].mean() < 1.5 * steady[-35:-PROMO_DAYS].mean()


def test_trend_rises_into_winter(scenario: Scenario) -> None:
    daily = _series(scenario, "GRD-3002", 1)
    assert daily[-30:].mean() > 1.6 * daily[:30].mean()


def test_intermittent_sellers_are_mostly_zero(scenario: Scenario) -> None:
    for code in INTERMITTENT_PRODUCTS:
        for warehouse_id in (1, 2):
            daily = _series(scenario, code, warehouse_id)
            assert (daily == 0).mean() > 0.6
            assert daily.sum() > 0


def test_reorder_rules_are_consistent(scenario: Scenario) -> None:
    assert len(scenario.reorder_rules) >= 40
    for rule in scenario.reorder_rules:
        assert 0 < rule.product_min_qty < rule.product_max_qty


def test_mail_messages_use_odoo_message_ids(scenario: Scenario) -> None:
    order_ids = {o.id for o in scenario.orders}
    assert len({m.message_id for m in scenario.mail_messages}) == len(scenario.mail_messages)
    for message in scenario.mail_messages:
        match = ODOO_MESSAGE_ID.match(message.message_id)
        assert match, message.message_id
        assert int(match.group(1)) == message.res_id
        assert message.res_id in order_ids and message.model == "purchase.order"
        assert message.references[-1] == message.message_id
    for order in scenario.orders:
        kinds = len(scenario.messages_of(order.id))
        assert kinds >= (2 if order.state == "purchase" else 1)
