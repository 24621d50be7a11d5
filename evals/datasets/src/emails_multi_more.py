# ruff: noqa: E501 - email text is data
"""More emails in German, French, Spanish and Dutch (issue #5). Hand-written, one voice per vendor."""

EMAILS = [
# ----------------------------------------------------------------------------- German
dict(v="mueller", lang="de", at="2026-11-24 08:50", subj="AW: P02025 Heckenscheren – Termin 27.11.?",
     text="""
Sehr geehrte Frau Klein,

vielen Dank für Ihre Nachfrage. Leider können wir den bestätigten Liefertermin 27.11. für die Akku-Heckenscheren MG-HS-18V aus Ihrer Bestellung P02025 nicht halten. Unser Akku-Zulieferer hat uns kurzfristig versetzt; nach aktuellem Stand können wir erst in KW 51 versenden, die Ware wäre dann spätestens am Freitag, 18.12., bei Ihnen in Hamburg.

Die Ladegeräte MG-LG-18 sind davon nicht betroffen und gehen wie geplant morgen raus.

Sollte der neue Termin für Ihre Weihnachtsaktion zu spät sein, könnten Sie die Position MG-HS-18V auch stornieren – geben Sie uns in dem Fall bitte bis Donnerstag Bescheid.

Mit freundlichen Grüßen

Jürgen Müller
Vertrieb Handel
Müller Gartentechnik GmbH & Co. KG
Tel. +49 7141 55 20-13

Am 23.11.2026 um 16:02 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Hallo Herr Müller,
> wie ist der Stand bei P02025? Der Termin 27.11. ist für uns wichtig, weil die Heckenscheren in den Weihnachtsprospekt kommen.
> Gruß, Sandra Klein
""", end="Mit freundlichen Grüßen", change="date", intent="delay", sec=["question"],
     po=["P02025"], commit=("2026-12-18", "spätestens am Freitag, 18.12., bei Ihnen"),
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

dict(v="alpen", c=1, lang="de", at="2026-12-10 14:05", subj="Lieferavis P02026",
     text="""
Hallo Mike,

deine Bestellung P02026 (Lebkuchenherzen, Zirbenschnaps-Pralinen und Kletzenbrot) ist heute Mittag komplett bei uns aus dem Lager raus. Die Spedition Gebrüder Weiss stellt am Montag, 14.12., zwischen 7 und 11 Uhr zu.

Sendungsnummer: GW-AT-77810342
Der Lieferschein LS-26-4471 liegt der Ware bei und hängt auch als PDF dran.

Schönen Gruß aus Salzburg und eine ruhige Adventszeit!
Theresa

--- attachment: LS-26-4471.pdf ---
Alpen Feinkost AG · Lieferschein LS-26-4471 · Lieferdatum 14.12.2026
Bestellung: P02026
AF-LH-100  Lebkuchenherzen 100 g        960 Stk.   8 Kart.
AF-ZP-150  Zirbenschnaps-Pralinen 150 g 480 Stk.   4 Kart.
AF-KB-500  Kletzenbrot 500 g            240 Stk.   4 Kart.
""", end="Schönen Gruß aus Salzburg", change="shipping", intent="shipping_notice", po=["P02026"],
     vref=["LS-26-4471"], commit=("2026-12-14", "stellt am Montag, 14.12., zwischen 7 und 11 Uhr zu"),
     dates=[("2026-12-10", "ship_date", "heute Mittag"), ("2026-12-14", "confirmed_delivery", "Montag, 14.12."),
            ("2026-12-14", "confirmed_delivery", "Lieferdatum 14.12.2026")],
     lines=[("AF-LH-100", 960, "Stk.", "AF-LH-100  Lebkuchenherzen 100 g        960 Stk.   8 Kart.", "P02026"),
            ("AF-ZP-150", 480, "Stk.", "AF-ZP-150  Zirbenschnaps-Pralinen 150 g 480 Stk.   4 Kart.", "P02026"),
            ("AF-KB-500", 240, "Stk.", "AF-KB-500  Kletzenbrot 500 g            240 Stk.   4 Kart.", "P02026")],
     track=[("Gebrüder Weiss", "GW-AT-77810342", "Sendungsnummer: GW-AT-77810342")]),

dict(v="brunner", c=1, lang="de", at="2026-10-14 10:35", subj="AW: P02027 Pos. 3 stornieren",
     text="""
Grüezi Frau Jensen

Besten Dank für Ihre Nachricht. Wie gewünscht haben wir die Position 3 (BT-KS-80, Kissenbezug Leinen 40x80 cm, 500 Stück) aus Ihrer Bestellung P02027 storniert. Die übrigen Positionen bleiben unverändert und werden wie bestätigt in KW 44 geliefert.

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
Betreff: P02027 Pos. 3 stornieren

Guten Tag Frau Keller,
bitte stornieren Sie bei P02027 die Position 3 (Kissenbezüge 40x80). Der Rest bleibt wie bestellt.
Danke und Gruss
Laura Jensen
""", end="Freundliche Grüsse", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P02027"], vref=["AB 26-3318"], commit=("2026-10-26", "wie bestätigt in KW 44 geliefert"),
     dates=[("2026-10-26", "confirmed_delivery", "KW 44")],
     lines=[("BT-KS-80", 500, "Stück", "500 Stück", "P02027")]),

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

dict(v="schwarzwald", c=1, lang="de", at="2026-10-07 13:25", subj="Rückfrage Lieferadresse P02028",
     text="""
Guten Tag Herr Brandt,

für Ihre Bestellung P02028 (Gusseisenpfannen) bräuchten wir noch zwei Angaben von Ihnen, bevor wir den Transport buchen können:

1. Soll die Ware an Ihr Zentrallager in Hamburg-Billbrook oder direkt an die Filiale in Lüneburg gehen? In der Bestellung stehen beide Adressen.
2. Benötigt Ihr Lager eine Avisierung mit Zeitfenster, und falls ja, bei wem?

Am Liefertermin KW 43 ändert sich nichts.

Vielen Dank und freundliche Grüße
Sabine Hoffmann
Innendienst
""", end="Vielen Dank und freundliche Grüße", change="none", intent="question", sec=["confirmation"],
     po=["P02028"], commit=("2026-10-19", "Am Liefertermin KW 43 ändert sich nichts"),
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

dict(v="brunner", lang="de", at="2026-11-16 08:10", subj="AW: P02029 – Liefertermin vorziehen?",
     text="""
Guten Morgen Frau Klein

Das sollte klappen. Wir ziehen die Frottiertücher für P02029 vor: Versand am Mittwoch ab Wattwil, Zustellung in Hamburg am Freitag, 20.11. Die Menge bleibt wie bestellt bei 1'200 Stück.

Freundliche Grüsse
Reto Brunner

________________________________
Von: Sandra Klein <sandra.klein@hhg-retail.com>
Gesendet: Freitag, 13. November 2026 15:22
An: Reto Brunner <reto.brunner@brunner-textil.ch>
Betreff: P02029 – Liefertermin vorziehen?

Hallo Herr Brunner,
die Frottiertücher aus P02029 sind für KW 49 bestätigt. Wäre eine Lieferung schon in KW 47 möglich? Der Abverkauf läuft besser als gedacht.
Viele Grüsse
Sandra Klein
""", end="Freundliche Grüsse", change="date", intent="confirmation", po=["P02029"],
     commit=("2026-11-20", "Zustellung in Hamburg am Freitag, 20.11."),
     dates=[("2026-11-18", "ship_date", "Mittwoch"), ("2026-11-20", "confirmed_delivery", "Freitag, 20.11.")],
     lines=[("Frottiertücher", 1200, "Stück", "1'200 Stück", "P02029")]),
# ----------------------------------------------------------------------------- French
dict(v="lyonnais", lang="fr", at="2026-12-01 10:40", subj="RE: P00766 - livraison du 4 décembre",
     text="""
Bonjour Madame Jensen,

Je reviens vers vous concernant votre commande P00766 (linge de lit en percale, réf. TL-PC-240 et TL-PC-260).

Notre teinturier a pris du retard suite à une panne de sa chaîne de blanchiment, et nous ne pourrons pas respecter la livraison prévue le 4 décembre. Les housses de couette TL-PC-240 seront expédiées le 11 décembre pour une livraison chez vous le lundi 14. Pour les TL-PC-260, il faudra malheureusement compter fin décembre.

Je suis vraiment désolée pour ce contretemps et reste à votre disposition.

Bien cordialement,

Isabelle Martin
Responsable commerciale Grands Comptes
Textiles Lyonnais SA

Le lun. 30 nov. 2026 à 17:12, Laura Jensen <laura.jensen@hhg-retail.com> a écrit :
> Bonjour Isabelle,
> Pouvez-vous me confirmer la livraison de la P00766 pour le 4 décembre ?
> Merci, Laura
""", end="Bien cordialement,", change="date", intent="delay", po=["P00766"],
     commit=("2026-12-31", "il faudra malheureusement compter fin décembre"),
     dates=[("2026-12-04", "other", ("4 décembre", 0)), ("2026-12-11", "ship_date", "11 décembre"),
            ("2026-12-14", "new_eta", "lundi 14"), ("2026-12-31", "new_eta", "fin décembre")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-11-19 16:05", subj="Re: Commande P02030",
     text="""
Bonjour Mike,

Bien reçu ta commande P02030, merci ! Je te confirme l'ensemble des références et quantités :

- SP-SAV-LAV savon lavande 100 g : 2 400 pièces
- SP-SAV-OLI savon olive 100 g : 1 800 pièces
- SP-COF-3 coffret 3 savons : 600 pièces

Les coffrets doivent encore être assemblés, donc tout partira de Salon-de-Provence le jeudi 3 décembre ; le transporteur annonce 3 jours ouvrés, soit une livraison à Hambourg le mardi 8 décembre au plus tard.

Notre confirmation de commande CC-2611-208 suit par mail séparé avec la facture proforma.

Belle journée,
Julien
""", end="Belle journée,", change="none", intent="confirmation", po=["P02030"], vref=["CC-2611-208"],
     commit=("2026-12-08", "une livraison à Hambourg le mardi 8 décembre au plus tard"),
     dates=[("2026-12-03", "ship_date", "jeudi 3 décembre"), ("2026-12-08", "confirmed_delivery", "3 jours ouvrés"),
            ("2026-12-08", "confirmed_delivery", "mardi 8 décembre")],
     lines=[("SP-SAV-LAV", 2400, "pièces", "2 400 pièces", "P02030"),
            ("SP-SAV-OLI", 1800, "pièces", "1 800 pièces", "P02030"),
            ("SP-COF-3", 600, "pièces", "600 pièces", "P02030")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-12-02 11:30", subj="Livraison partielle - votre commande P00773",
     text="""
Madame, Monsieur,

Nous vous informons que votre commande n° P00773 a fait l'objet d'une livraison partielle, expédiée ce jour au départ de notre plateforme d'Angers :

Réf.        Désignation                     Commandé   Expédié   Reliquat
JV-TER-40   Terreau universel 40 L          1 200      900       300
JV-ENG-10   Engrais gazon 10 kg             400        400       0
JV-POT-30   Pot terre cuite Ø 30 cm         250        130       120

Le reliquat (300 sacs de terreau et 120 pots) sera expédié en semaine 50 et livré au plus tard le vendredi 11 décembre.

Transporteur : DB Schenker – n° de récépissé 2650081734
Bordereau de livraison : BL-26-09127

Nous restons à votre disposition pour tout renseignement complémentaire.

Cordialement,
Le Service ADV
Les Jardins du Val SAS
""", end="Cordialement,", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P00773"], vref=["BL-26-09127"],
     commit=("2026-12-11", "livré au plus tard le vendredi 11 décembre"),
     dates=[("2026-12-02", "ship_date", "ce jour"), ("2026-12-07", "ship_date", "semaine 50"),
            ("2026-12-11", "new_eta", "vendredi 11 décembre")],
     lines=[("JV-TER-40", 900, None, "JV-TER-40   Terreau universel 40 L          1 200      900       300", "P00773"),
            ("JV-ENG-10", 400, None, "JV-ENG-10   Engrais gazon 10 kg             400        400       0", "P00773"),
            ("JV-POT-30", 130, None, "JV-POT-30   Pot terre cuite Ø 30 cm         250        130       120", "P00773"),
            ("JV-TER-40", 300, "sacs", "300 sacs de terreau", "P00773"),
            ("JV-POT-30", 120, "pots", "120 pots", "P00773")],
     track=[("DB Schenker", "2650081734", "DB Schenker – n° de récépissé 2650081734")]),

dict(v="bretagne", c=1, lang="fr", at="2026-10-20 17:45", subj="Avis d'expédition - commande P00468",
     text="""
Bonjour Monsieur Brandt,

Votre commande P00468 est partie cet après-midi de notre entrepôt de Lannion, au complet.

Suivi Chronopost : XV 4471 2286 5FR
Livraison estimée : jeudi 22 octobre avant 13 h.

Pour mémoire, la facture F-2026-10388 vous sera envoyée séparément.

Cordialement,
Morgane Tanguy
Service logistique – AEB Bretagne
""", end="Cordialement,", change="shipping", intent="shipping_notice", po=["P00468"], vref=["F-2026-10388"],
     commit=("2026-10-22", "Livraison estimée : jeudi 22 octobre"),
     dates=[("2026-10-20", "ship_date", "cet après-midi"), ("2026-10-22", "confirmed_delivery", "jeudi 22 octobre")],
     track=[("Chronopost", "XV 4471 2286 5FR", "Suivi Chronopost : XV 4471 2286 5FR")]),

dict(v="lemaire", c=1, lang="fr", at="2026-09-23 14:20", subj="Votre commande P02031 - annulation ligne 2",
     text="""
Bonjour Madame Klein,

Nous sommes au regret de devoir annuler la ligne 2 de votre commande P02031, à savoir les 96 cartons de spéculoos enrobés de chocolat (réf. BL-SPC-250). Notre fournisseur de couverture nous a informés qu'il arrêtait cette qualité et nous ne sommes pas en mesure de la remplacer avant le printemps.

Les autres articles de la commande (gaufres de Liège et pralines) ne sont pas concernés et seront livrés comme prévu le 6 octobre.

Nous vous prions de nous excuser pour ce désagrément. Si vous le souhaitez, nous pouvons vous proposer en remplacement nos spéculoos nature, au même prix.

Avec nos salutations distinguées,
Sophie Dubois
Service clientèle
Biscuiterie Lemaire SA – Rue du Moulin 7 – 4000 Liège
""", end="Avec nos salutations distinguées,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P02031"], commit=("2026-10-06", "seront livrés comme prévu le 6 octobre"),
     dates=[("2026-10-06", "confirmed_delivery", "6 octobre")],
     lines=[("BL-SPC-250", 96, "cartons", "96 cartons de spéculoos enrobés de chocolat", "P02031")]),

dict(v="savonnerie", lang="fr", at="2026-10-29 09:30", subj="Évolution de nos tarifs au 1er janvier 2027",
     text="""
Madame, Monsieur,

Comme beaucoup de savonniers, nous subissons depuis l'été une forte hausse du prix des huiles végétales (olive et coco notamment) ainsi que de l'énergie. Après deux années sans augmentation, nous nous voyons contraints de revaloriser nos tarifs de 6 % à compter du 1er janvier 2027.

Pour vos principales références, cela donne :
- savon lavande 100 g (SP-SAV-LAV) : 2,15 € HT au lieu de 2,03 €
- savon olive 100 g (SP-SAV-OLI) : 2,08 € HT au lieu de 1,96 €

Toutes les commandes passées avant le 15 décembre restent facturées à l'ancien tarif, y compris votre commande en cours P02032.

Nous vous remercions de votre compréhension et de votre fidélité.

Bien cordialement,
Camille Girard
Directrice commerciale
Savonnerie de Provence SARL
""", end="Bien cordialement,", change="price", intent="price_change", po=["P02032"],
     dates=[("2027-01-01", "price_effective", "1er janvier 2027"), ("2026-12-15", "other", "15 décembre")],
     prices=[dict(pct=6.0, eff="2027-01-01", quote="revaloriser nos tarifs de 6 % à compter du 1er janvier 2027"),
             dict(product="SP-SAV-LAV", old=2.03, new=2.15, cur="EUR", eff="2027-01-01",
                  quote="savon lavande 100 g (SP-SAV-LAV) : 2,15 € HT au lieu de 2,03 €"),
             dict(product="SP-SAV-OLI", old=1.96, new=2.08, cur="EUR", eff="2027-01-01",
                  quote="savon olive 100 g (SP-SAV-OLI) : 2,08 € HT au lieu de 1,96 €")]),

dict(v="bretagne", lang="fr", at="2026-11-10 11:55", subj="P02033 chargeurs 65W - retard",
     text="""
Bonjour Mike,

Mauvaise nouvelle pour les chargeurs USB-C 65 W (réf. AEB-CH65) de ta commande P02033 : notre fournisseur de composants GaN est en rupture, et la production ne redémarre qu'en semaine 49. On ne pourra donc pas te livrer le 20 novembre comme prévu ; la nouvelle date de livraison est le 11 décembre.

Les câbles (AEB-CB-2M) sont prêts, on peut te les envoyer dès demain si tu veux qu'on scinde la commande.

Si le 11 décembre est trop tard pour toi, dis-le-moi : on peut aussi annuler la ligne des chargeurs sans frais.

À+
Yann

--
Yann Le Goff
Responsable grands comptes
Accessoires Électroniques Bretagne SAS
""", end="À+", change="date", intent="delay", sec=["question"], po=["P02033"],
     commit=("2026-12-11", "la nouvelle date de livraison est le 11 décembre"),
     dates=[("2026-11-30", "other", "semaine 49"), ("2026-11-20", "other", "20 novembre"),
            ("2026-12-11", "new_eta", ("11 décembre", 0)), ("2026-11-11", "other", "demain"),
            ("2026-12-11", "new_eta", ("11 décembre", 1))]),

dict(v="lyonnais", c=1, lang="fr", at="2026-09-15 10:10", subj="P00214 plaids - questions avant lancement",
     text="""
Bonjour Madame Klein,

Nous lançons la confection de votre commande P00214 (plaids en laine, 3 coloris) la semaine prochaine et j'aurais besoin de deux précisions :

- Souhaitez-vous un conditionnement par 4 ou par 6 plaids par carton ? Votre cahier des charges indique 4, mais la commande mentionne 6.
- Les étiquettes doivent-elles porter votre code article interne en plus de l'EAN, ou l'EAN seul suffit-il ?

Merci de me répondre d'ici vendredi si possible, afin de ne pas décaler le planning.

Cordialement,
Thomas Roux
Service production
Textiles Lyonnais SA
""", end="Cordialement,", change="none", intent="question", po=["P00214"],
     dates=[("2026-09-21", "other", "la semaine prochaine"), ("2026-09-18", "other", "vendredi")]),

dict(v="lemaire", lang="fr", at="2026-12-07 08:45", subj="RE: Commande P02034 – gaufres de Liège",
     text="""
Bonjour Madame Jensen,

Bien reçu, merci. Je transmets à notre service commandes, qui reviendra vers vous avec la confirmation.

Bonne semaine,
Olivier Lemaire

-----Message d'origine-----
De : Laura Jensen <laura.jensen@hhg-retail.com>
Envoyé : vendredi 4 décembre 2026 16:31
À : Olivier Lemaire <olivier.lemaire@biscuiterie-lemaire.be>
Objet : Commande P02034 – gaufres de Liège

Bonjour Monsieur Lemaire,
Veuillez trouver ci-joint notre commande P02034 (gaufres de Liège, 180 cartons), livraison souhaitée semaine 52.
Cordialement, Laura Jensen
""", end="Bonne semaine,", change="none", intent="other", po=["P02034"]),

dict(v="jardinsduval", lang="fr", at="2026-09-29 15:00", subj="Commande P00287 - bulbes : livraison incomplète",
     text="""
Bonjour Monsieur Osei,

Suite à la mauvaise récolte de bulbes aux Pays-Bas cette année, nous ne pourrons honorer que partiellement votre commande P00287 :

- bulbes de tulipes en filet de 25 (JV-TUL-25) : 640 filets livrés sur les 1 000 commandés
- bulbes de narcisses (JV-NAR-20) : quantité complète, 500 filets

Le solde de 360 filets de tulipes ne pourra pas être livré cette saison ; nous l'avons donc soldé dans notre système et il ne vous sera pas facturé. La livraison partielle est prévue jeudi 8 octobre chez vous, comme convenu.

Toutes nos excuses pour ce contretemps.

Bien à vous,
Nathalie Moreau
Les Jardins du Val
""", end="Bien à vous,", change="quantity", intent="partial_shipment", po=["P00287"],
     commit=("2026-10-08", "La livraison partielle est prévue jeudi 8 octobre chez vous"),
     dates=[("2026-10-08", "confirmed_delivery", "jeudi 8 octobre")],
     lines=[("JV-TUL-25", 640, "filets", "640 filets livrés sur les 1 000 commandés", "P00287"),
            ("JV-NAR-20", 500, "filets", "quantité complète, 500 filets", "P00287"),
            ("JV-TUL-25", 360, "filets", "Le solde de 360 filets de tulipes", "P00287")]),
# ----------------------------------------------------------------------------- Spanish
dict(v="galicia", c=1, lang="es", at="2026-12-04 12:15", subj="Su pedido P00791 - mejillones",
     text="""
Estimada Sra. Klein:

Le escribo en relación con su pedido P00791 (mejillones en escabeche, ref. CG-MEJ-120, y berberechos al natural, ref. CG-BER-111).

Debido al temporal de las últimas semanas, la flota no ha podido faenar y la producción de mejillón está parada desde hace diez días. Por este motivo no podremos servir los mejillones en la fecha confirmada (14/12). Según nuestras previsiones, la nueva fecha de entrega sería a mediados de enero; le confirmaremos el día exacto en cuanto se reanude la producción.

Los berberechos no se ven afectados y saldrán de nuestro almacén de Vigo el próximo martes, con entrega en Hamburgo el jueves 10.

Lamentamos las molestias que esto pueda ocasionarle.

Atentamente,

Beatriz Castro
Departamento de Exportación
Conservas Galicia S.A.
""", end="Atentamente,", change="date", intent="delay", po=["P00791"],
     commit=("2027-01-15", "la nueva fecha de entrega sería a mediados de enero"),
     dates=[("2026-12-14", "other", "14/12"), ("2027-01-15", "new_eta", "mediados de enero"),
            ("2026-12-08", "ship_date", "el próximo martes"), ("2026-12-10", "confirmed_delivery", "jueves 10")]),

dict(v="aceites", c=1, lang="es", at="2026-10-13 13:40", subj="RE: pedido P00431",
     text="""
Hola Mike:

Te confirmo el pedido P00431 tal cual nos lo mandaste:
 · 1.200 botellas de AOVE picual 500 ml (AS-PIC-500) a 5,85 €
 · 800 latas de AOVE arbequina 2,5 l (AS-ARB-2500) a 21,40 €

La mercancía sale de Jaén el próximo martes y el transportista nos da entrega en vuestro almacén el viernes 23, sin problema.

Te adjunto la confirmación de pedido nº 26/PV/1462.

Un abrazo,
Javier
""", end="Un abrazo,", change="none", intent="confirmation", po=["P00431"], vref=["26/PV/1462"],
     commit=("2026-10-23", "entrega en vuestro almacén el viernes 23"),
     dates=[("2026-10-20", "ship_date", "el próximo martes"), ("2026-10-23", "confirmed_delivery", "viernes 23")],
     lines=[("AS-PIC-500", 1200, "botellas", "1.200 botellas", "P00431"),
            ("AS-ARB-2500", 800, "latas", "800 latas", "P00431")]),

dict(v="levante", lang="es", at="2026-11-18 17:20", subj="Envío parcial pedido PO/2026/00725",
     text="""
Buenas tardes, Sra. Jensen:

Le informamos de que hoy ha salido un envío parcial de su pedido PO/2026/00725:

Artículo                         Pedido   Enviado   Pendiente
TL-TOA-70 toalla baño 70x140     1.500    1.500     0
TL-TOA-50 toalla lavabo 50x100   2.000    1.200     800
TL-ALF-50 alfombra baño 50x80    600      0         600

Lo pendiente (800 toallas de lavabo y 600 alfombras) lo tendremos listo a finales de mes y se lo enviaremos con entrega prevista en la semana 50.

Agencia: MRW – nº de expedición 0265 7740 3311 0
Albarán: ALB-26-4408

Reciba un cordial saludo,
Lucía Martínez
Textil Levante S.A. – Dpto. Comercial
""", end="Reciba un cordial saludo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["PO/2026/00725"], vref=["ALB-26-4408"],
     commit=("2026-12-07", "entrega prevista en la semana 50"),
     dates=[("2026-11-18", "ship_date", "hoy"), ("2026-11-30", "other", "a finales de mes"),
            ("2026-12-07", "new_eta", "semana 50")],
     lines=[("TL-TOA-70", 1500, None, "TL-TOA-70 toalla baño 70x140     1.500    1.500     0", "PO/2026/00725"),
            ("TL-TOA-50", 1200, None, "TL-TOA-50 toalla lavabo 50x100   2.000    1.200     800", "PO/2026/00725"),
            ("TL-TOA-50", 800, "toallas", "800 toallas de lavabo", "PO/2026/00725"),
            ("TL-ALF-50", 600, "alfombras", "600 alfombras", "PO/2026/00725")],
     track=[("MRW", "0265 7740 3311 0", "MRW – nº de expedición 0265 7740 3311 0")]),

dict(v="iberica", c=1, lang="es", at="2026-09-24 09:50", subj="Salida pedido P00251",
     text="""
Buenos días, Tim:

Tu pedido P00251 ha salido esta mañana de nuestras instalaciones de Murcia en un camión completo de Transportes Primafrío. Van 26 palés: macetas de barro, sustrato universal y los sacos de corteza de pino.

Número de CMR: 26-MU-118375. La entrega está prevista para el lunes 28 por la mañana; el chófer llamará una hora antes al teléfono de vuestro muelle.

Un saludo,
Marta Gil
Logística – Jardinería Ibérica
""", end="Un saludo,", change="shipping", intent="shipping_notice", po=["P00251"],
     commit=("2026-09-28", "La entrega está prevista para el lunes 28"),
     dates=[("2026-09-24", "ship_date", "esta mañana"), ("2026-09-28", "confirmed_delivery", "lunes 28")],
     lines=[("all lines", 26, "palés", "26 palés", "P00251")],
     track=[("Transportes Primafrío", "26-MU-118375", "Número de CMR: 26-MU-118375")]),

dict(v="aceites", lang="es", at="2026-11-03 10:05", subj="RE: P02035 / P00613",
     text="""
Estimada Laura:

Tal como nos pidió por teléfono esta mañana, hemos anulado el pedido P02035 completo (300 cajas de aceite de oliva virgen extra en lata de 5 l). No se había llegado a preparar nada, así que no hay ningún coste para ustedes.

Quedamos pendientes de su nuevo pedido para enero.

Un saludo muy cordial,
Carmen López
Aceites del Sur S.L.

-----Mensaje original-----
De: Laura Jensen [mailto:laura.jensen@hhg-retail.com]
Enviado el: lunes, 2 de noviembre de 2026 18:05
Para: Carmen López
Asunto: P02035 / P00613

Hola Carmen, mañana te llamo por lo de la P02035; la P00613 sigue en pie.
Laura
""", end="Un saludo muy cordial,", change="cancel", intent="cancellation", po=["P02035", "P00613"],
     dates=[("2026-11-03", "other", "esta mañana"), ("2027-01-01", "other", "enero")],
     lines=[("aceite de oliva virgen extra 5 l", 300, "cajas", "300 cajas", "P02035")]),

dict(v="galicia", lang="es", at="2026-12-14 11:00", subj="Nueva tarifa 2027 - Conservas Galicia",
     text="""
Buenos días:

Les comunicamos que, debido al fuerte aumento del precio de la hojalata y del aceite de girasol, a partir del 1 de febrero de 2027 aplicaremos un incremento del 7,5 % en toda nuestra gama de conservas de pescado.

Como excepción, el bonito del norte en aceite de oliva (CG-BON-250) pasa de 3,60 € a 3,95 € la lata, por la escasa campaña de este año.

Los pedidos en curso, incluido el P02036, se facturarán a los precios actuales siempre que se entreguen antes de finales de enero.

Adjuntamos la nueva tarifa.

Atentamente,
Xoán Varela
Director Comercial
Conservas Galicia S.A.
""", end="Atentamente,", change="price", intent="price_change", po=["P02036"],
     dates=[("2027-02-01", "price_effective", "1 de febrero de 2027"), ("2027-01-31", "other", "finales de enero")],
     prices=[dict(product="conservas de pescado", pct=7.5, eff="2027-02-01",
                  quote="aplicaremos un incremento del 7,5 % en toda nuestra gama de conservas de pescado"),
             dict(product="CG-BON-250", old=3.60, new=3.95, cur="EUR", eff="2027-02-01",
                  quote="el bonito del norte en aceite de oliva (CG-BON-250) pasa de 3,60 € a 3,95 € la lata")]),

dict(v="iberica", lang="es", at="2026-10-27 16:30", subj="Dudas pedido P02037",
     text="""
Hola Sandra,

Antes de cargar tu pedido P02037 necesito que me aclares un par de cosas:

1) En el pedido viene la dirección del almacén de Hamburgo, pero en tu último correo me comentaste que las jardineras iban para la tienda de Bremen. ¿Cuál es la buena?
2) ¿Aceptáis palés europeos de 1,80 m de altura o tienen que ser de 1,20 m como máximo?

La mercancía está preparada, solo falta esto para reservar el camión.

Gracias y un saludo,
Sergio
""", end="Gracias y un saludo,", change="none", intent="question", po=["P02037"]),

dict(v="levante", c=1, lang="es", at="2026-12-01 09:00", subj="Cierre por vacaciones de Navidad",
     text="""
Estimados clientes:

Os informamos de que nuestras oficinas y almacén permanecerán cerrados por vacaciones de Navidad del 24 de diciembre al 6 de enero, ambos inclusive. Los pedidos que recibamos hasta el 11 de diciembre se servirán antes del cierre; los que lleguen después se prepararán a partir del 7 de enero.

Aprovechamos para desearos unas felices fiestas y un próspero 2027.

Un saludo,
Pablo Sanchis
Textil Levante S.A.
""", end="Un saludo,", change="none", intent="other",
     dates=[("2026-12-24", "other", "24 de diciembre"), ("2027-01-06", "other", "6 de enero"),
            ("2026-12-11", "other", "11 de diciembre"), ("2027-01-07", "other", "7 de enero")]),

dict(v="levante", lang="es", at="2026-10-06 12:30", subj="P02038 albornoces antracita",
     text="""
Hola Laura,

Te escribo por el pedido P02038 de albornoces. La tintorería nos ha devuelto el lote de color antracita con un tono que no cumple vuestro estándar, así que hay que volver a teñirlo. Esto nos retrasa unas dos semanas: en lugar del 16 de octubre, podríamos entregaros los antracita el 30 de octubre.

Si esta fecha no os encaja para la campaña, dímelo y anulamos la línea de antracita. El resto de colores (blanco y gris perla) no cambia y os llega el 16 como estaba previsto.

Perdona las molestias.

Un saludo,
Lucía
""", end="Un saludo,", change="date", intent="delay", sec=["question"], po=["P02038"],
     commit=("2026-10-30", "podríamos entregaros los antracita el 30 de octubre"),
     dates=[("2026-10-16", "other", "16 de octubre"), ("2026-10-30", "new_eta", "30 de octubre"),
            ("2026-10-16", "confirmed_delivery", "llega el 16")]),

dict(v="galicia", lang="es", at="2026-09-08 10:20", subj="Confirmación pedido P00163 / OV-2026-0871",
     text="""
Buenos días, Sr. Osei:

Acusamos recibo de su pedido P00163, muchas gracias.

Podemos confirmarle 1.800 de las 2.400 latas de ventresca de atún (CG-VEN-112) para el 25 de septiembre. Las 600 latas restantes dependen de la próxima captura y las tendríamos a principios de noviembre; si le parece bien, se las enviaríamos en un segundo envío sin portes adicionales.

Las sardinas en aceite (CG-SAR-125, 3.000 latas) quedan confirmadas en su totalidad para la misma fecha.

Le adjuntamos la confirmación de pedido OV-2026-0871.

Un cordial saludo,
Xoán Varela
""", end="Un cordial saludo,", change="quantity", intent="partial_shipment", sec=["confirmation"],
     po=["P00163"], vref=["OV-2026-0871"], commit=("2026-11-01", "las tendríamos a principios de noviembre"),
     dates=[("2026-09-25", "confirmed_delivery", "25 de septiembre"), ("2026-11-01", "new_eta", "principios de noviembre")],
     lines=[("CG-VEN-112", 1800, "latas", "1.800 de las 2.400 latas", "P00163"),
            ("CG-VEN-112", 600, "latas", "Las 600 latas restantes", "P00163"),
            ("CG-SAR-125", 3000, "latas", "3.000 latas", "P00163")]),
# ----------------------------------------------------------------------------- Dutch
dict(v="jansen", lang="nl", at="2026-11-11 14:10", subj="RE: P00694 levering vrijdag",
     text="""
Geachte heer Brandt,

Helaas moet ik u melden dat de levering van de LED-lichtslingers (art. EJ-LS-10M) uit uw order P00694 vertraging oploopt. De container uit Ningbo is in Rotterdam door de douane aangehouden voor een extra controle. Wij verwachten de goederen nu eind volgende week in ons magazijn in Venlo en kunnen dan op maandag 23 november bij u leveren, in plaats van vrijdag 13 november zoals bevestigd.

De overige artikelen uit de order (verlengsnoeren en tijdschakelaars) leveren wij wel op de afgesproken datum.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Bram Jansen
Elektro Jansen B.V.
Venlo

-----Oorspronkelijk bericht-----
Van: Tim Brandt <tim.brandt@hhg-retail.com>
Verzonden: dinsdag 10 november 2026 11:02
Aan: Bram Jansen
Onderwerp: P00694 levering vrijdag

Goedemorgen Bram, kun je bevestigen dat P00694 vrijdag 13-11 compleet geleverd wordt?
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P00694"],
     commit=("2026-11-23", "kunnen dan op maandag 23 november bij u leveren"),
     dates=[("2026-11-20", "other", "eind volgende week"), ("2026-11-23", "new_eta", "maandag 23 november"),
            ("2026-11-13", "other", "vrijdag 13 november")]),

dict(v="devries", c=1, lang="nl", at="2026-11-30 10:25", subj="Orderbevestiging P00798",
     text="""
Beste Sandra,

Dank je wel voor je bestelling P00798. Hierbij bevestigen we alles zoals besteld:

576 st. afwasborstel bamboe (DV-AFW-BOR)
720 st. vaatdoekjes 3-pack (DV-VDK-3)
480 st. spons keramiek (DV-SPK-KL)

Verzending gaat dinsdag 8 december de deur uit vanuit Zwolle, levering bij jullie DC op donderdag 10 december.

De orderbevestiging OB-26-30117 zit als bijlage bij deze mail.

Groetjes,
Femke
""", end="Groetjes,", change="none", intent="confirmation", po=["P00798"], vref=["OB-26-30117"],
     commit=("2026-12-10", "levering bij jullie DC op donderdag 10 december"),
     dates=[("2026-12-08", "ship_date", "dinsdag 8 december"), ("2026-12-10", "confirmed_delivery", "donderdag 10 december")],
     lines=[("DV-AFW-BOR", 576, "st.", "576 st. afwasborstel bamboe (DV-AFW-BOR)", "P00798"),
            ("DV-VDK-3", 720, "st.", "720 st. vaatdoekjes 3-pack (DV-VDK-3)", "P00798"),
            ("DV-SPK-KL", 480, "st.", "480 st. spons keramiek (DV-SPK-KL)", "P00798")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-10-01 16:45", subj="Deellevering order P02039",
     text="""
Hallo Laura,

Vandaag is er een deellevering van order P02039 vertrokken met PostNL Pakketten. Het gaat om:

- 250 x VB-GS-05 gieter zink 5 L (compleet)
- 400 x VB-PL-12 plantenbak 12 cm (van de 600)

Het restant van 200 plantenbakken verwachten we begin volgende week binnen van onze leverancier; die sturen we dan direct door, zodat je ze uiterlijk vrijdag 9 oktober hebt.

Track & trace: 3SVDB4471220156

Groetjes,
Sanne de Jong
Van der Berg Tuinartikelen B.V.
""", end="Groetjes,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P02039"], commit=("2026-10-09", "uiterlijk vrijdag 9 oktober"),
     dates=[("2026-10-01", "ship_date", "Vandaag"), ("2026-10-05", "other", "begin volgende week"),
            ("2026-10-09", "new_eta", "vrijdag 9 oktober")],
     lines=[("VB-GS-05", 250, None, "250 x VB-GS-05 gieter zink 5 L (compleet)", "P02039"),
            ("VB-PL-12", 400, None, "400 x VB-PL-12 plantenbak 12 cm (van de 600)", "P02039"),
            ("VB-PL-12", 200, "plantenbakken", "Het restant van 200 plantenbakken", "P02039")],
     track=[("PostNL", "3SVDB4471220156", "Track & trace: 3SVDB4471220156")]),

dict(v="kaashandel", lang="nl", at="2026-12-15 07:55", subj="P02040 onderweg",
     text="""
Goedemorgen Mike,

Je kaasorder P02040 staat sinds vanochtend 6 uur op de koelwagen van Van den Bosch Transporten. Alles is meegegaan: de Goudse oud, de jong belegen en de komijnekaas, totaal 4 pallets.

Levering bij jullie in Hamburg morgenochtend tussen 6 en 9 uur, de chauffeur belt een half uur van tevoren. CMR-nummer: VDB-26-558102.

Mocht er iets zijn, bel me gerust op 06-41178203.

Groet,
Kees
""", end="Groet,", change="shipping", intent="shipping_notice", po=["P02040"],
     commit=("2026-12-16", "Levering bij jullie in Hamburg morgenochtend"),
     dates=[("2026-12-15", "ship_date", "vanochtend"), ("2026-12-16", "confirmed_delivery", "morgenochtend")],
     lines=[("all lines", 4, "pallets", "totaal 4 pallets", "P02040")],
     track=[("Van den Bosch Transporten", "VDB-26-558102", "CMR-nummer: VDB-26-558102")]),

dict(v="vlaamse", lang="nl", at="2026-09-17 11:15", subj="Bestelling P00236 - annulatie",
     text="""
Beste mevrouw Klein,

Na lang twijfelen hebben we moeten beslissen om de productie van onze linnen tafellakens stop te zetten: de vlasprijzen zijn dit jaar zo gestegen dat we ze niet meer aan een aanvaardbare prijs kunnen maken.

Wij zijn daarom genoodzaakt uw bestelling P00236 (tafellakens VT-TL-160 en VT-TL-220) te annuleren. De voorschotfactuur VF-2026-0412 wordt volledig gecrediteerd; u ontvangt de creditnota nog deze week.

Uw andere lopende bestelling P00241 (keukenhanddoeken) loopt gewoon verder en wordt zoals afgesproken op 2 oktober geleverd.

Onze excuses voor het ongemak. Graag stellen we u binnenkort onze nieuwe collectie in halflinnen voor.

Met vriendelijke groeten,
Jeroen Peeters
Vlaamse Textiel NV
Kortrijk
""", end="Met vriendelijke groeten,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P00236", "P00241"], vref=["VF-2026-0412"],
     commit=("2026-10-02", "wordt zoals afgesproken op 2 oktober geleverd"),
     dates=[("2026-09-14", "other", "deze week"), ("2026-10-02", "confirmed_delivery", "2 oktober")],
     changes=[("P00236", "cancellation", None, None, "uw bestelling P00236 (tafellakens VT-TL-160 en VT-TL-220) te annuleren"),
              ("P00241", "confirmation", "2026-10-02", None, "wordt zoals afgesproken op 2 oktober geleverd")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-11-23 13:00", subj="Prijsaanpassing per 1 januari 2027",
     text="""
Geachte relatie,

De melkprijs is de afgelopen maanden flink gestegen en ook de kosten voor energie en transport blijven hoog. Wij ontkomen er daarom niet aan onze prijzen per 1 januari 2027 met gemiddeld 3,8% te verhogen.

Voor uw vaste assortiment betekent dit:

Artikel                        oud (€/kg)   nieuw (€/kg)
HK-GO-48  Goudse oud 48+       9,40         9,80
HK-GJB-48 Gouda jong belegen   7,15         7,40
HK-KOM-40 Komijnekaas 40+      7,90         8,20

Bestellingen die vóór 31 december worden geleverd, factureren wij nog tegen de huidige prijzen.

Met vriendelijke groet,
Lotte Visser
Verkoop binnendienst
Hollandse Kaashandel B.V.
""", end="Met vriendelijke groet,", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1 januari 2027"), ("2026-12-31", "other", "31 december")],
     prices=[dict(pct=3.8, eff="2027-01-01", quote="onze prijzen per 1 januari 2027 met gemiddeld 3,8% te verhogen"),
             dict(product="HK-GO-48", old=9.40, new=9.80, cur="EUR", eff="2027-01-01",
                  quote="HK-GO-48  Goudse oud 48+       9,40         9,80"),
             dict(product="HK-GJB-48", old=7.15, new=7.40, cur="EUR", eff="2027-01-01",
                  quote="HK-GJB-48 Gouda jong belegen   7,15         7,40"),
             dict(product="HK-KOM-40", old=7.90, new=8.20, cur="EUR", eff="2027-01-01",
                  quote="HK-KOM-40 Komijnekaas 40+      7,90         8,20")]),

dict(v="jansen", c=1, lang="nl", at="2026-10-21 15:35", subj="Vraagje over P02041 rookmelders",
     text="""
Hoi Tim,

Voor je order P02041 (rookmelders EJ-RM-10) hebben we een vraagje. Het model met 10-jaars batterij is bij onze fabrikant vervangen door de opvolger EJ-RM-10S: zelfde prijs, zelfde afmetingen, alleen met een app-koppeling.

Wil je dat we de EJ-RM-10S leveren, of heb je liever dat we de laatste 300 stuks van het oude model uit voorraad pakken en de rest van de order laten vervallen?

Laat maar even weten, dan zet ik de order door.

Groetjes,
Eva
""", end="Groetjes,", change="none", intent="question", po=["P02041"],
     lines=[("EJ-RM-10", 300, "stuks", "de laatste 300 stuks van het oude model", "P02041")]),

dict(v="vanderberg", lang="nl", at="2026-09-09 09:15", subj="Nieuwe contactpersoon binnendienst",
     text="""
Beste relatie,

Graag informeren wij u dat Joost Verhoeven per 1 oktober onze binnendienst verlaat. Vanaf die datum is Ruud Hendriks uw vaste contactpersoon voor orders en leveringen (ruud.hendriks@vanderberg-tuin.nl, 0492-551 230).

Lopende orders, zoals P00268 en P00274, worden gewoon volgens planning uitgeleverd; u hoeft niets te doen.

Met vriendelijke groet,

Pieter van der Berg
Directeur
Van der Berg Tuinartikelen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P00268", "P00274"],
     dates=[("2026-10-01", "other", "1 oktober")]),

dict(v="devries", lang="nl", at="2026-11-04 10:50", subj="Re: P02042 week 46?",
     text="""
Geachte mevrouw Jensen,

Met betrekking tot uw order P02042 (RVS pannensets DV-PS-5) moeten wij u helaas laten weten dat de levering niet in week 46 kan plaatsvinden. De zending uit Azië heeft vertraging opgelopen door drukte in de haven van Rotterdam. De nieuwe leverdatum wordt week 49, naar verwachting woensdag 2 december.

Mocht deze nieuwe datum voor u niet acceptabel zijn, dan kunt u de order kosteloos annuleren. Wij vernemen graag uiterlijk vrijdag van u of u de levering wilt aanhouden.

Met vriendelijke groet,
Mark de Vries
Accountmanager
De Vries Huishoudelijk B.V.

Op di 3 nov. 2026 om 16:20 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Hallo Mark, staat P02042 nog steeds voor week 46? Graag een korte bevestiging.
> Groet, Laura
""", end="Met vriendelijke groet,", change="date", intent="delay", sec=["question"], po=["P02042"],
     commit=("2026-12-02", "naar verwachting woensdag 2 december"),
     dates=[("2026-11-09", "other", ("week 46", 0)), ("2026-11-30", "new_eta", "week 49"),
            ("2026-12-02", "new_eta", "woensdag 2 december"), ("2026-11-06", "other", "vrijdag")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-12-07 16:00", subj="Verzending bestelling P00759",
     text="""
Dag Sandra,

Goed nieuws: bestelling P00759 (badjassen en gastendoekjes) is vandaag volledig vertrokken bij ons in Kortrijk. DHL Freight levert tussen woensdag 9 en donderdag 10 december.

Vrachtbrief: 5082 2271 946

De pakbon zit hieronder.

Vriendelijke groeten,
An

--- attachment: pakbon_PB-26-1187.pdf ---
Vlaamse Textiel NV – Pakbon PB-26-1187 – 07/12/2026
Uw bestelling: P00759
VT-BJ-M    Badjas wafel maat M     120 st.
VT-BJ-L    Badjas wafel maat L     150 st.
VT-GD-30   Gastendoekje 30x50      600 st.
""", end="Vriendelijke groeten,", change="shipping", intent="shipping_notice", po=["P00759"],
     vref=["PB-26-1187"], commit=("2026-12-10", "tussen woensdag 9 en donderdag 10 december"),
     dates=[("2026-12-07", "ship_date", "vandaag"), ("2026-12-09", "range_start", "woensdag 9"),
            ("2026-12-10", "range_end", "donderdag 10 december"), ("2026-12-07", "other", "07/12/2026")],
     lines=[("VT-BJ-M", 120, "st.", "VT-BJ-M    Badjas wafel maat M     120 st.", "P00759"),
            ("VT-BJ-L", 150, "st.", "VT-BJ-L    Badjas wafel maat L     150 st.", "P00759"),
            ("VT-GD-30", 600, "st.", "VT-GD-30   Gastendoekje 30x50      600 st.", "P00759")],
     track=[("DHL Freight", "5082 2271 946", "Vrachtbrief: 5082 2271 946")]),
]
