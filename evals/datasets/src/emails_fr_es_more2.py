# ruff: noqa: E501 - email text and sentence patterns are data
"""French and Spanish batch: delays, confirmations, partial deliveries (reliquat / pendiente),
pull-ins, old dates restated. Hand-written, hand-labelled; order names P04600-P04799."""

EMAILS = [
dict(v="savonnerie", c=1, lang="fr", at="2026-11-20 10:12", subj="P04600 - savons au lait d'ânesse",
     text="""
Bonjour Madame Jensen,

Je reviens vers vous concernant votre commande P04600 (savons au lait d'ânesse 100 g, réf. SDP-LA-100). Notre fournisseur de lait en poudre nous a livré un lot non conforme et nous avons dû relancer la saponification.

La livraison est donc repoussée à la semaine 49, au lieu du 26/11 comme confirmé initialement. Je suis vraiment désolé pour ce contretemps, le reste de la commande partira avec les savons pour ne pas multiplier les transports.

Bien cordialement,
Julien Fabre
Savonnerie de Provence
""", end="Bien cordialement,", change="date", intent="delay", po=["P04600"],
     commit=("2026-11-30", "repoussée à la semaine 49"),
     dates=[("2026-11-30", "new_eta", "semaine 49"), ("2026-11-26", "other", "26/11")]),

dict(v="aceites", lang="es", at="2026-10-08 09:40", subj="Confirmación de pedido P04601",
     text="""
Estimado Sr. Osei:

Le adjuntamos la confirmación de su pedido P04601. Todas las referencias están disponibles y la entrega será el 22/10/2026 en su almacén de Hamburgo, tal como solicitó.

Un cordial saludo,
Carmen López
Departamento Comercial
Aceites del Sur S.L.

--- attachment: CONF_PED_2026-3318.pdf ---
CONFIRMACIÓN DE PEDIDO Nº 2026-3318
Su referencia: P04601        Fecha: 08/10/2026
Ref.        Descripción                         Cant.   Ud.     Precio    Entrega
AS-AOVE-1L  Aceite oliva virgen extra 1 L       960     botellas 6,85 €    22/10/2026
AS-AOVE-5L  Aceite oliva virgen extra 5 L       180     garrafas 31,20 €   22/10/2026
AS-VIN-50   Vinagre de Jerez 500 ml             480     botellas 3,10 €    22/10/2026
Condiciones: DAP Hamburgo. Pago a 60 días fecha factura.
""", end="Un cordial saludo,", change="none", intent="confirmation", po=["P04601"],
     vref=["2026-3318"], commit=("2026-10-22", "la entrega será el 22/10/2026"),
     dates=[("2026-10-22", "confirmed_delivery", ("22/10/2026", 0)),
            ("2026-10-08", "other", "08/10/2026"),
            ("2026-10-22", "confirmed_delivery", ("22/10/2026", 1)),
            ("2026-10-22", "confirmed_delivery", ("22/10/2026", 2)),
            ("2026-10-22", "confirmed_delivery", ("22/10/2026", 3))],
     lines=[("AS-AOVE-1L", 960, "botellas", "AS-AOVE-1L  Aceite oliva virgen extra 1 L       960     botellas 6,85 €    22/10/2026", "P04601"),
            ("AS-AOVE-5L", 180, "garrafas", "AS-AOVE-5L  Aceite oliva virgen extra 5 L       180     garrafas 31,20 €   22/10/2026", "P04601"),
            ("AS-VIN-50", 480, "botellas", "AS-VIN-50   Vinagre de Jerez 500 ml             480     botellas 3,10 €    22/10/2026", "P04601")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-11-24 14:05", subj="Expédition partielle P04602",
     text="""
Bonjour Monsieur Brandt,

Suite à votre commande P04602 de housses de couette en percale (TL-HC-240), nous vous informons que 400 pièces ont été expédiées ce jour par Geodis, n° de récépissé 7781229014.

Le reliquat de 200 pièces est attendu de notre atelier de teinture et vous sera livré fin décembre. Si vous préférez annuler ce reliquat, merci de nous le faire savoir.

Cordialement,
Thomas Roux
Service clients - Textiles Lyonnais
""", end="Cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04602"], commit=("2026-12-31", "vous sera livré fin décembre"),
     dates=[("2026-11-24", "ship_date", "expédiées ce jour"), ("2026-12-31", "new_eta", "fin décembre")],
     lines=[("TL-HC-240", 400, "pièces", "400 pièces ont été expédiées", "P04602"),
            ("TL-HC-240", 200, "pièces", "reliquat de 200 pièces", "P04602")],
     track=[("Geodis", "7781229014", "n° de récépissé 7781229014")]),

dict(v="iberica", c=1, lang="es", at="2026-12-03 11:30", subj="RE: P04603 macetas de barro",
     text="""
Hola Laura,

Te escribo por el pedido P04603. El horno grande del taller de Bailén lleva parado desde el lunes y las macetas de barro de 30 cm no van a estar cocidas a tiempo. La entrega pasa a mediados de enero, en lugar del 10 de diciembre que teníamos confirmado.

Ya sé que para vosotros es mala fecha con la campaña de primavera, pero no quiero prometerte algo que no podamos cumplir. Si te interesa, las de 20 cm sí las tenemos y podríamos mandarlas por separado.

Un abrazo,
Marta

El 12/11/2026, a las 9:02, Laura Jensen <laura.jensen@hhg-retail.com> escribió:
> Hola Marta, ¿me confirmas el 10 de diciembre para P04603? Gracias.
""", end="Un abrazo,", change="date", intent="delay", po=["P04603"],
     commit=("2027-01-15", "La entrega pasa a mediados de enero"),
     dates=[("2026-11-30", "other", "desde el lunes"), ("2027-01-15", "new_eta", "mediados de enero"),
            ("2026-12-10", "other", ("10 de diciembre", 0))]),

dict(v="jardinsduval", lang="fr", at="2026-11-30 16:20", subj="Re: Demande d'avancement P04604",
     text="""
Bonjour Madame Klein,

Bonne nouvelle : nos serres ont pu libérer un camion cette semaine, nous pouvons donc avancer la livraison de votre commande P04604 (120 hellébores en pot de 14 cm et 80 skimmias) au mardi 8 décembre au lieu du 15 décembre.

Le créneau de réception reste le même, entre 7h et 10h. Merci de prévenir votre quai.

Bien à vous,
Nathalie Moreau
Les Jardins du Val

Le 27 nov. 2026 à 11:48, Sandra Klein <sandra.klein@hhg-retail.com> a écrit :
> Serait-il possible d'avancer la livraison de P04604 ? Nos rayons sont vides.
""", end="Bien à vous,", change="date", intent="confirmation", po=["P04604"],
     commit=("2026-12-08", "avancer la livraison de votre commande P04604 (120 hellébores en pot de 14 cm et 80 skimmias) au mardi 8 décembre"),
     dates=[("2026-11-30", "other", "cette semaine"), ("2026-12-08", "confirmed_delivery", "mardi 8 décembre"),
            ("2026-12-15", "other", "15 décembre")]),

dict(v="levante", c=1, lang="es", at="2026-10-15 12:00", subj="Envío parcial pedido P04605",
     text="""
Buenos días Sr. Brandt,

Hoy sale de nuestras instalaciones una primera entrega del pedido P04605: 1.200 de las 1.500 toallas de baño TL-TB-70 (color arena). Transporte con SEUR, expedición 0466 2190 7731.

Las 300 toallas pendientes están en el telar y se las entregaremos dentro de 10 días hábiles. El resto de referencias del pedido ya se les entregó, como sabe.

Saludos cordiales,
Pablo Sanchis
Textil Levante S.A.
""", end="Saludos cordiales,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04605"], commit=("2026-10-29", "se las entregaremos dentro de 10 días hábiles"),
     dates=[("2026-10-15", "ship_date", "Hoy sale"), ("2026-10-29", "new_eta", "dentro de 10 días hábiles")],
     lines=[("TL-TB-70", 1200, None, "1.200 de las 1.500 toallas", "P04605"),
            ("TL-TB-70", 300, None, "300 toallas pendientes", "P04605")],
     track=[("SEUR", "0466 2190 7731", "expedición 0466 2190 7731")]),

