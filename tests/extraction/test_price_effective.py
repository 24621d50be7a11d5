"""Each price change takes its own effective date, not the email's first one."""

from __future__ import annotations

import datetime as dt

from agent.extraction.rules.prices import find_price_changes
from agent.models import DateRole, ExtractedDate, Span


def _date(text: str, quote: str, value: dt.date, role: DateRole) -> ExtractedDate:
    start = text.index(quote)
    return ExtractedDate(
        value=value,
        role=role,
        span=Span(start=start, end=start + len(quote), quote=quote),
        confidence=0.8,
    )


def effective(
    text: str, *dates: tuple[str, dt.date], role: DateRole = DateRole.PRICE_EFFECTIVE
) -> list[tuple[float | None, float | None, dt.date | None]]:
    """(new price, percent, effective date) of each change, the quoted dates so roled."""
    found = [_date(text, quote, value, role) for quote, value in dates]
    return [
        (c.new_price, c.percent, c.effective_date)
        for c in find_price_changes(text, [(0, len(text))], found)
    ]


JAN, FEB = dt.date(2027, 1, 1), dt.date(2027, 2, 1)


def test_each_sentence_takes_its_own_date() -> None:
    text = (
        "unsere Listenpreise für Porzellan werden ab dem 01.01.2027 um 4,5 % angehoben. "
        "Für Glasartikel erheben wir ab 1. Februar 2027 einen Energiezuschlag von "
        "0,30 EUR je Stück."
    )
    got = effective(text, ("01.01.2027", JAN), ("1. Februar 2027", FEB))
    assert got == [(None, 4.5, JAN), (0.3, None, FEB)]


def test_two_changes_in_one_sentence_split_at_the_comma() -> None:
    text = (
        "KT-220 goes from EUR 4.10 to EUR 4.45 from 1 January 2027, and KT-330 "
        "from EUR 5.90 to EUR 6.20 per box from 1 February 2027."
    )
    got = effective(text, ("1 January 2027", JAN), ("1 February 2027", FEB))
    assert got == [(4.45, None, JAN), (6.2, None, FEB)]


def test_date_leading_each_part_goes_to_the_change_after_it() -> None:
    text = (
        "From 1 January KT-220 is EUR 4.45 instead of EUR 4.10, and from 1 February "
        "KT-330 is EUR 6.20 instead of EUR 5.90."
    )
    got = effective(text, ("1 January", JAN), ("1 February", FEB))
    assert got == [(4.45, None, JAN), (6.2, None, FEB)]


def test_one_date_before_two_changes_of_one_sentence_serves_both() -> None:
    text = (
        "From 1 January 2027 KT-220 goes from EUR 4.10 to EUR 4.45 and KT-330 "
        "from EUR 5.90 to EUR 6.20."
    )
    got = effective(text, ("1 January 2027", JAN))
    assert got == [(4.45, None, JAN), (6.2, None, JAN)]


def test_table_takes_the_date_of_the_paragraph_leading_into_it() -> None:
    text = (
        "Our gas supplier raised the tariff from November, so we must follow.\n\n"
        "From Dec 1st, 2026 the new prices will be:\n\n"
        "VJ-TUM-12  blown tumbler 12oz     USD 3.40  ->  USD 3.75\n"
        "VJ-PIT-2L  pitcher 2 liter        USD 11.20 ->  USD 12.30\n"
    )
    dec, nov = dt.date(2026, 12, 1), dt.date(2026, 11, 1)
    got = effective(text, ("November", nov), ("Dec 1st, 2026", dec))
    assert got == [(3.75, None, dec), (12.3, None, dec)]


def test_a_date_inside_the_amount_is_no_effective_date() -> None:
    text = "We introduce a copper surcharge of 4.5% on all cable reels from 1 November 2026."
    nov = dt.date(2026, 11, 1)
    got = effective(text, ("4.5", dt.date(2027, 5, 4)), ("1 November 2026", nov))
    assert got == [(None, 4.5, nov)]


def test_a_ship_date_of_an_order_dates_no_price() -> None:
    text = (
        "From 1 Jan 2027 our LED bulbs price will increase 6%. For P10967 (ETD 8 Jan) the new "
        "price apply: BW-E27-9W USD 1.18 to USD 1.22."
    )
    got = effective(text, ("1 Jan 2027", JAN), ("8 Jan", dt.date(2027, 1, 8)))
    assert got == [(None, 6.0, JAN), (1.22, None, JAN)]


def test_the_emails_only_date_serves_a_change_elsewhere() -> None:
    text = "Our prices rise by 5 % for all glazed items.\n\nThis takes effect on 1 January 2027."
    assert effective(text, ("1 January 2027", JAN)) == [(None, 5.0, JAN)]


