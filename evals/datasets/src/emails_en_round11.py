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
dict(v="d11a_cotswold", lang="en", at="2026-09-29 11:20", subj="RE: P11021 - willow crop",
     text="""
Dear Laura,

Thank you for your email. I quite understand the worry after the wet summer, but our own willow beds did well, the harvest is in and stripped, and the weavers started on your baskets this week. P11021 will be delivered on 23 October, as set out in our confirmation. The log baskets go with the rest, nothing will be split.

With kind regards,
Harriet Cole
Cotswold Willow Baskets Ltd

On Mon, 28 Sep 2026 at 09:12, Laura Jensen wrote:
> Harriet, we read that the willow crop was poor after the wet summer. Will P11021 still make 23 October, or should we plan for a delay?
""", end="With kind regards,", change="none", intent="confirmation", po=["P11021"],
     commit=("2026-10-23", "P11021 will be delivered on 23 October"),
     dates=[("2026-09-28", "other", "this week"), ("2026-10-23", "confirmed_delivery", ("23 October", 0))]),

dict(v="d11a_ohio", c=1, lang="en", at="2026-10-19 10:05", subj="Order P11022 - Schedule Confirmation",
     text="""
Dear Valued Customer,

We are pleased to confirm that your order P11022 has been rescheduled. Your new estimated delivery date is 11/13/2026 (previously 11/06/2026). This change is due to a temporary capacity constraint at our enameling furnace.

Thank you for your patience and for your business.

Customer Care
Ohio Valley Enamelware Inc.
""", end="Thank you for your patience", change="date", intent="delay", po=["P11022"],
     commit=("2026-11-13", "Your new estimated delivery date is 11/13/2026"),
     dates=[("2026-11-13", "new_eta", "11/13/2026"), ("2026-11-06", "other", "11/06/2026")]),

dict(v="d11a_chennai", lang="en", at="2026-11-16 16:45", subj="PO P11023 - Chennai rains",
     text="""
Dear Mike,

Good afternoon. Regarding the news about the Chennai rains, kindly note our factory in Ambattur was not affected and there is no delay expected in PO P11023. Production completed as per plan and final inspection was done on 12-Nov. Vessel ETD Chennai 21-Nov-2026 and ETA Hamburg 24-Dec-2026 as confirmed in our PI. BL copy will follow once vessel sails.

Warm regards,
Lakshmi Narayanan
Coromandel Home Exports Pvt Ltd
""", end="Warm regards,", change="none", intent="confirmation", po=["P11023"],
     commit=("2026-12-24", "ETA Hamburg 24-Dec-2026 as confirmed"),
     dates=[("2026-11-12", "other", "12-Nov"), ("2026-11-21", "ship_date", "21-Nov-2026"),
            ("2026-12-24", "confirmed_delivery", "24-Dec-2026")]),

dict(v="keystone", lang="en", at="2026-12-02 09:30", subj="P11024 dutch ovens",
     text="""
Laura,

Re P11024: the 3 qt saucepans and the lids are fine for 12/9. The 5 qt dutch ovens will follow on 12/11, two days later, because the last carton lot came in crushed and we're repacking them. We can also hold everything and deliver in one drop on the 11th if your dock prefers that - just say which.

Rachel Dunn
Keystone Housewares Distribution Inc.
""", end="Rachel Dunn", change="date", intent="delay", sec=["question"], po=["P11024"],
     commit=("2026-12-11", "will follow on 12/11"),
     dates=[("2026-12-09", "confirmed_delivery", "12/9"), ("2026-12-11", "new_eta", "12/11"),
            ("2026-12-11", "other", "the 11th")]),

dict(v="d10a_plains", lang="en", at="2026-10-08 13:10", subj="RE: P11025 griddles",
     text="""
Hi Tim,

The backorder on the cast iron griddles that held up P11025 cleared this morning - our inbound truck from the foundry finally showed up. So we are back on the original plan: ships 10/13, delivers to your consolidator 10/16. Sorry for the scare in my last email.

Kayla

On Fri, Oct 2, 2026 at 4:30 PM Kayla Hoffman wrote:
> Tim, heads up, the griddles on P11025 are backordered at the foundry, so P11025 may slip past 10/16. Will update. Kayla
""", end=("Kayla", 0), change="none", intent="confirmation", po=["P11025"],
     commit=("2026-10-16", "delivers to your consolidator 10/16"),
     dates=[("2026-10-08", "other", "this morning"), ("2026-10-13", "ship_date", "10/13"),
            ("2026-10-16", "confirmed_delivery", ("10/16", 0))]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-11-12 09:20", subj="P11026 shortbread",
     text="""
Dear Mike,

I'm sorry to be the bearer of this one. The shortbread tins for P11026 were meant to reach you Monday 16 November, but our printer has run short of the tartan lids and we can only pack on Friday. They'll now arrive with you on Thursday 19 November. I do apologise, it's not like us.

Kind regards,
Declan Byrne
Dublin Biscuit Company Ltd
""", end="Kind regards,", change="date", intent="delay", po=["P11026"],
     commit=("2026-11-19", "They'll now arrive with you on Thursday 19 November"),
     dates=[("2026-11-16", "other", "Monday 16 November"), ("2026-11-13", "other", "on Friday"),
            ("2026-11-19", "new_eta", "Thursday 19 November")]),

