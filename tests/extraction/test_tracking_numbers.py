"""Tracking numbers by their document labels in five languages, and carriers as written."""

from __future__ import annotations

import pytest

from agent.extraction.rules import tracking
from agent.extraction.rules.carriers import carrier_near
from agent.extraction.rules.mentions import scan
from agent.extraction.rules.tracking import find_tracking


def found(text: str) -> list[tuple[str | None, str]]:
    return [(t.carrier, t.number) for t in find_tracking(text, [(0, len(text))])]


@pytest.mark.parametrize(
    ("text", "carrier", "number"),
    [
        (
            "P00292 shipped this morning on an Estes LTL truck, PRO 0123456789.",
            "Estes",
            "0123456789",
        ),
        (
            "We shipped 180 of 300 today, FedEx Freight PRO 7723441021, ETA 11/19.",
            "FedEx Freight",
            "7723441021",
        ),
        ("Carrier: XPO Logistics   PRO#: 378112904\nPallets: 20", "XPO Logistics", "378112904"),
        (
            "Goods picked up by FedEx today. AWB 7712 3456 7890. ETA Sep 24.",
            "FedEx",
            "7712 3456 7890",
        ),
        (
            "Air freight today, Lufthansa Cargo AWB 020-4418 7732.",
            "Lufthansa Cargo",
            "020-4418 7732",
        ),
        (
            "P07658 out today, UPS 1Z 8V4 470 68 0412 2231. 2-3 days.",
            "UPS",
            "1Z 8V4 470 68 0412 2231",
        ),
        (
            "Shipped complete today, DPD 15501234567890, should land Friday.",
            "DPD",
            "15501234567890",
        ),
        (
            "went out today on Palletways, con no. 0412-883190, next day.",
            "Palletways",
            "0412-883190",
        ),
        (
            "Moin, P05828 ist heute raus, mit DHL Freight, Sendungsnr. 7301 5590 2241.",
            "DHL Freight",
            "7301 5590 2241",
        ),
        (
            "Sendungsnummer Gebrüder Weiss: 0708-4421-993\n\nLiebe Grüße",
            "Gebrüder Weiss",
            "0708-4421-993",
        ),
        ("Frachtbrief-Nr. GW-AT-88214573", None, "GW-AT-88214573"),
        ("La commande est partie par Geodis (récépissé n° 26GEO558120).", "Geodis", "26GEO558120"),
        ("Transporteur : DB Schenker – n° de récépissé 2650081734", "DB Schenker", "2650081734"),
        (
            "partie ce jour par DHL Express, lettre de transport 4471229018.",
            "DHL Express",
            "4471229018",
        ),
        (
            "Chargé 2 pal. ce jour, lettre de voiture Heppner 33-0917-2281.",
            "Heppner",
            "33-0917-2281",
        ),
        ("Número de seguimiento SEUR: 4455TRK20261104\n\nSaludos", "SEUR", "4455TRK20261104"),
        (
            "Ha salido con Transportes Ochoa, CMR nº 2026-11873. Entrega el 17/12.",
            "Transportes Ochoa",
            "2026-11873",
        ),
        (
            "Ya salió su pedido completo por FedEx, guía 7729 4410 3381. Llega el lunes.",
            "FedEx",
            "7729 4410 3381",
        ),
        (
            "verzonden met PostNL Pakketten, zending 3SVDB7788990. Levering morgen.",
            "PostNL",
            "3SVDB7788990",
        ),
        (
            "Transporteur: Van Moer Logistics, vrachtbrief VML-26-0451190, levering morgen.",
            "Van Moer Logistics",
            "VML-26-0451190",
        ),
        ("Koelvervoer: Van der Wal, CMR 0461-22871\n\nGroet", "Van der Wal", "0461-22871"),
        ("Container: TCLU 4471823\nETA Hamburg 4 november", None, "TCLU 4471823"),
        ("Connaissement : MAEU 2622 0418 73", None, "MAEU 2622 0418 73"),
        (
            "Both went out with Spedition Hellmann, Sendung 4471-0020-88.",
            "Hellmann",
            "4471-0020-88",
        ),
    ],
)
def test_labelled_numbers_and_carriers_as_written(
    text: str, carrier: str | None, number: str
) -> None:
    assert found(text) == [(carrier, number)]


def test_lists_after_one_label_share_its_shape() -> None:
    text = "Parcel numbers: 15501234567890, 15501234567891 and 15501234567892\nThanks"
    assert [n for _c, n in found(text)] == ["15501234567890", "15501234567891", "15501234567892"]
    german = (
        "14 Kartons, DHL Paket, Sendungsnummern:\n00340434161094021234\n00340434161094021241\nGruß"
    )
    assert [n for _c, n in found(german)] == ["00340434161094021234", "00340434161094021241"]
    # the next number has another shape: an order line, not a parcel
    assert [n for _c, n in found("CMR 2026-VH-44127, 180 st")] == ["2026-VH-44127"]


