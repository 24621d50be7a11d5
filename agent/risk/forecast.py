"""A vectorised daily demand forecast with its uncertainty.

One pass of numpy over ``(n, HISTORY_DAYS)`` demand, no Python loop over rows:

- weekly pattern: mean per weekday over the last 8 weeks divided by the overall mean,
  shrunk towards flat in proportion to how many selling days back it;
- level: exponentially weighted mean of the de-seasonalised last 28 days;
- trend: last 28 days against the 28 before, shrunk by its t-statistic, held flat after 28
  days ahead;
- intermittent sellers (no sale on half the days or more): Croston's method with the
  Syntetos-Boylan correction, ``0.95 x size x occurrence rate``, without trend;
- uncertainty: daily residual standard deviation (at least Poisson's ``sqrt(mean)``) and
  the standard error of the level, so that ``t`` days of demand have variance
  ``t sigma^2 + (t se)^2``.

``HISTORY_DAYS`` is a whole number of weeks, so the weekday slot of history position ``p``
is ``p % 7`` and that of day ``j`` from today is ``j % 7``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from agent.risk.arrays import HISTORY_DAYS

ALPHA = 0.12
"""Smoothing of the level (weight of yesterday against older days)."""
SBA_ALPHA = 0.1
"""Smoothing of Croston's size and interval estimates."""
INTERMITTENT_ZERO_SHARE = 0.5

_W = HISTORY_DAYS
_AGE28 = np.arange(27, -1, -1, dtype=np.float32)
_EW28 = ((1 - ALPHA) ** _AGE28).astype(np.float32)
_AGE_ALL = np.arange(_W - 1, -1, -1, dtype=np.float32)
_EW_SBA = ((1 - SBA_ALPHA) ** _AGE_ALL).astype(np.float32)


@dataclass(frozen=True)
class Forecast:
    """Expected daily demand ahead and the statistics the coverage and features reuse.

    Attributes:
        daily: ``(n, days)`` expected demand of today + j.
        sigma: ``(n,)`` standard deviation of one day's demand.
        level_se: ``(n,)`` standard error of the daily level.
        mean7: mean demand of the last 7 days (0 without history).
        mean28: mean demand of the last 28 days.
        mean90: mean demand of the last 90 days.
        cv28: coefficient of variation over the last 28 days.
        zero_share: share of days without sales in the last 56 days.
        trend28: relative change of the level over 28 days (0.3 = +30 %).
        forecast_error: error of last week's 7-day forecast over its total.
        history_days: days of history the row has.
        intermittent: rows forecast with Croston/SBA.
    """

    daily: np.ndarray
    sigma: np.ndarray
    level_se: np.ndarray
    mean7: np.ndarray
    mean28: np.ndarray
    mean90: np.ndarray
    cv28: np.ndarray
    zero_share: np.ndarray
    trend28: np.ndarray
    forecast_error: np.ndarray
    history_days: np.ndarray
    intermittent: np.ndarray

    def cumulative(self) -> np.ndarray:
        """``(n, days + 1)`` expected demand of the first ``t`` days, ``t = 0..days``."""
        out = np.zeros((self.daily.shape[0], self.daily.shape[1] + 1), dtype=np.float32)
        np.cumsum(self.daily, axis=1, out=out[:, 1:])
        return out

    def variance(self, days: np.ndarray) -> np.ndarray:
        """Variance of the total demand of the first ``days`` days (any shape ``(n, k)``)."""
        s2 = (self.sigma**2)[:, None]
        se2 = (self.level_se**2)[:, None]
        out: np.ndarray = days * s2 + days * days * se2
        return out


def _safe_div(num: np.ndarray, den: np.ndarray, default: float = 0.0) -> np.ndarray:
    out = np.full(np.broadcast(num, den).shape, default, dtype=np.float32)
    np.divide(num, den, out=out, where=den > 0)
    return out


