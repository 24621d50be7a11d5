# ruff: noqa: E501 - email text is data
"""English, round 9 (branch d9a): the pairs the intent classifier confuses. Confirmations that
restate or re-confirm a date (a revised date the buyer already accepted, confirmed again; a
pull-in; "as originally planned" after a warning) against delays worded politely, buried in
long letters or disguised as a "confirmation of the new date"; partial shipments against
delays of the whole order held back to ship complete; shipping notices that also move the
arrival. Many dates per email with one commitment: old dates quoted, ship dates, port ETAs
against warehouse dates, ranges, business-day spans, "end of next week", bare weekdays,
calendar weeks, US and Canadian month-first numeric dates. Inline replies, forwarded carrier
and warehouse mail, EDI and portal notices, tables, several orders in one email. Hand-written
and hand-labelled by reading each email; no extractor or classifier produced the labels."""

EMAILS = [
dict(v="acme", lang="en", at="2026-11-18 10:12", subj="RE: P10000 - revised ship date",
     text="""
Hi Laura,

Following up on my note of 11/9 - we confirm the new date you signed off on. P10000 (48 cases of the enamel stock pots) ships 11/30 from our Edison NJ DC and delivers to your Newark consolidator Thursday 12/3. Nothing else changes.

Thanks for your patience on this one.

Jessica Moreno
Acme Home Goods Inc.

On Tue, Nov 10, 2026 at 8:40 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Jessica, ok, we can live with 12/3 instead of 11/24 for P10000. Please confirm once it is firm.
>
> On Mon, Nov 9, 2026 at 4:02 PM Jessica Moreno wrote:
>> Laura, the pots on P10000 are late from the enamel line. Best guess now is delivery 12/3.
""", end="Thanks for your patience", change="date", intent="confirmation", po=["P10000"],
     commit=("2026-12-03", "delivers to your Newark consolidator Thursday 12/3"),
     dates=[("2026-11-09", "other", "11/9"), ("2026-11-30", "ship_date", "11/30"),
            ("2026-12-03", "confirmed_delivery", "Thursday 12/3")],
     lines=[("enamel stock pots", 48, "cases", "48 cases of the enamel stock pots", "P10000")]),

dict(v="greenthumb", lang="en", at="2026-10-01 14:35", subj="P10001 cedar beds - quick update",
     text="""
Hi Mike,

Hope fall is treating you well over there! We finally got the new kiln-dry schedule sorted out and the team is in good spirits, our booth at the regional nursery show last weekend went really well too.

Quick heads-up while I have you: the cedar raised beds on P10001 are going to run about a week behind. We're now looking at shipping Tuesday 10/13 rather than 10/6, which puts delivery at your Chicago crossdock around Friday 10/16. The trellis kits on the same PO are not affected and still go out with the beds.

Let me know if that's a problem and I'll see what I can do.

Thanks,
Randy

Randy Holt
Green Thumb Garden Supply LLC
""", end="Thanks,\nRandy", change="date", intent="delay", po=["P10001"],
     commit=("2026-10-16", "delivery at your Chicago crossdock around Friday 10/16"),
     dates=[("2026-10-13", "ship_date", "Tuesday 10/13"), ("2026-10-06", "other", "10/6"),
            ("2026-10-16", "new_eta", "Friday 10/16")]),

dict(v="voltix", c=1, lang="en", at="2026-10-20 16:40", subj="P10002 split shipment",
     text="""
Dear Laura,

About P10002 (VX-WL15 wireless charger, 2,000 pcs): the PCBA supplier only deliver enough board for 1,200 pcs in time. So we will load 1,200 pcs on vessel ETD Yantian 24 Oct, ETA Hamburg 28 Nov as original plan. The remaining 800 pcs will go next vessel ETD 7 Nov, ETA Hamburg 12 Dec.

Hope this is OK for you, if you want air freight for the 800 pcs please tell me the cost we can discuss.

Best regards
Kevin Liu
Shenzhen Voltix Technology Co., Ltd.

On 2026-09-14 10:21, Laura Jensen wrote:
> Kevin, PO P10002 attached, 2,000 pcs VX-WL15, ETA Hamburg latest 28 Nov please.
""", end="Best regards", change="quantity", intent="partial_shipment", sec=["question"], po=["P10002"],
     commit=("2026-12-12", "ETA Hamburg 12 Dec"),
     dates=[("2026-10-24", "ship_date", "ETD Yantian 24 Oct"), ("2026-11-28", "confirmed_delivery", ("28 Nov", 0)),
            ("2026-11-07", "ship_date", "ETD 7 Nov"), ("2026-12-12", "new_eta", "ETA Hamburg 12 Dec")],
     lines=[("VX-WL15", 1200, "pcs", "we will load 1,200 pcs", "P10002"),
            ("VX-WL15", 800, "pcs", "The remaining 800 pcs", "P10002")]),

dict(v="delhicotton", c=1, lang="en", at="2026-10-27 12:50", subj="P10003 / shipment revised",
     text="""
Dear Sandra Ma'am,

Further to our telecon, please note the entire shipment of P10003 (both items, cushion covers and table runners) will now be shipped together on 14/11 instead of 31/10. ETA Hamburg is 19/12. We are not splitting the shipment as the quantity of runners alone is too small for LCL, kindly bear with us.

Thanks & Regards,
Priya Sharma
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards,", change="date", intent="delay", po=["P10003"],
     commit=("2026-12-19", "ETA Hamburg is 19/12"),
     dates=[("2026-11-14", "ship_date", "14/11"), ("2026-10-31", "other", "31/10"),
            ("2026-12-19", "new_eta", "19/12")]),

dict(v="keystone", c=2, lang="en", at="2026-11-06 15:40", subj="Shipment Notification - P10004",
     text="""
Laura - heads up, this went out a week later than the 10/30 we had promised you, sorry. Delivery now the 13th, not the 6th.
Greg

*** AUTOMATED SHIPMENT NOTIFICATION - PLEASE DO NOT REPLY ***
Customer PO: P10004
Shipment ID: KHD-SHP-D9A-4102
Ship Date: 11/06/2026
Carrier: Estes Express   PRO: 2231-D9A-8804
Estimated Delivery: 11/13/2026
Lines shipped: 2 of 2   Units: 360
Keystone OrderTrack - this notification was generated automatically.
""", end="Keystone OrderTrack - this notification", change="date", intent="delay", sec=["shipping_notice"],
     po=["P10004"], vref=["KHD-SHP-D9A-4102"],
     commit=("2026-11-13", "Estimated Delivery: 11/13/2026"),
     dates=[("2026-10-30", "other", "10/30"), ("2026-11-13", "new_eta", "the 13th"),
            ("2026-11-06", "other", "the 6th"), ("2026-11-06", "ship_date", "11/06/2026"),
            ("2026-11-13", "new_eta", "11/13/2026")],
     lines=[("units", 360, "units", "Units: 360", "P10004")],
     track=[("Estes Express", "2231-D9A-8804", "PRO: 2231-D9A-8804")]),

dict(v="oakridge", lang="en", at="2026-11-24 09:05", subj="Re: P10005 bench delivery",
     text="""
Mike - yes, 12/9 is locked in, same date we moved it to last week.
Travis

On Mon, Nov 23, 2026 at 3:31 PM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Travis, can you confirm P10005 (oak entry benches) for 12/9 as we agreed after the slip from 12/1? Mike
""", end="Travis\n\nOn", change="date", intent="confirmation", po=["P10005"],
     commit=("2026-12-09", ("12/9 is locked in", 0)),
     dates=[("2026-12-09", "confirmed_delivery", ("12/9", 0)), ("2026-11-16", "other", "last week")]),

dict(v="cascadia", lang="en", at="2026-10-05 11:20", subj="P10006 sailed",
     text="""
Hi Tim,

Good news, P10006 sailed Friday out of Tacoma on the MSC Aurora. ETA Bremerhaven is 10/28 and with customs and the truck we expect it at your Hamburg warehouse 11/2. All 14 pallets of cedar planters, nothing left behind.

Container MSCU 448210-D9A, B/L MSCTAC-D9A-77120.

Brent

Brent Halvorsen
Cascadia Cedar Goods Inc.
""", end="Brent\n\nBrent", change="shipping", intent="shipping_notice", po=["P10006"],
     commit=("2026-11-02", "we expect it at your Hamburg warehouse 11/2"),
     dates=[("2026-10-02", "ship_date", "sailed Friday"), ("2026-10-28", "other", "10/28"),
            ("2026-11-02", "confirmed_delivery", "11/2")],
     lines=[("cedar planters", 14, "pallets", "All 14 pallets of cedar planters", "P10006")],
     track=[(None, "MSCU 448210-D9A", "Container MSCU 448210-D9A"), (None, "MSCTAC-D9A-77120", "B/L MSCTAC-D9A-77120")]),

dict(v="cebu", lang="en", at="2026-11-12 10:15", subj="P10007 rattan lanterns delivery window",
     text="""
Hello Ms. Laura,

Good day po! Just to update you on P10007. The lanterns are now all finished and packed, 600 pcs. Our forwarder advise the vessel leave Cebu on 20 November and the goods will be delivered to your warehouse between 14 and 18 December, same as the window in our order confirmation.

Thank you and God bless,
Maricel Dela Cruz
Cebu Rattan Artisans Inc.
""", end="Thank you and God bless,", change="none", intent="confirmation", po=["P10007"],
     commit=("2026-12-18", "between 14 and 18 December"),
     dates=[("2026-11-20", "ship_date", "20 November"), ("2026-12-14", "range_start", "between 14"),
            ("2026-12-18", "range_end", "18 December")],
     lines=[("rattan lanterns", 600, "pcs", "600 pcs", "P10007")]),

dict(v="brightline", lang="en", at="2026-12-02 09:30", subj="RE: P10008 and P10009 - status",
     text="""
Hi Tim,

Two orders, two stories I'm afraid:

P10008 (BL-SP40 speakers) - on track, delivery Tuesday 8 December as confirmed.
P10009 (BL-HB7 USB hubs) - our contract manufacturer has a QC hold on the housings, so this one moves from 9 December to w/c 4 January. I'll confirm the exact day as soon as the re-inspection is done.

Sorry about the hubs.

Sarah

Sarah Whitfield
Brightline Electronics Ltd
""", end="Sarah\n\nSarah", change="date", intent="delay", sec=["confirmation"], po=["P10008", "P10009"],
     commit=("2026-12-08", "delivery Tuesday 8 December as confirmed"),
     dates=[("2026-12-08", "confirmed_delivery", "Tuesday 8 December"), ("2026-12-09", "other", "9 December"),
            ("2027-01-04", "new_eta", "w/c 4 January")],
     changes=[("P10008", "confirmation", "2026-12-08", None, "delivery Tuesday 8 December as confirmed"),
              ("P10009", "delay", "2027-01-04", None, "moves from 9 December to w/c 4 January")]),

dict(v="d9a_carolina", lang="en", at="2026-09-16 13:45", subj="Order Acknowledgment - your PO P10010",
     text="""
Good afternoon Sandra,

Thank you for your order! Please see our acknowledgment below. Your requested date was 10/2 but the earliest our upholstery shop can finish the cushions is 10/16, so that is the date we're confirming. Everything else is as ordered.

Have a blessed day,
Dwayne Pickett
Carolina Porch & Patio Co.
High Point, NC

--- attachment: CPP-ACK-D9A-2207.pdf ---
ORDER ACKNOWLEDGMENT  CPP-ACK-D9A-2207
Customer PO: P10010         Ack date: 09/16/2026
Item        Description                Qty   Req. Date    Conf. Date
CPP-RK-02   Rocking chair, white       40    10/02/2026   10/16/2026
CPP-CU-02   Seat cushion, navy         40    10/02/2026   10/16/2026
Terms: Net 30. FOB High Point, NC.
""", end="Have a blessed day,", change="date", intent="delay", po=["P10010"], vref=["CPP-ACK-D9A-2207"],
     commit=("2026-10-16", "the earliest our upholstery shop can finish the cushions is 10/16"),
     dates=[("2026-10-02", "other", "10/2"), ("2026-10-16", "new_eta", ("10/16", 0)),
            ("2026-09-16", "other", "09/16/2026"),
            ("2026-10-02", "other", ("10/02/2026", 0)), ("2026-10-16", "new_eta", ("10/16/2026", 0)),
            ("2026-10-02", "other", ("10/02/2026", 1)), ("2026-10-16", "new_eta", ("10/16/2026", 1))],
     lines=[("CPP-RK-02", 40, None, "CPP-RK-02   Rocking chair, white       40    10/02/2026   10/16/2026", "P10010"),
            ("CPP-CU-02", 40, None, "CPP-CU-02   Seat cushion, navy         40    10/02/2026   10/16/2026", "P10010")]),

dict(v="polska", lang="en", at="2026-11-03 08:55", subj="P10011 - confirmation of new delivery date",
     text="""
Dear Tim,

As promised in my email from Friday, I confirm now the new delivery date for P10011 (stoneware bowls, 2.160 pcs): the truck loads in Bolesławiec on Monday 16 November and delivery to Hamburg is Wednesday 18 November.

Unfortunately this is one week later than the date I gave you on Friday (11 November), the glazing kiln needed a second firing. I am very sorry for the changing information.

Best regards
Katarzyna Nowak
Polska Ceramika Sp. z o.o.
""", end="Best regards\nKatarzyna", change="date", intent="delay", po=["P10011"],
     commit=("2026-11-18", "delivery to Hamburg is Wednesday 18 November"),
     dates=[("2026-10-30", "other", "my email from Friday"), ("2026-11-16", "ship_date", "Monday 16 November"),
            ("2026-11-18", "new_eta", "Wednesday 18 November"), ("2026-10-30", "other", ("Friday", 1)), ("2026-11-11", "other", "11 November")],
     lines=[("stoneware bowls", 2160, "pcs", "stoneware bowls, 2.160 pcs", "P10011")]),

dict(v="lakeside", c=1, lang="en", at="2026-12-04 07:50", subj="P10012 shipped - partial",
     text="""
P10012 shipped today on FedEx Freight PRO 5519-D9A-2034, 18 of 24 pallets. Remaining 6 pallets (the grain-free salmon 12 lb) ship 12/11 once the bag film arrives. First part delivers 12/9, transit 3 business days.

Lakeside Pet Foods - Shipping Team
""", end="Lakeside Pet Foods - Shipping Team", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10012"], commit=("2026-12-09", "First part delivers 12/9"),
     dates=[("2026-12-04", "ship_date", "today"), ("2026-12-11", "ship_date", "12/11"),
            ("2026-12-09", "confirmed_delivery", "12/9"), ("2026-12-09", "confirmed_delivery", "3 business days")],
     lines=[("pallets", 18, "pallets", "18 of 24 pallets", "P10012"),
            ("grain-free salmon 12 lb", 6, "pallets", "Remaining 6 pallets (the grain-free salmon 12 lb)", "P10012")],
     track=[("FedEx Freight", "5519-D9A-2034", "PRO 5519-D9A-2034")]),

dict(v="taipei", lang="en", at="2026-09-24 17:10", subj="RE: P10013 ETD",
     text="""
Dear Mike,

Sorry I reply late. For P10013 the cable production finish on schedule, we confirm ETD Kaohsiung 3 Oct, ETA Hamburg 6 Nov, same as our PI. Nothing change.

By the way, our office close 1-5 Oct for the Moon Festival and National Day holiday, so if you need anything please write before 30 Sep.

Best regards,
Vivian Lin
Taipei Cable & Charger Corp.
""", end="Best regards,\nVivian", change="none", intent="confirmation", po=["P10013"],
     commit=("2026-11-06", "ETA Hamburg 6 Nov"),
     dates=[("2026-10-03", "ship_date", "ETD Kaohsiung 3 Oct"), ("2026-11-06", "confirmed_delivery", "ETA Hamburg 6 Nov"),
            ("2026-10-01", "other", "1-5 Oct"), ("2026-09-30", "other", "30 Sep")]),

dict(v="aussie", lang="en", at="2026-11-10 10:40", subj="P10014 - all good?",
     text="""
G'day Sandra,

Just ringing the bell on P10014 - swags are finished, we'll have them at the Port Botany wharf end of next week and the boat's booked for the 23rd. Landed Hamburg should be right around 4 January, might be a day or two either side with the Christmas congestion but that's the plan and it's the same as what we told you back in September.

Cheers,
Liam
Aussie Outdoor Gear
""", end="Cheers,\nLiam", change="none", intent="confirmation", po=["P10014"],
     commit=("2027-01-04", "Landed Hamburg should be right around 4 January"),
     dates=[("2026-11-20", "other", "end of next week"), ("2026-11-23", "ship_date", "the 23rd"),
            ("2027-01-04", "confirmed_delivery", "4 January"), ("2026-09-01", "other", "back in September")]),

dict(v="seoul", lang="en", at="2026-10-14 11:00", subj="P10015 delivery - small change",
     text="""
Dear Laura,

Thank you always for your business. I want to inform small change for P10015 knife sets. Because of the typhoon last week the port of Busan was closed 3 days and our vessel is changed. New ETD is 22 October (before 16 October) and new ETA Hamburg is 27 November (before 20 November). Your warehouse will receive around 1 December.

We apologize for inconvenience.

Best regards,
Min-seo Kim
Seoul Kitchenware Co., Ltd.
""", end="Best regards,\nMin-seo", change="date", intent="delay", po=["P10015"],
     commit=("2026-12-01", "Your warehouse will receive around 1 December"),
     dates=[("2026-10-05", "other", "last week"), ("2026-10-22", "ship_date", "22 October"),
            ("2026-10-16", "other", "16 October"), ("2026-11-27", "other", "27 November"),
            ("2026-11-20", "other", "20 November"), ("2026-12-01", "new_eta", "1 December")]),

dict(v="sunshine", lang="en", at="2026-10-22 09:15", subj="P10016 - vessel sailed, revised ETA",
     text="""
Morning Laura,

The reefer with P10016 (1,560 cartons easy-peelers) sailed from Durban yesterday on the Maersk Kalahari. Bad news is the line has changed the rotation and she now tranships in Algeciras, so ETA Rotterdam moves to 22 November instead of 15 November. Trucked to your DC that makes it Tuesday 24 November.

Fruit is in good shape, pulp temps all fine at loading.

Kind regards
Thabo Nkosi
Sunshine Citrus Exports (Pty) Ltd
Container: MNBU 902211-D9A
""", end="Kind regards\nThabo", change="date", intent="delay", sec=["shipping_notice"], po=["P10016"],
     commit=("2026-11-24", "Trucked to your DC that makes it Tuesday 24 November"),
     dates=[("2026-10-21", "ship_date", "yesterday"), ("2026-11-22", "other", "22 November"),
            ("2026-11-15", "other", "15 November"), ("2026-11-24", "new_eta", "Tuesday 24 November")],
     lines=[("easy-peelers", 1560, "cartons", "1,560 cartons easy-peelers", "P10016")],
     track=[(None, "MNBU 902211-D9A", "Container: MNBU 902211-D9A")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-11-26 16:30", subj="P10017 dispatched - scarves to follow",
     text="""
Kia ora Sandra,

P10017 went out with DHL this morning, AWB 4410-D9A-7781: the 240 throws and 180 cushion covers, all there. The only bit missing is the 60 merino-possum scarves, the knitter is a few days behind, so they'll follow on their own by courier and should reach you Friday 11 December. The main lot is due Thursday 3 December.

Ngā mihi,
Sophie Clarke
Kiwi Wool Co Ltd
""", end="Ngā mihi,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10017"],
     commit=("2026-12-11", "should reach you Friday 11 December"),
     dates=[("2026-11-26", "ship_date", "this morning"), ("2026-12-11", "new_eta", "Friday 11 December"),
            ("2026-12-03", "confirmed_delivery", "Thursday 3 December")],
     lines=[("throws", 240, None, "the 240 throws", "P10017"), ("cushion covers", 180, None, "180 cushion covers", "P10017"),
            ("merino-possum scarves", 60, None, "the 60 merino-possum scarves", "P10017")],
     track=[("DHL", "4410-D9A-7781", "AWB 4410-D9A-7781")]),

dict(v="evergreen", lang="en", at="2026-09-29 15:05", subj="RE: PO P10018",
     text="""
Confirmed P10018 - 120 cs EP-NAP-3 ship 10/05, deliver 10/07.

Bill

-----Original Message-----
From: Tim Brandt
Sent: Tuesday, September 29, 2026 4:12 AM
Subject: PO P10018
Bill, new PO attached, 120 cs napkins, need them by 10/09 latest.
""", end="Bill\n\n", change="none", intent="confirmation", po=["P10018"],
     commit=("2026-10-07", "deliver 10/07"),
     dates=[("2026-10-05", "ship_date", "10/05"), ("2026-10-07", "confirmed_delivery", "10/07")],
     lines=[("EP-NAP-3", 120, "cs", "120 cs EP-NAP-3", "P10018")]),

dict(v="lahore", lang="en", at="2026-10-29 13:20", subj="P10019 production status report",
     text="""
Respected Sandra Madam,

Assalam-o-Alaikum and greetings from Lahore Linen Mills.

We are pleased to share the production status of your esteemed order P10019 (bath towels 500gsm, 6 colours). Weaving is 100% completed, dyeing is 85% completed and stitching has started from Monday. The quality is very good and our QA team has passed the first inline inspection with zero major defects, photos are attached for your kind reference.

As you are aware, Punjab is facing severe gas load shedding for industries since the start of this month, due to which our dyeing house could run only 16 hours per day. Therefore the shipment will be effected in week 48 instead of week 46 and ETA Hamburg will be week 2 of 2027 accordingly. Rest assured we are putting all efforts to recover the time.

We also wish to inform that our new collection of waffle bathrobes is ready and we will be pleased to send samples on your instruction.

With best regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="With best regards,", change="date", intent="delay", po=["P10019"],
     commit=("2027-01-11", "ETA Hamburg will be week 2 of 2027"),
     dates=[("2026-10-26", "other", "from Monday"), ("2026-10-01", "other", "since the start of this month"),
            ("2026-11-23", "ship_date", "week 48"), ("2026-11-09", "other", "week 46"),
            ("2027-01-11", "new_eta", "week 2 of 2027")]),

dict(v="galway", lang="en", at="2026-11-20 12:10", subj="Re: P10020 - any chance earlier?",
     text="""
Hi Tim,

Good news - we had a cancellation on the finishing line so yes, we can bring P10020 forward from 14 December to Wednesday 9 December. Same quantities, 300 Aran cardigans, same carrier.

Orla

Orla Keane
Galway Knitwear Ltd

On Thu, 19 Nov 2026 at 15:44, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Orla, the cardigans on P10020 are selling faster than planned. Any chance of getting them before 14 December?
""", end="Orla\n\nOrla", change="date", intent="confirmation", po=["P10020"],
     commit=("2026-12-09", "Wednesday 9 December"),
     dates=[("2026-12-14", "other", ("14 December", 0)), ("2026-12-09", "confirmed_delivery", "Wednesday 9 December")],
     lines=[("Aran cardigans", 300, None, "300 Aran cardigans", "P10020")]),

dict(v="siam", lang="en", at="2026-10-30 10:45", subj="P10021 teak trays - revised schedule for your kind acceptance",
     text="""
Dear Khun Mike,

Sawasdee krub. Thank you very much for your continued support.

Please kindly be informed that the teak for P10021 was held longer at the FIO inspection than we expected. We therefore kindly request your acceptance of the revised schedule below:

ETD Laem Chabang: 7 November (previously 24 October)
ETA Hamburg: CW 51 (previously CW 49)

We deeply apologize for any inconvenience this may cause.

Best regards,
Somchai Wongsakul
Siam Rattan & Teak Co., Ltd.
""", end="Best regards,\nSomchai", change="date", intent="delay", po=["P10021"],
     commit=("2026-12-14", "ETA Hamburg: CW 51"),
     dates=[("2026-11-07", "ship_date", "7 November"), ("2026-10-24", "other", "24 October"),
            ("2026-12-14", "new_eta", "CW 51"), ("2026-11-30", "other", "CW 49")]),

dict(v="penang", lang="en", at="2026-11-03 17:25", subj="P10022 gloves - gated in",
     text="""
Dear Laura,

Container for P10022 (nitrile gloves, 1,100 cartons) was gated in at Penang port this afternoon, vessel ETD tomorrow 4 Nov. ETA Hamburg 3 Dec and delivery to your DC approx Monday 7 Dec after customs clearance. Complete order, no balance.

Container no.: TGHU 771023-D9A
B/L: PEN-D9A-44190

Thanks & regards,
Tan Wei Ming
Penang Rubberware Sdn Bhd
""", end="Thanks & regards,", change="shipping", intent="shipping_notice", po=["P10022"],
     commit=("2026-12-07", "delivery to your DC approx Monday 7 Dec"),
     dates=[("2026-11-03", "ship_date", "this afternoon"), ("2026-11-04", "ship_date", "tomorrow 4 Nov"),
            ("2026-12-03", "other", "3 Dec"), ("2026-12-07", "confirmed_delivery", "Monday 7 Dec")],
     lines=[("nitrile gloves", 1100, "cartons", "nitrile gloves, 1,100 cartons", "P10022")],
     track=[(None, "TGHU 771023-D9A", "Container no.: TGHU 771023-D9A"), (None, "PEN-D9A-44190", "B/L: PEN-D9A-44190")]),

dict(v="alexandria", lang="en", at="2026-11-09 11:30", subj="P10023 first lot shipped",
     text="""
Dear Mrs. Sandra,

Kindly be informed that the first lot of P10023 was shipped yesterday from Alexandria port: 3,000 pcs hand towels, container CAIU 552019-D9A, ETA Hamburg 8 December. The remaining 1,500 pcs will follow with the next sailing on 28 November, ETA Hamburg 22 December. The reason is the late delivery of the Giza yarn to our spinning partner.

Best regards,
Ahmed Mansour
Alexandria Cotton Home Co. S.A.E.
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10023"],
     commit=("2026-12-22", "ETA Hamburg 22 December"),
     dates=[("2026-11-08", "ship_date", "yesterday"), ("2026-12-08", "confirmed_delivery", "ETA Hamburg 8 December"),
            ("2026-11-28", "ship_date", "28 November"), ("2026-12-22", "new_eta", "ETA Hamburg 22 December")],
     lines=[("hand towels", 3000, "pcs", "3,000 pcs hand towels", "P10023"),
            ("hand towels", 1500, "pcs", "The remaining 1,500 pcs", "P10023")],
     track=[(None, "CAIU 552019-D9A", "container CAIU 552019-D9A")]),

dict(v="texbright", c=1, lang="en", at="2026-11-12 16:05", subj="FW: P10024 king sets",
     text="""
Hi Laura,

See below from our DC. Net effect for you: P10024 delivers 11/24 instead of 11/17. The queen and twin sets are ready but we'd like to keep the PO in one shipment unless you tell us otherwise.

Olivia

Begin forwarded message:

From: DC Operations <dcops@texbright.com>
Date: Wed, Nov 11, 2026 at 5:48 PM
Subject: P10024 king sets
To: Olivia Grant

Olivia - king size fabric came in short from the mill, we can't finish the 220 king sets until Thursday next week. New ship date for the whole PO 11/20 (was 11/13). -DC
""", end="Olivia\n\nBegin", change="date", intent="delay", po=["P10024"],
     commit=("2026-11-24", "P10024 delivers 11/24"),
     dates=[("2026-11-24", "new_eta", "11/24"), ("2026-11-17", "other", "11/17"),
            ("2026-11-19", "other", "Thursday next week"), ("2026-11-20", "ship_date", "11/20"),
            ("2026-11-13", "other", "11/13")]),

dict(v="jaipur", c=1, lang="en", at="2026-10-08 14:40", subj="P10025 dispatch plan",
     text="""
Dear Laura ji,

Happy to confirm your order P10025 (block print quilts, 150 pcs) is on schedule. Goods will be ready on 15/10 and we will dispatch by air on 16/10, delivery to your warehouse 4-6 working days from dispatch, as per our PI.

Warm regards,
Sunita Rathore
Jaipur Block Prints Pvt Ltd
""", end="Warm regards,", change="none", intent="confirmation", po=["P10025"],
     commit=("2026-10-26", "delivery to your warehouse 4-6 working days from dispatch"),
     dates=[("2026-10-15", "other", "15/10"), ("2026-10-16", "ship_date", "16/10"),
            ("2026-10-22", "range_start", "4-6 working days"), ("2026-10-26", "range_end", "4-6 working days")],
     lines=[("block print quilts", 150, "pcs", "block print quilts, 150 pcs", "P10025")]),

dict(v="battrang", lang="en", at="2026-11-10 09:00", subj="P10026 loading change",
     text="""
Dear Ms Sandra,

Sorry, the glazed bowls P10026 can not load this Friday 13/11 as planned because kiln number 2 is broken. We will load end of next week (20/11) and ETA Hamburg will be 28/12, not 21/12.

Thank you for understand.
Pham Thu Ha
Bat Trang Ceramics Export Co., Ltd.
""", end="Thank you for understand.", change="date", intent="delay", po=["P10026"],
     commit=("2026-12-28", "ETA Hamburg will be 28/12"),
     dates=[("2026-11-13", "other", "this Friday 13/11"), ("2026-11-20", "ship_date", "end of next week (20/11)"),
            ("2026-12-28", "new_eta", "28/12"), ("2026-12-21", "other", "21/12")]),

dict(v="d9a_mumbai", lang="en", at="2026-12-01 15:10", subj="P10027 - part of shipment delayed",
     text="""
Dear Tim Sir,

This is to inform that part of shipment of P10027 is delayed. Kindly note details:

1) 3 items (MB-KD-01 kadai, MB-GL-06 tumbler set, MB-BW-09 bowls) sailed on 28/11 as per schedule, ETA Hamburg 05/01/2027. BL no. MBS-D9A-9120.
2) 2 items MB-TF-04 tiffin 300 sets and MB-TR-11 serving tray 200 pcs will come with next vessel ETD 12/12, ETA Hamburg approx 20/01/2027, due to polishing unit breakdown.

