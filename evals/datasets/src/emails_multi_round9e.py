# ruff: noqa: E501 - email text is data
"""German, Dutch, French and Spanish, round 9e: about fifteen emails in each language from
small firms and large manufacturers (German, Austrian, Swiss, Dutch, Flemish, French, Belgian,
Spanish and Latin American vendors), all eight intents in each language. Short mobile and
WhatsApp-style replies, formal letters, automatic ERP shipping notices with a human line on
top, questions back to the buyer, price-change letters with tables, cancellations of single
positions, partial deliveries with the rest's date, shipping notices with carrier and
tracking, out-of-office and holiday notices whose dates commit to nothing, forwarded
production and carrier messages, an inline reply, multi-order mail, calendar weeks, ranges
and relative dates. Hand-written and hand-labelled by reading each email; no extractor or
classifier produced the labels."""

EMAILS = [
# ----------------------------------------------------------------------------- German
dict(v="d9e_rheinwerk", c=1, lang="de", at="2026-11-17 10:42", subj="Versandavis VA-D9E-558120 / P10400",
     text="""
Hallo Frau Klein,
kurze Info vorab: die Gussfüße für Pos. 2 fehlen noch, Rest kommt KW 50. Details unten aus dem System. R. Becker

*** Automatische Versandavis - bitte nicht antworten ***
Versandavis VA-D9E-558120
Kunde: Hartmann Home & Garden, Hamburg
Ihre Bestellung: P10400
Warenausgang: 17.11.2026
Spediteur: DB Schenker, Sendungsnummer SCH-D9E-4471902
Voraussichtliche Zustellung: 19.11.2026

Pos  Material      Bezeichnung                 Bestellt  Geliefert  offen
1    RW-GT-220     Gartentisch Alu 220 cm          40         40       0
2    RW-GS-05      Gartenstuhl Alu stapelbar      320        200     120
Liefertermin Restmenge Pos. 2: KW 50/2026
Rheinwerk Metallbau AG - Versandabteilung - Diese Nachricht wurde automatisch erstellt.
""", end="Rheinwerk Metallbau AG - Versandabteilung", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P10400"], vref=["VA-D9E-558120"],
     commit=("2026-12-07", "Rest kommt KW 50"),
     dates=[("2026-12-07", "new_eta", ("KW 50", 0)), ("2026-11-17", "ship_date", "Warenausgang: 17.11.2026"),
            ("2026-11-19", "confirmed_delivery", "Voraussichtliche Zustellung: 19.11.2026"),
            ("2026-12-07", "new_eta", "KW 50/2026")],
     lines=[("RW-GT-220", 40, None, "1    RW-GT-220     Gartentisch Alu 220 cm          40         40       0", "P10400"),
            ("RW-GS-05", 200, None, "2    RW-GS-05      Gartenstuhl Alu stapelbar      320        200     120", "P10400")],
     track=[("DB Schenker", "SCH-D9E-4471902", "Sendungsnummer SCH-D9E-4471902")]),

dict(v="mueller", lang="de", at="2026-10-08 18:52", subj="AW: P10401",
     text="""
Hallo Herr Brandt,
bin grad unterwegs, nur kurz: P10401 Heckenscheren schaffen wir nicht mehr bis Montag, Lieferung wird Mittwoch übernächste Woche. Sorry!
JM

Von meinem iPhone gesendet
""", end="JM", change="date", intent="delay", po=["P10401"],
     commit=("2026-10-21", "Lieferung wird Mittwoch übernächste Woche"),
     dates=[("2026-10-12", "other", "bis Montag"), ("2026-10-21", "new_eta", "Mittwoch übernächste Woche")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-10-27 11:05", subj="Preisanpassung zum 01.01.2027",
     text="""
Sehr geehrte Damen und Herren,

die anhaltend hohen Energie- und Edelstahlkosten zwingen uns, unsere Listenpreise zum 01.01.2027 anzupassen. Für Ihre Artikel ergeben sich folgende Änderungen:

Artikel      Bezeichnung                   bisher     neu
SH-TS5       Topfset Edelstahl 5-tlg.      42,50 €    45,90 €
SH-PF28      Pfanne beschichtet 28 cm      18,20 €    19,40 €
SH-BK-2      Brotkasten Bambus             12,75 €    12,75 €

Ihre offene Bestellung P10402 wird selbstverständlich noch zu den bisherigen Preisen berechnet. Aufträge, die nach dem 15.12.2026 bei uns eingehen, werden zu den neuen Preisen bestätigt.

Für Rückfragen steht Ihnen Herr Weber gern zur Verfügung.

Mit freundlichen Grüßen

Sabine Hoffmann
Vertriebsinnendienst
Schwarzwald Haushaltswaren GmbH
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P10402"],
     dates=[("2027-01-01", "price_effective", "zum 01.01.2027"), ("2026-12-15", "other", "nach dem 15.12.2026")],
     prices=[dict(product="SH-TS5", old=42.5, new=45.9, cur="EUR", eff="2027-01-01",
                  quote="SH-TS5       Topfset Edelstahl 5-tlg.      42,50 €    45,90 €"),
             dict(product="SH-PF28", old=18.2, new=19.4, cur="EUR", eff="2027-01-01",
                  quote="SH-PF28      Pfanne beschichtet 28 cm      18,20 €    19,40 €")]),

dict(v="kaiser", c=1, lang="de", at="2026-09-15 14:20", subj="Rückfrage zu P10403 - Farbe anthrazit",
     text="""
Hallo Frau Jensen,

zu Ihrer Bestellung P10403 (LED-Stehleuchten EK-SL-160, 96 Stück): Der Hersteller hat die Farbe "anthrazit" eingestellt. Wir könnten Ihnen stattdessen "graphit" (EK-SL-160G) zum gleichen Preis liefern, der Liefertermin bliebe dann der 02.10. Alternativ warten Sie auf eine Restcharge anthrazit, die frühestens Ende Oktober kommt.

Welche Variante ist Ihnen lieber? Ich bräuchte Ihre Antwort bis Freitag, sonst verfällt unser Slot beim Hersteller.

Viele Grüße
Petra Lange
Elektro Kaiser GmbH
""", end="Viele Grüße", change="none", intent="question", po=["P10403"],
     dates=[("2026-10-02", "other", "der 02.10."), ("2026-10-31", "other", "frühestens Ende Oktober"),
            ("2026-09-18", "other", "bis Freitag")]),

dict(v="alpen", lang="de", at="2026-12-18 16:30", subj="Automatische Antwort: Lebkuchen P10404",
     text="""
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Unser Büro bleibt vom 23.12.2026 bis einschließlich 06.01.2027 geschlossen. Ab Donnerstag, 7. Jänner, sind wir wieder für Sie da. Nachrichten, die bis dahin eingehen, werden in der Reihenfolge des Eingangs bearbeitet.

In dringenden Fällen erreichen Sie unseren Bereitschaftsdienst unter +43 662 874 110.

Frohe Weihnachten und ein gutes neues Jahr!
Alpen Feinkost AG

Am 18.12.2026 um 15:58 schrieb Mike Osei <mike.osei@hhg-retail.com>:
> Hallo Herr Gruber, wann kommen die Lebkuchen aus P10404? Laut AB sollten sie am 16.12. da sein.
""", end="Frohe Weihnachten", change="none", intent="other", po=["P10404"],
     dates=[("2026-12-23", "other", "vom 23.12.2026"), ("2027-01-06", "other", "06.01.2027"),
            ("2027-01-07", "other", "Donnerstag, 7. Jänner")]),

dict(v="ruhrtal", c=2, lang="de", at="2026-11-04 09:14", subj="P10405 - Position 3 entfällt",
     text="""
Guten Morgen Herr Osei,

zu Ihrer Bestellung P10405 müssen wir leider eine Änderung melden: Position 3 (Grillzange RM-GZ-45, 150 Stück) entfällt, der Artikel wird bei uns nicht mehr gefertigt. Die Positionen 1 und 2 liefern wir unverändert zum bestätigten Termin 26.11.2026.

Eine korrigierte Auftragsbestätigung AB-D9E-30417 hängt an.

Mit freundlichen Grüßen
Monika Brandes
Auftragsbearbeitung
Ruhrtal Metallwaren GmbH

--- attachment: AB-D9E-30417.pdf ---
AUFTRAGSBESTÄTIGUNG (KORREKTUR) AB-D9E-30417
Bestellung P10405 vom 12.10.2026
Pos  Artikel      Bezeichnung              Menge  Liefertermin
1    RM-GR-60     Grillrost Edelstahl 60    200    26.11.2026
2    RM-GB-3      Grillbesteck 3-tlg.       300    26.11.2026
3    RM-GZ-45     Grillzange 45 cm            0    entfällt
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10405"], vref=["AB-D9E-30417"],
     commit=("2026-11-26", "liefern wir unverändert zum bestätigten Termin 26.11.2026"),
     dates=[("2026-11-26", "confirmed_delivery", "bestätigten Termin 26.11.2026"),
            ("2026-10-12", "other", "12.10.2026"),
            ("2026-11-26", "confirmed_delivery", ("26.11.2026", 1)),
            ("2026-11-26", "confirmed_delivery", ("26.11.2026", 2))],
     lines=[("RM-GZ-45", 150, "Stück", "Grillzange RM-GZ-45, 150 Stück", "P10405"),
            ("RM-GR-60", 200, None, "1    RM-GR-60     Grillrost Edelstahl 60    200    26.11.2026", "P10405"),
            ("RM-GB-3", 300, None, "2    RM-GB-3      Grillbesteck 3-tlg.       300    26.11.2026", "P10405")]),

dict(v="hansa", c=1, lang="de", at="2026-12-02 15:40", subj="Versandbestätigung P10406",
     text="""
Sehr geehrter Herr Brandt,

Ihre Bestellung P10406 wurde heute vollständig an DHL Freight übergeben (12 Paletten: 1.440 Weingläser HG-WG-350 und 960 Dessertteller HG-DT-19). Die Zustellung ist für Freitag, den 04.12., zwischen 8 und 12 Uhr avisiert.

Sendungsnummer: DHLF-D9E-70022614
Lieferschein: LS-D9E-88310

Mit freundlichen Grüßen
Ole Thomsen
Versand
Hansa Glas & Porzellan GmbH
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P10406"],
     vref=["LS-D9E-88310"], commit=("2026-12-04", "Die Zustellung ist für Freitag, den 04.12."),
     dates=[("2026-12-02", "ship_date", "wurde heute"), ("2026-12-04", "confirmed_delivery", "Freitag, den 04.12.")],
     lines=[("HG-WG-350", 1440, None, "1.440 Weingläser HG-WG-350", "P10406"),
            ("HG-DT-19", 960, None, "960 Dessertteller HG-DT-19", "P10406")],
     track=[("DHL Freight", "DHLF-D9E-70022614", "Sendungsnummer: DHLF-D9E-70022614")]),

dict(v="luzern", c=1, lang="de", at="2026-09-23 10:10", subj="Auftragsbestätigung zu P10407",
     text="""
Grüezi Herr Osei

Besten Dank für Ihre Bestellung P10407 vom 21. September. Gerne bestätigen wir Ihnen die Lieferung aller Positionen in KW 42, Anlieferung frei Lager Hamburg. Die Auftragsbestätigung finden Sie im Anhang.

Freundliche Grüsse
Seraina Caduff
Luzerner Kerzen AG

--- attachment: AB_D9E_2611.pdf ---
Auftragsbestätigung Nr. AB-D9E-2611
Ihre Bestellung P10407
Liefertermin: KW 42
Art.        Bezeichnung                    Menge    CHF/Stk
LK-SK-07    Stumpenkerze weiss 7x15        1'200     2.10
LK-TL-50    Teelichter 50er Pack             600     4.35
""", end="Freundliche Grüsse", change="none", intent="confirmation", po=["P10407"],
     vref=["AB-D9E-2611"], commit=("2026-10-12", "Lieferung aller Positionen in KW 42"),
     dates=[("2026-09-21", "other", "21. September"), ("2026-10-12", "confirmed_delivery", "in KW 42"),
            ("2026-10-12", "confirmed_delivery", "Liefertermin: KW 42")],
     lines=[("LK-SK-07", 1200, None, "LK-SK-07    Stumpenkerze weiss 7x15        1'200     2.10", "P10407"),
            ("LK-TL-50", 600, None, "LK-TL-50    Teelichter 50er Pack             600     4.35", "P10407")]),

dict(v="tirol", lang="de", at="2026-11-26 13:25", subj="P10408 Schneidbretter",
     text="""
Servus Frau Klein,

von P10408 bekommen Sie morgen die ersten 400 Schneidbretter TH-SB-25, die restlichen 250 sind noch in der Trocknung und gehen Mitte Dezember raus, Zustellung dann spätestens 18.12. Die Kochlöffel TH-KL-5 sind komplett dabei (600 Stk).

Lg Andreas Hofer
""", end="Lg Andreas Hofer", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10408"], commit=("2026-12-18", "Zustellung dann spätestens 18.12."),
     dates=[("2026-11-27", "confirmed_delivery", "bekommen Sie morgen"), ("2026-12-15", "ship_date", "Mitte Dezember"),
            ("2026-12-18", "new_eta", "spätestens 18.12.")],
     lines=[("TH-SB-25", 400, None, "die ersten 400 Schneidbretter TH-SB-25", "P10408"),
            ("TH-SB-25", 250, None, "die restlichen 250", "P10408"),
            ("TH-KL-5", 600, "Stk", "komplett dabei (600 Stk)", "P10408")]),

dict(v="bergholz", c=1, lang="de", at="2026-10-29 08:50", subj="AW: P10409 / P10410 Termine",
     text="""
Guten Tag Frau Jensen

Leider muss ich den Termin für P10409 nochmals verschieben. Unser Buchenholz-Lieferant ist im Verzug, die Servierbretter BH-SV-45 können wir frühestens am 20. November statt wie zuletzt bestätigt am 6. November liefern. P10410 (Salatbesteck) ist davon nicht betroffen und bleibt beim 13.11.

Ich entschuldige mich für die erneute Verschiebung.

Freundliche Grüsse
Corinne Meier
Bergholz Holzwaren AG

Am 14.10.2026 um 11:02 schrieb Laura Jensen <laura.jensen@hhg-retail.com>:
> Frau Meier, ist der 6.11. für P10409 sicher? Und P10410 wie geplant am 13.11.?
> Danke, Laura Jensen
""", end="Freundliche Grüsse", change="date", intent="delay", sec=["confirmation"],
     po=["P10409", "P10410"], commit=("2026-11-20", "frühestens am 20. November"),
     dates=[("2026-11-20", "new_eta", "am 20. November"), ("2026-11-06", "other", "am 6. November"),
            ("2026-11-13", "confirmed_delivery", ("13.11.", 0))],
     changes=[("P10409", "delay", "2026-11-20", None, "frühestens am 20. November"),
              ("P10410", "confirmation", "2026-11-13", None, "bleibt beim 13.11.")]),

dict(v="lueneburg", c=1, lang="de", at="2026-12-07 07:41", subj="P10411",
     text="""
moin, P10411 geht klar 👍 120 Plaids LW-PL-130 + 80 Kissenhüllen, kommen Do bei euch an. lg Frauke
""", end="lg Frauke", change="none", intent="confirmation", po=["P10411"],
     commit=("2026-12-10", "kommen Do bei euch an"),
     dates=[("2026-12-10", "confirmed_delivery", "Do")],
     lines=[("LW-PL-130", 120, None, "120 Plaids LW-PL-130", "P10411"),
            ("Kissenhüllen", 80, None, "80 Kissenhüllen", "P10411")]),

dict(v="mueller", c=1, lang="de", at="2026-09-29 15:02", subj="AW: Storno P10412",
     text="""
Sehr geehrte Frau Klein,

wie gewünscht haben wir Ihre Bestellung P10412 (Vertikutierer MG-VT-38, 60 Stück) storniert. Es entstehen Ihnen keine Kosten. Die Stornobestätigung ST-D9E-0093 erhalten Sie separat per Post.

Mit freundlichen Grüßen
Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG

-----Ursprüngliche Nachricht-----
Von: Sandra Klein
Gesendet: Montag, 28. September 2026 17:45
An: Claudia Schmitt
Betreff: Storno P10412

Sehr geehrte Frau Schmitt, bitte stornieren Sie P10412 komplett, der Liefertermin 09.10. ist für uns zu spät. Gruß Sandra Klein
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", po=["P10412"],
     vref=["ST-D9E-0093"],
     lines=[("MG-VT-38", 60, "Stück", "Vertikutierer MG-VT-38, 60 Stück", "P10412")]),

dict(v="d9e_rheinwerk", lang="de", at="2026-12-10 11:30", subj="Ihre Bestellung P10413 - Verschiebung Liefertermin",
     text="""
Sehr geehrte Damen und Herren,

wir beziehen uns auf Ihre Bestellung P10413 über 500 Sonnenschirmständer RW-SS-25 sowie unsere Auftragsbestätigung AB-D9E-77120 vom 02.11.2026 mit Liefertermin KW 51.

Aufgrund eines Ausfalls unserer Pulverbeschichtungsanlage verschiebt sich die Fertigung. Der neue Liefertermin ist KW 3/2027; wir rechnen mit Anlieferung am Dienstag, 19.01.2027. Bitte beachten Sie, dass unser Werk vom 24.12. bis 03.01. Betriebsferien hat.

Wir bedauern die Unannehmlichkeiten und danken für Ihr Verständnis.

Mit freundlichen Grüßen

i. V. Dr. Katrin Vogt
Leiterin Vertrieb Handel
Rheinwerk Metallbau AG
Sitz: Neuwied, HRB 21877
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P10413"], vref=["AB-D9E-77120"],
     commit=("2027-01-19", "Anlieferung am Dienstag, 19.01.2027"),
     dates=[("2026-11-02", "other", "02.11.2026"), ("2026-12-14", "other", "Liefertermin KW 51"),
            ("2027-01-18", "new_eta", "KW 3/2027"), ("2027-01-19", "new_eta", "Dienstag, 19.01.2027"),
            ("2026-12-24", "other", "vom 24.12."), ("2027-01-03", "other", "03.01.")]),

dict(v="steirer", lang="de", at="2026-10-16 12:03", subj="Abwesenheitsnotiz: P10414 Liefertermin",
     text="""
Ich bin von 19.10. bis 30.10. auf Urlaub und ab Montag, 2. November wieder im Büro. Ihre Mail wird nicht weitergeleitet. Bei Fragen zu laufenden Aufträgen wenden Sie sich bitte an Frau Steiner, Tel. +43 3142 22 810.

Wolfgang Pichler

> Hallo Herr Pichler, bitte um Bestätigung des Liefertermins für P10414, lt. AB am 06.11. Danke, Tim Brandt
""", end="Wolfgang Pichler", change="none", intent="other", po=["P10414"],
     dates=[("2026-10-19", "other", "von 19.10."), ("2026-10-30", "other", "30.10."),
            ("2026-11-02", "other", "Montag, 2. November")]),

dict(v="ruhrtal", lang="de", at="2026-11-20 16:12", subj="Stahlzuschlag P10415",
     text="""
Hallo Herr Osei,
kurz zur Info wg. P10415: der Stahlzuschlag steigt ab 01.12. von 0,85 auf 1,10 EUR je Grillrost RM-GR-60. Gilt auch für Ihre offene Bestellung, da sie erst nach dem Stichtag fakturiert wird. Ok so?
Gruß D. Schulte
""", end="Gruß D. Schulte", change="price", intent="price_change", sec=["question"], po=["P10415"],
     dates=[("2026-12-01", "price_effective", "ab 01.12.")],
     prices=[dict(product="RM-GR-60", old=0.85, new=1.1, cur="EUR", eff="2026-12-01",
                  quote="von 0,85 auf 1,10 EUR je Grillrost RM-GR-60")]),

dict(v="schwarzwald", lang="de", at="2026-11-12 09:35", subj="WG: Abholung P10416",
     text="""
Hallo Frau Jensen,

anbei die Bestätigung der Spedition zu P10416, die Ware ist gestern Abend raus. Alles komplett.

Viele Grüße
Markus Weber

---------- Weitergeleitete Nachricht ---------
Von: Dispo Nord <dispo-nord@kuehne-spedition.de>
Datum: Mi., 11. Nov. 2026 um 19:04
Betreff: Abholung Schwarzwald Haushaltswaren / Hartmann Hamburg

Abholung am 11.11. um 18:30 erfolgt, 6 Pal., 2.350 kg. Zustellung Hamburg-Billbrook spätestens Freitag 13.11. bis 12 Uhr.
Kühne Spedition, Frachtbrief-Nr. KN-D9E-3308815
""", end="Viele Grüße", change="shipping", intent="shipping_notice", po=["P10416"],
     commit=("2026-11-13", "Zustellung Hamburg-Billbrook spätestens Freitag 13.11."),
     dates=[("2026-11-11", "ship_date", "gestern Abend"), ("2026-11-11", "ship_date", "am 11.11."),
            ("2026-11-13", "confirmed_delivery", "Freitag 13.11.")],
     track=[("Kühne Spedition", "KN-D9E-3308815", "Frachtbrief-Nr. KN-D9E-3308815")]),
]
