# ruff: noqa: E501 - email text is data
"""German, French, Spanish and Dutch, round 12: 66 emails (eighteen in German with Austrian and
Swiss vendors; sixteen each in French with Belgian and Swiss vendors, in Spanish with Mexican,
Argentine and Colombian vendors, and in Dutch with Flemish ones), aimed at picking the
commitment date. Questions and price letters that also state the order's planned delivery
("die Lieferung ist für KW 50 eingeplant", "livraison prévue le mercredi 9 décembre", "la
entrega sigue programada para el 14/12", "levering blijft gepland op vrijdag 11/12") against
ones that only ask about or propose a date; delays and partial shipments with old and new
dates, arrival words (Ankunft, arrivée, llegada, arribo, aankomst), calendar weeks, ranges and
relative words (morgen, übermorgen, demain, pasado mañana, overmorgen, nächste Woche, la semaine
prochaine, la próxima semana, volgende week maandag); numeric dates with weekdays, ISO dates in
acknowledgement and delivery-note text, forwarded carrier mail, an inline reply and quoted
history that names other dates and orders. Twenty-two of them commit to no delivery date
although they name dates (proposals, readiness and ship dates alone, closures, price dates,
vague rests). Hand-written and hand-labelled by reading each email; no extractor or classifier
was run on them."""

