"""Date roles of committing dates that used to get none: arrival words, pull-ins, asides."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import roles

# (the test emails are dated Thursday 26 November 2026)


@pytest.mark.parametrize(
    "text",
    [
        "El embarque del P07311 sale el 30/11, el arribo a Hamburgo sería aprox. el 8 de enero.",
        "Despacho el 30/11 y arribo estimado a Hamburgo el 8 de enero para el P07311.",
    ],
)
def test_spanish_arribo_is_the_arrival(text: str) -> None:
    found = roles(text)
    assert found["2026-11-30"] == "ship_date"
    assert found["2027-01-08"] in ("confirmed_delivery", "new_eta")


def test_arriba_is_no_arrival() -> None:
    assert roles("Como te comenté arriba, el embarque del P07311 sale el 30/11.")["2026-11-30"] == (
        "ship_date"
    )


@pytest.mark.parametrize(
    "text",
    [
        "all 3 trucks with P07311 left today, arrving consolidator tmrw am",
        "P07311 left today, should arive tmrw",
    ],
)
def test_a_misspelt_arrive_is_still_the_arrival(text: str) -> None:
    assert roles(text)["2026-11-27"] == "confirmed_delivery"


def test_slips_to_a_date_is_the_new_date() -> None:
    assert roles("P07311 slips to 15/12, finish line is down.")["2026-12-15"] == "new_eta"


@pytest.mark.parametrize(
    "text",
    [
        "P07311 loading slipped to 15/12, sorry, delivery Hamburg 18/12 then.",
        "I warned you P07311 might slip to 15/12, finish line was down.",
    ],
)
def test_a_slip_of_the_loading_or_a_feared_slip_is_no_arrival(text: str) -> None:
    assert roles(text)["2026-12-15"] != "new_eta"


def test_a_pull_in_names_the_new_date_and_replaces_the_old() -> None:
    text = (
        "We had a cancellation on the finishing line so yes, we can bring P07311 forward "
        "from 14 December to Wednesday 9 December."
    )
    found = roles(text)
    assert found["2026-12-09"] in ("confirmed_delivery", "new_eta")
    assert found["2026-12-14"] == "other"


def test_a_pulled_in_loading_is_the_ship_date() -> None:
    found = roles("Si prefiere, podemos adelantar el embarque del P07311 al 1 de diciembre.")
    assert found["2026-12-01"] == "ship_date"


def test_should_be_at_a_place_by_a_date_is_the_arrival() -> None:
    text = "The other 24 pallets of P07311 ship 1 December and should be at the port by 3 December."
    found = roles(text)
    assert found["2026-12-01"] == "ship_date"
    assert found["2026-12-03"] in ("confirmed_delivery", "new_eta")


def test_will_be_at_the_new_prices_is_no_arrival() -> None:
    text = "Anything ordered from 1 December onwards will be at the new prices."
    assert roles(text)["2026-12-01"] not in ("confirmed_delivery", "new_eta")


@pytest.mark.parametrize(
    "text",
    [
        "L'huile de lavande est en rupture chez notre distillerie jusqu'à mi-janvier, "
        "donc P07311 ne pourra pas partir le 10/12.",
        "The lavender oil for P07311 is out of stock until mid-January.",
    ],
)
def test_out_of_stock_until_is_when_the_goods_come(text: str) -> None:
    assert roles(text)["2027-01-15"] in ("confirmed_delivery", "new_eta")


def test_dutch_geleverd_after_the_day_is_the_delivery() -> None:
    text = "Geen vertraging meer voor P07311: de kaarsen zijn klaar en worden maandag geleverd."
    assert roles(text)["2026-11-30"] in ("confirmed_delivery", "new_eta")


def test_a_new_date_after_a_colon_is_not_the_moved_one() -> None:
    text = (
        "La commande P07311 ne pourra pas être livrée le 1 décembre. Le transporteur a décalé "
        "l'enlèvement : nouvelle date de livraison le mardi 8 décembre."
    )
    found = roles(text)
    assert found["2026-12-01"] == "other"
    assert found["2026-12-08"] == "new_eta"


def test_moved_from_a_date_is_still_the_old_one() -> None:
    assert roles("P07311 was moved from 1 December to 8 December.")["2026-12-01"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Pour les jardinières de P07311, il en manque 36 (le bois n'était pas assez sec), "
        "elles suivront début décembre.",
        "order P07311 loopt vertraging op, de levering van vandaag is dus niet gelukt. "
        "verwacht nu begin volgende week",
    ],
)
def test_a_negation_in_an_aside_or_the_last_sentence_leaves_the_date(text: str) -> None:
    assert "new_eta" in roles(text).values() or "confirmed_delivery" in roles(text).values()


def test_a_negation_before_the_date_still_negates_it() -> None:
    assert roles("P07311 will not be delivered on 1 December.")["2026-12-01"] == "other"


def test_a_new_promise_date_field_is_no_document_date() -> None:
    text = (
        "*** ORDER STATUS CHANGE ***\nCustomer PO: P07311\nStatus: CONFIRMED - RESCHEDULED\n"
        "Previous Promise Date: 11/30/2026\nNew Promise Date: 12/14/2026"
    )
    found = roles(text)
    assert found["2026-11-30"] == "other"
    assert found["2026-12-14"] in ("confirmed_delivery", "new_eta")


def test_a_plain_date_field_still_dates_the_document() -> None:
    assert roles("Proforma PF-7311\nDate: 12/14/2026\nP07311")["2026-12-14"] == "other"


def test_an_answer_given_after_a_colon_is_no_awaited_answer() -> None:
    text = (
        "Honest answer: we can do 250 of the 400 jumpers of P07311 for the 2nd of December, "
        "there's no way to make the other 150 before Christmas, sorry for the delay."
    )
    assert roles(text)["2026-12-02"] in ("confirmed_delivery", "new_eta")


def test_an_answer_asked_for_by_a_date_is_a_reply_deadline() -> None:
    assert roles("Please answer by 2 December so we can plan P07311.")["2026-12-02"] == "other"


def test_the_date_you_asked_after_a_colon_is_granted() -> None:
    text = (
        "We confirm P07311 with the earlier date you asked: delivery at your Hamburg warehouse "
        "on Friday 4 December instead of 11 December."
    )
    found = roles(text)
    assert found["2026-12-04"] == "confirmed_delivery"
    assert found["2026-12-11"] == "other"


def test_the_date_you_asked_is_still_restated() -> None:
    text = "Sorry, for P07311 we cannot deliver on the date you asked 4 December."
    assert roles(text)["2026-12-04"] == "other"


def test_an_original_date_that_stays_firm_holds() -> None:
    text = "But for P07311 the original date stays firm: delivery Thursday 10 December."
    assert roles(text)["2026-12-10"] == "confirmed_delivery"


def test_an_original_date_is_still_restated() -> None:
    text = "P07311 now arrives on 17 December, the original date was 10 December."
    assert roles(text)["2026-12-10"] == "other"


def test_the_rest_expected_from_the_supplier_is_the_rests_date() -> None:
    text = (
        "Het restant van 250 ledstrips van P07311 verwachten we begin januari binnen van onze "
        "leverancier, we sturen ze dan direct door."
    )
    assert roles(text)["2027-01-01"] in ("confirmed_delivery", "new_eta")


def test_the_vendors_own_supply_is_no_delivery() -> None:
    text = "Het leer voor P07311 verwachten we begin januari binnen van onze leverancier."
    assert roles(text)["2027-01-01"] == "other"


def test_a_week_at_the_latest_after_a_negated_one_is_the_new_week() -> None:
    found = roles("Tim, sorry, CW 50 not possible for P07311, CW 52 latest.")
    assert found["2026-12-07"] == "other"
    assert found["2026-12-21"] in ("confirmed_delivery", "new_eta")


def test_a_time_slot_after_the_day_is_a_delivery() -> None:
    assert roles("P07311: Morgenochtend tussen 8 en 10.")["2026-11-27"] == "confirmed_delivery"


def test_a_day_without_a_slot_has_no_delivery_cue() -> None:
    assert roles("P07311: Morgenochtend bellen we je.")["2026-11-27"] == "other"


def test_the_eta_of_the_first_shipment_is_an_arrival() -> None:
    text = (
        "For P07311 the baskets follow on a second shipment ETD Cebu December 8. ETA Hamburg "
        "for the first shipment is between Dec 28 and Jan 2, the second around January 18."
    )
    found = roles(text)
    assert found["2026-12-08"] == "ship_date"
    assert found["2027-01-18"] in ("confirmed_delivery", "new_eta")


def test_the_first_shipment_leaving_is_a_ship_date() -> None:
    text = "For P07311 the first shipment leaves on 1 December, ETA Hamburg 3 January."
    assert roles(text)["2026-12-01"] == "ship_date"


def test_a_deliver_column_next_to_a_ship_column() -> None:
    text = (
        "Open order report below, all dates as acknowledged.\n\n"
        "PO       Item                 Qty    Ship      Deliver\n"
        "P07311   Kraft gift wrap      400    04.12.    09.12.\n"
    )
    found = roles(text)
    assert found["2026-12-04"] == "ship_date"
    assert found["2026-12-09"] in ("confirmed_delivery", "new_eta")


def test_a_confirmed_column_before_a_new_one_is_the_old_week() -> None:
    text = (
        "Our weaving mill is running behind, here's the revised plan for P07311:\n\n"
        "Pos  Article     Qty   Confirmed   New\n"
        "1    NT-THR-WL   200   w50         w52\n"
        "2    NT-CUS-45   400   w50         w50 (unchanged)\n"
    )
    found = parse_roles(text)
    assert found[("w50", 0)] == "other"
    assert found[("w52", 0)] == "new_eta"
    assert found[("w50", 2)] == "confirmed_delivery"


def test_a_confirmed_column_alone_is_a_delivery() -> None:
    text = (
        "Order confirmation P07311:\n\n"
        "Pos  Article     Qty   Confirmed\n"
        "1    NT-THR-WL   200   w50\n"
        "2    NT-CUS-45   400   w51\n"
    )
    assert roles(text)["2026-12-07"] == "confirmed_delivery"


def parse_roles(text: str) -> dict[tuple[str, int], str]:
    """Role of each date by its quote and which of the quote's occurrences it is."""
    from agent.extraction.rules import RulesExtractor
    from tests.extraction.conftest import EU, make_email

    extraction = RulesExtractor(use_classifier=False).extract(make_email(text), EU)
    found: dict[tuple[str, int], str] = {}
    for d in extraction.dates:
        n = sum(1 for key in found if key[0] == d.span.quote)
        found[(d.span.quote, n)] = d.role.value
    return found
