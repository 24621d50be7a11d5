# ruff: noqa: E501 - email text is data
"""French and Spanish, fifth round: about 32 French and 33 Spanish emails over all eight
intents, from vendors in FR, BE, CH, CA (Québec, month-first numeric dates), ES, MX, AR and
CL. Aims at order acknowledgements whose confirmed date or week differs from the requested
one (semaine / semana numbers, S44, sem. 47), delays (retard / retraso) against confirmations
of pull-ins, partial deliveries with a reliquat / pendiente, price increases with an
effective date against surcharges on an open order, cancellations of one line or the whole
order, questions, out-of-office replies and newsletters. Formal and curt registers, quoted
history and forwarded workshop notes with other dates, attachment tables.
Hand-written and hand-labelled."""

EMAILS = [
dict(v="savonnerie", lang="fr", at="2026-09-08 10:12", subj="AR commande P07400",
     text="""
Bonjour Monsieur Osei,

Nous vous remercions pour votre commande P07400 et vous en confirmons la bonne prise en compte. Vous trouverez ci-dessous notre accusé de réception ; quantités et date de livraison sont conformes à votre demande.

Bien cordialement,

Camille Girard
Administration des ventes
Savonnerie de Provence SARL
Tél. +33 4 90 12 34 56

--- attachment: ARC_SP-26-D5C-0912.pdf ---
ACCUSÉ DE RÉCEPTION DE COMMANDE N° SP-26-D5C-0912
Votre commande : P07400 du 04/09/2026
Date de livraison demandée : 18/09/2026
Date de livraison confirmée : 18/09/2026

Réf.        Désignation                      Qté    PU HT
SP-LAV-100  Savon lavande 100 g              1 200  1,85
SP-OLI-250  Savon huile d'olive 250 g          600  3,10
Conditions : franco, paiement 60 jours fin de mois
""", end="Bien cordialement,", change="none", intent="confirmation", po=["P07400"],
     vref=["SP-26-D5C-0912"],
     commit=("2026-09-18", "Date de livraison confirmée : 18/09/2026"),
     dates=[("2026-09-04", "other", "04/09/2026"), ("2026-09-18", "other", ("18/09/2026", 0)),
            ("2026-09-18", "confirmed_delivery", ("18/09/2026", 1))],
     lines=[("SP-LAV-100", 1200, None, "SP-LAV-100  Savon lavande 100 g              1 200  1,85", "P07400"),
            ("SP-OLI-250", 600, None, "SP-OLI-250  Savon huile d'olive 250 g          600  3,10", "P07400")]),

dict(v="lyonnais", lang="fr", at="2026-09-24 16:47", subj="Confirmation de commande P07401 / TL-D5C-4471",
     text="""
Bonjour Madame Klein,

Veuillez trouver ci-joint la confirmation de votre commande P07401.

Nous attirons votre attention sur le délai : vous aviez demandé une livraison en semaine 42, mais notre atelier de teinture est complet jusqu'à mi-octobre. Nous ne pouvons vous confirmer la livraison qu'en semaine 44. Si ce délai pose problème, merci de nous le faire savoir rapidement.

Cordialement,
Thomas Roux
Textiles Lyonnais SA - Service clients

--- attachment: Confirmation_TL-D5C-4471.pdf ---
CONFIRMATION DE COMMANDE TL-D5C-4471
Client : Hartmann Home & Garden GmbH - Commande client P07401
Article       Désignation                    Qté commandée  Qté confirmée  Sem. demandée  Sem. confirmée
TL-NAP-160    Nappe lin lavé 160x250 sauge   300            300            S42            S44
TL-SER-45     Serviette lin lavé 45x45 sauge 1 200          1 200          S42            S44
""", end="Cordialement,\nThomas Roux", change="date", intent="delay", po=["P07401"],
     vref=["TL-D5C-4471"],
     commit=("2026-10-26", "Nous ne pouvons vous confirmer la livraison qu'en semaine 44"),
     dates=[("2026-10-12", "other", "en semaine 42"), ("2026-10-15", "other", "mi-octobre"),
            ("2026-10-26", "new_eta", "en semaine 44"),
            ("2026-10-12", "other", ("S42", 0)), ("2026-10-26", "new_eta", ("S44", 0)),
            ("2026-10-12", "other", ("S42", 1)), ("2026-10-26", "new_eta", ("S44", 1))],
     lines=[("TL-NAP-160", 300, None, "TL-NAP-160    Nappe lin lavé 160x250 sauge   300            300            S42            S44", "P07401"),
            ("TL-SER-45", 1200, None, "TL-SER-45     Serviette lin lavé 45x45 sauge 1 200          1 200          S42            S44", "P07401")]),

dict(v="vosges", lang="fr", at="2026-11-05 14:20", subj="Livraison partielle P07402",
     text="""
Bonjour Tim,

Suite à notre échange téléphonique, nous avons expédié ce jour une livraison partielle sur P07402 :

- 140 jardinières en sapin JV-80 (sur 220)
- les 60 bancs BV-120 en totalité

Le reliquat de 80 jardinières partira en semaine 47, le séchoir ayant pris du retard. Transport Heppner, récépissé n° 0473-885120, livraison prévue mardi prochain.

Bonne journée,
Hélène Mathieu
Ateliers Bois des Vosges SAS
88 Saint-Dié-des-Vosges

Le 2 nov. 2026 à 09:31, Tim Brandt <tim.brandt@hhg-retail.com> a écrit :
> Bonjour Hélène, pouvez-vous nous envoyer ce qui est prêt sur P07402 ? La livraison était prévue le 30 octobre. Merci, Tim
""", end="Bonne journée,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07402"], commit=("2026-11-10", "livraison prévue mardi prochain"),
     dates=[("2026-11-05", "ship_date", "expédié ce jour"), ("2026-11-16", "ship_date", "partira en semaine 47"),
            ("2026-11-10", "confirmed_delivery", "mardi prochain")],
     lines=[("JV-80", 140, None, "140 jardinières en sapin JV-80 (sur 220)", "P07402"),
            ("BV-120", 60, None, "les 60 bancs BV-120 en totalité", "P07402"),
            ("JV-80", 80, None, "Le reliquat de 80 jardinières", "P07402")],
     track=[("Heppner", "0473-885120", "récépissé n° 0473-885120")]),

dict(v="bretagne", lang="fr", at="2026-10-13 09:05", subj="P07403 - annulation ligne 3",
     text="""
Bonjour Laura,

Mauvaise nouvelle pour la ligne 3 de votre commande P07403 : notre fournisseur de puces a arrêté le contrôleur du chargeur USB-C 65 W (réf. AEB-CH65), nous ne pourrons donc pas le produire. Nous annulons cette ligne (400 pcs) de notre côté.

Les lignes 1 et 2 (câbles et multiprises) ne sont pas concernées et restent confirmées pour le 23 octobre.

Nous travaillons sur un remplaçant en 45 W, je vous envoie la fiche dès qu'elle est prête.

Cordialement,
Yann Le Goff
AEB - Accessoires Électroniques Bretagne
""", end="Cordialement,\nYann", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P07403"], commit=("2026-10-23", "restent confirmées pour le 23 octobre"),
     dates=[("2026-10-23", "confirmed_delivery", "23 octobre")],
     lines=[("AEB-CH65", 400, "pcs", "Nous annulons cette ligne (400 pcs)", "P07403")]),

