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
# ----------------------------------------------------------------------------- Dutch
dict(v="vanderberg", lang="nl", at="2026-10-06 17:20", subj="P10420",
     text="""
Hoi Laura, P10420 wordt helaas niet donderdag maar volgende week dinsdag. Transporteur heeft geen plek meer. Sorry!
Gr Pieter

Verzonden vanaf mijn iPhone
""", end="Gr Pieter", change="date", intent="delay", po=["P10420"],
     commit=("2026-10-13", "maar volgende week dinsdag"),
     dates=[("2026-10-08", "other", "niet donderdag"), ("2026-10-13", "new_eta", "volgende week dinsdag")]),

dict(v="devries", c=1, lang="nl", at="2026-09-10 10:45", subj="Orderbevestiging OB-D9E-44120 - uw order P10421",
     text="""
Geachte mevrouw Klein,

Hartelijk dank voor uw bestelling P10421. Hierbij bevestigen wij de levering van alle artikelen op woensdag 30 september 2026, franco uw magazijn in Hamburg. De orderbevestiging OB-D9E-44120 vindt u als bijlage.

Met vriendelijke groet,

Femke Smit
Binnendienst
De Vries Huishoudelijk B.V.

--- attachment: OB-D9E-44120.pdf ---
ORDERBEVESTIGING OB-D9E-44120
Uw order: P10421    Orderdatum: 08-09-2026
Leverdatum: 30-09-2026
Art.nr.      Omschrijving                 Aantal   Prijs
DV-VK-20     Vergiet RVS 20 cm              360     4,20
DV-MB-3      Mengkommen set 3-delig         240     9,75
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P10421"],
     vref=["OB-D9E-44120"],
     commit=("2026-09-30", "levering van alle artikelen op woensdag 30 september 2026"),
     dates=[("2026-09-30", "confirmed_delivery", "woensdag 30 september 2026"),
            ("2026-09-08", "other", "08-09-2026"), ("2026-09-30", "confirmed_delivery", "Leverdatum: 30-09-2026")],
     lines=[("DV-VK-20", 360, None, "DV-VK-20     Vergiet RVS 20 cm              360     4,20", "P10421"),
            ("DV-MB-3", 240, None, "DV-MB-3      Mengkommen set 3-delig         240     9,75", "P10421")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-11-24 14:10", subj="Deellevering P10422",
     text="""
Goedemiddag Mike,

Van order P10422 leveren we morgen een deellevering: 180 kisten Goudse kaas jong (KH-GJ-10) van de 240. De laatste 60 kisten hebben nog een week rijping nodig en komen op woensdag 2 december. De belegen kaas (KH-GB-10, 120 kisten) zit er compleet bij.

Groet,
Lotte Visser
Hollandse Kaashandel
""", end="Groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10422"],
     commit=("2026-12-02", "komen op woensdag 2 december"),
     dates=[("2026-11-25", "confirmed_delivery", "leveren we morgen"), ("2026-12-02", "new_eta", "woensdag 2 december")],
     lines=[("KH-GJ-10", 180, "kisten", "180 kisten Goudse kaas jong (KH-GJ-10)", "P10422"),
            ("KH-GJ-10", 60, "kisten", "De laatste 60 kisten", "P10422"),
            ("KH-GB-10", 120, "kisten", "KH-GB-10, 120 kisten", "P10422")]),

dict(v="jansen", lang="nl", at="2026-12-03 16:05", subj="Verzendbevestiging PB-D9E-66018 (P10423)",
     text="""
Hallo Tim, hieronder de verzendbevestiging uit ons systeem, alles is vandaag mee. Bram

==== VERZENDBEVESTIGING ====
Ordernummer klant: P10423
Pakbon: PB-D9E-66018
Verzenddatum: 03-12-2026
Vervoerder: PostNL Pakketten
Track & Trace: 3SPNL-D9E-0445182
Verwachte bezorging: 07-12-2026
Regel  Artikel        Omschrijving              Besteld  Verzonden
1      EJ-WK-17       Waterkoker 1,7 l RVS         96        96
2      EJ-BR-2        Broodrooster 2-sleuf         72        72
Dit bericht is automatisch gegenereerd.
""", end="Dit bericht is automatisch gegenereerd.", change="shipping", intent="shipping_notice",
     po=["P10423"], vref=["PB-D9E-66018"], commit=("2026-12-07", "Verwachte bezorging: 07-12-2026"),
     dates=[("2026-12-03", "ship_date", "alles is vandaag mee"), ("2026-12-03", "ship_date", "Verzenddatum: 03-12-2026"),
            ("2026-12-07", "confirmed_delivery", "Verwachte bezorging: 07-12-2026")],
     lines=[("EJ-WK-17", 96, None, "1      EJ-WK-17       Waterkoker 1,7 l RVS         96        96", "P10423"),
            ("EJ-BR-2", 72, None, "2      EJ-BR-2        Broodrooster 2-sleuf         72        72", "P10423")],
     track=[("PostNL", "3SPNL-D9E-0445182", "Track & Trace: 3SPNL-D9E-0445182")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-10-21 11:20", subj="Bestelling P10424 - lijn 2",
     text="""
Beste Sandra,

Voor bestelling P10424 moeten we jammer genoeg lijn 2 annuleren: de plaid 'Gent' in okergeel (VT-PG-OK, 150 stuks) wordt niet meer geweven, onze garenleverancier is gestopt met die kleur. Lijn 1 (VT-PG-GR, grijs, 200 stuks) blijft staan en wordt zoals afgesproken geleverd in week 45.

Als u een andere kleur wil in de plaats, laat het maar weten, dan maak ik een nieuwe offerte.

Met vriendelijke groeten,
An Claes
Vlaamse Textiel NV
""", end="Met vriendelijke groeten,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10424"], commit=("2026-11-02", "wordt zoals afgesproken geleverd in week 45"),
     dates=[("2026-11-02", "confirmed_delivery", "week 45")],
     lines=[("VT-PG-OK", 150, "stuks", "VT-PG-OK, 150 stuks", "P10424"),
            ("VT-PG-GR", 200, "stuks", "VT-PG-GR, grijs, 200 stuks", "P10424")]),

dict(v="twente", c=1, lang="nl", at="2026-11-02 09:00", subj="Prijsaanpassing per 1 januari 2027",
     text="""
Geachte heer, mevrouw,

Door de sterk gestegen grondstofprijzen voor PP en PE zijn wij genoodzaakt onze prijzen per 1 januari 2027 te verhogen. De nieuwe prijzen voor uw artikelen:

Artikel     Omschrijving               Oud      Nieuw
TK-EM-10    Emmer 10 l                 1,95     2,10
TK-WM-40    Wasmand 40 l               4,60     4,95
TK-OB-5     Opbergbox 5 l              1,40     1,49

Orders die vóór 15 december 2026 bij ons binnen zijn, zoals uw lopende order P10425, leveren wij nog tegen de huidige prijzen.

Met vriendelijke groet,

Ilse Bosman
Verkoop Binnendienst
Twentse Kunststoffen B.V.
""", end="Met vriendelijke groet,", change="price", intent="price_change", po=["P10425"],
     dates=[("2027-01-01", "price_effective", "per 1 januari 2027"), ("2026-12-15", "other", "vóór 15 december 2026")],
     prices=[dict(product="TK-EM-10", old=1.95, new=2.1, cur="EUR", eff="2027-01-01",
                  quote="TK-EM-10    Emmer 10 l                 1,95     2,10"),
             dict(product="TK-WM-40", old=4.6, new=4.95, cur="EUR", eff="2027-01-01",
                  quote="TK-WM-40    Wasmand 40 l               4,60     4,95"),
             dict(product="TK-OB-5", old=1.4, new=1.49, cur="EUR", eff="2027-01-01",
                  quote="TK-OB-5     Opbergbox 5 l              1,40     1,49")]),

dict(v="westland", lang="nl", at="2026-09-17 08:15", subj="Vraagje P10426 etikettering",
     text="""
Goedemorgen Laura,

Vraagje over P10426 (tulpenbollen, 2.400 netjes): moeten de netjes met jullie eigen EAN-stickers of met onze standaard labels? En mogen we op EUR-pallets leveren of willen jullie wegwerppallets? De bollen zijn klaar voor verzending vanaf 5 oktober, dus graag antwoord voor het eind van volgende week.

Groeten,
Gert-Jan Kuipers
""", end="Groeten,", change="none", intent="question", po=["P10426"],
     dates=[("2026-10-05", "other", "vanaf 5 oktober"), ("2026-09-25", "other", "voor het eind van volgende week")]),

dict(v="zeeland", c=1, lang="nl", at="2026-12-11 15:45", subj="Kantoor gesloten tijdens de feestdagen",
     text="""
Beste relatie,

Wegens kerstreces is ons kantoor gesloten van maandag 21 december t/m vrijdag 1 januari. Vanaf maandag 4 januari zijn wij weer bereikbaar. Orders die na 16 december binnenkomen, worden pas in het nieuwe jaar verwerkt.

Fijne feestdagen!
Verkoop
Zeeuwse Touw- en Mattenfabriek B.V.

Op 11 dec. 2026 om 15:30 schreef Tim Brandt <tim.brandt@hhg-retail.com>:
> Beste Jolanda, komen de deurmatten van P10427 nog voor 18-12?
""", end="Fijne feestdagen!", change="none", intent="other", po=["P10427"],
     dates=[("2026-12-21", "other", "maandag 21 december"), ("2027-01-01", "other", "vrijdag 1 januari"),
            ("2027-01-04", "other", "maandag 4 januari"), ("2026-12-16", "other", "na 16 december")]),

dict(v="brugse", lang="nl", at="2026-11-09 13:30", subj="Doorst: RE: order P10428 - bezems BB-BZ-30",
     text="""
Dag Mike,

Ik stuur je het bericht van onze productie door. Kort samengevat: de bezems voor P10428 komen niet op 13 november zoals bevestigd, maar ten vroegste op vrijdag 27 november.

Groetjes,
Dirk Vanhoutte

---------- Doorgestuurd bericht ---------
Van: Productie Brugse Borstel <productie@brugseborstel.be>
Datum: ma 9 nov. 2026 om 11:12
Onderwerp: RE: order P10428 - bezems BB-BZ-30

Dirk, de machine voor de steelbevestiging ligt stil tot minstens donderdag, het onderdeel komt uit Duitsland. We kunnen de bezems pas afwerken in de week van 23 november. Levering dus ten vroegste 27/11.
Jan
""", end="Groetjes,", change="date", intent="delay", po=["P10428"],
     commit=("2026-11-27", "ten vroegste op vrijdag 27 november"),
     dates=[("2026-11-13", "other", "op 13 november"), ("2026-11-27", "new_eta", "vrijdag 27 november"),
            ("2026-11-12", "other", "tot minstens donderdag"), ("2026-11-23", "other", "in de week van 23 november"),
            ("2026-11-27", "new_eta", "27/11")]),

dict(v="kempen", lang="nl", at="2026-10-14 10:05", subj="RE: P10429 vervroegen?",
     text="""
Goeiemorgen Tim,

zie mijn antwoorden tussen je tekst.

> 1. Kunnen de 40 eettafels van P10429 een week vroeger komen, dus op 23/10 in plaats van 30/10?
Ja, dat lukt. We leveren vrijdag 23 oktober, tussen 7u en 11u.
> 2. Zijn de stoelen (KM-ST-08) dan ook mee?
De 160 stoelen komen mee op dezelfde vracht, alles in één keer.
> 3. Blijft de prijs hetzelfde?
Ja, geen meerkost voor de vervroeging.

Met vriendelijke groeten,
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Met vriendelijke groeten,", change="date", intent="confirmation", po=["P10429"],
     commit=("2026-10-23", "We leveren vrijdag 23 oktober"),
     dates=[("2026-10-23", "confirmed_delivery", "vrijdag 23 oktober")],
     lines=[("KM-ST-08", 160, None, "De 160 stoelen", "P10429")]),

