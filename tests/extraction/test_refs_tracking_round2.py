"""Vendor document numbers and tracking numbers in whole short mails, second round.

Each case is a mail as suppliers write it: "our ref / your ref" header blocks in five
languages, signatures full of phone, VAT, IBAN and register numbers, forwarded carrier
notices, tracking links, parcel lists, containers with their seals, air waybills with the
airline's prefix, and numbers in the subject. The buyer's own references ("your ref",
"Ihr Zeichen", "V/réf.", "S/ref.", "uw kenmerk", "Ref. cliente") and seal numbers are
never shown as the vendor's numbers or as tracking.
"""

from __future__ import annotations

import re

import pytest

from agent.models import Extraction
from tests.extraction.conftest import EU, RULES_ONLY, make_email

_SIGN_OFF = re.compile(
    r"\n(?:Best regards|Kind regards|Mit freundlichen Grüßen|Cordialement|Saludos|"
    r"Met vriendelijke groet)\b"
)


def extract(subject: str, text: str) -> Extraction:
    """The rules-only extraction of a mail whose new text ends at its sign-off."""
    sign_off = _SIGN_OFF.search(text)
    end = sign_off.start() if sign_off else len(text)
    return RULES_ONLY.extract(make_email(text, subject=subject, new_text_end=end), EU)


