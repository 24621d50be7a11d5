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

Le informo que el pedido P03602 completo (1,200 cubetas plásticas de 12 L, PN-CB-12, y 800 tapas PN-TP-12) salió hoy de nuestra planta en Monterrey rumbo al puerto de Manzanillo. El buque MSC Alba tiene zarpe programado para el 9 de noviembre y la llegada a Hamburgo está estimada para el 4 de diciembre.

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
     lines=[("PN-CB-12", 1200, None, "1,200 cubetas plásticas de 12 L, PN-CB-12", "P03602"),
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
     dates=[("2026-10-05", "confirmed_delivery", "week 41"), ("2026-09-28", "other", "de week daarvoor"),
            ("2026-09-24", "other", "tegen donderdag")]),

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
dict(v="jansen", c=0, lang="nl", at="2026-11-24 15:20", subj="Verzonden: P03613 stekkerdozen en verlengsnoeren",
     text="""
Hoi Tim,

Je bestelling P03613 (200 stekkerdozen EJ-SD-6 en 150 verlengsnoeren EJ-VS-10) is vanmiddag compleet opgehaald door PostNL Pakketten. Het zijn 12 colli; verwachte levering donderdag 26 november.

Track & trace (hoofdzending): 3SEJN0071234567
De pakbon PB-26-8812 zit in colli 1.

Groet,
Bram
""", end="Groet,\nBram", change="shipping", intent="shipping_notice", po=["P03613"], vref=["PB-26-8812"],
     commit=("2026-11-26", "verwachte levering donderdag 26 november"),
     dates=[("2026-11-24", "ship_date", "vanmiddag compleet opgehaald"),
            ("2026-11-26", "confirmed_delivery", "donderdag 26 november")],
     lines=[("EJ-SD-6", 200, None, "200 stekkerdozen EJ-SD-6", "P03613"),
            ("EJ-VS-10", 150, None, "150 verlengsnoeren EJ-VS-10", "P03613")],
     track=[("PostNL", "3SEJN0071234567", "Track & trace (hoofdzending): 3SEJN0071234567")]),

dict(v="aceites", c=0, lang="es", at="2026-10-14 12:40", subj="RE: P03614 - ¿adelantar entrega?",
     text="""
Hola Sandra:

Sí, podemos adelantar la entrega del pedido P03614. En lugar del 30 de octubre lo tendréis en Hamburgo el martes 27 de octubre, con las 640 botellas de vinagre de Jerez (ADS-VJ-250) y las 320 de aceite arbequina (ADS-ARB-500) completas.

Un saludo,
Carmen

-----Mensaje original-----
De: Sandra Klein <sandra.klein@hhg-retail.com>
Enviado el: lunes, 12 de octubre de 2026 15:20
Para: Carmen López
Asunto: P03614 - ¿adelantar entrega?

Hola Carmen, ¿sería posible recibir el P03614 unos días antes del 30/10? Tenemos una acción en tienda que empieza el 2 de noviembre.
""", end="Un saludo,\nCarmen", change="date", intent="confirmation", po=["P03614"],
     commit=("2026-10-27", "lo tendréis en Hamburgo el martes 27 de octubre"),
     dates=[("2026-10-30", "other", "30 de octubre"), ("2026-10-27", "confirmed_delivery", "martes 27 de octubre")],
     lines=[("ADS-VJ-250", 640, "botellas", "640 botellas de vinagre de Jerez (ADS-VJ-250)", "P03614"),
            ("ADS-ARB-500", 320, None, "320 de aceite arbequina (ADS-ARB-500)", "P03614")]),

