"""A seeded generator of daily retail demand with the patterns that break reorder rules.

Each series is a negative-binomial count around a mean that combines a level (log-normal
across items), a multiplicative trend, a weekly pattern (weekend peaks of varying
strength), a yearly season, promotions (a few days at 1.5-3.5x) and sudden level shifts;
a share of items are intermittent sellers (rare orders of a few units) and a share are new
items launched part way through (``NaN`` before launch).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

WEEKLY_SHAPE = np.array([0.86, 0.88, 0.92, 0.98, 1.12, 1.36, 0.88], dtype=np.float64)
"""Monday..Sunday multipliers of a typical store, before per-item strength."""


@dataclass(frozen=True)
class DemandSpec:
    """Knobs of the generator (shares are of all series)."""

    intermittent_share: float = 0.25
    new_share: float = 0.10
    promos_per_year: float = 4.0
    shift_share: float = 0.15
    trend_sd: float = 0.0015


def generate_demand(
    n_series: int, n_days: int, seed: int, spec: DemandSpec | None = None
) -> np.ndarray:
    """``(n_series, n_days)`` float32 daily demand, ``NaN`` before an item's launch.

    Day 0 is a Monday, so weekday ``d % 7`` follows ``WEEKLY_SHAPE``.
    """
    spec = spec or DemandSpec()
    rng = np.random.default_rng(seed)
    n, t = n_series, np.arange(n_days, dtype=np.float64)

    level = np.exp(rng.normal(1.2, 1.0, n))
    trend = np.clip(rng.normal(0.0, spec.trend_sd, n), -0.004, 0.004)
    log_mean = np.log(level)[:, None] + trend[:, None] * (t - n_days / 2)

    strength = rng.uniform(0.0, 1.0, n)[:, None]
    weekly = 1.0 + strength * (WEEKLY_SHAPE[(t % 7).astype(int)] - 1.0)
    yearly = 1.0 + rng.uniform(0, 0.25, n)[:, None] * np.sin(
        2 * np.pi * (t + rng.uniform(0, 365, n)[:, None]) / 365.0
    )
    mean = np.exp(log_mean) * weekly * yearly

    shifted = rng.random(n) < spec.shift_share
    at = rng.integers(0, n_days, n)
    factor = np.exp(rng.normal(0.0, 0.5, n))
    mean *= np.where(shifted[:, None] & (t >= at[:, None]), factor[:, None], 1.0)

    promo = np.ones((n, n_days))
    count = rng.poisson(spec.promos_per_year * n_days / 365.0, n)
    for i in np.nonzero(count)[0]:
        for _ in range(count[i]):
            start = rng.integers(0, n_days)
            promo[i, start : start + rng.integers(3, 11)] = rng.uniform(1.5, 3.5)
    mean *= promo

    dispersion = rng.uniform(2.0, 20.0, n)[:, None]
    demand = rng.poisson(mean * rng.gamma(dispersion, 1.0 / dispersion, (n, n_days)))

    inter = rng.random(n) < spec.intermittent_share
    k = int(inter.sum())
    if k:
        rate = rng.uniform(0.05, 0.45, k)[:, None]
        size = rng.uniform(1.0, 6.0, k)[:, None]
        occurs = rng.random((k, n_days)) < rate * weekly[inter] * promo[inter] ** 0.5
        demand[inter] = occurs * (1 + rng.poisson(size - 1.0, (k, n_days)))

    out: np.ndarray = demand.astype(np.float32)
    new = rng.random(n) < spec.new_share
    launch = rng.integers(n_days // 8, (3 * n_days) // 4, n)
    out[new[:, None] & (t < launch[:, None])] = np.nan
    return out
