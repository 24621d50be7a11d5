"""``StockoutRiskModel``: the shipped ``RiskModel``.

Pipeline per batch of rows, all numpy: forecast -> coverage -> anomaly features ->
IsolationForest percentile -> combiner probability -> level. ``score_arrays`` is the
vectorised entry (chunked, so memory stays flat for millions of rows); ``assess`` converts
pydantic rows, scores them and adds dates, money and the factors in words.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from agent.classifiers.anomaly import ANOMALY_VERSION, DemandSupplyAnomaly
from agent.classifiers.anomaly import DEFAULT_PATH as ANOMALY_PATH
from agent.models import RiskAssessment, RiskLevel
from agent.risk.arrays import RiskArrays, arrays_from_inputs, days_to_date
from agent.risk.base import RiskInputs
from agent.risk.combine import COMBINER_VERSION, RiskCombiner, combiner_features, levels
from agent.risk.combine import DEFAULT_PATH as COMBINER_PATH
from agent.risk.coverage import Coverage, coverage
from agent.risk.explain import RowView, factors
from agent.risk.features import anomaly_features
from agent.risk.forecast import Forecast, forecast

log = logging.getLogger(__name__)

_LEVELS = list(RiskLevel)


@dataclass(frozen=True)
class RiskScores:
    """Per-row results of ``score_arrays`` (each an ``(n,)`` array)."""

    probability: np.ndarray
    level: np.ndarray
    anomaly: np.ndarray
    p_horizon: np.ndarray
    p_before_receipt: np.ndarray
    days_of_cover: np.ndarray
    stockout_day: np.ndarray
    next_receipt_day: np.ndarray
    units_short: np.ndarray
    daily_demand: np.ndarray


@dataclass(frozen=True)
class Detail:
    """All intermediate arrays of one scored chunk (used by ``assess`` and training)."""

    fc: Forecast
    cov: Coverage
    features: np.ndarray
    anomaly: np.ndarray
    combined: np.ndarray
    probability: np.ndarray


def forecast_days(horizon: int) -> int:
    """Days the forecast runs: twice the horizon, at least four weeks (for stockout dates)."""
    return max(2 * horizon, 28)


def detail(
    arr: RiskArrays, anomaly_model: DemandSupplyAnomaly, combiner: RiskCombiner | None
) -> Detail:
    """Score one chunk and keep every intermediate array."""
    fc = forecast(arr.demand, forecast_days(arr.horizon))
    cov = coverage(arr, fc)
    feats = anomaly_features(arr, fc, cov)
    anomaly = anomaly_model.anomaly_score(feats)
    comb = combiner_features(arr, fc, cov, anomaly)
    prob = combiner.predict_proba(comb) if combiner is not None else cov.p_horizon
    return Detail(fc, cov, feats, anomaly, comb, prob)


class StockoutRiskModel:
    """Coverage probability plus anomaly model, combined and explained.

    Args:
        anomaly: the fitted anomaly model.
        combiner: the fitted combiner; without one the coverage probability is used as is.
        chunk_rows: rows scored per numpy pass.
    """

    def __init__(
        self,
        anomaly: DemandSupplyAnomaly,
        combiner: RiskCombiner | None,
        chunk_rows: int = 65_536,
    ) -> None:
        self.anomaly = anomaly
        self.combiner = combiner
        self.chunk_rows = chunk_rows
        tail = COMBINER_VERSION if combiner is not None else "coverage-only"
        self.version = f"stockout-1/{ANOMALY_VERSION}/{tail}"

    @classmethod
    def load_default(cls) -> StockoutRiskModel:
        """Load the model files shipped in ``agent/classifiers/data``."""
        return cls.load(ANOMALY_PATH, COMBINER_PATH)

    @classmethod
    def load(cls, anomaly_path: Path, combiner_path: Path) -> StockoutRiskModel:
        """Load a model from its two versioned files."""
        return cls(DemandSupplyAnomaly.load(anomaly_path), RiskCombiner.load(combiner_path))

    def score_arrays(self, arr: RiskArrays) -> RiskScores:
        """Score every row of ``arr`` in chunks; the vectorised API under ``assess``."""
        parts: list[RiskScores] = []
        for start in range(0, max(arr.n, 1), self.chunk_rows):
            d = detail(arr.take(start, start + self.chunk_rows), self.anomaly, self.combiner)
            parts.append(_scores(d))
        if len(parts) == 1:
            return parts[0]
        return RiskScores(
            *(
                np.concatenate([getattr(p, f) for p in parts])
                for f in RiskScores.__dataclass_fields__
            )
        )

    def assess(self, inputs: Sequence[RiskInputs]) -> list[RiskAssessment]:
        """One assessment per input row, in the same order."""
        started = time.perf_counter()
        out: list[RiskAssessment | None] = [None] * len(inputs)
        by_horizon: dict[int, list[int]] = {}
        for i, row in enumerate(inputs):
            by_horizon.setdefault(row.horizon_days, []).append(i)
        for horizon, idx in by_horizon.items():
            rows = [inputs[i] for i in idx]
            arr = arrays_from_inputs(rows, horizon)
            d = detail(arr, self.anomaly, self.combiner)
            for j, i in enumerate(idx):
                out[i] = self._assessment(rows[j], arr, d, j)
        log.info("assessed %d rows in %.3fs", len(inputs), time.perf_counter() - started)
        return [a for a in out if a is not None]

    def _assessment(self, row: RiskInputs, arr: RiskArrays, d: Detail, j: int) -> RiskAssessment:
        cov, prob = d.cov, float(d.probability[j])
        short = float(cov.units_short[j])
        cover = float(cov.days_of_cover[j])
        stockout = float(cov.stockout_day[j])
        view = RowView(row.today, arr, d.fc, cov, d.anomaly, d.probability, j)
        return RiskAssessment(
            product_id=row.product.id,
            product_code=row.product.default_code,
            product_name=row.product.name,
            warehouse_id=row.warehouse.id,
            warehouse_name=row.warehouse.name,
            on_hand=row.position.on_hand,
            daily_demand=round(float(d.fc.daily[j, : arr.horizon].mean()), 3),
            days_of_cover=round(cover, 1) if cover < 365 else None,
            next_receipt_date=days_to_date(row.today, float(cov.next_receipt_day[j])),
            stockout_date=days_to_date(row.today, stockout),
            probability=round(min(max(prob, 0.0), 1.0), 4),
            level=_LEVELS[int(levels(np.asarray([prob]))[0])],
            units_short=round(short, 1),
            lost_sales_value=round(short * row.product.list_price, 2),
            anomaly_score=round(float(d.anomaly[j]), 4),
            factors=factors(view),
            model_version=self.version,
        )


def _scores(d: Detail) -> RiskScores:
    return RiskScores(
        probability=d.probability,
        level=levels(d.probability),
        anomaly=d.anomaly,
        p_horizon=d.cov.p_horizon,
        p_before_receipt=d.cov.p_before_receipt,
        days_of_cover=d.cov.days_of_cover,
        stockout_day=d.cov.stockout_day,
        next_receipt_day=d.cov.next_receipt_day,
        units_short=d.cov.units_short,
        daily_demand=d.cov.daily_rate,
    )
