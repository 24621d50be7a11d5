# ruff: noqa: E501 - email text is data
"""English from non-native writers and automated vendor systems (ERP acknowledgements, ASNs,
portal notifications, auto-replies), forwarded chains and replies whose quoted history holds
other intents. Hand-written."""

EMAILS = [
dict(v="cleanco", c=1, lang="en", at="2026-11-17 06:12", subj="Invoice INV-204518 - Hartmann Home & Garden",
     text="""
This is an automatically generated message. Please do not reply to this address.

Dear Customer,

Please find attached invoice INV-204518 for your purchase order P01214.

Invoice date: 17/11/2026
Amount due: GBP 1,842.60
Due date: 17/12/2026

The goods on this invoice were delivered under delivery note DN-88213. If you have any query regarding this invoice please contact credit.control@cleancosupplies.co.uk quoting the invoice number.

CleanCo Supplies Ltd - Accounts Receivable
Registered in England No. 04417755
""", end="CleanCo Supplies Ltd - Accounts Receivable", change="none", intent="other",
     po=["P01214"], vref=["INV-204518", "DN-88213"],
     dates=[("2026-11-17", "other", "17/11/2026"), ("2026-12-17", "other", "17/12/2026")]),

dict(v="voltix", lang="en", at="2026-10-14 16:40", subj="PI and OC for P01221",
     text="""
Dear Mike,

Good day! Attached is our PI and order confirmation for P01221.

As discussed in phone with you, delivery date is 20 Nov, it is later than your requested date 6 Nov but this is agreed. We confirm all 3 items and quantity same as your PO, no change.

Any question pls feel free contact me.

Best regards
Cindy Zhang
Sales Dept.
Shenzhen Voltix Technology Co., Ltd.

--- attachment: VX-PI-261014-03.pdf ---
SHENZHEN VOLTIX TECHNOLOGY CO., LTD.
PROFORMA INVOICE / ORDER CONFIRMATION
PI No.: VX-PI-261014-03     Date: 2026-10-14
Buyer PO: P01221
Item        Description                    Qty     Unit Price USD   Amount USD
VX-PB10K    Power bank 10000mAh white      2000    6.85             13,700.00
VX-PB20K    Power bank 20000mAh black      1000    9.90             9,900.00
VX-CB-C1M   USB-C cable 1m braided         3000    1.15             3,450.00
Total                                                               27,050.00
Delivery: 2026-11-20 DAP Hamburg
Payment: 30% T/T deposit, balance before shipment
""", end="Best regards", change="none", intent="confirmation",
     po=["P01221"], vref=["VX-PI-261014-03"],
     commit=("2026-11-20", "delivery date is 20 Nov"),
     dates=[("2026-11-20", "confirmed_delivery", "20 Nov"), ("2026-11-06", "other", "6 Nov"),
            ("2026-10-14", "other", "2026-10-14"), ("2026-11-20", "confirmed_delivery", "2026-11-20")],
     lines=[("VX-PB10K", 2000, None, "VX-PB10K    Power bank 10000mAh white      2000    6.85             13,700.00", "P01221"),
            ("VX-PB20K", 1000, None, "VX-PB20K    Power bank 20000mAh black      1000    9.90             9,900.00", "P01221"),
            ("VX-CB-C1M", 3000, None, "VX-CB-C1M   USB-C cable 1m braided         3000    1.15             3,450.00", "P01221")]),

dict(v="ningbo", lang="en", at="2026-11-03 09:20", subj="P01230 production delay - sorry",
     text="""
Dear Laura,

Sorry to inform you, the ceramic coating line in our factory was stop for 8 days because of electricity limit from government, so the goods for P01230 (enamel casseroles 24cm and 28cm) cannot finish on time.

Original ETD Ningbo was 8 Nov, now new ETD is 22 Nov by vessel MSC ARIANE, ETA Hamburg around 28 Dec.

We are very sorry for this delay, we will try our best to catch earlier vessel if possible.

Best regards,
Amy Chen
""", end="Best regards,", change="date", intent="delay", po=["P01230"],
     commit=("2026-12-28", "ETA Hamburg around 28 Dec"),
     dates=[("2026-11-08", "other", "8 Nov"), ("2026-11-22", "ship_date", "22 Nov"),
            ("2026-12-28", "new_eta", "28 Dec")]),

dict(v="lakeside", c=1, lang="en", at="2026-11-18 14:05", subj="ASN - PO P01237 - SHIPPED",
     text="""
*** ADVANCE SHIP NOTICE - AUTOMATED MESSAGE ***

Ship To: Hartmann Home & Garden GmbH c/o Consolidator - Chicago IL
Customer PO: P01237
Lakeside Order #: LPF-SO-77120

Ship Date: 11/18/2026
Carrier: Old Dominion Freight Line
PRO #: 08412266731
Est. Delivery: 11/20/2026

Line  Item           Description                      Ordered  Shipped  UOM
1     LP-DOG-12K     Adult dog kibble chicken 12kg    240      240      BAG
2     LP-CAT-4K      Indoor cat food salmon 4kg       360      360      BAG

Order status: SHIPPED COMPLETE

Questions? Reply to this email or call 1-800-555-0142.
Lakeside Pet Foods Inc. | Shipping Team
""", end="Questions? Reply", change="shipping", intent="shipping_notice",
     po=["P01237"], vref=["LPF-SO-77120"],
     commit=("2026-11-20", "Est. Delivery: 11/20/2026"),
     dates=[("2026-11-18", "ship_date", "11/18/2026"), ("2026-11-20", "confirmed_delivery", "11/20/2026")],
     lines=[("LP-DOG-12K", 240, "BAG", "1     LP-DOG-12K     Adult dog kibble chicken 12kg    240      240      BAG", "P01237"),
            ("LP-CAT-4K", 360, "BAG", "2     LP-CAT-4K      Indoor cat food salmon 4kg       360      360      BAG", "P01237")],
     track=[("Old Dominion Freight Line", "08412266731", "PRO #: 08412266731")]),

dict(v="taipei", lang="en", at="2026-11-25 17:30", subj="P01242 first batch shipped",
     text="""
Dear Tim,

Today we shipped first batch of your order P01242 by DHL Express, AWB 4417830652. Contents: 3,000 pcs TC-USBC-2M (USB-C to USB-C cable 2m). Remaining 2,000 pcs are in aging test now and will ship in week 50, arrive Hamburg about 18 Dec. We will send tracking at that time.

Estimated arrival of the first batch in Hamburg is Dec 1.

Kind regards,
Vivian Lin
""", end="Kind regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P01242"], commit=("2026-12-18", "arrive Hamburg about 18 Dec"),
     dates=[("2026-11-25", "ship_date", "Today"), ("2026-12-07", "ship_date", "week 50"),
            ("2026-12-18", "new_eta", "18 Dec"), ("2026-12-01", "confirmed_delivery", "Dec 1")],
     lines=[("TC-USBC-2M", 3000, "pcs", "3,000 pcs TC-USBC-2M", "P01242"),
            ("TC-USBC-2M", 2000, "pcs", "Remaining 2,000 pcs", "P01242")],
     track=[("DHL Express", "4417830652", "AWB 4417830652")]),