EMAILS = [
# ----------------------------------------------------------------------------- German
dict(v="schwarzwald", lang="de", at="2026-11-24 10:15", subj="P11600 - Frage zur Palettierung",
     text="""
Guten Morgen Frau Klein,

kurze Frage zu Ihrer Bestellung P11600 (Pfannen-Set SH-PF-3, 420 Sets): Ihr Lager in Hamburg hat uns beim letzten Mal gebeten, nicht höher als 1,60 m zu palettieren. Gilt das weiterhin, oder dürfen wir wieder auf 1,80 m gehen? Das spart Ihnen zwei Paletten.

Die Lieferung ist für KW 50 eingeplant, daran ändert sich nichts. Für die Palettierung bräuchte ich Ihre Antwort aber bis Freitag, da wir am Montag mit dem Verpacken beginnen.

Mit freundlichen Grüßen
Markus Weber
Schwarzwald Haushaltswaren GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="question", po=["P11600"],
     commit=("2026-12-07", "Die Lieferung ist für KW 50 eingeplant"),
     dates=[("2026-12-07", "confirmed_delivery", "KW 50"), ("2026-11-27", "other", "bis Freitag"),
            ("2026-11-30", "other", "am Montag")]),

dict(v="mueller", c=1, lang="de", at="2026-11-30 09:05", subj="Liefertag P11601 abstimmen",
     text="""
Sehr geehrter Herr Brandt,

Ihre Bestellung P11601 (Rasenmäher-Ersatzmesser MG-EM-46, 300 Stück) ist versandbereit. Da Sie im Auftrag keinen festen Liefertag angegeben haben, möchte ich mit Ihnen abstimmen, wann Ihr Lager die Ware annehmen kann. Wir könnten Montag 7.12. oder Mittwoch 9.12. anliefern, jeweils vormittags.

Welcher Tag passt Ihnen besser? Eine kurze Rückmeldung bis morgen wäre prima, dann buche ich die Spedition.

Mit freundlichen Grüßen
Claudia Schmitt
Innendienst
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="none", intent="question", po=["P11601"],
     dates=[("2026-12-07", "other", "Montag 7.12."), ("2026-12-09", "other", "Mittwoch 9.12."),
            ("2026-12-01", "other", "bis morgen")]),

dict(v="kaiser", lang="de", at="2026-11-19 14:30", subj="Preisanpassung 2027 / Ihre Bestellung P11602",
     text="""
Sehr geehrte Frau Jensen,

wie bereits auf der Messe angekündigt, müssen wir unsere Listenpreise zum 1. Januar 2027 anpassen. Kupfer und Elektronikbauteile sind seit dem Frühjahr deutlich teurer geworden; im Schnitt erhöhen sich unsere Preise um 4,5 %. Für Ihre Hauptartikel bedeutet das:

Artikel     Bezeichnung                    bisher    ab 01.01.2027
EK-LED-9W   LED-Leuchtmittel E27 9 W       1,85 €    1,93 €
EK-VL-3     Verlängerung 3 m weiß          3,40 €    3,55 €

Ihre offene Bestellung P11602 ist davon nicht betroffen: die Lieferung ist für Donnerstag, 10.12. eingeplant und wird selbstverständlich noch zu den bisherigen Preisen berechnet.

Mit freundlichen Grüßen
Stefan Kaiser
Elektro Kaiser GmbH
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P11602"],
     commit=("2026-12-10", "die Lieferung ist für Donnerstag, 10.12. eingeplant"),
     dates=[("2027-01-01", "price_effective", "zum 1. Januar 2027"),
            ("2027-01-01", "price_effective", "ab 01.01.2027"),
            ("2026-12-10", "confirmed_delivery", "Donnerstag, 10.12.")],
     prices=[dict(pct=4.5, eff="2027-01-01", quote="im Schnitt erhöhen sich unsere Preise um 4,5 %"),
             dict(product="EK-LED-9W", old=1.85, new=1.93, cur="EUR", eff="2027-01-01",
                  quote="EK-LED-9W   LED-Leuchtmittel E27 9 W       1,85 €    1,93 €"),
             dict(product="EK-VL-3", old=3.40, new=3.55, cur="EUR", eff="2027-01-01",
                  quote="EK-VL-3     Verlängerung 3 m weiß          3,40 €    3,55 €")]),

dict(v="alpen", lang="de", at="2026-11-18 11:00", subj="Preisinformation Kürbiskernöl ab Februar",
     text="""
Sehr geehrter Herr Osei,

die Kürbisernte 2026 in der Steiermark war leider um fast ein Drittel kleiner als im Vorjahr, die Kernpreise sind entsprechend gestiegen. Wir müssen daher den Preis für unser Steirisches Kürbiskernöl g.g.A. (AF-KO-250, 250 ml) ab 01.02.2027 von 6,40 € auf 6,95 € je Flasche anheben. Alle anderen Artikel bleiben unverändert.

Zu Ihrer offenen Bestellung P11603: das Öl dafür kommt aus der neuen Pressung, die erst Mitte Jänner abgefüllt wird. Den Liefertermin kann ich Ihnen deshalb noch nicht sagen; ich melde mich, sobald die Abfüllung eingeplant ist. Berechnet wird P11603 noch zum alten Preis.

Mit freundlichen Grüßen
Florian Gruber
Alpen Feinkost AG
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P11603"],
     dates=[("2027-02-01", "price_effective", "ab 01.02.2027"), ("2027-01-15", "other", "Mitte Jänner")],
     prices=[dict(product="AF-KO-250", old=6.40, new=6.95, cur="EUR", eff="2027-02-01",
                  quote="ab 01.02.2027 von 6,40 € auf 6,95 € je Flasche")]),

dict(v="d12b_pfalz", lang="de", at="2026-12-02 08:50", subj="P11604 - Ankunft verschiebt sich",
     text="""
Hallo Herr Osei,

leider eine schlechte Nachricht zu P11604 (Grillkohle-Briketts PG-BR-10, 22 Paletten): die Ware wird nicht wie bestätigt am Montag 7.12. bei Ihnen ankommen. Unsere Spedition hat zwei Fahrer krank gemeldet und kann erst übermorgen laden. Ankunft in Hamburg dann voraussichtlich Donnerstag 10.12., ich schicke Ihnen das Avis, sobald der LKW unterwegs ist.

Sorry für die kurzfristige Änderung!

Viele Grüße
Thomas Becker
Pfälzer Holzkohle & Grillzubehör GmbH
""", end="Viele Grüße", change="date", intent="delay", po=["P11604"],
     commit=("2026-12-10", "Ankunft in Hamburg dann voraussichtlich Donnerstag 10.12."),
     dates=[("2026-12-07", "other", "am Montag 7.12."), ("2026-12-04", "ship_date", "erst übermorgen laden"),
            ("2026-12-10", "new_eta", "Donnerstag 10.12.")]),

dict(v="d9d_franken", lang="de", at="2026-12-08 13:40", subj="Teillieferung P11605 / Rest KW 51",
     text="""
Guten Tag Frau Jensen,

zu Ihrer Bestellung P11605 geht heute eine Teillieferung raus: 600 von 900 Handfegersets FB-HF-2. Die Borsten für die restlichen 300 Sets sind erst gestern eingetroffen; die verladen wir in KW 51, Ankunft bei Ihnen spätestens Freitag, 18.12.

Spedition: Dachser, Sendungsnummer DAC-D12B-771204. Diese erste Sendung ist am Donnerstag bei Ihnen.

Mit freundlichen Grüßen
Holger Brandl
Fränkische Bürstenwerke GmbH
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11605"], commit=("2026-12-18", "Ankunft bei Ihnen spätestens Freitag, 18.12."),
     dates=[("2026-12-08", "ship_date", "geht heute eine Teillieferung raus"),
            ("2026-12-07", "other", "erst gestern eingetroffen"), ("2026-12-14", "ship_date", "KW 51"),
            ("2026-12-18", "new_eta", "Freitag, 18.12."), ("2026-12-10", "confirmed_delivery", "am Donnerstag")],
     lines=[("FB-HF-2", 600, None, "600 von 900 Handfegersets FB-HF-2", "P11605"),
            ("FB-HF-2", 300, "Sets", "restlichen 300 Sets", "P11605")],
     track=[("Dachser", "DAC-D12B-771204", "Sendungsnummer DAC-D12B-771204")]),

dict(v="ruhrtal", lang="de", at="2026-10-14 07:40", subj="P11606",
     text="""
Moin, P11606 kommt morgen statt heute, LKW hat nen Motorschaden. Gruß Schulte
""", end="Gruß Schulte", change="date", intent="delay", po=["P11606"],
     commit=("2026-10-15", "P11606 kommt morgen"),
     dates=[("2026-10-15", "new_eta", "kommt morgen"), ("2026-10-14", "other", "statt heute")]),

dict(v="brunner", c=1, lang="de", at="2026-11-17 15:20", subj="WG: Transportavis P11607",
     text="""
Guten Tag Herr Brandt

Anbei die Meldung unseres Spediteurs zu P11607. Leider kommt die Ware einen Tag später an als in unserer Auftragsbestätigung (23.11.) angegeben, weil die Verzollung in Basel länger dauert. Bitte planen Sie den Wareneingang für den 24.11. ein.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG

---------- Weitergeleitete Nachricht ---------
Von: Dispo Rheinhafen Spedition <dispo@rheinhafen-spedition.ch>
Datum: Di., 17. Nov. 2026 um 13:02
Betreff: AW: Transport Brunner / Hartmann

Hallo Frau Keller
Abholung bei Ihnen: 2026-11-19
Verzollung Basel / Weil am Rhein: 2026-11-20
Ankunft Hamburg Lager Hartmann: 2026-11-24, Zeitfenster 08-12 Uhr
Sendung RHS-D12B-40712, 6 Paletten
Gruss Dispo
""", end="Freundliche Grüsse", change="date", intent="delay", po=["P11607"],
     commit=("2026-11-24", "Bitte planen Sie den Wareneingang für den 24.11. ein"),
     dates=[("2026-11-23", "other", "23.11."), ("2026-11-24", "new_eta", "den 24.11."),
            ("2026-11-19", "ship_date", "Abholung bei Ihnen: 2026-11-19"),
            ("2026-11-20", "other", "Verzollung Basel / Weil am Rhein: 2026-11-20"),
            ("2026-11-24", "new_eta", "Ankunft Hamburg Lager Hartmann: 2026-11-24")],
     track=[("Rheinhafen Spedition", "RHS-D12B-40712", "Sendung RHS-D12B-40712")]),

dict(v="tirol", lang="de", at="2026-12-03 10:30", subj="P11608 - Wunschtermin?",
     text="""
Grüß Gott Frau Klein,

die Schneidbretter und Salatschüsseln zu Ihrer Bestellung P11608 sind fertig und ab Mittwoch 9.12. versandbereit. Im Auftrag steht als Liefertermin nur "Dezember". Wann hätten Sie die Ware gern? Wir könnten nächste Woche noch liefern, oder - falls Ihr Lager vor Weihnachten voll ist - auch erst nach Neujahr.

Bitte geben Sie mir kurz Bescheid, dann organisiere ich den Transport.

Schöne Grüße aus Schwaz
Andreas Hofer
Tiroler Holzwaren GmbH
""", end="Schöne Grüße aus Schwaz", change="none", intent="question", po=["P11608"],
     dates=[("2026-12-09", "other", "ab Mittwoch 9.12. versandbereit"), ("2026-12-01", "other", "\"Dezember\""),
            ("2026-12-07", "other", "nächste Woche")]),

dict(v="d12b_salzburg", lang="de", at="2026-10-02 09:45", subj="Auftragsbestätigung AB-d12b-2610 zu P11609",
     text="""
Sehr geehrte Frau Jensen,

vielen Dank für Ihren Auftrag P11609. Anbei unsere Auftragsbestätigung: alle Positionen können wir in Ihrer Wunschwoche liefern, die Kaffeekannen kommen wegen eines eigenen Brandes als letzte.

Mit freundlichen Grüßen
Elisabeth Moser
Salzkammerguter Emailwaren GmbH

--- attachment: AB-d12b-2610.pdf ---
AUFTRAGSBESTÄTIGUNG AB-d12b-2610
Datum: 2026-10-02
Ihre Bestellung: P11609 vom 2026-09-28
Wunschtermin: KW 43
Pos  Artikel     Bezeichnung                 Menge  Liefertermin
1    SE-HF-20    Emailtopf 20 cm creme         240  2026-10-19
2    SE-MI-05    Milchtopf 0,5 l creme         180  2026-10-19
3    SE-KK-15    Kaffeekanne 1,5 l creme        96  2026-10-23
Lieferbedingung: frei Haus Hamburg
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P11609"],
     vref=["AB-d12b-2610"],
     commit=("2026-10-23", "3    SE-KK-15    Kaffeekanne 1,5 l creme        96  2026-10-23"),
     dates=[("2026-10-02", "other", "Datum: 2026-10-02"), ("2026-09-28", "other", "2026-09-28"),
            ("2026-10-19", "other", "KW 43"),
            ("2026-10-19", "confirmed_delivery", ("2026-10-19", 0)),
            ("2026-10-19", "confirmed_delivery", ("2026-10-19", 1)),
            ("2026-10-23", "confirmed_delivery", "2026-10-23")],
     lines=[("SE-HF-20", 240, None, "1    SE-HF-20    Emailtopf 20 cm creme         240  2026-10-19", "P11609"),
            ("SE-MI-05", 180, None, "2    SE-MI-05    Milchtopf 0,5 l creme         180  2026-10-19", "P11609"),
            ("SE-KK-15", 96, None, "3    SE-KK-15    Kaffeekanne 1,5 l creme        96  2026-10-23", "P11609")]),

dict(v="d11c_allgaeu", lang="de", at="2026-11-11 16:05", subj="AW: P11610 Liefertermin",
     text="""
Hallo Herr Brandt,

ehrlich gesagt schaffen wir P11610 diese Woche nicht mehr, der Filz für die Sitzkissen AF-SK-40 kam zu spät aus der Walkerei. Lieferung dann nächste Woche zwischen Dienstag und Donnerstag, den genauen Tag sagt uns die Spedition am Montag.

Viele Grüße
Monika Rauch

Am 10.11.2026 um 09:12 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Hallo Frau Rauch, bleibt es bei P11610 bei Freitag, 13.11.? Gruß T. Brandt
""", end="Viele Grüße", change="date", intent="delay", po=["P11610"],
     commit=("2026-11-19", "Lieferung dann nächste Woche zwischen Dienstag und Donnerstag"),
     dates=[("2026-11-09", "other", "diese Woche"),
            ("2026-11-17", "range_start", "nächste Woche zwischen Dienstag"),
            ("2026-11-19", "range_end", "Donnerstag"), ("2026-11-16", "other", "am Montag")]),

dict(v="lueneburg", c=1, lang="de", at="2026-11-23 12:10", subj="AW: Fragen zu P11611",
     text="""
Hallo Frau Klein,

meine Antworten zu P11611 stehen direkt unter Ihren Fragen.

Am 23.11.2026 um 08:41 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> 1. Bleibt es bei der Anlieferung am 27.11.?
Ja, Anlieferung Freitag 27.11. wie geplant, die Decken sind schon gepackt.
> 2. Können Sie die Lieferscheine zweifach beilegen?
Machen wir.
> 3. Kommt P11613 auch mit?
Nein, die Kissenhüllen für die andere Bestellung kommen separat in KW 50, das hatte Herr Albers Ihnen ja geschrieben.
Eine Frage von meiner Seite: sollen die Decken einzeln in Folie oder reichen die Kartons?

Schöne Grüße
Frauke Meyer
Lüneburger Wollmanufaktur GmbH
""", end="Schöne Grüße", change="none", intent="confirmation", sec=["question"], po=["P11611", "P11613"],
     commit=("2026-11-27", "Ja, Anlieferung Freitag 27.11. wie geplant"),
     dates=[("2026-11-27", "confirmed_delivery", "Freitag 27.11."),
            ("2026-12-07", "confirmed_delivery", "KW 50")],
     changes=[("P11611", "confirmation", "2026-11-27", None, "Anlieferung Freitag 27.11. wie geplant"),
              ("P11613", "confirmation", "2026-12-07", None, "kommen separat in KW 50")]),

dict(v="hansa", lang="de", at="2026-11-26 11:20", subj="P11612 Windlichter - neuer Termin",
     text="""
Sehr geehrte Frau Jensen,

die Windlichter HG-WL-15 für Ihre Bestellung P11612 sind für KW 49 leider nicht zu halten: beim Glashersteller ist eine Wanne ausgefallen und die Produktion ruht seit Montag. Neuer Termin ist KW 51, Ankunft bei Ihnen voraussichtlich Mittwoch, 16.12.

Die Teelichtgläser aus derselben Bestellung könnten wir wie bestätigt in KW 49 vorab liefern, wenn Ihnen das recht ist.

Mit freundlichen Grüßen
Anke Petersen
Hansa Glas & Porzellan GmbH
""", end="Mit freundlichen Grüßen", change="date", intent="delay", sec=["question"], po=["P11612"],
     commit=("2026-12-16", "Ankunft bei Ihnen voraussichtlich Mittwoch, 16.12."),
     dates=[("2026-11-30", "other", ("KW 49", 0)), ("2026-11-23", "other", "seit Montag"),
            ("2026-12-14", "new_eta", "KW 51"), ("2026-12-16", "new_eta", "Mittwoch, 16.12."),
            ("2026-11-30", "other", ("KW 49", 1))]),

dict(v="d9c_bremen", lang="de", at="2026-12-07 08:02", subj="Abwesenheitsnotiz: AW: P11614 Lieferavis",
     text="""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.12. nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ab Dienstag, 15.12. bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an unsere Auftragsannahme unter auftrag@bremer-gewuerzkontor.de oder 0421 55 20 90.

Henning Rohlfs
Bremer Gewürzkontor GmbH
""", end="Henning Rohlfs", change="none", intent="other", po=["P11614"],
     dates=[("2026-12-14", "other", "bis einschließlich 14.12."), ("2026-12-15", "other", "Dienstag, 15.12.")]),

dict(v="d10c_sauerland", lang="de", at="2026-12-15 14:10", subj="Teillieferung P11615 + Betriebsferien",
     text="""
Hallo Frau Klein,

heute ist eine Teillieferung zu P11615 rausgegangen, Lieferschein hängt an. Den Rest (120 Rollen Spanndraht) schaffen wir vor unseren Betriebsferien vom 21.12. bis 08.01. nicht mehr, der kommt nach den Ferien, Termin steht im Lieferschein.

Gruß
Carsten Kemper
Sauerländer Drahtwaren GmbH

--- attachment: LS-d12b-8815.pdf ---
LIEFERSCHEIN LS-d12b-8815
Versanddatum: 2026-12-15
Ihre Bestellung: P11615
Artikel      Bezeichnung                bestellt  geliefert  Rückstand
SD-MD-100    Maschendraht 1,0 x 25 m        80         80          0
SD-SP-50     Spanndraht 50 m               200         80        120
Rückstand voraussichtlich Liefertermin: 2027-01-12
Spedition: Hellmann, Sendungsnr. HEL-D12B-151220
""", end="Gruß\nCarsten", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11615"], vref=["LS-d12b-8815"],
     commit=("2027-01-12", "Rückstand voraussichtlich Liefertermin: 2027-01-12"),
     dates=[("2026-12-15", "ship_date", "heute ist eine Teillieferung"), ("2026-12-21", "other", "vom 21.12."),
            ("2027-01-08", "other", "bis 08.01."), ("2026-12-15", "ship_date", "Versanddatum: 2026-12-15"),
            ("2027-01-12", "new_eta", "2027-01-12")],
     lines=[("SD-SP-50", 120, "Rollen", "Den Rest (120 Rollen Spanndraht)", "P11615"),
            ("SD-MD-100", 80, None, "SD-MD-100    Maschendraht 1,0 x 25 m        80         80          0", "P11615"),
            ("SD-SP-50", 80, None, "SD-SP-50     Spanndraht 50 m               200         80        120", "P11615")],
     track=[("Hellmann", "HEL-D12B-151220", "Sendungsnr. HEL-D12B-151220")]),

dict(v="mueller", lang="de", at="2026-11-16 10:50", subj="P11616 - Pos. 2 storniert",
     text="""
Sehr geehrter Herr Osei,

leider müssen wir Pos. 2 Ihrer Bestellung P11616 (40 Akku-Laubbläser MG-LB-36) stornieren: der Hersteller hat das Modell abgekündigt und liefert seit Oktober keine Geräte mehr. Wir haben Ihnen dafür nichts berechnet.

Pos. 1 (60 Akku-Rasenmäher MG-RM-42) ist davon nicht betroffen und wird wie bestätigt am Dienstag, 24.11. geliefert.

Mit freundlichen Grüßen
Jürgen Müller
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P11616"], commit=("2026-11-24", "wird wie bestätigt am Dienstag, 24.11. geliefert"),
     dates=[("2026-10-01", "other", "seit Oktober"), ("2026-11-24", "confirmed_delivery", "Dienstag, 24.11.")],
     lines=[("MG-LB-36", 40, None, "40 Akku-Laubbläser MG-LB-36", "P11616"),
            ("MG-RM-42", 60, None, "60 Akku-Rasenmäher MG-RM-42", "P11616")]),

dict(v="d12b_basel", lang="de", at="2026-12-03 16:45", subj="P11617 Lieferung morgen fällt aus",
     text="""
Grüezi Frau Jensen

Die Lieferung der Geschenkpapierrollen zu P11617, die für morgen geplant war, müssen wir leider verschieben. Unser Papierlieferant hat die Spezialrolle mit Goldprägung nicht geliefert, und ohne sie können wir die Sets nicht konfektionieren. Einen neuen Termin kann ich Ihnen erst nächste Woche nennen, wenn wir wissen, wann das Papier kommt.

Freundliche Grüsse
Reto Widmer
Basler Papeterie AG
""", end="Freundliche Grüsse", change="date", intent="delay", po=["P11617"],
     dates=[("2026-12-04", "other", "für morgen geplant"), ("2026-12-07", "other", "erst nächste Woche")]),

dict(v="steirer", lang="de", at="2026-11-20 09:30", subj="Abholbereit: P11618",
     text="""
Sehr geehrter Herr Brandt,

Ihre Bestellung P11618 (Blumentöpfe SK-BT-30, 8 Paletten) ist fertig und kann ab Mittwoch, 25.11. bei uns in Gleisdorf abgeholt werden (ab Werk, wie vereinbart). Bitte lassen Sie Ihren Spediteur den Abholtermin mit unserem Lager abstimmen; Ladezeiten werktags 7-14 Uhr.

Mit freundlichen Grüßen
Wolfgang Pichler
Steirische Keramik GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P11618"],
     dates=[("2026-11-25", "ship_date", "ab Mittwoch, 25.11.")]),
# ----------------------------------------------------------------------------- French
dict(v="savonnerie", lang="fr", at="2026-11-27 10:40", subj="Commande P11620 - étiquettes EAN",
     text="""
Bonjour Madame Jensen,

Votre commande P11620 (coffrets de savons SP-CO-3, 540 coffrets) est en production et la livraison est prévue le mercredi 9 décembre. Avant de lancer l'étiquetage, j'ai une question : souhaitez-vous que nous collions vos étiquettes prix sur chaque coffret, comme pour votre commande précédente, ou seulement le code EAN ?

Pourriez-vous me répondre d'ici mardi ? Sans réponse, nous mettrons uniquement l'EAN.

Bien cordialement,
Camille Girard
Savonnerie de Provence SARL
""", end="Bien cordialement,", change="none", intent="question", po=["P11620"],
     commit=("2026-12-09", "la livraison est prévue le mercredi 9 décembre"),
     dates=[("2026-12-09", "confirmed_delivery", "mercredi 9 décembre"), ("2026-12-01", "other", "d'ici mardi")]),

dict(v="bearn", c=1, lang="fr", at="2026-12-10 11:15", subj="Commande P11621 - livraison un samedi ?",
     text="""
Bonjour Monsieur Osei,

Notre transporteur nous propose de livrer votre commande P11621 (nappes TB-NA-160) le samedi 19/12 au matin, car ses tournées de la semaine sont complètes. Votre entrepôt de Hamburg reçoit-il le samedi ? Si ce n'est pas le cas, il faudra voir avec lui pour un autre jour, je n'ai pas encore d'alternative.

Merci de me dire rapidement.

Cordialement,
Pierre Laborde
Tissages du Béarn SARL
""", end="Cordialement,", change="none", intent="question", po=["P11621"],
     dates=[("2026-12-19", "other", "samedi 19/12")]),

dict(v="jardinsduval", lang="fr", at="2026-11-19 09:20", subj="P11622 - regroupement de livraison ?",
     text="""
Bonjour Madame Klein,

Votre commande P11622 (bacs à fleurs JV-BF-60, 160 pièces) est prête à partir, et la livraison est toujours prévue en semaine 49. Nous aurions cependant une proposition : votre autre commande chez nous (les jardinières) sera prête en semaine 50. Si vous êtes d'accord, nous pourrions livrer les deux ensemble en semaine 50, ce qui vous économiserait les frais de transport d'une livraison.

Merci de nous dire ce que vous préférez. Sans réponse de votre part d'ici lundi, nous livrerons P11622 comme prévu en semaine 49.

Cordialement,
Nathalie Moreau
Les Jardins du Val SAS
""", end="Cordialement,", change="none", intent="question", po=["P11622"],
     commit=("2026-11-30", "la livraison est toujours prévue en semaine 49"),
     dates=[("2026-11-30", "confirmed_delivery", ("semaine 49", 0)), ("2026-12-07", "other", ("semaine 50", 0)),
            ("2026-12-07", "other", ("semaine 50", 1)), ("2026-11-23", "other", "d'ici lundi"),
            ("2026-11-30", "confirmed_delivery", ("semaine 49", 1))]),

dict(v="d9d_limoges", lang="fr", at="2026-11-24 15:00", subj="Tarifs 2027 - Porcelaines de la Vienne",
     text="""
Madame, Monsieur,

Nous vous informons qu'en raison de la hausse du coût de l'énergie pour nos fours, nos tarifs augmenteront de 6 % au 1er janvier 2027. Vous trouverez la nouvelle grille en pièce jointe.

Votre commande en cours P11623 (assiettes PV-AS-27, 1 200 pièces) n'est pas concernée : elle sera livrée comme prévu le mardi 15/12 et facturée au tarif actuel.

Nous restons à votre disposition pour toute question.

Cordialement,
Émilie Dufour
Porcelaines de la Vienne SAS
""", end="Cordialement,", change="price", intent="price_change", po=["P11623"],
     commit=("2026-12-15", "elle sera livrée comme prévu le mardi 15/12"),
     dates=[("2027-01-01", "price_effective", "au 1er janvier 2027"), ("2026-12-15", "confirmed_delivery", "mardi 15/12")],
     prices=[dict(pct=6, eff="2027-01-01", quote="nos tarifs augmenteront de 6 % au 1er janvier 2027")]),

dict(v="lemaire", lang="fr", at="2026-12-01 09:00", subj="Adaptation tarifaire janvier 2027",
     text="""
Chers clients,

La flambée du prix du beurre et du cacao nous oblige à revoir nos prix. À partir du lundi 4 janvier 2027, les prix suivants s'appliqueront :

Réf.        Désignation                  Prix actuel   Nouveau prix
BL-SP-400   Spéculoos 400 g              2,10 €        2,45 €
BL-GF-12    Gaufres de Liège x12         3,20 €        3,55 €

Les commandes passées avant le vendredi 18 décembre seront livrées au prix actuel, quelle que soit leur date de livraison.

Avec nos salutations gourmandes,
Olivier Lemaire
Biscuiterie Lemaire SA
""", end="Avec nos salutations gourmandes,", change="price", intent="price_change",
     dates=[("2027-01-04", "price_effective", "lundi 4 janvier 2027"), ("2026-12-18", "other", "vendredi 18 décembre")],
     prices=[dict(product="BL-SP-400", old=2.10, new=2.45, cur="EUR", eff="2027-01-04",
                  quote="BL-SP-400   Spéculoos 400 g              2,10 €        2,45 €"),
             dict(product="BL-GF-12", old=3.20, new=3.55, cur="EUR", eff="2027-01-04",
                  quote="BL-GF-12    Gaufres de Liège x12         3,20 €        3,55 €")]),

dict(v="d12b_lyon", lang="fr", at="2026-11-27 14:30", subj="P11625 : report de livraison",
     text="""
Bonjour Madame Jensen,

Je suis au regret de vous annoncer que la livraison de votre commande P11625 (bougies parfumées BL-BP-200, 1 800 pièces), prévue semaine 49, est reportée. Les couvercles en laiton sont arrivés rayés et notre fournisseur les remplace cette semaine.

Nouveau planning : départ de notre entrepôt de Vénissieux le mardi 08/12, arrivée chez vous le jeudi 10/12 dans la matinée.

Toutes nos excuses pour ce contretemps.

Claire Fontaine
Bougies & Lumières de Lyon SAS
""", end="Claire Fontaine", change="date", intent="delay", po=["P11625"],
     commit=("2026-12-10", "arrivée chez vous le jeudi 10/12"),
     dates=[("2026-11-30", "other", "semaine 49"), ("2026-11-23", "other", "cette semaine"),
            ("2026-12-08", "ship_date", "mardi 08/12"), ("2026-12-10", "new_eta", "jeudi 10/12")]),

dict(v="bretagne", lang="fr", at="2026-10-08 17:10", subj="P11626 expédition en deux fois",
     text="""
Bonjour Mike,

Petit changement pour P11626 : nous expédions aujourd'hui 300 des 500 chargeurs USB AEB-CH-20, les 200 autres attendent leur contrôle qualité et partent demain. Le premier colis arrive chez vous lundi, le second mardi.

Suivi Colissimo Pro du premier colis : 6A-D12B-1008-01 ; le numéro du second suivra.

Yann
""", end="Yann", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11626"],
     commit=("2026-10-13", "le second mardi"),
     dates=[("2026-10-08", "ship_date", "nous expédions aujourd'hui"), ("2026-10-09", "ship_date", "partent demain"),
            ("2026-10-12", "confirmed_delivery", "arrive chez vous lundi"), ("2026-10-13", "new_eta", "le second mardi")],
     lines=[("AEB-CH-20", 300, None, "300 des 500 chargeurs USB AEB-CH-20", "P11626"),
            ("AEB-CH-20", 200, None, "les 200 autres", "P11626")],
     track=[("Colissimo", "6A-D12B-1008-01", "Colissimo Pro du premier colis : 6A-D12B-1008-01")]),

dict(v="liege", c=1, lang="fr", at="2026-10-21 10:05", subj="RE: P11627 - date de livraison ?",
     text="""
Bonjour Monsieur Brandt,

Malheureusement, P11627 (photophores VL-PH-12) ne pourra pas partir cette semaine : le recuit a pris plus de temps que prévu. La livraison se fera la semaine prochaine, sans doute mercredi ou jeudi ; je vous confirme le jour exact vendredi.

Bien à vous,
Aurélie Lambert
Verrerie Liégeoise SRL

Le 20 oct. 2026 à 16:40, Tim Brandt <tim.brandt@hhg-retail.com> a écrit :
> Bonjour Madame Lambert, les photophores P11627 arrivent bien ce vendredi 23/10 ?
""", end="Bien à vous,", change="date", intent="delay", po=["P11627"],
     commit=("2026-10-29", "sans doute mercredi ou jeudi"),
     dates=[("2026-10-19", "other", "cette semaine"), ("2026-10-26", "new_eta", "la semaine prochaine"),
            ("2026-10-28", "range_start", "mercredi"), ("2026-10-29", "range_end", "jeudi"),
            ("2026-10-23", "other", "exact vendredi")]),

dict(v="d10d_namur", lang="fr", at="2026-11-09 11:30", subj="P11628 prête à l'enlèvement",
     text="""
Bonjour,

Votre commande P11628 (jardinières en grès PM-JA-60, 4 palettes) sera prête à l'enlèvement dans notre dépôt de Namur le vendredi 13/11, conformément aux conditions EXW de votre commande. Votre transporteur peut passer dès 8 h ; merci de nous communiquer la plaque du camion à l'avance.

Cordialement,
Quentin Dethier
Poterie Mosane SRL
""", end="Cordialement,", change="none", intent="confirmation", po=["P11628"],
     dates=[("2026-11-13", "ship_date", "vendredi 13/11")]),

dict(v="d11c_bordeaux", c=1, lang="fr", at="2026-12-11 12:20", subj="TR: Enlèvement P11629",
     text="""
Bonjour,

Ci-dessous la confirmation du transporteur pour P11629. La commande est partie complète ce matin.

Service logistique
Tonnellerie Bordelaise SAS

---------- Message transféré ---------
De : Affrètement Sud-Ouest Fret <affretement@sudouest-fret.fr>
Date : ven. 11 déc. 2026 à 10:47
Objet : Enlèvement Tonnellerie Bordelaise / Hartmann

Bonjour,
Enlèvement effectué le 2026-12-11, 5 palettes, lettre de voiture SOF-D12B-121188.
Livraison prévue le 2026-12-16, créneau 08h-12h, quai 4.
Cordialement

Le 9 déc. 2026 à 18:02, Mike Osei <mike.osei@hhg-retail.com> a écrit :
> Bonjour, pouvez-vous confirmer l'expédition de P11629 avant le 15/12 ? Et où en est P11630 ?
""", end="Service logistique\nTonnellerie", change="shipping", intent="shipping_notice",
     po=["P11629", "P11630"], commit=("2026-12-16", "Livraison prévue le 2026-12-16"),
     dates=[("2026-12-11", "ship_date", "partie complète ce matin"),
            ("2026-12-11", "ship_date", "Enlèvement effectué le 2026-12-11"),
            ("2026-12-16", "confirmed_delivery", "le 2026-12-16")],
     track=[("Sud-Ouest Fret", "SOF-D12B-121188", "lettre de voiture SOF-D12B-121188")]),

dict(v="d12b_dinant", lang="fr", at="2026-12-18 16:30", subj="Réponse automatique : P11631 - confirmation de livraison",
     text="""
Bonjour,

Je suis absente du 21/12 au 04/01 inclus. Les livraisons prévues en semaine 52 seront assurées normalement par notre équipe logistique. Pour toute question urgente concernant une commande, merci d'écrire à logistique@cuivres-dinant.be.

Géraldine Hubert
Cuivres de Dinant SRL
""", end="Géraldine Hubert", change="none", intent="other", po=["P11631"],
     dates=[("2026-12-21", "other", "du 21/12"), ("2027-01-04", "other", "au 04/01"),
            ("2026-12-21", "other", "semaine 52")]),

dict(v="romande", lang="fr", at="2026-12-01 08:45", subj="P11632 - accès quai",
     text="""
Bonjour Madame Klein,

La livraison de votre commande P11632 (couteaux à fromage CR-CF-3, 250 coffrets) est planifiée pour le lundi 07/12, camion de 7,5 t. Votre quai est-il libre le matin, ou faut-il prévoir l'après-midi ? Notre chauffeur doit aussi savoir s'il y a un hayon sur place.

Meilleures salutations
Luc Favre
Coutellerie Romande SA
""", end="Meilleures salutations", change="none", intent="question", po=["P11632"],
     commit=("2026-12-07", "est planifiée pour le lundi 07/12"),
     dates=[("2026-12-07", "confirmed_delivery", "lundi 07/12")]),

dict(v="vosges", lang="fr", at="2026-11-20 18:05", subj="RE: Commande P11633 - où en est-on ?",
     text="""
Bonsoir Madame Jensen,

Pardon de vous répondre si tard, la semaine a été compliquée ici. Pour être franche, nous avons pris du retard sur votre commande P11633 (étagères murales BV-EM-80 et BV-EM-120). Comme je vous l'avais écrit, notre scierie de Gérardmer nous a livré des planches de chêne trop humides, et nous avons dû les remettre au séchoir pendant dix jours. Ensuite, l'une de nos deux ponceuses est tombée en panne, et le technicien n'est venu que mercredi. Bref, une série noire.

La livraison prévue fin novembre ne sera donc pas tenue. Nos menuisiers rattrapent le temps perdu en travaillant aussi le samedi, et nous visons maintenant une livraison à la mi-décembre, au plus tard le jeudi 17. Je vous tiendrai au courant chaque semaine.

Pour la commande précédente P11634, livrée le 12/11, vous aviez signalé deux étagères abîmées : nous les remplaçons gratuitement, elles partiront avec P11633.

Encore désolée,
Hélène Mathieu
Ateliers Bois des Vosges SAS

Le 19 nov. 2026 à 09:30, Laura Jensen <laura.jensen@hhg-retail.com> a écrit :
> Bonjour Madame Mathieu, nous n'avons pas de nouvelles de P11633 prévue le 30/11. Est-ce que la date tient ?
""", end="Encore désolée,", change="date", intent="delay", po=["P11633", "P11634"],
     commit=("2026-12-17", "au plus tard le jeudi 17"),
     dates=[("2026-11-18", "other", "n'est venu que mercredi"), ("2026-11-30", "other", "fin novembre"),
            ("2026-12-15", "new_eta", "la mi-décembre"), ("2026-12-17", "new_eta", "au plus tard le jeudi 17"),
            ("2026-11-12", "other", "livrée le 12/11")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-12-04 15:45", subj="P11635 - livraison partielle, reliquat S51",
     text="""
Bonjour Madame Klein,

Votre commande P11635 part aujourd'hui en deux temps :

- TL-NA-180 nappes lin 180x250 : 400 pièces expédiées sur 600
- TL-SE-45 serviettes lin 45x45 : 1 200 pièces expédiées sur 1 200

Les 200 nappes restantes partiront en semaine 51, arrivée prévue le vendredi 18/12. Le premier envoi (transporteur Geodis, récépissé GEO-D12B-4120) sera chez vous mardi.

Cordialement,
Thomas Roux
Textiles Lyonnais SA
""", end="Cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11635"], commit=("2026-12-18", "arrivée prévue le vendredi 18/12"),
     dates=[("2026-12-04", "ship_date", "part aujourd'hui"), ("2026-12-14", "ship_date", "semaine 51"),
            ("2026-12-18", "new_eta", "vendredi 18/12"), ("2026-12-08", "confirmed_delivery", "sera chez vous mardi")],
     lines=[("TL-NA-180", 400, "pièces", "400 pièces expédiées sur 600", "P11635"),
            ("TL-SE-45", 1200, "pièces", "TL-SE-45 serviettes lin 45x45 : 1 200 pièces expédiées sur 1 200", "P11635"),
            ("TL-NA-180", 200, None, "Les 200 nappes restantes", "P11635")],
     track=[("Geodis", "GEO-D12B-4120", "récépissé GEO-D12B-4120")]),

dict(v="ardennes", c=1, lang="fr", at="2026-11-10 10:00", subj="Accusé de réception ARC-d12b-1110 / P11636",
     text="""
Bonjour,

Veuillez trouver ci-dessous notre accusé de réception pour votre commande P11636. Nous ne pouvons malheureusement pas tenir la date demandée pour les confitures de mirabelles : la récolte a été faible et notre stock de fruits ne sera reconstitué qu'avec le prochain arrivage. Les autres références sont confirmées comme demandé.

Service Commandes
Confitures Ardennaises SRL

--- attachment: ARC-d12b-1110.pdf ---
ACCUSÉ DE RÉCEPTION ARC-d12b-1110 du 2026-11-10
Commande client : P11636
Réf.        Désignation                  Qté    Date demandée   Date confirmée
CA-FR-370   Confiture fraises 370 g      600    2026-11-20      2026-11-20
CA-MI-370   Confiture mirabelles 370 g   360    2026-11-20      2026-11-27
CA-RH-370   Confiture rhubarbe 370 g     240    2026-11-20      2026-11-20
""", end="Service Commandes\nConfitures", change="date", intent="delay", po=["P11636"],
     vref=["ARC-d12b-1110"], commit=("2026-11-27", "2026-11-27"),
     dates=[("2026-11-10", "other", "2026-11-10"),
            ("2026-11-20", "other", ("2026-11-20", 0)), ("2026-11-20", "confirmed_delivery", ("2026-11-20", 1)),
            ("2026-11-20", "other", ("2026-11-20", 2)), ("2026-11-27", "new_eta", "2026-11-27"),
            ("2026-11-20", "other", ("2026-11-20", 3)), ("2026-11-20", "confirmed_delivery", ("2026-11-20", 4))],
     lines=[("CA-FR-370", 600, None, "CA-FR-370   Confiture fraises 370 g      600    2026-11-20      2026-11-20", "P11636"),
            ("CA-MI-370", 360, None, "CA-MI-370   Confiture mirabelles 370 g   360    2026-11-20      2026-11-27", "P11636"),
            ("CA-RH-370", 240, None, "CA-RH-370   Confiture rhubarbe 370 g     240    2026-11-20      2026-11-20", "P11636")]),

dict(v="d9e_normandie", lang="fr", at="2026-12-08 14:15", subj="P11637 - décaler au 15/12 ?",
     text="""
Bonjour Monsieur Osei,

Votre collègue de l'entrepôt nous a prévenus que le quai serait fermé le 14 pour inventaire. Pouvons-nous décaler la livraison de P11637 (pichets FN-PI-1L, 300 pièces) au mardi 15/12 ? Si vous préférez une autre date, indiquez-la-moi et je verrai avec le transporteur.

Cordialement,
François Lecœur
Faïencerie de Normandie SA
""", end="Cordialement,", change="none", intent="question", po=["P11637"],
     dates=[("2026-12-14", "other", "fermé le 14"), ("2026-12-15", "other", "mardi 15/12")]),
# ----------------------------------------------------------------------------- Spanish
dict(v="aceites", c=1, lang="es", at="2026-12-03 12:30", subj="Pedido P11640 - altura de palés",
     text="""
Buenos días Sra. Klein:

Le escribo por su pedido P11640 (aceite de oliva virgen extra 500 ml, 2.400 botellas). La entrega sigue programada para el 14/12, pero nuestro transportista nos pregunta si su almacén acepta palés de 1,80 m de altura o si tenemos que bajar a 1,50 m.

¿Podría confirmármelo antes del miércoles? Así cerramos la carga a tiempo.

Un saludo cordial,
Javier Ruiz
Aceites del Sur S.L.
""", end="Un saludo cordial,", change="none", intent="question", po=["P11640"],
     commit=("2026-12-14", "La entrega sigue programada para el 14/12"),
     dates=[("2026-12-14", "confirmed_delivery", "el 14/12"), ("2026-12-09", "other", "antes del miércoles")]),

dict(v="levante", lang="es", at="2026-11-30 10:10", subj="P11641 - ¿qué día les viene mejor?",
     text="""
Hola Sandra:

Estamos cerrando las rutas de diciembre y queremos encajar el pedido P11641 (toallas TXL-TO-70). ¿Qué día les viene mejor para recibirlo: el lunes 7/12 o el martes 8/12? Cualquiera de los dos nos va bien.

Un saludo,
Lucía
""", end="Un saludo,", change="none", intent="question", po=["P11641"],
     dates=[("2026-12-01", "other", "rutas de diciembre"), ("2026-12-07", "other", "lunes 7/12"),
            ("2026-12-08", "other", "martes 8/12")]),

dict(v="d10d_bilbao", lang="es", at="2026-11-25 09:50", subj="Tarifas 2027 y su pedido P11642",
     text="""
Estimado Sr. Osei:

Le informamos de que, a partir del 1 de enero de 2027, nuestras tarifas suben un 3,5 % por el encarecimiento del acero inoxidable. Adjuntamos la nueva lista de precios.

Su pedido P11642 (cuchillos de cocina CV-CC-20, 600 unidades), con entrega prevista el viernes 18 de diciembre, se factura todavía con la tarifa actual.

Atentamente,
Iñaki Etxeberria
Cuchillería Vasca S.L.
""", end="Atentamente,", change="price", intent="price_change", po=["P11642"],
     commit=("2026-12-18", "con entrega prevista el viernes 18 de diciembre"),
     dates=[("2027-01-01", "price_effective", "a partir del 1 de enero de 2027"),
            ("2026-12-18", "confirmed_delivery", "viernes 18 de diciembre")],
     prices=[dict(pct=3.5, eff="2027-01-01", quote="nuestras tarifas suben un 3,5 %")]),

dict(v="iberica", c=1, lang="es", at="2026-12-10 11:40", subj="Nuevo precio manguera JI-MG-25",
     text="""
Buenos días:

Les comunicamos que el precio de la manguera extensible JI-MG-25 pasará de 17,40 € a 18,90 € a partir del 1/2/2027, por la subida del látex.

Para pedidos con entrega en enero mantenemos el precio actual. Sobre su pedido abierto P11643 le escribirá mi compañero Sergio en cuanto tengamos fecha de la fábrica.

Saludos,
Marta Gil
Jardinería Ibérica S.L.
""", end="Saludos,", change="price", intent="price_change", po=["P11643"],
     dates=[("2027-02-01", "price_effective", "a partir del 1/2/2027"), ("2027-01-01", "other", "entrega en enero")],
     prices=[dict(product="JI-MG-25", old=17.40, new=18.90, cur="EUR", eff="2027-02-01",
                  quote="pasará de 17,40 € a 18,90 €")]),

dict(v="d12b_sevilla", lang="es", at="2026-12-04 13:15", subj="Retraso pedido P11644",
     text="""
Estimada Sra. Jensen:

Lamento comunicarle que su pedido P11644 (azulejos decorativos AT-AZ-15, 3.000 unidades) no podrá salir la semana 50 como estaba previsto: el horno de tercer fuego ha fallado y hemos perdido dos hornadas. La carga se hará el lunes 14/12 y la llegada a su almacén de Hamburgo será el jueves 17/12.

Le pido disculpas en nombre de todo el equipo.

Rocío Domínguez
Azulejos de Triana S.L.
""", end="Rocío Domínguez", change="date", intent="delay", po=["P11644"],
     commit=("2026-12-17", "la llegada a su almacén de Hamburgo será el jueves 17/12"),
     dates=[("2026-12-07", "other", "la semana 50"), ("2026-12-14", "ship_date", "lunes 14/12"),
            ("2026-12-17", "new_eta", "jueves 17/12")]),

dict(v="d12b_chiapas", lang="es", at="2026-11-04 09:20", subj="Embarque P11645 - arribo y entrega",
     text="""
Buen día Sr. Brandt,

Le informo que el contenedor con su pedido P11645 (mantas tejidas TC-MA-150, 1.200 piezas) zarpó de Veracruz el lunes 2 de noviembre en el buque "MSC Aurora", BL MEDU-D12B-661904. El arribo a Hamburgo está estimado para el 26 de noviembre y la entrega en su almacén sería el 30 de noviembre, una semana después de lo confirmado (23/11). El buque anterior se canceló por el huracán y por eso perdimos una semana.

Quedo a sus órdenes.

Saludos cordiales,
Itzel Gómez
Telares de Chiapas S.A. de C.V.
""", end="Quedo a sus órdenes.", change="date", intent="delay", sec=["shipping_notice"], po=["P11645"],
     commit=("2026-11-30", "la entrega en su almacén sería el 30 de noviembre"),
     dates=[("2026-11-02", "ship_date", "lunes 2 de noviembre"), ("2026-11-26", "other", "el 26 de noviembre"),
            ("2026-11-30", "new_eta", "el 30 de noviembre"), ("2026-11-23", "other", "23/11")],
     track=[("MSC", "MEDU-D12B-661904", "BL MEDU-D12B-661904")]),

dict(v="valencia", c=1, lang="es", at="2026-10-20 12:00", subj="P11646 - carga parcial",
     text="""
Hola Laura:

Hoy cargamos 3 de los 5 palés del pedido P11646 (macetas esmaltadas CV-MA-25); los 2 palés restantes salen pasado mañana, en cuanto termine el secado del esmalte, y llegarán el martes.

Este primer camión llega el viernes. Agencia: Transportes Furgovía, expedición FUR-D12B-20104.

Un saludo,
Amparo
""", end="Un saludo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11646"],
     commit=("2026-10-27", "y llegarán el martes"),
     dates=[("2026-10-20", "ship_date", "Hoy cargamos"), ("2026-10-22", "ship_date", "salen pasado mañana"),
            ("2026-10-27", "new_eta", "el martes"), ("2026-10-23", "confirmed_delivery", "llega el viernes")],
     lines=[("CV-MA-25", 3, "palés", "3 de los 5 palés", "P11646"),
            ("CV-MA-25", 2, "palés", "los 2 palés restantes", "P11646")],
     track=[("Transportes Furgovía", "FUR-D12B-20104", "expedición FUR-D12B-20104")]),

