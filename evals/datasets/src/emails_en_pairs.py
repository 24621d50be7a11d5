# ruff: noqa: E501 - email text and sentence patterns are data
"""English emails built around the intent classifier's confusable pairs (issue #5, batch 2a). Hand-written."""

EMAILS = [
dict(v="acme", lang="en", at="2026-11-16 10:20", subj="P00631 - delivery date confirmed",
     text="""
Hi Mike,

Following up on our call this morning: confirming P00631 (24 ct wicker laundry hampers, item AHG-WH-24) for delivery on 12/11. I know the PO originally asked for 12/4, but as we agreed, 12/11 works on our side and the truck is booked.

Nothing else changes - quantities and pricing as per the PO.

Thanks again for being flexible,
Jessica Moreno
Acme Home Goods | Account Manager
""", end="Thanks again for being flexible,", change="date", intent="confirmation",
     po=["P00631"], commit=("2026-12-11", "for delivery on 12/11"),
     dates=[("2026-12-11", "confirmed_delivery", ("12/11", 0)), ("2026-12-04", "other", "12/4"),
            ("2026-12-11", "confirmed_delivery", ("12/11", 1))]),

dict(v="greenthumb", lang="en", at="2026-11-23 08:15", subj="P02073 potting soil - truck moved",
     text="""
Morning Laura,

Bad news on P02073. The potting soil won't be on the truck Thursday like we told you - the bagging line at our Joliet plant went down over the weekend and we lost two days of production. New delivery date is Tuesday 12/1.

Really sorry, I know you wanted it on the floor before the weekend.

Randy
""", end="Randy", change="date", intent="delay",
     po=["P02073"], commit=("2026-12-01", "New delivery date is Tuesday 12/1"),
     dates=[("2026-11-26", "other", "Thursday"), ("2026-12-01", "new_eta", "Tuesday 12/1")]),

dict(v="brightline", lang="en", at="2026-11-26 11:05", subj="P02074 - delivery booking at your DC",
     text="""
Hello Sandra,

Your order P02074 (HDMI 2.1 cables and the wall chargers) is on schedule for delivery on 03/12. Before our haulier books the slot, could you tell us two things:

1. Does your Hamburg DC take deliveries before 08:00?
2. Do you need a booking reference on the CMR, and if so, which one?

The date itself doesn't change either way, we just want the driver turned away as rarely as possible!

Kind regards,
Tom Okafor
Customer Operations | Brightline Electronics Ltd
""", end="Kind regards,", change="none", intent="question",
     po=["P02074"], commit=("2026-12-03", "on schedule for delivery on 03/12"),
     dates=[("2026-12-03", "confirmed_delivery", "03/12")]),

dict(v="cleanco", lang="en", at="2026-11-17 14:48", subj="RE: P00660 bleach 5L",
     text="""
Hi Tim,

Our supplier has let us down on the 5L thick bleach for P00660, so we can't make the 20/11 delivery we confirmed. Earliest for the full 1,000 is now 02/12.

We do have 600 on the shelf. Would you rather we send the 600 now and the rest on 02/12, or hold everything and deliver it together? Let me know by tomorrow if you can.

Cheers,
Gary

-----Original Message-----
From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: 09 November 2026 09:12
Subject: P00660 bleach 5L
Please confirm delivery 20/11.
""", end="Cheers,\nGary", change="date", intent="delay", sec=["question"],
     po=["P00660"], commit=("2026-12-02", ("02/12", 0)),
     dates=[("2026-11-20", "other", ("20/11", 0)), ("2026-12-02", "new_eta", ("02/12", 0)),
            ("2026-12-02", "other", ("02/12", 1)), ("2026-11-18", "other", "tomorrow")],
     lines=[("bleach 5L", 600, None, "We do have 600 on the shelf", "P00660")]),

dict(v="evergreen", lang="en", at="2026-12-01 15:30", subj="P02075 - line 3 cancelled",
     text="""
Tanya here from Evergreen.

Sorry to say we have to cancel line 3 of P02075, the recycled kraft gift wrap (EP-KGW-30), 40 rolls. The mill discontinued that grade last week and there is no equivalent we'd be happy sending you. Lines 1 and 2 ship as confirmed on 12/8.

You'll see the revised acknowledgement in the portal later today.

Tanya Brooks
Evergreen Paper Co.
""", end="Tanya Brooks\nEvergreen", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P02075"],
     dates=[("2026-12-08", "ship_date", "12/8"), ("2026-12-01", "other", "later today")],
     lines=[("EP-KGW-30", 40, "rolls", "40 rolls", "P02075")]),

dict(v="pacific", lang="en", at="2026-11-24 13:40", subj="P00680 Colombia Huila - new ETA",
     text="""
Hi Mike,

The Huila lot we roast for your P00680 is still sitting in customs at Oakland, so we can't roast in time for the 11/30 delivery we promised. Realistic new ETA at your end is the week of 12/14.

If that's too late for your holiday display, we totally understand - we can cancel P00680 with no penalty or swap to our Guatemala single-origin, which we could ship this week. Just tell me which way you want to go.

Lena
""", end="Lena", change="date", intent="delay", sec=["question"],
     po=["P00680"], commit=("2026-12-14", "Realistic new ETA at your end is the week of 12/14"),
     dates=[("2026-11-30", "other", "11/30"), ("2026-12-14", "new_eta", "the week of 12/14"),
            ("2026-11-23", "other", "this week")]),

dict(v="lakeside", lang="en", at="2026-11-04 09:02", subj="Invoice INV-88213 / PO P02076",
     text="""
Hello,

Please find attached invoice INV-88213 for PO P02076 (cat scratchers and litter mats), shipped 11/03 from our Plainfield DC. Payment is due 12/03 per net 30 terms.

Amber Nielsen
Accounts Receivable, Lakeside Pet Supply

--- attachment: INV-88213.pdf ---
LAKESIDE PET SUPPLY INC. - INVOICE
Invoice no.: INV-88213      Invoice date: 11/03/2026
Customer PO: P02076         Terms: Net 30
Item          Description              Qty    Unit price   Amount
LPS-CS-18     Cardboard scratcher 18"  240    $6.40        $1,536.00
LPS-LM-XL     Litter mat XL            120    $9.85        $1,182.00
                                              Total USD    $2,718.00
""", end="Amber Nielsen", change="none", intent="other",
     po=["P02076"], vref=["INV-88213"],
     dates=[("2026-11-03", "ship_date", "shipped 11/03"), ("2026-12-03", "other", "12/03"),
            ("2026-11-03", "other", "11/03/2026")]),

dict(v="ningbo", lang="en", at="2026-10-28 16:10", subj="Re: P02077 order confirmation",
     text="""
Dear Sandra,

Thanks for your order P02077. We confirm as below:

- Glass storage jar 1.2L (NB-GJ-12): 2,400 pcs OK, arrive Hamburg 15 Dec
- Glass jar with bamboo lid (NB-GJB-08): only 1,200 pcs of 2,000 can go this time, because bamboo lid supplier is short. The rest 800 pcs will go with next container in January.

Please kindly check and tell us if any problem.

Best regards
Amy Chen
Ningbo Homeware Co., Ltd
""", end="Best regards\nAmy Chen", change="quantity", intent="partial_shipment",
     po=["P02077"], commit=("2027-01-01", "next container in January"),
     dates=[("2026-12-15", "confirmed_delivery", "15 Dec"), ("2027-01-01", "new_eta", "January")],
     lines=[("NB-GJ-12", 2400, "pcs", "2,400 pcs OK", "P02077"),
            ("NB-GJB-08", 1200, "pcs", "only 1,200 pcs", "P02077"),
            ("NB-GJB-08", 800, "pcs", "The rest 800 pcs", "P02077")]),

dict(v="voltix", lang="en", at="2026-11-10 17:30", subj="Shipment P02078 LED strip",
     text="""
Dear Tim,

Your order P02078 all 3,000 pcs LED strip 5m (VX-LS5-RGB) shipped today by DHL Express, AWB 4471829365, 6 cartons. Estimated delivery 3-4 working days.

Commercial invoice and packing list attached.

Thanks & regards
Kevin Liu
""", end="Thanks & regards", change="shipping", intent="shipping_notice",
     po=["P02078"], commit=("2026-11-16", "Estimated delivery 3-4 working days"),
     dates=[("2026-11-10", "ship_date", "today"), ("2026-11-13", "range_start", ("3-4 working days", 0)),
            ("2026-11-16", "range_end", ("3-4 working days", 0))],
     lines=[("VX-LS5-RGB", 3000, "pcs", "all 3,000 pcs", "P02078")],
     track=[("DHL Express", "4471829365", "DHL Express, AWB 4471829365")]),

dict(v="delhicotton", lang="en", at="2026-10-30 12:45", subj="Diwali holidays - office closure",
     text="""
Dear Valued Customer,

Season's greetings from all of us at Delhi Cotton Mills!

Kindly note that our office and factory will remain closed from 6 Nov to 11 Nov on account of Diwali. We will resume work on 12 Nov. Any mails received during this period will be attended after we reopen.

Wishing you and your family a very happy and prosperous Diwali.

Warm regards,
Priya Sharma
Export Department
""", end="Warm regards,", change="none", intent="other",
     dates=[("2026-11-06", "other", "6 Nov"), ("2026-11-11", "other", "11 Nov"),
            ("2026-11-12", "other", "12 Nov")]),

dict(v="highland", lang="en", at="2026-11-02 10:00", subj="Highland Candles - 2027 trade price list",
     text="""
Dear Laura,

Please find attached our 2027 trade price list. Wax, fragrance oil and glass have all gone up again this year, and from 1 January 2027 our wholesale prices will rise by 4.5% across the range.

Any order placed before then is invoiced at the current prices, even if it ships in January.

Fiona MacLeod
Highland Candle Company

--- attachment: Highland_Trade_Prices_2027.pdf ---
HIGHLAND CANDLE COMPANY - TRADE PRICES valid from 01/01/2027
Code        Item                         2026     2027
HC-PIL-07   Pillar candle 7x15, heather  £6.20    £6.50
HC-JAR-20   Jar candle 20cl, peat smoke  £8.40    £8.80
""", end="Fiona MacLeod", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "from 1 January 2027"), ("2027-01-01", "price_effective", "01/01/2027")],
     prices=[dict(product=None, pct=4.5, eff="2027-01-01", quote="our wholesale prices will rise by 4.5%"),
             dict(product="HC-PIL-07", old=6.20, new=6.50, cur="GBP", eff="2027-01-01",
                  quote="HC-PIL-07   Pillar candle 7x15, heather  £6.20    £6.50"),
             dict(product="HC-JAR-20", old=8.40, new=8.80, cur="GBP", eff="2027-01-01",
                  quote="HC-JAR-20   Jar candle 20cl, peat smoke  £8.40    £8.80")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-19 11:30", subj="News from Dublin Biscuit Co. - Christmas 2026",
     text="""
Hi there,

It's been a busy autumn here in Dublin, and we wanted to share a few bits of news before the Christmas rush:

* Our new Ballymount warehouse opens on 7 December - same team, twice the space. Your orders will ship from there from that day on; nothing changes on your side.
* The festive shortbread tin is back, with a new tartan design.
* Good news on pricing: we're holding our 2026 prices through 2027 for all existing customers.

Thanks for a great year!

Siobhan Murphy
Dublin Biscuit Co.
""", end="Thanks for a great year!", change="none", intent="other",
     dates=[("2026-12-07", "other", "7 December")]),

