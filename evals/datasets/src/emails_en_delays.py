# ruff: noqa: E501 - email text and sentence patterns are data
"""English emails about delays (and a few mixed delay / partial cases). Hand-written."""

EMAILS = [
dict(v="acme", lang="en", at="2026-11-17 09:42", subj="Re: Purchase Order P00412",
     text="""
Hi Laura,

Quick update on P00412 - the 18" ceramic planters are stuck at the port in Savannah. We won't make the 11/20 delivery. Best we can do now is 12/04. Sorry for the hassle.

Thanks,
Jessica

On Mon, Nov 2, 2026 at 3:11 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hi Jessica, please confirm delivery of P00412 by 11/20 as agreed. Also, where are we on P00398?
> Thanks, Laura
""", end="Thanks,\nJessica", change="date", intent="delay",
     po=["P00412", "P00398"], commit=("2026-12-04", "12/04"),
     dates=[("2026-11-20", "other", ("11/20", 0)), ("2026-12-04", "new_eta", "12/04")]),

dict(v="nordic", lang="en", at="2026-11-25 08:05", subj="P00517 delivery",
     text="""
Hello Mike,

Sorry to inform that the linen towels for order P00517 is not ready as planned, our dyeing house had problem with the machine. We can deliver in week 50 instead of week 48. The other order P00533 is on time.

Best regards
Anna Berg
Nordic Textiles AB
""", end="Best regards", change="date", intent="delay", sec=["confirmation"],
     po=["P00517", "P00533"], commit=("2026-12-07", "We can deliver in week 50"),
     dates=[("2026-12-07", "new_eta", "week 50"), ("2026-11-23", "other", "week 48")],
     changes=[("P00517", "delay", "2026-12-07", None, "We can deliver in week 50"),
              ("P00533", "confirmation", None, None, "The other order P00533 is on time")]),

dict(v="brightline", lang="en", at="2026-10-16 14:30", subj="RE: PO P00288 - USB-C cables",
     text="""
Hi Sandra,

Apologies, the 2m braided USB-C cables (BL-USBC-2M) have slipped. Our supplier now quotes dispatch to us on 28/10, so realistic delivery to your DC is 02/11/2026.

The 1m version is unaffected and will arrive as confirmed.

Kind regards,
Sarah Whitfield
Key Account Manager | Brightline Electronics Ltd
T: +44 161 555 0142

________________________________
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: 12 October 2026 10:04
To: Sarah Whitfield <sarah.whitfield@brightline-electronics.co.uk>
Subject: PO P00288 - USB-C cables

Hi Sarah,
Can you confirm P00288 still arrives 21/10? We have a promo starting 26/10.
Thanks
Sandra
""", end="Kind regards,", change="date", intent="delay", po=["P00288"],
     commit=("2026-11-02", "realistic delivery to your DC is 02/11/2026"),
     dates=[("2026-10-28", "other", "28/10"), ("2026-11-02", "new_eta", "02/11/2026")]),

dict(v="voltix", lang="en", at="2026-11-09 11:20", subj="Re: Re: P00601 power bank 10000mAh",
     text="""
Dear Tim,

Good day! Thanks for your patience.

About P00601, very sorry the battery cells supplier delay, so production finish on Nov 20, then vessel ETD Shanghai Nov 24, ETA Rotterdam Dec 22, deliver to your warehouse about Dec 29.

We will try our best to speed up. Any question pls let me know.

Best regards,
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.

-----Original Message-----
From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: Friday, November 6, 2026 4:55 PM
To: Cindy Zhang
Subject: Re: P00601 power bank 10000mAh

Cindy, your OA said ETA warehouse Dec 1. Is this still valid? Our Christmas promo depends on it.
Tim
""", end="Best regards,", change="date", intent="delay", po=["P00601"],
     commit=("2026-12-29", "deliver to your warehouse about Dec 29"),
     dates=[("2026-11-20", "other", "Nov 20"), ("2026-11-24", "ship_date", "Nov 24"),
            ("2026-12-22", "other", "Dec 22"), ("2026-12-29", "new_eta", "Dec 29")]),

dict(v="greenthumb", lang="en", at="2026-10-01 16:45", subj="P00231",
     text="""
Mulch order P00231 pushed to next Thursday, truck shortage. -Randy
""", end="-Randy", change="date", intent="delay", po=["P00231"],
     commit=("2026-10-08", "next Thursday"),
     dates=[("2026-10-08", "new_eta", "next Thursday")]),

dict(v="dublinbiscuit", lang="en", at="2026-12-01 10:15",
     subj="Delay - Christmas tins - your PO P00702",
     text="""
Hi Laura,

I hope you're keeping well and that the run-up to Christmas isn't too mad on your side. It's been a bit of a week here, I have to be honest with you. We had a problem with the tin supplier in Cork - the printed lids for the Christmas Shortbread Tins (DBC-XMAS-500) came in with the wrong colour on the holly, and our quality team rejected the whole batch, which was the right call but it leaves us short.

The long and the short of it is that we can't deliver P00702 on the 3rd as planned. The lids are being reprinted and we expect them on Monday, we'd then need two days to fill and pack. So delivery to your Naas DC would be Thursday 10 December. I know that's tight for your Christmas range and I'm really sorry.

If it helps, we could send the 240 tins we have already packed with the good lids this Friday and the balance of 360 on the 10th - just let me know which you prefer.

Again, apologies.
Siobhan

Siobhan Murphy | Sales Manager
Dublin Biscuit Company Ltd
""", end="Again, apologies.", change="date", intent="delay", sec=["question"], po=["P00702"],
     commit=("2026-12-10", "delivery to your Naas DC would be Thursday 10 December"),
     dates=[("2026-12-03", "other", "the 3rd"), ("2026-12-07", "other", "on Monday"),
            ("2026-12-10", "new_eta", "Thursday 10 December"),
            ("2026-12-04", "other", "this Friday"), ("2026-12-10", "other", "the 10th")],
     lines=[("DBC-XMAS-500", 240, "tins", "240 tins", "P00702"),
            ("DBC-XMAS-500", 360, None, "balance of 360", "P00702")]),

dict(v="taipei", lang="en", at="2026-10-28 09:00", subj="P00455 / P00456 revised schedule",
     text="""
Dear Mike,

Please see revised schedule for your two orders below. Sorry for inconvenience caused by the typhoon last week, factory was closed 3 days.

PO      Item            Qty    Old ETA   New ETA
P00455  TC-LTN-1M       2000   30-Oct    06-Nov
P00455  TC-LTN-2M       1000   30-Oct    30-Oct
P00456  TC-USBC-PD65    500    04-Nov    13-Nov

Dates are arrival at your warehouse.

Best regards,
Vivian Lin
""", end="Best regards,", change="date", intent="delay", sec=["confirmation"],
     po=["P00455", "P00456"], commit=("2026-11-06", "06-Nov"),
     dates=[("2026-10-19", "other", "last week"),
            ("2026-10-30", "other", ("30-Oct", 0)), ("2026-11-06", "new_eta", "06-Nov"),
            ("2026-10-30", "other", ("30-Oct", 1)), ("2026-10-30", "confirmed_delivery", ("30-Oct", 2)),
            ("2026-11-04", "other", "04-Nov"), ("2026-11-13", "new_eta", "13-Nov")],
     lines=[("TC-LTN-1M", 2000, "pcs", "2000", "P00455"), ("TC-LTN-2M", 1000, "pcs", "1000", "P00455"),
            ("TC-USBC-PD65", 500, "pcs", "500 ", "P00456")],
     changes=[("P00455", "delay", "2026-11-06", None, "P00455  TC-LTN-1M       2000   30-Oct    06-Nov"),
              ("P00455", "confirmation", "2026-10-30", None, "P00455  TC-LTN-2M       1000   30-Oct    30-Oct"),
              ("P00456", "delay", "2026-11-13", None, "P00456  TC-USBC-PD65    500    04-Nov    13-Nov")]),

dict(v="highland", lang="en", at="2026-11-23 13:10", subj="Re: P00640 - soy candles",
     text="""
Hi Tim,

Answers inline.

> 1) Is P00640 still on track for 25/11?

No, sorry - the wax delivery was late. We'll now deliver on 02/12.

> 2) Can you add 50 more of the Sea Salt candle (HCW-SS-200)?

Yes, we can add those, same delivery.

> 3) Invoice address changed to our Berlin office, please update.

Noted.

Best wishes,
Fiona
""", end="Best wishes,", change="mixed", intent="delay", sec=["confirmation"], po=["P00640"],
     commit=("2026-12-02", "We'll now deliver on 02/12"),
     dates=[("2026-12-02", "new_eta", "02/12")]),

dict(v="evergreen", lang="en", at="2026-09-08 08:30", subj="paper towels P00150 - delay",
     text="""
Laura - P00150 (2-ply paper towels, 12-pk) will ship 9/15 instead of 9/10. Transit is 2 days so you should see it 9/17. Bill
""", end=" Bill", change="date", intent="delay", po=["P00150"],
     commit=("2026-09-17", "you should see it 9/17"),
     dates=[("2026-09-15", "ship_date", "9/15"), ("2026-09-10", "other", "9/10"),
            ("2026-09-17", "new_eta", "9/17")]),

dict(v="polska", lang="en", at="2026-10-14 10:40", subj="Order P00377 - information about delivery",
     text="""
Dear Mr Osei,

I write to inform you that because of the lack of glaze from our supplier, the production of stoneware mugs (order P00377) is delayed about 2 weeks. The goods will be ready to ship in 43 week and delivery to you is planned on 30.10.2026.

We are sorry for this situation.

With kind regards
Katarzyna Nowak
Export Department
""", end="With kind regards", change="date", intent="delay", po=["P00377"],
     commit=("2026-10-30", "delivery to you is planned on 30.10.2026"),
     dates=[("2026-10-19", "ship_date", "43 week"), ("2026-10-30", "new_eta", "30.10.2026")]),

dict(v="mapleleaf", lang="en", at="2026-11-13 15:20", subj="Re: P00590 canoe paddles & life vests",
     text="""
Hi Sandra,

Bad news on the life vests (MLO-PFD-M and MLO-PFD-L) - our fabric came in short so they'll be about three weeks behind. New delivery date is December 4, 2026. The paddles are fine and ship Monday as planned.

Josh

On Nov 10, 2026, at 9:02 AM, Sandra Klein <sandra.klein@hhg-retail.com> wrote:

> Josh, confirming P00590 delivery Nov 16 for everything? Thanks!
""", end="Josh\n", change="date", intent="delay", po=["P00590"],
     commit=("2026-12-04", "New delivery date is December 4, 2026"),
     dates=[("2026-12-04", "new_eta", "December 4, 2026"), ("2026-11-16", "ship_date", "Monday")]),

dict(v="ningbo", lang="en", at="2026-12-03 10:30", subj="URGENT: P00688 / P00689 delay notice",
     text="""
Dear Laura,

Hope you are well.

We regret to inform you both orders will be delayed due to power rationing in Zhejiang:
- P00688 (glass storage jars, 3 sizes): new ETD Dec 18, ETA your port approx Jan 22
- P00689 (bamboo lids): new ETD Dec 11, ETA approx Jan 15

Sorry for this. This season all factories are very busy, so we cannot do faster.

Best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards", change="date", intent="delay", po=["P00688", "P00689"],
     commit=("2027-01-22", "ETA your port approx Jan 22"),
     dates=[("2026-12-18", "ship_date", "Dec 18"), ("2027-01-22", "new_eta", "Jan 22"),
            ("2026-12-11", "ship_date", "Dec 11"), ("2027-01-15", "new_eta", "Jan 15")],
     changes=[("P00688", "delay", "2027-01-22", None, "ETA your port approx Jan 22"),
              ("P00689", "delay", "2027-01-15", None, "ETA approx Jan 15")]),

dict(v="lakeside", lang="en", at="2026-11-30 11:05", subj="P00655 - revised ETA",
     text="""
Hello,

Due to the winter storm across the Midwest, our Joliet plant lost two production days. Order P00655 (Lakeside Grain-Free Chicken 12 lb, LPF-GF-12) will now arrive between 12/08 and 12/10 instead of 12/03.

We appreciate your understanding.

Amber Nielsen
Customer Care | Lakeside Pet Foods
""", end="We appreciate", change="date", intent="delay", po=["P00655"],
     commit=("2026-12-10", "between 12/08 and 12/10"),
     dates=[("2026-12-08", "range_start", "12/08"), ("2026-12-10", "range_end", "12/10"),
            ("2026-12-03", "other", "12/03")]),

dict(v="hanoi", lang="en", at="2026-10-20 14:00", subj="re: PO P00402 bamboo baskets",
     text="""
Dear Sir/Madam,

Thank for your email. We are very sorry that your order P00402 is late. The bamboo is not dry enough becuase of raining season, so we need more time for drying. We will finish production at end of this month and the container will leave Hai Phong port in begining of November. Estimated arrive Hamburg in mid December.

We will update you soon.

Best regard,
Nguyen Thi Lan
""", end="Best regard,", change="date", intent="delay", po=["P00402"],
     commit=("2026-12-15", "Estimated arrive Hamburg in mid December"),
     dates=[("2026-10-31", "other", "end of this month"),
            ("2026-11-01", "ship_date", "begining of November"),
            ("2026-12-15", "new_eta", "mid December")]),

dict(v="kiwiwool", lang="en", at="2026-09-03 09:00", subj="Wool throws P00118 - delay",
     text="""
Kia ora Mike,

Shearing was late this year with the wet spring, so the merino throws on P00118 are running behind. We're now looking at dispatch from Auckland on the 21st of September, which puts them in your DC around the 2nd of November by sea. I'll confirm the vessel once booked.

Cheers,
Hemi
""", end="Cheers,", change="date", intent="delay", po=["P00118"],
     commit=("2026-11-02", "in your DC around the 2nd of November"),
     dates=[("2026-09-21", "ship_date", "the 21st of September"),
            ("2026-11-02", "new_eta", "the 2nd of November")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-11 09:30",
     subj="Re: Order Confirmation P00560 / Our ref ANT-SO-4471",
     text="""
Dear Sandra,

Kindly note the delivery date in our confirmation below (20.11.2026) is no longer valid. Due to the high demand on our dyeing line the bath towels will be delivered on 04.12.2026. Bathrobes remain on 20.11.

Best regards,
Elif Demir
Anatolia Textiles

-----Original Message-----
From: Elif Demir
Sent: 02 November 2026 09:12
To: Sandra Klein
Subject: Order Confirmation P00560 / Our ref ANT-SO-4471

Dear Sandra, we confirm your order P00560 with delivery date 20.11.2026. Our order number is ANT-SO-4471.
Best regards, Elif
""", end=("Best regards,", 0), change="date", intent="delay", sec=["confirmation"],
     po=["P00560"], vref=["ANT-SO-4471"],
     commit=("2026-12-04", "the bath towels will be delivered on 04.12.2026"),
     dates=[("2026-11-20", "other", ("20.11.2026", 0)), ("2026-12-04", "new_eta", "04.12.2026"),
            ("2026-11-20", "confirmed_delivery", "remain on 20.11")]),

dict(v="pacific", lang="en", at="2026-12-11 12:40", subj="Holiday blend P00721",
     text="""
Hey Mike! Bad news, our green coffee from Guatemala got held in customs so the Holiday Blend (PCC-HB-340) for P00721 won't roast until Monday. Earliest we can get it to you is Thursday the 17th. Everything else on the PO ships today. Sorry!! Lena
""", end=" Lena", change="mixed", intent="delay", sec=["partial_shipment"], po=["P00721"],
     commit=("2026-12-17", "Earliest we can get it to you is Thursday the 17th"),
     dates=[("2026-12-14", "other", "Monday"), ("2026-12-17", "new_eta", "Thursday the 17th"),
            ("2026-12-11", "ship_date", "today")]),

dict(v="aussie", lang="en", at="2026-10-26 08:15", subj="RE: P00480 swags",
     text="""
G'day Tim,

Heads up - the canvas swags on P00480 missed the vessel cut-off, so they're rolling to the next sailing. New ETA to your warehouse is wk 49/2026. I'll send the BL when I have it.

Cheers,
Liam
""", end="Cheers,", change="date", intent="delay", po=["P00480"],
     commit=("2026-11-30", "New ETA to your warehouse is wk 49/2026"),
     dates=[("2026-11-30", "new_eta", "wk 49/2026")]),

dict(v="brightline", c=1, lang="en", at="2026-12-15 10:05", subj="P00735 - earphones - revised date",
     text="""
Hi Laura,

Following my email from Friday, I'm afraid the date I gave you (18th Dec) is no longer achievable for the wireless earphones on P00735. The courier has now told us the consignment will clear on the 21st, so delivery to you on Tuesday 22 December at the earliest, possibly Wednesday 23rd.

I appreciate this is awful timing for you.

Tom

-----Original Message-----
From: Tom Okafor
Sent: 11 December 2026 16:40
To: Laura Jensen
Subject: P00735 - earphones

Laura, P00735 will be with you on 18th Dec, P00741 follows in January.
Tom
""", end="Tom\n", change="date", intent="delay", po=["P00735", "P00741"],
     commit=("2026-12-23", "Tuesday 22 December at the earliest, possibly Wednesday 23rd"),
     dates=[("2026-12-11", "other", "Friday"), ("2026-12-18", "other", ("18th Dec", 0)),
            ("2026-12-21", "other", "the 21st"), ("2026-12-22", "range_start", "Tuesday 22 December"),
            ("2026-12-23", "range_end", "Wednesday 23rd")]),

dict(v="seoul", c=1, lang="en", at="2026-09-24 17:00", subj="Delay of shipment - P00201",
     text="""
Dear Buyer,

We inform that shipment of stainless pots set (SK-POT-5PC) for P00201 is delayed because of national holiday. Factory closed Sep 24 - Sep 28. New loading date is 8 Oct, arrival your warehouse 12 Nov.

Regards,
Min-seo Kim
""", end="Regards,", change="date", intent="delay", po=["P00201"],
     commit=("2026-11-12", "arrival your warehouse 12 Nov"),
     dates=[("2026-09-24", "other", "Sep 24"), ("2026-09-28", "other", "Sep 28"),
            ("2026-10-08", "ship_date", "8 Oct"), ("2026-11-12", "new_eta", "12 Nov")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-05 07:02",
     subj="Backorder notification - Customer PO P00530",
     text="""
BACKORDER NOTIFICATION

Customer: Hartmann Home & Garden
Customer PO: P00530
Our Order: CC-SO-20931

The following item is currently on backorder:
  CC-BLEACH-5L   Thick Bleach 5L   Qty 480   Expected availability: w/c 23/11/2026

All other items on this order have been despatched today under delivery note CC-DN-77812.

This is an automated message. Please do not reply.
""", end="This is an automated message.", change="mixed", intent="partial_shipment", sec=["delay"],
     po=["P00530"], vref=["CC-SO-20931", "CC-DN-77812"],
     commit=("2026-11-23", "Expected availability: w/c 23/11/2026"),
     dates=[("2026-11-23", "new_eta", "w/c 23/11/2026"), ("2026-11-05", "ship_date", "today")],
     lines=[("CC-BLEACH-5L", 480, None, "Qty 480", "P00530")]),

dict(v="milano", lang="en", at="2026-12-07 09:10", subj="R: ordine P00690 - ritardo / delay",
     text="""
Good morning Laura,

about your order P00690 (espresso cups Tazza Bianca), i am sorry but our kiln had a breakdown last thursday and the production is stopped. The technician come tomorrow. If all ok we can ship the goods the 18 december, otherwise after the christmas holidays, begin of january.

I keep you informed.

Best regards
Giulia Rossi
Milano Casa S.r.l.
""", end="Best regards", change="date", intent="delay", po=["P00690"], commit=None,
     dates=[("2026-12-03", "other", "last thursday"), ("2026-12-08", "other", "tomorrow"),
            ("2026-12-18", "ship_date", "the 18 december"),
            ("2027-01-01", "ship_date", "begin of january")]),

dict(v="delhicotton", lang="en", at="2026-10-09 12:25",
     subj="Revised delivery schedule - PO No. P00350 dated 14.09.2026",
     text="""
Dear Sir,

Greetings from Delhi Cotton Mills!

With reference to the above PO, we wish to inform you that due to the festival holidays (Diwali) our stitching unit will remain closed from 18.10.2026 to 24.10.2026. Hence the delivery of cushion covers (DCM-CC-4545, 1200 pcs) shall be revised to 16.11.2026 instead of 02.11.2026.

Kindly do the needful and amend the PO accordingly.

Thanks & Regards,
Rajesh Kumar
Export Manager
""", end="Thanks & Regards,", change="date", intent="delay", po=["P00350"],
     commit=("2026-11-16", "shall be revised to 16.11.2026"),
     dates=[("2026-10-18", "other", "18.10.2026"), ("2026-10-24", "other", "24.10.2026"),
            ("2026-11-16", "new_eta", "16.11.2026"), ("2026-11-02", "other", "02.11.2026")],
     lines=[("DCM-CC-4545", 1200, "pcs", "1200 pcs", "P00350")]),

dict(v="sunshine", lang="en", at="2026-09-15 08:20", subj="Navel oranges P00172 - vessel delay",
     text="""
Morning Tim,

MSC has rolled our container to the next vessel, MSC Lorena, ETD Durban 22 Sept. ETA Rotterdam 14 October. Allow 3 working days from discharge to your DC, so 19/10 delivery.

Regards
Thabo
""", end="Regards", change="date", intent="delay", po=["P00172"],
     commit=("2026-10-19", "so 19/10 delivery"),
     dates=[("2026-09-22", "ship_date", "22 Sept"), ("2026-10-14", "other", "14 October"),
            ("2026-10-19", "new_eta", "19/10")]),

dict(v="texbright", lang="en", at="2026-11-18 08:55", subj="Fwd: P00611 - bedding sets late",
     text="""
Laura,

See below from our warehouse. Short version: the queen duvet sets will be a week late. I'm sorry - we're doing what we can.

Marcus

---------- Forwarded message ---------
From: Warehouse Ops <ops@texbright.com>
Date: Tue, Nov 17, 2026 at 4:51 PM
Subject: P00611 HHG
To: Marcus Reed <marcus.reed@texbright.com>

Marcus - HHG P00611: twin + full sets load 11/18 for 11/20 delivery. Queen sets (TB-DUV-Q) short on fabric, new load date 11/25, delivery 11/27. Ops
""", end="Marcus\n", change="date", intent="delay", po=["P00611"],
     commit=("2026-11-27", "delivery 11/27"),
     dates=[("2026-11-18", "ship_date", "11/18"), ("2026-11-20", "confirmed_delivery", "11/20"),
            ("2026-11-25", "ship_date", "11/25"), ("2026-11-27", "new_eta", "11/27")]),

dict(v="baltic", lang="en", at="2026-10-22 15:45", subj="Smoked fish order P00420",
     text="""
Hello Sandra,

Our truck has technical problem, so delivery of P00420 will be not on Friday but on Monday 26.10. Cold chain is guaranteed. Sorry for this.

Tomas
""", end="Tomas", change="date", intent="delay", po=["P00420"],
     commit=("2026-10-26", "on Monday 26.10"),
     dates=[("2026-10-23", "other", "Friday"), ("2026-10-26", "new_eta", "Monday 26.10")]),

dict(v="acme", c=1, lang="en", at="2026-11-26 07:30", subj="ETA update P00633 P00634",
     text="""
Laura,

Updated ETAs below. The shower curtains are the ones to watch.

PO       Description              Orig ETA   New ETA
P00633   Bath mats (AHG-BM-*)     12/01      12/01
P00634   Shower curtains          12/01      12/15

Happy Thanksgiving,
Dave
""", end="Happy Thanksgiving,", change="date", intent="delay", sec=["confirmation"],
     po=["P00633", "P00634"], commit=("2026-12-01", ("12/01", 1)),
     dates=[("2026-12-01", "other", ("12/01", 0)), ("2026-12-01", "confirmed_delivery", ("12/01", 1)),
            ("2026-12-01", "other", ("12/01", 2)), ("2026-12-15", "new_eta", "12/15")],
     changes=[("P00633", "confirmation", "2026-12-01", None, "P00633   Bath mats (AHG-BM-*)     12/01      12/01"),
              ("P00634", "delay", "2026-12-15", None, "P00634   Shower curtains          12/01      12/15")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-16 10:10", subj="RE: P00160 and P00161",
     text="""
Hi Mike,

P00160 (raised bed kits) ships Monday from our Peoria DC, delivery 5-7 business days. P00161 is backordered until mid-October, I'll update you when I have a firm date.

Megan
""", end="Megan", change="date", intent="delay", sec=["confirmation"], po=["P00160", "P00161"],
     commit=("2026-09-30", "ships Monday from our Peoria DC, delivery 5-7 business days"),
     dates=[("2026-09-21", "ship_date", "Monday"), ("2026-09-28", "range_start", "5-7 business days"),
            ("2026-09-30", "range_end", "5-7 business days"),
            ("2026-10-15", "new_eta", "mid-October")],
     changes=[("P00160", "confirmation", "2026-09-30", None, "ships Monday from our Peoria DC, delivery 5-7 business days"),
              ("P00161", "delay", "2026-10-15", None, "P00161 is backordered until mid-October")]),

dict(v="lisbon", lang="en", at="2026-11-03 11:50", subj="Cork trivets P00505",
     text="""
Dear Tim,

Regarding P00505: the date in your PO (6 November) we cannot make, sorry. The cork sheets arrive to us only on 9 November. We can deliver the trivets on 20 November, or if you accept partial, 300 pcs on 13 November and the rest 200 pcs on 20 November.

Please tell us what you prefer.

Best regards,
Ana Ferreira
""", end="Best regards,", change="date", intent="delay", sec=["question"], po=["P00505"],
     commit=("2026-11-20", "We can deliver the trivets on 20 November"),
     dates=[("2026-11-06", "other", "6 November"), ("2026-11-09", "other", "9 November"),
            ("2026-11-20", "new_eta", ("20 November", 0)), ("2026-11-13", "other", "13 November"),
            ("2026-11-20", "other", ("20 November", 1))],
     lines=[("cork trivets", 300, "pcs", "300 pcs", "P00505"),
            ("cork trivets", 200, "pcs", "200 pcs", "P00505")]),

dict(v="voltix", c=1, lang="en", at="2026-12-18 16:30", subj="P00744 wireless chargers ETA",
     text="""
Hi Tim, P00744 sorry delay, goods will arrive your warehouse 2027/1/8 latest. Kevin
""", end=" Kevin", change="date", intent="delay", po=["P00744"],
     commit=("2027-01-08", "2027/1/8 latest"),
     dates=[("2027-01-08", "new_eta", "2027/1/8")]),

dict(v="schwarzwald", lang="en", at="2026-11-16 08:40", subj="AW: P00580 - Liefertermin / delivery date",
     text="""
Dear Mrs. Klein,

unfortunately we have to postpone the delivery of your order P00580 (our AB-2026-5531). Our supplier for the stainless steel could not deliver in time. The new delivery date is CW 50 (instead of CW 47 as in our order confirmation).

Sorry for the inconvenience.

Mit freundlichen Grüßen / Best regards
Markus Weber
Schwarzwald Haushaltswaren GmbH
Geschäftsführer: Markus Weber | Amtsgericht Freiburg HRB 712345
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P00580"],
     vref=["AB-2026-5531"], commit=("2026-12-07", "The new delivery date is CW 50"),
     dates=[("2026-12-07", "new_eta", "CW 50"), ("2026-11-16", "other", "CW 47")]),

dict(v="kaiser", c=1, lang="en", at="2026-12-16 11:00",
     subj="Your PO PO/2026/00791 - delay extension cords",
     text="""
Hello Mr Osei,

Your order PO/2026/00791: the 5 m extension cords (EK-VK-5M) will be delayed until KW 2/2027 due to missing certification labels. The 3 m cords are in stock and can go out immediately if you wish.

Kind regards
Petra Lange
""", end="Kind regards", change="date", intent="delay", sec=["question"], po=["PO/2026/00791"],
     commit=("2027-01-11", "delayed until KW 2/2027"),
     dates=[("2027-01-11", "new_eta", "KW 2/2027")]),

dict(v="jansen", lang="en", at="2026-10-08 13:20", subj="P00390 LED bulbs - delay",
     text="""
Hi Sandra,

Quick note: the E27 LED bulbs (EJ-LED-E27-9W) on P00390 will be two weeks later than planned, so around 22 October instead of 8 October (today). The GU10s stay as planned on 13/10.

Groeten,
Bram
""", end="Groeten,", change="date", intent="delay", po=["P00390"],
     commit=("2026-10-22", "around 22 October"),
     dates=[("2026-10-22", "new_eta", "22 October"), ("2026-10-08", "other", "8 October"),
            ("2026-10-08", "other", "today"), ("2026-10-13", "confirmed_delivery", "13/10")]),

dict(v="seoul", lang="en", at="2026-12-14 10:00", subj="P00731",
     text="""
Dear Tim, for P00731 our forwarder informs vessel delay about 5 days. New ETA Hamburg 2026-12-28. Do you want we arrange trucking to your DC or your forwarder pick up? Ji-ho
""", end=" Ji-ho", change="date", intent="delay", sec=["question"], po=["P00731"],
     commit=("2026-12-28", "New ETA Hamburg 2026-12-28"),
     dates=[("2026-12-28", "new_eta", "2026-12-28")]),

dict(v="cleanco", lang="en", at="2026-09-25 09:15", subj="RE: RE: P00233 - washing-up liquid",
     text="""
Morning Mike,

Just to close the loop on this - production has confirmed the 500ml washing-up liquid (CC-WUL-500) will now be delivered on Wednesday 7th October, not the 30th of September that I mentioned on Tuesday. Sorry for the back and forth.

Gary

________________________________
From: Mike Osei <mike.osei@hhg-retail.com>
Sent: 22 September 2026 11:30
To: Gary Hughes <gary.hughes@cleancosupplies.co.uk>
Subject: RE: P00233 - washing-up liquid

Thanks Gary. Is the 30th firm? We also need to know about P00240.
________________________________
From: Gary Hughes <gary.hughes@cleancosupplies.co.uk>
Sent: 22 September 2026 09:02
To: Mike Osei
Subject: P00233 - washing-up liquid

Hi Mike, we're looking at the 30th of September for P00233.
Gary
""", end="Gary\n", change="date", intent="delay", po=["P00233", "P00240"],
     commit=("2026-10-07", "will now be delivered on Wednesday 7th October"),
     dates=[("2026-10-07", "new_eta", "Wednesday 7th October"),
            ("2026-09-30", "other", ("the 30th of September", 0)),
            ("2026-09-22", "other", "Tuesday")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-12-09 14:05", subj="Re: P00712",
     text="""
Hi Laura - the snowshoes on P00712 are delayed again, I'm afraid. Our supplier now says end of the month for delivery to you. I'll push for earlier. Karen
""", end=" Karen", change="date", intent="delay", po=["P00712"],
     commit=("2026-12-31", "end of the month for delivery to you"),
     dates=[("2026-12-31", "new_eta", "end of the month")]),

dict(v="pacific", c=1, lang="en", at="2026-10-06 15:30", subj="RE: P00310 cold brew",
     text="""
Hi Sandra,

The cold brew concentrate (PCC-CB-1L) for P00310 didn't pass our QA check this morning, so we're re-brewing. It won't ship tomorrow as planned; we're now aiming to deliver early next week.

Best,
Chris Alvarez
""", end="Best,", change="date", intent="delay", po=["P00310"],
     commit=("2026-10-12", "aiming to deliver early next week"),
     dates=[("2026-10-06", "other", "this morning"), ("2026-10-07", "other", "tomorrow"),
            ("2026-10-12", "new_eta", "early next week")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-20 10:45", subj="P00620 napkins - delay",
     text="""
Laura, the printed holiday napkins on P00620 need a plate remake. We can deliver in 2 weeks, by Friday Dec 4. Tanya
""", end=" Tanya", change="date", intent="delay", po=["P00620"],
     commit=("2026-12-04", "in 2 weeks, by Friday Dec 4"),
     dates=[("2026-12-04", "new_eta", "in 2 weeks"), ("2026-12-04", "new_eta", "Friday Dec 4")]),

dict(v="kaiser", lang="en", at="2026-11-26 16:20", subj="Delivery P00645 / AB-2026-6120",
     text="""
Dear Sir or Madam,

we would like to inform you that the delivery of the LED work lights (EK-AL-30W) from your order P00645 is postponed to 10.12.2026. The remaining positions will be delivered as confirmed on 30.11.2026.

Best regards
Stefan Kaiser
""", end="Best regards", change="date", intent="delay", sec=["confirmation"], po=["P00645"],
     vref=["AB-2026-6120"], commit=("2026-12-10", "postponed to 10.12.2026"),
     dates=[("2026-12-10", "new_eta", "10.12.2026"), ("2026-11-30", "confirmed_delivery", "30.11.2026")]),
]
