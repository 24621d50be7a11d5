"""The risk model's inputs for one product x warehouse: the snapshot, commitments applied."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from agent.models import Commitment
from agent.odoo.records import PurchaseOrder, StockPosition, Warehouse
from agent.risk.base import RiskInputs
from agent.risk.commitments import apply_commitments
from agent.snapshot import Snapshot
from agent.vendors import VendorReport, risk_figures


def risk_inputs(
    key: tuple[int, int],
    order: PurchaseOrder | None,
    commitments: list[Commitment],
    snapshot: Snapshot,
    today: dt.date,
    vendors: Mapping[int, VendorReport] | None = None,
) -> RiskInputs:
    """The risk model's inputs for one product x warehouse of an order, commitments applied.

    Emails (``agent.pipeline``) and Odoo's exception records (``agent.exceptions_flow``)
    are assessed the same way. ``vendors`` (from ``agent.vendors.vendor_reports``) adds the
    vendor's lateness.
    """
    product_id, warehouse_id = key
    incoming = apply_commitments(snapshot.incoming.get(key, []), commitments)
    infos = sorted(
        (
            i
            for i in snapshot.supplier_infos.get(product_id, [])
            if order is None or i.vendor_id == order.partner_id
        ),
        key=lambda i: i.delay_days,
    )
    warehouse = snapshot.warehouses.get(warehouse_id) or Warehouse(
        id=warehouse_id, name=str(warehouse_id), code=str(warehouse_id)
    )
    position = snapshot.positions.get(key) or StockPosition(
        product_id=product_id, warehouse_id=warehouse_id, on_hand=0.0
    )
    return RiskInputs(
        product=snapshot.products[product_id],
        warehouse=warehouse,
        position=position,
        incoming=incoming,
        demand=snapshot.demand.get(key),
        lead_time_days=infos[0].delay_days if infos else None,
        today=today,
        **risk_figures(vendors or {}, order.partner_id if order else None),
    )