dict(v="seoul", lang="en", at="2026-10-13 15:00", subj="RE: P11027 delay?",
     text="""
Dear Sandra,

Thank you for your mail. About your concern of delay for P11027, we checked with production team and logistics team. No problem, schedule is same as before. ETD Busan 23 Oct, ETA Hamburg 28 Nov. We will send shipping documents after loading.

Best regards,
Ji-ho Park
Seoul Kitchenware Co., Ltd.

-----Original Message-----
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: Monday, October 12, 2026 6:40 PM
Subject: P11027 delay?

Dear Ji-ho, we hear Busan port is congested. Will P11027 be delayed? Regards, Sandra
""", end="Best regards,", change="none", intent="confirmation", po=["P11027"],
     commit=("2026-11-28", "ETA Hamburg 28 Nov"),
     dates=[("2026-10-23", "ship_date", "23 Oct"), ("2026-11-28", "confirmed_delivery", "28 Nov")]),

dict(v="taipei", lang="en", at="2026-10-28 11:30", subj="P11028 booking rolled",
     text="""
Hi Laura,

Kindly be informed the booking for P11028 is rolled by carrier to next vessel, ETD Kaohsiung changes from 30 Oct to 6 Nov. So ETA Hamburg will be 14 Dec (original 7 Dec). Cargo is ready, only vessel issue. Please update your system.

Vivian
""", end="Vivian", change="date", intent="delay", po=["P11028"],
     commit=("2026-12-14", "ETA Hamburg will be 14 Dec"),
     dates=[("2026-10-30", "other", "30 Oct"), ("2026-11-06", "ship_date", "6 Nov"),
            ("2026-12-14", "new_eta", "14 Dec"), ("2026-12-07", "other", "7 Dec")]),

dict(v="greenthumb", lang="en", at="2026-09-10 08:15", subj="RE: P11029 still on?",
     text="""
On Wed, Sep 9, 2026 at 5:40 PM Mike Osei wrote:
> Randy, is P11029 still on for 9/24 or is it going to slip like P11030?

Still on for 9/24, confirmed. P11030 is the one with the problem, I'll send you its new date separately.

> Thanks, Mike

-Randy
""", end="\n\n> Thanks, Mike", change="none", intent="confirmation", po=["P11029", "P11030"],
     commit=("2026-09-24", "Still on for 9/24, confirmed"),
     dates=[("2026-09-24", "confirmed_delivery", ("9/24", 1))]),

dict(v="greenthumb", lang="en", at="2026-09-10 08:40", subj="P11030 - new date",
     text="""
Mike,

As promised, P11030 (raised bed kits): our cedar supplier shorted us, so the new date is 10/8, two weeks behind the 9/24 we had. P11029 not affected, that one's confirmed for 9/24.

-Randy
""", end="-Randy", change="date", intent="delay", sec=["confirmation"], po=["P11030", "P11029"],
     commit=("2026-10-08", "the new date is 10/8"),
     dates=[("2026-10-08", "new_eta", "10/8"), ("2026-09-24", "other", ("9/24", 0)),
            ("2026-09-24", "confirmed_delivery", ("9/24", 1))],
     changes=[("P11030", "delay", "2026-10-08", None, "the new date is 10/8"),
              ("P11029", "confirmation", "2026-09-24", None, "that one's confirmed for 9/24")]),

dict(v="d9d_perth", lang="en", at="2026-11-19 14:10", subj="P11031 - courtesy note",
     text="""
Hi Sandra,

Just a courtesy note on P11031 - with the bushfires closing the Great Eastern Highway our jarrah boards won't be coming out of the mill on time, so the order will land with you later than we planned. Too early to say by how much; I'll have a clearer picture after the road reopens, they're saying Tuesday.

Cheers,
Bronwyn
""", end="Cheers,", change="date", intent="delay", po=["P11031"],
     dates=[("2026-11-24", "other", "Tuesday")]),

