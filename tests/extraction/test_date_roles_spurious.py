"""Dates that made spurious commitments: answers to come, things that stay shut, price terms,
offers and options, ship dates that stay, old dates that lapse."""

from __future__ import annotations

import pytest

from agent.extraction.rules.roles.cues_history import told_in_the_past
from agent.extraction.rules.roles.cues_other import DELIVERIES_TERMS
from tests.extraction.conftest import EU, RULES_ONLY, make_email, roles

# (the test emails are dated Thursday 26 November 2026)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("P07311 is on hold, I will come back on Friday with a date.", "2026-11-27"),
        (
            "I will come back to you with new schedule as soon as I have it, latest on Monday.",
            "2026-11-30",
        ),
        ("I can't give you an honest date before the end of next week.", "2026-12-04"),
        ("Einen neuen Termin kann ich Ihnen erst nächste Woche nennen.", "2026-11-30"),
        ("Een nieuwe leverdatum kan ik je pas in januari geven.", "2027-01-01"),
        ("We will inform you as soon as we have news, maybe next week.", "2026-11-30"),
        (
            "Geen nieuwe datum; ten laatste volgende vrijdag laat ik je weten hoe het zit.",
            "2026-12-04",
        ),
        ("Please tell me until Wednesday so I can plan the trucks.", "2026-12-02"),
    ],
)
def test_the_day_the_vendor_will_answer_is_no_delivery(text: str, value: str) -> None:
    assert roles(text)[value] == "other"


def test_a_delivery_on_the_day_is_still_one() -> None:
    assert roles("P07311 will arrive on Friday.")["2026-11-27"] == "confirmed_delivery"
    assert roles("Volgende vrijdag leveren wij P07311.")["2026-12-04"] == "confirmed_delivery"


def test_a_plan_said_verb_last_is_the_old_one() -> None:
    text = "Die Lieferung zu P07311, die für morgen geplant war, müssen wir verschieben."
    assert roles(text)["2026-11-27"] == "other"


def test_a_ship_date_that_stays_is_a_ship_date() -> None:
    assert roles("Ship date stays 9 December either way.")["2026-12-09"] == "ship_date"
    assert roles("Delivery stays 9 December.")["2026-12-09"] == "confirmed_delivery"


def test_what_stays_closed_or_unpaid_is_no_delivery() -> None:
    closed = "Unser Betrieb bleibt vom 23.12.2026 bis 06.01.2027 geschlossen."
    assert roles(closed)["2026-12-23"] == "other"
    assert roles("Der Liefertermin bleibt der 23.12.2026.")["2026-12-23"] == "confirmed_delivery"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The arrival 4 Dec that we confirmed to you is not possible anymore.", "2026-12-04"),
        ("De bevestigde leverdatum van 6 december vervalt daarmee.", "2026-12-06"),
        ("The 20 December delivery slot is released.", "2026-12-20"),
    ],
)
def test_a_date_that_lapses_is_not_held(text: str, value: str) -> None:
    assert roles(text)[value] == "other"


def test_a_confirmed_arrival_is_held() -> None:
    assert roles("The arrival 4 Dec is confirmed.")["2026-12-04"] == "confirmed_delivery"


def test_orders_named_by_their_delivery_are_price_terms() -> None:
    text = (
        "Les commandes passées avant le 15 décembre et livrées avant le 31 janvier restent "
        "facturées à l'ancien tarif."
    )
    assert roles(text)["2027-01-31"] == "other"
    own = "Ce supplément s'applique à votre commande P05450 (livraison prévue le 9 décembre)."
    assert roles(own)["2026-12-09"] == "confirmed_delivery"


