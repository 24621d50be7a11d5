# ruff: noqa: E501 - email text is data
"""German, French, Spanish and Dutch, round 13: 65 emails (17 German from German, Austrian and
Swiss vendors; 16 French from French, Belgian and Luxembourg vendors; 16 Spanish from Spanish,
Portuguese, Mexican and Chilean vendors; 16 Dutch from Dutch and Flemish vendors), aimed at
picking the commitment date. Mail about two or three orders at once (lists, tables, "die andere
Bestellung", "l'autre commande", "el otro pedido", "de andere order", an inline reply) whose
``changes`` keep each order apart and whose commitment is the first order's date, or the first
order that has one; partial shipments (Teillieferung, livraison partielle, entrega parcial,
deellevering) whose rest has a date, a vague date or none, and alternatives offered to the buyer;
emails that name dates but commit to none: pick-up and ship dates alone (Abholung, enlèvement,
recogida, ophalen), readiness, invoices and proformas, price dates, closures (Betriebsurlaub,
fermeture annuelle, cierre por vacaciones, kerstsluiting), out-of-office replies, proposals and
questions. Terse one-liners, long letters, non-native writing, quoted history with older dates and
other orders, forwarded carrier mail, acknowledgement and proforma text, tables. Hand-written and
hand-labelled by reading each email; no extractor or classifier was run on them."""

EMAILS = [
# ----------------------------------------------------------------------------- German
dict(v="schwarzwald", lang="de", at="2026-10-07 09:15", subj="Ihre offenen Bestellungen P12000 / P12001",
     text="""
Sehr geehrte Frau Jensen,

kurzer Stand zu Ihren offenen Bestellungen:

- P12000 (Bräter SH-BR-32): die Lieferung verschiebt sich leider von KW 42 auf KW 44, die Deckel sind noch in der Emaillierung.
- P12001 (Backformen SH-BF-26): bleibt wie bestätigt, Anlieferung am Freitag, 16.10.

Die dritte Bestellung P12002 hat meine Kollegin Frau Hoffmann ja schon mit Ihnen geklärt.

Mit freundlichen Grüßen
Markus Weber
Schwarzwald Haushaltswaren GmbH
""", end="Mit freundlichen Grüßen", change="date", intent="delay", sec=["confirmation"],
     po=["P12000", "P12001", "P12002"],
     commit=("2026-10-26", "von KW 42 auf KW 44"),
     dates=[("2026-10-12", "other", "KW 42"), ("2026-10-26", "new_eta", "KW 44"),
            ("2026-10-16", "confirmed_delivery", "Freitag, 16.10.")],
     changes=[("P12000", "delay", "2026-10-26", None, "die Lieferung verschiebt sich leider von KW 42 auf KW 44"),
              ("P12001", "confirmation", "2026-10-16", None, "bleibt wie bestätigt, Anlieferung am Freitag, 16.10.")]),

dict(v="mueller", c=1, lang="de", at="2026-09-15 10:30", subj="Teillieferung P12003",
     text="""
Sehr geehrter Herr Brandt,

zu Ihrer Bestellung P12003 haben wir heute 300 der 500 Rasenkantenscheren MG-RK-20 an Dachser übergeben, Lieferschein LS-d13b-77120. Zustellung laut Dachser am Donnerstag.

Für die restlichen 200 Stück fehlen uns noch die Klingen aus Solingen. Einen festen Termin kann ich erst nennen, wenn sich der Zulieferer meldet, vermutlich irgendwann im Oktober.

Mit freundlichen Grüßen
Claudia Schmitt
Innendienst
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P12003"], vref=["LS-d13b-77120"],
     commit=("2026-09-17", "Zustellung laut Dachser am Donnerstag"),
     dates=[("2026-09-15", "ship_date", "haben wir heute"), ("2026-09-17", "confirmed_delivery", "am Donnerstag"),
            ("2026-10-01", "other", "irgendwann im Oktober")],
     lines=[("MG-RK-20", 300, None, "300 der 500 Rasenkantenscheren MG-RK-20", "P12003"),
            ("MG-RK-20", 200, "Stück", "die restlichen 200 Stück", "P12003")]),

dict(v="d13b_bamberg", lang="de", at="2026-11-04 14:20", subj="Abholung P12004",
     text="""
Hallo Herr Osei,

die Weidenkörbe für P12004 (48 Kartons) stehen ab Montag, 09.11., bei uns im Lager zur Abholung bereit. Bitte geben Sie Ihrer Spedition Bescheid, Ladezeiten Mo-Do 7-15 Uhr, Freitag bis 12 Uhr.

Gruß
Thomas Dippold
Bamberger Korbflechterei GmbH
""", end="Gruß\nThomas", change="none", intent="confirmation", po=["P12004"],
     dates=[("2026-11-09", "ship_date", "ab Montag, 09.11.")],
     lines=[("Weidenkörbe", 48, "Kartons", "48 Kartons", "P12004")]),

dict(v="steirer", lang="de", at="2026-12-09 08:05", subj="Betriebsurlaub Weihnachten",
     text="""
Sehr geehrte Geschäftspartner,

wir möchten Sie darüber informieren, dass unser Betrieb von Donnerstag, 24.12.2026, bis einschließlich Mittwoch, 06.01.2027, geschlossen bleibt. Letzter Versandtag vor den Feiertagen ist der 18.12. Bestellungen, die bis zum 11.12. bei uns eingehen, werden noch vor der Schließung ausgeliefert; alles Spätere ab dem 07.01.

Ihre offene Bestellung P12005 ist davon nicht betroffen.

Frohe Weihnachten und ein gutes neues Jahr
Wolfgang Pichler
Steirische Keramik GmbH
""", end="Frohe Weihnachten", change="none", intent="other", po=["P12005"],
     dates=[("2026-12-24", "other", "Donnerstag, 24.12.2026"), ("2027-01-06", "other", "Mittwoch, 06.01.2027"),
            ("2026-12-18", "other", "der 18.12."), ("2026-12-11", "other", "bis zum 11.12."),
            ("2027-01-07", "other", "ab dem 07.01.")]),

dict(v="d13b_graz", lang="de", at="2026-10-21 16:40", subj="AW: P12006 und P12007 Liefertermine",
     text="""
Grüß Gott Frau Klein,

zu Ihren Fragen:

Bestellung    Artikel                  Menge   alter Termin   neuer Termin
P12006        Steakmesser GB-SM-6      120     23.10.2026     06.11.2026
P12007        Kuchengabeln GB-KG-12    300     23.10.2026     unverändert

Grund für P12006 ist eine Nachhärtung der Klingen. Die Kuchengabeln gehen wie geplant raus.

Freundliche Grüße aus Graz
Elisabeth Gruber

Am 20.10.2026 um 11:02 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Liebe Frau Gruber,
> bleibt es für P12006 und P12007 beim 23.10.? Wir planen eine Aktion ab 02.11.
> Grüße Sandra Klein
""", end="Freundliche Grüße aus Graz", change="date", intent="delay", sec=["confirmation"],
     po=["P12006", "P12007"],
     commit=("2026-11-06", "06.11.2026"),
     dates=[("2026-10-23", "other", ("23.10.2026", 0)), ("2026-11-06", "new_eta", "06.11.2026"),
            ("2026-10-23", "confirmed_delivery", ("23.10.2026", 1))],
     lines=[("GB-SM-6", 120, None, "P12006        Steakmesser GB-SM-6      120     23.10.2026     06.11.2026", "P12006"),
            ("GB-KG-12", 300, None, "P12007        Kuchengabeln GB-KG-12    300     23.10.2026     unverändert", "P12007")],
     changes=[("P12006", "delay", "2026-11-06", None, "P12006        Steakmesser GB-SM-6      120     23.10.2026     06.11.2026"),
              ("P12007", "confirmation", "2026-10-23", None, "P12007        Kuchengabeln GB-KG-12    300     23.10.2026     unverändert")]),

dict(v="brunner", c=1, lang="de", at="2026-11-18 11:10", subj="P12008 Teillieferung / Alternative",
     text="""
Grüezi Herr Osei

Von den 400 Küchentüchern BT-KT-50 für P12008 können wir 250 Stück am Montag ab Werk versenden. Für die übrigen 150 haben wir zwei Möglichkeiten:

a) die gleiche Qualität in Grau statt Anthrazit, sofort verfügbar und mit derselben Sendung
b) Anthrazit wie bestellt, dann aber erst in KW 51 versandbereit

Bitte lassen Sie uns bis Freitag wissen, was Ihnen lieber ist.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG
""", end="Freundliche Grüsse", change="quantity", intent="partial_shipment", sec=["question"], po=["P12008"],
     dates=[("2026-11-23", "ship_date", "am Montag ab Werk"), ("2026-12-14", "other", "KW 51"),
            ("2026-11-20", "other", "bis Freitag")],
     lines=[("BT-KT-50", 250, "Stück", "250 Stück", "P12008"),
            ("BT-KT-50", 150, None, "die übrigen 150", "P12008")]),

dict(v="hansa", c=0, lang="de", at="2026-12-01 09:45", subj="P12009, P12010, P12011",
     text="""
