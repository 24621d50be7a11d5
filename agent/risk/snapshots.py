"""Run the simulation and keep, for each daily snapshot row, what a handler computed.

Shared by the backtest (scores of the model and the baselines) and the training (features
for the anomaly model and the combiner). Labels come after the run: a snapshot row is
positive when its series had unserved demand on some day within the horizon.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from agent.risk.arrays import RiskArrays
from agent.risk.simulate import PolicySpec, simulate

Handler = Callable[[RiskArrays], dict[str, np.ndarray]]


@dataclass(frozen=True)
class SnapshotSet:
    """Snapshot rows of one simulation run.

    Attributes:
        day: simulation day of each row.
        series: series index of each row.
        label: stockout within the horizon from that day.
        stockout: ``(n_series, T)`` unserved-demand days (for event-based recall).
        values: what the handler returned, concatenated over days.
        horizon: the horizon of the labels.
    """

    day: np.ndarray
    series: np.ndarray
    label: np.ndarray
    stockout: np.ndarray
    values: dict[str, np.ndarray]
    horizon: int


def collect(
    demand: np.ndarray, seed: int, handler: Handler, spec: PolicySpec | None = None
) -> SnapshotSet:
    """Simulate ``demand`` and apply ``handler`` to every daily snapshot."""
    spec = spec or PolicySpec()
    days: list[np.ndarray] = []
    series: list[np.ndarray] = []
    stored: dict[str, list[np.ndarray]] = {}

    def on_day(t: int, rows: np.ndarray, arr: RiskArrays) -> None:
        days.append(np.full(len(rows), t, dtype=np.int32))
        series.append(rows.astype(np.int32))
        for key, value in handler(arr).items():
            stored.setdefault(key, []).append(value)

    stockout = simulate(demand, seed, spec, on_day)
    day = np.concatenate(days) if days else np.zeros(0, np.int32)
    ser = np.concatenate(series) if series else np.zeros(0, np.int32)
    h = spec.horizon
    cum = np.concatenate(
        [np.zeros((stockout.shape[0], 1), np.int32), np.cumsum(stockout, axis=1, dtype=np.int32)],
        axis=1,
    )
    label = (cum[ser, day + h] - cum[ser, day]) > 0
    values = {k: np.concatenate(v) for k, v in stored.items()}
    return SnapshotSet(day, ser, label, stockout, values, h)
