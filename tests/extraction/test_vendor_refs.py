"""Vendor document numbers: labelled, typed by a segment, named by a file, listed together."""

from __future__ import annotations

import pytest

from agent.extraction.rules.refs import find_refs

PREFIXES = ("P", "PO")


def vendor_refs(text: str, subject: str = "") -> list[str]:
    """The vendor references found, each checked to sit at its span."""
    refs = find_refs(text, subject, len(text), PREFIXES)
    for ref in refs:
        if ref.span is not None:
            assert text[ref.span.start : ref.span.end] == ref.span.quote
    return [r.value for r in refs if r.kind == "vendor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Laura, please find attached invoice INV-86157 for order P00855.", ["INV-86157"]),
        ("Invoice No. DCM/EXP/2026/331 is attached for your records.", ["DCM/EXP/2026/331"]),
        ("Der Lieferschein LS-88214 liegt der Ware bei.", ["LS-88214"]),
        ("Anbei unsere Rechnung RE-2026-12210 vom 05.10.2026.", ["RE-2026-12210"]),
        ("Sauf erreur, notre facture n° VL-F-26-2290 du 16 novembre.", ["VL-F-26-2290"]),
        ("Bon de livraison : BL-26-3390\nLivraison prévue jeudi.", ["BL-26-3390"]),
        ("Albarán: ALB-26-4408", ["ALB-26-4408"]),
        ("In bijlage de pakbon PB-D8B-20931 van vandaag.", ["PB-D8B-20931"]),
        ("In de bijlage vindt u factuur 2026-10457 voor uw order P05243.", ["2026-10457"]),
        ("credit note CN-4410 will follow", ["CN-4410"]),
        ("Die Gutschrift GS-26-0144 über die Bruchware.", ["GS-26-0144"]),
        ("Vous recevrez l'avoir AV-D7C-0412 pour l'acompte.", ["AV-D7C-0412"]),
        ("Order number: AOG-100482\nYour reference: P01555", ["AOG-100482"]),
        ("Our confirmation number is ANT-OC-26-1188.", ["ANT-OC-26-1188"]),
        ("Nuestra confirmación es la PN-D7C-7781.", ["PN-D7C-7781"]),
        ("Nous confirmons votre commande P06254 (notre no CMD-LAU-8812).", ["CMD-LAU-8812"]),
        ("Ihre Bestellung P05863 (Auftrag EK-A-77810) wurde heute versandt.", ["EK-A-77810"]),
        ("VERSANDAVIS\n\nAuftrag: 2026-48817\nIhre Bestellung: P00520", ["2026-48817"]),
        ("Rechnungsnummer: 2026-44190", ["2026-44190"]),
        ("la confirmation de commande CC-26-1187 suit par courrier", ["CC-26-1187"]),
        ("Albarán de entrega AL-26-5520 adjunto.", ["AL-26-5520"]),
        ("Pro-forma ZWC-26-0118 attached.", ["ZWC-26-0118"]),
        ("factuurnummer 2026-10472 staat nog open", ["2026-10472"]),
        ("our quotation Q-2026-118 was for 15.000 pcs", ["Q-2026-118"]),
    ],
)
def test_labelled_document_numbers(text: str, expected: list[str]) -> None:
    assert vendor_refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The number as written, with the capitals that begin it.
        ("Eine korrigierte Auftragsbestätigung (AB 26-3318 Rev. 1) folgt.", ["AB 26-3318"]),
        ("Anbei unsere Auftragsbestätigung AB 2026-10-4471.", ["AB 2026-10-4471"]),
        ("The invoice FT 2026/1877 is attached.", ["FT 2026/1877"]),
        ("Te adjunto factura E 0004-00012877 y packing list.", ["E 0004-00012877"]),
        ("the goods delivered with our DDT 4471/26, your order P03861.", ["DDT 4471/26"]),
    ],
)
def test_prefix_in_capitals_belongs_to_the_number(text: str, expected: list[str]) -> None:
    assert vendor_refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Everything on P05059 is invoiced: BAW-INV-2611 is open.", ["BAW-INV-2611"]),
        ("the ASN you got Tuesday (KHD-ASN-0049377) showed line 2", ["KHD-ASN-0049377"]),
        (
            "Open items:\nINV-206113   P06031   GBP 2,418.00\nINV-206240   P06031   GBP 61.00",
            ["INV-206113", "INV-206240"],
        ),
    ],
)
def test_document_type_segment(text: str, expected: list[str]) -> None:
    assert vendor_refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks!\n\n--- attachment: OFC-88127.pdf ---\nOAKRIDGE FURNITURE", ["OFC-88127"]),
        ("Groet\n\n--- attachment: Pakbon_VB-PB-26-5120.pdf ---\nPAKBON", ["VB-PB-26-5120"]),
        # A revision is not part of the document's number.
        ("Ji-ho\n\n--- attachment: SKW-OA-26-0954-R1.pdf ---\nREVISED", ["SKW-OA-26-0954"]),
        # A price list names no document number; a file named by the buyer's order neither.
        ("Luc\n\n--- attachment: Tarif_2027.pdf ---\nTARIF", []),
        ("Eric\n\n--- attachment: PL-P03893.pdf ---\nPACKING LIST", []),
    ],
)
def test_attachment_file_names(text: str, expected: list[str]) -> None:
    assert vendor_refs(text) == expected


