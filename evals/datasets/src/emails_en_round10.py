# ruff: noqa: E501 - email text is data
"""English, round 10 (branch d10a): US, UK, Irish, Canadian and Australian vendors, all eight
intents in roughly even shares. Terse purchasing-desk replies, customer-service templates with
one personal line, news hidden in a PS or in a note under a table, delays caused by a named
event (customs exam, strike, machine breakdown, port congestion, a storm) with the new date
stated once and the old one quoted, acknowledgements of several lines each with its own
promised date, partial shipments with a backorder date per line. Quoted history and forwarded
chains with other orders and dates, attachment text, calendar weeks, ranges, business-day
spans, relative dates and US and Canadian month-first numeric dates. Hand-written and
hand-labelled by reading each email; no extractor or classifier produced the labels."""

EMAILS = [
dict(v="acme", lang="en", at="2026-11-09 10:20", subj="P10500 - container on customs hold",
     text="""
Hi Laura,

Bad news on P10500. The container with the cast iron skillets got pulled by CBP for an intensive exam at Port Newark on Thursday, and our broker says exams are running 7-10 days right now. So the 11/12 delivery we gave you won't happen. New delivery to your Newark consolidator is 11/24, assuming the exam comes back clean (it always has for us).

I'll let you know right away if CBP releases it sooner.

Thanks,
Jessica

Jessica Moreno
Acme Home Goods Inc.

On Tue, Oct 20, 2026 at 9:02 AM Jessica Moreno wrote:
> Laura, P10500 is on the water, ETA Newark 11/5, delivery 11/12. Jessica
""", end="Thanks,\nJessica", change="date", intent="delay", po=["P10500"],
     commit=("2026-11-24", "New delivery to your Newark consolidator is 11/24"),
     dates=[("2026-11-05", "other", "on Thursday"), ("2026-11-12", "other", ("11/12", 0)),
            ("2026-11-24", "new_eta", "11/24")]),

dict(v="texbright", lang="en", at="2026-09-22 14:10", subj="Acknowledgement - PO P10501",
     text="""
Hi Sandra,

Attached is our acknowledgement for P10501. All three lines are confirmed as ordered, each on the date you asked for. Thanks for the business!

Marcus

--- attachment: TXB-ACK-D10A-3310.pdf ---
SALES ORDER ACKNOWLEDGEMENT   TXB-ACK-D10A-3310
Customer PO: P10501          Ack date: 09/22/2026
Line  Item       Description              Qty   Ship Date    Delivery
1     TXB-SH-Q   Sheet set queen, white   300   10/09/2026   10/14/2026
2     TXB-SH-K   Sheet set king, white    200   10/16/2026   10/21/2026
3     TXB-DV-Q   Duvet insert queen       150   10/23/2026   10/28/2026
Terms: Net 45. FOB Charlotte, NC.
""", end="Marcus", change="none", intent="confirmation", po=["P10501"], vref=["TXB-ACK-D10A-3310"],
     commit=("2026-10-28", "10/28/2026"),
     dates=[("2026-09-22", "other", "09/22/2026"),
            ("2026-10-09", "ship_date", "10/09/2026"), ("2026-10-14", "confirmed_delivery", "10/14/2026"),
            ("2026-10-16", "ship_date", "10/16/2026"), ("2026-10-21", "confirmed_delivery", "10/21/2026"),
            ("2026-10-23", "ship_date", "10/23/2026"), ("2026-10-28", "confirmed_delivery", "10/28/2026")],
     lines=[("TXB-SH-Q", 300, None, "1     TXB-SH-Q   Sheet set queen, white   300   10/09/2026   10/14/2026", "P10501"),
            ("TXB-SH-K", 200, None, "2     TXB-SH-K   Sheet set king, white    200   10/16/2026   10/21/2026", "P10501"),
            ("TXB-DV-Q", 150, None, "3     TXB-DV-Q   Duvet insert queen       150   10/23/2026   10/28/2026", "P10501")]),

dict(v="keystone", lang="en", at="2026-11-17 11:05", subj="P10502 partial - backorder detail",
     text="""
Laura,

P10502 is partially shipping today. Where each line stands:

- KHD-MB-3 mixing bowl set: 240 of 240 on the truck
- KHD-CL-8 colander: 96 shipped, 48 on backorder, ships to you 12/1, delivering 12/4
- KHD-TG-12 tongs: nothing shipped, all 300 backordered, ship 12/8, deliver by 12/11

This portion goes Saia, PRO 8830-D10A-1147, est. delivery 11/20. Backorders ship separately, freight on us.

Rachel Dunn
Keystone Housewares Distribution Inc.
""", end="Rachel Dunn", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10502"],
     commit=("2026-12-11", "deliver by 12/11"),
     dates=[("2026-11-17", "ship_date", "today"), ("2026-12-01", "ship_date", "ships to you 12/1"),
            ("2026-12-04", "new_eta", "12/4"), ("2026-12-08", "ship_date", "12/8"),
            ("2026-12-11", "new_eta", "12/11"), ("2026-11-20", "confirmed_delivery", "11/20")],
     lines=[("KHD-MB-3", 240, None, "240 of 240 on the truck", "P10502"),
            ("KHD-CL-8", 96, None, "96 shipped", "P10502"),
            ("KHD-CL-8", 48, None, "48 on backorder", "P10502"),
            ("KHD-TG-12", 300, None, "all 300 backordered", "P10502")],
     track=[("Saia", "8830-D10A-1147", "PRO 8830-D10A-1147")]),

dict(v="highland", lang="en", at="2026-11-24 15:30", subj="P10503 dispatched",
     text="""
Hello Laura,

Just to let you know P10503 left us this afternoon on a DPD pallet service, all 480 candles on the order, three pallets. DPD consignment 15505-D10A-0093. Delivery to Hamburg should be Friday (27th) or Monday at the latest.

Kind regards,
Fiona

Fiona MacLeod
Highland Candle Works Ltd
""", end="Kind regards,\nFiona", change="shipping", intent="shipping_notice", po=["P10503"],
     commit=("2026-11-30", "or Monday at the latest"),
     dates=[("2026-11-24", "ship_date", "this afternoon"), ("2026-11-27", "range_start", "Friday (27th)"),
            ("2026-11-30", "range_end", "Monday at the latest")],
     lines=[("candles", 480, None, "all 480 candles", "P10503")],
     track=[("DPD", "15505-D10A-0093", "DPD consignment 15505-D10A-0093")]),

dict(v="pennine", lang="en", at="2026-10-12 09:40", subj="Spec sheet - 25cm planter",
     text="""
Morning Tim,

Spec sheet for the 25cm planters attached as asked. The glaze code has changed (PG-114 now) but it's the same colour, nobody will spot the difference.

PS forgot to say - clay and kiln gas have both gone up again, so from 1 November the 25cm planter (PS-PL-25) goes from £6.40 to £6.95 and the 30cm (PS-PL-30) from £8.10 to £8.80. That takes in P10504 too, as it won't ship until after the 1st.

Cheers
Dave
""", end="Cheers\nDave", change="price", intent="price_change", po=["P10504"],
     dates=[("2026-11-01", "price_effective", "from 1 November"), ("2026-11-01", "other", "after the 1st")],
     prices=[dict(product="PS-PL-25", old=6.40, new=6.95, cur="GBP", eff="2026-11-01",
                  quote="the 25cm planter (PS-PL-25) goes from £6.40 to £6.95"),
             dict(product="PS-PL-30", old=8.10, new=8.80, cur="GBP", eff="2026-11-01",
                  quote="the 30cm (PS-PL-30) from £8.10 to £8.80")]),

dict(v="dublinbiscuit", lang="en", at="2026-10-06 12:15", subj="P10505 - strike at Dublin Port",
     text="""
Dear Mike,

I'm afraid the dockers' strike at Dublin Port has caught your order. The trailer with P10505 (shortbread tins, 26 pallets) was due to sail on Friday 9 October and reach Hamburg on 14 October; the unions have called out the ro-ro terminal until at least the weekend, so we have rebooked it via Rosslare to Cherbourg. New arrival at your warehouse: Tuesday 20 October.

If the strike ends earlier we will not move it back, the Rosslare booking is firm.

Kind regards,
Siobhan Murphy
Dublin Biscuit Company Ltd
""", end="Kind regards,\nSiobhan", change="date", intent="delay", po=["P10505"],
     commit=("2026-10-20", "New arrival at your warehouse: Tuesday 20 October"),
     dates=[("2026-10-09", "other", "Friday 9 October"), ("2026-10-14", "other", "14 October"),
            ("2026-10-20", "new_eta", "Tuesday 20 October")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-10-28 16:45", subj="Quick question on P10506 pallets",
     text="""
Hi Mike,

Before we book the truck for P10506: your routing guide says max pallet height 1.8 m but the snow shovels only stack nicely to 2.0 m. Can we send them at 2.0 m, or do you want us to re-stack? Re-stacking adds a pallet, nothing else changes. Need to know by Monday so we can load 11/6 as planned.

Thanks,
Karen Singh
Maple Leaf Outdoor Products Inc.
""", end="Thanks,\nKaren", change="none", intent="question", po=["P10506"],
     dates=[("2026-11-02", "other", "by Monday"), ("2026-11-06", "ship_date", "11/6")]),

dict(v="d9b_buckeye", lang="en", at="2026-12-01 08:35", subj="P10507 / press down",
     text="""
Laura,

Our 400 ton deep draw press went down Friday night (main hydraulic cylinder cracked). Parts are comming from Cleveland. The 8 qt stockpots on P10507 were scheduled to run this week for delivery 12/10; realistic new delivery is 12/22.

Kyle
""", end="Kyle", change="date", intent="delay", po=["P10507"],
     commit=("2026-12-22", "realistic new delivery is 12/22"),
     dates=[("2026-11-27", "other", "Friday night"), ("2026-11-30", "other", "this week"),
            ("2026-12-10", "other", "12/10"), ("2026-12-22", "new_eta", "12/22")]),

dict(v="aussie", c=1, lang="en", at="2026-11-17 08:30", subj="RE: P10508 cancellation request",
     text="""
Hi Sandra,

No worries at all, we've cancelled P10508 (the 40 beach shelters) on our end. Nothing had been cut yet so there's no charge. Shame, they're a cracker of a product - maybe next summer!

Cheers,
Chloe

Chloe Nguyen | Customer Service
Aussie Outdoor Gear Pty Ltd

-----Original Message-----
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: Monday, 16 November 2026 7:14 PM
Subject: P10508 cancellation request

Chloe, our buyers dropped the beach shelters from the spring range. Please cancel P10508 (due 15 January). Sorry! Sandra
""", end="Cheers,\nChloe", change="cancel", intent="cancellation", po=["P10508"],
     lines=[("beach shelters", 40, None, "the 40 beach shelters", "P10508")]),

dict(v="galway", lang="en", at="2026-09-29 10:05", subj="P10509 confirmed",
     text="""
Hi Sandra,

Thanks a million for the order. P10509 is confirmed in full: 600 aran jumpers and 250 scarves. The jumpers will be with you on 30 October, the scarves a week earlier on 23 October because they come off a different loom.

All the best,
Orla
""", end="All the best,", change="none", intent="confirmation", po=["P10509"],
     commit=("2026-10-30", "The jumpers will be with you on 30 October"),
     dates=[("2026-10-30", "confirmed_delivery", "30 October"), ("2026-10-23", "confirmed_delivery", "23 October")],
     lines=[("aran jumpers", 600, None, "600 aran jumpers", "P10509"),
            ("scarves", 250, None, "250 scarves", "P10509")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-03 13:20", subj="Your order P10510 - Dispatch Confirmation",
     text="""
Hi Tim, the missing 60 mop heads from P10510 go out next week, sorry for the wait - Gary

Dear Customer,

Thank you for your order. We are pleased to confirm that the following items have been dispatched today.

Order: P10510   Our ref: CC-DSP-D10A-7719
Item           Ordered   Dispatched   Outstanding
CC-MOP-HD      200       140          60
CC-BKT-10      100       100          0

Carrier: Palletways   Consignment: PW-D10A-330918
Expected delivery: 3-4 working days.

Kind regards,
CleanCo Order Desk
""", end="Kind regards,\nCleanCo Order Desk", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10510"], vref=["CC-DSP-D10A-7719"],
     commit=("2026-11-09", "Expected delivery: 3-4 working days"),
     dates=[("2026-11-09", "ship_date", "next week"), ("2026-11-03", "ship_date", "today"),
            ("2026-11-06", "range_start", "3-4 working days"), ("2026-11-09", "range_end", "3-4 working days")],
     lines=[("CC-MOP-HD", 60, None, "the missing 60 mop heads", "P10510"),
            ("CC-MOP-HD", 140, None, "CC-MOP-HD      200       140          60", "P10510"),
            ("CC-BKT-10", 100, None, "CC-BKT-10      100       100          0", "P10510")],
     track=[("Palletways", "PW-D10A-330918", "Consignment: PW-D10A-330918")]),

dict(v="evergreen", c=1, lang="en", at="2026-10-19 15:50", subj="Price increase effective December 1",
     text="""
Dear Valued Customer,

Due to continued increases in pulp and freight costs, Evergreen Paper Products will adjust pricing on all tissue and towel SKUs by 5.5% effective December 1, 2026. Orders received before that date will be invoiced at current pricing if they ship by November 30.

Tanya - Laura, your open P10511 ships 12/4, so it will take the new price unless we pull it forward. Let me know.

Sincerely,
Evergreen Paper Products Inc.
""", end="Sincerely,\nEvergreen", change="price", intent="price_change", sec=["question"], po=["P10511"],
     dates=[("2026-12-01", "price_effective", "December 1, 2026"), ("2026-11-30", "other", "November 30"),
            ("2026-12-04", "ship_date", "12/4")],
     prices=[dict(pct=5.5, eff="2026-12-01", quote="adjust pricing on all tissue and towel SKUs by 5.5%")]),

dict(v="d9d_perth", c=1, lang="en", at="2026-10-13 14:40", subj="P10512 - port congestion Fremantle",
     text="""
Hi Tim,

Dispatch here. Fremantle is badly congested after the weekend's wharf stoppage, ships are waiting 5-6 days at anchor. Your container for P10512 (outdoor cushions) was booked on the vessel leaving 16/10 and has been rolled to the next sailing on 24/10. ETA Hamburg moves from 27/11 to 4/12.

Cheers,
Bronwyn
Southern Cross Homewares
""", end="Cheers,\nBronwyn", change="date", intent="delay", po=["P10512"],
     commit=("2026-12-04", "ETA Hamburg moves from 27/11 to 4/12"),
     dates=[("2026-10-16", "other", "16/10"), ("2026-10-24", "ship_date", "24/10"),
            ("2026-11-27", "other", "27/11"), ("2026-12-04", "new_eta", "4/12")]),

dict(v="oakridge", c=1, lang="en", at="2026-11-30 08:10", subj="Order Status Update - P10513",
     text="""
ORDER STATUS UPDATE
Customer PO: P10513
Status: SHIPPED COMPLETE
Ship Date: 11/30/2026
Carrier: ABF Freight   PRO: 0427-D10A-5510
Pieces: 12 (dining chairs, 2 per carton)
Estimated Delivery: 12/04/2026

Travis says: all 24 chairs went, the 2 that were held for touch-up are in there too.

Oakridge Furniture Co. - Order Status (automated)
""", end="Oakridge Furniture Co. - Order Status", change="shipping", intent="shipping_notice", po=["P10513"],
     commit=("2026-12-04", "Estimated Delivery: 12/04/2026"),
     dates=[("2026-11-30", "ship_date", "11/30/2026"), ("2026-12-04", "confirmed_delivery", "12/04/2026")],
     lines=[("dining chairs", 24, None, "all 24 chairs went", "P10513")],
     track=[("ABF Freight", "0427-D10A-5510", "PRO: 0427-D10A-5510")]),

dict(v="sparkle", lang="en", at="2026-12-03 11:25", subj="Christmas opening hours",
     text="""
Dear Laura,

Our office and warehouse close from 23 December and reopen on 4 January. Orders placed after 16 December will be processed in the new year.

Wishing you and the team at Hartmann a lovely Christmas!

Hannah
Sparkle Glassware Ltd
""", end="Hannah\nSparkle", change="none", intent="other",
     dates=[("2026-12-23", "other", "23 December"), ("2027-01-04", "other", "4 January"),
            ("2026-12-16", "other", "16 December")]),

dict(v="d10a_munster", lang="en", at="2026-11-11 09:55", subj="P10514 tea towels - shipping this week?",
     text="""
Hi Laura,

Hope you're keeping well. Quick one: the tea towels for P10514 are packed and ready, but your label file shows the old EAN for the check design (5391234567015). Should we print the new one you sent us, or ship with the old labels on Friday? We don't want to hold the lorry if we can avoid it.

Thanks,
Aoife

Aoife Walsh
Munster Kitchen Textiles Ltd
""", end="Thanks,\nAoife", change="none", intent="question", po=["P10514"],
     dates=[("2026-11-13", "ship_date", "on Friday")]),

dict(v="d10a_plains", c=1, lang="en", at="2026-10-08 09:20", subj="P10515",
     text="""
P10515: line 2 (GPK-GR-20 cast iron griddle, 120 pcs) is cancelled, manufacturer discontinued it. Lines 1 and 3 ship 10/14 as confirmed, deliver 10/16.

Purchasing Desk
Great Plains Kitchen Supply Inc.
""", end="Purchasing Desk", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10515"],
     commit=("2026-10-16", "deliver 10/16"),
     dates=[("2026-10-14", "ship_date", "10/14"), ("2026-10-16", "confirmed_delivery", "10/16")],
     lines=[("GPK-GR-20", 120, "pcs", "GPK-GR-20 cast iron griddle, 120 pcs", "P10515")]),

dict(v="brightline", c=1, lang="en", at="2026-10-22 16:05", subj="Change of account manager",
     text="""
Dear Tim,

After six years looking after Hartmann I am moving to our new Manchester office to set up the trade counter there. My last day on your account is 30 October. From 2 November Sarah Whitfield (sarah.whitfield@brightline-electronics.co.uk) takes over all your open orders, including P10516, and has the full history.

It's been a pleasure working with you.

Best regards,
Tom Okafor
Brightline Electronics Ltd
""", end="Best regards,\nTom", change="none", intent="other", po=["P10516"],
     dates=[("2026-10-30", "other", "30 October"), ("2026-11-02", "other", "2 November")]),

dict(v="d10a_fraser", lang="en", at="2026-09-14 10:30", subj="P10517 confirmation",
     text="""
Hi Mike,

Confirming P10517 as follows:

Planter box 24" (FV-PB-24), 180 units - delivery 10/5
Planter box 36" (FV-PB-36), 120 units - delivery 10/13
Trellis 6' (FV-TR-6), 300 units - delivery 10/13

The 36s come a week after the 24s because of the cedar drying time, same as we quoted.

Thanks,
Harpreet Gill
Fraser Valley Garden Products Ltd.
Abbotsford, BC
""", end="Thanks,\nHarpreet", change="none", intent="confirmation", po=["P10517"],
     commit=("2026-10-13", ("delivery 10/13", 0)),
     dates=[("2026-10-05", "confirmed_delivery", "10/5"), ("2026-10-13", "confirmed_delivery", ("10/13", 0)),
            ("2026-10-13", "confirmed_delivery", ("10/13", 1))],
     lines=[("FV-PB-24", 180, "units", 'Planter box 24" (FV-PB-24), 180 units', "P10517"),
            ("FV-PB-36", 120, "units", 'Planter box 36" (FV-PB-36), 120 units', "P10517"),
            ("FV-TR-6", 300, "units", "Trellis 6' (FV-TR-6), 300 units", "P10517")]),

dict(v="d10a_moreton", lang="en", at="2026-11-19 14:00", subj="P10518 - 2 of 3 lines away",
     text="""
G'day Tim,

P10518 update - we've shipped 2 of the 3 lines this arvo:

Hardwood outdoor setting MB-SET-5: 30 sets - shipped
Sun lounger MB-LNG-2: 60 units - shipped
Bench seat MB-BEN-18: 0 of 45 - backordered

The bench timber is stuck at the mill in Maryborough after last week's storms. We're looking at shipping the benches 10/12 to land with you about 25/1.

What did go: container CMAU 771902-D10A on the Kota Lestari, ETD Brisbane 21/11, ETA Hamburg 2/1.

Cheers,
Shane Kelly
Moreton Bay Outdoor Living
""", end="Cheers,\nShane", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10518"],
     commit=("2027-01-25", "land with you about 25/1"),
     dates=[("2026-11-19", "ship_date", "this arvo"), ("2026-11-09", "other", "last week's storms"), ("2026-12-10", "ship_date", "10/12"),
            ("2027-01-25", "new_eta", "25/1"), ("2026-11-21", "ship_date", "ETD Brisbane 21/11"),
            ("2027-01-02", "confirmed_delivery", "ETA Hamburg 2/1")],
     lines=[("MB-SET-5", 30, "sets", "Hardwood outdoor setting MB-SET-5: 30 sets - shipped", "P10518"),
            ("MB-LNG-2", 60, "units", "Sun lounger MB-LNG-2: 60 units - shipped", "P10518"),
            ("MB-BEN-18", 45, None, "Bench seat MB-BEN-18: 0 of 45 - backordered", "P10518")],
     track=[(None, "CMAU 771902-D10A", "container CMAU 771902-D10A")]),

dict(v="d10a_aire", lang="en", at="2026-11-02 10:15", subj="Aire Valley - 2027 prices",
     text="""
Dear Sandra,

Please see below our 2027 prices for the lines you buy from us.

Item        Description           2026     2027
AV-TB-01    Toast rack, chrome    £4.20    £4.20
AV-BB-02    Bread bin, cream      £11.50   £12.40
AV-CJ-03    Canister set of 3     £9.80    £10.60

* New prices apply to orders delivered from 4 January 2027. P10519, already in production, stays at 2026 prices.

Regards,
Nigel Booth
Aire Valley Homewares Ltd
""", end="Regards,\nNigel", change="price", intent="price_change", po=["P10519"],
     dates=[("2027-01-04", "price_effective", "4 January 2027")],
     prices=[dict(product="AV-BB-02", old=11.50, new=12.40, cur="GBP", eff="2027-01-04",
                  quote="AV-BB-02    Bread bin, cream      £11.50   £12.40"),
             dict(product="AV-CJ-03", old=9.80, new=10.60, cur="GBP", eff="2027-01-04",
                  quote="AV-CJ-03    Canister set of 3     £9.80    £10.60")]),

dict(v="d9a_carolina", lang="en", at="2026-10-20 15:10", subj="P10520 picked up",
     text="""
Sandra, P10520 (all 20 porch swings, complete) was picked up by Old Dominion this afternoon, PRO 7781-D10A-0352. Transit to your Savannah forwarder is 2 business days, so Thursday.

Have a blessed day,
Dwayne
""", end="Have a blessed day,", change="shipping", intent="shipping_notice", po=["P10520"],
     commit=("2026-10-22", "so Thursday"),
     dates=[("2026-10-20", "ship_date", "this afternoon"), ("2026-10-22", "confirmed_delivery", "2 business days"),
            ("2026-10-22", "confirmed_delivery", "Thursday")],
     lines=[("porch swings", 20, None, "all 20 porch swings", "P10520")],
     track=[("Old Dominion", "7781-D10A-0352", "PRO 7781-D10A-0352")]),

dict(v="greenthumb", lang="en", at="2026-09-10 11:00", subj="P10521 potting mix question",
     text="""
Mike - on P10521 you ordered the 20 lb bags of potting mix but the pallet pattern in your spec sheet is for the 40 lb bags. Which one do you acutally want? We can ship either the week of 9/21.

Randy
""", end="Randy", change="none", intent="question", po=["P10521"],
     dates=[("2026-09-21", "ship_date", "the week of 9/21")]),

dict(v="d9d_ontario", lang="en", at="2026-10-05 13:40", subj="RE: P10522 revised drawings",
     text="""
Thanks Tim, got P10522 and the revised drawings. I'll come back with dates once the shop has looked at them.

Ryan

On Mon, Oct 5, 2026 at 9:12 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Ryan, attached revised drawings for the bookcases on P10522, please confirm delivery for 11/16 latest. Tim
""", end="Ryan\n\nOn", change="none", intent="other", po=["P10522"]),

dict(v="sparkle", lang="en", at="2026-10-26 12:00", subj="Christmas tumbler artwork",
     text="""
Dear Laura,

Thank you for sending over the artwork for the Christmas tumblers. Our studio has started on the proofs and you should have them by Wednesday. The gold foil sample you asked for is in the post as well.

PS Sorry, I should have led with this: our furnace was down for a relining over the weekend and we have lost a week on the wine glasses. P10523 will now arrive on 13 November instead of 6 November.

Best wishes,
Hannah
""", end="Best wishes,\nHannah", change="date", intent="delay", po=["P10523"],
     commit=("2026-11-13", "P10523 will now arrive on 13 November"),
     dates=[("2026-10-28", "other", "by Wednesday"), ("2026-11-13", "new_eta", "13 November"),
            ("2026-11-06", "other", "6 November")]),

dict(v="d9b_dales", lang="en", at="2026-09-25 10:50", subj="P10524 - we have to cancel",
     text="""
Dear Tim,

I'm sorry to say we have to cancel P10524 in full. The mill that supplies our organic cotton drill has gone into administration, and we can't get a certified replacement in time for your delivery date of 20 November. We would rather tell you now than let you down in November.

Once we have a new mill approved I'll send you a fresh quote.

Kind regards,
Gemma Hartley
Dales Textile Printers Ltd
""", end="Kind regards,\nGemma", change="cancel", intent="cancellation", po=["P10524"],
     dates=[("2026-11-20", "other", "20 November"), ("2026-11-01", "other", "in November")]),

dict(v="lakeside", c=1, lang="en", at="2026-12-07 09:15", subj="P10525 shipped short",
     text="""
P10525 went out this morning, 34 of 40 pallets. The 6 pallets of LPF-TRT-CHK chicken jerky are short-shipped, the co-packer can't run it again this year, please adjust your PO. Est. delivery 12/10.

Lakeside Pet Foods - Shipping Team
""", end="Lakeside Pet Foods - Shipping Team", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10525"], commit=("2026-12-10", "Est. delivery 12/10"),
     dates=[("2026-12-07", "ship_date", "this morning"), ("2026-12-10", "confirmed_delivery", "12/10")],
     lines=[("pallets", 34, "pallets", "34 of 40 pallets", "P10525"),
            ("LPF-TRT-CHK", 6, "pallets", "The 6 pallets of LPF-TRT-CHK chicken jerky are short-shipped", "P10525")]),

dict(v="cascadia", lang="en", at="2026-11-12 13:30", subj="FW: Loaded on board - CASC P10526",
     text="""
Tim, forwarding the carrier's note below: P10526 is on board, the whole order in one container.

Brent

---------- Forwarded message ---------
From: Expeditors Seattle <ops.seattle@expeditors.com>
Date: Thu, Nov 12, 2026 at 10:04 AM
Subject: Loaded on board - CASC P10526

Container TGHU 602231-D10A loaded on board ONE Harmony, departed Seattle 11/12. ETA Rotterdam 12/10, on-carriage by barge to Hamburg, door delivery 12/15.
B/L ONEYSEA-D10A-42290
""", end="Brent\n\n----", change="shipping", intent="shipping_notice", po=["P10526"],
     commit=("2026-12-15", "door delivery 12/15"),
     dates=[("2026-11-12", "ship_date", "departed Seattle 11/12"), ("2026-12-10", "other", "ETA Rotterdam 12/10"),
            ("2026-12-15", "confirmed_delivery", "12/15")],
     track=[(None, "TGHU 602231-D10A", "Container TGHU 602231-D10A"), (None, "ONEYSEA-D10A-42290", "B/L ONEYSEA-D10A-42290")]),

dict(v="keystone", c=2, lang="en", at="2026-12-10 14:25", subj="P10527 delivery before or after your shutdown?",
     text="""
Laura - P10527 is packed. Your dock calendar shows closed 12/24 to 1/3. Do you want it delivered 12/22 before you close, or held and delivered 1/5? Either works for us.
Greg
""", end="Greg", change="none", intent="question", po=["P10527"],
     dates=[("2026-12-24", "other", "12/24"), ("2027-01-03", "other", "1/3"),
            ("2026-12-22", "other", "12/22"), ("2027-01-05", "other", "1/5")]),

dict(v="galway", lang="en", at="2026-10-14 11:40", subj="P10528 - yarn surcharge",
     text="""
Hi Sandra,

I hate sending these. Our wool supplier has put through a 9% increase on yarn and we have to pass some of it on. For P10528 we'll need to add €1.20 per aran jumper, so €38.50 instead of €37.30. The cardigans on the same order stay at the agreed price.

Hope you understand,
Orla
""", end="Hope you understand,", change="price", intent="price_change", po=["P10528"],
     prices=[dict(product="aran jumper", old=37.30, new=38.50, cur="EUR",
                  quote="€38.50 instead of €37.30")]),

dict(v="d10a_plains", lang="en", at="2026-11-05 10:00", subj="RE: open points P10529",
     text="""
Hi Mike, answers below in caps.

> 1. Is P10529 still on for delivery 11/13?
NO, SORRY - OUR ENAMEL LINE HAD A FIRE ALARM SHUTDOWN AND LOST 3 SHIFTS. NEW DELIVERY 11/20.
> 2. Can you add 50 more dutch ovens?
YES, WE CAN ADD 50 ON THE SAME DELIVERY.
> 3. Invoice copy for P10530?
ATTACHED.

Kayla
""", end="Kayla", change="date", intent="delay", sec=["confirmation"], po=["P10529", "P10530"],
     commit=("2026-11-20", "NEW DELIVERY 11/20"),
     dates=[("2026-11-20", "new_eta", "11/20")],
     lines=[("dutch ovens", 50, None, "WE CAN ADD 50 ON THE SAME DELIVERY", "P10529")]),

dict(v="pacific", c=1, lang="en", at="2026-09-30 16:20", subj="Invoice PCR-INV-D10A-5521",
     text="""
Hi Laura,

Attached is invoice PCR-INV-D10A-5521 for P10531 (the espresso blend we delivered on 9/24). Terms are net 30, so it's due 10/30.

Thanks!
Chris
""", end="Thanks!\nChris", change="none", intent="other", po=["P10531"], vref=["PCR-INV-D10A-5521"],
     dates=[("2026-09-24", "other", "9/24"), ("2026-10-30", "other", "10/30")]),

dict(v="d10a_munster", c=1, lang="en", at="2026-09-08 10:10", subj="Order Confirmation MKT-SO-D10A-1184 (your ref P10532)",
     text="""
Hi Laura, lovely to hear from you again - the Claddagh tea towels flew out of our own shop in Kinsale too!! Aoife

Thank you for your order P10532. This email confirms that we have accepted your order as follows:

Order reference: MKT-SO-D10A-1184
Items: 1,200 tea towels (3 designs), 300 oven gloves
Confirmed delivery date: 09/10/2026

Please quote our order reference in all correspondence.

Munster Kitchen Textiles Ltd - Customer Service
""", end="Please quote our order reference", change="none", intent="confirmation", po=["P10532"], vref=["MKT-SO-D10A-1184"],
     commit=("2026-10-09", "Confirmed delivery date: 09/10/2026"),
     dates=[("2026-10-09", "confirmed_delivery", "09/10/2026")],
     lines=[("tea towels", 1200, None, "1,200 tea towels", "P10532"),
            ("oven gloves", 300, None, "300 oven gloves", "P10532")]),

dict(v="d10a_aire", c=1, lang="en", at="2026-11-16 14:30", subj="Weekly order status - Hartmann",
     text="""
Dear Sandra,

Please find below the weekly status of your open orders with us.

PO       Item        Qty   Delivery
P10533   AV-BB-02    240   27/11/2026
P10534   AV-CJ-03    180   04/12/2026
P10535   AV-TB-01    400   11/12/2026 *

* Revised: was 27/11/2026. Our chrome plating supplier had a breakdown on the plating line, the toast racks go in the next batch.

Regards,
Sales Office
Aire Valley Homewares Ltd
""", end="Regards,\nSales Office", change="date", intent="delay", sec=["confirmation"],
     po=["P10533", "P10534", "P10535"],
     commit=("2026-11-27", "P10533   AV-BB-02    240   27/11/2026"),
     dates=[("2026-11-27", "confirmed_delivery", ("27/11/2026", 0)), ("2026-12-04", "confirmed_delivery", "04/12/2026"),
            ("2026-12-11", "new_eta", "11/12/2026"), ("2026-11-27", "other", ("27/11/2026", 1))],
     changes=[("P10533", "confirmation", "2026-11-27", None, "P10533   AV-BB-02    240   27/11/2026"),
              ("P10534", "confirmation", "2026-12-04", None, "P10534   AV-CJ-03    180   04/12/2026"),
              ("P10535", "delay", "2026-12-11", None, "P10535   AV-TB-01    400   11/12/2026 *")]),

dict(v="brightline", c=2, lang="en", at="2026-12-02 10:45", subj="Part despatch - your order P10536",
     text="""
Tim - sorry, the hubs are still stuck at QC, details below. Sarah

Dear Customer,

Your order P10536 has been part-despatched today.

Despatched:
BL-SP40 Bluetooth speaker     150
BL-CB2 USB-C cable 2m         500

Backordered:
BL-HB7 USB hub 7-port         200   expected despatch 14/12/2026, delivery 16/12/2026
BL-PB10 power bank 10000      80    expected despatch w/c 04/01/2027

Tracking: DHL Freight 7710-D10A-3316
Expected delivery of this despatch: Friday 04/12/2026

Brightline Electronics Ltd - Customer Services
""", end="Brightline Electronics Ltd - Customer Services", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P10536"],
     commit=("2026-12-16", "delivery 16/12/2026"),
     dates=[("2026-12-02", "ship_date", "today"), ("2026-12-14", "ship_date", "14/12/2026"),
            ("2026-12-16", "new_eta", "16/12/2026"), ("2027-01-04", "ship_date", "w/c 04/01/2027"),
            ("2026-12-04", "confirmed_delivery", "Friday 04/12/2026")],
     lines=[("BL-SP40", 150, None, "BL-SP40 Bluetooth speaker     150", "P10536"),
            ("BL-CB2", 500, None, "BL-CB2 USB-C cable 2m         500", "P10536"),
            ("BL-HB7", 200, None, "BL-HB7 USB hub 7-port         200", "P10536"),
            ("BL-PB10", 80, None, "BL-PB10 power bank 10000      80", "P10536")],
     track=[("DHL Freight", "7710-D10A-3316", "DHL Freight 7710-D10A-3316")]),

dict(v="d10a_plains", c=1, lang="en", at="2026-09-17 15:00", subj="P10537 shipped",
     text="""
P10537 shipped complete today, FedEx Freight PRO 6627-D10A-1180. ETA Monday.
""", end=None, change="shipping", intent="shipping_notice", po=["P10537"],
     commit=("2026-09-21", "ETA Monday"),
     dates=[("2026-09-17", "ship_date", "today"), ("2026-09-21", "confirmed_delivery", "Monday")],
     track=[("FedEx Freight", "6627-D10A-1180", "PRO 6627-D10A-1180")]),

dict(v="mapleleaf", lang="en", at="2026-09-03 11:20", subj="Winter program pricing",
     text="""
Hi Mike,

Heads up on pricing for the winter program. Steel is up again and the loonie is all over the place, so effective 10/1 our shovel prices go up:

MLO-SS-24   24" poly shovel     CAD 14.25 -> CAD 15.10
MLO-SS-30   30" steel pusher    CAD 21.80 -> CAD 23.40

P10538, which you placed last week, keeps the old prices. Anything ordered from 10/1 on is at the new ones.

Thanks,
Josh Tremblay
Maple Leaf Outdoor Products Inc.
""", end="Thanks,\nJosh", change="price", intent="price_change", po=["P10538"],
     dates=[("2026-10-01", "price_effective", ("10/1", 0)), ("2026-08-24", "other", "last week"),
            ("2026-10-01", "price_effective", ("10/1", 1))],
     prices=[dict(product="MLO-SS-24", old=14.25, new=15.10, cur="CAD", eff="2026-10-01",
                  quote='MLO-SS-24   24" poly shovel     CAD 14.25 -> CAD 15.10'),
             dict(product="MLO-SS-30", old=21.80, new=23.40, cur="CAD", eff="2026-10-01",
                  quote='MLO-SS-30   30" steel pusher    CAD 21.80 -> CAD 23.40')]),

dict(v="aussie", lang="en", at="2026-10-01 15:00", subj="P10539 / P10540 - consolidate?",
     text="""
Hi Sandra,

The swags on P10539 can go on the 14/10 sailing out of Botany, or we can hold them for the 28/10 boat and put them in one box with P10540, which would save you about AUD 1,900 in freight. Your call - just need to know by Tuesday so I can lock in the booking.

Cheers,
Liam
""", end="Cheers,\nLiam", change="none", intent="question", po=["P10539", "P10540"],
     dates=[("2026-10-14", "other", "14/10"), ("2026-10-28", "other", "28/10"), ("2026-10-06", "other", "by Tuesday")]),

dict(v="evergreen", lang="en", at="2026-11-23 10:00", subj="RE: P10541 - remove napkins",
     text="""
Laura, confirmed - we've taken the 2-ply napkins (EPP-NP-2, 60 cases) off P10541 as you asked. The tissue and towels on that order are unchanged and deliver 12/3.

Bill

On Mon, Nov 23, 2026 at 8:05 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Bill, please remove the napkins from P10541, we are overstocked after the promo. Rest stays. Laura
""", end="Bill\n\nOn", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10541"],
     commit=("2026-12-03", "deliver 12/3"),
     dates=[("2026-12-03", "confirmed_delivery", "12/3")],
     lines=[("EPP-NP-2", 60, "cases", "EPP-NP-2, 60 cases", "P10541")]),

dict(v="texbright", c=1, lang="en", at="2026-11-25 17:00", subj="Automatic reply: P10501 reorder",
     text="""
Thank you for your email. I am out of the office from Thursday 11/26 through Monday 11/30 for the Thanksgiving holiday and will return on Tuesday 12/1. For urgent order questions please contact Marcus Reed. I will respond to your message when I return.
""", end=None, change="none", intent="other", po=["P10501"],
     dates=[("2026-11-26", "other", "Thursday 11/26"), ("2026-11-30", "other", "Monday 11/30"),
            ("2026-12-01", "other", "Tuesday 12/1")]),

dict(v="d9d_ontario", c=1, lang="en", at="2026-11-26 09:30", subj="P10542 - CN lockout, missed sailing",
     text="""
Hi Tim,

Forwarding our logistics coordinator's note below. Short version: P10542 misses the 11/28 sailing from Halifax because of the CN rail lockout. The next vessel sails 12/8, which puts delivery at your Hamburg warehouse on 12/23 instead of 12/11.

Sorry about this one, it's out of our hands.

Priya

---------- Forwarded message ---------
From: Dan Sorensen <dan.sorensen@greatlakeswoodcraft.ca>
Date: Wed, Nov 25, 2026 at 4:41 PM
Subject: CN lockout - export containers

Priya, CN confirmed the lockout continues through the weekend at least. Our box for Hartmann (P10542) is sitting in the Brampton intermodal yard. Hapag can roll it to the Dec 8 sailing: arrival Hamburg Dec 21, truck to their DC Dec 23.
Dan
""", end="Priya\n\n----", change="date", intent="delay", po=["P10542"],
     commit=("2026-12-23", "delivery at your Hamburg warehouse on 12/23"),
     dates=[("2026-11-28", "other", "11/28"), ("2026-12-08", "ship_date", "12/8"),
            ("2026-12-23", "new_eta", "12/23"), ("2026-12-11", "other", "12/11"),
            ("2026-12-08", "ship_date", "Dec 8"), ("2026-12-21", "other", "Dec 21"),
            ("2026-12-23", "new_eta", "Dec 23")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-11-18 11:00", subj="RE: P10543 - can you deliver earlier?",
     text="""
Hi Mike,

Yes, we can do it. P10543 will be delivered on Monday 30 November instead of 7 December, as you asked. We've squeezed the extra run into Friday's shift.

Regards,
Declan Byrne
Dublin Biscuit Company Ltd

-----Original Message-----
From: Mike Osei <mike.osei@hhg-retail.com>
Sent: 17 November 2026 15:22
Subject: P10543 - can you deliver earlier?

Declan, any chance to bring P10543 forward a week? Our Advent promo starts earlier than planned. Mike
""", end="Regards,\nDeclan", change="date", intent="confirmation", po=["P10543"],
     commit=("2026-11-30", "P10543 will be delivered on Monday 30 November"),
     dates=[("2026-11-30", "confirmed_delivery", "Monday 30 November"), ("2026-12-07", "other", "7 December"),
            ("2026-11-20", "other", "Friday's shift")]),

dict(v="d10a_fraser", c=1, lang="en", at="2026-10-30 13:00", subj="P10544 shipped partial",
     text="""
Hi Mike,

P10544 shipped today, partial. Details:

Item        Ordered  Shipped  Backorder  B/O ETA
FV-RB-48    100      100      0          -
FV-RB-72    80       50       30         11/16
FV-CMP-1    60       0        60         11/23

Shipped portion: Day & Ross PRO DR-D10A-88120, delivery to your Toronto crossdock 11/5.

Order Desk
Fraser Valley Garden Products Ltd.
""", end="Order Desk\nFraser", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10544"],
     commit=("2026-11-23", "FV-CMP-1    60       0        60         11/23"),
     dates=[("2026-10-30", "ship_date", "today"), ("2026-11-16", "new_eta", "11/16"),
            ("2026-11-23", "new_eta", "11/23"), ("2026-11-05", "confirmed_delivery", "11/5")],
     lines=[("FV-RB-48", 100, None, "FV-RB-48    100      100      0          -", "P10544"),
            ("FV-RB-72", 50, None, ("FV-RB-72    80       50       30         11/16", 0), "P10544"),
            ("FV-RB-72", 30, None, ("FV-RB-72    80       50       30         11/16", 0), "P10544"),
            ("FV-CMP-1", 60, None, "FV-CMP-1    60       0        60         11/23", "P10544")],
     track=[("Day & Ross", "DR-D10A-88120", "PRO DR-D10A-88120")]),

dict(v="pennine", c=1, lang="en", at="2026-12-08 11:10", subj="Despatch note PS-DN-D10A-2093 - P10545",
     text="""
Tim - this is the last of P10545, so the order's complete now. Dave

DESPATCH NOTE   PS-DN-D10A-2093
Order: P10545
Despatched: 08/12/2026
Items: PS-PL-30 30cm planter x 96 (balance of order)
Carrier: Palletline   Consignment PL-D10A-557310
Delivery: 2-3 working days

Pennine Stoneware Ltd - Order Office
""", end="Pennine Stoneware Ltd - Order Office", change="shipping", intent="shipping_notice", po=["P10545"],
     vref=["PS-DN-D10A-2093"],
     commit=("2026-12-11", "Delivery: 2-3 working days"),
     dates=[("2026-12-08", "ship_date", "08/12/2026"), ("2026-12-10", "range_start", "2-3 working days"),
            ("2026-12-11", "range_end", "2-3 working days")],
     lines=[("PS-PL-30", 96, None, "PS-PL-30 30cm planter x 96", "P10545")],
     track=[("Palletline", "PL-D10A-557310", "Consignment PL-D10A-557310")]),

dict(v="highland", c=1, lang="en", at="2026-10-07 14:20", subj="P10546 - fragrance labelling",
     text="""
Hi Laura,

Before we pour the wax for P10546: the Winter Spice fragrance you picked now contains an allergen that needs a CLP label change. Do you want us to go ahead with the new label, or switch to Cedar & Fig, which needs no change? Either way we can still make the 16 November delivery as long as we hear from you by Friday.

Thanks,
Ewan

On 2 Oct 2026, at 10:15, Laura Jensen wrote:
> Ewan, thanks for delivering P10547 on 28 September, all fine. P10546 next please, for 16 November.
""", end="Thanks,\nEwan", change="none", intent="question", po=["P10546", "P10547"],
     dates=[("2026-11-16", "other", ("16 November", 0)), ("2026-10-09", "other", "by Friday")]),

dict(v="d10a_moreton", c=1, lang="en", at="2026-09-21 09:00", subj="FSC certificates - hardwood range",
     text="""
Hi Tim,

As requested, attached are the current FSC chain-of-custody certificates for our hardwood outdoor range. They are valid until 31 March 2027 and we will send the renewal as soon as the audit is done.

Kind regards,
Customer Service
Moreton Bay Outdoor Living Pty Ltd
""", end="Kind regards,\nCustomer Service", change="none", intent="other",
     dates=[("2027-03-31", "other", "31 March 2027")]),

dict(v="acme", c=1, lang="en", at="2026-12-14 13:00", subj="P10548 - L/C amendment still missing",
     text="""
Laura,

Following up on my email from last Wednesday. We still don't have the signed L/C amendment for P10548. If it isn't in by Friday 12/18 we will have to cancel the order and release the production slot to another customer. I'd really rather not.

Dave Kowalski
Acme Home Goods Inc.
""", end="Dave Kowalski", change="cancel", intent="cancellation", po=["P10548"],
     dates=[("2026-12-09", "other", "last Wednesday"), ("2026-12-18", "other", "Friday 12/18")]),

dict(v="pacific", lang="en", at="2026-10-06 10:30", subj="RE: P10549 + P10550",
     text="""
Hi Laura,

Confirming both:
P10549 - 300 bags house blend, delivery 10/20 as ordered
P10550 - 120 bags decaf, delivery 10/27 as ordered

Roasting dates are 10/13 and 10/20, so everything ships fresh.

Lena
""", end="Lena", change="none", intent="confirmation", po=["P10549", "P10550"],
     commit=("2026-10-20", "P10549 - 300 bags house blend, delivery 10/20 as ordered"),
     dates=[("2026-10-20", "confirmed_delivery", ("10/20", 0)), ("2026-10-27", "confirmed_delivery", "10/27"),
            ("2026-10-13", "other", "10/13"), ("2026-10-20", "other", ("10/20", 1))],
     lines=[("house blend", 300, "bags", "300 bags house blend", "P10549"),
            ("decaf", 120, "bags", "120 bags decaf", "P10550")],
     changes=[("P10549", "confirmation", "2026-10-20", None, "P10549 - 300 bags house blend, delivery 10/20 as ordered"),
              ("P10550", "confirmation", "2026-10-27", None, "P10550 - 120 bags decaf, delivery 10/27 as ordered")]),

dict(v="d10a_aire", lang="en", at="2026-10-19 09:30", subj="RE: P10551 week 46?",
     text="""
Sandra, yes - P10551 confirmed for delivery in week 46 as requested, all 320 bread bins.

Nigel

-----Original Message-----
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: 16 October 2026 16:40
Subject: P10551 week 46?

Nigel, can you do P10551 in week 46 rather than week 48? Sandra
""", end="Nigel\n\n---", change="date", intent="confirmation", po=["P10551"],
     commit=("2026-11-09", "P10551 confirmed for delivery in week 46"),
     dates=[("2026-11-09", "confirmed_delivery", ("week 46", 0))],
     lines=[("bread bins", 320, None, "all 320 bread bins", "P10551")]),

dict(v="d10a_munster", lang="en", at="2026-12-01 10:00", subj="P10552 aprons",
     text="""
Hi Laura,

Just to close the loop: the aprons for P10552 are packed and will be with you on Thursday 10 December, the date we agreed last week after the dye house hold-up. No further changes.

Thanks,
Aoife
""", end="Thanks,\nAoife", change="date", intent="confirmation", po=["P10552"],
     commit=("2026-12-10", "will be with you on Thursday 10 December"),
     dates=[("2026-12-10", "confirmed_delivery", "Thursday 10 December"), ("2026-11-23", "other", "last week")]),

dict(v="d9d_perth", lang="en", at="2026-11-04 13:00", subj="P10553 on the water",
     text="""
Hi Tim,

Hope things are good in Hamburg - it's already 34 degrees here and the sea breeze can't come soon enough. The new showroom is finally finished too, you'll have to come and see it next time you're over.

Anyway, the container for P10553 left Fremantle yesterday on the MSC Ruby, ETA Hamburg 14/12. In it: 420 of the 600 outdoor cushions and all 150 seat pads. The other 180 cushions are waiting on the UV-stable fabric; they'll follow on the next sailing on 18/11 and should land 28/12.

Container MSMU 550771-D10A.

Cheers,
Bronwyn
""", end="Cheers,\nBronwyn", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10553"],
     commit=("2026-12-28", "should land 28/12"),
     dates=[("2026-11-03", "ship_date", "yesterday"), ("2026-12-14", "confirmed_delivery", "ETA Hamburg 14/12"),
            ("2026-11-18", "ship_date", "18/11"), ("2026-12-28", "new_eta", "28/12")],
     lines=[("outdoor cushions", 420, None, "420 of the 600 outdoor cushions", "P10553"),
            ("seat pads", 150, None, "all 150 seat pads", "P10553"),
            ("outdoor cushions", 180, None, "The other 180 cushions", "P10553")],
     track=[(None, "MSMU 550771-D10A", "Container MSMU 550771-D10A")]),

dict(v="greenthumb", c=1, lang="en", at="2026-10-23 10:40", subj="P10554 - 3 pallets left behind",
     text="""
Hi Mike,

Your crossdock signed for 11 of the 14 pallets on P10554 this morning. The other 3 (the GT-BF-10 bird feeders) were left on our dock by mistake - they go out Monday with the same carrier and should deliver Wednesday 10/28. Sorry for the mix-up.

Megan Tran
Green Thumb Garden Supply LLC
""", end="Megan Tran", change="quantity", intent="partial_shipment", po=["P10554"],
     commit=("2026-10-28", "should deliver Wednesday 10/28"),
     dates=[("2026-10-23", "other", "this morning"), ("2026-10-26", "ship_date", "Monday"),
            ("2026-10-28", "new_eta", "Wednesday 10/28")],
     lines=[("pallets", 11, "pallets", "11 of the 14 pallets", "P10554"),
            ("GT-BF-10", 3, None, "The other 3 (the GT-BF-10 bird feeders)", "P10554")]),

dict(v="cleanco", lang="en", at="2026-09-15 14:00", subj="P10555 / P10556",
     text="""
Hi Tim,

P10555 is on today's Palletways run, all 12 pallets. Consignment PW-D10A-441082, delivery Friday. P10556 is still on for next Thursday as per my last email.

Gary
""", end="Gary", change="shipping", intent="shipping_notice", sec=["confirmation"], po=["P10555", "P10556"],
     commit=("2026-09-18", "delivery Friday"),
     dates=[("2026-09-15", "ship_date", "today's Palletways run"), ("2026-09-18", "confirmed_delivery", "Friday"),
            ("2026-09-24", "confirmed_delivery", "next Thursday")],
     lines=[("pallets", 12, "pallets", "all 12 pallets", "P10555")],
     track=[("Palletways", "PW-D10A-441082", "Consignment PW-D10A-441082")],
     changes=[("P10555", "shipping_notice", "2026-09-18", None, "P10555 is on today's Palletways run"),
              ("P10556", "confirmation", "2026-09-24", None, "P10556 is still on for next Thursday")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-06 11:30", subj="ASN MLO-ASN-D10A-0619 - P10506",
     text="""
Mike, the shovels went today at 1.8 m like you wanted, so it's 7 pallets instead of 6. Karen

ADVANCE SHIP NOTICE
ASN: MLO-ASN-D10A-0619
PO: P10506
Ship date: 11/06/2026
Carrier: Purolator Freight   PRO: PF-D10A-2281554
Scheduled delivery: 11/10/2026 (Toronto crossdock)
Pallets: 7   Cartons: 168

Maple Leaf Outdoor EDI - automated message
""", end="Maple Leaf Outdoor EDI - automated message", change="shipping", intent="shipping_notice", po=["P10506"],
     vref=["MLO-ASN-D10A-0619"],
     commit=("2026-11-10", "Scheduled delivery: 11/10/2026"),
     dates=[("2026-11-06", "ship_date", "today"), ("2026-11-06", "ship_date", "11/06/2026"),
            ("2026-11-10", "confirmed_delivery", "11/10/2026")],
     lines=[("snow shovels", 168, "cartons", "Cartons: 168", "P10506")],
     track=[("Purolator Freight", "PF-D10A-2281554", "PRO: PF-D10A-2281554")]),

dict(v="d9b_buckeye", lang="en", at="2026-09-24 16:00", subj="P10557 - price going down",
     text="""
Laura,

Good news for once: aluminum came in cheaper than we budgeted, so we're passing on a 3% discount on P10557 and on anything else you order through year end. New unit price on the 10" skillet BC-SK-10 is $17.46 (was $18.00). Updated PO confirmation to follow.

Kyle
""", end="Kyle", change="price", intent="price_change", po=["P10557"],
     prices=[dict(product="BC-SK-10", old=18.00, new=17.46, pct=-3, cur="USD",
                  quote='New unit price on the 10" skillet BC-SK-10 is $17.46 (was $18.00)')]),

dict(v="d10a_moreton", lang="en", at="2026-12-04 10:00", subj="Peak season surcharge - P10558",
     text="""
Tim,

The shipping lines have slapped a peak season surcharge on everything out of Brisbane from 15 December. We'll have to add AUD 650 per 40' container to FOB orders leaving after that date, and that includes P10558, which sails 8/1.

Sorry mate, nothing we can do about this one.

Shane
""", end="Shane", change="price", intent="price_change", po=["P10558"],
     dates=[("2026-12-15", "price_effective", "15 December"), ("2027-01-08", "ship_date", "8/1")],
     prices=[dict(product="freight per 40' container", new=650.0, cur="AUD", eff="2026-12-15",
                  quote="add AUD 650 per 40' container")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-02 12:00", subj="A note from Dublin Biscuit",
     text="""
Dear Mike,

I hope this finds you and the team well. What a year it has been for us here in Ballyfermot: we opened the new packing hall in the summer, took on eleven new bakers, and last month our ginger crumble picked up a Great Taste star, which the whole bakery is still talking about.

It has also been a hard year on costs. Butter alone has risen by more than 40% since spring, and after holding our prices for two seasons we can't absorb it any longer. From 1 January 2027 our list prices will increase by 7%. Your current orders, including P10559 for delivery on 8 December, stay at the existing prices.

Thank you, as always, for your custom and your patience.

Warm regards,
Siobhan Murphy
Managing Director, Dublin Biscuit Company Ltd
""", end="Warm regards,", change="price", intent="price_change", po=["P10559"],
     commit=("2026-12-08", "P10559 for delivery on 8 December"),
     dates=[("2026-10-01", "other", "last month"), ("2027-01-01", "price_effective", "From 1 January 2027"), ("2026-12-08", "confirmed_delivery", "8 December")],
     prices=[dict(pct=7, eff="2027-01-01", quote="our list prices will increase by 7%")]),

dict(v="oakridge", lang="en", at="2026-09-09 13:30", subj="P10560 stain",
     text="""
Mike - the walnut stain for the P10560 tables is backorderd at our supplier. I can do the same tables in dark oak stain and hold 10/9, or wait for the walnut, which would be more like 10/23. Which do you want?
Travis
""", end="Travis", change="none", intent="question", po=["P10560"],
     dates=[("2026-10-09", "other", "10/9"), ("2026-10-23", "other", "10/23")]),

dict(v="d9b_dales", c=1, lang="en", at="2026-10-27 11:15", subj="P10561 - customs paperwork",
     text="""
Hello,

For the customs paperwork on P10561 we need your EORI number and the commodity code you would like on the invoice for the printed cushion covers. The goods are ready for collection on 3 November.

Kind regards,
Accounts Team
Dales Textile Printers Ltd
""", end="Kind regards,\nAccounts Team", change="none", intent="question", po=["P10561"],
     dates=[("2026-11-03", "other", "3 November")]),

dict(v="d9d_ontario", lang="en", at="2026-12-16 10:00", subj="P10562 - bookcases cancelled",
     text="""
Tim,

I'm sorry, but we have to cancel the oak bookcases (GLW-BC-5, 40 units) on P10562. Our finishing shop had a fire on Monday, nobody hurt, but the spray booth is out until February. The pine side tables on the same order are already finished and will still be delivered 1/8 as confirmed.

Ryan MacDonald
Great Lakes Woodcraft Ltd.
""", end="Ryan MacDonald", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10562"],
     commit=("2027-01-08", "will still be delivered 1/8 as confirmed"),
     dates=[("2026-12-14", "other", "on Monday"), ("2027-02-01", "other", "February"),
            ("2027-01-08", "confirmed_delivery", "1/8")],
     lines=[("GLW-BC-5", 40, "units", "GLW-BC-5, 40 units", "P10562")]),

dict(v="keystone", c=1, lang="en", at="2026-09-28 08:00", subj="855 PO Acknowledgment - P10563 - REJECTED",
     text="""
Laura, sorry - we should have told you the pasta pot was discontinued before you ordered. I'll send the replacement item sheet today. Rachel

PO ACKNOWLEDGMENT (855)
Customer PO: P10563
Status: REJECTED - ITEM KHD-PS-20 DISCONTINUED
All lines cancelled. Please do not resend this PO.

Keystone EDI Desk - automated message
""", end="Keystone EDI Desk - automated message", change="cancel", intent="cancellation", po=["P10563"],
     dates=[("2026-09-28", "other", "today")]),

dict(v="galway", lang="en", at="2026-11-30 15:00", subj="RE: P10564 cancel / P10565",
     text="""
Hi Sandra,

That's done - P10564 is cancelled, and we'll ship P10565 on its own as planned, arriving with you on 11 December.

Orla

On Mon 30 Nov 2026 at 11:20, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Orla, please cancel P10564 (the cable-knit throws), but keep P10565. Thanks, Sandra
""", end="Orla\n\nOn", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10564", "P10565"],
     commit=("2026-12-11", "arriving with you on 11 December"),
     dates=[("2026-12-11", "confirmed_delivery", "11 December")],
     changes=[("P10564", "cancellation", None, None, "P10564 is cancelled"),
              ("P10565", "confirmation", "2026-12-11", None, "we'll ship P10565 on its own as planned, arriving with you on 11 December")]),

dict(v="d10a_fraser", lang="en", at="2026-11-06 15:00", subj="RE: new receiving hours Toronto",
     text="""
Got it, thanks Mike. I'll pass the new hours to our carrier.
- Harpreet

On Fri, Nov 6, 2026 at 9:30 AM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Harpreet, FYI our Toronto crossdock has new receiving hours from 11/16, 7am-3pm. Please tell your carrier for the P10544 backorders. Mike
""", end="- Harpreet", change="none", intent="other", po=["P10544"]),

dict(v="d10a_plains", frm="Kayla Hoffman <kayla.hoffman@greatplains-kitchen.co>", lang="en", at="2026-12-09 11:00",
     subj="URGENT: updated bank details",
     text="""
Dear Customer,

Please note that our bank details have changed effective immediately due to an internal audit. All payments for open invoices, including P10566, must be sent to our new account below. Payments to the old account will be returned.

Bank: First Meridian Trust
Account name: Great Plains Kitchen Supply
Routing: 071000288   Account: 4471920035

Please confirm by reply today so we can update our records.

Regards,
Kayla Hoffman
Accounts
""", end="Regards,\nKayla", change="none", intent="other", po=["P10566"],
     dates=[("2026-12-09", "other", "today")]),

dict(v="laurentides", c=1, lang="en", at="2026-11-10 09:15", subj="P10567 / P10568 syrup - planning",
     text="""
Hello Tim,

Sorry for my english, Geneviève is in vacation so I take her files. For your two orders:

- P10567 (amber syrup 540 ml, 1 440 bottles): production is done, we ship week 47 from Saint-Jérôme and the delivery at Hamburg is between 12/14 and 12/18, like in the confirmation of Geneviève.
- P10568 (maple butter 250 g, 960 jars): the jars supplier is late, so we can ship only in week 49. Delivery will be around 12/30 instead of 12/18. I am sorry for this.

If you prefer, we can put the two orders together in week 49 to save the freight, but then P10567 also arrive 12/30. Tell me what you prefer.

Merci et bonne journée,
Marc-André Gagnon
Produits d'érable Laurentides Inc.
""", end="Merci et bonne journée,", change="date", intent="delay", sec=["confirmation", "question"],
     po=["P10567", "P10568"],
     commit=("2026-12-18", "the delivery at Hamburg is between 12/14 and 12/18"),
     dates=[("2026-11-16", "ship_date", "week 47"), ("2026-12-14", "range_start", "12/14"),
            ("2026-12-18", "range_end", ("12/18", 0)), ("2026-11-30", "ship_date", ("week 49", 0)),
            ("2026-12-30", "new_eta", ("12/30", 0)), ("2026-12-18", "other", ("12/18", 1)),
            ("2026-11-30", "other", ("week 49", 1)), ("2026-12-30", "other", ("12/30", 1))],
     changes=[("P10567", "confirmation", "2026-12-18", None, "the delivery at Hamburg is between 12/14 and 12/18"),
              ("P10568", "delay", "2026-12-30", None, "Delivery will be around 12/30 instead of 12/18")]),
]
