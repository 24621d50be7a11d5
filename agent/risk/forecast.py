"""A vectorised daily demand forecast with its uncertainty.

One pass of numpy over ``(n, HISTORY_DAYS)`` demand, no Python loop over rows:

- weekly pattern: mean per weekday over the last 8 weeks divided by the overall mean,
  shrunk towards flat in proportion to how many selling days back it;
- level: exponentially weighted mean of the de-seasonalised last 28 days;
- trend: last 28 days against the 28 before, shrunk by its t-statistic, held flat after 28
  days ahead;
- intermittent sellers (no sale on half the days or more): Croston's method (size and
  interval between sales smoothed over the last 8 weeks' sales, most recent first) with the
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
_EW_SBA = ((1 - SBA_ALPHA) ** np.arange(_W - 1, -1, -1)).astype(np.float32)
_POS56 = np.arange(56, dtype=np.float32)
_SBA_POW = np.concatenate([[0.0], (1 - SBA_ALPHA) ** np.arange(56)]).astype(np.float32)
"""Weight of the k-th most recent sale at index k (index 0: no sale)."""


def _window(start: int, stop: int, weights: np.ndarray | None = None) -> np.ndarray:
    """A column over the history: ``weights`` (or ones) on positions ``start:stop`` from the end."""
    col = np.zeros(_W, dtype=np.float32)
    col[_W + start : _W + stop if stop else _W] = 1.0 if weights is None else weights
    return col


# Every window sum is one matrix product with ``demand``. NaN only pads the start of a
# young item's history, so the counts of valid days per window depend on the history
# length alone and come from look-up tables indexed by it.
_SLOT = np.zeros((_W, 7), dtype=np.float32)
_SLOT[np.arange(_W), np.arange(_W) % 7] = 1.0
_RAW_COLS = [
    _window(-7, 0),
    _window(-28, 0),
    _window(-90, 0),
    _window(-56, 0),
    _window(-56, 0, _EW_SBA[-56:]),
    _window(-28, 0, _EW28),
    _window(-28, 0, _EW28 * _AGE28),
    _window(-28, 0, _EW28 * _EW28),
    _window(-56, -28),
    _window(-35, -7),
]
_RAW = np.stack(_RAW_COLS, axis=1)
# De-seasonalised sums: the same windows split by weekday slot, divided by the profile later.
_DS_COLS = [_RAW_COLS[5], _RAW_COLS[1], _RAW_COLS[8], _RAW_COLS[9]]
_DS = np.concatenate([c[:, None] * _SLOT for c in _DS_COLS], axis=1)  # (W, 4 * 7)
_SLOT56 = _window(-56, 0)[:, None] * _SLOT
_SLOT28 = _window(-28, 0)[:, None] * _SLOT
_ALL = np.concatenate([_RAW, _DS, _SLOT56, _SLOT28], axis=1)
_VALID = (np.arange(_W)[None, :] >= _W - np.arange(_W + 1)[:, None]).astype(np.float32)
_COUNTS = _VALID @ _ALL  # (W + 1, columns): sums over valid days for each history length
_N_RAW, _N_DS = _RAW.shape[1], _DS.shape[1]
# Only the raw windows and the two weekday-slot blocks need counts (the de-seasonalised
# sums are divided by the profile, not by a count): gather just those columns per row.
_J = _N_RAW + _N_DS
_COUNTS_USED = np.ascontiguousarray(
    np.concatenate([_COUNTS[:, :_N_RAW], _COUNTS[:, _J : _J + 14]], axis=1)
)


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
        sd28: standard deviation of daily demand over the last 28 days (around its mean).
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
    sd28: np.ndarray
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


def _weekly_profile(slot_sum: np.ndarray, slot_cnt: np.ndarray, selling: np.ndarray) -> np.ndarray:
    """``(n, 7)`` weekday multipliers with mean 1, shrunk towards flat when data is thin."""
    slot_mean = _safe_div(slot_sum, slot_cnt)
    overall = _safe_div(slot_sum.sum(axis=1), slot_cnt.sum(axis=1))
    raw = np.where(slot_cnt > 0, _safe_div(slot_mean, overall[:, None], default=1.0), 1.0)
    weight = (selling / (selling + 14.0))[:, None]
    prof = 1.0 + weight * (raw - 1.0)
    prof /= np.maximum(prof.mean(axis=1, keepdims=True), 1e-6)
    out: np.ndarray = np.maximum(prof, 0.05).astype(np.float32)
    return out


def _croston_sba(d: np.ndarray, valid_days: np.ndarray) -> np.ndarray:
    """Daily rate of intermittent rows: ``(1 - alpha / 2) x size / interval`` (SBA).

    ``d`` is ``(m, 56)`` zero-filled demand. The k-th most recent sale and the interval
    before it weigh ``(1 - alpha) ** (k - 1)``, as Croston's smoothing would leave them. The
    weighted interval sum telescopes to sums over the sales' positions, so no interval is
    formed explicitly. With fewer than two sales the interval is the valid days per sale.
    """
    occ = d > 0
    count = occ.sum(axis=1)
    rank = np.cumsum(occ[:, ::-1], axis=1, dtype=np.int16)[:, ::-1]
    w = _SBA_POW[rank] * occ
    w_tot = w.sum(axis=1)
    size = _safe_div(np.einsum("ij,ij->i", w, d), w_tot)
    a_sum = w @ _POS56
    newest = np.float32(55) - np.argmax(occ[:, ::-1], axis=1)
    oldest = np.argmax(occ, axis=1).astype(np.float32)
    w_old = _SBA_POW[count]
    num = (a_sum - w_old * oldest) - (a_sum - newest) / (1 - SBA_ALPHA)
    interval = _safe_div(num, w_tot - w_old)
    fallback = _safe_div(valid_days, count.astype(np.float32))
    interval = np.where(count >= 2, interval, fallback)
    out: np.ndarray = (1 - SBA_ALPHA / 2) * _safe_div(size, interval)
    return out


def _daily(
    level: np.ndarray,
    slope: np.ndarray,
    age: np.ndarray,
    sba: np.ndarray,
    intermittent: np.ndarray,
    prof: np.ndarray,
    days: int,
) -> np.ndarray:
    """``(n, days)`` expected demand: trend-adjusted level (SBA rate when intermittent) x weekday.

    Built in place in one float32 array: no tiled profile, no copy for the mask or the cast.
    """
    ahead = np.arange(days, dtype=np.float32)
    out: np.ndarray = np.add(age[:, None], np.float32(1.0), dtype=np.float32)
    out = out + ahead
    np.minimum(out, np.float32(28.0), out=out)
    out *= slope[:, None]
    out += level[:, None]
    np.maximum(out, (np.float32(0.1) * level)[:, None], out=out)
    if intermittent.any():
        out[intermittent] = sba[intermittent, None]
    for start in range(0, days, 7):
        stop = min(start + 7, days)
        out[:, start:stop] *= prof[:, : stop - start]
    return out


def _history_days(demand: np.ndarray) -> np.ndarray:
    """Days since the first non-NaN value, by binary search (NaN only pads the start)."""
    n = demand.shape[0]
    rows = np.arange(n)
    lo = np.zeros(n, dtype=np.intp)
    hi = np.full(n, _W, dtype=np.intp)
    while True:
        open_ = lo < hi
        if not open_.any():
            break
        mid = (lo + hi) // 2
        seen = ~np.isnan(demand[rows, np.minimum(mid, _W - 1)])
        hi = np.where(open_ & seen, mid, hi)
        lo = np.where(open_ & ~seen, mid + 1, lo)
    out: np.ndarray = _W - lo
    return out


def forecast(demand: np.ndarray, days: int) -> Forecast:
    """Forecast ``days`` days ahead from ``(n, HISTORY_DAYS)`` history.

    NaN marks days before an item existed and may only pad the start of a row; a gap inside
    the history must be given as zero sales.

    Args:
        demand: daily demand, oldest first, ending yesterday.
        days: number of days to forecast, starting today.

    Returns:
        The forecast with its uncertainty and summary statistics.
    """
    n = demand.shape[0]
    if demand.shape[1] != _W:
        raise ValueError(f"demand history must have {_W} columns, got {demand.shape[1]}")
    hist = _history_days(demand)
    dz = np.asarray(demand, dtype=np.float32)
    young = hist < _W
    if young.any():
        dz = dz.copy()
        dz[young] = np.nan_to_num(dz[young], nan=0.0)
    sums = dz @ _ALL
    counts = np.take(_COUNTS_USED, hist, axis=0)
    i, j = _N_RAW, _N_RAW + _N_DS
    sd_, sv = sums[:, :i], counts[:, :i]
    slot56_cnt, c28 = counts[:, i : i + 7], counts[:, i + 7 : i + 14]
    selling = np.count_nonzero(dz[:, -56:] > 0, axis=1).astype(np.float32)
    cnt7, cnt28, cnt90, cnt56 = sv[:, 0], sv[:, 1], sv[:, 2], sv[:, 3]
    mean7 = _safe_div(sd_[:, 0], cnt7)
    mean28 = _safe_div(sd_[:, 1], cnt28)
    mean90 = _safe_div(sd_[:, 2], cnt90)

    # Weekly pattern from the last 8 weeks; slot of position p is p % 7.
    prof = _weekly_profile(sums[:, j : j + 7], slot56_cnt, selling)
    sds = (sums[:, i:j].reshape(n, 4, 7) / prof[:, None, :]).sum(axis=2)

    # Level: exponentially weighted mean of the de-seasonalised last 28 days.
    wsum = sv[:, 5]
    level = _safe_div(sds[:, 0], wsum)
    age = _safe_div(sv[:, 6], wsum)
    n_eff = _safe_div(wsum**2, sv[:, 7])

    # Residual spread around level x weekday multiplier over the last 28 days (expanded).
    d28 = dz[:, -28:]
    s28 = sums[:, j + 7 : j + 14]
    sumsq28 = np.einsum("ij,ij->i", d28, d28)
    ss = sumsq28 - 2 * level * (s28 * prof).sum(axis=1)
    ss += level * level * (c28 * prof * prof).sum(axis=1)
    var = _safe_div(np.maximum(ss, 0.0), cnt28)
    cv28 = _safe_div(np.sqrt(var), mean28)
    sd28 = np.sqrt(np.maximum(_safe_div(sumsq28, cnt28) - mean28 * mean28, 0.0))

    # Trend: last 28 days against the 28 before, shrunk by its t-statistic.
    cnt_prev = sv[:, 8]
    recent = _safe_div(sds[:, 1], cnt28)
    prev = _safe_div(sds[:, 2], cnt_prev)
    inv_n = 1 / np.maximum(cnt28, 1) + 1 / np.maximum(cnt_prev, 1)
    t = _safe_div(recent - prev, np.sqrt(np.maximum(var, recent) * inv_n))
    shrink = t * t / (t * t + 4.0)
    slope = np.where((cnt_prev >= 21) & (cnt28 >= 21), (recent - prev) / 28.0 * shrink, 0.0)
    trend28 = _safe_div(slope * 28.0, prev)

    # Intermittent sellers: Croston/SBA on exponentially weighted size and occurrence.
    zero_share = _safe_div(cnt56 - selling, cnt56)
    intermittent = zero_share >= INTERMITTENT_ZERO_SHARE
    sba = np.zeros(n, dtype=np.float32)
    if intermittent.any():
        sba[intermittent] = _croston_sba(dz[intermittent, -56:], cnt56[intermittent])

    daily = _daily(level, slope, age, sba, intermittent, prof, days)

    lvl = np.where(intermittent, sba, level)
    sigma = np.sqrt(np.maximum(var, lvl)).astype(np.float32)
    level_se = _safe_div(sigma, np.sqrt(n_eff), default=0.0)

    # Last week's forecast (level of the 4 weeks before it) against what was sold.
    prev_lvl = _safe_div(sds[:, 3], sv[:, 9])
    pred7 = prev_lvl[:, None] * prof
    seen7 = np.arange(_W - 7, _W) >= (_W - hist)[:, None]
    err = np.abs(dz[:, -7:] - pred7 * seen7).sum(axis=1)
    forecast_error = _safe_div(err, np.maximum(pred7.sum(axis=1), 1.0))

    return Forecast(
        daily=daily,
        sigma=sigma,
        level_se=level_se.astype(np.float32),
        mean7=mean7,
        mean28=mean28,
        mean90=mean90,
        sd28=sd28.astype(np.float32),
        cv28=cv28,
        zero_share=zero_share,
        trend28=trend28.astype(np.float32),
        forecast_error=forecast_error,
        history_days=hist.astype(np.float32),
        intermittent=intermittent,
    )