dict(v="mapleleaf", lang="en", at="2026-12-04 15:20", subj="P02079 - first part shipped",
     text="""
Hi Laura,

We shipped 180 of the 250 folding camp chairs (MLO-CC-02) on P02079 today - Purolator PIN 329014455871. The remaining 70 are coming off the line next week and should reach you by 12/18.

Josh Tremblay
Maple Leaf Outdoor
""", end="Josh Tremblay", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P02079"], commit=("2026-12-18", "should reach you by 12/18"),
     dates=[("2026-12-04", "ship_date", "today"), ("2026-12-07", "other", "next week"),
            ("2026-12-18", "new_eta", "12/18")],
     lines=[("MLO-CC-02", 180, None, "shipped 180", "P02079"),
            ("MLO-CC-02", 70, None, "The remaining 70", "P02079")],
     track=[("Purolator", "329014455871", "Purolator PIN 329014455871")]),

dict(v="aussie", lang="en", at="2026-11-11 09:40", subj="RE: P00720 swags - still on track?",
     text="""
G'day Tim,

Yep, all good - P00720 (the canvas swags and self-inflating mats) is still ETA Hamburg 14/12, same as in my last email. Nothing's changed on our end.

Cheers,
Liam

________________________________
From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: Tuesday, 10 November 2026 16:02
Subject: P00720 swags - still on track?
Hi Liam, can you confirm P00720 is still on track for 14/12?
""", end="Cheers,\nLiam", change="none", intent="confirmation",
     po=["P00720"], commit=("2026-12-14", "ETA Hamburg 14/12"),
     dates=[("2026-12-14", "confirmed_delivery", ("14/12", 0))]),
