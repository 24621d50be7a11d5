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

dict(v="brightline", lang="en", at="2026-11-09 11:40", subj="RE: P02001 LED string lights",
     text="""
Hi Sandra,

I'm afraid we won't make Thursday the 12th for P02001. The warm-white LED string lights (BL-LED-10WW) are still sat at Felixstowe waiting on a customs inspection, and the agent can't give us a release date yet.

We're now looking at w/c 16 November for delivery to Hamburg - I'll confirm the exact day as soon as the container is released.

Sorry to be the bearer of bad news again.

Kind regards,
Sarah Whitfield
Key Account Manager | Brightline Electronics Ltd
""", end="Kind regards,", change="date", intent="delay", po=["P02001"],
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

dict(v="aussie", lang="en", at="2026-11-03 09:30", subj="P02002 - sailing",
     text="""
G'day Mike,

Not the news either of us wanted - we can't hit the 12th for the swags and camp chairs on P02002. Our container got rolled at Port Botany (the ship was overbooked) and the next sailing with space is the 19th.

Realistically that puts it into Hamburg mid-December. I'll send the new booking confirmation once I have it.

Cheers,
Liam
""", end="Cheers,", change="date", intent="delay", po=["P02002"],
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

dict(v="mapleleaf", c=1, lang="en", at="2026-11-30 15:45", subj="RE: P02003 - all on track for Dec 9?",
     text="""
Hi Mike - revised ETA on the cedar paddles (MLO-PAD-CDR) is Dec 18, finishing shop is behind. Rest of P02003 still Dec 9 as per the ack.

Karen

From: Mike Osei <mike.osei@hhg-retail.com>
Sent: Monday, November 30, 2026 9:12 AM
To: Karen Singh
Subject: P02003 - all on track for Dec 9?

Karen, checking in - is P02003 still on track for Dec 9? Need to plan the unload.
""", end="Karen\n\nFrom:", change="date", intent="delay", po=["P02003"],
     commit=("2026-12-18", "revised ETA on the cedar paddles (MLO-PAD-CDR) is Dec 18"),
     dates=[("2026-12-18", "new_eta", "Dec 18"), ("2026-12-09", "confirmed_delivery", ("Dec 9", 0))]),

# ---------------------------------------------------------------- confirmations
dict(v="acme", c=1, lang="en", at="2026-09-24 10:05", subj="RE: New PO P02004",
     text="""
Laura,

Got P02004, thanks. Confirming all 3 lines as ordered:

- AHG-SC-CHR shower caddy, chrome - 480 pcs
- AHG-SC-BLK shower caddy, matte black - 360 pcs
- AHG-TB-BAM bamboo toothbrush holder - 600 pcs

It'll ship complete on 10/2 via Old Dominion and deliver 10/6. Our sales order # is 88417 if you need it.

Thanks,
Dave Kowalski
Acme Home Goods Inc.
""", end="Thanks,\nDave", change="none", intent="confirmation", po=["P02004"], vref=["88417"],
     commit=("2026-10-06", "deliver 10/6"),
     dates=[("2026-10-02", "ship_date", "10/2"), ("2026-10-06", "confirmed_delivery", "10/6")],
     lines=[("AHG-SC-CHR", 480, "pcs", "AHG-SC-CHR shower caddy, chrome - 480 pcs", "P02004"),
            ("AHG-SC-BLK", 360, "pcs", "AHG-SC-BLK shower caddy, matte black - 360 pcs", "P02004"),
            ("AHG-TB-BAM", 600, "pcs", "AHG-TB-BAM bamboo toothbrush holder - 600 pcs", "P02004")]),

dict(v="highland", c=1, lang="en", at="2026-11-06 09:20", subj="Order acknowledgement HCW-OA-3391 / your PO P02005",
     text="""
Dear Sandra,

Thank you for your order P02005. Please find attached our order acknowledgement HCW-OA-3391. All lines are confirmed as ordered for delivery on 23/11/2026.

Kind regards,

Ewan Grant
Sales Office
Highland Candle Works Ltd
Registered in Scotland SC412776

--- attachment: HCW-OA-3391.pdf ---
HIGHLAND CANDLE WORKS LTD - ORDER ACKNOWLEDGEMENT
Acknowledgement no.: HCW-OA-3391        Date: 05/11/2026
Customer: Hartmann Home & Garden, Hamburg      Your ref.: P02005
Delivery terms: DAP Hamburg

Item         Description                         Qty    Unit price   Total
HCW-JAR-SP   Scots Pine jar candle 300g           288   GBP 6.40     GBP 1,843.20
HCW-JAR-HB   Heather & Bramble jar candle 300g    288   GBP 6.40     GBP 1,843.20
HCW-TIN-WS   Winter Spice travel tin 4-pack       144   GBP 9.75     GBP 1,404.00

Confirmed delivery date: 23/11/2026
Goods total: GBP 5,090.40
""", end="Kind regards,", change="none", intent="confirmation", po=["P02005"], vref=["HCW-OA-3391"],
     commit=("2026-11-23", "confirmed as ordered for delivery on 23/11/2026"),
     dates=[("2026-11-23", "confirmed_delivery", ("23/11/2026", 0)), ("2026-11-05", "other", "05/11/2026"),
            ("2026-11-23", "confirmed_delivery", ("23/11/2026", 1))],
     lines=[("HCW-JAR-SP", 288, None, "HCW-JAR-SP   Scots Pine jar candle 300g           288   GBP 6.40     GBP 1,843.20", "P02005"),
            ("HCW-JAR-HB", 288, None, "HCW-JAR-HB   Heather & Bramble jar candle 300g    288   GBP 6.40     GBP 1,843.20", "P02005"),
            ("HCW-TIN-WS", 144, None, "HCW-TIN-WS   Winter Spice travel tin 4-pack       144   GBP 9.75     GBP 1,404.00", "P02005")]),

dict(v="sparkle", lang="en", at="2026-11-24 15:30", subj="Re: P02006 - pull in?",
     text="""
Hi Laura,

Good news - yes, we can bring P02006 forward. The wine glasses and tumblers are already packed, so we'll deliver on Monday 30th November instead of 7th December as you asked. Our driver will call ahead about an hour before.

Hannah

Hannah Price
Sparkle Glassware Ltd

> On 24 Nov 2026, at 11:02, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
>
> Hi Hannah, any chance of pulling P02006 in by a week? Our glassware promo moved up to 1 December.
> Laura
""", end="Hannah\n\nHannah Price", change="date", intent="confirmation", po=["P02006"],
     commit=("2026-11-30", "we'll deliver on Monday 30th November"),
     dates=[("2026-11-30", "confirmed_delivery", "Monday 30th November"), ("2026-12-07", "other", "7th December")]),

dict(v="texbright", c=1, lang="en", at="2026-11-05 13:40", subj="PO P02007 confirmation",
     text="""
Hi Laura,

Confirming PO P02007 as ordered - 1,200 queen sheet sets (TB-SS-Q-WHT) and 800 king (TB-SS-K-WHT). Both lines will ship complete the week of 11/16 for delivery by 11/20, as requested on your PO. Carrier will be Estes; I'll send the PRO once it's booked.

Best,
Olivia Grant
TexBright Bedding Inc. | Customer Success
""", end="Best,", change="none", intent="confirmation", po=["P02007"],
     commit=("2026-11-20", "for delivery by 11/20"),
     dates=[("2026-11-16", "ship_date", "the week of 11/16"), ("2026-11-20", "confirmed_delivery", "11/20")],
     lines=[("TB-SS-Q-WHT", 1200, "sets", "1,200 queen sheet sets (TB-SS-Q-WHT)", "P02007"),
            ("TB-SS-K-WHT", 800, None, "800 king (TB-SS-K-WHT)", "P02007")]),
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

dict(v="cleanco", c=1, lang="en", at="2026-11-10 16:45", subj="RE: P02008",
     text="""
P02008 confirmed for Thursday, all lines. Driver usually with you before 10.

Order Desk
CleanCo Supplies Ltd
""", end="Order Desk", change="none", intent="confirmation", po=["P02008"],
     commit=("2026-11-12", "P02008 confirmed for Thursday"),
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
dict(v="acme", lang="en", at="2026-11-16 14:20", subj="P02009 shipped - partial",
     text="""
Hi Laura,

Just a heads up that P02009 shipped today, but not complete. We were only able to send 420 of the 600 bath rugs (AHG-BR-2436) - the rest are still on the water from our factory. FedEx Freight PRO 4410298837, ETA 11/19.

The balance of 180 should be with you by 12/1; I'll ship it the day it lands here.

Thanks,
Jessica
""", end="Thanks,\nJessica", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P02009"],
     commit=("2026-12-01", "The balance of 180 should be with you by 12/1"),
     dates=[("2026-11-16", "ship_date", "today"), ("2026-11-19", "confirmed_delivery", "11/19"),
            ("2026-12-01", "new_eta", "12/1")],
     lines=[("AHG-BR-2436", 420, None, "420 of the 600 bath rugs", "P02009"),
            ("AHG-BR-2436", 180, None, "balance of 180", "P02009")],
     track=[("FedEx Freight", "4410298837", "PRO 4410298837")]),

dict(v="ningbo", lang="en", at="2026-11-12 17:30", subj="P02010 shipment advice",
     text="""
Dear Mike,

Good day!

Your order P02010 drying rack NB-DR-40, we loaded 1560 pcs today in container MSKU7734120, B/L no. NBHS2611045, vessel ETD Ningbo Nov 12, ETA Hamburg Dec 20.

The remaining 440 pcs will be shipped with next vessel around Nov 26 because the powder coating line was full. Sorry for this.

Shipping documents will send you by courier.

Best regards,
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P02010"],
     commit=("2026-12-20", "ETA Hamburg Dec 20"),
     dates=[("2026-11-12", "ship_date", "today"), ("2026-11-12", "ship_date", "Nov 12"),
            ("2026-12-20", "confirmed_delivery", "Dec 20"), ("2026-11-26", "ship_date", "Nov 26")],
     lines=[("NB-DR-40", 1560, "pcs", "1560 pcs", "P02010"), ("NB-DR-40", 440, "pcs", "440 pcs", "P02010")],
     track=[(None, "MSKU7734120", "container MSKU7734120"), (None, "NBHS2611045", "B/L no. NBHS2611045")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-24 07:05", subj="Despatch confirmation CC-DN-79140 (part delivery) - your ref P02011",
     text="""
DESPATCH CONFIRMATION - PART DELIVERY

Customer: Hartmann Home & Garden
Your order ref: P02011
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
     po=["P02011"], vref=["CC-SO-21877", "CC-DN-79140"],
     commit=("2026-11-25", "Delivery expected: 25/11/2026"),
     dates=[("2026-11-24", "ship_date", "24/11/2026"), ("2026-11-25", "confirmed_delivery", "25/11/2026")],
     lines=[("CC-WUL-5L", 240, None, "CC-WUL-5L       Washing-up liquid 5L            240         240            0", "P02011"),
            ("CC-MSP-750", 420, None, "CC-MSP-750      Multi-surface spray 750ml       600         420          180", "P02011"),
            ("CC-MSP-750", 180, None, "CC-MSP-750      Multi-surface spray 750ml       600         420          180", "P02011"),
            ("CC-BIN-60", 300, None, "CC-BIN-60       Bin liners 60L x 50             300           0          300", "P02011")],
     track=[("Palletways", "00471926633", "consignment 00471926633")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-10-15 11:50", subj="P02012 - ginger snaps short",
     text="""
Morning Mike,

Your order P02012 is on today's lorry and should be with you tomorrow, but I have to come clean: we're short on the ginger snaps. Could only pack 38 cases of the 60 - the oven was down for most of Monday.

The other 22 cases will come over on next Tuesday's delivery, no extra freight. Everything else on the order is complete.

Cheers,
Declan
""", end="Cheers,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P02012"],
     commit=("2026-10-20", "The other 22 cases will come over on next Tuesday's delivery"),
     dates=[("2026-10-15", "ship_date", "today"), ("2026-10-16", "confirmed_delivery", "tomorrow"),
            ("2026-10-12", "other", "Monday"), ("2026-10-20", "new_eta", "next Tuesday")],
     lines=[("ginger snaps", 38, "cases", "38 cases", "P02012"), ("ginger snaps", 22, "cases", "22 cases", "P02012")]),

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

dict(v="delhicotton", lang="en", at="2026-11-20 15:15", subj="Shipment advice - PO P02013",
     text="""
Dear Sir,

Greetings from Delhi Cotton Mills!

We wish to inform that against your PO P02013 we have dispatched 3,200 pcs kitchen towels (DCM-KT-5050) by sea vide B/L No. DCMNSA26110873 from Nhava Sheva on 18th November. ETA Hamburg is 22nd December.

Balance quantity of 800 pcs shall be dispatched by air latest by 15th December at our cost, kindly bear with us.

Thanking you and assuring best services always.

Regards,
Rajesh Kumar
Manager - Exports
Delhi Cotton Mills Pvt Ltd
""", end="Thanking you", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P02013"],
     commit=("2026-12-22", "ETA Hamburg is 22nd December"),
     dates=[("2026-11-18", "ship_date", "18th November"), ("2026-12-22", "confirmed_delivery", "22nd December"),
            ("2026-12-15", "ship_date", "15th December")],
     lines=[("DCM-KT-5050", 3200, "pcs", "3,200 pcs kitchen towels", "P02013"),
            ("DCM-KT-5050", 800, "pcs", "800 pcs", "P02013")],
     track=[(None, "DCMNSA26110873", "B/L No. DCMNSA26110873")]),

dict(v="hanoi", lang="en", at="2026-10-27 10:00", subj="RE: PO P02014 seagrass baskets",
     text="""
Dear Ms. Sandra,

Thank you for the order P02014 for seagrass baskets set of 3 (HB-SG-S3).

We are sorry that this year the raw seagrass is not enough because of the flood in Thanh Hoa. We can only confirm 700 sets from 1000 sets in your order, delivery as plan: ETD Hai Phong 5 Nov. For the rest 300 sets we can produce and ship in January.

Please let us know if it is OK for you.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["question"], po=["P02014"],
     dates=[("2026-11-05", "ship_date", "5 Nov"), ("2027-01-01", "ship_date", "January")],
     lines=[("HB-SG-S3", 700, "sets", "700 sets", "P02014"), ("HB-SG-S3", 300, "sets", "300 sets", "P02014")]),

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
# ---------------------------------------------------------------- shipping notices
dict(v="brightline", c=2, lang="en", at="2026-10-19 16:02", subj="Your order BL-SO-118834 has been despatched",
     text="""
Your order has been despatched

Dear Hartmann Home & Garden,

Good news - the following order has left our warehouse today and is on its way to you.

Order number: BL-SO-118834
Your reference: P02015
Carrier: DPD
Tracking number: 15501234567890
Estimated delivery: Wednesday 21 October

Items despatched
BL-USBC-1M   USB-C cable 1m braided        x 500
BL-USBC-2M   USB-C cable 2m braided        x 300
BL-PLUG-20W  20W USB-C wall charger        x 250

All items on this order have now been despatched.

Track your parcel at dpd.co.uk. Questions? Reply to this email or call 0161 555 0100.

Brightline Electronics Ltd | Unit 4, Trafford Park, Manchester M17 1AB
""", end="Track your parcel", change="shipping", intent="shipping_notice", po=["P02015"], vref=["BL-SO-118834"],
     commit=("2026-10-21", "Estimated delivery: Wednesday 21 October"),
     dates=[("2026-10-19", "ship_date", "today"), ("2026-10-21", "confirmed_delivery", "Wednesday 21 October")],
     lines=[("BL-USBC-1M", 500, None, "BL-USBC-1M   USB-C cable 1m braided        x 500", "P02015"),
            ("BL-USBC-2M", 300, None, "BL-USBC-2M   USB-C cable 2m braided        x 300", "P02015"),
            ("BL-PLUG-20W", 250, None, "BL-PLUG-20W  20W USB-C wall charger        x 250", "P02015")],
     track=[("DPD", "15501234567890", "Tracking number: 15501234567890")]),

dict(v="pacific", c=1, lang="en", at="2026-10-19 09:40", subj="P00441 is on its way",
     text="""
Hey Sandra!

P00441 left the roastery this morning - 48 cases of the Harvest Blend 1 lb (PCR-HB-1LB) and 24 cases of the decaf (PCR-DC-1LB), everything you ordered. UPS tracking 1Z4E83A20398765432. Ground usually takes 3-5 business days to your consolidator in NJ.

Enjoy the coffee!
Chris
""", end="Enjoy the coffee!", change="shipping", intent="shipping_notice", po=["P00441"],
     commit=("2026-10-26", "Ground usually takes 3-5 business days"),
     dates=[("2026-10-19", "ship_date", "this morning"), ("2026-10-22", "range_start", "3-5 business days"),
            ("2026-10-26", "range_end", "3-5 business days")],
     lines=[("PCR-HB-1LB", 48, "cases", "48 cases", "P00441"), ("PCR-DC-1LB", 24, "cases", "24 cases", "P00441")],
     track=[("UPS", "1Z4E83A20398765432", "UPS tracking 1Z4E83A20398765432")]),

dict(v="sunshine", c=1, lang="en", at="2026-10-05 10:20", subj="Shipping advice P02016 - MSC Aurora",
     text="""
Good morning Tim,

Please note that container MSCU 4418265 with your P02016 (1,540 cartons Valencia oranges 15kg) sailed from Durban on Saturday aboard MSC Aurora, B/L MEDUDU274415.

ETA Rotterdam is 24 October; our agent there will arrange the reefer truck, so you can expect the oranges at your Hamburg DC on 27 October.

Documents (phyto, EUR.1, invoice) were couriered to your customs broker on Friday.

Kind regards
Annelie van Wyk
Logistics Coordinator
Sunshine Citrus Exports (Pty) Ltd
""", end="Kind regards", change="shipping", intent="shipping_notice", po=["P02016"],
     commit=("2026-10-27", "expect the oranges at your Hamburg DC on 27 October"),
     dates=[("2026-10-03", "ship_date", "Saturday"), ("2026-10-24", "other", "24 October"),
            ("2026-10-27", "confirmed_delivery", "27 October"), ("2026-10-02", "other", "Friday")],
     lines=[("Valencia oranges 15kg", 1540, "cartons", "1,540 cartons", "P02016")],
     track=[("MSC", "MSCU 4418265", "container MSCU 4418265"), ("MSC", "MEDUDU274415", "B/L MEDUDU274415")]),

dict(v="lakeside", c=1, lang="en", at="2026-11-09 15:20", subj="Ship Notice PO P00594",
     text="""
SHIP NOTICE - PO P00594

Status: SHIPPED COMPLETE
Ship date: 11/09/2026
Carrier: XPO Logistics   PRO#: 378112904
Pallets: 20   Weight: 16,480 lb
Delivery appointment: Thursday 11/12, 08:00

SKU          Description                      Qty shipped
LPF-GF12     Grain-Free Chicken 12 lb         640 bags
LPF-SAL12    Salmon & Rice 12 lb              640 bags
LPF-PUP6     Puppy Formula 6 lb               560 bags
LPF-SNR12    Senior Formula 12 lb             560 bags

Questions: shipping@lakesidepet.com
""", end="Questions:", change="shipping", intent="shipping_notice", po=["P00594"],
     commit=("2026-11-12", "Delivery appointment: Thursday 11/12"),
     dates=[("2026-11-09", "ship_date", "11/09/2026"), ("2026-11-12", "confirmed_delivery", "Thursday 11/12")],
     lines=[("LPF-GF12", 640, "bags", "LPF-GF12     Grain-Free Chicken 12 lb         640 bags", "P00594"),
            ("LPF-SAL12", 640, "bags", "LPF-SAL12    Salmon & Rice 12 lb              640 bags", "P00594"),
            ("LPF-PUP6", 560, "bags", "LPF-PUP6     Puppy Formula 6 lb               560 bags", "P00594"),
            ("LPF-SNR12", 560, "bags", "LPF-SNR12    Senior Formula 12 lb             560 bags", "P00594")],
     track=[("XPO Logistics", "378112904", "PRO#: 378112904")]),

dict(v="milano", c=1, lang="en", at="2026-12-01 12:10", subj="Your order P00726 - pick up today",
     text="""
Dear Laura,

I inform you that the goods of your order P00726 (espresso cups set and milk jugs) are ready and will be picked up today afternoon by our forwarder Fercam. CMR nr. FC-26-118734.

Delivery at your warehouse is foreseen for Friday morning, the driver will contact your reception.

Best regards / Cordiali saluti
Marco Bianchi
Milano Casa S.r.l. - Ufficio Spedizioni
""", end="Best regards / Cordiali saluti", change="shipping", intent="shipping_notice", po=["P00726"],
     commit=("2026-12-04", "Delivery at your warehouse is foreseen for Friday"),
     dates=[("2026-12-01", "ship_date", "today"), ("2026-12-04", "confirmed_delivery", "Friday")],
     track=[("Fercam", "FC-26-118734", "CMR nr. FC-26-118734")]),

dict(v="baltic", c=1, lang="en", at="2026-11-13 14:30", subj="FW: P00668 Hartmann",
     text="""
Dear Mike,

please see below from our logistics, your order P00668 is on the way.

Best regards,
Ruta Petraitiene
Baltic Amber Foods UAB

---------- Forwarded message ---------
From: Logistika <logistika@balticamber.lt>
Date: Fri, Nov 13, 2026 at 1:52 PM
Subject: P00668 Hartmann
To: Ruta Petraitiene <ruta.petraitiene@balticamber.lt>

Ruta,
truck loaded 13:30, 26 pallets (smoked sprats, rye crackers, honey), plate number KLT 418 / trailer AB 772. CMR 0091845. Driver plans delivery Hamburg Tuesday 17.11 morning.
Logistika
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P00668"],
     commit=("2026-11-17", "Driver plans delivery Hamburg Tuesday 17.11"),
     dates=[("2026-11-17", "confirmed_delivery", "Tuesday 17.11")],
     lines=[("all lines", 26, "pallets", "26 pallets", "P00668")],
     track=[(None, "0091845", "CMR 0091845")]),

dict(v="texbright", lang="en", at="2026-11-04 11:25", subj="Re: P02017 backorder",
     text="""
Hi Laura,

Good news - the remaining 300 duvet inserts (TB-DI-Q) that were on backorder shipped today, so P02017 is now complete. Estes PRO 2087716453, should deliver Monday 11/9.

Thanks for your patience on this one.

Marcus

On Oct 14, 2026, at 4:12 PM, Marcus Reed <marcus.reed@texbright.com> wrote:
> Laura - P02017 shipped today minus 300 of the queen duvet inserts, which are backordered until early November. We'll ship the balance as soon as they're in.
""", end="Marcus\n\nOn", change="shipping", intent="shipping_notice", po=["P02017"],
     commit=("2026-11-09", "should deliver Monday 11/9"),
     dates=[("2026-11-04", "ship_date", ("today", 0)), ("2026-11-09", "confirmed_delivery", "Monday 11/9")],
     lines=[("TB-DI-Q", 300, None, "remaining 300 duvet inserts", "P02017")],
     track=[("Estes", "2087716453", "Estes PRO 2087716453")]),

dict(v="mapleleaf", lang="en", at="2026-11-23 10:00", subj="P00646 shipped",
     text="""
Hi Mike,

Finally some good news after all the back and forth on the delay - P00646 (snowshoes and trekking poles) shipped Friday from our Montreal DC. It's going CMA CGM out of Montreal, container CMAU 7720416, sailing 11/25, ETA Hamburg 12/8.

Full order, nothing held back this time. Sorry again it ran late.

Josh Tremblay
Maple Leaf Outdoor Products Inc.
""", end="Josh Tremblay\n", change="shipping", intent="shipping_notice", po=["P00646"],
     commit=("2026-12-08", "ETA Hamburg 12/8"),
     dates=[("2026-11-20", "ship_date", "Friday"), ("2026-11-25", "ship_date", "11/25"),
            ("2026-12-08", "confirmed_delivery", "12/8")],
     track=[("CMA CGM", "CMAU 7720416", "container CMAU 7720416")]),

# ---------------------------------------------------------------- cancellations
dict(v="evergreen", lang="en", at="2026-10-06 11:30", subj="P00452 - line 2 paper plates",
     text="""
Laura,

I'm sorry to say we can no longer supply the compostable paper plates 9" (EPP-PL-9) on P00452. Our mill discontinued the line at the end of September and there's no substitute in the same spec.

Please take line 2 off the PO - we've already removed it on our side. The napkins and cups (lines 1 and 3) ship as confirmed on 10/14.

Regards,
Bill Sutherland
Evergreen Paper Products Inc.
""", end="Regards,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P00452"],
     dates=[("2026-09-30", "other", "the end of September"), ("2026-10-14", "ship_date", "10/14")]),

dict(v="taipei", lang="en", at="2026-12-03 10:40", subj="P02018 - TC-GAN65 discontinued",
     text="""
Dear Tim,

We regret to inform that the model TC-GAN65 (65W GaN charger, white) is discontinued, because the chipset is EOL and our new model is not certified yet.

So we have to cancel the 500 pcs TC-GAN65 in your PO P02018. Other items (TC-PD30-WH 1,000 pcs, TC-CB-C2C 2,000 pcs) no change, will ship together on Dec 16 as confirmed.

If you want to consider the new model TC-GAN67 (available from March), we can send sample.

Best regards,
Vivian Lin
""", end="Best regards,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P02018"],
     dates=[("2026-12-16", "ship_date", "Dec 16"), ("2027-03-01", "other", "March")],
     lines=[("TC-GAN65", 500, "pcs", "500 pcs TC-GAN65", "P02018"),
            ("TC-PD30-WH", 1000, "pcs", "TC-PD30-WH 1,000 pcs", "P02018"),
            ("TC-CB-C2C", 2000, "pcs", "TC-CB-C2C 2,000 pcs", "P02018")]),

dict(v="highland", lang="en", at="2026-10-29 14:15", subj="P00508 - line 3 Fig & Cassis",
     text="""
Dear Sandra,

I'm sorry to have to tell you that we need to withdraw line 3 from your order P00508 - the Fig & Cassis 3-wick candles (HCW-3W-FC, 240 units). Our fragrance house has stopped producing that oil and we won't be able to make any more this season.

Lines 1 and 2 are unaffected and remain confirmed for 16/11/2026. We'll send a revised acknowledgement today.

With apologies,
Fiona MacLeod
Highland Candle Works Ltd
""", end="With apologies,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P00508"],
     commit=("2026-11-16", "remain confirmed for 16/11/2026"),
     dates=[("2026-11-16", "confirmed_delivery", "16/11/2026"), ("2026-10-29", "other", "today")],
     lines=[("HCW-3W-FC", 240, "units", "240 units", "P00508")]),