def test_container_numbers_with_spaces_or_dashes() -> None:
    text = "Containers already loaded:\nTGHU-D11B-10284  4,200 pcs\nMSKU 774 120 3, vessel"
    assert [n for _c, n in found(text)] == ["TGHU-D11B-10284", "MSKU 774 120 3"]


@pytest.mark.parametrize(
    "text",
    [
        "Partial shipment for P00682: 1500 pcs shipped today by DHL Express.",
        "Our container for P02065 is loaded today, please find the packing list.",
        "planned industrial action at Durban Container Terminal from 12 October 2026",
        "AVISO DE EXPEDICIÓN AE-D9E-10872 (generado automáticamente)",
        "Bordereau de livraison : BL-26-09127",
        "Shipment: 30-10-2026 FOB Karachi",
        "Production of 12.000 pcs is done, shipment 2026-10-25.",
        "Tracking to follow, call me on 06-41178203 or +49 40 123456.",
        "Invoice no. 2026-118734 attached; our order confirmation AB-2026-5531.",
        "The UPS 2-3 days service, DPD 12.000 parcels a day.",
        "Sendung wird morgen zugestellt, 3 Paletten.",
    ],
)
def test_no_tracking_number(text: str) -> None:
    assert found(text) == []


def test_only_capitalised_shipping_lines_name_a_carrier() -> None:
    text = "Vessel: ONE HARMONY 028W\nB/L No: HPH26D6A0921"
    start = text.index("HPH")
    assert carrier_near(text, start, start + 12) == "ONE"
    lower = "Only one pallet left, B/L HPH26D6A0921"
    start = lower.index("HPH")
    assert carrier_near(lower, start, start + 12) is None


def test_carrier_after_the_number_only_on_its_line() -> None:
    assert found("CMR 0045871 (transport Van Dijk Transport)") == [
        ("Van Dijk Transport", "0045871")
    ]
    text = "AWB 4410 2287 61\n\nShipping docs will follow by DHL next week."
    assert found(text) == [(None, "4410 2287 61")]


@pytest.mark.parametrize(
    "text",
    [
        "Sendungsnummern DHL Freight: 4012 8834 551 (Paletten 1–3) und 4012 8834 552",
        "tracking pro 88120437 estes\nrodrigo. Production and progress of con no. 55-1234",
        "Réf. envoi KN 6120-889-04 / R+L Carriers PRO: I448120977 / K+N Trip number 65233",
        "número de envío SEUR-d13b-440918, expedición 7781-2026-4410, n° d'envoi PLZ 7731 0452 18",
    ],
)
def test_anchored_scan_finds_what_the_plain_scan_finds(text: str) -> None:
    zones = ((0, len(text)),)
    plain = [m.span("num") for m in scan(tracking._LABELLED, text, zones)]
    assert [m.span("num") for m in tracking._labelled(text, zones)] == plain
    assert plain


@pytest.mark.parametrize(
    ("text", "carrier", "number"),
    [
        ("partent aujourd'hui (DHL Freight, n° 7781 0044 29), mais", "DHL Freight", "7781 0044 29"),
        ("Os llegan el jueves con Palletways, nº 55-880-D7C-19.", "Palletways", "55-880-D7C-19"),
        ("they're on the truck (DSV ref 40-77120-IE). The last 80", "DSV", "40-77120-IE"),
        ("sailed on 28/11 as per schedule. BL no. MBS-D9A-9120.", None, "MBS-D9A-9120"),
        (
            "N° CMR : BE-LG-558201\nTransporteur : Transports Lambert\n",
            "Transports Lambert",
            "BE-LG-558201",
        ),
        (
            "Sale con Transportes Dávila. La entrega el jueves.\n\nNúmero de expedición: TD-55019",
            "Transportes Dávila",
            "TD-55019",
        ),
        ("mit Spedition Koch raus, Sendungsnummer KOCH-31190.", "Spedition Koch", "KOCH-31190"),
    ],
)
def test_carrier_then_number_and_carrier_lines(text: str, carrier: str | None, number: str) -> None:
    assert found(text) == [(carrier, number)]


def test_list_continues_past_a_short_parenthesis() -> None:
    text = (
        "Sendungsnummern DHL Freight: 4012 8834 551 (Paletten 1–3) und 4012 8834 552 (Palette 4)."
    )
    assert found(text) == [("DHL Freight", "4012 8834 551"), ("DHL Freight", "4012 8834 552")]


def test_bon_de_livraison_is_no_bill_of_lading() -> None:
    assert found("BL : 2026-44812, livraison jeudi") == []
