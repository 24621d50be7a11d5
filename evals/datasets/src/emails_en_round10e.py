# ruff: noqa: E501 - email text is data
"""English, round 10 (branch d10e): the hardest cases for a buyer. Several orders in one email,
each with its own change (kept apart in ``changes``); vendors who restate the order's dates
before giving the new one; quoted history dominated by an older delay while the new text
confirms or ships; forwarded internal vendor mail (warehouse, production, shipping desk to
sales) under a one-line summary from the sales rep; typos in dates, weekdays and order numbers
that are still clear; vendors answering the buyer's question with a date that commits; and
"no change" status updates that name many dates. Tables, attachment text, inline replies,
calendar weeks, ranges, business-day spans, US month-first and day-first numeric dates.
Hand-written and hand-labelled by reading each email; no extractor or classifier produced the
labels."""

EMAILS = [
dict(v="acme", lang="en", at="2026-11-16 10:20", subj="RE: status P10900 / P10901 / P10902",
     text="""
Hi Laura,

Rundown on your three open POs with us as of this morning:

- P10900 (enamel colanders): on schedule, ships Wed 11/18, delivers Mon 11/23 as confirmed.
- P10901 (stock pots 12qt): we are short on lids, so this one slips from 11/24 to 12/8.
- P10902 (tea kettles): cancelled per your email from Friday, closed on our side, no charges.

Jessica

On Fri, Nov 13, 2026 at 2:10 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Jessica, please cancel P10902, and can you give me a status on P10900 and P10901? P10901 was due 11/24 and P10900 on 11/23.
""", end="Jessica\n\nOn", change="mixed", intent="delay", sec=["confirmation", "cancellation"],
     po=["P10900", "P10901", "P10902"],
     commit=("2026-11-23", "delivers Mon 11/23 as confirmed"),
     dates=[("2026-11-16", "other", "this morning"), ("2026-11-18", "ship_date", "Wed 11/18"),
            ("2026-11-23", "confirmed_delivery", "Mon 11/23"), ("2026-11-24", "other", ("11/24", 0)),
            ("2026-12-08", "new_eta", "12/8"), ("2026-11-13", "other", "your email from Friday")],
     changes=[("P10900", "confirmation", "2026-11-23", None, "delivers Mon 11/23 as confirmed"),
              ("P10901", "delay", "2026-12-08", None, "this one slips from 11/24 to 12/8"),
              ("P10902", "cancellation", None, None, "cancelled per your email from Friday")]),

dict(v="highland", lang="en", at="2026-10-19 11:05", subj="P10903 - votives",
     text="""
Dear Tim,

Just so we are looking at the same thing: your order P10903 was placed on 2 September for delivery on 23 October, and in our acknowledgement of 4 September we confirmed 23 October for all three lines.

I'm afraid the fig & cassis votives will not make that. The fragrance oil arrived late from Grasse and the new date for the votives is Friday 6 November. The pillar candles and the travel tins are unaffected and arrive on 23 October as planned.

Kind regards,
Fiona MacLeod
Highland Candle Works Ltd
""", end="Kind regards,", change="date", intent="delay", po=["P10903"],
     commit=("2026-11-06", "the new date for the votives is Friday 6 November"),
     dates=[("2026-09-02", "other", "2 September"), ("2026-10-23", "other", "for delivery on 23 October"),
            ("2026-09-04", "other", "4 September"), ("2026-10-23", "other", "we confirmed 23 October"),
            ("2026-11-06", "new_eta", "Friday 6 November"),
            ("2026-10-23", "confirmed_delivery", "arrive on 23 October as planned")]),

dict(v="voltix", lang="en", at="2026-11-20 09:40", subj="RE: P10904 chip shortage - revised schedule",
     text="""
Dear Mike,

Good news, P10904 is back on track. Vessel is booked, ETD Yantian 25 Nov, ETA Hamburg 30 Dec, same as the revised date we agreed with you before. No more delay.

Best regards
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.

On 2026-10-22 15:10, Cindy Zhang wrote:
> Dear Mike,
> Sorry to inform the chip shortage again. P10904 cannot ship 28 Oct as planned, the new ETD is 25 Nov and ETA Hamburg 30 Dec. We are very sorry, the IC supplier push out three times already.
> Also the carton print for P10904 need your approval again, new barcode.
>
> On 2026-10-01 09:12, Mike Osei wrote:
>> Cindy, is P10904 still on time for ETA 2 Dec? Our promo starts 7 Dec.
""", end="Best regards", change="date", intent="confirmation", po=["P10904"],
     commit=("2026-12-30", ("ETA Hamburg 30 Dec", 0)),
     dates=[("2026-11-25", "ship_date", "ETD Yantian 25 Nov"),
            ("2026-12-30", "confirmed_delivery", ("ETA Hamburg 30 Dec", 0))]),

dict(v="keystone", c=2, lang="en", at="2026-12-03 14:15", subj="FW: P10905 pick status",
     text="""
Laura - see below from our DC. Short version: P10905 goes out tomorrow but only 3 of the 5 SKUs, the other two next week.
Greg

---------- Forwarded message ---------
From: Keystone DC Allentown <dc.allentown@keystonehousewares.com>
Date: Thu, Dec 3, 2026 at 1:52 PM
Subject: P10905 pick status
To: Greg Palmer <greg.palmer@keystonehousewares.com>

Greg,
P10905 picked, status per SKU:
KH-2201   240   complete
KH-2204   180   complete
KH-2210    96   complete
KH-2215    --   not recd from vendor yet
KH-2218    --   not recd from vendor yet
The two missing SKUs are due into the DC 12/9, we can ship those 12/10. Truck for the 3 complete SKUs loads 12/4 AM, est. delivery Newark 12/8.
-- DC Allentown
""", end="Greg\n\n-----", change="quantity", intent="partial_shipment", po=["P10905"],
     commit=("2026-12-08", "est. delivery Newark 12/8"),
     dates=[("2026-12-04", "ship_date", "tomorrow"), ("2026-12-07", "ship_date", "next week"),
            ("2026-12-09", "other", "due into the DC 12/9"), ("2026-12-10", "ship_date", "ship those 12/10"),
            ("2026-12-04", "ship_date", "loads 12/4 AM"), ("2026-12-08", "confirmed_delivery", "12/8")],
     lines=[("KH-2201", 240, None, "KH-2201   240   complete", "P10905"),
            ("KH-2204", 180, None, "KH-2204   180   complete", "P10905"),
            ("KH-2210", 96, None, "KH-2210    96   complete", "P10905")]),

dict(v="greenthumb", lang="en", at="2026-10-07 15:30", subj="Re: P10906 trellis kits",
     text="""
Hi Mike,

confirming P10906 - the trellis kits ship Wendesday 10/14 and deliver to your Chicago crossdock Mondy 10/19, exactly as on your PO. No changes.

Randy

On Wed, Oct 7, 2026 at 10:02 AM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Randy, P10906 was booked for 10/19, still good? Our fall promo starts 10/24 and we had a scare with the last order that came 10/2 instead of 9/28.
""", end="Randy\n\nOn", change="none", intent="confirmation", po=["P10906"],
     commit=("2026-10-19", "deliver to your Chicago crossdock Mondy 10/19"),
     dates=[("2026-10-14", "ship_date", "Wendesday 10/14"), ("2026-10-19", "confirmed_delivery", "Mondy 10/19")]),

dict(v="pennine", lang="en", at="2026-11-25 10:10", subj="Re: P10907 crocks - latest date?",
     text="""
Tim,

Answer to your question: yes, we can have the stoneware crocks on P10907 with you by Thursday 10 December. I've booked the pallet with Palletways for Tuesday 8th.

Dave

On Tue, 24 Nov 2026 at 16:02, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Dave, what's the latest date you can get P10907 to us? We need it before 11 December for the window display.
""", end="Dave\n\nOn", change="none", intent="confirmation", po=["P10907"],
     commit=("2026-12-10", "with you by Thursday 10 December"),
     dates=[("2026-12-10", "confirmed_delivery", "Thursday 10 December"), ("2026-12-08", "ship_date", "Tuesday 8th")]),

dict(v="siam", lang="en", at="2026-10-28 13:20", subj="P10908 weekly status",
     text="""
Dear Laura,

Weekly status for your order P10908 (teak benches and rattan armchairs). Nothing change from our confirmation:

- Production finished 23 Oct
- QC inspection by your agent Friday 30 Oct
- Container stuffing 3 Nov
- Vessel ETD Laem Chabang 5 Nov
- ETA Hamburg 8 Dec
- Delivery your warehouse 11 Dec, same as PO

Best regards,
Somchai Wongsakul
Siam Rattan & Teak Co., Ltd.
""", end="Best regards,", change="none", intent="confirmation", po=["P10908"],
     commit=("2026-12-11", "Delivery your warehouse 11 Dec, same as PO"),
     dates=[("2026-10-23", "other", "Production finished 23 Oct"), ("2026-10-30", "other", "Friday 30 Oct"),
            ("2026-11-03", "ship_date", "Container stuffing 3 Nov"), ("2026-11-05", "ship_date", "ETD Laem Chabang 5 Nov"),
            ("2026-12-08", "other", "ETA Hamburg 8 Dec"), ("2026-12-11", "confirmed_delivery", "11 Dec")]),

dict(v="d10e_foshan", lang="en", at="2026-11-09 17:20", subj="Update on your 3 orders",
     text="""
Dear Sandra,

Please see update for 3 orders:

P10909 LED string lights: production delay because of the power rationing in Foshan, ETD moves from 12 Nov to 26 Nov, ETA Hamburg around 31 Dec.
P10910 solar lanterns: shipped already on 6 Nov, container TGBU 552190-D10E, ETA Hamburg 11 Dec.
P10911 table lamps: confirm as PO, ETD 20 Nov, ETA Hamburg 28 Dec.

Sorry for the string lights, we try our best.

Best regards
Jenny Huang
Foshan Brightway Lighting Co., Ltd.
""", end="Best regards", change="date", intent="delay", sec=["shipping_notice", "confirmation"],
     po=["P10909", "P10910", "P10911"],
     commit=("2026-12-31", "ETA Hamburg around 31 Dec"),
     dates=[("2026-11-12", "other", "12 Nov"), ("2026-11-26", "ship_date", "26 Nov"),
            ("2026-12-31", "new_eta", "around 31 Dec"), ("2026-11-06", "ship_date", "on 6 Nov"),
            ("2026-12-11", "confirmed_delivery", "ETA Hamburg 11 Dec"), ("2026-11-20", "ship_date", "ETD 20 Nov"),
            ("2026-12-28", "confirmed_delivery", "ETA Hamburg 28 Dec")],
     track=[(None, "TGBU 552190-D10E", "container TGBU 552190-D10E")],
     changes=[("P10909", "delay", "2026-12-31", None, "ETD moves from 12 Nov to 26 Nov, ETA Hamburg around 31 Dec"),
              ("P10910", "shipping_notice", "2026-12-11", None, "shipped already on 6 Nov, container TGBU 552190-D10E, ETA Hamburg 11 Dec"),
              ("P10911", "confirmation", "2026-12-28", None, "confirm as PO, ETD 20 Nov, ETA Hamburg 28 Dec")]),

dict(v="texbright", lang="en", at="2026-09-22 11:00", subj="RE: P10912 - three questions",
     text="""
Hi Sandra, answers below in caps.

> 1. Will P10912 still deliver on 10/5 as acknowledged?
YES, 10/5 STILL GOOD, TRUCK BOOKED FOR 10/1.
> 2. Can you add 50 more duvet inserts to P10912?
NOT ON THIS PO, WE'D NEED A NEW ONE. NEXT AVAILABLE WOULD BE 11/2.
> 3. Has your OEKO-TEX certificate been renewed?
YES, ATTACHED.

Marcus
""", end="\n\nMarcus", change="none", intent="confirmation", po=["P10912"],
     commit=("2026-10-05", "10/5 STILL GOOD"),
     dates=[("2026-10-05", "confirmed_delivery", "10/5 STILL GOOD"), ("2026-10-01", "ship_date", "10/1"),
            ("2026-11-02", "other", "11/2")]),

dict(v="evergreen", c=1, lang="en", at="2026-12-01 09:15", subj="Open order report - Hartmann Home & Garden",
     text="""
Hi Laura,

Open order report below. No changes since the last report, all dates as acknowledged.

PO       Item                 Qty    Ship      Deliver
P10913   Kraft gift wrap      400    12/04     12/09
P10914   Tissue paper packs   250    12/11     12/16
P10915   Gift bags medium     600    01/06     01/12

Happy holidays,
Tanya Brooks
Evergreen Paper Products Inc.
""", end="Happy holidays,", change="none", intent="confirmation", po=["P10913", "P10914", "P10915"],
     commit=("2026-12-09", "P10913   Kraft gift wrap      400    12/04     12/09"),
     dates=[("2026-12-04", "ship_date", "12/04"), ("2026-12-09", "confirmed_delivery", "12/09"),
            ("2026-12-11", "ship_date", "12/11"), ("2026-12-16", "confirmed_delivery", "12/16"),
            ("2027-01-06", "ship_date", "01/06"), ("2027-01-12", "confirmed_delivery", "01/12")],
     lines=[("Kraft gift wrap", 400, None, "P10913   Kraft gift wrap      400    12/04     12/09", "P10913"),
            ("Tissue paper packs", 250, None, "P10914   Tissue paper packs   250    12/11     12/16", "P10914"),
            ("Gift bags medium", 600, None, "P10915   Gift bags medium     600    01/06     01/12", "P10915")],
     changes=[("P10913", "confirmation", "2026-12-09", None, "P10913   Kraft gift wrap      400    12/04     12/09"),
              ("P10914", "confirmation", "2026-12-16", None, "P10914   Tissue paper packs   250    12/11     12/16"),
              ("P10915", "confirmation", "2027-01-12", None, "P10915   Gift bags medium     600    01/06     01/12")]),

dict(v="d10e_lonestar", lang="en", at="2026-11-11 16:45", subj="FW: P10916 load",
     text="""
Sandra, FYI below from our yard. Bottom line P10916 is now delivering Friday the 20th instead of Monday 11/16. Sorry about that.
-Dustin

---------- Forwarded message ---------
From: Warehouse Team <warehouse.team@lonestarpatio.com>
Date: Wed, Nov 11, 2026 at 3:58 PM
Subject: RE: P10916 load
To: Dustin Baker <dustin.baker@lonestarpatio.com>

Dustin - the flatbed for the P10916 patio sets fell through, carrier can't get us another truck until Tuesday 11/17. Transit is 3 days so she'd deliver 11/20. All 24 sets are wrapped and staged.
WH
""", end="-Dustin", change="date", intent="delay", po=["P10916"],
     commit=("2026-11-20", "delivering Friday the 20th"),
     dates=[("2026-11-20", "new_eta", "Friday the 20th"), ("2026-11-16", "other", "Monday 11/16"),
            ("2026-11-17", "ship_date", "Tuesday 11/17"), ("2026-11-20", "new_eta", "deliver 11/20")],
     lines=[("patio sets", 24, "sets", "All 24 sets are wrapped and staged", "P10916")]),

dict(v="pacific", lang="en", at="2026-10-14 13:05", subj="Re: PO P10917 holiday blend",
     text="""
Hi Tim,

Re your order P1O917 - the holiday blend is on the roasting schedule for 10/26 and we'll ship 10/28 via UPS Ground, so it lands with you by 11/4. That's inside your 11/6 deadline.

Lena

On Tue, Oct 13, 2026 at 8:15 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Lena, we need P10917 by 11/6 at the latest. Can you confirm? Tim
""", end="Lena\n\nOn", change="none", intent="confirmation", po=["P10917"],
     commit=("2026-11-04", "lands with you by 11/4"),
     dates=[("2026-10-26", "other", "10/26"), ("2026-10-28", "ship_date", "ship 10/28"),
            ("2026-11-04", "confirmed_delivery", "11/4"), ("2026-11-06", "other", ("11/6", 0))]),

dict(v="ningbo", c=1, lang="en", at="2026-10-26 10:30", subj="P10918 / P10919 shipment plan",
     text="""
Dear Laura,

Update for your 2 orders:

1) P10918 glass storage jars: we ship 2,000 sets this week on vessel ETD 29 Oct, ETA Hamburg 3 Dec. Rest 1,000 sets ETD 12 Nov, ETA Hamburg 17 Dec.
2) P10919 bamboo lids: the bamboo supplier is late, ETD change from 29 Oct to 19 Nov, ETA Hamburg 24 Dec.

Sorry for this, please advise if OK.

Best regards
Leo Wang
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards", change="mixed", intent="partial_shipment", sec=["delay"],
     po=["P10918", "P10919"],
     commit=("2026-12-17", "Rest 1,000 sets ETD 12 Nov, ETA Hamburg 17 Dec"),
     dates=[("2026-10-26", "ship_date", "this week"), ("2026-10-29", "ship_date", "ETD 29 Oct"),
            ("2026-12-03", "confirmed_delivery", "ETA Hamburg 3 Dec"), ("2026-11-12", "ship_date", "ETD 12 Nov"),
            ("2026-12-17", "new_eta", "ETA Hamburg 17 Dec"), ("2026-10-29", "other", "from 29 Oct"),
            ("2026-11-19", "ship_date", "19 Nov"), ("2026-12-24", "new_eta", "ETA Hamburg 24 Dec")],
     lines=[("glass storage jars", 2000, "sets", "we ship 2,000 sets", "P10918"),
            ("glass storage jars", 1000, "sets", "Rest 1,000 sets", "P10918")],
     changes=[("P10918", "partial_shipment", "2026-12-17", 1000, "Rest 1,000 sets ETD 12 Nov, ETA Hamburg 17 Dec"),
              ("P10919", "delay", "2026-12-24", None, "ETD change from 29 Oct to 19 Nov, ETA Hamburg 24 Dec")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-18 15:00", subj="RE: P10920 delay",
     text="""
Dear Sandra Hanım,

Finally good news: P10920 is loaded today complete, 2.400 pcs bath towels and 800 pcs bathrobes, nothing is left behind. CMR TR-CMR-D10E-70431. Truck arrival your warehouse Tuesday 24/11.

Kind regards
Elif Demir
Anatolia Textiles A.S.

On 2.11.2026 10:14, Elif Demir wrote:
> Dear Sandra, our dye house has problem with the boiler, P10920 will be delay to 18.11, arrival 24.11. We are very sorry.
>
>> On 30.10.2026, Sandra Klein wrote:
>> Elif, P10920 was due 4.11, any news? We have not received the ASN.
""", end="Kind regards", change="shipping", intent="shipping_notice", po=["P10920"],
     commit=("2026-11-24", "Truck arrival your warehouse Tuesday 24/11"),
     dates=[("2026-11-18", "ship_date", "today"), ("2026-11-24", "confirmed_delivery", "Tuesday 24/11")],
     lines=[("bath towels", 2400, "pcs", "2.400 pcs bath towels", "P10920"),
            ("bathrobes", 800, "pcs", "800 pcs bathrobes", "P10920")],
     track=[(None, "TR-CMR-D10E-70431", "CMR TR-CMR-D10E-70431")]),

dict(v="d9b_buckeye", lang="en", at="2026-12-08 10:40", subj="RE: P10921 - earliest date?",
     text="""
Sandra,

To your question from yesterday - the earliest we can get the cast iron skillets on P10921 to you is Thursday 12/17. That's a week past the 12/10 on the PO, I know. The dutch ovens on the same order are fine for 12/10.

Kyle

On Mon, Dec 7, 2026 at 11:30 AM Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Kyle, what is the earliest you can get the skillets on P10921 here? They are not on the truck plan.
""", end="Kyle\n\nOn", change="date", intent="delay", po=["P10921"],
     commit=("2026-12-17", "the earliest we can get the cast iron skillets on P10921 to you is Thursday 12/17"),
     dates=[("2026-12-07", "other", "yesterday"), ("2026-12-17", "new_eta", "Thursday 12/17"),
            ("2026-12-10", "other", "the 12/10 on the PO"), ("2026-12-10", "confirmed_delivery", "fine for 12/10")]),

dict(v="d10e_midlands", lang="en", at="2026-09-29 11:45", subj="Your orders P10922 and P10923",
     text="""
Hi Mike,

Couple of things on your open orders with us:

P10922 (galvanised hooks) - confirmed for delivery w/c 12 October, as per your PO.
P10923 (steel shelf brackets) - our steel surcharge applies to this one as it was placed after 1 September: the brackets go from £1.85 to £1.97 per unit. Delivery stays 19/10.

If the surcharge is a problem let me know before we pick.

Cheers,
Craig Whitmore
Midlands Hardware Supplies Ltd
""", end="Cheers,", change="price", intent="price_change", sec=["confirmation"],
     po=["P10922", "P10923"],
     commit=("2026-10-12", "confirmed for delivery w/c 12 October"),
     dates=[("2026-10-12", "confirmed_delivery", "w/c 12 October"), ("2026-09-01", "other", "1 September"),
            ("2026-10-19", "confirmed_delivery", "19/10")],
     prices=[dict(product="steel shelf brackets", old=1.85, new=1.97, cur="GBP",
                  quote="the brackets go from £1.85 to £1.97 per unit")],
     changes=[("P10922", "confirmation", "2026-10-12", None, "confirmed for delivery w/c 12 October"),
              ("P10923", "price_change", "2026-10-19", None, "the brackets go from £1.85 to £1.97 per unit. Delivery stays 19/10")]),

dict(v="delhicotton", lang="en", at="2026-11-05 12:30", subj="FW: P10924 status",
     text="""
Dear Laura Ma'am, pls see below mail from our factory. In short: P10924 cushion covers will ship 28/11 instead of 14/11, ETA Hamburg 2/1/2027.

Thanks & Regards,
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd

---------- Forwarded message ---------
From: Production Panipat <production@delhicottonmills.in>
Date: Thu, 5 Nov 2026 at 10:05
Subject: P10924 status
To: Rajesh Kumar <rajesh.kumar@delhicottonmills.in>

Sir, P10924 - 4,800 pcs cushion covers. Cutting done, stitching 60% complete. Due to Diwali holidays the workers return only on 16/11. Finishing and packing possible by 25/11, stuffing 27/11, vessel cut-off 28/11.
Regards, Production
""", end="Thanks & Regards,", change="date", intent="delay", po=["P10924"],
     commit=("2027-01-02", "ETA Hamburg 2/1/2027"),
     dates=[("2026-11-28", "ship_date", "ship 28/11"), ("2026-11-14", "other", "14/11"),
            ("2027-01-02", "new_eta", "2/1/2027"), ("2026-11-16", "other", "16/11"),
            ("2026-11-25", "other", "25/11"), ("2026-11-27", "ship_date", "stuffing 27/11"),
            ("2026-11-28", "ship_date", "vessel cut-off 28/11")]),

dict(v="d9a_carolina", lang="en", at="2026-09-14 14:20", subj="Acknowledgment - PO P10925",
     text="""
Good afternoon Sandra,

Thank you for PO P10925. For the record, your PO shows a requested ship date of 9/25 and an in-DC date of 10/2. We can't make those for the swings: the porch swings will ship 10/9 and deliver 10/16. The rockers are fine as requested, ship 9/25, deliver 10/2. Acknowledgment attached.

Have a blessed day,
Dwayne Pickett
Carolina Porch & Patio Co.

--- attachment: CPP-ACK-D10E-3310.pdf ---
ORDER ACKNOWLEDGMENT  CPP-ACK-D10E-3310
Customer PO: P10925         Ack date: 09/14/2026
Item        Description            Qty   Req. Date    Conf. Date
CPP-SW-04   Porch swing, natural   30    10/02/2026   10/16/2026
CPP-RK-02   Rocking chair, white   60    10/02/2026   10/02/2026
""", end="Have a blessed day,", change="date", intent="delay", po=["P10925"], vref=["CPP-ACK-D10E-3310"],
     commit=("2026-10-16", "the porch swings will ship 10/9 and deliver 10/16"),
     dates=[("2026-09-25", "other", "ship date of 9/25"), ("2026-10-02", "other", "in-DC date of 10/2"),
            ("2026-10-09", "ship_date", "ship 10/9"), ("2026-10-16", "new_eta", "deliver 10/16"),
            ("2026-09-25", "ship_date", "ship 9/25"), ("2026-10-02", "confirmed_delivery", "deliver 10/2"),
            ("2026-09-14", "other", "09/14/2026"), ("2026-10-02", "other", ("10/02/2026", 0)),
            ("2026-10-16", "new_eta", "10/16/2026"), ("2026-10-02", "other", ("10/02/2026", 1)),
            ("2026-10-02", "confirmed_delivery", ("10/02/2026", 2))],
     lines=[("CPP-SW-04", 30, None, "CPP-SW-04   Porch swing, natural   30    10/02/2026   10/16/2026", "P10925"),
            ("CPP-RK-02", 60, None, "CPP-RK-02   Rocking chair, white   60    10/02/2026   10/02/2026", "P10925")]),

dict(v="kiwiwool", lang="en", at="2026-11-03 09:30", subj="P10926 merino throws",
     text="""
Kia ora Sandra,

Quick one on P10926 - the merino throws are a wee bit behind, we're now shipping 18 Novmber (was 6 Nov) and the forwarder reckons Hamburg arrival Decmeber 28th. Really sorry, the scouring plant had a breakdown last week.

Cheers,
Hemi Walker
Kiwi Wool Co Ltd
""", end="Cheers,", change="date", intent="delay", po=["P10926"],
     commit=("2026-12-28", "Hamburg arrival Decmeber 28th"),
     dates=[("2026-11-18", "ship_date", "18 Novmber"), ("2026-11-06", "other", "6 Nov"),
            ("2026-12-28", "new_eta", "Decmeber 28th"), ("2026-10-26", "other", "last week")]),

dict(v="sparkle", lang="en", at="2026-11-30 16:00", subj="P10927 - all on track",
     text="""
Hi Laura,

Just a quick reassurance, as I know there have been a lot of delays flying about lately: P10927 is unaffected. The glasses came out of the lehr on 20 November, were checked on the 24th and packed yesterday. Collection by our haulier is booked for Thursday 3 December and you'll have them on Monday 7 December, which is what we confirmed back in October.

Nothing for you to do.

Best wishes,
Hannah Price
Sparkle Glassware Ltd
""", end="Best wishes,", change="none", intent="confirmation", po=["P10927"],
     commit=("2026-12-07", "you'll have them on Monday 7 December"),
     dates=[("2026-11-20", "other", "20 November"), ("2026-11-24", "other", "the 24th"),
            ("2026-11-29", "other", "yesterday"), ("2026-12-03", "ship_date", "Thursday 3 December"),
            ("2026-12-07", "confirmed_delivery", "Monday 7 December"), ("2026-10-01", "other", "October")]),

dict(v="cleanco", c=1, lang="en", at="2026-10-12 10:00", subj="Your orders P10928, P10929, P10930",
     text="""
Dear Mike,

Re your three orders placed on 8 October:

P10928 - microfibre cloths 2,000 packs - accepted, delivery Friday 16 October.
P10929 - we have discontinued the mop head CC-MH-22, so the 300 pcs of it are cancelled from this order; the remaining 150 buckets (CC-BK-10) deliver 16/10 too.
P10930 - floor cleaner 5L - accepted, delivery 23/10.

Regards,
Order Desk
CleanCo Supplies Ltd
""", end="Regards,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10928", "P10929", "P10930"],
     commit=("2026-10-16", "accepted, delivery Friday 16 October"),
     dates=[("2026-10-08", "other", "8 October"), ("2026-10-16", "confirmed_delivery", "Friday 16 October"),
            ("2026-10-16", "confirmed_delivery", "16/10"), ("2026-10-23", "confirmed_delivery", "23/10")],
     lines=[("microfibre cloths", 2000, "packs", "microfibre cloths 2,000 packs", "P10928"),
            ("CC-MH-22", 300, "pcs", "the 300 pcs of it are cancelled", "P10929"),
            ("CC-BK-10", 150, "buckets", "the remaining 150 buckets (CC-BK-10)", "P10929")],
     changes=[("P10928", "confirmation", "2026-10-16", None, "accepted, delivery Friday 16 October"),
              ("P10929", "cancellation", "2026-10-16", 300, "the 300 pcs of it are cancelled from this order"),
              ("P10930", "confirmation", "2026-10-23", None, "accepted, delivery 23/10")]),

dict(v="oakridge", lang="en", at="2026-12-02 08:50", subj="Re: P10931 benches - date?",
     text="""
Mike - the dining benches on P10931 will be at your dock by Friday 12/11, you have my word. Travis

On Tue, Dec 1, 2026 at 4:40 PM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Travis, the benches on P10931 - can you commit to a date? The PO says 12/11 but your portal shows TBD.
""", end="Travis\n\nOn", change="none", intent="confirmation", po=["P10931"],
     commit=("2026-12-11", "at your dock by Friday 12/11"),
     dates=[("2026-12-11", "confirmed_delivery", "Friday 12/11")]),

dict(v="mapleleaf", lang="en", at="2026-10-20 14:10", subj="P10932 on the water",
     text="""
Hi Tim, P10932 is on the water - see the booking confirmation from our forwarder below. Everything shipped, all 18 pallets.
Josh

---------- Forwarded message ---------
From: Bookings <bookings@northstar-fwd.ca>
Date: Tue, Oct 20, 2026 at 11:02 AM
Subject: Booking confirmed - MAPLE LEAF / HHG
To: Josh Tremblay <josh.tremblay@mapleleafoutdoor.ca>

Shipper: Maple Leaf Outdoor Products Inc.
Ref: P10932
Vessel: Atlantic Sail V.26E   ETD Halifax 10/19   ETA Hamburg 10/30
Container: ACLU 918273-D10E
Final delivery Hartmann DC: between 11/3 and 11/5
""", end="Josh\n\n-----", change="shipping", intent="shipping_notice", po=["P10932"],
     commit=("2026-11-05", "between 11/3 and 11/5"),
     dates=[("2026-10-19", "ship_date", "ETD Halifax 10/19"), ("2026-10-30", "other", "ETA Hamburg 10/30"),
            ("2026-11-03", "range_start", "between 11/3"), ("2026-11-05", "range_end", "11/5")],
     lines=[("pallets", 18, "pallets", "all 18 pallets", "P10932")],
     track=[(None, "ACLU 918273-D10E", "Container: ACLU 918273-D10E")]),

dict(v="lahore", lang="en", at="2026-11-12 13:00", subj="P10933 bedsheets - revised ETD",
     text="""
Dear Laura,

Regarding PO # P10-933 bed sheets, we regret to say the shipment is postponed. Earlier we have confirmed ETD Karachi 15/11, now ETD will be 29/11 and ETA Hamburg approx. 04/01/2027 instead of 21/12. Reason is gas load shedding in the Faisalabad dyeing units.

Please accept our apologies.

Best Regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="Best Regards,", change="date", intent="delay", po=["P10933"],
     commit=("2027-01-04", "ETA Hamburg approx. 04/01/2027"),
     dates=[("2026-11-15", "other", "15/11"), ("2026-11-29", "ship_date", "29/11"),
            ("2027-01-04", "new_eta", "04/01/2027"), ("2026-12-21", "other", "21/12")]),

dict(v="hanoi", c=1, lang="en", at="2026-12-04 15:30", subj="RE: P10934 delay again",
     text="""
Dear Mike,

Update for P10934 after the long delay story below: today we loaded 1,500 pcs bamboo trays, vessel ETD Hai Phong 6 Dec, ETA Hamburg 14 Jan. The 500 pcs bamboo bowls still need drying, they will go next vessel ETD 20 Dec, ETA Hamburg 28 Jan.

Best regards,
Tran Minh
Hanoi Bamboo Crafts JSC

On 10/11/2026 Tran Minh wrote:
> Dear Mike, because of typhoon and flooding P10934 delay again, new ETD 6 Dec instead of 15 Nov.
> > On 20/10/2026 Tran Minh wrote:
> > Dear Mike, P10934 delay 2 weeks, new ETD 15 Nov. Sorry.
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10934"],
     commit=("2027-01-28", "ETA Hamburg 28 Jan"),
     dates=[("2026-12-04", "ship_date", "today"), ("2026-12-06", "ship_date", "ETD Hai Phong 6 Dec"),
            ("2027-01-14", "confirmed_delivery", "ETA Hamburg 14 Jan"), ("2026-12-20", "ship_date", "ETD 20 Dec"),
            ("2027-01-28", "new_eta", "ETA Hamburg 28 Jan")],
     lines=[("bamboo trays", 1500, "pcs", "1,500 pcs bamboo trays", "P10934"),
            ("bamboo bowls", 500, "pcs", "The 500 pcs bamboo bowls", "P10934")]),

dict(v="d9b_dales", lang="en", at="2026-11-02 12:00", subj="P10935 and P10936",
     text="""
Hi Sandra,

Two things, and I'm sorry both are unwelcome:

1. P10935 (printed tea towels): the screen for the robin design cracked and has been remade, so we now ship on Friday 20 November rather than Friday 13th. Delivery the following Tuesday, 24 November.

2. P10936 (aprons): from 1 December our cotton drill supplier puts up prices and we have to pass this on. As P10936 is scheduled to ship after that date, the aprons will be invoiced at £6.40 instead of £6.10 each (+4.9%).

Let me know if you would rather pull P10936 forward to ship before then at the old price.

Best wishes,
Gemma Hartley
Dales Textile Printers Ltd
""", end="Best wishes,", change="mixed", intent="delay", sec=["price_change", "question"],
     po=["P10935", "P10936"],
     commit=("2026-11-24", "Delivery the following Tuesday, 24 November"),
     dates=[("2026-11-20", "ship_date", "Friday 20 November"), ("2026-11-13", "other", "Friday 13th"),
            ("2026-11-24", "new_eta", "Tuesday, 24 November"), ("2026-12-01", "price_effective", "1 December")],
     prices=[dict(product="aprons", old=6.10, new=6.40, pct=4.9, cur="GBP", eff="2026-12-01",
                  quote="the aprons will be invoiced at £6.40 instead of £6.10 each (+4.9%)")],
     changes=[("P10935", "delay", "2026-11-24", None, "Delivery the following Tuesday, 24 November"),
              ("P10936", "price_change", None, None, "the aprons will be invoiced at £6.40 instead of £6.10 each (+4.9%)")]),

dict(v="lakeside", lang="en", at="2026-09-24 10:15", subj="RE: P10937 when will it land?",
     text="""
Hi Laura,

You asked when the grain-free kibble on P10937 will land. It ships from Joliet Monday 9/28 and the carrier gives us a delivery window of Wednesday 9/30 to Friday 10/2.

Amber

On Wed, Sep 23, 2026 at 3:12 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Amber, when will P10937 land with us? Laura
""", end="Amber\n\nOn", change="none", intent="confirmation", po=["P10937"],
     commit=("2026-10-02", "Friday 10/2"),
     dates=[("2026-09-28", "ship_date", "Monday 9/28"), ("2026-09-30", "range_start", "Wednesday 9/30"),
            ("2026-10-02", "range_end", "Friday 10/2")]),

dict(v="polska", lang="en", at="2026-11-24 09:20", subj="FW: P10938 glaze issue",
     text="""
Dear Tim, please read below from our QC. Short: P10938 stoneware mugs are on hold, no new date yet, I will come back on Friday with a date.

Best regards
Katarzyna Nowak
Polska Ceramika Sp. z o.o.

---------- Forwarded message ---------
From: Kontrola Jakości <qc@polskaceramika.pl>
Date: Tue, 24 Nov 2026, 08:41
Subject: P10938 glaze issue
To: Katarzyna Nowak <katarzyna.nowak@polskaceramika.pl>

Kasia, the glaze batch for P10938 (HHG-MUG-350) failed the lead release test on 23.11. All mugs are blocked. New glaze arrives earliest 1.12, then firing again, so the planned loading on 27.11 is not possible. Realistic loading not before 11.12, but I can not promise.
""", end="Best regards", change="date", intent="delay", po=["P10938"],
     dates=[("2026-11-27", "other", "on Friday"), ("2026-11-23", "other", "23.11"),
            ("2026-12-01", "other", "earliest 1.12"), ("2026-11-27", "other", "27.11"),
            ("2026-12-11", "ship_date", "not before 11.12")]),

dict(v="milano", lang="en", at="2026-10-06 11:30", subj="P10939 confirmation / P10940",
     text="""
Dear Laura,

I confirm the order P10939 (espresso cups and saucers) exactly as requested: ready 16/10, pick up by your forwarder on Monday 19/10, delivery Hamburg Friday 23/10.

For P10940 nothing new, delivery stays 6/11 as I wrote you last week.

Kind regards
Giulia Rossi
Milano Casa S.r.l.

On 29/09/2026 10:02, Giulia Rossi wrote:
> Dear Laura, P10940 (pasta bowls) will be late, the kiln is under repair, new delivery 6/11 instead of 16/10.
""", end="Kind regards", change="date", intent="confirmation", po=["P10939", "P10940"],
     commit=("2026-10-23", "delivery Hamburg Friday 23/10"),
     dates=[("2026-10-16", "other", "ready 16/10"), ("2026-10-19", "ship_date", "Monday 19/10"),
            ("2026-10-23", "confirmed_delivery", "Friday 23/10"), ("2026-11-06", "confirmed_delivery", "delivery stays 6/11"),
            ("2026-09-28", "other", "last week")],
     changes=[("P10939", "confirmation", "2026-10-23", None, "delivery Hamburg Friday 23/10"),
              ("P10940", "confirmation", "2026-11-06", None, "delivery stays 6/11")]),

dict(v="keystone", c=1, lang="en", at="2026-10-15 07:05", subj="KEYSTONE ORDERTRACK - weekly open order status",
     text="""
*** KEYSTONE ORDERTRACK - WEEKLY OPEN ORDER STATUS ***
Customer: HARTMANN HOME & GARDEN
Report date: 10/15/2026

PO       Line  Item      Qty   Ack'd Ship  Ack'd Deliv  Current Deliv  Status
P10941   1     KH-3301   120   10/20       10/26        10/26          ON TIME
P10941   2     KH-3305   60    10/20       10/26        10/26          ON TIME
P10942   1     KH-4410   300   11/02       11/09        11/09          ON TIME

No exceptions this week.
This report was generated automatically. Do not reply.
""", end="This report was generated automatically.", change="none", intent="confirmation",
     po=["P10941", "P10942"],
     commit=("2026-10-26", ("10/26", 1)),
     dates=[("2026-10-15", "other", "10/15/2026"),
            ("2026-10-20", "ship_date", ("10/20", 0)), ("2026-10-26", "confirmed_delivery", ("10/26", 0)),
            ("2026-10-26", "confirmed_delivery", ("10/26", 1)),
            ("2026-10-20", "ship_date", ("10/20", 1)), ("2026-10-26", "confirmed_delivery", ("10/26", 2)),
            ("2026-10-26", "confirmed_delivery", ("10/26", 3)),
            ("2026-11-02", "ship_date", "11/02"), ("2026-11-09", "confirmed_delivery", ("11/09", 0)),
            ("2026-11-09", "confirmed_delivery", ("11/09", 1))],
     lines=[("KH-3301", 120, None, "P10941   1     KH-3301   120   10/20       10/26        10/26          ON TIME", "P10941"),
            ("KH-3305", 60, None, "P10941   2     KH-3305   60    10/20       10/26        10/26          ON TIME", "P10941"),
            ("KH-4410", 300, None, "P10942   1     KH-4410   300   11/02       11/09        11/09          ON TIME", "P10942")],
     changes=[("P10941", "confirmation", "2026-10-26", None, "P10941   1     KH-3301   120   10/20       10/26        10/26          ON TIME"),
              ("P10942", "confirmation", "2026-11-09", None, "P10942   1     KH-4410   300   11/02       11/09        11/09          ON TIME")]),

dict(v="galway", lang="en", at="2026-10-21 15:20", subj="Re: P10943 - any chance earlier?",
     text="""
Hi Laura,

Good news on your question - we can pull P10943 forward. Instead of the 13 November on your order, the Aran cardigans will ship Monday 2 November and reach you on Thursday the 5th.

Orla

On Tue, 20 Oct 2026 at 09:30, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Orla, any chance of getting P10943 a week earlier than 13 November? Laura
""", end="Orla\n\nOn", change="date", intent="confirmation", po=["P10943"],
     commit=("2026-11-05", "reach you on Thursday the 5th"),
     dates=[("2026-11-13", "other", ("13 November", 0)), ("2026-11-02", "ship_date", "Monday 2 November"),
            ("2026-11-05", "confirmed_delivery", "Thursday the 5th")]),

dict(v="aussie", lang="en", at="2026-11-26 08:40", subj="RE: P10944 booking",
     text="""
Laura, sorry mate, scratch what Chloe said below - P10944 misses the boat on the 28th. Next sailing 12/12, ETA Hamburg 22/1.
Liam

On Mon, 23 Nov 2026 at 10:02, Chloe Nguyen <chloe.nguyen@aussieoutdoor.com.au> wrote:
> Hi Laura, P10944 is confirmed on the Maersk sailing 28/11, ETA Hamburg 8/1. Cheers, Chloe
""", end="Liam\n\nOn", change="date", intent="delay", po=["P10944"],
     commit=("2027-01-22", "ETA Hamburg 22/1"),
     dates=[("2026-11-28", "other", "the 28th"), ("2026-12-12", "ship_date", "12/12"),
            ("2027-01-22", "new_eta", "22/1")]),

dict(v="taipei", lang="en", at="2026-10-13 16:00", subj="P10945 schedule change",
     text="""
Dear Tim,

Regarding P10945 (USB-C cables 1m and 2m). Your PO required delivery KW 45 in Hamburg and we confirmed ETD Kaohsiung 25 Sep at that time. Because of the cable jacket material shortage, ETD is now 16 Oct and ETA Hamburg changes to week 48.

Sorry for the inconvenience.

Best regards,
Vivian Lin
Taipei Cable & Charger Corp.
""", end="Best regards,", change="date", intent="delay", po=["P10945"],
     commit=("2026-11-23", "ETA Hamburg changes to week 48"),
     dates=[("2026-11-02", "other", "KW 45"), ("2026-09-25", "other", "25 Sep"),
            ("2026-10-16", "ship_date", "16 Oct"), ("2026-11-23", "new_eta", "week 48")]),

dict(v="seoul", lang="en", at="2026-11-17 10:30", subj="P10946 shipped / P10947 cancel",
     text="""
Dear Mike,

P10946 (stainless pots) left Busan yesterday on HMM Garnet, B/L HDMU-D10E-448120, ETA Hamburg 29 Dec. This completes the order.

P10947 (nonstick pans 28cm): I am very sorry, our coating line for this model is stopped permanently by the environment authority, so we must cancel P10947. The deposit will be refunded to your account.

Best regards,
Ji-ho Park
Seoul Kitchenware Co., Ltd.
""", end="Best regards,", change="cancel", intent="cancellation", sec=["shipping_notice"],
     po=["P10946", "P10947"],
     commit=("2026-12-29", "ETA Hamburg 29 Dec"),
     dates=[("2026-11-16", "ship_date", "yesterday"), ("2026-12-29", "confirmed_delivery", "ETA Hamburg 29 Dec")],
     track=[("HMM", "HDMU-D10E-448120", "B/L HDMU-D10E-448120")],
     changes=[("P10946", "shipping_notice", "2026-12-29", None, "left Busan yesterday on HMM Garnet"),
              ("P10947", "cancellation", None, None, "we must cancel P10947")]),

dict(v="binhduong", lang="en", at="2026-09-18 14:00", subj="P10948 container booking - your choice",
     text="""
Dear Laura,

For P10948 (acacia dining tables) we are ready to book the container. Please advise which option you prefer:
A) ETD Cat Lai 2 Oct, full 40HC with P10948 only, 85% filled
B) wait for the P10949 chairs and consolidate, ETD Cat Lai 16 Oct

