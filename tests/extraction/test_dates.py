"""Date expressions in five languages, resolved against the email date."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.extraction.rules.dates import DateSettings, find_dates, month_first_for
from agent.extraction.rules.mentions import MonthFirst

THU = dt.date(2026, 11, 26)  # a Thursday


def parse(text: str, reference: dt.date = THU, **kwargs: object) -> list[tuple[str, str, str]]:
    settings = DateSettings(reference=reference, **kwargs)  # type: ignore[arg-type]
    return [
        (text[m.start : m.end], m.value.isoformat(), m.part) for m in find_dates(text, settings)
    ]


def single_value(text: str, reference: dt.date = THU, **kwargs: object) -> str:
    found = parse(text, reference, **kwargs)
    assert len(found) == 1, found
    return found[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("delivery 2026-12-05", "2026-12-05"),
        ("delivery 2026/12/05", "2026-12-05"),
        ("Liefertermin 05.12.2026", "2026-12-05"),
        ("Liefertermin 05.12.", "2026-12-05"),
        ("livraison le 05/12/2026", "2026-12-05"),
        ("entrega 5-12-2026", "2026-12-05"),
        ("levering 05-12-26", "2026-12-05"),
    ],
)
def test_iso_and_numeric_day_first(text: str, expected: str) -> None:
    assert single_value(text) == expected


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("ships 12/05", True, "2026-12-05"),
        ("ships 12/05", False, "2027-05-12"),
        ("ships 05/12", False, "2026-12-05"),
        ("ships 05/12", True, "2027-05-12"),
        ("ships 12/25", False, "2026-12-25"),
        ("ships 25/12", True, "2026-12-25"),
    ],
)
def test_numeric_order_follows_setting_unless_impossible(
    text: str, month_first: bool, expected: str
) -> None:
    assert single_value(text, month_first=month_first) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("new date 12/05", "US", True),
        ("new date 12/05", "CA", True),
        ("new date 12/05", "PH", True),
        ("new date 12/05", "DE", False),
        ("new date 12/05", None, False),
        ("new date 12/05, not 28/11", "US", False),
        ("new date 05/12, was 11/28", "DE", True),
    ],
)
def test_month_first_from_country_and_evidence(
    text: str, country: str | None, expected: bool
) -> None:
    assert month_first_for(text, country) is expected


def test_month_first_decided_once_and_only_for_an_ambiguous_date() -> None:
    asked: list[str] = []

    def decide() -> bool:
        asked.append("asked")
        return True

    order = MonthFirst(decide)
    assert parse("new date 11/28, was 28.11.", month_first=order)[0][1] == "2026-11-28"
    assert asked == []  # 28 can only be the day: the order decides nothing
    assert parse("new date 12/05 or 12/06", month_first=order) == [
        ("12/05", "2026-12-05", "start"),
        ("12/06", "2026-12-06", "end"),
    ]
    assert asked == ["asked"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on December 3rd, 2026", "2026-12-03"),
        ("Dec 3", "2026-12-03"),
        ("3 December", "2026-12-03"),
        ("the 3rd of December", "2026-12-03"),
        ("am 3. Dezember 2026", "2026-12-03"),
        ("le 1er décembre", "2026-12-01"),
        ("el 3 de diciembre de 2026", "2026-12-03"),
        ("op 3 december", "2026-12-03"),
        ("Monday, Dec 7", "2026-12-07"),
        ("03-Dec-2026", "2026-12-03"),
        ("5 Jan", "2027-01-05"),
    ],
)
def test_month_names_and_ordinals(text: str, expected: str) -> None:
    assert single_value(text) == expected


def test_weekday_prefix_is_part_of_the_quote() -> None:
    assert parse("arrives Monday, Dec 7.")[0][0] == "Monday, Dec 7"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow", "2026-11-27"),
        ("today", "2026-11-26"),
        ("the day after tomorrow", "2026-11-28"),
        ("morgen", "2026-11-27"),
        ("übermorgen", "2026-11-28"),
        ("demain", "2026-11-27"),
        ("mañana", "2026-11-27"),
        ("in 2 weeks", "2026-12-10"),
        ("within 10 days", "2026-12-06"),
        ("in zwei Wochen", "2026-12-10"),
        ("dans deux semaines", "2026-12-10"),
        ("en dos semanas", "2026-12-10"),
        ("over twee weken", "2026-12-10"),
        ("Tuesday", "2026-12-01"),
        ("next Tuesday", "2026-12-01"),
        ("next Friday", "2026-12-04"),
        ("mardi prochain", "2026-12-01"),
        ("el próximo martes", "2026-12-01"),
        ("volgende week dinsdag", "2026-12-01"),
        ("next week", "2026-11-30"),
        ("early next week", "2026-11-30"),
        ("mid next week", "2026-12-02"),
        ("end of next week", "2026-12-04"),
        ("Anfang nächster Woche", "2026-11-30"),
        ("la semaine prochaine", "2026-11-30"),
        ("end of the month", "2026-11-30"),
        ("Ende des Monats", "2026-11-30"),
        ("fin du mois", "2026-11-30"),
        ("fin de mes", "2026-11-30"),
        ("eind van de maand", "2026-11-30"),
        ("end of next month", "2026-12-31"),
        ("mid-January", "2027-01-15"),
        ("Mitte Januar", "2027-01-15"),
        ("mi-janvier", "2027-01-15"),
        ("mediados de enero", "2027-01-15"),
        ("half januari", "2027-01-15"),
        ("early December", "2026-12-01"),
        ("end of January", "2027-01-31"),
    ],
)
def test_relative_expressions(text: str, expected: str) -> None:
    assert single_value(text) == expected


def test_next_weekday_inside_the_same_week_moves_to_the_following_week() -> None:
    monday = dt.date(2026, 11, 23)
    assert single_value("next Thursday", monday) == "2026-12-03"
    assert single_value("Thursday", monday) == "2026-11-26"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("tomorrow", dt.date(2026, 12, 31), "2027-01-01"),
        ("in 2 weeks", dt.date(2026, 12, 24), "2027-01-07"),
        ("end of the month", dt.date(2027, 2, 10), "2027-02-28"),
        ("end of next month", dt.date(2026, 12, 10), "2027-01-31"),
        ("next Monday", dt.date(2026, 12, 31), "2027-01-04"),
        ("5 Jan", dt.date(2026, 12, 20), "2027-01-05"),
        ("20 Dec", dt.date(2027, 1, 10), "2026-12-20"),
        ("KW 2", dt.date(2026, 12, 16), "2027-01-11"),
        ("in 1 month", dt.date(2027, 1, 31), "2027-02-28"),
    ],
)
def test_relative_dates_across_month_and_year_ends(
    text: str, reference: dt.date, expected: str
) -> None:
    assert single_value(text, reference) == expected


@pytest.mark.parametrize(
    "text",
    [
        "CW 49",
        "CW49",
        "KW49",
        "KW 49",
        "week 49",
        "wk 49/2026",
        "semaine 49",
        "semana 49",
        "Woche 49",
        "2026-W49",
        "49th week",
        "calendar week 49",
    ],
)
def test_calendar_weeks_mean_their_monday_by_default(text: str) -> None:
    assert single_value(text) == "2026-11-30"


@pytest.mark.parametrize(
    ("weekday", "expected"), [(0, "2026-11-30"), (2, "2026-12-02"), (4, "2026-12-04")]
)
def test_week_weekday_setting(weekday: int, expected: str) -> None:
    assert single_value("KW 49", week_weekday=weekday) == expected


def test_week_with_year_and_week_range() -> None:
    assert single_value("wk 2/2027") == "2027-01-11"
    assert [v for _q, v, _p in parse("KW 49-50")] == ["2026-11-30", "2026-12-07"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between Dec 3 and Dec 5", [("2026-12-03", "start"), ("2026-12-05", "end")]),
        ("Dec 3-5", [("2026-12-03", "start"), ("2026-12-05", "end")]),
        ("3-5 December", [("2026-12-03", "start"), ("2026-12-05", "end")]),
        ("zwischen 03.12. und 05.12.", [("2026-12-03", "start"), ("2026-12-05", "end")]),
        ("Anlieferung 03.12.-05.12. möglich", [("2026-12-03", "start"), ("2026-12-05", "end")]),
        ("entre le 3 et le 5 décembre", [("2026-12-03", "start"), ("2026-12-05", "end")]),
        ("del 3 al 5 de diciembre", [("2026-12-03", "start"), ("2026-12-05", "end")]),
        ("in 2-3 weeks", [("2026-12-10", "start"), ("2026-12-17", "end")]),
    ],
)
def test_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v, p) for _q, v, p in parse(text)] == expected


def test_two_numeric_dates_joined_by_a_dash_are_a_range() -> None:
    found = parse("you should see them 12/03-12/05.", month_first=True)
    assert [(q, v, p) for q, v, p in found] == [
        ("12/03", "2026-12-03", "start"),
        ("12/05", "2026-12-05", "end"),
    ]
    assert parse("order SO-12/3 and 12/05-2026") == []


def test_a_change_from_one_date_to_another_is_not_a_range() -> None:
    found = parse("delivery moved from 2 Dec to 9 Dec")
    assert [(v, p) for _q, v, p in found] == [("2026-12-02", "single"), ("2026-12-09", "single")]


def test_business_days_span() -> None:
    found = parse("delivery 5-7 business days")
    assert [(v, p) for _q, v, p in found] == [("2026-12-03", "start"), ("2026-12-07", "end")]
    assert single_value("3 Werktage") == "2026-12-01"


@pytest.mark.parametrize(
    "text",
    [
        "price 10.12 EUR",
        "version 3.5",
        "Guten Morgen",
        "qty 12",
        "we may ship soon",
        "P00412",
        "call +49 30 1234 5678",
        "the week of hard work",
        "hall 10.2, stand C-041",
        "Halle 3.1",
    ],
)
def test_non_dates_are_ignored(text: str) -> None:
    assert parse(text) == []


def test_past_weekday_when_the_text_speaks_of_the_past() -> None:
    assert single_value("following my email from Friday", THU) == "2026-11-20"
    assert single_value("last thursday", THU) == "2026-11-19"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("delivery Hamburg Tuesday 1.12 instead of 24.11.", "2026-12-01"),
        ("der neue Liefertermin ist der 9.12 (Mittwoch)", "2026-12-09"),
        ("Lieferung am 3.12, sorry", "2026-12-03"),
    ],
)
def test_a_one_digit_dotted_day_next_to_a_weekday_or_article(text: str, expected: str) -> None:
    assert parse(text)[0][1] == expected
    assert expected in {value for _quote, value, _part in parse(text)}


@pytest.mark.parametrize("text", ["the 1.12 kg bag", "on 1.5 hours", "price 1.12 EUR"])
def test_a_one_digit_decimal_stays_a_number(text: str) -> None:
    assert parse(text) == []


def test_a_weekday_in_brackets_after_its_date_is_one_date() -> None:
    assert parse("am 10.12. (Donnerstag)") == [("10.12.", "2026-12-10", "single")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shipped this am, should deliver tue", ["2026-11-26", "2026-12-01"]),
        ("the cedar mulch comes next wed.", ["2026-12-02"]),
        ("rest ships fri", ["2026-11-27"]),
        ("next sat", ["2026-12-05"]),
    ],
)
def test_lower_case_short_weekdays_and_this_am(text: str, expected: list[str]) -> None:
    assert [value for _quote, value, _part in parse(text)] == expected


@pytest.mark.parametrize("text", ["we sat on the dock", "in the sun", "open mon-fri"])
def test_short_words_that_are_no_weekdays(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("passt, P05214 geht wie ausgmacht am 20. raus, is dann am 23. bei euch.", "2026-12-20"),
        ("I think arrival will be 10 December instead of 8th.", "2026-12-08"),
        ("goods will be ready for dispatch on 28th. Shall we send by sea?", "2026-11-28"),
        ("P05426 sera livrée jeudi 17/12 au lieu du 10, désolée.", "2026-12-10"),
    ],
)
def test_a_day_of_the_month_alone_after_a_short_word(text: str, expected: str) -> None:
    assert expected in [value for _quote, value, _part in parse(text)]


@pytest.mark.parametrize(
    "text",
    [
        "We load 3 pallets on 3 trucks, from 20 kg each.",
        "Le 3 palettes sont prêtes.",
        "am 20 Stück fehlt noch das Etikett",
    ],
)
def test_a_number_after_a_short_word_is_no_day(text: str) -> None:
    values = [value for _quote, value, _part in parse(text)]
    assert not any(v.endswith(("-03", "-20")) for v in values if v not in {"2026-11-27"})


@pytest.mark.parametrize(
    "text", ["tombé en panne la semaine dernière", "la semana pasada", "la semaine passée"]
)
def test_last_week_written_after_the_week(text: str) -> None:
    assert single_value(text) == "2026-11-16"


@pytest.mark.parametrize(
    "text",
    [
        "the backorder cleared Monday and shipped",
        "I spoke too soon on Monday.",
        "Ihre Bitte vom Montag konnten wir erfüllen",
        "P06051 didn't make Monday's pickup after all",
    ],
)
def test_a_weekday_after_a_past_verb_or_request_is_past(text: str) -> None:
    assert single_value(text) == "2026-11-23"


def test_week_part_scan_from_the_first_week_word_finds_the_same() -> None:
    from agent.extraction.rules import relative
    from agent.extraction.rules.fastre import fold
    from agent.extraction.rules.mentions import scan

    for text in (
        "P00412: 120 pcs now, the rest mid-week 50. Early next week, à la fin de la semaine.",
        "Lieferung Anfang nächster Woche; 3 kw 49 - Ende der Woche",
        "x2 next  \n week, de week erna; la semana que viene",
        "no week word at all",
    ):
        folded = fold(text)
        for zones in (((0, len(text)),), ((5, len(text) - 3),), ((0, 10), (20, len(text)))):
            cut = tuple(relative._from_first_week_word(folded, zones))
            assert [m.span() for m in scan(relative.WEEK_PART, folded, cut)] == [
                m.span() for m in scan(relative.WEEK_PART, folded, zones)
            ]


def test_week_and_month_scans_start_near_their_first_word() -> None:
    text = "Hi, order P1 (12 pcs), delivery 49. KW; then 2026-W50, or Dec 4."
    found = parse(text, zones=((0, len(text)),))
    assert [f[0] for f in found] == ["49. KW", "2026-W50", "Dec 4"]
    assert found == parse(text)
    assert parse(text[:22], zones=((0, 22),)) == []


def test_month_and_day_in_neighbouring_table_cells_are_not_one_date() -> None:
    found = parse("P10159    spatula set   30 Oct     13 Nov     18 Dec")
    assert [value for _quote, value, _part in found] == ["2026-10-30", "2026-11-13", "2026-12-18"]


def test_a_month_and_its_day_after_one_space_are_one_date() -> None:
    assert single_value("ETA Dec 3") == "2026-12-03"


def test_spanish_el_and_a_day_alone_after_a_named_date() -> None:
    found = parse("salen el 2 de diciembre, os llegan el 4.")
    assert [value for _quote, value, _part in found] == ["2026-12-02", "2026-12-04"]


def test_el_and_a_number_that_goes_on_is_no_day() -> None:
    assert parse("el 4% de descuento") == []


@pytest.mark.parametrize(
    "text",
    [
        'Bestätigt: 1.200 Stk Schlauchkupplung 1/2" (RM-SK-12), Liefertermin 06.11.2026.',
        "3/4 inch pipe fittings, delivery 06.11.2026",
        "tubo de 1/2 pulgada, entrega 06.11.2026",
        "koppeling 1/2 duim, levering 06.11.2026",
    ],
)
def test_a_fraction_of_an_inch_is_no_date(text: str) -> None:
    assert single_value(text) == "2026-11-06"


def test_a_slashed_date_before_a_quote_mark_that_is_no_inch_stays_a_date() -> None:
    assert single_value('ETA "12/9"', month_first=True) == "2026-12-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we're now shipping 18 Novmber", "2026-11-18"),
        ("Hamburg arrival Decmeber 28th", "2026-12-28"),
        ("livraison le 3 decmbre", "2026-12-03"),
    ],
)
def test_a_long_month_name_with_one_slip_of_the_keyboard(text: str, expected: str) -> None:
    assert single_value(text) == expected


def test_a_lower_case_w_week_in_a_delivery_column() -> None:
    text = "Pos  Article     Qty   Confirmed   New\n1    NT-THR-WL   200   w50         w52\n"
    assert [value for _quote, value, _part in parse(text)] == ["2026-12-07", "2026-12-21"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Latin American Spanish: "fines de", "inicios de"
        ("calculo que los tendríamos para fines de noviembre", "2026-11-30"),
        ("llega a inicios de diciembre", "2026-12-01"),
    ],
)
def test_latin_american_month_parts(text: str, expected: str) -> None:
    assert single_value(text, reference=dt.date(2026, 10, 14)) == expected


def test_plural_fines_is_no_month_part_without_a_month() -> None:
    # "los fines de semana": weekends, no date
    assert parse("no trabajamos los fines de semana", reference=dt.date(2026, 10, 14)) == []


def test_the_month_of_a_numeric_date_starts_no_named_date() -> None:
    # the signature's "Jan" on the next line is a name
    text = "Levering dus ten vroegste 27/11.\nJan"
    assert parse(text) == [("27/11", "2026-11-27", "single")]


def test_a_day_before_a_month_on_the_next_line_is_still_a_date() -> None:
    assert parse("Lieferung am 11.\nDezember") == [("11.\nDezember", "2026-12-11", "single")]


@pytest.mark.parametrize(
    "text",
    [
        "Lieferung wird Mittwoch übernächste Woche",
        "Lieferung Mittwoch in der übernächsten Woche",
        "delivery Wednesday the week after next",
    ],
)
def test_a_weekday_of_the_week_after_next(text: str) -> None:
    # Thursday 8 October: the week after next begins on Monday 19 October
    assert single_value(text, reference=dt.date(2026, 10, 8)) == "2026-10-21"


def test_a_weekday_of_next_week_stays_one_week_on() -> None:
    assert single_value("Lieferung Mittwoch nächste Woche", reference=dt.date(2026, 10, 8)) == (
        "2026-10-14"
    )


def test_a_sentence_after_the_month_s_dot_starts_no_month_day_date() -> None:
    text = "ETA Hamburg 18 Jan. The 3rd container will load 21 Dec"
    found = parse(text, reference=dt.date(2026, 12, 10))
    assert [(quote, value) for quote, value, _part in found] == [
        ("18 Jan", "2027-01-18"),
        ("21 Dec", "2026-12-21"),
    ]


def test_the_ordinal_after_a_month_without_a_dot_is_its_day() -> None:
    assert single_value("see you Jan the 3rd", reference=dt.date(2026, 12, 10)) == "2027-01-03"


@pytest.mark.parametrize("text", ["the 3rd container loads Monday", "the 2nd truck is full"])
def test_an_ordinal_that_counts_goods_is_no_day(text: str) -> None:
    assert [quote for quote, _value, _part in parse(text)] in ([], ["Monday"])


def test_the_ordinal_before_a_verb_is_still_a_day() -> None:
    assert single_value("delivery on the 3rd as agreed", reference=dt.date(2026, 12, 1)) == (
        "2026-12-03"
    )


def test_a_weekday_decides_the_order_of_an_ambiguous_numeric_date() -> None:
    # 9 November 2026 is a Monday, 11 September is not: the weekday outweighs month-first
    assert single_value("arrive Monday 9/11", dt.date(2026, 10, 29), month_first=True) == (
        "2026-11-09"
    )
    assert single_value("arrive 9/11", dt.date(2026, 10, 29), month_first=True) != "2026-11-09"


def test_a_dashed_day_and_month_after_a_weekday_is_a_date() -> None:
    assert single_value("aankomst bij jullie dinsdag 15-12") == "2026-12-15"
    assert parse("artikel 15-12 in de catalogus") == []
    assert [q for q, _, _ in parse("open Friday 8-17")] == ["Friday"]


def test_a_numeric_day_range_before_its_month() -> None:
    assert parse("Zustellung laut Spedition 17.-18.12.") == [
        ("17.-18.12", "2026-12-17", "start"),
        ("17.-18.12", "2026-12-18", "end"),
    ]
    assert all(part != "start" for _, _, part in parse("ships 17-18/12", month_first=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de chauffeur verwacht maandagvoormiddag bij jullie te zijn", "2026-11-30"),
        ("Zustellung Freitagnachmittag", "2026-11-27"),
        ("levering dinsdagochtend", "2026-12-01"),
    ],
)
def test_a_weekday_and_its_part_of_the_day_in_one_word(text: str, expected: str) -> None:
    assert single_value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieferung nächste Woche zwischen Dienstag und Donnerstag.", ["2026-12-01", "2026-12-03"]),
        (
            "La livraison se fera la semaine prochaine, sans doute mercredi ou jeudi.",
            ["2026-12-02", "2026-12-03"],
        ),
    ],
)
def test_weekdays_after_next_week_in_the_clause_fall_in_that_week(
    text: str, expected: list[str]
) -> None:
    assert [value for _, value, _ in parse(text) if value in expected] == expected


def test_a_weekday_after_next_week_in_another_sentence_is_the_coming_one() -> None:
    found = dict(
        (quote, value) for quote, value, _ in parse("Delivery next week. Friday we close.")
    )
    assert found["Friday"] == "2026-11-27"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("the fabric arrived this Monday", "this Monday"),
        ("la marchandise est arrivée ce lundi", "ce lundi"),
    ],
)
def test_this_weekday_after_a_past_verb_is_past(text: str, quote: str) -> None:
    assert dict((q, v) for q, v, _ in parse(text))[quote] == "2026-11-23"


def test_this_weekday_without_a_past_verb_is_the_coming_one() -> None:
    assert single_value("we deliver this Monday") == "2026-11-30"


def test_german_two_letter_weekday_inside_a_sentence() -> None:
    assert single_value("P10411 geht klar, kommen Do bei euch an.") == "2026-12-03"
    assert parse("Do you need them? Our manager is Mr Do Van Hung.") == []
