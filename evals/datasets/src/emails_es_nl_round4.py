# ruff: noqa: E501 - email text is data
"""Spanish and Dutch batch dH: the confirmation/delay boundary (confirmación de pedido with
fecha solicitada/confirmada, 'se retrasa', 'nueva fecha', 'se mantiene', 'adelantamos';
orderbevestiging with gewenste/bevestigde leverdatum, 'uitgesteld', 'nieuwe leverdatum',
'blijft staan', 'vervroegd'), partial deliveries (entrega parcial, deellevering), questions
and other mail, from Spain, Latin America, the Netherlands and Flanders. Hand-written and
hand-labelled by reading each email against evals/README.md."""

EMAILS = [
# ---------------------------------------------------------------- Spanish
dict(v="aceites", c=0, lang="es", at="2026-11-09 09:30", subj="Confirmación de pedido ADS-CP-26-1187 - su pedido P06400",
     text="""
Buenos días Laura,

Adjunto la confirmación de pedido de vuestro P06400. Ojo con la línea 2 (la lata de 5 L): no llegamos a la fecha que pedíais, sale una semana más tarde. El resto, tal cual.

Saludos,
Carmen López
Aceites del Sur S.L.
Dpto. Exportación

--- attachment: ADS-CP-26-1187.pdf ---
ACEITES DEL SUR S.L. - CONFIRMACIÓN DE PEDIDO
N.º confirmación: ADS-CP-26-1187      Fecha: 09/11/2026
Su pedido: P06400
Lín. Ref.          Descripción                 Cant.  F. solicitada  F. confirmada
1    ADS-AOVE-500  AOVE botella 500 ml         960    20/11/2026     20/11/2026
2    ADS-AOVE-5L   AOVE lata 5 L               300    20/11/2026     27/11/2026
3    ADS-VJ-250    Vinagre de Jerez 250 ml     480    20/11/2026     20/11/2026
Incoterm: DAP Hamburgo. Forma de pago: 60 días f.f.
""", end="Saludos,", change="date", intent="delay", sec=["confirmation"], po=["P06400"],
     vref=["ADS-CP-26-1187"], commit=("2026-11-27", "27/11/2026"),
     dates=[("2026-11-09", "other", "09/11/2026"),
            ("2026-11-20", "other", ("20/11/2026", 0)), ("2026-11-20", "confirmed_delivery", ("20/11/2026", 1)),
            ("2026-11-20", "other", ("20/11/2026", 2)), ("2026-11-27", "new_eta", "27/11/2026"),
            ("2026-11-20", "other", ("20/11/2026", 3)), ("2026-11-20", "confirmed_delivery", ("20/11/2026", 4))],
     lines=[("ADS-AOVE-500", 960, None, "1    ADS-AOVE-500  AOVE botella 500 ml         960    20/11/2026     20/11/2026", "P06400"),
            ("ADS-AOVE-5L", 300, None, "2    ADS-AOVE-5L   AOVE lata 5 L               300    20/11/2026     27/11/2026", "P06400"),
            ("ADS-VJ-250", 480, None, "3    ADS-VJ-250    Vinagre de Jerez 250 ml     480    20/11/2026     20/11/2026", "P06400")]),

dict(v="levante", c=1, lang="es", at="2026-10-13 12:10", subj="RE: P06401 - ¿se retrasa?",
     text="""
Hola Mike,

No, no se retrasa. Lo que comentó nuestro comercial en la feria era por otro cliente. El P06401 se mantiene para el jueves 22 de octubre, las 400 fundas nórdicas y las 400 sábanas bajeras, completo.

Un saludo,
Pablo

El lun, 12 oct 2026 a las 17:45, Mike Osei (<mike.osei@hhg-retail.com>) escribió:
> Hola Pablo, vuestro comercial nos dijo en la feria de Madrid que tenéis retrasos en la tintorería. ¿Afecta al P06401? La entrega confirmada era el 22/10 y la promo empieza el 26.
""", end="Un saludo,\nPablo", change="none", intent="confirmation", po=["P06401"],
     commit=("2026-10-22", "se mantiene para el jueves 22 de octubre"),
     dates=[("2026-10-22", "confirmed_delivery", "jueves 22 de octubre")],
     lines=[("fundas nórdicas", 400, None, "las 400 fundas nórdicas", "P06401"),
            ("sábanas bajeras", 400, None, "las 400 sábanas bajeras", "P06401")]),

dict(v="iberica", c=0, lang="es", at="2026-11-17 19:02", subj="Re: P06402 entrega viernes",
     text="""
Tim no llegamos el viernes, el camion lo tenemos el lunes 23 y estaria ahi el miercoles 25. Perdona

Enviado desde mi iPhone
""", end="Enviado desde mi iPhone", change="date", intent="delay", po=["P06402"],
     commit=("2026-11-25", "estaria ahi el miercoles 25"),
     dates=[("2026-11-20", "other", "el viernes"), ("2026-11-23", "ship_date", "el lunes 23"),
            ("2026-11-25", "new_eta", "miercoles 25")]),

dict(v="galicia", c=0, lang="es", at="2026-11-03 10:40", subj="Su pedido P06403 - adelanto de entrega",
     text="""
Estimado Sr. Brandt:

Atendiendo a su solicitud, adelantamos la entrega del pedido P06403 (conservas surtidas para su campaña de Navidad). En lugar de la semana 48, la mercancía saldrá de Vigo el viernes 13 de noviembre y estará en su almacén de Hamburgo el miércoles 18/11/2026.

Le recordamos que la confirmación de pedido CG-CP-26-2210 sigue siendo válida en cuanto a cantidades y precios.

Atentamente,
Xoán Varela
Conservas Galicia S.A.
""", end="Atentamente,", change="date", intent="confirmation", po=["P06403"], vref=["CG-CP-26-2210"],
     commit=("2026-11-18", "estará en su almacén de Hamburgo el miércoles 18/11/2026"),
     dates=[("2026-11-23", "other", "semana 48"), ("2026-11-13", "ship_date", "viernes 13 de noviembre"),
            ("2026-11-18", "confirmed_delivery", "miércoles 18/11/2026")]),

dict(v="andino", c=1, lang="es", at="2026-10-26 16:20", subj="Despacho parcial OC P06404",
     text="""
Cordial saludo Sandra,

Le informo que de la orden P06404 despachamos hoy desde Cartagena 800 de los 1.200 sacos de café tostado en grano (CA-TG-1K); el contenedor MSKU 4471902 va en el buque Maersk Kalmar con ETA Hamburgo el 16 de noviembre. Los 400 sacos restantes quedan para el siguiente zarpe, que es el 9 de noviembre, con llegada estimada a Hamburgo el 30/11.

Quedo atenta a cualquier inquietud.

Valentina Ospina
Café Andino S.A.S.
""", end="Quedo atenta", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P06404"], commit=("2026-11-30", "con llegada estimada a Hamburgo el 30/11"),
     dates=[("2026-10-26", "ship_date", "despachamos hoy"), ("2026-11-16", "confirmed_delivery", "16 de noviembre"),
            ("2026-11-09", "ship_date", "9 de noviembre"), ("2026-11-30", "new_eta", "el 30/11")],
     lines=[("CA-TG-1K", 800, "sacos", "800 de los 1.200 sacos de café tostado en grano (CA-TG-1K)", "P06404"),
            ("CA-TG-1K", 400, "sacos", "Los 400 sacos restantes", "P06404")],
     track=[("Maersk", "MSKU 4471902", "el contenedor MSKU 4471902")]),

dict(v="plasticos", c=0, lang="es", at="2026-09-21 11:15", subj="Consulta precio OC P06405",
     text="""
Buen día Laura,

Una consulta sobre la OC P06405: en la orden vienen los contenedores herméticos PN-HE-15 con el precio de la lista 2025 (USD 1.84) y la lista vigente es la 2026. ¿Nos confirma cuál aplicamos? Si es la de 2025 necesito la autorización de mi gerente antes de facturar.

Mientras tanto la producción sigue y la fecha de embarque del 5 de octubre no cambia.

Saludos,
Rodrigo
""", end="Saludos,\nRodrigo", change="none", intent="question", po=["P06405"],
     dates=[("2026-10-05", "ship_date", "5 de octubre")]),

dict(v="maule", c=1, lang="es", at="2026-11-26 09:50", subj="RE: Confirmación OC P06406",
     text="""
Hola Laura,

Te cuento que lamentablemente la OC P06406 se nos atrasa. Hubo paro portuario en San Antonio casi diez días y la naviera nos corrió la reserva: el contenedor ya no zarpa el 28 de noviembre sino el 12 de diciembre. Con eso la llegada a Hamburgo queda para el 18 de enero aprox. en vez del 4 de enero.

Sé que no es lo ideal, cualquier cosa me dices.

Saludos,
Matías Fuentes
Mimbres del Maule SpA

El 2 de octubre de 2026, 10:03, Laura Jensen <laura.jensen@hhg-retail.com> escribió:
> Matías, confirmo recepción de la confirmación de la P06406. Zarpe 28/11 y ETA 04/01, perfecto.
""", end="Saludos,\nMatías", change="date", intent="delay", po=["P06406"],
     commit=("2027-01-18", "la llegada a Hamburgo queda para el 18 de enero aprox."),
     dates=[("2026-11-28", "other", "28 de noviembre"), ("2026-12-12", "ship_date", "12 de diciembre"),
            ("2027-01-18", "new_eta", "18 de enero"), ("2027-01-04", "other", "4 de enero")]),

dict(v="pampa", c=1, lang="es", at="2026-10-14 17:30", subj="OC P06407 cinturones",
     text="""
Hola Mike!

Te escribo por la OC P06407. Tenemos listos 120 de los 200 cinturones CP-CI-110 y los 60 portadocumentos CP-PD-40 completos. Los otros 80 cinturones dependen de una partida de hebillas que viene demorada de Brasil; calculo que los tendríamos para fines de noviembre.

¿Preferís que te mandemos ya lo que está listo (saldría por aéreo el lunes 19/10) o esperamos y va todo junto? Pasame tu OK y lo organizo.

Saludos!
Juli
""", end="Saludos!", change="date", intent="delay", sec=["question"], po=["P06407"],
     commit=("2026-11-30", "los tendríamos para fines de noviembre"),
     dates=[("2026-11-30", "new_eta", "fines de noviembre"), ("2026-10-19", "other", "lunes 19/10")],
     lines=[("CP-CI-110", 120, None, "Tenemos listos 120 de los 200 cinturones", "P06407"),
            ("CP-PD-40", 60, None, "los 60 portadocumentos CP-PD-40 completos", "P06407"),
            ("CP-CI-110", 80, None, "Los otros 80 cinturones", "P06407")]),

dict(v="tlaquepaque", c=0, lang="es", at="2026-09-14 13:05", subj="Confirmación OC P06408",
     text="""
Estimada Sra. Klein, muy buenas tardes:

Por medio del presente reciba un cordial saludo y a la vez nos permitimos confirmar de recibida y aceptada su orden de compra P06408, la cual queda registrada en nuestro sistema bajo el pedido AT-PV-3391.

Fecha solicitada: 16/10/2026
Fecha confirmada: 16/10/2026 (entrega DAP Hamburgo)

Las 350 piezas de vajilla de barro bruñido (AT-VB-12) y las 150 macetas pintadas a mano (AT-MAC-30) se encuentran ya en proceso de pintado.

Sin más por el momento, quedamos a sus apreciables órdenes.

Atte.
Alejandra Ruiz
Artesanías Tlaquepaque S.A. de C.V.
""", end="Sin más por el momento", change="none", intent="confirmation", po=["P06408"], vref=["AT-PV-3391"],
     commit=("2026-10-16", "Fecha confirmada: 16/10/2026"),
     dates=[("2026-10-16", "other", ("16/10/2026", 0)), ("2026-10-16", "confirmed_delivery", ("16/10/2026", 1))],
     lines=[("AT-VB-12", 350, "piezas", "Las 350 piezas de vajilla de barro bruñido (AT-VB-12)", "P06408"),
            ("AT-MAC-30", 150, None, "las 150 macetas pintadas a mano (AT-MAC-30)", "P06408")]),

dict(v="oaxaca", c=1, lang="es", at="2026-10-27 12:00", subj="Aviso: cierre por Día de Muertos",
     text="""
Estimados clientes:

Les informamos que con motivo de las festividades de Día de Muertos nuestro taller y oficinas permanecerán cerrados del sábado 31 de octubre al martes 3 de noviembre, reanudando actividades el miércoles 4 de noviembre.

Los pedidos en curso, incluida su OC P06409, conservan sus fechas de embarque.

Atentamente,
Barro Negro de Oaxaca S.A. de C.V.
""", end="Atentamente,", change="none", intent="other", po=["P06409"],
     dates=[("2026-10-31", "other", "sábado 31 de octubre"), ("2026-11-03", "other", "martes 3 de noviembre"),
            ("2026-11-04", "other", "miércoles 4 de noviembre")]),

dict(v="valencia", c=1, lang="es", at="2026-11-12 08:55", subj="RE: Confirmación pedido P06410",
     text="""
Buenos días Tim,

Te contesto sobre la confirmación que os mandamos porque hay un cambio: el horno 2 ha tenido una avería y las vajillas CV-VJ-18 de este pedido no estarán para la fecha confirmada. Nueva fecha de entrega: 10.12.2026. Las fuentes CV-FU-35 sí salen como estaba previsto y os llegan el 24/11.

Perdona las molestias,
Amparo

-----Mensaje original-----
De: Amparo Soler
Enviado el: martes, 6 de octubre de 2026 10:12
Para: Tim Brandt
Asunto: Confirmación pedido P06410

Hola Tim, confirmamos el P06410: 600 vajillas CV-VJ-18 y 200 fuentes CV-FU-35, entrega 24/11/2026 en Hamburgo.
""", end="Perdona las molestias,", change="date", intent="delay", sec=["confirmation"], po=["P06410"],
     commit=("2026-12-10", "Nueva fecha de entrega: 10.12.2026"),
     dates=[("2026-12-10", "new_eta", "10.12.2026"), ("2026-11-24", "confirmed_delivery", "el 24/11")]),

dict(v="alicante", c=1, lang="es", at="2026-11-20 07:02", subj="Modificación fecha de entrega - pedido P06411",
     frm="Juguetes de Jardín Alicante <no-reply@juguetesalicante.es>",
     text="""
*** AVISO AUTOMÁTICO - NO RESPONDER ***

Modificación de fecha de entrega

Cliente:            HARTMANN HOME & GARDEN GMBH
Su pedido:          P06411
Nuestro pedido:     JA-PV-26-08812
Fecha anterior:     27-11-2026
Nueva fecha:        11-12-2026
Motivo:             Retraso proveedor componentes

Líneas afectadas: todas

Para cualquier consulta contacte con su gestor comercial.
Juguetes de Jardín Alicante S.L. - Sistema de gestión de pedidos
""", end="Para cualquier consulta", change="date", intent="delay", po=["P06411"], vref=["JA-PV-26-08812"],
     commit=("2026-12-11", "Nueva fecha:        11-12-2026"),
     dates=[("2026-11-27", "other", "27-11-2026"), ("2026-12-11", "new_eta", "11-12-2026")]),

dict(v="lima", c=0, lang="es", at="2026-11-05 15:40", subj="Entrega parcial OC P06412 - mantas alpaca",
     text="""
Estimada Laura:

Buenas tardes. Le comunico que hoy se despachó por vía aérea una entrega parcial de su orden P06412: 180 mantas de alpaca (TAP-MA-130) de las 300 pedidas. Guía aérea LATAM 045-55120934, llegada prevista a Frankfurt el martes 10 de noviembre; de ahí su agente la lleva a Hamburgo.

Las 120 mantas restantes salen aprox. el 19/11 por la misma vía.

Atentamente,
Rosa Quispe Mamani
Textiles Alpaca del Perú S.A.C.
""", end="Atentamente,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P06412"],
     commit=("2026-11-10", "llegada prevista a Frankfurt el martes 10 de noviembre"),
     dates=[("2026-11-05", "ship_date", "hoy se despachó"), ("2026-11-10", "confirmed_delivery", "martes 10 de noviembre"),
            ("2026-11-19", "ship_date", "el 19/11")],
     lines=[("TAP-MA-130", 180, None, "180 mantas de alpaca (TAP-MA-130)", "P06412"),
            ("TAP-MA-130", 120, None, "Las 120 mantas restantes", "P06412")],
     track=[("LATAM", "045-55120934", "Guía aérea LATAM 045-55120934")]),