Kindly reply before Tuesday so we can book the space.

Best regards,
Le Thi Huong
Binh Duong Furniture Export JSC
""", end="Best regards,", change="none", intent="question", po=["P10948", "P10949"],
     dates=[("2026-10-02", "other", "ETD Cat Lai 2 Oct"), ("2026-10-16", "other", "ETD Cat Lai 16 Oct"),
            ("2026-09-22", "other", "before Tuesday")]),

dict(v="d9d_ontario", lang="en", at="2026-11-04 13:30", subj="FW: P10950",
     text="""
Hi Sandra - all good on P10950, see our shipping desk's note below. Delivery stays Nov 23.
Ryan

---------- Forwarded message ---------
From: Shipping Desk <shipping@greatlakeswoodcraft.ca>
Date: Wed, Nov 4, 2026 at 12:10 PM
Subject: P10950
To: Ryan MacDonald <ryan.macdonald@greatlakeswoodcraft.ca>

Ryan - P10950 cutting boards: finished 10/30, packed 11/3, container loads 11/6 at our dock, rail to Montreal, vessel ETD 11/9, ETA Antwerp 11/19, truck to Hamburg, delivery 11/23 as booked.
""", end="Ryan\n\n-----", change="none", intent="confirmation", po=["P10950"],
     commit=("2026-11-23", "Delivery stays Nov 23"),
     dates=[("2026-11-23", "confirmed_delivery", "Nov 23"), ("2026-10-30", "other", "10/30"),
            ("2026-11-03", "other", "packed 11/3"), ("2026-11-06", "ship_date", "container loads 11/6"),
            ("2026-11-09", "ship_date", "vessel ETD 11/9"), ("2026-11-19", "other", "ETA Antwerp 11/19"),
            ("2026-11-23", "confirmed_delivery", "delivery 11/23 as booked")]),

dict(v="lisbon", lang="en", at="2026-10-01 10:00", subj="Cork price list 2027",
     text="""
