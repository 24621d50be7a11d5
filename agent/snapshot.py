"""One batched read of everything a batch of emails or exceptions needs from Odoo.

The pipeline first collects every key the batch mentions (sender addresses and domains,
order names, vendor order numbers, Message-IDs, products), then asks the gateway once per
kind of record. Round trips therefore grow with the number of batches, not of emails.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from agent.odoo.gateway import OdooGateway
from agent.odoo.records import (
    DemandSeries,
    IncomingLine,
    Product,
    PurchaseOrder,
    StockPosition,
    SupplierInfo,
    User,
    Vendor,
    Warehouse,
)

DEMAND_DAYS = 180


@dataclass
class OrderKeys:
    """What a batch asks about purchase orders."""

    names: set[str] = field(default_factory=set)
    partner_refs: set[str] = field(default_factory=set)
    message_ids: set[str] = field(default_factory=set)
    vendor_ids: set[int] = field(default_factory=set)


@dataclass
class Snapshot:
    """Odoo's answers for one batch, indexed for the per-email stages."""

    vendor_directory: list[Vendor] = field(default_factory=list)
    vendors_by_email: dict[str, Vendor] = field(default_factory=dict)
    vendors_by_domain: dict[str, list[Vendor]] = field(default_factory=dict)
    orders_by_name: dict[str, PurchaseOrder] = field(default_factory=dict)
    orders_by_ref: dict[str, PurchaseOrder] = field(default_factory=dict)
    orders_by_message_id: dict[str, PurchaseOrder] = field(default_factory=dict)
    open_orders_by_vendor: dict[int, list[PurchaseOrder]] = field(default_factory=dict)
    products: dict[int, Product] = field(default_factory=dict)
    warehouses: dict[int, Warehouse] = field(default_factory=dict)
    users: dict[int, User] = field(default_factory=dict)
    positions: dict[tuple[int, int], StockPosition] = field(default_factory=dict)
    incoming: dict[tuple[int, int], list[IncomingLine]] = field(default_factory=dict)
    supplier_infos: dict[int, list[SupplierInfo]] = field(default_factory=dict)
    demand: dict[tuple[int, int], DemandSeries] = field(default_factory=dict)

    def orders(self) -> list[PurchaseOrder]:
        """Every order the snapshot knows, once."""
        seen: dict[int, PurchaseOrder] = {}
        for source in (self.orders_by_name, self.orders_by_ref, self.orders_by_message_id):
            seen.update({po.id: po for po in source.values()})
        for orders in self.open_orders_by_vendor.values():
            seen.update({po.id: po for po in orders})
        return list(seen.values())


def read_vendors(
    gateway: OdooGateway, emails: Iterable[str], domains: Iterable[str], snapshot: Snapshot
) -> None:
    """Vendors of all senders: exact addresses and domains, one call for the batch."""
    if not snapshot.vendor_directory:
        snapshot.vendor_directory = gateway.vendor_directory()
    emails = sorted({e.lower() for e in emails if e})
    domains = sorted({d.lower() for d in domains if d})
    if emails or domains:
        found = gateway.find_vendors(emails, domains)
        snapshot.vendors_by_email.update(found.by_email)
        snapshot.vendors_by_domain.update(found.by_domain)


def read_orders(gateway: OdooGateway, keys: OrderKeys, snapshot: Snapshot) -> None:
    """All order look-ups of the batch in one gateway call."""
    if not (keys.names or keys.partner_refs or keys.message_ids or keys.vendor_ids):
        return
    found = gateway.find_orders(
        names=sorted(keys.names),
        partner_refs=sorted(keys.partner_refs),
        message_ids=sorted(keys.message_ids),
        open_for_vendors=sorted(keys.vendor_ids),
    )
    snapshot.orders_by_name.update(found.by_name)
    snapshot.orders_by_ref.update(found.by_partner_ref)
    snapshot.orders_by_message_id.update(found.by_message_id)
    snapshot.open_orders_by_vendor.update(found.open_by_vendor)


def read_stock(
    gateway: OdooGateway, product_ids: Sequence[int], today: dt.date, snapshot: Snapshot
) -> None:
    """Products, stock, incoming, price lists and demand of the batch's products."""
    wanted = sorted(set(product_ids) - set(snapshot.products))
    if not snapshot.warehouses:
        snapshot.warehouses = {w.id: w for w in gateway.warehouses()}
    if not wanted:
        return
    snapshot.products.update(gateway.products(wanted))
    for position in gateway.stock_positions(wanted):
        snapshot.positions[(position.product_id, position.warehouse_id)] = position
    grouped: dict[tuple[int, int], list[IncomingLine]] = defaultdict(list)
    for line in gateway.incoming(wanted):
        grouped[(line.product_id, line.warehouse_id)].append(line)
    snapshot.incoming.update(grouped)
    infos: dict[int, list[SupplierInfo]] = defaultdict(list)
    for info in gateway.supplier_infos(wanted):
        infos[info.product_id].append(info)
    snapshot.supplier_infos.update(infos)
    for series in gateway.demand_history(wanted, DEMAND_DAYS, today):
        snapshot.demand[(series.product_id, series.warehouse_id)] = series


def read_users(gateway: OdooGateway, ids: Iterable[int], snapshot: Snapshot) -> None:
    """Buyers of the batch's orders, one call."""
    wanted = sorted(set(ids) - set(snapshot.users))
    if wanted:
        snapshot.users.update({u.id: u for u in gateway.users(ids=wanted)})
