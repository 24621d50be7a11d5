from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from agent.risk.backtest import BASELINES, run_backtest
from agent.risk.model import StockoutRiskModel
from agent.risk.sales_csv import SalesFileError, load_sales_csv
from agent.risk.synthetic import generate_demand

SAMPLE = Path("evals/data/sales_sample.csv")


def test_model_beats_the_baselines_on_a_small_synthetic_set(model: StockoutRiskModel) -> None:
    result = run_backtest(model, generate_demand(150, 260, seed=4242), seed=4243)
    m, b = result["model"], result["baselines"]
    assert set(b) == set(BASELINES)
    best = max(x["auc_pr"] for x in b.values())
    assert m["auc_pr"] >= 1.1 * b["cover_below_lead_time"]["auc_pr"]
    assert m["auc_pr"] >= 1.1 * best
    assert m["brier"] < min(x["brier"] for x in b.values())
    assert 0 < result["data"]["positive_share"] < 0.6


def test_model_not_below_best_baseline_on_the_sales_sample(model: StockoutRiskModel) -> None:
    data = load_sales_csv(SAMPLE)
    assert data.demand.shape == (60, 365)
    assert not data.errors
    result = run_backtest(model, data.demand, seed=1000)
    best = max(x["auc_pr"] for x in result["baselines"].values())
    assert result["model"]["auc_pr"] >= best


def test_simulation_is_seeded(model: StockoutRiskModel) -> None:
    demand = generate_demand(40, 200, seed=5)
    assert np.array_equal(demand, generate_demand(40, 200, seed=5), equal_nan=True)
    a = run_backtest(model, demand, seed=6)
    assert a == run_backtest(model, demand, seed=6)


def test_sales_file_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,item,qty\n2024-01-01,a,3\n")
    with pytest.raises(SalesFileError, match="columns"):
        load_sales_csv(bad)
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "date,item,store,sales\n2024-01-01,a,s,3\nnot-a-date,a,s,1\n2024-01-03,a,s,-2\n2024-01-04,a,s,2\n"
    )
    data = load_sales_csv(rows)
    assert data.demand.tolist() == [[3.0, 0.0, 0.0, 2.0]]
    assert len(data.errors) == 2
    with pytest.raises(SalesFileError, match="at least"):
        load_sales_csv(rows, min_days=100)


def test_model_meets_the_target_on_the_default_evaluation_seed(model: StockoutRiskModel) -> None:
    """The issue's target: AUC-PR at least 1.25 x the best baseline (``triage risk backtest``)."""
    from agent.cli.risk import EVAL_SEED

    result = run_backtest(model, generate_demand(400, 364, EVAL_SEED), EVAL_SEED + 1)
    assert result["data"]["auc_pr_ratio_to_best_baseline"] >= 1.25
