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
""", end="Bien cordialement,", change="shipping", intent="shipping_notice", po=["P10822"],
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

# ---------------------------------------------------------------- Spanish: delay
dict(v="aceites", c=1, lang="es", at="2026-10-26 10:15", subj="Pedido P10832 - cambio de fecha de carga",
     text="""
Buenos días Laura:

Le escribo por el pedido P10832 (AOVE 500 ml, 2.400 botellas). La embotelladora nos ha fallado con el vidrio de 500 ml y no podremos cargar el camión el jueves como teníamos previsto. La nueva fecha de carga es el martes 3 de noviembre, con entrega en Hamburgo el viernes 6 de noviembre en lugar del 30 de octubre.

Disculpe las molestias.

Un saludo,
Javier Ruiz
Aceites del Sur S.L.
""", end="Un saludo,", change="date", intent="delay", po=["P10832"],
     commit=("2026-11-06", "con entrega en Hamburgo el viernes 6 de noviembre"),
     dates=[("2026-10-29", "other", "el jueves como teníamos previsto"),
            ("2026-11-03", "ship_date", "el martes 3 de noviembre"),
            ("2026-11-06", "new_eta", "el viernes 6 de noviembre"), ("2026-10-30", "other", "del 30 de octubre")]),

dict(v="d10d_puebla", lang="es", at="2026-11-11 12:40", subj="Retraso pedido P10833",
     text="""
Estimada Sra. Klein:

Por medio del presente le informamos que su pedido P10833 (platos y tazones de talavera) presenta un retraso debido a las lluvias de la semana pasada, que no nos permitieron secar las piezas al sol antes de la segunda quema. Estimamos tener todo listo a finales de mes y embarcar por Veracruz el 4 de diciembre, con llegada a Hamburgo alrededor del 8 de enero.

La fecha original de embarque era el 13 de noviembre.

Quedamos a sus órdenes,
Verónica Castillo
Talavera Poblana S.A. de C.V.
""", end="Quedamos a sus órdenes,", change="date", intent="delay", po=["P10833"],
     commit=("2027-01-08", "con llegada a Hamburgo alrededor del 8 de enero"),
     dates=[("2026-11-02", "other", "la semana pasada"), ("2026-11-30", "other", "a finales de mes"),
            ("2026-12-04", "ship_date", "el 4 de diciembre"), ("2027-01-08", "new_eta", "alrededor del 8 de enero"),
            ("2026-11-13", "other", "el 13 de noviembre")]),

dict(v="pampa", lang="es", at="2026-09-28 16:00", subj="P10834 - paro aduana",
     text="""
Hola Mike, ¿cómo va?

Te cuento que con el paro de la aduana de Buenos Aires no pudimos embarcar el contenedor del pedido P10834 (carteras y cinturones de cuero) el 25/09 como estaba previsto. La naviera nos da un nuevo cupo para el 9 de octubre, así que la llegada a Hamburgo pasaría del 20 de octubre al 6 de noviembre aprox.

¿Te sirve igual o preferís que mandemos por avión una parte (los 300 cinturones) con costo compartido? Avisame antes del viernes así lo reservo.

Abrazo,
Martín Ferraro
Cueros de la Pampa S.A.
""", end="Abrazo,", change="date", intent="delay", sec=["question"], po=["P10834"],
     commit=("2026-11-06", "la llegada a Hamburgo pasaría del 20 de octubre al 6 de noviembre"),
     dates=[("2026-09-25", "other", "el 25/09"), ("2026-10-09", "ship_date", "el 9 de octubre"),
            ("2026-10-20", "other", "del 20 de octubre"), ("2026-11-06", "new_eta", "al 6 de noviembre aprox"),
            ("2026-10-02", "other", "antes del viernes")],
     lines=[("cinturones", 300, None, "los 300 cinturones", "P10834")]),

dict(v="d10d_valparaiso", lang="es", at="2026-12-02 09:20", subj="RE: embarque P10835",
     text="""
Estimado Tim:

Lamentablemente el pedido P10835 (fuentes y ollas de cobre) no saldrá esta semana. Tuvimos una falla en la prensa hidráulica y recién la próxima semana podremos terminar las 120 ollas que faltan. Nuevo despacho: miércoles 9 de diciembre desde San Antonio; llegada estimada a Hamburgo el 14 de enero de 2027 (antes le habíamos indicado el 6 de enero).

Saludos cordiales,
Ignacio Rojas
Cobres de Chile SpA