dict(v="pampa", lang="es", at="2026-11-26 17:30", subj="Pedido P11647 - demora",
     text="""
Hola Mike, ¿cómo andás?

Te cuento que el pedido P11647 (cinturones de cuero CP-CI-100, 800 unidades) se nos atrasó: la curtiembre nos entregó el cuero con una semana de demora. Recién lo podemos despachar la próxima semana desde Buenos Aires por aéreo, con llegada estimada a Hamburgo a principios de diciembre... bueno, siendo realista, contá con el 11 de diciembre como fecha de entrega en tu depósito.

Perdón por las molestias.

Abrazo,
Martín
""", end="Abrazo,", change="date", intent="delay", po=["P11647"],
     commit=("2026-12-11", "contá con el 11 de diciembre como fecha de entrega en tu depósito"),
     dates=[("2026-11-30", "ship_date", "la próxima semana"), ("2026-12-01", "other", "a principios de diciembre"),
            ("2026-12-11", "new_eta", "el 11 de diciembre")]),

dict(v="tlaquepaque", c=1, lang="es", at="2026-11-12 10:45", subj="P11648 listo para embarque",
     text="""
Estimada Sra. Jensen:

Su pedido P11648 (figuras de barro pintadas AT-FB-20, 36 cajas) queda listo para embarque el viernes 20 de noviembre en Manzanillo. En cuanto la naviera nos confirme buque y fecha de arribo a Hamburgo se la hago llegar; por ahora no tenemos itinerario.

Saludos,
Jorge Medina
Artesanías Tlaquepaque S.A. de C.V.
""", end="Saludos,", change="none", intent="confirmation", po=["P11648"],
     dates=[("2026-11-20", "ship_date", "viernes 20 de noviembre")]),