Moin Frau Jensen,

ein Sammelupdate zu Ihren drei Bestellungen:

1) P12009 Teegläser: Anlieferung bei Ihnen am 10.12. wie bestätigt.
2) P12010 Karaffen: leider Bruch in der Produktion, neue Lieferung voraussichtlich 21.12.
3) P12011 Untersetzer: sind verladen, kommen morgen.

Viele Grüße
Anke Petersen
Hansa Glas & Porzellan GmbH
""", end="Viele Grüße", change="date", intent="delay", sec=["confirmation", "shipping_notice"],
     po=["P12009", "P12010", "P12011"],
     commit=("2026-12-10", "Anlieferung bei Ihnen am 10.12. wie bestätigt"),
     dates=[("2026-12-10", "confirmed_delivery", "am 10.12."), ("2026-12-21", "new_eta", "voraussichtlich 21.12."),
            ("2026-12-02", "confirmed_delivery", "kommen morgen")],
     changes=[("P12009", "confirmation", "2026-12-10", None, "Anlieferung bei Ihnen am 10.12. wie bestätigt"),
              ("P12010", "delay", "2026-12-21", None, "neue Lieferung voraussichtlich 21.12."),
              ("P12011", "shipping_notice", "2026-12-02", None, "sind verladen, kommen morgen")]),

dict(v="d13b_stgallen", lang="de", at="2026-09-24 13:30", subj="Rechnung RE-d13b-20917 zu P12012",
     text="""
Sehr geehrte Damen und Herren

Anbei erhalten Sie unsere Rechnung RE-d13b-20917 über die am 21.09. gelieferten Tischsets zu Ihrer Bestellung P12012. Zahlbar innert 30 Tagen, d.h. bis 24.10.2026, netto.

Freundliche Grüsse
Simon Zollikofer
St. Galler Stickerei AG
""", end="Freundliche Grüsse", change="none", intent="other", po=["P12012"], vref=["RE-d13b-20917"],
     dates=[("2026-09-21", "other", "am 21.09."), ("2026-10-24", "other", "bis 24.10.2026")]),

dict(v="d13b_stgallen", c=1, lang="de", at="2026-11-10 15:55", subj="WG: P12013 Tischwäsche - Teillieferung",
     text="""
Guten Tag Frau Klein

Untenstehend die Info aus der Stickerei. Die erste Hälfte ist also unterwegs, für den Rest können wir noch nichts Verbindliches sagen.

Freundliche Grüsse
Innendienst
St. Galler Stickerei AG

---------- Weitergeleitete Nachricht ---------
Von: Stickerei Produktion <produktion@sg-stickerei.ch>
Datum: Di., 10. Nov. 2026 um 14:12
Betreff: P12013

Hoi zäme, 180 Tischdecken SG-TD-160 sind heute mit der Post raus, Sendung 99.00.d13b.4471.2, Zustellung morgen. Die restlichen 180 hängen an der Maschine 4, die ist defekt. Rest frühestens Ende November, eher Dezember.
Gruss Reto
""", end="Freundliche Grüsse", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P12013"],
     commit=("2026-11-11", "Zustellung morgen"),
     dates=[("2026-11-10", "ship_date", "sind heute mit der Post raus"), ("2026-11-11", "confirmed_delivery", "Zustellung morgen"),
            ("2026-11-30", "other", "frühestens Ende November"), ("2026-12-01", "other", "eher Dezember")],
     lines=[("SG-TD-160", 180, None, "180 Tischdecken SG-TD-160", "P12013"),
            ("SG-TD-160", 180, None, "Die restlichen 180", "P12013")],
     track=[("Post", "99.00.d13b.4471.2", "Sendung 99.00.d13b.4471.2")]),

dict(v="mueller", c=0, lang="de", at="2026-10-13 08:20", subj="Preisanpassung 2027",
     text="""
Sehr geehrte Damen und Herren,

aufgrund gestiegener Stahlpreise erhöhen wir unsere Listenpreise zum 01.01.2027 um durchschnittlich 4,5 %. Die neue Preisliste schicken wir Ihnen bis Ende Oktober. Für Ihre laufende Bestellung P12014 mit Liefertermin 30.11. gelten selbstverständlich noch die alten Preise.