El lun, 23 nov 2026 a las 11:02, Tim Brandt (<tim.brandt@hhg-retail.com>) escribió:
> Ignacio, ¿confirman el embarque de P10835 para esta semana y llegada 6/1? Gracias.
""", end="Saludos cordiales,", change="date", intent="delay", po=["P10835"],
     commit=("2027-01-14", "llegada estimada a Hamburgo el 14 de enero de 2027"),
     dates=[("2026-11-30", "other", ("esta semana", 0)), ("2026-12-07", "other", "la próxima semana"),
            ("2026-12-09", "ship_date", "miércoles 9 de diciembre"),
            ("2027-01-14", "new_eta", "el 14 de enero de 2027"), ("2027-01-06", "other", "el 6 de enero")]),

dict(v="d10d_medellin", lang="es", at="2026-11-05 08:30", subj="Orden P10836 - reprogramación",
     text="""
Buen día Sandra,

Con respecto a la orden P10836, le comento que la tintorería nos entregó las telas con una semana de retraso. Por esta razón la confección de las 1.500 toallas de playa se corre y el despacho pasa de la semana 46 a la semana 48. Entrega en su bodega de Hamburgo: semana 51.

Cualquier inquietud con gusto la atendemos.

Cordialmente,
Juliana Restrepo
Textiles Antioquia S.A.S.
""", end="Cualquier inquietud", change="date", intent="delay", po=["P10836"],
     commit=("2026-12-14", "Entrega en su bodega de Hamburgo: semana 51"),
     dates=[("2026-11-09", "other", "de la semana 46"), ("2026-11-23", "ship_date", "a la semana 48"),
            ("2026-12-14", "new_eta", "semana 51")]),

dict(v="iberica", c=1, lang="es", at="2026-12-15 13:00", subj="RV: Incidencia envío P10837",
     text="""
Hola Laura,

Te reenvío lo que nos dice SEUR. El envío de P10837 (macetas de barro) está retenido en su plataforma de Irún por la huelga de transportistas en Francia; ya no llegará mañana como os dije. Nos dan como nueva fecha de entrega el lunes 21.

Saludos,
Marta Gil
Jardinería Ibérica S.L.

---------- Mensaje reenviado ---------
De: SEUR Internacional <incidencias@seur.es>
Fecha: mar, 15 dic 2026 a las 11:20
Asunto: Incidencia expedición SE-D10D-7730042

Estimado cliente: la expedición SE-D10D-7730042 se encuentra retenida en Irún. Previsión de entrega: 21/12/2026.
""", end="Saludos,", change="date", intent="delay", po=["P10837"],
     commit=("2026-12-21", "nueva fecha de entrega el lunes 21"),
     dates=[("2026-12-16", "other", "mañana"), ("2026-12-21", "new_eta", "el lunes 21"),
            ("2026-12-21", "new_eta", "21/12/2026")],
     track=[("SEUR", "SE-D10D-7730042", "la expedición SE-D10D-7730042")]),

# ---------------------------------------------------------------- Spanish: confirmation
dict(v="levante", lang="es", at="2026-09-10 11:00", subj="Confirmación pedido P10838",
     text="""
Buenos días,

Adjuntamos la confirmación de su pedido P10838. Todas las líneas se confirman según lo solicitado, con entrega en Hamburgo la semana 40.

Atentamente,
Lucía Martínez
Textil Levante S.A.

--- attachment: Confirmacion_TL-D10D-2290.pdf ---
TEXTIL LEVANTE S.A. - CONFIRMACIÓN DE PEDIDO TL-D10D-2290
Fecha: 10/09/2026                Su pedido: P10838
Ref.        Descripción                    Cant.   Precio €   Entrega
TL-SB-150   Sábana bajera 150 blanco       600     7,90       28/09/2026
TL-FN-150   Funda nórdica 150 blanco       400     18,40      28/09/2026
TL-AL-70    Almohada fibra 70 cm           500     6,10       28/09/2026
""", end="Atentamente,", change="none", intent="confirmation", po=["P10838"], vref=["TL-D10D-2290"],
     commit=("2026-09-28", "con entrega en Hamburgo la semana 40"),
     dates=[("2026-09-28", "confirmed_delivery", "la semana 40"), ("2026-09-10", "other", "10/09/2026"),
            ("2026-09-28", "confirmed_delivery", ("28/09/2026", 0)),
            ("2026-09-28", "confirmed_delivery", ("28/09/2026", 1)),
            ("2026-09-28", "confirmed_delivery", ("28/09/2026", 2))],
     lines=[("TL-SB-150", 600, None, "TL-SB-150   Sábana bajera 150 blanco       600     7,90       28/09/2026", "P10838"),
            ("TL-FN-150", 400, None, "TL-FN-150   Funda nórdica 150 blanco       400     18,40      28/09/2026", "P10838"),
            ("TL-AL-70", 500, None, "TL-AL-70    Almohada fibra 70 cm           500     6,10       28/09/2026", "P10838")]),

dict(v="plasticos", c=1, lang="es", at="2026-10-14 17:30", subj="RE: adelantar P10839",
     text="""
