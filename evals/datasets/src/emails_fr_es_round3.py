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

dict(v="maule", lang="es", at="2026-12-09 11:00", subj="Novedades 2027 | Mimbres del Maule en Ambiente Frankfurt",
     frm="Mimbres del Maule <novedades@mimbresdelmaule.cl>",
     text="""
Estimados clientes y amigos:

Este año cerramos con más de 40 artesanos de Chimbarongo trabajando con nosotros. ¡Gracias por acompañarnos!

NUEVA COLECCIÓN 2027
Canastos de mimbre teñido en tonos tierra, lámparas colgantes y una línea de muebles de terraza en mimbre y pino.

NOS VEMOS EN AMBIENTE FRANKFURT
Hall 11.0, stand B45, del 6 al 10 de febrero de 2027. Si quiere agendar una reunión con nuestro equipo, responda a este correo antes del 31 de diciembre.

Felices fiestas,
Equipo Mimbres del Maule

Para darse de baja de esta lista, haga clic aquí.
""", end="Felices fiestas,", change="none", intent="other",
     dates=[("2027-02-06", "other", "del 6 al 10 de febrero de 2027"),
            ("2027-02-10", "other", "del 6 al 10 de febrero de 2027"),
            ("2026-12-31", "other", "antes del 31 de diciembre")]),

dict(v="lemaire", c=1, lang="fr", at="2026-11-17 14:10", subj="RE: Décalage P05416 ?",
     text="""
Bonjour Monsieur Osei,

Non non, pas de décalage chez nous : P05416 est toujours prévu mardi prochain 24/11 au matin chez vous, le camion est réservé.

Vous confondez peut-être avec P05417 (les spéculoos en vrac), qui lui part bien la semaine d'après, comme annoncé dans mon mail du 5 novembre.

Bonne fin de journée,
Sophie Dubois
Biscuiterie Lemaire

-----Message d'origine-----
De : Mike Osei <mike.osei@hhg-retail.com>
Envoyé : mardi 17 novembre 2026 11:02
À : Sophie Dubois
Objet : Décalage P05416 ?

Bonjour Sophie, notre planning indique un décalage sur P05416 (livraison prévue le 24/11). Pouvez-vous confirmer ?
""", end="Bonne fin de journée,", change="none", intent="confirmation", po=["P05416", "P05417"],
     commit=("2026-11-24", "P05416 est toujours prévu mardi prochain 24/11"),
     dates=[("2026-11-24", "confirmed_delivery", ("mardi prochain 24/11", 0)),
            ("2026-11-30", "ship_date", "la semaine d'après"), ("2026-11-05", "other", "5 novembre")],
     changes=[("P05416", "confirmation", "2026-11-24", None, "P05416 est toujours prévu mardi prochain 24/11"),
              ("P05417", "confirmation", None, None, "P05417 (les spéculoos en vrac), qui lui part bien la semaine d'après")]),

dict(v="plasticos", lang="es", at="2026-11-30 10:00", subj="Embarque pedidos P05418 / P05419",
     text="""
Buen día Mike,

Le informo que hoy salieron de planta los pedidos P05418 (cajas organizadoras 30 L, 2,880 pzas) y P05419 (tapas para caja 30 L, 1,440 pzas), completos y consolidados en el contenedor MSKU 778120-3 rumbo a Veracruz.

El buque zarpa de Veracruz el 4 de diciembre y la ETA a Hamburgo es el 23 de diciembre. Le mando el BL en cuanto la naviera lo libere.

Saludos cordiales,
Rodrigo Garza
Plásticos del Norte
""", end="Saludos cordiales,", change="shipping", intent="shipping_notice", po=["P05418", "P05419"],
     commit=("2026-12-23", "la ETA a Hamburgo es el 23 de diciembre"),
     dates=[("2026-11-30", "ship_date", "hoy salieron de planta"), ("2026-12-04", "ship_date", "4 de diciembre"),
            ("2026-12-23", "confirmed_delivery", "23 de diciembre")],
     lines=[("cajas organizadoras 30 L", 2880, "pzas", "2,880 pzas", "P05418"),
            ("tapas para caja 30 L", 1440, "pzas", "1,440 pzas", "P05419")],
     track=[(None, "MSKU 778120-3", "contenedor MSKU 778120-3")],
     changes=[("P05418", "shipping_notice", "2026-12-23", 2880, "P05418 (cajas organizadoras 30 L, 2,880 pzas)"),
              ("P05419", "shipping_notice", "2026-12-23", 1440, "P05419 (tapas para caja 30 L, 1,440 pzas)")]),

dict(v="savonnerie", lang="fr", at="2026-12-01 11:30", subj="P05420 - lavande",
     text="""
Bonjour Laura,

Mauvaise nouvelle pour P05420 : l'huile essentielle de lavande fine est en rupture chez notre distillerie jusqu'à mi-janvier, donc les 600 savons lavande (SDP-LV-100) ne pourront pas partir le 10/12 avec le reste de la commande.

Deux options :
1) on remplace par du lavandin (même prix, parfum un peu plus camphré) et tout part ensemble ;
2) vous attendez pour cette référence et on vous l'envoie séparément.

Vous me dites d'ici vendredi ? Merci !

Camille
""", end=("Camille", 0), change="date", intent="delay", sec=["question"], po=["P05420"],
     commit=("2027-01-15", "en rupture chez notre distillerie jusqu'à mi-janvier"),
     dates=[("2027-01-15", "new_eta", "mi-janvier"), ("2026-12-10", "ship_date", "le 10/12"),
            ("2026-12-04", "other", "d'ici vendredi")],
     lines=[("SDP-LV-100", 600, None, "les 600 savons lavande (SDP-LV-100)", "P05420")]),

dict(v="galicia", c=1, lang="es", at="2026-11-13 09:10", subj="Confirmación pedido P05421",
     text="""
Buenos días,

Adjunto confirmación del pedido P05421.

Un saludo,
Beatriz Castro
Conservas Galicia S.A.

--- attachment: CP-26-1187.pdf ---
CONFIRMACIÓN DE PEDIDO CP-26-1187
Cliente: Hartmann Home & Garden     Su pedido: P05421     Fecha: 13/11/2026
Artículo    Descripción                          Cajas   Entrega
CG-SA-90    Sardinas en aceite de oliva 90 g     120     semana 49
CG-BE-63    Berberechos al natural 63/70         80      semana 49
CG-PU-111   Pulpo en aceite de oliva 111 g       60      semana 49
Forma de pago: transferencia a 60 días fecha factura. Portes pagados.
""", end="Un saludo,", change="none", intent="confirmation", po=["P05421"], vref=["CP-26-1187"],
     commit=("2026-11-30", ("semana 49", 0)),
     dates=[("2026-11-13", "other", "13/11/2026"),
            ("2026-11-30", "confirmed_delivery", ("semana 49", 0)),
            ("2026-11-30", "confirmed_delivery", ("semana 49", 1)),
            ("2026-11-30", "confirmed_delivery", ("semana 49", 2))],
     lines=[("CG-SA-90", 120, "cajas", "CG-SA-90    Sardinas en aceite de oliva 90 g     120     semana 49", "P05421"),
            ("CG-BE-63", 80, "cajas", "CG-BE-63    Berberechos al natural 63/70         80      semana 49", "P05421"),
            ("CG-PU-111", 60, "cajas", "CG-PU-111   Pulpo en aceite de oliva 111 g       60      semana 49", "P05421")]),

