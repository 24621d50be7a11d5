from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from agent.odoo.records import DemandSeries, IncomingLine, Product, StockPosition, Warehouse
from agent.risk.arrays import HISTORY_DAYS, MAX_RECEIPTS, NO_RECEIPT, RiskArrays
from agent.risk.base import RiskInputs
from agent.risk.model import StockoutRiskModel

TODAY = dt.date(2024, 11, 20)  # a Wednesday


@pytest.fixture(scope="session")
def model() -> StockoutRiskModel:
    return StockoutRiskModel.load_default()


def make_arrays(
    demand: np.ndarray,
    available: float | list[float],
    receipts: list[tuple[float, float]] | None = None,
    *,
    lead: float = 7.0,
    late_share: float = 0.0,
    avg_delay: float = 0.0,
    horizon: int = 14,
) -> RiskArrays:
    demand = np.atleast_2d(np.asarray(demand, dtype=np.float32))
    n = demand.shape[0]
    days = np.full((n, MAX_RECEIPTS), NO_RECEIPT, np.float32)
    qty = np.zeros((n, MAX_RECEIPTS), np.float32)
    for k, (d, q) in enumerate(sorted(receipts or [])):
        days[:, k], qty[:, k] = d, q
    return RiskArrays(
        demand=demand,
        available=np.broadcast_to(np.asarray(available, np.float32), (n,)).copy(),
        receipt_day=days,
        receipt_qty=qty,
        lead_time=np.full(n, lead, np.float32),
        late_share=np.full(n, late_share, np.float32),
        avg_delay=np.full(n, avg_delay, np.float32),
        receipt_delay=np.zeros(n, np.float32),
        horizon=horizon,
    )


def steady(level: float = 10.0, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).poisson(level, HISTORY_DAYS).astype(np.float32)


def inputs(
    daily: list[float],
    on_hand: float,
    incoming: list[tuple[int, float]] = (),  # type: ignore[assignment]
    *,
    product_id: int = 1,
    list_price: float = 10.0,
    receipt_delay: float = 0.0,
    late_share: float | None = None,
    avg_delay: float | None = None,
    lead: int | None = 7,
) -> RiskInputs:
    lines = [
        IncomingLine(
            product_id=product_id,
            warehouse_id=1,
            po_id=100 + i,
            po_name=f"P{100 + i:05d}",
            line_id=1000 + i,
            qty=q,
            date_planned=TODAY + dt.timedelta(days=d),
            vendor_id=7,
        )
        for i, (d, q) in enumerate(incoming)
    ]
    return RiskInputs(
        product=Product(
            id=product_id,
            default_code=f"P{product_id}",
            name=f"Item {product_id}",
            list_price=list_price,
        ),
        warehouse=Warehouse(id=1, name="Main", code="WH"),
        position=StockPosition(product_id=product_id, warehouse_id=1, on_hand=on_hand),
        incoming=lines,
        demand=DemandSeries(
            product_id=product_id, warehouse_id=1, end=TODAY - dt.timedelta(days=1), daily=daily
        ),
        lead_time_days=lead,
        vendor_late_share=late_share,
        vendor_avg_delay_days=avg_delay,
        receipt_delay_days=receipt_delay,
        today=TODAY,
    )