dict(v="aceites", c=1, lang="es", at="2026-12-01 10:10", subj="Precios 2027",
     text="""
Hola Sandra:

Ya sabes cómo está el mercado del aceite este año... A partir del 1 de enero la lata de 3 L (ADS-AOVE-3L) pasa de 21,40 € a 23,10 €. La botella de 500 ml se queda igual.

Tu pedido P06413 no se ve afectado: se factura al precio antiguo y la entrega se mantiene el 15 de diciembre.

Un saludo,
Javier
""", end="Un saludo,\nJavier", change="price", intent="price_change", sec=["confirmation"], po=["P06413"],
     commit=("2026-12-15", "la entrega se mantiene el 15 de diciembre"),
     dates=[("2027-01-01", "price_effective", "1 de enero"), ("2026-12-15", "confirmed_delivery", "15 de diciembre")],
     prices=[dict(product="ADS-AOVE-3L", old=21.40, new=23.10, cur="EUR", eff="2027-01-01",
                  quote="la lata de 3 L (ADS-AOVE-3L) pasa de 21,40 € a 23,10 €")]),

dict(v="levante", c=0, lang="es", at="2026-11-24 13:30", subj="Anulación línea 3 - pedido P06414",
     text="""
Estimado Sr. Osei:

Confirmamos la anulación de la línea 3 de su pedido P06414 (cojines TL-CJ-45, 240 uds.), tal como nos pidió por teléfono esta mañana.

Aprovecho para informarle de que las líneas 1 y 2 (mantas TL-MT-130 y plaids TL-PL-150) no podrán salir el 27 de noviembre como estaba confirmado; la nueva fecha de entrega en Hamburgo es el jueves 10 de diciembre.

Atentamente,
Lucía Martínez
Textil Levante S.A.
""", end="Atentamente,", change="mixed", intent="delay", sec=["cancellation"], po=["P06414"],
     commit=("2026-12-10", "la nueva fecha de entrega en Hamburgo es el jueves 10 de diciembre"),
     dates=[("2026-11-24", "other", "esta mañana"), ("2026-11-27", "other", "27 de noviembre"),
            ("2026-12-10", "new_eta", "jueves 10 de diciembre")],
     lines=[("TL-CJ-45", 240, "uds.", "cojines TL-CJ-45, 240 uds.", "P06414")]),