dict(v="bearn", lang="fr", at="2026-11-24 11:30", subj="Tarifs 2027 - Tissages du Béarn",
     text="""
Madame, Monsieur,

Comme chaque fin d'année, nous vous informons de l'évolution de nos tarifs. Face à la hausse continue du coton et de l'énergie, nos prix augmenteront de 4,5 % sur l'ensemble de la gamme linge de maison à compter du 1er janvier 2027.

Les commandes enregistrées avant le 18 décembre et livrées avant la fin du mois de janvier seront facturées à l'ancien tarif. Votre commande en cours P07404 n'est donc pas concernée.

Le nouveau barème vous sera adressé la semaine prochaine.

Nous vous remercions de votre confiance.

Pierre Laborde
Directeur commercial
Tissages du Béarn SARL - 64 Oloron-Sainte-Marie
""", end="Nous vous remercions de votre confiance.", change="price", intent="price_change",
     po=["P07404"],
     dates=[("2027-01-01", "price_effective", "à compter du 1er janvier 2027"),
            ("2026-12-18", "other", "avant le 18 décembre"), ("2027-01-31", "other", "la fin du mois de janvier"),
            ("2026-11-30", "other", "la semaine prochaine")],
     prices=[dict(pct=4.5, eff="2027-01-01", quote="nos prix augmenteront de 4,5 % sur l'ensemble de la gamme linge de maison")]),

dict(v="jardinsduval", lang="fr", at="2026-10-01 15:55", subj="Avis d'expédition - Cde P07405",
     text="""
Bonjour,

Votre commande P07405 (bulbes de tulipes et narcisses, 6 palettes) a été chargée cet après-midi chez nous à Angers. La commande est complète, aucun reliquat.

Transporteur : Geodis Calberson
N° de récépissé : GC26-7719034
Livraison prévue : lundi 5 octobre avant 12h

Nous vous remercions de nous signaler toute réserve sur le bon de livraison.

Service ADV
Les Jardins du Val SAS
""", end="Service ADV", change="shipping", intent="shipping_notice", po=["P07405"],
     commit=("2026-10-05", "Livraison prévue : lundi 5 octobre"),
     dates=[("2026-10-01", "ship_date", "cet après-midi"), ("2026-10-05", "confirmed_delivery", "lundi 5 octobre")],
     lines=[("bulbes de tulipes et narcisses", 6, "palettes", "6 palettes", "P07405")],
     track=[("Geodis Calberson", "GC26-7719034", "N° de récépissé : GC26-7719034")]),

dict(v="lemaire", lang="fr", at="2026-09-17 08:40", subj="Question étiquetage - P07406",
     text="""
Bonjour Madame Jensen,

Pour votre commande P07406 (speculoos en boîte métal), notre service qualité me demande si l'étiquette allemande doit reprendre la date de durabilité minimale au format JJ.MM.AAAA ou seulement MM.AAAA. Sur les commandes précédentes nous avions mis le mois seulement.

Pourriez-vous me répondre d'ici vendredi ? L'impression des étiquettes est lancée lundi.

Merci d'avance et bonne journée,

Sophie Dubois
Biscuiterie Lemaire SA
Rue de l'Industrie 14 - 4800 Verviers
""", end="Merci d'avance et bonne journée,", change="none", intent="question", po=["P07406"],
     dates=[("2026-09-18", "other", "d'ici vendredi"), ("2026-09-21", "other", "lundi")]),

dict(v="romande", lang="fr", at="2026-12-18 17:02", subj="Réponse automatique : P07407 couteaux d'office",
     text="""
Bonjour,

Je suis absent du bureau du 19 décembre au 4 janvier inclus. Nos ateliers sont fermés pendant cette période.

Pour toute urgence, merci de contacter Chantal Rochat (chantal.rochat@coutellerie-romande.ch). Vos messages ne sont pas transférés.

Meilleures salutations
Luc Favre
Coutellerie Romande SA - Le Sentier
""", end="Meilleures salutations", change="none", intent="other", po=["P07407"],
     dates=[("2026-12-19", "other", "du 19 décembre"), ("2027-01-04", "other", "au 4 janvier")]),

dict(v="liege", lang="fr", at="2026-11-12 13:14", subj="RE: P07408",
     text="""
Laura,

Four en panne chez nous depuis lundi. P07408 (photophores) : on ne livrera pas le 16/11 comme prévu. Nouvelle date : 27/11.

Désolé.
Marc

-----Message d'origine-----
De : Laura Jensen <laura.jensen@hhg-retail.com>
Envoyé : mardi 10 novembre 2026 10:05
À : Marc Delvaux
Objet : P07408

Bonjour Marc, tout est OK pour le 16/11 ?
""", end="Désolé.", change="date", intent="delay", po=["P07408"],
     commit=("2026-11-27", "Nouvelle date : 27/11"),
     dates=[("2026-11-09", "other", "depuis lundi"), ("2026-11-16", "other", ("16/11", 0)),
            ("2026-11-27", "new_eta", "27/11")]),

