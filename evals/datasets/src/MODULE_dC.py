# ruff: noqa: E501 - email text is data
"""French and Spanish batch dC: writers from France, Belgium, Switzerland, Quebec, Spain,
Mexico, Argentina, Chile and Colombia; questions, closures, invoices and payment reminders,
confirmations against delays (report, décalage, retraso, 'se mantiene', pull-ins), phone
replies, portal notifications and PDF acknowledgements. Hand-written and hand-labelled;
order names P05400-P05599."""

EMAILS = [
dict(v="savonnerie", lang="fr", at="2026-11-16 09:20", subj="Re: P05400 - confirmation livraison",
     text="""
Bonjour Laura,

Petite correction par rapport à mon mail de jeudi dernier : la livraison du 20/11 ne tiendra pas. Notre transporteur ne peut charger que mercredi prochain, donc livraison chez vous le vendredi 27 novembre au matin.

Toutes mes excuses, c'est le transporteur qui nous a lâchés, la marchandise est prête et filmée.

Bonne journée,
Camille

Le 12 nov. 2026 à 15:02, Camille Girard <camille.girard@savonnerie-provence.fr> a écrit :
> Bonjour Laura, je vous confirme la livraison de P05400 (savons 100 g, 2 palettes) le 20 novembre.
""", end="Bonne journée,", change="date", intent="delay", po=["P05400"],
     commit=("2026-11-27", "livraison chez vous le vendredi 27 novembre"),
     dates=[("2026-11-12", "other", "jeudi dernier"), ("2026-11-20", "other", "20/11"),
            ("2026-11-25", "ship_date", "mercredi prochain"),
            ("2026-11-27", "new_eta", "vendredi 27 novembre")]),

dict(v="aceites", c=1, lang="es", at="2026-11-05 12:40", subj="RE: P05401 ¿afecta la huelga?",
     text="""
Buenos días Mike,

No, la huelga de transportistas no nos afecta: trabajamos con flota propia hasta Irún. La fecha se mantiene. El pedido P05401 sale de Jaén el lunes 9 y llega a su almacén de Hamburgo el jueves 12 de noviembre, como estaba confirmado.

Saludos,
Javier Ruiz
Aceites del Sur S.L.

-----Mensaje original-----
De: Mike Osei <mike.osei@hhg-retail.com>
Enviado el: miércoles, 4 de noviembre de 2026 17:21
Para: Javier Ruiz
Asunto: P05401 ¿afecta la huelga?

Hola Javier, leo en la prensa que hay huelga de transporte en España a partir del 9/11. ¿Sigue en pie la entrega del 12/11?
""", end="Saludos,\nJavier", change="none", intent="confirmation", po=["P05401"],
     commit=("2026-11-12", "llega a su almacén de Hamburgo el jueves 12 de noviembre"),
     dates=[("2026-11-09", "ship_date", "el lunes 9"),
            ("2026-11-12", "confirmed_delivery", "el jueves 12 de noviembre")]),

dict(v="lemaire", lang="fr", at="2026-10-08 10:05", subj="Votre commande P05402 - étiquetage",
     text="""
Bonjour Monsieur Brandt,

Merci pour votre commande P05402 (nonante cartons de cougnous et septante cartons de pains à la grecque).

Avant de lancer l'impression de nos étiquettes, une question : sur les cartons destinés à vos magasins, faut-il apposer les codes EAN de vos filiales belges ou ceux de l'Allemagne ? La fiche article reçue mentionne les deux.

Nous devons envoyer le fichier à l'imprimeur lundi au plus tard, faute de quoi la date de livraison serait compromise.

Avec nos meilleures salutations,
Olivier Lemaire
Biscuiterie Lemaire SA
""", end="Avec nos meilleures salutations,", change="none", intent="question", po=["P05402"],
     dates=[("2026-10-12", "other", "lundi au plus tard")]),

dict(v="plasticos", c=1, lang="es", at="2026-11-18 19:05", subj="Re: P05403",
     text="""
Hola Mike! te cuento q el P05403 se nos fue, la inyectora 3 anda fallando desde el lunes. Te llega el 4 de diciembre en vez del 25 de noviembre. Cualquier cosa te aviso

Enviado desde mi Huawei
""", end="Enviado desde mi Huawei", change="date", intent="delay", po=["P05403"],
     commit=("2026-12-04", "Te llega el 4 de diciembre"),
     dates=[("2026-11-16", "other", "desde el lunes"), ("2026-12-04", "new_eta", "4 de diciembre"),
            ("2026-11-25", "other", "25 de noviembre")]),

dict(v="romande", c=1, lang="fr", at="2026-12-01 10:00", subj="Fermeture annuelle - Coutellerie Romande",
     text="""
Madame, Monsieur,

Nous vous informons que notre entreprise sera fermée pour les vacances annuelles du mercredi 23 décembre 2026 au vendredi 8 janvier 2027 inclus. Les commandes reçues après le 16 décembre seront traitées dès la reprise, le lundi 11 janvier.

Votre commande P05404 n'est pas concernée : elle sera livrée comme convenu le jeudi 10 décembre.

Nous vous remercions de votre fidélité et vous souhaitons d'ores et déjà de belles fêtes.

Chantal Rochat
Administration des ventes
Coutellerie Romande SA - Le Sentier
""", end="Chantal Rochat", change="none", intent="other", sec=["confirmation"], po=["P05404"],
     commit=("2026-12-10", "elle sera livrée comme convenu le jeudi 10 décembre"),
     dates=[("2026-12-23", "other", "mercredi 23 décembre 2026"), ("2027-01-08", "other", "vendredi 8 janvier 2027"),
            ("2026-12-16", "other", "après le 16 décembre"), ("2027-01-11", "other", "lundi 11 janvier"),
            ("2026-12-10", "confirmed_delivery", "jeudi 10 décembre")]),

dict(v="pampa", lang="es", at="2026-11-27 16:30", subj="P05405 - certificado de origen",
     text="""
Che Tim, una consulta rápida: ¿ustedes necesitan el certificado de origen Mercosur para el P05405 o les alcanza con la factura comercial? Si lo necesitan lo tenemos que pedir a la Cámara y eso demora unos días, así que avisame cuanto antes. El embarque sigue para el 14/12 igual.

Abrazo,
Martín

El jue, 26 nov 2026 a las 10:12, Tim Brandt (<tim.brandt@hhg-retail.com>) escribió:
> Martín, gracias por la proforma del P05405. Por favor mandanos los documentos de embarque apenas los tengas.
""", end="Abrazo,", change="none", intent="question", po=["P05405"],
     dates=[("2026-12-14", "ship_date", "14/12")]),

dict(v="laurentides", lang="fr", at="2026-12-02 14:30", subj="RE: P05406 - possibilité d'avancer?",
     text="""
Bonjour Sandra,

Bonne nouvelle! On est capable d'avancer la livraison du P05406. Au lieu du 14 décembre, le camion va arriver à votre entrepôt le mercredi 9 décembre en avant-midi. Les 480 caisses de sirop sont déjà emballées, présentement on attend juste la confirmation du transporteur pour le créneau.

Merci et bonne journée!

Geneviève Tremblay
Produits d'érable Laurentides

-----Message d'origine-----
De : Sandra Klein <sandra.klein@hhg-retail.com>
Envoyé : 1 décembre 2026 09:40
À : Geneviève Tremblay
Objet : P05406 - possibilité d'avancer?

Bonjour Geneviève, nos rayons sont presque vides. Serait-il possible de recevoir P05406 avant le 14?
""", end="Merci et bonne journée!", change="date", intent="confirmation", po=["P05406"],
     commit=("2026-12-09", "le camion va arriver à votre entrepôt le mercredi 9 décembre"),
     dates=[("2026-12-14", "other", "14 décembre"), ("2026-12-09", "confirmed_delivery", "mercredi 9 décembre")],
     lines=[("sirop d'érable", 480, "caisses", "Les 480 caisses de sirop", "P05406")]),

dict(v="galicia", lang="es", at="2026-11-12 08:00", subj="Recordatorio de pago - Factura FV-2026-04418",
     frm="Conservas Galicia - Administración <administracion@conservasgalicia.es>",
     text="""
Estimado cliente:

Según nuestros registros, la siguiente factura figura como pendiente de pago:

Factura: FV-2026-04418
Su pedido: P05407
Fecha de vencimiento: 30/10/2026
Importe pendiente: 8.412,60 EUR

Le rogamos que efectúe el pago a la mayor brevedad posible. Si ya lo ha realizado, le pedimos que haga caso omiso de este aviso.

Este es un mensaje automático, por favor no responda a esta dirección.
Conservas Galicia S.A. - Departamento de Administración
""", end="Este es un mensaje automático", change="none", intent="other", po=["P05407"],
     vref=["FV-2026-04418"],
     dates=[("2026-10-30", "other", "30/10/2026")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-11-24 06:12", subj="[Portail ADV] Modification de la commande P05408",
     frm="Les Jardins du Val - Portail ADV <noreply@jardinsduval.fr>",
     text="""
Les Jardins du Val - Notification automatique

Votre commande P05408 (notre réf. CV-26-07741) a été modifiée.

Nouvelle date de livraison : 07/12/2026
Date précédente : 30/11/2026
Motif : rupture fournisseur (pots terre cuite 18 cm)

Articles concernés :
JV-CY-18   Cyclamen pot 18 cm          240 pcs
JV-PO-18   Poinsettia rouge pot 18 cm  180 pcs

Pour toute question, contactez votre interlocuteur commercial. Ce message a été généré automatiquement, merci de ne pas y répondre.
""", end="Pour toute question, contactez", change="date", intent="delay", po=["P05408"],
     vref=["CV-26-07741"], commit=("2026-12-07", "Nouvelle date de livraison : 07/12/2026"),
     dates=[("2026-12-07", "new_eta", "07/12/2026"), ("2026-11-30", "other", "30/11/2026")],
     lines=[("JV-CY-18", 240, "pcs", "JV-CY-18   Cyclamen pot 18 cm          240 pcs", "P05408"),
            ("JV-PO-18", 180, "pcs", "JV-PO-18   Poinsettia rouge pot 18 cm  180 pcs", "P05408")]),

dict(v="levante", lang="es", at="2026-11-26 13:15", subj="Pedido P05409 - envío parcial",
     text="""
Estimado Sr. Brandt:

Le informamos de que hoy hemos enviado 850 juegos de sábanas de percal (TL-JS-150) del pedido P05409, con DHL Freight, n.º de envío 4471029935.

Los 150 juegos restantes saldrán de fábrica la semana 50 y llegarán a su almacén a mediados de diciembre. Lamentamos las molestias; la tintorería nos entregó el último lote con retraso.

Atentamente,
Lucía Martínez
Textil Levante S.A.
""", end="Atentamente,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P05409"], commit=("2026-12-15", "llegarán a su almacén a mediados de diciembre"),
     dates=[("2026-11-26", "ship_date", "hoy hemos enviado"), ("2026-12-07", "ship_date", "la semana 50"),
            ("2026-12-15", "new_eta", "mediados de diciembre")],
     lines=[("TL-JS-150", 850, "juegos", "850 juegos de sábanas", "P05409"),
            ("TL-JS-150", 150, "juegos", "Los 150 juegos restantes", "P05409")],
     track=[("DHL Freight", "4471029935", "n.º de envío 4471029935")]),

dict(v="lyonnais", lang="fr", at="2026-11-30 11:45", subj="Commande P05410 - ligne annulée",
     text="""
Madame Jensen,

Nous sommes au regret de devoir annuler la ligne TL-PL-50 (plaids laine mérinos, 120 pcs) de votre commande P05410 : notre filature italienne a arrêté cette qualité sans préavis et nous n'avons pas de fil de remplacement de qualité équivalente.

Les autres articles de la commande sont maintenus et seront livrés comme prévu le 18 décembre.

Nous vous prions de bien vouloir nous excuser pour ce désagrément.

Isabelle Martin
Administration des ventes - Textiles Lyonnais
""", end="Isabelle Martin", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P05410"], commit=("2026-12-18", "seront livrés comme prévu le 18 décembre"),
     dates=[("2026-12-18", "confirmed_delivery", "18 décembre")],
     lines=[("TL-PL-50", 120, "pcs", "TL-PL-50 (plaids laine mérinos, 120 pcs)", "P05410")]),

dict(v="iberica", lang="es", at="2026-12-02 09:30", subj="Tarifa 2027",
     text="""
Estimados clientes:

Les adjuntamos nuestra tarifa para 2027, que entrará en vigor el 1 de enero de 2027. La subida media es del 3,8 %, debido sobre todo al coste del transporte y de la turba.

Como excepción, el abono orgánico granulado en saco de 20 kg (JI-AB-20) pasa de 12,40 € a 13,10 € el saco.

Su pedido P05411, que se servirá ya en 2027, se facturará con la nueva tarifa.

Un saludo,
Sergio Navarro
Jardinería Ibérica S.L.
""", end="Un saludo,", change="price", intent="price_change", po=["P05411"],
     dates=[("2027-01-01", "price_effective", "el 1 de enero de 2027")],
     prices=[dict(product=None, pct=3.8, cur=None, eff="2027-01-01", quote="La subida media es del 3,8 %"),
             dict(product="JI-AB-20", old=12.40, new=13.10, cur="EUR", eff="2027-01-01",
                  quote="pasa de 12,40 € a 13,10 € el saco")]),

dict(v="bretagne", c=1, lang="fr", at="2026-12-04 15:50", subj="Expédition P05412",
     text="""
Bonjour,

Votre commande P05412 a été expédiée ce jour via DB Schenker (32 colis, 1 palette). Livraison prévue entre le 8 et le 9 décembre. Le bon de livraison est en pièce jointe.

Cordialement,
Morgane Tanguy
AEB - Service logistique

--- attachment: BL-26-11873.pdf ---
BON DE LIVRAISON BL-26-11873
Commande client : P05412        Date d'expédition : 04/12/2026
Transporteur : DB Schenker - n° d'envoi 2611-448-9027
Réf.         Désignation                     Qté livrée
AEB-CH65     Chargeur USB-C 65 W             400
AEB-CB-2M    Câble USB-C 2 m tressé          960
AEB-PB-10    Batterie externe 10 000 mAh     240
""", end="Cordialement,", change="shipping", intent="shipping_notice", po=["P05412"],
     vref=["BL-26-11873"], commit=("2026-12-09", "Livraison prévue entre le 8 et le 9 décembre"),
     dates=[("2026-12-04", "ship_date", "expédiée ce jour"), ("2026-12-08", "range_start", "entre le 8"),
            ("2026-12-09", "range_end", "le 9 décembre"), ("2026-12-04", "ship_date", "04/12/2026")],
     lines=[("AEB-CH65", 400, None, "AEB-CH65     Chargeur USB-C 65 W             400", "P05412"),
            ("AEB-CB-2M", 960, None, "AEB-CB-2M    Câble USB-C 2 m tressé          960", "P05412"),
            ("AEB-PB-10", 240, None, "AEB-PB-10    Batterie externe 10 000 mAh     240", "P05412")],
     track=[("DB Schenker", "2611-448-9027", "n° d'envoi 2611-448-9027")]),

dict(v="andino", c=1, lang="es", at="2026-10-13 11:20", subj="Documentos originales pedido P05413",
     text="""
Buenos días señor Osei,

Le escribo para preguntarle a qué dirección debemos enviar por courier los documentos originales del pedido P05413 (BL, certificado de origen y certificado fitosanitario). En la orden de compra figura la dirección del almacén, pero en el pedido anterior nos pidieron mandarlos a su agente de aduanas.

La motonave zarpa de Cartagena el 19 de octubre, por lo que necesitaríamos la dirección antes de esa fecha.

Cordialmente,
Valentina Ospina
Café Andino S.A.S.
""", end="Cordialmente,", change="none", intent="question", po=["P05413"],
     dates=[("2026-10-19", "ship_date", "el 19 de octubre")]),

dict(v="vosges", lang="fr", at="2026-11-10 08:55", subj="Votre commande P05414",
     text="""
Madame Klein,

Je me permets de revenir vers vous au sujet de votre commande P05414, et vous prie par avance de bien vouloir excuser le contretemps que je vais vous annoncer.

Le séchage de nos planches de hêtre a pris plus de temps que prévu en raison de l'humidité de ces dernières semaines. Par conséquent, les étagères murales AV-ET-80 prévues en semaine 47 ne pourront vous être livrées qu'en semaine 50.

En revanche, les 40 planches à découper AV-PD-40 sont prêtes. Souhaitez-vous que nous vous les livrions dès à présent, ou préférez-vous une livraison groupée ? Je me tiens à votre entière disposition pour en discuter.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Mathieu
Ateliers Bois des Vosges
""", end="Je vous prie d'agréer", change="date", intent="delay", sec=["question"], po=["P05414"],
     commit=("2026-12-07", "ne pourront vous être livrées qu'en semaine 50"),
     dates=[("2026-11-16", "other", "semaine 47"), ("2026-12-07", "new_eta", "semaine 50")],
     lines=[("AV-PD-40", 40, None, "les 40 planches à découper AV-PD-40 sont prêtes", "P05414")]),
]
