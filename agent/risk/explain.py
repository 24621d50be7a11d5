"""The top factors of an assessment, in words a planner accepts.

Each candidate factor carries a weight (how much it explains a stockout); the three
heaviest are kept. Built per row in Python, only for rows that ``assess`` returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from agent.risk.arrays import RiskArrays
from agent.risk.coverage import Coverage
from agent.risk.forecast import Forecast

SPIKE_RATIO = 1.5
ANOMALY_NOTICE = 0.95


@dataclass(frozen=True)
class RowView:
    """Everything known about one row after scoring."""

    today: dt.date
    arr: RiskArrays
    fc: Forecast
    cov: Coverage
    anomaly: np.ndarray
    probability: np.ndarray
    i: int


def _days(n: float) -> str:
    k = round(n)
    return f"{k} day" if k == 1 else f"{k} days"


def _since(today: dt.date, days_ago: int) -> str:
    if days_ago <= 1:
        return "since yesterday"
    day = (today - dt.timedelta(days=days_ago)).strftime("%A")
    return f"since last {day}" if days_ago >= 7 else f"since {day}"


def spike(history: np.ndarray) -> tuple[float, int] | None:
    """``(ratio, days_ago)`` of a demand spike that began within the last week, if any.

    The ratio compares mean demand since the spike began with the 28 days before it.
    """
    d = np.nan_to_num(history, nan=0.0)
    n = len(d)
    for k in range(n - 7, n):
        base_win = history[max(0, k - 28) : k]
        base_win = base_win[~np.isnan(base_win)]
        if len(base_win) < 14:
            continue
        base = float(base_win.mean())
        tail = float(d[k:].mean())
        if d[k] >= SPIKE_RATIO * max(base, 0.25) and tail >= SPIKE_RATIO * max(base, 0.25):
            return tail / max(base, 0.25), n - k
    return None


def _supply_factors(v: RowView) -> list[tuple[float, str]]:
    a, c, i = v.arr, v.cov, v.i
    out: list[tuple[float, str]] = []
    h = a.horizon
    avail = float(a.available[i])
    stockout, receipt = float(c.stockout_day[i]), float(c.next_receipt_day[i])
    if avail <= 0 and v.fc.daily[i, 0] > 0:
        out.append((10.0, "no free stock left today"))
    elif np.isfinite(stockout) and np.isfinite(receipt) and receipt > stockout:
        word = "new date" if a.receipt_delay[i] > 0 else "next receipt"
        out.append(
            (
                5.0 + (receipt - stockout) / 7,
                f"{word} is {_days(receipt - stockout)} after cover runs out",
            )
        )
    elif np.isfinite(stockout) and stockout < h and not np.isfinite(receipt):
        when = (v.today + dt.timedelta(days=int(stockout))).strftime("%d %b")
        out.append((6.0, f"no receipt planned before cover runs out on {when}"))
    lead, cover = float(a.lead_time[i]), float(c.days_of_cover[i])
    if cover < lead:
        out.append(
            (
                3.0 + 2 * (lead - cover) / max(lead, 1),
                f"{_days(cover)} of cover against a {round(lead)}-day lead time",
            )
        )
    if a.receipt_delay[i] >= 1:
        out.append(
            (
                1.5 + float(a.receipt_delay[i]) / 7,
                f"receipt moved {_days(float(a.receipt_delay[i]))} later",
            )
        )
    if a.late_share[i] >= 0.3:
        out.append(
            (
                1.0 + 3 * float(a.late_share[i]),
                f"vendor delivered {round(100 * float(a.late_share[i]))}% of orders late, "
                f"by {_days(float(a.avg_delay[i]))} on average",
            )
        )
    need = float(c.demand_horizon[i])
    if need > 0 and c.incoming_total[i] < 0.5 * need and avail < need:
        share = round(100 * float(c.incoming_total[i]) / need)
        out.append((1.0, f"open orders cover only {share}% of the next {_days(h)}' demand"))
    return out


def _demand_factors(v: RowView) -> list[tuple[float, str]]:
    fc, i = v.fc, v.i
    out: list[tuple[float, str]] = []
    found = spike(v.arr.demand[i])
    if found:
        ratio, ago = found
        out.append((2.0 + ratio, f"demand {ratio:.1f}x its 28-day average {_since(v.today, ago)}"))
    elif fc.trend28[i] >= 0.25:
        out.append(
            (
                1.0 + float(fc.trend28[i]),
                f"demand up {round(100 * float(fc.trend28[i]))}% over the last 4 weeks",
            )
        )
    if fc.history_days[i] == 0:
        out.append((1.0, "no sales history to forecast from"))
    elif fc.history_days[i] < 28:
        out.append((1.0, f"only {_days(float(fc.history_days[i]))} of sales history"))
    elif fc.intermittent[i]:
        out.append(
            (0.8, f"irregular seller: no sales on {round(100 * float(fc.zero_share[i]))}% of days")
        )
    if v.anomaly[i] >= ANOMALY_NOTICE:
        out.append(
            (
                2.0 + 4 * (float(v.anomaly[i]) - ANOMALY_NOTICE),
                "demand and supply unlike history "
                f"(more unusual than {100 * float(v.anomaly[i]):.1f}% of rows)",
            )
        )
    return out


def factors(v: RowView, top: int = 3) -> list[str]:
    """The ``top`` heaviest factors of row ``v.i``, heaviest first."""
    found = _supply_factors(v) + _demand_factors(v)
    if not found:
        cover = float(v.cov.days_of_cover[v.i])
        receipt = float(v.cov.next_receipt_day[v.i])
        text = f"{_days(cover)} of cover" if cover < 365 else "no recent demand"
        if np.isfinite(receipt):
            text += f", next receipt in {_days(receipt)}"
        found.append((0.0, text))
    found.sort(key=lambda pair: -pair[0])
    return [text for _w, text in found[:top]]
