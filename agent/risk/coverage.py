"""Probability, date and size of a stockout from a forecast and the planned receipts.

Total demand of the first ``t`` days is taken as normal with the forecast's mean and
variance. Stock runs out before day ``T`` when that demand exceeds the stock on hand plus
every receipt planned before ``T``. The checkpoints are the day of each receipt (stock is
lowest just before it arrives) and the horizon end; the probability of a stockout within
the horizon is the largest checkpoint probability (demand totals at different checkpoints
are almost perfectly correlated, so the largest is a close lower bound).

Vendor reliability enters as a two-scenario mixture: with probability ``late_share`` every
receipt comes ``avg_delay`` days after its planned date. A later receipt can only raise the
probability, so the result is monotonic in the delay.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import ndtr

from agent.risk.arrays import NO_RECEIPT, RiskArrays
from agent.risk.forecast import Forecast

COVER_CAP = 365.0
"""Days of cover are capped here (a row without demand has this much cover)."""

_INV_SQRT_2PI = float(1.0 / np.sqrt(2.0 * np.pi))


@dataclass(frozen=True)
class Coverage:
    """Stockout figures per row.

    Attributes:
        p_before_receipt: probability of running out before the next receipt arrives
            (or within the horizon when nothing arrives in it).
        p_horizon: probability of running out on some day within the horizon.
        days_of_cover: stock free today over expected daily demand, capped.
        stockout_day: first day from today on which expected stock is negative, ``inf``
            if that is not within the forecast window.
        next_receipt_day: days to the next planned receipt, ``inf`` without one.
        units_short: expected units of demand that cannot be served within the horizon.
        demand_horizon: expected demand within the horizon.
        incoming_horizon: quantity planned to arrive within the horizon.
        incoming_total: every open incoming quantity.
        daily_rate: mean expected daily demand over the forecast window.
    """

    p_before_receipt: np.ndarray
    p_horizon: np.ndarray
    days_of_cover: np.ndarray
    stockout_day: np.ndarray
    next_receipt_day: np.ndarray
    units_short: np.ndarray
    demand_horizon: np.ndarray
    incoming_horizon: np.ndarray
    incoming_total: np.ndarray
    daily_rate: np.ndarray


def _checkpoints(
    arr: RiskArrays, fc: Forecast, cum: np.ndarray, receipt_day: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Probability and expected shortfall at each checkpoint, ``(n, K + 1)`` each."""
    h = arr.horizon
    t = np.minimum(receipt_day, np.float32(h))
    t = np.concatenate([t, np.full((arr.n, 1), h, np.float32)], axis=1)
    ti = t.astype(np.intp)
    # Receipts are sorted, so the stock before checkpoint k is the stock now plus the
    # receipts before k that land within the horizon (a same-day receipt counts as earlier).
    counted = np.where(receipt_day < h, arr.receipt_qty, np.float32(0))
    supply = np.empty_like(t)
    supply[:, 0] = arr.available
    np.cumsum(counted, axis=1, out=supply[:, 1:])
    supply[:, 1:] += arr.available[:, None]
    mean = np.take_along_axis(cum, ti, axis=1)
    sd = np.sqrt(fc.variance(t)) + 1e-6
    z = (supply - mean) / sd
    p = ndtr(-z)
    p = np.where(t > 0, p, (supply < 0).astype(np.float64))
    loss = sd * (np.exp(-0.5 * z * z) * _INV_SQRT_2PI - z * p)
    loss = np.where(t > 0, loss, np.maximum(-supply, 0.0))
    return p, np.maximum(loss, 0.0)


def coverage(arr: RiskArrays, fc: Forecast) -> Coverage:
    """Stockout probability, expected stockout day and units short for every row.

    Args:
        arr: the rows.
        fc: their forecast, at least ``arr.horizon`` days long.

    Returns:
        One ``Coverage`` with an array per figure.
    """
    h = arr.horizon
    days = fc.daily.shape[1]
    if days < h:
        raise ValueError(f"forecast covers {days} days, horizon is {h}")
    cum = fc.cumulative()
    has = arr.receipt_day < NO_RECEIPT
    late_days = np.where(has, arr.receipt_day + np.maximum(arr.avg_delay, 0)[:, None], NO_RECEIPT)
    p_on, loss_on = _checkpoints(arr, fc, cum, arr.receipt_day)
    p_late, loss_late = _checkpoints(arr, fc, cum, late_days.astype(np.float32))
    w = np.clip(arr.late_share, 0.0, 1.0)[:, None]
    p = (1 - w) * p_on + w * p_late
    loss = (1 - w) * loss_on + w * loss_late

    rate = cum[:, -1] / np.float32(days)
    cover = np.full(arr.n, COVER_CAP, dtype=np.float32)
    np.divide(np.maximum(arr.available, 0), rate, out=cover, where=rate > 1e-6)
    cover = np.minimum(cover, COVER_CAP)

    steps = np.zeros((arr.n, days + 1), dtype=np.float32)
    rows = np.arange(arr.n)
    for k in range(arr.receipt_day.shape[1]):
        day = np.minimum(arr.receipt_day[:, k], days).astype(np.intp)
        steps[rows, day] += arr.receipt_qty[:, k]
    arrived = np.cumsum(steps[:, :days], axis=1)
    stock = arr.available[:, None] + arrived - cum[:, 1:]
    neg = stock < 0
    stockout_day = np.where(neg.any(axis=1), neg.argmax(axis=1), np.inf).astype(np.float32)

    within = arr.receipt_day < h
    return Coverage(
        p_before_receipt=p[:, 0].astype(np.float32),
        p_horizon=p.max(axis=1).astype(np.float32),
        days_of_cover=cover,
        stockout_day=stockout_day,
        next_receipt_day=np.where(has[:, 0], arr.receipt_day[:, 0], np.inf).astype(np.float32),
        units_short=loss.max(axis=1).astype(np.float32),
        demand_horizon=cum[:, h],
        incoming_horizon=(arr.receipt_qty * within).sum(axis=1),
        incoming_total=arr.receipt_qty.sum(axis=1),
        daily_rate=rate,
    )
