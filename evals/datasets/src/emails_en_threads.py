# ruff: noqa: E501 - email text is data
"""English emails whose difficulty is their structure: forwarded chains whose newest message
has another intent than the quoted ones, inline replies, ERP acknowledgements and PDF tables,
several orders with different changes, phone one-liners, rambling messages with the business
part buried, typos and missing punctuation. Hand-written."""

EMAILS = [
dict(v="greenthumb", lang="en", at="2026-11-10 09:15", subj="RE: P04000 terracotta planters",
     text="""
Hi Mike,

Bad news on P04000 I'm afraid. Our grower in Oregon just told us the 10" terracotta planters failed kiln QC and they need to refire the whole batch. See his note below. Realistic new delivery to your Chicago consolidator is 12/4, not 11/20 like we confirmed last month.

The rest of the order (saucers and the hanging baskets) is unaffected and still delivers 11/20.

Sorry about this,
Randy

---------- Forwarded message ---------
From: Dale Whitaker <dale@cascadeclayworks.com>
Date: Mon, Nov 9, 2026 at 4:52 PM
Subject: batch 2261 refire
To: Randy Holt <randy.holt@greenthumbsupply.com>

Randy - batch 2261 came out with hairline cracks on about a third of the pots. we are refiring starting Thursday, they'll be packed and on a truck by 11/30.
Dale

On Oct 14, 2026, at 10:02 AM, Randy Holt <randy.holt@greenthumbsupply.com> wrote:
> Hi Mike, confirming P04000 in full, delivery 11/20 to your consolidator.
> Randy
""", end="Sorry about this,", change="date", intent="delay", po=["P04000"],
     commit=("2026-12-04", "Realistic new delivery to your Chicago consolidator is 12/4"),
     dates=[("2026-12-04", "new_eta", "12/4"), ("2026-11-20", "other", "not 11/20"),
            ("2026-11-20", "confirmed_delivery", "still delivers 11/20"),
            ("2026-11-12", "other", "Thursday"), ("2026-11-30", "ship_date", "by 11/30")]),

dict(v="aussie", lang="en", at="2026-10-22 18:40", subj="Re: P04010 confirmation",
     text="""
yep all good mate, P04010 confirmed as ordered, 400 chairs delivered wk 45 no dramas

Sent from my iPhone

On 22 Oct 2026, at 9:12 am, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Hi Liam, can you confirm P04010 (camping chairs, 400 pcs) for delivery week 45?
> Thanks, Tim
""", end="Sent from my iPhone", change="none", intent="confirmation", po=["P04010"],
     commit=("2026-11-02", "delivered wk 45"),
     dates=[("2026-11-02", "confirmed_delivery", "wk 45")],
     lines=[("camping chair", 400, None, "400 chairs", "P04010")]),

dict(v="brightline", c=2, lang="en", at="2026-09-14 11:02", subj="Order Acknowledgement BL-OA-310772 (your ref P04020)",
     text="""
This is an automated order acknowledgement from Brightline Electronics Ltd. Please do not reply to this message.

Your purchase order P04020 has been received and accepted. Our order reference is BL-OA-310772. Please check the attached acknowledgement carefully and notify us of any discrepancies within 48 hours.

Brightline Electronics Ltd | Unit 4, Caxton Park, Reading RG2 0QT

--- attachment: BL-OA-310772.pdf ---
ORDER ACKNOWLEDGEMENT BL-OA-310772
Customer: Hartmann Home & Garden GmbH   Customer PO: P04020
Order date: 11/09/2026    Ack date: 14/09/2026
Ln  Part No.     Description                   Qty   Unit GBP   Due date
01  BL-EXT4-2M   4-way extension lead 2m       600   4.10       02/10/2026
02  BL-EXT6-3M   6-way extension lead 3m       300   6.25       02/10/2026
03  BL-TMR-DIG   Digital plug-in timer         900   3.40       09/10/2026
Delivery terms: DAP Hamburg. Due dates are dates of delivery.
""", end="Brightline Electronics Ltd | Unit 4", change="none", intent="confirmation",
     po=["P04020"], vref=["BL-OA-310772"],
     commit=("2026-10-09", "09/10/2026"),
     dates=[("2026-09-11", "other", "11/09/2026"), ("2026-09-14", "other", "14/09/2026"),
            ("2026-10-02", "confirmed_delivery", ("02/10/2026", 0)),
            ("2026-10-02", "confirmed_delivery", ("02/10/2026", 1)),
            ("2026-10-09", "confirmed_delivery", "09/10/2026")],
     lines=[("BL-EXT4-2M", 600, None, "01  BL-EXT4-2M   4-way extension lead 2m       600   4.10       02/10/2026", "P04020"),
            ("BL-EXT6-3M", 300, None, "02  BL-EXT6-3M   6-way extension lead 3m       300   6.25       02/10/2026", "P04020"),
            ("BL-TMR-DIG", 900, None, "03  BL-TMR-DIG   Digital plug-in timer         900   3.40       09/10/2026", "P04020")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-16 10:30", subj="update of your 3 open orders",
     text="""
Dear Laura,

Please see update for your 3 open orders with us:

P04030 glass storage jars - production finish, container loading this Friday, ETA Hamburg 24 Dec. No change.
P04031 bamboo cutting boards - the bamboo supplier delay, ETD moved to 4 Dec, ETA Hamburg now 8 Jan instead of 21 Dec.
P04032 silicone baking mats - we only can make 1,500 pcs of the 2,400 pcs, the other 900 pcs we must cancel because the mould is broken and repair cost is too high.

Please confirm you accept the cancel of 900 pcs on P04032.

Best regards,
Leo Wang
""", end="Best regards,", change="mixed", intent="cancellation", sec=["delay", "question"],
     po=["P04030", "P04031", "P04032"],
     commit=("2026-12-24", "ETA Hamburg 24 Dec"),
     dates=[("2026-11-20", "ship_date", "this Friday"), ("2026-12-24", "confirmed_delivery", "24 Dec"),
            ("2026-12-04", "ship_date", "ETD moved to 4 Dec"), ("2027-01-08", "new_eta", "8 Jan"),
            ("2026-12-21", "other", "21 Dec")],
     lines=[("silicone baking mat", 1500, "pcs", "1,500 pcs", "P04032"),
            ("silicone baking mat", 900, "pcs", "the other 900 pcs", "P04032")],
     changes=[("P04030", "confirmation", "2026-12-24", None, "container loading this Friday, ETA Hamburg 24 Dec. No change."),
              ("P04031", "delay", "2027-01-08", None, "ETD moved to 4 Dec, ETA Hamburg now 8 Jan instead of 21 Dec"),
              ("P04032", "cancellation", None, 900, "the other 900 pcs we must cancel")]),

dict(v="highland", lang="en", at="2026-12-03 16:20", subj="Re: P04040 new delivery address",
     text="""
Got it, thanks Sandra - will pass to our warehouse.

Sent from my iPhone

> On 3 Dec 2026, at 14:05, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
>
> Hi Fiona, please note the new delivery address for P04040 from 14 Dec: Hartmann DC Nord, Lagerstrasse 12, 21079 Hamburg. Thanks, Sandra
""", end="Sent from my iPhone", change="none", intent="other", po=["P04040"]),

dict(v="kiwiwool", c=1, lang="en", at="2026-09-24 08:30", subj="news from down under",
     text="""
Kia ora Sandra,

Hope you're well and that Hamburg isn't too grey yet! We've had a cracker of a week here - lambing's nearly done on the Canterbury farms and the new scouring plant in Timaru finally passed its inspection, so Hemi has been walking around grinning like a possum. Also my daughter got into the regional netball squad so the weekends are sorted until Christmas, ha.

Anyway, the boring bit: wool auction prices have jumped about 18% over the winter and we can't swallow it all any more. From 1 November the merino throw KW-THR-130 goes from NZD 48.00 to NZD 53.50 and the lambswool cushion KW-CUS-45 from NZD 19.20 to NZD 21.00. Your open order P04050 stays at the old prices, we'll honour those, and it's still on track for the 30 October delivery we gave you.

Oh and are you coming to Heimtextil in January? Would be lovely to catch up over a beer.

Cheers,
Sophie
""", end="Cheers,", change="price", intent="price_change", sec=["confirmation"], po=["P04050"],
     commit=("2026-10-30", "on track for the 30 October delivery"),
     dates=[("2026-11-01", "price_effective", "1 November"), ("2026-10-30", "confirmed_delivery", "30 October"),
            ("2027-01-01", "other", "in January")],
     prices=[dict(product="KW-THR-130", old=48.00, new=53.50, cur="NZD", eff="2026-11-01",
                  quote="the merino throw KW-THR-130 goes from NZD 48.00 to NZD 53.50"),
             dict(product="KW-CUS-45", old=19.20, new=21.00, cur="NZD", eff="2026-11-01",
                  quote="the lambswool cushion KW-CUS-45 from NZD 19.20 to NZD 21.00")]),

dict(v="acme", lang="en", at="2026-10-06 13:45", subj="RE: P04060 / P04061 - a few questions",
     text="""
Hi Laura, my answers are inline below in caps. One thing back from us at the end.

> 1. Can you confirm P04060 ships complete, all 1,200 lamps?
YES, ALL 1,200 PCS, SHIPPING 10/14 FROM OUR NJ WAREHOUSE.
> 2. Will the cartons carry our SSCC labels?
ONLY IF YOU SEND THE LABEL FILE BY FRIDAY. OTHERWISE PLAIN CARTONS WITH OUR OWN LABELS.
> 3. Any update on P04061?
STILL WAITING ON THE SHADES, I'LL KNOW MORE NEXT WEEK.

Can you send the SSCC file, or should we go with our labels? Need to know before we build the pallets.

Jessica Moreno
Acme Home Goods Inc.
""", end="Jessica Moreno", change="none", intent="question", sec=["confirmation"],
     po=["P04060", "P04061"],
     dates=[("2026-10-14", "ship_date", "10/14"), ("2026-10-09", "other", "FRIDAY"),
            ("2026-10-12", "other", "NEXT WEEK")],
     lines=[("lamp", 1200, "PCS", "ALL 1,200 PCS", "P04060")]),

dict(v="mapleleaf", lang="en", at="2026-11-19 15:10", subj="P04070 shipped",
     text="""
hi tim

your order P04070 left our dock this morning on 2 pallets with Purolator freight probill 331208875 all 180 kayak paddles and 90 dry bags so the order is complete nothing on backorder
trucking to the port in halifax then vessel, they told me eta hamburg around dec 14 dont quote me on that lol

josh
""", end="josh", change="shipping", intent="shipping_notice", po=["P04070"],
     commit=("2026-12-14", "eta hamburg around dec 14"),
     dates=[("2026-11-19", "ship_date", "this morning"), ("2026-12-14", "confirmed_delivery", "dec 14")],
     lines=[("kayak paddle", 180, None, "180 kayak paddles", "P04070"),
            ("dry bag", 90, None, "90 dry bags", "P04070")],
     track=[("Purolator", "331208875", "probill 331208875")]),
dict(v="evergreen", c=1, lang="en", at="2026-12-01 10:05", subj="Shipment P04080 - partial",
     text="""
Good morning Mike,

Tanya from Evergreen shipping. P04080 went out today but it is not complete:

Item EP-NAP-3PLY (3-ply dinner napkins, case of 24): shipped 320 cs, 80 cs backordered
Item EP-PLT-9IN (9" paper plates): shipped complete, 150 cs

UPS Freight PRO 774102938, estimated delivery at your consolidator 12/3.

The backordered napkins are waiting on a paper roll from our mill. They should ship 12/9 and deliver 12/11, I will send a second PRO then.

Thanks,
Tanya Brooks
Evergreen Paper Products Inc. | Shipping & Logistics
""", end="Thanks,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04080"], commit=("2026-12-11", "deliver 12/11"),
     dates=[("2026-12-01", "ship_date", "today"), ("2026-12-03", "confirmed_delivery", "12/3"),
            ("2026-12-09", "ship_date", "12/9"), ("2026-12-11", "new_eta", "12/11")],
     lines=[("EP-NAP-3PLY", 320, "cs", "shipped 320 cs", "P04080"),
            ("EP-NAP-3PLY", 80, "cs", "80 cs backordered", "P04080"),
            ("EP-PLT-9IN", 150, "cs", "shipped complete, 150 cs", "P04080")],
     track=[("UPS Freight", "774102938", "UPS Freight PRO 774102938")]),

dict(v="polska", lang="en", at="2026-11-24 12:00", subj="RE: P04090 stoneware",
     text="""
Dear Tim,

Unfortunately I must come back to my confirmation below. Our kiln no. 2 had a failure at the weekend and the technician comes only on Thursday. The stoneware mugs for P04090 (PC-MUG-350) will therefore not be ready for pick-up in KW 49 as confirmed, but in KW 51. Delivery to Hamburg then 17.12. instead of 03.12.

The plates on the same order are finished and can go earlier if you want a split delivery - please tell me.

Best regards
Katarzyna Nowak
Polska Ceramika Sp. z o.o.

________________________________
From: Katarzyna Nowak
Sent: Tuesday, 10 November 2026 09:41
To: Tim Brandt
Subject: RE: P04090 stoneware

Dear Tim, I confirm P04090, pick-up KW 49, delivery Hamburg 03.12.2026.

________________________________
From: Tim Brandt
Sent: Monday, 9 November 2026 16:20
Subject: P04090 stoneware

Hi Katarzyna, can you please confirm our order P04090?
""", end="Best regards", change="date", intent="delay", sec=["question"], po=["P04090"],
     commit=("2026-12-17", "Delivery to Hamburg then 17.12."),
     dates=[("2026-11-26", "other", "Thursday"), ("2026-11-30", "other", ("KW 49", 0)),
            ("2026-12-14", "ship_date", "KW 51"), ("2026-12-17", "new_eta", "17.12."),
            ("2026-12-03", "other", ("03.12.", 0))]),

dict(v="lakeside", lang="en", at="2026-10-29 08:50", subj="FW: cancel LPF-SO-78145",
     text="""
Hi Laura,

Confirming we've cancelled P04100 in full per your request from Monday - nothing had been picked yet so there is no restocking fee. The credit for your deposit (CM-20931) will show on your next statement.

Our warehouse lead's note is below for your records.

Thanks,
Amber Nielsen
Lakeside Pet Foods Inc.

Begin forwarded message:

From: DC Ops <dcops@lakesidepet.com>
Date: October 28, 2026 at 5:14:22 PM CDT
Subject: cancel LPF-SO-78145

Order LPF-SO-78145 / cust PO P04100 released from wave 3, inventory returned to stock. Nothing staged, nothing to recall.
""", end="Thanks,", change="cancel", intent="cancellation", po=["P04100"],
     vref=["CM-20931", "LPF-SO-78145"],
     dates=[("2026-10-26", "other", "Monday")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-30 09:00", subj="Price Revision Notice PRN-2027-01",
     text="""
Dear Valued Customer,

PRICE REVISION NOTICE - REF PRN-2027-01

Following increases in resin and freight costs, the prices below will apply to all deliveries from Monday 4 January 2027. Orders confirmed for delivery before that date are invoiced at current prices. Where an open order (e.g. P04110) delivers on or after 4 January 2027 the new price applies to it.

Code        Description                      Current GBP   New GBP   Change
CC-BIN-60   Pedal bin 60L grey               14.80         15.70     +6.1%
CC-MOP-SET  Spin mop set with bucket         9.25          9.80      +5.9%
CC-GLV-L    Nitrile gloves L (box of 100)    4.10          4.10      0.0%

Order Desk
CleanCo Supplies Ltd
""", end="Order Desk", change="price", intent="price_change", po=["P04110"], vref=["PRN-2027-01"],
     dates=[("2027-01-04", "price_effective", "Monday 4 January 2027"),
            ("2027-01-04", "price_effective", ("4 January 2027", 1))],
     prices=[dict(product="CC-BIN-60", old=14.80, new=15.70, pct=6.1, cur="GBP", eff="2027-01-04",
                  quote="CC-BIN-60   Pedal bin 60L grey               14.80         15.70     +6.1%"),
             dict(product="CC-MOP-SET", old=9.25, new=9.80, pct=5.9, cur="GBP", eff="2027-01-04",
                  quote="CC-MOP-SET  Spin mop set with bucket         9.25          9.80      +5.9%")]),

dict(v="milano", lang="en", at="2026-12-18 17:00", subj="Automatic reply: P04120 - delivery status?",
     text="""
Thank you for your email. I am out of the office from 19 December to 6 January with no access to email. For urgent matters regarding orders please contact my colleague Marco Bianchi (marco.bianchi@milanocasa.it).

Giulia Rossi

-----Original Message-----
From: Laura Jensen
Sent: Friday, 18 December 2026 16:58
Subject: P04120 - delivery status?

Hi Giulia, Marco wrote last week that P04120 would slip to 22 January. Is that still the case?
""", end="Giulia Rossi", change="none", intent="other", po=["P04120"],
     dates=[("2026-12-19", "other", "19 December"), ("2027-01-06", "other", "6 January")]),

dict(v="hanoi", lang="en", at="2026-10-12 15:30", subj="FW: booking P04130 / HB-SO-2611",
     text="""
Dear Sandra,

Our forwarder ask below question, please help to check. They need the answer before Thursday to book the space for P04130.

Thank you,
Nguyen Thi Lan

---------- Forwarded message ---------
From: Hai Phong Logistics <booking@hplogistics.vn>
Date: Mon, 12 Oct 2026, 11:02
Subject: booking P04130 / HB-SO-2611

Dear Lan,
For shipment P04130 (bamboo storage baskets, 14 CBM) pls advise consignee: deliver to Hartmann Hamburg DC direct, or to the customer's forwarder at port? Also customer want LCL or we combine with their other supplier to 20ft?
Cargo ready 26 Oct as per you.
Rgds, Duc
""", end="Thank you,", change="none", intent="question", po=["P04130"], vref=["HB-SO-2611"],
     dates=[("2026-10-15", "other", "Thursday"), ("2026-10-26", "other", "26 Oct")]),

dict(v="texbright", c=1, lang="en", at="2026-11-05 11:20", subj="RE: P04140 pull in?",
     text="""
Olivia here - yes we can do it!! see below

> Could you pull P04140 forward? We would need the duvet inserts by 11/23 instead of 12/7.
we can ship 11/18 from savannah, deliverd to your consolidator 11/20, thats 3 days before you need it
> Same quantities?
yes all 500 queen and 300 king, no changes

let me know if thats ok and ill lock the truck
Olivia Grant
TexBright Bedding Inc.
""", end="Olivia Grant", change="date", intent="confirmation", po=["P04140"],
     commit=("2026-11-20", "deliverd to your consolidator 11/20"),
     dates=[("2026-11-18", "ship_date", "11/18"), ("2026-11-20", "confirmed_delivery", "11/20")],
     lines=[("duvet insert queen", 500, None, "all 500 queen", "P04140"),
            ("duvet insert king", 300, None, "300 king", "P04140")]),

dict(v="sunshine", lang="en", at="2026-09-08 19:30", subj="P04150",
     text="""
Hi Mike only 14 of the 18 pallets of P04150 made it onto the Maersk vessel today, other 4 roll to next week's sailing. BL to follow

Sent from my iPhone
""", end="Sent from my iPhone", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04150"],
     dates=[("2026-09-08", "ship_date", "today"), ("2026-09-14", "ship_date", "next week")],
     lines=[("pallet", 14, "pallets", "14 of the 18 pallets", "P04150"),
            ("pallet", 4, None, "other 4", "P04150")]),

dict(v="lisbon", c=1, lang="en", at="2026-12-09 10:40", subj="cork placemats",
     text="""
Hi Tim

hope your well, its been crazy here with the Christmas orders and half the team has the flu, me included so sorry if this mail is a bit all over the place. We also moved the office upstairs so nothing is where it should be lol.

about P04160 the cork placemats - the printing of your logo went wrong on the first run (colour too light) and we had to order new plates from the printer, so we are behind. i think we can ship on the 21st and you would have them in Hamburg the 29th or 30th, before it was the 14th. the coasters are fine but i would keep them together in one pallet if ok for you.

anyway, sorry again and merry christmas if i dont write before!

Rui
""", end="Rui", change="date", intent="delay", sec=["question"], po=["P04160"],
     commit=("2026-12-30", "you would have them in Hamburg the 29th or 30th"),
     dates=[("2026-12-21", "ship_date", "the 21st"), ("2026-12-29", "range_start", "the 29th or 30th"),
            ("2026-12-30", "range_end", "the 29th or 30th"), ("2026-12-14", "other", "the 14th")]),

dict(v="taipei", c=1, lang="en", at="2026-10-20 16:00", subj="P04170 shipped by DHL",
     text="""
Dear Tim,

Your order P04170 was shipped complete today by DHL Express, AWB 1290447615. Packing list attached. Estimated delivery Hamburg: Friday.

Best regards,
Eric Huang

--- attachment: PL-TC-261020-07.pdf ---
PACKING LIST PL-TC-261020-07
PO: P04170   Ship date: 2026-10-20
CTN  Item          Description                Qty
1-6  TC-LTN-1M     Lightning cable 1m white   1200
7-9  TC-USBC-PD30  USB-C charger 30W          600
Total 9 cartons, 86.4 kg
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P04170"],
     vref=["PL-TC-261020-07"], commit=("2026-10-23", "Estimated delivery Hamburg: Friday"),
     dates=[("2026-10-20", "ship_date", "today"), ("2026-10-23", "confirmed_delivery", "Friday"),
            ("2026-10-20", "ship_date", "2026-10-20")],
     lines=[("TC-LTN-1M", 1200, None, "1-6  TC-LTN-1M     Lightning cable 1m white   1200", "P04170"),
            ("TC-USBC-PD30", 600, None, "7-9  TC-USBC-PD30  USB-C charger 30W          600", "P04170")],
     track=[("DHL Express", "1290447615", "AWB 1290447615")]),

dict(v="baltic", c=1, lang="en", at="2026-11-13 10:00", subj="Invoice 2026-INV-0457 / P04180",
     text="""
Hello Laura,

please find attached invoice 2026-INV-0457 for the delivery of P04180 (smoked sprats, honey) which arrived at your warehouse yesterday. Payment term 30 days net as usual.

Kind regards
Ruta Petraitiene
Accounting

On Mon, Nov 2, 2026 at 9:30 AM Tomas Kazlauskas <tomas.kazlauskas@balticamber.lt> wrote:
> Laura, sorry P04180 is one week later, new delivery 12 November.

--- attachment: 2026-INV-0457.pdf ---
INVOICE 2026-INV-0457   Date: 13.11.2026   Due: 13.12.2026
Order: P04180   Delivery note: DN-26-3391 (12.11.2026)
Total EUR 4.032,00
""", end="Kind regards", change="none", intent="other", po=["P04180"],
     vref=["2026-INV-0457", "DN-26-3391"],
     dates=[("2026-11-12", "other", "yesterday"), ("2026-11-13", "other", "13.11.2026"),
            ("2026-12-13", "other", "13.12.2026"), ("2026-11-12", "other", "12.11.2026")]),

dict(v="voltix", c=1, lang="en", at="2026-12-07 09:10", subj="VX-WC15 end of life - P04190 / P04191",
     text="""
Dear Mike,

Regret to inform, the wireless charger pad VX-WC15 is end of life from our factory, the IC supplier stop the chip. So we have to cancel this item from both your orders:

P04190 - VX-WC15 x 1,000 pcs cancel. Other items (power banks) still ship 18 Dec as confirmed, ETA Hamburg 25 Jan.
P04191 - only VX-WC15 x 600 pcs on this PO, so whole PO P04191 will be cancel. Deposit USD 1,260 we refund or keep as credit for next order, which you prefer?

Sorry for trouble.

Best regards
Kevin Liu
""", end="Sorry for trouble.", change="cancel", intent="cancellation", sec=["question"],
     po=["P04190", "P04191"], commit=("2027-01-25", "ETA Hamburg 25 Jan"),
     dates=[("2026-12-18", "ship_date", "18 Dec"), ("2027-01-25", "confirmed_delivery", "25 Jan")],
     lines=[("VX-WC15", 1000, "pcs", "VX-WC15 x 1,000 pcs", "P04190"),
            ("VX-WC15", 600, "pcs", "VX-WC15 x 600 pcs", "P04191")],
     changes=[("P04190", "cancellation", "2027-01-25", 1000, "P04190 - VX-WC15 x 1,000 pcs cancel"),
              ("P04191", "cancellation", None, 600, "whole PO P04191 will be cancel")]),

dict(v="seoul", c=1, lang="en", at="2026-09-21 14:00", subj="P04195 knife block colour - please choose",
     text="""
Dear Ms. Jensen,

For P04195 (knife block set, 800 sets) the wooden block from our supplier is in oak colour now, not walnut like the approved sample. We have two options for you:
A) ship on time (loading 9 October) with oak colour blocks
B) wait for walnut blocks, loading end of October

Which option you prefer? Please reply by Wednesday so we can tell the supplier.

Best regards,
Min-seo Kim
""", end="Best regards,", change="none", intent="question", po=["P04195"],
     dates=[("2026-10-09", "other", "9 October"), ("2026-10-31", "other", "end of October"),
            ("2026-09-23", "other", "Wednesday")]),

dict(v="kaiser", c=1, lang="en", at="2026-10-27 08:15", subj="Order change notification AB-2026-77812",
     text="""
*** Automatic notification - order change ***

Dear customer,

the delivery dates of your order P04196 (our order AB-2026-77812) have changed. Please see the updated confirmation attached. Lines not listed remain unchanged.

Elektro Kaiser GmbH - Auftragsabwicklung
This e-mail was generated automatically.

--- attachment: AB-2026-77812_rev2.pdf ---
AUFTRAGSBESTAETIGUNG / ORDER CONFIRMATION AB-2026-77812 Rev. 2
Your order: P04196 of 05.10.2026
Pos  Article      Description                 Qty   Old date     New date
10   EK-LED-E27   LED bulb E27 9W warm        2400  KW 45        KW 48
30   EK-SMK-10Y   Smoke detector 10 years     500   KW 45        KW 50
""", end="Elektro Kaiser GmbH - Auftragsabwicklung", change="date", intent="delay",
     po=["P04196"], vref=["AB-2026-77812"], commit=("2026-12-07", "KW 50"),
     dates=[("2026-10-05", "other", "05.10.2026"), ("2026-11-02", "other", ("KW 45", 0)),
            ("2026-11-23", "new_eta", "KW 48"), ("2026-11-02", "other", ("KW 45", 1)),
            ("2026-12-07", "new_eta", "KW 50")],
     lines=[("EK-LED-E27", 2400, None, "10   EK-LED-E27   LED bulb E27 9W warm        2400  KW 45        KW 48", "P04196"),
            ("EK-SMK-10Y", 500, None, "30   EK-SMK-10Y   Smoke detector 10 years     500   KW 45        KW 50", "P04196")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-04 13:20", subj="P04197 loaded",
     text="""
Dear Sandra,

Good news, the truck with your complete order P04197 (towels and bathrobes) left Denizli this morning. Below the confirmation from our transport company with the CMR number. Delivery Hamburg planned Tuesday next week.

Best regards,
Elif Demir

---------- Forwarded message ---------
From: Ege Lojistik Operasyon <ops@egelojistik.com.tr>
Date: Wed, 4 Nov 2026 at 10:47
Subject: loading ANT-SO-5520

Dear Elif, truck loaded 26 pallets for Hartmann, CMR no. TR-2611-048813. Delivery Hamburg 10.11. morning.
Regards, Serkan
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P04197"],
     vref=["ANT-SO-5520"], commit=("2026-11-10", "Delivery Hamburg planned Tuesday next week"),
     dates=[("2026-11-04", "ship_date", "this morning"), ("2026-11-10", "confirmed_delivery", "Tuesday next week"),
            ("2026-11-10", "confirmed_delivery", "10.11.")],
     track=[("Ege Lojistik", "TR-2611-048813", "CMR no. TR-2611-048813")]),

