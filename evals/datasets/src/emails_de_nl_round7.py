# ruff: noqa: E501 - email text is data
"""German and Dutch, round 7: the four shipment-and-date intents that get confused with each
other - confirmation (also "bleibt wie bestätigt", "blijft staan", a pull-in or an agreed new
date confirmed again), delay (small slips of a day or two, open-ended ones, acknowledgements
with a later date), partial_shipment (rest later, or short-shipped with no rest) and
shipping_notice (complete shipments, Lieferschein / pakbon text, subjects that still say
"Verzögerung") - plus a few questions, other mail, cancellations and price changes. German,
Austrian and Swiss vendors; Dutch and Flemish ones; formal and curt registers; quoted history
in the same language with other dates. Hand-written and hand-labelled."""

EMAILS = [
# ---------------------------------------------------------------- German: confirmation
dict(v="schwarzwald", c=1, lang="de", at="2026-10-06 09:12", subj="AW: Bestellung P08800 Brotkästen / Schneidebretter",
     text="""
Sehr geehrte Frau Jensen,

vielen Dank für Ihre Bestellung P08800. Anbei unsere Auftragsbestätigung AB-D7B-2611. Alle Positionen sind wie bestellt bestätigt, Liefertermin KW 44 frei Haus Hamburg.

Mit freundlichen Grüßen
Sabine Hoffmann
Innendienst
Schwarzwald Haushaltswaren GmbH
Tel. +49 7721 4480-12

Am 05.10.2026 um 16:40 schrieb Laura Jensen <laura.jensen@hhg-retail.com>:
> Guten Tag Frau Hoffmann,
> anbei Bestellung P08800, gewünschter Liefertermin spätestens 30.10.2026.
> Gruß, Laura Jensen

--- attachment: AB-D7B-2611.pdf ---
AUFTRAGSBESTÄTIGUNG AB-D7B-2611
Ihre Bestellung: P08800 vom 05.10.2026
Pos  Artikel     Bezeichnung               Menge   Liefertermin
10   SH-BR-220   Brotkasten Buche          240 St  KW 44/2026
20   SH-SG-014   Schneidebrett Eiche 40cm  360 St  KW 44/2026
Lieferbedingung: frei Haus
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P08800"],
     vref=["AB-D7B-2611"], commit=("2026-10-26", "Liefertermin KW 44 frei Haus Hamburg"),
     dates=[("2026-10-26", "confirmed_delivery", "Liefertermin KW 44"),
            ("2026-10-05", "other", ("05.10.2026", 1)),
            ("2026-10-26", "confirmed_delivery", ("KW 44/2026", 0)),
            ("2026-10-26", "confirmed_delivery", ("KW 44/2026", 1))],
     lines=[("SH-BR-220", 240, "St", "10   SH-BR-220   Brotkasten Buche          240 St  KW 44/2026", "P08800"),
            ("SH-SG-014", 360, "St", "20   SH-SG-014   Schneidebrett Eiche 40cm  360 St  KW 44/2026", "P08800")]),

dict(v="alpen", c=1, lang="de", at="2026-11-12 10:05", subj="AW: P08801 Lebkuchen – Termin?",
     text="""
Grüß Gott Herr Osei,

ja, passt – P08801 bleibt wie bestätigt, Zustellung am Donnerstag, 03.12. Die Ware ist bereits kommissioniert und steht bei uns im Lager, der Streik betrifft unsere Spedition nicht.

Liebe Grüße aus Innsbruck
Theresa Huber
Alpen Feinkost AG

-----Ursprüngliche Nachricht-----
Von: Mike Osei <mike.osei@hhg-retail.com>
Gesendet: Mittwoch, 11. November 2026 15:22
An: Theresa Huber
Betreff: P08801 Lebkuchen – Termin?

Hallo Frau Huber, wir hören von Streiks bei den Speditionen in Österreich. Bleibt es bei der Lieferung am 03.12.? Danke, Mike Osei
""", end="Liebe Grüße aus Innsbruck", change="none", intent="confirmation", po=["P08801"],
     commit=("2026-12-03", "bleibt wie bestätigt, Zustellung am Donnerstag, 03.12."),
     dates=[("2026-12-03", "confirmed_delivery", "Donnerstag, 03.12.")]),

dict(v="kaiser", c=1, lang="de", at="2026-09-15 14:31", subj="P08802 neuer Termin – schriftliche Bestätigung",
     text="""
Hallo Frau Klein,

wie eben telefonisch besprochen: P08802 (LED-Lichterketten) liefern wir am Dienstag, 29.09., statt wie ursprünglich am 22.09. Sie hatten dem ja bereits zugestimmt, hiermit nochmal schriftlich für Ihre Unterlagen.

Viele Grüße
Petra Lange
Elektro Kaiser GmbH – Vertriebsinnendienst
Industriestr. 8 · 90765 Fürth
""", end="Viele Grüße", change="date", intent="confirmation", po=["P08802"],
     commit=("2026-09-29", "liefern wir am Dienstag, 29.09."),
     dates=[("2026-09-29", "confirmed_delivery", "Dienstag, 29.09."), ("2026-09-22", "other", "22.09.")]),

dict(v="ruhrtal", c=1, lang="de", at="2026-10-20 07:48", subj="Bestätigung P08803",
     text="""
Bestätigt: P08803, 1.200 Stk Schlauchkupplung 1/2" (RM-SK-12), Liefertermin 06.11.2026.

Gruß
Auftragsbearbeitung
Ruhrtal Metallwaren GmbH
""", end="Gruß\nAuftragsbearbeitung", change="none", intent="confirmation", po=["P08803"],
     commit=("2026-11-06", "Liefertermin 06.11.2026"),
     dates=[("2026-11-06", "confirmed_delivery", "06.11.2026")],
     lines=[("RM-SK-12", 1200, "Stk", "1.200 Stk Schlauchkupplung", "P08803")]),

dict(v="hansa", c=1, lang="de", at="2026-11-03 11:20", subj="AW: P08804 vorziehen möglich?",
     text="""
Moin Herr Brandt,

Vorziehen klappt: P08804 (Glühweinbecher, 1.440 Stück) kommt in KW 48 statt KW 50. Die Spedition holt bei uns am Freitag, 20.11. ab.

Beste Grüße
Ole Thomsen
Hansa Glas & Porzellan GmbH

Am 02.11.2026 um 09:55 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Hallo Herr Thomsen,
> der Weihnachtsmarkt-Aufbau ist dieses Jahr früher. Können Sie P08804 zwei Wochen vorziehen, also KW 48 statt KW 50?
> Danke und Gruß
> Tim Brandt
""", end="Beste Grüße", change="date", intent="confirmation", po=["P08804"],
     commit=("2026-11-23", "kommt in KW 48"),
     dates=[("2026-11-23", "confirmed_delivery", ("KW 48", 0)), ("2026-12-07", "other", ("KW 50", 0)),
            ("2026-11-20", "ship_date", "Freitag, 20.11.")],
     lines=[("Glühweinbecher", 1440, "Stück", "1.440 Stück", "P08804")]),

dict(v="bergholz", lang="de", at="2026-12-01 16:02", subj="Auftragsbestätigung P08805 Vogelhäuschen",
     text="""
Grüezi Herr Brandt

Ich bestätige Ihnen gerne die Bestellung P08805 über 80 Vogelhäuschen Lärche (BH-VH-02). Liefertermin ist wie gewünscht der 15. Januar 2027, unsere Auftragsnummer lautet AB-D7B-BH-0412.

Bitte beachten Sie, dass unsere Werkstatt vom 23.12. bis und mit 6.1. geschlossen ist. Das betrifft Ihre Lieferung aber nicht.

Freundliche Grüsse

Urs Baumann
Bergholz Holzwaren AG
Dorfstrasse 14, 3800 Interlaken
""", end="Freundliche Grüsse", change="none", intent="confirmation", po=["P08805"],
     vref=["AB-D7B-BH-0412"], commit=("2027-01-15", "Liefertermin ist wie gewünscht der 15. Januar 2027"),
     dates=[("2027-01-15", "confirmed_delivery", "15. Januar 2027"), ("2026-12-23", "other", "23.12."),
            ("2027-01-06", "other", "6.1.")],
     lines=[("BH-VH-02", 80, None, "80 Vogelhäuschen", "P08805")]),

dict(v="wachau", lang="de", at="2026-10-15 13:44", subj="Re: Verzögerung P08870?",
     text="""
Sehr geehrte Frau Klein,

nein, da muss ein Missverständnis vorliegen: P08870 (Pflanzschalen Terrakotta) ist nicht betroffen und bleibt unverändert beim bestätigten Termin Mittwoch, 28.10. Die Verzögerung, von der mein Kollege sprach, betrifft nur P08871 für Ihre Filiale in Passau.

Mit besten Grüßen aus Krems
Johanna Aigner
Wachauer Gartenkeramik GmbH

Am 14.10.2026 um 17:03 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Sehr geehrte Frau Aigner,
> Ihr Kollege sprach am Telefon von einer Verzögerung. Betrifft das P08870? Wir hatten den 28.10. bestätigt bekommen.
> Sandra Klein
""", end="Mit besten Grüßen aus Krems", change="none", intent="confirmation", po=["P08870", "P08871"],
     commit=("2026-10-28", "bleibt unverändert beim bestätigten Termin Mittwoch, 28.10."),
     dates=[("2026-10-28", "confirmed_delivery", "Mittwoch, 28.10.")]),

# ---------------------------------------------------------------- German: delay
dict(v="schwarzwald", lang="de", at="2026-09-22 15:10", subj="AW: Status P08806 / P08807",
     text="""
Hallo Frau Jensen,

kurze Rückmeldung: P08806 verschiebt sich leider um zwei Tage, weil die Pulverbeschichtung der Brotkastendeckel nachgearbeitet werden muss. Neuer Liefertermin ist Freitag, 02.10. statt 30.09.

P08807 ist davon nicht betroffen und kommt wie bestätigt am 07.10.

Gruß
Markus Weber
Schwarzwald Haushaltswaren GmbH

Am 21.09.2026 um 11:02 schrieb Laura Jensen <laura.jensen@hhg-retail.com>:
> Hallo Herr Weber, sind P08806 und P08807 auf Kurs? P08807 brauchen wir spätestens am 09.10.
""", end="Gruß\nMarkus Weber", change="date", intent="delay", sec=["confirmation"], po=["P08806", "P08807"],
     commit=("2026-10-02", "Neuer Liefertermin ist Freitag, 02.10."),
     dates=[("2026-10-02", "new_eta", "Freitag, 02.10."), ("2026-09-30", "other", "30.09."),
            ("2026-10-07", "confirmed_delivery", "07.10.")],
     changes=[("P08806", "delay", "2026-10-02", None, "Neuer Liefertermin ist Freitag, 02.10. statt 30.09."),
              ("P08807", "confirmation", "2026-10-07", None, "kommt wie bestätigt am 07.10.")]),

dict(v="mueller", c=1, lang="de", at="2026-10-14 10:37", subj="P08808 Ersatzmesser – Lieferverzug",
     text="""
Sehr geehrter Herr Osei,

leider müssen wir Ihnen mitteilen, dass der bestätigte Termin 21.10. für P08808 (Ersatzmesser für Akku-Rasenmäher MG-ER-36) nicht zu halten ist. Unser Zulieferer in Solingen hat einen Maschinenschaden und kann uns derzeit keinen neuen Liefertermin nennen.

Wir melden uns unaufgefordert, sobald wir einen belastbaren Termin haben. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen

i. A. Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG
Vertrieb Handel
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P08808"],
     dates=[("2026-10-21", "other", "21.10.")]),

dict(v="steirer", lang="de", at="2026-11-05 08:58", subj="P08809 Häferl – Brennofen",
     text="""
Servus Frau Jensen,

leider hat es uns den großen Brennofen erwischt, die Reparatur dauert mindestens zwei Wochen. Die Häferl für P08809 schaffen wir daher nicht mehr in KW 47, realistisch ist Mitte Dezember.

Falls Ihnen das hilft: 200 fertige Häferl (Dekor Edelweiß) könnten wir schon am 18.11. als Teillieferung schicken. Wollen Sie das?

Schöne Grüße
Wolfgang Pichler
Steirische Keramik GmbH
Gleisdorf
""", end="Schöne Grüße", change="date", intent="delay", sec=["question"], po=["P08809"],
     commit=("2026-12-15", "realistisch ist Mitte Dezember"),
     dates=[("2026-11-16", "other", "KW 47"), ("2026-12-15", "new_eta", "Mitte Dezember"),
            ("2026-11-18", "other", "18.11.")],
     lines=[("Häferl Edelweiß", 200, None, "200 fertige Häferl", "P08809")]),

dict(v="lueneburg", c=1, lang="de", at="2026-09-09 12:15", subj="Auftragsbestätigung zu P08810",
     text="""
Guten Tag Frau Klein,

anbei die Auftragsbestätigung zu P08810. Den Wunschtermin können wir leider nicht halten, die Merinowolle kommt erst Ende September aus der Färberei. Wir bestätigen Ihnen die Lieferung für den 09.10.2026.

Herzliche Grüße
Frauke Meyer
Lüneburger Wollmanufaktur GmbH

--- attachment: AB_D7B_3318.pdf ---
LÜNEBURGER WOLLMANUFAKTUR – AUFTRAGSBESTÄTIGUNG Nr. AB-D7B-3318
Datum: 09.09.2026            Ihre Bestellung: P08810
Pos  Artikel    Bezeichnung              Menge  Wunschtermin  best. Termin
1    LW-PL-130  Plaid Merino 130x170     120    25.09.2026    09.10.2026
2    LW-KS-040  Kissenhülle Merino 40x40 240    25.09.2026    09.10.2026
""", end="Herzliche Grüße", change="date", intent="delay", po=["P08810"], vref=["AB-D7B-3318"],
     commit=("2026-10-09", "Wir bestätigen Ihnen die Lieferung für den 09.10.2026."),
     dates=[("2026-09-30", "other", "Ende September"), ("2026-10-09", "new_eta", ("09.10.2026", 0)),
            ("2026-09-09", "other", "09.09.2026"),
            ("2026-09-25", "other", ("25.09.2026", 0)), ("2026-10-09", "new_eta", ("09.10.2026", 1)),
            ("2026-09-25", "other", ("25.09.2026", 1)), ("2026-10-09", "new_eta", ("09.10.2026", 2))],
     lines=[("LW-PL-130", 120, None, "1    LW-PL-130  Plaid Merino 130x170     120    25.09.2026    09.10.2026", "P08810"),
            ("LW-KS-040", 240, None, "2    LW-KS-040  Kissenhülle Merino 40x40 240    25.09.2026    09.10.2026", "P08810")]),

dict(v="ruhrtal", lang="de", at="2026-12-08 16:52", subj="P08811",
     text="""
P08811 kommt nicht diese Woche, Spedition hat kurzfristig abgesagt. Neu: Mo 14.12.

D. Schulte

Von meinem iPhone gesendet
""", end="D. Schulte", change="date", intent="delay", po=["P08811"],
     commit=("2026-12-14", "Neu: Mo 14.12."),
     dates=[("2026-12-07", "other", "diese Woche"), ("2026-12-14", "new_eta", "Mo 14.12.")]),

dict(v="brunner", c=1, lang="de", at="2026-10-28 09:40", subj="WG: Frottier 500g – P08812",
     text="""
Guten Morgen Frau Jensen

Leider erreichte uns untenstehende Info aus unserer Weberei. P08812 (Frottiertücher) verschiebt sich damit um gut zwei Wochen. Es tut uns leid.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG, Verkaufsinnendienst

---------- Weitergeleitete Nachricht ---------
Von: Weberei Brunner, Produktion
Datum: Di., 27. Okt. 2026 um 17:10
Betreff: Frottier 500g

Nadine, die Frottierware für HHG (P08812) wird nicht in KW 45 fertig, das Garn aus Portugal kam zu spät. Realistisch: Versand ab Werk Freitag, 13.11., bei euch in Hamburg dann KW 47.
Gruss Toni
""", end="Freundliche Grüsse", change="date", intent="delay", po=["P08812"],
     commit=("2026-11-16", "bei euch in Hamburg dann KW 47"),
     dates=[("2026-11-02", "other", "KW 45"), ("2026-11-13", "ship_date", "Freitag, 13.11."),
            ("2026-11-16", "new_eta", "KW 47")]),

# ---------------------------------------------------------------- German: partial_shipment
dict(v="mueller", lang="de", at="2026-09-03 17:25", subj="Versand P08813 Gießkannen",
     text="""
Hallo Herr Osei,

heute haben wir 300 der 450 Gießkannen 10 l (MG-GK-10) für P08813 verladen, Dachser, Sendungsnr. 4471 0893 2215. Die restlichen 150 Stück folgen in KW 38, die Zinkbügel fehlen noch.

Grüße aus Kirchheim
Jürgen Müller
Müller Gartentechnik GmbH & Co. KG
""", end="Grüße aus Kirchheim", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08813"], commit=("2026-09-14", "Die restlichen 150 Stück folgen in KW 38"),
     dates=[("2026-09-03", "ship_date", "heute"), ("2026-09-14", "new_eta", "KW 38")],
     lines=[("MG-GK-10", 300, None, "300 der 450 Gießkannen", "P08813"),
            ("MG-GK-10", 150, "Stück", "restlichen 150 Stück", "P08813")],
     track=[("Dachser", "4471 0893 2215", "Sendungsnr. 4471 0893 2215")]),

dict(v="hansa", lang="de", at="2026-10-01 14:03", subj="Lieferschein P08814",
     text="""
Sehr geehrte Frau Jensen,

anbei der Lieferschein zu P08814. Bitte beachten Sie: bei den Sektflöten sind in der Produktion zu viele Stücke mit Einschlüssen aussortiert worden, wir liefern daher 540 statt 600 Stück. Die Differenz wird nicht nachgeliefert und nicht berechnet. Zustellung voraussichtlich Montag.

Mit freundlichen Grüßen
Anke Petersen
Hansa Glas & Porzellan GmbH
Kiel

--- attachment: LS-D7B-40117.pdf ---
LIEFERSCHEIN LS-D7B-40117       Lieferdatum: 01.10.2026
Bestellung: P08814
Pos  Artikel      Bezeichnung         Bestellt  Geliefert  Offen
1    HG-SF-018    Sektflöte 18 cl     600       540        0 (entfällt)
2    HG-WG-035    Weinglas 35 cl      480       480        0
Spedition: Hellmann, Frachtbrief 09-771-D7B
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08814"], vref=["LS-D7B-40117"], commit=("2026-10-05", "Zustellung voraussichtlich Montag"),
     dates=[("2026-10-05", "confirmed_delivery", "Montag"), ("2026-10-01", "ship_date", "01.10.2026")],
     lines=[("HG-SF-018", 540, "Stück", "540 statt 600 Stück", "P08814"),
            ("HG-SF-018", 540, None, "1    HG-SF-018    Sektflöte 18 cl     600       540        0 (entfällt)", "P08814"),
            ("HG-WG-035", 480, None, "2    HG-WG-035    Weinglas 35 cl      480       480        0", "P08814")],
     track=[("Hellmann", "09-771-D7B", "Frachtbrief 09-771-D7B")]),

dict(v="alpen", lang="de", at="2026-11-24 11:11", subj="P08815 Teillieferung",
     text="""
Grüß Gott Frau Klein,

zu P08815: das Kürbiskernöl (120 Kartons) geht morgen komplett raus. Das Kernöl-Dressing (48 Kartons) ist noch nicht abgefüllt, weil die Etiketten falsch gedruckt wurden – das kommt Anfang Dezember separat nach.

Mit freundlichen Grüßen
Florian Gruber
Alpen Feinkost AG
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", po=["P08815"],
     commit=("2026-12-01", "das kommt Anfang Dezember separat nach"),
     dates=[("2026-11-25", "ship_date", "morgen"), ("2026-12-01", "new_eta", "Anfang Dezember")],
     lines=[("Kürbiskernöl", 120, "Kartons", "Kürbiskernöl (120 Kartons)", "P08815"),
            ("Kernöl-Dressing", 48, "Kartons", "Kernöl-Dressing (48 Kartons)", "P08815")]),

dict(v="kaiser", lang="de", at="2026-12-10 15:36", subj="AW: AW: P08816 Lieferung vor Weihnachten",
     text="""
Hallo Herr Brandt,

wie angekündigt ist heute der erste Teil von P08816 rausgegangen, Lieferschein anbei. Die Tischleuchten EK-TL-07 sind leider noch im Rückstand, die kommen erst nach Neujahr, voraussichtlich KW 2.

Gruß
Stefan Kaiser

Am 09.12.2026 um 10:20 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Herr Kaiser, schaffen Sie P08816 noch komplett vor Weihnachten? Sonst bitte alles liefern, was da ist.
>
> Am 30.11.2026 um 08:45 schrieb Stefan Kaiser:
>> Liefertermin für P08816 bleibt der 11.12.

--- attachment: LS-D7B-88120.pdf ---
Elektro Kaiser GmbH · Lieferschein LS-D7B-88120 · 10.12.2026
Auftrag: P08816
Artikel     Bezeichnung            bestellt  geliefert  Rückstand
EK-LK-200   Lichterkette 200 LED   300       300        0
EK-TL-07    Tischleuchte Messing   90        0          90
""", end="Gruß\nStefan Kaiser", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08816"], vref=["LS-D7B-88120"], commit=("2027-01-11", "voraussichtlich KW 2"),
     dates=[("2026-12-10", "ship_date", "heute"), ("2027-01-11", "new_eta", "KW 2"),
            ("2026-12-10", "ship_date", "10.12.2026")],
     lines=[("EK-LK-200", 300, None, "EK-LK-200   Lichterkette 200 LED   300       300        0", "P08816"),
            ("EK-TL-07", 90, None, "EK-TL-07    Tischleuchte Messing   90        0          90", "P08816")]),

dict(v="tirol", c=1, lang="de", at="2026-09-29 10:02", subj="P08817",
     text="""
P08817: 60 Stk Schneidbretter Zirbe heute per Post verschickt. Die restlichen 40 Stk sind ausverkauft und werden nicht nachgeliefert, Zirbe gibts erst wieder im Frühjahr.

Verkauf
Tiroler Holzwaren GmbH
""", end="Verkauf\nTiroler", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08817"],
     dates=[("2026-09-29", "ship_date", "heute")],
     lines=[("Schneidbretter Zirbe", 60, "Stk", "60 Stk Schneidbretter Zirbe", "P08817"),
            ("Schneidbretter Zirbe", 40, "Stk", "restlichen 40 Stk", "P08817")]),

dict(v="lueneburg", lang="de", at="2026-11-17 09:30", subj="P08818 Plaids – Bestätigung",
     text="""
Liebe Frau Jensen,

für P08818 können wir Ihnen leider nur 150 statt der bestellten 200 Plaids Heidschnucke bestätigen; diese liefern wir am Freitag, 27.11. Die restlichen 50 Stück kommen Ende Januar, sobald die nächste Schur verarbeitet ist.

Herzliche Grüße aus Lüneburg
Hinnerk Albers
Lüneburger Wollmanufaktur GmbH
""", end="Herzliche Grüße aus Lüneburg", change="quantity", intent="partial_shipment", po=["P08818"],
     commit=("2027-01-31", "Die restlichen 50 Stück kommen Ende Januar"),
     dates=[("2026-11-27", "confirmed_delivery", "Freitag, 27.11."), ("2027-01-31", "new_eta", "Ende Januar")],
     lines=[("Plaid Heidschnucke", 150, None, "150 statt der bestellten 200 Plaids", "P08818"),
            ("Plaid Heidschnucke", 50, "Stück", "restlichen 50 Stück", "P08818")]),

# ---------------------------------------------------------------- German: shipping_notice
dict(v="schwarzwald", c=1, lang="de", at="2026-11-26 13:15", subj="Versandavis P08819",
     text="""
Sehr geehrte Frau Jensen,

die Ware zu P08819 wurde heute vollständig an DHL Freight übergeben (4 Paletten, Sendungsnummer 40012-D7B-5571). Die Zustellung ist für Montag, 30.11. avisiert. Lieferschein anbei.

Mit freundlichen Grüßen
Sabine Hoffmann
Schwarzwald Haushaltswaren GmbH

--- attachment: LS_D7B_7702.pdf ---
Lieferschein LS-D7B-7702   Datum 26.11.2026   Bestellung P08819
Pos  Artikel     Menge bestellt  Menge geliefert
1    SH-KU-300   500             500
2    SH-KU-450   300             300
Status: vollständig geliefert
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P08819"],
     vref=["LS-D7B-7702"], commit=("2026-11-30", "Die Zustellung ist für Montag, 30.11. avisiert"),
     dates=[("2026-11-26", "ship_date", "heute"), ("2026-11-30", "confirmed_delivery", "Montag, 30.11."),
            ("2026-11-26", "ship_date", "26.11.2026")],
     lines=[("SH-KU-300", 500, None, "1    SH-KU-300   500             500", "P08819"),
            ("SH-KU-450", 300, None, "2    SH-KU-450   300             300", "P08819")],
     track=[("DHL Freight", "40012-D7B-5571", "Sendungsnummer 40012-D7B-5571")]),

dict(v="ruhrtal", c=1, lang="de", at="2026-10-08 18:02", subj="Versandbestätigung zu Ihrer Bestellung P08820",
     text="""
Sehr geehrte Damen und Herren,

Ihre Bestellung P08820 (unser Auftrag AB-D7B-105988) wurde heute vollständig versandt.

Spediteur: DB Schenker
Sendungsnummer: 1Z-SCH-D7B-88341
Packstücke: 2 Paletten, 612 kg

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Ruhrtal Metallwaren GmbH · Hagener Str. 112 · 58119 Hagen
""", end="Diese E-Mail wurde automatisch erstellt.", change="shipping", intent="shipping_notice",
     po=["P08820"], vref=["AB-D7B-105988"],
     dates=[("2026-10-08", "ship_date", "heute")],
     track=[("DB Schenker", "1Z-SCH-D7B-88341", "Sendungsnummer: 1Z-SCH-D7B-88341")]),

dict(v="brunner", lang="de", at="2026-12-03 16:45", subj="P08821 unterwegs",
     text="""
Grüezi Herr Osei

Die Bettwäsche zu P08821 hat heute unser Lager in St. Gallen verlassen, komplett, 14 Kartons. Verzollung ist erledigt, die EUR.1 liegt den Papieren bei. Planzer stellt voraussichtlich am Dienstag zu, Frachtbrief 7705-D7B-3312.

En Gruess
Reto Brunner
Brunner Textil AG
""", end="En Gruess", change="shipping", intent="shipping_notice", po=["P08821"],
     commit=("2026-12-08", "Planzer stellt voraussichtlich am Dienstag zu"),
     dates=[("2026-12-03", "ship_date", "heute"), ("2026-12-08", "confirmed_delivery", "Dienstag")],
     lines=[("Bettwäsche", 14, "Kartons", "komplett, 14 Kartons", "P08821")],
     track=[("Planzer", "7705-D7B-3312", "Frachtbrief 7705-D7B-3312")]),

dict(v="steirer", c=1, lang="de", at="2026-09-17 08:20", subj="AW: Verzögerung P08822",
     text="""
Guten Morgen Herr Brandt,

die Verzögerung ist erledigt: P08822 ist gestern doch noch komplett rausgegangen, alle 36 Kartons. Zustellung laut Spedition Anfang nächster Woche.

Liebe Grüße
Katharina Steiner
Steirische Keramik GmbH

Am 10.09.2026 um 14:12 schrieb Katharina Steiner <katharina.steiner@steirische-keramik.at>:
> Sehr geehrter Herr Brandt,
> leider verschiebt sich P08822 um eine Woche, Versand frühestens am 18.09.
> Liebe Grüße, Katharina Steiner
""", end="Liebe Grüße\nKatharina", change="shipping", intent="shipping_notice", po=["P08822"],
     commit=("2026-09-21", "Zustellung laut Spedition Anfang nächster Woche"),
     dates=[("2026-09-16", "ship_date", "gestern"), ("2026-09-21", "confirmed_delivery", "Anfang nächster Woche")],
     lines=[("Keramik", 36, "Kartons", "alle 36 Kartons", "P08822")]),

dict(v="hansa", c=1, lang="de", at="2026-12-15 12:40", subj="P08823 + P08824",
     text="""
Moin,

P08823 und P08824 heute zusammen raus, 3 Paletten, beides komplett. DHL Freight 40012-77810-D7B. Zustellung Do.

Ole
--
Ole Thomsen · Hansa Glas & Porzellan GmbH · Kiel
""", end="Ole\n--", change="shipping", intent="shipping_notice", po=["P08823", "P08824"],
     commit=("2026-12-17", "Zustellung Do."),
     dates=[("2026-12-15", "ship_date", "heute"), ("2026-12-17", "confirmed_delivery", "Do.")],
     track=[("DHL Freight", "40012-77810-D7B", "DHL Freight 40012-77810-D7B")],
     changes=[("P08823", "shipping_notice", "2026-12-17", None, "P08823 und P08824 heute zusammen raus"),
              ("P08824", "shipping_notice", "2026-12-17", None, "beides komplett")]),

dict(v="mueller", c=2, lang="de", at="2026-11-04 11:55", subj="Lieferavis Bestellung P08825",
     text="""
Sehr geehrte Damen und Herren,

hiermit avisieren wir Ihnen die Lieferung zu Ihrer Bestellung P08825. Die Ware wurde heute verladen, die Anlieferung an Ihr Lager Hamburg-Billbrook erfolgt in KW 46 (Zeitfenster wird von der Spedition Nagel telefonisch avisiert).

Mit freundlichen Grüßen
Ihr Innendienst
Müller Gartentechnik GmbH & Co. KG

--- attachment: Lieferschein_LS-D7B-55210.pdf ---
Lieferschein Nr. LS-D7B-55210 vom 04.11.2026
Bestell-Nr. Kunde: P08825
Artikel         Bezeichnung                 Menge
MG-LR-T60       Laubrechen Teleskop         200 Stk
MG-SB-120       Laubsack 120 l              800 Stk
MG-HS-03        Handschuhe Garten Gr. 9     400 Paar
Lieferung vollständig
""", end="Mit freundlichen Grüßen\nIhr Innendienst", change="shipping", intent="shipping_notice",
     po=["P08825"], vref=["LS-D7B-55210"],
     commit=("2026-11-09", "die Anlieferung an Ihr Lager Hamburg-Billbrook erfolgt in KW 46"),
     dates=[("2026-11-04", "ship_date", "heute"), ("2026-11-09", "confirmed_delivery", "KW 46"),
            ("2026-11-04", "ship_date", "04.11.2026")],
     lines=[("MG-LR-T60", 200, "Stk", "MG-LR-T60       Laubrechen Teleskop         200 Stk", "P08825"),
            ("MG-SB-120", 800, "Stk", "MG-SB-120       Laubsack 120 l              800 Stk", "P08825"),
            ("MG-HS-03", 400, "Paar", "MG-HS-03        Handschuhe Garten Gr. 9     400 Paar", "P08825")]),

# ---------------------------------------------------------------- German: question, other, cancellation, price_change
dict(v="kaiser", c=1, lang="de", at="2026-11-19 09:14", subj="Rückfrage Verpackung P08826",
     text="""
Hallo Frau Klein,

für P08826 (Nachtlichter EK-NL-3) brauchen wir noch Ihre Freigabe zur Verpackung: Blister mit Euro-Lochung oder Faltschachtel ohne Lochung? Die Druckerei braucht die Info bis Dienstag, sonst wird es mit dem Termin eng.

Danke und viele Grüße
Petra Lange
Elektro Kaiser GmbH
""", end="Danke und viele Grüße", change="none", intent="question", po=["P08826"],
     dates=[("2026-11-24", "other", "Dienstag")]),

dict(v="bergholz", c=1, lang="de", at="2026-09-24 10:48", subj="P08827 Lieferadresse",
     text="""
Guten Tag Frau Jensen

Für die Bestellung P08827 (Hochbeete Lärche) ist im Auftrag nur "Hamburg" als Lieferadresse angegeben. Sollen wir an Ihr Zentrallager in Billbrook liefern oder direkt an die Filiale Altona? Und gibt es dort eine Rampe, oder brauchen wir ein Fahrzeug mit Hebebühne?

Besten Dank für Ihre Rückmeldung.

Freundliche Grüsse
Corinne Meier
Bergholz Holzwaren AG
""", end="Besten Dank für Ihre Rückmeldung.", change="none", intent="question", po=["P08827"]),

dict(v="lueneburg", lang="de", at="2026-10-16 07:02", subj="Abwesenheitsnotiz: AW: P08866 Strickdecken",
     text="""
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 26.10. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frauke Meyer (frauke.meyer@lueneburger-wolle.de, Tel. 04131 22 71-14).

Hinnerk Albers
Lüneburger Wollmanufaktur GmbH
""", end="Hinnerk Albers\nLüneburger", change="none", intent="other", po=["P08866"],
     dates=[("2026-10-26", "other", "26.10.")]),

dict(v="tirol", lang="de", at="2026-12-02 17:30", subj="Re: Neue Bestellung P08828",
     text="""
Hallo Herr Osei,

danke, P08828 ist angekommen. Die AB schicke ich Ihnen bis Freitag.

Schöne Grüße aus Schwaz
Andreas Hofer
Tiroler Holzwaren GmbH

Am 02.12.2026 um 11:16 schrieb Mike Osei <mike.osei@hhg-retail.com>:
> Servus Herr Hofer, anbei Bestellung P08828 (Kochlöffel Zirbe, 600 Stk), Wunschtermin 15.01.2027.
""", end="Schöne Grüße aus Schwaz", change="none", intent="other", po=["P08828"],
     dates=[("2026-12-04", "other", "Freitag")]),

dict(v="mueller", c=1, lang="de", at="2026-12-02 14:20", subj="P08829 – Stornierung Position 30",
     text="""
Sehr geehrter Herr Osei,

Position 30 (Laubrechen Teleskop MG-LR-T60, 150 Stk) aus Ihrer Bestellung P08829 müssen wir leider stornieren, der Artikel ist beim Hersteller ausgelaufen. Einen Nachfolger gibt es erst zur Saison 2027.

Die übrigen Positionen liefern wir wie bestätigt am 11.12.

Mit freundlichen Grüßen
i. A. Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P08829"], commit=("2026-12-11", "Die übrigen Positionen liefern wir wie bestätigt am 11.12."),
     dates=[("2026-12-11", "confirmed_delivery", "11.12.")],
     lines=[("MG-LR-T60", 150, "Stk", "MG-LR-T60, 150 Stk", "P08829")]),

dict(v="kaiser", lang="de", at="2026-09-08 11:03", subj="AW: Storno P08830",
     text="""
Sehr geehrte Frau Jensen,

Ihre Stornierung der Bestellung P08830 haben wir erhalten und im System erfasst. Unsere Auftragsbestätigung AB-D7B-K-5512 ist damit hinfällig, es entstehen Ihnen keine Kosten.

Mit freundlichen Grüßen
Stefan Kaiser
Geschäftsführer
Elektro Kaiser GmbH

-----Ursprüngliche Nachricht-----
Von: Laura Jensen <laura.jensen@hhg-retail.com>
Gesendet: Montag, 7. September 2026 16:44
An: Stefan Kaiser
Betreff: Storno P08830

Sehr geehrter Herr Kaiser, bitte stornieren Sie P08830 (Lichterketten, Liefertermin 12.10.) komplett. Die Aktion wurde gestrichen. Gruß, Laura Jensen
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", po=["P08830"],
     vref=["AB-D7B-K-5512"]),

dict(v="hansa", lang="de", at="2026-10-22 10:00", subj="Preisanpassung zum 01.01.2027",
     text="""
Sehr geehrte Damen und Herren,

aufgrund der weiter gestiegenen Energie- und Transportkosten müssen wir unsere Listenpreise zum 01.01.2027 um 4,5 % anheben. Offene Bestellungen – bei Ihnen z. B. P08831 – liefern wir selbstverständlich noch zu den bisherigen Preisen aus.

Die neue Preisliste erhalten Sie Anfang Dezember.

Mit freundlichen Grüßen
Anke Petersen
Vertrieb
Hansa Glas & Porzellan GmbH
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P08831"],
     dates=[("2027-01-01", "price_effective", "01.01.2027"), ("2026-12-01", "other", "Anfang Dezember")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2027-01-01", quote="zum 01.01.2027 um 4,5 % anheben")]),

dict(v="wachau", c=1, lang="de", at="2026-12-09 08:35", subj="Energiezuschlag P08832",
     text="""
Sehr geehrter Herr Brandt,

wie bereits im Herbst angekündigt, müssen wir wegen der Gaspreise einen Energiezuschlag auf offene Aufträge verrechnen. Für Ihre offene Bestellung P08832 bedeutet das:

Artikel          alt      neu
WG-UT-30 Untersetzer Ø30   6,80 €   7,25 €
WG-UT-40 Untersetzer Ø40   9,10 €   9,70 €

Liefertermin bleibt wie bestätigt. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Leopold Mayrhofer
Wachauer Gartenkeramik GmbH
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P08832"],
     prices=[dict(product="WG-UT-30", old=6.80, new=7.25, cur="EUR", quote="WG-UT-30 Untersetzer Ø30   6,80 €   7,25 €"),
             dict(product="WG-UT-40", old=9.10, new=9.70, cur="EUR", quote="WG-UT-40 Untersetzer Ø40   9,10 €   9,70 €")]),
# ---------------------------------------------------------------- Dutch: confirmation
dict(v="vanderberg", c=1, lang="nl", at="2026-09-10 10:22", subj="Orderbevestiging P08833",
     text="""
Beste Laura,

Hartelijk dank voor je order P08833. In de bijlage vind je onze orderbevestiging OB-D7B-7741. Alle artikelen zijn op voorraad en worden geleverd zoals gevraagd op donderdag 24 september.

Met vriendelijke groet,
Sanne de Jong
Binnendienst | Van der Berg Tuinartikelen B.V.
T +31 (0)174 52 88 10

--- attachment: OB-D7B-7741.pdf ---
ORDERBEVESTIGING OB-D7B-7741          Datum: 10-09-2026
Uw ordernummer: P08833
Art.nr.     Omschrijving               Aantal  Leverdatum
VB-PT-25    Plantenbak terracotta 25   320     24-09-2026
VB-PT-40    Plantenbak terracotta 40   160     24-09-2026
VB-SC-01    Schotel 25 cm              320     24-09-2026
Levering franco Hamburg
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P08833"],
     vref=["OB-D7B-7741"], commit=("2026-09-24", "geleverd zoals gevraagd op donderdag 24 september"),
     dates=[("2026-09-24", "confirmed_delivery", "donderdag 24 september"), ("2026-09-10", "other", "10-09-2026"),
            ("2026-09-24", "confirmed_delivery", ("24-09-2026", 0)),
            ("2026-09-24", "confirmed_delivery", ("24-09-2026", 1)),
            ("2026-09-24", "confirmed_delivery", ("24-09-2026", 2))],
     lines=[("VB-PT-25", 320, None, "VB-PT-25    Plantenbak terracotta 25   320     24-09-2026", "P08833"),
            ("VB-PT-40", 160, None, "VB-PT-40    Plantenbak terracotta 40   160     24-09-2026", "P08833"),
            ("VB-SC-01", 320, None, "VB-SC-01    Schotel 25 cm              320     24-09-2026", "P08833")]),

dict(v="devries", lang="nl", at="2026-10-13 08:47", subj="Re: P08834 - gaat dit door?",
     text="""
Hoi Tim,

Geen zorgen, die staking in Rotterdam raakt ons niet, wij rijden zelf. De levering van P08834 blijft staan op vrijdag 23 oktober, zoals bevestigd.

Groet,
Mark

Op ma 12 okt. 2026 om 17:31 schreef Tim Brandt <tim.brandt@hhg-retail.com>:
> Hallo Mark, ik lees over stakingen in de haven. Blijft P08834 op 23/10 staan? En hoe zit het met P08872 van vorige maand, de creditnota?
> Groet, Tim
""", end="Groet,\nMark", change="none", intent="confirmation", po=["P08834", "P08872"],
     commit=("2026-10-23", "blijft staan op vrijdag 23 oktober"),
     dates=[("2026-10-23", "confirmed_delivery", "vrijdag 23 oktober")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-11-09 14:05", subj="Bevestiging bestelling P08835",
     text="""
Beste mevrouw Klein,

Wij danken u voor uw bestelling P08835 (badlinnen collectie winter). Wij kunnen u bevestigen dat alle artikels in de gevraagde aantallen geleverd worden in week 48, zoals door u gevraagd. Ons ordernummer is VT-D7B-26/1187.

Met vriendelijke groeten,
An Claes
Vlaamse Textiel NV
Industriezone Kortrijk-Noord
""", end="Met vriendelijke groeten,", change="none", intent="confirmation", po=["P08835"],
     vref=["VT-D7B-26/1187"], commit=("2026-11-23", "geleverd worden in week 48"),
     dates=[("2026-11-23", "confirmed_delivery", "week 48")]),

dict(v="twente", lang="nl", at="2026-12-04 16:58", subj="RE: P08836",
     text="""
Akkoord, 2.400 st. opbergboxen 32L (TK-OB-32) voor P08836, levering dinsdag 15/12.

Ruud

________________________________
Van: Sandra Klein <sandra.klein@hhg-retail.com>
Verzonden: vrijdag 4 december 2026 10:12
Aan: Ruud Hendriks
Onderwerp: P08836

Hallo Ruud, kun je P08836 bevestigen? 2.400 boxen, levering uiterlijk 18/12.
""", end="Ruud\n", change="none", intent="confirmation", po=["P08836"],
     commit=("2026-12-15", "levering dinsdag 15/12"),
     dates=[("2026-12-15", "confirmed_delivery", "dinsdag 15/12")],
     lines=[("TK-OB-32", 2400, "st.", "2.400 st. opbergboxen", "P08836")]),

dict(v="kempen", lang="nl", at="2026-10-27 11:40", subj="Re: P08837 vroeger leveren",
     text="""
Dag Laura,

Goed nieuws: we kunnen P08837 (12 eettafels eik, 24 banken) inderdaad een week vroeger leveren. Nieuwe leverdatum is maandag 9 november in plaats van 16 november. Onze chauffeur belt een dag op voorhand.

Vriendelijke groeten,
Wouter Janssens
Kempense Meubelmakerij BV

Op 26/10/2026 om 15:02 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Dag Wouter, zou P08837 een week eerder kunnen? Onze nieuwe winkel in Lübeck opent op 12/11.
""", end="Vriendelijke groeten,", change="date", intent="confirmation", po=["P08837"],
     commit=("2026-11-09", "Nieuwe leverdatum is maandag 9 november"),
     dates=[("2026-11-09", "confirmed_delivery", "maandag 9 november"), ("2026-11-16", "other", "16 november")]),

dict(v="zeeland", c=1, lang="nl", at="2026-11-30 09:05", subj="P08838 nieuwe leverdatum - bevestiging",
     text="""
Geachte mevrouw Jensen,

Zoals telefonisch met u afgesproken bevestigen wij hierbij nogmaals de nieuwe leverdatum voor order P08838 (deurmatten kokos en touwmanden): donderdag 10 december. Deze datum blijft staan.

Met vriendelijke groet,
Verkoop
Zeeuwse Touw- en Mattenfabriek B.V.
Postbus 118, Goes
""", end="Met vriendelijke groet,", change="date", intent="confirmation", po=["P08838"],
     commit=("2026-12-10", "donderdag 10 december. Deze datum blijft staan"),
     dates=[("2026-12-10", "confirmed_delivery", "donderdag 10 december")]),

# ---------------------------------------------------------------- Dutch: delay
dict(v="westland", lang="nl", at="2026-09-16 13:30", subj="P08839 bollen - latere levering",
     text="""
Beste Tim,

Door het natte voorjaar is de oogst van de tulpen en narcissen later dan normaal en het drogen duurt langer. De levering van P08839 schuift daarom op van week 39 naar week 41. Kwaliteit is goed, alleen later.

Excuses voor het ongemak.

Met vriendelijke groet,
Gert-Jan Kuipers
Westland Bloembollen B.V.
""", end="Excuses voor het ongemak.", change="date", intent="delay", po=["P08839"],
     commit=("2026-10-05", "schuift daarom op van week 39 naar week 41"),
     dates=[("2026-09-21", "other", "week 39"), ("2026-10-05", "new_eta", "week 41")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-11-11 15:44", subj="Levering P08840 gaat niet door",
     text="""
Beste Mike,

Helaas hebben we een storing aan onze vacuümverpakkingslijn. De levering van P08840 die voor morgen gepland stond gaat daardoor niet door. De monteur komt vandaag nog, maar we kunnen op dit moment geen nieuwe datum noemen. Ik bel je zodra ik meer weet.

Groetjes,
Lotte Visser
Hollandse Kaashandel B.V.
""", end="Groetjes,", change="date", intent="delay", po=["P08840"],
     dates=[("2026-11-12", "other", "morgen"), ("2026-11-11", "other", "vandaag")]),

dict(v="jansen", c=1, lang="nl", at="2026-10-02 12:10", subj="P08841 dag later",
     text="""
Hoi Sandra,

P08841 komt een dagje later: niet maandag maar dinsdag 6 oktober. Onze vrachtwagen staat maandag in Venlo voor een andere klant vast.

Groet Eva

--
Eva Mulder | Elektro Jansen B.V.
""", end="Groet Eva", change="date", intent="delay", po=["P08841"],
     commit=("2026-10-06", "niet maandag maar dinsdag 6 oktober"),
     dates=[("2026-10-05", "other", ("maandag", 0)), ("2026-10-06", "new_eta", "dinsdag 6 oktober"),
            ("2026-10-05", "other", ("maandag", 1))]),

dict(v="gentse", lang="nl", at="2026-11-18 10:50", subj="Orderbevestiging P08842",
     text="""
Beste Laura,

In bijlage onze orderbevestiging voor P08842. Uw gewenste leverdatum 27/11 kunnen we jammer genoeg niet halen, de geurkaarsen moeten minstens tien dagen uitharden. Wij bevestigen levering op 4/12.

Met vriendelijke groeten,
Koen De Smet
Gentse Kaarsenmakerij BV

--- attachment: OB_D7B_2026_0918.pdf ---
GENTSE KAARSENMAKERIJ BV - ORDERBEVESTIGING OB-D7B-2026-0918
Klant: Hartmann Home & Garden     Uw ref.: P08842
Art.        Omschrijving               Aantal   Gewenst     Bevestigd
GK-GK-VAN   Geurkaars vanille 200g     480      27/11/2026  04/12/2026
GK-GK-CED   Geurkaars ceder 200g       480      27/11/2026  04/12/2026
""", end="Met vriendelijke groeten,", change="date", intent="delay", po=["P08842"], vref=["OB-D7B-2026-0918"],
     commit=("2026-12-04", "Wij bevestigen levering op 4/12."),
     dates=[("2026-11-27", "other", ("27/11", 0)), ("2026-12-04", "new_eta", ("4/12", 0)),
            ("2026-11-27", "other", ("27/11/2026", 0)), ("2026-12-04", "new_eta", ("04/12/2026", 0)),
            ("2026-11-27", "other", ("27/11/2026", 1)), ("2026-12-04", "new_eta", ("04/12/2026", 1))],
     lines=[("GK-GK-VAN", 480, None, "GK-GK-VAN   Geurkaars vanille 200g     480      27/11/2026  04/12/2026", "P08842"),
            ("GK-GK-CED", 480, None, "GK-GK-CED   Geurkaars ceder 200g       480      27/11/2026  04/12/2026", "P08842")]),

dict(v="devries", c=1, lang="nl", at="2026-12-14 09:25", subj="P08843 na de feestdagen",
     text="""
Beste Mike,

Helaas, P08843 (keukentextiel) halen we niet meer voor de kerst. Onze weverij in Tilburg heeft achterstand door ziekte. Levering wordt nu begin januari.

Vraagje: mogen we in twee delen leveren als de theedoeken eerder klaar zijn dan de ovenwanten? Dan hoef je niet op alles te wachten.

Groeten,
Femke Smit
De Vries Huishoudelijk B.V.
""", end="Groeten,\nFemke", change="date", intent="delay", sec=["question"], po=["P08843"],
     commit=("2027-01-01", "Levering wordt nu begin januari"),
     dates=[("2027-01-01", "new_eta", "begin januari")]),

dict(v="twente", c=1, lang="nl", at="2026-09-25 11:18", subj="FW: rit HHG vandaag vervalt - P08844",
     text="""
Beste Laura,

Zie hieronder het bericht van onze vervoerder. De levering van P08844 komt daardoor niet vandaag maar een paar dagen later, nieuwe datum staat in het bericht. Sorry hiervoor.

Met vriendelijke groet,
Ilse Bosman
Twentse Kunststoffen B.V.

---------- Doorgestuurd bericht ---------
Van: Planning Oosterhof Transport <planning@oosterhof-transport.nl>
Datum: vr 25 sep. 2026 om 07:52
Onderwerp: rit HHG

Ilse, de rit van 25/09 naar Hamburg vervalt, trekker defect. Nieuwe laaddatum maandag 28 september, lossen bij HHG dinsdag 29 september in de ochtend.
Gr. Henk
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P08844"],
     commit=("2026-09-29", "lossen bij HHG dinsdag 29 september"),
     dates=[("2026-09-25", "other", "niet vandaag"), ("2026-09-25", "other", "25/09"),
            ("2026-09-28", "ship_date", "maandag 28 september"), ("2026-09-29", "new_eta", "dinsdag 29 september")]),

# ---------------------------------------------------------------- Dutch: partial_shipment
dict(v="zeeland", lang="nl", at="2026-10-07 16:20", subj="Deellevering P08845",
     text="""
Goedemiddag Tim,

Vandaag hebben we 400 deurmatten kokos 60x40 (ZT-DM-6040) van P08845 verzonden met DHL Freight, zending 3300-D7B-4418. De resterende 200 stuks volgen volgende week dinsdag, de bedrukking van die partij was niet goed en wordt opnieuw gedaan.

Groet,
Jolanda Verhulst
Zeeuwse Touw- en Mattenfabriek B.V.
""", end="Groet,\nJolanda", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08845"], commit=("2026-10-13", "De resterende 200 stuks volgen volgende week dinsdag"),
     dates=[("2026-10-07", "ship_date", "Vandaag"), ("2026-10-13", "new_eta", "volgende week dinsdag")],
     lines=[("ZT-DM-6040", 400, None, "400 deurmatten kokos", "P08845"),
            ("ZT-DM-6040", 200, "stuks", "De resterende 200 stuks", "P08845")],
     track=[("DHL Freight", "3300-D7B-4418", "zending 3300-D7B-4418")]),

dict(v="kempen", c=1, lang="nl", at="2026-12-11 14:15", subj="Pakbon levering P08846",
     text="""
Dag Sandra,

In bijlage de pakbon van vandaag voor P08846. Let wel: er zijn maar 18 van de 24 stoelen Lena meegegaan. De stof (bouclé zand) is bij onze leverancier uit collectie genomen, dus de overige 6 stuks kunnen we niet meer naleveren. Ze worden uiteraard niet gefactureerd.

Vriendelijke groeten,
Liesbeth Wouters
Kempense Meubelmakerij BV

--- attachment: Pakbon_PB-D7B-5530.pdf ---
PAKBON PB-D7B-5530             Verzenddatum: 11/12/2026
Bestelling klant: P08846
Artikel          Besteld   Geleverd   Restant
Stoel Lena zand  24        18         6 - vervalt
""", end="Vriendelijke groeten,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08846"], vref=["PB-D7B-5530"],
     dates=[("2026-12-11", "ship_date", "vandaag"), ("2026-12-11", "ship_date", "11/12/2026")],
     lines=[("Stoel Lena", 18, None, "18 van de 24 stoelen Lena", "P08846"),
            ("Stoel Lena", 6, "stuks", "overige 6 stuks", "P08846"),
            ("Stoel Lena", 18, None, "Stoel Lena zand  24        18         6 - vervalt", "P08846")]),

dict(v="kaashandel", lang="nl", at="2026-12-01 10:02", subj="P08847 kaas",
     text="""
Hallo Mike,

Van P08847 kunnen we morgen 80 dozen Goudse jong bij jullie afleveren. De 40 dozen belegen zijn nog niet ver genoeg gerijpt; die volgen eind volgende week.

Groet,
Kees Bakker
Hollandse Kaashandel B.V. - Woerden
""", end="Groet,\nKees", change="quantity", intent="partial_shipment", po=["P08847"],
     commit=("2026-12-11", "die volgen eind volgende week"),
     dates=[("2026-12-02", "confirmed_delivery", "morgen"), ("2026-12-11", "new_eta", "eind volgende week")],
     lines=[("Goudse jong", 80, "dozen", "80 dozen Goudse jong", "P08847"),
            ("Goudse belegen", 40, "dozen", "De 40 dozen belegen", "P08847")]),

dict(v="vanderberg", lang="nl", at="2026-11-02 15:33", subj="Verzendbericht P08848",
     text="""
Beste Laura,

Hierbij het verzendbericht voor P08848. Let op: de vogelvoedersilo's zijn nog in backorder, de rest is vandaag vertrokken.

Met vriendelijke groet,
Pieter van der Berg
Van der Berg Tuinartikelen B.V.

--- attachment: VZ-D7B-11902.pdf ---
VERZENDBERICHT VZ-D7B-11902
Order: P08848     Vervoerder: Raben, vrachtbrief RB-D7B-880412
Artikel     Omschrijving            Besteld  Verzonden  Backorder
VB-VH-10    Vogelhuisje den         150      150        0
VB-VS-03    Vogelvoedersilo metaal  100      0          100 (verwacht week 47)
VB-VB-05    Vetbollen 6 st.         600      600        0
Verwachte levering bij u: morgen
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08848"], vref=["VZ-D7B-11902"], commit=("2026-11-16", "verwacht week 47"),
     dates=[("2026-11-02", "ship_date", "vandaag"), ("2026-11-16", "new_eta", "week 47"),
            ("2026-11-03", "confirmed_delivery", "morgen")],
     lines=[("VB-VH-10", 150, None, "VB-VH-10    Vogelhuisje den         150      150        0", "P08848"),
            ("VB-VS-03", 100, None, "VB-VS-03    Vogelvoedersilo metaal  100      0          100 (verwacht week 47)", "P08848"),
            ("VB-VB-05", 600, None, "VB-VB-05    Vetbollen 6 st.         600      600        0", "P08848")],
     track=[("Raben", "RB-D7B-880412", "vrachtbrief RB-D7B-880412")]),

dict(v="jansen", lang="nl", at="2026-09-30 17:40", subj="P08849",
     text="""
P08849: 250 van de 300 wandlampen gaan vrijdag mee. Rest (50 st.) volgt zsm, datum nog niet bekend, de glazen kappen zijn onderweg uit Italië.

Bram

Verzonden vanaf mijn telefoon
""", end="Bram\n", change="quantity", intent="partial_shipment", po=["P08849"],
     dates=[("2026-10-02", "ship_date", "vrijdag")],
     lines=[("wandlampen", 250, None, "250 van de 300 wandlampen", "P08849"),
            ("wandlampen", 50, "st.", "Rest (50 st.)", "P08849")]),

dict(v="westland", c=1, lang="nl", at="2026-10-20 09:12", subj="Orderbevestiging P08850 - aangepast",
     text="""
Geachte heer Osei,

Van uw order P08850 kunnen wij 3.000 tulpenbollen 'Queen of Night' bevestigen. De 2.000 stuks 'Ballerina' zijn helaas uitverkocht en vervallen; u ontvangt daarvoor geen factuur. De leverdatum blijft 29 oktober.

Met vriendelijke groet,
Orderdesk Westland Bloembollen B.V.
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["cancellation"],
     po=["P08850"], commit=("2026-10-29", "De leverdatum blijft 29 oktober"),
     dates=[("2026-10-29", "confirmed_delivery", "29 oktober")],
     lines=[("Queen of Night", 3000, None, "3.000 tulpenbollen 'Queen of Night'", "P08850"),
            ("Ballerina", 2000, "stuks", "De 2.000 stuks 'Ballerina'", "P08850")]),

# ---------------------------------------------------------------- Dutch: shipping_notice
dict(v="devries", lang="nl", at="2026-09-18 14:50", subj="Verzendbevestiging P08851",
     text="""
Hallo Sandra,

P08851 is vandaag compleet verzonden met PostNL, 6 colli. Track & trace: 3SDEVC0D7B1188. Bezorging volgens PostNL maandag.

Groeten,
Mark de Vries

--- attachment: pakbon_P08851.pdf ---
De Vries Huishoudelijk B.V. - PAKBON
Order: P08851        Datum: 18-09-2026
DV-AF-12   Afwasborstel bamboe   240
DV-SP-03   Sponsdoekjes 3-pak    480
Compleet geleverd: ja
""", end="Groeten,\nMark", change="shipping", intent="shipping_notice", po=["P08851"],
     commit=("2026-09-21", "Bezorging volgens PostNL maandag"),
     dates=[("2026-09-18", "ship_date", "vandaag"), ("2026-09-21", "confirmed_delivery", "maandag"),
            ("2026-09-18", "ship_date", "18-09-2026")],
     lines=[("DV-AF-12", 240, None, "DV-AF-12   Afwasborstel bamboe   240", "P08851"),
            ("DV-SP-03", 480, None, "DV-SP-03   Sponsdoekjes 3-pak    480", "P08851")],
     track=[("PostNL", "3SDEVC0D7B1188", "Track & trace: 3SDEVC0D7B1188")]),

dict(v="vlaamse", lang="nl", at="2026-10-23 16:30", subj="Levering bestelling P08852",
     text="""
Geachte heer Brandt,

Hierbij bezorgen wij u de pakbon voor uw bestelling P08852, die deze namiddag volledig vertrokken is bij ons in Kortrijk. De transporteur (Vervaeke) voorziet levering in Hamburg op dinsdag.

Met vriendelijke groeten,
Jeroen Peeters
Vlaamse Textiel NV

--- attachment: PB-D7B-20931.pdf ---
PAKBON PB-D7B-20931        Bestelling: P08852
Artikel               Aantal besteld   Aantal geleverd
Handdoek 50x100 grijs 600              600
Badlaken 70x140 grijs 300              300
""", end="Met vriendelijke groeten,", change="shipping", intent="shipping_notice", po=["P08852"],
     vref=["PB-D7B-20931"], commit=("2026-10-27", "voorziet levering in Hamburg op dinsdag"),
     dates=[("2026-10-23", "ship_date", "deze namiddag"), ("2026-10-27", "confirmed_delivery", "dinsdag")],
     lines=[("Handdoek 50x100 grijs", 600, None, "Handdoek 50x100 grijs 600              600", "P08852"),
            ("Badlaken 70x140 grijs", 300, None, "Badlaken 70x140 grijs 300              300", "P08852")]),

dict(v="brugse", lang="nl", at="2026-11-13 11:05", subj="P08853 geladen",
     text="""
P08853 staat op de camion, alles compleet (8 paletten bezems en borstels). CMR 551-D7B-07, transport Van Moer.

Dirk

Brugse Borstel- en Bezemfabriek NV
""", end="Dirk\n", change="shipping", intent="shipping_notice", po=["P08853"],
     track=[("Van Moer", "551-D7B-07", "CMR 551-D7B-07")]),

dict(v="zeeland", c=1, lang="nl", at="2026-12-17 18:10", subj="Verzendbericht order P08854",
     text="""
Geachte klant,

Uw order P08854 is volledig verzonden op 17-12-2026 met DPD.

Pakketnummers: 01503344771109, 01503344771110
Aantal pakketten: 2
Verwachte bezorgdatum: 18-12-2026

Dit is een automatisch gegenereerd bericht. Reageren op deze e-mail is niet mogelijk.
Zeeuwse Touw- en Mattenfabriek B.V. | KvK 22041187
""", end="Dit is een automatisch gegenereerd bericht.", change="shipping", intent="shipping_notice",
     po=["P08854"], commit=("2026-12-18", "Verwachte bezorgdatum: 18-12-2026"),
     dates=[("2026-12-17", "ship_date", "17-12-2026"), ("2026-12-18", "confirmed_delivery", "18-12-2026")],
     track=[("DPD", "01503344771109", "Pakketnummers: 01503344771109"), ("DPD", "01503344771110", "01503344771110")]),

dict(v="gentse", c=1, lang="nl", at="2026-09-29 09:35", subj="RE: vertraging P08855",
     text="""
Dag Tim,

Goed nieuws: de kaarsen van P08855 zijn gisteren toch nog vertrokken, de volledige bestelling. Levering voorzien op donderdag 1 oktober. De vertraging uit mijn vorige mail is dus van de baan.

Groetjes,
Els Vermeulen
Gentse Kaarsenmakerij BV

Op wo 23 sep. 2026 om 14:02 schreef Els Vermeulen <els.vermeulen@gentsekaarsen.be>:
> Dag Tim, de levering van P08855 loopt helaas vertraging op, we verwachten te leveren in week 41.
> Groetjes, Els
""", end="Groetjes,\nEls Vermeulen", change="shipping", intent="shipping_notice", po=["P08855"],
     commit=("2026-10-01", "Levering voorzien op donderdag 1 oktober"),
     dates=[("2026-09-28", "ship_date", "gisteren"), ("2026-10-01", "confirmed_delivery", "donderdag 1 oktober")]),

dict(v="kaashandel", lang="nl", at="2026-11-25 10:20", subj="P08856 / P08857 onderweg",
     text="""
Goedemorgen Laura,

P08856 en P08857 zijn vanochtend samen vertrokken, gekoeld transport via Frigo Woerden, vrachtbrief FW-D7B-22871. Beide orders compleet. Aankomst Hamburg morgenochtend tussen 6 en 8 uur.

Groet,
Kees Bakker
Hollandse Kaashandel B.V.
""", end="Groet,\nKees", change="shipping", intent="shipping_notice", po=["P08856", "P08857"],
     commit=("2026-11-26", "Aankomst Hamburg morgenochtend"),
     dates=[("2026-11-25", "ship_date", "vanochtend"), ("2026-11-26", "confirmed_delivery", "morgenochtend")],
     track=[("Frigo Woerden", "FW-D7B-22871", "vrachtbrief FW-D7B-22871")],
     changes=[("P08856", "shipping_notice", "2026-11-26", None, "P08856 en P08857 zijn vanochtend samen vertrokken"),
              ("P08857", "shipping_notice", "2026-11-26", None, "Beide orders compleet")]),

# ---------------------------------------------------------------- Dutch: question, other, cancellation, price_change
dict(v="brugse", c=1, lang="nl", at="2026-11-26 13:48", subj="Vraag over bestelling P08858",
     text="""
Goeiemiddag,

Voor uw bestelling P08858 (straatbezems en handvegers) hebben wij nog twee vragen voor wij kunnen inplannen:
1. Wenst u levering op Europallets (met ruil) of op wegwerppallets?
2. Moet er op elke bezem een etiket met uw EAN-code, of volstaat één etiket per doos?

Alvast bedankt voor uw antwoord.

Met vriendelijke groeten,
Orderbeheer
Brugse Borstel- en Bezemfabriek NV
""", end="Alvast bedankt voor uw antwoord.", change="none", intent="question", po=["P08858"]),

dict(v="kempen", lang="nl", at="2026-09-11 15:25", subj="P08859 - vroeger leveren?",
     text="""
Dag Tim,

De stoelen van P08859 zijn sneller klaar dan gepland. Mogen wij al in week 40 leveren in plaats van week 42? Graag uw akkoord, anders houden we de oorspronkelijke datum aan.

Vriendelijke groeten,
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Vriendelijke groeten,", change="none", intent="question", po=["P08859"],
     dates=[("2026-09-28", "other", "week 40"), ("2026-10-12", "other", "week 42")]),

dict(v="jansen", lang="nl", at="2026-10-05 08:30", subj="Wijziging contactpersoon",
     text="""
Beste relatie,

Vanaf 1 november neemt mijn collega Eva Mulder het accountbeheer voor Hartmann Home & Garden van mij over. Ik ga binnen Elektro Jansen de inkoop doen. Lopende orders, zoals P08860, worden gewoon afgehandeld zoals afgesproken.

Eva is bereikbaar via eva.mulder@elektrojansen.nl of 040 - 244 18 70.

Met vriendelijke groet,
Bram Jansen
Elektro Jansen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P08860"],
     dates=[("2026-11-01", "other", "1 november")]),

dict(v="westland", lang="nl", at="2026-12-18 12:00", subj="Kerstsluiting Westland Bloembollen",
     text="""
Beste klant,

Ons kantoor en magazijn zijn gesloten van 24 december tot en met 3 januari. Bestellingen die vanaf vandaag binnenkomen, verwerken wij vanaf maandag 4 januari.

Wij wensen u fijne feestdagen en een bloeiend 2027!

Met vriendelijke groet,
Gert-Jan Kuipers en het team van Westland Bloembollen
""", end="Met vriendelijke groet,", change="none", intent="other",
     dates=[("2026-12-24", "other", "24 december"), ("2027-01-03", "other", "3 januari"),
            ("2026-12-18", "other", "vandaag"), ("2027-01-04", "other", "maandag 4 januari")]),

dict(v="devries", lang="nl", at="2026-10-29 16:15", subj="Annulering order P08862",
     text="""
Beste Laura,

Tot onze spijt moeten wij order P08862 (emaille pannen, 3 artikelen) volledig annuleren. Onze fabrikant in Polen is failliet verklaard en we hebben nog geen vervangende leverancier. Er wordt uiteraard niets gefactureerd.

We laten het weten zodra we de pannen weer kunnen aanbieden.

Met vriendelijke groet,
Mark de Vries
De Vries Huishoudelijk B.V.
""", end="Met vriendelijke groet,", change="cancel", intent="cancellation", po=["P08862"]),

dict(v="vlaamse", c=1, lang="nl", at="2026-12-07 11:28", subj="Re: P08863 badjassen maat S schrappen",
     text="""
Dag Sandra,

Zoals gevraagd hebben we de 120 badjassen maat S geschrapt uit bestelling P08863. De rest van de bestelling blijft voor levering op woensdag 16/12.

Met vriendelijke groeten,
An Claes
Vlaamse Textiel NV

Op vr 4 dec. 2026 om 16:20 schreef Sandra Klein <sandra.klein@hhg-retail.com>:
> Dag An, kunnen jullie uit P08863 de maat S (120 st.) schrappen? De rest graag zoals bevestigd.
""", end="Met vriendelijke groeten,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P08863"], commit=("2026-12-16", "De rest van de bestelling blijft voor levering op woensdag 16/12."),
     dates=[("2026-12-16", "confirmed_delivery", "woensdag 16/12")],
     lines=[("badjas maat S", 120, None, "de 120 badjassen maat S", "P08863")]),

dict(v="twente", lang="nl", at="2026-11-20 10:40", subj="Prijsaanpassing 2027",
     text="""
Geachte relatie,

Door de aanhoudend hoge prijzen van PP-granulaat verhogen wij per 1 januari 2027 onze prijzen met 3,8%. Orders die vóór die datum geleverd worden, factureren wij nog tegen de huidige prijzen.

De nieuwe prijslijst sturen wij u half december toe.

Met vriendelijke groet,
Ruud Hendriks
Commercieel directeur
Twentse Kunststoffen B.V.
""", end="Met vriendelijke groet,", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "per 1 januari 2027"), ("2026-12-15", "other", "half december")],
     prices=[dict(product=None, pct=3.8, cur=None, eff="2027-01-01", quote="per 1 januari 2027 onze prijzen met 3,8%")]),

dict(v="zeeland", lang="nl", at="2026-09-21 14:02", subj="P08865 prijs kokosmatten",
     text="""
Hoi Laura,

Vervelend bericht: de kokosvezel uit India is fors duurder geworden en we kunnen de oude prijs niet meer aanhouden. Voor P08865 wordt de kokosmat 60x40 (ZT-DM-6040) € 8,95 per stuk in plaats van € 8,40. De leverdatum verandert niet.

Laat je weten of je akkoord bent?

Groet,
Jolanda Verhulst
""", end="Groet,\nJolanda", change="price", intent="price_change", sec=["question"], po=["P08865"],
     prices=[dict(product="ZT-DM-6040", old=8.40, new=8.95, cur="EUR", quote="€ 8,95 per stuk in plaats van € 8,40")]),
]
