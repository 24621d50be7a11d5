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
dict(v="battrang", lang="en", at="2026-10-20 16:05", subj="Sales contract for P05015",
     text="""
Dear Ms Laura,

Thank you very much for your order. Please find attached our sales contract for P05015, kindly sign and return to us.

Best regards,
Pham Thu Ha
Sales Executive

--- attachment: SC-BT-2610-058.pdf ---
BAT TRANG CERAMICS EXPORT CO., LTD.
SALES CONTRACT No. SC-BT-2610-058        Date: 20/10/2026
Buyer: Hartmann Home & Garden GmbH      Buyer PO: P05015
No. Item code   Description                      Qty (pcs)  Unit price USD
1   BT-VS-25    Glazed vase 25cm celadon         600        5.80
2   BT-VS-40    Glazed vase 40cm celadon         300        11.40
3   BT-PL-30    Planter 30cm cobalt blue         400        8.25
Requested delivery (buyer): 30/11/2026
Confirmed ETD Hai Phong: 10/12/2026
Confirmed ETA Hamburg: 18/01/2027
Terms: FOB Hai Phong, 30% deposit
""", end="Best regards,", change="date", intent="delay", po=["P05015"], vref=["SC-BT-2610-058"],
     commit=("2027-01-18", "Confirmed ETA Hamburg: 18/01/2027"),
     dates=[("2026-10-20", "other", "20/10/2026"), ("2026-11-30", "other", "30/11/2026"),
            ("2026-12-10", "ship_date", "10/12/2026"), ("2027-01-18", "new_eta", "18/01/2027")],
     lines=[("BT-VS-25", 600, "pcs", "1   BT-VS-25    Glazed vase 25cm celadon         600        5.80", "P05015"),
            ("BT-VS-40", 300, "pcs", "2   BT-VS-40    Glazed vase 40cm celadon         300        11.40", "P05015"),
            ("BT-PL-30", 400, "pcs", "3   BT-PL-30    Planter 30cm cobalt blue         400        8.25", "P05015")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-24 14:20", subj="RE: P05016 snowshoes - new date",
     text="""
Hi Mike,

Some better news for a change: our aluminum frames came in Friday instead of next week, so I can improve on the date I gave you. P05016 will now deliver 12/3 instead of 12/10. Still not your original 11/26, I know, but a week better.

I'll send the BOL when it ships.

Thanks,
Karen Singh
Maple Leaf Outdoor Products

-----Original Message-----
From: Karen Singh
Sent: Tuesday, November 17, 2026 10:02 AM
To: Mike Osei
Subject: P05016 snowshoes - new date

Mike, sorry, P05016 is going to slip from 11/26 to 12/10, frame supplier is behind.
""", end="Thanks,\nKaren", change="date", intent="confirmation", po=["P05016"],
     commit=("2026-12-03", "P05016 will now deliver 12/3"),
     dates=[("2026-11-20", "other", "came in Friday"), ("2026-11-30", "other", "next week"),
            ("2026-12-03", "confirmed_delivery", "12/3"), ("2026-12-10", "other", ("12/10", 0)),
            ("2026-11-26", "other", ("11/26", 0))]),

dict(v="voltix", c=1, lang="en", at="2026-11-16 11:05", subj="Re: P05017 ETA?",
     text="""
hi Laura

P05017 mass production finish maybe 25/11, then we ship by air 27/11, should arrive Hamburg around 2/12 hopefully. Sorry, the IC was late from our supplier

Kevin

> From: Laura Jensen
> Sent: 2026-11-13
> Kevin, P05017 was confirmed for 20/11 delivery. What is the ETA now?
""", end=("Kevin", 0), change="date", intent="delay", po=["P05017"],
     commit=("2026-12-02", "should arrive Hamburg around 2/12"),
     dates=[("2026-11-25", "other", "25/11"), ("2026-11-27", "ship_date", "27/11"),
            ("2026-12-02", "new_eta", "2/12")]),

dict(v="seoul", c=1, lang="en", at="2026-11-18 10:40", subj="RE: P05018 Busan congestion",
     text="""
Dear Ms. Klein,

Thank you for your concern. We checked with our forwarder this morning. The congestion in Busan is mostly on the import side and on transshipment cargo; our booking on HMM ALGECIRAS is direct to Hamburg and the vessel keeps its schedule.

Therefore P05018 (frying pans and saucepans, 2 x 40ft) is unchanged:
- CY closing: 19 Nov
- ETD Busan: 21 Nov
- ETA Hamburg: 29 Dec

We will send the B/L draft after departure.

Best regards,
Min-seo Kim
Seoul Kitchenware Co., Ltd.
""", end="Best regards,", change="none", intent="confirmation", po=["P05018"],
     commit=("2026-12-29", "ETA Hamburg: 29 Dec"),
     dates=[("2026-11-18", "other", "this morning"), ("2026-11-19", "other", "19 Nov"),
            ("2026-11-21", "ship_date", "21 Nov"), ("2026-12-29", "confirmed_delivery", "29 Dec")]),

dict(v="hanoi", c=1, lang="en", at="2026-10-30 09:10", subj="Order confirmation P05019",
     text="""
Dear Mr. Tim,

Sorry, I use the old subject. This mail is not confirmation, it is update for P05019 (bamboo laundry hampers, 800 pcs).

Our factory in Phu Tho is short of workers after the typhoon, so the goods can not load on 6/11 as in our order confirmation. We now book the vessel ETD Hai Phong 20/11, ETA Hamburg about 28/12.

We hope this is still fine for you. If not, please tell us.

Best regards,
Tran Minh
""", end="Best regards,", change="date", intent="delay", po=["P05019"],
     commit=("2026-12-28", "ETA Hamburg about 28/12"),
     dates=[("2026-11-06", "other", "6/11"), ("2026-11-20", "ship_date", "20/11"),
            ("2026-12-28", "new_eta", "28/12")]),

dict(v="brightline", lang="en", at="2026-11-12 15:25", subj="RE: P05020 - revised delivery",
     text="""
Dear Laura,

Thank you so much for taking the time to speak with me this afternoon, and for being so understanding about the situation with our plating supplier - it really is very much appreciated.

As discussed and agreed, I am delighted to confirm that P05020 (BL-TL45 touch lamps, 400 units) will now be delivered w/c 7 December, rather than on 26 November as originally planned. I have updated our system accordingly, and a revised acknowledgement will follow under separate cover.

Please do not hesitate to let me know if there is anything further I can do.

With very best wishes,
Sarah Whitfield
Brightline Electronics Ltd
""", end="With very best wishes,", change="date", intent="confirmation", po=["P05020"],
     commit=("2026-12-07", "will now be delivered w/c 7 December"),
     dates=[("2026-11-12", "other", "this afternoon"), ("2026-12-07", "confirmed_delivery", "w/c 7 December"),
            ("2026-11-26", "other", "26 November")],
     lines=[("BL-TL45", 400, "units", "BL-TL45 touch lamps, 400 units", "P05020")]),

dict(v="izmir", c=1, lang="en", at="2026-11-26 13:00", subj="P05021 loading info",
     text="""
Dear Sandra,

Your order P05021 (borosilicate teapots ZC-TP-1L and glass mugs ZC-MG-350) will be loaded in our Torbalı warehouse on 14 December and delivered to Hamburg on 18 December by our partner Ekol.

Please share the unloading time window for 18.12 if possible.

Kind regards,
Zeynep Kaya
Izmir Cam

-----Original Message-----
From: Zeynep Kaya
Sent: 16 October 2026 10:12
To: Sandra Klein
Subject: Order confirmation P05021

Dear Sandra, we confirm P05021, delivery Hamburg 4 December 2026.
""", end="Kind regards,", change="date", intent="delay", sec=["question"], po=["P05021"],
     commit=("2026-12-18", "delivered to Hamburg on 18 December"),
     dates=[("2026-12-14", "ship_date", "14 December"), ("2026-12-18", "new_eta", "18 December"),
            ("2026-12-18", "new_eta", "18.12")]),

dict(v="tlaquepaque", lang="en", at="2026-11-11 12:45", subj="P05022 early delivery possible",
     text="""
Hello Mike,

Good news from Tlaquepaque! The talavera planters for your order P05022 are finished and packed earlier than planned. Instead of 4/12 we could deliver to your consolidator in Laredo already on 20/11.

Do you want us to send them early, or you prefer to keep the 4/12? Please let me know this week so I can reserve the truck.

Saludos cordiales,
Alejandra Ruiz
Artesanías Tlaquepaque
""", end="Saludos cordiales,", change="none", intent="question", po=["P05022"],
     commit=("2026-12-04", "prefer to keep the 4/12"),
     dates=[("2026-12-04", "confirmed_delivery", ("4/12", 0)), ("2026-11-20", "other", "20/11"),
            ("2026-12-04", "confirmed_delivery", ("4/12", 1)), ("2026-11-09", "other", "this week")]),

dict(v="delhicotton", lang="en", at="2026-11-09 11:50", subj="Status of POs P05023 / P05024",
     text="""
Dear Mike ji,

Please find status of your two open POs as below:

P05023 (bath mats DC-BM-5080, 1200 pcs) - production completed, goods in final inspection, dispatch from Panipat on 13.11 and delivery Hamburg 27.11 as confirmed. No change.

P05024 (cushion covers, 5 designs) - here we are facing issue with the embroidery unit, they are running late because of Diwali holidays of the workers. We will need 2 weeks extra, new delivery date Hamburg will be 11.12 instead of 27.11.

Sorry for inconvenience caused. We are trying our best to make it faster.

Thanks & Regards,
Rajesh Kumar
""", end="Thanks & Regards,", change="date", intent="delay", sec=["confirmation"], po=["P05023", "P05024"],
     commit=("2026-11-27", "delivery Hamburg 27.11 as confirmed"),
     dates=[("2026-11-13", "ship_date", "13.11"), ("2026-11-27", "confirmed_delivery", ("27.11", 0)),
            ("2026-12-11", "new_eta", "11.12"), ("2026-11-27", "other", ("27.11", 1))],
     lines=[("DC-BM-5080", 1200, "pcs", "DC-BM-5080, 1200 pcs", "P05023")],
     changes=[("P05023", "confirmation", "2026-11-27", None, "delivery Hamburg 27.11 as confirmed"),
              ("P05024", "delay", "2026-12-11", None, "new delivery date Hamburg will be 11.12 instead of 27.11")]),

dict(v="polska", c=1, lang="en", at="2026-12-02 14:10", subj="Shipping advice P05025",
     text="""
Dear Mr Brandt,

we inform that your order P05025 was loaded today on truck of Raben Logistics, complete (22 pallets).

CMR: PL-RB-5582016
Delivery note: WZ/2026/12/0041
Planned delivery to Hamburg: Friday 04.12.2026, between 7:00 and 11:00

With kind regards
Piotr Wisniewski
Logistics
""", end="With kind regards", change="shipping", intent="shipping_notice", po=["P05025"],
     vref=["WZ/2026/12/0041"], commit=("2026-12-04", "Planned delivery to Hamburg: Friday 04.12.2026"),
     dates=[("2026-12-02", "ship_date", "loaded today"), ("2026-12-04", "confirmed_delivery", "Friday 04.12.2026")],
     track=[("Raben Logistics", "PL-RB-5582016", "CMR: PL-RB-5582016")]),

dict(v="plasticos", lang="en", at="2026-11-19 17:30", subj="P05026 shipped partial",
     text="""
hi Mike

today left 2 trucks with P05026: 1,600 pcs of the 45L boxes (PN-BX-45) and all 900 pcs of the 30L. The 45L lids are missing for 400 pcs, the mold again, so those 400 should go next week hopefully wednesday, arriving laredo friday 27.

trucks: Estes PRO 88233190 and 88233191

saludos
Rodrigo
""", end="saludos", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P05026"],
     commit=("2026-11-27", "arriving laredo friday 27"),
     dates=[("2026-11-19", "ship_date", "today"), ("2026-11-25", "ship_date", "next week hopefully wednesday"),
            ("2026-11-27", "new_eta", "friday 27")],
     lines=[("PN-BX-45", 1600, "pcs", "1,600 pcs of the 45L boxes", "P05026"),
            ("storage box 30L", 900, "pcs", "all 900 pcs of the 30L", "P05026"),
            ("PN-BX-45", 400, None, "those 400", "P05026")],
     track=[("Estes", "88233190", "PRO 88233190"), ("Estes", "88233191", "and 88233191")]),

dict(v="acme", c=1, lang="en", at="2026-12-01 08:05", subj="RE: P05027 late??",
     text="""
Not late. 12/4 confirmed, truck's booked.

-Dave

On Mon, Nov 30, 2026 at 5:40 PM, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Dave, nothing on P05027 yet and the ASN hasn't come. Is it late?
""", end="-Dave", change="none", intent="confirmation", po=["P05027"],
     commit=("2026-12-04", "12/4 confirmed"),
     dates=[("2026-12-04", "confirmed_delivery", "12/4")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-20 10:30", subj="Price adjust 2027 / P05028",
     text="""
Dear Tim,

Because RMB exchange rate and steel price, from 1 January 2027 we need adjust price for all enamel products +4.5%. For example NB-EN-CAS24 enamel casserole 24cm USD 7.80 -> USD 8.15.

Your order P05028 is already confirmed, this one keep old price, no change, ETD 28 Dec as planned.

Best regards
Leo
""", end="Best regards", change="price", intent="price_change", sec=["confirmation"], po=["P05028"],
     dates=[("2027-01-01", "price_effective", "1 January 2027"), ("2026-12-28", "ship_date", "28 Dec")],
     prices=[dict(product=None, pct=4.5, eff="2027-01-01", quote="all enamel products +4.5%"),
             dict(product="NB-EN-CAS24", old=7.80, new=8.15, cur="USD", eff="2027-01-01",
                  quote="NB-EN-CAS24 enamel casserole 24cm USD 7.80 -> USD 8.15")]),

dict(v="serra", lang="en", at="2026-11-25 15:50", subj="P05029 - pallet height question",
     text="""
Hi Tim,

Quick question on P05029 before we start palletizing next Monday: your routing guide says max pallet height 1.60 m, but with the 1.80 m pallets we need 4 less pallets in the container. Is 1.80 m acceptable at your Hamburg DC?

Loading is still 10/12, no change there.

Obrigado,
Rafael
""", end="Obrigado,", change="none", intent="question", po=["P05029"],
     dates=[("2026-11-30", "other", "next Monday"), ("2026-12-10", "ship_date", "10/12")]),

dict(v="jaipur", lang="en", at="2026-11-03 09:30", subj="Re: P05030 revised date accepted",
     text="""
Noted with thanks Sir, will do the needful.

Regards
Anil

On Mon, 2 Nov 2026, 18:20 Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Anil, OK, we accept 4 December for P05030 instead of 20 November. Please make sure it is not later than that.
""", end="Regards", change="none", intent="other", po=["P05030"]),
dict(v="kiwiwool", lang="en", at="2026-11-25 09:20", subj="Re: P05031 - still on for January?",
     text="""
Kia ora Laura,

P05031 - yeah should still be right. The throws have been on the water since Sat, ETA Hamburg 9 Jan as per the booking. There's a bit of a weather hold-up on the transhipment in Singapore but the line reckons they'll make the time up, fingers crossed.

Will keep you posted if that changes.

Cheers
Hemi
""", end="Cheers", change="none", intent="confirmation", po=["P05031"],
     commit=("2027-01-09", "ETA Hamburg 9 Jan"),
     dates=[("2026-11-21", "ship_date", "since Sat"), ("2027-01-09", "confirmed_delivery", "9 Jan")]),

dict(v="anatolia", lang="en", at="2026-11-12 15:10", subj="P05032 towels + bath sheets",
     text="""
Dear Sandra,

For P05032 the towels AT-TWL-5070 are ready, but the bath sheets AT-TWL-70140 need one more week in dyeing because the colour lot was not ok, we made again.

I think better we send all together in one truck: loading 27 November, delivery Hamburg 1 December (instead of 24 November). If you need the towels earlier we can send them alone with groupage on 18 November, but extra freight 350 EUR. What you prefer?

Best regards
Mehmet
""", end="Best regards", change="date", intent="delay", sec=["question"], po=["P05032"],
     commit=("2026-12-01", "delivery Hamburg 1 December"),
     dates=[("2026-11-27", "ship_date", "27 November"), ("2026-12-01", "new_eta", "1 December"),
            ("2026-11-24", "other", "24 November"), ("2026-11-18", "other", "18 November")]),

dict(v="taipei", lang="en", at="2026-12-02 10:15", subj="RE: P05033 - still 11 Dec?",
     text="""
Hi Tim, please see my answers below.

> 1. Your mail from 20 Nov said P05033 would arrive 11 Dec after the delay. Does that still stand?

Yes, it stands. Goods are packed and fly from Taoyuan on 7 Dec, arrive Hamburg 11 Dec as I wrote.

> 2. Are the cables 1.5 m as on the PO?

Yes, 1.5 m, TC-USBC-15.

Vivian

-----Original Message-----
From: Tim Brandt
Sent: Tuesday, December 1, 2026 5:12 PM
To: Vivian Lin
Subject: P05033 - still 11 Dec?
""", end=("Vivian", 0), change="none", intent="confirmation", po=["P05033"],
     commit=("2026-12-11", "arrive Hamburg 11 Dec"),
     dates=[("2026-12-07", "ship_date", "7 Dec"), ("2026-12-11", "confirmed_delivery", "arrive Hamburg 11 Dec")]),

dict(v="voltix", lang="en", at="2026-11-10 09:00", subj="Shipping schedule update - open orders HHG",
     text="""
Dear Mike,

Please see updated shipping schedule for your open orders with us:

PO No.   Item          Qty     ETD Yantian   ETA Hamburg   Remark
P05034   VX-PB10K      3000    14-Nov        22-Dec        on schedule
P05035   VX-CB-C2M     5000    28-Nov        05-Jan        was ETD 14-Nov, cable jacket material late
P05036   VX-WL15       1200    05-Dec        12-Jan        on schedule

If any question please let me know.

Best regards
Cindy
""", end="Best regards", change="date", intent="delay", sec=["confirmation"],
     po=["P05034", "P05035", "P05036"],
     commit=("2026-12-22", "22-Dec"),
     dates=[("2026-11-14", "ship_date", ("14-Nov", 0)), ("2026-12-22", "confirmed_delivery", "22-Dec"),
            ("2026-11-28", "ship_date", "28-Nov"), ("2027-01-05", "new_eta", "05-Jan"),
            ("2026-11-14", "other", ("14-Nov", 1)), ("2026-12-05", "ship_date", "05-Dec"),
            ("2027-01-12", "confirmed_delivery", "12-Jan")],
     lines=[("VX-PB10K", 3000, None, "P05034   VX-PB10K      3000    14-Nov        22-Dec        on schedule", "P05034"),
            ("VX-CB-C2M", 5000, None, "P05035   VX-CB-C2M     5000    28-Nov        05-Jan        was ETD 14-Nov, cable jacket material late", "P05035"),
            ("VX-WL15", 1200, None, "P05036   VX-WL15       1200    05-Dec        12-Jan        on schedule", "P05036")],
     changes=[("P05034", "confirmation", "2026-12-22", None, "P05034   VX-PB10K      3000    14-Nov        22-Dec        on schedule"),
              ("P05035", "delay", "2027-01-05", None, "P05035   VX-CB-C2M     5000    28-Nov        05-Jan        was ETD 14-Nov, cable jacket material late"),
              ("P05036", "confirmation", "2027-01-12", None, "P05036   VX-WL15       1200    05-Dec        12-Jan        on schedule")]),

dict(v="tlaquepaque", c=1, lang="en", at="2026-10-22 13:00", subj="P05037 large pots",
     text="""
Hi Laura,

Sorry to tell you that we can not make the 60 large talavera pots (AT-MAC-50) on P05037. The clay supplier closed his mine after the rains and the new clay cracks in the kiln for this big size. We cancel this line, you will not be charged.

The small and medium pots are good, delivery to Laredo 11/12 like we confirmed.

Regards,
Jorge Medina
""", end="Regards,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P05037"],
     commit=("2026-12-11", "delivery to Laredo 11/12"),
     dates=[("2026-12-11", "confirmed_delivery", "11/12")],
     lines=[("AT-MAC-50", 60, None, "60 large talavera pots (AT-MAC-50)", "P05037")]),

dict(v="battrang", c=1, lang="en", at="2026-11-28 18:40", subj="Shipment advice P05038",
     text="""
Dear Laura,

We are pleased to advise your order P05038 was loaded and vessel departed Hai Phong today 28/11.

Vessel: ONE HAMBURG EXPRESS V.045W
B/L no.: ONEYHPHG2611482
Container: TCNU 4418207 (40HC)
ETA Hamburg: 05/01/2027

Goods: 2,150 pcs ceramic planters and vases, all items complete as per contract.

Original documents will send by DHL after we receive payment balance.

Best regards,
Do Van Hung
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P05038"],
     commit=("2027-01-05", "ETA Hamburg: 05/01/2027"),
     dates=[("2026-11-28", "ship_date", "today 28/11"), ("2027-01-05", "confirmed_delivery", "05/01/2027")],
     lines=[("ceramic planters and vases", 2150, "pcs", "2,150 pcs ceramic planters and vases", "P05038")],
     track=[("ONE", "ONEYHPHG2611482", "B/L no.: ONEYHPHG2611482"), ("ONE", "TCNU 4418207", "Container: TCNU 4418207")]),

dict(v="greenthumb", c=1, lang="en", at="2026-10-07 10:20", subj="RE: P05039 pull in to 10/13?",
     text="""
Done - moved P05039 up to Tuesday 10/13 like you asked, instead of the 20th. Same truck company, they'll call for the dock appt.

Megan
""", end="Megan", change="date", intent="confirmation", po=["P05039"],
     commit=("2026-10-13", "moved P05039 up to Tuesday 10/13"),
     dates=[("2026-10-13", "confirmed_delivery", "Tuesday 10/13"), ("2026-10-20", "other", "the 20th")]),

dict(v="evergreen", lang="en", at="2026-11-17 13:30", subj="P05040 - paper towel rolls",
     text="""
Mike,

I owe you an honest update on P05040. Our Albany converting line went down Saturday (main drive motor), and until the replacement motor shows up we're not running the 2-ply kitchen rolls at all. The order won't make the 11/24 delivery, and right now I don't have a date I'd stand behind.

The motor is supposed to ship from Germany this week. I'll update you Friday either way.

Bill Sutherland
Evergreen Paper Products
""", end="Bill Sutherland", change="date", intent="delay", po=["P05040"],
     dates=[("2026-11-14", "other", "Saturday"), ("2026-11-24", "other", "11/24"),
            ("2026-11-16", "other", "this week"), ("2026-11-20", "other", "Friday")]),

dict(v="cleanco", lang="en", at="2026-12-01 09:05", subj="RE: P05041 Thursday - snow?",
     text="""
Yes, vans are running fine, Thursday stands for P05041.

Gary

-----Original Message-----
From: Laura Jensen
Sent: 01 December 2026 08:14
To: Gary Hughes
Subject: P05041 Thursday - snow?

Gary, with the snow up north, is P05041 still coming Thursday 3rd?
""", end=("Gary", 0), change="none", intent="confirmation", po=["P05041"],
     commit=("2026-12-03", "Thursday stands"),
     dates=[("2026-12-03", "confirmed_delivery", "Thursday stands")]),

dict(v="sunshine", lang="en", at="2026-11-23 11:00", subj="P05042 citrus - vessel change",
     text="""
Good morning Laura,

Unfortunately the MSC line has omitted Cape Town on the MSC ALINA voyage, so our 3 reefers for P05042 could not load on Saturday. They are now booked on the MAERSK SALALAH, ETD Cape Town 2 December, ETA Rotterdam 24 December and then by feeder to Hamburg, ETA 29 December.

Fruit is in cold store and quality is fine. Sorry for the inconvenience, this is out of our hands.

Kind regards,
Thabo Nkosi
Sunshine Citrus Exports
""", end="Kind regards,", change="date", intent="delay", po=["P05042"],
     commit=("2026-12-29", "ETA 29 December"),
     dates=[("2026-11-21", "other", "on Saturday"), ("2026-12-02", "ship_date", "2 December"),
            ("2026-12-24", "other", "24 December"), ("2026-12-29", "new_eta", "29 December")]),

dict(v="delhicotton", c=1, lang="en", at="2026-10-15 10:00", subj="PO P05043 - care label query",
     text="""
Dear Laura Ma'am,

Greetings!

For your PO P05043 (cotton aprons DC-APR-01) we are now printing the care labels. Kindly confirm:

1) Language on care label - German and English only, or also French?
2) Washing temperature 40°C or 60°C? Your spec sheet show 60 but the fabric is recommended for 40.

