# ruff: noqa: E501 - email text is data
"""Spanish (Spain, Mexico, Argentina, Chile) and Dutch (Netherlands, Flanders) emails. Hand-written."""

EMAILS = [
dict(v="aceites", c=1, lang="es", at="2026-11-16 10:20", subj="Pedido P03600 - retraso latas 3 L",
     text="""
Buenos días, Laura:

Te escribo por el pedido P03600 (aceite de oliva virgen extra en lata de 3 L, ref. ADS-AOVE-3L). La envasadora ha estado parada cuatro días por una avería en la etiquetadora y no llegamos a la fecha que os confirmamos, el 20 de noviembre. La nueva previsión es entregar en vuestro almacén de Hamburgo en la semana 49.

Las otras referencias del pedido (ADS-AOVE-500, botella de 500 ml) no se ven afectadas y salen este jueves como estaba previsto.

Disculpa las molestias.

Un saludo,
Javier Ruiz
Aceites del Sur S.L.
""", end="Un saludo,", change="date", intent="delay", po=["P03600"],
     commit=("2026-11-30", "entregar en vuestro almacén de Hamburgo en la semana 49"),
     dates=[("2026-11-20", "other", "20 de noviembre"), ("2026-11-30", "new_eta", "semana 49"),
            ("2026-11-19", "ship_date", "salen este jueves")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-10-05 09:10", subj="Orderbevestiging VB-OB-26-3318 / P03601",
     text="""
Goedemorgen Mike,

Hierbij de orderbevestiging voor jullie bestelling P03601. Alles is op voorraad, levering in week 42 zoals gevraagd.

Met vriendelijke groet,
Sanne de Jong
Van der Berg Tuinartikelen B.V.

--- attachment: Orderbevestiging_VB-OB-26-3318.pdf ---
ORDERBEVESTIGING VB-OB-26-3318
Uw referentie: P03601
Orderdatum: 02-10-2026
Art.nr.     Omschrijving                 Aantal  Eenheid  Leverdatum
VB-PT-40    Plantenbak terracotta 40 cm  300     st       12-10-2026
VB-GS-12    Gieter zink 12 l             150     st       12-10-2026
VB-SN-SET   Snoeischaar set 3-dlg        80      set      12-10-2026
Leveringsvoorwaarde: DAP Hamburg
""", end="Met vriendelijke groet,", change="none", intent="confirmation", po=["P03601"],
     vref=["VB-OB-26-3318"], commit=("2026-10-12", "levering in week 42 zoals gevraagd"),
     dates=[("2026-10-12", "confirmed_delivery", "week 42"), ("2026-10-02", "other", "02-10-2026"),
            ("2026-10-12", "confirmed_delivery", ("12-10-2026", 0)),
            ("2026-10-12", "confirmed_delivery", ("12-10-2026", 1)),
            ("2026-10-12", "confirmed_delivery", ("12-10-2026", 2))],
     lines=[("VB-PT-40", 300, "st", "VB-PT-40    Plantenbak terracotta 40 cm  300     st       12-10-2026", "P03601"),
            ("VB-GS-12", 150, "st", "VB-GS-12    Gieter zink 12 l             150     st       12-10-2026", "P03601"),
            ("VB-SN-SET", 80, "set", "VB-SN-SET   Snoeischaar set 3-dlg        80      set      12-10-2026", "P03601")]),

dict(v="plasticos", c=0, lang="es", at="2026-11-03 16:45", subj="Embarque OC P03602 - cubetas y tapas",
     text="""
Estimada Sandra:

Le informo que el pedido P03602 completo (1.200 cubetas plásticas de 12 L, PN-CB-12, y 800 tapas PN-TP-12) salió hoy de nuestra planta en Monterrey rumbo al puerto de Manzanillo. El buque MSC Alba tiene zarpe programado para el 9 de noviembre y la llegada a Hamburgo está estimada para el 4 de diciembre.

Contenedor: MSCU 718245-3
B/L: MEDUMX0098172

Le adjunto la factura comercial FC-26-4471 y la lista de empaque.

Quedo a sus órdenes.

Saludos cordiales,
Rodrigo Garza
Plásticos del Norte S.A. de C.V.
""", end="Quedo a sus órdenes.", change="shipping", intent="shipping_notice", po=["P03602"],
     vref=["FC-26-4471"], commit=("2026-12-04", "la llegada a Hamburgo está estimada para el 4 de diciembre"),
     dates=[("2026-11-03", "ship_date", "salió hoy"), ("2026-11-09", "ship_date", "9 de noviembre"),
            ("2026-12-04", "confirmed_delivery", "4 de diciembre")],
     lines=[("PN-CB-12", 1200, None, "1.200 cubetas plásticas de 12 L, PN-CB-12", "P03602"),
            ("PN-TP-12", 800, None, "800 tapas PN-TP-12", "P03602")],
     track=[("MSC", "MSCU 718245-3", "Contenedor: MSCU 718245-3"), ("MSC", "MEDUMX0098172", "B/L: MEDUMX0098172")]),

dict(v="devries", c=0, lang="nl", at="2026-11-10 14:00", subj="Prijsaanpassing kookgerei per 1 januari 2027",
     text="""
Beste Tim,

Zoals telefonisch al aangekondigd: door de gestegen prijzen van roestvrij staal en energie passen wij per 1 januari 2027 onze inkoopprijzen aan. Voor jullie assortiment betekent dat:

- DV-KS-20 kookpan 20 cm: was € 14,20, wordt € 15,10
- DV-KS-24 kookpan 24 cm: was € 17,80, wordt € 18,95
- DV-SP-28 koekenpan 28 cm blijft € 12,40

Orders die vóór 15 december bij ons binnen zijn, leveren we nog tegen de oude prijzen, ook als de levering pas in januari valt.

Met vriendelijke groet,
Mark de Vries
De Vries Huishoudelijk B.V.
""", end="Met vriendelijke groet,", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1 januari 2027"), ("2026-12-15", "other", "15 december"),
            ("2027-01-01", "other", "pas in januari")],
     prices=[dict(product="DV-KS-20", old=14.20, new=15.10, cur="EUR", eff="2027-01-01",
                  quote="DV-KS-20 kookpan 20 cm: was € 14,20, wordt € 15,10"),
             dict(product="DV-KS-24", old=17.80, new=18.95, cur="EUR", eff="2027-01-01",
                  quote="DV-KS-24 kookpan 24 cm: was € 17,80, wordt € 18,95")]),

dict(v="maule", c=0, lang="es", at="2026-11-18 11:30", subj="OC P03603 canastos - avance",
     text="""
Hola Laura, ¿cómo estás?

Te cuento cómo va la OC P03603. De los 400 canastos de mimbre natural (MM-CN-45) ya tenemos listos 250, que se embarcan este viernes en el contenedor compartido que sale de San Antonio. Los otros 150 están atrasados porque la cosecha de mimbre vino húmeda este año y hay que secarla más; esos irían en el siguiente embarque, a mediados de diciembre.

Los baúles MM-BA-60 (60 unidades) van completos con el primer embarque.

Cualquier duda me avisas nomás.

Saludos,
Cata
""", end="Saludos,\nCata", change="quantity", intent="partial_shipment", po=["P03603"],
     dates=[("2026-11-20", "ship_date", "se embarcan este viernes"),
            ("2026-12-15", "ship_date", "a mediados de diciembre")],
     lines=[("MM-CN-45", 250, None, "ya tenemos listos 250", "P03603"),
            ("MM-CN-45", 150, None, "Los otros 150 están atrasados", "P03603"),
            ("MM-BA-60", 60, "unidades", "Los baúles MM-BA-60 (60 unidades) van completos", "P03603")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-09-22 10:05", subj="Vraag logo borduring P03604",
     text="""
Dag Sandra,

Voor jullie bestelling P03604 (badjassen VT-BJ-L en VT-BJ-XL) zitten we met een vraagje. Het borduurlogo dat jullie doorgestuurd hebben is in lage resolutie, en onze borduurmachine kan daar niet mee overweg. Kunnen jullie ons het logo bezorgen als vectorbestand (.ai of .eps)?

Mag ik ook eens polsen of de badjassen per stuk in een polyzak moeten, of per vijf in een doos? Op de bestelbon staat daar niets over.

De levering in week 41 komt daardoor niet in het gedrang, we borduren pas de week daarvoor. Graag wel een antwoord tegen donderdag.

Met vriendelijke groeten,
An Claes
Vlaamse Textiel NV
""", end="Met vriendelijke groeten,", change="none", intent="question", po=["P03604"],
     commit=("2026-10-05", "De levering in week 41 komt daardoor niet in het gedrang"),
     dates=[("2026-10-05", "confirmed_delivery", "week 41"), ("2026-09-24", "other", "tegen donderdag")]),

dict(v="levante", c=0, lang="es", at="2026-10-20 12:15", subj="Su pedido P03605 - referencias anuladas",
     text="""
Estimado Sr. Osei:

Lamentamos comunicarle que no podremos servir dos de las referencias de su pedido P03605. El fabricante del tejido de lino ha dejado de producir el color «arena» y no tenemos stock suficiente:

- TL-MN-150A mantel lino arena 150x250: 120 uds. — anulada
- TL-SV-45A servilleta lino arena 45x45: 600 uds. — anulada

El resto del pedido (manteles y servilletas en color blanco roto) se mantiene con entrega el 6 de noviembre, tal como se confirmó.

Si lo desea, podemos ofrecerle las mismas piezas en color «piedra» con el mismo precio y plazo; le adjunto muestra fotográfica.

Atentamente,
Lucía Martínez
Departamento Comercial
Textil Levante S.A.
""", end="Atentamente,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P03605"],
     commit=("2026-11-06", "se mantiene con entrega el 6 de noviembre"),
     dates=[("2026-11-06", "confirmed_delivery", "6 de noviembre")],
     lines=[("TL-MN-150A", 120, "uds.", "TL-MN-150A mantel lino arena 150x250: 120 uds. — anulada", "P03605"),
            ("TL-SV-45A", 600, "uds.", "TL-SV-45A servilleta lino arena 45x45: 600 uds. — anulada", "P03605")]),

dict(v="jansen", c=1, lang="nl", at="2026-12-18 17:05", subj="Automatisch antwoord: RE: P03606 levertijd stekkerdozen",
     text="""
Bedankt voor je bericht.

Ik ben met kerstverlof van maandag 21 december tot en met vrijdag 1 januari en lees mijn e-mail in die periode niet. Vanaf maandag 4 januari ben ik weer op kantoor.

Voor dringende zaken rond bestellingen en leveringen kun je terecht bij mijn collega Bram Jansen (bram.jansen@elektrojansen.nl, 020 555 0147).

Met vriendelijke groet,
Eva Mulder
Elektro Jansen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P03606"],
     dates=[("2026-12-21", "other", "maandag 21 december"), ("2027-01-01", "other", "vrijdag 1 januari"),
            ("2027-01-04", "other", "maandag 4 januari")]),

dict(v="pampa", c=0, lang="es", at="2026-11-25 15:50", subj="RE: P03607 bolsos - embarque",
     text="""
Hola Mike, ¿cómo andás?

Te escribo con una mala noticia sobre la P03607 (bolsos de cuero CP-BO-32, 180 unidades). La curtiembre nos entregó tarde el cuero engrasado y recién ahora estamos cortando. No llegamos al embarque del 28/11 que te había confirmado; el próximo buque sale de Buenos Aires el 12/12 y llegaría a Hamburgo a principios de enero, calculá el 8/1 más o menos.

Ya sé que esto te complica la temporada, perdoná. Si te sirve, puedo mandar 40 unidades por aéreo la semana que viene, pagamos nosotros la diferencia del flete. Avisame.

Abrazo,
Martín

El 10 nov 2026, a las 9:12, Mike Osei <mike.osei@hhg-retail.com> escribió:
> Hola Martín, ¿seguimos con el embarque del 28/11 para la P03607? Necesitamos los bolsos en Hamburgo antes del 20 de diciembre.
""", end="Abrazo,", change="date", intent="delay", sec=["question"], po=["P03607"],
     commit=("2027-01-08", "calculá el 8/1 más o menos"),
     dates=[("2026-11-28", "other", ("28/11", 0)), ("2026-12-12", "ship_date", "el 12/12"),
            ("2027-01-01", "new_eta", "a principios de enero"), ("2027-01-08", "new_eta", "el 8/1"),
            ("2026-11-30", "other", "la semana que viene")],
     lines=[("CP-BO-32", 40, "unidades", "40 unidades por aéreo", "P03607")]),

dict(v="kempen", c=0, lang="nl", at="2026-12-03 08:40", subj="Eerste levering P03608 salontafels",
     text="""
Goeiemorgen Laura,

Vandaag vertrekt er een eerste vracht voor bestelling P03608: 24 van de 40 eikenhouten salontafels (KM-ST-120) en alle 60 wandrekken (KM-WR-80). De chauffeur van Transport Verhoeven zou morgen in de voormiddag bij jullie in Hamburg moeten staan.

De overige 16 salontafels staan nog in de lakkerij. Die komen in week 51, ik laat nog weten welke dag precies.

CMR-nummer: VH-2026-118734

Groetjes,
Wouter
""", end="Groetjes,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P03608"],
     commit=("2026-12-14", "Die komen in week 51"),
     dates=[("2026-12-03", "ship_date", "Vandaag vertrekt"), ("2026-12-04", "confirmed_delivery", "morgen in de voormiddag"),
            ("2026-12-14", "new_eta", "week 51")],
     lines=[("KM-ST-120", 24, None, "24 van de 40 eikenhouten salontafels", "P03608"),
            ("KM-WR-80", 60, None, "alle 60 wandrekken", "P03608"),
            ("KM-ST-120", 16, None, "De overige 16 salontafels", "P03608")],
     track=[("Transport Verhoeven", "VH-2026-118734", "CMR-nummer: VH-2026-118734")]),

dict(v="galicia", c=1, lang="es", at="2026-09-08 13:00", subj="Confirmación de pedido CP-2026-00871 - su OC P03609",
     text="""
Estimada Sra. Klein:

Adjuntamos la confirmación de pedido correspondiente a su orden de compra P03609. Todas las posiciones quedan confirmadas en cantidad y precio; la entrega en su almacén será el viernes 2 de octubre.

Reciba un cordial saludo,
Beatriz Castro
Conservas Galicia S.A.

--- attachment: CP-2026-00871.pdf ---
CONFIRMACIÓN DE PEDIDO CP-2026-00871
Pedido cliente: P03609
Fecha: 07/09/2026
Ref.         Descripción                         Cajas   Uds/caja  F. entrega
CG-SAR-120   Sardinas en aceite de oliva 120 g   140     24        02/10/2026
CG-MEJ-111   Mejillones en escabeche 111 g       90      24        02/10/2026
CG-PUL-111   Pulpo en aceite 111 g               45      12        02/10/2026
Condiciones: DAP Hamburgo, pago 60 días fecha factura
""", end="Reciba un cordial saludo,", change="none", intent="confirmation", po=["P03609"],
     vref=["CP-2026-00871"], commit=("2026-10-02", "la entrega en su almacén será el viernes 2 de octubre"),
     dates=[("2026-10-02", "confirmed_delivery", "viernes 2 de octubre"), ("2026-09-07", "other", "07/09/2026"),
            ("2026-10-02", "confirmed_delivery", ("02/10/2026", 0)),
            ("2026-10-02", "confirmed_delivery", ("02/10/2026", 1)),
            ("2026-10-02", "confirmed_delivery", ("02/10/2026", 2))],
     lines=[("CG-SAR-120", 140, "cajas", "CG-SAR-120   Sardinas en aceite de oliva 120 g   140     24        02/10/2026", "P03609"),
            ("CG-MEJ-111", 90, "cajas", "CG-MEJ-111   Mejillones en escabeche 111 g       90      24        02/10/2026", "P03609"),
            ("CG-PUL-111", 45, "cajas", "CG-PUL-111   Pulpo en aceite 111 g               45      12        02/10/2026", "P03609")]),

dict(v="kaashandel", c=0, lang="nl", at="2026-10-28 11:20", subj="Re: annulering P03610 kerstpromotie",
     text="""
Hoi Sandra,

Geen probleem, we hebben bestelling P03610 (de 90 wielen Oude Gouda voor de kerstpromotie) volledig geannuleerd in ons systeem. Er was nog niets ingepakt, dus er zijn ook geen kosten voor jullie.

Laat maar weten als de promotie toch nog doorgaat, dan plannen we opnieuw in.

Groet,
Kees

Op 27 okt. 2026 om 16:02 schreef Sandra Klein <sandra.klein@hhg-retail.com>:
> Beste Kees,
> De kerstpromotie is door de directie geschrapt. Kunnen jullie P03610 annuleren? De levering stond op 18 november.
> Groet, Sandra
""", end="Groet,\nKees", change="cancel", intent="cancellation", po=["P03610"],
     lines=[("Oude Gouda", 90, "wielen", "de 90 wielen Oude Gouda", "P03610")]),

dict(v="iberica", c=0, lang="es", at="2026-11-05 09:45", subj="Recargo transporte desde diciembre - P03611",
     text="""
Hola Tim:

Te escribo por el tema del transporte. Nuestro operador logístico nos ha subido la tarifa del grupaje a Alemania a partir del 1 de diciembre, y no tenemos margen para absorberlo. Por eso tenemos que aplicar un recargo de transporte de 0,35 € por saco a todos los pedidos que se entreguen desde esa fecha, incluido el vuestro P03611 (sustrato universal JI-SU-50), que tiene entrega prevista el 9 de diciembre. El saco pasa así de 4,90 € a 5,25 € puesto en vuestro almacén.

Si preferís adelantar la entrega a finales de noviembre para evitar el recargo, podemos intentarlo; dime algo antes del viernes.

Un abrazo,
Sergio
""", end="Un abrazo,", change="price", intent="price_change", po=["P03611"],
     commit=("2026-12-09", "tiene entrega prevista el 9 de diciembre"),
     dates=[("2026-12-01", "price_effective", "a partir del 1 de diciembre"),
            ("2026-12-09", "confirmed_delivery", "9 de diciembre"),
            ("2026-11-30", "other", "a finales de noviembre"), ("2026-11-06", "other", "antes del viernes")],
     prices=[dict(product="JI-SU-50", old=4.90, new=5.25, cur="EUR", eff="2026-12-01",
                  quote="El saco pasa así de 4,90 € a 5,25 €")]),

dict(v="vlaamse", c=0, lang="nl", at="2026-11-12 16:10", subj="P03612 dekbedovertrekken - vertraging",
     text="""
Beste Laura,

Slecht nieuws voor P03612 (dekbedovertrekken VT-DO-140 en VT-DO-200): onze ververij in Kortrijk heeft een week stilgelegen na een waterlek, en daardoor schuift alles op. In plaats van maandag 16 november kunnen we pas eind november leveren. Ik mik op vrijdag 27 november, maar ik wil het niet harder beloven dan het is.

De kussenslopen (VT-KS-60) uit dezelfde order liggen wel klaar. Willen jullie die al apart ontvangen, of wachten jullie liever op één levering?

Met vriendelijke groeten,
Jeroen Peeters
Vlaamse Textiel NV
""", end="Met vriendelijke groeten,", change="date", intent="delay", sec=["question"], po=["P03612"],
     commit=("2026-11-30", "pas eind november leveren"),
     dates=[("2026-11-16", "other", "maandag 16 november"), ("2026-11-30", "new_eta", "eind november"),
            ("2026-11-27", "new_eta", "vrijdag 27 november")]),

dict(v="plasticos", c=1, lang="es", at="2026-11-30 10:00", subj="Cambio de ejecutivo de cuenta",
     text="""
Estimados clientes:

Les informamos que, con motivo de la reorganización de nuestro departamento de atención a clientes, a partir del lunes 7 de diciembre la Lic. Fernanda Treviño deja de atender la cuenta de Hartmann Home & Garden. Su nuevo ejecutivo será el Ing. Raúl Cantú (raul.cantu@plasticosdelnorte.com.mx, +52 81 8340 2210).

Las órdenes de compra abiertas, como la P03602, no se ven afectadas y siguen su curso normal.

Les agradecemos su preferencia.

Atentamente,
Fernanda Treviño
Plásticos del Norte S.A. de C.V.
""", end="Atentamente,", change="none", intent="other", po=["P03602"],
     dates=[("2026-12-07", "other", "lunes 7 de diciembre")]),

dict(v="devries", c=1, lang="nl", at="2026-09-15 10:30", subj="Forecast vershoudbakjes Q1 2027",
     text="""
Hallo Mike,

We zijn de productieplanning voor het eerste kwartaal van 2027 aan het maken. Kun je ons vóór vrijdag 25 september een forecast sturen van de vershoudbakjes (DV-VB-SET)? Vorig jaar zaten jullie rond de 3.000 sets per maand.

Zonder forecast kunnen we voor orders na half januari geen levertijd van twee weken garanderen.

Groetjes,
Femke
""", end="Groetjes,", change="none", intent="question",
     dates=[("2026-09-25", "other", "vrijdag 25 september"), ("2027-01-15", "other", "half januari")]),
]
