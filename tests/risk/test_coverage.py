from __future__ import annotations

from itertools import pairwise

import numpy as np

from agent.risk.coverage import coverage
from agent.risk.forecast import forecast
from tests.risk.conftest import make_arrays, steady


def _cov(arr):  # type: ignore[no-untyped-def]
    return coverage(arr, forecast(arr.demand, 28))


def test_probability_rises_with_the_receipt_delay() -> None:
    history = steady(10.0)
    probs = [_cov(make_arrays(history, 60.0, [(day, 200.0)])).p_horizon[0] for day in range(2, 14)]
    assert all(b >= a - 1e-6 for a, b in pairwise(probs))
    assert probs[0] < 0.1 and probs[-1] > 0.9


def test_probability_rises_with_vendor_lateness() -> None:
    history = steady(10.0)
    base = make_arrays(history, 60.0, [(5, 200.0)])
    late = make_arrays(history, 60.0, [(5, 200.0)], late_share=0.6, avg_delay=6)
    assert _cov(late).p_horizon[0] > _cov(base).p_horizon[0] + 0.2


def test_more_stock_means_less_risk_and_later_stockout() -> None:
    arr = make_arrays(np.vstack([steady(10.0)] * 3), [20.0, 60.0, 300.0])
    cov = _cov(arr)
    assert cov.p_horizon[0] > cov.p_horizon[1] > cov.p_horizon[2]
    assert cov.stockout_day[0] < cov.stockout_day[1]
    assert np.isinf(cov.stockout_day[2])
    assert cov.units_short[0] > cov.units_short[1] >= 0


def test_no_demand_means_no_risk() -> None:
    cov = _cov(make_arrays(np.zeros(91, np.float32), 5.0))
    assert cov.p_horizon[0] < 0.01
    assert cov.days_of_cover[0] == 365


def test_before_receipt_probability_ignores_later_receipts() -> None:
    cov = _cov(make_arrays(steady(10.0), 30.0, [(8, 500.0)]))
    assert cov.p_before_receipt[0] > 0.9
    assert cov.next_receipt_day[0] == 8