dict(v="laurentides", lang="fr", at="2026-10-06 11:25", subj="Confirmation - Bon de commande P07409",
     text="""
Bonjour Mme Klein,

Merci pour votre bon de commande P07409. On vous confirme le tout tel que demandé :

   - 480 bouteilles sirop d'érable ambré 540 ml (PEL-AMB-540)
   - 240 pots beurre d'érable 250 g (PEL-BEU-250)

Départ de notre entrepôt de Mirabel le 10/20 en conteneur réfrigéré, arrivée prévue à Hambourg le 11/09. On vous envoie le B/L dès le chargement.

Au plaisir,
Geneviève Tremblay
Produits d'érable Laurentides Inc.
Mirabel (Québec)
""", end="Au plaisir,", change="none", intent="confirmation", po=["P07409"],
     commit=("2026-11-09", "arrivée prévue à Hambourg le 11/09"),
     dates=[("2026-10-20", "ship_date", "le 10/20"), ("2026-11-09", "confirmed_delivery", "11/09")],
     lines=[("PEL-AMB-540", 480, "bouteilles", "480 bouteilles sirop d'érable", "P07409"),
            ("PEL-BEU-250", 240, "pots", "240 pots beurre d'érable", "P07409")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-10-20 07:30", subj="La Lettre de la Savonnerie - Collection Noël 2026",
     text="""
LA LETTRE DE LA SAVONNERIE - N° 38

Chers partenaires,

Notre collection de Noël arrive ! Découvrez nos coffrets « Calisson » et « Figue de Provence », disponibles dès le 2 novembre en quantités limitées.

Retrouvez-nous également au salon Maison&Objet du 22 au 26 janvier 2027, hall 5A, stand D12.

Commandez avant le 13 novembre pour une livraison avant les fêtes.

À très bientôt,
L'équipe de la Savonnerie de Provence

Vous recevez ce message car vous êtes client professionnel. Se désabonner
""", end="À très bientôt,", change="none", intent="other",
     dates=[("2026-11-02", "other", "dès le 2 novembre"), ("2027-01-22", "other", "du 22"),
            ("2027-01-26", "other", "au 26 janvier 2027"), ("2026-11-13", "other", "avant le 13 novembre")]),

dict(v="ardennes", lang="fr", at="2026-12-03 16:10", subj="P07410 livré partiellement",
     text="""
Bonjour Sandra,

Votre commande P07410 a été livrée ce matin à Hambourg, mais partiellement : 480 pots de confiture de myrtilles sur 600. Il nous manquait des couvercles.

Les 120 pots restants partiront mardi prochain, vous les aurez le jeudi 10 décembre.

Je vous joins le bon de livraison BL-D5C-2618.

Cordialement,
Benoît Collard
Confitures Ardennaises SRL
""", end="Cordialement,\nBenoît", change="quantity", intent="partial_shipment", po=["P07410"],
     vref=["BL-D5C-2618"], commit=("2026-12-10", "vous les aurez le jeudi 10 décembre"),
     dates=[("2026-12-03", "other", "ce matin"), ("2026-12-08", "ship_date", "mardi prochain"),
            ("2026-12-10", "new_eta", "jeudi 10 décembre")],
     lines=[("confiture de myrtilles", 480, "pots", "480 pots de confiture de myrtilles sur 600", "P07410"),
            ("confiture de myrtilles", 120, "pots", "Les 120 pots restants", "P07410")]),

dict(v="boreal_qc", lang="fr", at="2026-11-17 10:40", subj="Re: Annulation P07411",
     text="""
Bonjour M. Brandt,

Bien reçu votre demande. On confirme l'annulation complète du bon de commande P07411 (36 chaises Adirondack en cèdre, modèle MB-ADK-36). Aucun frais ne vous sera facturé puisque la production n'était pas commencée.

Votre autre commande, P07412, reste en production normale pour un départ le 12/04.

Merci et bonne journée!
Marc-Olivier Pelletier
Meubles Boréal inc. | Saint-Georges (Québec)

Le 16 nov. 2026 à 15:02, Tim Brandt <tim.brandt@hhg-retail.com> a écrit :
> Bonjour, suite à l'arrêt de la gamme Adirondack chez nous, merci d'annuler P07411. Cordialement, Tim Brandt
""", end="Merci et bonne journée!", change="cancel", intent="cancellation", po=["P07411", "P07412"],
     dates=[("2026-12-04", "ship_date", "12/04")],
     lines=[("MB-ADK-36", 36, None, "36 chaises Adirondack en cèdre", "P07411")],
     changes=[("P07411", "cancellation", None, None, "On confirme l'annulation complète du bon de commande P07411"),
              ("P07412", "confirmation", None, None, "reste en production normale pour un départ le 12/04")]),

dict(v="romande", c=1, lang="fr", at="2026-10-29 14:00", subj="Adaptation de nos prix au 1er décembre 2026",
     text="""
Madame, Monsieur,

En raison du renchérissement de l'acier inoxydable et de la force du franc, nous sommes contraints d'adapter nos prix de vente dès le 1er décembre 2026. Les commandes confirmées avant cette date (notamment votre P07413) restent aux anciennes conditions.

Article        Désignation                     Ancien prix CHF   Nouveau prix CHF
CR-OFF-09      Couteau d'office 9 cm           11.40             12.20
CR-CHF-20      Couteau de chef 20 cm           38.90             41.50
CR-PAIN-22     Couteau à pain 22 cm            29.80             31.90

Nous restons à votre disposition pour toute question.

Avec nos meilleures salutations
Chantal Rochat
Coutellerie Romande SA
""", end="Nous restons à votre disposition", change="price", intent="price_change", po=["P07413"],
     dates=[("2026-12-01", "price_effective", "dès le 1er décembre 2026")],
     prices=[dict(product="CR-OFF-09", old=11.40, new=12.20, cur="CHF", eff="2026-12-01",
                  quote="CR-OFF-09      Couteau d'office 9 cm           11.40             12.20"),
             dict(product="CR-CHF-20", old=38.90, new=41.50, cur="CHF", eff="2026-12-01",
                  quote="CR-CHF-20      Couteau de chef 20 cm           38.90             41.50"),
             dict(product="CR-PAIN-22", old=29.80, new=31.90, cur="CHF", eff="2026-12-01",
                  quote="CR-PAIN-22     Couteau à pain 22 cm            29.80             31.90")]),

dict(v="vosges", c=1, lang="fr", at="2026-09-15 09:48", subj="P07414 - chêne ou hêtre ?",
     text="""
Bonjour Monsieur Osei,

Concernant votre commande P07414 de 150 planches à découper, le chêne que vous avez choisi nous arrive avec des nœuds un peu plus marqués que sur l'échantillon. Deux possibilités :

1) on garde le chêne tel quel (aspect plus rustique) ;
2) on passe en hêtre étuvé, même prix.

Dans les deux cas la date de livraison du 9 octobre est tenue. Vous pouvez me dire ce que vous préférez ?

Cdlt,
Didier Schmitt
Ateliers Bois des Vosges
""", end="Cdlt,", change="none", intent="question", po=["P07414"],
     commit=("2026-10-09", "la date de livraison du 9 octobre est tenue"),
     dates=[("2026-10-09", "confirmed_delivery", "9 octobre")]),

dict(v="bretagne", c=1, lang="fr", at="2026-10-20 17:35", subj="Expédition P07415",
     text="""
Bonjour Sandra,

La commande P07415 est partie ce soir en messagerie DHL Freight, complète (12 colis, 2 palettes).

Numéro de suivi : 5089 2276 3311
Livraison estimée : jeudi 22/10

Belle soirée,
Morgane Tanguy
AEB - Logistique
""", end="Belle soirée,", change="shipping", intent="shipping_notice", po=["P07415"],
     commit=("2026-10-22", "Livraison estimée : jeudi 22/10"),
     dates=[("2026-10-20", "ship_date", "ce soir"), ("2026-10-22", "confirmed_delivery", "jeudi 22/10")],
     track=[("DHL Freight", "5089 2276 3311", "Numéro de suivi : 5089 2276 3311")]),

dict(v="lyonnais", c=0, lang="fr", at="2026-11-10 12:05", subj="TR: retard P07416 housses de coussin",
     text="""
Bonjour Sandra,

Je vous transfère le message de notre atelier ci-dessous. En résumé : le tissu jacquard pour les housses de coussin de P07416 est bloqué au contrôle qualité, la livraison glisse d'environ deux semaines.

Question : préférez-vous attendre la totalité ou recevoir dès maintenant les 200 housses unies qui sont prêtes ?

Bien à vous,
Isabelle Martin
Textiles Lyonnais SA

---------- Message transféré ---------
De : Atelier Confection <atelier@textiles-lyonnais.fr>
Date : lun. 9 nov. 2026 à 17:44
Objet : P07416

Isabelle, le jacquard est refusé au CQ (écarts de teinte). Nouveau tissu attendu le 20/11, confection 3 jours, on peut expédier le 26/11 pour une livraison Hambourg le 30/11 au lieu du 16/11.
""", end="Bien à vous,", change="date", intent="delay", sec=["question"], po=["P07416"],
     commit=("2026-11-30", "une livraison Hambourg le 30/11"),
     dates=[("2026-11-20", "other", "20/11"), ("2026-11-26", "ship_date", "26/11"),
            ("2026-11-30", "new_eta", "30/11"), ("2026-11-16", "other", "16/11")],
     lines=[("housses unies", 200, None, "les 200 housses unies", "P07416")]),

dict(v="liege", c=1, lang="fr", at="2026-09-29 10:22", subj="RE: P07417 avancer la livraison ?",
     text="""
Bonjour Madame Jensen,

Bonne nouvelle : nous pouvons avancer la livraison de P07417 comme vous le souhaitiez. Les 360 vases « Meuse » vous seront livrés le mardi 6 octobre au lieu du 14 octobre.

Cordialement,

Aurélie Lambert
Verrerie Liégeoise SRL

Le 28/09/2026 à 16:10, Laura Jensen a écrit :
> Bonjour, serait-il possible de recevoir P07417 une semaine plus tôt ? Merci
""", end="Cordialement,\n\nAurélie", change="date", intent="confirmation", po=["P07417"],
     commit=("2026-10-06", "vous seront livrés le mardi 6 octobre"),
     dates=[("2026-10-06", "confirmed_delivery", "mardi 6 octobre"), ("2026-10-14", "other", "14 octobre")],
     lines=[("vases Meuse", 360, None, "Les 360 vases « Meuse »", "P07417")]),

dict(v="bearn", lang="fr", at="2026-09-21 06:15", subj="Absence - Maïté Etchegaray",
     text="""
Bonjour,

Je suis en congé jusqu'au vendredi 2 octobre et n'aurai pas accès à mes mails. Pour le suivi des commandes, merci d'écrire à Pierre Laborde (pierre.laborde@tissages-bearn.fr).

Maïté Etchegaray
Tissages du Béarn
""", end="Maïté Etchegaray", change="none", intent="other",
     dates=[("2026-10-02", "other", "vendredi 2 octobre")]),

dict(v="jardinsduval", c=0, lang="fr", at="2026-11-03 16:30", subj="P07418 - 3 palettes sur 5",
     text="""
Bonjour Monsieur Brandt,

Nous avons pu charger ce jour 3 palettes sur les 5 de votre commande P07418 (rosiers en pot). Les 2 palettes restantes, soit 96 rosiers grimpants, ne seront prêtes qu'en fin de semaine prochaine : livraison prévue le lundi 16 novembre.

CMR n° FR-26-448213, transport Dachser, livraison des 3 palettes jeudi.

Bien cordialement,
Nathalie Moreau
Les Jardins du Val
""", end="Bien cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07418"], commit=("2026-11-16", "livraison prévue le lundi 16 novembre"),
     dates=[("2026-11-03", "ship_date", "ce jour"), ("2026-11-13", "other", "fin de semaine prochaine"),
            ("2026-11-16", "new_eta", "lundi 16 novembre"), ("2026-11-05", "confirmed_delivery", "jeudi")],
     lines=[("rosiers en pot", 3, "palettes", "3 palettes sur les 5", "P07418"),
            ("rosiers grimpants", 96, None, "soit 96 rosiers grimpants", "P07418")],
     track=[("Dachser", "FR-26-448213", "CMR n° FR-26-448213")]),

