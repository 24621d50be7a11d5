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
dict(v="mapleleaf", c=1, lang="en", at="2026-10-07 10:15", subj="Order Acknowledgement MLO-SO-240917 / PO P01251",
     frm="Maple Leaf Order Management <orders@mapleleafoutdoor.ca>",
     text="""
ORDER ACKNOWLEDGEMENT - DO NOT REPLY

Maple Leaf Outdoor Products Inc.
Sales Order: MLO-SO-240917
Customer PO: P01251
Order Date: 10/05/2026
Acknowledged: 10/07/2026

Line Item        Description                      Qty  UOM  Unit Price  Delivery
1    ML-SNW-825  Snowshoe aluminum 8x25           120  PR   42.50 CAD   11/16/2026
2    ML-POL-AD   Trekking poles adjustable        240  PR   18.75 CAD   11/16/2026

Ship Via: Best Way   Terms: Net 45   Incoterm: DAP Hamburg

Delivery dates are based on current availability. Contact your sales representative with any questions.
""", end="Delivery dates are based", change="none", intent="confirmation",
     po=["P01251"], vref=["MLO-SO-240917"],
     commit=("2026-11-16", ("11/16/2026", 0)),
     dates=[("2026-10-05", "other", "10/05/2026"), ("2026-10-07", "other", "10/07/2026"),
            ("2026-11-16", "confirmed_delivery", ("11/16/2026", 0)),
            ("2026-11-16", "confirmed_delivery", ("11/16/2026", 1))],
     lines=[("ML-SNW-825", 120, "PR", "1    ML-SNW-825  Snowshoe aluminum 8x25           120  PR   42.50 CAD   11/16/2026", "P01251"),
            ("ML-POL-AD", 240, "PR", "2    ML-POL-AD   Trekking poles adjustable        240  PR   18.75 CAD   11/16/2026", "P01251")]),

dict(v="plasticos", lang="en", at="2026-11-11 17:50", subj="RE: P01255 / P01249",
     text="""
Hello Mike,

About the P01255 (storage boxes 45L with lid), I must inform you that the mold for the lids had a breakdown and the repair takes more time than we expected. We are not able to deliver on 20/11 as was confirmed. New delivery date to your consolidator in Laredo is 04/12.

About your question for P01249, the invoice was sended already, I will ask our accounting to send you copy again.

Regards,
Rodrigo Garza
Plásticos del Norte

-----Original Message-----
From: Mike Osei
Sent: Tuesday, November 10, 2026 9:12 AM
Subject: P01255 / P01249

Hi Rodrigo, can you confirm P01255 still on track for 11/20? And please resend the invoice for P01249, I can't find it.
""", end="Regards,", change="date", intent="delay", po=["P01255", "P01249"],
     commit=("2026-12-04", "New delivery date to your consolidator in Laredo is 04/12"),
     dates=[("2026-11-20", "other", "20/11"), ("2026-12-04", "new_eta", "04/12")],
     changes=[("P01255", "delay", "2026-12-04", None, "We are not able to deliver on 20/11 as was confirmed"),
              ("P01249", "other", None, None, "the invoice was sended already")]),

dict(v="polska", c=1, lang="en", at="2026-11-24 13:20", subj="Shipping information PO/2026/01266",
     text="""
Dear Mr Brandt,

we inform that your order PO/2026/01266 was loaded today complete on truck of our forwarder Raben Logistics.

CMR no.: PL-RB-4471902
Truck plates: DW 4K772 / DW 88PX1
Delivery to Hamburg warehouse: Thursday 26.11.2026, ramp time 8:00-12:00

Delivery note WZ/2026/11/0388 and invoice FV/2026/1566 are in attachment.

With kind regards
Piotr Wisniewski
Logistics
Polska Ceramika Sp. z o.o.
""", end="With kind regards", change="shipping", intent="shipping_notice",
     po=["PO/2026/01266"], vref=["WZ/2026/11/0388", "FV/2026/1566"],
     commit=("2026-11-26", "Delivery to Hamburg warehouse: Thursday 26.11.2026"),
     dates=[("2026-11-24", "ship_date", "loaded today"), ("2026-11-26", "confirmed_delivery", "Thursday 26.11.2026")],
     track=[("Raben Logistics", "PL-RB-4471902", "CMR no.: PL-RB-4471902")]),