Mit freundlichen Grüßen
Jürgen Müller
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P12014"],
     commit=("2026-11-30", "Liefertermin 30.11."),
     dates=[("2027-01-01", "price_effective", "zum 01.01.2027"), ("2026-10-31", "other", "bis Ende Oktober"),
            ("2026-11-30", "confirmed_delivery", "Liefertermin 30.11.")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2027-01-01", quote="erhöhen wir unsere Listenpreise zum 01.01.2027 um durchschnittlich 4,5 %")]),

dict(v="d13b_bamberg", c=1, lang="de", at="2026-12-14 10:05", subj="AB-d13b-5530 zu P12015",
     text="""
Sehr geehrte Frau Jensen,

vielen Dank für Ihren Auftrag. Anbei die Auftragsbestätigung. Wegen unserer Betriebsferien vom 21.12. bis 08.01. können wir erst nach dem Jahreswechsel liefern, siehe Termin unten.

Mit freundlichen Grüßen
Auftragsbearbeitung
Bamberger Korbflechterei GmbH

--- attachment: AB-d13b-5530.pdf ---
AUFTRAGSBESTÄTIGUNG AB-d13b-5530
Datum: 14.12.2026   Ihre Bestellung: P12015 vom 10.12.2026
Pos  Artikel      Bezeichnung              Menge   Liefertermin
1    BK-WK-40     Wäschekorb Weide 40 l    96      KW 03/2027
2    BK-BR-30     Brotkorb oval            240     KW 03/2027
Lieferbedingung: frei Haus Hamburg
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P12015"], vref=["AB-d13b-5530"],
     commit=("2027-01-18", ("KW 03/2027", 1)),
     dates=[("2026-12-21", "other", "vom 21.12."), ("2027-01-08", "other", "bis 08.01."),
            ("2026-12-14", "other", "Datum: 14.12.2026"), ("2026-12-10", "other", "vom 10.12.2026"),
            ("2027-01-18", "confirmed_delivery", ("KW 03/2027", 0)), ("2027-01-18", "confirmed_delivery", ("KW 03/2027", 1))],
     lines=[("BK-WK-40", 96, None, "1    BK-WK-40     Wäschekorb Weide 40 l    96      KW 03/2027", "P12015"),
            ("BK-BR-30", 240, None, "2    BK-BR-30     Brotkorb oval            240     KW 03/2027", "P12015")]),

dict(v="d13b_graz", c=1, lang="de", at="2026-11-26 07:50", subj="P12016",
     text="""
P12016 ist fertig verpackt, 6 Paletten. Abholung durch Ihre Spedition ab morgen möglich. MfG Versand
""", end="MfG Versand", change="none", intent="confirmation", po=["P12016"],
     dates=[("2026-11-27", "ship_date", "ab morgen")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-09-29 12:35", subj="Re: P12017 Termin?",
     text="""
Hallo Frau Klein,

die Pfannen für P12017 sind leider noch nicht fertig, wir hängen ca. 2 Wochen hinterher. Ich könnte Ihnen vorschlagen, dass wir am 16.10. liefern, oder alternativ eine Teilmenge von 100 Stück schon am 09.10. und den Rest später. Was ist Ihnen lieber? Sobald ich Ihre Antwort habe, bestätige ich verbindlich.

Viele Grüße
Sabine Hoffmann

Am 28.09.2026 um 09:10 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Hallo Frau Hoffmann, der 02.10. für P12017 rückt näher, bleibt es dabei? Und was ist mit P12018, den Sie für den 25.09. bestätigt hatten?
""", end="Viele Grüße", change="date", intent="delay", sec=["question"], po=["P12017", "P12018"],
     dates=[("2026-10-16", "other", "am 16.10."), ("2026-10-09", "other", "am 09.10.")],
     lines=[("Pfannen", 100, "Stück", "Teilmenge von 100 Stück", "P12017")]),

dict(v="d13b_bamberg", lang="de", at="2026-10-28 17:05", subj="Lieferungen P12019 + P12020",
     text="""
Hallo Herr Brandt,

nochmal zusammengefasst, weil es am Telefon etwas durcheinander ging: die Bestellung P12019 (Picknickkörbe) kommt komplett am Dienstag nächster Woche, also 03.11. Die andere Bestellung, P12020, liefern wir in zwei Teilen: 60 Einkaufskörbe ebenfalls am 03.11., die restlichen 90 Ende November.

Gruß
Thomas Dippold
""", end="Gruß\nThomas", change="quantity", intent="confirmation", sec=["partial_shipment"],
     po=["P12019", "P12020"],
     commit=("2026-11-03", "kommt komplett am Dienstag nächster Woche, also 03.11."),
     dates=[("2026-11-03", "confirmed_delivery", "am Dienstag nächster Woche, also 03.11."),
            ("2026-11-03", "confirmed_delivery", "ebenfalls am 03.11."), ("2026-11-30", "new_eta", "Ende November")],
     lines=[("Einkaufskörbe", 60, None, "60 Einkaufskörbe", "P12020"),
            ("Einkaufskörbe", 90, None, "die restlichen 90", "P12020")],
     changes=[("P12019", "confirmation", "2026-11-03", None, "kommt komplett am Dienstag nächster Woche, also 03.11."),
              ("P12020", "partial_shipment", "2026-11-30", 90, "die restlichen 90 Ende November")]),

dict(v="brunner", lang="de", at="2026-12-16 09:00", subj="Abwesenheitsnotiz: P12021",
     text="""
Guten Tag

Ich bin bis und mit 04.01.2027 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Nadine Keller. Liefertermine und Bestellungen wie P12021 werden ab dem 05.01. wieder von mir bearbeitet.

Reto Brunner
""", end="Reto Brunner", change="none", intent="other", po=["P12021"],
     dates=[("2027-01-04", "other", "bis und mit 04.01.2027"), ("2027-01-05", "other", "ab dem 05.01.")]),

dict(v="d13b_graz", lang="de", at="2026-09-08 10:15", subj="Lieferavis P12022 / Rückstand P12023",
     text="""
Sehr geehrte Frau Jensen,

heute haben wir Ihre Bestellung P12022 vollständig verladen (Spedition Schenker, Sendung SCH-d13b-610044), Zustellung zwischen 10. und 11.09.

Bei P12023 ist leider nur die Hälfte fertig geworden: 150 Tortenheber gehen nächste Woche raus, die anderen 150 haben noch keinen Termin, wir warten auf die Griffschalen.

Freundliche Grüße
Elisabeth Gruber
Grazer Besteckmanufaktur GmbH
""", end="Freundliche Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P12022", "P12023"],
     commit=("2026-09-11", "Zustellung zwischen 10. und 11.09."),
     dates=[("2026-09-08", "ship_date", "heute haben wir"), ("2026-09-10", "range_start", "zwischen 10."),
            ("2026-09-11", "range_end", "11.09."), ("2026-09-14", "ship_date", "nächste Woche raus")],
     lines=[("Tortenheber", 150, None, "150 Tortenheber", "P12023"), ("Tortenheber", 150, None, "die anderen 150", "P12023")],
     track=[("Schenker", "SCH-d13b-610044", "Sendung SCH-d13b-610044")],
     changes=[("P12022", "shipping_notice", "2026-09-11", None, "vollständig verladen"),
              ("P12023", "partial_shipment", None, 150, "die anderen 150 haben noch keinen Termin")]),

dict(v="hansa", c=1, lang="de", at="2026-10-19 14:45", subj="AW: AW: P12024 Lieferung",
     text="""
Hallo Herr Osei,

ja, die Ware ist ab Donnerstag versandbereit. Ob die Spedition dann Freitag oder erst Montag zustellt, kann ich Ihnen leider nicht sagen, das hängt von der Tourenplanung ab.

Gruß
Ole Thomsen

-----Ursprüngliche Nachricht-----
Von: Mike Osei <mike.osei@hhg-retail.com>
Gesendet: Montag, 19. Oktober 2026 10:12
Betreff: AW: P12024 Lieferung
Können Sie die Lieferung zum 23.10. garantieren? Laut AB sollte sie am 20.10. kommen.
""", end="Gruß\nOle", change="date", intent="delay", po=["P12024"],
     dates=[("2026-10-22", "ship_date", "ab Donnerstag versandbereit"), ("2026-10-23", "other", "Freitag"),
            ("2026-10-26", "other", ("Montag", 0))]),

# ----------------------------------------------------------------------------- French
dict(v="lyonnais", lang="fr", at="2026-10-05 10:20", subj="Vos commandes P12025 et P12026",
     text="""
Bonjour Madame Jensen,

Concernant vos commandes P12025 et P12026 : la première partira de notre entrepôt jeudi et sera livrée chez vous lundi 12 octobre ; l'autre commande est malheureusement retardée (rupture de fil chez notre filateur) et nous n'avons pas encore de nouvelle date à vous communiquer.

Cordialement,
Isabelle Martin
Textiles Lyonnais SA
""", end="Cordialement,", change="date", intent="delay", sec=["confirmation"], po=["P12025", "P12026"],
     commit=("2026-10-12", "sera livrée chez vous lundi 12 octobre"),
     dates=[("2026-10-08", "ship_date", "partira de notre entrepôt jeudi"), ("2026-10-12", "confirmed_delivery", "lundi 12 octobre")],
     changes=[("P12025", "confirmation", "2026-10-12", None, "la première partira de notre entrepôt jeudi et sera livrée chez vous lundi 12 octobre"),
              ("P12026", "delay", None, None, "l'autre commande est malheureusement retardée")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-11-09 15:00", subj="Livraison partielle commande P12027",
     text="""
Bonjour Madame Jensen,

Nous avons expédié ce jour une livraison partielle de votre commande P12027 : 800 savons SP-LAV-100 sur les 1 200 commandés (bon de livraison BL-d13b-3381). Livraison prévue chez vous jeudi 12/11.

Le reliquat de 400 pièces sera livré début décembre, la lavande de la nouvelle récolte étant arrivée en retard.

Bien cordialement,
Julien Fabre
Savonnerie de Provence
""", end="Bien cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P12027"], vref=["BL-d13b-3381"],
     commit=("2026-12-01", "Le reliquat de 400 pièces sera livré début décembre"),
     dates=[("2026-11-09", "ship_date", "expédié ce jour"), ("2026-11-12", "confirmed_delivery", "jeudi 12/11"),
            ("2026-12-01", "new_eta", "début décembre")],
     lines=[("SP-LAV-100", 800, None, "800 savons SP-LAV-100", "P12027"),
            ("SP-LAV-100", 400, "pièces", "Le reliquat de 400 pièces", "P12027")]),

dict(v="d13b_roubaix", c=1, lang="fr", at="2026-09-17 09:40", subj="Commande P12028 prête à l'enlèvement",
     text="""
Bonjour,

Votre commande P12028 (housses de couette LN-HC-240) sera prête à l'enlèvement le mardi 22 septembre à partir de 8h. Merci de nous communiquer le nom du transporteur et l'heure de passage.

Cordialement,
Service ADV
Linge du Nord
""", end="Cordialement,", change="none", intent="confirmation", sec=["question"], po=["P12028"],
     dates=[("2026-09-22", "ship_date", "le mardi 22 septembre")]),

dict(v="lemaire", c=1, lang="fr", at="2026-12-02 11:15", subj="Fermeture annuelle - commande P12029",
     text="""
Bonjour Monsieur Brandt,

Pour rappel, notre biscuiterie sera en fermeture annuelle du lundi 21 décembre au vendredi 1er janvier inclus. Les dernières expéditions auront lieu le vendredi 18 décembre.

Souhaitez-vous que nous avancions la livraison de votre commande P12029 au jeudi 17 décembre ? Sinon elle partira après la réouverture, le lundi 4 janvier.

Merci de nous répondre rapidement.
Sophie Dubois
Biscuiterie Lemaire
""", end="Merci de nous répondre", change="none", intent="question", po=["P12029"],
     dates=[("2026-12-21", "other", "lundi 21 décembre"), ("2027-01-01", "other", "vendredi 1er janvier"),
            ("2026-12-18", "other", "le vendredi 18 décembre"), ("2026-12-17", "other", "jeudi 17 décembre"),
            ("2027-01-04", "other", "le lundi 4 janvier")]),

dict(v="vosges", lang="fr", at="2026-10-26 14:30", subj="Point sur vos commandes",
     text="""
Bonjour Madame Klein,

Suite à notre échange téléphonique, voici le point sur vos trois commandes :

Commande   Article                Statut
P12030     Planches à découper    livrée le 23/10
P12031     Porte-épices           reportée, nouvelle date de livraison : 13/11
P12032     Plateaux en hêtre      confirmée pour le 06/11

Cordialement,
Hélène Mathieu
Ateliers Bois des Vosges
""", end="Cordialement,", change="date", intent="delay", sec=["confirmation"], po=["P12030", "P12031", "P12032"],
     commit=("2026-11-13", "nouvelle date de livraison : 13/11"),
     dates=[("2026-10-23", "other", "livrée le 23/10"), ("2026-11-13", "new_eta", "13/11"),
            ("2026-11-06", "confirmed_delivery", "le 06/11")],
     changes=[("P12030", "other", None, None, "P12030     Planches à découper    livrée le 23/10"),
              ("P12031", "delay", "2026-11-13", None, "P12031     Porte-épices           reportée, nouvelle date de livraison : 13/11"),
              ("P12032", "confirmation", "2026-11-06", None, "P12032     Plateaux en hêtre      confirmée pour le 06/11")]),

dict(v="d13b_luxembourg", lang="fr", at="2026-11-16 09:10", subj="Accusé de réception P12033",
     text="""
Bonjour,

Veuillez trouver ci-joint notre accusé de réception de commande. Les tasses sont disponibles, les bols suivent séparément, voir les dates ci-dessous.

Bien à vous,
Marc Weis
Céramiques du Grand-Duché

--- attachment: ARC-d13b-1187.pdf ---
ACCUSÉ DE RÉCEPTION DE COMMANDE ARC-d13b-1187
Date : 16/11/2026
Votre commande : P12033
Réf.        Désignation            Qté    Date de livraison
CG-TS-25    Tasse grès 25 cl       480    01/12/2026
CG-BL-14    Bol grès 14 cm         360    08/12/2026
Conditions : DAP Hambourg, paiement 30 jours fin de mois
""", end="Bien à vous,", change="none", intent="confirmation", po=["P12033"], vref=["ARC-d13b-1187"],
     commit=("2026-12-08", "08/12/2026"),
     dates=[("2026-11-16", "other", "Date : 16/11/2026"), ("2026-12-01", "confirmed_delivery", "01/12/2026"),
            ("2026-12-08", "confirmed_delivery", "08/12/2026")],
     lines=[("CG-TS-25", 480, None, "CG-TS-25    Tasse grès 25 cl       480    01/12/2026", "P12033"),
            ("CG-BL-14", 360, None, "CG-BL-14    Bol grès 14 cm         360    08/12/2026", "P12033")]),

dict(v="d13b_tournai", c=1, lang="fr", at="2026-12-10 16:20", subj="P12034",
     text="""
P12034 : 12 rouleaux enlevés ce matin par DSV, CMR d13b-88213. Les 8 autres rouleaux restent chez nous en stock jusqu'à nouvel ordre de votre part.

Expéditions
""", end="Expéditions", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P12034"],
     dates=[("2026-12-10", "ship_date", "enlevés ce matin")],
     lines=[("rouleaux", 12, "rouleaux", "12 rouleaux", "P12034"), ("rouleaux", 8, "rouleaux", "Les 8 autres rouleaux", "P12034")],
     track=[("DSV", "d13b-88213", "CMR d13b-88213")]),

dict(v="lemaire", lang="fr", at="2026-09-22 10:00", subj="Hausse tarifaire au 1er novembre",
     text="""
Madame, Monsieur,

En raison de la hausse du prix du beurre, nos tarifs augmenteront de 6 % à compter du 1er novembre 2026. Les commandes passées avant le 15 octobre seront facturées à l'ancien tarif, y compris votre commande P12035 dont l'enlèvement est prévu le 20 octobre.

Nous vous remercions de votre compréhension.

Olivier Lemaire
Biscuiterie Lemaire SA
""", end="Nous vous remercions", change="price", intent="price_change", po=["P12035"],
     dates=[("2026-11-01", "price_effective", "à compter du 1er novembre 2026"), ("2026-10-15", "other", "avant le 15 octobre"),
            ("2026-10-20", "ship_date", "l'enlèvement est prévu le 20 octobre")],
     prices=[dict(product=None, pct=6, cur=None, eff="2026-11-01", quote="nos tarifs augmenteront de 6 % à compter du 1er novembre 2026")]),

dict(v="d13b_roubaix", lang="fr", at="2026-10-30 11:45", subj="RE: P12036 livraison 28/10 ?",
     text="""
Bonjour Laura,

Je reviens vers vous concernant P12036 et je suis désolée pour le silence de ces derniers jours, nous avons eu une semaine très compliquée avec l'inventaire et deux personnes malades à l'atelier de confection. Bref. Voici où nous en sommes : les 200 torchons LN-TO-50 sont prêts et partent lundi, vous devriez les recevoir mercredi 4 novembre. Les 100 nappes LN-NA-180, par contre, ne seront pas prêtes avant la fin novembre. Si cela vous arrange, nous pouvons vous proposer à la place des nappes LN-NA-160 (même coloris, un peu plus petites) que nous avons en stock et qui pourraient partir avec les torchons. Dites-moi ce que vous préférez.

Belle journée,
Aurélie

Le 22 oct. 2026 à 09:12, Laura Jensen <laura.jensen@hhg-retail.com> a écrit :
> Bonjour Aurélie, pouvez-vous me confirmer la livraison de P12036 pour le 28 octobre ? Et l'autre commande P12037 est-elle toujours prévue le 13 novembre ?
""", end="Belle journée,", change="mixed", intent="partial_shipment", sec=["delay", "question"], po=["P12036", "P12037"],
     commit=("2026-11-04", "vous devriez les recevoir mercredi 4 novembre"),
     dates=[("2026-11-02", "ship_date", "partent lundi"), ("2026-11-04", "new_eta", "mercredi 4 novembre"),
            ("2026-11-30", "other", "pas prêtes avant la fin novembre")],
     lines=[("LN-TO-50", 200, None, "les 200 torchons LN-TO-50", "P12036"),
            ("LN-NA-180", 100, None, "Les 100 nappes LN-NA-180", "P12036")]),

dict(v="savonnerie", lang="fr", at="2026-12-18 17:30", subj="Réponse automatique : absence",
     text="""
Bonjour,

Je suis absente du 19 décembre au 3 janvier inclus. Pour toute question urgente concernant vos commandes, merci de contacter Julien Fabre (julien.fabre@savonnerie-provence.fr). La savonnerie reste ouverte sauf le 25 décembre et le 1er janvier.

Camille Girard
""", end="Camille Girard", change="none", intent="other",
     dates=[("2026-12-19", "other", "du 19 décembre"), ("2027-01-03", "other", "3 janvier"),
            ("2026-12-25", "other", "le 25 décembre"), ("2027-01-01", "other", "le 1er janvier")]),

dict(v="d13b_luxembourg", c=1, lang="fr", at="2026-09-03 08:30", subj="Expédition P12038",
     text="""
Bonjour,

La commande P12038 a été chargée hier soir, camion Transports Wagner, CMR WAG-d13b-30921. Livraison à Hambourg prévue entre le lundi 7 et le mardi 8 septembre.

Pour l'autre commande (P12039), la marchandise sera prête le 15/09 ; nous vous communiquerons la date de livraison dès que le transport sera réservé.

Cordialement
Service Logistique
""", end="Cordialement", change="shipping", intent="shipping_notice", po=["P12038", "P12039"],
     commit=("2026-09-08", "Livraison à Hambourg prévue entre le lundi 7 et le mardi 8 septembre"),
     dates=[("2026-09-02", "ship_date", "chargée hier soir"), ("2026-09-07", "range_start", "entre le lundi 7"),
            ("2026-09-08", "range_end", "mardi 8 septembre"), ("2026-09-15", "other", "prête le 15/09")],
     track=[("Transports Wagner", "WAG-d13b-30921", "CMR WAG-d13b-30921")],
     changes=[("P12038", "shipping_notice", "2026-09-08", None, "La commande P12038 a été chargée hier soir"),
              ("P12039", "other", None, None, "la marchandise sera prête le 15/09")]),

dict(v="vosges", c=1, lang="fr", at="2026-11-24 13:05", subj="commande P12040",
     text="""
bonjour mme Klein

desolé pour la commande P12040 les tabourets ne sont pas encore finis, le vernis n'a pas seché a cause de l'humidité. on pense livrer la semaine 50 mais je vous confirme vendredi quand on aura vu la teinte. La date de depart prevue le 27/11 ne tient plus.

Didier
""", end="Didier", change="date", intent="delay", po=["P12040"],
     commit=("2026-12-07", "on pense livrer la semaine 50"),
     dates=[("2026-12-07", "new_eta", "la semaine 50"), ("2026-11-27", "other", "vendredi"),
            ("2026-11-27", "other", "le 27/11")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-12-07 10:50", subj="TR: Tournée Hambourg - P12041",
     text="""
Bonjour Monsieur Osei,

Je vous transfère le message de notre transporteur concernant P12041. Malheureusement la livraison de demain est annulée à cause de la neige, elle est reportée à jeudi.

Cordialement,
Thomas Roux
Textiles Lyonnais SA

---------- Message transféré ---------
De : Dispatch Gefco <dispatch@gefco-lyon.fr>
Date : lun. 7 déc. 2026 à 09:02
Objet : Tournée Hambourg

Bonjour, suite aux intempéries la tournée vers l'Allemagne du 08/12 est annulée. Prochain départ possible mercredi 9/12, livraison Hambourg jeudi 10/12 en fin de journée. Récépissé GEF-d13b-77310.
Dispatch
""", end="Cordialement,", change="date", intent="delay", po=["P12041"],
     commit=("2026-12-10", "elle est reportée à jeudi"),
     dates=[("2026-12-08", "other", "la livraison de demain"), ("2026-12-10", "new_eta", "reportée à jeudi"),
            ("2026-12-08", "other", "du 08/12"), ("2026-12-09", "ship_date", "mercredi 9/12"),
            ("2026-12-10", "new_eta", "jeudi 10/12")],
     track=[("Gefco", "GEF-d13b-77310", "Récépissé GEF-d13b-77310")]),

dict(v="d13b_tournai", lang="fr", at="2026-10-14 15:40", subj="Récapitulatif commandes en cours",
     text="""
Bonjour Madame Jensen,

Un petit récapitulatif de vos commandes en cours chez nous :
• P12042 (tapis de bain) : en production, je n'ai pas encore de date, je reviens vers vous la semaine prochaine.
• P12043 (paillassons coco) : livraison confirmée le 22 octobre.
• P12044 (tapis de couloir) : annulée comme convenu avec M. Brandt, merci de ne plus en tenir compte.

Bien cordialement,
Benoît Delcourt
Tapis de Tournai
""", end="Bien cordialement,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P12042", "P12043", "P12044"],
     commit=("2026-10-22", "livraison confirmée le 22 octobre"),
     dates=[("2026-10-19", "other", "la semaine prochaine"), ("2026-10-22", "confirmed_delivery", "le 22 octobre")],
     changes=[("P12042", "other", None, None, "en production, je n'ai pas encore de date"),
              ("P12043", "confirmation", "2026-10-22", None, "livraison confirmée le 22 octobre"),
              ("P12044", "cancellation", None, None, "annulée comme convenu avec M. Brandt")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-09-28 12:00", subj="P12045 : deux options de livraison",
     text="""
Bonjour,

Pour la commande P12045, nous pourrions livrer soit le jeudi 8 octobre (palette complète), soit en deux fois : 60 % le 2 octobre et le solde le 16 octobre. Quelle option vous convient le mieux ? Nous attendons votre retour avant mercredi pour planifier.

Julien Fabre
""", end="Julien Fabre", change="none", intent="question", po=["P12045"],
     dates=[("2026-10-08", "other", "le jeudi 8 octobre"), ("2026-10-02", "other", "le 2 octobre"),
            ("2026-10-16", "other", "le 16 octobre"), ("2026-09-30", "other", "avant mercredi")]),

dict(v="d13b_luxembourg", lang="fr", at="2026-12-17 09:20", subj="Proforma PF-d13b-0442 / P12046",
     text="""
Bonjour,

Ci-joint la facture proforma PF-d13b-0442 pour votre commande P12046, à régler avant le 23/12 pour que la marchandise puisse être enlevée le 28/12 comme convenu. Notre entrepôt est fermé le 24 et le 31 décembre.

Bien à vous
Marc Weis

--- attachment: PF-d13b-0442.pdf ---
FACTURE PROFORMA PF-d13b-0442 - Date : 17/12/2026
Commande client : P12046 - Incoterm : EXW Luxembourg
Vases grès CG-VS-30   240 pcs   x 14,80 EUR   3 552,00 EUR
Échéance : 23/12/2026
""", end="Bien à vous", change="none", intent="other", po=["P12046"], vref=["PF-d13b-0442"],
     dates=[("2026-12-23", "other", "avant le 23/12"), ("2026-12-28", "ship_date", "enlevée le 28/12"),
            ("2026-12-24", "other", "le 24"), ("2026-12-31", "other", "le 31 décembre"),
            ("2026-12-17", "other", "Date : 17/12/2026"), ("2026-12-23", "other", "Échéance : 23/12/2026")],
     lines=[("CG-VS-30", 240, "pcs", "Vases grès CG-VS-30   240 pcs", "P12046")]),

# ----------------------------------------------------------------------------- Spanish
dict(v="aceites", lang="es", at="2026-10-06 09:30", subj="Estado pedidos P12047 / P12048",
     text="""
Buenos días Laura:

Le resumo el estado de sus pedidos:
- P12047 (aceite de oliva AS-AO-1L): sale de nuestro almacén el jueves 8 y llega a Hamburgo el lunes 12 de octubre.
- P12048 (vinagre de Jerez): el otro pedido se retrasa por falta de botellas; lo tendremos listo hacia finales de octubre y le confirmaré la fecha de entrega entonces.

Un saludo,
Carmen López
Aceites del Sur
""", end="Un saludo,", change="date", intent="delay", sec=["confirmation"], po=["P12047", "P12048"],
     commit=("2026-10-12", "llega a Hamburgo el lunes 12 de octubre"),
     dates=[("2026-10-08", "ship_date", "el jueves 8"), ("2026-10-12", "confirmed_delivery", "el lunes 12 de octubre"),
            ("2026-10-31", "other", "hacia finales de octubre")],
     changes=[("P12047", "confirmation", "2026-10-12", None, "llega a Hamburgo el lunes 12 de octubre"),
              ("P12048", "delay", None, None, "el otro pedido se retrasa por falta de botellas")]),

dict(v="levante", lang="es", at="2026-11-11 12:10", subj="Entrega parcial pedido P12049",
     text="""
Estimado Sr. Brandt:

Le informamos de que hoy hemos enviado una entrega parcial de su pedido P12049: 350 juegos de sábanas TL-SB-150 de los 500 pedidos. Albarán ALB-d13b-6602, agencia SEUR, número de envío SEUR-d13b-440918. Entrega prevista el lunes 16/11.

Las 150 unidades restantes saldrán el 25/11 y llegarán a su almacén el 30/11.

Atentamente,
Lucía Martínez
Textil Levante S.A.
""", end="Atentamente,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P12049"], vref=["ALB-d13b-6602"],
     commit=("2026-11-30", "llegarán a su almacén el 30/11"),
     dates=[("2026-11-11", "ship_date", "hoy hemos enviado"), ("2026-11-16", "confirmed_delivery", "el lunes 16/11"),
            ("2026-11-25", "ship_date", "saldrán el 25/11"), ("2026-11-30", "new_eta", "el 30/11")],
     lines=[("TL-SB-150", 350, "juegos", "350 juegos de sábanas TL-SB-150", "P12049"),
            ("TL-SB-150", 150, "unidades", "Las 150 unidades restantes", "P12049")],
     track=[("SEUR", "SEUR-d13b-440918", "número de envío SEUR-d13b-440918")]),

dict(v="plasticos", c=1, lang="es", at="2026-09-10 17:20", subj="Pedido P12050 listo para recolección",
     text="""
Hola Mike,

Tu pedido P12050 ya está listo para recolección en nuestra planta de Apodaca a partir del lunes 14/09. Recuerda que el incoterm es FCA Monterrey, así que tu agente de carga tiene que programar la recogida. Cualquier duda me avisas.

Saludos,
Fernanda
""", end="Saludos,", change="none", intent="confirmation", po=["P12050"],
     dates=[("2026-09-14", "ship_date", "a partir del lunes 14/09")]),

dict(v="maule", lang="es", at="2026-12-03 10:40", subj="Vacaciones de verano y su pedido P12051",
     text="""
Estimada Sandra:

Te informo que la fábrica estará cerrada por vacaciones de verano desde el 4 de enero hasta el 29 de enero de 2027. Tu pedido P12051 (cestos de mimbre) se embarca antes del cierre: zarpa de San Antonio el 18 de diciembre y la llegada estimada a Hamburgo es el 25 de enero.

Saludos cordiales,
Catalina Soto
Mimbres del Maule
""", end="Saludos cordiales,", change="none", intent="confirmation", sec=["other"], po=["P12051"],
     commit=("2027-01-25", "la llegada estimada a Hamburgo es el 25 de enero"),
     dates=[("2027-01-04", "other", "desde el 4 de enero"), ("2027-01-29", "other", "el 29 de enero de 2027"),
            ("2026-12-18", "ship_date", "zarpa de San Antonio el 18 de diciembre"),
            ("2027-01-25", "confirmed_delivery", "el 25 de enero")]),

dict(v="d13b_tonala", lang="es", at="2026-10-20 13:15", subj="Estatus de sus órdenes",
     text="""
Buenas tardes Sra. Jensen,

Le comparto el estatus de sus tres órdenes:

Orden    Producto               Estatus                      Fecha entrega
P12052   Vasos soplados 350 ml  retraso por horno            14/12/2026
P12053   Jarras 1 L             en tiempo                    30/11/2026
P12054   Floreros azules        embarcado hoy, va completo   23/11/2026

Quedo atenta,
Guadalupe Ortega
Vidrios de Tonalá
""", end="Quedo atenta,", change="date", intent="delay", sec=["confirmation", "shipping_notice"],
     po=["P12052", "P12053", "P12054"],
     commit=("2026-12-14", "14/12/2026"),
     dates=[("2026-12-14", "new_eta", "14/12/2026"), ("2026-11-30", "confirmed_delivery", "30/11/2026"),
            ("2026-10-20", "ship_date", "embarcado hoy"), ("2026-11-23", "confirmed_delivery", "23/11/2026")],
     changes=[("P12052", "delay", "2026-12-14", None, "P12052   Vasos soplados 350 ml  retraso por horno            14/12/2026"),
              ("P12053", "confirmation", "2026-11-30", None, "P12053   Jarras 1 L             en tiempo                    30/11/2026"),
              ("P12054", "shipping_notice", "2026-11-23", None, "P12054   Floreros azules        embarcado hoy, va completo   23/11/2026")]),

dict(v="porto", lang="es", at="2026-11-05 11:00", subj="Pedido P12055 - envio parcial",
     text="""
Hola Laura,

Lamentablemente no conseguimos terminar todo el pedido P12055. Enviamos hoy 600 toallas TP-TB-70 de las 1000, la transportadora dice que llegan el martes. Las restantes 400 unidades dependen del tinte, que el proveedor nos entrega en diciembre, todavía no tenemos fecha de salida.

Cumprimentos / Saludos
Inês
""", end="Cumprimentos", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P12055"],
     commit=("2026-11-10", "llegan el martes"),
     dates=[("2026-11-05", "ship_date", "Enviamos hoy"), ("2026-11-10", "confirmed_delivery", "el martes"),
            ("2026-12-01", "other", "en diciembre")],
     lines=[("TP-TB-70", 600, None, "600 toallas TP-TB-70", "P12055"),
            ("TP-TB-70", 400, "unidades", "Las restantes 400 unidades", "P12055")]),

dict(v="d13b_asturias", c=1, lang="es", at="2026-09-25 08:50", subj="P12056",
     text="""
P12056: listo para recogida el miércoles 30. Confirmen transportista por favor.

Pedidos - Madera de Asturias
""", end="Pedidos - Madera", change="none", intent="confirmation", sec=["question"], po=["P12056"],
     dates=[("2026-09-30", "ship_date", "el miércoles 30")]),

dict(v="d13b_guimaraes", lang="es", at="2026-12-14 15:30", subj="Actualización de precios 2027",
     text="""
Estimados señores:

Les comunicamos que a partir del 1 de febrero de 2027 nuestros precios de cubiertos de acero inoxidable subirán un 3,8 %. Los pedidos en curso no se ven afectados: su pedido P12057 se mantiene al precio acordado y la entrega en su almacén sigue prevista para el 22 de diciembre.

Atentamente,
Nuno Mendes
Cutelarias de Guimarães
""", end="Atentamente,", change="price", intent="price_change", po=["P12057"],
     commit=("2026-12-22", "la entrega en su almacén sigue prevista para el 22 de diciembre"),
     dates=[("2027-02-01", "price_effective", "a partir del 1 de febrero de 2027"),
            ("2026-12-22", "confirmed_delivery", "el 22 de diciembre")],
     prices=[dict(product=None, pct=3.8, cur=None, eff="2027-02-01", quote="nuestros precios de cubiertos de acero inoxidable subirán un 3,8 %")]),

dict(v="tlaquepaque", c=1, lang="es", at="2026-11-27 10:00", subj="Pedido P12058 - esmalte verde",
     text="""
Hola Tim,

Sobre el pedido P12058, el esmalte verde que pediste se nos acabó. Te ofrezco dos opciones: 1) mandamos las macetas en terracota natural la próxima semana, o 2) esperamos el esmalte y las mandamos a mediados de enero. Dime cuál prefieres y te confirmo fechas.

