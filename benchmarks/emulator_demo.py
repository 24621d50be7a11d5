"""Figures for the scenario-seeded Odoo emulator and ``triage demo --odoo-emulator``.

Usage: python benchmarks/emulator_demo.py [--quick]
Prints one JSON object per figure per line: seeding time and size, the 180-day demand
read over HTTP, and the whole demo on the emulator next to the offline demo (baseline),
with the JSON-RPC calls the batch of 33 emails cost.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def emit(metric: str, value: float, unit: str, baseline: float | None = None) -> None:
    row: dict[str, object] = {"bench": "emulator_demo", "metric": metric, "value": round(value, 4)}
    row["unit"] = unit
    if baseline is not None:
        row["baseline"] = round(baseline, 4)
        row["ratio"] = round(value / baseline, 4) if baseline else None
    print(json.dumps(row))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="one repeat instead of three")
    repeats = 1 if parser.parse_args().quick else 3
    os.environ["TRIAGE_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-emudemo-")

    from agent.cli.demo import BUNDLED_INBOX, SCENARIO_ESCALATION, SCENARIO_LEAD, run_demo
    from agent.cli.demo_emulator import emulator_demo
    from agent.config import OdooSettings, load_settings
    from agent.odoo.connect import connect
    from agent.odoo.emulator.from_scenario import emulator_data_from_scenario, scenario_emulator
    from agent.scenario import load_scenario
    from agent.store.repository import Store
    from agent.wiring import build_deps, make_gateway, scenario_clock

    scenario = load_scenario()
    seed = []
    for _ in range(repeats):
        start = time.perf_counter()
        data = emulator_data_from_scenario(scenario)
        seed.append(time.perf_counter() - start)
    emit("seed_time", min(seed) * 1000, "ms")
    emit("seeded_records", sum(len(rows) for rows in data.records.values()), "records")
    emit("seeded_stock_moves", len(data.records["stock.move"]), "records")

    with scenario_emulator(scenario) as emu:
        gateway = connect(
            OdooSettings(url=emu.url, db="triage", login="admin", password="admin", timeout=120)
        )
        ids = [p.id for p in scenario.products]
        reads = []
        for _ in range(repeats):
            start = time.perf_counter()
            gateway.demand_history(ids, 180, scenario.today)
            reads.append(time.perf_counter() - start)
        gateway.close()
        emit("demand_read_40_products_180_days", min(reads), "s")

    config = load_settings(triage_lead=SCENARIO_LEAD, escalation_user=SCENARIO_ESCALATION)
    offline, online = [], []
    calls = 0
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as scratch:
            store = Store.open(f"sqlite:///{Path(scratch) / 'triage.db'}")
            deps = build_deps(
                config,
                gateway=make_gateway(config, scenario=True),
                clock=scenario_clock(config),
                store=store,
            )
            start = time.perf_counter()
            run_demo(deps, BUNDLED_INBOX, quiet=True, push_wait=30)
            offline.append(time.perf_counter() - start)
            store.close()
        start = time.perf_counter()
        with emulator_demo(config, BUNDLED_INBOX, push_wait=30) as result:
            online.append(time.perf_counter() - start)
            calls = len(result.emulator.calls)
    emit("demo_on_emulator", min(online), "s", baseline=min(offline))
    emit("demo_rpc_calls_33_emails", calls, "calls")


if __name__ == "__main__":
    main()
