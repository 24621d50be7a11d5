"""Letters from Gartenwerk Schulz GmbH (DE, garden; writes German)."""

from __future__ import annotations

from agent.scenario.letters.spec import Fact, Letter

MARKUS = ("Markus Schulz", "m.schulz@gartenwerk-schulz.de")
GARTENWERK = ("Gartenwerk Schulz Auftragsabwicklung", "auftrag@gartenwerk-schulz.de")
_P251_HTML = """\
<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Guten Tag Frau Ruiz,</p>
<p>zu Ihrer Bestellung P00251 (AB-2026-4502) über 120 Stück Schneeschaufel
&bdquo;Ergonomic&ldquo; können wir Ihnen <b>70 Stück sofort</b> liefern; die Ware geht morgen
an Ihr Lager Main DC raus und ist am 01.12.2026 bei Ihnen.</p>
<p>Die <b>restlichen 50 Stück folgen in KW 51</b>, da unser Zulieferer für die Stiele erst
Mitte Dezember nachliefert.</p>
<p>Bitte geben Sie uns kurz Bescheid, falls Sie mit der Teillieferung nicht einverstanden
sind.</p>
<p>Freundliche Grüße<br>Ihr Auftragsteam<br>Gartenwerk Schulz GmbH</p>
</body></html>
"""

LETTERS = [
    Letter(
        key="gartenwerk-p235-kw50",
        sender=MARKUS,
        date="Thu, 19 Nov 2026 14:16:05 +0100",
        subject="AW: BrightMart Retail Order (Ref P00235) – Lieferverzögerung",
        mailer="thunderbird",
        reply_to_po=235,
        encoding="8bit",
        text="""\
Sehr geehrte Frau Ruiz,

vielen Dank für Ihre Bestellung P00235 (unsere Auftragsbestätigung
AB-2026-4471).

Leider müssen wir Ihnen mitteilen, dass sich die Lieferung wegen eines
Engpasses bei unserem Verpackungslieferanten verzögert. Die Ware
(Vogelfutter-Mischung 5 kg, Gartenhandschuhe, Gartenscheren) wird nicht
am 04.12.2026 geliefert, sondern voraussichtlich in KW 50.

Den genauen Liefertag teilt Ihnen unsere Disposition spätestens am
02.12. mit.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen

Markus Schulz
Vertriebsinnendienst
Gartenwerk Schulz GmbH · Industriestraße 7 · 49377 Vechta
Tel. +49 4441 555 210
""",
        fact=Fact(
            intent="delay",
            pos=("P00235",),
            new_date="2026-12-13",
            earliest="2026-12-07",
            products=("GRD-3001", "GRD-3005", "GRD-3004"),
            note="German, 8bit UTF-8: 'KW 50' is 7-13 Dec 2026; 04.12.2026 is the old date.",
        ),
    ),
    Letter(
        key="gartenwerk-p235-exact-day",
        sender=GARTENWERK,
        date="Thu, 26 Nov 2026 09:12:44 +0100",
        subject="Liefertermin zu Ihrer Bestellung P00235",
        mailer="thunderbird",
        reply_to_letter="gartenwerk-p235-kw50",
        encoding="quoted-printable",
        text="""\
Guten Tag Frau Ruiz,

wie angekündigt hier der genaue Liefertermin für Ihre Bestellung P00235:
Donnerstag, 10.12.2026, Anlieferung zwischen 7 und 11 Uhr an Ihr Lager
Main DC.

Mit freundlichen Grüßen
Ihr Auftragsteam
Gartenwerk Schulz GmbH
""",
        fact=Fact(
            intent="delay",
            pos=("P00235",),
            new_date="2026-12-10",
            products=("GRD-3001", "GRD-3005", "GRD-3004"),
            note="Follow-up that turns 'KW 50' into an exact day: 10.12.2026.",
        ),
    ),
    Letter(
        key="gartenwerk-p251-partial",
        sender=GARTENWERK,
        date="Tue, 24 Nov 2026 10:02:48 +0100",
        subject="Teillieferung zu Ihrer Bestellung P00251",
        mailer="thunderbird",
        encoding="quoted-printable",
        text="""\
Guten Tag Frau Ruiz,

zu Ihrer Bestellung P00251 (AB-2026-4502) über 120 Stück Schneeschaufel
„Ergonomic" können wir Ihnen 70 Stück sofort liefern; die Ware geht
morgen an Ihr Lager Main DC raus und ist am 01.12.2026 bei Ihnen.

Die restlichen 50 Stück folgen in KW 51, da unser Zulieferer für die
Stiele erst Mitte Dezember nachliefert.

Bitte geben Sie uns kurz Bescheid, falls Sie mit der Teillieferung
nicht einverstanden sind.

Freundliche Grüße
Ihr Auftragsteam
Gartenwerk Schulz GmbH
""",
        html=_P251_HTML,
        fact=Fact(
            intent="partial_shipment",
            pos=("P00251",),
            new_date="2026-12-20",
            earliest="2026-12-14",
            products=("GRD-3003",),
            note="German: 70 of 120 on 01.12.2026, remaining 50 in KW 51 (14-20 Dec).",
        ),
    ),
]
