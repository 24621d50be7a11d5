# ruff: noqa: E501 - email text is data
"""German and Dutch batch (dB): questions (artwork, pallets, addresses, substitutes, payment),
other (out-of-office, closures, newsletters, invoices, statements, thank-yous), confirmation
against delay (Verschiebung, 'bleibt bestehen', vervroegd, uitgesteld, AB text as attachment);
Swiss, Austrian and Belgian writers, Sie and du. Hand-written and hand-labelled."""

EMAILS = [
dict(v="bergholz", lang="de", at="2026-11-12 10:30", subj="P05200 Druckdaten Logo – Rückfrage",
     text="""
Grüezi Frau Klein

Besten Dank für Ihre Bestellung P05200 (Schneidebretter Eiche BH-SB-42 mit Brandlogo, 800 Stück).

Für das Brandeisen brauchen wir Ihr Logo als Vektordatei (AI, EPS oder PDF mit Pfaden). Die mitgeschickte JPG-Datei ist leider zu klein aufgelöst. Zudem die Frage: soll das Logo mittig oder unten rechts platziert werden? Auf Ihrem Muster vom Sommer war es unten rechts.

Das Brandeisen muss bis Mittwoch, 18.11., bestellt sein, damit wir in KW 48 produzieren können. Der bestätigte Liefertermin 11.12.2026 bleibt unverändert.

Freundliche Grüsse

Urs Baumann
Verkauf Innendienst
Bergholz Holzwaren AG
Tel. +41 71 555 23 10
""", end="Freundliche Grüsse", change="none", intent="question", po=["P05200"],
     commit=("2026-12-11", "Der bestätigte Liefertermin 11.12.2026 bleibt unverändert"),
     dates=[("2026-11-18", "other", "Mittwoch, 18.11."), ("2026-11-23", "other", "KW 48"),
            ("2026-12-11", "confirmed_delivery", "11.12.2026")]),

dict(v="mueller", lang="de", at="2026-10-19 07:02", subj="Automatische Antwort: AW: P05201 Liefertermin Rasenkantenscheren",
     text="""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23.10. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 26.10., bin ich wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Claudia Schmitt (claudia.schmitt@mueller-gartentechnik.de, Tel. 07121 55 48-12) oder an innendienst@mueller-gartentechnik.de.

Mit freundlichen Grüßen
Jürgen Müller
""", end="Mit freundlichen Grüßen", change="none", intent="other", po=["P05201"],
     dates=[("2026-10-23", "other", "23.10."), ("2026-10-26", "other", "Montag, 26.10.")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-11-18 14:20", subj="AW: P05202 Liefertermin 27.11. bestätigt?",
     text="""
Hallo Herr Osei,

leider nein – wir müssen P05202 noch einmal verschieben. Die Silikongriffe für die Schmorpfannen (SH-SP-32) hängen beim Lieferanten im Zoll fest. Neuer Liefertermin ist Freitag, der 4. Dezember, statt 27.11.

Es tut mir wirklich leid, dass es jetzt schon die zweite Verschiebung ist.

Viele Grüße
Sabine Hoffmann
Schwarzwald Haushaltswaren GmbH

________________________________
Von: Mike Osei <mike.osei@hhg-retail.com>
Gesendet: Dienstag, 17. November 2026 16:05
An: Sabine Hoffmann
Betreff: P05202 Liefertermin 27.11. bestätigt?

Hallo Frau Hoffmann,

nach der Verschiebung vom 20.11. auf den 27.11. wollte ich nur sicherstellen, dass der 27.11. jetzt hält. Unsere Aktion startet am 30.11.

Gruß
Mike Osei
""", end="Viele Grüße", change="date", intent="delay", po=["P05202"],
     commit=("2026-12-04", "Neuer Liefertermin ist Freitag, der 4. Dezember"),
     dates=[("2026-12-04", "new_eta", "Freitag, der 4. Dezember"), ("2026-11-27", "other", "statt 27.11.")]),

dict(v="kaiser", lang="de", at="2026-12-01 09:05", subj="AW: Verschiebung P05203 auf KW 51?",
     text="""
Hallo Frau Jensen,

nein, da verschiebt sich nichts. Der Liefertermin 09.12. bleibt bestehen. Die KW 51 im Lieferantenportal kommt von einem Fehler bei der Datenübernahme, das korrigieren wir heute noch.

Gruß
S. Kaiser

-----Ursprüngliche Nachricht-----
Von: Laura Jensen <laura.jensen@hhg-retail.com>
Gesendet: Montag, 30. November 2026 17:41
An: Stefan Kaiser
Betreff: Verschiebung P05203 auf KW 51?

Hallo Herr Kaiser,
in Ihrem Portal steht für P05203 (Außenleuchten EK-AL-12) plötzlich KW 51 statt 09.12. Was stimmt denn nun?
""", end="Gruß\nS. Kaiser", change="none", intent="confirmation", po=["P05203"],
     commit=("2026-12-09", "Der Liefertermin 09.12. bleibt bestehen"),
     dates=[("2026-12-09", "confirmed_delivery", ("09.12.", 0)), ("2026-12-14", "other", "Die KW 51"),
            ("2026-12-01", "other", "heute noch")]),

dict(v="alpen", lang="de", at="2026-11-05 11:40", subj="Auftragsbestätigung AB-26-04417 zu P05204",
     text="""
Grüß Gott Herr Brandt,

anbei unsere Auftragsbestätigung zu Ihrer Bestellung P05204. Bitte beachten Sie Position 2: den Bergkäse können wir nicht zum Wunschtermin liefern, weil die Charge noch nicht ausgereift ist – er kommt eine Woche später als separate Lieferung. Die übrigen Positionen liefern wir wie gewünscht.

Mit freundlichen Grüßen
Florian Gruber
Alpen Feinkost AG
Verkauf Handel

--- attachment: AB-26-04417.pdf ---
ALPEN FEINKOST AG – AUFTRAGSBESTÄTIGUNG
AB-Nr.: AB-26-04417          Datum: 05.11.2026
Ihre Bestellung: P05204 vom 02.11.2026
Pos  Artikel     Bezeichnung                Menge   Wunschtermin  Bestätigt
1    AF-KO-250   Kürbiskernöl 250 ml        480     23.11.2026    23.11.2026
2    AF-BK-500   Bergkäse 500 g             240     23.11.2026    30.11.2026
3    AF-SP-200   Speck 200 g                360     23.11.2026    23.11.2026
Lieferung frei Haus Hamburg. Es gelten unsere AGB.
""", end="Mit freundlichen Grüßen", change="date", intent="delay", sec=["confirmation"],
     po=["P05204"], vref=["AB-26-04417"], commit=("2026-11-30", "30.11.2026"),
     dates=[("2026-11-05", "other", "05.11.2026"), ("2026-11-02", "other", "02.11.2026"),
            ("2026-11-23", "other", ("23.11.2026", 0)), ("2026-11-23", "confirmed_delivery", ("23.11.2026", 1)),
            ("2026-11-23", "other", ("23.11.2026", 2)), ("2026-11-30", "new_eta", "30.11.2026"),
            ("2026-11-23", "other", ("23.11.2026", 3)), ("2026-11-23", "confirmed_delivery", ("23.11.2026", 4))],
     lines=[("AF-KO-250", 480, None, "1    AF-KO-250   Kürbiskernöl 250 ml        480     23.11.2026    23.11.2026", "P05204"),
            ("AF-BK-500", 240, None, "2    AF-BK-500   Bergkäse 500 g             240     23.11.2026    30.11.2026", "P05204"),
            ("AF-SP-200", 360, None, "3    AF-SP-200   Speck 200 g                360     23.11.2026    23.11.2026", "P05204")]),

dict(v="hansa", c=1, lang="de", at="2026-11-27 13:15", subj="Preise 2027",
     text="""
Moin Tim,

kurz vorab, bevor die offizielle Preisliste kommt: ab 1.1. gehen die Weingläser HG-WG-45 von 3,10 € auf 3,35 € pro Stück hoch, also rund +8 %. Grund sind wie immer Gas und Soda. Alles andere bleibt erstmal wie es ist.

Deine offene P05205 liefern wir natürlich noch zum alten Preis, die ist ja für KW 50 eingeplant.

Schönes Wochenende schon mal!
Ole
""", end="Schönes Wochenende", change="price", intent="price_change", po=["P05205"],
     commit=("2026-12-07", "die ist ja für KW 50 eingeplant"),
     dates=[("2027-01-01", "price_effective", "ab 1.1."), ("2026-12-07", "confirmed_delivery", "KW 50")],
     prices=[dict(product="HG-WG-45", old=3.10, new=3.35, pct=8, cur="EUR", eff="2027-01-01",
                  quote="ab 1.1. gehen die Weingläser HG-WG-45 von 3,10 € auf 3,35 € pro Stück hoch, also rund +8 %")]),

dict(v="alpen", c=1, lang="de", at="2026-11-24 15:50", subj="Teillieferung P05206",
     text="""
Liebe Frau Klein,

heute haben wir einen Teil Ihrer Bestellung P05206 mit Gebrüder Weiss auf den Weg gebracht: 300 Gläser Preiselbeeren AF-PB-340 und die kompletten 120 Kartons Lebkuchen AF-LK-400. Zustellung laut Spedition am Donnerstag.

Die restlichen 180 Gläser Preiselbeeren schicken wir Mitte Dezember nach, sobald die neue Abfüllung durch die Qualitätskontrolle ist.

Sendungsnummer Gebrüder Weiss: 0708-4421-993

Liebe Grüße aus Tirol
Theresa Huber
""", end="Liebe Grüße aus Tirol", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P05206"], commit=("2026-12-15", "schicken wir Mitte Dezember nach"),
     dates=[("2026-11-24", "ship_date", "heute haben wir einen Teil"), ("2026-11-26", "confirmed_delivery", "am Donnerstag"),
            ("2026-12-15", "new_eta", "Mitte Dezember")],
     lines=[("AF-PB-340", 300, "Gläser", "300 Gläser Preiselbeeren AF-PB-340", "P05206"),
            ("AF-LK-400", 120, "Kartons", "120 Kartons Lebkuchen AF-LK-400", "P05206"),
            ("AF-PB-340", 180, "Gläser", "restlichen 180 Gläser Preiselbeeren", "P05206")],
     track=[("Gebrüder Weiss", "0708-4421-993", "Sendungsnummer Gebrüder Weiss: 0708-4421-993")]),

dict(v="mueller", c=2, lang="de", at="2026-11-03 10:10", subj="Stornobestätigung SB-40877 – Ihre Bestellung P05207",
     text="""
Sehr geehrte Damen und Herren,

gemäß Ihrer E-Mail vom 02.11.2026 haben wir in Ihrer Bestellung P05207 die Position 20 (MG-VT-10 Vertikutierer, 60 Stück) storniert. Stornokosten fallen nicht an.

Position 10 (MG-RK-30 Rasenkantenschere, 200 Stück) bleibt unverändert bestehen, Liefertermin weiterhin KW 46.

Die Stornobestätigung SB-40877 finden Sie im Anhang.

Mit freundlichen Grüßen
Innendienst
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P05207"], vref=["SB-40877"], commit=("2026-11-09", "Liefertermin weiterhin KW 46"),
     dates=[("2026-11-02", "other", "02.11.2026"), ("2026-11-09", "confirmed_delivery", "KW 46")],
     lines=[("MG-VT-10", 60, "Stück", "MG-VT-10 Vertikutierer, 60 Stück", "P05207"),
            ("MG-RK-30", 200, "Stück", "MG-RK-30 Rasenkantenschere, 200 Stück", "P05207")]),

dict(v="kaiser", frm="Elektro Kaiser Versand <versand@elektro-kaiser.de>", lang="de", at="2026-10-14 16:45",
     subj="Lieferavis 8800231 zu Ihrer Bestellung P05208",
     text="""
LIEFERAVIS / VERSANDBESTÄTIGUNG
Dies ist eine automatisch erzeugte Nachricht.

Kunde:               Hartmann Home & Garden GmbH, Hamburg
Ihre Bestellung:     P05208
Lieferavis-Nr.:      8800231
Versanddatum:        14.10.2026
Versandart:          DPD Paket, 6 Packstücke
Paketnummern:        01505520098811, 01505520098812
Vorauss. Zustellung: 15.10.2026

Pos  Artikel     Bezeichnung                    Menge  ME
1    EK-WK-17    Wasserkocher Edelstahl 1,7 l   48     Stk
2    EK-TO-2     Toaster 2-Scheiben weiß        36     Stk

Lieferstatus: vollständig

Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen: vertrieb@elektro-kaiser.de
""", end="Bitte antworten Sie nicht", change="shipping", intent="shipping_notice", po=["P05208"],
     vref=["8800231"], commit=("2026-10-15", "Vorauss. Zustellung: 15.10.2026"),
     dates=[("2026-10-14", "ship_date", "14.10.2026"), ("2026-10-15", "confirmed_delivery", "15.10.2026")],
     lines=[("EK-WK-17", 48, "Stk", "1    EK-WK-17    Wasserkocher Edelstahl 1,7 l   48     Stk", "P05208"),
            ("EK-TO-2", 36, "Stk", "2    EK-TO-2     Toaster 2-Scheiben weiß        36     Stk", "P05208")],
     track=[("DPD", "01505520098811", "01505520098811"), ("DPD", "01505520098812", "01505520098812")]),

dict(v="bergholz", c=1, lang="de", at="2026-10-07 09:25", subj="P05209 Buche oder Esche?",
     text="""
Hoi Laura

Kurze Frage zu P05209: Bei den Schneidebrettern BH-SB-38 ist uns das Buchenholz ausgegangen, die nächste Lieferung vom Sägewerk kommt erst im Januar. Wir hätten aber genug Esche an Lager – gleiche Masse, gleicher Preis, etwas hellere Farbe.

Wäre Esche für euch ok? Dann bleibt alles beim alten Termin. Wenn ihr auf Buche besteht, müssten wir verschieben.

Gib mir bitte bis Freitag Bescheid, dann kann ich die Produktion einplanen.

Liebe Grüsse
Corinne
""", end="Liebe Grüsse", change="none", intent="question", po=["P05209"],
     dates=[("2027-01-01", "other", "erst im Januar"), ("2026-10-09", "other", "bis Freitag")]),

dict(v="brunner", lang="de", at="2026-11-09 16:30", subj="Liefertermine P05210 und P05211",
     text="""
Grüezi Herr Osei

Ich muss Ihnen leider eine Terminänderung mitteilen: Bei der Bestellung P05210 (Bademäntel BT-BM-L, 300 Stück) verschiebt sich die Lieferung von KW 47 auf KW 49. Unsere Färberei hat eine Maschinenpanne, die Ersatzteile sind bestellt.

Die Bestellung P05211 (Gästetücher BT-GT-30) ist nicht betroffen, der Termin in KW 47 bleibt bestehen.

Für die Umstände entschuldige ich mich.

Freundliche Grüsse
Reto Brunner
Brunner Textil AG
""", end="Freundliche Grüsse", change="date", intent="delay", sec=["confirmation"],
     po=["P05210", "P05211"], commit=("2026-11-30", "verschiebt sich die Lieferung von KW 47 auf KW 49"),
     dates=[("2026-11-16", "other", ("KW 47", 0)), ("2026-11-30", "new_eta", "KW 49"),
            ("2026-11-16", "confirmed_delivery", ("KW 47", 1))],
     changes=[("P05210", "delay", "2026-11-30", None, "verschiebt sich die Lieferung von KW 47 auf KW 49"),
              ("P05211", "confirmation", "2026-11-16", None, "der Termin in KW 47 bleibt bestehen")]),

dict(v="hansa", frm="Hansa Glas & Porzellan Buchhaltung <buchhaltung@hansa-glas.de>", lang="de",
     at="2026-12-01 08:00", subj="Kontoauszug per 30.11.2026 – Hartmann Home & Garden",
     text="""
Sehr geehrte Damen und Herren,

anbei erhalten Sie Ihren Kontoauszug per 30.11.2026. Folgende Posten sind offen:

Beleg         Datum        Bestellung   Betrag EUR   fällig am
RE-26-8812    02.11.2026   P05212       4.380,00     02.12.2026
RE-26-9034    13.11.2026   P05263       6.102,00     13.12.2026

Wir bitten um Ausgleich der fälligen Posten. Sollten sich Ihre Zahlung und dieses Schreiben überschnitten haben, betrachten Sie diese Mitteilung bitte als gegenstandslos.

Mit freundlichen Grüßen
Buchhaltung
Hansa Glas & Porzellan GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="other", po=["P05212", "P05263"],
     vref=["RE-26-8812", "RE-26-9034"],
     dates=[("2026-11-30", "other", "30.11.2026"), ("2026-11-02", "other", "02.11.2026"),
            ("2026-12-02", "other", "02.12.2026"), ("2026-11-13", "other", "13.11.2026"),
            ("2026-12-13", "other", "13.12.2026")]),

dict(v="schwarzwald", lang="de", at="2026-11-05 17:20", subj="Ihre Bestellung P05213 – vielen Dank!",
     text="""
Hallo Frau Klein,

vielen Dank für Ihren Besuch an unserem Stand und für die Bestellung P05213, die heute Mittag bei uns eingegangen ist. Ich habe sie gleich an die Auftragsbearbeitung weitergegeben; die Auftragsbestätigung mit den Lieferterminen bekommen Sie spätestens am Montag von Frau Hoffmann.

Es hat mich sehr gefreut, Sie persönlich kennenzulernen!

Herzliche Grüße aus Triberg
Markus Weber
""", end="Herzliche Grüße aus Triberg", change="none", intent="other", po=["P05213"],
     dates=[("2026-11-05", "other", "heute Mittag"), ("2026-11-09", "other", "am Montag")]),

dict(v="steirer", lang="de", at="2026-11-12 19:48", subj="Re: P05214 Termin?",
     text="""
passt, P05214 geht wie ausgmacht am 20. raus, is dann am 23. bei euch. lg Wolfgang

Von meinem iPhone gesendet

> Am 12.11.2026 um 15:10 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
>
> Hallo Wolfgang, bleibt es bei P05214 beim Termin? Wir brauchen die Blumentöpfe spätestens am 25.11. in Hamburg.
""", end="lg Wolfgang", change="none", intent="confirmation", po=["P05214"],
     commit=("2026-11-23", "is dann am 23. bei euch"),
     dates=[("2026-11-20", "ship_date", "am 20. raus"), ("2026-11-23", "confirmed_delivery", "am 23. bei euch")]),

dict(v="steirer", c=1, lang="de", at="2026-11-26 10:05", subj="P05215 – Palettierung / Verpackungsvorgaben",
     text="""
Sehr geehrte Frau Jensen,

Ihre Bestellung P05215 (Pflanzgefäße Terrakotta ST-PG-30 und ST-PG-40) wird derzeit glasiert und ist voraussichtlich ab 03.12. versandbereit.

Bevor wir verpacken, benötigen wir noch folgende Angaben von Ihnen:
1. Europaletten (tauschfähig) oder Einwegpaletten?
2. Maximale Ladehöhe inkl. Palette – 1,60 m oder 2,00 m?
3. Sollen die Paletten mit Ihren SSCC-Etiketten versehen werden? Falls ja, bitte die Etiketten als PDF schicken.

Ohne diese Informationen können wir leider nicht ausliefern.

Mit freundlichen Grüßen
Katharina Steiner
Steirische Keramik GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="question", po=["P05215"],
     dates=[("2026-12-03", "other", "ab 03.12. versandbereit")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-19 11:10", subj="P05216 – früher möglich",
     text="""
Hallo Frau Klein,

gute Nachrichten zu P05216 (Tischleuchten EK-TL-40): Die Ware ist früher fertig geworden als geplant. Wir liefern daher schon am Mittwoch, 25.11. statt am 02.12. – Ihr Wareneingang in Billbrook hat den neuen Termin heute Morgen telefonisch bestätigt.

Viele Grüße
Petra Lange
""", end="Viele Grüße", change="date", intent="confirmation", po=["P05216"],
     commit=("2026-11-25", "Wir liefern daher schon am Mittwoch, 25.11."),
     dates=[("2026-11-25", "confirmed_delivery", "Mittwoch, 25.11."), ("2026-12-02", "other", "statt am 02.12."),
            ("2026-11-19", "other", "heute Morgen")]),

dict(v="hansa", frm="Hansa Glas & Porzellan <newsletter@hansa-glas.de>", lang="de", at="2026-12-02 07:30",
     subj="Neuheiten 2027 & Einladung zur Hausmesse",
     text="""
Sie können diese E-Mail nicht richtig lesen? Im Browser öffnen.

Liebe Handelspartner,

das Jahr neigt sich dem Ende zu – Zeit für einen Blick nach vorn! Mit der Kollektion „Nordlicht" bringen wir 2027 zwölf neue Gläser- und Geschirrserien in skandinavischem Design auf den Markt.

▶ Vorbestellungen zum Einführungsrabatt von 10 % sind bis 18.12. möglich.
▶ Hausmesse in Lübeck: 14. und 15. Januar 2027, jeweils 9–17 Uhr. Anmeldung unter hansa-glas.de/hausmesse
▶ Unser Werksverkauf bleibt vom 24.12. bis 01.01. geschlossen.

Wir freuen uns auf Ihren Besuch!
Ihr Team von Hansa Glas & Porzellan

Abmelden | Datenschutz | Impressum
""", end="Ihr Team von Hansa", change="none", intent="other",
     dates=[("2026-12-18", "other", "bis 18.12."), ("2027-01-14", "other", "14. und"),
            ("2027-01-15", "other", "15. Januar 2027"), ("2026-12-24", "other", "24.12."),
            ("2027-01-01", "other", "01.01.")]),

dict(v="mueller", lang="de", at="2026-10-08 13:40", subj="P05218 Akku-Heckenscheren",
     text="""
Hallo Herr Brandt,

schlechte Nachrichten zu P05218: Die Akku-Heckenscheren MG-HS-60 sind bis auf Weiteres nicht lieferbar. Unser Hersteller in Taiwan hat wegen eines Rückrufs der Akkuzellen die komplette Produktion gestoppt. Den bestätigten Termin 14.10. können wir damit nicht halten, und einen neuen Termin kann ich Ihnen im Moment seriös nicht nennen.

Sobald ich vom Werk etwas höre, melde ich mich. Wenn Sie die Position lieber stornieren möchten, ist das für uns in Ordnung.

Beste Grüße
Jürgen Müller
""", end="Beste Grüße", change="date", intent="delay", po=["P05218"],
     dates=[("2026-10-14", "other", "Termin 14.10.")]),

dict(v="brunner", c=1, lang="de", at="2026-10-27 08:55", subj="AW: P05219",
     text="""
Hoi Mike

P05219 ist heute Morgen komplett mit Planzer raus, 3 Paletten / 84 Kartons Badetücher BT-BT-100. Lieferung am Donnerstag zwischen 8 und 12 Uhr, der Fahrer meldet sich eine Stunde vorher.

Frachtbrief Nr. 77-30418-2

Gruess
Nadine
""", end="Gruess", change="shipping", intent="shipping_notice", po=["P05219"],
     commit=("2026-10-29", "Lieferung am Donnerstag"),
     dates=[("2026-10-27", "ship_date", "heute Morgen"), ("2026-10-29", "confirmed_delivery", "am Donnerstag")],
     lines=[("BT-BT-100", 84, "Kartons", "84 Kartons Badetücher BT-BT-100", "P05219")],
     track=[("Planzer", "77-30418-2", "Frachtbrief Nr. 77-30418-2")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-12-03 10:45", subj="Rückfragen zu P05220 (Lieferadresse und Zahlungsbedingung)",
     text="""
Guten Morgen Frau Jensen,

bevor wir Ihre Bestellung P05220 (Edelstahl-Töpfe SH-TS-5, 150 Sets) ausliefern, habe ich zwei Fragen:

1. Lieferadresse: In der Bestellung steht „Lager Hamburg-Billbrook", im beigefügten Avisierungsformular aber „Zentrallager Neumünster, Rampe 4". Wohin soll die Ware gehen?

2. Zahlungsbedingung: Die Bestellung sieht „Vorkasse 2 % Skonto" vor, vereinbart sind bei uns aber 30 Tage netto. Sollen wir die Rechnung trotzdem mit Skonto ausstellen?

Die Ware steht ab dem 10.12. bei uns versandbereit.

Vielen Dank und freundliche Grüße
Sabine Hoffmann
""", end="Vielen Dank und freundliche Grüße", change="none", intent="question", po=["P05220"],
     dates=[("2026-12-10", "other", "ab dem 10.12.")]),

dict(v="hansa", lang="de", at="2026-12-10 15:30", subj="Teillieferung zu P05221 / Lieferschein LS-HG-26-7714",
     text="""
Hallo Herr Osei,

heute ist Ihre Bestellung P05221 teilweise rausgegangen, Spedition Hellmann, Sendung 4471-0020-88. Zustellung morgen Vormittag.

Nicht dabei ist Pos. 30, die Espressotassen HG-ET-08: 120 Stück fehlen noch, weil beim Dekorbrand zu viel Ausschuss war. Die liefern wir in KW 2/2027 nach.

Alles Weitere im Lieferschein.

Viele Grüße
Anke Petersen

--- attachment: LS-HG-26-7714.pdf ---
LIEFERSCHEIN LS-HG-26-7714 · Datum 10.12.2026 · Ihre Bestellnr. P05221
Pos | Artikel  | Bezeichnung            | Bestellt | Geliefert | Rückstand
10  | HG-TB-27 | Teller tief 27 cm      | 360      | 360       | 0
20  | HG-TB-21 | Dessertteller 21 cm    | 360      | 360       | 0
30  | HG-ET-08 | Espressotasse 8 cl     | 240      | 120       | 120
40  | HG-MU-35 | Becher 350 ml          | 180      | 180       | 0
""", end="Viele Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P05221"], vref=["LS-HG-26-7714"], commit=("2027-01-11", "Die liefern wir in KW 2/2027 nach"),
     dates=[("2026-12-10", "ship_date", "heute ist Ihre Bestellung"), ("2026-12-11", "confirmed_delivery", "morgen Vormittag"),
            ("2027-01-11", "new_eta", "KW 2/2027"), ("2026-12-10", "other", "Datum 10.12.2026")],
     lines=[("HG-ET-08", 120, "Stück", "120 Stück fehlen noch", "P05221"),
            ("HG-TB-27", 360, None, "10  | HG-TB-27 | Teller tief 27 cm      | 360      | 360       | 0", "P05221"),
            ("HG-TB-21", 360, None, "20  | HG-TB-21 | Dessertteller 21 cm    | 360      | 360       | 0", "P05221"),
            ("HG-ET-08", 120, None, "30  | HG-ET-08 | Espressotasse 8 cl     | 240      | 120       | 120", "P05221"),
            ("HG-MU-35", 180, None, "40  | HG-MU-35 | Becher 350 ml          | 180      | 180       | 0", "P05221")],
     track=[("Hellmann", "4471-0020-88", "Sendung 4471-0020-88")]),

dict(v="steirer", lang="de", at="2026-12-02 18:20", subj="Re: P05222 Liefertermin 10.12.?",
     text="""
Servus Tim,

leider schlechte Nachricht: die P05222 müssen wir stornieren. Unser großer Brennofen ist kaputt gegangen und der Techniker kommt erst im Jänner. Bis Weihnachten wird das nix mehr mit den Keramik-Laternen, und nach Neujahr brauchts ihr die eh nicht mehr.

Tut mir echt leid, beim nächsten Mal wieder!
Wolfgang

Am Mi., 2. Dez. 2026 um 09:12 Uhr schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Hallo Wolfgang, liefert ihr P05222 wie bestätigt am 10.12.?
""", end="Wolfgang\n\nAm", change="cancel", intent="cancellation", po=["P05222"],
     dates=[("2027-01-01", "other", "erst im Jänner")]),

dict(v="kaiser", frm="Elektro Kaiser Auftragsbearbeitung <ab@elektro-kaiser.de>", lang="de", at="2026-10-22 14:02",
     subj="Auftragsbestätigung 2026-8841 / Ihre Bestellung P05223",
     text="""
Sehr geehrte Damen und Herren,

vielen Dank für Ihren Auftrag. Im Anhang erhalten Sie unsere Auftragsbestätigung. Bitte prüfen Sie diese auf Richtigkeit; Abweichungen teilen Sie uns bitte innerhalb von 3 Werktagen mit.

Mit freundlichen Grüßen
Ihre Auftragsbearbeitung
Elektro Kaiser GmbH

--- attachment: AB_2026-8841.pdf ---
Elektro Kaiser GmbH · Industriestr. 14 · 72622 Nürtingen
AUFTRAGSBESTÄTIGUNG Nr. 2026-8841 vom 22.10.2026
Ihre Bestell-Nr.: P05223 vom 20.10.2026 · Ihr Zeichen: T. Brandt
Pos. Menge  Artikel    Bezeichnung                      EP EUR   GP EUR
1    300    EK-NL-3    Nachtlicht LED mit Sensor        4,95     1.485,00
2    150    EK-ZS-6    Zeitschaltuhr digital            7,40     1.110,00
Liefertermin: KW 45/2026 (Anlieferung Do., 05.11.2026)
Lieferbedingung: frei Haus, Zahlung 30 Tage netto
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P05223"],
     vref=["2026-8841"], commit=("2026-11-05", "Anlieferung Do., 05.11.2026"),
     dates=[("2026-10-22", "other", "22.10.2026"), ("2026-10-20", "other", "20.10.2026"),
            ("2026-11-02", "confirmed_delivery", "KW 45/2026"), ("2026-11-05", "confirmed_delivery", "05.11.2026")],
     lines=[("EK-NL-3", 300, None, "1    300    EK-NL-3    Nachtlicht LED mit Sensor        4,95     1.485,00", "P05223"),
            ("EK-ZS-6", 150, None, "2    150    EK-ZS-6    Zeitschaltuhr digital            7,40     1.110,00", "P05223")]),

dict(v="schwarzwald", lang="de", at="2026-11-11 09:15", subj="Auftragsbestätigung P05224",
     text="""
Guten Morgen Herr Osei,

Korrektur zu unserer AB 26-3390 von gestern: Der dort genannte Liefertermin 27.11. ist leider nicht zu halten – da hat unser System noch mit dem alten Lagerbestand gerechnet. Die Bräter SH-BR-35 kommen erst am 07.12.; richtig ist also der 7. Dezember für die ganze Bestellung P05224. Eine korrigierte AB schicke ich Ihnen gleich.

Bitte entschuldigen Sie das Durcheinander.

Gruß
Markus Weber
""", end="Gruß\nMarkus", change="date", intent="delay", po=["P05224"], vref=["AB 26-3390"],
     commit=("2026-12-07", "richtig ist also der 7. Dezember"),
     dates=[("2026-11-10", "other", "von gestern"), ("2026-11-27", "other", "Liefertermin 27.11."),
            ("2026-12-07", "new_eta", "am 07.12."), ("2026-12-07", "new_eta", "der 7. Dezember")]),

dict(v="mueller", lang="de", at="2026-11-20 11:00", subj="Neue Ansprechpartnerin ab Dezember",
     text="""
Sehr geehrte Frau Klein,

nach 31 Jahren bei Müller Gartentechnik gehe ich in den Ruhestand. Ab dem 01.12. übernimmt meine Kollegin Claudia Schmitt die Betreuung Ihres Hauses; sie ist bereits in alle laufenden Vorgänge eingearbeitet, auch in die offene Bestellung P05225.

Sie erreichen Frau Schmitt unter claudia.schmitt@mueller-gartentechnik.de oder 07121 55 48-12. Mein letzter Arbeitstag ist der 18. Dezember.

Für die langjährige, immer angenehme Zusammenarbeit bedanke ich mich herzlich.

Mit freundlichen Grüßen
Jürgen Müller
""", end="Mit freundlichen Grüßen", change="none", intent="other", po=["P05225"],
     dates=[("2026-12-01", "other", "Ab dem 01.12."), ("2026-12-18", "other", "der 18. Dezember")]),

dict(v="schwarzwald", frm="Schwarzwald Haushaltswaren Vertrieb <vertrieb@schwarzwald-haushalt.de>", lang="de",
     at="2026-11-30 09:00", subj="Energiekostenzuschlag ab 01.01.2027",
     text="""
Sehr geehrte Kundin, sehr geehrter Kunde,

die Energiepreise für unsere Emaillier- und Härteöfen sind im zweiten Halbjahr erneut deutlich gestiegen. Wir sehen uns daher gezwungen, ab dem 1. Januar 2027 einen Energiekostenzuschlag von 4,5 % auf alle Artikel zu erheben.

Der Zuschlag gilt für alle Lieferungen ab diesem Datum, also auch für bereits erteilte, aber noch nicht ausgelieferte Aufträge (bei Ihnen: P05226). Lieferungen bis einschließlich 31.12.2026 berechnen wir zu den bisherigen Konditionen.

Wir danken für Ihr Verständnis.

Mit freundlichen Grüßen
Vertrieb
Schwarzwald Haushaltswaren GmbH
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P05226"],
     dates=[("2027-01-01", "price_effective", "ab dem 1. Januar 2027"), ("2026-12-31", "other", "31.12.2026")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2027-01-01",
                  quote="einen Energiekostenzuschlag von 4,5 % auf alle Artikel")]),

dict(v="polska", lang="de", at="2026-11-04 12:30", subj="Frage Bestellung P05227 Farbe",
     text="""
Sehr geehrte Frau Klein,

wir haben eine Frage zu Ihre Bestellung P05227 (Tassen und Teller Serie "Lato"). Die Farbe "salbei" (PC-LT-SB) ist leider nicht mehr möglich, weil unsere Glasur Lieferant hat diese Farbe eingestellt. Wir können anbieten Farbe "oliv" (PC-LT-OL), ist sehr ähnlich, Foto ist in Anhang. Preis ist gleich.

Bitte geben Sie uns Antwort bis Montag, weil dann die Produktion startet. Wenn oliv ist nicht OK, wir müssen Position streichen.

Mit freundliche Grüße
Katarzyna Nowak
Polska Ceramika Sp. z o.o.
""", end="Mit freundliche Grüße", change="none", intent="question", po=["P05227"],
     dates=[("2026-11-09", "other", "bis Montag")]),

dict(v="kaiser", lang="de", at="2026-10-14 17:10", subj="WG: P05228 Lieferung morgen",
     text="""
Hallo Frau Klein,

kurze Info, die Wandleuchten EK-WL-22 für P05228 kommen nicht wie bestätigt morgen, sondern erst Ende nächster Woche. Der Glasschirm-Lieferant hat falsche Gewinde geliefert, wir müssen nacharbeiten.

Alle anderen Positionen aus P05228 kommen morgen wie geplant.

Gruß
Stefan Kaiser
""", end="Gruß\nStefan", change="date", intent="delay", sec=["confirmation"], po=["P05228"],
     commit=("2026-10-23", "sondern erst Ende nächster Woche"),
     dates=[("2026-10-15", "other", "wie bestätigt morgen"), ("2026-10-23", "new_eta", "Ende nächster Woche"),
            ("2026-10-15", "confirmed_delivery", "kommen morgen wie geplant")]),

dict(v="alpen", c=1, lang="de", at="2026-12-09 14:40", subj="Versand P05229",
     text="""
Hallo Herr Brandt,

Ihre Bestellung P05229 (Kletzenbrot AF-KB-750, 200 Stück, und Zirbenlikör AF-ZL-05, 96 Flaschen) wurde heute komplett verladen. Zustellung durch DB Schenker übermorgen, also am Freitag.

Sendungsnummer: 1Z-SCH-4451200938
Lieferschein Nr. LS-AF-26-5120

Schöne Grüße
Theresa Huber
""", end="Schöne Grüße", change="shipping", intent="shipping_notice", po=["P05229"], vref=["LS-AF-26-5120"],
     commit=("2026-12-11", "Zustellung durch DB Schenker übermorgen, also am Freitag"),
     dates=[("2026-12-09", "ship_date", "heute komplett verladen"), ("2026-12-11", "confirmed_delivery", "übermorgen"),
            ("2026-12-11", "confirmed_delivery", "am Freitag")],
     lines=[("AF-KB-750", 200, "Stück", "Kletzenbrot AF-KB-750, 200 Stück", "P05229"),
            ("AF-ZL-05", 96, "Flaschen", "Zirbenlikör AF-ZL-05, 96 Flaschen", "P05229")],
     track=[("DB Schenker", "1Z-SCH-4451200938", "Sendungsnummer: 1Z-SCH-4451200938")]),

dict(v="bergholz", frm="Bergholz Holzwaren AG <info@bergholz.ch>", lang="de", at="2026-12-07 08:15",
     subj="Betriebsferien 2026/27",
     text="""
Geschätzte Kundinnen und Kunden

Unsere Werkstatt und das Büro bleiben über die Festtage vom Donnerstag, 24. Dezember 2026 bis und mit Sonntag, 3. Januar 2027 geschlossen.

Bitte beachten Sie: Sendungen, die bis zum 18.12. nicht verladen sind, verlassen unser Haus erst wieder ab dem 4. Januar. Bestellungen für Lieferungen im Januar nehmen wir gerne bis am 16.12. entgegen.

Wir danken Ihnen für Ihr Vertrauen im vergangenen Jahr und wünschen schöne Festtage und einen guten Rutsch!

Herzliche Grüsse
Ihr Bergholz-Team
""", end="Herzliche Grüsse", change="none", intent="other",
     dates=[("2026-12-24", "other", "Donnerstag, 24. Dezember 2026"), ("2027-01-03", "other", "Sonntag, 3. Januar 2027"),
            ("2026-12-18", "other", "bis zum 18.12."), ("2027-01-04", "other", "ab dem 4. Januar"),
            ("2027-01-01", "other", "Lieferungen im Januar"), ("2026-12-16", "other", "bis am 16.12.")]),

dict(v="hansa", c=1, lang="de", at="2026-11-24 16:40", subj="Re: Becher für P05231",
     text="""
Moin Tim,

passt so, hab's mit dem Lager abgesprochen: die 600 Becher HG-BE-30 für P05231 kommen wie besprochen am Montag, den 30.11., zusammen mit dem Rest der Bestellung. Lieferschein geht mit.

Gruß Ole

Am 24.11.2026 um 11:02 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Moin Ole,
> bekommt ihr die Becher bis Ende November hin? Laut eurer AB war ja erst Mitte Dezember geplant.
> Gruß Tim
""", end="Gruß Ole", change="date", intent="confirmation", po=["P05231"],
     commit=("2026-11-30", "kommen wie besprochen am Montag, den 30.11."),
     dates=[("2026-11-30", "confirmed_delivery", "am Montag, den 30.11.")],
     lines=[("HG-BE-30", 600, None, "600 Becher HG-BE-30", "P05231")]),

dict(v="steirer", c=1, lang="de", at="2026-10-27 13:20", subj="P05232 Mengenänderung",
     text="""
Sehr geehrter Herr Osei,

zu Ihrer Bestellung P05232 (Übertöpfe ST-UT-18 glasiert, 500 Stück) müssen wir Ihnen mitteilen, dass wir nur 400 Stück liefern können. Die Glasur „Moosgrün" wird nicht mehr hergestellt, und mit dem Restbestand kommen wir auf genau 400 Stück. Die fehlenden 100 Stück entfallen ersatzlos – eine Nachlieferung ist nicht möglich.

Die 400 Stück liefern wir wie geplant am 03.11.

Mit freundlichen Grüßen
Katharina Steiner
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", sec=["confirmation"],
     po=["P05232"], commit=("2026-11-03", "Die 400 Stück liefern wir wie geplant am 03.11."),
     dates=[("2026-11-03", "confirmed_delivery", "am 03.11.")],
     lines=[("ST-UT-18", 400, "Stück", "nur 400 Stück", "P05232"),
            ("ST-UT-18", 100, "Stück", "fehlenden 100 Stück entfallen", "P05232")]),

dict(v="mueller", c=1, lang="de", at="2026-11-18 10:20", subj="Rechnung RE-2026-12210 / P05233 – offen?",
     text="""
Hallo Herr Brandt,

zwei Dinge:

1. Unsere Rechnung RE-2026-12210 vom 05.10.2026 zu Ihrer Bestellung P05233 ist laut unserer Buchhaltung noch offen, fällig war sie am 04.11.2026. Können Sie kurz prüfen, ob die Zahlung schon angewiesen wurde? Vielleicht ist sie ja nur unterwegs.

2. Für die Saisonplanung 2027: Können Sie uns bis Mitte Dezember eine grobe Mengenvorschau für Rasenmäher und Vertikutierer geben? Die Werke wollen die Kapazitäten früh fixieren.

Danke und viele Grüße
Claudia Schmitt
""", end="Danke und viele Grüße", change="none", intent="question", po=["P05233"], vref=["RE-2026-12210"],
     dates=[("2026-10-05", "other", "05.10.2026"), ("2026-11-04", "other", "04.11.2026"),
            ("2026-12-15", "other", "bis Mitte Dezember")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-11-11 10:30", subj="WG: Tourenplanung KW 46 – P05234",
     text="""
Hallo Frau Klein,

siehe unten von unserem Versand – leider geht P05234 nicht mehr diese Woche raus. Zustellung bei Ihnen dann am Dienstag, 17.11. statt morgen. Sorry für die kurzfristige Info!

Viele Grüße
Sabine Hoffmann

---------- Weitergeleitete Nachricht ---------
Von: Versand Schwarzwald <versand@schwarzwald-haushalt.de>
Datum: Mi., 11. Nov. 2026 um 08:12
Betreff: Tourenplanung KW 46
An: Sabine Hoffmann <sabine.hoffmann@schwarzwald-haushalt.de>

Hallo Sabine,
Tour Hamburg ist voll. P05234 (Hartmann, 4 Pal.) geht nicht Do raus sondern erst Mo mit der Sammeltour, Zustellung dann Di.
Gruß Erwin
""", end="Viele Grüße", change="date", intent="delay", po=["P05234"],
     commit=("2026-11-17", "Zustellung bei Ihnen dann am Dienstag, 17.11."),
     dates=[("2026-11-09", "other", "diese Woche"), ("2026-11-17", "new_eta", "Dienstag, 17.11."),
            ("2026-11-12", "other", "statt morgen"), ("2026-11-12", "other", "nicht Do raus"),
            ("2026-11-16", "ship_date", "erst Mo"), ("2026-11-17", "new_eta", "Zustellung dann Di")]),

dict(v="brunner", lang="de", at="2026-09-29 15:00", subj="Bestätigung P05235 / P05264 Frottier",
     text="""
Grüezi Frau Jensen

Gerne bestätige ich Ihnen die beiden Bestellungen:

- P05235, Duschtücher BT-DT-140, 500 Stück: Lieferung Mittwoch, 21. Oktober 2026
- P05264, Waschlappen BT-WL-30, 1'200 Stück: Lieferung KW 44

Preise und Konditionen wie vereinbart. Die Auftragsbestätigungen folgen separat per Post.

Freundliche Grüsse
Reto Brunner
""", end="Freundliche Grüsse", change="none", intent="confirmation", po=["P05235", "P05264"],
     commit=("2026-10-21", "Lieferung Mittwoch, 21. Oktober 2026"),
     dates=[("2026-10-21", "confirmed_delivery", "Mittwoch, 21. Oktober 2026"), ("2026-10-26", "confirmed_delivery", "KW 44")],
     lines=[("BT-DT-140", 500, "Stück", "Duschtücher BT-DT-140, 500 Stück", "P05235"),
            ("BT-WL-30", 1200, "Stück", "Waschlappen BT-WL-30, 1'200 Stück", "P05264")],
     changes=[("P05235", "confirmation", "2026-10-21", 500, "P05235, Duschtücher BT-DT-140, 500 Stück: Lieferung Mittwoch, 21. Oktober 2026"),
              ("P05264", "confirmation", "2026-10-26", 1200, "P05264, Waschlappen BT-WL-30, 1'200 Stück: Lieferung KW 44")]),

dict(v="twente", c=1, lang="nl", at="2026-11-23 09:40", subj="P05236 drukbestand logo deksels",
     text="""
Hoi Sandra,

Voor P05236 (opbergboxen met bedrukt deksel, TK-OB-30) hebben we nog jullie logo nodig als vectorbestand (pdf, ai of eps). Het bestand dat we van Tim kregen is een jpg van 72 dpi, daar kunnen we geen zeefdrukraam van maken.

Kun je het uiterlijk woensdag sturen? De levering staat nog steeds op vrijdag 4 december.

Alvast bedankt!
Ilse Bosman
Twentse Kunststoffen B.V.
""", end="Alvast bedankt!", change="none", intent="question", po=["P05236"],
     commit=("2026-12-04", "De levering staat nog steeds op vrijdag 4 december"),
     dates=[("2026-11-25", "other", "uiterlijk woensdag"), ("2026-12-04", "confirmed_delivery", "vrijdag 4 december")]),

dict(v="gentse", lang="nl", at="2026-10-21 08:03", subj="Automatisch antwoord: P05237 leveringsdatum kaarsen",
     text="""
Beste,

Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 30 oktober en heb in die periode geen toegang tot mijn mails.

Vanaf maandag 2 november ben ik terug op kantoor. Voor dringende vragen over bestellingen kan u terecht bij mijn collega Els Vermeulen (els.vermeulen@gentsekaarsen.be of +32 9 223 41 87).

Met vriendelijke groeten,
Koen De Smet
Gentse Kaarsenmakerij BV
""", end="Met vriendelijke groeten,", change="none", intent="other", po=["P05237"],
     dates=[("2026-10-30", "other", "vrijdag 30 oktober"), ("2026-11-02", "other", "maandag 2 november")]),

dict(v="vanderberg", lang="nl", at="2026-11-05 14:10", subj="RE: P05238 plantenbakken levering 12/11",
     text="""
Hallo Laura,

Helaas moet ik je laten weten dat de levering van P05238 (plantenbakken VB-PB-80, 240 stuks) wordt uitgesteld naar week 48. De eerder doorgegeven datum van 12 november halen we niet; de coating van de bakken moet opnieuw omdat de kleur niet goed was.

Ik hou je op de hoogte als ik de precieze dag weet.

Met vriendelijke groet,
Pieter van der Berg
Van der Berg Tuinartikelen B.V.

-----Oorspronkelijk bericht-----
Van: Laura Jensen <laura.jensen@hhg-retail.com>
Verzonden: maandag 2 november 2026 10:22
Aan: Pieter van der Berg
Onderwerp: P05238 plantenbakken levering 12/11

Hoi Pieter, kun je bevestigen dat P05238 op 12/11 bij ons is? We willen ze in de folder van week 47.
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P05238"],
     commit=("2026-11-23", "wordt uitgesteld naar week 48"),
     dates=[("2026-11-23", "new_eta", "week 48"), ("2026-11-12", "other", "12 november")]),

dict(v="devries", lang="nl", at="2026-11-04 10:25", subj="P05239 – kan eerder!",
     text="""
Goedemorgen Mike,

Goed nieuws: de afwasborstels DV-AB-12 voor P05239 zijn sneller klaar dan gepland. We hebben de levering daarom vervroegd naar dinsdag 10 november in plaats van donderdag 19 november. Jullie magazijn heeft het gewijzigde slot al bevestigd (dock 3, 07:30 uur).

Groet,
Mark de Vries
""", end="Groet,", change="date", intent="confirmation", po=["P05239"],
     commit=("2026-11-10", "levering daarom vervroegd naar dinsdag 10 november"),
     dates=[("2026-11-10", "confirmed_delivery", "dinsdag 10 november"), ("2026-11-19", "other", "donderdag 19 november")]),

dict(v="kempen", lang="nl", at="2026-12-14 11:30", subj="Prijsaanpassing 2027 eiken meubelen",
     text="""
Beste Tim,

Zoals al aangekondigd op de beurs in Kortrijk: vanaf 1 februari 2027 passen wij onze prijzen aan. Voor jullie assortiment betekent dat:

- KM-ST-90 eiken salontafel 90 cm: van € 189,00 naar € 204,00
- KM-BK-40 eiken boekenkast 40 cm: van € 142,50 naar € 149,00

De lopende bestelling P05240 leveren we nog aan de oude prijzen.

Met vriendelijke groeten,
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Met vriendelijke groeten,", change="price", intent="price_change", po=["P05240"],
     dates=[("2027-02-01", "price_effective", "vanaf 1 februari 2027")],
     prices=[dict(product="KM-ST-90", old=189.00, new=204.00, cur="EUR", eff="2027-02-01",
                  quote="KM-ST-90 eiken salontafel 90 cm: van € 189,00 naar € 204,00"),
             dict(product="KM-BK-40", old=142.50, new=149.00, cur="EUR", eff="2027-02-01",
                  quote="KM-BK-40 eiken boekenkast 40 cm: van € 142,50 naar € 149,00")]),

dict(v="twente", lang="nl", at="2026-10-20 12:48", subj="Re: P05241 pallets",
     text="""
Mike, nog even: moeten de pallets voor P05241 gewikkeld met stretchfolie én hoekprofielen, of is folie genoeg? En max. hoogte 1,80 of mag 2,40?

Verstuurd vanaf mijn iPhone

> Op 20 okt. 2026 om 09:15 heeft Mike Osei <mike.osei@hhg-retail.com> het volgende geschreven:
>
> Ruud, graag P05241 op pallets aanleveren i.p.v. losse dozen, de rest zoals besteld.
""", end="Verstuurd vanaf mijn iPhone", change="none", intent="question", po=["P05241"]),

dict(v="kaashandel", frm="Hollandse Kaashandel <info@hollandsekaas.nl>", lang="nl", at="2026-12-01 07:00",
     subj="Nieuwsbrief december – kerstassortiment & Horecava",
     text="""
Beste relatie,

December is kaasmaand! In deze nieuwsbrief:

* Kerstassortiment: onze truffel-Gouda en de 48 maanden oude kaas zijn weer leverbaar. Bestel vóór 10 december voor levering vóór de feestdagen.
* Horecava 2027: u vindt ons van 11 t/m 14 januari 2027 in hal 8, stand 8.112.
* Nieuw in het assortiment: geitenkaas met honing (HK-GH-200).

Wij wensen u fijne feestdagen!

Team Hollandse Kaashandel

U ontvangt deze e-mail omdat u klant bent bij Hollandse Kaashandel B.V. Afmelden
""", end="Team Hollandse Kaashandel", change="none", intent="other",
     dates=[("2026-12-10", "other", "vóór 10 december"), ("2027-01-11", "other", "11 t/m"),
            ("2027-01-14", "other", "14 januari 2027")]),

dict(v="jansen", frm="Elektro Jansen Administratie <administratie@elektrojansen.nl>", lang="nl",
     at="2026-11-16 06:30", subj="Factuur 2026-10457 – order P05243",
     text="""
Geachte heer/mevrouw,

In de bijlage vindt u factuur 2026-10457 voor uw order P05243 (geleverd op 12-11-2026, pakbon PB-77810).

Factuurdatum: 16-11-2026
Factuurbedrag: € 3.214,50 incl. btw-verlegging
Vervaldatum: 16-12-2026

Wij verzoeken u het bedrag vóór de vervaldatum over te maken op IBAN NL42 RABO 0312 4478 90 onder vermelding van het factuurnummer.

Met vriendelijke groet,
Administratie Elektro Jansen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P05243"],
     vref=["2026-10457", "PB-77810"],
     dates=[("2026-11-12", "other", "12-11-2026"), ("2026-11-16", "other", "16-11-2026"),
            ("2026-12-16", "other", "16-12-2026")]),

dict(v="vlaamse", lang="nl", at="2026-11-17 15:05", subj="Deellevering P05244 plaids",
     text="""
Dag Sandra,

Vandaag vertrekt een eerste deel van P05244: 250 van de 400 plaids VT-PL-150 (grijs en oker). Ze zouden morgen in de voormiddag bij jullie in Hamburg moeten zijn.

De overige 150 stuks (kleur petrol) volgen begin december; de garens zijn pas gisteren binnengekomen en moeten nog geweven worden.

Vrachtbrief: CMR BE-26-118845 (transport Vandewiele)

Vriendelijke groeten,
Jeroen Peeters
Vlaamse Textiel NV
""", end="Vriendelijke groeten,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P05244"], commit=("2026-12-01", "volgen begin december"),
     dates=[("2026-11-17", "ship_date", "Vandaag vertrekt"), ("2026-11-18", "confirmed_delivery", "morgen in de voormiddag"),
            ("2026-12-01", "new_eta", "begin december"), ("2026-11-16", "other", "gisteren")],
     lines=[("VT-PL-150", 250, None, "250 van de 400 plaids VT-PL-150", "P05244"),
            ("VT-PL-150", 150, "stuks", "overige 150 stuks", "P05244")],
     track=[("Vandewiele", "BE-26-118845", "CMR BE-26-118845")]),

dict(v="devries", frm="De Vries Verzending <verzending@devries-huishoud.nl>", lang="nl", at="2026-12-02 17:05",
     subj="Verzendbevestiging order P05245",
     text="""
VERZENDBEVESTIGING

Uw order P05245 is volledig verzonden.

Ordernummer De Vries: VO-2026-33871
Verzenddatum: 02-12-2026
Vervoerder: PostNL Pakketten (4 colli)
Track & Trace: 3SDEVR4478120
Verwachte levering: 03-12-2026

Artikel      Omschrijving                     Aantal
DV-TD-6      Theedoeken katoen 6-pack         120
DV-OW-2      Ovenwanten set van 2             80

Dit is een automatisch bericht, u kunt hier niet op antwoorden.
""", end="Dit is een automatisch bericht", change="shipping", intent="shipping_notice", po=["P05245"],
     vref=["VO-2026-33871"], commit=("2026-12-03", "Verwachte levering: 03-12-2026"),
     dates=[("2026-12-02", "ship_date", "02-12-2026"), ("2026-12-03", "confirmed_delivery", "03-12-2026")],
     lines=[("DV-TD-6", 120, None, "DV-TD-6      Theedoeken katoen 6-pack         120", "P05245"),
            ("DV-OW-2", 80, None, "DV-OW-2      Ovenwanten set van 2             80", "P05245")],
     track=[("PostNL", "3SDEVR4478120", "Track & Trace: 3SDEVR4478120")]),

dict(v="jansen", lang="nl", at="2026-10-19 13:00", subj="P05246 regel 2 vervalt",
     text="""
Hallo Tim,

Slecht nieuws voor regel 2 van P05246: de verlengsnoeren EJ-VL-10 (10 meter, 200 stuks) zijn door de fabrikant uit productie genomen en we krijgen ze niet meer. We annuleren die regel dus; je krijgt er uiteraard geen factuur voor.

Regel 1 (EJ-SD-6 stekkerdozen, 400 stuks) komt gewoon op dinsdag 27 oktober, zoals bevestigd.

Als je een alternatief wilt voor de verlengsnoeren, stuur ik je graag een voorstel.

Groeten,
Bram Jansen
Elektro Jansen B.V.
""", end="Groeten,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P05246"],
     commit=("2026-10-27", "komt gewoon op dinsdag 27 oktober"),
     dates=[("2026-10-27", "confirmed_delivery", "dinsdag 27 oktober")],
     lines=[("EJ-VL-10", 200, "stuks", "10 meter, 200 stuks", "P05246"),
            ("EJ-SD-6", 400, "stuks", "EJ-SD-6 stekkerdozen, 400 stuks", "P05246")]),

dict(v="kaashandel", lang="nl", at="2026-10-13 11:15", subj="vraagje P05247",
     text="""
Hoi Laura,

Vraagje over P05247: van de Goudse jong in stukken van 450 g (HK-GO-450) heb ik er nog maar 300 van de 500. Wel heb ik genoeg stukken van 225 g (HK-GO-225). Mag ik de rest aanvullen met 2x 225 g voor elk ontbrekend stuk, zelfde kiloprijs? Dan komt alles gewoon in één keer.

Laat je het even weten vóór donderdag? Dan kan ik het nog meenemen in de snijplanning.

Groetjes,
Kees
""", end="Groetjes,", change="none", intent="question", po=["P05247"],
     dates=[("2026-10-15", "other", "vóór donderdag")],
     lines=[("HK-GO-450", 300, None, "nog maar 300 van de 500", "P05247")]),

dict(v="kempen", c=1, lang="nl", at="2026-11-25 16:20", subj="RE: P05248 levering 28/11?",
     text="""
Dag Mike,

Jammer genoeg niet. P05248 (eiken bijzettafels KM-BT-45) loopt vertraging op: onze houtleverancier in Slavonië heeft de gedroogde planken nog altijd niet geleverd. Een nieuwe datum kan ik u nu nog niet geven, waarschijnlijk wordt het pas na nieuwjaar.

Ik laat iets weten zodra het hout binnen is.

Met vriendelijke groeten,
Liesbeth Wouters

Van: Mike Osei <mike.osei@hhg-retail.com>
Verzonden: dinsdag 24 november 2026 09:10
Aan: Liesbeth Wouters
Onderwerp: P05248 levering 28/11?

Hallo Liesbeth, blijft de levering van P05248 op zaterdag 28/11 staan?
""", end="Met vriendelijke groeten,", change="date", intent="delay", po=["P05248"]),

dict(v="vanderberg", c=1, lang="nl", at="2026-10-29 10:00", subj="Orderbevestiging OB-26-3312 / uw order P05249",
     text="""
Beste Tim,

Hierbij de orderbevestiging voor P05249. Alles is leverbaar zoals besteld, levering in week 47.

Met vriendelijke groet,
Sanne de Jong
Binnendienst

--- attachment: OB-26-3312.pdf ---
VAN DER BERG TUINARTIKELEN B.V. – ORDERBEVESTIGING OB-26-3312
Datum: 29-10-2026   Uw ordernr.: P05249   Leverconditie: DAP Hamburg
Art.nr.     Omschrijving                  Aantal   Prijs    Leverdatum
VB-GS-120   Tuinslang 20 m                 300     12,40    wk 47
VB-SP-5     Sproeipistool 5 standen        300      4,85    wk 47
VB-HK-3     Slanghaspel kunststof          100     18,90    wk 47
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P05249"], vref=["OB-26-3312"],
     commit=("2026-11-16", "levering in week 47"),
     dates=[("2026-11-16", "confirmed_delivery", "levering in week 47"), ("2026-10-29", "other", "29-10-2026"),
            ("2026-11-16", "confirmed_delivery", ("wk 47", 0)), ("2026-11-16", "confirmed_delivery", ("wk 47", 1)),
            ("2026-11-16", "confirmed_delivery", ("wk 47", 2))],
     lines=[("VB-GS-120", 300, None, "VB-GS-120   Tuinslang 20 m                 300     12,40    wk 47", "P05249"),
            ("VB-SP-5", 300, None, "VB-SP-5     Sproeipistool 5 standen        300      4,85    wk 47", "P05249"),
            ("VB-HK-3", 100, None, "VB-HK-3     Slanghaspel kunststof          100     18,90    wk 47", "P05249")]),

dict(v="kempen", c=1, lang="nl", at="2026-12-17 14:00", subj="Fijne feestdagen!",
     text="""
Beste Mike, beste collega's van Hartmann,

Een woordje van dank voor de fijne samenwerking dit jaar – jullie geduld met onze houtperikelen dit najaar hebben we echt gewaardeerd.

Ons atelier en kantoor zijn gesloten van 24 december tot en met 1 januari. Vanaf maandag 4 januari staan we weer voor jullie klaar.

Prettige feestdagen en een gezond 2027!

Liesbeth en het hele team van Kempense Meubelmakerij
""", end="Liesbeth en het hele team", change="none", intent="other",
     dates=[("2026-12-24", "other", "24 december"), ("2027-01-01", "other", "1 januari"),
            ("2027-01-04", "other", "maandag 4 januari")]),

dict(v="twente", lang="nl", at="2026-11-24 13:30", subj="Update P05251 en P05252",
     text="""
Hallo Tim,

Even een update over jullie twee lopende orders:

P05251 (wasmanden TK-WM-50): uitgesteld naar dinsdag 8 december. De matrijs voor het handvat is gescheurd en wordt nu gelast; eerder halen we niet.
P05252 (emmers TK-EM-10, 600 st): geen wijziging, blijft op 1 december.

Excuses voor het ongemak.

Groeten,
Ruud Hendriks
""", end="Groeten,", change="date", intent="delay", sec=["confirmation"], po=["P05251", "P05252"],
     commit=("2026-12-08", "uitgesteld naar dinsdag 8 december"),
     dates=[("2026-12-08", "new_eta", "dinsdag 8 december"), ("2026-12-01", "confirmed_delivery", "blijft op 1 december")],
     lines=[("TK-EM-10", 600, "st", "TK-EM-10, 600 st", "P05252")],
     changes=[("P05251", "delay", "2026-12-08", None, "P05251 (wasmanden TK-WM-50): uitgesteld naar dinsdag 8 december"),
              ("P05252", "confirmation", "2026-12-01", 600, "P05252 (emmers TK-EM-10, 600 st): geen wijziging, blijft op 1 december")]),

dict(v="gentse", lang="nl", at="2026-11-30 10:40", subj="Betaling factuur F26-0918 (order P05253)",
     text="""
Goeiedag,

Bij nazicht van onze boekhouding stellen wij vast dat wij uw betaling voor factuur F26-0918 (order P05253, geleverd op 23/10/2026) nog niet ontvangen hebben. De vervaldag was 15/11/2026.

Mogen wij u vragen na te gaan of deze betaling reeds werd uitgevoerd? Indien ja, gelieve ons het betalingsbewijs te bezorgen, dan kunnen wij het verder opvolgen met onze bank.

Met vriendelijke groeten,
Koen De Smet
""", end="Met vriendelijke groeten,", change="none", intent="question", po=["P05253"], vref=["F26-0918"],
     dates=[("2026-10-23", "other", "23/10/2026"), ("2026-11-15", "other", "15/11/2026")]),

dict(v="gentse", c=1, lang="nl", at="2026-10-08 14:55", subj="P05255",
     text="""
Hoi Laura, P05255 is net vertrokken met de camion van Transport Verhaeghe, zou er morgen in de voormiddag moeten zijn. Alles mee, 6 paletten. CMR 55120-B

Els

Verstuurd vanaf mijn Samsung Galaxy
""", end="Els\n\nVerstuurd", change="shipping", intent="shipping_notice", po=["P05255"],
     commit=("2026-10-09", "zou er morgen in de voormiddag moeten zijn"),
     dates=[("2026-10-08", "ship_date", "net vertrokken"), ("2026-10-09", "confirmed_delivery", "morgen in de voormiddag")],
     track=[("Transport Verhaeghe", "55120-B", "CMR 55120-B")]),

dict(v="jansen", frm="Elektro Jansen Logistiek <logistiek@elektrojansen.nl>", lang="nl", at="2026-12-02 16:10",
     subj="Pakbon 88123 – order P05256 (deellevering)",
     text="""
Pakbon 88123 – deellevering

Klant: Hartmann Home & Garden GmbH
Uw order: P05256
Verzenddatum: 02-12-2026
Vervoerder: DHL Parcel, zending JVGL0604412288

Artikel      Omschrijving               Besteld  Geleverd  Backorder
EJ-LED-7W    LED-lamp E27 7W warm wit   100      60        40
EJ-LED-4W    LED-lamp E14 4W            50       50        0

Verwachte leverdatum backorder: 11-12-2026

Vragen? Neem contact op met de binnendienst: 0570 612 300.
""", end="Vragen? Neem contact", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P05256"], vref=["88123"], commit=("2026-12-11", "Verwachte leverdatum backorder: 11-12-2026"),
     dates=[("2026-12-02", "ship_date", "02-12-2026"), ("2026-12-11", "new_eta", "11-12-2026")],
     lines=[("EJ-LED-7W", 60, None, "EJ-LED-7W    LED-lamp E27 7W warm wit   100      60        40", "P05256"),
            ("EJ-LED-7W", 40, None, "EJ-LED-7W    LED-lamp E27 7W warm wit   100      60        40", "P05256"),
            ("EJ-LED-4W", 50, None, "EJ-LED-4W    LED-lamp E14 4W            50       50        0", "P05256")],
     track=[("DHL Parcel", "JVGL0604412288", "zending JVGL0604412288")]),

dict(v="vanderberg", lang="nl", at="2026-11-12 09:30", subj="Brandstoftoeslag vanaf december",
     text="""
Beste klant,

Door de sterk gestegen dieselprijzen en de hogere Duitse tol zijn wij genoodzaakt vanaf volgende maand een brandstoftoeslag van 3,5% te rekenen op de goederenwaarde van alle leveringen naar Duitsland. Dit geldt ook voor de openstaande order P05265.

Wij rekenen op uw begrip.

Met vriendelijke groet,
Pieter van der Berg
Van der Berg Tuinartikelen B.V.
""", end="Wij rekenen op uw begrip.", change="price", intent="price_change", po=["P05265"],
     dates=[("2026-12-01", "price_effective", "vanaf volgende maand")],
     prices=[dict(product=None, pct=3.5, cur=None, eff="2026-12-01",
                  quote="een brandstoftoeslag van 3,5% te rekenen op de goederenwaarde van alle leveringen naar Duitsland")]),

dict(v="devries", c=1, lang="nl", at="2026-11-16 08:40", subj="Re: Re: P05257 levering 19 nov bevestigen",
     text="""
ja klopt, P05257 staat voor do 26/11 gepland, niet de 19e zoals in de eerste mail stond. sorry voor de verwarring!

gr Femke

Op vr 13 nov. 2026 om 16:31 schreef Sandra Klein <sandra.klein@hhg-retail.com>:
> Hoi Femke, in jullie orderbevestiging staat 26/11 maar in je mail van vorige week 19/11. Welke klopt?
>
>> Op 5 nov. 2026 om 11:02 schreef Femke Smit <femke.smit@devries-huishoud.nl>:
>> P05257 bevestigd, levering 19/11.
""", end="gr Femke", change="none", intent="confirmation", po=["P05257"],
     commit=("2026-11-26", "staat voor do 26/11 gepland"),
     dates=[("2026-11-26", "confirmed_delivery", "do 26/11"), ("2026-11-19", "other", "de 19e")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-10-02 11:00", subj="Nieuw IFS-certificaat",
     text="""
Beste Laura,

Bijgaand ons nieuwe IFS Food-certificaat (versie 8, hoger niveau), geldig tot 30 september 2027. De audit van 8 september 2026 is zonder grote afwijkingen verlopen.

Kunnen jullie het certificaat in jullie leveranciersportaal vervangen? Het oude verloopt op 14 oktober.

Met vriendelijke groet,
Lotte Visser
Kwaliteit & Certificering
""", end="Met vriendelijke groet,", change="none", intent="other", sec=["question"],
     dates=[("2027-09-30", "other", "30 september 2027"), ("2026-09-08", "other", "8 september 2026"),
            ("2026-10-14", "other", "14 oktober")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-11-27 10:15", subj="Vertraging P05259 – staking haven Antwerpen",
     text="""
Geachte mevrouw Klein,

Door de aangekondigde staking in de haven van Antwerpen komt onze garenzending uit Turkije later binnen dan voorzien. Bijgevolg wordt de levering van P05259 (dekbedovertrekken VT-DO-240, 360 stuks) verschoven van donderdag 3 december naar ten vroegste donderdag 10 december.

Wij hebben wel 120 stuks uit voorraad die wij u begin volgende week (maandag 30 november) kunnen leveren. Wenst u die deellevering, of verkiest u alles samen op 10 december?

Wij verontschuldigen ons voor dit ongemak.

Met vriendelijke groeten,
An Claes
Vlaamse Textiel NV
""", end="Wij verontschuldigen ons", change="date", intent="delay", sec=["question"], po=["P05259"],
     commit=("2026-12-10", "ten vroegste donderdag 10 december"),
     dates=[("2026-12-03", "other", "donderdag 3 december"), ("2026-12-10", "new_eta", "ten vroegste donderdag 10 december"),
            ("2026-11-30", "other", "begin volgende week"), ("2026-11-30", "other", "maandag 30 november"),
            ("2026-12-10", "new_eta", "alles samen op 10 december")],
     lines=[("VT-DO-240", 120, "stuks", "120 stuks uit voorraad", "P05259")]),

dict(v="kempen", lang="nl", at="2026-12-03 09:50", subj="P05260 leveringsmoment",
     text="""
Dag Tim,

Vraag over P05260 (12 eiken dressoirs KM-DR-180): onze chauffeur rijdt zaterdag 12 december sowieso naar Hamburg voor een andere klant. Kan jullie magazijn op zaterdag ontvangen? Zo ja, dan leveren we dan.

Anders wordt het de maandag erna, 14 december, want dan moeten we een aparte rit inplannen.

Laat maar iets weten.

Groeten,
Wouter
""", end="Groeten,", change="none", intent="question", po=["P05260"],
     dates=[("2026-12-12", "other", "zaterdag 12 december"), ("2026-12-12", "other", "op zaterdag"),
            ("2026-12-14", "other", "de maandag erna, 14 december")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-10-06 15:20", subj="RE: annulering P05261",
     text="""
Beste Laura,

Hierbij bevestigen wij de annulering van uw order P05261 (vogelhuisjes VB-VH-20). De 80 stuks die al geproduceerd waren, nemen we op in onze eigen voorraad; er worden geen annuleringskosten aangerekend.

Met vriendelijke groet,
Sanne de Jong

-----Oorspronkelijk bericht-----
Van: Laura Jensen
Verzonden: dinsdag 6 oktober 2026 09:02
Aan: Sanne de Jong
Onderwerp: annulering P05261

Beste Sanne, wij willen order P05261 annuleren; de actie in week 44 gaat niet door.
""", end="Met vriendelijke groet,", change="cancel", intent="cancellation", po=["P05261"]),

dict(v="bergholz", frm="Bergholz Holzwaren AG <buchhaltung@bergholz-ag.com>", lang="de", at="2026-12-08 13:12",
     subj="WICHTIG: Änderung unserer Bankverbindung",
     text="""
Sehr geehrte Damen und Herren,

aufgrund einer internen Umstellung unseres Zahlungsverkehrs hat sich unsere Bankverbindung geändert. Bitte überweisen Sie die offene Rechnung zu Ihrer Bestellung P05200 sowie alle künftigen Zahlungen ab sofort ausschließlich auf folgendes Konto:

Kontoinhaber: Bergholz Holzwaren
IBAN: DE71 5001 0517 5417 2290 44
BIC: INGDDEFFXXX

Die bisherige Verbindung bei der St. Galler Kantonalbank ist nicht mehr gültig. Bitte bestätigen Sie uns die Umstellung bis spätestens Freitag per Antwort auf diese E-Mail.

Mit freundlichen Grüssen
Buchhaltung
Bergholz Holzwaren AG
""", end="Mit freundlichen Grüssen", change="none", intent="other", po=["P05200"],
     dates=[("2026-12-11", "other", "bis spätestens Freitag")]),

dict(v="brunner", c=1, lang="de", at="2026-10-15 11:25", subj="Verzollung P05266",
     text="""
Grüezi Herr Brandt

Ihre Bestellung P05266 (Frottier-Bademäntel BT-BM-M und BT-BM-XL) ist fertig konfektioniert und ab Montag versandbereit.

Für die Ausfuhr aus der Schweiz brauche ich von Ihnen noch zwei Angaben:
– Ihre EORI-Nummer
– Sollen wir wie bisher DAP liefern (Sie melden die Einfuhr in Deutschland selbst an), oder möchten Sie diesmal verzollt (DDP)? Der Spediteur braucht das für die Zollpapiere.

Sobald ich Ihre Antwort habe, buche ich den Transport.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG
""", end="Freundliche Grüsse", change="none", intent="question", po=["P05266"],
     dates=[("2026-10-19", "other", "ab Montag versandbereit")]),

dict(v="twente", frm="Twentse Kunststoffen Klantportaal <noreply@twentsekunststof.nl>", lang="nl", at="2026-11-10 05:00",
     subj="[Klantportaal] Wijziging leverdatum order P05267",
     text="""
Beste klant,

Er is een wijziging doorgevoerd in uw order. Onderstaande gegevens zijn bijgewerkt:

Order:              P05267
Ons ordernummer:    TK-VO-26-02281
Artikel:            TK-KB-20 Keukenbak 20 l, 480 st
Oude leverdatum:    17-11-2026
Nieuwe leverdatum:  24-11-2026
Reden:              capaciteitsplanning spuitgieterij

Log in op het klantportaal voor de volledige orderhistorie.

Dit bericht is automatisch verzonden. Antwoorden op dit adres worden niet gelezen.
""", end="Log in op het klantportaal", change="date", intent="delay", po=["P05267"], vref=["TK-VO-26-02281"],
     commit=("2026-11-24", "Nieuwe leverdatum:  24-11-2026"),
     dates=[("2026-11-17", "other", "17-11-2026"), ("2026-11-24", "new_eta", "24-11-2026")]),

dict(v="hansa", c=1, lang="de", at="2026-12-01 15:05", subj="P05268",
     text="""
Moin Tim,

kurzes Update zu P05268: Heute Abend geht der erste LKW los, du kriegst morgen früh 20 der 30 Paletten Teelichtgläser HG-TL-6. Die restlichen 10 Paletten sind noch in der Veredelung (Goldrand), die kommen Anfang KW 50.

Frachtbrief hängt an, Spedition ist wieder Kühne + Nagel, Sendung 2606-118874.

Gruß
Ole
""", end="Gruß\nOle", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P05268"],
     commit=("2026-12-07", "die kommen Anfang KW 50"),
     dates=[("2026-12-01", "ship_date", "Heute Abend geht der erste LKW los"), ("2026-12-02", "confirmed_delivery", "morgen früh"),
            ("2026-12-07", "new_eta", "Anfang KW 50")],
     lines=[("HG-TL-6", 20, "Paletten", "20 der 30 Paletten Teelichtgläser HG-TL-6", "P05268"),
            ("HG-TL-6", 10, "Paletten", "restlichen 10 Paletten", "P05268")],
     track=[("Kühne + Nagel", "2606-118874", "Sendung 2606-118874")]),

dict(v="vlaamse", lang="nl", at="2026-11-13 11:45", subj="RE: P05269 uitstellen naar week 50?",
     text="""
Dag Tim,

Geen probleem: zoals gevraagd hebben we de levering van P05269 (badjassen VT-BJ-M, 200 stuks) uitgesteld. In plaats van week 48 leveren we nu in week 50, op maandag 7 december. De factuur volgt bij levering.

Vriendelijke groeten,
Jeroen Peeters

Van: Tim Brandt <tim.brandt@hhg-retail.com>
Verzonden: donderdag 12 november 2026 16:50
Aan: Jeroen Peeters
Onderwerp: P05269 uitstellen naar week 50?

Dag Jeroen, ons magazijn zit eind november vol. Kunnen jullie P05269 twee weken later leveren, in week 50?
""", end="Vriendelijke groeten,", change="date", intent="confirmation", po=["P05269"],
     commit=("2026-12-07", "leveren we nu in week 50, op maandag 7 december"),
     dates=[("2026-11-23", "other", "week 48"), ("2026-12-07", "confirmed_delivery", ("week 50", 0)),
            ("2026-12-07", "confirmed_delivery", "maandag 7 december")]),
]