dict(v="seoul", lang="en", at="2026-11-05 10:10", subj="P01248 gift box printing - need confirm",
     text="""
Dear Ms. Jensen,

We are preparing the production of your order P01248 (stainless steel frying pan 28cm, 1,200 pcs). Loading is planned on 4 December, same as our confirmation.

Before we print the gift boxes, could you please confirm two points:
1. Is the EAN barcode on the box same as last order (4006381333931), or new code?
2. Do you want German and English text on the box, or German only?

We need your answer until Tuesday, otherwise the printing can not start in time.

Thank you and best regards,
Ji-ho Park
""", end="Thank you and best regards,", change="none", intent="question", po=["P01248"],
     dates=[("2026-12-04", "ship_date", "4 December"), ("2026-11-10", "other", "Tuesday")]),

dict(v="anatolia", lang="en", at="2026-11-12 11:00", subj="Price list 2027 - Anatolia Textiles",
     text="""
Dear Sandra,

As you know the cotton yarn prices in Turkey increased very much this year and also the minimum wage will be increase again. We tried to keep our prices stable as long as possible but unfortunately we have to update our price list.

New prices valid for all orders placed from 1 January 2027:

AT-TWL-5070  Bath towel 50x70 terry     EUR 3,40  ->  EUR 3,65
AT-TWL-70140 Bath sheet 70x140 terry    EUR 7,90  ->  EUR 8,45
AT-BR-L      Bathrobe waffle size L     EUR 14,20 ->  EUR 15,10

Your open orders P01203 and P01219 will be delivered with old prices as confirmed.

Best regards,
Mehmet Yilmaz
""", end="Best regards,", change="price", intent="price_change", po=["P01203", "P01219"],
     dates=[("2027-01-01", "price_effective", "1 January 2027")],
     prices=[dict(product="AT-TWL-5070", old=3.40, new=3.65, cur="EUR", eff="2027-01-01",
                  quote="AT-TWL-5070  Bath towel 50x70 terry     EUR 3,40  ->  EUR 3,65"),
             dict(product="AT-TWL-70140", old=7.90, new=8.45, cur="EUR", eff="2027-01-01",
                  quote="AT-TWL-70140 Bath sheet 70x140 terry    EUR 7,90  ->  EUR 8,45"),
             dict(product="AT-BR-L", old=14.20, new=15.10, cur="EUR", eff="2027-01-01",
                  quote="AT-BR-L      Bathrobe waffle size L     EUR 14,20 ->  EUR 15,10")]),

