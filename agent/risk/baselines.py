"""The three classical reorder rules the backtest compares the model with.

Each gives a continuous score (higher is riskier) and alerts when the score is positive:

- ``cover_below_lead_time``: days of cover (stock / 28-day mean demand) shorter than the
  vendor lead time; score = lead time - cover.
- ``reorder_point``: inventory position (stock + all open orders) below a static reorder
  point ``mean x L + z x sigma x sqrt(L)`` with ``z = 1.65``; score = shortfall over ``mean x L``.
- ``projected_quantity``: stock + receipts planned within the horizon - expected demand over
  the horizon below zero; score = the deficit over expected demand.

The combiner reads the same scores as features, so what a planner's rule of thumb knows is
never lost on the model.
"""

from __future__ import annotations

import numpy as np

from agent.risk.arrays import RiskArrays

BASELINES = ("cover_below_lead_time", "reorder_point", "projected_quantity")
REORDER_Z = 1.65


def mean_sd_28(demand: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and standard deviation of the last 28 days of each row (NaN days skipped)."""
    recent = demand[:, -28:]
    valid = ~np.isnan(recent)
    cnt = np.maximum(valid.sum(axis=1), 1)
    x = np.where(valid, recent, 0.0)
    mean = x.sum(axis=1) / cnt
    var = np.where(valid, (x - mean[:, None]) ** 2, 0.0).sum(axis=1) / cnt
    return mean, np.sqrt(var)


def baseline_scores(
    arr: RiskArrays, mean_sd: tuple[np.ndarray, np.ndarray] | None = None
) -> dict[str, np.ndarray]:
    """Continuous scores of the three baselines (higher = riskier), one array each.

    ``mean_sd`` is the 28-day mean and standard deviation when already known (the
    forecast has them); otherwise they are computed from ``arr.demand``.
    """
    mean, sd = mean_sd if mean_sd is not None else mean_sd_28(arr.demand)
    lead = arr.lead_time
    cover = np.where(mean > 0, np.maximum(arr.available, 0) / np.maximum(mean, 1e-9), 365.0)
    position = arr.available + arr.receipt_qty.sum(axis=1)
    rop = mean * lead + REORDER_Z * sd * np.sqrt(lead)
    within = (arr.receipt_day < arr.horizon) * arr.receipt_qty
    need = mean * arr.horizon
    projected = arr.available + within.sum(axis=1) - need
    return {
        "cover_below_lead_time": (lead - np.minimum(cover, 365.0)).astype(np.float32),
        "reorder_point": ((rop - position) / (mean * lead + 1.0)).astype(np.float32),
        "projected_quantity": (-projected / (need + 1.0)).astype(np.float32),
    }