dict(v="pacific", lang="en", at="2026-09-29 13:05", subj="RE: Please void P02019",
     text="""
Hi Sandra,

No problem - per your note we've voided PO P02019 on our side. Nothing had been roasted or picked yet, so there's no charge. You should get an automatic cancellation notice from our system in the next hour or so.

If you want to re-place it later for the holiday blend, just send a new PO.

Lena

-----Original Message-----
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: Tuesday, September 29, 2026 9:48 AM
To: Lena Park <lena.park@pacificcoastcoffee.com>
Subject: Please void P02019

Hi Lena, please void P02019 - it was raised twice by mistake, P00371 is the correct one. Thanks, Sandra
""", end="Lena\n\n-----Original", change="cancel", intent="cancellation", po=["P02019", "P00371"]),

dict(v="anatolia", lang="en", at="2026-12-10 09:15", subj="PO00693 - cancellation",
     text="""
Dear Sandra Hanim,

As per our proforma ANT-PI-26-0611 the 30% deposit for order PO00693 was due on 20.11.2026. Until today we did not receive payment and we also did not get any answer to our reminders.

For this reason we have to cancel the order PO00693 and release the reserved fabric to other customer. If you still want the goods please send us a new order, then we make new delivery time.

Best regards
Mehmet Yilmaz
""", end="Best regards", change="cancel", intent="cancellation", po=["PO00693"], vref=["ANT-PI-26-0611"],
     dates=[("2026-11-20", "other", "20.11.2026"), ("2026-12-10", "other", "today")]),

