"""How the decided intent gates a commitment: the calibrated mass and a date stated as firm."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.extraction.base import ExtractionContext
from agent.extraction.rules import RulesExtractor
from agent.extraction.rules.extractor import _commits
from agent.extraction.rules.intent import IntentDecision
from agent.models import Intent
from tests.extraction.conftest import make_email

EU = ExtractionContext(vendor_country="DE", po_prefixes=("P", "PO"))


class FixedModel:
    """An intent model that gives every email the same probabilities."""

    version = "fixed-test"

    def __init__(self, probabilities: dict[Intent, float]) -> None:
        self.probabilities = probabilities

    def predict_proba_one(self, subject: str, text: str) -> dict[Intent, float]:
        """The fixed probabilities, whatever the email."""
        return dict(self.probabilities)


QUESTION = {Intent.QUESTION: 0.9, Intent.CONFIRMATION: 0.06, Intent.OTHER: 0.04}
PRICE = {Intent.PRICE_CHANGE: 0.92, Intent.OTHER: 0.05, Intent.CONFIRMATION: 0.03}


def commitment(text: str, probabilities: dict[Intent, float]) -> dt.date | None:
    """The commitment the extractor finds when the classifier says ``probabilities``."""
    extractor = RulesExtractor(FixedModel(probabilities))
    extraction = extractor.extract(make_email(text, subject="P04711"), EU)
    assert extraction.intent == max(probabilities, key=lambda i: probabilities[i])
    found = extraction.commitment
    return None if found is None else found.value


def test_question_email_keeps_a_delivery_it_states_as_confirmed() -> None:
    text = (
        "Hello Anna,\n\n"
        "P04711 - confirmed, the 120 lamp shades arrive at your warehouse on 10.12.2026.\n\n"
        "One question before we print the cartons: should they carry your logo or stay plain?\n\n"
        "Regards, Jonas"
    )
    assert commitment(text, QUESTION) == dt.date(2026, 12, 10)


def test_question_email_keeps_a_delivery_that_holds_as_planned() -> None:
    text = (
        "Hi Anna,\n\n"
        "Which pallet labels do you want on P04711, the old or the new ones? The goods will be "
        "with you on Thursday 10 December as originally planned.\n\n"
        "Thanks, Jonas"
    )
    assert commitment(text, QUESTION) == dt.date(2026, 12, 10)


def test_question_email_keeps_the_eta_its_invoice_states() -> None:
    text = (
        "Dear Anna,\n\n"
        "Thank you for P04711. Could you transfer the deposit by 4 December? Our pro forma "
        "invoice is below.\n\n"
        "PRO FORMA INVOICE PF-0815\n"
        "Stoneware mugs  800 pcs  USD 2.40\n"
        "ETD Ningbo: 20.12.2026\n"
        "ETA Hamburg: 28.01.2027\n"
    )
    assert commitment(text, QUESTION) == dt.date(2027, 1, 28)


@pytest.mark.parametrize(
    "text",
    [
        # an ETA asked for
        "Hi Anna,\n\nThe forwarder wants to know: is an ETA Hamburg of 28.01.2027 fine for "
        "P04711?\n\nJonas",
        # a proposal, asked
        "Hi Anna,\n\nThe planters for P04711 are ready early. Could we deliver on 03.12.2026 "
        "instead? Please let me know.\n\nJonas",
        # a proposal awaiting the buyer's confirmation
        "Hi Anna,\n\nFor P04711 we could deliver on 03.12.2026. Please confirm delivery on "
        "03.12.2026 so we can book the truck.\n\nJonas",
        # a confirmation asked for, not given
        "Hi Anna,\n\nCan you confirm your warehouse takes delivery of P04711 on 03.12.2026? "
        "The driver needs to know.\n\nJonas",
    ],
)
def test_question_email_leaves_a_proposed_date_uncommitted(text: str) -> None:
    assert commitment(text, QUESTION) is None


def test_a_deadline_to_confirm_by_is_no_commitment() -> None:
    text = (
        "Dear customer,\n\n"
        "From 1 January 2027 our prices rise by 4 %. Orders confirmed before 15.12.2026 will "
        "still be delivered at the current prices (this includes P04711).\n\n"
        "Kind regards, Jonas"
    )
    assert commitment(text, PRICE) is None


def test_uncertain_intent_is_judged_by_the_mass_on_committing_intents() -> None:
    text = "Hi Anna,\n\nP04711 will be delivered on 10.12.2026.\n\nJonas"
    # top intent below 0.6, but the rest is also non-committing: demoted
    noise = {Intent.OTHER: 0.55, Intent.PRICE_CHANGE: 0.41, Intent.CONFIRMATION: 0.04}
    assert commitment(text, noise) is None
    # committing intents hold more than 0.4 together: kept
    mixed = {Intent.OTHER: 0.56, Intent.DELAY: 0.23, Intent.CONFIRMATION: 0.21}
    assert commitment(text, mixed) == dt.date(2026, 12, 10)


@pytest.mark.parametrize(
    ("decision", "commits"),
    [
        (IntentDecision(Intent.CONFIRMATION, 0.9), True),
        (IntentDecision(Intent.QUESTION, 0.7, [Intent.DELAY]), True),
        (IntentDecision(Intent.QUESTION, 0.9, probabilities={Intent.QUESTION: 0.9}), False),
        (
            IntentDecision(
                Intent.OTHER, 0.56, probabilities={Intent.OTHER: 0.56, Intent.DELAY: 0.44}
            ),
            True,
        ),
        (
            IntentDecision(
                Intent.QUESTION,
                0.5,
                probabilities={Intent.QUESTION: 0.5, Intent.PRICE_CHANGE: 0.45},
            ),
            False,
        ),
        # without the classifier's probabilities the top intent's own probability decides
        (IntentDecision(Intent.QUESTION, 0.5), True),
        (IntentDecision(Intent.OTHER, 0.97), False),
    ],
)
def test_commits(decision: IntentDecision, commits: bool) -> None:
    assert _commits(decision) is commits


@pytest.mark.parametrize(
    ("text", "probabilities"),
    [
        (
            "Bonjour Anna,\n\nLa livraison de votre commande P04711 est prévue le jeudi 10 "
            "décembre. Votre quai peut-il recevoir deux camions le même jour ?\n\nJonas",
            QUESTION,
        ),
        (
            "Hi Anna,\n\nOur forwarder asks whether your warehouse takes deliveries on "
            "Saturdays. For P04711 the delivery is planned for 10 December, but in case of a "
            "delay he would like to know the alternatives.\n\nJonas",
            QUESTION,
        ),
        (
            "Moin Anna,\n\nab 1.1. werden die Gläser 5 % teurer. Deine offene P04711 liefern wir "
            "noch zum alten Preis, die ist ja für den 10.12. eingeplant.\n\nJonas",
            PRICE,
        ),
        (
            "Hello Anna,\n\nFrom January our bulbs cost 6% more. Your order P04711 for delivery "
            "on 10 December is still at the current prices.\n\nJonas",
            PRICE,
        ),
        (
            "Hola Anna:\n\nLa entrega de su pedido P04711 está prevista para el 10 de diciembre. "
            "¿Necesitan "
            "ustedes etiquetas EAN en cada caja?\n\nJonas",
            QUESTION,
        ),
        (
            "Bonjour Anna,\n\nLa livraison de P04711 est planifiée pour le jeudi 10/12. Votre "
            "quai est-il libre le matin ?\n\nJonas",
            QUESTION,
        ),
        (
            "Beste Anna,\n\nPer 1 januari gaan onze prijzen 5% omhoog. Jullie order P04711 "
            "staat gepland voor levering op donderdag 10 december en valt nog onder de huidige "
            "prijs.\n\nJonas",
            PRICE,
        ),
        (
            "Sehr geehrte Frau Jensen,\n\nzum 1. Januar 2027 erhöhen sich unsere Preise um 4 %. "
            "Ihre offene Bestellung P04711 ist davon nicht betroffen: die Lieferung ist für "
            "Donnerstag, 10.12. eingeplant.\n\nJonas",
            PRICE,
        ),
    ],
)
def test_a_delivery_stated_as_planned_holds_in_an_email_that_commits_to_nothing(
    text: str, probabilities: dict[Intent, float]
) -> None:
    assert commitment(text, probabilities) == dt.date(2026, 12, 10)


@pytest.mark.parametrize(
    "text",
    [
        # asked about, not stated
        "Hi Anna,\n\nIs the delivery of P04711 still planned for 10 December? The driver "
        "needs to know.\n\nJonas",
        # the planned date will not hold without the buyer's answer
        "Bonjour Anna,\n\nSans votre réponse d'ici mardi, la livraison de P04711 prévue le "
        "10 décembre ne pourra pas être tenue.\n\nJonas",
        # the planned day is closed at the buyer's: the vendor asks for another
        "Guten Tag,\n\nIhre Bestellung P04711 ist bei uns für den 10.12. zur Anlieferung "
        "eingeplant. Laut Ihrem Rundschreiben ist Ihr Lager an diesem Tag geschlossen. Sollen "
        "wir schon am 09.12. anliefern?\n\nJonas",
    ],
)
def test_a_planned_date_asked_about_or_in_doubt_is_no_commitment(text: str) -> None:
    assert commitment(text, QUESTION) is None


def test_a_proposed_warehouse_date_does_not_displace_a_firm_port_eta() -> None:
    text = (
        "Dear Anna,\n\n"
        "Container for P04711 ETA Hamburg 10 Dec as per schedule, no change. Our forwarder "
        "asks: is your warehouse open on Saturday 12 December for unloading? If not they will "
        "deliver Monday 14 Dec instead.\n\nPlease advise, Jonas"
    )
    assert commitment(text, QUESTION) == dt.date(2026, 12, 10)


def test_a_bracket_about_the_order_states_its_date_inside_a_question() -> None:
    text = (
        "G'day Anna,\n\n"
        "One thing I need from you: for P04711 (the 300 camp chairs, due in your DC 10 "
        "December), do you still want them delivered to Hamburg, or to Bremen?\n\nJonas"
    )
    assert commitment(text, QUESTION) == dt.date(2026, 12, 10)


def test_a_bracket_that_is_an_option_of_the_question_commits_to_nothing() -> None:
    text = (
        "Hi Anna,\n\n"
        "Half of P04711 is ready. Shall we send it now (so the delivery is planned for 10 "
        "December) or wait and send everything together?\n\nJonas"
    )
    assert commitment(text, QUESTION) is None


def test_a_heading_about_the_orders_delivery_states_its_date_before_the_question() -> None:
    text = (
        "Dag Anna,\n\n"
        "Voor de levering van P04711 op donderdag 10/12: mogen wij pallets van 2,20 m hoog "
        "sturen of is de maximale hoogte bij jullie nog steeds 1,80 m?\n\nJonas"
    )
    assert commitment(text, QUESTION) == dt.date(2026, 12, 10)


def test_a_heading_that_asks_about_a_date_commits_to_nothing() -> None:
    text = (
        "Dag Anna,\n\n"
        "Kunnen wij de levering op donderdag 10/12: 's ochtends of 's middags brengen, en "
        "is dat goed voor P04711?\n\nJonas"
    )
    assert commitment(text, QUESTION) is None


def test_the_vendors_yes_to_the_asked_date_commits_to_it() -> None:
    text = (
        "Hello Anna,\n\n"
        "> Can you send the EAN list for P04711?\n"
        "Can you send it as Excel? Our printer needs it by Monday.\n\n"
        "> Delivery 10 December stays as agreed?\n"
        "Yes, 10 December is fine.\n\nJonas"
    )
    assert commitment(text, QUESTION) == dt.date(2026, 12, 10)


def test_a_date_offered_for_the_buyers_yes_commits_to_nothing() -> None:
    text = "Hi Anna,\n\nFor P04711, is 10 December fine for your warehouse?\n\nJonas"
    assert commitment(text, QUESTION) is None


def test_deliveries_planned_in_an_out_of_office_reply_are_no_commitment() -> None:
    text = (
        "Bonjour,\n\nJe suis absente du 21/12 au 04/01 inclus. Les livraisons prévues en "
        "semaine 52 seront assurées normalement par notre équipe logistique (P04711).\n"
    )
    noise = {Intent.OTHER: 0.9, Intent.QUESTION: 0.06, Intent.CONFIRMATION: 0.04}
    assert commitment(text, noise) is None