dict(v="dublinbiscuit", lang="en", at="2026-09-30 11:00", subj="Re: P04198 - change of contact",
     text="""
Hi Tim,

Just a quick one - I'm moving to our export team from Monday, so from then on please send all orders and questions for Hartmann (including the open P04198) to my colleague Declan Byrne, declan.byrne@dublinbiscuit.ie, cc orders@dublinbiscuit.ie. Nothing changes on the order itself.

It's been a pleasure!
Siobhan

On 21 Sep 2026, at 15:02, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Thanks Siobhan, noted the new date of 9 October for P04198.
>
>> On 18 Sep 2026, Siobhan Murphy wrote:
>> Tim, P04198 shortbread tins will be a week late, now 9 October.
""", end="It's been a pleasure!", change="none", intent="other", po=["P04198"],
     dates=[("2026-10-05", "other", "Monday")]),

dict(v="nordic", lang="en", at="2026-11-26 14:30", subj="P04199 / P04185 status",
     text="""
Hi Laura,

Status for your two orders:

P04199 (linen tablecloths): 250 of 400 pcs were collected by DSV today, tracking 40157720391. The remaining 150 pcs follow in week 50, delivery Hamburg 11 December.

P04185 (wool throws): complete, goes with the same DSV truck, delivery 1 December together with the first part of P04199.

Best regards
Anna Berg
""", end="Best regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04199", "P04185"], commit=("2026-12-11", "delivery Hamburg 11 December"),
     dates=[("2026-11-26", "ship_date", "today"), ("2026-12-07", "ship_date", "week 50"),
            ("2026-12-11", "new_eta", "11 December"), ("2026-12-01", "confirmed_delivery", "delivery 1 December")],
     lines=[("linen tablecloth", 250, "pcs", "250 of 400 pcs", "P04199"),
            ("linen tablecloth", 150, "pcs", "remaining 150 pcs", "P04199")],
     track=[("DSV", "40157720391", "tracking 40157720391")],
     changes=[("P04199", "partial_shipment", "2026-12-11", 150, "The remaining 150 pcs follow in week 50, delivery Hamburg 11 December"),
              ("P04185", "shipping_notice", "2026-12-01", None, "complete, goes with the same DSV truck, delivery 1 December")]),