Hola Mike,

Confirmado: como lo platicamos ayer por teléfono, adelantamos el pedido P10839. Las 5,000 cubetas de 10 L salen de nuestra planta el lunes 19 de octubre rumbo a Veracruz y el buque zarpa el 23/10. Llegada a Hamburgo el 10 de noviembre, una semana antes de lo previsto originalmente (17/11).

Saludos,
Fernanda Treviño
Plásticos del Norte
""", end="Saludos,", change="date", intent="confirmation", po=["P10839"],
     commit=("2026-11-10", "Llegada a Hamburgo el 10 de noviembre"),
     dates=[("2026-10-13", "other", "ayer"), ("2026-10-19", "ship_date", "el lunes 19 de octubre"),
            ("2026-10-23", "ship_date", "el 23/10"), ("2026-11-10", "confirmed_delivery", "el 10 de noviembre"),
            ("2026-11-17", "other", "(17/11)")],
     lines=[("cubetas de 10 L", 5000, None, "Las 5,000 cubetas de 10 L", "P10839")]),

dict(v="galicia", c=1, lang="es", at="2026-11-17 09:05", subj="RE: P10840",
     text="""
Buenos días, confirmamos P10840 tal cual: 1.800 latas de bonito, entrega jueves 26/11. Un saludo, Beatriz
""", end="Un saludo, Beatriz", change="none", intent="confirmation", po=["P10840"],
     commit=("2026-11-26", "entrega jueves 26/11"),
     dates=[("2026-11-26", "confirmed_delivery", "jueves 26/11")],
     lines=[("latas de bonito", 1800, "latas", "1.800 latas de bonito", "P10840")]),

dict(v="pomaire_cl", lang="es", at="2026-11-24 10:30", subj="RE: P10841 nueva llegada",
     text="""
Hola Laura,

Tal como acordamos la semana pasada, te confirmo que el pedido P10841 (ollas de greda) sale de Valparaíso el 28 de noviembre en el MSC Valeria. La llegada a Hamburgo queda para el 4 de enero, que es la fecha que ustedes aceptaron. No hay más cambios.

Saludos,
Francisca Araya
Greda de Pomaire Ltda.

El mar, 17 nov 2026 a las 15:10, Laura Jensen escribió:
> Francisca, ok, aceptamos la nueva llegada del 4/1. Saludos, Laura
""", end=("Saludos,", 0), change="date", intent="confirmation", po=["P10841"],
     commit=("2027-01-04", "La llegada a Hamburgo queda para el 4 de enero"),
     dates=[("2026-11-16", "other", "la semana pasada"), ("2026-11-28", "ship_date", "el 28 de noviembre"),
            ("2027-01-04", "confirmed_delivery", "el 4 de enero")]),

dict(v="d10d_bilbao", lang="es", at="2026-10-07 12:00", subj="Acuse de recibo pedido P10842",
     text="""
Buenos días Sr. Brandt:

Acusamos recibo de su pedido P10842, muchas gracias. Le confirmamos todas las referencias y cantidades, pero no la fecha: ustedes solicitan entrega el 16 de octubre y nuestra fábrica no puede servir antes del 30 de octubre por la carga de trabajo de la campaña de Navidad.

Le ruego nos confirme si le parece bien.

Atentamente,
Iñaki Etxeberria
Cuchillería Vasca S.L.
""", end="Atentamente,", change="date", intent="delay", sec=["question"], po=["P10842"],
     commit=("2026-10-30", "no puede servir antes del 30 de octubre"),
     dates=[("2026-10-16", "other", "el 16 de octubre"), ("2026-10-30", "new_eta", "antes del 30 de octubre")]),

dict(v="d10d_mendoza", c=1, lang="es", at="2026-09-17 15:20", subj="Confirmación P10843",
     text="""
Estimada Laura:

Confirmamos el pedido P10843 según el detalle abajo. Despacho desde el puerto de Buenos Aires el 02/10 y arribo estimado a Hamburgo el 27/10.

Producto                          Cajas   Botellas
Aceite de oliva arauco 500 ml     300     3.600
Aceto balsámico de Mendoza 250 ml 150     1.800

