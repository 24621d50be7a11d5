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

Las 300 toallas pendientes están en el telar y se las enviaremos dentro de 10 días hábiles. El resto de referencias del pedido ya se entregó la semana pasada, como sabe.

Saludos cordiales,
Pablo Sanchis
Textil Levante S.A.
""", end="Saludos cordiales,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04605"], commit=("2026-10-29", "se las enviaremos dentro de 10 días hábiles"),
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

Les 15 jardinières restantes suivront sous 8 jours ouvrés, nous les faisons venir de notre site de Castelnaudary.

Cordialement,
Le service ADV
Les Jardins du Val
""", end="Cordialement,\nLe service", change="quantity", intent="partial_shipment", po=["P04614"],
     commit=("2026-12-21", "suivront sous 8 jours ouvrés"),
     dates=[("2026-12-10", "confirmed_delivery", "nous livrons demain"), ("2026-12-21", "new_eta", "sous 8 jours ouvrés")],
     lines=[("JV-JT-60", 35, None, "35 des 50 jardinières", "P04614"),
            ("JV-JT-60", 15, None, "15 jardinières restantes", "P04614")]),
]