dict(v="galicia", c=1, lang="es", at="2026-10-06 11:20", subj="Palés pedido P06415",
     text="""
Buenos días Sra. Klein,

Antes de paletizar su pedido P06415 necesitamos saber si su almacén admite palés de 1,20 x 1,00 (palé americano) o sólo europalé 1,20 x 0,80. Con europalé nos salen 3 palés más y el transporte sube un poco.

La carga está prevista para el lunes 19 de octubre. ¿Nos puede responder antes del jueves?

Gracias y un saludo,
Beatriz Castro
""", end="Gracias y un saludo,", change="none", intent="question", po=["P06415"],
     dates=[("2026-10-19", "ship_date", "lunes 19 de octubre"), ("2026-10-08", "other", "antes del jueves")]),

dict(v="iberica", c=1, lang="es", at="2026-09-29 16:45", subj="RE: P06416 retraso",
     text="""
Hola Laura!! Buenas noticias, al final no hay retraso :) Nos entró el material antes de lo previsto y podemos adelantar: el P06416 (macetas autorriego JI-MA-30, 500 uds) sale de aquí el jueves 1 de octubre y os llega el lunes 5. O sea, incluso antes del 9/10 que teníamos al principio.

Besos,
Marta

El 24/09/2026 a las 12:30, Laura Jensen escribió:
> Marta, ¿entonces el P06416 se va al 16 de octubre? Necesito saberlo para la planificación.
>
> El 23/09/2026 a las 18:02, Marta Gil escribió:
>> Laura, te aviso que el P06416 probablemente se retrase una semana por falta de material.
""", end="Besos,", change="date", intent="confirmation", po=["P06416"],
     commit=("2026-10-05", "os llega el lunes 5"),
     dates=[("2026-10-01", "ship_date", "jueves 1 de octubre"), ("2026-10-05", "confirmed_delivery", "el lunes 5"),
            ("2026-10-09", "other", "9/10")],
     lines=[("JI-MA-30", 500, "uds", "JI-MA-30, 500 uds", "P06416")]),

dict(v="alicante", c=0, lang="es", at="2026-11-16 12:40", subj="Vuestros pedidos abiertos",
     text="""
Hola Tim,

Te resumo cómo van vuestros dos pedidos abiertos:

- P06417 (columpios JA-COL-2, 80 uds.): sin cambios, entrega el viernes 27/11 como confirmamos.
- P06418 (toboganes JA-TOB-150 y casitas JA-CAS-1): se retrasa. El proveedor de los paneles de polietileno nos ha fallado y no podemos entregar antes de la semana 50. Te confirmo el día exacto en cuanto tenga el camión.

Siento lo del P06418, sé que contabais con él para la campaña.

Un saludo,
Nuria Pastor
Juguetes de Jardín Alicante S.L.
""", end="Un saludo,", change="date", intent="delay", sec=["confirmation"], po=["P06417", "P06418"],
     commit=("2026-11-27", "entrega el viernes 27/11 como confirmamos"),
     dates=[("2026-11-27", "confirmed_delivery", "viernes 27/11"), ("2026-12-07", "new_eta", "semana 50")],
     lines=[("JA-COL-2", 80, "uds.", "columpios JA-COL-2, 80 uds.", "P06417")],
     changes=[("P06417", "confirmation", "2026-11-27", 80, "sin cambios, entrega el viernes 27/11 como confirmamos"),
              ("P06418", "delay", "2026-12-07", None, "no podemos entregar antes de la semana 50")]),

dict(v="andino", c=0, lang="es", at="2026-12-02 10:00", subj="Embarque OC P06419",
     text="""
Buenos días Sandra,

Le confirmo que la orden P06419 se embarcó completa: 960 bolsas de café molido CA-MO-500 y 480 bolsas de café en grano CA-GR-1K. El buque CMA CGM Tage zarpó de Buenaventura ayer, 1 de diciembre; B/L CMDU BUN0187734. La naviera estima el arribo a Hamburgo entre el 4 y el 6 de enero.

Cordialmente,
Andrés Restrepo
""", end="Cordialmente,", change="shipping", intent="shipping_notice", po=["P06419"],
     commit=("2027-01-06", "estima el arribo a Hamburgo entre el 4 y el 6 de enero"),
     dates=[("2026-12-01", "ship_date", "ayer, 1 de diciembre"), ("2027-01-04", "range_start", "entre el 4"),
            ("2027-01-06", "range_end", "el 6 de enero")],
     lines=[("CA-MO-500", 960, "bolsas", "960 bolsas de café molido CA-MO-500", "P06419"),
            ("CA-GR-1K", 480, "bolsas", "480 bolsas de café en grano CA-GR-1K", "P06419")],
     track=[("CMA CGM", "CMDU BUN0187734", "B/L CMDU BUN0187734")]),

dict(v="plasticos", c=1, lang="es", at="2026-10-09 18:20", subj="Lista de empaque OC P06420",
     text="""
Estimada Laura, buenas tardes.

Le comparto la lista de empaque del embarque de hoy correspondiente a su OC P06420. Como le comenté por teléfono, las tapas PN-TP-20 se embarcan incompletas; el saldo de 1,000 piezas sale en el próximo buque, con fecha estimada de arribo a Hamburgo el 23 de noviembre.

Saludos cordiales,
Fernanda Treviño
Plásticos del Norte S.A. de C.V.

--- attachment: LE-26-3318.pdf ---
LISTA DE EMPAQUE LE-26-3318
OC cliente: P06420        Fecha de embarque: 09/10/2026
Buque: MSC Giulia         ETA Hamburgo: 06/11/2026
Código      Descripción                 Pedido   Embarcado   Pendiente
PN-CB-20    Cubeta 20 L                 2,000    2,000       0
PN-TP-20    Tapa cubeta 20 L            3,000    2,000       1,000
Contenedor: MSCU 5512098
""", end="Saludos cordiales,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P06420"], vref=["LE-26-3318"],
     commit=("2026-11-23", "fecha estimada de arribo a Hamburgo el 23 de noviembre"),
     dates=[("2026-10-09", "ship_date", "embarque de hoy"), ("2026-11-23", "new_eta", "23 de noviembre"),
            ("2026-10-09", "ship_date", "09/10/2026"), ("2026-11-06", "confirmed_delivery", "06/11/2026")],
     lines=[("PN-TP-20", 1000, "piezas", "el saldo de 1,000 piezas", "P06420"),
            ("PN-CB-20", 2000, None, "PN-CB-20    Cubeta 20 L                 2,000    2,000       0", "P06420"),
            ("PN-TP-20", 2000, None, "PN-TP-20    Tapa cubeta 20 L            3,000    2,000       1,000", "P06420")],
     track=[("MSC", "MSCU 5512098", "Contenedor: MSCU 5512098")]),

dict(v="oaxaca", c=0, lang="es", at="2026-09-10 09:15", subj="RE: OC P06421 revisada",
     text="""
Recibido, Sandra, muchas gracias. Lo paso a producción.

Saludos,
Lupita

El jue, 10 sept 2026 a las 1:40, Sandra Klein <sandra.klein@hhg-retail.com> escribió:
> Hola Guadalupe, adjunto la OC P06421 revisada (ahora 240 jarrones BN-JA-25 en vez de 200). La fecha de entrega solicitada sigue siendo el 30/10.
""", end="Saludos,\nLupita", change="none", intent="other", po=["P06421"]),

dict(v="valencia", c=0, lang="es", at="2026-10-20 14:00", subj="Confirmación 26-0932 / P06422",
     text="""
Hola Tim,

Como hablamos ayer por teléfono, te confirmo el pedido P06422 con entrega en la semana 47 en lugar de la 45 que venía en vuestra orden. Quedamos así, ¿vale? Cantidades y precios, según pedido.

Te adjunto la confirmación.

Vicente

--- attachment: CV_conf_26-0932.pdf ---
CERÁMICA VALENCIANA S.L.
CONFIRMACIÓN DE PEDIDO N.º 26-0932
Cliente: Hartmann Home & Garden GmbH    Pedido cliente: P06422
Ref.        Artículo                      Cantidad   Fecha entrega
CV-MA-20    Maceta esmaltada 20 cm        600        16/11/2026
CV-MA-30    Maceta esmaltada 30 cm        400        16/11/2026
""", end="Vicente", change="date", intent="confirmation", po=["P06422"], vref=["26-0932"],
     commit=("2026-11-16", "entrega en la semana 47"),
     dates=[("2026-10-19", "other", "ayer por teléfono"), ("2026-11-16", "confirmed_delivery", "semana 47"),
            ("2026-11-02", "other", "la 45"),
            ("2026-11-16", "confirmed_delivery", ("16/11/2026", 0)), ("2026-11-16", "confirmed_delivery", ("16/11/2026", 1))],
     lines=[("CV-MA-20", 600, None, "CV-MA-20    Maceta esmaltada 20 cm        600        16/11/2026", "P06422"),
            ("CV-MA-30", 400, None, "CV-MA-30    Maceta esmaltada 30 cm        400        16/11/2026", "P06422")]),

