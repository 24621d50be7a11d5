# ruff: noqa: E501 - email text is data
"""French and Spanish, round 8: about thirty emails in each language from French, Belgian,
Swiss and Québec vendors and from Spanish, Mexican, Argentine, Chilean, Colombian and Peruvian
vendors, spread evenly over the eight intents. Formal and familiar registers, Québec
month-first dates, quoted history in the same language that names other dates, order
acknowledgements, delivery notes, price lists and packing lists as attachment text, a
multi-order email in each language, a bank-detail phishing mail. Hand-written and
hand-labelled by reading each email."""

EMAILS = [
# ---------------------------------------------------------------- French: delay
dict(v="savonnerie", lang="fr", at="2026-11-10 09:20", subj="Commande P09800 - report de livraison",
     text="""
Bonjour Madame Jensen,

Je reviens vers vous concernant votre commande P09800 (savons 100 g lavande et verveine). Notre fournisseur de beurre de karité nous a livré avec deux semaines de retard, la saponification n'a donc pu démarrer que ce lundi. La livraison prévue le 17/11 ne pourra pas être tenue : nous vous proposons une livraison à votre entrepôt de Hamburg le mardi 1er décembre.

Toutes nos excuses pour ce contretemps.

Bien cordialement,
Camille Girard
Savonnerie de Provence SARL - Service commercial
13100 Aix-en-Provence

Le 2 nov. 2026 à 11:05, Laura Jensen <laura.jensen@hhg-retail.com> a écrit :
> Bonjour Camille,
> pouvez-vous nous confirmer la livraison de P09800 pour la semaine 47 ? Merci.
""", end="Bien cordialement,", change="date", intent="delay", po=["P09800"],
     commit=("2026-12-01", "une livraison à votre entrepôt de Hamburg le mardi 1er décembre"),
     dates=[("2026-11-09", "other", "ce lundi"), ("2026-11-17", "other", "17/11"),
            ("2026-12-01", "new_eta", "mardi 1er décembre")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-10-14 15:40", subj="P09801 // jardinières",
     text="""
Bonjour,

Suite à un incident sur notre ligne de rempotage, les 240 jardinières terre cuite Ø40 de la commande P09801 ne seront pas disponibles en S43 comme confirmé. Nouvelle date de livraison : semaine 45. Le reste de la commande (terreau, tuteurs) est inchangé et sera livré en S43.

Service ADV
Les Jardins du Val SAS
Tél. +33 2 41 00 00 00
""", end="Service ADV", change="date", intent="delay", po=["P09801"],
     commit=("2026-11-02", "Nouvelle date de livraison : semaine 45"),
     dates=[("2026-10-19", "other", "en S43 comme confirmé"), ("2026-11-02", "new_eta", "semaine 45"),
            ("2026-10-19", "confirmed_delivery", "livré en S43")],
     lines=[("jardinières terre cuite Ø40", 240, None, "240 jardinières terre cuite Ø40", "P09801")]),

dict(v="lemaire", lang="fr", at="2026-12-02 10:15", subj="Spéculoos boîtes Noël - P09803",
     text="""
Bonjour Mike,

Mauvaise nouvelle pour les boîtes de spéculoos de Noël (P09803) : le fabricant des boîtes métal nous annonce une livraison chez nous seulement le 11 décembre. Nous pouvons donc au plus tôt vous livrer le 16/12 au lieu du 7 décembre.
Préférez-vous recevoir les biscuits en sachets kraft dès lundi prochain (même prix), ou attendre les boîtes ? Merci de nous dire d'ici vendredi.

Bien à vous,
Olivier Lemaire
Biscuiterie Lemaire SA
""", end="Bien à vous,", change="date", intent="delay", sec=["question"], po=["P09803"],
     commit=("2026-12-16", "au plus tôt vous livrer le 16/12"),
     dates=[("2026-12-11", "other", "le 11 décembre"), ("2026-12-16", "new_eta", "le 16/12"),
            ("2026-12-07", "other", "du 7 décembre"), ("2026-12-07", "other", "lundi prochain"),
            ("2026-12-04", "other", "d'ici vendredi")]),

dict(v="laurentides", lang="fr", at="2026-09-22 14:00", subj="Re: P09804 sirop 250 ml",
     text="""
Bonjour Tim,

Petite mise à jour pour la commande P09804 (sirop d'érable 250 ml). La récolte a été correcte mais notre embouteilleuse est en réparation depuis jeudi passé; le technicien vient juste demain. On va pouvoir expédier le conteneur vers le 10/09 au lieu du 09/25, avec une arrivée prévue à Hamburg autour du 10/27.

Merci de votre compréhension,
Geneviève

Le 21 sept. 2026 à 08:30, Tim Brandt <tim.brandt@hhg-retail.com> a écrit :
> Bonjour Geneviève, est-ce que le départ du 09/25 tient toujours? Merci, Tim
""", end="Merci de votre compréhension,", change="date", intent="delay", po=["P09804"],
     commit=("2026-10-27", "une arrivée prévue à Hamburg autour du 10/27"),
     dates=[("2026-09-17", "other", "jeudi passé"), ("2026-09-23", "other", "demain"),
            ("2026-10-09", "ship_date", "vers le 10/09"), ("2026-09-25", "other", ("09/25", 0)),
            ("2026-10-27", "new_eta", "10/27")]),

# ---------------------------------------------------------------- French: confirmation
dict(v="romande", lang="fr", at="2026-09-15 08:45", subj="Confirmation de commande P09805",
     text="""
Bonjour Madame Klein,

Nous vous remercions pour votre commande P09805 et vous la confirmons aux prix et quantités demandés. Livraison franco Hamburg le 6 octobre, comme souhaité. Vous trouverez ci-joint notre confirmation de commande.

Meilleures salutations
Luc Favre
Coutellerie Romande SA

--- attachment: CONF_CR-D8C-2209.pdf ---
COUTELLERIE ROMANDE SA - CONFIRMATION DE COMMANDE
N° CR-D8C-2209      Date: 15.09.2026
Votre commande: P09805
Art.        Désignation                 Qté    Prix CHF   Délai
CR-OP-08    Couteau d'office 8 cm       600    6.40       06.10.2026
CR-PA-12    Couteau à pain 21 cm        240    14.90      06.10.2026
Conditions: 30 jours net
""", end="Meilleures salutations", change="none", intent="confirmation", po=["P09805"],
     vref=["CR-D8C-2209"], commit=("2026-10-06", "Livraison franco Hamburg le 6 octobre"),
     dates=[("2026-10-06", "confirmed_delivery", "le 6 octobre"), ("2026-09-15", "other", "15.09.2026"),
            ("2026-10-06", "confirmed_delivery", ("06.10.2026", 0)),
            ("2026-10-06", "confirmed_delivery", ("06.10.2026", 1))],
     lines=[("CR-OP-08", 600, None, "CR-OP-08    Couteau d'office 8 cm       600    6.40       06.10.2026", "P09805"),
            ("CR-PA-12", 240, None, "CR-PA-12    Couteau à pain 21 cm        240    14.90      06.10.2026", "P09805")]),

dict(v="bearn", lang="fr", at="2026-10-20 11:30", subj="RE: P09806 nouvelle date",
     text="""
Bonjour Laura,

Suite à votre mail d'hier et à notre appel de ce matin, je vous confirme la nouvelle date convenue : livraison des 300 nappes le jeudi 5 novembre au lieu du 29 octobre. C'est ferme de notre côté, le tissage est terminé.

Bonne journée,
Maïté Etchegaray
Tissages du Béarn SARL

Le 19 oct. 2026 à 16:20, Laura Jensen a écrit :
> Maïté, comme évoqué, le 5/11 nous convient si c'est ferme. Merci de confirmer par écrit.
> Laura
""", end="Bonne journée,", change="date", intent="confirmation", po=["P09806"],
     commit=("2026-11-05", "livraison des 300 nappes le jeudi 5 novembre"),
     dates=[("2026-10-19", "other", "mail d'hier"), ("2026-10-20", "other", "ce matin"),
            ("2026-11-05", "confirmed_delivery", "jeudi 5 novembre"), ("2026-10-29", "other", "29 octobre")],
     lines=[("nappes", 300, None, "300 nappes", "P09806")]),

dict(v="boreal_qc", c=1, lang="fr", at="2026-11-03 09:05", subj="Accusé de réception - P09807",
     text="""
Bonjour,

Nous accusons réception de votre bon de commande P09807 et le confirmons tel quel : 48 chaises Adirondack cèdre, 12 tables basses. Date de livraison prévue : 12/08/2026 à votre entrepôt (transport par Groupe Gilbert).

Bonne journée!

Service à la clientèle
Meubles Boréal inc.
Saint-Georges (Québec)
""", end="Bonne journée!", change="none", intent="confirmation", po=["P09807"],
     commit=("2026-12-08", "Date de livraison prévue : 12/08/2026"),
     dates=[("2026-12-08", "confirmed_delivery", "12/08/2026")],
     lines=[("chaises Adirondack cèdre", 48, None, "48 chaises Adirondack cèdre", "P09807"),
            ("tables basses", 12, None, "12 tables basses", "P09807")]),

dict(v="vosges", lang="fr", at="2026-11-24 17:10", subj="RE: avancer P09808 ?",
     text="""
Bonjour Tim,

OK pour avancer la livraison des bancs de jardin (P09808), notre atelier a fini plus tôt que prévu. Le camion chargera vendredi et vous livrera lundi 30 novembre au matin au lieu du 7 décembre.

Cordialement
Hélène Mathieu
Ateliers Bois des Vosges SAS

Le 23/11/2026 à 09:41, Tim Brandt a écrit :
> Hélène, serait-il possible d'avancer P09808 d'une semaine ? Nous avons une action en magasin début décembre.
""", end="Cordialement\nHélène", change="date", intent="confirmation", po=["P09808"],
     commit=("2026-11-30", "vous livrera lundi 30 novembre au matin"),
     dates=[("2026-11-27", "ship_date", "vendredi"), ("2026-11-30", "confirmed_delivery", "lundi 30 novembre"),
            ("2026-12-07", "other", "7 décembre")]),

# ---------------------------------------------------------------- French: partial shipment
dict(v="lyonnais", lang="fr", at="2026-10-07 14:25", subj="Expédition partielle P09809",
     text="""
Bonjour Madame Jensen,

Nous avons expédié ce jour une partie de votre commande P09809 :

Réf.      Article                    Commandé  Expédié  Reliquat
TL-TT-01  Torchon lin naturel        1 200     1 200    0
TL-TT-02  Torchon lin rayé bleu      800       500      300
TL-NP-04  Nappe 150x250 écru         150       0        150

Le reliquat (300 torchons rayés et 150 nappes) sera expédié semaine 43, livraison chez vous vers le 23 octobre. Bon de livraison BL-D8C-5521 en pièce jointe, transporteur Geodis, récépissé 4417 2290 118.

Cordialement,
Isabelle Martin
Textiles Lyonnais SA
""", end="Cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09809"], vref=["BL-D8C-5521"],
     commit=("2026-10-23", "livraison chez vous vers le 23 octobre"),
     dates=[("2026-10-07", "ship_date", "ce jour"), ("2026-10-19", "ship_date", "semaine 43"),
            ("2026-10-23", "new_eta", "vers le 23 octobre")],
     lines=[("TL-TT-01", 1200, None, "TL-TT-01  Torchon lin naturel        1 200     1 200    0", "P09809"),
            ("TL-TT-02", 500, None, "TL-TT-02  Torchon lin rayé bleu      800       500      300", "P09809"),
            ("TL-TT-02", 300, None, "300 torchons rayés", "P09809"),
            ("TL-NP-04", 150, None, "150 nappes", "P09809")],
     track=[("Geodis", "4417 2290 118", "récépissé 4417 2290 118")]),

dict(v="bretagne", lang="fr", at="2026-09-29 10:00", subj="P09810 expé partielle",
     text="""
Bonjour Sandra,

Pour P09810 : les 2 000 câbles USB-C partent aujourd'hui (DHL Freight, n° 7781 0044 29), mais les 1 000 chargeurs 20 W sont bloqués en contrôle qualité, un lot de condensateurs non conforme. On prévoit de les expédier le 9 octobre, pour une livraison le 14/10.

Je vous tiens au courant,
Yann
""", end="Je vous tiens au courant,", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P09810"],
     commit=("2026-10-14", "pour une livraison le 14/10"),
     dates=[("2026-09-29", "ship_date", "aujourd'hui"), ("2026-10-09", "ship_date", "le 9 octobre"),
            ("2026-10-14", "new_eta", "le 14/10")],
     lines=[("câbles USB-C", 2000, None, "les 2 000 câbles USB-C", "P09810"),
            ("chargeurs 20 W", 1000, None, "les 1 000 chargeurs 20 W", "P09810")],
     track=[("DHL Freight", "7781 0044 29", "n° 7781 0044 29")]),

dict(v="ardennes", c=1, lang="fr", at="2026-12-08 09:30", subj="Votre commande P09811 - livraison incomplète",
     text="""
Madame, Monsieur,

Votre commande P09811 a été expédiée partiellement ce matin : confiture fraise-rhubarbe 370 g, 480 pots sur 720. Les 240 pots manquants ne seront pas livrés (rupture de rhubarbe jusqu'à la prochaine récolte) et ne vous seront pas facturés. Les autres références sont complètes.

Service Commandes
Confitures Ardennaises SRL - Bouillon
""", end="Service Commandes\nConfitures", change="quantity", intent="partial_shipment", po=["P09811"],
     dates=[("2026-12-08", "ship_date", "ce matin")],
     lines=[("confiture fraise-rhubarbe 370 g", 480, "pots", "480 pots sur 720", "P09811"),
            ("confiture fraise-rhubarbe 370 g", 240, "pots", "Les 240 pots manquants", "P09811")]),

dict(v="liege", c=1, lang="fr", at="2026-11-17 16:00", subj="BL P09812",
     text="""
Bonjour Mike,

Ci-joint le bon de livraison pour P09812. Comme annoncé au téléphone, nous n'avons pu emballer que 4 palettes sur 6 : le solde (les photophores ambrés) suivra début décembre, le four de coloration est encore en maintenance.

Bien à vous,
Aurélie Lambert
Verrerie Liégeoise SRL

--- attachment: BL_VL-D8C-3307.pdf ---
VERRERIE LIÉGEOISE SRL - BON DE LIVRAISON VL-D8C-3307
Date d'expédition : 17/11/2026
Commande client : P09812
VL-PH-10  Photophore clair 10 cm    Qté livrée 1 440   Reliquat 0
VL-PH-12  Photophore ambré 12 cm    Qté livrée 0       Reliquat 960
Transporteur : DSV Road - CMR 26-118804
""", end="Bien à vous,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09812"], vref=["VL-D8C-3307"],
     commit=("2026-12-01", "suivra début décembre"),
     dates=[("2026-12-01", "new_eta", "début décembre"), ("2026-11-17", "ship_date", "17/11/2026")],
     lines=[("VL-PH-10", 1440, None, "VL-PH-10  Photophore clair 10 cm    Qté livrée 1 440   Reliquat 0", "P09812"),
            ("VL-PH-12", 960, None, "VL-PH-12  Photophore ambré 12 cm    Qté livrée 0       Reliquat 960", "P09812")],
     track=[("DSV Road", "26-118804", "CMR 26-118804")]),