Regret the inconvenience.

Regards,
Suresh Iyer
Mumbai Brass & Steelware Pvt Ltd
""", end="Regards,\nSuresh", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10027"],
     commit=("2027-01-20", "ETA Hamburg approx 20/01/2027"),
     dates=[("2026-11-28", "ship_date", "28/11"), ("2027-01-05", "confirmed_delivery", "05/01/2027"),
            ("2026-12-12", "ship_date", "12/12"), ("2027-01-20", "new_eta", "20/01/2027")],
     lines=[("MB-TF-04", 300, "sets", "MB-TF-04 tiffin 300 sets", "P10027"),
            ("MB-TR-11", 200, "pcs", "MB-TR-11 serving tray 200 pcs", "P10027")],
     track=[(None, "MBS-D9A-9120", "BL no. MBS-D9A-9120")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-02 10:30", subj="P10028 confirmation",
     text="""
Hi Tim,

P10028 (120 pr MLO-SNW-25 snowshoes) is confirmed: ships 11/16 from Montreal, ETA Hamburg 12/14 as on your PO. FYI we're closed 11/11 for Remembrance Day.

Karen Singh
Maple Leaf Outdoor Products Inc.
""", end="Karen Singh\nMaple", change="none", intent="confirmation", po=["P10028"],
     commit=("2026-12-14", "ETA Hamburg 12/14"),
     dates=[("2026-11-16", "ship_date", "11/16"), ("2026-12-14", "confirmed_delivery", "12/14"),
            ("2026-11-11", "other", "11/11")],
     lines=[("MLO-SNW-25", 120, "pr", "120 pr MLO-SNW-25", "P10028")]),

dict(v="cleanco", c=1, lang="en", at="2026-10-06 08:20", subj="Order acknowledgement P10029",
     text="""