dict(v="lemaire", c=0, lang="fr", at="2026-10-08 11:50", subj="Annulation de votre commande P07419",
     text="""
Madame Klein,

Nous sommes au regret de vous informer que nous devons annuler votre commande P07419 (gaufres fines, 1.440 boîtes). Notre fournisseur de beurre a fait l'objet d'un rappel sanitaire et nous ne pourrons pas relancer cette production avant l'année prochaine.

Nous vous présentons toutes nos excuses et restons à votre disposition pour une commande de remplacement en spéculoos.

Veuillez agréer, Madame, nos salutations distinguées.

Olivier Lemaire
Administrateur délégué
Biscuiterie Lemaire SA
""", end="Veuillez agréer", change="cancel", intent="cancellation", po=["P07419"],
     lines=[("gaufres fines", 1440, "boîtes", "gaufres fines, 1.440 boîtes", "P07419")]),

dict(v="savonnerie", lang="fr", at="2026-11-19 09:10", subj="surcharge énergie sur P07420",
     text="""
Bonjour Mike,

Je suis obligée de revenir vers vous sur la commande P07420 : la hausse du gaz ce mois-ci nous oblige à appliquer une surcharge énergie de 0,12 EUR par savon sur cette commande (2 400 savons, soit 288,00 EUR HT en plus). Le prix unitaire passe donc de 1,85 à 1,97 EUR.

Je sais que ce n'est pas agréable, dites-moi si vous voulez en discuter.

Bien à vous,
Camille
""", end="Bien à vous,\nCamille", change="price", intent="price_change", po=["P07420"],
     prices=[dict(product="savon", old=1.85, new=1.97, cur="EUR",
                  quote="Le prix unitaire passe donc de 1,85 à 1,97 EUR")]),

dict(v="lemaire", c=1, lang="fr", at="2026-11-26 15:40", subj="Enlèvement P07421 / P07422",
     text="""
Bonjour Madame Jensen,

Les deux commandes ont été enlevées ce matin par DSV, sur le même camion :

P07421 - speculoos boîte métal 400 g : 864 boîtes (complet)
P07422 - gaufrettes pralinées : 1.200 paquets (complet)

CMR n° 26-BE-0091734. Le transporteur annonce une livraison à Hambourg vendredi matin.

Bien à vous,
Sophie Dubois
Service commandes - Biscuiterie Lemaire SA
""", end="Bien à vous,", change="shipping", intent="shipping_notice", po=["P07421", "P07422"],
     commit=("2026-11-27", "annonce une livraison à Hambourg vendredi matin"),
     dates=[("2026-11-26", "ship_date", "ce matin"), ("2026-11-27", "confirmed_delivery", "vendredi matin")],
     lines=[("speculoos boîte métal 400 g", 864, "boîtes", "864 boîtes (complet)", "P07421"),
            ("gaufrettes pralinées", 1200, "paquets", "1.200 paquets (complet)", "P07422")],
     track=[("DSV", "26-BE-0091734", "CMR n° 26-BE-0091734")],
     changes=[("P07421", "shipping_notice", "2026-11-27", 864, "P07421 - speculoos boîte métal 400 g : 864 boîtes (complet)"),
              ("P07422", "shipping_notice", "2026-11-27", 1200, "P07422 - gaufrettes pralinées : 1.200 paquets (complet)")]),

dict(v="laurentides", c=1, lang="fr", at="2026-09-10 13:05", subj="Question - codes SH et adresse de livraison P07423",
     text="""
Bonjour,

Avant de réserver le conteneur pour votre commande P07423, notre courtier en douane nous demande deux choses :

1. Le code SH que vous utilisez à l'import pour le sucre d'érable en cornets (nous avons 1702.20, est-ce que ça vous convient?)
2. L'adresse exacte de livraison : on a encore l'entrepôt de Hamburg-Billbrook dans notre système, mais il me semble que vous avez déménagé à Allermöhe?

Merci de me revenir rapidement, le booking ferme le 09/18.

Marc-André Gagnon
Logistique | Produits d'érable Laurentides Inc.
""", end="Marc-André Gagnon", change="none", intent="question", po=["P07423"],
     dates=[("2026-09-18", "other", "le 09/18")]),