dict(v="bretagne", lang="fr", at="2026-11-12 09:05", subj="Nouveaux tarifs 2027",
     text="""
Madame, Monsieur,

Comme chaque année, nous vous transmettons nos conditions tarifaires pour 2027. En raison de la hausse du cuivre et des composants, nos prix augmenteront de 4,5 % sur l'ensemble de la gamme à compter du 1er janvier 2027.

Exception : le chargeur USB-C 65 W (AEB-CH65) passe de 14,20 € à 14,90 € HT l'unité.

Les commandes en cours, dont votre commande P04606, restent facturées au tarif actuel.

Nous restons à votre disposition pour toute question.

Yann Le Goff
Responsable grands comptes
Accessoires Électroniques Bretagne
""", end="Yann Le Goff", change="price", intent="price_change", po=["P04606"],
     dates=[("2027-01-01", "price_effective", "à compter du 1er janvier 2027")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2027-01-01", quote="nos prix augmenteront de 4,5 %"),
             dict(product="AEB-CH65", old=14.20, new=14.90, cur="EUR", eff="2027-01-01",
                  quote="passe de 14,20 € à 14,90 €")]),

dict(v="galicia", c=1, lang="es", at="2026-09-22 13:10", subj="Pedido P04607 - anulación mejillones",
     text="""
Estimada Sra. Klein:

Lamentamos comunicarle que la Xunta ha decretado el cierre temporal de los polígonos de bateas de la ría de Arousa por toxina. No podemos servir los mejillones en escabeche (CG-ME-120, 240 latas) de su pedido P04607, por lo que anulamos esa línea.

El resto del pedido (berberechos al natural, 360 latas, y sardinillas en aceite, 480 latas) se mantiene y se entregará el 2 de octubre como estaba previsto.

Atentamente,
Beatriz Castro
Conservas Galicia S.A.
""", end="Atentamente,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P04607"],
     commit=("2026-10-02", "se entregará el 2 de octubre"),
     dates=[("2026-10-02", "confirmed_delivery", "2 de octubre")],
     lines=[("CG-ME-120", 240, "latas", "CG-ME-120, 240 latas", "P04607"),
            ("berberechos al natural", 360, "latas", "berberechos al natural, 360 latas", "P04607"),
            ("sardinillas en aceite", 480, "latas", "sardinillas en aceite, 480 latas", "P04607")]),

dict(v="lemaire", c=1, lang="fr", at="2026-12-01 15:30", subj="Avis d'expédition - commande P04608",
     text="""
Bonjour,

Votre commande P04608 (speculoos de Noël et gaufres au beurre, 14 palettes) est partie cet après-midi de notre dépôt de Mouscron. Transporteur : DPD, colis n° 05212390044871.

Livraison prévue jeudi 3/12 dans la matinée.

Bonne journée,
Sophie Dubois
Biscuiterie Lemaire
""", end="Bonne journée,", change="shipping", intent="shipping_notice", po=["P04608"],
     commit=("2026-12-03", "Livraison prévue jeudi 3/12"),
     dates=[("2026-12-01", "ship_date", "est partie cet après-midi"), ("2026-12-03", "confirmed_delivery", "jeudi 3/12")],
     lines=[("speculoos de Noël et gaufres au beurre", 14, "palettes", "14 palettes", "P04608")],
     track=[("DPD", "05212390044871", "colis n° 05212390044871")]),

dict(v="andino", lang="es", at="2026-09-17 10:00", subj="Consulta pedido P04609 - tipo de molienda",
     text="""
Buen día señor Osei,

Estamos preparando su pedido P04609 y tenemos una duda antes de tostar: en las referencias CA-HU-500 (Huila) y CA-NA-500 (Nariño) su orden no indica si el café debe ir en grano o molido para filtro. En el pedido anterior eran en grano, pero su colega nos comentó por teléfono que para las tiendas querían molido.

¿Nos puede confirmar antes del viernes? Así no perdemos el turno de tostión ni la fecha de embarque que tenemos reservada.

Quedo atento,
Andrés Restrepo
Café Andino S.A.S.
""", end="Quedo atento,", change="none", intent="question", po=["P04609"],
     dates=[("2026-09-18", "other", "antes del viernes")]),

