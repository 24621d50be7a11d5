# ruff: noqa: E501 - email text is data
"""Round 4, English: the confirmation / delay / partial-shipment boundary. Order
acknowledgements (plain and with requested-vs-confirmed tables), revised dates the buyer
already agreed (confirmation) against revised dates imposed now (delay), "the date still
holds", reconfirmations, pull-ins, delays written without the word (pushed, slipped, now
looking at, we will now ship), a later date on one line, vague slips without a new date;
some of every other intent. Hand-written and hand-labelled."""

EMAILS = [
dict(v="nordic", c=1, lang="en", at="2026-09-14 09:20", subj="Re: New order P06000",
     text="""
Hi Laura,

Thanks for P06000. All three positions confirmed as ordered (linen tablecloths NT-TC-L140 x 200, napkins NT-NAP-L4 x 400, runners NT-RUN-40 x 150), delivery Hamburg week 40. Our forwarder has pencilled in Tuesday 29/9 at your ramp, I'll send the slot confirmation when DSV books it.

Best regards
Johan Lindqvist
Nordic Textiles AB
""", end="Best regards", change="none", intent="confirmation", po=["P06000"],
     commit=("2026-09-29", "Tuesday 29/9 at your ramp"),
     dates=[("2026-09-28", "confirmed_delivery", "week 40"), ("2026-09-29", "confirmed_delivery", "Tuesday 29/9")],
     lines=[("NT-TC-L140", 200, None, "NT-TC-L140 x 200", "P06000"),
            ("NT-NAP-L4", 400, None, "NT-NAP-L4 x 400", "P06000"),
            ("NT-RUN-40", 150, None, "NT-RUN-40 x 150", "P06000")]),

dict(v="lahore", lang="en", at="2026-10-05 11:40", subj="Order Acknowledgement - PO P06001",
     text="""
Dear Sandra,

Please find attached our Order Acknowledgement for your PO P06001. Kindly check and revert in case of any discrepancy.

Regards,
Imran Qureshi
Export Sales | Lahore Linen Mills (Pvt) Ltd

--- attachment: LLM-OA-26-1187.pdf ---
LAHORE LINEN MILLS (PVT) LTD
ORDER ACKNOWLEDGEMENT No. LLM-OA-26-1187      Date: 05.10.2026
Customer: Hartmann Home & Garden GmbH          Customer PO: P06001
Item        Description                 Ord. Qty  Conf. Qty  Req. Date    Conf. Date
LL-BS-DBL   Bedsheet double 230x250     1,200     1,200      07.12.2026   07.12.2026
LL-PC-5070  Pillow cover 50x70 pair     2,400     2,400      07.12.2026   07.12.2026
LL-DC-200   Duvet cover 200x200         600       400        07.12.2026   07.12.2026
Balance 200 pcs LL-DC-200 to follow: ex-mill 20.11.2026, ETA Hamburg 21.12.2026
Terms: CFR Hamburg, L/C at sight
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["confirmation"],
     po=["P06001"], vref=["LLM-OA-26-1187"],
     commit=("2026-12-21", "ETA Hamburg 21.12.2026"),
     dates=[("2026-10-05", "other", "05.10.2026"),
            ("2026-12-07", "other", ("07.12.2026", 0)), ("2026-12-07", "confirmed_delivery", ("07.12.2026", 1)),
            ("2026-12-07", "other", ("07.12.2026", 2)), ("2026-12-07", "confirmed_delivery", ("07.12.2026", 3)),
            ("2026-12-07", "other", ("07.12.2026", 4)), ("2026-12-07", "confirmed_delivery", ("07.12.2026", 5)),
            ("2026-11-20", "ship_date", "20.11.2026"), ("2026-12-21", "new_eta", "21.12.2026")],
     lines=[("LL-BS-DBL", 1200, None, "LL-BS-DBL   Bedsheet double 230x250     1,200     1,200      07.12.2026   07.12.2026", "P06001"),
            ("LL-PC-5070", 2400, None, "LL-PC-5070  Pillow cover 50x70 pair     2,400     2,400      07.12.2026   07.12.2026", "P06001"),
            ("LL-DC-200", 400, None, "LL-DC-200   Duvet cover 200x200         600       400        07.12.2026   07.12.2026", "P06001"),
            ("LL-DC-200", 200, "pcs", "Balance 200 pcs LL-DC-200", "P06001")]),

dict(v="seoul", c=1, lang="en", at="2026-11-04 10:00", subj="Revised order confirmation P06002",
     text="""
Dear Ms. Klein,

Thank you very much for your understanding on the phone yesterday.

As agreed, your order P06002 (cast iron grill pan SK-GP-28, 800 pcs) will be delivered to Hamburg on 11 December instead of 27 November. We have updated the order confirmation and the revised version is attached.

Once again we apologize for the inconvenience and thank you for your kind cooperation.

Best regards,
Min-seo Kim
Seoul Kitchenware Co., Ltd.
""", end="Best regards,", change="date", intent="confirmation", po=["P06002"],
     commit=("2026-12-11", "will be delivered to Hamburg on 11 December"),
     dates=[("2026-11-03", "other", "yesterday"), ("2026-12-11", "confirmed_delivery", "11 December"),
            ("2026-11-27", "other", "27 November")],
     lines=[("SK-GP-28", 800, "pcs", "SK-GP-28, 800 pcs", "P06002")]),

dict(v="acme", lang="en", at="2026-11-09 15:20", subj="P06003 - updated ship info",
     text="""
Hi Mike,

Quick update on P06003 (48 ct bamboo laundry hampers). Our carrier reshuffled the lanes out of Allentown this week and we will now ship on Wednesday 11/18, which puts it at your Newark consolidator on 11/20 rather than the 11/13 on your PO. Everything else stays the same - qty, pricing, pallet config.

Thanks,
Jessica
""", end="Thanks,", change="date", intent="delay", po=["P06003"],
     commit=("2026-11-20", "puts it at your Newark consolidator on 11/20"),
     dates=[("2026-11-09", "other", "this week"), ("2026-11-18", "ship_date", "Wednesday 11/18"),
            ("2026-11-20", "new_eta", "11/20"), ("2026-11-13", "other", "11/13")]),

dict(v="brightline", c=1, lang="en", at="2026-11-23 08:50", subj="RE: P06004 - delayed??",
     text="""
Morning Mike,

No - the date still holds, 2 December into Hamburg. What you heard about is our BL-SPK speaker range, which isn't on your order.

Tom

-----Original Message-----
From: Mike Osei
Sent: 20 November 2026 16:41
To: Tom Okafor
Subject: P06004 - delayed??

Tom, our store team says Brightline deliveries are pushed into January because of a chip shortage. Is P06004 affected? We need the desk lamps by 2 Dec latest, the 14 Dec promo depends on it.
""", end="Tom\n\n-----", change="none", intent="confirmation", po=["P06004"],
     commit=("2026-12-02", "the date still holds, 2 December into Hamburg"),
     dates=[("2026-12-02", "confirmed_delivery", "2 December")]),

dict(v="highland", c=1, lang="en", at="2026-10-26 14:10", subj="Re: P06005 - any chance earlier?",
     text="""
Hi Sandra,

Good news, we can do it - the 480 tealight tins for P06005 will now come to you on Thursday 5th November, not the 12th. Courier's booked with the pallet network, they'll ring your goods-in an hour ahead.

Ewan

On Fri, 23 Oct 2026 at 11:02, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Hi Ewan, any chance of getting P06005 a week earlier? Our Advent display goes up on 6 Nov.
""", end="Ewan\n\nOn", change="date", intent="confirmation", po=["P06005"],
     commit=("2026-11-05", "will now come to you on Thursday 5th November"),
     dates=[("2026-11-05", "confirmed_delivery", "Thursday 5th November"), ("2026-11-12", "other", "the 12th")],
     lines=[("tealight tins", 480, None, "480 tealight tins", "P06005")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-16 13:05", subj="Re: P06006 snow shovels - on track?",
     text="""
P06006 got pushed, the freight co. bumped us off Thursday's linehaul. Looking at 11/27 delivery now instead of 11/20. Sorry Mike, will send the BOL once it's picked up

Sent from my Android

On Mon, Nov 16, 2026 at 9:14 AM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Karen, P06006 still on track for Friday 11/20?
""", end="Sent from my Android", change="date", intent="delay", po=["P06006"],
     commit=("2026-11-27", "Looking at 11/27 delivery now"),
     dates=[("2026-11-19", "other", "Thursday's linehaul"), ("2026-11-27", "new_eta", "11/27"),
            ("2026-11-20", "other", ("11/20", 0))]),

dict(v="taipei", lang="en", at="2026-12-01 17:30", subj="P06007 status",
     text="""
Dear Tim,

I am sorry to tell you that P06007 has slipped. Our connector supplier could not deliver the USB-C housings on time and until now they do not give us a firm date. The arrival 4 Dec that we confirmed to you is not possible anymore.

I will come back to you with new schedule as soon as I have it, latest on Monday.

Kind regards,
Vivian Lin
""", end="Kind regards,", change="date", intent="delay", po=["P06007"],
     dates=[("2026-12-04", "other", "4 Dec"), ("2026-12-07", "other", "Monday")]),

dict(v="greenthumb", lang="en", at="2026-12-02 10:40", subj="P06008",
     text="""
Mike -

P06008 update. Feeders and suet cakes are good for the 12/9 delivery. The 40 lb wild bird seed (GT-WBS-40, 30 bags) is the problem, the mill is behind on milo, we're now looking at 12/16 for that line.

Want me to send what I've got on the 12/9 truck and bring the seed after, or hold everything for the 16th? Either works on our end.

-Randy
""", end="-Randy", change="date", intent="delay", sec=["confirmation", "question"], po=["P06008"],
     commit=("2026-12-16", "we're now looking at 12/16 for that line"),
     dates=[("2026-12-09", "confirmed_delivery", ("12/9", 0)), ("2026-12-16", "new_eta", "12/16"),
            ("2026-12-09", "other", ("12/9", 1)), ("2026-12-16", "other", "the 16th")]),

dict(v="kiwiwool", lang="en", at="2026-11-20 10:00", subj="P06009 merino throws",
     text="""
Kia ora Laura,

120 of the 180 merino throws for P06009 went out on the Maersk Kampala today, ETA Hamburg 4 Jan. B/L MAEU224471093.

The other 60 are still on the loom (the charcoal colourway - the dye lot came out patchy and we redid it). Next sailing we can make is 8 Dec, which gets them to you around 18 Jan.

Ngā mihi
Hemi
""", end="Ngā mihi", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P06009"],
     commit=("2027-01-18", "gets them to you around 18 Jan"),
     dates=[("2026-11-20", "ship_date", "today"), ("2027-01-04", "confirmed_delivery", "4 Jan"),
            ("2026-12-08", "ship_date", "8 Dec"), ("2027-01-18", "new_eta", "18 Jan")],
     lines=[("merino throws", 120, None, "120 of the 180 merino throws", "P06009"),
            ("merino throws", 60, None, "The other 60", "P06009")],
     track=[("Maersk", "MAEU224471093", "B/L MAEU224471093")]),

dict(v="polska", c=1, lang="en", at="2026-11-27 09:15", subj="P06010 - reconfirmation of delivery",
     text="""
Dear Mrs Jensen,

we reconfirm delivery of your order P06010 (stoneware mugs PC-MUG-350, 2.400 pcs) on Thursday 03.12.2026 as in our order confirmation OC/2026/1432. Truck will be loaded on Tuesday 01.12.

With kind regards
Piotr Wisniewski
Polska Ceramika Sp. z o.o.
""", end="With kind regards", change="none", intent="confirmation", po=["P06010"], vref=["OC/2026/1432"],
     commit=("2026-12-03", "on Thursday 03.12.2026 as in our order confirmation"),
     dates=[("2026-12-03", "confirmed_delivery", "Thursday 03.12.2026"), ("2026-12-01", "ship_date", "Tuesday 01.12.")],
     lines=[("PC-MUG-350", 2400, "pcs", "PC-MUG-350, 2.400 pcs", "P06010")]),

dict(v="delhicotton", lang="en", at="2026-10-12 13:30", subj="Order confirmation P06011",
     text="""
Dear Mike ji,

Greetings from Delhi Cotton Mills!

Thank you for your valued PO P06011 for 1,500 pcs kitchen towels DC-KT-5070. We are pleased to accept the order, however the requested delivery 30.10 is not workable for us because dyeing capacity is fully booked during festival season. Earliest we can offer is delivery Hamburg 20.11.

Kindly advise if this is acceptable so that we can issue the formal OC.

Thanks & Regards,
Rajesh Kumar
""", end="Thanks & Regards,", change="date", intent="delay", sec=["question"], po=["P06011"],
     commit=("2026-11-20", "Earliest we can offer is delivery Hamburg 20.11"),
     dates=[("2026-10-30", "other", "30.10"), ("2026-11-20", "new_eta", "20.11")]),

dict(v="keystone", c=1, lang="en", at="2026-09-21 07:02", subj="Order Acknowledgment KHD-SO-118204 for PO P06012",
     frm="Keystone Order Management <orders@keystonehousewares.com>",
     text="""
KEYSTONE HOUSEWARES DISTRIBUTION INC.
ORDER ACKNOWLEDGMENT - AUTOMATED MESSAGE

Customer PO:     P06012
Sales Order:     KHD-SO-118204
Ack Date:        09/21/2026
Ship To:         Hartmann Home & Garden c/o NJ Consolidation, Newark NJ

Ln  Item          Description                 Qty   UOM  Req Date    Conf Date   Status
1   KH-CB-18      Cutting board bamboo 18in   240   EA   10/09/2026  10/09/2026  ACCEPTED
2   KH-MB-3PC     Mixing bowl set 3pc         120   ST   10/09/2026  10/09/2026  ACCEPTED
3   KH-CAN-4      Canister set 4pc glass      96    ST   10/09/2026  10/09/2026  ACCEPTED

All lines accepted as ordered. Please review and notify us within 2 business days of any discrepancy.

Keystone Housewares Distribution Inc. | 1200 Industrial Pkwy, Allentown PA
""", end="Keystone Housewares Distribution Inc. | 1200", change="none", intent="confirmation",
     po=["P06012"], vref=["KHD-SO-118204"],
     commit=("2026-10-09", ("10/09/2026", 5)),
     dates=[("2026-09-21", "other", "09/21/2026"),
            ("2026-10-09", "other", ("10/09/2026", 0)), ("2026-10-09", "confirmed_delivery", ("10/09/2026", 1)),
            ("2026-10-09", "other", ("10/09/2026", 2)), ("2026-10-09", "confirmed_delivery", ("10/09/2026", 3)),
            ("2026-10-09", "other", ("10/09/2026", 4)), ("2026-10-09", "confirmed_delivery", ("10/09/2026", 5))],
     lines=[("KH-CB-18", 240, "EA", "1   KH-CB-18      Cutting board bamboo 18in   240   EA   10/09/2026  10/09/2026  ACCEPTED", "P06012"),
            ("KH-MB-3PC", 120, "ST", "2   KH-MB-3PC     Mixing bowl set 3pc         120   ST   10/09/2026  10/09/2026  ACCEPTED", "P06012"),
            ("KH-CAN-4", 96, "ST", "3   KH-CAN-4      Canister set 4pc glass      96    ST   10/09/2026  10/09/2026  ACCEPTED", "P06012")]),

dict(v="sparkle", lang="en", at="2026-11-10 12:20", subj="RE: P06013 revised PO",
     text="""
Thanks Laura, received the revised PO - I'll pass it on to our order desk and they'll send a fresh acknowledgement.

Hannah

-----Original Message-----
From: Laura Jensen
Sent: 10 November 2026 10:05
To: Hannah Price
Subject: P06013 revised PO

Hi Hannah, attached revision 2 of P06013: tumblers up to 600, and as discussed on the phone delivery moves to 14 Dec instead of 30 Nov. Please confirm.
""", end="Hannah\n\n-----", change="none", intent="other", po=["P06013"]),

dict(v="lisbon", lang="en", at="2026-11-18 16:30", subj="RE: P06014 - remove placemats",
     text="""
Dear Sandra,

As requested we have cancelled line 2 of P06014 (cork placemats LC-PM-4, 600 pcs). Line 1, the 1,000 coasters, stays for delivery on 9 December as confirmed.

Updated confirmation attached.

Best regards,
Ana Ferreira
Lisbon Cork Products
""", end="Best regards,", change="cancel", intent="cancellation", po=["P06014"],
     commit=("2026-12-09", "stays for delivery on 9 December as confirmed"),
     dates=[("2026-12-09", "confirmed_delivery", "9 December")],
     lines=[("LC-PM-4", 600, "pcs", "LC-PM-4, 600 pcs", "P06014"),
            ("cork coasters", 1000, None, "the 1,000 coasters", "P06014")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-11-16 11:00", subj="Shortbread pricing 2027",
     text="""
Hi Tim,

Butter has gone through the roof this autumn, so I'm afraid from 1 January our shortbread tin (DBC-SB-400) goes from €4.10 to €4.45. Everything else on the list stays where it is.

Your P06015 is at the old price, no change there, and we're still delivering Tuesday 15 December.

All the best,
Declan
""", end="All the best,", change="price", intent="price_change", po=["P06015"],
     commit=("2026-12-15", "still delivering Tuesday 15 December"),
     dates=[("2027-01-01", "price_effective", "1 January"), ("2026-12-15", "confirmed_delivery", "Tuesday 15 December")],
     prices=[dict(product="DBC-SB-400", old=4.10, new=4.45, cur="EUR", eff="2027-01-01",
                  quote="goes from €4.10 to €4.45")]),

dict(v="izmir", c=1, lang="en", at="2026-12-09 15:40", subj="RE: P06016 new date",
     text="""
Dear Sandra,

Good news, P06016 left our Torbalı warehouse today with Ekol, CMR EK-2026-88120 (truck 35 AKL 412). Delivery Hamburg on Monday 14.12 in the morning, as per our last mail.

Kind regards,
Zeynep Kaya
Izmir Cam

-----Original Message-----
From: Zeynep Kaya
Sent: 27 November 2026 11:20
To: Sandra Klein
Subject: P06016 new date

Dear Sandra, sorry, P06016 cannot be delivered on 7.12 as confirmed, the tempering oven needs repair. New delivery date Hamburg 14.12.
""", end="Kind regards,", change="shipping", intent="shipping_notice", po=["P06016"],
     commit=("2026-12-14", "Delivery Hamburg on Monday 14.12"),
     dates=[("2026-12-09", "ship_date", "today"), ("2026-12-14", "confirmed_delivery", "Monday 14.12")],
     track=[("Ekol", "EK-2026-88120", "CMR EK-2026-88120")]),

dict(v="siam", c=1, lang="en", at="2026-11-05 14:00", subj="P06017 teak benches - packing",
     text="""
Dear Khun Mike,

Good day. The teak garden benches for your P06017 are finished and ship date stay 18 Nov as planned.

Before we pack, please advise: you want them assembled, or flat-pack? Flat-pack save about 40% volume, so maybe 1 x 40HQ instead of 2, but your store team need to assemble.

Please reply by Monday so we can book.

Thank you ka,
Pimchanok
""", end="Thank you ka,", change="none", intent="question", po=["P06017"],
     dates=[("2026-11-18", "ship_date", "18 Nov"), ("2026-11-09", "other", "by Monday")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-23 08:00", subj="Automatic reply: P06018 delivery date?",
     text="""
Thank you for your message. I am on annual leave until Monday 30 November and will reply after my return. For urgent order matters please contact Mehmet Yilmaz (mehmet.yilmaz@anatoliatextiles.com.tr).

Elif Demir
Anatolia Textiles A.S.

> Elif, can you confirm P06018 is still on for 4 December? Thanks, Sandra
""", end="Elif Demir", change="none", intent="other", po=["P06018"],
     dates=[("2026-11-30", "other", "Monday 30 November")]),

dict(v="hansa", lang="en", at="2026-11-02 10:30", subj="Order confirmation AB-26-40917 / P06019",
     text="""
Dear Mr Brandt,

attached our order confirmation AB-26-40917 for your order P06019. Thank you!

Kind regards
Anke Petersen
Hansa Glas & Porzellan GmbH

--- attachment: AB-26-40917.pdf ---
HANSA GLAS & PORZELLAN GMBH - AUFTRAGSBESTÄTIGUNG / ORDER CONFIRMATION
No. AB-26-40917        Date 02.11.2026        Your order P06019
Pos  Article    Description                 Qty     Requested    Confirmed
10   HG-WG-35   Wine glass 35 cl, 6-pack    300     20.11.2026   20.11.2026
20   HG-TU-30   Tumbler 30 cl, 6-pack       300     20.11.2026   20.11.2026
30   HG-KA-1L   Carafe 1 l                  150     20.11.2026   04.12.2026
Delivery: DAP Hamburg-Billbrook. Partial deliveries as per confirmed dates.
""", end="Kind regards", change="date", intent="delay", sec=["confirmation"], po=["P06019"],
     vref=["AB-26-40917"], commit=("2026-12-04", "04.12.2026"),
     dates=[("2026-11-02", "other", "02.11.2026"),
            ("2026-11-20", "other", ("20.11.2026", 0)), ("2026-11-20", "confirmed_delivery", ("20.11.2026", 1)),
            ("2026-11-20", "other", ("20.11.2026", 2)), ("2026-11-20", "confirmed_delivery", ("20.11.2026", 3)),
            ("2026-11-20", "other", ("20.11.2026", 4)), ("2026-12-04", "new_eta", "04.12.2026")],
     lines=[("HG-WG-35", 300, None, "10   HG-WG-35   Wine glass 35 cl, 6-pack    300     20.11.2026   20.11.2026", "P06019"),
            ("HG-TU-30", 300, None, "20   HG-TU-30   Tumbler 30 cl, 6-pack       300     20.11.2026   20.11.2026", "P06019"),
            ("HG-KA-1L", 150, None, "30   HG-KA-1L   Carafe 1 l                  150     20.11.2026   04.12.2026", "P06019")]),

dict(v="ningbo", lang="en", at="2026-11-18 09:30", subj="Shipment plan HHG open orders",
     text="""
Dear Laura,

Please see the update of your 3 open orders:

1) P06020 enamel mugs - no change, ETD Ningbo 28 Nov, ETA Hamburg 2 Jan.
2) P06021 glass storage jars - factory push to next vessel because of the lid supplier, ETD now 5 Dec, ETA Hamburg 9 Jan (before 2 Jan).
3) P06022 bamboo cutting boards - only 3,000 of 4,000 pcs ready, we load 3,000 pcs together with P06020 in same container. The other 1,000 pcs ETD mid-December, ETA around 20 Jan.