Saludos,
Jorge
""", end="Saludos,", change="none", intent="question", po=["P12058"],
     dates=[("2026-11-30", "other", "la próxima semana"), ("2027-01-15", "other", "a mediados de enero")]),

dict(v="levante", c=1, lang="es", at="2026-10-29 16:45", subj="RV: Carga Textil Levante - P12059 / P12060",
     text="""
Hola Mike,

Te reenvío lo que nos dice la agencia. La mercancía del pedido P12059 ya salió, pero el otro pedido, P12060, sigue en nuestro almacén porque el camión iba lleno; sale el lunes.

Un saludo
Pablo

---------- Mensaje reenviado ---------
De: Tráfico Transportes Ribera <trafico@tribera.es>
Fecha: jue, 29 oct 2026 a las 14:20
Asunto: Carga Textil Levante

Buenas, cargado hoy el pedido de Hamburgo, 22 palets, CMR TR-d13b-51177. Entrega prevista martes 3 de noviembre por la mañana.
Tráfico
""", end="Un saludo", change="mixed", intent="shipping_notice", sec=["delay"], po=["P12059", "P12060"],
     commit=("2026-11-03", "Entrega prevista martes 3 de noviembre"),
     dates=[("2026-11-02", "ship_date", "sale el lunes"), ("2026-10-29", "ship_date", "cargado hoy"),
            ("2026-11-03", "confirmed_delivery", "martes 3 de noviembre")],
     track=[("Transportes Ribera", "TR-d13b-51177", "CMR TR-d13b-51177")],
     changes=[("P12059", "shipping_notice", "2026-11-03", None, "La mercancía del pedido P12059 ya salió"),
              ("P12060", "delay", None, None, "sigue en nuestro almacén porque el camión iba lleno; sale el lunes")]),

dict(v="d13b_temuco", lang="es", at="2026-09-14 11:30", subj="Su pedido P12061 de mantas",
     text="""