dict(v="baltic", c=1, lang="en", at="2026-10-28 10:40", subj="Order P01258 confirmation - honey",
     text="""
Hello Sandra,

Thank you for order P01258. Unfortunately this year buckwheat honey harvest in Lithuania was very poor, so from 1.000 jars BA-HON-BW-450 we can confirm only 600 jars for delivery in week 46 together with other items. Other 400 jars we can deliver only after new harvest is available next year, or you can take linden honey BA-HON-LD-450 instead in same price. Please tell us what you prefer.

All other positions (forest honey, amber cookies) confirmed as ordered, week 46.

Regards,
Ruta Petraitiene
Baltic Amber Foods UAB
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["question"], po=["P01258"],
     commit=("2026-11-09", "confirm only 600 jars for delivery in week 46"),
     dates=[("2026-11-09", "confirmed_delivery", ("week 46", 0)), ("2026-11-09", "confirmed_delivery", ("week 46", 1))],
     lines=[("BA-HON-BW-450", 600, "jars", "confirm only 600 jars", "P01258"),
            ("BA-HON-BW-450", 400, "jars", "Other 400 jars", "P01258")]),

dict(v="greenthumb", c=1, lang="en", at="2026-12-03 11:25", subj="P01271 - trailer question",
     text="""
Hi Mike,

P01271 (40 pallets potting mix + 12 pallets mulch) is staged and ships Monday from our Joliet yard, no changes there.

Quick question before I book the truck: can your consolidator in Elk Grove Village take a 53' dry van at their dock, or do they need it split on two 26' box trucks? And do they give out appointment numbers or is it first come first served?

Need to know by Friday so I can lock in the carrier.

Thanks!
Megan
""", end="Thanks!", change="none", intent="question", po=["P01271"],
     dates=[("2026-12-07", "ship_date", "ships Monday"), ("2026-12-04", "other", "by Friday")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-16 15:10", subj="Notice: energy surcharge effective 12/1/2026",
     text="""
Dear Valued Customer,

Due to continued increases in diesel and pulp costs, Evergreen Paper Products will apply an energy surcharge of 3.5% on all orders shipping on or after 12/1/2026. The surcharge will be shown as a separate line on your invoice. Base prices on your current price list remain unchanged.

Open orders that ship before that date are not affected. This includes your PO P01240, which is scheduled to ship 11/24.

We appreciate your business and understanding.

Tanya Brooks
Customer Care
Evergreen Paper Products Inc.
""", end="Tanya Brooks", change="price", intent="price_change", po=["P01240"],
     dates=[("2026-12-01", "price_effective", "12/1/2026"), ("2026-11-24", "ship_date", "11/24")],
     prices=[dict(product=None, pct=3.5, cur=None, eff="2026-12-01", quote="energy surcharge of 3.5%")]),

dict(v="sunshine", c=1, lang="en", at="2026-09-15 09:05", subj="Rand exchange rate - your pricing",
     text="""
Good morning Laura,

We have had a few customers asking about the weak Rand and whether this affects their pricing, so just to be clear: your contract prices for the 2026/27 citrus season are fixed in EUR and stay exactly as agreed, also for P01208 and P01216. The exchange rate has no effect on your invoices.

Our packhouse in Citrusdal starts with the Navel oranges next week and we will send the loading schedule once vessel bookings are confirmed.

Kind regards,
Annelie
""", end="Kind regards,", change="none", intent="other", po=["P01208", "P01216"],
     dates=[("2026-09-21", "other", "next week")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-10-22 09:40", subj="Re: Cancel P01260",
     text="""
Kia ora Tim,

No problem at all - we have cancelled P01260 (merino throws, 150 units) as you asked. Nothing had been dyed yet, so there is no charge. The 30% deposit you paid on 2 October will come back as credit note KW-CN-0193, which you can use against your next order or we can refund it, just let us know which you prefer.

Ngā mihi,
Sophie

On Wed, 21 Oct 2026 at 22:15, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Hi Sophie, unfortunately we need to cancel P01260 - the merino throw range was dropped from our winter catalogue. Sorry for the short notice. Tim
""", end="Ngā mihi,", change="cancel", intent="cancellation", sec=["question"], po=["P01260"],
     vref=["KW-CN-0193"],
     dates=[("2026-10-02", "other", "2 October")],
     lines=[("merino throws", 150, "units", "merino throws, 150 units", "P01260")]),

dict(v="sparkle", lang="en", at="2026-11-20 07:00", subj="Order P01262 - status changed to DELAYED",
     frm="Sparkle Glassware Order Portal <noreply@sparkleglass.co.uk>",
     text="""
Order status update - DELAYED

Order: P01262
Previous despatch date: 30/11/2026
New despatch date: 14/12/2026
Reason: awaiting stock from manufacturer

Item                              Qty
SG-WG-450 Wine glass 450ml        1,200
SG-CF-200 Champagne flute 200ml   800

View your order at portal.sparkleglass.co.uk/orders

You are receiving this email because you have an account with Sparkle Glassware Ltd.
""", end="View your order at", change="date", intent="delay", po=["P01262"],
     dates=[("2026-11-30", "other", "30/11/2026"), ("2026-12-14", "ship_date", "14/12/2026")]),

dict(v="lisbon", c=1, lang="en", at="2026-10-05 10:00", subj="Statement of account 30/09/2026",
     text="""
Dear Sir/Madam,

Please find below your statement of account at 30/09/2026.

Document        Date         Your ref   Due date     Amount EUR
FT 2026/1412    14/08/2026   P01185     13/09/2026   4.215,60
FT 2026/1533    02/09/2026   P01192     02/10/2026   2.980,00
FT 2026/1601    16/09/2026   P01201     16/10/2026   6.112,40
Total open                                           13.308,00

Invoices FT 2026/1412 and FT 2026/1533 are overdue. We kindly ask you to arrange the payment or tell us if there is any reason for the delay.

Best regards,
Rui Costa
Accounts Department
""", end="Best regards,", change="none", intent="other", po=["P01185", "P01192", "P01201"],
     vref=["FT 2026/1412", "FT 2026/1533", "FT 2026/1601"],
     dates=[("2026-09-30", "other", "30/09/2026"), ("2026-08-14", "other", "14/08/2026"),
            ("2026-09-13", "other", "13/09/2026"), ("2026-09-02", "other", "02/09/2026"),
            ("2026-10-02", "other", "02/10/2026"), ("2026-09-16", "other", "16/09/2026"),
            ("2026-10-16", "other", "16/10/2026")]),

dict(v="aceites", c=1, lang="en", at="2026-11-30 12:30", subj="Fwd: carga P01269",
     text="""
Hello Sandra,

I forward you below the message from our warehouse. Your order P01269 is ready and everything is OK, delivery is on Thursday as you ordered.

Regards
Javier

---------- Forwarded message ---------
From: Almacén Aceites del Sur <almacen@aceitesdelsur.es>
Date: Mon, Nov 30, 2026 at 11:52 AM
Subject: carga P01269

Javier, the order P01269 for Hartmann is prepared complete: 480 bottles AS-EVOO-750 and 240 tins AS-EVOO-5L, 6 pallets. Truck of Transportes Ruiz loads tomorrow morning, delivery Hamburg Thursday 03/12.
""", end="Regards\nJavier", change="none", intent="confirmation", po=["P01269"],
     commit=("2026-12-03", "delivery is on Thursday as you ordered"),
     dates=[("2026-12-03", "confirmed_delivery", "on Thursday as"), ("2026-12-01", "ship_date", "tomorrow"),
            ("2026-12-03", "confirmed_delivery", "Thursday 03/12")],
     lines=[("AS-EVOO-750", 480, "bottles", "480 bottles AS-EVOO-750", "P01269"),
            ("AS-EVOO-5L", 240, "tins", "240 tins AS-EVOO-5L", "P01269")]),

dict(v="anatolia", c=1, lang="en", at="2026-12-01 16:30", subj="P01244 loaded - 2 trucks",
     text="""
Dear Sandra,

Your order P01244 is loaded today complete, 2 trucks. Please see details:

Truck 1: 34 ABC 712 - CMR 0048812 - 22 pallets bath towels
Truck 2: 34 KLM 209 - CMR 0048813 - 18 pallets bath robes and bath mats

Estimated arrival Hamburg warehouse on 7.12 morning (transit via Kapikule, Serbia, Hungary). The drivers will call your warehouse one day before.

Documents (invoice, packing list, EUR.1) sent with courier to your accounts dept.

Best regards,
Elif Demir
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P01244"],
     commit=("2026-12-07", "Estimated arrival Hamburg warehouse on 7.12"),
     dates=[("2026-12-01", "ship_date", "loaded today"), ("2026-12-07", "confirmed_delivery", "7.12 morning")],
     track=[(None, "0048812", "CMR 0048812"), (None, "0048813", "CMR 0048813")]),