dict(v="milano", lang="en", at="2026-12-02 09:30", subj="Season greetings and holiday closure",
     text="""
Dear customers and partners,

another year is going to finish and we want to thank you for the good collaboration in 2026!

Some news from Milano Casa:
- our new showroom in Via Tortona 31 is open, you are welcome to visit us with appointment
- the new spring collection "Terrazzo" will be presented at Ambiente Frankfurt, hall 3.0 stand C41, from 6 to 10 February
- our warehouse will be closed for Christmas holidays from 23 December until 6 January. Orders received in this period will be processed after reopening; shipments already confirmed will leave as planned.

We wish you Merry Christmas and a happy new year!

Giulia Rossi
Customer Service
Milano Casa S.r.l.
""", end="Giulia Rossi", change="none", intent="other",
     dates=[("2027-02-06", "other", "6 to 10 February"), ("2027-02-10", "other", "6 to 10 February"),
            ("2026-12-23", "other", "23 December"), ("2027-01-06", "other", "6 January")]),

dict(v="delhicotton", lang="en", at="2026-10-20 15:45", subj="PO P01226 - cancellation of one item",
     text="""
Dear Mike ji,

Greetings from Delhi Cotton Mills.

This is regarding your PO P01226. We regret to inform that item DC-CUS-4545-TER (cushion cover 45x45, terracotta) we have to cancel, because the dye house has discontinued this shade and we are unable to match the colour within tolerance. Kindly delete this line (800 pcs) from your order.

Balance items of the PO are not affected and will be delivered as per confirmed date 27 Nov.

If you like, we can offer same quality in rust colour, sample can be sent on request.

Thanks & Regards,
Rajesh Kumar
""", end="Thanks & Regards,", change="cancel", intent="cancellation", po=["P01226"],
     commit=("2026-11-27", "delivered as per confirmed date 27 Nov"),
     dates=[("2026-11-27", "confirmed_delivery", "27 Nov")],
     lines=[("DC-CUS-4545-TER", 800, "pcs", "delete this line (800 pcs)", "P01226")]),

dict(v="hanoi", c=1, lang="en", at="2026-11-09 14:20", subj="P01233 - delay, please choose",
     text="""
Dear Mr. Tim,

We are writing about order P01233 for bamboo bath mats and bamboo shelves.

Because of heavy flooding in Thanh Hoa province, our bamboo material supply was interrupted and the drying time is longer. We cannot ship in week 47 as confirmed. The earliest shipment date is now week 51, with arrival in Hamburg about week 4 next year.

We understand this is late for your Christmas season. So please choose:
a) keep the order with new date, or
b) cancel the order without any cost for you.

Please let us know your decision before Friday.

Best regards,
Tran Minh
""", end="Best regards,", change="date", intent="delay", sec=["question"], po=["P01233"],
     commit=("2027-01-25", "arrival in Hamburg about week 4 next year"),
     dates=[("2026-11-16", "other", "week 47"), ("2026-12-14", "ship_date", "week 51"),
            ("2027-01-25", "new_eta", "week 4 next year"), ("2026-11-13", "other", "before Friday")]),

dict(v="brightline", c=1, lang="en", at="2026-11-19 12:02", subj="RE: P01211 delay",
     text="""
Hi Laura,

Good news - the replacement chips arrived at our assembly partner yesterday, so I can now confirm the revised date I gave you is firm: P01211 (LED desk lamps BL-DL200, 600 units) will be delivered to Hamburg on Thursday 3 December.

Nothing else changes on the order.

Cheers,
Tom

Tom Okafor
Customer Services | Brightline Electronics Ltd

-----Original Message-----
From: Tom Okafor
Sent: 12 November 2026 10:15
To: Laura Jensen
Subject: P01211 delay

Laura, sorry but P01211 will slip from 24 Nov to around 3 Dec, chip supply issue. Will confirm next week once parts are in.
""", end="Cheers,", change="none", intent="confirmation", po=["P01211"],
     commit=("2026-12-03", "will be delivered to Hamburg on Thursday 3 December"),
     dates=[("2026-11-18", "other", "yesterday"), ("2026-12-03", "confirmed_delivery", "Thursday 3 December")]),

dict(v="taipei", c=1, lang="en", at="2026-11-23 08:01", subj="Automatic reply: P01242 second part tracking?",
     text="""
Thank you for your email. I am out of office from 23 Nov to 27 Nov for customer visit in Japan, with limited access to email. For urgent matter about shipment or documents please contact Ms. Vivian Lin (vivian.lin@tpcable.com.tw). I will reply your mail after I come back on Monday 30 Nov.

Eric Huang
Taipei Cable & Charger Corp.

> From: Tim Brandt
> Please send tracking for the second part of P01242 asap, our store needs the cables.
""", end="Eric Huang", change="none", intent="other", po=["P01242"],
     dates=[("2026-11-23", "other", "23 Nov"), ("2026-11-27", "other", "27 Nov"),
            ("2026-11-30", "other", "Monday 30 Nov")]),
]
