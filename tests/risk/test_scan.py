"""Anomalies as exception records without an email: the scan over every product x warehouse."""

from __future__ import annotations

import datetime as dt
import json
import math

from typer.testing import CliRunner

from agent.cli import app
from agent.models import ExceptionKind
from agent.risk.model import StockoutRiskModel
from agent.risk.scan import _kinds, anomaly_exceptions, build_rows
from agent.scenario.build import load_scenario
from agent.scenario.gateway import ScenarioGateway
from agent.store.repository import Store
from agent.vendors import vendor_reports

NOW = dt.datetime(2026, 11, 26, 7, tzinfo=dt.UTC)
TODAY = NOW.date()
COFFEE, NORTH_HUB = 101, 2

QUIET = {
    "log_demand_ratio_7_28": 0.0,
    "log_demand_ratio_28_90": 0.0,
    "forecast_error": 0.3,
    "receipt_delay_days": 0.0,
    "cover_gap_days": -10.0,
    "vendor_late_share": 0.1,
}


def test_kind_follows_the_signal_that_drives_it() -> None:
    spike = {**QUIET, "log_demand_ratio_7_28": math.log(2.5)}
    slip = {**QUIET, "receipt_delay_days": 9.0}
    assert _kinds(spike) == [ExceptionKind.DEMAND_ANOMALY]
    assert _kinds(slip) == [ExceptionKind.SUPPLY_ANOMALY]
    both = {**spike, "cover_gap_days": 12.0}
    assert _kinds(both) == [ExceptionKind.DEMAND_ANOMALY, ExceptionKind.SUPPLY_ANOMALY]
    assert _kinds({**QUIET, "vendor_late_share": 0.4}) == [ExceptionKind.SUPPLY_ANOMALY]


def test_scan_reads_every_bought_product_in_both_warehouses(model: StockoutRiskModel) -> None:
    scenario = load_scenario()
    rows = build_rows(ScenarioGateway(scenario), TODAY, [p.id for p in scenario.products])
    assert len(rows) == 2 * len(scenario.products)
    assert all(r.lead_time_days is not None for r in rows)


def test_the_promotion_spike_becomes_a_demand_anomaly(
    model: StockoutRiskModel, store: Store
) -> None:
    gateway = ScenarioGateway(load_scenario())
    vendors = vendor_reports(gateway, store, [v.id for v in gateway.vendor_directory()], NOW)
    records = anomaly_exceptions(gateway, model, TODAY, vendors=vendors, now=NOW)
    assert records
    scores = [r.details["anomaly_score"] for r in records]
    assert scores == sorted(scores, reverse=True) and min(scores) >= 0.95
    for r in records:
        kind, product, warehouse, day = r.key.split(":")
        assert kind == r.kind.value and day == TODAY.isoformat()
        assert (int(product), int(warehouse)) == (r.product_id, r.warehouse_id)
        assert r.kind in (ExceptionKind.DEMAND_ANOMALY, ExceptionKind.SUPPLY_ANOMALY)
        assert set(r.details) >= {"anomaly_score", "features", "factors", "level", "probability"}
    coffee = next(
        r
        for r in records
        if (r.product_id, r.warehouse_id, r.kind)
        == (COFFEE, NORTH_HUB, ExceptionKind.DEMAND_ANOMALY)
    )
    assert "x its 28-day average" in coffee.summary
    assert anomaly_exceptions(gateway, model, TODAY, threshold=1.01) == []
    only = anomaly_exceptions(gateway, model, TODAY, product_ids=[COFFEE], threshold=0.0)
    assert {r.product_id for r in only} == {COFFEE} and len(only) >= 2


def test_risk_scan_command_stores_records_once() -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["risk", "scan", "--json"])
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)
    assert data["exceptions"] and data["new"] == len(data["exceptions"])
    again = json.loads(runner.invoke(app, ["risk", "scan", "--json"]).stdout)
    assert again["new"] == 0 and len(again["exceptions"]) == len(data["exceptions"])


def test_vendors_command_prints_the_scorecard() -> None:
    result = CliRunner().invoke(app, ["vendors", "--json", "--vendor", "18"])
    assert result.exit_code == 0, result.output
    (terra,) = json.loads(result.stdout)["vendors"]
    assert terra["sentence"].startswith("this vendor delivered 7 of its last 10 orders late")
    assert {"on_time_first_promise", "on_time_last_revision", "partial_share"} <= set(terra)
    table = CliRunner().invoke(app, ["vendors"])
    assert table.exit_code == 0 and "Terra Garden Supply" in table.stdout