Production cutting is starting Monday 19th, so kindly revert latest by Saturday.

Thanks & Regards,
Priya Sharma
""", end="Thanks & Regards,", change="none", intent="question", po=["P05043"],
     dates=[("2026-10-19", "other", "Monday 19th"), ("2026-10-17", "other", "by Saturday")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-30 12:00", subj="Shortbread tins - price from January",
     text="""
Hi Tim,

Just a heads up before you place the spring orders: with butter where it is, our shortbread tins (DBC-SB-TIN) go from €6.20 to €6.55 from 1st January. The rest of the range stays as it is for now.

P05044 isn't affected - it's at the old price and still delivering 15/12 as confirmed.

All the best,
Siobhan
""", end="All the best,", change="price", intent="price_change", sec=["confirmation"], po=["P05044"],
     commit=("2026-12-15", "still delivering 15/12"),
     dates=[("2027-01-01", "price_effective", "1st January"), ("2026-12-15", "confirmed_delivery", "15/12")],
     prices=[dict(product="DBC-SB-TIN", old=6.20, new=6.55, cur="EUR", eff="2027-01-01",
                  quote="go from €6.20 to €6.55 from 1st January")]),

dict(v="hanoi", lang="en", at="2026-11-26 14:00", subj="New contact person from 1/12",
     text="""
