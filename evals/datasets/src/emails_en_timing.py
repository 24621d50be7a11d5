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

Quick one on P03000 (the BL-DL-22 desk lamps). The container from our supplier landed earlier than planned, so we will deliver on Friday 20 November instead of the 27th we confirmed. Your goods-in team has already given us the 10:00 slot.

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
dict(v="evergreen", c=1, lang="en", at="2026-12-03 15:30", subj="P03016 schedule",
     text="""
Mike,

Updated schedule for P03016 below. Only the kraft gift wrap moves.

Item          Description                 Was     Now
EPP-GW-KR50   Kraft gift wrap 50m roll    12/10   12/17
EPP-TP-24     Tissue paper 24pk           12/10   12/10
EPP-BAG-M     Gift bag medium             12/10   12/10

Tanya Brooks
Evergreen Paper Products
""", end="Tanya Brooks", change="date", intent="delay", po=["P03016"],
     commit=("2026-12-17", "EPP-GW-KR50   Kraft gift wrap 50m roll    12/10   12/17"),
     dates=[("2026-12-10", "other", ("12/10", 0)), ("2026-12-17", "new_eta", "12/17"),
            ("2026-12-10", "other", ("12/10", 1)), ("2026-12-10", "confirmed_delivery", ("12/10", 2)),
            ("2026-12-10", "other", ("12/10", 3)), ("2026-12-10", "confirmed_delivery", ("12/10", 4))]),

dict(v="mapleleaf", lang="en", at="2026-11-12 10:05", subj="RE: P03017 / P03018 check-in",
     text="""
Hi Laura, answers below.

> 1) P03017 snowshoes - still on for 11/24?
Yes, still 11/24. Trailer is booked.

> 2) P03018 ice cleats - any news?
Running about a week behind. They will now deliver 12/1.

> Thanks, Laura

Josh
""", end="\n\n> Thanks, Laura", change="date", intent="delay", sec=["confirmation"],
     po=["P03017", "P03018"], commit=("2026-11-24", "Yes, still 11/24"),
     dates=[("2026-11-24", "confirmed_delivery", ("11/24", 1)), ("2026-12-01", "new_eta", "12/1")],
     changes=[("P03017", "confirmation", "2026-11-24", None, "Yes, still 11/24"),
              ("P03018", "delay", "2026-12-01", None, "They will now deliver 12/1")]),

dict(v="baltic", lang="en", at="2026-10-07 09:30", subj="P03019",
     text="""
Hello Sandra,

The smoked sprats in oil for P03019 will be delivered end of the month, not on 16 October. New labels with the updated nutrition table are still at the printer and we cannot pack without them.

Regards,
Tomas
""", end="Regards,", change="date", intent="delay", po=["P03019"],
     commit=("2026-10-31", "will be delivered end of the month"),
     dates=[("2026-10-31", "new_eta", "end of the month"), ("2026-10-16", "other", "16 October")]),

