"""Tie an email to its vendor, purchase orders and lines, and say how sure that is.

Order of evidence, strongest first: an Odoo order name in the text or subject; the vendor's
own order number (``partner_ref``); the reply thread (References / In-Reply-To ids that Odoo
put on its own mails); the sender's only open order. A reference to an order of another
vendor than the sender lowers confidence instead of being trusted blindly.
"""

from __future__ import annotations

from agent.models import (
    Extraction,
    InboundEmail,
    Match,
    MatchMethod,
    SenderTrust,
)
from agent.odoo.records import PurchaseOrder
from agent.snapshot import OrderKeys, Snapshot

ODOO_THREAD_MARK = "-openerp-"


def order_keys(email: InboundEmail, extraction: Extraction, trust: SenderTrust | None) -> OrderKeys:
    """The order look-ups this email needs."""
    keys = OrderKeys()
    keys.names.update(ref.upper() for ref in extraction.odoo_refs)
    keys.partner_refs.update(extraction.vendor_refs)
    keys.message_ids.update(thread_ids(email))
    if trust is not None and trust.vendor_id is not None:
        keys.vendor_ids.add(trust.vendor_id)
    return keys


def thread_ids(email: InboundEmail) -> list[str]:
    """Message-IDs this email replies to, newest first (In-Reply-To, then References)."""
    ids = [email.in_reply_to] if email.in_reply_to else []
    ids.extend(reversed(email.references))
    return list(dict.fromkeys(i.strip() for i in ids if i and i.strip()))


def _line_ids(order: PurchaseOrder, extraction: Extraction) -> list[int]:
    """Lines whose product code the email names; all lines when it names none."""
    named = {(line.product or "").upper() for line in extraction.lines}
    hits = [
        line.id for line in order.lines if line.product_code and line.product_code.upper() in named
    ]
    return hits or [line.id for line in order.lines]


def _from_orders(
    orders: list[PurchaseOrder],
    method: MatchMethod,
    base: float,
    extraction: Extraction,
    trust: SenderTrust | None,
    notes: list[str],
) -> Match:
    vendor_ids = {po.partner_id for po in orders}
    confidence = base
    sender_vendor = trust.vendor_id if trust else None
    if sender_vendor is None:
        confidence *= 0.75
        notes.append("sender is not a known vendor contact")
    elif sender_vendor not in vendor_ids:
        confidence *= 0.4
        notes.append("the order belongs to another vendor than the sender")
    first = orders[0]
    return Match(
        vendor_id=first.partner_id,
        vendor_name=first.partner_name,
        po_ids=[po.id for po in orders],
        po_names=[po.name for po in orders],
        line_ids=[lid for po in orders for lid in _line_ids(po, extraction)],
        method=method,
        confidence=round(min(confidence, 1.0), 4),
        notes=notes,
    )


def match_email(
    email: InboundEmail, extraction: Extraction, trust: SenderTrust | None, snapshot: Snapshot
) -> Match:
    """Find the orders an email is about, with how they were found and how sure."""
    notes: list[str] = []
    by_name = [
        snapshot.orders_by_name[ref.upper()]
        for ref in extraction.odoo_refs
        if ref.upper() in snapshot.orders_by_name
    ]
    unknown = [ref for ref in extraction.odoo_refs if ref.upper() not in snapshot.orders_by_name]
    if unknown:
        notes.append(f"not found in Odoo: {', '.join(unknown)}")
    if by_name:
        return _from_orders(_unique(by_name), MatchMethod.REFERENCE, 0.97, extraction, trust, notes)
    by_ref = [
        snapshot.orders_by_ref[r] for r in extraction.vendor_refs if r in snapshot.orders_by_ref
    ]
    if by_ref:
        return _from_orders(_unique(by_ref), MatchMethod.VENDOR_REF, 0.92, extraction, trust, notes)
    for message_id in thread_ids(email):
        order = snapshot.orders_by_message_id.get(message_id)
        if order is not None:
            notes.append(f"reply to Odoo's message {message_id}")
            return _from_orders([order], MatchMethod.REPLY_THREAD, 0.93, extraction, trust, notes)
    vendor_id = trust.vendor_id if trust else None
    if vendor_id is not None:
        open_orders = snapshot.open_orders_by_vendor.get(vendor_id, [])
        if len(open_orders) == 1:
            notes.append("the vendor's only open order")
            return _from_orders(
                open_orders, MatchMethod.VENDOR_OPEN_ORDER, 0.6, extraction, trust, notes
            )
        named = {(line.product or "").upper() for line in extraction.lines if line.product}
        by_product = [
            po
            for po in open_orders
            if named & {line.product_code.upper() for line in po.lines if line.product_code}
        ]
        if len(by_product) == 1:
            notes.append("the vendor's only open order with the products named")
            return _from_orders(
                by_product, MatchMethod.VENDOR_OPEN_ORDER, 0.7, extraction, trust, notes
            )
        if open_orders:
            notes.append(f"{len(open_orders)} open orders of this vendor; none named")
        return Match(
            vendor_id=vendor_id,
            vendor_name=trust.vendor_name if trust else None,
            method=MatchMethod.NONE,
            confidence=0.0,
            notes=notes,
        )
    notes.append("no order reference, thread or known vendor")
    return Match(method=MatchMethod.NONE, confidence=0.0, notes=notes)


def _unique(orders: list[PurchaseOrder]) -> list[PurchaseOrder]:
    return list({po.id: po for po in orders}.values())
