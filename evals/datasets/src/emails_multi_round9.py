# ruff: noqa: E501 - email text is data
"""German, Dutch, French and Spanish, round 9: sixteen supplier emails in each language
(seventeen in Dutch): German with Austrian, Swiss and a Polish vendor writing imperfect German,
Dutch with Flemish vendors, French with Belgian, Swiss and Québec ones, Spanish with Mexican,
Colombian, Chilean, Argentine and Peruvian ones; all eight intents in each language. The last
five are harder extras: an inline reply about two orders, a long rambling letter, an
acknowledgement whose confirmed column differs from the requested one, a non-native German
delay and a Flemish out-of-office reply.

Calendar weeks (KW, week, semaine, semana, S41), month parts ('Anfang nächster Woche', 'fin de
mois', 'a mediados de diciembre', 'eind volgende week'), day-first numeric dates next to
Québec month-first ones, formal and familiar registers, quoted history in the same language
with the buyer's earlier date, order acknowledgements (Auftragsbestätigung, orderbevestiging,
accusé de réception, confirmación de pedido) and delivery notes with tables of lines,
forwarded supplier and forwarder messages, several orders in one email, delays that quote the
original date and a bank-detail phishing mail. Hand-written and hand-labelled by reading each
email; no extractor or classifier produced the labels."""