dict(v="d10a_munster", c=1, lang="en", at="2026-11-02 15:30", subj="Open orders P11032 and P11033",
     text="""
Hi Laura,

Confirming both open orders:
- P11032 tea towels: delivery Friday 13 November, as ordered.
- P11033 aprons: delivery Friday 20 November, the revised date you agreed with Aoife on the phone.
Nothing else has moved.

Customer Service
Munster Kitchen Textiles Ltd
""", end="Customer Service", change="date", intent="confirmation", po=["P11032", "P11033"],
     commit=("2026-11-13", "P11032 tea towels: delivery Friday 13 November, as ordered"),
     dates=[("2026-11-13", "confirmed_delivery", "Friday 13 November"),
            ("2026-11-20", "confirmed_delivery", "Friday 20 November")],
     changes=[("P11032", "confirmation", "2026-11-13", None, "P11032 tea towels: delivery Friday 13 November, as ordered"),
              ("P11033", "confirmation", "2026-11-20", None, "P11033 aprons: delivery Friday 20 November")]),

dict(v="d10e_midlands", lang="en", at="2026-09-21 10:00", subj="Order acknowledgement P11034 - confirmed",
     text="""
Hi Tim,

Order acknowledgement for P11034 attached. Please note the confirmed date column - the 50mm padlocks are on allocation from our supplier.

Regards,
Craig

--- attachment: MHS-OA-D11A-7712.pdf ---
ORDER ACKNOWLEDGEMENT   MHS-OA-D11A-7712
Your ref: P11034        Date: 21/09/2026
Item       Description          Qty   Requested    Confirmed
MH-PL-40   Padlock 40mm brass   600   05/10/2026   05/10/2026
MH-PL-50   Padlock 50mm brass   400   05/10/2026   26/10/2026
MH-HS-10   Hasp & staple        300   05/10/2026   05/10/2026
""", end="Regards,", change="date", intent="delay", sec=["confirmation"], po=["P11034"], vref=["MHS-OA-D11A-7712"],
     commit=("2026-10-26", "26/10/2026"),
     dates=[("2026-09-21", "other", "21/09/2026"),
            ("2026-10-05", "other", ("05/10/2026", 0)), ("2026-10-05", "confirmed_delivery", ("05/10/2026", 1)),
            ("2026-10-05", "other", ("05/10/2026", 2)), ("2026-10-26", "new_eta", "26/10/2026"),
            ("2026-10-05", "other", ("05/10/2026", 3)), ("2026-10-05", "confirmed_delivery", ("05/10/2026", 4))],
     lines=[("MH-PL-40", 600, None, "MH-PL-40   Padlock 40mm brass   600   05/10/2026   05/10/2026", "P11034"),
            ("MH-PL-50", 400, None, "MH-PL-50   Padlock 50mm brass   400   05/10/2026   26/10/2026", "P11034"),
            ("MH-HS-10", 300, None, "MH-HS-10   Hasp & staple        300   05/10/2026   05/10/2026", "P11034")]),

dict(v="cascadia", lang="en", at="2026-10-01 16:20", subj="RE: P11035",
     text="""
Sorry for the late reply, Laura - been out at the mill all week. P11035 is good to go: 10/15 delivery stands, all 150 cedar planters. Brent
""", end="Brent", change="none", intent="confirmation", po=["P11035"],
     commit=("2026-10-15", "10/15 delivery stands"),
     dates=[("2026-10-15", "confirmed_delivery", "10/15")],
     lines=[("cedar planters", 150, None, "all 150 cedar planters", "P11035")]),

