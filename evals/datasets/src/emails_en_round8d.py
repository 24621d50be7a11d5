# ruff: noqa: E501 - email text is data
"""English (with a few French, German, Spanish and Dutch), round 8d: long threads and multi-topic
mail where the primary intent must be judged as the change that matters most to the buyer's
order: a delay after a long price discussion, a partial shipment inside a newsletter-like
update, a line cancelled inside an order confirmation, questions at the end of shipping
notices, price changes buried under holiday schedules. Secondary intents labelled with care.
Hand-written and hand-labelled; no extractor or classifier saw these labels."""

EMAILS = [
dict(v="brightline", lang="en", at="2026-10-14 11:20", subj="RE: Resin costs / P09900",
     text="""
Hi Sandra,

Thanks for the long call yesterday, it helped a lot to understand your side. To sum up where we landed on pricing: we looked again at the resin index and the freight, and we will NOT apply the increase we floated in September on your open orders. The storage box range stays at the prices on your POs, and we will revisit in the new year with proper notice as you asked. Tom will send the index figures so you can check our working.

The less happy news, and I wanted you to hear it from me rather than the portal: P09900 (the 45L and 60L clear boxes) will not make the 23 October delivery. One of our two injection presses is down for a new hot-runner and the part only arrives from Italy next week. We now plan delivery to your Hamburg DC on 6 November, complete, no split.

I know this is the second move on this order and I'm sorry. If a partial on 23 October helps (we have about 900 of the 45L boxes ready), tell me and I'll arrange it.

Kind regards,
Sarah Whitfield
Key Account Manager
Brightline Homeware Ltd

-----Original Message-----
From: Sandra Klein
Sent: 12 October 2026 16:40
To: Sarah Whitfield
Subject: Resin costs / P09900

Sarah, before we talk tomorrow: we cannot accept a price increase on P09900 or P09871 which were placed on 2 September at agreed prices. Also please confirm P09900 is still on track for 23 October.
""", end="Kind regards,\nSarah Whitfield", change="date", intent="delay", sec=["question"],
     po=["P09900", "P09871"],
     commit=("2026-11-06", "We now plan delivery to your Hamburg DC on 6 November"),
     dates=[("2026-10-13", "other", "yesterday"), ("2026-10-23", "other", "will not make the 23 October delivery"),
            ("2026-10-19", "other", "next week"), ("2026-11-06", "new_eta", "6 November"),
            ("2026-10-23", "other", "a partial on 23 October")],
     lines=[("45L clear box", 900, None, "about 900 of the 45L boxes ready", "P09900")]),

dict(v="kiwiwool", lang="en", at="2026-11-05 09:30", subj="Kiwi Wool News - November | your orders inside",
     text="""
Kia ora Laura!

KIWI WOOL NEWS - November 2026

Shearing season is in full swing down here and the new season fleece is looking beautiful - soft, bright, and a good staple length after the wet winter. Our new Tussock colourway (a warm oat with a green fleck) is in sampling now and we'd love to send you swatches.

STUDIO NEWS
- We've moved the dye house to solar for the summer months.
- Sophie is back from parental leave, so you'll hear from her again on artwork.

YOUR ORDERS
P09901 - merino throws: we shipped 240 of the 400 throws this morning by air (DHL AWB 7730 4418 25). The other 160 are the Charcoal colour, held back because the dye lot failed our colour-fastness test; they will be re-dyed and flown on 27 November.
P09902 - wool cushion covers: on track, ships 19 November as confirmed.

CHRISTMAS HOURS
We close 24 December to 11 January.

Nga mihi,
Hemi Walker
Kiwi Wool Co.
""", end="Nga mihi,", change="quantity", intent="partial_shipment", sec=["shipping_notice", "other"],
     po=["P09901", "P09902"],
     dates=[("2026-11-05", "ship_date", "this morning"), ("2026-11-27", "ship_date", "flown on 27 November"),
            ("2026-11-19", "ship_date", "ships 19 November"), ("2026-12-24", "other", "24 December"),
            ("2027-01-11", "other", "11 January")],
     lines=[("merino throws", 240, None, "shipped 240 of the 400 throws", "P09901"),
            ("merino throws Charcoal", 160, None, "The other 160 are the Charcoal colour", "P09901")],
     track=[("DHL", "7730 4418 25", "DHL AWB 7730 4418 25")],
     changes=[("P09901", "partial_shipment", None, 160, "The other 160 are the Charcoal colour, held back"),
              ("P09902", "confirmation", None, None, "on track, ships 19 November as confirmed")]),

dict(v="highland", lang="en", at="2026-09-22 14:05", subj="Order acknowledgement P09903 - please note line 3",
     text="""
Dear Tim,

Thank you for order P09903. Please find our acknowledgement below and attached.

Lines 1, 2 and 4 are confirmed as ordered for delivery on 9 October. Line 3, the Birch & Bramble 2-wick candle (HC-BB-2W, 144 pcs), we have to cancel I'm afraid: the supplier of the amber glass has discontinued that jar and the replacement will not be ready before next year. We have removed it from the order and your total is reduced accordingly.

If you want a substitute, the Heather Moor 2-wick is in stock at the same price.

With best wishes,
Fiona MacLeod
Highland Candle Co.

--- attachment: ACK-HC-26-0913.pdf ---
ORDER ACKNOWLEDGEMENT  ACK-HC-26-0913
Your order: P09903     Date: 22/09/2026
Delivery: 09/10/2026

Line  Item       Description              Qty   Status
1     HC-HM-3W   Heather Moor 3-wick      96    confirmed
2     HC-SP-1W   Scots Pine 1-wick        240   confirmed
3     HC-BB-2W   Birch & Bramble 2-wick   0     CANCELLED
4     HC-WS-TIN  Wild Sea travel tin      480   confirmed
""", end="With best wishes,", change="cancel", intent="cancellation", sec=["confirmation", "question"],
     po=["P09903"], vref=["ACK-HC-26-0913"],
     commit=("2026-10-09", "confirmed as ordered for delivery on 9 October"),
     dates=[("2026-10-09", "confirmed_delivery", "9 October"), ("2026-09-22", "other", "22/09/2026"),
            ("2026-10-09", "confirmed_delivery", "09/10/2026")],
     lines=[("HC-BB-2W", 144, "pcs", "HC-BB-2W, 144 pcs", "P09903"),
            ("HC-HM-3W", 96, None, "1     HC-HM-3W   Heather Moor 3-wick      96    confirmed", "P09903"),
            ("HC-SP-1W", 240, None, "2     HC-SP-1W   Scots Pine 1-wick        240   confirmed", "P09903"),
            ("HC-WS-TIN", 480, None, "4     HC-WS-TIN  Wild Sea travel tin      480   confirmed", "P09903")]),

dict(v="keystone", c=1, lang="en", at="2026-11-10 15:42", subj="ASN - P09904 - shipped complete",
     text="""
Advance Ship Notice

PO: P09904
Ship date: 11/10/2026
Carrier: Old Dominion Freight Line
PRO#: 07214-88319-4
Pallets: 6  Cartons: 212
Estimated delivery to consolidator: 11/13/2026

All lines shipped complete.

One thing from our side: your routing guide says pallets max 1.8 m high but the new Hamburg DC label spec we got last week says 1.6 m. Which one applies for the December orders? Please advise before 11/20 so we can build the next loads right.

EDI Desk
Keystone Housewares Distribution Inc.
""", end="EDI Desk\nKeystone", change="shipping", intent="shipping_notice", sec=["question"],
     po=["P09904"],
     commit=("2026-11-13", "Estimated delivery to consolidator: 11/13/2026"),
     dates=[("2026-11-10", "ship_date", "11/10/2026"), ("2026-11-13", "confirmed_delivery", "11/13/2026"),
            ("2026-11-20", "other", "11/20")],
     track=[("Old Dominion Freight Line", "07214-88319-4", "PRO#: 07214-88319-4")]),

dict(v="milano", lang="en", at="2026-10-01 10:15", subj="Price list 2027 + your open orders",
     text="""
Dear Mike,

I hope you are well. As every year in October I send you our new price list, valid from 1 January 2027. You find it attached. I must be honest, this year is not easy: the cost of the ceramic body and the gas for the kilns are still very high, so the increase is 6,5% on the whole terracotta range. The glazed range stays as 2026.

For your open orders P09905 and P09906 nothing changes, they keep the 2026 prices and the dates we confirmed (P09905 on 16 October, P09906 on 30 October).

We are also at the Ambiente fair in February, hall 3.1, it would be a pleasure to see you.

Cordiali saluti,
Giulia Rossi
Export Sales - Ceramiche Milano S.r.l.

--- attachment: Listino_2027_HHG.pdf ---
PRICE LIST 2027 - valid from 01/01/2027
Art.       Description                 2026 EUR   2027 EUR
TC-30      Terracotta pot 30 cm        6,20       6,60
TC-40      Terracotta pot 40 cm        9,80       10,44
GL-25      Glazed pot 25 cm            8,90       8,90
""", end="Cordiali saluti,", change="price", intent="price_change", sec=["confirmation", "other"],
     po=["P09905", "P09906"],
     commit=("2026-10-16", "P09905 on 16 October"),
     dates=[("2027-01-01", "price_effective", "1 January 2027"), ("2026-10-16", "confirmed_delivery", "16 October"),
            ("2026-10-30", "confirmed_delivery", "30 October"), ("2027-02-01", "other", "February"),
            ("2027-01-01", "price_effective", "01/01/2027")],
     prices=[dict(product=None, pct=6.5, cur=None, eff="2027-01-01", quote="the increase is 6,5% on the whole terracotta range"),
             dict(product="TC-30", old=6.20, new=6.60, cur="EUR", eff="2027-01-01", quote="TC-30      Terracotta pot 30 cm        6,20       6,60"),
             dict(product="TC-40", old=9.80, new=10.44, cur="EUR", eff="2027-01-01", quote="TC-40      Terracotta pot 40 cm        9,80       10,44")],
     changes=[("P09905", "confirmation", "2026-10-16", None, "P09905 on 16 October"),
              ("P09906", "confirmation", "2026-10-30", None, "P09906 on 30 October")]),

dict(v="pacific", lang="en", at="2026-12-03 08:50", subj="Re: P09907 - labels / cartons / ship date",
     text="""
Hi Laura - answers inline below.

> 1) Can you confirm the ship date for P09907?
Yes, still 12/11 from Oakland, no change.

> 2) Did you get the new EAN labels?
Got them, printing now.

> 3) Master carton count?
That's actually my question back to you: your PO says 6 per master but the spec sheet you sent in October says 4 per master for the large planters. We can do either, but it changes the pallet count (14 vs 20). Which one do you want? I need to know by Monday to keep the 12/11 date.

Lena

On Wed, Dec 2, 2026 at 4:10 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hi Lena, three quick things on P09907:
> 1) Can you confirm the ship date for P09907?
> 2) Did you get the new EAN labels?
> 3) Master carton count?
""", end="Lena\n\nOn Wed", change="none", intent="question",
     sec=["confirmation"], po=["P09907"],
     dates=[("2026-12-11", "ship_date", "still 12/11 from Oakland"), ("2026-12-07", "other", "by Monday"),
            ("2026-12-11", "other", "to keep the 12/11 date")]),
dict(v="ningbo", lang="en", at="2026-09-15 17:30", subj="RE: RE: RE: P09908 price discussion - stainless steel",
     text="""
Dear Mike,

Thank you for your patience on this long discussion. After check with our boss again, we can accept your proposal: the 304 stainless colander (NB-COL-24) we keep USD 3.85, not 4.10 as we asked before. The mixing bowl set NB-MB-3 we also keep USD 7.20. So the price on P09908 is same as the PO, no change.

But sorry I must inform another problem. Because the factory is closed for National Day holiday 1-7 October and before that the steel coil arrive late, the production of P09908 cannot finish on time. Original ETD was 25/09, now the new ETD Ningbo is 16/10, ETA Hamburg around 20/11.

Please kindly confirm if this is acceptable for you.

Best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.

-----Original Message-----
From: Mike Osei
Sent: Friday, September 11, 2026 9:12 AM
Subject: RE: RE: P09908 price discussion - stainless steel

Amy, we cannot pay 4.10. The PO was placed on 28 August at 3.85 and your PI of 31 August confirmed it. Please keep the PO price and confirm ETD 25/09.
""", end="Best regards\nAmy Chen", change="date", intent="delay", sec=["question"], po=["P09908"],
     commit=("2026-11-20", "ETA Hamburg around 20/11"),
     dates=[("2026-10-01", "other", "1-7 October"), ("2026-09-25", "other", "Original ETD was 25/09"),
            ("2026-10-16", "ship_date", "16/10"), ("2026-11-20", "new_eta", "20/11")]),

dict(v="savonnerie", lang="fr", at="2026-11-17 10:05", subj="Commande P09909 - confirmation et annulation ligne 2",
     text="""
Bonjour Madame Klein,

Nous accusons réception de votre commande P09909 et vous en remercions.

Les savons au lait d'ânesse (réf. SAV-LA-100, 600 pièces) et les coffrets cadeaux (réf. COF-3S, 150 pièces) sont confirmés pour une livraison le 4 décembre.

En revanche, nous devons annuler la ligne 2 (savon liquide lavande 500 ml, réf. SL-LAV-500, 300 flacons) : le fabricant des pompes a arrêté ce modèle et nous ne pourrons pas le livrer avant Noël. Nous préférons l'annuler plutôt que de vous faire attendre.

Bien cordialement,
Camille Girard
Savonnerie de Provence
""", end="Bien cordialement,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P09909"],
     commit=("2026-12-04", "confirmés pour une livraison le 4 décembre"),
     dates=[("2026-12-04", "confirmed_delivery", "4 décembre")],
     lines=[("SAV-LA-100", 600, "pièces", "SAV-LA-100, 600 pièces", "P09909"),
            ("COF-3S", 150, "pièces", "COF-3S, 150 pièces", "P09909"),
            ("SL-LAV-500", 300, "flacons", "SL-LAV-500, 300 flacons", "P09909")]),

