# ruff: noqa: E501 - email text is data
"""English delays and confirmations from writers in many countries (US, UK, India, China,
Vietnam, Turkey, Poland, Italy, Mexico), with every kind of date expression: numeric dates in
both orders, month names, ordinals, weekdays, calendar weeks, month parts, business-day spans,
ranges, ETD/ETA pairs and old dates restated next to new ones. Hand-written."""

EMAILS = [
dict(v="acme", c=0, lang="en", at="2026-10-06 10:15", subj="P04201 - trivets running late",
     text="""
Hi Laura,

Bad news on P04201, I'm afraid. The 500 cast-iron trivets were confirmed to you for 10/14, but our foundry in Ohio had a furnace lining fail and they're two pours behind. Realistic arrival at your consolidator is now 10/28.

Everything else about the order (finish, packaging, price) stays as confirmed. I'll let you know right away if the foundry catches up.

Sorry for the trouble,
Jessica Moreno
Acme Home Goods Inc.
""", end="Sorry for the trouble,", change="date", intent="delay", po=["P04201"],
     commit=("2026-10-28", "Realistic arrival at your consolidator is now 10/28"),
     dates=[("2026-10-14", "other", "10/14"), ("2026-10-28", "new_eta", "10/28")]),

dict(v="delhicotton", c=0, lang="en", at="2026-09-14 12:30", subj="Order Confirmation - your PO P04203 - Bath towels",
     text="""
Dear Sir/Madam,

Greetings from Delhi Cotton Mills!

We are pleased to confirm your esteemed purchase order P04203 as per below details:

Item: Bath towel 70x140 cm, 500 GSM, colour Stone Grey - 1,200 pcs
Item: Hand towel 50x100 cm, 500 GSM, colour Stone Grey - 2,400 pcs

Shipment schedule:
ETD Nhava Sheva: 22/09/2026
ETA Hamburg port: 20/10/2026
Delivery at your warehouse: 23/10/2026

Our proforma no. DCM/PI/26-27/0418 is attached for your kind reference. Kindly do the needful and revert in case of any discrepancy.

Thanks & Regards,
Rajesh Kumar
Export Manager
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards,", change="none", intent="confirmation", po=["P04203"],
     vref=["DCM/PI/26-27/0418"],
     commit=("2026-10-23", "Delivery at your warehouse: 23/10/2026"),
     dates=[("2026-09-22", "ship_date", "22/09/2026"), ("2026-10-20", "other", "20/10/2026"),
            ("2026-10-23", "confirmed_delivery", "23/10/2026")],
     lines=[("Bath towel 70x140 cm", 1200, "pcs", "Bath towel 70x140 cm, 500 GSM, colour Stone Grey - 1,200 pcs", "P04203"),
            ("Hand towel 50x100 cm", 2400, "pcs", "Hand towel 50x100 cm, 500 GSM, colour Stone Grey - 2,400 pcs", "P04203")]),

dict(v="hanoi", c=0, lang="en", at="2026-11-09 08:40", subj="Re: P04205 bamboo serving tray",
     text="""
Dear Ms Sandra,

Thank you for your email. About P04205 (bamboo serving tray 3 size set), I am sorry to say we need more time. This year the rain is very long in Thanh Hoa and the bamboo is not dry enough, if we make the tray now it can crack in Europe winter.

Old ETD was 14/11, now we plan new ETD wk 48/2026 from Hai Phong. Ship arrive Hamburg around end of December, we will inform exact vessel name when booking is done.

We are very sorry and hope for your understanding.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC

On Fri, Nov 6, 2026 at 3:12 PM Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Dear Lan, can you please confirm the shipment of P04205 is still on track for 14 November?
> Thanks, Sandra
""", end="Best regards,", change="date", intent="delay", po=["P04205"],
     commit=("2026-12-31", "Ship arrive Hamburg around end of December"),
     dates=[("2026-11-14", "other", "14/11"), ("2026-11-23", "ship_date", "wk 48/2026"),
            ("2026-12-31", "new_eta", "end of December")]),

dict(v="polska", c=1, lang="en", at="2026-10-21 15:02", subj="RE: P04207",
     text="""
P04207 confirmed, delivery CW 45 as requested.

Piotr
""", end="Piotr", change="none", intent="confirmation", po=["P04207"],
     commit=("2026-11-02", "delivery CW 45"),
     dates=[("2026-11-02", "confirmed_delivery", "CW 45")]),

dict(v="texbright", c=1, lang="en", at="2026-11-12 16:20", subj="Shipment notification - PO# P04209",
     text="""
Hello Tim,

Your order P04209 (queen sheet sets, 4 SKUs, 12 pallets) left our Charlotte warehouse today with XPO Logistics, PRO 318-5572091. Transit to the Newark export dock is 3-5 business days, and our forwarder will take it from there as agreed.

Complete order, nothing on backorder.

Thanks!
Olivia Grant
TexBright Bedding Inc. | Customer Operations
""", end="Thanks!", change="shipping", intent="shipping_notice", po=["P04209"],
     commit=("2026-11-19", "Transit to the Newark export dock is 3-5 business days"),
     dates=[("2026-11-12", "ship_date", "today"), ("2026-11-17", "range_start", "3-5 business days"),
            ("2026-11-19", "range_end", "3-5 business days")],
     track=[("XPO Logistics", "318-5572091", "PRO 318-5572091")]),

dict(v="milano", c=0, lang="en", at="2026-11-03 11:00", subj="P04211 marble boards - new date",
     text="""
Dear Laura,

I write you about the order P04211, serving boards in Carrara marble (300 pcs). The quarry has stopped the cutting for two weeks because of a safety inspection, so we cannot deliver on 13/11 as we confirmed to you.

The new delivery date is 27/11, at your warehouse in Hamburg.

One possibility: we have 150 pcs already finished in stock. If you want, we send these 150 pcs on the 13/11 and the rest later. Please tell me if this is interesting for you, then I organise the truck.

Cordiali saluti / Kind regards
Giulia Rossi
Milano Casa S.r.l.
""", end="Cordiali saluti / Kind regards", change="date", intent="delay", sec=["question"],
     po=["P04211"],
     commit=("2026-11-27", "The new delivery date is 27/11"),
     dates=[("2026-11-13", "other", ("13/11", 0)), ("2026-11-27", "new_eta", "27/11"),
            ("2026-11-13", "other", ("13/11", 1))],
     lines=[("Carrara marble serving board", 150, "pcs", "we send these 150 pcs", "P04211")]),

dict(v="plasticos", c=1, lang="en", at="2026-10-19 09:30", subj="PO P04213 - line 3 cancellation",
     text="""
Dear Mike,

I am sorry to inform that we must cancel line 3 of your order P04213 (storage box 20L with clear lid, 400 pcs). The injection mold had a crack in the hinge area and the repair in the tool shop will take until mid-January, which is too late for your season.

Lines 1 and 2 (storage box 10L and 45L) are not affected and remain confirmed for delivery on 06/11.

We will send you a corrected order confirmation today. Again, our apologies.

Saludos cordiales,
Fernanda Treviño
Plásticos del Norte S.A. de C.V.
""", end="Saludos cordiales,", change="cancel", intent="cancellation", po=["P04213"],
     commit=("2026-11-06", "remain confirmed for delivery on 06/11"),
     dates=[("2027-01-15", "other", "mid-January"), ("2026-11-06", "confirmed_delivery", "06/11"),
            ("2026-10-19", "other", "today")],
     lines=[("storage box 20L with clear lid", 400, "pcs", "storage box 20L with clear lid, 400 pcs", "P04213")]),

dict(v="anatolia", c=1, lang="en", at="2026-09-22 14:10", subj="Price information from 1 November 2026",
     text="""
Dear valued customer,

As you know the price of combed cotton yarn has increased very strongly since summer, and also energy cost in Denizli. We are sorry that we have to adjust our prices: all towel and bathrobe articles will be 6% higher for orders placed from 1 November.

Your running order P04215 is of course not affected, it stays at the confirmed prices and delivery is still on 16 October as confirmed.

The new price list will be sent to you next week. If you have any question please contact me.

Best regards,
Elif Demir
Anatolia Textiles A.S.
""", end="Best regards,", change="price", intent="price_change", po=["P04215"],
     commit=("2026-10-16", "delivery is still on 16 October as confirmed"),
     dates=[("2026-11-01", "price_effective", "1 November"), ("2026-10-16", "confirmed_delivery", "16 October"),
            ("2026-09-28", "other", "next week")],
     prices=[dict(product=None, pct=6, cur=None, eff="2026-11-01", quote="all towel and bathrobe articles will be 6% higher for orders placed from 1 November")]),

dict(v="jaipur", c=1, lang="en", at="2026-10-27 13:00", subj="P04217 cushion covers - piping colour?",
     text="""
Hello Sandra ji,

Production of P04217 (block printed cushion covers 45x45, indigo paisley) is going well and we are on track for ETD 20th November.

One point we need to close before stitching: in your tech pack the piping is written "natural", but on the approved sample it is indigo. Which one should we follow? Please let us know by this Friday so the stitching line is not waiting.

Warm regards,
Sunita Rathore
Jaipur Block Prints
""", end="Warm regards,", change="none", intent="question", po=["P04217"],
     dates=[("2026-11-20", "ship_date", "20th November"), ("2026-10-30", "other", "this Friday")]),

dict(v="brightline", c=0, lang="en", at="2026-12-18 17:00", subj="Automatic reply: P04219 delivery query",
     text="""
Thank you for your email. I am out of the office from 21/12 and return on 04/01/2027, with limited access to email.

For anything urgent regarding orders, including P04219, please contact my colleague Tom Okafor (tom.okafor@brightline-electronics.co.uk) or our customer services team on +44 121 496 0550.

Sarah Whitfield
""", end="Sarah Whitfield", change="none", intent="other", po=["P04219"],
     dates=[("2026-12-21", "other", "21/12"), ("2027-01-04", "other", "04/01/2027")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-16 10:00", subj="P04221 kettles - first 800 pcs shipped",
     text="""
Dear Tim,

Your order P04221 (stainless steel kettle 1.7L, 1,000 pcs): 800 pcs are loaded in container TGHU8816203 and vessel departed Ningbo on 14 Nov, ETA Hamburg 20 Dec.

Remaining 200 pcs are waiting for the new handle parts, they will ship next Thursday by LCL, ETA Hamburg early January. Sorry we can not put all in one container.

B/L copy attached.

Best regards
Leo Wang
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards\nLeo Wang", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04221"],
     commit=("2027-01-01", "ETA Hamburg early January"),
     dates=[("2026-11-14", "ship_date", "14 Nov"), ("2026-12-20", "confirmed_delivery", "20 Dec"),
            ("2026-11-26", "ship_date", "next Thursday"), ("2027-01-01", "new_eta", "early January")],
     lines=[("stainless steel kettle 1.7L", 800, "pcs", "800 pcs are loaded", "P04221"),
            ("stainless steel kettle 1.7L", 200, "pcs", "Remaining 200 pcs", "P04221")],
     track=[(None, "TGHU8816203", "container TGHU8816203")]),