dict(v="romande", lang="fr", at="2026-12-08 16:25", subj="P07424 expédiée",
     text="""
Bonjour Monsieur Brandt

Votre commande P07424 (couteaux d'office, 600 pces) a été remise aujourd'hui à Planzer pour l'export. Dédouanement à Bâle demain, livraison chez vous en début de semaine prochaine.

N° d'envoi Planzer : PLZ 7731 0452 18

Meilleures salutations
Luc Favre
""", end="Meilleures salutations", change="shipping", intent="shipping_notice", po=["P07424"],
     commit=("2026-12-14", "livraison chez vous en début de semaine prochaine"),
     dates=[("2026-12-08", "ship_date", "aujourd'hui"), ("2026-12-09", "other", "demain"),
            ("2026-12-14", "confirmed_delivery", "début de semaine prochaine")],
     lines=[("couteaux d'office", 600, "pces", "600 pces", "P07424")],
     track=[("Planzer", "PLZ 7731 0452 18", "N° d'envoi Planzer : PLZ 7731 0452 18")]),

dict(v="boreal_qc", lang="fr", at="2026-11-24 09:15", subj="P07412 - report de la date de départ",
     text="""
Bonjour Tim,

Je dois malheureusement vous annoncer un retard sur P07412 (tables de pique-nique MB-PIC-72). Notre séchoir à bois a brisé la semaine passée et la pièce arrive d'Ontario seulement lundi.

Le départ prévu le 12/04 est reporté au 12/15. Avec le transit maritime, l'arrivée à Hambourg serait autour du 01/11/2027 au lieu du 12/21.

On est vraiment désolés. Je vous tiens au courant si ça bouge.

Marc-Olivier Pelletier
Directeur des ventes
Meubles Boréal inc.
""", end="Marc-Olivier Pelletier\nDirecteur", change="date", intent="delay", po=["P07412"],
     commit=("2027-01-11", "l'arrivée à Hambourg serait autour du 01/11/2027"),
     dates=[("2026-11-30", "other", "lundi"), ("2026-12-04", "other", "12/04"),
            ("2026-12-15", "ship_date", "12/15"), ("2027-01-11", "new_eta", "01/11/2027"),
            ("2026-12-21", "other", "12/21")]),

dict(v="ardennes", c=1, lang="fr", at="2026-11-16 08:05", subj="RE: commande P07425",
     text="""
Bonjour,

OK pour P07425, livraison S49 comme demandé.

Service Commandes
Confitures Ardennaises SRL

________________________________
De : Sandra Klein <sandra.klein@hhg-retail.com>
Envoyé : vendredi 13 novembre 2026 17:20
Objet : commande P07425

Bonjour, ci-joint notre commande P07425, livraison souhaitée semaine 49. Merci de confirmer.
""", end="Service Commandes", change="none", intent="confirmation", po=["P07425"],
     commit=("2026-11-30", "livraison S49 comme demandé"),
     dates=[("2026-11-30", "confirmed_delivery", "S49")]),

dict(v="liege", lang="fr", at="2026-12-01 09:02", subj="RE: Avis de réception P07426",
     text="""
Bien reçu, merci Laura. Je transmets au service facturation.

Marc

-----Message d'origine-----
De : Laura Jensen
Envoyé : lundi 30 novembre 2026 18:12
À : Marc Delvaux
Objet : Avis de réception P07426

Bonjour Marc, la marchandise de P07426 est arrivée complète aujourd'hui, tout est en ordre.
""", end="Marc\n", change="none", intent="other", po=["P07426"]),

dict(v="bearn", c=1, lang="fr", at="2026-10-15 14:44", subj="P07427 plaids - quantité confirmée",
     text="""
Bonjour Madame Klein,

Pour P07427, nous ne pourrons vous livrer que 150 plaids « Ossau » sur les 200 commandés : le fil mohair du dernier lot est insuffisant et notre filateur ne relivre pas avant l'été. Les 50 plaids manquants sont donc soldés, ils ne seront pas livrés ultérieurement.

Les 150 plaids partent comme prévu pour une livraison le 28 octobre.

Cordialement,
Pierre Laborde
""", end="Cordialement,\nPierre", change="quantity", intent="partial_shipment", po=["P07427"],
     commit=("2026-10-28", "pour une livraison le 28 octobre"),
     dates=[("2026-10-28", "confirmed_delivery", "28 octobre")],
     lines=[("plaids Ossau", 150, None, "que 150 plaids « Ossau »", "P07427"),
            ("plaids Ossau", 50, None, "Les 50 plaids manquants", "P07427")]),

dict(v="vosges", lang="fr", at="2026-12-10 10:30", subj="P07428 : ligne nichoirs annulée",
     text="""
Bonjour Tim,

Je reviens vers vous pour P07428. On n'a plus de mélèze en épaisseur 18 mm et la scierie ne peut pas en fournir avant mars : on est obligés d'annuler la ligne nichoirs à mésanges (NV-MES, 250 pces).

Les mangeoires (NV-MAN, 300 pces) ne changent pas, livraison toujours le 17/12.

Désolée pour ce contretemps,
Hélène

Ateliers Bois des Vosges SAS
""", end="Désolée pour ce contretemps,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P07428"], commit=("2026-12-17", "livraison toujours le 17/12"),
     dates=[("2026-12-17", "confirmed_delivery", "17/12")],
     lines=[("NV-MES", 250, "pces", "NV-MES, 250 pces", "P07428"),
            ("NV-MAN", 300, "pces", "NV-MAN, 300 pces", "P07428")]),