dict(v="greenthumb", c=1, lang="en", at="2026-12-14 07:45", subj="surcharge",
     text="""
Mike - heads up, fuel surcharge goes to 4.5% on all invoices from Jan 1, applies to P04175 too since it ships after that. Sorry!

Sent from my iPhone
""", end="Sent from my iPhone", change="price", intent="price_change", po=["P04175"],
     dates=[("2027-01-01", "price_effective", "Jan 1")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2027-01-01",
                  quote="fuel surcharge goes to 4.5% on all invoices from Jan 1")]),

dict(v="pacific", lang="en", at="2026-10-08 10:00", subj="Re: P04176 green beans stuck",
     text="""
Hi Sandra,

Good news after all the back and forth below - the green beans finally cleared customs yesterday. We roast P04176 on Monday and I can now firmly confirm the original date: delivered to your forwarder in Long Beach 10/16, all 600 bags as ordered.

Thanks for your patience!
Lena

On Oct 1, 2026, at 3:40 PM, Lena Park <lena.park@pacificcoastcoffee.com> wrote:
> Sandra, the beans for P04176 are stuck in customs, I may need to push you to late October. Will know more next week.
""", end="Thanks for your patience!", change="none", intent="confirmation", po=["P04176"],
     commit=("2026-10-16", "delivered to your forwarder in Long Beach 10/16"),
     dates=[("2026-10-07", "other", "yesterday"), ("2026-10-12", "other", "Monday"),
            ("2026-10-16", "confirmed_delivery", "10/16")],
     lines=[("roasted coffee", 600, "bags", "all 600 bags", "P04176")]),

