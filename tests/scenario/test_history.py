"""The scenario's generated delivery history: closed, deterministic, and apart from the story."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from agent.odoo.records import LineHistory
from agent.scenario.gateway import ScenarioGateway
from agent.scenario.history import (
    FIRST_OPEN_ORDER_ID,
    TERRA_ID,
    TERRA_LAST_10,
    VENDOR_PROFILES,
    closed_line_history,
)
from agent.scenario.model import Scenario


def _orders(lines: tuple[LineHistory, ...] | list[LineHistory]) -> dict[int, list[LineHistory]]:
    out: dict[int, list[LineHistory]] = defaultdict(list)
    for h in lines:
        out[h.po_id].append(h)
    return out


def test_history_is_deterministic_and_closed(scenario: Scenario) -> None:
    first = closed_line_history(scenario.today)
    closed_line_history.cache_clear()
    again = closed_line_history(scenario.today)
    assert [h.model_dump() for h in first] == [h.model_dump() for h in again]
    assert first
    for h in first:
        assert h.state == "done" and h.closed
        assert 0 < h.received_qty <= h.ordered_qty
        assert h.receipt_dates == sorted(h.receipt_dates)
        assert h.receipt_dates[-1] < scenario.today
        assert h.first_date_planned is not None and h.ordered_at.date() < h.first_date_planned
        assert h.acknowledged_at is None or h.acknowledged_at > h.ordered_at
        assert h.line_id // 10 == h.po_id


def test_history_orders_never_collide_with_the_open_ones(scenario: Scenario) -> None:
    history = closed_line_history(scenario.today)
    open_ids = {o.id for o in scenario.orders}
    open_lines = {line.id for o in scenario.orders for line in o.lines}
    assert max(h.po_id for h in history) < FIRST_OPEN_ORDER_ID <= min(open_ids)
    assert not {h.line_id for h in history} & open_lines
    assert len({h.line_id for h in history}) == len(history)
    assert len(scenario.orders) == 25  # the story's orders are untouched


def test_every_vendor_has_half_a_year_of_orders(scenario: Scenario) -> None:
    history = closed_line_history(scenario.today)
    per_vendor = {v: _orders([h for h in history if h.vendor_id == v]) for v in VENDOR_PROFILES}
    for vendor_id, orders in per_vendor.items():
        assert len(orders) >= 10, vendor_id
        first = min(ls[0].ordered_at for ls in orders.values()).date()
        assert (scenario.today - first).days >= 150


def test_terra_delivered_seven_of_its_last_ten_late(scenario: Scenario) -> None:
    history = [h for h in closed_line_history(scenario.today) if h.vendor_id == TERRA_ID]
    orders = sorted(_orders(history).values(), key=lambda ls: ls[0].ordered_at)[-10:]
    delays = [
        max((h.receipt_dates[-1] - (h.first_date_planned or h.date_planned)).days for h in ls)
        for ls in orders
    ]
    late = [d for d in delays if d > 0]
    assert (len(late), round(sum(late) / len(late))) == TERRA_LAST_10


def test_gateway_reads_history_by_vendor_and_date(scenario: Scenario) -> None:
    gateway = ScenarioGateway(scenario)
    since = scenario.today - dt.timedelta(days=60)
    lines = gateway.line_history([18, 15], since)
    assert lines and {h.vendor_id for h in lines} == {15, 18}
    assert all(h.ordered_at.date() >= since for h in lines)
    assert lines == sorted(lines, key=lambda h: (h.ordered_at, h.po_id, h.line_id))
    open_lines = [h for h in lines if h.po_id >= FIRST_OPEN_ORDER_ID]
    assert open_lines and all(h.state == "purchase" for h in open_lines)
    rfqs = {o.id for o in scenario.orders if o.state == "sent"}
    assert not {h.po_id for h in lines} & rfqs
    p233 = next(h for h in lines if h.po_name == "P00233")
    assert p233.date_planned == dt.date(2026, 11, 30) and not p233.closed


def test_a_moved_line_shows_its_original_promise(scenario: Scenario) -> None:
    gateway = ScenarioGateway(scenario)
    gateway.set_line_dates([(2331, dt.datetime(2026, 12, 21, 10, tzinfo=dt.UTC))])
    since = scenario.today - dt.timedelta(days=60)
    line = next(h for h in gateway.line_history([18], since) if h.line_id == 2331)
    assert line.date_planned == dt.date(2026, 12, 21)
    assert line.first_date_planned == dt.date(2026, 11, 30)
    assert line.date_planned_changed_at is not None