dict(v="cascadia", lang="en", at="2026-12-08 13:25", subj="Shipped: P09910 (complete) + quick Q on P09911",
     text="""
Hey Tim,

Good news first: P09910 went out this morning, all 8 pallets of the cedar planter boxes, complete. XPO Logistics PRO 552-80917346, they're quoting delivery to the port warehouse on 12/14.

Unrelated question on P09911 (the raised beds): your PO has them going to the Hamburg DC, but Mike mentioned last month the spring program might be split between Hamburg and the new Leipzig DC. Should I book the whole thing to Hamburg or do you want a split? We'll need the answer before we book freight on Dec 16th.

Thanks!
Brent

Brent Halvorsen
Cascadia Cedar Works
""", end="Thanks!\nBrent", change="shipping", intent="shipping_notice", sec=["question"], po=["P09910", "P09911"],
     commit=("2026-12-14", "quoting delivery to the port warehouse on 12/14"),
     dates=[("2026-12-08", "ship_date", "this morning"), ("2026-12-14", "confirmed_delivery", "12/14"),
            ("2026-12-16", "other", "Dec 16th")],
     track=[("XPO Logistics", "552-80917346", "PRO 552-80917346")],
     changes=[("P09910", "shipping_notice", "2026-12-14", None, "P09910 went out this morning"),
              ("P09911", "question", None, None, "Should I book the whole thing to Hamburg or do you want a split?")]),

