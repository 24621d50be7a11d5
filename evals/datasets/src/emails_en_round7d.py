# ruff: noqa: E501 - email text is data
"""Round 7d, English with a few German, French, Spanish and Dutch emails: shipment mail and
questions. Shipping notices that also confirm the delivery date against confirmations with
nothing shipped yet, partial dispatches announced before they happen, a shipment that
completes an earlier partial, deliveries split over two trucks on the same day (complete),
questions that carry a date proposal ("could we ship on the 4th instead?"), and mail that
looks like business but changes nothing (invoice copies, certificates, audit visits, price
lists with no change). All eight intents, roughly even. Hand-written and hand-labelled."""

EMAILS = [
dict(v="acme", lang="en", at="2026-11-10 14:20", subj="Shipped: P09200 (kitchen storage)",
     text="""
Hi Mike,

P09200 went out today complete via XPO, PRO 418-2255107. I also got the appointment: delivery at the Savannah consolidator is confirmed for Friday 11/13, 8-10am slot.

Let me know if your forwarder needs the BOL before then.

Thanks!
Jessica

Jessica Moreno
Customer Service Lead | Acme Home Goods Inc.
""", end="Thanks!\nJessica", change="shipping", intent="shipping_notice", po=["P09200"],
     commit=("2026-11-13", "delivery at the Savannah consolidator is confirmed for Friday 11/13"),
     dates=[("2026-11-10", "ship_date", "today"), ("2026-11-13", "confirmed_delivery", "Friday 11/13")],
     track=[("XPO", "418-2255107", "PRO 418-2255107")]),

dict(v="nordic", lang="en", at="2026-10-21 09:30", subj="P09201 dispatch - 2 trucks",
     text="""
Hello Laura,

Because of the volume your order P09201 leaves us today on two trucks, both from Borås this afternoon:

Truck 1 - CMR 55-D7D-1180 - 2,400 bath towels (ART 4410)
Truck 2 - CMR 55-D7D-1181 - 1,200 bath sheets (ART 4412)

That is the complete order. Both trucks are booked at your DC Hamburg for Friday 23 October, truck 1 at 07:00 and truck 2 at 09:30, so please do not be surprised by the second arrival.

Med vänliga hälsningar / Best regards
Anna Berg
Nordic Textiles AB
""", end="Med vänliga hälsningar / Best regards", change="shipping", intent="shipping_notice",
     po=["P09201"],
     commit=("2026-10-23", "Both trucks are booked at your DC Hamburg for Friday 23 October"),
     dates=[("2026-10-21", "ship_date", "today"), ("2026-10-21", "ship_date", "this afternoon"),
            ("2026-10-23", "confirmed_delivery", "Friday 23 October")],
     lines=[("ART 4410", 2400, None, "Truck 1 - CMR 55-D7D-1180 - 2,400 bath towels (ART 4410)", "P09201"),
            ("ART 4412", 1200, None, "Truck 2 - CMR 55-D7D-1181 - 1,200 bath sheets (ART 4412)", "P09201")],
     track=[(None, "55-D7D-1180", "CMR 55-D7D-1180"), (None, "55-D7D-1181", "CMR 55-D7D-1181")]),

dict(v="ningbo", lang="en", at="2026-11-03 17:45", subj="P09202 balance shipment",
     text="""
Dear Sandra,

Good news, the balance of P09202 (1,800 pcs stainless lunch boxes NB-LB-07) is loaded today in container MSKU 7710456, vessel MAERSK SENTOSA 645W. With this the order is complete, the first 3,200 pcs you received already on 26/10.

ETD Ningbo 05/11, ETA Hamburg 08/12.

B/L no. NGBHAM-D7D-2291 will send after sailing.

Best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
Export Dept.
""", end="Best regards\nAmy Chen", change="shipping", intent="shipping_notice", po=["P09202"],
     commit=("2026-12-08", "ETA Hamburg 08/12"),
     dates=[("2026-11-03", "ship_date", "today"), ("2026-10-26", "other", "26/10"),
            ("2026-11-05", "ship_date", "05/11"), ("2026-12-08", "confirmed_delivery", "08/12")],
     lines=[("NB-LB-07", 1800, "pcs", "1,800 pcs stainless lunch boxes NB-LB-07", "P09202")],
     track=[(None, "MSKU 7710456", "container MSKU 7710456"), (None, "NGBHAM-D7D-2291", "B/L no. NGBHAM-D7D-2291")]),

dict(v="hanoi", lang="en", at="2026-10-14 10:05", subj="RE: P09203 seagrass baskets - shipment plan",
     text="""
Dear Ms. Jensen,

Thank you for your patience. For P09203 we can not finish all 2,500 baskets together because the drying of seagrass is slow in rain season. Our plan is like this:

- Lot 1: 1,500 pcs, loading next Tuesday 20/10, ETA Hamburg 24/11
- Lot 2: the remaining 1,000 pcs, loading 10/11, ETA Hamburg 15/12

We will send the booking and container no. when lot 1 is loaded. Please kindly advise if any problem.

Best regards,
Nguyen Thi Lan
Sales Executive - Hanoi Bamboo Crafts JSC

-----Original Message-----
From: Laura Jensen
Sent: Friday, October 9, 2026 3:12 PM
Subject: P09203 seagrass baskets - shipment plan

Dear Lan, the order confirmation said loading 16/10. Is that still OK?
""", end="Best regards,\nNguyen", change="quantity", intent="partial_shipment", po=["P09203"],
     commit=("2026-12-15", "Lot 2: the remaining 1,000 pcs, loading 10/11, ETA Hamburg 15/12"),
     dates=[("2026-10-20", "ship_date", "next Tuesday 20/10"), ("2026-11-24", "confirmed_delivery", "24/11"),
            ("2026-11-10", "ship_date", "10/11"), ("2026-12-15", "new_eta", "15/12")],
     lines=[("seagrass baskets", 1500, "pcs", "Lot 1: 1,500 pcs", "P09203"),
            ("seagrass baskets", 1000, "pcs", "the remaining 1,000 pcs", "P09203")]),

dict(v="brightline", lang="en", at="2026-11-19 16:10", subj="Despatch P09204 - part shipment",
     text="""
Hi Tim,

Part of P09204 has gone out with DPD this afternoon: 480 x BL-USB-C65 chargers and the full 300 x BL-PB10 power banks. Tracking 15505887423D7D, delivery expected Monday.

The remaining 320 x BL-USB-C65 are on backorder - our next delivery from the factory is booked into Coventry for w/c 30/11 and we'll send them on straight away, so realistically with you by 04/12.

Cheers,
Tom

Tom Okafor
Brightline Electronics Ltd
""", end="Cheers,\nTom", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09204"],
     commit=("2026-12-04", "realistically with you by 04/12"),
     dates=[("2026-11-19", "ship_date", "this afternoon"), ("2026-11-23", "confirmed_delivery", "Monday"),
            ("2026-11-30", "other", "w/c 30/11"), ("2026-12-04", "new_eta", "04/12")],
     lines=[("BL-USB-C65", 480, None, "480 x BL-USB-C65 chargers", "P09204"),
            ("BL-PB10", 300, None, "the full 300 x BL-PB10 power banks", "P09204"),
            ("BL-USB-C65", 320, None, "The remaining 320 x BL-USB-C65 are on backorder", "P09204")],
     track=[("DPD", "15505887423D7D", "Tracking 15505887423D7D")]),

dict(v="mapleleaf", lang="en", at="2026-11-02 11:40", subj="P09205 on the road",
     text="""
Hey Mike - quick one. The trailer with P09205 (camp chairs + coolers, all 14 skids) left our Barrie yard this morning. Day & Ross gives a delivery window at the Montreal terminal between 11/05 and 11/06, the carrier will call 24h ahead.

Pro # DR-88241907

Josh
""", end=None, change="shipping", intent="shipping_notice", po=["P09205"],
     commit=("2026-11-06", "delivery window at the Montreal terminal between 11/05 and 11/06"),
     dates=[("2026-11-02", "ship_date", "this morning"), ("2026-11-05", "range_start", "11/05"),
            ("2026-11-06", "range_end", "11/06")],
     track=[("Day & Ross", "DR-88241907", "Pro # DR-88241907")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-30 13:55", subj="ASN for PO P09206",
     text="""
Hello Laura,

Please find below the ASN for P09206. Everything shipped as ordered.

Tanya

--- attachment: ASN_EPP-D7D-40715.pdf ---
EVERGREEN PAPER PRODUCTS INC. - ADVANCE SHIP NOTICE
ASN #: EPP-D7D-40715        Customer PO: P09206
Ship date: 11/30/2026       Carrier: FedEx Freight
Tracking: 7781 0042 3365
Est. delivery: 12/03/2026

ITEM        DESCRIPTION                 QTY ORD   QTY SHIP
EP-NAP-40   Dinner napkins 40ct         1,200     1,200
EP-PLT-9    Compostable plates 9in        900       900
""", end="Tanya", change="shipping", intent="shipping_notice", po=["P09206"], vref=["EPP-D7D-40715"],
     commit=("2026-12-03", "Est. delivery: 12/03/2026"),
     dates=[("2026-11-30", "ship_date", "11/30/2026"), ("2026-12-03", "confirmed_delivery", "12/03/2026")],
     lines=[("EP-NAP-40", 1200, None, "EP-NAP-40   Dinner napkins 40ct         1,200     1,200", "P09206"),
            ("EP-PLT-9", 900, None, "EP-PLT-9    Compostable plates 9in        900       900", "P09206")],
     track=[("FedEx Freight", "7781 0042 3365", "Tracking: 7781 0042 3365")]),

dict(v="lakeside", lang="en", at="2026-12-01 09:15", subj="P09207 - shipping Thursday, short 160 cs",
     text="""
Sandra,

Heads up before it goes: we'll ship 640 of the 800 cases on P09207 this Thursday. The other 160 cases of the grain-free kibble (LPF-GF-12) we can't make - the bag film supplier let us down and we won't be running that SKU again this year. So please treat those 160 as short-shipped, no backorder. You'll only be invoiced for what ships.

Sorry about that,
Amber

Amber Nielsen
Lakeside Pet Foods Inc. | Inside Sales
""", end="Sorry about that,", change="quantity", intent="partial_shipment", po=["P09207"],
     dates=[("2026-12-03", "ship_date", "this Thursday")],
     lines=[("LPF-GF-12", 640, "cases", "640 of the 800 cases", "P09207"),
            ("LPF-GF-12", 160, "cases", "The other 160 cases", "P09207")]),

dict(v="mueller", lang="de", at="2026-11-16 08:50", subj="Avis P09208 - Lieferung auf 2 LKW",
     text="""
Guten Morgen Frau Klein,

Ihre Bestellung P09208 ist heute früh komplett verladen worden. Wegen der Menge fahren wir mit zwei LKW (Spedition Dachser, Sendungen 2026-D7D-0311 und 2026-D7D-0312). Beide Fahrzeuge sind für morgen, 17.11., im Zeitfenster 7-11 Uhr bei Ihnen im Lager Hamburg-Billbrook avisiert.

Der zweite LKW hat nur die 40 Häcksler, bitte nicht als Teillieferung buchen - es ist alles unterwegs.

Mit freundlichen Grüßen
Claudia Schmitt
Müller Gartentechnik GmbH & Co. KG
Innendienst
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P09208"],
     commit=("2026-11-17", "Beide Fahrzeuge sind für morgen, 17.11., im Zeitfenster 7-11 Uhr bei Ihnen"),
     dates=[("2026-11-16", "ship_date", "heute früh"), ("2026-11-17", "confirmed_delivery", "morgen"),
            ("2026-11-17", "confirmed_delivery", "17.11.")],
     lines=[("Häcksler", 40, None, "die 40 Häcksler", "P09208")],
     track=[("Dachser", "2026-D7D-0311", "2026-D7D-0311"), ("Dachser", "2026-D7D-0312", "2026-D7D-0312")]),

dict(v="savonnerie", lang="fr", at="2026-11-12 15:30", subj="Expédition partielle commande P09209",
     text="""
Bonjour Madame Jensen,

Nous avons expédié ce jour une première partie de votre commande P09209 : 1 200 savons lavande 100 g sur les 2 000 commandés. Transporteur Geodis, n° de récépissé GD-D7D-774120.

Le solde de 800 savons suivra en semaine 48, dès que les étuis imprimés seront livrés par notre cartonnier.

Bien cordialement,
Camille Girard
Savonnerie de Provence
""", end="Bien cordialement,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09209"], commit=("2026-11-23", "Le solde de 800 savons suivra en semaine 48"),
     dates=[("2026-11-12", "ship_date", "ce jour"), ("2026-11-23", "new_eta", "semaine 48")],
     lines=[("savons lavande 100 g", 1200, None, "1 200 savons lavande 100 g", "P09209"),
            ("savons lavande 100 g", 800, None, "Le solde de 800 savons", "P09209")],
     track=[("Geodis", "GD-D7D-774120", "n° de récépissé GD-D7D-774120")]),

dict(v="levante", lang="es", at="2026-10-05 12:15", subj="Pedido P09210 - salida de mercancía",
     text="""
Hola Tim,

Te confirmo que el pedido P09210 ha salido hoy completo de nuestro almacén de Ontinyent con Transportes Dávila. La entrega en vuestro almacén de Hamburgo está prevista para el jueves 8 de octubre por la mañana.

Número de expedición: TD-D7D-55019

Un saludo,
Lucía Martínez
Dpto. Exportación - Textil Levante S.A.
""", end="Un saludo,", change="shipping", intent="shipping_notice", po=["P09210"],
     commit=("2026-10-08", "La entrega en vuestro almacén de Hamburgo está prevista para el jueves 8 de octubre"),
     dates=[("2026-10-05", "ship_date", "hoy"), ("2026-10-08", "confirmed_delivery", "jueves 8 de octubre")],
     track=[("Transportes Dávila", "TD-D7D-55019", "Número de expedición: TD-D7D-55019")]),

dict(v="vanderberg", c=1, lang="nl", at="2026-10-28 11:20", subj="P09211 plantenbakken - deellevering",
     text="""
Hallo Laura,

Over P09211: we kunnen volgende week dinsdag 600 van de 900 plantenbakken (VDB-PB-50 antraciet) leveren. De overige 300 stuks komen in week 46, de spuitgietmatrijs is in onderhoud.

Laat maar weten als jullie liever alles in één keer willen, dan schuiven we het geheel door naar week 46.

Met vriendelijke groet,
Sanne de Jong
Van der Berg Tuinartikelen B.V.
""", end="Met vriendelijke groet,", change="quantity", intent="partial_shipment", sec=["question"],
     po=["P09211"], commit=("2026-11-09", "De overige 300 stuks komen in week 46"),
     dates=[("2026-11-03", "confirmed_delivery", "volgende week dinsdag"), ("2026-11-09", "new_eta", ("week 46", 0)),
            ("2026-11-09", "other", ("week 46", 1))],
     lines=[("VDB-PB-50", 600, None, "600 van de 900 plantenbakken", "P09211"),
            ("VDB-PB-50", 300, "stuks", "De overige 300 stuks", "P09211")]),

dict(v="kiwiwool", lang="en", at="2026-09-14 10:00", subj="P09212 wool throws - sailed",
     text="""
Kia ora Sandra,

Your throws on P09212 (all 1,100) sailed Saturday out of Tauranga on the ANL Wangaratta, container TCLU 4419023. Our forwarder has the ETA Hamburg as 27 October - I'll let you know if transhipment in Singapore shifts that.

Ngā mihi,
Hemi

Hemi Walker | Export Coordinator | Kiwi Wool Co Ltd
""", end="Ngā mihi,", change="shipping", intent="shipping_notice", po=["P09212"],
     commit=("2026-10-27", "ETA Hamburg as 27 October"),
     dates=[("2026-09-12", "ship_date", "Saturday"), ("2026-10-27", "confirmed_delivery", "27 October")],
     lines=[("wool throws", 1100, None, "all 1,100", "P09212")],
     track=[("ANL", "TCLU 4419023", "container TCLU 4419023")]),

dict(v="taipei", lang="en", at="2026-11-05 18:20", subj="P09213 partial air shipment + sea balance",
     text="""
Dear Tim,

As discussed, to support your promotion we air-freighted 2,000 pcs of the 5,000 TC-CB-2M braided cables today, AWB 695-4471 2038, arrive FRA 07/11.

The balance 3,000 pcs will go by sea: ETD Kaohsiung 12/11, ETA Hamburg 18/12. Air freight cost is on our side as agreed.

Best regards,
Vivian Lin
Taipei Cable & Charger Corp.
""", end="Best regards,\nVivian", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09213"], commit=("2026-12-18", "ETA Hamburg 18/12"),
     dates=[("2026-11-05", "ship_date", "today"), ("2026-11-07", "confirmed_delivery", "07/11"),
            ("2026-11-12", "ship_date", "12/11"), ("2026-12-18", "new_eta", "18/12")],
     lines=[("TC-CB-2M", 2000, "pcs", "2,000 pcs of the 5,000 TC-CB-2M braided cables", "P09213"),
            ("TC-CB-2M", 3000, "pcs", "The balance 3,000 pcs", "P09213")],
     track=[(None, "695-4471 2038", "AWB 695-4471 2038")]),

dict(v="cleanco", c=1, lang="en", at="2026-12-07 12:05", subj="P09214 collected",
     text="""
Good afternoon,

Your 6 pallets on order P09214 were collected by Palletways at 11:20 this morning. Consignment no. PW-D7D-908812. Delivery into your Hamburg warehouse is booked for Thursday 10th.

Kind regards
CleanCo Order Desk
Tel 0161 555 0192
""", end="Kind regards\nCleanCo", change="shipping", intent="shipping_notice", po=["P09214"],
     commit=("2026-12-10", "Delivery into your Hamburg warehouse is booked for Thursday 10th"),
     dates=[("2026-12-07", "ship_date", "this morning"), ("2026-12-10", "confirmed_delivery", "Thursday 10th")],
     track=[("Palletways", "PW-D7D-908812", "Consignment no. PW-D7D-908812")]),

dict(v="siam", lang="en", at="2026-11-25 14:30", subj="P09215 final lot shipped - order complete",
     text="""
Dear Mike,

Please note the last 120 teak side tables (ST-45) for P09215 were loaded today, container SEGU 6023318. This completes the order together with the 380 pcs shipped on 28 October.

Vessel ETD Laem Chabang 27/11, ETA Hamburg 04/01/2027.

Best regards,
Somchai
""", end="Best regards,\nSomchai", change="shipping", intent="shipping_notice", po=["P09215"],
     commit=("2027-01-04", "ETA Hamburg 04/01/2027"),
     dates=[("2026-11-25", "ship_date", "today"), ("2026-10-28", "other", "28 October"),
            ("2026-11-27", "ship_date", "27/11"), ("2027-01-04", "confirmed_delivery", "04/01/2027")],
     lines=[("ST-45", 120, None, "the last 120 teak side tables (ST-45)", "P09215")],
     track=[(None, "SEGU 6023318", "container SEGU 6023318")]),

dict(v="greenthumb", lang="en", at="2026-10-13 10:25", subj="RE: P09216 ship date?",
     text="""
Mike -

Nothing's left yet, but we're good: P09216 is scheduled to ship 10/19 and delivers 10/22 at your Savannah forwarder, same as on the PO. All 36 pallets of potting mix are made and wrapped.

-Randy

Randy Holt
Green Thumb Garden Supply LLC
(312) 555-0148

> On Mon, Oct 12, 2026 at 4:02 PM Mike Osei wrote:
> Randy, has P09216 shipped? Your portal still says 10/15 for pick-up.
""", end="-Randy", change="none", intent="confirmation", po=["P09216"],
     commit=("2026-10-22", "delivers 10/22 at your Savannah forwarder"),
     dates=[("2026-10-19", "ship_date", "10/19"), ("2026-10-22", "confirmed_delivery", "10/22")],
     lines=[("potting mix", 36, "pallets", "All 36 pallets of potting mix", "P09216")]),

dict(v="seoul", lang="en", at="2026-09-08 15:10", subj="Order Acknowledgement P09217",
     text="""
Dear Laura,

Thank you for your order. Attached our order acknowledgement, all items confirmed as your PO. Production start next week, nothing is shipped yet of course.

Regards,
Ji-ho Park
Overseas Sales Team | Seoul Kitchenware Co., Ltd.

--- attachment: OA_SKW-D7D-2611.pdf ---
ORDER ACKNOWLEDGEMENT No. SKW-D7D-2611
Customer PO: P09217    Date: 2026.09.08
Terms: FOB Busan

Item         Description              Qty      Unit price
SK-WOK-30    Carbon steel wok 30cm    1,000    USD 7.40
SK-PAN-24    Ceramic fry pan 24cm     1,500    USD 5.90

ETD Busan: 2026.10.16
ETA Hamburg: 2026.11.23
""", end="Regards,\nJi-ho", change="none", intent="confirmation", po=["P09217"], vref=["SKW-D7D-2611"],
     commit=("2026-11-23", "ETA Hamburg: 2026.11.23"),
     dates=[("2026-09-14", "other", "next week"), ("2026-09-08", "other", "2026.09.08"), ("2026-10-16", "ship_date", "2026.10.16"),
            ("2026-11-23", "confirmed_delivery", "2026.11.23")],
     lines=[("SK-WOK-30", 1000, None, "SK-WOK-30    Carbon steel wok 30cm    1,000    USD 7.40", "P09217"),
            ("SK-PAN-24", 1500, None, "SK-PAN-24    Ceramic fry pan 24cm     1,500    USD 5.90", "P09217")]),

dict(v="sunshine", c=1, lang="en", at="2026-10-02 09:40", subj="P09218 booking confirmed",
     text="""
Morning Tim

Just to confirm on P09218 (1,920 cartons easy-peelers): booking is confirmed with MSC, we load next week Wednesday at Durban and the vessel ETA Rotterdam is 2 November, FOB as per your order. Fruit is still on the trees for another few days so no shipping docs yet - I'll send those once we sail.

Regards
Annelie van Wyk
Sunshine Citrus Exports (Pty) Ltd
""", end="Regards\nAnnelie", change="none", intent="confirmation", po=["P09218"],
     commit=("2026-11-02", "the vessel ETA Rotterdam is 2 November"),
     dates=[("2026-10-07", "ship_date", "next week Wednesday"), ("2026-11-02", "confirmed_delivery", "2 November")],
     lines=[("easy-peelers", 1920, "cartons", "1,920 cartons easy-peelers", "P09218")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-24 11:05", subj="RE: P09219 - one drop or two?",
     text="""
Hi Sandra,

Yes - confirmed. P09219 will come to you on Tuesday 1st December as ordered, it just won't fit on one trailer so you'll get two vehicles that day, one in the morning and one after lunch. All 2,880 cases, nothing held back. The loads go out from Dublin Port on the Friday before.

Thanks a million,
Siobhan

Siobhan Murphy | Dublin Biscuit Company
""", end="Thanks a million,", change="none", intent="confirmation", po=["P09219"],
     commit=("2026-12-01", "P09219 will come to you on Tuesday 1st December as ordered"),
     dates=[("2026-12-01", "confirmed_delivery", "Tuesday 1st December"), ("2026-11-27", "ship_date", "the Friday before")],
     lines=[("biscuits", 2880, "cases", "All 2,880 cases", "P09219")]),

dict(v="milano", lang="en", at="2026-10-06 16:35", subj="Conferma d'ordine / order confirmation P09220",
     text="""
Dear Sandra,

in attachment our confirmation for P09220. Quantities and prices are as your order, delivery KW 47 franco Hamburg.

Kind regards / Cordiali saluti
Giulia Rossi
Milano Casa S.r.l.

--- attachment: Conferma_MC-D7D-0917.pdf ---
CONFERMA D'ORDINE N. MC-D7D-0917 del 06/10/2026
Vs. ordine: P09220

Cod.        Descrizione              Q.tà   Prezzo
MC-VS-22    Vaso vetro 22 cm         600    EUR 8,20
MC-CND-3    Portacandela ottone      450    EUR 11,50

Consegna: settimana 47/2026
""", end="Kind regards / Cordiali saluti", change="none", intent="confirmation", po=["P09220"],
     vref=["MC-D7D-0917"], commit=("2026-11-16", "delivery KW 47 franco Hamburg"),
     dates=[("2026-11-16", "confirmed_delivery", "KW 47"), ("2026-10-06", "other", "06/10/2026"), ("2026-11-16", "confirmed_delivery", "settimana 47/2026")],
     lines=[("MC-VS-22", 600, None, "MC-VS-22    Vaso vetro 22 cm         600    EUR 8,20", "P09220"),
            ("MC-CND-3", 450, None, "MC-CND-3    Portacandela ottone      450    EUR 11,50", "P09220")]),

dict(v="lyonnais", lang="fr", at="2026-11-04 10:50", subj="Confirmation commande P09221",
     text="""
Bonjour Monsieur Brandt,

Nous accusons réception de votre commande P09221 et vous la confirmons sans modification : 800 nappes lin et 1 600 serviettes assorties, livraison le jeudi 3 décembre à votre entrepôt de Hambourg.

La marchandise n'est pas encore partie, nous vous enverrons l'avis d'expédition avec le numéro de suivi.

Cordialement,
Isabelle Martin
Textiles Lyonnais SA - ADV
""", end="Cordialement,", change="none", intent="confirmation", po=["P09221"],
     commit=("2026-12-03", "livraison le jeudi 3 décembre"),
     dates=[("2026-12-03", "confirmed_delivery", "jeudi 3 décembre")],
     lines=[("nappes lin", 800, None, "800 nappes lin", "P09221"),
            ("serviettes assorties", 1600, None, "1 600 serviettes assorties", "P09221")]),

dict(v="anatolia", lang="en", at="2026-10-26 13:00", subj="Re: P09222 status",
     text="""
Dear Laura Hanım,

Your order P09222 is on the weaving looms now, we are on time. We confirm the delivery 20 November to Hamburg as in our confirmation from last month. Truck will leave Denizli around 12 November, we inform you with the CMR when it is loaded.

Best regards
Mehmet Yilmaz
Anatolia Textiles A.S.

On 23.10.2026 09:41, Laura Jensen wrote:
> Dear Mehmet, our season starts 23.11. Can you tell me if P09222 is still on time?
> We also have P09223 with you for January, no need to answer for that one now.
""", end="Best regards\nMehmet", change="none", intent="confirmation", po=["P09222", "P09223"],
     commit=("2026-11-20", "We confirm the delivery 20 November to Hamburg"),
     dates=[("2026-11-20", "confirmed_delivery", "20 November"), ("2026-11-12", "ship_date", "12 November")]),

dict(v="polska", lang="en", at="2026-09-22 08:15", subj="P09224 - your question about dispatch",
     text="""
Dear Mike,

No, we did not ship yet, sorry for the confusion - the email you got on Friday was our automatic production report. The dispatch stays as confirmed: loading 1.10, delivery Hamburg 5.10. All 3.600 mugs are glazed and in the packing.

Best regards
Katarzyna Nowak
Polska Ceramika Sp. z o.o.
""", end="Best regards\nKatarzyna", change="none", intent="confirmation", po=["P09224"],
     commit=("2026-10-05", "delivery Hamburg 5.10"),
     dates=[("2026-09-18", "other", "Friday"), ("2026-10-01", "ship_date", "1.10"),
            ("2026-10-05", "confirmed_delivery", "5.10")],
     lines=[("mugs", 3600, None, "All 3.600 mugs", "P09224")]),

dict(v="pacific", lang="en", at="2026-11-12 15:45", subj="RE: P09225 shipping confirmation",
     text="""
Hi Laura,

Sorry, I have to walk back the shipping confirmation - our roaster went down Tuesday and P09225 won't ship Monday. New plan: ships 11/18, delivered to your LA forwarder 11/20 instead of 11/16. Beans are green-stored so quality isn't affected.

Lena

Lena Park | Pacific Coast Coffee Roasters

-----Original Message-----
From: Lena Park
Sent: Friday, November 6, 2026 9:12 AM
Subject: P09225 shipping confirmation

Laura, P09225 ships Monday 11/16 via Estes.
""", end="Lena\n\nLena Park", change="date", intent="delay", po=["P09225"],
     commit=("2026-11-20", "delivered to your LA forwarder 11/20 instead of 11/16"),
     dates=[("2026-11-10", "other", "Tuesday"), ("2026-11-16", "other", ("Monday", 0)),
            ("2026-11-18", "ship_date", "11/18"), ("2026-11-20", "new_eta", "11/20"),
            ("2026-11-16", "other", ("11/16", 0))]),

dict(v="voltix", lang="en", at="2026-11-20 19:10", subj="P09226 shipped",
     text="""
Dear Tim,

P09226 is shipped today by sea, container no. CSNU 6620931, B/L SZXHAM-D7D-118. Sorry it is later than plan, the LED driver IC was short 2 weeks. ETA Hamburg now 28/12, before it was 30/11.

Any question pls contact me.

Best regards
Kevin Liu
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards\nKevin", change="date", intent="delay", sec=["shipping_notice"], po=["P09226"],
     commit=("2026-12-28", "ETA Hamburg now 28/12"),
     dates=[("2026-11-20", "ship_date", "today"), ("2026-12-28", "new_eta", "28/12"), ("2026-11-30", "other", "30/11")],
     track=[(None, "CSNU 6620931", "container no. CSNU 6620931"), (None, "SZXHAM-D7D-118", "B/L SZXHAM-D7D-118")]),

dict(v="delhicotton", lang="en", at="2026-10-19 12:30", subj="P09227 delay - dyeing",
     text="""
Dear Sandra ji,

We are very sorry to inform that P09227 kitchen towels will not be ready as per schedule. The dyeing house is closed by pollution board order since 15/10 and there is no reopening date given yet. We can not commit new date until they reopen, we will update you every week.

Kindly bear with us.

Thanks & Regards
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards", change="date", intent="delay", po=["P09227"],
     dates=[("2026-10-15", "other", "15/10")]),

dict(v="aussie", c=1, lang="en", at="2026-11-09 10:20", subj="P09228 - pushed back",
     text="""
Hi Mike,

Bad news on P09228, sorry. The swags and the 2-person tents were meant to leave Sydney this Friday but the container got rolled to the next sailing, ETD 27/11. That puts Hamburg at 11/01/2027 instead of 22/12.

Chloe

Chloe Nguyen
Aussie Outdoor Gear Pty Ltd
""", end="Chloe\n\nChloe", change="date", intent="delay", po=["P09228"],
     commit=("2027-01-11", "That puts Hamburg at 11/01/2027"),
     dates=[("2026-11-13", "other", "this Friday"), ("2026-11-27", "ship_date", "27/11"),
            ("2027-01-11", "new_eta", "11/01/2027"), ("2026-12-22", "other", "22/12")]),

dict(v="baltic", lang="en", at="2026-11-17 09:05", subj="P09229 - honey delayed, rest on time",
     text="""
Dear Laura,

For P09229: the buckwheat honey (BA-HON-500, 1,200 jars) is delayed, the new jars from our glass supplier come late, we can deliver it on 8 December. The rest of the order (smoked cheese and rye crackers) comes as confirmed on 26 November.

Do you want the honey separately or everything together on 8 December? Separate is no extra cost.

Best regards
Tomas Kazlauskas
Baltic Amber Foods UAB
""", end="Best regards\nTomas", change="date", intent="delay", sec=["question"], po=["P09229"],
     commit=("2026-12-08", "we can deliver it on 8 December"),
     dates=[("2026-12-08", "new_eta", ("8 December", 0)), ("2026-11-26", "confirmed_delivery", "26 November"),
            ("2026-12-08", "other", ("8 December", 1))],
     lines=[("BA-HON-500", 1200, None, "BA-HON-500, 1,200 jars", "P09229")]),

dict(v="schwarzwald", lang="de", at="2026-10-27 14:40", subj="AW: Liefertermin P09230",
     text="""
Hallo Herr Osei,

leider muss ich den Termin für P09230 verschieben. Die Beschichtungsanlage für die Bratpfannen ist seit letzter Woche defekt, das Ersatzteil kommt erst KW 46. Neuer Liefertermin ist KW 48 statt KW 45.

Viele Grüße
Markus Weber
Schwarzwald Haushaltswaren GmbH
""", end="Viele Grüße", change="date", intent="delay", po=["P09230"],
     commit=("2026-11-23", "Neuer Liefertermin ist KW 48"),
     dates=[("2026-10-19", "other", "letzter Woche"), ("2026-11-09", "other", "KW 46"),
            ("2026-11-23", "new_eta", "KW 48"), ("2026-11-02", "other", "KW 45")]),

dict(v="highland", lang="en", at="2026-12-02 16:50", subj="P09231 - second van",
     text="""
Hi Tim,

The first van with P09231 is on its way and still lands with you tomorrow as planned. I'm afraid the second van - the 1,400 gift tins - won't make it the same day: the tin printer missed our slot. It'll now be with you on Tuesday 8th.

Sorry, I know you wanted it all in one go.

Fiona

Fiona MacLeod
Highland Candle Works Ltd
""", end="Fiona\n\nFiona", change="date", intent="delay", po=["P09231"],
     commit=("2026-12-08", "It'll now be with you on Tuesday 8th"),
     dates=[("2026-12-03", "confirmed_delivery", "tomorrow"), ("2026-12-08", "new_eta", "Tuesday 8th")],
     lines=[("gift tins", 1400, None, "the 1,400 gift tins", "P09231")]),

dict(v="keystone", lang="en", at="2026-11-23 10:35", subj="P09232 backorder - revised",
     text="""
Hi Mike,

Update on the backordered part of P09232 (220 x KH-DO-5 dutch ovens): our container from the foundry slipped, so the ship date moves from 11/25 to 12/09 and delivery to your consolidator to 12/11. The 400 pcs already delivered in October are not affected.

Thanks,
Rachel

Rachel Dunn | Customer Account Manager
Keystone Housewares Distribution Inc.
""", end="Thanks,\nRachel", change="date", intent="delay", po=["P09232"],
     commit=("2026-12-11", "delivery to your consolidator to 12/11"),
     dates=[("2026-11-25", "other", "11/25"), ("2026-12-09", "ship_date", "12/09"),
            ("2026-12-11", "new_eta", "12/11"), ("2026-10-01", "other", "in October")],
     lines=[("KH-DO-5", 220, None, "220 x KH-DO-5 dutch ovens", "P09232")]),

dict(v="oakridge", lang="en", at="2026-10-08 13:15", subj="P09233 - line 3 cancelled",
     text="""
Hi Laura,

Sorry to do this: we have to cancel line 3 on P09233, the 60 walnut bar stools (OF-BS-WAL). The walnut veneer lot failed our finish test and the model is being discontinued. Lines 1 and 2 (dining tables and benches) are unaffected and still ship 10/20 as confirmed.

Updated confirmation to follow.

Travis Lund
Oakridge Furniture Co.
""", end="Travis Lund\nOakridge", change="cancel", intent="cancellation", po=["P09233"],
     dates=[("2026-10-20", "ship_date", "10/20")],
     lines=[("OF-BS-WAL", 60, None, "the 60 walnut bar stools (OF-BS-WAL)", "P09233")]),

dict(v="jaipur", lang="en", at="2026-11-11 17:25", subj="RE: Cancel P09234",
     text="""
Dear Sandra,

Noted with thanks. As requested we have cancelled your order P09234 (block printed cushion covers) in full, nothing was cut yet so no charges. Our cancellation reference is JBP-CXL-D7D-061.

Hope we can work together on the spring collection.

Warm regards,
Anil Mehta
Jaipur Block Prints Pvt Ltd

On Tue, 10 Nov 2026 at 14:30, Sandra Klein wrote:
> Dear Anil, due to the range review we need to cancel P09234 completely. The 12/01 delivery is no longer needed.
""", end="Warm regards,", change="cancel", intent="cancellation", po=["P09234"], vref=["JBP-CXL-D7D-061"]),

dict(v="iberica", lang="es", at="2026-09-29 11:45", subj="Anulación pedido P09235",
     text="""
Estimado Mike:

Lamentamos comunicarle que tenemos que anular el pedido P09235 (macetas de terracota 30 cm). Nuestro horno principal ha quedado fuera de servicio y no podremos fabricar antes de finales de año, por lo que preferimos cancelar a dejarle sin mercancía sin fecha.

Si le interesa, en enero podemos ofrecerle el mismo artículo con nuevo plazo.

Atentamente,
Sergio Navarro
Jardinería Ibérica S.L.
""", end="Atentamente,", change="cancel", intent="cancellation", po=["P09235"],
     dates=[("2026-12-31", "other", "finales de año"), ("2027-01-01", "other", "en enero")]),

dict(v="penang", c=1, lang="en", at="2026-10-30 15:00", subj="P09236 - pending deposit",
     text="""
Dear Laura,

Refer to P09236 (anti-fatigue mats), we still not receive the 30% deposit which was due 15/10. Our management decided if deposit not received by 6/11 we will cancel the order and release the production slot to other customer.

Please kindly check with your accounts dept.

Thank you
Nurul Aziz
Penang Rubberware Sdn Bhd
""", end="Thank you\nNurul", change="cancel", intent="cancellation", po=["P09236"],
     dates=[("2026-10-15", "other", "15/10"), ("2026-11-06", "other", "6/11")]),

dict(v="siam", c=1, lang="en", at="2026-12-04 10:10", subj="P09237 balance - cancel",
     text="""
Dear Mike,

About the balance of P09237: you received 200 rattan lounge chairs in November. The remaining 150 pcs we must cancel, the rattan supplier cannot give the same grade anymore and we do not want to send mixed colour. We will issue credit note for the deposit of this 150 pcs.

Sorry for this.

Best regards,
Pimchanok Srisuk
Siam Rattan & Teak Co., Ltd.
""", end="Sorry for this.", change="cancel", intent="cancellation", po=["P09237"],
     dates=[("2026-11-01", "other", "in November")],
     lines=[("rattan lounge chairs", 150, "pcs", "The remaining 150 pcs we must cancel", "P09237")]),

dict(v="cascadia", lang="en", at="2026-09-16 08:30", subj="P09238 cancellation",
     text="""
Laura,

I'm sorry to tell you the mill fire last weekend took out our drying kilns, and we won't be able to fill P09238 (cedar planter boxes) this year at all. We're cancelling the order effective today. No deposit was taken, so there's nothing to refund.

We'll reach out once we're back up.

Brent

Brent Halvorsen
Cascadia Cedar Goods Inc.
""", end="Brent\n\nBrent", change="cancel", intent="cancellation", po=["P09238"],
     dates=[("2026-09-16", "other", "today")]),

dict(v="galway", lang="en", at="2026-11-26 12:20", subj="RE: P09239 - drop the scarves",
     text="""
Hi Tim,

All done - the 250 cable-knit scarves (GK-SC-01) are off P09239 as you asked. The aran jumpers and the beanies stay as they are, with you on 10 December.

Orla

Orla Keane | Galway Knitwear

From: Tim Brandt
Sent: 25 November 2026 16:02
Subject: P09239 - drop the scarves

Orla, please cancel the scarves on P09239, keep the rest.
""", end="Orla\n\nOrla", change="cancel", intent="cancellation", sec=["confirmation"], po=["P09239"],
     commit=("2026-12-10", "with you on 10 December"),
     dates=[("2026-12-10", "confirmed_delivery", "10 December")],
     lines=[("GK-SC-01", 250, None, "the 250 cable-knit scarves (GK-SC-01)", "P09239")]),

dict(v="porto", lang="en", at="2026-10-20 09:55", subj="P09240 second delivery",
     text="""
Dear Sandra,

Following our call this morning, we confirm the second delivery of P09240 (the 900 bath mats planned for 24 November) is cancelled. The first delivery of towels stays for 3 November, unchanged.

Kind regards,
Inês Carvalho
Têxteis do Porto Lda
""", end="Kind regards,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P09240"],
     commit=("2026-11-03", "The first delivery of towels stays for 3 November"),
     dates=[("2026-10-20", "other", "this morning"), ("2026-11-24", "other", "24 November"),
            ("2026-11-03", "confirmed_delivery", "3 November")],
     lines=[("bath mats", 900, None, "the 900 bath mats", "P09240")]),

dict(v="lisbon", lang="en", at="2026-11-02 10:30", subj="Price update 2027",
     text="""
Dear Laura,

Due to the higher price of cork bark after this year's harvest, our prices will increase by 6% on all products from 1 January 2027. Orders placed before that date are delivered at current prices.

The new price list is attached.

Best regards,
Ana Ferreira
Lisbon Cork Products Lda
""", end="Best regards,\nAna", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1 January 2027")],
     prices=[dict(product=None, pct=6.0, cur=None, eff="2027-01-01", quote="our prices will increase by 6% on all products from 1 January 2027")]),

dict(v="evergreen", lang="en", at="2026-10-14 14:05", subj="Pulp surcharge - open orders",
     text="""
Laura,

I have to pass on a pulp surcharge of $0.12 per case on your open order P09241 (2,400 cs paper towels). Pulp is up 18% since summer and we can't hold it. The ship date of 10/28 is unchanged.

Regards,
Bill Sutherland
Evergreen Paper Products Inc.
""", end="Regards,\nBill", change="price", intent="price_change", po=["P09241"],
     dates=[("2026-10-28", "ship_date", "10/28")],
     prices=[dict(product="paper towels", new=0.12, cur="USD", quote="pulp surcharge of $0.12 per case")]),

dict(v="izmir", lang="en", at="2026-11-23 11:40", subj="New price list valid 01.12.2026",
     text="""
Dear Tim,

Please find our new price list, valid from 01.12.2026. Two items change, all other prices stay the same:

Item         old EUR   new EUR
IC-TG-6      3.10      3.35
IC-CAR-1L    4.80      5.05

Best regards
Burak Aydin
Izmir Cam Ev Gerecleri A.S.
""", end="Best regards\nBurak", change="price", intent="price_change",
     dates=[("2026-12-01", "price_effective", "01.12.2026")],
     prices=[dict(product="IC-TG-6", old=3.10, new=3.35, cur="EUR", eff="2026-12-01", quote="IC-TG-6      3.10      3.35"),
             dict(product="IC-CAR-1L", old=4.80, new=5.05, cur="EUR", eff="2026-12-01", quote="IC-CAR-1L    4.80      5.05")]),

dict(v="binhduong", lang="en", at="2026-10-09 16:20", subj="P09242 - discount offer",
     text="""
Dear Mike,

For P09242 we can give 3% discount on the total amount because two of our containers are combined and freight is cheaper. The revised proforma will show it. Shipment date no change.

Best regards,
Le Thi Huong
Binh Duong Furniture Export JSC
""", end="Best regards,\nLe", change="price", intent="price_change", po=["P09242"],
     prices=[dict(product=None, pct=-3.0, cur=None, quote="3% discount on the total amount")]),

dict(v="pennine", c=1, lang="en", at="2026-10-23 09:10", subj="Delivery charge from 2 November",
     text="""
Dear Customer,

From Monday 2 November a fuel and toll surcharge of £45.00 per pallet delivery to mainland Europe will be added to all invoices. Goods prices are unchanged.

Regards
Order Office
Pennine Stoneware Ltd
""", end="Regards\nOrder Office", change="price", intent="price_change",
     dates=[("2026-11-02", "price_effective", "Monday 2 November")],
     prices=[dict(product=None, new=45.00, cur="GBP", eff="2026-11-02", quote="fuel and toll surcharge of £45.00 per pallet delivery")]),

dict(v="cebu", lang="en", at="2026-11-05 13:35", subj="P09243 price adjustment",
     text="""
Hi Laura,

Sorry to bring this up on an open order. The rattan pole price went up a lot after the typhoon, so for P09243 we need to adjust:

CR-HB-L hanging basket large  USD 9.80 -> USD 10.60
CR-HB-S hanging basket small  USD 6.40 -> USD 6.90

Delivery stays 7 December. Please confirm you accept so we can continue.

Thanks,
Maricel Dela Cruz
Cebu Rattan Artisans Inc.
""", end="Thanks,\nMaricel", change="price", intent="price_change", sec=["question"], po=["P09243"],
     commit=("2026-12-07", "Delivery stays 7 December"),
     dates=[("2026-12-07", "confirmed_delivery", "7 December")],
     prices=[dict(product="CR-HB-L", old=9.80, new=10.60, cur="USD", quote="CR-HB-L hanging basket large  USD 9.80 -> USD 10.60"),
             dict(product="CR-HB-S", old=6.40, new=6.90, cur="USD", quote="CR-HB-S hanging basket small  USD 6.40 -> USD 6.90")]),

dict(v="alexandria", lang="en", at="2026-09-24 12:00", subj="Cotton price increase",
     text="""
Dear Sandra,

With regret we must inform you that Egyptian cotton yarn cost has risen again. From your next order our prices are 4.5% higher on all towels and bathrobes. The open order P09244 is kept at the old prices.

Best regards,
Ahmed Mansour
Alexandria Cotton Home Co.
""", end="Best regards,\nAhmed", change="price", intent="price_change", po=["P09244"],
     prices=[dict(product=None, pct=4.5, cur=None, quote="From your next order our prices are 4.5% higher on all towels and bathrobes")]),

dict(v="luzern", lang="en", at="2026-12-03 15:25", subj="Prices 2027",
     text="""
Dear Mr Brandt,

As of 1 January 2027 the price of our pillar candles 7x15 (LK-PC-715) goes from CHF 4.20 to CHF 4.45 per piece because of the higher stearin cost. All other articles unchanged.

Kind regards
Beat Zimmermann
Luzerner Kerzen AG
""", end="Kind regards\nBeat", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1 January 2027")],
     prices=[dict(product="LK-PC-715", old=4.20, new=4.45, cur="CHF", eff="2027-01-01", quote="goes from CHF 4.20 to CHF 4.45 per piece")]),

dict(v="texbright", lang="en", at="2026-11-30 10:45", subj="P09245 - earlier ship date possible?",
     text="""
Hi Laura,

Quick question on P09245 (microfiber sheet sets). Production finished early - could we ship on the 4th instead of the 9th? Your forwarder would then have it a few days sooner. If you'd rather keep the original date that's fine too, just let me know by Wednesday.

Thanks,
Olivia

Olivia Grant
TexBright Bedding Inc.
""", end="Thanks,\nOlivia", change="none", intent="question", po=["P09245"],
     dates=[("2026-12-04", "other", "the 4th"), ("2026-12-09", "other", "the 9th"),
            ("2026-12-02", "other", "Wednesday")]),

dict(v="hansa", lang="en", at="2026-11-18 09:20", subj="P09246 - address for second truck?",
     text="""
Dear Mrs Klein,

P09246 will go on two trucks on 1 December. The first goes to your DC Hamburg. For the second truck (the 96 display units) your PO says "store delivery" but no address. Where should it go? We need the address by Friday to book the haulier.

Kind regards
Anke Petersen
Hansa Glas & Porzellan GmbH
""", end="Kind regards\nAnke", change="none", intent="question", po=["P09246"],
     dates=[("2026-12-01", "ship_date", "1 December"), ("2026-11-20", "other", "Friday")]),

dict(v="battrang", lang="en", at="2026-11-16 14:50", subj="P09247 - can accept partial?",
     text="""
Dear Tim,

For P09247 glazed planters, we have 2,000 of 3,200 pcs finished. Would you accept that we ship 2,000 pcs on 5/12 and the rest 1,200 pcs on 20/1? Or you prefer we wait and ship all together on 20/1? Please advise which option.

Thank you and best regards,
Pham Thu Ha
Bat Trang Ceramics Export Co., Ltd.
""", end="Thank you and best regards,", change="none", intent="question", po=["P09247"],
     dates=[("2026-12-05", "other", "5/12"), ("2027-01-20", "other", ("20/1", 0)), ("2027-01-20", "other", ("20/1", 1))],
     lines=[("glazed planters", 2000, "pcs", "we ship 2,000 pcs", "P09247"),
            ("glazed planters", 1200, "pcs", "the rest 1,200 pcs", "P09247")]),

dict(v="twente", lang="en", at="2026-10-12 11:30", subj="Labels P09248",
     text="""
Hello Laura,

For P09248 (storage boxes) we did not receive the EAN label file yet. Can you send it or shall we use the labels from order P09249? Production is planned next week so we need it soon.

Met vriendelijke groet / Kind regards
Ruud Hendriks
Twentse Kunststoffen B.V.
""", end="Met vriendelijke groet / Kind regards", change="none", intent="question", po=["P09248", "P09249"],
     dates=[("2026-10-19", "other", "next week")]),

dict(v="kempen", lang="en", at="2026-09-10 16:05", subj="P09250 pallet height",
     text="""
Dear Mike,

The oak shelves for P09250 fit better on pallets of 2.10 m high. Is that ok for your warehouse or is the maximum still 1.80 m? Then we need 2 more pallets.

Best regards,
Wouter Janssens
""", end="Best regards,\nWouter", change="none", intent="question", po=["P09250"]),

dict(v="lahore", lang="en", at="2026-10-01 12:40", subj="P09251 - move ex-factory earlier?",
     text="""
Dear Sandra,

Hope you are well. The bed linen for P09251 will be packed earlier than planned. Is it possible to move ex-factory to Friday 9th October instead of 16th? Then the vessel could be one week earlier. Kindly confirm, we will not change anything without your OK.

Regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="Regards,\nImran", change="none", intent="question", po=["P09251"],
     dates=[("2026-10-09", "other", "Friday 9th October"), ("2026-10-16", "other", "16th")]),

dict(v="devries", c=1, lang="nl", at="2026-11-09 10:15", subj="Vraag P09252 - levering op zaterdag?",
     text="""
Hoi Mike,

Onze vervoerder heeft voor P09252 alleen nog ruimte op zaterdag 14 november. Is jullie magazijn dan open? Anders wordt het maandag 16 november. Graag even een reactie vóór woensdag.

Groetjes,
Femke Smit
De Vries Huishoudelijk B.V.
""", end="Groetjes,", change="none", intent="question", po=["P09252"],
     dates=[("2026-11-14", "other", "zaterdag 14 november"), ("2026-11-16", "other", "maandag 16 november"),
            ("2026-11-11", "other", "woensdag")]),

dict(v="bergholz", lang="en", at="2026-11-27 08:45", subj="P09253 - two trucks ok?",
     text="""
Dear Mr Brandt,

The wooden toys for P09253 are ready. The volume is a bit too much for one truck, so we would send two trucks on the same day, both arriving on 7 December. Is this ok for your goods receipt or do you need one truck only?

Best regards
Urs Baumann
Bergholz Holzwaren AG
""", end="Best regards\nUrs", change="none", intent="question", po=["P09253"],
     dates=[("2026-12-07", "other", "7 December")]),

dict(v="galway", c=1, lang="en", at="2026-12-08 10:00", subj="Invoice copy INV-GK-D7D-4417 / P09239",
     text="""
Dear Hartmann Accounts,

As requested please find attached a copy of invoice INV-GK-D7D-4417 for order P09239. Payment is due on 7 January 2027.

Kind regards,
Accounts
Galway Knitwear Ltd

--- attachment: INV-GK-D7D-4417.pdf ---
INVOICE INV-GK-D7D-4417     Invoice date: 08/12/2026
Your order: P09239
Aran jumpers   320   EUR 38.00   EUR 12,160.00
Beanies        500   EUR  9.50   EUR  4,750.00
Total EUR 16,910.00
""", end="Kind regards,\nAccounts", change="none", intent="other", po=["P09239"], vref=["INV-GK-D7D-4417"],
     dates=[("2027-01-07", "other", "7 January 2027"), ("2026-12-08", "other", "08/12/2026")]),

dict(v="poznanwood", lang="en", at="2026-10-05 13:10", subj="FSC certificate renewed",
     text="""
Dear Sir or Madam,

Please find attached our renewed FSC Chain of Custody certificate. The next surveillance audit is due by 4 October 2027. Please update your supplier file.

Best regards
Tomasz Zieliński
Poznań Drewno Sp. z o.o.

--- attachment: FSC_COC_PDD.pdf ---
Certificate code: SCS-COC-D7D-0071
Issue date: 2026-10-05
""", end="Best regards\nTomasz", change="none", intent="other",
     dates=[("2027-10-04", "other", "4 October 2027"), ("2026-10-05", "other", "2026-10-05")]),

dict(v="lima", lang="en", at="2026-09-21 09:30", subj="Social audit visit",
     text="""
Dear Laura,

Just to let you know, our factory in Arequipa will have its BSCI audit on 14 October. If your team wants to join as observer you are welcome. Orders are not affected.

Best regards,
Rosa Quispe
Textiles Alpaca del Perú S.A.C.
""", end="Best regards,\nRosa", change="none", intent="other",
     dates=[("2026-10-14", "other", "14 October")]),

dict(v="steirer", lang="en", at="2026-12-01 11:15", subj="Price list 2027",
     text="""
Dear Mrs Klein,

Attached our price list 2027. Good news: all prices stay the same as in 2026, no increase.

Best regards
Wolfgang Pichler
Steirische Keramik GmbH
""", end="Best regards\nWolfgang", change="none", intent="other"),

dict(v="sparkle", lang="en", at="2026-12-18 17:00", subj="Out of office",
     text="""
Thank you for your email. Our office is closed from 21 December until 4 January 2027. Orders received in this time will be processed on our return.

Hannah Price
Sparkle Glassware Ltd
""", end="Hannah Price", change="none", intent="other",
     dates=[("2026-12-21", "other", "21 December"), ("2027-01-04", "other", "4 January 2027")]),

dict(v="alpen", lang="en", at="2026-10-16 10:05", subj="RE: P09254 delivery address",
     text="""
Thanks Laura, got it. We'll use the new address.

Florian

From: Laura Jensen
Sent: Thursday, 15 October 2026 16:40
Subject: P09254 delivery address

Florian, please deliver P09254 to our new DC in Hamburg-Allermöhe.
""", end="Florian\n\nFrom", change="none", intent="other", po=["P09254"]),

dict(v="westland", lang="en", at="2026-11-02 08:30", subj="Statement of account October",
     text="""
Dear customer,

Attached your statement of account per 31 October 2026. Open items: invoices WB-D7D-2209 and WB-D7D-2231, total EUR 8.420,00.

Met vriendelijke groet,
Orderdesk
Westland Bloembollen B.V.
""", end="Met vriendelijke groet,", change="none", intent="other", vref=["WB-D7D-2209", "WB-D7D-2231"],
     dates=[("2026-10-31", "other", "31 October 2026")]),

dict(v="tirol", c=1, lang="de", at="2026-11-13 14:20", subj="Neue Bankverbindung",
     text="""
Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich unsere Bankverbindung ab sofort geändert hat. Bitte überweisen Sie alle offenen Rechnungen nur noch auf das folgende Konto:

IBAN: LT12 3250 0000 1234 5678
BIC: REVOLT21

Mit freundlichen Grüßen
Verkauf
Tiroler Holzwaren GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="other"),

dict(v="greenthumb", c=1, lang="en", at="2026-10-22 13:10", subj="P09255 mulch - truck out",
     text="""
Hi Laura,

18 of the 24 pallets on P09255 left this morning on the Schneider truck (load # SNI-D7D-30712) and deliver tomorrow 10/23 to your Savannah forwarder. The last 6 pallets of cedar mulch are still in the bagging line, they ship Monday and deliver Wednesday 10/28.

Thx,
Megan

Megan Tran
Green Thumb Garden Supply LLC
""", end="Thx,\nMegan", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09255"], commit=("2026-10-28", "deliver Wednesday 10/28"),
     dates=[("2026-10-22", "ship_date", "this morning"), ("2026-10-23", "confirmed_delivery", "tomorrow 10/23"),
            ("2026-10-26", "ship_date", "Monday"), ("2026-10-28", "new_eta", "Wednesday 10/28")],
     lines=[("mulch", 18, "pallets", "18 of the 24 pallets", "P09255"),
            ("cedar mulch", 6, "pallets", "The last 6 pallets of cedar mulch", "P09255")],
     track=[("Schneider", "SNI-D7D-30712", "load # SNI-D7D-30712")]),
]
