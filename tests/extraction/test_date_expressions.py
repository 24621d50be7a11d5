"""Date expressions added for the grown dataset: past dates, weekday with day number, ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.extraction.rules.dates import DateSettings, find_dates

THU = dt.date(2026, 11, 26)  # a Thursday


def parse(text: str, reference: dt.date = THU) -> list[tuple[str, str]]:
    settings = DateSettings(reference=reference)
    return [(text[m.start : m.end], m.value.isoformat()) for m in find_dates(text, settings)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the lanterns were delivered on 24.11. as agreed", "2026-11-24"),
        ("the candles were delivered on 28.11. last year", "2025-11-28"),
        ("the crates were shipped on 2 December", "2025-12-02"),
        ("the vases went out on the 20th", "2026-11-20"),
        ("die Kerzen wurden am 27.11. geliefert", "2026-11-27"),
        ("the pallets were loaded at Rotterdam on Monday", "2026-11-23"),
        ("the vases left from Ningbo port on Tuesday", "2026-11-24"),
    ],
)
def test_a_past_verb_takes_the_past_occurrence(text: str, expected: str) -> None:
    assert parse(text)[0][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "the rugs will not be delivered on 2 December",
        "the chairs cannot be loaded on 2 December",
        "les tapis seront livrés le 2 décembre",
        "the chairs will be loaded at Antwerp on 2 December",
    ],
)
def test_a_future_or_passive_verb_keeps_the_coming_date(text: str) -> None:
    assert parse(text)[0][1] == "2026-12-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("livraison chez vous le lundi 14.", ("le lundi 14", "2026-12-14")),
        ("entrega el miércoles 2, sin problema", ("el miércoles 2", "2026-12-02")),
        ("with you on Weds 9th", ("on Weds 9th", "2026-12-09")),
    ],
)
def test_a_weekday_with_a_day_number_is_that_day(text: str, expected: tuple[str, str]) -> None:
    assert parse(text) == [expected]


def test_a_range_of_two_month_day_dates() -> None:
    found = parse("Warehouse closed Dec 24 - Dec 28, sorry.")
    assert [value for _quote, value in found] == ["2026-12-24", "2026-12-28"]


def test_day_month_year_with_dashes_keeps_the_year() -> None:
    assert parse("ETD 05-Jan-2028") == [("05-Jan-2028", "2028-01-05")]


def test_a_misspelt_beginning_of_a_month() -> None:
    assert parse("ready at the begining of January") == [("the begining of January", "2027-01-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("delivery in the first week of December", "2026-12-01"),
        ("arrival the second week of December", "2026-12-07"),
        ("ready the last week of January", "2027-01-25"),
        ("Lieferung in der ersten Dezemberwoche", "2026-12-01"),
        ("livraison la première semaine de décembre", "2026-12-01"),
        ("entrega la primera semana de diciembre", "2026-12-01"),
        ("levering de eerste week van december", "2026-12-01"),
    ],
)
def test_weeks_of_a_month(text: str, expected: str) -> None:
    assert parse(text)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the balance follows by the end of the year", "2026-12-31"),
        ("Rest bis Jahresende", "2026-12-31"),
        ("le solde avant la fin d'année", "2026-12-31"),
        ("el resto a finales de año", "2026-12-31"),
        ("de rest voor het eind van het jaar", "2026-12-31"),
        ("new collection early next year", "2027-01-01"),
    ],
)
def test_end_of_the_year_and_early_next_year(text: str, expected: str) -> None:
    assert parse(text)[0][1] == expected


@pytest.mark.parametrize(
    "text",
    ["delivery not before January", "Lieferung nicht vor Januar", "livraison pas avant janvier"],
)
def test_not_before_a_month_is_its_first_day(text: str) -> None:
    assert parse(text)[0][1] == "2027-01-01"


def test_mid_next_week_and_this_afternoon() -> None:
    assert parse("the van comes mid next week") == [("mid next week", "2026-12-02")]
    assert parse("we load this afternoon") == [("this afternoon", "2026-11-26")]


def test_next_working_day_counts_one_business_day() -> None:
    found = find_dates("with you next working day", DateSettings(reference=dt.date(2026, 11, 27)))
    assert [(m.value.isoformat(), m.business_days) for m in found] == [("2026-11-30", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("despatch Weds, with you Thurs.", ["2026-12-02", "2026-12-03"]),
        ("loading on Sat", ["2026-11-28"]),
        ("we sent it on Tues", ["2026-11-24"]),
        ("our office hours are Mon-Fri 8-17", []),
        ("we sat down with the carrier", []),
        ("the carrier brings it Mon/Tues, weather permitting", ["2026-11-30", "2026-12-01"]),
        ("warehouse pickups Mon/Thu only", []),
    ],
)
def test_capitalised_weekday_abbreviations(text: str, expected: list[str]) -> None:
    assert [value for _quote, value in parse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the truck comes later today", "2026-11-26"),
        ("you'll have it by end of day", "2026-11-26"),
        ("wir liefern heute Abend", "2026-11-26"),
        ("livraison ce soir", "2026-11-26"),
        ("entrega esta noche", "2026-11-26"),
        ("levering vanavond", "2026-11-26"),
        ("we deliver tomorrow afternoon", "2026-11-27"),
        ("livraison demain après-midi", "2026-11-27"),
        ("the pallets arrive Friday week", "2026-12-04"),
        ("the rest follows next month", "2026-12-01"),
        ("Rest folgt nächsten Monat", "2026-12-01"),
        ("le solde suivra le mois prochain", "2026-12-01"),
    ],
)
def test_day_parts_friday_week_and_next_month(text: str, expected: str) -> None:
    assert [value for _quote, value in parse(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the new range is planned for around March", "2027-03-01"),
        ("tenemos previsto un nuevo envío para febrero", "2027-02-01"),
        ("nouvelle collection vers mars", "2027-03-01"),
        ("Nieuwsbrief december – Tuinhuis BV", "2026-12-01"),
    ],
)
def test_a_month_alone_after_a_preposition_or_a_newsletter_title(text: str, expected: str) -> None:
    assert [value for _quote, value in parse(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parfait, livraison S50 pour les bougies.", ("S50", "2026-12-07")),
        ("Confirmado: entrega S51 en vuestro almacén.", ("S51", "2026-12-14")),
    ],
)
def test_a_short_week_after_a_delivery_noun(text: str, expected: tuple[str, str]) -> None:
    assert parse(text) == [expected]


def test_short_weeks_under_asked_and_confirmed_week_headers() -> None:
    text = (
        "Réf.        Qté     Sem. demandée   Sem. confirmée\n"
        "BG-12       400     S49             S51\n"
    )
    assert [value for _quote, value in parse(text)] == ["2026-11-30", "2026-12-14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de kratten gaan morgenvroeg de deur uit", ("morgenvroeg", "2026-11-27")),
        ("vanmorgen is de vrachtwagen geladen", ("vanmorgen", "2026-11-26")),
        ("gisteravond is de container vertrokken", ("gisteravond", "2026-11-25")),
        ("the lamps were collected last night", ("last night", "2026-11-25")),
    ],
)
def test_more_day_words(text: str, expected: tuple[str, str]) -> None:
    assert parse(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("livrable à la fin du mois de février", ("à la fin du mois de février", "2027-02-28")),
        ("disponible début du mois d'avril", ("début du mois d'avril", "2027-04-01")),
        ("hasta enero no hay hueco en el horno", ("enero", "2027-01-01")),
        ("tot februari zitten we vol", ("februari", "2027-02-01")),
    ],
)
def test_a_month_after_du_mois_de_or_until(text: str, expected: tuple[str, str]) -> None:
    assert parse(text) == [expected]