dict(v="seoul", c=1, lang="en", at="2026-09-09 13:00", subj="Order acknowledgement P03020",
     text="""
Dear Ms. Jensen,

I am sorry that our order acknowledgement comes one week late; our ERP was changed recently and some documents were stuck.

Please find attached the acknowledgement for P03020. All items and prices as your order. ETD Busan 2 October, ETA Hamburg 9 November.

Best regards,
Min-seo Kim

--- attachment: SKW-OA-26-0871.pdf ---
SEOUL KITCHENWARE CO., LTD. ORDER ACKNOWLEDGEMENT
OA No.: SKW-OA-26-0871   Date: 2026.09.09
Customer PO: P03020
Item         Description                      Qty
SKW-WOK-30   Carbon steel wok 30cm            900
SKW-LID-30   Glass lid 30cm                   900
ETD: 2026.10.02   Port of loading: Busan
ETA: 2026.11.09   Port of discharge: Hamburg
""", end="Best regards,", change="none", intent="confirmation", po=["P03020"], vref=["SKW-OA-26-0871"],
     commit=("2026-11-09", "ETA Hamburg 9 November"),
     dates=[("2026-10-02", "ship_date", "2 October"), ("2026-11-09", "confirmed_delivery", "9 November"),
            ("2026-09-09", "other", "2026.09.09"), ("2026-10-02", "ship_date", "2026.10.02"),
            ("2026-11-09", "confirmed_delivery", "2026.11.09")],
     lines=[("SKW-WOK-30", 900, None, "SKW-WOK-30   Carbon steel wok 30cm            900", "P03020"),
            ("SKW-LID-30", 900, None, "SKW-LID-30   Glass lid 30cm                   900", "P03020")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-30 07:45", subj="Order status change - P03021",
     text="""
ORDER STATUS CHANGE - P03021

Your order P03021 (our ref SO-CC-40912) has a new despatch date.

Previous despatch date: 01/12/2026
New despatch date: 08/12/2026
Expected delivery: 09/12/2026

No action is required. This is an automated notification from the CleanCo order portal.
CleanCo Supplies Ltd
""", end="This is an automated notification", change="date", intent="delay", po=["P03021"],
     vref=["SO-CC-40912"], commit=("2026-12-09", "Expected delivery: 09/12/2026"),
     dates=[("2026-12-01", "other", "01/12/2026"), ("2026-12-08", "ship_date", "08/12/2026"),
            ("2026-12-09", "new_eta", "09/12/2026")]),

dict(v="hanoi", lang="en", at="2026-11-20 16:00", subj="P03022 bamboo baskets - drying problem",
     text="""
Dear Mr Tim,

We are finishing the bamboo laundry baskets for P03022 but the rain season make the bamboo not dry enough, we must keep it in dry room longer. So the goods can not ship on 28 Nov like plan, new shipping will be 12 Dec and arrive Hamburg mid-January.

Please advise if you accept this or you want we ship the 60% which is ready now by seperate container?

Thank you very much
Lan
""", end="Thank you very much", change="date", intent="delay", sec=["question"], po=["P03022"],
     commit=("2027-01-15", "arrive Hamburg mid-January"),
     dates=[("2026-11-28", "other", "28 Nov"), ("2026-12-12", "ship_date", "12 Dec"),
            ("2027-01-15", "new_eta", "mid-January")]),

dict(v="jansen", c=1, lang="en", at="2026-10-22 11:10", subj="RE: P03023 earlier possible?",
     text="""
Hi Sandra,

Good news: the extension cords for P03023 can come earlier as you asked. We will deliver next Tuesday instead of 10 November. Driver will call 30 minutes before arrival.

Met vriendelijke groet / Kind regards,
Eva Mulder
""", end="Met vriendelijke groet", change="date", intent="confirmation", po=["P03023"],
     commit=("2026-10-27", "We will deliver next Tuesday"),
     dates=[("2026-10-27", "confirmed_delivery", "next Tuesday"), ("2026-11-10", "other", "10 November")]),

dict(v="pacific", lang="en", at="2026-09-29 08:40", subj="Re: P03024 confirm 10/9?",
     text="""
Confirmed - P03024 delivers Fri 10/9, all 36 cases of the espresso blend.

Lena

Sent from my iPhone

On Sep 28, 2026, at 4:55 PM, Laura Jensen <laura.jensen@hhg-retail.com> wrote:

> Lena, can you confirm P03024 for 10/9? Thanks
""", end="Lena\n", change="none", intent="confirmation", po=["P03024"],
     commit=("2026-10-09", "P03024 delivers Fri 10/9"),
     dates=[("2026-10-09", "confirmed_delivery", "Fri 10/9")],
     lines=[("espresso blend", 36, "cases", "all 36 cases of the espresso blend", "P03024")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-09 12:30", subj="P03025 - schedule note",
     text="""
Dear Mike ji,

Kindly note for P03025: delivery of the table runners (DC-TR-180) is shifted from week 49 to week 51 due to embroidery capacity. Napkins DC-NAP-45 and placemats DC-PM-33 will be delivered in week 49 as per schedule.

Regards,
Priya Sharma
""", end="Regards,", change="date", intent="delay", po=["P03025"],
     commit=("2026-12-14", "to week 51"),
     dates=[("2026-11-30", "other", ("week 49", 0)), ("2026-12-14", "new_eta", "week 51"),
            ("2026-11-30", "confirmed_delivery", ("week 49", 1))]),

dict(v="acme", c=1, lang="en", at="2026-10-26 13:15", subj="P03026 ship date",
     text="""
Laura,

P03026 won't make the 10/28 ship date. The faucet cartridges for the kitchen faucets are stuck at the border with our supplier. We're now looking at shipping Wednesday 11/4, and with ground transit that's 5-7 business days to your DC.

Dave
""", end="Dave", change="date", intent="delay", po=["P03026"],
     commit=("2026-11-13", "5-7 business days to your DC"),
     dates=[("2026-10-28", "other", "10/28"), ("2026-11-04", "ship_date", "Wednesday 11/4"),
            ("2026-11-11", "range_start", "5-7 business days"), ("2026-11-13", "range_end", "5-7 business days")]),

dict(v="mueller", c=1, lang="en", at="2026-11-05 14:40", subj="Dispatch P03027",
     text="""
Dear Mr Brandt,

Your order P03027 (garden hose reels MG-HR-45, 120 pcs) left our plant in Fulda today, one week earlier than confirmed. Carrier is DACHSER, tracking 7340 5512 9087. Delivery to Hamburg is expected tomorrow.

Kind regards
Claudia Schmitt
""", end="Kind regards", change="shipping", intent="shipping_notice", po=["P03027"],
     commit=("2026-11-06", "Delivery to Hamburg is expected tomorrow"),
     dates=[("2026-11-05", "ship_date", "today"), ("2026-11-06", "confirmed_delivery", "tomorrow")],
     lines=[("MG-HR-45", 120, "pcs", "MG-HR-45, 120 pcs", "P03027")],
     track=[("DACHSER", "7340 5512 9087", "tracking 7340 5512 9087")]),

dict(v="sunshine", c=1, lang="en", at="2026-09-17 10:00", subj="P03028 - vessel change",
     text="""
Hi Laura,

The reefer for P03028 (Navel oranges) has been rolled by the shipping line. It now departs Durban on 26 September on the MSC NORA instead of 19 September, and ETA Rotterdam moves to 14 October. Our agent will truck it to Hamburg, arriving 16 October.

Regards,
Annelie
""", end="Regards,", change="date", intent="delay", po=["P03028"],
     commit=("2026-10-16", "arriving 16 October"),
     dates=[("2026-09-26", "ship_date", "26 September"), ("2026-09-19", "other", "19 September"),
            ("2026-10-14", "other", "14 October"), ("2026-10-16", "new_eta", "16 October")]),

dict(v="texbright", c=1, lang="en", at="2026-12-08 09:30", subj="Freight surcharge update",
     text="""
Hi Tim,

Heads-up that our freight surcharge goes from $0.35 to $0.55 per unit on all shipments leaving after 1/4/2027. P03029 ships 12/15 so it stays at the current rate.

Olivia Grant
TexBright Bedding Inc.
""", end="Olivia Grant", change="price", intent="price_change", po=["P03029"],
     dates=[("2027-01-04", "price_effective", "1/4/2027"), ("2026-12-15", "ship_date", "12/15")],
     prices=[dict(product=None, old=0.35, new=0.55, cur="USD", eff="2027-01-04",
                  quote="from $0.35 to $0.55 per unit")]),

dict(v="nordic", c=1, lang="en", at="2026-10-15 15:20", subj="P03030 cancellation",
     text="""
Hello Mike,

I am sorry but we have to cancel P03030 completely. Our dye house closed down recently and we cannot make the striped linen in the agreed quality anywhere else before spring. Any deposit will of course be refunded in full.

Best regards
Johan Lindqvist
""", end="Best regards", change="cancel", intent="cancellation", po=["P03030"]),

dict(v="kiwiwool", lang="en", at="2026-10-01 10:15", subj="Re: P03031 updated PO",
     text="""
Thanks Mike, got your updated PO P03031 with the new delivery address. I'll pass it on to the team and come back to you with a date.

Hemi
""", end="Hemi", change="none", intent="other", po=["P03031"]),

dict(v="polska", c=1, lang="en", at="2026-10-21 12:05", subj="P03032 mugs",
     text="""
Hello Sandra,

for P03032 (stoneware mugs PC-MUG-400) please note delivery KW 47 instead of KW 45. The kiln was down for maintenance longer than expected.

Regards
Piotr
""", end="Regards", change="date", intent="delay", po=["P03032"],
     commit=("2026-11-16", "delivery KW 47"),
     dates=[("2026-11-16", "new_eta", "KW 47"), ("2026-11-02", "other", "KW 45")]),

dict(v="brightline", lang="en", at="2026-12-02 10:20", subj="RE: P03033 revised date",
     text="""
Hi Tim,

Yes, the revised date stands: P03033 will be delivered on Monday 14 December. Nothing has changed since my last email.

Kind regards,
Sarah

________________________________
From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: 01 December 2026 16:40
To: Sarah Whitfield
Subject: RE: P03033 revised date

Sarah, before I tell the stores - is 14/12 definite now? The original date was 30/11 and then you moved it once already.
""", end="Kind regards,", change="none", intent="confirmation", po=["P03033"],
     commit=("2026-12-14", "will be delivered on Monday 14 December"),
     dates=[("2026-12-14", "confirmed_delivery", "Monday 14 December")]),
dict(v="lakeside", lang="en", at="2026-12-14 09:20", subj="RE: P03034",
     text="""
Hi Mike,

Sorry I missed your call Friday - I was out at our Kenosha plant all day.

To answer your question: P03034 is on schedule. It loads Wednesday and delivers to the consolidator 12/18.

Amber
""", end="Amber", change="none", intent="confirmation", po=["P03034"],
     commit=("2026-12-18", "delivers to the consolidator 12/18"),
     dates=[("2026-12-11", "other", "Friday"), ("2026-12-16", "ship_date", "Wednesday"),
            ("2026-12-18", "confirmed_delivery", "12/18")]),

dict(v="voltix", lang="en", at="2026-10-09 10:00", subj="P03035 earlier shipment",
     text="""
Dear Mike,

Good news for P03035 (power banks VX-PB5K). Production finish early, so we can book earlier vessel. New ETD Shenzhen 17 Oct, ETA Hamburg 21 Nov, this is 2 weeks earlier than our PI date 5 Dec.

If any problem for your warehouse to receive early, pls tell me.

Best regards
Cindy
""", end="Best regards", change="date", intent="confirmation", po=["P03035"],
     commit=("2026-11-21", "ETA Hamburg 21 Nov"),
     dates=[("2026-10-17", "ship_date", "17 Oct"), ("2026-11-21", "confirmed_delivery", "21 Nov"),
            ("2026-12-05", "other", "5 Dec")]),

dict(v="kaashandel", lang="en", at="2026-11-23 15:00", subj="Order confirmation P03036",
     text="""
Dear Laura,

Thank you for order P03036. We confirm 180 wheels of Gouda young (KB-GY-4.5) and 90 wheels of Old Amsterdam style (KB-OA-4.5). Delivery in your Hamburg DC between 7 and 9 December, our order number VK-26-10244.

With kind regards,
Kees Bakker
""", end="With kind regards,", change="none", intent="confirmation", po=["P03036"], vref=["VK-26-10244"],
     commit=("2026-12-09", "Delivery in your Hamburg DC between 7 and 9 December"),
     dates=[("2026-12-07", "range_start", "between 7 and 9 December"),
            ("2026-12-09", "range_end", "between 7 and 9 December")],
     lines=[("KB-GY-4.5", 180, "wheels", "180 wheels of Gouda young (KB-GY-4.5)", "P03036"),
            ("KB-OA-4.5", 90, "wheels", "90 wheels of Old Amsterdam style (KB-OA-4.5)", "P03036")]),

dict(v="highland", c=1, lang="en", at="2026-11-02 11:00", subj="RE: New order P03037",
     text="""
Hi Sandra,

Thanks for the order - P03037 is booked in. Just so you know, we've had a bit of a rush on the advent candle this year (the one with the numbered days, HCW-ADV-24) so I did wonder if we'd manage it, but we've juggled the wax pours and it's fine. Everything on the PO will come to you w/c 23/11 as you asked, full quantities. I'll confirm the exact day once the pallets are wrapped.

Cheers,
Ewan
""", end="Cheers,", change="none", intent="confirmation", po=["P03037"],
     commit=("2026-11-23", "will come to you w/c 23/11"),
     dates=[("2026-11-23", "confirmed_delivery", "w/c 23/11")]),

dict(v="aussie", c=1, lang="en", at="2026-09-03 14:00", subj="Corrected order confirmation - P03038",
     text="""
Hi Tim,

Apologies, I sent yesterday's confirmation with the wrong PO number on it. Corrected version attached - dates and quantities are exactly the same, delivery to Hamburg 19 October.

Thanks,
Chloe

--- attachment: AOG-OC-5529-rev1.pdf ---
AUSSIE OUTDOOR GEAR PTY LTD - ORDER CONFIRMATION (REV 1)
Our ref: AOG-OC-5529   Your PO: P03038
AOG-TENT-2P   2-person dome tent        300 units
AOG-MAT-SI    Self-inflating mat        450 units
Estimated delivery Hamburg: 19/10/2026
""", end="Thanks,", change="none", intent="confirmation", po=["P03038"], vref=["AOG-OC-5529"],
     commit=("2026-10-19", "delivery to Hamburg 19 October"),
     dates=[("2026-09-02", "other", "yesterday"), ("2026-10-19", "confirmed_delivery", "19 October"),
            ("2026-10-19", "confirmed_delivery", "19/10/2026")],
     lines=[("AOG-TENT-2P", 300, "units", "AOG-TENT-2P   2-person dome tent        300 units", "P03038"),
            ("AOG-MAT-SI", 450, "units", "AOG-MAT-SI    Self-inflating mat        450 units", "P03038")]),

dict(v="sparkle", lang="en", at="2026-11-11 10:40", subj="FW: P03039",
     text="""
Hi Tim,

See below from our factory. In short: the champagne flutes on P03039 move to mid-December; the tumblers are unaffected.

Hannah

---------- Forwarded message ---------
From: Production Planning <planning@sparkleglass.co.uk>
Date: Wed, 11 Nov 2026 at 08:12
Subject: P03039

Furnace 2 relining overran. Flutes SG-FLT-4 now pack w/c 7/12, despatch to customer 14/12. Tumblers SG-TMB-6 packed, despatch 18/11 as planned.
""", end="Hannah", change="date", intent="delay", po=["P03039"],
     commit=("2026-12-15", "move to mid-December"),
     dates=[("2026-12-15", "new_eta", "mid-December"), ("2026-12-07", "other", "w/c 7/12"),
            ("2026-12-14", "ship_date", "14/12"), ("2026-11-18", "ship_date", "18/11")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-30 15:00", subj="P03040 shipped - cypress on backorder",
     text="""
Hi Laura,

P03040 shipped today with FedEx Freight, PRO 7712 4490 18. On the truck: 64 bags of the cedar mulch (GT-MUL-CED). The 32 bags of cypress mulch (GT-MUL-CYP) are backordered, we will ship them 10/14, so figure delivery by 10/19.

Thanks,
Megan
""", end="Thanks,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P03040"],
     commit=("2026-10-19", "figure delivery by 10/19"),
     dates=[("2026-09-30", "ship_date", "today"), ("2026-10-14", "ship_date", "10/14"),
            ("2026-10-19", "new_eta", "10/19")],
     lines=[("GT-MUL-CED", 64, "bags", "64 bags of the cedar mulch (GT-MUL-CED)", "P03040"),
            ("GT-MUL-CYP", 32, "bags", "32 bags of cypress mulch (GT-MUL-CYP)", "P03040")],
     track=[("FedEx Freight", "7712 4490 18", "PRO 7712 4490 18")]),

dict(v="baltic", c=1, lang="en", at="2026-12-10 11:00", subj="P03041 honey quantity",
     text="""
Dear Sandra,

We can confirm only 420 jars of the buckwheat honey (BA-HON-BW) for P03041 instead of 600. The harvest was smaller and there will be no more this season, so the missing quantity is cancelled from our side. Delivery of the 420 jars stays on 17 December together with the rest of the order.

Kind regards,
Ruta
""", end="Kind regards,", change="quantity", intent="partial_shipment", po=["P03041"],
     commit=("2026-12-17", "stays on 17 December"),
     dates=[("2026-12-17", "confirmed_delivery", "17 December")],
     lines=[("BA-HON-BW", 420, "jars", "only 420 jars of the buckwheat honey (BA-HON-BW)", "P03041")]),

dict(v="ningbo", lang="en", at="2026-10-20 09:00", subj="P03042 loading",
     text="""
Dear Tim,

For P03042 we can load 1,100 pcs enamel mugs on the vessel this Friday as planned. The other 400 pcs have colour difference and must be re-sprayed, they will go on the next vessel in 2 weeks.

B/L no. will send after loading.

Best regards
Amy
""", end="Best regards", change="quantity", intent="partial_shipment", po=["P03042"],
     dates=[("2026-10-23", "ship_date", "this Friday"), ("2026-11-03", "ship_date", "in 2 weeks")],
     lines=[("enamel mugs", 1100, "pcs", "1,100 pcs enamel mugs", "P03042"),
            ("enamel mugs", 400, "pcs", "other 400 pcs", "P03042")]),

dict(v="acme", lang="en", at="2026-11-17 16:30", subj="RE: cancel P03043",
     text="""
Hi Laura,

Done - P03043 is cancelled in our system per your note this morning. Nothing had shipped yet so there's no restocking fee.

P03044 is not affected and still delivers 12/2.

Jessica
""", end="Jessica", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P03043", "P03044"], commit=("2026-12-02", "still delivers 12/2"),
     dates=[("2026-11-17", "other", "this morning"), ("2026-12-02", "confirmed_delivery", "12/2")],
     changes=[("P03043", "cancellation", None, None, "P03043 is cancelled in our system"),
              ("P03044", "confirmation", "2026-12-02", None, "P03044 is not affected and still delivers 12/2")]),

dict(v="plasticos", lang="en", at="2026-10-02 12:00", subj="P03045 - 45L boxes",
     text="""
Laura,

We won't be able to produce the 45L storage boxes (PN-BOX-45) on P03045 - the mold cracked and the replacement takes months. Please consider that line cancelled (1,200 pcs). The 20L and 30L boxes ship Oct 9 as planned.

Rodrigo
""", end="Rodrigo", change="cancel", intent="cancellation", po=["P03045"],
     dates=[("2026-10-09", "ship_date", "Oct 9")],
     lines=[("PN-BOX-45", 1200, "pcs", "cancelled (1,200 pcs)", "P03045")]),

dict(v="sunshine", lang="en", at="2026-10-12 08:30", subj="Lemon price from November",
     text="""
Dear Laura,

Due to the weaker crop in the Eastern Cape, our price for lemons (SC-LEM-15, 15 kg carton) will be EUR 14.80 instead of EUR 13.20 for all shipments from 1 November. Your order P03046 ships on 28 October and is invoiced at the old price.

Kind regards,
Thabo Nkosi
""", end="Kind regards,", change="price", intent="price_change", po=["P03046"],
     dates=[("2026-11-01", "price_effective", "1 November"), ("2026-10-28", "ship_date", "28 October")],
     prices=[dict(product="SC-LEM-15", old=13.20, new=14.80, cur="EUR", eff="2026-11-01",
                  quote="EUR 14.80 instead of EUR 13.20")]),

dict(v="dublinbiscuit", lang="en", at="2026-09-08 10:00", subj="P03047 - price reduction",
     text="""
Hi Laura,

Good news for a change! As our butter contract came in lower, we're reducing the price of the oat biscuits (DBC-OAT-200) by 5% on your open order P03047 - new price EUR 1.71 per pack instead of EUR 1.80. Delivery stays on 24 September.

Best,
Siobhan
""", end="Best,", change="price", intent="price_change", po=["P03047"],
     commit=("2026-09-24", "Delivery stays on 24 September"),
     dates=[("2026-09-24", "confirmed_delivery", "24 September")],
     prices=[dict(product="DBC-OAT-200", old=1.80, new=1.71, pct=-5, cur="EUR",
                  quote="by 5% on your open order P03047 - new price EUR 1.71 per pack instead of EUR 1.80")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-10-27 17:30", subj="P03048 on its way",
     text="""
Hi Tim,

P03048 is on its way - flew out of Auckland this afternoon on Emirates, AWB 176-8841 2290. All 12 cartons (merino beanies and scarves) are on it. Your broker should see it land in Frankfurt on Thursday and it'll be trucked to Hamburg by Monday 2 November.

Ngā mihi,
Sophie
""", end="Ngā mihi,", change="shipping", intent="shipping_notice", po=["P03048"],
     commit=("2026-11-02", "trucked to Hamburg by Monday 2 November"),
     dates=[("2026-10-27", "ship_date", "this afternoon"), ("2026-10-29", "other", "Thursday"),
            ("2026-11-02", "confirmed_delivery", "Monday 2 November")],
     lines=[("merino beanies and scarves", 12, "cartons", "All 12 cartons", "P03048")],
     track=[("Emirates", "176-8841 2290", "AWB 176-8841 2290")]),

dict(v="taipei", c=1, lang="en", at="2026-12-04 17:00", subj="P03049 shipped",
     text="""
Dear Mike,

Shipped today by DHL Express, AWB 5520913847, P03049 complete (2,000 pcs TC-HDMI-2M). DHL transit is 3 business days, so arrival Hamburg Wednesday next week.

Eric
""", end="Eric", change="shipping", intent="shipping_notice", po=["P03049"],
     commit=("2026-12-09", "arrival Hamburg Wednesday next week"),
     dates=[("2026-12-04", "ship_date", "today"), ("2026-12-09", "confirmed_delivery", "3 business days"),
            ("2026-12-09", "confirmed_delivery", "Wednesday next week")],
     lines=[("TC-HDMI-2M", 2000, "pcs", "2,000 pcs TC-HDMI-2M", "P03049")],
     track=[("DHL Express", "5520913847", "AWB 5520913847")]),

dict(v="devries", lang="en", at="2026-11-03 10:00", subj="P03050 colour choice",
     text="""
Hi Sandra,

For P03050 the dish racks are available in the old grey or the new anthracite colour, same price, delivery as confirmed. Which one would you like? We need to know by Friday to pack them.

Regards,
Mark
""", end="Regards,", change="none", intent="question", po=["P03050"],
     dates=[("2026-11-06", "other", "Friday")]),

dict(v="lisbon", c=1, lang="en", at="2026-09-24 09:10", subj="P03051 pallet height",
     text="""
Hello Laura,

We are preparing P03051 and have a question: your PO asks for euro pallets max. 1.60 m high, but the cork yoga blocks fit better on 1.80 m. Is 1.80 m acceptable at your warehouse? If not we need two more pallets, no problem, just let us know.

Obrigado,
Rui
""", end="Obrigado,", change="none", intent="question", po=["P03051"]),

dict(v="mapleleaf", c=1, lang="en", at="2026-12-15 11:30", subj="Forecast request",
     text="""
Hi Mike,

We're planning raw material buys for next year. Could you send your forecast for the canoe paddles and the camp chairs for the first quarter? Ideally by end of next week so we can lock in the aluminium price.

Thanks,
Karen
""", end="Thanks,", change="none", intent="question",
     dates=[("2026-12-25", "other", "end of next week")]),

dict(v="brightline", c=2, lang="en", at="2026-09-21 09:00", subj="Your account manager at Brightline",
     text="""
Dear customer,

From Monday 5 October your account will be managed by Tom Okafor (tom.okafor@brightline-electronics.co.uk), as Sarah Whitfield moves to our new trade counter team. Open orders, including P03052, are not affected.

Brightline Electronics - Customer Services
""", end="Brightline Electronics - Customer Services", change="none", intent="other", po=["P03052"],
     dates=[("2026-10-05", "other", "Monday 5 October")]),

dict(v="greenthumb", lang="en", at="2026-10-20 08:00", subj="RE: P03053 POD",
     text="""
Got the signed POD for P03053, thanks. Invoice to follow.

-Randy
""", end="-Randy", change="none", intent="other", po=["P03053"]),

dict(v="jansen", lang="en", at="2026-12-16 14:00", subj="P03054 LED strings",
     text="""
Hello Tim,

The LED strings for P03054 come in KW 2 instead of KW 52. Our supplier in Eindhoven closes earlier for the holidays than we thought. Your other order P03055 comes KW 52 as planned.

Regards
Bram Jansen
""", end="Regards", change="date", intent="delay", sec=["confirmation"], po=["P03054", "P03055"],
     commit=("2027-01-11", "come in KW 2"),
     dates=[("2027-01-11", "new_eta", "KW 2"), ("2026-12-21", "other", ("KW 52", 0)),
            ("2026-12-21", "confirmed_delivery", ("KW 52", 1))],
     changes=[("P03054", "delay", "2027-01-11", None, "come in KW 2 instead of KW 52"),
              ("P03055", "confirmation", "2026-12-21", None, "P03055 comes KW 52 as planned")]),
dict(v="evergreen", lang="en", at="2026-09-10 16:45", subj="RE: PO P03056",
     text="""
Mike,

Sorry for the delay in getting back to you - inventory count week here.

P03056 is confirmed as ordered: 250 cases of EPP-NAP-3P dinner napkins and 180 cases of EPP-PLT-9 paper plates, shipping 9/18 and delivering to your consolidator 9/22.

Bill Sutherland
Evergreen Paper Products Inc.
""", end="Bill Sutherland", change="none", intent="confirmation", po=["P03056"],
     commit=("2026-09-22", "delivering to your consolidator 9/22"),
     dates=[("2026-09-18", "ship_date", "9/18"), ("2026-09-22", "confirmed_delivery", "9/22")],
     lines=[("EPP-NAP-3P", 250, "cases", "250 cases of EPP-NAP-3P dinner napkins", "P03056"),
            ("EPP-PLT-9", 180, "cases", "180 cases of EPP-PLT-9 paper plates", "P03056")]),

dict(v="texbright", lang="en", at="2026-11-05 11:00", subj="Re: P03057 on track?",
     text="""
Laura,

Not quite. The sateen sheet sets on P03057 need another pass through finishing, so they ship 11/20 and deliver 11/24. The pillow protectors on the same order are done and ship Monday, delivering 11/13 as planned.

Marcus

On Wed, Nov 4, 2026 at 3:40 PM, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Marcus - P03057 still on track for 11/13 delivery?
""", end="Marcus\n", change="date", intent="delay", po=["P03057"],
     commit=("2026-11-24", "deliver 11/24"),
     dates=[("2026-11-20", "ship_date", "11/20"), ("2026-11-24", "new_eta", "11/24"),
            ("2026-11-09", "ship_date", "Monday"), ("2026-11-13", "confirmed_delivery", ("11/13", 0))]),

dict(v="polska", lang="en", at="2026-11-25 10:00", subj="P03058 - new date confirmed",
     text="""
Dear Sandra,

once more our apologies for the delay on P03058. I can confirm that the new date holds: the plates and bowls will arrive at your warehouse on 3 December (Thursday), the truck leaves Bolesławiec on 1 December.

Best regards
Katarzyna Nowak
""", end="Best regards", change="none", intent="confirmation", po=["P03058"],
     commit=("2026-12-03", "will arrive at your warehouse on 3 December (Thursday)"),
     dates=[("2026-12-03", "confirmed_delivery", "3 December (Thursday)"), ("2026-12-01", "ship_date", "1 December")]),

dict(v="seoul", lang="en", at="2026-10-30 09:30", subj="Revised acknowledgement P03059",
     text="""
Dear Ms. Jensen,

Please find attached revised acknowledgement for P03059.

Best regards,
Ji-ho Park

--- attachment: SKW-OA-26-0954-R1.pdf ---
REVISED ORDER ACKNOWLEDGEMENT
OA No.: SKW-OA-26-0954 Rev.1
Customer PO: P03059
SKW-KNF-SET5  Knife set 5 pcs with block   600   ETD W48 (was W46)   ETA Hamburg W53 (was W51)
SKW-CB-40     Bamboo cutting board 40cm    800   ETD W46             ETA Hamburg W51
""", end="Best regards,", change="date", intent="delay", po=["P03059"], vref=["SKW-OA-26-0954"],
     commit=("2026-12-28", "ETA Hamburg W53"),
     dates=[("2026-11-23", "ship_date", "W48"), ("2026-11-09", "other", ("W46", 0)),
            ("2026-12-28", "new_eta", "W53"), ("2026-12-14", "other", ("W51", 0)),
            ("2026-11-09", "ship_date", ("W46", 1)), ("2026-12-14", "confirmed_delivery", ("W51", 1))],
     lines=[("SKW-KNF-SET5", 600, None, "SKW-KNF-SET5  Knife set 5 pcs with block   600", "P03059"),
            ("SKW-CB-40", 800, None, "SKW-CB-40     Bamboo cutting board 40cm    800", "P03059")]),

dict(v="nordic", lang="en", at="2026-12-09 08:30", subj="RE: P03060 status?",
     text="""
Hi Mike,

Checked with the warehouse just now - P03060 is on track. The bath towels are packed and the truck collects on Monday, so you will have them by end of next week as promised.

Best regards
Anna
""", end="Best regards", change="none", intent="confirmation", po=["P03060"],
     commit=("2026-12-18", "you will have them by end of next week"),
     dates=[("2026-12-14", "ship_date", "Monday"), ("2026-12-18", "confirmed_delivery", "end of next week")]),
]
