"""Train the anomaly model and the combiner from simulated history; write versioned files.

Training data are daily snapshots of a simulation over synthetic demand (seeds
``TRAIN_SEEDS``; the backtest evaluates on other seeds). The anomaly model is fitted on the
snapshot features, then the combiner on coverage probabilities, anomaly percentiles and
supply signals against the stockout labels.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score

from agent.classifiers.anomaly import ANOMALY_VERSION, DemandSupplyAnomaly
from agent.risk.arrays import HISTORY_DAYS, RiskArrays
from agent.risk.combine import COMBINER_VERSION, RiskCombiner, combiner_features, with_anomaly
from agent.risk.coverage import coverage
from agent.risk.features import anomaly_features
from agent.risk.forecast import forecast
from agent.risk.model import forecast_days
from agent.risk.simulate import PolicySpec
from agent.risk.snapshots import collect
from agent.risk.synthetic import generate_demand

log = logging.getLogger(__name__)

TRAIN_SEED = 7
SIM_DAYS = 364
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "classifiers" / "data"


@dataclass(frozen=True)
class TrainingSet:
    """Feature matrices and labels of the training snapshots."""

    features: np.ndarray
    combiner: np.ndarray
    label: np.ndarray


def _handler(arr: RiskArrays) -> dict[str, np.ndarray]:
    fc = forecast(arr.demand, forecast_days(arr.horizon))
    cov = coverage(arr, fc)
    feats = anomaly_features(arr, fc, cov)
    comb = combiner_features(arr, fc, cov, np.zeros(arr.n, dtype=np.float32))
    return {"features": feats, "combiner": comb}


def build_training_set(
    rows: int, seed: int = TRAIN_SEED, spec: PolicySpec | None = None
) -> TrainingSet:
    """Simulate enough synthetic series to yield about ``rows`` snapshot rows."""
    spec = spec or PolicySpec()
    per_series = SIM_DAYS - HISTORY_DAYS - spec.horizon
    n_series = max(20, math.ceil(rows / (0.93 * per_series)))
    demand = generate_demand(n_series, SIM_DAYS, seed)
    snaps = collect(demand, seed + 1, _handler, spec)
    keep = slice(0, rows)
    return TrainingSet(
        features=snaps.values["features"][keep],
        combiner=snaps.values["combiner"][keep],
        label=snaps.label[keep],
    )


def train(
    rows: int = 200_000, out_dir: Path = DEFAULT_DIR, seed: int = TRAIN_SEED
) -> dict[str, object]:
    """Train both models on about ``rows`` snapshot rows and save them under ``out_dir``.

    Returns:
        A report: rows, positive share, in-sample AUC-PR and seconds per stage.
    """
    t0 = time.perf_counter()
    data = build_training_set(rows, seed)
    t1 = time.perf_counter()
    anomaly = DemandSupplyAnomaly().fit(data.features)
    comb = with_anomaly(data.combiner, anomaly.anomaly_score(data.features))
    combiner = RiskCombiner().fit(comb, data.label)
    t2 = time.perf_counter()
    prob = combiner.predict_proba(comb)
    report: dict[str, object] = {
        "rows": len(data.label),
        "positive_share": round(float(data.label.mean()), 4),
        "train_auc_pr": round(float(average_precision_score(data.label, prob)), 4),
        "seed": seed,
        "simulate_seconds": round(t1 - t0, 2),
        "fit_seconds": round(t2 - t1, 2),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    anomaly.save(out_dir / f"{ANOMALY_VERSION}.joblib", rows=report["rows"], seed=seed)
    combiner.save(out_dir / f"{COMBINER_VERSION}.joblib", **report)
    log.info("trained risk models on %s rows in %.1fs", report["rows"], time.perf_counter() - t0)
    return report