dict(v="delhicotton", lang="en", at="2026-10-20 12:40", subj="Re: Diwali greetings & order status P09912",
     text="""
Dear Laura Ji,

Warm Diwali greetings from all of us at Delhi Cotton! Our office will be closed from 8th to 11th November for the festival, we will reply to mails on 12th November.

Regarding your order P09912 of kitchen towels, we are happy to inform that goods are ready and we have done final inspection yesterday, all OK (AQL 2.5 passed). Container is booked, vessel MSC ALINA, ETD Nhava Sheva 27th October, ETA Hamburg 24th November, same as per our confirmation.

Kindly share the inspection certificate with your QA team, attached.

With warm regards,
Rajesh Kumar
Delhi Cotton Exports Pvt. Ltd.
""", end="With warm regards,", change="none", intent="confirmation", sec=["other"], po=["P09912"],
     commit=("2026-11-24", "ETA Hamburg 24th November, same as per our confirmation"),
     dates=[("2026-11-08", "other", "8th"), ("2026-11-11", "other", "11th November"), ("2026-11-12", "other", "12th November"),
            ("2026-10-19", "other", "yesterday"), ("2026-10-27", "ship_date", "27th October"),
            ("2026-11-24", "confirmed_delivery", "24th November")]),

dict(v="schwarzwald", lang="de", at="2026-11-24 09:10", subj="AW: P09913 Lieferung / Preise 2027",
     text="""
Guten Morgen Herr Brandt,

zu Ihren beiden Punkten:

1. Preise 2027: Wir haben intern nochmals gerechnet. Die Erhöhung von 4 % auf die Kuckucksuhren-Serie bleibt leider bestehen, gilt aber erst ab 1. März 2027 und nicht wie angekündigt ab Januar. Aufträge, die bis Ende Februar eingehen, berechnen wir noch zum alten Preis.

2. P09913: Hier muss ich leider eine Verschiebung melden. Die Gehäuse aus Lindenholz sind beim Lackierer hängengeblieben, wir schaffen die KW 49 nicht. Neuer Liefertermin ist KW 51, also ab 14.12. bei Ihnen in Hamburg.

Das tut mir leid, ich weiß, dass die Uhren ins Weihnachtsgeschäft sollten.

Mit freundlichen Grüßen
Markus Weber
Schwarzwälder Holzwaren GmbH
""", end="Mit freundlichen Grüßen", change="date", intent="delay", sec=["price_change"], po=["P09913"],
     commit=("2026-12-14", "Neuer Liefertermin ist KW 51"),
     dates=[("2027-03-01", "price_effective", "1. März 2027"), ("2027-01-01", "other", "Januar"),
            ("2027-02-28", "other", "Ende Februar"), ("2026-11-30", "other", "KW 49"),
            ("2026-12-14", "new_eta", "KW 51"), ("2026-12-14", "new_eta", "14.12.")],
     prices=[dict(product="Kuckucksuhren-Serie", pct=4, cur=None, eff="2027-03-01", quote="Die Erhöhung von 4 % auf die Kuckucksuhren-Serie")]),