# ---------------------------------------------------------------- French: cancellation
dict(v="savonnerie", c=1, lang="fr", at="2026-10-27 11:20", subj="P09813 - annulation ligne 3",
     text="""
Bonjour Laura,

Je suis au regret de vous informer que nous devons annuler la ligne 3 de votre commande P09813 (savon au lait d'ânesse, 400 pièces) : notre éleveur partenaire a cessé son activité et nous n'avons pas de solution de remplacement à la même qualité. Les autres lignes sont maintenues pour une livraison le 12 novembre comme prévu.
Rien n'ayant été facturé, aucun avoir n'est nécessaire.

Cordialement,
Julien Fabre
Savonnerie de Provence SARL
""", end="Cordialement,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P09813"],
     commit=("2026-11-12", "maintenues pour une livraison le 12 novembre"),
     dates=[("2026-11-12", "confirmed_delivery", "le 12 novembre")],
     lines=[("savon au lait d'ânesse", 400, "pièces", "400 pièces", "P09813")]),

dict(v="jardinsduval", lang="fr", at="2026-09-09 10:40", subj="RE: Annulation P09814",
     text="""
Bonjour Madame Klein,

Bien noté, nous annulons la commande P09814 dans sa totalité, conformément à votre demande d'hier. Aucune marchandise n'était encore préparée, il n'y a donc pas de frais.
Nous restons à votre disposition pour la collection printemps 2027.

Cordialement,
Nathalie Moreau
Les Jardins du Val SAS

-----Message d'origine-----
De : Sandra Klein
Envoyé : mardi 8 septembre 2026 17:02
À : Nathalie Moreau
Objet : Annulation P09814

Bonjour Nathalie, suite à l'arrêt de la gamme, merci d'annuler P09814 (livraison prévue S39). Cordialement, Sandra
""", end=("Cordialement,", 0), change="cancel", intent="cancellation", po=["P09814"],
     dates=[("2026-09-08", "other", "demande d'hier")]),