dict(v="vanderberg", c=0, lang="nl", at="2026-10-22 09:55", subj="Pakbon VB-PB-26-5120 - P03615 deellevering",
     text="""
Goedemorgen Laura,

Bijgaand de pakbon van de zending van vandaag voor P03615. Let op: de vogelhuisjes VB-VH-03 zijn maar gedeeltelijk meegegaan, 90 van de 150. De overige 60 stuks verwachten we begin november binnen van onze leverancier; we leveren ze dan direct na, uiterlijk vrijdag 6 november bij jullie.

Met vriendelijke groet,
Pieter van der Berg

--- attachment: Pakbon_VB-PB-26-5120.pdf ---
PAKBON VB-PB-26-5120
Order klant: P03615
Verzenddatum: 22-10-2026
Art.nr.    Omschrijving              Besteld  Geleverd  Nalevering
VB-VH-03   Vogelhuisje grenen        150      90        60
VB-VV-05   Vetbollenhouder metaal    200      200       0
VB-ZV-10   Strooivoer 10 kg          120      120       0
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P03615"], vref=["VB-PB-26-5120"],
     commit=("2026-11-06", "uiterlijk vrijdag 6 november bij jullie"),
     dates=[("2026-10-22", "ship_date", "de zending van vandaag"), ("2026-11-01", "other", "begin november"),
            ("2026-11-06", "new_eta", "vrijdag 6 november"), ("2026-10-22", "ship_date", "22-10-2026")],
     lines=[("VB-VH-03", 90, None, "90 van de 150", "P03615"),
            ("VB-VH-03", 60, "stuks", "De overige 60 stuks", "P03615"),
            ("VB-VV-05", 200, None, "VB-VV-05   Vetbollenhouder metaal    200      200       0", "P03615"),
            ("VB-ZV-10", 120, None, "VB-ZV-10   Strooivoer 10 kg          120      120       0", "P03615")]),

dict(v="pampa", c=1, lang="es", at="2026-09-29 11:00", subj="Aumento lista de precios noviembre",
     text="""
Hola Laura:

Te adelanto que, por la suba de los cueros vacunos en el mercado interno y la devaluación de las últimas semanas, a partir del 1° de noviembre vamos a tener que aumentar un 7 % la lista de precios en dólares para toda la línea de marroquinería.

Las órdenes que ya están confirmadas (la P03607 y la P03616 de cinturones) mantienen el precio original, así que por esas no te preocupes.

Te mando la lista nueva la semana que viene.

Saludos,
Julieta Romero
Cueros de la Pampa S.A.
""", end="Saludos,\nJulieta", change="price", intent="price_change", po=["P03607", "P03616"],
     dates=[("2026-11-01", "price_effective", "a partir del 1° de noviembre"),
            ("2026-10-05", "other", "la semana que viene")],
     prices=[dict(product=None, pct=7, cur=None, eff="2026-11-01",
                  quote="aumentar un 7 % la lista de precios en dólares")]),

dict(v="kempen", c=1, lang="nl", at="2026-11-19 14:30", subj="Bestelling P03617 - hoekkasten geschrapt",
     text="""
Dag Mike,

Ik moet u helaas melden dat we de hoekkasten KM-HK-90 (30 stuks) uit uw bestelling P03617 niet meer kunnen maken. Onze leverancier van gebogen glas is failliet gegaan en een alternatief vinden we niet op korte termijn. We schrappen die lijn dus uit de order; de factuur wordt aangepast.

De dressoirs KM-DR-180 (45 stuks) en de vitrinekasten KM-VK-60 (20 stuks) blijven gewoon staan voor levering op dinsdag 8 december.

Excuses voor het ongemak.

Vriendelijke groeten,
Liesbeth Wouters
Kempense Meubelmakerij BV
""", end="Vriendelijke groeten,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P03617"],
     commit=("2026-12-08", "blijven gewoon staan voor levering op dinsdag 8 december"),
     dates=[("2026-12-08", "confirmed_delivery", "dinsdag 8 december")],
     lines=[("KM-HK-90", 30, "stuks", "KM-HK-90 (30 stuks)", "P03617"),
            ("KM-DR-180", 45, "stuks", "KM-DR-180 (45 stuks)", "P03617"),
            ("KM-VK-60", 20, "stuks", "KM-VK-60 (20 stuks)", "P03617")]),

dict(v="maule", c=1, lang="es", at="2026-10-07 18:20", subj="Consulta etiquetado y bodega OC P03618",
     text="""
Estimado Tim:

Junto con saludar, le escribo porque estamos preparando el despacho de la OC P03618 (lámparas de mimbre MM-LM-35) y necesitamos confirmar dos cosas antes de cerrar el contenedor:

1. ¿Las etiquetas con código EAN van pegadas en cada lámpara o solo en la caja master?
2. La bodega de destino en el Incoterm dice "Hamburg", pero en la OC aparece la dirección de Neumünster. ¿Cuál es la correcta?

El embarque sigue programado para la semana 43, sin cambios. Le agradecería su respuesta a más tardar el lunes 12.

Atentamente,
Matías Fuentes
Mimbres del Maule SpA
""", end="Atentamente,", change="none", intent="question", po=["P03618"],
     dates=[("2026-10-19", "ship_date", "semana 43"), ("2026-10-12", "other", "el lunes 12")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-12-07 07:55", subj="Verzendbericht P03619",
     text="""
Goedemorgen,

Vandaag om 6:30 is de koelwagen vertrokken met uw bestelling P03619 compleet:

Art.          Omschrijving                  Aantal
HK-GJ-48      Gouda jong 48+ (wiel 4,5 kg)  60 wielen
HK-LK-KOM     Leidse komijn 4 kg            24 wielen
HK-BK-200     Boerenkaas plakken 200 g      480 pakjes

Vervoerder: Frigo Transport Noord, vrachtbrief FTN-884120. Verwachte aankomst in Hamburg: morgenochtend tussen 7 en 9 uur.

Met vriendelijke groet,
Lotte Visser
Hollandse Kaashandel B.V.
""", end="Met vriendelijke groet,", change="shipping", intent="shipping_notice", po=["P03619"],
     commit=("2026-12-08", "Verwachte aankomst in Hamburg: morgenochtend"),
     dates=[("2026-12-07", "ship_date", "Vandaag om 6:30 is de koelwagen vertrokken"),
            ("2026-12-08", "confirmed_delivery", "morgenochtend")],
     lines=[("HK-GJ-48", 60, "wielen", "HK-GJ-48      Gouda jong 48+ (wiel 4,5 kg)  60 wielen", "P03619"),
            ("HK-LK-KOM", 24, "wielen", "HK-LK-KOM     Leidse komijn 4 kg            24 wielen", "P03619"),
            ("HK-BK-200", 480, "pakjes", "HK-BK-200     Boerenkaas plakken 200 g      480 pakjes", "P03619")],
     track=[("Frigo Transport Noord", "FTN-884120", "vrachtbrief FTN-884120")]),

dict(v="galicia", c=0, lang="es", at="2026-12-02 09:30", subj="RV: P03620 bonito - nueva fecha",
     text="""
Buenos días, Mike:

Le reenvío lo que nos dice el almacén sobre su pedido P03620. Por el temporal en la costa no han salido los barcos de pesca y nos falta bonito para la conserva. La entrega que teníamos para el 4 de diciembre pasa al 15 de diciembre como muy pronto.

Disculpe las molestias.

Atentamente,
Xoán Varela

---------- Mensaje reenviado ---------
De: Almacén Vigo <almacen@conservasgalicia.es>
Date: mar, 1 dic 2026 a las 18:40
Asunto: P03620 bonito

Xoán, de los 210 cartones de bonito del norte (CG-BON-250) solo hay producidos 70. Con el temporal no entra pescado hasta el lunes; calculo terminar la producción el jueves 10 y cargar el viernes 11 para Hamburgo, con entrega el 15.
""", end="Atentamente,", change="date", intent="delay", po=["P03620"],
     commit=("2026-12-15", "pasa al 15 de diciembre como muy pronto"),
     dates=[("2026-12-04", "other", "4 de diciembre"), ("2026-12-15", "new_eta", "15 de diciembre"),
            ("2026-12-07", "other", "hasta el lunes"), ("2026-12-10", "other", "el jueves 10"),
            ("2026-12-11", "ship_date", "el viernes 11"), ("2026-12-15", "new_eta", "con entrega el 15")]),

dict(v="devries", c=0, lang="nl", at="2026-10-09 16:00", subj="Re: nieuwe bestelling P03621",
     text="""
Hoi Tim,

Dank je, je bestelling P03621 is goed ontvangen. Ik zet hem maandag in de planning en stuur je dan de orderbevestiging met de leverdatum.

Fijn weekend alvast!

Mark
""", end="Mark", change="none", intent="other", po=["P03621"],
     dates=[("2026-10-12", "other", "maandag")]),

dict(v="plasticos", c=0, lang="es", at="2026-12-09 17:30", subj="Envío parcial OC P03622 organizadores",
     text="""
Buenas tardes Sandra,

Le confirmo que hoy salió por DHL Express un envío parcial de la orden P03622: 300 de los 500 organizadores PN-OR-30. Guía DHL 4839 2271 05, tiempo estimado de entrega de 3 a 5 días hábiles.

Los 200 restantes se quedaron en inyección por un problema con el molde; estarán listos la próxima semana y se mandan por marítimo, así que llegarían a Hamburgo hacia mediados de enero.

Saludos,
Rodrigo Garza
""", end="Saludos,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P03622"],
     commit=("2027-01-15", "llegarían a Hamburgo hacia mediados de enero"),
     dates=[("2026-12-09", "ship_date", "hoy salió"), ("2026-12-14", "range_start", "3 a 5 días hábiles"),
            ("2026-12-16", "range_end", "3 a 5 días hábiles"), ("2026-12-14", "other", "la próxima semana"),
            ("2027-01-15", "new_eta", "mediados de enero")],
     lines=[("PN-OR-30", 300, None, "300 de los 500 organizadores PN-OR-30", "P03622"),
            ("PN-OR-30", 200, None, "Los 200 restantes", "P03622")],
     track=[("DHL Express", "4839 2271 05", "Guía DHL 4839 2271 05")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-11-09 10:45", subj="Bevestiging bestelling P03623",
     text="""
Dag Laura,

Bedankt voor de bestelling P03623. Alles is bevestigd zoals besteld: 400 handdoeken VT-HD-50 en 400 badlakens VT-BL-100, in de kleur antraciet. Levering in week 49 op jullie magazijn in Hamburg.

Onze orderbevestiging OB-VT-2026-1187 volgt morgen via EDI.

Met vriendelijke groeten,
An Claes
""", end="Met vriendelijke groeten,", change="none", intent="confirmation", po=["P03623"], vref=["OB-VT-2026-1187"],
     commit=("2026-11-30", "Levering in week 49"),
     dates=[("2026-11-30", "confirmed_delivery", "week 49"), ("2026-11-10", "other", "morgen via EDI")],
     lines=[("VT-HD-50", 400, None, "400 handdoeken VT-HD-50", "P03623"),
            ("VT-BL-100", 400, None, "400 badlakens VT-BL-100", "P03623")]),

dict(v="levante", c=1, lang="es", at="2026-12-01 12:00", subj="Nos vemos en Heimtextil 2027",
     text="""
Hola Laura:

Como cada año estaremos en Heimtextil Frankfurt, del 12 al 15 de enero de 2027, pabellón 4.1, stand C37. Presentaremos la nueva colección de ropa de mesa en lino lavado y los primeros modelos en algodón reciclado.

¿Te apetece que reservemos una cita? El miércoles 13 por la tarde lo tengo todavía libre.

Un abrazo,
Pablo
""", end="Un abrazo,", change="none", intent="other",
     dates=[("2027-01-12", "other", "del 12 al 15 de enero de 2027"), ("2027-01-15", "other", "del 12 al 15 de enero de 2027"),
            ("2027-01-13", "other", "miércoles 13")]),

dict(v="jansen", c=0, lang="nl", at="2026-11-20 13:15", subj="update P03624 bouwlampen",
     text="""
Hoi Tim,

Even een update over P03624, de led-bouwlampen EJ-BL-30. We hadden je eind november beloofd maar de container uit Ningbo heeft in Rotterdam vastgezeten bij de douane (steekproef op de CE-papieren, niks mis mee maar het duurt dan wel ff). Inmiddels is ie vrijgegeven en staat ie sinds gisteren bij ons in Tilburg, alleen moeten we alles nog ompakken en labelen. Realistisch gezien wordt het dus half december, ik denk dinsdag 15 december. Sorry, baal er zelf ook van.

Als jullie een deel eerder willen hebben kan ik volgende week woensdag 100 stuks los sturen, laat maar weten.

Gr Bram
""", end="Gr Bram", change="date", intent="delay", sec=["question"], po=["P03624"],
     commit=("2026-12-15", "ik denk dinsdag 15 december"),
     dates=[("2026-11-30", "other", "eind november"), ("2026-11-19", "other", "sinds gisteren"),
            ("2026-12-15", "new_eta", "half december"), ("2026-12-15", "new_eta", "dinsdag 15 december"),
            ("2026-11-25", "other", "volgende week woensdag")],
     lines=[("EJ-BL-30", 100, "stuks", "100 stuks los sturen", "P03624")]),

dict(v="iberica", c=1, lang="es", at="2026-09-16 08:05", subj="Confirmación automática pedido PV-26-07741 (su ref. P03625)",
     frm="Jardinería Ibérica - Pedidos <pedidos@jardineriaiberica.es>",
     text="""
Confirmación automática de pedido - Jardinería Ibérica S.L.

Hemos registrado su pedido de compra P03625 con el número de pedido de venta PV-26-07741.

Línea  Artículo    Descripción                    Cant.  Ud.   Fecha entrega
10     JI-MC-30    Maceta cerámica esmaltada 30   240    ud    05/10/2026
20     JI-MC-40    Maceta cerámica esmaltada 40   160    ud    05/10/2026
30     JI-PL-BIO   Platos bajo maceta bio 30 cm   400    ud    13/10/2026

Fecha de entrega prevista sujeta a disponibilidad de transporte. Para cualquier consulta, responda a este correo o contacte con Marta Gil (marta.gil@jardineriaiberica.es).

Este mensaje ha sido generado automáticamente. Por favor, no imprima este correo si no es necesario.
""", end="Este mensaje ha sido generado automáticamente.", change="none", intent="confirmation",
     po=["P03625"], vref=["PV-26-07741"], commit=("2026-10-13", "400    ud    13/10/2026"),
     dates=[("2026-10-05", "confirmed_delivery", ("05/10/2026", 0)),
            ("2026-10-05", "confirmed_delivery", ("05/10/2026", 1)),
            ("2026-10-13", "confirmed_delivery", "13/10/2026")],
     lines=[("JI-MC-30", 240, "ud", "10     JI-MC-30    Maceta cerámica esmaltada 30   240    ud    05/10/2026", "P03625"),
            ("JI-MC-40", 160, "ud", "20     JI-MC-40    Maceta cerámica esmaltada 40   160    ud    05/10/2026", "P03625"),
            ("JI-PL-BIO", 400, "ud", "30     JI-PL-BIO   Platos bajo maceta bio 30 cm   400    ud    13/10/2026", "P03625")]),

dict(v="kempen", c=0, lang="nl", at="2026-12-10 11:40", subj="Houttoeslag eiken meubelen vanaf februari",
     text="""
Dag Sandra,

Eikenhout is dit najaar fors duurder geworden (+18% bij onze zagerij in Geel), en dat kunnen we niet langer opvangen. Vanaf 1 februari 2027 rekenen we daarom een houttoeslag van 6% op alle eiken meubelen. Op de lopende bestelling P03626 (eettafels KM-ET-200, levering half januari) passen we dat niet toe.

Concreet voor de artikels die jullie het meest afnemen:
KM-ET-200 eettafel 200 cm: € 489,00 -> € 518,34
KM-BK-45 bijzetkast: € 212,00 -> € 224,72

De nieuwe prijslijst stuur ik u eind deze maand door.

Vriendelijke groet,
Wouter Janssens
""", end="Vriendelijke groet,", change="price", intent="price_change", po=["P03626"],
     commit=("2027-01-15", "levering half januari"),
     dates=[("2027-02-01", "price_effective", "Vanaf 1 februari 2027"), ("2027-01-15", "confirmed_delivery", "half januari"),
            ("2026-12-31", "other", "eind deze maand")],
     prices=[dict(product=None, pct=6, cur=None, eff="2027-02-01", quote="een houttoeslag van 6% op alle eiken meubelen"),
             dict(product="KM-ET-200", old=489.00, new=518.34, cur="EUR", eff="2027-02-01",
                  quote="KM-ET-200 eettafel 200 cm: € 489,00 -> € 518,34"),
             dict(product="KM-BK-45", old=212.00, new=224.72, cur="EUR", eff="2027-02-01",
                  quote="KM-BK-45 bijzetkast: € 212,00 -> € 224,72")]),

dict(v="aceites", c=0, lang="es", at="2026-10-26 10:10", subj="Etiquetas pedido P03627",
     text="""
Buenos días, Sandra:

Estamos preparando las etiquetas para el pedido P03627 (aceite arbequina ADS-ARB-500). Hasta ahora os mandábamos la etiqueta bilingüe español-inglés con la pegatina en alemán por detrás, pero nos comentan que en Alemania os piden ahora la información nutricional directamente en la etiqueta principal.

¿Queréis que imprimamos una etiqueta específica en alemán? Si es así, necesitaríamos el texto revisado por vuestro departamento de calidad antes del 6 de noviembre para no mover la fecha de entrega.

Gracias y un saludo,
Carmen López
""", end="Gracias y un saludo,", change="none", intent="question", po=["P03627"],
     dates=[("2026-11-06", "other", "antes del 6 de noviembre")]),
dict(v="pampa", c=0, lang="es", at="2026-10-16 17:10", subj="P03628 despachada por aéreo",
     text="""
Hola Mike:

Te aviso que la P03628 (300 cinturones CP-CI-35 y 120 billeteras CP-BI-11, pedido completo) salió hoy por aéreo con Lufthansa Cargo desde Ezeiza. AWB 020-4418 7732. El vuelo llega a Frankfurt el domingo y el despachante calcula que el lunes 19 ya estaría liberado y el martes 20 en tu depósito de Hamburgo.

Te adjunto factura E 0004-00012877 y packing list.

Saludos!
Martín
""", end="Saludos!", change="shipping", intent="shipping_notice", po=["P03628"], vref=["E 0004-00012877"],
     commit=("2026-10-20", "el martes 20 en tu depósito de Hamburgo"),
     dates=[("2026-10-16", "ship_date", "salió hoy"), ("2026-10-18", "other", "el domingo"),
            ("2026-10-19", "other", "el lunes 19"), ("2026-10-20", "confirmed_delivery", "el martes 20")],
     lines=[("CP-CI-35", 300, None, "300 cinturones CP-CI-35", "P03628"),
            ("CP-BI-11", 120, None, "120 billeteras CP-BI-11", "P03628")],
     track=[("Lufthansa Cargo", "020-4418 7732", "AWB 020-4418 7732")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-11-02 11:05", subj="Wijzigingen P03629 en P03630",
     text="""
Hallo Mike,

Zoals gevraagd hebben we de aanpassingen doorgevoerd:

- P03629: de regel met de sneeuwschuivers VB-SS-50 (75 stuks) is geannuleerd. De strooiers VB-ST-20 blijven staan, levering woensdag 11 november.
- P03630: geen wijzigingen, deze order komt zoals bevestigd in week 47.

Een aangepaste orderbevestiging voor P03629 stuur ik je morgen.

Met vriendelijke groet,
Sanne de Jong
""", end="Met vriendelijke groet,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P03629", "P03630"], commit=("2026-11-11", "levering woensdag 11 november"),
     dates=[("2026-11-11", "confirmed_delivery", "woensdag 11 november"),
            ("2026-11-16", "confirmed_delivery", "week 47"), ("2026-11-03", "other", "morgen")],
     lines=[("VB-SS-50", 75, "stuks", "VB-SS-50 (75 stuks)", "P03629")],
     changes=[("P03629", "cancellation", "2026-11-11", 75, "de regel met de sneeuwschuivers VB-SS-50 (75 stuks) is geannuleerd"),
              ("P03630", "confirmation", "2026-11-16", None, "deze order komt zoals bevestigd in week 47")]),

dict(v="levante", c=0, lang="es", at="2026-11-26 09:20", subj="Pedido P03631 - envío con cantidad reducida",
     text="""
Estimado Sr. Brandt:

Le informamos de que mañana sale de nuestras instalaciones en Ontinyent el pedido P03631, pero con una cantidad inferior en los cojines TL-CJ-45G: enviamos 380 unidades en lugar de las 500 pedidas. Las 120 restantes no se servirán, ya que el tejido de la partida no pasó nuestro control de solidez del color; se las descontaremos de la factura.

Las fundas nórdicas TL-FN-150 van completas (220 uds.). Entrega prevista en Hamburgo el jueves 3 de diciembre.

Atentamente,
Lucía Martínez
""", end="Atentamente,", change="quantity", intent="partial_shipment", po=["P03631"],
     commit=("2026-12-03", "Entrega prevista en Hamburgo el jueves 3 de diciembre"),
     dates=[("2026-11-27", "ship_date", "mañana sale"), ("2026-12-03", "confirmed_delivery", "jueves 3 de diciembre")],
     lines=[("TL-CJ-45G", 380, "unidades", "enviamos 380 unidades", "P03631"),
            ("TL-CJ-45G", 120, None, "Las 120 restantes no se servirán", "P03631"),
            ("TL-FN-150", 220, "uds.", "TL-FN-150 van completas (220 uds.)", "P03631")]),

dict(v="kaashandel", c=0, lang="nl", at="2026-09-10 10:15", subj="Prijsverhoging kaas - openstaande order P03632",
     text="""
Beste Laura,

De melkprijs is de afgelopen maanden zo hard gestegen dat we de kaasprijzen per direct moeten aanpassen. Voor de nog openstaande bestelling P03632 betekent dat een verhoging van 4,5% op alle artikelen. Concreet gaat de Gouda belegen (HK-GB-48) van € 8,95 naar € 9,35 per kilo.

Ik begrijp dat dit vervelend is zo kort voor de levering van volgende week dinsdag. Als jullie de order onder deze voorwaarden niet willen afnemen, hoor ik het graag vóór maandag.

Met vriendelijke groet,
Kees Bakker
""", end="Met vriendelijke groet,", change="price", intent="price_change", sec=["question"], po=["P03632"],
     commit=("2026-09-15", "de levering van volgende week dinsdag"),
     dates=[("2026-09-15", "confirmed_delivery", "volgende week dinsdag"), ("2026-09-14", "other", "vóór maandag")],
     prices=[dict(product=None, pct=4.5, cur=None, quote="een verhoging van 4,5% op alle artikelen"),
             dict(product="HK-GB-48", old=8.95, new=9.35, cur="EUR",
                  quote="Gouda belegen (HK-GB-48) van € 8,95 naar € 9,35 per kilo")]),

dict(v="maule", c=0, lang="es", at="2026-12-14 19:00", subj="OC P03603 - zarpó el saldo",
     text="""
Hola Laura:

Buenas noticias: ayer zarpó desde San Antonio el buque Maersk Valparaíso con los 150 canastos MM-CN-45 que quedaban pendientes de la OC P03603. Con esto la orden queda completa.

Contenedor MRKU 552190-7, BL 263884410. ETA Hamburgo según naviera: 22 de enero.

Te mando los documentos originales por courier esta semana.

Saludos,
Cata
""", end="Saludos,\nCata", change="shipping", intent="shipping_notice", po=["P03603"],
     commit=("2027-01-22", "ETA Hamburgo según naviera: 22 de enero"),
     dates=[("2026-12-13", "ship_date", "ayer zarpó"), ("2027-01-22", "confirmed_delivery", "22 de enero"),
            ("2026-12-14", "other", "esta semana")],
     lines=[("MM-CN-45", 150, None, "los 150 canastos MM-CN-45", "P03603")],
     track=[("Maersk", "MRKU 552190-7", "Contenedor MRKU 552190-7"), ("Maersk", "263884410", "BL 263884410")]),

dict(v="devries", c=1, lang="nl", at="2026-11-04 09:00", subj="Vraag transporteur P03633",
     text="""
Goedemorgen Tim,

Voor je bestelling P03633 (ovenschalen DV-OS-32) wil onze transporteur weten of jullie magazijn in Hamburg ook wegwerppallets aanneemt of alleen Europallets, en of er bij het lossen een laadklep nodig is. De levering blijft staan op vrijdag 20 november.

Kun je dat even laten weten? Dan geef ik het door.

Groetjes,
Femke Smit
""", end="Groetjes,", change="none", intent="question", po=["P03633"],
     commit=("2026-11-20", "De levering blijft staan op vrijdag 20 november"),
     dates=[("2026-11-20", "confirmed_delivery", "vrijdag 20 november")]),

dict(v="plasticos", c=1, lang="es", at="2026-10-01 12:30", subj="Cancelación OC P03634",
     text="""
Estimada Laura:

Por medio del presente le comunico que nos vemos obligados a cancelar la orden de compra P03634 (2,500 ganchos adhesivos PN-GA-05). El cliente que compartía con nosotros el molde decidió retirarse del proyecto y no es rentable arrancar la producción solo para su volumen.

Lamentamos mucho las molestias. Si le interesa, el modelo PN-GA-07 (similar, un poco más grande) está disponible para entrega a finales de octubre; con gusto le envío cotización.

Sin más por el momento, quedo a sus órdenes.

Atentamente,
Fernanda Treviño
""", end="Sin más por el momento", change="cancel", intent="cancellation", po=["P03634"],
     dates=[("2026-10-31", "other", "a finales de octubre")],
     lines=[("PN-GA-05", 2500, None, "2,500 ganchos adhesivos PN-GA-05", "P03634")]),

dict(v="vlaamse", c=0, lang="nl", at="2026-12-04 10:30", subj="RE: P03635 kerstservetten",
     text="""
Hallo Sandra,

Antwoord op je vraag hieronder: nee, de kerstservetten van P03635 halen week 50 niet meer. De drukker heeft de verkeerde rood gebruikt en we laten alles opnieuw drukken. Nieuwe leverdatum: maandag 21 december. Ik weet dat dat krap is voor de winkels, maar eerder lukt echt niet.

Mvg,
Jeroen

________________________________
Van: Sandra Klein <sandra.klein@hhg-retail.com>
Verzonden: donderdag 3 december 2026 14:12
Aan: Jeroen Peeters <jeroen.peeters@vlaamsetextiel.be>
Onderwerp: P03635 kerstservetten

Jeroen, komt P03635 nog in week 50 zoals bevestigd? Anders moeten we de folder van 14 december aanpassen.
""", end="Mvg,", change="date", intent="delay", po=["P03635"],
     commit=("2026-12-21", "Nieuwe leverdatum: maandag 21 december"),
     dates=[("2026-12-07", "other", ("week 50", 0)), ("2026-12-21", "new_eta", "maandag 21 december")]),

dict(v="aceites", c=1, lang="es", at="2026-09-21 13:00", subj="Certificado ecológico renovado",
     text="""
Hola Laura:

Te adjunto el nuevo certificado de producción ecológica del CAAE para nuestra gama de aceites bio. El anterior caducaba el 30 de septiembre; el nuevo es válido hasta el 30 de septiembre de 2027.

Por favor, actualizadlo en vuestro sistema de proveedores para que no se bloqueen los pedidos en recepción.

Un saludo,
Javier
""", end="Un saludo,", change="none", intent="other",
     dates=[("2026-09-30", "other", "caducaba el 30 de septiembre"),
            ("2027-09-30", "other", "hasta el 30 de septiembre de 2027")]),

dict(v="jansen", c=0, lang="nl", at="2026-10-19 08:47", subj="Re: P03636",
     text="""
Top, P03636 staat erin, levering vrijdag 30 oktober. Gr Bram
""", end="Gr Bram", change="none", intent="confirmation", po=["P03636"],
     commit=("2026-10-30", "levering vrijdag 30 oktober"),
     dates=[("2026-10-30", "confirmed_delivery", "vrijdag 30 oktober")]),

dict(v="pampa", c=0, lang="es", at="2026-12-11 12:00", subj="consulta estimación otoño 2027",
     text="""
Mike, una consulta rápida: para la temporada de otoño 2027 queremos reservar cuero con la curtiembre antes de las fiestas. ¿Nos podrías pasar una estimación de cantidades para los bolsos CP-BO-32 y las billeteras? No hace falta que sea una OC, con un número aproximado nos alcanza.

Si me lo mandás antes del viernes 18, genial.

Gracias!
Martín
""", end="Gracias!", change="none", intent="question",
     dates=[("2026-12-18", "other", "viernes 18")]),

dict(v="kempen", c=1, lang="nl", at="2026-12-15 09:30", subj="P03637 boekenkasten - deellevering",
     text="""
Dag Laura,

Voor uw bestelling P03637 (12 boekenkasten KM-BK-200 in gerookt eiken) kunnen we op de afgesproken datum, vrijdag 18 december, maar 8 stuks leveren. Voor de overige 4 wachten we nog op beslag uit Italië; die volgen in week 2 van het nieuwe jaar.

Laat gerust weten als u liever alles samen in één levering wilt.

Vriendelijke groeten,
Liesbeth Wouters
""", end="Vriendelijke groeten,", change="quantity", intent="partial_shipment", po=["P03637"],
     commit=("2027-01-11", "die volgen in week 2 van het nieuwe jaar"),
     dates=[("2026-12-18", "confirmed_delivery", "vrijdag 18 december"), ("2027-01-11", "new_eta", "week 2")],
     lines=[("KM-BK-200", 8, "stuks", "maar 8 stuks leveren", "P03637"),
            ("KM-BK-200", 4, None, "Voor de overige 4 wachten", "P03637")]),

dict(v="galicia", c=1, lang="es", at="2026-12-16 10:00", subj="Promoción enero: 5 % en conservas de pescado",
     text="""
Estimada Sra. Klein:

Para ayudarle a animar las ventas después de las fiestas, le ofrecemos un descuento del 5 % sobre tarifa en toda la gama de conservas de pescado, aplicable a las entregas que se realicen del 11 al 29 de enero de 2027.

Por ejemplo, la sardina en aceite de oliva CG-SAR-120 pasaría de 1,85 € a 1,76 € la lata.

Quedamos a su disposición para preparar el pedido.

Atentamente,
Beatriz Castro
""", end="Atentamente,", change="price", intent="price_change",
     dates=[("2027-01-11", "price_effective", "del 11 al 29 de enero de 2027"),
            ("2027-01-29", "other", "del 11 al 29 de enero de 2027")],
     prices=[dict(product=None, pct=-5, cur=None, eff="2027-01-11",
                  quote="un descuento del 5 % sobre tarifa en toda la gama de conservas de pescado"),
             dict(product="CG-SAR-120", old=1.85, new=1.76, cur="EUR", eff="2027-01-11",
                  quote="CG-SAR-120 pasaría de 1,85 € a 1,76 € la lata")]),

dict(v="vanderberg", c=0, lang="nl", at="2026-11-13 14:50", subj="Verzending P03630 + P03638",
     text="""
Beste Mike,

Vandaag zijn twee van jullie orders in één vracht vertrokken met Van den Heuvel Transport:

P03630 - compleet, 6 pallets (o.a. VB-TS-70 tuinslangen, 180 st)
P03638 - compleet, 2 pallets (VB-KP-30 kweekpotten, 1.000 st)

CMR 2026-VH-44127. Levering maandag 16 november tussen 8 en 12 uur, Hamburg-Billbrook.

Met vriendelijke groet,
Pieter van der Berg
""", end="Met vriendelijke groet,", change="shipping", intent="shipping_notice", po=["P03630", "P03638"],
     commit=("2026-11-16", "Levering maandag 16 november"),
     dates=[("2026-11-13", "ship_date", "Vandaag zijn twee van jullie orders in één vracht vertrokken"),
            ("2026-11-16", "confirmed_delivery", "maandag 16 november")],
     lines=[("VB-TS-70", 180, "st", "VB-TS-70 tuinslangen, 180 st", "P03630"),
            ("VB-KP-30", 1000, "st", "VB-KP-30 kweekpotten, 1.000 st", "P03638")],
     track=[("Van den Heuvel Transport", "2026-VH-44127", "CMR 2026-VH-44127")],
     changes=[("P03630", "shipping_notice", "2026-11-16", None, "P03630 - compleet, 6 pallets"),
              ("P03638", "shipping_notice", "2026-11-16", None, "P03638 - compleet, 2 pallets")]),

dict(v="levante", c=1, lang="es", at="2026-10-30 13:10", subj="RE: P03639 cambios",
     text="""
Hola Laura, te contesto entre líneas.

> 1. Por favor, anulad la línea de caminos de mesa TL-CM-40 (200 uds.) del pedido P03639.
Hecho, anulada. No se había cortado nada todavía.

> 2. ¿Se mantiene la entrega del resto para el 13 de noviembre?
Sí, el resto (cortinas TL-CO-140, 150 uds.) sale el martes 10 y os llega el viernes 13 de noviembre.

> 3. ¿Podéis mandarme la factura proforma actualizada?
Te la mando el lunes sin falta.

Un abrazo,
Pablo
""", end="Un abrazo,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P03639"],
     commit=("2026-11-13", "os llega el viernes 13 de noviembre"),
     dates=[("2026-11-10", "ship_date", "el martes 10"), ("2026-11-13", "confirmed_delivery", "viernes 13 de noviembre"),
            ("2026-11-02", "other", "el lunes")],
     lines=[("TL-CO-140", 150, "uds.", "cortinas TL-CO-140, 150 uds.", "P03639")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-12-01 09:00", subj="Openingstijden en bestelschema feestdagen",
     frm="Hollandse Kaashandel <info@hollandsekaas.nl>",
     text="""
Beste klant,

Rond de feestdagen gelden bij Hollandse Kaashandel aangepaste tijden:

- Laatste bestellingen voor levering vóór Kerst: uiterlijk woensdag 16 december, 12:00 uur.
- Ons magazijn is gesloten van vrijdag 25 december tot en met maandag 28 december en op vrijdag 1 januari.
- Vanaf dinsdag 29 december leveren we weer volgens het normale schema.

Wij wensen u alvast fijne feestdagen!

Het team van Hollandse Kaashandel
""", end="Wij wensen u alvast fijne feestdagen!", change="none", intent="other",
     dates=[("2026-12-16", "other", "woensdag 16 december"), ("2026-12-25", "other", "vrijdag 25 december"),
            ("2026-12-28", "other", "maandag 28 december"), ("2027-01-01", "other", "vrijdag 1 januari"),
            ("2026-12-29", "other", "dinsdag 29 december")]),

dict(v="maule", c=1, lang="es", at="2026-11-06 16:00", subj="OC P03640 sillones - nueva fecha de zarpe",
     text="""
Estimado Tim:

Lamento informarle que el despacho de la OC P03640 (sillones de mimbre MM-SI-80, 40 unidades) no podrá salir a principios de diciembre como le habíamos indicado. Los temporales de la semana pasada inundaron parte de nuestro taller en Talca y perdimos material ya tejido.

La nueva fecha de zarpe es el 28 de diciembre, con llegada estimada a Hamburgo a mediados de febrero (la naviera aún no confirma el itinerario exacto).

Quedo atento a cualquier comentario.

Atentamente,
Matías Fuentes
""", end="Quedo atento a cualquier comentario.", change="date", intent="delay", po=["P03640"],
     commit=("2027-02-15", "llegada estimada a Hamburgo a mediados de febrero"),
     dates=[("2026-12-01", "other", "a principios de diciembre"), ("2026-10-26", "other", "la semana pasada"),
            ("2026-12-28", "ship_date", "28 de diciembre"),
            ("2027-02-15", "new_eta", "a mediados de febrero")]),

dict(v="jansen", lang="nl", at="2026-11-17 08:12", subj="Belangrijk: gewijzigde bankgegevens",
     frm="Elektro Jansen Administratie <administratie@elektrojansen-nl.com>",
     text="""
Geachte relatie,

Wegens een interne audit is ons rekeningnummer gewijzigd. Vanaf heden verzoeken wij u alle openstaande facturen, waaronder die van bestelling P03613, uitsluitend over te maken naar:

IBAN: NL47 RABO 0312 5584 90
t.n.v. Elektro Jansen Holding

Het oude rekeningnummer wordt per 1 december opgeheven. Gelieve deze wijziging vertrouwelijk te behandelen en niet telefonisch te verifiëren, onze lijnen zijn overbelast.

Met vriendelijke groet,
Financiële administratie
Elektro Jansen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P03613"],
     dates=[("2026-12-01", "other", "per 1 december")]),
