"""Vendor scorecard from the commitment history of order lines.

A pure function over ``CommitmentHistoryRow`` records: the store keeps the history, this
module only computes. Figures are per order (an order is late when any of its lines came
after the promise, and its delay is that of its latest line), because that is how buyers
talk about vendors ("7 of its last 10 orders late").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Revision(_Model):
    """One revised promise: the new date, who said it and when."""

    promised: dt.date
    qty: float | None = None
    source: Literal["email", "portal", "scan", "api"] = "email"
    recorded_at: dt.datetime


class CommitmentHistoryRow(_Model):
    """What was promised and what happened for one purchase order line."""

    vendor_id: int
    vendor_name: str = ""
    po_id: int
    po_name: str = ""
    line_id: int
    product_id: int | None = None
    ordered_at: dt.datetime
    ordered_qty: float = Field(gt=0)
    original_promise: dt.date
    revisions: list[Revision] = Field(default_factory=list)
    acknowledged_at: dt.datetime | None = None
    received_on: dt.date | None = None
    received_qty: float | None = None
    receipts: int = Field(default=0, ge=0)

    @property
    def last_promise(self) -> dt.date:
        """The latest revision's date, or the original promise."""
        if not self.revisions:
            return self.original_promise
        return max(self.revisions, key=lambda r: r.recorded_at).promised

    @property
    def partial(self) -> bool:
        """Delivered in more than one receipt or short."""
        short = self.received_qty is not None and self.received_qty < self.ordered_qty
        return self.receipts > 1 or short


class VendorScore(_Model):
    """A vendor's delivery record.

    ``late_share`` and ``avg_delay_late_days`` are what ``RiskInputs.vendor_late_share``
    and ``vendor_avg_delay_days`` expect.
    """

    vendor_id: int
    vendor_name: str = ""
    orders: int
    delivered: int
    late: int
    on_time_first_promise: float | None = None
    on_time_last_revision: float | None = None
    average_delay_days: float | None = None
    avg_delay_late_days: float | None = None
    late_share: float | None = None
    partial_share: float | None = None
    avg_ack_days: float | None = None
    revisions_per_order: float = 0.0


def _share(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def vendor_scorecard(
    history: Sequence[CommitmentHistoryRow], last: int | None = None
) -> VendorScore:
    """Score one vendor from its lines' commitment history.

    Args:
        history: lines of one vendor.
        last: only the ``last`` most recent orders (by order date) count.

    Raises:
        ValueError: when the history is empty or mixes vendors.
    """
    if not history:
        raise ValueError("a scorecard needs at least one order line")
    vendors = {h.vendor_id for h in history}
    if len(vendors) > 1:
        raise ValueError(f"history mixes vendors {sorted(vendors)}; score them one by one")
    orders: dict[int, list[CommitmentHistoryRow]] = defaultdict(list)
    for h in history:
        orders[h.po_id].append(h)
    chosen = sorted(orders.values(), key=lambda ls: min(x.ordered_at for x in ls), reverse=True)
    if last is not None:
        chosen = chosen[:last]
    delivered = [ls for ls in chosen if all(x.received_on is not None for x in ls)]
    delays_first: list[float] = []
    on_time_last = 0
    for ls in delivered:
        delays_first.append(max((x.received_on - x.original_promise).days for x in ls))  # type: ignore[operator]
        on_time_last += all(x.received_on <= x.last_promise for x in ls)  # type: ignore[operator]
    late = [d for d in delays_first if d > 0]
    acks = [
        (x.acknowledged_at - x.ordered_at).total_seconds() / 86400
        for ls in chosen
        for x in ls[:1]
        if x.acknowledged_at is not None
    ]
    first = history[0]
    return VendorScore(
        vendor_id=first.vendor_id,
        vendor_name=first.vendor_name,
        orders=len(chosen),
        delivered=len(delivered),
        late=len(late),
        on_time_first_promise=_share(len(delivered) - len(late), len(delivered)),
        on_time_last_revision=_share(on_time_last, len(delivered)),
        average_delay_days=_mean([max(d, 0.0) for d in delays_first]),
        avg_delay_late_days=_mean(late),
        late_share=_share(len(late), len(delivered)),
        partial_share=_share(sum(any(x.partial for x in ls) for ls in delivered), len(delivered)),
        avg_ack_days=_mean(acks),
        revisions_per_order=round(
            sum(len(x.revisions) for ls in chosen for x in ls) / len(chosen), 2
        ),
    )


def describe_scorecard(score: VendorScore) -> str:
    """One sentence a recommendation can quote."""
    if not score.delivered:
        return f"this vendor has no delivered orders yet ({score.orders} open)"
    n = score.delivered
    noun = "order" if n == 1 else "orders"
    if not score.late:
        return f"this vendor delivered all of its last {n} {noun} on time"
    days = round(score.avg_delay_late_days or 0)
    unit = "day" if days == 1 else "days"
    return (
        f"this vendor delivered {score.late} of its last {n} {noun} late, "
        f"by {days} {unit} on average"
    )