dict(v="lemaire", c=1, lang="fr", at="2026-11-25 14:50", subj="P09815 / P09816",
     text="""
Bonjour Mike,

Suite à l'incendie de notre four n°2 samedi dernier, nous ne sommes malheureusement pas en mesure d'honorer la commande P09815 (gaufres fourrées) : nous l'annulons. Votre commande P09816 (spéculoos) n'est pas concernée, elle sera livrée comme confirmé le 3 décembre.
Nous sommes sincèrement désolés pour ce désagrément.

Sophie Dubois
Biscuiterie Lemaire SA
""", end="Sophie Dubois", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P09815", "P09816"],
     commit=("2026-12-03", "elle sera livrée comme confirmé le 3 décembre"),
     dates=[("2026-11-21", "other", "samedi dernier"), ("2026-12-03", "confirmed_delivery", "le 3 décembre")],
     changes=[("P09815", "cancellation", None, None, "nous l'annulons"),
              ("P09816", "confirmation", "2026-12-03", None, "elle sera livrée comme confirmé le 3 décembre")]),

dict(v="boreal_qc", lang="fr", at="2026-12-15 13:30", subj="P09817 - acompte",
     text="""
Bonjour Laura,

Je dois malheureusement vous aviser que nous allons annuler les 24 balançoires de patio de votre commande P09817 si le paiement de l'acompte (facture FA-D8C-7710) n'est pas reçu d'ici le 12/18. Notre politique de crédit ne nous permet plus de lancer la production sans acompte.
Merci de faire le suivi avec votre comptabilité.

Marc-Olivier Pelletier
Directeur des ventes, Meubles Boréal inc.
""", end="Marc-Olivier Pelletier", change="cancel", intent="cancellation", po=["P09817"],
     vref=["FA-D8C-7710"],
     dates=[("2026-12-18", "other", "12/18")],
     lines=[("balançoires de patio", 24, None, "24 balançoires de patio", "P09817")]),

