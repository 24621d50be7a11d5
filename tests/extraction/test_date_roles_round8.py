"""Date roles fitted on round-8 train emails, each with a sentence of its own."""

from __future__ import annotations

import pytest

from agent.extraction.rules import RulesExtractor
from tests.extraction.conftest import EU, make_email, roles


@pytest.mark.parametrize(
    "text",
    [
        "Loaded on the truck today for P07311, it should land Monday.",
        "P07311 was picked up this afternoon, should be there tues.",
    ],
)
def test_should_land_or_be_there_after_a_ship_word_is_the_arrival(text: str) -> None:
    found = roles(text)
    assert found["2026-11-26"] == "ship_date"
    assert "confirmed_delivery" in found.values()


def test_the_other_counted_part_after_a_comma_is_the_rest_arriving() -> None:
    text = (
        "We only had 30 of the 50 lamps for P07311, so those shipped today with the "
        "rest of the order, other 20 next week."
    )
    found = roles(text)
    assert found["2026-11-26"] == "ship_date"
    assert found["2026-11-30"] == "new_eta"


def test_shipping_the_other_part_keeps_the_ship_date() -> None:
    assert roles("For P07311 we ship the other 20 next week.")["2026-11-30"] == "ship_date"


def test_a_date_that_would_not_change_holds_in_a_question() -> None:
    text = (
        "Could you tell us which labels to use for P07311? "
        "The delivery date of 2 December would not change either way."
    )
    assert roles(text)["2026-12-02"] == "confirmed_delivery"


def test_instead_of_a_quantity_does_not_restate_the_date() -> None:
    text = (
        "Could you tell us which labels to use for P07311? The lower boxes would mean 14 "
        "instead of 12 pallets, but the delivery date of 2 December would not change either way."
    )
    assert roles(text)["2026-12-02"] == "confirmed_delivery"


def test_instead_of_a_date_still_restates_it() -> None:
    text = "For P07311 we now deliver on 9 December instead of 2 December."
    found = roles(text)
    assert found["2026-12-02"] == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Order P07311, which we deliver on 10 December, keeps the old prices.",
        "Order P07311 left us today and is due with you Thursday 10 December.",
        "For P07311 we keep the ETA Hamburg of 10 December.",
    ],
)
def test_a_stated_delivery_holds_in_a_price_email(sentence: str) -> None:
    text = (
        "Dear Tim, from 1 January 2027 our prices go up by 6% because of higher energy costs. "
        + sentence
    )
    # the intent classifier makes it a price email, in which an unstated delivery is dropped
    extraction = RulesExtractor().extract(make_email(text), EU)
    found = {d.value.isoformat(): d.role.value for d in extraction.dates}
    assert extraction.intent.value == "price_change"
    assert found["2026-12-10"] == "confirmed_delivery"
    assert found["2027-01-01"] == "price_effective"


@pytest.mark.parametrize(
    "terms",
    [
        "Bestellungen, die bis Ende März eingehen, berechnen wir noch zum alten Preis.",
        "Orders that come in by end of March are still billed at the old price.",
    ],
)
def test_orders_that_come_in_by_a_date_are_order_terms(terms: str) -> None:
    text = (
        f"Hello,\n\n1. Prices: the increase applies from 1 April 2027. {terms}\n\n"
        "2. P07311: unfortunately delayed, new delivery date is week 51."
    )
    extraction = RulesExtractor().extract(make_email(text), EU)
    found = {d.value.isoformat(): d.role.value for d in extraction.dates}
    assert found["2027-03-31"] == "other"
    assert extraction.commitment is not None
    assert extraction.commitment.value.isoformat() == "2026-12-14"


@pytest.mark.parametrize(
    "capacity",
    [
        "Our press is booked full for another customer until April.",
        "Our press is fully booked until April.",
    ],
)
def test_a_machine_booked_full_until_a_month_is_not_a_delivery(capacity: str) -> None:
    found = roles(f"We confirm P07311 with delivery 14.01.2027. {capacity}")
    assert found["2027-04-01"] == "other"
    assert found["2027-01-14"] == "confirmed_delivery"