Cualquier duda quedo a disposición.
Saludos cordiales,
Sofía Aguirre
Olivares de Mendoza S.A.
""", end="Cualquier duda", change="none", intent="confirmation", po=["P10843"],
     commit=("2026-10-27", "arribo estimado a Hamburgo el 27/10"),
     dates=[("2026-10-02", "ship_date", "el 02/10"), ("2026-10-27", "confirmed_delivery", "el 27/10")],
     lines=[("Aceite de oliva arauco 500 ml", 300, "cajas", "Aceite de oliva arauco 500 ml     300     3.600", "P10843"),
            ("Aceto balsámico de Mendoza 250 ml", 150, "cajas", "Aceto balsámico de Mendoza 250 ml 150     1.800", "P10843")]),

# ---------------------------------------------------------------- Spanish: partial shipment
dict(v="valencia", c=1, lang="es", at="2026-10-21 17:05", subj="P10844 envío parcial MRW",
     text="""
Hola Mike,

Hoy ha salido por MRW una parte del pedido P10844: los 240 jarrones de 30 cm (4 bultos, albarán MRW 0284-D10D-55127). Los 120 platos decorados no pasaron el control de esmalte y los estamos repitiendo; saldrán el viernes de la semana que viene y te llegarán a principios de noviembre.

Un saludo,
Amparo Soler
Cerámica Valenciana S.L.
""", end="Un saludo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10844"],
     commit=("2026-11-01", "te llegarán a principios de noviembre"),
     dates=[("2026-10-21", "ship_date", "Hoy ha salido"), ("2026-10-30", "ship_date", "el viernes de la semana que viene"),
            ("2026-11-01", "new_eta", "a principios de noviembre")],
     lines=[("jarrones de 30 cm", 240, None, "los 240 jarrones de 30 cm", "P10844"),
            ("platos decorados", 120, None, "Los 120 platos decorados", "P10844")],
     track=[("MRW", "0284-D10D-55127", "albarán MRW 0284-D10D-55127")]),

dict(v="cesteria_rioja", c=1, lang="es", at="2026-11-03 12:15", subj="Envío parcial pedido P10845",
     text="""
Buenos días,

Les informamos que hoy se ha enviado por Correos Express parte del pedido P10845:
- Cestas de mimbre grandes: 150 uds (completo)
- Cestas de mimbre medianas: 200 de 300 uds
Nº de envío: CEX-D10D-3319920

Las 100 cestas medianas pendientes se enviarán en la semana 47.

Almacén
Cestería Riojana S.L.
""", end="Almacén\nCestería", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10845"],
     dates=[("2026-11-03", "ship_date", "hoy se ha enviado"), ("2026-11-16", "ship_date", "en la semana 47")],
     lines=[("Cestas de mimbre grandes", 150, "uds", "Cestas de mimbre grandes: 150 uds", "P10845"),
            ("Cestas de mimbre medianas", 200, "uds", "Cestas de mimbre medianas: 200 de 300 uds", "P10845"),
            ("Cestas de mimbre medianas", 100, None, "Las 100 cestas medianas pendientes", "P10845")],
     track=[("Correos Express", "CEX-D10D-3319920", "Nº de envío: CEX-D10D-3319920")]),

dict(v="tlaquepaque", c=1, lang="es", at="2026-12-04 11:00", subj="Fwd: Embarque HHG P10846",
     text="""
Hola Laura, buen día.

Te reenvío el aviso de nuestro almacén. Del pedido P10846 salieron ayer 18 de las 24 tarimas; las 6 restantes (figuras de barro bruñido, las grandes) quedaron fuera porque el horno se atrasó. Irán en el siguiente embarque, con llegada a Hamburgo a mediados de enero.

Saludos,
Jorge Medina

---------- Forwarded message ---------
From: Almacén Tlaquepaque <almacen@artesaniastlaquepaque.com.mx>
Date: Thu, Dec 3, 2026 at 6:40 PM
Subject: Embarque HHG

Jorge, hoy 3/12 cargamos 18 tarimas para HHG (P10846), contenedor TGHU-D10D-904418. Faltan 6 tarimas, listas para el 22/12.
""", end="Saludos,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10846"],
     commit=("2027-01-15", "con llegada a Hamburgo a mediados de enero"),
     dates=[("2026-12-03", "ship_date", "salieron ayer"), ("2027-01-15", "new_eta", "a mediados de enero"),
            ("2026-12-03", "ship_date", "hoy 3/12"), ("2026-12-22", "other", "el 22/12")],
     lines=[("tarimas", 18, "tarimas", "18 de las 24 tarimas", "P10846"),
            ("figuras de barro bruñido", 6, None, "las 6 restantes", "P10846")],
     track=[(None, "TGHU-D10D-904418", "contenedor TGHU-D10D-904418")]),

dict(v="hamacas_sj", c=1, lang="es", at="2026-09-25 10:00", subj="Despacho P10847 incompleto",
     text="""
Buenos días Sandra,