dict(v="voltix", c=1, lang="en", at="2026-10-26 18:00", subj="Shipment advice P01236",
     text="""
Hi Tim,

Shipment advice for P01236:

Vessel: COSCO SHIPPING ARIES V.031W
Container: CSNU 6618204 (40'HQ)
B/L No.: COSU6301884470
ETD Yantian: Oct 25 (sailed)
ETA Hamburg: Dec 2

In this container: VX-WC15 wireless charger 4,000 pcs and VX-SP05 bluetooth speaker 1,500 pcs.
VX-LB02 LED bulb 6,000 pcs is not inside, because the certificate test report was not ready in time. It will go with next vessel ETD Nov 8, ETA Hamburg around Dec 16.

Original docs will send by DHL after balance payment.

Best regards
Kevin Liu
""", end="Best regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P01236"], commit=("2026-12-16", "ETA Hamburg around Dec 16"),
     dates=[("2026-10-25", "ship_date", "Oct 25"), ("2026-12-02", "confirmed_delivery", "Dec 2"),
            ("2026-11-08", "ship_date", "Nov 8"), ("2026-12-16", "new_eta", "Dec 16")],
     lines=[("VX-WC15", 4000, "pcs", "VX-WC15 wireless charger 4,000 pcs", "P01236"),
            ("VX-SP05", 1500, "pcs", "VX-SP05 bluetooth speaker 1,500 pcs", "P01236"),
            ("VX-LB02", 6000, "pcs", "VX-LB02 LED bulb 6,000 pcs", "P01236")],
     track=[("COSCO", "CSNU 6618204", "Container: CSNU 6618204"), ("COSCO", "COSU6301884470", "B/L No.: COSU6301884470")]),
dict(v="acme", lang="en", at="2026-11-13 16:44", subj="[Ticket #AHG-558213] RE: P01275 - delivery 11/18 at risk?",
     frm="Acme Home Goods Customer Support <support@acmehomegoods.com>",
     text="""
Hello,

Thank you for contacting Acme Home Goods. This is an automatic confirmation that we have received your message and created ticket #AHG-558213. A member of our team will respond within 1-2 business days.

Please keep the ticket number in the subject line of any further correspondence.

Acme Home Goods Customer Support
Mon-Fri 8:00 AM - 6:00 PM ET

-----Original Message-----
From: Laura Jensen
Sent: Friday, November 13, 2026 4:40 PM
Subject: P01275 - delivery 11/18 at risk?

Hi Jessica, our carrier says P01275 is not yet picked up. Will the 11/18 delivery still happen? Please advise urgently.
""", end="Acme Home Goods Customer Support", change="none", intent="other", po=["P01275"]),

