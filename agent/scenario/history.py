"""Six months of closed purchase orders per vendor: the scenario's delivery record.

The bundled scenario's 25 orders are all open, so a vendor scorecard would have nothing to
score. This module generates, from a seeded generator, about half a year of orders that
came and went before the scenario's day: each vendor orders on its own rhythm from its
price list, and delivers with its own habits (share of late orders and typical delay,
partial shipments, how fast it acknowledges, whether it announces a delay so the buyer
moves the planned date). The history only adds records; it changes no fact of the story.

``VENDOR_PROFILES`` is the behaviour each vendor is drawn from. Terra Garden Supply is the
chronically late vendor: 7 of its last 10 orders came late, by 6 days on average
(``TERRA_LAST_10``), which the recommendation for its delayed ``P00233`` quotes.

History orders take the ids just below the open ones (``P00231``), oldest first, with line
ids ``order id x 10 + n`` as everywhere in the scenario.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

import numpy as np

from agent.odoo.records import LineHistory
from agent.scenario.data import parties
from agent.scenario.data.catalog import PRODUCTS, SUPPLY, ProductPlan, SupplyPlan

SEED = 20261126_7
HISTORY_DAYS = 182
FIRST_OPEN_ORDER_ID = 231
ORDER_HOUR = 9
PLANNED_HOUR = 10
CLOSED_MARGIN_DAYS = 22
"""An order is only generated when it was placed this long plus its lead time before today."""


class VendorProfile(NamedTuple):
    """How one vendor behaves.

    Attributes:
        cadence: days between two orders (mean; each gap varies by up to two days).
        late_share: probability that an order arrives after its promised date.
        mean_delay: mean delay in days of a late order.
        partial_share: probability that an order arrives short or in two receipts.
        ack_hours: mean hours until the vendor acknowledges an order.
        no_ack_share: probability that an order is never acknowledged in Odoo.
        announce_share: probability that a late vendor announces the delay beforehand
            (the buyer then moves the line's planned date in Odoo).
    """

    cadence: int
    late_share: float
    mean_delay: float
    partial_share: float
    ack_hours: float
    no_ack_share: float
    announce_share: float


VENDOR_PROFILES: dict[int, VendorProfile] = {
    11: VendorProfile(8, 0.25, 3.0, 0.10, 10.0, 0.05, 0.6),  # Acme: average
    12: VendorProfile(9, 0.40, 4.0, 0.15, 40.0, 0.25, 0.3),  # Nordic: slow to answer
    13: VendorProfile(8, 0.10, 2.0, 0.05, 6.0, 0.02, 0.8),  # Sparkle: reliable
    14: VendorProfile(7, 0.30, 3.0, 0.40, 12.0, 0.05, 0.5),  # Pacific: ships partials
    15: VendorProfile(6, 0.08, 2.0, 0.05, 4.0, 0.00, 0.9),  # Green Valley: reliable, fast
    16: VendorProfile(9, 0.25, 3.0, 0.20, 30.0, 0.10, 0.5),  # Duval: average
    17: VendorProfile(10, 0.30, 5.0, 0.15, 20.0, 0.05, 0.7),  # Gartenwerk: late, announces
    18: VendorProfile(7, 0.60, 6.0, 0.15, 16.0, 0.10, 0.3),  # Terra: chronically late
}

TERRA_ID = 18
TERRA_LAST_10 = (7, 6)
"""Terra's last 10 orders: (how many came late, their mean delay in days)."""
_TERRA_DELAYS = (4, 5, 6, 6, 7, 7, 7)


class _Order(NamedTuple):
    vendor_id: int
    warehouse_id: int
    ordered: dt.datetime
    lines: list[tuple[SupplyPlan, float]]


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)


def _quantity(product: ProductPlan, supply: SupplyPlan, warehouse_id: int) -> float:
    """Two weeks of the warehouse's demand, in tens, at least the vendor's minimum."""
    mean = product.mean_wh if warehouse_id == 1 else product.mean_nrth
    qty = float(np.ceil(mean * 14 / 10) * 10) if product.pattern != "intermittent" else 6.0
    return max(qty, supply.min_qty)


