# ruff: noqa: E501 - email text is data
"""Short messages in five languages (batch dE): one-liners, a bare weekday or "ok" on top of a
quoted thread, "noted, will revert", "see attached" with the PDF text, out-of-office
auto-replies, portal notifications and questions, with the question / other / confirmation
boundary in mind. Hand-written and hand-labelled by reading each email."""

EMAILS = [
# ------------------------------------------------------------------ English
dict(v="acme", c=1, lang="en", at="2026-11-10 09:12", subj="Re: P05800 when?",
     text="""
Friday

Sent from my iPhone

On Mon, Nov 9, 2026 at 3:40 PM, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Dave, when will P05800 (240 laundry baskets) get to Hamburg? PO date was 11/6 and nothing has arrived yet.
""", end="Sent from my iPhone", change="date", intent="delay", po=["P05800"],
     commit=("2026-11-13", "Friday"),
     dates=[("2026-11-13", "new_eta", "Friday")]),

dict(v="brightline", c=1, lang="en", at="2026-11-09 16:05", subj="RE: P05801 - still on for Thursday?",
     text="""
ok

Tom

-----Original Message-----
From: Tim Brandt
Sent: 09 November 2026 11:20
To: Tom Okafor
Subject: P05801 - still on for Thursday?

Hi Tom, can you confirm P05801 (the 150 smart plugs) still arrives Thursday 12 Nov as on the PO? I need to book a dock slot.

Thanks
Tim
""", end="Tom\n\n-----Original", change="none", intent="confirmation", po=["P05801"]),

dict(v="ningbo", lang="en", at="2026-11-17 10:30", subj="Re: P05802 earlier ETD possible?",
     text="""
noted, will revert tmr

Amy

------------------ Original ------------------
From: "Mike Osei"<mike.osei@hhg-retail.com>
Date: Mon, Nov 16, 2026 05:12 PM
Subject: P05802 earlier ETD possible?

Hi Amy, is there any chance to move the ETD of P05802 forward from 18 Dec to 4 Dec? Sales wants the lunch boxes earlier.
""", end="Amy\n\n---", change="none", intent="other", po=["P05802"],
     dates=[("2026-11-18", "other", "tmr")]),

dict(v="evergreen", lang="en", at="2026-11-19 14:40", subj="RE: P05803 confirmation??",
     text="""
See attached.

Bill Sutherland
Evergreen Paper Products Inc.

--- attachment: EPP_SalesOrderAck_61207.pdf ---
EVERGREEN PAPER PRODUCTS INC.
SALES ORDER ACKNOWLEDGEMENT
Sales Order: EPP-SO-61207      Customer PO: P05803
Order date: 11/16/2026         Ack date: 11/19/2026
Ship via: LTL / FOB Origin

Line  Item         Description              Qty     Req. date    Sched. ship   Est. delivery
1     EP-CUP-12    Paper cup 12oz white     180 cs  12/04/2026   11/30/2026    12/04/2026
2     EP-LID-12    Lid for 12oz cup         180 cs  12/04/2026   11/30/2026    12/04/2026
3     EP-SLV-KR    Kraft cup sleeve         60 cs   12/04/2026   12/07/2026    12/11/2026

Line 3: raw material on order, scheduled as shown.
""", end="Bill Sutherland", change="date", intent="delay", sec=["confirmation"],
     po=["P05803"], vref=["EPP-SO-61207"],
     commit=("2026-12-11", "12/11/2026"),
     dates=[("2026-11-16", "other", "11/16/2026"), ("2026-11-19", "other", "11/19/2026"),
            ("2026-12-04", "other", ("12/04/2026", 0)), ("2026-11-30", "ship_date", ("11/30/2026", 0)),
            ("2026-12-04", "confirmed_delivery", ("12/04/2026", 1)),
            ("2026-12-04", "other", ("12/04/2026", 2)), ("2026-11-30", "ship_date", ("11/30/2026", 1)),
            ("2026-12-04", "confirmed_delivery", ("12/04/2026", 3)),
            ("2026-12-04", "other", ("12/04/2026", 4)), ("2026-12-07", "ship_date", "12/07/2026"),
            ("2026-12-11", "new_eta", "12/11/2026")],
     lines=[("EP-CUP-12", 180, "cs", "1     EP-CUP-12    Paper cup 12oz white     180 cs  12/04/2026   11/30/2026    12/04/2026", "P05803"),
            ("EP-LID-12", 180, "cs", "2     EP-LID-12    Lid for 12oz cup         180 cs  12/04/2026   11/30/2026    12/04/2026", "P05803"),
            ("EP-SLV-KR", 60, "cs", "3     EP-SLV-KR    Kraft cup sleeve         60 cs   12/04/2026   12/07/2026    12/11/2026", "P05803")]),

dict(v="lakeside", lang="en", at="2026-11-25 07:02", subj="Automatic reply: P05804 short shipment?",
     text="""
I am out of the office through Monday, November 30, with no access to email. I will respond when I return on Tuesday, December 1.

For order status or shipping questions please contact our Shipping Team at shipping@lakesidepet.com or 1-800-555-0142.

Amber Nielsen
Lakeside Pet Foods Inc.
""", end="Amber Nielsen", change="none", intent="other", po=["P05804"],
     dates=[("2026-11-30", "other", "Monday, November 30"), ("2026-12-01", "other", "Tuesday, December 1")]),

dict(v="oakridge", c=1, lang="en", at="2026-11-23 06:15", subj="Order P05805 status update: Backordered",
     frm="Oakridge Order Status <noreply@oakridgefurniture.com>",
     text="""
Oakridge Furniture Co. - Order Status Update

PO Number: P05805
Sales Order: OFC-SO-31177
Status: BACKORDERED

Previous estimated ship date: 11/24/2026
New estimated ship date: 12/14/2026

Reason: Awaiting finish materials

This mailbox is not monitored. For questions contact your sales representative.
""", end="This mailbox is not monitored.", change="date", intent="delay", po=["P05805"],
     vref=["OFC-SO-31177"],
     dates=[("2026-11-24", "other", "11/24/2026"), ("2026-12-14", "ship_date", "12/14/2026")]),

dict(v="voltix", c=1, lang="en", at="2026-10-20 15:10", subj="P05806",
     text="""
hi Tim, P05806 pallet or floor loaded? need to know before thu for booking
Kevin
""", end="Kevin", change="none", intent="question", po=["P05806"],
     dates=[("2026-10-22", "other", "thu")]),

dict(v="highland", lang="en", at="2026-10-14 11:30", subj="RE: New order P05807 - 900 dinner candles",
     text="""
Received, thanks Mike - it's gone into planning, you'll get the proper acknowledgement next week.

Fiona

-----Original Message-----
From: Mike Osei
Sent: 13 October 2026 17:02
To: Fiona MacLeod
Subject: New order P05807 - 900 dinner candles

Hi Fiona, please find attached P05807 for 900 dinner candles (ivory), delivery wanted by 20 November.
""", end="Fiona\n\n---", change="none", intent="other", po=["P05807"],
     dates=[("2026-10-19", "other", "next week")]),

dict(v="cleanco", lang="en", at="2026-12-01 10:20", subj="P05808 delivery day",
     text="""
Tim - do you want P05808 on Thursday or Friday? Both work our end, just say which.

Gary
""", end="Gary", change="none", intent="question", po=["P05808"],
     dates=[("2026-12-03", "other", "Thursday"), ("2026-12-04", "other", "Friday")]),

dict(v="mapleleaf", lang="en", at="2026-11-24 12:45", subj="Re: P05809 - 12/4?",
     text="""
Yes, 12/4 confirmed for all 3 pallets. Sorry for the back and forth

Sent from my phone

On Mon, Nov 23, 2026, 4:18 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Josh, so is it 12/4 now for P05809? Our system still shows 11/27.
>
> On Fri, Nov 20, 2026, 9:02 AM Josh Tremblay <josh.tremblay@mapleleafoutdoor.ca> wrote:
>> Laura, the snowshoes for P05809 are running late, looking like 12/4 instead of 11/27. Will confirm Monday.
""", end="Sent from my phone", change="none", intent="confirmation", po=["P05809"],
     commit=("2026-12-04", "Yes, 12/4 confirmed for all 3 pallets"),
     dates=[("2026-12-04", "confirmed_delivery", ("12/4", 0))]),

dict(v="texbright", lang="en", at="2026-12-03 13:30", subj="P05810 / P05811",
     text="""
P05810 shipped today, P05811 goes next Tues. tracking for 810 to follow

Marcus
""", end="Marcus", change="shipping", intent="shipping_notice", sec=["confirmation"],
     po=["P05810", "P05811"],
     dates=[("2026-12-03", "ship_date", "today"), ("2026-12-08", "ship_date", "next Tues")],
     changes=[("P05810", "shipping_notice", None, None, "P05810 shipped today"),
              ("P05811", "confirmation", None, None, "P05811 goes next Tues")]),

dict(v="sparkle", lang="en", at="2026-11-16 09:05", subj="Re: P05812 wine glasses",
     text="""
Morning Laura, FYI all stemware goes up 4% from 1/1. P05812 is invoiced at the old prices so nothing changes there.

Hannah
""", end="Hannah", change="price", intent="price_change", po=["P05812"],
     dates=[("2027-01-01", "price_effective", "1/1")],
     prices=[dict(product="stemware", pct=4, cur=None, eff="2027-01-01",
                  quote="all stemware goes up 4% from 1/1")]),

dict(v="pacific", lang="en", at="2026-10-08 10:50", subj="P05813",
     text="""
Laura - sorry, we have to cancel P05813. The Sumatra lot failed cupping and there is no replacement this season. Credit memo for the deposit to follow.

Lena
""", end="Lena", change="cancel", intent="cancellation", po=["P05813"]),

dict(v="aussie", c=1, lang="en", at="2026-11-26 16:20", subj="Re: P05814 dispatch",
     text="""
only 60 of the 100 swags going out today sorry, rest mid Dec

Chloe
Sent from Outlook for iOS
""", end="Chloe", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P05814"], commit=("2026-12-15", "rest mid Dec"),
     dates=[("2026-11-26", "ship_date", "today"), ("2026-12-15", "new_eta", "mid Dec")],
     lines=[("swags", 60, None, "60 of the 100 swags", "P05814")]),

dict(v="seoul", lang="en", at="2026-11-12 09:40", subj="RE: P05815 delay",
     text="""
Dear Sandra,
Please ignore my last mail, it was for other customer. Your P05815 is no change, delivery on the 19th as confirmed.
Sorry for confusion.

Best regards,
Ji-ho Park

-----Original Message-----
From: Ji-ho Park
Sent: Thursday, November 12, 2026 9:02 AM
To: Sandra Klein
Subject: P05815 delay

Dear Sandra, unfortunately P05815 will be delayed to 3 December because of mold repair.
""", end="Best regards,", change="none", intent="confirmation", po=["P05815"],
     commit=("2026-11-19", "delivery on the 19th as confirmed"),
     dates=[("2026-11-19", "confirmed_delivery", "the 19th")]),
]