dict(v="polska", lang="en", at="2026-11-12 13:25", subj="Order confirmation AB/2026/1187 - your P00727",
     text="""
Dear Mrs Klein,

Thank you for your order P00727. In attachment our order confirmation AB/2026/1187.

As agreed with you on the phone yesterday, delivery will be in KW 50 and not in KW 49 as written on the order, because the glaze for the blue series needs one more firing. All quantities and prices are as on your order.

With kind regards
Katarzyna Nowak
Polska Ceramika Sp. z o.o.

--- attachment: AB_2026_1187.pdf ---
POLSKA CERAMIKA SP. Z O.O. - ORDER CONFIRMATION AB/2026/1187
Customer: Hartmann Home & Garden, Hamburg     Your order: P00727
Pos  Article                          Qty     Unit price   Delivery
1    PC-MUG-BL  Mug 350 ml, cobalt     480     EUR 3,90     KW 50
2    PC-BWL-BL  Bowl 16 cm, cobalt     360     EUR 5,20     KW 50
Incoterms: DAP Hamburg
""", end="With kind regards", change="date", intent="confirmation",
     po=["P00727"], vref=["AB/2026/1187"], commit=("2026-12-07", ("delivery will be in KW 50", 0)),
     dates=[("2026-12-07", "confirmed_delivery", ("KW 50", 0)), ("2026-11-30", "other", "KW 49"),
            ("2026-12-07", "confirmed_delivery", ("KW 50", 1)), ("2026-12-07", "confirmed_delivery", ("KW 50", 2))],
     lines=[("PC-MUG-BL", 480, None, "1    PC-MUG-BL  Mug 350 ml, cobalt     480     EUR 3,90     KW 50", "P00727"),
            ("PC-BWL-BL", 360, None, "2    PC-BWL-BL  Bowl 16 cm, cobalt     360     EUR 5,20     KW 50", "P00727")]),

dict(v="texbright", lang="en", at="2026-12-02 17:55", subj="P02080",
     text="""
Olivia - P02080 bath towels slipping to 12/22, the navy dye lot failed QC. Sorry. Marcus
""", end="Marcus", change="date", intent="delay",
     po=["P02080"], commit=("2026-12-22", "slipping to 12/22"),
     dates=[("2026-12-22", "new_eta", "12/22")]),

dict(v="baltic", lang="en", at="2026-11-24 10:05", subj="P02081 amber pendants - packing question",
     text="""
Dear Laura,

Production of the amber pendants for your order P02081 is finished and they look beautiful. One question before we pack: do you want each pendant in its own gift box, or in bulk bags of 10 like last year?

We need your answer by Friday to keep the shipment on 4 December.

Best wishes,
Ruta Petraitiene
Baltic Amber Works
""", end="Best wishes,", change="none", intent="question",
     po=["P02081"],
     dates=[("2026-11-27", "other", "Friday"), ("2026-12-04", "ship_date", "4 December")]),

dict(v="sparkle", lang="en", at="2026-10-21 12:10", subj="RE: Please cancel P00698",
     text="""
Hi Laura,

No problem at all - P00698 (the etched highball glasses) is now cancelled in full on our system. The 30% deposit will come back to you as credit note CN-4410, which our accounts team will send separately.

Sorry it didn't work out this time, and do keep us in mind for spring.

Hannah

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: 20 October 2026 15:40
To: Hannah Price
Subject: Please cancel P00698
Hi Hannah, our customer dropped the range, so please cancel P00698 (due 18/11). Thanks, Laura
""", end="Hannah\n\n-----", change="cancel", intent="cancellation",
     po=["P00698"], vref=["CN-4410"]),

dict(v="acme", c=1, lang="en", at="2026-10-14 11:35", subj="PO P00749 - unable to fulfill",
     text="""
Laura,

I'm sorry to tell you that we are cancelling P00749. The manufacturer of the resin garden statues (AHG-GS-series) has ceased production entirely and we have no stock to fill the order. You have not been invoiced for anything, so nothing to credit.

If you'd like, I can send over a few alternatives from our 2027 catalog.

Dave Kowalski
Acme Home Goods
""", end="Dave Kowalski", change="cancel", intent="cancellation",
     po=["P00749"]),

dict(v="greenthumb", c=1, lang="en", at="2026-11-25 16:45", subj="Automatic reply: P02073 potting soil",
     text="""
Thank you for your email. I'm out of the office for the Thanksgiving holiday and will be back on Monday 11/30 with limited access to email until then.

For order status, PO changes or delivery appointments please contact orders@greenthumbsupply.com. For anything urgent about a shipment, call Randy Holt at (312) 555-0187.

Megan Tran
Green Thumb Supply
""", end="Megan Tran", change="none", intent="other",
     po=["P02073"],
     dates=[("2026-11-30", "other", "Monday 11/30")]),

