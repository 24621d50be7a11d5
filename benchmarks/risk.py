"""Stockout-risk benchmark: scoring and training speed on one core, and peak memory.

Prints one JSON object per figure:
``score_seconds_1m_rows`` (score 1,000,000 product x warehouse rows), ``train_seconds_1m_rows``
(simulate, fit the anomaly model and the combiner on 1,000,000 snapshot rows) and
``peak_memory_mb`` (maximum resident set size of the process). ``--quick`` uses 200,000
rows and scales the seconds to a million. Seconds are CPU seconds of the process, pinned
to one core with one BLAS thread (wall seconds are printed beside them), so that other
work on a shared machine does not inflate them.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.risk.arrays import HISTORY_DAYS, MAX_RECEIPTS, RiskArrays
from agent.risk.model import StockoutRiskModel
from agent.risk.synthetic import generate_demand
from agent.risk.training import train

TARGETS = {"score_seconds_1m_rows": 5.0, "train_seconds_1m_rows": 60.0, "peak_memory_mb": 2000.0}


def _emit(metric: str, value: float, unit: str, wall: float | None = None) -> None:
    target = TARGETS[metric]
    row = {
        "bench": "risk",
        "metric": metric,
        "value": round(value, 3),
        "unit": unit,
        "baseline": target,
        "ratio": round(value / target, 3),
    }
    if wall is not None:
        row["wall_seconds"] = round(wall, 3)
    print(json.dumps(row))


class _Clock:
    """CPU seconds of this single-threaded process (robust on a shared machine) and wall time."""

    def __enter__(self) -> _Clock:
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cpu = time.process_time() - self.cpu
        self.wall = time.perf_counter() - self.wall


def _rows(n: int, seed: int = 0) -> RiskArrays:
    """``n`` rows drawn from 5,000 synthetic series with random stock and receipts."""
    rng = np.random.default_rng(seed)
    base = generate_demand(5000, HISTORY_DAYS, seed)
    demand = base[rng.integers(0, len(base), n)]
    days = np.sort(rng.uniform(0, 40, (n, MAX_RECEIPTS)), axis=1).astype(np.float32)
    return RiskArrays(
        demand=demand,
        available=rng.uniform(0, 200, n).astype(np.float32),
        receipt_day=days,
        receipt_qty=rng.uniform(0, 100, (n, MAX_RECEIPTS)).astype(np.float32),
        lead_time=rng.integers(2, 22, n).astype(np.float32),
        late_share=rng.uniform(0, 0.6, n).astype(np.float32),
        avg_delay=rng.uniform(0, 10, n).astype(np.float32),
        receipt_delay=np.zeros(n, np.float32),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="200,000 rows, scaled to 1M")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    n = 200_000 if args.quick else 1_000_000
    scale = 1_000_000 / n

    model = StockoutRiskModel.load_default()
    arr = _rows(n)
    model.score_arrays(arr.take(0, 1000))  # warm up imports and first-call paths
    with _Clock() as clock:
        scores = model.score_arrays(arr)
    _emit("score_seconds_1m_rows", clock.cpu * scale, "s", clock.wall * scale)
    assert len(scores.probability) == n
    del arr, scores

    with tempfile.TemporaryDirectory() as tmp:
        with _Clock() as clock:
            train(n, Path(tmp))
        _emit("train_seconds_1m_rows", clock.cpu * scale, "s", clock.wall * scale)

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _emit("peak_memory_mb", peak_kb / 1024, "MB")


if __name__ == "__main__":
    main()