dict(v="gentse", c=1, lang="nl", at="2026-12-01 16:40", subj="Update P10430 en P10431",
     text="""
Beste Laura,

Even een update over jullie twee lopende orders:

- P10430 (adventskaarsen rood, 800 st.): vertrekt morgen met Van Moer Logistics, levering donderdag 3 december. Trackingnummer VML-D9E-220418.
- P10431 (stompkaarsen ivoor): de kleurstof is nog niet binnen, deze order schuift op naar week 51. Sorry daarvoor.

Groetjes,
Els Vermeulen
Gentse Kaarsenmakerij
""", end="Groetjes,", change="mixed", intent="delay", sec=["shipping_notice"], po=["P10430", "P10431"],
     commit=("2026-12-03", "levering donderdag 3 december"),
     dates=[("2026-12-02", "ship_date", "vertrekt morgen"), ("2026-12-03", "confirmed_delivery", "donderdag 3 december"),
            ("2026-12-14", "new_eta", "week 51")],
     lines=[("adventskaarsen rood", 800, "st.", "adventskaarsen rood, 800 st.", "P10430")],
     track=[("Van Moer Logistics", "VML-D9E-220418", "Trackingnummer VML-D9E-220418")],
     changes=[("P10430", "shipping_notice", "2026-12-03", 800, "vertrekt morgen met Van Moer Logistics"),
              ("P10431", "delay", "2026-12-14", None, "deze order schuift op naar week 51")]),