dict(v="lahore", lang="en", at="2026-10-09 12:00", subj="P11036 shipment schedule",
     text="""
Dear Laura,

Hope you are fine. We confirm the shipment schedule for P11036 as below:

Bed linen sets - ETD Karachi week 44 (earlier advised week 42)
ETA Hamburg approx week 49

Reason is power outages at the dyeing house due to load-shedding. We are trying our level best to recover some days.

Best Regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="Best Regards,", change="date", intent="delay", po=["P11036"],
     commit=("2026-11-30", "ETA Hamburg approx week 49"),
     dates=[("2026-10-26", "ship_date", "week 44"), ("2026-10-12", "other", "week 42"),
            ("2026-11-30", "new_eta", "week 49")]),

dict(v="pacific", lang="en", at="2026-11-09 10:40", subj="RE: FW: Shipment delayed notification",
     text="""
Hi Sandra,

That 'shipment delayed' notice the carrier sent you isn't yours - their system copied the wrong customer, sorry about that. Your P11037 coffee is roasted, packed and booked as scheduled for delivery to the Newark consolidator Thursday 11/12, no change.

Lena
""", end="Lena", change="none", intent="confirmation", po=["P11037"],
     commit=("2026-11-12", "delivery to the Newark consolidator Thursday 11/12"),
     dates=[("2026-11-12", "confirmed_delivery", "Thursday 11/12")]),

dict(v="siam", lang="en", at="2026-11-03 15:00", subj="P11038 revised schedule confirmed",
     text="""
Dear Tim,

Revised schedule for P11038 is confirmed as below. Our rattan weaving team was reduced due to the flood in Ayutthaya province, so we need some more days.

- Finish production: 20 Nov
- ETD Laem Chabang: 27 Nov (before 13 Nov)
- ETA Hamburg: between 28 Dec and 4 Jan

Sorry for this.

Best regards,
Somchai
""", end="Best regards,", change="date", intent="delay", po=["P11038"],
     commit=("2027-01-04", "between 28 Dec and 4 Jan"),
     dates=[("2026-11-20", "other", "20 Nov"), ("2026-11-27", "ship_date", "27 Nov"),
            ("2026-11-13", "other", "13 Nov"), ("2026-12-28", "range_start", "28 Dec"),
            ("2027-01-04", "range_end", "4 Jan")]),

dict(v="d9b_dales", lang="en", at="2026-10-15 09:10", subj="P11039 - dyes arrived",
     text="""
Hi Sandra,

Good news on P11039: the dye delay I flagged on Monday is resolved - the reactive dyes arrived yesterday and the cushion covers are printing today. We're keeping the original date, delivery Tuesday 27 October.

Best,
Gemma
""", end="Best,", change="none", intent="confirmation", po=["P11039"],
     commit=("2026-10-27", "delivery Tuesday 27 October"),
     dates=[("2026-10-12", "other", "on Monday"), ("2026-10-14", "other", "yesterday"),
            ("2026-10-15", "other", "today"), ("2026-10-27", "confirmed_delivery", "Tuesday 27 October")]),

dict(v="d9d_ontario", lang="en", at="2026-12-07 11:50", subj="P11040 pickup moved",
     text="""
Hi Mike,

Small change on P11040: the freight consolidator moved our pickup to 12/10, so delivery slides from 12/14 to 12/17. Everything's packed and ready to go.

Thanks,
Ryan

On Thu, Nov 26, 2026 at 9:00 AM Ryan MacDonald wrote:
> Mike, P11040 confirmed, delivery 12/14.
""", end="Thanks,\nRyan", change="date", intent="delay", po=["P11040"],
     commit=("2026-12-17", "delivery slides from 12/14 to 12/17"),
     dates=[("2026-12-10", "ship_date", "12/10"), ("2026-12-14", "other", ("12/14", 0)),
            ("2026-12-17", "new_eta", "12/17")]),

dict(v="d10a_fraser", lang="en", at="2026-10-26 09:05", subj="P11041",
     text="""
Hello Laura,

Confirming P11041 for delivery on 11/20, the date you asked for. I know we were late on your spring order; we've since added a second potting line, so capacity isn't a concern this time.

Harpreet Gill
Fraser Valley Garden Products Ltd.
""", end="Harpreet Gill", change="none", intent="confirmation", po=["P11041"],
     commit=("2026-11-20", "Confirming P11041 for delivery on 11/20"),
     dates=[("2026-11-20", "confirmed_delivery", "11/20")]),

dict(v="d9b_buckeye", lang="en", at="2026-09-14 14:30", subj="RE: New PO P11042",
     text="""
Laura,

P11042 is confirmed, thanks for the order. Heads up though, our earliest is 10/26, not the 10/12 on your PO - the stockpot line is booked solid until mid-October.

Kyle
""", end="Kyle", change="date", intent="delay", po=["P11042"],
     commit=("2026-10-26", "our earliest is 10/26"),
     dates=[("2026-10-26", "new_eta", "10/26"), ("2026-10-12", "other", "10/12"),
            ("2026-10-15", "other", "mid-October")]),
dict(v="d10a_moreton", lang="en", at="2026-12-08 09:30", subj="FW: HHG / P11043 - port strike",
     text="""
Hi Tim,

Forwarding the latest from our forwarder. The port strike was called off and P11043 keeps its booked vessel after all, so nothing changes for you - delivery to Hamburg 18 January as confirmed.

Shane

---------- Forwarded message ---------
From: Export Ops <ops@qldfreight.com.au>
Date: Tue, 8 Dec 2026 at 08:55
Subject: RE: HHG / P11043
To: Shane Kelly

Shane - strike called off, terminal working normally again. Container QLDU-D11A-448812 is gated in and remains booked on MSC Arina, ETD Brisbane 12 Dec, ETA Hamburg 14 Jan, on-carriage to consignee's warehouse 18 Jan.
""", end=("Shane", 0), change="none", intent="confirmation", po=["P11043"],
     commit=("2027-01-18", "delivery to Hamburg 18 January as confirmed"),
     dates=[("2027-01-18", "confirmed_delivery", "18 January"), ("2026-12-12", "ship_date", "12 Dec"),
            ("2027-01-14", "other", "14 Jan"), ("2027-01-18", "confirmed_delivery", ("18 Jan", 1))],
     track=[("MSC", "QLDU-D11A-448812", "Container QLDU-D11A-448812")]),

dict(v="d11a_cotswold", lang="en", at="2026-11-24 16:10", subj="P11044 hamper baskets",
     text="""
Dear Laura,

I'm afraid I have to eat my words from last Tuesday. Two of our weavers have been off with flu and the hamper baskets for P11044 will not be finished in time for the van on Thursday. I have rebooked the carrier for Tuesday 1/12, so they'll be with you on Thursday 3/12 rather than Monday 30/11. Very sorry indeed.

With kind regards,
Harriet
""", end="With kind regards,", change="date", intent="delay", po=["P11044"],
     commit=("2026-12-03", "they'll be with you on Thursday 3/12"),
     dates=[("2026-11-17", "other", "last Tuesday"), ("2026-11-26", "other", ("on Thursday", 0)),
            ("2026-12-01", "ship_date", "Tuesday 1/12"), ("2026-12-03", "new_eta", "Thursday 3/12"),
            ("2026-11-30", "other", "Monday 30/11")]),

dict(v="d11a_ohio", lang="en", at="2026-10-26 13:15", subj="RE: P11045 two questions",
     text="""
On Mon, Oct 26, 2026 at 11:02 AM Tim Brandt wrote:
> Brandon, two things on P11045:
> 1. Can you deliver in week 47 instead of week 49?

Yes - we can do week 47. Confirmed, I've changed it in our system.

> 2. Are the mugs still packed 6 per carton?

Yes, 6 per carton as before.

> Thanks, Tim

Brandon
""", end="\n\n> Thanks, Tim", change="date", intent="confirmation", po=["P11045"],
     commit=("2026-11-16", "we can do week 47"),
     dates=[("2026-11-16", "confirmed_delivery", ("week 47", 1))]),

dict(v="evergreen", lang="en", at="2026-11-20 09:00", subj="Open orders - Hartmann",
     text="""
Sandra,

Open order report attached as usual. One thing to flag: P11047 is now confirmed for wk 51, our napkin converter is down waiting for parts.

Bill

--- attachment: EPP-OpenOrders-D11A-1120.pdf ---
PO       Status      Orig. delivery   Confirmed delivery
P11046   Confirmed   wk 49            wk 49
P11047   Confirmed   wk 49            wk 51
""", end="Bill", change="date", intent="delay", sec=["confirmation"], po=["P11047", "P11046"],
     commit=("2026-12-14", "P11047 is now confirmed for wk 51"),
     dates=[("2026-12-14", "new_eta", ("wk 51", 0)), ("2026-11-30", "other", ("wk 49", 0)),
            ("2026-11-30", "confirmed_delivery", ("wk 49", 1)), ("2026-11-30", "other", ("wk 49", 2)),
            ("2026-12-14", "new_eta", ("wk 51", 1))],
     changes=[("P11047", "delay", "2026-12-14", None, "P11047 is now confirmed for wk 51"),
              ("P11046", "confirmation", "2026-11-30", None, "P11046   Confirmed   wk 49            wk 49")]),

dict(v="polska", lang="en", at="2026-10-06 14:20", subj="P11048 kiln",
     text="""
Dear Mr Brandt,

In our previous email we informed you about the kiln breakdown. Good information: kiln is repaired since Saturday and we are producing again. We can keep the confirmed delivery date for P11048, it is 23.10.2026, no change. Also the mugs are already glazed.

Best regards
Katarzyna Nowak
Polska Ceramika Sp. z o.o.
""", end="Best regards", change="none", intent="confirmation", po=["P11048"],
     commit=("2026-10-23", "it is 23.10.2026, no change"),
     dates=[("2026-10-03", "other", "since Saturday"), ("2026-10-23", "confirmed_delivery", "23.10.2026")]),

dict(v="hanoi", lang="en", at="2026-11-11 16:00", subj="P11049 confirm delivery week",
     text="""
Dear Laura,

We would like to confirm the bamboo trays for P11049 will be delivered in week 2/2027 instead of week 52. The reason is rainy season so the bamboo drying take longer than normally. We are very sorry and hope for your understanding.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC
""", end="Best regards,", change="date", intent="delay", po=["P11049"],
     commit=("2027-01-11", "will be delivered in week 2/2027"),
     dates=[("2027-01-11", "new_eta", "week 2/2027"), ("2026-12-21", "other", "week 52")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-05 11:00", subj="RE: Ro-Ro delays Pendik - P11050",
     text="""
Dear Sandra,

Thank you for forwarding the article. Yes, some Ro-Ro departures from Pendik were delayed at the end of October because of the storm, but the line is back to normal and our truck for P11050 is booked on Monday's ferry as planned. Delivery to your warehouse stays 16.11.2026.

Kind regards,
Elif Demir
Anatolia Textiles A.S.
""", end="Kind regards,", change="none", intent="confirmation", po=["P11050"],
     commit=("2026-11-16", "Delivery to your warehouse stays 16.11.2026"),
     dates=[("2026-10-31", "other", "the end of October"), ("2026-11-09", "ship_date", "Monday's ferry"),
            ("2026-11-16", "confirmed_delivery", "16.11.2026")]),

dict(v="mapleleaf", lang="en", at="2026-12-04 10:30", subj="P11051 snow shovels",
     text="""
Hi Mike,

Afraid the snow shovels on P11051 won't make the 12/15 delivery we confirmed. The blade supplier in Quebec had a fire at their plant on Wednesday - nobody hurt - but we have no blades until they sort out a second source. It'll be later than planned; I can't give you an honest date before the end of next week.

Josh Tremblay
Maple Leaf Outdoor Products Inc.
""", end="Josh Tremblay", change="date", intent="delay", po=["P11051"],
     dates=[("2026-12-15", "other", "12/15"), ("2026-12-02", "other", "on Wednesday"),
            ("2026-12-11", "other", "the end of next week")]),

dict(v="delhicotton", lang="en", at="2026-09-03 12:30", subj="PI against PO P11052",
     text="""
Dear Laura,

Thank you for PO P11052. Despite the volatility in cotton yarn rates this season we are honouring the agreed price and the requested date. Proforma invoice attached for your kind perusal.

Regards,
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd

--- attachment: DCM-PI-D11A-2231.pdf ---
PROFORMA INVOICE  DCM-PI-D11A-2231   Dt. 03.09.2026
Buyer PO: P11052
Description           Qty (pcs)   Rate (USD)   Amount
Kitchen towel 50x70   6,000       0.95         5,700.00
Napkin 45x45          4,000       0.55         2,200.00
Shipment: ETD Mundra 05.10.2026, ETA Hamburg 09.11.2026
Payment: 30% advance, balance against BL copy
""", end="Regards,", change="none", intent="confirmation", po=["P11052"], vref=["DCM-PI-D11A-2231"],
     commit=("2026-11-09", "ETA Hamburg 09.11.2026"),
     dates=[("2026-09-03", "other", "03.09.2026"), ("2026-10-05", "ship_date", "05.10.2026"),
            ("2026-11-09", "confirmed_delivery", "09.11.2026")],
     lines=[("Kitchen towel 50x70", 6000, "pcs", "Kitchen towel 50x70   6,000       0.95         5,700.00", "P11052"),
            ("Napkin 45x45", 4000, "pcs", "Napkin 45x45          4,000       0.55         2,200.00", "P11052")]),

dict(v="sunshine", c=1, lang="en", at="2026-09-17 13:40", subj="P11053 loading confirmed",
     text="""
Hi Mike,

Loading for P11053 is confirmed for Tuesday 22 September, but the line has swapped the vessel, so arrival Rotterdam moves from 8 October to 12 October and delivery to your DC from 10 October to 14 October. Fruit quality is excellent this year.

Regards,
Annelie
""", end="Regards,", change="date", intent="delay", po=["P11053"],
     commit=("2026-10-14", "delivery to your DC from 10 October to 14 October"),
     dates=[("2026-09-22", "ship_date", "Tuesday 22 September"), ("2026-10-08", "other", "8 October"),
            ("2026-10-12", "other", "12 October"), ("2026-10-10", "other", "10 October"),
            ("2026-10-14", "new_eta", "14 October")]),

dict(v="penang", lang="en", at="2026-12-10 10:20", subj="RE: Malaysia floods - P11054",
     text="""
Hi Tim, not affected, our plant is in Prai, far from the flooded areas. P11054 gloves ETA Hamburg 4 Jan same as confirmed. Regards, Tan

On Wed, Dec 9, 2026 at 6:15 PM Tim Brandt wrote:
> Tan, we see the floods in the news. Is P11054 affected?
""", end="Regards, Tan", change="none", intent="confirmation", po=["P11054"],
     commit=("2027-01-04", "ETA Hamburg 4 Jan same as confirmed"),
     dates=[("2027-01-04", "confirmed_delivery", "4 Jan")]),

dict(v="d10b_xiamen", lang="en", at="2026-10-15 09:40", subj="FW: P11055 schedule",
     text="""
Dear Laura,

Please see below message from our factory. So for P11055, ETD will be CW46 (not CW44), and ETA Hamburg around CW51. We are very sorry for this, our boss has pushed factory to do overtime.

Lily Huang

---------- Forwarded message ---------
From: Factory Dehua <pmc@dehuaceramic.cn>
Date: Thu, Oct 15, 2026 at 8:55 AM
Subject: P11055 schedule
To: Lily Huang

Lily, the glaze kiln no. 2 need repair, repair finish 25 Oct. P11055 production finish 6 Nov, can load 9 Nov.
""", end=("Lily Huang", 0), change="date", intent="delay", po=["P11055"],
     commit=("2026-12-14", "ETA Hamburg around CW51"),
     dates=[("2026-11-09", "ship_date", "CW46"), ("2026-10-26", "other", "CW44"),
            ("2026-12-14", "new_eta", "CW51"), ("2026-10-25", "other", "25 Oct"),
            ("2026-11-06", "other", "6 Nov"), ("2026-11-09", "ship_date", "9 Nov")]),

dict(v="d10a_aire", lang="en", at="2026-12-09 11:15", subj="RE: P11056 - Christmas rush",
     text="""
Hi Sandra,

Thanks for checking. Yes, the toast racks on P11056 are plated and packed, there's nothing holding them up. Delivery as confirmed on Tuesday 15 December, well before we close for Christmas on the 23rd.

Regards,
Nigel

On Tue, 8 Dec 2026 at 17:30, Sandra Klein wrote:
> Nigel, with the Christmas rush many of our deliveries are slipping. Is P11056 at risk?
""", end="Regards,\nNigel", change="none", intent="confirmation", po=["P11056"],
     commit=("2026-12-15", "Delivery as confirmed on Tuesday 15 December"),
     dates=[("2026-12-15", "confirmed_delivery", "Tuesday 15 December"), ("2026-12-23", "other", "the 23rd")]),

dict(v="texbright", c=1, lang="en", at="2026-11-13 08:05", subj="Order Status Change - P11057",
     text="""
Sandra - FYI, the system notice below is real, the quilts are short on fill. - Olivia

*** ORDER STATUS CHANGE ***
Customer PO: P11057
Sales Order: TXB-SO-D11A-88120
Status: CONFIRMED - RESCHEDULED
Previous Promise Date: 11/20/2026
New Promise Date: 12/04/2026

This is an automated message. Please do not reply.
""", end="This is an automated message.", change="date", intent="delay", po=["P11057"], vref=["TXB-SO-D11A-88120"],
     commit=("2026-12-04", "New Promise Date: 12/04/2026"),
     dates=[("2026-11-20", "other", "11/20/2026"), ("2026-12-04", "new_eta", "12/04/2026")]),

dict(v="baltic", lang="en", at="2026-10-20 10:00", subj="P11058 honey - lids",
     text="""
Hello Tim,

The jar supplier issue is sorted - they delivered the missing lids yesterday - so P11058 (amber honey) is back on track. We confirm delivery in week 45, Wednesday 4 November, as in our order confirmation.

Best regards,
Tomas Kazlauskas
Baltic Amber Foods UAB
""", end="Best regards,", change="none", intent="confirmation", po=["P11058"],
     commit=("2026-11-04", "Wednesday 4 November"),
     dates=[("2026-10-19", "other", "yesterday"), ("2026-11-02", "confirmed_delivery", "week 45"),
            ("2026-11-04", "confirmed_delivery", "Wednesday 4 November")]),

dict(v="cebu", lang="en", at="2026-11-27 15:30", subj="P11059 rattan chairs",
     text="""
Hi Ma'am Laura,

Sorry po for this, the typhoon passed Cebu and our weavers could not work for 3 days. The rattan chairs for P11059 will now be loaded on 4 Dec instead of 30 Nov, arrival Hamburg 11 Jan instead of 6 Jan. We will try our best to catch up.

Thank you and God bless,
Maricel
""", end="Thank you and God bless,", change="date", intent="delay", po=["P11059"],
     commit=("2027-01-11", "arrival Hamburg 11 Jan"),
     dates=[("2026-12-04", "ship_date", "4 Dec"), ("2026-11-30", "other", "30 Nov"),
            ("2027-01-11", "new_eta", "11 Jan"), ("2027-01-06", "other", "6 Jan")]),

dict(v="brightline", c=2, lang="en", at="2026-10-22 14:00", subj="Delay notification cleared - P11060",
     text="""
Dear Customer,

Further to our notification of 19/10/2026, the stock shortage affecting your order P11060 has now been cleared. Your order is confirmed in full for delivery on 29/10/2026, the original requested date.

Kind regards,
Customer Services
Brightline Electronics Ltd
""", end="Kind regards,", change="none", intent="confirmation", po=["P11060"],
     commit=("2026-10-29", "confirmed in full for delivery on 29/10/2026"),
     dates=[("2026-10-19", "other", "19/10/2026"), ("2026-10-29", "confirmed_delivery", "29/10/2026")]),

dict(v="d9a_mumbai", lang="en", at="2026-11-05 17:00", subj="Status of POs P11061 / P11062",
     text="""
Dear Mike,

Please find status of your POs:

1) P11061 - steel tiffins - ready, ETD Nhava Sheva 14.11.2026, ETA Hamburg 19.12.2026 - no change.
2) P11062 - brass diyas - vessel rolled by 3 days, ETD now 17.11.2026 (earlier 14.11.2026), ETA Hamburg 22.12.2026.