Le informo que el pedido P10847 fue despachado hoy desde Barranquilla, pero incompleto: de las 400 hamacas solo enviamos 340, porque 60 salieron con defectos de tejido. Estas 60 no se van a reponer (la artesana que las teje está incapacitada), así que le pedimos descontarlas de la orden. Adjunto el B/L HLCU-D10D-BAQ2231.

Llegada estimada a Hamburgo: 26 de octubre.

Cordialmente,
Yuliana Pérez
Hamacas San Jacinto S.A.S.
""", end="Cordialmente,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10847"], commit=("2026-10-26", "Llegada estimada a Hamburgo: 26 de octubre"),
     dates=[("2026-09-25", "ship_date", "despachado hoy"), ("2026-10-26", "confirmed_delivery", "26 de octubre")],
     lines=[("hamacas", 340, None, "solo enviamos 340", "P10847"),
            ("hamacas", 60, None, "Estas 60 no se van a reponer", "P10847")],
     track=[(None, "HLCU-D10D-BAQ2231", "B/L HLCU-D10D-BAQ2231")]),

# ---------------------------------------------------------------- Spanish: cancellation
dict(v="forja_toledo", c=1, lang="es", at="2026-10-02 09:45", subj="RE: Anulación P10848",
     text="""
Buenos días Sr. Osei:

Confirmamos la anulación del pedido P10848 (48 faroles de forja) según su correo de ayer. Como aún no habíamos empezado la fabricación, no hay ningún cargo. Quedamos a su disposición para futuros pedidos.

Atentamente,
Administración
Forja Toledana S.L.

-----Mensaje original-----
De: Mike Osei
Enviado el: jueves, 1 de octubre de 2026 16:40
Para: Forja Toledana
Asunto: Anulación P10848

Buenas tardes, por cambio de surtido les pedimos anular el pedido P10848 (entrega prevista 20/10). Gracias.
""", end="Atentamente,", change="cancel", intent="cancellation", po=["P10848"],
     dates=[("2026-10-01", "other", "correo de ayer")],
     lines=[("faroles de forja", 48, None, "48 faroles de forja", "P10848")]),

dict(v="pampa", c=1, lang="es", at="2026-11-19 14:30", subj="P10849 - línea llaveros",
     text="""
Hola Laura,

Malas noticias con el pedido P10849: la curtiembre nos avisó que no va a tener más cuero de carpincho hasta el año que viene, así que tenemos que anular la línea de los 200 llaveros de carpincho. El resto (billeteras y tarjeteros) sigue en pie y sale el 27/11 como estaba confirmado, con arribo a Hamburgo el 21/12.

Perdón por las molestias, un beso,
Julieta
""", end="Perdón por las molestias", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10849"], commit=("2026-12-21", "con arribo a Hamburgo el 21/12"),
     dates=[("2026-11-27", "ship_date", "el 27/11"), ("2026-12-21", "confirmed_delivery", "el 21/12")],
     lines=[("llaveros de carpincho", 200, None, "los 200 llaveros de carpincho", "P10849")]),

dict(v="d9d_jalisco", lang="es", at="2026-12-08 10:10", subj="Anticipo pedido P10850",
     text="""
Estimada Sra. Klein:

Le informamos que, al no haber recibido el anticipo del 30% del pedido P10850, nos vemos obligados a cancelarlo si el pago no llega antes del viernes 11 de diciembre. Como le comentamos en nuestro correo del 24 de noviembre, sin el anticipo no podemos comprar el vidrio reciclado.

Atentamente,
Mariana López
Vidrio Soplado de Jalisco
""", end="Atentamente,", change="cancel", intent="cancellation", po=["P10850"],
     dates=[("2026-12-11", "other", "antes del viernes 11 de diciembre"), ("2026-11-24", "other", "del 24 de noviembre")]),

dict(v="maule", lang="es", at="2026-10-09 11:30", subj="Pedidos P10851 y P10852 - incendio",
     text="""
Estimada Laura:

Con mucha pena le informo que el incendio del martes en nuestro galpón de Talca destruyó el mimbre ya preparado para sus pedidos P10851 (canastos de picnic) y P10852 (sillones de mimbre). No tenemos cómo reponer la materia prima antes de la próxima cosecha, por lo que debemos anular ambos pedidos. Le devolveremos el anticipo de P10852 (USD 3.400) durante la próxima semana.

Lo siento mucho.
Catalina Soto
Mimbres del Maule SpA
""", end="Catalina Soto", change="cancel", intent="cancellation", po=["P10851", "P10852"],
     dates=[("2026-10-06", "other", "el incendio del martes"), ("2026-10-12", "other", "durante la próxima semana")],
     changes=[("P10851", "cancellation", None, None, "debemos anular ambos pedidos"),
              ("P10852", "cancellation", None, None, ("debemos anular ambos pedidos", 0))]),

# ---------------------------------------------------------------- Spanish: price change
dict(v="galicia", lang="es", at="2026-11-27 10:00", subj="Tarifas 2027 - Conservas Galicia",
     text="""