dict(v="tlaquepaque", c=1, lang="es", at="2026-11-30 20:15", subj="OC P06423",
     text="""
Laura buenas noches, disculpe la hora. Le aviso que la OC P06423 no va a alcanzar a salir esta semana como le dije, se nos vino abajo un horno. Calculo embarcar el 14 de dic y que llegue a Hamburgo a mediados de enero. Mañana le confirmo con la naviera.

Jorge Medina
Artesanías Tlaquepaque
""", end="Jorge Medina", change="date", intent="delay", po=["P06423"],
     commit=("2027-01-15", "que llegue a Hamburgo a mediados de enero"),
     dates=[("2026-11-30", "other", "esta semana"), ("2026-12-14", "ship_date", "14 de dic"),
            ("2027-01-15", "new_eta", "mediados de enero"), ("2026-12-01", "other", "Mañana")]),

dict(v="maule", c=0, lang="es", at="2026-09-24 12:30", subj="Consulta embarques P06424 / P06425",
     text="""
Hola Laura, ¿cómo estás?

Una pregunta rápida: tenemos las OC P06424 (paneras MM-PA-30) y P06425 (cestos de ropa MM-CR-50) con embarques separados, el primero el 16 de octubre y el segundo el 30 de octubre. Si las juntamos en un solo contenedor el 30/10 les sale bastante más barato el flete. ¿Les sirve así o mantenemos las dos fechas?

Quedo atenta.
Cata
""", end="Quedo atenta.", change="none", intent="question", po=["P06424", "P06425"],
     dates=[("2026-10-16", "ship_date", "16 de octubre"), ("2026-10-30", "ship_date", "30 de octubre"),
            ("2026-10-30", "other", "el 30/10")]),

dict(v="pampa", c=0, lang="es", at="2026-12-04 11:45", subj="OC P06426",
     text="""
Mike, te tengo que dar una mala noticia. Con el nuevo régimen de exportación de cueros crudos no conseguimos la materia prima para la OC P06426 (carteras CP-CA-25, 250 unidades) y no te quiero tener esperando sin fecha. La damos de baja. Si te parece, la retomamos en marzo con precio nuevo.

Lo de la P06407 sigue en pie, eso sale el martes que viene.

Abrazo,
Martín
""", end="Abrazo,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P06426", "P06407"],
     dates=[("2027-03-01", "other", "en marzo"), ("2026-12-08", "ship_date", "el martes que viene")],
     lines=[("CP-CA-25", 250, "unidades", "carteras CP-CA-25, 250 unidades", "P06426")],
     changes=[("P06426", "cancellation", None, 250, "La damos de baja"),
              ("P06407", "confirmation", None, None, "sigue en pie, eso sale el martes que viene")]),

dict(v="lima", c=1, lang="es", at="2026-11-23 10:30", subj="Factura F001-00004417 - OC P06412",
     text="""
Estimada Laura:

Adjunto la factura comercial F001-00004417 correspondiente al primer envío de la orden P06412, con vencimiento el 5 de enero de 2027. Le agradeceremos confirmar la recepción.

Atentamente,
Diego Salazar
Área de Cobranzas
Textiles Alpaca del Perú S.A.C.
""", end="Atentamente,", change="none", intent="other", po=["P06412"], vref=["F001-00004417"],
     dates=[("2027-01-05", "other", "5 de enero de 2027")]),

dict(v="aceites", c=0, lang="es", at="2026-10-28 18:05", subj="Re: P06427 y P06428",
     text="""
Hola Laura, ¿qué tal?

Perdona que no te haya contestado antes, estos días han sido una locura con la cosecha, estamos molturando día y noche y medio equipo está en la almazara. Te respondo a todo lo que me preguntabas:

1) P06427, el aceite nuevo (AOVE cosecha temprana, ADS-CT-500): como ya te adelantó Javier, no puede salir antes de que tengamos el aceite filtrado. La fecha que os dimos, el 16 de noviembre, ya no es posible; lo que sí te puedo confirmar ahora es entrega en Hamburgo el lunes 30/11. Sé que pedíais el 16 y lo siento.

2) P06428, las aceitunas y el vinagre: esos no tienen nada que ver con la cosecha y van según lo previsto, salen de Jaén el 3 de noviembre y los tenéis el viernes 6.

3) Lo del etiquetado en alemán: ya tenemos las etiquetas nuevas de la imprenta, están perfectas.

Cualquier cosa me dices.

Un abrazo,
Carmen

El 26 oct 2026, a las 9:15, Laura Jensen <laura.jensen@hhg-retail.com> escribió:
> Hola Carmen, ¿cómo vamos con el P06427 y el P06428? Para el aceite nuevo teníamos el 16/11. ¿Y las etiquetas en alemán?
""", end="Cualquier cosa me dices.", change="date", intent="delay", sec=["confirmation"], po=["P06427", "P06428"],
     commit=("2026-11-30", "entrega en Hamburgo el lunes 30/11"),
     dates=[("2026-11-16", "other", "16 de noviembre"), ("2026-11-30", "new_eta", "lunes 30/11"),
            ("2026-11-16", "other", "pedíais el 16"), ("2026-11-03", "ship_date", "3 de noviembre"),
            ("2026-11-06", "confirmed_delivery", "viernes 6")],
     changes=[("P06427", "delay", "2026-11-30", None, "lo que sí te puedo confirmar ahora es entrega en Hamburgo el lunes 30/11"),
              ("P06428", "confirmation", "2026-11-06", None, "van según lo previsto, salen de Jaén el 3 de noviembre y los tenéis el viernes 6")]),

dict(v="iberica", c=0, lang="es", at="2026-12-09 13:10", subj="Entrega parcial P06429",
     text="""
Hola Tim:

Hoy ha salido la entrega parcial del P06429: 300 sacos de sustrato JI-SU-50 y los 150 de corteza de pino JI-CP-40. Del abono JI-AB-25 solo mandamos 100 de 250, el resto (150) lo tendremos la semana que viene y os lo llevamos el jueves 17 con otro grupaje. Transportes Ochoa, albarán AL-26-7741, llega mañana por la tarde.

Un abrazo,
Sergio
""", end="Un abrazo,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P06429"],
     vref=["AL-26-7741"], commit=("2026-12-17", "os lo llevamos el jueves 17"),
     dates=[("2026-12-09", "ship_date", "Hoy ha salido"), ("2026-12-14", "other", "la semana que viene"),
            ("2026-12-17", "new_eta", "jueves 17"), ("2026-12-10", "confirmed_delivery", "mañana por la tarde")],
     lines=[("JI-SU-50", 300, "sacos", "300 sacos de sustrato JI-SU-50", "P06429"),
            ("JI-CP-40", 150, None, "los 150 de corteza de pino JI-CP-40", "P06429"),
            ("JI-AB-25", 100, None, "solo mandamos 100 de 250", "P06429"),
            ("JI-AB-25", 150, None, "el resto (150)", "P06429")]),

dict(v="plasticos", c=0, lang="es", at="2026-09-08 09:00", subj="Confirmación de orden PV-118342 (OC P06430)",
     frm="Plásticos del Norte - Notificaciones <notificaciones@plasticosdelnorte.com.mx>",
     text="""
PLÁSTICOS DEL NORTE S.A. DE C.V.
Notificación de confirmación de orden

OC cliente:            P06430
Pedido de venta:       PV-118342
Fecha requerida:       02/11/2026 (ETA Hamburgo)
ETD Manzanillo:        05/10/2026
ETA Hamburgo:          02/11/2026
Incoterm:              CIF Hamburgo

Partida  Código     Descripción                Cantidad  UM
10       PN-OR-06   Organizador 6 L            4,800     PZA
20       PN-OR-12   Organizador 12 L           3,600     PZA

Estatus: CONFIRMADA SIN CAMBIOS

Este mensaje fue generado automáticamente. Favor de no responder.
""", end="Este mensaje fue generado", change="none", intent="confirmation", po=["P06430"], vref=["PV-118342"],
     commit=("2026-11-02", "ETA Hamburgo:          02/11/2026"),
     dates=[("2026-11-02", "other", ("02/11/2026", 0)), ("2026-10-05", "ship_date", "05/10/2026"),
            ("2026-11-02", "confirmed_delivery", ("02/11/2026", 1))],
     lines=[("PN-OR-06", 4800, "PZA", "10       PN-OR-06   Organizador 6 L            4,800     PZA", "P06430"),
            ("PN-OR-12", 3600, "PZA", "20       PN-OR-12   Organizador 12 L           3,600     PZA", "P06430")]),

dict(v="levante", lang="es", at="2026-11-27 08:12", subj="Cambio de cuenta bancaria - URGENTE",
     frm="Textil Levante Administración <administracion@textil-levante-sa.com>",
     text="""
Estimado cliente,

Le informamos que por motivo de una auditoría interna hemos cambiado de entidad bancaria. A partir de hoy todos los pagos de las facturas pendientes (incluida la del pedido P06414) deben realizarse únicamente a la nueva cuenta:

IBAN: LT72 3250 0139 8841 2207
Titular: Textil Levante S.A.

Por favor, confirme por este correo la fecha de pago prevista. Rogamos la máxima discreción hasta que se comunique oficialmente.

Departamento de Administración
Textil Levante S.A.
""", end="Departamento de Administración", change="none", intent="other", po=["P06414"],
     dates=[("2026-11-27", "other", "A partir de hoy")]),
