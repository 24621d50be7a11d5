# ruff: noqa: E501 - email text is data
"""French and Spanish, round 10d: about thirty emails in each language from French, Belgian,
Swiss and Québec vendors and from Spanish, Mexican, Argentine, Chilean and Colombian vendors,
over all eight intents: order acknowledgements with line tables and confirmed dates that differ
from the requested ones, delays with a new date against a quoted old one, partial shipments and
reliquats, dispatch notices with Colissimo, Chronopost, DB Schenker, SEUR, MRW and Correos
Express numbers, price increases from 1 January, cancellations, questions, holiday closures.
Québec month-first dates, calendar weeks, relative dates (la semaine prochaine, d'ici fin
novembre, la próxima semana, a finales de mes), forwarded warehouse and carrier messages, an
inline reply, several orders in one email. Hand-written and hand-labelled by reading each
email."""

EMAILS = [
# ---------------------------------------------------------------- French: delay
dict(v="d10d_leman", lang="fr", at="2026-11-16 10:05", subj="P10800 - retard four de recuisson",
     text="""
Bonjour Madame Klein,

Nous sommes désolés de devoir vous annoncer un retard sur votre commande P10800 (carafes cristal 1 L et verres à eau). Notre four de recuisson est tombé en panne jeudi dernier et la pièce de rechange ne nous parviendra que vendredi. La livraison confirmée pour la semaine 48 est donc reportée : nouvelle date de livraison à Hamburg en semaine 50, au plus tard le vendredi 11 décembre.

Les verres à eau (réf. LC-VE-25, 1 200 pièces) sont prêts et peuvent partir dès demain si vous souhaitez une livraison séparée, sans frais supplémentaires.

Avec nos meilleures salutations,
Sébastien Python
Cristallerie du Léman SA
1227 Carouge GE

Le 3 nov. 2026 à 09:12, Sandra Klein <sandra.klein@hhg-retail.com> a écrit :
> Bonjour Monsieur Python,
> merci de confirmer la livraison de P10800 en S48 et celle de P10801 pour le 20.11.
""", end="Avec nos meilleures salutations,", change="date", intent="delay", po=["P10800", "P10801"],
     commit=("2026-12-11", "au plus tard le vendredi 11 décembre"),
     dates=[("2026-11-12", "other", "jeudi dernier"), ("2026-11-20", "other", "que vendredi"),
            ("2026-11-23", "other", "pour la semaine 48"), ("2026-12-07", "new_eta", "en semaine 50"),
            ("2026-12-11", "new_eta", "le vendredi 11 décembre"), ("2026-11-17", "other", "dès demain")],
     lines=[("LC-VE-25", 1200, "pièces", "LC-VE-25, 1 200 pièces", "P10800")]),

dict(v="boreal_qc", lang="fr", at="2026-10-05 14:20", subj="P10802 buffets - nouvelle date",
     text="""
Bonjour Tim,

Mauvaise nouvelle pour P10802 : notre fournisseur de quincaillerie (charnières laiton) a manqué sa livraison de la semaine passée, donc l'assemblage des 36 buffets est décalé. On ne pourra pas expédier le 10/09 comme prévu. Nouvelle date d'expédition : 10/23, pour une livraison chez vous vers le 11/13 (le bateau fait Montréal-Hamburg en ~3 semaines).

Le reste de la commande (les 24 bancs d'entrée) part quand même le 10/09 tel que confirmé, arrivée 10/30.

Désolé pour le trouble,
Marc-Olivier
""", end="Désolé pour le trouble,", change="date", intent="delay", po=["P10802"],
     commit=("2026-11-13", "une livraison chez vous vers le 11/13"),
     dates=[("2026-09-28", "other", "la semaine passée"), ("2026-10-09", "other", ("10/09", 0)),
            ("2026-10-23", "ship_date", "10/23"), ("2026-11-13", "new_eta", "vers le 11/13"),
            ("2026-10-09", "ship_date", ("10/09", 1)), ("2026-10-30", "confirmed_delivery", "arrivée 10/30")],
     lines=[("buffets", 36, None, "36 buffets", "P10802"),
            ("bancs d'entrée", 24, None, "les 24 bancs d'entrée", "P10802")]),

dict(v="savonnerie", lang="fr", at="2026-11-04 09:30", subj="P10803 étiquettes",
     text="""
Bonjour Laura,

Petit souci sur P10803 : les étiquettes imprimées sont arrivées avec une erreur de code EAN, l'imprimeur refait le tirage cette semaine. Nous ne pourrons donc pas livrer lundi prochain comme indiqué dans notre AR du 21 octobre. Nous visons maintenant une livraison d'ici fin novembre, je vous confirme le jour exact dès que j'ai les étiquettes.

Bien cordialement,
Camille Girard
Savonnerie de Provence SARL
""", end="Bien cordialement,", change="date", intent="delay", po=["P10803"],
     commit=("2026-11-30", "une livraison d'ici fin novembre"),
     dates=[("2026-11-02", "other", "cette semaine"), ("2026-11-09", "other", "lundi prochain"),
            ("2026-10-21", "other", "du 21 octobre"), ("2026-11-30", "new_eta", "d'ici fin novembre")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-12-02 11:10", subj="TR: plaids HHG - P10804 / P10805",
     text="""
Bonjour Madame Jensen,

Je vous transfère le message de notre atelier de confection ci-dessous. En résumé : P10804 (plaids) glisse de S50 à S51, P10805 (coussins) reste livrée le 9 décembre comme prévu.

Cordialement,
Thomas Roux
Textiles Lyonnais SA

---------- Message transféré ---------
De : Atelier Villeurbanne <atelier@textiles-lyonnais.fr>
Date : mer. 2 déc. 2026 à 08:47
Objet : plaids HHG

Thomas, les plaids HHG ne seront pas finis avant le 11/12, la machine à franger est en panne depuis lundi. On peut les faire partir le lundi 14/12 au matin. Les coussins sont emballés, départ lundi 7/12.
Marc
""", end="Cordialement,", change="date", intent="delay", sec=["confirmation"], po=["P10804", "P10805"],
     commit=("2026-12-14", "glisse de S50 à S51"),
     dates=[("2026-12-07", "other", "S50"), ("2026-12-14", "new_eta", "S51"),
            ("2026-12-09", "confirmed_delivery", "le 9 décembre"), ("2026-12-11", "other", "le 11/12"),
            ("2026-11-30", "other", "depuis lundi"), ("2026-12-14", "ship_date", "le lundi 14/12"),
            ("2026-12-07", "ship_date", "lundi 7/12")],
     changes=[("P10804", "delay", "2026-12-14", None, "P10804 (plaids) glisse de S50 à S51"),
              ("P10805", "confirmation", "2026-12-09", None, "P10805 (coussins) reste livrée le 9 décembre comme prévu")]),

# ---------------------------------------------------------------- French: confirmation
dict(v="d10d_namur", c=1, lang="fr", at="2026-09-14 16:40", subj="Accusé de réception commande P10806",
     text="""
Madame, Monsieur,

Nous accusons bonne réception de votre bon de commande P10806 du 11/09 et vous en remercions. Veuillez trouver ci-dessous notre confirmation :

Réf.       Désignation                  Qté   PU €    Livraison
PM-CA-14   Cache-pot grès 14 cm         480   3,20    S41
PM-CA-20   Cache-pot grès 20 cm         360   5,75    S41
PM-SO-30   Soucoupe grès 30 cm          240   2,10    S42

Les soucoupes suivent une semaine plus tard (émaillage séparé). Franco de port Hamburg.

Avec nos salutations distinguées,
Service commercial
Poterie Mosane SRL - Andenne
""", end="Avec nos salutations distinguées,", change="none", intent="confirmation", po=["P10806"],
     commit=("2026-10-12", "PM-SO-30   Soucoupe grès 30 cm          240   2,10    S42"),
     dates=[("2026-09-11", "other", "du 11/09"), ("2026-10-05", "confirmed_delivery", ("S41", 0)),
            ("2026-10-05", "confirmed_delivery", ("S41", 1)), ("2026-10-12", "confirmed_delivery", "S42")],
     lines=[("PM-CA-14", 480, None, "PM-CA-14   Cache-pot grès 14 cm         480   3,20    S41", "P10806"),
            ("PM-CA-20", 360, None, "PM-CA-20   Cache-pot grès 20 cm         360   5,75    S41", "P10806"),
            ("PM-SO-30", 240, None, "PM-SO-30   Soucoupe grès 30 cm          240   2,10    S42", "P10806")]),

dict(v="d10d_quebec", lang="fr", at="2026-10-19 13:15", subj="Re: Commande P10807",
     text="""
Bonjour Mme Jensen,

Merci pour la commande P10807! Tout est confirmé : 200 jetés de laine tissés main et 150 coussins assortis, livraison à votre entrepôt de Hamburg le 11/24/2026 via notre transitaire (Robert Transport + CMA CGM). Le départ du port de Montréal est prévu le 10/30.

N'hésitez pas si vous avez des questions.

Au plaisir,
Josée Simard
Tissage Charlevoix inc.
Baie-Saint-Paul (Québec)
""", end="Au plaisir,", change="none", intent="confirmation", po=["P10807"],
     commit=("2026-11-24", "livraison à votre entrepôt de Hamburg le 11/24/2026"),
     dates=[("2026-11-24", "confirmed_delivery", "11/24/2026"), ("2026-10-30", "ship_date", "le 10/30")],
     lines=[("jetés de laine tissés main", 200, None, "200 jetés de laine tissés main", "P10807"),
            ("coussins assortis", 150, None, "150 coussins assortis", "P10807")]),

dict(v="romande", lang="fr", at="2026-12-07 08:05", subj="RE: P10808",
     text="""
Bonjour Monsieur Brandt, c'est en ordre pour P10808, livraison jeudi 10.12 comme demandé. Meilleures salutations, L. Favre
""", end="Meilleures salutations", change="none", intent="confirmation", po=["P10808"],
     commit=("2026-12-10", "livraison jeudi 10.12 comme demandé"),
     dates=[("2026-12-10", "confirmed_delivery", "jeudi 10.12")]),

dict(v="vosges", lang="fr", at="2026-10-28 17:20", subj="RE: questions P10809",
     text="""
Bonjour Tim,

Réponses dans le texte ci-dessous.

Hélène

Le 28/10/2026 à 10:02, Tim Brandt a écrit :
> Bonjour Hélène,
> 1) P10809 : la date du 12 novembre est-elle toujours tenue ?
Oui, confirmé, livraison le jeudi 12 novembre, le camion est réservé.
> 2) Les 60 jardinières douglas : toutes sur la même palette ?
Non, 2 palettes de 30.
> 3) Facture en un ou deux envois ?
Une seule facture, à la livraison.
> Merci, Tim
""", end="\n> Merci, Tim", change="none", intent="confirmation", po=["P10809"],
     commit=("2026-11-12", "livraison le jeudi 12 novembre"),
     dates=[("2026-11-12", "confirmed_delivery", "le jeudi 12 novembre")]),

dict(v="d9d_limoges", c=1, lang="fr", at="2026-09-22 10:00", subj="AR commande P10810",
     text="""
Bonjour,

Veuillez trouver ci-joint notre accusé de réception pour votre commande P10810. Merci de noter que la date de livraison souhaitée (S41) ne peut être tenue pour les assiettes plates : nous confirmons la S43. Les autres articles sont confirmés en S41.

Cordialement,
ADV Export
Porcelaines de la Vienne SAS

--- attachment: AR_PV-D10D-7713.pdf ---
PORCELAINES DE LA VIENNE - ACCUSÉ DE RÉCEPTION PV-D10D-7713
Date : 22/09/2026          Votre commande : P10810
Article      Désignation                 Qté     Date souhaitée   Date confirmée
PV-AP-27     Assiette plate 27 cm        1 800   05/10/2026       19/10/2026
PV-AC-22     Assiette creuse 22 cm       1 200   05/10/2026       05/10/2026
PV-TA-25     Tasse 25 cl + sous-tasse    900     05/10/2026       05/10/2026
""", end="Cordialement,", change="date", intent="delay", po=["P10810"], vref=["PV-D10D-7713"],
     commit=("2026-10-19", "nous confirmons la S43"),
     dates=[("2026-10-05", "other", "souhaitée (S41)"), ("2026-10-19", "new_eta", "la S43"),
            ("2026-10-05", "confirmed_delivery", "confirmés en S41"), ("2026-09-22", "other", "22/09/2026"),
            ("2026-10-05", "other", ("05/10/2026", 0)), ("2026-10-19", "new_eta", "19/10/2026"),
            ("2026-10-05", "other", ("05/10/2026", 1)), ("2026-10-05", "confirmed_delivery", ("05/10/2026", 2)),
            ("2026-10-05", "other", ("05/10/2026", 3)), ("2026-10-05", "confirmed_delivery", ("05/10/2026", 4))],
     lines=[("PV-AP-27", 1800, None, "PV-AP-27     Assiette plate 27 cm        1 800   05/10/2026       19/10/2026", "P10810"),
            ("PV-AC-22", 1200, None, "PV-AC-22     Assiette creuse 22 cm       1 200   05/10/2026       05/10/2026", "P10810"),
            ("PV-TA-25", 900, None, "PV-TA-25     Tasse 25 cl + sous-tasse    900     05/10/2026       05/10/2026", "P10810")]),

# ---------------------------------------------------------------- French: partial shipment
dict(v="bretagne", c=1, lang="fr", at="2026-11-18 15:30", subj="P10811 - envoi partiel Colissimo",
     text="""
Bonjour Sandra,

Commande P10811 : 3 colis partis aujourd'hui en Colissimo Expert International (n° 6A-D10D-19284710, 6A-D10D-19284711, 6A-D10D-19284712) avec 600 des 800 enceintes Bluetooth. Les 200 restantes sont en reliquat, notre grossiste nous les livre la semaine prochaine ; on vous les renvoie dans la foulée pour une arrivée chez vous d'ici le 2 décembre.

Bonne fin de journée,
Morgane
""", end="Bonne fin de journée,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10811"], commit=("2026-12-02", "une arrivée chez vous d'ici le 2 décembre"),
     dates=[("2026-11-18", "ship_date", "aujourd'hui"), ("2026-11-23", "other", "la semaine prochaine"),
            ("2026-12-02", "new_eta", "d'ici le 2 décembre")],
     lines=[("enceintes Bluetooth", 600, None, "600 des 800 enceintes Bluetooth", "P10811"),
            ("enceintes Bluetooth", 200, None, "Les 200 restantes", "P10811")],
     track=[("Colissimo", "6A-D10D-19284710", "6A-D10D-19284710"),
            ("Colissimo", "6A-D10D-19284711", "6A-D10D-19284711"),
            ("Colissimo", "6A-D10D-19284712", "6A-D10D-19284712")]),

dict(v="ardennes", lang="fr", at="2026-10-13 10:45", subj="P10812 - point sur votre commande",
     text="""
Bonjour,

Suite à notre conversation téléphonique de ce matin, voici le point sur P10812 :
- gelée de coings 250 g : 360 pots expédiés ce jour par Chronopost (XT-D10D-448170BE)
- confiture de myrtilles 370 g : seulement 180 pots sur 480, la récolte a été faible. Nous ne pourrons pas livrer les 300 manquants cette saison ; nous les annulons de votre commande.

Merci de votre compréhension.

Benoît Collard
Confitures Ardennaises SRL
""", end="Merci de votre compréhension.", change="quantity", intent="partial_shipment",
     sec=["shipping_notice", "cancellation"], po=["P10812"],
     dates=[("2026-10-13", "other", "ce matin"), ("2026-10-13", "ship_date", "ce jour")],
     lines=[("gelée de coings 250 g", 360, "pots", "360 pots expédiés", "P10812"),
            ("confiture de myrtilles 370 g", 180, "pots", "180 pots sur 480", "P10812"),
            ("confiture de myrtilles 370 g", 300, None, "les 300 manquants", "P10812")],
     track=[("Chronopost", "XT-D10D-448170BE", "Chronopost (XT-D10D-448170BE")]),

dict(v="d10d_namur", lang="fr", at="2026-11-26 09:15", subj="BL P10813 - 5 palettes sur 7",
     text="""
Bonjour Mike,

Ci-joint le bon de livraison de P10813. Nous avons chargé ce matin 5 palettes sur 7 chez DB Schenker (n° de lettre de voiture DBS-D10D-2611-0073). Les deux palettes de jarres 40 cm restent chez nous : l'émail a craquelé à la cuisson et nous devons les refaire. Elles seront prêtes mi-décembre et livrées au plus tard le 18/12.

Salutations,
Quentin Dethier
Poterie Mosane SRL

--- attachment: BL_PM-D10D-5580.pdf ---
POTERIE MOSANE SRL - BON DE LIVRAISON PM-D10D-5580
Date d'enlèvement : 26/11/2026
Votre commande : P10813
PM-JA-30   Jarre grès 30 cm     livré 320   solde 0
PM-JA-40   Jarre grès 40 cm     livré 0     solde 96
PM-CA-20   Cache-pot grès 20 cm livré 400   solde 0
""", end="Salutations,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10813"], vref=["PM-D10D-5580"], commit=("2026-12-18", "livrées au plus tard le 18/12"),
     dates=[("2026-11-26", "ship_date", "ce matin"), ("2026-12-15", "other", "mi-décembre"),
            ("2026-12-18", "new_eta", "le 18/12"), ("2026-11-26", "ship_date", "26/11/2026")],
     lines=[("PM-JA-30", 320, None, "PM-JA-30   Jarre grès 30 cm     livré 320   solde 0", "P10813"),
            ("PM-JA-40", 96, None, "PM-JA-40   Jarre grès 40 cm     livré 0     solde 96", "P10813"),
            ("PM-CA-20", 400, None, "PM-CA-20   Cache-pot grès 20 cm livré 400   solde 0", "P10813")],
     track=[("DB Schenker", "DBS-D10D-2611-0073", "lettre de voiture DBS-D10D-2611-0073")]),