# ---------------------------------------------------------------- French: price change
dict(v="vosges", c=1, lang="fr", at="2026-10-01 09:00", subj="Évolution tarifaire 2027",
     text="""
Madame, Monsieur,

En raison de la hausse continue du prix du chêne et du douglas (+18 % en un an), nous nous voyons contraints d'augmenter nos tarifs de 6,5 % sur l'ensemble de la gamme à compter du 1er janvier 2027. Les commandes passées avant le 15 décembre seront facturées à l'ancien tarif, y compris votre commande en cours P09818.
Vous trouverez notre nouvelle liste de prix en pièce jointe.

Salutations distinguées,
Didier Schmitt
Ateliers Bois des Vosges SAS

--- attachment: Tarifs_2027_ABV.pdf ---
ATELIERS BOIS DES VOSGES - TARIF 2027 (valable au 01/01/2027)
Réf.       Désignation               2026 €   2027 €
BV-BJ-180  Banc de jardin 180 cm     142,00   151,20
BV-JD-40   Jardinière douglas 40     38,50    41,00
""", end="Salutations distinguées,", change="price", intent="price_change", po=["P09818"],
     dates=[("2027-01-01", "price_effective", "à compter du 1er janvier 2027"),
            ("2026-12-15", "other", "avant le 15 décembre"),
            ("2027-01-01", "price_effective", "01/01/2027")],
     prices=[dict(pct=6.5, eff="2027-01-01", quote="augmenter nos tarifs de 6,5 % sur l'ensemble de la gamme"),
             dict(product="BV-BJ-180", old=142.0, new=151.2, cur="EUR", eff="2027-01-01",
                  quote="BV-BJ-180  Banc de jardin 180 cm     142,00   151,20"),
             dict(product="BV-JD-40", old=38.5, new=41.0, cur="EUR", eff="2027-01-01",
                  quote="BV-JD-40   Jardinière douglas 40     38,50    41,00")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-11-04 15:15", subj="P09819 - supplément lin",
     text="""
Bonjour Laura,

Le prix du lin brut a encore augmenté de 22 % ce trimestre. Pour votre commande P09819 (housses de coussin lin 45x45), nous devons appliquer un supplément de 0,35 € par pièce, soit 4,15 € au lieu de 3,80 €. Si vous n'êtes pas d'accord, merci de nous le dire avant lundi, sinon nous lançons la confection aux nouvelles conditions.

Cordialement,
Thomas Roux
Textiles Lyonnais SA
""", end="Cordialement,", change="price", intent="price_change", sec=["question"], po=["P09819"],
     dates=[("2026-11-09", "other", "avant lundi")],
     prices=[dict(product="housses de coussin lin 45x45", old=3.8, new=4.15, cur="EUR",
                  quote="soit 4,15 € au lieu de 3,80 €")]),

dict(v="laurentides", c=1, lang="fr", at="2026-09-08 10:30", subj="Nouveau prix sirop ambré 540 ml",
     text="""
Bonjour Sandra,

Suite à la nouvelle grille de prix des Producteurs et productrices acéricoles, notre prix pour le sirop d'érable ambré 540 ml passe de 8,90 $ CA à 9,60 $ CA la bouteille à partir du 10/01/2026. Votre commande P09820 déjà confirmée garde l'ancien prix, pas d'inquiétude.

Au plaisir,
Marc-André Gagnon
Produits d'érable Laurentides Inc.
""", end="Au plaisir,", change="price", intent="price_change", po=["P09820"],
     dates=[("2026-10-01", "price_effective", "10/01/2026")],
     prices=[dict(product="sirop d'érable ambré 540 ml", old=8.9, new=9.6, cur="CAD", eff="2026-10-01",
                  quote="passe de 8,90 $ CA à 9,60 $ CA la bouteille")]),

dict(v="romande", c=1, lang="fr", at="2026-11-19 11:00", subj="Remise sur les couteaux",
     text="""
Bonjour Monsieur Brandt,

Bonne nouvelle : grâce à la baisse du prix de l'acier inox, nous pouvons vous accorder une remise de 4 % sur tous les couteaux à partir du 1er décembre. Elle s'appliquera également à votre commande P09821 puisque la facturation interviendra après cette date (expédition prévue le 4.12.).

Meilleures salutations
Chantal Rochat
Coutellerie Romande SA
""", end="Meilleures salutations", change="price", intent="price_change", po=["P09821"],
     dates=[("2026-12-01", "price_effective", "à partir du 1er décembre"), ("2026-12-04", "ship_date", "le 4.12.")],
     prices=[dict(pct=-4, eff="2026-12-01", quote="une remise de 4 % sur tous les couteaux")]),

# ---------------------------------------------------------------- French: shipping notice
dict(v="bretagne", c=1, lang="fr", at="2026-10-22 16:45", subj="Avis d'expédition P09822",
     text="""
Bonjour,

Votre commande P09822 est partie complète aujourd'hui de notre entrepôt de Lannion.
Transporteur : Kuehne+Nagel, n° de suivi KN-FR-99120457
Livraison estimée : mardi 27 octobre.
Colisage : 14 colis / 1 palette.

Cordialement,
Morgane Tanguy
Accessoires Électroniques Bretagne SAS
""", end="Cordialement,", change="shipping", intent="shipping_notice", po=["P09822"],
     commit=("2026-10-27", "Livraison estimée : mardi 27 octobre"),
     dates=[("2026-10-22", "ship_date", "aujourd'hui"), ("2026-10-27", "confirmed_delivery", "mardi 27 octobre")],
     track=[("Kuehne+Nagel", "KN-FR-99120457", "n° de suivi KN-FR-99120457")]),

dict(v="bearn", c=1, lang="fr", at="2026-12-03 08:20", subj="Enlèvement P09823",
     text="""
Bonjour Laura,

Les torchons basques de la commande P09823 ont été enlevés hier soir par Heppner, tout est parti. Livraison prévue entre le 8 et le 9 décembre.

Pierre

--- attachment: Avis_expedition_TB-D8C-0412.pdf ---
AVIS D'EXPÉDITION TB-D8C-0412
Date d'enlèvement : 02/12/2026
Commande : P09823
Transporteur : Heppner - Récépissé 0712-448201
TB-TO-50  Torchon basque 50x70 rayures rouges  400
TB-TO-51  Torchon basque 50x70 rayures vertes  450
""", end="Pierre\n", change="shipping", intent="shipping_notice", po=["P09823"], vref=["TB-D8C-0412"],
     commit=("2026-12-09", "Livraison prévue entre le 8 et le 9 décembre"),
     dates=[("2026-12-02", "ship_date", "hier soir"), ("2026-12-08", "range_start", "entre le 8"),
            ("2026-12-09", "range_end", "9 décembre"), ("2026-12-02", "ship_date", "02/12/2026")],
     lines=[("TB-TO-50", 400, None, "TB-TO-50  Torchon basque 50x70 rayures rouges  400", "P09823"),
            ("TB-TO-51", 450, None, "TB-TO-51  Torchon basque 50x70 rayures vertes  450", "P09823")],
     track=[("Heppner", "0712-448201", "Récépissé 0712-448201")]),

dict(v="laurentides", lang="fr", at="2026-11-12 12:00", subj="Conteneur P09824 parti",
     text="""
Bonjour Tim,

Le conteneur pour P09824 a quitté Montréal hier sur le MSC Sveva. Tout y est, 2 400 bouteilles.

Conteneur : MSCU 6624180
B/L : MEDUM8812264
ETA Hamburg : 11/26

Merci et bonne fin de semaine!
Geneviève
""", end="Merci et bonne fin de semaine!", change="shipping", intent="shipping_notice", po=["P09824"],
     commit=("2026-11-26", "ETA Hamburg : 11/26"),
     dates=[("2026-11-11", "ship_date", "hier"), ("2026-11-26", "confirmed_delivery", "11/26")],
     lines=[("sirop d'érable", 2400, "bouteilles", "2 400 bouteilles", "P09824")],
     track=[("MSC", "MSCU 6624180", "Conteneur : MSCU 6624180"), ("MSC", "MEDUM8812264", "B/L : MEDUM8812264")]),

dict(v="vosges", lang="fr", at="2026-09-17 15:30", subj="Reliquat P09825 expédié",
     text="""
Bonjour Tim,

Le reliquat de P09825 (les 40 tables pliantes) est parti ce midi avec Transports Schmitt, la commande est maintenant complète. Livraison demain matin à Hamburg, le chauffeur appellera une heure avant.

Cordialement
Hélène Mathieu

Le 2 sept. 2026 à 10:00, Hélène Mathieu a écrit :
> Bonjour Tim, 80 tables livrées aujourd'hui, reliquat de 40 pour la semaine 38. Cordialement, Hélène
""", end="Cordialement\nHélène Mathieu\n\nLe", change="shipping", intent="shipping_notice", po=["P09825"],
     commit=("2026-09-18", "Livraison demain matin à Hamburg"),
     dates=[("2026-09-17", "ship_date", "ce midi"), ("2026-09-18", "confirmed_delivery", "demain matin")],
     lines=[("tables pliantes", 40, None, "les 40 tables pliantes", "P09825")]),

# ---------------------------------------------------------------- French: question
dict(v="liege", lang="fr", at="2026-10-06 10:10", subj="P09826 étiquetage",
     text="""
Bonjour Mike,

Pour la commande P09826, pourriez-vous nous confirmer si les étiquettes prix doivent être posées sur chaque photophore ou seulement sur le carton ? Et avez-vous un nouveau fichier EAN pour la référence VL-VA-25 ? Le code que nous avons ne passe pas au contrôle.
La production démarre lundi, une réponse d'ici vendredi serait idéale.

Merci d'avance,
Marc Delvaux
Verrerie Liégeoise SRL
""", end="Merci d'avance,", change="none", intent="question", po=["P09826"],
     dates=[("2026-10-12", "other", "lundi"), ("2026-10-09", "other", "d'ici vendredi")]),

dict(v="savonnerie", lang="fr", at="2026-12-01 09:50", subj="adresse livraison P09827",
     text="""
Bonjour Laura, petite question pour P09827 : on livre toujours à Hamburg-Billbrook ou au nouvel entrepôt de Hamm dont vous m'aviez parlé ? Le transporteur passe chez nous jeudi.
Merci !
Camille
""", end="Merci !", change="none", intent="question", po=["P09827"],
     dates=[("2026-12-03", "ship_date", "jeudi")]),

dict(v="ardennes", lang="fr", at="2026-09-24 14:00", subj="Prévisions fêtes de fin d'année",
     text="""
Bonjour Madame Jensen,

Nous préparons notre planning de production pour les fêtes. Pourriez-vous nous donner une prévision de vos besoins en confitures pour décembre ? Votre dernière commande P09828 portait sur 1 200 pots ; faut-il prévoir un volume similaire, ou plutôt davantage de coffrets cadeaux ?
Merci de votre retour avant le 2 octobre si possible.

Bien cordialement,
Benoît Collard
Confitures Ardennaises SRL
""", end="Bien cordialement,", change="none", intent="question", po=["P09828"],
     dates=[("2026-12-01", "other", "pour décembre"), ("2026-10-02", "other", "avant le 2 octobre")]),

dict(v="boreal_qc", c=1, lang="fr", at="2026-10-13 11:45", subj="P09829 - choix du fini",
     text="""
Bonjour Sandra,

Pour les 30 tables de pique-nique de la commande P09829, le fini « cèdre naturel » n'est plus disponible chez notre fournisseur de teinture. On peut vous offrir soit le fini « gris grange » sans frais, soit le cèdre non teint. Les deux options respectent la date du 11/20. Lequel préférez-vous?

Service à la clientèle
Meubles Boréal inc.
""", end="Service à la clientèle", change="none", intent="question", po=["P09829"],
     commit=("2026-11-20", "Les deux options respectent la date du 11/20"),
     dates=[("2026-11-20", "confirmed_delivery", "11/20")]),

# ---------------------------------------------------------------- French: other
dict(v="lyonnais", lang="fr", at="2026-12-18 17:00", subj="Réponse automatique : Absence",
     text="""
Bonjour,

Je suis absente du lundi 21 décembre au vendredi 1er janvier inclus. Pour toute urgence concernant vos commandes, merci de contacter Thomas Roux (+33 4 72 00 11 22).

Isabelle Martin
Textiles Lyonnais SA
""", end="Isabelle Martin", change="none", intent="other",
     dates=[("2026-12-21", "other", "lundi 21 décembre"), ("2027-01-01", "other", "vendredi 1er janvier")]),

dict(v="jardinsduval", lang="fr", at="2026-11-26 08:05", subj="URGENT - changement de coordonnées bancaires",
     frm="Nathalie Moreau <n.moreau@jardinsduval-sas.com>",
     text="""
Bonjour,

Nous vous informons que suite à un audit interne, nos coordonnées bancaires ont changé. Merci d'effectuer dès aujourd'hui le règlement de la facture FA-D8C-3391 (commande P09830) sur le nouveau compte ci-dessous :
IBAN : LT12 3250 0000 1234 5678
BIC : REVOLT21
Merci de ne pas contacter notre standard, la ligne est en maintenance jusqu'à vendredi.

Cordialement,
Nathalie Moreau
""", end="Cordialement,", change="none", intent="other", po=["P09830"], vref=["FA-D8C-3391"],
     dates=[("2026-11-26", "other", "dès aujourd'hui"), ("2026-11-27", "other", "jusqu'à vendredi")]),

dict(v="liege", c=1, lang="fr", at="2026-09-03 12:40", subj="RE: P09831",
     text="""
Bien reçu, merci ! Nous revenons vers vous avec la confirmation de P09831 d'ici mercredi prochain.

Aurélie

Le 3 sept. 2026 à 09:15, Mike Osei <mike.osei@hhg-retail.com> a écrit :
> Bonjour Aurélie, ci-joint notre commande P09831 pour livraison semaine 41. Merci de confirmer.
""", end=("Aurélie", 0), change="none", intent="other", po=["P09831"],
     dates=[("2026-09-09", "other", "mercredi prochain")]),
# ---------------------------------------------------------------- Spanish: delay
dict(v="aceites", lang="es", at="2026-10-15 12:30", subj="Pedido P09832 - nueva fecha de carga",
     text="""
Estimada Laura:

Le escribo en relación con su pedido P09832 (aceite de oliva virgen extra 500 ml). Por un retraso en la entrega de las botellas de vidrio por parte de nuestro proveedor, no podremos cargar el camión el 20 de octubre como estaba previsto. La nueva fecha de carga es el 3 de noviembre, con entrega en su almacén de Hamburgo el 6 de noviembre.

Lamentamos las molestias.

Un cordial saludo,
Carmen López
Aceites del Sur S.L. - Departamento de Exportación
Écija (Sevilla)

El 9 oct 2026, a las 10:14, Laura Jensen <laura.jensen@hhg-retail.com> escribió:
> Hola Carmen, ¿sigue en pie la entrega de P09832 para la semana 44? Gracias, Laura
""", end="Un cordial saludo,", change="date", intent="delay", po=["P09832"],
     commit=("2026-11-06", "con entrega en su almacén de Hamburgo el 6 de noviembre"),
     dates=[("2026-10-20", "other", "el 20 de octubre"), ("2026-11-03", "ship_date", "el 3 de noviembre"),
            ("2026-11-06", "new_eta", "el 6 de noviembre")]),

dict(v="plasticos", lang="es", at="2026-09-18 17:20", subj="RE: P09833 macetas 30 cm",
     text="""
Hola Mike, buenas tardes

Te comento que la inyectora grande se nos descompuso el martes y apenas ayer llegó la refacción. Las 5,000 macetas de 30 cm del P09833 van a salir hasta el 2 de octubre en lugar del 25 de septiembre. El contenedor llegaría a Hamburgo aprox. el 30 de octubre.
Cualquier cosa me avisas.

Saludos,
Rodrigo Garza
Plásticos del Norte S.A. de C.V.
""", end="Saludos,", change="date", intent="delay", po=["P09833"],
     commit=("2026-10-30", "llegaría a Hamburgo aprox. el 30 de octubre"),
     dates=[("2026-09-15", "other", "el martes"), ("2026-09-17", "other", "ayer"),
            ("2026-10-02", "ship_date", "el 2 de octubre"), ("2026-09-25", "other", "25 de septiembre"),
            ("2026-10-30", "new_eta", "el 30 de octubre")]),

dict(v="lima", lang="es", at="2026-11-05 09:00", subj="Orden P09834 - mantas de alpaca",
     text="""
Estimada Sandra:

Lamento informarle que el hilado de alpaca baby para las mantas de su orden P09834 llegó con un tono distinto al aprobado y tuvimos que rechazarlo. El nuevo lote estará en planta a mediados de noviembre, por lo que la entrega de las mantas se mueve a la semana 51 (antes semana 48).
¿Desea que enviemos por avión los 50 chales que sí están listos, o prefiere esperar y recibir todo junto?

Quedo atenta a sus comentarios.

Atentamente,
Rosa Quispe
Textiles Alpaca del Perú S.A.C.
""", end="Quedo atenta", change="date", intent="delay", sec=["question"], po=["P09834"],
     commit=("2026-12-14", "la entrega de las mantas se mueve a la semana 51"),
     dates=[("2026-11-15", "other", "a mediados de noviembre"), ("2026-12-14", "new_eta", "la semana 51"),
            ("2026-11-23", "other", "semana 48")],
     lines=[("chales", 50, None, "los 50 chales", "P09834")]),

dict(v="galicia", lang="es", at="2026-12-09 10:20", subj="P09835 mejillones - sin fecha",
     text="""
Buenos días Tim,

Debido al temporal de esta semana la flota no ha podido salir a faenar y no tenemos materia prima para las latas de mejillones en escabeche de su pedido P09835. De momento no podemos darle una fecha de entrega; le informaremos en cuanto el puerto vuelva a abrir.

Saludos cordiales,
Xoán Varela
Conservas Galicia S.A.
""", end="Saludos cordiales,", change="date", intent="delay", po=["P09835"],
     dates=[("2026-12-07", "other", "esta semana")]),

# ---------------------------------------------------------------- Spanish: confirmation
dict(v="valencia", lang="es", at="2026-09-23 13:00", subj="Confirmación pedido P09836",
     text="""
Estimada Sra. Klein:

Adjunto le remitimos la confirmación de su pedido P09836. Todas las posiciones se confirman según pedido, con entrega en la semana 42.

Atentamente,
Vicente Ferrer
Cerámica Valenciana S.L.

--- attachment: Confirmacion_CV-D8C-0917.pdf ---
CERÁMICA VALENCIANA S.L. - CONFIRMACIÓN DE PEDIDO CV-D8C-0917
Fecha: 23/09/2026
Su pedido: P09836
Ref.        Descripción                       Cant.   Precio €   Entrega
CV-MC-20    Maceta esmaltada azul 20 cm       720     5,80       12/10/2026
CV-MC-30    Maceta esmaltada azul 30 cm       360     11,40      12/10/2026
CV-PL-25    Plato esmaltado 25 cm             480     4,10       12/10/2026
Forma de pago: transferencia 60 días fecha factura
""", end="Atentamente,", change="none", intent="confirmation", po=["P09836"], vref=["CV-D8C-0917"],
     commit=("2026-10-12", "con entrega en la semana 42"),
     dates=[("2026-10-12", "confirmed_delivery", "la semana 42"), ("2026-09-23", "other", "23/09/2026"),
            ("2026-10-12", "confirmed_delivery", ("12/10/2026", 0)),
            ("2026-10-12", "confirmed_delivery", ("12/10/2026", 1)),
            ("2026-10-12", "confirmed_delivery", ("12/10/2026", 2))],
     lines=[("CV-MC-20", 720, None, "CV-MC-20    Maceta esmaltada azul 20 cm       720     5,80       12/10/2026", "P09836"),
            ("CV-MC-30", 360, None, "CV-MC-30    Maceta esmaltada azul 30 cm       360     11,40      12/10/2026", "P09836"),
            ("CV-PL-25", 480, None, "CV-PL-25    Plato esmaltado 25 cm             480     4,10       12/10/2026", "P09836")]),

dict(v="tlaquepaque", lang="es", at="2026-10-28 11:10", subj="RE: P09837 faroles - nueva fecha",
     text="""
Hola Laura,

Tal como quedamos en la llamada del lunes, confirmamos la nueva fecha para su pedido P09837: los 200 faroles de vidrio soplado se embarcan en Manzanillo el 13 de noviembre y llegan a Hamburgo el 15 de diciembre. Ya tenemos reservado el espacio con Hapag-Lloyd.

Saludos cordiales,
Alejandra Ruiz
Artesanías Tlaquepaque

El lun, 26 oct 2026 a las 18:03, Laura Jensen (<laura.jensen@hhg-retail.com>) escribió:
> Alejandra, aceptamos el 15/12 como nueva fecha si es firme. Saludos, Laura
""", end="Saludos cordiales,", change="date", intent="confirmation", po=["P09837"],
     commit=("2026-12-15", "llegan a Hamburgo el 15 de diciembre"),
     dates=[("2026-10-26", "other", "el lunes"), ("2026-11-13", "ship_date", "el 13 de noviembre"),
            ("2026-12-15", "confirmed_delivery", "el 15 de diciembre")],
     lines=[("faroles de vidrio soplado", 200, None, "los 200 faroles de vidrio soplado", "P09837")]),

dict(v="cesteria_rioja", lang="es", at="2026-11-11 09:40", subj="Pedido P09838",
     text="""
Buenos días Mike:
Recibido su pedido P09838, lo confirmamos: 150 cestas de mimbre grandes y 300 medianas, entrega viernes 27 de noviembre en Hamburgo.
Un saludo,
Pilar Sáenz
""", end="Un saludo,", change="none", intent="confirmation", po=["P09838"],
     commit=("2026-11-27", "entrega viernes 27 de noviembre"),
     dates=[("2026-11-27", "confirmed_delivery", "viernes 27 de noviembre")],
     lines=[("cestas de mimbre grandes", 150, None, "150 cestas de mimbre grandes", "P09838"),
            ("cestas de mimbre medianas", 300, None, "300 medianas", "P09838")]),

dict(v="hamacas_sj", c=1, lang="es", at="2026-09-29 15:00", subj="Confirmación OC P09839",
     text="""
Buenas tardes señor Brandt,

Con gusto le confirmamos la orden de compra P09839 por 400 hamacas tejidas (colores surtidos). Despacho desde Cartagena el 16 de octubre, llegada estimada a Hamburgo el 9 de noviembre. Le enviamos la proforma PF-D8C-1180 para el anticipo del 30%.

Quedamos atentos,
Yuliana Pérez
Hamacas San Jacinto S.A.S.
""", end="Quedamos atentos,", change="none", intent="confirmation", po=["P09839"], vref=["PF-D8C-1180"],
     commit=("2026-11-09", "llegada estimada a Hamburgo el 9 de noviembre"),
     dates=[("2026-10-16", "ship_date", "el 16 de octubre"), ("2026-11-09", "confirmed_delivery", "el 9 de noviembre")],
     lines=[("hamacas tejidas", 400, None, "400 hamacas tejidas", "P09839")]),

# ---------------------------------------------------------------- Spanish: partial shipment
dict(v="levante", lang="es", at="2026-10-21 16:30", subj="Envío parcial P09840",
     text="""
Hola Laura,

Hoy ha salido parte de su pedido P09840 con Transportes Ochoa (albarán AL-D8C-6613, expedición 0091-552-817):

Artículo              Pedido   Enviado   Pendiente
Toalla 50x100 gris    1.000    1.000     0
Toalla 70x140 gris    600      420       180
Albornoz talla M      200      0         200

Lo pendiente saldrá el 4 de noviembre, para entrega en su almacén el 9 de noviembre aprox.

Saludos,
Lucía
""", end="Saludos,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09840"], vref=["AL-D8C-6613"],
     commit=("2026-11-09", "para entrega en su almacén el 9 de noviembre aprox."),
     dates=[("2026-10-21", "ship_date", "Hoy"), ("2026-11-04", "ship_date", "el 4 de noviembre"),
            ("2026-11-09", "new_eta", "el 9 de noviembre")],
     lines=[("Toalla 50x100 gris", 1000, None, "Toalla 50x100 gris    1.000    1.000     0", "P09840"),
            ("Toalla 70x140 gris", 420, None, "Toalla 70x140 gris    600      420       180", "P09840"),
            ("Toalla 70x140 gris", 180, None, "Toalla 70x140 gris    600      420       180", "P09840"),
            ("Albornoz talla M", 200, None, "Albornoz talla M      200      0         200", "P09840")],
     track=[("Transportes Ochoa", "0091-552-817", "expedición 0091-552-817")]),

