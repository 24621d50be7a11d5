"""Day-by-day inventory simulation under a periodic order-up-to policy.

Every series gets a vendor lead time, a review period and a planner's safety factor; every
vendor a share of late orders and a typical delay. Each day: receipts arrive (at their
actual date, which may be after the planned one), some vendors announce a delay (the
planned date moves, as a commitment from an email would move it), a snapshot of what a
planner could know is handed to ``on_day``, demand is served from stock (unserved demand
is lost and marks a stockout), and the series due for review order up to
``mean x (L + R) + z x sd x sqrt(L + R)`` from their last 28 days.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from agent.risk.arrays import HISTORY_DAYS, MAX_RECEIPTS, NO_RECEIPT, RiskArrays

NEVER = 1 << 30


@dataclass(frozen=True)
class PolicySpec:
    """Knobs of the replenishment policy and of vendor behaviour."""

    horizon: int = 14
    slots: int = 6
    n_vendors: int = 30
    announce_share: float = 0.5
    min_lead: int = 2
    max_lead: int = 21


OnDay = Callable[[int, np.ndarray, RiskArrays], None]
"""Called with the day, the row indices (series) and the snapshot of those rows."""


@dataclass
class _Pipeline:
    qty: np.ndarray
    planned: np.ndarray
    original: np.ndarray
    actual: np.ndarray
    announce: np.ndarray


def _receipts(p: _Pipeline, rows: np.ndarray, t: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sorted receipt days and quantities of ``rows`` plus the known delay of the next one."""
    qty = p.qty[rows]
    open_ = qty > 0
    planned = np.where(open_, p.planned[rows], NEVER)
    order = np.argsort(planned, axis=1, kind="stable")
    planned = np.take_along_axis(planned, order, axis=1)
    qty = np.take_along_axis(qty, order, axis=1)
    original = np.take_along_axis(p.original[rows], order, axis=1)
    days = np.where(planned < NEVER, np.maximum(planned - t, 0), NO_RECEIPT).astype(np.float32)
    q = qty[:, :MAX_RECEIPTS].copy()
    q[:, -1] += qty[:, MAX_RECEIPTS:].sum(axis=1)
    first_open = planned[:, 0] < NEVER
    delay = np.where(first_open, np.maximum(planned[:, 0], t) - original[:, 0], 0)
    return days[:, :MAX_RECEIPTS], q.astype(np.float32), delay.astype(np.float32)


