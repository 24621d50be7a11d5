"""Price changes: phrases, tables, surcharges and percentages in five languages."""

from __future__ import annotations

import re

import pytest

from agent.extraction.rules import price_tables, prices
from agent.extraction.rules.fastre import fold, lower_case_only
from agent.extraction.rules.prices import find_price_changes
from agent.models import PriceChange

from .conftest import EU, RULES_ONLY, make_email


def changes(text: str, *, price_email: bool = True) -> list[PriceChange]:
    return find_price_changes(text, [(0, len(text))], [], price_email=price_email)


def values(text: str, *, price_email: bool = True) -> list[tuple[object, ...]]:
    return [
        (c.product, c.old_price, c.new_price, c.percent, c.currency)
        for c in changes(text, price_email=price_email)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Price goes from 4.20 to 4.50 EUR effective 1 Jan 2027.",
            [(None, 4.2, 4.5, None, "EUR")],
        ),
        (
            "The 40 lb lawn food (GT-LF-40) will be $21.75 a bag instead of $19.90.",
            [("GT-LF-40", 19.9, 21.75, None, "USD")],
        ),
        (
            "ab 1. November kostet das Kürbiskernöl (AF-KO-250) 6,40 € statt bisher 5,90 €.",
            [("AF-KO-250", 5.9, 6.4, None, "EUR")],
        ),
        (
            "savon lavande (SP-SAV-LAV) : 2,15 € HT au lieu de 2,03 €",
            [("SP-SAV-LAV", 2.03, 2.15, None, "EUR")],
        ),
        (
            "Voor P08865 wordt de kokosmat (ZT-DM-6040) € 8,95 per stuk in plaats van € 8,40.",
            [("ZT-DM-6040", 8.4, 8.95, None, "EUR")],
        ),
        (
            "el precio del cinturón CP-CT-35 queda en USD 16,20 en lugar de USD 14,50.",
            [("CP-CT-35", 14.5, 16.2, None, "USD")],
        ),
        (
            "New price from 2027: SK-FP-28 frying pan USD 11.40 (before USD 10.80), "
            "SK-POT-5PC USD 32.00 (before USD 29.50).",
            [("SK-FP-28", 10.8, 11.4, None, "USD"), ("SK-POT-5PC", 29.5, 32.0, None, "USD")],
        ),
        (
            "- DV-KS-20 kookpan 20 cm: was € 14,20, wordt € 15,10",
            [("DV-KS-20", 14.2, 15.1, None, "EUR")],
        ),
        (
            "House Blend 5lb bags (HB-5LB) are $48.00 now, were $43.50. effective 11/16",
            [("HB-5LB", 43.5, 48.0, None, "USD")],
        ),
        (
            "notre prix pour le sirop d'érable passe de 8,90 $ CA à 9,60 $ CA la bouteille",
            [(None, 8.9, 9.6, None, "CAD")],
        ),
        (
            "KW-THR-130 goes from NZD 48.00 to NZD 53.50 and the lambswool cushion KW-CUS-45 "
            "from NZD 19.20 to NZD 21.00.",
            [("KW-THR-130", 48.0, 53.5, None, "NZD"), ("KW-CUS-45", 19.2, 21.0, None, "NZD")],
        ),
    ],
)
def test_old_and_new_price_in_one_phrase(text: str, expected: list[tuple[object, ...]]) -> None:
    assert values(text) == expected


TABLE_DE = """Sehr geehrte Damen und Herren,

unsere Listenpreise ändern sich zum 01.01.2027:

Artikel      Bezeichnung                   bisher     neu
SH-TS5       Topfset Edelstahl 5-tlg.      42,50 €    45,90 €
SH-BK-2      Brotkasten Bambus             12,75 €    12,75 €
"""

TABLE_NL = """Hieronder de nieuwe prijzen per stuk (EUR):

Artikel                                  oud     nieuw
HK-GO-450 Goudse jong 450 g              3,85    4,05
HK-OK-1000 Oude kaas blok 1 kg           11,40   11,95
"""

TABLE_EN = """Code        Description                      Current GBP   New GBP   Change
CC-BIN-60   Pedal bin 60L grey               14.80         15.70     +6.1%
CC-GLV-L    Nitrile gloves L (box of 100)    4.10          4.10      0.0%
"""

TABLE_ES = """Producto                         Precio actual   Nuevo precio
AOVE 1 l lata                    7,80 €          9,10 €
"""