Estimados clientes:

Les comunicamos que, debido al incremento continuado del precio del aceite de oliva y del atún en lonja, nuestras tarifas se incrementarán a partir del 1 de enero de 2027 según el siguiente detalle. Los pedidos confirmados antes del 18 de diciembre mantendrán los precios actuales (incluido su pedido P10853).

Referencia                         Precio actual   Precio 2027
Bonito del Norte en aceite 120 g   2,85 €          3,05 €
Atún claro en aceite 3x80 g        3,40 €          3,62 €
Sardinas en aceite 120 g           1,95 €          2,05 €

Atentamente,
Xoán Varela
Director Comercial - Conservas Galicia S.A.
""", end="Atentamente,", change="price", intent="price_change", po=["P10853"],
     dates=[("2027-01-01", "price_effective", "a partir del 1 de enero de 2027"),
            ("2026-12-18", "other", "antes del 18 de diciembre")],
     prices=[dict(product="Bonito del Norte en aceite 120 g", old=2.85, new=3.05, cur="EUR", eff="2027-01-01",
                  quote="Bonito del Norte en aceite 120 g   2,85 €          3,05 €"),
             dict(product="Atún claro en aceite 3x80 g", old=3.4, new=3.62, cur="EUR", eff="2027-01-01",
                  quote="Atún claro en aceite 3x80 g        3,40 €          3,62 €"),
             dict(product="Sardinas en aceite 120 g", old=1.95, new=2.05, cur="EUR", eff="2027-01-01",
                  quote="Sardinas en aceite 120 g           1,95 €          2,05 €")]),

dict(v="plasticos", lang="es", at="2026-09-15 13:00", subj="Recargo polipropileno - P10854",
     text="""
Buenas tardes Mike,

Le informamos que por el alza del polipropileno (más de 20% en los últimos meses) tenemos que aplicar un recargo del 6% a los pedidos que se embarquen a partir del 1 de octubre, incluido su pedido P10854 que embarca el 9 de octubre. Si prefiere, podemos adelantar el embarque al 29 de septiembre para mantener el precio actual; nos confirma por favor a más tardar el jueves.

Saludos,
Rodrigo Garza
""", end="Saludos,", change="price", intent="price_change", sec=["question"], po=["P10854"],
     dates=[("2026-10-01", "price_effective", "a partir del 1 de octubre"), ("2026-10-09", "ship_date", "el 9 de octubre"),
            ("2026-09-29", "other", "al 29 de septiembre"), ("2026-09-17", "other", "a más tardar el jueves")],
     prices=[dict(pct=6, eff="2026-10-01", quote="un recargo del 6%")]),

dict(v="andino", c=1, lang="es", at="2026-10-20 09:00", subj="Nuevo precio café en grano",
     text="""
Buenos días Laura,

Como el precio internacional del café sigue subiendo, a partir del próximo lunes nuestro precio del café tostado en grano (bolsas de 1 kg) pasa de USD 14,20 a USD 15,10 por kilo. Los pedidos ya confirmados, como el P10855, conservan el precio anterior.

Un abrazo,
Valentina Ospina
Café Andino S.A.S.
""", end="Un abrazo,", change="price", intent="price_change", po=["P10855"],
     dates=[("2026-10-26", "price_effective", "a partir del próximo lunes")],
     prices=[dict(product="café tostado en grano 1 kg", old=14.2, new=15.1, cur="USD", eff="2026-10-26",
                  quote="pasa de USD 14,20 a USD 15,10 por kilo")]),

dict(v="d10d_bilbao", c=1, lang="es", at="2026-12-01 11:30", subj="Tarifa 2027",
     text="""
Buenos días Tim:

Te adjunto nuestra tarifa 2027, válida desde el 1 de enero. De media sube un 3,8 %, sobre todo por el acero inoxidable. Los cuchillos de mesa no cambian.

Un saludo,
Ainhoa Zubiri
Cuchillería Vasca S.L.