# ---------------------------------------------------------------- French: cancellation
dict(v="jardinsduval", lang="fr", at="2026-09-30 11:25", subj="RE: P10814 bacs à réserve d'eau",
     text="""
Bonjour Madame Klein,

C'est noté : nous annulons la ligne « bacs à réserve d'eau 60 cm » (150 pièces) de la commande P10814, comme demandé dans votre mail de ce matin. Le reste de la commande est maintenu et sera livré le 8 octobre.

Une confirmation de commande modifiée suit dans la journée.

Cordialement,
Nathalie Moreau
Les Jardins du Val SAS

Le 30 sept. 2026 à 08:14, Sandra Klein <sandra.klein@hhg-retail.com> a écrit :
> Bonjour Nathalie,
> merci d'annuler les bacs à réserve d'eau de P10814 (livraison prévue le 8/10). Le reste inchangé.
""", end="Cordialement,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10814"],
     commit=("2026-10-08", "sera livré le 8 octobre"),
     dates=[("2026-09-30", "other", "mail de ce matin"), ("2026-10-08", "confirmed_delivery", "le 8 octobre")],
     lines=[("bacs à réserve d'eau 60 cm", 150, "pièces", "(150 pièces)", "P10814")]),

dict(v="d9e_normandie", c=1, lang="fr", at="2026-10-21 15:00", subj="Arrêt de la gamme Rouen bleu - commande P10815",
     text="""
Madame, Monsieur,

Nous avons le regret de vous informer que la faïencerie arrête la production de la gamme « Rouen bleu » au 31 octobre. Votre commande P10815 (plats et saladiers Rouen bleu, livraison prévue semaine 47) ne pourra pas être honorée et est donc annulée. L'acompte de 1 250,00 € vous sera remboursé sous huitaine.

Nous vous prions d'agréer nos excuses les plus sincères.

Service Clients
Faïencerie de Normandie SA
""", end="Nous vous prions d'agréer", change="cancel", intent="cancellation", po=["P10815"],
     dates=[("2026-10-31", "other", "au 31 octobre"), ("2026-11-16", "other", "semaine 47"),
            ("2026-10-28", "other", "sous huitaine")]),

