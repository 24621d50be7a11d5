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
]