dict(v="romande", lang="fr", at="2026-12-08 11:00", subj="Livraison partielle commande P05422",
     text="""
Bonjour Monsieur Osei,

Nous avons expédié ce matin 180 des 240 couteaux d'office CR-OF-9 de votre commande P05422, par Planzer (n° de suivi 88210045531).

Les 60 pièces restantes vous parviendront d'ici à la fin janvier : notre émouleur est en arrêt maladie et nous ne pouvons pas confier l'affûtage à l'extérieur sans perdre notre label.

Avec nos salutations les meilleures,
Luc Favre
Coutellerie Romande SA
""", end="Avec nos salutations les meilleures,", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P05422"],
     commit=("2027-01-31", "vous parviendront d'ici à la fin janvier"),
     dates=[("2026-12-08", "ship_date", "expédié ce matin"), ("2027-01-31", "new_eta", "la fin janvier")],
     lines=[("CR-OF-9", 180, None, "180 des 240 couteaux d'office CR-OF-9", "P05422"),
            ("CR-OF-9", 60, "pièces", "Les 60 pièces restantes", "P05422")],
     track=[("Planzer", "88210045531", "n° de suivi 88210045531")]),

dict(v="pampa", c=1, lang="es", at="2026-11-19 15:00", subj="P05423",
     text="""
Hola Tim,

Te cuento que la Aduana nos frenó la exportación por un tema de licencias, así que el embarque del P05423 pasó del 20/11 al 4/12, con lo cual el arribo a Hamburgo sería aprox. el 8 de enero.

Te pido mil disculpas, ya sabés cómo son las cosas acá. Cualquier novedad te aviso enseguida.

Besos,
Juli
""", end="Besos,", change="date", intent="delay", po=["P05423"],
     commit=("2027-01-08", "el arribo a Hamburgo sería aprox. el 8 de enero"),
     dates=[("2026-11-20", "other", "del 20/11"), ("2026-12-04", "ship_date", "al 4/12"),
            ("2027-01-08", "new_eta", "8 de enero")]),

dict(v="laurentides", c=1, lang="fr", at="2026-11-04 13:20", subj="Facture F-2026-3391 - commande P05424",
     text="""
Bonjour,

Vous trouverez ci-joint notre facture F-2026-3391 pour la commande P05424, livrée le 2 novembre. Paiement net 30 jours.

Merci de votre confiance!

Marc-André Gagnon
Comptes clients
Produits d'érable Laurentides Inc.

--- attachment: F-2026-3391.pdf ---
FACTURE F-2026-3391
Date : 2026-11-03          Échéance : 2026-12-03
Votre bon de commande : P05424
Qté    Description                               Prix unitaire    Montant
240    Sirop d'érable ambré 540 ml (caisse de 12)    58,40 $       14 016,00 $
Total CAD : 14 016,00 $
""", end="Merci de votre confiance!", change="none", intent="other", po=["P05424"],
     vref=["F-2026-3391"],
     dates=[("2026-11-02", "other", "livrée le 2 novembre"), ("2026-11-03", "other", "2026-11-03"),
            ("2026-12-03", "other", "2026-12-03")],
     lines=[("Sirop d'érable ambré 540 ml", 240, "caisse", "240    Sirop d'érable ambré 540 ml (caisse de 12)", "P05424")]),

dict(v="oaxaca", lang="es", at="2026-11-17 12:00", subj="Pedido P05425 - etiquetas",
     text="""
Buenas tardes Sr. Tim,

Espero que se encuentre muy bien. Le escribo porque tenemos una duda con el pedido P05425 de las piezas de barro negro (jarrones y cántaros). En la orden dice que llevan etiqueta de "Hecho a mano en México" pero no dice en qué idioma, ¿la quiere en alemán, en inglés o en español? También queríamos saber si las cajas llevan su logotipo o van lisas como la vez pasada.

Es que el embalaje lo empezamos el lunes 23 y nos gustaría tener todo listo, las piezas ya están quemadas y pulidas y quedaron preciosas.

Quedo en espera de su amable respuesta.

Saludos cordiales,
Guadalupe Hernández
Barro Negro de Oaxaca
""", end="Quedo en espera", change="none", intent="question", po=["P05425"],
     dates=[("2026-11-23", "other", "el lunes 23")]),

dict(v="liege", c=1, lang="fr", at="2026-12-07 18:40", subj="Re: P05426",
     text="""
Bonjour, P05426 sera livrée jeudi 17/12 au lieu du 10, désolée, souci de four.
Aurélie

Envoyé de mon iPhone
""", end="Aurélie", change="date", intent="delay", po=["P05426"],
     commit=("2026-12-17", "P05426 sera livrée jeudi 17/12"),
     dates=[("2026-12-17", "new_eta", "jeudi 17/12"), ("2026-12-10", "other", "du 10")]),

dict(v="aceites", lang="es", at="2026-10-21 10:00", subj="RE: Anulación pedido P05427",
     text="""
Estimada Sra. Klein:

Confirmamos la anulación de su pedido P05427 según su correo de ayer. Al no haberse preparado todavía la mercancía, no se generará ningún cargo.

Quedamos a su disposición para futuros pedidos.

Un cordial saludo,
Carmen López
Aceites del Sur S.L.

El 20 oct 2026, a las 16:55, Sandra Klein <sandra.klein@hhg-retail.com> escribió:
> Carmen, por favor anulen el pedido P05427 (entrega 5/11), se ha cancelado la promoción de otoño.
""", end="Quedamos a su disposición", change="cancel", intent="cancellation", po=["P05427"],
     dates=[("2026-10-20", "other", "ayer")]),

dict(v="jardinsduval", lang="fr", at="2026-12-08 09:30", subj="P05428 - livraison samedi ?",
     text="""
Bonjour Madame Klein,

Pour la commande P05428 (sapins Nordmann en pot), notre transporteur nous propose un passage samedi matin sur votre plateforme de Hambourg. Acceptez-vous les livraisons le samedi ? Sinon, la livraison se fera le lundi 14 décembre.

Merci de me répondre avant demain midi, le chauffeur doit être confirmé.

Bien à vous,
Nathalie Moreau
Les Jardins du Val
""", end="Bien à vous,", change="none", intent="question", po=["P05428"],
     dates=[("2026-12-12", "other", "samedi matin"), ("2026-12-14", "other", "lundi 14 décembre"),
            ("2026-12-09", "other", "demain midi")]),

dict(v="levante", c=1, lang="es", at="2026-11-11 16:20", subj="RE: P05429 ¿se puede adelantar?",
     text="""
Hola Sandra:

Buenas noticias: hemos reorganizado la producción y podemos adelantar la entrega del pedido P05429 a la semana 48, en vez de la 50 como estaba previsto. El camión llegará a vuestro almacén el martes 24 de noviembre.

Un saludo,
Pablo

El mar, 10 nov 2026 a las 9:15, Sandra Klein (<sandra.klein@hhg-retail.com>) escribió:
> Pablo, ¿hay alguna posibilidad de recibir el P05429 antes? Las ventas de toallas van muy bien.
""", end="Un saludo,", change="date", intent="confirmation", po=["P05429"],
     commit=("2026-11-24", "El camión llegará a vuestro almacén el martes 24 de noviembre"),
     dates=[("2026-11-23", "confirmed_delivery", "a la semana 48"), ("2026-12-07", "other", "la 50"),
            ("2026-11-24", "confirmed_delivery", "martes 24 de noviembre")]),

dict(v="vosges", c=1, lang="fr", at="2026-11-26 07:45", subj="P05430",
     text="""
P05430 parti ce matin, 2 palettes, Heppner, récépissé 2611-77821. Livraison lundi.

D. Schmitt
""", end="D. Schmitt", change="shipping", intent="shipping_notice", po=["P05430"],
     commit=("2026-11-30", "Livraison lundi"),
     dates=[("2026-11-26", "ship_date", "parti ce matin"), ("2026-11-30", "confirmed_delivery", "lundi")],
     lines=[("palettes", 2, "palettes", "2 palettes", "P05430")],
     track=[("Heppner", "2611-77821", "récépissé 2611-77821")]),

