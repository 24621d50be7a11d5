# ruff: noqa: E501 - email text is data
"""Batch dA: English from non-native writers (China, India, Vietnam, Turkey, Poland, Mexico,
Brazil) and native ones, aimed at the confirmation / delay boundary: later dates confirmed
with or without saying so, dates that still hold despite trouble, reconfirmations after a
delay, pull-ins, delays announced as "we will ship X", tentative dates, one line late while
the rest is confirmed. Some of every other intent too. Hand-written and hand-labelled."""

EMAILS = [
dict(v="voltix", lang="en", at="2026-10-12 10:20", subj="RE: P05000 order confirmation",
     text="""
Dear Mike,

Thanks for your PO P05000. We confirm all items and quantity, PI attached.

Delivery date we can do is 27 Nov DAP Hamburg. Your PO say 13 Nov but our SMT line is full with other project until end of October, so this is the fastest we can make.

Best regards
Cindy Zhang

--- attachment: VX-PI-261012-07.pdf ---
PROFORMA INVOICE   PI No.: VX-PI-261012-07   Date: 2026-10-12
Buyer PO: P05000
VX-WL15    Wireless charger pad 15W white    1500 pcs   USD 4.20   Delivery 2026-11-27
VX-WL15B   Wireless charger pad 15W black    1500 pcs   USD 4.20   Delivery 2026-11-27
Payment: 30% deposit, balance before shipment
""", end="Best regards", change="date", intent="delay", po=["P05000"], vref=["VX-PI-261012-07"],
     commit=("2026-11-27", "Delivery date we can do is 27 Nov"),
     dates=[("2026-11-27", "new_eta", "27 Nov"), ("2026-11-13", "other", "13 Nov"),
            ("2026-10-31", "other", "end of October"), ("2026-10-12", "other", "2026-10-12"),
            ("2026-11-27", "new_eta", ("Delivery 2026-11-27", 0)), ("2026-11-27", "new_eta", ("Delivery 2026-11-27", 1))],
     lines=[("VX-WL15", 1500, "pcs", "VX-WL15    Wireless charger pad 15W white    1500 pcs   USD 4.20   Delivery 2026-11-27", "P05000"),
            ("VX-WL15B", 1500, "pcs", "VX-WL15B   Wireless charger pad 15W black    1500 pcs   USD 4.20   Delivery 2026-11-27", "P05000")]),

dict(v="delhicotton", c=1, lang="en", at="2026-10-06 12:30", subj="Order acceptance - PO P05001",
     text="""
Dear Sandra Ma'am,

Greetings of the day!!

We are pleased to confirm your esteemed PO P05001 for 2400 pcs kitchen towels (DC-KT-5070, 4 colours). Goods will be ex-factory on 05.11.2026 and reach your Hamburg warehouse by sea/rail on 16.12.2026.

Kindly find attached our order acceptance DCM/OA/26-27/0412 for your perusal.

Thanks & Regards,
Priya Sharma
Delhi Cotton Mills Pvt Ltd

-----Original Message-----
From: Sandra Klein
Sent: 02 October 2026 14:10
To: Priya Sharma
Subject: PO P05001

Dear Priya, please find attached PO P05001, requested delivery Hamburg 27.11.2026. Please confirm.
""", end="Thanks & Regards,", change="date", intent="delay", po=["P05001"], vref=["DCM/OA/26-27/0412"],
     commit=("2026-12-16", "reach your Hamburg warehouse by sea/rail on 16.12.2026"),
     dates=[("2026-11-05", "ship_date", "05.11.2026"), ("2026-12-16", "new_eta", "16.12.2026")],
     lines=[("DC-KT-5070", 2400, "pcs", "2400 pcs kitchen towels", "P05001")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-04 09:15", subj="RE: P05002 - fire in Denizli?",
     text="""
Dear Laura,

Thank you for asking. Yes the fire was in Denizli organized industrial zone, but it was in our neighbour factory, not us. Only we had no electricity for two days. Our production for P05002 (waffle bathrobes, 480 pcs) is finished already and now in packing.

So nothing change: loading 13 November, delivery your warehouse 20 November as in our confirmation.

Best regards
Elif Demir
Anatolia Textiles A.S.

From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: Tuesday, November 3, 2026 4:40 PM
To: Elif Demir
Subject: P05002 - fire in Denizli?

Hi Elif, I read about the fire in Denizli. Is our order affected? We planned the bathrobes for the 20 Nov promotion.
""", end="Best regards", change="none", intent="confirmation", po=["P05002"],
     commit=("2026-11-20", "delivery your warehouse 20 November"),
     dates=[("2026-11-13", "ship_date", "13 November"), ("2026-11-20", "confirmed_delivery", "20 November")],
     lines=[("waffle bathrobes", 480, "pcs", "waffle bathrobes, 480 pcs", "P05002")]),

dict(v="hanoi", lang="en", at="2026-11-20 15:00", subj="Re: P05003 delay bamboo baskets",
     text="""
Dear Ms Sandra,

Follow my email on 12/11, now I can confirm the new date for P05003 is fix: container loading at Hai Phong 1/12, arrive Hamburg 6/1/2027. Vessel booked with CMA CGM already, booking no. is in attached file.

So sorry again for the trouble with this order.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC

On Thu, 12 Nov 2026 at 10:05, Nguyen Thi Lan <nguyen.thi.lan@hanoibamboo.vn> wrote:
> Dear Ms Sandra,
> We are sorry the baskets for P05003 can not ship 20/11 as planned, because of the rain. New ETD maybe 1/12, ETA Hamburg early January. We will confirm next week.
""", end="Best regards,", change="none", intent="confirmation", po=["P05003"],
     commit=("2027-01-06", "arrive Hamburg 6/1/2027"),
     dates=[("2026-11-12", "other", "12/11"), ("2026-12-01", "ship_date", ("1/12", 0)),
            ("2027-01-06", "confirmed_delivery", "6/1/2027")]),

dict(v="ningbo", lang="en", at="2026-10-27 11:40", subj="RE: P05004 can ship earlier?",
     text="""
Dear Tim,

Good news, our factory can finish the enamel mugs earlier. We can load on vessel ETD Ningbo 20/11 (before was 4/12), so ETA Hamburg will be 24/12 instead of 7/1. Quantity same 6000 pcs, no extra cost.

Please confirm you can receive before Christmas, then we book the space.

Best regards,
Amy
""", end="Best regards,", change="date", intent="confirmation", sec=["question"], po=["P05004"],
     commit=("2026-12-24", "ETA Hamburg will be 24/12"),
     dates=[("2026-11-20", "ship_date", "20/11"), ("2026-12-04", "other", "before was 4/12"),
            ("2026-12-24", "confirmed_delivery", "24/12"), ("2027-01-07", "other", "7/1")],
     lines=[("enamel mugs", 6000, "pcs", "Quantity same 6000 pcs", "P05004")]),

dict(v="plasticos", c=1, lang="en", at="2026-10-29 18:10", subj="RE: P05005 status",
     text="""
Hi Mike, we are going to ship P05005 next Thursday 5/11, it should arrive to Laredo Monday 9/11. The resin for the green color came late from supplier.

Saludos,
Fernanda Treviño

-----Original Message-----
From: Mike Osei
Sent: Wednesday, October 28, 2026 3:02 PM
To: Fernanda Treviño
Subject: P05005 status

Hi Fernanda, P05005 was due at our Laredo consolidator 10/30. Is it on the way?
""", end="Saludos,", change="date", intent="delay", po=["P05005"],
     commit=("2026-11-09", "it should arrive to Laredo Monday 9/11"),
     dates=[("2026-11-05", "ship_date", "next Thursday 5/11"), ("2026-11-09", "new_eta", "Monday 9/11")]),

dict(v="serra", c=1, lang="en", at="2026-11-16 14:30", subj="P05006 - update",
     text="""
Hello Sandra, how are you?

I am writing about your order P05006 (stainless steel cutlery sets SU-TALH-24). Unfortunately our supplier of the gift boxes had a problem in the printing, and they will deliver to us only next week. With this the sets should be ready around 27/11 and the container goes out of Santos on the first vessel after, if everything go well ETA Hamburg around 8 January (before we informed 18/12).

I know this is not what you hoped, we are doing our best. I send you more news when the booking is done.

Um abraço,
Camila Souza
Serra Utilidades Domésticas
""", end="Um abraço,", change="date", intent="delay", po=["P05006"],
     commit=("2027-01-08", "ETA Hamburg around 8 January"),
     dates=[("2026-11-23", "other", "next week"), ("2026-11-27", "other", "27/11"),
            ("2027-01-08", "new_eta", "8 January"), ("2026-12-18", "other", "18/12")]),

dict(v="polska", lang="en", at="2026-11-10 10:05", subj="P05007 confirmation of delivery",
     text="""
Dear Mrs. Jensen,

regarding your order P05007 we inform as follows:

- PC-MUG-350 mug 350 ml white, 1.200 pcs – delivery 24.11.2026 as ordered
- PC-PLT-27 dinner plate 27 cm, 800 pcs – delivery 24.11.2026 as ordered
- PC-BWL-15 bowl 15 cm, 960 pcs – this item we can deliver only on 08.12.2026, because of the kiln repair

Please let us know if you want to receive the bowls separately or we shall send everything together on 08.12.

With kind regards
Katarzyna Nowak
""", end="With kind regards", change="date", intent="delay", sec=["confirmation", "question"], po=["P05007"],
     commit=("2026-12-08", "we can deliver only on 08.12.2026"),
     dates=[("2026-11-24", "confirmed_delivery", ("24.11.2026", 0)), ("2026-11-24", "confirmed_delivery", ("24.11.2026", 1)),
            ("2026-12-08", "new_eta", "08.12.2026"), ("2026-12-08", "other", "together on 08.12.")],
     lines=[("PC-MUG-350", 1200, "pcs", "PC-MUG-350 mug 350 ml white, 1.200 pcs", "P05007"),
            ("PC-PLT-27", 800, "pcs", "PC-PLT-27 dinner plate 27 cm, 800 pcs", "P05007"),
            ("PC-BWL-15", 960, "pcs", "PC-BWL-15 bowl 15 cm, 960 pcs", "P05007")]),

dict(v="izmir", lang="en", at="2026-11-13 17:20", subj="RE: RE: P05008 glass tumblers - date",
     text="""
Dear Tim Bey,

OK, we confirm 11 December delivery to Hamburg for P05008, I know it is one week later than your PO but as you wrote it is acceptable for you. Truck will load in Izmir 3 December.

Thank you for understanding.

Kind regards
Burak Aydin
Export Sales

-----Original Message-----
From: Tim Brandt
Sent: 13 November 2026 11:02
To: Burak Aydin
Subject: RE: P05008 glass tumblers - date

Burak, if 4 Dec is not possible, 11 Dec is the latest we can accept. Please confirm.

-----Original Message-----
From: Burak Aydin
Sent: 12 November 2026 16:45
Subject: P05008 glass tumblers - date

Dear Tim, for P05008 we have problem with the tempering oven, 4 December delivery is difficult.
""", end="Thank you for understanding.", change="date", intent="confirmation", po=["P05008"],
     commit=("2026-12-11", "we confirm 11 December delivery to Hamburg"),
     dates=[("2026-12-11", "confirmed_delivery", "11 December"), ("2026-12-03", "ship_date", "3 December")]),

dict(v="taipei", c=1, lang="en", at="2026-11-05 09:30", subj="Re: P05009 pull in request",
     text="""
Hi Laura,

We checked with production. For P05009 we can pull in 3,000 pcs TC-LTG-1M to arrive your warehouse Nov 20 by air (we pay the difference, it is our pleasure). The other 2,000 pcs TC-LTG-2M stay on original schedule, arrive Dec 4 by sea freight as confirmed before.

Hope this help.

Best regards,
Eric Huang
""", end="Hope this help.", change="date", intent="confirmation", po=["P05009"],
     commit=("2026-12-04", "arrive Dec 4"),
     dates=[("2026-11-20", "confirmed_delivery", "Nov 20"), ("2026-12-04", "confirmed_delivery", "Dec 4")],
     lines=[("TC-LTG-1M", 3000, "pcs", "3,000 pcs TC-LTG-1M", "P05009"),
            ("TC-LTG-2M", 2000, "pcs", "2,000 pcs TC-LTG-2M", "P05009")]),

dict(v="acme", lang="en", at="2026-11-09 16:45", subj="RE: P05010 - port strike?",
     text="""
Hi Mike,

Short answer: no impact. P05010 loads at our Savannah DC on Friday and goes by truck the whole way, the port isn't involved. Still good for 11/20 at your Newark consolidator.

Jessica
""", end="Jessica", change="none", intent="confirmation", po=["P05010"],
     commit=("2026-11-20", "Still good for 11/20"),
     dates=[("2026-11-13", "ship_date", "on Friday"), ("2026-11-20", "confirmed_delivery", "11/20")]),

dict(v="greenthumb", lang="en", at="2026-12-07 07:50", subj="Re: P05011 still on for 12/9?",
     text="""
we'll ship it the 14th, at your dock the 17th. short on the 40lb bags till then

-R

On Sun, Dec 6, 2026 at 8:12 PM, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Randy - P05011 (bird seed 40lb, 60 bags) still on for 12/9?
""", end="-R", change="date", intent="delay", po=["P05011"],
     commit=("2026-12-17", "at your dock the 17th"),
     dates=[("2026-12-14", "ship_date", "the 14th"), ("2026-12-17", "new_eta", "the 17th")]),

dict(v="jaipur", c=1, lang="en", at="2026-10-21 13:15", subj="P05012 - shipment of table linen, pls advise",
     text="""
Dear Laura ji,

Hope you are doing well and Diwali preparations are going on nicely at your end also :)

Regarding your PO P05012, I want to inform that the table cloths (JBP-TC-180, 300 pcs) are ready and checked by our QC, and the napkin sets (JBP-NAP-6) are also ready but only 350 sets, because the block printing for the indigo colour was rejected in QC and we are reprinting it. Balance 150 sets will be ready by 10th November approx.

So we have two option:
1. We ship table cloths + napkin sets now by sea on 28th Oct, and balance by air on our cost around 12th Nov.
2. We wait and ship everything together on 12th Nov by sea, then arrival will be around 18th December.

Kindly advise which option you prefer, by Friday if possible so we can book the container.

Warm regards,
Sunita Rathore
""", end="Warm regards,", change="quantity", intent="partial_shipment", sec=["question"], po=["P05012"],
     dates=[("2026-11-10", "other", "10th November"), ("2026-10-28", "other", "28th Oct"),
            ("2026-11-12", "other", "around 12th Nov"), ("2026-11-12", "other", "together on 12th Nov"),
            ("2026-12-18", "other", "18th December"), ("2026-10-23", "other", "by Friday")],
     lines=[("JBP-TC-180", 300, "pcs", "JBP-TC-180, 300 pcs", "P05012"),
            ("JBP-NAP-6", 350, "sets", "only 350 sets", "P05012"),
            ("JBP-NAP-6", 150, "sets", "Balance 150 sets", "P05012")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-18 06:02", subj="Order update - P05013 - revised delivery date",
     frm="CleanCo Order Desk <orders@cleancosupplies.co.uk>",
     text="""
CleanCo Supplies Ltd - Order Update Notification

Customer: Hartmann Home & Garden GmbH
Your order ref: P05013
Our ref: CCS-SO-118204

The following lines have a revised delivery date:

Line  Product      Description                 Qty   Prev. date   Revised date
2     CC-BLE-2L    Thick bleach 2L             480   24/11/2026   08/12/2026
4     CC-SPR-MP    Multi-purpose spray 750ml   720   24/11/2026   01/12/2026

All other lines remain as acknowledged (delivery 24/11/2026).

This is an automated message from our order management system. Please contact your account manager with any queries.
""", end="This is an automated message", change="date", intent="delay", sec=["confirmation"],
     po=["P05013"], vref=["CCS-SO-118204"],
     commit=("2026-12-08", "08/12/2026"),
     dates=[("2026-11-24", "other", ("24/11/2026", 0)), ("2026-12-08", "new_eta", "08/12/2026"),
            ("2026-11-24", "other", ("24/11/2026", 1)), ("2026-12-01", "new_eta", "01/12/2026"),
            ("2026-11-24", "confirmed_delivery", ("24/11/2026", 2))],
     lines=[("CC-BLE-2L", 480, None, "2     CC-BLE-2L    Thick bleach 2L             480   24/11/2026   08/12/2026", "P05013"),
            ("CC-SPR-MP", 720, None, "4     CC-SPR-MP    Multi-purpose spray 750ml   720   24/11/2026   01/12/2026", "P05013")]),

dict(v="texbright", c=1, lang="en", at="2026-10-14 11:30", subj="P05014 - queen sheet sets",
     text="""
Hi Laura,

Bad news on one line of P05014: the queen sateen sheet set in sage (TB-SS-Q-SAGE, 150 sets) is cancelled - our mill dropped the color and we couldn't get a match we'd be comfortable sending you. I've taken it off the order and you won't be billed for it.

The other three colorways are fine and still deliver 11/6 as acknowledged.

Sorry about this,
Olivia Grant
TexBright Bedding
""", end="Sorry about this,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P05014"],
     commit=("2026-11-06", "still deliver 11/6"),
     dates=[("2026-11-06", "confirmed_delivery", "11/6")],
     lines=[("TB-SS-Q-SAGE", 150, "sets", "TB-SS-Q-SAGE, 150 sets", "P05014")]),
]
