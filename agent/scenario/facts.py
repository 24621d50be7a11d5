"""The story of the bundled scenario, as constants that later stages' tests rely on.

Keep these stable: the extraction, matching, risk and recommendation tests assert them.
``agent/scenario/README.md`` tells the same story in a table.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from agent.scenario import INBOX_DIR
from agent.scenario.demand import recent_mean
from agent.scenario.letters import ALL_LETTERS, Fact, Letter
from agent.scenario.model import Scenario

TODAY = dt.date(2026, 11, 26)
MAIN_DC = 1
NORTH_HUB = 2

# The one known high-risk delay: Terra's email moves P00233 (600 bags of rock salt for the
# Main DC) from 30 Nov to 21 Dec 2026; the Main DC holds about 5 days of rock salt.
KNOWN_DELAYED_PO = "P00233"
KNOWN_DELAYED_PRODUCT = "GRD-3002"
KNOWN_DELAYED_WAREHOUSE = MAIN_DC
KNOWN_DELAY_PLANNED_DATE = dt.date(2026, 11, 30)
KNOWN_DELAY_NEW_DATE = dt.date(2026, 12, 21)
KNOWN_DELAY_LETTER = "terra-p233-delay"

# The only spoofed sender: Acme's name on the look-alike domain acme-supp1y.com.
SPOOFED_LETTER = "spoof-acme-bank"
SPOOFED_DOMAIN = "acme-supp1y.com"

# Replies whose text names no order: only their thread headers tie them to one.
REFERENCES_ONLY_LETTERS = ("greenvalley-p243-references-only",)
# Emails that name only the vendor's order number (partner_ref).
PARTNER_REF_ONLY_LETTERS = ("pacific-p248-partner-ref",)
TWO_ORDER_LETTER = "acme-p247-p250-status"
HTML_ONLY_LETTER = "terra-p246-asn-html"
CSV_LETTER = "greenvalley-p249-csv"
NOISE_LETTERS = ("greenvalley-newsletter", "nordic-p252-ooo", "sparkle-statement")

# Stock stories.
TRANSFER_PRODUCT = "HSH-2004"  # Main DC ~6 days, North Store Hub ~70 days; P00232 to week 51
ALTERNATE_VENDOR_PRODUCT = "GRC-1001"  # Pacific Pantry 21 days, Green Valley 5 days
HARMLESS_DELAY_PO = "P00234"  # LED bulbs ~80 days of cover, delayed two weeks
NEAR_STOCKOUT = (("GRC-1015", MAIN_DC), ("GRD-3009", MAIN_DC), ("HSH-2002", NORTH_HUB))
PROMO_PRODUCTS = ("GRC-1001", "HSH-2002")
INTERMITTENT_PRODUCTS = ("GRC-1016", "HSH-2012", "GRD-3007", "GRD-3010", "GRD-3011")
# Orders that no email explains: Odoo's own exceptions find them.
LATE_RECEIPT_PO = "P00242"  # planned 24 Nov, nothing received
UNACKNOWLEDGED_RFQ_PO = "P00252"  # only an out-of-office reply


class EmailFact(NamedTuple):
    """One inbox file and what it says."""

    key: str
    file: str
    message_id: str
    fact: Fact


def letter(key: str) -> Letter:
    """The letter with this key (``KeyError`` when there is none)."""
    for item in ALL_LETTERS:
        if item.key == key:
            return item
    raise KeyError(key)


def inbox_file(key: str) -> Path:
    """Path of the rendered ``.eml`` of a letter in the bundled Maildir."""
    return INBOX_DIR / "new" / letter(key).maildir_name


def email_facts() -> list[EmailFact]:
    """Every inbox email with its file name, Message-ID and facts, oldest first."""
    return [EmailFact(x.key, x.maildir_name, x.message_id, x.fact) for x in ALL_LETTERS]


SPOOFED_EMAIL_FILE = letter(SPOOFED_LETTER).maildir_name
KNOWN_DELAY_EMAIL_FILE = letter(KNOWN_DELAY_LETTER).maildir_name


def days_of_cover(scenario: Scenario, code: str, warehouse_id: int) -> float:
    """Free stock (on hand minus reserved) over mean daily demand of the last 28 days."""
    product = scenario.product(code)
    stock = next(
        s for s in scenario.stock if s.product_id == product.id and s.warehouse_id == warehouse_id
    )
    series = next(
        d for d in scenario.demand if d.product_id == product.id and d.warehouse_id == warehouse_id
    )
    mean = recent_mean(series.daily)
    free = stock.on_hand - stock.reserved
    return free / mean if mean > 0 else float("inf")


def stockout_date(scenario: Scenario, code: str, warehouse_id: int) -> dt.date:
    """The day free stock runs out at the recent mean rate, with no receipt in between."""
    cover = days_of_cover(scenario, code, warehouse_id)
    return scenario.today + dt.timedelta(days=int(cover))
