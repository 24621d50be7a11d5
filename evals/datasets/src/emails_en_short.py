# ruff: noqa: E501 - email text is data
"""Short and messy English: one-liners and phone replies, chat-like messages without
punctuation, replies on top of long quoted threads, forwarded vendor-internal notes with a
line on top, subjects that say one thing and new text another, portal notifications.
Hand-written and hand-labelled."""

EMAILS = [
dict(v="greenthumb", lang="en", at="2026-11-10 08:15", subj="Re: P04800 delay?",
     text="""
no delay, all good. trucks loading thursday, you'll have it monday

Sent from my iPhone

On Mon, Nov 9, 2026 at 4:02 PM, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Randy, heard from your rep there might be a delay on P04800 (the raised bed kits). Is the 11/16 delivery still on?
""", end="Sent from my iPhone", change="none", intent="confirmation", po=["P04800"],
     commit=("2026-11-16", "you'll have it monday"),
     dates=[("2026-11-12", "ship_date", "thursday"), ("2026-11-16", "confirmed_delivery", "monday")]),

dict(v="acme", c=1, lang="en", at="2026-10-06 11:02", subj="P04801",
     text="""
P04801 wont make 10/9, looking like 10/20 now. sorry

-Dave
""", end="-Dave", change="date", intent="delay", po=["P04801"],
     commit=("2026-10-20", "looking like 10/20 now"),
     dates=[("2026-10-09", "other", "10/9"), ("2026-10-20", "new_eta", "10/20")]),

dict(v="oakridge", c=1, lang="en", at="2026-11-19 07:30", subj="Your order P04802 has shipped",
     text="""
Oakridge Furniture Co. - Order Status Update

Your order has shipped complete.

PO Number: P04802
Sales Order: OFC-SO-30418
Ship Date: 11/19/2026
Carrier: XPO Logistics
PRO: 571-0093385
Estimated Delivery: 11/24/2026 - 11/26/2026

Items:
12 x OF-BENCH-OAK   Oak entry bench 120cm
8 x OF-SHELF-5T     5-tier ladder shelf walnut

This mailbox is not monitored. For questions contact your sales representative.
""", end="This mailbox is not monitored.", change="shipping", intent="shipping_notice",
     po=["P04802"], vref=["OFC-SO-30418"],
     commit=("2026-11-26", "Estimated Delivery: 11/24/2026 - 11/26/2026"),
     dates=[("2026-11-19", "ship_date", "11/19/2026"), ("2026-11-24", "range_start", "11/24/2026"),
            ("2026-11-26", "range_end", "11/26/2026")],
     lines=[("OF-BENCH-OAK", 12, None, "12 x OF-BENCH-OAK   Oak entry bench 120cm", "P04802"),
            ("OF-SHELF-5T", 8, None, "8 x OF-SHELF-5T     5-tier ladder shelf walnut", "P04802")],
     track=[("XPO Logistics", "571-0093385", "PRO: 571-0093385")]),

dict(v="highland", lang="en", at="2026-10-21 15:40", subj="RE: P04803 - cancel?",
     text="""
Hi Sandra, yes that's fine, P04803 is cancelled our end. Nothing had been poured yet so no charge.

Cheers,
Fiona

-----Original Message-----
From: Sandra Klein
Sent: 21 October 2026 09:12
To: Fiona MacLeod
Subject: P04803 - cancel?

Fiona, we need to cancel P04803 (the 600 pillar candles for 12 Nov), our store opening in Lübeck was postponed to spring. Is that still possible?
""", end="Cheers,", change="cancel", intent="cancellation", po=["P04803"]),

dict(v="cleanco", lang="en", at="2026-11-02 10:00", subj="price update",
     text="""
Morning Tim,

Heads up - the 5L floor cleaner (CC-FLR-5L) goes from £7.40 to £7.95 a unit from 1st December, bottle costs again. Applies to P04804 too if it's not delivered by then, which it won't be.

Gary
""", end="Gary", change="price", intent="price_change", po=["P04804"],
     dates=[("2026-12-01", "price_effective", "1st December")],
     prices=[dict(product="CC-FLR-5L", old=7.40, new=7.95, cur="GBP", eff="2026-12-01",
                  quote="goes from £7.40 to £7.95 a unit from 1st December")]),

dict(v="voltix", c=1, lang="en", at="2026-09-15 14:20", subj="P04805 carton mark",
     text="""
hi Mike
for P04805 carton mark use same as last time or new logo? pls reply today we print tomorrow
thx
Kevin
""", end="thx", change="none", intent="question", po=["P04805"],
     dates=[("2026-09-15", "other", "today"), ("2026-09-16", "other", "tomorrow")]),

dict(v="mapleleaf", lang="en", at="2026-10-28 13:10", subj="Re: P04806",
     text="""
Shipped 40 of the 64 kayak paddles today, rest (24) end of next week. Tracking to follow

Sent from my phone
""", end="Sent from my phone", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04806"], commit=("2026-11-06", "rest (24) end of next week"),
     dates=[("2026-10-28", "ship_date", "today"), ("2026-11-06", "new_eta", "end of next week")],
     lines=[("kayak paddles", 40, None, "Shipped 40 of the 64 kayak paddles", "P04806"),
            ("kayak paddles", 24, None, "rest (24)", "P04806")]),

dict(v="sparkle", lang="en", at="2026-09-08 09:45", subj="Re: P04807 revised delivery address",
     text="""
Got it, thanks Laura - will pass to our despatch team.

Hannah

On 7 Sep 2026, at 17:31, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hi Hannah, please note P04807 must now go to our Hamburg-Billbrook warehouse, not Allermöhe. Delivery date stays 24 Sept.
""", end="Hannah\n\nOn", change="none", intent="other", po=["P04807"]),

dict(v="ningbo", c=1, lang="en", at="2026-11-24 10:05", subj="Re: Re: P04808 order confirm",
     text="""
Dear Tim, sorry update: P04808 glass jars ETD change to KW 50, ETA Hamburg around 15 Jan. Mold crack in factory, new mold take time.

Leo

-----Original Message-----
From: Leo Wang
Sent: 2026-10-30 16:22
To: Tim Brandt
Subject: Re: P04808 order confirm

Dear Tim, confirm P04808, 4800 pcs glass storage jar 1L, ETD Ningbo 20 Nov, ETA Hamburg 28 Dec.

> Leo, please confirm P04808 and the dates.
""", end=("Leo", 0), change="date", intent="delay", po=["P04808"],
     commit=("2027-01-15", "ETA Hamburg around 15 Jan"),
     dates=[("2026-12-07", "ship_date", "KW 50"), ("2027-01-15", "new_eta", "15 Jan")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-10-13 09:00", subj="P04809 on its way",
     text="""
Hi Laura, P04809 (all 180 throws) left Auckland today on the Maersk Kotka, ETA Hamburg 24 Nov. BL no. MAEU219044871, copy attached.

Cheers
Sophie
""", end="Cheers", change="shipping", intent="shipping_notice", po=["P04809"],
     commit=("2026-11-24", "ETA Hamburg 24 Nov"),
     dates=[("2026-10-13", "ship_date", "today"), ("2026-11-24", "confirmed_delivery", "24 Nov")],
     lines=[("wool throws", 180, None, "all 180 throws", "P04809")],
     track=[("Maersk", "MAEU219044871", "BL no. MAEU219044871")]),

dict(v="evergreen", c=1, lang="en", at="2026-09-22 12:00", subj="Order Acknowledgement EPP-OA-55821 / Your PO P04810",
     text="""
ORDER ACKNOWLEDGEMENT - Evergreen Paper Products Inc.
Your PO: P04810
Our Order: EPP-OA-55821
Order Date: 09/21/2026

Item           Description                     Qty     Ship Date    Delivery
EP-NAP-2PLY    Dinner napkins 2-ply white      400 cs  10/05/2026   10/09/2026
EP-TWL-KR      Kraft hand towels               250 cs  10/05/2026   10/09/2026

All items confirmed as ordered.
This is a system generated message - replies are not monitored.
""", end="This is a system generated message", change="none", intent="confirmation",
     po=["P04810"], vref=["EPP-OA-55821"],
     commit=("2026-10-09", ("10/09/2026", 1)),
     dates=[("2026-09-21", "other", "09/21/2026"),
            ("2026-10-05", "ship_date", ("10/05/2026", 0)), ("2026-10-09", "confirmed_delivery", ("10/09/2026", 0)),
            ("2026-10-05", "ship_date", ("10/05/2026", 1)), ("2026-10-09", "confirmed_delivery", ("10/09/2026", 1))],
     lines=[("EP-NAP-2PLY", 400, "cs", "EP-NAP-2PLY    Dinner napkins 2-ply white      400 cs  10/05/2026   10/09/2026", "P04810"),
            ("EP-TWL-KR", 250, "cs", "EP-TWL-KR      Kraft hand towels               250 cs  10/05/2026   10/09/2026", "P04810")]),

dict(v="anatolia", lang="en", at="2026-10-05 16:00", subj="Re: P04811 price",
     text="""
Dear Sandra yes we must add 6% on P04811 cotton towels, yarn price up very much this month. Sorry for this. From next order maybe normal again

Mehmet

On Mon, 5 Oct 2026 at 10:11, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Hi, your proforma for P04811 shows higher prices than our PO, is that a mistake?
""", end="Mehmet", change="price", intent="price_change", po=["P04811"],
     prices=[dict(product="cotton towels", pct=6, quote="add 6% on P04811 cotton towels")]),

dict(v="lakeside", lang="en", at="2026-12-03 09:30", subj="RE: P04812 delayed?",
     text="""
Not delayed - we can't supply it at all, sorry. The 15lb senior formula was discontinued by the plant last month. Please treat P04812 as cancelled; I'll send the cancellation confirmation from the system today.

Amber Nielsen
Lakeside Pet Foods
""", end="Amber Nielsen", change="cancel", intent="cancellation", po=["P04812"],
     dates=[("2026-12-03", "other", "today")]),

dict(v="brightline", c=1, lang="en", at="2026-11-11 14:55", subj="Re: P04813 new date",
     text="""
Tim - quick one, can we split P04813? 300 now, 200 on the new date, or do you want to wait for all 500 together? Let me know by Friday

Tom

On 10 Nov 2026, at 16:40, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> OK understood, 8 Dec instead of 20 Nov. Not great but noted.
>
>> On 10 Nov 2026, Tom Okafor wrote:
>> Tim, P04813 LED desk lamps slip to 8 Dec, driver IC shortage.
""", end=("Tom", 0), change="none", intent="question", po=["P04813"],
     dates=[("2026-11-13", "other", "Friday")],
     lines=[("LED desk lamps", 300, None, "300 now", "P04813"),
            ("LED desk lamps", 200, None, "200 on the new date", "P04813")]),

dict(v="schwarzwald", c=1, lang="en", at="2026-11-16 08:40", subj="FW: P04814 Messerblöcke",
     text="""
Laura, see below from our production - sorry. New delivery date would be 4 December.

Sabine

---------- Forwarded message ---------
From: Produktion Schwarzwald <produktion@schwarzwald-hw.de>
Date: Fri, Nov 13, 2026 at 17:02
Subject: P04814 Messerblöcke

Sabine, the beech wood for the knife blocks of P04814 arrived wet, we must dry it again. Finish earliest KW 48, so shipping 1.12. at the earliest.
""", end=("Sabine", 0), change="date", intent="delay", po=["P04814"],
     commit=("2026-12-04", "New delivery date would be 4 December"),
     dates=[("2026-12-04", "new_eta", "4 December"), ("2026-11-23", "other", "KW 48"),
            ("2026-12-01", "ship_date", "1.12.")]),
]