dict(v="devries", c=0, lang="nl", at="2026-11-25 10:30", subj="Orderbevestiging P03641",
     text="""
Hallo Sandra,

Bevestiging van jullie bestelling P03641 (250 theedoeken DV-TD-3 en 120 schortjes DV-SC-1): we leveren zoals gevraagd tussen dinsdag 8 en donderdag 10 december. De chauffeur belt een uur van tevoren.

Orderbevestiging OB-26-19920 in de bijlage.

Groet,
Mark de Vries
""", end="Groet,\nMark", change="none", intent="confirmation", po=["P03641"], vref=["OB-26-19920"],
     commit=("2026-12-10", "tussen dinsdag 8 en donderdag 10 december"),
     dates=[("2026-12-08", "range_start", "dinsdag 8"), ("2026-12-10", "range_end", "donderdag 10 december")],
     lines=[("DV-TD-3", 250, None, "250 theedoeken DV-TD-3", "P03641"),
            ("DV-SC-1", 120, None, "120 schortjes DV-SC-1", "P03641")]),

dict(v="plasticos", c=0, lang="es", at="2026-10-21 13:40", subj="embarque OC P03642",
     text="""
Hola Sandra, buenas tardes

Solo para avisarle que la OC P03642 se embarco hoy completa por paqueteria FedEx International Economy, son 14 cajas con los 840 portacubiertos PN-PC-06. El tiempo de transito que nos dan es de 5 a 7 dias habiles.

Numero de rastreo: 7781 4420 9913

Saludos cordiales
Rodrigo
""", end="Saludos cordiales", change="shipping", intent="shipping_notice", po=["P03642"],
     commit=("2026-10-30", "El tiempo de transito que nos dan es de 5 a 7 dias habiles"),
     dates=[("2026-10-21", "ship_date", "se embarco hoy"), ("2026-10-28", "range_start", "5 a 7 dias habiles"),
            ("2026-10-30", "range_end", "5 a 7 dias habiles")],
     lines=[("PN-PC-06", 840, None, "840 portacubiertos PN-PC-06", "P03642")],
     track=[("FedEx", "7781 4420 9913", "Numero de rastreo: 7781 4420 9913")]),

