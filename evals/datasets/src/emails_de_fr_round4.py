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
dict(v="schwarzwald", c=1, lang="de", at="2026-11-27 10:25", subj="Preisanpassung 2027",
     text="""
Guten Tag Herr Brandt,

wie viele andere Hersteller kommen auch wir um eine Preisanpassung nicht herum. Ab dem 01.02.2027 gelten für Emaille-Artikel folgende Preise:

SH-BP-3 Bratpfannen-Set: bisher 38,50 EUR, neu 41,20 EUR
SH-AF-30 Auflaufform 30 cm: bisher 12,90 EUR, neu 13,80 EUR

Ihre laufende Bestellung P06214 ist davon nicht betroffen – die liefern wir noch zum alten Preis, wie bestätigt am 14.12.

Schöne Grüße
Sabine Hoffmann
Schwarzwald Haushaltswaren GmbH
""", end="Schöne Grüße", change="price", intent="price_change", sec=["confirmation"], po=["P06214"],
     commit=("2026-12-14", "wie bestätigt am 14.12."),
     dates=[("2027-02-01", "price_effective", "01.02.2027"), ("2026-12-14", "confirmed_delivery", "14.12.")],
     prices=[dict(product="SH-BP-3", old=38.50, new=41.20, cur="EUR", eff="2027-02-01",
                  quote="SH-BP-3 Bratpfannen-Set: bisher 38,50 EUR, neu 41,20 EUR"),
             dict(product="SH-AF-30", old=12.90, new=13.80, cur="EUR", eff="2027-02-01",
                  quote="SH-AF-30 Auflaufform 30 cm: bisher 12,90 EUR, neu 13,80 EUR")]),

dict(v="hansa", c=1, lang="de", at="2026-11-20 12:40", subj="P06215 Pos. 3",
     text="""
Moin Frau Jensen,

schlechte Nachricht zu Pos. 3 aus P06215: Die Karaffe HG-KA-1L (72 Stück) wird von unserer Glashütte in Tschechien nicht mehr produziert, die Form ist kaputt und wird nicht ersetzt. Die Position müssen wir leider stornieren.

Pos. 1 und 2 (Wassergläser und Teebecher) bleiben wie vereinbart, Anlieferung KW 49.

Moin moin
Ole Thomsen
Hansa Glas & Porzellan GmbH
""", end="Moin moin", change="cancel", intent="cancellation", sec=["confirmation"], po=["P06215"],
     commit=("2026-11-30", "bleiben wie vereinbart, Anlieferung KW 49"),
     dates=[("2026-11-30", "confirmed_delivery", "KW 49")],
     lines=[("HG-KA-1L", 72, "Stück", "HG-KA-1L (72 Stück)", "P06215")]),

dict(v="ruhrtal", lang="de", at="2026-12-10 17:48", subj="AW: AW: Auftragsbestätigung P06216",
     text="""
Hallo Herr Brandt,

ich muss leider schon wieder schieben. Der Zulieferer für die Bakelitgriffe hat erneut nicht geliefert, obwohl er uns den Montag fest zugesagt hatte. Neuer Termin für P06216: KW 3/2027, also Anlieferung ab 18.01. bei Ihnen.

Mir ist klar, dass das nach der letzten Verschiebung ärgerlich ist. Wenn Sie die Bestellung unter diesen Umständen nicht mehr wollen, sagen Sie es mir bitte.

Gruß
Dirk Schulte
Vertrieb Handel | Ruhrtal Metallwaren GmbH

-----Ursprüngliche Nachricht-----
Von: Tim Brandt <tim.brandt@hhg-retail.com>
Gesendet: Freitag, 20. November 2026 09:14
An: Dirk Schulte
Betreff: AW: Auftragsbestätigung P06216

Hallo Herr Schulte, KW 51 ist gerade noch ok, aber bitte keine weitere Verschiebung.

-----Ursprüngliche Nachricht-----
Von: Dirk Schulte
Gesendet: Donnerstag, 19. November 2026 16:30
Betreff: Auftragsbestätigung P06216

Hallo Herr Brandt, die Kochtöpfe aus P06216 schaffen wir nicht mehr zum 04.12., neuer Termin ist KW 51.
""", end="Gruß\nDirk", change="date", intent="delay", sec=["question"], po=["P06216"],
     commit=("2027-01-18", "Neuer Termin für P06216: KW 3/2027"),
     dates=[("2026-12-07", "other", "den Montag fest zugesagt"), ("2027-01-18", "new_eta", "KW 3/2027"),
            ("2027-01-18", "new_eta", "ab 18.01.")]),

dict(v="alpen", c=1, lang="de", at="2026-12-07 09:05", subj="Frage zu P06217 – früher liefern?",
     text="""
Liebe Frau Klein,

unser Lebkuchen ist heuer früher fertig geworden als gedacht. Wir könnten Ihre Bestellung P06217 (AF-LK-400, 600 Packungen) schon am 14.12. liefern statt am 21.12. – würde Ihnen das passen? Falls nicht, bleibt es selbstverständlich beim 21.12.

Liebe Grüße
Theresa Huber
""", end="Liebe Grüße", change="none", intent="question", po=["P06217"],
     commit=("2026-12-21", "bleibt es selbstverständlich beim 21.12."),
     dates=[("2026-12-14", "other", "14.12."), ("2026-12-21", "other", ("21.12.", 0)),
            ("2026-12-21", "confirmed_delivery", ("21.12.", 1))]),

dict(v="steirer", c=1, lang="de", at="2026-11-26 15:15", subj="Lieferung P06218 – Teillieferung",
     text="""
Sehr geehrter Herr Osei,

heute haben die Suppenteller (SK-ST-22, 1.200 Stück) und die Becher (SK-BE-30, 960 Stück) unser Werk verlassen, Spedition Gebrüder Weiss, Sendung 2611-44871. Zustellung voraussichtlich Montag.

Die Speiseteller SK-TE-27 (480 Stück) hängen noch in der Glasur und folgen nächste Woche Mittwoch als eigene Sendung.

Freundliche Grüße
Katharina Steiner
Steirische Keramik GmbH
""", end="Freundliche Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P06218"], commit=("2026-12-02", "folgen nächste Woche Mittwoch"),
     dates=[("2026-11-26", "ship_date", "heute haben"), ("2026-11-30", "confirmed_delivery", "voraussichtlich Montag"),
            ("2026-12-02", "new_eta", "nächste Woche Mittwoch")],
     lines=[("SK-ST-22", 1200, "Stück", "SK-ST-22, 1.200 Stück", "P06218"),
            ("SK-BE-30", 960, "Stück", "SK-BE-30, 960 Stück", "P06218"),
            ("SK-TE-27", 480, "Stück", "SK-TE-27 (480 Stück)", "P06218")],
     track=[("Gebrüder Weiss", "2611-44871", "Sendung 2611-44871")]),