dict(v="aussie", c=1, lang="en", at="2026-11-02 09:00", subj="P04003 shipped short",
     text="""
Hi Tim,

Quick update on P04003 - we could only get 220 of the hiking daypacks out of the factory for the ANL vessel which sailed on Saturday. The other 80 won't be made at all this season as the fabric mill has closed its order book, so the order ships short: 80 pcs short-shipped and you will only be invoiced for the 220. Container MSKU 7718204, ETA Hamburg 14 December.

Sorry we couldn't do better!
Chloe
""", end="Sorry we couldn't do better!", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P04003"], commit=("2026-12-14", "ETA Hamburg 14 December"),
     dates=[("2026-10-31", "ship_date", "Saturday"), ("2026-12-14", "confirmed_delivery", "14 December")],
     lines=[("hiking daypack", 220, None, "220 of the hiking daypacks", "P04003"),
            ("hiking daypack", 80, "pcs", "80 pcs short-shipped", "P04003")],
     track=[("ANL", "MSKU 7718204", "Container MSKU 7718204")]),

dict(v="highland", c=1, lang="en", at="2026-11-20 17:55", subj="P04004",
     text="""
sorry Sandra wax delivery was late, P04004 candles now ship Wed, with you Fri 27th instead of today. Ewan

Sent from my iPhone
""", end="Ewan", change="date", intent="delay", po=["P04004"],
     commit=("2026-11-27", "with you Fri 27th"),
     dates=[("2026-11-25", "ship_date", "Wed"), ("2026-11-27", "new_eta", "Fri 27th"),
            ("2026-11-20", "other", "today")]),