dict(v="seoul", c=1, lang="en", at="2026-11-18 15:30", subj="P01277 schedule change",
     text="""
Dear Mr. Brandt,

I am sorry to inform you about P01277 (ceramic coated saucepans, 3 sizes). Our coating supplier delivered a wrong colour and we must wait new material. So the production will finish on 4 December, not 20 November as in our confirmation.

New loading date is 7 December at Busan, and ETA Hamburg will be 14 January.

Could you accept this new schedule? If you need part of goods earlier, we can send 16cm and 20cm saucepans by air with extra cost, please let me know.

Best regards,
Min-seo Kim
""", end="Best regards,", change="date", intent="delay", sec=["question"], po=["P01277"],
     commit=("2027-01-14", "ETA Hamburg will be 14 January"),
     dates=[("2026-12-04", "other", "4 December"), ("2026-11-20", "other", "20 November"),
            ("2026-12-07", "ship_date", "7 December"), ("2027-01-14", "new_eta", "14 January")]),

dict(v="ningbo", c=1, lang="en", at="2026-10-29 10:05", subj="P01280 - earlier vessel possible?",
     text="""
Dear Laura,

Good news for P01280, the glass storage jars finished production 1 week early. We have chance to book space on earlier vessel: ETD Ningbo 7 Nov, ETA Hamburg about 12 Dec, that is two weeks earlier than our confirmation.

Do you accept early delivery? Your warehouse has space for it? If yes pls confirm before Monday, so we can book. If not, we keep original schedule, no problem.
Thanks

Leo Wang
Ningbo Homeware Trading Co., Ltd.
""", end="Thanks\n\nLeo Wang", change="none", intent="question", po=["P01280"],
     dates=[("2026-11-07", "other", "7 Nov"), ("2026-12-12", "other", "12 Dec"),
            ("2026-11-02", "other", "before Monday")]),

dict(v="hanoi", lang="en", at="2026-11-20 09:15", subj="Re: P01285 port congestion?",
     text="""
Dear Sandra,

Thank you for your message. We checked with our forwarder, the congestion at Cat Lai port is mainly for import containers, our export booking is not affected. So your order P01285 is loading as planned on 27 Nov and delivery to your Hamburg warehouse stays on 6 January, same as our order confirmation HBC-OC-26-118.

We will send the shipping documents after loading.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC

On Thu, Nov 19, 2026 at 4:02 PM Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Dear Lan, we read news about big delays in Vietnamese ports. Is P01285 affected? Do we need to expect a later delivery?
""", end="Best regards,", change="none", intent="confirmation", po=["P01285"], vref=["HBC-OC-26-118"],
     commit=("2027-01-06", "delivery to your Hamburg warehouse stays on 6 January"),
     dates=[("2026-11-27", "ship_date", "27 Nov"), ("2027-01-06", "confirmed_delivery", "6 January")]),

dict(v="aussie", lang="en", at="2026-11-10 18:22", subj="Your order AOG-100482 has shipped",
     frm="Aussie Outdoor Gear <noreply@aussieoutdoor.com.au>",
     text="""
G'day Hartmann Home & Garden,

Great news - your order is on its way!

Order number: AOG-100482
Your reference: P01282
Shipped: 10/11/2026
Carrier: DHL Express Worldwide
Tracking number: 7731 5520 418

Items in this shipment
ADV-TENT-4P  Adventure dome tent 4 person  x 60
ADV-MAT-SI   Self-inflating sleeping mat    x 120

All items on your order have now been shipped.
Estimated delivery: 16/11/2026 - 18/11/2026

Track your parcel any time at aussieoutdoor.com.au/track

Aussie Outdoor Gear Pty Ltd | ABN 51 824 753 556
""", end="Track your parcel any time", change="shipping", intent="shipping_notice",
     po=["P01282"], vref=["AOG-100482"],
     commit=("2026-11-18", "Estimated delivery: 16/11/2026 - 18/11/2026"),
     dates=[("2026-11-10", "ship_date", "10/11/2026"), ("2026-11-16", "range_start", "16/11/2026"),
            ("2026-11-18", "range_end", "18/11/2026")],
     lines=[("ADV-TENT-4P", 60, None, "ADV-TENT-4P  Adventure dome tent 4 person  x 60", "P01282"),
            ("ADV-MAT-SI", 120, None, "ADV-MAT-SI   Self-inflating sleeping mat    x 120", "P01282")],
     track=[("DHL Express Worldwide", "7731 5520 418", "Tracking number: 7731 5520 418")]),

dict(v="texbright", c=1, lang="en", at="2026-12-08 13:40", subj="P01284 - partial shipment",
     text="""
Hi Tim,

Quick update on P01284. We shipped 180 of the 240 queen comforter sets (TB-CMF-Q-GRY) today via UPS Freight, PRO 522-1840-376, and they should deliver by 12/11. The other 60 sets are backordered - our mill is short on the grey shell fabric - and are now due to ship 12/18, delivering 12/22.

The king sets (TB-CMF-K-GRY, 120 units) went out complete on the same truck.

Sorry for the split, I'll send the second PRO as soon as it's booked.

Olivia
""", end="Olivia", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P01284"],
     commit=("2026-12-22", "delivering 12/22"),
     dates=[("2026-12-08", "ship_date", "today"), ("2026-12-11", "confirmed_delivery", "12/11"),
            ("2026-12-18", "ship_date", "12/18"), ("2026-12-22", "new_eta", "12/22")],
     lines=[("TB-CMF-Q-GRY", 180, "sets", "shipped 180 of the 240 queen comforter sets", "P01284"),
            ("TB-CMF-Q-GRY", 60, "sets", "The other 60 sets are backordered", "P01284"),
            ("TB-CMF-K-GRY", 120, "units", "TB-CMF-K-GRY, 120 units", "P01284")],
     track=[("UPS Freight", "522-1840-376", "PRO 522-1840-376")]),

