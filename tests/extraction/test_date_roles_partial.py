"""Date roles of partial shipments, their rest, and the alternatives a vendor offers."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import roles

COMMITTING = {"confirmed_delivery", "new_eta", "range_end"}


def test_a_negation_stops_at_a_semicolon() -> None:
    text = (
        "Van P07311 kunnen we morgen 80 dozen afleveren. De 40 dozen belegen zijn nog niet "
        "gerijpt; die volgen op vrijdag 4 december."
    )
    assert roles(text)["2026-12-04"] in COMMITTING


def test_a_negation_before_the_date_still_negates_it() -> None:
    assert roles("P07311 will not arrive on Friday 4 December.")["2026-12-04"] == "other"


def test_backordered_to_a_week_is_the_rests_date() -> None:
    text = "P07311 shipped today except the toboggans, which are backordered to week 50."
    found = roles(text)
    assert found["2026-11-26"] == "ship_date"
    assert found["2026-12-07"] == "new_eta"


def test_a_part_that_ships_in_a_week_keeps_its_ship_date() -> None:
    assert roles("The toboggans of P07311 ship in week 50.")["2026-12-07"] == "ship_date"


def test_the_vendor_bringing_the_rest_is_a_delivery() -> None:
    text = (
        "Del P07311 solo mandamos 100 de 250, el resto lo tendremos la semana que viene y os "
        "lo llevamos el jueves 3 de diciembre con otro grupaje."
    )
    assert roles(text)["2026-12-03"] in COMMITTING


def test_the_vendor_sending_the_rest_is_a_ship_date() -> None:
    text = "Del P07311 el resto lo enviamos el jueves 3 de diciembre con otro grupaje."
    assert roles(text)["2026-12-03"] == "ship_date"


def test_a_backorder_reaching_the_vendors_warehouse_is_no_delivery() -> None:
    text = (
        "P07311: 150 of 400 went today, the other 250 are on backorder with an ETA to our "
        "warehouse of 7 December and will ship to you the week after."
    )
    assert roles(text)["2026-12-07"] == "other"


def test_an_eta_at_the_buyers_warehouse_is_a_delivery() -> None:
    assert roles("P07311: ETA at your warehouse 7 December.")["2026-12-07"] in COMMITTING


def test_cartons_that_come_with_a_later_run_arrive_then() -> None:
    text = "The 4 cartons of P07311 left at our depot will come with Thursday's run, no charge."
    assert roles(text)["2026-12-03"] in COMMITTING


def test_cartons_that_come_with_a_label_keep_their_ship_date() -> None:
    text = "The 4 cartons of P07311 come with a new label; we ship them Thursday."
    assert roles(text)["2026-12-03"] == "ship_date"


def test_the_parts_listed_under_a_delivery_lead_in_are_deliveries() -> None:
    text = (
        "For P07311 we have planned the delivery in three parts:\n\n"
        "KW 49 - 800 pcs\nKW 50 - 800 pcs\nKW 51 - 400 pcs\n"
    )
    found = roles(text)
    assert {found["2026-11-30"], found["2026-12-07"], found["2026-12-14"]} <= COMMITTING


def test_a_list_under_a_production_lead_in_stays_other() -> None:
    text = "Production plan for P07311:\n\nKW 49 - 800 pcs\nKW 51 - 400 pcs\n"
    found = roles(text)
    assert found["2026-11-30"] == found["2026-12-14"] == "other"


def test_a_date_the_vendor_cannot_do_and_its_suppliers_date_are_other() -> None:
    text = (
        "Sorry, for P07311 4 December we can't do either, the wax supplier only delivers on "
        "the 3rd."
    )
    found = roles(text)
    assert found["2026-12-04"] == "other"
    assert found["2026-12-03"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "P07311: delivery on 4 December is fine, we can't do earlier.",
        "P07311: Lieferung am 4.12., früher können wir nicht liefern.",
    ],
)
def test_a_bound_after_the_date_keeps_it(text: str) -> None:
    assert roles(text)["2026-12-04"] in COMMITTING


def test_the_buyers_request_is_restated_and_the_earliest_served_is_a_delivery() -> None:
    text = (
        "Pedido P07311: ustedes solicitan entrega el 1 de diciembre y nuestra fábrica no puede "
        "servir antes del 9 de diciembre."
    )
    found = roles(text)
    assert found["2026-12-01"] == "other"
    assert found["2026-12-09"] in COMMITTING


def test_the_earliest_the_vendor_can_ship_stays_a_ship_date() -> None:
    text = "Pedido P07311: no podemos enviar antes del 9 de diciembre."
    assert roles(text)["2026-12-09"] not in COMMITTING


@pytest.mark.parametrize(
    "text",
    [
        "P07311: het wordt dinsdag 8 december, en als dat niet lukt, dan maandag 14 december.",
        "P07311: it will be Tuesday 8 December, and if that doesn't work for you, Monday 14 "
        "December.",
    ],
)
def test_a_fallback_offered_after_the_new_date_is_other(text: str) -> None:
    found = roles(text)
    assert found["2026-12-08"] in COMMITTING
    assert found["2026-12-14"] == "other"


def test_a_second_part_is_no_fallback() -> None:
    text = "P07311: delivery Tuesday 8 December, and the rest on Monday 14 December."
    found = roles(text)
    assert found["2026-12-08"] in COMMITTING
    assert found["2026-12-14"] in COMMITTING


def test_a_counted_package_is_no_date() -> None:
    text = "P07311: package 2/2 remained at the Hannover depot, redelivery planned 30.11."
    found = roles(text)
    assert "2026-02-02" not in found
    assert "2027-02-02" not in found
    assert found["2026-11-30"] in COMMITTING


def test_a_day_and_month_after_a_delivery_word_is_a_date() -> None:
    assert roles("P07311: delivery 2/12 as planned.")["2026-12-02"] in COMMITTING


def test_a_date_answering_a_quoted_eta_question_is_a_delivery() -> None:
    text = "Answers below.\n> 3. ETA of the sea shipment of P07311?\nHamburg 14th Dec.\n"
    assert roles(text)["2026-12-14"] in COMMITTING


def test_a_date_answering_a_quoted_invoice_question_is_other() -> None:
    text = "Answers below.\n> When do you invoice P07311?\n14th Dec.\n"
    assert roles(text)["2026-12-14"] == "other"