Dear valued customer,

Please be informed that from 1/12 I will move to our new factory project in Bac Ninh. From this date Mr. Tran Minh (tran.minh@hanoibamboo.vn) will take care all your orders, including open order P05045 which is in production now.

Thank you for your support all these years.

Best regards,
Nguyen Thi Lan
""", end="Best regards,", change="none", intent="other", po=["P05045"],
     dates=[("2026-12-01", "other", "from 1/12")]),

dict(v="izmir", lang="en", at="2026-12-03 16:40", subj="P05046 loaded - 3 pallets",
     text="""
Dear Laura,

Today we loaded P05046 with Ekol, CMR EK-TR-2612-08831, but only 3 pallets from 4. The champagne flutes ZC-FL-200 (720 pcs) failed our QC, many bubbles in the glass, so we produce them again. They will go next Friday with groupage and arrive your warehouse around 16 December.

The 3 pallets (water glasses and carafes) arrive Hamburg on 8 December.

Sorry for this.
Burak
""", end=("Burak", 0), change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P05046"],
     commit=("2026-12-16", "arrive your warehouse around 16 December"),
     dates=[("2026-12-03", "ship_date", "Today"), ("2026-12-11", "ship_date", "next Friday"),
            ("2026-12-16", "new_eta", "16 December"), ("2026-12-08", "confirmed_delivery", "8 December")],
     lines=[("ZC-FL-200", 720, "pcs", "ZC-FL-200 (720 pcs)", "P05046")],
     track=[("Ekol", "EK-TR-2612-08831", "CMR EK-TR-2612-08831")]),

dict(v="mapleleaf", lang="en", at="2026-12-08 10:00", subj="RE: P05047 - storm",
     text="""