dict(v="taipei", lang="en", at="2026-10-16 11:20", subj="Price adjustment for cable items",
     text="""
Dear Tim,

Copper price on LME went up about 18% since summer, and our cable cost increase a lot. After long discussion inside our company, we must adjust the price of below items from your next order:

TC-HDMI-3M   HDMI 2.1 cable 3m      USD 2.40 -> USD 2.65
TC-USBC-2M   USB-C to USB-C 2m      USD 1.85 -> USD 2.02

Other items stay same price. Your current open order P01242 is not affected, we keep the confirmed price.

Thank you for your understanding.

Best regards,
Vivian Lin
""", end="Thank you for your understanding.", change="price", intent="price_change", po=["P01242"],
     prices=[dict(product="TC-HDMI-3M", old=2.40, new=2.65, cur="USD",
                  quote="TC-HDMI-3M   HDMI 2.1 cable 3m      USD 2.40 -> USD 2.65"),
             dict(product="TC-USBC-2M", old=1.85, new=2.02, cur="USD",
                  quote="TC-USBC-2M   USB-C to USB-C 2m      USD 1.85 -> USD 2.02")]),

dict(v="voltix", lang="en", at="2026-12-10 10:00", subj="Chinese New Year holiday notice 2027",
     text="""
Dear valued customer,

Please kindly note our Chinese New Year holiday arrangement:

Factory closed: Feb 5, 2027 to Feb 21, 2027
Office closed: Feb 10, 2027 to Feb 18, 2027

For goods need to ship before holiday, please place your orders before Dec 25 so we can arrange material and production in time. Orders placed after this date will be produced after the holiday.

Thank you for your support in 2026, wish you Merry Christmas and Happy New Year!

Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.
""", end="Cindy Zhang", change="none", intent="other",
     dates=[("2027-02-05", "other", "Feb 5, 2027"), ("2027-02-21", "other", "Feb 21, 2027"),
            ("2027-02-10", "other", "Feb 10, 2027"), ("2027-02-18", "other", "Feb 18, 2027"),
            ("2026-12-25", "other", "Dec 25")]),

dict(v="ningbo", lang="en", at="2026-11-26 16:00", subj="P01290 cancel - very sorry",
     text="""
Dear Laura,

Very sorry, we have bad news for P01290. The factory making the tempered glass lids closed the business suddenly and we can not find other factory can make the same lid in short time. After discussing with our boss, we have to cancel P01290 complete (2,000 sets cookware with glass lid). The deposit USD 4,800 we will return to your account within 7 days.

We apologize again for the trouble.

Best regards,
Amy Chen

-----Original Message-----
From: Amy Chen
Sent: Tuesday, November 10, 2026 11:20
To: Laura Jensen
Subject: P01290 lid problem

Dear Laura, the glass lid factory has some problem, P01290 ETD will delay to 5 Dec. We will update you.
""", end="Best regards,", change="cancel", intent="cancellation", po=["P01290"],
     dates=[("2026-12-03", "other", "within 7 days")],
     lines=[("cookware set with glass lid", 2000, "sets", "cancel P01290 complete (2,000 sets", "P01290")]),

dict(v="milano", c=1, lang="en", at="2026-11-25 15:10", subj="Fwd: ritardo / delay HHG Hamburg - P01279",
     text="""
Dear Mike,

please see below the message from our forwarder. Unfortunately the truck with your order P01279 had a technical problem near Innsbruck, they need to change the tractor unit. Delivery will be tomorrow morning instead of today, we are sorry.

Best regards
Marco Bianchi
Milano Casa S.r.l.

---------- Forwarded message ---------
From: Dispo Nord <dispo@transnord.it>
Date: Wed, Nov 25, 2026 at 14:41
Subject: ritardo / delay HHG Hamburg

Dear Marco, vehicle FG 412 XT (your shipment for Hartmann, Hamburg) has gearbox failure at Brenner motorway. Replacement tractor arrives in few hours. New ETA Hamburg Thursday 26/11 at 08:00.
""", end="Best regards", change="date", intent="delay", po=["P01279"],
     commit=("2026-11-26", "Delivery will be tomorrow morning"),
     dates=[("2026-11-26", "new_eta", "tomorrow morning"), ("2026-11-25", "other", "instead of today"),
            ("2026-11-26", "new_eta", "Thursday 26/11")]),

dict(v="delhicotton", c=1, lang="en", at="2026-09-24 12:30", subj="ORDER ACCEPTANCE DCM/OA/26-27/0742 AGAINST PO P01213",
     text="""
*** This is a system generated mail from DCM-ERP. ***

ORDER ACCEPTANCE

Customer   : HARTMANN HOME & GARDEN GMBH
Cust. PO   : P01213  Dt. 18-09-2026
Our Ref    : DCM/OA/26-27/0742
Terms      : FOB Nhava Sheva, LC at sight

Sr  Style            Description                    Qty (pcs)   Rate USD   Ex-Factory
1   DCM-KT-5070-GRN  Kitchen towel 50x70 green      6000        0.62       05-11-2026
2   DCM-KT-5070-RED  Kitchen towel 50x70 red        6000        0.62       05-11-2026
3   DCM-APR-NAT      Apron cotton natural           2400        1.95       12-11-2026

Kindly check and revert within 3 days in case of any discrepancy, else the order will be treated as accepted.

Regards,
Priya Sharma
Merchandising
""", end="Regards,", change="none", intent="confirmation", po=["P01213"], vref=["DCM/OA/26-27/0742"],
     dates=[("2026-09-18", "other", "18-09-2026"), ("2026-11-05", "ship_date", ("05-11-2026", 0)),
            ("2026-11-05", "ship_date", ("05-11-2026", 1)), ("2026-11-12", "ship_date", "12-11-2026"),
            ("2026-09-27", "other", "within 3 days")],
     lines=[("DCM-KT-5070-GRN", 6000, "pcs", "1   DCM-KT-5070-GRN  Kitchen towel 50x70 green      6000        0.62       05-11-2026", "P01213"),
            ("DCM-KT-5070-RED", 6000, "pcs", "2   DCM-KT-5070-RED  Kitchen towel 50x70 red        6000        0.62       05-11-2026", "P01213"),
            ("DCM-APR-NAT", 2400, "pcs", "3   DCM-APR-NAT      Apron cotton natural           2400        1.95       12-11-2026", "P01213")]),

