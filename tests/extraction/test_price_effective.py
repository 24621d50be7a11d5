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