dict(v="aussie", c=1, lang="en", at="2026-09-10 16:30", subj="P00284 / P00291 - duplicate?",
     text="""
Hi Mike,

Looks like P00284 and P00291 are the same order twice - same items, same quantities (the two-person hiking tents and sleeping mats). I've cancelled P00284 on our end and we'll ship everything under P00291 as per our confirmation.

If they were actually meant to be two separate orders, let me know ASAP and I'll reinstate it.

Cheers,
Chloe
""", end="Cheers,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P00284", "P00291"],
     changes=[("P00284", "cancellation", None, None, "I've cancelled P00284 on our end"),
              ("P00291", "confirmation", None, None, "we'll ship everything under P00291 as per our confirmation")]),
# ---------------------------------------------------------------- price changes
dict(v="greenthumb", lang="en", at="2026-11-30 09:10", subj="2027 pricing - Green Thumb",
     text="""
Hi Laura,

Heads up before you plan spring: effective January 4, 2027 our list prices go up an average of 6.5%. Resin and freight are the main drivers. Updated price list for your items is attached.

Anything you place before then (including the open P02020) ships at current pricing.

-Randy

--- attachment: GTGS_PriceList_2027_HHG.pdf ---
GREEN THUMB GARDEN SUPPLY LLC - CUSTOMER PRICE LIST 2027
Customer: Hartmann Home & Garden          Valid from: 01/04/2027

Item        Description                    2026 price   2027 price
GT-RB-48    Cedar raised bed kit 48"       $89.00       $94.50
GT-PM-40    Potting mix 40 qt              $6.20        $6.65
GT-HS-50    Soaker hose 50 ft              $14.75       $15.60
GT-WC-2G    Watering can 2 gal, green      $8.40        $8.90

Prices FOB Chicago, USD. Terms net 30.
""", end="-Randy", change="price", intent="price_change", po=["P02020"],
     dates=[("2027-01-04", "price_effective", "January 4, 2027"), ("2027-01-04", "price_effective", "01/04/2027")],
     prices=[dict(product=None, pct=6.5, cur=None, eff="2027-01-04", quote="our list prices go up an average of 6.5%"),
             dict(product="GT-RB-48", old=89.00, new=94.50, cur="USD", eff="2027-01-04",
                  quote='GT-RB-48    Cedar raised bed kit 48"       $89.00       $94.50'),
             dict(product="GT-PM-40", old=6.20, new=6.65, cur="USD", eff="2027-01-04",
                  quote="GT-PM-40    Potting mix 40 qt              $6.20        $6.65"),
             dict(product="GT-HS-50", old=14.75, new=15.60, cur="USD", eff="2027-01-04",
                  quote="GT-HS-50    Soaker hose 50 ft              $14.75       $15.60"),
             dict(product="GT-WC-2G", old=8.40, new=8.90, cur="USD", eff="2027-01-04",
                  quote="GT-WC-2G    Watering can 2 gal, green      $8.40        $8.90")]),