Morning Tim - all in stock, we're good for this one. Gary

ORDER ACKNOWLEDGEMENT
Your ref: P10029      Our ref: CC-SO-D9A-61877
Despatch: Friday 9 October
Delivery: Monday 12 October (next working day service)
CC-MOP-01  Spin mop set      96
CC-MF-20   Microfibre 20pk   240
This is an automated message from CleanCo Supplies Ltd.
""", end="This is an automated message", change="none", intent="confirmation", po=["P10029"],
     vref=["CC-SO-D9A-61877"], commit=("2026-10-12", "Delivery: Monday 12 October"),
     dates=[("2026-10-09", "ship_date", "Friday 9 October"), ("2026-10-12", "confirmed_delivery", "Monday 12 October")],
     lines=[("CC-MOP-01", 96, None, "CC-MOP-01  Spin mop set      96", "P10029"),
            ("CC-MF-20", 240, None, "CC-MF-20   Microfibre 20pk   240", "P10029")]),

dict(v="pacific", c=1, lang="en", at="2026-10-19 13:50", subj="P10030 holding",
     text="""
Hey Laura,

Bad news on P10030. The decaf beans are stuck - our importer's container is on a hold at Long Beach and nobody can tell me when it clears. Since you asked for the PO to ship complete, the whole order is on hold until the decaf comes in. It was due to ship this Friday. I don't have a new date and won't make one up; I'll update you as soon as customs releases the box.