dict(v="savonnerie", lang="fr", at="2026-12-18 17:02", subj="Réponse automatique : RE: P04610 bougies parfumées",
     text="""
Bonjour,

Je suis absente du 21 décembre au 4 janvier inclus, l'entreprise étant fermée pour les congés de fin d'année. Vos messages ne seront pas transférés.

Pour une urgence logistique, vous pouvez joindre notre entrepôt au 04 90 72 18 33 jusqu'au 23 décembre midi.

Camille Girard
Savonnerie de Provence
""", end="Camille Girard", change="none", intent="other", po=["P04610"],
     dates=[("2026-12-21", "other", "du 21 décembre"), ("2027-01-04", "other", "au 4 janvier"),
            ("2026-12-23", "other", "jusqu'au 23 décembre")]),

dict(v="plasticos", lang="es", at="2026-11-05 17:45", subj="P04611",
     text="""
Mike buenas tardes, se nos atraso el molde de las cajas organizadoras, el P04611 ya no sale esta semana como te dije, sale la semana que viene. Disculpa!!

Rodrigo
""", end="Rodrigo", change="date", intent="delay", po=["P04611"],
     dates=[("2026-11-02", "other", "esta semana"), ("2026-11-09", "ship_date", "sale la semana que viene")]),

dict(v="lyonnais", lang="fr", at="2026-09-09 11:20", subj="Confirmation de commande CC-26-08817 / votre P04612",
     text="""
Madame Jensen,

Nous accusons réception de votre commande P04612 et vous en remercions. Vous trouverez ci-dessous notre confirmation ; toutes les quantités sont acceptées telles que commandées, livraison semaine 41.

Isabelle Martin
Administration des ventes

--- attachment: CC-26-08817.pdf ---
CONFIRMATION DE COMMANDE CC-26-08817
Client : Hartmann Home & Garden - Votre réf. : P04612
Article      Désignation                    Qté    Unité   Livraison
TL-NP-160    Nappe lin lavé 160x250         150    pcs     S41
TL-SV-45     Serviettes lin lavé 45x45      900    pcs     S41
TL-CH-40     Chemin de table lin 40x180     200    pcs     S41
Incoterm : DAP Hambourg
""", end="Isabelle Martin", change="none", intent="confirmation", po=["P04612"],
     vref=["CC-26-08817"], commit=("2026-10-05", "livraison semaine 41"),
     dates=[("2026-10-05", "confirmed_delivery", "semaine 41"),
            ("2026-10-05", "confirmed_delivery", ("S41", 0)),
            ("2026-10-05", "confirmed_delivery", ("S41", 1)),
            ("2026-10-05", "confirmed_delivery", ("S41", 2))],
     lines=[("TL-NP-160", 150, "pcs", "TL-NP-160    Nappe lin lavé 160x250         150    pcs     S41", "P04612"),
            ("TL-SV-45", 900, "pcs", "TL-SV-45     Serviettes lin lavé 45x45      900    pcs     S41", "P04612"),
            ("TL-CH-40", 200, "pcs", "TL-CH-40     Chemin de table lin 40x180     200    pcs     S41", "P04612")]),