--- attachment: Tarifa_2027_CV.pdf ---
CUCHILLERÍA VASCA S.L. - TARIFA 2027 (en vigor: 01/01/2027)
Ref.       Artículo                      2026 €    2027 €
CV-CH-20   Cuchillo chef 20 cm           18,90     19,70
CV-PN-22   Cuchillo de pan 22 cm         14,50     15,10
CV-ME-11   Cuchillo de mesa 11 cm        3,20      3,20
""", end="Un saludo,", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "desde el 1 de enero"), ("2027-01-01", "price_effective", "01/01/2027")],
     prices=[dict(pct=3.8, eff="2027-01-01", quote="De media sube un 3,8 %"),
             dict(product="CV-CH-20", old=18.9, new=19.7, cur="EUR", eff="2027-01-01",
                  quote="CV-CH-20   Cuchillo chef 20 cm           18,90     19,70"),
             dict(product="CV-PN-22", old=14.5, new=15.1, cur="EUR", eff="2027-01-01",
                  quote="CV-PN-22   Cuchillo de pan 22 cm         14,50     15,10")]),

# ---------------------------------------------------------------- Spanish: shipping notice
dict(v="aceites", lang="es", at="2026-11-12 18:00", subj="P10856 enviado con SEUR",
     text="""
Hola Laura,

Te confirmo que el pedido P10856 ha salido hoy completo con SEUR (2 palets, 1.440 botellas). Número de seguimiento: SEUR-D10D-46620918. Entrega prevista en Hamburgo entre el martes 17 y el miércoles 18 de noviembre.

Un saludo,
Carmen López
""", end="Un saludo,", change="shipping", intent="shipping_notice", po=["P10856"],
     commit=("2026-11-18", "Entrega prevista en Hamburgo entre el martes 17 y el miércoles 18 de noviembre"),
     dates=[("2026-11-12", "ship_date", "ha salido hoy"), ("2026-11-17", "range_start", "entre el martes 17"),
            ("2026-11-18", "range_end", "el miércoles 18 de noviembre")],
     lines=[("botellas", 1440, "botellas", "1.440 botellas", "P10856")],
     track=[("SEUR", "SEUR-D10D-46620918", "Número de seguimiento: SEUR-D10D-46620918")]),

dict(v="alicante", c=1, lang="es", at="2026-12-14 16:00", subj="Expedición pedido P10857",
     text="""
Buenas tardes:

El pedido P10857 (columpios y toboganes de jardín) ha salido hoy completo por Correos Express, envío n.º 3230-D10D-008812. Entrega en 2-3 días laborables.

Pedidos
Juguetes de Jardín Alicante S.L.
""", end="Pedidos\nJuguetes", change="shipping", intent="shipping_notice", po=["P10857"],
     commit=("2026-12-17", "Entrega en 2-3 días laborables"),
     dates=[("2026-12-14", "ship_date", "ha salido hoy"), ("2026-12-16", "range_start", "2-3 días laborables"),
            ("2026-12-17", "range_end", "2-3 días laborables")],
     track=[("Correos Express", "3230-D10D-008812", "envío n.º 3230-D10D-008812")]),

dict(v="d10d_valparaiso", c=1, lang="es", at="2026-09-21 10:00", subj="Zarpe pedido P10858",
     text="""
Estimado Tim:

Le informamos que el pedido P10858 (80 fuentes de cobre martillado y 120 jarros) zarpó el sábado desde San Antonio a bordo del Maersk Ronda.
Contenedor: MSKU-D10D-551803
B/L: SAI-D10D-26-0417
ETA Hamburgo: 27 de octubre.

El pedido va completo. Le enviaremos los documentos originales por DHL.

Saludos cordiales,
Constanza Vega
Cobres de Chile SpA
""", end="Saludos cordiales,", change="shipping", intent="shipping_notice", po=["P10858"],
     commit=("2026-10-27", "ETA Hamburgo: 27 de octubre"),
     dates=[("2026-09-19", "ship_date", "zarpó el sábado"), ("2026-10-27", "confirmed_delivery", "27 de octubre")],
     lines=[("fuentes de cobre martillado", 80, None, "80 fuentes de cobre martillado", "P10858"),
            ("jarros", 120, None, "120 jarros", "P10858")],
     track=[("Maersk", "MSKU-D10D-551803", "Contenedor: MSKU-D10D-551803"),
            ("Maersk", "SAI-D10D-26-0417", "B/L: SAI-D10D-26-0417")]),

dict(v="d10d_puebla", c=1, lang="es", at="2026-12-09 09:30", subj="Resto del pedido P10859 embarcado",
     text="""
Buenos días:

Le informamos que hoy se embarcó el resto del pedido P10859 (las 36 macetas grandes que quedaron pendientes), con lo que el pedido queda completo. Guía aérea DHL Express 55-D10D-20417. Entrega estimada: lunes 14 de diciembre.