dict(v="laurentides", lang="fr", at="2026-12-14 10:40", subj="P10816 annulée / P10817 par avion",
     text="""
Bonjour Tim,

Suite à la grève au port de Montréal qui s'étire, on préfère annuler la commande P10816 (sirop en canettes, pas urgent selon ce que vous m'aviez dit) plutôt que de la bloquer jusqu'en février. Par contre P10817 (sirop 250 ml pour vos magasins) part par avion de Mirabel ce jeudi, livraison à Hamburg prévue le 12/21.

Je vous envoie la note de crédit pour l'acompte de P10816 d'ici vendredi.

Merci,
Geneviève
""", end="Merci,\nGeneviève", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10816", "P10817"], commit=("2026-12-21", "livraison à Hamburg prévue le 12/21"),
     dates=[("2027-02-01", "other", "jusqu'en février"), ("2026-12-17", "ship_date", "ce jeudi"),
            ("2026-12-21", "confirmed_delivery", "le 12/21"), ("2026-12-18", "other", "d'ici vendredi")],
     changes=[("P10816", "cancellation", None, None, "on préfère annuler la commande P10816"),
              ("P10817", "confirmation", "2026-12-21", None, "livraison à Hamburg prévue le 12/21")]),

# ---------------------------------------------------------------- French: price change
dict(v="d10d_leman", lang="fr", at="2026-11-10 09:00", subj="Conditions tarifaires 2027",
     text="""
Madame Klein,

Comme chaque année, nous vous communiquons nos nouvelles conditions tarifaires. En raison de la hausse du coût de l'énergie (+18 % sur le gaz en 2026), nos prix augmenteront de 4,5 % en moyenne à partir du 1er janvier 2027. Les commandes passées avant le 15 décembre et livrables avant fin janvier seront facturées à l'ancien tarif, y compris votre commande en cours P10818.

Détail des principales références en pièce jointe.

Meilleures salutations,
Sébastien Python
Cristallerie du Léman SA

--- attachment: Tarif_2027_CDL.pdf ---
CRISTALLERIE DU LÉMAN - TARIF 2027, valable dès le 01.01.2027
Réf.        Article                    2026 CHF   2027 CHF
LC-CA-10    Carafe cristal 1 L         24.50      25.60
LC-VE-25    Verre à eau 25 cl          4.80       5.05
LC-FL-20    Flûte à champagne 20 cl    6.20       6.45
""", end="Meilleures salutations,", change="price", intent="price_change", po=["P10818"],
     dates=[("2027-01-01", "price_effective", "à partir du 1er janvier 2027"),
            ("2026-12-15", "other", "avant le 15 décembre"), ("2027-01-31", "other", "avant fin janvier"),
            ("2027-01-01", "price_effective", "01.01.2027")],
     prices=[dict(pct=4.5, eff="2027-01-01", quote="nos prix augmenteront de 4,5 % en moyenne"),
             dict(product="LC-CA-10", old=24.5, new=25.6, cur="CHF", eff="2027-01-01",
                  quote="LC-CA-10    Carafe cristal 1 L         24.50      25.60"),
             dict(product="LC-VE-25", old=4.8, new=5.05, cur="CHF", eff="2027-01-01",
                  quote="LC-VE-25    Verre à eau 25 cl          4.80       5.05"),
             dict(product="LC-FL-20", old=6.2, new=6.45, cur="CHF", eff="2027-01-01",
                  quote="LC-FL-20    Flûte à champagne 20 cl    6.20       6.45")]),