def test_no_date_is_borrowed_from_another_changes_sentence() -> None:
    text = (
        "From 1 January all prices rise by 4 %. From 1 February the freight surcharge is "
        "EUR 35.00 per pallet.\n\nKT-220 goes from EUR 4.10 to EUR 4.45."
    )
    got = effective(text, ("1 January", JAN), ("1 February", FEB))
    assert got == [(None, 4.0, JAN), (35.0, None, FEB), (4.45, None, None)]


def test_only_price_effective_dates_count() -> None:
    text = "Delivery on 1 February. KT-220 goes from EUR 4.10 to EUR 4.45."
    assert effective(text, ("1 February", FEB), role=DateRole.CONFIRMED_DELIVERY) == [
        (4.45, None, None)
    ]


def found(
    text: str, *, price_email: bool = True
) -> list[tuple[str | None, float | None, float | None, str | None]]:
    """(product, new price, percent, currency) of each change, no dates."""
    return [
        (c.product, c.new_price, c.percent, c.currency)
        for c in find_price_changes(text, [(0, len(text))], [], price_email=price_email)
    ]


def test_freight_rate_in_a_surcharge_paragraph_is_a_surcharge() -> None:
    text = (
        "The shipping line informed us about a Peak Season Surcharge for all sailings in "
        "December, USD 350 per 40HC.\n\n"
        "Also the lines have slapped a peak season surcharge on everything from Brisbane. "
        "We'll have to add AUD 650 per 40' container to FOB orders.\n\n"
        "Our haulier has put a fuel surcharge on all runs and it's £38.00 per pallet."
    )
    assert [(new, cur) for _, new, _, cur in found(text)] == [
        (350.0, "USD"),
        (650.0, "AUD"),
        (38.0, "GBP"),
    ]


def test_freight_rate_without_a_surcharge_is_no_change() -> None:
    text = "Ocean freight is USD 2,400 per 40HC and pallets are EUR 12.00 per pallet as before."
    assert found(text) == []
    surcharge = "A peak season surcharge applies: USD 350 per 40HC."
    assert found(surcharge, price_email=False) == []


def test_amount_joined_to_a_surcharge_is_one_more() -> None:
    text = (
        "From 1 November we'll add a freight surcharge of AUD 1.20 per unit on the camping "
        "chairs (AOG-CH-01) and AUD 0.80 on the folding tables (AOG-TB-02)."
    )
    assert found(text) == [
        ("AOG-CH-01", 1.2, None, "AUD"),
        ("AOG-TB-02", 0.8, None, "AUD"),
    ]


def test_amount_not_joined_to_a_surcharge_is_none() -> None:
    text = "We add an energy surcharge of EUR 2.00 per unit on orders below EUR 500 net."
    assert [new for _, new, _, _ in found(text)] == [2.0]


def test_best_i_can_do_is_a_new_price() -> None:
    text = (
        "I can't hold the $24.50 on the large planters (CC-PL-L). Best I can do is $26.75 a unit."
    )
    assert found(text) == [("CC-PL-L", 26.75, None, "USD")]


def test_the_same_percentage_once_more_is_a_second_change() -> None:
    text = (
        "We are happy to give a 3% discount on your open order P10660. The same 3% lower "
        "prices will be valid for all orders placed from 1 February 2027."
    )
    assert [pct for _, _, pct, _ in found(text)] == [-3.0, -3.0]
    other_item = "We give a 5% discount on GT-LF-40. A 5% discount also applies to GT-LF-20."
    assert [pct for _, _, pct, _ in found(other_item)] == [-5.0, -5.0]


def test_a_repeated_percentage_is_one_change() -> None:
    text = (
        "Wir berechnen ab dem 01.11.2026 einen Materialteuerungszuschlag von 4,5 %.\n\n"
        "--- attachment: AB-20431.pdf ---\n"
        "Materialteuerungszuschlag 4,5 % ab 01.11.2026"
    )
    assert [pct for _, _, pct, _ in found(text)] == [4.5]


def test_a_corrected_price_is_a_change_from_the_misprint() -> None:
    text = (
        "The 2027 price list had a typo on the linen tea towel. The correct 2027 price is "
        "€2.95, not €2.59 as printed."
    )
    changes = find_price_changes(text, [(0, len(text))], [])
    assert [(c.old_price, c.new_price, c.currency) for c in changes] == [(2.59, 2.95, "EUR")]
    german = "Der richtige Preis ist 4,15 €, nicht 3,95 € wie in der Liste."
    assert [new for _, new, _, _ in found(german)] == [4.15]


def test_an_amount_corrected_without_a_price_word_is_no_change() -> None:
    text = "Sorry, the invoice total is €1,200.00, not €1,250.00 as I wrote yesterday."
    assert found(text) == []