dict(v="oaxaca", lang="es", at="2026-10-15 13:00", subj="Dirección de entrega pedido P11649",
     text="""
Buenas tardes Sr. Osei:

Una consulta sobre el pedido P11649 (jarrones de barro negro BN-JA-30): en la orden de compra aparece como destino su almacén de Hamburgo, pero en su correo del martes habla usted de Bremen. ¿Cuál es la dirección correcta? Necesitamos saberlo para reservar el flete.

Saludos cordiales,
Guadalupe Hernández
Barro Negro de Oaxaca S.A. de C.V.

________________________________
De: Mike Osei <mike.osei@hhg-retail.com>
Enviado: martes, 13 de octubre de 2026 11:02
Para: Guadalupe Hernández
Asunto: P11649 / P11650

Guadalupe, para P11650 la entrega es en Bremen, y P11649 sigue con entrega el 30/11. Saludos
""", end="Saludos cordiales,", change="none", intent="question", po=["P11649", "P11650"],
     dates=[("2026-10-13", "other", "correo del martes")]),

dict(v="d9d_jalisco", c=1, lang="es", at="2026-11-30 16:20", subj="RV: ETA pedido P11651",
     text="""
Sra. Klein, buenas tardes:

Le reenvío la confirmación de nuestro agente de carga. Lamentablemente la entrega en su almacén será el viernes 11/12 y no el 4/12 como le había indicado, porque el buque llegó con retraso a Algeciras para el trasbordo.

Saludos,
Ricardo Fuentes
Vidrio Soplado de Jalisco S.A. de C.V.

---------- Mensaje reenviado ---------
De: Operaciones TransAtlántica Cargo <operaciones@transatlantica-cargo.mx>
Fecha: lun, 30 nov 2026 a las 14:05
Asunto: Seguimiento embarque Vidrio Soplado de Jalisco

Ricardo:
BL HLCU-D12B-301177: nueva ETA Hamburgo 2026-12-09 (antes 2026-12-02). Entrega en almacén del cliente programada 2026-12-11, franja 8-12 h.
Saludos, Operaciones
""", end=("Saludos,", 0), change="date", intent="delay", po=["P11651"],
     commit=("2026-12-11", "la entrega en su almacén será el viernes 11/12"),
     dates=[("2026-12-11", "new_eta", "viernes 11/12"), ("2026-12-04", "other", "el 4/12"),
            ("2026-12-09", "other", "nueva ETA Hamburgo 2026-12-09"), ("2026-12-02", "other", "antes 2026-12-02"),
            ("2026-12-11", "new_eta", "programada 2026-12-11")],
     track=[(None, "HLCU-D12B-301177", "BL HLCU-D12B-301177")]),