CASES = [
    pytest.param(
        "",
        "Goods left our warehouse today with DPD, parcel no. 0150 6893 4821 77.",
        [],
        [("DPD", "0150 6893 4821 77")],
        id="dpd-parcel-no",
    ),
    pytest.param(
        "",
        (
            "Bonjour,\n"
            "\n"
            "nous confirmons votre commande P00412 (notre réf. CDE-88412).\n"
            "\n"
            "Cordialement,\n"
            "Anne"
        ),
        ["CDE-88412"],
        [],
        id="fr-notre-ref",
    ),
    pytest.param(
        "Invoice INV-2026-4471 / your PO P00231",
        "Dear Tim,\n\nplease find our invoice attached.\n\nBest regards,\nJohn",
        ["INV-2026-4471"],
        [],
        id="subject-invoice-code",
    ),
    pytest.param(
        "",
        (
            "Hi Tim,\n"
            "\n"
            "P00518 ships Friday as planned.\n"
            "\n"
            "Best regards\n"
            "John Smith\n"
            "Acme Ltd | Tel +44 161 496-0712 | VAT GB 123 4567 89\n"
            "Company reg. no. 04417722 | IBAN GB29 NWBK 6016 1331 9268 19\n"
        ),
        [],
        [],
        id="en-signature-vat-iban-reg",
    ),
    pytest.param(
        "",
        "Your ref.: P00231\nOur ref.: 26-5531\n\nDear Tim, we confirm the order as placed.",
        ["26-5531"],
        [],
        id="en-our-ref-your-ref",
    ),
    pytest.param(
        "",
        (
            "Hello,\n"
            "\n"
            "the 40 pallets for P00640 sailed today.\n"
            "Container MSKU 774 120 3, seal no. 4471882, B/L MAEU 260412883.\n"
        ),
        [],
        [(None, "MSKU 774 120 3"), (None, "MAEU 260412883")],
        id="en-container-seal-bl",
    ),
    pytest.param(
        "",
        "Air freight booked: AWB 176-1234 5675 (Emirates SkyCargo), ETA Dubai Thursday.",
        [],
        [("Emirates SkyCargo", "176-1234 5675")],
        id="en-awb-airline-prefix",
    ),
    pytest.param(
        "",
        (
            "Hi,\n"
            "\n"
            "---------- Forwarded message ---------\n"
            "From: UPS <pkginfo@ups.com>\n"
            "Subject: UPS Update: Package Scheduled for Delivery\n"
            "\n"
            "Tracking Number: 1Z 999 AA1 01 2345 6784\n"
            "Scheduled Delivery: Thursday\n"
        ),
        [],
        [("UPS", "1Z 999 AA1 01 2345 6784")],
        id="en-forwarded-ups-notice",
    ),
    pytest.param(
        "",
        "Packing list PL-26-0412 and invoice no. 90031877 attached for P00870.",
        ["PL-26-0412", "90031877"],
        [],
        id="en-packing-list-and-digit-invoice",
    ),
    pytest.param(
        "",
        "Customer no. 10-44871, Item no. 4471-2203, 300 pcs ship on Monday.",
        [],
        [],
        id="en-customer-and-item-numbers",
    ),
    pytest.param(
        "",
        (
            "Shipment for P00733: 3 parcels with GLS, parcel numbers 6402 1188 3920, "
            "6402 1188 3921 and 6402 1188 3922."
        ),
        [],
        [("GLS", "6402 1188 3920"), ("GLS", "6402 1188 3921"), ("GLS", "6402 1188 3922")],
        id="en-gls-parcel-list",
    ),
    pytest.param(
        "",
        (
            "Ihr Zeichen: EK-2026-118\n"
            "Unser Zeichen: VK-26-3318\n"
            "Datum: 24.11.2026\n"
            "\n"
            "Sehr geehrter Herr Brandt,\n"
            "wir bestätigen Ihre Bestellung P00733."
        ),
        ["VK-26-3318"],
        [],
        id="de-ihr-unser-zeichen",
    ),
    pytest.param(
        "",
        (
            "Hallo Herr Brandt,\n"
            "\n"
            "die Ware ist heute mit DHL raus.\n"
            "Sendungsverfolgung: "
            "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890\n"
        ),
        [],
        [("DHL", "00340434161234567890")],
        id="de-sendungsverfolgung-link",
    ),
    pytest.param(
        "",
        "Container: TGHU 123456-7 / Plombe: 0088123\nAbfahrt Hamburg morgen.",
        [],
        [(None, "TGHU 123456-7")],
        id="de-container-plombe",
    ),
    pytest.param(
        "",
        "Lieferschein-Nr. 80012345 liegt der Sendung bei.",
        ["80012345"],
        [],
        id="de-lieferschein-nr-digits",
    ),
    pytest.param(
        "",
        "Frachtbrief-Nr. 0045871 (Spedition Hellmann), Anlieferung Mittwoch.",
        [],
        [("Hellmann", "0045871")],
        id="de-frachtbrief-spedition",
    ),
    pytest.param(
        "",
        (
            "Guten Tag,\n"
            "\n"
            "P00812 ist verladen.\n"
            "\n"
            "Mit freundlichen Grüßen\n"
            "Klaus Meier\n"
            "Meier GmbH · USt-IdNr. DE 811 234 567 · HRB 12345 Amtsgericht Hamburg\n"
            "Tel. +49 40 1234-5678 · IBAN DE89 3704 0044 0532 0130 00\n"
        ),
        [],
        [],
        id="de-signature-ust-hrb-iban",
    ),
    pytest.param(
        "",
        "Versand mit DPD:\nPaket 1/2: 0150 6893 4821 77\nPaket 2/2: 0150 6893 4821 78\n",
        [],
        [("DPD", "0150 6893 4821 77"), ("DPD", "0150 6893 4821 78")],
        id="de-dpd-paket-list",
    ),
    pytest.param(
        "",
        "Unsere Rechnung Nr. 2026-10472 vom 12.11.2026 ist noch offen.",
        ["2026-10472"],
        [],
        id="de-rechnung-nr",
    ),
    pytest.param(
        "",
        "V/réf. : CA-2026-0077\nN/réf. : DEV-26-1180\n\nMadame, nous vous adressons notre offre.",
        ["DEV-26-1180"],
        [],
        id="fr-v-ref-n-ref",
    ),
    pytest.param(
        "",
        "Votre colis est parti avec Colissimo, n° de suivi 6A12345678901.",
        [],
        [("Colissimo", "6A12345678901")],
        id="fr-colissimo-suivi",
    ),
    pytest.param(
        "",
        "Conteneur CMAU 765432-1, plomb n° 557812, connaissement CMDU 2604 1188.",
        [],
        [(None, "CMAU 765432-1"), (None, "CMDU 2604 1188")],
        id="fr-conteneur-plomb-connaissement",
    ),
    pytest.param(
        "",
        "Notre facture FA2026-00412 du 03/11 reste impayée.",
        ["FA2026-00412"],
        [],
        id="fr-facture-code",
    ),
    pytest.param(
        "",
        (
            "Bonjour,\n"
            "\n"
            "la commande P00455 part demain.\n"
            "\n"
            "Cordialement\n"
            "SARL Dupont · SIRET 412 889 331 00027 · TVA FR 12 412889331\n"
            "Tél. 01 44 12 88 31"
        ),
        [],
        [],
        id="fr-signature-siret-tva",
    ),
    pytest.param(
        "",
        "Votre commande P00412 : bon de livraison n° 2026-118874 joint.",
        ["2026-118874"],
        [],
        id="fr-bon-de-livraison-digits",
    ),
    pytest.param(
        "",
        "S/ref.: PED-2026-551\nN/ref.: ALB-26-07731\n\nLes enviamos el albarán de la entrega.",
        ["ALB-26-07731"],
        [],
        id="es-s-ref-n-ref",
    ),
    pytest.param(
        "",
        "Ref. cliente: ABC-7781-22\nNuestra referencia: 26/0883\n\nConfirmamos su pedido P00912.",
        ["26/0883"],
        [],
        id="es-ref-cliente-nuestra-referencia",
    ),
    pytest.param(
        "",
        "Enviado hoy por SEUR, n.º de envío 1234 5678 9012.",
        [],
        [("SEUR", "1234 5678 9012")],
        id="es-seur-envio",
    ),
    pytest.param(
        "",
        "Contenedor MSCU 123456 7, precinto 0034412, salida Valencia el lunes.",
        [],
        [(None, "MSCU 123456 7")],
        id="es-contenedor-precinto",
    ),
    pytest.param(
        "",
        "Factura nº 2026-00871 adjunta. Nº de pedido cliente: 4500881234.",
        ["2026-00871"],
        [],
        id="es-factura-pedido-cliente",
    ),
    pytest.param(
        "",
        (
            "Uw kenmerk: INK-2026-0412\n"
            "Ons kenmerk: 2026-88314\n"
            "\n"
            "Beste Tim, hierbij de orderbevestiging."
        ),
        ["2026-88314"],
        [],
        id="nl-uw-ons-kenmerk",
    ),
    pytest.param(
        "",
        "Uw zending is onderweg met PostNL, track & trace: 3SABCD1234567.",
        [],
        [("PostNL", "3SABCD1234567")],
        id="nl-postnl-track-trace",
    ),
    pytest.param(
        "", "Uw ordernummer: NL-4500-881, onze pakbon volgt morgen.", [], [], id="nl-uw-ordernummer"
    ),
    pytest.param(
        "",
        "Factuurnummer: 20261047\nVervaldatum: 15-12-2026",
        ["20261047"],
        [],
        id="nl-factuurnummer-digits",
    ),
    pytest.param(
        "",
        (
            "Hallo,\n"
            "\n"
            "de pallets zijn opgehaald door Van der Wal Transport, vrachtbrief 26-55120.\n"
            "\n"
            "Met vriendelijke groet\n"
            "Jan\n"
            "KvK 12345678 | BTW NL8012.34.567.B01 | Tel. 0031 (0)10 412 5566"
        ),
        [],
        [("Van der Wal Transport", "26-55120")],
        id="nl-vrachtbrief-signature-kvk-btw",
    ),
    pytest.param(
        "",
        "Track your parcel: https://tracking.dpd.de/status/en_US/parcel/01505012345678",
        [],
        [("DPD", "01505012345678")],
        id="en-dpd-link",
    ),
    pytest.param(
        "",
        "The DHL waybill numbers for both pallets: 4471 2283 90 and 4471 2283 91.",
        [],
        [("DHL", "4471 2283 90"), ("DHL", "4471 2283 91")],
        id="en-waybill-numbers-for",
    ),
    pytest.param(
        "",
        "CMR for the second truck is 0045872, carrier Vlantana.",
        [],
        [("Vlantana", "0045872")],
        id="en-cmr-for-truck-is",
    ),
    pytest.param(
        "",
        "Tracking for your order P00412 will follow tomorrow.",
        [],
        [],
        id="en-tracking-for-order-negative",
    ),
    pytest.param(
        "",
        "Today's 2 pallets are with Palletforce, ref PF-D11B-71520, arriving Friday.",
        [],
        [("Palletforce", "PF-D11B-71520")],
        id="en-palletforce-ref",
    ),
    pytest.param(
        "FW: Pickup confirmation PRO 442-D10E-90318", "See below.", [], [], id="subject-pro-number"
    ),
    pytest.param(
        "Re: P00412 / your ref EK-2026-118", "Noted, thanks.", [], [], id="subject-your-ref"
    ),
    pytest.param(
        "AW: Rechnung Nr. 20261047 zu Ihrer Bestellung P00231",
        "Anbei die Rechnung.",
        ["20261047"],
        [],
        id="subject-rechnung-nr-digits",
    ),
    pytest.param(
        "",
        "Please send the invoice to: Königsallee 12, 40210 Düsseldorf. Rechnung vom 12.11.2026.",
        [],
        [],
        id="en-invoice-address-negative",
    ),
    pytest.param("", "Seal no. 4471882 applied at loading.", [], [], id="en-seal-only"),
    pytest.param(
        "",
        (
            "Our catalogue: https://www.example.com/catalogue/2027/items/12345678\n"
            "https://www.dhl.de/de/geschaeftskunden.html"
        ),
        [],
        [],
        id="en-links-without-tracking",
    ),
    pytest.param(
        "",
        "Package dimensions: 120 x 80 x 100 cm, package weight 340 kg.",
        [],
        [],
        id="en-package-dimensions",
    ),
    pytest.param(
        "",
        (
            "DESPATCH ADVICE\n"
            "Delivery note no.: 80012377\n"
            "Your order: P00645\n"
            "Carrier: DHL Freight\n"
            "Consignment no.: 4017 3326 9180\n"
        ),
        ["80012377"],
        [("DHL Freight", "4017 3326 9180")],
        id="en-despatch-advice-block",
    ),
    pytest.param(
        "",
        "Paketverfolgung: https://gls-group.eu/DE/de/paketverfolgung?match=12345678901",
        [],
        [("GLS", "12345678901")],
        id="de-gls-link",
    ),
    pytest.param(
        "",
        (
            "ADVANCE SHIP NOTICE\n"
            "ASN: 4471-2026-118\n"
            "Ship date: 26.11.2026\n"
            "\n"
            "Parcel   Tracking              Weight\n"
            "1        1Z999AA10123456784    12 kg\n"
            "2        1Z999AA10123456795    11 kg\n"
        ),
        ["4471-2026-118"],
        [("UPS", "1Z999AA10123456784"), ("UPS", "1Z999AA10123456795")],
        id="en-asn-table-ups-parcels",
    ),
    pytest.param(
        "",
        (
            "Hallo,\n"
            "\n"
            "siehe unten.\n"
            "\n"
            "---------- Weitergeleitete Nachricht ---------\n"
            "Von: DHL Freight <noreply@dhl.com>\n"
            "Datum: Do., 26. Nov. 2026\n"
            "Betreff: Sendung 4017 3326 9180\n"
            "\n"
            "Ihre Sendung 4017 3326 9180 wurde abgeholt.\n"
        ),
        [],
        [("DHL", "4017 3326 9180")],
        id="de-forwarded-dhl-notice",
    ),
    pytest.param(
        "",
        "Flight tomorrow: MAWB 020-12345675 / HAWB HKG-889120.",
        [],
        [(None, "020-12345675"), (None, "HKG-889120")],
        id="en-mawb-hawb",
    ),
    pytest.param(
        "",
        "B/L No.: COSU6123456780, Container: CSNU 6184527, Seal: CN2291877",
        [],
        [(None, "COSU6123456780"), (None, "CSNU 6184527")],
        id="en-bl-container-seal",
    ),
    pytest.param(
        "",
        "Lieferung per Spedition Dachser, Sendungsnummer 8123 4456 01, Plombe 00412.",
        [],
        [("Dachser", "8123 4456 01")],
        id="de-dachser-sendung-plombe",
    ),
    pytest.param(
        "",
        "Onze referentie: VK-2026-0412 / Uw referentie: P00231",
        ["VK-2026-0412"],
        [],
        id="nl-onze-uw-referentie",
    ),
    pytest.param(
        "",
        "Tracking: https://www.ups.com/track?tracknum=1Z999AA10123456784&loc=en_US",
        [],
        [("UPS", "1Z999AA10123456784")],
        id="en-ups-link-shape",
    ),
    pytest.param(
        "",
        "Paket-Nr.: 0150 6893 4821 77 (DPD)",
        [],
        [("DPD", "0150 6893 4821 77")],
        id="de-paket-nr",
    ),
    pytest.param(
        "",
        "Questions? Call the DHL Express hotline 0228 4333 112.",
        [],
        [],
        id="en-carrier-hotline-negative",
    ),
    pytest.param(
        "",
        "Please use our DHL account 95123456 for the return.",
        [],
        [],
        id="en-carrier-account-negative",
    ),
    pytest.param(
        "",
        "Our VAT no. GB-123-4567-89, EORI GB123456789000, registration no. 2026/118842.",
        [],
        [],
        id="en-vat-eori-registration-negative",
    ),
    pytest.param(
        "",
        "Your PO P00231 / our SO 26-5531 / invoice 2026-10472",
        ["SO 26-5531", "2026-10472"],
        [],
        id="en-our-so-and-invoice",
    ),
    pytest.param(
        "",
        "S/ref. pedido 4500881\nN/ref. albarán 26/0412",
        ["26/0412"],
        [],
        id="es-s-ref-n-ref-albaran",
    ),
    pytest.param(
        "",
        "Votre réf. : CMD-2026-118 / Notre réf. : FA-26-04471",
        ["FA-26-04471"],
        [],
        id="fr-votre-notre-ref",
    ),
    pytest.param(
        "",
        "Ihre Bestell-Nr.: 4500881234 / Unsere Auftrags-Nr.: 26-118874",
        ["26-118874"],
        [],
        id="de-ihre-unsere-auftrags-nr",
    ),
    pytest.param(
        "",
        "Su pedido nº 4500881 — nuestro albarán nº 26/0412 sale hoy.",
        ["26/0412"],
        [],
        id="es-su-pedido-nuestro-albaran",
    ),
    pytest.param(
        "",
        "Uw kenmerk: 4500881\nOns kenmerk: VK/26/0412\nBetreft: levering week 49",
        ["VK/26/0412"],
        [],
        id="nl-uw-ons-kenmerk-slash",
    ),
    pytest.param(
        "",
        "Hi Tim,\nTNT consignment note 774 120 336 for both boxes, your ref P00231.",
        [],
        [("TNT", "774 120 336")],
        id="en-tnt-consignment-note",
    ),
    pytest.param(
        "",
        ("Le transporteur Geodis passe demain, récépissé n° 2611 8840 0731, plomb 558812."),
        [],
        [("Geodis", "2611 8840 0731")],
        id="fr-geodis-recepisse-plomb",
    ),
    pytest.param(
        "Shipping notice - P00231 - DHL 00340434161234567890",
        "Goods are on the way.",
        [],
        [],
        id="subject-carrier-number-not-vendor",
    ),
    pytest.param(
        "RE: Order confirmation 2026-OC-1187 for P00412",
        "Confirmed.",
        ["2026-OC-1187"],
        [],
        id="subject-order-confirmation-code",
    ),
    pytest.param(
        "",
        "Credit note no. 88120455 for the broken vases is attached.",
        ["88120455"],
        [],
        id="en-credit-note-digits",
    ),
    pytest.param(
        "",
        "Invoice: 40210 Düsseldorf office handles the payment.",
        [],
        [],
        id="en-invoice-colon-postcode-negative",
    ),
    pytest.param(
        "",
        (
            "Hola,\n"
            "envío parcial del pedido P00912 con Correos Express, nº de envío 2934 "
            "1188 0012.\n"
            "Saludos"
        ),
        [],
        [("Correos Express", "2934 1188 0012")],
        id="es-correos-express-envio",
    ),
    pytest.param(
        "",
        "New portal: https://www.dhl.de/de/geschaeftskunden.html?sid=123456789012",
        [],
        [],
        id="link-carrier-home-page-negative",
    ),
    pytest.param(
        "",
        "Invoice online: https://portal.example-vendor.com/invoice/20261047",
        [],
        [],
        id="link-invoice-portal-negative",
    ),
    pytest.param(
        "",
        "Tracking numbers for the remaining 60 pcs will follow tomorrow.",
        [],
        [],
        id="en-tracking-numbers-to-follow-negative",
    ),
    pytest.param(
        "", "Parcel 1 of 3: 12 kg, parcel 2 of 3: 11 kg.", [], [], id="en-parcel-weights-negative"
    ),
    pytest.param(
        "", "Rechnungsnummer 2026 bitte nicht verwenden.", [], [], id="de-year-after-label-negative"
    ),
    pytest.param(
        "",
        "Suivi : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
        [],
        [("Colissimo", "6A12345678901")],
        id="fr-laposte-link",
    ),
]