Estimada Sandra, junto con saludar, le escribo para contarle cómo va su pedido P12061 de mantas de lana. Como le comenté en la feria, este año la esquila se atrasó por las lluvias y la lana llegó a la hilandería recién a fines de agosto. Las tejedoras ya están trabajando y vamos bien. El despacho desde el puerto de San Antonio queda para el 9 de octubre y la naviera nos da llegada a Hamburgo el 12 de noviembre; el contenedor es MSKU-d13b-448120. Antes le habíamos indicado fines de octubre, así que son unas dos semanas más de lo previsto, le pido disculpas.

Quedamos atentos a cualquier consulta.

Saludos cordiales,
Ignacio Painemal
Lanas de la Araucanía SpA
""", end="Quedamos atentos", change="date", intent="delay", po=["P12061"],
     commit=("2026-11-12", "la naviera nos da llegada a Hamburgo el 12 de noviembre"),
     dates=[("2026-08-31", "other", "a fines de agosto"), ("2026-10-09", "ship_date", "queda para el 9 de octubre"),
            ("2026-11-12", "new_eta", "el 12 de noviembre"), ("2026-10-31", "other", "indicado fines de octubre")],
     track=[(None, "MSKU-d13b-448120", "el contenedor es MSKU-d13b-448120")]),

dict(v="aceites", c=1, lang="es", at="2026-12-11 09:05", subj="Factura FAC-d13b-2291",
     text="""