dict(v="d12b_rosario", lang="es", at="2026-12-01 11:10", subj="P11652 envío parcial por courier",
     text="""
Estimado Tim:

Hoy despachamos por courier aéreo 120 de los 200 cestos de mimbre ML-CE-40 de su pedido P11652 (guía DHL 4812-D12B-7731). Los 80 restantes los estamos terminando y llegarán a su almacén entre el 14 y el 18 de diciembre.

Cordiales saludos,
Gustavo Benítez
Mimbres del Litoral S.R.L.
""", end="Cordiales saludos,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11652"], commit=("2026-12-18", "llegarán a su almacén entre el 14 y el 18 de diciembre"),
     dates=[("2026-12-01", "ship_date", "Hoy despachamos"), ("2026-12-14", "range_start", "entre el 14"),
            ("2026-12-18", "range_end", "el 18 de diciembre")],
     lines=[("ML-CE-40", 120, None, "120 de los 200 cestos de mimbre ML-CE-40", "P11652"),
            ("ML-CE-40", 80, None, "Los 80 restantes", "P11652")],
     track=[("DHL", "4812-D12B-7731", "guía DHL 4812-D12B-7731")]),

dict(v="andino", c=1, lang="es", at="2026-11-24 08:50", subj="Estado pedidos P11653 y P11654",
     text="""
Buenos días Sr. Osei,

Le resumo el estado de sus dos pedidos:

1. P11653 (café tostado en grano 1 kg, 400 bolsas): llegada a su almacén confirmada para el 9/12, sin cambios.
2. P11654 (café molido 250 g, 1.200 paquetes): se retrasa a la semana 52, porque la tostadora nueva no llegó a tiempo. Le confirmo el día exacto la próxima semana.

Cordialmente,
Valentina Ospina
Café Andino S.A.S.
""", end="Cordialmente,", change="date", intent="delay", sec=["confirmation"], po=["P11653", "P11654"],
     commit=("2026-12-09", "llegada a su almacén confirmada para el 9/12"),
     dates=[("2026-12-09", "confirmed_delivery", "el 9/12"), ("2026-12-21", "new_eta", "la semana 52"),
            ("2026-11-30", "other", "la próxima semana")],
     changes=[("P11653", "confirmation", "2026-12-09", None, "llegada a su almacén confirmada para el 9/12"),
              ("P11654", "delay", "2026-12-21", None, "se retrasa a la semana 52")]),