Sorry for the trouble. If you prefer to wait and ship P06022 complete, please tell me this week.

Best regards,
Amy Chen
""", end="Best regards,", change="mixed", intent="delay", sec=["confirmation", "partial_shipment", "question"],
     po=["P06020", "P06021", "P06022"],
     commit=("2027-01-02", "no change, ETD Ningbo 28 Nov, ETA Hamburg 2 Jan"),
     dates=[("2026-11-28", "ship_date", "28 Nov"), ("2027-01-02", "confirmed_delivery", ("2 Jan", 0)),
            ("2026-12-05", "ship_date", "5 Dec"), ("2027-01-09", "new_eta", "9 Jan"),
            ("2027-01-02", "other", ("2 Jan", 1)), ("2026-12-15", "ship_date", "mid-December"),
            ("2027-01-20", "new_eta", "20 Jan"), ("2026-11-16", "other", "this week")],
     lines=[("bamboo cutting boards", 3000, "pcs", "only 3,000 of 4,000 pcs ready", "P06022"),
            ("bamboo cutting boards", 1000, "pcs", "The other 1,000 pcs", "P06022")],
     changes=[("P06020", "confirmation", "2027-01-02", None, "P06020 enamel mugs - no change"),
              ("P06021", "delay", "2027-01-09", None, "factory push to next vessel because of the lid supplier"),
              ("P06022", "partial_shipment", "2027-01-20", 1000, "only 3,000 of 4,000 pcs ready")]),

dict(v="pacific", c=1, lang="en", at="2026-10-19 16:45", subj="Re: P06023 cold brew - Thursday ok?",
     text="""
