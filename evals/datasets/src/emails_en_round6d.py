# ruff: noqa: E501 - email text is data
"""English round 6d (with eight emails in German, French, Spanish and Dutch): mail whose
subject or quoted history points one way and whose new text points another. A "Price
increase 2027" thread that only confirms an order, a "Cancellation" subject answered with
"it ships after all", buyer questions answered with a date (confirmation or delay) against
questions answered with another question, price changes announced inside an order
confirmation (price_change primary, confirmation secondary), single lines cancelled inside
otherwise confirmed orders, newsletters that talk about delivery times in general (other).
All eight intents, roughly even. Hand-written and hand-labelled by reading each email."""

EMAILS = [
dict(v="keystone", lang="en", at="2026-10-14 10:20", subj="RE: Price increase 2027 - P08400",
     text="""
Hi Mike,

Just to be clear, the 2027 increase does NOT apply to P08400 - that one was placed at current pricing and we are holding it. Order is confirmed in full: 240 KH-CB-3 cutting board sets and 120 KH-KN-5 knife blocks, delivering to the Hamburg consolidator 11/06.

Rachel

Rachel Dunn | Customer Account Manager
Keystone Housewares Distribution Inc.

-----Original Message-----
From: Mike Osei
Sent: Tuesday, October 13, 2026 4:11 PM
To: Rachel Dunn
Subject: RE: Price increase 2027 - P08400

Rachel, your letter of 09/28 announces +6% from January 4. Does that hit P08400 (ordered 10/02)? If yes we need to talk before we confirm anything else.
""", end="Rachel\n\nRachel Dunn |", change="none", intent="confirmation", po=["P08400"],
     commit=("2026-11-06", "delivering to the Hamburg consolidator 11/06"),
     dates=[("2026-11-06", "confirmed_delivery", "11/06")],
     lines=[("KH-CB-3", 240, None, "240 KH-CB-3 cutting board sets", "P08400"),
            ("KH-KN-5", 120, None, "120 KH-KN-5 knife blocks", "P08400")]),

dict(v="jardinsduval", c=1, lang="fr", at="2026-10-05 09:40", subj="RE: Annulation commande P08401",
     text="""
Bonjour Madame Jensen,

Bonne nouvelle : finalement nous ne sommes pas obligés d'annuler la commande P08401. Notre fournisseur de pots en terre cuite nous a livré samedi, la marchandise part ce jeudi 8 octobre et sera chez vous le lundi 12 octobre, quantités inchangées.

Merci de votre patience.

Cordialement,
Service ADV
Les Jardins du Val SAS

Le 28 sept. 2026 à 17:02, Service ADV <service.adv@jardinsduval.fr> a écrit :
> Madame,
> faute de pots en terre cuite nous devrons probablement annuler la commande P08401. Nous vous confirmerons d'ici le 2 octobre.
""", end="Merci de votre patience.", change="none", intent="confirmation", po=["P08401"],
     commit=("2026-10-12", "sera chez vous le lundi 12 octobre"),
     dates=[("2026-10-03", "other", "livré samedi"), ("2026-10-08", "ship_date", "jeudi 8 octobre"),
            ("2026-10-12", "confirmed_delivery", "lundi 12 octobre")]),

dict(v="battrang", lang="en", at="2026-10-30 14:10", subj="RE: P08402 - can you still make ETD 06/11?",
     text="""
Dear Sandra,

Sorry, we can not keep ETD 06/11 for P08402. The glaze kiln give problem and 2 batch of the celadon bowls must re-fire. New ETD Hai Phong is 20/11 and ETA Hamburg approx 27/12, we send booking when confirm from forwarder.

Sorry again for trouble.

Best regards,
Pham Thu Ha
Export Dept. | Bat Trang Ceramics Export Co., Ltd.

On Thu, Oct 29, 2026 at 9:02 AM Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Ha, the forwarder asks if P08402 is still on for ETD 06/11 (confirmed on 14 Sept). Can you still make it?
""", end="Sorry again for trouble.", change="date", intent="delay", po=["P08402"],
     commit=("2026-12-27", "ETA Hamburg approx 27/12"),
     dates=[("2026-11-06", "other", "keep ETD 06/11"), ("2026-11-20", "ship_date", "20/11"),
            ("2026-12-27", "new_eta", "27/12")]),

dict(v="ruhrtal", c=1, lang="de", at="2026-10-21 11:30", subj="Auftragsbestätigung zu Ihrer Bestellung P08403",
     text="""
Sehr geehrter Herr Osei,

anbei erhalten Sie unsere Auftragsbestätigung AB-D6D-20431. Mengen und Liefertermin (KW 47) wie bestellt.

Bitte beachten Sie: wegen der gestiegenen Edelstahlpreise berechnen wir auf alle Lieferungen ab dem 01.11.2026 einen Materialteuerungszuschlag von 4,5 % - das betrifft auch diese Bestellung.

Mit freundlichen Grüßen
Auftragsbearbeitung
Ruhrtal Metallwaren GmbH
Hagener Str. 112, 58099 Hagen

--- attachment: AB-D6D-20431.pdf ---
AUFTRAGSBESTÄTIGUNG AB-D6D-20431
Ihre Bestellung: P08403 vom 19.10.2026
Liefertermin: KW 47/2026, frei Haus Hamburg
Pos  Artikel    Bezeichnung             Menge  Preis/Stk
1    RM-ST-24   Edelstahl-Topf 24 cm    300    14,20 EUR
2    RM-PF-28   Pfanne 28 cm            200    11,85 EUR
Materialteuerungszuschlag 4,5 % ab 01.11.2026
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", sec=["confirmation"],
     po=["P08403"], vref=["AB-D6D-20431"],
     commit=("2026-11-16", "Liefertermin (KW 47) wie bestellt"),
     dates=[("2026-11-16", "confirmed_delivery", "KW 47)"), ("2026-11-01", "price_effective", ("01.11.2026", 0)),
            ("2026-10-19", "other", "19.10.2026"), ("2026-11-16", "confirmed_delivery", "KW 47/2026"),
            ("2026-11-01", "price_effective", ("01.11.2026", 1))],
     lines=[("RM-ST-24", 300, None, "1    RM-ST-24   Edelstahl-Topf 24 cm    300    14,20 EUR", "P08403"),
            ("RM-PF-28", 200, None, "2    RM-PF-28   Pfanne 28 cm            200    11,85 EUR", "P08403")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2026-11-01",
                  quote="einen Materialteuerungszuschlag von 4,5 %")]),

dict(v="anatolia", lang="en", at="2026-11-02 10:05", subj="Order confirmation P08404",
     text="""
Dear Laura Hanim,

We confirm your P08404 with delivery 4 December to Hamburg, except item AT-BR-70 waffle bathrobe (150 pcs) which we must cancel - the waffle fabric is discontinued by our weaving mill and we do not want to offer you a different quality. The other three items are ok as ordered.

Credit for the cancelled line is not needed as no deposit was paid for it.

Kind regards,
Elif Demir
Export Sales | Anatolia Textiles A.S.
Denizli / Türkiye
""", end="Kind regards,\nElif Demir", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P08404"], commit=("2026-12-04", "delivery 4 December to Hamburg"),
     dates=[("2026-12-04", "confirmed_delivery", "4 December")],
     lines=[("AT-BR-70", 150, "pcs", "AT-BR-70 waffle bathrobe (150 pcs)", "P08404")]),

dict(v="tradefair", lang="en", at="2026-11-10 07:00", subj="HomeWorld Insights #11: Will your Q1 orders arrive on time?",
     text="""
HomeWorld Insights - the sourcing newsletter for home & garden retail

DELIVERY TIMES: WHERE WE STAND
Our survey of 214 suppliers shows average lead times from South-East Asia at 9-11 weeks door to door, up from 8 last spring. European producers report 4-6 weeks for standard ranges. Container rates on Asia-North Europe eased slightly in October.

Tip: place spring garden orders before Chinese New Year to avoid the usual backlog.

SAVE THE DATE
HomeWorld Spring opens in Frankfurt on 23 February 2027. Exhibitor registration closes 15 December.

You receive this mail because you registered at HomeWorld 2026. Unsubscribe | Privacy
HomeWorld Trade Fair GmbH, Messeplatz 1, 60327 Frankfurt
""", end="You receive this mail because", change="none", intent="other",
     dates=[("2026-10-01", "other", "in October"), ("2027-02-23", "other", "23 February 2027"),
            ("2026-12-15", "other", "15 December")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-22 13:45", subj="RE: P08405 - delivery date?",
     text="""
Hi Tim,

Before I can put a date on P08405 I need one answer from you: do you want the 40 lb bags of potting mix stacked 50 to a pallet or 40? At 50 we need the flatbed, at 40 it goes LTL and the date is different. Which one works for your dock?

Thanks!
Megan Tran
Green Thumb Garden Supply LLC | Customer Service

On Mon, Sep 21, 2026 at 10:03 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Megan, when can you deliver P08405? We were hoping for 10/15 at the latest.
""", end="Thanks!\nMegan Tran", change="none", intent="question", po=["P08405"]),

dict(v="acme", lang="en", at="2026-10-13 11:15", subj="RE: Cancellation request P08406",
     text="""
Laura,

Sorry, too late to cancel P08406 - it left our Edison NJ warehouse this morning, complete (6 pallets). UPS Freight PRO 548-2291077. Estimated delivery to your consolidator in Elizabeth is Thursday.

If you still want to return it, call me and we'll work out the freight.

Jessica Moreno
Acme Home Goods Inc. | Key Accounts

-----Original Message-----
From: Laura Jensen
Sent: Monday, October 12, 2026 5:48 PM
Subject: Cancellation request P08406

Jessica, please cancel P08406 if it has not shipped - our season plan changed.
""", end="Jessica Moreno\nAcme", change="shipping", intent="shipping_notice", po=["P08406"],
     commit=("2026-10-15", "Estimated delivery to your consolidator in Elizabeth is Thursday"),
     dates=[("2026-10-13", "ship_date", "this morning"), ("2026-10-15", "confirmed_delivery", "Thursday")],
     track=[("UPS Freight", "548-2291077", "UPS Freight PRO 548-2291077")]),
dict(v="vanderberg", c=1, lang="nl", at="2026-11-04 10:25", subj="RE: Prijsverhoging 2027",
     text="""
Hoi Sandra,

Even voor de duidelijkheid: de prijsverhoging per 1 januari geldt niet voor P08407, die order leveren we nog tegen de huidige prijzen. Levering is bevestigd voor dinsdag 17 november, alle 12 regels zoals besteld.

Groetjes,
Sanne de Jong
Van der Berg Tuinartikelen B.V.

Op 3 nov. 2026 om 16:40 schreef Sandra Klein <sandra.klein@hhg-retail.com>:
> Sanne, jullie nieuwe prijslijst gaat in per 1-1-2027. Geldt die ook voor P08407 (besteld op 20 oktober)? Graag een bevestiging van de order.
""", end="Groetjes,\nSanne", change="none", intent="confirmation", po=["P08407"],
     commit=("2026-11-17", "Levering is bevestigd voor dinsdag 17 november"),
     dates=[("2027-01-01", "price_effective", "per 1 januari"),
            ("2026-11-17", "confirmed_delivery", "dinsdag 17 november")]),

dict(v="schwarzwald", lang="en", at="2026-12-08 10:05", subj="AW: Stornierung P08408",
     text="""
Hello Mr Brandt,

good news, please forget my mail from Friday - no cancellation necessary. We found the missing lids in our second warehouse, so P08408 is complete and goes out today with DB Schenker, consignment no. DBS-40871236. Delivery tomorrow before noon.

Mit freundlichen Grüßen / Kind regards
Markus Weber
Schwarzwald Haushaltswaren GmbH
Vertrieb Innendienst

-----Ursprüngliche Nachricht-----
Von: Markus Weber
Gesendet: Freitag, 4. Dezember 2026 15:12
An: Tim Brandt
Betreff: Stornierung P08408

Hello Mr Brandt, unfortunately we cannot find the lids for the roasters, we must probably cancel P08408.
""", end="Mit freundlichen Grüßen / Kind regards", change="shipping", intent="shipping_notice",
     po=["P08408"], commit=("2026-12-09", "Delivery tomorrow before noon"),
     dates=[("2026-12-04", "other", "my mail from Friday"), ("2026-12-08", "ship_date", "goes out today"),
            ("2026-12-09", "confirmed_delivery", "tomorrow")],
     track=[("DB Schenker", "DBS-40871236", "consignment no. DBS-40871236")]),

dict(v="polska", lang="en", at="2026-11-12 09:30", subj="RE: P08409 - when can we expect the mugs?",
     text="""
Dear Laura,

P08409 will be delivered on 23.11. as written in our order confirmation, nothing has changed. Truck loading is planned 19.11 in Bolesławiec.

Best regards
Katarzyna Nowak
Polska Ceramika Sp. z o.o.

-----Original Message-----
From: Laura Jensen
Sent: Wednesday, November 11, 2026 2:14 PM
Subject: P08409 - when can we expect the mugs?

Hi Katarzyna, our store opening is 28.11. - when can we expect the mugs of P08409?
""", end="Best regards\nKatarzyna", change="none", intent="confirmation", po=["P08409"],
     commit=("2026-11-23", "P08409 will be delivered on 23.11."),
     dates=[("2026-11-23", "confirmed_delivery", "23.11."), ("2026-11-19", "ship_date", "planned 19.11")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-10-27 16:50", subj="RE: P08410 ETA please",
     text="""
Hi Mike, Karen here.

Quick one before I can answer that: is P08410 still going to the Hamburg DC, or to the new Hannover store address your colleague sent us recently? The routing changes the transit by about a week so I don't want to give you a wrong ETA.

Let me know and I'll come back same day.

Karen Singh
Maple Leaf Outdoor Products Inc.
Customer Care | 1-800-555-0199

On Tue, Oct 27, 2026 at 9:40 AM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Karen, what is the ETA for P08410? The portal shows nothing since 10/09.
""", end="Karen Singh\nMaple Leaf", change="none", intent="question", po=["P08410"]),

dict(v="seoul", lang="en", at="2026-10-20 17:05", subj="Order Acknowledgement P08411 / SK-OA-D6D-118",
     text="""
Dear Ms. Jensen,

Thank you for your order. We acknowledge P08411 with all quantities as ordered, ETD Busan 12/11 and ETA Hamburg 20/12.

Please kindly note one change: unit price of SK-WK-30 (30cm carbon wok) is adjusted from USD 8.40 to USD 8.95 because aluminium handle cost is increased. Other items remain same price as your PO.

Please confirm to us this price.

Best regards,
Ji-ho Park
Overseas Sales Team | Seoul Kitchenware Co., Ltd.

--- attachment: SK-OA-D6D-118.pdf ---
ORDER ACKNOWLEDGEMENT No. SK-OA-D6D-118
Customer PO: P08411         Date: 2026-10-20
Item       Qty    Unit price (USD)
SK-WK-30   1,200  8.95
SK-PN-24   800    6.10
SK-LD-30   1,200  1.35
ETD: 12/11/2026  ETA: 20/12/2026
""", end="Best regards,\nJi-ho", change="price", intent="price_change", sec=["confirmation"],
     po=["P08411"], vref=["SK-OA-D6D-118"],
     commit=("2026-12-20", "ETA Hamburg 20/12"),
     dates=[("2026-11-12", "ship_date", "ETD Busan 12/11"), ("2026-12-20", "confirmed_delivery", "ETA Hamburg 20/12"),
            ("2026-11-12", "ship_date", "ETD: 12/11/2026"), ("2026-12-20", "confirmed_delivery", "ETA: 20/12/2026")],
     lines=[("SK-WK-30", 1200, None, "SK-WK-30   1,200  8.95", "P08411"),
            ("SK-PN-24", 800, None, "SK-PN-24   800    6.10", "P08411"),
            ("SK-LD-30", 1200, None, "SK-LD-30   1,200  1.35", "P08411")],
     prices=[dict(product="SK-WK-30", old=8.40, new=8.95, cur="USD",
                  quote="adjusted from USD 8.40 to USD 8.95")]),

dict(v="siam", lang="en", at="2026-11-09 15:30", subj="Re: P08412 cancellation of teak benches?",
     text="""
Dear Khun Tim,

No need to cancel please. We ship 60 of the 100 teak benches today, vessel WAN HAI 316, container MSKU 7712093, ETA Hamburg 18/12. The remaining 40 benches finish sanding this week and follow on next vessel ETD 28/11, ETA Hamburg around 05/01.

B/L copy will send tomorrow.

Best regards,
Somchai Wongsakul
Siam Rattan & Teak Co., Ltd.

On Fri, Nov 6, 2026 at 11:20 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Somchai, if the teak benches of P08412 cannot ship before 15/11 we will have to cancel them.
""", end="Best regards,\nSomchai", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08412"], commit=("2027-01-05", "ETA Hamburg around 05/01"),
     dates=[("2026-11-09", "ship_date", "benches today"), ("2026-12-18", "confirmed_delivery", "18/12"),
            ("2026-11-09", "other", "this week"), ("2026-11-28", "ship_date", "ETD 28/11"),
            ("2027-01-05", "new_eta", "05/01"), ("2026-11-10", "other", "tomorrow")],
     lines=[("teak benches", 60, None, "60 of the 100 teak benches", "P08412"),
            ("teak benches", 40, None, "The remaining 40 benches", "P08412")],
     track=[(None, "MSKU 7712093", "container MSKU 7712093")]),

dict(v="lyonnais", c=1, lang="fr", at="2026-11-19 14:40", subj="RE: P08413 - modification",
     text="""
Bonjour Mike,

C'est noté : nous annulons la ligne TL-NAP-45 (serviettes en lin, 400 pièces) de la commande P08413. Le reste de la commande est maintenu, livraison semaine 50 comme confirmé.

Bien à vous,
Thomas Roux
Textiles Lyonnais SA - Service commercial

Le mer. 18 nov. 2026 à 10:12, Mike Osei <mike.osei@hhg-retail.com> a écrit :
> Bonjour Thomas, merci de supprimer les serviettes TL-NAP-45 de P08413, le reste ne change pas.
""", end="Bien à vous,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P08413"],
     commit=("2026-12-07", "livraison semaine 50 comme confirmé"),
     dates=[("2026-12-07", "confirmed_delivery", "semaine 50")],
     lines=[("TL-NAP-45", 400, "pièces", "serviettes en lin, 400 pièces", "P08413")]),

dict(v="brightline", c=2, lang="en", at="2026-12-14 08:02", subj="Automatic reply: RE: P08414 urgent - delay?",
     text="""
Thank you for your email.

I am out of the office from 14 December until 4 January with limited access to email. For order queries please contact our customer services team on orders@brightline-electronics.co.uk or +44 161 555 0142.

Brightline Electronics Ltd
""", change="none", intent="other", po=["P08414"],
     dates=[("2026-12-14", "other", "14 December"), ("2027-01-04", "other", "4 January")]),

dict(v="cascadia", lang="en", at="2026-11-05 12:10", subj="RE: P08415 - still on for 11/20?",
     text="""
Tim -

Short answer: partly. The raised beds (CG-RB-48) are fine for 11/20. The cedar planters (CG-PL-24, 320 pcs) are about a week behind since our kiln dryer went down, new delivery for those is 11/30.

Sorry about that, I'll keep you posted if it gets better.

Brent Halvorsen
Cascadia Cedar Goods Inc. | Tacoma, WA

On Wed, Nov 4, 2026 at 3:02 PM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Brent, is P08415 still on for 11/20? We have the promo flyer printing on 11/12.
""", end="Sorry about that", change="date", intent="delay", po=["P08415"],
     commit=("2026-11-30", "new delivery for those is 11/30"),
     dates=[("2026-11-20", "confirmed_delivery", "fine for 11/20"), ("2026-11-30", "new_eta", "11/30")],
     lines=[("CG-PL-24", 320, "pcs", "CG-PL-24, 320 pcs", "P08415")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-11-30 15:20", subj="RE: P08416 - any news?",
     text="""
Hi Laura,

Shipped today on DPD, 14 cartons, consignment 15502290447103. Should be with you Wednesday. That's the full order.

Declan

Declan Byrne
Dublin Biscuit Company Ltd
Unit 4, Ballymount Ind. Est., Dublin 12

> On 30 Nov 2026, at 11:02, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Declan, any news on P08416? Promised for last week.
""", end="Declan\n\nDeclan Byrne", change="shipping", intent="shipping_notice", po=["P08416"],
     commit=("2026-12-02", "Should be with you Wednesday"),
     dates=[("2026-11-30", "ship_date", "Shipped today"), ("2026-12-02", "confirmed_delivery", "Wednesday")],
     lines=[("cartons", 14, "cartons", "14 cartons", "P08416")],
     track=[("DPD", "15502290447103", "consignment 15502290447103")]),

dict(v="galway", c=1, lang="en", at="2026-10-07 11:45", subj="RE: Delayed payment? P08417 invoice GK-INV-D6D-5521",
     text="""
Got it Tim, payment landed this morning. All square on GK-INV-D6D-5521, thanks a million.

Accounts
Galway Knitwear Ltd

On Tue, 6 Oct 2026 at 17:30, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Hi, the payment for P08417 / GK-INV-D6D-5521 went out on 02.10. with value date today. Sorry for the delay, our bank run moved.
""", end="Accounts\nGalway", change="none", intent="other", po=["P08417"], vref=["GK-INV-D6D-5521"],
     dates=[("2026-10-07", "other", "this morning")]),

dict(v="lahore", lang="en", at="2026-11-16 13:20", subj="Order confirmation P08418",
     text="""
Dear Sandra Madam,

With reference to P08418, we have to inform that we are shipping only 1,800 pcs of the 2,400 pcs bath towels today, because of dyeing shade issue in one lot. Balance 600 pcs re-dyed and will be on next vessel, ETA Hamburg 12 January.

Current shipment: container TCNU 4410982, ETA Hamburg 21 December.

We regret for the inconvenience.

Thanks and regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="Thanks and regards,\nImran", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P08418"], commit=("2027-01-12", "ETA Hamburg 12 January"),
     dates=[("2026-11-16", "ship_date", "bath towels today"), ("2027-01-12", "new_eta", "12 January"),
            ("2026-12-21", "confirmed_delivery", "21 December")],
     lines=[("bath towels", 1800, "pcs", "only 1,800 pcs", "P08418"),
            ("bath towels", 600, "pcs", "Balance 600 pcs", "P08418")],
     track=[(None, "TCNU 4410982", "container TCNU 4410982")]),
dict(v="aceites", lang="es", at="2026-11-11 12:35", subj="RE: Confirmación pedido P08419",
     text="""
Buenos días Laura:

Lamentablemente la cosecha de aceituna se ha retrasado por las lluvias y no podremos entregar el aceite del pedido P08419 el 20 de noviembre como le confirmamos. La nueva fecha de entrega en Hamburgo es el 4 de diciembre. Las cantidades no cambian.

Disculpe las molestias.

Un saludo,
Carmen López
Aceites del Sur S.L. - Departamento de Exportación

El 2 oct 2026, a las 9:10, Laura Jensen <laura.jensen@hhg-retail.com> escribió:
> Buenos días Carmen, ¿nos confirma el pedido P08419 para el 20 de noviembre? Gracias.
""", end="Disculpe las molestias.", change="date", intent="delay", po=["P08419"],
     commit=("2026-12-04", "La nueva fecha de entrega en Hamburgo es el 4 de diciembre"),
     dates=[("2026-11-20", "other", "el 20 de noviembre como le confirmamos"),
            ("2026-12-04", "new_eta", "4 de diciembre")]),

dict(v="levante", c=1, lang="es", at="2026-11-03 16:15", subj="RE: Pedido P08420 - confirmación",
     text="""
Hola Sandra,

Te confirmamos el pedido P08420 con entrega en la semana 49, cantidades según tu pedido.

Eso sí, te aviso ya: por la subida del algodón tenemos que aplicar en este pedido un nuevo precio para el juego de sábanas LV-SB-150, que pasa de 12,40 € a 12,75 € por juego. El resto de artículos mantiene el precio.

Confírmame por favor si estáis de acuerdo.

Saludos,
Pablo Sanchis
Textil Levante S.A.
Ontinyent (Valencia)
""", end="Saludos,\nPablo", change="price", intent="price_change", sec=["confirmation"], po=["P08420"],
     commit=("2026-11-30", "entrega en la semana 49"),
     dates=[("2026-11-30", "confirmed_delivery", "semana 49")],
     prices=[dict(product="LV-SB-150", old=12.40, new=12.75, cur="EUR", quote="pasa de 12,40 € a 12,75 € por juego")]),

dict(v="kaiser", lang="en", at="2026-10-08 14:20", subj="RE: Order confirmation P08421",
     text="""
Dear Mr Brandt,

I am sorry to write this after our confirmation: we must cancel P08421 completely. The LED string lights EK-LS-200 failed the CE re-test at our lab last week and we will not produce them again this season. No invoice has been issued, so nothing to credit.

We will offer you the successor model for spring as soon as it is certified.

Mit freundlichen Grüßen
Stefan Kaiser
Elektro Kaiser GmbH

Am 24.09.2026 um 10:02 schrieb Stefan Kaiser <stefan.kaiser@elektro-kaiser.de>:
> Dear Mr Brandt, we confirm P08421 (2,000 pcs EK-LS-200) for delivery in KW 44.
""", end="Mit freundlichen Grüßen", change="cancel", intent="cancellation", po=["P08421"],
     dates=[("2026-09-28", "other", "last week")]),

dict(v="hansa", lang="en", at="2026-11-17 10:50", subj="RE: P08422 delivery date",
     text="""
Dear Ms Klein,

Before we can name a date for P08422 we need your decision: the white "Nordsee" dinner plates are sold out in 26 cm. May we replace them with the 27 cm plate (same price, same decor), or shall we deliver the order without the plates?

Kind regards
Anke Petersen
Hansa Glas & Porzellan GmbH
Innendienst

-----Original Message-----
From: Sandra Klein
Sent: Monday, November 16, 2026 4:22 PM
Subject: P08422 delivery date

Dear Ms Petersen, when will P08422 be delivered? Your AB of 02.11. has no date.
""", end="Kind regards\nAnke", change="none", intent="question", po=["P08422"]),

dict(v="twente", c=1, lang="en", at="2026-12-01 08:30", subj="Twentse Kunststoffen newsletter - December",
     text="""
Dear customer,

The year is almost over, and we want to thank you for your trust in Twentse Kunststoffen!

Delivery times: for standard storage boxes our delivery time is back at 5 working days since October. For coloured items please count 3 weeks.

Christmas closure: our factory and office are closed from 24 December up to and including 3 January. Orders received before 11 December will be delivered before the closure.

New in 2027: the recycled "ReBox" line - ask your account manager for samples.

Warm regards,
The Twentse Kunststoffen team

Twentse Kunststoffen B.V. | Enschede | www.twentsekunststoffen.nl
""", end="Warm regards,", change="none", intent="other",
     dates=[("2026-10-01", "other", "since October"), ("2026-12-24", "other", "24 December"), ("2027-01-03", "other", "3 January"),
            ("2026-12-11", "other", "before 11 December")]),

dict(v="oakridge", lang="en", at="2026-12-01 15:40", subj="RE: 2027 price list - P08423",
     text="""
Laura,

Travis here. Pricing aside (Tanya will come back to you on the list), P08423 shipped today via XPO, 8 pallets, that is the full order. PRO 411-7739208. Transit 4-5 business days to the Newark CFS.

Travis

--
Travis Lund
Oakridge Furniture Co. | Denver, CO

-----Original Message-----
From: Laura Jensen
Sent: Monday, November 30, 2026 11:20 AM
Subject: 2027 price list - P08423

Travis, your 2027 list says effective 01/04/2027. P08423 was ordered on 11/02 - we expect the old prices there. Also: when does it ship?
""", end="Travis\n\n--", change="shipping", intent="shipping_notice", po=["P08423"],
     commit=("2026-12-08", "Transit 4-5 business days to the Newark CFS"),
     dates=[("2026-12-01", "ship_date", "shipped today"), ("2026-12-07", "range_start", "4-5 business days"),
            ("2026-12-08", "range_end", "4-5 business days")],
     lines=[("pallets", 8, "pallets", "8 pallets", "P08423")],
     track=[("XPO", "411-7739208", "PRO 411-7739208")]),

dict(v="devries", lang="nl", at="2026-11-24 11:05", subj="Levering P08424",
     text="""
Hallo Laura,

Vandaag gaan 240 van de 300 afwasborstels DV-AB-01 de deur uit, samen met de rest van P08424 (die is compleet). De overige 60 borstels volgen volgende week donderdag, de leverancier van de haren was te laat.

PostNL zending: 3SHHG4410223

Met vriendelijke groet,
Mark de Vries
De Vries Huishoudelijk B.V.
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08424"], commit=("2026-12-03", "volgen volgende week donderdag"),
     dates=[("2026-11-24", "ship_date", "Vandaag"), ("2026-12-03", "new_eta", "volgende week donderdag")],
     lines=[("DV-AB-01", 240, None, "240 van de 300 afwasborstels DV-AB-01", "P08424"),
            ("DV-AB-01", 60, None, "De overige 60 borstels", "P08424")],
     track=[("PostNL", "3SHHG4410223", "PostNL zending: 3SHHG4410223")]),

dict(v="liege", c=1, lang="en", at="2026-11-03 17:20", subj="RE: P08425 - confirmation of delivery date 12/11",
     text="""
Dear Tim,

I'm afraid 12/11 is no longer possible for P08425. The maintenance of our furnace took longer than planned and the vases are only blown next week. We can deliver the glass vases on 26/11 at the earliest.

Kind regards,
Aurélie Lambert
Verrerie Liégeoise SRL - Service clients

> Aurélie, can you please confirm that P08425 arrives on 12/11? Thanks, Tim
""", end="Kind regards,\nAurélie", change="date", intent="delay", po=["P08425"],
     commit=("2026-11-26", "We can deliver the glass vases on 26/11 at the earliest"),
     dates=[("2026-11-12", "other", "I'm afraid 12/11"), ("2026-11-09", "other", "next week"),
            ("2026-11-26", "new_eta", "26/11")]),

dict(v="tirol", lang="en", at="2026-11-26 09:10", subj="AW: P08426 - Liefertermin?",
     text="""
Hello Mike,

yes, KW 50 stays as confirmed. The truck delivers P08426 on Tuesday 8 December in the morning.

Greetings from Tyrol
Andreas Hofer
Tiroler Holzwaren GmbH

Von: Mike Osei <mike.osei@hhg-retail.com>
Gesendet: Mittwoch, 25. November 2026 16:40
Betreff: P08426 - Liefertermin?
Andreas, is KW 50 still realistic for P08426? We heard about snow problems on the Brenner.
""", end="Greetings from Tyrol", change="none", intent="confirmation", po=["P08426"],
     commit=("2026-12-08", "delivers P08426 on Tuesday 8 December"),
     dates=[("2026-12-07", "confirmed_delivery", "KW 50 stays"), ("2026-12-08", "confirmed_delivery", "Tuesday 8 December")]),

dict(v="zeeland", c=1, lang="en", at="2026-12-03 14:00", subj="Price adjustment jute mats 2027",
     text="""
Dear Sandra,

Jute prices at origin have gone up again this autumn. From 1 February 2027 our jute door mat ZT-JM-4060 will cost EUR 6.65 instead of EUR 6.20 (+7.3%). The coir mats stay at their current price.

Your open order P08427 will of course still be delivered and invoiced at the old price.

Kind regards,
Verkoop - Zeeuwse Touw- en Mattenfabriek B.V.
Middelburg
""", end="Kind regards,\nVerkoop", change="price", intent="price_change", po=["P08427"],
     dates=[("2027-02-01", "price_effective", "1 February 2027")],
     prices=[dict(product="ZT-JM-4060", old=6.20, new=6.65, pct=7.3, cur="EUR", eff="2027-02-01",
                  quote="will cost EUR 6.65 instead of EUR 6.20 (+7.3%)")]),

dict(v="lisbon", frm="Ana Ferreira <ana.ferreira@lisboncork-pt.com>", lang="en", at="2026-10-22 19:45",
     subj="URGENT: new bank details - payment P08428",
     text="""
Dear Customer,

Due to an audit of our accounts, our bank details have changed with immediate effect. Please make the payment for invoice related to P08428 only to our new account:

Bank: Metro Digital Bank Ltd, London
IBAN: GB29 MDBL 6016 1331 9268 19
SWIFT: MDBLGB2L

Kindly confirm once the transfer is done and do not use the old Portuguese account anymore.

Regards,
Ana Ferreira
Lisbon Cork Products Lda
""", end="Regards,\nAna", change="none", intent="other", po=["P08428"]),

dict(v="kiwiwool", c=1, lang="en", at="2026-12-10 10:15", subj="Re: Price increase 2027",
     text="""
Hi Sandra,

Understood, and no hard feelings - P08429 is cancelled as you asked, nothing has been spun for it yet. If you change your mind before 15 January the 2026 prices still hold for a new order.

Cheers,
Sophie

Sophie Clarke | Kiwi Wool Co Ltd | Christchurch, NZ

On Thu, 10 Dec 2026 at 1:02 AM, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Sophie, with +12% from March we cannot sell the throws at our retail price. Please cancel P08429.
""", end="Cheers,\nSophie", change="cancel", intent="cancellation", po=["P08429"],
     dates=[("2027-01-15", "other", "15 January")]),

dict(v="mueller", c=2, lang="de", at="2026-12-15 13:30", subj="AW: P08430 noch offen?",
     text="""
Hallo Herr Brandt,

nein, P08430 ist nicht mehr offen: die Ware ist heute komplett per Dachser rausgegangen (3 Paletten, Sendungsnummer 8831 2207 45). Die Zustellung ist für Donnerstag avisiert.

Mit freundlichen Grüßen
i. A. Innendienst
Müller Gartentechnik GmbH & Co. KG

-----Ursprüngliche Nachricht-----
Von: Tim Brandt
Gesendet: Montag, 14. Dezember 2026 17:05
Betreff: P08430 noch offen?

Hallo, im Portal ist P08430 seit 30.11. "in Bearbeitung". Wann kommt die Ware?
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P08430"],
     commit=("2026-12-17", "Die Zustellung ist für Donnerstag avisiert"),
     dates=[("2026-12-15", "ship_date", "heute"), ("2026-12-17", "confirmed_delivery", "Donnerstag")],
     lines=[("Paletten", 3, "Paletten", "3 Paletten", "P08430")],
     track=[("Dachser", "8831 2207 45", "Sendungsnummer 8831 2207 45")]),

dict(v="sunshine", lang="en", at="2026-10-28 12:40", subj="Re: Cancellation of P08431?",
     text="""
Dear Mike

We are not cancelling - the oranges for P08431 loaded this morning, 18 of the 20 pallets. The other 2 pallets had hail damage at the packhouse and will not follow, we will credit them on the invoice.

Reefer container: MSCU 5520187, vessel MSC ALEXANDRA, ETA Rotterdam 19/11.

Regards
Thabo Nkosi
Sunshine Citrus Exports (Pty) Ltd
Citrusdal, Western Cape

On Tue, 27 Oct 2026 at 16:15, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Thabo, if P08431 does not load this week we need to cancel - the promo starts 23/11.
""", end="Regards\nThabo", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08431"], commit=("2026-11-19", "ETA Rotterdam 19/11"),
     dates=[("2026-10-28", "ship_date", "loaded this morning"), ("2026-11-19", "confirmed_delivery", "19/11")],
     lines=[("oranges", 18, "pallets", "18 of the 20 pallets", "P08431"),
            ("oranges", 2, "pallets", "The other 2 pallets", "P08431")],
     track=[("MSC", "MSCU 5520187", "Reefer container: MSCU 5520187")]),

dict(v="jaipur", c=1, lang="en", at="2026-09-16 15:50", subj="RE: P08432 confirmation",
     text="""
Dear Laura ji,

Thank you for the PO. Before we can confirm P08432 and book the printing table, kindly clarify two points:

1) Please send the carton marking artwork (we have only the 2025 version).
2) Hangtags in German only, or German + English?

Once we have these we will send the PI with dates.

Warm regards,
Sunita Rathore
Jaipur Block Prints Pvt Ltd
Sanganer, Jaipur
""", end="Warm regards,\nSunita", change="none", intent="question", po=["P08432"]),
dict(v="ningbo", lang="en", at="2026-11-18 16:25", subj="RE: Price increase 2027",
     text="""
Dear Laura,

About the 2027 price we will answer separately, our boss is still calculating.

More urgent: P08433 silicone baking moulds have production delay, the food-grade silicone supplier delivered late and one lot failed LFGB test. ETD Ningbo move from 25/11 to 09/12, so ETA Hamburg now 18/01.

Very sorry for this.

Best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
Tel: +86 574 8765 0021

On Mon, Nov 16, 2026 at 5:10 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Amy, your 2027 price list shows +8% on silicone items. Please explain. And is P08433 still ETD 25/11?
""", end="Very sorry for this.", change="date", intent="delay", po=["P08433"],
     commit=("2027-01-18", "ETA Hamburg now 18/01"),
     dates=[("2026-11-25", "other", "from 25/11"), ("2026-12-09", "ship_date", "to 09/12"),
            ("2027-01-18", "new_eta", "18/01")]),

dict(v="voltix", c=1, lang="en", at="2026-11-05 11:30", subj="RE: P08434 - can you deliver earlier?",
     text="""
Hi Mike,

Yes we can. Production of the USB-C chargers for P08434 is finished already, so we send by air: ship 10/11 from Shenzhen, arrive Hamburg airport 13/11. Air freight cost is on us as agreed in our call.

AWB number I send on shipping day.

Best Regards
Kevin Liu
Shenzhen Voltix Technology Co., Ltd.

On 2026-11-04 18:20, Mike Osei wrote:
> Kevin, our Black Friday volumes are higher than planned. Can P08434 come earlier than 02/12?
""", end="Best Regards\nKevin", change="date", intent="confirmation", po=["P08434"],
     commit=("2026-11-13", "arrive Hamburg airport 13/11"),
     dates=[("2026-11-10", "ship_date", "ship 10/11"), ("2026-11-13", "confirmed_delivery", "13/11")]),

dict(v="izmir", lang="en", at="2026-11-20 13:15", subj="Order Confirmation P08435",
     text="""
Dear Sandra Hanim,

We confirm P08435, but for the tea glasses IC-TG-100 we can give only 1.500 pcs with the delivery in KW 50. The rest 500 pcs we deliver in KW 3, after our new furnace start. All other articles complete in KW 50.

Best regards,
Zeynep Kaya
Izmir Cam Ev Gerecleri A.S. | Export

--- attachment: OC_IZM-D6D-7740.pdf ---
ORDER CONFIRMATION IZM-D6D-7740 / Your PO P08435
Article     Ordered   Confirmed   Delivery
IC-TG-100   2.000     1.500       KW 50
IC-TG-100   -         500         KW 3/2027
IC-SA-06    600       600         KW 50
""", end="Best regards,\nZeynep", change="quantity", intent="partial_shipment", po=["P08435"],
     vref=["IZM-D6D-7740"], commit=("2027-01-18", "The rest 500 pcs we deliver in KW 3"),
     dates=[("2026-12-07", "confirmed_delivery", "delivery in KW 50"), ("2027-01-18", "new_eta", "KW 3,"),
            ("2026-12-07", "confirmed_delivery", "complete in KW 50"),
            ("2026-12-07", "confirmed_delivery", ("KW 50", 2)), ("2027-01-18", "new_eta", "KW 3/2027"),
            ("2026-12-07", "confirmed_delivery", ("KW 50", 3))],
     lines=[("IC-TG-100", 1500, "pcs", "only 1.500 pcs", "P08435"),
            ("IC-TG-100", 500, "pcs", "The rest 500 pcs", "P08435"),
            ("IC-TG-100", 1500, None, "IC-TG-100   2.000     1.500       KW 50", "P08435"),
            ("IC-TG-100", 500, None, "IC-TG-100   -         500         KW 3/2027", "P08435"),
            ("IC-SA-06", 600, None, "IC-SA-06    600       600         KW 50", "P08435")]),

dict(v="texbright", c=1, lang="en", at="2026-12-04 14:50", subj="Shipping confirmation P08436",
     text="""
Hi Laura,

P08436 shipped today via FedEx Freight, PRO 7781-2290-441, ETA at your consolidator Monday 12/7.

One line is NOT on the truck: TB-QS-KG king quilt sets (90 sets). Our mill discontinued that fabric and we have to cancel the line, sorry - it won't ship later either. You will only be invoiced for what shipped.

Olivia Grant
TexBright Bedding Inc. | Order Management
""", end="Olivia Grant\nTexBright", change="cancel", intent="cancellation", sec=["shipping_notice"],
     po=["P08436"], commit=("2026-12-07", "ETA at your consolidator Monday 12/7"),
     dates=[("2026-12-04", "ship_date", "shipped today"), ("2026-12-07", "confirmed_delivery", "Monday 12/7")],
     lines=[("TB-QS-KG", 90, "sets", "TB-QS-KG king quilt sets (90 sets)", "P08436")],
     track=[("FedEx Freight", "7781-2290-441", "PRO 7781-2290-441")]),

dict(v="cebu", lang="en", at="2026-11-10 10:40", subj="Proforma Invoice for P08437",
     text="""
Hi Ma'am Laura,

Good day! Attached is the proforma for P08437. We confirm the order with ETD Manila 04/12 and ETA Hamburg 14/01.

Please take note that we need to apply a 5% increase on the rattan items of this order, as the raw rattan price from Mindanao went up again. The seagrass baskets stay at PO price.

Thank you po and God bless!
Maricel Dela Cruz
Cebu Rattan Artisans Inc.

--- attachment: PI-CRA-D6D-2290.pdf ---
PROFORMA INVOICE PI-CRA-D6D-2290     Ref. PO P08437
CR-LB-01 Rattan laundry basket   400 pcs  USD 9.45 (incl. +5%)
CR-SB-03 Seagrass basket set     300 sets USD 7.20
ETD: 04/12/2026   ETA: 14/01/2027
""", end="Thank you po and God bless!", change="price", intent="price_change", sec=["confirmation"],
     po=["P08437"], vref=["PI-CRA-D6D-2290"], commit=("2027-01-14", "ETA Hamburg 14/01"),
     dates=[("2026-12-04", "ship_date", "ETD Manila 04/12"), ("2027-01-14", "confirmed_delivery", "ETA Hamburg 14/01"),
            ("2026-12-04", "ship_date", "ETD: 04/12/2026"), ("2027-01-14", "confirmed_delivery", "ETA: 14/01/2027")],
     lines=[("CR-LB-01", 400, "pcs", "CR-LB-01 Rattan laundry basket   400 pcs  USD 9.45 (incl. +5%)", "P08437"),
            ("CR-SB-03", 300, "sets", "CR-SB-03 Seagrass basket set     300 sets USD 7.20", "P08437")],
     prices=[dict(product="rattan items", pct=5, quote="a 5% increase on the rattan items of this order")]),

dict(v="binhduong", c=1, lang="en", at="2026-11-19 09:20", subj="RE: P08438 - late?",
     text="""
Dear Tim,

For P08438 we have two possibility, please choose:

A) ship the dining tables only (1 x 40HC) on 30/11, chairs follow later in separate container
B) wait for the chairs and ship all together in 2 x 40HC on 14/12

Option B is cheaper for freight. Please let us know by Monday so we can book the space.

Best regards,
Vo Quang Minh
Binh Duong Furniture Export JSC

On Wed, Nov 18, 2026 at 4:05 PM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Minh, P08438 was due to ship 20/11. Is it late?
""", end="Best regards,\nVo Quang Minh", change="none", intent="question", po=["P08438"],
     dates=[("2026-11-30", "other", "on 30/11"), ("2026-12-14", "other", "on 14/12"),
            ("2026-11-23", "other", "by Monday")]),

dict(v="lakeside", c=1, lang="en", at="2026-09-24 10:10", subj="RE: Delay P08439?",
     text="""
No delay on our side - P08439 (all 22 pallets of dry cat food) shipped yesterday on Old Dominion, PRO 07712-44190, appointment at your Chicago cross-dock is tomorrow 8am.

Shipping Team
Lakeside Pet Foods Inc.

-----Original Message-----
From: Mike Osei
Sent: Wednesday, September 23, 2026 6:31 PM
Subject: Delay P08439?

Hi, nothing in our tracking for P08439 yet - is it delayed?
""", end="Shipping Team\nLakeside", change="shipping", intent="shipping_notice", po=["P08439"],
     commit=("2026-09-25", "appointment at your Chicago cross-dock is tomorrow 8am"),
     dates=[("2026-09-23", "ship_date", "shipped yesterday"), ("2026-09-25", "confirmed_delivery", "tomorrow 8am")],
     lines=[("dry cat food", 22, "pallets", "all 22 pallets of dry cat food", "P08439")],
     track=[("Old Dominion", "07712-44190", "PRO 07712-44190")]),

dict(v="brunner", c=1, lang="en", at="2026-10-15 11:55", subj="RE: P08440 - OEKO-TEX certificate",
     text="""
Dear Ms Klein

Please find attached our current OEKO-TEX certificate for the bed linen in P08440. The certificate was renewed in spring and covers all articles of the order.

Freundliche Grüsse
Nadine Keller
Brunner Textil AG

--- attachment: OEKO-TEX_Brunner_2026.pdf ---
OEKO-TEX STANDARD 100 Certificate No. 21.HCH.D6D09
Product class II - Brunner Textil AG, St. Gallen
Valid until: 31.03.2027
""", end="Freundliche Grüsse", change="none", intent="other", po=["P08440"],
     dates=[("2027-03-31", "other", "31.03.2027")]),

dict(v="keystone", c=2, lang="en", at="2026-11-20 11:40", subj="RE: P08441 order confirmation",
     text="""
Hi Laura,

Greg covering for Rachel today. Bad news on one line: the KH-MX-6 mixing bowl sets on P08441 (400 sets) are backordered until further notice - our supplier lost the mold and has no repair date yet. Everything else on the PO stays as confirmed for 12/04.

I'll update you as soon as I have something firm.

Greg Palmer
Keystone Housewares Distribution Inc.

-----Original Message-----
From: Rachel Dunn
Sent: Thursday, November 12, 2026 9:15 AM
Subject: P08441 order confirmation

Laura, P08441 confirmed in full for delivery 12/04. Rachel
""", end="I'll update you", change="date", intent="delay", po=["P08441"],
     commit=("2026-12-04", "stays as confirmed for 12/04"),
     dates=[("2026-12-04", "confirmed_delivery", ("12/04", 0))],
     lines=[("KH-MX-6", 400, "sets", "P08441 (400 sets)", "P08441")]),

dict(v="porto", c=1, lang="en", at="2026-11-13 17:00", subj="RE: P08442 - colour question",
     text="""
Dear Laura,

As we had no answer to our question of 2 November about the green colour, we have to cancel the line TP-TW-GRN (green bath towels, 500 pcs) from P08442 - the dye lot is now used for another customer. The other lines ship on 27/11 as planned.

Best regards,
João Pereira
Têxteis do Porto Lda

On Mon, 2 Nov 2026 at 10:00, João Pereira <joao.pereira@texteisdoporto.pt> wrote:
> Dear Laura, the green for TP-TW-GRN is slightly darker than the sample. OK to use it? Please answer this week.
""", end="Best regards,\nJoão", change="cancel", intent="cancellation", sec=["confirmation"], po=["P08442"],
     dates=[("2026-11-02", "other", "2 November"), ("2026-11-27", "ship_date", "27/11")],
     lines=[("TP-TW-GRN", 500, "pcs", "green bath towels, 500 pcs", "P08442")]),

dict(v="ardennes", lang="en", at="2026-12-03 10:30", subj="RE: P08443 complete?",
     text="""
Hello Tim,

No, not complete, sorry: we delivered 180 of the 240 jars of strawberry jam on Tuesday, the fruit for the last batch was short. The remaining 60 jars come with our next tour to Hamburg on 9 December.

Best regards,
Benoît Collard
Confitures Ardennaises SRL

> Benoît, our warehouse says P08443 came in short. Is anything still coming?
""", end="Best regards,\nBenoît", change="quantity", intent="partial_shipment", po=["P08443"],
     commit=("2026-12-09", "The remaining 60 jars come with our next tour to Hamburg on 9 December"),
     dates=[("2026-12-01", "ship_date", "on Tuesday"), ("2026-12-09", "new_eta", "9 December")],
     lines=[("strawberry jam", 180, "jars", "180 of the 240 jars", "P08443"),
            ("strawberry jam", 60, "jars", "The remaining 60 jars", "P08443")]),

dict(v="pennine", lang="en", at="2026-11-25 12:05", subj="RE: Order confirmation P08444",
     text="""
Hi Sandra,

Confirmed for delivery w/c 7 December, all 36 cases of the stoneware mugs.

One thing I should have flagged earlier, sorry: from 1 December our haulage surcharge for Germany goes up to £95 per pallet (was £70), and it will apply to this delivery.

Cheers,
Dave Ackroyd
Pennine Stoneware Ltd | Stoke-on-Trent
""", end="Cheers,\nDave", change="price", intent="price_change", sec=["confirmation"], po=["P08444"],
     commit=("2026-12-07", "Confirmed for delivery w/c 7 December"),
     dates=[("2026-12-07", "confirmed_delivery", "w/c 7 December"), ("2026-12-01", "price_effective", "from 1 December")],
     lines=[("stoneware mugs", 36, "cases", "all 36 cases", "P08444")],
     prices=[dict(product="haulage surcharge per pallet", old=70, new=95, cur="GBP", eff="2026-12-01",
                  quote="goes up to £95 per pallet (was £70)")]),

dict(v="acme", c=1, lang="en", at="2026-11-11 13:25", subj="RE: P08445 confirmation",
     text="""
Laura - happy to confirm P08445 as soon as I know where it goes. The PO ship-to says "TBD - Christmas pop-up". Can you send me the full address and the receiving hours?

Dave Kowalski
Acme Home Goods Inc.

-----Original Message-----
From: Laura Jensen
Sent: Tuesday, November 10, 2026 3:30 PM
Subject: P08445 confirmation

Dave, still waiting for your confirmation of P08445. Please send it asap.
""", end="Dave Kowalski\nAcme", change="none", intent="question", po=["P08445"]),

dict(v="sparkle", lang="en", at="2026-10-29 09:15", subj="RE: Shipping delay P08446",
     text="""
Thanks Mike, received the revised PO for P08446 with the new quantities. I'll pass it to production today and come back to you with the confirmation.

Hannah

Hannah Price
Sparkle Glassware Ltd

On 28 Oct 2026, at 18:02, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Hannah, as discussed, attached the revised P08446 (fewer wine glasses, more tumblers). Please confirm.
""", end="Hannah\n\nHannah Price", change="none", intent="other", po=["P08446"],
     dates=[("2026-10-29", "other", "production today")]),

dict(v="hanoi", c=1, lang="en", at="2026-11-27 16:00", subj="Re: P08447 - partial delivery?",
     text="""
Dear Laura,

No partial. We waited for the last 200 bamboo trays and ship P08447 complete today, all 1,200 pcs in 1 x 20GP. B/L no. HPHHAM26D6D017, vessel ONE HARMONY, ETA Hamburg 06/01.

Best regards,
Tran Minh
Hanoi Bamboo Crafts JSC

On Thu, Nov 26, 2026 at 11:00 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Minh, will P08447 be shipped partial or complete?
""", end="Best regards,\nTran Minh", change="shipping", intent="shipping_notice", po=["P08447"],
     commit=("2027-01-06", "ETA Hamburg 06/01"),
     dates=[("2026-11-27", "ship_date", "complete today"), ("2027-01-06", "confirmed_delivery", "06/01")],
     lines=[("bamboo trays", 1200, "pcs", "all 1,200 pcs", "P08447")],
     track=[(None, "HPHHAM26D6D017", "B/L no. HPHHAM26D6D017")]),
dict(v="milano", c=1, lang="en", at="2026-11-24 15:35", subj="RE: P08448 / P08449 status",
     text="""
Dear Mike,

here the status of your two orders:

- P08448 (olive wood boards): ready, delivery to Hamburg on 10 December as confirmed.
- P08449 (serving bowls): unfortunately late, our turner was ill for two weeks. New delivery 18 December.

Sorry for P08449, we do our best to keep this date.

Cordiali saluti,
Marco Bianchi
Milano Casa S.r.l.

Il giorno lun 23 nov 2026 alle 17:10 Mike Osei <mike.osei@hhg-retail.com> ha scritto:
> Marco, please give me a status of P08448 and P08449. Both were confirmed for 10/12.
""", end="Cordiali saluti,", change="date", intent="delay", sec=["confirmation"], po=["P08448", "P08449"],
     commit=("2026-12-10", "delivery to Hamburg on 10 December as confirmed"),
     dates=[("2026-12-10", "confirmed_delivery", "10 December"), ("2026-12-18", "new_eta", "18 December")],
     changes=[("P08448", "confirmation", "2026-12-10", None, "P08448 (olive wood boards): ready, delivery to Hamburg on 10 December as confirmed"),
              ("P08449", "delay", "2026-12-18", None, "P08449 (serving bowls): unfortunately late, our turner was ill for two weeks. New delivery 18 December")]),

dict(v="tlaquepaque", c=1, lang="en", at="2026-11-17 12:20", subj="Order confirmation P08450",
     text="""
Dear Laura,

Thank you for the order P08450 (hand painted talavera planters). We can confirm all quantities, but our kiln schedule is full until January: the earliest ship date from Manzanillo is 15 January, arrival Hamburg approx. 12 February. We know your PO asked for 10 December, sorry.

Saludos cordiales,
Jorge Medina
Artesanías Tlaquepaque S.A. de C.V.
Tlaquepaque, Jalisco
""", end="Saludos cordiales,", change="date", intent="delay", po=["P08450"],
     commit=("2027-02-12", "arrival Hamburg approx. 12 February"),
     dates=[("2027-01-01", "other", "until January"), ("2027-01-15", "ship_date", "15 January"),
            ("2027-02-12", "new_eta", "12 February"), ("2026-12-10", "other", "10 December")]),

dict(v="bergholz", c=1, lang="en", at="2026-12-02 14:45", subj="AW: P08451 - still in December?",
     text="""
Dear Ms Klein

No, unfortunately not. The walnut for the cheese boards of P08451 was still too moist and needs about three more weeks in the drying chamber. We can deliver in KW 2.

Freundliche Grüsse
Corinne Meier
Bergholz Holzwaren AG

-----Ursprüngliche Nachricht-----
Von: Sandra Klein
Gesendet: Dienstag, 1. Dezember 2026 10:15
Betreff: P08451 - still in December?

Dear Ms Meier, can we still count on P08451 before Christmas?
""", end="Freundliche Grüsse", change="date", intent="delay", po=["P08451"],
     commit=("2027-01-11", "We can deliver in KW 2"),
     dates=[("2027-01-11", "new_eta", "KW 2")]),

dict(v="lima", c=1, lang="en", at="2026-11-18 08:50", subj="RE: Cancellation P08452",
     text="""
Dear Sandra,

Please do not cancel. We confirm that the alpaca throws of P08452 (all 250 pcs) fly on Thursday and arrive in Hamburg on 23 November, before your deadline. AWB follows on Thursday.

Kind regards,
Diego Salazar
Textiles Alpaca del Perú S.A.C.

El mar, 17 nov 2026 a las 11:30, Sandra Klein (<sandra.klein@hhg-retail.com>) escribió:
> Diego, if P08452 is not in Hamburg by 25 November we must cancel it.
""", end="Kind regards,\nDiego", change="none", intent="confirmation", po=["P08452"],
     commit=("2026-11-23", "arrive in Hamburg on 23 November"),
     dates=[("2026-11-19", "ship_date", "fly on Thursday"), ("2026-11-23", "confirmed_delivery", "23 November"),
            ("2026-11-19", "other", "AWB follows on Thursday")],
     lines=[("alpaca throws", 250, "pcs", "all 250 pcs", "P08452")]),

dict(v="steirer", lang="en", at="2026-11-06 10:10", subj="AW: Preiserhöhung 2027 / Bestellung P08453",
     text="""
Dear Mr Brandt,

thank you for the order. The new 2027 prices only apply from 1 March, so P08453 is at current prices. Attached our order confirmation, delivery on 14.12. as you requested.

Mit freundlichen Grüßen
Wolfgang Pichler
Steirische Keramik GmbH

--- attachment: AB_STK-D6D-3391.pdf ---
Auftragsbestätigung STK-D6D-3391 zu Bestellung P08453
Liefertermin: 14.12.2026
SK-KR-12 Keramikkrug 1,2 l   120 Stk   18,90 EUR
SK-BE-04 Becher 0,4 l        480 Stk    5,40 EUR
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", po=["P08453"], vref=["STK-D6D-3391"],
     commit=("2026-12-14", "delivery on 14.12. as you requested"),
     dates=[("2027-03-01", "price_effective", "1 March"), ("2026-12-14", "confirmed_delivery", "on 14.12. as"),
            ("2026-12-14", "confirmed_delivery", "14.12.2026")],
     lines=[("SK-KR-12", 120, "Stk", "SK-KR-12 Keramikkrug 1,2 l   120 Stk   18,90 EUR", "P08453"),
            ("SK-BE-04", 480, "Stk", "SK-BE-04 Becher 0,4 l        480 Stk    5,40 EUR", "P08453")]),

dict(v="oaxaca", c=1, lang="en", at="2026-12-09 11:00", subj="RE: Order confirmation P08454",
     text="""
Dear Laura,

We confirm P08454 complete, delivery Hamburg 12 January. And because the last order arrived late, we give you 3% discount on the full value of this order, it will show on the invoice.

Thank you for your patience with us!

Emilio Ramírez
Barro Negro de Oaxaca S.A. de C.V.
""", end="Thank you for your patience", change="price", intent="price_change", sec=["confirmation"], po=["P08454"],
     commit=("2027-01-12", "delivery Hamburg 12 January"),
     dates=[("2027-01-12", "confirmed_delivery", "12 January")],
     prices=[dict(product=None, pct=-3, quote="we give you 3% discount on the full value of this order")]),

dict(v="gentse", lang="en", at="2026-12-10 16:20", subj="Dispatch P08455",
     text="""
Dear Sandra,

The candles for P08455 leave tomorrow as planned.

Please also note that as of 1 January 2027 our prices increase by 4 % because of higher paraffin and stearin costs. The new price list is attached; orders placed before the end of December are still invoiced at 2026 prices.

Met vriendelijke groeten / Kind regards
Koen De Smet
Gentse Kaarsenmakerij BV
""", end="Met vriendelijke groeten / Kind regards", change="price", intent="price_change", sec=["confirmation"],
     po=["P08455"],
     dates=[("2026-12-11", "ship_date", "tomorrow"), ("2027-01-01", "price_effective", "1 January 2027"),
            ("2026-12-31", "other", "end of December")],
     prices=[dict(product=None, pct=4, eff="2027-01-01", quote="our prices increase by 4 %")]),

dict(v="maule", lang="en", at="2026-12-02 13:40", subj="RE: P08456 deposit",
     text="""
Dear Tim,

As we have not received the 30% deposit for P08456 by 30 November as agreed, we are cancelling the order and releasing the production slot to another customer. If you still want the wicker baskets, please place a new order and we will quote a new date.

Best regards,
Catalina Soto
Mimbres del Maule SpA

On Wed, Nov 18, 2026 at 9:00 AM Catalina Soto <catalina.soto@mimbresmaule.cl> wrote:
> Dear Tim, friendly reminder: deposit for P08456 due 30 November, otherwise we cannot keep the slot.
""", end="Best regards,\nCatalina", change="cancel", intent="cancellation", po=["P08456"],
     dates=[("2026-11-30", "other", "by 30 November as agreed")]),

dict(v="greenthumb", lang="en", at="2026-11-09 09:15", subj="RE: Order confirmation P08457 - delivery 11/20",
     text="""
Tim,

Got your note - P08457 is cancelled, nothing was picked yet so no restocking fee. The 11/20 delivery slot is released.

-Randy

Randy Holt
Green Thumb Garden Supply LLC

On Fri, Nov 6, 2026 at 4:48 PM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Randy, please cancel P08457 (confirmed for 11/20). Our garden center project was postponed.
""", end="-Randy", change="cancel", intent="cancellation", po=["P08457"],
     dates=[("2026-11-20", "other", "The 11/20 delivery slot")]),

dict(v="kempen", lang="en", at="2026-12-16 08:00", subj="Kempense Meubelmakerij - winter news & lead times",
     text="""
Dear partner,

A short update before the holidays.

Lead times: thanks to our new CNC line, standard oak tables now ship within 6-8 weeks of order, upholstered benches within 10 weeks. Custom sizes stay at 12 weeks.

Our workshop is closed from 24 December and opens again on 4 January.

Meet us at Maison&Objet Paris from 15 January 2027, hall 6.

Kind regards,
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Kind regards,\nWouter", change="none", intent="other",
     dates=[("2026-12-24", "other", "24 December"), ("2027-01-04", "other", "4 January"),
            ("2027-01-15", "other", "15 January 2027")]),

dict(v="kaashandel", c=1, lang="en", at="2026-10-16 11:20", subj="RE: P08458 delay",
     text="""
Hi Laura,

To plan the next cheese shipment I need two answers from you:

1. Do you want the 8 kg Gouda wheels again, or the pre-cut 500 g pieces?
2. Is the ramp at your Hamburg DC still closed on Saturdays?

Then I can give you a date.

Groetjes,
Lotte Visser
Hollandse Kaashandel B.V.

Op 15 okt. 2026 om 14:02 schreef Laura Jensen <laura.jensen@hhg-retail.com>:
> Lotte, P08458 was 4 days late. What about the next one?
""", end="Groetjes,\nLotte", change="none", intent="question", po=["P08458"]),

dict(v="evergreen", c=1, lang="en", at="2026-12-07 14:30", subj="RE: Price increase 2027",
     text="""
Hi Mike,

Before we lock in your 2027 pricing I need your forecast: roughly how many cases of the 2-ply kitchen towels (as on P08459) per month will you take next year? Above 400 cases a month we can hold the current price, below that the new list applies.

Thanks,
Tanya Brooks
Evergreen Paper Products Inc.

-----Original Message-----
From: Mike Osei
Sent: Friday, December 4, 2026 10:02 AM
Subject: Price increase 2027

Tanya, your +5% from 01/01 is hard for us. Can we talk?
""", end="Thanks,\nTanya", change="none", intent="question", po=["P08459"]),

dict(v="aussie", c=1, lang="en", at="2026-11-25 17:30", subj="ASN P08460",
     text="""
G'day Laura,

P08460 went out today but only partly: 140 of the 200 camping chairs (AO-CC-02). The remaining 60 are on backorder - the frames from our supplier are stuck, no date yet. The 80 cooler bags are complete.

Container TGBU 5091187, vessel MAERSK SALALAH, ETA Hamburg 12/01.

Cheers,
Chloe Nguyen
Aussie Outdoor Gear Pty Ltd
""", end="Cheers,\nChloe", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P08460"],
     commit=("2027-01-12", "ETA Hamburg 12/01"),
     dates=[("2026-11-25", "ship_date", "went out today"), ("2027-01-12", "confirmed_delivery", "12/01")],
     lines=[("AO-CC-02", 140, None, "140 of the 200 camping chairs", "P08460"),
            ("AO-CC-02", 60, None, "The remaining 60", "P08460"),
            ("cooler bags", 80, None, "The 80 cooler bags", "P08460")],
     track=[("Maersk", "TGBU 5091187", "Container TGBU 5091187")]),

dict(v="nordic", c=1, lang="en", at="2026-12-03 10:45", subj="RE: P08461 - all 500 throws on Monday?",
     text="""
Hi Mike,

Not all, sorry. On Monday we can deliver 350 throws, the last 150 follow on Friday 11 December - the fringe machine is behind.

Best regards
Johan Lindqvist
Nordic Textiles AB

> Johan, will all 500 throws of P08461 arrive on Monday?
""", end="Best regards\nJohan", change="quantity", intent="partial_shipment", po=["P08461"],
     commit=("2026-12-11", "the last 150 follow on Friday 11 December"),
     dates=[("2026-12-07", "confirmed_delivery", "On Monday"), ("2026-12-11", "new_eta", "Friday 11 December")],
     lines=[("throws", 350, None, "350 throws", "P08461"), ("throws", 150, None, "the last 150", "P08461")]),

dict(v="alexandria", lang="en", at="2026-12-14 12:00", subj="Backorder P08462 - balance shipped",
     text="""
Dear Laura,

Good news: the balance 400 pcs of the cotton bathrobes for P08462 are shipped today by air. AWB 077-44120985, arriving Frankfurt 16/12, then by truck to your warehouse 18/12. With this the order is complete.

Best regards,
Ahmed Mansour
Alexandria Cotton Home Co. S.A.E.

On Mon, Nov 23, 2026 at 10:10 AM Ahmed Mansour wrote:
> Dear Laura, we shipped 1,100 pcs of P08462 today, balance 400 pcs to follow by air in December.
""", end="Best regards,\nAhmed", change="shipping", intent="shipping_notice", po=["P08462"],
     commit=("2026-12-18", "then by truck to your warehouse 18/12"),
     dates=[("2026-12-14", "ship_date", "shipped today"), ("2026-12-16", "other", "16/12"),
            ("2026-12-18", "confirmed_delivery", "18/12")],
     lines=[("cotton bathrobes", 400, "pcs", "the balance 400 pcs", "P08462")],
     track=[(None, "077-44120985", "AWB 077-44120985")]),
]