dict(v="forja_toledo", c=1, lang="es", at="2026-12-09 09:00", subj="Cierre por vacaciones de Navidad",
     text="""
Estimados clientes:

Les informamos de que nuestras instalaciones permanecerán cerradas del 24/12 al 6/1, ambos incluidos. El último día de expediciones de este año será el viernes 18/12; los pedidos que no salgan ese día se expedirán a partir del jueves 7 de enero.

Les deseamos unas felices fiestas.

Administración
Forja Toledana S.L.
""", end="Les deseamos unas felices fiestas.", change="none", intent="other",
     dates=[("2026-12-24", "other", "del 24/12"), ("2027-01-06", "other", "al 6/1"),
            ("2026-12-18", "other", "viernes 18/12"), ("2027-01-07", "other", "jueves 7 de enero")]),

dict(v="plasticos", lang="es", at="2026-12-02 18:40", subj="RE: P11655 embarque",
     text="""
Hola Mike

Perdon por la demora en contestar. El pedido P11655 (macetas plasticas PN-MA-30) no alcanzo el buque del sabado 5/12, la naviera cerro el corte documental antes de lo que nos dijeron. Va en el siguiente buque que sale de Altamira el 12/12, arribo Hamburgo 29/12 aprox. Te mando el BL en cuanto lo tenga.

Saludos
Rodrigo

El mar, 1 dic 2026 a las 10:15, Mike Osei <mike.osei@hhg-retail.com> escribió:
> Rodrigo, ¿sale P11655 este sábado como quedamos? Necesitamos la mercancía antes del 20/12.
""", end="Saludos\nRodrigo", change="date", intent="delay", po=["P11655"],
     commit=("2026-12-29", "arribo Hamburgo 29/12 aprox"),
     dates=[("2026-12-05", "other", "sabado 5/12"), ("2026-12-12", "ship_date", "el 12/12"),
            ("2026-12-29", "new_eta", "29/12")]),

