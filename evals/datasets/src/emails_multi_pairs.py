# ruff: noqa: E501 - email text and sentence patterns are data
"""Second multilingual batch (DE, FR, ES, NL): confusable pairs. Hand-written."""

EMAILS = [
dict(v="kaiser", c=1, lang="de", at="2026-11-18 09:20", subj="Rückfrage zu P00812 – Anlieferung KW 50",
     text="""
Hallo Frau Jensen,

kurze Rückfrage zu Ihrer Bestellung P00812 (LED-Deckenleuchten EK-DL-18): Die Ware ist für die Anlieferung in KW 50 eingeplant, daran ändert sich nichts. Ihr Lager in Hamburg-Billbrook hat uns aber mitgeteilt, dass dort ab dem 07.12. umgebaut wird. Sollen wir trotzdem nach Billbrook liefern oder an Ihr Zentrallager in Neumünster?

Bitte geben Sie uns bis Freitag Bescheid, damit die Spedition richtig disponiert.

Viele Grüße
Petra Lange
Elektro Kaiser GmbH
""", end="Viele Grüße", change="none", intent="question", po=["P00812"],
     commit=("2026-12-07", "für die Anlieferung in KW 50 eingeplant"),
     dates=[("2026-12-07", "confirmed_delivery", "KW 50"), ("2026-12-07", "other", "ab dem 07.12."),
            ("2026-11-20", "other", "bis Freitag")]),

dict(v="mueller", c=2, lang="de", at="2026-10-06 11:05", subj="Bitte um Klärung: Artikelnummer in P00655",
     text="""
Sehr geehrter Herr Osei,

in Ihrer Bestellung P00655 vom 02.10.2026 ist unter Position 3 die Artikelnummer MG-RM-380 mit der Bezeichnung „Akku-Rasenmäher 42 cm" aufgeführt. Die MG-RM-380 ist jedoch unser 38-cm-Modell, das 42-cm-Gerät hat die Nummer MG-RM-420. Bitte um Klärung, welches Modell Sie benötigen – der Preis unterscheidet sich um 30,00 EUR netto pro Stück.

Sobald wir Ihre Antwort haben, erhalten Sie die Auftragsbestätigung mit Liefertermin.

Mit freundlichen Grüßen
Claudia Schmitt
Innendienst
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="none", intent="question", po=["P00655"],
     dates=[("2026-10-02", "other", "02.10.2026")]),

dict(v="schwarzwald", lang="de", at="2026-11-24 15:40", subj="P00834 – Liefertermin verschiebt sich",
     text="""
Hallo Herr Brandt,

der Liefertermin für Ihre Bestellung P00834 (Bratpfannen-Set SH-BP-3) verschiebt sich leider um eine Woche. Die Emaillierung der Deckel ist nicht rechtzeitig fertig geworden. Statt am 01.12. können wir erst am Dienstag, 08.12., anliefern.

Die übrigen Positionen der Bestellung kommen wie bestätigt am 01.12.

Gruß
Markus Weber
""", end="Gruß\nMarkus", change="date", intent="delay", sec=["confirmation"], po=["P00834"],
     commit=("2026-12-08", "erst am Dienstag, 08.12., anliefern"),
     dates=[("2026-12-01", "other", ("01.12.", 0)), ("2026-12-08", "new_eta", "Dienstag, 08.12."),
            ("2026-12-01", "confirmed_delivery", ("01.12.", 1))]),

dict(v="alpen", c=1, lang="de", at="2026-12-02 10:15", subj="Re: Bestellung P00871 Bergkäse",
     text="""
Grüß Gott Frau Klein,

die Lieferung Ihrer Bestellung P00871 verzögert sich: Unser Bergkäse (AF-BK-500) braucht noch etwa zehn Tage länger in der Reifung als geplant. Frühestens können wir am 14.12. ausliefern, statt wie vereinbart am 04.12.

Wäre es für Sie in Ordnung, wenn wir den Speck (AF-SP-200) schon vorab am Freitag schicken, oder möchten Sie alles zusammen in einer Lieferung?

Liebe Grüße
Theresa Huber
Alpen Feinkost AG

Am 20.11.2026 um 09:40 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Bitte bestätigen Sie den Liefertermin 04.12. für P00871.
""", end="Liebe Grüße", change="date", intent="delay", sec=["question"], po=["P00871"],
     commit=("2026-12-14", "Frühestens können wir am 14.12. ausliefern"),
     dates=[("2026-12-14", "new_eta", "14.12."), ("2026-12-04", "other", ("04.12.", 0)),
            ("2026-12-04", "other", "am Freitag schicken")]),

dict(v="brunner", c=1, lang="de", at="2026-10-14 13:30", subj="Auftragsbestätigung P00702 – Frottierwäsche",
     text="""
Grüezi Herr Osei

Vielen Dank für Ihre Bestellung P00702. Wie am Telefon mit Ihnen besprochen, liefern wir die Frottiertücher (BT-FT-70, 600 Stück) nicht in KW 43 wie ursprünglich gewünscht, sondern in KW 45. Dieser Termin ist so mit Ihnen vereinbart und hiermit verbindlich bestätigt.

Unsere Auftragsbestätigung AB-BT-26-0418 liegt bei.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG
""", end="Freundliche Grüsse", change="none", intent="confirmation", po=["P00702"],
     vref=["AB-BT-26-0418"], commit=("2026-11-02", "sondern in KW 45"),
     dates=[("2026-10-19", "other", "KW 43"), ("2026-11-02", "confirmed_delivery", "KW 45")],
     lines=[("BT-FT-70", 600, "Stück", "BT-FT-70, 600 Stück", "P00702")]),

dict(v="kaiser", lang="de", at="2026-09-15 08:50", subj="AB 2026-7731 zu Ihrer Bestellung P00214",
     text="""
Guten Tag Herr Brandt,

anbei unsere Auftragsbestätigung zu P00214. Alle Positionen sind lieferbar, Liefertermin wie gewünscht 25.09.2026.

Mit freundlichen Grüßen
Stefan Kaiser

--- attachment: AB_2026-7731.pdf ---
AUFTRAGSBESTÄTIGUNG Nr. AB 2026-7731
Ihre Bestellung: P00214
Pos. Artikel Menge Einheit Liefertermin
1 EK-VL-5 Verlängerungskabel 5 m 400 Stück 25.09.2026
2 EK-SL-3 Steckdosenleiste 3-fach 250 Stück 25.09.2026
Lieferbedingung: frei Haus
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P00214"],
     vref=["AB 2026-7731"], commit=("2026-09-25", "Liefertermin wie gewünscht 25.09.2026"),
     dates=[("2026-09-25", "confirmed_delivery", ("25.09.2026", 0)),
            ("2026-09-25", "confirmed_delivery", ("25.09.2026", 1)),
            ("2026-09-25", "confirmed_delivery", ("25.09.2026", 2))],
     lines=[("EK-VL-5", 400, "Stück", "1 EK-VL-5 Verlängerungskabel 5 m 400 Stück 25.09.2026", "P00214"),
            ("EK-SL-3", 250, "Stück", "2 EK-SL-3 Steckdosenleiste 3-fach 250 Stück 25.09.2026", "P00214")]),

dict(v="mueller", lang="de", at="2026-11-10 14:25", subj="AW: P00760 Heckenscheren – Teilmenge",
     text="""
Hallo Frau Jensen,

zu Ihrer Bestellung P00760 können wir Ihnen von den 500 bestellten Heckenscheren (MG-HS-60) leider nur 320 Stück bestätigen, Liefertermin 19.11. Die restlichen 180 Stück folgen voraussichtlich in KW 50.

Die Astscheren (MG-AS-75) sind vollständig verfügbar und kommen ebenfalls am 19.11.

Viele Grüße
Jürgen Müller
""", end="Viele Grüße", change="quantity", intent="partial_shipment", sec=["confirmation"],
     po=["P00760"], commit=("2026-12-07", "folgen voraussichtlich in KW 50"),
     dates=[("2026-11-19", "confirmed_delivery", ("19.11.", 0)), ("2026-12-07", "new_eta", "KW 50"),
            ("2026-11-19", "confirmed_delivery", ("19.11.", 1))],
     lines=[("MG-HS-60", 320, "Stück", "nur 320 Stück", "P00760"),
            ("MG-HS-60", 180, "Stück", "restlichen 180 Stück", "P00760")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-12-03 16:10", subj="Versandavis P00889",
     text="""
Guten Tag Frau Klein,

Ihre Bestellung P00889 ist heute komplett bei uns rausgegangen: 2 Paletten mit 96 Kartons Schneidebretter SH-SB-40. Versand per DB Schenker, Sendungsnummer 440122891733. Zustellung laut Schenker am Montag, 07.12.

Den Lieferschein LS-88214 finden Sie im Anhang.

Schöne Grüße
Sabine Hoffmann
""", end="Schöne Grüße", change="shipping", intent="shipping_notice", po=["P00889"],
     vref=["LS-88214"], commit=("2026-12-07", "Zustellung laut Schenker am Montag, 07.12."),
     dates=[("2026-12-03", "ship_date", "heute komplett"), ("2026-12-07", "confirmed_delivery", "Montag, 07.12.")],
     lines=[("SH-SB-40", 96, "Kartons", "96 Kartons Schneidebretter SH-SB-40", "P00889")],
     track=[("DB Schenker", "440122891733", "Sendungsnummer 440122891733")]),

dict(v="kaiser", lang="de", at="2026-10-21 11:45", subj="Stornierung Position 2 – P00733",
     text="""
Sehr geehrte Frau Jensen,

leider müssen wir Position 2 Ihrer Bestellung P00733 (EK-HZ-20 Heizlüfter, 150 Stück) stornieren. Der Hersteller hat das Gerät kurzfristig aus dem Programm genommen, ein Nachfolgemodell ist erst im Frühjahr verfügbar. Position 1 (EK-WK-17 Wasserkocher) liefern wir wie bestätigt am 30.10.

Wir bitten, die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Stefan Kaiser
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P00733"], commit=("2026-10-30", "liefern wir wie bestätigt am 30.10."),
     dates=[("2026-10-30", "confirmed_delivery", "30.10.")],
     lines=[("EK-HZ-20", 150, "Stück", "EK-HZ-20 Heizlüfter, 150 Stück", "P00733")]),

dict(v="alpen", lang="de", at="2026-11-26 09:00", subj="Preisanpassung ab 1. Jänner 2027",
     text="""
Sehr geehrte Damen und Herren,

aufgrund der stark gestiegenen Milchpreise müssen wir unsere Preise mit Wirkung ab 1. Jänner 2027 anpassen:

AF-BK-500 Bergkäse 500 g: bisher 6,80 EUR, neu 7,35 EUR
AF-SP-200 Speck 200 g: bisher 3,90 EUR, neu 4,10 EUR

Alle anderen Artikel bleiben unverändert. Bestellungen, die bis 31.12.2026 bei uns eingehen, liefern wir noch zu den alten Preisen.

Mit freundlichen Grüßen
Florian Gruber
""", end="Mit freundlichen Grüßen", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1. Jänner 2027"), ("2026-12-31", "other", "31.12.2026")],
     prices=[dict(product="AF-BK-500", old=6.80, new=7.35, cur="EUR", eff="2027-01-01",
                  quote="AF-BK-500 Bergkäse 500 g: bisher 6,80 EUR, neu 7,35 EUR"),
             dict(product="AF-SP-200", old=3.90, new=4.10, cur="EUR", eff="2027-01-01",
                  quote="AF-SP-200 Speck 200 g: bisher 3,90 EUR, neu 4,10 EUR")]),

dict(v="brunner", lang="de", at="2026-12-08 08:30", subj="Betriebsferien über Weihnachten und Neujahr",
     frm="Brunner Textil Kundendienst <kundendienst@brunner-textil.ch>",
     text="""
Liebe Kundinnen und Kunden

Unser Betrieb bleibt vom 23.12.2026 bis und mit 06.01.2027 geschlossen. Bestellungen, die nach dem 16.12. eingehen, bearbeiten wir erst ab dem 07.01.2027. Bereits bestätigte Lieferungen sind davon nicht betroffen.

Wir danken Ihnen für die gute Zusammenarbeit und wünschen frohe Festtage.

Brunner Textil AG
Kundendienst
""", end="Brunner Textil AG\nKundendienst", change="none", intent="other",
     dates=[("2026-12-23", "other", "23.12.2026"), ("2027-01-06", "other", "06.01.2027"),
            ("2026-12-16", "other", "16.12."), ("2027-01-07", "other", "07.01.2027")]),

dict(v="mueller", c=2, lang="de", at="2026-11-30 10:40", subj="Rechnung RE-2026-11873 zu P00760",
     text="""
Sehr geehrte Damen und Herren,

im Anhang erhalten Sie unsere Rechnung RE-2026-11873 über die am 19.11.2026 gelieferte Teilmenge Ihrer Bestellung P00760. Zahlbar innerhalb von 30 Tagen netto, also bis zum 30.12.2026.

Bei Fragen zur Rechnung wenden Sie sich bitte an buchhaltung@mueller-gartentechnik.de.

Mit freundlichen Grüßen
Innendienst
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="none", intent="other", po=["P00760"],
     vref=["RE-2026-11873"],
     dates=[("2026-11-19", "other", "19.11.2026"), ("2026-12-30", "other", "30.12.2026")]),
]