Chris

Chris Alvarez | Pacific Coast Coffee Roasters
""", end="Chris\n\nChris", change="date", intent="delay", po=["P10030"],
     dates=[("2026-10-23", "other", "this Friday")]),

dict(v="hanoi", c=1, lang="en", at="2026-11-27 10:00", subj="Re: P10031 new schedule ok",
     text="""
Dear Ms Laura,

As I wrote two weeks ago, now everything is fixed for P10031: ETD Hai Phong 5/12 unchanged, ETA Hamburg 14/1, and your warehouse should receive 18/1 after customs. Booking with ONE line is confirmed.

Best regards,
Tran Minh
Hanoi Bamboo Crafts JSC

On Fri, 13 Nov 2026 at 16:20, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Dear Tran Minh, ok, we accept the new ETD 5/12 for P10031 instead of 20/11. Please confirm when booking is done.
""", end="Best regards,\nTran", change="date", intent="confirmation", po=["P10031"],
     commit=("2027-01-18", "your warehouse should receive 18/1"),
     dates=[("2026-11-13", "other", "two weeks ago"), ("2026-12-05", "ship_date", ("5/12", 0)), ("2027-01-14", "other", "14/1"),
            ("2027-01-18", "confirmed_delivery", "18/1")]),

dict(v="acme", c=1, lang="en", at="2026-10-12 11:40", subj="Re: P10032 / P10033 status?",
     text="""