TABLE_FR = """TARIF 2027 (EUR, DAP)
Article    Désignation              2026     2027
CR-CK-20   Couteau de chef 20 cm    24.50    26.90
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TABLE_DE, [("SH-TS5", 42.5, 45.9, None, "EUR")]),
        (
            TABLE_NL,
            [("HK-GO-450", 3.85, 4.05, None, "EUR"), ("HK-OK-1000", 11.4, 11.95, None, "EUR")],
        ),
        (TABLE_EN, [("CC-BIN-60", 14.8, 15.7, 6.1, "GBP")]),
        (TABLE_ES, [("AOVE 1 l lata", 7.8, 9.1, None, "EUR")]),
        (TABLE_FR, [("CR-CK-20", 24.5, 26.9, None, "EUR")]),
    ],
)
def test_old_new_table_gives_one_change_per_changed_row(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert values(text) == expected


def test_a_table_without_old_and_new_columns_is_no_price_change() -> None:
    text = (
        "Item      Description                  Qty        Unit price   Amount\n"
        "VX-PB10   Power bank 10000mAh, white   3,000 pcs  USD 6.85     USD 20,550.00\n"
    )
    assert changes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Per 01-01-2027 verhogen wij onze prijzen met 4%.", 4.0),
        ("nous accordons une remise exceptionnelle de 5 % sur votre commande P04638.", -5.0),
        ("bekommen Sie auf alle Lieferungen ab 1. Januar 3 % Nachlass.", -3.0),
        ("aplicaremos un recargo del 6% a los pedidos que se embarquen.", 6.0),
        ("Average increase is 5% due to new minimum wages.", 5.0),
        ("we give you 3% discount on the full value of this order", -3.0),
    ],
)
def test_the_vendors_own_percentage(text: str, expected: float) -> None:
    assert [(c.percent, c.currency) for c in changes(text)] == [(expected, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Irish butter has gone up over 20% since the summer.",
        "Copper price on LME went up about 18% since summer.",
        "Le prix du beurre AOP a augmenté de près de 40 % depuis l'été.",
        "De melkprijs is sinds september met bijna 12% gestegen.",
        "el precio del café subió más de 20 % en las últimas semanas.",
        "Our wool supplier has put through a 9% increase on yarn.",
        "Production can start as soon as we receive the 30% deposit.",
        "The price is with the 5% discount as agreed in our October meeting.",
        "we expect the new minimum wage around 25-30%.",
    ],
)
def test_market_moves_deposits_and_agreed_terms_are_no_change(text: str) -> None:
    assert changes(text) == []


def test_percentages_and_surcharges_need_a_price_email() -> None:
    text = "Early booking promo: orders confirmed before 31 October get 3% discount!"
    assert changes(text, price_email=False) == []
    assert [c.percent for c in changes(text)] == [-3.0]
    surcharge = "we will add a delivery surcharge of £45.00 per pallet on all orders."
    assert changes(surcharge, price_email=False) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we will add a delivery surcharge of £45.00 per pallet on all orders.", (45.0, "GBP")),
        ("berechnen wir einen Mindermengenzuschlag von 35,00 EUR netto.", (35.0, "EUR")),
        ("een transporttoeslag van € 35,- per pallet in rekening brengen", (35.0, "EUR")),
        ("aplicaremos un recargo energético de 0,18 EUR por pieza", (0.18, "EUR")),
    ],
)
def test_a_surcharge_amount(text: str, expected: tuple[float, str]) -> None:
    assert [(c.new_price, c.currency) for c in changes(text)] == [expected]


def test_a_surcharge_that_adds_up_to_a_new_price_is_that_price() -> None:
    text = "nous devons appliquer un supplément de 0,35 € par pièce, soit 4,15 € au lieu de 3,80 €."
    assert values(text) == [(None, 3.8, 4.15, None, "EUR")]


def test_a_percentage_beside_old_and_new_price_belongs_to_that_change() -> None:
    text = (
        "nos câbles USB-C 2 m (AEB-UC-2M) passent de 2,10 € à 2,32 € HT à compter du "
        "2 novembre 2026, soit +10,5 %."
    )
    assert values(text) == [("AEB-UC-2M", 2.1, 2.32, 10.5, "EUR")]
    discount = "Yes - we'll take 5% off, so USD 11.40 instead of 12.00 per bag."
    assert values(discount) == [(None, 12.0, 11.4, -5.0, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "The stainless steel dish rack NB-DR-40 price keep the same USD 11.20.",
        "Lead time goes from 10 to 12 weeks.",
        "we ship from 1,200 to 1,500 pcs per week",
        "Die Pfanne (WG-PF-28) kostet weiterhin 11,85 EUR.",
    ],
)
def test_no_change_without_an_old_and_new_price(text: str) -> None:
    assert changes(text) == []


def test_the_same_percentage_in_the_attachment_is_one_change() -> None:
    text = (
        "wir berechnen ab dem 01.11.2026 einen Materialteuerungszuschlag von 4,5 %.\n\n"
        "--- attachment: AB.pdf ---\nMaterialteuerungszuschlag 4,5 % ab 01.11.2026\n"
    )
    assert [c.percent for c in changes(text)] == [4.5]


def test_extractor_reads_price_changes_only_as_the_intent_allows() -> None:
    letter = (
        "Dear Tim,\n\nFrom 1 January 2027 our list prices will increase by 7%. "
        "The teapot TP-12 goes from EUR 14.00 to EUR 14.98.\n\nBest regards,\nAnna\n"
    )
    found = RULES_ONLY.extract(make_email(letter), EU).price_changes
    assert [(c.percent, c.new_price) for c in found] == [(7.0, None), (None, 14.98)]
    deposit = (
        "Dear Tim,\n\nThanks for your PO P10600, all items and price same as your PO. "
        "Production starts as soon as we receive the 30% deposit.\n\nBest regards,\nAnna\n"
    )
    assert RULES_ONLY.extract(make_email(deposit), EU).price_changes == []


FOLDED = [prices.OLD_NEW, prices.NEW_ONLY, prices.SURCHARGE, prices.PERCENT]
FOLDED += [price_tables.HEADER, price_tables.ROW]
SAMPLES = (TABLE_DE, TABLE_NL, TABLE_EN, TABLE_ES, TABLE_FR, "Preis 4,20 € STATT 3,90 €")


@pytest.mark.parametrize("pattern", FOLDED)
def test_price_patterns_are_lower_case_and_match_folded_text(pattern: re.Pattern[str]) -> None:
    assert not pattern.flags & re.IGNORECASE
    assert lower_case_only(pattern.pattern)
    plain = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
    for text in SAMPLES:
        assert [m.span() for m in plain.finditer(text)] == [
            m.span() for m in pattern.finditer(fold(text))
        ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For P10967 the new price apply: BW-E27-9W USD 1.18 to USD 1.25.",
            [("BW-E27-9W", 1.18, 1.25, None, "USD")],
        ),
        (
            "AF-KAE-BERG  Bergkäse 200g       EUR 3,95  new EUR 4,15",
            [("AF-KAE-BERG", 3.95, 4.15, None, "EUR")],
        ),
        (
            "so the price for P11342 is EUR 13.90 per carton instead of the EUR 13.40 on your PO.",
            [(None, 13.4, 13.9, None, "EUR")],
        ),
    ],
)
def test_more_old_and_new_price_phrases(text: str, expected: list[tuple[object, ...]]) -> None:
    assert values(text) == expected


def test_a_table_whose_new_column_is_named_by_its_date() -> None:
    text = (
        "Artikel     Bezeichnung                    bisher    ab 01.01.2027\n"
        "EK-LED-9W   LED-Leuchtmittel E27 9 W       1,85 €    1,93 €\n"
    )
    assert values(text) == [("EK-LED-9W", 1.85, 1.93, None, "EUR")]


def test_signed_percentages_in_a_list_under_a_price_announcement() -> None:
    text = (
        "wir sehen uns gezwungen, unsere Preise zum 1. Januar 2027 wie folgt anzupassen:\n\n"
        "- Edelstahlprodukte (Serie RM-E): +6,5 %\n"
        "- Aluminiumartikel (Serie RM-A): +4 %\n"
    )
    assert [(c.product, c.percent) for c in changes(text)] == [
        ("Edelstahlprodukte (Serie RM-E)", 6.5),
        ("Aluminiumartikel (Serie RM-A)", 4.0),
    ]


def test_a_discount_explains_the_new_price_in_the_next_sentence() -> None:
    text = (
        "ok we give 4% discount on P04845 because of the late delivery last time. "
        "New price grill pan GP-28 USD 11.52 instead of 12.00."
    )
    assert values(text) == [("GP-28", 12.0, 11.52, -4.0, "USD")]


def test_a_range_wide_percentage_stays_beside_its_examples() -> None:
    text = (
        "So for all goods delivered from 1 January 2027 we must apply +9% on the price list. "
        "JQ-HT-50 goes from EUR 3.40 to EUR 3.71 per piece."
    )
    assert values(text) == [(None, None, None, 9.0, None), ("JQ-HT-50", 3.4, 3.71, None, "EUR")]


def test_a_percentage_that_does_not_fit_the_prices_is_a_change_of_its_own() -> None:
    text = (
        "A partir del 1/1 la billetera CP-BI-02 pasa de USD 11,40 a USD 12,60 "
        "y el cinturón CP-CI-03 sube un 5 %."
    )
    assert values(text) == [
        ("CP-BI-02", 11.4, 12.6, None, "USD"),
        ("CP-CI-03", None, None, 5.0, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "we can accept your proposal: the colander (NB-COL-24) we keep USD 3.85, not 4.10.",
        "HDMI cables increase by approx. 4% from 04/01/2027",
        "the minimum wage will be announced in December and we expect around 25-30%.",
        "our gas supplier raised the industrial gas costs 18% from November",
    ],
)
def test_more_no_change(text: str) -> None:
    assert changes(text) == []


def test_a_table_without_a_currency_is_in_the_vendors_own() -> None:
    text = (
        "De nieuwe prijzen voor uw artikelen:\n\n"
        "Artikel     Omschrijving               Oud      Nieuw\n"
        "TK-EM-10    Emmer 10 l                 1,95     2,10\n"
    )
    found = find_price_changes(text, [(0, len(text))], [], home_currency="EUR")
    assert [(c.product, c.currency) for c in found] == [("TK-EM-10", "EUR")]
    assert [c.currency for c in changes(text)] == [None]


def test_a_canadian_vendors_dollar_is_cad() -> None:
    text = "le sirop d'érable passe de 8,90 $ à 9,60 $ la bouteille"
    found = find_price_changes(text, [(0, len(text))], [], home_currency="CAD")
    assert [(c.new_price, c.currency) for c in found] == [(9.6, "CAD")]
    assert [c.currency for c in changes(text)] == ["USD"]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Glass storage jar 1.2L: USD 2.40 -> USD 2.48", "Glass storage jar 1.2L"),
        ("WB-LE-ORI  orientaalse lelie 5 st.   € 1,45 -> € 1,69", "WB-LE-ORI"),
        (
            "add USD 0.35 per carton on all Easy Peelers (SC-EP-15KG), i.e. USD 14.85 "
            "instead of USD 14.50 per carton.",
            "SC-EP-15KG",
        ),
        ("Dear Tim, the price goes from USD 2.40 to USD 2.48.", None),
    ],
)
def test_the_product_of_a_change(text: str, product: str | None) -> None:
    assert [c.product for c in changes(text)] == [product]


def test_scan_led_finds_what_the_full_scan_finds():
    import random

    from agent.extraction.rules import price_freight, price_percent, prices
    from agent.extraction.rules.mentions import scan
    from agent.extraction.rules.price_money import scan_led

    pieces = ["from", "to", "usd", "€", "$", "4,50", "1.234,56", "2027", "->", "was", "now"]
    pieces += ["instead of", "correct price is", "not", "per", "40hc", "new price", "%", "+3"]
    pieces += ["-2,5", "٣", "(old", "cad", "euros", "de", "à", " ", "\n", ". "]
    leads = [
        (prices.OLD_NEW, prices._OLD_NEW_LEAD),
        (prices.NEW_ONLY, prices._NEW_ONLY_LEAD),
        (price_freight.FREIGHT_RATE, prices._AMOUNT_LEAD),
        (price_percent.PERCENT, prices._PERCENT_LEAD),
    ]
    rnd = random.Random(7)
    for _ in range(500):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 25)))
        zones = [(0, len(text) // 2), (len(text) // 2 + 1, len(text))]
        for pattern, lead in leads:
            full = [(m.span(), m.groupdict()) for m in scan(pattern, text, tuple(zones))]
            led = [(m.span(), m.groupdict()) for m in scan_led(pattern, lead, text, zones)]
            assert led == full