dict(v="bretagne", lang="fr", at="2026-10-22 11:18", subj="Nouveaux tarifs au 1er novembre",
     text="""
Bonjour Laura,

Suite à la hausse des composants (cuivre et puces), nous mettons à jour notre tarif à partir du 1er novembre. Les prix évoluent comme suit :

Réf.         Article                         Ancien   Nouveau
AEB-RAL-3M   Rallonge 3 m 3 prises           6,90     7,35
AEB-USB-C2   Câble USB-C 2 m                 2,40     2,55

Les autres références restent inchangées. Les commandes déjà confirmées (P07403) gardent l'ancien tarif.

Cordialement,
Yann Le Goff
""", end="Cordialement,\nYann", change="price", intent="price_change", po=["P07403"],
     dates=[("2026-11-01", "price_effective", "à partir du 1er novembre")],
     prices=[dict(product="AEB-RAL-3M", old=6.90, new=7.35, cur="EUR", eff="2026-11-01",
                  quote="AEB-RAL-3M   Rallonge 3 m 3 prises           6,90     7,35"),
             dict(product="AEB-USB-C2", old=2.40, new=2.55, cur="EUR", eff="2026-11-01",
                  quote="AEB-USB-C2   Câble USB-C 2 m                 2,40     2,55")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-12-15 10:00", subj="Prévisions 2027 ?",
     text="""
Bonjour Sandra,

Nous bouclons notre planning de tissage pour le premier semestre. Pourriez-vous nous transmettre vos prévisions de volumes pour les nappes et serviettes en lin (même approximatives) d'ici le 8 janvier ? Sans cela nous ne pourrons pas garantir nos délais habituels de 6 semaines.

Merci beaucoup, et bonnes fêtes de fin d'année !

Thomas Roux
Textiles Lyonnais SA
""", end="Merci beaucoup, et bonnes fêtes", change="none", intent="question",
     dates=[("2027-01-08", "other", "d'ici le 8 janvier")]),

dict(v="aceites", lang="es", at="2026-09-09 12:30", subj="Confirmación pedido P07430",
     text="""
Estimado Sr. Osei:

Le confirmamos la recepción de su pedido P07430. Adjuntamos nuestra confirmación de pedido; podemos servirle en la fecha solicitada.

Un cordial saludo,

Carmen López
Dpto. Comercial Exportación
Aceites del Sur S.L. - Jaén

--- attachment: ConfPedido_AS-D5C-3307.pdf ---
CONFIRMACIÓN DE PEDIDO AS-D5C-3307
Su pedido: P07430
Fecha entrega solicitada: 25/09/2026
Fecha entrega confirmada: 25/09/2026

Código      Descripción                          Cajas   Precio/caja
AS-AOVE-05  AOVE picual 500 ml (caja 12 ud.)     180     54,00
AS-AOVE-25  AOVE picual lata 2,5 l (caja 4 ud.)  60      61,20
""", end="Un cordial saludo,", change="none", intent="confirmation", po=["P07430"],
     vref=["AS-D5C-3307"], commit=("2026-09-25", "Fecha entrega confirmada: 25/09/2026"),
     dates=[("2026-09-25", "other", ("25/09/2026", 0)), ("2026-09-25", "confirmed_delivery", ("25/09/2026", 1))],
     lines=[("AS-AOVE-05", 180, None, "AS-AOVE-05  AOVE picual 500 ml (caja 12 ud.)     180     54,00", "P07430"),
            ("AS-AOVE-25", 60, None, "AS-AOVE-25  AOVE picual lata 2,5 l (caja 4 ud.)  60      61,20", "P07430")]),

dict(v="levante", lang="es", at="2026-10-07 17:20", subj="RE: P07431 confirmación",
     text="""
Hola Sandra,

Te adjunto la confirmación del P07431. Ojo con la fecha: pedíais semana 43 pero con la carga que tenemos en tintorería lo más pronto que podemos es la semana 46. Si no os encaja, dímelo y vemos de sacar una parte antes.

Saludos,
Pablo Sanchis
Textil Levante S.A.

--- attachment: Confirmacion_TLV-D5C-118.pdf ---
CONFIRMACIÓN DE PEDIDO TLV-D5C-118 - Cliente: Hartmann Home & Garden - Ref. cliente P07431
Entrega solicitada: sem. 43 / Entrega confirmada: sem. 46
Artículo    Descripción                  Cant.
TLV-TOA-50  Toalla rizo 50x100 gris      1.500
TLV-TOA-70  Toalla rizo 70x140 gris      800
""", end="Saludos,\nPablo", change="date", intent="delay", sec=["question"], po=["P07431"],
     vref=["TLV-D5C-118"], commit=("2026-11-09", "lo más pronto que podemos es la semana 46"),
     dates=[("2026-10-19", "other", "semana 43"), ("2026-11-09", "new_eta", "la semana 46"),
            ("2026-10-19", "other", "sem. 43"), ("2026-11-09", "new_eta", "sem. 46")],
     lines=[("TLV-TOA-50", 1500, None, "TLV-TOA-50  Toalla rizo 50x100 gris      1.500", "P07431"),
            ("TLV-TOA-70", 800, None, "TLV-TOA-70  Toalla rizo 70x140 gris      800", "P07431")]),

dict(v="iberica", lang="es", at="2026-11-04 13:10", subj="Envío parcial pedido P07432",
     text="""
Buenos días Tim,

Hoy ha salido un envío parcial de tu pedido P07432: 2 de los 3 palés de macetas de barro (las de 30 y 40 cm). El palé pendiente, las macetas de 50 cm (120 uds.), sale el jueves 12 de noviembre y os llegaría el lunes 16.

Transporte: Seur Cargo, expedición 7781-2026-4410.

Un saludo,
Sergio Navarro
Jardinería Ibérica S.L.
""", end="Un saludo,\nSergio", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07432"], commit=("2026-11-16", "os llegaría el lunes 16"),
     dates=[("2026-11-04", "ship_date", "Hoy"), ("2026-11-12", "ship_date", "jueves 12 de noviembre"),
            ("2026-11-16", "new_eta", "lunes 16")],
     lines=[("macetas de barro", 2, "palés", "2 de los 3 palés", "P07432"),
            ("macetas de 50 cm", 120, "uds.", "las macetas de 50 cm (120 uds.)", "P07432")],
     track=[("Seur Cargo", "7781-2026-4410", "expedición 7781-2026-4410")]),

dict(v="galicia", lang="es", at="2026-10-27 10:05", subj="Anulación pedido P07433",
     text="""
Estimada Sra. Jensen:

Lamentamos comunicarle que nos vemos obligados a anular su pedido P07433 (2.400 latas de mejillones en escabeche). La veda decretada en las rías por la marea roja nos impide disponer de materia prima hasta la próxima campaña.

Le rogamos disculpe las molestias. Quedamos a su disposición para ofrecerle alternativas de nuestra gama de berberechos.

Atentamente,

Beatriz Castro
Conservas Galicia S.A. - Vigo
""", end="Atentamente,", change="cancel", intent="cancellation", po=["P07433"],
     lines=[("mejillones en escabeche", 2400, "latas", "2.400 latas de mejillones en escabeche", "P07433")]),

dict(v="valencia", lang="es", at="2026-11-18 09:45", subj="Actualización de tarifas 2027",
     text="""
Estimados clientes:

Les informamos de que, debido al incremento del coste del gas en los hornos de cocción, nuestra tarifa general subirá un 6 % a partir del 1 de enero de 2027.

Los pedidos confirmados antes del 15 de diciembre se servirán a precios actuales.

Adjuntamos la nueva tarifa en PDF.

Reciban un cordial saludo,
Amparo Soler
Departamento Comercial
Cerámica Valenciana S.L. - Manises
""", end="Reciban un cordial saludo,", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "a partir del 1 de enero de 2027"),
            ("2026-12-15", "other", "antes del 15 de diciembre")],
     prices=[dict(pct=6, eff="2027-01-01", quote="nuestra tarifa general subirá un 6 %")]),

dict(v="plasticos", lang="es", at="2026-10-14 18:05", subj="Aviso de embarque P07434",
     text="""
Buenas tardes Mike,

Le informamos que su orden P07434 (cubetas y regaderas, 1 contenedor 40') salió hoy de nuestra planta en Monterrey rumbo a Veracruz. Embarque completo.

Contenedor: MSKU 7720415
Naviera: Maersk, buque MAERSK VIGO
ETD Veracruz: 17/10
ETA Hamburgo: 06/11

Cualquier duda quedo a sus órdenes.

Saludos cordiales,
Fernanda Treviño
Logística de Exportación
Plásticos del Norte S.A. de C.V.
""", end="Cualquier duda quedo a sus órdenes.", change="shipping", intent="shipping_notice", po=["P07434"],
     commit=("2026-11-06", "ETA Hamburgo: 06/11"),
     dates=[("2026-10-14", "ship_date", "hoy"), ("2026-10-17", "ship_date", "17/10"),
            ("2026-11-06", "confirmed_delivery", "06/11")],
     track=[("Maersk", "MSKU 7720415", "Contenedor: MSKU 7720415")]),