dict(v="evergreen", lang="en", at="2026-09-29 16:00", subj="Evergreen Fall Update: new showroom, holiday schedule, P09914",
     text="""
Hello Hartmann team,

A few updates from Evergreen as we head into the busy season:

* Our new showroom in Charlotte opens October 12 - come see the 2027 wreath line if you're stateside.
* Holiday shipping cutoff for European orders is 11/20. Anything booked after that ships in January.
* We're now on the new EDI platform; your 850s will come through automatically.

On your order P09914 (faux pine garland): we shipped the first 1,200 pieces today via Maersk, container MSKU 7741203. The remaining 800 pieces are waiting on the LED wire sets and will ship by 10/23, arriving Hamburg around 11/20.

Have a great fall!

Bill Sutherland
Evergreen Seasonal Decor
""", end="Have a great fall!", change="quantity", intent="partial_shipment", sec=["shipping_notice", "other"],
     po=["P09914"], commit=("2026-11-20", "arriving Hamburg around 11/20"),
     dates=[("2026-10-12", "other", "October 12"), ("2026-11-20", "other", "European orders is 11/20"),
            ("2027-01-01", "other", "January"),
            ("2026-09-29", "ship_date", "today"), ("2026-10-23", "ship_date", "10/23"), ("2026-11-20", "new_eta", "arriving Hamburg around 11/20")],
     lines=[("faux pine garland", 1200, "pieces", "first 1,200 pieces", "P09914"),
            ("faux pine garland", 800, "pieces", "The remaining 800 pieces", "P09914")],
     track=[("Maersk", "MSKU 7741203", "container MSKU 7741203")]),

