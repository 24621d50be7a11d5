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
""", end="I'll let you know", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11106"],
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
]
