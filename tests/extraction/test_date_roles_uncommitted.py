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