dict(v="vosges", c=1, lang="fr", at="2026-09-09 14:10", subj="P10819 - prix douglas",
     text="""
Bonjour Tim,

Le douglas a pris 15 % depuis cet été chez notre scierie. Pour P10819 (80 bancs de jardin 180 cm), on doit passer le prix de 142,00 € à 149,00 € la pièce. Je sais que c'est désagréable en cours de commande ; si ça ne passe pas chez vous, dites-le moi d'ici lundi et on en discute, sinon on lance la fabrication mardi 15.

Cordialement
Didier Schmitt
Ateliers Bois des Vosges SAS
""", end="Cordialement\nDidier", change="price", intent="price_change", sec=["question"], po=["P10819"],
     dates=[("2026-09-14", "other", "d'ici lundi"), ("2026-09-15", "other", "mardi 15")],
     prices=[dict(product="bancs de jardin 180 cm", old=142.0, new=149.0, cur="EUR",
                  quote="passer le prix de 142,00 € à 149,00 € la pièce")]),

dict(v="bearn", c=1, lang="fr", at="2026-10-06 16:00", subj="Baisse de prix coton bio",
     text="""
Bonjour Laura,

Bonne nouvelle pour une fois : le coton bio a baissé, nous répercutons une baisse de 3 % sur toutes nos nappes et serviettes à compter du 1er novembre. Vos commandes en cours (P10820 notamment) en profiteront si elles sont facturées après cette date.

Bonne journée,
Pierre Laborde
Tissages du Béarn SARL
""", end="Bonne journée,", change="price", intent="price_change", po=["P10820"],
     dates=[("2026-11-01", "price_effective", "à compter du 1er novembre")],
     prices=[dict(pct=-3, eff="2026-11-01", quote="une baisse de 3 % sur toutes nos nappes et serviettes")]),