Dear Mike,

As announced at the fair in September, our cork price list changes on 1 January 2027. Please find the new prices below. Orders delivered until 31 December 2026, including your open P10951, keep the current prices.

Item        Description            Current   From 01.01.2027
LC-TR-30    Cork trivet 30cm       2,80      3,05
LC-BB-20    Cork board 20x30       4,10      4,40
LC-CO-06    Coaster set (6)        1,95      2,10

Best regards,
Ana Ferreira
Lisbon Cork Products Lda
""", end="Best regards,", change="price", intent="price_change", po=["P10951"],
     dates=[("2026-09-01", "other", "September"), ("2027-01-01", "price_effective", "1 January 2027"),
            ("2026-12-31", "other", "31 December 2026"), ("2027-01-01", "price_effective", "01.01.2027")],
     prices=[dict(product="LC-TR-30", old=2.80, new=3.05, cur="EUR", eff="2027-01-01",
                  quote="LC-TR-30    Cork trivet 30cm       2,80      3,05"),
             dict(product="LC-BB-20", old=4.10, new=4.40, cur="EUR", eff="2027-01-01",
                  quote="LC-BB-20    Cork board 20x30       4,10      4,40"),
             dict(product="LC-CO-06", old=1.95, new=2.10, cur="EUR", eff="2027-01-01",
                  quote="LC-CO-06    Coaster set (6)        1,95      2,10")]),

dict(v="texbright", c=1, lang="en", at="2026-11-05 09:10", subj="RE: revised PO P10952",
     text="""
