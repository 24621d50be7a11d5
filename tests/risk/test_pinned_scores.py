"""The shipped model's scores on a fixed input, pinned to 1e-6.

Speed work on ``agent.risk`` (vectorisation, fewer copies, float32) must not move what the
model says. ``data/pinned_scores.npz`` holds 600 rows of inputs (synthetic demand with
young and intermittent items, random stock and receipts, two horizons) and every figure
``score_arrays`` returned for them when the file was written; ``write_pinned`` rewrites it
after a deliberate change of the model (retraining, new features).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from agent.risk.arrays import HISTORY_DAYS, MAX_RECEIPTS, NO_RECEIPT, RiskArrays
from agent.risk.model import RiskScores, StockoutRiskModel
from agent.risk.synthetic import generate_demand

PINNED = Path(__file__).parent / "data" / "pinned_scores.npz"
INPUTS = (
    "demand",
    "available",
    "receipt_day",
    "receipt_qty",
    "lead_time",
    "late_share",
    "avg_delay",
    "receipt_delay",
)
HORIZONS = (14, 28)


def _inputs(n: int = 600, seed: int = 11) -> dict[str, np.ndarray]:
    """Rows as varied as the model meets: young, intermittent, with and without receipts."""
    rng = np.random.default_rng(seed)
    demand = generate_demand(n, HISTORY_DAYS, seed)
    days = np.sort(rng.uniform(0, 40, (n, MAX_RECEIPTS)), axis=1).astype(np.float32)
    days[rng.random((n, MAX_RECEIPTS)) < 0.3] = NO_RECEIPT
    days.sort(axis=1)
    return {
        "demand": demand,
        "available": rng.uniform(-5, 200, n).astype(np.float32),
        "receipt_day": days,
        "receipt_qty": rng.uniform(0, 100, (n, MAX_RECEIPTS)).astype(np.float32),
        "lead_time": rng.integers(2, 22, n).astype(np.float32),
        "late_share": rng.uniform(0, 0.6, n).astype(np.float32),
        "avg_delay": rng.uniform(0, 10, n).astype(np.float32),
        "receipt_delay": rng.integers(-2, 10, n).astype(np.float32),
    }


def _arrays(data: dict[str, np.ndarray], horizon: int) -> RiskArrays:
    return RiskArrays(**{k: data[k] for k in INPUTS}, horizon=horizon)


def write_pinned(path: Path = PINNED) -> None:
    """Score the fixed input with the model as it is now and keep both."""
    model = StockoutRiskModel.load_default()
    data = _inputs()
    out = dict(data)
    for horizon in HORIZONS:
        scores = model.score_arrays(_arrays(data, horizon))
        for name in RiskScores.__dataclass_fields__:
            out[f"h{horizon}_{name}"] = getattr(scores, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **out)


@pytest.mark.parametrize("horizon", HORIZONS)
def test_scores_match_the_pinned_figures(model: StockoutRiskModel, horizon: int) -> None:
    pinned = np.load(PINNED)
    data = {k: pinned[k] for k in INPUTS}
    assert np.isnan(data["demand"][:, 0]).any(), "the input lost its young items"
    scores = model.score_arrays(_arrays(data, horizon))
    for name in RiskScores.__dataclass_fields__:
        np.testing.assert_allclose(
            getattr(scores, name),
            pinned[f"h{horizon}_{name}"],
            rtol=1e-6,
            atol=1e-6,
            err_msg=name,
        )


def test_chunked_scoring_matches_one_pass(model: StockoutRiskModel) -> None:
    pinned = np.load(PINNED)
    arr = _arrays({k: pinned[k] for k in INPUTS}, 14)
    chunked = StockoutRiskModel(model.anomaly, model.combiner, chunk_rows=256)
    for name in RiskScores.__dataclass_fields__:
        np.testing.assert_allclose(
            getattr(chunked.score_arrays(arr), name),
            pinned[f"h14_{name}"],
            rtol=1e-6,
            atol=1e-6,
            err_msg=name,
        )