dict(v="kempen", c=0, lang="nl", at="2026-11-30 14:20", subj="Proefexemplaar eettafel KM-ET-240",
     text="""
Dag Tim,

We hebben van de nieuwe eiken eettafel KM-ET-240 een eerste proefexemplaar klaar. Zouden jullie dat willen komen bekijken in Herentals, of sturen we liever foto's en een staal van de afwerking op? Over twee weken begint onze serieproductie voor het voorjaar, dus als er nog iets aan de maat of de kleur moet veranderen, hoor ik het liefst voor die tijd.

Laat maar weten wat jullie het beste past.

Vriendelijke groet,
Wouter
""", end="Vriendelijke groet,", change="none", intent="question",
     dates=[("2026-12-14", "other", "Over twee weken")]),

dict(v="aceites", c=0, lang="es", at="2026-12-02 11:15", subj="Estado pedido P03643",
     text="""
Hola Laura:

Te confirmo el estado del pedido P03643: las 960 latas de aceite de 5 L (ADS-AOVE-5L) están listas y las entregamos el lunes 7 en Hamburgo. De las 480 botellas de aceite con trufa (ADS-TRF-250) solo podemos mandar 300; las 180 que faltan dependen de una partida de trufa que llega con retraso y las tendríais a finales de la semana que viene.

¿Os parece bien así, o preferís que lo juntemos todo en una sola entrega?

Un saludo,
Carmen
""", end="Un saludo,", change="quantity", intent="partial_shipment", sec=["question"], po=["P03643"],
     commit=("2026-12-11", "las tendríais a finales de la semana que viene"),
     dates=[("2026-12-07", "confirmed_delivery", "el lunes 7"),
            ("2026-12-11", "new_eta", "a finales de la semana que viene")],
     lines=[("ADS-AOVE-5L", 960, None, "las 960 latas de aceite de 5 L (ADS-AOVE-5L)", "P03643"),
            ("ADS-TRF-250", 300, None, "solo podemos mandar 300", "P03643"),
            ("ADS-TRF-250", 180, None, "las 180 que faltan", "P03643")]),
