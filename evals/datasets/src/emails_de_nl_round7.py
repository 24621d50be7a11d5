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

nein, da muss ein Missverständnis vorliegen – die Verzögerung betraf P08871 für Ihre Filiale in Linz, nicht P08870. P08870 (Pflanzschalen Terrakotta) bleibt unverändert beim bestätigten Termin Mittwoch, 28.10.

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
]
