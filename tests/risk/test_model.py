from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest

from agent.models import RiskLevel
from agent.risk.base import RiskModel
from agent.risk.explain import spike
from agent.risk.model import StockoutRiskModel
from tests.risk.conftest import TODAY, inputs, make_arrays, steady


def test_implements_the_protocol(model: StockoutRiskModel) -> None:
    assert isinstance(model, RiskModel)
    assert model.version.startswith("stockout-")


def test_spike_is_explained_with_its_start_day(model: StockoutRiskModel) -> None:
    daily = [5.0] * 86 + [12.0, 13.0, 11.0, 12.0, 12.0]  # spike began 5 days ago (Friday)
    [a] = model.assess([inputs(daily, on_hand=200)])
    assert any(
        re.fullmatch(r"demand 2\.\dx its 28-day average since Friday", f) for f in a.factors
    ), a.factors


def test_late_date_after_cover_is_explained(model: StockoutRiskModel) -> None:
    row = inputs(list(steady(10.0)), on_hand=40, incoming=[(12, 300)], receipt_delay=9)
    [a] = model.assess([row])
    assert a.next_receipt_date == TODAY + dt.timedelta(days=12)
    assert a.stockout_date is not None
    assert TODAY + dt.timedelta(days=3) <= a.stockout_date <= TODAY + dt.timedelta(days=4)
    gap = (a.next_receipt_date - a.stockout_date).days
    assert a.factors[0] == f"new date is {gap} days after cover runs out"
    assert a.level in (RiskLevel.HIGH, RiskLevel.CRITICAL)
    assert a.lost_sales_value == pytest.approx(a.units_short * 10.0, abs=0.5)
    assert a.units_short > 30
    assert len(a.factors) <= 3


def test_batch_keeps_order_and_mixed_horizons(model: StockoutRiskModel) -> None:
    rows = [
        inputs(list(steady(10.0)), on_hand=30, product_id=1),
        inputs(list(steady(10.0)), on_hand=5000, product_id=2),
        inputs(list(steady(10.0)), on_hand=30, product_id=3).model_copy(update={"horizon_days": 7}),
    ]
    out = model.assess(rows)
    assert [a.product_id for a in out] == [1, 2, 3]
    assert out[0].probability > 0.9 > 0.05 > out[1].probability
    assert out[1].level is RiskLevel.LOW
    assert all(a.model_version == model.version for a in out)


def test_row_without_history_or_receipts_is_low_and_says_why(model: StockoutRiskModel) -> None:
    row = inputs([], on_hand=3, lead=None)
    [a] = model.assess([row.model_copy(update={"demand": None})])
    assert a.level is RiskLevel.LOW
    assert "no sales history to forecast from" in a.factors
    assert a.days_of_cover is None


def test_score_arrays_matches_assess_and_chunks(model: StockoutRiskModel) -> None:
    history = np.vstack([steady(10.0, seed=s) for s in range(50)])
    arr = make_arrays(history, np.linspace(0, 300, 50).tolist(), [(6, 100.0)])
    whole = model.score_arrays(arr)
    chunked = StockoutRiskModel(model.anomaly, model.combiner, chunk_rows=7).score_arrays(arr)
    assert np.allclose(whole.probability, chunked.probability)
    assert whole.probability[0] > whole.probability[-1]
    assert set(np.unique(whole.level)) <= {0, 1, 2, 3}


def test_spike_detector() -> None:
    base = np.full(91, 4.0, np.float32)
    assert spike(base) is None
    base[-3:] = 12.0
    ratio, ago = spike(base)  # type: ignore[misc]
    assert ago == 3 and ratio == pytest.approx(3.0)