dict(v="oaxaca", lang="es", at="2026-11-20 10:00", subj="Envío orden P09841",
     text="""
Buen día Sandra,

Le informo que enviamos hoy por DHL Express 96 de las 144 jarras de barro negro de su orden P09841, guía 4471 9023 65. Las 48 restantes se rompieron en el horno y las estamos volviendo a hacer; estarán listas para envío a principios de diciembre.

Disculpe la demora,
Guadalupe Hernández
Barro Negro de Oaxaca
""", end="Disculpe la demora,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09841"],
     dates=[("2026-11-20", "ship_date", "hoy"), ("2026-12-01", "other", "a principios de diciembre")],
     lines=[("jarras de barro negro", 96, None, "96 de las 144 jarras", "P09841"),
            ("jarras de barro negro", 48, None, "Las 48 restantes", "P09841")],
     track=[("DHL Express", "4471 9023 65", "guía 4471 9023 65")]),

dict(v="pomaire_cl", lang="es", at="2026-12-04 12:15", subj="Despacho P09842 - diferencia",
     text="""
Hola Tim:

Hoy despachamos su pedido P09842 desde San Antonio, pero con una diferencia: de las 600 ollas de greda sólo van 540. Las otras 60 no pasaron control de calidad y no alcanzamos a reponerlas, así que las sacamos de la orden y se las descontamos de la factura.
Nave: Maersk Sentosa, contenedor MRKU 5510347. ETA Hamburgo 12 de enero.

Saludos desde Pomaire,
Francisca Araya
Greda de Pomaire Ltda.
""", end="Saludos desde Pomaire,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09842"], commit=("2027-01-12", "ETA Hamburgo 12 de enero"),
     dates=[("2026-12-04", "ship_date", "Hoy despachamos"), ("2027-01-12", "confirmed_delivery", "12 de enero")],
     lines=[("ollas de greda", 540, None, "sólo van 540", "P09842"),
            ("ollas de greda", 60, None, "Las otras 60", "P09842")],
     track=[("Maersk", "MRKU 5510347", "contenedor MRKU 5510347")]),