dict(v="evergreen", c=0, lang="en", at="2026-12-01 09:05", subj="FW: P04223 QA hold",
     text="""
Hi Mike,

Forwarding the note from our Scranton DC. Short version: P04223 will not make the 12/4 delivery. Sorry about this one - the hold is on our side, not the mill's.

Bill

---------- Forwarded message ---------
From: Dana Whitley <dwhitley@evergreenpaper.com>
Date: Mon, Nov 30, 2026 at 4:52 PM
Subject: Hartmann load QA hold
To: Bill Sutherland <bill.sutherland@evergreenpaper.com>

Bill - the Hartmann load (2-ply paper towels, 36 pallets) is on QA hold, roll weights came in low on two lots and we have to rewind them. Earliest we can ship is Wednesday 12/9, so the customer should see it between 12/14 and 12/16.

Dana
""", end="Bill\n", change="date", intent="delay", po=["P04223"],
     commit=("2026-12-16", "between 12/14 and 12/16"),
     dates=[("2026-12-04", "other", "12/4"), ("2026-12-09", "ship_date", "Wednesday 12/9"),
            ("2026-12-14", "range_start", "12/14"), ("2026-12-16", "range_end", "12/16")]),

dict(v="oakridge", c=1, lang="en", at="2026-09-10 14:45", subj="Order Acknowledgment OFC-88127 (your PO P04225)",
     text="""
This is an automated order acknowledgment from Oakridge Furniture Co. Please review the details below and contact your sales representative within 48 hours if anything is incorrect.

--- attachment: OFC-88127.pdf ---
OAKRIDGE FURNITURE CO.  -  ORDER ACKNOWLEDGMENT
Ack No: OFC-88127          Ack Date: 09/10/2026
Customer PO: P04225        Terms: Net 45

Item        Description                        Qty   UOM   Unit USD   Ext USD
OF-BN-120   Entry bench, white oak, 120cm      60    EA    142.00     8,520.00
OF-ST-45    Step stool, white oak              150   EA    38.50      5,775.00

Scheduled Ship Date: 10/02/2026
Estimated Delivery:  10/09/2026
""", end="--- attachment: OFC-88127.pdf ---", change="none", intent="confirmation", po=["P04225"],
     vref=["OFC-88127"],
     commit=("2026-10-09", "Estimated Delivery:  10/09/2026"),
     dates=[("2026-09-10", "other", "09/10/2026"), ("2026-10-02", "ship_date", "10/02/2026"),
            ("2026-10-09", "confirmed_delivery", "10/09/2026")],
     lines=[("OF-BN-120", 60, "EA", "OF-BN-120   Entry bench, white oak, 120cm      60    EA    142.00     8,520.00", "P04225"),
            ("OF-ST-45", 150, "EA", "OF-ST-45    Step stool, white oak              150   EA    38.50      5,775.00", "P04225")]),

dict(v="highland", c=1, lang="en", at="2026-11-24 10:20", subj="Candles P04227",
     text="""
Morning Sandra,

Quick heads-up on P04227 (the pine & cedar three-wick candles). Our soy wax delivery got stuck at Grangemouth with the weather, so we've lost two pouring days. Rather than this Thursday (26th) we'll now be with you early next week.

I'll confirm the exact day once the pallets are wrapped. Apologies for the shuffle.

Cheers,
Ewan
""", end="Cheers,", change="date", intent="delay", po=["P04227"],
     commit=("2026-11-30", "we'll now be with you early next week"),
     dates=[("2026-11-26", "other", "this Thursday (26th)"), ("2026-11-30", "new_eta", "early next week")]),