def simulate(
    demand: np.ndarray, seed: int, spec: PolicySpec | None = None, on_day: OnDay | None = None
) -> np.ndarray:
    """Run the policy over ``demand`` (``(n, T)``, NaN before launch).

    Args:
        demand: daily demand per series.
        seed: seed of lead times, vendor behaviour and policy parameters.
        spec: policy knobs.
        on_day: receives the snapshot of launched series on each day from
            ``HISTORY_DAYS`` to ``T - horizon``, after the day's receipts and before its sales.

    Returns:
        ``(n, T)`` bool: demand went unserved on that day.
    """
    spec = spec or PolicySpec()
    rng = np.random.default_rng(seed)
    n, days = int(demand.shape[0]), int(demand.shape[1])
    lead = rng.integers(spec.min_lead, spec.max_lead + 1, n)
    review = rng.integers(3, 15, n)
    offset = rng.integers(0, 14, n)
    z = rng.uniform(0.3, 2.5, n)
    vendor = rng.integers(0, spec.n_vendors, n)
    v_late = rng.beta(1.2, 2.5, spec.n_vendors)
    v_delay = rng.uniform(1.0, 12.0, spec.n_vendors)
    received = np.zeros(spec.n_vendors)
    late_count = np.zeros(spec.n_vendors)
    delay_sum = np.zeros(spec.n_vendors)

    shape = (n, spec.slots)
    p = _Pipeline(
        np.zeros(shape),
        np.zeros(shape, np.int64),
        np.zeros(shape, np.int64),
        np.full(shape, NEVER, np.int64),
        np.full(shape, NEVER, np.int64),
    )
    filled = np.nan_to_num(demand, nan=0.0)
    first = np.where(np.isnan(demand).all(axis=1), days, np.argmax(~np.isnan(demand), axis=1))
    start_mean = np.array(
        [filled[i, f : f + 28].mean() if f < days else 0.0 for i, f in enumerate(first)]
    )
    inv = np.ceil(start_mean * (lead + review) * 1.2)
    stockout = np.zeros((n, days), dtype=bool)
    all_rows = np.arange(n)

    for t in range(days):
        arrive = (p.qty > 0) & (p.actual == t)
        if arrive.any():
            inv += (p.qty * arrive).sum(axis=1)
            r, c = np.nonzero(arrive)
            lateness = p.actual[r, c] - p.original[r, c]
            np.add.at(received, vendor[r], 1)
            np.add.at(late_count, vendor[r], lateness > 0)
            np.add.at(delay_sum, vendor[r], np.maximum(lateness, 0))
            p.qty[arrive] = 0
        told = (p.qty > 0) & (p.announce == t)
        p.planned[told] = p.actual[told]

        if on_day is not None and HISTORY_DAYS <= t < days - spec.horizon:
            rows = all_rows[first < t]
            r_day, r_qty, r_delay = _receipts(p, rows, t)
            v = vendor[rows]
            on_day(
                t,
                rows,
                RiskArrays(
                    demand=demand[rows, t - HISTORY_DAYS : t],
                    available=inv[rows].astype(np.float32),
                    receipt_day=r_day,
                    receipt_qty=r_qty,
                    lead_time=lead[rows].astype(np.float32),
                    late_share=((late_count[v] + 1) / (received[v] + 4)).astype(np.float32),
                    avg_delay=((delay_sum[v] + 3) / (late_count[v] + 1)).astype(np.float32),
                    receipt_delay=r_delay,
                    horizon=spec.horizon,
                ),
            )

        d = filled[:, t]
        stockout[:, t] = d > inv + 1e-9
        inv -= np.minimum(inv, d)

        due = ((t - offset) % review == 0) & (first <= t - 7)
        if due.any():
            _order(
                p,
                rng,
                t,
                due,
                filled[:, max(0, t - 27) : t + 1],
                inv,
                lead,
                review,
                z,
                vendor,
                v_late,
                v_delay,
                spec,
            )
    return stockout


def _order(
    p: _Pipeline,
    rng: np.random.Generator,
    t: int,
    due: np.ndarray,
    recent: np.ndarray,
    inv: np.ndarray,
    lead: np.ndarray,
    review: np.ndarray,
    z: np.ndarray,
    vendor: np.ndarray,
    v_late: np.ndarray,
    v_delay: np.ndarray,
    spec: PolicySpec,
) -> None:
    cover = lead + review
    target = recent.mean(axis=1) * cover + z * recent.std(axis=1) * np.sqrt(cover)
    position = inv + p.qty.sum(axis=1)
    qty = np.ceil(np.maximum(target - position, 0))
    free = p.qty == 0
    rows = np.nonzero(due & (qty > 0) & free.any(axis=1))[0]
    if not len(rows):
        return
    col = np.argmax(free[rows], axis=1)
    k = len(rows)
    v = vendor[rows]
    late = rng.random(k) < v_late[v]
    delay = np.where(late, 1 + rng.poisson(np.maximum(v_delay[v] - 1, 0)), 0)
    noise = rng.choice([-1, 0, 0, 0, 0, 1], k)
    planned = t + lead[rows]
    actual = np.maximum(planned + delay + np.where(late, 0, noise), t + 1)
    told = late & (rng.random(k) < spec.announce_share)
    announce = np.where(told, t + 1 + (rng.random(k) * lead[rows]).astype(np.int64), NEVER)
    p.qty[rows, col] = qty[rows]
    p.planned[rows, col] = planned
    p.original[rows, col] = planned
    p.actual[rows, col] = actual
    p.announce[rows, col] = announce
