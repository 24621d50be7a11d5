# ruff: noqa: E501 - email text is data
"""German and Dutch, fifth batch: order acknowledgements (Auftragsbestätigung /
orderbevestiging) whose confirmed column matches or trails the requested one, calendar weeks
(KW, week, wk) and vague estimates (voraussichtlich, verwacht), partial deliveries with a rest
(Teillieferung / Restmenge, deellevering / restant), price increases with an effective date
(gültig ab, per), cancellations of lines and whole orders, questions (Rückfragen, vragen),
out-of-office replies, newsletters and holiday closures (Betriebsferien). Formal and curt
registers, vendors from Germany, Austria, Switzerland, the Netherlands and Flanders, quoted
history that mentions other dates and orders, PDF text and tables. Hand-written and
hand-labelled."""

EMAILS = [
# ---------------------------------------------------------------- German
dict(v="schwarzwald", lang="de", at="2026-10-20 09:12", subj="Auftragsbestätigung zu Ihrer Bestellung P07200",
     text="""
Sehr geehrte Frau Klein,

vielen Dank für Ihre Bestellung P07200. Anbei erhalten Sie unsere Auftragsbestätigung AB-D5B-26118. Alle Positionen können wir zu Ihrem Wunschtermin KW 45 liefern.

Bei Rückfragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Markus Weber
Vertriebsinnendienst
Schwarzwald Haushaltswaren GmbH
Tel. +49 7721 40 55-12

--- attachment: AB-D5B-26118.pdf ---
AUFTRAGSBESTÄTIGUNG AB-D5B-26118
Datum: 20.10.2026
Ihre Bestellung: P07200 vom 16.10.2026
Lieferbedingung: DAP Hamburg

Pos  Artikel       Menge     Wunschtermin  Bestätigt
1    SW-BRT-40     240 Stk   KW 45/2026    KW 45/2026
2    SW-BRT-60     120 Stk   KW 45/2026    KW 45/2026
3    SW-KLS-12     600 Stk   KW 45/2026    KW 45/2026

Zahlungsbedingung: 30 Tage netto
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P07200"],
     vref=["AB-D5B-26118"],
     commit=("2026-11-02", "Alle Positionen können wir zu Ihrem Wunschtermin KW 45 liefern"),
     dates=[("2026-11-02", "confirmed_delivery", ("KW 45", 0)), ("2026-10-20", "other", "20.10.2026"),
            ("2026-10-16", "other", "16.10.2026"),
            ("2026-11-02", "other", ("KW 45/2026", 0)), ("2026-11-02", "confirmed_delivery", ("KW 45/2026", 1)),
            ("2026-11-02", "other", ("KW 45/2026", 2)), ("2026-11-02", "confirmed_delivery", ("KW 45/2026", 3)),
            ("2026-11-02", "other", ("KW 45/2026", 4)), ("2026-11-02", "confirmed_delivery", ("KW 45/2026", 5))],
     lines=[("SW-BRT-40", 240, "Stk", "1    SW-BRT-40     240 Stk   KW 45/2026    KW 45/2026", "P07200"),
            ("SW-BRT-60", 120, "Stk", "2    SW-BRT-60     120 Stk   KW 45/2026    KW 45/2026", "P07200"),
            ("SW-KLS-12", 600, "Stk", "3    SW-KLS-12     600 Stk   KW 45/2026    KW 45/2026", "P07200")]),

dict(v="mueller", c=1, lang="de", at="2026-10-27 14:40", subj="AW: Bestellung P07201 Rasenkantenscheren",
     text="""
Sehr geehrter Herr Brandt,

anbei die Auftragsbestätigung AB-D5B-7740 zu P07201. Leider schaffen wir Ihren Wunschtermin 06.11. nicht, unser Zulieferer für die Klingen hängt hinterher. Bestätigen können wir die Anlieferung in Hamburg zum 20.11.2026.

Ich hoffe, das passt noch für Ihre Aktion.

Mit freundlichen Grüßen
Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG
Auftragsabwicklung

-----Ursprüngliche Nachricht-----
Von: Tim Brandt <tim.brandt@hhg-retail.com>
Gesendet: Freitag, 23. Oktober 2026 10:15
An: Claudia Schmitt
Betreff: Bestellung P07201 Rasenkantenscheren

Hallo Frau Schmitt, anbei unsere Bestellung P07201, Liefertermin bitte spätestens 06.11., die Ware geht am 16.11. in die Filialen.

--- attachment: AB-D5B-7740.pdf ---
Auftragsbestätigung AB-D5B-7740 / Ihre Bestellung P07201
Pos 1  MG-RKS-200  Rasenkantenschere 200 mm   300 Stück   Liefertermin: 20.11.2026
Pos 2  MG-RKS-250  Rasenkantenschere 250 mm   150 Stück   Liefertermin: 20.11.2026
""", end="Mit freundlichen Grüßen\nClaudia Schmitt", change="date", intent="delay", po=["P07201"],
     vref=["AB-D5B-7740"],
     commit=("2026-11-20", "Bestätigen können wir die Anlieferung in Hamburg zum 20.11.2026"),
     dates=[("2026-11-06", "other", "Wunschtermin 06.11."), ("2026-11-20", "new_eta", ("20.11.2026", 0)),
            ("2026-11-20", "new_eta", ("20.11.2026", 1)), ("2026-11-20", "new_eta", ("20.11.2026", 2))],
     lines=[("MG-RKS-200", 300, "Stück", "MG-RKS-200  Rasenkantenschere 200 mm   300 Stück", "P07201"),
            ("MG-RKS-250", 150, "Stück", "MG-RKS-250  Rasenkantenschere 250 mm   150 Stück", "P07201")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-24 16:05", subj="Teillieferung P07202",
     text="""
Hallo Frau Jensen,

kurze Info zu P07202: heute sind 1.200 Stk. der LED-Lichterketten EK-LK-80 rausgegangen (DPD, Sendungsnr. 0134 5588 2290 71). Die Restmenge von 800 Stk. kommt voraussichtlich KW 50, die Steuerplatinen sind noch beim Bestücker.

Die Trafos EK-TR-12 (400 Stk.) sind komplett in der Sendung.

Gruß
Petra Lange
Elektro Kaiser GmbH
""", end="Gruß\nPetra Lange", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07202"], commit=("2026-12-07", "Die Restmenge von 800 Stk. kommt voraussichtlich KW 50"),
     dates=[("2026-11-24", "ship_date", "heute"), ("2026-12-07", "new_eta", "KW 50")],
     lines=[("EK-LK-80", 1200, "Stk.", "1.200 Stk. der LED-Lichterketten EK-LK-80", "P07202"),
            ("EK-LK-80", 800, "Stk.", "Restmenge von 800 Stk.", "P07202"),
            ("EK-TR-12", 400, "Stk.", "Die Trafos EK-TR-12 (400 Stk.) sind komplett", "P07202")],
     track=[("DPD", "0134 5588 2290 71", "Sendungsnr. 0134 5588 2290 71")]),

dict(v="hansa", lang="de", at="2026-11-12 10:30", subj="Preisanpassung 2027",
     text="""
Sehr geehrte Damen und Herren,

die Kosten für Energie und Rohstoffe in der Glasherstellung sind im laufenden Jahr erneut deutlich gestiegen. Wir sehen uns daher gezwungen, unsere Listenpreise um 4,5 % anzuheben. Die neue Preisliste ist gültig ab 01.01.2027 und gilt für alle Bestellungen mit Liefertermin ab diesem Datum.

Bestellungen, die bis zum 31.12.2026 ausgeliefert werden, berechnen wir selbstverständlich noch zu den bisherigen Konditionen.

Wir danken für Ihr Verständnis und die gute Zusammenarbeit.

Mit freundlichen Grüßen

Anke Petersen
Key Account Management
Hansa Glas & Porzellan GmbH, Flensburg

--- attachment: Preisliste_2027_HGP.pdf ---
PREISLISTE 2027 – gültig ab 1. Januar 2027 – EUR netto, ab Werk
Art.-Nr.    Bezeichnung                 bisher   neu
HG-WG-35    Weinglas 350 ml, 6er        14,80    15,47
HG-BC-400   Becher Porzellan 400 ml      3,20     3,34
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=[],
     dates=[("2027-01-01", "price_effective", "gültig ab 01.01.2027"), ("2026-12-31", "other", "31.12.2026"),
            ("2027-01-01", "price_effective", "gültig ab 1. Januar 2027")],
     prices=[dict(product=None, pct=4.5, eff="2027-01-01", quote="Listenpreise um 4,5 % anzuheben"),
             dict(product="HG-WG-35", old=14.80, new=15.47, cur="EUR", eff="2027-01-01",
                  quote="HG-WG-35    Weinglas 350 ml, 6er        14,80    15,47"),
             dict(product="HG-BC-400", old=3.20, new=3.34, cur="EUR", eff="2027-01-01",
                  quote="HG-BC-400   Becher Porzellan 400 ml      3,20     3,34")]),

dict(v="ruhrtal", c=2, lang="de", at="2026-10-14 11:22", subj="P07203 – Position 30 entfällt",
     text="""
Guten Tag Herr Brandt,

zu Ihrer Bestellung P07203 muss ich Ihnen leider mitteilen, dass wir die Position 30 (RM-WK-36, Wok Carbonstahl 36 cm, 90 Stk.) stornieren müssen. Der Artikel ist ausgelaufen, der Hersteller hat die Produktion eingestellt.

Die Positionen 10 und 20 bleiben wie bestätigt zum 30.10.2026.

Als Ersatz könnte ich Ihnen den RM-WK-32 anbieten, sagen Sie Bescheid, falls Interesse besteht.

Freundliche Grüße
Monika Brandes
Ruhrtal Metallwaren GmbH
Auftragsbearbeitung
""", end="Freundliche Grüße\nMonika Brandes", change="cancel", intent="cancellation",
     po=["P07203"], commit=("2026-10-30", "Die Positionen 10 und 20 bleiben wie bestätigt zum 30.10.2026"),
     dates=[("2026-10-30", "confirmed_delivery", "30.10.2026")],
     lines=[("RM-WK-36", 90, "Stk.", "RM-WK-36, Wok Carbonstahl 36 cm, 90 Stk.", "P07203")]),

dict(v="tirol", lang="de", at="2026-11-03 08:47", subj="Rückfrage Etiketten P07204",
     text="""
Grüß Gott Frau Klein,

bevor wir Ihre Bestellung P07204 (Schneidbretter Zirbe) verpacken, eine kurze Rückfrage: Sollen die EAN-Etiketten wie beim letzten Mal auf die Rückseite der Bretter oder diesmal auf die Banderole? In Ihrer Bestellung steht nur "Etikett lt. Vorgabe", die Vorgabe haben wir aber nicht bekommen.

Am Liefertermin ändert sich nichts, wir bräuchten die Info nur bis Donnerstag.

Mit besten Grüßen aus Innsbruck
Andreas Hofer
Tiroler Holzwaren GmbH
""", end="Mit besten Grüßen aus Innsbruck", change="none", intent="question", po=["P07204"],
     dates=[("2026-11-05", "other", "Donnerstag")]),

dict(v="alpen", c=1, lang="de", at="2026-12-18 17:02", subj="Abwesenheitsnotiz: AW: P07205 Lieferavis",
     text="""
Vielen Dank für Ihre Nachricht.

Ich bin von 21.12.2026 bis einschließlich 06.01.2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Florian Gruber (florian.gruber@alpenfeinkost.at, +43 512 33 90 10).

Frohe Weihnachten und einen guten Rutsch!

Theresa Huber
Alpen Feinkost AG
""", end="Theresa Huber\nAlpen Feinkost AG", change="none", intent="other", po=["P07205"],
     dates=[("2026-12-21", "other", "21.12.2026"), ("2027-01-06", "other", "06.01.2027")]),

dict(v="tradefair", lang="de", at="2026-09-15 07:00", subj="HomeWorld Newsletter September: Aussteller-Highlights & Early-Bird-Tickets",
     text="""
HomeWorld Messe 2027 – Newsletter September

Liebe Fachbesucherinnen und Fachbesucher,

die Anmeldung für die HomeWorld 2027 ist eröffnet! Vom 20. bis 23. Februar 2027 zeigen über 900 Aussteller in Frankfurt die Trends für Haus, Garten und Küche.

Unsere Highlights:
- Neue Halle 11 "Outdoor Living" mit Sonderschau Balkongarten
- Fachforum Nachhaltige Verpackung, täglich 11:00 Uhr
- Matchmaking für Einkäufer aus dem Handel

Early-Bird-Tickets gibt es bis Ende Oktober 15 % günstiger.

Jetzt registrieren: www.homeworld-messe.de/tickets

Sie erhalten diesen Newsletter, weil Sie sich als Fachbesucher registriert haben. Abmelden
""", end="Sie erhalten diesen Newsletter", change="none", intent="other", po=[],
     dates=[("2027-02-20", "other", "20. bis"), ("2027-02-23", "other", "23. Februar 2027"),
            ("2026-10-31", "other", "Ende Oktober")]),

dict(v="steirer", lang="de", at="2026-11-19 13:15", subj="Versandavis Auftrag AB-D5B-3391 / P07206",
     text="""
Sehr geehrte Frau Jensen,

Ihre Bestellung P07206 wurde heute vollständig an die Spedition Gebrüder Weiss übergeben. Die Zustellung in Hamburg ist für Montag, 23.11., avisiert.

Sendungsnummer: GW-AT-5512 9934
Packstücke: 4 Paletten, 1.140 kg

Lieferschein liegt bei.

Mit freundlichen Grüßen
Wolfgang Pichler
Steirische Keramik GmbH
Versand / Logistik

--- attachment: Lieferschein_LS-D5B-0871.pdf ---
LIEFERSCHEIN LS-D5B-0871     Auftrag AB-D5B-3391     Ihre Bestellung P07206
Versanddatum: 19.11.2026
Pos  Artikel        Menge
1    SK-KR-1L       360 Stk   Krug 1 l, steingrau
2    SK-SCH-16      720 Stk   Schüssel 16 cm
""", end="Mit freundlichen Grüßen\nWolfgang Pichler", change="shipping", intent="shipping_notice",
     po=["P07206"], vref=["AB-D5B-3391", "LS-D5B-0871"],
     commit=("2026-11-23", "Die Zustellung in Hamburg ist für Montag, 23.11., avisiert"),
     dates=[("2026-11-19", "ship_date", "heute"), ("2026-11-23", "confirmed_delivery", "Montag, 23.11."),
            ("2026-11-19", "ship_date", "19.11.2026")],
     lines=[("SK-KR-1L", 360, "Stk", "1    SK-KR-1L       360 Stk", "P07206"),
            ("SK-SCH-16", 720, "Stk", "2    SK-SCH-16      720 Stk", "P07206")],
     track=[("Gebrüder Weiss", "GW-AT-5512 9934", "Sendungsnummer: GW-AT-5512 9934")]),

dict(v="bergholz", c=1, lang="de", at="2026-11-26 15:30", subj="Betriebsferien über den Jahreswechsel",
     text="""
Liebe Kundinnen und Kunden

Unser Betrieb bleibt über die Feiertage vom 23. Dezember 2026 bis und mit 8. Januar 2027 geschlossen. Ab Montag, 11. Januar 2027 sind wir wieder für Sie da.

Bestellungen, die noch vor den Betriebsferien ausgeliefert werden sollen, benötigen wir bis spätestens 4. Dezember. Offene Aufträge mit bestätigtem Termin sind davon nicht betroffen.

Wir danken Ihnen für die angenehme Zusammenarbeit im 2026 und wünschen frohe Festtage.

Freundliche Grüsse
Corinne Meier
Bergholz Holzwaren AG
Verkaufsinnendienst, Brienz
""", end="Freundliche Grüsse\nCorinne Meier", change="none", intent="other", po=[],
     dates=[("2026-12-23", "other", "23. Dezember 2026"), ("2027-01-08", "other", "8. Januar 2027"),
            ("2027-01-11", "other", "Montag, 11. Januar 2027"), ("2026-12-04", "other", "4. Dezember")]),

dict(v="brunner", lang="de", at="2026-11-30 09:55", subj="P07207 Frottiertücher – neuer Termin",
     text="""
Guten Tag Frau Klein

Leider muss ich Ihnen mitteilen, dass sich die Lieferung der Frottiertücher zu Ihrer Bestellung P07207 verschiebt. Die Färberei hatte einen Maschinenschaden, die Ware ist erst nach den Festtagen fertig. Statt KW 50 rechnen wir nun voraussichtlich mit Anlieferung in KW 3/2027.

Wir bedauern die Verzögerung sehr. Falls Sie die Ware zu diesem Termin nicht mehr benötigen, geben Sie mir bitte Bescheid.

Freundliche Grüsse

Reto Brunner
Brunner Textil AG
St. Gallen

Am 02.10.2026 um 11:08 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Guten Tag Herr Brunner, danke für die AB zu P07207, KW 50 passt uns gut.
""", end="Freundliche Grüsse\n\nReto Brunner", change="date", intent="delay", po=["P07207"],
     commit=("2027-01-18", "rechnen wir nun voraussichtlich mit Anlieferung in KW 3/2027"),
     dates=[("2026-12-07", "other", "Statt KW 50"), ("2027-01-18", "new_eta", "KW 3/2027")]),

dict(v="lueneburg", lang="de", at="2026-10-08 12:01", subj="AB P07208",
     text="""
Moin Herr Osei,

AB zu P07208 anbei. Alles wie bestellt, Liefertermin 27.11. passt.

Gruß aus Lüneburg
Hinnerk Albers

--- attachment: AB-LWM-D5B-0213.pdf ---
Lüneburger Wollmanufaktur GmbH – Auftragsbestätigung AB-LWM-D5B-0213
Bestellung P07208 vom 06.10.2026
Pos  Artikel                  Menge    Termin
1    Plaid Heidschnucke 130x170   180 Stk  27.11.2026
2    Kissenhülle Wolle 40x40      240 Stk  27.11.2026
""", end="Gruß aus Lüneburg", change="none", intent="confirmation", po=["P07208"],
     vref=["AB-LWM-D5B-0213"],
     commit=("2026-11-27", "Liefertermin 27.11. passt"),
     dates=[("2026-11-27", "confirmed_delivery", ("27.11.", 0)), ("2026-10-06", "other", "06.10.2026"),
            ("2026-11-27", "confirmed_delivery", ("27.11.2026", 0)), ("2026-11-27", "confirmed_delivery", ("27.11.2026", 1))],
     lines=[("Plaid Heidschnucke 130x170", 180, "Stk", "1    Plaid Heidschnucke 130x170   180 Stk  27.11.2026", "P07208"),
            ("Kissenhülle Wolle 40x40", 240, "Stk", "2    Kissenhülle Wolle 40x40      240 Stk  27.11.2026", "P07208")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-11-10 15:44", subj="AW: Liefertermin P07209",
     text="""
Hallo Frau Klein,

von den 500 Brotkästen SW-BK-38 zu P07209 konnten wir heute nur 320 Stk. verladen, bei den restlichen 180 Stk. fehlen noch die Bambusdeckel. Diese liefern wir Ende nächster Woche nach.

Spediteur ist wie immer Dachser, die 320 Stk. sind morgen bei Ihnen.

Viele Grüße
Sabine Hoffmann
Schwarzwald Haushaltswaren GmbH

Am 09.11.2026 um 17:20 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Hallo Frau Hoffmann, kommt P07209 wie besprochen am 11.11.? Und wie sieht es mit P07298 aus?
""", end="Viele Grüße\nSabine Hoffmann", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P07209", "P07298"],
     commit=("2026-11-20", "Diese liefern wir Ende nächster Woche nach"),
     dates=[("2026-11-10", "ship_date", "heute"), ("2026-11-20", "new_eta", "Ende nächster Woche"),
            ("2026-11-11", "confirmed_delivery", "morgen")],
     lines=[("SW-BK-38", 320, "Stk.", "heute nur 320 Stk. verladen", "P07209"),
            ("SW-BK-38", 180, "Stk.", "restlichen 180 Stk.", "P07209")]),

dict(v="kaiser", lang="de", at="2026-10-02 10:18", subj="Stornierung P07210 bestätigt",
     text="""
Sehr geehrter Herr Osei,

wie telefonisch besprochen bestätigen wir hiermit die Stornierung Ihrer Bestellung P07210 (Außenleuchten EK-AL-IP44, 350 Stück) in vollem Umfang. Es entstehen Ihnen keine Kosten.

Die Auftragsbestätigung AB-D5B-55102 ist damit gegenstandslos.

Mit freundlichen Grüßen
Stefan Kaiser
Geschäftsführer
Elektro Kaiser GmbH
""", end="Mit freundlichen Grüßen\nStefan Kaiser", change="cancel", intent="cancellation",
     po=["P07210"], vref=["AB-D5B-55102"],
     lines=[("EK-AL-IP44", 350, "Stück", "EK-AL-IP44, 350 Stück", "P07210")]),

dict(v="mueller", lang="de", at="2026-09-22 09:05", subj="Energiekostenzuschlag auf offene Aufträge",
     text="""
Sehr geehrte Geschäftspartner,

aufgrund der stark gestiegenen Strom- und Gaspreise erheben wir ab sofort einen Energiekostenzuschlag von 3 % auf den Warenwert. Der Zuschlag gilt auch für bereits bestätigte, noch nicht ausgelieferte Aufträge, bei Ihnen betrifft das P07211 und P07212.

Wir bitten um Ihr Verständnis. Der Zuschlag wird quartalsweise überprüft.

Mit freundlichen Grüßen

Jürgen Müller
Geschäftsführender Gesellschafter
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen\n\nJürgen Müller", change="price", intent="price_change",
     po=["P07211", "P07212"],
     prices=[dict(product=None, pct=3, quote="Energiekostenzuschlag von 3 % auf den Warenwert")]),

dict(v="hansa", c=1, lang="de", at="2026-10-29 11:40", subj="P07213 – Teillieferung oder warten?",
     text="""
Hallo Herr Brandt,

bei P07213 haben wir ein Problem mit den Teetassen HG-TT-250: von 960 Stück sind 600 versandbereit, der Rest hängt in der Qualitätskontrolle (Glasurfehler).

Was ist Ihnen lieber?
a) wir schicken die 600 jetzt und den Rest, sobald er freigegeben ist
b) wir warten und liefern alles zusammen

Bitte kurze Rückmeldung, dann disponieren wir entsprechend.

Danke und Gruß
Ole Thomsen
Hansa Glas & Porzellan GmbH
""", end="Danke und Gruß", change="none", intent="question", po=["P07213"],
     lines=[("HG-TT-250", 600, None, "600 versandbereit", "P07213")]),

dict(v="ruhrtal", c=1, lang="de", at="2026-12-01 07:32", subj="Versandbestätigung Auftrag AB-D5B-10977",
     text="""
Sehr geehrte Damen und Herren,

die Ware zu Ihrer Bestellung P07214 hat heute unser Lager verlassen.

Spedition: Hellmann Worldwide Logistics
Sendungsnummer: HWL 7784 1120 55
voraussichtliche Zustellung: 03.12.2026

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Ruhrtal Metallwaren GmbH · Hagener Str. 112 · 58119 Hagen · HRB 4471 Amtsgericht Hagen

--- attachment: LS_D5B_88412.pdf ---
LIEFERSCHEIN Nr. LS-D5B-88412        Auftrag AB-D5B-10977
Ihre Bestellung: P07214
Pos  Artikel      Bezeichnung                   geliefert  offen
10   RM-SP-24     Schmorpfanne 24 cm               160 Stk      0
20   RM-DT-5      Dampfgarer-Einsatz               80 Stk      0
""", end="Diese E-Mail wurde automatisch erstellt.", change="shipping", intent="shipping_notice",
     po=["P07214"], vref=["AB-D5B-10977", "LS-D5B-88412"],
     commit=("2026-12-03", "voraussichtliche Zustellung: 03.12.2026"),
     dates=[("2026-12-01", "ship_date", "heute"), ("2026-12-03", "confirmed_delivery", "03.12.2026")],
     lines=[("RM-SP-24", 160, "Stk", "10   RM-SP-24     Schmorpfanne 24 cm               160 Stk      0", "P07214"),
            ("RM-DT-5", 80, "Stk", "20   RM-DT-5      Dampfgarer-Einsatz               80 Stk      0", "P07214")],
     track=[("Hellmann Worldwide Logistics", "HWL 7784 1120 55", "Sendungsnummer: HWL 7784 1120 55")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-05 17:48", subj="P07215",
     text="""
Hallo Herr Osei,
P07215 wird nix mehr diese Woche, Chips fehlen. Neuer Termin Mittwoch 18.11. Sorry!
Petra
""", end="Petra", change="date", intent="delay", po=["P07215"],
     commit=("2026-11-18", "Neuer Termin Mittwoch 18.11."),
     dates=[("2026-11-02", "other", "diese Woche"), ("2026-11-18", "new_eta", "Mittwoch 18.11.")]),

dict(v="brunner", c=1, lang="de", at="2026-09-17 14:20", subj="Auftragsbestätigung P07216",
     text="""
Grüezi Herr Brandt

Besten Dank für Ihren Auftrag P07216. Gerne bestätigen wir Ihnen sämtliche Positionen zum gewünschten Termin, Anlieferung Hamburg am Freitag, 16. Oktober 2026. Die Verzollung übernehmen wir wie vereinbart (DDP).

Die detaillierte Bestätigung AB-BT-D5B-4410 finden Sie im Anhang.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG
Verkauf Innendienst

--- attachment: AB-BT-D5B-4410.pdf ---
Auftragsbestätigung AB-BT-D5B-4410
Pos. 1  Geschirrtuch Leinen 50x70, natur     1'200 Stk.
Pos. 2  Geschirrtuch Leinen 50x70, rot         800 Stk.
Liefertermin: 16.10.2026, DDP Hamburg
""", end="Freundliche Grüsse\nNadine Keller", change="none", intent="confirmation", po=["P07216"],
     vref=["AB-BT-D5B-4410"],
     commit=("2026-10-16", "Anlieferung Hamburg am Freitag, 16. Oktober 2026"),
     dates=[("2026-10-16", "confirmed_delivery", "Freitag, 16. Oktober 2026"),
            ("2026-10-16", "confirmed_delivery", "16.10.2026")],
     lines=[("Geschirrtuch Leinen 50x70, natur", 1200, "Stk.", "Geschirrtuch Leinen 50x70, natur     1'200 Stk.", "P07216"),
            ("Geschirrtuch Leinen 50x70, rot", 800, "Stk.", "Geschirrtuch Leinen 50x70, rot         800 Stk.", "P07216")]),

dict(v="luzern", lang="de", at="2026-10-05 10:10", subj="Neue Ansprechpartnerin ab Oktober",
     text="""
Guten Tag Frau Jensen

Ich möchte Ihnen mitteilen, dass ich die Luzerner Kerzen AG per Ende Oktober verlasse. Ab dem 2. November wird Frau Seraina Caduff Ihre Ansprechpartnerin für alle Bestellungen sein (seraina.caduff@luzerner-kerzen.ch, +41 41 210 44 82). Sie ist bereits in alle offenen Aufträge eingearbeitet.

Für die langjährige, angenehme Zusammenarbeit danke ich Ihnen herzlich.

Freundliche Grüsse
Beat Zimmermann
Luzerner Kerzen AG
""", end="Freundliche Grüsse\nBeat Zimmermann", change="none", intent="other", po=[],
     dates=[("2026-10-31", "other", "Ende Oktober"), ("2026-11-02", "other", "2. November")]),

dict(v="steirer", c=1, lang="de", at="2026-12-09 10:02", subj="AW: AW: P07217 Auflaufformen",
     text="""
Sehr geehrter Herr Brandt,

leider muss ich mich nochmal melden. Der Brennofen ist am Wochenende ausgefallen, der Techniker kommt erst morgen. Die Auflaufformen zu P07217 können wir daher nicht wie zugesagt am 14.12. liefern, realistisch ist Mitte Jänner.

Die Tassen SK-TA-30 aus derselben Bestellung sind fertig und gehen wie geplant am 14.12. zu Ihnen.

Es tut mir leid, dass es so knapp vor Weihnachten passiert.

Freundliche Grüße
Katharina Steiner
Steirische Keramik GmbH

-----Ursprüngliche Nachricht-----
Von: Tim Brandt
Gesendet: Montag, 30. November 2026 09:12
Betreff: AW: P07217 Auflaufformen
Danke, dann rechnen wir fest mit dem 14.12. für beide Positionen von P07217.
""", end="Freundliche Grüße\nKatharina Steiner", change="date", intent="delay", po=["P07217"],
     commit=("2027-01-15", "realistisch ist Mitte Jänner"),
     dates=[("2026-12-10", "other", "morgen"), ("2026-12-14", "other", ("14.12.", 0)),
            ("2027-01-15", "new_eta", "Mitte Jänner"), ("2026-12-14", "confirmed_delivery", ("14.12.", 1))]),

dict(v="tirol", c=1, lang="de", at="2026-11-16 14:00", subj="Lieferung P07218 – Restmenge entfällt",
     text="""
Sehr geehrte Damen und Herren,

zu Ihrer Bestellung P07218 (Zirben-Kochlöffel TH-KL-30, bestellt 1.000 Stk.) liefern wir heute 850 Stk. aus. Die Restmenge von 150 Stk. können wir aus Rohstoffmangel heuer nicht mehr fertigen; wir buchen sie aus, es wird keine Nachlieferung geben. Berechnet werden selbstverständlich nur die gelieferten Stück.

Die Ware wird per Post.at Paket zugestellt, voraussichtlich am Donnerstag.

Mit freundlichen Grüßen
Verkauf
Tiroler Holzwaren GmbH
""", end="Mit freundlichen Grüßen\nVerkauf", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P07218"],
     commit=("2026-11-19", "voraussichtlich am Donnerstag"),
     dates=[("2026-11-16", "ship_date", "heute"), ("2026-11-19", "confirmed_delivery", "Donnerstag")],
     lines=[("TH-KL-30", 850, "Stk.", "heute 850 Stk. aus", "P07218"),
            ("TH-KL-30", 150, "Stk.", "Restmenge von 150 Stk.", "P07218")]),

dict(v="bergholz", lang="de", at="2026-12-03 16:25", subj="Preisliste 2027 Bergholz Holzwaren",
     text="""
Guten Tag Herr Osei

Beiliegend erhalten Sie unsere neue Preisliste. Die Preise gelten ab 1. Februar 2027; Bestellungen, die bis Ende Januar bei uns eingehen, werden noch zu den aktuellen Preisen ausgeführt.

Die Anpassung beträgt je nach Artikel zwischen 2 und 6 %, die wichtigsten Positionen für Sie:

Artikel        bisher CHF   neu CHF
BH-SB-40       18.50        19.40
BH-SB-50       24.00        25.40
BH-KL-SET      12.90        13.30

Freundliche Grüsse
Urs Baumann
Bergholz Holzwaren AG
""", end="Freundliche Grüsse\nUrs Baumann", change="price", intent="price_change", po=[],
     dates=[("2027-02-01", "price_effective", "ab 1. Februar 2027"), ("2027-01-31", "other", "Ende Januar")],
     prices=[dict(product="BH-SB-40", old=18.50, new=19.40, cur="CHF", eff="2027-02-01", quote="BH-SB-40       18.50        19.40"),
             dict(product="BH-SB-50", old=24.00, new=25.40, cur="CHF", eff="2027-02-01", quote="BH-SB-50       24.00        25.40"),
             dict(product="BH-KL-SET", old=12.90, new=13.30, cur="CHF", eff="2027-02-01", quote="BH-KL-SET      12.90        13.30")]),

dict(v="alpen", lang="de", at="2026-09-24 11:11", subj="Stornierung Ihrer Bestellung P07219 – Marillenmarmelade",
     text="""
Sehr geehrte Frau Jensen,

es tut uns sehr leid, aber wir müssen Ihre Bestellung P07219 (Marillenmarmelade 340 g, 1.440 Gläser) zur Gänze stornieren. Nach dem Spätfrost im April ist die Marillenernte in der Wachau heuer fast vollständig ausgefallen, wir haben keine Rohware mehr bekommen.

Für die kommende Saison nehmen wir Sie gerne wieder vor. Eine Alternative (Ribiselmarmelade) könnten wir Ihnen ab Mitte Oktober anbieten.

Mit freundlichen Grüßen
Florian Gruber
Alpen Feinkost AG
Verkauf Handel
""", end="Mit freundlichen Grüßen\nFlorian Gruber", change="cancel", intent="cancellation",
     po=["P07219"],
     dates=[("2026-10-15", "other", "Mitte Oktober")],
     lines=[("Marillenmarmelade 340 g", 1440, "Gläser", "1.440 Gläser", "P07219")]),

dict(v="ruhrtal", lang="de", at="2026-10-21 09:37", subj="Lieferadresse P07220?",
     text="""
Hallo Herr Brandt,

kurze Frage zu P07220: In der Bestellung steht als Lieferadresse Ihr Lager Hamburg-Billbrook, im Bestellkopf aber "Filiale Lüneburg". Wohin soll die Ware? Wir wollen nächste Woche verladen und brauchen die Info bis Freitag.

Gruß
Dirk Schulte
Ruhrtal Metallwaren GmbH
""", end="Gruß\nDirk Schulte", change="none", intent="question", po=["P07220"],
     dates=[("2026-10-26", "ship_date", "nächste Woche"), ("2026-10-23", "other", "Freitag")]),

dict(v="hansa", lang="de", at="2026-11-20 12:50", subj="Versand P07221",
     text="""
Sehr geehrte Frau Klein,

P07221 ist heute komplett mit DHL Freight rausgegangen, 6 Paletten. Sendungsnummer 40213 99817 2. Laut DHL Zustellung innerhalb von 2 Werktagen.

Mit freundlichen Grüßen
Anke Petersen
Hansa Glas & Porzellan GmbH
""", end="Mit freundlichen Grüßen\nAnke Petersen", change="shipping", intent="shipping_notice",
     po=["P07221"], commit=("2026-11-24", "Zustellung innerhalb von 2 Werktagen"),
     dates=[("2026-11-20", "ship_date", "heute"), ("2026-11-24", "confirmed_delivery", "innerhalb von 2 Werktagen")],
     track=[("DHL Freight", "40213 99817 2", "Sendungsnummer 40213 99817 2")]),

dict(v="ruhrtal", c=1, lang="de", at="2026-11-04 08:15", subj="AW: Vorziehen P07222 auf KW 47",
     text="""
Guten Morgen Herr Brandt,

das Vorziehen von P07222 geht in Ordnung. Wir liefern nun in KW 47 statt KW 49, Anlieferung Billbrook am Dienstag, 17.11.

Auftragsbearbeitung
Ruhrtal Metallwaren GmbH · Hagener Str. 112 · 58119 Hagen

Am 03.11.2026 um 16:02 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Hallo zusammen, können Sie P07222 auf KW 47 vorziehen? Die Aktion startet am 23.11.
""", end="Auftragsbearbeitung\nRuhrtal", change="date", intent="confirmation", po=["P07222"],
     commit=("2026-11-17", "Anlieferung Billbrook am Dienstag, 17.11."),
     dates=[("2026-11-16", "confirmed_delivery", ("KW 47", 0)), ("2026-11-30", "other", "KW 49"),
            ("2026-11-17", "confirmed_delivery", "Dienstag, 17.11.")]),

dict(v="lueneburg", lang="de", at="2026-11-25 18:05", subj="P07223 Strickdecken – wird später",
     text="""
Moin Herr Osei,

schlechte Nachrichten: unsere Spinnerei in Neumünster hat uns das Garn für die Strickdecken zu P07223 zu spät geliefert. Den 04.12. schaffen wir nicht. Ich rechne jetzt mit dem 15.12., vielleicht wird es ein, zwei Tage früher, aber versprechen will ich nichts.

Die Kissenhüllen aus P07208 sind ja schon bei Ihnen, da ist alles gut.

Gruß aus Lüneburg
Hinnerk Albers
""", end="Gruß aus Lüneburg", change="date", intent="delay", po=["P07223", "P07208"],
     commit=("2026-12-15", "Ich rechne jetzt mit dem 15.12."),
     dates=[("2026-12-04", "other", "04.12."), ("2026-12-15", "new_eta", "15.12.")]),

dict(v="mueller", c=2, lang="de", at="2026-12-08 13:20", subj="Teillieferung zu P07224 – Lieferschein LS-D5B-60331",
     text="""
Sehr geehrte Damen und Herren,

zu o.g. Bestellung erhalten Sie heute eine Teillieferung. Der Rückstand wird voraussichtlich in KW 2/2027 nachgeliefert.

Mit freundlichen Grüßen
Ihr Innendienst
Müller Gartentechnik GmbH & Co. KG

--- attachment: LS-D5B-60331.pdf ---
LIEFERSCHEIN LS-D5B-60331   Bestellung P07224
Lieferdatum 08.12.2026
Artikel       bestellt   geliefert   Rückstand
MG-AS-5L       400        400          0
MG-DS-10L      300        180        120
MG-SH-25       250          0        250
""", end="Mit freundlichen Grüßen\nIhr Innendienst", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P07224"], vref=["LS-D5B-60331"],
     commit=("2027-01-11", "Der Rückstand wird voraussichtlich in KW 2/2027 nachgeliefert"),
     dates=[("2026-12-08", "ship_date", "heute"), ("2027-01-11", "new_eta", "KW 2/2027"),
            ("2026-12-08", "ship_date", "08.12.2026")],
     lines=[("MG-AS-5L", 400, None, "MG-AS-5L       400        400          0", "P07224"),
            ("MG-DS-10L", 180, None, "MG-DS-10L      300        180        120", "P07224"),
            ("MG-SH-25", 250, None, "MG-SH-25       250          0        250", "P07224")]),

dict(v="schwarzwald", lang="de", at="2026-09-08 10:44", subj="AW: Bestellung P07225",
     text="""
Danke, Bestellung ist angekommen. AB folgt die Tage.

Mit freundlichen Grüßen
Markus Weber
Schwarzwald Haushaltswaren GmbH

-----Ursprüngliche Nachricht-----
Von: Sandra Klein <sandra.klein@hhg-retail.com>
Gesendet: Montag, 7. September 2026 16:30
Betreff: Bestellung P07225
Anbei P07225, Liefertermin KW 41. Bitte um Auftragsbestätigung.
""", end="Mit freundlichen Grüßen\nMarkus Weber", change="none", intent="other", po=["P07225"]),

dict(v="brunner", lang="de", at="2026-10-13 16:12", subj="Rückfrage Mengen P07226",
     text="""
Guten Tag Frau Klein

Bei Ihrer Bestellung P07226 sind die Badetücher 70x140 mit 1'250 Stk. erfasst. Wir verpacken in Kartons à 20 Stk.; dürfen wir auf 1'260 Stk. aufrunden, oder möchten Sie lieber 1'240?

Am bestätigten Termin KW 46 ändert sich dadurch nichts.

Freundliche Grüsse
Reto Brunner
Brunner Textil AG
""", end="Freundliche Grüsse\nReto Brunner", change="none", intent="question", po=["P07226"],
     commit=("2026-11-09", "Am bestätigten Termin KW 46 ändert sich dadurch nichts"),
     dates=[("2026-11-09", "confirmed_delivery", "KW 46")],
     lines=[("Badetücher 70x140", 1260, "Stk.", "1'260 Stk.", "P07226"),
            ("Badetücher 70x140", 1240, None, "1'240", "P07226")]),

dict(v="luzern", c=1, lang="de", at="2026-11-18 09:30", subj="P07227 Adventskerzen – Stornierung Pos. 2",
     text="""
Guten Tag Frau Jensen

Ich bin Seraina Caduff, seit November Ihre Ansprechpartnerin. Zu P07227 muss ich Ihnen leider mitteilen, dass wir Position 2 (Adventskerzen rot, 4er-Set, 500 Sets) streichen müssen: das Wachs in der bestellten Farbe ist nicht mehr lieferbar und vor Weihnachten bekommen wir keinen Ersatz.

Position 1 (Stumpenkerzen weiss, 2'000 Stk.) liefern wir wie bestätigt am 26.11.

Freundliche Grüsse
Seraina Caduff
Luzerner Kerzen AG
""", end="Freundliche Grüsse\nSeraina Caduff", change="cancel", intent="cancellation",
     sec=["confirmation"], po=["P07227"],
     commit=("2026-11-26", "liefern wir wie bestätigt am 26.11."),
     dates=[("2026-11-26", "confirmed_delivery", "26.11.")],
     lines=[("Adventskerzen rot, 4er-Set", 500, "Sets", "500 Sets", "P07227"),
            ("Stumpenkerzen weiss", 2000, "Stk.", "Stumpenkerzen weiss, 2'000 Stk.", "P07227")]),

# ---------------------------------------------------------------- Dutch
dict(v="vanderberg", lang="nl", at="2026-10-12 10:05", subj="Orderbevestiging P07230",
     text="""
Beste Laura,

Hartelijk dank voor je order P07230. Hierbij onze orderbevestiging OB-D5B-2026-0871. Alle regels kunnen we leveren in week 46, zoals gevraagd.

Met vriendelijke groet,

Sanne de Jong
Binnendienst
Van der Berg Tuinartikelen B.V.
Boskoop

--- attachment: OB-D5B-2026-0871.pdf ---
ORDERBEVESTIGING OB-D5B-2026-0871
Uw order: P07230 d.d. 08-10-2026
Regel  Artikel      Omschrijving             Aantal  Gevraagd   Bevestigd
1      VB-PL-30     Plantenbak zink 30 cm     400    wk 46      wk 46
2      VB-PL-45     Plantenbak zink 45 cm     250    wk 46      wk 46
Levering franco Hamburg
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P07230"],
     vref=["OB-D5B-2026-0871"],
     commit=("2026-11-09", "Alle regels kunnen we leveren in week 46, zoals gevraagd"),
     dates=[("2026-11-09", "confirmed_delivery", "week 46"), ("2026-10-08", "other", "08-10-2026"),
            ("2026-11-09", "other", ("wk 46", 0)), ("2026-11-09", "confirmed_delivery", ("wk 46", 1)),
            ("2026-11-09", "other", ("wk 46", 2)), ("2026-11-09", "confirmed_delivery", ("wk 46", 3))],
     lines=[("VB-PL-30", 400, None, "1      VB-PL-30     Plantenbak zink 30 cm     400    wk 46      wk 46", "P07230"),
            ("VB-PL-45", 250, None, "2      VB-PL-45     Plantenbak zink 45 cm     250    wk 46      wk 46", "P07230")]),

dict(v="twente", lang="nl", at="2026-11-09 08:20", subj="RE: P07231",
     text="""
Bevestigd, levering wk 48 zoals besteld.

Ruud

-----Oorspronkelijk bericht-----
Van: Mike Osei <mike.osei@hhg-retail.com>
Verzonden: vrijdag 6 november 2026 15:41
Onderwerp: P07231
Hoi Ruud, zie bijgaande order P07231 (opbergboxen 45 l, 1.500 st), graag levering in wk 48. Kun je bevestigen?
""", end=("Ruud", 0), change="none", intent="confirmation", po=["P07231"],
     commit=("2026-11-23", "levering wk 48 zoals besteld"),
     dates=[("2026-11-23", "confirmed_delivery", ("wk 48", 0))]),

dict(v="kempen", lang="nl", at="2026-09-29 14:30", subj="Orderbevestiging bestelling P07232 - Kempense Meubelmakerij",
     text="""
Goeiemiddag mevrouw Klein,

In bijlage vindt u de orderbevestiging voor uw bestelling P07232. De gevraagde leverdatum van vrijdag 30 oktober kunnen wij respecteren; de tuinbanken worden die dag met onze eigen vrachtwagen aan uw magazijn in Hamburg geleverd.

Met vriendelijke groeten
Liesbeth Wouters
Kempense Meubelmakerij BV
Geel, België

--- attachment: OB_KMM_D5B_1140.pdf ---
ORDERBEVESTIGING KMM-D5B-1140
Klant: Hartmann Home & Garden, Hamburg    Uw ref.: P07232
Art.      Omschrijving                 Aantal   Leverdatum
KM-TB-150 Tuinbank eik 150 cm            60     30/10/2026
KM-TB-180 Tuinbank eik 180 cm            40     30/10/2026
""", end="Met vriendelijke groeten\nLiesbeth Wouters", change="none", intent="confirmation",
     po=["P07232"], vref=["KMM-D5B-1140"],
     commit=("2026-10-30", "De gevraagde leverdatum van vrijdag 30 oktober kunnen wij respecteren"),
     dates=[("2026-10-30", "confirmed_delivery", "vrijdag 30 oktober"), ("2026-10-30", "confirmed_delivery", "die dag"),
            ("2026-10-30", "confirmed_delivery", ("30/10/2026", 0)), ("2026-10-30", "confirmed_delivery", ("30/10/2026", 1))],
     lines=[("KM-TB-150", 60, None, "KM-TB-150 Tuinbank eik 150 cm            60     30/10/2026", "P07232"),
            ("KM-TB-180", 40, None, "KM-TB-180 Tuinbank eik 180 cm            40     30/10/2026", "P07232")]),

dict(v="westland", lang="nl", at="2026-10-16 11:50", subj="RE: P07233 nieuwe leverdatum",
     text="""
Hallo Tim,

Zoals vanmorgen telefonisch afgesproken: P07233 (tulpenbollen mix, 3.000 netjes) leveren we op dinsdag 27 oktober in plaats van 20 oktober. Fijn dat jullie daarmee akkoord zijn, ik heb het zo in het systeem gezet.

Groeten,
Gert-Jan Kuipers
Westland Bloembollen B.V.

Op 16 okt. 2026 om 09:32 schreef Tim Brandt <tim.brandt@hhg-retail.com>:
> Gert-Jan, de 27e is voor ons ok. Graag nog even schriftelijk bevestigen. Tim
""", end="Groeten,\nGert-Jan Kuipers", change="date", intent="confirmation", po=["P07233"],
     commit=("2026-10-27", "leveren we op dinsdag 27 oktober"),
     dates=[("2026-10-16", "other", "vanmorgen"), ("2026-10-27", "confirmed_delivery", "dinsdag 27 oktober"),
            ("2026-10-20", "other", "20 oktober")],
     lines=[("tulpenbollen mix", 3000, "netjes", "3.000 netjes", "P07233")]),

dict(v="jansen", c=1, lang="nl", at="2026-11-20 16:15", subj="P07234 akkoord",
     text="""
Hoi Mike,

Prima, P07234 is ingepland. We leveren op woensdag 2 december zoals gevraagd, alle 600 stuks EJ-ST-3 (stekkerdoos 3-voudig).

Groetjes,
Eva Mulder
Elektro Jansen B.V. | Verkoop binnendienst
""", end="Groetjes,\nEva Mulder", change="none", intent="confirmation", po=["P07234"],
     commit=("2026-12-02", "We leveren op woensdag 2 december zoals gevraagd"),
     dates=[("2026-12-02", "confirmed_delivery", "woensdag 2 december")],
     lines=[("EJ-ST-3", 600, "stuks", "alle 600 stuks EJ-ST-3", "P07234")]),

dict(v="devries", lang="nl", at="2026-11-03 13:02", subj="Orderbevestiging OB-D5B-4452 / uw order P07235",
     text="""
Geachte heer Brandt,

Hartelijk dank voor uw order P07235. Helaas kunnen wij de gevraagde leverweek 47 niet halen: de vaatdoeken en theedoeken komen later binnen van onze weverij in Portugal. Wij bevestigen levering in week 50, vrijdag 11 december uiterlijk.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Mark de Vries
De Vries Huishoudelijk B.V.

--- attachment: OB-D5B-4452.pdf ---
Orderbevestiging OB-D5B-4452        datum 03-11-2026
Uw ordernr.  P07235
Artikel         Aantal    Gevraagd    Bevestigd
DV-TD-50         1200     wk 47       wk 50
DV-VD-30          800     wk 47       wk 50
""", end="Met vriendelijke groet,\nMark de Vries", change="date", intent="delay", po=["P07235"],
     vref=["OB-D5B-4452"],
     commit=("2026-12-11", "vrijdag 11 december uiterlijk"),
     dates=[("2026-11-16", "other", "leverweek 47"), ("2026-12-07", "new_eta", "week 50"),
            ("2026-12-11", "new_eta", "vrijdag 11 december"), ("2026-11-03", "other", "03-11-2026"),
            ("2026-11-16", "other", ("wk 47", 0)), ("2026-12-07", "new_eta", ("wk 50", 0)),
            ("2026-11-16", "other", ("wk 47", 1)), ("2026-12-07", "new_eta", ("wk 50", 1))],
     lines=[("DV-TD-50", 1200, None, "DV-TD-50         1200     wk 47       wk 50", "P07235"),
            ("DV-VD-30", 800, None, "DV-VD-30          800     wk 47       wk 50", "P07235")]),

dict(v="gentse", lang="nl", at="2026-11-26 10:40", subj="Vertraging P07236 kaarsen",
     text="""
Dag Sandra,

Slecht nieuws voor P07236: onze levering van stearine is blijven steken in de haven van Antwerpen door de staking. De kaarsen die we in week 49 zouden leveren, verwachten we nu pas in week 51, maandag 14 december op z'n vroegst.

De theelichtjes (GK-TL-100) uit dezelfde order liggen wel klaar en vertrekken volgende week dinsdag, als je wil apart.

Laat maar weten.

Met vriendelijke groeten,
Koen De Smet
Gentse Kaarsenmakerij BV
""", end="Met vriendelijke groeten,\nKoen De Smet", change="date", intent="delay",
     sec=["question"], po=["P07236"],
     commit=("2026-12-14", "verwachten we nu pas in week 51"),
     dates=[("2026-11-30", "other", "week 49"), ("2026-12-14", "new_eta", "week 51"),
            ("2026-12-14", "new_eta", "maandag 14 december"), ("2026-12-01", "other", "volgende week dinsdag")]),

dict(v="zeeland", lang="nl", at="2026-12-07 09:10", subj="P07237 later",
     text="""
Goedemorgen Laura,

P07237 kokosmatten wordt helaas niet deze week maar verwacht half januari. Machine stuk, onderdeel uit Duitsland onderweg.

Gr. Jolanda

Zeeuwse Touw- en Mattenfabriek B.V. | Goes
""", end="Gr. Jolanda", change="date", intent="delay", po=["P07237"],
     commit=("2027-01-15", "verwacht half januari"),
     dates=[("2026-12-07", "other", "deze week"), ("2027-01-15", "new_eta", "half januari")]),

dict(v="vlaamse", lang="nl", at="2026-10-22 15:20", subj="Re: P07238 dekens - levering",
     text="""
Dag Laura,

Ik moet helaas terugkomen op mijn bevestiging van vorige week. De fleecedekens van P07238 kunnen niet op 30/10 geleverd worden, de ververij heeft een kleurafwijking gevonden en moet de partij opnieuw verven. Nieuwe leverdatum is 13/11.

Excuses hiervoor.

Met vriendelijke groeten,
Jeroen Peeters
Vlaamse Textiel NV
Kortrijk

Op 15 okt. 2026 om 11:02 schreef Jeroen Peeters <jeroen.peeters@vlaamsetextiel.be>:
> Dag Laura, P07238 bevestigd voor levering 30/10. Ook P07299 loopt volgens plan.
""", end="Met vriendelijke groeten,\nJeroen Peeters", change="date", intent="delay",
     po=["P07238", "P07299"],
     commit=("2026-11-13", "Nieuwe leverdatum is 13/11"),
     dates=[("2026-10-30", "other", ("30/10", 0)), ("2026-11-13", "new_eta", "13/11")]),

dict(v="jansen", lang="nl", at="2026-12-04 14:45", subj="Deellevering P07239",
     text="""
Beste Mike,

Vandaag is een deellevering van P07239 de deur uit gegaan:
- EJ-LS-10 ledstrip 10 m: 450 van de 700 stuks
- EJ-AD-12 adapter 12V: volledig, 700 stuks

Het restant van 250 ledstrips verwachten we begin januari binnen van onze leverancier, we sturen ze dan direct door. Track & trace volgt via DHL.

Met vriendelijke groet,
Bram Jansen
Elektro Jansen B.V.
Eindhoven
""", end="Met vriendelijke groet,\nBram Jansen", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P07239"],
     commit=("2027-01-01", "Het restant van 250 ledstrips verwachten we begin januari"),
     dates=[("2026-12-04", "ship_date", "Vandaag"), ("2027-01-01", "new_eta", "begin januari")],
     lines=[("EJ-LS-10", 450, "stuks", "450 van de 700 stuks", "P07239"),
            ("EJ-AD-12", 700, "stuks", "volledig, 700 stuks", "P07239"),
            ("EJ-LS-10", 250, None, "restant van 250 ledstrips", "P07239")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-12-10 11:25", subj="Levering P07240 - minder Oude Gouda",
     text="""
Goedemorgen Sandra,

Morgen leveren we P07240, maar helaas niet compleet. Van de Oude Gouda 48+ (HK-OG-500) kunnen we maar 300 van de 480 stuks leveren, de rijping van de partij is niet op tijd klaar. Het restant van 180 stuks vervalt, die leveren we dus niet na. Je krijgt alleen de geleverde stuks gefactureerd.

De overige artikelen gaan volledig mee.

Vriendelijke groet,
Lotte Visser
Hollandse Kaashandel B.V.
""", end="Vriendelijke groet,\nLotte Visser", change="quantity", intent="partial_shipment",
     po=["P07240"], commit=("2026-12-11", "Morgen leveren we P07240, maar helaas niet compleet"),
     dates=[("2026-12-11", "confirmed_delivery", "Morgen")],
     lines=[("HK-OG-500", 300, "stuks", "maar 300 van de 480 stuks", "P07240"),
            ("HK-OG-500", 180, "stuks", "restant van 180 stuks", "P07240")]),

dict(v="twente", c=1, lang="nl", at="2026-10-30 15:58", subj="Verzending P07241 (deellevering)",
     text="""
Hallo Mike,

Vandaag hebben we 2 van de 3 pallets van P07241 verzonden met PostNL Pallet, zendingnummer 3SPLT0D5B88231. Levering verwacht maandag.

De derde pallet (TK-DS-20 deksels, 960 st) volgt in week 46, de spuitgietmatrijs is in onderhoud.

Groet,
Ilse Bosman
Twentse Kunststoffen B.V.
Logistiek
""", end="Groet,\nIlse Bosman", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07241"], commit=("2026-11-09", "volgt in week 46"),
     dates=[("2026-10-30", "ship_date", "Vandaag"), ("2026-11-02", "confirmed_delivery", "maandag"),
            ("2026-11-09", "new_eta", "week 46")],
     lines=[("TK-DS-20", 960, "st", "TK-DS-20 deksels, 960 st", "P07241")],
     track=[("PostNL Pallet", "3SPLT0D5B88231", "zendingnummer 3SPLT0D5B88231")]),

dict(v="westland", c=1, lang="nl", at="2026-09-25 08:40", subj="P07242 deellevering narcissen",
     text="""
Geachte heer Brandt,

Uw order P07242 wordt vandaag gedeeltelijk uitgeleverd. Door de natte zomer is de oogst van de narcissen 'Tête-à-Tête' kleiner uitgevallen.

Artikel              besteld   geleverd   restant
WB-NAR-TAT 25st        2.000      1.400       600
WB-KRO-MIX 50st        1.000      1.000         0

Het restant van 600 netjes leveren we uiterlijk 9 oktober na, uit de partij van onze kwekerij in Lisse.

Met vriendelijke groet,
Orderdesk
Westland Bloembollen B.V.
""", end="Met vriendelijke groet,\nOrderdesk", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P07242"],
     commit=("2026-10-09", "Het restant van 600 netjes leveren we uiterlijk 9 oktober na"),
     dates=[("2026-09-25", "ship_date", "vandaag"), ("2026-10-09", "new_eta", "9 oktober")],
     lines=[("WB-NAR-TAT", 1400, None, "WB-NAR-TAT 25st        2.000      1.400       600", "P07242"),
            ("WB-KRO-MIX", 1000, None, "WB-KRO-MIX 50st        1.000      1.000         0", "P07242"),
            ("WB-NAR-TAT", 600, "netjes", "restant van 600 netjes", "P07242")]),

dict(v="kaashandel", lang="nl", at="2026-10-06 09:15", subj="Annulering order P07243",
     text="""
Beste Sandra,

Tot onze spijt moeten we order P07243 (boerenkaas met brandnetel, 240 stuks) volledig annuleren. De boerderij waar we deze kaas van betrekken is per direct gestopt met de productie en we hebben geen vervangende leverancier die aan jullie specificaties voldoet.

Onze excuses. Mocht je interesse hebben in een alternatief met komijn, dan hoor ik het graag.

Met vriendelijke groet,
Kees Bakker
Hollandse Kaashandel B.V.
Woerden
""", end="Met vriendelijke groet,\nKees Bakker", change="cancel", intent="cancellation",
     po=["P07243"],
     lines=[("boerenkaas met brandnetel", 240, "stuks", "boerenkaas met brandnetel, 240 stuks", "P07243")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-11-13 10:50", subj="P07244 regel 3 geannuleerd",
     text="""
Dag Laura,

Bij P07244 moeten we regel 3 (badjas wafel, maat XL, 120 st.) annuleren. Het weefsel in XL is uitverkocht en komt dit jaar niet meer binnen. De andere regels blijven staan voor levering op 4 december.

Mvg,
An Claes
Vlaamse Textiel NV
""", end="Mvg,\nAn Claes", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P07244"], commit=("2026-12-04", "De andere regels blijven staan voor levering op 4 december"),
     dates=[("2026-12-04", "confirmed_delivery", "4 december")],
     lines=[("badjas wafel XL", 120, "st.", "badjas wafel, maat XL, 120 st.", "P07244")]),

dict(v="devries", c=1, lang="nl", at="2026-09-18 13:37", subj="RE: annulering P07245",
     text="""
Hoi Tim,

Geen probleem, P07245 is geannuleerd in ons systeem. Er was nog niets geproduceerd, dus er zijn geen kosten.

Groetjes,
Femke

-----Oorspronkelijk bericht-----
Van: Tim Brandt
Verzonden: donderdag 17 september 2026 17:05
Aan: Femke Smit
Onderwerp: annulering P07245
Femke, wil je P07245 (afwasborstels, levering 5 oktober) annuleren? De actie gaat niet door.
""", end="Groetjes,\nFemke", change="cancel", intent="cancellation", po=["P07245"]),

dict(v="westland", lang="nl", at="2026-11-11 12:05", subj="Regel 2 P07246 - amaryllis",
     text="""
Tim,

Kort bericht over P07246: de amaryllis 'Red Lion' (regel 2, 500 st) gaan we annuleren, de bollen uit Zuid-Afrika zijn afgekeurd bij de keuring. Regel 1 en 3 komen gewoon volgende week vrijdag zoals afgesproken.

Ik bel je morgen nog even.

Gert-Jan
""", end="Gert-Jan", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P07246"], commit=("2026-11-20", "Regel 1 en 3 komen gewoon volgende week vrijdag zoals afgesproken"),
     dates=[("2026-11-20", "confirmed_delivery", "volgende week vrijdag"), ("2026-11-12", "other", "morgen")],
     lines=[("amaryllis Red Lion", 500, "st", "regel 2, 500 st", "P07246")]),

dict(v="vanderberg", c=0, lang="nl", at="2026-11-27 10:00", subj="Prijsverhoging per 1 januari 2027",
     text="""
Geachte relatie,

Door de aanhoudende stijging van de prijzen voor zink, staal en transport ontkomen wij er niet aan onze prijzen aan te passen. Per 1 januari 2027 verhogen wij al onze verkoopprijzen met 6%.

Orders die vóór 15 december bij ons binnen zijn en in december worden geleverd, factureren wij nog tegen de huidige prijzen.

Wij danken u voor uw begrip.

Met vriendelijke groet,

Pieter van der Berg
Directeur
Van der Berg Tuinartikelen B.V.
""", end="Met vriendelijke groet,\n\nPieter", change="price", intent="price_change", po=[],
     dates=[("2027-01-01", "price_effective", "Per 1 januari 2027"), ("2026-12-15", "other", "15 december"),
            ("2026-12-01", "other", "in december")],
     prices=[dict(product=None, pct=6, eff="2027-01-01", quote="verhogen wij al onze verkoopprijzen met 6%")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-10-19 14:12", subj="Toeslag melkprijs op lopende orders",
     text="""
Beste Sandra,

De melkprijs is sinds september met bijna 12% gestegen. We moeten daarom een toeslag van € 0,35 per kilo rekenen op de kaas in de lopende orders P07247 en P07248. Nieuwe prijs Jong Belegen (HK-JB-KG) wordt € 9,85 per kg in plaats van € 9,50.

Ik begrijp dat dit vervelend is, bel me gerust als je erover wilt praten.

Vriendelijke groet,
Lotte Visser
Hollandse Kaashandel B.V.
""", end="Vriendelijke groet,\nLotte Visser", change="price", intent="price_change",
     po=["P07247", "P07248"],
     prices=[dict(product="HK-JB-KG", old=9.50, new=9.85, cur="EUR",
                  quote="Nieuwe prijs Jong Belegen (HK-JB-KG) wordt € 9,85 per kg in plaats van € 9,50")]),

dict(v="gentse", c=1, lang="nl", at="2026-09-14 11:30", subj="Nieuwe prijzen vanaf 1 oktober",
     text="""
Beste klant,

Vanaf 1 oktober passen wij onze prijzen aan door de gestegen kosten van paraffine en koolzaadwas. Hieronder de nieuwe prijzen voor uw vaste artikelen (EUR per stuk, excl. btw):

artikel          oud     nieuw
GK-DIN-25        0,42    0,46
GK-STP-7x15      1,85    1,99
GK-TL-100        3,10    3,10

Lopende bestellingen met levering in september blijven aan de oude prijs.

Met vriendelijke groeten,
Els Vermeulen
Gentse Kaarsenmakerij BV
Administratie & verkoop
""", end="Met vriendelijke groeten,\nEls Vermeulen", change="price", intent="price_change", po=[],
     dates=[("2026-10-01", "price_effective", "Vanaf 1 oktober"), ("2026-09-01", "other", "in september")],
     prices=[dict(product="GK-DIN-25", old=0.42, new=0.46, cur="EUR", eff="2026-10-01", quote="GK-DIN-25        0,42    0,46"),
             dict(product="GK-STP-7x15", old=1.85, new=1.99, cur="EUR", eff="2026-10-01", quote="GK-STP-7x15      1,85    1,99")]),

dict(v="zeeland", c=1, lang="nl", at="2026-12-15 16:20", subj="Prijslijst 2027",
     text="""
Geachte heer Osei,

In de bijlage treft u onze prijslijst 2027 aan. De nieuwe prijzen gaan in per 1 maart 2027; tot die datum leveren wij tegen de huidige prijslijst. Gemiddeld stijgen de prijzen met 3,8%.

Met vriendelijke groet,
Verkoop
Zeeuwse Touw- en Mattenfabriek B.V.

--- attachment: Prijslijst_2027_ZTM.pdf ---
PRIJSLIJST 2027 - geldig per 01-03-2027 - prijzen in EUR af fabriek
ZT-KM-4060   Kokosmat 40x60        6,20  ->  6,45
ZT-KM-5080   Kokosmat 50x80        9,40  ->  9,75
ZT-TW-10M    Jute touw 10 m        2,15  ->  2,25
""", end="Met vriendelijke groet,\nVerkoop", change="price", intent="price_change", po=[],
     dates=[("2027-03-01", "price_effective", "per 1 maart 2027"), ("2027-03-01", "price_effective", "01-03-2027")],
     prices=[dict(product=None, pct=3.8, eff="2027-03-01", quote="Gemiddeld stijgen de prijzen met 3,8%"),
             dict(product="ZT-KM-4060", old=6.20, new=6.45, cur="EUR", eff="2027-03-01", quote="ZT-KM-4060   Kokosmat 40x60        6,20  ->  6,45"),
             dict(product="ZT-KM-5080", old=9.40, new=9.75, cur="EUR", eff="2027-03-01", quote="ZT-KM-5080   Kokosmat 50x80        9,40  ->  9,75"),
             dict(product="ZT-TW-10M", old=2.15, new=2.25, cur="EUR", eff="2027-03-01", quote="ZT-TW-10M    Jute touw 10 m        2,15  ->  2,25")]),

dict(v="twente", lang="nl", at="2026-11-18 16:40", subj="Verzendbevestiging P07249",
     text="""
Goedemiddag Mike,

P07249 is vandaag compleet verzonden via DHL Parcel, 14 colli. Track & trace: JVGL 0622 8841 D5B. Bezorging morgen tussen 9 en 17 uur.

Groet,
Ruud Hendriks
Twentse Kunststoffen B.V.
""", end="Groet,\nRuud Hendriks", change="shipping", intent="shipping_notice", po=["P07249"],
     commit=("2026-11-19", "Bezorging morgen"),
     dates=[("2026-11-18", "ship_date", "vandaag"), ("2026-11-19", "confirmed_delivery", "morgen")],
     track=[("DHL Parcel", "JVGL 0622 8841 D5B", "Track & trace: JVGL 0622 8841 D5B")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-09-30 12:30", subj="Verscheping P07250 container",
     text="""
Beste Laura,

De container met jullie order P07250 (terracotta potten uit Vietnam, rechtstreeks naar Hamburg) is gisteren vertrokken uit Ho Chi Minh City.

Container: TCLU 4471823
B/L: HCMHAM26D5B017
Schip: MSC ALINA, ETA Hamburg 4 november

Alles zit erin, 1 x 40' HC, geen restanten.

Met vriendelijke groet,
Sanne de Jong
Van der Berg Tuinartikelen B.V.
""", end="Met vriendelijke groet,\nSanne de Jong", change="shipping", intent="shipping_notice",
     po=["P07250"], commit=("2026-11-04", "ETA Hamburg 4 november"),
     dates=[("2026-09-29", "ship_date", "gisteren"), ("2026-11-04", "confirmed_delivery", "4 november")],
     track=[("MSC", "TCLU 4471823", "Container: TCLU 4471823"), ("MSC", "HCMHAM26D5B017", "B/L: HCMHAM26D5B017")]),

dict(v="kempen", c=1, lang="nl", at="2026-11-24 17:10", subj="Vertrek levering P07251",
     text="""
Goeieavond,

De tuintafels van bestelling P07251 zijn vandaag geladen en vertrekken morgenvroeg met transporteur Van Moer. Levering bij u in Hamburg donderdag 26/11 in de voormiddag. CMR-nummer: BE-VM-D5B-33019.

Volledige bestelling, 36 tafels, niets in backorder.

Met vriendelijke groeten
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Met vriendelijke groeten\nWouter Janssens", change="shipping", intent="shipping_notice",
     po=["P07251"], commit=("2026-11-26", "Levering bij u in Hamburg donderdag 26/11"),
     dates=[("2026-11-24", "other", "vandaag"), ("2026-11-25", "ship_date", "morgenvroeg"),
            ("2026-11-26", "confirmed_delivery", "donderdag 26/11")],
     lines=[("tuintafels", 36, "tafels", "36 tafels", "P07251")],
     track=[("Van Moer", "BE-VM-D5B-33019", "CMR-nummer: BE-VM-D5B-33019")]),

dict(v="jansen", lang="nl", at="2026-10-07 09:25", subj="P07252 verzonden",
     text="""
Hoi Mike,

P07252 is gisteravond volledig verstuurd, 8 pallets via Raben. Vrachtbrief 7761 2290 4415. Raben geeft levertijd 2 werkdagen, dus donderdag bij jullie.

Groet,
Bram
""", end="Groet,\nBram", change="shipping", intent="shipping_notice", po=["P07252"],
     commit=("2026-10-08", "dus donderdag bij jullie"),
     dates=[("2026-10-06", "ship_date", "gisteravond"), ("2026-10-08", "confirmed_delivery", "2 werkdagen"),
            ("2026-10-08", "confirmed_delivery", "donderdag")],
     track=[("Raben", "7761 2290 4415", "Vrachtbrief 7761 2290 4415")]),

dict(v="devries", lang="nl", at="2026-10-26 10:12", subj="Vraag over verpakking P07253",
     text="""
Geachte heer Brandt,

Voor uw order P07253 (RVS afdruiprekken DV-AR-45) een vraag: u heeft in de order "per stuk in doos met EAN" aangegeven, maar bij de vorige orders leverden wij in omdozen van 6 stuks zonder individuele doos. Welke verpakking wilt u deze keer? Als het de losse doos moet zijn, kost dat € 0,40 per stuk extra.

Graag uw antwoord voor woensdag, zodat we de levering van 13 november kunnen halen.

Met vriendelijke groet,
Mark de Vries
De Vries Huishoudelijk B.V.
""", end="Met vriendelijke groet,\nMark de Vries", change="none", intent="question", po=["P07253"],
     commit=("2026-11-13", "de levering van 13 november kunnen halen"),
     dates=[("2026-10-28", "other", "woensdag"), ("2026-11-13", "confirmed_delivery", "13 november")]),

dict(v="gentse", lang="nl", at="2026-10-08 15:05", subj="Etiketten kerstkaarsen P07254",
     text="""
Dag Sandra,

Ons drukkerij vraagt of de etiketten voor de kerstkaarsen (P07254) in het Duits alleen mogen of ook in het Nederlands en Frans moeten? In jullie artwork staat enkel Duits maar vorig jaar was het drietalig. Kan je dat bevestigen, dan kunnen we beginnen met drukken.

Dank en groeten,
Koen
Gentse Kaarsenmakerij BV
""", end="Dank en groeten,\nKoen", change="none", intent="question", po=["P07254"]),

dict(v="vlaamse", lang="nl", at="2026-12-02 09:48", subj="Pallethoogte levering P07255?",
     text="""
Dag Laura,

Voor de levering van P07255 op vrijdag 11/12: mogen wij pallets van 2,20 m hoog sturen of is de maximale hoogte bij jullie nog steeds 1,80 m? Bij 1,80 m worden het 9 pallets in plaats van 7.

Alvast bedankt,
Jeroen Peeters
Vlaamse Textiel NV
""", end="Alvast bedankt,\nJeroen Peeters", change="none", intent="question", po=["P07255"],
     commit=("2026-12-11", "Voor de levering van P07255 op vrijdag 11/12"),
     dates=[("2026-12-11", "confirmed_delivery", "vrijdag 11/12")]),

dict(v="westland", c=1, lang="nl", at="2026-12-14 10:30", subj="Voorjaarsprognose 2027",
     text="""
Geachte heer Brandt,

Wij zijn bezig met de teeltplanning voor het voorjaar van 2027. Kunt u ons uiterlijk vrijdag 8 januari een prognose geven van de aantallen zomerbloeiers (dahlia's, gladiolen, lelies) die u in februari en maart verwacht te bestellen? Zonder prognose kunnen wij de beschikbaarheid niet garanderen.

Een invulformulier zit in de bijlage.

Met vriendelijke groet,
Orderdesk
Westland Bloembollen B.V.
""", end="Met vriendelijke groet,\nOrderdesk", change="none", intent="question", po=[],
     dates=[("2027-01-08", "other", "vrijdag 8 januari")]),

dict(v="kaashandel", c=0, lang="nl", at="2026-12-18 16:01", subj="Afwezigheidsmelding: RE: P07256 kerstpakketten",
     text="""
Dank voor je bericht. Ik ben afwezig tot en met maandag 4 januari en lees mijn mail niet. Voor bestellingen kun je terecht bij orders@kaashandel.nl, voor dringende zaken bel 0348-412 700.

Fijne feestdagen!
Kees Bakker
Hollandse Kaashandel B.V.
""", end="Fijne feestdagen!", change="none", intent="other", po=["P07256"],
     dates=[("2027-01-04", "other", "maandag 4 januari")]),

dict(v="jansen", c=1, lang="nl", at="2026-11-02 07:30", subj="Elektro Jansen nieuwsbrief november: nieuwe slimme stekkers en winteracties",
     text="""
ELEKTRO JANSEN NIEUWSBRIEF - NOVEMBER 2026

Beste relatie,

Nieuw in ons assortiment: de EJ-SMART serie slimme stekkers met energiemeting, vanaf week 47 leverbaar. Werkt met alle gangbare apps.

Winteractie: tot eind november 10% korting op alle buitenverlichting bij bestellingen vanaf 50 stuks.

Bezoek ons ook op de Elektrotechniek Beurs in Utrecht, 19 t/m 21 januari, stand C118.

Met vriendelijke groet,
Team Elektro Jansen
Afmelden voor deze nieuwsbrief? Klik hier.
""", end="Met vriendelijke groet,\nTeam Elektro Jansen", change="none", intent="other", po=[],
     dates=[("2026-11-16", "other", "vanaf week 47"), ("2026-11-30", "other", "tot eind november"),
            ("2027-01-19", "other", "19 t/m"), ("2027-01-21", "other", "21 januari")]),

dict(v="kempen", lang="nl", at="2026-12-01 11:15", subj="Sluiting bouwverlof eind december",
     text="""
Beste klant,

Wij laten u weten dat onze werkplaats en ons kantoor gesloten zijn tijdens het winterbouwverlof, van maandag 21 december tot en met vrijdag 1 januari. Vanaf maandag 4 januari zijn we er weer.

Leveringen die nog voor de sluiting moeten gebeuren, dienen uiterlijk vrijdag 11 december bevestigd te zijn.

Met vriendelijke groeten
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Met vriendelijke groeten\nWouter Janssens", change="none", intent="other", po=[],
     dates=[("2026-12-21", "other", "maandag 21 december"), ("2027-01-01", "other", "vrijdag 1 januari"),
            ("2027-01-04", "other", "maandag 4 januari"), ("2026-12-11", "other", "vrijdag 11 december")]),

dict(v="zeeland", lang="nl", at="2026-09-10 13:55", subj="RE: order P07257 deurmatten",
     text="""
Ontvangen, dank je wel! Orderbevestiging stuur ik zo snel mogelijk.

Groet, Jolanda

Op 10 sep. 2026 om 11:20 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Hallo Jolanda, hierbij order P07257 voor 800 deurmatten, levering graag week 41.
""", end="Groet, Jolanda", change="none", intent="other", po=["P07257"]),
]