# ---------------------------------------------------------------- French: shipping notice
dict(v="savonnerie", c=1, lang="fr", at="2026-12-10 16:20", subj="P10821 expédiée",
     text="""
Bonjour Laura,

Bonne nouvelle, la commande P10821 est complète et part ce soir en Chronopost Classic International : 6 colis, numéro de suivi XR-D10D-55120384-FR. Livraison annoncée lundi 14 décembre, au plus tard mardi.

Julien
""", end="Julien", change="shipping", intent="shipping_notice", po=["P10821"],
     commit=("2026-12-15", "au plus tard mardi"),
     dates=[("2026-12-10", "ship_date", "ce soir"), ("2026-12-14", "range_start", "lundi 14 décembre"),
            ("2026-12-15", "range_end", "au plus tard mardi")],
     track=[("Chronopost", "XR-D10D-55120384-FR", "numéro de suivi XR-D10D-55120384-FR")]),

dict(v="d9c_nantes", lang="fr", at="2026-10-15 11:00", subj="Avis d'expédition P10822",
     text="""
Bonjour,

Nous vous informons que votre commande P10822 a été remise ce matin à DB Schenker (agence de Carquefou), complète.
Suivi : DBS-D10D-FR-88412
Livraison prévue à Hamburg sous 3 jours ouvrés, soit le mardi 20 octobre.

Vous trouverez la liste de colisage ci-dessous.

Bien cordialement,
Delphine Guérin
Faïencerie Nantaise SAS

--- attachment: Colisage_FN-D10D-3391.pdf ---
FAÏENCERIE NANTAISE - LISTE DE COLISAGE FN-D10D-3391
Commande : P10822     Expédition : 15/10/2026
Palette 1 : FN-BO-12 Bol décor marin 12 cm x 480
Palette 2 : FN-AS-24 Assiette décor marin 24 cm x 360
Palette 3 : FN-MU-30 Mug décor marin 30 cl x 600
""", end="Vous trouverez la liste", change="shipping", intent="shipping_notice", po=["P10822"],
     vref=["FN-D10D-3391"], commit=("2026-10-20", "soit le mardi 20 octobre"),
     dates=[("2026-10-15", "ship_date", "ce matin"), ("2026-10-20", "confirmed_delivery", "sous 3 jours ouvrés"),
            ("2026-10-20", "confirmed_delivery", "le mardi 20 octobre"), ("2026-10-15", "ship_date", "15/10/2026")],
     lines=[("FN-BO-12", 480, None, "FN-BO-12 Bol décor marin 12 cm x 480", "P10822"),
            ("FN-AS-24", 360, None, "FN-AS-24 Assiette décor marin 24 cm x 360", "P10822"),
            ("FN-MU-30", 600, None, "FN-MU-30 Mug décor marin 30 cl x 600", "P10822")],
     track=[("DB Schenker", "DBS-D10D-FR-88412", "Suivi : DBS-D10D-FR-88412")]),

