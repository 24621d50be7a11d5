"""Date roles fitted on round-6 train emails, each with a sentence of its own."""

from __future__ import annotations

import pytest

from agent.extraction.base import ExtractionContext
from agent.extraction.rules import RulesExtractor
from tests.extraction.conftest import make_email

RULES_ONLY = RulesExtractor(use_classifier=False)
EU = ExtractionContext(vendor_country="DE", po_prefixes=("P", "PO"))


def roles(text: str) -> dict[str, str]:
    extraction = RULES_ONLY.extract(make_email(text), EU)
    return {d.value.isoformat(): d.role.value for d in extraction.dates}


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