Mike - answers below.

On Mon, Oct 12, 2026 at 9:02 AM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Dave, two quick ones:
> 1) P10032 (cast iron skillets) - still delivering 10/21?
Yes, 10/21 holds, they're packed.
> 2) P10033 (dutch ovens) - same week?
No, sorry. Lid supplier let us down, those slip a week to 10/28.
> Thanks, Mike
""", end="> Thanks, Mike", change="date", intent="delay", sec=["confirmation"], po=["P10032", "P10033"],
     commit=("2026-10-21", "Yes, 10/21 holds"),
     dates=[("2026-10-21", "confirmed_delivery", "10/21 holds"), ("2026-10-28", "new_eta", "10/28")],
     changes=[("P10032", "confirmation", "2026-10-21", None, "Yes, 10/21 holds"),
              ("P10033", "delay", "2026-10-28", None, "those slip a week to 10/28")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-13 10:25", subj="Order confirmation P10034",
     text="""
Dear Laura,

Many thanks for order P10034 - 480 cases of the butter shortbread tins and 240 cases of the oat crumbles. We're delighted to have the shortbread back in your Christmas range.

I can confirm delivery to Hamburg on Monday 7 December rather than the 30 November you requested, I'm afraid; the ovens are fully booked for the Christmas rush and that is the first slot we have. Quantities and prices are as ordered.

Warm regards,
Siobhan Murphy
Dublin Biscuit Company Ltd
""", end="Warm regards,", change="date", intent="delay", po=["P10034"],
     commit=("2026-12-07", "I can confirm delivery to Hamburg on Monday 7 December"),
     dates=[("2026-12-07", "new_eta", "Monday 7 December"), ("2026-11-30", "other", "30 November")],
     lines=[("butter shortbread tins", 480, "cases", "480 cases of the butter shortbread tins", "P10034"),
            ("oat crumbles", 240, "cases", "240 cases of the oat crumbles", "P10034")]),

dict(v="highland", c=1, lang="en", at="2026-11-25 15:20", subj="P10035 balance despatched",
     text="""
Hi Tim,

The remaining 72 pine & orange candles on P10035 left us today with DPD, tracking 1550-D9A-2893-0041, delivery tomorrow. That completes the order - thanks for bearing with us on the split.

Ewan

Ewan Grant
Highland Candle Works Ltd
""", end="Ewan\n\nEwan", change="shipping", intent="shipping_notice", po=["P10035"],
     commit=("2026-11-26", "delivery tomorrow"),
     dates=[("2026-11-25", "ship_date", "today"), ("2026-11-26", "confirmed_delivery", "tomorrow")],
     lines=[("pine & orange candles", 72, None, "The remaining 72 pine & orange candles", "P10035")],
     track=[("DPD", "1550-D9A-2893-0041", "tracking 1550-D9A-2893-0041")]),

dict(v="sparkle", lang="en", at="2026-11-19 11:05", subj="P10036 - update",
     text="""
Dear Sandra,

I'm sorry to say we won't be splitting P10036 after all - the tumblers and the wine glasses will travel together, but the whole order will now be despatched on Tuesday 1 December and delivered on Thursday 3 December, instead of 24 November. The decoration on the tumblers had to be redone.

Kind regards,
Hannah Price
Sparkle Glassware Ltd
""", end="Kind regards,", change="date", intent="delay", po=["P10036"],
     commit=("2026-12-03", "delivered on Thursday 3 December"),
     dates=[("2026-12-01", "ship_date", "Tuesday 1 December"), ("2026-12-03", "new_eta", "Thursday 3 December"),
            ("2026-11-24", "other", "24 November")]),

dict(v="keystone", c=1, lang="en", at="2026-11-30 06:12", subj="PO Acknowledgment 855 - P10037",
     text="""
PO ACKNOWLEDGMENT (EDI 855)
Customer PO: P10037          Ack No: KHD-855-D9A-6610
Ack Date: 11/30/2026
Line  Item         Qty   Requested    Scheduled    Status
1     KH-TK-12     300   12/07/2026   12/07/2026   IA
2     KH-TK-16     180   12/07/2026   12/14/2026   DR
Status codes: IA = item accepted, DR = date rescheduled
Keystone OrderTrack - this notification was generated automatically.
""", end="Keystone OrderTrack - this notification", change="date", intent="delay", po=["P10037"],
     vref=["KHD-855-D9A-6610"], commit=("2026-12-14", "12/14/2026"),
     dates=[("2026-11-30", "other", "11/30/2026"),
            ("2026-12-07", "other", ("12/07/2026", 0)), ("2026-12-07", "confirmed_delivery", ("12/07/2026", 1)),
            ("2026-12-07", "other", ("12/07/2026", 2)), ("2026-12-14", "new_eta", "12/14/2026")],
     lines=[("KH-TK-12", 300, None, "1     KH-TK-12     300   12/07/2026   12/07/2026   IA", "P10037"),
            ("KH-TK-16", 180, None, "2     KH-TK-16     180   12/07/2026   12/14/2026   DR", "P10037")]),

dict(v="nordic", c=1, lang="en", at="2026-10-09 14:00", subj="SV: P10038",
     text="""
Hi Laura,

We confirm P10038 for delivery in week 47 as per your order, 400 linen tea towels and 150 table cloths.

Best regards
Johan Lindqvist
Nordic Textiles AB

________________________________
Från: Laura Jensen <laura.jensen@hhg-retail.com>
Skickat: den 8 oktober 2026 16:02
Ämne: P10038

Hi Johan, please confirm P10038, delivery wanted week 47. Also, any news on P10039's replacement order? Laura
""", end="Best regards\nJohan", change="none", intent="confirmation", po=["P10038", "P10039"],
     commit=("2026-11-16", "delivery in week 47"),
     dates=[("2026-11-16", "confirmed_delivery", ("week 47", 0))],
     lines=[("linen tea towels", 400, None, "400 linen tea towels", "P10038"),
            ("table cloths", 150, None, "150 table cloths", "P10038")]),

dict(v="milano", lang="en", at="2026-11-26 17:30", subj="P10040 marble trays",
     text="""
Dear Tim,

I hope this mail find you well. We are finishing the production of the marble serving trays of order P10040, the stone is very beautiful this time and I think your customers will be happy. We also prepare the samples for the new travertine collection that we discuss in Frankfurt, they will be ready next month.

About the delivery, unfortunately the polishing take more time than expected, so we cannot deliver on 3 December like confirmed. We can ship on 9 December and the transport needs 3-4 working days.

Sorry for this and have a nice weekend.

Cordiali saluti,
Giulia Rossi
Milano Casa S.r.l.
""", end="Cordiali saluti,", change="date", intent="delay", po=["P10040"],
     commit=("2026-12-15", "the transport needs 3-4 working days"),
     dates=[("2026-12-01", "other", "next month"), ("2026-12-03", "other", "3 December"),
            ("2026-12-09", "ship_date", "9 December"),
            ("2026-12-14", "range_start", "3-4 working days"), ("2026-12-15", "range_end", "3-4 working days")]),

dict(v="lisbon", lang="en", at="2026-10-14 09:40", subj="Re: P10041",
     text="""
P10041 ok for 23/10.
Ana

Em ter., 13/10/2026 às 17:20, Sandra Klein <sandra.klein@hhg-retail.com> escreveu:
> Ana, can you confirm the cork boards on P10041 for delivery 23/10 as ordered? Sandra
""", end="Ana\n\nEm", change="none", intent="confirmation", po=["P10041"],
     commit=("2026-10-23", ("23/10", 0)),
     dates=[("2026-10-23", "confirmed_delivery", ("23/10", 0))]),

dict(v="voltix", lang="en", at="2026-10-27 18:05", subj="P10042 loaded but vessel delay",
     text="""