def test_file_name_shortening_a_printed_number_is_dropped() -> None:
    text = "Lan\n\n--- attachment: PI_VTX-D8A-0915.pdf ---\nPROFORMA INVOICE VTX-PI-D8A-0915\n"
    assert vendor_refs(text) == ["VTX-PI-D8A-0915"]


def test_list_continues_a_labelled_number() -> None:
    text = "Beide Aufträge (AB-HG-26-1502 und AB-HG-26-1519) sind im System."
    assert vendor_refs(text) == ["AB-HG-26-1502", "AB-HG-26-1519"]


def test_table_headed_by_a_document_label() -> None:
    text = (
        "Please find below your statement of account.\n\n"
        "Invoice     Date        Your PO   Amount USD\n"
        "EPP-51201   08/14/2026  P00768    4,812.00\n"
        "EPP-51388   09/02/2026  P02060    2,260.50\n"
    )
    assert vendor_refs(text) == ["EPP-51201", "EPP-51388"]


def test_table_of_items_is_no_document_list() -> None:
    text = "Item          Description        Qty\nHG-TOPF-2400  planter 24 cm      120\n"
    assert vendor_refs(text) == []


def test_subject_sales_order() -> None:
    assert vendor_refs("Thanks.", "Order Acknowledgment - PO# P00188 - Acme SO 55120") == [
        "SO 55120"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Pieces of product codes after quantities, and product codes themselves.
        "Best we can do now is 12/04, 120 pcs of ABC-123 and the rest after.",
        "Die Position 2 (SW-TOPF-24) kann leider erst später geliefert werden.",
        "30 of 36 OF-TB-72 farmhouse dining tables and 400 LP-TRT-500 treats.",
        "die Laubsauger LS-2200 aus P08203 können wir liefern",
        "ONLY 90 OF 150, THE OTHER 60 ARE STILL OPEN",
        # Tracking, bills of lading, freight bills, registrations, bank and phone numbers.
        "Sendungsnummer: GW-AT-77810342, Spedition DB Schenker",
        "Bill of lading is BL-PN-26-1187.",
        "CMR: PL-RB-5582016",
        "Carrier: Purolator Freight   PRO: PF-D10A-2281554",
        "Carrier: Expeditors (air)   HAWB: EXP-d12-5520931",
        "Pickup confirmation PRO 442-D10E-90318",
        "Registered in Scotland SC412776",
        "IBAN DE89-3704-0044-0532-0130-00, Tel. +49 40-1234-5678",
        # Dates, postcodes and the buyer's own order names.
        "Date of order: 2026-09-29, delivery 11/20, 20144 Milano",
        "Your PO: P09433, order PO/2026/00123",
        "Sales order for your P00042 is ready",
    ],
)
def test_not_vendor_document_numbers(text: str) -> None:
    assert vendor_refs(text) == []


def test_odoo_names_are_kept_apart() -> None:
    refs = find_refs("Invoice INV-88213 for PO P02076 and P00412.", "", 44, PREFIXES)
    assert [(r.kind, r.value) for r in refs] == [
        ("vendor", "INV-88213"),
        ("odoo", "P02076"),
        ("odoo", "P00412"),
    ]
