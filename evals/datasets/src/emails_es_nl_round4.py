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
]