dict(v="bergholz", lang="de", at="2026-11-18 14:00", subj="Neue Ansprechpartnerin ab Dezember",
     text="""
Grüezi Frau Klein

Nach 31 Jahren bei Bergholz gehe ich Ende November in Pension. Ab dem 1. Dezember ist meine Kollegin Corinne Meier Ihre Ansprechpartnerin (corinne.meier@bergholz.ch, +41 33 821 44 10). Sie kennt Ihre Bestellungen und ist bereits eingearbeitet.

Herzlichen Dank für die angenehme Zusammenarbeit!

Freundliche Grüsse
Urs Baumann
""", end="Freundliche Grüsse\nUrs", change="none", intent="other",
     dates=[("2026-11-30", "other", "Ende November"), ("2026-12-01", "other", "1. Dezember")]),

dict(v="ruhrtal", c=1, lang="de", at="2026-12-02 06:30", subj="Änderung Auftragsbestätigung AB-105901 – Ihre Bestellung P06219",
     frm="Ruhrtal Auftragsbearbeitung <ab@ruhrtal-metall.de>",
     text="""
*** ÄNDERUNGSMITTEILUNG ***

Ihre Bestellung P06219 (unsere AB-105901) wurde geändert.

Position 10  RM-WK-2  Wok Carbonstahl 32 cm  160 Stk
Liefertermin alt: 18.12.2026
Liefertermin neu: 15.01.2027
Änderungsgrund: Materialengpass

Alle übrigen Positionen bleiben unverändert.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", end="Diese E-Mail wurde automatisch erstellt.", change="date", intent="delay", po=["P06219"],
     vref=["AB-105901"], commit=("2027-01-15", "Liefertermin neu: 15.01.2027"),
     dates=[("2026-12-18", "other", "18.12.2026"), ("2027-01-15", "new_eta", "15.01.2027")],
     lines=[("RM-WK-2", 160, "Stk", "Position 10  RM-WK-2  Wok Carbonstahl 32 cm  160 Stk", "P06219")]),

dict(v="kaiser", lang="de", at="2026-12-14 08:02", subj="Automatische Antwort: P06220 Liefertermin?",
     text="""
Vielen Dank für Ihre Nachricht.

Ich bin vom 14.12. bis einschließlich 18.12. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 21.12. bin ich wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an Frau Petra Lange (petra.lange@elektro-kaiser.de, 0711 889 20-14).

Stefan Kaiser
Elektro Kaiser GmbH
""", end="Stefan Kaiser", change="none", intent="other", po=["P06220"],
     dates=[("2026-12-14", "other", "14.12."), ("2026-12-18", "other", "18.12."),
            ("2026-12-21", "other", "Montag, 21.12.")]),

dict(v="tirol", lang="de", at="2026-11-20 19:33", subj="Re: P06221 Termin?",
     text="""
passt, KW 50 fix. lg Andreas

Am 20.11.2026 um 14:05 schrieb Mike Osei <mike.osei@hhg-retail.com>:
> Hallo Andreas, könnt ihr für P06221 die KW 50 halten? Sonst müssen wir die Aktion verschieben.
""", end="lg Andreas", change="none", intent="confirmation", po=["P06221"],
     commit=("2026-12-07", "KW 50 fix"), dates=[("2026-12-07", "confirmed_delivery", ("KW 50", 0))]),

dict(v="mueller", lang="de", at="2026-10-05 11:50", subj="AW: Storno P06222",
     text="""
Hallo Herr Osei,

wie gewünscht haben wir Ihre Bestellung P06222 (24 Akku-Rasenmäher MG-RM-420) komplett storniert. Die Stornobestätigung ST-2026-0318 kommt separat aus dem System. Kosten entstehen Ihnen keine, die Geräte waren noch nicht kommissioniert.

Viele Grüße
Jürgen Müller

Am 05.10.2026 um 09:30 schrieb Mike Osei <mike.osei@hhg-retail.com>:
> Hallo Herr Müller, bitte P06222 stornieren, die Saison ist für uns gelaufen. Danke!
""", end="Viele Grüße", change="cancel", intent="cancellation", po=["P06222"], vref=["ST-2026-0318"],
     lines=[("MG-RM-420", 24, None, "24 Akku-Rasenmäher MG-RM-420", "P06222")]),

dict(v="hansa", lang="de", at="2026-11-23 10:10", subj="Gutschrift GS-26-0144",
     text="""
Hallo Frau Jensen,

anbei wie besprochen die Gutschrift GS-26-0144 über die 8 zerbrochenen Vasen aus der Lieferung vom 12.11. (Ihre Bestellung P06223). Den Betrag von 183,20 EUR verrechnen wir mit der nächsten Rechnung, Sie müssen nichts weiter tun.

Beste Grüße
Anke Petersen
""", end="Beste Grüße", change="none", intent="other", po=["P06223"], vref=["GS-26-0144"],
     dates=[("2026-11-12", "other", "12.11.")]),

dict(v="alpen", lang="de", at="2026-11-30 13:35", subj="P06224 – Mindermengenzuschlag",
     text="""
Sehr geehrter Herr Brandt,

Ihre Bestellung P06224 liegt mit 412,00 EUR unter unserem Mindestbestellwert von 500,00 EUR. Gemäß unseren Konditionen berechnen wir daher einen Mindermengenzuschlag von 35,00 EUR netto. Der Liefertermin bleibt der 10.12.

Falls Sie die Bestellung noch aufstocken möchten, entfällt der Zuschlag.

Mit freundlichen Grüßen
Florian Gruber
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", sec=["confirmation"],
     po=["P06224"], commit=("2026-12-10", "Der Liefertermin bleibt der 10.12."),
     dates=[("2026-12-10", "confirmed_delivery", "10.12.")],
     prices=[dict(product="Mindermengenzuschlag", new=35.00, cur="EUR",
                  quote="Mindermengenzuschlag von 35,00 EUR netto")]),

dict(v="schwarzwald", lang="de", at="2026-11-30 16:20", subj="P06225",
     text="""
Hallo Herr Osei,

von P06225 liefern wir morgen 480 Stück der Auflaufformen SH-AF-30, die restlichen 120 Stück kommen am 8.12. hinterher. Die Emaillierung für die zweite Charge läuft gerade.

Gruß
Markus Weber
""", end="Gruß\nMarkus", change="quantity", intent="partial_shipment", po=["P06225"],
     commit=("2026-12-08", "die restlichen 120 Stück kommen am 8.12."),
     dates=[("2026-12-01", "confirmed_delivery", "liefern wir morgen"), ("2026-12-08", "new_eta", "8.12.")],
     lines=[("SH-AF-30", 480, "Stück", "480 Stück der Auflaufformen SH-AF-30", "P06225"),
            ("SH-AF-30", 120, "Stück", "die restlichen 120 Stück", "P06225")]),