Hi Laura, got your revised PO P10952 with the new quantities, thank you. I'll run it past planning and come back to you with dates by Monday 11/9.
Olivia

On Wed, Nov 4, 2026 at 5:20 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Olivia, attached the revised P10952, quantities up on the queen sheets. Please confirm dates. Laura
""", end="Olivia\n\nOn", change="none", intent="other", po=["P10952"],
     dates=[("2026-11-09", "other", "Monday 11/9")]),

dict(v="evergreen", lang="en", at="2026-10-22 11:45", subj="P10953 napkins - recap and new date",
     text="""
Laura,

Recap so we're on the same page on P10953:
- your PO asked for delivery 10/30
- we acknowledged 11/6 on 10/2 (you accepted)
- as of today the napkin converting line is down for a gearbox, so the new delivery is 11/13.

I'll keep you posted daily.

Bill Sutherland
Evergreen Paper Products Inc.
""", end="Bill Sutherland", change="date", intent="delay", po=["P10953"],
     commit=("2026-11-13", "the new delivery is 11/13"),
     dates=[("2026-10-30", "other", "10/30"), ("2026-11-06", "other", "11/6"),
            ("2026-10-02", "other", "10/2"), ("2026-10-22", "other", "today"),
            ("2026-11-13", "new_eta", "11/13")]),

dict(v="penang", lang="en", at="2026-11-10 17:00", subj="P10954 shipped - packing list",
     text="""
