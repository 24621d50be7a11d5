"""The one seam between the service and Odoo.

Every read takes lists of keys and answers for all of them in one round trip (or a fixed
few), so the cost of a batch grows with the number of batches, not with emails or products.
The pipeline only knows this Protocol; ``ScenarioGateway`` and ``OdooRpcGateway`` implement it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

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


@dataclass(frozen=True)
class OrderLookup:
    """Answer of :meth:`OdooGateway.find_orders`, keyed the way each question was asked."""

    by_name: dict[str, PurchaseOrder] = field(default_factory=dict)
    by_partner_ref: dict[str, PurchaseOrder] = field(default_factory=dict)
    by_message_id: dict[str, PurchaseOrder] = field(default_factory=dict)
    open_by_vendor: dict[int, list[PurchaseOrder]] = field(default_factory=dict)


@dataclass(frozen=True)
class VendorLookup:
    """Answer of :meth:`OdooGateway.find_vendors`: vendors by address and by mail domain."""

    by_email: dict[str, Vendor] = field(default_factory=dict)
    by_domain: dict[str, list[Vendor]] = field(default_factory=dict)


def find_vendors_one_by_one(
    gateway: OdooGateway, emails: Sequence[str] = (), domains: Sequence[str] = ()
) -> VendorLookup:
    """``find_vendors`` from the two single look-ups (fine where round trips are free)."""
    return VendorLookup(
        by_email=gateway.vendors_by_emails(emails) if emails else {},
        by_domain=gateway.vendors_by_domains(domains) if domains else {},
    )


def find_orders_one_by_one(
    gateway: OdooGateway,
    names: Sequence[str] = (),
    partner_refs: Sequence[str] = (),
    message_ids: Sequence[str] = (),
    open_for_vendors: Sequence[int] = (),
) -> OrderLookup:
    """``find_orders`` from the four single look-ups (fine where round trips are free)."""
    return OrderLookup(
        by_name=gateway.orders_by_names(names) if names else {},
        by_partner_ref=gateway.orders_by_partner_refs(partner_refs) if partner_refs else {},
        by_message_id=gateway.orders_by_message_ids(message_ids) if message_ids else {},
        open_by_vendor=gateway.open_orders_by_vendors(open_for_vendors) if open_for_vendors else {},
    )


@runtime_checkable
class OdooGateway(Protocol):
    """Batched reads and idempotent writes against Odoo (or its offline twin)."""

    name: str

    # ------------------------------------------------------------ reads
    def server_version(self) -> str:
        """Odoo's server version string, e.g. ``"17.0"``; the scenario answers ``"scenario"``."""
        ...

    def vendors_by_emails(self, emails: Sequence[str]) -> dict[str, Vendor]:
        """Vendors whose company or any contact has one of these addresses (lower-case keys)."""
        ...

    def vendors_by_domains(self, domains: Sequence[str]) -> dict[str, list[Vendor]]:
        """Vendors with a contact address on each domain (lower-case keys)."""
        ...

    def find_vendors(self, emails: Sequence[str] = (), domains: Sequence[str] = ()) -> VendorLookup:
        """Both vendor look-ups at once, in as few round trips as the transport allows."""
        ...

    def vendor_directory(self) -> list[Vendor]:
        """Every vendor (supplier) with names and domains, for spoofing checks; cacheable."""
        ...

    def vendors_by_ids(self, ids: Sequence[int]) -> dict[int, Vendor]:
        """Vendors by partner id."""
        ...

    def orders_by_names(self, names: Sequence[str]) -> dict[str, PurchaseOrder]:
        """Purchase orders by their Odoo name (``P00042``), with lines."""
        ...

    def orders_by_partner_refs(self, refs: Sequence[str]) -> dict[str, PurchaseOrder]:
        """Purchase orders by the vendor's own order number (``partner_ref``)."""
        ...

    def open_orders_by_vendors(self, vendor_ids: Sequence[int]) -> dict[int, list[PurchaseOrder]]:
        """Open (RFQ sent or confirmed, not fully received) orders of each vendor."""
        ...

    def orders_by_message_ids(self, message_ids: Sequence[str]) -> dict[str, PurchaseOrder]:
        """Orders whose chatter holds a ``mail.message`` with one of these Message-IDs."""
        ...

    def find_orders(
        self,
        names: Sequence[str] = (),
        partner_refs: Sequence[str] = (),
        message_ids: Sequence[str] = (),
        open_for_vendors: Sequence[int] = (),
    ) -> OrderLookup:
        """All four order look-ups at once, in as few round trips as the transport allows."""
        ...

    def products(self, ids: Sequence[int]) -> dict[int, Product]:
        """Products by id."""
        ...

    def products_by_codes(self, codes: Sequence[str]) -> dict[str, Product]:
        """Products by internal reference (``default_code``)."""
        ...

    def warehouses(self) -> list[Warehouse]:
        """All warehouses."""
        ...

    def users(self, ids: Sequence[int] = (), logins: Sequence[str] = ()) -> list[User]:
        """Users by id or login."""
        ...

    def stock_positions(self, product_ids: Sequence[int]) -> list[StockPosition]:
        """Per-warehouse stock of these products."""
        ...

    def incoming(self, product_ids: Sequence[int]) -> list[IncomingLine]:
        """Open incoming quantities of these products, per warehouse and planned date."""
        ...

    def supplier_infos(self, product_ids: Sequence[int]) -> list[SupplierInfo]:
        """Vendor price list entries for these products (alternates and lead times)."""
        ...

    def reorder_rules(self, product_ids: Sequence[int]) -> list[ReorderRule]:
        """Reordering rules of these products."""
        ...

    def demand_history(
        self, product_ids: Sequence[int], days: int, end: dt.date
    ) -> list[DemandSeries]:
        """Daily delivered quantity to customers per product and warehouse, ``days`` long."""
        ...

    def scan_orders(self, since: dt.date) -> list[PurchaseOrder]:
        """Orders an exception scan looks at, with lines.

        RFQs sent and confirmed orders (fully received ones included) ordered on or after
        ``since``.
        """
        ...

    def reorder_rules_below_minimum(self) -> list[ReorderRule]:
        """Reordering rules whose forecast (``qty_forecast``) is below their minimum."""
        ...

    def line_history(self, vendor_ids: Sequence[int], since: dt.date) -> list[LineHistory]:
        """Lines of these vendors' confirmed orders (open and closed) ordered since ``since``.

        One batched read for the vendor scorecard: ordered quantity, planned dates, the
        acknowledgement and the done receipts of every line, oldest order first.
        """
        ...

    # ------------------------------------------------------------ writes
    def find_activities(self, markers: Sequence[str]) -> dict[str, ActivityStatus]:
        """Activities we created earlier, found by their idempotency marker."""
        ...

    def create_activities(self, drafts: Sequence[ActivityDraft]) -> dict[str, int]:
        """Create activities (and their chatter notes) in one call; marker -> activity id."""
        ...

    def set_line_dates(self, changes: Sequence[tuple[int, dt.datetime]]) -> None:
        """Write new planned dates to purchase order lines (an approved change)."""
        ...

    def reassign_activities(self, changes: Sequence[tuple[int, int]]) -> None:
        """Hand open activities to other users: (activity id, user id) pairs, one call."""
        ...

    def post_note(self, res_model: str, res_id: int, body_html: str) -> int:
        """Post an internal chatter note; returns the message id."""
        ...