dict(v="boreal_qc", c=1, lang="fr", at="2026-11-09 15:45", subj="Avis d'expédition - P10823",
     text="""
Bonjour,

Avis d'expédition - commande P10823 (complète, 64 chaises Adirondack + 16 tables)
Navire : CMA CGM Saint-Laurent, parti de Montréal le 11/07
Conteneur : CMAU-D10D-771204
Connaissement : MTL-D10D-26-0931
ETA Hamburg : 11/23, livraison à votre entrepôt le 11/25 par camion.

Service à la clientèle
Meubles Boréal inc.
""", end="Service à la clientèle", change="shipping", intent="shipping_notice", po=["P10823"],
     commit=("2026-11-25", "livraison à votre entrepôt le 11/25"),
     dates=[("2026-11-07", "ship_date", "le 11/07"), ("2026-11-23", "other", "ETA Hamburg : 11/23"),
            ("2026-11-25", "confirmed_delivery", "le 11/25")],
     lines=[("chaises Adirondack", 64, None, "64 chaises Adirondack", "P10823"),
            ("tables", 16, None, "16 tables", "P10823")],
     track=[("CMA CGM", "CMAU-D10D-771204", "Conteneur : CMAU-D10D-771204"),
            ("CMA CGM", "MTL-D10D-26-0931", "Connaissement : MTL-D10D-26-0931")]),

