"""Odoo's Message-ID pattern, checked against the real emails Odoo 17 sent."""

from __future__ import annotations

import email
import email.policy

import pytest

from agent.odoo.message_ids import bracketed, openerp_record, purchase_order_id
from tests.conftest import SHARED

EMAILS = SHARED / "odoo-real" / "emails"
EXPECTED = {
    "rfq_P00001_no_alias_domain.eml": 1,
    "rfq_P00002_alias_domain.eml": 2,
    "po_confirmed_P00001_alias_domain.eml": 1,
    "chatter_message_to_vendor_P00001_alias_domain.eml": 1,
    "chatter_message_to_vendor_P00008_no_alias_domain.eml": 8,
    "activity_assigned_notification_P00009.eml": None,
    "vendor_reply_P00001_forwarded_to_follower.eml": None,
}

pytestmark = pytest.mark.skipif(not EMAILS.is_dir(), reason="shared Odoo emails not present")


def _headers(name: str) -> email.message.EmailMessage:
    raw = (EMAILS / name).read_bytes()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_message_id_of_real_odoo_mail(name: str) -> None:
    message = _headers(name)
    assert purchase_order_id(str(message["Message-Id"])) == EXPECTED[name]


def test_references_of_the_vendor_reply_name_the_order() -> None:
    message = _headers("vendor_reply_P00001_forwarded_to_follower.eml")
    references = str(message.get("References", "")).split()
    assert references, "the relayed reply keeps the thread's References"
    ids = {purchase_order_id(ref) for ref in references} - {None}
    assert ids == {1}


def test_notify_and_foreign_ids_name_no_record() -> None:
    assert openerp_record("<1.2-openerp-message-notify@vm>") is None
    assert openerp_record("<abc@example.com>") is None
    assert openerp_record("<1.2-openerp-42-res.partner@host>") == ("res.partner", 42)
    assert purchase_order_id("<1.2-openerp-42-res.partner@host>") is None
    assert bracketed(" a@b ") == "<a@b>" and bracketed("<a@b>") == "<a@b>"