@pytest.mark.parametrize(
    "note",
    [
        "Our old fax number will still work until end of the year.",
        "Die alte Faxnummer funktioniert noch bis Ende des Jahres.",
    ],
)
def test_an_old_number_that_still_works_until_a_date_is_not_a_delivery(note: str) -> None:
    found = roles(f"We confirm P07311 with delivery on 14 December. {note}")
    assert found["2026-12-31"] == "other"
    assert found["2026-12-14"] == "confirmed_delivery"


def test_nous_revenons_vers_vous_by_a_date_is_when_we_hear_back() -> None:
    text = "Merci, bien reçu. Nous revenons vers vous avec la confirmation de P07311 d'ici jeudi."
    assert roles(text)["2026-12-03"] == "other"


def test_flown_on_a_date_is_the_ship_date() -> None:
    text = (
        "P07311: we sent 300 of the 500 scarves by air this morning. The other 200 are the red "
        "colour, held back because the dye lot failed our test; they will be re-dyed and flown "
        "on 9 December."
    )
    assert roles(text)["2026-12-09"] == "ship_date"


@pytest.mark.parametrize(
    "hours",
    [
        "HOLIDAY HOURS\nWe close 23 December to 8 January.",
        "Weihnachten: wir schließen vom 23.12. bis 08.01.",
    ],
)
def test_we_close_from_to_is_a_closure(hours: str) -> None:
    text = (
        "P07311: we sent 300 of the 500 scarves today, the other 200 ship on 9 December.\n\n"
        f"{hours}"
    )
    found = roles(text)
    assert found["2027-01-08"] == "other"
    assert found["2026-12-23"] == "other"


def test_a_month_inside_a_product_code_is_no_date() -> None:
    found = roles("Decanters SG-DEC-1L and glasses SG-NOV-2B for P07311 ship on 4 December.")
    assert found == {"2026-12-04": "ship_date"}
    assert roles("For P07311, delivery Dec 7th.")["2026-12-07"] == "confirmed_delivery"


@pytest.mark.parametrize(
    "title",
    [
        "DELIVERY NOTE DN-5521    Delivery date: 26/11/2026",
        "LIEFERSCHEIN 5521    Lieferdatum: 26.11.2026",
    ],
)
def test_the_delivery_date_on_a_delivery_note_title_line_is_the_ship_date(title: str) -> None:
    text = (
        "Hello, attached the delivery note for P07311; 120 of the 300 brooms follow later.\n\n"
        f"--- attachment: DN-5521.pdf ---\n{title}\nItem   Ordered  Delivered\nBR-40  300      180"
    )
    assert roles(text)["2026-11-26"] == "ship_date"


@pytest.mark.parametrize(
    "option",
    [
        "The matt glaze would be possible only in week 3 of 2027.",
        "Die matte Glasur wäre erst in KW 3 möglich.",
        "L'émail mat serait possible seulement en semaine 3.",
    ],
)
def test_a_date_that_would_be_possible_is_an_option(option: str) -> None:
    text = f"P07311 left today, 400 of the 600 bowls. For the other 200: {option}"
    assert roles(text)["2027-01-18"] == "other"


@pytest.mark.parametrize(
    "cause",
    [
        "Debido al temporal de esta semana no tenemos materia prima para su pedido P07311.",
        "Wegen des Streiks dieser Woche fehlt uns Material für P07311.",
    ],
)
def test_the_week_of_a_cause_is_not_a_delivery(cause: str) -> None:
    text = f"{cause} Leider können wir noch keinen neuen Liefertermin nennen."
    assert roles(text)["2026-11-23"] == "other"


def test_due_to_ship_is_a_plan_not_a_cause() -> None:
    text = "For P07311, the other 60 sets are backordered, now due to ship 12/10, delivery 12/14."
    assert roles(text)["2026-12-10"] == "ship_date"


@pytest.mark.parametrize(
    "text",
    ["Votre commande P07311 est partie ce midi.", "P07311 was collected this lunchtime by DPD."],
)
def test_ce_midi_and_this_lunchtime_are_today(text: str) -> None:
    assert roles(text) == {"2026-11-26": "ship_date"}


