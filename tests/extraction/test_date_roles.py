"""Date roles a buyer reads from the sentence: dates that will not hold, rests, questions."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.extraction.base import ExtractionContext
from agent.extraction.rules import RulesExtractor
from agent.extraction.rules.extractor import _finish_dates
from agent.extraction.rules.mentions import DateMention
from agent.extraction.rules.roles import RoledDate
from agent.models import DateRole, Intent
from tests.extraction.conftest import EU, RULES_ONLY, make_email, roles


@pytest.mark.parametrize(
    "text",
    [
        "Sadly the rugs will not be delivered on 02.12.2026. New delivery date 10.12.2026.",
        "The lamps won't go out on 02.12.2026 after all; delivery now 10.12.2026.",
        "La commande ne pourra pas être livrée le 02.12.2026. Nouvelle livraison le 10.12.2026.",
        "El despacho no podrá salir el 02.12.2026. Nueva entrega el 10.12.2026.",
        "De levering kan niet in week 49 plaatsvinden. Nieuwe leverdatum 10.12.2026.",
        "Levering 10.12.2026 i.p.v. 02.12.2026.",
        "ETA warehouse moved from 02.12.2026 to 10.12.2026.",
        "New arrival at your DC 10.12.2026 (earlier 02.12.2026).",
    ],
)
def test_a_date_that_will_not_hold_is_other(text: str) -> None:
    found = roles(text)
    assert found.get("2026-12-02", "other") == "other"
    assert found.get("2026-11-30", "other") == "other"
    assert found["2026-12-10"] in {"new_eta", "confirmed_delivery"}


@pytest.mark.parametrize(
    "text",
    [
        "Les mangeoires ne changent pas, livraison toujours le 10.12.2026.",
        "The feeders do not change, delivery still on 10.12.2026.",
        "Bei den Futterhäuschen ändert sich nicht, Lieferung weiterhin am 10.12.2026.",
        "De planning verandert niet, de levering blijft op 10.12.2026.",
        "P04711 ist davon nicht betroffen: die Lieferung ist am 10.12.2026 geplant.",
    ],
)
def test_a_change_negated_leaves_the_date_standing(text: str) -> None:
    assert roles(text)["2026-12-10"] == "confirmed_delivery"


def test_what_leaves_as_planned_leaves_on_its_ship_date() -> None:
    text = "Les lignes 1 et 3 ne changent pas et partent comme prévu le 10.12.2026."
    assert roles(text)["2026-12-10"] == "ship_date"


def test_a_deadline_with_not_later_than_still_commits() -> None:
    assert roles("Delivery not later than 10.12.2026, as confirmed.")["2026-12-10"] in {
        "new_eta",
        "confirmed_delivery",
    }


@pytest.mark.parametrize(
    "text",
    [
        "We sent 40 lanterns today. The remaining 20 will follow on 10.12.2026.",
        "Heute 40 Laternen verschickt, die restlichen 20 Stück folgen am 10.12.2026.",
        "Vandaag 40 lantaarns verstuurd; de overige 20 stuks volgen op 10.12.2026.",
        "The mugs are out of stock, earliest 10.12.2026 at your warehouse.",
    ],
)
def test_the_rest_of_a_split_delivery_is_a_new_eta(text: str) -> None:
    assert roles(text)["2026-12-10"] == "new_eta"


def test_the_rest_as_confirmed_stays_confirmed() -> None:
    text = "Line 1 shipped today. Line 2 will follow as confirmed on 10.12.2026."
    assert roles(text)["2026-12-10"] == "confirmed_delivery"


@pytest.mark.parametrize(
    "text",
    [
        "Can we deliver the planters on 10.12.2026 instead, would that work for you?",
        "Do you want us to ship the rest on 10.12.2026 or wait for the full order?",
    ],
)
def test_a_date_in_a_question_is_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"
    assert RULES_ONLY.extract(make_email(text), EU).commitment is None


def test_an_offer_if_you_want_is_other() -> None:
    text = "The cushions are ready; if you want we can load them separately on 10.12.2026."
    assert roles(text)["2026-12-10"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Production is on track; I will come back with a confirmation by 10.12.2026.",
        "Please let us know your decision before 10.12.2026 so we can book the truck.",
        "We need to know by 10.12.2026 how many pallets you want.",
        "Bitte um Rückmeldung bis 10.12.2026, dann planen wir die Lieferung.",
    ],
)
def test_an_answer_deadline_is_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"


def test_a_cancelled_delivery_is_other() -> None:
    text = "We have to cancel the last delivery of P00123 (60 boxes of tea due on 10.12.2026)."
    assert roles(text)["2026-12-10"] == "other"


def test_until_today_is_a_point_in_time() -> None:
    text = "The invoice was due last week. Until today we have not received your payment."
    assert roles(text)["2026-11-26"] == "other"


def test_the_date_field_of_a_document_is_other() -> None:
    text = "PROFORMA INVOICE No. PI-7781    Date: 20.11.2026\nItem  Qty  Price"
    assert roles(text)["2026-11-20"] == "other"


def test_a_closure_with_bis_und_mit_is_one_range_of_other_dates() -> None:
    text = "Unser Lager bleibt vom 23.12.2026 bis und mit 05.01.2027 geschlossen."
    assert set(roles(text).values()) == {"other"}


def test_with_you_is_a_delivery() -> None:
    text = "P00123 is confirmed: despatch Monday 7th Dec, with you Wednesday 9th."
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert extraction.commitment is not None
    assert extraction.commitment.value.isoformat() == "2026-12-09"


def test_a_delivery_stated_to_hold_survives_in_a_question() -> None:
    text = (
        "Quick question about the labels for P00123: do you want them on the short side? "
        "The delivery itself stays on 10.12.2026 as planned."
    )
    extraction = RulesExtractor().extract(make_email(text), EU)
    assert extraction.commitment is not None
    assert extraction.commitment.value.isoformat() == "2026-12-10"


def test_a_price_with_decimals_before_a_calendar_week_is_not_a_week() -> None:
    text = "Pos 1  Mug cobalt  480  EUR 5,20     KW 50\nPos 2  Bowl  360  EUR 3,90     KW 50"
    assert set(roles(text)) == {"2026-12-07"}


def test_business_days_after_a_ship_date_said_with_raus() -> None:
    text = "Der Rest geht Anfang nächster Woche raus, die Zustellung ist dann 2 Werktage später."
    found = roles(text)
    assert found["2026-11-30"] == "ship_date"
    assert found["2026-12-02"] in {"new_eta", "confirmed_delivery"}


def test_orders_placed_before_a_date_keep_the_old_price() -> None:
    text = (
        "Nouveau tarif : 2,10 € HT au lieu de 1,96 €. Toutes les commandes passées avant le "
        "15 décembre restent facturées à l'ancien tarif."
    )
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert extraction.commitment is None


def test_a_date_in_a_table_row_takes_its_column_role() -> None:
    text = (
        "Order acknowledgement\n"
        "Pos  Item        Qty    Price      Delivery\n"
        "1    Lamp L-10   200    EUR 4,10   07.12.2026\n"
        "2    Lamp L-20   100    EUR 5,30   14.12.2026\n"
    )
    assert roles(text) == {"2026-12-07": "confirmed_delivery", "2026-12-14": "confirmed_delivery"}


def test_a_table_with_old_and_new_eta_columns() -> None:
    text = (
        "Revised schedule below.\n"
        "Item          Old ETA      New ETA\n"
        "Lamp L-10     07.12.2026   14.12.2026\n"
    )
    assert roles(text)["2026-12-07"] == "other"
    assert roles(text)["2026-12-14"] in {"new_eta", "confirmed_delivery"}


def test_a_ship_date_column() -> None:
    text = "Item        Qty    Ship date\nLamp L-10   200    07.12.2026\n"
    assert roles(text) == {"2026-12-07": "ship_date"}


@pytest.mark.parametrize(
    "text",
    [
        "P00123 and P00124 were consolidated and shipped together today on one truck.",
        "The lamps left on Tuesday with our own van.",
        "Today we sent positions 1 and 3 by Raben.",
        "Su pedido ha salido hoy de nuestro almacén.",
    ],
)
def test_ship_words(text: str) -> None:
    assert "ship_date" in roles(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "I'm on annual leave until 04.01.2027; for urgent matters call Tom.",
        "The refund of your deposit goes out on 10.12.2026.",
        "We will send the revised acknowledgement on 10.12.2026.",
        "Die Gutschrift schicken wir Ihnen am 10.12.2026.",
    ],
)
def test_dates_of_documents_money_and_absences_are_other(text: str) -> None:
    assert set(roles(text).values()) == {"other"}


def test_lines_not_affected_keep_their_confirmed_date() -> None:
    text = (
        "Unfortunately the blue vases are delayed to 18.12.2026. The other lines are not "
        "affected and will be delivered as per confirmed date 10.12.2026."
    )
    found = roles(text)
    assert found["2026-12-10"] == "confirmed_delivery"
    assert found["2026-12-18"] == "new_eta"


def test_the_delivery_planned_on_a_date_is_the_old_one() -> None:
    text = "Because of the strike the delivery planned on 09.12.2026 will be done on 16.12.2026."
    found = roles(text)
    assert found["2026-12-09"] == "other"
    assert found["2026-12-16"] in {"new_eta", "confirmed_delivery"}


def test_an_orig_eta_column_is_other() -> None:
    text = (
        "PO       Item          Orig ETA    New ETA\n"
        "P00123   Bath mats     07.12.2026  14.12.2026\n"
    )
    assert roles(text)["2026-12-07"] == "other"


def test_hearing_from_you_by_a_date_is_other() -> None:
    assert roles("Wij vernemen graag uiterlijk 04.12.2026 van u.")["2026-12-04"] == "other"


def test_ship_dates_in_a_holiday_newsletter_are_other() -> None:
    text = "Season's greetings! Orders after the cut-off are despatched from 04.01.2027."
    roled = [RoledDate(_mention_of(text, "04.01.2027"), DateRole.SHIP_DATE, 0.8, True)]
    finished = _finish_dates(text, roled, Intent.OTHER, committing=False)
    assert finished[0].role == DateRole.OTHER
    assert _finish_dates(text, roled, Intent.SHIPPING_NOTICE, committing=True)[0].role == (
        DateRole.SHIP_DATE
    )


def _mention_of(text: str, quote: str) -> DateMention:
    start = text.index(quote)
    return DateMention(start, start + len(quote), dt.date(2027, 1, 4), "numeric", 0.95)


@pytest.mark.parametrize(
    "text",
    [
        "The last 40 boxes are in transit to us; we forward them so you have them on 14.12.2026.",
        "Las 40 cajas restantes las tendríamos el 14.12.2026 en vuestro almacén.",
        "Die restlichen Kartons haben Sie am 14.12.2026.",
    ],
)
def test_you_will_have_them_is_a_delivery(text: str) -> None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert extraction.commitment is not None
    assert extraction.commitment.value.isoformat() == "2026-12-14"


@pytest.mark.parametrize(
    "text",
    [
        "Your order is with production; we will come back with a firm delivery date by 04.12.2026.",
        "I'll get back to you on the new schedule before 04.12.2026.",
        "Wir melden uns mit dem Liefertermin bis 04.12.2026.",
        "Nous reviendrons vers vous avec une date de livraison d'ici le 04.12.2026.",
        "Le responderemos con la fecha de entrega antes del 04.12.2026.",
        "Wij komen bij u terug met een leverdatum voor 04.12.2026.",
    ],
)
def test_a_date_the_vendor_will_answer_by_is_other(text: str) -> None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert roles(text)["2026-12-04"] == "other"
    assert extraction.commitment is None


@pytest.mark.parametrize(
    "text",
    [
        "Our dye house wants a commitment by 04.12.2026 for the spring colours.",
        "Der Lieferant braucht eine Zusage bis 04.12.2026.",
    ],
)
def test_a_deadline_for_a_commitment_is_other(text: str) -> None:
    assert roles(text)["2026-12-04"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Visit us at the trade fair in Frankfurt on 04.12.2026, hall 3.",
        "Rendez-vous au salon de Paris le 04.12.2026.",
        "Besuchen Sie uns auf der Messe am 04.12.2026.",
        "Our new candle range is launching 04.12.2026!",
        "Lanzamiento de la nueva colección el 04.12.2026.",
        "Nous serons présents à Cologne du 02.12.2026 au 04.12.2026, hall 10.2, stand C-041.",
    ],
)
def test_fairs_and_product_launches_are_other(text: str) -> None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert roles(text)["2026-12-04"] == "other"
    assert extraction.commitment is None


@pytest.mark.parametrize(
    "text",
    [
        "Line 4 is cancelled. Lines 1-3 ship as confirmed on 04.12.2026.",
        "Position 4 entfällt, Positionen 1-3 werden wie bestätigt am 04.12.2026 versendet.",
    ],
)
def test_shipping_as_confirmed_is_a_ship_date(text: str) -> None:
    assert roles(text)["2026-12-04"] == "ship_date"


def test_a_rest_following_as_confirmed_is_a_delivery() -> None:
    text = "Heute 40 Stück verschickt. Position 20 folgt wie bestätigt am 10.12.2026."
    assert roles(text)["2026-12-10"] in {"new_eta", "confirmed_delivery"}


@pytest.mark.parametrize(
    "text",
    [
        "600 lamps arrive 04.12.2026. The rest 300 lamps will go with the next truck in January.",
        "300 lamps arrive 04.12.2026; the balance comes with the next vessel in January.",
    ],
)
def test_the_rest_without_a_verb_cue_is_a_new_eta(text: str) -> None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert roles(text)["2027-01-01"] == "new_eta"
    assert extraction.commitment is not None
    assert extraction.commitment.value.isoformat() == "2027-01-01"


def test_two_abbreviated_days_in_a_row_commit_to_the_second() -> None:
    extraction = RULES_ONLY.extract(make_email("Shipped today, with you Mon/Tues."), EU)
    assert extraction.commitment is not None
    assert extraction.commitment.value.weekday() == 1
    assert [d.role.value for d in extraction.dates if d.span.quote.startswith(("Mon", "Tues"))] == [
        "range_start",
        "range_end",
    ]


@pytest.mark.parametrize(
    ("header", "ours"),
    [
        ("Datum: 02.11.2026      Ihre Bestellung: P00123 vom 28.10.2026", "28.10.2026"),
        ("Date : 02/11/2026      Votre commande : P00123 du 28/10/2026", "28/10/2026"),
        ("Fecha: 02/11/2026      Su pedido: P00123 del 28/10/2026", "28/10/2026"),
    ],
)
def test_a_document_header_dates_the_document(header: str, ours: str) -> None:
    text = (
        "Anbei unsere Bestätigung.\n\n--- attachment: AB-77.pdf ---\nKERZENWERK GMBH\n"
        f"{header}\nPos  Artikel   Menge   Liefertermin\n10   KW-12     200     10.12.2026\n"
    )
    extraction = RULES_ONLY.extract(make_email(text), EU)
    found = {d.span.quote: d.role.value for d in extraction.dates}
    assert found["02.11.2026" if "." in ours else "02/11/2026"] == "other"
    assert found[ours] == "other"
    assert extraction.commitment is not None
    assert extraction.commitment.value.isoformat() == "2026-12-10"


def test_quoted_email_headers_stay_history() -> None:
    text = (
        "Delivery confirmed for 10.12.2026.\n\nFrom: Buyer\nSent: 02.11.2026\n"
        "To: Vendor\nSubject: order\n\nplease deliver by 04.12.2026"
    )
    extraction = RULES_ONLY.extract(make_email(text, new_text_end=36), EU)
    assert [d.span.quote for d in extraction.dates] == ["10.12.2026"]


@pytest.mark.parametrize(
    "text",
    [
        "Line 2 is cancelled. We look forward to your next order for February.",
        "Quedamos a la espera de su pedido para febrero.",
        "Newsletter February: our new catalogue is out.",
    ],
)
def test_a_month_of_a_future_order_or_a_newsletter_is_other(text: str) -> None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert roles(text)["2027-02-01"] == "other"
    assert extraction.commitment is None


def test_a_range_of_weekdays_with_day_numbers_commits_to_its_end() -> None:
    extraction = RULES_ONLY.extract(
        make_email("Vandaag vertrokken; DHL levert tussen maandag 7 en dinsdag 8 december."),
        EU,
    )
    assert [d.role.value for d in extraction.dates][-2:] == ["range_start", "range_end"]
    assert extraction.commitment is not None
    assert extraction.commitment.value.isoformat() == "2026-12-08"


@pytest.mark.parametrize(
    "text",
    [
        "Requested delivery:  04.12.2026\nConfirmed delivery:  10.12.2026",
        "Gewünschter Liefertermin: 04.12.2026, bestätigter Liefertermin: 10.12.2026",
        "Fecha solicitada 04.12.2026 - fecha confirmada 10.12.2026",
    ],
)
def test_a_requested_delivery_field_is_other(text: str) -> None:
    found = roles(text)
    assert found["2026-12-04"] == "other"
    assert found["2026-12-10"] in {"new_eta", "confirmed_delivery"}


def test_a_departure_salida_is_a_ship_date() -> None:
    text = "La salida del barco está programada para el 04.12.2026."
    assert roles(text)["2026-12-04"] == "ship_date"


def test_confirming_new_prices_by_a_date_is_other() -> None:
    text = "Delivery stays as planned. Please confirm the new prices until 04.12.2026."
    assert roles(text)["2026-12-04"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Sans réponse de votre part d'ici le vendredi 04.12.2026, nous annulerons la ligne. "
        "Livraison le 10.12.2026.",
        "Livraison le 10.12.2026, mais il nous faut votre choix d'ici le 04.12.2026.",
        "Delivery 10.12.2026. Without a reply from you by 04.12.2026 we cancel the line.",
        "Lieferung am 10.12.2026, wir brauchen Ihre Entscheidung bis 04.12.2026.",
        "Entrega el 10.12.2026. Sin respuesta por su parte antes del 04.12.2026 anulamos la línea.",
    ],
)
def test_a_deadline_for_the_buyers_answer_is_other(text: str) -> None:
    found = roles(text)
    assert found["2026-12-04"] == "other"
    assert found["2026-12-10"] in {"new_eta", "confirmed_delivery"}


def test_a_date_that_was_planned_is_other_in_spanish() -> None:
    text = "Podemos adelantar la entrega al 04.12.2026. Estaba prevista para el 10.12.2026."
    found = roles(text)
    assert found["2026-12-10"] == "other"
    assert found["2026-12-04"] in {"new_eta", "confirmed_delivery"}


def test_para_que_los_tengais_is_a_delivery() -> None:
    text = "Saldrán con el siguiente camión, para que los tengáis el 10.12.2026."
    assert roles(text)["2026-12-10"] in {"new_eta", "confirmed_delivery"}


def test_le_reliquat_is_a_new_eta() -> None:
    text = "400 pièces expédiées ce jour. Le reliquat de 200 pièces vous sera livré le 10.12.2026."
    assert roles(text)["2026-12-10"] == "new_eta"


def test_a_short_week_in_a_delivery_column_is_a_date() -> None:
    text = "Article      Qté    Livraison\nTL-NP-160    150    S50\nTL-SV-45     900    S50\n"
    found = RULES_ONLY.extract(make_email(text), EU).dates
    assert [d.span.quote for d in found] == ["S50", "S50"]


def test_the_year_end_holidays_are_no_date() -> None:
    text = "Je suis absente pendant les congés de fin d'année."
    assert RULES_ONLY.extract(make_email(text), EU).dates == []


def test_a_delivery_word_nearer_than_a_price_word_keeps_the_delivery() -> None:
    """Outside a price email, "per case ... at the prices" does not make a delivery a price date."""
    found = roles(
        "Happy to confirm all 120 cases (6 glasses per case) at the prices on your order, "
        "and delivery for Tuesday 01.12.2026."
    )
    assert found["2026-12-01"] == "confirmed_delivery"


def test_a_price_effective_date_stays_one_in_a_price_sentence() -> None:
    found = roles("Our new prices apply per 01.12.2026 for all open orders.")
    assert found["2026-12-01"] == "price_effective"


@pytest.mark.parametrize(
    "text",
    [
        "Customs cleared. I can now firmly confirm the original date: delivered 10.12.2026.",
        "Wir bestätigen den ursprünglichen Termin: Lieferung am 10.12.2026.",
    ],
)
def test_a_confirmed_original_date_is_a_delivery(text: str) -> None:
    assert roles(text)["2026-12-10"] == "confirmed_delivery"


def test_an_original_date_that_cannot_be_confirmed_is_other() -> None:
    text = "We cannot confirm the original date of 02.12.2026, delivery now 10.12.2026."
    found = roles(text)
    assert found["2026-12-02"] == "other"
    assert found["2026-12-10"] in {"new_eta", "confirmed_delivery"}


def test_goods_that_come_in_a_week_are_delivered_then() -> None:
    found = roles("The LED strings come in KW 2 instead of KW 52, sorry for the delay.")
    assert found["2027-01-11"] == "new_eta"
    assert found["2026-12-21"] == "other"


def test_a_date_the_carrier_asks_about_is_other_and_if_not_keeps_the_plan() -> None:
    text = (
        "Delivery is planned for Friday 27.11.2026 as confirmed. The courier asks if they can "
        "come on Saturday 28.11.2026 instead. If not, they come on Friday as planned."
    )
    found = RULES_ONLY.extract(make_email(text), EU).dates
    assert [(d.value.isoformat(), d.role.value) for d in found] == [
        ("2026-11-27", "confirmed_delivery"),
        ("2026-11-28", "other"),
        ("2026-11-27", "confirmed_delivery"),
    ]


def test_a_past_week_is_never_promoted_to_the_commitment() -> None:
    text = "We cancel line 3: the mill discontinued that grade last week. The rest goes next week."
    start = text.index("last week")
    mention = DateMention(start, start + 9, dt.date(2026, 11, 16), "week_part", 0.8)
    roled = [RoledDate(mention, DateRole.OTHER, 0.5, False)]
    reference = dt.date(2026, 11, 26)
    finished = _finish_dates(text, roled, Intent.CANCELLATION, committing=True, reference=reference)
    assert finished[0].role == DateRole.OTHER
    later = DateMention(start, start + 9, dt.date(2026, 11, 30), "week_part", 0.8)
    roled = [RoledDate(later, DateRole.OTHER, 0.5, False)]
    finished = _finish_dates(text, roled, Intent.CANCELLATION, committing=True, reference=reference)
    assert finished[0].role == DateRole.CONFIRMED_DELIVERY


def test_a_confirmed_date_that_will_not_hold_is_other() -> None:
    found = roles("The ship date we confirmed, 10.12.2026, will not hold. More news soon.")
    assert found["2026-12-10"] == "other"


def test_a_date_by_which_the_buyer_might_send_something_is_other() -> None:
    assert roles("Si me lo mandás antes del 10.12.2026, genial.")["2026-12-10"] == "other"


def test_a_delivery_that_nothing_changes_holds_in_a_question() -> None:
    text = (
        "Kurze Rückfrage: Die Ware ist für die Anlieferung in KW 50 eingeplant, daran ändert "
        "sich nichts. Sollen wir nach Billbrook liefern oder nach Neumünster?"
    )
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert [(d.value.isoformat(), d.role.value) for d in extraction.dates] == [
        ("2026-12-07", "confirmed_delivery")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Vanaf 1 februari 2027 rekenen we een toeslag van 6% op alle meubelen. Op de lopende "
        "bestelling P03626 (eettafels, levering 15.01.2027) passen we dat niet toe.",
        "From 1 February 2027 we add a surcharge of 6% on all furniture. Delivery date "
        "15.01.2027 does not change.",
    ],
)
def test_the_open_orders_delivery_holds_in_a_price_change(text: str) -> None:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    assert extraction.intent == Intent.PRICE_CHANGE
    found = {d.value.isoformat(): d.role.value for d in extraction.dates}
    assert found == {"2027-02-01": "price_effective", "2027-01-15": "confirmed_delivery"}


@pytest.mark.parametrize(
    "text",
    [
        "Delivery window 14.12.-18.12.2026, as ordered.",
        "Delivery window 14.12.2026-18.12.2026, as ordered.",
        "Delivery window 14/12 - 18/12, as ordered.",
    ],
)
def test_two_numeric_dates_joined_by_a_hyphen_are_a_range(text: str) -> None:
    found = roles(text)
    assert found == {"2026-12-14": "range_start", "2026-12-18": "range_end"}


@pytest.mark.parametrize("text", ["Call 555-12/24 today.", "Ref 2026-12-24-1 attached."])
def test_a_hyphen_after_other_digits_is_no_range(text: str) -> None:
    assert "2026-12-24" not in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wir müssen unsere Listenpreise zum 04.12.2026 um 4,5 % anheben.",
        "A contar del 04.12.2026 nuestros precios suben un 5 %.",
    ],
)
def test_price_increase_dates_take_effect(text: str) -> None:
    assert roles(text)["2026-12-04"] == "price_effective"


def test_sending_a_price_list_is_no_shipment() -> None:
    text = "Prijzen stijgen met 6%. De nieuwe prijslijst stuur ik u op 04.12.2026 door."
    assert roles(text)["2026-12-04"] == "other"


def test_a_pipe_table_column_names_the_role() -> None:
    from agent.extraction.rules.columns import column_of

    text = (
        "Pos | Artikel | Menge | Termin\n"
        "10 | BT-GT-50 | 1.200 Stk. | 05.10.2026\n"
        "20 | BT-DT-14 | 450 Stk. | 06.10.2026\n"
    )
    folded = text.lower()
    assert column_of(folded, folded.index("05.10.2026")) == "delivery"
    assert column_of(folded, folded.index("06.10.2026")) == "delivery"
    assert column_of(folded, folded.index("bt-gt-50")) is None
    shipped = text.replace("Termin", "Versand")
    assert column_of(shipped.lower(), shipped.index("06.10.2026")) == "ship"


@pytest.mark.parametrize(
    "text",
    [
        "Votre commande P02118 a été remise le 04.12.2026 au transporteur DPD.",
        "As you asked, the 12 held-back cases went out 04.12.2026 on the same pallet.",
    ],
)
def test_handed_to_the_carrier_or_out_as_asked_is_a_ship_date(text: str) -> None:
    assert roles(text)["2026-12-04"] == "ship_date"


def test_a_requested_and_a_confirmed_column() -> None:
    text = (
        "Auftragsbestätigung\n"
        "Pos  Artikel     Menge   Wunschtermin  Bestätigt\n"
        "1    AF-KO-250   480     23.11.2026    23.11.2026\n"
        "2    AF-BK-500   240     23.11.2026    30.11.2026\n"
    )
    found = RULES_ONLY.extract(make_email(text), EU)
    by_start = {d.span.start: d.role.value for d in found.dates}
    second_row = text.index("2    AF")
    assert by_start[text.index("30.11.2026")] == "new_eta"
    assert by_start[text.index("23.11.2026", second_row)] == "other"
    assert by_start[text.index("23.11.2026")] == "other"


def test_a_revised_date_column_is_new() -> None:
    text = (
        "The following lines have a revised delivery date:\n"
        "Line  Product      Qty   Prev. date   Revised date\n"
        "2     CC-BLE-2L    480   24/11/2026   08/12/2026\n"
    )
    found = roles(text)
    assert found["2026-11-24"] == "other"
    assert found["2026-12-08"] in {"new_eta", "confirmed_delivery"}


def test_a_new_date_field_is_no_document_date() -> None:
    text = "Your order: P05049\nPrevious date:    30.11.2026\nNew date:         14.12.2026\n"
    found = roles(text)
    assert found["2026-11-30"] == "other"
    assert found["2026-12-14"] in {"new_eta", "confirmed_delivery"}


@pytest.mark.parametrize(
    "text",
    [
        "Shipped 300 of the 500 today on the Day & Ross truck, rest 10.12.2026.",
        "Only 60 of the 100 swags going out today sorry, rest (40) 10.12.2026",
        "Heute 300 Gläser verschickt. Die restlichen 180 Gläser schicken wir am 10.12.2026 nach.",
    ],
)
def test_the_rest_named_without_a_verb_of_its_own_comes_later(text: str) -> None:
    assert roles(text)["2026-12-10"] == "new_eta"


def test_the_rest_with_its_own_ship_verb_is_a_ship_date() -> None:
    assert roles("Shipped 300 today, the rest ships 10.12.2026.")["2026-12-10"] == "ship_date"


def test_collected_by_a_carrier_on_a_weekday_is_past_and_a_delivery_note_no_delivery() -> None:
    text = (
        "300 lamps were collected by DHL Freight on Friday (delivery note BL-DN-66120) "
        "and are due with you 30.11.2026."
    )
    found = roles(text)
    assert found["2026-11-20"] != "confirmed_delivery"
    assert found["2026-11-30"] == "confirmed_delivery"


def test_received_by_a_weekday_is_still_ahead() -> None:
    text = "If the deposit is not received by Friday 18 December we will cancel the order."
    assert "2026-12-18" in roles(text)


@pytest.mark.parametrize(
    ("text", "day", "role"),
    [
        # "overtrekken" (covers) holds no "vertrek" (departure)
        (
            "De levering van P05259 (dekbedovertrekken, 360 stuks) wordt verschoven naar "
            "ten vroegste 10.12.2026.",
            "2026-12-10",
            "new_eta",
        ),
        ("Le informo que hoy salieron de planta los pedidos P05418.", "2026-11-26", "ship_date"),
        (
            "Vous recevrez donc demain 1 800 coffrets (bon de livraison BL-1).",
            "2026-11-27",
            "confirmed_delivery",
        ),
    ],
)
def test_words_of_the_goods_moving(text: str, day: str, role: str) -> None:
    assert roles(text)[day] == role


def test_numbered_options_commit_to_nothing() -> None:
    text = (
        "The napkins are late. So we have two options:\n"
        "1. We ship the table cloths now by sea on 03.12.2026, and the balance by air.\n"
        "2. We wait and ship everything together on 10.12.2026, then arrival will be around "
        "18.12.2026.\n"
        "Kindly advise which option you prefer, by Friday if possible."
    )
    found = roles(text)
    assert found["2026-12-18"] == "other"
    assert found["2026-11-27"] == "other"


def test_numbered_orders_keep_their_roles() -> None:
    text = "Update for your 2 orders:\n1) P05605 - loading 03.12.2026, ETA Hamburg 29.12.2026.\n"
    assert roles(text)["2026-12-29"] in {"new_eta", "confirmed_delivery"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Auftragsbestätigung mit den Lieferterminen bekommen Sie spätestens am Montag.",
        "Unser Brennofen ist kaputt und der Techniker kommt erst am 10.12.2026.",
        "Our line went down Saturday and I don't have a date yet. I'll update you Friday.",
    ],
)
def test_documents_repairers_and_updates_are_no_delivery(text: str) -> None:
    assert set(roles(text).values()) <= {"other"}


def test_a_day_already_past_is_no_commitment() -> None:
    text = "Ci-joint notre facture F-2026-3391 pour la commande P05424, livrée le 24 novembre."
    assert roles(text)["2026-11-24"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Bitte bestätigen Sie uns die neue Bankverbindung bis spätestens Freitag.",
        "Please confirm the new delivery address by Friday.",
        "La fecha de entrega del 4 de diciembre, por tanto, no se mantiene.",
    ],
)
def test_asked_of_the_buyer_or_no_longer_held_is_other(text: str) -> None:
    assert set(roles(text).values()) <= {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Commandes avant le 15.01.2027 pour Pâques. Catalogue en pièce jointe.",
        "Please note that we are moving to a new ERP system on 30.11.2026.",
        "I've 180 bowls in cream on the shelf - could have them on a pallet Friday.",
        "Recibido, gracias. Te mando la confirmación el lunes.",
        "Sorry for the confusion - the ASN you got Tuesday showed line 2 as backordered.",
    ],
)
def test_cutoffs_systems_offers_and_confirmations_sent_are_other(text: str) -> None:
    assert set(roles(text).values()) <= {"other"}


def test_a_price_for_orders_confirmed_after_a_date() -> None:
    text = "All cable items will increase 4.5% for orders confirmed after 01.12.2026."
    assert roles(text)["2026-12-01"] == "price_effective"


def test_after_the_cancelled_line_the_rest_goes_on() -> None:
    text = (
        "Line 3 is disco'd by the manufacturer so I'm cancelling it off the PO. rest ships "
        "fri, delivery to Elk Grove tues 12/01"
    )
    found = RULES_ONLY.extract(
        make_email(text), ExtractionContext(vendor_country="US", po_prefixes=("P", "PO"))
    )
    assert {d.value.isoformat(): d.role.value for d in found.dates}["2026-12-01"] in {
        "confirmed_delivery",
        "new_eta",
    }
    assert roles("We cancel line 2; its delivery of 10.12.2026 is off.")["2026-12-10"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "De eerder doorgegeven datum van 12.12.2026 halen we niet; levering week 52.",
        "Oude leverdatum:    12.12.2026\nNieuwe leverdatum:  21.12.2026\n",
        "Previous estimated ship date: 12/12/2026\nNew estimated ship date: 12/21/2026\n",
        "Je vous avais confirmé une livraison le 12 décembre ; elle est décalée au 21 décembre.",
        "It shipped today, 10 days past the 12/12 ship date we confirmed. Delivery 12/21.",
    ],
)
def test_the_date_named_before_is_the_old_one(text: str) -> None:
    found = RULES_ONLY.extract(
        make_email(text, date=dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)),
        ExtractionContext(vendor_country="US" if "/" in text else "DE", po_prefixes=("P",)),
    )
    assert {d.value.isoformat(): d.role.value for d in found.dates}.get(
        "2026-12-12", "other"
    ) == "other"


@pytest.mark.parametrize(
    ("text", "day", "role"),
    [
        (
            "P05047 is still scheduled to deliver 10.12.2026, no more snow hopefully!",
            "2026-12-10",
            "confirmed_delivery",
        ),
        (
            "For now the date stays. So please plan with 10.12.2026.",
            "2026-12-10",
            "confirmed_delivery",
        ),
        ("P05430 parti ce matin, 2 palettes, Heppner. Livraison lundi.", "2026-11-26", "ship_date"),
        ("P05671 - 2 of 3 pallets went today, 3rd one tomorrow.", "2026-11-26", "ship_date"),
        (
            "The truck might be late. I will confirm on Monday when it passes the border.",
            "2026-11-30",
            "other",
        ),
        (
            "Sorry, bad news after my mail yesterday: the vessel is overbooked.",
            "2026-11-25",
            "other",
        ),
    ],
)
def test_stated_plans_ship_words_and_replies(text: str, day: str, role: str) -> None:
    assert roles(text)[day] == role


@pytest.mark.parametrize(
    "text",
    [
        "Because RMB exchange rate and steel price, from 01.01.2027 we need adjust price +4.5%.",
        "Les adjuntamos nuestra tarifa para 2027, que entrará en vigor el 01.01.2027.",
        "Zoals aangekondigd op de beurs: vanaf 01.01.2027 passen wij onze prijzen aan.",
    ],
)
def test_more_price_effective_cues(text: str) -> None:
    assert roles(text)["2027-01-01"] == "price_effective"


def test_it_should_be_there_tomorrow() -> None:
    text = "P05255 is net vertrokken met de camion, zou er morgen in de voormiddag moeten zijn."
    assert roles(text)["2026-11-27"] == "confirmed_delivery"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Eine Frage zur Adresse? Die Ware steht ab dem 10.12.2026 bei uns versandbereit.",
            "other",
        ),
        ("Nous devons envoyer le fichier à l'imprimeur le 10.12.2026 au plus tard.", "other"),
    ],
)
def test_readiness_after_the_date_and_files_sent_are_no_ship_dates(text: str, role: str) -> None:
    assert roles(text)["2026-12-10"] == role


def test_ready_then_a_truck_loads_is_a_ship_date() -> None:
    from agent.extraction.rules.extractor import _ready_before

    text = "P05620 bathrobes are ready, truck will load on Tuesday 1st December."
    assert not _ready_before(text, text.index("Tuesday"))
    text = "The bathrobes will be ready for despatch on 01.12.2026."
    assert _ready_before(text, text.index("01.12"))


def test_business_days_after_a_ship_cue_are_a_window() -> None:
    text = "We will now ship Monday 30.11.2026 via FedEx Ground, 3-5 business days to Newark."
    found = RULES_ONLY.extract(make_email(text), EU)
    spans = sorted((d.value.isoformat(), d.role.value) for d in found.dates)
    assert ("2026-12-07", "range_end") in spans


@pytest.mark.parametrize(
    "text",
    [
        "No - the date still holds, 10.12.2026 into Hamburg.",
        "Your P06015 is at the old price, no change there, and we're still delivering 10.12.2026.",
        "The rest of the order arrives Laredo 10.12.2026 like we confirmed.",
    ],
)
def test_a_date_that_holds_is_a_stated_delivery(text: str) -> None:
    assert roles(text)["2026-12-10"] == "confirmed_delivery"


def test_unloading_is_a_delivery_and_loading_words_ship() -> None:
    assert roles("The driver can only unload in Hamburg on 10.12.2026, sorry.")["2026-12-10"] in {
        "new_eta",
        "confirmed_delivery",
    }
    for text in (
        "Cargamos el 10.12.2026 y el camión tarda 3 días.",
        "Le conteneur quittera Montréal le 10.12.2026.",
        "Got the 18 pallets on the truck 10.12.2026, the rest follows.",
    ):
        assert roles(text)["2026-12-10"] == "ship_date", text


def test_a_closure_window_is_no_delivery() -> None:
    found = roles("Dec 28 falls in our Christmas closure (24.12.2026 t/m 01.01.2027).")
    assert found["2026-12-24"] == "other"
    assert found["2027-01-01"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "El contenedor ya no zarpa el 02.12.2026 sino el 10.12.2026.",
        "La fecha que os dimos, el 02.12.2026, ya no es posible; entrega el 10.12.2026.",
        "Os llega el 10.12.2026, incluso antes del 02.12.2026 que teníamos al principio.",
        "Nous ne pourrons donc malheureusement pas tenir la date du 02.12.2026 qui vous avait été "
        "confirmée ; la livraison aura lieu le 10.12.2026.",
        "Unfortunately the tablecloths move from 02.12.2026 to 10.12.2026, the loom broke down.",
        "New loading 07.12.2026, delivery Hamburg 10.12.2026 instead of 02.12.2026 as planned.",
    ],
)
def test_the_replaced_date_and_its_replacement(text: str) -> None:
    found = roles(text)
    assert found.get("2026-12-02", "other") == "other", found
    assert found["2026-12-10"] in {"new_eta", "confirmed_delivery", "ship_date"}, found


def test_the_zarpa_date_after_sino_is_the_new_ship_date() -> None:
    assert roles("El contenedor ya no zarpa el 02.12.2026 sino el 10.12.2026.")["2026-12-10"] == (
        "ship_date"
    )


def test_as_you_asked_grants_the_buyers_wish() -> None:
    found = roles("We move P06036 as you asked: delivery 10.12.2026, the goods stay here.")
    assert found["2026-12-10"] in {"new_eta", "confirmed_delivery"}


def test_a_spare_part_delivered_to_the_vendor_is_no_delivery() -> None:
    text = "La pièce de remplacement ne nous sera livrée qu'en début de semaine prochaine."
    assert set(roles(text).values()) == {"other"}


def test_as_planned_leaves_the_previous_plan_unchanged_and_salen_ships() -> None:
    text = "Van según lo previsto, salen de Jaén el 03.12.2026 y los tenéis el viernes 4.12.2026."
    found = roles(text)
    assert found["2026-12-03"] == "ship_date"
    assert found["2026-12-04"] in {"confirmed_delivery", "new_eta"}


@pytest.mark.parametrize(
    ("requested", "confirmed"),
    [
        ("Requested", "Confirmed"),
        ("Req. Date", "Conf. Date"),
        ("Wunschtermin", "best. Termin"),
        ("F. solicitada", "F. confirmada"),
        ("Délai demandé", "Délai confirmé"),
        ("Gewenste lev.", "Bevestigde lev."),
    ],
)
def test_requested_and_confirmed_columns(requested: str, confirmed: str) -> None:
    row = "30   HG-KA-1L   Carafe 1 l                  150    20.11.2026    04.12.2026"
    header = "Pos  Item".ljust(row.index("20.11.2026")) + requested
    header = header.ljust(row.index("04.12.2026")) + confirmed
    text = f"Please find our order confirmation below.\n{header}\n{row}\n"
    found = RULES_ONLY.extract(make_email(text), EU)
    by_start = {d.span.start: d.role.value for d in found.dates}
    assert by_start[text.index("20.11.2026")] == "other"
    # the confirmed date differs from the requested one on its row: it replaces it
    assert by_start[text.index("04.12.2026")] == "new_eta"


def test_a_document_date_field_in_its_own_cell() -> None:
    text = (
        "CONFIRMACIÓN DE PEDIDO\n"
        "N.º confirmación: ADS-CP-26-1187      Fecha: 09/11/2026\n"
        "Entrega confirmada: 27/11/2026\n"
    )
    found = roles(text)
    assert found["2026-11-09"] == "other"


def test_business_days_with_no_cue_after_a_shipment_are_a_window() -> None:
    text = "Shipped complete 10.12.2026. Carrier quotes 3-4 business days to the consolidator."
    found = RULES_ONLY.extract(make_email(text), EU)
    assert {d.role.value for d in found.dates if d.span.quote.startswith("3-4")} == {
        "range_start",
        "range_end",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Expédition prévue le 10.12.2026 au départ de Montréal, arrivée estimée le 20.12.2026.",
        "La carga está prevista para el 10.12.2026, llegada a Hamburgo el 20.12.2026.",
    ],
)
def test_a_planned_shipment_is_a_ship_date(text: str) -> None:
    assert roles(text)["2026-12-10"] == "ship_date"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("De nieuwe prijzen gelden voor leveringen vanaf 04.01.2027.", "price_effective"),
        ("7.5% tariff surcharge on all SKUs shipping after 04.01.2027.", "price_effective"),
        ("Toute commande reçue après le 04.01.2027 sera traitée à notre retour.", "other"),
        ("Fecha requerida: 04.01.2027 (ETA Hamburgo)", "other"),
        ("Jetzt registrieren und bis 04.01.2027 den Frühbucherpreis sichern.", "other"),
        ("The vessel cut-off is 04.01.2027, if we miss it the next one sails later.", "other"),
        ("Mulch arrives mid-February, I'll confirm the exact vessel 04.01.2027.", "other"),
    ],
)
def test_prices_cut_offs_requests_and_answers(text: str, role: str) -> None:
    assert roles(text)["2027-01-04"] == role


def test_if_we_miss_it_is_conditional() -> None:
    found = roles("The cut-off is Thursday; if we miss it the next sailing is only on 04.01.2027.")
    assert found["2027-01-04"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Non, aucun report : la livraison du 10.12.2026 est maintenue.",
        "Done - fir taken off P06602. Rest still with you 10.12.2026.",
    ],
)
def test_a_maintained_delivery_is_confirmed(text: str) -> None:
    assert roles(text)["2026-12-10"] == "confirmed_delivery"


def test_the_rest_after_a_restated_word_is_the_rests_date() -> None:
    text = (
        "Wir können nur 300 statt 500 Stück zum Wunschtermin bestätigen, der Rest (200 Stück) "
        "kommt in KW 2/2027."
    )
    assert roles(text)["2027-01-11"] in {"new_eta", "confirmed_delivery"}


@pytest.mark.parametrize(
    "text",
    [
        "Our van will now arrive on Monday 07.12.2026 rather than Thursday 10.12.2026.",
        "Die Lieferung wird auf Montag, 07.12.2026 vorgezogen (bisher 10.12.2026).",
        "De theedoeken komen al op 07.12.2026 i.p.v. 10.12.2026.",
    ],
)
def test_a_date_earlier_than_the_one_it_replaces_is_a_confirmed_pull_in(text: str) -> None:
    found = RULES_ONLY.extract(make_email(text), EU)
    found_roles = {d.value.isoformat(): d.role.value for d in found.dates}
    assert found_roles["2026-12-10"] == "other"
    assert found_roles["2026-12-07"] == "confirmed_delivery"


def test_a_later_replacement_stays_a_new_eta() -> None:
    text = "Unfortunately the van will now arrive on 14.12.2026 rather than 10.12.2026."
    found_roles = {
        d.value.isoformat(): d.role.value for d in RULES_ONLY.extract(make_email(text), EU).dates
    }
    assert found_roles["2026-12-14"] == "new_eta"


def test_each_order_of_a_list_keeps_its_port_eta() -> None:
    text = (
        "Please see the update of your 2 open orders:\n\n"
        "1) P06020 enamel mugs - no change, ETD Ningbo 28 Nov, ETA Hamburg 2 Jan.\n"
        "2) P06022 bamboo boards - ETD mid-December, ETA around 20 Jan.\n"
    )
    found = RULES_ONLY.extract(make_email(text), EU)
    by_quote = {d.span.quote: d.role.value for d in found.dates}
    assert by_quote["2 Jan"] in {"confirmed_delivery", "new_eta"}


def test_as_we_had_planned_after_not_belongs_to_the_replaced_date() -> None:
    text = "Sorry, the driver can only unload on 11.12.2026, not 09.12.2026 as we had planned."
    found = RULES_ONLY.extract(make_email(text), EU)
    found_roles = {d.value.isoformat(): d.role.value for d in found.dates}
    assert found_roles["2026-12-09"] == "other"
    assert found_roles["2026-12-11"] != "other"


@pytest.mark.parametrize(
    "text",
    [
        "No problem at all, we move P06036 as you asked: delivery 12.01.2027.",
        "The new date we agreed, 12.01.2027, is confirmed with our transporter.",
        "Wie gewünscht liefern wir am 12.01.2027.",
    ],
)
def test_the_buyers_wish_granted_is_confirmed(text: str) -> None:
    assert roles(text)["2027-01-12"] == "confirmed_delivery"


@pytest.mark.parametrize(
    "text",
    [
        "The induction bases are coming from our partner only on 12.01.2027.",
        "Les dernières expéditions partiront le 12.01.2027 avant la fermeture.",
        "Lo de Hartmann no sale 12.01.2027, faltan las cajas.",
        "As the steel for your knives has to be ordered 12.01.2027, we cannot hold the order.",
    ],
)
def test_supply_last_shipments_negated_departures_and_our_orders_are_other(text: str) -> None:
    assert roles(text)["2027-01-12"] == "other"


def test_ex_mill_is_a_ship_date() -> None:
    text = "Balance 200 pcs to follow: ex-mill 20.11.2026, ETA Hamburg 21.12.2026"
    assert roles(text)["2026-11-20"] == "ship_date"


@pytest.mark.parametrize(
    "text",
    [
        "Mogen we die leveren? Dan blijft de levering op 22.12.2026 staan.",
        "Can we send the blue ones instead? Then the delivery stays on 22.12.2026.",
    ],
)
def test_a_date_that_depends_on_the_answer_to_a_question_is_other(text: str) -> None:
    assert roles(text)["2026-12-22"] == "other"


def test_a_fair_that_opens_its_doors_is_no_delivery() -> None:
    found = roles("Die HomeWorld 2027 öffnet vom 19.02.2027 bis 22.02.2027 ihre Tore in Frankfurt.")
    assert set(found.values()) == {"other"}


def test_a_pickup_the_goods_did_not_make_is_other() -> None:
    found = roles("P06051 didn't make 20.11.2026 pickup, we now ship 30.11.2026.")
    assert found["2026-11-20"] == "other"


def test_the_shipped_parts_port_eta_stays_when_only_the_rest_comes_later() -> None:
    text = (
        "100 of the 150 made the boat, they sailed yesterday, ETA Hamburg 21.01.2027. "
        "The other 50 are waiting on canvas and will be with you 15.02.2027."
    )
    found = RULES_ONLY.extract(make_email(text), EU)
    by_quote = {d.span.quote: d.role.value for d in found.dates}
    assert by_quote["21.01.2027"] in {"confirmed_delivery", "new_eta"}


def test_a_revised_field_in_a_document_header_dates_the_document() -> None:
    text = (
        "Sales Order: MLO-SO-241388  Revision: 1\nCustomer PO: P06060\nRevised: 10/20/2026\n\n"
        "Line  Item        Qty  Prev. Delivery  New Delivery\n"
        "1     ML-SLD-48   80   11/09/2026      11/23/2026\n"
    )
    found = RULES_ONLY.extract(make_email(text), EU)
    by_quote = {d.span.quote: d.role.value for d in found.dates}
    assert by_quote["10/20/2026"] == "other"


def test_the_asked_column_of_a_table_is_other() -> None:
    text = (
        "Pos   Artikel      Aantal   Gevraagd   Bevestigd\n"
        "1     KR-100       300      wk 49      wk 51\n"
    )
    found = roles(text)
    assert found["2026-11-30"] == "other"
    assert found["2026-12-14"] == "confirmed_delivery"


@pytest.mark.parametrize(
    "text",
    [
        "Der Versand bleibt wie geplant, wir bräuchten die Angaben zur Rampe bis 10.12.2026.",
        "Wir liefern im Januar und brauchen die Freigabe der Etiketten bis 10.12.2026.",
        "Our assembly starts soon, please send the drawings latest 10.12.2026.",
    ],
)
def test_what_the_vendor_needs_from_us_by_a_date_is_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "If it helps, we could do the bowls in matt white instead, delivery 10.12.2026.",
        "For the lamps we propose to switch to brass and we deliver on 10.12.2026, or you cancel.",
        "Pour les tapis, nous vous proposons une livraison le 10.12.2026 en coloris gris.",
        "If the deposit is not with us by 10.12.2026, we will release the slot.",
        "Falls die Anzahlung nicht bis 10.12.2026 eingeht, stornieren wir den Auftrag.",
    ],
)
def test_an_offer_or_a_payment_condition_is_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Orders placed until 10.12.2026 are invoiced at the current rates.",
        "Shut over New Year; orders received in that period we handle from 10.12.2026.",
        "Bestellingen die voor 01.12.2026 binnen zijn en 10.12.2026 geleverd worden: oud tarief.",
    ],
)
def test_terms_for_orders_in_general_are_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"


def test_orders_until_a_date_keep_the_price_change_effective() -> None:
    found = roles(
        "Orders placed until 30.11.2026 keep the old prices; new prices apply from 01.12.2026."
    )
    assert found["2026-12-01"] == "price_effective"


@pytest.mark.parametrize(
    "text",
    [
        "Leveringen voor de feestdagen moeten uiterlijk 10.12.2026 besteld zijn.",
        "Lieferungen vor Weihnachten müssen bis 10.12.2026 bestätigt werden.",
        "Any call-offs before the holidays must be confirmed by 10.12.2026.",
        "Les livraisons de janvier doivent être confirmées avant le 10.12.2026.",
    ],
)
def test_what_must_be_done_by_a_date_is_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Vous aviez demandé une livraison le 10.12.2026, nous livrerons le 17.12.2026.",
        "Pedíais el 10.12.2026, pero la entrega será el 17.12.2026.",
        "Entrega solicitada: 10.12.2026 / Entrega confirmada: 17.12.2026",
        "U had gevraagd om levering op 10.12.2026; wij leveren op 17.12.2026.",
    ],
)
def test_the_date_the_buyer_asked_for_is_other(text: str) -> None:
    found = roles(text)
    assert found["2026-12-10"] == "other"
    assert found["2026-12-17"] in ("confirmed_delivery", "new_eta")


@pytest.mark.parametrize(
    "text",
    [
        "Pour P00123, préférez-vous des poignées en noyer ou en chêne ? "
        "Dans tous les cas la livraison du 10.12.2026 est tenue.",
        "Para P00123, ¿preferís el asa negra o la blanca? "
        "La fecha de entrega del 10.12.2026 está mantenida.",
    ],
)
def test_a_delivery_said_to_be_held_survives_in_a_question(text: str) -> None:
    extraction = RulesExtractor().extract(make_email(text), EU)
    assert extraction.commitment is not None
    assert extraction.commitment.value.isoformat() == "2026-12-10"


@pytest.mark.parametrize(
    "text",
    [
        "The frames are in stock, so no need to wait for 17.12.2026: we deliver on 10.12.2026.",
        "Pas besoin d'attendre le 17.12.2026, nous livrons le 10.12.2026.",
        "No hace falta esperar al 17.12.2026, os lo entregamos el 10.12.2026.",
        "U hoeft niet te wachten tot 17.12.2026, wij leveren op 10.12.2026.",
    ],
)
def test_a_date_no_longer_waited_for_is_other(text: str) -> None:
    found = roles(text)
    assert found["2026-12-17"] == "other"
    assert found["2026-12-10"] in ("confirmed_delivery", "new_eta")


def test_the_day_of_a_phone_call_is_other() -> None:
    found = roles("Zoals vanmorgen telefonisch besproken leveren we P00123 op 10.12.2026.")
    assert found["2026-12-10"] in ("confirmed_delivery", "new_eta")
    assert found["2026-11-26"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Nueva tarifa: desde el 10.12.2026 entra en vigencia la lista con un aumento del 4 %.",
        "Nouveau tarif des bougies, valable dès le 10.12.2026 : +3 % sur toute la gamme.",
    ],
)
def test_vigencia_and_valable_des_are_price_cues(text: str) -> None:
    assert roles(text)["2026-12-10"] == "price_effective"


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the delay on P00123: the packaging changed, but everything else as before: "
        "delivery 10.12.2026.",
        "Unfortunately the vases are late; the lamps arrive on 10.12.2026 as per our confirmation.",
    ],
)
def test_a_delivery_said_to_be_as_before_is_confirmed(text: str) -> None:
    assert roles(text)["2026-12-10"] == "confirmed_delivery"


@pytest.mark.parametrize(
    "text",
    [
        "Les 4 palettes de P00123 ont été chargées ce matin au dépôt de Lyon.",
        "Votre commande P00123 a été remise ce matin au transitaire.",
        "P00123 out this morning with GLS, tracking to follow.",
    ],
)
def test_more_ship_cues(text: str) -> None:
    assert roles(text)["2026-11-26"] == "ship_date"


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I know your PO says 10.12.2026, but the glaze failed; delivery now 17.12.2026.",
        "De lampen die we op 10.12.2026 zouden leveren, komen nu op 17.12.2026.",
        "Delivery date: 17.12.2026 (rev.2: 10.12.2026)",
    ],
)
def test_the_date_the_order_or_an_older_revision_gave_is_other(text: str) -> None:
    found = roles(text)
    assert found["2026-12-10"] == "other"
    assert found["2026-12-17"] in ("confirmed_delivery", "new_eta")


@pytest.mark.parametrize(
    "text",
    [
        "The pallets should reach your DC on 10.12.2026 or 11.12.2026.",
        "Levering bij u donderdag 10.12.2026 of vrijdag 11.12.2026.",
    ],
)
def test_two_days_in_a_row_joined_by_or_are_a_window(text: str) -> None:
    found = roles(text)
    assert found["2026-12-10"] == "range_start"
    assert found["2026-12-11"] == "range_end"


def test_two_distant_days_joined_by_or_stay_apart() -> None:
    found = roles("The pallets should reach your DC on 10.12.2026 or 17.12.2026.")
    assert "range_start" not in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "The strike-off for the floral print went to you by UPS on 25.11.2026, please approve.",
        "Lab dips for the navy shade were sent on 25.11.2026.",
        "Our bank gets the export documents couriered on 25.11.2026.",
        "Thanks for P00123 which you sent 25.11.2026, it is in production.",
    ],
)
def test_samples_papers_and_the_buyers_own_mail_are_other(text: str) -> None:
    assert roles(text)["2026-11-25"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Le vernis n'est pas sec, au lieu du 02.12.2026. Nouvelle date : 10.12.2026.",
        "No llegamos al 02.12.2026. Nueva fecha: 10.12.2026.",
        "Regel 1  BM-KR-40  Kledingrek  120 st.   oud: 02.12.2026   nieuw: 10.12.2026",
        "Line 1  AB-100  Lamp  120 pcs   old: 02.12.2026   new: 10.12.2026",
        "Pos. 1  AB-100  Lampe  120 Stk   alt: 02.12.2026   neu: 10.12.2026",
    ],
)
def test_a_change_notice_labels_the_old_and_the_new_date(text: str) -> None:
    found = roles(text)
    assert found["2026-12-02"] == "other"
    assert found["2026-12-10"] == "new_eta"


def test_a_word_ending_in_a_label_word_is_no_label() -> None:
    # "renew:" and "salt:" are no "new:" and "alt:"
    found = roles("Please renew: 10.12.2026")
    assert found.get("2026-12-10") != "new_eta"


def test_goods_that_are_now_due_come_on_that_date() -> None:
    found = roles("The 400 fry pans are now due 12/18/2026 instead of 12/09/2026.")
    assert found == {"2026-12-18": "new_eta", "2026-12-09": "other"}


@pytest.mark.parametrize(
    "text", ["The invoice is now due 12/18/2026.", "Payment now due 12/18/2026."]
)
def test_an_invoice_now_due_is_no_delivery(text: str) -> None:
    assert roles(text) == {"2026-12-18": "other"}


@pytest.mark.parametrize(
    "text",
    [
        "Good news, yes, we can bring P10020 forward to 09.12.2026. Same quantities.",
        "Ja, wir können die Lieferung von P10020 auf den 09.12.2026 vorziehen.",
        "Oui, nous pouvons avancer la livraison de P10020 au 09.12.2026.",
        "Sí, podemos adelantar la entrega del P10020 al 09.12.2026.",
        "Ja, we kunnen de levering van P10020 vervroegen naar 09.12.2026.",
    ],
)
def test_an_earlier_date_the_buyer_asked_for_is_confirmed(text: str) -> None:
    assert roles(text) == {"2026-12-09": "confirmed_delivery"}


def test_the_date_a_delivery_is_brought_forward_from_is_other() -> None:
    found = roles("Yes, we can bring P10020 forward from 14.12.2026 to 09.12.2026.")
    assert found == {"2026-12-14": "other", "2026-12-09": "confirmed_delivery"}


def test_bringing_something_else_forward_is_no_delivery() -> None:
    assert roles("We will bring the samples forward, the invoice of 09.12.2026 follows.") == {
        "2026-12-09": "other"
    }


@pytest.mark.parametrize(
    "text",
    [
        "P08841 komt een dagje later: niet op 07.12.2026 maar 08.12.2026.",
        "P08841 comes a day later: not on 07.12.2026 but 08.12.2026.",
        "P08841 kommt einen Tag später: nicht am 07.12.2026, sondern 08.12.2026.",
        "P08841 arrive un jour plus tard : pas le 07.12.2026 mais le 08.12.2026.",
    ],
)
def test_the_date_that_replaces_a_negated_one_commits(text: str) -> None:
    found = roles(text)
    assert found["2026-12-07"] == "other"
    assert found["2026-12-08"] in {"new_eta", "confirmed_delivery"}


def test_but_without_a_negation_gives_no_delivery() -> None:
    assert roles("We are closed for inventory, but 08.12.2026 we are open again.") == {
        "2026-12-08": "other"
    }


def test_spanish_en_before_a_possessive_is_in_not_and() -> None:
    found = roles(
        "La P03628 salió hoy por aéreo. El despachante calcula que el lunes 30.11.2026 ya "
        "estaría liberado y el martes 01.12.2026 en tu depósito de Hamburgo."
    )
    assert found["2026-12-01"] == "confirmed_delivery"


def test_dutch_en_still_ends_the_date_s_words() -> None:
    # the delivery word after "en" is the next part's, not the ship date's
    found = roles("We verzenden op 01.12.2026 en de levering in uw magazijn volgt op 03.12.2026.")
    assert found["2026-12-01"] == "ship_date"


def test_latin_american_arribo_is_an_arrival() -> None:
    found = roles(
        "El contenedor del P11246 zarpó hoy de Cartagena, con arribo a Hamburgo el 15.12.2026."
    )
    assert found["2026-12-15"] in {"confirmed_delivery", "new_eta"}


def test_arriba_as_above_in_a_ship_sentence_stays_a_ship_date() -> None:
    found = roles("Como indicado más arriba, el pedido P11246 sale de fábrica el 15.12.2026.")
    assert found["2026-12-15"] == "ship_date"


@pytest.mark.parametrize(
    "text",
    [
        "The revised ETA Hamburg is 04.01.2027 (earlier advised 11.01.2027).",
        "Neue Lieferung am 04.01.2027 (früher gemeldet 11.01.2027).",
    ],
)
def test_an_earlier_advised_date_is_other(text: str) -> None:
    found = roles(text)
    assert found["2027-01-11"] == "other"
    assert found["2027-01-04"] in {"new_eta", "confirmed_delivery"}


def test_an_earlier_date_without_advised_is_no_restatement() -> None:
    # "earlier" alone: an earlier delivery, not the old date
    found = roles("Good news: we can deliver earlier, 04.01.2027.")
    assert found["2027-01-04"] in {"new_eta", "confirmed_delivery"}


@pytest.mark.parametrize(
    "text",
    [
        "We confirm the cancellation of P00123 (honey, delivery planned 10.12.2026).",
        "Wir bestätigen die Stornierung von P00123 (Honig, Lieferung war 10.12.2026).",
        "Nous confirmons l'annulation de P00123 (miel, livraison prévue le 10.12.2026).",
    ],
)
def test_a_date_in_the_aside_about_a_cancelled_order_is_other(text: str) -> None:
    assert roles(text)["2026-12-10"] == "other"


def test_a_closed_aside_after_a_cancellation_does_not_cancel_the_date() -> None:
    # The aside closes before the date: the date is the remaining order's.
    text = "We cancel line 2 (the blue vases), all other lines go out, delivery 10.12.2026."
    assert roles(text)["2026-12-10"] in {"confirmed_delivery", "new_eta"}


@pytest.mark.parametrize(
    "text",
    [
        "P00124 is not touched and will be delivered 10.12.2026 as confirmed.",
        "P00124 is not impacted and will be delivered on 10.12.2026.",
        "P00124 wird davon nicht berührt und wird am 10.12.2026 geliefert.",
    ],
)
def test_an_order_not_touched_keeps_its_date(text: str) -> None:
    assert roles(text)["2026-12-10"] == "confirmed_delivery"