def _orders(today: dt.date, rng: np.random.Generator) -> list[_Order]:
    """Order skeletons of every vendor: date, warehouse and lines, oldest first."""
    products = {p.id: p for p in PRODUCTS}
    start = today - dt.timedelta(days=HISTORY_DAYS)
    out: list[_Order] = []
    for vendor_id, profile in VENDOR_PROFILES.items():
        offers = [s for s in SUPPLY if s.vendor_id == vendor_id]
        day = start + dt.timedelta(days=int(rng.integers(0, profile.cadence)))
        while True:
            k = min(len(offers), 1 + int(rng.integers(0, 3)))
            chosen = [offers[i] for i in sorted(rng.choice(len(offers), k, replace=False))]
            lead = max(s.delay_days for s in chosen)
            if day + dt.timedelta(days=lead + CLOSED_MARGIN_DAYS) >= today:
                break
            warehouse_id = 1 if rng.random() < 0.7 else 2
            lines = [(s, _quantity(products[s.product_id], s, warehouse_id)) for s in chosen]
            minute = int(rng.integers(0, 180))
            ordered = _at(day, ORDER_HOUR) + dt.timedelta(minutes=minute)
            out.append(_Order(vendor_id, warehouse_id, ordered, lines))
            day += dt.timedelta(days=profile.cadence + int(rng.integers(-2, 3)))
    return sorted(out, key=lambda o: (o.ordered, o.vendor_id))


def _delays(orders: list[_Order], rng: np.random.Generator) -> list[int]:
    """Days each order's last receipt came after its promise (0 or less: on time)."""
    out = []
    for order in orders:
        profile = VENDOR_PROFILES[order.vendor_id]
        if rng.random() < profile.late_share:
            out.append(int(min(1 + rng.poisson(profile.mean_delay - 1), 18)))
        else:
            out.append(int(rng.choice([-2, -1, 0, 0, 0, 0])))
    terra = [i for i, o in enumerate(orders) if o.vendor_id == TERRA_ID][-10:]
    late = set(rng.choice(len(terra), TERRA_LAST_10[0], replace=False).tolist())
    delays = iter(rng.permutation(_TERRA_DELAYS).tolist())
    for n, i in enumerate(terra):
        out[i] = int(next(delays)) if n in late else int(rng.choice([-1, 0, 0]))
    return out


def _lines(po_id: int, order: _Order, delay: int, rng: np.random.Generator) -> list[LineHistory]:
    profile = VENDOR_PROFILES[order.vendor_id]
    vendor = next(v for v in parties.VENDORS if v.id == order.vendor_id)
    lead = max(s.delay_days for s, _ in order.lines)
    promised = order.ordered.date() + dt.timedelta(days=lead)
    final = promised + dt.timedelta(days=delay)
    announced = delay > 0 and rng.random() < profile.announce_share
    changed_at = None
    if announced:
        notice = int(rng.integers(1, max(2, lead // 2)))
        changed_at = _at(promised - dt.timedelta(days=notice), 15)
    ack = None
    if rng.random() >= profile.no_ack_share:
        ack = order.ordered + dt.timedelta(hours=float(rng.exponential(profile.ack_hours)) + 0.5)
    partial_line = -1
    if rng.random() < profile.partial_share:
        partial_line = int(rng.integers(0, len(order.lines)))
    out = []
    for n, (supply, qty) in enumerate(order.lines, start=1):
        received, dates = qty, [final]
        if n - 1 == partial_line:
            if delay > 0:
                first = promised + dt.timedelta(days=min(0, int(rng.integers(-2, 1))))
                dates = [first, final]
            else:
                received = float(np.floor(qty * rng.uniform(0.6, 0.95)))
        out.append(
            LineHistory(
                vendor_id=vendor.id,
                vendor_name=vendor.name,
                po_id=po_id,
                po_name=f"P{po_id:05d}",
                line_id=po_id * 10 + n,
                product_id=supply.product_id,
                warehouse_id=order.warehouse_id,
                state="done",
                ordered_at=order.ordered,
                ordered_qty=qty,
                date_planned=final if announced else promised,
                first_date_planned=promised,
                date_planned_changed_at=changed_at,
                acknowledged_at=ack,
                received_qty=received,
                receipt_dates=dates,
            )
        )
    return out


@functools.cache
def closed_line_history(today: dt.date) -> tuple[LineHistory, ...]:
    """Every line of the generated closed orders before ``today``, oldest order first."""
    rng = np.random.default_rng(SEED)
    orders = _orders(today, rng)
    if len(orders) >= FIRST_OPEN_ORDER_ID:
        raise ValueError(f"{len(orders)} history orders do not fit below the open orders")
    delays = _delays(orders, rng)
    first_id = FIRST_OPEN_ORDER_ID - len(orders)
    out: list[LineHistory] = []
    for n, (order, delay) in enumerate(zip(orders, delays, strict=True)):
        out.extend(_lines(first_id + n, order, delay, rng))
    return tuple(out)