dict(v="aceites", c=1, lang="es", at="2026-10-20 10:25", subj="Actualización de precios - cosecha 2026/27",
     text="""
Estimado cliente:

La campaña de aceituna de este año ha sido muy corta en Jaén y el precio en origen se ha disparado. Nos vemos obligados a actualizar nuestra tarifa a partir del 1 de noviembre:

- AOVE garrafa 5 L (AS-AOVE-5L): pasa de 31,20 € a 36,40 €
- resto de referencias de aceite: subida del 9 %
- vinagres y aliños: sin cambios

Su pedido P04613, ya confirmado, se servirá al precio antiguo.

Saludos,
Javier Ruiz
Aceites del Sur S.L.
""", end="Saludos,\nJavier", change="price", intent="price_change", po=["P04613"],
     dates=[("2026-11-01", "price_effective", "a partir del 1 de noviembre")],
     prices=[dict(product="AS-AOVE-5L", old=31.20, new=36.40, cur="EUR", eff="2026-11-01",
                  quote="pasa de 31,20 € a 36,40 €"),
             dict(product=None, pct=9, cur=None, eff="2026-11-01", quote="subida del 9 %")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-12-09 09:50", subj="Livraison partielle jardinières P04614",
     text="""
Bonjour Monsieur Osei,

Pour votre commande P04614, nous livrons demain 35 des 50 jardinières en terre cuite JV-JT-60 ; le gel de la semaine dernière a fait éclater une partie du stock.

Les 15 jardinières restantes vous seront livrées sous 8 jours ouvrés, nous les faisons venir de notre site de Castelnaudary.

Cordialement,
Le service ADV
Les Jardins du Val
""", end="Cordialement,\nLe service", change="quantity", intent="partial_shipment", po=["P04614"],
     commit=("2026-12-21", "vous seront livrées sous 8 jours ouvrés"),
     dates=[("2026-12-10", "confirmed_delivery", "nous livrons demain"), ("2026-12-21", "new_eta", "sous 8 jours ouvrés")],
     lines=[("JV-JT-60", 35, None, "35 des 50 jardinières", "P04614"),
            ("JV-JT-60", 15, None, "15 jardinières restantes", "P04614")]),
dict(v="bretagne", c=1, lang="fr", at="2026-11-26 15:48", subj="TR: retard P04615 câbles HDMI",
     text="""
Bonjour Monsieur Brandt,

Je vous transfère le message de notre entrepôt ci-dessous. Toutes mes excuses, je n'ai eu l'information que ce matin.

Morgane

---------- Message transféré ---------
De : Logistique AEB <logistique@aeb-bretagne.fr>
Date : mer. 25 nov. 2026 à 17:31
Objet : P04615

Morgane,

la commande P04615 (câbles HDMI 2.1 de 2 m, AEB-HD2-200, 1 500 pièces) ne pourra pas partir pour une livraison le 1er décembre : le conteneur de connecteurs est bloqué au Havre. Nous pourrons livrer le client à la mi-décembre au plus tôt.

Gwen - entrepôt de Lorient
""", end="Morgane\n", change="date", intent="delay", po=["P04615"],
     commit=("2026-12-15", "livrer le client à la mi-décembre"),
     dates=[("2026-11-26", "other", "ce matin"), ("2026-12-01", "other", "le 1er décembre"),
            ("2026-12-15", "new_eta", "mi-décembre")]),

dict(v="levante", lang="es", at="2026-11-17 12:40", subj="RE: ¿adelantar P04616?",
     text="""
Hola Tim,

Sí, podemos adelantar la entrega del P04616 (mantas de punto TL-MP-130, 250 uds.) al viernes 27 de noviembre. Estaba prevista para el 4 de diciembre, pero el lote salió antes de lo previsto del tinte.

Te lo confirmo por escrito para que lo paséis al almacén.

Un saludo,
Lucía

El lun, 16 nov 2026 a las 16:05, Tim Brandt (<tim.brandt@hhg-retail.com>) escribió:
> Lucía, ¿hay alguna posibilidad de recibir P04616 antes del 4/12? Tenemos una promo el 30/11.
""", end="Un saludo,\nLucía", change="date", intent="confirmation", po=["P04616"],
     commit=("2026-11-27", "adelantar la entrega del P04616 (mantas de punto TL-MP-130, 250 uds.) al viernes 27 de noviembre"),
     dates=[("2026-11-27", "confirmed_delivery", "viernes 27 de noviembre"), ("2026-12-04", "other", "4 de diciembre")],
     lines=[("TL-MP-130", 250, "uds.", "TL-MP-130, 250 uds.", "P04616")]),

dict(v="lemaire", lang="fr", at="2026-11-16 08:55", subj="commande P04617 - pralines",
     text="""
Bonjour Madame Klein,

Petit souci chez nous : la machine d'enrobage de la ligne pralines est en panne depuis jeudi passé et le technicien allemand ne vient que mercredi. Pour votre commande P04617 (ballotins de pralines 250 g, 720 boîtes), la livraison se fera donc début décembre au lieu de fin novembre.

Nous savons que c'est juste avant la Saint-Nicolas, on fera tout pour tenir ce délai.

Bien à vous,
Olivier Lemaire
""", end="Bien à vous,", change="date", intent="delay", po=["P04617"],
     commit=("2026-12-01", "la livraison se fera donc début décembre"),
     dates=[("2026-11-12", "other", "jeudi passé"), ("2026-11-18", "other", "mercredi"),
            ("2026-12-01", "new_eta", "début décembre"), ("2026-11-30", "other", "fin novembre")]),

dict(v="galicia", lang="es", at="2026-10-28 09:15", subj="P04618 etiquetado",
     text="""
Buenos días,

Para el pedido P04618 (pulpo a la gallega en lata, 600 uds.) necesitamos saber si las latas deben llevar la etiqueta complementaria en alemán o si ustedes la ponen en destino. El embarque está previsto para el lunes 9 y la imprenta necesita la orden esta semana.

Gracias de antemano,
Xoán Varela
Conservas Galicia
""", end="Gracias de antemano,", change="none", intent="question", po=["P04618"],
     dates=[("2026-11-09", "ship_date", "lunes 9"), ("2026-10-26", "other", "esta semana")]),

dict(v="jardinsduval", lang="fr", at="2026-10-06 14:30", subj="Annulation de votre commande P04619",
     text="""
Madame, Monsieur,

Notre pépiniériste partenaire pour les rosiers tiges vient d'être placé en liquidation judiciaire. Nous ne sommes plus en mesure d'honorer votre commande P04619 (rosiers tiges 'Pierre de Ronsard', 90 pièces), initialement prévue le 20 octobre, et nous sommes contraints de l'annuler.

L'acompte de 30 % vous sera remboursé par virement. Si vous le souhaitez, nous pouvons vous proposer une autre variété dès le catalogue de printemps.

Avec nos excuses,
Nathalie Moreau
Les Jardins du Val SAS
""", end="Avec nos excuses,", change="cancel", intent="cancellation", po=["P04619"],
     dates=[("2026-10-20", "other", "prévue le 20 octobre")],
     lines=[("rosiers tiges 'Pierre de Ronsard'", 90, "pièces", "90 pièces", "P04619")]),

dict(v="plasticos", c=1, lang="es", at="2026-11-19 13:05", subj="Aviso de embarque P04620 - contenedor MSKU4488120",
     text="""
Estimada Sra. Jensen:

Le informamos que su pedido P04620 zarpó ayer del puerto de Veracruz a bordo del buque Maersk Kalmar. Se embarcó completo, según la lista de empaque adjunta.

Contenedor: MSKU4488120
B/L: MAEU254781903
ETA Bremerhaven: 14/12/2026

La factura FAC-MX-10233 se la enviamos por separado.

Saludos cordiales,
Fernanda Treviño
Plásticos del Norte

--- attachment: Packing_List_P04620.pdf ---
LISTA DE EMPAQUE - Pedido P04620
Clave        Descripción                      Cajas   Piezas
PN-CO-30     Caja organizadora 30 L           220     1320
PN-CO-50     Caja organizadora 50 L           150     600
PN-TP-12     Tapa universal                   40      960
Total bultos: 410
""", end="Saludos cordiales,", change="shipping", intent="shipping_notice", po=["P04620"],
     vref=["FAC-MX-10233"], commit=("2026-12-14", "ETA Bremerhaven: 14/12/2026"),
     dates=[("2026-11-18", "ship_date", "zarpó ayer"), ("2026-12-14", "confirmed_delivery", "14/12/2026")],
     lines=[("PN-CO-30", 1320, "Piezas", "PN-CO-30     Caja organizadora 30 L           220     1320", "P04620"),
            ("PN-CO-50", 600, "Piezas", "PN-CO-50     Caja organizadora 50 L           150     600", "P04620"),
            ("PN-TP-12", 960, "Piezas", "PN-TP-12     Tapa universal                   40      960", "P04620")],
     track=[(None, "MSKU4488120", "Contenedor: MSKU4488120"), ("Maersk", "MAEU254781903", "B/L: MAEU254781903")]),

dict(v="savonnerie", lang="fr", at="2026-10-30 11:40", subj="Relevé de compte - octobre 2026",
     text="""
Bonjour,

Sauf erreur de notre part, la facture FA-26-1472 (votre commande P04621, 2 184,00 € TTC) échue le 15/10 reste impayée à ce jour.

Nous vous remercions de bien vouloir procéder au règlement avant le 6 novembre ou de nous indiquer si un litige est en cours. Si le paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.

Comptabilité clients
Savonnerie de Provence SARL
""", end="Comptabilité clients", change="none", intent="other", po=["P04621"], vref=["FA-26-1472"],
     dates=[("2026-10-15", "other", "échue le 15/10"), ("2026-11-06", "other", "avant le 6 novembre")]),

dict(v="andino", c=1, lang="es", at="2026-10-23 16:20", subj="RE: RE: Embarque P04622",
     text="""
Señor Osei, buenas tardes.

Malas noticias: la naviera nos corrió la reserva por sobreventa del buque. El contenedor con su pedido P04622 (café verde de Huila, 19.200 kg) ahora zarpa de Cartagena el 2 de noviembre y llega a Hamburgo hacia el 28 de noviembre, en lugar del 16 de noviembre que le habíamos confirmado.

Ya pedimos prioridad para el siguiente buque. Mil disculpas.

Valentina Ospina
Exportaciones - Café Andino

El 17/10/2026, a las 8:12, Mike Osei <mike.osei@hhg-retail.com> escribió:
> Valentina, ¿sigue en pie la llegada del 16/11? Necesitamos el café para el tueste del 20.
> Saludos, Mike
""", end="Valentina Ospina", change="date", intent="delay", po=["P04622"],
     commit=("2026-11-28", "llega a Hamburgo hacia el 28 de noviembre"),
     dates=[("2026-11-02", "ship_date", "2 de noviembre"), ("2026-11-28", "new_eta", "28 de noviembre"),
            ("2026-11-16", "other", "16 de noviembre")],
     lines=[("café verde de Huila", 19200, "kg", "19.200 kg", "P04622")]),

dict(v="lemaire", c=1, lang="fr", at="2026-10-01 16:47", subj="RE: P04623",
     text="""
Bien reçu P04623, c'est confirmé pour le 14 oct. Bonne journée !

Sophie

De : Mike Osei <mike.osei@hhg-retail.com>
Envoyé : mercredi 30 septembre 2026 10:20
À : Sophie Dubois
Objet : P04623
Bonjour Sophie, pouvez-vous confirmer la livraison de P04623 au 14/10 ? Merci, Mike
""", end="Sophie\n", change="none", intent="confirmation", po=["P04623"],
     commit=("2026-10-14", "confirmé pour le 14 oct."),
     dates=[("2026-10-14", "confirmed_delivery", "14 oct.")]),

dict(v="iberica", lang="es", at="2026-11-25 18:10", subj="Pedido P04624 sustrato - va en dos veces",
     text="""
Hola Mike, ¿qué tal?

Te cuento cómo va lo del sustrato, porque ha sido una semana de locos. Ayer salió el camión de Murcia con 18 de los 24 palés de sustrato universal JI-SU-50 del pedido P04624; el transportista dice que con la huelga en la frontera francesa irá algo más lento, pero que llegará a Hamburgo el viernes.

Los 6 palés pendientes no cabían: nos faltaban sacos porque el proveedor de film nos mandó la mitad. Ya está resuelto y saldrán con el siguiente camión, para que los tengáis a principios de diciembre. Ojalá antes, pero prefiero decirte esto.

Por cierto, el catálogo nuevo de semillas ya está en la web, te lo mando en otro correo.

Saludos,
Sergio Navarro
Jardinería Ibérica
""", end="Saludos,\nSergio", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04624"], commit=("2026-12-01", "para que los tengáis a principios de diciembre"),
     dates=[("2026-11-24", "ship_date", "Ayer salió"), ("2026-11-27", "confirmed_delivery", "llegará a Hamburgo el viernes"),
            ("2026-12-01", "new_eta", "principios de diciembre")],
     lines=[("JI-SU-50", 18, "palés", "18 de los 24 palés", "P04624"),
            ("JI-SU-50", 6, "palés", "6 palés pendientes", "P04624")]),

dict(v="lemaire", lang="fr", at="2026-11-13 10:05", subj="Supplément matières premières - beurre",
     text="""
Chers clients,

Le prix du beurre AOP a augmenté de près de 40 % depuis l'été. Nous sommes contraints d'appliquer un supplément sur nos gaufres au beurre (BL-GB-300) : le prix passe de 2,35 € à 2,53 € le paquet pour toutes les livraisons à partir du 1er décembre, y compris les commandes déjà passées comme votre P04625.

Les speculoos et les pralines ne sont pas concernés.

Olivier Lemaire
Directeur commercial
""", end="Olivier Lemaire\nDirecteur", change="price", intent="price_change", po=["P04625"],
     dates=[("2026-12-01", "price_effective", "à partir du 1er décembre")],
     prices=[dict(product="BL-GB-300", old=2.35, new=2.53, cur="EUR", eff="2026-12-01",
                  quote="le prix passe de 2,35 € à 2,53 € le paquet")]),

dict(v="levante", c=1, lang="es", at="2026-09-29 09:30", subj="RE: Anulación pedido P04626",
     text="""
Buenos días Sra. Klein,

Confirmamos la anulación del pedido P04626 (cortinas opacas, 340 uds.) según su correo del 25 de septiembre. La producción no había empezado, así que no hay ningún coste para ustedes y no se emitirá factura.

Quedamos a su disposición para futuros pedidos.

Atentamente,
Pablo Sanchis

El vie, 25 sept 2026 a las 14:11, Sandra Klein (<sandra.klein@hhg-retail.com>) escribió:
> Por favor anulen P04626, el cliente final ha cancelado la campaña.
""", end="Atentamente,", change="cancel", intent="cancellation", po=["P04626"],
     dates=[("2026-09-25", "other", "25 de septiembre")],
     lines=[("cortinas opacas", 340, "uds.", "cortinas opacas, 340 uds.", "P04626")]),

dict(v="bretagne", lang="fr", at="2026-11-23 11:15", subj="Question conditionnement - P04627",
     text="""
Bonjour Madame Jensen,

Concernant votre commande P04627 de chargeurs allume-cigare (AEB-CV12, 800 pièces) : votre bon de commande ne précise pas le conditionnement. Les souhaitez-vous en blister individuel avec code EAN, ou en vrac par cartons de 50 ?

La livraison reste prévue le 10 décembre dans les deux cas, mais il nous faut votre choix d'ici jeudi pour lancer l'emballage.

Cordialement,
Yann Le Goff
""", end="Cordialement,\nYann", change="none", intent="question", po=["P04627"],
     commit=("2026-12-10", "La livraison reste prévue le 10 décembre"),
     dates=[("2026-12-10", "confirmed_delivery", "10 décembre"), ("2026-11-26", "other", "d'ici jeudi")]),

dict(v="galicia", c=1, lang="es", at="2026-12-14 12:20", subj="Salida mercancía P04628",
     text="""
Buenos días,

Hoy ha salido el pedido P04628 completo (6 palés de conservas variadas) con Transportes Ochoa, CMR nº 2026-11873. Entrega estimada: 17/12.

Cualquier incidencia en la descarga, avísennos.

Un saludo,
Beatriz Castro
Conservas Galicia S.A.
""", end="Un saludo,", change="shipping", intent="shipping_notice", po=["P04628"],
     commit=("2026-12-17", "Entrega estimada: 17/12"),
     dates=[("2026-12-14", "ship_date", "Hoy ha salido"), ("2026-12-17", "confirmed_delivery", "17/12")],
     lines=[("conservas variadas", 6, "palés", "6 palés de conservas variadas", "P04628")],
     track=[("Transportes Ochoa", "2026-11873", "CMR nº 2026-11873")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-09-14 10:02", subj="Accusé de réception P04629",
     text="""
Bonjour,

Bien reçu votre bon de commande P04629, merci. Il est transmis à notre service planification et nous revenons vers vous avec une confirmation sous 48 h.

Le service ADV
Les Jardins du Val
""", end="Le service ADV", change="none", intent="other", po=["P04629"]),
dict(v="aceites", lang="es", at="2026-11-26 10:50", subj="Situación pedidos P04630 y P04631",
     text="""
Estimado Sr. Brandt:

Le resumo la situación de sus dos pedidos abiertos:

- P04630 (aceite de oliva ecológico 750 ml): la embotelladora ecológica tiene una avería en la etiquetadora. No podremos entregar el 1 de diciembre; la nueva fecha de entrega es la semana 50.
- P04631 (vinagre balsámico y aceite de girasol): sin cambios, se entrega el 4/12 como estaba confirmado.

Disculpe las molestias.

Un cordial saludo,
Carmen López
Aceites del Sur
""", end="Un cordial saludo,", change="date", intent="delay", sec=["confirmation"], po=["P04630", "P04631"],
     commit=("2026-12-07", "la nueva fecha de entrega es la semana 50"),
     dates=[("2026-12-01", "other", "1 de diciembre"), ("2026-12-07", "new_eta", "semana 50"),
            ("2026-12-04", "confirmed_delivery", "4/12")],
     changes=[("P04630", "delay", "2026-12-07", None, "la nueva fecha de entrega es la semana 50"),
              ("P04631", "confirmation", "2026-12-04", None, "se entrega el 4/12 como estaba confirmado")]),

dict(v="romande", c=1, lang="fr", at="2026-10-19 14:10", subj="Confirmation de commande P04632",
     text="""
Bonjour Monsieur Osei,

Nous vous remercions pour votre commande P04632 et vous confirmons les articles suivants, livrables le 3 novembre franco votre entrepôt :

| Article   | Désignation                   | Quantité |
| CR-CO-20  | Couteau de chef 20 cm         | 120 pcs  |
| CR-OF-09  | Couteau d'office 9 cm         | 300 pcs  |
| CR-BL-06  | Bloc à couteaux hêtre 6 pl.   | 60 pcs   |

Notre référence : CR-AB-26-377. Les prix sont ceux de l'offre du 28 septembre.

Meilleures salutations
Chantal Rochat
Coutellerie Romande SA
""", end="Meilleures salutations", change="none", intent="confirmation", po=["P04632"],
     vref=["CR-AB-26-377"], commit=("2026-11-03", "livrables le 3 novembre"),
     dates=[("2026-11-03", "confirmed_delivery", "3 novembre"), ("2026-09-28", "other", "28 septembre")],
     lines=[("CR-CO-20", 120, "pcs", "| CR-CO-20  | Couteau de chef 20 cm         | 120 pcs  |", "P04632"),
            ("CR-OF-09", 300, "pcs", "| CR-OF-09  | Couteau d'office 9 cm         | 300 pcs  |", "P04632"),
            ("CR-BL-06", 60, "pcs", "| CR-BL-06  | Bloc à couteaux hêtre 6 pl.   | 60 pcs   |", "P04632")]),

dict(v="plasticos", lang="es", at="2026-10-29 11:35", subj="Confirmacion orden P04633",
     text="""
Buen dia Laura

Confirmamos su orden de compra P04633, las 2,400 cubetas de 12 litros (PN-CU-12) en color gris como pidio. Fecha de embarque 06/11 desde Monterrey y entrega en su almacen en semana 47.

Cualquier cosa estamos a la orden

Rodrigo Garza
""", end="Cualquier cosa estamos", change="none", intent="confirmation", po=["P04633"],
     commit=("2026-11-16", "entrega en su almacen en semana 47"),
     dates=[("2026-11-06", "ship_date", "06/11"), ("2026-11-16", "confirmed_delivery", "semana 47")],
     lines=[("PN-CU-12", 2400, None, "las 2,400 cubetas", "P04633")]),

dict(v="savonnerie", c=1, lang="fr", at="2026-12-07 09:30", subj="P04634 - livraison partielle + reliquat",
     text="""
Bonjour Madame Klein,

Les coffrets cadeaux de Noël de votre commande P04634 sont prêts, mais pas tous : nous n'avons reçu qu'une partie des boîtes en carton de notre imprimeur.

Vous recevrez donc demain 1 800 coffrets sur les 2 400 commandés (bon de livraison BL-26-9931). Le reliquat de 600 coffrets vous sera livré en semaine 51.

J'espère que cela vous laisse assez de temps pour la mise en rayon.

Bien cordialement,
Julien Fabre
""", end="Bien cordialement,", change="quantity", intent="partial_shipment", po=["P04634"],
     vref=["BL-26-9931"], commit=("2026-12-14", "vous sera livré en semaine 51"),
     dates=[("2026-12-08", "confirmed_delivery", "Vous recevrez donc demain"), ("2026-12-14", "new_eta", "semaine 51")],
     lines=[("coffrets cadeaux de Noël", 1800, "coffrets", "1 800 coffrets sur les 2 400", "P04634"),
            ("coffrets cadeaux de Noël", 600, "coffrets", "reliquat de 600 coffrets", "P04634")]),

dict(v="andino", lang="es", at="2026-12-02 08:40", subj="Embarque P04635 - cantidad final",
     text="""
Estimado Mike:

Le confirmo que el lunes pasado embarcamos el pedido P04635 en Buenaventura, contenedor TCLU 772190-4. Sin embargo, solo pudimos cargar 250 de los 300 sacos de café excelso: los 50 sacos restantes no pasaron el control de humedad y no los vamos a enviar. Esa cantidad queda anulada y se le descontará en la factura.

ETA Hamburgo: 21/12.

Saludos,
Andrés Restrepo
""", end="Saludos,\nAndrés", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04635"], commit=("2026-12-21", "ETA Hamburgo: 21/12"),
     dates=[("2026-11-30", "ship_date", "el lunes pasado embarcamos"), ("2026-12-21", "confirmed_delivery", "21/12")],
     lines=[("café excelso", 250, "sacos", "250 de los 300 sacos", "P04635"),
            ("café excelso", 50, "sacos", "los 50 sacos restantes", "P04635")],
     track=[(None, "TCLU 772190-4", "contenedor TCLU 772190-4")]),

dict(v="bretagne", c=1, lang="fr", at="2026-10-12 10:20", subj="P04636 - ligne batteries externes",
     text="""
Bonjour Madame Jensen,

Je vous ai déjà écrit deux fois au sujet de la ligne AEB-PB10 (batteries externes 10 000 mAh, 400 pièces) de votre commande P04636 : le modèle n'est plus fabriqué et le successeur AEB-PB12 coûte 2,10 € de plus.

Sans réponse de votre part d'ici le vendredi 16 octobre, nous annulerons cette ligne et livrerons le reste de la commande seul.

Merci de me dire ce que vous préférez.

Morgane Tanguy
""", end="Morgane Tanguy", change="cancel", intent="cancellation", sec=["question"], po=["P04636"],
     dates=[("2026-10-16", "other", "vendredi 16 octobre")],
     lines=[("AEB-PB10", 400, "pièces", "400 pièces", "P04636")]),

dict(v="iberica", lang="es", at="2026-09-08 13:25", subj="P04637 - tumbonas de teca",
     text="""
Hola Sandra:

Lamentablemente tenemos que anular la línea de tumbonas de teca (JI-TT-01, 40 uds.) del pedido P04637: el fabricante indonesio ha dejado de producir ese modelo y no tenemos stock.

El resto del pedido (mesas y sillas plegables) se mantiene y sale de nuestro almacén el 18 de septiembre como estaba previsto.

Perdona las molestias,
Sergio
""", end="Perdona las molestias,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P04637"],
     dates=[("2026-09-18", "ship_date", "18 de septiembre")],
     lines=[("JI-TT-01", 40, "uds.", "JI-TT-01, 40 uds.", "P04637")]),

dict(v="jardinsduval", lang="fr", at="2026-11-03 15:15", subj="Geste commercial - commande P04638",
     text="""
Bonjour Monsieur Brandt,

Suite à la casse constatée sur notre dernière livraison (8 pots vernissés brisés), nous vous accordons une remise exceptionnelle de 5 % sur votre commande en cours P04638. Elle apparaîtra directement sur la facture.

Encore désolés pour ce désagrément.

Nathalie Moreau
""", end="Nathalie Moreau", change="price", intent="price_change", po=["P04638"],
     prices=[dict(product=None, pct=-5, cur=None, eff=None, quote="remise exceptionnelle de 5 %")]),

dict(v="galicia", lang="es", at="2026-12-11 09:55", subj="Recargo energético 2027",
     text="""
Estimados clientes:

Debido al nuevo incremento de la tarifa eléctrica industrial, a partir del 1 de enero de 2027 aplicaremos un recargo energético del 3 % sobre todas las facturas. Los pedidos con entrega antes de esa fecha, como su P04639, no se verán afectados.

Agradecemos su comprensión.

Xoán Varela
Director Comercial
""", end="Agradecemos su comprensión.", change="price", intent="price_change", po=["P04639"],
     dates=[("2027-01-01", "price_effective", "a partir del 1 de enero de 2027")],
     prices=[dict(product=None, pct=3, cur=None, eff="2027-01-01", quote="recargo energético del 3 %")]),

dict(v="lyonnais", lang="fr", at="2026-10-02 11:05", subj="Enlèvement commande P04640",
     text="""
Bonjour,

Votre commande P04640 (plaids en laine, 6 palettes) a été enlevée ce matin par Heppner. Récépissé n° HP-59210447.

Livraison entre le 6 et le 7 octobre selon le transporteur.

Cordialement,
Isabelle Martin
""", end="Cordialement,\nIsabelle", change="shipping", intent="shipping_notice", po=["P04640"],
     commit=("2026-10-07", "Livraison entre le 6 et le 7 octobre"),
     dates=[("2026-10-02", "ship_date", "enlevée ce matin"), ("2026-10-06", "range_start", "le 6"),
            ("2026-10-07", "range_end", "7 octobre")],
     lines=[("plaids en laine", 6, "palettes", "6 palettes", "P04640")],
     track=[("Heppner", "HP-59210447", "Récépissé n° HP-59210447")]),

dict(v="levante", lang="es", at="2026-12-10 17:20", subj="Expedición P04641",
     text="""
Hola Laura,

Sale hoy el pedido P04641 completo (edredones nórdicos, 180 uds.) con Dachser. Nº de envío 8823-4410-92. El plazo es de 3-4 días hábiles hasta Hamburgo.

Saludos,
Lucía Martínez
""", end="Saludos,\nLucía", change="shipping", intent="shipping_notice", po=["P04641"],
     commit=("2026-12-16", "3-4 días hábiles"),
     dates=[("2026-12-10", "ship_date", "Sale hoy"), ("2026-12-15", "range_start", "3-4 días hábiles"),
            ("2026-12-16", "range_end", "3-4 días hábiles")],
     lines=[("edredones nórdicos", 180, "uds.", "edredones nórdicos, 180 uds.", "P04641")],
     track=[("Dachser", "8823-4410-92", "Nº de envío 8823-4410-92")]),

dict(v="savonnerie", lang="fr", at="2026-11-30 12:00", subj="Prévisions T1 2027",
     text="""
Bonjour Madame Jensen,

Pour réserver nos huiles essentielles auprès de nos distillateurs, pourriez-vous nous envoyer vos prévisions de commandes pour le premier trimestre 2027, par référence, comme vous l'aviez fait l'an dernier avec la P04642 ?

Un retour avant le 15 décembre nous arrangerait beaucoup.

Merci et bonne semaine,
Camille Girard
""", end="Merci et bonne semaine,", change="none", intent="question", po=["P04642"],
     dates=[("2026-12-15", "other", "avant le 15 décembre")]),

dict(v="aceites", c=1, lang="es", at="2026-09-24 16:00", subj="Dirección de entrega P04643",
     text="""
Buenas tardes,

En el pedido P04643 figuran dos direcciones: Hamburgo en la cabecera y Neumünster en las condiciones de entrega. ¿A cuál de los dos almacenes lo enviamos? La mercancía estará lista el martes 29.

Gracias,
Javier Ruiz
""", end="Gracias,\nJavier", change="none", intent="question", po=["P04643"],
     dates=[("2026-09-29", "other", "martes 29")]),

dict(v="andino", c=1, lang="es", at="2026-10-07 09:10", subj="Documentos exportación P04644",
     text="""
Buenos días,

Para emitir el certificado de origen y la factura de exportación del pedido P04644 necesitamos el número EORI de Hartmann Home & Garden y confirmar si el importador registrado es la sociedad de Hamburgo. ¿Nos lo pueden enviar?

Muchas gracias,
Valentina Ospina
Café Andino S.A.S.
""", end="Muchas gracias,", change="none", intent="question", po=["P04644"]),

dict(v="lyonnais", c=1, lang="fr", at="2026-12-02 08:30", subj="Invitation - Maison&Objet janvier 2027",
     text="""
Chère cliente, cher client,

Textiles Lyonnais présentera sa nouvelle collection de linge de lit en lin lavé et chanvre au salon Maison&Objet, du 14 au 18 janvier 2027, hall 5, stand B28.

Nous serions ravis de vous y accueillir. Pour réserver un rendez-vous, répondez simplement à ce mail.

Thomas Roux
Textiles Lyonnais SA
""", end="Thomas Roux", change="none", intent="other",
     dates=[("2027-01-14", "other", "du 14"), ("2027-01-18", "other", "au 18 janvier 2027")]),

dict(v="plasticos", c=1, lang="es", at="2026-10-27 12:30", subj="Cambio de ejecutiva de cuenta",
     text="""
Estimada Laura:

Le informo que a partir del lunes 2 de noviembre su ejecutiva de cuenta será Fernanda Treviño, ya que Rodrigo Garza pasa a la gerencia de planta. Los pedidos en curso, como el P04645, siguen sin cambios.

Los datos de contacto de Fernanda están en la firma.

Saludos cordiales,
Fernanda Treviño
Plásticos del Norte S.A. de C.V.
Tel. +52 81 8340 2271
""", end="Saludos cordiales,", change="none", intent="other", po=["P04645"],
     dates=[("2026-11-02", "other", "lunes 2 de noviembre")]),

dict(v="lemaire", lang="fr", at="2026-11-04 07:58", subj="URGENT : changement de coordonnées bancaires",
     frm="Biscuiterie Lemaire <comptabilite@biscuiterie-lemaire-be.com>",
     text="""
Bonjour,

Suite à un changement de banque, nous vous informons que nos coordonnées bancaires changent à compter du 9 novembre. Merci de régler la facture de votre commande P04646 sur le nouveau compte ci-dessous et de ne plus utiliser l'ancien IBAN.

IBAN : LT47 3250 0912 7781 4402
BIC : REVOLT21

Merci de nous confirmer la mise à jour par retour de mail.

Service comptabilité
""", end="Service comptabilité", change="none", intent="other", po=["P04646"],
     dates=[("2026-11-09", "other", "à compter du 9 novembre")]),

dict(v="romande", lang="fr", at="2026-12-16 16:40", subj="Retard P04647 - ciseaux de cuisine",
     text="""
Bonjour Madame Klein,

Navré de vous l'annoncer : l'aciérie nous a livré des lames hors tolérance et nous devons refaire toute la série des ciseaux de cuisine (CR-CI-21, 500 pièces) de votre commande P04647.

La livraison aura lieu en semaine 2 au lieu de la semaine 51. Le reste de la commande (aiguisoirs) vous parviendra bien lundi prochain.

Meilleures salutations
Luc Favre
""", end="Meilleures salutations", change="date", intent="delay", sec=["confirmation"], po=["P04647"],
     commit=("2027-01-11", "La livraison aura lieu en semaine 2"),
     dates=[("2027-01-11", "new_eta", "semaine 2"), ("2026-12-14", "other", "semaine 51"),
            ("2026-12-21", "confirmed_delivery", "lundi prochain")]),

dict(v="levante", c=1, lang="es", at="2026-11-09 10:45", subj="RE: P04648 cortinas y fundas",
     text="""
Buenos días Mike,

Sobre el pedido P04648: las cortinas de lino (TL-CL-140) se retrasan, la tela llegó con un defecto de tintura y hemos tenido que pedirla de nuevo. Las entregaremos el 11/12 en lugar del 20/11.

Las fundas de cojín sí llegan el 20/11, tal como estaba confirmado.

Un saludo,
Pablo Sanchis
Textil Levante

El 2/11/2026, a las 11:20, Mike Osei <mike.osei@hhg-retail.com> escribió:
> ¿Todo bien para el 20/11?
""", end="Un saludo,\nPablo", change="date", intent="delay", sec=["confirmation"], po=["P04648"],
     commit=("2026-12-11", "Las entregaremos el 11/12"),
     dates=[("2026-12-11", "new_eta", "11/12"), ("2026-11-20", "other", ("20/11", 0)),
            ("2026-11-20", "confirmed_delivery", ("20/11", 1))]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-09-21 11:25", subj="Confirmation P04649 bulbes",
     text="""
Bonjour Madame Jensen,

Nous confirmons votre commande P04649 de bulbes de tulipes et de narcisses (filets de 25, 1 200 filets au total), conforme à votre bon de commande. Livraison sous huitaine, comme convenu.

Le service ADV
Les Jardins du Val
""", end="Le service ADV", change="none", intent="confirmation", po=["P04649"],
     commit=("2026-09-28", "Livraison sous huitaine"),
     dates=[("2026-09-28", "confirmed_delivery", "sous huitaine")],
     lines=[("bulbes de tulipes et de narcisses", 1200, "filets", "1 200 filets au total", "P04649")]),
]