Buenos días,

Les adjuntamos la factura FAC-d13b-2291 correspondiente al pedido P12062, entregado el pasado 4 de diciembre. Vencimiento: 10 de enero de 2027. Les recordamos también que la factura FAC-d13b-2188 (pedido P12063) venció el 30 de noviembre y sigue pendiente de pago.

Atentamente,
Javier Ruiz
""", end="Atentamente,", change="none", intent="other", po=["P12062", "P12063"],
     vref=["FAC-d13b-2291", "FAC-d13b-2188"],
     dates=[("2026-12-04", "other", "el pasado 4 de diciembre"), ("2027-01-10", "other", "10 de enero de 2027"),
            ("2026-11-30", "other", "el 30 de noviembre")]),

dict(v="d13b_tonala", c=1, lang="es", at="2026-12-01 12:30", subj="Embarque parcial P12064",
     text="""
Buen día,

Se embarcó hoy por vía aérea una parte del pedido P12064: 3 de 5 tarimas (AWB 139-d13b-5521). El resto de las piezas se quebró en el horno y hay que volver a soplarlas; no tenemos fecha todavía, probablemente después de las fiestas.

Embarques - Vidrios de Tonalá
""", end="Embarques - Vidrios", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P12064"],
     dates=[("2026-12-01", "ship_date", "Se embarcó hoy")],
     lines=[("tarimas", 3, "tarimas", "3 de 5 tarimas", "P12064")],
     track=[(None, "139-d13b-5521", "AWB 139-d13b-5521")]),

dict(v="maule", c=1, lang="es", at="2026-11-19 14:00", subj="RE: P12065 y P12066",
     text="""
Hola Laura, te respondo entre líneas.

El 18-11-2026, a las 10:02, Laura Jensen <laura.jensen@hhg-retail.com> escribió:
> ¿Se mantiene la llegada del P12065 para el 7 de diciembre?
Sí, el contenedor ya va navegando, llegada a Hamburgo el 7/12 sin cambios.
> ¿Y el P12066?
Ese se atrasó: la nave salió con una semana de retraso, ahora llega el 21/12.

Saludos,
Matías
""", end="Saludos,", change="date", intent="delay", sec=["confirmation"], po=["P12065", "P12066"],
     commit=("2026-12-07", "llegada a Hamburgo el 7/12 sin cambios"),
     dates=[("2026-12-07", "confirmed_delivery", "el 7/12"), ("2026-12-21", "new_eta", "el 21/12")],
     changes=[("P12065", "confirmation", "2026-12-07", None, "llegada a Hamburgo el 7/12 sin cambios"),
              ("P12066", "delay", "2026-12-21", None, "Ese se atrasó: la nave salió con una semana de retraso, ahora llega el 21/12")]),

dict(v="d13b_asturias", lang="es", at="2026-10-15 10:20", subj="Confirmación de pedido P12067",
     text="""
Buenos días Sr. Osei:

Adjunto la confirmación de pedido. Como hablamos, las tablas de cortar irán en un envío aparte, ver fechas abajo.

Un cordial saludo,
Covadonga Álvarez