dict(v="d11c_zaragoza", lang="es", at="2026-11-16 10:30", subj="Confirmación de pedido OC-d12b-1187 (su ref. P11656)",
     text="""
Buenos días Sra. Jensen:

Adjuntamos la confirmación de su pedido P11656. Todas las posiciones se confirman con las cantidades solicitadas.

Un saludo,
Raquel Lahoz
Muebles de Jardín Ebro S.L.

--- attachment: OC-d12b-1187.pdf ---
CONFIRMACIÓN DE PEDIDO OC-d12b-1187
Fecha: 16/11/2026
Cliente: Hartmann Home & Garden - Pedido P11656
Artículo     Descripción                    Cantidad
ME-SI-01     Silla plegable acacia             240
ME-ME-120    Mesa acacia 120x70                 60
Fecha de entrega: semana 50 (del 07/12 al 11/12)
Condiciones: DAP Hamburgo
""", end="Un saludo,", change="none", intent="confirmation", po=["P11656"], vref=["OC-d12b-1187"],
     commit=("2026-12-11", "Fecha de entrega: semana 50 (del 07/12 al 11/12)"),
     dates=[("2026-11-16", "other", "16/11/2026"), ("2026-12-07", "confirmed_delivery", "semana 50"),
            ("2026-12-07", "range_start", "del 07/12"), ("2026-12-11", "range_end", "al 11/12")],
     lines=[("ME-SI-01", 240, None, "ME-SI-01     Silla plegable acacia             240", "P11656"),
            ("ME-ME-120", 60, None, "ME-ME-120    Mesa acacia 120x70                 60", "P11656")]),