dict(v="d9e_brabant", lang="nl", at="2026-10-19 14:00", subj="Gewijzigde orderbevestiging OB-D9E-90314 / P10432",
     text="""
Geachte mevrouw Jensen,

Hierbij ontvangt u de gewijzigde orderbevestiging OB-D9E-90314 voor uw inkooporder P10432. Door een storing in onze lasstraat kunnen regel 1 en 2 niet op de eerder bevestigde datum van 28 oktober worden geleverd. Regel 3 wordt wel op 28 oktober geleverd.

Wij verwachten regel 1 en 2 in week 47 te kunnen leveren, uiterlijk vrijdag 20 november.

Met vriendelijke groet,

H. van Dijk
Order Management
Brabant Metaalwerk B.V.

--- attachment: OB-D9E-90314.pdf ---
GEWIJZIGDE ORDERBEVESTIGING OB-D9E-90314
Inkooporder klant: P10432
Regel  Artikel     Omschrijving             Aantal  Leverdatum
1      BM-TK-60    Tuinkar 60 l               120   20-11-2026
2      BM-KR-80    Kruiwagen 80 l              90   20-11-2026
3      BM-SP-02    Spade gehard               300   28-10-2026
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P10432"], vref=["OB-D9E-90314"],
     commit=("2026-11-20", "uiterlijk vrijdag 20 november"),
     dates=[("2026-10-28", "other", "datum van 28 oktober"), ("2026-10-28", "confirmed_delivery", "wel op 28 oktober"),
            ("2026-11-16", "new_eta", "in week 47"), ("2026-11-20", "new_eta", "uiterlijk vrijdag 20 november"),
            ("2026-11-20", "new_eta", ("20-11-2026", 0)), ("2026-11-20", "new_eta", ("20-11-2026", 1)),
            ("2026-10-28", "confirmed_delivery", "28-10-2026")],
     lines=[("BM-TK-60", 120, None, "1      BM-TK-60    Tuinkar 60 l               120   20-11-2026", "P10432"),
            ("BM-KR-80", 90, None, "2      BM-KR-80    Kruiwagen 80 l              90   20-11-2026", "P10432"),
            ("BM-SP-02", 300, None, "3      BM-SP-02    Spade gehard               300   28-10-2026", "P10432")]),

dict(v="devries", lang="nl", at="2026-11-16 09:12", subj="RE: P10433 klacht deksels",
     text="""
Hoi Sandra, ontvangen, we kijken ernaar en je hoort uiterlijk woensdag van ons over P10433.
Mark
""", end="Mark", change="none", intent="other", po=["P10433"],
     dates=[("2026-11-18", "other", "uiterlijk woensdag")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-12-14 11:30", subj="Energietoeslag 2027",
     text="""
Beste klant,

Vanaf 1 januari rekenen wij een energietoeslag van 3,5% op alle leveringen. Dit geldt ook voor orders die nu al lopen maar pas in januari geleverd worden, zoals uw order P10434.

Met vriendelijke groet,
Sanne de Jong
Van der Berg Tuinartikelen
""", end="Met vriendelijke groet,", change="price", intent="price_change", po=["P10434"],
     dates=[("2027-01-01", "price_effective", "Vanaf 1 januari"), ("2027-01-01", "other", "pas in januari")],
     prices=[dict(pct=3.5, eff="2027-01-01", quote="energietoeslag van 3,5% op alle leveringen")]),

dict(v="zeeland", lang="nl", at="2026-09-24 15:50", subj="Verzonden: P10435 (niet compleet)",
     text="""
Goedemiddag Tim,

Vandaag is order P10435 de deur uit gegaan, maar niet compleet: van de kokosmatten ZT-KM-60 konden we er maar 260 van de 300 maken, de rol kokosgaren was op. De resterende 40 stuks leveren we niet meer na, die worden gecrediteerd. De sisal lopers (ZT-SL-80, 150 stuks) zijn compleet.

Vervoerder: DPD, zendingnummer 0150-D9E-88213-4.
Verwachte levering maandag 28 september.

Groet,
Jolanda
""", end="Groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10435"],
     commit=("2026-09-28", "Verwachte levering maandag 28 september"),
     dates=[("2026-09-24", "ship_date", "Vandaag"), ("2026-09-28", "confirmed_delivery", "maandag 28 september")],
     lines=[("ZT-KM-60", 260, None, "maar 260 van de 300", "P10435"),
            ("ZT-KM-60", 40, "stuks", "De resterende 40 stuks", "P10435"),
            ("ZT-SL-80", 150, "stuks", "ZT-SL-80, 150 stuks", "P10435")],
     track=[("DPD", "0150-D9E-88213-4", "zendingnummer 0150-D9E-88213-4")]),
# ----------------------------------------------------------------------------- French
dict(v="savonnerie", lang="fr", at="2026-10-13 19:05", subj="P10440",
     text="""
Bonsoir Sandra, petit souci sur P10440 : la machine à emballer est en panne, les savons partiront pas jeudi comme prévu mais lundi prochain. Livraison chez vous mercredi 21 du coup. Désolée !
Camille

Envoyé de mon téléphone
""", end="Camille", change="date", intent="delay", po=["P10440"],
     commit=("2026-10-21", "Livraison chez vous mercredi 21"),
     dates=[("2026-10-15", "other", "pas jeudi"), ("2026-10-19", "ship_date", "lundi prochain"),
            ("2026-10-21", "new_eta", "mercredi 21")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-09-09 11:30", subj="ARC-D9E-5120 - votre commande P10441",
     text="""
Madame, Monsieur,

Nous accusons bonne réception de votre commande P10441 et vous en remercions. Vous trouverez ci-joint notre accusé de réception de commande ARC-D9E-5120 : l'ensemble des articles sera livré le mardi 29 septembre 2026.

Nous restons à votre disposition pour toute information complémentaire.

Service ADV
Les Jardins du Val SAS

--- attachment: ARC-D9E-5120.pdf ---
ACCUSÉ DE RÉCEPTION DE COMMANDE ARC-D9E-5120
Votre commande : P10441 du 07/09/2026
Date de livraison confirmée : 29/09/2026
Réf.        Désignation                  Qté    PU HT
JV-AR-10    Arrosoir zinc 10 L           180    11,40
JV-JA-60    Jardinière terre cuite 60    120    16,90
""", end="Service ADV", change="none", intent="confirmation", po=["P10441"], vref=["ARC-D9E-5120"],
     commit=("2026-09-29", "l'ensemble des articles sera livré le mardi 29 septembre 2026"),
     dates=[("2026-09-29", "confirmed_delivery", "le mardi 29 septembre 2026"), ("2026-09-07", "other", "07/09/2026"),
            ("2026-09-29", "confirmed_delivery", "Date de livraison confirmée : 29/09/2026")],
     lines=[("JV-AR-10", 180, None, "JV-AR-10    Arrosoir zinc 10 L           180    11,40", "P10441"),
            ("JV-JA-60", 120, None, "JV-JA-60    Jardinière terre cuite 60    120    16,90", "P10441")]),

dict(v="lemaire", c=1, lang="fr", at="2026-11-18 10:20", subj="Livraison partielle P10442",
     text="""
Bonjour Monsieur Osei,

Pour la commande P10442, nous vous livrons demain une partie seulement : 320 cartons de spéculoos (BL-SP-400) sur les 450 commandés. Les 130 cartons restants seront livrés le jeudi 26 novembre, notre ligne de cuisson tourne à nouveau normalement depuis hier.

Le bon de livraison BL-D9E-7741 suivra par mail.

Bien cordialement,
Sophie Dubois
Biscuiterie Lemaire SA
""", end="Bien cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10442"], vref=["BL-D9E-7741"], commit=("2026-11-26", "seront livrés le jeudi 26 novembre"),
     dates=[("2026-11-19", "confirmed_delivery", "nous vous livrons demain"),
            ("2026-11-26", "new_eta", "le jeudi 26 novembre"), ("2026-11-17", "other", "depuis hier")],
     lines=[("BL-SP-400", 320, "cartons", "320 cartons de spéculoos (BL-SP-400)", "P10442"),
            ("BL-SP-400", 130, "cartons", "Les 130 cartons restants", "P10442")]),

dict(v="lyonnais", lang="fr", at="2026-10-05 14:40", subj="Commande P10443 - ligne 2",
     text="""
Bonjour Laura,

Je reviens vers vous concernant votre commande P10443. Malheureusement, la ligne 2 est annulée : le tissu jacquard des plaids TL-PJ-130 (90 pièces) n'est plus disponible chez notre tisseur et nous n'avons pas d'équivalent. Les lignes 1 et 3 ne changent pas et partent comme prévu le 16 octobre.

Je suis vraiment navrée.

Isabelle Martin
Textiles Lyonnais SA
""", end="Isabelle Martin", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10443"],
     dates=[("2026-10-16", "ship_date", "le 16 octobre")],
     lines=[("TL-PJ-130", 90, "pièces", "plaids TL-PJ-130 (90 pièces)", "P10443")]),

dict(v="vosges", lang="fr", at="2026-11-03 09:30", subj="Nouveaux tarifs au 1er février 2027",
     text="""
Madame, Monsieur,

Le coût du transport routier et du bois de chêne ayant de nouveau fortement augmenté, nous sommes contraints de modifier nos prix à partir du 1er février 2027, selon le tableau ci-dessous :

Référence   Désignation                    Ancien prix   Nouveau prix
BV-BJ-150   Banc de jardin chêne 150 cm     128,00 €      136,50 €
BV-TB-90    Table basse douglas 90 cm        96,00 €      101,80 €

Les commandes confirmées avant cette date, dont votre commande P10444, restent au tarif actuel.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Hélène Mathieu
Ateliers Bois des Vosges SAS
""", end="Veuillez agréer", change="price", intent="price_change", po=["P10444"],
     dates=[("2027-02-01", "price_effective", "à partir du 1er février 2027")],
     prices=[dict(product="BV-BJ-150", old=128.0, new=136.5, cur="EUR", eff="2027-02-01",
                  quote="BV-BJ-150   Banc de jardin chêne 150 cm     128,00 €      136,50 €"),
             dict(product="BV-TB-90", old=96.0, new=101.8, cur="EUR", eff="2027-02-01",
                  quote="BV-TB-90    Table basse douglas 90 cm        96,00 €      101,80 €")]),

dict(v="bretagne", lang="fr", at="2026-12-08 17:10", subj="Avis d'expédition BL-D9E-30551 - P10445",
     text="""
Bonjour Tim, votre commande est partie cet après-midi, complète. Yann

*** AVIS D'EXPÉDITION - message automatique ***
N° commande client : P10445
Bon de livraison : BL-D9E-30551
Date d'expédition : 08/12/2026
Transporteur : Geodis Calberson
N° de suivi : GEO-D9E-5518820
Livraison prévue : 10/12/2026
Réf.         Désignation                  Qté commandée  Qté expédiée
AEB-CH-65W   Chargeur USB-C 65 W               400           400
AEB-CB-2M    Câble USB-C 2 m                   800           800
Merci de ne pas répondre à ce message.
""", end="Merci de ne pas répondre à ce message.", change="shipping", intent="shipping_notice",
     po=["P10445"], vref=["BL-D9E-30551"], commit=("2026-12-10", "Livraison prévue : 10/12/2026"),
     dates=[("2026-12-08", "ship_date", "partie cet après-midi"), ("2026-12-08", "ship_date", "Date d'expédition : 08/12/2026"),
            ("2026-12-10", "confirmed_delivery", "Livraison prévue : 10/12/2026")],
     lines=[("AEB-CH-65W", 400, None, "AEB-CH-65W   Chargeur USB-C 65 W               400           400", "P10445"),
            ("AEB-CB-2M", 800, None, "AEB-CB-2M    Câble USB-C 2 m                   800           800", "P10445")],
     track=[("Geodis Calberson", "GEO-D9E-5518820", "N° de suivi : GEO-D9E-5518820")]),

dict(v="romande", lang="fr", at="2026-09-28 10:15", subj="P10446 - BAT gravure et emballage",
     text="""
Bonjour Monsieur Brandt,

Avant de lancer la gravure des couteaux de votre commande P10446, j'aurais besoin de votre validation du BAT (logo HHG sur la lame, voir maquette jointe). Pouvez-vous également me confirmer si l'emballage doit être bilingue allemand/français ou uniquement en allemand ?

Sans réponse de votre part d'ici jeudi, nous ne pourrons pas tenir l'expédition du 16.10.

Meilleures salutations
Luc Favre
Coutellerie Romande SA
""", end="Meilleures salutations", change="none", intent="question", po=["P10446"],
     dates=[("2026-10-01", "other", "d'ici jeudi"), ("2026-10-16", "other", "l'expédition du 16.10.")]),

dict(v="liege", c=1, lang="fr", at="2026-10-23 12:00", subj="Réponse automatique : P10447 - date de livraison ?",
     text="""
Bonjour,

Je suis absente du lundi 26 octobre au vendredi 6 novembre inclus (congés d'automne). Pendant mon absence, vos messages ne sont pas transférés ; pour toute urgence concernant une commande en cours, merci de contacter Marc Delvaux au +32 4 221 37 60.

Je vous répondrai dès mon retour le lundi 9 novembre.

Aurélie Lambert
Verrerie Liégeoise SRL

-----Message d'origine-----
De : Laura Jensen
Envoyé : vendredi 23 octobre 2026 11:58
À : Aurélie Lambert
Objet : P10447 - date de livraison ?

Bonjour Aurélie, pouvez-vous me confirmer la livraison de P10447 pour le 12/11 ? Merci, Laura
""", end=("Aurélie Lambert\nVerrerie", 0), change="none", intent="other", po=["P10447"],
     dates=[("2026-10-26", "other", "du lundi 26 octobre"), ("2026-11-06", "other", "au vendredi 6 novembre"),
            ("2026-11-09", "other", "le lundi 9 novembre")]),

dict(v="d9e_normandie", frm="François Lecœur <f.lecoeur@faiencerie-normandie.fr>", lang="fr",
     at="2026-11-26 15:20", subj="Commande P10448 - nouveau planning",
     text="""
Madame Klein,

Suite à notre échange téléphonique de ce matin, je vous confirme par écrit le nouveau planning pour votre commande P10448 (assiettes et bols faïence, ARC-D9E-8812) :

- cuisson et émaillage : semaine 50
- expédition depuis Rouen : lundi 14 décembre
- livraison Hambourg : jeudi 17 décembre au plus tard

La date initialement confirmée (semaine 48) ne peut malheureusement pas être tenue en raison d'un défaut d'émail sur le premier lot, que nous avons dû détruire.

Je vous prie d'accepter nos excuses.

Cordialement,
François Lecœur
Directeur commercial
Faïencerie de Normandie SA
""", end="Cordialement,", change="date", intent="delay", po=["P10448"], vref=["ARC-D9E-8812"],
     commit=("2026-12-17", "livraison Hambourg : jeudi 17 décembre au plus tard"),
     dates=[("2026-11-26", "other", "ce matin"), ("2026-12-07", "other", "semaine 50"),
            ("2026-12-14", "ship_date", "lundi 14 décembre"), ("2026-12-17", "new_eta", "jeudi 17 décembre au plus tard"),
            ("2026-11-23", "other", "semaine 48")]),

dict(v="bearn", lang="fr", at="2026-09-18 16:25", subj="P10449 et P10450",
     text="""
Bonjour Sandra,

Bonne nouvelle pour P10449 : les 200 torchons basques TB-TO-50 sont prêts, on les expédie mardi et vous les aurez vendredi 25.

Pour P10450 par contre, j'ai une question : vous aviez commandé les nappes TB-NP-160 en rouge, mais le coloris "piment" a un peu changé cette saison (plus foncé). Je vous envoie une photo, vous me dites si ça vous va ? Sinon on peut partir sur le bleu.

Bises du Béarn et bon week-end,
Maïté
""", end="Bises du Béarn", change="none", intent="question", sec=["confirmation"], po=["P10449", "P10450"],
     commit=("2026-09-25", "vous les aurez vendredi 25"),
     dates=[("2026-09-22", "ship_date", "on les expédie mardi"), ("2026-09-25", "confirmed_delivery", "vendredi 25")],
     lines=[("TB-TO-50", 200, None, "les 200 torchons basques TB-TO-50", "P10449")],
     changes=[("P10449", "confirmation", "2026-09-25", 200, "vous les aurez vendredi 25"),
              ("P10450", "question", None, None, "j'ai une question")]),

dict(v="ardennes", c=1, lang="fr", at="2026-12-04 09:45", subj="RE: annulation P10451",
     text="""
Bonjour Mike,

C'est bien noté, nous annulons la commande P10451 (confitures de fraises, 600 pots) comme demandé hier au téléphone. Les pots déjà étiquetés à votre marque seront détruits, nous ne vous les facturerons pas.

Bonne journée,
Service Commandes
Confitures Ardennaises
""", end="Bonne journée,", change="cancel", intent="cancellation", po=["P10451"],
     dates=[("2026-12-03", "other", "hier")],
     lines=[("confitures de fraises", 600, "pots", "confitures de fraises, 600 pots", "P10451")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-10-30 11:00", subj="P10452 - prix savons 300 g",
     text="""
Bonjour Laura,

Le prix de l'huile d'olive a explosé cet automne. Pour votre commande P10452 (savons de Marseille 300 g, 2 000 pièces), nous sommes obligés de passer de 2,35 € à 2,60 € la pièce. Je sais que ce n'est pas agréable ; si cela ne vous convient pas, nous pouvons aussi réduire le format à 250 g au prix initial. Que préférez-vous ?

Bien à vous,
Julien Fabre
""", end="Bien à vous,", change="price", intent="price_change", sec=["question"], po=["P10452"],
     prices=[dict(product="savons de Marseille 300 g", old=2.35, new=2.6, cur="EUR",
                  quote="passer de 2,35 € à 2,60 € la pièce")]),

dict(v="jardinsduval", lang="fr", at="2026-11-05 14:50", subj="Expédition P10453 incomplète",
     text="""
Bonjour Tim,

La commande P10453 est partie ce matin avec DB Schenker (n° de suivi SCH-D9E-7730154), mais elle est incomplète : les 150 arrosoirs JV-AR-10 sont bien dedans, en revanche les 80 jardinières JV-JA-60 sont en rupture chez notre fabricant. Je n'ai pas encore de date de réassort, je reviens vers vous dès que j'en sais plus.

Cordialement,
Nathalie Moreau
""", end="Cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10453"],
     dates=[("2026-11-05", "ship_date", "partie ce matin")],
     lines=[("JV-AR-10", 150, None, "les 150 arrosoirs JV-AR-10", "P10453"),
            ("JV-JA-60", 80, None, "les 80 jardinières JV-JA-60", "P10453")],
     track=[("DB Schenker", "SCH-D9E-7730154", "n° de suivi SCH-D9E-7730154")]),

dict(v="bretagne", c=1, lang="fr", at="2026-10-26 10:30", subj="RE: P10454 nouvelle date",
     text="""
Bonjour Monsieur Brandt,

Comme convenu avec vous vendredi, je vous confirme la nouvelle date de livraison de la commande P10454 : semaine 46, au plus tard le mercredi 11 novembre. Le reste de la commande ne change pas.

Cordialement,
Morgane Tanguy
Accessoires Électroniques Bretagne

Le ven. 23 oct. 2026 à 15:12, Tim Brandt <tim.brandt@hhg-retail.com> a écrit :
> Bonjour Morgane, OK pour décaler P10454 à la semaine 46 au lieu de la semaine 44, mais pas plus tard que le 11/11.
""", end="Cordialement,", change="date", intent="confirmation", po=["P10454"],
     commit=("2026-11-11", "au plus tard le mercredi 11 novembre"),
     dates=[("2026-10-23", "other", "avec vous vendredi"), ("2026-11-09", "confirmed_delivery", ("semaine 46", 0)),
            ("2026-11-11", "confirmed_delivery", "le mercredi 11 novembre")]),

dict(v="lemaire", lang="fr", at="2026-11-10 08:40", subj="P10455 gaufres - mise à jour",
     text="""
Bonjour Sandra,

Petite mise à jour sur P10455 (gaufres au sucre) : on ne sera pas prêts pour fin novembre comme annoncé. Nouvelle estimation : livraison entre le 7 et le 9 décembre, je vous confirme le jour exact la semaine prochaine.

Olivier
""", end="Olivier", change="date", intent="delay", po=["P10455"],
     commit=("2026-12-09", "livraison entre le 7 et le 9 décembre"),
     dates=[("2026-11-30", "other", "fin novembre"), ("2026-12-07", "range_start", "entre le 7"),
            ("2026-12-09", "range_end", "9 décembre"), ("2026-11-16", "other", "la semaine prochaine")]),
# ----------------------------------------------------------------------------- Spanish
dict(v="aceites", c=1, lang="es", at="2026-10-20 13:15", subj="P10460",
     text="""
Hola Mike!! lo del P10460 se retrasa un poco, la embotelladora está parada. En vez del viernes os llega el miércoles que viene, 28. Perdona las molestias
Javi
""", end="Javi", change="date", intent="delay", po=["P10460"],
     commit=("2026-10-28", "os llega el miércoles que viene, 28"),
     dates=[("2026-10-23", "other", "del viernes"), ("2026-10-28", "new_eta", "el miércoles que viene, 28")]),

dict(v="levante", lang="es", at="2026-09-14 12:20", subj="Confirmación de pedido CP-D9E-2207 / P10461",
     text="""
Estimada Sra. Klein:

Le agradecemos su pedido P10461. Adjunto le remitimos la confirmación de pedido CP-D9E-2207. Confirmamos la entrega completa para el jueves 1 de octubre de 2026 en su almacén de Hamburgo.

Atentamente,

Lucía Martínez
Dpto. Exportación
Textil Levante S.A.

--- attachment: CP-D9E-2207.pdf ---
CONFIRMACIÓN DE PEDIDO CP-D9E-2207
Su pedido: P10461      Fecha pedido: 11/09/2026
Fecha de entrega: 01/10/2026
Ref.        Descripción                   Cant.   Precio
TL-TB-70    Toalla baño 70x140 blanca      600    6,80
TL-TM-50    Toalla mano 50x100 blanca      900    3,40
""", end="Atentamente,", change="none", intent="confirmation", po=["P10461"], vref=["CP-D9E-2207"],
     commit=("2026-10-01", "Confirmamos la entrega completa para el jueves 1 de octubre de 2026"),
     dates=[("2026-10-01", "confirmed_delivery", "el jueves 1 de octubre de 2026"), ("2026-09-11", "other", "11/09/2026"),
            ("2026-10-01", "confirmed_delivery", "Fecha de entrega: 01/10/2026")],
     lines=[("TL-TB-70", 600, None, "TL-TB-70    Toalla baño 70x140 blanca      600    6,80", "P10461"),
            ("TL-TM-50", 900, None, "TL-TM-50    Toalla mano 50x100 blanca      900    3,40", "P10461")]),

dict(v="iberica", c=1, lang="es", at="2026-11-11 10:30", subj="Entrega parcial P10462",
     text="""
Buenos días Laura,

Te informamos que hoy sale una entrega parcial del pedido P10462: 350 macetas JI-MC-30 de las 500 pedidas. Las 150 restantes las enviamos la semana 48 y os llegarán como muy tarde el viernes 27 de noviembre.

El transportista es SEUR, número de envío SEUR-D9E-64410285.

Un saludo,
Marta Gil
Jardinería Ibérica
""", end="Un saludo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10462"],
     commit=("2026-11-27", "os llegarán como muy tarde el viernes 27 de noviembre"),
     dates=[("2026-11-11", "ship_date", "hoy sale"), ("2026-11-23", "ship_date", "la semana 48"),
            ("2026-11-27", "new_eta", "el viernes 27 de noviembre")],
     lines=[("JI-MC-30", 350, None, "350 macetas JI-MC-30", "P10462"),
            ("JI-MC-30", 150, None, "Las 150 restantes", "P10462")],
     track=[("SEUR", "SEUR-D9E-64410285", "número de envío SEUR-D9E-64410285")]),

dict(v="galicia", c=1, lang="es", at="2026-10-01 16:00", subj="Pedido P10463 - anulación línea 2",
     text="""
Estimado Sr. Brandt:

En relación con su pedido P10463, lamentamos comunicarle que la línea 2 (mejillones en escabeche GC-ME-120, 480 latas) queda anulada: la veda decretada por la Xunta nos impide disponer de materia prima hasta nuevo aviso. Las líneas 1 y 3 se entregarán en la fecha confirmada, el 15 de octubre.

Sentimos las molestias.

Atentamente,
Beatriz Castro
Conservas Galicia S.A.
""", end="Atentamente,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10463"],
     commit=("2026-10-15", "se entregarán en la fecha confirmada, el 15 de octubre"),
     dates=[("2026-10-15", "confirmed_delivery", "el 15 de octubre")],
     lines=[("GC-ME-120", 480, "latas", "GC-ME-120, 480 latas", "P10463")]),

dict(v="valencia", c=1, lang="es", at="2026-12-01 12:00", subj="Actualización de tarifas 2027",
     text="""
Estimados clientes:

Debido al incremento del precio del gas, nos vemos obligados a actualizar nuestras tarifas a partir del 1 de enero de 2027:

Referencia   Descripción                  Precio actual   Precio nuevo
CV-PL-24     Plato llano 24 cm                2,90 €          3,15 €
CV-TZ-35     Taza 350 ml                      1,85 €          1,99 €
CV-FR-20     Fuente rectangular 20 cm         7,40 €          7,95 €

Los pedidos en curso, como su pedido P10464, se facturarán todavía con los precios actuales si se entregan antes del 31 de diciembre.

Reciban un cordial saludo,
Amparo Soler
Cerámica Valenciana S.L.
""", end="Reciban un cordial saludo,", change="price", intent="price_change", po=["P10464"],
     dates=[("2027-01-01", "price_effective", "a partir del 1 de enero de 2027"),
            ("2026-12-31", "other", "antes del 31 de diciembre")],
     prices=[dict(product="CV-PL-24", old=2.9, new=3.15, cur="EUR", eff="2027-01-01",
                  quote="CV-PL-24     Plato llano 24 cm                2,90 €          3,15 €"),
             dict(product="CV-TZ-35", old=1.85, new=1.99, cur="EUR", eff="2027-01-01",
                  quote="CV-TZ-35     Taza 350 ml                      1,85 €          1,99 €"),
             dict(product="CV-FR-20", old=7.4, new=7.95, cur="EUR", eff="2027-01-01",
                  quote="CV-FR-20     Fuente rectangular 20 cm         7,40 €          7,95 €")]),

dict(v="forja_toledo", c=1, lang="es", at="2026-11-30 17:40", subj="Expedición pedido P10465",
     text="""
Buenas tardes,

Les comunicamos que su pedido P10465 ha sido expedido hoy completo con TIPSA. Número de seguimiento: TIP-D9E-0998771. Entrega prevista en 3 días hábiles, es decir, el jueves 3 de diciembre.

Albarán AL-D9E-5520 adjunto.

Atentamente,
Administración
Forja Toledana S.L.
""", end="Atentamente,", change="shipping", intent="shipping_notice", po=["P10465"], vref=["AL-D9E-5520"],
     commit=("2026-12-03", "Entrega prevista en 3 días hábiles, es decir, el jueves 3 de diciembre"),
     dates=[("2026-11-30", "ship_date", "expedido hoy"), ("2026-12-03", "confirmed_delivery", "en 3 días hábiles"),
            ("2026-12-03", "confirmed_delivery", "el jueves 3 de diciembre")],
     track=[("TIPSA", "TIP-D9E-0998771", "Número de seguimiento: TIP-D9E-0998771")]),

dict(v="alicante", lang="es", at="2026-09-21 09:50", subj="Consulta etiquetas P10466",
     text="""
Hola Tim,

Una consulta sobre el pedido P10466: los columpios JA-CL-02 llevan una etiqueta de advertencia que por normativa tiene que ir en alemán. ¿Nos podéis mandar vosotros el texto traducido o lo encargamos nosotros? Si lo hacemos nosotros, serían 0,12 € más por unidad.

Necesitaríamos saberlo antes del miércoles 30 para no retrasar la producción.

Gracias!
Nuria Pastor
""", end="Gracias!", change="none", intent="question", po=["P10466"],
     dates=[("2026-09-30", "other", "antes del miércoles 30")]),

dict(v="cesteria_rioja", c=1, lang="es", at="2026-12-16 13:00", subj="RE: P10467 antes de Navidad",
     text="""
Buenas,

Os informamos de que el almacén estará cerrado por vacaciones de Navidad del 24 de diciembre al 6 de enero, ambos incluidos. Los pedidos recibidos a partir del 18 de diciembre se prepararán a la vuelta, a partir del jueves 7 de enero.

Felices fiestas,
Almacén
Cestería Riojana

El 16/12/2026, a las 10:14, Sandra Klein escribió:
> ¿Podéis enviar todavía el pedido P10467 antes de Navidad?
""", end="Felices fiestas,", change="none", intent="other", po=["P10467"],
     dates=[("2026-12-24", "other", "del 24 de diciembre"), ("2027-01-06", "other", "al 6 de enero"),
            ("2026-12-18", "other", "a partir del 18 de diciembre"), ("2027-01-07", "other", "el jueves 7 de enero")]),

dict(v="plasticos", lang="es", at="2026-10-07 18:30", subj="Retraso pedido P10468",
     text="""
Buenas tardes Sr. Osei,

Le escribo para avisarle que el pedido P10468 (cubetas PN-CB-20) no va a poder salir de Monterrey el 12/10 como le habíamos confirmado. Tuvimos una falla en la inyectora grande y perdimos casi una semana. La nueva fecha de embarque es el 26/10 y la llegada estimada a Hamburgo, vía Veracruz, es el 23/11.

Quedo al pendiente de cualquier duda.

Saludos cordiales,
Rodrigo Garza
Plásticos del Norte
""", end="Saludos cordiales,", change="date", intent="delay", po=["P10468"],
     commit=("2026-11-23", "la llegada estimada a Hamburgo, vía Veracruz, es el 23/11"),
     dates=[("2026-10-12", "other", "el 12/10"), ("2026-10-26", "ship_date", "el 26/10"),
            ("2026-11-23", "new_eta", "el 23/11")]),

dict(v="hamacas_sj", lang="es", at="2026-11-02 09:10", subj="pedido P10469",
     text="""
Buen dia Sandra, como esta?

Le cuento que del pedido P10469 ya despachamos 220 hamacas HS-HM-01 por DHL Express, guia DHL-D9E-4419283307. Las otras 80 hamacas estan en el telar todavia, calculamos despacharlas a mediados de noviembre y que le lleguen finales de noviembre mas o menos.

Cualquier cosa me avisa.
Luis Carlos
""", end="Luis Carlos", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10469"],
     commit=("2026-11-30", "que le lleguen finales de noviembre"),
     dates=[("2026-11-15", "ship_date", "a mediados de noviembre"), ("2026-11-30", "new_eta", "finales de noviembre")],
     lines=[("HS-HM-01", 220, None, "220 hamacas HS-HM-01", "P10469"),
            ("HS-HM-01", 80, None, "Las otras 80 hamacas", "P10469")],
     track=[("DHL Express", "DHL-D9E-4419283307", "guia DHL-D9E-4419283307")]),

dict(v="tlaquepaque", lang="es", at="2026-09-25 11:45", subj="Sus pedidos P10470 y P10471",
     text="""
Estimada Laura:

Respecto a sus dos pedidos:

1) P10470 – jarrones de vidrio soplado: confirmados los 180 que pidió, salen de Guadalajara el 5 de octubre y llegan a Hamburgo la semana 45.

2) P10471 – lámparas de hojalata: lamentablemente tenemos que cancelar este pedido, el artesano que las hacía se retiró y no encontramos quien las haga con la misma calidad. Le devolvemos el anticipo esta semana.