dict(v="brunner", lang="de", at="2026-11-20 10:45", subj="Terminverschiebung Bestellung P06226",
     text="""
Grüezi Herr Osei

Leider muss ich Ihnen eine Terminverschiebung melden: Die Bademäntel BT-BM-XL aus P06226 können wir nicht wie bestätigt in KW 48 liefern. Der neue Termin ist Ende KW 50. Ursache ist eine verspätete Garnlieferung aus Portugal.

Die Kissenbezüge aus derselben Bestellung wären fertig. Möchten Sie diese vorab in KW 48 erhalten oder sollen wir alles zusammen schicken?

Freundliche Grüsse
Reto Brunner
""", end="Freundliche Grüsse", change="date", intent="delay", sec=["question"], po=["P06226"],
     commit=("2026-12-11", "Der neue Termin ist Ende KW 50"),
     dates=[("2026-11-23", "other", ("KW 48", 0)), ("2026-12-11", "new_eta", "Ende KW 50"),
            ("2026-11-23", "other", ("KW 48", 1))]),

dict(v="steirer", lang="de", at="2026-11-30 11:55", subj="WG: Charge 26-114 / P06227",
     text="""
Hallo Frau Klein,

zur Info die Rückmeldung aus unserer Produktion, passt alles.

Wolfgang Pichler

---------- Weitergeleitete Nachricht ---------
Von: Produktion Steirische Keramik <produktion@steirische-keramik.at>
Datum: Mo., 30. Nov. 2026 um 10:12
Betreff: Charge 26-114 / P06227
An: Wolfgang Pichler

Charge 26-114 (Auflaufformen oval, P06227) Fertigstellung am 04.12., Auslieferung KW 50 bleibt wie geplant.
""", end=("Wolfgang Pichler", 0), change="none", intent="confirmation", po=["P06227"],
     commit=("2026-12-07", "Auslieferung KW 50 bleibt wie geplant"),
     dates=[("2026-12-04", "other", "04.12."), ("2026-12-07", "confirmed_delivery", "KW 50")]),
# ----------------------------------------------------------------------------- French
dict(v="savonnerie", c=1, lang="fr", at="2026-10-14 11:30", subj="AR commande P06230",
     text="""
Bonjour Madame Jensen,

Veuillez trouver ci-joint notre accusé de réception pour votre commande P06230. Tout est confirmé aux dates demandées.

Cordialement,
Julien Fabre
ADV – Savonnerie de Provence

--- attachment: ARC-26-1187.pdf ---
SAVONNERIE DE PROVENCE SARL — ACCUSÉ DE RÉCEPTION DE COMMANDE
N° ARC-26-1187 du 14/10/2026
Votre commande : P06230 du 09/10/2026
Réf.        Désignation                     Qté    Date souhaitée   Date confirmée
SP-SAV-100  Savon de Marseille 100 g       2400    06/11/2026       06/11/2026
SP-LIQ-500  Savon liquide lavande 500 ml    960    06/11/2026       06/11/2026
Franco de port. Paiement à 45 jours fin de mois.
""", end="Cordialement,", change="none", intent="confirmation", po=["P06230"], vref=["ARC-26-1187"],
     commit=("2026-11-06", ("06/11/2026", 1)),
     dates=[("2026-10-14", "other", "14/10/2026"), ("2026-10-09", "other", "09/10/2026"),
            ("2026-11-06", "other", ("06/11/2026", 0)), ("2026-11-06", "confirmed_delivery", ("06/11/2026", 1)),
            ("2026-11-06", "other", ("06/11/2026", 2)), ("2026-11-06", "confirmed_delivery", ("06/11/2026", 3))],
     lines=[("SP-SAV-100", 2400, None, "SP-SAV-100  Savon de Marseille 100 g       2400    06/11/2026       06/11/2026", "P06230"),
            ("SP-LIQ-500", 960, None, "SP-LIQ-500  Savon liquide lavande 500 ml    960    06/11/2026       06/11/2026", "P06230")]),

dict(v="lyonnais", lang="fr", at="2026-11-05 16:10", subj="Accusé de réception – votre commande P06231",
     text="""
Bonjour,

Ci-joint l'AR de votre commande P06231.

Bien cordialement,
Isabelle Martin
Service clients – Textiles Lyonnais SA

--- attachment: AR_P06231.pdf ---
TEXTILES LYONNAIS SA – ACCUSÉ DE RÉCEPTION N° AR-26-05517
Client : Hartmann Home & Garden – Votre réf. P06231
Article      Désignation                       Quantité   Délai demandé   Délai confirmé
TL-HC-240    Housse de couette 240x220          300 pcs    sem. 48         sem. 48
TL-DR-270    Drap plat 270x310                  500 pcs    sem. 48         sem. 51
Délais exprimés en semaine de livraison chez le client.
""", end="Bien cordialement,", change="date", intent="delay", sec=["confirmation"],
     po=["P06231"], vref=["AR-26-05517"], commit=("2026-12-14", "sem. 51"),
     dates=[("2026-11-23", "other", ("sem. 48", 0)), ("2026-11-23", "confirmed_delivery", ("sem. 48", 1)),
            ("2026-11-23", "other", ("sem. 48", 2)), ("2026-12-14", "new_eta", "sem. 51")],
     lines=[("TL-HC-240", 300, "pcs", "TL-HC-240    Housse de couette 240x220          300 pcs    sem. 48         sem. 48", "P06231"),
            ("TL-DR-270", 500, "pcs", "TL-DR-270    Drap plat 270x310                  500 pcs    sem. 48         sem. 51", "P06231")]),