yep P06023 good for thurs 10/22, all 60 cases

Sent from my iPhone

On Oct 19, 2026, at 8:02 AM, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Chris, can you deliver P06023 to our LA consolidator on Thursday 10/22 instead of the 10/27? Need it for the container closing.
""", end="Sent from my iPhone", change="date", intent="confirmation", po=["P06023"],
     commit=("2026-10-22", "good for thurs 10/22"),
     dates=[("2026-10-22", "confirmed_delivery", "thurs 10/22")],
     lines=[("cold brew", 60, "cases", "all 60 cases", "P06023")]),

dict(v="hanoi", lang="en", at="2026-11-10 16:20", subj="P06024 loading",
     text="""
Dear Ms Laura,

Because the rainy season this year is longer than normal, the rattan is not dry enough for weaving, so we need to postpone loading of P06024 to 15/12. The ETA Hamburg will be approx. 22/01/2027.

The original loading 24/11 is not possible, we are very sorry for this.

Best regards,
Nguyen Thi Lan
""", end="Best regards,", change="date", intent="delay", po=["P06024"],
     commit=("2027-01-22", "The ETA Hamburg will be approx. 22/01/2027"),
     dates=[("2026-12-15", "ship_date", "15/12"), ("2027-01-22", "new_eta", "22/01/2027"),
            ("2026-11-24", "other", "24/11")]),

dict(v="oakridge", lang="en", at="2026-11-30 09:10", subj="Re: P06025 - firm?",
     text="""
Mike,

Confirming the revised date from my email of 11/20 stands: P06025 (24 oak dining chairs, OF-CH-OAK) delivers to your Newark consolidator Tuesday 12/8. Chairs are finished and in the crate shop now.

Travis Lund
Oakridge Furniture Co.

On Fri, Nov 27, 2026 at 2:15 PM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Travis, is 12/8 firm now for P06025? After the slip from 11/24 I need to be sure before I book the container.
>
> On Fri, Nov 20, 2026 at 10:03 AM Travis Lund wrote:
>> Mike, P06025 won't make 11/24, finish line is backed up. New date 12/8.
""", end="Travis Lund\nOakridge", change="none", intent="confirmation", po=["P06025"],
     commit=("2026-12-08", "delivers to your Newark consolidator Tuesday 12/8"),
     dates=[("2026-11-20", "other", "11/20"), ("2026-12-08", "confirmed_delivery", "Tuesday 12/8")],
     lines=[("OF-CH-OAK", 24, None, "24 oak dining chairs, OF-CH-OAK", "P06025")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-24 11:30", subj="Price notice - EP-CUP-12",
     text="""
