"""Texts about a vendor that a buyer can use as they are.

``followup_email`` writes the chase email in the vendor's language (from the partner's
language, else its country); ``price_review`` puts a price change next to the order's
prices and the product's list price, so the margin impact is a number, not a hunch.
"""

from __future__ import annotations

from agent.models import Extraction
from agent.odoo.records import Product, PurchaseOrder, User, Vendor
from agent.prompts import load_prompt

LANGUAGES = ("en", "de", "fr", "es", "nl")
COUNTRY_LANGUAGE = {
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "LI": "de",
    "FR": "fr",
    "LU": "fr",
    "MC": "fr",
    "ES": "es",
    "MX": "es",
    "AR": "es",
    "CL": "es",
    "CO": "es",
    "PE": "es",
    "NL": "nl",
}


def vendor_language(vendor: Vendor | None) -> str:
    """The language to write to a vendor in: its Odoo language, else its country's, else en."""
    if vendor is None:
        return "en"
    if vendor.lang and vendor.lang[:2].lower() in LANGUAGES:
        return vendor.lang[:2].lower()
    return COUNTRY_LANGUAGE.get((vendor.country_code or "").upper(), "en")


def followup_email(
    vendor: Vendor | None, order: PurchaseOrder, buyer: User | None
) -> tuple[str, str, str]:
    """(language, subject, body) of the chase email for ``order``."""
    language = vendor_language(vendor)
    planned = min((line.date_planned for line in order.lines), default=order.date_planned)
    values = {
        "vendor": vendor.name if vendor else order.partner_name,
        "po": f"{order.name} ({order.partner_ref})" if order.partner_ref else order.name,
        "planned_date": planned.date().isoformat() if planned else "the agreed date",
        "buyer": buyer.name if buyer else "Purchasing",
    }
    prompt = load_prompt("followup_email")
    return (
        language,
        prompt.render(language, "subject", **values),
        prompt.render(language, "body", **values),
    )


def price_review(
    extraction: Extraction, order: PurchaseOrder | None, products: dict[int, Product]
) -> str:
    """The announced price changes against the order's prices and the list prices."""
    if order is None or not extraction.price_changes:
        return ""
    parts = []
    by_code = {line.product_code.upper(): line for line in order.lines if line.product_code}
    for change in extraction.price_changes:
        lines = (
            [by_code[change.product.upper()]]
            if change.product and change.product.upper() in by_code
            else order.lines
        )
        for line in lines:
            old = change.old_price if change.old_price is not None else line.price_unit
            if change.new_price is not None:
                new = change.new_price
            elif change.percent is not None:
                new = round(old * (1 + change.percent / 100), 4)
            else:
                continue
            product = products.get(line.product_id)
            effective = (
                f" from {change.effective_date.isoformat()}" if change.effective_date else ""
            )
            text = (
                f"{line.product_code or line.name}: {old:.2f} → {new:.2f} "
                f"({(new - old) / old:+.1%}){effective}; on this order "
                f"{(new - old) * (line.product_qty - line.qty_received):+.2f} {order.currency}"
                if old
                else f"{line.product_code or line.name}: new price {new:.2f}{effective}"
            )
            if product is not None and product.list_price > 0 and old:
                before = (product.list_price - old) / product.list_price
                after = (product.list_price - new) / product.list_price
                text += f"; margin at list price {before:.1%} → {after:.1%}"
            parts.append(text)
    return "; ".join(parts[:4])