# ----------------------------------------------------------------------------- Dutch
dict(v="devries", c=1, lang="nl", at="2026-12-02 10:25", subj="P11660 - barcodes op de dozen?",
     text="""
Goedemorgen Laura,

Even een vraagje over jullie order P11660 (pannensets DV-PS-5, 300 sets): willen jullie de EAN-barcode ook op de buitendoos, of alleen op de binnenverpakking? De vorige keer stond hij er op beide, maar jullie nieuwe leveringsvoorschriften zeggen iets anders.

De levering blijft gepland op vrijdag 11/12, daar verandert niets aan. Graag wel een antwoord vóór maandag, dan kunnen we de dozen nog laten bedrukken.

Groetjes,
Femke Smit
De Vries Huishoudelijk B.V.
""", end="Groetjes,", change="none", intent="question", po=["P11660"],
     commit=("2026-12-11", "De levering blijft gepland op vrijdag 11/12"),
     dates=[("2026-12-11", "confirmed_delivery", "vrijdag 11/12"), ("2026-12-07", "other", "vóór maandag")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-11-30 14:50", subj="P11661 eerder leveren?",
     text="""
Hoi Mike,

We hebben volgende week een vrachtwagen naar Hamburg met nog ruimte over. Zouden jullie de plantenbakken van P11661 al op maandag 7-12 kunnen ontvangen? Dan hoeven we niet twee keer te rijden. Laat maar even weten, dan plannen we het in.

Groet,
Sanne
""", end="Groet,", change="none", intent="question", po=["P11661"],
     dates=[("2026-12-07", "other", "volgende week"), ("2026-12-07", "other", "maandag 7-12")]),

dict(v="kaashandel", lang="nl", at="2026-11-20 09:15", subj="Prijsaanpassing 2027",
     text="""
Beste Tim,

Door de gestegen melkprijs moeten we onze prijzen per 1 januari 2027 met 5% verhogen. De nieuwe prijslijst stuur ik je volgende week.

Jullie order P11662 (Goudse kaas jong belegen, 180 wielen) staat gepland voor levering op dinsdag 15 december en valt dus nog onder de huidige prijs.

Met vriendelijke groet,
Kees Bakker
Hollandse Kaashandel B.V.
""", end="Met vriendelijke groet,", change="price", intent="price_change", po=["P11662"],
     commit=("2026-12-15", "staat gepland voor levering op dinsdag 15 december"),
     dates=[("2027-01-01", "price_effective", "per 1 januari 2027"), ("2026-11-23", "other", "volgende week"),
            ("2026-12-15", "confirmed_delivery", "dinsdag 15 december")],
     prices=[dict(pct=5, eff="2027-01-01", quote="onze prijzen per 1 januari 2027 met 5% verhogen")]),

dict(v="jansen", c=1, lang="nl", at="2026-12-07 11:05", subj="Prijsverhoging verlengsnoeren vanaf week 2",
     text="""
Beste klant,

Vanaf week 2 verhogen wij de prijzen van al onze verlengsnoeren en stekkerdozen met 7%. Oorzaak is de koperprijs, die sinds de zomer ruim een kwart is gestegen.

Orders die vóór vrijdag 18 december binnen zijn, leveren wij nog tegen de oude prijzen, ook als de levering in januari valt.

Met vriendelijke groet,
Eva Mulder
Elektro Jansen B.V.
""", end="Met vriendelijke groet,", change="price", intent="price_change",
     dates=[("2027-01-11", "price_effective", "Vanaf week 2"), ("2026-12-18", "other", "vrijdag 18 december"),
            ("2027-01-01", "other", "in januari")],
     prices=[dict(product="verlengsnoeren en stekkerdozen", pct=7, eff="2027-01-11",
                  quote="verhogen wij de prijzen van al onze verlengsnoeren en stekkerdozen met 7%")]),

dict(v="d12b_delft", lang="nl", at="2026-12-03 15:35", subj="P11664 - levering week 50 gaat niet lukken",
     text="""
Beste Sandra,

Slecht nieuws: de levering van P11664 (tegeltableaus DT-TT-30, 450 stuks) in week 50 gaat niet lukken. Bij de glazuurbrand is een deel van de tableaus gebarsten en die moeten we opnieuw maken.

Nieuwe planning: verzending maandag 14-12, aankomst bij jullie dinsdag 15-12. Ik houd je op de hoogte als er nog iets verandert.

Met vriendelijke groet,
Maarten Verhoeven
Delftse Tegelfabriek B.V.
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P11664"],
     commit=("2026-12-15", "aankomst bij jullie dinsdag 15-12"),
     dates=[("2026-12-07", "other", "week 50"), ("2026-12-14", "ship_date", "maandag 14-12"),
            ("2026-12-15", "new_eta", "dinsdag 15-12")]),

dict(v="twente", c=1, lang="nl", at="2026-11-11 16:20", subj="P11665 in twee delen",
     text="""
Hallo Tim,

Vandaag hebben we 8 van de 12 pallets van P11665 (regentonnen TK-RT-200) geladen, aankomst bij jullie morgen. De overige 4 pallets laden we overmorgen, die komen dan volgende week maandag.

Vrachtbrief eerste deel: CMR TWK-D12B-111101.

Groet,
Ilse Bosman
Twentse Kunststoffen B.V.
""", end="Groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11665"],
     commit=("2026-11-16", "die komen dan volgende week maandag"),
     dates=[("2026-11-11", "ship_date", "Vandaag hebben we"), ("2026-11-12", "confirmed_delivery", "aankomst bij jullie morgen"),
            ("2026-11-13", "ship_date", "overmorgen"), ("2026-11-16", "new_eta", "volgende week maandag")],
     lines=[("TK-RT-200", 8, "pallets", "8 van de 12 pallets", "P11665"),
            ("TK-RT-200", 4, "pallets", "De overige 4 pallets", "P11665")],
     track=[(None, "TWK-D12B-111101", "CMR TWK-D12B-111101")]),

dict(v="kempen", lang="nl", at="2026-10-07 13:30", subj="P11666 tuintafels",
     text="""
Dag Mike,

De tuintafels van P11666 worden volgende week geleverd in plaats van deze week, de olieafwerking moet nog een paar dagen drogen. Excuses voor het ongemak.

Groeten,
Wouter
""", end="Groeten,", change="date", intent="delay", po=["P11666"],
     commit=("2026-10-12", "worden volgende week geleverd"),
     dates=[("2026-10-12", "new_eta", "volgende week"), ("2026-10-05", "other", "deze week")]),

dict(v="d12b_scheldeland", lang="nl", at="2026-09-14 10:40", subj="Afhaling P11667",
     text="""
Goedemorgen,

Uw bestelling P11667 (buxusbollen 40 cm, 6 karren) staat klaar voor afhaling vanaf donderdag 17/09 op onze kwekerij in Wetteren, zoals afgesproken af kwekerij. Gelieve uw transporteur minstens een dag op voorhand te laten bellen voor een laadslot.

Met vriendelijke groeten,
Bart Van Damme
Scheldeland Boomkwekerij NV
""", end="Met vriendelijke groeten,", change="none", intent="confirmation", po=["P11667"],
     dates=[("2026-09-17", "ship_date", "vanaf donderdag 17/09")]),

dict(v="d9c_utrecht", c=1, lang="nl", at="2026-10-26 12:40", subj="Doorst: Transportbevestiging P11668",
     text="""
Goedemiddag,

Hieronder de bevestiging van onze vervoerder voor P11668; alles is vanochtend compleet geladen.

Met vriendelijke groet,
Verkoop Binnendienst
Utrechtse Lampenfabriek B.V.

---------- Doorgestuurd bericht ---------
Van: Planning Vechtdal Transport <planning@vechtdaltransport.nl>
Datum: ma 26 okt. 2026 om 11:58
Onderwerp: Bevestiging rit 44-118

Laaddatum: 2026-10-26
Leverdatum: 2026-10-28 (tussen 7:00 en 11:00)
Colli: 3 pallets lampen, vrachtbrief VDT-D12B-4418
Afleveradres: Hartmann Home & Garden, Hamburg
""", end="Met vriendelijke groet,", change="shipping", intent="shipping_notice", po=["P11668"],
     commit=("2026-10-28", "Leverdatum: 2026-10-28"),
     dates=[("2026-10-26", "ship_date", "vanochtend compleet geladen"), ("2026-10-26", "ship_date", "Laaddatum: 2026-10-26"),
            ("2026-10-28", "confirmed_delivery", "Leverdatum: 2026-10-28")],
     track=[("Vechtdal Transport", "VDT-D12B-4418", "vrachtbrief VDT-D12B-4418")]),

dict(v="vlaamse", lang="nl", at="2026-11-12 11:50", subj="RE: bevestiging P11669 en P11670",
     text="""
Dag Laura,

P11669 (plaids VT-PL-150) leveren we zoals bevestigd op donderdag 19/11. P11670 (kussenhoezen VT-KH-45) schuift helaas op naar week 49: de rits-leverancier heeft een week vertraging en zonder ritsen kunnen we niet confectioneren.

Groeten,
Jeroen Peeters
Vlaamse Textiel NV

Op 11 nov. 2026 om 15:20 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Dag Jeroen, graag bevestiging van de leverdata: P11669 op 19/11 en P11670 op 26/11. Dank je!
""", end="Groeten,", change="date", intent="delay", sec=["confirmation"], po=["P11669", "P11670"],
     commit=("2026-11-19", "P11669 (plaids VT-PL-150) leveren we zoals bevestigd op donderdag 19/11"),
     dates=[("2026-11-19", "confirmed_delivery", "donderdag 19/11"), ("2026-11-30", "new_eta", "week 49")],
     changes=[("P11669", "confirmation", "2026-11-19", None, "leveren we zoals bevestigd op donderdag 19/11"),
              ("P11670", "delay", "2026-11-30", None, "schuift helaas op naar week 49")]),

dict(v="gentse", c=1, lang="nl", at="2026-10-01 14:05", subj="Vraag over lintkleur P11671",
     text="""
Goedemiddag Sandra,

Voor de kerstkaarsen van P11671 (GK-KK-25, 600 stuks) twijfelen we over de kleur van het lint. In je mail van maandag schrijf je rood, maar op de bestelbon staat groen. Welke mogen we nemen?

We starten de productie pas als we het antwoord hebben, dus graag zo snel mogelijk.

Vriendelijke groeten,
Els Vermeulen
Gentse Kaarsenmakerij BV

Op 28 sep. 2026 om 09:14 schreef Sandra Klein <sandra.klein@hhg-retail.com>:
> Dag Els, voor P11671 graag rood lint, zoals vorig jaar. Levering zoals besteld in week 45. Groet, Sandra
""", end="Vriendelijke groeten,", change="none", intent="question", po=["P11671"],
     dates=[("2026-09-28", "other", "mail van maandag")]),

dict(v="zeeland", c=1, lang="nl", at="2026-12-15 09:00", subj="Kerstsluiting Zeeuwse Touw- en Mattenfabriek",
     text="""
Beste relatie,

Ons kantoor en magazijn zijn gesloten van donderdag 24 december tot en met zondag 3 januari. Leveringen die voor week 52 gepland staan, gaan gewoon door; die worden deze week nog geladen.

Wij wensen u fijne feestdagen.

Verkoop
Zeeuwse Touw- en Mattenfabriek B.V.
""", end="Wij wensen u fijne feestdagen.", change="none", intent="other",
     dates=[("2026-12-24", "other", "donderdag 24 december"), ("2027-01-03", "other", "zondag 3 januari"),
            ("2026-12-21", "other", "week 52"), ("2026-12-14", "other", "deze week")]),

dict(v="brugse", c=1, lang="nl", at="2026-11-18 15:10", subj="Vertraging P11673 bezems",
     text="""
Goedemiddag,

De straatbezems van P11673 (BB-SB-40, 500 stuks) zijn niet klaar voor vrijdag, zoals bevestigd. Onze leverancier van de houten stelen is een week te laat. Wij kunnen leveren tussen dinsdag 24/11 en donderdag 26/11; de juiste dag geeft de transporteur ons maandag door.

Met vriendelijke groeten,
Orderbeheer
Brugse Borstel- en Bezemfabriek NV
""", end="Met vriendelijke groeten,", change="date", intent="delay", po=["P11673"],
     commit=("2026-11-26", "Wij kunnen leveren tussen dinsdag 24/11 en donderdag 26/11"),
     dates=[("2026-11-20", "other", "vrijdag"), ("2026-11-24", "range_start", "dinsdag 24/11"),
            ("2026-11-26", "range_end", "donderdag 26/11"), ("2026-11-23", "other", "maandag")]),

dict(v="d11c_groningen", lang="nl", at="2026-11-23 10:20", subj="Orderbevestiging OB-d12b-5520 voor P11674",
     text="""
Goedemorgen Mike,

Hierbij de orderbevestiging voor P11674. Let op: regel 2 (de grote schalen) kunnen we pas een week later leveren dan gevraagd, de oven zit vol met een andere opdracht. Regel 1 komt op de gevraagde datum.

Met vriendelijke groet,
Marloes Dijkstra
Groninger Keramiek B.V.

--- attachment: OB-d12b-5520.pdf ---
ORDERBEVESTIGING OB-d12b-5520
Datum: 2026-11-23
Uw order: P11674
Regel  Artikel      Omschrijving             Aantal  Gevraagd     Bevestigd
1      GK-KO-14     Kom 14 cm zeegroen          480  2026-12-08   2026-12-08
2      GK-SC-32     Schaal 32 cm zeegroen       120  2026-12-08   2026-12-15
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P11674"], vref=["OB-d12b-5520"],
     commit=("2026-12-15", "2026-12-15"),
     dates=[("2026-11-23", "other", "Datum: 2026-11-23"), ("2026-12-08", "other", ("2026-12-08", 0)),
            ("2026-12-08", "confirmed_delivery", ("2026-12-08", 1)), ("2026-12-08", "other", ("2026-12-08", 2)),
            ("2026-12-15", "new_eta", "2026-12-15")],
     lines=[("GK-KO-14", 480, None, "1      GK-KO-14     Kom 14 cm zeegroen          480  2026-12-08   2026-12-08", "P11674"),
            ("GK-SC-32", 120, None, "2      GK-SC-32     Schaal 32 cm zeegroen       120  2026-12-08   2026-12-15", "P11674")]),

dict(v="mechelen_d8b", lang="nl", at="2026-12-10 14:40", subj="Deellevering P11675 tuinstoelen",
     text="""
Dag Tim,

Vandaag vertrekken 30 van de 50 tuinstoelen MT-TS-02 van P11675 (vrachtbrief MTB-D12B-1012). De overige 20 stoelen volgen zodra de zitkussens binnen zijn, maar onze kussenleverancier geeft nog geen datum. Een nieuwe leverdatum kan ik je pas in januari geven.

Groetjes,
Tine
""", end="Groetjes,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11675"],
     dates=[("2026-12-10", "ship_date", "Vandaag vertrekken"), ("2027-01-01", "other", "pas in januari")],
     lines=[("MT-TS-02", 30, None, "30 van de 50 tuinstoelen MT-TS-02", "P11675"),
            ("MT-TS-02", 20, None, "De overige 20 stoelen", "P11675")],
     track=[(None, "MTB-D12B-1012", "vrachtbrief MTB-D12B-1012")]),

dict(v="d10c_friesland", lang="nl", at="2026-12-01 09:35", subj="P11676 - regel 3 vervalt",
     text="""
Goedemorgen Sandra,

Slecht en goed nieuws over P11676. Regel 3, de 25 picknicktafels FT-PT-180, moeten we helaas annuleren: onze houtleverancier kan het lariks niet meer leveren dit jaar. De rest van de order (40 plantenbakken FT-PB-80 en 60 bankjes FT-BK-120) leveren we zoals gepland overmorgen.

Met vriendelijke groet,
Sjoerd Hoekstra
Friese Tuinhout B.V.
""", end="Met vriendelijke groet,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P11676"],
     commit=("2026-12-03", "leveren we zoals gepland overmorgen"),
     dates=[("2026-12-03", "confirmed_delivery", "overmorgen")],
     lines=[("FT-PT-180", 25, None, "de 25 picknicktafels FT-PT-180", "P11676"),
            ("FT-PB-80", 40, None, "40 plantenbakken FT-PB-80", "P11676"),
            ("FT-BK-120", 60, None, "60 bankjes FT-BK-120", "P11676")]),
]