Dear Tim,

Please be advised that effective with shipments on or after January 4, 2027, the price of EP-CUP-12 (paper cup 12oz white) increases from $38.50/cs to $40.10/cs due to higher board costs.

Your PO P06026 is scheduled to ship 12/14 and will be invoiced at the current price.

Tanya Brooks
Customer Care
Evergreen Paper Products Inc.
""", end="Tanya Brooks", change="price", intent="price_change", po=["P06026"],
     dates=[("2027-01-04", "price_effective", "January 4, 2027"), ("2026-12-14", "ship_date", "12/14")],
     prices=[dict(product="EP-CUP-12", old=38.50, new=40.10, cur="USD", eff="2027-01-04",
                  quote="increases from $38.50/cs to $40.10/cs")]),

dict(v="lakeside", c=1, lang="en", at="2026-12-08 14:20", subj="ASN - PO P06027 - SHIPPED (BALANCE)",
     text="""
*** ADVANCE SHIP NOTICE - AUTOMATED MESSAGE ***

Customer PO: P06027
Lakeside Order #: LPF-SO-80412
Shipment: 2 of 2 (balance)

Ship Date: 12/08/2026
Carrier: Estes Express Lines
PRO #: 2219043378
Est. Delivery: 12/10/2026

Line  Item           Description                 Ordered  Prev. Shipped  This Shipment  UOM
1     LP-DOG-6K      Adult dog kibble lamb 6kg   480      280            200            BAG

Order status: SHIPPED COMPLETE

Questions? Reply to this email or call 1-800-555-0142.
Lakeside Pet Foods Inc. | Shipping Team
""", end="Questions? Reply", change="shipping", intent="shipping_notice", po=["P06027"], vref=["LPF-SO-80412"],
     commit=("2026-12-10", "Est. Delivery: 12/10/2026"),
     dates=[("2026-12-08", "ship_date", "12/08/2026"), ("2026-12-10", "confirmed_delivery", "12/10/2026")],
     lines=[("LP-DOG-6K", 200, "BAG", "1     LP-DOG-6K      Adult dog kibble lamb 6kg   480      280            200            BAG", "P06027")],
     track=[("Estes Express Lines", "2219043378", "PRO #: 2219043378")]),

dict(v="andino", lang="en", at="2026-10-19 17:30", subj="P06028 - vessel change",
     text="""
Hi Sandra,

Short notice from our forwarder: the MSC ALINA is skipping Cartagena this rotation, so your container with P06028 (1,200 bags Supremo 500g) rolls to the MSC LUCY, sailing Saturday 24 Oct. ETA Hamburg is now 14 Nov instead of 3 Nov.

The coffee is already stuffed and sealed at the port, so quality is not affected.

Best regards,
Andrés Restrepo
""", end="Best regards,", change="date", intent="delay", po=["P06028"],
     commit=("2026-11-14", "ETA Hamburg is now 14 Nov"),
     dates=[("2026-10-24", "ship_date", "Saturday 24 Oct"), ("2026-11-14", "new_eta", "14 Nov"),
            ("2026-11-03", "other", "3 Nov")]),

dict(v="milano", c=1, lang="en", at="2026-11-05 17:50", subj="R: P06029 espresso cups",
     text="""
Ciao Mike,

about P06029, the glaze supplier is late with the red colour, so we cannot deliver the espresso cups on 12/11. More probably end of November, I confirm you the exact day next week when I have the kiln plan.

Marco
Inviato da iPhone
""", end="Marco\nInviato", change="date", intent="delay", po=["P06029"],
     commit=("2026-11-30", "More probably end of November"),
     dates=[("2026-11-12", "other", "12/11"), ("2026-11-30", "new_eta", "end of November"),
            ("2026-11-09", "other", "next week")]),

dict(v="plasticos", c=1, lang="en", at="2026-11-20 12:10", subj="RE: P06030 backorder",
     text="""
Hello Mike,

As we discussed by phone, we cancel the remaining 300 storage boxes (PN-BOX-30L) of P06030 that were on backorder. The 700 pcs delivered on 10/11 stay as invoiced, no more shipments on this order.

Regards,
Fernanda Treviño
Plásticos del Norte
""", end="Regards,", change="cancel", intent="cancellation", po=["P06030"],
     dates=[("2026-11-10", "other", "10/11")],
     lines=[("PN-BOX-30L", 300, None, "remaining 300 storage boxes", "P06030"),
            ("PN-BOX-30L", 700, "pcs", "The 700 pcs delivered", "P06030")]),

dict(v="cleanco", c=1, lang="en", at="2026-12-01 08:00", subj="Statement of account - Hartmann Home & Garden",
     frm="CleanCo Accounts <accounts@cleancosupplies.co.uk>",
     text="""
Dear Customer,

Please find attached your statement of account as at 30/11/2026.

Open items:
INV-206113   P06031   GBP 2,418.00   due 14/12/2026
INV-206240   P06031   GBP   612.40   due 28/12/2026

Kindly arrange payment by the due dates. If you have already paid, please disregard this reminder.

CleanCo Supplies Ltd - Accounts Receivable
""", end="CleanCo Supplies Ltd - Accounts Receivable", change="none", intent="other", po=["P06031"],
     vref=["INV-206113", "INV-206240"],
     dates=[("2026-11-30", "other", "30/11/2026"), ("2026-12-14", "other", "14/12/2026"),
            ("2026-12-28", "other", "28/12/2026")]),

dict(v="cebu", lang="en", at="2026-10-22 15:00", subj="PO P06032 - order confirmation",
     text="""
Hi Laura,

Thank you for your order P06032 for the rattan lounge chairs (CR-LC-01, 120 pcs) and side tables (CR-ST-45, 80 pcs)!

We confirm both items. Production can finish earlier than we thought, so we can load on November 20 and the ETA Hamburg is December 21 - ahead of your requested January 8. If you would rather keep your date, just let us know and we will hold the goods here.

Warm regards,
Maricel Dela Cruz
Cebu Rattan Artisans Inc.
""", end="Warm regards,", change="date", intent="confirmation", po=["P06032"],
     commit=("2026-12-21", "the ETA Hamburg is December 21"),
     dates=[("2026-11-20", "ship_date", "November 20"), ("2026-12-21", "confirmed_delivery", "December 21"),
            ("2027-01-08", "other", "January 8")],
     lines=[("CR-LC-01", 120, "pcs", "CR-LC-01, 120 pcs", "P06032"),
            ("CR-ST-45", 80, "pcs", "CR-ST-45, 80 pcs", "P06032")]),

dict(v="brunner", lang="en", at="2026-11-27 10:00", subj="P06033 bath towels",
     text="""
Dear Mr Osei

Unfortunately our jacquard loom had a gearbox failure on Tuesday and the spare part only arrived yesterday. The bath towels for P06033 will therefore now leave Wattwil in KW 50 and reach you on Monday 14.12., one week later than confirmed.

We apologise for this.

Kind regards
Reto Brunner
Brunner Textil AG
""", end="Kind regards", change="date", intent="delay", po=["P06033"],
     commit=("2026-12-14", "reach you on Monday 14.12."),
     dates=[("2026-11-24", "other", "Tuesday"), ("2026-11-26", "other", "yesterday"),
            ("2026-12-07", "ship_date", "KW 50"), ("2026-12-14", "new_eta", "Monday 14.12.")]),

dict(v="texbright", lang="en", at="2026-11-25 16:40", subj="P06034 - where things stand",
     text="""
Hi Laura,

Hope you're doing well and that the run-up to the holidays isn't too crazy on your end. I wanted to give you a proper update on P06034 instead of another one-liner, because I know the last couple of weeks have been a bit of a roller coaster with this order.

So here's where things stand. The flannel sheet sets (TB-FL-Q and TB-FL-K) came off the line at our Gastonia plant on Monday and they look great - honestly some of the best flannel we've run this year. The issue has been the printed pillowcases that go into the sets. Our print vendor had a screen break on the plaid pattern, and while they had a spare, the re-registration took longer than anyone expected. They finished yesterday.

Which means packing starts Friday, and the trailer will go out the following Wednesday, 12/9. With the holiday weekend and the consolidator's receiving schedule, we're now targeting delivery to your Newark consolidator between 12/14 and 12/16. I know your PO says 12/7 and I know that's what we confirmed on the acknowledgement. I'm sorry - it's not where I wanted to land.

