# ruff: noqa: E501 - email text is data
"""English, round 11 (branch d11a): the pair the classifier confuses most, delay against
confirmation, about half of each, written so that the surface words point the wrong way.
Confirmations that mention a problem already solved, that quote the buyer's worry about
lateness, that confirm a date the buyer asked for (pull-ins and buyer-requested moves), that
say "no change" or "no delay"; delays that say "we confirm" or "confirmed new date", that
apologise without the word delay, that move a date by a few days, that give only a calendar
week later than the quoted one, or that say the goods will be later than planned without a
new date. US, Canadian, UK, Irish, Australian, New Zealand and Asian exporters' English, with
quoted history, forwarded warehouse and forwarder mail, acknowledgement attachments, several
orders per email, calendar weeks, ranges, relative dates and month-first numeric dates from
US and Canadian vendors. Hand-written and hand-labelled by reading each email; no extractor
or classifier produced the labels."""

EMAILS = [
dict(v="acme", lang="en", at="2026-11-30 09:15", subj="RE: P11000 customs hold?",
     text="""
Hi Laura,

Quick update on P11000. The customs issue is sorted - CBP released the container Friday once our broker fixed the commercial invoice, so we are on track for 12/3 at your Newark consolidator, same as we told you. No change to quantities either.

Thanks,
Jessica

Jessica Moreno
Acme Home Goods Inc.

On Sun, Nov 29, 2026 at 6:02 AM Laura Jensen wrote:
> Jessica, any news on the customs hold for P11000? We really can't afford another late delivery this month. Laura
""", end="Thanks,\nJessica", change="none", intent="confirmation", po=["P11000"],
     commit=("2026-12-03", "we are on track for 12/3"),
     dates=[("2026-11-27", "other", "Friday"), ("2026-12-03", "confirmed_delivery", "12/3")]),

dict(v="d9a_carolina", lang="en", at="2026-10-14 11:40", subj="P11001 - revised schedule",
     text="""
Hello Mike,

We confirm the new ship date for P11001 (porch rockers) is 10/30, with delivery to your NJ forwarder 11/4. The original 10/21 delivery is not achievable because our finishing line has been down for a full repaint of the booth. Apologies for the trouble.

Dwayne Pickett
Carolina Porch & Patio Co.
""", end="Dwayne Pickett", change="date", intent="delay", po=["P11001"],
     commit=("2026-11-04", "delivery to your NJ forwarder 11/4"),
     dates=[("2026-10-30", "ship_date", "10/30"), ("2026-11-04", "new_eta", "11/4"),
            ("2026-10-21", "other", "10/21")]),

dict(v="highland", lang="en", at="2026-11-10 14:05", subj="RE: P11002 - will it be late again?",
     text="""
Hi Laura,

You asked whether the candles on P11002 will be late like last year's Christmas order - they won't. Wax is in, wicks are in and the pour finished yesterday. Delivery stays on Thursday 19 November as per your order.

Kind regards,
Fiona

Fiona MacLeod
Highland Candle Works Ltd

On Mon, 9 Nov 2026 at 16:20, Laura Jensen wrote:
> Fiona, last Christmas the candles came two weeks late and we missed the promo. Is P11002 going to be on time for 19 November? Laura
""", end="Kind regards,\nFiona", change="none", intent="confirmation", po=["P11002"],
     commit=("2026-11-19", "Delivery stays on Thursday 19 November"),
     dates=[("2026-11-09", "other", "yesterday"), ("2026-11-19", "confirmed_delivery", ("Thursday 19 November", 0))]),

dict(v="cleanco", lang="en", at="2026-10-05 10:30", subj="P11003 mop buckets",
     text="""
Morning Tim,

I'm really sorry, I owe you an apology on P11003. The mop buckets won't make it to you this Friday as promised - our moulder let us down on the handles. Earliest we can get them to Hamburg now is Wednesday 14 October. Again, sorry, I know you had a promo planned around them.

Gary
""", end="Gary", change="date", intent="delay", po=["P11003"],
     commit=("2026-10-14", "Earliest we can get them to Hamburg now is Wednesday 14 October"),
     dates=[("2026-10-09", "other", "this Friday"), ("2026-10-14", "new_eta", "Wednesday 14 October")]),

dict(v="texbright", lang="en", at="2026-09-16 15:20", subj="RE: P11004 - can you deliver later?",
     text="""
Hi Sandra,

No problem at all. We've moved P11004 to 10/12 as you requested, instead of 10/5. Consider it confirmed, the new date is in our system and on the attached acknowledgement.

Marcus

--- attachment: TXB-ACK-D11A-4004-R1.pdf ---
SALES ORDER ACKNOWLEDGEMENT (REVISED)   TXB-ACK-D11A-4004-R1
Customer PO: P11004
Item        Qty   Delivery
TXB-PC-S    500   10/12/2026   (changed at customer request)

On Tue, Sep 15, 2026 at 3:10 PM Sandra Klein wrote:
> Marcus, our warehouse is full in the first week of October. Could you deliver P11004 on 10/12 instead? Sandra
""", end=("Marcus", 0), change="date", intent="confirmation", po=["P11004"], vref=["TXB-ACK-D11A-4004-R1"],
     commit=("2026-10-12", "We've moved P11004 to 10/12 as you requested"),
     dates=[("2026-10-12", "confirmed_delivery", ("10/12", 0)), ("2026-10-05", "other", "10/5"),
            ("2026-10-12", "confirmed_delivery", "10/12/2026")],
     lines=[("TXB-PC-S", 500, None, "TXB-PC-S    500   10/12/2026", "P11004")]),

dict(v="voltix", lang="en", at="2026-11-02 17:10", subj="PO P11005 confirmed new date",
     text="""
Dear Sandra,

Good day! For PO P11005 power bank 10000mAh, confirmed new date: ETD Shenzhen 18 Nov, ETA Hamburg 22 Dec. Original ETD 4 Nov can not make because battery cell supplier late delivery to us. Sorry for inconvenience caused.

Best regards
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards", change="date", intent="delay", po=["P11005"],
     commit=("2026-12-22", "ETA Hamburg 22 Dec"),
     dates=[("2026-11-18", "ship_date", "18 Nov"), ("2026-12-22", "new_eta", "22 Dec"),
            ("2026-11-04", "other", "4 Nov")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-23 09:00", subj="RE: P11006 rail strike",
     text="""
Hi Mike, re your note on P11006: no change, the ice scrapers still deliver 12/04 as confirmed. They're already at the port in Montreal, the strike didn't touch them. Karen

On Sun, Nov 22, 2026 at 8:14 PM Mike Osei wrote:
> Karen, I hear there are rail strikes in Canada - is P11006 going to be late?
""", end="Karen\n", change="none", intent="confirmation", po=["P11006"],
     commit=("2026-12-04", "still deliver 12/04 as confirmed"),
     dates=[("2026-12-04", "confirmed_delivery", "12/04")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-10-20 10:15", subj="P11007 arrival",
     text="""
Kia ora Sandra,

Small one: the wool throws on P11007 will land in Hamburg on 2 December, not 27 November - the vessel has been rerouted through Singapore for a crew change and lost a few days. Everything else is the same.

Nga mihi,
Sophie
""", end="Nga mihi,", change="date", intent="delay", po=["P11007"],
     commit=("2026-12-02", "will land in Hamburg on 2 December"),
     dates=[("2026-12-02", "new_eta", "2 December"), ("2026-11-27", "other", "27 November")]),

dict(v="pennine", lang="en", at="2026-10-26 11:00", subj="P11008",
     text="""
Tim,

P11008 planters - kiln schedule's slipped. We'd said week 46, it'll be week 48 now. Sorry.

Dave
""", end="Dave", change="date", intent="delay", po=["P11008"],
     commit=("2026-11-23", "it'll be week 48 now"),
     dates=[("2026-11-09", "other", "week 46"), ("2026-11-23", "new_eta", "week 48")]),

dict(v="acme", c=1, lang="en", at="2026-11-11 16:40", subj="P11009 roasting pans - heads up",
     text="""
Laura, heads up: P11009 (enamel roasting pans) will be later than planned. Our coating supplier has a furnace problem and can't give us a restart date yet. I'll come back with a firm date once I have one, hopefully by Monday.

Dave
""", end="Dave", change="date", intent="delay", po=["P11009"],
     dates=[("2026-11-16", "other", "by Monday")]),

dict(v="ningbo", lang="en", at="2026-09-08 10:00", subj="OC for P11010",
     text="""
Dear Laura,

Sorry for late reply, we had typhoon and office closed 2 days, now everything normal and no influence on your order. Please find order confirmation of P11010 attached, all items as your order, delivery CW41 Hamburg.

Best regards,
Amy Chen
Ningbo Homeware Trading Co., Ltd.

--- attachment: NB-OC-D11A-0908.pdf ---
ORDER CONFIRMATION   NB-OC-D11A-0908
PO: P11010           Date: 2026-09-08
Item                        Qty    Price      ETD          ETA Hamburg
NB-ST-12 Storage tin 12cm   3000   USD 0.82   2026-09-18   2026-10-05
NB-ST-16 Storage tin 16cm   2000   USD 1.05   2026-09-18   2026-10-05
""", end="Best regards,", change="none", intent="confirmation", po=["P11010"], vref=["NB-OC-D11A-0908"],
     commit=("2026-10-05", "delivery CW41 Hamburg"),
     dates=[("2026-10-05", "confirmed_delivery", "CW41"), ("2026-09-08", "other", "2026-09-08"),
            ("2026-09-18", "ship_date", ("2026-09-18", 0)), ("2026-10-05", "confirmed_delivery", ("2026-10-05", 0)),
            ("2026-09-18", "ship_date", ("2026-09-18", 1)), ("2026-10-05", "confirmed_delivery", ("2026-10-05", 1))],
     lines=[("NB-ST-12", 3000, None, "NB-ST-12 Storage tin 12cm   3000   USD 0.82   2026-09-18   2026-10-05", "P11010"),
            ("NB-ST-16", 2000, None, "NB-ST-16 Storage tin 16cm   2000   USD 1.05   2026-09-18   2026-10-05", "P11010")]),

dict(v="evergreen", c=1, lang="en", at="2026-12-01 13:25", subj="P11011 - following our call",
     text="""
Hi Sandra,

Following up on our call - I can confirm that P11011 will now deliver on Monday 12/14 rather than Thursday 12/10. The mill shorted us on kraft stock and the next roll arrives Friday. My apologies for the back and forth.

Tanya Brooks
Evergreen Paper Products Inc.
""", end="Tanya Brooks", change="date", intent="delay", po=["P11011"],
     commit=("2026-12-14", "P11011 will now deliver on Monday 12/14"),
     dates=[("2026-12-14", "new_eta", "Monday 12/14"), ("2026-12-10", "other", "Thursday 12/10"),
            ("2026-12-04", "other", "Friday")]),

dict(v="galway", lang="en", at="2026-10-07 12:00", subj="RE: urgent: P11012 late?",
     text="""
Hi Sandra,

No delay at all on our side - I know your subject line says 'late?' but P11012 is knitted, steamed and sitting in the packing room. It will be with you on 16 October, as confirmed in our acknowledgement.

All the best,
Orla

On Tue 6 Oct 2026, 17:45 Sandra Klein wrote:
> Orla, our forwarder says he has no booking for P11012 yet. Is it late? We need it by 16 October for the store openings.
""", end="All the best,", change="none", intent="confirmation", po=["P11012"],
     commit=("2026-10-16", "It will be with you on 16 October"),
     dates=[("2026-10-16", "confirmed_delivery", ("16 October", 0))]),

dict(v="lakeside", lang="en", at="2026-11-18 10:10", subj="Order status P11013 / P11014",
     text="""
Hi Tim,

Status on your two open orders:

P11013 (dog chews) - on schedule, delivers 12/2 as confirmed.
P11014 (cat treats) - the turkey lot failed our QA hold test, so we are re-running it. New delivery 12/16 instead of 12/4.

Let me know if you need anything else.

Amber Nielsen
Lakeside Pet Foods Inc.
""", end="Amber Nielsen", change="date", intent="delay", sec=["confirmation"], po=["P11013", "P11014"],
     commit=("2026-12-02", "delivers 12/2 as confirmed"),
     dates=[("2026-12-02", "confirmed_delivery", "12/2"), ("2026-12-16", "new_eta", "12/16"),
            ("2026-12-04", "other", "12/4")],
     changes=[("P11013", "confirmation", "2026-12-02", None, "P11013 (dog chews) - on schedule, delivers 12/2 as confirmed"),
              ("P11014", "delay", "2026-12-16", None, "New delivery 12/16 instead of 12/4")]),

dict(v="sparkle", lang="en", at="2026-11-04 09:45", subj="RE: P11015 - any chance earlier?",
     text="""
Hi Laura, good news - we can bring P11015 forward as you asked. The wine glasses will now be delivered Tuesday 10 November instead of the 17th. Confirmed with the haulier this morning. Hannah

On 3 Nov 2026, at 15:02, Laura Jensen wrote:
> Hannah, could P11015 come a week earlier than the 17th? Laura
""", end="Hannah\n", change="date", intent="confirmation", po=["P11015"],
     commit=("2026-11-10", "will now be delivered Tuesday 10 November"),
     dates=[("2026-11-10", "confirmed_delivery", "Tuesday 10 November"), ("2026-11-17", "other", ("the 17th", 0)),
            ("2026-11-04", "other", "this morning")]),

dict(v="d10b_tirupur", lang="en", at="2026-10-22 18:30", subj="PO P11016 - revised ETA",
     text="""
Dear Sir/Madam,

Greetings from Tirupur!!

With reference to PO no P11016 we wish to confirm that due to Diwali holidays and labour shortage the goods will be ready for shipment only by 10th Nov and ETA Hamburg will be 12th Dec instead of 28th Nov as per earlier confirmed. Kindly bear with us and amend your records accordingly.

Thanks & regards
Karthik Subramanian
Tirupur Knit Home Textiles Pvt Ltd
""", end="Thanks & regards", change="date", intent="delay", po=["P11016"],
     commit=("2026-12-12", "ETA Hamburg will be 12th Dec"),
     dates=[("2026-11-10", "other", "10th Nov"), ("2026-12-12", "new_eta", "12th Dec"),
            ("2026-11-28", "other", "28th Nov")]),

dict(v="oakridge", lang="en", at="2026-09-24 08:50", subj="P11017 confirmation",
     text="""
Laura,

The lumber shortage I warned you about on P11017 in my last email turned out to be a non-issue; our yard found the white oak after all. So we're confirming the order exactly as placed:

Item         Qty   Delivery
OR-BN-48     20    10/22
OR-ST-18     60    10/22

Travis Lund
Oakridge Furniture Co.
""", end="Travis Lund", change="none", intent="confirmation", po=["P11017"],
     commit=("2026-10-22", "OR-BN-48     20    10/22"),
     dates=[("2026-10-22", "confirmed_delivery", ("10/22", 0)), ("2026-10-22", "confirmed_delivery", ("10/22", 1))],
     lines=[("OR-BN-48", 20, None, "OR-BN-48     20    10/22", "P11017"),
            ("OR-ST-18", 60, None, "OR-ST-18     60    10/22", "P11017")]),

dict(v="d10e_lonestar", lang="en", at="2026-11-05 14:00", subj="P11018 fire pits",
     text="""
Laura - P11018 fire pits. Production pushed us back: we quoted week of 11/16 for delivery, best now is week of 11/30. Sorry for the hassle. Dustin
""", end="Dustin", change="date", intent="delay", po=["P11018"],
     commit=("2026-11-30", "best now is week of 11/30"),
     dates=[("2026-11-16", "other", "week of 11/16"), ("2026-11-30", "new_eta", "week of 11/30")]),

dict(v="aussie", lang="en", at="2026-11-26 10:00", subj="RE: Red Sea - P11019",
     text="""
G'day Sandra,

Saw your note that a couple of your other suppliers are running late with the Red Sea diversions. Not us - P11019 went round the Cape from the start, the vessel is keeping schedule and ETA Hamburg is still 7 January. Nothing's changed on our end.

Cheers,
Liam

Liam O'Brien
Aussie Outdoor Gear Pty Ltd
""", end="Cheers,\nLiam", change="none", intent="confirmation", po=["P11019"],
     commit=("2027-01-07", "ETA Hamburg is still 7 January"),
     dates=[("2027-01-07", "confirmed_delivery", "7 January")]),

dict(v="brightline", lang="en", at="2026-12-03 15:10", subj="FW: P11020",
     text="""
Hi Tim,

See below from our warehouse, P11020 can't go out tomorrow as we hoped. Apologies - revised delivery is Wednesday 9 December.

Sarah

---------- Forwarded message ---------
From: Warehouse <warehouse@brightline-electronics.co.uk>
Date: Thu, 3 Dec 2026 at 14:52
Subject: P11020
To: Sarah Whitfield

Sarah - the LED strip lights for P11020 failed outgoing QC (wrong connector). Rework tomorrow and Monday, dispatch Tuesday 8/12, delivery Hamburg Wednesday 9/12.
""", end=("Sarah", 0), change="date", intent="delay", po=["P11020"],
     commit=("2026-12-09", "revised delivery is Wednesday 9 December"),
     dates=[("2026-12-04", "other", ("tomorrow", 0)), ("2026-12-09", "new_eta", "Wednesday 9 December"),
            ("2026-12-04", "other", ("tomorrow", 1)), ("2026-12-07", "other", "Monday"),
            ("2026-12-08", "ship_date", "Tuesday 8/12"), ("2026-12-09", "new_eta", "Wednesday 9/12")]),
]
