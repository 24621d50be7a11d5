"""Line quantities as a buyer reads them: tables, counts with units, parts of the order."""

from __future__ import annotations

import pytest

from agent.extraction.rules.quantities import find_lines


def qtys(text: str, *, whole_order: bool = False) -> list[float | None]:
    lines = find_lines(text, [(0, len(text))], whole_order=whole_order)
    for line in lines:
        assert text[line.span.start : line.span.end] == line.span.quote
    return [line.qty for line in lines]


def test_table_reads_the_shipped_column_and_the_backordered_rest_not_ordered() -> None:
    text = (
        "Item        Ordered  Shipped 3/10  Backordered\n"
        "KT-BOWL     300      180           120\n"
        "KT-LID      100      100           0\n"
        "KT-TRAY     50       0             50\n"
    )
    lines = find_lines(text, [(0, len(text))])
    assert [(ln.product, ln.qty) for ln in lines] == [
        ("KT-BOWL", 180.0),
        ("KT-BOWL", 120.0),
        ("KT-LID", 100.0),
        ("KT-TRAY", 50.0),
    ]
    assert lines[0].span.quote == lines[1].span.quote == "KT-BOWL     300      180           120"


def test_table_qty_column_beside_prices_and_positions() -> None:
    text = (
        "Pos  Article                      Qty    Unit price   Total\n"
        "1    ZX-CUP  Cup 250 ml, red      640    EUR 1,20     EUR 768,00\n"
        "2    ZX-PLT  Plate 21 cm          320    EUR 2,10     EUR 672,00\n"
    )
    assert qtys(text) == [640.0, 320.0]


def test_table_right_aligned_quantity_under_its_header() -> None:
    text = (
        "Codice      Descrizione             Colli   Q.tà\n"
        "QQ-VS-20    Vaso 20cm               8       96\n"
        "QQ-VS-35    Vaso 35cm               12     144\n"
    )
    assert qtys(text) == [96.0, 144.0]


def test_table_french_header_and_space_thousands() -> None:
    text = (
        "Réf.       Désignation          Commandé   Expédié   Reliquat\n"
        "FR-SAC-20  Sac 20 kg            2 400      1 900     500\n"
    )
    assert qtys(text) == [1900.0, 500.0]


def test_price_table_has_no_quantities() -> None:
    text = (
        "Item        Description            2026 price   2027 price\n"
        "GD-HOSE-25  Garden hose 25 ft      $21.00       $22.40\n"
    )
    assert qtys(text) == []


def test_rows_without_header_take_the_first_count_after_the_code() -> None:
    text = (
        "Items dispatched:\n"
        "QP-LAMP-W   Desk lamp white      x 75\n"
        "QP-SHADE    Lamp shade linen     x 150\n"
        "PK-GIN-200  Gingerbread 200 g 720 Stk.   6 Kart.\n"
    )
    assert qtys(text) == [75.0, 150.0, 720.0]


def test_position_number_before_a_code_is_not_a_quantity() -> None:
    text = "3 WX-RAIL-2 Curtain rail 2 m 90 Stück 12.01.2027"
    assert qtys(text) == [90.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("heute gehen 1.200 Stück raus", 1200.0),
        ("wir liefern 1'200 Stück", 1200.0),
        ("nous expédions 450 pièces demain", 450.0),
        ("enviamos 75 unidades hoy", 75.0),
        ("vandaag 160 stuks verzonden", 160.0),
        ("we load 36 cartons today", 36.0),
        ("confirmed: 250 kg of smoked trout", 250.0),
        ("today 48 bags left the mill", 48.0),
        ("the quantity is reduced to 90 jars", 90.0),
    ],
)
def test_counts_with_units(text: str, expected: float) -> None:
    assert qtys(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we can ship only 120 of the 200 lamps now", [120.0]),
        ("enviamos 1.800 de las 2.400 latas", [1800.0]),
        ("wir liefern 70 von 90 Stück", [70.0]),
        ("180 van de 250 stuks gaan vandaag weg", [180.0]),
        ("see page 1 of 2 for details", []),
    ],
)
def test_part_of_the_order(text: str, expected: list[float]) -> None:
    assert qtys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "you ordered 500 pcs, please advise",
        "we ship Monday instead of 300 pcs as planned",
        "the gross weight is 480 kg",
        "apples in 18 kg cartons",
        "the code is TR-APL-18KG",
        "the price is EUR 3,90 per piece, +5% from January",
        "call us at +49 30 1234 567",
        "tracking 1Z999AA10123456784",
    ],
)
def test_not_line_quantities(text: str) -> None:
    assert qtys(text) == []


def test_restatement_after_the_order_name_counts_only_for_whole_order_emails() -> None:
    text = "We cancel P00881 (bath towels, 600 pcs) as discussed."
    assert qtys(text) == []
    assert qtys(text, whole_order=True) == [600.0]


def test_a_pallet_count_gives_way_to_the_cartons_it_holds() -> None:
    assert qtys("loaded today: 3 pallets with 144 cartons") == [144.0]


def test_the_same_quantity_mentioned_again_is_one_line() -> None:
    text = "we ship 350 pcs today. The truck with the 350 pcs leaves at noon."
    assert qtys(text) == [350.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we shipped 400; the other 60 follow next week", [400.0, 60.0]),
        ("Los 300 restantes salen el lunes", [300.0]),
        ("we dispatched the first 500 of the mugs", [500.0]),
        ("shipped 12 December", []),
        ("only 3 weeks left", []),
    ],
)
def test_bare_numbers_with_cues(text: str, expected: list[float]) -> None:
    assert qtys(text) == expected