def _weekly_profile(dz: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """``(n, 7)`` weekday multipliers with mean 1, shrunk towards flat when data is thin."""
    n = dz.shape[0]
    d8 = dz[:, -56:].reshape(n, 8, 7)
    c8 = valid[:, -56:].reshape(n, 8, 7)
    slot_sum = d8.sum(axis=1)
    slot_cnt = c8.sum(axis=1, dtype=np.float32)
    slot_mean = _safe_div(slot_sum, slot_cnt)
    overall = _safe_div(slot_sum.sum(axis=1), slot_cnt.sum(axis=1))
    raw = _safe_div(slot_mean, overall[:, None], default=1.0)
    raw = np.where(slot_cnt > 0, raw, 1.0)
    selling = (d8 > 0).sum(axis=(1, 2), dtype=np.float32)
    weight = (selling / (selling + 14.0))[:, None]
    prof = 1.0 + weight * (raw - 1.0)
    prof /= np.maximum(prof.mean(axis=1, keepdims=True), 1e-6)
    out: np.ndarray = np.maximum(prof, 0.05).astype(np.float32)
    return out


def forecast(demand: np.ndarray, days: int) -> Forecast:
    """Forecast ``days`` days ahead from ``(n, HISTORY_DAYS)`` history (NaN = no data).

    Args:
        demand: daily demand, oldest first, ending yesterday.
        days: number of days to forecast, starting today.

    Returns:
        The forecast with its uncertainty and summary statistics.
    """
    if demand.shape[1] != _W:
        raise ValueError(f"demand history must have {_W} columns, got {demand.shape[1]}")
    valid = ~np.isnan(demand)
    dz = np.where(valid, demand, 0.0).astype(np.float32)
    vf = valid.astype(np.float32)
    hist = vf.sum(axis=1)

    cnt7, cnt28, cnt90 = (vf[:, -k:].sum(axis=1) for k in (7, 28, 90))
    mean7 = _safe_div(dz[:, -7:].sum(axis=1), cnt7)
    mean28 = _safe_div(dz[:, -28:].sum(axis=1), cnt28)
    mean90 = _safe_div(dz[:, -90:].sum(axis=1), cnt90)

    prof = _weekly_profile(dz, valid)
    slot_prof = np.tile(prof, (1, _W // 7))  # (n, W) multiplier of each history day
    ds = dz / slot_prof

    # Level: exponentially weighted mean of the de-seasonalised last 28 days.
    w28 = vf[:, -28:] * _EW28
    wsum = w28.sum(axis=1)
    level = _safe_div((ds[:, -28:] * w28).sum(axis=1), wsum)
    age = _safe_div((w28 * _AGE28).sum(axis=1), wsum)
    n_eff = _safe_div(wsum**2, (w28**2).sum(axis=1))

    # Residual spread around the current level, at least Poisson's.
    resid = (dz[:, -28:] - level[:, None] * slot_prof[:, -28:]) * vf[:, -28:]
    var = _safe_div((resid**2).sum(axis=1), cnt28)
    cv28 = _safe_div(np.sqrt(var), mean28)

    # Trend: last 28 days against the 28 before, shrunk by its t-statistic.
    cnt_prev = vf[:, -56:-28].sum(axis=1)
    prev = _safe_div(ds[:, -56:-28].sum(axis=1), cnt_prev)
    recent = _safe_div(ds[:, -28:].sum(axis=1), cnt28)
    se_diff = np.sqrt(
        np.maximum(var, recent) * (1 / np.maximum(cnt28, 1) + 1 / np.maximum(cnt_prev, 1))
    )
    t = _safe_div(recent - prev, se_diff)
    shrink = t * t / (t * t + 4.0)
    slope = np.where((cnt_prev >= 21) & (cnt28 >= 21), (recent - prev) / 28.0 * shrink, 0.0)
    trend28 = _safe_div(slope * 28.0, prev)

    # Intermittent sellers: Croston/SBA on exponentially weighted size and occurrence.
    seen = dz[:, -56:]
    zero_share = _safe_div(
        ((seen == 0) & valid[:, -56:]).sum(axis=1, dtype=np.float32), vf[:, -56:].sum(axis=1)
    )
    occ = (dz > 0).astype(np.float32)
    w_all = vf * _EW_SBA
    size = _safe_div((dz * _EW_SBA).sum(axis=1), (occ * _EW_SBA).sum(axis=1))
    rate = _safe_div((occ * _EW_SBA).sum(axis=1), w_all.sum(axis=1))
    sba = (1 - SBA_ALPHA / 2) * size * rate
    intermittent = zero_share >= INTERMITTENT_ZERO_SHARE

    ahead = np.arange(days, dtype=np.float32)
    steps = np.minimum(age[:, None] + 1.0 + ahead, 28.0)
    smooth = np.maximum(level[:, None] + slope[:, None] * steps, 0.1 * level[:, None])
    base = np.where(intermittent[:, None], sba[:, None], smooth)
    fut_prof = np.tile(prof, (1, days // 7 + 1))[:, :days]
    daily = (base * fut_prof).astype(np.float32)

    lvl = np.where(intermittent, sba, level)
    sigma = np.sqrt(np.maximum(var, lvl)).astype(np.float32)
    level_se = _safe_div(sigma, np.sqrt(n_eff), default=0.0)

    # Last week's forecast (level of the 4 weeks before it) against what was sold.
    prev_lvl = _safe_div(ds[:, -35:-7].sum(axis=1), vf[:, -35:-7].sum(axis=1))
    pred7 = prev_lvl[:, None] * slot_prof[:, -7:]
    err = (np.abs(dz[:, -7:] - pred7) * vf[:, -7:]).sum(axis=1)
    forecast_error = _safe_div(err, np.maximum(pred7.sum(axis=1), 1.0))

    return Forecast(
        daily=daily,
        sigma=sigma,
        level_se=level_se.astype(np.float32),
        mean7=mean7,
        mean28=mean28,
        mean90=mean90,
        cv28=cv28,
        zero_share=zero_share,
        trend28=trend28.astype(np.float32),
        forecast_error=forecast_error,
        history_days=hist,
        intermittent=intermittent,
    )