dict(v="voltix", lang="en", at="2026-11-18 09:15", subj="Price adjustment notice - cable products",
     text="""
Dear valued customer,

Because copper price is going up strongly since September, we have to adjust our prices. From 1 Dec 2026 all cable products (USB, HDMI, power cords) will be +6%. LED and charger products no change.

Your open order P00755 will keep the old price, no worry.

Thanks for understanding.
Cindy Zhang
Sales Manager, Voltix Technology
""", end="Thanks for understanding.", change="price", intent="price_change",
     po=["P00755"],
     dates=[("2026-12-01", "price_effective", "From 1 Dec 2026")],
     prices=[dict(product="cable products", pct=6, eff="2026-12-01",
                  quote="all cable products (USB, HDMI, power cords) will be +6%")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-21 10:00", subj="Shipping advice P02082",
     text="""
Dear Tim,

Good day. Shipping advice for your order P02082 (full order, 1x40HQ):

Vessel: MSC ISABELLA V.647W
Container: CMAU4412873
B/L no.: NBHAM2611873
ETD Ningbo: 20 Nov (sailed)
ETA Hamburg: 28 Dec

Original B/L will courier to you after we receive the balance payment.

Best regards
Leo Wang
""", end="Best regards\nLeo Wang", change="shipping", intent="shipping_notice",
     po=["P02082"], commit=("2026-12-28", "ETA Hamburg: 28 Dec"),
     dates=[("2026-11-20", "ship_date", "20 Nov"), ("2026-12-28", "confirmed_delivery", "28 Dec")],
     track=[(None, "CMAU4412873", "Container: CMAU4412873"), (None, "NBHAM2611873", "B/L no.: NBHAM2611873")]),

dict(v="delhicotton", lang="en", at="2026-11-05 14:20", subj="Dispatch details - P00770 kitchen towels",
     text="""
Dear Sir/Madam,

This is to inform you that the goods against your PO No. P00770 have been dispatched yesterday by air freight, AWB No. 098-44718230, expected to land at Frankfurt on 9 Nov.

Kindly note that 1,800 pcs of the 2,000 pcs waffle kitchen towels are shipped. The balance 200 pcs were rejected in our final inspection for shade variation and are short-shipped; we will issue a credit note for the same in the final invoice.

Thanking you,
Rajesh Kumar
Delhi Cotton Mills
""", end="Thanking you,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P00770"], commit=("2026-11-09", "expected to land at Frankfurt on 9 Nov"),
     dates=[("2026-11-04", "ship_date", "yesterday"), ("2026-11-09", "confirmed_delivery", "9 Nov")],
     lines=[("waffle kitchen towels", 1800, "pcs", "1,800 pcs", "P00770"),
            ("waffle kitchen towels", 200, "pcs", "The balance 200 pcs", "P00770")],
     track=[(None, "098-44718230", "AWB No. 098-44718230")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-12-03 11:50", subj="Spring 2027 pre-book - forecast needed",
     text="""
Hi Laura,

We're starting to plan our spring production and want to make sure we hold enough capacity for you. Could you send us your spring forecast for the camp chairs, coolers and the new hammock line? A rough number per item is fine.

If we have it by 12/15 we can lock in your slots before the mill closes for the holidays.

Thanks so much,
Karen Singh
Maple Leaf Outdoor
""", end="Thanks so much,", change="none", intent="question",
     dates=[("2026-12-15", "other", "12/15")]),

dict(v="highland", c=1, lang="en", at="2026-12-02 15:05", subj="Re: P00778",
     text="""
Hi Laura, P00778 is confirmed in full - despatch Monday 7th Dec, with you Wednesday 9th.

Ewan

On 1 Dec 2026, at 09:30, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Ewan, can you confirm P00778 and a delivery date please?
""", end="Ewan\n", change="none", intent="confirmation",
     po=["P00778"], commit=("2026-12-09", "with you Wednesday 9th"),
     dates=[("2026-12-07", "ship_date", "Monday 7th Dec"), ("2026-12-09", "confirmed_delivery", "Wednesday 9th")]),

dict(v="aussie", c=1, lang="en", at="2026-11-26 14:30", subj="P00784 - rolled to next vessel",
     text="""
Hi Tim,

Unfortunately the port in Melbourne is congested and our container for P00784 has been rolled from the Maersk sailing on 28/11 to the next one, ETD 9/12. That moves ETA Hamburg from 5/1 to 16/1.

Apologies - there's nothing we could do from our end. I'll send the new B/L copy once we have it.

Kind regards,
Chloe Nguyen
Aussie Outdoor Co.
""", end="Kind regards,", change="date", intent="delay",
     po=["P00784"], commit=("2027-01-16", "ETA Hamburg from 5/1 to 16/1"),
     dates=[("2026-11-28", "other", "28/11"), ("2026-12-09", "ship_date", "ETD 9/12"),
            ("2027-01-05", "other", "5/1"), ("2027-01-16", "new_eta", "16/1")]),

dict(v="cleanco", c=1, lang="en", at="2026-10-05 08:40", subj="RE: New order P02083",
     text="""
Thanks, we've received your purchase order P02083 and it's been passed to the team. You'll get a full order acknowledgement with delivery dates shortly.

CleanCo Supplies - Order Desk
orders@cleancosupplies.co.uk | 0161 555 0199
""", end="CleanCo Supplies - Order Desk", change="none", intent="other",
     po=["P02083"]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-10-07 10:50", subj="Shortbread tins - price on P02084",
     text="""
Hi Laura,

I'm afraid I have to come to you with a price change. Irish butter has gone up over 20% since the summer, and we simply can't absorb it on the shortbread tins any longer.

For your open order P02084 we need to apply an increase of EUR 0.35 per tin, from EUR 4.10 to EUR 4.45. Everything else on the order stays at the agreed price.

I hope you understand - happy to jump on a call.

Best,
Declan Byrne
Dublin Biscuit Co.
""", end="Best,\nDeclan", change="price", intent="price_change",
     po=["P02084"],
     prices=[dict(product="shortbread tins", old=4.10, new=4.45, cur="EUR",
                  quote="from EUR 4.10 to EUR 4.45")]),
dict(v="brightline", lang="en", at="2026-11-18 12:40", subj="RE: P02085 - can you pull in?",
     text="""
Hi Sandra,

Good news - we've managed to get a van slot, so we can bring P02085 forward as you asked. Confirmed delivery to Hamburg is now 24/11 instead of 01/12. Same quantities, same paperwork.

Kind regards,
Sarah Whitfield
Key Account Manager | Brightline Electronics Ltd

________________________________
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: 17 November 2026 08:55
Subject: P02085 - can you pull in?
Sarah, any chance P02085 can come a week earlier than 01/12? We are running low.
""", end="Kind regards,", change="date", intent="confirmation",
     po=["P02085"], commit=("2026-11-24", "Confirmed delivery to Hamburg is now 24/11"),
     dates=[("2026-11-24", "confirmed_delivery", "24/11"), ("2026-12-01", "other", ("01/12", 0))]),

dict(v="evergreen", c=0, lang="en", at="2026-10-06 10:10", subj="P02086 status",
     text="""
Hi Mike,

Status on P02086 below. The cardstock is held up because the mill is rebuilding one of its coaters; the copy paper is fine.

Line  Item                     Qty     Status
1     EP-CP-A4 copy paper      300 cs  on time, delivery 10/14
2     EP-CS-110 cardstock      80 cs   delayed, new delivery 10/28

Let me know if you'd rather we hold line 1 and ship everything together.

Bill Sutherland
Evergreen Paper Co.
""", end="Bill Sutherland", change="date", intent="delay", sec=["question"],
     po=["P02086"], commit=("2026-10-28", "delayed, new delivery 10/28"),
     dates=[("2026-10-14", "confirmed_delivery", "10/14"), ("2026-10-28", "new_eta", "10/28")],
     lines=[("EP-CP-A4", 300, "cs", "1     EP-CP-A4 copy paper      300 cs  on time, delivery 10/14", "P02086"),
            ("EP-CS-110", 80, "cs", "2     EP-CS-110 cardstock      80 cs   delayed, new delivery 10/28", "P02086")]),

dict(v="lakeside", c=1, lang="en", at="2026-11-12 16:05", subj="ASN-20461 / PO P02087 shipped",
     text="""
ADVANCE SHIP NOTICE

ASN #: ASN-20461
PO #: P02087
Ship date: 11/12/2026
Carrier: FedEx Freight, PRO 5512803347
Ship to: HHG consolidation c/o Trans-Atlantic Logistics, Newark NJ
Est. delivery: 11/17/2026
Status: order complete, no backorders

SKU          Description            Qty shipped
LPS-DB-M     Dog bed, medium        96
LPS-DB-L     Dog bed, large         64

Questions? Reply to this email or call (630) 555-0144.
Lakeside Pet Supply - Shipping Team
""", end="Questions? Reply", change="shipping", intent="shipping_notice",
     po=["P02087"], vref=["ASN-20461"], commit=("2026-11-17", "Est. delivery: 11/17/2026"),
     dates=[("2026-11-12", "ship_date", "11/12/2026"), ("2026-11-17", "confirmed_delivery", "11/17/2026")],
     lines=[("LPS-DB-M", 96, None, "LPS-DB-M     Dog bed, medium        96", "P02087"),
            ("LPS-DB-L", 64, None, "LPS-DB-L     Dog bed, large         64", "P02087")],
     track=[("FedEx Freight", "5512803347", "FedEx Freight, PRO 5512803347")]),

dict(v="pacific", c=1, lang="en", at="2026-12-01 09:25", subj="P02088 - whole bean or ground?",
     text="""
Hey Mike,

Your P02088 is scheduled to roast on 12/7 and ship 12/9, all good there. Quick question though: the PO lists the 12 oz bags of House Blend as both "whole bean" and "ground" on different lines, same qty. Did you want half and half, or should it all be one or the other?

Just need to know before we roast.

Chris Alvarez
Pacific Coast Coffee Roasters
""", end="Chris Alvarez", change="none", intent="question",
     po=["P02088"],
     dates=[("2026-12-07", "other", "12/7"), ("2026-12-09", "ship_date", "ship 12/9")]),

dict(v="texbright", c=1, lang="en", at="2026-11-03 14:15", subj="P02089 - jacquard throws cancelled",
     text="""
Hi Olivia here,

I'm really sorry but our weaving partner has told us they cannot produce the jacquard throws this season at all - the loom they run on is being decommissioned. So we have to cancel those two lines on P02089:

- TB-JT-GRY jacquard throw grey, 150 pcs - cancelled
- TB-JT-CRM jacquard throw cream, 150 pcs - cancelled

The waffle blankets on the same PO are not affected and still deliver on 11/20 as confirmed.

Olivia Grant
TexBright Home Textiles
""", end="Olivia Grant", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P02089"], commit=("2026-11-20", "still deliver on 11/20 as confirmed"),
     dates=[("2026-11-20", "confirmed_delivery", "11/20")],
     lines=[("TB-JT-GRY", 150, "pcs", "TB-JT-GRY jacquard throw grey, 150 pcs - cancelled", "P02089"),
            ("TB-JT-CRM", 150, "pcs", "TB-JT-CRM jacquard throw cream, 150 pcs - cancelled", "P02089")]),

dict(v="polska", c=1, lang="en", at="2026-12-08 09:50", subj="P02090 - kiln breakdown, new delivery",
     text="""
Dear Mr Brandt,

I am sorry to write you with bad news. Our big tunnel kiln was broken last week and the repair takes longer than we hoped. Your order P02090 (stoneware plates and bowls) can not be delivered on 14.12. as confirmed. New delivery is KW 2/2027.

If this is too late for you, please tell us if you want to keep the order or not, we understand.

Best regards
Piotr Wisniewski
Polska Ceramika
""", end="Best regards\nPiotr", change="date", intent="delay", sec=["question"],
     po=["P02090"], commit=("2027-01-11", "New delivery is KW 2/2027"),
     dates=[("2026-12-14", "other", "14.12."), ("2027-01-11", "new_eta", "KW 2/2027")]),

dict(v="baltic", lang="en", at="2026-12-01 08:30", subj="Statement of account - November 2026",
     text="""
Dear Sirs,

Please find below your statement of account as of 30 November. Two invoices are now overdue; we kindly ask you to arrange payment at your earliest convenience.

Tomas Kazlauskas
Finance, Baltic Amber Works

--- attachment: Statement_HHG_2026-11.pdf ---
BALTIC AMBER WORKS UAB - STATEMENT OF ACCOUNT
Customer: Hartmann Home & Garden
Invoice        Your order   Invoice date   Due date     Amount EUR   Status
BAW-INV-2611   P00659       02.10.2026     01.11.2026   4 860,00     OVERDUE
BAW-INV-2634   P02091       16.10.2026     15.11.2026   2 115,50     OVERDUE
BAW-INV-2702   P02081       27.11.2026     27.12.2026   3 390,00     open
""", end="Tomas Kazlauskas", change="none", intent="other",
     po=["P00659", "P02091", "P02081"], vref=["BAW-INV-2611", "BAW-INV-2634", "BAW-INV-2702"],
     dates=[("2026-11-30", "other", "30 November"),
            ("2026-10-02", "other", "02.10.2026"), ("2026-11-01", "other", "01.11.2026"),
            ("2026-10-16", "other", "16.10.2026"), ("2026-11-15", "other", "15.11.2026"),
            ("2026-11-27", "other", "27.11.2026"), ("2026-12-27", "other", "27.12.2026")]),

dict(v="voltix", c=1, lang="en", at="2026-11-09 11:00", subj="RE: P02092 power bank confirmation",
     text="""
Hi Tim,

About your order P02092 (VX-PB10K power bank 10000mAh, 8,000 pcs):

We can confirm 5,000 pcs for delivery 12 Dec as you requested. The remaining 3,000 pcs we can only produce after Chinese New Year because battery cell supply is very tight now, exact date we will advise later.

Sorry for this. If you need, we can offer the VX-PB10S (slim version) for the 3,000 pcs instead, same price.

Best regards
Kevin Liu
""", end="Best regards\nKevin", change="quantity", intent="partial_shipment",
     po=["P02092"], commit=("2026-12-12", "5,000 pcs for delivery 12 Dec"),
     dates=[("2026-12-12", "confirmed_delivery", "12 Dec")],
     lines=[("VX-PB10K", 5000, "pcs", "5,000 pcs", "P02092"),
            ("VX-PB10K", 3000, "pcs", "The remaining 3,000 pcs", "P02092"),
            ("VX-PB10S", 3000, "pcs", "for the 3,000 pcs instead", "P02092")]),

dict(v="ningbo", lang="en", at="2026-09-15 15:45", subj="Price notice - RMB exchange rate",
     text="""
Dear Laura,

Hope all is well. As you may know, RMB is getting much stronger against USD in last 3 months (from 7.25 to 6.95), and our costs are all in RMB.

So from your next order we need to adjust our USD prices by +3% on all items. Orders already confirmed keep the current price.

We are very sorry for this and hope for your understanding.

Best regards
Amy Chen
Ningbo Homeware Co., Ltd
""", end="Best regards\nAmy", change="price", intent="price_change",
     prices=[dict(product=None, pct=3, quote="adjust our USD prices by +3% on all items")]),

dict(v="aussie", lang="en", at="2026-12-10 08:15", subj="P02093 on the water",
     text="""
Hi Tim,

All of P02093 is on the water - sailed yesterday on the CMA CGM TAGE out of Sydney. Container TGHU8812040, ETA Hamburg 21 Jan. Full order, nothing held back.

Docs to follow.

Liam
""", end="Liam", change="shipping", intent="shipping_notice",
     po=["P02093"], commit=("2027-01-21", "ETA Hamburg 21 Jan"),
     dates=[("2026-12-09", "ship_date", "yesterday"), ("2027-01-21", "confirmed_delivery", "21 Jan")],
     track=[(None, "TGHU8812040", "Container TGHU8812040")]),

dict(v="sparkle", lang="en", at="2026-09-09 13:30", subj="P02094 - pallets or cartons?",
     text="""
Hi Laura,

Two quick things on P02094 before we pack: would you like the wine glasses on Euro pallets or as loose cartons? And is the delivery address still the Billbrook warehouse, or should it go to the new store?

Thanks,
Hannah
""", end="Thanks,\nHannah", change="none", intent="question",
     po=["P02094"]),

dict(v="dublinbiscuit", lang="en", at="2026-11-27 09:05", subj="Order acknowledgement DBC-OA-3391 / P02095",
     text="""
Hi Sandra,

Thanks a million for the Christmas top-up order. Our acknowledgement is attached - everything confirmed as ordered, delivery Thursday 10 December.

Siobhan

--- attachment: DBC-OA-3391.pdf ---
DUBLIN BISCUIT CO. LTD - ORDER ACKNOWLEDGEMENT DBC-OA-3391
Customer PO: P02095
Item        Description                  Qty (cases)   Price/case
DBC-SB-T1   Shortbread tin 400g          60            EUR 26.70
DBC-OC-B2   Oat crunch biscuits 200g     90            EUR 14.40
Delivery date: 10/12/2026   Incoterms: DAP Hamburg
""", end="Siobhan\n", change="none", intent="confirmation",
     po=["P02095"], vref=["DBC-OA-3391"], commit=("2026-12-10", "delivery Thursday 10 December"),
     dates=[("2026-12-10", "confirmed_delivery", "Thursday 10 December"),
            ("2026-12-10", "confirmed_delivery", "10/12/2026")],
     lines=[("DBC-SB-T1", 60, "cases", "DBC-SB-T1   Shortbread tin 400g          60", "P02095"),
            ("DBC-OC-B2", 90, "cases", "DBC-OC-B2   Oat crunch biscuits 200g     90", "P02095")]),

dict(v="delhicotton", lang="en", at="2026-10-29 17:10", subj="P02096 - revised dispatch schedule",
     text="""
Dear Mike,

Greetings from Delhi Cotton Mills.

We regret to inform you that due to shortage of combed cotton yarn in the market, the dispatch of your order P02096 (bath mats and hand towels) is getting delayed. Revised ETD is 18 Nov instead of 8 Nov, and accordingly ETA Hamburg is revised to 20 Dec (earlier 10 Dec).

We are trying our best to improve on this and will keep you posted.

Regards,
Rajesh Kumar
""", end="Regards,\nRajesh", change="date", intent="delay",
     po=["P02096"], commit=("2026-12-20", "ETA Hamburg is revised to 20 Dec"),
     dates=[("2026-11-18", "ship_date", "18 Nov"), ("2026-11-08", "other", ("8 Nov", 1)),
            ("2026-12-20", "new_eta", "20 Dec"), ("2026-12-10", "other", "10 Dec")]),

dict(v="cleanco", lang="en", at="2026-12-01 12:00", subj="Christmas & New Year opening hours",
     text="""
Hi all,

Just a heads-up on our holiday hours. The office and warehouse close at noon on 24/12 and reopen on 04/01. To get anything delivered before Christmas, please have your orders in by 16/12.

Any open orders with a delivery date over the break will be delivered in the first week back - we'll be in touch individually if that affects you.

Merry Christmas from all at CleanCo!
Gary Hughes
""", end="Merry Christmas from all", change="none", intent="other",
     dates=[("2026-12-24", "other", "24/12"), ("2027-01-04", "other", "04/01"),
            ("2026-12-16", "other", "16/12")]),
dict(v="acme", lang="en", at="2026-12-07 15:10", subj="P02097 ready",
     text="""
Hi Mike - P02097 is packed and ships tomorrow, complete, no changes. Delivery to your Newark consolidator Thursday as planned.

Jess
""", end="Jess", change="none", intent="confirmation",
     po=["P02097"], commit=("2026-12-10", "Delivery to your Newark consolidator Thursday"),
     dates=[("2026-12-08", "ship_date", "tomorrow"), ("2026-12-10", "confirmed_delivery", "Thursday")]),

dict(v="greenthumb", lang="en", at="2026-10-19 10:30", subj="RE: P02098 late??",
     text="""
Hi Laura,

No, P02098 isn't late. The 10/23 you're seeing in our portal is the ship date - delivery was always 10/27, that's what's on the acknowledgement we sent you in September. Still on track for 10/27.

Randy

-----Original Message-----
From: Laura Jensen
Sent: Monday, October 19, 2026 9:02 AM
Subject: P02098 late??
Randy, your portal shows 10/23 but we need the bird feeders by 10/20. Is this late?
""", end="Randy\n\n-----", change="none", intent="confirmation",
     po=["P02098"], commit=("2026-10-27", "Still on track for 10/27"),
     dates=[("2026-10-23", "ship_date", ("10/23", 0)), ("2026-10-27", "confirmed_delivery", ("10/27", 0)),
            ("2026-10-27", "confirmed_delivery", ("10/27", 1))]),

dict(v="voltix", lang="en", at="2026-11-16 10:20", subj="P02099 line 2 smart plug - cancel",
     text="""
Dear Tim,

Very sorry to inform: the WiFi chip used in our smart plug VX-SP-01 is end-of-life from the chip maker, we cannot make more. So we have to cancel line 2 of your order P02099 (VX-SP-01, 2,000 pcs). No deposit was paid for this line.

Line 1 smart bulbs VX-SB-E27 no change, will ship 25 Nov as planned.

We are developing new version, will send you sample in Q1.

Best regards
Cindy Zhang
""", end="Best regards\nCindy", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P02099"],
     dates=[("2026-11-25", "ship_date", "25 Nov")],
     lines=[("VX-SP-01", 2000, "pcs", "VX-SP-01, 2,000 pcs", "P02099")]),

dict(v="mapleleaf", lang="en", at="2026-10-20 13:15", subj="RE: P02100 - cancel balance",
     text="""
Hi Laura,

Understood, and sorry again for all the back-and-forth on this one. As you asked, we have cancelled the remaining 120 hard coolers (MLO-HC-45) on P02100. The 80 we delivered on 10/2 will be invoiced as normal; nothing else is open on this PO.

Josh

________________________________
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: October 19, 2026 11:47 AM
Subject: P02100 - cancel balance
Josh, after the third date change we don't want the rest anymore. Please cancel the balance of P02100.
""", end="Josh\n\n____", change="cancel", intent="cancellation",
     po=["P02100"],
     dates=[("2026-10-02", "other", "10/2")],
     lines=[("MLO-HC-45", 120, None, "the remaining 120 hard coolers", "P02100"),
            ("MLO-HC-45", 80, None, "The 80 we delivered", "P02100")]),

dict(v="highland", lang="en", at="2026-10-12 11:20", subj="Delivery surcharge for EU orders",
     text="""
Dear Laura,

Since the new customs and pallet-network charges for EU deliveries came in, our carriage costs to Germany have nearly doubled. With regret, from 1 November we will add a delivery surcharge of £45.00 per pallet on all orders shipped to the EU, including yours.

Product prices themselves are unchanged.

Kind regards,
Fiona MacLeod
Highland Candle Company
""", end="Kind regards,", change="price", intent="price_change",
     dates=[("2026-11-01", "price_effective", "from 1 November")],
     prices=[dict(product="delivery surcharge per pallet", new=45.00, cur="GBP", eff="2026-11-01",
                  quote="a delivery surcharge of £45.00 per pallet")]),

dict(v="evergreen", c=1, lang="en", at="2026-10-01 09:00", subj="Updated FSC certificate",
     text="""
Hello,

Attached is our renewed FSC Chain of Custody certificate. Please update your supplier records; the previous certificate expired yesterday.

Tanya Brooks
Evergreen Paper Co. | Quality & Compliance

--- attachment: FSC_COC_Evergreen_2026.pdf ---
FOREST STEWARDSHIP COUNCIL - CHAIN OF CUSTODY CERTIFICATE
Certificate holder: Evergreen Paper Co., Hartford CT, USA
Certificate code: SCS-COC-008812
Issue date: 2026-10-01   Next surveillance audit: 2027-09-14
""", end="Tanya Brooks", change="none", intent="other",
     vref=["SCS-COC-008812"],
     dates=[("2026-09-30", "other", "yesterday"), ("2026-10-01", "other", "2026-10-01"),
            ("2027-09-14", "other", "2027-09-14")]),

dict(v="brightline", c=2, lang="en", at="2026-12-14 09:30", subj="January offer: 8% off Bluetooth speakers",
     text="""
Dear customer,

Start the year with a boost: from 4 January until 29 January 2027 we're taking 8% off the trade price of our whole Bluetooth speaker range (BL-BTS-series) for trade customers.

The discount is applied automatically to any order placed in that period - no code needed.

Best wishes,
Customer Services
Brightline Electronics Ltd
""", end="Best wishes,", change="price", intent="price_change",
     dates=[("2027-01-04", "price_effective", "from 4 January"), ("2027-01-29", "other", "29 January 2027")],
     prices=[dict(product="BL-BTS-series", pct=-8, eff="2027-01-04",
                  quote="8% off the trade price of our whole Bluetooth speaker range (BL-BTS-series)")]),

dict(v="lakeside", lang="en", at="2026-10-27 14:40", subj="P02101 - price mismatch, which one?",
     text="""
Hi Mike,

Before we invoice P02101: the PO shows the LPS-CT-02 cat tree at $12.10, but our quote Q-5521 from August says $12.90. The other lines match.

Which price should we invoice at? We're happy to go with whatever you and our sales rep agreed, we just need it in writing.

Thanks,
Amber Nielsen
Lakeside Pet Supply
""", end="Thanks,\nAmber", change="none", intent="question",
     po=["P02101"], vref=["Q-5521"]),

dict(v="baltic", c=1, lang="en", at="2026-11-10 15:55", subj="P02102 - can we ship one week earlier?",
     text="""
Dear Laura,

Your order P02102 is planned to ship on 27 November. Our production is ahead, so we could ship one week earlier, on 20 November, if your warehouse can receive it. Could you let me know if this is OK for you? If not, we keep the planned date, no problem.

Kind regards,
Ruta
""", end="Kind regards,\nRuta", change="none", intent="question",
     po=["P02102"],
     dates=[("2026-11-27", "ship_date", "27 November"), ("2026-11-20", "other", "20 November")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-24 18:30", subj="Shipment advice - P02103 (part)",
     text="""
Dear Laura Ma'am,

We are pleased to advise that 2 of the 3 designs of your order P02103 have been dispatched today in 1 x 20' container MSKU 7730124, vessel MAERSK KENSINGTON, ETA Hamburg 28 Dec.

Design           Qty (pcs)   Status
DCM-CUS-IND      1,500       shipped
DCM-CUS-LEA      1,500       shipped
DCM-CUS-PAI      1,000       pending - next vessel, ETD 15 Dec

The Paisley design is held back as the printing screens had to be remade. We will send the shipment advice for it separately.

Thanks and regards,
Priya Sharma
""", end="Thanks and regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P02103"], commit=("2026-12-28", "ETA Hamburg 28 Dec"),
     dates=[("2026-11-24", "ship_date", "today"), ("2026-12-28", "confirmed_delivery", "28 Dec"),
            ("2026-12-15", "ship_date", "ETD 15 Dec")],
     lines=[("DCM-CUS-IND", 1500, "pcs", "DCM-CUS-IND      1,500       shipped", "P02103"),
            ("DCM-CUS-LEA", 1500, "pcs", "DCM-CUS-LEA      1,500       shipped", "P02103"),
            ("DCM-CUS-PAI", 1000, "pcs", "DCM-CUS-PAI      1,000       pending - next vessel, ETD 15 Dec", "P02103")],
     track=[(None, "MSKU 7730124", "container MSKU 7730124")]),

dict(v="ningbo", c=1, lang="en", at="2026-12-18 14:00", subj="P02077 balance shipped - order complete",
     text="""
Dear Sandra,

Good news, we could catch an earlier vessel. The balance 800 pcs glass jar with bamboo lid (NB-GJB-08) of your order P02077 shipped today, B/L NBHAM2612254, ETA Hamburg around 26 Jan.

With this shipment P02077 is complete.

Best regards
Leo Wang
""", end="Best regards\nLeo", change="shipping", intent="shipping_notice",
     po=["P02077"], commit=("2027-01-26", "ETA Hamburg around 26 Jan"),
     dates=[("2026-12-18", "ship_date", "today"), ("2027-01-26", "confirmed_delivery", "26 Jan")],
     lines=[("NB-GJB-08", 800, "pcs", "The balance 800 pcs", "P02077")],
     track=[(None, "NBHAM2612254", "B/L NBHAM2612254")]),

dict(v="pacific", lang="en", at="2026-12-02 11:45", subj="P00892 - roaster down, pushing a week",
     text="""
Hi Mike,

Our main roaster is down waiting on a part, so P00892 has to move back a week: it'll ship 12/18 instead of 12/11 and reach you 12/23 instead of 12/16. I know that's tight before the holidays - sorry.

Lena
""", end="Lena", change="date", intent="delay",
     po=["P00892"], commit=("2026-12-23", "reach you 12/23"),
     dates=[("2026-12-18", "ship_date", "ship 12/18"), ("2026-12-11", "other", "12/11"),
            ("2026-12-23", "new_eta", "12/23"), ("2026-12-16", "other", "12/16")]),

dict(v="sparkle", lang="en", at="2026-11-30 16:20", subj="RE: P02104 delivery",
     text="""
Hi Laura,

Lovely to speak earlier. As discussed, I can confirm P02104 (the frosted tumblers and carafes) for delivery w/c 14/12. I know you'd hoped for the week before, but this is the date we agreed and it's booked with the haulier.

Thanks,
Hannah

On 27 Nov 2026, at 11:02, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hannah, any chance of P02104 in week 50? Call me.
""", end="Thanks,\nHannah", change="none", intent="confirmation",
     po=["P02104"], commit=("2026-12-14", "for delivery w/c 14/12"),
     dates=[("2026-12-14", "confirmed_delivery", "w/c 14/12")]),
]
