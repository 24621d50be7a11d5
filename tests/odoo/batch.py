"""A batch of varied supplier emails' look-ups, built from the emulator's demo data.

Used by the round-trip test and ``benchmarks/odoo_roundtrips.py``: each "email" is the set
of keys the pipeline would ask Odoo about (sender address and domain, order names, vendor
references, Message-IDs it replies to), so the reads are exactly the pipeline's
(:mod:`agent.snapshot`), batched for the whole batch or done one email at a time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.gateway import OdooGateway
from agent.snapshot import OrderKeys, Snapshot, read_orders, read_stock, read_users, read_vendors


@dataclass
class EmailKeys:
    """What one email makes the pipeline look up."""

    emails: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    partner_refs: list[str] = field(default_factory=list)
    message_ids: list[str] = field(default_factory=list)


def varied_emails(emu: OdooEmulator, count: int = 100) -> list[EmailKeys]:
    """``count`` emails of six kinds: by PO name, vendor ref, reply thread, Odoo id pattern,
    contact address only, and unknown sender."""
    records = emu.data.records
    partners = [p for p in records["res.partner"].values() if p.get("email")]
    orders = sorted(records["purchase.order"].items())
    for order_id, order in orders:
        order.setdefault("partner_ref", False)
        if not order["partner_ref"]:
            order["partner_ref"] = f"VREF-{order_id:04d}"
    threads = [m["message_id"] for m in records["mail.message"].values() if m.get("message_id")]
    out = []
    for i in range(count):
        partner = partners[i % len(partners)]
        address = str(partner["email"]).lower()
        keys = EmailKeys(emails=[address], domains=[address.rsplit("@", 1)[-1]])
        order_id, order = orders[i % len(orders)]
        kind = i % 6
        if kind == 0:
            keys.names.append(str(order["name"]))
        elif kind == 1:
            keys.partner_refs.append(str(order["partner_ref"]))
        elif kind == 2:
            keys.message_ids.append(threads[i % len(threads)])
        elif kind == 3:
            keys.message_ids.append(f"<{i}.{i}-openerp-{order_id}-purchase.order@vm>")
        elif kind == 5:
            keys = EmailKeys(emails=[f"sales{i}@unknown{i}.test"], domains=[f"unknown{i}.test"])
        out.append(keys)
    return out


def read_batch(gateway: OdooGateway, batch: list[EmailKeys], today: dt.date) -> Snapshot:
    """Everything the pipeline reads for ``batch``, batched (what ``process_emails`` does)."""
    snapshot = Snapshot()
    read_vendors(
        gateway,
        {e for k in batch for e in k.emails},
        {d for k in batch for d in k.domains},
        snapshot,
    )
    keys = OrderKeys()
    for k in batch:
        keys.names.update(k.names)
        keys.partner_refs.update(k.partner_refs)
        keys.message_ids.update(k.message_ids)
    keys.vendor_ids.update(v.id for v in snapshot.vendors_by_email.values())
    read_orders(gateway, keys, snapshot)
    orders = snapshot.orders()
    read_stock(
        gateway, sorted({line.product_id for po in orders for line in po.lines}), today, snapshot
    )
    read_users(gateway, {po.user_id for po in orders if po.user_id}, snapshot)
    return snapshot


def read_one_by_one(gateway: OdooGateway, batch: list[EmailKeys], today: dt.date) -> None:
    """The naive integration: every email alone, every product of its orders alone."""
    for keys in batch:
        snapshot = Snapshot(vendor_directory=gateway.vendor_directory())
        for address in keys.emails:
            snapshot.vendors_by_email.update(gateway.vendors_by_emails([address]))
        for domain in keys.domains:
            snapshot.vendors_by_domain.update(gateway.vendors_by_domains([domain]))
        orders = []
        for name in keys.names:
            orders += gateway.orders_by_names([name]).values()
        for ref in keys.partner_refs:
            orders += gateway.orders_by_partner_refs([ref]).values()
        for mid in keys.message_ids:
            orders += gateway.orders_by_message_ids([mid]).values()
        for vendor in snapshot.vendors_by_email.values():
            for found in gateway.open_orders_by_vendors([vendor.id]).values():
                orders += found
        for product in sorted({line.product_id for po in orders for line in po.lines}):
            gateway.products([product])
            gateway.stock_positions([product])
            gateway.incoming([product])
            gateway.supplier_infos([product])
            gateway.demand_history([product], 180, today)
        for user in {po.user_id for po in orders if po.user_id}:
            gateway.users(ids=[user])