--- attachment: CP-d13b-7740.pdf ---
CONFIRMACIÓN DE PEDIDO CP-d13b-7740   Fecha: 15/10/2026
Su pedido: P12067
Artículo      Descripción                Cant.   Entrega
MA-BC-40      Bandeja castaño 40 cm      120     semana 45
MA-TC-30      Tabla de cortar castaño    200     semana 46
""", end="Un cordial saludo,", change="none", intent="confirmation", po=["P12067"], vref=["CP-d13b-7740"],
     commit=("2026-11-09", "semana 46"),
     dates=[("2026-10-15", "other", "Fecha: 15/10/2026"), ("2026-11-02", "confirmed_delivery", "semana 45"),
            ("2026-11-09", "confirmed_delivery", "semana 46")],
     lines=[("MA-BC-40", 120, None, "MA-BC-40      Bandeja castaño 40 cm      120     semana 45", "P12067"),
            ("MA-TC-30", 200, None, "MA-TC-30      Tabla de cortar castaño    200     semana 46", "P12067")]),

dict(v="plasticos", lang="es", at="2026-11-30 09:15", subj="Cierre por vacaciones - orden P12068",
     text="""
Estimado cliente:

Le informamos que Plásticos del Norte cerrará por vacaciones del 19 de diciembre al 3 de enero. Los embarques programados entre esas fechas se recorren al 4 de enero. Su orden P12068, con fecha de embarque 21/12, quedaría entonces para el 4 de enero. Si prefiere adelantarla al 17/12, favor de avisarnos antes del viernes.

Atentamente,
Rodrigo Garza
""", end="Atentamente,", change="date", intent="delay", sec=["question"], po=["P12068"],
     dates=[("2026-12-19", "other", "del 19 de diciembre"), ("2027-01-03", "other", "al 3 de enero"),
            ("2027-01-04", "other", ("4 de enero", 0)), ("2026-12-21", "other", "fecha de embarque 21/12"),
            ("2027-01-04", "ship_date", ("4 de enero", 1)), ("2026-12-17", "other", "al 17/12"),
            ("2026-12-04", "other", "antes del viernes")]),

# ----------------------------------------------------------------------------- Dutch
dict(v="vanderberg", lang="nl", at="2026-09-09 10:00", subj="Update orders P12069 en P12070",
     text="""
Goedemorgen Laura,

Even een update over jullie twee orders:
- P12069 (plantenbakken VB-PB-60): staat gepland voor levering op maandag 14 september, zoals bevestigd.
- P12070 (tuinslangen): de andere order loopt vertraging op, de slangen komen pas in week 40 binnen bij ons, levering bij jullie dan in week 41.

Met vriendelijke groet,
Pieter van der Berg
""", end="Met vriendelijke groet,", change="date", intent="delay", sec=["confirmation"], po=["P12069", "P12070"],
     commit=("2026-09-14", "staat gepland voor levering op maandag 14 september"),
     dates=[("2026-09-14", "confirmed_delivery", "maandag 14 september"), ("2026-09-28", "other", "in week 40"),
            ("2026-10-05", "new_eta", "in week 41")],
     changes=[("P12069", "confirmation", "2026-09-14", None, "staat gepland voor levering op maandag 14 september, zoals bevestigd"),
              ("P12070", "delay", "2026-10-05", None, "levering bij jullie dan in week 41")]),

dict(v="devries", c=1, lang="nl", at="2026-10-22 14:30", subj="Deellevering P12071",
     text="""
Hallo Mike,

Vandaag is een deellevering van order P12071 vertrokken: 240 van de 400 pannensets DV-PS-3, vrachtbrief PostNL 3SDVB-d13b-88120. Levering morgen. De resterende 160 sets volgen in week 45.

Groetjes,
Femke
""", end="Groetjes,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P12071"],
     commit=("2026-11-02", "De resterende 160 sets volgen in week 45"),
     dates=[("2026-10-22", "ship_date", "Vandaag is een deellevering"), ("2026-10-23", "confirmed_delivery", "Levering morgen"),
            ("2026-11-02", "new_eta", "in week 45")],
     lines=[("DV-PS-3", 240, None, "240 van de 400 pannensets DV-PS-3", "P12071"),
            ("DV-PS-3", 160, "sets", "De resterende 160 sets", "P12071")],
     track=[("PostNL", "3SDVB-d13b-88120", "vrachtbrief PostNL 3SDVB-d13b-88120")]),

dict(v="d13b_eindhoven", c=1, lang="nl", at="2026-11-12 09:45", subj="P12072 klaar om op te halen",
     text="""
Beste Tim,

Order P12072 (hanglampen KL-HL-35) staat vanaf dinsdag 17/11 klaar om op te halen bij ons magazijn in Eindhoven. Graag een ophaalafspraak maken via orderdesk@kempischlicht.nl, ophalen kan tussen 8 en 16 uur.

Groet,
Orderdesk Kempisch Lichtatelier
""", end="Groet,", change="none", intent="confirmation", po=["P12072"],
     dates=[("2026-11-17", "ship_date", "vanaf dinsdag 17/11")]),

dict(v="d13b_gouda", lang="nl", at="2026-12-08 11:20", subj="Kerstsluiting",
     text="""
Beste relatie,

In verband met de kerstsluiting is ons bedrijf gesloten van vrijdag 25 december tot en met vrijdag 1 januari. De laatste leveringen van dit jaar rijden we op woensdag 23 december. Vanaf maandag 4 januari zijn we weer bereikbaar.

Met vriendelijke groet,
Marieke Verhoef
Goudse Pottenbakkerij B.V.
""", end="Met vriendelijke groet,", change="none", intent="other",
     dates=[("2026-12-25", "other", "vrijdag 25 december"), ("2027-01-01", "other", "vrijdag 1 januari"),
            ("2026-12-23", "other", "woensdag 23 december"), ("2027-01-04", "other", "maandag 4 januari")]),

dict(v="d13b_antwerpen", lang="nl", at="2026-09-02 15:10", subj="P12073 vazen",
     text="""
Dag Sandra,

Door het bouwverlof bij onze leverancier van zand liep de productie van jullie order P12073 achter. De vazen AG-VZ-25 worden nu geblazen en zijn klaar tegen vrijdag 18 september. Levering bij jullie dan in week 39, ik bevestig de precieze dag nog.

Groeten,
Stijn
""", end="Groeten,", change="date", intent="delay", po=["P12073"],
     commit=("2026-09-21", "Levering bij jullie dan in week 39"),
     dates=[("2026-09-18", "other", "vrijdag 18 september"), ("2026-09-21", "new_eta", "in week 39")]),

dict(v="vlaamse", lang="nl", at="2026-11-02 16:00", subj="Overzicht openstaande orders",
     text="""
Beste Laura,

Hierbij het overzicht van jullie openstaande orders:

Order    Artikel              Oorspr. datum   Nieuwe datum
P12074   Plaids VT-PL-130     06/11           20/11
P12075   Kussenslopen         06/11           06/11 (ongewijzigd)
P12076   Tafellakens          13/11           geannuleerd op jullie vraag

Met vriendelijke groeten,
Jeroen Peeters
Vlaamse Textiel NV
""", end="Met vriendelijke groeten,", change="mixed", intent="delay", sec=["confirmation", "cancellation"],
     po=["P12074", "P12075", "P12076"],
     commit=("2026-11-20", "20/11"),
     dates=[("2026-11-06", "other", ("06/11", 0)), ("2026-11-20", "new_eta", "20/11"),
            ("2026-11-06", "other", ("06/11", 1)), ("2026-11-06", "confirmed_delivery", ("06/11", 2)),
            ("2026-11-13", "other", "13/11")],
     changes=[("P12074", "delay", "2026-11-20", None, "P12074   Plaids VT-PL-130     06/11           20/11"),
              ("P12075", "confirmation", "2026-11-06", None, "P12075   Kussenslopen         06/11           06/11 (ongewijzigd)"),
              ("P12076", "cancellation", None, None, "P12076   Tafellakens          13/11           geannuleerd op jullie vraag")]),

dict(v="kempen", c=1, lang="nl", at="2026-10-09 13:40", subj="P12077",
     text="""
P12077 niet deze week, wordt volgende week donderdag. Gr Liesbeth
""", end="Gr Liesbeth", change="date", intent="delay", po=["P12077"],
     commit=("2026-10-15", "wordt volgende week donderdag"),
     dates=[("2026-10-05", "other", "deze week"), ("2026-10-15", "new_eta", "volgende week donderdag")]),

dict(v="twente", c=1, lang="nl", at="2026-12-15 10:05", subj="Factuur F-d13b-40917",
     text="""
Goedemorgen,

Bijgaand de factuur F-d13b-40917 voor de levering van 10 december (order P12078). Betaling graag binnen 30 dagen, uiterlijk 14 januari 2027. Let op: per 1 februari 2027 wijzigt niet ons IBAN, maar wel ons factuuradres; u ontvangt hierover nog een aparte brief.

Met vriendelijke groet,
Ilse Bosman
Twentse Kunststoffen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P12078"], vref=["F-d13b-40917"],
     dates=[("2026-12-10", "other", "10 december"), ("2027-01-14", "other", "uiterlijk 14 januari 2027"),
            ("2027-02-01", "other", "per 1 februari 2027")]),