Hey Laura,

Yeah the storm hit us pretty good, we lost power for a day and a half, but the warehouse is back up and the trucks are moving again. P05047 is still scheduled to deliver 12/15, hopefully no more snow between now and then!

Josh
""", end="Josh", change="none", intent="confirmation", po=["P05047"],
     commit=("2026-12-15", "still scheduled to deliver 12/15"),
     dates=[("2026-12-15", "confirmed_delivery", "12/15")]),

dict(v="seoul", lang="en", at="2026-10-28 09:40", subj="Order confirmation P05048",
     text="""
Dear Ms. Jensen,

Thank you for your order P05048. We are pleased to confirm as below.

SK-WOK-32  carbon steel wok 32cm   800 pcs
SK-LID-32  glass lid 32cm          800 pcs
ETD Busan: 6 November
ETA Hamburg: 11 December

Order confirmation SKC-OC-2610-221 is attached.

Best regards,
Ji-ho Park

-----Original Message-----
From: Laura Jensen
Sent: Monday, October 26, 2026 2:10 PM
To: Ji-ho Park
Subject: Order P05048

Dear Ji-ho, please find our order P05048 attached, delivery Hamburg KW 49. Please confirm.
""", end="Best regards,", change="date", intent="delay", po=["P05048"], vref=["SKC-OC-2610-221"],
     commit=("2026-12-11", "ETA Hamburg: 11 December"),
     dates=[("2026-11-06", "ship_date", "6 November"), ("2026-12-11", "new_eta", "11 December")],
     lines=[("SK-WOK-32", 800, "pcs", "SK-WOK-32  carbon steel wok 32cm   800 pcs", "P05048"),
            ("SK-LID-32", 800, "pcs", "SK-LID-32  glass lid 32cm          800 pcs", "P05048")]),
dict(v="kaiser", c=1, lang="en", at="2026-11-19 07:12", subj="Order P05049: delivery date changed",
     frm="Elektro Kaiser Order Portal <noreply@elektro-kaiser.de>",
     text="""