dict(v="iberica", c=0, lang="es", at="2026-11-18 10:05", subj="Césped artificial P03644 / mangueras P03645",
     text="""
Hola Tim:

Malas noticias con el césped artificial. El fabricante belga ha cerrado la línea de 30 mm y no vamos a poder servir el pedido P03644 (45 rollos JI-CA-30 de 2x25 m). Lo damos por cancelado; no se os ha facturado nada.

El otro pedido que tenéis abierto, el P03645 con las mangueras extensibles JI-ME-15, no se ve afectado y os llega en la semana 49 como estaba previsto.

Si os interesa el de 40 mm, que sí tenemos, te paso precio, pero es bastante más caro.

Un abrazo,
Sergio
""", end="Un abrazo,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P03644", "P03645"],
     commit=("2026-11-30", "os llega en la semana 49"),
     dates=[("2026-11-30", "confirmed_delivery", "semana 49")],
     lines=[("JI-CA-30", 45, "rollos", "45 rollos JI-CA-30 de 2x25 m", "P03644")],
     changes=[("P03644", "cancellation", None, 45, "Lo damos por cancelado"),
              ("P03645", "confirmation", "2026-11-30", None, "no se ve afectado y os llega en la semana 49 como estaba previsto")]),

dict(v="jansen", c=1, lang="nl", at="2026-09-24 15:30", subj="Annulering regels P03646",
     text="""
Beste Laura,

Conform je mail van gisteren hebben we in order P03646 de volgende regels geannuleerd:

Regel  Artikel    Omschrijving                  Aantal
3      EJ-NL-12   Nachtlampje led kinderkamer   200
5      EJ-TS-2    Tijdschakelaar digitaal       150

De overige regels blijven ongewijzigd en worden geleverd in wk 41, zoals in onze orderbevestiging OB-2026-4410 staat.

Met vriendelijke groet,
Eva Mulder
Elektro Jansen B.V.
""", end="Met vriendelijke groet,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P03646"], vref=["OB-2026-4410"], commit=("2026-10-05", "worden geleverd in wk 41"),
     dates=[("2026-09-23", "other", "je mail van gisteren"), ("2026-10-05", "confirmed_delivery", "wk 41")],
     lines=[("EJ-NL-12", 200, None, "3      EJ-NL-12   Nachtlampje led kinderkamer   200", "P03646"),
            ("EJ-TS-2", 150, None, "5      EJ-TS-2    Tijdschakelaar digitaal       150", "P03646")]),