dict(v="d13b_eindhoven", lang="nl", at="2026-10-27 11:00", subj="P12079 lampen - deels op voorraad",
     text="""
Hoi Mike,

Van order P12079 kunnen we de 80 wandlampen KL-WL-12 vrijdag leveren. Van de 120 tafellampen KL-TL-40 hebben we er maar 50 op voorraad. Optie 1: we sturen die 50 vrijdag mee en de overige 70 half december. Optie 2: we wachten en leveren alle tafellampen in één keer, dan wordt het week 51. Laat maar weten wat je wilt.

Groet, Joost
""", end="Groet, Joost", change="quantity", intent="partial_shipment", sec=["question"], po=["P12079"],
     commit=("2026-10-30", "de 80 wandlampen KL-WL-12 vrijdag leveren"),
     dates=[("2026-10-30", "confirmed_delivery", ("vrijdag", 0)), ("2026-10-30", "other", ("vrijdag", 1)),
            ("2026-12-15", "other", "half december"), ("2026-12-14", "other", "week 51")],
     lines=[("KL-WL-12", 80, None, "80 wandlampen KL-WL-12", "P12079"),
            ("KL-TL-40", 50, None, "er maar 50 op voorraad", "P12079"),
            ("KL-TL-40", 70, None, "de overige 70", "P12079")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-11-20 08:30", subj="FW: rit HHG - P12080",
     text="""
Hoi Laura,

Zie hieronder de bevestiging van de vervoerder voor P12080. Ophalen bij ons is maandag, levering bij jullie dinsdag of woensdag.

Groet, Sanne

---------- Doorgestuurd bericht ---------
Van: Planning Van Vliet Transport <planning@vanvliet-transport.nl>
Datum: do 19 nov. 2026 16:44
Onderwerp: rit HHG

Sanne, ophalen ma 23-11 tussen 10 en 12, lossen Hamburg di 24-11 of wo 25-11 afhankelijk van de rit.
Planning
""", end="Groet, Sanne", change="none", intent="confirmation", po=["P12080"],
     commit=("2026-11-25", "levering bij jullie dinsdag of woensdag"),
     dates=[("2026-11-23", "ship_date", "maandag"), ("2026-11-24", "range_start", "dinsdag"),
            ("2026-11-25", "range_end", "woensdag"), ("2026-11-23", "ship_date", "ophalen ma 23-11"),
            ("2026-11-24", "range_start", "di 24-11"), ("2026-11-25", "range_end", "wo 25-11")]),

dict(v="devries", lang="nl", at="2026-09-30 12:45", subj="P12081 eerder leveren?",
     text="""
Beste Sandra,

Kunnen we de levering van P12081 een week naar voren halen, naar maandag 12 oktober? Dan past het beter in onze planning. Als dat niet kan blijft het gewoon zoals afgesproken.

Groet,
Mark
""", end="Groet,", change="none", intent="question", po=["P12081"],
     dates=[("2026-10-12", "other", "maandag 12 oktober")]),

dict(v="d13b_gouda", c=1, lang="nl", at="2026-11-03 15:50", subj="Re: P12082 en P12083",
     text="""
Beste Tim,

Even een uitgebreidere update over P12082, want er is nogal wat misgegaan. Bij het bakken van de tweede lading bloempotten GP-BP-18 is de oven uitgevallen, waardoor een deel van de potten gescheurd is. Van de 500 potten zijn er 320 goed, die zijn vanochtend met onze eigen bus vertrokken en komen morgenochtend bij jullie binnen. De overige 180 moeten opnieuw gedraaid en gebakken worden. Dat kost ongeveer drie weken, dus reken op levering rond 24 november, maar ik houd een slag om de arm tot de oven weer helemaal op temperatuur is.

Over P12083 uit je vorige mail: daar verandert niets aan.

Met vriendelijke groet,
Logistiek Goudse Pottenbakkerij

Op 30 okt. 2026 om 10:15 schreef Tim Brandt <tim.brandt@hhg-retail.com>:
> Hoi, hoe staat het met P12082 (levering 03/11) en P12083 (levering 17/11)?
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P12082", "P12083"],
     commit=("2026-11-24", "reken op levering rond 24 november"),
     dates=[("2026-11-03", "ship_date", "vanochtend"), ("2026-11-04", "confirmed_delivery", "morgenochtend"),
            ("2026-11-24", "new_eta", "rond 24 november")],
     lines=[("GP-BP-18", 320, None, "er 320 goed", "P12082"), ("GP-BP-18", 180, None, "De overige 180", "P12082")],
     changes=[("P12082", "partial_shipment", "2026-11-24", 180, "reken op levering rond 24 november"),
              ("P12083", "confirmation", None, None, "daar verandert niets aan")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-12-17 09:30", subj="Automatisch antwoord: afwezig",
     text="""
Bedankt voor uw bericht. Ik ben afwezig van 18 december tot en met 3 januari. Voor dringende vragen over orders of leveringen kunt u terecht bij Jeroen Peeters. Vanaf maandag 4 januari beantwoord ik uw mail zo snel mogelijk.

An Claes
""", end="An Claes", change="none", intent="other",
     dates=[("2026-12-18", "other", "van 18 december"), ("2027-01-03", "other", "3 januari"),
            ("2027-01-04", "other", "maandag 4 januari")]),

dict(v="twente", lang="nl", at="2026-10-13 10:10", subj="Prijswijziging opbergboxen per 1 november",
     text="""
Beste Laura,

Door de gestegen grondstofprijzen (PP-granulaat) verhogen we per 1 november de prijs van de opbergboxen TK-OB-45 van € 4,20 naar € 4,45 per stuk. Jullie lopende order P12084 leveren we nog tegen de oude prijs, levering blijft staan op donderdag 22 oktober.

Met vriendelijke groet,
Ruud Hendriks
""", end="Met vriendelijke groet,", change="price", intent="price_change", po=["P12084"],
     commit=("2026-10-22", "levering blijft staan op donderdag 22 oktober"),
     dates=[("2026-11-01", "price_effective", "per 1 november"), ("2026-10-22", "confirmed_delivery", "donderdag 22 oktober")],
     prices=[dict(product="TK-OB-45", old=4.20, new=4.45, cur="EUR", eff="2026-11-01",
                  quote="de prijs van de opbergboxen TK-OB-45 van € 4,20 naar € 4,45 per stuk")]),

dict(v="d13b_antwerpen", c=1, lang="nl", at="2026-11-25 14:15", subj="Orderbevestiging P12085",
     text="""
Beste Mike,

In bijlage de orderbevestiging voor P12085. De andere order, P12086, is nog in behandeling; daarvoor krijg je begin volgende week een aparte bevestiging.

Met vriendelijke groeten,
Verkoop binnendienst

--- attachment: OB-d13b-9053.pdf ---
ORDERBEVESTIGING OB-d13b-9053  datum 25-11-2026
Uw order: P12085
Art.nr.     Omschrijving               Aantal   Levering
AG-KG-20    Kerstbal glas 8 cm         1.200    07-12-2026 t/m 09-12-2026
AG-PK-10    Piek glas goud               300    07-12-2026 t/m 09-12-2026
""", end="Met vriendelijke groeten,", change="none", intent="confirmation", po=["P12085", "P12086"], vref=["OB-d13b-9053"],
     commit=("2026-12-09", ("09-12-2026", 0)),
     dates=[("2026-11-30", "other", "begin volgende week"), ("2026-11-25", "other", "datum 25-11-2026"),
            ("2026-12-07", "range_start", ("07-12-2026", 0)), ("2026-12-09", "range_end", ("09-12-2026", 0)),
            ("2026-12-07", "range_start", ("07-12-2026", 1)), ("2026-12-09", "range_end", ("09-12-2026", 1))],
     lines=[("AG-KG-20", 1200, None, "AG-KG-20    Kerstbal glas 8 cm         1.200    07-12-2026 t/m 09-12-2026", "P12085"),
            ("AG-PK-10", 300, None, "AG-PK-10    Piek glas goud               300    07-12-2026 t/m 09-12-2026", "P12085")],
     changes=[("P12085", "confirmation", "2026-12-09", None, "In bijlage de orderbevestiging voor P12085"),
              ("P12086", "other", None, None, "is nog in behandeling")]),

dict(v="kempen", lang="nl", at="2026-12-04 16:30", subj="P12087 eiken tafels - levering 11/12 vervalt",
     text="""
Beste Sandra,

Slecht nieuws voor P12087: de eiken tafels zijn bij de afwerking afgekeurd door onze kwaliteitscontrole. De geplande levering van 11 december halen we niet. We moeten het blad opnieuw schuren en lakken en kunnen pas na de feestdagen een nieuwe datum geven, ten vroegste in januari.

Excuses voor het ongemak.

Met vriendelijke groeten,
Wouter Janssens
""", end="Excuses voor het ongemak.", change="date", intent="delay", po=["P12087"],
     dates=[("2026-12-11", "other", "11 december"), ("2027-01-01", "other", "ten vroegste in januari")]),
]
