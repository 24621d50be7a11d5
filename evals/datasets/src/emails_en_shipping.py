# ruff: noqa: E501 - email text and sentence patterns are data
"""English shipping notices, ASNs and dispatch advice. Hand-written."""

EMAILS = [
dict(v="acme", c=1, lang="en", at="2026-10-05 13:10", subj="Shipped: PO P00292",
     text="""
Laura,

P00292 shipped this morning on an Estes LTL truck, PRO 0123456789. 14 pallets. Estimated delivery Thursday 10/8.

Dave
""", end="Dave", change="shipping", intent="shipping_notice", po=["P00292"],
     commit=("2026-10-08", "Estimated delivery Thursday 10/8"),
     dates=[("2026-10-05", "ship_date", "this morning"), ("2026-10-08", "confirmed_delivery", "Thursday 10/8")],
     lines=[("all lines", 14, "pallets", "14 pallets", "P00292")],
     track=[("Estes", "0123456789", "PRO 0123456789")]),

dict(v="brightline", c=2, lang="en", at="2026-11-12 18:02", subj="Your order BL-ORD-119877 has been dispatched",
     text="""
Your order has been dispatched

Order: BL-ORD-119877
Your PO: P00520
Dispatched: 12/11/2026
Carrier: DPD UK
Tracking number: 15509876543210
Expected delivery: 13/11/2026 (between 10:00 and 11:00)

Items dispatched:
BL-WC-15W   Wireless charger 15W    x 240
BL-CB-USBC  USB-C cable 1m          x 600

Track your parcel at https://track.dpd.co.uk/

Brightline Electronics Ltd | Registered in England 04411223
""", end="Brightline Electronics Ltd | Registered", change="shipping", intent="shipping_notice",
     po=["P00520"], vref=["BL-ORD-119877"], commit=("2026-11-13", "Expected delivery: 13/11/2026"),
     dates=[("2026-11-12", "ship_date", "12/11/2026"), ("2026-11-13", "confirmed_delivery", "13/11/2026")],
     lines=[("BL-WC-15W", 240, None, "x 240", "P00520"), ("BL-CB-USBC", 600, None, "x 600", "P00520")],
     track=[("DPD UK", "15509876543210", "Tracking number: 15509876543210")]),

dict(v="lakeside", c=1, lang="en", at="2026-09-11 17:30", subj="Your order P00162 has shipped!",
     text="""
Hi! Your order P00162 is on its way.

Shipped via: Old Dominion Freight Line
PRO number: 07712345678
Ship date: 9/11/2026
Est. delivery: 9/15/2026 - 9/16/2026

Thank you for choosing Lakeside Pet Foods!
""", end="Thank you for choosing", change="shipping", intent="shipping_notice", po=["P00162"],
     commit=("2026-09-16", "9/15/2026 - 9/16/2026"),
     dates=[("2026-09-11", "ship_date", "9/11/2026"), ("2026-09-15", "range_start", "9/15/2026"),
            ("2026-09-16", "range_end", "9/16/2026")],
     track=[("Old Dominion Freight Line", "07712345678", "PRO number: 07712345678")]),

dict(v="ningbo", lang="en", at="2026-10-27 10:00", subj="Shipping advice P00410",
     text="""
Dear Laura,

Please find shipping advice for P00410 below:

Vessel: CMA CGM Alexander v.0FE2KW1MA
B/L No.: NGB2610345
Container: CMAU 4471203 (40'HQ)
ETD Ningbo: Oct 26
ETA Hamburg: Dec 1

Original documents will be sent by DHL after balance payment. Please arrange the payment of USD 18,450.00 at your earliest convenience.

Best regards
Amy Chen
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P00410"],
     commit=("2026-12-01", "ETA Hamburg: Dec 1"),
     dates=[("2026-10-26", "ship_date", "Oct 26"), ("2026-12-01", "confirmed_delivery", "Dec 1")],
     track=[("CMA CGM", "NGB2610345", "B/L No.: NGB2610345"), ("CMA CGM", "CMAU 4471203", "Container: CMAU 4471203")]),

dict(v="pacific", c=1, lang="en", at="2026-12-16 09:05", subj="P00733 out for delivery",
     text="""
P00733 is out for delivery with our own truck, driver ETA 2-4pm today. -Chris
""", end=" -Chris", change="shipping", intent="shipping_notice", po=["P00733"],
     commit=("2026-12-16", "driver ETA 2-4pm today"), dates=[("2026-12-16", "confirmed_delivery", "today")]),

dict(v="highland", lang="en", at="2026-11-03 16:40", subj="Re: P00491 dispatch",
     text="""
Hi Tim,

Good news - P00491 left us this afternoon with Parcelforce, 6 cartons, tracking EY123456789GB. Should be with you Thursday.

Fiona

On 28 Oct 2026, at 11:02, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Fiona, when will P00491 ship? The confirmation said 30/10 but we've heard nothing.
""", end="Fiona\n", change="shipping", intent="shipping_notice", po=["P00491"],
     commit=("2026-11-05", "Should be with you Thursday"),
     dates=[("2026-11-03", "ship_date", "this afternoon"), ("2026-11-05", "confirmed_delivery", "Thursday")],
     lines=[("all lines", 6, "cartons", "6 cartons", "P00491")],
     track=[("Parcelforce", "EY123456789GB", "tracking EY123456789GB")]),

dict(v="evergreen", c=1, lang="en", at="2026-12-10 15:20", subj="P00703 + P00704 shipped",
     text="""
Laura,

P00703 and P00704 were consolidated and shipped together today on one truck (Schneider, load #88124573). Delivery appointment at your DC is set for 12/14 at 7:00 AM.

Tanya
""", end="Tanya", change="shipping", intent="shipping_notice", po=["P00703", "P00704"],
     commit=("2026-12-14", "Delivery appointment at your DC is set for 12/14"),
     dates=[("2026-12-10", "ship_date", "today"), ("2026-12-14", "confirmed_delivery", "12/14")],
     track=[("Schneider", "88124573", "load #88124573")]),

dict(v="voltix", lang="en", at="2026-09-21 18:10", subj="P00222 shipped by FedEx",
     text="""
Dear Tim,

Goods of P00222 (1000 pcs VX-PB-10K power banks) have been picked up by FedEx today. AWB 7712 3456 7890. Estimated arrival Sep 24-25.

Best regards
Cindy
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P00222"],
     commit=("2026-09-25", "Estimated arrival Sep 24-25"),
     dates=[("2026-09-21", "ship_date", "today"), ("2026-09-24", "range_start", "Sep 24-25"),
            ("2026-09-25", "range_end", "Sep 24-25")],
     lines=[("VX-PB-10K", 1000, "pcs", "1000 pcs", "P00222")],
     track=[("FedEx", "7712 3456 7890", "AWB 7712 3456 7890")]),

dict(v="sunshine", lang="en", at="2026-10-30 08:00", subj="Grapefruit P00462 sailed",
     text="""
Hi Tim,

Grapefruit P00462 loaded and sailed yesterday on MSC Anna. Container MEDU8812345, B/L MEDUSD123456. ETA Rotterdam 23 November, DC delivery about the 26th.

Regards
Thabo
""", end="Regards", change="shipping", intent="shipping_notice", po=["P00462"],
     commit=("2026-11-26", "DC delivery about the 26th"),
     dates=[("2026-10-29", "ship_date", "yesterday"), ("2026-11-23", "other", "23 November"),
            ("2026-11-26", "confirmed_delivery", "the 26th")],
     track=[("MSC", "MEDU8812345", "Container MEDU8812345"), ("MSC", "MEDUSD123456", "B/L MEDUSD123456")]),

dict(v="kiwiwool", lang="en", at="2026-09-30 19:30", subj="P00118 sailed",
     text="""
Kia ora Mike, the throws for P00118 finally sailed on the Kota Manis today. I'll send the docs when I've got them. Still looking at arrival around the 2nd of November. Hemi
""", end=" Hemi", change="shipping", intent="shipping_notice", po=["P00118"],
     commit=("2026-11-02", "arrival around the 2nd of November"),
     dates=[("2026-09-30", "ship_date", "today"), ("2026-11-02", "confirmed_delivery", "the 2nd of November")]),

dict(v="texbright", lang="en", at="2026-11-24 12:15", subj="RE: P00611 - queen sets shipped",
     text="""
Laura - the queen sets for P00611 shipped this morning, UPS Freight PRO 9876543210. They'll deliver Friday (not Thursday because of the holiday).

Marcus Reed
TexBright Bedding

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: Monday, November 23, 2026 9:30 AM
To: Marcus Reed
Subject: RE: P00611 - bedding sets late

Marcus, you said 11/27 for the queen sets. Are we still OK for that? Also P00612 is due 12/4.
""", end=("Marcus Reed", 0), change="shipping", intent="shipping_notice", po=["P00611", "P00612"],
     commit=("2026-11-27", "They'll deliver Friday"),
     dates=[("2026-11-24", "ship_date", "this morning"), ("2026-11-27", "confirmed_delivery", "Friday"),
            ("2026-11-26", "other", "Thursday")],
     track=[("UPS Freight", "9876543210", "UPS Freight PRO 9876543210")]),

dict(v="seoul", lang="en", at="2026-11-06 14:20", subj="P00318 shipment / packing list",
     text="""
Dear Tim,

P00318 shipped. Please find packing list attached. Vessel HMM Algeciras, ETD Busan Nov 5, ETA Hamburg Dec 10 as confirmed before.

Best regards
Ji-ho Park

--- attachment: Packing_List_SK2611.pdf ---
SEOUL KITCHENWARE CO., LTD.  PACKING LIST  No. SK2611-PL
Invoice No.: SK2611-INV   Date: 2026-11-05
Consignee: Hartmann Home & Garden GmbH   Order: P00318
Description               Cartons   Qty (sets)   G.W. (kg)
Frying pan 28cm SK-FP-28    50         300          620
Container: HMMU6123456    Seal: SK778812
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P00318"],
     vref=["SK2611-PL", "SK2611-INV"], commit=("2026-12-10", "ETA Hamburg Dec 10"),
     dates=[("2026-11-05", "ship_date", "Nov 5"), ("2026-12-10", "confirmed_delivery", "Dec 10"),
            ("2026-11-05", "other", "2026-11-05")],
     lines=[("SK-FP-28", 300, "sets", "50         300", "P00318")],
     track=[("HMM", "HMMU6123456", "Container: HMMU6123456")]),

dict(v="cleanco", c=1, lang="en", at="2026-12-10 06:45", subj="ASN CC-ASN-55102 - PO P00699",
     text="""
ADVANCE SHIPPING NOTICE

ASN No:        CC-ASN-55102
Customer PO:   P00699
Despatch date: 10/12/2026
Delivery date: 11/12/2026
Haulier:       Palletways   Consignment: PW-7781240

Line  Product       Qty
1     CC-MSS-750    960
2     CC-GC-500     720

This is an automated message. Please do not reply.
""", end="This is an automated message.", change="shipping", intent="shipping_notice",
     po=["P00699"], vref=["CC-ASN-55102"], commit=("2026-12-11", "Delivery date: 11/12/2026"),
     dates=[("2026-12-10", "ship_date", "10/12/2026"), ("2026-12-11", "confirmed_delivery", "11/12/2026")],
     lines=[("CC-MSS-750", 960, None, "1     CC-MSS-750    960", "P00699"),
            ("CC-GC-500", 720, None, "2     CC-GC-500     720", "P00699")],
     track=[("Palletways", "PW-7781240", "Consignment: PW-7781240")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-28 16:00", subj="P00161 shipped",
     text="""
Mike, P00161 went out today with R+L Carriers (PRO 4412987650), 3 business days transit. Megan
""", end=" Megan", change="shipping", intent="shipping_notice", po=["P00161"],
     commit=("2026-10-01", "3 business days transit"),
     dates=[("2026-09-28", "ship_date", "today"), ("2026-10-01", "confirmed_delivery", "3 business days")],
     track=[("R+L Carriers", "4412987650", "PRO 4412987650")]),

dict(v="anatolia", c=1, lang="en", at="2026-12-02 10:40", subj="P00560 bath towels loaded",
     text="""
Dear Sandra,

The bath towels for P00560 are loaded today on truck 34 ABC 123, CMR no. 2026-TR-88412. Transit time to Hamburg is 5-6 days, so delivery expected 07.12. or 08.12.

Best regards,
Elif Demir
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P00560"],
     commit=("2026-12-08", "delivery expected 07.12. or 08.12."),
     dates=[("2026-12-02", "ship_date", "today"), ("2026-12-07", "range_start", "5-6 days"),
            ("2026-12-08", "range_end", "5-6 days"), ("2026-12-07", "range_start", "07.12."),
            ("2026-12-08", "range_end", "08.12.")],
     track=[(None, "2026-TR-88412", "CMR no. 2026-TR-88412")]),

dict(v="jansen", lang="en", at="2026-11-17 11:30", subj="P00519 on the way",
     text="""
Hi Sandra, P00519 is on the way with PostNL, 4 parcels: 3SJNS1234567, 3SJNS1234568, 3SJNS1234569, 3SJNS1234570. Delivery tomorrow between 9 and 17h. Groeten, Bram
""", end=" Groeten, Bram", change="shipping", intent="shipping_notice", po=["P00519"],
     commit=("2026-11-18", "Delivery tomorrow"), dates=[("2026-11-18", "confirmed_delivery", "tomorrow")],
     lines=[("all lines", 4, "parcels", "4 parcels", "P00519")],
     track=[("PostNL", "3SJNS1234567", "3SJNS1234567"), ("PostNL", "3SJNS1234568", "3SJNS1234568"),
            ("PostNL", "3SJNS1234569", "3SJNS1234569"), ("PostNL", "3SJNS1234570", "3SJNS1234570")]),

dict(v="milano", c=1, lang="en", at="2026-10-09 17:00", subj="Order P00372 - departure of goods",
     text="""
Dear Laura,

we inform you that the goods of your order P00372 are departed today from our warehouse with the forwarder Arcese, the transport document is n. 2026/TR/5521. The delivery is foreseen for the next wednesday.

Best regards
Marco Bianchi
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P00372"],
     commit=("2026-10-14", "The delivery is foreseen for the next wednesday"),
     dates=[("2026-10-09", "ship_date", "today"), ("2026-10-14", "confirmed_delivery", "the next wednesday")],
     track=[("Arcese", "2026/TR/5521", "transport document is n. 2026/TR/5521")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-10-19 10:30", subj="P00415 on the water",
     text="""
Hi Sandra,

P00415 is on the water: loaded at Montreal on Friday, vessel ETA Bremerhaven 2026-11-02, delivery to your DC 2026-11-04.

Karen
""", end="Karen", change="shipping", intent="shipping_notice", po=["P00415"],
     commit=("2026-11-04", "delivery to your DC 2026-11-04"),
     dates=[("2026-10-16", "ship_date", "Friday"), ("2026-11-02", "other", "2026-11-02"),
            ("2026-11-04", "confirmed_delivery", "2026-11-04")]),

dict(v="polska", c=1, lang="en", at="2026-11-13 13:00", subj="P00498 positions 1 and 3 sent",
     text="""
Dear Sirs,

Today we sent positions 1 and 3 of your order P00498 by Raben, consignment no. PL2611130045. Delivery Monday 16.11. Position 2 will follow as confirmed in week 48.

Regards
Piotr Wisniewski
""", end="Regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00498"],
     commit=("2026-11-23", "Position 2 will follow as confirmed in week 48"),
     dates=[("2026-11-13", "ship_date", "Today"), ("2026-11-16", "confirmed_delivery", "Monday 16.11."),
            ("2026-11-23", "confirmed_delivery", "week 48")],
     track=[("Raben", "PL2611130045", "consignment no. PL2611130045")]),

dict(v="lisbon", lang="en", at="2026-11-19 09:20", subj="P00505 cork trivets on the way",
     text="""
Dear Tim,

The cork trivets P00505 (500 pcs) left on Tuesday with Transportes Luis Simões, CMR 88213. Delivery tomorrow morning at your warehouse as promised.

Best regards,
Ana Ferreira
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P00505"],
     commit=("2026-11-20", "Delivery tomorrow morning"),
     dates=[("2026-11-17", "ship_date", "Tuesday"), ("2026-11-20", "confirmed_delivery", "tomorrow")],
     lines=[("cork trivets", 500, "pcs", "500 pcs", "P00505")],
     track=[("Transportes Luis Simões", "88213", "CMR 88213")]),
]