dict(v="levante", lang="es", at="2026-10-27 12:15", subj="RE: Pedido P09915 - subida de precios",
     text="""
Hola Sandra:

Siento mucho la demora en responderte, hemos tenido una semana complicada con la auditoría.

Te confirmo lo que hablamos por teléfono: por el aumento del coste del algodón tenemos que subir el precio de las toallas de baño (ref. TB-70) de 8,40 € a 9,05 € a partir del 1 de diciembre. Como tu pedido P09915 sale el 20 de noviembre, se factura todavía al precio antiguo. Los albornoces (ref. AL-M) no cambian.

Por cierto, ¿nos puedes enviar la previsión para el primer trimestre?

Un saludo,
Lucía Martínez
Textiles Levante S.L.

-----Mensaje original-----
De: Sandra Klein
Enviado el: lunes, 19 de octubre de 2026 10:30
Asunto: Pedido P09915 - subida de precios
""", end="Un saludo,", change="price", intent="price_change", sec=["question"], po=["P09915"],
     dates=[("2026-12-01", "price_effective", "1 de diciembre"), ("2026-11-20", "ship_date", "20 de noviembre")],
     prices=[dict(product="TB-70", old=8.40, new=9.05, cur="EUR", eff="2026-12-01", quote="de 8,40 € a 9,05 € a partir del 1 de diciembre")]),