dict(v="plasticos", c=1, lang="en", at="2026-11-27 10:20", subj="New contact person for your account",
     text="""
Dear customers,

With this email I want to inform that from December 1st I will be your contact for all orders and logistics questions, because Rodrigo Garza is moving to our new plant in Saltillo. Rodrigo will stay in copy until Christmas to make a good transition.

My contact data:
Fernanda Treviño
Customer Service Export
fernanda.trevino@plasticosdelnorte.com.mx
+52 81 8340 2210

Nothing changes in your open orders, prices or delivery dates.

Best regards,
Fernanda
""", end="Best regards,", change="none", intent="other",
     dates=[("2026-12-01", "other", "December 1st")]),

dict(v="lemaire", c=1, lang="en", at="2026-12-01 09:50", subj="P01288 - pallets question",
     text="""
Dear Mrs Klein,

For your order P01288 (speculoos 250g and butter waffles 300g), we plan the loading in week 50.

Our transporter asks which type of pallets your warehouse accept: EUR pallets with exchange, or one-way pallets? Also, is a maximum height of 1,80 m okay for your racks or do you need 1,60 m?

Thank you for your quick answer, then I can confirm the transport.

Kind regards,
Sophie Dubois
Biscuiterie Lemaire SA
""", end="Kind regards,", change="none", intent="question", po=["P01288"],
     dates=[("2026-12-07", "ship_date", "week 50")]),
dict(v="brightline", lang="en", at="2026-12-09 10:30", subj="Brightline Trade News - December 2026",
     frm="Brightline Trade News <news@brightline-electronics.co.uk>",
     text="""
BRIGHTLINE TRADE NEWS - December 2026

Hello from all of us at Brightline!

NEW: the BL-DL300 smart desk lamp with wireless charging base is now in stock at our Coventry warehouse and shipping to all trade customers. Launch price GBP 24.90 (RRP GBP 49.99) for orders up to 31 January.

BACK IN STOCK: the popular BL-NL10 night light, shipping again from week 2.

REMINDER: our office closes at 1pm on Christmas Eve and reopens on Monday 4 January. Last orders for delivery before Christmas by 17 December.

Thanks for a great year,
The Brightline team

To unsubscribe from trade news, reply with UNSUBSCRIBE.
""", end="Thanks for a great year,", change="none", intent="other",
     dates=[("2027-01-31", "other", "31 January"), ("2027-01-11", "other", "week 2"),
            ("2027-01-04", "other", "Monday 4 January"), ("2026-12-17", "other", "17 December")]),

dict(v="kaiser", c=1, lang="en", at="2026-11-04 14:15", subj="Order confirmation P01293 rev. 2",
     text="""
Dear Mr Osei,

thank you for the revised order P01293 (revision 2) which we received today. We confirm the changes as you requested: item EK-SD-230 smoke detector increased to 400 pcs, item EK-CO-10 CO detector reduced to 150 pcs.

Delivery date stays unchanged, CW 48. Our updated order confirmation AB-26-11872 is attached.

With kind regards
Petra Lange
Vertrieb Innendienst
Elektro Kaiser GmbH
""", end="With kind regards", change="none", intent="confirmation", po=["P01293"], vref=["AB-26-11872"],
     commit=("2026-11-23", "Delivery date stays unchanged, CW 48"),
     dates=[("2026-11-04", "other", "today"), ("2026-11-23", "confirmed_delivery", "CW 48")],
     lines=[("EK-SD-230", 400, "pcs", "increased to 400 pcs", "P01293"),
            ("EK-CO-10", 150, "pcs", "reduced to 150 pcs", "P01293")]),

dict(v="vlaamse", c=1, lang="en", at="2026-11-30 11:05", subj="RE: P01294 table runners",
     text="""
Hello Sandra,

Good news about P01294: the last 200 pieces of the linen table runners came from the weaving yesterday and passed the quality control. So we can deliver the complete quantity of 800 pieces on 10 December, like in our confirmation. No need for a second delivery.

Kind regards
An Claes
Vlaamse Textiel NV

________________________________
Van: An Claes
Verzonden: maandag 23 november 2026 16:20
Aan: Sandra Klein
Onderwerp: P01294 table runners

Hello Sandra, it is possible that we deliver only 600 pcs on 10 December and the rest 200 pcs one week later, the weaving is behind. I will confirm next week.
""", end="Kind regards", change="none", intent="confirmation", po=["P01294"],
     commit=("2026-12-10", "deliver the complete quantity of 800 pieces on 10 December"),
     dates=[("2026-11-29", "other", "yesterday"), ("2026-12-10", "confirmed_delivery", ("10 December", 0))],
     lines=[("linen table runners", 800, "pieces", "complete quantity of 800 pieces", "P01294")]),

