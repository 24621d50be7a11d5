from __future__ import annotations

import numpy as np
import pytest

from agent.risk.arrays import HISTORY_DAYS
from agent.risk.forecast import forecast
from tests.risk.conftest import steady


def test_steady_demand_forecasts_its_level() -> None:
    fc = forecast(steady(10.0)[None, :], 28)
    assert fc.daily.shape == (1, 28)
    assert fc.daily.mean() == pytest.approx(10.0, rel=0.15)
    assert fc.sigma[0] >= np.sqrt(fc.daily.mean()) * 0.9  # at least Poisson spread
    assert not fc.intermittent[0]


def test_weekly_pattern_follows_weekday_slots() -> None:
    # Slot of history position p is p % 7 and of forecast day j is j % 7 (91 = 13 weeks).
    pattern = np.array([5, 5, 5, 5, 5, 20, 5], dtype=np.float32)
    history = np.tile(pattern, HISTORY_DAYS // 7)
    fc = forecast(history[None, :], 14)
    peak, normal = fc.daily[0, 5], fc.daily[0, 0]
    assert peak > 2.5 * normal
    assert fc.daily[0, 12] == pytest.approx(peak, rel=0.01)  # next week's same weekday


def test_trend_lifts_the_forecast_above_the_recent_mean() -> None:
    history = np.linspace(5, 30, HISTORY_DAYS).astype(np.float32)
    fc = forecast(history[None, :], 14)
    assert fc.trend28[0] > 0.2
    assert fc.daily[0].mean() > fc.mean28[0]


def test_intermittent_seller_uses_croston_sba() -> None:
    history = np.zeros(HISTORY_DAYS, np.float32)
    history[::10] = 4.0  # a sale of 4 every tenth day: 0.4 a day
    fc = forecast(history[None, :], 14)
    assert fc.intermittent[0]
    assert fc.daily[0].mean() == pytest.approx(0.4 * 0.95, rel=0.3)


def test_new_item_and_empty_history_do_not_warn() -> None:
    history = np.full((2, HISTORY_DAYS), np.nan, np.float32)
    history[1, -10:] = 6.0
    fc = forecast(history, 14)
    assert fc.daily[0].sum() == 0
    assert fc.history_days.tolist() == [0, 10]
    assert fc.daily[1].mean() == pytest.approx(6.0, rel=0.2)
    assert fc.level_se[1] > fc.level_se[0]


def test_wrong_history_length_is_refused() -> None:
    with pytest.raises(ValueError, match="columns"):
        forecast(np.zeros((1, 30), np.float32), 14)