dict(v="lemaire", c=1, lang="fr", at="2026-12-01 12:10", subj="P10824",
     text="""
P10824 enlevé ce midi par Dachser, tout est parti, récépissé 7204-D10D-118. Livraison jeudi.
Sophie
""", end="Sophie", change="shipping", intent="shipping_notice", po=["P10824"],
     commit=("2026-12-03", "Livraison jeudi"),
     dates=[("2026-12-01", "ship_date", "ce midi"), ("2026-12-03", "confirmed_delivery", "jeudi")],
     track=[("Dachser", "7204-D10D-118", "récépissé 7204-D10D-118")]),

# ---------------------------------------------------------------- French: question
dict(v="lyonnais", lang="fr", at="2026-09-23 10:30", subj="P10825 - merci de nous confirmer",
     text="""
Bonjour Madame Jensen,

Avant de lancer la coupe des housses de couette de P10825, merci de nous confirmer deux points :
1. les étiquettes de composition doivent-elles être en allemand seul ou en allemand + anglais ?
2. acceptez-vous une tolérance de ±3 % sur les quantités (habituelle chez nous) ?

Sans réponse de votre part d'ici jeudi 1er octobre, nous risquons de ne plus tenir la livraison de la semaine 43.

Cordialement,
Isabelle Martin
Textiles Lyonnais SA
""", end="Cordialement,", change="none", intent="question", po=["P10825"],
     dates=[("2026-10-01", "other", "jeudi 1er octobre"), ("2026-10-19", "other", "la semaine 43")]),

dict(v="romande", c=1, lang="fr", at="2026-10-27 14:00", subj="P10826 - manche hêtre ou noyer ?",
     text="""
Bonjour Madame Klein,

Pour votre commande P10826 nous avons deux possibilités pour le couteau à pain CR-PA-12 : soit le manche en hêtre comme commandé (disponible seulement début décembre), soit le manche en noyer, même prix, disponible tout de suite. Laquelle préférez-vous ? Les autres articles sont prêts.

Meilleures salutations
Chantal Rochat
""", end="Meilleures salutations", change="none", intent="question", po=["P10826"],
     dates=[("2026-12-01", "other", "début décembre")]),

