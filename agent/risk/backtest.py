"""Backtest: the model against three classical reorder rules on simulated inventory.

Baselines (each gives a continuous score for ranking and a yes/no alert):

- ``cover_below_lead_time``: days of cover (stock / 28-day mean demand) shorter than the
  vendor lead time; score = lead time - cover.
- ``reorder_point``: inventory position (stock + all open orders) below a static reorder
  point ``mean x L + z x sigma x sqrt(L)`` with ``z = 1.65``; score = shortfall over ``mean x L``.
- ``projected_quantity``: stock + receipts planned within the horizon - expected demand over
  the horizon below zero; score = the deficit over expected demand.

Metrics per method: ``auc_pr`` (average precision of the score against the labels),
``precision_top20`` (share of true stockouts among the 20 highest scores of each day,
averaged over days), ``recall_3d_ahead`` (share of stockout events, i.e. first days of a
run of unserved demand, that the method alerted on between ``horizon - 1`` and 3 days
before), ``brier`` (mean squared error of the probability; a rule's probability is its
0/1 alert). The model alerts at level high or above.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score

from agent.risk.arrays import RiskArrays
from agent.risk.baselines import BASELINES, baseline_scores
from agent.risk.combine import LEVEL_CUTS
from agent.risk.model import StockoutRiskModel
from agent.risk.simulate import PolicySpec
from agent.risk.snapshots import SnapshotSet, collect

TOP_K = 20
WARN_DAYS = 3


@dataclass(frozen=True)
class Method:
    """Scores of one method over the snapshot rows."""

    score: np.ndarray
    probability: np.ndarray
    alert: np.ndarray


def model_handler(model: StockoutRiskModel) -> Callable[[RiskArrays], dict[str, np.ndarray]]:
    """Snapshot handler storing the model's probability and the baselines' scores."""

    def handle(arr: RiskArrays) -> dict[str, np.ndarray]:
        out = baseline_scores(arr)
        out["model"] = model.score_arrays(arr).probability
        return out

    return handle


def _methods(snaps: SnapshotSet) -> dict[str, Method]:
    v = snaps.values
    out = {"model": Method(v["model"], v["model"], v["model"] >= LEVEL_CUTS[1])}
    for name in BASELINES:
        alert = v[name] > 0
        out[name] = Method(v[name], alert.astype(np.float32), alert)
    return out


def _precision_top(snaps: SnapshotSet, score: np.ndarray) -> float:
    order = np.lexsort((-score, snaps.day))
    day_sorted = snaps.day[order]
    starts = np.searchsorted(day_sorted, np.unique(day_sorted))
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.append(starts, len(order))))
    top = order[rank < TOP_K]
    per_day = np.bincount(snaps.day[top], weights=snaps.label[top].astype(float))
    count = np.bincount(snaps.day[top])
    days = count > 0
    return float((per_day[days] / count[days]).mean())


def _recall_ahead(snaps: SnapshotSet, alert: np.ndarray) -> float:
    n, t_all = snaps.stockout.shape
    h = snaps.horizon
    alerts = np.zeros((n, t_all + 1), dtype=np.int32)
    np.add.at(alerts, (snaps.series, snaps.day + 1), alert.astype(np.int32))
    cum = np.cumsum(alerts, axis=1)
    so = snaps.stockout
    event = so & ~np.concatenate([np.zeros((n, 1), bool), so[:, :-1]], axis=1)
    first, last = int(snaps.day.min()), int(snaps.day.max())
    ei, ed = np.nonzero(event)
    keep = (ed >= first + h - 1) & (ed <= last)
    ei, ed = ei[keep], ed[keep]
    if not len(ed):
        return 0.0
    # alerts on days ed-h+1 .. ed-WARN_DAYS inclusive
    warned = cum[ei, ed - WARN_DAYS + 1] - cum[ei, ed - h + 1] > 0
    return float(warned.mean())


def evaluate(snaps: SnapshotSet) -> dict[str, dict[str, float]]:
    """The four metrics for the model and each baseline."""
    label = snaps.label
    out: dict[str, dict[str, float]] = {}
    for name, m in _methods(snaps).items():
        out[name] = {
            "auc_pr": round(float(average_precision_score(label, m.score)), 4),
            "precision_top20": round(_precision_top(snaps, m.score), 4),
            "recall_3d_ahead": round(_recall_ahead(snaps, m.alert), 4),
            "brier": round(float(np.mean((m.probability - label) ** 2)), 4),
        }
    return out


def run_backtest(
    model: StockoutRiskModel, demand: np.ndarray, seed: int, spec: PolicySpec | None = None
) -> dict[str, Any]:
    """Simulate ``demand``, score every snapshot and compare the model with the baselines.

    Returns:
        ``{"model": {...}, "baselines": {NAME: {...}}, "data": {...}}``.
    """
    snaps = collect(demand, seed, model_handler(model), spec)
    if not len(snaps.label) or not snaps.label.any():
        from agent.errors import TriageError

        raise TriageError("the backtest produced no stockouts to score; use more or longer series")
    result = evaluate(snaps)
    best = max(result[b]["auc_pr"] for b in BASELINES)
    return {
        "model": result["model"],
        "baselines": {b: result[b] for b in BASELINES},
        "data": {
            "series": int(demand.shape[0]),
            "days": int(demand.shape[1]),
            "rows": len(snaps.label),
            "positive_share": round(float(snaps.label.mean()), 4),
            "seed": seed,
            "auc_pr_ratio_to_best_baseline": round(result["model"]["auc_pr"] / best, 3)
            if best
            else None,
            "model_version": model.version,
        },
    }