dict(v="maule", c=1, lang="es", at="2026-11-09 10:30", subj="Re: P05431 nuevo zarpe",
     text="""
Hola Laura, sí, confirmado por escrito: el P05431 (600 canastos de mimbre MM-CA-40) zarpa de San Antonio el 28 de noviembre en el Cap San Lorenzo, ETA Hamburgo 5 de enero. Las fechas de mi correo anterior (zarpe 14/11) quedan sin efecto.

Saludos,
Matías

El vie, 6 nov 2026 a las 12:30, Laura Jensen (<laura.jensen@hhg-retail.com>) escribió:
> Matías, según lo hablado por teléfono el zarpe del P05431 pasa al 28/11. ¿Me lo confirmas por escrito con la nueva ETA?
""", end="Saludos,", change="date", intent="confirmation", po=["P05431"],
     commit=("2027-01-05", "ETA Hamburgo 5 de enero"),
     dates=[("2026-11-28", "ship_date", "28 de noviembre"), ("2027-01-05", "new_eta", "5 de enero"),
            ("2026-11-14", "other", "14/11")],
     lines=[("MM-CA-40", 600, None, "600 canastos de mimbre MM-CA-40", "P05431")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-12-10 10:35", subj="Évolution de nos tarifs au 1er février",
     text="""
Bonjour Madame Jensen,

J'espère que vous allez bien et que la saison de Noël se passe bien chez vous.

Je me permets de vous écrire au sujet de nos tarifs. Comme vous le savez sans doute, la récolte d'olives 2026 a été catastrophique en Espagne et en Grèce, et l'huile d'olive que nous utilisons pour la saponification a augmenté de 38 % depuis l'été. Nous avons absorbé cette hausse aussi longtemps que possible, mais nous ne pouvons plus continuer ainsi sans mettre en danger l'atelier.

À compter du 1er février 2027, nos prix augmenteront donc de 6 % sur toute la gamme des savons solides. Le savon liquide 500 ml (SDP-SL-500) passera quant à lui de 4,85 € à 5,20 € HT.

Votre commande P05432 en cours sera bien entendu facturée à l'ancien tarif.

Je reste à votre disposition pour en parler de vive voix si vous le souhaitez.

Bien cordialement,
Julien Fabre
Savonnerie de Provence
""", end="Bien cordialement,", change="price", intent="price_change", po=["P05432"],
     dates=[("2027-02-01", "price_effective", "À compter du 1er février 2027")],
     prices=[dict(product="savons solides", pct=6, cur=None, eff="2027-02-01",
                  quote="nos prix augmenteront donc de 6 % sur toute la gamme des savons solides"),
             dict(product="SDP-SL-500", old=4.85, new=5.20, cur="EUR", eff="2027-02-01",
                  quote="passera quant à lui de 4,85 € à 5,20 € HT")]),

dict(v="plasticos", c=1, lang="es", at="2026-12-01 15:10", subj="forecast 2027",
     text="""
Hola Mike, buenas tardes

Estamos cerrando el plan de producción del primer semestre y la resina la tenemos que apartar con el proveedor antes del 15 de diciembre, si no nos la suben. ¿Nos podrías compartir tu forecast de cajas organizadoras y tapas? Aunque sea aproximado, como lo que hicimos con el P05433 que nos funcionó muy bien.

Mil gracias!!
Fer
""", end="Mil gracias!!", change="none", intent="question", po=["P05433"],
     dates=[("2026-12-15", "other", "antes del 15 de diciembre")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-11-27 16:05", subj="Confirmation livraison P05434",
     text="""
Bonjour Madame Klein,

Je reviens vers vous concernant la commande P05434. Je vous avais confirmé une livraison le 3 décembre ; malheureusement notre teinturier de Roanne a pris du retard sur le bain « terracotta » et nous ne pourrons pas tenir cette date. La livraison est décalée au 11 décembre (vendredi).

Les autres coloris (sauge, écru, anthracite) sont prêts. Si vous le souhaitez, nous pouvons les livrer dès le 3 comme prévu et le terracotta suivrait le 11 : merci de me dire ce que vous préférez.

Cordialement,
Thomas Roux
Service clients - Textiles Lyonnais
""", end="Cordialement,", change="date", intent="delay", sec=["question"], po=["P05434"],
     commit=("2026-12-11", "La livraison est décalée au 11 décembre (vendredi)"),
     dates=[("2026-12-03", "other", "le 3 décembre"), ("2026-12-11", "new_eta", "11 décembre (vendredi)"),
            ("2026-12-03", "other", "dès le 3"), ("2026-12-11", "other", "suivrait le 11")]),

dict(v="iberica", c=1, lang="es", at="2026-12-04 08:00", subj="Respuesta automática: RE: P05435 macetas terracota",
     text="""
Gracias por su mensaje.

Estaré fuera de la oficina del lunes 7 al viernes 11 de diciembre (puente de la Inmaculada), con acceso limitado al correo. Para asuntos urgentes sobre pedidos puede contactar con mi compañero Sergio Navarro (sergio.navarro@jardineriaiberica.es, +34 953 61 22 40).

Responderé a su mensaje a mi regreso, el lunes 14.

Marta Gil
Jardinería Ibérica S.L.
""", end="Marta Gil", change="none", intent="other", po=["P05435"],
     dates=[("2026-12-07", "other", "lunes 7"), ("2026-12-11", "other", "viernes 11 de diciembre"),
            ("2026-12-14", "other", "el lunes 14")]),

dict(v="romande", c=1, lang="fr", at="2026-12-03 14:25", subj="Vos commandes P05436 et P05437",
     text="""
Bonjour Madame Jensen,

Nous vous remercions pour vos deux commandes reçues hier et vous les confirmons comme suit :

- P05436 (coffrets de 6 couteaux à steak CR-ST-6, 30 coffrets) : livraison le 15.12.2026
- P05437 (planches à découper en noyer CR-PN-40, 48 pces) : livraison semaine 2, après notre fermeture annuelle

Les confirmations de commande suivent par courrier séparé.

Meilleures salutations
Chantal Rochat
Coutellerie Romande SA
""", end="Meilleures salutations", change="none", intent="confirmation", po=["P05436", "P05437"],
     commit=("2026-12-15", "livraison le 15.12.2026"),
     dates=[("2026-12-02", "other", "hier"), ("2026-12-15", "confirmed_delivery", "15.12.2026"),
            ("2027-01-11", "confirmed_delivery", "semaine 2")],
     lines=[("CR-ST-6", 30, "coffrets", "CR-ST-6, 30 coffrets", "P05436"),
            ("CR-PN-40", 48, "pces", "CR-PN-40, 48 pces", "P05437")],
     changes=[("P05436", "confirmation", "2026-12-15", 30, "P05436 (coffrets de 6 couteaux à steak CR-ST-6, 30 coffrets) : livraison le 15.12.2026"),
              ("P05437", "confirmation", "2027-01-11", 48, "P05437 (planches à découper en noyer CR-PN-40, 48 pces) : livraison semaine 2")]),

dict(v="galicia", lang="es", at="2026-12-03 12:15", subj="Pedido P05438 - retraso por temporal",
     text="""
Buenos días Sr. Osei:

Debido al temporal de esta semana en las Rías Baixas, la flota no ha podido salir a faenar y vamos con retraso en la materia prima. Su pedido P05438 se entregará el 18 de diciembre en vez del 11.

¿Le sirve esta fecha, o prefiere que lo dejemos para después de Reyes, cuando tengan menos carga en el almacén? Quedo a la espera de su respuesta.

Atentamente,
Xoán Varela
Conservas Galicia S.A.
""", end="Atentamente,", change="date", intent="delay", sec=["question"], po=["P05438"],
     commit=("2026-12-18", "se entregará el 18 de diciembre"),
     dates=[("2026-11-30", "other", "esta semana"), ("2026-12-18", "new_eta", "18 de diciembre"),
            ("2026-12-11", "other", "del 11")]),

dict(v="bretagne", lang="fr", at="2026-12-02 17:40", subj="Point commande P05439",
     text="""
Bonjour Monsieur Brandt,

Point sur votre commande P05439 :

- AEB-HD2 (câbles HDMI 2 m) : la livraison est repoussée du 9 au 16 décembre, notre fournisseur de connecteurs nous a livrés en retard.
- AEB-AD-C (adaptateurs USB-C/HDMI, 300 pcs) : cette référence est arrêtée par le fabricant, nous annulons donc la ligne. Nous pouvons vous proposer le modèle successeur AEB-AD-C2, dites-moi si cela vous intéresse.

Désolé pour ces mauvaises nouvelles groupées.

Cordialement,
Yann Le Goff
Accessoires Électroniques Bretagne
""", end="Désolé pour ces mauvaises", change="mixed", intent="delay", sec=["cancellation", "question"],
     po=["P05439"], commit=("2026-12-16", "la livraison est repoussée du 9 au 16 décembre"),
     dates=[("2026-12-09", "other", "du 9"), ("2026-12-16", "new_eta", "au 16 décembre")],
     lines=[("AEB-AD-C", 300, "pcs", "AEB-AD-C (adaptateurs USB-C/HDMI, 300 pcs)", "P05439")]),

dict(v="andino", lang="es", at="2026-11-20 09:45", subj="Cambio de contacto comercial",
     text="""
Estimado señor Osei:

Le informo que a partir del 1 de diciembre dejaré mi cargo en el área comercial de Café Andino para asumir la gerencia de nuestra nueva planta de trilla en Pereira.

La atención de su cuenta pasará a mi compañera Valentina Ospina (valentina.ospina@cafeandino.com.co, +57 604 448 2210), quien ya conoce bien sus pedidos. Los pedidos en curso (P05440 y P05441) no se ven afectados.

Ha sido un gusto trabajar con usted todos estos años.

Cordialmente,
Andrés Restrepo
Café Andino S.A.S.
""", end="Ha sido un gusto", change="none", intent="other", po=["P05440", "P05441"],
     dates=[("2026-12-01", "other", "a partir del 1 de diciembre")]),

dict(v="laurentides", lang="fr", at="2026-12-10 09:15", subj="P05442 - gros pépin",
     text="""
Bonjour Laura,

Je suis vraiment désolée, mais on a un gros pépin avec le P05442 : notre fournisseur de bouteilles en verre a eu un bris de machine et on n'aura pas les contenants avant la semaine prochaine. On parle maintenant d'une livraison le 11 janvier au lieu du 28 décembre.

Je sais que ça tombe mal avec les Fêtes... On vous tient au courant si ça bouge.

Geneviève
""", end="Je sais que ça tombe mal", change="date", intent="delay", po=["P05442"],
     commit=("2027-01-11", "une livraison le 11 janvier"),
     dates=[("2026-12-14", "other", "la semaine prochaine"), ("2027-01-11", "new_eta", "11 janvier"),
            ("2026-12-28", "other", "28 décembre")]),

dict(v="pampa", lang="es", at="2026-11-24 17:50", subj="P05443 embarque parcial",
     text="""
Tim, buenas.

Te paso la info del P05443: embarcamos 140 de las 200 carteras de cuero (CP-CA-01) en el buque de hoy, BL MAEU262410377, ETA Hamburgo 28/12.

Las 60 restantes van en el próximo embarque, el 15/01, y llegarían a mediados de febrero. El curtido del cuero negro nos demoró más de lo previsto, perdón.

Abrazo,
Martín
""", end="Abrazo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P05443"],
     commit=("2027-02-15", "llegarían a mediados de febrero"),
     dates=[("2026-11-24", "ship_date", "el buque de hoy"), ("2026-12-28", "confirmed_delivery", "28/12"),
            ("2027-01-15", "ship_date", "el 15/01"), ("2027-02-15", "new_eta", "mediados de febrero")],
     lines=[("CP-CA-01", 140, None, "140 de las 200 carteras de cuero (CP-CA-01)", "P05443"),
            ("CP-CA-01", 60, None, "Las 60 restantes", "P05443")],
     track=[(None, "MAEU262410377", "BL MAEU262410377")]),

dict(v="lemaire", lang="fr", at="2026-10-02 08:50", subj="RE: P05444 adresse de livraison",
     text="""
Bien reçu, merci. Nous notons la nouvelle adresse de livraison pour P05444.

O. Lemaire

Le jeu. 1 oct. 2026 à 17:10, Laura Jensen <laura.jensen@hhg-retail.com> a écrit :
> Bonjour, merci de livrer P05444 à notre entrepôt de Billbrook et non plus à Allermöhe. La date du 15/10 reste inchangée.
""", end="O. Lemaire", change="none", intent="other", po=["P05444"]),

dict(v="oaxaca", c=1, lang="es", at="2026-11-25 10:40", subj="Pedido P05445 - cambio de fecha",
     text="""
Estimado Tim, buenos días.

Le comento que tuvimos un problema con la quema de las piezas del pedido P05445: se nos rajaron varios cántaros en el horno y hay que volver a hacerlos. El pedido ya no sale el 30 de noviembre, sale el 11 de diciembre y les estaría llegando a Hamburgo como el 20 de enero.

Disculpe las molestias, es barro y a veces no perdona.

Saludos,
Emilio Ramírez
Barro Negro de Oaxaca
""", end="Disculpe las molestias", change="date", intent="delay", po=["P05445"],
     commit=("2027-01-20", "les estaría llegando a Hamburgo como el 20 de enero"),
     dates=[("2026-11-30", "other", "30 de noviembre"), ("2026-12-11", "ship_date", "11 de diciembre"),
            ("2027-01-20", "new_eta", "20 de enero")]),

dict(v="savonnerie", lang="fr", at="2026-12-07 16:02", subj="Votre commande P05446 a été expédiée",
     frm="Savonnerie de Provence <expeditions@savonnerie-provence.fr>",
     text="""
Votre commande a été expédiée !

Commande client : P05446
Notre référence : SDP-CMD-26-1904
Date d'expédition : 07/12/2026
Transporteur : DHL Freight
N° de suivi : 4055 8821 907
Livraison estimée : 09/12/2026

Contenu : 3 palettes
- 1 440 savons 100 g olive (SDP-OL-100)
- 720 savons 250 g olive (SDP-OL-250)

Ceci est un message automatique, merci de ne pas y répondre.
""", end="Ceci est un message automatique", change="shipping", intent="shipping_notice", po=["P05446"],
     vref=["SDP-CMD-26-1904"], commit=("2026-12-09", "Livraison estimée : 09/12/2026"),
     dates=[("2026-12-07", "ship_date", "07/12/2026"), ("2026-12-09", "confirmed_delivery", "09/12/2026")],
     lines=[("SDP-OL-100", 1440, None, "1 440 savons 100 g olive (SDP-OL-100)", "P05446"),
            ("SDP-OL-250", 720, None, "720 savons 250 g olive (SDP-OL-250)", "P05446")],
     track=[("DHL Freight", "4055 8821 907", "N° de suivi : 4055 8821 907")]),

dict(v="levante", lang="es", at="2026-10-19 10:10", subj="P05447 - etiquetas RFID",
     text="""
Buenos días Sra. Jensen:

Para el pedido P05447 (albornoces TL-AL-01) necesitamos saber dónde van las etiquetas RFID: ¿cosidas en la costura lateral o en el precinto junto con la etiqueta de precio? En su manual de proveedores aparecen las dos opciones.

Necesitaríamos la respuesta antes del miércoles para no parar la confección; si nos contestan a tiempo, la entrega del 13 de noviembre no se ve afectada.

Atentamente,
Lucía Martínez
Textil Levante S.A.
""", end="Atentamente,", change="none", intent="question", po=["P05447"],
     dates=[("2026-10-21", "other", "antes del miércoles"), ("2026-11-13", "other", "13 de noviembre")]),

dict(v="vosges", lang="fr", at="2026-10-14 09:05", subj="Annulation de votre commande P05448",
     text="""
Madame Klein,

C'est avec un profond regret que je dois vous informer que l'incendie survenu dans notre scierie ce week-end nous contraint à annuler votre commande P05448 (bancs de jardin en chêne AV-BJ-150). Nous ne serons pas en mesure de reprendre la production avant plusieurs mois.

L'acompte de 30 % versé le 2 octobre vous sera remboursé sous huitaine.

Nous espérons sincèrement pouvoir retravailler avec vous dès que l'atelier sera reconstruit.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Mathieu
Ateliers Bois des Vosges
""", end="Nous espérons sincèrement", change="cancel", intent="cancellation", po=["P05448"],
     dates=[("2026-10-02", "other", "le 2 octobre"), ("2026-10-21", "other", "sous huitaine")]),

dict(v="maule", lang="es", at="2026-12-01 09:00", subj="Embarque pedido P05449 / Packing list",
     text="""
Estimada Laura:

Le informamos que el pedido P05449 zarpó ayer desde San Antonio en la motonave Cap San Antonio (Hamburg Süd), BL HLCUSCL2611087. ETA Hamburgo: 12/01/2027.

Adjuntamos el packing list. La factura y el certificado de origen se los enviamos por courier esta semana.

Saludos cordiales,
Catalina Soto
Exportaciones - Mimbres del Maule SpA

--- attachment: PL-2611-033.pdf ---
PACKING LIST PL-2611-033
Fecha: 30/11/2026        Pedido cliente: P05449
Bultos: 64 cajas - Peso bruto 1.120 kg
Código      Descripción                           Cant.
MM-CA-30    Canasto mimbre natural 30 cm          240 un
MM-LA-45    Lámpara colgante mimbre 45 cm         96 un
""", end="Saludos cordiales,", change="shipping", intent="shipping_notice", po=["P05449"],
     vref=["PL-2611-033"], commit=("2027-01-12", "ETA Hamburgo: 12/01/2027"),
     dates=[("2026-11-30", "ship_date", "zarpó ayer"), ("2027-01-12", "confirmed_delivery", "12/01/2027"),
            ("2026-11-30", "other", "esta semana"), ("2026-11-30", "other", "30/11/2026")],
     lines=[("MM-CA-30", 240, "un", "MM-CA-30    Canasto mimbre natural 30 cm          240 un", "P05449"),
            ("MM-LA-45", 96, "un", "MM-LA-45    Lámpara colgante mimbre 45 cm         96 un", "P05449")],
     track=[("Hamburg Süd", "HLCUSCL2611087", "BL HLCUSCL2611087")]),

dict(v="liege", lang="fr", at="2026-11-18 11:30", subj="Supplément énergie - verres soufflés",
     text="""
Madame, Monsieur,

Suite à la nouvelle envolée des prix du gaz, nous sommes contraints d'appliquer un supplément énergie sur nos verres soufflés bouche à partir du 1er décembre 2026. Pour vos références :

- VL-VV-35 (verre à vin 35 cl) : 2,90 € → 3,25 €
- VL-CA-1L (carafe 1 L) : 8,60 € → 9,45 €

Ce supplément s'applique également aux commandes en cours non livrées au 1er décembre, dont votre commande P05450 (livraison prévue le 9 décembre).

Nous vous remercions de votre compréhension.

Marc Delvaux
Directeur commercial
Verrerie Liégeoise SRL
""", end="Nous vous remercions", change="price", intent="price_change", po=["P05450"],
     commit=("2026-12-09", "livraison prévue le 9 décembre"),
     dates=[("2026-12-01", "price_effective", "à partir du 1er décembre 2026"),
            ("2026-12-01", "price_effective", "au 1er décembre"),
            ("2026-12-09", "confirmed_delivery", "le 9 décembre")],
     prices=[dict(product="VL-VV-35", old=2.90, new=3.25, cur="EUR", eff="2026-12-01",
                  quote="VL-VV-35 (verre à vin 35 cl) : 2,90 € → 3,25 €"),
             dict(product="VL-CA-1L", old=8.60, new=9.45, cur="EUR", eff="2026-12-01",
                  quote="VL-CA-1L (carafe 1 L) : 8,60 € → 9,45 €")]),

dict(v="aceites", c=1, lang="es", at="2026-10-26 13:05", subj="P05451 palés",
     text="""
Oye Tim, una cosa del P05451: ¿los palés los queréis remontados (a 1,80 m) o a una sola altura? La última vez vuestro almacén nos rechazó dos palés por altura y no quiero líos.

Lo cargamos el jueves, así que dime algo mañana si puedes.

Gracias!
Javi
""", end="Gracias!", change="none", intent="question", po=["P05451"],
     dates=[("2026-10-29", "ship_date", "el jueves"), ("2026-10-27", "other", "mañana")]),

dict(v="romande", c=1, lang="fr", at="2026-11-24 10:50", subj="Report livraison commande P05452",
     text="""
Bonjour Madame Klein,

La livraison de votre commande P05452 prévue le 26.11. est reportée au 03.12.2026, la marchandise étant retenue pour un contrôle à la douane de Bâle.

Nous vous prions de nous excuser de ce retard indépendant de notre volonté.

Meilleures salutations
Chantal Rochat
Coutellerie Romande SA
""", end="Nous vous prions", change="date", intent="delay", po=["P05452"],
     commit=("2026-12-03", "est reportée au 03.12.2026"),
     dates=[("2026-11-26", "other", "26.11."), ("2026-12-03", "new_eta", "03.12.2026")]),

dict(v="galicia", c=1, lang="es", at="2026-11-30 09:00", subj="Cierre por vacaciones de Navidad",
     frm="Conservas Galicia <comercial@conservasgalicia.es>",
     text="""
Estimados clientes:

Como cada año, les recordamos que nuestras oficinas y nuestro almacén de Vilagarcía permanecerán cerrados del 24 de diciembre al 6 de enero, ambos inclusive.

Los pedidos con entrega antes de Navidad deberán recibirse como muy tarde el viernes 11 de diciembre.

Les deseamos unas felices fiestas y un próspero 2027.

Conservas Galicia S.A.
""", end="Les deseamos", change="none", intent="other",
     dates=[("2026-12-24", "other", "del 24 de diciembre"), ("2027-01-06", "other", "al 6 de enero"),
            ("2026-12-11", "other", "viernes 11 de diciembre")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-12-09 14:20", subj="BL-JV-55710 - commande P05453",
     text="""
Bonjour,

Veuillez trouver ci-joint le bon de la livraison de ce jour pour votre commande P05453. Les hellébores blancs n'ont pas tous fleuri à temps : le reliquat est livrable en S2.

Service ADV
Les Jardins du Val

--- attachment: BL-JV-55710.pdf ---
BON DE LIVRAISON BL-JV-55710
Date : 09/12/2026          Commande client : P05453
Article     Désignation                     Commandé   Livré   Reliquat
JV-HE-14    Hellébore blanc pot 14 cm       300        240     60
JV-SK-13    Skimmia japonica pot 13 cm      150        150     0
Reliquat livrable : S2 2027
""", end="Service ADV", change="quantity", intent="partial_shipment", po=["P05453"], vref=["BL-JV-55710"],
     commit=("2027-01-11", "le reliquat est livrable en S2"),
     dates=[("2026-12-09", "ship_date", "livraison de ce jour"), ("2027-01-11", "new_eta", ("S2", 0)),
            ("2026-12-09", "ship_date", "09/12/2026"), ("2027-01-11", "new_eta", "S2 2027")],
     lines=[("JV-HE-14", 240, "pcs", "JV-HE-14    Hellébore blanc pot 14 cm       300        240     60", "P05453"),
            ("JV-HE-14", 60, "pcs", "JV-HE-14    Hellébore blanc pot 14 cm       300        240     60", "P05453"),
            ("JV-SK-13", 150, "pcs", "JV-SK-13    Skimmia japonica pot 13 cm      150        150     0", "P05453")]),

dict(v="plasticos", lang="es", at="2026-12-11 20:15", subj="Re: P05454 confirmación",
     text="""
Va, confirmado el P05454 para el 15 de enero, las 2,400 piezas completas. Saludos

Enviado desde mi iPhone

El 11 dic 2026, a las 9:40, Mike Osei <mike.osei@hhg-retail.com> escribió:
> Rodrigo, ¿me confirmas fecha y cantidad del P05454? En el portal sigue sin confirmar.
""", end="Enviado desde mi iPhone", change="none", intent="confirmation", po=["P05454"],
     commit=("2027-01-15", "confirmado el P05454 para el 15 de enero"),
     dates=[("2027-01-15", "confirmed_delivery", "15 de enero")],
     lines=[("piezas", 2400, "piezas", "las 2,400 piezas completas", "P05454")]),

dict(v="lyonnais", lang="fr", at="2026-09-28 10:25", subj="Codes EAN manquants - P05455",
     text="""
Bonjour Monsieur Brandt,

En préparant votre commande P05455, nous constatons qu'il nous manque les codes EAN de trois références : TL-NP-200 (nappe 160x200), TL-SV-40 (serviettes 40x40) et TL-TB-45 (torchons). Sans ces codes, nous ne pouvons pas lancer l'étiquetage.

Pourriez-vous nous les transmettre avant le 2 octobre ? Passé cette date, la livraison prévue semaine 43 risque d'être décalée.

Cordialement,
Isabelle Martin
Administration des ventes
""", end="Cordialement,", change="none", intent="question", po=["P05455"],
     commit=("2026-10-19", "la livraison prévue semaine 43"),
     dates=[("2026-10-02", "other", "avant le 2 octobre"), ("2026-10-19", "confirmed_delivery", "semaine 43")]),

dict(v="pampa", c=1, lang="es", at="2026-11-05 12:30", subj="Confirmación OC P05456",
     text="""
Hola Tim, te adjunto la confirmación del P05456. Cualquier cosa me decís.

Saludos,
Julieta

--- attachment: CP-0988.pdf ---
CUEROS DE LA PAMPA S.A. - CONFIRMACIÓN DE PEDIDO N° CP-0988
Fecha: 05/11/2026
Cliente: Hartmann Home & Garden - OC P05456
Condición: FOB Buenos Aires
Fecha estimada de embarque: 18/12/2026
Artículo    Descripción                         Cant.   Precio unit.
CP-BI-02    Billetera cuero vacuno marrón       500     USD 11,40
CP-CI-03    Cinturón cuero negro 95 cm          300     USD 14,80
Forma de pago: 30% anticipo, saldo contra copia de BL.
""", end="Saludos,", change="none", intent="confirmation", po=["P05456"], vref=["CP-0988"],
     dates=[("2026-11-05", "other", "05/11/2026"), ("2026-12-18", "ship_date", "18/12/2026")],
     lines=[("CP-BI-02", 500, None, "CP-BI-02    Billetera cuero vacuno marrón       500     USD 11,40", "P05456"),
            ("CP-CI-03", 300, None, "CP-CI-03    Cinturón cuero negro 95 cm          300     USD 14,80", "P05456")]),

dict(v="bretagne", c=1, lang="fr", at="2026-12-03 12:05", subj="RE: Relance P05457 / P05458",
     text="""
Bonjour,

Suite à votre relance : P05457 est confirmé pour le 10/12. P05458 est décalé au 17/12, les composants sont arrivés en retard chez notre sous-traitant.

Désolée,
Morgane

-----Message d'origine-----
De : Tim Brandt <tim.brandt@hhg-retail.com>
Envoyé : jeudi 3 décembre 2026 09:12
À : Morgane Tanguy
Objet : Relance P05457 / P05458

Bonjour Morgane, où en sont P05457 (prévu 10/12) et P05458 (prévu 8/12) ? Merci de confirmer.
""", end="Désolée,", change="date", intent="delay", sec=["confirmation"], po=["P05457", "P05458"],
     commit=("2026-12-10", "P05457 est confirmé pour le 10/12"),
     dates=[("2026-12-10", "confirmed_delivery", "le 10/12"), ("2026-12-17", "new_eta", "au 17/12")],
     changes=[("P05457", "confirmation", "2026-12-10", None, "P05457 est confirmé pour le 10/12"),
              ("P05458", "delay", "2026-12-17", None, "P05458 est décalé au 17/12")]),

dict(v="oaxaca", lang="es", at="2026-11-26 07:30", subj="URGENTE: actualización de datos bancarios",
     frm="Barro Negro de Oaxaca <pagos@barronegro-oaxaca-mx.com>",
     text="""
Estimado cliente,

Por medio de la presente le informamos que por motivos de auditoria nuestra cuenta bancaria ha sido actualizada. A partir de hoy todos los pagos deben realizarse a la nueva cuenta:

Banco: Metro Commercial Bank Ltd, Londres
IBAN: GB71 MCBL 4028 1166 0193 52
SWIFT: MCBLGB2L

Le pedimos liquidar la factura FA-2211 del pedido P05459 (USD 9,870.00) a la brevedad, ya que se encuentra vencida desde el 15 de noviembre. Favor de no contactar por telefono, nuestras lineas estan en mantenimiento.

Atentamente
Departamento de Cobranza
""", end="Atentamente", change="none", intent="other", po=["P05459"], vref=["FA-2211"],
     dates=[("2026-11-26", "other", "A partir de hoy"), ("2026-11-15", "other", "15 de noviembre")]),

dict(v="laurentides", c=1, lang="fr", at="2026-11-30 16:00", subj="Départ conteneur P05460",
     text="""
Bonjour Tim,

Le conteneur du P05460 a quitté notre entrepôt de Saint-Jérôme ce matin pour le port de Montréal. Il embarque le 3 décembre sur le Montréal Express (Hapag-Lloyd), ETA Hambourg : 2026-12-14.

Conteneur : TCLU 441820-3, 20 palettes de sirop et de beurre d'érable. Le numéro de connaissement suit dès qu'on l'a.

Bonne fin de journée!
Marc-André
""", end="Bonne fin de journée!", change="shipping", intent="shipping_notice", po=["P05460"],
     commit=("2026-12-14", "ETA Hambourg : 2026-12-14"),
     dates=[("2026-11-30", "ship_date", "ce matin"), ("2026-12-03", "ship_date", "le 3 décembre"),
            ("2026-12-14", "confirmed_delivery", "2026-12-14")],
     lines=[("sirop et beurre d'érable", 20, "palettes", "20 palettes de sirop et de beurre d'érable", "P05460")],
     track=[("Hapag-Lloyd", "TCLU 441820-3", "Conteneur : TCLU 441820-3")]),

dict(v="levante", c=1, lang="es", at="2026-11-27 12:45", subj="Pedido P05461 - retraso",
     text="""
Estimado Sr. Osei:

Lamentamos informarle de que el pedido P05461 (cortinas de lino TL-CO-140) queda retrasado hasta nuevo aviso. Nuestro proveedor de hilo de lino en Bélgica ha sufrido una inundación en su nave y no puede garantizarnos el suministro.

La fecha de entrega del 4 de diciembre, por tanto, no se mantiene. En cuanto tengamos una nueva fecha se la comunicaremos. Si prefiere anular el pedido, lo entenderemos perfectamente.

Atentamente,
Pablo Sanchis
Textil Levante S.A.
""", end="Atentamente,", change="date", intent="delay", po=["P05461"],
     dates=[("2026-12-04", "other", "4 de diciembre")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-12-01 09:40", subj="RE: P05462 et les grèves",
     text="""
Bonjour Madame Jensen,

Malgré les grèves annoncées dans les transports, nous maintenons la livraison de votre commande P05462 au lundi 7 décembre : notre transporteur passe par l'Est et n'est pas concerné. Le camion partira de Manosque vendredi en fin de journée.

Bien cordialement,
Julien Fabre

Le 30 nov. 2026 à 17:45, Laura Jensen a écrit :
> Bonjour Julien, avec les grèves annoncées en France, la livraison du 7/12 est-elle compromise ?
""", end="Bien cordialement,", change="none", intent="confirmation", po=["P05462"],
     commit=("2026-12-07", "nous maintenons la livraison de votre commande P05462 au lundi 7 décembre"),
     dates=[("2026-12-07", "confirmed_delivery", "lundi 7 décembre"), ("2026-12-04", "ship_date", "vendredi")]),

dict(v="iberica", lang="es", at="2026-09-15 08:20", subj="pedido P05463",
     text="""
Hola Tim, el PDF del pedido P05463 nos ha llegado en blanco. ¿Nos lo puedes reenviar? Gracias.
Sergio
""", end="Sergio", change="none", intent="question", po=["P05463"]),

dict(v="liege", lang="fr", at="2026-12-15 09:00", subj="2e rappel - facture VL-F-26-2290",
     text="""
Madame, Monsieur,

Sauf erreur de notre part, notre facture n° VL-F-26-2290 du 16 novembre relative à votre commande P05464, d'un montant de 6.480,00 EUR, échue depuis le 30 novembre, reste impayée.

Ceci est notre deuxième rappel. Nous vous saurions gré de bien vouloir procéder au règlement sous huitaine.

Si votre paiement s'est croisé avec ce courrier, veuillez ne pas tenir compte de ce rappel.

Service comptabilité
Verrerie Liégeoise SRL
""", end="Service comptabilité", change="none", intent="other", po=["P05464"], vref=["VL-F-26-2290"],
     dates=[("2026-11-16", "other", "du 16 novembre"), ("2026-11-30", "other", "depuis le 30 novembre"),
            ("2026-12-22", "other", "sous huitaine")]),

dict(v="aceites", lang="fr", at="2026-12-09 11:15", subj="commande P05465 retard",
     text="""
Bonjour Madame Klein,

je vous écris pour la commande P05465. Malheureusement le camion n'a pas pu charger hier par cause de la neige à Despeñaperros, la route était fermée. Le nouveau date de livraison est le mardi 15 decembre (au lieu du vendredi 11).

Excusez mon français et le retard.

Cordialement
Carmen López
Aceites del Sur S.L.
""", end="Excusez mon français", change="date", intent="delay", po=["P05465"],
     commit=("2026-12-15", "Le nouveau date de livraison est le mardi 15 decembre"),
     dates=[("2026-12-08", "other", "hier"), ("2026-12-15", "new_eta", "mardi 15 decembre"),
            ("2026-12-11", "other", "vendredi 11")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-10-22 15:30", subj="RE: Questions P05466 / P05467",
     text="""
Bonjour Madame Jensen, réponses dans le texte.

> 1. P05466 : la date du 30/10 tient-elle toujours ?
Oui, livraison le 30/10 confirmée.

> 2. P05467 : où en sont les 300 torchons manquants ?
Ils partent lundi, livraison chez vous mercredi 28.

> 3. Pouvez-vous nous envoyer le certificat Oeko-Tex ?
Ci-joint.

Thomas
""", end="Thomas", change="none", intent="confirmation", po=["P05466", "P05467"],
     commit=("2026-10-30", "livraison le 30/10 confirmée"),
     dates=[("2026-10-30", "confirmed_delivery", "le 30/10"), ("2026-10-26", "ship_date", "Ils partent lundi"),
            ("2026-10-28", "new_eta", "mercredi 28")],
     changes=[("P05466", "confirmation", "2026-10-30", None, "Oui, livraison le 30/10 confirmée."),
              ("P05467", "confirmation", "2026-10-28", None, "Ils partent lundi, livraison chez vous mercredi 28.")]),

dict(v="pampa", lang="es", at="2026-11-24 12:10", subj="Fwd: liberación contenedor P05468",
     text="""
Tim, te reenvío lo del despachante. Buenas noticias al final!

Martín

---------- Mensaje reenviado ---------
De: Gustavo Pereyra <gpereyra@despachante-pereyra.com.ar>
Date: mar, 24 nov 2026 a las 11:03
Asunto: liberación
Para: Martín Ferraro <martin.ferraro@cuerosdelapampa.com.ar>

Martín, el contenedor del P05468 (TCNU 5512094) quedó liberado hoy en aduana. Sale de Buenos Aires en el buque del 2/12, ETA Hamburgo 6/1.
Saludos, Gustavo
""", end=("Martín", 0), change="none", intent="confirmation", po=["P05468"],
     commit=("2027-01-06", "ETA Hamburgo 6/1"),
     dates=[("2026-11-24", "other", "quedó liberado hoy"), ("2026-12-02", "ship_date", "2/12"),
            ("2027-01-06", "confirmed_delivery", "6/1")],
     track=[(None, "TCNU 5512094", "TCNU 5512094")]),

dict(v="galicia", lang="es", at="2026-12-02 10:30", subj="Pedido P05469 - confirmación de fechas",
     text="""
Estimado Sr. Brandt:

En relación con su pedido P05469 le confirmamos lo siguiente:

- Atún claro en aceite de oliva (CG-AT-120): se mantiene la entrega del 14/12.
- Bonito del norte en escabeche (CG-BO-250, 240 latas): se retrasa a la semana 2, ya que la costera terminó antes de lo previsto y estamos pendientes de una partida de Burela.

Le rogamos disculpe las molestias.

Atentamente,
Xoán Varela
Conservas Galicia S.A.
""", end="Le rogamos disculpe", change="date", intent="delay", sec=["confirmation"], po=["P05469"],
     commit=("2027-01-11", "se retrasa a la semana 2"),
     dates=[("2026-12-14", "confirmed_delivery", "14/12"), ("2027-01-11", "new_eta", "semana 2")],
     lines=[("CG-BO-250", 240, "latas", "CG-BO-250, 240 latas", "P05469")]),

dict(v="lemaire", lang="fr", at="2026-12-14 08:30", subj="Nouveautés Pâques 2027 - Biscuiterie Lemaire",
     frm="Biscuiterie Lemaire <info@biscuiterie-lemaire.be>",
     text="""
Chers clients,

Découvrez nos nouveautés pour Pâques 2027 : œufs en pain d'épices, sablés lapins au beurre de Flandre et notre coffret « Chasse aux œufs » de 24 biscuits.

Commandes avant le 15 janvier, livraison garantie à partir du 1er mars. Catalogue et tarifs en pièce jointe.

Toute l'équipe de la Biscuiterie Lemaire vous souhaite de joyeuses fêtes !

Se désinscrire de la newsletter
""", end="Toute l'équipe", change="none", intent="other",
     dates=[("2027-01-15", "other", "avant le 15 janvier"), ("2027-03-01", "other", "à partir du 1er mars")]),

dict(v="pampa", lang="es", at="2026-12-07 15:20", subj="precios 2027",
     text="""
Tim, buenas tardes.

Te aviso con tiempo: con la devaluación y la suba del cuero crudo no nos queda otra que actualizar precios. A partir del 1/1 la billetera CP-BI-02 pasa de USD 11,40 a USD 12,60 y el cinturón CP-CI-03 sube un 5 %.

El P05456 que ya está confirmado se respeta al precio viejo, quedate tranquilo.

Abrazo,
Martín
""", end="Abrazo,", change="price", intent="price_change", po=["P05456"],
     dates=[("2027-01-01", "price_effective", "A partir del 1/1")],
     prices=[dict(product="CP-BI-02", old=11.40, new=12.60, cur="USD", eff="2027-01-01",
                  quote="pasa de USD 11,40 a USD 12,60"),
             dict(product="CP-CI-03", pct=5, cur=None, eff="2027-01-01",
                  quote="el cinturón CP-CI-03 sube un 5 %")]),

dict(v="plasticos", lang="es", at="2026-10-09 18:30", subj="P05470",
     text="""
Mike, buenas tardes. Te tengo una mala noticia: se nos rompió el molde de los canastos de ropa CR-45 y la reparación sale más cara que uno nuevo, que tarda 5 meses. Te cancelamos el pedido P05470 (1,200 pzas), no te vamos a cobrar nada.

Los demás pedidos tuyos siguen igual.

Saludos,
Rodrigo
""", end="Saludos,", change="cancel", intent="cancellation", po=["P05470"],
     lines=[("CR-45", 1200, "pzas", "P05470 (1,200 pzas)", "P05470")]),

dict(v="laurentides", lang="fr", at="2026-11-26 15:40", subj="P05471 - envoi en deux parties",
     text="""
Allô Laura,

On a expédié 300 caisses sur 480 du P05471 à matin, dans le conteneur MSCU 7720194 ; cette première partie arrive à Hambourg le 17 décembre. Les 180 autres partent la semaine prochaine et devraient arriver chez vous vers le 4 janvier. Notre embouteilleuse a fait des siennes, désolée pour le trouble!

Geneviève
""", end="Geneviève", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P05471"],
     commit=("2027-01-04", "devraient arriver chez vous vers le 4 janvier"),
     dates=[("2026-11-26", "ship_date", "à matin"), ("2026-12-17", "confirmed_delivery", "17 décembre"),
            ("2026-11-30", "ship_date", "partent la semaine prochaine"), ("2027-01-04", "new_eta", "vers le 4 janvier")],
     lines=[("sirop d'érable", 300, "caisses", "300 caisses sur 480", "P05471"),
            ("sirop d'érable", 180, None, "Les 180 autres", "P05471")],
     track=[(None, "MSCU 7720194", "conteneur MSCU 7720194")]),

dict(v="iberica", lang="es", at="2026-12-16 12:00", subj="Confirmación pedido P05472",
     text="""
Buenos días Tim:

Te adjunto la confirmación del pedido P05472. Todo conforme salvo la referencia JI-MA-30 (maceta terracota 30 cm): solo podemos servir 400 de las 500 unidades, las 100 restantes quedan anuladas porque el alfarero cierra la campaña. La entrega se mantiene en la semana 3.

Un saludo,
Sergio

--- attachment: 26-PV-03318.pdf ---
JARDINERÍA IBÉRICA S.L. - CONFIRMACIÓN DE PEDIDO 26-PV-03318
Su pedido: P05472            Fecha de entrega: semana 3
Referencia   Descripción                     Pedido   Confirmado
JI-MA-20     Maceta terracota 20 cm          600      600
JI-MA-30     Maceta terracota 30 cm          500      400
JI-PL-30     Plato terracota 30 cm           500      500
""", end="Un saludo,", change="quantity", intent="partial_shipment", po=["P05472"], vref=["26-PV-03318"],
     commit=("2027-01-18", "La entrega se mantiene en la semana 3"),
     dates=[("2027-01-18", "confirmed_delivery", ("semana 3", 0)), ("2027-01-18", "confirmed_delivery", ("semana 3", 1))],
     lines=[("JI-MA-30", 400, None, "solo podemos servir 400 de las 500 unidades", "P05472"),
            ("JI-MA-30", 100, None, "las 100 restantes quedan anuladas", "P05472"),
            ("JI-MA-20", 600, None, "JI-MA-20     Maceta terracota 20 cm          600      600", "P05472"),
            ("JI-MA-30", 400, None, "JI-MA-30     Maceta terracota 30 cm          500      400", "P05472"),
            ("JI-PL-30", 500, None, "JI-PL-30     Plato terracota 30 cm           500      500", "P05472")]),

dict(v="vosges", c=1, lang="fr", at="2026-12-14 17:10", subj="P05473 palettes",
     text="""
Bonjour Sandra,

petite question pour la commande P05473 : vos palettes doivent-elles être des EUR/EPAL échangées ou des palettes perdues ? On livre jeudi 17, il faut que je le sache d'ici demain pour le chargement.

Merci
Didier
""", end="Merci\nDidier", change="none", intent="question", po=["P05473"],
     commit=("2026-12-17", "On livre jeudi 17"),
     dates=[("2026-12-17", "confirmed_delivery", "jeudi 17"), ("2026-12-15", "other", "d'ici demain")]),

dict(v="liege", lang="fr", at="2026-12-17 07:02", subj="Accusé de réception de commande AR-26-4471 - P05474",
     frm="Verrerie Liégeoise - ADV <adv@verrerie-liegeoise.be>",
     text="""
ACCUSÉ DE RÉCEPTION DE COMMANDE

Nous avons bien reçu votre commande et la confirmons aux conditions ci-dessous.

N° d'accusé : AR-26-4471
Votre commande : P05474 du 15/12/2026
Date de livraison confirmée : 12/01/2027
Incoterm : DAP Hamburg

Réf.        Désignation                  Qté    Prix unit.
VL-VV-35    Verre à vin 35 cl            720    3,25 €
VL-GO-25    Gobelet soufflé 25 cl        480    2,40 €

Ce message est généré automatiquement. Pour toute question, contactez votre interlocuteur commercial.
""", end="Ce message est généré automatiquement.", change="none", intent="confirmation", po=["P05474"],
     vref=["AR-26-4471"], commit=("2027-01-12", "Date de livraison confirmée : 12/01/2027"),
     dates=[("2026-12-15", "other", "15/12/2026"), ("2027-01-12", "confirmed_delivery", "12/01/2027")],
     lines=[("VL-VV-35", 720, None, "VL-VV-35    Verre à vin 35 cl            720    3,25 €", "P05474"),
            ("VL-GO-25", 480, None, "VL-GO-25    Gobelet soufflé 25 cl        480    2,40 €", "P05474")]),
]