dict(v="andino", lang="es", at="2026-09-10 08:30", subj="P09843 primer lote embarcado",
     text="""
Estimada Laura,

Le confirmamos que el 8 de septiembre salió de Buenaventura el primer lote de su pedido P09843: 320 sacos de café de 5 kg. Los 180 sacos restantes saldrán en el próximo buque, con ETD 24 de septiembre.
Adjunto la lista de empaque.

Cordialmente,
Andrés Restrepo
Café Andino S.A.S.

--- attachment: Packing_List_CA-D8C-0305.pdf ---
PACKING LIST CA-D8C-0305
Orden: P09843
Contenedor: SEGU 4410822   B/L: HLCUBUN260908771
Producto: Café tostado en grano 5 kg
Sacos: 320     Peso neto: 1.600 kg
ETA Hamburgo: 14/10/2026
""", end="Cordialmente,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09843"], vref=["CA-D8C-0305"],
     commit=("2026-10-14", "ETA Hamburgo: 14/10/2026"),
     dates=[("2026-09-08", "ship_date", "el 8 de septiembre"), ("2026-09-24", "ship_date", "ETD 24 de septiembre"),
            ("2026-10-14", "confirmed_delivery", "14/10/2026")],
     lines=[("café tostado en grano 5 kg", 320, "sacos", "320 sacos de café de 5 kg", "P09843"),
            ("café tostado en grano 5 kg", 180, "sacos", "Los 180 sacos restantes", "P09843"),
            ("café tostado en grano 5 kg", 320, "sacos", "Sacos: 320", "P09843")],
     track=[(None, "SEGU 4410822", "Contenedor: SEGU 4410822"), (None, "HLCUBUN260908771", "B/L: HLCUBUN260908771")]),