dict(v="tlaquepaque", lang="es", at="2026-09-23 11:40", subj="pregunta sobre colores P07435",
     text="""
Hola Laura buen día,

Una preguntita sobre la orden P07435 de macetas de talavera. El azul cobalto que pidieron se nos terminó el esmalte y el proveedor no tiene hasta noviembre. ¿Les sirve que las hagamos en azul añil (es un poquito más claro) o prefieren esperar?

Te mando foto de las dos muestras. Necesitamos saber antes del viernes para no parar el horno.

Saludos!
Alejandra Ruiz
Artesanías Tlaquepaque
""", end="Saludos!", change="none", intent="question", po=["P07435"],
     dates=[("2026-11-01", "other", "hasta noviembre"), ("2026-09-25", "other", "antes del viernes")]),

dict(v="pampa", lang="es", at="2026-12-14 09:00", subj="Respuesta automática: P07436",
     text="""
Gracias por tu mensaje. Estoy de vacaciones desde el 14 de diciembre hasta el 8 de enero, sin acceso al correo.

Para temas urgentes de pedidos escribí a Julieta Romero (julieta.romero@cuerosdelapampa.com.ar).

Martín Ferraro
Cueros de la Pampa S.A.
""", end="Martín Ferraro", change="none", intent="other", po=["P07436"],
     dates=[("2026-12-14", "other", "desde el 14 de diciembre"), ("2027-01-08", "other", "hasta el 8 de enero")]),

dict(v="alicante", lang="es", at="2026-11-11 12:12", subj="RE: P07437 retraso",
     text="""
Laura, el P07437 (columpios y balancines) no llega el 20/11. Nos falla la pintura epoxi del proveedor. Nueva fecha de entrega: 4 de diciembre.

Perdona las molestias.
Nuria

El mar, 10 nov 2026 a las 16:30, Laura Jensen (<laura.jensen@hhg-retail.com>) escribió:
> Hola Nuria, ¿seguimos bien para el 20/11 con P07437? Gracias
""", end="Perdona las molestias.", change="date", intent="delay", po=["P07437"],
     commit=("2026-12-04", "Nueva fecha de entrega: 4 de diciembre"),
     dates=[("2026-11-20", "other", ("20/11", 0)), ("2026-12-04", "new_eta", "4 de diciembre")]),

dict(v="maule", lang="es", at="2026-10-05 15:30", subj="Confirmación orden P07438 - canastos de mimbre",
     text="""
Estimada Sandra:

Junto con saludar, le confirmamos la orden P07438 por 900 canastos de mimbre (MM-CAN-40) y 300 baúles (MM-BAU-60), en las cantidades solicitadas.

Como conversamos, la carga sale de San Antonio el 2 de noviembre y la llegada a Hamburgo está programada para la semana 50.

Quedamos atentos.

Saludos cordiales,
Catalina Soto
Mimbres del Maule SpA
Talca, Chile
""", end="Quedamos atentos.", change="none", intent="confirmation", po=["P07438"],
     commit=("2026-12-07", "la llegada a Hamburgo está programada para la semana 50"),
     dates=[("2026-11-02", "ship_date", "el 2 de noviembre"), ("2026-12-07", "confirmed_delivery", "la semana 50")],
     lines=[("MM-CAN-40", 900, None, "900 canastos de mimbre (MM-CAN-40)", "P07438"),
            ("MM-BAU-60", 300, None, "300 baúles (MM-BAU-60)", "P07438")]),

dict(v="forja_toledo", lang="es", at="2026-09-30 08:30", subj="Boletín Forja Toledana - Otoño 2026",
     text="""
BOLETÍN FORJA TOLEDANA - OTOÑO 2026

Nuevos modelos de faroles y apliques de forja para exterior: descubra la colección «Alcázar».

Estaremos en la feria Ambiente de Fráncfort del 6 al 10 de febrero de 2027. ¡Pase a vernos!

Descuento de lanzamiento del 10 % en la nueva colección para pedidos recibidos hasta el 31 de octubre.

Forja Toledana S.L. - Polígono Industrial, Toledo
Si no desea recibir más comunicaciones, responda BAJA.
""", end="Forja Toledana S.L. - Polígono", change="none", intent="other",
     dates=[("2027-02-06", "other", "del 6"), ("2027-02-10", "other", "al 10 de febrero de 2027"),
            ("2026-10-31", "other", "hasta el 31 de octubre")]),

dict(v="oaxaca", lang="es", at="2026-11-25 13:50", subj="P07439 - envío parcial, resto en enero",
     text="""
Estimado Tim,

Le escribo para avisarle que de la orden P07439 sólo pudimos terminar 320 de las 500 piezas de barro negro, porque las lluvias de octubre retrasaron el secado. Las 320 piezas se embarcan el 30 de noviembre por Manzanillo.

Las 180 piezas restantes quedan pendientes; calculamos tenerlas listas para embarcar a mediados de enero, con llegada a Hamburgo a finales de febrero.

Disculpe usted las molestias.

Atentamente
Guadalupe Hernández
Barro Negro de Oaxaca S.A. de C.V.
""", end="Disculpe usted las molestias.", change="quantity", intent="partial_shipment", po=["P07439"],
     commit=("2027-02-28", "con llegada a Hamburgo a finales de febrero"),
     dates=[("2026-11-30", "ship_date", "el 30 de noviembre"), ("2027-01-15", "ship_date", "mediados de enero"),
            ("2027-02-28", "new_eta", "finales de febrero")],
     lines=[("piezas de barro negro", 320, None, "320 de las 500 piezas", "P07439"),
            ("piezas de barro negro", 180, None, "Las 180 piezas restantes", "P07439")]),

dict(v="pomaire_cl", lang="es", at="2026-11-09 10:20", subj="Re: anulación línea fuentes P07440",
     text="""
Hola Mike,

Confirmado: eliminamos de la orden P07440 la línea de fuentes de greda grandes (GP-FUE-38, 200 unidades), tal como nos pediste. Las ollas y pailas siguen igual, salen de Valparaíso el 23 de noviembre.

Saludos,
Francisca Araya
Greda de Pomaire Ltda.

El dom, 8 nov 2026 a las 19:02, Mike Osei <mike.osei@hhg-retail.com> escribió:
> Francisca, por favor anula la línea GP-FUE-38 de P07440. El resto se mantiene. Gracias
""", end="Saludos,\nFrancisca", change="cancel", intent="cancellation", po=["P07440"],
     dates=[("2026-11-23", "ship_date", "el 23 de noviembre")],
     lines=[("GP-FUE-38", 200, "unidades", "GP-FUE-38, 200 unidades", "P07440")]),

dict(v="andino", lang="es", at="2026-10-21 09:35", subj="Ajuste de precio café - pedido P07441",
     text="""
Buenos días Sandra,

Como sabes, el precio del café en bolsa de Nueva York subió más de 20 % en las últimas semanas. Para el pedido P07441 (café tostado en grano, 1.200 bolsas de 1 kg) tenemos que ajustar el precio de USD 14,20 a USD 15,60 la bolsa. El resto de condiciones se mantiene.

Quedo atento a tu aprobación para programar el tueste.

Cordialmente,
Andrés Restrepo
Café Andino S.A.S. - Medellín
""", end="Cordialmente,", change="price", intent="price_change", sec=["question"], po=["P07441"],
     prices=[dict(product="café tostado en grano", old=14.20, new=15.60, cur="USD",
                  quote="ajustar el precio de USD 14,20 a USD 15,60 la bolsa")]),