dict(v="brunner", c=1, lang="en", at="2026-11-16 08:45", subj="P01296 bed linen - new delivery date",
     text="""
Good morning Mrs Jensen

I am sorry, but our yarn supplier in Italy delivered the organic cotton two weeks late. For this reason the bed linen for P01296 can not be delivered in KW 49 as confirmed. New delivery date is KW 51, on Tuesday 15.12. at your warehouse in Hamburg.

The pillow cases of the same order are ready and can come in KW 49 as planned, if you want a split delivery. Please tell me.

Kind regards
Nadine Keller
Brunner Textil AG
""", end="Kind regards", change="date", intent="delay", sec=["question"], po=["P01296"],
     commit=("2026-12-15", "New delivery date is KW 51, on Tuesday 15.12."),
     dates=[("2026-11-30", "other", ("KW 49", 0)), ("2026-12-14", "new_eta", "KW 51"),
            ("2026-12-15", "new_eta", "Tuesday 15.12."), ("2026-11-30", "other", ("KW 49", 1))]),

dict(v="bretagne", c=1, lang="en", at="2026-12-02 17:20", subj="P01298 - delivery postponed (strike)",
     text="""
Hello Mr Brandt,

I inform you that the delivery of your order P01298 (USB wall chargers AEB-CH-20W) is postponed. Our carrier is in strike since Monday and the trucks don't leave the depot in Rennes. The delivery planned on 9 December will be done on 16 December if the strike stop this week, we follow the situation day by day.

Sorry for the inconvenience.

Cordially,
Morgane Tanguy
""", end="Sorry for the inconvenience.", change="date", intent="delay", po=["P01298"],
     commit=("2026-12-16", "will be done on 16 December"),
     dates=[("2026-11-30", "other", "since Monday"), ("2026-12-09", "other", "9 December"),
            ("2026-12-16", "new_eta", "16 December"), ("2026-11-30", "other", "this week")]),

dict(v="kaashandel", c=1, lang="en", at="2026-12-14 07:40", subj="P01299 on the way",
     text="""
Good morning Tim,

Your order P01299 (Gouda jong 48+, Gouda belegen, Old Amsterdam, 96 wheels in total) left our warehouse in Bodegraven this morning with refrigerated truck of Kuehne+Nagel. Order is complete. Arrival at your Hamburg DC tomorrow between 6 and 10 in the morning.

Trip number K+N: 6523318047
Temperature record will be sent with the invoice.

Met vriendelijke groet / Kind regards,
Lotte Visser
""", end="Met vriendelijke groet", change="shipping", intent="shipping_notice", po=["P01299"],
     commit=("2026-12-15", "Arrival at your Hamburg DC tomorrow"),
     dates=[("2026-12-14", "ship_date", "this morning"), ("2026-12-15", "confirmed_delivery", "tomorrow")],
     lines=[("Gouda cheese wheels", 96, "wheels", "96 wheels in total", "P01299")],
     track=[("Kuehne+Nagel", "6523318047", "Trip number K+N: 6523318047")]),

dict(v="schwarzwald", lang="en", at="2026-11-19 06:30", subj="DESADV DA-2611-04417 / P01300",
     frm="Schwarzwald Haushaltswaren EDI <edi@schwarzwald-haushalt.de>",
     text="""
DESPATCH ADVICE (DESADV) - AUTOMATIC NOTIFICATION

Despatch advice no.:   DA-2611-04417
Despatch date:         19.11.2026
Order reference:       P01300
Delivery note:         LS-8840215
Consignee:             Hartmann Home & Garden GmbH, Lager Billbrook, Hamburg
Carrier:               DACHSER
Consignment no.:       DA-HH-2261904418
Expected delivery:     20.11.2026

Pos  Article       Description                         Desp. qty  Unit
10   SW-BR-30      Bread bin wood 30cm                 180        PCE
20   SW-GR-4S      Box grater 4-sided stainless        360        PCE
30   SW-SB-28      Salad bowl beech 28cm               240        PCE

Order status: completely delivered

This message was generated automatically. Please direct questions to versand@schwarzwald-haushalt.de.
""", end="This message was generated automatically.", change="shipping", intent="shipping_notice",
     po=["P01300"], vref=["DA-2611-04417", "LS-8840215"],
     commit=("2026-11-20", "Expected delivery:     20.11.2026"),
     dates=[("2026-11-19", "ship_date", "19.11.2026"), ("2026-11-20", "confirmed_delivery", "20.11.2026")],
     lines=[("SW-BR-30", 180, "PCE", "10   SW-BR-30      Bread bin wood 30cm                 180        PCE", "P01300"),
            ("SW-GR-4S", 360, "PCE", "20   SW-GR-4S      Box grater 4-sided stainless        360        PCE", "P01300"),
            ("SW-SB-28", 240, "PCE", "30   SW-SB-28      Salad bowl beech 28cm               240        PCE", "P01300")],
     track=[("DACHSER", "DA-HH-2261904418", "Consignment no.:       DA-HH-2261904418")]),