Regret the inconvenience in point 2.

Regards,
Suresh Iyer
Mumbai Brass & Steelware Pvt Ltd
""", end="Regards,", change="date", intent="delay", sec=["confirmation"], po=["P11061", "P11062"],
     commit=("2026-12-19", "ETA Hamburg 19.12.2026 - no change"),
     dates=[("2026-11-14", "ship_date", ("14.11.2026", 0)), ("2026-12-19", "confirmed_delivery", "19.12.2026"),
            ("2026-11-17", "ship_date", "17.11.2026"), ("2026-11-14", "other", ("14.11.2026", 1)),
            ("2026-12-22", "new_eta", "22.12.2026")],
     changes=[("P11061", "confirmation", "2026-12-19", None, "ETA Hamburg 19.12.2026 - no change"),
              ("P11062", "delay", "2026-12-22", None, "ETA Hamburg 22.12.2026")]),

dict(v="lisbon", lang="en", at="2026-09-25 10:30", subj="RE: P11063 - not again please",
     text="""
Dear Laura,

I fully understand your frustration about the cork boards last spring and I apologise again. This order is different: the cork is in stock, the cutting is finished, and P11063 will ship on 2 October for delivery at your warehouse on 7 October, as confirmed.

Best regards,
Ana Ferreira
Lisbon Cork Products Lda
""", end="Best regards,", change="none", intent="confirmation", po=["P11063"],
     commit=("2026-10-07", "for delivery at your warehouse on 7 October"),
     dates=[("2026-10-02", "ship_date", "2 October"), ("2026-10-07", "confirmed_delivery", "7 October")]),

dict(v="d10a_moreton", lang="en", at="2026-11-30 08:10", subj="RE: P11064",
     text="""