dict(v="voltix", c=1, lang="en", at="2026-10-30 18:00", subj="P04229 shipped by DHL",
     text="""
Dear Mike,

Good news, your order P04229 (wireless charger pads VX-WC15, 1,500 pcs) was picked up by DHL Express today, AWB 7739204815. ETA your warehouse Tuesday 3 Nov.

Invoice and packing list attached.

Best regards,
Kevin Liu
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P04229"],
     commit=("2026-11-03", "ETA your warehouse Tuesday 3 Nov"),
     dates=[("2026-10-30", "ship_date", "today"), ("2026-11-03", "confirmed_delivery", "Tuesday 3 Nov")],
     lines=[("VX-WC15", 1500, "pcs", "VX-WC15, 1,500 pcs", "P04229")],
     track=[("DHL Express", "7739204815", "AWB 7739204815")]),
dict(v="greenthumb", c=0, lang="en", at="2026-09-24 08:10", subj="raised beds",
     text="""
Mike -

heads up on the cedar raised beds (P04231). Lumber yard shorted us on the 2x10s so we're behind. Was 9/30, now looking like the week of 10/12 before they're at your door. I'll holler if it slides again but I don't think it will.

-Randy
""", end="-Randy", change="date", intent="delay", po=["P04231"],
     commit=("2026-10-12", "now looking like the week of 10/12"),
     dates=[("2026-09-30", "other", "9/30"), ("2026-10-12", "new_eta", "the week of 10/12")]),

dict(v="sparkle", c=0, lang="en", at="2026-10-08 11:30", subj="Order P04233 - confirmation",
     text="""
Dear Laura,

Thank you for order P04233 for the Riesling glasses. I'm happy to confirm all 120 cases (6 glasses per case) at the prices on your order, and delivery for Tuesday 3rd November. I have booked it in with your goods-in team for a morning slot.

If you'd like the gift sleeves added, just let me know before the end of the month and I can still do it without changing the date.

Kind regards,
Hannah Price
Sparkle Glassware Ltd
""", end="Kind regards,", change="none", intent="confirmation", po=["P04233"],
     commit=("2026-11-03", "delivery for Tuesday 3rd November"),
     dates=[("2026-11-03", "confirmed_delivery", "Tuesday 3rd November"), ("2026-10-31", "other", "the end of the month")],
     lines=[("Riesling glass", 120, "cases", "all 120 cases", "P04233")]),

dict(v="anatolia", c=0, lang="en", at="2026-11-18 09:00", subj="P04235 / P04236 loading update",
     text="""
Dear Tim,

Here the update for your two orders:

P04235 bathrobes: we had a problem with the dyeing, colour Sage was not matching the standard, we must dye again. Loading moves from 20.11. to 04.12., arrival your warehouse 11.12. instead of 27.11.
P04236 towels: no change, loading 20.11. and arrival 27.11. as confirmed.

Sorry for the bathrobes, we do everything to keep the new date.

Best regards,
Mehmet Yilmaz
Anatolia Textiles A.S.
""", end="Best regards,", change="date", intent="delay", sec=["confirmation"],
     po=["P04235", "P04236"],
     commit=("2026-12-11", "arrival your warehouse 11.12."),
     dates=[("2026-11-20", "other", ("20.11.", 0)), ("2026-12-04", "ship_date", "04.12."),
            ("2026-12-11", "new_eta", "11.12."), ("2026-11-27", "other", ("27.11.", 0)),
            ("2026-11-20", "ship_date", ("20.11.", 1)), ("2026-11-27", "confirmed_delivery", ("27.11.", 1))],
     changes=[("P04235", "delay", "2026-12-11", None, "Loading moves from 20.11. to 04.12., arrival your warehouse 11.12. instead of 27.11."),
              ("P04236", "confirmation", "2026-11-27", None, "P04236 towels: no change, loading 20.11. and arrival 27.11. as confirmed.")]),

dict(v="acme", c=1, lang="en", at="2026-11-02 13:40", subj="RE: P04237 - can you pull in?",
     text="""
Laura,

Good news - yes, we can pull P04237 in. Instead of 11/20 the enamel colanders will deliver Friday 11/13. All 640 units, one truck.

Dave

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: Friday, October 30, 2026 9:02 AM
To: Dave Kowalski <dave.kowalski@acmehomegoods.com>
Subject: P04237 - can you pull in?

Hi Dave, our promo starts on November 16. Any chance to get P04237 a week earlier than the 20th?
""", end="Dave\n", change="date", intent="confirmation", po=["P04237"],
     commit=("2026-11-13", "deliver Friday 11/13"),
     dates=[("2026-11-20", "other", "11/20"), ("2026-11-13", "confirmed_delivery", "Friday 11/13")],
     lines=[("enamel colander", 640, "units", "All 640 units", "P04237")]),

dict(v="voltix", c=0, lang="en", at="2026-12-02 10:30", subj="P04239 delay notice - power bank",
     text="""
Dear Mike,

I am very sorry to tell you bad news. The battery cell supplier for P04239 (VX-PB20K power bank, 3,000 pcs) informed us the cells delivery is late 2 weeks, because they have quality problem on one batch and the batch is rejected.

So the original plan cannot keep:
- original ETD Shenzhen 5 Dec -> new ETD 19 Dec
- original delivery your warehouse 12 Jan -> new ETA Hamburg port 28 Jan, delivery your warehouse 2 Feb 2027

We know it is close to Chinese New Year, we already booked the space with the forwarder so the goods can leave before the holiday.

Please accept our apologize.

Best regards,
Cindy Zhang
Sales Dept.
""", end="Best regards,", change="date", intent="delay", po=["P04239"],
     commit=("2027-02-02", "delivery your warehouse 2 Feb 2027"),
     dates=[("2026-12-05", "other", "5 Dec"), ("2026-12-19", "ship_date", "19 Dec"),
            ("2027-01-12", "other", "12 Jan"), ("2027-01-28", "other", "28 Jan"),
            ("2027-02-02", "new_eta", "2 Feb 2027")],
     lines=[("VX-PB20K", 3000, "pcs", "VX-PB20K power bank, 3,000 pcs", "P04239")]),

dict(v="milano", c=1, lang="en", at="2026-09-16 16:00", subj="P04241 - transport question",
     text="""
Buongiorno Tim,

the glass carafes for order P04241 will be ready on 2 October, packed on 6 pallets.

Last time you used your own forwarder (Kühne), this time the order is ex works but your colleague said maybe you prefer our truck. What do you want? If our truck, I send the offer for transport tomorrow.

Thank you,
Marco Bianchi
Milano Casa S.r.l.
""", end="Thank you,", change="none", intent="question", po=["P04241"],
     dates=[("2026-10-02", "other", "2 October"), ("2026-09-17", "other", "tomorrow")]),

dict(v="cleanco", c=1, lang="en", at="2026-10-12 09:15", subj="RE: New order P04243",
     text="""
Hi Sandra,

Thanks, we've received P04243 and passed it to the warehouse. You'll get the formal confirmation from the system once it's been picked.

Order Desk
CleanCo Supplies Ltd
""", end="Order Desk\nCleanCo", change="none", intent="other", po=["P04243"]),

dict(v="lakeside", c=0, lang="en", at="2026-12-07 15:30", subj="RE: Cancel PO P04245",
     text="""
Hi Tim,

Confirming we've cancelled PO P04245 (salmon dog treats, 180 cases) per your request. Nothing had been picked yet, so there are no restocking charges.

You'll receive credit memo CM-20931 for the prepayment by 12/11.

Thanks,
Amber Nielsen
Lakeside Pet Foods Inc.
""", end="Thanks,\nAmber", change="cancel", intent="cancellation", po=["P04245"], vref=["CM-20931"],
     dates=[("2026-12-11", "other", "12/11")],
     lines=[("salmon dog treats", 180, "cases", "salmon dog treats, 180 cases", "P04245")]),

dict(v="polska", c=0, lang="en", at="2026-11-27 12:00", subj="P04247 stoneware mugs - delay",
     text="""
Dear Sandra,

Unfortunately our big tunnel kiln broke down on Tuesday and the repair company can come only on Monday. For your order P04247 (stoneware mug 350ml, 4 glazes) this means we can not deliver in KW 49 as confirmed. New delivery is KW 51.

All other things stay the same. We are very sorry.

Best regards
Katarzyna Nowak
Polska Ceramika Sp. z o.o.
""", end="Best regards\nKatarzyna", change="date", intent="delay", po=["P04247"],
     commit=("2026-12-14", "New delivery is KW 51"),
     dates=[("2026-11-24", "other", "Tuesday"), ("2026-11-30", "other", "Monday"),
            ("2026-11-30", "other", "KW 49"), ("2026-12-14", "new_eta", "KW 51")]),

dict(v="hanoi", c=1, lang="en", at="2026-10-05 09:45", subj="Shipment advice P04249",
     text="""
Dear Laura,

We are pleased to inform the shipment of your order P04249 (seagrass storage basket set, 900 sets):

Vessel: YM WELLHEAD V.026W
ETD Hai Phong: sailed Saturday 03/10
ETA Hamburg: 12/11
B/L No.: HPH2610-0377
Container: 1 x 40HC, TCNU4471026

Original documents will be sent by courier this week.

Best regards,
Tran Minh
Export Department
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P04249"],
     commit=("2026-11-12", "ETA Hamburg: 12/11"),
     dates=[("2026-10-03", "ship_date", "Saturday 03/10"), ("2026-11-12", "confirmed_delivery", "12/11"),
            ("2026-10-05", "other", "this week")],
     lines=[("seagrass storage basket set", 900, "sets", "900 sets", "P04249")],
     track=[(None, "HPH2610-0377", "B/L No.: HPH2610-0377"), (None, "TCNU4471026", "TCNU4471026")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-23 14:20", subj="P04251 part shipment + balance by air",
     text="""
Dear Tim,

Please note 3,000 pcs of kitchen towels against P04251 have been dispatched today by sea from Nhava Sheva, ETA Hamburg 28/12.

The balance 1,000 pcs are under final inspection; these will be ready for airfreight on the 1st of December and will reach you 5-7 business days after dispatch. Airfreight is on our account.

Kindly acknowledge.

Regards,
Priya Sharma
""", end="Regards,\nPriya", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04251"],
     commit=("2026-12-28", "ETA Hamburg 28/12"),
     dates=[("2026-11-23", "ship_date", "today"), ("2026-12-28", "confirmed_delivery", "28/12"),
            ("2026-12-01", "ship_date", "the 1st of December"),
            ("2026-12-08", "range_start", "5-7 business days after dispatch"),
            ("2026-12-10", "range_end", "5-7 business days after dispatch")],
     lines=[("kitchen towels", 3000, "pcs", "3,000 pcs of kitchen towels", "P04251"),
            ("kitchen towels", 1000, "pcs", "The balance 1,000 pcs", "P04251")]),

dict(v="plasticos", c=0, lang="en", at="2026-11-10 17:05", subj="New prices from 01/12/2026",
     text="""
Dear Mike,

The polypropylene resin price in Mexico went up again and we can not absorb it anymore. New prices valid from 01/12/2026:

CAJA-30 (storage box 30L): from USD 4.10 to USD 4.45
CAJA-60 (storage box 60L): from USD 6.80 to USD 7.35

Your order P04253 ships at the current prices, delivery 20/11 as confirmed.

Best regards,
Rodrigo Garza
Plásticos del Norte S.A. de C.V.
""", end="Best regards,", change="price", intent="price_change", po=["P04253"],
     commit=("2026-11-20", "delivery 20/11 as confirmed"),
     dates=[("2026-12-01", "price_effective", "01/12/2026"), ("2026-11-20", "confirmed_delivery", "20/11")],
     prices=[dict(product="CAJA-30", old=4.10, new=4.45, cur="USD", eff="2026-12-01", quote="CAJA-30 (storage box 30L): from USD 4.10 to USD 4.45"),
             dict(product="CAJA-60", old=6.80, new=7.35, cur="USD", eff="2026-12-01", quote="CAJA-60 (storage box 60L): from USD 6.80 to USD 7.35")]),

dict(v="brightline", c=1, lang="en", at="2026-09-29 10:10", subj="P04255 order acknowledgement",
     text="""
Hi Tim,

Thanks for P04255 - 400 x BL-DL22 LED desk lamps, all in stock. We'll dispatch Friday 9th October on our usual pallet network and it'll be with you Monday 12th.

Order ref on our side is SO-118804.

Cheers,
Tom Okafor
Brightline Electronics Ltd
""", end="Cheers,", change="none", intent="confirmation", po=["P04255"], vref=["SO-118804"],
     commit=("2026-10-12", "it'll be with you Monday 12th"),
     dates=[("2026-10-09", "ship_date", "Friday 9th October"), ("2026-10-12", "confirmed_delivery", "Monday 12th")],
     lines=[("BL-DL22", 400, None, "400 x BL-DL22", "P04255")]),

dict(v="texbright", c=0, lang="en", at="2026-10-15 11:50", subj="P04257 duvets",
     text="""
Hi Sandra,

So I wanted to give you a proper update on P04257 rather than another one-liner. The down-alternative fill we use for the all-season duvet inserts comes from a plant in South Carolina, and they had a line changeover that took longer than planned, then the first lot failed our loft test (it was about 10% under spec, which you'd notice on the shelf), so they re-ran it. The good lot arrived here yesterday and we've started stitching this morning.

Where that leaves you: the 10/20 delivery won't happen. We should have everything boxed and delivered to you in 2 weeks. I know your catalog timing is tight, so if the date moves again even by a day I'll call you rather than email.

Thanks for bearing with us,
Marcus Reed
TexBright Bedding Inc.
""", end="Thanks for bearing with us,", change="date", intent="delay", po=["P04257"],
     commit=("2026-10-29", "delivered to you in 2 weeks"),
     dates=[("2026-10-14", "other", "yesterday"), ("2026-10-15", "other", "this morning"),
            ("2026-10-20", "other", "10/20"), ("2026-10-29", "new_eta", "in 2 weeks")]),

dict(v="jaipur", c=0, lang="en", at="2026-12-09 12:40", subj="P04259 table runners - confirmed",
     text="""
Dear Laura madam,

We confirm your order P04259 for 2,500 hand block printed table runners (1,500 pcs design Marigold, 1,000 pcs design Neem). ETD Mundra 18th December; delivery at your Hamburg warehouse between 12th and 16th January.

Regards,
Anil Mehta
Jaipur Block Prints Pvt Ltd
""", end="Regards,", change="none", intent="confirmation", po=["P04259"],
     commit=("2027-01-16", "between 12th and 16th January"),
     dates=[("2026-12-18", "ship_date", "18th December"), ("2027-01-12", "range_start", "12th"),
            ("2027-01-16", "range_end", "16th January")],
     lines=[("table runner Marigold", 1500, "pcs", "1,500 pcs design Marigold", "P04259"),
            ("table runner Neem", 1000, "pcs", "1,000 pcs design Neem", "P04259")]),

dict(v="ningbo", c=0, lang="en", at="2026-12-14 09:30", subj="P04261 vessel rolled - new ETD/ETA",
     text="""
Dear Sandra,

The shipping line has rolled our container for P04261 (glass storage jars with bamboo lid, 2,400 sets) from the vessel because it is overbooked before the holiday, we only knew this on Saturday.

ETD Ningbo: 12 Dec changed to 26 Dec
ETA Hamburg: 20 Jan changed to 2 Feb
Delivery your warehouse: about 5 Feb

Sorry for this, it is not in our control. We asked the forwarder for any earlier space, if yes I tell you immediately.

Best regards,
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards,", change="date", intent="delay", po=["P04261"],
     commit=("2027-02-05", "Delivery your warehouse: about 5 Feb"),
     dates=[("2026-12-12", "other", "Saturday"), ("2026-12-12", "other", "12 Dec"),
            ("2026-12-26", "ship_date", "26 Dec"), ("2027-01-20", "other", "20 Jan"),
            ("2027-02-02", "other", "2 Feb"), ("2027-02-05", "new_eta", "5 Feb")],
     lines=[("glass storage jars with bamboo lid", 2400, "sets", "2,400 sets", "P04261")]),

dict(v="evergreen", c=1, lang="en", at="2026-09-08 13:10", subj="Order confirmation - PO P04263",
     text="""
Hi Mike,

Confirming P04263 below. Everything as ordered.

Item            Qty (cases)   Ship    Deliver window
EV-NAP-3PLY     220           9/21    9/24-9/25
EV-NAP-DINNER   140           9/21    9/24-9/25

Please have your receiving team call 48 hours ahead if they need a specific dock time.

Tanya Brooks
Customer Service | Evergreen Paper Products Inc.
""", end="Tanya Brooks", change="none", intent="confirmation", po=["P04263"],
     commit=("2026-09-25", ("9/25", 0)),
     dates=[("2026-09-21", "ship_date", ("9/21", 0)), ("2026-09-24", "range_start", ("9/24", 0)),
            ("2026-09-25", "range_end", ("9/25", 0)), ("2026-09-21", "ship_date", ("9/21", 1)),
            ("2026-09-24", "range_start", ("9/24", 1)), ("2026-09-25", "range_end", ("9/25", 1))],
     lines=[("EV-NAP-3PLY", 220, "cases", "EV-NAP-3PLY     220           9/21    9/24-9/25", "P04263"),
            ("EV-NAP-DINNER", 140, "cases", "EV-NAP-DINNER   140           9/21    9/24-9/25", "P04263")]),

dict(v="lakeside", c=1, lang="en", at="2026-11-30 07:02", subj="Order P04265 - delivery rescheduled",
     text="""
*** ORDER STATUS UPDATE - AUTOMATED MESSAGE ***

Customer PO: P04265
Lakeside Order #: LPF-SO-78411

Your order has been rescheduled.
Previous Est. Delivery: 12/03/2026
New Est. Delivery:      12/10/2026
Reason: Carrier capacity

No action is required. Questions? Reply to this email or call 1-800-555-0142.
Lakeside Pet Foods Inc. | Shipping Team
""", end="Questions? Reply", change="date", intent="delay", po=["P04265"], vref=["LPF-SO-78411"],
     commit=("2026-12-10", "New Est. Delivery:      12/10/2026"),
     dates=[("2026-12-03", "other", "12/03/2026"), ("2026-12-10", "new_eta", "12/10/2026")]),

dict(v="hanoi", c=0, lang="en", at="2026-09-03 10:05", subj="Confirm order P04267 rattan lamp shade",
     text="""
Dear Mr. Tim,

Thank you very much for your order P04267. We confirm 600 pcs rattan lamp shade 40cm and 600 pcs rattan lamp shade 30cm, price as your PO.

Our schedule:
- finish production 09/10
- ETD Hai Phong 16/10
- ETA Hamburg 23/11
- delivery to your warehouse 26/11

Thank you and best regards,
Nguyen Thi Lan
""", end="Thank you and best regards,", change="none", intent="confirmation", po=["P04267"],
     commit=("2026-11-26", "delivery to your warehouse 26/11"),
     dates=[("2026-10-09", "other", "09/10"), ("2026-10-16", "ship_date", "16/10"),
            ("2026-11-23", "other", "23/11"), ("2026-11-26", "confirmed_delivery", "26/11")],
     lines=[("rattan lamp shade 40cm", 600, "pcs", "600 pcs rattan lamp shade 40cm", "P04267"),
            ("rattan lamp shade 30cm", 600, "pcs", "600 pcs rattan lamp shade 30cm", "P04267")]),

dict(v="delhicotton", c=0, lang="en", at="2026-10-26 11:00", subj="Revised schedule - P04269 bedsheets",
     text="""
Dear Madam,

This is to inform you that due to the Diwali holidays our stitching unit is running with reduced manpower and your order P04269 (percale bedsheet sets, 1,800 sets) will get delayed by about 10 days.

Revised ETD: 07/11/2026 (earlier 28/10/2026)
Revised delivery at your warehouse: 12/12/2026 (earlier 02/12/2026)

We regret the inconvenience caused and assure you of our best services always.

Thanks & Regards,
Rajesh Kumar
Export Manager
""", end="Thanks & Regards,", change="date", intent="delay", po=["P04269"],
     commit=("2026-12-12", "Revised delivery at your warehouse: 12/12/2026"),
     dates=[("2026-11-07", "ship_date", "07/11/2026"), ("2026-10-28", "other", "28/10/2026"),
            ("2026-12-12", "new_eta", "12/12/2026"), ("2026-12-02", "other", "02/12/2026")]),

dict(v="milano", c=0, lang="en", at="2026-11-11 14:30", subj="Conferma ordine / order confirmation P04271",
     text="""
Dear Laura,

thank you for the new order P04271. We confirm all the articles and quantities (olive wood salad servers 800 pairs, olive wood cutting board 35cm 400 pcs), and delivery on Thursday the 3rd, as on your PO. The truck leaves Milano on Monday the 30th.

Cordiali saluti,
Giulia Rossi
""", end="Cordiali saluti,", change="none", intent="confirmation", po=["P04271"],
     commit=("2026-12-03", "delivery on Thursday the 3rd"),
     dates=[("2026-12-03", "confirmed_delivery", "Thursday the 3rd"), ("2026-11-30", "ship_date", "Monday the 30th")],
     lines=[("olive wood salad servers", 800, "pairs", "olive wood salad servers 800 pairs", "P04271"),
            ("olive wood cutting board 35cm", 400, "pcs", "olive wood cutting board 35cm 400 pcs", "P04271")]),

dict(v="acme", c=0, lang="en", at="2026-12-10 15:45", subj="P04273 partial ship - stock pots",
     text="""
Hi Tim,

We shipped 300 of the 8qt stock pots on P04273 today via FedEx Freight, PRO 7731 4402 118. Est. delivery to the consolidator is Monday 12/14.

The remaining 180 are on backorder - our lid supplier is short - and will ship the week of 1/11. I'll send tracking then.

Jessica
""", end="Jessica", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04273"],
     commit=("2026-12-14", "Est. delivery to the consolidator is Monday 12/14"),
     dates=[("2026-12-10", "ship_date", "today"), ("2026-12-14", "confirmed_delivery", "Monday 12/14"),
            ("2027-01-11", "ship_date", "the week of 1/11")],
     lines=[("8qt stock pot", 300, None, "We shipped 300 of the 8qt stock pots", "P04273"),
            ("8qt stock pot", 180, None, "The remaining 180 are on backorder", "P04273")],
     track=[("FedEx Freight", "7731 4402 118", "PRO 7731 4402 118")]),

dict(v="voltix", c=1, lang="en", at="2026-11-20 11:20", subj="P04275 - VX-SP05 discontinued, cancel this item",
     text="""
Dear Mike,

Sorry, the bluetooth speaker VX-SP05 in your order P04275 is discontinued by the brand owner, the chip is end of life. We must cancel this item (600 pcs) from the order.

The other two items in P04275 are not affected and will ship on 3 December as planned.

We have a new model VX-SP06 with same size and better battery, price USD 0.40 higher. Do you want us to offer it as replacement? Then I send you the spec sheet.

Best regards,
Kevin Liu
""", end="Best regards,", change="cancel", intent="cancellation", sec=["question"], po=["P04275"],
     dates=[("2026-12-03", "ship_date", "3 December")],
     lines=[("VX-SP05", 600, "pcs", "We must cancel this item (600 pcs)", "P04275")]),

dict(v="greenthumb", c=1, lang="en", at="2026-11-25 10:00", subj="P04277 delivery Tuesday - dock hours?",
     text="""
Hi Laura,

P04277 (the 64 bales of potting mix) is scheduled to deliver Tuesday 12/1. The driver asked me what your receiving hours are and whether you need an appointment number - can you let me know?

Just so you're aware, our office is closed Thursday and Friday for Thanksgiving, so if I don't answer it's because of that. I'll be back Monday.

Thanks,
Megan Tran
Green Thumb Garden Supply
""", end="Thanks,\nMegan", change="none", intent="question", po=["P04277"],
     commit=("2026-12-01", "scheduled to deliver Tuesday 12/1"),
     dates=[("2026-12-01", "confirmed_delivery", "Tuesday 12/1"), ("2026-11-26", "other", "Thursday"),
            ("2026-11-27", "other", "Friday"), ("2026-11-30", "other", "Monday")]),

dict(v="polska", c=1, lang="en", at="2026-12-03 08:50", subj="New contact person at Polska Ceramika",
     text="""
Dear Customer,

I would like to inform you that Katarzyna Nowak is leaving our company. From Monday 7 December I will take over all her customers, including your open order P04279.

My contact details:
Piotr Wisniewski, Export Sales
piotr.wisniewski@polskaceramika.pl
+48 71 555 20 14

Nothing changes in your orders, prices or delivery dates.

Kind regards,
Piotr Wisniewski
""", end="Kind regards,\nPiotr", change="none", intent="other", po=["P04279"],
     dates=[("2026-12-07", "other", "Monday 7 December")]),

dict(v="highland", c=0, lang="en", at="2026-12-08 12:15", subj="P04281 - diffusers won't make it",
     text="""
Hi Laura,

Splitting P04281 in two, I'm afraid. The candles (all 4 scents) are poured, labelled and will be with you Friday 11th as planned. The reed diffusers are the problem: the glass bottles from our supplier arrived with chipped necks and we've rejected the lot. Replacement glass won't be here before Christmas, so the diffusers will now follow in mid-January.

Hope that's not too painful. Happy to send the candles on their own or hold everything - your call, but I'll send the candles Thursday unless you say otherwise.

All the best,
Fiona MacLeod
Highland Candle Works
""", end="All the best,", change="date", intent="delay", sec=["question"], po=["P04281"],
     commit=("2027-01-15", "the diffusers will now follow in mid-January"),
     dates=[("2026-12-11", "confirmed_delivery", "Friday 11th"), ("2027-01-15", "new_eta", "mid-January"),
            ("2026-12-10", "ship_date", "Thursday unless")]),

dict(v="plasticos", c=1, lang="en", at="2026-09-18 16:40", subj="Order confirmation P04283",
     text="""
Dear Mike,

We confirm your order P04283: 2,000 laundry baskets 40L (colours white 1,200 / grey 800), price as per PO.

ETD Veracruz 25/09, delivery DAP Hamburg wk 44.

Saludos,
Fernanda Treviño
Plásticos del Norte
""", end="Saludos,", change="none", intent="confirmation", po=["P04283"],
     commit=("2026-10-26", "delivery DAP Hamburg wk 44"),
     dates=[("2026-09-25", "ship_date", "25/09"), ("2026-10-26", "confirmed_delivery", "wk 44")],
     lines=[("laundry basket 40L white", 1200, None, "white 1,200", "P04283"),
            ("laundry basket 40L grey", 800, None, "grey 800", "P04283")]),

dict(v="sparkle", c=0, lang="en", at="2026-11-19 16:55", subj="P04285 dispatched",
     text="""
Hi Laura,

Just to let you know P04285 (tumblers and highballs, 8 pallets) left us this afternoon with Palletways, consignment 0042 7781 2290. It's due with you Monday (23rd).

Kind regards,
Hannah
""", end="Kind regards,", change="shipping", intent="shipping_notice", po=["P04285"],
     commit=("2026-11-23", "It's due with you Monday (23rd)"),
     dates=[("2026-11-19", "ship_date", "this afternoon"), ("2026-11-23", "confirmed_delivery", "Monday (23rd)")],
     track=[("Palletways", "0042 7781 2290", "consignment 0042 7781 2290")]),

dict(v="jaipur", c=1, lang="en", at="2026-11-04 09:25", subj="P04287 quilts - ETD revised",
     text="""
Dear Sandra,

Kindly note our dyer had to stop the indigo vats for the festival week so the quilts for P04287 are running behind. ETD Mundra is shifted from 10th Nov to 24th Nov. The vessel reaches Hamburg port on 22nd Dec and the goods will be at your warehouse 5-7 business days after port arrival.

We are very sorry for this, we know it is your winter collection.

Warm regards,
Sunita Rathore
""", end="Warm regards,", change="date", intent="delay", po=["P04287"],
     commit=("2026-12-31", "5-7 business days after port arrival"),
     dates=[("2026-11-10", "other", "10th Nov"), ("2026-11-24", "ship_date", "24th Nov"),
            ("2026-12-22", "other", "22nd Dec"), ("2026-12-29", "range_start", "5-7 business days after port arrival"),
            ("2026-12-31", "range_end", "5-7 business days after port arrival")]),

dict(v="oakridge", c=0, lang="en", at="2026-10-20 13:35", subj="RE: P04289",
     text="""
Hey Tim, P04289 is good to go - all 40 dining chairs and the 10 trestle tables. Ships next Tuesday (10/27), delivery to your consolidator Thursday 11/5.

Travis

On Mon, Oct 19, 2026 at 8:14 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Hi Travis, can you confirm P04289 for early November? Thanks, Tim
""", end="Travis\n\nOn", change="none", intent="confirmation", po=["P04289"],
     commit=("2026-11-05", "delivery to your consolidator Thursday 11/5"),
     dates=[("2026-10-27", "ship_date", "next Tuesday (10/27)"), ("2026-11-05", "confirmed_delivery", "Thursday 11/5")],
     lines=[("dining chair", 40, None, "all 40 dining chairs", "P04289"),
            ("trestle table", 10, None, "the 10 trestle tables", "P04289")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-06 15:10", subj="Price adjustment from 1st January 2027",
     text="""
Dear Tim,

Because the RMB is getting stronger against USD for many months and our stainless steel cost also increase, we have to adjust our price 3.5% for all items from 1st January 2027.

For your order P04291 we keep the old price, the goods are ready and ETD is still 30 Nov.

Thank you for your understanding.

Best regards
Leo Wang
""", end="Best regards\nLeo", change="price", intent="price_change", po=["P04291"],
     dates=[("2027-01-01", "price_effective", "1st January 2027"), ("2026-11-30", "ship_date", "30 Nov")],
     prices=[dict(product=None, pct=3.5, cur=None, eff="2027-01-01", quote="adjust our price 3.5% for all items from 1st January 2027")]),

dict(v="texbright", c=1, lang="en", at="2026-12-16 14:00", subj="P04293 - palletized or floor loaded?",
     text="""
Hi Mike,

Quick one on P04293: pickup is set for 1/5. Do you want it palletized (12 pallets) or floor-loaded in the container? Floor-loaded fits about 15% more cartons but takes longer to unload on your side. I need your answer before we close for the holidays on the 23rd.

Thanks,
Olivia
""", end="Thanks,\nOlivia", change="none", intent="question", po=["P04293"],
     dates=[("2027-01-05", "ship_date", "1/5"), ("2026-12-23", "other", "the 23rd")]),

dict(v="evergreen", c=1, lang="en", at="2026-12-01 08:00", subj="Statement of account - November 2026",
     text="""
Dear Customer,

Please find below your statement of account as of 11/30/2026.

Invoice      PO        Inv. Date    Due Date     Amount USD
INV-55821    P04263    09/22/2026   12/15/2026   6,184.40

Total open: USD 6,184.40

Please remit by the due date. If you have already paid, please disregard this notice.

Evergreen Paper Products Inc. - Accounts Receivable
""", end="Evergreen Paper Products Inc. - Accounts Receivable", change="none", intent="other",
     po=["P04263"], vref=["INV-55821"],
     dates=[("2026-11-30", "other", "11/30/2026"), ("2026-09-22", "other", "09/22/2026"),
            ("2026-12-15", "other", "12/15/2026")]),

dict(v="brightline", c=0, lang="en", at="2026-11-05 09:40", subj="P04295 - courier delay",
     text="""
Hi Tim,

Sorry - P04295 was due with you today but our pallet courier has had a depot closure in Birmingham and everything is backed up. They're now saying between tomorrow and Monday. I'll chase them this afternoon and let you know as soon as I have a firm day.

Sarah
""", end="Sarah", change="date", intent="delay", po=["P04295"],
     commit=("2026-11-09", "between tomorrow and Monday"),
     dates=[("2026-11-05", "other", "today"), ("2026-11-06", "range_start", "tomorrow"),
            ("2026-11-09", "range_end", "Monday"), ("2026-11-05", "other", "this afternoon")]),

dict(v="anatolia", c=0, lang="en", at="2026-12-15 10:45", subj="P04297 order confirmation",
     text="""
Dear Laura,

Thank you for your order P04297 (waffle bathrobes, 4 colours, 960 pcs). We confirm, goods will be ready for loading end of next week and delivery in your warehouse is CW 2/2027.

Our confirmation number is ANT-OC-26-1188.

Best regards,
Mehmet Yilmaz
""", end="Best regards,", change="none", intent="confirmation", po=["P04297"], vref=["ANT-OC-26-1188"],
     commit=("2027-01-11", "delivery in your warehouse is CW 2/2027"),
     dates=[("2026-12-25", "other", "end of next week"), ("2027-01-11", "confirmed_delivery", "CW 2/2027")],
     lines=[("waffle bathrobes", 960, "pcs", "960 pcs", "P04297")]),

dict(v="oakridge", c=1, lang="en", at="2026-11-17 06:30", subj="Order P04299 - status change: BACKORDERED",
     text="""
This is an automated message from Oakridge Furniture Co.

Customer PO: P04299
Our Order: OFC-88560
Status: BACKORDERED

Previously scheduled ship date: 12/04/2026
New ship date: TBD

The following item is backordered until further notice due to a shortage of white oak stock:
OF-SB-90   Shoe bench, white oak, 90cm    Qty 80

Your sales representative will contact you with an updated schedule.
""", end="Your sales representative will contact you", change="date", intent="delay", po=["P04299"],
     vref=["OFC-88560"],
     dates=[("2026-12-04", "other", "12/04/2026")],
     lines=[("OF-SB-90", 80, None, "OF-SB-90   Shoe bench, white oak, 90cm    Qty 80", "P04299")]),

dict(v="polska", c=1, lang="en", at="2026-12-10 13:25", subj="P04301 dinner plates - part delivery",
     text="""
Dear Laura,

The truck with 1.150 pcs of the dinner plates 27cm from P04301 is loaded today and will be at your warehouse tomorrow. CMR number PL-CMR-778120.

The remaining 350 pcs had glaze defects (small pinholes) in the final check and we fire them again. They will be delivered in KW 2/2027.

Kind regards,
Piotr Wisniewski
Polska Ceramika Sp. z o.o.
""", end="Kind regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04301"],
     commit=("2027-01-11", "They will be delivered in KW 2/2027"),
     dates=[("2026-12-10", "ship_date", "today"), ("2026-12-11", "confirmed_delivery", "tomorrow"),
            ("2027-01-11", "new_eta", "KW 2/2027")],
     lines=[("dinner plate 27cm", 1150, "pcs", "1.150 pcs of the dinner plates 27cm", "P04301"),
            ("dinner plate 27cm", 350, "pcs", "The remaining 350 pcs", "P04301")],
     track=[(None, "PL-CMR-778120", "CMR number PL-CMR-778120")]),

dict(v="hanoi", c=1, lang="en", at="2026-12-04 16:30", subj="confrim P04303",
     text="""
Dear Ms Laura,

We confrim your order P04303 water hyacinth laundry basket 1,500 pcs, price and packing same like last order.

ETD Hai Phong 28/12, ETA Hamburg 04/02/2027, delivery you warehouse 08/02/2027. Because Tet holiday our factory close long time so we try to ship before.

Thank you so much,
Tran Minh
""", end="Thank you so much,", change="none", intent="confirmation", po=["P04303"],
     commit=("2027-02-08", "delivery you warehouse 08/02/2027"),
     dates=[("2026-12-28", "ship_date", "28/12"), ("2027-02-04", "other", "04/02/2027"),
            ("2027-02-08", "confirmed_delivery", "08/02/2027")],
     lines=[("water hyacinth laundry basket", 1500, "pcs", "water hyacinth laundry basket 1,500 pcs", "P04303")]),

dict(v="texbright", c=0, lang="en", at="2026-09-15 15:05", subj="P04305 - line 2 cancelled per our call",
     text="""
Sandra,

Per our call this morning, confirming that line 2 of P04305 (king duvet covers, 96 units) is cancelled. You won't be billed for it.

Lines 1 and 3 are unchanged: they ship 9/25 and deliver 9/29.

Marcus Reed
TexBright Bedding Inc.
""", end="Marcus Reed", change="cancel", intent="cancellation", po=["P04305"],
     commit=("2026-09-29", "deliver 9/29"),
     dates=[("2026-09-15", "other", "this morning"), ("2026-09-25", "ship_date", "9/25"),
            ("2026-09-29", "confirmed_delivery", "9/29")],
     lines=[("king duvet covers", 96, "units", "king duvet covers, 96 units", "P04305")]),

dict(v="greenthumb", c=0, lang="en", at="2026-10-22 07:45", subj="Re: P04307 status?",
     text="""
Answers inline, Laura.

On Wed, Oct 21, 2026 at 10:30 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hi Randy, when will P04307 ship? You confirmed 10/23 delivery.
Not gonna make 10/23, sorry. Truck is booked for Tuesday, so delivery Thursday 10/29.
> And are the trellis panels included?
Yep, all 120 panels on the same truck.
> Thanks, Laura

-Randy
""", end="\n> Thanks, Laura", change="date", intent="delay", po=["P04307"],
     commit=("2026-10-29", "delivery Thursday 10/29"),
     dates=[("2026-10-23", "other", ("10/23", 1)), ("2026-10-27", "ship_date", "Tuesday"),
            ("2026-10-29", "new_eta", "Thursday 10/29")],
     lines=[("trellis panel", 120, "panels", "all 120 panels", "P04307")]),

dict(v="cleanco", c=0, lang="en", at="2026-11-26 11:10", subj="Despatch note P04309",
     text="""
Hi Sandra,

P04309 went out on the DPD pallet service this morning - 5 pallets, consignment 15501 994 2281 7. Delivery is expected within 2-3 working days.

Despatch note DN-90114 attached.

Regards,
Gary Hughes
CleanCo Supplies Ltd
""", end="Regards,", change="shipping", intent="shipping_notice", po=["P04309"], vref=["DN-90114"],
     commit=("2026-12-01", "Delivery is expected within 2-3 working days"),
     dates=[("2026-11-26", "ship_date", "this morning"), ("2026-11-30", "range_start", "2-3 working days"),
            ("2026-12-01", "range_end", "2-3 working days")],
     track=[("DPD", "15501 994 2281 7", "consignment 15501 994 2281 7")]),

dict(v="sparkle", c=0, lang="en", at="2026-11-16 10:35", subj="P04311 - energy surcharge",
     text="""
Dear Laura,

I'm sorry to be writing with this. Our gas contract renewed at a much higher rate and from 1 December we're adding an energy surcharge of 4% to all invoices, including the one for your order P04311.

The delivery itself is unaffected and stays on Thursday 10th December.

Kind regards,
Hannah Price
Sparkle Glassware Ltd
""", end="Kind regards,", change="price", intent="price_change", po=["P04311"],
     commit=("2026-12-10", "stays on Thursday 10th December"),
     dates=[("2026-12-01", "price_effective", "1 December"), ("2026-12-10", "confirmed_delivery", "Thursday 10th December")],
     prices=[dict(product=None, pct=4, cur=None, eff="2026-12-01", quote="from 1 December we're adding an energy surcharge of 4% to all invoices")]),

dict(v="lakeside", c=0, lang="en", at="2026-10-01 12:20", subj="PO P04313 confirmed",
     text="""
Hi Mike,

P04313 is confirmed as ordered: 300 bags of the grain-free puppy food, 150 bags of senior. It ships 10/8 and will deliver either Monday 10/12 or Tuesday 10/13, depending on the carrier's route.

Amber Nielsen
Lakeside Pet Foods Inc.
""", end="Amber Nielsen", change="none", intent="confirmation", po=["P04313"],
     commit=("2026-10-13", "deliver either Monday 10/12 or Tuesday 10/13"),
     dates=[("2026-10-08", "ship_date", "10/8"), ("2026-10-12", "range_start", "Monday 10/12"),
            ("2026-10-13", "range_end", "Tuesday 10/13")],
     lines=[("grain-free puppy food", 300, "bags", "300 bags of the grain-free puppy food", "P04313"),
            ("senior dog food", 150, "bags", "150 bags of senior", "P04313")]),

dict(v="highland", c=1, lang="en", at="2026-10-14 15:50", subj="P04315 tealights - short",
     text="""
Hi Sandra,

P04315 went out today but I'm afraid it's short: 36 of the 48 cases of unscented tealights. It should reach you Friday. We ran out of wick clips and the next delivery only comes in next week.

The other 12 cases will follow at the end of the month.

Cheers,
Ewan Grant
""", end="Cheers,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04315"],
     commit=("2026-10-31", "The other 12 cases will follow at the end of the month"),
     dates=[("2026-10-14", "ship_date", "today"), ("2026-10-16", "confirmed_delivery", "Friday"),
            ("2026-10-19", "other", "next week"), ("2026-10-31", "new_eta", "the end of the month")],
     lines=[("unscented tealights", 36, "cases", "36 of the 48 cases of unscented tealights", "P04315"),
            ("unscented tealights", 12, "cases", "The other 12 cases", "P04315")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-13 09:55", subj="P04317 and P04318 - update",
     text="""
Hi Tim,

Update on your two open orders with us:

- P04317 (aluminum snowshoes, 200 pairs): our binding supplier is behind, so this moves from 11/20 to 12/04.
- P04318 (trekking poles, 400 pairs): on schedule, still delivering 11/20.

Let me know if you'd rather we ship the snowshoes in two lots. Happy to do that.

Karen Singh
Maple Leaf Outdoor Products Inc.
""", end="Karen Singh", change="date", intent="delay", sec=["confirmation", "question"], po=["P04317", "P04318"],
     commit=("2026-12-04", "this moves from 11/20 to 12/04"),
     dates=[("2026-11-20", "other", ("11/20", 0)), ("2026-12-04", "new_eta", "12/04"),
            ("2026-11-20", "confirmed_delivery", ("11/20", 1))],
     changes=[("P04317", "delay", "2026-12-04", None, "P04317 (aluminum snowshoes, 200 pairs): our binding supplier is behind, so this moves from 11/20 to 12/04."),
              ("P04318", "confirmation", "2026-11-20", None, "P04318 (trekking poles, 400 pairs): on schedule, still delivering 11/20.")]),
]
