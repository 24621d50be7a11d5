"""Figures for the bundled scenario: build time, gateway read batches, activity log writes.

Usage: python benchmarks/scenario.py [--quick]
Prints one JSON object per figure per line. The brief's budget for building the scenario
is 0.5 s; ``ratio`` compares the measured build time with it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUILD_BUDGET_S = 0.5
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def emit(metric: str, value: float, unit: str, baseline: float | None = None) -> None:
    row: dict[str, object] = {"bench": "scenario", "metric": metric, "value": round(value, 6)}
    row["unit"] = unit
    if baseline is not None:
        row["baseline"] = baseline
        row["ratio"] = round(value / baseline, 4)
    print(json.dumps(row))


def best_of(repeats: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    repeats = 3 if args.quick else 10

    code = (
        "import time; t=time.perf_counter();"
        "from agent.scenario.build import load_scenario; load_scenario();"
        "print(time.perf_counter()-t)"
    )
    cold = min(
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, cwd=ROOT, text=True, check=True
            ).stdout
        )
        for _ in range(repeats)
    )
    emit("cold_import_and_build", cold, "s", BUILD_BUDGET_S)

    from agent.odoo.records import ActivityDraft
    from agent.scenario.build import load_scenario
    from agent.scenario.gateway import ScenarioGateway

    warm = best_of(repeats, load_scenario.__wrapped__)
    emit("build_warm", warm, "s", BUILD_BUDGET_S)
    scenario = load_scenario()
    emit("gateway_init", best_of(repeats, lambda: ScenarioGateway(scenario)), "s")

    gateway = ScenarioGateway(scenario)
    ids = [p.id for p in scenario.products]

    def reads() -> None:
        gateway.stock_positions(ids)
        gateway.incoming(ids)
        gateway.supplier_infos(ids)
        gateway.reorder_rules(ids)
        gateway.demand_history(ids, 90, scenario.today)
        gateway.orders_by_names([o.name for o in scenario.orders])

    emit("read_batch_40_products", best_of(repeats, reads), "s")

    n = 50 if args.quick else 200
    with tempfile.TemporaryDirectory() as tmp:
        logged = ScenarioGateway(scenario, activity_log=Path(tmp) / "log.jsonl")
        drafts = [
            ActivityDraft(
                marker=f"bench-{i}",
                res_id=233,
                user_id=8,
                summary="bench",
                note_html="<p>x</p>",
                date_deadline=dt.date(2026, 11, 27),
            )
            for i in range(n)
        ]
        start = time.perf_counter()
        for draft in drafts:
            logged.create_activities([draft])
        emit("create_activity_file_log", (time.perf_counter() - start) / n * 1000, "ms/activity")
        start = time.perf_counter()
        ScenarioGateway(scenario, activity_log=Path(tmp) / "log.jsonl").find_activities(["bench-0"])
        emit(f"replay_log_{n}_entries", time.perf_counter() - start, "s")


if __name__ == "__main__":
    main()