# ---------------------------------------------------------------- Dutch
dict(v="vanderberg", c=1, lang="nl", at="2026-10-19 10:15", subj="Orderbevestiging VB-OB-26-4471 / P06431",
     text="""
Goedemorgen Laura,

In de bijlage onze orderbevestiging voor P06431. Let op regel 3: de gewenste leverdatum halen we daar niet, de kunststof potten komen een week later.

Met vriendelijke groet,
Sanne de Jong
Van der Berg Tuinartikelen B.V.

--- attachment: OB_VB-OB-26-4471.pdf ---
ORDERBEVESTIGING VB-OB-26-4471
Datum: 19-10-2026
Uw ordernummer: P06431
Regel  Art.nr.     Omschrijving              Aantal  Gewenste lev.  Bevestigde lev.
1      VB-PT-30    Plantenbak terracotta 30  240     02-11-2026     02-11-2026
2      VB-GS-05    Gieter zink 5 l           180     02-11-2026     02-11-2026
3      VB-KP-25    Kunststof pot 25 cm       600     02-11-2026     09-11-2026
Leveringsvoorwaarde: DAP Hamburg
""", end="Met vriendelijke groet,", change="date", intent="delay", sec=["confirmation"], po=["P06431"],
     vref=["VB-OB-26-4471"], commit=("2026-11-09", "09-11-2026"),
     dates=[("2026-10-19", "other", "19-10-2026"),
            ("2026-11-02", "other", ("02-11-2026", 0)), ("2026-11-02", "confirmed_delivery", ("02-11-2026", 1)),
            ("2026-11-02", "other", ("02-11-2026", 2)), ("2026-11-02", "confirmed_delivery", ("02-11-2026", 3)),
            ("2026-11-02", "other", ("02-11-2026", 4)), ("2026-11-09", "new_eta", "09-11-2026")],
     lines=[("VB-PT-30", 240, None, "1      VB-PT-30    Plantenbak terracotta 30  240     02-11-2026     02-11-2026", "P06431"),
            ("VB-GS-05", 180, None, "2      VB-GS-05    Gieter zink 5 l           180     02-11-2026     02-11-2026", "P06431"),
            ("VB-KP-25", 600, None, "3      VB-KP-25    Kunststof pot 25 cm       600     02-11-2026     09-11-2026", "P06431")]),

dict(v="kaashandel", c=0, lang="nl", at="2026-11-05 08:20", subj="Re: P06432 uitgesteld?",
     text="""
Morgen Sandra, nee hoor, niks uitgesteld. P06432 blijft gewoon staan op dinsdag 10 november, tussen 7 en 9 uur bij jullie dock 4.

Gr Kees

Verstuurd vanaf mijn iPhone

Op 4 nov. 2026 om 17:51 heeft Sandra Klein <sandra.klein@hhg-retail.com> het volgende geschreven:
> Hoi Kees, hoorde via jullie chauffeur dat de kaasleveringen van volgende week uitgesteld worden. Geldt dat ook voor P06432?
""", end="Gr Kees", change="none", intent="confirmation", po=["P06432"],
     commit=("2026-11-10", "blijft gewoon staan op dinsdag 10 november"),
     dates=[("2026-11-10", "confirmed_delivery", "dinsdag 10 november")]),

dict(v="devries", c=0, lang="nl", at="2026-11-25 14:30", subj="P06433 pannensets",
     text="""
Beste Tim,

Goed nieuws: we kunnen jullie order P06433 (pannensets DV-PS-5, 320 stuks) vervroegen. In plaats van woensdag 16 december leveren we nu op maandag 7 december, zodat jullie ze nog ruim voor de feestdagen in de winkels hebben. De transporteur is al ingepland.

Met vriendelijke groet,
Mark de Vries
""", end="Met vriendelijke groet,", change="date", intent="confirmation", po=["P06433"],
     commit=("2026-12-07", "leveren we nu op maandag 7 december"),
     dates=[("2026-12-16", "other", "woensdag 16 december"), ("2026-12-07", "confirmed_delivery", "maandag 7 december")],
     lines=[("DV-PS-5", 320, "stuks", "pannensets DV-PS-5, 320 stuks", "P06433")]),

dict(v="vlaamse", c=0, lang="nl", at="2026-10-07 15:50", subj="Bestelling P06434 badlakens",
     text="""
Dag Mike,

Ik moet je helaas melden dat de levering van bestelling P06434 (badlakens VT-BL-70, 800 stuks) uitgesteld wordt. Onze weverij in Tielt heeft een defect aan de jacquardmachine en de herstelling duurt langer dan verwacht. De nieuwe leverdatum is vrijdag 23 oktober, in plaats van maandag 12 oktober.

Als jullie liever een deel vroeger ontvangen: we hebben 300 stuks klaar die we nog deze week kunnen sturen. Laat je iets weten?

Met vriendelijke groeten,
Jeroen Peeters
Vlaamse Textiel NV
""", end="Met vriendelijke groeten,", change="date", intent="delay", sec=["question"], po=["P06434"],
     commit=("2026-10-23", "De nieuwe leverdatum is vrijdag 23 oktober"),
     dates=[("2026-10-23", "new_eta", "vrijdag 23 oktober"), ("2026-10-12", "other", "maandag 12 oktober"),
            ("2026-10-05", "other", "deze week")],
     lines=[("VT-BL-70", 300, "stuks", "we hebben 300 stuks klaar", "P06434")]),

dict(v="jansen", c=1, lang="nl", at="2026-12-01 16:10", subj="Deellevering P06435",
     text="""
Hoi Tim,

Vandaag is een deellevering van P06435 de deur uit gegaan met DHL Parcel: 150 van de 250 LED-lichtsnoeren EJ-LS-10 en alle 400 tijdschakelaars EJ-TS-1. Levering verwacht morgen.
Track & trace: JVGL0588120037744

De resterende 100 lichtsnoeren zitten op de boot vanuit China en verwachten we volgende week binnen. Die sturen we dan direct door, uiterlijk vrijdag 11 december bij jullie.

Groet,
Eva
""", end="Groet,\nEva", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P06435"],
     commit=("2026-12-11", "uiterlijk vrijdag 11 december bij jullie"),
     dates=[("2026-12-01", "ship_date", "Vandaag is een deellevering"), ("2026-12-02", "confirmed_delivery", "Levering verwacht morgen"),
            ("2026-12-07", "other", "volgende week binnen"), ("2026-12-11", "new_eta", "vrijdag 11 december")],
     lines=[("EJ-LS-10", 150, None, "150 van de 250 LED-lichtsnoeren EJ-LS-10", "P06435"),
            ("EJ-TS-1", 400, None, "alle 400 tijdschakelaars EJ-TS-1", "P06435"),
            ("EJ-LS-10", 100, None, "De resterende 100 lichtsnoeren", "P06435")],
     track=[("DHL Parcel", "JVGL0588120037744", "Track & trace: JVGL0588120037744")]),

dict(v="kempen", c=1, lang="nl", at="2026-11-18 09:30", subj="Levering P06436 eettafels - lossen",
     text="""
Goeiemorgen Sandra,

Een vraagje over jullie bestelling P06436 (eettafels KM-ET-180): onze chauffeur komt met een bakwagen met laadklep, maar de tafels zijn 1,90 m lang en wegen elk 68 kg. Is er bij jullie magazijn iemand met een heftruck aanwezig om te helpen lossen, of moeten we een tweede man meesturen (dat kost 85 euro extra)?

De levering blijft gepland op donderdag 3 december.

Alvast bedankt,
Liesbeth Wouters
Kempense Meubelmakerij BV
""", end="Alvast bedankt,", change="none", intent="question", po=["P06436"],
     commit=("2026-12-03", "De levering blijft gepland op donderdag 3 december"),
     dates=[("2026-12-03", "confirmed_delivery", "donderdag 3 december")]),

dict(v="twente", c=1, lang="nl", at="2026-11-11 06:00", subj="Melding: leverdatum gewijzigd - order P06437",
     frm="Twentse Kunststoffen Klantportaal <noreply@twentsekunststof.nl>",
     text="""
TWENTSE KUNSTSTOFFEN B.V. - KLANTPORTAAL
Melding: leverdatum gewijzigd

Order:                 P06437 (onze ref. TK-VO-26-8120)
Oorspronkelijke datum: 16-11-2026
Nieuwe leverdatum:     30-11-2026
Reden:                 onderhoud spuitgietmachine 4

Regels:
TK-BOX-45L   opbergbox 45 l     400 st
TK-LID-45    deksel 45 l        400 st

Bekijk de order in het portaal: https://portal.twentsekunststof.nl/orders
Deze melding is automatisch verstuurd.
""", end="Bekijk de order in het portaal", change="date", intent="delay", po=["P06437"], vref=["TK-VO-26-8120"],
     commit=("2026-11-30", "Nieuwe leverdatum:     30-11-2026"),
     dates=[("2026-11-16", "other", "16-11-2026"), ("2026-11-30", "new_eta", "30-11-2026")],
     lines=[("TK-BOX-45L", 400, "st", "TK-BOX-45L   opbergbox 45 l     400 st", "P06437"),
            ("TK-LID-45", 400, "st", "TK-LID-45    deksel 45 l        400 st", "P06437")]),