@pytest.mark.parametrize(("subject", "text", "vendor", "tracking"), CASES)
def test_vendor_refs(
    subject: str, text: str, vendor: list[str], tracking: list[tuple[str | None, str]]
) -> None:
    assert extract(subject, text).vendor_refs == vendor


@pytest.mark.parametrize(("subject", "text", "vendor", "tracking"), CASES)
def test_tracking(
    subject: str, text: str, vendor: list[str], tracking: list[tuple[str | None, str]]
) -> None:
    found = extract(subject, text).tracking
    assert [(t.carrier, t.number) for t in found] == tracking
    for t in found:
        assert text[t.span.start : t.span.end] == t.span.quote


@pytest.mark.parametrize(
    ("subject", "text", "odoo"),
    [
        ("", "nous confirmons votre commande P00412 (notre réf. CDE-88412).", ["P00412"]),
        ("Invoice INV-2026-4471 / your PO P00231", "Attached.", ["P00231"]),
        ("AW: Rechnung Nr. 20261047 zu Ihrer Bestellung P00231", "Anbei.", ["P00231"]),
        ("", "Your ref.: P00231\nOur ref.: 26-5531", ["P00231"]),
        ("", "Your PO P00231 / our SO 26-5531 / invoice 2026-10472", ["P00231"]),
    ],
)
def test_odoo_names_stay_apart(subject: str, text: str, odoo: list[str]) -> None:
    refs = extract(subject, text).po_refs
    assert [r.value for r in refs if r.kind == "odoo"] == odoo


def test_one_document_named_twice_keeps_its_prefix() -> None:
    text = (
        "Invoice for the goods delivered with our DDT 4471/26.\nYour order: P03861   DDT: 4471/26"
    )
    assert extract("", text).vendor_refs == ["DDT 4471/26"]
