"""References, order lines, price changes and tracking numbers."""

from __future__ import annotations

import pytest

from agent.extraction.rules.prices import find_price_changes
from agent.extraction.rules.quantities import find_lines
from agent.extraction.rules.refs import find_refs
from agent.extraction.rules.tracking import find_tracking


def whole(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


@pytest.mark.parametrize(
    ("text", "prefixes", "expected"),
    [
        ("about P00042 and P00043", ("P",), ["P00042", "P00043"]),
        ("your PO00042", ("PO",), ["PO00042"]),
        ("order PO/2026/00123 is late", ("PO",), ["PO/2026/00123"]),
        ("order PO/2026/00123 is late", ("PO/",), ["PO/2026/00123"]),
        ("P00042 and PO00043", ("P", "PO"), ["P00042", "PO00043"]),
        ("PXP00042 or P00042X", ("P",), []),
    ],
)
def test_odoo_names(text: str, prefixes: tuple[str, ...], expected: list[str]) -> None:
    refs = find_refs(text, "", len(text), prefixes)
    assert [r.value for r in refs if r.kind == "odoo"] == expected
    for ref in refs:
        assert ref.span is not None and text[ref.span.start : ref.span.end] == ref.span.quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see SO-88123", "SO-88123"),
        ("Auftragsbestätigung AB-2026-5531", "AB-2026-5531"),
        ("our order 4711 is ready", "4711"),
        ("notre commande n° 77812", "77812"),
        ("nuestro pedido 5521", "5521"),
        ("onze ordernummer 9981", "9981"),
    ],
)
def test_vendor_order_numbers(text: str, expected: str) -> None:
    refs = find_refs(text, "", len(text), ("P",))
    assert [r.value for r in refs if r.kind == "vendor"] == [expected]


def test_quoted_and_subject_refs_are_marked() -> None:
    text = "New date for P00042 is fine.\n\n> On Mon you wrote: what about P00050?"
    refs = find_refs(text, "Re: Purchase Order P00061", text.index("\n\n"), ("P",))
    by_value = {r.value: r for r in refs}
    assert by_value["P00042"].in_quoted is False
    assert by_value["P00050"].in_quoted is True
    assert by_value["P00061"].in_quoted is True and by_value["P00061"].span is None


def test_a_ref_in_new_text_and_history_counts_as_new() -> None:
    text = "> P00042 where is it?\nP00042 ships today"
    refs = find_refs(text, "", len(text), ("P",))
    assert len(refs) == 1 and refs[0].value == "P00042"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we ship 120 pcs of ABC-123 today", ("ABC-123", 120.0, "pcs")),
        ("ABC-123: 80 units", ("ABC-123", 80.0, "pcs")),
        ("the remaining 80 units follow", (None, 80.0, "pcs")),
        ("1,200 pcs ABC-123", ("ABC-123", 1200.0, "pcs")),
        ("wir liefern 50 Stück SW-TOPF-24", ("SW-TOPF-24", 50.0, "pcs")),
        ("200 x ABC-123", ("ABC-123", 200.0, None)),
    ],
)
def test_lines(text: str, expected: tuple[str | None, float, str | None]) -> None:
    lines = find_lines(text, whole(text))
    assert [(ln.product, ln.qty, ln.unit) for ln in lines] == [expected]
    assert text[lines[0].span.start : lines[0].span.end] == lines[0].span.quote


def test_table_rows_and_context_codes() -> None:
    text = "Item        Qty\nTC-LTN-1M   2000\nTC-LTN-2M   1000 pcs\n"
    assert [(ln.product, ln.qty) for ln in find_lines(text, whole(text))] == [
        ("TC-LTN-1M", 2000.0),
        ("TC-LTN-2M", 1000.0),
    ]
    text = "we send 40 pcs widget9 now"
    assert [ln.product for ln in find_lines(text, whole(text), ("widget9",))] == ["widget9"]


def test_several_lines_kept_apart() -> None:
    text = "P00455: 300 pcs of AB-1 on Monday, 200 pcs of AB-2 next week"
    assert [(ln.product, ln.qty) for ln in find_lines(text, whole(text))] == [
        ("AB-1", 300.0),
        ("AB-2", 200.0),
    ]


@pytest.mark.parametrize(
    ("text", "old", "new", "pct", "currency"),
    [
        ("price of VX-1 goes from USD 2.35 to USD 2.46", 2.35, 2.46, None, "USD"),
        ("Preis von 12,50 € auf 13,10 €", 12.5, 13.1, None, "EUR"),
        ("€12.50 -> €13.10", 12.5, 13.1, None, "EUR"),
        ("a price increase of 4%", None, None, 4.0, None),
        ("augmentation de prix de 3,5 %", None, None, 3.5, None),
        ("price reduction of 2%", None, None, -2.0, None),
        ("new price: EUR 13.10", None, 13.1, None, "EUR"),
    ],
)
def test_price_changes(
    text: str, old: float | None, new: float | None, pct: float | None, currency: str | None
) -> None:
    found = find_price_changes(text, whole(text), [])
    assert len(found) == 1
    change = found[0]
    assert (change.old_price, change.new_price, change.percent, change.currency) == (
        old,
        new,
        pct,
        currency,
    )


@pytest.mark.parametrize(
    ("text", "carrier", "number"),
    [
        ("Tracking UPS 1Z999AA10123456784.", "UPS", "1Z999AA10123456784"),
        ("sent with DHL, tracking number JJD000390007881234", "DHL", "JJD000390007881234"),
        ("DPD Sendungsnummer: 01234567890123", "DPD", "01234567890123"),
        ("GLS tracking: 123456789012", "GLS", "123456789012"),
        ("PostNL track & trace 3SABCD1234567", "PostNL", "3SABCD1234567"),
        ("FedEx tracking # 123456789012", "FedEx", "123456789012"),
        ("TNT consignment 123456789", "TNT", "123456789"),
        ("via DB Schenker, tracking 1234567890", "DB Schenker", "1234567890"),
        ("Kuehne+Nagel, B/L KNHAM1234567", "Kuehne+Nagel", "KNHAM1234567"),
        ("container MSKU1234567 on board", None, "MSKU1234567"),
    ],
)
def test_tracking(text: str, carrier: str | None, number: str) -> None:
    found = find_tracking(text, whole(text))
    assert [(t.carrier, t.number) for t in found] == [(carrier, number)]