Dear Mike,

Goods of P10042 loaded in container today and truck to Yantian port. But shipping line inform the vessel is delay, new ETD 3 Nov (original 27 Oct), so ETA Hamburg now 8 Dec (original 1 Dec). Container no. TCLU 600981-D9A.

Sorry for this, it is not our control.

Best regards
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards", change="date", intent="delay", sec=["shipping_notice"], po=["P10042"],
     commit=("2026-12-08", "ETA Hamburg now 8 Dec"),
     dates=[("2026-10-27", "ship_date", "today"), ("2026-11-03", "ship_date", "new ETD 3 Nov"),
            ("2026-10-27", "other", "27 Oct"), ("2026-12-08", "new_eta", "8 Dec"), ("2026-12-01", "other", "1 Dec")],
     track=[(None, "TCLU 600981-D9A", "Container no. TCLU 600981-D9A")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-18 15:30", subj="P10043 shipped / P10044 next week",
     text="""
Hi Laura,

P10043 shipped complete today, UPS Freight PRO 611-D9A-40927, estimated delivery 9/24.
P10044 ships next Tuesday and should deliver the Friday after.

Megan Tran
Green Thumb Garden Supply LLC
""", end="Megan Tran\nGreen", change="shipping", intent="shipping_notice", sec=["confirmation"],
     po=["P10043", "P10044"], commit=("2026-09-24", "estimated delivery 9/24"),
     dates=[("2026-09-18", "ship_date", "today"), ("2026-09-24", "confirmed_delivery", "9/24"),
            ("2026-09-22", "ship_date", "next Tuesday"), ("2026-09-25", "confirmed_delivery", "the Friday after")],
     track=[("UPS Freight", "611-D9A-40927", "PRO 611-D9A-40927")],
     changes=[("P10043", "shipping_notice", "2026-09-24", None, "P10043 shipped complete today"),
              ("P10044", "confirmation", "2026-09-25", None, "should deliver the Friday after")]),

dict(v="anatolia", lang="en", at="2026-12-03 13:10", subj="P10045 truck",
     text="""
Dear Sandra Hanım,

For P10045 truck loaded today with 2.400 pcs hand towels, arrival your warehouse 09.12. The other 600 pcs are in dyeing again because of shade difference, they will come in KW 51. CMR TR-CMR-D9A-66210.

Kind regards
Mehmet Yilmaz
Anatolia Textiles A.S.
""", end="Kind regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10045"],
     commit=("2026-12-14", "they will come in KW 51"),
     dates=[("2026-12-03", "ship_date", "today"), ("2026-12-09", "confirmed_delivery", "09.12."),
            ("2026-12-14", "new_eta", "KW 51")],
     lines=[("hand towels", 2400, "pcs", "2.400 pcs hand towels", "P10045"),
            ("hand towels", 600, "pcs", "The other 600 pcs", "P10045")],
     track=[(None, "TR-CMR-D9A-66210", "CMR TR-CMR-D9A-66210")]),

dict(v="seoul", lang="en", at="2026-10-28 10:10", subj="RE: P10046 delivery date confirmation",
     text="""
Dear Sandra,

Thank you for your mail. For P10046 (stainless steel pots) we confirm ETD Busan 2 November, ETA Hamburg 10 December, delivery to your warehouse 14 December, exactly as your PO requested date. Our problem with the typhoon was only for other customer order, not for yours.

Best regards,
Ji-ho Park
Seoul Kitchenware Co., Ltd.

-----Original Message-----
From: Sandra Klein
Sent: Tuesday, October 27, 2026 5:40 PM
Subject: P10046 delivery date confirmation
Ji-ho, I heard Busan was closed last week. Is P10046 still ok for 14 December? Your colleague wrote that P10015 is late.
""", end="Best regards,\nJi-ho", change="none", intent="confirmation", po=["P10046", "P10015"],
     commit=("2026-12-14", ("14 December", 0)),
     dates=[("2026-11-02", "ship_date", "2 November"), ("2026-12-10", "other", "10 December"),
            ("2026-12-14", "confirmed_delivery", ("14 December", 0))]),

dict(v="d9a_carolina", c=1, lang="en", at="2026-10-21 16:45", subj="Your order has shipped! (P10047)",
     text="""
Hello Hartmann Home & Garden,

Great news - your order P10047 has shipped!

Ship date: 10/21/2026
Carrier: Old Dominion   PRO: OD-D9A-5530218
Estimated delivery: 10/27 - 10/29
Items: 24 CPP-SW-01 porch swings (complete)

Questions? Reply to this email or call (336) 555-0142.
Carolina Porch & Patio Co. | Customer Care
""", end="Questions? Reply to this email", change="shipping", intent="shipping_notice", po=["P10047"],
     commit=("2026-10-29", "Estimated delivery: 10/27 - 10/29"),
     dates=[("2026-10-21", "ship_date", "10/21/2026"), ("2026-10-27", "range_start", "10/27"),
            ("2026-10-29", "range_end", "10/29")],
     lines=[("CPP-SW-01", 24, None, "24 CPP-SW-01 porch swings", "P10047")],
     track=[("Old Dominion", "OD-D9A-5530218", "PRO: OD-D9A-5530218")]),

dict(v="oakridge", c=1, lang="en", at="2026-11-05 17:00", subj="Shipment & backorder notice - P10048",
     text="""
SHIPMENT & BACKORDER NOTICE
PO: P10048
Shipped 11/05: 30 of 36 OF-TB-72 farmhouse dining tables, truck ref OAK-D9A-3317
Est. delivery: 11/10
Backordered: 6 OF-TB-72 - top finish rejected at QC, no ETA yet
-- Oakridge Furniture Co. order status, automated --
""", end="-- Oakridge Furniture Co. order status", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P10048"], commit=("2026-11-10", "Est. delivery: 11/10"),
     dates=[("2026-11-05", "ship_date", "11/05"), ("2026-11-10", "confirmed_delivery", "11/10")],
     lines=[("OF-TB-72", 30, None, "30 of 36 OF-TB-72 farmhouse dining tables", "P10048"),
            ("OF-TB-72", 6, None, "Backordered: 6 OF-TB-72", "P10048")],
     track=[(None, "OAK-D9A-3317", "truck ref OAK-D9A-3317")]),

dict(v="baltic", lang="en", at="2026-11-04 12:30", subj="P10049 smoked cheese",
     text="""
Dear Mike,

Thank you for your patience with us this autumn. Our new smoking chamber is now running and we hope the quality will make you happy.

Unfortunately, the smoked cheese for P10049 will reach you only at end of next week, not on Monday as we planned. The honey and the rye bread on the same order still come on Monday.

Best wishes,
Tomas Kazlauskas
Baltic Amber Foods UAB
""", end="Best wishes,", change="date", intent="delay", po=["P10049"],
     commit=("2026-11-13", "will reach you only at end of next week"),
     dates=[("2026-11-13", "new_eta", "end of next week"), ("2026-11-09", "other", "not on Monday"),
            ("2026-11-09", "confirmed_delivery", "still come on Monday")]),

dict(v="taipei", c=1, lang="en", at="2026-11-24 10:20", subj="FW: P10050 vessel omit Hamburg",
     text="""
Dear Tim,

Please see below from our forwarder. The vessel skip Hamburg, so the container of P10050 will discharge at Rotterdam and go by barge. Delivery to your warehouse now around 7/12 instead of 1/12. Very sorry.

Eric Huang
Taipei Cable & Charger Corp.

---------- Forwarded message ---------
From: Jenny Wu <jenny.wu@fastlinklogistics.com.tw>
Date: Tue, Nov 24, 2026 at 9:02 AM
Subject: omission notice EVER GIVEN LADY 112W

Dear Eric, carrier announce omission of Hamburg call for EVER GIVEN LADY 112W. Your cntr EGHU 330417-D9A will discharge Rotterdam 30/11, barge to Hamburg ETA 4/12. Regards Jenny
""", end="Eric Huang\nTaipei", change="date", intent="delay", po=["P10050"],
     commit=("2026-12-07", "Delivery to your warehouse now around 7/12"),
     dates=[("2026-12-07", "new_eta", "7/12"), ("2026-12-01", "other", "1/12"),
            ("2026-11-30", "other", "30/11"), ("2026-12-04", "other", "4/12")],
     track=[(None, "EGHU 330417-D9A", "cntr EGHU 330417-D9A")]),

