# ruff: noqa: E501 - email text and sentence patterns are data
"""Second multilingual batch (DE, FR, ES, NL): confusable pairs. Hand-written."""

EMAILS = [
dict(v="kaiser", c=1, lang="de", at="2026-11-18 09:20", subj="Rückfrage zu P02105 – Anlieferung KW 50",
     text="""
Hallo Frau Jensen,

kurze Rückfrage zu Ihrer Bestellung P02105 (LED-Deckenleuchten EK-DL-18): Die Ware ist für die Anlieferung in KW 50 eingeplant, daran ändert sich nichts. Ihr Lager in Hamburg-Billbrook hat uns aber mitgeteilt, dass dort ab dem 07.12. umgebaut wird. Sollen wir trotzdem nach Billbrook liefern oder an Ihr Zentrallager in Neumünster?

Bitte geben Sie uns bis Freitag Bescheid, damit die Spedition richtig disponiert.

Viele Grüße
Petra Lange
Elektro Kaiser GmbH
""", end="Viele Grüße", change="none", intent="question", po=["P02105"],
     commit=("2026-12-07", "für die Anlieferung in KW 50 eingeplant"),
     dates=[("2026-12-07", "confirmed_delivery", "KW 50"), ("2026-12-07", "other", "ab dem 07.12."),
            ("2026-11-20", "other", "bis Freitag")]),

dict(v="mueller", c=2, lang="de", at="2026-10-06 11:05", subj="Bitte um Klärung: Artikelnummer in P02106",
     text="""
Sehr geehrter Herr Osei,

in Ihrer Bestellung P02106 vom 02.10.2026 ist unter Position 3 die Artikelnummer MG-RM-380 mit der Bezeichnung „Akku-Rasenmäher 42 cm" aufgeführt. Die MG-RM-380 ist jedoch unser 38-cm-Modell, das 42-cm-Gerät hat die Nummer MG-RM-420. Bitte um Klärung, welches Modell Sie benötigen – der Preis unterscheidet sich um 30,00 EUR netto pro Stück.

Sobald wir Ihre Antwort haben, erhalten Sie die Auftragsbestätigung mit Liefertermin.

Mit freundlichen Grüßen
Claudia Schmitt
Innendienst
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="none", intent="question", po=["P02106"],
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

dict(v="alpen", c=1, lang="de", at="2026-12-02 10:15", subj="Re: Bestellung P02107 Bergkäse",
     text="""
Grüß Gott Frau Klein,

die Lieferung Ihrer Bestellung P02107 verzögert sich: Unser Bergkäse (AF-BK-500) braucht noch etwa zehn Tage länger in der Reifung als geplant. Frühestens können wir am 14.12. ausliefern, statt wie vereinbart am 04.12.

Wäre es für Sie in Ordnung, wenn wir den Speck (AF-SP-200) schon vorab am Freitag schicken, oder möchten Sie alles zusammen in einer Lieferung?

Liebe Grüße
Theresa Huber
Alpen Feinkost AG

Am 20.11.2026 um 09:40 schrieb Sandra Klein <sandra.klein@hhg-retail.com>:
> Bitte bestätigen Sie den Liefertermin 04.12. für P02107.
""", end="Liebe Grüße", change="date", intent="delay", sec=["question"], po=["P02107"],
     commit=("2026-12-14", "Frühestens können wir am 14.12. ausliefern"),
     dates=[("2026-12-14", "new_eta", "14.12."), ("2026-12-04", "other", ("04.12.", 0)),
            ("2026-12-04", "other", "am Freitag schicken")]),

dict(v="brunner", c=1, lang="de", at="2026-10-14 13:30", subj="Auftragsbestätigung P02108 – Frottierwäsche",
     text="""
Grüezi Herr Osei

Vielen Dank für Ihre Bestellung P02108. Wie am Telefon mit Ihnen besprochen, liefern wir die Frottiertücher (BT-FT-70, 600 Stück) nicht in KW 43 wie ursprünglich gewünscht, sondern in KW 45. Dieser Termin ist so mit Ihnen vereinbart und hiermit verbindlich bestätigt.

Unsere Auftragsbestätigung AB-BT-26-0418 liegt bei.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG
""", end="Freundliche Grüsse", change="date", intent="confirmation", po=["P02108"],
     vref=["AB-BT-26-0418"], commit=("2026-11-02", "sondern in KW 45"),
     dates=[("2026-10-19", "other", "KW 43"), ("2026-11-02", "confirmed_delivery", "KW 45")],
     lines=[("BT-FT-70", 600, "Stück", "BT-FT-70, 600 Stück", "P02108")]),

dict(v="kaiser", lang="de", at="2026-09-15 08:50", subj="AB 2026-7731 zu Ihrer Bestellung P02109",
     text="""
Guten Tag Herr Brandt,

anbei unsere Auftragsbestätigung zu P02109. Alle Positionen sind lieferbar, Liefertermin wie gewünscht 25.09.2026.

Mit freundlichen Grüßen
Stefan Kaiser

--- attachment: AB_2026-7731.pdf ---
AUFTRAGSBESTÄTIGUNG Nr. AB 2026-7731
Ihre Bestellung: P02109
Pos. Artikel Menge Einheit Liefertermin
1 EK-VL-5 Verlängerungskabel 5 m 400 Stück 25.09.2026
2 EK-SL-3 Steckdosenleiste 3-fach 250 Stück 25.09.2026
Lieferbedingung: frei Haus
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P02109"],
     vref=["AB 2026-7731"], commit=("2026-09-25", "Liefertermin wie gewünscht 25.09.2026"),
     dates=[("2026-09-25", "confirmed_delivery", ("25.09.2026", 0)),
            ("2026-09-25", "confirmed_delivery", ("25.09.2026", 1)),
            ("2026-09-25", "confirmed_delivery", ("25.09.2026", 2))],
     lines=[("EK-VL-5", 400, "Stück", "1 EK-VL-5 Verlängerungskabel 5 m 400 Stück 25.09.2026", "P02109"),
            ("EK-SL-3", 250, "Stück", "2 EK-SL-3 Steckdosenleiste 3-fach 250 Stück 25.09.2026", "P02109")]),

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

dict(v="schwarzwald", c=1, lang="de", at="2026-12-03 16:10", subj="Versandavis P02110",
     text="""
Guten Tag Frau Klein,

Ihre Bestellung P02110 ist heute komplett bei uns rausgegangen: 2 Paletten mit 96 Kartons Schneidebretter SH-SB-40. Versand per DB Schenker, Sendungsnummer 440122891733. Zustellung laut Schenker am Montag, 07.12.

Den Lieferschein LS-88214 finden Sie im Anhang.

Schöne Grüße
Sabine Hoffmann
""", end="Schöne Grüße", change="shipping", intent="shipping_notice", po=["P02110"],
     vref=["LS-88214"], commit=("2026-12-07", "Zustellung laut Schenker am Montag, 07.12."),
     dates=[("2026-12-03", "ship_date", "heute komplett"), ("2026-12-07", "confirmed_delivery", "Montag, 07.12.")],
     lines=[("SH-SB-40", 96, "Kartons", "96 Kartons Schneidebretter SH-SB-40", "P02110")],
     track=[("DB Schenker", "440122891733", "Sendungsnummer 440122891733")]),

dict(v="kaiser", lang="de", at="2026-10-21 11:45", subj="Stornierung Position 2 – P02111",
     text="""
Sehr geehrte Frau Jensen,

leider müssen wir Position 2 Ihrer Bestellung P02111 (EK-HZ-20 Heizlüfter, 150 Stück) stornieren. Der Hersteller hat das Gerät kurzfristig aus dem Programm genommen, ein Nachfolgemodell ist erst im Frühjahr verfügbar. Position 1 (EK-WK-17 Wasserkocher) liefern wir wie bestätigt am 30.10.

Wir bitten, die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Stefan Kaiser
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P02111"], commit=("2026-10-30", "liefern wir wie bestätigt am 30.10."),
     dates=[("2026-10-30", "confirmed_delivery", "30.10.")],
     lines=[("EK-HZ-20", 150, "Stück", "EK-HZ-20 Heizlüfter, 150 Stück", "P02111")]),

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
dict(v="jardinsduval", lang="fr", at="2026-10-13 10:20", subj="Question sur la livraison P02112",
     text="""
Bonjour Madame Klein,

Votre commande P02112 (jardinières en terre cuite) est prête et la livraison reste prévue le jeudi 22 octobre. Une question toutefois : votre entrepôt accepte-t-il les livraisons en semi-remorque, ou faut-il prévoir un porteur avec hayon ? Le transporteur nous demande l'information avant vendredi.

Merci d'avance,
Nathalie Moreau
Les Jardins du Val
""", end="Merci d'avance,", change="none", intent="question", po=["P02112"],
     commit=("2026-10-22", "la livraison reste prévue le jeudi 22 octobre"),
     dates=[("2026-10-22", "confirmed_delivery", "jeudi 22 octobre"), ("2026-10-16", "other", "avant vendredi")]),

dict(v="savonnerie", lang="fr", at="2026-11-04 14:05", subj="étiquetage P00796",
     text="""
Bonjour Tim,

Petite question avant de lancer l'étiquetage de votre commande P00796 : vous voulez les codes EAN sur chaque savon ou seulement sur les cartons de 24 ? La dernière fois c'était sur les cartons, mais votre collègue m'a parlé de changer.

On pourrait aussi vous livrer un peu plus tôt, dès le 16 novembre, si ça vous arrange. Dites-moi.

Bonne journée,
Camille
""", end="Bonne journée,", change="none", intent="question", po=["P00796"],
     dates=[("2026-11-16", "other", "dès le 16 novembre")]),

dict(v="lyonnais", lang="fr", at="2026-09-22 09:35", subj="Report de livraison – commande P02113",
     text="""
Madame, Monsieur,

Nous sommes au regret de vous informer que la livraison de votre commande P02113 (housses de couette TL-HC-240) est reportée. Suite à une panne sur notre ligne de teinture, la marchandise ne pourra pas être expédiée avant le 5 octobre. La livraison chez vous interviendra donc le 8 octobre au lieu du 28 septembre.

Nous vous prions de bien vouloir nous excuser pour ce contretemps.

Cordialement,
Isabelle Martin
Service clients – Textiles Lyonnais SA
""", end="Cordialement,", change="date", intent="delay", po=["P02113"],
     commit=("2026-10-08", "interviendra donc le 8 octobre"),
     dates=[("2026-10-05", "ship_date", "5 octobre"), ("2026-10-08", "new_eta", "8 octobre"),
            ("2026-09-28", "other", "28 septembre")]),

dict(v="bretagne", lang="fr", at="2026-11-17 17:50", subj="RE: P02114 chargeurs USB-C",
     text="""
Bonjour Mike,

Mauvaise nouvelle pour P02114 : les chargeurs USB-C 65 W (AEB-CH65) sont bloqués chez notre fournisseur de composants, on ne pourra pas livrer la semaine prochaine comme prévu. Nouvelle date : semaine 50, le mercredi 9 décembre au plus tard.

Est-ce que vous voulez qu'on vous envoie déjà les câbles (AEB-CB2) cette semaine, ou on garde tout pour une seule livraison ?

Yann
""", end="Yann", change="date", intent="delay", sec=["question"], po=["P02114"],
     commit=("2026-12-09", "le mercredi 9 décembre au plus tard"),
     dates=[("2026-11-23", "other", "la semaine prochaine"), ("2026-12-07", "new_eta", "semaine 50"),
            ("2026-12-09", "new_eta", "mercredi 9 décembre"), ("2026-11-16", "other", "cette semaine")]),

dict(v="lemaire", c=1, lang="fr", at="2026-11-09 11:10", subj="Confirmation commande P02115",
     text="""
Bonjour Madame Jensen,

Nous vous confirmons la bonne réception de votre commande P02115 et la livraison des spéculoos (BL-SP-400, 1.200 boîtes) pour le 3 décembre, comme convenu par téléphone. C'est un peu plus tard que la date souhaitée sur votre bon de commande, mais c'est bien la date que nous avions fixée ensemble.

Notre confirmation de commande CC-26-3391 suit par courrier.

Bien cordialement,
Sophie Dubois
Biscuiterie Lemaire SA
""", end="Bien cordialement,", change="date", intent="confirmation", po=["P02115"],
     vref=["CC-26-3391"], commit=("2026-12-03", "pour le 3 décembre, comme convenu"),
     dates=[("2026-12-03", "confirmed_delivery", "3 décembre")],
     lines=[("BL-SP-400", 1200, "boîtes", "BL-SP-400, 1.200 boîtes", "P02115")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-09-09 15:00", subj="ARC commande P02116",
     text="""
Bonjour,

Veuillez trouver ci-joint l'accusé de réception de commande ARC-2026-1142 pour votre commande P02116. Toutes les quantités sont confirmées. Livraison prévue semaine 39.

Service ADV
Les Jardins du Val

--- attachment: ARC-2026-1142.pdf ---
ACCUSÉ DE RÉCEPTION DE COMMANDE ARC-2026-1142
Votre réf. : P02116
Réf. Désignation Qté Prix unit. HT
JV-TR-30 Terreau universel 40 L 800 sacs 4,20 €
JV-EN-10 Engrais gazon 10 kg 150 sacs 12,90 €
Date de livraison prévue : 21/09/2026
""", end="Service ADV", change="none", intent="confirmation", po=["P02116"],
     vref=["ARC-2026-1142"], commit=("2026-09-21", "Livraison prévue semaine 39"),
     dates=[("2026-09-21", "confirmed_delivery", "semaine 39"),
            ("2026-09-21", "confirmed_delivery", "21/09/2026")],
     lines=[("JV-TR-30", 800, "sacs", "JV-TR-30 Terreau universel 40 L 800 sacs 4,20 €", "P02116"),
            ("JV-EN-10", 150, "sacs", "JV-EN-10 Engrais gazon 10 kg 150 sacs 12,90 €", "P02116")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-12-01 12:15", subj="Expédition partielle P02117",
     text="""
Bonjour Laura,

Nous avons expédié ce matin une partie de votre commande P02117 : 40 cartons de savons lavande (SP-LAV-100) sur les 60 commandés. Les 20 cartons restants partiront le 10 décembre, la distillation de l'huile essentielle ayant pris du retard.

Suivi Geodis : GEO-7730-2214-FR, livraison estimée le jeudi 3 décembre.

Belle journée,
Julien Fabre
""", end="Belle journée,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P02117"], commit=("2026-12-03", "livraison estimée le jeudi 3 décembre"),
     dates=[("2026-12-01", "ship_date", "ce matin"), ("2026-12-10", "ship_date", "10 décembre"),
            ("2026-12-03", "confirmed_delivery", "jeudi 3 décembre")],
     lines=[("SP-LAV-100", 40, "cartons", "40 cartons de savons lavande (SP-LAV-100)", "P02117"),
            ("SP-LAV-100", 20, "cartons", "Les 20 cartons restants", "P02117")],
     track=[("Geodis", "GEO-7730-2214-FR", "Suivi Geodis : GEO-7730-2214-FR")]),

dict(v="bretagne", c=1, lang="fr", at="2026-10-28 16:30", subj="Avis d'expédition – P02118",
     text="""
Bonjour,

Votre commande P02118 a été remise aujourd'hui au transporteur DPD (3 colis, commande complète).
Numéros de suivi : 05212345678901, 05212345678902, 05212345678903
Délai de livraison habituel : 2 jours ouvrés.

Cordialement,
Morgane Tanguy
""", end="Cordialement,", change="shipping", intent="shipping_notice", po=["P02118"],
     commit=("2026-10-30", "Délai de livraison habituel : 2 jours ouvrés"),
     dates=[("2026-10-28", "ship_date", "aujourd'hui"), ("2026-10-30", "confirmed_delivery", "2 jours ouvrés")],
     track=[("DPD", "05212345678901", "05212345678901"), ("DPD", "05212345678902", "05212345678902"),
            ("DPD", "05212345678903", "05212345678903")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-11-19 10:55", subj="Annulation commande P02119",
     text="""
Bonjour Monsieur Brandt,

Suite à votre appel de ce matin, nous vous confirmons l'annulation complète de votre commande P02119 (nappes TL-NA-160, 350 pièces). La marchandise n'était pas encore en production, aucun frais ne vous sera facturé.

Bien à vous,
Thomas Roux
""", end="Bien à vous,", change="cancel", intent="cancellation", po=["P02119"],
     dates=[("2026-11-19", "other", "ce matin")],
     lines=[("TL-NA-160", 350, "pièces", "TL-NA-160, 350 pièces", "P02119")]),

dict(v="lemaire", lang="fr", at="2026-10-20 09:10", subj="Nouveau tarif 2027",
     text="""
Madame, Monsieur,

En raison de la hausse continue du prix du beurre et du sucre, nous sommes contraints d'augmenter nos tarifs de 4,5 % sur l'ensemble de la gamme à partir du 1er janvier 2027. Vous trouverez notre nouvelle liste de prix en pièce jointe.

Les commandes passées avant le 15 décembre seront facturées à l'ancien tarif.

Cordialement,
Olivier Lemaire
""", end="Cordialement,", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1er janvier 2027"), ("2026-12-15", "other", "15 décembre")],
     prices=[dict(pct=4.5, eff="2027-01-01", quote="augmenter nos tarifs de 4,5 % sur l'ensemble de la gamme")]),

dict(v="jardinsduval", lang="fr", at="2026-09-30 08:00", subj="Les nouveautés printemps 2027 des Jardins du Val",
     frm="Les Jardins du Val <newsletter@jardinsduval.fr>",
     text="""
Chers partenaires,

Découvrez dès maintenant notre collection printemps 2027 : nouvelles jardinières en fibre de bois, gamme de graines bio élargie et un terreau sans tourbe. Les premières expéditions de la collection commenceront en février.

Retrouvez-nous au salon Maison & Jardin à Lyon du 14 au 16 octobre, stand B12.

Pour toute commande en cours, votre interlocuteur habituel reste à votre disposition.

L'équipe des Jardins du Val
Pour vous désabonner, cliquez ici.
""", end="L'équipe des Jardins du Val", change="none", intent="other",
     dates=[("2027-02-01", "other", "en février"), ("2026-10-14", "other", "du 14"),
            ("2026-10-16", "other", "16 octobre")]),

dict(v="bretagne", c=1, lang="fr", at="2026-12-18 08:02", subj="Réponse automatique : RE: P02120 délai livraison",
     text="""
Bonjour,

Je suis absente du bureau du 18 décembre au 4 janvier inclus, sans accès à ma messagerie. Pour toute question urgente concernant vos commandes ou expéditions, merci de contacter notre service client au 02 98 44 12 30 ou à adv@aeb-bretagne.fr.

Cordialement,
Morgane Tanguy
""", end="Cordialement,", change="none", intent="other", po=["P02120"],
     dates=[("2026-12-18", "other", "18 décembre"), ("2027-01-04", "other", "4 janvier inclus")]),
dict(v="iberica", c=1, lang="es", at="2026-11-02 12:40", subj="Consulta sobre el pedido P02121",
     text="""
Hola Sandra,

Te escribo por el pedido P02121 de macetas de barro. Lo tenemos previsto para entregar el martes 10 de noviembre, tal como os confirmamos. Una duda: ¿el muelle de descarga de vuestro almacén abre también por la tarde? El camión saldría de Murcia el domingo y llegaría a Hamburgo a primera hora de la tarde.

Gracias y un saludo,
Marta Gil
""", end="Gracias y un saludo,", change="none", intent="question", po=["P02121"],
     commit=("2026-11-10", "previsto para entregar el martes 10 de noviembre"),
     dates=[("2026-11-10", "confirmed_delivery", "martes 10 de noviembre"),
            ("2026-11-08", "ship_date", "el domingo")]),

dict(v="galicia", c=1, lang="es", at="2026-09-24 10:05", subj="Pedido P02122 – necesitamos confirmación del etiquetado",
     text="""
Estimado Sr. Osei:

Antes de iniciar la producción del pedido P02122 (mejillones en escabeche, ref. CG-ME-120) necesitamos que nos confirme si las etiquetas deben ir en alemán o en alemán e inglés. Además, ¿nos puede enviar el código EAN que asignan ustedes al nuevo formato de 120 g?

Si recibimos su respuesta antes del 30 de septiembre, mantenemos la fecha de carga prevista, el 9 de octubre.

Atentamente,
Beatriz Castro
Conservas Galicia S.A.
""", end="Atentamente,", change="none", intent="question", po=["P02122"],
     dates=[("2026-09-30", "other", "30 de septiembre"), ("2026-10-09", "ship_date", "9 de octubre")]),

dict(v="aceites", lang="es", at="2026-12-07 09:25", subj="Retraso pedido P02123 aceite de oliva",
     text="""
Buenos días Laura:

Lamentablemente el pedido P02123 se retrasa. La cosecha de este año ha empezado tarde por las lluvias y el aceite nuevo no estará embotellado hasta mediados de diciembre. En lugar del 11 de diciembre, la entrega en vuestro almacén será el 22 de diciembre.

Disculpa las molestias.

Un saludo,
Carmen López
Aceites del Sur S.L.
""", end="Un saludo,", change="date", intent="delay", po=["P02123"],
     commit=("2026-12-22", "la entrega en vuestro almacén será el 22 de diciembre"),
     dates=[("2026-12-15", "other", "mediados de diciembre"), ("2026-12-11", "other", "11 de diciembre"),
            ("2026-12-22", "new_eta", "22 de diciembre")]),

dict(v="plasticos", lang="es", at="2026-10-15 18:20", subj="RE: P02124 cajas organizadoras",
     text="""
Hola Tim,

Te aviso que el embarque del pedido P02124 se va a atrasar. Tuvimos un problema con el molde de las tapas y la producción termina hasta el 26 de octubre. El contenedor saldría de Veracruz el 2 de noviembre y la nueva ETA a Hamburgo es el 4 de diciembre (antes 20 de noviembre).

¿Prefieres que lo mandemos así o que separemos las cajas sin tapa para que salgan esta semana?

Saludos,
Rodrigo Garza
Plásticos del Norte
""", end="Saludos,", change="date", intent="delay", sec=["question"], po=["P02124"],
     commit=("2026-12-04", "la nueva ETA a Hamburgo es el 4 de diciembre"),
     dates=[("2026-10-26", "other", "26 de octubre"), ("2026-11-02", "ship_date", "2 de noviembre"),
            ("2026-12-04", "new_eta", "4 de diciembre"), ("2026-11-20", "other", "20 de noviembre"),
            ("2026-10-12", "other", "esta semana")]),

dict(v="levante", lang="es", at="2026-10-27 11:30", subj="Confirmación pedido P02125",
     text="""
Buenos días Sr. Brandt,

Le confirmamos el pedido P02125: 450 juegos de sábanas (TL-JS-150) y 300 fundas de almohada (TL-FA-50). La fecha de entrega es la semana 47, tal como acordamos, aunque sea posterior a la que figuraba en su pedido.

Atentamente,
Lucía Martínez
Textil Levante S.A.
""", end="Atentamente,", change="date", intent="confirmation", po=["P02125"],
     commit=("2026-11-16", "La fecha de entrega es la semana 47"),
     dates=[("2026-11-16", "confirmed_delivery", "semana 47")],
     lines=[("TL-JS-150", 450, "juegos", "450 juegos de sábanas (TL-JS-150)", "P02125"),
            ("TL-FA-50", 300, None, "300 fundas de almohada (TL-FA-50)", "P02125")]),

dict(v="andino", lang="es", at="2026-09-17 15:45", subj="Re: P02126 café verde - fecha de llegada",
     text="""
Hola Mike, buenas tardes.

Sí, confirmado: el contenedor con las 250 bolsas de café excelso (CA-EX-70) del pedido P02126 sigue programado para zarpar de Cartagena el 2 de octubre, con llegada a Hamburgo el 24 de octubre. No hay ningún cambio.

Un abrazo,
Andrés Restrepo
Café Andino S.A.S.

El mié, 16 sept 2026 a las 10:12, Mike Osei <mike.osei@hhg-retail.com> escribió:
> Hola Andrés, ¿sigue en pie la llegada del 24 de octubre para P02126?
""", end="Un abrazo,", change="none", intent="confirmation", po=["P02126"],
     commit=("2026-10-24", "con llegada a Hamburgo el 24 de octubre"),
     dates=[("2026-10-02", "ship_date", "2 de octubre"),
            ("2026-10-24", "confirmed_delivery", ("24 de octubre", 0))],
     lines=[("CA-EX-70", 250, "bolsas", "250 bolsas de café excelso (CA-EX-70)", "P02126")]),

dict(v="iberica", lang="es", at="2026-11-23 13:10", subj="Pedido P02127 – solo podemos servir parte",
     text="""
Hola Laura:

Del pedido P02127 solo podemos confirmarte 200 de los 350 sacos de corteza de pino (JI-CP-50). Esos 200 te llegan el viernes 27. El resto, 150 sacos, queda pendiente: nuestro proveedor no nos da fecha todavía, te avisamos en cuanto la sepamos.

Un saludo,
Sergio Navarro
""", end="Un saludo,", change="quantity", intent="partial_shipment", sec=["confirmation"],
     po=["P02127"], commit=("2026-11-27", "te llegan el viernes 27"),
     dates=[("2026-11-27", "confirmed_delivery", "viernes 27")],
     lines=[("JI-CP-50", 200, "sacos", "solo podemos confirmarte 200 de los 350 sacos", "P02127"),
            ("JI-CP-50", 150, "sacos", "150 sacos", "P02127")]),

dict(v="galicia", lang="es", at="2026-12-10 12:00", subj="Aviso de expedición P02128",
     text="""
Buenos días:

Les informamos de que hoy ha salido de nuestras instalaciones de Vigo el pedido P02128 completo (22 palés). Transporte: Transportes Frigoríficos Miño, CMR n.º 0045871. Entrega prevista en su almacén de Hamburgo: lunes 14 de diciembre, entre las 8:00 y las 12:00.

Atentamente,
Xoán Varela
Conservas Galicia S.A.
""", end="Atentamente,", change="shipping", intent="shipping_notice", po=["P02128"],
     commit=("2026-12-14", "Entrega prevista en su almacén de Hamburgo: lunes 14 de diciembre"),
     dates=[("2026-12-10", "ship_date", "hoy"), ("2026-12-14", "confirmed_delivery", "lunes 14 de diciembre")],
     lines=[("pedido completo", 22, "palés", "22 palés", "P02128")],
     track=[("Transportes Frigoríficos Miño", "0045871", "CMR n.º 0045871")]),

dict(v="aceites", c=1, lang="es", at="2026-10-09 10:50", subj="Anulación línea arbequina – P02129",
     text="""
Hola Sandra:

Te escribo para comunicarte que tenemos que anular la línea 2 del pedido P02129 (AS-ARB-500, aceite arbequina 500 ml, 600 botellas). La almazara que nos suministra la arbequina ha cerrado y no vamos a poder servirla este año, ni con retraso. El resto del pedido sale según lo previsto el 16 de octubre.

Si quieres, te podemos ofrecer la variedad hojiblanca al mismo precio; dime algo.

Un saludo,
Javier Ruiz
""", end="Un saludo,", change="cancel", intent="cancellation", sec=["question"], po=["P02129"],
     dates=[("2026-10-16", "ship_date", "16 de octubre")],
     lines=[("AS-ARB-500", 600, "botellas", "600 botellas", "P02129")]),

dict(v="plasticos", c=1, lang="es", at="2026-11-11 09:15", subj="Recargo por resina – pedidos abiertos",
     text="""
Estimado Tim:

Por el alza del precio de la resina de polipropileno, a partir del 1 de diciembre aplicaremos un recargo del 8 % sobre el precio de todas las cajas organizadoras, incluidos los pedidos abiertos P02124 y P02130 que aún no se han embarcado.

Quedamos atentos a cualquier comentario.

Saludos cordiales,
Fernanda Treviño
Plásticos del Norte S.A. de C.V.
""", end="Saludos cordiales,", change="price", intent="price_change", po=["P02124", "P02130"],
     dates=[("2026-12-01", "price_effective", "1 de diciembre")],
     prices=[dict(product="cajas organizadoras", pct=8, eff="2026-12-01",
                  quote="un recargo del 8 % sobre el precio de todas las cajas organizadoras")]),

dict(v="levante", lang="es", at="2026-12-01 08:45", subj="Extracto de cuenta noviembre",
     frm="Administración Textil Levante <administracion@textil-levante.es>",
     text="""
Buenos días:

Adjunto les enviamos el extracto de cuenta a 30 de noviembre de 2026. Figuran pendientes de pago las facturas FV-26-2210 (pedido P02125) y FV-26-2298 (pedido P02131), con vencimiento el 15 de diciembre y el 31 de diciembre respectivamente.

Les rogamos comprueben los datos y nos comuniquen cualquier discrepancia.

Atentamente,
Departamento de Administración
Textil Levante S.A.
""", end="Atentamente,", change="none", intent="other", po=["P02125", "P02131"],
     vref=["FV-26-2210", "FV-26-2298"],
     dates=[("2026-11-30", "other", "30 de noviembre de 2026"), ("2026-12-15", "other", "15 de diciembre"),
            ("2026-12-31", "other", "31 de diciembre")]),

dict(v="andino", c=1, lang="es", at="2026-12-14 08:30", subj="Cierre por fin de año",
     frm="Café Andino <info@cafeandino.com.co>",
     text="""
Estimados clientes:

Les informamos que nuestras oficinas y bodega en Medellín permanecerán cerradas del 24 de diciembre al 6 de enero. Los despachos que caigan en esas fechas se realizarán a partir del 7 de enero de 2027.

¡Felices fiestas y próspero año nuevo!

Equipo Café Andino
""", end="¡Felices fiestas", change="none", intent="other",
     dates=[("2026-12-24", "other", "24 de diciembre"), ("2027-01-06", "other", "6 de enero"),
            ("2027-01-07", "other", "7 de enero de 2027")]),
dict(v="devries", c=1, lang="nl", at="2026-11-11 10:35", subj="Vraag over levering P02132",
     text="""
Hoi Sandra,

Even een vraagje over P02132 (de RVS pannensets). De levering staat nog steeds gepland op dinsdag 24 november, daar verandert niets aan. Maar: mogen we op die dag ook 's middags na 14:00 uur lossen? Onze chauffeur heeft 's ochtends al een rit naar Bremen.

Laat je het even weten vóór vrijdag?

Groetjes,
Femke Smit
De Vries Huishoudelijk B.V.
""", end="Groetjes,", change="none", intent="question", po=["P02132"],
     commit=("2026-11-24", "staat nog steeds gepland op dinsdag 24 november"),
     dates=[("2026-11-24", "confirmed_delivery", "dinsdag 24 november"), ("2026-11-13", "other", "vóór vrijdag")]),

dict(v="jansen", c=1, lang="nl", at="2026-09-29 14:50", subj="Verzoek om verduidelijking – P02133",
     text="""
Goedemiddag meneer Osei,

Bij het invoeren van uw order P02133 zien wij dat u de LED-lamp EJ-L9 met E27-fitting heeft besteld, maar op de orderregel staat de prijs van de E14-uitvoering (EJ-L9-E14). Welke van de twee bedoelt u? Beide zijn leverbaar in week 41.

Wij horen graag van u, dan sturen wij direct de orderbevestiging.

Met vriendelijke groet,
Eva Mulder
Elektro Jansen B.V.
""", end="Met vriendelijke groet,", change="none", intent="question", po=["P02133"],
     dates=[("2026-10-05", "other", "week 41")]),

dict(v="vanderberg", lang="nl", at="2026-10-19 09:05", subj="P02134 levering schuift op",
     text="""
Beste Tim,

Helaas schuift de levering van P02134 een week op. De tuinslangen (VB-TS-25) komen pas donderdag bij ons binnen van de fabriek in Polen, waardoor we niet meer op 22 oktober bij jullie kunnen leveren. Nieuwe leverdatum: donderdag 29 oktober.

Sorry voor het ongemak.

Met vriendelijke groet,
Pieter van der Berg
Van der Berg Tuinartikelen B.V.
""", end="Met vriendelijke groet,", change="date", intent="delay", po=["P02134"],
     commit=("2026-10-29", "Nieuwe leverdatum: donderdag 29 oktober"),
     dates=[("2026-10-22", "other", "pas donderdag"), ("2026-10-22", "other", "22 oktober"),
            ("2026-10-29", "new_eta", "donderdag 29 oktober")]),

dict(v="kaashandel", lang="nl", at="2026-12-01 11:20", subj="RE: Bestelling P02135 Goudse kaas",
     text="""
Hallo Laura,

Slecht nieuws over P02135: door een storing in ons koelhuis is de belegen Gouda (HK-GB-12) pas volgende week dinsdag klaar voor verzending in plaats van deze donderdag. Levering bij jullie wordt dan woensdag 9 december.

De jonge kaas (HK-JK-12) kunnen we gewoon donderdag leveren. Willen jullie dat we die apart sturen, of alles samen op de 9e?

Groet,
Kees Bakker
""", end="Groet,", change="date", intent="delay", sec=["question"], po=["P02135"],
     commit=("2026-12-09", "Levering bij jullie wordt dan woensdag 9 december"),
     dates=[("2026-12-08", "ship_date", "volgende week dinsdag"), ("2026-12-03", "other", "deze donderdag"),
            ("2026-12-09", "new_eta", "woensdag 9 december"), ("2026-12-03", "other", "gewoon donderdag leveren"),
            ("2026-12-09", "other", "op de 9e")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-10-07 08:40", subj="Orderbevestiging P02136",
     text="""
Goedemorgen mevrouw Jensen,

Hierbij bevestigen wij uw bestelling P02136 (badjassen VT-BJ-L, 240 stuks en VT-BJ-XL, 160 stuks). Zoals telefonisch afgesproken leveren wij in week 44 en niet in week 42 zoals op uw bestelbon vermeld; de levering in week 44 is dus definitief.

Met vriendelijke groeten,
An Claes
Vlaamse Textiel NV
""", end="Met vriendelijke groeten,", change="date", intent="confirmation", po=["P02136"],
     commit=("2026-10-26", "leveren wij in week 44"),
     dates=[("2026-10-26", "confirmed_delivery", ("week 44", 0)), ("2026-10-12", "other", "week 42"),
            ("2026-10-26", "confirmed_delivery", ("week 44", 1))],
     lines=[("VT-BJ-L", 240, "stuks", "VT-BJ-L, 240 stuks", "P02136"),
            ("VT-BJ-XL", 160, "stuks", "VT-BJ-XL, 160 stuks", "P02136")]),

dict(v="jansen", lang="nl", at="2026-11-16 13:25", subj="RE: P02137 eerder leveren?",
     text="""
Hoi Mike,

Goed nieuws: we kunnen P02137 eerder leveren zoals je vroeg. In plaats van 4 december komen de stekkerdozen (EJ-SD-6) nu al op maandag 30 november bij jullie binnen.

Groet,
Bram

Op vr 13 nov 2026 om 11:20 schreef Mike Osei <mike.osei@hhg-retail.com>:
> Hoi Bram, is het mogelijk P02137 een paar dagen eerder te leveren, liefst eind november?
""", end="Groet,", change="date", intent="confirmation", po=["P02137"],
     commit=("2026-11-30", "nu al op maandag 30 november bij jullie binnen"),
     dates=[("2026-12-04", "other", "4 december"), ("2026-11-30", "confirmed_delivery", "maandag 30 november")]),

dict(v="devries", lang="nl", at="2026-12-04 15:15", subj="Deellevering P02138",
     text="""
Beste Tim,

Vandaag is een deel van P02138 de deur uit gegaan: 180 van de 250 bestekcassettes (DV-BC-24). De overige 70 stuks volgen in week 51, zodra de nieuwe lading messen binnen is.

Track & trace PostNL: 3SDVH0048812753

Met vriendelijke groet,
Mark de Vries
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P02138"], commit=("2026-12-14", "volgen in week 51"),
     dates=[("2026-12-04", "ship_date", "Vandaag"), ("2026-12-14", "new_eta", "week 51")],
     lines=[("DV-BC-24", 180, None, "180 van de 250 bestekcassettes (DV-BC-24)", "P02138"),
            ("DV-BC-24", 70, "stuks", "De overige 70 stuks", "P02138")],
     track=[("PostNL", "3SDVH0048812753", "Track & trace PostNL: 3SDVH0048812753")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-09-10 16:00", subj="Verzendbevestiging P02139",
     text="""
Goedemiddag,

Uw bestelling P02139 is vandaag volledig verzonden met DHL Freight, 4 pallets. Vrachtbrief/CMR-nummer 7741-2290-55. Verwachte levering: maandag 14 september.

Met vriendelijke groet,
Sanne de Jong
Van der Berg Tuinartikelen B.V.
""", end="Met vriendelijke groet,", change="shipping", intent="shipping_notice", po=["P02139"],
     commit=("2026-09-14", "Verwachte levering: maandag 14 september"),
     dates=[("2026-09-10", "ship_date", "vandaag volledig verzonden"),
            ("2026-09-14", "confirmed_delivery", "maandag 14 september")],
     track=[("DHL Freight", "7741-2290-55", "CMR-nummer 7741-2290-55")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-11-05 10:10", subj="Annulering regel 3 – P02140",
     text="""
Beste Sandra,

Helaas moeten we regel 3 van je bestelling P02140 annuleren: de oude Leidse komijnekaas (HK-LK-10, 80 stuks) is uitverkocht en de volgende partij is pas over vijf maanden op leeftijd. Dat is te lang om de order open te houden, dus we halen de regel eraf. De andere regels leveren we zoals afgesproken op woensdag 18 november.

Groeten,
Lotte Visser
""", end="Groeten,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P02140"],
     commit=("2026-11-18", "leveren we zoals afgesproken op woensdag 18 november"),
     dates=[("2026-11-18", "confirmed_delivery", "woensdag 18 november")],
     lines=[("HK-LK-10", 80, "stuks", "HK-LK-10, 80 stuks", "P02140")]),

dict(v="devries", lang="nl", at="2026-12-15 09:30", subj="Prijswijziging per 1 februari 2027",
     text="""
Geachte relatie,

Per 1 februari 2027 passen wij onze verkoopprijzen aan. Door hogere kosten voor RVS en transport stijgen de prijzen van onze pannen en bestekartikelen met gemiddeld 6%. Enkele voorbeelden:

DV-PS-5 pannenset 5-delig: van € 42,50 naar € 45,00
DV-BC-24 bestekcassette 24-delig: van € 18,90 naar € 19,95

Orders die vóór 31 januari 2027 bij ons binnen zijn, leveren wij nog tegen de huidige prijzen.

Met vriendelijke groet,
Mark de Vries
""", end="Met vriendelijke groet,", change="price", intent="price_change",
     dates=[("2027-02-01", "price_effective", "1 februari 2027"), ("2027-01-31", "other", "31 januari 2027")],
     prices=[dict(pct=6, eff="2027-02-01", quote="met gemiddeld 6%"),
             dict(product="DV-PS-5", old=42.50, new=45.00, cur="EUR", eff="2027-02-01",
                  quote="DV-PS-5 pannenset 5-delig: van € 42,50 naar € 45,00"),
             dict(product="DV-BC-24", old=18.90, new=19.95, cur="EUR", eff="2027-02-01",
                  quote="DV-BC-24 bestekcassette 24-delig: van € 18,90 naar € 19,95")]),

dict(v="jansen", lang="nl", at="2026-10-30 11:00", subj="Betalingsherinnering factuur 2026-10472",
     frm="Administratie Elektro Jansen <administratie@elektrojansen.nl>",
     text="""
Geachte heer/mevrouw,

Volgens onze administratie staat factuur 2026-10472 (uw order P02133, geleverd in week 41) nog open. De vervaldatum was 25-10-2026. Wilt u het bedrag van € 4.380,00 binnen 7 dagen overmaken op NL27 RABO 0312 4478 90?

Indien u inmiddels heeft betaald, kunt u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,
Administratie
Elektro Jansen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P02133"],
     vref=["2026-10472"],
     dates=[("2026-10-05", "other", "week 41"), ("2026-10-25", "other", "25-10-2026"),
            ("2026-11-06", "other", "binnen 7 dagen")]),

dict(v="vanderberg", lang="nl", at="2026-11-26 07:45", subj="Automatisch antwoord: P02141 leverdatum?",
     text="""
Dank voor uw bericht. Ik ben met vakantie tot en met maandag 7 december en heb geen toegang tot mijn e-mail. Voor vragen over orders en leveringen kunt u terecht bij mijn collega Sanne de Jong (sanne.de.jong@vanderberg-tuin.nl).

Met vriendelijke groet,
Pieter van der Berg
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P02141"],
     dates=[("2026-12-07", "other", "maandag 7 december")]),
]