Embarques
Talavera Poblana S.A. de C.V.
""", end="Embarques\nTalavera", change="shipping", intent="shipping_notice", po=["P10859"],
     commit=("2026-12-14", "Entrega estimada: lunes 14 de diciembre"),
     dates=[("2026-12-09", "ship_date", "hoy se embarcó"), ("2026-12-14", "confirmed_delivery", "lunes 14 de diciembre")],
     lines=[("macetas grandes", 36, None, "las 36 macetas grandes", "P10859")],
     track=[("DHL Express", "55-D10D-20417", "DHL Express 55-D10D-20417")]),

# ---------------------------------------------------------------- Spanish: question
dict(v="valencia", lang="es", at="2026-09-08 10:20", subj="Consulta etiquetas P10860",
     text="""
Buenos días Mike,

Una consulta sobre el pedido P10860: ¿los jarrones van con la etiqueta de precio de HHG o sin etiqueta? En el pedido anterior (P10861) los mandamos sin etiqueta y creo que os dio problemas en tienda. Necesitamos saberlo antes del viernes 11, porque empezamos a embalar el lunes 14.

Gracias,
Vicente Ferrer
""", end="Gracias,", change="none", intent="question", po=["P10860", "P10861"],
     dates=[("2026-09-11", "other", "antes del viernes 11"), ("2026-09-14", "other", "el lunes 14")]),

dict(v="d10d_mendoza", lang="es", at="2026-11-30 10:00", subj="Consulta previsión 2027",
     text="""
Hola Laura, ¿qué tal?

Estamos armando la planificación de la cosecha de aceitunas y quería consultarte si van a repetir el pedido de aceite para el primer trimestre. El año pasado fueron unas 4.000 botellas. Si me pasás un número aproximado antes del 15 de diciembre, te reservo el aceite de la próxima cosecha al precio de este año.

Saludos,
Federico Giménez
Olivares de Mendoza S.A.
""", end="Saludos,", change="none", intent="question",
     dates=[("2026-12-15", "other", "antes del 15 de diciembre")]),

dict(v="d10d_medellin", c=1, lang="es", at="2026-10-08 15:00", subj="P10862 - opciones de envío",
     text="""
Buenas tardes Sandra,

Para el pedido P10862 (batas de baño), tenemos dos opciones de envío:
a) marítimo desde Cartagena el 16 de octubre, llegada aproximada 20 de noviembre;
b) aéreo desde Bogotá la próxima semana, llegada en unos 5 días.
¿Cuál prefieren? Le agradezco su respuesta a más tardar mañana.

Cordialmente,
Camilo Arango
""", end="Cordialmente,", change="none", intent="question", po=["P10862"],
     dates=[("2026-10-16", "other", "el 16 de octubre"), ("2026-11-20", "other", "20 de noviembre"),
            ("2026-10-12", "other", "la próxima semana"), ("2026-10-09", "other", "a más tardar mañana")]),

# ---------------------------------------------------------------- Spanish: other
dict(v="tlaquepaque", lang="es", at="2026-12-10 12:00", subj="Vacaciones de fin de año",
     text="""
Estimados clientes:

Les informamos que nuestras oficinas y taller permanecerán cerrados por vacaciones de fin de año del 19 de diciembre al 6 de enero. Los pedidos recibidos a partir del 14 de diciembre se procesarán a nuestro regreso, el jueves 7 de enero.

¡Felices fiestas!
Artesanías Tlaquepaque S.A. de C.V.
""", end="¡Felices fiestas!", change="none", intent="other",
     dates=[("2026-12-19", "other", "del 19 de diciembre"), ("2027-01-06", "other", "al 6 de enero"),
            ("2026-12-14", "other", "a partir del 14 de diciembre"), ("2027-01-07", "other", "el jueves 7 de enero")]),

dict(v="d10d_medellin", lang="es", at="2026-11-13 09:40", subj="Factura FV-D10D-1187 - orden P10863",
     text="""
Buen día,

Adjuntamos la factura FV-D10D-1187 correspondiente a la orden P10863, despachada el pasado 30 de octubre. Recuerde que el vencimiento es el 13 de diciembre. Los datos bancarios no han cambiado.

Cordialmente,
Juliana Restrepo
Textiles Antioquia S.A.S.
""", end="Cordialmente,", change="none", intent="other", po=["P10863"], vref=["FV-D10D-1187"],
     dates=[("2026-10-30", "other", "el pasado 30 de octubre"), ("2026-12-13", "other", "el 13 de diciembre")]),

dict(v="pomaire_cl", c=1, lang="es", at="2026-09-03 17:10", subj="RE: nuevo pedido P10864",
     text="""
Recibido, gracias. Lo reviso con producción y te contesto el lunes.
Cristóbal

El jue, 3 sept 2026 a las 09:15, Laura Jensen escribió:
> Hola, adjunto el pedido P10864 (60 ollas de greda, entrega deseada semana 42). Saludos, Laura
""", end="Cristóbal", change="none", intent="other", po=["P10864"],
     dates=[("2026-09-07", "other", "el lunes")]),
]
