"""``OdooRpcGateway``: the real :class:`~agent.odoo.gateway.OdooGateway` over any transport.

One class for every protocol: odoorpc's JSON-RPC for Odoo 16-18 and JSON-2 for 19+ are
:class:`~agent.odoo.transport.OdooTransport` implementations, and everything that builds
domains or converts Odoo's wire format into records lives in the reader modules this class
delegates to (``partners``, ``orders``, ``inventory``, ``activities``).

Round trips for everything a batch of emails needs, after :meth:`prepare` read the
reference data: vendors 1, orders 3, products 1, stock 1, incoming 1-2, price lists 1,
demand 1 (and users only for a buyer never seen) - at most 10, whatever the batch holds.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence

from agent.odoo import activities, history, partners
from agent.odoo.gateway import OrderLookup, VendorLookup
from agent.odoo.inventory import InventoryReader
from agent.odoo.lazy import LazyTransport
from agent.odoo.orders import OrderReader
from agent.odoo.records import (
    ActivityDraft,
    ActivityStatus,
    DemandSeries,
    IncomingLine,
    LineHistory,
    Product,
    PurchaseOrder,
    ReorderRule,
    StockPosition,
    SupplierInfo,
    User,
    Vendor,
    Warehouse,
)
from agent.odoo.reference import Reference
from agent.odoo.transport import OdooTransport
from agent.odoo.wire import format_datetime

logger = logging.getLogger(__name__)

SCAN_STATES = ["sent", "to approve", "purchase", "done"]


class OdooRpcGateway:
    """Batched reads and idempotent writes against a live Odoo.

    Args:
        transport: A logged-in :class:`~agent.odoo.transport.OdooTransport`.
        ttl: Seconds users and the supplier directory are kept before being read again.
        monotonic: Time source for ``ttl``.
        today: Today's date (for price list validity); UTC today by default.
    """

    name = "odoo"

    def __init__(
        self,
        transport: OdooTransport,
        *,
        ttl: float = 900.0,
        monotonic: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = lambda: dt.datetime.now(dt.UTC).date(),
    ) -> None:
        """Wrap a transport; no call is made until :meth:`prepare` or the first read."""
        self.transport = transport
        self.reference = Reference(transport, ttl=ttl, monotonic=monotonic)
        self._orders = OrderReader(transport, self.reference)
        self._inventory = InventoryReader(transport, self.reference, self._orders)
        self._ttl = ttl
        self._monotonic = monotonic
        self._today = today
        self._directory: list[Vendor] = []
        self._directory_at = -1.0
        self._contact_vendor: dict[int, int] = {}

    def prepare(self) -> None:
        """Read the reference data every batch needs, once per connection (six calls).

        Warehouses, locations, receipt types, users, order fields and the supplier directory.
        """
        self.reference.prepare()
        self.vendor_directory()

    def close(self) -> None:
        """Release the transport."""
        self.transport.close()

    # ------------------------------------------------------------ reads
    def server_version(self) -> str:
        """The server's version string, e.g. ``"17.0"``; raises ``OdooError`` while it is down.

        A lazy transport logs in here if it has not yet and asks Odoo, so readiness reports
        an outage instead of a remembered version.
        """
        if isinstance(self.transport, LazyTransport):
            return self.transport.check()
        return self.transport.version.text

    def find_vendors(self, emails: Sequence[str] = (), domains: Sequence[str] = ()) -> VendorLookup:
        """Vendors by address and by domain in one round trip."""
        lookup, owners = partners.find_vendors(self.transport, emails, domains)
        self._contact_vendor.update(owners)
        return lookup

    def vendors_by_emails(self, emails: Sequence[str]) -> dict[str, Vendor]:
        """Vendors whose company or a contact has one of these addresses."""
        return self.find_vendors(emails=emails).by_email

    def vendors_by_domains(self, domains: Sequence[str]) -> dict[str, list[Vendor]]:
        """Vendors with an address on each domain."""
        return self.find_vendors(domains=domains).by_domain

    def vendor_directory(self) -> list[Vendor]:
        """Every supplier with its domains; kept for ``ttl`` seconds."""
        if self._directory_at < 0 or self._monotonic() - self._directory_at > self._ttl:
            self._directory, owners = partners.supplier_directory(self.transport)
            self._contact_vendor.update(owners)
            self._directory_at = self._monotonic()
        return list(self._directory)

    def vendors_by_ids(self, ids: Sequence[int]) -> dict[int, Vendor]:
        """Vendors by partner id."""
        return partners.vendors_by_ids(self.transport, ids)

    def orders_by_names(self, names: Sequence[str]) -> dict[str, PurchaseOrder]:
        """Orders by name, with lines."""
        return self.find_orders(names=names).by_name

    def orders_by_partner_refs(self, refs: Sequence[str]) -> dict[str, PurchaseOrder]:
        """Orders by the vendor's reference."""
        return self.find_orders(partner_refs=refs).by_partner_ref

    def open_orders_by_vendors(self, vendor_ids: Sequence[int]) -> dict[int, list[PurchaseOrder]]:
        """Open orders of each vendor (contacts' orders count for their company)."""
        return self.find_orders(open_for_vendors=vendor_ids).open_by_vendor

    def orders_by_message_ids(self, message_ids: Sequence[str]) -> dict[str, PurchaseOrder]:
        """Orders of the threads these Message-IDs belong to."""
        return self.find_orders(message_ids=message_ids).by_message_id

    def find_orders(
        self,
        names: Sequence[str] = (),
        partner_refs: Sequence[str] = (),
        message_ids: Sequence[str] = (),
        open_for_vendors: Sequence[int] = (),
    ) -> OrderLookup:
        """All four order look-ups in at most three round trips."""
        return self._orders.find(
            names, partner_refs, message_ids, open_for_vendors, self._contact_vendor
        )

    def products(self, ids: Sequence[int]) -> dict[int, Product]:
        """Products by id."""
        return self._inventory.products(ids)

    def products_by_codes(self, codes: Sequence[str]) -> dict[str, Product]:
        """Products by internal reference."""
        return self._inventory.products_by_codes(codes)

    def warehouses(self) -> list[Warehouse]:
        """All warehouses (read once per connection)."""
        return self.reference.warehouses()

    def users(self, ids: Sequence[int] = (), logins: Sequence[str] = ()) -> list[User]:
        """Users by id or login (internal users read once per ``ttl``)."""
        return self.reference.users(ids, logins)

    def stock_positions(self, product_ids: Sequence[int]) -> list[StockPosition]:
        """Per-warehouse stock."""
        return self._inventory.stock_positions(product_ids)

    def incoming(self, product_ids: Sequence[int]) -> list[IncomingLine]:
        """Open incoming quantities per warehouse and planned date."""
        return self._inventory.incoming(product_ids)

    def supplier_infos(self, product_ids: Sequence[int]) -> list[SupplierInfo]:
        """Valid price list entries."""
        return self._inventory.supplier_infos(product_ids, self._today())

    def reorder_rules(self, product_ids: Sequence[int]) -> list[ReorderRule]:
        """Reordering rules of these products, with their forecast."""
        return self._inventory.reorder_rules(product_ids)

    def demand_history(
        self, product_ids: Sequence[int], days: int, end: dt.date
    ) -> list[DemandSeries]:
        """Daily customer deliveries per product and warehouse."""
        return self._inventory.demand_history(product_ids, days, end)

    def scan_orders(self, since: dt.date) -> list[PurchaseOrder]:
        """Sent and confirmed orders since ``since``, with lines (two round trips)."""
        start = format_datetime(dt.datetime.combine(since, dt.time()))
        return self._orders.search(
            [["state", "in", SCAN_STATES], ["date_order", ">=", start]], order="id"
        )

    def reorder_rules_below_minimum(self) -> list[ReorderRule]:
        """Rules whose forecast is below the minimum.

        The forecast is computed, not stored, so the comparison happens here, not in a domain.
        """
        return [
            rule
            for rule in self._inventory.reorder_rules(None)
            if rule.qty_forecast is not None and rule.qty_forecast < rule.product_min_qty
        ]

    def line_history(self, vendor_ids: Sequence[int], since: dt.date) -> list[LineHistory]:
        """Lines of these vendors' confirmed orders since ``since``, with their receipts."""
        return history.line_history(self.transport, self.reference, vendor_ids, since)

    # ------------------------------------------------------------ writes
    def find_activities(self, markers: Sequence[str]) -> dict[str, ActivityStatus]:
        """Activities we created, found by marker (open ones and done ones)."""
        return activities.find_activities(self.transport, markers)

    def create_activities(self, drafts: Sequence[ActivityDraft]) -> dict[str, int]:
        """Chatter notes, then all activities in one ``create`` call; marker -> id."""
        return activities.create_activities(self.transport, self.reference, drafts)

    def set_line_dates(self, changes: Sequence[tuple[int, dt.datetime]]) -> None:
        """Write approved planned dates to order lines."""
        activities.set_line_dates(self.transport, changes)

    def reassign_activities(self, changes: Sequence[tuple[int, int]]) -> None:
        """Hand open activities to other users (escalation)."""
        activities.reassign_activities(self.transport, changes)

    def post_note(self, res_model: str, res_id: int, body_html: str) -> int:
        """Post an internal note; returns the message id."""
        return activities.post_note(self.transport, res_model, res_id, body_html)
