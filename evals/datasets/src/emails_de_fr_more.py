# ruff: noqa: E501 - email text is data
"""German and French batch (DE/AT/CH, FR/BE/CH/CA writers): all eight intents. Hand-written."""

EMAILS = [
dict(v="kaiser", lang="de", at="2026-10-13 09:10", subj="P03400 – neuer Liefertermin",
     text="""
Sehr geehrter Herr Brandt,

leider müssen wir Ihnen mitteilen, dass sich die Lieferung Ihrer Bestellung P03400 (Bewegungsmelder EK-BM-180, 800 Stück) verschiebt. Unser Zulieferer für die Sensorplatinen hat einen Produktionsausfall gemeldet.

Statt in KW 43 können wir nun erst in KW 46 liefern. Wir bedauern die Unannehmlichkeiten.

Mit freundlichen Grüßen
Stefan Kaiser
Elektro Kaiser GmbH
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P03400"],
     commit=("2026-11-09", "erst in KW 46 liefern"),
     dates=[("2026-10-19", "other", "KW 43"), ("2026-11-09", "new_eta", "KW 46")]),

dict(v="brunner", c=1, lang="de", at="2026-09-22 14:05", subj="Auftragsbestätigung AB-BT-26-0611 / Ihre Bestellung P03401",
     text="""
Grüezi Frau Klein

Besten Dank für Ihre Bestellung P03401. Gerne bestätigen wir alle Positionen in der gewünschten Menge; die Anlieferung in Hamburg erfolgt am 05.10.2026. Die Auftragsbestätigung finden Sie im Anhang.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG
Verkauf Innendienst

--- attachment: AB-BT-26-0611.pdf ---
Brunner Textil AG – Auftragsbestätigung AB-BT-26-0611
Kunde: Hartmann Home & Garden, Hamburg
Ihre Bestellung: P03401
Pos | Artikel | Bezeichnung | Menge | Termin
10 | BT-GT-50 | Gästetuch 30x50 anthrazit | 1.200 Stk. | 05.10.2026
20 | BT-DT-140 | Duschtuch 70x140 anthrazit | 450 Stk. | 05.10.2026
Zahlungsbedingung: 30 Tage netto
""", end="Freundliche Grüsse", change="none", intent="confirmation", po=["P03401"],
     vref=["AB-BT-26-0611"], commit=("2026-10-05", "die Anlieferung in Hamburg erfolgt am 05.10.2026"),
     dates=[("2026-10-05", "confirmed_delivery", ("05.10.2026", 0)),
            ("2026-10-05", "confirmed_delivery", ("05.10.2026", 1)),
            ("2026-10-05", "confirmed_delivery", ("05.10.2026", 2))],
     lines=[("BT-GT-50", 1200, "Stk.", "10 | BT-GT-50 | Gästetuch 30x50 anthrazit | 1.200 Stk. | 05.10.2026", "P03401"),
            ("BT-DT-140", 450, "Stk.", "20 | BT-DT-140 | Duschtuch 70x140 anthrazit | 450 Stk. | 05.10.2026", "P03401")]),

dict(v="alpen", lang="de", at="2026-12-18 16:45", subj="Abwesenheitsnotiz: AW: P03402 Lebkuchen-Sortiment",
     text="""
Vielen Dank für Ihre Nachricht.

Ich bin vom 21.12. bis einschließlich 07.01.2027 auf Urlaub und lese meine E-Mails nicht. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Theresa Huber (theresa.huber@alpenfeinkost.at, +43 662 48 11 20).

Frohe Weihnachten!
Florian Gruber
Alpen Feinkost AG
""", end="Frohe Weihnachten!", change="none", intent="other", po=["P03402"],
     dates=[("2026-12-21", "other", "21.12."), ("2027-01-07", "other", "07.01.2027")]),

dict(v="mueller", c=1, lang="de", at="2026-11-05 10:30", subj="Preisanpassung zum 1. Januar 2027",
     text="""
Sehr geehrte Damen und Herren,

die Kosten für Stahl, Kunststoffgranulat und Energie sind im laufenden Jahr erneut deutlich gestiegen. Wir sehen uns daher gezwungen, unsere Listenpreise zum 01.01.2027 um durchschnittlich 4,5 % anzuheben.

Für Ihr Sortiment bedeutet das unter anderem:
- Akku-Rasenmäher MG-RM-420: bisher 289,00 EUR, neu 302,00 EUR
- Vertikutierer MG-VT-32: bisher 149,50 EUR, neu 156,20 EUR

Bestellungen, die bis zum 18.12. bei uns eingehen, liefern wir noch zu den alten Konditionen aus – also auch Ihre offene Bestellung P03403.

Die neue Preisliste senden wir Ihnen in den nächsten Tagen zu.

Mit freundlichen Grüßen
Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P03403"],
     dates=[("2027-01-01", "price_effective", "01.01.2027"), ("2026-12-18", "other", "18.12.")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2027-01-01", quote="zum 01.01.2027 um durchschnittlich 4,5 % anzuheben"),
             dict(product="MG-RM-420", old=289.00, new=302.00, cur="EUR", eff="2027-01-01", quote="Akku-Rasenmäher MG-RM-420: bisher 289,00 EUR, neu 302,00 EUR"),
             dict(product="MG-VT-32", old=149.50, new=156.20, cur="EUR", eff="2027-01-01", quote="Vertikutierer MG-VT-32: bisher 149,50 EUR, neu 156,20 EUR")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-11-17 16:20", subj="Lieferavis zu Ihrer Bestellung P03404",
     text="""
Guten Tag Frau Jensen,

Ihre Bestellung P03404 ist heute vollständig verladen worden und befindet sich auf dem Weg zu Ihnen.

Sendung: 3 Paletten, 480 Stück Bratpfanne SH-BP-28 (Lieferschein LS-77120)
Spedition: DB Schenker, Sendungsnummer 1Z-SCH-4478190
Zustellung voraussichtlich am Donnerstag zwischen 8 und 12 Uhr.

Bitte denken Sie daran, die Paletten bei Anlieferung auf Transportschäden zu prüfen.

Freundliche Grüße
Sabine Hoffmann
Versand | Schwarzwald Haushaltswaren GmbH
""", end="Freundliche Grüße", change="shipping", intent="shipping_notice", po=["P03404"],
     vref=["LS-77120"], commit=("2026-11-19", "Zustellung voraussichtlich am Donnerstag"),
     dates=[("2026-11-17", "ship_date", "heute vollständig verladen"), ("2026-11-19", "confirmed_delivery", "am Donnerstag")],
     lines=[("SH-BP-28", 480, "Stück", "480 Stück Bratpfanne SH-BP-28", "P03404")],
     track=[("DB Schenker", "1Z-SCH-4478190", "Sendungsnummer 1Z-SCH-4478190")]),

dict(v="kaiser", c=1, lang="de", at="2026-12-03 11:40", subj="Teillieferung P03405 LED-Lichterketten",
     text="""
Hallo Herr Osei,

von Ihrer Bestellung P03405 (LED-Lichterkette EK-LK-20) verlassen heute 600 von 1.000 Stück unser Lager, per DPD, Paketnummern 01505034569812 bis -820 (9 Pakete). Die restlichen 400 Stück bekommen wir erst nach der nächsten Containerankunft und liefern sie Mitte Dezember nach.

Wenn Ihnen die Nachlieferung zu spät ist, sagen Sie Bescheid, dann stornieren wir den Rest.

Beste Grüße
Petra Lange
""", end="Beste Grüße", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P03405"],
     commit=("2026-12-15", "liefern sie Mitte Dezember nach"),
     dates=[("2026-12-03", "ship_date", "heute 600 von 1.000 Stück unser Lager"), ("2026-12-15", "new_eta", "Mitte Dezember")],
     lines=[("EK-LK-20", 600, "Stück", "600 von 1.000 Stück", "P03405"),
            ("EK-LK-20", 400, "Stück", "restlichen 400 Stück", "P03405")],
     track=[("DPD", "01505034569812", "Paketnummern 01505034569812")]),

dict(v="brunner", lang="de", at="2026-10-28 08:55", subj="P03406 Bademäntel – muss leider storniert werden",
     text="""
Hoi Tim

Schlechte Nachrichten zu deiner P03406: Den Waffelpiqué für die Bademäntel (BT-BM-L) bekommen wir dieses Jahr nicht mehr, die Weberei hat die Qualität eingestellt. Wir müssen deshalb Position 2 (150 Stk. Bademantel L) stornieren. Tut mir wirklich leid.

Position 1, die Saunatücher, kommt wie bestätigt am 12.11. bei euch an.

Wenn ihr einen Ersatz wollt: wir hätten einen Frottee-Bademantel in ähnlicher Preislage, ich schick dir gern ein Muster.

Gruss
Reto
""", end="Gruss\nReto", change="cancel", intent="cancellation", sec=["confirmation"], po=["P03406"],
     commit=("2026-11-12", "kommt wie bestätigt am 12.11."),
     dates=[("2026-11-12", "confirmed_delivery", "12.11.")],
     lines=[("BT-BM-L", 150, "Stk.", "150 Stk. Bademantel L", "P03406")]),

dict(v="schwarzwald", c=1, lang="de", at="2026-09-09 13:15", subj="Frage zur Etikettierung – P03407",
     text="""
Sehr geehrte Frau Klein,

bevor wir Ihre Bestellung P03407 (Backformen SH-BF-26 und SH-BF-28) kommissionieren, eine kurze Frage: Sollen die Kartons wie bisher mit Ihren eigenen EAN-Etiketten beklebt werden, oder reichen unsere Standardetiketten? In der Bestellung ist dazu nichts angegeben.

Falls Sie Ihre Etiketten wünschen, bräuchten wir die Druckdateien bis Montag.

Vielen Dank und freundliche Grüße
Sabine Hoffmann
""", end="Vielen Dank und freundliche Grüße", change="none", intent="question", po=["P03407"],
     dates=[("2026-09-14", "other", "bis Montag")]),

dict(v="savonnerie", lang="fr", at="2026-10-07 11:30", subj="Confirmation de commande CC-26-1142 – votre réf. P03408",
     text="""
Bonjour Madame Jensen,

Nous vous remercions pour votre commande P03408 et vous confirmons sa bonne prise en compte. Toutes les références sont disponibles ; la livraison est prévue semaine 43 à votre entrepôt de Hambourg.

Vous trouverez ci-joint notre confirmation de commande.

Bien cordialement,
Camille Girard
Administration des ventes
Savonnerie de Provence SARL

--- attachment: CC-26-1142.pdf ---
CONFIRMATION DE COMMANDE N° CC-26-1142
Votre commande : P03408 du 05/10/2026
Réf.        Désignation                       Qté      PU HT
SP-LAV-250  Savon lavande 250 g               1 200    2,85 €
SP-OLI-250  Savon olive 250 g                 800      2,85 €
SP-COF-3    Coffret 3 savons                  240      9,40 €
Livraison : semaine 43 – franco de port
""", end="Bien cordialement,", change="none", intent="confirmation", po=["P03408"],
     vref=["CC-26-1142"], commit=("2026-10-19", "la livraison est prévue semaine 43"),
     dates=[("2026-10-19", "confirmed_delivery", ("semaine 43", 0)), ("2026-10-05", "other", "05/10/2026"),
            ("2026-10-19", "confirmed_delivery", ("semaine 43", 1))],
     lines=[("SP-LAV-250", 1200, None, "SP-LAV-250  Savon lavande 250 g               1 200    2,85 €", "P03408"),
            ("SP-OLI-250", 800, None, "SP-OLI-250  Savon olive 250 g                 800      2,85 €", "P03408"),
            ("SP-COF-3", 240, None, "SP-COF-3    Coffret 3 savons                  240      9,40 €", "P03408")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-11-12 15:50", subj="Report de livraison – commande P03409",
     text="""
Madame, Monsieur,

Nous vous informons que la livraison de votre commande P03409 (jardinières en terre cuite JV-JT-60), initialement prévue le 16/11, est reportée à fin novembre. Notre four de cuisson a dû être arrêté pour maintenance et la production a pris du retard.

Nous vous prions de nous excuser pour ce contretemps.

Cordialement,
Le service ADV
Les Jardins du Val SAS
""", end="Cordialement,", change="date", intent="delay", po=["P03409"],
     commit=("2026-11-30", "est reportée à fin novembre"),
     dates=[("2026-11-16", "other", "16/11"), ("2026-11-30", "new_eta", "fin novembre")]),

dict(v="lemaire", c=1, lang="fr", at="2026-10-30 17:05", subj="Réponse automatique : P03410 biscuits de Noël",
     text="""
Bonjour,

Je suis absente du lundi 2 novembre au vendredi 6 novembre inclus, avec un accès très limité à ma messagerie. Pour toute question urgente concernant une commande, merci de contacter notre service clients au +32 2 514 33 70 ou commandes@biscuiterie-lemaire.be.

Je traiterai votre message dès mon retour.

Sophie Dubois
Biscuiterie Lemaire SA
""", end="Sophie Dubois", change="none", intent="other", po=["P03410"],
     dates=[("2026-11-02", "other", "lundi 2 novembre"), ("2026-11-06", "other", "vendredi 6 novembre")]),

dict(v="lyonnais", lang="fr", at="2026-11-20 09:40", subj="Évolution de nos tarifs au 1er janvier 2027",
     text="""
Chère cliente, cher client,

Comme beaucoup d'acteurs du textile, nous subissons depuis plusieurs mois une hausse importante du prix du coton peigné et des coûts de teinture. Après avoir absorbé ces augmentations aussi longtemps que possible, nous sommes contraints d'appliquer une hausse de tarif de 6 % sur l'ensemble de notre gamme linge de lit à compter du 1er janvier 2027.

Les commandes passées avant cette date et livrées d'ici fin janvier restent facturées au tarif actuel.

Notre nouvelle grille tarifaire vous sera adressée début décembre par votre commercial.

Nous vous remercions de votre compréhension et de votre fidélité.

Isabelle Martin
Directrice commerciale
Textiles Lyonnais SA
""", end="Isabelle Martin", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1er janvier 2027"), ("2027-01-31", "other", "fin janvier"),
            ("2026-12-01", "other", "début décembre")],
     prices=[dict(product=None, pct=6, cur=None, eff="2027-01-01", quote="hausse de tarif de 6 % sur l'ensemble de notre gamme linge de lit")]),

dict(v="bretagne", c=1, lang="fr", at="2026-12-08 14:10", subj="Avis d'expédition – commande P03411",
     text="""
Bonjour Monsieur Brandt,

Votre commande P03411 (chargeurs USB-C AEB-CH65, 500 pièces, et câbles AEB-CB2, 1 000 pièces) a été expédiée ce jour depuis notre entrepôt de Lorient.

Transporteur : GLS
N° de suivi : 6CZ8841290
Bon de livraison : BL-26-3390
Livraison prévue jeudi 10/12.

Bonne réception,
Morgane Tanguy
Logistique – AEB Bretagne
""", end="Bonne réception,", change="shipping", intent="shipping_notice", po=["P03411"], vref=["BL-26-3390"],
     commit=("2026-12-10", "Livraison prévue jeudi 10/12"),
     dates=[("2026-12-08", "ship_date", "expédiée ce jour"), ("2026-12-10", "confirmed_delivery", "jeudi 10/12")],
     lines=[("AEB-CH65", 500, "pièces", "AEB-CH65, 500 pièces", "P03411"),
            ("AEB-CB2", 1000, "pièces", "AEB-CB2, 1 000 pièces", "P03411")],
     track=[("GLS", "6CZ8841290", "N° de suivi : 6CZ8841290")]),

dict(v="jardinsduval", lang="fr", at="2026-09-16 10:20", subj="Question conditionnement P03412",
     text="""
Bonjour Madame Klein,

Concernant votre commande P03412 de pots en zinc JV-PZ-20, nous avons un doute : sur le bon de commande figure un colisage par 6, alors que votre dernière commande était par 12. Pouvez-vous nous confirmer le colisage souhaité ? Le prix unitaire reste le même dans les deux cas.

Merci de nous répondre sous huitaine pour que nous puissions lancer la préparation.

Bien à vous,
Nathalie Moreau
""", end="Bien à vous,", change="none", intent="question", po=["P03412"],
     dates=[("2026-09-23", "other", "sous huitaine")]),

dict(v="lemaire", lang="fr", at="2026-12-01 12:15", subj="Commande P03413 – livraison partielle",
     text="""
Bonjour Madame Jensen,

Suite à une forte demande sur nos spéculoos en cette période, nous ne pourrons livrer le 04/12 que 300 cartons sur les 450 de votre commande P03413 (BL-SP-400, spéculoos 400 g). Les 150 cartons restants suivront en semaine 51, dès la prochaine production.

Si cela pose problème pour vos magasins, n'hésitez pas à m'appeler.

Bien à vous,
Olivier Lemaire
Biscuiterie Lemaire SA – Bruxelles
""", end="Bien à vous,", change="quantity", intent="partial_shipment", po=["P03413"],
     commit=("2026-12-14", "suivront en semaine 51"),
     dates=[("2026-12-04", "confirmed_delivery", "04/12"), ("2026-12-14", "new_eta", "semaine 51")],
     lines=[("BL-SP-400", 300, "cartons", "300 cartons sur les 450", "P03413"),
            ("BL-SP-400", 150, "cartons", "150 cartons restants", "P03413")]),
dict(v="laurentides", lang="fr", at="2026-10-20 10:05", subj="Ta commande P03414 – sirop d'érable",
     text="""
Bonjour Sandra,

Merci encore pour la commande P03414! Tout est correct de notre bord : on te confirme les 720 bouteilles de sirop ambré 500 ml (LA-SA-500) et les 360 cannes de beurre d'érable (LA-BE-250), tel que commandé.

Le conteneur part du port de Montréal le 27 octobre et on vise une livraison à votre entrepôt de Hambourg vers la mi-novembre. Je t'envoie le connaissement dès que je l'ai en main.

Bonne fin de journée!

Geneviève Tremblay
Ventes internationales
Produits d'érable Laurentides Inc.
Saint-Jérôme (Québec)
""", end="Bonne fin de journée!", change="none", intent="confirmation", po=["P03414"],
     commit=("2026-11-15", "une livraison à votre entrepôt de Hambourg vers la mi-novembre"),
     dates=[("2026-10-27", "ship_date", "le 27 octobre"), ("2026-11-15", "confirmed_delivery", "la mi-novembre")],
     lines=[("LA-SA-500", 720, "bouteilles", "720 bouteilles", "P03414"),
            ("LA-BE-250", 360, "cannes", "360 cannes", "P03414")]),

dict(v="laurentides", c=1, lang="fr", at="2026-11-24 09:30", subj="RE: Ta commande P03414 – sirop d'érable",
     text="""
Bonjour Madame Klein,

Je prends le relais de Geneviève, qui est en congé cette semaine. Malheureusement, je dois vous annoncer un retard pour la P03414 : le conteneur a été roulé à Montréal (surbooking du navire) et n'est finalement parti que le 3 novembre. L'arrivée au port de Hambourg est maintenant estimée au 8 décembre, et la livraison à votre entrepôt au 10 décembre, au lieu de la mi-novembre annoncée.

Toutes nos excuses pour ce contretemps, on suit le dossier de près.

Marc-André Gagnon
Logistique
Produits d'érable Laurentides Inc.

Le 20 oct. 2026 à 10:05, Geneviève Tremblay <genevieve.tremblay@erable-laurentides.ca> a écrit :
> Le conteneur part du port de Montréal le 27 octobre et on vise une livraison
> à votre entrepôt de Hambourg vers la mi-novembre.
""", end="Marc-André Gagnon", change="date", intent="delay", po=["P03414"],
     commit=("2026-12-10", "la livraison à votre entrepôt au 10 décembre"),
     dates=[("2026-11-03", "ship_date", "le 3 novembre"), ("2026-12-08", "other", "8 décembre"),
            ("2026-12-10", "new_eta", "10 décembre"), ("2026-11-15", "other", ("la mi-novembre", 0))]),

dict(v="romande", lang="fr", at="2026-09-29 15:25", subj="Annulation de votre commande P03415",
     text="""
Madame, Monsieur,

Nous regrettons de devoir vous informer que nous ne sommes pas en mesure d'honorer votre commande P03415 portant sur 300 couteaux d'office CR-CO-9. Le fournisseur de nos manches en noyer a cessé son activité et nous n'avons à ce jour aucune solution de remplacement de qualité équivalente.

La commande est par conséquent annulée dans son intégralité. L'acompte de CHF 1'250.00 vous sera remboursé sous dix jours.

Nous vous prions d'accepter nos excuses et restons à votre disposition.

Avec nos meilleures salutations,
Luc Favre
Coutellerie Romande SA, Le Sentier
""", end="Avec nos meilleures salutations,", change="cancel", intent="cancellation", po=["P03415"],
     lines=[("CR-CO-9", 300, None, "300 couteaux d'office CR-CO-9", "P03415")]),

dict(v="romande", c=1, lang="fr", at="2026-11-18 11:10", subj="Supplément matière – commande ouverte P03416",
     text="""
Bonjour Monsieur Osei,

Le prix de l'acier inoxydable X50CrMoV15 a encore augmenté de près de 18 % depuis septembre. Nous nous voyons contraints d'appliquer un supplément matière de CHF 1.20 par pièce sur votre commande ouverte P03416 (couteaux de chef CR-CC-20, 400 pièces), soit un prix unitaire de CHF 24.70 au lieu de CHF 23.50.

Pourriez-vous nous confirmer votre accord d'ici vendredi ? Sans réponse de votre part, nous mettrons la production en attente.

Meilleures salutations,
Chantal Rochat
Service commercial
""", end="Meilleures salutations,", change="price", intent="price_change", sec=["question"], po=["P03416"],
     dates=[("2026-11-20", "other", "d'ici vendredi")],
     prices=[dict(product="CR-CC-20", old=23.50, new=24.70, cur="CHF", eff=None, quote="soit un prix unitaire de CHF 24.70 au lieu de CHF 23.50")]),

dict(v="alpen", c=1, lang="de", at="2026-12-09 08:20", subj="WG: Abholung Hartmann / P03417",
     text="""
Grüß Gott Frau Klein,

anbei zur Info die Meldung unserer Spedition: Ihre komplette Bestellung P03417 (Kürbiskernöl, Kernöl-Geschenkboxen) ist gestern Abend in Salzburg abgefahren.

Liebe Grüße
Theresa Huber
Alpen Feinkost AG

---------- Weitergeleitete Nachricht ---------
Von: Dispo Salzburg <dispo.salzburg@gw-logistik.at>
Datum: Di., 8. Dez. 2026 um 19:02
Betreff: Abholung Hartmann / P03417
An: Theresa Huber <theresa.huber@alpenfeinkost.at>

Sendung 2 Paletten für Hartmann Home & Garden, verladen am 08.12. um 18:40.
Zustellung Hamburg Donnerstag, 10.12. vormittags.
Frachtbrief-Nr. GW-AT-88214573
""", end="Liebe Grüße", change="shipping", intent="shipping_notice", po=["P03417"],
     commit=("2026-12-10", "Zustellung Hamburg Donnerstag, 10.12."),
     dates=[("2026-12-08", "ship_date", "gestern Abend in Salzburg abgefahren"), ("2026-12-08", "ship_date", "verladen am 08.12."),
            ("2026-12-10", "confirmed_delivery", "Donnerstag, 10.12.")],
     track=[("Gebrüder Weiss", "GW-AT-88214573", "Frachtbrief-Nr. GW-AT-88214573")]),

dict(v="mueller", c=2, lang="de", at="2026-10-21 14:35", subj="AW: Liefertermin P03418 Laubbläser",
     text="""
Sehr geehrter Herr Osei,

vielen Dank für Ihre Nachfrage. Den bestätigten Liefertermin 28.10. für Ihre Bestellung P03418 (Akku-Laubbläser MG-LB-36) können wir leider nicht halten, da die Akkupacks vom Hersteller verspätet eintreffen. Neuer Liefertermin ist Ende KW 45.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Claudia Schmitt
Innendienst

Am 14.10.2026 um 11:02 schrieb Mike Osei <mike.osei@hhg-retail.com>:
> Guten Tag,
> bitte bestätigen Sie uns nochmals den Liefertermin 28.10. für P03418.
> Danke und Gruß, Mike Osei
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P03418"],
     commit=("2026-11-06", "Neuer Liefertermin ist Ende KW 45"),
     dates=[("2026-10-28", "other", ("28.10.", 0)), ("2026-11-06", "new_eta", "Ende KW 45")]),

dict(v="kaiser", lang="de", at="2026-11-11 10:50", subj="P03419 + P03420 zusammen liefern?",
     text="""
Hallo Herr Brandt,

Sie haben aktuell zwei offene Bestellungen bei uns: P03419 (Einbaustrahler) ist für KW 48 bestätigt, P03420 (Außenleuchten) für KW 50. Beide Termine stehen.

Wir könnten Ihnen allerdings beide Aufträge gemeinsam in KW 49 liefern – das spart Ihnen eine Anlieferung und uns eine Palette. Wäre das für Sie in Ordnung, oder sollen wir bei den getrennten Terminen bleiben?

Viele Grüße
Stefan Kaiser
""", end="Viele Grüße", change="none", intent="question", po=["P03419", "P03420"],
     commit=("2026-11-23", "P03419 (Einbaustrahler) ist für KW 48 bestätigt"),
     dates=[("2026-11-23", "confirmed_delivery", "KW 48"), ("2026-12-07", "confirmed_delivery", "KW 50"),
            ("2026-11-30", "other", "KW 49")],
     changes=[("P03419", "question", "2026-11-23", None, "P03419 (Einbaustrahler) ist für KW 48 bestätigt"),
              ("P03420", "question", "2026-12-07", None, "P03420 (Außenleuchten) für KW 50")]),

dict(v="brunner", c=1, lang="de", at="2026-11-26 15:15", subj="Teillieferung zu P03421 – Lieferschein LS-BT-26-2207",
     text="""
Grüezi Frau Jensen

Heute ist die erste Teillieferung zu Ihrer Bestellung P03421 mit Planzer an Sie rausgegangen, Sendungsnummer 704412889, Zustellung morgen. Die Kissenbezüge 40x40 sind komplett dabei, von den 60x60 leider nur ein Teil: die Färberei hatte einen Farbfehler in einer Partie.

Die offenen 150 Stück liefern wir in KW 50 nach.

Freundliche Grüsse
Nadine Keller

--- attachment: LS-BT-26-2207.pdf ---
LIEFERSCHEIN LS-BT-26-2207 – Ihre Bestellung P03421
Artikel | Bezeichnung | bestellt | geliefert | offen
BT-KS-40 | Kissenbezug 40x40 natur | 600 | 600 | 0
BT-KS-60 | Kissenbezug 60x60 natur | 400 | 250 | 150
""", end="Freundliche Grüsse", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P03421"],
     vref=["LS-BT-26-2207"], commit=("2026-12-07", "liefern wir in KW 50 nach"),
     dates=[("2026-11-26", "ship_date", "Heute ist die erste Teillieferung"), ("2026-11-27", "confirmed_delivery", "Zustellung morgen"),
            ("2026-12-07", "new_eta", "KW 50")],
     lines=[("BT-KS-40", 600, None, "BT-KS-40 | Kissenbezug 40x40 natur | 600 | 600 | 0", "P03421"),
            ("BT-KS-60", 250, None, "BT-KS-60 | Kissenbezug 60x60 natur | 400 | 250 | 150", "P03421"),
            ("BT-KS-60", 150, "Stück", "offenen 150 Stück", "P03421")],
     track=[("Planzer", "704412889", "Sendungsnummer 704412889")]),

dict(v="schwarzwald", lang="de", at="2026-09-24 09:05", subj="Neuer Ansprechpartner im Vertrieb",
     text="""
Sehr geehrte Frau Jensen,

ich möchte Sie darüber informieren, dass ich zum Monatsende in den Ruhestand gehe. Ab dem 1. Oktober übernimmt mein Kollege Daniel Vogt die Betreuung Ihres Kontos (daniel.vogt@schwarzwald-haushalt.de, Tel. +49 7721 90 44 18). Herr Vogt ist bereits mit allen laufenden Bestellungen vertraut.

Für die langjährige, angenehme Zusammenarbeit möchte ich mich herzlich bedanken.

Mit freundlichen Grüßen
Markus Weber
""", end="Mit freundlichen Grüßen", change="none", intent="other",
     dates=[("2026-09-30", "other", "zum Monatsende"), ("2026-10-01", "other", "1. Oktober")]),

dict(v="bretagne", lang="fr", at="2026-10-15 18:40", subj="P03422 batteries – retard douane",
     text="""
Bonjour Laura,

mauvaise nouvelle pour la P03422 : les batteries externes AEB-PB10 sont bloquées en douane au Havre , il manque un certificat UN38.3 que notre fournisseur devait envoyer. On ne pourra donc pas livrer mardi comme prévu , plutôt entre le lundi 26 et le mercredi 28 octobre.

désolé pour le contre-temps, on fait au plus vite et je te tiens au courant des que la marchandise est libérée.

Yann
""", end="Yann", change="date", intent="delay", po=["P03422"],
     commit=("2026-10-28", "plutôt entre le lundi 26 et le mercredi 28 octobre"),
     dates=[("2026-10-20", "other", "mardi comme prévu"), ("2026-10-26", "range_start", "lundi 26"),
            ("2026-10-28", "range_end", "mercredi 28 octobre")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-09-03 12:00", subj="RE: Nouvelle commande P03423",
     text="""
Bonjour,

Bien reçu votre commande P03423, merci. Nous la vérifions et vous adressons la confirmation de commande avec les dates de livraison d'ici lundi.

Cordialement,
Julien Fabre
Savonnerie de Provence SARL

-----Message d'origine-----
De : Tim Brandt <tim.brandt@hhg-retail.com>
Envoyé : mercredi 2 septembre 2026 17:31
Objet : Nouvelle commande P03423
Bonjour, veuillez trouver ci-joint notre commande P03423, livraison souhaitée semaine 39.
""", end="Cordialement,", change="none", intent="other", po=["P03423"],
     dates=[("2026-09-07", "other", "d'ici lundi")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-11-03 16:25", subj="Avancement livraison P03424",
     text="""
Bonjour Monsieur Brandt,

Suite à votre demande de ce matin, j'ai le plaisir de vous confirmer que nous pouvons avancer la livraison de votre commande P03424 (housses de couette TL-HC-240) au vendredi 13 novembre au lieu du 20 novembre. Les 380 housses sont déjà en cours de conditionnement.

Cordialement,
Thomas Roux
Textiles Lyonnais SA
""", end="Cordialement,", change="date", intent="confirmation", po=["P03424"],
     commit=("2026-11-13", "avancer la livraison de votre commande P03424 (housses de couette TL-HC-240) au vendredi 13 novembre"),
     dates=[("2026-11-13", "confirmed_delivery", "vendredi 13 novembre"), ("2026-11-20", "other", "20 novembre")],
     lines=[("TL-HC-240", 380, "housses", "Les 380 housses", "P03424")]),

dict(v="jardinsduval", lang="fr", at="2026-10-09 09:35", subj="RE: Annulation commande P03425",
     text="""
Bonjour Madame Jensen,

Nous accusons réception de votre demande et vous confirmons que la commande P03425 est annulée dans sa totalité. Rien n'avait encore été préparé, aucune facture ne vous sera donc adressée.

Au plaisir de travailler à nouveau avec vous pour la saison de printemps.

Nathalie Moreau
Les Jardins du Val SAS

Le jeu. 8 oct. 2026 à 16:12, Laura Jensen <laura.jensen@hhg-retail.com> a écrit :
> Bonjour Madame Moreau,
> merci d'annuler notre commande P03425 (livraison prévue le 22/10), le projet magasin est reporté.
> Cordialement, Laura Jensen
""", end="Nathalie Moreau", change="cancel", intent="cancellation", po=["P03425"]),

dict(v="lemaire", lang="fr", at="2026-11-16 11:25", subj="Expédition P03426 / P03427",
     text="""
Bonjour Madame Jensen,

Vos deux commandes sont parties ce matin ensemble sur un seul camion :
- P03426 : gaufres BL-GF-12, 220 cartons
- P03427 : pralines BL-PR-250, 96 cartons

Transporteur Ziegler, CMR n° BE-2611-04471. Livraison demain après-midi à Hambourg. Les deux commandes sont ainsi complètes.

Bien à vous,
Olivier Lemaire
""", end="Bien à vous,", change="shipping", intent="shipping_notice", po=["P03426", "P03427"],
     commit=("2026-11-17", "Livraison demain après-midi"),
     dates=[("2026-11-16", "ship_date", "parties ce matin"), ("2026-11-17", "confirmed_delivery", "demain après-midi")],
     lines=[("BL-GF-12", 220, "cartons", "P03426 : gaufres BL-GF-12, 220 cartons", "P03426"),
            ("BL-PR-250", 96, "cartons", "P03427 : pralines BL-PR-250, 96 cartons", "P03427")],
     track=[("Ziegler", "BE-2611-04471", "CMR n° BE-2611-04471")],
     changes=[("P03426", "shipping_notice", "2026-11-17", 220, "P03426 : gaufres BL-GF-12, 220 cartons"),
              ("P03427", "shipping_notice", "2026-11-17", 96, "P03427 : pralines BL-PR-250, 96 cartons")]),

dict(v="kaiser", c=1, lang="de", at="2026-11-19 13:05", subj="Metallzuschlag Kabel ab 01.12.2026 – betrifft P03428",
     text="""
Guten Tag Frau Klein,

aufgrund der stark gestiegenen Kupfernotierung müssen wir für Lieferungen ab dem 01.12.2026 einen Metallzuschlag auf unsere Kabelartikel erheben. Für Ihre offene Bestellung P03428 betrifft das die Position Gummischlauchleitung EK-KB-3G15: Der Meterpreis steigt von 0,92 EUR auf 1,27 EUR.

Alle anderen Positionen bleiben preislich unverändert.

Mit freundlichen Grüßen
Petra Lange
Elektro Kaiser GmbH – Vertriebsinnendienst
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P03428"],
     dates=[("2026-12-01", "price_effective", "ab dem 01.12.2026")],
     prices=[dict(product="EK-KB-3G15", old=0.92, new=1.27, cur="EUR", eff="2026-12-01", quote="Der Meterpreis steigt von 0,92 EUR auf 1,27 EUR")]),
]
