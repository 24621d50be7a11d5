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
]