dict(v="highland", c=1, lang="en", at="2026-11-26 15:20", subj="P01302 - rest of order shipped",
     text="""
Hi Laura,

The pillar candles for P01302 went out today on Palletways, all 3 pallets - that completes the order together with the jar candles we sent on the 17th. Consignment number 0127754-HCW. Palletways quote delivery Tuesday.

Any problems give me a shout.

Cheers
Ewan
""", end="Cheers", change="shipping", intent="shipping_notice", po=["P01302"],
     commit=("2026-12-01", "Palletways quote delivery Tuesday"),
     dates=[("2026-11-26", "ship_date", "went out today"), ("2026-11-17", "ship_date", "the 17th"),
            ("2026-12-01", "confirmed_delivery", "Tuesday")],
     track=[("Palletways", "0127754-HCW", "Consignment number 0127754-HCW")]),

dict(v="jansen", c=1, lang="en", at="2026-12-03 14:00", subj="P01303 LED strips - part delivery",
     text="""
Hi Mike,

For order P01303 we can send today 350 pcs of the LED strip 5m (EJ-LS-5M-WW), the other 150 pcs are still on the way from our supplier. We expect them in our warehouse next week and then we ship them directly, so you have them in week 51.

The truck with the 350 pcs leaves at 16:00, you get them tomorrow.

Groeten / regards,
Eva Mulder
Elektro Jansen B.V.
""", end="Groeten / regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P01303"],
     commit=("2026-12-14", "so you have them in week 51"),
     dates=[("2026-12-03", "ship_date", "send today"), ("2026-12-07", "other", "next week"),
            ("2026-12-14", "new_eta", "week 51"), ("2026-12-04", "confirmed_delivery", "tomorrow")],
     lines=[("EJ-LS-5M-WW", 350, "pcs", "we can send today 350 pcs", "P01303"),
            ("EJ-LS-5M-WW", 150, "pcs", "the other 150 pcs", "P01303")]),

dict(v="galicia", c=1, lang="en", at="2026-10-21 12:10", subj="Confirmation order P01304",
     text="""
Dear Laura,

Thank you for the order P01304. I have to tell you that this season the sardine catch in Galicia is very low and the fishing quota was closed early. For the sardines in olive oil 120g (CG-SAR-120) we can confirm only 1.800 tins of the 2.400 you ordered; the other 600 tins we can not supply this year and we remove them from the order.

The mussels in escabeche (CG-MEJ-115, 1.200 tins) and the tuna (CG-ATU-200, 960 tins) are confirmed complete.

All will be delivered together on 13 November as requested.

Best regards,
Beatriz Castro
Conservas Galicia S.A.
""", end="Best regards,", change="quantity", intent="partial_shipment", po=["P01304"],
     commit=("2026-11-13", "All will be delivered together on 13 November"),
     dates=[("2026-11-13", "confirmed_delivery", "13 November")],
     lines=[("CG-SAR-120", 1800, "tins", "confirm only 1.800 tins", "P01304"),
            ("CG-SAR-120", 600, "tins", "the other 600 tins", "P01304"),
            ("CG-MEJ-115", 1200, "tins", "CG-MEJ-115, 1.200 tins", "P01304"),
            ("CG-ATU-200", 960, "tins", "CG-ATU-200, 960 tins", "P01304")]),

dict(v="andino", c=1, lang="en", at="2026-11-24 09:30", subj="P01305 - roast profile and vessel",
     text="""
Hello Sandra,

The green coffee for your order P01305 (Huila Excelso) is milled and ready in Cartagena. Before we roast and pack the retail part, I need two things from you:

1. Roast profile: medium like the last order, or the new medium-dark you tasted at the fair?
2. Vessel: we have space on the MSC sailing 11/12 or the Hapag-Lloyd one on 18/12. The first is cheaper but arrives around Christmas when your warehouse is closed, so maybe the second is better for you?

Please let me know by Friday so I can confirm the booking.

Saludos,
Valentina Ospina
Café Andino S.A.S.
""", end="Saludos,", change="none", intent="question", po=["P01305"],
     dates=[("2026-12-11", "other", "11/12"), ("2026-12-18", "other", "18/12"),
            ("2026-11-27", "other", "by Friday")]),

dict(v="alpen", c=1, lang="en", at="2026-12-15 10:45", subj="New price list 2027",
     text="""
Dear Mrs Klein,

due to the increased costs for energy, packaging and dairy raw materials we must unfortunately adjust our prices. From 1 February 2027 our new price list 2027 is valid, on average the prices rise by 4,5 %. Here the changes for the articles you order regularly:

AF-KAE-BERG  Bergkäse 200g       EUR 3,95  new EUR 4,15
AF-SPK-TIR   Tiroler Speck 150g  EUR 4,60  new EUR 4,80

Orders placed until 31 January 2027 will be delivered at the current prices, also your open order P01306.

Kind regards
Theresa Huber
Alpen Feinkost AG
""", end="Kind regards", change="price", intent="price_change", po=["P01306"],
     dates=[("2027-02-01", "price_effective", "1 February 2027"), ("2027-01-31", "other", "31 January 2027")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2027-02-01", quote="on average the prices rise by 4,5 %"),
             dict(product="AF-KAE-BERG", old=3.95, new=4.15, cur="EUR", eff="2027-02-01",
                  quote="AF-KAE-BERG  Bergkäse 200g       EUR 3,95  new EUR 4,15"),
             dict(product="AF-SPK-TIR", old=4.60, new=4.80, cur="EUR", eff="2027-02-01",
                  quote="AF-SPK-TIR   Tiroler Speck 150g  EUR 4,60  new EUR 4,80")]),
]
