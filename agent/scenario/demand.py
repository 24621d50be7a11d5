"""Daily demand and stock generated from the catalog's plan with fixed seeds.

Every series has its own generator seeded with ``(SEED, product id, warehouse id)``, so a
change to one product never reshuffles the others' history.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import numpy.typing as npt

from agent.odoo.records import DemandSeries
from agent.scenario.data.catalog import ProductPlan

SEED = 20261126
HISTORY_DAYS = 180
COVER_WINDOW_DAYS = 28
PROMO_DAYS = 7
PROMO_LIFT = 3.0

# Monday first; a retail week sells most on Friday and Saturday.
_WEEKLY = np.array([0.85, 0.82, 0.90, 0.97, 1.15, 1.40, 0.91])
WEEKLY_PATTERN = _WEEKLY / _WEEKLY.mean()


def demand_series(
    plan: ProductPlan, warehouse_id: int, first_weekday: int
) -> npt.NDArray[np.float64]:
    """Generate ``HISTORY_DAYS`` days of demand for one product in one warehouse.

    Args:
        plan: The product's row of the catalog.
        warehouse_id: 1 (Main DC) or 2 (North Store Hub).
        first_weekday: Weekday (Monday 0) of the series' first day.
    """
    mean = plan.mean_wh if warehouse_id == 1 else plan.mean_nrth
    rng = np.random.default_rng([SEED, plan.id, warehouse_id])
    days = np.arange(HISTORY_DAYS)
    if plan.pattern == "intermittent":
        sells = rng.random(HISTORY_DAYS) < min(0.5, mean / 2.0)
        sizes = rng.integers(1, 4, HISTORY_DAYS)
        return np.where(sells, sizes, 0).astype(np.float64)
    level = np.full(HISTORY_DAYS, mean, dtype=np.float64)
    if plan.pattern == "trend":
        level *= np.linspace(0.6, 1.4, HISTORY_DAYS)
    elif plan.pattern == "decline":
        level *= np.linspace(1.5, 0.5, HISTORY_DAYS)
    elif plan.pattern == "promo":
        level[-PROMO_DAYS:] *= PROMO_LIFT
    level *= WEEKLY_PATTERN[(days + first_weekday) % 7]
    return rng.poisson(level).astype(np.float64)


def recent_mean(daily: npt.NDArray[np.float64] | list[float]) -> float:
    """Mean daily demand over the last ``COVER_WINDOW_DAYS`` days."""
    tail = np.asarray(daily, dtype=np.float64)[-COVER_WINDOW_DAYS:]
    return float(tail.mean()) if tail.size else 0.0


def stock_for(
    plan: ProductPlan, warehouse_id: int, daily: npt.NDArray[np.float64]
) -> tuple[float, float]:
    """On-hand and reserved quantity that give the planned days of cover.

    Intermittent sellers' cover is a unit count; the others' is days of recent demand.
    """
    cover = plan.cover_wh if warehouse_id == 1 else plan.cover_nrth
    mean = recent_mean(daily)
    on_hand = float(cover) if plan.pattern == "intermittent" else float(round(cover * mean))
    rng = np.random.default_rng([SEED, plan.id, warehouse_id, 1])
    reserved = float(min(round(mean * rng.uniform(0.0, 0.6)), on_hand // 4))
    return on_hand, reserved


def window(series: DemandSeries, days: int, end: dt.date) -> DemandSeries:
    """The ``days`` days of ``series`` ending on ``end``, zero outside its history."""
    offset = (series.end - end).days
    stop = len(series.daily) - offset
    start = stop - days
    values = [series.daily[i] if 0 <= i < len(series.daily) else 0.0 for i in range(start, stop)]
    return DemandSeries(
        product_id=series.product_id, warehouse_id=series.warehouse_id, end=end, daily=values
    )
