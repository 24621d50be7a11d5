"""The risk seam: stock, incoming and demand of product x warehouse in, assessments out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from agent.models import RiskAssessment
from agent.odoo.records import DemandSeries, IncomingLine, Product, StockPosition, Warehouse


class RiskInputs(BaseModel):
    """Everything known about one product in one warehouse on ``today``.

    ``incoming`` is already adjusted by what vendors committed to: a delay moved a receipt,
    a cancellation removed it, a partial shipment split it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    product: Product
    warehouse: Warehouse
    position: StockPosition
    incoming: list[IncomingLine] = Field(default_factory=list)
    demand: DemandSeries | None = None
    lead_time_days: int | None = None
    vendor_late_share: float | None = None
    vendor_avg_delay_days: float | None = None
    receipt_delay_days: float = 0.0
    today: dt.date
    horizon_days: int = 14


@runtime_checkable
class RiskModel(Protocol):
    """Scores stockout risk for many product x warehouse rows at once."""

    version: str

    def assess(self, inputs: Sequence[RiskInputs]) -> list[RiskAssessment]:
        """One assessment per input row, in the same order."""
        ...
