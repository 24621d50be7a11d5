# ruff: noqa: E501 - email text is data
"""Fourth German/French batch: the confirmation vs delay boundary (order acknowledgements
with requested and confirmed date columns, 'Terminverschiebung', 'bleibt wie vereinbart',
'vorgezogen', 'report', 'maintenu', 'avancée'), vendor questions and 'other' mail
(Betriebsferien, Rechnung, Mahnung, newsletters, congés, factures). Hand-written and
hand-labelled by reading; order names P06200-P06399."""

EMAILS = [
# ----------------------------------------------------------------------------- German
dict(v="ruhrtal", c=1, lang="de", at="2026-10-12 07:14", subj="Auftragsbestätigung AB-104877",
     frm="Ruhrtal Auftragsbearbeitung <ab@ruhrtal-metall.de>",
     text="""
Sehr geehrte Damen und Herren,

im Anhang erhalten Sie unsere Auftragsbestätigung zu Ihrer Bestellung P06200.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Ruhrtal Metallwaren GmbH · Hagener Str. 112 · 58119 Hagen · HRB 4471 Amtsgericht Hagen

--- attachment: AB_104877.pdf ---
AUFTRAGSBESTÄTIGUNG                    Nr. AB-104877
Datum: 12.10.2026                      Kunden-Nr.: 20331
Ihre Bestellung: P06200 vom 08.10.2026
Ihr Zeichen: Herr Brandt

Pos  Artikel      Bezeichnung                   Menge  ME   Wunschtermin  best. Termin
10   RM-TS-4      Topfset Edelstahl 4-tlg.        120  Stk  06.11.2026    06.11.2026
20   RM-PF-28     Pfanne Guss 28 cm               200  Stk  06.11.2026    06.11.2026
30   RM-SK-3      Schöpfkellen-Set 3-tlg.         300  Stk  06.11.2026    06.11.2026

Lieferung: frei Haus, Lager Hamburg-Billbrook
Zahlung: 30 Tage netto
""", end="Diese E-Mail wurde automatisch erstellt.", change="none", intent="confirmation",
     po=["P06200"], vref=["AB-104877"], commit=("2026-11-06", ("06.11.2026", 1)),
     dates=[("2026-10-12", "other", "12.10.2026"), ("2026-10-08", "other", "08.10.2026"),
            ("2026-11-06", "other", ("06.11.2026", 0)), ("2026-11-06", "confirmed_delivery", ("06.11.2026", 1)),
            ("2026-11-06", "other", ("06.11.2026", 2)), ("2026-11-06", "confirmed_delivery", ("06.11.2026", 3)),
            ("2026-11-06", "other", ("06.11.2026", 4)), ("2026-11-06", "confirmed_delivery", ("06.11.2026", 5))],
     lines=[("RM-TS-4", 120, "Stk", "10   RM-TS-4      Topfset Edelstahl 4-tlg.        120  Stk  06.11.2026    06.11.2026", "P06200"),
            ("RM-PF-28", 200, "Stk", "20   RM-PF-28     Pfanne Guss 28 cm               200  Stk  06.11.2026    06.11.2026", "P06200"),
            ("RM-SK-3", 300, "Stk", "30   RM-SK-3      Schöpfkellen-Set 3-tlg.         300  Stk  06.11.2026    06.11.2026", "P06200")]),

dict(v="ruhrtal", c=1, lang="de", at="2026-11-03 07:20", subj="Auftragsbestätigung AB-105312",
     frm="Ruhrtal Auftragsbearbeitung <ab@ruhrtal-metall.de>",
     text="""
Sehr geehrte Damen und Herren,

im Anhang erhalten Sie unsere Auftragsbestätigung zu Ihrer Bestellung P06201.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Ruhrtal Metallwaren GmbH · Hagener Str. 112 · 58119 Hagen · HRB 4471 Amtsgericht Hagen

--- attachment: AB_105312.pdf ---
AUFTRAGSBESTÄTIGUNG                    Nr. AB-105312
Datum: 03.11.2026                      Kunden-Nr.: 20331
Ihre Bestellung: P06201 vom 30.10.2026

Pos  Artikel      Bezeichnung                   Menge  ME   Wunschtermin  best. Termin
10   RM-BR-32     Bräter Guss oval 32 cm           80  Stk  KW 47/2026    KW 47/2026
20   RM-MB-6      Messerblock 6-tlg. Eiche        150  Stk  KW 47/2026    KW 49/2026

Liefertermine gelten für Anlieferung beim Kunden.
""", end="Diese E-Mail wurde automatisch erstellt.", change="date", intent="delay",
     sec=["confirmation"], po=["P06201"], vref=["AB-105312"], commit=("2026-11-30", "KW 49/2026"),
     dates=[("2026-11-03", "other", "03.11.2026"), ("2026-10-30", "other", "30.10.2026"),
            ("2026-11-16", "other", ("KW 47/2026", 0)), ("2026-11-16", "confirmed_delivery", ("KW 47/2026", 1)),
            ("2026-11-16", "other", ("KW 47/2026", 2)), ("2026-11-30", "new_eta", "KW 49/2026")],
     lines=[("RM-BR-32", 80, "Stk", "10   RM-BR-32     Bräter Guss oval 32 cm           80  Stk  KW 47/2026    KW 47/2026", "P06201"),
            ("RM-MB-6", 150, "Stk", "20   RM-MB-6      Messerblock 6-tlg. Eiche        150  Stk  KW 47/2026    KW 49/2026", "P06201")]),

dict(v="schwarzwald", lang="de", at="2026-11-12 09:41", subj="AW: Terminverschiebung P06202?",
     text="""
Hallo Herr Osei,

nein, da verschiebt sich nichts. P06202 bleibt wie vereinbart am Do., 19.11. Das Gerücht kam wohl von der Spedition, die hat bei uns eine andere Tour umgelegt.

Gruß
Markus Weber

Am 11.11.2026 um 15:02 schrieb Mike Osei <mike.osei@hhg-retail.com>:
> Hallo Herr Weber,
> unser Disponent hat gehört, dass sich P06202 (Auflaufformen) auf KW 49 verschieben soll. Stimmt das? Wir haben die Ware für die Aktion ab 23.11. eingeplant.
> Gruß, Mike Osei
""", end="Gruß\nMarkus", change="none", intent="confirmation", po=["P06202"],
     commit=("2026-11-19", "bleibt wie vereinbart am Do., 19.11."),
     dates=[("2026-11-19", "confirmed_delivery", "Do., 19.11.")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-17 10:05", subj="Ihre Bestellungen P06203 / P06204",
     text="""
Hallo Frau Jensen,

zwei Dinge zu Ihren offenen Bestellungen:

1) P06203 (Stehleuchten EK-SL-160): Unser Lieferant in Italien hat die Glasschirme zu spät verschickt. Neuer Termin ist Freitag, 11.12., statt 27.11. Tut mir leid, früher geht es wirklich nicht.

2) P06204 (Lichterketten EK-LK-10): Ihre Bitte vom Freitag konnten wir erfüllen – die Lieferung wird auf Montag, 23.11. vorgezogen (bisher 30.11.). Die Ware steht schon gepackt.

Viele Grüße
Petra Lange
Elektro Kaiser GmbH
""", end="Viele Grüße", change="date", intent="delay", sec=["confirmation"],
     po=["P06203", "P06204"], commit=("2026-12-11", "Neuer Termin ist Freitag, 11.12."),
     dates=[("2026-12-11", "new_eta", "Freitag, 11.12."), ("2026-11-27", "other", "27.11."),
            ("2026-11-13", "other", "vom Freitag"), ("2026-11-23", "confirmed_delivery", "Montag, 23.11."),
            ("2026-11-30", "other", "30.11.")],
     changes=[("P06203", "delay", "2026-12-11", None, "Neuer Termin ist Freitag, 11.12., statt 27.11."),
              ("P06204", "confirmation", "2026-11-23", None, "die Lieferung wird auf Montag, 23.11. vorgezogen")]),

dict(v="mueller", lang="de", at="2026-11-16 08:31", subj="AW: P06205 – Liefertermin noch aktuell?",
     text="""
Termin bleibt. KW 48 wie bestätigt.

Von meinem iPhone gesendet

Am 16.11.2026 um 08:12 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Hallo Herr Müller, ist KW 48 für P06205 noch aktuell? Die Spedition sagte etwas von KW 50.
""", end="Von meinem iPhone gesendet", change="none", intent="confirmation", po=["P06205"],
     commit=("2026-11-23", "KW 48 wie bestätigt"),
     dates=[("2026-11-23", "confirmed_delivery", ("KW 48", 0))]),

dict(v="alpen", lang="de", at="2026-11-19 14:50", subj="Ihre geschätzte Bestellung P06206 – Kürbiskernöl",
     text="""
Sehr geehrte Frau Klein,

zunächst darf ich mich im Namen des gesamten Teams sehr herzlich für Ihre Bestellung P06206 bedanken, wir freuen uns immer sehr, wenn unser steirisches Kürbiskernöl auch in Hamburg Anklang findet. Leider muss ich Ihnen heute aber eine weniger erfreuliche Nachricht überbringen, für die ich mich schon vorab vielmals entschuldigen möchte.

Unsere Ölmühle in Gleisdorf hatte vergangene Woche einen Defekt an der Presse, und obwohl unsere Techniker wirklich Tag und Nacht gearbeitet haben, konnten wir den Rückstand noch nicht ganz aufholen. Die Lieferung Ihrer 480 Flaschen AF-KO-250 muss daher leider vom 26. November auf Anfang Dezember verschoben werden, genauer gesagt auf Donnerstag, den 3. Dezember.

Bei dieser Gelegenheit hätte ich noch eine Frage: Wir haben die Etiketten überarbeitet (neues Logo, gleiche EAN). Dürfen wir für Ihre Lieferung bereits die neuen Etiketten verwenden, oder möchten Sie lieber noch die alte Ausführung?

Für Ihr Verständnis danke ich Ihnen nochmals sehr herzlich und verbleibe

mit den besten Grüßen aus der Steiermark
Florian Gruber
Alpen Feinkost AG
""", end="Für Ihr Verständnis danke ich Ihnen", change="date", intent="delay", sec=["question"],
     po=["P06206"], commit=("2026-12-03", "genauer gesagt auf Donnerstag, den 3. Dezember"),
     dates=[("2026-11-09", "other", "vergangene Woche"), ("2026-11-26", "other", "26. November"), ("2026-12-01", "new_eta", "Anfang Dezember"),
            ("2026-12-03", "new_eta", "Donnerstag, den 3. Dezember")],
     lines=[("AF-KO-250", 480, "Flaschen", "480 Flaschen AF-KO-250", "P06206")]),

dict(v="brunner", c=1, lang="de", at="2026-12-04 11:20", subj="Betriebsferien Brunner Textil 2026/27",
     text="""
Grüezi Herr Brandt

Kurz zur Info, weil Sie letzte Woche gefragt haben: Ihre Bestellung P06207 (Bettwäsche BT-BW-155) kommt noch vor unseren Betriebsferien, wie bestätigt am Donnerstag, 17.12. Die Ware ist bereits genäht und wird nächste Woche verpackt.

Wir sind dann vom 24.12. bis 06.01. geschlossen.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG
""", end="Freundliche Grüsse", change="none", intent="confirmation", po=["P06207"],
     commit=("2026-12-17", "wie bestätigt am Donnerstag, 17.12."),
     dates=[("2026-11-23", "other", "letzte Woche"), ("2026-12-17", "confirmed_delivery", "Donnerstag, 17.12."), ("2026-12-07", "other", "nächste Woche"),
            ("2026-12-24", "other", "24.12."), ("2027-01-06", "other", "06.01.")]),

dict(v="ruhrtal", c=2, lang="de", at="2026-11-24 13:05", subj="Rechnung 2026-RE-60418 / Lieferschein LS-77120 / Ihre Bestellung P06200",
     text="""
Sehr geehrte Damen und Herren,

anbei übersenden wir Ihnen die Rechnung 2026-RE-60418 zur Lieferung vom 06.11.2026 (Lieferschein LS-77120, Ihre Bestellung P06200).

Rechnungsbetrag: 14.862,00 EUR netto zzgl. MwSt.
Zahlbar bis 06.12.2026 mit 2 % Skonto oder bis 24.12.2026 netto.

Mit freundlichen Grüßen
Monika Brandes
Buchhaltung
Ruhrtal Metallwaren GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="other", po=["P06200"],
     vref=["2026-RE-60418", "LS-77120"],
     dates=[("2026-11-06", "other", "06.11.2026"), ("2026-12-06", "other", "06.12.2026"),
            ("2026-12-24", "other", "24.12.2026")]),

dict(v="hansa", frm="Hansa Glas & Porzellan Buchhaltung <buchhaltung@hansa-glas.de>", lang="de",
     at="2026-12-09 08:15", subj="2. Mahnung – Rechnung HG-R-26-3391",
     text="""
Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 23.11.2026 konnten wir bis heute keinen Zahlungseingang zu folgender Rechnung feststellen:

Rechnung HG-R-26-3391 vom 15.10.2026, Ihre Bestellung P06208, Betrag 3.412,80 EUR, fällig seit 14.11.2026

Wir bitten Sie, den offenen Betrag zuzüglich 5,00 EUR Mahngebühr bis spätestens 16.12.2026 auf unser bekanntes Konto zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
Buchhaltung
Hansa Glas & Porzellan GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="other", po=["P06208"],
     vref=["HG-R-26-3391"],
     dates=[("2026-11-23", "other", "23.11.2026"), ("2026-12-09", "other", "bis heute"),
            ("2026-10-15", "other", "15.10.2026"), ("2026-11-14", "other", "14.11.2026"),
            ("2026-12-16", "other", "16.12.2026")]),

dict(v="tradefair", lang="de", at="2026-10-20 06:00", subj="HomeWorld 2027: Frühbucherrabatt nur noch bis 15. November!",
     frm="HomeWorld Messe <newsletter@homeworld-fair.com>",
     text="""
Liebe Einkäuferinnen und Einkäufer,

die HomeWorld 2027 öffnet vom 19. bis 22. Februar 2027 ihre Tore in Frankfurt – mit über 1.200 Ausstellern aus Haushalt, Garten und Dekoration.

Jetzt registrieren und bis 15.11.2026 den Frühbucherpreis sichern: Tagesticket 29 EUR statt 45 EUR.

Neu in diesem Jahr: die Sonderschau „Nachhaltig wohnen" in Halle 4 und der Einkäufer-Abend am Samstag, 20.02.2027.

Ihr HomeWorld-Team

Sie erhalten diesen Newsletter, weil Sie sich auf homeworld-fair.com registriert haben. Abmelden
""", end="Ihr HomeWorld-Team", change="none", intent="other",
     dates=[("2027-02-19", "other", "vom 19. bis"), ("2027-02-22", "other", "22. Februar 2027"), ("2026-11-15", "other", "15.11.2026"),
            ("2027-02-20", "other", "Samstag, 20.02.2027")]),

dict(v="steirer", lang="de", at="2026-11-25 16:40", subj="P06209 Wunschtermin KW 50",
     text="""
Sehr geehrter Herr Osei,

den Wunschtermin KW 50 für Ihre Bestellung P06209 (Müslischalen SK-MS-14, 1.200 Stück) können wir leider nicht halten, unser Brennofen 2 ist seit Montag außer Betrieb. Wir hätten zwei Möglichkeiten:

a) Teillieferung von 600 Stück in KW 51, der Rest in KW 2/2027
b) alles zusammen in KW 2/2027

Bitte teilen Sie uns mit, was Ihnen lieber ist. Ohne Rückmeldung bis Montag planen wir Variante b.

Mit freundlichen Grüßen
Wolfgang Pichler
Steirische Keramik GmbH
""", end="Mit freundlichen Grüßen", change="date", intent="delay", sec=["question"], po=["P06209"],
     dates=[("2026-12-07", "other", "KW 50"), ("2026-11-23", "other", "seit Montag"),
            ("2026-12-14", "other", "KW 51"), ("2027-01-11", "other", ("KW 2/2027", 0)),
            ("2027-01-11", "other", ("KW 2/2027", 1)), ("2026-11-30", "other", "bis Montag")],
     lines=[("SK-MS-14", 600, "Stück", "Teillieferung von 600 Stück", "P06209")]),

dict(v="tirol", c=1, lang="de", at="2026-11-26 11:12", subj="Re: P06210",
     text="""
Hallo Frau Jensen

Leider nochmal Terminverschiebung, der neue Liefertermin fur P06210 ist der 9.12 (Mittwoch) anstatt 2.12 wie ursprunglich. Grund ist die Lackiererei, die hat zu wenig Leute wegen Krankheit. Die Schneidbretter sind fertig, nur die Servierbretter fehlen noch, wir liefern aber alles zusammen.

lg
Verkauf Tiroler Holzwaren

Am Mo., 16. Nov. 2026 um 10:20 Uhr schrieb Laura Jensen <laura.jensen@hhg-retail.com>:
> Hallo, bitte um Bestätigung des Termins 2.12. für P06210. Danke, Laura Jensen
""", end="lg\nVerkauf", change="date", intent="delay", po=["P06210"],
     commit=("2026-12-09", "der neue Liefertermin fur P06210 ist der 9.12 (Mittwoch)"),
     dates=[("2026-12-09", "new_eta", "9.12 (Mittwoch)"), ("2026-12-02", "other", "2.12 wie")]),

dict(v="bergholz", lang="de", at="2026-10-27 10:30", subj="Auftragsbestätigung P06211 – vorgezogen",
     text="""
Grüezi Frau Klein

Wie heute Morgen am Telefon besprochen, ziehen wir Ihre Bestellung P06211 vor: Die 240 Servierbretter BH-SV-45 liefern wir bereits in KW 46 statt in KW 48. Der Termin ist mit der Spedition fix.

Unsere angepasste Auftragsbestätigung AB-BH-2611-07 folgt separat per Post.

Freundliche Grüsse
Urs Baumann
Bergholz Holzwaren AG
""", end="Freundliche Grüsse", change="date", intent="confirmation", po=["P06211"],
     vref=["AB-BH-2611-07"], commit=("2026-11-09", "liefern wir bereits in KW 46"),
     dates=[("2026-10-27", "other", "heute Morgen"), ("2026-11-09", "confirmed_delivery", "KW 46"),
            ("2026-11-23", "other", "KW 48")],
     lines=[("BH-SV-45", 240, None, "240 Servierbretter BH-SV-45", "P06211")]),

dict(v="kaiser", lang="de", at="2026-12-01 09:10", subj="AB 2026-9412 zu P06212",
     text="""
Guten Morgen Herr Brandt,

anbei die AB zu P06212. Achtung bei Pos. 2: Von den Heizlüftern können wir nur 300 statt 500 Stück zum Wunschtermin bestätigen, der Rest (200 Stück) kommt in KW 2/2027. Pos. 1 ist komplett.

Gruß
Stefan Kaiser

--- attachment: AB_2026-9412.pdf ---
Elektro Kaiser GmbH – AUFTRAGSBESTÄTIGUNG AB 2026-9412
Ihre Bestellung P06212 vom 27.11.2026
Pos Artikel  Bezeichnung              Menge  Wunschtermin  Bestätigt
1   EK-WK-17 Wasserkocher 1,7 l       400    14.12.2026    14.12.2026
2   EK-HL-20 Heizlüfter 2000 W        300    14.12.2026    14.12.2026
2a  EK-HL-20 Heizlüfter 2000 W        200    14.12.2026    11.01.2027
""", end="Gruß\nStefan", change="quantity", intent="partial_shipment", sec=["confirmation"],
     po=["P06212"], vref=["AB 2026-9412"], commit=("2027-01-11", "der Rest (200 Stück) kommt in KW 2/2027"),
     dates=[("2027-01-11", "new_eta", "KW 2/2027"), ("2026-11-27", "other", "27.11.2026"),
            ("2026-12-14", "other", ("14.12.2026", 0)), ("2026-12-14", "confirmed_delivery", ("14.12.2026", 1)),
            ("2026-12-14", "other", ("14.12.2026", 2)), ("2026-12-14", "confirmed_delivery", ("14.12.2026", 3)),
            ("2026-12-14", "other", ("14.12.2026", 4)), ("2027-01-11", "new_eta", "11.01.2027")],
     lines=[("EK-WK-17", 400, None, "1   EK-WK-17 Wasserkocher 1,7 l       400    14.12.2026    14.12.2026", "P06212"),
            ("EK-HL-20", 300, None, "2   EK-HL-20 Heizlüfter 2000 W        300    14.12.2026    14.12.2026", "P06212"),
            ("EK-HL-20", 200, None, "2a  EK-HL-20 Heizlüfter 2000 W        200    14.12.2026    11.01.2027", "P06212")]),

dict(v="mueller", c=2, lang="de", at="2026-10-22 15:55", subj="Versandavis zu Auftrag 2026-48817 / P06213",
     frm="Müller Gartentechnik Versand <versand@mueller-gartentechnik.de>",
     text="""
VERSANDAVIS

Auftrag: 2026-48817
Ihre Bestellung: P06213
Versanddatum: 22.10.2026
Spedition: Dachser, Sendungsnr. 7724 0081 5512
Voraussichtliche Zustellung: Di. 27.10.2026, 8-12 Uhr

Inhalt: 3 Paletten
- MG-VT-30 Vertikutierer elektrisch, 36 Stk
- MG-LS-10 Laubsauger, 60 Stk

Bitte prüfen Sie die Ware bei Anlieferung auf Transportschäden.

Müller Gartentechnik GmbH & Co. KG · Versand
""", end="Müller Gartentechnik GmbH & Co. KG · Versand", change="shipping", intent="shipping_notice", po=["P06213"],
     vref=["2026-48817"], commit=("2026-10-27", "Voraussichtliche Zustellung: Di. 27.10.2026"),
     dates=[("2026-10-22", "ship_date", "22.10.2026"), ("2026-10-27", "confirmed_delivery", "Di. 27.10.2026")],
     lines=[("MG-VT-30", 36, "Stk", "MG-VT-30 Vertikutierer elektrisch, 36 Stk", "P06213"),
            ("MG-LS-10", 60, "Stk", "MG-LS-10 Laubsauger, 60 Stk", "P06213")],
     track=[("Dachser", "7724 0081 5512", "Sendungsnr. 7724 0081 5512")]),
]
