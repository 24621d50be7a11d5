# ruff: noqa: E501 - email text is data
"""English emails on the delay / confirmation boundary: pull-ins and earlier deliveries
(confirmations), 'still on track' replies to a chaser, reconfirmed revised dates, delays told
only through calendar weeks or 'instead of' and without an apology, confirmations that
apologise for something else, one order delayed and another confirmed in one email, one line
of an order delayed. Plus a spread of the other intents. Hand-written."""

EMAILS = [
dict(v="brightline", c=1, lang="en", at="2026-11-10 09:15", subj="P03000 - earlier delivery",
     text="""
Hi Mike,

Quick one on P03000 (the BL-DL-22 desk lamps). The container from our supplier landed earlier than planned, so we will deliver on Friday 20 November instead of the 27th we confirmed last month. Your goods-in team has already given us the 10:00 slot.

Sorry for the short notice on this one - I know you'd rather plan further ahead.

Cheers,
Tom
""", end="Cheers,", change="date", intent="confirmation", po=["P03000"],
     commit=("2026-11-20", "we will deliver on Friday 20 November"),
     dates=[("2026-11-20", "confirmed_delivery", "Friday 20 November"), ("2026-11-27", "other", "the 27th")]),

dict(v="texbright", lang="en", at="2026-10-19 14:20", subj="Re: P03001 still good for 10/30?",
     text="""
Hi Laura,

Yes - P03001 is still on track. The queen and king duvet inserts finished quilting a few days ago and are being boxed now. Pickup is booked for 10/28 and they'll deliver to your Newark consolidator 10/30 as acknowledged.

Marcus

On Mon, Oct 19, 2026 at 9:02 AM, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hi Marcus, just checking P03001 is still good for delivery 10/30? We have the ad running the week after.
""", end="Marcus\n", change="none", intent="confirmation", po=["P03001"],
     commit=("2026-10-30", "they'll deliver to your Newark consolidator 10/30"),
     dates=[("2026-10-28", "ship_date", "10/28"), ("2026-10-30", "confirmed_delivery", ("10/30", 0))]),

dict(v="ningbo", c=1, lang="en", at="2026-11-16 10:30", subj="P03002 loading update",
     text="""
Dear Tim,

Update for P03002 (glass storage jars 1L and 1.5L):
loading moves from KW 48 to KW 51, because the lid supplier deliver the bamboo lids late. New ETA Hamburg is KW 4/2027.

Other information is same as the order confirmation.

Best regards
Leo Wang
""", end="Best regards", change="date", intent="delay", po=["P03002"],
     commit=("2027-01-25", "New ETA Hamburg is KW 4/2027"),
     dates=[("2026-11-23", "other", "KW 48"), ("2026-12-14", "ship_date", "KW 51"),
            ("2027-01-25", "new_eta", "KW 4/2027")]),

dict(v="greenthumb", lang="en", at="2026-09-22 11:45", subj="P03003",
     text="""
Laura -

Heads up on P03003. The 50 lb bags of garden lime will arrive 10/9 instead of 10/2. Rail car got held at the quarry. Potting mix on the same PO is unaffected and still delivers 10/2.

-Randy
""", end="-Randy", change="date", intent="delay", po=["P03003"],
     commit=("2026-10-09", "will arrive 10/9"),
     dates=[("2026-10-09", "new_eta", "10/9"), ("2026-10-02", "other", ("10/2", 0)),
            ("2026-10-02", "confirmed_delivery", ("10/2", 1))]),

dict(v="highland", lang="en", at="2026-10-05 16:10", subj="RE: Order P03004",
     text="""
Dear Sandra,

Apologies for the slow reply - we've been short-staffed in the office since the Aviemore fair.

Happy to confirm P03004 in full: 600 x HCW-PINE-30 (Scots pine jar candle 30cl) and 400 x HCW-CRAN-20 (cranberry tin 20cl). Both will be delivered together on Thursday 29 October by our usual haulier.

And sorry again about the invoice mix-up last time - accounts have corrected it.

Kind regards,
Fiona
""", end="Kind regards,", change="none", intent="confirmation", po=["P03004"],
     commit=("2026-10-29", "delivered together on Thursday 29 October"),
     dates=[("2026-10-29", "confirmed_delivery", "Thursday 29 October")],
     lines=[("HCW-PINE-30", 600, None, "600 x HCW-PINE-30", "P03004"),
            ("HCW-CRAN-20", 400, None, "400 x HCW-CRAN-20", "P03004")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-11-24 09:00", subj="P03005 - reconfirming revised date",
     text="""
Kia ora Tim,

Following up on our revised date for P03005 - I can reconfirm the merino throws will be at your Hamburg warehouse on 14 December, as agreed in my email of 9 November. Air freight is booked and the cartons go to the airport this Saturday.

Ngā mihi,
Sophie
""", end="Ngā mihi,", change="none", intent="confirmation", po=["P03005"],
     commit=("2026-12-14", "will be at your Hamburg warehouse on 14 December"),
     dates=[("2026-12-14", "confirmed_delivery", "14 December"), ("2026-11-09", "other", "9 November"),
            ("2026-11-28", "ship_date", "this Saturday")]),

dict(v="voltix", c=1, lang="en", at="2026-11-04 15:00", subj="P03006 / P03007 status",
     text="""
Dear Mike,

Two orders status:

P03006 (wireless chargers VX-WC15): the Qi chips arrived late, so delivery date change to 11 Dec instead of 27 Nov.
P03007 (bluetooth speakers VX-BS05): no change, delivery 20 Nov as confirmed.

Thanks for your understanding.

Best regards
Kevin
""", end="Best regards", change="date", intent="delay", sec=["confirmation"],
     po=["P03006", "P03007"], commit=("2026-12-11", "delivery date change to 11 Dec"),
     dates=[("2026-12-11", "new_eta", "11 Dec"), ("2026-11-27", "other", "27 Nov"),
            ("2026-11-20", "confirmed_delivery", "20 Nov")],
     changes=[("P03006", "delay", "2026-12-11", None, "delivery date change to 11 Dec instead of 27 Nov"),
              ("P03007", "confirmation", "2026-11-20", None, "no change, delivery 20 Nov as confirmed")]),

dict(v="acme", lang="en", at="2026-09-15 10:00", subj="P03008 - Saturday delivery?",
     text="""
Hi Laura,

Before we book the truck for P03008 - does your DC still take deliveries on Saturdays? Our carrier has a slot Sat 9/26 but otherwise it would be Mon 9/28. Either way works for us, just let me know which you prefer.

Thanks!
Jessica
""", end="Thanks!", change="none", intent="question", po=["P03008"],
     dates=[("2026-09-26", "other", "Sat 9/26"), ("2026-09-28", "other", "Mon 9/28")]),

dict(v="sparkle", lang="en", at="2026-12-01 13:30", subj="P03009 dispatched",
     text="""
Hi Tim,

P03009 left our Stoke warehouse this morning on a DPD pallet, consignment 15501234987. All 24 cartons of SG-WINE-6 wine glasses are on it, so the order is complete. DPD are quoting delivery Thursday.

Best wishes,
Hannah
""", end="Best wishes,", change="shipping", intent="shipping_notice", po=["P03009"],
     commit=("2026-12-03", "DPD are quoting delivery Thursday"),
     dates=[("2026-12-01", "ship_date", "this morning"), ("2026-12-03", "confirmed_delivery", "Thursday")],
     lines=[("SG-WINE-6", 24, "cartons", "All 24 cartons of SG-WINE-6", "P03009")],
     track=[("DPD", "15501234987", "consignment 15501234987")]),

dict(v="lisbon", lang="en", at="2026-10-13 11:20", subj="P03010 - first part dispatched",
     text="""
Dear Laura,

Today we dispatched 1.800 of the 2.500 cork trivets (LC-TRV-20) for P03010 with Transportes Luso, CMR 2026-LX-5581. The remaining 700 pcs are waiting for the new cork sheets and will follow on 27/10, delivered in Hamburg 3 working days later.

Best regards,
Ana Ferreira
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P03010"], commit=("2026-10-30", "delivered in Hamburg 3 working days later"),
     dates=[("2026-10-13", "ship_date", "Today"), ("2026-10-27", "ship_date", "27/10"),
            ("2026-10-30", "new_eta", "3 working days later")],
     lines=[("LC-TRV-20", 1800, None, "1.800 of the 2.500 cork trivets (LC-TRV-20)", "P03010"),
            ("LC-TRV-20", 700, "pcs", "remaining 700 pcs", "P03010")],
     track=[("Transportes Luso", "2026-LX-5581", "CMR 2026-LX-5581")]),

dict(v="polska", lang="en", at="2026-11-19 09:40", subj="P03011 - line 3 cancelled",
     text="""
Dear Sandra,

as discussed by phone yesterday, we confirm the cancellation of line 3 of P03011 (PC-VASE-40, 150 pcs, cobalt glaze). The glaze batch failed the lead test and we will not produce it again this year. Lines 1 and 2 remain unchanged with delivery in week 50.

Best regards
Katarzyna Nowak
""", end="Best regards", change="cancel", intent="cancellation", po=["P03011"],
     commit=("2026-12-07", "delivery in week 50"),
     dates=[("2026-11-18", "other", "yesterday"), ("2026-12-07", "confirmed_delivery", "week 50")],
     lines=[("PC-VASE-40", 150, "pcs", "PC-VASE-40, 150 pcs", "P03011")]),

dict(v="anatolia", c=1, lang="en", at="2026-10-28 14:00", subj="P03012 - cotton surcharge",
     text="""
Dear Sandra,

For your order P03012 we must add a cotton surcharge of 4% on the bath mats (AT-BM-5080), because the yarn contract was renewed at higher price. The hand towels stay at the confirmed price. Delivery date 4 December does not change.

Please send us a revised PO or confirm by e-mail.

Kind regards
Elif Demir
""", end="Kind regards", change="price", intent="price_change", po=["P03012"],
     commit=("2026-12-04", "Delivery date 4 December does not change"),
     dates=[("2026-12-04", "confirmed_delivery", "4 December")],
     prices=[dict(product="AT-BM-5080", pct=4, quote="cotton surcharge of 4%")]),

dict(v="milano", c=1, lang="en", at="2026-12-18 08:00", subj="Out of office: RE: P03013 lampshades",
     text="""
I am out of the office from 18 December until 7 January with limited access to e-mail. For urgent matters about orders and deliveries please contact ordini@milanocasa.it or call +39 02 4817 220.

Marco Bianchi
""", end="Marco Bianchi", change="none", intent="other", po=["P03013"],
     dates=[("2026-12-18", "other", "18 December"), ("2027-01-07", "other", "7 January")]),

dict(v="aussie", lang="en", at="2026-11-02 17:10", subj="P03014 - revised sailing",
     text="""
G'day Tim,

Bit of a saga on P03014 I'm afraid. The hiking poles (AOG-TP-AL) passed QC fine but the carry bags came back from the sewing contractor with the wrong logo, so we've had them redone. That pushes the whole consignment back. We were meant to have it on the water by now for arrival 30 November, but realistically it'll sail from Sydney on 13 November and land in Hamburg between 21 and 23 December. I'll get you the booking details once the forwarder sends them through. Really sorry mate.

Cheers,
Liam
""", end="Cheers,", change="date", intent="delay", po=["P03014"],
     commit=("2026-12-23", "land in Hamburg between 21 and 23 December"),
     dates=[("2026-11-30", "other", "30 November"), ("2026-11-13", "ship_date", "13 November"),
            ("2026-12-21", "range_start", "between 21 and 23 December"),
            ("2026-12-23", "range_end", "between 21 and 23 December")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-11-26 12:00", subj="P03015 ready early",
     text="""
Hi Laura,

Your Christmas order P03015 is baked and packed. Rather than wait for the 10th as on your PO, we can have it with you on Tuesday 8 December - the lorry is going to Hamburg anyway. Unless I hear otherwise that's what we'll do.

Thanks,
Declan
""", end="Thanks,", change="date", intent="confirmation", po=["P03015"],
     commit=("2026-12-08", "we can have it with you on Tuesday 8 December"),
     dates=[("2026-12-10", "other", "the 10th"), ("2026-12-08", "confirmed_delivery", "Tuesday 8 December")]),
]