def test_an_effective_date_field_in_a_price_notice_is_price_effective() -> None:
    text = (
        "Tim, FYI.\n\n### PRICE NOTICE ###\nEffective date: 01.02.2027\n"
        "Item   Old     New\nAB-1   $10.00  $11.00"
    )
    assert roles(text)["2027-02-01"] == "price_effective"


def test_valable_au_in_a_price_list_is_price_effective() -> None:
    text = (
        "Madame, nos tarifs augmentent de 5 %, voir la liste jointe.\n\n"
        "--- attachment: tarif.pdf ---\nTARIF 2027 (valable au 01/02/2027)\n"
        "Réf.   2026 €   2027 €\nAB-1   10,00    10,50"
    )
    assert roles(text)["2027-02-01"] == "price_effective"


def test_a_claim_window_to_notify_within_is_a_reply_deadline() -> None:
    found = roles("All lines accepted. Please notify us within 2 business days of any discrepancy.")
    assert set(found.values()) == {"other"}
    assert roles("Delivery of P1234 within 2 business days.") != {}
    assert "other" not in roles("Delivery of P1234 within 2 business days.").values()


@pytest.mark.parametrize(
    "text",
    [
        "In the confirmation the delivery date is written 30/12 but correct is 03/12.",
        "In der Bestätigung steht fälschlich 30.12., richtig ist der 03.12.",
    ],
)
def test_a_date_written_in_error_is_restated(text: str) -> None:
    found = roles(text)
    assert found["2026-12-30"] == "other"
    assert found["2026-12-03"] != "other"


def test_the_buyers_present_ask_is_restated_and_workload_is_no_loading() -> None:
    found = roles(
        "Ustedes solicitan entrega el 16 de diciembre y nuestra fábrica no puede servir antes "
        "del 30 de diciembre por la carga de trabajo."
    )
    assert found["2026-12-16"] == "other"
    assert found["2026-12-30"] in ("new_eta", "confirmed_delivery")
    assert roles("La carga está prevista para el 10.12.2026.")["2026-12-10"] == "ship_date"


def test_a_date_the_vendor_cannot_do_either_is_other() -> None:
    found = roles("Sorry, 13 December we can't do either. Delivery 20.12.2026 is possible.")
    assert found["2026-12-13"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Der Engpass betrifft uns nicht: wir haben unseren Bedarf bis 15.03.2027 eingedeckt.",
        "The spray booth is out of service until 15.03.2027, sorry.",
    ],
)
def test_stock_covered_or_a_machine_out_until_a_date_is_other(text: str) -> None:
    assert roles(text)["2027-03-15"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "We could deliver on 20.11.2026 instead. Or do you prefer to keep the 04.12.2026?",
        "If that doesn't suit your warehouse, we simply keep the 04.12.2026.",
        "Les deux options respectent la date du 04.12.2026. Lequel préférez-vous?",
    ],
)
def test_the_date_the_vendor_keeps_stands_in_a_question(text: str) -> None:
    assert roles(text)["2026-12-04"] == "confirmed_delivery"


@pytest.mark.parametrize(
    "text",
    [
        "Which one do you want? I need to know by Monday to keep the 04.12.2026 date.",
        "If that's OK, please send a revised PO and we keep the 04.12.2026 ship date.",
    ],
)
def test_a_date_kept_as_a_purpose_or_a_ship_date_is_no_delivery(text: str) -> None:
    assert roles(text)["2026-12-04"] != "confirmed_delivery"


def test_a_negation_does_not_reach_past_a_comma_that_opens_a_new_clause() -> None:
    found = roles(
        "Den zugesagten 20.11.2026 schaffen wir dadurch nicht mehr, wir liefern "
        "voraussichtlich Ende KW 49."
    )
    assert found["2026-11-20"] == "other"
    assert found["2026-12-04"] != "other"
    # without a new subject the negation still reaches the date
    assert roles("We will not be able to deliver on 04.12.2026.")["2026-12-04"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Der Liefertermin 09.12.2026 bleibt. Die KW 51 im Portal kommt von einem Fehler.",
        "Delivery stays 09.12.2026. The KW 51 in the portal is an error.",
    ],
)
def test_a_date_shown_in_error_is_other(text: str) -> None:
    found = roles(text)
    assert found["2026-12-14"] == "other"
    assert found["2026-12-09"] == "confirmed_delivery"