Dear Tim,

P10954 shipped today by sea, packing list attached. Balance will follow on the next vessel, about 2 weeks later.

Regards,
Tan Wei Ming
Penang Rubberware Sdn Bhd

--- attachment: PL-PRW-D10E-1110.pdf ---
PACKING LIST  PL-PRW-D10E-1110
PO: P10954     Ship date: 10-Nov-2026     ETD Port Klang / ETA Hamburg 15-Dec-2026
Item        Ordered   Shipped   Balance
PR-MAT-60   2,400     2,400     0
PR-MAT-90   1,600     1,000     600
Container: TCNU 774120-D10E
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10954"], vref=["PL-PRW-D10E-1110"],
     commit=("2026-12-15", "ETA Hamburg 15-Dec-2026"),
     dates=[("2026-11-10", "ship_date", "today"), ("2026-11-24", "ship_date", "about 2 weeks later"),
            ("2026-11-10", "ship_date", "10-Nov-2026"), ("2026-12-15", "confirmed_delivery", "15-Dec-2026")],
     lines=[("PR-MAT-60", 2400, None, "PR-MAT-60   2,400     2,400     0", "P10954"),
            ("PR-MAT-90", 1000, None, "PR-MAT-90   1,600     1,000     600", "P10954"),
            ("PR-MAT-90", 600, None, "PR-MAT-90   1,600     1,000     600", "P10954")],
     track=[(None, "TCNU 774120-D10E", "Container: TCNU 774120-D10E")]),