Elektro Kaiser GmbH - Customer Portal

Dear customer,

the delivery date of the following order has changed.

Your order:       P05049
Our order:        AB-2026-81244
Item:             EK-WK-17 Kettle 1.7 l stainless
Previous date:    30.11.2026
New date:         14.12.2026
Reason:           delayed supply from manufacturer

You can view all open orders at portal.elektro-kaiser.de. This notification was generated automatically.
""", end="You can view all open orders", change="date", intent="delay", po=["P05049"],
     vref=["AB-2026-81244"], commit=("2026-12-14", "New date:         14.12.2026"),
     dates=[("2026-11-30", "other", "30.11.2026"), ("2026-12-14", "new_eta", "14.12.2026")]),

dict(v="polska", c=1, lang="en", at="2026-10-05 12:40", subj="RE: New order P05050",
     text="""
Dear Mr Osei,

thank you, we confirm receipt of your order P05050. Our sales department will check the availability and send the order confirmation with delivery date in the next few days.

With kind regards
Piotr Wisniewski
""", end="With kind regards", change="none", intent="other", po=["P05050"]),

dict(v="serra", c=1, lang="en", at="2026-11-20 16:00", subj="RE: P05051 - any chance earlier?",
     text="""
Hi Sandra!

I checked with production. For now the date stays 7/12 delivery Hamburg (air freight, as confirmed). There is a possibility to have the knives ready a few days before, then it could be 2/12, but I can only tell you for sure on Monday after the quality test.