Mate, P11064 - gonna have to push it to 14/12, sorry. Powder coater's backed up. Shane

On Mon, 23 Nov 2026 at 10:00, Tim Brandt wrote:
> Shane, confirming P11064 for 7/12 at our Hamburg warehouse. Tim
""", end="Shane\n", change="date", intent="delay", po=["P11064"],
     commit=("2026-12-14", "push it to 14/12"),
     dates=[("2026-12-14", "new_eta", "14/12")]),

dict(v="d11a_chennai", c=1, lang="en", at="2026-12-14 11:00", subj="RE: P11065 - please hold",
     text="""
Dear Mike,

As desired by you we have kept the goods of P11065 on hold. Revised schedule confirmed: ETD Chennai 26-Dec-2026, ETA Hamburg week 6/2027 instead of week 4/2027. No extra cost for storage.

Regards,
Venkat Raman
Coromandel Home Exports Pvt Ltd

On Fri, Dec 11, 2026 at 4:20 PM Mike Osei wrote:
> Venkat, our warehouse is full in January. Please hold P11065 and ship two weeks later. Mike
""", end="Regards,", change="date", intent="confirmation", po=["P11065"],
     commit=("2027-02-08", "ETA Hamburg week 6/2027"),
     dates=[("2026-12-26", "ship_date", "26-Dec-2026"), ("2027-02-08", "confirmed_delivery", "week 6/2027"),
            ("2027-01-25", "other", "week 4/2027")]),

dict(v="highland", c=1, lang="en", at="2026-12-01 12:00", subj="RE: P11066",
     text="""
Laura - P11066 no change, still wk 50. Ewan

> Ewan, any change on P11066? We heard the A9 was closed.
""", end="Ewan\n", change="none", intent="confirmation", po=["P11066"],
     commit=("2026-12-07", "still wk 50"),
     dates=[("2026-12-07", "confirmed_delivery", "wk 50")]),
]
