"""A handful of labelled emails written here, and a runner for ``triage evals``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from agent.cli import app

VENDORS = {
    "Acme Home Goods Inc.": ("US", "acmehomegoods.com", "Jessica Moreno"),
    "Nordic Textiles AB": ("SE", "nordictextiles.se", "Anna Berg"),
    "Keramik Werk GmbH": ("DE", "keramikwerk.de", "Jonas Huber"),
}


def example(
    ident: str,
    vendor: str,
    split: str,
    intent: str,
    subject: str,
    text: str,
    *,
    po_refs: list[str],
    commitment: tuple[str, str] | None = None,
    received_at: str = "2026-11-17T09:42:00+01:00",
    change_type: str = "none",
    language: str = "en",
) -> dict[str, Any]:
    """One dataset line; the commitment is (ISO date, quote) and its span is found in text."""
    country, domain, person = VENDORS[vendor]
    first, last = person.lower().split()
    labels: dict[str, Any] = {"intent": intent, "po_refs": po_refs, "commitment_date": None}
    if commitment is not None:
        value, quote = commitment
        start = text.index(quote)
        labels.update(
            commitment_date=value,
            commitment_quote=quote,
            commitment_start=start,
            commitment_end=start + len(quote),
        )
    return {
        "id": ident,
        "split": split,
        "origin": "handwritten",
        "language": language,
        "vendor": vendor,
        "vendor_country": country,
        "from": f"{person} <{first}.{last}@{domain}>",
        "subject": subject,
        "received_at": received_at,
        "text": text,
        "new_text_end": len(text),
        "change_type": change_type,
        "injection": False,
        "labels": labels,
    }


def small_examples() -> list[dict[str, Any]]:
    """Eleven emails across vendors, intents, two languages and both splits."""
    acme, nordic, keramik = VENDORS
    rows = [
        example("t-01", acme, "dev", "delay", "Re: Purchase Order P00412",
                "Hi Laura,\n\nThe planters for P00412 are stuck at the port. We won't make "
                "the 11/20 delivery. Best we can do now is 12/04.\n\nThanks,\nJessica",
                po_refs=["P00412"], commitment=("2026-12-04", "12/04"), change_type="date"),
        example("t-02", nordic, "dev", "delay", "P00517 delivery",
                "Hello Mike,\n\nSorry, the linen towels for order P00517 are not ready. "
                "We can deliver in week 50 instead of week 48.\n\nBest regards\nAnna",
                po_refs=["P00517"], commitment=("2026-12-07", "week 50"),
                received_at="2026-11-25T08:05:00+01:00", change_type="date"),
        example("t-03", keramik, "dev", "cancellation", "Stornierung P00610",
                "Hallo Frau Klein,\n\nleider müssen wir die Bestellung P00610 komplett "
                "stornieren, der Artikel wird nicht mehr hergestellt.\n\nMit freundlichen "
                "Grüßen\nJonas Huber", po_refs=["P00610"], change_type="cancel",
                language="de"),
        example("t-04", acme, "dev", "price_change", "Price update P00415",
                "Hi Laura,\n\nplease note that due to higher freight costs the price for "
                "P00415 increases by 4% from January 1, 2027.\n\nThanks,\nJessica",
                po_refs=["P00415"], change_type="price"),
        example("t-05", nordic, "dev", "other", "Out of office",
                "Thank you for your email. I am out of the office until Monday and will "
                "reply when I am back.\n\nAnna Berg", po_refs=[]),
        example("t-06", acme, "dev", "confirmation", "Order confirmation P00420",
                "Hi Laura,\n\nwe confirm P00420 as ordered, delivery on 12/10.\n\nThanks,\n"
                "Jessica", po_refs=["P00420"], commitment=("2026-12-10", "12/10")),
        example("t-07", keramik, "test", "delay", "Lieferverzug P00611",
                "Hallo Frau Klein,\n\ndie Vasen zu P00611 verspäten sich. Neuer Liefertermin "
                "ist der 14.12.2026.\n\nMit freundlichen Grüßen\nJonas Huber",
                po_refs=["P00611"], commitment=("2026-12-14", "14.12.2026"),
                change_type="date", language="de"),
        example("t-08", nordic, "test", "question", "Question on P00520",
                "Hello Mike,\n\ncan you tell us which delivery address to use for P00520? "
                "Please answer soon.\n\nBest regards\nAnna", po_refs=["P00520"]),
        example("t-09", acme, "test", "delay", "Re: P00430 update",
                "Hi Laura,\n\nP00430 is delayed, the new delivery date is 12/18.\n\nThanks,\n"
                "Jessica", po_refs=["P00430"], commitment=("2026-12-18", "12/18"),
                change_type="date"),
        example("t-10", nordic, "test", "cancellation", "Cancellation P00521",
                "Hello Mike,\n\nwe have to cancel order P00521, the fabric is no longer "
                "available.\n\nBest regards\nAnna", po_refs=["P00521"], change_type="cancel"),
        example("t-11", keramik, "test", "other", "Newsletter",
                "Besuchen Sie uns auf der Ambiente in Frankfurt! Neue Kollektion 2027.\n\n"
                "Keramik Werk GmbH", po_refs=[], language="de"),
    ]  # fmt: skip
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Write dataset lines."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return path


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """The small dataset as a JSONL file."""
    return write_jsonl(tmp_path / "small.jsonl", small_examples())


@pytest.fixture
def runs(tmp_path: Path) -> Path:
    """A fresh runs directory."""
    return tmp_path / "runs"


def invoke(*args: str) -> Result:
    """Run ``triage`` in-process."""
    return CliRunner().invoke(app, list(args))
