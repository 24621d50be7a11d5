from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from agent.cli import app

METRICS = {"auc_pr", "precision_top20", "recall_3d_ahead", "brier"}
BASELINE_NAMES = {"cover_below_lead_time", "reorder_point", "projected_quantity"}


def test_backtest_json_keys() -> None:
    result = CliRunner().invoke(
        app, ["risk", "backtest", "--json", "--series", "40", "--days", "200"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data["model"]) == METRICS
    assert set(data["baselines"]) == BASELINE_NAMES
    assert all(set(v) == METRICS for v in data["baselines"].values())


def test_backtest_on_sales_csv() -> None:
    result = CliRunner().invoke(
        app, ["risk", "backtest", "--json", "--sales", "evals/data/sales_sample.csv"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["data"]["series"] == 60


def test_train_writes_versioned_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["risk", "train", "--rows", "5000", "--out", str(tmp_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["rows"] == 5000
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "anomaly-v1.joblib",
        "anomaly-v1.json",
        "combiner-v2.joblib",
        "combiner-v2.json",
    ]