def test_deliveries_in_a_month_name_which_deliveries_a_price_applies_to() -> None:
    assert DELIVERIES_TERMS.search("deliveries in ") is not None
    assert DELIVERIES_TERMS.search("las entregas de ") is not None
    assert DELIVERIES_TERMS.search("deliveries in december (your order, delivery on ") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We can offer you delivery in week 50 or week 51 at Hamburg.", "2026-12-07"),
        ("Our production plan allows either delivery in KW 51 or a split.", "2026-12-14"),
        ("Wir könnten nächste Woche noch liefern.", "2026-11-30"),
        ("We could make the same board in dark cork, delivery in week 50.", "2026-12-07"),
        ("Your PO requests delivery on 1 December.", "2026-12-01"),
        ("We'd quoted you delivery for 19 December, so I wanted you to know.", "2026-12-19"),
        ("Kindly check and revert within 3 days.", "2026-11-29"),
        ("Le haremos llegar una nueva oferta a mediados de diciembre.", "2026-12-15"),
    ],
)
def test_offers_asks_and_old_quotes_are_no_commitment(text: str, value: str) -> None:
    assert roles(text)[value] == "other"


def test_a_plain_delivery_week_commits() -> None:
    assert roles("We deliver in week 50 at Hamburg.")["2026-12-07"] == "confirmed_delivery"
    assert roles("Delivery on 1 December.")["2026-12-01"] == "confirmed_delivery"


def test_lettered_options_are_options() -> None:
    text = (
        "Wir hätten zwei Möglichkeiten:\n\na) Teillieferung von 600 Stück in KW 51, der Rest in "
        "KW 2/2027\nb) alles zusammen in KW 2/2027\n\nBitte teilen Sie uns mit, was Sie möchten."
    )
    found = roles(text)
    assert found["2026-12-14"] == "other"
    assert found["2027-01-11"] == "other"


def _commitment(text: str) -> str | None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    return extraction.commitment.value.isoformat() if extraction.commitment else None


def test_a_month_alone_in_a_cancellation_is_not_promoted() -> None:
    text = (
        "We have to cancel P07311 in full, sorry. Our mould is being replaced and will only run "
        "again in February."
    )
    assert _commitment(text) is None


def test_a_weekday_told_in_the_past_is_not_promoted() -> None:
    text = "P07311 is delayed. The blade supplier had a fire at their plant on Wednesday."
    assert _commitment(text) is None


def test_told_in_the_past_reads_the_date_s_own_sentence() -> None:
    past = "Sorry. The hail on Tuesday wiped out Block 7."
    assert told_in_the_past(past, past.index("Tuesday"), past.index("Tuesday") + 7)
    coming = "The hail was bad. We load on Tuesday."
    assert not told_in_the_past(coming, coming.index("Tuesday"), coming.index("Tuesday") + 7)


def test_the_vendor_s_own_stock_coming_in_is_no_delivery() -> None:
    text = "New stock lands at our warehouse in 10 days and we'll ship to you Monday."
    assert roles(text)["2026-12-06"] == "other"
    assert roles("The goods land at your warehouse in 10 days.")["2026-12-06"] != "other"


def test_production_said_verb_last_is_no_delivery() -> None:
    text = "Das Öl kommt aus der neuen Pressung, die erst Mitte Jänner abgefüllt wird."
    assert roles(text)["2027-01-15"] == "other"
    assert roles("Die Ware wird Mitte Jänner geliefert.")["2027-01-15"] != "other"


def test_an_offer_followed_by_a_question_of_interest_is_no_commitment() -> None:
    offer = (
        "Een gelijkaardig dessin kunnen wij leveren vanaf half december. Laat u ons weten of "
        "dit u interesseert?"
    )
    assert roles(offer)["2026-12-15"] == "other"
    plain = "Delivery confirmed for 5 December. Are you interested in our new catalogue?"
    assert roles(plain)["2026-12-05"] == "confirmed_delivery"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Votre commande P12035 : l'enlèvement est prévu le 4 décembre.", "ship_date"),
        ("Die Abholung von P12035 ist für den 4.12. geplant.", "ship_date"),
        ("The pick-up of P12035 is scheduled for December 4.", "ship_date"),
        ("Votre commande P12035 : la livraison est prévue le 4 décembre.", "confirmed_delivery"),
        ("Die Lieferung von P12035 ist für den 4.12. geplant.", "confirmed_delivery"),
    ],
)
def test_a_plan_takes_the_role_of_what_is_planned(text: str, role: str) -> None:
    assert roles(text)["2026-12-04"] == role