dict(v="lakeside", lang="en", at="2026-11-30 10:05", subj="Re: P10051 new date",
     text="""
Got it, thanks Laura - I'll pass it on to the warehouse.

Amber

On Mon, Nov 30, 2026 at 8:15 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Amber, we can accept 12/10 for P10051 instead of 12/3, go ahead. Laura
""", end="Amber\n\nOn", change="none", intent="other", po=["P10051"]),

dict(v="brightline", c=1, lang="en", at="2026-10-12 16:20", subj="Catching up - new range, P10052",
     text="""
Hi Laura,

Hope all's well in Hamburg. A few bits from our side:

First, the new BL-LX range of smart plugs is out of certification at last, I'll send samples over with a price sheet once marketing stops fiddling with the packaging. Second, Sarah is off on maternity leave from next month, so I'll be your main contact until the spring.

And on P10052 - the replacement batteries landed this morning, so it will be with you on Friday 16 October as originally planned. I know I warned you last week it might slip to the end of the month, but it won't, panic over.

Cheers,
Tom

Tom Okafor
Customer Services | Brightline Electronics Ltd
""", end="Cheers,\nTom", change="none", intent="confirmation", po=["P10052"],
     commit=("2026-10-16", "it will be with you on Friday 16 October as originally planned"),
     dates=[("2026-11-01", "other", "from next month"), ("2026-10-12", "other", "this morning"),
            ("2026-10-16", "confirmed_delivery", "Friday 16 October"), ("2026-10-05", "other", "last week"),
            ("2026-10-31", "other", "the end of the month")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-06 14:25", subj="P10053 - short on cups, your call",
     text="""
Hi Tim,

We're short on the 16oz cup board for P10053, so we won't make the 11/10 delivery complete. Two options:

1) we ship 80 of the 120 cases on 11/12 and the other 40 follow 11/19, or
2) we hold the whole order and ship it complete 11/19.

Which do you prefer? Either way freight is on us.

Thanks,
Tanya Brooks
Evergreen Paper Products Inc.
""", end="Thanks,\nTanya", change="date", intent="delay", sec=["question"], po=["P10053"],
     dates=[("2026-11-10", "other", "11/10"), ("2026-11-12", "other", "11/12"),
            ("2026-11-19", "other", ("11/19", 0)), ("2026-11-19", "other", ("11/19", 1))],
     lines=[("16oz cups", 80, "cases", "80 of the 120 cases", "P10053"),
            ("16oz cups", 40, None, "the other 40", "P10053")]),

dict(v="texbright", lang="en", at="2026-12-10 13:30", subj="P10054 picked up",
     text="""
Laura,

P10054 (all 96 duvet inserts) was picked up today by XPO, PRO 839-D9A-221704. Standard LTL transit 5 business days to your Newark consolidator.

Marcus Reed
TexBright Bedding Inc.
""", end="Marcus Reed\nTexBright", change="shipping", intent="shipping_notice", po=["P10054"],
     commit=("2026-12-17", "transit 5 business days"),
     dates=[("2026-12-10", "ship_date", "today"), ("2026-12-17", "confirmed_delivery", "5 business days")],
     lines=[("duvet inserts", 96, None, "all 96 duvet inserts", "P10054")],
     track=[("XPO", "839-D9A-221704", "PRO 839-D9A-221704")]),

dict(v="cascadia", c=1, lang="en", at="2026-11-16 12:00", subj="P10055 booking confirmation",
     text="""
Tim,

P10055 is booked: ETD Seattle 12/04/2026, ETA Bremerhaven 12/30/2026, delivery to your Hamburg DC 01/05/2027. That's the same plan as on our order ack.

Order Desk
Cascadia Cedar Goods Inc.
""", end="Order Desk\nCascadia", change="none", intent="confirmation", po=["P10055"],
     commit=("2027-01-05", "delivery to your Hamburg DC 01/05/2027"),
     dates=[("2026-12-04", "ship_date", "12/04/2026"), ("2026-12-30", "other", "12/30/2026"),
            ("2027-01-05", "confirmed_delivery", "01/05/2027")]),

dict(v="izmir", c=1, lang="en", at="2026-11-06 11:15", subj="Status of your open orders",
     text="""
Dear Tim Bey,

Please find below the status of your three open orders with us. Only the vases are a problem, the mould for 30cm broke and the new one arrives next week.

Order   Item               Qty     Conf. date  New date
P10056  Glass vase 30cm    600     16.11.      30.11.
P10057  Tumbler 6-set      1.200   16.11.      16.11.
P10058  Carafe 1L          300     16.11.      16.11.  (200 pcs follow KW 50)

Saygılarımla / Best regards
Zeynep Kaya
Izmir Cam Ev Gerecleri A.S.
""", end="Saygılarımla / Best regards", change="mixed", intent="delay",
     sec=["confirmation", "partial_shipment"], po=["P10056", "P10057", "P10058"],
     commit=("2026-11-30", "30.11."),
     dates=[("2026-11-09", "other", "next week"),
            ("2026-11-16", "other", ("16.11.", 0)), ("2026-11-30", "new_eta", "30.11."),
            ("2026-11-16", "other", ("16.11.", 1)), ("2026-11-16", "confirmed_delivery", ("16.11.", 2)),
            ("2026-11-16", "other", ("16.11.", 3)), ("2026-11-16", "confirmed_delivery", ("16.11.", 4)),
            ("2026-12-07", "new_eta", "KW 50")],
     lines=[("Glass vase 30cm", 600, None, "P10056  Glass vase 30cm    600     16.11.      30.11.", "P10056"),
            ("Tumbler 6-set", 1200, None, "P10057  Tumbler 6-set      1.200   16.11.      16.11.", "P10057"),
            ("Carafe 1L", 300, None, "P10058  Carafe 1L          300     16.11.      16.11.", "P10058"),
            ("Carafe 1L", 200, "pcs", "200 pcs follow KW 50", "P10058")],
     changes=[("P10056", "delay", "2026-11-30", None, "P10056  Glass vase 30cm    600     16.11.      30.11."),
              ("P10057", "confirmation", "2026-11-16", None, "P10057  Tumbler 6-set      1.200   16.11.      16.11."),
              ("P10058", "partial_shipment", "2026-12-07", 200, "200 pcs follow KW 50")]),

dict(v="lahore", c=1, lang="en", at="2026-11-18 12:40", subj="P10059 revised ETA confirmed",
     text="""
Dear Laura Madam,

Further to our mail of last month regarding P10059, we are happy to inform that the vessel booking is now confirmed and we could get an earlier sailing than we had advised. The revised ETA Hamburg is 4 January 2027 (earlier advised week 2, which you had kindly accepted). Vessel: CMA CGM Tage, ETD Karachi 28 November.

With best regards,
Ayesha Malik
Lahore Linen Mills (Pvt) Ltd
""", end="With best regards,", change="date", intent="confirmation", po=["P10059"],
     commit=("2027-01-04", "The revised ETA Hamburg is 4 January 2027"),
     dates=[("2026-10-01", "other", "last month"), ("2027-01-04", "confirmed_delivery", "4 January 2027"),
            ("2027-01-11", "other", "week 2"), ("2026-11-28", "ship_date", "ETD Karachi 28 November")]),

dict(v="galway", c=1, lang="en", at="2026-12-01 09:30", subj="Statement of account - November",
     text="""
Dear Hartmann Accounts team,

Please find attached your statement for November. Invoice GK-INV-D9A-2291 (P10060) falls due on 15 December; the earlier invoices are all settled, thank you.

Kind regards,
Accounts
Galway Knitwear Ltd
""", end="Kind regards,", change="none", intent="other", po=["P10060"], vref=["GK-INV-D9A-2291"],
     dates=[("2026-12-15", "other", "15 December")]),

dict(v="sunshine", c=1, lang="en", at="2026-11-02 15:45", subj="P10061 - reduced volume",
     text="""
Dear Sandra,

The hail in the Citrusdal valley last month has hit our late navels hard. On P10061 we can only supply 1,200 of the 1,800 cartons; the remaining 600 cartons will not be shipped this season and we have taken them off the order. The 1,200 cartons sail on 14 November as planned, ETA Rotterdam 5 December.

Apologies, we are allocating what we have fairly across all customers.

Regards,
Annelie van Wyk
Sunshine Citrus Exports (Pty) Ltd
""", end="Regards,\nAnnelie", change="quantity", intent="partial_shipment", po=["P10061"],
     commit=("2026-12-05", "ETA Rotterdam 5 December"),
     dates=[("2026-10-01", "other", "last month"), ("2026-11-14", "ship_date", "14 November"),
            ("2026-12-05", "confirmed_delivery", "5 December")],
     lines=[("late navels", 1200, "cartons", "we can only supply 1,200 of the 1,800 cartons", "P10061"),
            ("late navels", 600, "cartons", "the remaining 600 cartons will not be shipped", "P10061")]),

dict(v="aussie", c=1, lang="en", at="2026-11-24 09:50", subj="P10062 plan",
     text="""
Hi Tim,

Plan for P10062 (camp chairs and tables) is still as we confirmed: truck picks up from us Thursday, lands at the consolidator Monday, sails the following Wednesday, ETA Hamburg w/c 11 January.

Cheers,
Chloe
""", end="Cheers,\nChloe", change="none", intent="confirmation", po=["P10062"],
     commit=("2027-01-11", "ETA Hamburg w/c 11 January"),
     dates=[("2026-11-26", "ship_date", "Thursday"), ("2026-11-30", "other", "Monday"),
            ("2026-12-02", "ship_date", "the following Wednesday"), ("2027-01-11", "confirmed_delivery", "w/c 11 January")]),

dict(v="polska", c=1, lang="en", at="2026-11-20 13:05", subj="RE: P10063",
     text="""
Tim, sorry, CW 50 not possible for P10063, CW 52 latest. Piotr

-----Original Message-----
From: Tim Brandt
Sent: Friday, November 20, 2026 10:40 AM
Subject: P10063
Piotr, please confirm the plates on P10063 for CW 50. Tim
""", end="Piotr\n\n", change="date", intent="delay", po=["P10063"],
     commit=("2026-12-21", "CW 52 latest"),
     dates=[("2026-12-07", "other", ("CW 50", 0)), ("2026-12-21", "new_eta", "CW 52")]),

dict(v="d9a_mumbai", c=1, lang="en", at="2026-12-12 18:10", subj="P10064 balance shipped",
     text="""
Dear Sir,

Balance quantity of P10064 (MB-TF-04 tiffin 200 sets) sailed today from Nhava Sheva as advised in our last mail. ETA Hamburg 20/01/2027. With this the order is complete.

BL no. MBS-D9A-9744

Regards,
Dispatch Cell
Mumbai Brass & Steelware Pvt Ltd
""", end="Regards,\nDispatch", change="shipping", intent="shipping_notice", po=["P10064"],
     commit=("2027-01-20", "ETA Hamburg 20/01/2027"),
     dates=[("2026-12-12", "ship_date", "today"), ("2027-01-20", "confirmed_delivery", "20/01/2027")],
     lines=[("MB-TF-04", 200, "sets", "MB-TF-04 tiffin 200 sets", "P10064")],
     track=[(None, "MBS-D9A-9744", "BL no. MBS-D9A-9744")]),

dict(v="hanoi", lang="en", at="2026-11-25 11:30", subj="P10065 earlier shipment possible?",
     text="""
Dear Ms Sandra,

Good news, the lacquer boxes of P10065 are finish early. Can we ship on 8/12 instead of 15/12? ETA Hamburg then will be one week earlier also. Please let me know if ok for your warehouse, if not we keep 15/12.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC
""", end="Best regards,", change="none", intent="question", po=["P10065"],
     dates=[("2026-12-08", "other", "8/12"), ("2026-12-15", "ship_date", ("15/12", 0)),
            ("2026-12-15", "ship_date", ("15/12", 1))]),

dict(v="cleanco", lang="en", at="2026-10-08 14:50", subj="P10066 new delivery date",
     text="""
Hi Mike,

As discussed on the phone this morning, and as you agreed, I'm confirming the new delivery date for P10066 as Wednesday 21 October (originally 14 October). The bleach-free wipes will come in with the rest.

Cheers,
Gary Hughes
CleanCo Supplies Ltd
""", end="Cheers,\nGary", change="date", intent="confirmation", po=["P10066"],
     commit=("2026-10-21", "confirming the new delivery date for P10066 as Wednesday 21 October"),
     dates=[("2026-10-08", "other", "this morning"), ("2026-10-21", "confirmed_delivery", "Wednesday 21 October"),
            ("2026-10-14", "other", "14 October")]),

dict(v="pennine", c=1, lang="en", at="2026-12-08 10:40", subj="P10067 despatch",
     text="""
Morning Sandra,

P10067 went on the pallet network yesterday, 4 pallets of the speckled mugs and jugs, consignment PN-D9A-88142. Should be with you Thursday. Sorry it's a week later than we'd said; the glaze kiln was down.

Order Office
Pennine Stoneware Ltd
""", end="Order Office\nPennine", change="date", intent="delay", sec=["shipping_notice"], po=["P10067"],
     commit=("2026-12-10", "Should be with you Thursday"),
     dates=[("2026-12-07", "ship_date", "yesterday"), ("2026-12-10", "new_eta", "Thursday")],
     lines=[("speckled mugs and jugs", 4, "pallets", "4 pallets of the speckled mugs and jugs", "P10067")],
     track=[(None, "PN-D9A-88142", "consignment PN-D9A-88142")]),

dict(v="jaipur", lang="en", at="2026-11-09 12:15", subj="Re: P10068 bedspreads - new date",
     text="""
Dear Tim ji,

As informed on 2/11, the block print bedspreads of P10068 got delayed due to the Diwali holidays at our printing unit. Now we confirm the new date: dispatch by sea on 21/11 from Mundra, ETA Hamburg 28/12, which is within the window we had given you.

All 400 pcs are printed and washed, only packing is pending.

Warm regards,
Anil Mehta
Jaipur Block Prints Pvt Ltd

On Mon, 2 Nov 2026 at 11:40, Anil Mehta <anil.mehta@jaipurblockprints.in> wrote:
> Dear Tim ji, regret to inform P10068 cannot ship on 31/10 as planned. New ETA Hamburg will be end of December, exact date we will confirm next week.
""", end="Warm regards,", change="date", intent="confirmation", po=["P10068"],
     commit=("2026-12-28", "ETA Hamburg 28/12"),
     dates=[("2026-11-02", "other", "2/11"), ("2026-11-21", "ship_date", "21/11"),
            ("2026-12-28", "confirmed_delivery", "28/12")],
     lines=[("block print bedspreads", 400, "pcs", "All 400 pcs", "P10068")]),

dict(v="cebu", c=1, lang="en", at="2026-11-27 15:20", subj="P10069",
     text="""
hi maam Sandra

sory for late reply. the P10069 we can not ship all on 5/12 , only the 200pcs seagrass baskets is ready, the capiz lamps 150pcs need 2 more week becuase the shell supply is late. We ship the baskets 5/12 and lamps 19/12 ok? or you want wait and ship all together 19/12 ?

pls advice

Paolo Reyes
Cebu Rattan Artisans Inc.
""", end="Paolo Reyes", change="date", intent="delay", sec=["question"], po=["P10069"],
     dates=[("2026-12-05", "other", ("5/12", 0)), ("2026-12-05", "other", ("5/12", 1)),
            ("2026-12-19", "other", ("19/12", 0)), ("2026-12-19", "other", ("19/12", 1))],
     lines=[("seagrass baskets", 200, "pcs", "200pcs seagrass baskets", "P10069"),
            ("capiz lamps", 150, "pcs", "capiz lamps 150pcs", "P10069")]),

dict(v="milano", c=1, lang="en", at="2026-12-03 10:50", subj="Your orders P10070 and P10071 - situation before Christmas",
     text="""
Dear Laura,

I write you about your two orders with us, because our factory closes for the holidays from 19 December to 6 January and I want that everything is clear before.

The olive wood boards of P10070 are finished, the goods are ready for pick-up by your forwarder from Monday 14 December, ex works as always. Please ask them to book the pick-up before we close.

For P10071 (the marble mortars) I am sorry, the marble from Carrara arrived late and the goods will be ready only in week 2 of next year, not in week 50 like we confirmed. I know this is after your season but the quality is more important for us.

Thank you for understanding and I wish you and the team a Merry Christmas.

Cordiali saluti,
Marco Bianchi
Milano Casa S.r.l.
""", end="Cordiali saluti,", change="date", intent="delay", sec=["confirmation"], po=["P10070", "P10071"],
     dates=[("2026-12-19", "other", "19 December"), ("2027-01-06", "other", "6 January"),
            ("2026-12-14", "ship_date", "Monday 14 December"), ("2027-01-11", "ship_date", "week 2 of next year"),
            ("2026-12-07", "other", "week 50")],
     changes=[("P10070", "confirmation", None, None, "ready for pick-up by your forwarder from Monday 14 December"),
              ("P10071", "delay", None, None, "the goods will be ready only in week 2 of next year")]),
]