EMAILS = [
# ----------------------------------------------------------------------------- German
dict(v="d9c_bremen", lang="de", at="2026-11-18 10:20", subj="AW: P10200 Liefertermin KW 48",
     text="""
Sehr geehrte Frau Jensen,

bezugnehmend auf Ihre Bestellung P10200 (Glühweingewürz-Beutel BG-GW-25 und Zimtstangen BG-ZS-100) müssen wir Ihnen leider mitteilen, dass der in unserer Auftragsbestätigung AB-D9C-40117 genannte Liefertermin KW 48 nicht zu halten ist. Die Zimtladung aus Sri Lanka ist erst gestern in Bremerhaven gelöscht worden, die Verzollung dauert erfahrungsgemäß drei bis vier Werktage.

Wir planen die Anlieferung in Hamburg nun in KW 50, spätestens Freitag, 11.12.2026. Die Glühweingewürz-Beutel könnten wir auf Wunsch auch vorab schicken.

Wir bitten vielmals um Entschuldigung.

Mit freundlichen Grüßen

Henning Rohlfs
Bremer Gewürzkontor GmbH
Am Speicher 4, 28217 Bremen

Am 02.11.2026 um 09:14 schrieb Laura Jensen <laura.jensen@hhg-retail.com>:
> Sehr geehrter Herr Rohlfs,
> bitte halten Sie unbedingt KW 48 ein, die Ware geht am 30.11. in unsere Weihnachtsaktion.
> Viele Grüße, Laura Jensen
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P10200"],
     vref=["AB-D9C-40117"], commit=("2026-12-11", "spätestens Freitag, 11.12.2026"),
     dates=[("2026-11-23", "other", "Liefertermin KW 48 nicht"), ("2026-11-17", "other", "erst gestern"),
            ("2026-12-07", "new_eta", "in KW 50"), ("2026-12-11", "new_eta", "Freitag, 11.12.2026")]),

dict(v="kaiser", lang="de", at="2026-09-14 08:05", subj="Auftragsbestätigung AB-D9C-7702 zu P10201",
     text="""
Sehr geehrter Herr Osei,

vielen Dank für Ihre Bestellung P10201 vom 10.09.2026. Anbei erhalten Sie unsere Auftragsbestätigung AB-D9C-7702. Alle Positionen liefern wir termingerecht in KW 40 an Ihr Zentrallager.

Mit freundlichen Grüßen
Stefan Kaiser
Elektro Kaiser GmbH

--- attachment: AB-D9C-7702.pdf ---
AUFTRAGSBESTÄTIGUNG AB-D9C-7702
Datum: 14.09.2026
Kunde: Hartmann Home & Garden, Hamburg - Ihre Bestellung P10201
Pos  Artikel     Bezeichnung                   Menge  Einzelpreis  Liefertermin
10   EK-LK-200   LED-Lichterkette 200 warmw.     600   8,95 EUR     KW 40/2026
20   EK-ST-05    Steckdosenleiste 5-fach         360   6,20 EUR     KW 40/2026
30   EK-ZS-01    Zeitschaltuhr digital           240   4,75 EUR     KW 40/2026
Lieferung frei Haus, Zahlung 30 Tage netto
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P10201"],
     vref=["AB-D9C-7702"], commit=("2026-09-28", "liefern wir termingerecht in KW 40"),
     dates=[("2026-09-10", "other", "10.09.2026"), ("2026-09-28", "confirmed_delivery", "in KW 40 an"),
            ("2026-09-14", "other", "14.09.2026"),
            ("2026-09-28", "confirmed_delivery", ("KW 40/2026", 0)),
            ("2026-09-28", "confirmed_delivery", ("KW 40/2026", 1)),
            ("2026-09-28", "confirmed_delivery", ("KW 40/2026", 2))],
     lines=[("EK-LK-200", 600, None, "10   EK-LK-200   LED-Lichterkette 200 warmw.     600   8,95 EUR     KW 40/2026", "P10201"),
            ("EK-ST-05", 360, None, "20   EK-ST-05    Steckdosenleiste 5-fach         360   6,20 EUR     KW 40/2026", "P10201"),
            ("EK-ZS-01", 240, None, "30   EK-ZS-01    Zeitschaltuhr digital           240   4,75 EUR     KW 40/2026", "P10201")]),

dict(v="brunner", c=1, lang="de", at="2026-10-07 14:40", subj="AW: Liefertermine P10202 / P10203",
     text="""
Grüezi Herr Brandt

Leider hat unsere Färberei bei den Frottiertüchern (P10202) eine ganze Partie im falschen Farbton geliefert, das Anthrazit ist viel zu hell. Wir lassen nachfärben. Statt wie bestätigt am 16.10. können wir die Tücher deshalb erst Ende Oktober liefern, verladen wird bei uns am 27.10.

Wir bedauern das sehr.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG

-----Ursprüngliche Nachricht-----
Von: Tim Brandt
Gesendet: Freitag, 2. Oktober 2026 10:41
An: Nadine Keller
Betreff: Liefertermine P10202 / P10203

Guten Tag Frau Keller, bitte bestätigen Sie mir nochmals den 16.10. für P10202 und den 23.10. für P10203. Danke und Gruss, Tim Brandt
""", end="Freundliche Grüsse", change="date", intent="delay", po=["P10202", "P10203"],
     commit=("2026-10-31", "erst Ende Oktober liefern"),
     dates=[("2026-10-16", "other", "am 16.10."), ("2026-10-31", "new_eta", "Ende Oktober"),
            ("2026-10-27", "ship_date", "am 27.10.")]),

dict(v="alpen", c=1, lang="de", at="2026-12-03 11:10", subj="Teillieferung P10204",
     text="""
Sehr geehrte Frau Klein,

heute haben wir von Ihrer Bestellung P10204 folgende Ware an DB Schenker übergeben:
- 320 Kartons Kürbiskernöl 250 ml (AF-KK-250)
- 150 Kartons Mozartkugeln (AF-MK-24), damit komplett

Die restlichen 80 Kartons Kürbiskernöl folgen Mitte Dezember, sobald die neue Pressung abgefüllt ist. Schenker-Sendungsnummer: DBS-D9C-55810.

Mit besten Grüßen aus Graz
Theresa Huber
Alpen Feinkost AG
""", end="Mit besten Grüßen aus Graz", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P10204"], commit=("2026-12-15", "folgen Mitte Dezember"),
     dates=[("2026-12-03", "ship_date", "heute"), ("2026-12-15", "new_eta", "Mitte Dezember")],
     lines=[("AF-KK-250", 320, "Kartons", "320 Kartons Kürbiskernöl 250 ml (AF-KK-250)", "P10204"),
            ("AF-MK-24", 150, "Kartons", "150 Kartons Mozartkugeln (AF-MK-24)", "P10204"),
            ("AF-KK-250", 80, "Kartons", "Die restlichen 80 Kartons Kürbiskernöl", "P10204")],
     track=[("DB Schenker", "DBS-D9C-55810", "Schenker-Sendungsnummer: DBS-D9C-55810")]),

dict(v="mueller", c=1, lang="de", at="2026-10-26 09:30", subj="P10205 - Stornierung Pos. 2",
     text="""
Sehr geehrter Herr Osei,

zu Ihrer Bestellung P10205 müssen wir Ihnen leider mitteilen, dass der Hersteller die Heckenscheren MG-HS-60 aus dem Programm genommen hat. Wir stornieren daher Position 2 (120 Stück MG-HS-60). Ein Nachfolgemodell gibt es erst im Frühjahr.

Position 1, die Laubbläser MG-LB-30, liefern wir wie bestätigt in KW 45.

Mit freundlichen Grüßen
Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10205"], commit=("2026-11-02", "liefern wir wie bestätigt in KW 45"),
     dates=[("2026-11-02", "confirmed_delivery", "KW 45")],
     lines=[("MG-HS-60", 120, "Stück", "120 Stück MG-HS-60", "P10205")]),

dict(v="hansa", c=1, lang="de", at="2026-11-02 13:00", subj="Preisanpassung 2027",
     text="""
Sehr geehrte Damen und Herren,

aufgrund der weiterhin hohen Energiekosten in der Porzellanherstellung sehen wir uns gezwungen, unsere Listenpreise für Porzellan ab dem 01.01.2027 um 4,5 % anzuheben. Für Glasartikel erheben wir ab 1. Februar 2027 einen Energiezuschlag von 0,30 EUR je Stück.

Ihre offene Bestellung P10206 ist davon nicht betroffen und wird zu den bestätigten Preisen berechnet.

Mit freundlichen Grüßen
Ole Thomsen
Vertriebsleitung
Hansa Glas & Porzellan GmbH
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P10206"],
     dates=[("2027-01-01", "price_effective", "ab dem 01.01.2027"),
            ("2027-02-01", "price_effective", "ab 1. Februar 2027")],
     prices=[dict(product="Porzellan", pct=4.5, eff="2027-01-01", quote="Listenpreise für Porzellan ab dem 01.01.2027 um 4,5 % anzuheben"),
             dict(product="Glasartikel", new=0.3, cur="EUR", eff="2027-02-01",
                  quote="Energiezuschlag von 0,30 EUR je Stück")]),

dict(v="tirol", lang="de", at="2026-11-24 15:20", subj="P10207 unterwegs",
     text="""
Servus Frau Jensen,
P10207 ist heute komplett raus, 4 Paletten mit Lagermax, Sendungsnr. LMX-D9C-302281. Zustellung laut Spedition übermorgen Vormittag.
LG Andreas Hofer
""", end="LG Andreas Hofer", change="shipping", intent="shipping_notice", po=["P10207"],
     commit=("2026-11-26", "Zustellung laut Spedition übermorgen"),
     dates=[("2026-11-24", "ship_date", "heute"), ("2026-11-26", "confirmed_delivery", "übermorgen")],
     track=[("Lagermax", "LMX-D9C-302281", "Sendungsnr. LMX-D9C-302281")]),

dict(v="steirer", lang="de", at="2026-09-17 10:45", subj="P10208 - Glasurmuster und Etiketten",
     text="""
Sehr geehrter Herr Osei,

für Ihre Bestellung P10208 (Keramik-Übertöpfe SK-UT-18 und SK-UT-24) benötigen wir noch zwei Angaben:

1. Ihre Freigabe der Glasurmuster, die Ihnen letzte Woche per Post zugegangen sind.
2. Sollen die Etiketten mit EAN-Code oder mit Ihrer HHG-Artikelnummer bedruckt werden?

Ohne Ihre Rückmeldung bis Dienstag, 22.09., können wir den geplanten Liefertermin KW 42 leider nicht garantieren.

Mit freundlichen Grüßen
Wolfgang Pichler
Steirische Keramik GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="question", po=["P10208"],
     dates=[("2026-09-07", "other", "letzte Woche"), ("2026-09-22", "other", "Dienstag, 22.09."),
            ("2026-10-12", "other", "KW 42")]),

dict(v="luzern", c=1, lang="de", at="2026-12-14 07:30", subj="Betriebsferien Weihnachten",
     text="""
Liebe Kundinnen und Kunden

Unser Betrieb bleibt über die Festtage vom 24.12.2026 bis und mit 6. Januar 2027 geschlossen. Bestellungen, die bis 16.12. bei uns eingehen, liefern wir noch vor Weihnachten aus.

Wir danken Ihnen für die gute Zusammenarbeit und wünschen schöne Festtage!

Freundliche Grüsse
Seraina Caduff
Luzerner Kerzen AG
""", end="Freundliche Grüsse", change="none", intent="other",
     dates=[("2026-12-24", "other", "24.12.2026"), ("2027-01-06", "other", "6. Januar 2027"),
            ("2026-12-16", "other", "bis 16.12.")]),

dict(v="ruhrtal", lang="de", at="2026-11-11 16:05", subj="WG: P10209 Verzinkung",
     text="""
Hallo Herr Brandt,

leider schlechte Nachrichten zu P10209 (Grillzangen RM-GZ-45 und Grillroste RM-GR-60), siehe unten die Info von unserem Oberflächenveredler. Den zugesagten 20.11. schaffen wir dadurch nicht mehr, wir liefern voraussichtlich Ende KW 49.

Gruß
Dirk Schulte
Ruhrtal Metallwaren GmbH

---------- Weitergeleitete Nachricht ---------
Von: Galvanik Hoppe <dispo@galvanik-hoppe.de>
Datum: Mi., 11. Nov. 2026 um 14:31
Betreff: Eure Teile
An: Dirk Schulte <dirk.schulte@ruhrtal-metall.de>

Hallo Dirk,
die Verzinkungsanlage steht seit Montag, das Ersatzteil kommt frühestens Freitag. Eure Teile können wir erst ab 23.11. bearbeiten, Rücklieferung an euch dann am 27.11.
Gruß Jens
""", end="Gruß\nDirk Schulte", change="date", intent="delay", po=["P10209"],
     commit=("2026-12-04", "wir liefern voraussichtlich Ende KW 49"),
     dates=[("2026-11-20", "other", "20.11."), ("2026-12-04", "new_eta", "Ende KW 49"),
            ("2026-11-09", "other", "seit Montag"), ("2026-11-13", "other", "frühestens Freitag"),
            ("2026-11-23", "other", "ab 23.11."), ("2026-11-27", "other", "am 27.11.")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-12-01 12:10", subj="AW: P10210 vorziehen?",
     text="""
Hallo Frau Klein,

klappt: P10210 können wir wie gewünscht schon Anfang nächster Woche liefern, also Montag 07.12. statt 14.12.

Gruß
Sabine Hoffmann

Am 30.11.2026 um 17:48 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Hallo Frau Hoffmann, geht P10210 auch eine Woche früher? Gruß S. Klein
""", end="Gruß\nSabine Hoffmann", change="date", intent="confirmation", po=["P10210"],
     commit=("2026-12-07", "schon Anfang nächster Woche liefern, also Montag 07.12."),
     dates=[("2026-12-07", "confirmed_delivery", "Anfang nächster Woche"),
            ("2026-12-07", "confirmed_delivery", "Montag 07.12."), ("2026-12-14", "other", "14.12.")]),

dict(v="lueneburg", c=1, lang="de", at="2026-10-28 15:35", subj="Lieferschein LS-D9C-1183 / P10211",
     text="""
Moin Herr Osei,

anbei der Lieferschein LS-D9C-1183 zu P10211, die Ware ist heute mit DHL Freight raus. Die Plaids sind komplett, bei den Kissenhüllen fehlen noch 45 Stück in Salbei (Garn kam zu spät), die schicken wir in KW 45 hinterher.

Schöne Grüße
Frauke Meyer

--- attachment: LS-D9C-1183.pdf ---
LIEFERSCHEIN LS-D9C-1183          Lieferdatum: 28.10.2026
Auftrag: P10211
Pos  Artikel        Menge bestellt  Menge geliefert
1    LW-PL-130           200              200
2    LW-KH-40-SB         120               75
3    LW-KH-40-AN          80               80
Spedition: DHL Freight, Sendung DHLF-D9C-77120
""", end="Schöne Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10211"], vref=["LS-D9C-1183"], commit=("2026-11-02", "die schicken wir in KW 45 hinterher"),
     dates=[("2026-10-28", "ship_date", "heute"), ("2026-11-02", "new_eta", "KW 45"),
            ("2026-10-28", "ship_date", "28.10.2026")],
     lines=[("LW-KH-40-SB", 45, "Stück", "fehlen noch 45 Stück in Salbei", "P10211"),
            ("LW-PL-130", 200, None, "1    LW-PL-130           200              200", "P10211"),
            ("LW-KH-40-SB", 75, None, "2    LW-KH-40-SB         120               75", "P10211"),
            ("LW-KH-40-AN", 80, None, "3    LW-KH-40-AN          80               80", "P10211")],
     track=[("DHL Freight", "DHLF-D9C-77120", "Sendung DHLF-D9C-77120")]),

dict(v="bergholz", c=1, lang="de", at="2026-09-24 11:25", subj="AW: Storno P10212",
     text="""
Guten Tag Frau Jensen

Wie gewünscht stornieren wir Ihre Bestellung P10212 (Servierbretter Nussbaum) vollständig. Die bereits zugeschnittenen Rohlinge verrechnen wir Ihnen nicht. Die Gutschrift GS-D9C-0913 über Ihre Anzahlung erhalten Sie bis Ende der Woche.

Freundliche Grüsse
Corinne Meier
Bergholz Holzwaren AG

Am 23.09.2026 um 17:02 schrieb Laura Jensen <laura.jensen@hhg-retail.com>:
> Sehr geehrte Frau Meier,
> bitte stornieren Sie P10212, der Liefertermin 30.10. ist für unsere Aktion zu spät.
> Freundliche Grüsse, Laura Jensen
""", end="Freundliche Grüsse\nCorinne", change="cancel", intent="cancellation", po=["P10212"],
     vref=["GS-D9C-0913"],
     dates=[("2026-09-25", "other", "bis Ende der Woche")]),

dict(v="d9c_bremen", lang="de", at="2026-11-26 09:00", subj="Neue Preise ab 1. Januar 2027",
     text="""
Sehr geehrte Damen und Herren,

die Vanilleernte auf Madagaskar fällt in diesem Jahr um fast ein Drittel geringer aus, und auch Zimt aus Ceylon ist deutlich teurer geworden. Wir müssen daher ab 1. Januar 2027 die Preise für zwei Artikel anpassen, siehe beigefügte Preisliste. Alle übrigen Preise bleiben unverändert.

Ihre laufende Bestellung P10213 liefern wir selbstverständlich noch zu den alten Preisen.

Mit freundlichen Grüßen
Henning Rohlfs
Bremer Gewürzkontor GmbH

--- attachment: Preisliste_2027.pdf ---
BREMER GEWÜRZKONTOR - PREISÄNDERUNGEN, gültig ab 01.01.2027
Artikel     Bezeichnung                  bisher EUR   neu EUR
BG-VS-10    Vanilleschoten Bourbon 10 St.      7,40      8,90
BG-ZS-100   Zimtstangen Ceylon 100 g           2,15      2,35
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P10213"],
     dates=[("2027-01-01", "price_effective", "ab 1. Januar 2027"),
            ("2027-01-01", "price_effective", "gültig ab 01.01.2027")],
     prices=[dict(product="BG-VS-10", old=7.4, new=8.9, cur="EUR", eff="2027-01-01",
                  quote="BG-VS-10    Vanilleschoten Bourbon 10 St.      7,40      8,90"),
             dict(product="BG-ZS-100", old=2.15, new=2.35, cur="EUR", eff="2027-01-01",
                  quote="BG-ZS-100   Zimtstangen Ceylon 100 g           2,15      2,35")]),

dict(v="kaiser", c=1, lang="de", at="2026-12-02 14:15", subj="Rückfrage Lieferadresse P10214",
     text="""
Hallo Herr Osei,

kurze Frage zu P10214: In der Bestellung steht als Lieferadresse Ihr Lager Hamburg-Billbrook, im Kopf aber die Adresse in Norderstedt. Wohin sollen die Außen-Lichterketten EK-AL-50 gehen? Bitte um Antwort bis morgen Mittag, damit wir die Tour einplanen können.

Danke und viele Grüße
Petra Lange
""", end="Danke und viele Grüße", change="none", intent="question", po=["P10214"],
     dates=[("2026-12-03", "other", "morgen")]),
# ----------------------------------------------------------------------------- Dutch
dict(v="d9c_utrecht", lang="nl", at="2026-11-19 11:30", subj="RE: levering P10215 week 47",
     text="""
Beste Laura,

Helaas lukt het niet om order P10215 (tafellampen UL-TL-30) deze week te leveren zoals bevestigd. Bij het uitpakken van de glazen kappen bleek bijna een derde gebroken, de vervangende zending uit Tsjechië is onderweg. We verwachten nu eind volgende week te kunnen leveren, uiterlijk vrijdag 27 november.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Joost van Leeuwen
Utrechtse Lampenfabriek B.V.

Op 12 nov. 2026 om 10:02 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Hoi Joost,
> staat de levering van P10215 nog steeds voor week 47? De lampen moeten op 23 november in de winkels staan.
> Groet, Laura
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P10215"],
     commit=("2026-11-27", "uiterlijk vrijdag 27 november"),
     dates=[("2026-11-16", "other", "deze week"), ("2026-11-27", "new_eta", "eind volgende week"),
            ("2026-11-27", "new_eta", "vrijdag 27 november")]),

dict(v="vanderberg", lang="nl", at="2026-09-09 14:15", subj="Orderbevestiging OB-D9C-26551 - uw order P10216",
     text="""
Geachte heer Brandt,

Hierbij ontvangt u onze orderbevestiging OB-D9C-26551 voor uw order P10216. Alle artikelen zijn op voorraad; levering vindt plaats in week 39 op uw distributiecentrum in Hamburg.

Met vriendelijke groet,
Pieter van der Berg
Van der Berg Tuinartikelen B.V.

--- attachment: OB-D9C-26551.pdf ---
ORDERBEVESTIGING OB-D9C-26551
Orderdatum: 07-09-2026          Uw referentie: P10216
Art.nr     Omschrijving              Aantal   Prijs    Leverdatum
VB-PB-12   Plantenbak zink 12 L        300    11,40    21-09-2026
VB-GS-05   Gieter 5 L groen            450     3,95    21-09-2026
VB-TS-3    Tuinschaar set 3-delig      150     9,80    21-09-2026
Leveringsvoorwaarde: DAP Hamburg
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P10216"],
     vref=["OB-D9C-26551"], commit=("2026-09-21", "levering vindt plaats in week 39"),
     dates=[("2026-09-21", "confirmed_delivery", "week 39"), ("2026-09-07", "other", "07-09-2026"),
            ("2026-09-21", "confirmed_delivery", ("21-09-2026", 0)),
            ("2026-09-21", "confirmed_delivery", ("21-09-2026", 1)),
            ("2026-09-21", "confirmed_delivery", ("21-09-2026", 2))],
     lines=[("VB-PB-12", 300, None, "VB-PB-12   Plantenbak zink 12 L        300    11,40    21-09-2026", "P10216"),
            ("VB-GS-05", 450, None, "VB-GS-05   Gieter 5 L groen            450     3,95    21-09-2026", "P10216"),
            ("VB-TS-3", 150, None, "VB-TS-3    Tuinschaar set 3-delig      150     9,80    21-09-2026", "P10216")]),

dict(v="devries", c=1, lang="nl", at="2026-10-21 16:50", subj="P10217 deels verzonden",
     text="""
Hoi Mike,

P10217 gaat vandaag de deur uit maar helaas niet compleet: 180 van de 240 pannensets DV-PS-3, de overige 60 komen volgende week dinsdag. Track & trace PostNL: 3SDVR-D9C-448120.

Groet,
Femke
""", end="Groet,\nFemke", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10217"], commit=("2026-10-27", "de overige 60 komen volgende week dinsdag"),
     dates=[("2026-10-21", "ship_date", "vandaag"), ("2026-10-27", "new_eta", "volgende week dinsdag")],
     lines=[("DV-PS-3", 180, None, "180 van de 240 pannensets DV-PS-3", "P10217"),
            ("DV-PS-3", 60, None, "de overige 60", "P10217")],
     track=[("PostNL", "3SDVR-D9C-448120", "Track & trace PostNL: 3SDVR-D9C-448120")]),

dict(v="vlaamse", lang="nl", at="2026-11-05 10:40", subj="Uw bestelling P10218 - annulering",
     text="""
Geachte mevrouw Klein,

Tot onze spijt moeten wij u meedelen dat wij uw bestelling P10218 (linnen tafellakens VT-TL-160, dessin 'Brugge') niet kunnen uitvoeren. Onze weverij heeft de productie van dit dessin definitief stopgezet. Wij annuleren daarom de volledige bestelling van 250 stuks.

Een gelijkaardig dessin (VT-TL-160-G) kunnen wij leveren vanaf half december. Laat u ons weten of dit u interesseert?

Met de meeste hoogachting,
Jeroen Peeters
Vlaamse Textiel NV
""", end="Met de meeste hoogachting,", change="cancel", intent="cancellation", sec=["question"],
     po=["P10218"],
     dates=[("2026-12-15", "other", "vanaf half december")],
     lines=[("VT-TL-160", 250, "stuks", "de volledige bestelling van 250 stuks", "P10218")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-09-28 09:50", subj="Prijswijziging Goudse jong belegen",
     text="""
Beste Sandra,

Door de gestegen melkprijs verhogen wij per 1 november de prijs van onze Goudse jong belegen 500 g (HK-GJB-500) van € 5,60 naar € 5,95 per stuk. De oude kaas blijft in prijs gelijk.

Je lopende order P10219 leveren we nog tegen de oude prijs, volgende week donderdag zoals afgesproken.

Hartelijke groet,
Lotte Visser
Hollandse Kaashandel B.V.
""", end="Hartelijke groet,", change="price", intent="price_change", po=["P10219"],
     commit=("2026-10-08", "volgende week donderdag zoals afgesproken"),
     dates=[("2026-11-01", "price_effective", "per 1 november"),
            ("2026-10-08", "confirmed_delivery", "volgende week donderdag")],
     prices=[dict(product="HK-GJB-500", old=5.6, new=5.95, cur="EUR", eff="2026-11-01",
                  quote="van € 5,60 naar € 5,95 per stuk")]),

dict(v="jansen", c=1, lang="nl", at="2026-12-07 10:05", subj="Verzendbericht ASN-D9C-90412 order P10220",
     text="""
Goedemorgen Mike,

Hieronder de verzendgegevens van je order P10220, alles is compleet verzonden.

Groeten,
Eva Mulder
Elektro Jansen B.V.

--- attachment: ASN-D9C-90412.pdf ---
VERZENDBERICHT / ASN ASN-D9C-90412
Order: P10220
Verzenddatum: 07-12-2026
Verwachte levering: 09-12-2026
Vervoerder: DHL Freight - zendingnummer DHLF-D9C-331870
Artikel     Omschrijving             Besteld  Verzonden
EJ-VL-20    Verlengkabel 20 m           200       200
EJ-SD-3     Stekkerdoos 3-voudig        400       400
""", end="Groeten,", change="shipping", intent="shipping_notice", po=["P10220"],
     vref=["ASN-D9C-90412"], commit=("2026-12-09", "Verwachte levering: 09-12-2026"),
     dates=[("2026-12-07", "ship_date", "07-12-2026"), ("2026-12-09", "confirmed_delivery", "09-12-2026")],
     lines=[("EJ-VL-20", 200, None, "EJ-VL-20    Verlengkabel 20 m           200       200", "P10220"),
            ("EJ-SD-3", 400, None, "EJ-SD-3     Stekkerdoos 3-voudig        400       400", "P10220")],
     track=[("DHL Freight", "DHLF-D9C-331870", "zendingnummer DHLF-D9C-331870")]),

dict(v="twente", lang="nl", at="2026-10-13 13:20", subj="Vraag kleur opbergboxen P10221",
     text="""
Hallo Tim,

Voor order P10221 (opbergboxen TK-OB-45) hebben we een vraag: de kleur 'mosgroen' is niet meer leverbaar bij onze granulaatleverancier. Kunnen we in 'olijfgroen' produceren (foto in de bijlage), of wil je liever wachten tot mosgroen weer binnen is?

Graag je antwoord voor vrijdag, dan halen we de geplande levering in week 44 nog.

Met vriendelijke groet,
Ruud Hendriks
Twentse Kunststoffen B.V.
""", end="Met vriendelijke groet,", change="none", intent="question", po=["P10221"],
     dates=[("2026-10-16", "other", "voor vrijdag"), ("2026-10-26", "other", "week 44")]),

dict(v="westland", c=1, lang="nl", at="2026-09-03 10:00", subj="RE: Nieuwe order P10222",
     text="""
Bedankt Laura, je order P10222 is goed ontvangen. We komen er zo snel mogelijk op terug met een bevestiging.

Groet,
Orderdesk Westland Bloembollen

Op 2 sep. 2026 om 16:40 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Goedemiddag, bijgaand order P10222 voor de tulpenbollen, graag levering in week 38.
""", end="Groet,", change="none", intent="other", po=["P10222"]),

dict(v="gentse", c=1, lang="nl", at="2026-12-09 15:10", subj="Bestelling P10223 kaarsen - nieuwe leverdata",
     text="""
Beste mevrouw Jensen,

Betreft uw bestelling P10223, 1.200 witte kaarsen GK-KS-20 en 800 rode GK-KS-20R. Door een storing aan onze gietmachine kunnen wij de afgesproken leverdatum van 11/12 niet halen. De witte kaarsen leveren wij op dinsdag 15/12, de rode pas op 18/12.

Wij verontschuldigen ons voor dit ongemak.

Met vriendelijke groeten,
Els Vermeulen
Gentse Kaarsenmakerij BV
""", end="Met vriendelijke groeten,", change="date", intent="delay", po=["P10223"],
     commit=("2026-12-18", "de rode pas op 18/12"),
     dates=[("2026-12-11", "other", "11/12"), ("2026-12-15", "new_eta", "dinsdag 15/12"),
            ("2026-12-18", "new_eta", "18/12")]),

dict(v="zeeland", lang="nl", at="2026-11-16 08:40", subj="Re: P10224 week eerder?",
     text="""
Hoi Tim, akkoord, we leveren P10224 (deurmatten ZT-DM-60) een week eerder, dus in week 48 i.p.v. week 49.
Groet Jolanda

Op vr 13 nov. 2026 om 15:22 schreef Tim Brandt <tim.brandt@hhg-retail.com>:
> Hoi Jolanda, lukt het om P10224 een week eerder te leveren? Groet, Tim
""", end="Groet Jolanda", change="date", intent="confirmation", po=["P10224"],
     commit=("2026-11-23", "dus in week 48"),
     dates=[("2026-11-23", "confirmed_delivery", "week 48"), ("2026-11-30", "other", "week 49")]),

dict(v="kempen", lang="nl", at="2026-10-02 09:15", subj="P10225 dressoirs - 16 van 20",
     text="""
Dag Sandra,

Zie hieronder het bericht van ons magazijn: van P10225 vertrekken maandag 16 van de 20 eiken dressoirs KM-DR-180. De andere 4 hebben transportschade aan het blad en worden opnieuw gemaakt; die kunnen we leveren in week 43.

Vriendelijke groeten,
Wouter Janssens
Kempense Meubelmakerij BV

---------- Doorgestuurd bericht ---------
Van: Magazijn Kempense <magazijn@kempense-meubel.be>
Datum: vr 2 okt. 2026 om 08:12
Onderwerp: P10225 laden
Aan: Wouter Janssens <wouter.janssens@kempense-meubel.be>

Wouter, 16 stuks staan klaar voor maandag, de camion van Van Moer komt om 7u. 4 stuks gaan terug naar de werkplaats voor een nieuw blad, klaar tegen 16 oktober.
""", end="Vriendelijke groeten,", change="quantity", intent="partial_shipment", po=["P10225"],
     commit=("2026-10-19", "die kunnen we leveren in week 43"),
     dates=[("2026-10-05", "ship_date", "vertrekken maandag"), ("2026-10-19", "new_eta", "week 43"),
            ("2026-10-05", "ship_date", "klaar voor maandag"), ("2026-10-16", "other", "16 oktober")],
     lines=[("KM-DR-180", 16, None, "16 van de 20 eiken dressoirs KM-DR-180", "P10225"),
            ("KM-DR-180", 4, None, "De andere 4", "P10225"),
            ("KM-DR-180", 16, "stuks", "16 stuks staan klaar", "P10225"),
            ("KM-DR-180", 4, "stuks", "4 stuks gaan terug", "P10225")]),

dict(v="brugse", c=1, lang="nl", at="2026-11-30 11:00", subj="Prijsaanpassing 2027",
     text="""
Geachte klant,

Wegens de sterk gestegen prijzen van paardenhaar en beukenhout zien wij ons genoodzaakt vanaf 1 januari 2027 een toeslag van 3 % toe te passen op alle borstels en bezems. Bestellingen die vóór 18 december geleverd worden, vallen nog onder de huidige prijzen, zo ook uw order P10226.

Met vriendelijke groeten,
Orderbeheer
Brugse Borstel- en Bezemfabriek NV
""", end="Met vriendelijke groeten,", change="price", intent="price_change", po=["P10226"],
     dates=[("2027-01-01", "price_effective", "vanaf 1 januari 2027"), ("2026-12-18", "other", "vóór 18 december")],
     prices=[dict(pct=3, eff="2027-01-01", quote="een toeslag van 3 % toe te passen op alle borstels en bezems")]),

dict(v="mechelen_d8b", lang="nl", at="2026-09-21 14:05", subj="P10227 parasolvoeten geannuleerd",
     text="""
Beste Mike,

Van order P10227 moeten we helaas de 40 parasolvoeten MT-PV-25 annuleren, onze gieterij stopt ermee en we vinden zo snel geen vervanger. De 60 tuinstoelen MT-TS-01 en de 15 tafels MT-TT-90 blijven staan voor levering op 2/10.

Sorry hiervoor,
Tine Verstraeten
Mechelse Tuinmeubelen BV
""", end="Sorry hiervoor,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10227"], commit=("2026-10-02", "blijven staan voor levering op 2/10"),
     dates=[("2026-10-02", "confirmed_delivery", "2/10")],
     lines=[("MT-PV-25", 40, None, "de 40 parasolvoeten MT-PV-25", "P10227"),
            ("MT-TS-01", 60, None, "De 60 tuinstoelen MT-TS-01", "P10227"),
            ("MT-TT-90", 15, None, "de 15 tafels MT-TT-90", "P10227")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-09-30 07:45", subj="P10228 geladen",
     text="""
Hoi Laura, order P10228 is vanochtend geladen, 6 pallets, komt morgen tussen 8 en 12 uur bij jullie binnen. CMR-nummer CMR-D9C-2209-14.
Gr. Sanne
""", end="Gr. Sanne", change="shipping", intent="shipping_notice", po=["P10228"],
     commit=("2026-10-01", "komt morgen tussen 8 en 12 uur bij jullie binnen"),
     dates=[("2026-09-30", "ship_date", "vanochtend"), ("2026-10-01", "confirmed_delivery", "morgen")],
     track=[(None, "CMR-D9C-2209-14", "CMR-nummer CMR-D9C-2209-14")]),

dict(v="jansen", lang="nl", at="2026-11-09 13:30", subj="Orderbevestiging OB-D9C-55102 / P10229",
     text="""
Goedemiddag Tim,

In de bijlage onze orderbevestiging OB-D9C-55102 voor P10229. Let op: de gevraagde leverdatum 20-11 kunnen wij voor de kerstverlichting EJ-KV-10 niet halen, die bevestigen wij voor week 49. De tijdschakelaars leveren we zoals gevraagd op 20-11.

Met vriendelijke groet,
Bram Jansen
Elektro Jansen B.V.

--- attachment: OB-D9C-55102.pdf ---
ORDERBEVESTIGING OB-D9C-55102 - uw order P10229
Pos  Artikel    Omschrijving             Aantal  Gevr. datum  Bev. datum
1    EJ-KV-10   Kerstverlichting 10 m      500   20-11-2026   30-11-2026
2    EJ-TS-1    Tijdschakelaar digitaal    300   20-11-2026   20-11-2026
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P10229"],
     vref=["OB-D9C-55102"], commit=("2026-11-30", "die bevestigen wij voor week 49"),
     dates=[("2026-11-20", "other", "de gevraagde leverdatum 20-11"),
            ("2026-11-30", "new_eta", "week 49"),
            ("2026-11-20", "confirmed_delivery", "op 20-11."),
            ("2026-11-20", "other", ("20-11-2026", 0)), ("2026-11-30", "new_eta", "30-11-2026"),
            ("2026-11-20", "other", ("20-11-2026", 1)),
            ("2026-11-20", "confirmed_delivery", ("20-11-2026", 2))],
     lines=[("EJ-KV-10", 500, None, "1    EJ-KV-10   Kerstverlichting 10 m      500   20-11-2026   30-11-2026", "P10229"),
            ("EJ-TS-1", 300, None, "2    EJ-TS-1    Tijdschakelaar digitaal    300   20-11-2026   20-11-2026", "P10229")]),
# ----------------------------------------------------------------------------- French
dict(v="d9c_nantes", lang="fr", at="2026-10-06 10:10", subj="RE: Livraison P10230 le 16/10",
     text="""
Madame Klein,

Nous sommes au regret de vous informer que la livraison de votre commande P10230 (assiettes plates faïence FN-AS-26), initialement confirmée pour le 16 octobre, est reportée en fin de mois : notre four tunnel est à l'arrêt depuis jeudi dernier et la pièce de rechange n'est attendue que demain.

Nous vous prions de bien vouloir nous excuser pour ce contretemps et restons à votre disposition.

Veuillez agréer, Madame, nos salutations distinguées.

Delphine Guérin
Faïencerie Nantaise SAS

Le 28 sept. 2026 à 09:40, Sandra Klein <sandra.klein@hhg-retail.com> a écrit :
> Bonjour Madame Guérin,
> merci de nous confirmer la livraison de P10230 le 16/10 comme prévu.
> Cordialement, Sandra Klein
""", end="Veuillez agréer", change="date", intent="delay", po=["P10230"],
     commit=("2026-10-31", "est reportée en fin de mois"),
     dates=[("2026-10-16", "other", "le 16 octobre"), ("2026-10-31", "new_eta", "en fin de mois"),
            ("2026-10-01", "other", "jeudi dernier"), ("2026-10-07", "other", "demain")]),

dict(v="savonnerie", lang="fr", at="2026-09-22 11:35", subj="Accusé de réception AR-D9C-3310 - commande P10231",
     text="""
Bonjour Madame Jensen,

Nous accusons bonne réception de votre commande P10231 du 18/09/2026 et vous en remercions. Vous trouverez ci-joint notre accusé de réception AR-D9C-3310. Livraison prévue semaine 41, franco Hamburg.

Bien cordialement,
Camille Girard
Savonnerie de Provence SARL

--- attachment: AR-D9C-3310.pdf ---
ACCUSÉ DE RÉCEPTION DE COMMANDE AR-D9C-3310
Date : 22/09/2026 - Client : Hartmann Home & Garden - commande P10231
Réf.        Désignation                       Qté     PU HT    Livraison
SP-SV-100   Savon lavande 100 g             1 200    1,85 €    S41
SP-SL-250   Savon liquide verveine 250 ml     480    3,40 €    S41
SP-CF-04    Coffret 4 savons                  150    9,90 €    S41
""", end="Bien cordialement,", change="none", intent="confirmation", po=["P10231"],
     vref=["AR-D9C-3310"], commit=("2026-10-05", "Livraison prévue semaine 41"),
     dates=[("2026-09-18", "other", "18/09/2026"), ("2026-10-05", "confirmed_delivery", "semaine 41"),
            ("2026-09-22", "other", "22/09/2026"),
            ("2026-10-05", "confirmed_delivery", ("S41", 0)),
            ("2026-10-05", "confirmed_delivery", ("S41", 1)),
            ("2026-10-05", "confirmed_delivery", ("S41", 2))],
     lines=[("SP-SV-100", 1200, None, "SP-SV-100   Savon lavande 100 g             1 200    1,85 €    S41", "P10231"),
            ("SP-SL-250", 480, None, "SP-SL-250   Savon liquide verveine 250 ml     480    3,40 €    S41", "P10231"),
            ("SP-CF-04", 150, None, "SP-CF-04    Coffret 4 savons                  150    9,90 €    S41", "P10231")]),

dict(v="lyonnais", lang="fr", at="2026-11-13 16:20", subj="Expédition partielle P10232",
     text="""
Bonjour Laura,

Nous avons expédié ce jour une partie de votre commande P10232 : 350 housses de couette TL-HC-240 sur 500. Les 150 restantes seront livrées la semaine du 30 novembre, le temps de finir la couture.
Transporteur Geodis, récépissé GEO-D9C-118204.

Cordialement,
Isabelle Martin
Textiles Lyonnais SA
""", end="Cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10232"], commit=("2026-11-30", "Les 150 restantes seront livrées la semaine du 30 novembre"),
     dates=[("2026-11-13", "ship_date", "ce jour"), ("2026-11-30", "new_eta", "la semaine du 30 novembre")],
     lines=[("TL-HC-240", 350, None, "350 housses de couette TL-HC-240 sur 500", "P10232"),
            ("TL-HC-240", 150, None, "Les 150 restantes", "P10232")],
     track=[("Geodis", "GEO-D9C-118204", "récépissé GEO-D9C-118204")]),

dict(v="lemaire", c=1, lang="fr", at="2026-12-10 09:25", subj="RE: P10233 annulation ligne 2",
     text="""
Bonjour Mike,

Bien reçu votre demande : nous annulons la ligne 2 de la commande P10233 (pralines assorties 250 g, 96 boîtes). Les gaufres de la ligne 1 partent comme prévu mardi prochain pour une livraison le mercredi 16/12.

Bien à vous,
Sophie Dubois
Biscuiterie Lemaire SA

Le 9 déc. 2026 à 15:30, Mike Osei <mike.osei@hhg-retail.com> a écrit :
> Bonjour Sophie, merci d'annuler la ligne 2 de P10233, les pralines arriveraient trop tard pour notre promo du 14/12.
> Mike
""", end="Bien à vous,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10233"],
     commit=("2026-12-16", "pour une livraison le mercredi 16/12"),
     dates=[("2026-12-15", "ship_date", "mardi prochain"), ("2026-12-16", "confirmed_delivery", "mercredi 16/12")],
     lines=[("pralines assorties 250 g", 96, "boîtes", "pralines assorties 250 g, 96 boîtes", "P10233")]),

dict(v="bretagne", lang="fr", at="2026-10-15 14:00", subj="Hausse tarif câbles USB-C",
     text="""
Bonjour,

Suite à la forte hausse du cuivre, nos câbles USB-C 2 m (AEB-UC-2M) passent de 2,10 € à 2,32 € HT à compter du 2 novembre 2026, soit +10,5 %. Les commandes en cours, dont votre P10234, restent au prix initial.

Cordialement,
Yann Le Goff
Accessoires Électroniques Bretagne SAS
""", end="Cordialement,", change="price", intent="price_change", po=["P10234"],
     dates=[("2026-11-02", "price_effective", "à compter du 2 novembre 2026")],
     prices=[dict(product="AEB-UC-2M", old=2.1, new=2.32, pct=10.5, cur="EUR", eff="2026-11-02",
                  quote="passent de 2,10 € à 2,32 € HT à compter du 2 novembre 2026, soit +10,5 %")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-10-30 11:50", subj="Avis d'expédition commande P10235",
     text="""
Bonjour,

Votre commande P10235 a quitté notre entrepôt d'Angers ce matin, complète (2 palettes).
Transporteur : DB Schenker, n° de suivi DBS-D9C-660215.
Livraison prévue mardi 3 novembre.

Service ADV
Les Jardins du Val SAS
""", end="Service ADV", change="shipping", intent="shipping_notice", po=["P10235"],
     commit=("2026-11-03", "Livraison prévue mardi 3 novembre"),
     dates=[("2026-10-30", "ship_date", "ce matin"), ("2026-11-03", "confirmed_delivery", "mardi 3 novembre")],
     track=[("DB Schenker", "DBS-D9C-660215", "n° de suivi DBS-D9C-660215")]),

dict(v="romande", lang="fr", at="2026-11-05 10:30", subj="P10236 - fichier logo pour gravure",
     text="""
Monsieur Brandt,

Pour la gravure de votre logo sur les couteaux de la commande P10236, pourriez-vous nous faire parvenir le fichier vectoriel (AI ou EPS) d'ici au mardi 10 novembre ? Le fichier PDF reçu n'est malheureusement pas exploitable par notre machine laser.

Meilleures salutations
Luc Favre
Coutellerie Romande SA
""", end="Meilleures salutations", change="none", intent="question", po=["P10236"],
     dates=[("2026-11-10", "other", "mardi 10 novembre")]),

dict(v="liege", c=1, lang="fr", at="2026-12-01 15:45", subj="Facture FV-D9C-2026-1187",
     text="""
Madame, Monsieur,

Veuillez trouver ci-joint notre facture FV-D9C-2026-1187 relative à la commande P10237, livrée le 24 novembre. Échéance : 31 décembre 2026.

Avec nos salutations distinguées,
Aurélie Lambert
Comptabilité - Verrerie Liégeoise SRL
""", end="Avec nos salutations distinguées,", change="none", intent="other", po=["P10237"],
     vref=["FV-D9C-2026-1187"],
     dates=[("2026-11-24", "other", "livrée le 24 novembre"), ("2026-12-31", "other", "31 décembre 2026")]),

dict(v="bearn", lang="fr", at="2026-11-24 18:05", subj="Re: P10238 S49 ?",
     text="""
Coucou Laura,

bon, je vais pas tourner autour du pot : les plaids de la P10238 ne seront pas prêts pour la semaine 49. Le métier Jacquard est tombé en panne vendredi et la pièce n'arrive de Lyon que jeudi. On vise une livraison semaine 51, je te confirme le jour exact la semaine prochaine.

Désolée !!
Maïté

Le 20 nov. 2026 à 10:12, Laura Jensen <laura.jensen@hhg-retail.com> a écrit :
> Maïté, tu confirmes bien S49 pour P10238 ? On a la mise en rayon le 7 décembre.
""", end="Désolée !!", change="date", intent="delay", po=["P10238"],
     commit=("2026-12-14", "On vise une livraison semaine 51"),
     dates=[("2026-11-30", "other", "la semaine 49"), ("2026-11-20", "other", "en panne vendredi"),
            ("2026-11-26", "other", "que jeudi"), ("2026-12-14", "new_eta", "semaine 51"),
            ("2026-11-30", "other", "la semaine prochaine")]),

dict(v="vosges", lang="fr", at="2026-09-29 14:30", subj="BL-D9C-0457 commande P10239",
     text="""
Bonjour Madame Klein,

Ci-joint le bon de livraison BL-D9C-0457 pour votre commande P10239, chargée ce jour. Les bancs sont livrés au complet ; pour les jardinières, il en manque 36 (le bois n'était pas assez sec), elles suivront début novembre.

Cordialement,
Hélène Mathieu
Ateliers Bois des Vosges SAS

--- attachment: BL-D9C-0457.pdf ---
BON DE LIVRAISON BL-D9C-0457 du 29/09/2026
Commande client : P10239
Réf.        Désignation                  Cdé    Livré   Reliquat
BV-BJ-180   Banc de jardin 180 cm         40      40       0
BV-JD-60    Jardinière douglas 60         120     84      36
Transport : Kuehne+Nagel, CMR KN-D9C-40981
""", end="Cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10239"], vref=["BL-D9C-0457"], commit=("2026-11-01", "elles suivront début novembre"),
     dates=[("2026-09-29", "ship_date", "ce jour"), ("2026-11-01", "new_eta", "début novembre"),
            ("2026-09-29", "ship_date", "29/09/2026")],
     lines=[("BV-JD-60", 36, None, "il en manque 36", "P10239"),
            ("BV-BJ-180", 40, None, "BV-BJ-180   Banc de jardin 180 cm         40      40       0", "P10239"),
            ("BV-JD-60", 84, None, "BV-JD-60    Jardinière douglas 60         120     84      36", "P10239")],
     track=[("Kuehne+Nagel", "KN-D9C-40981", "CMR KN-D9C-40981")]),

dict(v="laurentides", c=1, lang="fr", at="2026-10-08 13:40", subj="Re: Commande P10240",
     text="""
Bonjour Sandra,

Parfait, on confirme ta commande P10240 telle quelle : 800 bouteilles de sirop 250 ml et 300 cannes de beurre d'érable. Départ de Montréal le 10/23, arrivée prévue à Hamburg le 11/20 (navire CMA CGM).

Bonne journée!
Marc-André
""", end="Bonne journée!", change="none", intent="confirmation", po=["P10240"],
     commit=("2026-11-20", "arrivée prévue à Hamburg le 11/20"),
     dates=[("2026-10-23", "ship_date", "le 10/23"), ("2026-11-20", "confirmed_delivery", "le 11/20")],
     lines=[("sirop 250 ml", 800, "bouteilles", "800 bouteilles de sirop 250 ml", "P10240"),
            ("beurre d'érable", 300, "cannes", "300 cannes de beurre d'érable", "P10240")]),

dict(v="boreal_qc", lang="fr", at="2026-09-11 15:15", subj="Annulation commande P10241",
     text="""
Bonjour Mme Jensen,

Tel que discuté au téléphone ce matin, nous annulons votre commande P10241 (36 bancs de parc en pin). Notre fournisseur de quincaillerie a fermé ses portes et nous ne pouvons plus garantir une livraison avant le 1er décembre, ce qui ne convient pas à votre saison. Un crédit pour l'acompte sera émis sous 10 jours ouvrables.

Nos excuses encore une fois,
Marc-Olivier Pelletier
Meubles Boréal inc.
""", end="Nos excuses encore une fois,", change="cancel", intent="cancellation", po=["P10241"],
     dates=[("2026-09-11", "other", "ce matin"), ("2026-12-01", "other", "avant le 1er décembre"),
            ("2026-09-25", "other", "sous 10 jours ouvrables")],
     lines=[("bancs de parc en pin", 36, None, "36 bancs de parc en pin", "P10241")]),

dict(v="ardennes", lang="fr", at="2026-11-17 10:55", subj="Baisse de prix confiture de framboises",
     text="""
Bonjour Monsieur Osei,

Bonne nouvelle : la récolte de framboises ayant été excellente, nous baissons le prix de notre confiture de framboises 370 g (CA-FR-370) de 3,20 € à 2,95 € à partir du 1er décembre. Votre commande P10242, livrable le 4 décembre, bénéficiera donc déjà du nouveau prix.

Bien à vous,
Benoît Collard
Confitures Ardennaises SRL
""", end="Bien à vous,", change="price", intent="price_change", po=["P10242"],
     commit=("2026-12-04", "livrable le 4 décembre"),
     dates=[("2026-12-01", "price_effective", "à partir du 1er décembre"),
            ("2026-12-04", "confirmed_delivery", "le 4 décembre")],
     prices=[dict(product="CA-FR-370", old=3.2, new=2.95, cur="EUR", eff="2026-12-01",
                  quote="de 3,20 € à 2,95 € à partir du 1er décembre")]),

dict(v="lyonnais", lang="fr", at="2026-12-04 12:15", subj="Point commandes P10243 et P10244",
     text="""
Bonjour Mike,

Point sur vos deux commandes en cours :
- P10243 (rideaux lin TL-RL-140) : retard chez notre teinturier, livraison décalée du 11/12 au 18/12.
- P10244 (coussins TL-CO-45) : pas de changement, livraison confirmée le 11/12.

Bonne fin de semaine,
Isabelle Martin
""", end="Bonne fin de semaine,", change="date", intent="delay", sec=["confirmation"],
     po=["P10243", "P10244"], commit=("2026-12-18", "livraison décalée du 11/12 au 18/12"),
     dates=[("2026-12-11", "other", "du 11/12"), ("2026-12-18", "new_eta", "au 18/12"),
            ("2026-12-11", "confirmed_delivery", "le 11/12")],
     changes=[("P10243", "delay", "2026-12-18", None, "livraison décalée du 11/12 au 18/12"),
              ("P10244", "confirmation", "2026-12-11", None, "livraison confirmée le 11/12")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-12-15 09:00", subj="Retrouvez-nous à Maison&Objet",
     text="""
Chère cliente, cher client,

Retrouvez-nous au salon Maison&Objet à Paris du 15 au 19 janvier 2027, hall 6, pour découvrir notre nouvelle collection printemps. Nos bureaux seront fermés du 24 décembre au 3 janvier ; les commandes reçues pendant cette période seront traitées dès notre retour.

Toute l'équipe vous souhaite de belles fêtes.

Julien Fabre
Savonnerie de Provence SARL
""", end="Toute l'équipe", change="none", intent="other",
     dates=[("2027-01-15", "other", "du 15"), ("2027-01-19", "other", "19 janvier 2027"),
            ("2026-12-24", "other", "du 24 décembre"), ("2027-01-03", "other", "3 janvier")]),
# ----------------------------------------------------------------------------- Spanish
dict(v="d9c_murcia", lang="es", at="2026-11-20 12:30", subj="RE: Entrega pedido P10245",
     text="""
Estimada Sra. Klein:

Le escribimos en relación con su pedido P10245 (corazones de alcachofa CM-AL-400 y pimientos del piquillo CM-PP-290). Por las lluvias de octubre la cosecha de alcachofa se ha retrasado y no podremos servir el pedido el 27 de noviembre como le confirmamos. La nueva fecha de entrega en Hamburgo es a mediados de diciembre.

Los pimientos del piquillo ya están envasados: si le interesa una entrega parcial, podríamos enviarlos la semana que viene. Quedamos a la espera de su respuesta.

Atentamente,
Encarna Sánchez
Conservas Vegetales de Murcia S.L.

El 13 nov 2026, a las 12:05, Sandra Klein <sandra.klein@hhg-retail.com> escribió:
> Buenos días, ¿sigue en pie la entrega del 27/11 para P10245? Gracias.
""", end="Atentamente,", change="date", intent="delay", sec=["question"], po=["P10245"],
     commit=("2026-12-15", "La nueva fecha de entrega en Hamburgo es a mediados de diciembre"),
     dates=[("2026-10-01", "other", "lluvias de octubre"),
            ("2026-11-27", "other", "el 27 de noviembre"), ("2026-12-15", "new_eta", "a mediados de diciembre"),
            ("2026-11-23", "other", "la semana que viene")]),

dict(v="levante", lang="es", at="2026-09-16 09:40", subj="Confirmación de pedido CP-D9C-6120 / P10246",
     text="""
Buenos días Laura:

Adjuntamos la confirmación de pedido CP-D9C-6120 correspondiente a su pedido P10246. Todas las referencias se sirven en la semana 40, con entrega en su almacén de Hamburgo.

Un cordial saludo,
Lucía Martínez
Textil Levante S.A.

--- attachment: CP-D9C-6120.pdf ---
CONFIRMACIÓN DE PEDIDO CP-D9C-6120          Fecha: 16/09/2026
Su pedido: P10246
Ref.        Descripción                    Cant.   Precio   Entrega
TL-TO-70    Toalla baño 70x140 blanca       900    6,75     28/09/2026
TL-TO-50    Toalla lavabo 50x100 blanca     900    3,90     28/09/2026
TL-AL-60    Alfombrilla baño 60x90          300    5,20     02/10/2026
""", end="Un cordial saludo,", change="none", intent="confirmation", po=["P10246"],
     vref=["CP-D9C-6120"], commit=("2026-10-02", "02/10/2026"),
     dates=[("2026-09-28", "confirmed_delivery", "semana 40"), ("2026-09-16", "other", "16/09/2026"),
            ("2026-09-28", "confirmed_delivery", ("28/09/2026", 0)),
            ("2026-09-28", "confirmed_delivery", ("28/09/2026", 1)),
            ("2026-10-02", "confirmed_delivery", "02/10/2026")],
     lines=[("TL-TO-70", 900, None, "TL-TO-70    Toalla baño 70x140 blanca       900    6,75     28/09/2026", "P10246"),
            ("TL-TO-50", 900, None, "TL-TO-50    Toalla lavabo 50x100 blanca     900    3,90     28/09/2026", "P10246"),
            ("TL-AL-60", 300, None, "TL-AL-60    Alfombrilla baño 60x90          300    5,20     02/10/2026", "P10246")]),

dict(v="iberica", lang="es", at="2026-10-09 13:05", subj="P10247 salen 2 palés",
     text="""
Hola Tim, te cuento: hoy salen 2 de los 3 palés del pedido P10247, o sea 1.400 macetas de barro JI-MB-30 de las 2.000. Las 600 restantes están todavía en el horno, salen el jueves 15 y os llegan el lunes 19.
Tracking de Transportes Ochoa: TOC-D9C-771034

Un saludo,
Sergio
""", end="Un saludo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10247"], commit=("2026-10-19", "os llegan el lunes 19"),
     dates=[("2026-10-09", "ship_date", "hoy"), ("2026-10-15", "ship_date", "el jueves 15"),
            ("2026-10-19", "new_eta", "el lunes 19")],
     lines=[("JI-MB-30", 1400, None, "1.400 macetas de barro JI-MB-30", "P10247"),
            ("JI-MB-30", 600, None, "Las 600 restantes", "P10247")],
     track=[("Transportes Ochoa", "TOC-D9C-771034", "Transportes Ochoa: TOC-D9C-771034")]),

dict(v="galicia", lang="es", at="2026-11-03 10:15", subj="Pedidos P10248 y P10249",
     text="""
Estimado Sr. Osei:

Lamentamos comunicarle que, debido al cierre temporal de la pesquería de sardina en el Cantábrico, nos vemos obligados a anular el pedido P10248 (sardinillas en aceite de oliva CG-SA-120, 2.400 latas).

El pedido P10249 (mejillones en escabeche) no se ve afectado y se entregará, según lo acordado, el 19 de noviembre.

Reciba un cordial saludo,
Xoán Varela
Conservas Galicia S.A.
""", end="Reciba un cordial saludo,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10248", "P10249"], commit=("2026-11-19", "se entregará, según lo acordado, el 19 de noviembre"),
     dates=[("2026-11-19", "confirmed_delivery", "el 19 de noviembre")],
     lines=[("CG-SA-120", 2400, "latas", "CG-SA-120, 2.400 latas", "P10248")],
     changes=[("P10248", "cancellation", None, None, "nos vemos obligados a anular el pedido P10248"),
              ("P10249", "confirmation", "2026-11-19", None, "se entregará, según lo acordado, el 19 de noviembre")]),

dict(v="aceites", lang="es", at="2026-12-02 11:45", subj="Nuevo precio AOVE lata 3 L",
     text="""
Estimada Laura:

Gracias a la buena campaña de este año, le informamos que a partir del 1 de enero de 2027 el precio del aceite de oliva virgen extra en lata de 3 L (AS-AV-3L) pasará de 24,50 € a 22,90 € por unidad. El resto de la tarifa se mantiene sin cambios.

Su pedido P10250 en curso conserva el precio confirmado.

Saludos cordiales,
Carmen López
Aceites del Sur S.L.
""", end="Saludos cordiales,", change="price", intent="price_change", po=["P10250"],
     dates=[("2027-01-01", "price_effective", "a partir del 1 de enero de 2027")],
     prices=[dict(product="AS-AV-3L", old=24.5, new=22.9, cur="EUR", eff="2027-01-01",
                  quote="pasará de 24,50 € a 22,90 € por unidad")]),

dict(v="plasticos", lang="es", at="2026-10-20 17:10", subj="Aviso de embarque pedido P10251",
     text="""
Buenas tardes Sr. Brandt:

Le informamos que su pedido P10251 completo, 1.800 cubetas PN-CB-20, zarpó hoy del puerto de Altamira en el buque MSC Aurora.
Contenedor: MSCU-D9C-447120
B/L: MEDU-D9C-90177
ETA Hamburgo: 14/11/2026

Quedamos atentos,
Rodrigo Garza
Plásticos del Norte S.A. de C.V.
""", end="Quedamos atentos,", change="shipping", intent="shipping_notice", po=["P10251"],
     commit=("2026-11-14", "ETA Hamburgo: 14/11/2026"),
     dates=[("2026-10-20", "ship_date", "hoy"), ("2026-11-14", "confirmed_delivery", "14/11/2026")],
     lines=[("PN-CB-20", 1800, None, "1.800 cubetas PN-CB-20", "P10251")],
     track=[(None, "MSCU-D9C-447120", "Contenedor: MSCU-D9C-447120"),
            (None, "MEDU-D9C-90177", "B/L: MEDU-D9C-90177")]),

dict(v="maule", c=1, lang="es", at="2026-09-08 16:30", subj="P10252 - ¿contenedor compartido o completo?",
     text="""
Hola Sandra:

Para el pedido P10252 (canastos de mimbre) necesitamos saber qué prefieren: embarcar en un contenedor compartido, que sale el 25 de septiembre, o esperar al contenedor completo del 9 de octubre, que sale más barato por unidad.

¿Nos confirmas antes del viernes, por favor?

Saludos,
Matías Fuentes
Mimbres del Maule SpA
""", end="Saludos,", change="none", intent="question", po=["P10252"],
     dates=[("2026-09-25", "other", "el 25 de septiembre"), ("2026-10-09", "other", "del 9 de octubre"),
            ("2026-09-11", "other", "antes del viernes")]),

dict(v="pampa", lang="es", at="2026-11-27 09:20", subj="URGENTE - cambio de cuenta bancaria",
     frm="Martín Ferraro <m.ferraro@cuerosdelapampa-pagos.com>",
     text="""
Estimados:

Les informamos que a partir del 1 de diciembre nuestra cuenta bancaria cambia por una auditoría interna. Por favor realicen el pago de la factura FC-D9C-00871 (pedido P10253) a la nueva cuenta:
Banco: Metro Bank London
IBAN: GB41 MTRB 2300 4471 8820 19
Es urgente, hoy mismo si es posible, y no llamen a la oficina porque estamos con la auditoría.

Martín Ferraro
Cueros de la Pampa S.A.
""", end="Martín Ferraro\nCueros", change="none", intent="other", po=["P10253"],
     vref=["FC-D9C-00871"],
     dates=[("2026-12-01", "other", "a partir del 1 de diciembre"), ("2026-11-27", "other", "hoy mismo")]),

dict(v="andino", lang="es", at="2026-11-10 08:50", subj="RV: roll-over café pedido P10254",
     text="""
Buenos días Laura,

le reenvío el mensaje de nuestro agente de carga: el buque con el café de su pedido P10254 no sale el 12 de noviembre como estaba previsto sino el 19 de noviembre, por congestión en Buenaventura. La nueva llegada a Hamburgo se estima para el 21 de diciembre.

Saludos,
Andrés Restrepo
Café Andino S.A.S.

---------- Mensaje reenviado ---------
De: Operaciones Transcargo <ops@transcargo.co>
Fecha: lun, 9 nov 2026 a las 17:40
Asunto: Café Andino - roll-over
Para: Andrés Restrepo <andres.restrepo@cafeandino.com.co>

Andrés, confirmamos roll-over: nueva fecha de zarpe 19/11, ETA Hamburgo 21/12. Contenedor TCLU-D9C-558210.
""", end="Saludos,", change="date", intent="delay", po=["P10254"],
     commit=("2026-12-21", "La nueva llegada a Hamburgo se estima para el 21 de diciembre"),
     dates=[("2026-11-12", "other", "el 12 de noviembre"), ("2026-11-19", "ship_date", "el 19 de noviembre"),
            ("2026-12-21", "new_eta", "el 21 de diciembre"), ("2026-11-19", "ship_date", "19/11"),
            ("2026-12-21", "new_eta", "21/12")],
     track=[(None, "TCLU-D9C-558210", "Contenedor TCLU-D9C-558210")]),

dict(v="valencia", c=1, lang="es", at="2026-12-11 10:20", subj="RE: P10255 adelantar entrega",
     text="""
Hola Mike, confirmado: entregamos el pedido P10255 (jarrones CV-JR-25) el martes 15/12 en lugar del 18/12, como hablamos por teléfono.
Saludos, Amparo

El jue, 10 dic 2026 a las 18:02, Mike Osei <mike.osei@hhg-retail.com> escribió:
> Amparo, ¿podéis adelantar P10255 al martes? Gracias, Mike
""", end="Saludos, Amparo", change="date", intent="confirmation", po=["P10255"],
     commit=("2026-12-15", "entregamos el pedido P10255 (jarrones CV-JR-25) el martes 15/12"),
     dates=[("2026-12-15", "confirmed_delivery", "martes 15/12"), ("2026-12-18", "other", "del 18/12")]),

dict(v="forja_toledo", lang="es", at="2026-10-27 19:10", subj="P10256 soportes",
     text="""
Buenas Tim, sobre el P10256 (soportes de forja para macetas FT-SM-3): la galvanizadora nos ha devuelto mal el primer lote y hay que repetirlo. En vez de primeros de noviembre los tendréis a finales de noviembre. Lo siento mucho.
Ignacio
""", end="Ignacio", change="date", intent="delay", po=["P10256"],
     commit=("2026-11-30", "los tendréis a finales de noviembre"),
     dates=[("2026-11-01", "other", "primeros de noviembre"), ("2026-11-30", "new_eta", "a finales de noviembre")]),

dict(v="alicante", lang="es", at="2026-09-18 12:00", subj="Anulación P10257",
     text="""
Hola Laura:

Te confirmo que hemos anulado el pedido P10257 tal y como nos pediste ayer por teléfono. No hay ningún cargo por nuestra parte.

Un saludo,
Nuria Pastor
Juguetes de Jardín Alicante S.L.
""", end="Un saludo,", change="cancel", intent="cancellation", po=["P10257"],
     dates=[("2026-09-17", "other", "ayer")]),

dict(v="lima", lang="es", at="2026-11-16 15:40", subj="Despacho parcial pedido P10258",
     text="""
Estimado Mike:

Hoy despachamos por vía aérea 250 de las 400 chompas de alpaca (TA-CH-M) de su pedido P10258, guía aérea de Lufthansa Cargo AWB 020-D9C-55814. Las 150 restantes salen el miércoles 25 y llegarían a Hamburgo aproximadamente el 27 de noviembre.

Atentamente,
Rosa Quispe
Textiles Alpaca del Perú S.A.C.
""", end="Atentamente,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10258"], commit=("2026-11-27", "llegarían a Hamburgo aproximadamente el 27 de noviembre"),
     dates=[("2026-11-16", "ship_date", "Hoy"), ("2026-11-25", "ship_date", "el miércoles 25"),
            ("2026-11-27", "new_eta", "el 27 de noviembre")],
     lines=[("TA-CH-M", 250, None, "250 de las 400 chompas de alpaca (TA-CH-M)", "P10258"),
            ("TA-CH-M", 150, None, "Las 150 restantes", "P10258")],
     track=[("Lufthansa Cargo", "020-D9C-55814", "AWB 020-D9C-55814")]),

dict(v="tlaquepaque", lang="es", at="2026-11-25 11:00", subj="Pedido P10259 - nueva fecha de embarque",
     text="""
Estimada Sandra:

Le escribo para avisarle que el pedido P10259 (platos de barro pintados a mano) no va a estar listo para embarcar el 30 de noviembre como le indicamos. Las artesanas necesitan dos semanas más por el volumen de pedidos de fin de año. La nueva fecha de embarque es la semana 50 y la llegada a Hamburgo quedaría para la semana 3 de 2027.

Disculpe las molestias.

Saludos cordiales,
Alejandra Ruiz
Artesanías Tlaquepaque S.A. de C.V.
""", end="Saludos cordiales,\nAlejandra", change="date", intent="delay", po=["P10259"],
     commit=("2027-01-18", "la llegada a Hamburgo quedaría para la semana 3 de 2027"),
     dates=[("2026-11-30", "other", "el 30 de noviembre"), ("2026-12-07", "ship_date", "la semana 50"),
            ("2027-01-18", "new_eta", "la semana 3 de 2027")]),

dict(v="cesteria_rioja", lang="es", at="2026-12-14 10:30", subj="Salida pedido P10260",
     text="""
Buenos días Tim:

El pedido P10260 ha salido esta mañana completo con Transportes Rioja Express, 3 palés, albarán AL-D9C-2231. Entrega prevista en Hamburgo entre el jueves 17 y el viernes 18.

Saludos,
Pilar Sáenz
Cestería Riojana
""", end="Saludos,", change="shipping", intent="shipping_notice", po=["P10260"],
     vref=["AL-D9C-2231"], commit=("2026-12-18", "entre el jueves 17 y el viernes 18"),
     dates=[("2026-12-14", "ship_date", "esta mañana"), ("2026-12-17", "range_start", "el jueves 17"),
            ("2026-12-18", "range_end", "el viernes 18")]),
# ----------------------------------------------------------------------------- harder extras
dict(v="polska", lang="de", at="2026-10-19 13:50", subj="AW: P10261 Liefertermin 23.10.",
     text="""
Sehr geehrte Frau Klein,

ich schreibe wegen Ihre Bestellung P10261 (Steingut Becher PC-BE-350 und Schalen PC-SC-15). Leider wir haben Problem mit die Glasur, erste Brand war nicht gut, zu viele Blasen, und wir mussen die Becher nochmal brennen. Das heisst die Liefertermin 23.10. was wir in Auftragsbestatigung geschrieben haben ist nicht moglich.

Die Schalen sind fertig und konnen wie geplant am Mittwoch (21.10.) abfahren, die Becher erst in KW 45, Lieferung bei Ihnen in Hamburg dann Anfang KW 46, wahrscheinlich Dienstag 10.11.

Entschuldigung fur diese Situation, ich hoffe das ist noch OK fur Ihre Planung. Bitte geben Sie kurz Bescheid ob wir die Schalen alleine schicken sollen oder alles zusammen.

Mit freundlichen Grussen
Katarzyna Nowak
Export / Sprzedaż
Polska Ceramika Sp. z o.o.

Am 15.10.2026 um 10:20 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Sehr geehrte Frau Nowak, bitte bestätigen Sie den 23.10. für P10261, wir brauchen die Becher für die Aktion in KW 45.
> Danke, Sandra Klein
""", end="Mit freundlichen Grussen", change="date", intent="delay", sec=["question"], po=["P10261"],
     commit=("2026-11-10", "wahrscheinlich Dienstag 10.11."),
     dates=[("2026-10-23", "other", "Liefertermin 23.10."), ("2026-10-21", "ship_date", "Mittwoch (21.10.)"),
            ("2026-11-02", "ship_date", "erst in KW 45"), ("2026-11-09", "new_eta", "Anfang KW 46"),
            ("2026-11-10", "new_eta", "Dienstag 10.11.")]),

dict(v="devries", lang="nl", at="2026-11-04 09:30", subj="RE: P10262 en P10263 - drie vragen",
     text="""
Hoi Laura, zie mijn antwoorden hieronder tussen je vragen.

Op 3 nov. 2026 om 17:15 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Hoi Mark, drie vragen:
> 1. Komt P10262 (rvs pannen) nog op 6 november?
Ja, die staat vast: we laden donderdag en leveren vrijdag 6/11 in de ochtend.
> 2. En P10263 (bamboe snijplanken)? We hadden week 46 afgesproken.
Helaas niet, onze bamboeleverancier is te laat. Wordt week 48, ik verwacht maandag 23/11.
> 3. Kunnen jullie de facturen voortaan naar ap@hhg-retail.com sturen?
Komt goed, heb ik doorgegeven aan de boekhouding.

Groet, Mark
Mark de Vries
De Vries Huishoudelijk B.V.
""", end="Groet, Mark", change="date", intent="delay", sec=["confirmation"],
     po=["P10262", "P10263"], commit=("2026-11-06", "leveren vrijdag 6/11 in de ochtend"),
     dates=[("2026-11-05", "ship_date", "we laden donderdag"), ("2026-11-06", "confirmed_delivery", "vrijdag 6/11"),
            ("2026-11-23", "new_eta", "Wordt week 48"), ("2026-11-23", "new_eta", "maandag 23/11")],
     changes=[("P10262", "confirmation", "2026-11-06", None, "leveren vrijdag 6/11 in de ochtend"),
              ("P10263", "delay", "2026-11-23", None, "Wordt week 48, ik verwacht maandag 23/11")]),

dict(v="hamacas_sj", lang="es", at="2026-11-30 16:45", subj="Saludos y noticias pedido P10264",
     text="""
Buenas tardes señora Sandra, ¿cómo está? Espero que muy bien y que ya estén preparando la temporada navideña allá en Alemania; aquí en San Jacinto ya empezamos con las novenas y todo el pueblo anda de fiesta.

Le cuento varias cosas. Primero, le agradezco mucho la visita de su colega Tim en la feria de Bogotá, las artesanas quedaron muy contentas con los comentarios sobre los colores nuevos.

Segundo, y esta es la parte que no me gusta tanto contarle: las hamacas del pedido P10264 (HS-HM-200) no van a alcanzar a salir el 4 de diciembre como habíamos quedado. Tuvimos muchísima lluvia en noviembre y el hilo teñido no secaba, entonces las tejedoras se atrasaron casi dos semanas. Ahora calculamos que el despacho desde Cartagena sería a mediados de diciembre y la llegada a Hamburgo hacia el 25 de enero. Sé que es tarde para la temporada, perdóneme.

Tercero, para el próximo año queremos ofrecerle un modelo nuevo de hamaca en hilo fino; le mando el catálogo la semana que viene. Y por último, nuestra oficina cierra del 20 de diciembre al 11 de enero, pero yo voy a estar pendiente del correo.

¿Nos puede decir si prefiere que enviemos las hamacas igual con esa fecha o si las dejamos para el pedido de primavera?

Un abrazo,
Luis Carlos Mendoza
Hamacas San Jacinto S.A.S.
""", end="Un abrazo,", change="date", intent="delay", sec=["question"], po=["P10264"],
     commit=("2027-01-25", "la llegada a Hamburgo hacia el 25 de enero"),
     dates=[("2026-12-04", "other", "el 4 de diciembre"), ("2026-11-01", "other", "lluvia en noviembre"),
            ("2026-12-15", "ship_date", "a mediados de diciembre"), ("2027-01-25", "new_eta", "el 25 de enero"),
            ("2026-12-07", "other", "la semana que viene"), ("2026-12-20", "other", "del 20 de diciembre"),
            ("2027-01-11", "other", "al 11 de enero")]),

dict(v="ardennes", c=1, lang="fr", at="2026-10-12 14:20", subj="Accusé de réception ARC-D9C-1029 - commande P10265",
     text="""
Bonjour,

Nous vous remercions pour votre commande P10265. Veuillez trouver ci-joint notre accusé de réception ARC-D9C-1029. Attention : la confiture de myrtilles ne sera disponible qu'à partir de la semaine 45, la date de livraison confirmée diffère donc de la date souhaitée pour cette ligne.

Service Commandes
Confitures Ardennaises SRL

--- attachment: ARC-D9C-1029.pdf ---
ACCUSÉ DE RÉCEPTION ARC-D9C-1029 - 12/10/2026
Votre commande : P10265
Réf.        Désignation                  Qté   Date souhaitée   Date confirmée
CA-FR-370   Confiture framboises 370 g    480   23/10/2026       23/10/2026
CA-MY-370   Confiture myrtilles 370 g     360   23/10/2026       06/11/2026
CA-AB-370   Confiture abricots 370 g      240   23/10/2026       23/10/2026
""", end="Service Commandes", change="date", intent="delay", po=["P10265"], vref=["ARC-D9C-1029"],
     commit=("2026-11-06", "06/11/2026"),
     dates=[("2026-11-02", "new_eta", "à partir de la semaine 45"), ("2026-10-12", "other", "12/10/2026"),
            ("2026-10-23", "other", ("23/10/2026", 0)), ("2026-10-23", "confirmed_delivery", ("23/10/2026", 1)),
            ("2026-10-23", "other", ("23/10/2026", 2)), ("2026-11-06", "new_eta", "06/11/2026"),
            ("2026-10-23", "other", ("23/10/2026", 3)), ("2026-10-23", "confirmed_delivery", ("23/10/2026", 4))],
     lines=[("CA-FR-370", 480, None, "CA-FR-370   Confiture framboises 370 g    480   23/10/2026       23/10/2026", "P10265"),
            ("CA-MY-370", 360, None, "CA-MY-370   Confiture myrtilles 370 g     360   23/10/2026       06/11/2026", "P10265"),
            ("CA-AB-370", 240, None, "CA-AB-370   Confiture abricots 370 g      240   23/10/2026       23/10/2026", "P10265")]),

dict(v="kempen", lang="nl", at="2026-12-18 09:13", subj="Automatisch antwoord: levering P10266 week 2",
     text="""
Dag,

Ik ben met vakantie van vrijdag 18 december tot en met vrijdag 8 januari en lees mijn mails niet. Voor dringende vragen over bestellingen kunt u terecht bij Liesbeth Wouters (liesbeth.wouters@kempense-meubel.be). Uw bericht wordt niet doorgestuurd.

Met vriendelijke groeten,
Wouter Janssens

Op 18 dec. 2026 om 09:12 schreef Sandra Klein <sandra.klein@hhg-retail.com>:
> Dag Wouter, kun je de levering van P10266 voor week 2 bevestigen? Groet, Sandra
""", end="Met vriendelijke groeten,", change="none", intent="other", po=["P10266"],
     dates=[("2026-12-18", "other", "vrijdag 18 december"), ("2027-01-08", "other", "vrijdag 8 januari")]),
]
