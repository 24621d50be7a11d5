"""An in-memory Odoo that knows every vendor and order a dataset mentions.

Match accuracy only means something when the matcher can find the right order for the
right vendor, and fail when it picks another. :func:`dataset_gateway` builds a
:class:`~agent.scenario.gateway.ScenarioGateway` (the offline twin of Odoo) over a
:class:`~agent.scenario.model.Scenario` made from the dataset itself:

* one vendor per dataset vendor, whose domain is the one most of its emails come from
  (a look-alike sender is therefore not a contact), with those senders as contacts;
* one confirmed order per Odoo order name in the labels, owned by the vendor whose email
  is about it (``Example.gold_po``), else by the first vendor that names it;
* one line per product the labels state for that order, else one generic line, planned
  on the date Odoo would hold: the labelled old date a delay replaces, the confirmed date
  for confirmations and shipping notices, the received date otherwise.

Nothing about stock or demand is known, so the risk model is not part of these evals.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from agent.evals.dataset import Example
from agent.odoo.records import (
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    User,
    Vendor,
    Warehouse,
)
from agent.scenario.gateway import ScenarioGateway
from agent.scenario.model import Scenario

BUYER = User(id=1, login="buyer", name="Dataset Buyer", email="buyer@example.com")
WAREHOUSE = Warehouse(id=1, name="Main Warehouse", code="WH")
GENERIC_QTY = 100.0
_AS_PLANNED = frozenset({"confirmation", "shipping_notice"})


def _vendors(examples: list[Example]) -> dict[str, Vendor]:
    domains: dict[str, Counter[str]] = defaultdict(Counter)
    senders: dict[str, list[str]] = defaultdict(list)
    countries: dict[str, str | None] = {}
    for example in examples:
        address = example.from_address
        countries.setdefault(example.vendor, example.vendor_country)
        if "@" in address:
            domains[example.vendor][address.rsplit("@", 1)[1]] += 1
            senders[example.vendor].append(address)
    vendors: dict[str, Vendor] = {}
    for number, name in enumerate(sorted(countries), start=101):
        domain = domains[name].most_common(1)[0][0] if domains[name] else None
        contacts = sorted({a for a in senders[name] if domain and a.endswith("@" + domain)})
        vendors[name] = Vendor(
            id=number,
            name=name,
            email=contacts[0] if contacts else None,
            contact_emails=contacts,
            domains=[domain] if domain else [],
            country_code=countries[name],
        )
    return vendors


def _owners(examples: list[Example]) -> dict[str, Example]:
    owners: dict[str, Example] = {}
    for example in examples:
        if example.gold_po is not None:
            owners.setdefault(example.gold_po, example)
    for example in examples:
        for ref in example.labels.po_refs:
            owners.setdefault(ref, example)
    return owners


def planned_date(example: Example) -> dt.date:
    """The date Odoo holds for an order before the email changes it."""
    received = example.received_at.date()
    labels = example.labels
    if labels.intent in _AS_PLANNED and labels.commitment_date is not None:
        return labels.commitment_date
    older = [
        d.value
        for d in labels.dates
        if d.role == "other"
        and labels.commitment_date is not None
        and received - dt.timedelta(days=60) <= d.value < labels.commitment_date
    ]
    return min(older) if older else received


def dataset_scenario(examples: list[Example]) -> Scenario:
    """The scenario that holds every vendor and order of ``examples``."""
    vendors = _vendors(examples)
    products: dict[str, Product] = {}
    orders: list[PurchaseOrder] = []
    line_id = 1
    for order_id, (name, example) in enumerate(sorted(_owners(examples).items()), start=1):
        vendor = vendors[example.vendor]
        planned = dt.datetime.combine(planned_date(example), dt.time(12, 0), tzinfo=dt.UTC)
        stated: dict[str, float] = {}
        for line in example.labels.lines:
            if line.product and (line.po_ref in (None, name)):
                stated[line.product] = max(stated.get(line.product, 0.0), line.qty or 0.0)
        codes = stated or {f"{name}-ITEM": GENERIC_QTY}
        lines = []
        for code, qty in sorted(codes.items()):
            product = products.setdefault(
                code.upper(), Product(id=len(products) + 1, default_code=code.upper(), name=code)
            )
            lines.append(
                PurchaseOrderLine(
                    id=line_id,
                    order_id=order_id,
                    product_id=product.id,
                    product_code=product.default_code,
                    name=code,
                    product_qty=max(qty * 2, GENERIC_QTY),
                    date_planned=planned,
                )
            )
            line_id += 1
        orders.append(
            PurchaseOrder(
                id=order_id,
                name=name,
                partner_id=vendor.id,
                partner_name=vendor.name,
                user_id=BUYER.id,
                user_login=BUYER.login,
                state="purchase",
                date_order=planned - dt.timedelta(days=30),
                date_planned=planned,
                warehouse_id=WAREHOUSE.id,
                lines=lines,
            )
        )
    today = max((e.received_at.date() for e in examples), default=dt.date(2026, 1, 1))
    return Scenario(
        today=today,
        company_name="Dataset Buyer",
        company_domain="example.com",
        purchasing_address="purchasing@example.com",
        odoo_host="odoo.example.com",
        lead_login=BUYER.login,
        escalation_login=BUYER.login,
        vendors=list(vendors.values()),
        users=[BUYER],
        warehouses=[WAREHOUSE],
        products=list(products.values()),
        orders=orders,
        stock=[],
        supplier_infos=[],
        reorder_rules=[],
        demand=[],
        mail_messages=[],
    )


def dataset_gateway(examples: list[Example]) -> ScenarioGateway:
    """An ``OdooGateway`` over :func:`dataset_scenario`; writes stay in memory."""
    return ScenarioGateway(dataset_scenario(examples))


def vendor_ids(gateway: ScenarioGateway) -> dict[str, int]:
    """Dataset vendor name -> partner id, to compare matches with the labels."""
    return {v.name: v.id for v in gateway.scenario.vendors}