# ---------------------------------------------------------------- Spanish: cancellation
dict(v="iberica", lang="es", at="2026-10-05 10:00", subj="P09844 - línea 2 cancelada",
     text="""
Buenos días Mike,

Lamentablemente tenemos que cancelar la línea 2 de su pedido P09844 (200 mangueras extensibles 30 m): el fabricante ha dejado de producir este modelo. El resto del pedido se entrega el jueves 15 de octubre, como confirmado.
Si le interesa, podemos ofrecerle el modelo de 25 m al mismo precio para un próximo pedido.

Un saludo,
Sergio Navarro
Jardinería Ibérica S.L.
""", end="Un saludo,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P09844"],
     commit=("2026-10-15", "El resto del pedido se entrega el jueves 15 de octubre"),
     dates=[("2026-10-15", "confirmed_delivery", "el jueves 15 de octubre")],
     lines=[("mangueras extensibles 30 m", 200, None, "200 mangueras extensibles 30 m", "P09844")]),

dict(v="alicante", lang="es", at="2026-11-30 09:15", subj="RE: anular P09845",
     text="""
Hola Sandra:

Confirmado, hemos anulado el pedido P09845 completo. Le adjunto el abono AB-D8C-2231 por el anticipo que nos pagaron el 2 de noviembre.

Saludos,
Nuria Pastor
Juguetes de Jardín Alicante S.L.

El vie, 27 nov 2026 a las 16:40, Sandra Klein (<sandra.klein@hhg-retail.com>) escribió:
> Hola Nuria, por favor anulen P09845 (columpios infantiles, entrega prevista semana 50). Gracias.
""", end="Saludos,", change="cancel", intent="cancellation", po=["P09845"], vref=["AB-D8C-2231"],
     dates=[("2026-11-02", "other", "el 2 de noviembre")]),

dict(v="pampa", lang="es", at="2026-12-11 11:30", subj="orden P09846",
     text="""
Hola Laura, ¿cómo andás?

Te escribo con una mala noticia: por el tema de las licencias de exportación que la Aduana no nos liberó, vamos a tener que cancelar la orden P09846 (los 120 bolsos de cuero tostado). Ya hablé con Julieta y te devolvemos el anticipo esta semana.
Lo lamento mucho, de verdad.

Abrazo,
Martín
""", end="Abrazo,", change="cancel", intent="cancellation", po=["P09846"],
     dates=[("2026-12-07", "other", "esta semana")],
     lines=[("bolsos de cuero tostado", 120, None, "los 120 bolsos de cuero tostado", "P09846")]),

dict(v="maule", lang="es", at="2026-10-08 14:00", subj="RE: P09847 anulación / P09848",
     text="""
Estimado Tim:

Le confirmamos la anulación del pedido P09847 (sillones de mimbre), tal como nos solicitó ayer. El pedido P09848 (canastos) sigue en pie y se embarca el 23 de octubre desde Valparaíso, ETA Hamburgo 27 de noviembre.

Saludos cordiales,
Catalina Soto
Mimbres del Maule SpA
""", end="Saludos cordiales,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P09847", "P09848"], commit=("2026-11-27", "ETA Hamburgo 27 de noviembre"),
     dates=[("2026-10-07", "other", "ayer"), ("2026-10-23", "ship_date", "el 23 de octubre"),
            ("2026-11-27", "confirmed_delivery", "27 de noviembre")],
     changes=[("P09847", "cancellation", None, None, "Le confirmamos la anulación del pedido P09847"),
              ("P09848", "confirmation", "2026-11-27", None, "ETA Hamburgo 27 de noviembre")]),

# ---------------------------------------------------------------- Spanish: price change
dict(v="aceites", c=1, lang="es", at="2026-09-16 10:00", subj="Actualización de precios octubre",
     text="""
Estimada Laura:

Como consecuencia de la mala cosecha prevista en Andalucía, nos vemos obligados a actualizar nuestros precios a partir del 1 de octubre:

Producto                         Precio actual   Nuevo precio
AOVE 500 ml botella vidrio       4,20 €          4,95 €
AOVE 1 l lata                    7,80 €          9,10 €
AOVE 5 l garrafa                 34,50 €         39,90 €

Los pedidos confirmados antes de esa fecha, como su P09849, se respetarán al precio actual.

Atentamente,
Javier Ruiz
Aceites del Sur S.L.
""", end="Atentamente,", change="price", intent="price_change", po=["P09849"],
     dates=[("2026-10-01", "price_effective", "a partir del 1 de octubre")],
     prices=[dict(product="AOVE 500 ml botella vidrio", old=4.2, new=4.95, cur="EUR", eff="2026-10-01",
                  quote="AOVE 500 ml botella vidrio       4,20 €          4,95 €"),
             dict(product="AOVE 1 l lata", old=7.8, new=9.1, cur="EUR", eff="2026-10-01",
                  quote="AOVE 1 l lata                    7,80 €          9,10 €"),
             dict(product="AOVE 5 l garrafa", old=34.5, new=39.9, cur="EUR", eff="2026-10-01",
                  quote="AOVE 5 l garrafa                 34,50 €         39,90 €")]),

dict(v="plasticos", c=1, lang="es", at="2026-11-09 12:00", subj="Ajuste de precio orden P09850",
     text="""
Buenas tardes Mike,

Por el incremento de la resina de polipropileno nos vemos en la necesidad de aplicar un ajuste de +7% a su orden P09850, que todavía no entra a producción. El precio unitario de la maceta de 40 cm quedaría en USD 3.53 (antes USD 3.30).
Le agradecería su autorización por escrito antes del viernes para programar la producción.

Saludos,
Fernanda Treviño
Plásticos del Norte S.A. de C.V.
""", end="Saludos,", change="price", intent="price_change", sec=["question"], po=["P09850"],
     dates=[("2026-11-13", "other", "antes del viernes")],
     prices=[dict(product="maceta de 40 cm", old=3.3, new=3.53, pct=7, cur="USD",
                  quote="quedaría en USD 3.53 (antes USD 3.30)")]),

dict(v="forja_toledo", lang="es", at="2026-10-27 09:30", subj="Recargo energético desde diciembre",
     text="""
Buenos días Sr. Brandt:

Le comunicamos que, a partir del 1 de diciembre, aplicaremos un recargo energético de 0,85 € por unidad en todas las piezas de forja (faroles, soportes de maceta, ganchos), debido a la subida del gas industrial. Su pedido abierto P09851, con entrega el 19 de noviembre, no se ve afectado.

Reciba un cordial saludo,
Ignacio Morales
Forja Toledana S.L.
""", end="Reciba un cordial saludo,", change="price", intent="price_change", po=["P09851"],
     commit=("2026-11-19", "con entrega el 19 de noviembre"),
     dates=[("2026-12-01", "price_effective", "a partir del 1 de diciembre"),
            ("2026-11-19", "confirmed_delivery", "el 19 de noviembre")],
     prices=[dict(product="recargo energético por unidad", new=0.85, cur="EUR", eff="2026-12-01",
                  quote="un recargo energético de 0,85 € por unidad")]),

dict(v="lima", c=1, lang="es", at="2026-09-25 10:00", subj="Descuento orden P09852",
     text="""
Estimado Sr. Osei:

Por el volumen de su pedido P09852 (1.200 gorros de alpaca), le aplicamos un descuento adicional del 5 % sobre la lista de precios: el precio unitario baja de USD 12,40 a USD 11,78. La proforma corregida sale mañana.

Saludos cordiales,
Diego Salazar
Textiles Alpaca del Perú S.A.C.
""", end="Saludos cordiales,", change="price", intent="price_change", po=["P09852"],
     dates=[("2026-09-26", "other", "mañana")],
     prices=[dict(product="gorros de alpaca", old=12.4, new=11.78, pct=-5, cur="USD",
                  quote="el precio unitario baja de USD 12,40 a USD 11,78")]),

# ---------------------------------------------------------------- Spanish: shipping notice
dict(v="valencia", c=1, lang="es", at="2026-10-09 13:00", subj="Expedición pedido P09853",
     text="""
Buenos días,

Le informamos que su pedido P09853 ha sido expedido hoy completo con DSV (2 palets, 1.180 piezas).
Número de seguimiento: 40-2260918-ES
Entrega prevista en Hamburgo: miércoles 14 de octubre.

Saludos,
Amparo Soler
Dpto. Logística - Cerámica Valenciana S.L.
""", end="Saludos,", change="shipping", intent="shipping_notice", po=["P09853"],
     commit=("2026-10-14", "Entrega prevista en Hamburgo: miércoles 14 de octubre"),
     dates=[("2026-10-09", "ship_date", "hoy"), ("2026-10-14", "confirmed_delivery", "miércoles 14 de octubre")],
     lines=[("cerámica", 1180, "piezas", "1.180 piezas", "P09853")],
     track=[("DSV", "40-2260918-ES", "Número de seguimiento: 40-2260918-ES")]),

