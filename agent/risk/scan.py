"""Anomalies as exception records of their own, with no email behind them.

``anomaly_exceptions`` scores every product x warehouse (by default every product bought in
the last half year, from the vendors' line history) with a handful of batched reads, and
turns each row whose anomaly percentile reaches ``threshold`` into an ``ExceptionRecord``:

- ``DEMAND_ANOMALY`` when demand drives it: a spike or collapse of the last week against
  the last four (``log_demand_ratio_7_28``), of the last four weeks against the quarter
  (``log_demand_ratio_28_90``), or last week's forecast missing by its own size;
- ``SUPPLY_ANOMALY`` when supply does: the next receipt has slipped, it arrives after cover
  runs out, or the vendor is often late.

Each signal is measured against its own yardstick (``DEMAND_SCALES``, ``SUPPLY_SCALES``;
1.0 means "clearly unusual"); a row becomes a record of every kind whose strongest signal
reaches 1, or of the stronger kind when none does. The record carries the anomaly score,
the risk, the model's top factors and the feature values in ``details``.

Keys are ``<kind>:<product>:<warehouse>:<day>``, so a second scan the same day updates the
stored record (``Store.upsert_exception``) instead of adding one.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from agent.models import ExceptionKind, ExceptionRecord, RiskAssessment
from agent.odoo.gateway import OdooGateway
from agent.odoo.records import IncomingLine, StockPosition, SupplierInfo
from agent.risk.arrays import arrays_from_inputs
from agent.risk.base import RiskInputs, RiskModel
from agent.risk.coverage import coverage
from agent.risk.features import FEATURE_SCHEMA, anomaly_features
from agent.risk.forecast import forecast
from agent.risk.model import forecast_days
from agent.vendors import HISTORY_DAYS, VendorReport, risk_figures

logger = logging.getLogger(__name__)

ANOMALY_THRESHOLD = 0.95
"""Anomaly percentile from which a row becomes an exception record."""
DEMAND_DAYS = 180
SOURCE = "anomaly_scan"

DEMAND_SCALES = {
    "log_demand_ratio_7_28": math.log(1.5),
    "log_demand_ratio_28_90": math.log(2.0),
    "forecast_error": 2.0,
}
"""Absolute value of each demand feature that counts as clearly unusual."""
SUPPLY_SCALES = {"receipt_delay_days": 3.0, "cover_gap_days": 7.0, "vendor_late_share": 0.5}
"""Value of each supply feature that counts as clearly unusual (only positive values count)."""


def _products(gateway: OdooGateway, today: dt.date) -> list[int]:
    """Every product bought from any vendor in the last half year (one history read)."""
    vendors = [v.id for v in gateway.vendor_directory()]
    history = gateway.line_history(vendors, today - dt.timedelta(days=HISTORY_DAYS))
    return sorted({h.product_id for h in history})


def _lead_and_vendor(
    incoming: list[IncomingLine], infos: list[SupplierInfo]
) -> tuple[int | None, int | None]:
    """The vendor of the next receipt (else the fastest on the price list) and its lead time."""
    vendor = incoming[0].vendor_id if incoming else None
    own = [i for i in infos if i.vendor_id == vendor] if vendor is not None else []
    pick = own or sorted(infos, key=lambda i: (i.delay_days, i.price))
    if not pick:
        return None, vendor
    return pick[0].delay_days, vendor if vendor is not None else pick[0].vendor_id


def build_rows(
    gateway: OdooGateway,
    today: dt.date,
    product_ids: Sequence[int],
    vendors: Mapping[int, VendorReport] | None = None,
) -> list[RiskInputs]:
    """``RiskInputs`` of every product x warehouse with stock or demand (five batched reads)."""
    ids = sorted(set(product_ids))
    products = gateway.products(ids)
    warehouses = {w.id: w for w in gateway.warehouses()}
    positions = {(p.product_id, p.warehouse_id): p for p in gateway.stock_positions(ids)}
    incoming: dict[tuple[int, int], list[IncomingLine]] = defaultdict(list)
    for line in gateway.incoming(ids):
        incoming[(line.product_id, line.warehouse_id)].append(line)
    infos: dict[int, list[SupplierInfo]] = defaultdict(list)
    for info in gateway.supplier_infos(ids):
        infos[info.product_id].append(info)
    demand = {
        (s.product_id, s.warehouse_id): s for s in gateway.demand_history(ids, DEMAND_DAYS, today)
    }
    rows = []
    for key in sorted(set(positions) | set(demand)):
        product_id, warehouse_id = key
        if product_id not in products or warehouse_id not in warehouses:
            continue
        lines = sorted(incoming.get(key, []), key=lambda i: (i.date_planned, i.po_id))
        lead, vendor = _lead_and_vendor(lines, infos.get(product_id, []))
        position = positions.get(key) or StockPosition(
            product_id=product_id, warehouse_id=warehouse_id, on_hand=0.0
        )
        rows.append(
            RiskInputs(
                product=products[product_id],
                warehouse=warehouses[warehouse_id],
                position=position,
                incoming=lines,
                demand=demand.get(key),
                lead_time_days=lead,
                today=today,
                **risk_figures(vendors or {}, vendor),
            )
        )
    return rows


def _strengths(values: Mapping[str, float]) -> tuple[float, float]:
    demand = max(abs(values[k]) / s for k, s in DEMAND_SCALES.items())
    supply = max(max(values[k], 0.0) / s for k, s in SUPPLY_SCALES.items())
    return demand, supply


def _kinds(values: Mapping[str, float]) -> list[ExceptionKind]:
    demand, supply = _strengths(values)
    kinds = [
        kind
        for kind, strength in (
            (ExceptionKind.DEMAND_ANOMALY, demand),
            (ExceptionKind.SUPPLY_ANOMALY, supply),
        )
        if strength >= 1.0
    ]
    if kinds:
        return kinds
    return [ExceptionKind.DEMAND_ANOMALY if demand >= supply else ExceptionKind.SUPPLY_ANOMALY]


def _ratio_words(log_ratio: float, window: str) -> str:
    ratio = math.exp(log_ratio)
    return f"{ratio:.1f}x {window}" if ratio >= 1 else f"down to {ratio:.0%} of {window}"


def _reason(kind: ExceptionKind, values: Mapping[str, float], has_receipt: bool) -> str:
    """The strongest signal of the kind, in words."""
    if kind is ExceptionKind.DEMAND_ANOMALY:
        key = max(DEMAND_SCALES, key=lambda k: abs(values[k]) / DEMAND_SCALES[k])
        v = values[key]
        if key == "log_demand_ratio_7_28":
            return f"last week's demand {_ratio_words(v, 'its 28-day average')}"
        if key == "log_demand_ratio_28_90":
            return f"last 4 weeks' demand {_ratio_words(v, 'its 90-day average')}"
        return f"last week's forecast missed by {v:.0%}"
    key = max(SUPPLY_SCALES, key=lambda k: values[k] / SUPPLY_SCALES[k])
    v = values[key]
    if key == "receipt_delay_days":
        return f"next receipt slipped {v:.0f} days"
    if key == "cover_gap_days":
        if not has_receipt:
            return "no receipt planned before cover runs out"
        return f"next receipt {v:.0f} days after cover runs out"
    return f"vendor late on {v:.0%} of orders"


def _record(
    kind: ExceptionKind,
    row: RiskInputs,
    risk: RiskAssessment,
    values: Mapping[str, float],
    now: dt.datetime,
) -> ExceptionRecord:
    what = "demand" if kind is ExceptionKind.DEMAND_ANOMALY else "supply"
    code = row.product.default_code or row.product.name
    reason = _reason(kind, values, bool(row.incoming))
    score = risk.anomaly_score or 0.0
    return ExceptionRecord(
        key=f"{kind.value}:{row.product.id}:{row.warehouse.id}:{row.today.isoformat()}",
        kind=kind,
        source=SOURCE,
        detected_at=now,
        product_id=row.product.id,
        warehouse_id=row.warehouse.id,
        summary=(
            f"{code} in {row.warehouse.name}: unusual {what}, {reason} "
            f"(anomaly {score:.2f}, risk {risk.level.value})"
        )[:200],
        details={
            "anomaly_score": risk.anomaly_score,
            "probability": risk.probability,
            "level": risk.level.value,
            "days_of_cover": risk.days_of_cover,
            "stockout_date": risk.stockout_date.isoformat() if risk.stockout_date else None,
            "factors": list(risk.factors),
            "features": {k: round(v, 4) for k, v in values.items()},
            "model_version": risk.model_version,
        },
    )


def anomaly_exceptions(
    gateway: OdooGateway,
    risk_model: RiskModel,
    today: dt.date,
    product_ids: Sequence[int] | None = None,
    *,
    vendors: Mapping[int, VendorReport] | None = None,
    threshold: float = ANOMALY_THRESHOLD,
    now: dt.datetime | None = None,
) -> list[ExceptionRecord]:
    """Demand and supply anomalies of every product x warehouse, as exception records.

    Args:
        gateway: Odoo or its twin; read in a fixed number of batched calls.
        risk_model: scores the rows (its ``anomaly_score`` is compared with ``threshold``).
        today: the day to assess; demand history ends the day before.
        product_ids: the products to scan; by default every product bought in the last
            half year.
        vendors: vendor reports (``agent.vendors.vendor_reports``) for the late share.
        threshold: anomaly percentile from which a row is reported.
        now: ``detected_at`` of the records (08:00 UTC of ``today`` by default).

    Returns:
        Records, most unusual first.
    """
    ids = list(product_ids) if product_ids is not None else _products(gateway, today)
    rows = build_rows(gateway, today, ids, vendors) if ids else []
    if not rows:
        return []
    risks = risk_model.assess(rows)
    arr = arrays_from_inputs(rows)
    fc = forecast(arr.demand, forecast_days(arr.horizon))
    feats = anomaly_features(arr, fc, coverage(arr, fc))
    when = now or dt.datetime.combine(today, dt.time(8), tzinfo=dt.UTC)
    out: list[ExceptionRecord] = []
    scores = np.asarray([r.anomaly_score or 0.0 for r in risks])
    for i in np.argsort(-scores, kind="stable"):
        risk, row = risks[int(i)], rows[int(i)]
        if scores[i] < threshold:
            break
        values = {name: float(feats[int(i), j]) for j, name in enumerate(FEATURE_SCHEMA)}
        out.extend(_record(kind, row, risk, values, when) for kind in _kinds(values))
    logger.info("anomaly scan: %d rows, %d records", len(rows), len(out))
    return out
