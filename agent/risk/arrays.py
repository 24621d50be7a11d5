"""The array form of risk inputs: what the vectorised forecast, coverage and features read.

``assess`` converts pydantic rows into one ``RiskArrays``; the backtest, the training and
the benchmark build ``RiskArrays`` directly, so a million rows never become a million
pydantic objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from agent.risk.base import RiskInputs

HISTORY_DAYS = 91
"""Days of demand history the model reads (13 whole weeks)."""

MAX_RECEIPTS = 4
"""Receipts per row the coverage model follows; later ones are merged into the fourth."""

NO_RECEIPT = 10_000.0
"""Day offset standing for "no receipt planned"."""


@dataclass(frozen=True)
class RiskArrays:
    """Inputs of ``n`` product x warehouse rows as numpy arrays.

    Attributes:
        demand: ``(n, HISTORY_DAYS)`` daily demand, oldest first, ending the day before
            today; ``NaN`` where the item did not exist yet.
        available: ``(n,)`` stock free for new demand at the start of today.
        receipt_day: ``(n, MAX_RECEIPTS)`` days from today to each planned receipt, sorted,
            ``NO_RECEIPT`` when absent; a receipt on day ``r`` serves demand of day ``r``.
        receipt_qty: ``(n, MAX_RECEIPTS)`` quantities of those receipts.
        lead_time: ``(n,)`` vendor lead time in days.
        late_share: ``(n,)`` share of the vendor's past orders that came late.
        avg_delay: ``(n,)`` average delay in days of the vendor's late orders.
        receipt_delay: ``(n,)`` days the next receipt has already slipped (announced).
        horizon: days ahead the risk is assessed for.
    """

    demand: np.ndarray
    available: np.ndarray
    receipt_day: np.ndarray
    receipt_qty: np.ndarray
    lead_time: np.ndarray
    late_share: np.ndarray
    avg_delay: np.ndarray
    receipt_delay: np.ndarray
    horizon: int = 14

    @property
    def n(self) -> int:
        """Number of rows."""
        return int(self.available.shape[0])

    def take(self, start: int, stop: int) -> RiskArrays:
        """Rows ``start:stop`` as views (for chunked scoring)."""
        return RiskArrays(
            demand=self.demand[start:stop],
            available=self.available[start:stop],
            receipt_day=self.receipt_day[start:stop],
            receipt_qty=self.receipt_qty[start:stop],
            lead_time=self.lead_time[start:stop],
            late_share=self.late_share[start:stop],
            avg_delay=self.avg_delay[start:stop],
            receipt_delay=self.receipt_delay[start:stop],
            horizon=self.horizon,
        )


def _history(row: RiskInputs) -> np.ndarray:
    """The last ``HISTORY_DAYS`` days before today, NaN-padded on the left."""
    out = np.full(HISTORY_DAYS, np.nan, dtype=np.float32)
    if row.demand is None or not row.demand.daily:
        return out
    daily = np.asarray(row.demand.daily, dtype=np.float32)
    # Drop days at or after today: today's sales are not complete yet.
    cut = (row.demand.end - row.today).days + 1
    if cut > 0:
        daily = daily[:-cut] if cut < len(daily) else daily[:0]
    # Days between the series end and yesterday had no recorded sales.
    gap = max(0, (row.today - row.demand.end).days - 1)
    if gap:
        daily = np.concatenate([daily, np.zeros(gap, dtype=np.float32)])
    tail = np.maximum(daily[-HISTORY_DAYS:], 0)
    out[HISTORY_DAYS - len(tail) :] = tail
    return out


def _receipts(row: RiskInputs) -> tuple[np.ndarray, np.ndarray]:
    days = np.full(MAX_RECEIPTS, NO_RECEIPT, dtype=np.float32)
    qtys = np.zeros(MAX_RECEIPTS, dtype=np.float32)
    lines = sorted(
        (max(0, (line.date_planned - row.today).days), line.qty)
        for line in row.incoming
        if line.qty > 0
    )
    for i, (day, qty) in enumerate(lines):
        slot = min(i, MAX_RECEIPTS - 1)
        if i < MAX_RECEIPTS:
            days[slot] = day
        qtys[slot] += qty
    return days, qtys


def arrays_from_inputs(inputs: Sequence[RiskInputs], horizon: int | None = None) -> RiskArrays:
    """Convert pydantic rows to arrays.

    Stock free for new demand is on hand minus what is already promised to go out
    (``outgoing``, or ``reserved`` when that is larger, since reservations are part of it).
    """
    n = len(inputs)
    demand = np.full((n, HISTORY_DAYS), np.nan, dtype=np.float32)
    receipt_day = np.full((n, MAX_RECEIPTS), NO_RECEIPT, dtype=np.float32)
    receipt_qty = np.zeros((n, MAX_RECEIPTS), dtype=np.float32)
    available = np.zeros(n, dtype=np.float32)
    lead = np.zeros(n, dtype=np.float32)
    late = np.zeros(n, dtype=np.float32)
    delay = np.zeros(n, dtype=np.float32)
    slip = np.zeros(n, dtype=np.float32)
    for i, row in enumerate(inputs):
        demand[i] = _history(row)
        receipt_day[i], receipt_qty[i] = _receipts(row)
        pos = row.position
        available[i] = pos.on_hand - max(pos.reserved, pos.outgoing)
        lead[i] = row.lead_time_days if row.lead_time_days is not None else 7.0
        late[i] = row.vendor_late_share or 0.0
        delay[i] = row.vendor_avg_delay_days or 0.0
        slip[i] = row.receipt_delay_days
    h = horizon or (max(r.horizon_days for r in inputs) if inputs else 14)
    return RiskArrays(demand, available, receipt_day, receipt_qty, lead, late, delay, slip, h)


def days_to_date(today: dt.date, days: float) -> dt.date | None:
    """``today + days`` for a finite offset, else ``None``."""
    if not np.isfinite(days) or days >= NO_RECEIPT:
        return None
    return today + dt.timedelta(days=int(days))
