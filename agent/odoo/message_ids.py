"""Odoo's own Message-IDs: ``<digits.time-openerp-RES_ID-MODEL@host>``.

Odoo stamps every mail about a record with such an id (it equals the ``message_id`` of the
``mail.message`` that produced the mail). The gateway first looks reply ids up in
``mail.message``, the way Odoo's mail gateway routes replies; this parser is the fallback
for ids that lookup cannot find (a message deleted, or mail sent from another database).
"""

from __future__ import annotations

import re

_OPENERP = re.compile(r"-openerp-(\d+)-([a-z0-9_.]+)@", re.IGNORECASE)


def bracketed(message_id: str) -> str:
    """``<id@host>`` whether or not the input had the angle brackets."""
    value = message_id.strip()
    return value if value.startswith("<") else f"<{value.strip('<>')}>"


def openerp_record(message_id: str) -> tuple[str, int] | None:
    """``(model, res_id)`` named by an Odoo Message-ID, ``None`` for any other id.

    ``-openerp-message-notify@`` and ``-openerp-private@`` ids name no record.
    """
    match = _OPENERP.search(message_id)
    if match is None:
        return None
    return match.group(2).lower(), int(match.group(1))


def purchase_order_id(message_id: str) -> int | None:
    """The purchase order id in an Odoo Message-ID about a purchase order, else ``None``."""
    found = openerp_record(message_id)
    return found[1] if found and found[0] == "purchase.order" else None