dict(v="d9a_mumbai", lang="en", at="2026-12-01 12:00", subj="Status of your 3 POs",
     text="""
Dear Sandra Madam,

Status of your 3 POs:

P10955 - steel tiffin boxes: dispatched complete on 28/11 by air, AWB 176-D10E-4471, delivery to your Hamburg warehouse by 03/12.
P10956 - brass diyas: 1,200 pcs are ready, we ship these on 05/12 with the sea consignment and the balance 800 pcs by 19/12.
P10957 - copper bottles: please confirm the logo artwork, production can start only after that.

Regards,
Suresh Iyer
Mumbai Brass & Steelware Pvt Ltd
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice", "question"],
     po=["P10955", "P10956", "P10957"],
     commit=("2026-12-03", "delivery to your Hamburg warehouse by 03/12"),
     dates=[("2026-11-28", "ship_date", "28/11"), ("2026-12-03", "confirmed_delivery", "03/12"),
            ("2026-12-05", "ship_date", "05/12"), ("2026-12-19", "ship_date", "19/12")],
     lines=[("brass diyas", 1200, "pcs", "1,200 pcs are ready", "P10956"),
            ("brass diyas", 800, "pcs", "the balance 800 pcs", "P10956")],
     track=[(None, "176-D10E-4471", "AWB 176-D10E-4471")],
     changes=[("P10955", "shipping_notice", "2026-12-03", None, "dispatched complete on 28/11 by air"),
              ("P10956", "partial_shipment", None, 800, "the balance 800 pcs by 19/12"),
              ("P10957", "question", None, None, "please confirm the logo artwork")]),

dict(v="d10e_midlands", lang="en", at="2026-11-27 14:00", subj="P10958 brackets",
     text="""
Mike,

The bracket order P10958 is packed and goes on the Palletways network Tuseday 1st Dec, so you should see it Thrusday 3rd Dec. Apologies it's a week later than the 26/11 we'd said, the powder coater let us down.

Craig
""", end="Craig", change="date", intent="delay", po=["P10958"],
     commit=("2026-12-03", "you should see it Thrusday 3rd Dec"),
     dates=[("2026-12-01", "ship_date", "Tuseday 1st Dec"), ("2026-12-03", "new_eta", "Thrusday 3rd Dec"),
            ("2026-11-26", "other", "26/11")]),

dict(v="alexandria", lang="en", at="2026-10-08 13:00", subj="RE: P10959 / P10960",
     text="""
Dear Mr. Tim,

Kindly note no change for P10959 bathrobes: as per our order confirmation, shipment by sea on 22/10 from Alexandria and arrival Hamburg port 4/11, delivered to your warehouse 6/11.

The delay we wrote about in September concerns only P10960 (towels), which is already delivered.

Best regards,
Ahmed Mansour
Alexandria Cotton Home Co. S.A.E.

On 15/09/2026 11:20, Ahmed Mansour wrote:
> Dear Mr. Tim, unfortunately P10960 will be delayed from 20/09 to 2/10 due to the cotton yarn. P10959 is not affected.
""", end="Best regards,", change="none", intent="confirmation", po=["P10959", "P10960"],
     commit=("2026-11-06", "delivered to your warehouse 6/11"),
     dates=[("2026-10-22", "ship_date", "22/10"), ("2026-11-04", "other", "4/11"),
            ("2026-11-06", "confirmed_delivery", "6/11"), ("2026-09-01", "other", "September")]),

dict(v="cascadia", lang="en", at="2026-12-01 10:30", subj="Re: P10961 backorder",
     text="""
Hi Tim,

To your question on the backorder from P10961: the remaining 240 cedar window boxes finish kiln drying Friday and ship 12/7. They should reach your Hamburg warehouse 12/28, give or take a day.

The 360 that went out on 11/10 are on the Maersk Essen, due Hamburg 12/2.

Brent
""", end="Brent", change="quantity", intent="partial_shipment", po=["P10961"],
     commit=("2026-12-28", "reach your Hamburg warehouse 12/28"),
     dates=[("2026-12-04", "other", "Friday"), ("2026-12-07", "ship_date", "ship 12/7"),
            ("2026-12-28", "new_eta", "12/28"), ("2026-11-10", "ship_date", "11/10"),
            ("2026-12-02", "confirmed_delivery", "due Hamburg 12/2")],
     lines=[("cedar window boxes", 240, None, "the remaining 240 cedar window boxes", "P10961"),
            ("cedar window boxes", 360, None, "The 360 that went out", "P10961")]),

dict(v="baltic", lang="en", at="2026-11-19 10:00", subj="RE: cancel P10962",
     text="""
Dear Laura,

We confirm the cancellation of P10962 (amber honey, delivery planned 3 December) as you asked yesterday. P10963 (smoked cheese) is not touched and will be delivered 10 December as confirmed.

Best regards
Tomas Kazlauskas
Baltic Amber Foods UAB
""", end="Best regards", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10962", "P10963"],
     commit=("2026-12-10", "delivered 10 December as confirmed"),
     dates=[("2026-12-03", "other", "3 December"), ("2026-11-18", "other", "yesterday"),
            ("2026-12-10", "confirmed_delivery", "10 December")],
     changes=[("P10962", "cancellation", None, None, "We confirm the cancellation of P10962"),
              ("P10963", "confirmation", "2026-12-10", None, "delivered 10 December as confirmed")]),

dict(v="dublinbiscuit", lang="en", at="2026-12-02 11:00", subj="Christmas opening hours - and your P10964",
     text="""
Dear Tim,

A quick note on our Christmas opening hours: our bakery and dispatch close from Wednesday 23 December and reopen on Monday 4 January. Orders placed after 11 December will be dispatched from 5 January.

Your current order P10964 is not affected and will be delivered on Thursday 17 December as confirmed.

Warm wishes from all of us at Dublin Biscuit,
Siobhan Murphy
Dublin Biscuit Company Ltd
""", end="Warm wishes", change="none", intent="confirmation", sec=["other"], po=["P10964"],
     commit=("2026-12-17", "will be delivered on Thursday 17 December as confirmed"),
     dates=[("2026-12-23", "other", "Wednesday 23 December"), ("2027-01-04", "other", "Monday 4 January"),
            ("2026-12-11", "other", "11 December"), ("2027-01-05", "other", "5 January"),
            ("2026-12-17", "confirmed_delivery", "Thursday 17 December")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-30 17:40", subj="Re: P10965",
     text="""
hi laura - po 10965 wont make fri, looking like next tues 10/6 now. sorry!! megan

sent from my iphone

On Wed, Sep 30, 2026 at 9:00 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Megan, P10965 still on for Friday 10/2?
""", end="sent from my iphone", change="date", intent="delay", po=["P10965"],
     commit=("2026-10-06", "looking like next tues 10/6 now"),
     dates=[("2026-10-02", "other", "fri"), ("2026-10-06", "new_eta", "next tues 10/6")]),

dict(v="d10e_foshan", c=1, lang="en", at="2026-12-10 10:00", subj="LED bulb price 2027 - P10966 / P10967",
     text="""
Dear Laura,

Because copper price increase a lot, from 1 Jan 2027 our LED bulbs price will increase 6%. For your open order P10966 (ETD 18 Dec) we keep old price. For P10967 (ETD 8 Jan) the new price apply: BW-E27-9W USD 1.18 to USD 1.25, BW-GU10-5W USD 0.96 to USD 1.02.

If you want we can ship P10967 together with P10966 on 18 Dec to keep old price, please let me know before 14 Dec.

Best regards
Tony Li
Foshan Brightway Lighting Co., Ltd.
""", end="Best regards", change="price", intent="price_change", sec=["question"], po=["P10966", "P10967"],
     dates=[("2027-01-01", "price_effective", "1 Jan 2027"), ("2026-12-18", "ship_date", "ETD 18 Dec"),
            ("2027-01-08", "ship_date", "ETD 8 Jan"), ("2026-12-18", "other", "on 18 Dec"),
            ("2026-12-14", "other", "before 14 Dec")],
     prices=[dict(product="LED bulbs", pct=6, eff="2027-01-01",
                  quote="from 1 Jan 2027 our LED bulbs price will increase 6%"),
             dict(product="BW-E27-9W", old=1.18, new=1.25, cur="USD", eff="2027-01-01",
                  quote="BW-E27-9W USD 1.18 to USD 1.25"),
             dict(product="BW-GU10-5W", old=0.96, new=1.02, cur="USD", eff="2027-01-01",
                  quote="BW-GU10-5W USD 0.96 to USD 1.02")],
     changes=[("P10966", "confirmation", None, None, "we keep old price"),
              ("P10967", "price_change", None, None, "For P10967 (ETD 8 Jan) the new price apply")]),

dict(v="d10e_lonestar", lang="en", at="2026-12-04 15:20", subj="FW: Pickup confirmation PRO 442-D10E-90318",
     text="""
Sandra - P10968 picked up this afternoon, complete, see XPO confirmation below. Should be at your Newark consolidator Wednesday.
Dustin

---------- Forwarded message ---------
From: XPO Logistics <noreply@xpo.com>
Date: Fri, Dec 4, 2026 at 2:47 PM
Subject: Pickup confirmation PRO 442-D10E-90318
To: Dustin Baker <dustin.baker@lonestarpatio.com>

Pickup confirmed
Shipper: Lone Star Patio Supply LLC, Dallas TX
Consignee ref: P10968
Pieces: 12 pallets   Weight: 8,640 lb
PRO: 442-D10E-90318
Picked up: 12/04/2026
Estimated delivery: 12/09/2026
""", end="Dustin\n\n-----", change="shipping", intent="shipping_notice", po=["P10968"],
     commit=("2026-12-09", "Should be at your Newark consolidator Wednesday"),
     dates=[("2026-12-04", "ship_date", "this afternoon"), ("2026-12-09", "confirmed_delivery", "Wednesday"),
            ("2026-12-04", "ship_date", "12/04/2026"), ("2026-12-09", "confirmed_delivery", "12/09/2026")],
     lines=[("pallets", 12, "pallets", "Pieces: 12 pallets", "P10968")],
     track=[("XPO", "442-D10E-90318", "PRO: 442-D10E-90318")]),

dict(v="oakridge", c=1, lang="en", at="2026-10-09 09:00", subj="P10969 - delivery date question",
     text="""
Hello Mike,

Your PO P10969 asks for delivery on 11/2, but your receiving calendar shows the Hamburg DC closed for inventory 11/2-11/3. Should we deliver Friday 10/30 or Wednesday 11/4 instead? Please let us know by Tuesday.

Oakridge Order Status
""", end="Oakridge Order Status", change="none", intent="question", po=["P10969"],
     dates=[("2026-11-02", "other", "delivery on 11/2"), ("2026-11-02", "other", "11/2-11/3"),
            ("2026-11-03", "other", "11/2-11/3"), ("2026-10-30", "other", "Friday 10/30"),
            ("2026-11-04", "other", "Wednesday 11/4"), ("2026-10-13", "other", "by Tuesday")]),

dict(v="d9b_buckeye", c=1, lang="en", at="2026-11-16 08:30", subj="Statement of account - Hartmann Home & Garden",
     text="""
Hello,

Please find attached our statement for October. Invoice BCK-INV-D10E-7781 for P10970 (due 11/20) and invoice BCK-INV-D10E-7790 for P10971 (due 12/4) remain open. Kindly arrange payment by the due dates.

Accounts Receivable
Buckeye Cookware Co.
""", end="Accounts Receivable\nBuckeye", change="none", intent="other", po=["P10970", "P10971"],
     vref=["BCK-INV-D10E-7781", "BCK-INV-D10E-7790"],
     dates=[("2026-10-01", "other", "October"), ("2026-11-20", "other", "due 11/20"),
            ("2026-12-04", "other", "due 12/4")]),

dict(v="sunshine", lang="en", at="2026-09-25 11:00", subj="P10972 Valencias - hail damage",
     text="""
Dear Laura,

Bad news on P10972. Our packhouse manager's note is below. The hail damage means we cannot supply the 20 pallets of Valencia oranges at all this season, so we have to cancel P10972 in full. The Navel oranges on P10973 are unaffected and load as planned.

Kind regards,
Thabo Nkosi
Sunshine Citrus Exports (Pty) Ltd

---------- Forwarded message ---------
From: Packhouse Citrusdal <packhouse@sunshinecitrus.co.za>
Date: Fri, 25 Sep 2026 at 08:15
Subject: hail damage Block 7/8
To: Thabo Nkosi <thabo.nkosi@sunshinecitrus.co.za>

Thabo, the hail on Tuesday wiped out Block 7 and 8 Valencias. Nothing exportable. Navels in Block 3 fine, packing 5/10, reefer loads 8/10 for Cape Town, vessel 12/10.
""", end="Kind regards,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10972", "P10973"],
     dates=[("2026-09-22", "other", "the hail on Tuesday"), ("2026-10-05", "other", "packing 5/10"),
            ("2026-10-08", "ship_date", "reefer loads 8/10"), ("2026-10-12", "ship_date", "vessel 12/10")],
     lines=[("Valencia oranges", 20, "pallets", "the 20 pallets of Valencia oranges", "P10972")],
     changes=[("P10972", "cancellation", None, 20, "we have to cancel P10972 in full"),
              ("P10973", "confirmation", None, None, "The Navel oranges on P10973 are unaffected and load as planned")]),

dict(v="binhduong", c=1, lang="en", at="2026-11-25 16:00", subj="RE: P10974 delay - shipped",
     text="""
Dear Laura,

After the delay we had in October, P10974 (acacia chairs, 480 pcs) is finally on board. Vessel CMA CGM Tage, ETD Cat Lai 24 Nov, ETA Hamburg 2 Jan 2027. Shipping documents attached.

Best regards,
Vo Quang Minh
Binh Duong Furniture Export JSC

On 14/10/2026 09:20, Vo Quang Minh wrote:
> Dear Laura, sorry P10974 is delay, the wood drying chamber broken, new ETD 24 Nov instead of 20 Oct, ETA Hamburg 2 Jan 2027.

--- attachment: ASN-BDF-D10E-2411.pdf ---
ADVANCE SHIPPING NOTICE  ASN-BDF-D10E-2411
PO: P10974   Qty: 480 pcs   Cartons: 240
Container: CMAU 661027-D10E   B/L: CMDU-SGN-D10E-5521
ETD: 24/11/2026   ETA: 02/01/2027
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P10974"],
     vref=["ASN-BDF-D10E-2411"],
     commit=("2027-01-02", ("ETA Hamburg 2 Jan 2027", 0)),
     dates=[("2026-10-01", "other", "October"), ("2026-11-24", "ship_date", "ETD Cat Lai 24 Nov"),
            ("2027-01-02", "confirmed_delivery", ("ETA Hamburg 2 Jan 2027", 0)),
            ("2026-11-24", "ship_date", "24/11/2026"), ("2027-01-02", "confirmed_delivery", "02/01/2027")],
     lines=[("acacia chairs", 480, "pcs", "acacia chairs, 480 pcs", "P10974")],
     track=[(None, "CMAU 661027-D10E", "Container: CMAU 661027-D10E"),
            (None, "CMDU-SGN-D10E-5521", "B/L: CMDU-SGN-D10E-5521")]),

