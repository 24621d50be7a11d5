# ruff: noqa: E501 - email text is data
"""Short and messy English: one-liners and phone replies, chat-like messages without
punctuation, replies on top of long quoted threads, forwarded vendor-internal notes with a
line on top, subjects that say one thing and new text another, portal notifications.
Hand-written and hand-labelled."""

EMAILS = [
dict(v="greenthumb", lang="en", at="2026-11-10 08:15", subj="Re: P04800 delay?",
     text="""
no delay, all good. trucks loading thursday, you'll have it monday

Sent from my iPhone

On Mon, Nov 9, 2026 at 4:02 PM, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Randy, heard from your rep there might be a delay on P04800 (the raised bed kits). Is the 11/16 delivery still on?
""", end="Sent from my iPhone", change="none", intent="confirmation", po=["P04800"],
     commit=("2026-11-16", "you'll have it monday"),
     dates=[("2026-11-12", "ship_date", "thursday"), ("2026-11-16", "confirmed_delivery", "monday")]),

dict(v="acme", c=1, lang="en", at="2026-10-06 11:02", subj="P04801",
     text="""
P04801 wont make 10/9, looking like 10/20 now. sorry

-Dave
""", end="-Dave", change="date", intent="delay", po=["P04801"],
     commit=("2026-10-20", "looking like 10/20 now"),
     dates=[("2026-10-09", "other", "10/9"), ("2026-10-20", "new_eta", "10/20")]),

dict(v="oakridge", c=1, lang="en", at="2026-11-19 07:30", subj="Your order P04802 has shipped",
     text="""
Oakridge Furniture Co. - Order Status Update

Your order has shipped complete.

PO Number: P04802
Sales Order: OFC-SO-30418
Ship Date: 11/19/2026
Carrier: XPO Logistics
PRO: 571-0093385
Estimated Delivery: 11/24/2026 - 11/26/2026

Items:
12 x OF-BENCH-OAK   Oak entry bench 120cm
8 x OF-SHELF-5T     5-tier ladder shelf walnut

This mailbox is not monitored. For questions contact your sales representative.
""", end="This mailbox is not monitored.", change="shipping", intent="shipping_notice",
     po=["P04802"], vref=["OFC-SO-30418"],
     commit=("2026-11-26", "Estimated Delivery: 11/24/2026 - 11/26/2026"),
     dates=[("2026-11-19", "ship_date", "11/19/2026"), ("2026-11-24", "range_start", "11/24/2026"),
            ("2026-11-26", "range_end", "11/26/2026")],
     lines=[("OF-BENCH-OAK", 12, None, "12 x OF-BENCH-OAK   Oak entry bench 120cm", "P04802"),
            ("OF-SHELF-5T", 8, None, "8 x OF-SHELF-5T     5-tier ladder shelf walnut", "P04802")],
     track=[("XPO Logistics", "571-0093385", "PRO: 571-0093385")]),

dict(v="highland", lang="en", at="2026-10-21 15:40", subj="RE: P04803 - cancel?",
     text="""
Hi Sandra, yes that's fine, P04803 is cancelled our end. Nothing had been poured yet so no charge.

Cheers,
Fiona

-----Original Message-----
From: Sandra Klein
Sent: 21 October 2026 09:12
To: Fiona MacLeod
Subject: P04803 - cancel?

Fiona, we need to cancel P04803 (the 600 pillar candles for 12 Nov), our store opening in Lübeck was postponed to spring. Is that still possible?
""", end="Cheers,", change="cancel", intent="cancellation", po=["P04803"]),

dict(v="cleanco", lang="en", at="2026-11-02 10:00", subj="price update",
     text="""
Morning Tim,

Heads up - the 5L floor cleaner (CC-FLR-5L) goes from £7.40 to £7.95 a unit from 1st December, bottle costs again. Applies to P04804 too if it's not delivered by then, which it won't be.

Gary
""", end="Gary", change="price", intent="price_change", po=["P04804"],
     dates=[("2026-12-01", "price_effective", "1st December")],
     prices=[dict(product="CC-FLR-5L", old=7.40, new=7.95, cur="GBP", eff="2026-12-01",
                  quote="goes from £7.40 to £7.95 a unit from 1st December")]),

dict(v="voltix", c=1, lang="en", at="2026-09-15 14:20", subj="P04805 carton mark",
     text="""
hi Mike
for P04805 carton mark use same as last time or new logo? pls reply today we print tomorrow
thx
Kevin
""", end="thx", change="none", intent="question", po=["P04805"],
     dates=[("2026-09-15", "other", "today"), ("2026-09-16", "other", "tomorrow")]),

dict(v="mapleleaf", lang="en", at="2026-10-28 13:10", subj="Re: P04806",
     text="""
Shipped 40 of the 64 kayak paddles today, rest (24) end of next week. Tracking to follow

Sent from my phone
""", end="Sent from my phone", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04806"], commit=("2026-11-06", "rest (24) end of next week"),
     dates=[("2026-10-28", "ship_date", "today"), ("2026-11-06", "new_eta", "end of next week")],
     lines=[("kayak paddles", 40, None, "Shipped 40 of the 64 kayak paddles", "P04806"),
            ("kayak paddles", 24, None, "rest (24)", "P04806")]),

dict(v="sparkle", lang="en", at="2026-09-08 09:45", subj="Re: P04807 revised delivery address",
     text="""
Got it, thanks Laura - will pass to our despatch team.

Hannah

On 7 Sep 2026, at 17:31, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hi Hannah, please note P04807 must now go to our Hamburg-Billbrook warehouse, not Allermöhe. Delivery date stays 24 Sept.
""", end="Hannah\n\nOn", change="none", intent="other", po=["P04807"]),

dict(v="ningbo", c=1, lang="en", at="2026-11-24 10:05", subj="Re: Re: P04808 order confirm",
     text="""
Dear Tim, sorry update: P04808 glass jars ETD change to KW 50, ETA Hamburg around 15 Jan. Mold crack in factory, new mold take time.

Leo

-----Original Message-----
From: Leo Wang
Sent: 2026-10-30 16:22
To: Tim Brandt
Subject: Re: P04808 order confirm

Dear Tim, confirm P04808, 4800 pcs glass storage jar 1L, ETD Ningbo 20 Nov, ETA Hamburg 28 Dec.

> Leo, please confirm P04808 and the dates.
""", end=("Leo", 0), change="date", intent="delay", po=["P04808"],
     commit=("2027-01-15", "ETA Hamburg around 15 Jan"),
     dates=[("2026-12-07", "ship_date", "KW 50"), ("2027-01-15", "new_eta", "15 Jan")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-10-13 09:00", subj="P04809 on its way",
     text="""
Hi Laura, P04809 (all 180 throws) left Auckland today on the Maersk Kotka, ETA Hamburg 24 Nov. BL no. MAEU219044871, copy attached.

Cheers
Sophie
""", end="Cheers", change="shipping", intent="shipping_notice", po=["P04809"],
     commit=("2026-11-24", "ETA Hamburg 24 Nov"),
     dates=[("2026-10-13", "ship_date", "today"), ("2026-11-24", "confirmed_delivery", "24 Nov")],
     lines=[("wool throws", 180, None, "all 180 throws", "P04809")],
     track=[("Maersk", "MAEU219044871", "BL no. MAEU219044871")]),

dict(v="evergreen", c=1, lang="en", at="2026-09-22 12:00", subj="Order Acknowledgement EPP-OA-55821 / Your PO P04810",
     text="""
ORDER ACKNOWLEDGEMENT - Evergreen Paper Products Inc.
Your PO: P04810
Our Order: EPP-OA-55821
Order Date: 09/21/2026

Item           Description                     Qty     Ship Date    Delivery
EP-NAP-2PLY    Dinner napkins 2-ply white      400 cs  10/05/2026   10/09/2026
EP-TWL-KR      Kraft hand towels               250 cs  10/05/2026   10/09/2026

All items confirmed as ordered.
This is a system generated message - replies are not monitored.
""", end="This is a system generated message", change="none", intent="confirmation",
     po=["P04810"], vref=["EPP-OA-55821"],
     commit=("2026-10-09", ("10/09/2026", 1)),
     dates=[("2026-09-21", "other", "09/21/2026"),
            ("2026-10-05", "ship_date", ("10/05/2026", 0)), ("2026-10-09", "confirmed_delivery", ("10/09/2026", 0)),
            ("2026-10-05", "ship_date", ("10/05/2026", 1)), ("2026-10-09", "confirmed_delivery", ("10/09/2026", 1))],
     lines=[("EP-NAP-2PLY", 400, "cs", "EP-NAP-2PLY    Dinner napkins 2-ply white      400 cs  10/05/2026   10/09/2026", "P04810"),
            ("EP-TWL-KR", 250, "cs", "EP-TWL-KR      Kraft hand towels               250 cs  10/05/2026   10/09/2026", "P04810")]),

dict(v="anatolia", lang="en", at="2026-10-05 16:00", subj="Re: P04811 price",
     text="""
Dear Sandra yes we must add 6% on P04811 cotton towels, yarn price up very much this month. Sorry for this. From next order maybe normal again

Mehmet

On Mon, 5 Oct 2026 at 10:11, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Hi, your proforma for P04811 shows higher prices than our PO, is that a mistake?
""", end="Mehmet", change="price", intent="price_change", po=["P04811"],
     prices=[dict(product="cotton towels", pct=6, quote="add 6% on P04811 cotton towels")]),

dict(v="lakeside", lang="en", at="2026-12-03 09:30", subj="RE: P04812 delayed?",
     text="""
Not delayed - we can't supply it at all, sorry. The 15lb senior formula was discontinued by the plant last month. Please treat P04812 as cancelled; I'll send the cancellation confirmation from the system today.

Amber Nielsen
Lakeside Pet Foods
""", end="Amber Nielsen", change="cancel", intent="cancellation", po=["P04812"],
     dates=[("2026-12-03", "other", "today")]),

dict(v="brightline", c=1, lang="en", at="2026-11-11 14:55", subj="Re: P04813 new date",
     text="""
Tim - quick one, can we split P04813? 300 now, 200 on the new date, or do you want to wait for all 500 together? Let me know by Friday

Tom

On 10 Nov 2026, at 16:40, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> OK understood, 8 Dec instead of 20 Nov. Not great but noted.
>
>> On 10 Nov 2026, Tom Okafor wrote:
>> Tim, P04813 LED desk lamps slip to 8 Dec, driver IC shortage.
""", end=("Tom", 0), change="none", intent="question", po=["P04813"],
     dates=[("2026-11-13", "other", "Friday")],
     lines=[("LED desk lamps", 300, None, "300 now", "P04813"),
            ("LED desk lamps", 200, None, "200 on the new date", "P04813")]),

dict(v="schwarzwald", c=1, lang="en", at="2026-11-16 08:40", subj="FW: P04814 Messerblöcke",
     text="""
Laura, see below from our production - sorry. New delivery date would be 4 December.

Sabine

---------- Forwarded message ---------
From: Produktion Schwarzwald <produktion@schwarzwald-hw.de>
Date: Fri, Nov 13, 2026 at 17:02
Subject: P04814 Messerblöcke

Sabine, the beech wood for the knife blocks of P04814 arrived wet, we must dry it again. Finish earliest KW 48, so shipping 1.12. at the earliest.
""", end=("Sabine", 0), change="date", intent="delay", po=["P04814"],
     commit=("2026-12-04", "New delivery date would be 4 December"),
     dates=[("2026-12-04", "new_eta", "4 December"), ("2026-11-23", "other", "KW 48"),
            ("2026-12-01", "ship_date", "1.12.")]),
dict(v="jaipur", lang="en", at="2026-12-01 11:20", subj="P04815 dispatch - part",
     text="""
Dear Sandra,
P04815 part shipment went today by air, balance will ship next week pls note.

Item        | Ord | Sent | Bal
JBP-TC-RED  | 200 | 200  | 0
JBP-TC-IND  | 200 | 120  | 80
JBP-NAP-SET | 150 | 0    | 150

AWB 176-44820193 (Emirates SkyCargo)

Rgds
Anil
""", end="Rgds", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04815"],
     dates=[("2026-12-01", "ship_date", "today"), ("2026-12-07", "ship_date", "next week")],
     lines=[("JBP-TC-RED", 200, None, "JBP-TC-RED  | 200 | 200  | 0", "P04815"),
            ("JBP-TC-IND", 120, None, "JBP-TC-IND  | 200 | 120  | 80", "P04815"),
            ("JBP-TC-IND", 80, None, "JBP-TC-IND  | 200 | 120  | 80", "P04815"),
            ("JBP-NAP-SET", 150, None, "JBP-NAP-SET | 150 | 0    | 150", "P04815")],
     track=[("Emirates SkyCargo", "176-44820193", "AWB 176-44820193")]),

dict(v="polska", lang="en", at="2026-12-18 16:00", subj="Automatic reply: P04816 pallet labels",
     text="""
I am out of the office from 21.12 to 06.01 with limited access to email. For urgent matters regarding orders please contact Piotr Wisniewski.

Katarzyna Nowak
""", end="Katarzyna Nowak", change="none", intent="other", po=["P04816"],
     dates=[("2026-12-21", "other", "21.12"), ("2027-01-06", "other", "06.01")]),

dict(v="milano", c=1, lang="en", at="2026-10-19 18:05", subj="Re: P04817 - can you do 6 Nov?",
     text="""
yes ok 6/11 delivery confirmed for P04817, all 90 espresso cups

Marco
Inviato da iPhone
""", end="Marco", change="none", intent="confirmation", po=["P04817"],
     commit=("2026-11-06", "6/11 delivery confirmed"),
     dates=[("2026-11-06", "confirmed_delivery", "6/11")],
     lines=[("espresso cups", 90, None, "all 90 espresso cups", "P04817")]),

dict(v="plasticos", lang="en", at="2026-09-29 17:45", subj="P04818",
     text="""
hi truck with P04818 left monterrey this afternoon all 1200 storage boxes border crossing tomorrow should be at laredo warehouse friday tracking pro 88120437 estes
rodrigo
""", end="rodrigo", change="shipping", intent="shipping_notice", po=["P04818"],
     commit=("2026-10-02", "should be at laredo warehouse friday"),
     dates=[("2026-09-29", "ship_date", "this afternoon"), ("2026-09-30", "other", "tomorrow"),
            ("2026-10-02", "confirmed_delivery", "friday")],
     lines=[("storage boxes", 1200, None, "all 1200 storage boxes", "P04818")],
     track=[("estes", "88120437", "pro 88120437")]),

dict(v="aussie", c=1, lang="en", at="2026-11-05 10:30", subj="FW: P04819 swags",
     text="""
Hi Mike, fyi below - we have to cancel the swag line on P04819, sorry. Rest of the order is unaffected and still ships 20 Nov.

Chloe

---------- Forwarded message ---------
From: Warehouse AOG <warehouse@aussieoutdoor.com.au>
Date: Thu, 5 Nov 2026 08:14
Subject: swags

Chloe - the 2-person canvas swags (AOG-SWG-2P) are written off, whole lot water damaged in the flood at Unit 4, no replacement stock this year. Cancel them on all open export orders.
""", end=("Chloe", 0), change="cancel", intent="cancellation", po=["P04819"],
     dates=[("2026-11-20", "ship_date", "20 Nov")]),

dict(v="brightline", c=2, lang="en", at="2026-09-01 07:00", subj="Price list update effective 1 October 2026",
     text="""
Dear customer,

Please note that our trade price list changes on 01/10/2026. The average increase across the range is 3.5%. Open orders delivered after that date will be invoiced at the new prices; this includes your order P04820.

The new list can be downloaded from the Brightline trade portal.

Brightline Electronics Ltd - Customer Services
This email was sent automatically.
""", end="Brightline Electronics Ltd - Customer Services", change="price", intent="price_change",
     po=["P04820"],
     dates=[("2026-10-01", "price_effective", "01/10/2026")],
     prices=[dict(pct=3.5, eff="2026-10-01", quote="The average increase across the range is 3.5%")]),

dict(v="hanoi", lang="en", at="2026-10-08 09:10", subj="P04821 bamboo tray size??",
     text="""
Dear Laura
PO P04821 say tray 35x25 but the sample you approve is 38x26. which one we make? production start monday so pls answer before
thank you
Lan
""", end="thank you", change="none", intent="question", po=["P04821"],
     dates=[("2026-10-12", "other", "monday")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-20 13:00", subj="P04822 bedsheets",
     text="""
Dear Mike, Good afternoon, hope you are well and the weather in Hamburg is not too cold. Regarding P04822 we had some problem with the dyeing, the navy shade was not matching the approved lab dip so our QC rejected the full lot and we are re-dyeing, this is taking extra time as the dye house is also busy with festive orders, so I am sorry to tell that the delivery will be 11 December instead of 27 November as confirmed earlier. The quantities remain same. Please let me know if this is ok or if you want us to airfreight part of it at our cost, we can do 500 sets by air to reach by 2 December.

Warm regards,
Priya Sharma
""", end="Warm regards,", change="date", intent="delay", sec=["question"], po=["P04822"],
     commit=("2026-12-11", "the delivery will be 11 December"),
     dates=[("2026-12-11", "new_eta", "11 December"), ("2026-11-27", "other", "27 November"),
            ("2026-12-02", "other", "2 December")],
     lines=[("bedsheet sets", 500, "sets", "500 sets by air", "P04822")]),

dict(v="evergreen", lang="en", at="2026-12-14 09:05", subj="handover",
     text="""
FYI I'm retiring end of this week, Tanya Brooks will handle your account incl. the open P04823 from Monday. Her direct line is 212-555-0188. It's been a pleasure!

Bill
""", end="Bill", change="none", intent="other", po=["P04823"],
     dates=[("2026-12-18", "other", "end of this week"), ("2026-12-21", "other", "Monday")]),

dict(v="taipei", c=1, lang="en", at="2026-12-02 10:40", subj="Re: P04824 pull in possible?",
     text="""
Tim, ok we can do. P04824 delivery pulled in to 9 Dec as you ask, confirmed.

Eric

On Tue, Dec 1, 2026 at 3:15 PM, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Eric, any chance to pull P04824 in to Dec 9? We are running out of stock.
>
> On Mon, Nov 16, 2026, Eric Huang wrote:
>> Dear Tim, P04824 (2,000 wireless chargers) delayed from Dec 4 to Dec 16 because of certification retest, sorry.
""", end=("Eric", 0), change="date", intent="confirmation", po=["P04824"],
     commit=("2026-12-09", "delivery pulled in to 9 Dec"),
     dates=[("2026-12-09", "confirmed_delivery", "9 Dec")]),

dict(v="acme", lang="en", at="2026-11-13 15:20", subj="P04825 - partial",
     text="""
Hi Laura - P04825 ships Monday but only 18 of the 30 bath mat sets, the gray ones are backordered until further notice. Delivery 5-7 business days from ship.

Jessica
""", end="Jessica", change="quantity", intent="partial_shipment", po=["P04825"],
     commit=("2026-11-25", "Delivery 5-7 business days from ship"),
     dates=[("2026-11-16", "ship_date", "Monday"), ("2026-11-23", "range_start", "5-7 business days"),
            ("2026-11-25", "range_end", "5-7 business days")],
     lines=[("bath mat sets", 18, None, "only 18 of the 30 bath mat sets", "P04825")]),

dict(v="oakridge", c=1, lang="en", at="2026-10-02 06:00", subj="Order P04826 - status changed",
     text="""
Oakridge Furniture Co. - Order Status Update

PO Number: P04826
Sales Order: OFC-SO-29977
Status: CANCELLED
Reason: Item discontinued (OF-DESK-STD Standing desk frame)
Cancelled Qty: 15

This mailbox is not monitored. For questions contact your sales representative.
""", end="This mailbox is not monitored.", change="cancel", intent="cancellation",
     po=["P04826"], vref=["OFC-SO-29977"],
     lines=[("OF-DESK-STD", 15, None, "Cancelled Qty: 15", "P04826")]),

dict(v="kiwiwool", lang="en", at="2026-09-24 11:30", subj="throw prices",
     text="""
kia ora Laura, wool auction prices jumped again, we need to go to NZD 58.50 per throw (was 54.00) from 1 Nov. P04827 stays at the old price as its already in production

Hemi
""", end="Hemi", change="price", intent="price_change", po=["P04827"],
     dates=[("2026-11-01", "price_effective", "1 Nov")],
     prices=[dict(product="wool throw", old=54.00, new=58.50, cur="NZD", eff="2026-11-01",
                  quote="go to NZD 58.50 per throw (was 54.00) from 1 Nov")]),

dict(v="lemaire", c=1, lang="en", at="2026-11-09 12:10", subj="RE: new order P04828",
     text="""
Thanks Mike, received your PO P04828, will revert with the confirmation by Thursday.

Sophie
""", end="Sophie", change="none", intent="other", po=["P04828"],
     dates=[("2026-11-12", "other", "Thursday")]),

dict(v="savonnerie", c=1, lang="en", at="2026-10-27 15:00", subj="Re: P04829 confirmation",
     text="""
Hello Sandra, before I confirm P04829: lavender or unscented for the guest soaps? The PO says both. Thanks, Julien
""", end="Thanks, Julien", change="none", intent="question", po=["P04829"]),

dict(v="vanderberg", c=1, lang="en", at="2026-12-08 14:00", subj="Re: P04830 late?",
     text="""
Not late anymore :) truck left this morning, you get it tomorrow before noon. CMR 0047719

Sanne

On 7 Dec 2026, at 11:02, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Sanne, P04830 was due on 4 Dec and still nothing here. Please advise.
""", end="Sanne\n\nOn", change="shipping", intent="shipping_notice", po=["P04830"],
     commit=("2026-12-09", "you get it tomorrow"),
     dates=[("2026-12-08", "ship_date", "this morning"), ("2026-12-09", "confirmed_delivery", "tomorrow")],
     track=[(None, "0047719", "CMR 0047719")]),

dict(v="lisbon", c=1, lang="en", at="2026-09-17 08:50", subj="P04831 cork boards",
     text="""
sorry Tim cork boards P04831 now mid-October not end of September, machine broke
Rui
""", end="Rui", change="date", intent="delay", po=["P04831"],
     commit=("2026-10-15", "now mid-October"),
     dates=[("2026-10-15", "new_eta", "mid-October"), ("2026-09-30", "other", "end of September")]),
dict(v="texbright", c=1, lang="en", at="2026-12-09 16:30", subj="FW: P04832 pick short",
     text="""
Laura - see warehouse note below. We're shipping what we have Friday, the rest the week of 12/21.

Olivia

---------- Forwarded message ---------
From: DC Allentown <dc.allentown@texbright.com>
Date: Wed, Dec 9, 2026 at 1:12 PM
Subject: P04832 pick short

Olivia, P04832 picked short: TB-DUV-Q queen duvet 140 of 220, TB-PIL-STD pillows 400 of 400 complete. Balance 80 duvets expected in from the Greensboro mill 12/18.
""", end=("Olivia", 0), change="quantity", intent="partial_shipment", po=["P04832"],
     dates=[("2026-12-11", "ship_date", "Friday"), ("2026-12-21", "ship_date", "the week of 12/21"),
            ("2026-12-18", "other", "12/18")],
     lines=[("TB-DUV-Q", 140, None, "TB-DUV-Q queen duvet 140 of 220", "P04832"),
            ("TB-PIL-STD", 400, None, "TB-PIL-STD pillows 400 of 400 complete", "P04832"),
            ("TB-DUV-Q", 80, None, "Balance 80 duvets", "P04832")]),

dict(v="baltic", lang="en", at="2026-10-15 10:00", subj="P04833",
     text="""
Hello Sandra
P04833 confirmed all ok, smoked sprats 1.200 tins + herring fillets 800 tins, delivery KW 44 to your Hamburg DC
Tomas
""", end="Tomas", change="none", intent="confirmation", po=["P04833"],
     commit=("2026-10-26", "delivery KW 44"),
     dates=[("2026-10-26", "confirmed_delivery", "KW 44")],
     lines=[("smoked sprats", 1200, "tins", "smoked sprats 1.200 tins", "P04833"),
            ("herring fillets", 800, "tins", "herring fillets 800 tins", "P04833")]),

dict(v="kaiser", c=1, lang="en", at="2026-11-25 09:00", subj="P04834 Verschiebung / postponement",
     text="""
Dear Mike,
short info: P04834 (LED strips) moves from KW 49 to KW 51, our supplier of the controllers is late.
BR Petra
""", end="BR Petra", change="date", intent="delay", po=["P04834"],
     commit=("2026-12-14", "to KW 51"),
     dates=[("2026-11-30", "other", "KW 49"), ("2026-12-14", "new_eta", "KW 51")]),

dict(v="mueller", c=2, lang="en", at="2026-10-20 14:00", subj="Lieferavis / Dispatch advice 8012277 - P04835",
     text="""
DISPATCH ADVICE
Delivery note: LS-8012277
Customer order: P04835
Dispatch date: 20.10.2026
Forwarder: DB Schenker, consignment no. 4400918827
Expected delivery: 22.10.2026

Pos  Article      Description               Qty
10   MG-HS-450    Hedge shears 450mm        60
20   MG-RK-16     Leaf rake 16 tines        120

Order complete.
Müller Gartentechnik GmbH & Co. KG - automatic message
""", end="Müller Gartentechnik GmbH & Co. KG - automatic message", change="shipping",
     intent="shipping_notice", po=["P04835"], vref=["LS-8012277"],
     commit=("2026-10-22", "Expected delivery: 22.10.2026"),
     dates=[("2026-10-20", "ship_date", "20.10.2026"), ("2026-10-22", "confirmed_delivery", "22.10.2026")],
     lines=[("MG-HS-450", 60, None, "10   MG-HS-450    Hedge shears 450mm        60", "P04835"),
            ("MG-RK-16", 120, None, "20   MG-RK-16     Leaf rake 16 tines        120", "P04835")],
     track=[("DB Schenker", "4400918827", "consignment no. 4400918827")]),

dict(v="romande", lang="en", at="2026-09-10 11:25", subj="Re: P04836 confirmation",
     text="""
Sorry Tim, we can't confirm this one after all, the 20cm bread knives are sold out until spring. We cancel P04836 completely, please reorder in January if still needed.

Luc Favre
""", end="Luc Favre", change="cancel", intent="cancellation", po=["P04836"],
     dates=[("2027-01-01", "other", "in January")]),

dict(v="pacific", c=1, lang="en", at="2026-10-30 13:40", subj="coffee",
     text="""
green coffee went crazy again - House Blend 5lb bags are $48.00 now, were $43.50. effective 11/16 incl open P04837. sorry!!
-chris
""", end="-chris", change="price", intent="price_change", po=["P04837"],
     dates=[("2026-11-16", "price_effective", "11/16")],
     prices=[dict(product="House Blend 5lb", old=43.50, new=48.00, cur="USD", eff="2026-11-16",
                  quote="House Blend 5lb bags are $48.00 now, were $43.50")]),

dict(v="aceites", c=1, lang="en", at="2026-11-03 12:15", subj="Re: P04838 confirmed for 19 Nov",
     text="""
Laura, one thing: the 5L tins or the 3L? Your PO says 5L but the price is the one for 3L. Tell me asap so we can fill.

Javier

On Mon, 2 Nov 2026 at 17:20, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Thanks Javier, noted: P04838 delivery 19 Nov.
""", end="Javier\n\nOn", change="none", intent="question", po=["P04838"]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-12-10 10:45", subj="Invoice DBC-INV-20419",
     text="""
Hi Tim, invoice DBC-INV-20419 for P04839 attached, due 09/01/2027. Thanks!

Declan
""", end="Declan", change="none", intent="other", po=["P04839"], vref=["DBC-INV-20419"],
     dates=[("2027-01-09", "other", "09/01/2027")]),

dict(v="sunshine", c=1, lang="en", at="2026-11-26 08:10", subj="P04840 oranges",
     text="""
Morning Mike, only 1,400 of the 2,000 cartons of navel oranges for P04840 made the reefer this week, the other 600 go on the next sailing around 10 Dec, ETA Rotterdam approx 3 January. First container MSKU 7712045 ETA 19 Dec.

Annelie
""", end="Annelie", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04840"], commit=("2027-01-03", "ETA Rotterdam approx 3 January"),
     dates=[("2026-11-23", "ship_date", "this week"), ("2026-12-10", "ship_date", "10 Dec"),
            ("2027-01-03", "new_eta", "3 January"), ("2026-12-19", "confirmed_delivery", "19 Dec")],
     lines=[("navel oranges", 1400, "cartons", "only 1,400 of the 2,000 cartons", "P04840"),
            ("navel oranges", 600, None, "the other 600", "P04840")],
     track=[(None, "MSKU 7712045", "container MSKU 7712045")]),

dict(v="jansen", lang="en", at="2026-10-07 19:20", subj="Re: P04841 delayed??",
     text="""
No no, P04841 is on schedule, delivery Friday 16/10 as confirmed

Verstuurd vanaf mijn iPhone
""", end="Verstuurd vanaf mijn iPhone", change="none", intent="confirmation", po=["P04841"],
     commit=("2026-10-16", "delivery Friday 16/10 as confirmed"),
     dates=[("2026-10-16", "confirmed_delivery", "Friday 16/10")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-30 05:00", subj="Order P04842 - ship date updated",
     text="""
Your order's estimated ship date has changed.

Order: P04842
Previous ship date: 12/04/2026
New ship date: 12/18/2026
Estimated delivery: 01/05/2027
Reason: awaiting materials

Log in to the Maple Leaf dealer portal for details. Please do not reply to this email.
""", end="Log in to the Maple Leaf", change="date", intent="delay", po=["P04842"],
     commit=("2027-01-05", "Estimated delivery: 01/05/2027"),
     dates=[("2026-12-04", "other", "12/04/2026"), ("2026-12-18", "ship_date", "12/18/2026"),
            ("2027-01-05", "new_eta", "01/05/2027")]),

dict(v="serra", c=1, lang="en", at="2026-09-25 15:00", subj="P04843 sailed",
     text="""
Hi Tim, P04843 containers sailed yesterday from Santos, vessel MSC Lucia, B/L MEDUBR123447, ETA Hamburg 21/10. Docs by courier.

Camila
""", end="Camila", change="shipping", intent="shipping_notice", po=["P04843"],
     commit=("2026-10-21", "ETA Hamburg 21/10"),
     dates=[("2026-09-24", "ship_date", "yesterday"), ("2026-10-21", "confirmed_delivery", "21/10")],
     track=[("MSC", "MEDUBR123447", "B/L MEDUBR123447")]),

dict(v="vlaamse", c=1, lang="en", at="2026-11-17 11:05", subj="Re: P04844 - drop the grey",
     text="""
Hi Sandra, ok, grey tea towels (VT-TT-GR, 250 pcs) removed from P04844. The rest stays as confirmed for 30/11.

An Claes
""", end="An Claes", change="cancel", intent="cancellation", sec=["confirmation"], po=["P04844"],
     commit=("2026-11-30", "The rest stays as confirmed for 30/11"),
     dates=[("2026-11-30", "confirmed_delivery", "30/11")],
     lines=[("VT-TT-GR", 250, "pcs", "VT-TT-GR, 250 pcs", "P04844")]),

dict(v="seoul", c=1, lang="en", at="2026-12-15 09:30", subj="Re: P04845 small discount?",
     text="""
Dear Tim, ok we give 4% discount on P04845 because of the late delivery last time. New price grill pan 28cm USD 11.52 instead of 12.00.

Best regards
Min-seo

On Mon, Dec 14, 2026, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Min-seo, given the late arrival of the last order in November, can you give something on P04845?
""", end="Best regards", change="price", intent="price_change", po=["P04845"],
     prices=[dict(product="grill pan 28cm", old=12.00, new=11.52, pct=-4, cur="USD",
                  quote="New price grill pan 28cm USD 11.52 instead of 12.00")]),

dict(v="mueller", c=2, lang="en", at="2026-12-01 07:00", subj="Action required for order P04846",
     text="""
Please book a delivery slot for order P04846 in our logistics portal. Available slots: 08.12., 09.12. or 11.12. If no slot is booked by 03.12., the order will be held in our warehouse.

Müller Gartentechnik GmbH & Co. KG - automatic message
""", end="Müller Gartentechnik GmbH & Co. KG - automatic message", change="none", intent="question",
     po=["P04846"],
     dates=[("2026-12-08", "other", "08.12."), ("2026-12-09", "other", "09.12."),
            ("2026-12-11", "other", "11.12."), ("2026-12-03", "other", "03.12.")]),

dict(v="kempen", lang="en", at="2026-10-22 08:05", subj="Re: P04847 new date 12 Nov",
     text="""
ok thx

Wouter

On Wed, 21 Oct 2026 at 09:40, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Wouter, we accept the new date of 12 Nov for P04847 but please no further slip.
>
> On 20 Oct 2026, Wouter Janssens wrote:
>> Mike, P04847 oak side tables will be 12 Nov instead of 29 Oct, sorry.
""", end="Wouter\n\nOn", change="none", intent="other", po=["P04847"]),

dict(v="greenthumb", c=1, lang="en", at="2026-12-16 09:20", subj="FW: weather delay P04848",
     text="""
Heads up Laura, see below. New ETA for P04848 is 12/22.

Megan

Begin forwarded message:

From: Dispatch - Central Freight <dispatch@centralfreight.com>
Date: December 16, 2026 at 7:55:12 AM CST
Subject: weather hold

Shipment PRO 30077812 (Green Thumb / P04848) held at Des Moines terminal due to I-80 closure. Will resume Friday, revised delivery 12/22.
""", end="Megan", change="date", intent="delay", po=["P04848"],
     commit=("2026-12-22", "New ETA for P04848 is 12/22"),
     dates=[("2026-12-22", "new_eta", ("12/22", 0)), ("2026-12-18", "other", "Friday"),
            ("2026-12-22", "new_eta", ("12/22", 1))],
     track=[("Central Freight", "30077812", "Shipment PRO 30077812")]),

dict(v="brunner", c=1, lang="en", at="2026-11-04 13:35", subj="P04849",
     text="""
Hi Sandra, 300 of 450 bathrobes for P04849 left today, remaining 150 pcs ship KW 47 and arrive KW 48.
Nadine
""", end="Nadine", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P04849"], commit=("2026-11-23", "arrive KW 48"),
     dates=[("2026-11-04", "ship_date", "today"), ("2026-11-16", "ship_date", "KW 47"),
            ("2026-11-23", "new_eta", "KW 48")],
     lines=[("bathrobes", 300, None, "300 of 450 bathrobes", "P04849"),
            ("bathrobes", 150, "pcs", "remaining 150 pcs", "P04849")]),

dict(v="andino", c=1, lang="en", at="2026-09-10 10:10", subj="P04850 OK",
     text="""
Hola Tim! all good with P04850, 40 bags Huila Supremo confirmed, delivery between Oct 26 and Oct 30 at your warehouse.
Saludos
Valentina
""", end="Saludos", change="none", intent="confirmation", po=["P04850"],
     commit=("2026-10-30", "delivery between Oct 26 and Oct 30"),
     dates=[("2026-10-26", "range_start", "Oct 26"), ("2026-10-30", "range_end", "Oct 30")],
     lines=[("Huila Supremo", 40, "bags", "40 bags Huila Supremo", "P04850")]),

dict(v="highland", c=1, lang="en", at="2026-11-30 12:40", subj="P04851 despatched",
     text="""
P04851 went out on the DPD van this morning, 14 cartons, tracking 15501234987652. Should be with you Wednesday.

Ewan
""", end="Ewan", change="shipping", intent="shipping_notice", po=["P04851"],
     commit=("2026-12-02", "Should be with you Wednesday"),
     dates=[("2026-11-30", "ship_date", "this morning"), ("2026-12-02", "confirmed_delivery", "Wednesday")],
     track=[("DPD", "15501234987652", "tracking 15501234987652")]),
dict(v="polska", c=1, lang="en", at="2026-11-27 10:20", subj="Re: open orders P04852 / P04853",
     text="""
Hi Sandra,
P04852 ok - mugs ready, delivery to you 10.12 as planned.
P04853 (the 24 cm serving platters) sorry we must cancel, the glaze failed twice and we have no kiln time left this year.

Piotr

On Thu, 26 Nov 2026 at 15:02, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Piotr, please give me a status on P04852 and P04853 before our planning meeting on Monday.
""", end="Piotr\n\nOn", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P04852", "P04853"],
     commit=("2026-12-10", "delivery to you 10.12 as planned"),
     dates=[("2026-12-10", "confirmed_delivery", "10.12")],
     changes=[("P04852", "confirmation", "2026-12-10", None, "P04852 ok - mugs ready, delivery to you 10.12 as planned"),
              ("P04853", "cancellation", None, None, "P04853 (the 24 cm serving platters) sorry we must cancel")]),

dict(v="hanoi", c=1, lang="en", at="2026-11-02 14:30", subj="shiping mark",
     text="""
Dear Laura, pls advize shiping mark for P04854, and can we ship by LCL or you want consolidate with your other PO? vessel cut off is wendsday
Tran Minh
""", end="Tran Minh", change="none", intent="question", po=["P04854"],
     dates=[("2026-11-04", "other", "wendsday")]),

dict(v="taipei", lang="en", at="2026-10-20 16:05", subj="URGENT bank account change",
     frm="Vivian Lin <vivian.lin@taipei-cable-corp.co>",
     text="""
Dear Tim, pls note our bank account is changed, kindly pay the balance of P04855 to the new account below urgently today, old account is frozen for audit.

Beneficiary: Taipei Cable & Charger Corp.
Bank: First Eastern Commercial Bank, Kowloon
Account: 880-231-77410-2

Thank you
Vivian
""", end="Thank you", change="none", intent="other", po=["P04855"],
     dates=[("2026-10-20", "other", "today")]),
]