dict(v="gentse", c=0, lang="nl", at="2026-10-30 11:00", subj="Toeslag paraffine vanaf december",
     text="""
Beste Laura,

Door de forse stijging van de paraffineprijzen zien we ons genoodzaakt om vanaf 1 december een toeslag van 4,5 % aan te rekenen op alle kaarsen. Voor bestelling P06438 (kerstkaarsen GK-KK-25, levering 24 november) verandert er niets, die wordt nog aan de oude prijs gefactureerd.

Met vriendelijke groeten,
Koen De Smet
Gentse Kaarsenmakerij BV
""", end="Met vriendelijke groeten,", change="price", intent="price_change", sec=["confirmation"], po=["P06438"],
     commit=("2026-11-24", "levering 24 november"),
     dates=[("2026-12-01", "price_effective", "vanaf 1 december"), ("2026-11-24", "confirmed_delivery", "24 november")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2026-12-01",
                  quote="vanaf 1 december een toeslag van 4,5 % aan te rekenen op alle kaarsen")]),

dict(v="westland", c=0, lang="nl", at="2026-09-23 13:40", subj="P06439 bollen",
     text="""
Hallo Mike,

Van P06439 gaan morgen 18 van de 24 palletsets bloembollen weg (tulpen en narcissen compleet, krokussen nog niet). De krokussen WB-KR-100 (6 palletsets) komen volgende week donderdag, ze liggen nog in de droogcel.

Vrachtbrief volgt morgen.

Groeten,
Gert-Jan Kuipers
Westland Bloembollen B.V.
""", end="Groeten,", change="quantity", intent="partial_shipment", po=["P06439"],
     commit=("2026-10-01", "komen volgende week donderdag"),
     dates=[("2026-09-24", "ship_date", "gaan morgen"), ("2026-10-01", "new_eta", "volgende week donderdag"),
            ("2026-09-24", "other", "volgt morgen")],
     lines=[("bloembollen", 18, "palletsets", "18 van de 24 palletsets bloembollen", "P06439"),
            ("WB-KR-100", 6, "palletsets", "De krokussen WB-KR-100 (6 palletsets)", "P06439")]),

dict(v="vanderberg", c=0, lang="nl", at="2026-12-14 09:00", subj="Wijziging contactpersoon per 1 januari",
     text="""
Beste relatie,

Per 1 januari 2027 neemt Sanne de Jong afscheid van Van der Berg Tuinartikelen. Haar taken worden overgenomen door Joost Kramer (joost.kramer@vanderberg-tuin.nl, 0174 52 88 10). Tot en met 23 december is Sanne nog gewoon bereikbaar voor lopende orders zoals P06431.

Met vriendelijke groet,
Pieter van der Berg
""", end="Met vriendelijke groet,", change="none", intent="other", po=["P06431"],
     dates=[("2027-01-01", "other", "1 januari 2027"), ("2026-12-23", "other", "23 december")]),

dict(v="devries", c=1, lang="nl", at="2026-11-02 11:30", subj="update orders",
     text="""
Hoi Tim,

Even een update over jullie twee lopende orders, want er schuift wat:

P06440 (vershoudbakjes DV-VB-SET): de levering wordt uitgesteld naar week 48, onze leverancier van de deksels ligt achter.
P06441 (theedoeken DV-TD-50): die kunnen we juist vervroegen, ze komen al op donderdag 5 november i.p.v. 12 november. Is dat goed voor jullie magazijn?

Laat maar even weten.

Groetjes,
Femke
""", end="Groetjes,", change="date", intent="delay", sec=["confirmation", "question"], po=["P06440", "P06441"],
     commit=("2026-11-23", "de levering wordt uitgesteld naar week 48"),
     dates=[("2026-11-23", "new_eta", "week 48"), ("2026-11-05", "confirmed_delivery", "donderdag 5 november"),
            ("2026-11-12", "other", "12 november")],
     changes=[("P06440", "delay", "2026-11-23", None, "de levering wordt uitgesteld naar week 48"),
              ("P06441", "confirmation", "2026-11-05", None, "ze komen al op donderdag 5 november")]),

dict(v="jansen", c=0, lang="nl", at="2026-11-09 17:55", subj="RE: P06442",
     text="""
Tim, P06442 akkoord. Gewenste leverdatum 26/11 halen we, alles op voorraad. Bevestiging volgt uit het systeem.

Bram
""", end="Bram", change="none", intent="confirmation", po=["P06442"],
     commit=("2026-11-26", "Gewenste leverdatum 26/11 halen we"),
     dates=[("2026-11-26", "confirmed_delivery", "26/11")]),

