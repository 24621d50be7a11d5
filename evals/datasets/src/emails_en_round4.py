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
]