dict(v="bearn", lang="fr", at="2026-11-24 10:05", subj="Votre commande P06232 – linge de table",
     text="""
Bonjour Madame Klein,

Je suis désolée de vous annoncer que la livraison de votre commande P06232 (nappes TB-NP-160, 400 pièces) est reportée : notre teinturier a dû refaire un bain de la couleur « piment », la première teinte n'était pas conforme.

Nouvelle date : mardi 15 décembre, au lieu du 1er décembre.

Je reste à votre disposition si cela pose un problème pour vos magasins.

Bien à vous,
Maïté Etchegaray
Tissages du Béarn
""", end="Bien à vous,", change="date", intent="delay", po=["P06232"],
     commit=("2026-12-15", "Nouvelle date : mardi 15 décembre"),
     dates=[("2026-12-15", "new_eta", "mardi 15 décembre"), ("2026-12-01", "other", "1er décembre")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-11-17 10:20", subj="RE: report livraison P06233 ?",
     text="""
Bonjour,

Non, aucun report de notre côté : la livraison du 26/11 est maintenue. Le statut sur le portail concernait une autre commande, désolés pour la confusion.

Service ADV
Les Jardins du Val

Le mar. 17 nov. 2026 à 09:12, Laura Jensen <laura.jensen@hhg-retail.com> a écrit :
> Bonjour, je vois « report » sur votre portail pour P06233. La livraison du 26/11 est-elle décalée au 03/12 ?
> Merci, Laura Jensen
""", end="Service ADV", change="none", intent="confirmation", po=["P06233"],
     commit=("2026-11-26", "la livraison du 26/11 est maintenue"),
     dates=[("2026-11-26", "confirmed_delivery", ("26/11", 0))]),

dict(v="ardennes", lang="fr", at="2026-11-23 14:45", subj="P06234 livraison avancée",
     text="""
Bonjour Monsieur Osei,

Bonne nouvelle : comme vous nous l'aviez demandé, la livraison de votre commande P06234 (confitures de fraises et de myrtilles) est avancée au lundi 30 novembre, au lieu du lundi 7 décembre. Le camion arrivera en matinée.

Bien cordialement,
Benoît Collard
Confitures Ardennaises
""", end="Bien cordialement,", change="date", intent="confirmation", po=["P06234"],
     commit=("2026-11-30", "est avancée au lundi 30 novembre"),
     dates=[("2026-11-30", "confirmed_delivery", "lundi 30 novembre"), ("2026-12-07", "other", "lundi 7 décembre")]),

dict(v="lemaire", c=1, lang="fr", at="2026-11-19 15:30", subj="Vos commandes P06235 et P06236",
     text="""
Bonjour Madame Jensen,

Je reviens vers vous concernant vos deux commandes en cours :

- P06235 (spéculoos 400 g, 1 800 paquets) : suite à une panne de notre four tunnel, nous devons reporter la livraison de la semaine 49 à la semaine 51. Nous en sommes sincèrement navrés.
- P06236 (gaufres au sucre) : pas de changement, la livraison du vendredi 4 décembre est maintenue.

Cordialement,
Sophie Dubois
Biscuiterie Lemaire
""", end="Cordialement,", change="date", intent="delay", sec=["confirmation"],
     po=["P06235", "P06236"], commit=("2026-12-14", "reporter la livraison de la semaine 49 à la semaine 51"),
     dates=[("2026-11-30", "other", "semaine 49"), ("2026-12-14", "new_eta", "semaine 51"),
            ("2026-12-04", "confirmed_delivery", "vendredi 4 décembre")],
     lines=[("spéculoos 400 g", 1800, "paquets", "1 800 paquets", "P06235")],
     changes=[("P06235", "delay", "2026-12-14", None, "reporter la livraison de la semaine 49 à la semaine 51"),
              ("P06236", "confirmation", "2026-12-04", None, "la livraison du vendredi 4 décembre est maintenue")]),

dict(v="bretagne", lang="fr", at="2026-11-24 17:05", subj="Re: P06237 câbles USB-C",
     text="""
ok pour le 3/12, c'est noté. Yann

Envoyé de mon iPhone

Le 24 nov. 2026 à 16:40, Tim Brandt <tim.brandt@hhg-retail.com> a écrit :
> Yann, pouvez-vous confirmer la livraison le 3/12 pour P06237 (câbles USB-C 1 m et 2 m) ?
""", end="Envoyé de mon iPhone", change="none", intent="confirmation", po=["P06237"],
     commit=("2026-12-03", "ok pour le 3/12"), dates=[("2026-12-03", "confirmed_delivery", ("3/12", 0))]),

dict(v="vosges", lang="fr", at="2026-11-13 11:40", subj="Commande P06238 – tabourets",
     text="""
Madame, Monsieur,

Nous nous permettons de revenir vers vous au sujet de votre commande P06238, et nous vous prions par avance de bien vouloir excuser la longueur de ce message.

Comme vous le savez peut-être, nos tabourets en hêtre massif (AV-TB-45) passent, après l'assemblage, par une étape de séchage de la finition à l'huile dure. Or notre séchoir principal est tombé en panne la semaine dernière, et la pièce de remplacement ne nous sera livrée qu'en début de semaine prochaine. Nous ne pourrons donc malheureusement pas tenir la date de fin novembre qui vous avait été confirmée ; la livraison complète pourra intervenir à la mi-décembre.

Par ailleurs, 60 tabourets sur les 150 sont d'ores et déjà terminés. Souhaitez-vous que nous vous les livrions dès la semaine prochaine, en livraison partielle, ou préférez-vous recevoir l'ensemble en une seule fois ?

Dans l'attente de votre retour, nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hélène Mathieu
Ateliers Bois des Vosges
""", end="Dans l'attente de votre retour", change="date", intent="delay", sec=["question"], po=["P06238"],
     commit=("2026-12-15", "la livraison complète pourra intervenir à la mi-décembre"),
     dates=[("2026-11-02", "other", "la semaine dernière"), ("2026-11-16", "other", "début de semaine prochaine"),
            ("2026-11-30", "other", "fin novembre"), ("2026-12-15", "new_eta", "mi-décembre"),
            ("2026-11-16", "other", "dès la semaine prochaine")],
     lines=[("AV-TB-45", 60, None, "60 tabourets sur les 150", "P06238")]),

dict(v="liege", c=1, lang="fr", at="2026-11-06 09:15", subj="Facture FV-2026-0912",
     text="""
Madame, Monsieur,

Veuillez trouver ci-joint notre facture FV-2026-0912 relative à votre commande P06239, livrée le 05/11/2026.

Montant : 4 318,40 € HTVA
Échéance : 05/12/2026

Avec nos salutations distinguées,
Aurélie Lambert
Comptabilité – Verrerie Liégeoise
""", end="Avec nos salutations distinguées,", change="none", intent="other", po=["P06239"],
     vref=["FV-2026-0912"],
     dates=[("2026-11-05", "other", "05/11/2026"), ("2026-12-05", "other", "05/12/2026")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-11-16 08:50", subj="Relance : facture F-26-0733 échue",
     text="""
Bonjour,

Sauf erreur de notre part, la facture F-26-0733 du 30 septembre 2026 (commande P06240), d'un montant de 2 184,00 €, échue le 30 octobre, reste impayée à ce jour.

Merci de bien vouloir procéder au règlement sous huitaine ou de nous indiquer si un litige bloque le paiement.

Si votre règlement a croisé ce courrier, merci de ne pas en tenir compte.

Cordialement,
Julien Fabre
Savonnerie de Provence – Comptabilité clients
""", end="Cordialement,", change="none", intent="other", po=["P06240"], vref=["F-26-0733"],
     dates=[("2026-09-30", "other", "30 septembre 2026"), ("2026-10-30", "other", "30 octobre"),
            ("2026-11-16", "other", "à ce jour"), ("2026-11-23", "other", "sous huitaine")]),

dict(v="romande", c=1, lang="fr", at="2026-12-01 08:30", subj="Fermeture annuelle – Coutellerie Romande",
     text="""
Chère clientèle,

Nous vous informons que nos ateliers et nos bureaux seront fermés du vendredi 18 décembre 2026 au soir au lundi 4 janvier 2027.

Les dernières expéditions partiront le mercredi 16 décembre. Toute commande reçue après le 11 décembre sera traitée à notre retour.

Nous vous remercions de votre fidélité et vous souhaitons de belles fêtes de fin d'année.

Chantal Rochat
Coutellerie Romande SA
""", end="Chantal Rochat", change="none", intent="other",
     dates=[("2026-12-18", "other", "vendredi 18 décembre 2026"), ("2027-01-04", "other", "lundi 4 janvier 2027"),
            ("2026-12-16", "other", "mercredi 16 décembre"), ("2026-12-11", "other", "11 décembre")]),

dict(v="laurentides", lang="fr", at="2026-11-16 13:20", subj="P06241 – sirop d'érable 250 ml",
     text="""
Bonjour Mme Klein,

Petit contretemps pour votre commande P06241 (sirop d'érable 250 ml, 1 440 bouteilles) : le transitaire nous a déplacés sur le navire suivant. Le conteneur quittera Montréal le 11/20 au lieu du 11/10, et la livraison à votre entrepôt de Hambourg est donc reportée au mardi 12/08 (au lieu du 11/24).

Désolée pour l'inconvénient. Je vous envoie le numéro de conteneur dès que je l'ai.

Bonne journée!
Geneviève Tremblay
Produits d'érable Laurentides
""", end="Bonne journée!", change="date", intent="delay", po=["P06241"],
     commit=("2026-12-08", "est donc reportée au mardi 12/08"),
     dates=[("2026-11-20", "ship_date", "11/20"), ("2026-11-10", "other", "11/10"),
            ("2026-12-08", "new_eta", "mardi 12/08"), ("2026-11-24", "other", "11/24")]),

dict(v="bearn", c=1, lang="fr", at="2026-11-27 16:40", subj="Expédition partielle P06242",
     text="""
Bonjour,

Nous avons expédié ce jour 180 nappes sur les 300 de votre commande P06242 (transporteur Heppner, récépissé n° 48120337), livraison prévue mardi 1er décembre.

Le solde de 120 pièces partira de chez nous semaine 50, je vous enverrai le numéro de suivi à ce moment-là.

Cordialement,
Pierre Laborde
Tissages du Béarn
""", end="Cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P06242"], commit=("2026-12-01", "livraison prévue mardi 1er décembre"),
     dates=[("2026-11-27", "ship_date", "ce jour"), ("2026-12-01", "confirmed_delivery", "mardi 1er décembre"),
            ("2026-12-07", "ship_date", "semaine 50")],
     lines=[("nappes", 180, None, "180 nappes sur les 300", "P06242"),
            ("nappes", 120, "pièces", "Le solde de 120 pièces", "P06242")],
     track=[("Heppner", "48120337", "récépissé n° 48120337")]),

dict(v="ardennes", c=1, lang="fr", at="2026-12-03 07:05", subj="[Portail fournisseur] Modification de la commande P06243",
     frm="Portail Confitures Ardennaises <no-reply@confitures-ardennaises.be>",
     text="""
Modification de votre commande

Commande client : P06243
Notre référence : CA-CDE-26-2208
Article : Confiture d'abricots 370 g (CA-ABR-370) – 720 pots

Nouvelle date de livraison : 18/12/2026
Date précédente : 11/12/2026
Motif : rupture de pots en verre chez notre fournisseur

Ce message est généré automatiquement, merci de ne pas y répondre.
""", end="Ce message est généré automatiquement", change="date", intent="delay", po=["P06243"],
     vref=["CA-CDE-26-2208"], commit=("2026-12-18", "Nouvelle date de livraison : 18/12/2026"),
     dates=[("2026-12-18", "new_eta", "18/12/2026"), ("2026-12-11", "other", "11/12/2026")],
     lines=[("CA-ABR-370", 720, "pots", "(CA-ABR-370) – 720 pots", "P06243")]),

dict(v="jardinsduval", lang="fr", at="2026-12-01 11:00", subj="P06244 – question quai de livraison",
     text="""
Bonjour Madame Klein,

Votre commande P06244 (bacs à fleurs en fibre, 2 semi-remorques) est bien prévue le jeudi 10 décembre. Le transporteur me demande si votre quai peut recevoir les deux camions le même jour, ou si vous préférez un camion ce jour-là et le second le lendemain ?

Merci de me dire avant lundi pour qu'il puisse planifier.

Cordialement,
Nathalie Moreau
""", end="Cordialement,", change="none", intent="question", po=["P06244"],
     commit=("2026-12-10", "est bien prévue le jeudi 10 décembre"),
     dates=[("2026-12-10", "confirmed_delivery", "jeudi 10 décembre"), ("2026-12-11", "other", "le lendemain"),
            ("2026-12-07", "other", "avant lundi")]),
dict(v="lyonnais", c=1, lang="fr", at="2026-11-10 14:15", subj="Conditions tarifaires 2027",
     text="""
Madame, Monsieur,

La hausse continue du coût du coton et de l'énergie nous contraint à revoir nos tarifs. À compter du 1er janvier 2027, l'ensemble de nos prix de vente sera augmenté de 4,5 %.

Les commandes passées avant le 15 décembre 2026 seront facturées aux conditions actuelles, quelle que soit leur date de livraison.

Nous vous remercions de votre compréhension.

Thomas Roux
Directeur commercial – Textiles Lyonnais SA
""", end="Thomas Roux", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1er janvier 2027"), ("2026-12-15", "other", "15 décembre 2026")],
     prices=[dict(pct=4.5, eff="2027-01-01", quote="l'ensemble de nos prix de vente sera augmenté de 4,5 %")]),

dict(v="liege", lang="fr", at="2026-11-25 11:35", subj="Commande P06246 – annulation ligne 2",
     text="""
Bonjour Monsieur Brandt,

J'ai le regret de vous informer que nous devons annuler la ligne 2 de votre commande P06246 (carafes VL-CA-1L, 96 pièces) : le moule est fissuré et notre souffleur ne pourra pas en refaire un avant plusieurs mois.

Les verres à vin VL-VV-35 (ligne 1) ne sont pas concernés, leur livraison est maintenue au mercredi 9 décembre.

Toutes nos excuses pour ce désagrément.

Marc Delvaux
Verrerie Liégeoise
""", end="Marc Delvaux", change="cancel", intent="cancellation",
     sec=["confirmation"], po=["P06246"], commit=("2026-12-09", "leur livraison est maintenue au mercredi 9 décembre"),
     dates=[("2026-12-09", "confirmed_delivery", "mercredi 9 décembre")],
     lines=[("VL-CA-1L", 96, "pièces", "VL-CA-1L, 96 pièces", "P06246")]),

dict(v="savonnerie", lang="fr", at="2026-12-01 12:10", subj="P06247 est partie !",
     text="""
Bonjour Tim,

Votre commande P06247 est partie complète ce matin par Geodis (14 cartons, récépissé 2611 8840 0731). Livraison prévue jeudi chez vous.

Belle journée,
Camille
""", end="Belle journée,", change="shipping", intent="shipping_notice", po=["P06247"],
     commit=("2026-12-03", "Livraison prévue jeudi"),
     dates=[("2026-12-01", "ship_date", "ce matin"), ("2026-12-03", "confirmed_delivery", "jeudi")],
     lines=[("cartons", 14, "cartons", "14 cartons", "P06247")],
     track=[("Geodis", "2611 8840 0731", "récépissé 2611 8840 0731")]),

dict(v="vosges", c=1, lang="fr", at="2026-12-04 10:50", subj="RE: Confirmation de commande P06248",
     text="""
Bonjour Monsieur Brandt,

Je suis au regret de devoir revenir sur notre confirmation : la livraison des étagères AV-ET-80 est reportée à la semaine 2, soit à partir du lundi 11 janvier. Le vernis reçu ne correspondait pas à la teinte validée et nous avons dû poncer et reprendre tout le lot.

Veuillez nous excuser.

Didier Schmitt
Ateliers Bois des Vosges

De : Tim Brandt <tim.brandt@hhg-retail.com>
Envoyé : lundi 26 octobre 2026 09:02
Objet : RE: Confirmation de commande P06248

Parfait, merci.

De : Didier Schmitt
Envoyé : vendredi 23 octobre 2026 16:47
Objet : Confirmation de commande P06248

Bonjour, nous confirmons votre commande P06248 (étagères AV-ET-80, 90 pièces), livraison semaine 50.
""", end=("Didier Schmitt", 0), change="date", intent="delay", po=["P06248"],
     commit=("2027-01-11", "reportée à la semaine 2, soit à partir du lundi 11 janvier"),
     dates=[("2027-01-11", "new_eta", "semaine 2"), ("2027-01-11", "new_eta", "lundi 11 janvier")]),

dict(v="bretagne", c=1, lang="fr", at="2026-11-09 15:25", subj="AR 2611-0457 / P06249",
     text="""
Bonjour,

Veuillez trouver ci-dessous notre accusé de réception.

Cordialement,
Morgane Tanguy
AEB – Administration des ventes

--- attachment: AR_2611-0457.pdf ---
ACCESSOIRES ÉLECTRONIQUES BRETAGNE SAS
ACCUSÉ DE RÉCEPTION DE COMMANDE N° AR 2611-0457
Votre commande : P06249
Date de livraison souhaitée : 23/11/2026
Date de livraison confirmée : 30/11/2026
Réf.         Désignation                       Qté
AEB-CH-65    Chargeur USB-C 65 W               1 200
AEB-CB-2M    Câble USB-C/USB-C 2 m             2 400
Conditions : franco, 60 jours date de facture.
""", end="Cordialement,", change="date", intent="delay", po=["P06249"], vref=["AR 2611-0457"],
     commit=("2026-11-30", "Date de livraison confirmée : 30/11/2026"),
     dates=[("2026-11-23", "other", "23/11/2026"), ("2026-11-30", "new_eta", "30/11/2026")],
     lines=[("AEB-CH-65", 1200, None, "AEB-CH-65    Chargeur USB-C 65 W               1 200", "P06249"),
            ("AEB-CB-2M", 2400, None, "AEB-CB-2M    Câble USB-C/USB-C 2 m             2 400", "P06249")]),

dict(v="lemaire", lang="fr", at="2026-12-02 09:00", subj="Biscuiterie Lemaire vous donne rendez-vous à Cologne",
     frm="Biscuiterie Lemaire <info@biscuiterie-lemaire.be>",
     text="""
Chers partenaires,

Cette année encore, la Biscuiterie Lemaire sera présente au salon ISM de Cologne, du 25 au 28 janvier 2027, hall 10.2, stand C-041.

Venez découvrir en avant-première notre gamme de fêtes 2027 et nos nouvelles gaufrettes au beurre, disponibles à la commande dès février.

Pour réserver un rendez-vous avec Olivier Lemaire, répondez simplement à ce message.

Au plaisir de vous y retrouver,
L'équipe Lemaire

Pour ne plus recevoir nos actualités, cliquez ici.
""", end="Au plaisir de vous y retrouver,", change="none", intent="other",
     dates=[("2027-01-25", "other", "du 25 au"), ("2027-01-28", "other", "28 janvier 2027"),
            ("2027-02-01", "other", "dès février")]),

dict(v="romande", lang="fr", at="2026-11-09 10:05", subj="P06250 – conditionnement des couteaux",
     text="""
Bonjour Madame Klein,

Pour votre commande P06250 (couteaux d'office CR-CO-9, 600 pièces), souhaitez-vous un conditionnement en coffret individuel, comme l'an dernier, ou en vrac par 12 sous blister ? Le prix est le même.

La livraison reste fixée au 27 novembre dans les deux cas.

Meilleures salutations
Luc Favre
Coutellerie Romande SA
""", end="Meilleures salutations", change="none", intent="question", po=["P06250"],
     commit=("2026-11-27", "La livraison reste fixée au 27 novembre"),
     dates=[("2026-11-27", "confirmed_delivery", "27 novembre")]),

dict(v="porto", lang="fr", at="2026-11-12 17:45", subj="commande P06251",
     text="""
Bonjour Madame Jensen,

je vous écris pour la commande P06251 (serviettes de bain). Malheureusement le tissu de notre fournisseur n'est pas arrivée a temps, donc nous ne pouvons pas livrer le 20/11 comme confirmé. La nouvelle date ce sera le 04/12, le camion part de Porto le 30/11.

Nous sommes vraiment désolé pour ça.

Cordialement
Inês Carvalho
Têxteis do Porto
""", end="Cordialement\nInês", change="date", intent="delay", po=["P06251"],
     commit=("2026-12-04", "La nouvelle date ce sera le 04/12"),
     dates=[("2026-11-20", "other", "20/11"), ("2026-12-04", "new_eta", "04/12"),
            ("2026-11-30", "ship_date", "30/11")]),

dict(v="ardennes", lang="fr", at="2026-12-02 15:55", subj="Re: votre commande P06252",
     text="""
Bonjour Monsieur Osei,

La récolte de griottes a été très mauvaise cette année et notre stock de fruits est épuisé. Pour votre commande P06252, nous ne pouvons confirmer que 480 pots de confiture de cerises (CA-CER-370) sur les 720 commandés, livraison le 11 décembre comme prévu.

Les 240 pots restants ne pourront malheureusement pas être livrés, nous les retirons de la commande.

Bien cordialement,
Benoît Collard
""", end="Bien cordialement,", change="quantity", intent="partial_shipment", po=["P06252"],
     commit=("2026-12-11", "livraison le 11 décembre comme prévu"),
     dates=[("2026-12-11", "confirmed_delivery", "11 décembre")],
     lines=[("CA-CER-370", 480, "pots", "480 pots de confiture de cerises (CA-CER-370)", "P06252"),
            ("CA-CER-370", 240, "pots", "Les 240 pots restants", "P06252")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-10-19 09:40", subj="RE: Commande P06253",
     text="""
Bonjour,

Nous accusons bonne réception de votre commande P06253 et revenons vers vous sous 48 h avec l'accusé de réception et les dates de livraison.

Service ADV
Les Jardins du Val
""", end="Service ADV", change="none", intent="other", po=["P06253"]),

dict(v="laurentides", c=1, lang="fr", at="2026-10-21 15:30", subj="Confirmation commande P06254 / CMD-LAU-8812",
     text="""
Bonjour,

Nous confirmons votre commande P06254 (notre no CMD-LAU-8812) : 960 pots de beurre d'érable 220 g et 480 bouteilles de sirop ambré 500 ml.

Expédition prévue le 2026-11-03 au départ de Montréal, arrivée estimée au port de Hambourg le 2026-11-19 (FOB Montréal, comme convenu).

Merci et bonne fin de journée,
Marc-André Gagnon
Produits d'érable Laurentides inc.
""", end="Merci et bonne fin de journée,", change="none", intent="confirmation", po=["P06254"],
     vref=["CMD-LAU-8812"], commit=("2026-11-19", "arrivée estimée au port de Hambourg le 2026-11-19"),
     dates=[("2026-11-03", "ship_date", "2026-11-03"), ("2026-11-19", "confirmed_delivery", "2026-11-19")],
     lines=[("beurre d'érable 220 g", 960, "pots", "960 pots de beurre d'érable 220 g", "P06254"),
            ("sirop ambré 500 ml", 480, "bouteilles", "480 bouteilles de sirop ambré 500 ml", "P06254")]),

dict(v="lyonnais", lang="fr", at="2026-11-30 17:20", subj="P06255 – livraison suspendue",
     text="""
Madame Klein,

Un incendie s'est déclaré samedi dans notre atelier de confection de Villeurbanne. Personne n'a été blessé, mais la production est arrêtée. La livraison de votre commande P06255 (plaids TL-PL-130), initialement confirmée pour le 7 décembre, est donc reportée jusqu'à nouvel ordre.

Nous reviendrons vers vous d'ici vendredi avec une nouvelle date.

Avec nos excuses,
Isabelle Martin
""", end="Avec nos excuses,", change="date", intent="delay", po=["P06255"],
     dates=[("2026-11-28", "other", "samedi"), ("2026-12-07", "other", "7 décembre"),
            ("2026-12-04", "other", "d'ici vendredi")]),

dict(v="savonnerie", lang="fr", at="2026-11-12 10:35", subj="P06256 un peu plus tôt ?",
     text="""
Coucou Tim,

Bonne nouvelle, la saponification a été plus rapide que prévu ! On pourrait avancer la livraison de P06256 au vendredi 20 novembre, ça t'irait ? Sinon pas de souci, on reste sur le 27 comme prévu.

Bises,
Camille
""", end="Bises,", change="none", intent="question", po=["P06256"],
     commit=("2026-11-27", "on reste sur le 27 comme prévu"),
     dates=[("2026-11-20", "other", "vendredi 20 novembre"), ("2026-11-27", "confirmed_delivery", "le 27 comme prévu")]),

dict(v="liege", c=1, lang="fr", at="2026-12-08 13:50", subj="Avis d'expédition – commande P06257",
     text="""
Madame, Monsieur,

Nous vous informons que votre commande P06257 a été chargée ce jour au complet : 4 palettes (verres à eau VL-VE-25, 2 880 pièces).
Transporteur : Transports Lambert – CMR n° BE-26-114902
Livraison prévue demain matin à votre entrepôt de Hambourg.

Avec nos salutations distinguées,
Aurélie Lambert
Verrerie Liégeoise
""", end="Avec nos salutations distinguées,", change="shipping", intent="shipping_notice", po=["P06257"],
     commit=("2026-12-09", "Livraison prévue demain matin"),
     dates=[("2026-12-08", "ship_date", "ce jour"), ("2026-12-09", "confirmed_delivery", "demain matin")],
     lines=[("VL-VE-25", 2880, "pièces", "VL-VE-25, 2 880 pièces", "P06257")],
     track=[("Transports Lambert", "BE-26-114902", "CMR n° BE-26-114902")]),

dict(v="bearn", lang="fr", at="2026-11-26 08:12", subj="URGENT - changement de coordonnées bancaires",
     frm="Tissages du Bearn <comptabilite@tissages-bearn-fr.com>",
     text="""
Bonjour,

Suite à un audit interne, notre banque a changé. A compter du 1er décembre, merci d'effectuer tous vos paiements sur notre nouveau compte :

IBAN : LT12 3250 0741 8823 9910
BIC : REVOLT21

Merci de régler dès aujourd'hui la facture en attente de votre commande P06258 sur ce nouveau compte. Ne pas utiliser les anciennes coordonnées.

Service comptabilité
Tissages du Béarn
""", end="Service comptabilité", change="none", intent="other", po=["P06258"],
     dates=[("2026-12-01", "other", "1er décembre"), ("2026-11-26", "other", "dès aujourd'hui")]),
# ----------------------------------------------------------------------------- a few more
dict(v="kaiser", lang="de", at="2026-11-19 12:25", subj="AW: Offene Punkte P06259 / P06260",
     text="""
Hallo Frau Jensen,

Antworten unten im Text.

> 1. P06259 (Stehlampen EK-SL-160): bleibt es bei KW 49?
Ja, KW 49 bleibt wie vereinbart.

> 2. P06260 (Tischleuchten EK-TL-40): können Sie auf KW 48 vorziehen?
Leider nein, im Gegenteil: die kommen frühestens Mittwoch, 09.12. Der bestätigte 04.12. ist nicht mehr zu halten, weil die Dimmer-Platinen fehlen. Sorry.

> 3. Gibt es schon die neue Preisliste 2027?
Kommt nächste Woche.

Gruß
Stefan Kaiser
""", end="Gruß\nStefan", change="date", intent="delay", sec=["confirmation"], po=["P06259", "P06260"],
     commit=("2026-11-30", "Ja, KW 49 bleibt wie vereinbart"),
     dates=[("2026-11-30", "confirmed_delivery", ("KW 49", 1)), ("2026-12-09", "new_eta", "Mittwoch, 09.12."),
            ("2026-12-04", "other", "04.12."), ("2026-11-23", "other", "nächste Woche")],
     changes=[("P06259", "confirmation", "2026-11-30", None, "Ja, KW 49 bleibt wie vereinbart."),
              ("P06260", "delay", "2026-12-09", None, "die kommen frühestens Mittwoch, 09.12.")]),

dict(v="mueller", c=1, lang="de", at="2026-11-30 10:55", subj="Auftragsbestätigung P06261",
     text="""
Sehr geehrte Frau Klein,

bevor wir Ihnen die Auftragsbestätigung zu P06261 schicken können, brauchen wir noch eine Angabe: Ihre Bestellung nennt für die Pflanzkübel MG-PK-60 eine maximale Palettenhöhe von 1,20 m, unsere Standardpalette ist aber 1,60 m hoch. Dürfen wir 1,60 m liefern, oder sollen wir umpacken (dann 14 statt 10 Paletten)?

Den Wunschtermin 10.12. können wir halten, sofern wir Ihre Antwort bis Mittwoch haben.

Mit freundlichen Grüßen
Claudia Schmitt
Innendienst
""", end="Mit freundlichen Grüßen", change="none", intent="question", po=["P06261"],
     dates=[("2026-12-10", "other", "10.12."), ("2026-12-02", "other", "bis Mittwoch")]),

dict(v="ruhrtal", lang="de", at="2026-12-03 18:02", subj="Bedarfsvorschau",
     text="""
Hallo Herr Brandt,

wir planen gerade die Gussproduktion fürs erste Quartal. Könnten Sie mir bis Ende nächster Woche eine grobe Bedarfsvorschau für Q1 2027 schicken (Pfannen und Bräter reichen)? Dann kann ich Ihnen Kapazität reservieren.

Gruß
Dirk Schulte
""", end="Gruß\nDirk", change="none", intent="question",
     dates=[("2026-12-11", "other", "bis Ende nächster Woche")]),

dict(v="lemaire", c=1, lang="fr", at="2026-11-16 11:05", subj="Point sur vos commandes en cours",
     text="""
Bonjour Madame Jensen,

Voici le point sur vos commandes en cours :

Commande   Article                     Date prévue   Nouvelle date   Statut
P06262     Spéculoos 400 g             27/11/2026    27/11/2026      maintenue
P06263     Gaufres au sucre 250 g      04/12/2026    11/12/2026      reportée
P06264     Pralines assorties 200 g    24/11/2026    20/11/2026      avancée (votre demande)

Le report de P06263 est dû à un retard de livraison de nos emballages de fin d'année.

Cordialement,
Sophie Dubois
Biscuiterie Lemaire
""", end="Cordialement,", change="date", intent="delay", sec=["confirmation"],
     po=["P06262", "P06263", "P06264"], commit=("2026-11-27", ("27/11/2026", 1)),
     dates=[("2026-11-27", "other", ("27/11/2026", 0)), ("2026-11-27", "confirmed_delivery", ("27/11/2026", 1)),
            ("2026-12-04", "other", "04/12/2026"), ("2026-12-11", "new_eta", "11/12/2026"),
            ("2026-11-24", "other", "24/11/2026"), ("2026-11-20", "confirmed_delivery", "20/11/2026")],
     changes=[("P06262", "confirmation", "2026-11-27", None, "P06262     Spéculoos 400 g             27/11/2026    27/11/2026      maintenue"),
              ("P06263", "delay", "2026-12-11", None, "P06263     Gaufres au sucre 250 g      04/12/2026    11/12/2026      reportée"),
              ("P06264", "confirmation", "2026-11-20", None, "P06264     Pralines assorties 200 g    24/11/2026    20/11/2026      avancée (votre demande)")]),

dict(v="vosges", lang="fr", at="2026-12-10 09:30", subj="P06265 – livraison avant Noël",
     text="""
Bonjour Madame Klein,

La livraison de votre commande P06265 (bancs en chêne AV-BC-120) est prévue le mardi 22 décembre. Notre transporteur est toutefois très chargé avant les fêtes : au cas où il ne pourrait pas passer ce jour-là, votre entrepôt serait-il ouvert le 29 ou le 30 décembre ?

Merci de votre retour,
Hélène Mathieu
""", end="Merci de votre retour,", change="none", intent="question", po=["P06265"],
     commit=("2026-12-22", "est prévue le mardi 22 décembre"),
     dates=[("2026-12-22", "confirmed_delivery", "mardi 22 décembre"), ("2026-12-29", "other", "le 29 ou"),
            ("2026-12-30", "other", "30 décembre")]),

dict(v="romande", lang="fr", at="2026-11-27 18:40", subj="Re: P06266 livraison semaine 49 ?",
     text="""
Bonjour, desolé, les couteaux P06266 pas avant la semaine 51, le affutage a pris du retard. Luc

Envoyé depuis mon mobile

Le ven. 27 nov. 2026 à 14:02, Mike Osei <mike.osei@hhg-retail.com> a écrit :
> Bonjour Luc, la livraison de P06266 en semaine 49 est-elle toujours d'actualité ?
""", end="Envoyé depuis mon mobile", change="date", intent="delay", po=["P06266"],
     commit=("2026-12-14", "pas avant la semaine 51"), dates=[("2026-12-14", "new_eta", "semaine 51")]),
]
