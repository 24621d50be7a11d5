from __future__ import annotations

import pytest

from agent.ingest import parse_email
from agent.ingest.trust import (
    VendorDirectory,
    assess_sender,
    parse_auth_results,
    sender_keys,
)
from agent.models import InboundEmail, SenderTrust
from agent.odoo.records import Vendor
from tests.ingest.helpers import make_raw

WOOD = Vendor(
    id=7,
    name="Wood Corner GmbH",
    email="sales@woodcorner.com",
    contact_emails=["anna.wood@gmail.com", "orders@woodcorner.com"],
    domains=["woodcorner.com"],
)
ACME = Vendor(id=9, name="Acme Supplies", email="info@acme-supplies.de", domains=[])
DIRECTORY = VendorDirectory.from_vendors([WOOD, ACME])


def _email(sender: str, **extra: str) -> InboundEmail:
    return parse_email(make_raw(sender=sender, extra=extra))


def _assess(email: InboundEmail) -> SenderTrust:
    """Look vendors up the way the pipeline does: by sender_keys, through a gateway-like map."""
    emails, domains = sender_keys(email)
    by_email = {
        a: v for v in (WOOD, ACME) for a in [v.email, *v.contact_emails] if a and a in emails
    }
    by_domain = {
        d: [v for v in (WOOD, ACME) if d in v.domains or d == (v.email or "").split("@")[-1]]
        for d in domains
    }
    return assess_sender(email, by_email, by_domain, DIRECTORY)


def test_exact_address_match_is_trusted() -> None:
    trust = _assess(_email('"Wood Corner" <Orders@WoodCorner.com>'))
    assert trust.trusted and trust.vendor_id == 7 and trust.method == "exact"


def test_domain_match_for_unlisted_colleague() -> None:
    trust = _assess(_email("Bob <bob@woodcorner.com>"))
    assert trust.trusted and trust.vendor_id == 7 and trust.method == "domain"


def test_free_mail_matches_only_exact_address() -> None:
    listed = _assess(_email("Anna <anna.wood@gmail.com>"))
    assert listed.trusted and listed.vendor_id == 7 and listed.method == "exact"
    stranger = _assess(_email("Someone <someone@gmail.com>"))
    assert stranger.vendor_id is None and stranger.method == "none"
    assert any("free-mail" in r for r in stranger.reasons)
    keys = sender_keys(_email("Someone <someone@gmail.com>"))
    assert keys == (["someone@gmail.com"], [])


@pytest.mark.parametrize(
    "address",
    [
        "sales@woodcomer.com",  # rn -> m
        "sales@w00dcorner.com",  # 0 -> o
        "sales@woodcorners.com",  # edit distance 1
        "sales@wodcorner.co",  # edit distance 2
        "sales@woodcorner.com.billing-update.io",  # vendor domain embedded
        "sales@wооdcorner.com",  # Cyrillic o
        "info@acme-suppl1es.de",  # 1 -> l
    ],
)
def test_look_alike_domains_are_untrusted(address: str) -> None:
    trust = _assess(_email(f"Accounts <{address}>"))
    assert not trust.trusted
    assert any("looks like" in r for r in trust.reasons), trust.reasons


def test_unrelated_domain_is_not_a_look_alike() -> None:
    trust = _assess(_email("Carol <carol@bakery-berlin.de>"))
    assert trust.trusted and trust.vendor_id is None


def test_display_name_claiming_a_vendor_is_untrusted() -> None:
    trust = _assess(_email('"Wood Corner" <billing@payments-portal.net>'))
    assert not trust.trusted
    assert any("claims vendor Wood Corner GmbH" in r for r in trust.reasons)


def test_display_name_showing_another_address_is_untrusted() -> None:
    trust = _assess(_email('"sales@woodcorner.com" <x@evil.example>'))
    assert not trust.trusted
    assert any("display name shows sales@woodcorner.com" in r for r in trust.reasons)


def test_display_name_of_own_vendor_is_fine() -> None:
    assert _assess(_email('"Wood Corner Sales Team" <sales@woodcorner.com>')).trusted


def test_reply_to_elsewhere_is_untrusted() -> None:
    trust = _assess(_email("sales@woodcorner.com", **{"Reply-To": "pay@collect-now.biz"}))
    assert not trust.trusted
    assert any("Reply-To pay@collect-now.biz" in r for r in trust.reasons)
    same_vendor = _assess(_email("sales@woodcorner.com", **{"Reply-To": "anna.wood@gmail.com"}))
    assert same_vendor.trusted


def test_dmarc_fail_is_untrusted_and_results_are_reported() -> None:
    header = "mx.retail.example; spf=pass smtp.mailfrom=woodcorner.com; dkim=fail; dmarc=fail"
    trust = _assess(_email("sales@woodcorner.com", **{"Authentication-Results": header}))
    assert not trust.trusted
    assert (trust.spf, trust.dkim, trust.dmarc) == ("pass", "fail", "fail")
    assert any("DMARC failed" in r for r in trust.reasons)


def test_only_topmost_authentication_results_counts() -> None:
    value = "mx.retail.example; dmarc=fail\nforged.example; dmarc=pass; spf=pass"
    assert parse_auth_results(value) == {"dmarc": "fail"}


def test_passing_authentication_is_trusted() -> None:
    header = "mx.retail.example; spf=pass; dkim=pass header.d=woodcorner.com; dmarc=pass"
    trust = _assess(_email("sales@woodcorner.com", **{"Authentication-Results": header}))
    assert trust.trusted and trust.dmarc == "pass"


def test_invalid_from_is_untrusted() -> None:
    email = parse_email(b"From: not an address\nSubject: x\n\nhello\n")
    trust = assess_sender(email, {}, {}, DIRECTORY)
    assert not trust.trusted
    assert "missing or not valid" in trust.reasons[0]


def test_trusted_relay_may_carry_vendor_display_name() -> None:
    email = _email('"Wood Corner" <notifications@retail.example>')
    assert not assess_sender(email, {}, {}, DIRECTORY).trusted
    relayed = assess_sender(
        email, {}, {}, DIRECTORY, trusted_relays={"notifications@retail.example"}
    )
    assert relayed.trusted