dict(v="galicia", c=0, lang="es", at="2026-12-02 16:45", subj="Salida pedido P07442",
     text="""
Buenas tardes Sra. Jensen:

Le comunicamos que su pedido P07442 ha salido hoy completo de nuestras instalaciones de Vigo (4 palés, 5.760 latas). Transportista: Transportes Monfort, CMR 2026-GAL-38812. Entrega prevista en Hamburgo: martes 8 de diciembre.

Atentamente,
Xoán Varela
Conservas Galicia S.A.
""", end="Atentamente,", change="shipping", intent="shipping_notice", po=["P07442"],
     commit=("2026-12-08", "Entrega prevista en Hamburgo: martes 8 de diciembre"),
     dates=[("2026-12-02", "ship_date", "hoy"), ("2026-12-08", "confirmed_delivery", "martes 8 de diciembre")],
     lines=[("latas", 5760, "latas", "5.760 latas", "P07442")],
     track=[("Transportes Monfort", "2026-GAL-38812", "CMR 2026-GAL-38812")]),

dict(v="plasticos", c=0, lang="es", at="2026-09-16 12:00", subj="Dirección de entrega y etiquetas P07443",
     text="""
Hola Mike, qué tal.

Antes de liberar la producción de la orden P07443 necesito que me confirmes dos cosas:
- ¿las etiquetas de código de barras van en cada pieza o solo en la caja master?
- ¿la entrega sigue siendo en su almacén de Hamburgo o cambia al nuevo centro de Bremen?

Con eso arrancamos el lunes.

Saludos,
Rodrigo Garza
Plásticos del Norte
""", end="Saludos,\nRodrigo", change="none", intent="question", po=["P07443"],
     dates=[("2026-09-21", "other", "el lunes")]),

dict(v="pampa", c=1, lang="es", at="2026-10-28 14:15", subj="Nueva lista de precios - cinturones y billeteras",
     text="""
Hola Laura, ¿cómo andás?

Te cuento que desde el 15 de noviembre entra en vigencia la nueva lista de precios en dólares. Los cambios principales:

Código        Producto                     Antes USD   Nuevo USD
CP-CIN-35     Cinturón cuero vacuno 35 mm  9,80        10,60
CP-BIL-10     Billetera cuero clásica      12,50       13,40

La orden P07444 que ya está confirmada queda con los precios viejos.

Abrazo,
Julieta
""", end="Abrazo,", change="price", intent="price_change", po=["P07444"],
     dates=[("2026-11-15", "price_effective", "desde el 15 de noviembre")],
     prices=[dict(product="CP-CIN-35", old=9.80, new=10.60, cur="USD", eff="2026-11-15",
                  quote="CP-CIN-35     Cinturón cuero vacuno 35 mm  9,80        10,60"),
             dict(product="CP-BIL-10", old=12.50, new=13.40, cur="USD", eff="2026-11-15",
                  quote="CP-BIL-10     Billetera cuero clásica      12,50       13,40")]),

dict(v="valencia", c=0, lang="es", at="2026-09-29 11:05", subj="RE: adelantar P07445",
     text="""
Buenos días Tim,

Sí, podemos adelantar el P07445. Las 600 macetas esmaltadas os llegan el viernes 9 de octubre en lugar del 16.

Un saludo,
Vicente Ferrer
Cerámica Valenciana

-----Mensaje original-----
De: Tim Brandt
Enviado el: lunes, 28 de septiembre de 2026 15:40
Asunto: adelantar P07445

Vicente, ¿sería posible recibir P07445 una semana antes? Gracias.
""", end="Un saludo,\nVicente", change="date", intent="confirmation", po=["P07445"],
     commit=("2026-10-09", "os llegan el viernes 9 de octubre"),
     dates=[("2026-10-09", "confirmed_delivery", "viernes 9 de octubre"), ("2026-10-16", "other", "del 16")],
     lines=[("macetas esmaltadas", 600, None, "Las 600 macetas esmaltadas", "P07445")]),

dict(v="lima", lang="es", at="2026-11-19 10:10", subj="P07446 - retraso por paro de transportistas",
     text="""
Estimada Sandra:

Por el paro de transportistas en la sierra sur, la fibra de alpaca no ha podido llegar a nuestra planta en Arequipa. Las 400 mantas de P07446 no podrán embarcarse el 26 de noviembre como estaba previsto.

La nueva fecha de embarque es el 10 de diciembre desde Callao, con llegada estimada a Hamburgo el 18 de enero de 2027.

Le pedimos disculpas.

Atentamente,
Rosa Quispe
Textiles Alpaca del Perú S.A.C.
""", end="Le pedimos disculpas.", change="date", intent="delay", po=["P07446"],
     commit=("2027-01-18", "llegada estimada a Hamburgo el 18 de enero de 2027"),
     dates=[("2026-11-26", "other", "el 26 de noviembre"), ("2026-12-10", "ship_date", "el 10 de diciembre"),
            ("2027-01-18", "new_eta", "el 18 de enero de 2027")],
     lines=[("mantas", 400, None, "Las 400 mantas", "P07446")]),

dict(v="forja_toledo", c=1, lang="es", at="2026-12-09 13:30", subj="Anulación pedido P07447",
     text="""
Buenas tardes:

Acusamos recibo de su solicitud y le confirmamos la anulación total del pedido P07447 (farolas de jardín). No se aplicará ningún cargo.

Administración
Forja Toledana S.L.
""", end="Administración", change="cancel", intent="cancellation", po=["P07447"]),

dict(v="maule", c=1, lang="es", at="2026-12-16 17:40", subj="P07448 embarcado",
     text="""
Sandra, buenas tardes.

La orden P07448 (260 sillones de mimbre) quedó embarcada hoy completa en San Antonio, nave MSC ANTONELLA.

BL: MEDUSA2271904
Contenedor: MSCU 4418207
ETA Hamburgo: 22/01/2027

Saludos,
Matías Fuentes
Mimbres del Maule SpA
""", end="Saludos,\nMatías", change="shipping", intent="shipping_notice", po=["P07448"],
     commit=("2027-01-22", "ETA Hamburgo: 22/01/2027"),
     dates=[("2026-12-16", "ship_date", "hoy"), ("2027-01-22", "confirmed_delivery", "22/01/2027")],
     lines=[("sillones de mimbre", 260, None, "260 sillones de mimbre", "P07448")],
     track=[("MSC", "MEDUSA2271904", "BL: MEDUSA2271904"), ("MSC", "MSCU 4418207", "Contenedor: MSCU 4418207")]),

dict(v="levante", c=0, lang="es", at="2026-10-22 09:25", subj="Pregunta P07449 - ¿envío parcial?",
     text="""
Hola Sandra,

Para el P07449 de fundas nórdicas tenemos listo ya el color blanco y el gris; el arena sale de tintorería más tarde. La fecha de entrega confirmada del 6 de noviembre no cambia.

¿Preferís que os mandemos todo junto en esa fecha o lo que está listo ya esta semana?

Gracias,
Lucía Martínez
Textil Levante S.A.
""", end="Gracias,\nLucía", change="none", intent="question", po=["P07449"],
     commit=("2026-11-06", "La fecha de entrega confirmada del 6 de noviembre no cambia"),
     dates=[("2026-11-06", "confirmed_delivery", "6 de noviembre"), ("2026-10-19", "other", "esta semana")]),
]