dict(v="kaashandel", c=1, lang="nl", at="2026-11-30 10:45", subj="Orderbevestiging HK-26-5518 (P06443)",
     text="""
Goedemorgen Sandra,

Bijgaand de orderbevestiging van P06443. De jonge kaas met komijn (HK-KJ-450) kunnen we deze keer maar voor de helft leveren, 60 van de 120 stuks; de rest kunnen we pas na de feestdagen maken. Alle andere artikelen komen compleet op de gewenste datum.

Met vriendelijke groet,
Lotte Visser
Hollandse Kaashandel B.V.

--- attachment: Orderbevestiging_HK-26-5518.pdf ---
HOLLANDSE KAASHANDEL B.V. - ORDERBEVESTIGING HK-26-5518
Uw order: P06443
Artikel     Omschrijving                 Besteld  Bevestigd  Gewenste lev.  Bevestigde lev.
HK-OG-1000  Oude Gouda 1 kg              200      200        10-12-2026     10-12-2026
HK-KJ-450   Jonge kaas komijn 450 g      120      60         10-12-2026     10-12-2026
HK-GK-250   Geitenkaas 250 g             90       90         10-12-2026     10-12-2026
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["confirmation"],
     po=["P06443"], vref=["HK-26-5518"], commit=("2026-12-10", ("10-12-2026", 1)),
     dates=[("2026-12-10", "other", ("10-12-2026", 0)), ("2026-12-10", "confirmed_delivery", ("10-12-2026", 1)),
            ("2026-12-10", "other", ("10-12-2026", 2)), ("2026-12-10", "confirmed_delivery", ("10-12-2026", 3)),
            ("2026-12-10", "other", ("10-12-2026", 4)), ("2026-12-10", "confirmed_delivery", ("10-12-2026", 5))],
     lines=[("HK-KJ-450", 60, "stuks", "60 van de 120 stuks", "P06443"),
            ("HK-OG-1000", 200, None, "HK-OG-1000  Oude Gouda 1 kg              200      200        10-12-2026     10-12-2026", "P06443"),
            ("HK-KJ-450", 60, None, "HK-KJ-450   Jonge kaas komijn 450 g      120      60         10-12-2026     10-12-2026", "P06443"),
            ("HK-GK-250", 90, None, "HK-GK-250   Geitenkaas 250 g             90       90         10-12-2026     10-12-2026", "P06443")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-10-30 16:00", subj="Afwezig: RE: P06434 uitstel",
     text="""
Dag,

Ik ben afwezig van maandag 2 november tot en met woensdag 11 november. Voor dringende vragen over bestellingen kan u terecht bij mijn collega Jeroen Peeters (jeroen.peeters@vlaamsetextiel.be).

Met vriendelijke groeten,
An Claes
""", end="Met vriendelijke groeten,", change="none", intent="other", po=["P06434"],
     dates=[("2026-11-02", "other", "maandag 2 november"), ("2026-11-11", "other", "woensdag 11 november")]),

dict(v="kempen", c=0, lang="nl", at="2026-12-04 17:20", subj="Re: P06444 boekenkasten",
     text="""
Dag Laura,

Ik had je beloofd om vandaag te laten weten hoe het zit met de resterende kasten van P06444, dus bij deze. Het is geen goed nieuws, vrees ik. De fineerplaten die we besteld hadden zijn wel binnen, maar een deel was beschadigd en is teruggestuurd. De nieuwe platen komen pas maandag binnen, en dan moeten ze nog gezaagd, gefineerd en gelakt worden. Reken maar op twee weken werk.

Concreet: de 12 boekenkasten KM-BK-200 die nog openstaan, kunnen we niet meer in week 50 leveren zoals ik eerder schreef. Het wordt dinsdag 22 december, en als dat in jullie magazijn niet meer lukt voor de kerst, dan de eerste week van januari (maandag 4 januari). Zeg jij maar wat jullie het liefst hebben.

De 8 dressoirs KM-DR-160 die al bij jullie staan zijn volgens mij in orde? Ik heb nog geen klachten gehoord in elk geval.

Sorry voor de slechte berichten, het is een rotjaar voor fineer.

Groeten,
Wouter

Op 20 nov. 2026 om 10:12 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Dag Wouter, de dressoirs zijn binnen, dank je. En de boekenkasten, blijft het week 50?
""", end="Groeten,\nWouter", change="date", intent="delay", sec=["question"], po=["P06444"],
     commit=("2026-12-22", "Het wordt dinsdag 22 december"),
     dates=[("2026-12-04", "other", "vandaag"), ("2026-12-07", "other", "maandag binnen"),
            ("2026-12-07", "other", ("week 50", 0)), ("2026-12-22", "new_eta", "dinsdag 22 december"),
            ("2027-01-04", "other", "de eerste week van januari"), ("2027-01-04", "other", "maandag 4 januari")],
     lines=[("KM-BK-200", 12, None, "de 12 boekenkasten KM-BK-200 die nog openstaan", "P06444"),
            ("KM-DR-160", 8, None, "De 8 dressoirs KM-DR-160 die al bij jullie staan", "P06444")]),
dict(v="devries", c=0, lang="nl", at="2026-11-06 12:02", subj="RE: P06445 bevestiging?",
     text="""
Akkoord, wk 47 zoals gevraagd.

Mark

-----Oorspronkelijk bericht-----
Van: Tim Brandt <tim.brandt@hhg-retail.com>
Verzonden: donderdag 5 november 2026 15:40
Aan: Mark de Vries
Onderwerp: P06445 bevestiging?

Mark, kun je P06445 (240 braadpannen DV-BP-28) nog bevestigen? Gewenste levering week 47, uiterlijk 20/11.
""", end="Mark\n\n-----", change="none", intent="confirmation", po=["P06445"],
     commit=("2026-11-16", "wk 47 zoals gevraagd"),
     dates=[("2026-11-16", "confirmed_delivery", "wk 47")]),

dict(v="jansen", c=1, lang="nl", at="2026-10-12 10:10", subj="P06446 regel 2 - opvolgmodel stekkerdoos",
     text="""
Hallo Mike,

De stekkerdoos EJ-SD-4 uit jullie order P06446 is uit productie bij de fabrikant. Het opvolgmodel EJ-SD-4B is identiek, alleen met een kinderbeveiliging, zelfde prijs, maar met een ander EAN-nummer. Mogen we die leveren? Dan blijft de levering op 22 oktober staan. Anders moeten we regel 2 schrappen.

Groet,
Eva Mulder
""", end="Groet,", change="none", intent="question", po=["P06446"],
     dates=[("2026-10-22", "other", "22 oktober")]),

dict(v="gentse", c=1, lang="nl", at="2026-11-13 15:15", subj="Verzending P06447",
     text="""
Beste Sandra,

Uw bestelling P06447 (kaarsen GK-ST-30 en GK-WL-10, 42 dozen) werd vandaag opgehaald door Van Moer Logistics. Levering in Hamburg tussen dinsdag 17 en woensdag 18 november.
Vrachtbrief: VML-26-0447812

Met vriendelijke groeten,
Els Vermeulen
Gentse Kaarsenmakerij BV
""", end="Met vriendelijke groeten,", change="shipping", intent="shipping_notice", po=["P06447"],
     commit=("2026-11-18", "tussen dinsdag 17 en woensdag 18 november"),
     dates=[("2026-11-13", "ship_date", "vandaag opgehaald"), ("2026-11-17", "range_start", "dinsdag 17"),
            ("2026-11-18", "range_end", "woensdag 18 november")],
     lines=[("kaarsen", 42, "dozen", "42 dozen", "P06447")],
     track=[("Van Moer Logistics", "VML-26-0447812", "Vrachtbrief: VML-26-0447812")]),

dict(v="westland", c=1, lang="nl", at="2026-09-16 07:45", subj="Orderbevestiging OB-2026-0917 - uw ref. P06448",
     frm="Orderdesk Westland Bloembollen <orderdesk@westlandbollen.nl>",
     text="""
Orderbevestiging OB-2026-0917
Klant: Hartmann Home & Garden GmbH
Uw referentie: P06448

Pos. Artikel                           Aantal    Gevraagd  Bevestigd
1    WB-TU-MIX tulpenmix 10 st.        3.000     wk 40     wk 40
2    WB-NA-TET narcis Tete-a-Tete      2.000     wk 40     wk 42
3    WB-HY-BLU hyacint blauw           1.500     wk 40     wk 42

Afwijkende data zijn het gevolg van de late oogst.
Orderdesk Westland Bloembollen
""", end="Orderdesk Westland Bloembollen", change="date", intent="delay", sec=["confirmation"], po=["P06448"],
     vref=["OB-2026-0917"], commit=("2026-10-12", ("wk 42", 1)),
     dates=[("2026-09-28", "other", ("wk 40", 0)), ("2026-09-28", "confirmed_delivery", ("wk 40", 1)),
            ("2026-09-28", "other", ("wk 40", 2)), ("2026-10-12", "new_eta", ("wk 42", 0)),
            ("2026-09-28", "other", ("wk 40", 3)), ("2026-10-12", "new_eta", ("wk 42", 1))],
     lines=[("WB-TU-MIX", 3000, None, "1    WB-TU-MIX tulpenmix 10 st.        3.000     wk 40     wk 40", "P06448"),
            ("WB-NA-TET", 2000, None, "2    WB-NA-TET narcis Tete-a-Tete      2.000     wk 40     wk 42", "P06448"),
            ("WB-HY-BLU", 1500, None, "3    WB-HY-BLU hyacint blauw           1.500     wk 40     wk 42", "P06448")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-10-27 14:20", subj="P06449 vogelvoedersilo's",
     text="""
Hoi Laura,

Over P06449: van de vogelvoedersilo's VB-VS-02 kunnen we er deze ronde maar 500 van de 800 bevestigen, levering vrijdag 6 november samen met de rest van de order. De laatste 300 komen rond half december, als de nieuwe container binnen is.

Groetjes,
Sanne
""", end="Groetjes,", change="quantity", intent="partial_shipment", sec=["confirmation"], po=["P06449"],
     commit=("2026-12-15", "De laatste 300 komen rond half december"),
     dates=[("2026-11-06", "confirmed_delivery", "vrijdag 6 november"), ("2026-12-15", "new_eta", "half december")],
     lines=[("VB-VS-02", 500, None, "maar 500 van de 800 bevestigen", "P06449"),
            ("VB-VS-02", 300, None, "De laatste 300", "P06449")]),

dict(v="twente", c=0, lang="nl", at="2026-12-02 12:12", subj="P06450 levering",
     text="""
hoi tim
p06450 schuift een paar dagen op, word nu ma 7/12 ipv vr 4/12. materiaal is er maar de matrijs moest nog gerepareerd worden. excuus

ruud
""", end="ruud", change="date", intent="delay", po=["P06450"],
     commit=("2026-12-07", "word nu ma 7/12"),
     dates=[("2026-12-07", "new_eta", "ma 7/12"), ("2026-12-04", "other", "vr 4/12")]),

dict(v="kaashandel", c=0, lang="nl", at="2026-12-08 09:05", subj="P06451 brandnetelkaas vervalt",
     text="""
Beste Sandra,

Helaas moeten we de boerenkaas met brandnetel (HK-BN-500, 48 stuks) uit bestelling P06451 schrappen: de boer die hem voor ons maakt is gestopt en we hebben geen alternatief. De rest van de order komt gewoon vrijdag 11 december, zoals bevestigd.

Groet,
Kees Bakker
""", end="Groet,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P06451"],
     commit=("2026-12-11", "komt gewoon vrijdag 11 december"),
     dates=[("2026-12-11", "confirmed_delivery", "vrijdag 11 december")],
     lines=[("HK-BN-500", 48, "stuks", "HK-BN-500, 48 stuks", "P06451")]),

dict(v="devries", c=1, lang="nl", at="2026-11-17 10:00", subj="Re: P06452 vervroegen?",
     text="""
Hoi Tim, dank je, goed ontvangen. Ik overleg met de planning of vervroegen lukt en kom er voor vrijdag bij je op terug.

Femke

Op ma 16 nov. 2026 om 16:20 schreef Tim Brandt <tim.brandt@hhg-retail.com>:
> Femke, kunnen jullie P06452 vervroegen van 10 december naar 3 december? Anders missen we de actie.
""", end="Femke\n\nOp", change="none", intent="other", po=["P06452"],
     dates=[("2026-11-20", "other", "voor vrijdag")]),

dict(v="vlaamse", c=0, lang="nl", at="2026-10-21 16:40", subj="P06434 vertrokken",
     text="""
Dag Mike,

Zoals beloofd: de badlakens van P06434 zijn vandaag vertrokken, alle 800 stuks op 4 paletten. Transport Dekeyzer levert vrijdag tussen 8 en 12 uur, dus mooi op de nieuwe leverdatum.
CMR 2026-TD-55873

Met vriendelijke groeten,
Jeroen
""", end="Met vriendelijke groeten,", change="shipping", intent="shipping_notice", po=["P06434"],
     commit=("2026-10-23", "Transport Dekeyzer levert vrijdag"),
     dates=[("2026-10-21", "ship_date", "vandaag vertrokken"), ("2026-10-23", "confirmed_delivery", "levert vrijdag")],
     lines=[("VT-BL-70", 800, "stuks", "alle 800 stuks", "P06434")],
     track=[("Transport Dekeyzer", "2026-TD-55873", "CMR 2026-TD-55873")]),

dict(v="westland", c=0, lang="nl", at="2026-12-10 11:00", subj="Prijzen voorjaarsassortiment 2027",
     text="""
Beste Mike,

Onze prijzen voor het voorjaarsassortiment 2027 zijn bekend. Door de slechte oogst van dit jaar gaan de lelies en dahlia's flink omhoog:

WB-LE-ORI  orientaalse lelie 5 st.   € 1,45 -> € 1,69
WB-DA-MIX  dahliaknollen mix 3 st.   € 1,10 -> € 1,24

De tulpen blijven op de huidige prijs. De nieuwe prijzen gelden voor leveringen vanaf 4 januari 2027.

Groeten,
Gert-Jan
""", end="Groeten,\nGert-Jan", change="price", intent="price_change",
     dates=[("2027-01-04", "price_effective", "vanaf 4 januari 2027")],
     prices=[dict(product="WB-LE-ORI", old=1.45, new=1.69, cur="EUR", eff="2027-01-04",
                  quote="WB-LE-ORI  orientaalse lelie 5 st.   € 1,45 -> € 1,69"),
             dict(product="WB-DA-MIX", old=1.10, new=1.24, cur="EUR", eff="2027-01-04",
                  quote="WB-DA-MIX  dahliaknollen mix 3 st.   € 1,10 -> € 1,24")]),

dict(v="jansen", c=0, lang="nl", at="2026-11-19 14:00", subj="P06453 kerstverlichting - douane",
     text="""
Hoi Tim,

Slecht nieuws over P06453: de zending met de kerstverlichting (EJ-KV-200, 600 sets) staat vast bij de douane in Rotterdam, er is een probleem met de CE-documenten van de fabrikant. We kunnen de levering van 24 november dus niet halen. Wanneer het wel lukt weet ik op dit moment echt niet, tot nader bericht.

Ik houd je op de hoogte.

Bram
""", end="Ik houd je op de hoogte.", change="date", intent="delay", po=["P06453"],
     dates=[("2026-11-24", "other", "24 november")]),

dict(v="kempen", c=0, lang="nl", at="2026-11-24 09:10", subj="Bevestiging P06454",
     text="""
Dag Laura,

Bedankt voor de bestelling P06454. Ik bevestig je graag 30 salontafels KM-ST-90 in gerookte eik, levering in de week van 14 december, zoals gevraagd. Exacte dag laat ik nog weten als de camion gepland is.

Groeten,
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Groeten,", change="none", intent="confirmation", po=["P06454"],
     commit=("2026-12-14", "levering in de week van 14 december"),
     dates=[("2026-12-14", "confirmed_delivery", "de week van 14 december")],
     lines=[("KM-ST-90", 30, None, "30 salontafels KM-ST-90", "P06454")]),

