"""The demand and supply features the anomaly model reads, in a fixed, versioned order.

The persisted anomaly model stores this schema and the loader refuses a file whose schema
differs, so a change here means training and shipping a new model version.
"""

from __future__ import annotations

import numpy as np

from agent.risk.arrays import RiskArrays
from agent.risk.coverage import Coverage
from agent.risk.forecast import Forecast

FEATURE_SCHEMA: tuple[str, ...] = (
    "log_demand_ratio_7_28",
    "log_demand_ratio_28_90",
    "volatility_28",
    "log_days_of_cover",
    "cover_gap_days",
    "receipt_delay_days",
    "vendor_late_share",
    "vendor_avg_delay_days",
    "forecast_error",
    "open_order_coverage",
    "zero_share",
    "trend_28",
)
"""Columns of the anomaly feature matrix, in order."""

GAP_CAP = 60.0


def _log_ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.log((a + 0.5) / (b + 0.5))


def anomaly_features(arr: RiskArrays, fc: Forecast, cov: Coverage) -> np.ndarray:
    """``(n, len(FEATURE_SCHEMA))`` float32 feature matrix.

    Ratios are logs so that a doubling and a halving are equally far from normal; days are
    capped so that "no receipt" and "no demand" do not stretch the scale.
    """
    cover = np.minimum(cov.days_of_cover, GAP_CAP)
    receipt = np.minimum(cov.next_receipt_day, GAP_CAP)
    cols = (
        _log_ratio(fc.mean7, fc.mean28),
        _log_ratio(fc.mean28, fc.mean90),
        np.minimum(fc.cv28, 10.0),
        np.log1p(cov.days_of_cover),
        receipt - cover,
        np.clip(arr.receipt_delay, -30, 90),
        np.clip(arr.late_share, 0, 1),
        np.clip(arr.avg_delay, 0, 90),
        np.minimum(fc.forecast_error, 10.0),
        np.minimum(cov.incoming_total / np.maximum(cov.demand_horizon, 0.5), 10.0),
        fc.zero_share,
        np.clip(fc.trend28, -1, 3),
    )
    return np.ascontiguousarray(np.stack(cols, axis=1), dtype=np.float32)