dict(v="acme", c=1, lang="en", at="2026-09-09 13:30", subj="RE: P10975 line by line",
     text="""
Laura,

Line-by-line on P10975 as you asked. Your PO dates vs. what we can do now:

Item     Qty   PO date   Now
AH-301   120   9/21      9/21
AH-305   80    9/21      10/5
AH-310   200   9/28      9/28

So only the roasting pans (AH-305) move, two weeks. Everything else as ordered.

Dave

On Tue, Sep 8, 2026 at 4:45 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Dave, can you give me P10975 line by line? I hear the roasting pans are late.
""", end="Dave\n\nOn", change="date", intent="delay", po=["P10975"],
     commit=("2026-10-05", "10/5"),
     dates=[("2026-09-21", "other", ("9/21", 0)), ("2026-09-21", "confirmed_delivery", ("9/21", 1)),
            ("2026-09-21", "other", ("9/21", 2)), ("2026-10-05", "new_eta", "10/5"),
            ("2026-09-28", "other", ("9/28", 0)), ("2026-09-28", "confirmed_delivery", ("9/28", 1))]),

dict(v="ningbo", lang="en", at="2026-12-14 11:00", subj="P10976 status",
     text="""
Dear Laura,

Just to let you know, P10976 everything is normal, no change. Goods finish 18 Dec, inspection 21 Dec, loading 23 Dec, ETD Ningbo 26 Dec, ETA Hamburg 1 Feb. This is before Chinese New Year so no risk.

Our office close 1 Jan for New Year holiday, only one day.

Best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards", change="none", intent="confirmation", po=["P10976"],
     commit=("2027-02-01", "ETA Hamburg 1 Feb"),
     dates=[("2026-12-18", "other", "18 Dec"), ("2026-12-21", "other", "21 Dec"),
            ("2026-12-23", "ship_date", "loading 23 Dec"), ("2026-12-26", "ship_date", "ETD Ningbo 26 Dec"),
            ("2027-02-01", "confirmed_delivery", "1 Feb"), ("2027-01-01", "other", "close 1 Jan")]),

dict(v="polska", c=1, lang="en", at="2026-12-11 10:00", subj="P10977 dinner plates - options",
     text="""
Dear Tim,

P10977 dinner plates: we cannot deliver in KW 51 as confirmed. We can offer either (a) 50% in KW 51 and the rest in KW 2, or (b) everything together in KW 2. Which do you prefer? Without answer we do (b), delivery Monday 11 January.

Best regards
Piotr Wisniewski
Polska Ceramika Sp. z o.o.
""", end="Best regards", change="date", intent="delay", sec=["question"], po=["P10977"],
     commit=("2027-01-11", "delivery Monday 11 January"),
     dates=[("2026-12-14", "other", ("KW 51", 0)), ("2026-12-14", "other", ("KW 51", 1)),
            ("2027-01-11", "other", "rest in KW 2"), ("2027-01-11", "other", "together in KW 2"),
            ("2027-01-11", "new_eta", "Monday 11 January")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-12-08 10:00", subj="P10978 sent",
     text="""
Hi Laura, P10978 went out with DHL Express this morning, AWB 88 D10E 4410 27. All 6 cartons, order complete. DHL says Friday 11 Dec to Hamburg. Cheers, Sophie
""", end="Cheers, Sophie", change="shipping", intent="shipping_notice", po=["P10978"],
     commit=("2026-12-11", "DHL says Friday 11 Dec to Hamburg"),
     dates=[("2026-12-08", "ship_date", "this morning"), ("2026-12-11", "confirmed_delivery", "Friday 11 Dec")],
     lines=[("cartons", 6, "cartons", "All 6 cartons", "P10978")],
     track=[("DHL Express", "88 D10E 4410 27", "AWB 88 D10E 4410 27")]),

dict(v="pacific", c=1, lang="en", at="2026-10-19 09:00", subj="New contact for your account",
     text="""
Hi Tim,

Quick intro - I'm taking over your account from Lena, who starts maternity leave on Friday 10/23. She's back in April. Your open orders (P10979 and P10980) stay as confirmed, nothing changes on dates.

Chris Alvarez
Pacific Coast Coffee Roasters
""", end="Chris Alvarez\nPacific", change="none", intent="other", po=["P10979", "P10980"],
     dates=[("2026-10-23", "other", "Friday 10/23"), ("2027-04-01", "other", "April")]),

dict(v="d9b_moradabad", lang="en", at="2026-10-30 14:00", subj="Revised dates P10981 / P10982",
     text="""
Dear Mike Sir,

Please note revised dates for both your orders:

P10981 brass lanterns - originally ETD 30/10, now ETD 13/11, ETA Hamburg 18/12.
P10982 brass candle stands - originally ETD 6/11, now ETD 20/11, ETA Hamburg 24/12.

Reason is the electroplating unit closed 5 days for Diwali and the pollution restrictions in NCR.

Regards,
Vikram Agarwal
Moradabad Brassware Exports
""", end="Regards,", change="date", intent="delay", po=["P10981", "P10982"],
     commit=("2026-12-18", "ETA Hamburg 18/12"),
     dates=[("2026-10-30", "other", "30/10"), ("2026-11-13", "ship_date", "13/11"),
            ("2026-12-18", "new_eta", "18/12"), ("2026-11-06", "other", "6/11"),
            ("2026-11-20", "ship_date", "20/11"), ("2026-12-24", "new_eta", "24/12")],
     changes=[("P10981", "delay", "2026-12-18", None, "originally ETD 30/10, now ETD 13/11, ETA Hamburg 18/12"),
              ("P10982", "delay", "2026-12-24", None, "originally ETD 6/11, now ETD 20/11, ETA Hamburg 24/12")]),

dict(v="d9b_cluj", lang="en", at="2026-11-09 12:00", subj="Re: P10983 questions",
     text="""
Hello Sandra, my answers inline.

> When will P10983 (oak shelves) be delivered? It was confirmed for 13.11.
Unfortunately not 13.11. The oil finish needs more drying in this cold weather. Delivery will be Thursday 19.11.
> Can the wall brackets come earlier, separately?
No, they are packed together with the shelves, sorry.

Andrei
""", end="\n\nAndrei", change="date", intent="delay", po=["P10983"],
     commit=("2026-11-19", "Delivery will be Thursday 19.11"),
     dates=[("2026-11-13", "other", "not 13.11"), ("2026-11-19", "new_eta", "Thursday 19.11")]),

dict(v="highland", c=1, lang="en", at="2026-12-07 13:00", subj="FW: P10984",
     text="""
Tim - from our despatch team below. Short: 3 of 4 lines of P10984 went today, the reed diffusers follow Monday 14th.
Ewan

---------- Forwarded message ---------
From: Despatch <despatch@highlandcandles.co.uk>
Date: Mon, 7 Dec 2026 at 12:31
Subject: P10984
To: Ewan Grant <ewan.grant@highlandcandles.co.uk>

Ewan, P10984 away with DPD this morning, 3 of 4 lines, 14 cartons, consignment 1550-D10E-3328-0071. Should deliver Hamburg Thursday 10th. Reed diffusers (HC-RD-100, 240 units) short from the bottle supplier, we'll send them Monday 14th, 2-3 working days to Hamburg.
""", end="Ewan\n\n-----", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10984"],
     commit=("2026-12-17", "2-3 working days to Hamburg"),
     dates=[("2026-12-07", "ship_date", "today"), ("2026-12-14", "ship_date", ("Monday 14th", 0)),
            ("2026-12-07", "ship_date", "this morning"), ("2026-12-10", "confirmed_delivery", "Thursday 10th"),
            ("2026-12-14", "ship_date", ("Monday 14th", 1)), ("2026-12-16", "range_start", "2-3 working days"),
            ("2026-12-17", "range_end", "2-3 working days")],
     lines=[("cartons", 14, "cartons", "14 cartons", "P10984"),
            ("HC-RD-100", 240, "units", "HC-RD-100, 240 units", "P10984")],
     track=[("DPD", "1550-D10E-3328-0071", "consignment 1550-D10E-3328-0071")]),

dict(v="d9b_ostrava", lang="en", at="2026-09-16 10:00", subj="Order confirmation P10985",
     text="""
Dear Laura,

Order confirmation for P10985 attached. All 4 items confirmed as ordered, delivery in week 42 (12-16 October) to your Hamburg DC. Pick-up at our works on Friday 9 October.

Best regards,
Petr Novák
Ostrava Glassworks s.r.o.

--- attachment: OC-OGW-D10E-0916.pdf ---
ORDER CONFIRMATION OC-OGW-D10E-0916
Your order: P10985 of 11.09.2026
Pos  Article         Qty    Delivery
1    OG-WG-250       600    KW 42
2    OG-WG-400       600    KW 42
3    OG-TB-300       360    KW 42
4    OG-CR-1000      120    KW 42
""", end="Best regards,", change="none", intent="confirmation", po=["P10985"], vref=["OC-OGW-D10E-0916"],
     commit=("2026-10-16", "delivery in week 42 (12-16 October)"),
     dates=[("2026-10-12", "confirmed_delivery", "week 42"), ("2026-10-12", "range_start", "12-16 October"),
            ("2026-10-16", "range_end", "12-16 October"), ("2026-10-09", "ship_date", "Friday 9 October"),
            ("2026-09-11", "other", "11.09.2026"),
            ("2026-10-12", "confirmed_delivery", ("KW 42", 0)), ("2026-10-12", "confirmed_delivery", ("KW 42", 1)),
            ("2026-10-12", "confirmed_delivery", ("KW 42", 2)), ("2026-10-12", "confirmed_delivery", ("KW 42", 3))],
     lines=[("OG-WG-250", 600, None, "1    OG-WG-250       600    KW 42", "P10985"),
            ("OG-WG-400", 600, None, "2    OG-WG-400       600    KW 42", "P10985"),
            ("OG-TB-300", 360, None, "3    OG-TB-300       360    KW 42", "P10985"),
            ("OG-CR-1000", 120, None, "4    OG-CR-1000      120    KW 42", "P10985")]),

dict(v="anatolia", lang="en", at="2026-11-03 11:00", subj="P10986 surcharge",
     text="""
Dear Sandra,

Because the cotton yarn price jumped, we must add 3.5% surcharge on the open order P10986 (hotel towels). Delivery stays 27/11 as confirmed, no change there. Please confirm the surcharge so we can go ahead.

Kind regards
Mehmet Yilmaz
Anatolia Textiles A.S.
""", end="Kind regards", change="price", intent="price_change", sec=["question"], po=["P10986"],
     commit=("2026-11-27", "Delivery stays 27/11 as confirmed"),
     dates=[("2026-11-27", "confirmed_delivery", "27/11")],
     prices=[dict(pct=3.5, quote="add 3.5% surcharge on the open order P10986")]),

dict(v="lahore", c=1, lang="en", at="2026-11-20 10:00", subj="Change of bank account",
     text="""
Dear Sir/Madam,

Please note that from 1 December 2026 our company bank account changes to Meezan Bank, IBAN PK36 MEZN 0000 1234 5678 9012. Payment for invoice LLM-INV-D10E-2290 (your P10987), due 15/12, should be made to the new account.

Regards,
Accounts Department
Lahore Linen Mills (Pvt) Ltd
""", end="Regards,", change="none", intent="other", po=["P10987"], vref=["LLM-INV-D10E-2290"],
     dates=[("2026-12-01", "other", "1 December 2026"), ("2026-12-15", "other", "due 15/12")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-12-15 10:30", subj="RE: P10988 - firm date?",
     text="""
Hi Mike,

Yes - we can commit to 01/08 for P10988. The snowshoes ship from Montreal on 12/22, sail 12/26 and we have the trucker booked for the Hamburg leg, delivery Friday Jan 8.

Karen

________________________________
From: Mike Osei <mike.osei@hhg-retail.com>
Sent: Monday, December 14, 2026 4:12 PM
To: Karen Singh
Subject: P10988 - firm date?

Karen, can you give me a firm delivery date for P10988? We were told 'early January' and the winter promo starts 1/11.
""", end="Karen\n\n_____", change="none", intent="confirmation", po=["P10988"],
     commit=("2027-01-08", "delivery Friday Jan 8"),
     dates=[("2027-01-08", "confirmed_delivery", "01/08"), ("2026-12-22", "ship_date", "12/22"),
            ("2026-12-26", "ship_date", "sail 12/26"), ("2027-01-08", "confirmed_delivery", "Friday Jan 8")]),
]