Disculpe los inconvenientes.

Saludos,
Alejandra Ruiz
Artesanías Tlaquepaque
""", end="Saludos,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10470", "P10471"],
     commit=("2026-11-02", "llegan a Hamburgo la semana 45"),
     dates=[("2026-10-05", "ship_date", "el 5 de octubre"), ("2026-11-02", "confirmed_delivery", "la semana 45"),
            ("2026-09-21", "other", "esta semana")],
     lines=[("jarrones de vidrio soplado", 180, None, "confirmados los 180", "P10470")],
     changes=[("P10470", "confirmation", "2026-11-02", 180, "confirmados los 180 que pidió"),
              ("P10471", "cancellation", None, None, "tenemos que cancelar este pedido")]),

dict(v="d9e_murcia", lang="es", at="2026-10-15 07:55", subj="Aviso de expedición AE-D9E-10872 - P10472",
     text="""
Buenos días Tim, te paso el aviso de expedición, camión cargado esta mañana. Saludos, Paco

AVISO DE EXPEDICIÓN AE-D9E-10872 (generado automáticamente)
Pedido cliente: P10472
Fecha de carga: 15/10/2026
Transportista: Transportes Fuentes Hnos.
CMR: CMR-D9E-558201
Fecha estimada de entrega: 19/10/2026
Línea  Artículo      Descripción                   Cajas
1      CM-AL-400     Alcachofas corazones 400 g    1.200
2      CM-PI-290     Pimiento del piquillo 290 g     800
Este mensaje ha sido generado automáticamente.
""", end="Este mensaje ha sido generado automáticamente.", change="shipping", intent="shipping_notice",
     po=["P10472"], vref=["AE-D9E-10872"], commit=("2026-10-19", "Fecha estimada de entrega: 19/10/2026"),
     dates=[("2026-10-15", "ship_date", "cargado esta mañana"), ("2026-10-15", "ship_date", "Fecha de carga: 15/10/2026"),
            ("2026-10-19", "confirmed_delivery", "Fecha estimada de entrega: 19/10/2026")],
     lines=[("CM-AL-400", 1200, "Cajas", "1      CM-AL-400     Alcachofas corazones 400 g    1.200", "P10472"),
            ("CM-PI-290", 800, "Cajas", "2      CM-PI-290     Pimiento del piquillo 290 g     800", "P10472")],
     track=[("Transportes Fuentes Hnos.", "CMR-D9E-558201", "CMR: CMR-D9E-558201")]),

dict(v="pampa", c=1, lang="es", at="2026-11-13 15:30", subj="P10473 precio cinturones",
     text="""
