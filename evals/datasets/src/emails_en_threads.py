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
]