dict(v="kiwiwool", lang="en", at="2026-10-15 10:00", subj="P04005 carton labels",
     text="""
Hi Sandra,

Sophie's off on leave for a fortnight (Fiji, lucky thing) so you've got me for a bit. Bear with me, I'm more of a sheep man than an email man.

We had a visit from your quality auditor the other day, good bloke, he seemed happy with the scouring line and took a heap of photos. Weather's been rubbish, three days of southerly, but the shearing gang got through most of the mob before it hit.

The thing I actually need from you: for P04005 the carton labels - your spec says 'Hartmann article number' but the PO lists two different numbers for the grey throw (HH-44120 and HH-44102). Which one goes on the carton? We pack on the 26th so I'd need it by Friday ideally.

Cheers,
Hemi
""", end="Cheers,", change="none", intent="question", po=["P04005"],
     dates=[("2026-10-26", "other", "the 26th"), ("2026-10-16", "other", "Friday")]),

dict(v="sparkle", lang="en", at="2026-12-02 12:10", subj="RE: P04006 - cancel line 3",
     text="""
Hi Laura,

> Please cancel line 3 (champagne flutes, 240 pcs) from P04006, we've dropped them from the catalogue.
Done - line 3 is cancelled, 240 flutes off the order. No charge as we hadn't engraved them yet.

> The rest stays as is, delivery 9 December?
Yes, tumblers and wine glasses still deliver Wednesday 9 December.

Hannah
""", end="Hannah", change="cancel", intent="cancellation", sec=["confirmation"], po=["P04006"],
     commit=("2026-12-09", "still deliver Wednesday 9 December"),
     dates=[("2026-12-09", "confirmed_delivery", "Wednesday 9 December")],
     lines=[("champagne flute", 240, None, "240 flutes off the order", "P04006")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-09-17 11:30", subj="Order acknowledgement MLO-OA-22871 - P04007",
     text="""
Hello Mike,

Order P04007 is confirmed, all items and quantities as per your PO. Goods will be ready to ship 10/5 and delivery to Hamburg is planned between 10/26 and 10/30 depending on the vessel.

Order acknowledgement MLO-OA-22871 attached for your records.

Regards,
Karen Singh
Maple Leaf Outdoor Products Inc.

--- attachment: MLO-OA-22871.pdf ---
ORDER ACKNOWLEDGEMENT MLO-OA-22871    Date: 09/17/2026
PO P04007
SN-AL-25   Aluminium snowshoes 25in    360 PR   USD 41.00
TP-CF-2    Carbon trekking poles pair  720 PR   USD 18.50
Ready date: 10/05/2026   Terms: FCA Montreal
""", end="Regards,", change="none", intent="confirmation", po=["P04007"], vref=["MLO-OA-22871"],
     commit=("2026-10-30", "between 10/26 and 10/30"),
     dates=[("2026-10-05", "ship_date", "10/5"), ("2026-10-26", "range_start", "10/26"),
            ("2026-10-30", "range_end", "10/30"), ("2026-09-17", "other", "09/17/2026"),
            ("2026-10-05", "ship_date", "10/05/2026")],
     lines=[("SN-AL-25", 360, "PR", "SN-AL-25   Aluminium snowshoes 25in    360 PR   USD 41.00", "P04007"),
            ("TP-CF-2", 720, "PR", "TP-CF-2    Carbon trekking poles pair  720 PR   USD 18.50", "P04007")]),

dict(v="delhicotton", c=1, lang="en", at="2026-10-05 12:00", subj="FW: price revision",
     text="""
Dear Mike ji,

Please see below the note from our director. As explained on the phone, the cotton price increase is also effecting your running order P04008 - we can hold the price only for the cushion covers, the table runners will be invoiced at the new price.

Warm regards,
Priya Sharma

---------- Forwarded message ---------
From: Rajesh Kumar <rajesh.kumar@delhicottonmills.in>
Date: Sat, 3 Oct 2026, 18:20
Subject: price revision

Priya, please inform all EU customers: due to cotton yarn going up strongly, from 15 October our table runner DC-TR-35180 goes from USD 3.20 to USD 3.55 and placemats DC-PM-4030 from USD 1.10 to USD 1.22. Open orders shipping after 15 October also get new price.

On Tue, 22 Sep 2026, 10:11 Priya Sharma <priya.sharma@delhicottonmills.in> wrote:
> Dear Mike ji, we confirm P04008, shipment 20 October.
""", end="Warm regards,", change="price", intent="price_change", po=["P04008"],
     dates=[("2026-10-15", "price_effective", ("15 October", 0)),
            ("2026-10-15", "price_effective", ("15 October", 1))],
     prices=[dict(product="DC-TR-35180", old=3.20, new=3.55, cur="USD", eff="2026-10-15",
                  quote="table runner DC-TR-35180 goes from USD 3.20 to USD 3.55"),
             dict(product="DC-PM-4030", old=1.10, new=1.22, cur="USD", eff="2026-10-15",
                  quote="placemats DC-PM-4030 from USD 1.10 to USD 1.22")]),

dict(v="brightline", c=1, lang="en", at="2026-12-10 15:20", subj="P04009 on its way",
     text="""
Hi Tim,

P04009 is on its way - collected by DPD this afternoon, 4 cartons, complete order. Tracking below from DPD's own email. They're saying Monday for Hamburg.

Cheers,
Tom

---------- Forwarded message ---------
From: DPD UK <notifications@dpd.co.uk>
Date: Thu, 10 Dec 2026 at 14:58
Subject: Your parcels are on their way

Parcel numbers: 15501234567890, 15501234567891, 15501234567892, 15501234567893
Your delivery is expected on Monday 14 December 2026.
""", end="Cheers,", change="shipping", intent="shipping_notice", po=["P04009"],
     commit=("2026-12-14", "They're saying Monday for Hamburg"),
     dates=[("2026-12-10", "ship_date", "this afternoon"), ("2026-12-14", "confirmed_delivery", ("Monday", 0)),
            ("2026-12-14", "confirmed_delivery", "Monday 14 December 2026")],
     track=[("DPD", "15501234567890", "15501234567890"), ("DPD", "15501234567891", "15501234567891"),
            ("DPD", "15501234567892", "15501234567892"), ("DPD", "15501234567893", "15501234567893")]),

dict(v="ningbo", lang="en", at="2026-11-27 03:15", subj="Urgent: bank account update",
     frm="Amy Chen <amy.chen@nbhomeware-trade.com>",
     text="""
Dear Laura,

Kindly note that our company bank account has changed due to annual audit. All payments for open orders including the balance of P04011 should be paid to our new account from today:

Beneficiary: Ningbo Homeware Trading Co Ltd
Bank: First Pacific Commercial Bank, Hong Kong
Account: 641-223-99071
SWIFT: FPCBHKHH

Please confirm once you update your system and advise when the balance will be paid. Do not use the old account anymore.

Best regards,
Amy Chen
""", end="Best regards,", change="none", intent="other", po=["P04011"],
     dates=[("2026-11-27", "other", "today")]),

dict(v="schwarzwald", c=1, lang="en", at="2026-12-15 09:40", subj="Re-scheduling of your orders",
     text="""
Dear Mrs Klein,

due to the sickness wave in our assembly we have to re-schedule some of your orders. Overview:

Order    Article                 Confirmed     New
P04012   Kitchen scale SH-KW5    KW 51         KW 2/2027
P04013   Salad spinner SH-SS24   KW 51         unchanged
P04014   Spice rack SH-GR12      KW 52         cancelled - see below

The spice rack SH-GR12 is discontinued by our supplier; we are not able to deliver P04014 at all and cancel it. Sorry for this.

Mit freundlichen Grüßen / Best regards
Sabine Hoffmann
""", end="Mit freundlichen Grüßen / Best regards", change="mixed", intent="delay", sec=["cancellation"],
     po=["P04012", "P04013", "P04014"], commit=("2027-01-11", "KW 2/2027"),
     dates=[("2026-12-14", "other", ("KW 51", 0)), ("2027-01-11", "new_eta", "KW 2/2027"),
            ("2026-12-14", "confirmed_delivery", ("KW 51", 1)), ("2026-12-21", "other", "KW 52")],
     changes=[("P04012", "delay", "2027-01-11", None, "P04012   Kitchen scale SH-KW5    KW 51         KW 2/2027"),
              ("P04013", "confirmation", "2026-12-14", None, "P04013   Salad spinner SH-SS24   KW 51         unchanged"),
              ("P04014", "cancellation", None, None, "we are not able to deliver P04014 at all and cancel it")]),

dict(v="acme", c=1, lang="en", at="2026-11-12 16:02", subj="RE: P04015 delivery slot",
     text="""
Confirmed - P04015 delivers Tuesday 11/24 as you asked, dock appointment 8am.

Dave

-----Original Message-----
From: Mike Osei <mike.osei@hhg-retail.com>
Sent: Thursday, November 12, 2026 9:14 AM
Subject: P04015 delivery slot

Dave, can your carrier deliver P04015 on 11/24? Our DC is closed 11/26-11/27.
""", end="Dave\n", change="none", intent="confirmation", po=["P04015"],
     commit=("2026-11-24", "P04015 delivers Tuesday 11/24"),
     dates=[("2026-11-24", "confirmed_delivery", "Tuesday 11/24")]),

dict(v="cleanco", lang="en", at="2026-10-09 14:00", subj="Delivery note DN-88702 - P04016",
     text="""
Hi Sandra,

Delivery note for today's consignment on P04016 attached. Heads up that it's not the full order - the 10L mop buckets (CC-BKT-10) are still stuck at our supplier, 150 of them to follow. I'm told w/c 19 October for those, I'll confirm the exact day.

Regards,
Gary

--- attachment: DN-88702.pdf ---
DELIVERY NOTE DN-88702      Date: 09/10/2026
Customer order: P04016
Code         Description                 Ordered   Delivered   To follow
CC-BIN-30    Pedal bin 30L white         200       200         0
CC-BKT-10    Mop bucket 10L              300       150         150
Carrier: Palletways   Consignment: PW-4471902
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04016"], vref=["DN-88702"], commit=("2026-10-19", "w/c 19 October for those"),
     dates=[("2026-10-09", "ship_date", "today"), ("2026-10-19", "new_eta", "w/c 19 October"),
            ("2026-10-09", "ship_date", "09/10/2026")],
     lines=[("CC-BKT-10", 150, None, "150 of them to follow", "P04016"),
            ("CC-BIN-30", 200, None, "CC-BIN-30    Pedal bin 30L white         200       200         0", "P04016"),
            ("CC-BKT-10", 150, None, "CC-BKT-10    Mop bucket 10L              300       150         150", "P04016")],
     track=[("Palletways", "PW-4471902", "Consignment: PW-4471902")]),

dict(v="hanoi", c=1, lang="en", at="2026-12-16 11:00", subj="Re: deposit P04017",
     text="""
Dear Sandra,

We sent you the reminder below two times but did not receive the deposit for P04017 until now. Our factory cannot keep the production slot any longer. If deposit is not received by Friday 18 December we will cancel the order and release the material to other customer.

Best regards,
Tran Minh
Hanoi Bamboo Crafts JSC

On Tue, Dec 1, 2026 at 9:05 AM Tran Minh <tran.minh@hanoibamboo.vn> wrote:
> Dear Sandra, kindly arrange 30% deposit USD 2,940 for P04017 (PI HB-PI-2611-09) so we can start production. When can we expect payment?
""", end="Best regards,", change="cancel", intent="cancellation", po=["P04017"], vref=["HB-PI-2611-09"],
     dates=[("2026-12-18", "other", "Friday 18 December")]),

dict(v="texbright", lang="en", at="2026-09-29 18:20", subj="Re: cancel P04018",
     text="""
No problem Laura, P04018 is cancelled on our side. Marcus

Sent from my iPhone

On Sep 29, 2026, at 11:47 AM, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Marcus, we need to cancel P04018 (pillow protectors) completely, the promotion was dropped. Please confirm.
""", end=("Marcus", 0), change="cancel", intent="cancellation", po=["P04018"]),

dict(v="pacific", c=1, lang="en", at="2026-11-18 09:30", subj="RE: P04019 Holiday Blend",
     text="""
Hey Sandra, replies below.

> Can you do anything on price for the 1,200 bags of Holiday Blend on P04019?
Yes - we'll take 5% off, so USD 11.40 instead of 12.00 per bag. Applies to this order only.
> And delivery still the week of 12/7?
Still on track, delivered 12/8.

Chris
""", end="Chris", change="price", intent="price_change", sec=["confirmation"], po=["P04019"],
     commit=("2026-12-08", "delivered 12/8"),
     dates=[("2026-12-08", "confirmed_delivery", "12/8")],
     prices=[dict(product="Holiday Blend", old=12.00, new=11.40, pct=-5, cur="USD",
                  quote="we'll take 5% off, so USD 11.40 instead of 12.00 per bag")]),

dict(v="brunner", c=1, lang="en", at="2026-12-01 10:15", subj="Price list 2027",
     text="""
Dear Ms Klein,

Please find attached our price list 2027. The new prices apply to deliveries from week 2 onwards; everything delivered up to the end of December is still charged at 2026 prices, including your open order P04021.

Kind regards
Nadine Keller
Brunner Textil AG

--- attachment: Brunner_Pricelist_2027.pdf ---
BRUNNER TEXTIL AG - PRICE LIST 2027 (CHF, per piece, EXW Wil SG)
Valid from 11.01.2027
Article     Description                 2026     2027
BT-HT-5010  Hand towel waffle 50x100    9.80     10.30
BT-BT-7014  Bath towel waffle 70x140    18.40    19.20
BT-KT-5070  Kitchen towel linen         6.90     6.90
""", end="Kind regards", change="price", intent="price_change", po=["P04021"],
     dates=[("2027-01-11", "price_effective", "week 2"), ("2026-12-31", "other", "end of December"),
            ("2027-01-11", "price_effective", "11.01.2027")],
     prices=[dict(product="BT-HT-5010", old=9.80, new=10.30, cur="CHF", eff="2027-01-11",
                  quote="BT-HT-5010  Hand towel waffle 50x100    9.80     10.30"),
             dict(product="BT-BT-7014", old=18.40, new=19.20, cur="CHF", eff="2027-01-11",
                  quote="BT-BT-7014  Bath towel waffle 70x140    18.40    19.20")]),

dict(v="polska", c=1, lang="en", at="2026-10-21 09:20", subj="FW: P04022 palety",
     text="""
Hi Tim,

Question from our warehouse, see below. Can you tell us quickly? Loading for P04022 is Friday.

Regards
Piotr

---------- Forwarded message ---------
From: Magazyn Boleslawiec <magazyn@polskaceramika.pl>
Date: Wed, 21 Oct 2026 at 08:02
Subject: P04022 palety

Piotr, the Hartmann order P04022 comes to 11 pallets at 1.80 m. Their DC spec says max 1.60 m - then it is 13 pallets. Which one do they want? If 13 pallets we need the extra pallets from the supplier by Thursday.
""", end="Regards", change="none", intent="question", po=["P04022"],
     dates=[("2026-10-23", "ship_date", "Friday"), ("2026-10-22", "other", "Thursday")]),

dict(v="sunshine", c=1, lang="en", at="2026-12-04 07:10", subj="P04023 port",
     text="""
Mike, which port do you want P04023 on, Rotterdam or Hamburg? Need to book today

Sent from my iPhone
""", end="Sent from my iPhone", change="none", intent="question", po=["P04023"],
     dates=[("2026-12-04", "other", "today")]),

dict(v="lakeside", c=1, lang="en", at="2026-12-08 13:30", subj="ASN - Hartmann Home & Garden - 2 orders",
     text="""
*** ADVANCE SHIP NOTICE - AUTOMATED MESSAGE ***

Customer: Hartmann Home & Garden GmbH
Ship Date: 12/08/2026   Carrier: XPO Logistics   PRO: 51-2284190
Est. Delivery (consolidator, Elk Grove IL): 12/10/2026

PO        Lakeside SO     Item          Shipped  UOM  Status
P04024    LPF-SO-79012    LP-DOG-6K     480      BAG  COMPLETE
P04025    LPF-SO-79013    LP-TRT-500    1,200    BOX  COMPLETE

Questions? Reply to this email.
Lakeside Pet Foods Inc. | Shipping Team
""", end="Questions? Reply", change="shipping", intent="shipping_notice",
     po=["P04024", "P04025"], vref=["LPF-SO-79012", "LPF-SO-79013"],
     commit=("2026-12-10", "12/10/2026"),
     dates=[("2026-12-08", "ship_date", "12/08/2026"), ("2026-12-10", "confirmed_delivery", "12/10/2026")],
     lines=[("LP-DOG-6K", 480, "BAG", "P04024    LPF-SO-79012    LP-DOG-6K     480      BAG  COMPLETE", "P04024"),
            ("LP-TRT-500", 1200, "BOX", "P04025    LPF-SO-79013    LP-TRT-500    1,200    BOX  COMPLETE", "P04025")],
     track=[("XPO Logistics", "51-2284190", "PRO: 51-2284190")],
     changes=[("P04024", "shipping_notice", "2026-12-10", 480, "P04024    LPF-SO-79012    LP-DOG-6K     480      BAG  COMPLETE"),
              ("P04025", "shipping_notice", "2026-12-10", 1200, "P04025    LPF-SO-79013    LP-TRT-500    1,200    BOX  COMPLETE")]),

dict(v="seoul", lang="en", at="2026-11-30 17:00", subj="P04026 shipped",
     text="""
Dear Ms. Jensen,

Hope you are fine. Here in Seoul the first snow came yesterday, very beautiful but the traffic was terrible, our driver needed 3 hours to the port! Also we had our company dinner last Friday, our CEO asked me to send you his greetings and thanks for the good cooperation this year.

About your order P04026 (frying pans 24/28 cm, complete 1,800 pcs): the container HDMU 6620917 was loaded on vessel HMM ALGECIRAS, departure Busan today. ETA Hamburg port 8 January, and your forwarder told us delivery to your warehouse 12 January. B/L no. HDMUPUSA2611304 we will send with the documents by courier.

Best regards,
Ji-ho Park
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P04026"],
     commit=("2027-01-12", "delivery to your warehouse 12 January"),
     dates=[("2026-11-29", "other", "yesterday"), ("2026-11-27", "other", "last Friday"),
            ("2026-11-30", "ship_date", "today"), ("2027-01-08", "other", "8 January"),
            ("2027-01-12", "confirmed_delivery", "12 January")],
     lines=[("frying pan", 1800, "pcs", "complete 1,800 pcs", "P04026")],
     track=[("HMM", "HDMU 6620917", "container HDMU 6620917"),
            ("HMM", "HDMUPUSA2611304", "B/L no. HDMUPUSA2611304")]),

dict(v="voltix", lang="en", at="2026-10-30 10:00", subj="RE: new PO P04027",
     text="""
Dear Mike,

Well received your PO P04027, thank you! We will check with factory and send you PI and confirmation soon.

Best regards
Cindy Zhang
""", end="Best regards", change="none", intent="other", po=["P04027"]),

dict(v="milano", c=1, lang="en", at="2026-11-11 15:45", subj="Re: P04028 Terrazzo side tables",
     text="""
Dear Laura,

To close the loop on the thread below: today we shipped 60 of the 90 Terrazzo side tables on P04028 with Arcese, CMR 0044817. The 30 in green marble are still at the polishing workshop; they will leave in KW 49 and arrive in Hamburg around 4 December. The first part should be with you on Monday.

Kind regards
Marco Bianchi

On 2 Nov 2026, at 10:12, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Marco, can you at least send what is ready? We need stock for the catalogue launch.

On 30 Oct 2026, at 17:40, Marco Bianchi <marco.bianchi@milanocasa.it> wrote:
> Laura, I'm afraid P04028 will be two weeks late, new date 20 November.
""", end="Kind regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04028"], commit=("2026-12-04", "arrive in Hamburg around 4 December"),
     dates=[("2026-11-11", "ship_date", "today"), ("2026-11-30", "ship_date", "KW 49"),
            ("2026-12-04", "new_eta", "4 December"), ("2026-11-16", "confirmed_delivery", "Monday")],
     lines=[("Terrazzo side table", 60, None, "60 of the 90 Terrazzo side tables", "P04028"),
            ("Terrazzo side table green marble", 30, None, "The 30 in green marble", "P04028")],
     track=[("Arcese", "0044817", "CMR 0044817")]),