dict(v="galicia", c=1, lang="es", at="2026-11-18 16:20", subj="Salida P09854",
     text="""
Hola Laura,

Te paso los datos del envío de P09854, que salió esta mañana de Vigo: todo el pedido completo, 36 palés de conservas.
Entrega estimada: entre el 23 y el 24 de noviembre.

Un saludo,
Beatriz

--- attachment: CMR_CG-D8C-8804.pdf ---
CONSERVAS GALICIA S.A. - ALBARÁN CG-D8C-8804
Fecha de carga: 18/11/2026
Pedido cliente: P09854
Transportista: Transportes Lago - CMR 88-420913
Bultos: 36 palés   Peso bruto: 19.440 kg
""", end="Un saludo,", change="shipping", intent="shipping_notice", po=["P09854"], vref=["CG-D8C-8804"],
     commit=("2026-11-24", "Entrega estimada: entre el 23 y el 24 de noviembre"),
     dates=[("2026-11-18", "ship_date", "esta mañana"), ("2026-11-23", "range_start", "entre el 23"),
            ("2026-11-24", "range_end", "24 de noviembre"), ("2026-11-18", "ship_date", "18/11/2026")],
     track=[("Transportes Lago", "88-420913", "CMR 88-420913")]),

dict(v="hamacas_sj", lang="es", at="2026-11-02 10:00", subj="Saldo orden P09855 embarcado",
     text="""
Buenos días Tim,

Le cuento que el saldo de la orden P09855 (las 150 hamacas que quedaban pendientes) zarpó el sábado de Cartagena en el buque CMA CGM Fidelio. Con esto la orden queda completa.
Contenedor: CMAU 7730914
ETA Hamburgo: 26 de noviembre

Saludos,
Luis Carlos Mendoza

El 5 oct 2026, a las 9:12, Luis Carlos Mendoza escribió:
> Tim, despachamos 250 hamacas hoy; las 150 restantes salen a fin de mes.
""", end="Saludos,", change="shipping", intent="shipping_notice", po=["P09855"],
     commit=("2026-11-26", "ETA Hamburgo: 26 de noviembre"),
     dates=[("2026-10-31", "ship_date", "el sábado"), ("2026-11-26", "confirmed_delivery", "26 de noviembre")],
     lines=[("hamacas", 150, None, "las 150 hamacas que quedaban pendientes", "P09855")],
     track=[("CMA CGM", "CMAU 7730914", "Contenedor: CMAU 7730914")]),

dict(v="tlaquepaque", c=1, lang="es", at="2026-12-16 09:00", subj="P09856 enviado",
     text="""
Laura, buen día. Ya salió su pedido P09856 completo por FedEx, guía 7729 4410 3381. Llega el lunes 21. Saludos, Jorge Medina
""", end="Saludos, Jorge", change="shipping", intent="shipping_notice", po=["P09856"],
     commit=("2026-12-21", "Llega el lunes 21"),
     dates=[("2026-12-21", "confirmed_delivery", "el lunes 21")],
     track=[("FedEx", "7729 4410 3381", "guía 7729 4410 3381")]),

# ---------------------------------------------------------------- Spanish: question
dict(v="cesteria_rioja", c=1, lang="es", at="2026-09-14 11:00", subj="Consulta palés P09857",
     text="""
Buenos días,

Desde almacén le preguntamos por el pedido P09857: ¿aceptan palé europeo de 1,80 m de altura o tiene que ser máximo 1,60 m? Y las etiquetas SSCC, ¿las ponemos en dos caras o en una sola? Queremos preparar la carga para el jueves.

Gracias,
Almacén - Cestería Riojana
""", end="Gracias,", change="none", intent="question", po=["P09857"],
     dates=[("2026-09-17", "ship_date", "el jueves")]),

dict(v="pampa", c=1, lang="es", at="2026-10-19 15:00", subj="P09858 cinturones - largo",
     text="""
Hola Mike,

Para la orden P09858 de cinturones necesitamos que nos confirmes el largo: en la planilla figura 95 cm para todos, pero en la muestra aprobada el 2 de octubre había talles 90/100/110. ¿Cuál tomamos? Sin eso no podemos cortar el cuero.

Gracias!
Julieta Romero
Cueros de la Pampa S.A.
""", end="Gracias!", change="none", intent="question", po=["P09858"],
     dates=[("2026-10-02", "other", "el 2 de octubre")]),

dict(v="andino", c=1, lang="es", at="2026-12-01 10:00", subj="Pronóstico primer semestre",
     text="""
Buenos días Sandra,

Estamos planificando las compras de café verde para el primer semestre. ¿Nos podría compartir un pronóstico de volúmenes para enero y febrero? Con la cosecha de mitaca los precios pueden subir y preferimos asegurar la cantidad a tiempo.

Mil gracias,
Valentina Ospina
Café Andino S.A.S.

El 12 nov 2026, a las 15:02, Sandra Klein escribió:
> Valentina, recibido el pedido P09859, gracias. Saludos
""", end="Mil gracias,", change="none", intent="question", po=["P09859"],
     dates=[("2027-01-01", "other", "enero"), ("2027-02-01", "other", "febrero")]),

dict(v="oaxaca", c=1, lang="es", at="2026-11-26 13:00", subj="Documentos embarque P09860",
     text="""
Buenas tardes, Sr. Brandt.

El embarque de su orden P09860 está listo, pero la agencia aduanal nos pide el número EORI de Hartmann y confirmar si el destino final es Hamburgo o el almacén de Hamm. ¿Nos lo puede enviar a la brevedad? La naviera cierra documentación el 1 de diciembre.

Saludos,
Emilio Ramírez
Barro Negro de Oaxaca
""", end="Saludos,", change="none", intent="question", po=["P09860"],
     dates=[("2026-12-01", "other", "el 1 de diciembre")]),

# ---------------------------------------------------------------- Spanish: other
dict(v="iberica", c=1, lang="es", at="2026-09-02 09:30", subj="Invitación Iberflora 2026",
     text="""
Estimados clientes:

Nos complace invitarles a visitar nuestro stand en Iberflora (Feria Valencia), del 6 al 8 de octubre, pabellón 5, stand B12. Presentaremos la nueva colección de macetas de fibra y el sistema de riego por goteo para balcones.
Si desean reservar una cita, respondan a este correo.

Un saludo,
Marta Gil
Jardinería Ibérica S.L.
""", end="Un saludo,", change="none", intent="other",
     dates=[("2026-10-06", "other", "del 6 al 8 de octubre"), ("2026-10-08", "other", "del 6 al 8 de octubre")]),

dict(v="levante", c=1, lang="es", at="2026-11-13 12:00", subj="Cambio de interlocutor",
     text="""
Estimada Laura:

Le informo de que Lucía Martínez se jubila a final de mes. A partir del lunes 16 de noviembre seré yo su interlocutor para todos los pedidos en curso; Lucía seguirá en copia hasta su último día.
Mis datos: pablo.sanchis@textillevante.es, +34 96 123 45 67.

Un saludo,
Pablo Sanchis
Textil Levante S.A.
""", end="Un saludo,", change="none", intent="other",
     dates=[("2026-11-30", "other", "a final de mes"), ("2026-11-16", "other", "lunes 16 de noviembre")]),

dict(v="maule", c=1, lang="es", at="2026-12-17 10:20", subj="RE: P09861",
     text="""
Gracias Tim, recibido. Lo reviso con producción y te respondo el lunes.
Matías

El 17 dic 2026, a las 9:30, Tim Brandt escribió:
> Matías, ¿pueden adelantar P09861 una semana? Saludos, Tim
""", end=("Matías", 0), change="none", intent="other", po=["P09861"],
     dates=[("2026-12-21", "other", "el lunes")]),
]
