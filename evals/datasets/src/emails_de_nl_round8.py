# ruff: noqa: E501 - email text is data
"""German and Dutch, round 8: thirty German (including Swiss and Austrian) and thirty Dutch
(including Flemish) supplier emails, all eight intents about evenly in each language. Registers
run from one-line replies to very formal letters ("Hochachtungsvoll", "Geachte heer"), with
quoted history in the same language that names other dates, order acknowledgements, delivery
notes, price lists and invoices as attachment text, Swiss number and spelling habits, Belgian
wording, a forwarded carrier confirmation and a bank-detail phishing mail. Hand-written and
hand-labelled."""

EMAILS = [
# ----------------------------------------------------------------------------- German
dict(v="schwarzwald", lang="de", at="2026-10-14 09:12", subj="AW: P09600 Liefertermin",
     text="""
Sehr geehrte Frau Klein,

leider müssen wir Ihnen mitteilen, dass sich die Lieferung zu Ihrer Bestellung P09600 (Edelstahl-Topfset SH-TS5) verzögert. Unser Zulieferer für die Glasdeckel hat seinen Liefertermin um zwei Wochen verschoben. Der ursprünglich bestätigte Liefertermin 23.10.2026 kann daher nicht gehalten werden; neuer Liefertermin ist der 06.11.2026.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen

Markus Weber
Vertrieb Handel
Schwarzwald Haushaltswaren GmbH

-----Ursprüngliche Nachricht-----
Von: Sandra Klein
Gesendet: Montag, 5. Oktober 2026 11:20
An: Markus Weber
Betreff: P09600 Liefertermin

Hallo Herr Weber, bitte bestätigen Sie den 23.10. für P09600. Danke, Sandra Klein
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P09600"],
     commit=("2026-11-06", "neuer Liefertermin ist der 06.11.2026"),
     dates=[("2026-10-23", "other", "23.10.2026"), ("2026-11-06", "new_eta", "06.11.2026")]),

dict(v="ruhrtal", lang="de", at="2026-11-05 16:47", subj="P09601",
     text="""
Hallo Herr Brandt,
P09601 Gartenscheren RM-GS20: Härterei hängt hinterher, Liefertermin jetzt KW 48 statt KW 46.
Gruß
D. Schulte
""", end="Gruß\nD. Schulte", change="date", intent="delay", po=["P09601"],
     commit=("2026-11-23", "Liefertermin jetzt KW 48"),
     dates=[("2026-11-23", "new_eta", "KW 48"), ("2026-11-09", "other", "KW 46")]),

dict(v="luzern", lang="de", at="2026-11-23 10:05", subj="AW: P09602 Liefertermin Adventskerzen",
     text="""
Grüezi Frau Jensen

Besten Dank für Ihre Nachricht. Zu Ihrer Bestellung P09602 muss ich Ihnen leider mitteilen, dass wir die Adventskerzen rot (Art. LK-AK-12) wegen eines Engpasses beim Stearin nicht wie vereinbart am Donnerstag liefern können. Die Ware wird voraussichtlich am Mittwoch, 2. Dezember, in Ihrem Lager in Hamburg sein. Die Stumpenkerzen LK-SK-07 sind davon nicht betroffen und kommen wie bestätigt am 26.11.

Wir entschuldigen uns für die Umstände.

Freundliche Grüsse

Beat Zimmermann
Verkauf Export
Luzerner Kerzen AG
Tel. +41 41 360 22 10
""", end="Freundliche Grüsse", change="date", intent="delay", po=["P09602"],
     commit=("2026-12-02", "Die Ware wird voraussichtlich am Mittwoch, 2. Dezember"),
     dates=[("2026-11-26", "other", "am Donnerstag"), ("2026-12-02", "new_eta", "Mittwoch, 2. Dezember"),
            ("2026-11-26", "confirmed_delivery", "26.11.")]),

dict(v="wachau", lang="de", at="2026-09-22 14:30", subj="P09603 Pflanzgefäße",
     text="""
Liebe Frau Klein,

die Pflanzgefäße aus Bestellung P09603 sind leider noch nicht aus dem zweiten Brand heraus, uns ist der große Ofen ausgefallen. Wir schaffen die Lieferung nicht mehr Ende September, sondern erst Mitte Oktober. Wäre es für Sie in Ordnung, wenn wir die 60 großen Töpfe (WG-PT-50) vorab schicken, sobald sie fertig sind, und den Rest nachliefern? Bitte um kurze Rückmeldung.

Liebe Grüße aus Krems
Johanna Aigner
""", end="Liebe Grüße aus Krems", change="date", intent="delay", sec=["question"], po=["P09603"],
     commit=("2026-10-15", "sondern erst Mitte Oktober"),
     dates=[("2026-09-30", "other", "Ende September"), ("2026-10-15", "new_eta", "Mitte Oktober")],
     lines=[("WG-PT-50", 60, None, "die 60 großen Töpfe (WG-PT-50)", "P09603")]),

dict(v="hansa", lang="de", at="2026-09-08 11:02", subj="Auftragsbestätigung AB-D8B-26114 zu P09604",
     text="""
Sehr geehrter Herr Osei,

anbei erhalten Sie unsere Auftragsbestätigung AB-D8B-26114 zu Ihrer Bestellung P09604. Alle Positionen werden wie bestellt geliefert, Liefertermin 25.09.2026 frei Haus Hamburg.

Mit freundlichen Grüßen
i. A. Anke Petersen
Innendienst
Hansa Glas & Porzellan GmbH

--- attachment: AB-D8B-26114.pdf ---
AUFTRAGSBESTÄTIGUNG AB-D8B-26114
Ihre Bestellung: P09604 vom 03.09.2026
Liefertermin: 25.09.2026
Pos.  Artikel       Bezeichnung                Menge   Preis/Stk
1     HG-WG-350     Weinglas 350 ml, 6er       240     14,90 EUR
2     HG-TB-27      Teller flach 27 cm         480      3,85 EUR
Lieferbedingung: DAP Hamburg
Zahlungsbedingung: 30 Tage netto
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P09604"],
     vref=["AB-D8B-26114"], commit=("2026-09-25", "Liefertermin 25.09.2026 frei Haus Hamburg"),
     dates=[("2026-09-25", "confirmed_delivery", "Liefertermin 25.09.2026"),
            ("2026-09-03", "other", "03.09.2026"),
            ("2026-09-25", "confirmed_delivery", "Liefertermin: 25.09.2026")],
     lines=[("HG-WG-350", 240, None, "1     HG-WG-350     Weinglas 350 ml, 6er       240     14,90 EUR", "P09604"),
            ("HG-TB-27", 480, None, "2     HG-TB-27      Teller flach 27 cm         480      3,85 EUR", "P09604")]),

dict(v="mueller", c=2, lang="de", at="2026-10-02 07:55", subj="Bestätigung P09605",
     text="""
Guten Morgen,
P09605 bestätigt, 150 Rasenmäher-Messer MG-RM-46 wie bestellt, Anlieferung Dienstag 13.10.
Innendienst Müller Gartentechnik
""", end="Innendienst Müller Gartentechnik", change="none", intent="confirmation", po=["P09605"],
     commit=("2026-10-13", "Anlieferung Dienstag 13.10."),
     dates=[("2026-10-13", "confirmed_delivery", "Dienstag 13.10.")],
     lines=[("MG-RM-46", 150, None, "150 Rasenmäher-Messer MG-RM-46", "P09605")]),

dict(v="bergholz", lang="de", at="2026-11-10 13:40", subj="AW: P09606 neuer Termin",
     text="""
Guten Tag Herr Brandt

Wie telefonisch besprochen bestätige ich Ihnen hiermit den neuen Liefertermin für P09606 (Holzschneidebretter BH-SB-40 und BH-SB-30): Freitag, 27. November 2026. Die Mengen bleiben wie bestellt.

Freundliche Grüsse
Urs Baumann
Bergholz Holzwaren AG

Am 09.11.2026 um 16:12 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Herr Baumann, wie besprochen ist der 27.11. für uns in Ordnung, statt des 20.11. Bitte kurz schriftlich bestätigen.
> Gruss Tim Brandt
""", end="Freundliche Grüsse", change="date", intent="confirmation", po=["P09606"],
     commit=("2026-11-27", "Freitag, 27. November 2026"),
     dates=[("2026-11-27", "confirmed_delivery", "Freitag, 27. November 2026")]),

dict(v="kaiser", c=1, lang="de", at="2026-12-01 10:20", subj="P09607 vorziehen - geht",
     text="""
Hallo Frau Jensen,

gute Nachricht: wir können Ihre Bestellung P09607 (LED-Lichterketten EK-LK-100) wie gewünscht vorziehen. Statt am 14.12. liefern wir bereits am Montag, 07.12., das Avis schicke ich Ihnen dann per Mail.

Viele Grüße
Petra Lange
Elektro Kaiser GmbH
""", end="Viele Grüße", change="date", intent="confirmation", po=["P09607"],
     commit=("2026-12-07", "liefern wir bereits am Montag, 07.12."),
     dates=[("2026-12-14", "other", "14.12."), ("2026-12-07", "confirmed_delivery", "Montag, 07.12.")]),

dict(v="lueneburg", c=1, lang="de", at="2026-10-20 15:15", subj="P09608 Teillieferung Wolldecken",
     text="""
Moin Frau Klein,

von P09608 gehen heute 180 der Wolldecken LW-WD-150 raus, die restlichen 70 Stück sind noch in der Walke und folgen am 03.11. Spedition ist Hellmann, Sendungsnr. 4471 0093 8812.

Schöne Grüße aus Lüneburg
Frauke Meyer
""", end="Schöne Grüße aus Lüneburg", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P09608"], commit=("2026-11-03", "folgen am 03.11."),
     dates=[("2026-10-20", "ship_date", "gehen heute"), ("2026-11-03", "new_eta", "03.11.")],
     lines=[("LW-WD-150", 180, None, "180 der Wolldecken LW-WD-150", "P09608"),
            ("LW-WD-150", 70, "Stück", "die restlichen 70 Stück", "P09608")],
     track=[("Hellmann", "4471 0093 8812", "Sendungsnr. 4471 0093 8812")]),

dict(v="tirol", c=1, lang="de", at="2026-11-12 08:30", subj="Lieferschein LS-D8B-7731 / P09609",
     text="""
Sehr geehrte Damen und Herren,

im Anhang der Lieferschein LS-D8B-7731 zu Ihrer Bestellung P09609. Position 2 (Kochlöffel-Set TH-KL-5) konnte nur teilweise geliefert werden; die fehlenden 200 Sets werden in KW 49 nachgeliefert.

Mit freundlichen Grüßen
Tiroler Holzwaren GmbH - Verkauf

--- attachment: LS-D8B-7731.pdf ---
LIEFERSCHEIN LS-D8B-7731         Datum: 12.11.2026
Bestellung: P09609
Pos  Artikel     Bestellt  Geliefert  Rückstand
1    TH-BB-30      300       300          0
2    TH-KL-5       500       300        200
Versand: Gebr. Weiss, Sendung 0815-2260-4471
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P09609"], vref=["LS-D8B-7731"],
     commit=("2026-11-30", "werden in KW 49 nachgeliefert"),
     dates=[("2026-11-30", "new_eta", "KW 49"), ("2026-11-12", "ship_date", "12.11.2026")],
     lines=[("TH-KL-5", 200, "Sets", "die fehlenden 200 Sets", "P09609"),
            ("TH-BB-30", 300, None, "1    TH-BB-30      300       300          0", "P09609"),
            ("TH-KL-5", 300, None, "2    TH-KL-5       500       300        200", "P09609")],
     track=[("Gebr. Weiss", "0815-2260-4471", "Sendung 0815-2260-4471")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-12-09 11:45", subj="P09610 Brotkästen",
     text="""
Hallo Herr Osei,

zu P09610: Wir haben gestern 340 statt 400 Brotkästen SH-BK-2 ausgeliefert. Die fehlenden 60 Stück können wir dieses Jahr leider nicht mehr produzieren, sie entfallen ersatzlos. Die Rechnung wird entsprechend angepasst.

Viele Grüße
Sabine Hoffmann
""", end="Viele Grüße", change="quantity", intent="partial_shipment", po=["P09610"],
     dates=[("2026-12-08", "ship_date", "gestern")],
     lines=[("SH-BK-2", 340, None, "340 statt 400 Brotkästen SH-BK-2", "P09610"),
            ("SH-BK-2", 60, "Stück", "Die fehlenden 60 Stück", "P09610")]),

dict(v="brunner", c=1, lang="de", at="2026-09-16 16:00", subj="Ihre Bestellung P09611",
     text="""
Grüezi Herr Brandt

Vielen Dank für Ihre Bestellung P09611. Wir können Ihnen per 30.09. leider nur 500 der 800 Geschirrtücher BT-GT-50 liefern, die übrigen 300 Stück folgen Mitte Oktober. Die Tischsets BT-TS-45 liefern wir komplett per 30.09.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG, Wattwil
""", end="Freundliche Grüsse", change="quantity", intent="partial_shipment", po=["P09611"],
     commit=("2026-10-15", "folgen Mitte Oktober"),
     dates=[("2026-09-30", "confirmed_delivery", "Wir können Ihnen per 30.09."),
            ("2026-10-15", "new_eta", "Mitte Oktober"),
            ("2026-09-30", "confirmed_delivery", "komplett per 30.09.")],
     lines=[("BT-GT-50", 500, None, "nur 500 der 800 Geschirrtücher BT-GT-50", "P09611"),
            ("BT-GT-50", 300, "Stück", "die übrigen 300 Stück", "P09611")]),

dict(v="mueller", c=1, lang="de", at="2026-10-27 09:30", subj="Stornierung Pos. 3 - P09612",
     text="""
Sehr geehrte Frau Jensen,

leider müssen wir Position 3 Ihrer Bestellung P09612 (Akku-Heckenschere MG-HS-60, 120 Stück) stornieren, da der Hersteller des Akkus die Produktion eingestellt hat. Die Positionen 1 und 2 bleiben unverändert und werden wie bestätigt am 12.11.2026 geliefert.

Als Ersatz könnten wir Ihnen das Nachfolgemodell MG-HS-62 anbieten, ein Angebot folgt separat.

Mit freundlichen Grüßen
Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", po=["P09612"],
     commit=("2026-11-12", "werden wie bestätigt am 12.11.2026 geliefert"),
     dates=[("2026-11-12", "confirmed_delivery", "12.11.2026")],
     lines=[("MG-HS-60", 120, "Stück", "MG-HS-60, 120 Stück", "P09612")]),

dict(v="hansa", c=1, lang="de", at="2026-11-18 17:02", subj="AW: Storno P09613",
     text="""
Storno P09613 ist erfasst. Gruß Thomsen

Am 18.11.2026 um 14:31 schrieb Mike Osei <mike.osei@hhg-retail.com>:
> Hallo Herr Thomsen, bitte stornieren Sie P09613 (Espressotassen) komplett, die Aktion ist abgesagt. Danke, Mike Osei
""", end="Gruß Thomsen", change="cancel", intent="cancellation", po=["P09613"]),

dict(v="luzern", c=1, lang="de", at="2026-12-03 10:10", subj="Bestellung P09614 - Annullierung",
     text="""
Sehr geehrte Frau Klein

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bestellung P09614 (Duftkerzen Zimt, LK-DZ-03) annullieren müssen. Der verwendete Duftstoff darf aufgrund neuer Vorgaben nicht mehr eingesetzt werden, und eine Ersatzrezeptur ist dieses Jahr nicht mehr realisierbar. Eine allfällige Anzahlung wird Ihnen selbstverständlich zurückerstattet.

Freundliche Grüsse
Seraina Caduff
Auftragsabwicklung
Luzerner Kerzen AG
""", end="Freundliche Grüsse", change="cancel", intent="cancellation", po=["P09614"]),

dict(v="ruhrtal", c=2, lang="de", at="2026-09-29 12:00", subj="AW: P09615 Teillieferung",
     text="""
Hallo Herr Brandt,

bezugnehmend auf meine Mail vom 14.09.: den Rückstand aus P09615 (Grillzangen RM-GZ-45, noch 250 Stück) können wir nicht mehr liefern, das Material ist ausverkauft und wird nicht mehr gewalzt. Wir stornieren daher die Restmenge.

Mit freundlichen Grüßen
Monika Brandes
Auftragsbearbeitung
Ruhrtal Metallwaren GmbH

-----Ursprüngliche Nachricht-----
Von: Monika Brandes
Gesendet: Montag, 14. September 2026 09:03
An: Tim Brandt
Betreff: P09615 Teillieferung

Heute gehen 750 Stück raus, der Rest von 250 Stück folgt voraussichtlich KW 40.
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", po=["P09615"],
     dates=[("2026-09-14", "other", "14.09.")],
     lines=[("RM-GZ-45", 250, "Stück", "noch 250 Stück", "P09615")]),

dict(v="hansa", lang="de", at="2026-10-06 10:00", subj="Preisanpassung zum 01.01.2027",
     text="""
Sehr geehrte Damen und Herren,

aufgrund der gestiegenen Energiekosten in der Glasschmelze sind wir gezwungen, unsere Preise zum 01.01.2027 anzupassen. Die neue Preisliste finden Sie im Anhang. Für bereits bestätigte Aufträge, wie P09616, gelten die bisherigen Preise.

Mit freundlichen Grüßen
Anke Petersen
Hansa Glas & Porzellan GmbH

--- attachment: Preisliste_2027.pdf ---
PREISLISTE 2027 - gültig ab 01.01.2027
Artikel      Bezeichnung            alt       neu
HG-WG-350    Weinglas 350 ml, 6er   14,90     15,80
HG-SG-200    Sektglas 200 ml, 6er   12,40     13,20
Preise in EUR netto, ab Werk
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P09616"],
     dates=[("2027-01-01", "price_effective", "zum 01.01.2027"),
            ("2027-01-01", "price_effective", "gültig ab 01.01.2027")],
     prices=[dict(product="HG-WG-350", old=14.90, new=15.80, cur="EUR", eff="2027-01-01",
                  quote="HG-WG-350    Weinglas 350 ml, 6er   14,90     15,80"),
             dict(product="HG-SG-200", old=12.40, new=13.20, cur="EUR", eff="2027-01-01",
                  quote="HG-SG-200    Sektglas 200 ml, 6er   12,40     13,20")]),

dict(v="ruhrtal", lang="de", at="2026-11-16 08:20", subj="Edelstahlzuschlag",
     text="""
Hallo Frau Klein,
Edelstahl-Zuschlag ab 1. Dezember: +4 % auf alle Artikel. Betrifft auch den offenen Auftrag P09617.
Gruß Schulte
""", end="Gruß Schulte", change="price", intent="price_change", po=["P09617"],
     dates=[("2026-12-01", "price_effective", "ab 1. Dezember")],
     prices=[dict(product=None, pct=4, cur=None, eff="2026-12-01", quote="+4 % auf alle Artikel")]),

dict(v="appenzell_d8b", lang="de", at="2026-09-24 14:14", subj="P09618 Preisanpassung Weidenkörbe",
     text="""
Guten Tag Frau Jensen

Leider hat sich der Einkaufspreis für Weidenruten seit dem Sommer stark erhöht. Für Ihre offene Bestellung P09618 müssen wir den Preis der Weidenkörbe AK-WK-40 von CHF 18.50 auf CHF 19.90 pro Stück anpassen. Alle anderen Positionen bleiben zum bestätigten Preis. Wir bitten um Ihr Einverständnis bis Ende nächster Woche.

Freundliche Grüsse
Ueli Sutter
Appenzeller Korbwaren AG
9050 Appenzell
""", end="Freundliche Grüsse", change="price", intent="price_change", po=["P09618"],
     dates=[("2026-10-02", "other", "Ende nächster Woche")],
     prices=[dict(product="AK-WK-40", old=18.50, new=19.90, cur="CHF",
                  quote="von CHF 18.50 auf CHF 19.90 pro Stück")]),

dict(v="kaiser", lang="de", at="2026-12-14 09:00", subj="Kleines Dankeschön",
     text="""
Hallo Herr Osei,

als Dankeschön für die gute Zusammenarbeit bekommen Sie auf alle Lieferungen ab 1. Januar 3 % Nachlass, das gilt auch für die offene P09619. Wird direkt auf der Rechnung abgezogen.

Frohe Festtage!
Stefan Kaiser
""", end="Frohe Festtage!", change="price", intent="price_change", po=["P09619"],
     dates=[("2027-01-01", "price_effective", "ab 1. Januar")],
     prices=[dict(product=None, pct=-3, cur=None, eff="2027-01-01", quote="3 % Nachlass")]),

dict(v="mueller", c=2, lang="de", at="2026-09-10 06:40", subj="Versandavis zu Ihrer Bestellung P09620",
     text="""
Versandavis

Ihre Bestellung: P09620
Unser Auftrag: MG-AU-D8B-5521
Versanddatum: 10.09.2026
Spediteur: DACHSER
Sendungsnummer: 8204 5567 3310
Voraussichtliche Zustellung: 14.09.2026

Pos. Artikel     Menge
1    MG-RM-46    150
2    MG-GS-10    300

Die Lieferung ist vollständig.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", end="Diese E-Mail wurde automatisch erstellt.", change="shipping", intent="shipping_notice",
     po=["P09620"], vref=["MG-AU-D8B-5521"],
     commit=("2026-09-14", "Voraussichtliche Zustellung: 14.09.2026"),
     dates=[("2026-09-10", "ship_date", "10.09.2026"), ("2026-09-14", "confirmed_delivery", "14.09.2026")],
     lines=[("MG-RM-46", 150, None, "1    MG-RM-46    150", "P09620"),
            ("MG-GS-10", 300, None, "2    MG-GS-10    300", "P09620")],
     track=[("DACHSER", "8204 5567 3310", "Sendungsnummer: 8204 5567 3310")]),

dict(v="lueneburg", lang="de", at="2026-11-27 15:30", subj="P09621 raus",
     text="""
Moin Herr Brandt,

P09621 ist heute komplett raus, 14 Kartons Kissenbezüge. DHL Paket, Sendungsnummern:
00340434161094021234
00340434161094021241
Sollte Montag bei Ihnen sein.

Tschüss
Hinnerk
""", end="Tschüss", change="shipping", intent="shipping_notice", po=["P09621"],
     commit=("2026-11-30", "Sollte Montag bei Ihnen sein"),
     dates=[("2026-11-27", "ship_date", "ist heute komplett raus"), ("2026-11-30", "confirmed_delivery", "Montag")],
     lines=[("Kissenbezüge", 14, "Kartons", "14 Kartons Kissenbezüge", "P09621")],
     track=[("DHL", "00340434161094021234", "00340434161094021234"),
            ("DHL", "00340434161094021241", "00340434161094021241")]),

dict(v="brunner", lang="de", at="2026-10-21 11:11", subj="Versand P09622",
     text="""
Grüezi Frau Klein

Die Ware zu P09622 hat heute Morgen unser Lager in Wattwil verlassen, vollständig auf 2 Paletten. Die Verzollung erfolgt über Planzer, die Ankunft in Hamburg ist für Montag, 26. Oktober geplant. Die Exportpapiere (EUR.1) liegen der Sendung bei.

Freundliche Grüsse
Reto Brunner
Brunner Textil AG

---------- Weitergeleitete Nachricht ---------
Von: Planzer Transport AG <dispo@planzer.ch>
Datum: Mi., 21. Okt. 2026 um 08:52
Betreff: Abholbestätigung
An: Reto Brunner

Abholung bei Brunner Textil AG erfolgt. Frachtbrief-Nr. PLZ-44821907, Zustellung Empfänger geplant 26.10.2026.
""", end="Freundliche Grüsse", change="shipping", intent="shipping_notice", po=["P09622"],
     commit=("2026-10-26", "die Ankunft in Hamburg ist für Montag, 26. Oktober geplant"),
     dates=[("2026-10-21", "ship_date", "heute Morgen"),
            ("2026-10-26", "confirmed_delivery", "Montag, 26. Oktober"),
            ("2026-10-26", "confirmed_delivery", "26.10.2026")],
     track=[("Planzer", "PLZ-44821907", "Frachtbrief-Nr. PLZ-44821907")]),

dict(v="tirol", lang="de", at="2026-12-15 13:00", subj="Restlieferung P09623",
     text="""
Grüß Gott Herr Osei,

die restlichen 200 Kochlöffel-Sets TH-KL-5 zu P09623 sind heute mit Gebr. Weiss rausgegangen, Sendung 0815-2260-5102. Damit ist die Bestellung vollständig. Zustellung laut Spedition 17.-18.12.

Schöne Grüße aus Tirol
Andreas Hofer
""", end="Schöne Grüße aus Tirol", change="shipping", intent="shipping_notice", po=["P09623"],
     commit=("2026-12-18", "Zustellung laut Spedition 17.-18.12."),
     dates=[("2026-12-15", "ship_date", "heute"), ("2026-12-17", "range_start", "17.-18.12."),
            ("2026-12-18", "range_end", "17.-18.12.")],
     lines=[("TH-KL-5", 200, None, "die restlichen 200 Kochlöffel-Sets TH-KL-5", "P09623")],
     track=[("Gebr. Weiss", "0815-2260-5102", "Sendung 0815-2260-5102")]),

dict(v="wachau", c=1, lang="de", at="2026-10-08 09:45", subj="P09624 Palettierung und Anlieferadresse",
     text="""
Sehr geehrte Frau Klein,

für die Bestellung P09624 benötigen wir noch Ihre Angaben zur Palettierung: Dürfen die Terrakottatöpfe auf Einwegpaletten geliefert werden, oder bestehen Sie auf Europaletten im Tausch? Außerdem ersuchen wir um Bestätigung der Anlieferadresse, Lager Hamburg-Billbrook oder Allermöhe?

Hochachtungsvoll
Leopold Mayrhofer
Wachauer Gartenkeramik GmbH
""", end="Hochachtungsvoll", change="none", intent="question", po=["P09624"]),

dict(v="kaiser", c=1, lang="de", at="2026-11-03 12:12", subj="EAN fehlt P09625",
     text="""
Frau Jensen, bei P09625 fehlt uns die EAN für Art. EK-LK-200. Können Sie die bitte schicken? Danke. P. Lange
""", end="P. Lange", change="none", intent="question", po=["P09625"]),

dict(v="bergholz", lang="de", at="2026-12-10 16:20", subj="Prognose Schneidebretter 2027",
     text="""
Guten Tag Herr Brandt

Wir planen gerade die Produktion für das nächste Jahr. Können Sie uns bis Mittwoch, 16. Dezember eine grobe Prognose für die Schneidebretter (BH-SB-40, BH-SB-30) für das erste Quartal 2027 geben? Dann können wir das Buchenholz rechtzeitig einkaufen.

Freundliche Grüsse
Urs Baumann
""", end="Freundliche Grüsse", change="none", intent="question",
     dates=[("2026-12-16", "other", "Mittwoch, 16. Dezember")]),

dict(v="schwarzwald", lang="de", at="2026-12-18 14:00", subj="Abwesenheitsnotiz: AW: P09600 Rechnung",
     text="""
Vielen Dank für Ihre Nachricht.

Ich bin vom 21.12.2026 bis einschließlich 06.01.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Sabine Hoffmann, Tel. +49 7721 4050-12.

Mit freundlichen Grüßen
Markus Weber
""", end="Mit freundlichen Grüßen", change="none", intent="other", po=["P09600"],
     dates=[("2026-12-21", "other", "21.12.2026"), ("2027-01-06", "other", "06.01.2027")]),

dict(v="alpen", c=1, lang="de", at="2026-11-25 10:30", subj="Rechnung RE-D8B-90412",
     text="""
Sehr geehrte Damen und Herren,

in der Anlage übermitteln wir Ihnen die Rechnung RE-D8B-90412 zu Lieferschein LS-D8B-90388 (Ihre Bestellung P09626). Zahlbar innerhalb von 30 Tagen ohne Abzug.

Mit freundlichen Grüßen
Theresa Huber
Buchhaltung
Alpen Feinkost AG

--- attachment: RE-D8B-90412.pdf ---
RECHNUNG RE-D8B-90412
Rechnungsdatum: 25.11.2026
Lieferdatum: 19.11.2026
Bestellung: P09626
Betrag netto: 710,40 EUR
USt. 10 %: 71,04 EUR
Fällig am: 25.12.2026
""", end="Mit freundlichen Grüßen", change="none", intent="other", po=["P09626"],
     vref=["RE-D8B-90412", "LS-D8B-90388"],
     dates=[("2026-11-25", "other", "25.11.2026"), ("2026-11-19", "other", "19.11.2026"),
            ("2026-12-25", "other", "25.12.2026")]),

dict(v="hansa", lang="de", at="2026-09-03 11:00", subj="Neuer Ansprechpartner ab Oktober",
     text="""
Liebe Geschäftspartner,

ab dem 1. Oktober übernimmt mein Kollege Ole Thomsen die Betreuung Ihres Kundenkontos, ich wechsle intern in den Export. Sie erreichen ihn unter ole.thomsen@hansa-glas.de oder telefonisch unter 040 781 220-31. Für laufende Bestellungen ändert sich nichts.

Herzliche Grüße
Anke Petersen
""", end="Herzliche Grüße", change="none", intent="other",
     dates=[("2026-10-01", "other", "ab dem 1. Oktober")]),

# ----------------------------------------------------------------------------- Dutch
dict(v="vanderberg", lang="nl", at="2026-09-15 10:30", subj="P09700 tuinslangen",
     text="""
Goedemorgen Laura,

Slecht nieuws over P09700: de tuinslangen VB-TS-25 zitten nog in Rotterdam vast bij de douane. We halen de afgesproken levering van vrijdag 18 september niet. Nieuwe verwachting: woensdag 23 september bij jullie in Hamburg.

Excuses voor het ongemak.

Met vriendelijke groet,
Pieter van der Berg
Van der Berg Tuinartikelen B.V.
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P09700"],
     commit=("2026-09-23", "Nieuwe verwachting: woensdag 23 september"),
     dates=[("2026-09-18", "other", "vrijdag 18 september"), ("2026-09-23", "new_eta", "woensdag 23 september")]),

dict(v="twente", lang="nl", at="2026-10-29 17:10", subj="P09701",
     text="""
Tim,
P09701 schuift op naar week 47, matrijs kapot. Meer info volgt.
Ruud
""", end="Ruud", change="date", intent="delay", po=["P09701"],
     commit=("2026-11-16", "P09701 schuift op naar week 47"),
     dates=[("2026-11-16", "new_eta", "week 47")]),

dict(v="kempen", c=1, lang="nl", at="2026-11-19 14:00", subj="RE: Levering P09702",
     text="""
Geachte mevrouw Klein,

Wij moeten u helaas meedelen dat de levering van uw bestelling P09702 (eiken bijzettafels KM-BT-45) vertraging oploopt. Door ziekte in ons atelier kunnen wij de tafels pas eind december leveren in plaats van op 4 december, zoals eerder bevestigd.

Wij verontschuldigen ons voor dit ongemak en houden u op de hoogte.

Met vriendelijke groeten,
Liesbeth Wouters
Kempense Meubelmakerij BV
Geel, België

Op 2 nov. 2026 om 09:41 schreef Sandra Klein <sandra.klein@hhg-retail.com>:
> Beste Liesbeth, kunnen jullie de levering van P09702 op 4 december bevestigen? Groet, Sandra
""", end="Met vriendelijke groeten,", change="date", intent="delay", po=["P09702"],
     commit=("2026-12-31", "pas eind december leveren"),
     dates=[("2026-12-31", "new_eta", "eind december"), ("2026-12-04", "other", "op 4 december, zoals")]),

dict(v="westland", lang="nl", at="2026-09-25 08:50", subj="P09703 bollen",
     text="""
Hoi Mike,

De tulpenbollen voor P09703 zijn nog niet klaar om te verzenden, het drogen duurt langer door het natte weer. In plaats van deze week wordt het volgende week donderdag. Of willen jullie liever dat we de narcissen alvast sturen en de tulpen erna? Laat even weten.

Groeten,
Gert-Jan
""", end="Groeten,", change="date", intent="delay", sec=["question"], po=["P09703"],
     commit=("2026-10-01", "wordt het volgende week donderdag"),
     dates=[("2026-09-21", "other", "deze week"), ("2026-10-01", "new_eta", "volgende week donderdag")]),

dict(v="devries", c=1, lang="nl", at="2026-10-05 13:20", subj="Orderbevestiging OB-D8B-3387 - P09704",
     text="""
Beste heer Osei,

Hierbij ontvangt u onze orderbevestiging OB-D8B-3387 voor uw order P09704. Alle artikelen zijn op voorraad en worden geleverd in week 43.

Met vriendelijke groet,
Femke Smit
Binnendienst De Vries Huishoudelijk B.V.

--- attachment: OB-D8B-3387.pdf ---
ORDERBEVESTIGING OB-D8B-3387
Uw order: P09704     Datum: 05-10-2026
Leverweek: 43 (19-10-2026)
Art.nr.     Omschrijving               Aantal   Prijs
DV-AF-5     Afwasborstel bamboe         600     1,95
DV-VD-3     Vaatdoekjes 3-pak          1.200    2,40
Leveringsconditie: franco Hamburg
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P09704"],
     vref=["OB-D8B-3387"], commit=("2026-10-19", "worden geleverd in week 43"),
     dates=[("2026-10-19", "confirmed_delivery", "week 43"), ("2026-10-05", "other", "05-10-2026"),
            ("2026-10-19", "confirmed_delivery", "19-10-2026")],
     lines=[("DV-AF-5", 600, None, "DV-AF-5     Afwasborstel bamboe         600     1,95", "P09704"),
            ("DV-VD-3", 1200, None, "DV-VD-3     Vaatdoekjes 3-pak          1.200    2,40", "P09704")]),

dict(v="jansen", lang="nl", at="2026-11-09 09:05", subj="RE: P09705",
     text="""
Akkoord, P09705 komt vrijdag de 13e zoals besteld. Gr. Bram
""", end="Gr. Bram", change="none", intent="confirmation", po=["P09705"],
     commit=("2026-11-13", "P09705 komt vrijdag de 13e"),
     dates=[("2026-11-13", "confirmed_delivery", "vrijdag de 13e")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-12-02 15:40", subj="Bevestiging nieuwe leverdatum P09706",
     text="""
Dag Tim,

Zoals vanmorgen telefonisch afgesproken bevestig ik hierbij de nieuwe leverdatum voor P09706 (badhanddoeken VT-BH-70): dinsdag 15 december i.p.v. 8 december. De aantallen blijven ongewijzigd.

Vriendelijke groeten,
An Claes
Vlaamse Textiel NV - Klantendienst
""", end="Vriendelijke groeten,", change="date", intent="confirmation", po=["P09706"],
     commit=("2026-12-15", "de nieuwe leverdatum voor P09706 (badhanddoeken VT-BH-70): dinsdag 15 december"),
     dates=[("2026-12-02", "other", "vanmorgen"), ("2026-12-15", "confirmed_delivery", "dinsdag 15 december"),
            ("2026-12-08", "other", "8 december")]),

dict(v="zeeland", lang="nl", at="2026-09-21 11:30", subj="Orderbevestiging P09707",
     text="""
Goedemiddag Sandra,

Order P09707 is in goede orde ontvangen. Wij bevestigen 400 deurmatten ZT-DM-60 en 250 kokosmatten ZT-KM-40, levering op vrijdag 2 oktober, zoals gevraagd. De pallets worden zoals gebruikelijk met stretchfolie en hoekbescherming verpakt.

Met vriendelijke groet,
Jolanda Verhulst
Zeeuwse Touw- en Mattenfabriek B.V.
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P09707"],
     commit=("2026-10-02", "levering op vrijdag 2 oktober"),
     dates=[("2026-10-02", "confirmed_delivery", "vrijdag 2 oktober")],
     lines=[("ZT-DM-60", 400, None, "400 deurmatten ZT-DM-60", "P09707"),
            ("ZT-KM-40", 250, None, "250 kokosmatten ZT-KM-40", "P09707")]),

dict(v="twente", c=1, lang="nl", at="2026-10-13 10:40", subj="Deellevering P09708",
     text="""
Beste Laura,

Vandaag verzenden wij van P09708 de opbergboxen TK-OB-30: 1.500 van de 2.000 stuks. De resterende 500 stuks volgen in week 44. Track & trace: DHL Freight 3SHHG0045217.

Met vriendelijke groet,
Ilse Bosman
Twentse Kunststoffen B.V.
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P09708"], commit=("2026-10-26", "volgen in week 44"),
     dates=[("2026-10-13", "ship_date", "Vandaag"), ("2026-10-26", "new_eta", "week 44")],
     lines=[("TK-OB-30", 1500, "stuks", "1.500 van de 2.000 stuks", "P09708"),
            ("TK-OB-30", 500, "stuks", "De resterende 500 stuks", "P09708")],
     track=[("DHL Freight", "3SHHG0045217", "DHL Freight 3SHHG0045217")]),

dict(v="brugse", c=1, lang="nl", at="2026-11-24 16:15", subj="Pakbon PB-D8B-20931 - uw bestelling P09709",
     text="""
Goedendag,

In bijlage de pakbon PB-D8B-20931 van vandaag voor uw bestelling P09709. Let op: de straatbezems BB-SB-40 zijn slechts gedeeltelijk geleverd (240 van 360 st.), het saldo wordt nageleverd zodra de nieuwe lading bezemstelen binnen is. Een datum kunnen wij nog niet geven.

Met vriendelijke groeten,
Orderbeheer
Brugse Borstel- en Bezemfabriek NV

--- attachment: PB-D8B-20931.pdf ---
PAKBON PB-D8B-20931    Leverdatum: 24/11/2026
Uw ref.: P09709
Artikel     Besteld  Geleverd  Backorder
BB-SB-40      360      240       120
BB-HB-25      200      200         0
""", end="Met vriendelijke groeten,", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P09709"], vref=["PB-D8B-20931"],
     dates=[("2026-11-24", "ship_date", "vandaag"), ("2026-11-24", "ship_date", "24/11/2026")],
     lines=[("BB-SB-40", 240, "st.", "240 van 360 st.", "P09709"),
            ("BB-SB-40", 120, None, "BB-SB-40      360      240       120", "P09709"),
            ("BB-HB-25", 200, None, "BB-HB-25      200      200         0", "P09709")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-12-07 09:30", subj="P09710 Goudse kaas",
     text="""
Hallo Mike,

Van P09710 kunnen we deze week maar 80 van de 120 Goudse kazen (KH-GO-12) leveren, de jonge kaas is nog niet rijp genoeg. De overige 40 kazen komen op maandag 21 december. De Leerdammer-blokken (KH-LB-05) gaan wel volledig mee, donderdag 10 december bij jullie.

Groetjes,
Lotte Visser
Hollandse Kaashandel
""", end="Groetjes,", change="quantity", intent="partial_shipment", po=["P09710"],
     commit=("2026-12-21", "De overige 40 kazen komen op maandag 21 december"),
     dates=[("2026-12-07", "confirmed_delivery", "deze week"), ("2026-12-21", "new_eta", "maandag 21 december"),
            ("2026-12-10", "confirmed_delivery", "donderdag 10 december")],
     lines=[("KH-GO-12", 80, None, "maar 80 van de 120 Goudse kazen", "P09710"),
            ("KH-GO-12", 40, None, "De overige 40 kazen", "P09710")]),

dict(v="mechelen_d8b", lang="nl", at="2026-09-30 12:00", subj="Uw bestelling P09711 - loungesets",
     text="""
Beste Tim,

Bedankt voor uw bestelling P09711. Van de 40 loungesets MT-LS-4 kunnen wij er 24 leveren op 16 oktober; de overige 16 sets worden begin november geleverd, omdat de kussenstof pas eind oktober binnenkomt.

Vriendelijke groeten,
Tine Verstraeten
Mechelse Tuinmeubelen BV
""", end="Vriendelijke groeten,", change="quantity", intent="partial_shipment", po=["P09711"],
     commit=("2026-11-01", "worden begin november geleverd"),
     dates=[("2026-10-16", "confirmed_delivery", "op 16 oktober"), ("2026-11-01", "new_eta", "begin november"),
            ("2026-10-31", "other", "eind oktober")],
     lines=[("MT-LS-4", 24, None, "kunnen wij er 24 leveren", "P09711"),
            ("MT-LS-4", 16, "sets", "de overige 16 sets", "P09711")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-10-22 11:20", subj="P09712 regel 2 vervalt",
     text="""
Beste Sandra,

Helaas moeten we de regentonnen VB-RT-200 (regel 2 van P09712) annuleren. Onze leverancier in Polen is failliet en we hebben geen alternatief. Regel 1 en 3 gaan gewoon mee op 5 november zoals bevestigd.

Met vriendelijke groet,
Sanne de Jong
""", end="Met vriendelijke groet,", change="cancel", intent="cancellation", po=["P09712"],
     commit=("2026-11-05", "gaan gewoon mee op 5 november zoals bevestigd"),
     dates=[("2026-11-05", "confirmed_delivery", "op 5 november")]),

dict(v="jansen", c=1, lang="nl", at="2026-11-30 14:45", subj="RE: Annulering P09713",
     text="""
Hoi Laura, P09713 is geannuleerd in ons systeem, annuleringsbevestiging AN-D8B-118 volgt per post. Groet Eva

Van: Laura Jensen <laura.jensen@hhg-retail.com>
Verzonden: maandag 30 november 2026 10:12
Aan: Eva Mulder
Onderwerp: Annulering P09713
Eva, graag P09713 (wandlampen) volledig annuleren. Dank, Laura
""", end="Groet Eva", change="cancel", intent="cancellation", po=["P09713"], vref=["AN-D8B-118"]),

dict(v="gentse", lang="nl", at="2026-12-11 10:00", subj="Annulering bestelling P09714",
     text="""
Geachte heer Brandt,

Door een brand in onze gietafdeling op 3 december zijn wij genoodzaakt uw bestelling P09714 (sierkaarsen GK-SK-20 en GK-SK-25) te annuleren. Wij kunnen de productie dit jaar niet meer opstarten. Reeds betaalde voorschotten worden binnen 14 dagen teruggestort.

Wij betreuren dit ten zeerste.

Hoogachtend,
Koen De Smet
Zaakvoerder
Gentse Kaarsenmakerij BV
""", end="Hoogachtend,", change="cancel", intent="cancellation", po=["P09714"],
     dates=[("2026-12-03", "other", "op 3 december"), ("2026-12-25", "other", "binnen 14 dagen")]),

dict(v="devries", lang="nl", at="2026-09-17 15:00", subj="RE: restant P09715",
     text="""
Hallo Tim,

Het restant van P09715 (300 broodtrommels DV-BT-2) kunnen we niet meer leveren, de fabrikant heeft het model uit het assortiment gehaald. We annuleren dat restant en sturen een creditnota CN-D8B-4410 voor de vooruitbetaling.

Groet,
Mark

Op 10 sep. 2026 om 11:02 schreef Tim Brandt <tim.brandt@hhg-retail.com>:
> Mark, wanneer komt het restant van P09715? Jullie zeiden eerst week 36.
""", end="Groet,", change="cancel", intent="cancellation", po=["P09715"], vref=["CN-D8B-4410"],
     lines=[("DV-BT-2", 300, None, "300 broodtrommels DV-BT-2", "P09715")]),

dict(v="kaashandel", lang="nl", at="2026-10-15 09:00", subj="Prijsaanpassing per 1 november",
     text="""
Geachte relatie,

Door de sterk gestegen melkprijs zien wij ons genoodzaakt onze prijzen per 1 november 2026 te verhogen. Voor u betekent dit:

Artikel                     oud (€/kg)   nieuw (€/kg)
KH-GO-12 Gouda jong          8,90         9,45
KH-GO-24 Gouda belegen      10,20        10,85

Lopende orders worden nog tegen de oude prijs gefactureerd.

Met vriendelijke groet,
Kees Bakker
Directeur
Hollandse Kaashandel B.V.
""", end="Met vriendelijke groet,", change="price", intent="price_change",
     dates=[("2026-11-01", "price_effective", "per 1 november 2026")],
     prices=[dict(product="KH-GO-12", old=8.90, new=9.45, cur="EUR", eff="2026-11-01",
                  quote="KH-GO-12 Gouda jong          8,90         9,45"),
             dict(product="KH-GO-24", old=10.20, new=10.85, cur="EUR", eff="2026-11-01",
                  quote="KH-GO-24 Gouda belegen      10,20        10,85")]),

dict(v="twente", lang="nl", at="2026-11-26 16:00", subj="P09716 prijs",
     text="""
Laura, granulaat weer duurder. Prijs TK-OB-45 op P09716 gaat van € 4,10 naar € 4,45 per stuk. Graag akkoord.
Ruud
""", end="Ruud", change="price", intent="price_change", po=["P09716"],
     prices=[dict(product="TK-OB-45", old=4.10, new=4.45, cur="EUR",
                  quote="van € 4,10 naar € 4,45 per stuk")]),

dict(v="vlaamse", lang="nl", at="2026-12-16 11:00", subj="Nieuwe prijslijst 2027",
     text="""
Beste Sandra,

In bijlage vindt u onze nieuwe prijslijst. Vanaf 1 februari 2027 passen wij al onze prijzen aan met +3,5 % wegens de gestegen katoenprijzen en de loonindexering. Bestellingen die vóór 15 januari geplaatst worden, leveren wij nog aan de huidige prijzen.

Met vriendelijke groeten,
Jeroen Peeters
Vlaamse Textiel NV

--- attachment: Prijslijst_2027_VT.pdf ---
PRIJSLIJST 2027 - geldig vanaf 01/02/2027
Alle prijzen in EUR, excl. btw, franco vanaf € 750
""", end="Met vriendelijke groeten,", change="price", intent="price_change",
     dates=[("2027-02-01", "price_effective", "Vanaf 1 februari 2027"), ("2027-01-15", "other", "vóór 15 januari"),
            ("2027-02-01", "price_effective", "01/02/2027")],
     prices=[dict(product=None, pct=3.5, cur=None, eff="2027-02-01", quote="+3,5 %")]),

dict(v="westland", c=1, lang="nl", at="2026-09-09 10:00", subj="Extra korting P09717",
     text="""
Beste klant,

Als dank voor uw trouw verlenen wij op uw openstaande order P09717 een extra korting van 5% op de factuurwaarde. U hoeft hiervoor niets te doen; de korting wordt op de factuur verrekend.

Met vriendelijke groet,
Orderdesk Westland Bloembollen
""", end="Met vriendelijke groet,", change="price", intent="price_change", po=["P09717"],
     prices=[dict(product=None, pct=-5, cur=None, quote="extra korting van 5%")]),

dict(v="devries", c=1, lang="nl", at="2026-10-16 14:30", subj="Verzonden: order P09718",
     text="""
Beste Mike,

Order P09718 is vandaag volledig verzonden met PostNL, 22 colli. Verwachte levering maandag 19 oktober.
Track & trace hoofdzending: 3SDVH77123400

Met vriendelijke groet,
Femke Smit
""", end="Met vriendelijke groet,", change="shipping", intent="shipping_notice", po=["P09718"],
     commit=("2026-10-19", "Verwachte levering maandag 19 oktober"),
     dates=[("2026-10-16", "ship_date", "vandaag"), ("2026-10-19", "confirmed_delivery", "maandag 19 oktober")],
     track=[("PostNL", "3SDVH77123400", "Track & trace hoofdzending: 3SDVH77123400")]),

dict(v="kempen", lang="nl", at="2026-11-06 15:00", subj="P09719 onderweg",
     text="""
Dag Sandra,

De vrachtwagen met P09719 (12 eiken eettafels KM-ET-200 en 48 stoelen KM-ST-10, alles compleet) is daarnet vertrokken. De chauffeur verwacht maandagvoormiddag bij jullie in Hamburg te zijn. CMR-nummer: BE-KM-77120.

Groeten,
Wouter
""", end="Groeten,", change="shipping", intent="shipping_notice", po=["P09719"],
     commit=("2026-11-09", "verwacht maandagvoormiddag bij jullie"),
     dates=[("2026-11-06", "ship_date", "daarnet vertrokken"), ("2026-11-09", "confirmed_delivery", "maandagvoormiddag")],
     lines=[("KM-ET-200", 12, None, "12 eiken eettafels KM-ET-200", "P09719"),
            ("KM-ST-10", 48, None, "48 stoelen KM-ST-10", "P09719")],
     track=[(None, "BE-KM-77120", "CMR-nummer: BE-KM-77120")]),

dict(v="zeeland", lang="nl", at="2026-12-04 08:15", subj="Restlevering P09720",
     text="""
Goedemorgen Sandra,

De restlevering van P09720, 180 kokosmatten ZT-KM-40, is vanochtend opgehaald door Van der Wal Transport (vrachtbrief VDW-66120). Daarmee is de order compleet. Levering maandag tussen 8 en 12 uur.

Met vriendelijke groet,
Jolanda Verhulst
""", end="Met vriendelijke groet,", change="shipping", intent="shipping_notice", po=["P09720"],
     commit=("2026-12-07", "Levering maandag tussen 8 en 12 uur"),
     dates=[("2026-12-04", "ship_date", "vanochtend"), ("2026-12-07", "confirmed_delivery", "maandag")],
     lines=[("ZT-KM-40", 180, None, "180 kokosmatten ZT-KM-40", "P09720")],
     track=[("Van der Wal Transport", "VDW-66120", "vrachtbrief VDW-66120")]),

dict(v="jansen", lang="nl", at="2026-09-28 10:00", subj="Verzendbevestiging P09721",
     text="""
Goedemorgen Tim,

Bijgaand de verzendbevestiging voor P09721. Alles is compleet uitgeleverd.

Met vriendelijke groet,
Bram Jansen
Elektro Jansen B.V.

--- attachment: Verzendbericht_VZ-D8B-5008.pdf ---
VERZENDBERICHT VZ-D8B-5008
Order klant: P09721
Verzenddatum: 28-09-2026
Vervoerder: DSV Road   Vrachtbrief: 4019-D8B-2287
Verwachte aflevering: 30-09-2026
Art.       Omschrijving             Aantal
EJ-WL-12   Wandlamp zwart             120
EJ-SL-40   Staande lamp eiken          36
""", end="Met vriendelijke groet,", change="shipping", intent="shipping_notice", po=["P09721"],
     vref=["VZ-D8B-5008"], commit=("2026-09-30", "Verwachte aflevering: 30-09-2026"),
     dates=[("2026-09-28", "ship_date", "28-09-2026"), ("2026-09-30", "confirmed_delivery", "30-09-2026")],
     lines=[("EJ-WL-12", 120, None, "EJ-WL-12   Wandlamp zwart             120", "P09721"),
            ("EJ-SL-40", 36, None, "EJ-SL-40   Staande lamp eiken          36", "P09721")],
     track=[("DSV Road", "4019-D8B-2287", "Vrachtbrief: 4019-D8B-2287")]),

dict(v="vanderberg", lang="nl", at="2026-10-27 13:00", subj="vraagje P09722",
     text="""
Hoi Laura,

Voor P09722 (vogelhuisjes VB-VH-10): willen jullie die per 6 of per 12 in een omdoos? En moeten de EAN-stickers op de doos of op het product zelf? Dan kunnen we volgende week inpakken.

Groet,
Pieter
""", end="Groet,", change="none", intent="question", po=["P09722"],
     dates=[("2026-11-02", "other", "volgende week")]),

dict(v="brugse", lang="nl", at="2026-12-08 10:30", subj="Leveradres P09723",
     text="""
Goedemorgen mevrouw Jensen,

Mag ik u vragen of het leveradres voor P09723 ongewijzigd blijft? Wij ontvingen via uw collega een nieuw adres in Bremen, maar op de bestelbon staat nog Hamburg. Graag een korte bevestiging voor wij de zending inplannen.

Met vriendelijke groeten,
Dirk Vanhoutte
Brugse Borstel- en Bezemfabriek NV
""", end="Met vriendelijke groeten,", change="none", intent="question", po=["P09723"]),

dict(v="kaashandel", c=1, lang="nl", at="2026-11-11 16:40", subj="kaas week 51",
     text="""
Hoi Mike, hoeveel kazen willen jullie in week 51? Dan reserveer ik ze alvast. Groetjes Lotte
""", end="Groetjes Lotte", change="none", intent="question",
     dates=[("2026-12-14", "other", "week 51")]),

dict(v="twente", c=1, lang="nl", at="2026-12-18 17:00", subj="Afwezig: P09716 prijs",
     text="""
Bedankt voor uw bericht. Ik ben afwezig van maandag 21 december t/m vrijdag 1 januari en lees mijn e-mail niet. Voor dringende zaken kunt u terecht bij verkoop@twentsekunststof.nl.

Met vriendelijke groet,
Ilse Bosman
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P09716"],
     dates=[("2026-12-21", "other", "maandag 21 december"), ("2027-01-01", "other", "vrijdag 1 januari")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-10-07 09:12", subj="RE: order P09724",
     text="""
Dag Laura, goed ontvangen, wij kijken ernaar en komen er zo snel mogelijk op terug. Groetjes, An

Op di 6 okt. 2026 om 17:55 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Beste An, in bijlage onze order P09724 voor levering in week 44. Kun je die bevestigen?
""", end="Groetjes, An", change="none", intent="other", po=["P09724"]),

dict(v="devries", frm="De Vries Huishoudelijk B.V. <administratie@devries-huishoudelijk-bv.com>",
     lang="nl", at="2026-11-20 10:10", subj="BELANGRIJK: gewijzigde bankgegevens",
     text="""
Geachte klant,

Wegens een interne audit zijn onze bankgegevens per direct gewijzigd. Wij verzoeken u alle openstaande facturen, waaronder die van order P09725, voortaan over te maken naar:

IBAN: LT48 3250 0174 9921 3306
t.n.v. DV Trading UAB

Betalingen naar het oude rekeningnummer worden niet meer verwerkt. Graag ontvangen wij vandaag nog uw bevestiging.

Met vriendelijke groet,
Financiële administratie
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P09725"],
     dates=[("2026-11-20", "other", "vandaag")]),
]
