from __future__ import annotations

import datetime as dt

from agent.models import Extraction, Intent, PriceChange, Span
from agent.odoo.records import Product, PurchaseOrder, PurchaseOrderLine, User, Vendor
from agent.vendor_texts import followup_email, price_review, vendor_language

SPAN = Span(start=0, end=1, quote="x")
ORDER = PurchaseOrder(
    id=1,
    name="P00238",
    partner_id=5,
    partner_name="Gartenwerk Schulz GmbH",
    state="purchase",
    date_order=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
    partner_ref="AB-77",
    lines=[
        PurchaseOrderLine(
            id=11,
            order_id=1,
            product_id=7,
            product_code="GRC-1004",
            product_qty=300,
            qty_received=100,
            price_unit=2.0,
            date_planned=dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC),
        )
    ],
)


def _vendor(country: str, lang: str | None = None) -> Vendor:
    return Vendor(id=5, name="Gartenwerk Schulz GmbH", country_code=country, lang=lang)


def test_language_follows_partner_language_then_country() -> None:
    assert vendor_language(_vendor("DE")) == "de"
    assert vendor_language(_vendor("BE", "nl_BE")) == "nl"
    assert vendor_language(_vendor("US")) == "en"
    assert vendor_language(None) == "en"


def test_followup_email_is_written_in_the_vendors_language() -> None:
    buyer = User(id=8, login="ana", name="Ana Ruiz")
    language, subject, body = followup_email(_vendor("DE"), ORDER, buyer)
    assert language == "de"
    assert "P00238 (AB-77)" in subject and "Liefertermin" in subject
    assert "2026-12-01" in body and body.endswith("Ana Ruiz")
    _, subject_fr, _ = followup_email(_vendor("FR"), ORDER, None)
    assert "Commande" in subject_fr


def test_price_review_puts_numbers_on_the_change() -> None:
    extraction = Extraction(
        message_id="<m>",
        intent=Intent.PRICE_CHANGE,
        intent_confidence=0.9,
        confidence=0.9,
        extractor="t",
        price_changes=[
            PriceChange(
                product="GRC-1004",
                percent=4.0,
                currency="EUR",
                effective_date=dt.date(2027, 1, 1),
                span=SPAN,
                confidence=0.9,
            )
        ],
    )
    product = Product(id=7, default_code="GRC-1004", name="Tea", list_price=3.0)
    text = price_review(extraction, ORDER, {7: product})
    assert "2.00 → 2.08 (+4.0%) from 2027-01-01" in text
    assert "+16.00 EUR" in text
    assert "margin at list price 33.3% → 30.7%" in text
    assert price_review(extraction, None, {}) == ""
