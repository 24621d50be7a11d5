# ruff: noqa: E501 - email text is data
"""More English supplier emails (issue #5): everyday mail with borderline wording. Hand-written."""

EMAILS = [
# ---------------------------------------------------------------- delays
dict(v="greenthumb", lang="en", at="2026-10-07 10:15", subj="RE: P00467 cedar bed kits",
     text="""
Laura,

Heads up on P00467 - the cedar raised bed kits (GT-RB-48) got pushed at the mill. They won't be on a truck until Tuesday 10/13 now, so figure 10/16 at your DC instead of the 10/9 we had.

Everything else on the PO is unchanged. I'll send tracking when it moves.

-Randy

On Tue, Oct 6, 2026 at 8:02 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Randy, can you reconfirm P00467 for 10/9? We have the autumn display going up that weekend.
> Laura
""", end="-Randy", change="date", intent="delay", po=["P00467"],
     commit=("2026-10-16", "figure 10/16 at your DC"),
     dates=[("2026-10-13", "ship_date", "Tuesday 10/13"), ("2026-10-16", "new_eta", "10/16"),
            ("2026-10-09", "other", ("10/9", 0))]),

dict(v="brightline", lang="en", at="2026-11-09 11:40", subj="RE: P00611 LED string lights",
     text="""
Hi Sandra,

I'm afraid we won't make Thursday the 12th for P00611. The warm-white LED string lights (BL-LED-10WW) are still sat at Felixstowe waiting on a customs inspection, and the agent can't give us a release date yet.

We're now looking at w/c 16 November for delivery to Hamburg - I'll confirm the exact day as soon as the container is released.

Sorry to be the bearer of bad news again.

Kind regards,
Sarah Whitfield
Key Account Manager | Brightline Electronics Ltd
""", end="Kind regards,", change="date", intent="delay", po=["P00611"],
     commit=("2026-11-16", "now looking at w/c 16 November for delivery"),
     dates=[("2026-11-12", "other", "Thursday the 12th"), ("2026-11-16", "new_eta", "w/c 16 November")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-18 14:05", subj="Shortbread tins - P00684",
     text="""
Hi Mike,

Bad news on the tins, I'm afraid. Our printer in Cork had a press breakdown and the Christmas shortbread tins (DB-SBT-400) for P00684 have slipped by about ten days. Revised ETA to your Hamburg warehouse is Friday 4 December rather than 24 November.

I know that's tight for your Christmas set-up. If it no longer works for you, just say and we'll cancel that line with no charge - but we'd much rather get them to you.

Apologies again,
Siobhan

Siobhan Murphy | Customer Accounts
Dublin Biscuit Company Ltd
""", end="Apologies again,", change="date", intent="delay", po=["P00684"],
     commit=("2026-12-04", "Revised ETA to your Hamburg warehouse is Friday 4 December"),
     dates=[("2026-12-04", "new_eta", "Friday 4 December"), ("2026-11-24", "other", "24 November")]),

dict(v="taipei", c=1, lang="en", at="2026-10-12 16:20", subj="P00455 PD30W charger - shipment schedule",
     text="""
Dear Tim,

Sorry to inform you, the mass production of PD 30W charger (TC-PD30-WH) for P00455 is postpone because the IC from our supplier is short. So we can not catch the vessel on Oct 21 as planned.

We already rebook on next vessel: ETD Keelung Oct 28, ETA Hamburg Nov 30. Please kindly understand, we will keep you update.

Best Regards,
Eric Huang
Taipei Cable & Charger Corp.
Sales Dept.
""", end="Best Regards,", change="date", intent="delay", po=["P00455"],
     commit=("2026-11-30", "ETA Hamburg Nov 30"),
     dates=[("2026-10-21", "other", "Oct 21"), ("2026-10-28", "ship_date", "Oct 28"),
            ("2026-11-30", "new_eta", "Nov 30")]),

dict(v="aussie", lang="en", at="2026-11-03 09:30", subj="P00598 - sailing",
     text="""
G'day Mike,

Not the news either of us wanted - we can't hit the 12th for the swags and camp chairs on P00598. Our container got rolled at Port Botany (the ship was overbooked) and the next sailing with space is the 19th.

Realistically that puts it into Hamburg mid-December. I'll send the new booking confirmation once I have it.

Cheers,
Liam
""", end="Cheers,", change="date", intent="delay", po=["P00598"],
     commit=("2026-12-15", "puts it into Hamburg mid-December"),
     dates=[("2026-11-12", "other", "the 12th"), ("2026-11-19", "ship_date", "the 19th"),
            ("2026-12-15", "new_eta", "mid-December")]),

dict(v="lakeside", lang="en", at="2026-12-01 08:50", subj="PO P00748 - revised schedule",
     text="""
Good morning Laura,

Due to a scheduled line changeover at our co-packer that ran longer than planned, the Grain-Free Chicken Kibble 12 lb (LPF-GF12) on PO P00748 will now ship on 12/9 instead of 12/2. We are now looking at delivery to your DC on 12/14.

All other items on P00748 remain on schedule for delivery on 12/4.

We apologize for the inconvenience. Please let me know if you have any questions.

Amber Nielsen
Customer Service Manager
Lakeside Pet Foods Inc.
""", end="Amber Nielsen\n", change="date", intent="delay", po=["P00748"],
     commit=("2026-12-14", "looking at delivery to your DC on 12/14"),
     dates=[("2026-12-09", "ship_date", "12/9"), ("2026-12-02", "other", "12/2"),
            ("2026-12-14", "new_eta", "12/14"), ("2026-12-04", "confirmed_delivery", "12/4")]),

dict(v="polska", c=1, lang="en", at="2026-10-28 13:10", subj="Order P00521 - stoneware mugs",
     text="""
Dear Mr Osei,

I have to inform you that we had a failure of tunnel kiln last Thursday and the firing of glazed goods was stopped for 5 days. Because of this the stoneware mugs 350 ml (PC-MUG-350, colours sage and sand) from your order P00521 will be ready for loading only in week 47, not in week 45 as confirmed in our order confirmation 2026/OC/0933.

Delivery to Hamburg will be then in week 48. The plates and bowls from the same order are not affected and go as planned.

We apologise for this situation.

With best regards
Piotr Wiśniewski
Export Department
Polska Ceramika Sp. z o.o.
""", end="With best regards", change="date", intent="delay", po=["P00521"], vref=["2026/OC/0933"],
     commit=("2026-11-23", "Delivery to Hamburg will be then in week 48"),
     dates=[("2026-10-22", "other", "last Thursday"), ("2026-11-16", "ship_date", "week 47"),
            ("2026-11-02", "other", "week 45"), ("2026-11-23", "new_eta", "week 48")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-30 15:45", subj="RE: P00731 - all on track for Dec 9?",
     text="""
Hi Mike - revised ETA on the cedar paddles (MLO-PAD-CDR) is Dec 18, finishing shop is behind. Rest of P00731 still Dec 9 as per the ack.

Karen

From: Mike Osei <mike.osei@hhg-retail.com>
Sent: Monday, November 30, 2026 9:12 AM
To: Karen Singh
Subject: P00731 - all on track for Dec 9?

Karen, checking in - is P00731 still on track for Dec 9? Need to plan the unload.
""", end="Karen\n\nFrom:", change="date", intent="delay", po=["P00731"],
     commit=("2026-12-18", "revised ETA on the cedar paddles (MLO-PAD-CDR) is Dec 18"),
     dates=[("2026-12-18", "new_eta", "Dec 18"), ("2026-12-09", "confirmed_delivery", ("Dec 9", 0))]),

# ---------------------------------------------------------------- confirmations
dict(v="acme", c=1, lang="en", at="2026-09-24 10:05", subj="RE: New PO P00318",
     text="""
Laura,

Got P00318, thanks. Confirming all 3 lines as ordered:

- AHG-SC-CHR shower caddy, chrome - 480 pcs
- AHG-SC-BLK shower caddy, matte black - 360 pcs
- AHG-TB-BAM bamboo toothbrush holder - 600 pcs

It'll ship complete on 10/2 via Old Dominion and deliver 10/6. Our sales order # is 88417 if you need it.

Thanks,
Dave Kowalski
Acme Home Goods Inc.
""", end="Thanks,\nDave", change="none", intent="confirmation", po=["P00318"], vref=["88417"],
     commit=("2026-10-06", "deliver 10/6"),
     dates=[("2026-10-02", "ship_date", "10/2"), ("2026-10-06", "confirmed_delivery", "10/6")],
     lines=[("AHG-SC-CHR", 480, "pcs", "AHG-SC-CHR shower caddy, chrome - 480 pcs", "P00318"),
            ("AHG-SC-BLK", 360, "pcs", "AHG-SC-BLK shower caddy, matte black - 360 pcs", "P00318"),
            ("AHG-TB-BAM", 600, "pcs", "AHG-TB-BAM bamboo toothbrush holder - 600 pcs", "P00318")]),

dict(v="highland", c=1, lang="en", at="2026-11-06 09:20", subj="Order acknowledgement HCW-OA-3391 / your PO P00602",
     text="""
Dear Sandra,

Thank you for your order P00602. Please find attached our order acknowledgement HCW-OA-3391. All lines are confirmed as ordered for delivery on 23/11/2026.

Kind regards,

Ewan Grant
Sales Office
Highland Candle Works Ltd
Registered in Scotland SC412776

--- attachment: HCW-OA-3391.pdf ---
HIGHLAND CANDLE WORKS LTD - ORDER ACKNOWLEDGEMENT
Acknowledgement no.: HCW-OA-3391        Date: 05/11/2026
Customer: Hartmann Home & Garden, Hamburg      Your ref.: P00602
Delivery terms: DAP Hamburg

Item         Description                         Qty    Unit price   Total
HCW-JAR-SP   Scots Pine jar candle 300g           288   GBP 6.40     GBP 1,843.20
HCW-JAR-HB   Heather & Bramble jar candle 300g    288   GBP 6.40     GBP 1,843.20
HCW-TIN-WS   Winter Spice travel tin 4-pack       144   GBP 9.75     GBP 1,404.00

Confirmed delivery date: 23/11/2026
Goods total: GBP 5,090.40
""", end="Kind regards,", change="none", intent="confirmation", po=["P00602"], vref=["HCW-OA-3391"],
     commit=("2026-11-23", "confirmed as ordered for delivery on 23/11/2026"),
     dates=[("2026-11-23", "confirmed_delivery", ("23/11/2026", 0)), ("2026-11-05", "other", "05/11/2026"),
            ("2026-11-23", "confirmed_delivery", ("23/11/2026", 1))],
     lines=[("HCW-JAR-SP", 288, None, "HCW-JAR-SP   Scots Pine jar candle 300g           288   GBP 6.40     GBP 1,843.20", "P00602"),
            ("HCW-JAR-HB", 288, None, "HCW-JAR-HB   Heather & Bramble jar candle 300g    288   GBP 6.40     GBP 1,843.20", "P00602"),
            ("HCW-TIN-WS", 144, None, "HCW-TIN-WS   Winter Spice travel tin 4-pack       144   GBP 9.75     GBP 1,404.00", "P00602")]),

dict(v="sparkle", lang="en", at="2026-11-24 15:30", subj="Re: P00689 - pull in?",
     text="""
Hi Laura,

Good news - yes, we can bring P00689 forward. The wine glasses and tumblers are already packed, so we'll deliver on Monday 30th November instead of 7th December as you asked. Our driver will call ahead about an hour before.

Hannah

Hannah Price
Sparkle Glassware Ltd

> On 24 Nov 2026, at 11:02, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
>
> Hi Hannah, any chance of pulling P00689 in by a week? Our glassware promo moved up to 1 December.
> Laura
""", end="Hannah\n\nHannah Price", change="date", intent="confirmation", po=["P00689"],
     commit=("2026-11-30", "we'll deliver on Monday 30th November"),
     dates=[("2026-11-30", "confirmed_delivery", "Monday 30th November"), ("2026-12-07", "other", "7th December")]),

dict(v="texbright", c=1, lang="en", at="2026-11-05 13:40", subj="PO P00577 confirmation",
     text="""
Hi Laura,

Confirming PO P00577 as ordered - 1,200 queen sheet sets (TB-SS-Q-WHT) and 800 king (TB-SS-K-WHT). Both lines will ship complete the week of 11/16 for delivery by 11/20, as requested on your PO. Carrier will be Estes; I'll send the PRO once it's booked.

Best,
Olivia Grant
TexBright Bedding Inc. | Customer Success
""", end="Best,", change="none", intent="confirmation", po=["P00577"],
     commit=("2026-11-20", "for delivery by 11/20"),
     dates=[("2026-11-16", "ship_date", "the week of 11/16"), ("2026-11-20", "confirmed_delivery", "11/20")],
     lines=[("TB-SS-Q-WHT", 1200, "sets", "1,200 queen sheet sets (TB-SS-Q-WHT)", "P00577"),
            ("TB-SS-K-WHT", 800, None, "800 king (TB-SS-K-WHT)", "P00577")]),
dict(v="anatolia", c=1, lang="en", at="2026-11-19 10:30", subj="Order confirmation PO00588",
     text="""
Dear Sandra,

Thank you for your order PO00588. We confirm all items and quantities, price and delivery date 14.12.2026 same as your order, no change. Our sales confirmation no. is ANT-SO-4702.

Production of the bathrobes will start next week, the towels are from stock. We will inform you when goods are ready for pick up.

Best regards,
Elif Demir
Export Sales
Anatolia Textiles A.S.
""", end="Best regards,", change="none", intent="confirmation", po=["PO00588"], vref=["ANT-SO-4702"],
     commit=("2026-12-14", "delivery date 14.12.2026"),
     dates=[("2026-12-14", "confirmed_delivery", "14.12.2026"), ("2026-11-23", "other", "next week")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-10 16:45", subj="RE: P00640",
     text="""
P00640 confirmed for Thursday, all lines. Driver usually with you before 10.

Order Desk
CleanCo Supplies Ltd
""", end="Order Desk", change="none", intent="confirmation", po=["P00640"],
     commit=("2026-11-12", "P00640 confirmed for Thursday"),
     dates=[("2026-11-12", "confirmed_delivery", "Thursday")]),

dict(v="kiwiwool", lang="en", at="2026-09-18 14:10", subj="Re: PO P00336 merino throws",
     text="""
Kia ora Sandra,

All good on P00336 - 300 merino throws (KW-THR-01, 150 oatmeal / 150 charcoal) confirmed as per your order. They'll go to DHL Global Forwarding on Friday 2 October and should land with you around 16 October.

Ngā mihi,
Hemi
""", end="Ngā mihi,", change="none", intent="confirmation", po=["P00336"],
     commit=("2026-10-16", "should land with you around 16 October"),
     dates=[("2026-10-02", "ship_date", "Friday 2 October"), ("2026-10-16", "confirmed_delivery", "16 October")],
     lines=[("KW-THR-01", 300, None, "300 merino throws", "P00336")]),

dict(v="seoul", lang="en", at="2026-11-02 11:00", subj="[Seoul Kitchenware] Order confirm P00559",
     text="""
Dear Mr. Brandt,

We confirm your P00559 without any change. Please find our schedule below.

- Item SK-PAN-28 frying pan 28cm: 1,000 pcs
- Item SK-POT-20 stock pot 20cm: 600 pcs
- ETD Busan: Nov 20
- ETA Hamburg: Dec 28 (as your PO)

Proforma invoice PI-SK-26-0417 will follow by tomorrow.

Best regards,
Ji-ho Park
Overseas Sales Team
Seoul Kitchenware Co., Ltd.
""", end="Best regards,", change="none", intent="confirmation", po=["P00559"], vref=["PI-SK-26-0417"],
     commit=("2026-12-28", "ETA Hamburg: Dec 28"),
     dates=[("2026-11-20", "ship_date", "Nov 20"), ("2026-12-28", "confirmed_delivery", "Dec 28"),
            ("2026-11-03", "other", "tomorrow")],
     lines=[("SK-PAN-28", 1000, "pcs", "Item SK-PAN-28 frying pan 28cm: 1,000 pcs", "P00559"),
            ("SK-POT-20", 600, "pcs", "Item SK-POT-20 stock pot 20cm: 600 pcs", "P00559")]),

# ---------------------------------------------------------------- partial shipments
dict(v="acme", lang="en", at="2026-11-16 14:20", subj="P00655 shipped - partial",
     text="""
Hi Laura,

Just a heads up that P00655 shipped today, but not complete. We were only able to send 420 of the 600 bath rugs (AHG-BR-2436) - the rest are still on the water from our factory. FedEx Freight PRO 4410298837, ETA 11/19.

The balance of 180 should be with you by 12/1; I'll ship it the day it lands here.

Thanks,
Jessica
""", end="Thanks,\nJessica", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00655"],
     commit=("2026-12-01", "The balance of 180 should be with you by 12/1"),
     dates=[("2026-11-16", "ship_date", "today"), ("2026-11-19", "confirmed_delivery", "11/19"),
            ("2026-12-01", "new_eta", "12/1")],
     lines=[("AHG-BR-2436", 420, None, "420 of the 600 bath rugs", "P00655"),
            ("AHG-BR-2436", 180, None, "balance of 180", "P00655")],
     track=[("FedEx Freight", "4410298837", "PRO 4410298837")]),

dict(v="ningbo", lang="en", at="2026-11-12 17:30", subj="P00612 shipment advice",
     text="""
Dear Mike,

Good day!

Your order P00612 drying rack NB-DR-40, we loaded 1560 pcs today in container MSKU7734120, B/L no. NBHS2611045, vessel ETD Ningbo Nov 12, ETA Hamburg Dec 20.

The remaining 440 pcs will be shipped with next vessel around Nov 26 because the powder coating line was full. Sorry for this.

Shipping documents will send you by courier.

Best regards,
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00612"],
     commit=("2026-12-20", "ETA Hamburg Dec 20"),
     dates=[("2026-11-12", "ship_date", "today"), ("2026-11-12", "ship_date", "Nov 12"),
            ("2026-12-20", "confirmed_delivery", "Dec 20"), ("2026-11-26", "ship_date", "Nov 26")],
     lines=[("NB-DR-40", 1560, "pcs", "1560 pcs", "P00612"), ("NB-DR-40", 440, "pcs", "440 pcs", "P00612")],
     track=[(None, "MSKU7734120", "container MSKU7734120"), (None, "NBHS2611045", "B/L no. NBHS2611045")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-24 07:05", subj="Despatch confirmation CC-DN-79140 (part delivery) - your ref P00703",
     text="""
DESPATCH CONFIRMATION - PART DELIVERY

Customer: Hartmann Home & Garden
Your order ref: P00703
Our ref: CC-SO-21877
Delivery note: CC-DN-79140
Despatched: 24/11/2026 via Palletways, consignment 00471926633
Delivery expected: 25/11/2026

Code            Description                 Ordered  Despatched  Outstanding
CC-WUL-5L       Washing-up liquid 5L            240         240            0
CC-MSP-750      Multi-surface spray 750ml       600         420          180
CC-BIN-60       Bin liners 60L x 50             300           0          300

Outstanding lines are on back order and will be despatched as soon as stock is received. You will not be invoiced for goods until despatched.

This is an automated message from CleanCo Supplies Ltd. Please do not reply to this address.
""", end="This is an automated message", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P00703"], vref=["CC-SO-21877", "CC-DN-79140"],
     commit=("2026-11-25", "Delivery expected: 25/11/2026"),
     dates=[("2026-11-24", "ship_date", "24/11/2026"), ("2026-11-25", "confirmed_delivery", "25/11/2026")],
     lines=[("CC-WUL-5L", 240, None, "CC-WUL-5L       Washing-up liquid 5L            240         240            0", "P00703"),
            ("CC-MSP-750", 420, None, "CC-MSP-750      Multi-surface spray 750ml       600         420          180", "P00703"),
            ("CC-MSP-750", 180, None, "CC-MSP-750      Multi-surface spray 750ml       600         420          180", "P00703"),
            ("CC-BIN-60", 300, None, "CC-BIN-60       Bin liners 60L x 50             300           0          300", "P00703")],
     track=[("Palletways", "00471926633", "consignment 00471926633")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-10-15 11:50", subj="P00498 - ginger snaps short",
     text="""
Morning Mike,

Your order P00498 is on today's lorry and should be with you tomorrow, but I have to come clean: we're short on the ginger snaps. Could only pack 38 cases of the 60 - the oven was down for most of Monday.

The other 22 cases will come over on next Tuesday's delivery, no extra freight. Everything else on the order is complete.

Cheers,
Declan
""", end="Cheers,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00498"],
     commit=("2026-10-20", "The other 22 cases will come over on next Tuesday's delivery"),
     dates=[("2026-10-15", "ship_date", "today"), ("2026-10-16", "confirmed_delivery", "tomorrow"),
            ("2026-10-12", "other", "Monday"), ("2026-10-20", "new_eta", "next Tuesday")],
     lines=[("ginger snaps", 38, "cases", "38 cases", "P00498"), ("ginger snaps", 22, "cases", "22 cases", "P00498")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-25 16:40", subj="P00719 shipped / backorder",
     text="""
Hi Laura,

P00719 went out this afternoon - UPS Freight, tracking 1Z9X47W80312345678 (6 pallets).

One item is on backorder: EPP-NAP-250 cocktail napkins, 75 cases. We expect it in our warehouse 12/7 and will ship it on as soon as it arrives, no additional freight charge to you.

Best,
Tanya Brooks
Evergreen Paper Products Inc.
""", end="Best,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00719"],
     commit=("2026-12-07", "We expect it in our warehouse 12/7"),
     dates=[("2026-11-25", "ship_date", "this afternoon"), ("2026-12-07", "new_eta", "12/7")],
     lines=[("all lines", 6, "pallets", "6 pallets", "P00719"), ("EPP-NAP-250", 75, "cases", "75 cases", "P00719")],
     track=[("UPS Freight", "1Z9X47W80312345678", "tracking 1Z9X47W80312345678")]),

dict(v="delhicotton", lang="en", at="2026-11-20 15:15", subj="Shipment advice - PO P00627",
     text="""
Dear Sir,

Greetings from Delhi Cotton Mills!

We wish to inform that against your PO P00627 we have dispatched 3,200 pcs kitchen towels (DCM-KT-5050) by sea vide B/L No. DCMNSA26110873 from Nhava Sheva on 18th November. ETA Hamburg is 22nd December.

Balance quantity of 800 pcs shall be dispatched by air latest by 15th December at our cost, kindly bear with us.

Thanking you and assuring best services always.

Regards,
Rajesh Kumar
Manager - Exports
Delhi Cotton Mills Pvt Ltd
""", end="Thanking you", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00627"],
     commit=("2026-12-22", "ETA Hamburg is 22nd December"),
     dates=[("2026-11-18", "ship_date", "18th November"), ("2026-12-22", "confirmed_delivery", "22nd December"),
            ("2026-12-15", "ship_date", "15th December")],
     lines=[("DCM-KT-5050", 3200, "pcs", "3,200 pcs kitchen towels", "P00627"),
            ("DCM-KT-5050", 800, "pcs", "800 pcs", "P00627")],
     track=[(None, "DCMNSA26110873", "B/L No. DCMNSA26110873")]),

dict(v="hanoi", lang="en", at="2026-10-27 10:00", subj="RE: PO P00503 seagrass baskets",
     text="""
Dear Ms. Sandra,

Thank you for the order P00503 for seagrass baskets set of 3 (HB-SG-S3).

We are sorry that this year the raw seagrass is not enough because of the flood in Thanh Hoa. We can only confirm 700 sets from 1000 sets in your order, delivery as plan: ETD Hai Phong 5 Nov. For the rest 300 sets we can produce and ship in January.

Please let us know if it is OK for you.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["question"], po=["P00503"],
     dates=[("2026-11-05", "ship_date", "5 Nov"), ("2027-01-01", "ship_date", "January")],
     lines=[("HB-SG-S3", 700, "sets", "700 sets", "P00503"), ("HB-SG-S3", 300, "sets", "300 sets", "P00503")]),

dict(v="greenthumb", c=1, lang="en", at="2026-10-22 13:30", subj="P00482 potting mix - shipped short",
     text="""
Hi Laura,

P00482 left our yard this morning on Roadrunner, PRO 5527180064 - but it's 22 pallets of the potting mix, not 25. The 3 missing pallets got torn open by a forklift during loading and we don't have replacement stock this season, so we're shorting them off the order and you'll only be invoiced for the 22.

ETA at your DC is Monday 10/26.

Sorry about that,
Megan
""", end="Sorry about that,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00482"],
     commit=("2026-10-26", "ETA at your DC is Monday 10/26"),
     dates=[("2026-10-22", "ship_date", "this morning"), ("2026-10-26", "confirmed_delivery", "Monday 10/26")],
     lines=[("potting mix", 22, "pallets", "22 pallets", "P00482"), ("potting mix", 3, "pallets", "3 missing pallets", "P00482")],
     track=[("Roadrunner", "5527180064", "PRO 5527180064")]),
]