So please plan with 7/12, and if it comes earlier it is a bonus :)

Abraços,
Camila
""", end="Abraços,", change="none", intent="confirmation", po=["P05051"],
     commit=("2026-12-07", "the date stays 7/12"),
     dates=[("2026-12-07", "confirmed_delivery", "the date stays 7/12"), ("2026-12-02", "other", "2/12"),
            ("2026-11-23", "other", "on Monday"), ("2026-12-07", "confirmed_delivery", "plan with 7/12")]),

dict(v="plasticos", c=1, lang="en", at="2026-10-16 09:30", subj="RE: Cancel P05052",
     text="""
Hi Mike, ok, P05052 is cancelled in our system, we had not started production so no charges. I send you the cancellation document in the afternoon.

Saludos,
Fernanda

-----Original Message-----
From: Mike Osei
Sent: Thursday, October 15, 2026 4:55 PM
To: Fernanda Treviño
Subject: Cancel P05052

Fernanda, please cancel P05052 (the 2,000 laundry baskets for 11/20). The promotion was dropped.
""", end="Saludos,", change="cancel", intent="cancellation", po=["P05052"]),

dict(v="ningbo", lang="en", at="2026-11-04 14:15", subj="P05053 glass canisters - quantity",
     text="""
Dear Tim,

About P05053 (glass canister 1.5L NB-GC-15, 6,000 pcs): the glass factory can supply only 4,000 pcs for our loading ETD 5/12, ETA Hamburg 9/1. Remaining 2,000 pcs will load with next vessel ETD 19/12, ETA Hamburg around 23/1.

If you prefer to have all together on 19/12 please tell us this week.

Best regards,
Amy Chen
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["question"], po=["P05053"],
     commit=("2027-01-23", "ETA Hamburg around 23/1"),
     dates=[("2026-12-05", "ship_date", "ETD 5/12"), ("2027-01-09", "confirmed_delivery", "ETA Hamburg 9/1"),
            ("2026-12-19", "ship_date", "ETD 19/12"), ("2027-01-23", "new_eta", "23/1"),
            ("2026-12-19", "other", "on 19/12"), ("2026-11-02", "other", "this week")],
     lines=[("NB-GC-15", 4000, "pcs", "only 4,000 pcs", "P05053"),
            ("NB-GC-15", 2000, "pcs", "Remaining 2,000 pcs", "P05053")]),

dict(v="acme", c=1, lang="en", at="2026-12-07 18:20", subj="Shipment notification - PO P05054",
     frm="Acme Home Goods Shipping <noreply@acmehomegoods.com>",
     text="""
ACME HOME GOODS - SHIPMENT NOTIFICATION

PO Number: P05054
Acme Order: AHG-448120
Shipped: 12/07/2026 from Savannah, GA
Carrier: Saia LTL   PRO: 1047-558213
Estimated delivery window: 12/10/2026 - 12/14/2026

Shipped complete: 3 of 3 lines, 24 pallets.

Do not reply to this message.
""", end="Do not reply to this message.", change="shipping", intent="shipping_notice", po=["P05054"],
     vref=["AHG-448120"], commit=("2026-12-14", "Estimated delivery window: 12/10/2026 - 12/14/2026"),
     dates=[("2026-12-07", "ship_date", "12/07/2026"), ("2026-12-10", "range_start", "12/10/2026"),
            ("2026-12-14", "range_end", "12/14/2026")],
     track=[("Saia LTL", "1047-558213", "PRO: 1047-558213")]),

dict(v="jaipur", lang="en", at="2026-11-10 12:00", subj="P05055 - cotton price surcharge",
     text="""
Dear Tim Sir,

As you are aware the cotton yarn prices in India have gone up by almost 18% since September. We have absorbed this so far but for the balance quantity of P05055 (bedspreads JBP-BS-Q, shipping 15th Dec) we request you to kindly accept a surcharge of 4% on the invoice value.

Hope for your kind understanding and support.

Regards,
Anil Mehta
Jaipur Block Prints
""", end="Regards,", change="price", intent="price_change", sec=["question"], po=["P05055"],
     dates=[("2026-09-01", "other", "since September"), ("2026-12-15", "ship_date", "15th Dec")],
     prices=[dict(product="JBP-BS-Q", pct=4, quote="a surcharge of 4% on the invoice value")]),