A couple of things I can offer to soften it:
- we'll cover the expedite on the consolidator side if you need them to turn it around same day
- if you want, I can split off the king sets (they're ready now) and have them there by 12/7, and send the queens with the pillowcases after

Let me know which way you want to go. If I don't hear back by Monday I'll ship it all together.

Thanks for your patience on this one,
Marcus

Marcus Reed
Key Accounts | TexBright Bedding Inc.
""", end="Thanks for your patience on this one,", change="date", intent="delay", sec=["question"], po=["P06034"],
     commit=("2026-12-16", "between 12/14 and 12/16"),
     dates=[("2026-11-23", "other", ("Monday", 0)), ("2026-11-24", "other", "yesterday"),
            ("2026-11-27", "other", "Friday"), ("2026-12-09", "ship_date", "Wednesday, 12/9"),
            ("2026-12-14", "range_start", "12/14"), ("2026-12-16", "range_end", "12/16"),
            ("2026-12-07", "other", ("12/7", 0)), ("2026-12-07", "other", ("12/7", 1)),
            ("2026-11-30", "other", ("Monday", 1))]),

dict(v="keystone", c=1, lang="en", at="2026-12-03 18:05", subj="Shipment Notification - PO P06035 - PARTIAL",
     frm="Keystone EDI <edi@keystonehousewares.com>",
     text="""
SHIPMENT NOTIFICATION (856) - PARTIAL SHIPMENT

Customer PO:   P06035
Sales Order:   KHD-SO-119877
Ship Date:     12/03/2026
Carrier:       Saia LTL Freight   PRO: 1048-22917-6
Est. Delivery: 12/07/2026

Ln  Item        Ordered  Shipped  Backordered  Est. Avail
1   KH-FP-10    240      240      0
2   KH-FP-12    240      180      60           12/21/2026
3   KH-SP-3Q    96       96       0

Backordered quantities will ship automatically when available unless cancelled by the buyer.
This is an automated notification from Keystone Housewares Distribution Inc.
""", end="This is an automated notification", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P06035"], vref=["KHD-SO-119877"],
     commit=("2026-12-21", "12/21/2026"),
     dates=[("2026-12-03", "ship_date", "12/03/2026"), ("2026-12-07", "confirmed_delivery", "12/07/2026"),
            ("2026-12-21", "new_eta", "12/21/2026")],
     lines=[("KH-FP-10", 240, None, "1   KH-FP-10    240      240      0", "P06035"),
            ("KH-FP-12", 180, None, "2   KH-FP-12    240      180      60           12/21/2026", "P06035"),
            ("KH-FP-12", 60, None, "2   KH-FP-12    240      180      60           12/21/2026", "P06035"),
            ("KH-SP-3Q", 96, None, "3   KH-SP-3Q    96       96       0", "P06035")],
     track=[("Saia LTL Freight", "1048-22917-6", "PRO: 1048-22917-6")]),

dict(v="vlaamse", c=1, lang="en", at="2026-11-26 11:15", subj="RE: P06036 - later delivery possible?",
     text="""
Dear Tim,

No problem at all, we move P06036 to week 2 as you asked: delivery Tuesday 12 January 2027 instead of 15 December. The goods stay in our warehouse in Kortrijk until then, no storage cost.

Kind regards,
An Claes
Vlaamse Textiel NV

-----Original Message-----
From: Tim Brandt
Sent: Wednesday, 25 November 2026 17:02
To: An Claes
Subject: P06036 - later delivery possible?

Hi An, our warehouse is full until after New Year. Could you hold P06036 and deliver in week 2 instead of 15/12?
""", end="Kind regards,", change="date", intent="confirmation", po=["P06036"],
     commit=("2027-01-12", "delivery Tuesday 12 January 2027"),
     dates=[("2027-01-11", "confirmed_delivery", ("week 2", 0)), ("2027-01-12", "confirmed_delivery", "Tuesday 12 January 2027"),
            ("2026-12-15", "other", "15 December")]),

dict(v="twente", lang="en", at="2026-11-16 06:30", subj="Order P06037 updated",
     frm="Twentse Kunststoffen B2B Portal <noreply@twentsekunststof.nl>",
     text="""
TWENTSE KUNSTSTOFFEN - B2B PORTAL
Notification: order updated

Order: P06037 (our ref. TK-VO-26-8120)
Change: delivery date
Old value: 27-11-2026
New value: 11-12-2026
Reason code: MAT - raw material availability

Lines affected: all
View the order in the portal: https://portal.twentsekunststof.nl/orders

This notification was sent automatically.
""", end="View the order in the portal", change="date", intent="delay", po=["P06037"], vref=["TK-VO-26-8120"],
     commit=("2026-12-11", "New value: 11-12-2026"),
     dates=[("2026-11-27", "other", "27-11-2026"), ("2026-12-11", "new_eta", "11-12-2026")]),

dict(v="voltix", lang="en", at="2026-11-12 10:20", subj="RE: RE: P06038 new ETA",
     text="""
Dear Mike,

Recieved your approval, thank you very much for support. So we confirm final: P06038 ETD Yantian 2 Dec, ETA Hamburg 7 Jan. Updated PI attach.

Best regards
Cindy

-----Original Message-----
From: Mike Osei
Sent: Wednesday, November 11, 2026 6:40 PM
To: Cindy Zhang
Subject: RE: P06038 new ETA

Cindy, OK, 7 Jan accepted, but no later please.

-----Original Message-----
From: Cindy Zhang
Sent: Wednesday, November 11, 2026 9:15 AM
Subject: P06038 new ETA

Dear Mike, sorry the ETA 17 Dec can not make, because battery cell arrive late. New ETD 2 Dec, ETA Hamburg 7 Jan. Is it OK for you?
""", end="Best regards", change="date", intent="confirmation", po=["P06038"],
     commit=("2027-01-07", ("ETA Hamburg 7 Jan", 0)),
     dates=[("2026-12-02", "ship_date", ("2 Dec", 0)), ("2027-01-07", "confirmed_delivery", ("7 Jan", 0))]),

dict(v="pennine", lang="en", at="2026-12-02 15:30", subj="P06039",
     text="""
Tim - P06039's going to be a few days late, kiln's playing up again. I'll confirm the new day once the lorry's booked. Sorry pal.

Dave
""", end="Dave", change="date", intent="delay", po=["P06039"]),

dict(v="baltic", lang="en", at="2026-10-21 12:00", subj="Confirmation P06040",
     text="""
Hello Sandra,

thank you for P06040. We can confirm only 800 of the 1.000 jars of heather honey (BA-HON-HT-450), delivery week 49 with the rest of the order. The other 200 jars we cannot supply this season, the harvest was too small, so please reduce the order.

Everything else confirmed as ordered, week 49.

Regards,
Tomas Kazlauskas
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["confirmation"], po=["P06040"],
     commit=("2026-11-30", "delivery week 49 with the rest of the order"),
     dates=[("2026-11-30", "confirmed_delivery", ("week 49", 0)), ("2026-11-30", "confirmed_delivery", ("week 49", 1))],
     lines=[("BA-HON-HT-450", 800, "jars", "confirm only 800 of the 1.000 jars", "P06040"),
            ("BA-HON-HT-450", 200, "jars", "The other 200 jars", "P06040")]),