dict(v="aussie", lang="en", at="2026-11-12 10:45", subj="Re: Fwd: P09916 - can you confirm delivery?",
     text="""
Hi Mike,

Sorry mate, bit of a saga this one. Shipping line rolled us off the Nov 6 sailing because of the port strike in Sydney, so P09916 (the eucalyptus outdoor chairs) is now on CMA CGM RIGOLETTO, ETD Sydney 17 Nov. ETA Hamburg pushed back to 8 January. I know you wanted them for a December promo - honestly can't see any way to get them there faster by sea. Air would be about AUD 9,800 extra if you want to look at it.

Liam

---------- Forwarded message ---------
From: Bookings <bookings@oceanlinkfreight.com.au>
Date: Wed, Nov 11, 2026 at 3:02 PM
Subject: Roll-over notice - Aussie Outdoor / Hamburg

Your booking has been rolled to CMA CGM RIGOLETTO voy 0MX3NE. New ETD 17/11. ETA Hamburg 08/01.
""", end="Liam\n\n----------", change="date", intent="delay", sec=["question"], po=["P09916"],
     commit=("2027-01-08", "ETA Hamburg pushed back to 8 January"),
     dates=[("2026-11-06", "other", "Nov 6 sailing"), ("2026-11-17", "ship_date", "17 Nov"),
            ("2027-01-08", "new_eta", "8 January"), ("2026-11-17", "ship_date", "17/11"), ("2027-01-08", "new_eta", "08/01")]),
]
