"""Order lines, round 2: the product a count is for, and counts that are not lines."""

from __future__ import annotations

from agent.extraction.rules.line_tables import product
from agent.extraction.rules.quantities import find_lines


def lines_of(text: str, *, whole_order: bool = False) -> list[tuple[str | None, float | None]]:
    found = find_lines(text, [(0, len(text))], whole_order=whole_order)
    for line in found:
        assert text[line.span.start : line.span.end] == line.span.quote
    return [(line.product, line.qty) for line in found]


def test_code_named_earlier_in_the_sentence_is_the_product() -> None:
    text = (
        "Because the 24cm saucepan (SK-SP-24) handle has a quality issue, we only load "
        "600 pcs, balance 400 pcs will follow with the next container."
    )
    assert lines_of(text) == [("SK-SP-24", 600.0), ("SK-SP-24", 400.0)]


def test_code_after_a_short_description_beats_a_code_across_a_comma() -> None:
    text = "Honey BA-HON-FR-450 is complete, 300 boxes amber cookies BA-CK-200 ship today."
    assert ("BA-CK-200", 300.0) in lines_of(text)


def test_code_before_the_count_in_german_and_dutch() -> None:
    assert lines_of("Geliefert wird AF-GS-3, 240 Stück.") == [("AF-GS-3", 240.0)]
    assert lines_of("Van VB-PB-60 leveren we vandaag 240 stuks.") == [("VB-PB-60", 240.0)]


def test_the_only_code_of_the_email_names_the_remaining_quantity() -> None:
    text = (
        "Hi Laura,\n\nP00412: the planters AHG-PL-18 are stuck at the port.\n"
        "We ship 120 pcs on Monday. The remaining 80 units follow a week later.\n"
    )
    assert lines_of(text) == [("AHG-PL-18", 120.0), ("AHG-PL-18", 80.0)]


def test_document_numbers_are_never_products() -> None:
    text = (
        "Nous confirmons votre commande P06254 (notre no CMD-LAU-8812) : 960 pièces.\n"
        "Bon de livraison BL-26-9931. Our SC no. TCC-SC-8A-1103 attached.\n"
        "Vessel: Atlantic Sail V.26E. Auftragsbestätigung AB-2026-5531, container TGBU-4410928."
    )
    assert lines_of(text) == [(None, 960.0)]


def test_two_codes_in_the_email_and_none_in_the_sentence_leave_the_product_open() -> None:
    text = "P00715: LC-CST-10 and LC-TRV-20 are ready.\nThe remaining 80 units follow in January."
    assert lines_of(text) == [(None, 80.0)]


def test_description_after_a_count_of_pieces() -> None:
    assert lines_of("We confirm 48 pcs of power banks for Friday.") == [("power banks", 48.0)]
    assert lines_of("We ship 48 pcs today.") == [(None, 48.0)]


def test_table_row_product_is_the_code_not_the_position_order_or_description() -> None:
    assert product("1-6  TC-LTN-1M     Lightning cable 1m white   1200") == "TC-LTN-1M"
    assert product("2a  EK-HL-20 Heizlüfter 2000 W        200    14.12.2026") == "EK-HL-20"
    assert product("P04024    LPF-SO-79012    LP-DOG-6K     480      BAG") == "LP-DOG-6K"
    assert product("P10913   Kraft gift wrap      400    12/04") == "Kraft gift wrap"
    assert product("Handdoek 50x100 grijs 600              600") == "Handdoek 50x100 grijs"
    assert product("NB-ST-12 Storage tin 12cm   3000   USD 0.82   2026-09-18") == "NB-ST-12"


def test_table_row_gives_the_shipped_and_the_backordered_quantity() -> None:
    text = (
        "Item          Ordered  Shipping 9/11  Backordered  Avail.\n"
        "AHG-BM-BLU    400      250            150          9/25\n"
        "AHG-SC-WHT    200      200            0            -\n"
    )
    assert lines_of(text) == [("AHG-BM-BLU", 250.0), ("AHG-BM-BLU", 150.0), ("AHG-SC-WHT", 200.0)]