dict(v="battrang", lang="en", at="2026-12-04 08:15", subj="URGENT: updated bank information for balance payment P05056",
     frm="Bat Trang Ceramics Accounts <accounts@battrang-ceramics-vn.com>",
     text="""
Dear Customer,

Please be informed that due to tax audit our company USD account at Vietcombank is temporary blocked. For the balance payment of P05056 (USD 18,420.00) kindly remit to our new account below from today:

Beneficiary: BAT TRANG CERAMICS EXPORT
Bank: Asia Pacific Trust Bank Ltd, Hong Kong
Account no.: 88-2217-4409-01
SWIFT: APTBHKHH

Please do not inform our sales staff, they are not update with this change. Send us the bank slip after payment.

Accounting Department
""", end="Accounting Department", change="none", intent="other", po=["P05056"],
     dates=[("2026-12-04", "other", "from today")]),

dict(v="texbright", lang="en", at="2026-11-23 11:10", subj="P05057 confirmation",
     text="""
Laura -

Confirming P05057 for delivery 12/18 to your Newark consolidator. I know you asked for 12/11; 12/18 is the best we can do with the mill backlog right now. All 6 SKUs, full quantities.

Marcus
""", end="Marcus", change="date", intent="delay", po=["P05057"],
     commit=("2026-12-18", "Confirming P05057 for delivery 12/18"),
     dates=[("2026-12-18", "new_eta", ("12/18", 0)), ("2026-12-11", "other", "12/11"),
            ("2026-12-18", "new_eta", "12/18 is the best we can do")]),

dict(v="anatolia", c=1, lang="en", at="2026-10-30 10:20", subj="Confirmed - P05058",
     text="""
Dear Laura,

Confirmed, P05058 is in production and we keep the delivery 19 November for the bath towels and hand towels.

Only the bathmats AT-BM-5080 (240 pcs) will be late, the latex backing supplier has problem, we will send them separately on 27 November, arrive Hamburg 1 December.

Best regards
Elif
""", end="Best regards", change="date", intent="delay", sec=["confirmation"], po=["P05058"],
     commit=("2026-12-01", "arrive Hamburg 1 December"),
     dates=[("2026-11-19", "confirmed_delivery", "19 November"), ("2026-11-27", "ship_date", "27 November"),
            ("2026-12-01", "new_eta", "1 December")],
     lines=[("AT-BM-5080", 240, "pcs", "AT-BM-5080 (240 pcs)", "P05058")]),

dict(v="highland", c=1, lang="en", at="2026-12-02 09:00", subj="Statement of account - November 2026",
     text="""
Hi Sandra,

Please find attached your statement for November. Everything on P05059 has now been delivered and invoiced (INV-HCW-10552, paid, thank you) - the only open item is INV-HCW-10618 for £2,340.00, due 18/12/2026.

Any queries, just shout.

Ewan Grant
Accounts, Highland Candle Works
""", end="Ewan Grant", change="none", intent="other", po=["P05059"], vref=["INV-HCW-10552", "INV-HCW-10618"],
     dates=[("2026-12-18", "other", "18/12/2026")]),

dict(v="voltix", c=1, lang="en", at="2026-11-26 15:30", subj="P05060 rail option?",
     text="""
Hi Mike

For P05060 (power banks) the sea booking is confirmed, ETD 4/12, ETA Hamburg 8/1/2027. Question: we can also send by China-Europe rail, ETD 1/12 arrive Duisburg hub 23/12, then truck to you 28/12, cost +0.18 USD/pc. You want rail or keep sea?

Kevin
""", end="Kevin", change="none", intent="question", sec=["confirmation"], po=["P05060"],
     commit=("2027-01-08", "ETA Hamburg 8/1/2027"),
     dates=[("2026-12-04", "ship_date", "4/12"), ("2027-01-08", "confirmed_delivery", "8/1/2027"),
            ("2026-12-01", "other", "1/12"), ("2026-12-23", "other", "23/12"), ("2026-12-28", "other", "28/12")]),

dict(v="lisbon", c=1, lang="en", at="2026-11-27 17:00", subj="RE: P05061 cork boards - delivery 3 Dec",
     text="""
Hello Mike,

The cork memo boards for P05061 will leave our factory in Santa Maria da Feira on Wednesday 9 December and arrive in Hamburg on Monday 14 December. The press for the aluminium frames was in maintenance longer than planned.

Best regards,
Rui Costa
Lisbon Cork Products

On Tue, 13 Oct 2026 at 11:20, Rui Costa <rui.costa@lisboncork.pt> wrote:
> Dear Mike, we confirm P05061, 1,200 cork memo boards, delivery Hamburg 3 December.
""", end="Best regards,", change="date", intent="delay", po=["P05061"],
     commit=("2026-12-14", "arrive in Hamburg on Monday 14 December"),
     dates=[("2026-12-09", "ship_date", "Wednesday 9 December"), ("2026-12-14", "new_eta", "Monday 14 December")]),

dict(v="delhicotton", lang="en", at="2026-11-18 10:30", subj="RE: P05062 - pull in to 4.12?",
     text="""
Dear Tim ji,

We tried our level best for your request. 4.12 is not possible as the printing slot is full, but we have advanced the dispatch by one week and will deliver P05062 on 8.12 instead of 15.12. Hope this will be helpful to you.

Thanks & Regards,
Rajesh Kumar
""", end="Thanks & Regards,", change="date", intent="confirmation", po=["P05062"],
     commit=("2026-12-08", "will deliver P05062 on 8.12"),
     dates=[("2026-12-04", "other", "4.12"), ("2026-12-08", "confirmed_delivery", "8.12"),
            ("2026-12-15", "other", "15.12")]),

dict(v="ningbo", c=1, lang="en", at="2026-10-09 16:30", subj="P05063 cancel - factory close",
     text="""
Dear Tim,

Very sorry to inform, the bamboo fibre factory making your lunch boxes (NB-LB-BF) is closed by local government for environment check, no reopen date. We can not find other factory with same LFGB certificate in short time, so we must cancel P05063 complete. Deposit USD 3,600 we will return within 7 days.

Again very sorry.
Leo
""", end=("Leo", 0), change="cancel", intent="cancellation", po=["P05063"],
     dates=[("2026-10-16", "other", "within 7 days")]),

