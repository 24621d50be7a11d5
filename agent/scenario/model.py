"""The bundled retail scenario as one typed object: what a small Odoo database would hold.

``Scenario`` is what :func:`agent.scenario.build.load_scenario` returns and what
:class:`agent.scenario.gateway.ScenarioGateway` answers from. It reuses the gateway's
records (``agent.odoo.records``) so that nothing downstream can tell the twin from Odoo.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from agent.odoo.records import (
    DemandSeries,
    Product,
    PurchaseOrder,
    ReorderRule,
    StockPosition,
    SupplierInfo,
    User,
    Vendor,
    Warehouse,
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MailMessage(_Frozen):
    """A ``mail.message`` that Odoo sent to a vendor about a purchase order.

    ``message_id`` is the RFC 5322 Message-ID Odoo put on the outgoing mail, in Odoo's own
    format ``<{15 digits}.{unix time}-openerp-{res_id}-{model}@{host}>``; a vendor's reply
    names it in ``In-Reply-To`` / ``References``. ``references`` are the ids Odoo listed in
    the outgoing mail's References header (earlier ids of the thread, then its own).
    """

    id: int
    message_id: str
    model: str = "purchase.order"
    res_id: int
    date: dt.datetime
    subject: str
    body: str = ""
    author_user_id: int | None = None
    partner_ids: list[int] = Field(default_factory=list)
    message_type: str = "email"
    references: list[str] = Field(default_factory=list)


class Scenario(_Frozen):
    """A retailer's purchasing and inventory data on one fixed day.

    Attributes:
        today: The scenario's "now"; demand history ends on this day (inclusive).
        company_name: The retailer, as Odoo names it in outgoing mail subjects.
        company_domain: The retailer's mail domain.
        purchasing_address: The shared mailbox suppliers write to.
        odoo_host: The host name in Odoo's Message-IDs.
        lead_login: Login of the triage lead (``Settings.triage_lead`` in the scenario).
        escalation_login: Login of the escalation user.
    """

    today: dt.date
    company_name: str
    company_domain: str
    purchasing_address: str
    odoo_host: str
    lead_login: str
    escalation_login: str
    vendors: list[Vendor]
    users: list[User]
    warehouses: list[Warehouse]
    products: list[Product]
    orders: list[PurchaseOrder]
    stock: list[StockPosition]
    supplier_infos: list[SupplierInfo]
    reorder_rules: list[ReorderRule]
    demand: list[DemandSeries]
    mail_messages: list[MailMessage]

    def vendor(self, vendor_id: int) -> Vendor:
        """The vendor with this partner id (``KeyError`` when there is none)."""
        for vendor in self.vendors:
            if vendor.id == vendor_id:
                return vendor
        raise KeyError(vendor_id)

    def order(self, name: str) -> PurchaseOrder:
        """The purchase order with this Odoo name (``KeyError`` when there is none)."""
        for order in self.orders:
            if order.name == name:
                return order
        raise KeyError(name)

    def product(self, code: str) -> Product:
        """The product with this internal reference (``KeyError`` when there is none)."""
        for product in self.products:
            if product.default_code == code:
                return product
        raise KeyError(code)

    def user(self, login: str) -> User:
        """The user with this login (``KeyError`` when there is none)."""
        for user in self.users:
            if user.login == login:
                return user
        raise KeyError(login)

    def messages_of(self, po_id: int) -> list[MailMessage]:
        """Odoo's messages on one purchase order, oldest first."""
        return sorted(
            (m for m in self.mail_messages if m.res_id == po_id and m.model == "purchase.order"),
            key=lambda m: m.date,
        )
