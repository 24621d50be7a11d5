# ruff: noqa: E501 - email text is data
"""English, round 11 (branch d11b): the partial shipment / shipping notice / delay boundary.
Shipping notices of complete orders that list quantities per line (complete only because the
numbers add up to the order), partial shipments whose rest follows on a date, shipments where
only one line of several leaves, quantities short without the word "partial", backorders open
or dated, split deliveries the vendor decided on its own, delays of a whole order that also
mention a shipment of another order, and dispatch notices whose arrival is later than ordered
(a delay with the shipping notice secondary, as the guide settles). Quoted history and
forwarded warehouse and carrier chains with other dates and orders, packing lists and bills of
lading as attachment text, calendar weeks, ranges, relative dates and US and Canadian
month-first numeric dates. Hand-written and hand-labelled by reading each email; no extractor
or classifier produced or checked the labels."""

EMAILS = [
dict(v="keystone", c=2, lang="en", at="2026-11-18 10:05", subj="ASN - P11100",
     text="""
Mike,

P11100 left Allentown this morning on Estes, PRO 0419-D11B-2231, 2 pallets. Line detail:

KHD-SP-10  saute pan 10"   144 / 144
KHD-LD-4   ladle           288 / 288
KHD-WH-2   balloon whisk    96 /  96

Est. delivery at the consolidator Monday 11/23.

Greg Palmer
Keystone Housewares Distribution Inc.

On Fri, Oct 30, 2026 at 3:12 PM Mike Osei wrote:
> Greg, please find P11100 attached, delivery to our Newark consolidator by 11/25 latest.
> 144 saute pans, 288 ladles, 96 whisks. Thanks, Mike
""", end="Greg Palmer", change="shipping", intent="shipping_notice", po=["P11100"],
     commit=("2026-11-23", "Est. delivery at the consolidator Monday 11/23"),
     dates=[("2026-11-18", "ship_date", "this morning"), ("2026-11-23", "confirmed_delivery", "Monday 11/23")],
     lines=[("KHD-SP-10", 144, None, 'KHD-SP-10  saute pan 10"   144 / 144', "P11100"),
            ("KHD-LD-4", 288, None, "KHD-LD-4   ladle           288 / 288", "P11100"),
            ("KHD-WH-2", 96, None, "KHD-WH-2   balloon whisk    96 /  96", "P11100")],
     track=[("Estes", "0419-D11B-2231", "PRO 0419-D11B-2231")]),

dict(v="d10e_lonestar", lang="en", at="2026-10-14 15:20", subj="P11101 on the 3pm truck",
     text="""
Tim,

P11101 went out on the 3pm Old Dominion truck, PRO 5521-D11B-0870. We had 28 umbrella bases on hand so 28 are on the truck; the other 12 come in from our foundry end of next week and we ship them the day they land, freight on us. The 28 should be at your Houston forwarder Friday 10/16.

Dustin
""", end="Dustin", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11101"],
     commit=("2026-10-23", "the other 12 come in from our foundry end of next week"),
     dates=[("2026-10-23", "new_eta", "end of next week"), ("2026-10-16", "confirmed_delivery", "Friday 10/16")],
     lines=[("umbrella bases", 28, None, "28 are on the truck", "P11101"),
            ("umbrella bases", 12, None, "the other 12", "P11101")],
     track=[("Old Dominion", "5521-D11B-0870", "PRO 5521-D11B-0870")]),

dict(v="d10a_aire", lang="en", at="2026-11-10 11:30", subj="Despatch note - P11102",
     text="""
Good morning Sandra,

Despatch note for P11102 attached. Please note only line 3 is on today's pallet:

Line 3  AVH-TB-30 tea towels   600 pcs   despatched

Lines 1 and 2 (AVH-OG-2 oven gloves, 300 pcs and AVH-AP-1 aprons, 200 pcs) are still waiting on the printed fabric from our supplier in Bradford and will follow w/c 23/11.

Today's pallet is with Palletline, consignment PL-D11B-448190, and should be with you Thursday.

Kind regards,
Nigel Booth
Aire Valley Homewares Ltd
""", end="Kind regards,\nNigel", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11102"],
     commit=("2026-11-23", "will follow w/c 23/11"),
     dates=[("2026-11-10", "ship_date", "on today's pallet"), ("2026-11-10", "ship_date", "Today's pallet"), ("2026-11-23", "new_eta", "w/c 23/11"),
            ("2026-11-12", "confirmed_delivery", "Thursday")],
     lines=[("AVH-TB-30", 600, "pcs", "Line 3  AVH-TB-30 tea towels   600 pcs   despatched", "P11102"),
            ("AVH-OG-2", 300, "pcs", "AVH-OG-2 oven gloves, 300 pcs", "P11102"),
            ("AVH-AP-1", 200, "pcs", "AVH-AP-1 aprons, 200 pcs", "P11102")],
     track=[("Palletline", "PL-D11B-448190", "consignment PL-D11B-448190")]),

dict(v="acme", lang="en", at="2026-12-02 09:50", subj="P11103 enamel mugs - slipping",
     text="""
Hi Laura,

I have to move P11103 (the 2,400 enamel camp mugs). Our glaze line has been down since the weekend and the repair tech can't come before Monday. New ship date 12/14, delivery to you 12/18 instead of 12/9.

On the positive side P11104 (the cast iron trivets) shipped yesterday as planned, FedEx Freight PRO 7781-D11B-3390, delivering Friday.

Sorry for the trouble,
Jessica
""", end="Sorry for the trouble,", change="date", intent="delay", sec=["shipping_notice"], po=["P11103", "P11104"],
     commit=("2026-12-18", "delivery to you 12/18 instead of 12/9"),
     dates=[("2026-12-07", "other", "Monday"), ("2026-12-14", "ship_date", "12/14"),
            ("2026-12-18", "new_eta", "12/18"), ("2026-12-09", "other", "12/9"),
            ("2026-12-01", "ship_date", "yesterday"), ("2026-12-04", "confirmed_delivery", "delivering Friday")],
     track=[("FedEx Freight", "7781-D11B-3390", "FedEx Freight PRO 7781-D11B-3390")],
     changes=[("P11103", "delay", "2026-12-18", None, "New ship date 12/14, delivery to you 12/18 instead of 12/9"),
              ("P11104", "shipping_notice", "2026-12-04", None, "P11104 (the cast iron trivets) shipped yesterday as planned")]),

dict(v="voltix", c=1, lang="en", at="2026-10-09 16:40", subj="P11105 shipment advice",
     text="""
Dear Mike,

Shipment advice for P11105 (LED desk lamp DL-220, 4,000 pcs, full quantity):

Vessel: COSCO AQUARIUS 071W
ETD Yantian: 12 Oct
ETA Hamburg: 19 Nov
B/L: COSU-D11B-6640213
Container: CSNU-D11B-30417

Sorry, the shipping line changed the rotation, so the ETA is one week later than the 12 Nov in your PO. We have no better vessel this month.

Best regards,
Kevin Liu
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards,\nKevin", change="date", intent="delay", sec=["shipping_notice"], po=["P11105"],
     commit=("2026-11-19", "ETA Hamburg: 19 Nov"),
     dates=[("2026-10-12", "ship_date", "12 Oct"), ("2026-11-19", "new_eta", "19 Nov"),
            ("2026-11-12", "other", "12 Nov")],
     lines=[("DL-220", 4000, "pcs", "4,000 pcs, full quantity", "P11105")],
     track=[("COSCO", "COSU-D11B-6640213", "B/L: COSU-D11B-6640213"), ("COSCO", "CSNU-D11B-30417", "Container: CSNU-D11B-30417")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-22 13:15", subj="RE: P11106 rain barrels",
     text="""
Hi Tim,

Megan here, Randy is out this week. P11106 shipped today but only 20 of the 24 rain barrels. The 4 remaining are backordered until further notice, our spigot supplier is out and can't give us a date yet. The 20 should reach your Chicago cross-dock 9/25.

I'll let you know as soon as I hear about the spigots.

Megan Tran
Green Thumb Garden Supply LLC

-----Original Message-----
From: Tim Brandt
Sent: Tuesday, September 8, 2026 10:02 AM
Subject: P11106 rain barrels
Megan, can you ship P11106 by 9/21 so it makes the 10/14 vessel?
""", end="Megan Tran\nGreen", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11106"],
     commit=("2026-09-25", "The 20 should reach your Chicago cross-dock 9/25"),
     dates=[("2026-09-21", "other", "this week"), ("2026-09-22", "ship_date", "today"),
            ("2026-09-25", "confirmed_delivery", "9/25")],
     lines=[("rain barrels", 20, None, "only 20 of the 24 rain barrels", "P11106"),
            ("rain barrels", 4, None, "The 4 remaining are backordered", "P11106")]),

dict(v="nordic", c=1, lang="en", at="2026-10-05 14:10", subj="P11107 - two deliveries",
     text="""
Hello Sandra,

Originally all 650 wool throws on P11107 were due on 14 October. To fill the truck properly we have decided to split the order: 400 throws will arrive on 14.10 with the Borås-Hamburg groupage, the remaining 250 on 28.10 with the following one. No extra freight for you.

Best regards
Johan Lindqvist
Nordic Textiles AB
""", end="Best regards\nJohan", change="quantity", intent="partial_shipment", po=["P11107"],
     commit=("2026-10-28", "the remaining 250 on 28.10"),
     dates=[("2026-10-14", "other", "14 October"), ("2026-10-14", "confirmed_delivery", "14.10"),
            ("2026-10-28", "new_eta", "28.10")],
     lines=[("wool throws", 400, None, "400 throws will arrive", "P11107"),
            ("wool throws", 250, None, "the remaining 250", "P11107")]),

dict(v="pacific", lang="en", at="2026-11-05 12:40", subj="P11108",
     text="""
P11108 - all 60 cases out today UPS 1Z-D11B-7704410, arrives Tues. -Lena
""", end="-Lena", change="shipping", intent="shipping_notice", po=["P11108"],
     commit=("2026-11-10", "arrives Tues"),
     dates=[("2026-11-05", "ship_date", "today"), ("2026-11-10", "confirmed_delivery", "Tues")],
     lines=[("cases", 60, "cases", "all 60 cases", "P11108")],
     track=[("UPS", "1Z-D11B-7704410", "UPS 1Z-D11B-7704410")]),

dict(v="ningbo", lang="en", at="2026-11-03 17:25", subj="P11109 shipping documents",
     text="""
Dear Laura,

Pls find packing list of P11109. The container loaded yesterday, ETD Ningbo 5 Nov, ETA Hamburg 8 Dec. The remain 600 pcs glass jar will on next vessel, ETD 24 Nov, because the lid supplier late.

Thanks and best regards
Amy Chen

--- attachment: NBH-PL-D11B-2207.pdf ---
PACKING LIST  NBH-PL-D11B-2207
PO: P11109     Date: 2026-11-02
Item        Description              Order Qty   Ship Qty   Cartons
NB-GJ-500   Glass jar 500ml w/lid    2,400       1,800      75
NB-GJ-1000  Glass jar 1000ml w/lid   1,200       1,200      60
Container: TCLU-D11B-55190   Seal: 0883312
""", end="Thanks and best regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11109"], vref=["NBH-PL-D11B-2207"], commit=("2026-12-08", "ETA Hamburg 8 Dec"),
     dates=[("2026-11-02", "ship_date", "yesterday"), ("2026-11-05", "ship_date", "5 Nov"),
            ("2026-12-08", "confirmed_delivery", "8 Dec"), ("2026-11-24", "ship_date", "ETD 24 Nov"),
            ("2026-11-02", "other", "2026-11-02")],
     lines=[("NB-GJ-500", 600, "pcs", "remain 600 pcs glass jar", "P11109"),
            ("NB-GJ-500", 1800, None, "NB-GJ-500   Glass jar 500ml w/lid    2,400       1,800      75", "P11109"),
            ("NB-GJ-1000", 1200, None, "NB-GJ-1000  Glass jar 1000ml w/lid   1,200       1,200      60", "P11109")],
     track=[(None, "TCLU-D11B-55190", "Container: TCLU-D11B-55190")]),

dict(v="texbright", c=1, lang="en", at="2026-10-19 16:05", subj="FW: BOL for P11110",
     text="""
Hi Sandra, P11110 is on its way, BOL from our DC below. Olivia

---------- Forwarded message ---------
From: Charlotte DC Shipping <dc-shipping@texbright.com>
Date: Mon, Oct 19, 2026 at 2:47 PM
Subject: BOL for P11110

Shipped 10/19 via Southeastern Freight, PRO 6610-D11B-2094, est. delivery 10/22.

Item       Ordered  Shipped  B/O
TXB-PC-S   500      480      20
TXB-PC-K   300      300      0
""", end="Olivia", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11110"],
     commit=("2026-10-22", "est. delivery 10/22"),
     dates=[("2026-10-19", "ship_date", "Shipped 10/19"), ("2026-10-22", "confirmed_delivery", "10/22")],
     lines=[("TXB-PC-S", 480, None, "TXB-PC-S   500      480      20", "P11110"),
            ("TXB-PC-K", 300, None, "TXB-PC-K   300      300      0", "P11110")],
     track=[("Southeastern Freight", "6610-D11B-2094", "PRO 6610-D11B-2094")]),

dict(v="highland", c=1, lang="en", at="2026-11-16 09:20", subj="RE: P11111 / P11112",
     text="""
Hi Laura,

Sorry, I've got bad news on P11111 (the pillar candles). Our soy wax delivery from the Netherlands is stuck and we can't pour until it arrives. The whole order will now leave us on Friday 27th and arrive with you on 1 December rather than 20 November.

Kind regards,
Ewan

Ewan Grant
Highland Candle Works Ltd

On Thu, 12 Nov 2026 at 16:02, Ewan Grant wrote:
> Hi Laura, P11112 (tealights) left today with DPD, consignment 15505-D11B-0411, due with you Monday 16th. P11111 on track for the 20th.
""", end="Kind regards,\nEwan", change="date", intent="delay", po=["P11111", "P11112"],
     commit=("2026-12-01", "arrive with you on 1 December"),
     dates=[("2026-11-27", "ship_date", "Friday 27th"), ("2026-12-01", "new_eta", "1 December"),
            ("2026-11-20", "other", "20 November")]),

dict(v="mapleleaf", lang="en", at="2026-10-20 15:55", subj="P11113 shipped less toboggans",
     text="""
Hi Mike,

P11113 shipped today from Mississauga except the 2-person toboggans (TB-2P, 150 pcs), which are backordered to week 46; the snowshoes and the sled bags are all on it. The truck should land at your Montreal forwarder 10/23.

Josh
""", end="Josh", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11113"],
     commit=("2026-11-09", "backordered to week 46"),
     dates=[("2026-10-20", "ship_date", "today"), ("2026-11-09", "new_eta", "week 46"),
            ("2026-10-23", "confirmed_delivery", "10/23")],
     lines=[("TB-2P", 150, "pcs", "TB-2P, 150 pcs", "P11113")]),

dict(v="aussie", lang="en", at="2026-10-27 10:10", subj="P11114 - both boxes sailed",
     text="""
G'day Sandra,

Both containers for P11114 sailed Saturday on the MAERSK SYDNEY 642N out of Port Botany:

TGBU-D11B-40012   320 swags
MSKU-D11B-77193   280 swags

That's the 600 on the order, all loaded, nothing held back. ETA Hamburg 14/12.

Cheers,
Liam
""", end="Cheers,\nLiam", change="shipping", intent="shipping_notice", po=["P11114"],
     commit=("2026-12-14", "ETA Hamburg 14/12"),
     dates=[("2026-10-24", "ship_date", "sailed Saturday"), ("2026-12-14", "confirmed_delivery", "14/12")],
     lines=[("swags", 320, None, "TGBU-D11B-40012   320 swags", "P11114"),
            ("swags", 280, None, "MSKU-D11B-77193   280 swags", "P11114")],
     track=[("Maersk", "TGBU-D11B-40012", "TGBU-D11B-40012   320 swags"),
            ("Maersk", "MSKU-D11B-77193", "MSKU-D11B-77193   280 swags")]),

dict(v="seoul", lang="en", at="2026-09-15 18:30", subj="P11115 stainless pot set",
     text="""
Dear Mr. Osei,

We are very sorry, we can make only 1,500 set of pot set for this time because the handle mold was broken. 1,500 set will ship by air on 18th Sep and arrive Frankfurt 21st Sep. Remain 500 set we ship by sea on 2nd Oct, arrive Hamburg around 6th Nov.

Please understand our situation.

Best regards,
Ji-ho Park
Seoul Kitchenware Co., Ltd.
""", end="Please understand our situation.", change="quantity", intent="partial_shipment", po=["P11115"],
     commit=("2026-11-06", "arrive Hamburg around 6th Nov"),
     dates=[("2026-09-18", "ship_date", "18th Sep"), ("2026-09-21", "confirmed_delivery", "21st Sep"),
            ("2026-10-02", "ship_date", "2nd Oct"), ("2026-11-06", "new_eta", "around 6th Nov")],
     lines=[("pot set", 1500, "set", "1,500 set will ship by air", "P11115"),
            ("pot set", 500, "set", "Remain 500 set", "P11115")]),

dict(v="cleanco", lang="en", at="2026-12-03 14:45", subj="P11116 - 4 cartons to follow",
     text="""
Hi Tim,

Your warehouse will have counted 46 cartons of P11116 on today's delivery, not 50. The driver left 4 cartons of the microfibre cloths behind at our Leeds depot (too much on the van). They'll come with Thursday's run, no charge.

Sorry about that,
Gary
""", end="Sorry about that,", change="quantity", intent="partial_shipment", po=["P11116"],
     commit=("2026-12-10", "They'll come with Thursday's run"),
     dates=[("2026-12-03", "other", "today's delivery"), ("2026-12-10", "new_eta", "Thursday's run")],
     lines=[("cartons", 46, "cartons", "46 cartons", "P11116"),
            ("microfibre cloths", 4, "cartons", "4 cartons of the microfibre cloths", "P11116")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-23 11:15", subj="RE: P11117 balance",
     text="""
Laura,

The final 120 cases of P11117 (napkins 2-ply) shipped today via XPO, PRO 3310-D11B-5581. That makes 480 of 480, the order is complete. Delivery Wed 11/25.

Tanya Brooks
Evergreen Paper Products Inc.

On Mon, Nov 9, 2026 at 4:30 PM Tanya Brooks wrote:
> Laura, 360 cases of P11117 shipped today, the last 120 follow 11/23. Delivery of these 11/12.
""", end=("Tanya Brooks", 0), change="shipping", intent="shipping_notice", po=["P11117"],
     commit=("2026-11-25", "Delivery Wed 11/25"),
     dates=[("2026-11-23", "ship_date", ("shipped today", 0)), ("2026-11-25", "confirmed_delivery", "Wed 11/25")],
     lines=[("napkins 2-ply", 120, "cases", "The final 120 cases", "P11117")],
     track=[("XPO", "3310-D11B-5581", "PRO 3310-D11B-5581")]),

dict(v="d9a_mumbai", lang="en", at="2026-11-12 19:40", subj="P11118 - dispatch in two lots",
     text="""
Dear Madam,

Greetings from Mumbai Brass & Steelware and a very happy Diwali season to you and your team.

With reference to your esteemed order P11118 for the hammered copper serving bowls, we wish to inform you that due to the festival holidays many of our karigars (artisans) have gone to their native places and the polishing section is running at half strength. Therefore, in order that you are not kept waiting for the complete quantity, our management has taken the decision to despatch the order in two lots as under:

Lot 1: 1,000 nos. CB-HB-8 - already packed, will be handed over to the forwarder on 16th November, by sea from Nhava Sheva, ETA Hamburg approx. 28th December.
Lot 2: balance 800 nos. CB-HB-8 - to be despatched by 4th December, ETA Hamburg around 15th January.

We trust this arrangement will be acceptable to you. Kindly do not hesitate to contact the undersigned for any further clarification.

Thanking you and assuring you of our best services at all times,

Suresh Iyer
Mumbai Brass & Steelware Pvt Ltd
""", end="Thanking you and assuring", change="quantity", intent="partial_shipment", po=["P11118"],
     commit=("2027-01-15", "ETA Hamburg around 15th January"),
     dates=[("2026-11-16", "ship_date", "16th November"), ("2026-12-28", "confirmed_delivery", "approx. 28th December"),
            ("2026-12-04", "ship_date", "by 4th December"), ("2027-01-15", "new_eta", "around 15th January")],
     lines=[("CB-HB-8", 1000, "nos.", "Lot 1: 1,000 nos. CB-HB-8", "P11118"),
            ("CB-HB-8", 800, "nos.", "balance 800 nos. CB-HB-8", "P11118")]),

dict(v="siam", lang="en", at="2026-10-21 15:30", subj="P11119 teak benches / P11120 shipped",
     text="""
Dear Laura,

For P11119 (teak garden benches, 120 pcs) we are late: the kiln drying take longer because of the rainy season, wood moisture still too high. We cannot load on 30 October as confirmed. New loading is 13 November, ETA Hamburg 21 December.

Other order P11120 (rattan baskets) is loaded and ship on 23 October as plan, ETA Hamburg 30 November, B/L ONEYBKK-D11B-2280 follow.

Sorry for this.
Somchai Wongsakul
Siam Rattan & Teak Co., Ltd.
""", end="Sorry for this.", change="date", intent="delay", sec=["shipping_notice"], po=["P11119", "P11120"],
     commit=("2026-12-21", "ETA Hamburg 21 December"),
     dates=[("2026-10-30", "other", "30 October"), ("2026-11-13", "ship_date", "13 November"),
            ("2026-12-21", "new_eta", "21 December"), ("2026-10-23", "ship_date", "23 October"),
            ("2026-11-30", "confirmed_delivery", "30 November")],
     track=[("ONE", "ONEYBKK-D11B-2280", "B/L ONEYBKK-D11B-2280")],
     changes=[("P11119", "delay", "2026-12-21", None, "New loading is 13 November, ETA Hamburg 21 December"),
              ("P11120", "shipping_notice", "2026-11-30", None, "is loaded and ship on 23 October as plan, ETA Hamburg 30 November")]),

dict(v="d11b_riverbend", c=1, lang="en", at="2026-09-29 08:10", subj="Advance Ship Notice ASN-D11B-000781 / PO P11121",
     text="""
ADVANCE SHIP NOTICE  ASN-D11B-000781
Ship Date: 09/28/2026      Est. Delivery: 10/01/2026
Carrier: R+L Carriers      PRO: RL-D11B-7730512
Customer PO: P11121

Line  Item        Description              Qty Ord  Qty Shp
1     RB-CP-20    Enamel camp plate 20cm   240      240
2     RB-SP-8     Enamel saucepan 8in      180      120
3     RB-MG-12    Enamel mug 12oz          600      600

Backordered quantities will ship when available.

This is an automated message from Riverbend Enamelware Co. Please do not reply.
""", end="This is an automated message", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11121"], vref=["ASN-D11B-000781"], commit=("2026-10-01", "Est. Delivery: 10/01/2026"),
     dates=[("2026-09-28", "ship_date", "09/28/2026"), ("2026-10-01", "confirmed_delivery", "10/01/2026")],
     lines=[("RB-CP-20", 240, None, "1     RB-CP-20    Enamel camp plate 20cm   240      240", "P11121"),
            ("RB-SP-8", 120, None, "2     RB-SP-8     Enamel saucepan 8in      180      120", "P11121"),
            ("RB-MG-12", 600, None, "3     RB-MG-12    Enamel mug 12oz          600      600", "P11121")],
     track=[("R+L Carriers", "RL-D11B-7730512", "PRO: RL-D11B-7730512")]),

dict(v="d11b_yorkshire", lang="en", at="2026-11-26 16:35", subj="RE: P11122 - revised despatch",
     text="""
Hi Laura,

As promised, P11122 went out this afternoon, complete: 400 duvet covers, 400 pillowcase pairs and 150 fitted sheets, 5 pallets with Pall-Ex, consignment PX-D11B-330918. Arrival in Hamburg Tuesday 1st as we agreed last week.

Thanks again for your patience.

Helen Ashworth
Yorkshire Linen Co Ltd

On Thu, 19 Nov 2026 at 10:14, Laura Jensen wrote:
> Fine, 1 December works for us. Laura
>> On 18 Nov 2026, Helen Ashworth wrote:
>> Laura, the fitted sheets were short of elastic so we're now looking at despatch 26/11 instead of 19/11,
>> arrival 1/12. Hope that's OK. Helen
""", end="Thanks again for your patience.", change="shipping", intent="shipping_notice", po=["P11122"],
     commit=("2026-12-01", "Arrival in Hamburg Tuesday 1st"),
     dates=[("2026-11-26", "ship_date", "this afternoon"), ("2026-12-01", "confirmed_delivery", "Tuesday 1st"),
            ("2026-11-16", "other", "last week")],
     lines=[("duvet covers", 400, None, "400 duvet covers", "P11122"),
            ("pillowcase pairs", 400, None, "400 pillowcase pairs", "P11122"),
            ("fitted sheets", 150, None, "150 fitted sheets", "P11122")],
     track=[("Pall-Ex", "PX-D11B-330918", "consignment PX-D11B-330918")]),

dict(v="d11b_tasman", lang="en", at="2026-12-08 10:00", subj="P11123 - what's on the boat",
     text="""
Kia ora Laura,

Quick one on P11123. We've shipped what we had: all 1,200 flax placemats and 300 of the 500 rimu serving trays. The container sailed from Tauranga yesterday, ETA Hamburg 22/01.

The other 200 trays won't be finished before our Christmas shutdown (18 Dec to 11 Jan), so they'll ship mid-January and I'll send you the booking then.

Nga mihi,
Rawiri
""", end="Nga mihi,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11123"],
     commit=("2027-01-22", "ETA Hamburg 22/01"),
     dates=[("2026-12-07", "ship_date", "yesterday"), ("2027-01-22", "confirmed_delivery", "22/01"),
            ("2026-12-18", "other", "18 Dec"), ("2027-01-11", "other", "11 Jan"),
            ("2027-01-15", "ship_date", "mid-January")],
     lines=[("flax placemats", 1200, None, "all 1,200 flax placemats", "P11123"),
            ("rimu serving trays", 300, None, "300 of the 500 rimu serving trays", "P11123"),
            ("rimu serving trays", 200, None, "The other 200 trays", "P11123")]),

dict(v="brightline", lang="en", at="2026-10-13 12:20", subj="P11124 smart plugs / P11125",
     text="""
Hi Mike,

Sarah here. P11124 (the SP-200 smart plugs) will not make 20 October, I'm sorry. The test lab only issued the CE report on Friday, so the line restarts on Monday and the whole order will be delivered to you on 3 November.

Separately, our warehouse tells me P11125 (the USB-C cables) went yesterday, see below.

Best wishes,
Sarah Whitfield
Brightline Electronics Ltd

---------- Forwarded message ---------
From: Brightline Warehouse <warehouse@brightline-electronics.co.uk>
Date: Mon, 12 Oct 2026 at 17:02
Subject: P11125 collected

P11125 - 18 cartons collected 12/10 by DHL Express, waybill 44-D11B-9013377, delivery Hamburg Wednesday 14/10.
""", end="Best wishes,", change="date", intent="delay", sec=["shipping_notice"], po=["P11124", "P11125"],
     commit=("2026-11-03", "the whole order will be delivered to you on 3 November"),
     dates=[("2026-10-20", "other", "20 October"), ("2026-10-09", "other", "on Friday"),
            ("2026-10-19", "other", "on Monday"), ("2026-11-03", "new_eta", "3 November"),
            ("2026-10-12", "ship_date", "went yesterday"), ("2026-10-12", "ship_date", "12/10"),
            ("2026-10-14", "confirmed_delivery", "Wednesday 14/10")],
     lines=[("USB-C cables", 18, "cartons", "18 cartons collected", "P11125")],
     track=[("DHL Express", "44-D11B-9013377", "waybill 44-D11B-9013377")],
     changes=[("P11124", "delay", "2026-11-03", None, "the whole order will be delivered to you on 3 November"),
              ("P11125", "shipping_notice", "2026-10-14", None, "P11125 (the USB-C cables) went yesterday")]),

dict(v="lakeside", c=1, lang="en", at="2026-11-11 14:25", subj="P11126 truck",
     text="""
Hello Tim,

Your truck for P11126 is loaded with 22 pallets of the 26. We ran out of the 30 lb salmon kibble (LPF-SK-30), so those 4 pallets will go on next Tuesday's truck. Today's load delivers Friday to your Chicago consolidator, BOL LPF-D11B-66120.

Shipping Team
Lakeside Pet Foods Inc.
""", end="Shipping Team\nLakeside", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11126"], commit=("2026-11-13", "delivers Friday"),
     dates=[("2026-11-17", "ship_date", "next Tuesday's truck"), ("2026-11-11", "ship_date", "Today's load"),
            ("2026-11-13", "confirmed_delivery", "delivers Friday")],
     lines=[("pallets", 22, "pallets", "22 pallets of the 26", "P11126"),
            ("LPF-SK-30", 4, "pallets", "those 4 pallets", "P11126")],
     track=[(None, "LPF-D11B-66120", "BOL LPF-D11B-66120")]),

dict(v="oakridge", lang="en", at="2026-10-05 10:45", subj="P11127 chairs held back",
     text="""
Laura,

P11128's dining tables went out on 10/2 as planned, Old Dominion PRO 2209-D11B-7413, delivering 10/7.

P11127 (the matching chairs, 96 pcs) did not go with them. The finish on the first run failed our QC and we are refinishing all 96, so the whole of P11127 now ships 10/16 and delivers 10/21 instead of 10/7. I know you wanted them together, sorry.

Travis Lund
Oakridge Furniture Co.
""", end="Travis Lund", change="date", intent="delay", sec=["shipping_notice"], po=["P11127", "P11128"],
     commit=("2026-10-21", "delivers 10/21 instead of 10/7"),
     dates=[("2026-10-02", "ship_date", "out on 10/2"), ("2026-10-07", "confirmed_delivery", ("10/7", 0)),
            ("2026-10-16", "ship_date", "10/16"), ("2026-10-21", "new_eta", "10/21"),
            ("2026-10-07", "other", ("10/7", 1))],
     track=[("Old Dominion", "2209-D11B-7413", "PRO 2209-D11B-7413")],
     changes=[("P11127", "delay", "2026-10-21", None, "the whole of P11127 now ships 10/16 and delivers 10/21"),
              ("P11128", "shipping_notice", "2026-10-07", None, "P11128's dining tables went out on 10/2 as planned")]),

dict(v="penang", lang="en", at="2026-10-28 11:50", subj="P11129 yoga mats - 3rd container",
     text="""
Dear Mike,

Update on P11129 (yoga mats, 3 x 40HC). Two containers are loaded and will sail ETD Port Klang 30/10, ETA Hamburg 3/12 as per our confirmation.

The 3rd container (4,200 pcs YM-6MM-PUR) is not ready, the purple colour batch came out too dark and we are re-running it. We will roll it to the following vessel: ETD 6/11, ETA Hamburg 10/12 instead of 3/12.

Containers already loaded:
TGHU-D11B-10284  4,200 pcs YM-6MM-GRY
TGHU-D11B-10291  4,200 pcs YM-6MM-BLK

Thank you for understanding.

Tan Wei Ming
Penang Rubberware Sdn Bhd
""", end="Thank you for understanding.", change="quantity", intent="partial_shipment", sec=["shipping_notice", "delay"],
     po=["P11129"], commit=("2026-12-10", "ETA Hamburg 10/12 instead of 3/12"),
     dates=[("2026-10-30", "ship_date", "30/10"), ("2026-12-03", "confirmed_delivery", ("3/12", 0)),
            ("2026-11-06", "ship_date", "6/11"), ("2026-12-10", "new_eta", "10/12"),
            ("2026-12-03", "other", ("3/12", 1))],
     lines=[("YM-6MM-PUR", 4200, "pcs", "4,200 pcs YM-6MM-PUR", "P11129"),
            ("YM-6MM-GRY", 4200, "pcs", "TGHU-D11B-10284  4,200 pcs YM-6MM-GRY", "P11129"),
            ("YM-6MM-BLK", 4200, "pcs", "TGHU-D11B-10291  4,200 pcs YM-6MM-BLK", "P11129")],
     track=[(None, "TGHU-D11B-10284", "TGHU-D11B-10284  4,200 pcs YM-6MM-GRY"),
            (None, "TGHU-D11B-10291", "TGHU-D11B-10291  4,200 pcs YM-6MM-BLK")]),

dict(v="cascadia", lang="en", at="2026-11-19 13:05", subj="P11130 out",
     text="""
P11130 cedar planters: 96 of 96 shipped, all 3 SKUs complete, FedEx Freight 4410-D11B-9921. ETA Mon.

Brent
""", end="Brent", change="shipping", intent="shipping_notice", po=["P11130"],
     commit=("2026-11-23", "ETA Mon"),
     dates=[("2026-11-23", "confirmed_delivery", "Mon")],
     lines=[("cedar planters", 96, None, "96 of 96 shipped", "P11130")],
     track=[("FedEx Freight", "4410-D11B-9921", "FedEx Freight 4410-D11B-9921")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-10-22 09:15", subj="P11131 shipped - carton count",
     text="""
Hi Sandra,

P11131 shipped today with Mainfreight, complete. Before your receiving team worries: the packing list shows 25 cartons, not the 32 on your PO, because we now pack the blankets 10 to a carton instead of 8. 25 x 10 = 250 blankets, same as ordered, nothing missing.

Air freight via Auckland, Mainfreight AWB 176-D11B-20985, due at your Hamburg warehouse on Tuesday 27 October.

Cheers,
Sophie
""", end="Cheers,\nSophie", change="shipping", intent="shipping_notice", po=["P11131"],
     commit=("2026-10-27", "due at your Hamburg warehouse on Tuesday 27 October"),
     dates=[("2026-10-22", "ship_date", "today"), ("2026-10-27", "confirmed_delivery", "Tuesday 27 October")],
     lines=[("blankets", 250, None, "25 x 10 = 250 blankets", "P11131")],
     track=[("Mainfreight", "176-D11B-20985", "AWB 176-D11B-20985")]),

dict(v="d9b_dhaka", lang="en", at="2026-11-16 12:30", subj="P11132 shipment 1 of 2",
     text="""
Dear Laura Madam,

Good day. Regarding P11132 (knit throws 6,000 pcs), we have shipped 3,650 pcs on 14 Nov by vessel from Chattogram, ETA Hamburg 22 Dec. Balance 2,350 pcs will be shipped in week 50 with next vessel, ETA Hamburg approx week 2 2027, because the dyeing house had gas supply problem.

We are very sorry for split shipment. Shipping documents of first lot attached.

Best Regards
Md. Rafiqul Islam
Dhaka Knit Apparels Ltd

--- attachment: DKA-INV-D11B-0552.pdf ---
COMMERCIAL INVOICE DKA-INV-D11B-0552     Date: 14.11.2026
Buyer order: P11132
Knit throw 130x170 mixed colours     3,650 pcs
B/L No.: MAEU-D11B-883021
""", end="We are very sorry for split shipment.", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11132"], vref=["DKA-INV-D11B-0552"], commit=("2027-01-11", "ETA Hamburg approx week 2 2027"),
     dates=[("2026-11-14", "ship_date", "14 Nov"), ("2026-12-22", "confirmed_delivery", "22 Dec"),
            ("2026-12-07", "ship_date", "week 50"), ("2027-01-11", "new_eta", "week 2 2027"),
            ("2026-11-14", "other", "14.11.2026")],
     lines=[("knit throws", 3650, "pcs", "we have shipped 3,650 pcs", "P11132"),
            ("knit throws", 2350, "pcs", "Balance 2,350 pcs", "P11132"),
            ("knit throws", 3650, "pcs", "Knit throw 130x170 mixed colours     3,650 pcs", "P11132")],
     track=[("Maersk", "MAEU-D11B-883021", "B/L No.: MAEU-D11B-883021")]),

dict(v="galway", lang="en", at="2026-11-30 10:25", subj="P11133 cardigans - two goes",
     text="""
Hi Sandra,

We're going to send the cardigans on P11133 in two goes, if that's alright, the knitters are flat out before Christmas. 180 will be with you this Thursday and the balance of 120 between Monday 7th and Wednesday 9th December. Same invoice, we'll just split the delivery.

All the best,
Orla
""", end="All the best,", change="quantity", intent="partial_shipment", po=["P11133"],
     commit=("2026-12-09", "Wednesday 9th December"),
     dates=[("2026-12-03", "confirmed_delivery", "this Thursday"), ("2026-12-07", "range_start", "Monday 7th"),
            ("2026-12-09", "range_end", "Wednesday 9th December")],
     lines=[("cardigans", 180, None, "180 will be with you", "P11133"),
            ("cardigans", 120, None, "the balance of 120", "P11133")]),

dict(v="taipei", c=1, lang="en", at="2026-10-12 20:15", subj="P11134 air shipment",
     text="""
Dear Mike,

P11134 (USB-C hubs HB-7, 3,000 pcs, all) depart TPE tonight on CI 061, MAWB 297-D11B-5530. Arrive FRA 14 Oct, after customs delivery to your warehouse 16 Oct. Sorry this is 3 days later than 13 Oct on your PO, the flight last Friday was full and we could not get space.

Best regards,
Eric Huang
Taipei Cable & Charger Corp.
""", end="Best regards,\nEric", change="date", intent="delay", sec=["shipping_notice"], po=["P11134"],
     commit=("2026-10-16", "delivery to your warehouse 16 Oct"),
     dates=[("2026-10-12", "ship_date", "tonight"), ("2026-10-14", "other", "14 Oct"),
            ("2026-10-16", "new_eta", "16 Oct"), ("2026-10-13", "other", "13 Oct"),
            ("2026-10-09", "other", "last Friday")],
     lines=[("HB-7", 3000, "pcs", "3,000 pcs, all", "P11134")],
     track=[("China Airlines", "297-D11B-5530", "MAWB 297-D11B-5530")]),

dict(v="sparkle", lang="en", at="2026-11-04 15:40", subj="P11135 despatch - tumblers on hold",
     text="""
Hello Laura,

P11135 despatch today, by line:

Wine glasses SG-WG-35 ........ 720 despatched
Tumblers SG-TM-30 ............ on hold, all 480
Carafes SG-CF-1 .............. 120 despatched

The tumbler batch failed our annealing check and is being remade; the 480 will follow in the week of 23 November. Today's pallets (2) are with Palletforce, ref PF-D11B-71520, and should arrive Friday 6th.

Kind regards,
Hannah Price
Sparkle Glassware Ltd
""", end="Kind regards,\nHannah", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11135"], commit=("2026-11-23", "the 480 will follow in the week of 23 November"),
     dates=[("2026-11-04", "ship_date", "despatch today"), ("2026-11-23", "new_eta", "the week of 23 November"),
            ("2026-11-04", "ship_date", "Today's pallets"), ("2026-11-06", "confirmed_delivery", "Friday 6th")],
     lines=[("SG-WG-35", 720, None, "Wine glasses SG-WG-35 ........ 720 despatched", "P11135"),
            ("SG-TM-30", 480, None, "Tumblers SG-TM-30 ............ on hold, all 480", "P11135"),
            ("SG-CF-1", 120, None, "Carafes SG-CF-1 .............. 120 despatched", "P11135")],
     track=[("Palletforce", "PF-D11B-71520", "ref PF-D11B-71520")]),

dict(v="anatolia", lang="en", at="2026-11-24 16:10", subj="FW: P11136 booking rolled",
     text="""
Dear Laura,

Please see below from our forwarder. Goods for P11136 are ready and complete in the container, only the vessel changed. New ETA Hamburg 9 December instead of 1 December. We are sorry, it is not in our hands.

Best regards,
Elif Demir
Anatolia Textiles A.S.

---------- Forwarded message ---------
From: Ege Lojistik Operations <ops@egelojistik.com.tr>
Date: Tue, 24 Nov 2026 14:22
Subject: Booking rolled - P11136

Dear Elif Hanim,
the carrier rolled container MSCU-D11B-61027 (your ref P11136) from MSC ANNA, ETD 25.11, to MSC LENA, ETD 02.12, ETA Hamburg 09.12. No extra cost.
Ege Lojistik
""", end="Best regards,\nElif", change="date", intent="delay", po=["P11136"],
     commit=("2026-12-09", "New ETA Hamburg 9 December"),
     dates=[("2026-12-09", "new_eta", "9 December"), ("2026-12-01", "other", "1 December"),
            ("2026-11-25", "other", "25.11"), ("2026-12-02", "ship_date", "02.12"),
            ("2026-12-09", "new_eta", "09.12")],
     track=[("MSC", "MSCU-D11B-61027", "container MSCU-D11B-61027")]),

dict(v="d10b_tirupur", lang="en", at="2026-10-07 13:40", subj="RE: P11137 status?",
     text="""
Dear Sandra,

Please find my answers below.

> 1. Did P11137 ship complete?
No madam, 2,600 of 3,000 bath towels shipped on 5th Oct by sea. 400 pcs are in re-dyeing (shade not matching).

> 2. When does the rest come?
400 pcs ready on 20th Oct, we send by air at our cost, reach your warehouse by 27th Oct.

> 3. ETA of the sea shipment?
Hamburg 11th Nov.

Thanks & Regards,
Karthik Subramanian
Tirupur Knit Home Textiles Pvt Ltd
""", end="Thanks & Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11137"], commit=("2026-11-11", "Hamburg 11th Nov."),
     dates=[("2026-10-05", "ship_date", "5th Oct"), ("2026-10-20", "other", "20th Oct"),
            ("2026-10-27", "new_eta", "by 27th Oct"), ("2026-11-11", "confirmed_delivery", "11th Nov")],
     lines=[("bath towels", 2600, None, "2,600 of 3,000 bath towels shipped", "P11137"),
            ("bath towels", 400, "pcs", "400 pcs are in re-dyeing", "P11137")]),

dict(v="battrang", lang="en", at="2026-10-30 16:20", subj="P11138 last shipment",
     text="""
Dear Ms Laura,

This is 2nd and last shipment for P11138: 1,450 pcs glazed flower pots. Together with 1st shipment 2,050 pcs, total 3,500 pcs = PO quantity, so the order is finish.

ETD Hai Phong 02/11, ETA Hamburg 10/12.
B/L: HLCU-D11B-7730154

Best regards,
Pham Thu Ha
Bat Trang Ceramics Export Co., Ltd.
""", end="Best regards,\nPham", change="shipping", intent="shipping_notice", po=["P11138"],
     commit=("2026-12-10", "ETA Hamburg 10/12"),
     dates=[("2026-11-02", "ship_date", "02/11"), ("2026-12-10", "confirmed_delivery", "10/12")],
     lines=[("glazed flower pots", 1450, "pcs", "1,450 pcs glazed flower pots", "P11138")],
     track=[("Hapag-Lloyd", "HLCU-D11B-7730154", "B/L: HLCU-D11B-7730154")]),

dict(v="lisbon", c=1, lang="en", at="2026-12-01 17:05", subj="P11139 cork coasters",
     text="""
Hello Mike,

We have shipped 2,000 of the 3,000 cork coasters of P11139 today with Luís Simões, CMR PT-D11B-99012, delivery in Hamburg Friday 4 December. The remaining 1,000 will be delivered between 14/12 and 18/12, the press for the printed ones is booked until then.

Best regards,
Rui Costa
Lisbon Cork Products Lda
""", end="Best regards,\nRui", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11139"],
     commit=("2026-12-18", "between 14/12 and 18/12"),
     dates=[("2026-12-01", "ship_date", "today"), ("2026-12-04", "confirmed_delivery", "Friday 4 December"),
            ("2026-12-14", "range_start", "14/12"), ("2026-12-18", "range_end", "18/12")],
     lines=[("cork coasters", 2000, None, "2,000 of the 3,000 cork coasters", "P11139"),
            ("cork coasters", 1000, None, "The remaining 1,000", "P11139")],
     track=[("Luís Simões", "PT-D11B-99012", "CMR PT-D11B-99012")]),

dict(v="plasticos", lang="en", at="2026-09-24 12:10", subj="P11140 ship today",
     text="""
Hello Tim,

Today we ship P11140 by truck to Laredo, all items except the 20L buckets BK-20 (500 pcs), the raw material don't arrive and we don't have date yet from the supplier. We will tell you when we know. The truck arrive to your forwarder in Laredo tomorrow.

Regards,
Rodrigo Garza
Plásticos del Norte
""", end="Regards,\nRodrigo", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11140"],
     commit=("2026-09-25", "arrive to your forwarder in Laredo tomorrow"),
     dates=[("2026-09-24", "ship_date", "Today"), ("2026-09-25", "confirmed_delivery", "tomorrow")],
     lines=[("BK-20", 500, "pcs", "BK-20 (500 pcs)", "P11140")]),

dict(v="cebu", lang="en", at="2026-11-17 15:00", subj="P11141 loaded complete",
     text="""
Hi Laura,

Good news and bad news for P11141. Good: the 1x40HC with all 640 rattan laundry hampers was loaded today, complete. Bad: the carrier now routes via Singapore with transhipment, so the ETA Hamburg is 5 January, not 18 December as in your PO. We asked for a direct vessel but none before Christmas.

Container CMAU-D11B-5501873, B/L follows.

Salamat,
Maricel Dela Cruz
Cebu Rattan Artisans Inc.
""", end="Salamat,", change="date", intent="delay", sec=["shipping_notice"], po=["P11141"],
     commit=("2027-01-05", "the ETA Hamburg is 5 January"),
     dates=[("2026-11-17", "ship_date", "today"), ("2027-01-05", "new_eta", "5 January"),
            ("2026-12-18", "other", "18 December")],
     lines=[("rattan laundry hampers", 640, None, "all 640 rattan laundry hampers", "P11141")],
     track=[("CMA CGM", "CMAU-D11B-5501873", "Container CMAU-D11B-5501873")]),

dict(v="d9d_perth", c=1, lang="en", at="2026-12-09 11:45", subj="P11143 balance + P11142",
     text="""
Hi Laura,

This air shipment carries the 150 outstanding fire pit covers on P11143 plus the full 300 BBQ covers on P11142, so both orders are now complete.

AWB 618-D11B-40021, lands Frankfurt Saturday 12/12, delivery to your Hamburg warehouse Monday 14/12.

Cheers,
Dispatch
Southern Cross Homewares
""", end="Cheers,\nDispatch", change="shipping", intent="shipping_notice", po=["P11143", "P11142"],
     commit=("2026-12-14", "delivery to your Hamburg warehouse Monday 14/12"),
     dates=[("2026-12-12", "other", "Saturday 12/12"), ("2026-12-14", "confirmed_delivery", "Monday 14/12")],
     lines=[("fire pit covers", 150, None, "the 150 outstanding fire pit covers", "P11143"),
            ("BBQ covers", 300, None, "the full 300 BBQ covers", "P11142")],
     track=[(None, "618-D11B-40021", "AWB 618-D11B-40021")],
     changes=[("P11143", "shipping_notice", "2026-12-14", 150, "the 150 outstanding fire pit covers on P11143"),
              ("P11142", "shipping_notice", "2026-12-14", 300, "the full 300 BBQ covers on P11142")]),

dict(v="d10b_sialkot", lang="en", at="2026-10-20 14:35", subj="P11144 loaded",
     text="""
Dear Tim,

P11144 loaded on 19/10 in container OOLU-D11B-4410932: 1,164 pcs garden hoes GH-150. 36 pcs were rejected in final inspection (handle cracks) and we do not remake, we will issue credit note CN-D11B-0192 for them. ETA Hamburg 26/11.

Regards,
Usman Javed
Sialkot Garden Tools
""", end="Regards,\nUsman", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11144"],
     vref=["CN-D11B-0192"], commit=("2026-11-26", "ETA Hamburg 26/11"),
     dates=[("2026-10-19", "ship_date", "19/10"), ("2026-11-26", "confirmed_delivery", "26/11")],
     lines=[("GH-150", 1164, "pcs", "1,164 pcs garden hoes GH-150", "P11144"),
            ("GH-150", 36, "pcs", "36 pcs were rejected", "P11144")],
     track=[("OOCL", "OOLU-D11B-4410932", "container OOLU-D11B-4410932")]),

dict(v="d10a_fraser", c=1, lang="en", at="2026-10-01 16:30", subj="P11145 - 2 trucks today",
     text="""
Hi Mike,

P11145 goes in two trucks because of weight, both left the yard today:

Truck 1 - 14 pallets potting soil PS-40L
Truck 2 - 8 pallets bark mulch BM-50L

That's all 22 pallets on the PO. Both should deliver to your Seattle forwarder 10/5.

Order Desk
Fraser Valley Garden Products Ltd.
""", end="Order Desk\nFraser", change="shipping", intent="shipping_notice", po=["P11145"],
     commit=("2026-10-05", "Both should deliver to your Seattle forwarder 10/5"),
     dates=[("2026-10-01", "ship_date", "today"), ("2026-10-05", "confirmed_delivery", "10/5")],
     lines=[("PS-40L", 14, "pallets", "Truck 1 - 14 pallets potting soil PS-40L", "P11145"),
            ("BM-50L", 8, "pallets", "Truck 2 - 8 pallets bark mulch BM-50L", "P11145")]),

dict(v="d10e_midlands", c=1, lang="en", at="2026-11-09 13:15", subj="Partial Despatch Notification - P11146",
     text="""
Craig here - ignore the "partial" in the subject, the system always says that when an order went in more than one drop. This is the last of it.

DESPATCH NOTIFICATION  MHS-DN-D11B-20417
Your order: P11146          Despatch date: 09/11/2026
Carrier: APC Overnight      Consignment: APC-D11B-7719034

Product     Ordered   Prev. despatched   This despatch   Outstanding
MH-HK-50    500       300                200             0
MH-SB-10    120       120                0               0
MH-PL-6     240       0                  240             0

Expected delivery: 10/11/2026

Midlands Hardware Supplies Ltd - Despatch Office
""", end="Midlands Hardware Supplies Ltd - Despatch Office", change="shipping", intent="shipping_notice", po=["P11146"],
     vref=["MHS-DN-D11B-20417"], commit=("2026-11-10", "Expected delivery: 10/11/2026"),
     dates=[("2026-11-09", "ship_date", "09/11/2026"), ("2026-11-10", "confirmed_delivery", "10/11/2026")],
     lines=[("MH-HK-50", 200, None, "MH-HK-50    500       300                200             0", "P11146"),
            ("MH-PL-6", 240, None, "MH-PL-6     240       0                  240             0", "P11146")],
     track=[("APC Overnight", "APC-D11B-7719034", "Consignment: APC-D11B-7719034")]),

dict(v="d11b_riverbend", lang="en", at="2026-11-09 09:40", subj="P11147 not shipped - our error",
     text="""
Laura,

I owe you an apology. The truck that left here Friday was P11148 (your Dallas DC order), not P11147 as I told you. Our dispatch planner swapped the two. P11148 is fine and delivers Tuesday.

P11147 (the 600 enamel roasters) will now ship 11/12 and deliver 11/17 instead of 11/10. Freight upgrade on us.

Cody Marsh
Riverbend Enamelware Co.
""", end="Cody Marsh", change="date", intent="delay", sec=["shipping_notice"], po=["P11147", "P11148"],
     commit=("2026-11-17", "deliver 11/17 instead of 11/10"),
     dates=[("2026-11-06", "ship_date", "left here Friday"), ("2026-11-10", "confirmed_delivery", "delivers Tuesday"),
            ("2026-11-12", "ship_date", "11/12"), ("2026-11-17", "new_eta", "11/17"),
            ("2026-11-10", "other", "11/10")],
     changes=[("P11147", "delay", "2026-11-17", None, "will now ship 11/12 and deliver 11/17 instead of 11/10"),
              ("P11148", "shipping_notice", "2026-11-10", None, "P11148 is fine and delivers Tuesday")]),

dict(v="d9b_bursa", lang="en", at="2026-11-19 10:50", subj="P11149 delivery note",
     text="""
Dear Mrs. Klein,

Truck for P11149 is loaded today, arrival Hamburg 24.11. Delivery note is below. Rest 200 pcs towels will come with next truck in KW 49, the loom for the jacquard border had breakdown.

Best regards
Serkan Ozturk

--- attachment: BIT-DN-D11B-4471.pdf ---
DELIVERY NOTE BIT-DN-D11B-4471       19.11.2026
Order: P11149
Article           Ordered   Delivered
Towel 50x100 JQ   2.000     1.800
Bathrobe L/XL     600       600
""", end="Best regards\nSerkan", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11149"], vref=["BIT-DN-D11B-4471"], commit=("2026-11-30", "will come with next truck in KW 49"),
     dates=[("2026-11-19", "ship_date", "today"), ("2026-11-24", "confirmed_delivery", "24.11"),
            ("2026-11-30", "new_eta", "KW 49"), ("2026-11-19", "other", "19.11.2026")],
     lines=[("towels", 200, "pcs", "Rest 200 pcs towels", "P11149"),
            ("Towel 50x100 JQ", 1800, None, "Towel 50x100 JQ   2.000     1.800", "P11149"),
            ("Bathrobe L/XL", 600, None, "Bathrobe L/XL     600       600", "P11149")]),

dict(v="d10a_plains", lang="en", at="2026-12-10 16:50", subj="P11150",
     text="""
P11150: 10 of 12 pallets on the truck, last 2 follow Monday.
-Kayla
""", end="-Kayla", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11150"],
     commit=("2026-12-14", "last 2 follow Monday"),
     dates=[("2026-12-14", "new_eta", "Monday")],
     lines=[("pallets", 10, "pallets", "10 of 12 pallets", "P11150"),
            ("pallets", 2, None, "last 2 follow", "P11150")]),

dict(v="d10e_foshan", lang="en", at="2026-11-05 15:30", subj="P11151 LED strip - backorder",
     text="""
Dear Mike,

For P11151 we can load only 2,000 of the 3,000 LED strips LS-5M in the container ETD Shenzhen 28 Nov, ETA Hamburg 4 Jan. The remaining 1,000 pcs are backorder because of the driver chip shortage, earliest production in January, we will inform the date when the chips arrive.

Sorry for this trouble.

Jenny Huang
Foshan Brightway Lighting Co., Ltd.
""", end="Sorry for this trouble.", change="quantity", intent="partial_shipment", po=["P11151"],
     commit=("2027-01-04", "ETA Hamburg 4 Jan"),
     dates=[("2026-11-28", "ship_date", "28 Nov"), ("2027-01-04", "confirmed_delivery", "4 Jan"),
            ("2027-01-01", "other", "in January")],
     lines=[("LS-5M", 2000, None, "2,000 of the 3,000 LED strips LS-5M", "P11151"),
            ("LS-5M", 1000, "pcs", "The remaining 1,000 pcs are backorder", "P11151")]),

dict(v="milano", c=1, lang="en", at="2026-10-15 09:35", subj="P11152 - second pallet",
     text="""
Dear Tim,

Our carrier delivered only one of the two pallets of P11152 yesterday, the second one (the 48 marble trays) stayed in their hub in Hannover. Below their message: they will deliver it tomorrow morning. We are sorry for the inconvenience.

Best regards,
Marco Bianchi
Milano Casa S.r.l.

---------- Forwarded message ---------
From: BRT Customer Care <customercare@brt.it>
Date: Wed, 14 Oct 2026 at 18:40
Subject: Spedizione BRT-D11B-5567120

Shipment BRT-D11B-5567120: package 2/2 remained at Hannover depot (missed linehaul). Redelivery planned 16.10.
""", end="Best regards,\nMarco", change="quantity", intent="partial_shipment", po=["P11152"],
     commit=("2026-10-16", "they will deliver it tomorrow morning"),
     dates=[("2026-10-14", "other", "yesterday"), ("2026-10-16", "new_eta", "tomorrow morning"),
            ("2026-10-16", "new_eta", "16.10")],
     lines=[("marble trays", 48, None, "the 48 marble trays", "P11152")],
     track=[("BRT", "BRT-D11B-5567120", "Shipment BRT-D11B-5567120")]),

dict(v="polska", lang="en", at="2026-11-09 08:45", subj="P11153 delivery plan",
     text="""
Dear Laura,

Your order P11153 (stoneware plates, 2,000 pcs) was for delivery KW 47 complete. Because our kiln capacity is full with Christmas orders, we have planned the delivery in three parts:

KW 47 - 800 pcs
KW 49 - 800 pcs
KW 51 - 400 pcs

Price and conditions stay the same. Each part comes with its own delivery note.

Best regards,
Katarzyna Nowak
Polska Ceramika
""", end="Best regards,\nKatarzyna", change="quantity", intent="partial_shipment", po=["P11153"],
     commit=("2026-12-14", "KW 51 - 400 pcs"),
     dates=[("2026-11-16", "other", "delivery KW 47 complete"), ("2026-11-16", "confirmed_delivery", "KW 47 - 800 pcs"),
            ("2026-11-30", "new_eta", "KW 49 - 800 pcs"), ("2026-12-14", "new_eta", "KW 51 - 400 pcs")],
     lines=[("stoneware plates", 800, "pcs", "KW 47 - 800 pcs", "P11153"),
            ("stoneware plates", 800, "pcs", "KW 49 - 800 pcs", "P11153"),
            ("stoneware plates", 400, "pcs", "KW 51 - 400 pcs", "P11153")]),

dict(v="delhicotton", c=1, lang="en", at="2026-10-29 17:10", subj="Shipment advise P11154",
     text="""
Dear Sir,

This is to advise that P11154 (cotton kitchen towels, full 5,000 pcs) has been shipped on vessel MSC ROMA FR643W sailed from Mundra on 27th October, B/L MEDU-D11B-9102217. ETA Hamburg is week 50 against your required week 48, due to the longer route via Cape of Good Hope. Regret the inconvenience.

Warm regards,
Priya Sharma
Delhi Cotton Mills Pvt Ltd
""", end="Warm regards,", change="date", intent="delay", sec=["shipping_notice"], po=["P11154"],
     commit=("2026-12-07", "ETA Hamburg is week 50"),
     dates=[("2026-10-27", "ship_date", "27th October"), ("2026-12-07", "new_eta", "week 50"),
            ("2026-11-23", "other", "week 48")],
     lines=[("cotton kitchen towels", 5000, "pcs", "full 5,000 pcs", "P11154")],
     track=[("MSC", "MEDU-D11B-9102217", "B/L MEDU-D11B-9102217")]),

dict(v="baltic", lang="en", at="2026-12-14 12:00", subj="P11155 left today",
     text="""
Hello Laura,

P11155 left our warehouse today: 40 cartons x 12 = 480 jars of buckwheat honey and 60 cartons x 24 = 1,440 jars of lingonberry jam, as ordered. Delivery in Hamburg on Thursday 17 December. CMR LT-D11B-00871.

Best regards,
Tomas
""", end="Best regards,\nTomas", change="shipping", intent="shipping_notice", po=["P11155"],
     commit=("2026-12-17", "Delivery in Hamburg on Thursday 17 December"),
     dates=[("2026-12-14", "ship_date", "today"), ("2026-12-17", "confirmed_delivery", "Thursday 17 December")],
     lines=[("buckwheat honey", 480, "jars", "480 jars of buckwheat honey", "P11155"),
            ("lingonberry jam", 1440, "jars", "1,440 jars of lingonberry jam", "P11155")],
     track=[(None, "LT-D11B-00871", "CMR LT-D11B-00871")]),

dict(v="d9b_moradabad", c=1, lang="en", at="2026-09-18 14:20", subj="P11156 shipped - balance qty",
     text="""
Dear Sir/Madam,

Kindly note P11156 has been shipped on 16.09.2026, 940 nos. brass candle stands out of 1,000 nos. ordered. Balance 60 nos. we are not able to supply as the casting of this design is discontinued at our foundry, so please close the PO for the balance qty. ETA Hamburg 21.10.2026.

Regards,
Neha Gupta
Moradabad Brassware Exports
""", end="Regards,\nNeha", change="quantity", intent="partial_shipment", sec=["shipping_notice", "cancellation"],
     po=["P11156"], commit=("2026-10-21", "ETA Hamburg 21.10.2026"),
     dates=[("2026-09-16", "ship_date", "16.09.2026"), ("2026-10-21", "confirmed_delivery", "21.10.2026")],
     lines=[("brass candle stands", 940, "nos.", "940 nos. brass candle stands", "P11156"),
            ("brass candle stands", 60, "nos.", "Balance 60 nos.", "P11156")]),

dict(v="d10b_xiamen", lang="en", at="2026-11-13 11:25", subj="RE: P11157 / P11158",
     text="""
Dear Laura,

Sorry, P11157 (stoneware mugs 6,000 pcs) cannot make the 20 Nov vessel, the reactive glaze came out with pinholes and we must re-fire. New ETD 4 Dec, ETA Hamburg 8 Jan.

Best regards,
Lily Huang
Xiamen Stoneware & Gifts

On Thu, Nov 12, 2026 at 4:05 PM Laura Jensen wrote:
> Lily, thanks for the B/L for P11158, received. When does P11157 sail? Still 20 Nov?
""", end="Best regards,\nLily", change="date", intent="delay", po=["P11157", "P11158"],
     commit=("2027-01-08", "ETA Hamburg 8 Jan"),
     dates=[("2026-11-20", "other", "the 20 Nov vessel"), ("2026-12-04", "ship_date", "4 Dec"),
            ("2027-01-08", "new_eta", "8 Jan")]),

dict(v="d9d_braga", lang="en", at="2026-10-06 15:05", subj="P11159 shipped",
     text="""
Dear Mike,

P11159 shipped today with DHL Freight, consignment 7721-D11B-0034. You will count 1,010 steak knives instead of 1,000: the 10 extra are free of charge, for breakage in your stores. Arrival in Hamburg Thursday 15 October.

Best regards,
Sofia Marques
Braga Cutelaria Lda
""", end="Best regards,\nSofia", change="shipping", intent="shipping_notice", po=["P11159"],
     commit=("2026-10-15", "Arrival in Hamburg Thursday 15 October"),
     dates=[("2026-10-06", "ship_date", "today"), ("2026-10-15", "confirmed_delivery", "Thursday 15 October")],
     lines=[("steak knives", 1010, None, "1,010 steak knives", "P11159")],
     track=[("DHL Freight", "7721-D11B-0034", "consignment 7721-D11B-0034")]),

dict(v="greenthumb", lang="en", at="2026-10-16 11:55", subj="P11160 - reels shipped, nozzles b/o",
     text="""
Tim,

Shipped today on P11160: all 300 hose reels, est. arrival at your Chicago cross-dock 10/20. The 150 hose nozzles are backordered till 10/30 at our end.

Question: do you want the nozzles shipped as soon as they're in, or should we cancel them and you reorder for spring? Either is fine with us.

-Randy
""", end="-Randy", change="quantity", intent="partial_shipment", sec=["shipping_notice", "question"], po=["P11160"],
     commit=("2026-10-30", "backordered till 10/30"),
     dates=[("2026-10-16", "ship_date", "today"), ("2026-10-20", "confirmed_delivery", "10/20"),
            ("2026-10-30", "new_eta", "10/30")],
     lines=[("hose reels", 300, None, "all 300 hose reels", "P11160"),
            ("hose nozzles", 150, None, "The 150 hose nozzles are backordered", "P11160")]),

dict(v="keystone", c=1, lang="en", at="2026-11-04 07:30", subj="Open order status - Hartmann Home & Garden",
     text="""
Open order status as of 11/04/2026 (Keystone EDI Desk)

PO       Status               Shipped   Ship date   Est. delivery   Note
P11161   Shipped complete     480       11/02       11/06           -
P11162   Partially shipped    216       11/03       11/09           balance 72 pcs ships 11/20, est. delivery 11/24
P11163   Open                 0         11/16       11/19           as acknowledged

Questions: edi@keystonehousewares.com
""", end="Questions: edi@", change="quantity", intent="partial_shipment", sec=["shipping_notice", "confirmation"],
     po=["P11161", "P11162", "P11163"], commit=("2026-11-06", "11/06"),
     dates=[("2026-11-04", "other", "11/04/2026"),
            ("2026-11-02", "ship_date", "11/02"), ("2026-11-06", "confirmed_delivery", "11/06"),
            ("2026-11-03", "ship_date", "11/03"), ("2026-11-09", "confirmed_delivery", "11/09"),
            ("2026-11-20", "ship_date", "ships 11/20"), ("2026-11-24", "new_eta", "11/24"),
            ("2026-11-16", "ship_date", "11/16"), ("2026-11-19", "confirmed_delivery", "11/19")],
     lines=[("P11161", 480, None, "P11161   Shipped complete     480       11/02       11/06", "P11161"),
            ("P11162", 216, None, "P11162   Partially shipped    216       11/03       11/09", "P11162"),
            ("P11162", 72, "pcs", "balance 72 pcs", "P11162")],
     changes=[("P11161", "shipping_notice", "2026-11-06", 480, "P11161   Shipped complete     480       11/02       11/06"),
              ("P11162", "partial_shipment", "2026-11-24", 72, "balance 72 pcs ships 11/20, est. delivery 11/24"),
              ("P11163", "confirmation", "2026-11-19", None, "P11163   Open                 0         11/16       11/19           as acknowledged")]),

dict(v="d11b_yorkshire", c=1, lang="en", at="2026-12-07 10:30", subj="P11164 - picking error",
     text="""
Dear Laura,

Our picking team made an error on P11164: it went out on Friday with 180 of the 240 cushion covers (YL-CC-45). The missing 60 go out tomorrow on a next-day service, so you'll have them Wednesday. Apologies for the extra receipt.

Despatch Team
Yorkshire Linen Co Ltd
""", end="Despatch Team", change="quantity", intent="partial_shipment", po=["P11164"],
     commit=("2026-12-09", "you'll have them Wednesday"),
     dates=[("2026-12-04", "ship_date", "on Friday"), ("2026-12-08", "ship_date", "tomorrow"),
            ("2026-12-09", "new_eta", "Wednesday")],
     lines=[("YL-CC-45", 180, None, "180 of the 240 cushion covers", "P11164"),
            ("YL-CC-45", 60, None, "The missing 60", "P11164")]),

dict(v="d10b_bangkok", lang="en", at="2026-11-12 14:00", subj="P11165 ETD change",
     text="""
Dear Mike,

Regret to inform the ETD for P11165 (celadon rice bowls, 2,400 pcs) must move from 21 Nov to 5 Dec, the gas kiln needs repair of the burner. Complete quantity will ship together, no split. ETA Hamburg 6-9 January depending on transhipment in Port Klang.

Best regards,
Nattapong Chaiyasit
Chao Phraya Ceramics Co., Ltd.
""", end="Best regards,\nNattapong", change="date", intent="delay", po=["P11165"],
     commit=("2027-01-09", "ETA Hamburg 6-9 January"),
     dates=[("2026-11-21", "other", "21 Nov"), ("2026-12-05", "ship_date", "5 Dec"),
            ("2027-01-06", "range_start", "6-9 January"), ("2027-01-09", "range_end", "6-9 January")]),

dict(v="jaipur", lang="en", at="2026-09-10 15:00", subj="Shipment against P11166",
     text="""
Respected Madam,

We are sending 1,750 pcs bedcovers against your P11166 qty 2,000 pcs. Short supply of 250 pcs will be adjusted in your next order P11167 which is under production now. Shipment on 12th Sept from Mundra port, ETA Hamburg 20th Oct.

Kindly acknowledge.

With best regards,
Anil Mehta
Jaipur Block Prints Pvt Ltd
""", end="With best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11166", "P11167"], commit=("2026-10-20", "ETA Hamburg 20th Oct"),
     dates=[("2026-09-12", "ship_date", "12th Sept"), ("2026-10-20", "confirmed_delivery", "20th Oct")],
     lines=[("bedcovers", 1750, "pcs", "1,750 pcs bedcovers", "P11166"),
            ("bedcovers", 250, "pcs", "Short supply of 250 pcs", "P11166")]),

dict(v="d9d_ontario", lang="en", at="2026-11-25 16:00", subj="P11168 - 3 of 4 lines",
     text="""
Hi Laura,

P11168 shipped today from Barrie, 3 of the 4 lines: 120 maple serving boards, 80 cheese boards and 200 coaster sets. The walnut cutting boards (WCB-18, 60 pcs) are still curing and ship 12/3. Today's truck delivers to your Montreal forwarder 11/30.

Ryan MacDonald
Great Lakes Woodcraft Ltd.
""", end="Ryan MacDonald", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11168"],
     commit=("2026-11-30", "Today's truck delivers to your Montreal forwarder 11/30"),
     dates=[("2026-11-25", "ship_date", "shipped today"), ("2026-12-03", "ship_date", "12/3"),
            ("2026-11-25", "ship_date", "Today's truck"), ("2026-11-30", "confirmed_delivery", "11/30")],
     lines=[("maple serving boards", 120, None, "120 maple serving boards", "P11168"),
            ("cheese boards", 80, None, "80 cheese boards", "P11168"),
            ("coaster sets", 200, None, "200 coaster sets", "P11168"),
            ("WCB-18", 60, "pcs", "WCB-18, 60 pcs", "P11168")]),

dict(v="sunshine", lang="en", at="2026-11-10 09:00", subj="P11169 sailed",
     text="""
Dear Tim,

P11169 sailed yesterday from Cape Town on the reefer MSC CAPE 2645N: 3 full pallets and 1 partial pallet per container, 1,120 cartons of Navel oranges in total, which is the full order. ETA Rotterdam 1 December, delivery to your Hamburg warehouse 3 December. Container MSMU-D11B-8812004.

Kind regards,
Thabo Nkosi
Sunshine Citrus Exports
""", end="Kind regards,\nThabo", change="shipping", intent="shipping_notice", po=["P11169"],
     commit=("2026-12-03", "delivery to your Hamburg warehouse 3 December"),
     dates=[("2026-11-09", "ship_date", "yesterday"), ("2026-12-01", "other", "1 December"),
            ("2026-12-03", "confirmed_delivery", "3 December")],
     lines=[("Navel oranges", 1120, "cartons", "1,120 cartons of Navel oranges", "P11169")],
     track=[("MSC", "MSMU-D11B-8812004", "Container MSMU-D11B-8812004")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-20 10:40", subj="RE: P11170 complete on 22 Nov?",
     text="""
Dear Laura,

Sorry not complete. Factory finish 1,000 of 1,200 pcs ceramic vases for P11170, these load in container ETD 22 Nov, ETA Hamburg 28 Dec. The balance 200 pcs we will load together with your order P11171 on 10 Dec, ETA Hamburg 15 Jan. Hope ok for you.

Leo Wang
Ningbo Homeware Trading Co., Ltd.

On Wed, Nov 18, 2026 at 9:12 AM Laura Jensen wrote:
> Leo, please confirm P11170 ships complete on 22 Nov. Thanks, Laura
""", end="Leo Wang", change="quantity", intent="partial_shipment", po=["P11170", "P11171"],
     commit=("2027-01-15", "ETA Hamburg 15 Jan"),
     dates=[("2026-11-22", "ship_date", "ETD 22 Nov"), ("2026-12-28", "confirmed_delivery", "28 Dec"),
            ("2026-12-10", "ship_date", "10 Dec"), ("2027-01-15", "new_eta", "15 Jan")],
     lines=[("ceramic vases", 1000, "pcs", "1,000 of 1,200 pcs ceramic vases", "P11170"),
            ("ceramic vases", 200, "pcs", "The balance 200 pcs", "P11170")],
     changes=[("P11170", "partial_shipment", "2027-01-15", 200, "The balance 200 pcs we will load together with your order P11171 on 10 Dec, ETA Hamburg 15 Jan"),
              ("P11171", "confirmation", "2027-01-15", None, "your order P11171 on 10 Dec, ETA Hamburg 15 Jan")]),

dict(v="d11b_riverbend", lang="en", at="2026-12-09 17:20", subj="P11172",
     text="""
laura - P11172 won't ship till next wk. the 200 stock pots we had for it went out on P11173 by mistake. new eta 12/18. sorry
- Cody
""", end="- Cody", change="date", intent="delay", po=["P11172", "P11173"],
     commit=("2026-12-18", "new eta 12/18"),
     dates=[("2026-12-14", "ship_date", "next wk"), ("2026-12-18", "new_eta", "12/18")],
     changes=[("P11172", "delay", "2026-12-18", None, "P11172 won't ship till next wk"),
              ("P11173", "shipping_notice", None, None, "went out on P11173 by mistake")]),

dict(v="hanoi", c=1, lang="en", at="2026-10-09 11:00", subj="P11174 seagrass baskets shipping plan",
     text="""
Dear Ms Sandra,

For P11174 only the small seagrass baskets are ready, we ship 1,500 pcs now with container ETD Hai Phong 14/10, ETA Hamburg 19/11. Large baskets 700 pcs will ship with next container ETD 28/10, ETA Hamburg 3/12, because the weaving villages had flood last month and work was stop two weeks.

Best regards,
Tran Minh
Hanoi Bamboo Crafts JSC
""", end="Best regards,\nTran", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11174"],
     commit=("2026-12-03", "ETA Hamburg 3/12"),
     dates=[("2026-10-14", "ship_date", "14/10"), ("2026-11-19", "confirmed_delivery", "19/11"),
            ("2026-10-28", "ship_date", "28/10"), ("2026-12-03", "new_eta", "3/12")],
     lines=[("small seagrass baskets", 1500, "pcs", "we ship 1,500 pcs now", "P11174"),
            ("large seagrass baskets", 700, "pcs", "Large baskets 700 pcs", "P11174")]),

dict(v="lahore", lang="en", at="2026-11-18 12:00", subj="Shipment advice P11175",
     text="""
Dear Laura,

We are pleased to inform that your order P11175 has been shipped on vessel CMA CGM TAGE sailed from Karachi on 16 November: 1,000 linen napkins and 500 linen table runners, 42 cartons. ETA Hamburg 24 December. Original documents through bank.

Best Regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd

-----Original Message-----
From: Laura Jensen
Sent: Tuesday, September 22, 2026 3:40 PM
Subject: Order P11175
Imran, attached our P11175: 1,000 linen napkins, 500 table runners, 300 tablecloths 150x250, delivery Hamburg by 31 December.
""", end="Best Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11175"],
     commit=("2026-12-24", "ETA Hamburg 24 December"),
     dates=[("2026-11-16", "ship_date", "16 November"), ("2026-12-24", "confirmed_delivery", "24 December")],
     lines=[("linen napkins", 1000, None, ("1,000 linen napkins", 0), "P11175"),
            ("linen table runners", 500, None, "500 linen table runners", "P11175")]),

dict(v="d9d_umbria", lang="en", at="2026-11-24 11:20", subj="News from Umbria Tessili + P11176",
     text="""
Dear Laura,

I hope you are well and the Christmas season started good for Hartmann. Here in Perugia we are very busy, the new jacquard loom is finally running and we are preparing the new spring collection, which we show at Heimtextil in January; I will send you the invitation for our stand separately, it would be a pleasure to see you and Mike there.

About your order P11176: we ship on Thursday lines 1 to 3 complete (200 runners, 400 napkins, 150 cushion covers), arrival in Hamburg Tuesday 1 December. Line 4, the 300 linen tablecloths, is not ready: the finishing company had a problem with the stone-wash machine, the cloths will be ready in week 50 and delivered to you in week 51.

Also, please note that from January our bank changes the name (same IBAN), the invoices will show the new name.

A warm greeting,
Francesca Conti
Umbria Tessili S.r.l.
""", end="A warm greeting,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11176"],
     commit=("2026-12-14", "delivered to you in week 51"),
     dates=[("2027-01-01", "other", "in January"), ("2026-11-26", "ship_date", "on Thursday"),
            ("2026-12-01", "confirmed_delivery", "Tuesday 1 December"), ("2026-12-07", "other", "week 50"),
            ("2026-12-14", "new_eta", "week 51"), ("2027-01-01", "other", "from January")],
     lines=[("runners", 200, None, "200 runners", "P11176"),
            ("napkins", 400, None, "400 napkins", "P11176"),
            ("cushion covers", 150, None, "150 cushion covers", "P11176"),
            ("linen tablecloths", 300, None, "the 300 linen tablecloths", "P11176")]),

dict(v="d10b_saigon", lang="en", at="2026-11-19 16:45", subj="P11177 teak tables delay / P11178 chairs",
     text="""
Dear Mike,

I am sorry to inform the teak dining tables of P11177 are delay, the table tops crack in drying and we must make again 35 tops. ETD move from 28/11 to 12/12, ETA Hamburg 20/01.

For P11178 (folding chairs) we still ship on 28/11 as planned but only 400 of 600 chairs, ETA Hamburg 6/01. The balance 200 chairs we load on 12/12 together with the tables of P11177, same ETA as the tables.

Please advise if you want to change anything.

Best regards,
Tran Thi Thu
Saigon Outdoor Furniture Co., Ltd.
""", end="Please advise if you want", change="mixed", intent="delay", sec=["partial_shipment"], po=["P11177", "P11178"],
     commit=("2027-01-20", "ETA Hamburg 20/01"),
     dates=[("2026-11-28", "other", ("28/11", 0)), ("2026-12-12", "ship_date", ("12/12", 0)),
            ("2027-01-20", "new_eta", "20/01"), ("2026-11-28", "ship_date", ("28/11", 1)),
            ("2027-01-06", "confirmed_delivery", "6/01"), ("2026-12-12", "ship_date", ("12/12", 1))],
     lines=[("teak table tops", 35, None, "make again 35 tops", "P11177"),
            ("folding chairs", 400, None, "only 400 of 600 chairs", "P11178"),
            ("folding chairs", 200, None, "The balance 200 chairs", "P11178")],
     changes=[("P11177", "delay", "2027-01-20", None, "ETD move from 28/11 to 12/12, ETA Hamburg 20/01"),
              ("P11178", "partial_shipment", "2027-01-20", 200, "The balance 200 chairs we load on 12/12 together with the tables of P11177, same ETA as the tables")]),
]
