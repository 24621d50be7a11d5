# ruff: noqa: E501 - email text is data
"""More emails in German, French, Spanish and Dutch (issue #5). Hand-written, one voice per vendor."""

EMAILS = [
# ----------------------------------------------------------------------------- German
dict(v="mueller", lang="de", at="2026-11-24 08:50", subj="AW: P00744 Heckenscheren – Termin 27.11.?",
     text="""
Sehr geehrte Frau Klein,

vielen Dank für Ihre Nachfrage. Leider können wir den bestätigten Liefertermin 27.11. für die Akku-Heckenscheren MG-HS-18V aus Ihrer Bestellung P00744 nicht halten. Unser Akku-Zulieferer hat uns kurzfristig versetzt; nach aktuellem Stand können wir erst in KW 51 versenden, die Ware wäre dann spätestens am Freitag, 18.12., bei Ihnen in Hamburg.

Die Ladegeräte MG-LG-18 sind davon nicht betroffen und gehen wie geplant morgen raus.

Sollte der neue Termin für Ihre Weihnachtsaktion zu spät sein, könnten Sie die Position MG-HS-18V auch stornieren – geben Sie uns in dem Fall bitte bis Donnerstag Bescheid.

Mit freundlichen Grüßen

Jürgen Müller
Vertrieb Handel
Müller Gartentechnik GmbH & Co. KG
Tel. +49 7141 55 20-13

Am 23.11.2026 um 16:02 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Hallo Herr Müller,
> wie ist der Stand bei P00744? Der Termin 27.11. ist für uns wichtig, weil die Heckenscheren in den Weihnachtsprospekt kommen.
> Gruß, Sandra Klein
""", end="Mit freundlichen Grüßen", change="date", intent="delay", sec=["question"],
     po=["P00744"], commit=("2026-12-18", "spätestens am Freitag, 18.12., bei Ihnen"),
     dates=[("2026-11-27", "other", ("27.11.", 0)), ("2026-12-14", "ship_date", "KW 51"),
            ("2026-12-18", "new_eta", "Freitag, 18.12."), ("2026-11-25", "ship_date", "morgen"),
            ("2026-11-26", "other", "Donnerstag")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-26 11:20", subj="Auftragsbestätigung AB-26-11873 / Ihre Bestellung P00761",
     text="""
Sehr geehrter Herr Brandt,

vielen Dank für Ihren Auftrag P00761. Anbei unsere Auftragsbestätigung AB-26-11873. Alle Positionen sind ab Lager verfügbar; der Versand erfolgt am 03.12. per Spedition, Anlieferung bei Ihnen am 07.12. (Montag) im Zeitfenster 8–12 Uhr.

Bitte prüfen Sie die AB und melden Sie sich bei Abweichungen.

Mit freundlichen Grüßen
i. A. Petra Lange
Auftragsabwicklung
Elektro Kaiser GmbH

--- attachment: AB-26-11873.pdf ---
ELEKTRO KAISER GMBH – AUFTRAGSBESTÄTIGUNG
AB-Nr.: AB-26-11873   Datum: 26.11.2026   Ihre Bestell-Nr.: P00761   Kunden-Nr.: 40217
Pos  Artikel     Bezeichnung                            Menge   Preis/Stk   Gesamt
1    EK-VL-5M    Verlängerungskabel 5 m weiß            600     3,85        2.310,00
2    EK-MS-6F    Mehrfachsteckdose 6-fach m. Schalter   450     7,20        3.240,00
3    EK-ZS-DIG   Zeitschaltuhr digital                  1.200   4,95        5.940,00
Netto EUR 11.490,00   zzgl. 19 % MwSt.
Liefertermin: 07.12.2026   Versandart: Spedition, frei Haus
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P00761"],
     vref=["AB-26-11873"], commit=("2026-12-07", "Anlieferung bei Ihnen am 07.12. (Montag)"),
     dates=[("2026-12-03", "ship_date", "03.12."), ("2026-12-07", "confirmed_delivery", "07.12. (Montag)"),
            ("2026-11-26", "other", "26.11.2026"), ("2026-12-07", "confirmed_delivery", "07.12.2026")],
     lines=[("EK-VL-5M", 600, None, "EK-VL-5M    Verlängerungskabel 5 m weiß            600     3,85        2.310,00", "P00761"),
            ("EK-MS-6F", 450, None, "EK-MS-6F    Mehrfachsteckdose 6-fach m. Schalter   450     7,20        3.240,00", "P00761"),
            ("EK-ZS-DIG", 1200, None, "EK-ZS-DIG   Zeitschaltuhr digital                  1.200   4,95        5.940,00", "P00761")]),

dict(v="schwarzwald", lang="de", at="2026-12-03 15:40", subj="Teillieferung P00779",
     text="""
Hallo Herr Osei,

kurze Info zu Ihrer Bestellung P00779: Wir haben heute eine Teillieferung rausgeschickt, und zwar

- SH-BR-32 Bräter Gusseisen 32 cm: 120 von 200 Stück
- SH-MS-12 Messerschärfer: komplett, 350 Stück

Die restlichen 80 Bräter kommen aus der nächsten Gießerei-Charge und gehen Anfang nächster Woche raus, die Zustellung ist dann ca. 2 Werktage später.

Sendungsnummern DHL Freight: 4012 8834 551 (Paletten 1–3) und 4012 8834 552 (Palette 4).

Beste Grüße aus Triberg
Markus Weber
""", end="Beste Grüße aus Triberg", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P00779"], commit=("2026-12-09", "die Zustellung ist dann ca. 2 Werktage später"),
     dates=[("2026-12-03", "ship_date", "heute"), ("2026-12-07", "ship_date", "Anfang nächster Woche"),
            ("2026-12-09", "new_eta", "ca. 2 Werktage später")],
     lines=[("SH-BR-32", 120, "Stück", "120 von 200 Stück", "P00779"),
            ("SH-MS-12", 350, "Stück", "komplett, 350 Stück", "P00779"),
            ("SH-BR-32", 80, None, "Die restlichen 80 Bräter", "P00779")],
     track=[("DHL Freight", "4012 8834 551", "Sendungsnummern DHL Freight: 4012 8834 551"),
            ("DHL Freight", "4012 8834 552", "4012 8834 552")]),

dict(v="alpen", c=1, lang="de", at="2026-12-10 14:05", subj="Lieferavis P00802",
     text="""
Hallo Mike,

deine Bestellung P00802 (Lebkuchenherzen, Zirbenschnaps-Pralinen und Kletzenbrot) ist heute Mittag komplett bei uns aus dem Lager raus. Die Spedition Gebrüder Weiss stellt am Montag, 14.12., zwischen 7 und 11 Uhr zu.

Sendungsnummer: GW-AT-77810342
Der Lieferschein LS-26-4471 liegt der Ware bei und hängt auch als PDF dran.

Schönen Gruß aus Salzburg und eine ruhige Adventszeit!
Theresa

--- attachment: LS-26-4471.pdf ---
Alpen Feinkost AG · Lieferschein LS-26-4471 · Lieferdatum 14.12.2026
Bestellung: P00802
AF-LH-100  Lebkuchenherzen 100 g        960 Stk.   8 Kart.
AF-ZP-150  Zirbenschnaps-Pralinen 150 g 480 Stk.   4 Kart.
AF-KB-500  Kletzenbrot 500 g            240 Stk.   4 Kart.
""", end="Schönen Gruß aus Salzburg", change="shipping", intent="shipping_notice", po=["P00802"],
     vref=["LS-26-4471"], commit=("2026-12-14", "stellt am Montag, 14.12., zwischen 7 und 11 Uhr zu"),
     dates=[("2026-12-10", "ship_date", "heute Mittag"), ("2026-12-14", "confirmed_delivery", "Montag, 14.12."),
            ("2026-12-14", "confirmed_delivery", "Lieferdatum 14.12.2026")],
     lines=[("AF-LH-100", 960, "Stk.", "AF-LH-100  Lebkuchenherzen 100 g        960 Stk.   8 Kart.", "P00802"),
            ("AF-ZP-150", 480, "Stk.", "AF-ZP-150  Zirbenschnaps-Pralinen 150 g 480 Stk.   4 Kart.", "P00802"),
            ("AF-KB-500", 240, "Stk.", "AF-KB-500  Kletzenbrot 500 g            240 Stk.   4 Kart.", "P00802")],
     track=[("Gebrüder Weiss", "GW-AT-77810342", "Sendungsnummer: GW-AT-77810342")]),

dict(v="brunner", c=1, lang="de", at="2026-10-14 10:35", subj="AW: P00455 Pos. 3 stornieren",
     text="""
Grüezi Frau Jensen

Besten Dank für Ihre Nachricht. Wie gewünscht haben wir die Position 3 (BT-KS-80, Kissenbezug Leinen 40x80 cm, 500 Stück) aus Ihrer Bestellung P00455 storniert. Die übrigen Positionen bleiben unverändert und werden wie bestätigt in KW 44 geliefert.

Eine korrigierte Auftragsbestätigung (AB 26-3318 Rev. 1) folgt separat.

Freundliche Grüsse

Nadine Keller
Innendienst
Brunner Textil AG
Webereistrasse 12, 9630 Wattwil

-----Ursprüngliche Nachricht-----
Von: Laura Jensen <laura.jensen@hhg-retail.com>
Gesendet: Dienstag, 13. Oktober 2026 17:48
An: Nadine Keller <nadine.keller@brunner-textil.ch>
Betreff: P00455 Pos. 3 stornieren

Guten Tag Frau Keller,
bitte stornieren Sie bei P00455 die Position 3 (Kissenbezüge 40x80). Der Rest bleibt wie bestellt.
Danke und Gruss
Laura Jensen
""", end="Freundliche Grüsse", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P00455"], vref=["AB 26-3318"], commit=("2026-10-26", "wie bestätigt in KW 44 geliefert"),
     dates=[("2026-10-26", "confirmed_delivery", "KW 44")],
     lines=[("BT-KS-80", 500, "Stück", "500 Stück", "P00455")]),

dict(v="kaiser", lang="de", at="2026-11-05 09:00", subj="Preisanpassung zum 01.01.2027",
     text="""
Sehr geehrte Damen und Herren,

die gestiegenen Kupferpreise und der jüngste Tarifabschluss in der Metall- und Elektroindustrie zwingen uns, unsere Listenpreise anzupassen. Zum 01.01.2027 erhöhen sich alle Preise unseres Kabel- und Steckdosensortiments um durchschnittlich 4,5 %. Für die Zeitschaltuhren (EK-ZS-DIG) gilt ein Aufschlag von 6 %, der Stückpreis steigt damit von 4,95 EUR auf 5,25 EUR.

Bestellungen, die bis zum 15.12.2026 bei uns eingehen und bis Ende Januar abgerufen werden, beliefern wir noch zu den bisherigen Konditionen.

Die neue Preisliste 2027 finden Sie im Anhang. Für Rückfragen steht Ihnen Frau Lange gerne zur Verfügung.

Mit freundlichen Grüßen
Stefan Kaiser
Geschäftsführer
Elektro Kaiser GmbH
""", end="Mit freundlichen Grüßen", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "01.01.2027"), ("2026-12-15", "other", "15.12.2026"),
            ("2027-01-31", "other", "Ende Januar")],
     prices=[dict(product="Kabel- und Steckdosensortiment", pct=4.5, eff="2027-01-01",
                  quote="erhöhen sich alle Preise unseres Kabel- und Steckdosensortiments um durchschnittlich 4,5 %"),
             dict(product="EK-ZS-DIG", old=4.95, new=5.25, pct=6.0, cur="EUR", eff="2027-01-01",
                  quote="Für die Zeitschaltuhren (EK-ZS-DIG) gilt ein Aufschlag von 6 %, der Stückpreis steigt damit von 4,95 EUR auf 5,25 EUR")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-10-07 13:25", subj="Rückfrage Lieferadresse P00402",
     text="""
Guten Tag Herr Brandt,

für Ihre Bestellung P00402 (Gusseisenpfannen) bräuchten wir noch zwei Angaben von Ihnen, bevor wir den Transport buchen können:

1. Soll die Ware an Ihr Zentrallager in Hamburg-Billbrook oder direkt an die Filiale in Lüneburg gehen? In der Bestellung stehen beide Adressen.
2. Benötigt Ihr Lager eine Avisierung mit Zeitfenster, und falls ja, bei wem?

Am Liefertermin KW 43 ändert sich nichts.

Vielen Dank und freundliche Grüße
Sabine Hoffmann
Innendienst
""", end="Vielen Dank und freundliche Grüße", change="none", intent="question", sec=["confirmation"],
     po=["P00402"], commit=("2026-10-19", "Am Liefertermin KW 43 ändert sich nichts"),
     dates=[("2026-10-19", "confirmed_delivery", "KW 43")]),

dict(v="mueller", c=1, lang="de", at="2026-12-18 16:30", subj="Abwesenheitsnotiz: P00790 Restmenge",
     text="""
Vielen Dank für Ihre Nachricht.

Ich bin vom 21.12.2026 bis einschließlich 06.01.2027 nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter innendienst@mueller-gartentechnik.de oder +49 7141 55 20-0. Bitte beachten Sie, dass unser Lager zwischen den Feiertagen (24.12. bis 01.01.) geschlossen ist.

Mit freundlichen Grüßen
Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG

Am 18.12.2026 um 16:29 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Frau Schmitt, können Sie mir für P00790 noch einen Termin für die Restmenge nennen?
""", end="Mit freundlichen Grüßen", change="none", intent="other", po=["P00790"],
     dates=[("2026-12-21", "other", "21.12.2026"), ("2027-01-06", "other", "06.01.2027"),
            ("2026-12-24", "other", "24.12."), ("2027-01-01", "other", "01.01.")]),

dict(v="alpen", lang="de", at="2026-11-27 17:15", subj="P00781 Geschenksets – leider später",
     text="""
Servus Mike,

ich muss dir leider eine schlechte Nachricht geben: Die Kürbiskernöl-Geschenksets (AF-GS-KO) für P00781 werden nicht wie ausgemacht am Montag fertig. Unser Glaslieferant hat die Flaschen falsch bedruckt, wir müssen alles neu etikettieren.

Realistisch geht die Ware voraussichtlich am Donnerstag, 03.12., raus, Zustellung bei euch dann Montag 07.12. oder spätestens Dienstag 08.12. Ich halt dich auf dem Laufenden.

Die Speckplatten aus derselben Bestellung kommen unverändert am 01.12.

Liebe Grüße
Flo
""", end="Liebe Grüße", change="date", intent="delay", po=["P00781"],
     commit=("2026-12-08", "spätestens Dienstag 08.12."),
     dates=[("2026-11-30", "other", "am Montag"), ("2026-12-03", "ship_date", "Donnerstag, 03.12."),
            ("2026-12-07", "range_start", "Montag 07.12."), ("2026-12-08", "range_end", "Dienstag 08.12."),
            ("2026-12-01", "confirmed_delivery", "01.12.")]),

dict(v="brunner", lang="de", at="2026-11-16 08:10", subj="AW: P00712 – Liefertermin vorziehen?",
     text="""
Guten Morgen Frau Klein

Das sollte klappen. Wir ziehen die Frottiertücher für P00712 vor: Versand am Mittwoch ab Wattwil, Zustellung in Hamburg am Freitag, 20.11. Die Menge bleibt wie bestellt bei 1'200 Stück.

Freundliche Grüsse
Reto Brunner

________________________________
Von: Sandra Klein <sandra.klein@hhg-retail.com>
Gesendet: Freitag, 13. November 2026 15:22
An: Reto Brunner <reto.brunner@brunner-textil.ch>
Betreff: P00712 – Liefertermin vorziehen?

Hallo Herr Brunner,
die Frottiertücher aus P00712 sind für KW 49 bestätigt. Wäre eine Lieferung schon in KW 47 möglich? Der Abverkauf läuft besser als gedacht.
Viele Grüsse
Sandra Klein
""", end="Freundliche Grüsse", change="date", intent="confirmation", po=["P00712"],
     commit=("2026-11-20", "Zustellung in Hamburg am Freitag, 20.11."),
     dates=[("2026-11-18", "ship_date", "Mittwoch"), ("2026-11-20", "confirmed_delivery", "Freitag, 20.11.")],
     lines=[("Frottiertücher", 1200, "Stück", "1'200 Stück", "P00712")]),
]