dict(v="gentse", c=0, lang="nl", at="2026-11-26 10:30", subj="P06455 eerste levering + uitstel geurkaarsen",
     text="""
Beste Laura,

Vandaag vertrekt een eerste levering voor P06455: 600 van de 1.000 adventskaarsen GK-AK-4. De overige 400 volgen volgende week woensdag.
Het tweede artikel, de geurkaarsen GK-GK-20, is helaas uitgesteld: nieuwe leverdatum maandag 14 december, de geurolie is te laat binnengekomen.

Transporteur: Van Moer Logistics, vrachtbrief VML-26-0451190, levering morgen.

Met vriendelijke groeten,
Koen De Smet
""", end="Met vriendelijke groeten,", change="mixed", intent="partial_shipment", sec=["delay", "shipping_notice"],
     po=["P06455"], commit=("2026-12-14", "nieuwe leverdatum maandag 14 december"),
     dates=[("2026-11-26", "ship_date", "Vandaag vertrekt"), ("2026-12-02", "new_eta", "volgende week woensdag"),
            ("2026-12-14", "new_eta", "maandag 14 december"), ("2026-11-27", "confirmed_delivery", "levering morgen")],
     lines=[("GK-AK-4", 600, None, "600 van de 1.000 adventskaarsen GK-AK-4", "P06455"),
            ("GK-AK-4", 400, None, "De overige 400", "P06455")],
     track=[("Van Moer Logistics", "VML-26-0451190", "vrachtbrief VML-26-0451190")]),

dict(v="twente", c=1, lang="nl", at="2026-10-01 13:30", subj="Indicatie afname 2027",
     text="""
Beste Tim,

Voor onze granulaatinkoop 2027 zouden we graag een indicatie hebben van jullie afname van de opbergboxen (TK-BOX-20L en TK-BOX-45L) per kwartaal. Kun je ons die vóór 15 oktober sturen? Het hoeft niet exact te zijn.

Alvast dank,
Ilse Bosman
Twentse Kunststoffen B.V.
""", end="Alvast dank,", change="none", intent="question",
     dates=[("2026-10-15", "other", "vóór 15 oktober")]),

dict(v="vanderberg", c=0, lang="nl", at="2026-12-15 11:20", subj="P06456 - leverdatum i.v.m. kerstsluiting",
     text="""
Goedemorgen Mike,

Dank voor P06456. Jullie gewenste leverdatum, maandag 28 december, valt in onze kerstsluiting (24 december t/m 1 januari). We leveren daarom al op woensdag 23 december, alles compleet: 120 strooiwagens VB-SW-3 en 400 zakken strooizout VB-SZ-25. Als dat niet past, hoor ik het graag, anders gaan we daar van uit.

Met vriendelijke groet,
Pieter van der Berg
""", end="Met vriendelijke groet,", change="date", intent="confirmation", po=["P06456"],
     commit=("2026-12-23", "We leveren daarom al op woensdag 23 december"),
     dates=[("2026-12-28", "other", "maandag 28 december"), ("2026-12-24", "other", "24 december"),
            ("2027-01-01", "other", "1 januari"), ("2026-12-23", "confirmed_delivery", "woensdag 23 december")],
     lines=[("VB-SW-3", 120, None, "120 strooiwagens VB-SW-3", "P06456"),
            ("VB-SZ-25", 400, "zakken", "400 zakken strooizout VB-SZ-25", "P06456")]),
# ---------------------------------------------------------------- a few more, both languages
dict(v="kaashandel", c=1, lang="nl", at="2026-12-03 09:40", subj="Re: P06457 kaasplanken",
     text="""
Klopt helemaal, zo staat het ook bij ons in de planning.

Groet, Lotte

Op 2 dec. 2026 om 15:05 schreef Sandra Klein <sandra.klein@hhg-retail.com>:
> Hoi Lotte, even ter controle: P06457 (80 kaasplanken HK-KP-40) komt op vrijdag 18 december, toch?
""", end="Groet, Lotte", change="none", intent="confirmation", po=["P06457"]),

dict(v="galicia", c=0, lang="es", at="2026-11-19 12:30", subj="RV: P06458 Hartmann",
     text="""
Sra. Klein, le reenvío lo que me indica nuestro almacén sobre su pedido P06458. Lamentablemente no podremos cumplir la fecha del 24 de noviembre.

Un saludo,
Xoán Varela

---------- Mensaje reenviado ---------
De: Almacén Vigo <almacen@conservasgalicia.es>
Date: jue, 19 nov 2026 a las 11:02
Subject: P06458 Hartmann
To: Xoán Varela <xoan.varela@conservasgalicia.es>

Xoán, lo de Hartmann (P06458) no sale mañana. Faltan las cajas expositoras de los mejillones, el proveedor de cartón las trae el lunes. Cargamos el martes 24 y el camión tarda 3 días, o sea llegada el viernes 27/11.
Almacén
""", end="Un saludo,", change="date", intent="delay", po=["P06458"],
     commit=("2026-11-27", "llegada el viernes 27/11"),
     dates=[("2026-11-24", "other", "24 de noviembre"), ("2026-11-20", "other", "no sale mañana"),
            ("2026-11-23", "other", "las trae el lunes"), ("2026-11-24", "ship_date", "Cargamos el martes 24"),
            ("2026-11-27", "new_eta", "viernes 27/11")]),

dict(v="vlaamse", c=1, lang="nl", at="2026-12-09 11:15", subj="P06459 plaids",
     text="""
Dag Sandra,

Bij nazicht van de openstaande bestellingen zag ik dat P06459 (plaids VT-PL-130, 250 stuks) bij ons nog op 11 december stond, maar dat halen we niet meer: het garen is te laat geleverd. We mikken nu op tegen eind volgende week. Ik bevestig de precieze dag zodra de stukken van het weefgetouw komen.

Nog een vraagje tussendoor: mogen de plaids per twee verpakt worden in plaats van per stuk? Dat scheelt ons een pak plastic.

Met vriendelijke groeten,
An Claes
Vlaamse Textiel NV
""", end="Met vriendelijke groeten,", change="date", intent="delay", sec=["question"], po=["P06459"],
     commit=("2026-12-18", "We mikken nu op tegen eind volgende week"),
     dates=[("2026-12-11", "other", "11 december"), ("2026-12-18", "new_eta", "tegen eind volgende week")]),

dict(v="maule", c=0, lang="es", at="2026-10-05 10:20", subj="Acuse de recibo OC P06460",
     text="""
Estimada Laura:

Acusamos recibo de su OC P06460 (120 sillones de mimbre MM-SI-80). La estamos revisando con producción y dentro de esta semana le enviamos la confirmación con fecha de embarque.

Saludos cordiales,
Catalina Soto
Mimbres del Maule SpA
""", end="Saludos cordiales,", change="none", intent="other", po=["P06460"],
     dates=[("2026-10-05", "other", "dentro de esta semana")]),

dict(v="tlaquepaque", c=0, lang="es", at="2026-10-02 11:40", subj="Confirmación OC P06461",
     text="""
Estimada Sra. Klein:

Confirmamos su OC P06461 con entrega CIF Hamburgo el 30 de noviembre. Únicamente le informamos que, por el incremento en el costo del gas para los hornos, el precio de los platos AT-PL-27 pasa de USD 4.20 a USD 4.55 por pieza a partir de esta orden. Las demás partidas sin cambio.

Quedamos a sus órdenes.

Alejandra Ruiz
Artesanías Tlaquepaque S.A. de C.V.
""", end="Quedamos a sus órdenes.", change="price", intent="price_change", sec=["confirmation"], po=["P06461"],
     commit=("2026-11-30", "entrega CIF Hamburgo el 30 de noviembre"),
     dates=[("2026-11-30", "confirmed_delivery", "30 de noviembre")],
     prices=[dict(product="AT-PL-27", old=4.20, new=4.55, cur="USD",
                  quote="el precio de los platos AT-PL-27 pasa de USD 4.20 a USD 4.55 por pieza")]),
]
