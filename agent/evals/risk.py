"""``triage evals risk``: the stockout backtest as an evals run (same files, same output).

The backtest itself is :func:`agent.risk.backtest.run_backtest`; this module only runs it
on the synthetic evaluation set (or a sales CSV) and shapes its figures like an extraction
run's ``metrics.json`` (``overall`` figures, plus the baselines side by side), so that
``compare`` and ``gate`` read both kinds of run the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

EVAL_SEED = 1000
FIGURES = ("auc_pr", "precision_top20", "recall_3d_ahead", "brier")


def run_risk(sales: Path | None, series: int, days: int, seed: int = EVAL_SEED) -> dict[str, Any]:
    """Run the backtest; returns the raw result of ``run_backtest``."""
    from agent.risk.arrays import HISTORY_DAYS
    from agent.risk.backtest import run_backtest
    from agent.risk.model import StockoutRiskModel
    from agent.risk.sales_csv import load_sales_csv
    from agent.risk.synthetic import generate_demand

    model = StockoutRiskModel.load_default()
    if sales is not None:
        data = load_sales_csv(sales, min_days=HISTORY_DAYS + 45)
        result = run_backtest(model, data.demand, seed)
        result["data"]["source"] = str(sales)
        result["data"]["skipped_rows"] = len(data.errors)
    else:
        result = run_backtest(model, generate_demand(series, days, seed), seed + 1)
        result["data"]["source"] = "synthetic"
    return result


def risk_metrics(result: dict[str, Any]) -> dict[str, Any]:
    """The backtest in the metrics shape of an evals run."""
    model = result["model"]
    overall: dict[str, Any] = {f"risk_{k}": model[k] for k in FIGURES if k in model}
    for name, figures in result["baselines"].items():
        for key in FIGURES:
            if key in figures and key in model:
                overall[f"risk_{key}_vs_{name}"] = round(model[key] - figures[key], 4)
    return {
        "overall": overall,
        "intent": {"per_class": {}, "confusion": {"labels": [], "matrix": []}},
        "calibration": {},
        "slices": {},
        "risk": result,
    }