dict(v="izmir", c=1, lang="en", at="2026-12-03 12:00", subj="P05064 - small delay maybe",
     text="""
Hi Laura,

Just to inform early: the truck for P05064 might be 2-3 days late because of the snow on the Bulgarian border, many trucks waiting. I think arrival will be 10 or 11 December instead of 8th. I will confirm on Monday when the truck pass the border.

Kind regards,
Zeynep
""", end="Kind regards,", change="date", intent="delay", po=["P05064"],
     commit=("2026-12-11", "arrival will be 10 or 11 December"),
     dates=[("2026-12-10", "range_start", "10 or 11 December"), ("2026-12-11", "range_end", "10 or 11 December"),
            ("2026-12-08", "other", "8th"), ("2026-12-07", "other", "on Monday")]),
dict(v="polska", lang="en", at="2026-12-01 11:00", subj="Price information 2027",
     text="""
Dear Mrs. Jensen,

we would like to inform you that from 01.01.2027 we must introduce an energy surcharge of 5% on all articles, due to the new gas tariff for our kilns. The surcharge will be shown as separate position on the invoice.

Your order P05065 will be delivered on 14.12. as confirmed and invoiced with the current prices.

With kind regards
Katarzyna Nowak
Polska Ceramika
""", end="With kind regards", change="price", intent="price_change", sec=["confirmation"], po=["P05065"],
     commit=("2026-12-14", "delivered on 14.12. as confirmed"),
     dates=[("2027-01-01", "price_effective", "01.01.2027"), ("2026-12-14", "confirmed_delivery", "14.12.")],
     prices=[dict(product=None, pct=5, eff="2027-01-01", quote="energy surcharge of 5% on all articles")]),

dict(v="serra", lang="en", at="2026-12-04 17:45", subj="P05066 shipped - container MSKU 7720148",
     text="""
Hi Tim,

Container with P05066 sailed from Santos today on the MAERSK LIMA, all 1,440 pcs of the pressure cookers. Unfortunately the vessel was rolled from last week, so the ETA Hamburg is now 8/1 and not 28/12 like in our confirmation.

B/L MAEU258114732, container MSKU 7720148. Documents by courier next week.

Obrigado,
Rafael
""", end="Obrigado,", change="date", intent="delay", sec=["shipping_notice"], po=["P05066"],
     commit=("2027-01-08", "the ETA Hamburg is now 8/1"),
     dates=[("2026-12-04", "ship_date", "today"), ("2026-11-23", "other", "last week"),
            ("2027-01-08", "new_eta", "now 8/1"), ("2026-12-28", "other", "28/12"), ("2026-12-07", "other", "next week")],
     lines=[("pressure cookers", 1440, "pcs", "all 1,440 pcs of the pressure cookers", "P05066")],
     track=[("Maersk", "MAEU258114732", "B/L MAEU258114732"), ("Maersk", "MSKU 7720148", "container MSKU 7720148")]),

dict(v="tlaquepaque", c=1, lang="en", at="2026-11-30 16:20", subj="P05067 en camino / on the way",
     text="""
Hi Laura, good afternoon

The truck with your order P05067 left today from Tlaquepaque, complete (all 480 pieces, 12 pallets). It cross the border in Nuevo Laredo on Wednesday and should be in your Laredo consolidator Thursday 3/12 in the morning.

Carrier: Transportes Castores, guía CAS-99012477

Saludos,
Jorge
""", end="Saludos,", change="shipping", intent="shipping_notice", po=["P05067"],
     commit=("2026-12-03", "should be in your Laredo consolidator Thursday 3/12"),
     dates=[("2026-11-30", "ship_date", "left today"), ("2026-12-02", "other", "on Wednesday"),
            ("2026-12-03", "confirmed_delivery", "Thursday 3/12")],
     lines=[("talavera pottery", 480, "pieces", "all 480 pieces", "P05067")],
     track=[("Transportes Castores", "CAS-99012477", "guía CAS-99012477")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-06 15:30", subj="PO P05068 - final quantity",
     text="""
Dear Sandra Ma'am,

Greetings from DCM!

Regarding PO P05068 (table napkins DC-NAP-4545, ordered 2,400 pcs), we are able to offer only 1,800 pcs as the special yarn for this quality is not available anymore in the market. Balance 600 pcs we are unable to supply and kindly cancel from your end.

The 1,800 pcs are ready for dispatch and will reach Hamburg on 04.12.2026 as per original schedule.

Thanks & Regards,
Priya Sharma
""", end="Thanks & Regards,", change="quantity", intent="partial_shipment", po=["P05068"],
     commit=("2026-12-04", "will reach Hamburg on 04.12.2026"),
     dates=[("2026-12-04", "confirmed_delivery", "04.12.2026")],
     lines=[("DC-NAP-4545", 1800, "pcs", "only 1,800 pcs", "P05068"),
            ("DC-NAP-4545", 600, "pcs", "Balance 600 pcs", "P05068")]),

dict(v="acme", lang="en", at="2026-11-30 10:10", subj="RE: P05069 - pull in to 12/2?",
     text="""
Hi Laura,

I wish I could - the bath towels on P05069 are only coming off the line Thursday, so there's no way to get them to Newark before 12/9. That date is solid though, no risk there.

Sorry I can't do better on this one.

Jessica
""", end="Jessica", change="none", intent="confirmation", po=["P05069"],
     commit=("2026-12-09", "get them to Newark before 12/9"),
     dates=[("2026-12-03", "other", "Thursday"), ("2026-12-09", "confirmed_delivery", "12/9")]),

dict(v="voltix", lang="en", at="2026-11-12 09:45", subj="RE: P05070 on time?",
     text="""
Dear Laura,

Yes should be fine, only few days later than plan. Goods fly from Shenzhen 20/11, arrive Hamburg 24/11 (PO date 20/11). Sorry for small delay, the adapter certificate came late.

Best regards
Cindy
""", end="Best regards", change="date", intent="delay", po=["P05070"],
     commit=("2026-11-24", "arrive Hamburg 24/11"),
     dates=[("2026-11-20", "ship_date", ("20/11", 0)), ("2026-11-24", "new_eta", "24/11"),
            ("2026-11-20", "other", ("20/11", 1))]),
]
