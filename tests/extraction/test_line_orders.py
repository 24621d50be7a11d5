"""The order each line belongs to, and numbers set apart as the rest of the goods."""

from __future__ import annotations

from agent.extraction.rules.quantities import find_lines
from tests.extraction.conftest import EU, RULES_ONLY, make_email


def orders_of(text: str, subject: str = "") -> list[tuple[float | None, str | None]]:
    extraction = RULES_ONLY.extract(make_email(text, subject=subject), EU)
    return [(line.qty, line.po_ref) for line in extraction.lines]


def test_the_only_order_of_the_email_governs_every_line() -> None:
    text = "Hi Laura,\n\nWe ship 120 pcs today. The remaining 80 pcs follow next week.\n"
    assert orders_of(text, subject="Re: P00412 planters") == [
        (120.0, "P00412"),
        (80.0, "P00412"),
    ]


def test_bullets_per_order() -> None:
    text = (
        "Dear Laura,\n\nConfirming as follows:\n\n"
        "1) P02056 - Bath towel (DCM-BT-70) - 3,000 pcs - ex-factory 20.10.2026\n"
        "2) P02057 - Hand towel (DCM-HT-50) - 5,000 pcs - ex-factory 20.10.2026\n"
    )
    assert orders_of(text) == [(3000.0, "P02056"), (5000.0, "P02057")]


def test_several_orders_on_one_line_in_german() -> None:
    text = "Hallo Herr Brandt,\n\nHeute versandt: P00412: 120 Stück, P00413: 40 Stück.\n"
    assert orders_of(text) == [(120.0, "P00412"), (40.0, "P00413")]


def test_a_table_with_an_order_column() -> None:
    text = (
        "Hi Mike,\n\nShipping plan:\n\n"
        "PO       Item                 Qty    Ship date\n"
        "P10913   Kraft gift wrap      400    12/04\n"
        "P10914   Tissue paper packs   250    12/11\n"
    )
    assert orders_of(text) == [(400.0, "P10913"), (250.0, "P10914")]


def test_the_order_after_the_quantity_in_its_sentence() -> None:
    text = (
        "Hi Laura,\n\nThis air shipment carries the 150 outstanding fire pit covers on P11143 "
        "plus the full 300 BBQ covers on P11142, so both orders are now complete.\n"
    )
    assert orders_of(text) == [(150.0, "P11143"), (300.0, "P11142")]


def test_an_order_named_as_company_governs_nothing() -> None:
    text = (
        "Dear Mike,\n\n"
        "2) P05606 wireless charger - only 1,200 pcs can ship with P05605, other 800 pcs ship "
        "next vessel.\n"
    )
    assert orders_of(text) == [(1200.0, "P05606"), (800.0, "P05606")]


def test_the_order_named_earlier_in_the_paragraph() -> None:
    text = (
        "Dear Tim,\n\nP10664 (brass lanterns): all ready and packed.\n\n"
        "P10665 (brass planters): we could cast only 150 pcs of the 250 pcs. These go in the "
        "same container as P10664. The balance 100 pcs will be shipped in December.\n"
    )
    assert orders_of(text) == [(150.0, "P10665"), (100.0, "P10665")]


def test_french_spanish_and_dutch_orders() -> None:
    fr = "Bonjour,\n\nCommande P03701 : 360 pièces expédiées. Commande P03702 : 48 cartons.\n"
    assert orders_of(fr) == [(360.0, "P03701"), (48.0, "P03702")]
    es = "Hola Tim:\n\n- P03644: 45 rollos cancelados.\n- P03645: 120 unidades el lunes.\n"
    assert orders_of(es) == [(45.0, "P03644"), (120.0, "P03645")]
    nl = (
        "Beste Mike,\n\n"
        "P03630 - compleet (VB-TS-70, 180 st)\nP03638 - compleet (VB-KP-30, 1.000 st)\n"
    )
    assert orders_of(nl) == [(180.0, "P03630"), (1000.0, "P03638")]


def test_a_line_no_order_governs_stays_open() -> None:
    text = (
        "Dear Sandra,\n\nThis affects your order P10113: delivery moves to week 51.\n\n"
        "Order P10114 is not affected.\n\n"
        "We can ship 2.400 pcs from stock in week 49 as a partial delivery.\n"
    )
    assert orders_of(text) == [(2400.0, None)]


def test_vendor_numbers_are_not_orders_of_a_line() -> None:
    text = "Hi Laura,\n\nOur order confirmation AB-2026-5531: we ship 120 pcs today.\n"
    assert orders_of(text) == [(120.0, None)]


def test_orders_named_only_in_the_subject_or_after_an_untied_quantity_leave_it_open() -> None:
    text = "Hi Laura,\n\nToday we shipped 120 pcs, the rest follows next week.\n"
    assert orders_of(text, subject="P00412 / P00413 shipment") == [(120.0, None)]
    text = "Hi Laura,\n\nToday we shipped 120 pcs, P00412 and P00413 are complete next week.\n"
    assert orders_of(text) == [(120.0, None)]


def lines_of(text: str) -> list[float | None]:
    found = find_lines(text, [(0, len(text))])
    for line in found:
        assert text[line.span.start : line.span.end] == line.span.quote
    return [line.qty for line in found]


def test_a_number_set_apart_as_the_rest_is_a_line_whatever_follows() -> None:
    assert lines_of("We can deliver only 140. The other 60 broke in the kiln.") == [140.0, 60.0]
    assert 300.0 in lines_of("Vandaag 500 stuks verzonden. De overige 300 komen half januari.")
    assert 60.0 in lines_of("De las 600 ollas sólo van 540. Las otras 60 no pasaron control.")
    assert 150.0 in lines_of(
        "Wir versenden 250 Stück am Montag. Für die übrigen 150 gibt es zwei Wege."
    )
    assert lines_of("Would you like the missing 120 as the medium size instead?") == [120.0]


def test_a_time_amount_article_or_order_after_the_rest_is_no_line() -> None:
    assert lines_of("We shipped 200 pcs. The other 2 items are fine.") == [200.0]
    assert lines_of("We shipped 200 pcs. The other 2 orders ship complete.") == [200.0]
    assert lines_of("Production took the last 3 weeks, we ship 80 pcs now.") == [80.0]
    assert lines_of("We ship 90 pcs; the other 10 EUR are freight.") == [90.0]


def test_the_rest_stated_twice_is_one_line() -> None:
    text = (
        "Hoy despachamos 250 de los 400 cinturones, los otros 150 quedan pendientes. "
        "Calculamos que los 150 restantes salen en diciembre."
    )
    assert lines_of(text) == [250.0, 150.0]
