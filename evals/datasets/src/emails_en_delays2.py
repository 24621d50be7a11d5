# ruff: noqa: E501 - email text is data
"""English delays and confirmations from writers in many countries (US, UK, India, China,
Vietnam, Turkey, Poland, Italy, Mexico), with every kind of date expression: numeric dates in
both orders, month names, ordinals, weekdays, calendar weeks, month parts, business-day spans,
ranges, ETD/ETA pairs and old dates restated next to new ones. Hand-written."""

EMAILS = [
dict(v="acme", c=0, lang="en", at="2026-10-06 10:15", subj="P04201 - trivets running late",
     text="""
Hi Laura,

Bad news on P04201, I'm afraid. The 500 cast-iron trivets were confirmed to you for 10/14, but our foundry in Ohio had a furnace lining fail last week and they're two pours behind. Realistic arrival at your consolidator is now 10/28.

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

I write you about the order P04211, serving boards in Carrara marble (300 pcs). The quarry has stopped the cutting for two weeks because of a safety inspection, so we cannot deliver on 13/11 as we confirmed in September.

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
     dates=[("2027-01-15", "other", "mid-January"), ("2026-11-06", "confirmed_delivery", "06/11")],
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
]
