"""Date roles fitted on round-6 train emails, each with a sentence of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.extraction.rules.dates import DateSettings, find_dates
from agent.extraction.rules.extractor import _finish_dates
from agent.extraction.rules.roles import assign_roles
from agent.models import Intent
from tests.extraction.conftest import roles


@pytest.mark.parametrize(
    "text",
    [
        "Le solde partira le 08.12.2026, livraison prévue le 10.12.2026.",
        "The rest leaves our yard on 08.12.2026, delivery planned for 10.12.2026.",
    ],
)
def test_a_planned_delivery_after_a_ship_date_is_the_new_plan(text: str) -> None:
    assert roles(text)["2026-12-10"] in ("confirmed_delivery", "new_eta")


def test_the_delivery_planned_on_a_date_that_moves_is_other() -> None:
    found = roles("La livraison prévue le 03.12.2026 est décalée au 10.12.2026.")
    assert found["2026-12-03"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "We drop the cushions from the order unless you can wait for them until 10.12.2026.",
        "Wir streichen die Kissen, es sei denn, Sie warten bis zum 10.12.2026.",
        "Nous annulons les coussins, à moins que vous acceptiez une livraison le 10.12.2026.",
        "Quitamos los cojines, a menos que prefiráis la entrega del 10.12.2026.",
        "We schrappen de kussens, tenzij u levering op 10.12.2026 wilt.",
    ],
)
def test_a_date_offered_unless_the_buyer_wants_it_is_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Confirmed for delivery 10.12.2026, all 40 crates of the vases. Please note that our "
        "prices for glassware go up by 4% from 01.01.2027.",
        "We confirm your order with ETA Rotterdam 10.12.2026. Please note that the price of the "
        "oak stools increases by 6% because of the timber costs.",
    ],
)
def test_a_date_the_vendor_confirms_in_a_price_email_commits(text: str) -> None:
    settings = DateSettings(reference=dt.date(2026, 11, 20))
    mentions = find_dates(text, settings)
    roled = assign_roles(text, mentions, change_email=False, price_email=True)
    finished = _finish_dates(text, roled, Intent.PRICE_CHANGE, committing=False)
    by_value = {d.value.isoformat(): d.role.value for d in finished}
    assert by_value["2026-12-10"] == "confirmed_delivery"


def test_a_delivery_date_that_is_no_problem_holds_in_a_question() -> None:
    text = (
        "Could you tell us which carton labels you want on the trays? "
        "Delivery on 10.12.2026 is no problem either way."
    )
    assert roles(text)["2026-12-10"] == "confirmed_delivery"


def test_a_delivery_that_will_be_in_a_week_commits() -> None:
    text = "Because of the strike, delivery to your DC will be in week 50 instead of week 49."
    assert roles(text)["2026-12-07"] == "new_eta"
    assert roles("Our sales manager will be in Lyon on 10.12.2026.")["2026-12-10"] == "other"


def test_a_send_clause_after_an_arrival_date_is_the_next_clause() -> None:
    text = "The vessel was rolled, new ETA Rotterdam around 10.12.2026, we send the papers later."
    assert roles(text)["2026-12-10"] == "new_eta"


@pytest.mark.parametrize(
    "text",
    [
        "Podemos esperar el hilo rojo, que nos llega el 10.12.2026, o usar el granate.",
        "La fábrica de vidrio no nos puede entregar los frascos antes del 10.12.2026.",
        "Unsere Weberei liefert uns den Stoff erst am 10.12.2026, danach nähen wir.",
        "Onze leverancier levert ons het glas pas op 10.12.2026.",
        "The glaze only arrives to us on 10.12.2026, then we fire the bowls.",
    ],
)
def test_what_reaches_the_vendor_itself_is_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"


def test_a_carrier_that_gives_us_a_delivery_at_your_warehouse_commits() -> None:
    text = "Sale el lunes y el transportista nos da entrega en vuestro almacén el 10.12.2026."
    assert roles(text)["2026-12-10"] in ("confirmed_delivery", "new_eta")


def test_getting_the_confirmation_over_to_the_buyer_is_no_delivery() -> None:
    text = "Thanks, we'll get the confirmation over to you after the kiln check, likely 10.12.2026."
    assert roles(text)["2026-12-10"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The screen print needs your approval by 10.12.2026, otherwise the boxes slip a week.",
        "Die Freigabe brauchen wir bis 10.12.2026, sonst verschiebt sich der Druck.",
        "Merci de valider le BAT avant le 10.12.2026, sinon l'impression glisse.",
        "Necesitamos el OK antes del 10.12.2026, de lo contrario se retrasa la impresión.",
        "Graag akkoord voor 10.12.2026, anders schuift de productie op.",
    ],
)
def test_a_deadline_with_what_happens_otherwise_is_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the feeder is delay 1 week because of the strike", []),
        ("Die Lieferung ist 2 Woche im Verzug.", []),
        ("ship on 45 week", [("45 week", "2026-11-02")]),
        ("Lieferung 45. Woche", [("45. Woche", "2026-11-02")]),
        ("Lieferung 45 KW", [("45 KW", "2026-11-02")]),
    ],
)
def test_a_bare_small_number_of_weeks_is_a_duration(
    text: str, found: list[tuple[str, str]]
) -> None:
    settings = DateSettings(reference=dt.date(2026, 9, 29))
    weeks = [(text[m.start : m.end], m.value.isoformat()) for m in find_dates(text, settings)]
    assert weeks == found


@pytest.mark.parametrize(
    "text",
    [
        "We are not cancelling P00123 - the lamps were loaded on 10.12.2026, all 12 pallets.",
        "Sorry, too late to cancel P00123: it left our Venlo warehouse on 10.12.2026.",
        "Leider zu spät zum Stornieren, die Ware wurde am 10.12.2026 verladen.",
    ],
)
def test_a_cancellation_refused_keeps_the_ship_date(text: str) -> None:
    assert roles(text)["2026-12-10"] == "ship_date"


def test_backordered_on_an_order_is_no_order_date() -> None:
    text = "The 40 lamps backordered on P00123 went out 10.12.2026 with DHL."
    assert roles(text)["2026-12-10"] == "ship_date"
    assert roles("Your P00123, ordered on 10.12.2026, is in production.")["2026-12-10"] == "other"


def test_goods_that_went_to_the_airport_shipped() -> None:
    text = "Your P00123 rugs are on their way - 3 pallets went to Schiphol airport 10.12.2026."
    assert roles(text)["2026-12-10"] == "ship_date"


def test_goods_due_in_a_week_are_the_rests_date() -> None:
    text = (
        "Your order P00123 has been despatched today.\n\n"
        "Backordered:\nBT-CUP-12   Tea cups 12pk   qty 30   - due w/c 07/12\n"
    )
    assert roles(text)["2026-12-07"] in ("confirmed_delivery", "new_eta")
    assert roles("Invoice 4471 is due 10.12.2026.")["2026-12-10"] == "other"


def test_the_date_a_pull_in_is_earlier_than_is_other() -> None:
    text = "We deliver on 03.12.2026, that is a week earlier then the 10.12.2026 we confirmed."
    found = roles(text)
    assert found["2026-12-10"] == "other"
    assert found["2026-12-03"] == "confirmed_delivery"


def test_an_option_the_buyer_is_asked_to_pick_in_dutch_is_other() -> None:
    text = "De ontbrekende 20 stuks leveren we los in week 50, laat maar weten wat u wilt."
    assert roles(text)["2026-12-07"] == "other"
