"""Letters from Sparkle Clean Products NV (BE, household; writes English)."""

from __future__ import annotations

from agent.scenario.letters.spec import Fact, Letter

AN = ("An De Vos", "an.devos@sparkleclean.be")

LETTERS = [
    Letter(
        key="sparkle-p237-confirm",
        sender=AN,
        date="Tue, 17 Nov 2026 09:03:29 +0100",
        subject="RE: BrightMart Retail Order (Ref P00237)",
        reply_to_po=237,
        text="""\
Dear Tom,

Order P00237 is confirmed. Delivery of 600 x All-Purpose Cleaner 750ml
and 150 x Microfibre Cloths 10pk is planned for Friday 27 November at
your Main DC.

Kind regards,
An De Vos
Sales Support | Sparkle Clean Products NV
Noorderlaan 112, 2030 Antwerpen, Belgium
""",
        fact=Fact(
            intent="confirmation",
            pos=("P00237",),
            new_date="2026-11-27",
            products=("HSH-2005", "HSH-2006"),
        ),
    ),
    Letter(
        key="sparkle-p237-asn",
        sender=("Sparkle Clean Logistics", "sales@sparkleclean.be"),
        date="Wed, 25 Nov 2026 17:40:12 +0100",
        subject="Shipping notice - P00237 - dispatched",
        mailer="postfix",
        text="""\
Dear customer,

Your order has left our warehouse in Antwerpen today.

Your reference:     P00237
Our delivery note:  DN-2026-118734
Carrier:            DHL Freight
Tracking number:    4017 3326 9180
Pallets:            3
Expected delivery:  27.11.2026

Please report any transport damage within 48 hours of receipt.

Sparkle Clean Products NV - Logistics
""",
        fact=Fact(
            intent="shipping_notice",
            pos=("P00237",),
            new_date="2026-11-27",
            products=("HSH-2005", "HSH-2006"),
            note="DHL Freight, tracking 4017 3326 9180; European date 27.11.2026.",
        ),
    ),
    Letter(
        key="sparkle-p244-next-friday",
        sender=AN,
        date="Thu, 26 Nov 2026 08:55:02 +0100",
        subject="P00244 dishwasher tablets - delay",
        reply_to_po=244,
        text="""\
Dear Tom,

Sorry for the short notice: the film supplier for our dishwasher tablet
wrappers delivered late, so we could not pack P00244 this week. The 400
packs of Dishwasher Tablets 60pk for your North Store Hub will be
delivered next Friday instead of 2 December.

If you can use part of it earlier, we can send 150 packs on Monday by
courier. Just let me know today.

Kind regards,
An
""",
        fact=Fact(
            intent="delay",
            pos=("P00244",),
            new_date="2026-12-04",
            products=("HSH-2002",),
            note="Relative date: 'next Friday' written on Thursday 26 Nov means Friday "
            "4 Dec (later than the planned 2 Dec). Dishwasher tablets are on promotion and "
            "North Store Hub holds ~3 days.",
        ),
    ),
    Letter(
        key="sparkle-p254-quoted",
        sender=AN,
        date="Wed, 25 Nov 2026 13:20:45 +0100",
        subject="RE: BrightMart Retail Order (Ref P00254)",
        reply_to_po=254,
        extra_references=(
            "<DB7PR02MB5512C0FFEE0D1A2B3C4D5E6F7A8B@DB7PR02MB5512.eurprd02.prod.outlook.com>",
        ),
        text="""\
Dear Tom,

I checked with planning once more. We cannot bring the detergent forward
to 12 December, but we can confirm delivery of the full 300 units of
P00254 on 18 December 2026, as in your order.

Kind regards,
An

-----Original Message-----
From: An De Vos <an.devos@sparkleclean.be>
Sent: Monday, 23 November 2026 11:02
To: Tom Becker <tom.becker@brightmart.example>
Subject: RE: BrightMart Retail Order (Ref P00254)

Dear Tom,

12 December will be difficult; before the extra weekend shifts our
earliest possible date would have been 20 December. I will come back to
you.

An

-----Original Message-----
From: Tom Becker <tom.becker@brightmart.example>
Sent: Saturday, 21 November 2026 11:02
To: An De Vos <an.devos@sparkleclean.be>
Subject: Re: BrightMart Retail Order (Ref P00254)

Hi An, is there any chance you could deliver the detergent by 12
December instead? Our stock at the Main DC is running down faster than
planned.
""",
        fact=Fact(
            intent="confirmation",
            pos=("P00254",),
            new_date="2026-12-18",
            products=("HSH-2001",),
            note="Quoted history holds 12 and 20 December; only 18 December is the "
            "vendor's new word.",
        ),
    ),
    Letter(
        key="sparkle-statement",
        sender=("Sparkle Clean Accounts", "sales@sparkleclean.be"),
        date="Mon, 23 Nov 2026 07:30:00 +0100",
        subject="Statement of account - November 2026",
        mailer="postfix",
        text="""\
Dear customer,

Please find below your statement of account on 23 November 2026.

Invoice          Date         Due date     Amount EUR
INV-26-04412     15.10.2026   14.11.2026     3,482.00
INV-26-04690     02.11.2026   02.12.2026     1,915.50

Total open:                                  5,397.50

Invoice INV-26-04412 is overdue. If payment has already been made,
please ignore this reminder.

Sparkle Clean Products NV - Accounts Receivable
""",
        fact=Fact(
            intent="other",
            match="none",
            note="Noise: a statement of account whose dates are invoice and due dates.",
        ),
    ),
]