Hola Sandra, que tal?

Te escribo porque con la devaluacion y el aumento del cuero curtido no podemos sostener el precio del cinturon CP-CT-35 que cotizamos en su momento. Para el pedido P10473 necesitariamos pasar de USD 14,50 a USD 16,20 por unidad (+11,7%). Los demas articulos del pedido quedan igual.

Avisame si estas de acuerdo asi arrancamos el corte el lunes.

Abrazo,
Julieta
""", end="Abrazo,", change="price", intent="price_change", sec=["question"], po=["P10473"],
     dates=[("2026-11-16", "other", "el lunes")],
     prices=[dict(product="CP-CT-35", old=14.5, new=16.2, pct=11.7, cur="USD",
                  quote="pasar de USD 14,50 a USD 16,20 por unidad (+11,7%)")]),

dict(v="maule", lang="es", at="2026-10-09 12:10", subj="RE: P10474",
     text="""
Hola Tim, confirmado P10474: 150 canastos CM-CN-40 y 90 paneras CM-PN-25, tal cual el pedido. Zarpan en el MSC Antonia el 24 de octubre, ETA Hamburgo 28 de noviembre.
Saludos, Catalina
""", end="Saludos, Catalina", change="none", intent="confirmation", po=["P10474"],
     commit=("2026-11-28", "ETA Hamburgo 28 de noviembre"),
     dates=[("2026-10-24", "ship_date", "el 24 de octubre"), ("2026-11-28", "confirmed_delivery", "ETA Hamburgo 28 de noviembre")],
     lines=[("CM-CN-40", 150, None, "150 canastos CM-CN-40", "P10474"),
            ("CM-PN-25", 90, None, "90 paneras CM-PN-25", "P10474")]),

dict(v="levante", c=1, lang="es", at="2026-11-23 10:00", subj="Factura FV-D9E-26/1184 - pedido P10475",
     text="""