dict(v="maule", c=0, lang="es", at="2026-12-09 12:00", subj="Precios FOB 2027",
     text="""
Hola Laura:

Te cuento con tiempo para que lo consideres en tus pedidos del próximo año: por el alza del mimbre y de la mano de obra, a contar del 4 de enero nuestros precios FOB San Antonio suben así:

MM-CN-45 canasto natural: USD 11,40 → USD 12,10
MM-BA-60 baúl: USD 38,00 → USD 40,50
MM-LM-35 lámpara: sin cambio

Lo que ya está confirmado (OC P03640) se mantiene al precio antiguo.

Saludos,
Cata
""", end="Saludos,\nCata", change="price", intent="price_change", po=["P03640"],
     dates=[("2027-01-04", "price_effective", "a contar del 4 de enero")],
     prices=[dict(product="MM-CN-45", old=11.40, new=12.10, cur="USD", eff="2027-01-04",
                  quote="MM-CN-45 canasto natural: USD 11,40 → USD 12,10"),
             dict(product="MM-BA-60", old=38.00, new=40.50, cur="USD", eff="2027-01-04",
                  quote="MM-BA-60 baúl: USD 38,00 → USD 40,50")]),

dict(v="vanderberg", c=0, lang="nl", at="2026-12-17 09:40", subj="Lagere prijzen plantenbakken vanaf week 2",
     text="""
Goedemorgen Mike,

Goed nieuws voor de verandering: doordat we de plantenbakken voortaan in Portugal laten bakken in plaats van in Vietnam, kunnen we de prijs omlaag brengen. Vanaf week 2 wordt de VB-PT-40 (terracotta 40 cm) € 8,90 in plaats van € 9,80, en de VB-PT-50 € 12,40 in plaats van € 13,60.

Jullie order P03647 wordt nog in week 52 geleverd en dus tegen de oude prijs gefactureerd.

Met vriendelijke groet,
Pieter van der Berg
""", end="Met vriendelijke groet,", change="price", intent="price_change", po=["P03647"],
     commit=("2026-12-21", "wordt nog in week 52 geleverd"),
     dates=[("2027-01-11", "price_effective", "Vanaf week 2"), ("2026-12-21", "confirmed_delivery", "week 52")],
     prices=[dict(product="VB-PT-40", old=9.80, new=8.90, cur="EUR", eff="2027-01-11",
                  quote="de VB-PT-40 (terracotta 40 cm) € 8,90 in plaats van € 9,80"),
             dict(product="VB-PT-50", old=13.60, new=12.40, cur="EUR", eff="2027-01-11",
                  quote="de VB-PT-50 € 12,40 in plaats van € 13,60")]),
]