dict(v="anatolia", lang="en", at="2026-12-11 10:30", subj="RE: P04029 / P04033 status",
     text="""
Dear Sandra, my answers below.

> P04029 bathrobes - are you on time for 18 December?
No, sorry. The embroidery machine is broken, we need until end of the month for production, delivery Hamburg mid-January.
> P04033 beach towels - any news?
This one is fine, delivery 18 December as confirmed.

Best regards,
Mehmet
""", end="Best regards,", change="date", intent="delay", po=["P04029", "P04033"],
     commit=("2027-01-15", "delivery Hamburg mid-January"),
     dates=[("2026-12-31", "other", "end of the month"), ("2027-01-15", "new_eta", "mid-January"),
            ("2026-12-18", "confirmed_delivery", ("18 December", 1))],
     changes=[("P04029", "delay", "2027-01-15", None, "delivery Hamburg mid-January"),
              ("P04033", "confirmation", "2026-12-18", None, "This one is fine, delivery 18 December as confirmed")]),

dict(v="kaiser", c=1, lang="en", at="2026-09-03 10:00", subj="Order confirmation AB-2026-76120 - P04034",
     text="""
Dear Mr Brandt,

thank you for your order P04034. Attached our order confirmation AB-2026-76120. All positions are confirmed as ordered; please note the two different delivery weeks.

Elektro Kaiser GmbH
Petra Lange, Auftragsabwicklung

--- attachment: AB-2026-76120.pdf ---
ORDER CONFIRMATION AB-2026-76120
Your order: P04034
Pos  Article      Description               Qty    Delivery
10   EK-EXT-3F    Extension cord 3-fold 5m  1.200  KW 39
20   EK-TMR-MEC   Mechanical timer          800    KW 41
""", end="Elektro Kaiser GmbH\n", change="none", intent="confirmation", po=["P04034"],
     vref=["AB-2026-76120"], commit=("2026-10-05", "KW 41"),
     dates=[("2026-09-21", "confirmed_delivery", "KW 39"), ("2026-10-05", "confirmed_delivery", "KW 41")],
     lines=[("EK-EXT-3F", 1200, None, "10   EK-EXT-3F    Extension cord 3-fold 5m  1.200  KW 39", "P04034"),
            ("EK-TMR-MEC", 800, None, "20   EK-TMR-MEC   Mechanical timer          800    KW 41", "P04034")]),
]