Buenos días,

Adjuntamos la factura FV-D9E-26/1184 correspondiente al pedido P10475, entregado el pasado jueves 19 de noviembre. Vencimiento: 23/12/2026.

Un saludo,
Pablo Sanchis
Administración - Textil Levante S.A.
""", end="Un saludo,", change="none", intent="other", po=["P10475"], vref=["FV-D9E-26/1184"],
     dates=[("2026-11-19", "other", "el pasado jueves 19 de noviembre"), ("2026-12-23", "other", "Vencimiento: 23/12/2026")]),

dict(v="aceites", lang="es", at="2026-11-19 11:20", subj="RE: P10476 / P10477 fechas",
     text="""
Estimado Sr. Osei:

Lamentamos informarle de que el pedido P10476 (aceite de oliva virgen extra 5 L, AS-AO-5) no podrá entregarse a finales de noviembre como estaba previsto. La cosecha de este año viene con retraso y la almazara no empezará a envasar hasta la semana que viene. Calculamos la entrega para principios de diciembre, concretamente el miércoles 9 de diciembre.

El pedido P10477 de aceite en botella de 750 ml no se ve afectado.

Atentamente,
Carmen López
Aceites del Sur S.L.

El 12/11/2026, a las 9:03, Mike Osei escribió:
> Carmen, ¿seguimos con el 30/11 para P10476 y el 4/12 para P10477?
""", end="Atentamente,", change="date", intent="delay", sec=["confirmation"], po=["P10476", "P10477"],
     commit=("2026-12-09", "concretamente el miércoles 9 de diciembre"),
     dates=[("2026-11-30", "other", "a finales de noviembre"), ("2026-11-23", "other", "la semana que viene"),
            ("2026-12-01", "new_eta", "principios de diciembre"), ("2026-12-09", "new_eta", "el miércoles 9 de diciembre")],
     changes=[("P10476", "delay", "2026-12-09", None, "concretamente el miércoles 9 de diciembre"),
              ("P10477", "confirmation", None, None, "no se ve afectado")]),
# ----------------------------------------------------------------------------- more French and Dutch
dict(v="liege", lang="fr", at="2026-11-20 11:10", subj="TR: Chargement P10478",
     text="""