dict(v="ningbo", c=1, lang="en", at="2026-10-20 15:00", subj="RE: new inquiry cutting board / dish rack",
     text="""
Dear Mike,

Thanks for your new inquiry. I must inform you that from your next order our price for the bamboo cutting board set NB-CB-3 will be USD 7.35/set instead of USD 6.80/set, because bamboo raw material and RMB exchange rate. The stainless steel dish rack NB-DR-40 price keep the same USD 11.20.

Your running order P00489 is not affected, we keep old price.

Best regards
Leo Wang
""", end="Best regards", change="price", intent="price_change", po=["P00489"],
     prices=[dict(product="NB-CB-3", old=6.80, new=7.35, cur="USD", eff=None,
                  quote="our price for the bamboo cutting board set NB-CB-3 will be USD 7.35/set instead of USD 6.80/set")]),

dict(v="dublinbiscuit", lang="en", at="2026-10-21 10:30", subj="Shortbread fingers - price from November",
     text="""
Hi Mike,

I wanted to give you a bit of notice before it appears on an invoice: with butter prices where they are, the case price of our all-butter shortbread fingers (DB-SBF-24) goes from €14.20 to €14.95 from Monday 2 November. The oat biscuits and ginger snaps stay as they are for now.

That applies to anything delivering from the 2nd, so it will include the second half of P00536.

Happy to talk it through on a call if useful.

Siobhan
""", end="Siobhan", change="price", intent="price_change", po=["P00536"],
     dates=[("2026-11-02", "price_effective", "Monday 2 November"), ("2026-11-02", "price_effective", "the 2nd")],
     prices=[dict(product="DB-SBF-24", old=14.20, new=14.95, cur="EUR", eff="2026-11-02",
                  quote="goes from €14.20 to €14.95")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-11-12 13:20", subj="Merino throw pricing - good news",
     text="""
Hi Sandra,

Some good news for a change! Wool auction prices have eased over the last couple of months, so we're reducing the merino throw (KW-THR-01) from NZD 62.00 to NZD 58.50 per unit for everything shipping from 1 December.

Your open order P02021 ships on 8 December, so it will be invoiced at the new price - no need to amend the PO unless your system insists.

Cheers,
Sophie Clarke
Kiwi Wool Co Ltd
""", end="Cheers,", change="price", intent="price_change", po=["P02021"],
     dates=[("2026-12-01", "price_effective", "1 December"), ("2026-12-08", "ship_date", "8 December")],
     prices=[dict(product="KW-THR-01", old=62.00, new=58.50, cur="NZD", eff="2026-12-01",
                  quote="reducing the merino throw (KW-THR-01) from NZD 62.00 to NZD 58.50 per unit")]),

dict(v="cleanco", lang="en", at="2026-09-30 10:05", subj="Fuel surcharge from w/c 12 October",
     text="""
Morning Mike,

Sorry to be the bearer of this one. Our haulier has put their rates up again, so from w/c 12 October we'll be adding a 2.5% fuel surcharge to all deliveries, shown as a separate line on the invoice. Product prices themselves don't change.

It'll be reviewed again at the end of December and dropped if diesel comes down.

Cheers,
Gary
""", end="Cheers,", change="price", intent="price_change",
     dates=[("2026-10-12", "price_effective", "w/c 12 October"), ("2026-12-31", "other", "the end of December")],
     prices=[dict(product=None, pct=2.5, cur=None, eff="2026-10-12", quote="a 2.5% fuel surcharge to all deliveries")]),

# ---------------------------------------------------------------- questions
dict(v="voltix", lang="en", at="2026-10-14 10:20", subj="P00478 gift box artwork - urgent",
     text="""
Dear Tim,

Good day!

For P00478 power bank 10000mAh (VX-PB10K), until now we still not receive the gift box artwork with your logo and EAN code. Without the final AI file we can not start to print the box.

Could you please send it to us by this Friday? Then we can keep the delivery date. If later, delivery maybe affected.

Thanks and best regards,
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.
""", end="Thanks and best regards,", change="none", intent="question", po=["P00478"],
     dates=[("2026-10-16", "other", "this Friday")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-06 14:30", subj="P02022 - delivery address?",
     text="""
Hi Mike,

P02022 is packed and ready as of 11/20, but I need a delivery address before I can book the container. The PO says "HHG Central Warehouse" with no street - is that Hamburg-Billbrook or the new Bremen DC?

Also, do you need a dock appointment at either site or can the trucker just show up?

Thanks,
Karen
""", end="Thanks,", change="none", intent="question", po=["P02022"],
     dates=[("2026-11-20", "other", "11/20")]),

dict(v="lisbon", lang="en", at="2026-09-22 11:45", subj="PO P02023 - quantity cork trivets",
     text="""
Dear Laura,

Thank you for PO P02023. Before we put it into production I want to check one thing: the PO shows 1.500 pcs of the round cork trivets (LC-TRV-20), but our quotation Q-2026-118 was for 15.000 pcs, and the unit price on the PO is the one for the 15.000 quantity break.

Could you confirm which quantity is correct? The other three items are fine and we can confirm them as soon as we hear from you.

Kind regards,
Ana Ferreira
Lisbon Cork Products Lda
""", end="Kind regards,", change="none", intent="question", po=["P02023"], vref=["Q-2026-118"]),

dict(v="hanoi", c=1, lang="en", at="2026-11-26 09:30", subj="P02024 packing questions",
     text="""
Dear Sandra,

We are preparing packing for your order P02024 (water hyacinth storage baskets). Please advise us some points:

1. Carton marks: do you want your own label with EAN barcode on each carton, or our standard shipping mark is ok?
2. Pallet: euro pallet 120x80 fumigated, or loose loading in container?
3. Can you send forecast for Q1 2027? Our factory will close for Tet holiday so we need to book material early.

Please reply before 2 December so we can finish packing on time.

Best regards,
Tran Minh
Hanoi Bamboo Crafts JSC
""", end="Best regards,", change="none", intent="question", po=["P02024"],
     dates=[("2026-12-02", "other", "2 December")]),

# ---------------------------------------------------------------- other
dict(v="acme", frm="Acme Accounts Receivable <ar@acmehomegoods.com>", lang="en", at="2026-12-08 09:30",
     subj="Past due reminder - Invoice INV-2026-30418",
     text="""
Hello,

This is a friendly reminder that the following invoice is past due:

Invoice: INV-2026-30418
PO: P00538
Invoice date: 10/28/2026
Amount: $14,826.00
Due date: 11/27/2026

If payment has already been sent, please disregard this notice. Otherwise, kindly remit at your earliest convenience. Remittance details are on the invoice.

Thank you,
Accounts Receivable
Acme Home Goods Inc.
""", end="Thank you,", change="none", intent="other", po=["P00538"], vref=["INV-2026-30418"],
     dates=[("2026-10-28", "other", "10/28/2026"), ("2026-11-27", "other", "11/27/2026")]),

dict(v="brightline", c=2, lang="en", at="2026-12-02 10:00", subj="Christmas and New Year opening hours",
     text="""
Dear Customer,

As Christmas approaches, please note our holiday arrangements:

- Last orders for pre-Christmas despatch: Friday 11 December, 12:00
- Warehouse closed: 24 December to 3 January inclusive
- Normal service resumes: Monday 4 January 2027

Orders already confirmed for delivery before Christmas are not affected. Anything placed after the cut-off will be despatched from 4 January in order of receipt.

Thank you for your business in 2026 and best wishes for the festive season.

The Brightline Team
""", end="Thank you for your business", change="none", intent="other",
     dates=[("2026-12-11", "other", "Friday 11 December"), ("2026-12-24", "other", "24 December"),
            ("2027-01-03", "other", "3 January"), ("2027-01-04", "other", "Monday 4 January 2027"),
            ("2027-01-04", "other", ("4 January", 1))]),

dict(v="nordic", lang="en", at="2026-11-17 12:00", subj="Re: PO P00707 waffle towels",
     text="""
Hi Mike,

Thanks, we received your order P00707 for the waffle bath towels. I have passed it to our planning and will come back with the confirmation and delivery date by Wednesday.

Have a nice day!
Anna

> Hi Anna,
> please find attached our PO P00707, requested delivery KW 2/2027.
> Best regards, Mike Osei
""", end="Have a nice day!", change="none", intent="other", po=["P00707"],
     dates=[("2026-11-18", "other", "Wednesday")]),
]
