"""Several orders in one email: which dates belong to which order.

``Extraction.commitment`` is the latest committing date of the whole email. When a vendor
writes about several orders ("P00455 on time; P00456 moves to week 51"), each order has its
own commitment: a date belongs to the last order name written before it in the vendor's new
text (dates before any name belong to the first order named).
"""

from __future__ import annotations

import re

from agent.extraction.rules.refs import odoo_pattern
from agent.models import COMMITMENT_ROLES, ExtractedDate, Extraction, InboundEmail

_TRAVELS_WITH = re.compile(
    r"\b(?:with|together\s+with|along\s+with|mit|avec|con|met)\s+(?:the\s+|order\s+|po\s+)?$",
    re.IGNORECASE,
)


def order_commitments(
    email: InboundEmail, extraction: Extraction, po_prefixes: tuple[str, ...]
) -> dict[str, ExtractedDate | None]:
    """Each Odoo order named in the new text, in order, with its latest committing date."""
    pattern = odoo_pattern(po_prefixes)
    mentions = [
        (m.start("ref"), m.group("ref").upper())
        for m in pattern.finditer(email.text, 0, email.new_text_end)
    ]
    if not mentions:
        return {}
    result: dict[str, ExtractedDate | None] = {name: None for _start, name in mentions}
    # "P05606 ... can ship with P05605, the other 800 pcs ... ETA 12 Jan": an order named
    # as the one the goods travel with does not take over the dates after it.
    owners = [
        (start, name)
        for start, name in mentions
        if _TRAVELS_WITH.search(email.text, max(0, start - 25), start) is None
    ] or mentions
    for date in extraction.dates:
        if date.role not in COMMITMENT_ROLES:
            continue
        owner = owners[0][1]
        for start, name in owners:
            if start <= date.span.start:
                owner = name
        current = result[owner]
        if current is None or date.value > current.value:
            result[owner] = date
    return result


def primary_commitment(
    email: InboundEmail, extraction: Extraction, po_prefixes: tuple[str, ...]
) -> ExtractedDate | None:
    """The first order's commitment when the email names several orders, else the email's."""
    by_order = order_commitments(email, extraction, po_prefixes)
    if len(by_order) < 2:
        return extraction.commitment
    first = next(iter(by_order.values()))
    return first if first is not None else extraction.commitment
