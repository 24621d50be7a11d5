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
]