dict(v="porto", c=1, lang="en", at="2026-11-16 17:00", subj="P06041 - dispatch",
     text="""
Dear Laura,

P06041 (bath towels TP-BT-70, 900 pcs) was collected today by Transportes Nogueira, CMR PT-TN-558102. Delivery in Hamburg expected between Thursday 19 and Friday 20 November.

Best regards,
João Pereira
Têxteis do Porto
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P06041"],
     commit=("2026-11-20", "between Thursday 19 and Friday 20 November"),
     dates=[("2026-11-16", "ship_date", "today"), ("2026-11-19", "range_start", "Thursday 19"),
            ("2026-11-20", "range_end", "Friday 20 November")],
     lines=[("TP-BT-70", 900, "pcs", "TP-BT-70, 900 pcs", "P06041")],
     track=[("Transportes Nogueira", "PT-TN-558102", "CMR PT-TN-558102")]),

dict(v="kempen", lang="en", at="2026-11-19 09:40", subj="P06042 sideboards",
     text="""
Hi Laura,

The 8 oak sideboards for P06042 are ready sooner than expected. Could we deliver a week early, Monday 30 November instead of Monday 7 December? If that doesn't suit your warehouse, we simply keep the 7th.

Let me know,
Wouter
""", end="Let me know,", change="none", intent="question", po=["P06042"],
     commit=("2026-12-07", "we simply keep the 7th"),
     dates=[("2026-11-30", "other", "Monday 30 November"), ("2026-12-07", "confirmed_delivery", "Monday 7 December"),
            ("2026-12-07", "confirmed_delivery", "the 7th")]),

dict(v="jaipur", lang="en", at="2026-11-25 11:00", subj="Change of contact - HHG account",
     text="""
Dear Sandra,

Please note that Sunita Rathore has left our company. From 1 December your orders will be handled by Mr. Vikram Singh (vikram.singh@jaipurblockprints.in, +91 141 2204 117). All open orders, including P06043, continue as confirmed, nothing changes on dates.

Best regards,
Anil Mehta
""", end="Best regards,", change="none", intent="other", po=["P06043"],
     dates=[("2026-12-01", "other", "1 December")]),

dict(v="alexandria", lang="en", at="2026-11-30 13:15", subj="P06044 - Shipment Schedule",
     text="""
Dear Mrs. Sandra,

Greetings and hope this mail finds you and all your esteemed team in the best of health.

We kindly inform your good self that, due to some unforeseen congestion at Alexandria port, the shipment of your valued order P06044 (Egyptian cotton bath sheets, 1,500 pcs) is rescheduled to sail on 9th December, with ETA Hamburg on or about 24th December. The earlier advised ETA of 10th December is kindly to be ignored.

We deeply regret any inconvenience caused and remain at your disposal.

With warmest regards,
Ahmed Mansour
Export Manager
Alexandria Cotton Home Co.
""", end="With warmest regards,", change="date", intent="delay", po=["P06044"],
     commit=("2026-12-24", "ETA Hamburg on or about 24th December"),
     dates=[("2026-12-09", "ship_date", "9th December"), ("2026-12-24", "new_eta", "24th December"),
            ("2026-12-10", "other", "10th December")]),

dict(v="schwarzwald", lang="en", at="2026-11-26 14:30", subj="P06045 knife blocks / bread bins",
     text="""
Hello Mr Brandt,

short update on P06045: the knife blocks SH-MB-5 keep their date, delivery 10.12. as confirmed.

The bread bins SH-BB-40 are the problem. Our enamel supplier is behind and at the moment I cannot tell you when we get the lids. I will come back to you as soon as I have a date. If you prefer, we can send the knife blocks alone on the 10th and the bread bins later.

Best regards
Markus Weber
""", end="Best regards", change="date", intent="delay", sec=["confirmation", "question"], po=["P06045"],
     commit=("2026-12-10", "delivery 10.12. as confirmed"),
     dates=[("2026-12-10", "confirmed_delivery", "10.12."), ("2026-12-10", "other", "the 10th")]),

dict(v="taipei", c=1, lang="en", at="2026-11-06 15:00", subj="HHG open orders - shipping schedule wk 45",
     text="""
Dear Tim,

Please find updated schedule for your open orders:

PO       Item         Qty     ETD Keelung   ETA Hamburg   Remark
P06046   TC-USBC-1M   4,000   11/12         18/01         as confirmed
P06047   TC-LTG-2M    2,500   18/12         01/02         was ETA 08/01, jacket compound late

Sorry for the P06047 change. If you need part of P06047 earlier by air, please tell me and I check cost.

Best regards,
Eric Huang
""", end="Best regards,", change="date", intent="delay", sec=["confirmation"], po=["P06046", "P06047"],
     commit=("2027-01-18", "18/01"),
     dates=[("2026-12-11", "ship_date", "11/12"), ("2027-01-18", "confirmed_delivery", "18/01"),
            ("2026-12-18", "ship_date", "18/12"), ("2027-02-01", "new_eta", "01/02"),
            ("2027-01-08", "other", "08/01")],
     lines=[("TC-USBC-1M", 4000, None, "P06046   TC-USBC-1M   4,000   11/12         18/01         as confirmed", "P06046"),
            ("TC-LTG-2M", 2500, None, "P06047   TC-LTG-2M    2,500   18/12         01/02         was ETA 08/01, jacket compound late", "P06047")],
     changes=[("P06046", "confirmation", "2027-01-18", None, "P06046   TC-USBC-1M   4,000   11/12         18/01         as confirmed"),
              ("P06047", "delay", "2027-02-01", None, "P06047   TC-LTG-2M    2,500   18/12         01/02         was ETA 08/01, jacket compound late")]),

dict(v="lisbon", c=1, lang="en", at="2026-10-07 10:00", subj="Re: P06048",
     text="""
Confirmed P06048 for 24/11. Rui
""", change="none", intent="confirmation", po=["P06048"],
     commit=("2026-11-24", "Confirmed P06048 for 24/11"),
     dates=[("2026-11-24", "confirmed_delivery", "24/11")]),

dict(v="siam", lang="en", at="2026-11-24 16:00", subj="FW: Booking update P06049",
     text="""
Dear Mike,

See below from our forwarder, sorry. Vessel rolled, so new ETA Hamburg is 8 Jan.

Somchai

---------- Forwarded message ---------
From: Booking Desk <booking@siamfreightlines.co.th>
Date: Tue, Nov 24, 2026 at 11:40
Subject: Booking update P06049

Dear Khun Somchai,
Your booking for P06049 (1 x 40HQ) is rolled from ONE HAMBURG (ETD 26 Nov) to ONE HARMONY, ETD Laem Chabang 3 Dec, ETA Hamburg 8 Jan (prev. ETA 27 Dec).
Please arrange container return accordingly.
""", end="Somchai\n\n----------", change="date", intent="delay", po=["P06049"],
     commit=("2027-01-08", "new ETA Hamburg is 8 Jan"),
     dates=[("2027-01-08", "new_eta", ("8 Jan", 0)), ("2026-11-26", "other", "26 Nov"),
            ("2026-12-03", "ship_date", "3 Dec"), ("2027-01-08", "new_eta", ("8 Jan", 1)),
            ("2026-12-27", "other", "27 Dec")]),

dict(v="aussie", lang="en", at="2026-12-10 08:30", subj="Re: P06050 swags",
     text="""
Hi Sandra, bad news and good news. Only 150 of the 200 swags made the boat, they sailed yesterday on the CMA CGM Fidelio, ETA Hamburg 21 Jan. The other 50 are waiting on canvas and will be with you mid-February, I'll confirm the exact vessel next week.

Cheers
Liam
""", end="Cheers", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P06050"],
     commit=("2027-02-15", "will be with you mid-February"),
     dates=[("2026-12-09", "ship_date", "yesterday"), ("2027-01-21", "confirmed_delivery", "21 Jan"),
            ("2027-02-15", "new_eta", "mid-February"), ("2026-12-14", "other", "next week")],
     lines=[("swags", 150, None, "Only 150 of the 200 swags", "P06050"),
            ("swags", 50, None, "The other 50", "P06050")]),

dict(v="acme", c=1, lang="en", at="2026-11-23 10:05", subj="RE: P06051 tracking?",
     text="""
Tim - no tracking yet, sorry. P06051 didn't make Friday's pickup after all, the hampers were stuck in QC. We will now ship Monday 11/30 via FedEx Ground, 3-5 business days to Newark. I'll send tracking when it's picked up.

-Dave
""", end="-Dave", change="date", intent="delay", po=["P06051"],
     commit=("2026-12-07", "3-5 business days to Newark"),
     dates=[("2026-11-20", "other", "Friday's pickup"), ("2026-11-30", "ship_date", "Monday 11/30"),
            ("2026-12-03", "range_start", "3-5 business days"), ("2026-12-07", "range_end", "3-5 business days")]),

dict(v="polska", lang="en", at="2026-10-14 13:00", subj="P06052 - partial delivery?",
     text="""
Dear Mrs Jensen,

for your order P06052 we have 1.800 of the 2.400 dinner plates PC-DP-27 ready now. The remaining 600 pcs need one more firing and would be ready for delivery on 06.11.

Do you accept a partial delivery of 1.800 pcs on 23.10. and the rest on 06.11., or should we deliver everything together on 06.11.? The order confirmation says 23.10.

With kind regards
Katarzyna Nowak
""", end="With kind regards", change="quantity", intent="partial_shipment", sec=["question"], po=["P06052"],
     commit=("2026-11-06", "would be ready for delivery on 06.11."),
     dates=[("2026-11-06", "new_eta", ("06.11.", 0)), ("2026-10-23", "other", ("23.10.", 0)),
            ("2026-11-06", "other", ("06.11.", 1)), ("2026-11-06", "other", ("06.11.", 2)),
            ("2026-10-23", "other", ("23.10.", 1))],
     lines=[("PC-DP-27", 1800, None, "1.800 of the 2.400 dinner plates", "P06052"),
            ("PC-DP-27", 600, "pcs", "The remaining 600 pcs", "P06052")]),

dict(v="kaiser", lang="en", at="2026-10-08 09:00", subj="Order confirmation AB-2026-81204 - P06053",
     text="""
Dear Mr Osei,

thank you for your order P06053. As agreed on the phone with you on Tuesday, the smoke detectors come one week later than on your order; everything else as requested. Order confirmation attached.

Best regards
Stefan Kaiser
Elektro Kaiser GmbH

--- attachment: AB-2026-81204.pdf ---
ORDER CONFIRMATION AB-2026-81204                 Date: 08.10.2026
Your order: P06053
Pos  Article     Description              Qty   Requested   Confirmed
1    EK-SD-230   Smoke detector 230 V     400   KW 44       KW 45
2    EK-CO-10    CO detector              150   KW 44       KW 44
3    EK-WK-17    Kettle 1.7 l steel       200   KW 44       KW 44
Terms: DAP Hamburg, 30 days net
""", end="Best regards", change="date", intent="confirmation", po=["P06053"], vref=["AB-2026-81204"],
     commit=("2026-11-02", "KW 45"),
     dates=[("2026-10-06", "other", "Tuesday"), ("2026-10-08", "other", "08.10.2026"),
            ("2026-10-26", "other", ("KW 44", 0)), ("2026-11-02", "confirmed_delivery", "KW 45"),
            ("2026-10-26", "other", ("KW 44", 1)), ("2026-10-26", "confirmed_delivery", ("KW 44", 2)),
            ("2026-10-26", "other", ("KW 44", 3)), ("2026-10-26", "confirmed_delivery", ("KW 44", 4))],
     lines=[("EK-SD-230", 400, None, "1    EK-SD-230   Smoke detector 230 V     400   KW 44       KW 45", "P06053"),
            ("EK-CO-10", 150, None, "2    EK-CO-10    CO detector              150   KW 44       KW 44", "P06053"),
            ("EK-WK-17", 200, None, "3    EK-WK-17    Kettle 1.7 l steel       200   KW 44       KW 44", "P06053")]),

dict(v="greenthumb", c=1, lang="en", at="2026-10-28 11:20", subj="RE: P06054 confirmed for 11/3",
     text="""
Hi Mike,

Scratch that - I spoke too soon on Monday. The mulch for P06054 is coming off a different yard and their loader is down, so 11/3 is off the table. Earliest I can get a truck to your Elk Grove consolidator is Friday 11/6.

Sorry for the back and forth.
Megan

From: Megan Tran
Sent: Monday, October 26, 2026 3:12 PM
To: Mike Osei
Subject: RE: P06054 confirmed for 11/3

Mike - confirmed, P06054 delivers 11/3. 12 pallets mulch, 20 pallets potting mix.
""", end="Megan\n\nFrom:", change="date", intent="delay", po=["P06054"],
     commit=("2026-11-06", "Earliest I can get a truck to your Elk Grove consolidator is Friday 11/6"),
     dates=[("2026-10-26", "other", ("Monday", 0)), ("2026-11-03", "other", ("11/3", 0)),
            ("2026-11-06", "new_eta", "Friday 11/6")]),

dict(v="sparkle", lang="en", at="2026-11-30 12:00", subj="P06055 delivery",
     text="""
Hi Laura,

Small change on P06055 - our haulier has moved his Hamburg run, so the glassware will now arrive on Monday 7th December rather than Thursday 10th. Hope that's OK for your goods-in; if it's a problem let me know and I'll try to hold it back.

Hannah
""", end="Hannah", change="date", intent="confirmation", po=["P06055"],
     commit=("2026-12-07", "will now arrive on Monday 7th December"),
     dates=[("2026-12-07", "confirmed_delivery", "Monday 7th December"), ("2026-12-10", "other", "Thursday 10th")]),

dict(v="cebu", c=1, lang="en", at="2026-11-12 14:30", subj="P06056 - cancellation",
     text="""
Hi Laura,

I'm very sorry but we have to cancel P06056 (hanging egg chairs CR-EC-90, 60 pcs). The typhoon damaged our weaving workshop in Mandaue and destroyed most of the finished frames, and we cannot rebuild them before March. Your deposit of USD 3,240.00 will be refunded in full by bank transfer.

Please accept our apologies,
Paolo Reyes
Cebu Rattan Artisans Inc.
""", end="Please accept our apologies,", change="cancel", intent="cancellation", po=["P06056"],
     dates=[("2027-03-01", "other", "before March")],
     lines=[("CR-EC-90", 60, "pcs", "CR-EC-90, 60 pcs", "P06056")]),

dict(v="alexandria", c=1, lang="en", at="2026-10-15 12:45", subj="Order P06057 - cotton surcharge",
     text="""
Dear Mrs. Sandra,

With reference to your order P06057 (hand towels 50x100, 3,000 pcs), we regret to inform that due to the sharp rise of Giza cotton prices we are obliged to apply a surcharge of 4% on the invoice value. The shipment date of 2nd November remains unchanged.

We highly appreciate your kind understanding.

Best regards,
Nour El-Sayed
""", end="Best regards,", change="price", intent="price_change", po=["P06057"],
     dates=[("2026-11-02", "ship_date", "2nd November")],
     prices=[dict(product=None, pct=4, quote="a surcharge of 4% on the invoice value")]),

dict(v="brightline", c=2, lang="en", at="2026-12-07 16:00", subj="Your order P06058 has been dispatched",
     frm="Brightline Customer Services <orders@brightline-electronics.co.uk>",
     text="""
Dispatch Confirmation

Your order P06058 (our ref BL-ORD-121905) was dispatched today via DPD, consignment 15501298834712.
Items: BL-DL200 LED desk lamp x 300, BL-DL200-SH lamp shade x 300
Expected delivery: Thursday 10/12/2026

Track your parcel at dpd.co.uk

Brightline Electronics Ltd | Registered in England 04411223
""", end="Track your parcel", change="shipping", intent="shipping_notice", po=["P06058"], vref=["BL-ORD-121905"],
     commit=("2026-12-10", "Expected delivery: Thursday 10/12/2026"),
     dates=[("2026-12-07", "ship_date", "today"), ("2026-12-10", "confirmed_delivery", "Thursday 10/12/2026")],
     lines=[("BL-DL200", 300, None, "BL-DL200 LED desk lamp x 300", "P06058"),
            ("BL-DL200-SH", 300, None, "BL-DL200-SH lamp shade x 300", "P06058")],
     track=[("DPD", "15501298834712", "consignment 15501298834712")]),

dict(v="milano", lang="en", at="2026-12-01 11:10", subj="P06059 address",
     text="""
Hi Mike,
for P06059 your PO says delivery to Billbrook but the labels you sent say Allermöhe. Which one is correct? We load on Thursday so please tell me before.
Giulia
""", end="Giulia", change="none", intent="question", po=["P06059"],
     dates=[("2026-12-03", "ship_date", "on Thursday")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-10-20 08:05", subj="Revised Order Acknowledgement MLO-SO-241388 / PO P06060",
     frm="Maple Leaf Order Management <orders@mapleleafoutdoor.ca>",
     text="""
REVISED ORDER ACKNOWLEDGEMENT - DO NOT REPLY

Maple Leaf Outdoor Products Inc.
Sales Order: MLO-SO-241388  Revision: 1
Customer PO: P06060
Revised: 10/20/2026

Line Item        Description                  Qty  UOM  Prev. Delivery  New Delivery
1    ML-SLD-48   Toboggan wood 48in           80   EA   11/09/2026      11/09/2026
2    ML-SLD-PL   Plastic sled kids            300  EA   11/09/2026      11/23/2026

Reason for revision: supplier delay line 2.
Contact your sales representative with any questions.
""", end="Contact your sales representative", change="date", intent="delay", sec=["confirmation"],
     po=["P06060"], vref=["MLO-SO-241388"], commit=("2026-11-23", "11/23/2026"),
     dates=[("2026-10-20", "other", "10/20/2026"),
            ("2026-11-09", "other", ("11/09/2026", 0)), ("2026-11-09", "confirmed_delivery", ("11/09/2026", 1)),
            ("2026-11-09", "other", ("11/09/2026", 2)), ("2026-11-23", "new_eta", "11/23/2026")],
     lines=[("ML-SLD-48", 80, "EA", "1    ML-SLD-48   Toboggan wood 48in           80   EA   11/09/2026      11/09/2026", "P06060"),
            ("ML-SLD-PL", 300, "EA", "2    ML-SLD-PL   Plastic sled kids            300  EA   11/09/2026      11/23/2026", "P06060")]),

dict(v="lahore", c=1, lang="en", at="2026-11-03 10:30", subj="Re: PO P06061 confirmation",
     text="""
Dear Sandra,

Acknowledged with thanks. Your PO P06061 for 800 sets of percale sheets (LL-PS-Q) is confirmed at the PO price, ETD Karachi 1 December, ETA Hamburg 5 January 2027.

Regarding P06001 you asked about: the balance 200 duvet covers are on schedule as per our acknowledgement.

Best regards,
Ayesha Malik

On Mon, 2 Nov 2026 at 15:10, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Dear Ayesha, please confirm the attached PO P06061. Also, is the balance of P06001 still arriving 21.12.?
""", end="Best regards,", change="none", intent="confirmation", po=["P06061", "P06001"],
     commit=("2027-01-05", "ETA Hamburg 5 January 2027"),
     dates=[("2026-12-01", "ship_date", "1 December"), ("2027-01-05", "confirmed_delivery", "5 January 2027")],
     lines=[("LL-PS-Q", 800, "sets", "800 sets of percale sheets", "P06061"),
            ("LL-DC-200", 200, None, "the balance 200 duvet covers", "P06001")],
     changes=[("P06061", "confirmation", "2027-01-05", None, "is confirmed at the PO price, ETD Karachi 1 December, ETA Hamburg 5 January 2027"),
              ("P06001", "confirmation", None, None, "the balance 200 duvet covers are on schedule as per our acknowledgement")]),

dict(v="dublinbiscuit", lang="en", at="2026-12-04 09:40", subj="Re: cancel P06062",
     text="""
Hi Tim,

No bother - P06062 is cancelled. The oat biscuits hadn't gone into production yet, so there's no charge.

Siobhan

On Thu 3 Dec 2026, 17:20 Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Siobhan, please cancel P06062 (the 1,200 oat biscuit tins due 18 Dec), the promo was dropped.
""", end="Siobhan\n\nOn", change="cancel", intent="cancellation", po=["P06062"]),

dict(v="izmir", lang="en", at="2026-11-18 19:20", subj="P06063",
     text="""
Sandra hi, P06063 loading slipped to Thursday next week (26.11), so delivery Hamburg Tuesday 1.12 instead of 24.11. Sorry. Burak

iPhone'dan gönderildi
""", end=" Burak", change="date", intent="delay", po=["P06063"],
     commit=("2026-12-01", "delivery Hamburg Tuesday 1.12"),
     dates=[("2026-11-26", "ship_date", "Thursday next week (26.11)"), ("2026-12-01", "new_eta", "Tuesday 1.12"),
            ("2026-11-24", "other", "24.11")]),

dict(v="kempen", c=1, lang="en", at="2026-12-03 15:15", subj="P06064 - compensation",
     text="""
Dear Laura,

Following our call: as compensation for the late delivery of P06064 we grant a discount of 5% on the invoice. The new date we agreed, Friday 18 December, is confirmed with our transporter.

Kind regards,
Liesbeth Wouters
Kempense Meubelmakerij
""", end="Kind regards,", change="price", intent="price_change", sec=["confirmation"], po=["P06064"],
     commit=("2026-12-18", "The new date we agreed, Friday 18 December, is confirmed"),
     dates=[("2026-12-18", "confirmed_delivery", "Friday 18 December")],
     prices=[dict(product=None, pct=-5, quote="a discount of 5% on the invoice")]),

dict(v="porto", lang="en", at="2026-12-07 18:00", subj="P06065 on the way",
     text="""
Hello Laura,

P06065 left today with our own truck. Because of the driving-time rules the driver can only unload in Hamburg on Friday 11.12, not Wednesday 9.12 as we had planned. I hope this is not a big problem.

Kind regards,
Inês Carvalho
""", end="Kind regards,", change="date", intent="delay", sec=["shipping_notice"], po=["P06065"],
     commit=("2026-12-11", "unload in Hamburg on Friday 11.12"),
     dates=[("2026-12-07", "ship_date", "today"), ("2026-12-11", "new_eta", "Friday 11.12"),
            ("2026-12-09", "other", "Wednesday 9.12")]),

dict(v="hansa", c=1, lang="en", at="2026-11-19 09:05", subj="AW: P06066 delivery note quantity",
     text="""
Hi Tim, thanks - noted. I'll check with our warehouse why the delivery note for P06066 shows the wrong quantity and come back to you tomorrow.

Ole

Am 19.11.2026 um 08:12 schrieb Tim Brandt <tim.brandt@hhg-retail.com>:
> Hi Ole, the delivery note for P06066 says 240 carafes but we received 200. Please check.
""", end="Ole\n\nAm", change="none", intent="other", po=["P06066"],
     dates=[("2026-11-20", "other", "tomorrow")]),

dict(v="seoul", lang="en", at="2026-11-11 09:30", subj="RE: P06067 - pull in to 20 Nov?",
     text="""
Dear Ms. Jensen,

We checked with our factory, but unfortunately the pull-in is not possible - the induction bases for the woks are coming from our partner only on 25 November. So we must keep the confirmed delivery date 4 December for P06067. I am sorry we cannot help this time.

Best regards,
Ji-ho Park

-----Original Message-----
From: Laura Jensen
Sent: Tuesday, November 10, 2026 4:20 PM
To: Ji-ho Park
Subject: P06067 - pull in to 20 Nov?

Dear Ji-ho, could you deliver P06067 already on 20 November instead of 4 December? Our promotion starts earlier.
""", end="Best regards,", change="none", intent="confirmation", po=["P06067"],
     commit=("2026-12-04", "keep the confirmed delivery date 4 December"),
     dates=[("2026-11-25", "other", "25 November"), ("2026-12-04", "confirmed_delivery", ("4 December", 0))]),

dict(v="jaipur", lang="en", at="2026-11-16 12:00", subj="P06068 table linen",
     text="""
Dear Sandra,

Pls note block printing of the table linen for P06068 is taking more time because of the Diwali break of our printers. Goods will now be ready for air shipment w/c 7 December and delivered Hamburg w/c 14 December, instead of 4 December as per PI.

Regret the inconvenience.

Anil
""", end="Regret the inconvenience.", change="date", intent="delay", po=["P06068"],
     commit=("2026-12-14", "delivered Hamburg w/c 14 December"),
     dates=[("2026-12-07", "ship_date", "w/c 7 December"), ("2026-12-14", "new_eta", "w/c 14 December"),
            ("2026-12-04", "other", "instead of 4 December")]),

dict(v="devries", c=1, lang="en", at="2026-11-24 15:00", subj="P06069 delivery today",
     text="""
Hi Tim,

Our driver delivered 2 of the 3 pallets of P06069 at Billbrook this morning (the dish racks DV-DR-40 and the cutlery trays). The third pallet, 144 bread bins DV-BB-30, was damaged while loading, so we are re-packing it. It will come Monday 30/11 with our regular truck.

Groeten,
Femke Smit
""", end="Groeten,", change="quantity", intent="partial_shipment", po=["P06069"],
     commit=("2026-11-30", "It will come Monday 30/11"),
     dates=[("2026-11-24", "other", "this morning"), ("2026-11-30", "new_eta", "Monday 30/11")],
     lines=[("DV-BB-30", 144, None, "144 bread bins DV-BB-30", "P06069")]),

dict(v="aceites", c=1, lang="en", at="2026-09-24 13:20", subj="Order P06070 confirmed",
     text="""
Hello Sandra,

Thank you for the order P06070 (extra virgin olive oil ADS-EV-750, 1.440 bottles). We confirm quantity and price, but with our standard lead time the delivery to Hamburg will be on 19 October, not 12 October as in your order. I hope this is fine.

Saludos,
Javier Ruiz
Aceites del Sur
""", end="Saludos,", change="date", intent="delay", sec=["confirmation"], po=["P06070"],
     commit=("2026-10-19", "the delivery to Hamburg will be on 19 October"),
     dates=[("2026-10-19", "new_eta", "19 October"), ("2026-10-12", "other", "12 October")],
     lines=[("ADS-EV-750", 1440, "bottles", "ADS-EV-750, 1.440 bottles", "P06070")]),

dict(v="anatolia", lang="en", at="2026-11-12 17:05", subj="Re: P06071 earlier?",
     text="""
Dear Sandra,

For P06071 we can bring forward 300 of the 500 bathrobes, they can be in Hamburg on 20/11. The other 200 stay on 4/12 as confirmed, the embroidery is not finished before.

Regards,
Mehmet
""", end="Regards,", change="date", intent="confirmation", po=["P06071"],
     commit=("2026-12-04", "The other 200 stay on 4/12 as confirmed"),
     dates=[("2026-11-20", "confirmed_delivery", "20/11"), ("2026-12-04", "confirmed_delivery", "4/12")],
     lines=[("bathrobes", 300, None, "300 of the 500 bathrobes", "P06071"),
            ("bathrobes", 200, None, "The other 200", "P06071")]),

dict(v="keystone", c=2, lang="en", at="2026-12-09 08:40", subj="RE: P06072 - 12/15 or 12/22?",
     text="""
Rachel's out, so jumping in. Yes - P06072 still delivers Tuesday 12/15. The 12/22 you're seeing on the portal is the invoice due date, not the delivery. Ignore it.

Greg Palmer
Keystone Housewares Distribution

-----Original Message-----
From: Tim Brandt
Sent: Wednesday, December 9, 2026 4:02 AM
To: Rachel Dunn
Subject: P06072 - 12/15 or 12/22?

Rachel, your portal shows 12/22 for P06072 but the ack said 12/15. Which is it?
""", end="Greg Palmer", change="none", intent="confirmation", po=["P06072"],
     commit=("2026-12-15", "still delivers Tuesday 12/15"),
     dates=[("2026-12-15", "confirmed_delivery", "Tuesday 12/15"), ("2026-12-22", "other", ("12/22", 0))]),

dict(v="galicia", c=1, lang="en", at="2026-11-06 17:45", subj="P06073 dispatched",
     text="""
Dear Sandra,

Your order P06073 left Vigo today with Primafrío, CMR 3318-774, arriving Hamburg Tuesday 10 November. Please note we could only load 450 of the 500 cases of sardines in olive oil (CG-SAR-120); the last 50 cases we cannot supply because of a packaging problem with the tins. We will issue a credit note for them, nothing more will follow on this order.

Kind regards,
Beatriz Castro
Conservas Galicia
""", end="Kind regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P06073"],
     commit=("2026-11-10", "arriving Hamburg Tuesday 10 November"),
     dates=[("2026-11-06", "ship_date", "today"), ("2026-11-10", "confirmed_delivery", "Tuesday 10 November")],
     lines=[("CG-SAR-120", 450, "cases", "450 of the 500 cases", "P06073"),
            ("CG-SAR-120", 50, "cases", "the last 50 cases", "P06073")],
     track=[("Primafrío", "3318-774", "CMR 3318-774")]),
]
