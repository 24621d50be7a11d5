# ruff: noqa: E501 - email text is data
"""French and Spanish, round 7: the four shipment-and-date intents that get confused with each
other - confirmation (including "reste inchangé" / "se mantiene la fecha" after a worried
buyer asks), delay (small slips of a few days and open-ended ones), partial_shipment
(reliquat / pendiente, short-shipped lines, balance soldé) and shipping_notice (complete
shipments with bon de livraison / albarán text) - plus a few questions, other mail,
cancellations and price changes. Vendors from France, Belgium, Switzerland, Québec, Spain,
Mexico, Argentina, Colombia and Peru; formal and casual registers, quoted history in the same
language that mentions other dates and orders, delivery-note tables, typos and non-native
phrasing. Hand-written and hand-labelled."""

EMAILS = [
# ----------------------------------------------------------------------------- French
dict(v="savonnerie", lang="fr", at="2026-10-05 09:12", subj="RE: P09000 - date de livraison ?",
     text="""
Bonjour Laura,

Suite à votre relance : la livraison de la commande P09000 reste inchangée, soit le jeudi 15 octobre à votre entrepôt de Hambourg. Les 480 savons lavande 100 g sont déjà filmés et étiquetés, rien ne bouge de notre côté.

Bien cordialement,
Camille Girard
Savonnerie de Provence SARL
Chemin des Aires - 13100 Aix-en-Provence

Le 02/10/2026 à 11:40, Laura Jensen a écrit :
> Bonjour Camille, pouvez-vous me confirmer que P09000 arrivera bien le 15/10 ? Votre collègue parlait d'un souci de cartons la semaine dernière. Merci
""", end="Bien cordialement,", change="none", intent="confirmation", po=["P09000"],
     commit=("2026-10-15", "reste inchangée, soit le jeudi 15 octobre"),
     dates=[("2026-10-15", "confirmed_delivery", "jeudi 15 octobre")],
     lines=[("savons lavande 100 g", 480, None, "Les 480 savons lavande 100 g", "P09000")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-11-09 14:30", subj="Commande P09001 - report de livraison",
     text="""
Bonjour,

Nous vous informons que la commande P09001 (jardinières en zinc) ne pourra pas être livrée le 12 novembre comme confirmé sur notre AR CV-D7C-2211. Le transporteur a décalé l'enlèvement : nouvelle date de livraison le mardi 17 novembre.

Toutes nos excuses pour ce contretemps.

Service ADV
Les Jardins du Val SAS
Tél. 02 41 55 18 90 - adv@jardinsduval.fr
""", end="Service ADV", change="date", intent="delay", po=["P09001"], vref=["CV-D7C-2211"],
     commit=("2026-11-17", "nouvelle date de livraison le mardi 17 novembre"),
     dates=[("2026-11-12", "other", "12 novembre"), ("2026-11-17", "new_eta", "mardi 17 novembre")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-10-20 16:05", subj="Expédition partielle P09002",
     text="""
Bonjour Madame Klein,

Nous avons expédié ce jour une partie de votre commande P09002 :
- nappes lin 150x250 réf. TL-N150 : 220 pièces sur 300
- serviettes assorties réf. TL-S45 : 600 pièces (complet)

Le reliquat de 80 nappes sera expédié semaine 45, dès réception du tissu teint.
Numéro de suivi Geodis : 4471 2209 8813

Cordialement,
Thomas Roux
Textiles Lyonnais SA

--- attachment: BL_D7C-55102.pdf ---
BON DE LIVRAISON N° BL-D7C-55102
Date : 20/10/2026
Commande client : P09002
Réf.      Désignation               Cde   Livré   Reliquat
TL-N150   Nappe lin 150x250         300   220     80
TL-S45    Serviette lin 45x45       600   600     0
""", end="Cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09002"], vref=["BL-D7C-55102"],
     dates=[("2026-10-20", "ship_date", "ce jour"), ("2026-11-02", "ship_date", "semaine 45"),
            ("2026-10-20", "ship_date", "20/10/2026")],
     lines=[("TL-N150", 220, "pièces", "réf. TL-N150 : 220 pièces sur 300", "P09002"),
            ("TL-S45", 600, "pièces", "réf. TL-S45 : 600 pièces (complet)", "P09002"),
            ("TL-N150", 80, None, "Le reliquat de 80 nappes", "P09002"),
            ("TL-N150", 220, None, "TL-N150   Nappe lin 150x250         300   220     80", "P09002"),
            ("TL-S45", 600, None, "TL-S45    Serviette lin 45x45       600   600     0", "P09002")],
     track=[("Geodis", "4471 2209 8813", "Geodis : 4471 2209 8813")]),

dict(v="bretagne", c=1, lang="fr", at="2026-09-16 11:20", subj="Avis d'expédition - votre commande P09003",
     text="""
Bonjour Tim,

Votre commande P09003 est partie complète ce matin de Lorient, 12 colis sur 1 palette. Livraison prévue vendredi 18/09 par DB Schenker, n° d'expédition STT 880 412 7731.

Le bon de livraison est en PJ.

Bonne journée,
Morgane
--
Morgane Tanguy – ADV export
Accessoires Électroniques Bretagne SAS

--- attachment: BL-AEB-D7C-0916.pdf ---
BON DE LIVRAISON BL-AEB-D7C-0916
Commande : P09003    Date d'expédition : 16/09/2026
Article                 Qté commandée   Qté livrée
Chargeur USB-C 65W      400             400
Câble tressé 2 m        800             800
Expédition complète - aucun reliquat
""", end="Bonne journée,", change="shipping", intent="shipping_notice", po=["P09003"],
     vref=["BL-AEB-D7C-0916"], commit=("2026-09-18", "Livraison prévue vendredi 18/09"),
     dates=[("2026-09-16", "ship_date", "ce matin"), ("2026-09-18", "confirmed_delivery", "vendredi 18/09"),
            ("2026-09-16", "ship_date", "16/09/2026")],
     lines=[("Chargeur USB-C 65W", 400, None, "Chargeur USB-C 65W      400             400", "P09003"),
            ("Câble tressé 2 m", 800, None, "Câble tressé 2 m        800             800", "P09003")],
     track=[("DB Schenker", "STT 880 412 7731", "n° d'expédition STT 880 412 7731")]),

dict(v="vosges", c=1, lang="fr", at="2026-11-24 08:50", subj="P09004 tabourets - problème atelier",
     text="""
Madame Jensen,

Je reviens vers vous concernant P09004 (tabourets hêtre). Notre scie à ruban principale est en panne depuis jeudi dernier et le technicien attend encore la pièce d'Allemagne. Je ne peux donc pas tenir la livraison du 1er décembre. Je vous donnerai une nouvelle date dès que la machine tourne, au plus tard en fin de semaine.

Désolé pour ce désagrément, ça ne nous arrive pas souvent.

Didier Schmitt
Ateliers Bois des Vosges
""", end="Didier Schmitt", change="date", intent="delay", po=["P09004"],
     dates=[("2026-11-19", "other", "jeudi dernier"), ("2026-12-01", "other", "1er décembre"),
            ("2026-11-27", "other", "en fin de semaine")]),

dict(v="bearn", lang="fr", at="2026-09-08 10:00", subj="AR commande P09005",
     text="""
Bonjour Sandra,

Merci pour votre commande P09005. Je vous confirme toutes les quantités et la livraison semaine 39 comme demandé. Notre accusé de réception est ci-dessous.

Bien à vous,
Maïté

--- attachment: AR_TB-D7C-0908.pdf ---
ACCUSÉ DE RÉCEPTION DE COMMANDE N° TB-D7C-0908
Votre commande : P09005 du 04/09/2026
Réf.        Désignation                   Qté    PU HT    Livraison
TB-LB-01    Linge basque nappe 160x250    120    38,50    S39
TB-TO-02    Torchon rayé 50x70            600     4,90    S39
Conditions : franco, paiement 30 jours fin de mois
""", end="Bien à vous,", change="none", intent="confirmation", po=["P09005"], vref=["TB-D7C-0908"],
     commit=("2026-09-21", "la livraison semaine 39 comme demandé"),
     dates=[("2026-09-21", "confirmed_delivery", "semaine 39"), ("2026-09-04", "other", "04/09/2026"),
            ("2026-09-21", "confirmed_delivery", ("S39", 0)), ("2026-09-21", "confirmed_delivery", ("S39", 1))],
     lines=[("TB-LB-01", 120, None, "TB-LB-01    Linge basque nappe 160x250    120    38,50    S39", "P09005"),
            ("TB-TO-02", 600, None, "TB-TO-02    Torchon rayé 50x70            600     4,90    S39", "P09005")]),

dict(v="lemaire", c=1, lang="fr", at="2026-11-30 15:45", subj="Re: P09006 spéculoos - livraison partielle",
     text="""
Bonjour Monsieur Osei,

Comme annoncé par téléphone, nous livrons demain 1 800 boîtes de spéculoos sur les 2 400 de la commande P09006. Les 600 boîtes restantes suivront le 10 décembre, la ligne de cuisson étant réservée aux commandes de Saint-Nicolas jusqu'au 6.

Excellente soirée,

Sophie Dubois
Biscuiterie Lemaire SA – Service clients
Rue de la Station 14, 4800 Verviers

Le lun. 30 nov. 2026 à 09:02, Mike Osei <mike.osei@hhg-retail.com> a écrit :
> Bonjour Sophie, est-ce que la livraison P09006 de mercredi sera complète ? Merci, Mike
""", end="Excellente soirée,", change="quantity", intent="partial_shipment", po=["P09006"],
     commit=("2026-12-10", "Les 600 boîtes restantes suivront le 10 décembre"),
     dates=[("2026-12-01", "confirmed_delivery", "demain"), ("2026-12-10", "new_eta", "10 décembre"),
            ("2026-12-06", "other", "jusqu'au 6")],
     lines=[("spéculoos", 1800, "boîtes", "1 800 boîtes de spéculoos", "P09006"),
            ("spéculoos", 600, "boîtes", "Les 600 boîtes restantes", "P09006")]),

dict(v="romande", lang="fr", at="2026-10-14 10:25", subj="Expédition P09007",
     text="""
Bonjour Madame Jensen,

Nous vous informons que la commande P09007 (couteaux d'office et planches) a été remise ce jour à Planzer, dédouanement export fait. Envoi complet, 3 colis. Délai d'acheminement 2 à 3 jours ouvrables jusqu'à Hambourg.

N° de suivi Planzer : 70 4418 2209 561

Avec nos meilleures salutations

Luc Favre
Coutellerie Romande SA
Rue du Lac 8 - 1400 Yverdon-les-Bains

--- attachment: Bulletin_livraison_CR-D7C-1014.pdf ---
BULLETIN DE LIVRAISON CR-D7C-1014
Commande : P09007
Couteau d'office 9 cm inox    240 pces
Planche noyer 40x25           60 pces
Total colis : 3
""", end="Avec nos meilleures salutations", change="shipping", intent="shipping_notice",
     po=["P09007"], vref=["CR-D7C-1014"],
     commit=("2026-10-19", "Délai d'acheminement 2 à 3 jours ouvrables"),
     dates=[("2026-10-14", "ship_date", "ce jour"), ("2026-10-16", "range_start", "2 à 3 jours ouvrables"),
            ("2026-10-19", "range_end", "2 à 3 jours ouvrables")],
     lines=[("Couteau d'office 9 cm inox", 240, "pces", "Couteau d'office 9 cm inox    240 pces", "P09007"),
            ("Planche noyer 40x25", 60, "pces", "Planche noyer 40x25           60 pces", "P09007")],
     track=[("Planzer", "70 4418 2209 561", "N° de suivi Planzer : 70 4418 2209 561")]),

dict(v="laurentides", c=1, lang="fr", at="2026-11-03 13:10", subj="RE: P09008 sirop d'érable - retard",
     text="""
Bonjour Laura,

Petit décalage de notre bord : le conteneur pour P09008 n'a pas pu être chargé samedi, le terminal de Montréal était congestionné. Il part maintenant le 11/07 et l'arrivée à Hambourg est estimée au 11/24 au lieu du 11/18. Désolé pour le trouble!

Merci de votre patience,
Marc-André Gagnon
Produits d'érable Laurentides inc.
Saint-Jérôme (Québec)

De : Laura Jensen
Envoyé : 28 octobre 2026 10:14
À : Marc-André Gagnon
Objet : P09008 sirop d'érable
Bonjour, pouvez-vous confirmer l'ETA Hambourg du 18 novembre pour P09008 ? Merci
""", end="Merci de votre patience,", change="date", intent="delay", po=["P09008"],
     commit=("2026-11-24", "l'arrivée à Hambourg est estimée au 11/24"),
     dates=[("2026-10-31", "other", "samedi"), ("2026-11-07", "ship_date", "11/07"),
            ("2026-11-24", "new_eta", "11/24"), ("2026-11-18", "other", "11/18")]),

dict(v="liege", c=1, lang="fr", at="2026-12-07 09:40", subj="Votre commande P09009",
     text="""
Bonjour,

Je vous confirme la bonne réception de votre commande P09009 (photophores « Ourthe », 720 pièces). Livraison le 17/12 comme demandé, notre numéro de commande est VL-D7C-8870.

Bien à vous,
Aurélie Lambert
Verrerie Liégeoise SRL
""", end="Bien à vous,", change="none", intent="confirmation", po=["P09009"], vref=["VL-D7C-8870"],
     commit=("2026-12-17", "Livraison le 17/12 comme demandé"),
     dates=[("2026-12-17", "confirmed_delivery", "17/12")]),

dict(v="ardennes", c=1, lang="fr", at="2026-10-27 11:05", subj="P09010 confitures - rupture pots",
     text="""
Madame, Monsieur,

Suite à une rupture de pots verre 370 ml chez notre fournisseur, la commande P09010 sera livrée incomplète le 29/10 :

confiture fraise 370 g : 960 pots livrés (sur 1 200)
confiture myrtille 370 g : complet, 600 pots
gelée de groseille 370 g : 0 pot - reliquat de 480 pots livrable à partir de mi-novembre

Les 240 pots de fraise manquants ne seront pas relivrés, nous les annulons sur la facture.

Service Commandes
Confitures Ardennaises SRL
""", end="Service Commandes", change="quantity", intent="partial_shipment", po=["P09010"],
     commit=("2026-11-15", "reliquat de 480 pots livrable à partir de mi-novembre"),
     dates=[("2026-10-29", "confirmed_delivery", "29/10"), ("2026-11-15", "new_eta", "mi-novembre")],
     lines=[("confiture fraise 370 g", 960, "pots", "confiture fraise 370 g : 960 pots livrés", "P09010"),
            ("confiture myrtille 370 g", 600, "pots", "complet, 600 pots", "P09010"),
            ("gelée de groseille 370 g", 480, "pots", "reliquat de 480 pots", "P09010"),
            ("confiture fraise 370 g", 240, "pots", "Les 240 pots de fraise manquants", "P09010")]),

dict(v="brunner", c=1, lang="fr", at="2026-09-22 14:00", subj="Lieferung / livraison P09011",
     text="""
Bonjour Monsieur Brandt,

La commande P09011 (housses de coussin, 1 500 pces) quitte notre entrepôt de Wil demain matin. Le camion Galliker arrive chez vous jeudi 24.09 dans la matinée. Tout est complet.

CMR n° GA-2026-448190

Freundliche Grüsse / Meilleures salutations
Nadine Keller
Brunner Textil AG
""", end="Freundliche Grüsse / Meilleures salutations", change="shipping", intent="shipping_notice",
     po=["P09011"], commit=("2026-09-24", "arrive chez vous jeudi 24.09"),
     dates=[("2026-09-23", "ship_date", "demain matin"), ("2026-09-24", "confirmed_delivery", "jeudi 24.09")],
     lines=[("housses de coussin", 1500, "pces", "housses de coussin, 1 500 pces", "P09011")],
     track=[("Galliker", "GA-2026-448190", "CMR n° GA-2026-448190")]),

dict(v="boreal_qc", lang="fr", at="2026-10-01 16:20", subj="P09012 - date d'arrivée maintenue",
     text="""
Bonjour Mme Klein,

Malgré la grève au port de Montréal dont vous avez sûrement entendu parler, on a réussi à embarquer votre conteneur P09012 à Halifax. La date d'arrivée à Hambourg du 10/19 est maintenue, aucun changement.

Au plaisir,
Marc-Olivier Pelletier
Meubles Boréal inc.
""", end="Au plaisir,", change="none", intent="confirmation", po=["P09012"],
     commit=("2026-10-19", "La date d'arrivée à Hambourg du 10/19 est maintenue"),
     dates=[("2026-10-19", "confirmed_delivery", "10/19")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-12-02 10:30", subj="TR: P09013 expédition",
     text="""
Bonjour Sandra,

Voir ci-dessous l'info de notre entrepôt : les 2 palettes de P09013 sont parties hier, il manque seulement les coffrets cadeaux (150 pcs) qui partiront avec la prochaine navette, le 9 décembre.

Julien

---------- Message transféré ---------
De : Logistique Savonnerie <logistique@savonnerie-provence.fr>
Date : mar. 1 déc. 2026 à 17:48
Objet : P09013
Chargé 2 pal. ce jour, lettre de voiture Heppner 33-0917-2281. Coffrets 150 pcs pas prêts (manque étuis), navette suivante mercredi 9/12. Livraison Hambourg prévue vendredi 4/12 pour les 2 palettes.
""", end="Julien", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P09013"],
     commit=("2026-12-04", "Livraison Hambourg prévue vendredi 4/12"),
     dates=[("2026-12-01", "ship_date", "hier"), ("2026-12-09", "ship_date", "le 9 décembre"),
            ("2026-12-01", "ship_date", "ce jour"), ("2026-12-09", "ship_date", "mercredi 9/12"),
            ("2026-12-04", "confirmed_delivery", "vendredi 4/12")],
     lines=[("coffrets cadeaux", 150, "pcs", "coffrets cadeaux (150 pcs)", "P09013"),
            ("coffrets cadeaux", 150, "pcs", "Coffrets 150 pcs", "P09013")],
     track=[("Heppner", "33-0917-2281", "lettre de voiture Heppner 33-0917-2281")]),

dict(v="vosges", lang="fr", at="2026-12-11 09:15", subj="P09014 - nouvelle date",
     text="""
Bonjour Madame Jensen,

Mauvaise nouvelle pour P09014 : le vernisseur nous a rendu les plateaux avec un défaut, on doit reprendre 40 pièces. La livraison glisse de la semaine 51 à la semaine 2 (janvier). Je sais que c'est juste avant les fêtes, désolée.

Hélène Mathieu
Ateliers Bois des Vosges SAS
""", end="Hélène Mathieu", change="date", intent="delay", po=["P09014"],
     commit=("2027-01-11", "La livraison glisse de la semaine 51 à la semaine 2"),
     dates=[("2026-12-14", "other", "semaine 51"), ("2027-01-11", "new_eta", "semaine 2")]),

dict(v="lyonnais", lang="fr", at="2026-09-29 17:05", subj="RE: P09015 linge de lit - confirmation S41 ?",
     text="""
Bonjour Sandra,

Oui, c'est toujours bon pour la S41, on n'a pas de retard sur le tissage. Je vous envoie l'avis d'expédition dès que le camion est réservé.

Cordialement,
Isabelle Martin

Le 29/09/2026 à 15:22, Sandra Klein a écrit :
> Bonjour Isabelle,
> Le P09015 est-il toujours prévu semaine 41 ? Nous avons reçu un avis de retard d'un autre fournisseur textile et je préfère vérifier.
> Sandra
""", end="Cordialement,", change="none", intent="confirmation", po=["P09015"],
     commit=("2026-10-05", "c'est toujours bon pour la S41"),
     dates=[("2026-10-05", "confirmed_delivery", "S41")]),

dict(v="bretagne", lang="fr", at="2026-11-17 10:50", subj="P09016 / enceintes Bluetooth",
     text="""
Bonjour Tim,

les enceintes BT-20 de votre commande P09016 sont bloquées chez notre fournisseur de batteries, on n'a pas de date ferme. On ne pourra pas livrer le 25/11. Je reviens vers vous dès que j'ai un ETA, normalement d'ici lundi prochain. Les autres lignes de la commande (câbles, supports) ne sont pas concernées et partent comme prévu.

Yann
--
Yann Le Goff
Directeur commercial – Accessoires Électroniques Bretagne SAS
""", end="Yann\n--", change="date", intent="delay", po=["P09016"],
     dates=[("2026-11-25", "other", "25/11"), ("2026-11-23", "other", "lundi prochain")]),

dict(v="ardennes", lang="fr", at="2026-12-14 08:35", subj="Livraison P09017 ce jour",
     text="""
Bonjour Madame Klein,

Votre commande P09017 (coffrets de Noël, 320 pièces) est en cours de livraison : le chauffeur Dachser a quitté Bastogne à 6h, arrivée prévue chez vous demain avant midi. La commande est complète.

Cordialement,
Benoît Collard
Confitures Ardennaises SRL

--- attachment: BL_CA-D7C-1214.pdf ---
Bon de livraison CA-D7C-1214 - date 14/12/2026
Client : Hartmann Home & Garden - Cde P09017
Coffret Noël 3 confitures    320 pc    livré : 320
""", end="Cordialement,", change="shipping", intent="shipping_notice", po=["P09017"], vref=["CA-D7C-1214"],
     commit=("2026-12-15", "arrivée prévue chez vous demain avant midi"),
     dates=[("2026-12-15", "confirmed_delivery", "demain"), ("2026-12-14", "ship_date", "14/12/2026")],
     lines=[("coffrets de Noël", 320, None, "coffrets de Noël, 320 pièces", "P09017"),
            ("Coffret Noël 3 confitures", 320, "pc", "Coffret Noël 3 confitures    320 pc    livré : 320", "P09017")]),

dict(v="jardinsduval", lang="fr", at="2026-09-11 12:15", subj="P09018",
     text="""
Bonjour Laura,

Pour le P09018 : on a pu charger 14 palettes sur 18 aujourd'hui (bacs à fleurs 60 cm). Il reste 4 palettes, le stock arrive de l'usine mardi et elles partiront le jeudi 17 pour une livraison chez vous vendredi 18 septembre.

Les 14 palettes seront livrées lundi 14.

Nathalie
Les Jardins du Val
""", end="Nathalie\nLes Jardins", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09018"], commit=("2026-09-18", "livraison chez vous vendredi 18 septembre"),
     dates=[("2026-09-11", "ship_date", "aujourd'hui"), ("2026-09-15", "other", "mardi"),
            ("2026-09-17", "ship_date", "jeudi 17"), ("2026-09-18", "new_eta", "vendredi 18 septembre"),
            ("2026-09-14", "confirmed_delivery", "lundi 14")],
     lines=[("bacs à fleurs 60 cm", 14, "palettes", "14 palettes sur 18", "P09018"),
            ("bacs à fleurs 60 cm", 4, "palettes", "Il reste 4 palettes", "P09018")]),

dict(v="romande", c=1, lang="fr", at="2026-11-05 15:30", subj="P09019 - confirmation de commande",
     text="""
Madame, Monsieur,

Nous accusons réception de votre commande P09019 du 3 novembre et vous en remercions. Nous confirmons la livraison pour le 26 novembre, aux prix convenus.

Détail en annexe.

Avec nos meilleures salutations
Chantal Rochat
Service commercial

--- attachment: Confirmation_CR-AB-D7C-311.pdf ---
CONFIRMATION DE COMMANDE CR-AB-D7C-311
Position  Article                     Quantité   Prix CHF   Délai
1         Couteau à pain 21 cm        180        24.90      26.11.2026
2         Set fourchettes à fondue    90         31.50      26.11.2026
""", end="Avec nos meilleures salutations", change="none", intent="confirmation", po=["P09019"],
     vref=["CR-AB-D7C-311"], commit=("2026-11-26", "Nous confirmons la livraison pour le 26 novembre"),
     dates=[("2026-11-03", "other", "3 novembre"), ("2026-11-26", "confirmed_delivery", "26 novembre"),
            ("2026-11-26", "confirmed_delivery", ("26.11.2026", 0)), ("2026-11-26", "confirmed_delivery", ("26.11.2026", 1))],
     lines=[("Couteau à pain 21 cm", 180, None, "1         Couteau à pain 21 cm        180        24.90      26.11.2026", "P09019"),
            ("Set fourchettes à fondue", 90, None, "2         Set fourchettes à fondue    90         31.50      26.11.2026", "P09019")]),

dict(v="liege", lang="fr", at="2026-10-12 11:00", subj="P09020 - expédition complète",
     text="""
Bonjour Monsieur Osei,

Bonne nouvelle, P09020 est complète et a été enlevée ce matin par Kuehne+Nagel : 6 palettes, 1 440 verres à vin « Amblève ». Livraison prévue jeudi.

Réf. envoi KN 6120-889-04

Bien cordialement,
Marc Delvaux
""", end="Bien cordialement,", change="shipping", intent="shipping_notice", po=["P09020"],
     commit=("2026-10-15", "Livraison prévue jeudi"),
     dates=[("2026-10-12", "ship_date", "ce matin"), ("2026-10-15", "confirmed_delivery", "jeudi")],
     lines=[("verres à vin Amblève", 1440, None, "1 440 verres à vin « Amblève »", "P09020")],
     track=[("Kuehne+Nagel", "KN 6120-889-04", "Réf. envoi KN 6120-889-04")]),

dict(v="laurentides", lang="fr", at="2026-12-03 10:05", subj="Question - étiquettes P09021",
     text="""
Bonjour Laura,

Pour votre commande P09021 (beurre d'érable 250 g), l'ACIA exige maintenant une étiquette bilingue sur chaque pot, mais pour l'Allemagne vous aviez demandé l'étiquette allemande seulement. Est-ce qu'on peut mettre les deux (FR/DE) ou vous préférez qu'on retire le français? J'ai besoin de votre réponse avant vendredi pour lancer l'impression.

Merci!
Geneviève Tremblay
Produits d'érable Laurentides inc.
""", end="Merci!", change="none", intent="question", po=["P09021"],
     dates=[("2026-12-04", "other", "vendredi")]),

dict(v="lemaire", lang="fr", at="2026-09-25 09:00", subj="Tarifs 2027 - Biscuiterie Lemaire",
     text="""
Chère cliente, cher client,

En raison de la hausse continue du prix du beurre et du sucre, nous sommes contraints d'augmenter nos tarifs de 6,5 % sur l'ensemble de la gamme à partir du 1er janvier 2027. Les commandes passées avant le 15 décembre 2026 et livrées avant le 31 janvier restent facturées à l'ancien tarif, y compris votre commande en cours P09022.

Nous restons à votre disposition,

Olivier Lemaire
Administrateur délégué
""", end="Nous restons à votre disposition,", change="price", intent="price_change", po=["P09022"],
     dates=[("2027-01-01", "price_effective", "1er janvier 2027"), ("2026-12-15", "other", "15 décembre 2026"),
            ("2027-01-31", "other", "31 janvier")],
     prices=[dict(product=None, pct=6.5, cur=None, eff="2027-01-01",
                  quote="augmenter nos tarifs de 6,5 % sur l'ensemble de la gamme à partir du 1er janvier 2027")]),

dict(v="bearn", c=1, lang="fr", at="2026-11-12 16:40", subj="Annulation ligne P09023",
     text="""
Bonjour Madame Klein,

Je suis au regret de vous annoncer que nous devons annuler la ligne 3 de votre commande P09023 (plaids « Aspe » rouge, 80 pcs) : la couleur est arrêtée par notre filateur. Les lignes 1 et 2 restent confirmées pour le 2 décembre.

Si vous le souhaitez, nous pouvons proposer le même plaid en bordeaux.

Cordialement,
Pierre Laborde
Tissages du Béarn
""", end="Cordialement,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P09023"],
     commit=("2026-12-02", "Les lignes 1 et 2 restent confirmées pour le 2 décembre"),
     dates=[("2026-12-02", "confirmed_delivery", "2 décembre")],
     lines=[("plaids Aspe rouge", 80, "pcs", "plaids « Aspe » rouge, 80 pcs", "P09023")]),

dict(v="brunner", lang="fr", at="2026-10-07 08:20", subj="Absence",
     text="""
Bonjour,

Je suis absent jusqu'au 16 octobre inclus. Pour toute question concernant vos commandes, merci de contacter Mme Nadine Keller (nadine.keller@brunnertextil.ch).

Reto Brunner
Brunner Textil AG
""", end="Reto Brunner", change="none", intent="other",
     dates=[("2026-10-16", "other", "16 octobre")]),

dict(v="savonnerie", lang="fr", at="2026-11-19 13:55", subj="Re: Re: P09024 savons - annulation",
     text="""
Bonjour Laura,

C'est noté, nous annulons la commande P09024 dans son intégralité comme vous le demandez. Aucun frais puisque la production n'était pas lancée. Vous recevrez l'avoir AV-D7C-0412 pour l'acompte d'ici la fin du mois.

Bonne fin de journée,
Camille

Le 19/11/2026 à 10:02, Laura Jensen a écrit :
> Bonjour Camille,
> Suite à la réorganisation de notre assortiment, nous devons annuler le P09024 (livraison prévue le 10/12). Pouvez-vous confirmer ?
""", end="Bonne fin de journée,", change="cancel", intent="cancellation", po=["P09024"], vref=["AV-D7C-0412"],
     dates=[("2026-11-30", "other", "la fin du mois")]),

dict(v="boreal_qc", c=1, lang="fr", at="2026-11-26 11:30", subj="Avis d'expédition P09025",
     text="""
Bonjour,

Votre commande P09025 a été expédiée le 11/25 au complet (conteneur MSKU 774 120 3, navire Maersk Montréal). ETA Hambourg : 12/09/2026.

Connaissement : MAEU 2622 0418 73

Le service à la clientèle
Meubles Boréal inc.
""", end="Le service à la clientèle", change="shipping", intent="shipping_notice", po=["P09025"],
     commit=("2026-12-09", "ETA Hambourg : 12/09/2026"),
     dates=[("2026-11-25", "ship_date", "11/25"), ("2026-12-09", "confirmed_delivery", "12/09/2026")],
     track=[("Maersk", "MSKU 774 120 3", "conteneur MSKU 774 120 3"),
            ("Maersk", "MAEU 2622 0418 73", "Connaissement : MAEU 2622 0418 73")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-12-16 14:10", subj="P09026 - report janvier",
     text="""
Bonjour Madame Klein,

Nous avons pris du retard sur la teinture des housses de couette de P09026. Au lieu du 18 décembre, nous pourrons livrer le mardi 5 janvier. Merci de nous confirmer si cela vous convient ou si vous préférez une livraison partielle avant les fêtes.

Cordialement,
Thomas Roux
Textiles Lyonnais SA
""", end="Cordialement,", change="date", intent="delay", sec=["question"], po=["P09026"],
     commit=("2027-01-05", "nous pourrons livrer le mardi 5 janvier"),
     dates=[("2026-12-18", "other", "18 décembre"), ("2027-01-05", "new_eta", "mardi 5 janvier")]),

dict(v="liege", c=1, lang="fr", at="2026-09-03 10:45", subj="Surcharge énergie - commandes en cours",
     text="""
Madame, Monsieur,

Compte tenu du prix du gaz pour nos fours, nous appliquerons une surcharge énergie de 0,35 EUR par pièce sur les commandes livrées à partir du 1er octobre, dont votre commande P09027 (photophores, 900 pcs, livraison 6 octobre). Prix unitaire 4,80 EUR -> 5,15 EUR.

Nous comprenons que cette nouvelle n'est pas agréable et restons joignables pour en discuter.

Aurélie Lambert
Verrerie Liégeoise SRL
""", end="Nous comprenons", change="price", intent="price_change", po=["P09027"],
     dates=[("2026-10-01", "price_effective", "1er octobre"), ("2026-10-06", "other", "6 octobre")],
     prices=[dict(product="photophores", old=4.80, new=5.15, cur="EUR", eff="2026-10-01",
                  quote="Prix unitaire 4,80 EUR -> 5,15 EUR")]),

dict(v="romande", lang="fr", at="2026-12-18 16:00", subj="Fermeture annuelle",
     text="""
Chers clients,

Notre atelier sera fermé du 24 décembre au 4 janvier. Les commandes reçues pendant cette période seront traitées dès le 5 janvier. Nous vous remercions de votre fidélité et vous souhaitons de belles fêtes.

Coutellerie Romande SA
""", end="Coutellerie Romande SA", change="none", intent="other",
     dates=[("2026-12-24", "other", "24 décembre"), ("2027-01-04", "other", "4 janvier"),
            ("2027-01-05", "other", "5 janvier")]),

dict(v="vosges", c=1, lang="fr", at="2026-10-08 09:30", subj="P09028 - adresse de livraison ?",
     text="""
Bonjour,

petite question pour P09028 (bancs de jardin) : sur le bon de commande l'adresse est Hambourg, mais la confirmation de Mme Jensen parle de l'entrepôt de Kassel. On livre où ? Les bancs sont prêts pour le 20 octobre, rien ne change côté date.

Merci
Didier
""", end="Merci\nDidier", change="none", intent="question", po=["P09028"],
     dates=[("2026-10-20", "other", "20 octobre")]),

dict(v="bearn", lang="fr", at="2026-10-21 11:25", subj="RE: P09029 reliquat torchons",
     text="""
Bonjour Sandra,

Pour répondre à votre question : oui, le reliquat de P09029 (250 torchons rayés) est bien parti hier avec Heppner, il arrive chez vous vendredi. Avec ça la commande est soldée, il ne manque plus rien.

Bonne journée
Maïté

-----Message d'origine-----
De : Sandra Klein
Envoyé : mardi 20 octobre 2026 16:10
Objet : P09029 reliquat torchons
Bonjour Maïté, on a reçu 350 torchons le 8 octobre sur 600, où en est le reste ?
""", end="Bonne journée", change="shipping", intent="shipping_notice", po=["P09029"],
     commit=("2026-10-23", "il arrive chez vous vendredi"),
     dates=[("2026-10-20", "ship_date", "hier"), ("2026-10-23", "confirmed_delivery", "vendredi")],
     lines=[("torchons rayés", 250, None, "250 torchons rayés", "P09029")]),

# ----------------------------------------------------------------------------- Spanish
dict(v="aceites", lang="es", at="2026-10-13 10:20", subj="RE: P09030 - ¿fecha de entrega?",
     text="""
Hola Laura:

Te confirmo que la fecha se mantiene: el pedido P09030 (aceite de oliva virgen extra 500 ml, 1.200 botellas) se entrega el jueves 22 de octubre en Hamburgo. El camión ya está reservado.

Un saludo,
Carmen López
Aceites del Sur S.L. – Dpto. Exportación

El 12/10/2026 a las 17:31, Laura Jensen escribió:
> Hola Carmen, ¿seguimos con la entrega del 22/10 para P09030? Otro proveedor español nos ha retrasado el P09031... bueno, otro pedido, y quería asegurarme.
""", end="Un saludo,", change="none", intent="confirmation", po=["P09030", "P09031"],
     commit=("2026-10-22", "se entrega el jueves 22 de octubre en Hamburgo"),
     dates=[("2026-10-22", "confirmed_delivery", "jueves 22 de octubre")],
     lines=[("aceite de oliva virgen extra 500 ml", 1200, "botellas", "1.200 botellas", "P09030")]),

dict(v="levante", c=1, lang="es", at="2026-11-04 12:40", subj="Retraso pedido P09032",
     text="""
Buenos días Sandra,

Lamentablemente el pedido P09032 (toallas de baño 70x140) se retrasa unos días: la tintorería nos ha entregado el hilo tarde. En vez del 9 de noviembre, lo entregaremos el viernes 13 de noviembre.

Disculpa las molestias.

Pablo Sanchis
Textil Levante S.A.
Ontinyent (Valencia)
""", end="Disculpa las molestias.", change="date", intent="delay", po=["P09032"],
     commit=("2026-11-13", "lo entregaremos el viernes 13 de noviembre"),
     dates=[("2026-11-09", "other", "9 de noviembre"), ("2026-11-13", "new_eta", "viernes 13 de noviembre")]),

dict(v="iberica", c=1, lang="es", at="2026-09-24 13:15", subj="Envío parcial P09033 + albarán",
     text="""
Hola Tim,

Hoy ha salido parte del pedido P09033. Te resumo:

- Macetas terracota 30 cm: 500 uds enviadas (completo)
- Macetas terracota 40 cm: 180 uds de 300, quedan 120 pendientes
- Platos 30 cm: 500 uds (completo)

Las 120 macetas de 40 cm pendientes saldrán la semana 41. Os llega todo con DSV, nº de seguimiento 40 7721 0093.

Saludos,
Marta Gil
Jardinería Ibérica

--- attachment: ALB-D7C-24091.pdf ---
ALBARÁN DE ENTREGA Nº ALB-D7C-24091          Fecha: 24/09/2026
Su pedido: P09033
Artículo                    Pedido   Servido   Pendiente
Maceta terracota 30 cm      500      500       0
Maceta terracota 40 cm      300      180       120
Plato maceta 30 cm          500      500       0
""", end="Saludos,\nMarta", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09033"], vref=["ALB-D7C-24091"],
     dates=[("2026-09-24", "ship_date", "Hoy"), ("2026-10-05", "ship_date", "la semana 41"),
            ("2026-09-24", "ship_date", "24/09/2026")],
     lines=[("Macetas terracota 30 cm", 500, "uds", "Macetas terracota 30 cm: 500 uds enviadas", "P09033"),
            ("Macetas terracota 40 cm", 180, "uds", "Macetas terracota 40 cm: 180 uds de 300", "P09033"),
            ("Macetas terracota 40 cm", 120, "uds", "quedan 120 pendientes", "P09033"),
            ("Platos 30 cm", 500, "uds", "Platos 30 cm: 500 uds (completo)", "P09033"),
            ("Maceta terracota 30 cm", 500, None, "Maceta terracota 30 cm      500      500       0", "P09033"),
            ("Maceta terracota 40 cm", 180, None, "Maceta terracota 40 cm      300      180       120", "P09033"),
            ("Plato maceta 30 cm", 500, None, "Plato maceta 30 cm          500      500       0", "P09033")],
     track=[("DSV", "40 7721 0093", "nº de seguimiento 40 7721 0093")]),

dict(v="galicia", lang="es", at="2026-11-18 09:05", subj="Aviso de expedición - P09034",
     text="""
Estimada Sra. Jensen:

Le comunicamos que el pedido P09034 ha salido hoy de nuestras instalaciones de Vigo, completo: 2 palets, 3.840 latas de conservas variadas. La entrega en su almacén está prevista para el lunes 23 de noviembre.

Transportista: TIPSA – Nº de expedición 0871-D7C-554120

Atentamente,
Xoán Varela
Conservas Galicia S.A.

--- attachment: Albaran_CG-D7C-1118.pdf ---
ALBARÁN CG-D7C-1118 / Pedido cliente P09034
Sardinas en aceite 120 g        1.920 latas
Mejillones en escabeche 115 g   1.920 latas
Total: 2 palets - pedido servido al 100 %
""", end="Atentamente,", change="shipping", intent="shipping_notice", po=["P09034"], vref=["CG-D7C-1118"],
     commit=("2026-11-23", "La entrega en su almacén está prevista para el lunes 23 de noviembre"),
     dates=[("2026-11-18", "ship_date", "hoy"), ("2026-11-23", "confirmed_delivery", "lunes 23 de noviembre")],
     lines=[("conservas variadas", 3840, "latas", "3.840 latas de conservas variadas", "P09034"),
            ("Sardinas en aceite 120 g", 1920, "latas", "Sardinas en aceite 120 g        1.920 latas", "P09034"),
            ("Mejillones en escabeche 115 g", 1920, "latas", "Mejillones en escabeche 115 g   1.920 latas", "P09034")],
     track=[("TIPSA", "0871-D7C-554120", "Nº de expedición 0871-D7C-554120")]),

dict(v="andino", c=1, lang="es", at="2026-10-06 08:40", subj="P09035 café - retraso embarque",
     text="""
Buen día Mike,

Te escribo para avisarte que el embarque del pedido P09035 (café tostado en grano, 60 sacos) no sale en la motonave prevista. La naviera canceló la escala en Cartagena y todavía no nos dan nueva reserva. Por ahora no tenemos fecha; apenas la tengamos te la envío.

Mil disculpas,
Valentina Ospina
Café Andino S.A.S.
Medellín, Colombia
""", end="Mil disculpas,", change="date", intent="delay", po=["P09035"]),

dict(v="plasticos", lang="es", at="2026-09-14 17:30", subj="Confirmación pedido P09036",
     text="""
Buenas tardes Tim,

Recibimos su orden de compra P09036, muchas gracias. Confirmamos las 4,000 piezas de cubetas plásticas 20 L y la fecha de embarque del 2 de octubre desde Manzanillo, llegada estimada a Hamburgo el 30 de octubre, tal como lo solicitaron.

Nuestra confirmación es la PN-D7C-7781.

Saludos cordiales,
Rodrigo Garza
Plásticos del Norte S.A. de C.V.
""", end="Saludos cordiales,", change="none", intent="confirmation", po=["P09036"], vref=["PN-D7C-7781"],
     commit=("2026-10-30", "llegada estimada a Hamburgo el 30 de octubre"),
     dates=[("2026-10-02", "ship_date", "2 de octubre"), ("2026-10-30", "confirmed_delivery", "30 de octubre")],
     lines=[("cubetas plásticas 20 L", 4000, "piezas", "las 4,000 piezas de cubetas plásticas 20 L", "P09036")]),

dict(v="pampa", lang="es", at="2026-11-10 15:20", subj="P09037 - despacho parcial",
     text="""
Hola Laura, ¿cómo andás?

Te cuento: de P09037 despachamos hoy 250 de los 400 cinturones de cuero, los otros 150 quedan pendientes porque el curtido de la partida marrón salió con manchas y hay que rehacerlo. Calculamos que los 150 restantes salen a principios de diciembre, te confirmo la fecha exacta más adelante.

Los 250 van por DHL Express, guía 44 1208 7713.

Un abrazo,
Martín
--
Martín Ferraro
Cueros de la Pampa S.A. – Buenos Aires
""", end="Un abrazo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P09037"],
     dates=[("2026-11-10", "ship_date", "hoy"), ("2026-12-01", "ship_date", "principios de diciembre")],
     lines=[("cinturones de cuero", 250, None, "250 de los 400 cinturones de cuero", "P09037"),
            ("cinturones de cuero", 150, None, "los otros 150 quedan pendientes", "P09037")],
     track=[("DHL Express", "44 1208 7713", "guía 44 1208 7713")]),

dict(v="valencia", c=1, lang="es", at="2026-10-28 11:45", subj="Expedición P09038 completa",
     text="""
Buenos días Sr. Osei,

El pedido P09038 ha salido esta mañana completo con Transportes Ochoa, 4 palets de vajilla. Entrega prevista en Hamburgo entre el 2 y el 3 de noviembre.

CMR nº OCH-26-118402

Quedamos a su disposición.
Amparo Soler
Cerámica Valenciana S.L.

--- attachment: Albaran_CV-D7C-2810.pdf ---
ALBARÁN CV-D7C-2810 - 28/10/2026
Pedido: P09038
Plato llano 27 cm "Albufera"    960 uds   servido
Plato hondo 22 cm "Albufera"    960 uds   servido
Taza 250 ml "Albufera"          480 uds   servido
""", end="Quedamos a su disposición.", change="shipping", intent="shipping_notice", po=["P09038"],
     vref=["CV-D7C-2810"], commit=("2026-11-03", "Entrega prevista en Hamburgo entre el 2 y el 3 de noviembre"),
     dates=[("2026-10-28", "ship_date", "esta mañana"), ("2026-11-02", "range_start", "el 2"),
            ("2026-11-03", "range_end", "el 3 de noviembre"), ("2026-10-28", "ship_date", "28/10/2026")],
     lines=[("Plato llano 27 cm Albufera", 960, "uds", 'Plato llano 27 cm "Albufera"    960 uds', "P09038"),
            ("Plato hondo 22 cm Albufera", 960, "uds", 'Plato hondo 22 cm "Albufera"    960 uds', "P09038"),
            ("Taza 250 ml Albufera", 480, "uds", 'Taza 250 ml "Albufera"          480 uds', "P09038")],
     track=[("Transportes Ochoa", "OCH-26-118402", "CMR nº OCH-26-118402")]),

dict(v="tlaquepaque", lang="es", at="2026-11-25 10:10", subj="RE: P09039 ¿siguen para diciembre?",
     text="""
Hola Sandra,

Sí, todo sigue igual. Las 300 figuras de barro de P09039 salen de Veracruz el 1 de diciembre como estaba y la llegada a Hamburgo se mantiene para el 22 de diciembre.

Saludos desde Jalisco,
Alejandra Ruiz
Artesanías Tlaquepaque

El mar, 24 nov 2026 a las 3:12, Sandra Klein (<sandra.klein@hhg-retail.com>) escribió:
> Hola Alejandra, vimos en las noticias el bloqueo de carreteras en Jalisco. ¿Afecta a P09039? Gracias
""", end="Saludos desde Jalisco,", change="none", intent="confirmation", po=["P09039"],
     commit=("2026-12-22", "la llegada a Hamburgo se mantiene para el 22 de diciembre"),
     dates=[("2026-12-01", "ship_date", "1 de diciembre"), ("2026-12-22", "confirmed_delivery", "22 de diciembre")],
     lines=[("figuras de barro", 300, None, "Las 300 figuras de barro", "P09039")]),

dict(v="lima", lang="es", at="2026-09-30 14:50", subj="Pedido P09040 - nueva fecha",
     text="""
Estimada Laura:

Le escribo para informarle que el pedido P09040 (mantas de alpaca) tendrá un pequeño retraso. Por la huelga de transportistas en Arequipa la mercadería llegó tarde al Callao y perdimos la nave del 2 de octubre. Ahora embarca el 9 de octubre y el nuevo ETA Hamburgo es el 11 de noviembre (antes 4 de noviembre).

Le pido disculpas por el inconveniente.

Atentamente,
Rosa Quispe
Textiles Alpaca del Perú S.A.C.
""", end="Le pido disculpas", change="date", intent="delay", po=["P09040"],
     commit=("2026-11-11", "el nuevo ETA Hamburgo es el 11 de noviembre"),
     dates=[("2026-10-02", "other", "2 de octubre"), ("2026-10-09", "ship_date", "9 de octubre"),
            ("2026-11-11", "new_eta", "11 de noviembre"), ("2026-11-04", "other", "4 de noviembre")]),

dict(v="alicante", c=1, lang="es", at="2026-12-09 09:25", subj="P09041 pedido incompleto",
     text="""
Buenos días,

Les informamos que del pedido P09041 solo podemos servir 600 de las 800 cometas, por falta de varillas. Las 200 unidades restantes quedan anuladas (no se servirán más adelante), ya que el proveedor de varillas ha cerrado. Las 600 se entregan el 15/12 como estaba previsto.

Un saludo,
Pedidos
Juguetes de Jardín Alicante S.L.
""", end="Un saludo,\nPedidos", change="quantity", intent="partial_shipment", po=["P09041"],
     commit=("2026-12-15", "Las 600 se entregan el 15/12 como estaba previsto"),
     dates=[("2026-12-15", "confirmed_delivery", "15/12")],
     lines=[("cometas", 600, None, "600 de las 800 cometas", "P09041"),
            ("cometas", 200, "unidades", "Las 200 unidades restantes quedan anuladas", "P09041")]),

dict(v="forja_toledo", lang="es", at="2026-10-16 12:00", subj="Envío P09042",
     text="""
Sr. Brandt:

Su pedido P09042 (soportes de macetas de forja, 240 uds) ha salido hoy completo por Seur. Nº de envío 9926-D7C-11804. Plazo de entrega 3-5 días laborables.

Atte.,
Ignacio Morales
Forja Toledana
""", end="Atte.,", change="shipping", intent="shipping_notice", po=["P09042"],
     commit=("2026-10-23", "Plazo de entrega 3-5 días laborables"),
     dates=[("2026-10-16", "ship_date", "hoy"), ("2026-10-21", "range_start", "3-5 días laborables"),
            ("2026-10-23", "range_end", "3-5 días laborables")],
     lines=[("soportes de macetas de forja", 240, "uds", "soportes de macetas de forja, 240 uds", "P09042")],
     track=[("Seur", "9926-D7C-11804", "Nº de envío 9926-D7C-11804")]),

dict(v="oaxaca", c=1, lang="es", at="2026-11-02 18:05", subj="P09043 jarrones - se recorre la entrega",
     text="""
Hola Laura, buenas tardes

Le aviso que los jarrones de barro negro del P09043 van a tardar un poco mas de lo pensado, el horno grande se nos cuarteó y estamos quemando en el chico. En lugar de embarcar el 6 de noviembre embarcamos hasta el 20 de noviembre, por lo que la llegada a Hamburgo seria alrededor del 18 de diciembre.

Disculpe la molestia, le mando fotos del avance la otra semana.

Emilio Ramírez
Barro Negro de Oaxaca
""", end="Disculpe la molestia", change="date", intent="delay", po=["P09043"],
     commit=("2026-12-18", "la llegada a Hamburgo seria alrededor del 18 de diciembre"),
     dates=[("2026-11-06", "other", "6 de noviembre"), ("2026-11-20", "ship_date", "20 de noviembre"),
            ("2026-12-18", "new_eta", "18 de diciembre")]),

dict(v="valencia", lang="es", at="2026-09-18 10:00", subj="Confirmación P09044 - fecha adelantada",
     text="""
Hola Mike,

Buenas noticias: podemos adelantar el pedido P09044 como nos pediste. En lugar de la semana 41, lo entregamos el martes 29 de septiembre. Cantidades y precios sin cambios.

Un saludo,
Vicente Ferrer
Cerámica Valenciana

El 17/09/2026 a las 12:20, Mike Osei escribió:
> Vicente, ¿sería posible recibir P09044 antes de finales de septiembre? Tenemos una promoción el 1 de octubre.
""", end="Un saludo,", change="date", intent="confirmation", po=["P09044"],
     commit=("2026-09-29", "lo entregamos el martes 29 de septiembre"),
     dates=[("2026-10-05", "other", "la semana 41"), ("2026-09-29", "confirmed_delivery", "martes 29 de septiembre")]),

dict(v="levante", lang="es", at="2026-12-01 16:30", subj="RE: P09045 albornoces",
     text="""
Hola Sandra:

Hemos enviado hoy el resto de P09045, los 140 albornoces talla L que faltaban. Con esto el pedido queda completo. Os llegan el jueves 3 con Palletways, nº 55-880-D7C-19.

Gracias por la paciencia.

Lucía Martínez
Textil Levante S.A.

-----Mensaje original-----
De: Sandra Klein
Enviado el: lunes, 30 de noviembre de 2026 11:05
Asunto: P09045 albornoces
Lucía, recibimos 360 albornoces el 20/11, ¿cuándo llegan las tallas L?
""", end="Gracias por la paciencia.", change="shipping", intent="shipping_notice", po=["P09045"],
     commit=("2026-12-03", "Os llegan el jueves 3"),
     dates=[("2026-12-01", "ship_date", "hoy"), ("2026-12-03", "confirmed_delivery", "jueves 3")],
     lines=[("albornoces talla L", 140, None, "los 140 albornoces talla L", "P09045")],
     track=[("Palletways", "55-880-D7C-19", "nº 55-880-D7C-19")]),

dict(v="andino", lang="es", at="2026-11-27 09:30", subj="P09046 - confirmación del zarpe",
     text="""
Estimado Mike,

Confirmo que el contenedor de P09046 sigue programado para zarpar de Buenaventura el 4 de diciembre, sin cambios respecto a mi último correo. ETA Hamburgo 8 de enero.

Cordialmente,
Andrés Restrepo
Gerente Comercial – Café Andino S.A.S.
""", end="Cordialmente,", change="none", intent="confirmation", po=["P09046"],
     commit=("2027-01-08", "ETA Hamburgo 8 de enero"),
     dates=[("2026-12-04", "ship_date", "4 de diciembre"), ("2027-01-08", "confirmed_delivery", "8 de enero")]),

dict(v="cesteria_rioja", lang="es", at="2026-10-19 11:35", subj="P09047 cestas - van en dos veces",
     text="""
Hola Laura,

Del pedido P09047 mañana salen las cestas de mimbre grandes (200 uds) y las medianas (350 uds). Las pequeñas, 400 uds, se nos han quedado pendientes porque el mimbre pelado no llegó a tiempo; cuento con mandarlas la semana que viene y que os lleguen el 30 de octubre.

Las primeras os llegan el jueves 22.

Un saludo
Pilar Sáenz
Cestería Riojana S.L. · Nalda (La Rioja)
""", end="Un saludo\nPilar", change="quantity", intent="partial_shipment", po=["P09047"],
     commit=("2026-10-30", "que os lleguen el 30 de octubre"),
     dates=[("2026-10-20", "ship_date", "mañana"), ("2026-10-26", "ship_date", "la semana que viene"),
            ("2026-10-30", "new_eta", "30 de octubre"), ("2026-10-22", "confirmed_delivery", "jueves 22")],
     lines=[("cestas de mimbre grandes", 200, "uds", "cestas de mimbre grandes (200 uds)", "P09047"),
            ("cestas de mimbre medianas", 350, "uds", "las medianas (350 uds)", "P09047"),
            ("cestas de mimbre pequeñas", 400, "uds", "Las pequeñas, 400 uds, se nos han quedado pendientes", "P09047")]),

dict(v="hamacas_sj", lang="es", at="2026-11-13 16:45", subj="Despacho P09048 hamacas",
     text="""
Buenas tardes señor Brandt,

Le informo que despachamos hoy el pedido P09048 completo, las 500 hamacas tejidas en 10 cajas, por FedEx International Priority desde Barranquilla. Guía aérea (AWB) 7712 4409 8836. FedEx indica entrega el miércoles 18 de noviembre.

Quedo atento a cualquier cosa,
Luis Carlos Mendoza
Hamacas San Jacinto S.A.S.
Cel. +57 300 441 2290
""", end="Quedo atento", change="shipping", intent="shipping_notice", po=["P09048"],
     commit=("2026-11-18", "FedEx indica entrega el miércoles 18 de noviembre"),
     dates=[("2026-11-13", "ship_date", "hoy"), ("2026-11-18", "confirmed_delivery", "miércoles 18 de noviembre")],
     lines=[("hamacas tejidas", 500, None, "las 500 hamacas tejidas", "P09048")],
     track=[("FedEx", "7712 4409 8836", "Guía aérea (AWB) 7712 4409 8836")]),

dict(v="plasticos", c=1, lang="es", at="2026-12-04 11:10", subj="P09049 - retraso por resina",
     text="""
Hola Tim,

Te informo que la producción de P09049 (organizadores apilables) se atrasó por falta de resina de polipropileno, nuestro proveedor en Altamira tuvo un paro. La fecha de embarque del 8 de diciembre ya no es posible; estimamos embarcar entre el 21 y 23 de diciembre pero todavía no está confirmado. Te confirmo en cuanto tengamos la resina en planta.

Saludos,
Fernanda Treviño
Plásticos del Norte
Monterrey, N.L.

El jue, 3 dic 2026 a las 8:20, Tim Brandt escribió:
> Fernanda, ¿todo bien con el embarque de P09049 del 8/12? Necesitamos el ETA para planificar enero.
""", end="Saludos,\nFernanda", change="date", intent="delay", po=["P09049"],
     dates=[("2026-12-08", "other", "8 de diciembre"), ("2026-12-21", "ship_date", "el 21"),
            ("2026-12-23", "ship_date", "23 de diciembre")]),

dict(v="galicia", c=1, lang="es", at="2026-09-09 10:30", subj="P09050 - confirmación de entrega",
     text="""
Buenos días Mike,

Confirmamos el pedido P09050 tal cual: 2.400 latas de atún en aceite de oliva, entrega el martes 22/09 en vuestro almacén de Hamburgo. Número de pedido interno CG-PV-D7C-0909.

Un saludo,
Beatriz Castro
Conservas Galicia – Atención al cliente
""", end="Un saludo,", change="none", intent="confirmation", po=["P09050"], vref=["CG-PV-D7C-0909"],
     commit=("2026-09-22", "entrega el martes 22/09"),
     dates=[("2026-09-22", "confirmed_delivery", "martes 22/09")],
     lines=[("atún en aceite de oliva", 2400, "latas", "2.400 latas de atún en aceite de oliva", "P09050")]),

dict(v="tlaquepaque", c=1, lang="es", at="2026-10-22 12:50", subj="P09051 envío parcial",
     text="""
Hola Laura

Buenas. Ya salió el primer contenedor de P09051 de Manzanillo, con 1,150 macetas talavera de las 1,600. El resto (450) va en el siguiente, que embarca el 12 de noviembre y llega a Hamburgo mas o menos el 14 de diciembre.

Contenedor primero: TCLU 660 1842 7, ETA Hamburgo 20 de noviembre.

saludos
Jorge Medina
Logística - Artesanías Tlaquepaque
""", end="saludos\nJorge", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P09051"],
     commit=("2026-12-14", "llega a Hamburgo mas o menos el 14 de diciembre"),
     dates=[("2026-11-12", "ship_date", "12 de noviembre"), ("2026-12-14", "new_eta", "14 de diciembre"),
            ("2026-11-20", "confirmed_delivery", "20 de noviembre")],
     lines=[("macetas talavera", 1150, None, "1,150 macetas talavera de las 1,600", "P09051"),
            ("macetas talavera", 450, None, "El resto (450)", "P09051")],
     track=[(None, "TCLU 660 1842 7", "TCLU 660 1842 7")]),

dict(v="aceites", c=1, lang="es", at="2026-11-06 09:15", subj="Nueva tarifa aceite - campaña 2026/27",
     text="""
Estimados clientes:

Con el inicio de la nueva campaña y la subida del precio en origen, la tarifa del aceite de oliva virgen extra 500 ml pasa de 6,20 EUR a 6,95 EUR por botella para los pedidos que se entreguen a partir del 1 de diciembre de 2026. El pedido abierto P09052 (entrega 26/11) se factura todavía al precio anterior.

Adjuntamos la nueva lista de precios.

Atentamente,
Javier Ruiz
Dpto. Comercial – Aceites del Sur S.L.
""", end="Atentamente,", change="price", intent="price_change", po=["P09052"],
     dates=[("2026-12-01", "price_effective", "1 de diciembre de 2026"), ("2026-11-26", "other", "26/11")],
     prices=[dict(product="aceite de oliva virgen extra 500 ml", old=6.20, new=6.95, cur="EUR", eff="2026-12-01",
                  quote="pasa de 6,20 EUR a 6,95 EUR por botella")]),

dict(v="pampa", c=1, lang="es", at="2026-09-21 14:00", subj="Consulta P09053 - etiquetas",
     text="""
Hola Sandra, ¿qué tal?

Una consulta por el P09053 (billeteras de cuero): ¿las etiquetas con código EAN las ponemos nosotros en cada billetera o van solo en la caja master? En el pedido anterior las pusimos en la caja y nos parece que ustedes las re-etiquetaron. Avisame así no frenamos el empaque.

Gracias!
Julieta Romero
Cueros de la Pampa
""", end="Gracias!", change="none", intent="question", po=["P09053"]),

dict(v="iberica", lang="es", at="2026-12-10 17:20", subj="Anulación pedido P09054",
     text="""
Hola Tim,

Confirmado: anulamos el pedido P09054 (bolsas de sustrato 50 L) como nos pedisteis ayer por teléfono. No habíamos preparado nada todavía, así que no hay gastos. El pedido P09055 de herramientas sigue en pie para el 18/12.

Saludos,
Sergio Navarro
Jardinería Ibérica S.L.
""", end="Saludos,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P09054", "P09055"],
     commit=("2026-12-18", "sigue en pie para el 18/12"),
     dates=[("2026-12-09", "other", "ayer"), ("2026-12-18", "confirmed_delivery", "18/12")],
     changes=[("P09054", "cancellation", None, None, "anulamos el pedido P09054"),
              ("P09055", "confirmation", "2026-12-18", None, "El pedido P09055 de herramientas sigue en pie para el 18/12")]),

dict(v="lima", c=1, lang="es", at="2026-10-29 10:40", subj="P09056 - pedido en producción, fecha se mantiene",
     text="""
Estimada Laura,

Solo para tranquilizarla: aunque recibió nuestro aviso del 20/10 sobre el retraso en otro pedido, el P09056 de chalinas de alpaca no está afectado. La fecha de entrega se mantiene para la semana 48.

Saludos cordiales,
Diego Salazar
Textiles Alpaca del Perú S.A.C.
""", end="Saludos cordiales,", change="none", intent="confirmation", po=["P09056"],
     commit=("2026-11-23", "La fecha de entrega se mantiene para la semana 48"),
     dates=[("2026-10-20", "other", "20/10"), ("2026-11-23", "confirmed_delivery", "semana 48")]),

dict(v="forja_toledo", c=1, lang="es", at="2026-11-20 09:00", subj="Cambio de cuenta bancaria",
     text="""
Estimados clientes:

Les comunicamos que a partir del 1 de diciembre Forja Toledana S.L. trabajará con una nueva entidad bancaria. Los datos nuevos figuran en la carta adjunta firmada por la gerencia. Por favor, verifiquen por teléfono con nuestro departamento de administración antes de modificar sus datos.

Administración
Forja Toledana S.L.
""", end="Administración\nForja", change="none", intent="other",
     dates=[("2026-12-01", "other", "1 de diciembre")]),

dict(v="alicante", lang="es", at="2026-10-02 13:30", subj="RE: P09057 - entrega",
     text="""
Hola Mike,

Te confirmo que el pedido P09057 sale hoy de Ibi completo, 8 palets de juegos de jardín, con Transportes Mazo. Llega el miércoles 7.

Un saludo,
Nuria Pastor

--- attachment: ALB-JJA-D7C-1002.pdf ---
ALBARÁN Nº ALB-JJA-D7C-1002   Fecha de envío: 02/10/2026
Pedido cliente: P09057
Ref.       Descripción                      Cant.
JJ-CR-01   Cubo y rastrillo playa           1.200
JJ-RG-04   Regadera infantil                  800
JJ-CM-12   Cometa 90 cm                       600
Bultos: 8 palets   Estado: COMPLETO
""", end="Un saludo,", change="shipping", intent="shipping_notice", po=["P09057"], vref=["ALB-JJA-D7C-1002"],
     commit=("2026-10-07", "Llega el miércoles 7"),
     dates=[("2026-10-02", "ship_date", "hoy"), ("2026-10-07", "confirmed_delivery", "miércoles 7"),
            ("2026-10-02", "ship_date", "02/10/2026")],
     lines=[("JJ-CR-01", 1200, None, "JJ-CR-01   Cubo y rastrillo playa           1.200", "P09057"),
            ("JJ-RG-04", 800, None, "JJ-RG-04   Regadera infantil                  800", "P09057"),
            ("JJ-CM-12", 600, None, "JJ-CM-12   Cometa 90 cm                       600", "P09057")]),

dict(v="oaxaca", lang="es", at="2026-12-15 11:20", subj="P09058 - cancelamos",
     text="""
Estimada Laura,

Con mucha pena le informo que no vamos a poder cumplir con el pedido P09058 (ollas de barro negro). Se nos fueron dos artesanos y no alcanzamos a producir. Preferimos cancelar el pedido completo ahora y no hacerla esperar. Le devolvemos el anticipo esta semana.

Un abrazo,
Guadalupe Hernández
Barro Negro de Oaxaca S.A. de C.V.
""", end="Un abrazo,", change="cancel", intent="cancellation", po=["P09058"],
     dates=[("2026-12-14", "other", "esta semana")]),

dict(v="hamacas_sj", c=1, lang="es", at="2026-12-02 10:15", subj="P09059 hamacas - atraso",
     text="""
Buenos días,

Les escribo para informar que el pedido P09059 se va a demorar: por las lluvias en Sucre los artesanos no han podido secar el hilo teñido. Pensábamos despachar el 4 de diciembre, ahora despachamos el 11 de diciembre y la entrega en Hamburgo queda para el 16 de diciembre.

Cordial saludo,
Yuliana Pérez
Hamacas San Jacinto S.A.S.
""", end="Cordial saludo,", change="date", intent="delay", po=["P09059"],
     commit=("2026-12-16", "la entrega en Hamburgo queda para el 16 de diciembre"),
     dates=[("2026-12-04", "other", "4 de diciembre"), ("2026-12-11", "ship_date", "11 de diciembre"),
            ("2026-12-16", "new_eta", "16 de diciembre")]),

dict(v="cesteria_rioja", c=1, lang="es", at="2026-11-23 08:55", subj="P09060 faltan 60 baúles",
     text="""
Buenos días

Os mandamos hoy el pedido P09060 pero van solo 90 baúles de mimbre, no 150. Los 60 que faltan están en barnizado y salen el 2 de diciembre, os llegan el 4.

Albarán ALB-CR-D7C-338 adjunto. Transporte: Dachser, nº 118-2233-094.

Almacén
Cestería Riojana S.L.
""", end="Almacén\nCestería", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09060"], vref=["ALB-CR-D7C-338"],
     commit=("2026-12-04", "os llegan el 4"),
     dates=[("2026-11-23", "ship_date", "hoy"), ("2026-12-02", "ship_date", "2 de diciembre"),
            ("2026-12-04", "new_eta", "el 4")],
     lines=[("baúles de mimbre", 90, None, "solo 90 baúles de mimbre", "P09060"),
            ("baúles de mimbre", 60, None, "Los 60 que faltan", "P09060")],
     track=[("Dachser", "118-2233-094", "Dachser, nº 118-2233-094")]),

dict(v="andino", lang="es", at="2026-09-15 10:25", subj="Precio café - ajuste por bolsa de NY",
     text="""
Estimado Mike,

Debido a la subida del café en la bolsa de Nueva York, nos vemos obligados a ajustar el precio del café tostado en grano de 9,80 USD/kg a 10,60 USD/kg a partir del 1 de octubre. El pedido abierto P09061 mantiene el precio actual.

¿Desea que le enviemos la lista completa actualizada?

Cordialmente,
Andrés Restrepo
Café Andino S.A.S.
""", end="Cordialmente,", change="price", intent="price_change", sec=["question"], po=["P09061"],
     dates=[("2026-10-01", "price_effective", "1 de octubre")],
     prices=[dict(product="café tostado en grano", old=9.80, new=10.60, cur="USD", eff="2026-10-01",
                  quote="de 9,80 USD/kg a 10,60 USD/kg")]),

dict(v="levante", lang="es", at="2026-10-09 15:00", subj="Feria Heimtextil 2027 - invitación",
     text="""
Hola Sandra,

Te escribo para invitarte a nuestro stand en Heimtextil Frankfurt, del 12 al 15 de enero de 2027 (pabellón 11.0, stand B41). Presentaremos la nueva colección de toallas de algodón orgánico. Si te apetece, reservamos una cita.

Un saludo,
Lucía Martínez
Textil Levante S.A.
""", end="Un saludo,", change="none", intent="other",
     dates=[("2027-01-12", "other", "del 12"), ("2027-01-15", "other", "15 de enero de 2027")]),

dict(v="valencia", c=1, lang="es", at="2026-11-11 12:30", subj="P09062 - embalaje cuencos",
     text="""
Hola Sr. Osei,

Sobre el pedido P09062: todo listo para la fecha acordada. ¿Prefiere los cuencos «Malvarrosa» embalados en cajas de 6 o de 12 unidades? En la orden no lo indica y el último pedido vino en cajas de 12. Necesito su respuesta antes del viernes para preparar el embalaje.

Quedo a la espera,
Amparo Soler
""", end="Quedo a la espera,", change="none", intent="question", po=["P09062"],
     dates=[("2026-11-13", "other", "viernes")]),
]
