"""Date roles fitted on round-7 train emails, each with a sentence of its own."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import EU, RULES_ONLY, make_email, roles


@pytest.mark.parametrize(
    "head",
    [
        "LEVERBON LB-7781\nDatum: 17/11/2026",
        "Bon de livraison BL-3302   Date : 17/11/2026",
        "Lieferschein 88120 vom 17.11.2026",
        "ALBARAN 5512 - 17/11/2026",
    ],
)
def test_the_header_date_of_an_attached_delivery_note_is_the_ship_date(head: str) -> None:
    text = (
        "Hello, please find our paperwork for P07311 attached.\n\n"
        f"--- attachment: note.pdf ---\n{head}\nItem  Qty\nGL-12  40\n"
    )
    assert roles(text)["2026-11-17"] == "ship_date"


def test_the_header_date_of_an_attached_invoice_stays_other() -> None:
    text = (
        "Hello, our invoice for P07311 is attached.\n\n"
        "--- attachment: inv.pdf ---\nINVOICE 4410\nDate: 17/11/2026\nItem  Qty\nGL-12  40\n"
    )
    assert roles(text)["2026-11-17"] == "other"


def test_a_portal_notice_commits_to_the_new_promised_date() -> None:
    text = (
        "The delivery date of P07311 was changed by the vendor.\n\n"
        "  Previous promised date:  04.12.2026\n"
        "  New promised date:       18.12.2026\n"
    )
    extraction = RULES_ONLY.extract(make_email(text), EU)
    found = {d.value.isoformat(): d.role.value for d in extraction.dates}
    assert found["2026-12-04"] == "other"
    assert found["2026-12-18"] in ("confirmed_delivery", "new_eta")
    assert extraction.commitment is not None
    assert extraction.commitment.value.isoformat() == "2026-12-18"


@pytest.mark.parametrize(
    "text",
    [
        "De levering van P07311 die voor vrijdag gepland stond gaat helaas niet door.",
        "Die für Freitag geplante Lieferung von P07311 findet leider nicht statt.",
        "The delivery of P07311 planned for Friday will not go ahead.",
        "La livraison de P07311 prévue vendredi n'aura pas lieu.",
        "La entrega de P07311 prevista para el viernes no se realizará.",
    ],
)
def test_a_planned_delivery_that_does_not_go_ahead_commits_to_nothing(text: str) -> None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert [d.role.value for d in extraction.dates] == ["other"]
    assert extraction.commitment is None


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por su paciencia. Le devolvemos el anticipo esta semana.",
        "Merci de votre patience. Nous vous remboursons la différence cette semaine.",
        "Danke für Ihre Geduld. Die Anzahlung geht diese Woche an Sie zurück.",
        "Thanks for your patience. Your deposit comes back to you this week.",
    ],
)
def test_the_day_a_deposit_is_refunded_is_no_delivery(text: str) -> None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert [d.role.value for d in extraction.dates] == ["other"]
    assert extraction.commitment is None


@pytest.mark.parametrize(
    "text",
    [
        "Je vous communique une nouvelle date au plus tard vendredi.",
        "We will give you a new date by Friday at the latest.",
        "Le daremos una nueva fecha antes del viernes.",
        "Einen neuen Liefertermin nennen wir Ihnen spätestens Freitag.",
        "Een nieuwe leverdatum volgt uiterlijk vrijdag.",
    ],
)
def test_the_day_a_new_date_will_be_given_is_no_delivery(text: str) -> None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert [d.role.value for d in extraction.dates] == ["other"]
    assert extraction.commitment is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("As agreed: loading 1.12, delivery to your dock 4.12.", "2026-12-01"),
        ("Wie besprochen: Lieferung 3.12 an Ihr Lager.", "2026-12-03"),
    ],
)
def test_a_one_digit_day_after_a_goods_word_is_a_date(text: str, day: str) -> None:
    assert day in roles(text)


def test_a_one_digit_decimal_after_a_goods_word_stays_a_number() -> None:
    assert roles("Delivery 1.5 days after payment, freight 2.40 EUR per carton.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Uw bestelling P07311 is deze namiddag vertrokken bij ons.",
        "Uw bestelling P07311 vertrekt vannamiddag.",
        "Die Ware zu P07311 wurde heute Vormittag verladen.",
    ],
)
def test_this_afternoon_in_flemish_and_this_morning_in_german_are_today(text: str) -> None:
    assert roles(text) == {"2026-11-26": "ship_date"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Part of P07311 has gone out with UPS this afternoon.", "2026-11-26"),
        ("La commande P07311 a été enlevée ce matin par Geodis.", "2026-11-26"),
        ("We air-freighted 500 pcs of P07311 today.", "2026-11-26"),
        ("Los cojines de P07311 pensamos mandarlos el martes 8 de diciembre.", "2026-12-08"),
    ],
)
def test_more_ship_verbs_make_a_ship_date(text: str, day: str) -> None:
    assert roles(text) == {day: "ship_date"}


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("De levering van P07311 schuift op van week 50 naar week 52.", "2026-12-07", "2026-12-21"),
        (
            "De levering van P07311 schuift van vrijdag 4 december naar dinsdag 8 december.",
            "2026-12-04",
            "2026-12-08",
        ),
    ],
)
def test_a_dutch_delivery_that_shifts_from_one_date_to_another(
    text: str, old: str, new: str
) -> None:
    assert roles(text) == {old: "other", new: "new_eta"}


@pytest.mark.parametrize(
    "text",
    [
        "P07311 left today. Delivery at your DC expected 3 or 4 December.",
        "Lieferung voraussichtlich 3. oder 4. Dezember.",
        "Livraison prévue le 3 ou 4 décembre.",
        "Entrega prevista el 3 o 4 de diciembre.",
    ],
)
def test_either_of_two_days_of_a_month_is_a_delivery_window(text: str) -> None:
    found = roles(text)
    assert found["2026-12-03"] == "range_start"
    assert found["2026-12-04"] == "range_end"