Bonjour Laura,

Je vous transfère la confirmation de notre transporteur pour la commande P10478 : les 24 palettes de verres (VL-VE-33 et VL-CA-25) ont été chargées ce matin à Liège, commande complète.

Bien à vous,
Marc Delvaux
Verrerie Liégeoise SRL

---------- Message transféré ---------
De : Planning H.Essers <planning@essers-transport.be>
Date : ven. 20 nov. 2026 à 09:41
Objet : Chargement Verrerie Liégeoise -> Hartmann Hamburg

Bonjour Monsieur Delvaux,
Chargement effectué le 20/11 à 8h15, 24 palettes. Livraison prévue à Hambourg lundi 23/11 entre 6h et 10h.
Lettre de voiture CMR n° ESS-D9E-20117734.
Cordialement, Planning H.Essers
""", end="Bien à vous,", change="shipping", intent="shipping_notice", po=["P10478"],
     commit=("2026-11-23", "Livraison prévue à Hambourg lundi 23/11"),
     dates=[("2026-11-20", "ship_date", "chargées ce matin"), ("2026-11-20", "ship_date", "le 20/11"),
            ("2026-11-23", "confirmed_delivery", "lundi 23/11")],
     track=[("H.Essers", "ESS-D9E-20117734", "CMR n° ESS-D9E-20117734")]),

dict(v="d9e_normandie", c=1, lang="fr", at="2026-09-04 10:00", subj="Ambiente 2027 et nouvel interlocuteur",
     text="""