dict(v="d10d_quebec", lang="fr", at="2026-11-02 11:00", subj="P10827 - EORI?",
     text="""
Allo Laura,

Une question rapide pour P10827 : le transitaire me demande si vous avez un numéro EORI pour la livraison en Allemagne, ou si c'est votre commissionnaire qui dédouane ? Il en a besoin avant mercredi pour réserver la place sur le bateau de la semaine prochaine.

Merci beaucoup!
Josée
""", end="Merci beaucoup!", change="none", intent="question", po=["P10827"],
     dates=[("2026-11-04", "other", "avant mercredi"), ("2026-11-09", "ship_date", "le bateau de la semaine prochaine")]),

dict(v="liege", c=1, lang="fr", at="2026-09-16 09:40", subj="P10828 cartons",
     text="""
Bonjour Mike, pour P10828 vous voulez les photophores en cartons de 6 ou de 12 ? On emballe demain. Merci, Aurélie
""", end="Merci, Aurélie", change="none", intent="question", po=["P10828"],
     dates=[("2026-09-17", "other", "On emballe demain")]),

# ---------------------------------------------------------------- French: other
dict(v="vosges", c=1, lang="fr", at="2026-12-11 10:00", subj="Fermeture annuelle",
     text="""
Madame, Monsieur,

Nos ateliers seront fermés pour congés annuels du samedi 19 décembre au dimanche 3 janvier inclus. Les dernières expéditions partiront le vendredi 18 décembre ; les commandes reçues après le 14 décembre seront traitées à la réouverture, le lundi 4 janvier 2027.

Nous vous souhaitons de belles fêtes de fin d'année.

L'équipe des Ateliers Bois des Vosges
""", end="L'équipe des Ateliers", change="none", intent="other",
     dates=[("2026-12-19", "other", "du samedi 19 décembre"), ("2027-01-03", "other", "au dimanche 3 janvier"),
            ("2026-12-18", "other", "le vendredi 18 décembre"), ("2026-12-14", "other", "après le 14 décembre"),
            ("2027-01-04", "other", "le lundi 4 janvier 2027")]),

dict(v="d10d_leman", c=1, lang="fr", at="2026-10-16 17:30", subj="Réponse automatique : absence",
     text="""
Bonjour,

Je suis absente du bureau jusqu'au lundi 26 octobre inclus, sans accès à mes e-mails. Pour toute question urgente concernant vos commandes, merci de contacter mon collègue Sébastien Python au +41 22 300 00 00.

Meilleures salutations
Nadia Berset
Cristallerie du Léman SA
""", end="Meilleures salutations", change="none", intent="other",
     dates=[("2026-10-26", "other", "jusqu'au lundi 26 octobre")]),

dict(v="bearn", lang="fr", at="2026-11-12 08:30", subj="RE: nouvelle commande P10829",
     text="""
Bien reçu votre commande P10829, je regarde les délais avec l'atelier et je reviens vers vous d'ici demain.
Maïté
""", end="Maïté", change="none", intent="other", po=["P10829"],
     dates=[("2026-11-13", "other", "d'ici demain")]),

dict(v="ardennes", c=1, lang="fr", at="2026-11-23 10:00", subj="Changement d'adresse e-mail commandes",
     text="""
Madame, Monsieur,

À partir du 1er décembre, notre service commandes change d'adresse e-mail : merci d'envoyer désormais vos bons de commande à commandes@confitures-ardennaises.be. L'ancienne adresse restera active jusqu'au 31 janvier 2027.

Service Commandes
Confitures Ardennaises SRL
""", end="Service Commandes\nConfitures", change="none", intent="other",
     dates=[("2026-12-01", "other", "À partir du 1er décembre"), ("2027-01-31", "other", "jusqu'au 31 janvier 2027")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-11-20 14:30", subj="Vos commandes P10830 et P10831",
     text="""
Bonjour,

Concernant vos commandes P10830 et P10831 :
- P10830 (terreau 40 L, 900 sacs) : rupture chez notre fournisseur de tourbe, livraison repoussée entre la S50 et la S51 au lieu du 27/11.
- P10831 (tuteurs bambou) : inchangé, livraison vendredi 27 novembre.

Service ADV
Les Jardins du Val SAS
""", end="Service ADV", change="date", intent="delay", sec=["confirmation"], po=["P10830", "P10831"],
     commit=("2026-12-14", "livraison repoussée entre la S50 et la S51"),
     dates=[("2026-12-07", "range_start", "entre la S50"), ("2026-12-14", "range_end", "la S51"),
            ("2026-11-27", "other", "du 27/11"), ("2026-11-27", "confirmed_delivery", "vendredi 27 novembre")],
     changes=[("P10830", "delay", "2026-12-14", None, "livraison repoussée entre la S50 et la S51"),
              ("P10831", "confirmation", "2026-11-27", None, "inchangé, livraison vendredi 27 novembre")]),
]
