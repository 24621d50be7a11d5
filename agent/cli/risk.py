"""``triage risk``: train the stockout-risk models and backtest them against reorder rules."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from agent.cli.common import out, print_json, settings

risk_app = typer.Typer(
    help="Stockout risk: train, backtest and scan for anomalies.", no_args_is_help=True
)

EVAL_SEED = 1000
"""Seed of the synthetic evaluation set; training uses other seeds."""


@risk_app.command("train")
def train_cmd(
    rows: Annotated[
        int, typer.Option("--rows", min=1000, help="Snapshot rows to train on.")
    ] = 200_000,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Directory for the versioned model files.")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Train the anomaly model and the combiner on simulated history and save them."""
    from agent.risk.training import DEFAULT_DIR, train

    settings()
    report = train(rows, out_dir or DEFAULT_DIR)
    report["out"] = str(out_dir or DEFAULT_DIR)
    if json_out:
        print_json(report)
        return
    for key, value in report.items():
        out.print(f"{key}: {value}", highlight=False)


@risk_app.command("backtest")
def backtest_cmd(
    sales: Annotated[
        Path | None, typer.Option("--sales", help="Daily sales CSV: date,item,store,sales.")
    ] = None,
    series: Annotated[int, typer.Option("--series", min=20, help="Synthetic series.")] = 400,
    days: Annotated[int, typer.Option("--days", min=140, help="Synthetic days.")] = 364,
    seed: Annotated[int, typer.Option("--seed", help="Seed of demand and simulation.")] = EVAL_SEED,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Simulate inventory day by day and compare the model with three reorder rules."""
    from agent.risk.arrays import HISTORY_DAYS
    from agent.risk.backtest import run_backtest
    from agent.risk.model import StockoutRiskModel
    from agent.risk.sales_csv import load_sales_csv
    from agent.risk.synthetic import generate_demand

    settings()
    model = StockoutRiskModel.load_default()
    if sales is not None:
        data = load_sales_csv(sales, min_days=HISTORY_DAYS + 45)
        result = run_backtest(model, data.demand, seed)
        result["data"]["source"] = str(sales)
        result["data"]["skipped_rows"] = len(data.errors)
    else:
        result = run_backtest(model, generate_demand(series, days, seed), seed + 1)
        result["data"]["source"] = "synthetic"
    if json_out:
        print_json(result)
        return
    table = Table("method", "auc_pr", "precision_top20", "recall_3d_ahead", "brier")
    rows = {"model": result["model"], **result["baselines"]}
    for name, m in rows.items():
        table.add_row(
            name,
            *(f"{m[k]:.3f}" for k in ("auc_pr", "precision_top20", "recall_3d_ahead", "brier")),
        )
    out.print(table)
    out.print(result["data"], highlight=False)


@risk_app.command("scan")
def scan_cmd(
    threshold: Annotated[
        float,
        typer.Option("--threshold", min=0.5, max=1.0, help="Anomaly percentile to report from."),
    ] = 0.95,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Score every product x warehouse; store demand and supply anomalies as exceptions."""
    from agent.risk.scan import anomaly_exceptions
    from agent.vendors import vendor_reports
    from agent.wiring import build_deps, scenario_clock

    config = settings()
    deps = build_deps(config, clock=None if config.odoo.url else scenario_clock(config))
    now = deps.clock.now()
    vendors = vendor_reports(
        deps.gateway, deps.store, [v.id for v in deps.gateway.vendor_directory()], now
    )
    records = anomaly_exceptions(
        deps.gateway, deps.risk_model, now.date(), vendors=vendors, threshold=threshold, now=now
    )
    new = sum(int(deps.store.upsert_exception(r, now)) for r in records)
    if json_out:
        print_json({"new": new, "exceptions": [r.model_dump(mode="json") for r in records]})
        return
    for r in records:
        out.print(f"{r.kind.value}: {r.summary}", highlight=False)
    out.print(f"{len(records)} anomalies ({new} new)", highlight=False)


def register(app: typer.Typer) -> None:
    """Add the ``risk`` group."""
    app.add_typer(risk_app, name="risk")