Chère cliente, cher client,

Nous aurons le plaisir de vous accueillir sur notre stand (hall 3.1, B42) au salon Ambiente à Francfort du 12 au 16 février 2027. Nous y présenterons notre nouvelle collection « Côte d'Albâtre ».

Par ailleurs, à compter du lundi 14 septembre, votre interlocuteur commercial sera M. François Lecœur, qui remplace Mme Duval partie en retraite. Vos commandes en cours, dont P10479, ne sont pas concernées et seront livrées aux dates confirmées.

Au plaisir de vous rencontrer à Francfort,
Service Clients
Faïencerie de Normandie SA
""", end="Au plaisir de vous rencontrer", change="none", intent="other", po=["P10479"],
     dates=[("2027-02-12", "other", "du 12"), ("2027-02-16", "other", "16 février 2027"),
            ("2026-09-14", "other", "lundi 14 septembre")]),

dict(v="kaashandel", lang="nl", at="2026-10-29 09:30", subj="Vraag leverdag P10480",
     text="""
Goedemorgen Mike,

Voor P10480 (Leerdammer-stijl plakken, 300 dozen) hebben we een vraag: jullie bestelling staat op levering dinsdag 10 november, maar dat is bij ons een productiestop wegens onderhoud. Kunnen we ook op maandag 9 november leveren, een dag eerder dus? Of liever donderdag 12 november? Laat even weten wat jullie magazijn het beste uitkomt.

Met vriendelijke groet,
Kees Bakker
Hollandse Kaashandel B.V.
""", end="Met vriendelijke groet,", change="none", intent="question", po=["P10480"],
     dates=[("2026-11-10", "other", "dinsdag 10 november"), ("2026-11-09", "other", "maandag 9 november"),
            ("2026-11-12", "other", "donderdag 12 november")]),
]