def test_count_goods_and_code_in_five_languages() -> None:
    assert lines_of("De rest (40 plantenbakken FT-PB-80) leveren we volgende week.") == [
        ("FT-PB-80", 40.0)
    ]
    assert lines_of("Moin, P10411 geht klar: 120 Plaids LW-PL-130 kommen Do.") == [
        ("LW-PL-130", 120.0)
    ]
    assert lines_of("En revanche, les 40 planches à découper AV-PD-40 sont prêtes.") == [
        ("AV-PD-40", 40.0)
    ]
    assert lines_of("We have to cancel 600 gingerbread tins GB-TIN-400.") == [("GB-TIN-400", 600.0)]


def test_measures_dates_and_ordered_totals_before_a_code_are_not_counts() -> None:
    assert lines_of("The 750 ml bottles (AS-AOVE-750) are on allocation.") == []
    assert lines_of("We ship on 14 November SK-SP-24 and the lids.") == []
    assert lines_of("Von den 500 Brotkästen SW-BK-38 konnten wir heute 320 Stück senden.") == [
        ("SW-BK-38", 320.0)
    ]
    assert lines_of("nur 500 der 800 Geschirrtücher BT-GT-50") == [("BT-GT-50", 500.0)]


def test_order_parenthesis_counts_only_when_the_whole_order_is_meant() -> None:
    text = "Bevestiging van P03641 (250 theedoeken DV-TD-3): we leveren dinsdag."
    assert lines_of(text) == []
    assert lines_of(text, whole_order=True) == [("DV-TD-3", 250.0)]


def test_pallets_and_weights_beside_the_goods_are_packing_not_lines() -> None:
    text = "P05670 loaded today complete - 14 pallets, 612 kg, 1,680 pcs bath towels."
    assert [qty for _, qty in lines_of(text)] == [1680.0]
    assert lines_of("Hoy salió el pedido: 14 cajas con las 840 piezas.") == [(None, 840.0)]


def test_a_bare_pallet_count_is_freight_but_a_split_by_pallets_is_a_line() -> None:
    assert lines_of("P00292 shipped this morning, all 3 pallets, PRO 0123456789.") == []
    assert [q for _, q in lines_of("We could only load 18 of the 24 pallets today.")] == [18.0]


def test_a_question_restates_the_order_and_states_no_lines() -> None:
    text = (
        "The PO shows 1.500 pcs of the cork trivets (LC-TRV-20), but our quotation was for "
        "15.000 pcs. Could you confirm which quantity is correct?"
    )
    assert lines_of(text) != []
    assert find_lines(text, [(0, len(text))], asking=True) == []


def test_counts_of_named_goods_after_an_article_or_all() -> None:
    assert lines_of("No partial on this one - all 640 swags and the 200 tarps went together.") == [
        ("swag", 640.0),
        ("tarp", 200.0),
    ]
    assert lines_of("Hoy salieron las 36 macetas grandes que quedaron pendientes.") == [
        ("macetas grandes", 36.0)
    ]
    assert lines_of("Les 360 vases Meuse vous seront livrés mardi.") == [("vases Meuse", 360.0)]


def test_named_goods_are_not_years_durations_weekdays_or_the_buyers_order() -> None:
    assert lines_of("As agreed, the 2027 prices apply from January.") == []
    assert lines_of("We need the 30 days notice for all 12 weeks.") == []
    assert lines_of("Optie 1: we sturen die 50 vrijdag mee.") == []
    assert lines_of("Sadly the 200 shower caddies you ordered are late.") == []
    assert lines_of("Van de las 600 ollas de greda sólo van 540.") == []


def test_items_of_a_list_of_goods() -> None:
    text = "Shipped complete: 400 duvet covers, 400 pillowcase pairs and 150 fitted sheets."
    assert lines_of(text) == [
        ("duvet covers", 400.0),
        ("pillowcase pairs", 400.0),
        ("fitted sheets", 150.0),
    ]
    assert [q for _, q in lines_of("Het restant (800 st) volgt in week 47.")] == [800.0]


def test_list_items_that_are_times_packing_or_the_ordered_list_are_not_lines() -> None:
    assert lines_of("Anlieferung: 11 Uhr, Rampe 4.") == []
    assert lines_of("Sendung: 14 colli, 22 palets.") == []
    text = "Bevestiging van P03641 (250 theedoeken, 120 schortjes): we leveren dinsdag."
    assert lines_of(text) == []
    assert [q for _, q in lines_of(text, whole_order=True)] == [250.0, 120.0]
