# ruff: noqa: E501 - email text is data
"""English, round 7: confirmation against delay in forms the set had few of. Portal and EDI
status notifications ("status changed to Confirmed, promised date ..."), acknowledgements
with a promised date per line where only some lines slip, replies in the middle of a thread
where the buyer proposed a date and the vendor accepts or counters, "no change" updates after
a weekly status call, apologies for an earlier wrong date (a typo corrected back to the
ordered date is a confirmation, a correction to a later date is a delay) and holiday-season
capacity notes. The other half spreads over the six other intents, written by planners,
account managers, factory owners, logistics clerks and automated systems with a human line.
Hand-written and hand-labelled by reading each email."""

EMAILS = [
dict(v="keystone", c=1, lang="en", at="2026-11-30 08:12", subj="PO P08600 - Status Update: Confirmed",
     text="""
*** This is an automated message from the Keystone Supplier Portal. Do not reply to this address. ***

PO P08600 status changed to Confirmed.
Promised date: 12/14/2026
Lines: 3 of 3 accepted

Greg added a note: Laura - all three lines are allocated from our Allentown DC stock, no issue making the 14th.

View order: https://portal.keystonehousewares.com/po/P08600

Keystone Housewares Distribution Inc. | EDI & Portal Support | edi@keystonehousewares.com
""", end="Keystone Housewares Distribution Inc. | EDI & Portal Support", change="none", intent="confirmation",
     po=["P08600"], commit=("2026-12-14", "Promised date: 12/14/2026"),
     dates=[("2026-12-14", "confirmed_delivery", "12/14/2026"), ("2026-12-14", "confirmed_delivery", "making the 14th")]),

dict(v="oakridge", c=1, lang="en", at="2026-11-10 07:45", subj="Order P08601 acknowledged - date revised",
     text="""
ORDER STATUS NOTIFICATION - Oakridge Furniture Co.

Customer PO: P08601
Our order: OFC-SO-D7A-3310
Status: Confirmed - Date Revised

Requested delivery: 11/20/2026
Promised delivery: 12/04/2026

Reason code: RM - raw material (white oak veneer) late from mill

Questions? Reply to this email and a member of our order team will get back to you.
-- Oakridge Order Status (automated)
""", end="Questions? Reply to this email", change="date", intent="delay",
     po=["P08601"], vref=["OFC-SO-D7A-3310"], commit=("2026-12-04", "Promised delivery: 12/04/2026"),
     dates=[("2026-11-20", "other", "11/20/2026"), ("2026-12-04", "new_eta", "12/04/2026")]),

dict(v="schwarzwald", lang="en", at="2026-11-03 10:20", subj="Order confirmation AB-D7A-20871 for your P08602",
     text="""
Dear Mrs Klein,

please find below our order confirmation for your order P08602. Most positions we can deliver as you wished, only the bread bins (pos. 3) are coming one week later because the powder coating line is in maintenance in week 46.

Pos  Article      Qty   Conf. date
1    SW-KB-22     240   20.11.2026
2    SW-KB-28     120   20.11.2026
3    SW-BB-40     180   27.11.2026
4    SW-UT-05     300   20.11.2026

We hope this is okay for you.

Mit freundlichen Grüßen / kind regards
Sabine Hoffmann
Vertriebsinnendienst
Schwarzwald Haushaltswaren GmbH
""", end="Mit freundlichen Grüßen / kind regards", change="date", intent="delay",
     po=["P08602"], vref=["AB-D7A-20871"], commit=("2026-11-27", "180   27.11.2026"),
     dates=[("2026-11-09", "other", "week 46"),
            ("2026-11-20", "confirmed_delivery", ("20.11.2026", 0)), ("2026-11-20", "confirmed_delivery", ("20.11.2026", 1)),
            ("2026-11-27", "new_eta", "27.11.2026"), ("2026-11-20", "confirmed_delivery", ("20.11.2026", 2))],
     lines=[("SW-KB-22", 240, None, "1    SW-KB-22     240   20.11.2026", "P08602"),
            ("SW-KB-28", 120, None, "2    SW-KB-28     120   20.11.2026", "P08602"),
            ("SW-BB-40", 180, None, "3    SW-BB-40     180   27.11.2026", "P08602"),
            ("SW-UT-05", 300, None, "4    SW-UT-05     300   20.11.2026", "P08602")]),

dict(v="polska", lang="en", at="2026-11-24 13:05", subj="RE: P08603 - could you deliver earlier?",
     text="""
Dear Tim,

yes, we checked with the packing department and 9 December is possible. So we confirm P08603 (stoneware mugs, 1.440 pcs) for delivery 9 December to Hamburg instead of 16 December.

Truck will be loaded on Monday 7th.

Best regards
Katarzyna Nowak
Export Sales
Polska Ceramika Sp. z o.o.

-----Original Message-----
From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: Monday, November 23, 2026 4:40 PM
To: Katarzyna Nowak
Subject: P08603 - could you deliver earlier?

Hi Katarzyna, our promo moved forward. Could you deliver P08603 on 9 December instead of 16 December? Thanks, Tim
""", end="Best regards\nKatarzyna", change="date", intent="confirmation",
     po=["P08603"], commit=("2026-12-09", "we confirm P08603 (stoneware mugs, 1.440 pcs) for delivery 9 December"),
     dates=[("2026-12-09", "confirmed_delivery", ("9 December", 0)), ("2026-12-09", "confirmed_delivery", ("9 December", 1)),
            ("2026-12-16", "other", ("16 December", 0)), ("2026-12-07", "ship_date", "Monday 7th")],
     lines=[("stoneware mugs", 1440, "pcs", "1.440 pcs", "P08603")]),

dict(v="izmir", lang="en", at="2026-11-12 09:30", subj="Re: P08604 glass jars - keep 18 Nov?",
     text="""
Hello Mike,

I understand the problem with your store opening, but 18 Nov we really cannot make, the furnace was stopped 4 days last week. Best we can do is delivery on 25 November, I already booked the truck for loading 20/11.

If partial is helping you, tell me, we could maybe send 2 pallets earlier.

Regards,
Burak Aydin
Izmir Cam Ev Gerecleri A.S.

On 11 Nov 2026, at 17:02, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Burak, is there any way to hold the 18 Nov delivery on P08604 as ordered? We open the Lübeck store on 21 Nov.
""", end="Regards,\nBurak", change="date", intent="delay", sec=["question"],
     po=["P08604"], commit=("2026-11-25", "Best we can do is delivery on 25 November"),
     dates=[("2026-11-18", "other", ("18 Nov", 0)), ("2026-11-25", "new_eta", "25 November"),
            ("2026-11-20", "ship_date", "20/11")]),

dict(v="hanoi", lang="en", at="2026-10-22 16:10", subj="Weekly status call - summary",
     text="""
Dear Laura,

Thank you for the call this morning. As discussed, no change on both orders:

- P08605 bamboo trays: ETD Hai Phong 06/11, ETA Hamburg 12/12
- P08606 bamboo baskets: ETD Hai Phong 13/11, ETA Hamburg 19/12

Booking confirmations I will send next week when the carrier release.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC
""", end="Best regards,\nNguyen", change="none", intent="confirmation",
     po=["P08605", "P08606"], commit=("2026-12-12", "ETA Hamburg 12/12"),
     dates=[("2026-10-22", "other", "this morning"), ("2026-11-06", "ship_date", "06/11"),
            ("2026-12-12", "confirmed_delivery", "12/12"), ("2026-11-13", "ship_date", "13/11"),
            ("2026-12-19", "confirmed_delivery", "19/12"), ("2026-10-26", "other", "next week")],
     changes=[("P08605", "confirmation", "2026-12-12", None, "P08605 bamboo trays: ETD Hai Phong 06/11, ETA Hamburg 12/12"),
              ("P08606", "confirmation", "2026-12-19", None, "P08606 bamboo baskets: ETD Hai Phong 13/11, ETA Hamburg 19/12")]),

dict(v="milano", lang="en", at="2026-11-19 11:40", subj="CORRECTION - order confirmation P08607",
     text="""
Dear Sandra,

I am so sorry, in the confirmation I sent yesterday there was a typing error: delivery date is written 30/12 but correct is 03/12 as in your order. Nothing changed on our side, the goods are ready and will be delivered 03/12.

Corrected confirmation attached.

Cordiali saluti / kind regards
Giulia Rossi
Milano Casa S.r.l.

--- attachment: Conferma_MC-OC-D7A-118.pdf ---
MILANO CASA S.r.l. - CONFERMA D'ORDINE / ORDER CONFIRMATION (REV. 1)
Our ref.: MC-OC-D7A-118      Your order: P08607
Item         Qty    Delivery
MC-OL-500    600    03.12.2026
MC-VB-250    400    03.12.2026
""", end="Cordiali saluti / kind regards", change="none", intent="confirmation",
     po=["P08607"], vref=["MC-OC-D7A-118"], commit=("2026-12-03", "the goods are ready and will be delivered 03/12"),
     dates=[("2026-11-18", "other", "yesterday"), ("2026-12-30", "other", "30/12"),
            ("2026-12-03", "confirmed_delivery", ("03/12", 0)), ("2026-12-03", "confirmed_delivery", ("03/12", 1)),
            ("2026-12-03", "confirmed_delivery", ("03.12.2026", 0)), ("2026-12-03", "confirmed_delivery", ("03.12.2026", 1))],
     lines=[("MC-OL-500", 600, None, "MC-OL-500    600    03.12.2026", "P08607"),
            ("MC-VB-250", 400, None, "MC-VB-250    400    03.12.2026", "P08607")]),

dict(v="anatolia", c=1, lang="en", at="2026-10-15 14:55", subj="P08608 - correction of delivery date",
     text="""
Dear Mike,

Please excuse, the date 23.10. in our order confirmation from Monday was wrong, our planning department made mistake with the dyeing schedule. Correct delivery date for P08608 towels is 06.11.2026. We have corrected in our system also.

Sorry for this confusion.

Best regards
Elif Demir
Anatolia Textiles A.S.
""", end="Best regards\nElif", change="date", intent="delay",
     po=["P08608"], commit=("2026-11-06", "Correct delivery date for P08608 towels is 06.11.2026"),
     dates=[("2026-10-23", "other", "23.10."), ("2026-10-12", "other", "from Monday"),
            ("2026-11-06", "new_eta", "06.11.2026")]),

dict(v="ningbo", lang="en", at="2026-11-26 10:05", subj="Holiday season capacity - your open orders",
     text="""
Dear Laura,

As every year before Christmas our warehouse and the trucking are very full. We want to inform that all orders which were confirmed before 1 Nov keep their date. For you this is P08609, it stays ETA Hamburg 18/12 as confirmed, vessel already booked.

For new orders placed now we can only offer ETD after Chinese New Year, please plan accordingly.

Best regards
Amy Chen
Sales Dept. | Ningbo Homeware Trading Co., Ltd.
""", end="Best regards\nAmy", change="none", intent="confirmation",
     po=["P08609"], commit=("2026-12-18", "it stays ETA Hamburg 18/12 as confirmed"),
     dates=[("2026-11-01", "other", "1 Nov"), ("2026-12-18", "confirmed_delivery", "18/12")]),

dict(v="brightline", lang="en", at="2026-12-04 09:10", subj="Christmas peak - P08610",
     text="""
Hi Laura,

Bad news I'm afraid. Our carrier (DX Freight) has told us they're at capacity for Europe in w/c 14/12 and won't take new pallets until after the holidays. That means P08610 (the LED string lights) can't reach you on 16 Dec as planned; earliest they'll deliver is week 2, so w/c 11 January.

Sorry - I know this is the worst time of year for it. If you'd rather we try a different haulier at extra cost, let me know and I'll get a quote.

Cheers,
Sarah

Sarah Whitfield
Account Manager, Brightline Electronics Ltd
""", end="Cheers,\nSarah", change="date", intent="delay", sec=["question"],
     po=["P08610"], commit=("2027-01-11", "so w/c 11 January"),
     dates=[("2026-12-14", "other", "w/c 14/12"), ("2026-12-16", "other", "16 Dec"),
            ("2027-01-11", "new_eta", "week 2"), ("2027-01-11", "new_eta", "w/c 11 January")]),
dict(v="mapleleaf", lang="en", at="2026-10-06 11:25", subj="PO P08611 - EDI 855 received",
     text="""
Hi Tim,

FYI our EDI system sent you the 855 for P08611 this morning, copy below in case it didn't come through on your side. All lines accepted as ordered, ship 10/16, delivery to your Hamburg DC 11/09 via Montreal.

Josh

--- attachment: 855_P08611.txt ---
ST*855*0001
BAK*00*AC*P08611*20261005
PO1*1*200*EA*24.50**VP*MLO-TENT-2P
ACK*IA*200*EA*068*20261109
PO1*2*150*EA*31.00**VP*MLO-TENT-4P
ACK*IA*150*EA*068*20261109
CTT*2
SE*8*0001
""", end="Josh", change="none", intent="confirmation",
     po=["P08611"], commit=("2026-11-09", "delivery to your Hamburg DC 11/09"),
     dates=[("2026-10-06", "other", "this morning"), ("2026-10-05", "other", "20261005"), ("2026-10-16", "ship_date", "ship 10/16"),
            ("2026-11-09", "confirmed_delivery", "11/09 via Montreal"),
            ("2026-11-09", "confirmed_delivery", ("20261109", 0)), ("2026-11-09", "confirmed_delivery", ("20261109", 1))],
     lines=[("MLO-TENT-2P", 200, "EA", "ACK*IA*200*EA*068*20261109", "P08611"),
            ("MLO-TENT-4P", 150, "EA", "ACK*IA*150*EA*068*20261109", "P08611")]),

dict(v="lakeside", c=1, lang="en", at="2026-11-16 06:50", subj="Supplier portal: P08612 promised date changed",
     text="""
Lakeside Pet Foods - Supplier Collaboration Portal

The promised date on purchase order P08612 has been updated by the supplier.

  Previous promised date:  11/23/2026
  New promised date:       12/07/2026
  Lines affected:          2 (LPF-CAT-7KG), 3 (LPF-CAT-15KG)
  Lines unchanged:         1 (LPF-DOG-12KG) - 11/23/2026

Supplier comment: "Kibble extruder #2 down for repair, cat lines only. Dog food ships as planned. - Amber"

You are receiving this because you are listed as buyer on this order. Manage notifications in your profile.
""", end="You are receiving this because", change="date", intent="delay",
     po=["P08612"], commit=("2026-12-07", "New promised date:       12/07/2026"),
     dates=[("2026-11-23", "other", ("11/23/2026", 0)), ("2026-12-07", "new_eta", "12/07/2026"),
            ("2026-11-23", "confirmed_delivery", ("11/23/2026", 1))]),

dict(v="kiwiwool", lang="en", at="2026-11-05 09:15", subj="Re: P08613 - new date?",
     text="""
Kia ora Sandra,

Sweet as - 4 December works for us too. I've updated P08613 in our system, the throws will land in Hamburg on the 4th instead of 27 Nov. Thanks for being flexible on that.

Ngā mihi,
Hemi

On Thu, 5 Nov 2026 at 08:02, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Hi Hemi, thanks for the heads-up about the shearing delay. Would 4 December work for you for P08613? We can live with that date but not later.
>
> On Wed, 4 Nov 2026 Hemi Walker wrote:
>> Sandra, the throws on P08613 won't make 27 Nov, we are short of fleece. Can we talk about a new date?
""", end="Ngā mihi,", change="date", intent="confirmation",
     po=["P08613"], commit=("2026-12-04", "the throws will land in Hamburg on the 4th"),
     dates=[("2026-12-04", "confirmed_delivery", ("4 December", 0)), ("2026-12-04", "confirmed_delivery", "on the 4th"),
            ("2026-11-27", "other", ("27 Nov", 0))]),

dict(v="cascadia", lang="en", at="2026-11-20 15:30", subj="RE: P08614 cedar planters - Dec 1?",
     text="""
Mike -

Can't do Dec 1, sorry. The kiln loads are booked solid with holiday orders through Thanksgiving. What I can promise is Dec 8 delivered Hamburg, or if it helps I can split: 120 of the 300 planters on Dec 3 and the balance Dec 10. Your call.

Brent

-----Original Message-----
From: Mike Osei
Sent: Thursday, November 19, 2026 2:15 AM
To: Brent Halvorsen
Subject: P08614 cedar planters - Dec 1?

Brent, you confirmed P08614 for Nov 24 and now the portal says Dec 15. Can you do Dec 1 at least?
""", end="Brent\n\n-----Original", change="date", intent="delay", sec=["question"],
     po=["P08614"], commit=("2026-12-08", "What I can promise is Dec 8 delivered Hamburg"),
     dates=[("2026-12-01", "other", ("Dec 1", 0)), ("2026-12-08", "new_eta", "Dec 8"),
            ("2026-12-03", "other", "Dec 3"), ("2026-12-10", "other", "Dec 10")],
     lines=[("cedar planters", 120, None, "120 of the 300 planters", "P08614")]),

dict(v="pennine", c=1, lang="en", at="2026-12-01 10:00", subj="Status call 1 Dec - actions",
     text="""
Sandra,

Notes from this morning's call as promised:

P08615 - no change, delivery Thursday 10 December.
P08616 - no change, delivery Thursday 10 December, same vehicle.
P08617 - the 30cm serving platters are now 17 December (glaze batch rejected), everything else on this order still 10 December. We'll send the platters as a second drop at our cost.

Next call Tuesday 8th same time.

Regards
Order Office
Pennine Stoneware Ltd
""", end="Regards\nOrder Office", change="date", intent="delay",
     po=["P08615", "P08616", "P08617"], commit=("2026-12-10", "P08615 - no change, delivery Thursday 10 December"),
     dates=[("2026-12-01", "other", "this morning"), ("2026-12-10", "confirmed_delivery", ("Thursday 10 December", 0)),
            ("2026-12-10", "confirmed_delivery", ("Thursday 10 December", 1)), ("2026-12-17", "new_eta", "17 December"),
            ("2026-12-10", "confirmed_delivery", "still 10 December"), ("2026-12-08", "other", "Tuesday 8th")],
     changes=[("P08615", "confirmation", "2026-12-10", None, "P08615 - no change, delivery Thursday 10 December"),
              ("P08616", "confirmation", "2026-12-10", None, "P08616 - no change, delivery Thursday 10 December, same vehicle"),
              ("P08617", "delay", "2026-12-17", None, "the 30cm serving platters are now 17 December")]),

dict(v="texbright", lang="en", at="2026-10-28 13:40", subj="P08618 / our SO TB-D7A-5521",
     text="""
Laura,

Just closing the loop after our weekly call. We're still on plan for P08618, nothing has moved: ships from Savannah 11/06, ETA Bremerhaven 11/25, at your DC by 11/30.

Marcus

Marcus Reed
Key Account Manager - Europe
TexBright Bedding Inc.
""", end="Marcus\n\nMarcus Reed", change="none", intent="confirmation",
     po=["P08618"], vref=["TB-D7A-5521"], commit=("2026-11-30", "at your DC by 11/30"),
     dates=[("2026-11-06", "ship_date", "11/06"), ("2026-11-25", "other", "11/25"),
            ("2026-11-30", "confirmed_delivery", "11/30")]),

dict(v="acme", lang="en", at="2026-09-22 10:05", subj="Re: P08619 confirmation",
     text="""
Hi Laura,

Oops - my mistake, sorry! I wrote 11/02 in the confirmation yesterday but your PO says 10/26 and that's what we're shipping to. So: P08619 delivered 10/26 as ordered. Please disregard the earlier date.

Jessica

Jessica Moreno | Inside Sales | Acme Home Goods Inc.
""", end="Jessica\n\nJessica Moreno", change="none", intent="confirmation",
     po=["P08619"], commit=("2026-10-26", "P08619 delivered 10/26 as ordered"),
     dates=[("2026-11-02", "other", "11/02"), ("2026-09-21", "other", "yesterday"),
            ("2026-10-26", "confirmed_delivery", ("10/26", 0)), ("2026-10-26", "confirmed_delivery", ("10/26", 1))]),

dict(v="luzern", lang="en", at="2026-11-09 16:20", subj="Advent candles P08620 - per line confirmation",
     text="""
Dear Mr Brandt

Thank you for order P08620. Below our confirmed dates per line. Because of the high Advent demand our dipping line is full, so two articles come later than you asked; the others are as ordered.

Article            Qty   Requested    Confirmed
LK-ADV-RED         800   23.11.2026   23.11.2026
LK-ADV-WHT         600   23.11.2026   23.11.2026
LK-STUMP-GLD       400   23.11.2026   04.12.2026
LK-TAPER-SET       500   23.11.2026   07.12.2026

Kind regards
Beat Zimmermann
Luzerner Kerzen AG
""", end="Kind regards\nBeat", change="date", intent="delay",
     po=["P08620"], commit=("2026-12-07", "07.12.2026"),
     dates=[("2026-11-23", "other", ("23.11.2026", 0)), ("2026-11-23", "confirmed_delivery", ("23.11.2026", 1)),
            ("2026-11-23", "other", ("23.11.2026", 2)), ("2026-11-23", "confirmed_delivery", ("23.11.2026", 3)),
            ("2026-11-23", "other", ("23.11.2026", 4)), ("2026-12-04", "new_eta", "04.12.2026"),
            ("2026-11-23", "other", ("23.11.2026", 5)), ("2026-12-07", "new_eta", "07.12.2026")],
     lines=[("LK-ADV-RED", 800, None, "LK-ADV-RED         800   23.11.2026   23.11.2026", "P08620"),
            ("LK-ADV-WHT", 600, None, "LK-ADV-WHT         600   23.11.2026   23.11.2026", "P08620"),
            ("LK-STUMP-GLD", 400, None, "LK-STUMP-GLD       400   23.11.2026   04.12.2026", "P08620"),
            ("LK-TAPER-SET", 500, None, "LK-TAPER-SET       500   23.11.2026   07.12.2026", "P08620")]),
dict(v="greenthumb", c=1, lang="en", at="2026-11-12 16:45", subj="P08621 - shipped today (partial)",
     text="""
Hello Hartmann team,

This is Megan in shipping. We loaded 40 pallets of the potting soil on P08621 today, trailer picked up at 3:10pm. The other 24 pallets are still in the bagging line, they'll ship 11/18 and should be at the port by 11/20.

BOL: GTG-BOL-D7A-88213
Container: MSKU 7742019

thanks
Megan Tran
Shipping & Receiving | Green Thumb Garden Supply LLC
""", end="thanks\nMegan", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08621"], vref=["GTG-BOL-D7A-88213"], commit=("2026-11-20", "should be at the port by 11/20"),
     dates=[("2026-11-12", "ship_date", "today, trailer"), ("2026-11-18", "ship_date", "11/18"),
            ("2026-11-20", "new_eta", "11/20")],
     lines=[("potting soil", 40, "pallets", "40 pallets of the potting soil", "P08621"),
            ("potting soil", 24, "pallets", "The other 24 pallets", "P08621")],
     track=[(None, "MSKU 7742019", "Container: MSKU 7742019")]),

dict(v="voltix", c=1, lang="en", at="2026-11-02 18:30", subj="Shipment Notification - P08622",
     text="""
[Voltix ERP] Shipment notification

PO No.: P08622
Invoice No.: VX-INV-D7A-60417
Ship date: 2026-11-02
Carrier: DHL Express   AWB: 4471 2093 86
Pieces: 12 cartons / 1,800 pcs USB-C chargers (complete)
Estimated delivery: 2026-11-06

Dear Mike, all goods of this order shipped today by air, no balance. Thanks for your support! - Kevin
""", change="shipping", intent="shipping_notice",
     po=["P08622"], vref=["VX-INV-D7A-60417"], commit=("2026-11-06", "Estimated delivery: 2026-11-06"),
     dates=[("2026-11-02", "ship_date", "2026-11-02"), ("2026-11-06", "confirmed_delivery", "2026-11-06"),
            ("2026-11-02", "ship_date", "shipped today by air")],
     lines=[("USB-C chargers", 1800, "pcs", "1,800 pcs USB-C chargers (complete)", "P08622")],
     track=[("DHL Express", "4471 2093 86", "AWB: 4471 2093 86")]),

dict(v="siam", lang="en", at="2026-10-20 11:00", subj="P08623 teak bench - must cancel",
     text="""
Dear Khun Sandra,

I am writing myself because this is difficult news. Our FSC teak supplier lost the certificate last month and we cannot buy certified teak anymore this year. Without certificate you cannot sell, I know. So we must cancel the 60 teak benches (ST-BN-150) on P08623. The rattan chairs on same order are not affected and stay for shipment 14/11 as confirmed.

We refund the deposit for the benches with the next invoice. I am very sorry, we are working 20 years and this never happened.

With respect,
Somchai Wongsakul
Owner, Siam Rattan & Teak Co., Ltd.
""", end="With respect,", change="cancel", intent="cancellation",
     po=["P08623"],
     dates=[("2026-11-14", "ship_date", "14/11")],
     lines=[("ST-BN-150", 60, None, "cancel the 60 teak benches (ST-BN-150)", "P08623")]),

dict(v="hansa", lang="en", at="2026-11-25 10:30", subj="Price adjustment 2027",
     text="""
Dear Laura,

after three years of stable prices we must adjust our price list: from 1 January 2027 all porcelain articles increase by 4.5 %, glass articles by 3 %. Energy for the kilns is now almost double compared to 2023.

Orders placed until 31 December 2026 are delivered at the current prices, also when delivery is in 2027. The new price list is attached.

Best regards
Anke Petersen
Key Account Management
Hansa Glas & Porzellan GmbH
""", end="Best regards\nAnke", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "from 1 January 2027"), ("2026-12-31", "other", "31 December 2026")],
     prices=[dict(product="porcelain articles", pct=4.5, eff="2027-01-01", quote="all porcelain articles increase by 4.5 %"),
             dict(product="glass articles", pct=3, eff="2027-01-01", quote="glass articles by 3 %")]),

dict(v="delhicotton", c=1, lang="en", at="2026-10-08 12:15", subj="P08624 - sea or air for the kitchen towels?",
     text="""
Dear Sir/Madam,

Greetings from Delhi Cotton Mills!!

Regarding your PO P08624 kitchen towels, production is on track and nothing is changing from our side. Kindly advise us if you want the shipment by sea as per PO or you are now prefering air, because Mr. Tim in our last call mentioned maybe air freight for the Christmas promotion. For air we need your approval for the extra cost before 15th October.

Awaiting your kind reply.

Thanks & Regards
Priya Sharma
Merchandiser
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards", change="none", intent="question",
     po=["P08624"], dates=[("2026-10-15", "other", "15th October")]),

dict(v="galway", lang="en", at="2026-12-18 17:05", subj="Out of office: RE: P08625",
     text="""
Thank you for your email. I'm on leave from 21 December and back in the office on 4 January. For urgent orders please contact accounts@galwayknitwear.ie.

Orla here, quickly adding by hand: Laura, your P08625 is all sorted, nothing for you to do before Christmas. Happy holidays!

Orla Keane
Galway Knitwear Ltd
""", end="Orla Keane\nGalway", change="none", intent="other",
     po=["P08625"],
     dates=[("2026-12-21", "other", "21 December"), ("2027-01-04", "other", "4 January")]),

dict(v="jaipur", lang="en", at="2026-11-16 19:40", subj="P08626 dispatch - 700 pcs",
     text="""
Dear Laura ji,

Happy to inform that 700 pcs of the block print cushion covers (JBP-CC-45) on P08626 were dispatched today from our Sanganer unit to Nhava Sheva by truck. Remaining 300 pcs will be ready by 27th Nov because the indigo batch is drying slowly in this weather, they will go on the next vessel and reach Hamburg around 28 December.

Sorry for the split. Photos of the packed cartons attached.

Regards,
Anil Mehta
Proprietor, Jaipur Block Prints Pvt Ltd
""", end="Regards,\nAnil", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08626"], commit=("2026-12-28", "reach Hamburg around 28 December"),
     dates=[("2026-11-16", "ship_date", "dispatched today"), ("2026-11-27", "other", "27th Nov"),
            ("2026-12-28", "new_eta", "28 December")],
     lines=[("JBP-CC-45", 700, "pcs", "700 pcs of the block print cushion covers (JBP-CC-45)", "P08626"),
            ("JBP-CC-45", 300, "pcs", "Remaining 300 pcs", "P08626")]),

dict(v="cleanco", c=1, lang="en", at="2026-12-07 14:20", subj="Despatch confirmation P08627",
     text="""
Good afternoon,

P08627 has been despatched today in full (6 pallets) with Palletways, consignment no. PW-D7A-3318740. Delivery is booked for Thursday to your Hamburg DC, the driver will call 30 mins before arrival.

Kind regards,
Order Desk
CleanCo Supplies Ltd
""", end="Kind regards,\nOrder Desk", change="shipping", intent="shipping_notice",
     po=["P08627"], commit=("2026-12-10", "Delivery is booked for Thursday"),
     dates=[("2026-12-07", "ship_date", "despatched today"), ("2026-12-10", "confirmed_delivery", "Thursday")],
     lines=[("P08627", 6, "pallets", "in full (6 pallets)", "P08627")],
     track=[("Palletways", "PW-D7A-3318740", "consignment no. PW-D7A-3318740")]),

dict(v="evergreen", lang="en", at="2026-09-29 09:50", subj="RE: Cancel P08628 please",
     text="""
Hi Tim,

No problem, P08628 (gift wrap, 2,400 rolls) is cancelled on our end. Nothing had been printed yet so there's no charge. Cancellation ref EPP-CXL-D7A-1120 for your records.

Bill

Bill Sutherland
Evergreen Paper Products Inc.

On Mon, Sep 28, 2026 at 11:03 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Bill, please cancel P08628 in full, the Christmas range was cut. Sorry for the short notice. The P08630 tissue paper order stays.
""", end="Bill\n\nBill Sutherland", change="cancel", intent="cancellation",
     po=["P08628", "P08630"], vref=["EPP-CXL-D7A-1120"],
     lines=[("gift wrap", 2400, "rolls", "2,400 rolls", "P08628")]),

dict(v="battrang", lang="en", at="2026-11-04 15:00", subj="Peak season surcharge December sailings",
     text="""
Dear Mr Mike,

The shipping line informed us about Peak Season Surcharge for all sailings from Hai Phong to North Europe from 1/12 to 31/12, USD 350 per 40HC. As our terms with you are CIF Hamburg, we must add this surcharge to your orders sailing in December, it is P08629 (sailing 9/12). We attach the carrier notice.

Please kindly accept.

Best regards,
Pham Thu Ha
Sales Manager
Bat Trang Ceramics Export Co., Ltd.
""", end="Best regards,\nPham", change="price", intent="price_change", sec=["question"],
     po=["P08629"],
     dates=[("2026-12-01", "price_effective", "from 1/12"), ("2026-12-31", "other", "31/12"), ("2026-12-09", "ship_date", "9/12")],
     prices=[dict(product="Peak Season Surcharge per 40HC", new=350, cur="USD", eff="2026-12-01", quote="USD 350 per 40HC")]),
dict(v="lisbon", lang="en", at="2026-10-13 10:10", subj="P08631 cork coasters - which logo file?",
     text="""
Hello Sandra,

We are ready to start the laser engraving for P08631 but we have two logo files from your team: one from August with the old Hartmann leaf and one from last week without the leaf. Which one should we use? Everything else is ready and the date is not affected if we have your answer until Friday.

Obrigada,
Ana

Ana Ferreira
Lisbon Cork Products Lda
""", end="Obrigada,\nAna", change="none", intent="question",
     po=["P08631"], dates=[("2026-10-16", "other", "until Friday")]),

dict(v="seoul", c=1, lang="en", at="2026-11-11 14:00", subj="Invoice SKC-INV-D7A-2611 for P08632",
     text="""
Dear Tim,

Please find attached our commercial invoice SKC-INV-D7A-2611 for P08632 (stainless pots, shipped 2 Nov). Payment term 60 days from B/L date as agreed, so due on 31 December.

Thank you for the business.

Best regards,
Min-seo Kim
Accounting Team, Seoul Kitchenware Co., Ltd.
""", end="Best regards,\nMin-seo", change="none", intent="other",
     po=["P08632"], vref=["SKC-INV-D7A-2611"],
     dates=[("2026-11-02", "other", "2 Nov"), ("2026-12-31", "other", "31 December")]),

dict(v="cebu", c=1, lang="en", at="2026-09-15 09:00", subj="New contact person for your account",
     text="""
Hi Hartmann buyers,

Just to let you know that from 1 October I am taking over your account from Maricel, who is moving to our new Davao branch. She will still be cc'd on open orders until end of the month so nothing falls through the cracks (P08633 and P08634 especially).

Looking forward to working with you!

Paolo Reyes
Account Manager - Europe
Cebu Rattan Artisans Inc.
+63 32 555 0192
""", end="Paolo Reyes\nAccount Manager", change="none", intent="other",
     po=["P08633", "P08634"],
     dates=[("2026-10-01", "other", "1 October"), ("2026-09-30", "other", "end of the month")]),

dict(v="aussie", c=1, lang="en", at="2026-10-27 12:30", subj="P08635 - olive or sand?",
     text="""
G'day Mike,

Quick one on P08635 (camp chairs). The olive fabric you picked is sold out at our mill until February, but we have plenty of sand and charcoal. Happy to swap to either at the same price and keep the ship date - which do you want? If you'd rather wait for olive, tell me and I'll work out a new date.

Cheers,
Chloe
Aussie Outdoor Gear Pty Ltd
""", end="Cheers,\nChloe", change="none", intent="question",
     po=["P08635"]),

dict(v="sunshine", lang="en", at="2026-11-23 13:15", subj="P08636 - vessel sailed",
     text="""
Good day Laura,

Your citrus on P08636 sailed from Durban yesterday on MSC ALEXANDRA, 2 reefer containers, full quantity (3,960 cartons). ETA Rotterdam 9 December; from there the reefer truck to you takes 2 days.

Containers: MSCU 5590312, MSCU 5590877
B/L: MEDUZ7D7A0143

Kind regards
Thabo Nkosi
Export Logistics, Sunshine Citrus Exports (Pty) Ltd
""", end="Kind regards\nThabo", change="shipping", intent="shipping_notice",
     po=["P08636"], commit=("2026-12-11", "the reefer truck to you takes 2 days"),
     dates=[("2026-11-22", "ship_date", "yesterday"), ("2026-12-09", "other", "9 December"),
            ("2026-12-11", "confirmed_delivery", "takes 2 days")],
     lines=[("citrus", 3960, "cartons", "full quantity (3,960 cartons)", "P08636")],
     track=[("MSC", "MSCU 5590312", "MSCU 5590312"), ("MSC", "MSCU 5590877", "MSCU 5590877"),
            ("MSC", "MEDUZ7D7A0143", "B/L: MEDUZ7D7A0143")]),

dict(v="keystone", c=2, lang="en", at="2026-12-02 11:35", subj="RE: P08637 - EDI 865 sent",
     text="""
Laura,

Heads up that our system just sent you an 865 (change acknowledgment) on P08637. In plain English: the 400 nonstick fry pans are now due 12/18 instead of 12/09. Our inbound container from Yantian rolled to the next vessel. The other two lines are unaffected and still deliver 12/09.

Sorry about this one.

Greg Palmer
Planning Manager | Keystone Housewares Distribution Inc.
""", end="Greg Palmer\nPlanning", change="date", intent="delay",
     po=["P08637"], commit=("2026-12-18", "now due 12/18"),
     dates=[("2026-12-18", "new_eta", "12/18"), ("2026-12-09", "other", "instead of 12/09"),
            ("2026-12-09", "confirmed_delivery", "still deliver 12/09")],
     lines=[("nonstick fry pans", 400, None, "the 400 nonstick fry pans", "P08637")]),

dict(v="voltix", lang="en", at="2026-09-10 10:20", subj="PO P08638 status: Confirmed",
     text="""
Voltix Supplier Portal - PO status change

PO: P08638
Status: Open -> Confirmed
Confirmed qty: 5,000 pcs (VX-PB-10K power banks)
Promised ship date (ETD Yantian): 2026-10-12

Note from Cindy Zhang: confirmed, Incoterm FOB, booking to follow.

This is an automatic notification.
""", end="This is an automatic notification.", change="none", intent="confirmation",
     po=["P08638"],
     dates=[("2026-10-12", "ship_date", "2026-10-12")],
     lines=[("VX-PB-10K", 5000, "pcs", "5,000 pcs (VX-PB-10K power banks)", "P08638")]),

dict(v="highland", c=1, lang="en", at="2026-11-27 17:40", subj="Re: P08639",
     text="""
Yes - confirmed for the 8th as we said on the phone. Ewan

On 27 Nov 2026, at 15:01, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Ewan, just to have it in writing: P08639 delivered Tuesday 8 December, 240 gift tins as ordered?
""", end="On 27 Nov 2026, at 15:01", change="none", intent="confirmation",
     po=["P08639"], commit=("2026-12-08", "confirmed for the 8th"),
     dates=[("2026-12-08", "confirmed_delivery", "the 8th")]),

dict(v="tirol", lang="en", at="2026-12-03 08:55", subj="Christmas closure / your open orders",
     text="""
Dear Mr Brandt,

our workshop is closed from 23.12.2026 until 6.1.2027 (inventory and holidays). Your open orders are not affected:

P08640 wooden advent calendars - already delivered
P08641 cutting boards - delivery 15.12. as confirmed

Orders which you send us during the closure we will confirm in KW 2.

Mit freundlichen Grüßen
Andreas Hofer
Tiroler Holzwaren GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation", sec=["other"],
     po=["P08640", "P08641"], commit=("2026-12-15", "delivery 15.12. as confirmed"),
     dates=[("2026-12-23", "other", "23.12.2026"), ("2027-01-06", "other", "6.1.2027"),
            ("2026-12-15", "confirmed_delivery", "15.12."), ("2027-01-11", "other", "KW 2")],
     changes=[("P08640", "other", None, None, "P08640 wooden advent calendars - already delivered"),
              ("P08641", "confirmation", "2026-12-15", None, "P08641 cutting boards - delivery 15.12. as confirmed")]),

dict(v="binhduong", lang="en", at="2026-12-08 15:25", subj="P08642 - vessel rollover due to Christmas peak",
     text="""
Dear Laura,

We receive message from forwarder today that the vessel for P08642 (dining tables, 1x40HQ) is overbooked because of the Christmas peak and our container is rolled to the next sailing. New ETD Cat Lai 18/12 instead of 11/12, new ETA Hamburg 27/01/2027.

We are very sorry, the goods were ready on time. Forwarder notice below.

Best regards,
Le Thi Huong
Binh Duong Furniture Export JSC

---------- Forwarded message ---------
From: Saigon Trans Logistics <ops@saigontrans.vn>
Date: Tue, Dec 8, 2026 at 1:40 PM
Subject: Rollover notice - BKG STL-D7A-66120

Dear shipper, pls note bkg STL-D7A-66120 cntr TCLU 6620041 rolled from CMA CGM JULES VERNE to CMA CGM TITAN, ETD 18 Dec. Regards, Ops
""", end="Best regards,\nLe Thi", change="date", intent="delay",
     po=["P08642"], vref=["STL-D7A-66120"], commit=("2027-01-27", "new ETA Hamburg 27/01/2027"),
     dates=[("2026-12-08", "other", "today"), ("2026-12-18", "ship_date", "18/12"), ("2026-12-11", "other", "11/12"),
            ("2027-01-27", "new_eta", "27/01/2027"), ("2026-12-18", "ship_date", "ETD 18 Dec")],
     track=[("CMA CGM", "TCLU 6620041", "cntr TCLU 6620041")]),
dict(v="ruhrtal", c=2, lang="en", at="2026-11-05 13:50", subj="P08643 partial delivery / Teillieferung",
     text="""
Dear Mrs Jensen,

today we have sent 1.200 of the 2.000 garden tool sets from P08643 with DB Schenker, delivery note LS-D7A-774120. The remaining 800 sets we can deliver only in KW 48 because the handles from our subcontractor came in wrong colour and must be remade.

Is a partial invoice okay for you or do you want one invoice at the end?

Mit freundlichen Grüßen
Monika Brandes
Auftragsbearbeitung
Ruhrtal Metallwaren GmbH

--- attachment: LS-D7A-774120.pdf ---
LIEFERSCHEIN / DELIVERY NOTE  LS-D7A-774120
Ihre Bestellung / your order: P08643
Datum: 05.11.2026
Pos. 1  RM-GTS-3   Bestellt 2.000   Geliefert 1.200   Rückstand 800
Sendungsnr. Schenker: 4082-D7A-551903
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", sec=["shipping_notice", "question"],
     po=["P08643"], vref=["LS-D7A-774120"], commit=("2026-11-23", "only in KW 48"),
     dates=[("2026-11-05", "ship_date", "today we have sent"), ("2026-11-23", "new_eta", "KW 48"),
            ("2026-11-05", "ship_date", "05.11.2026")],
     lines=[("RM-GTS-3", 1200, "sets", "1.200 of the 2.000 garden tool sets", "P08643"),
            ("RM-GTS-3", 800, "sets", "The remaining 800 sets", "P08643"),
            ("RM-GTS-3", 1200, None, "Pos. 1  RM-GTS-3   Bestellt 2.000   Geliefert 1.200   Rückstand 800", "P08643")],
     track=[("DB Schenker", "4082-D7A-551903", "Sendungsnr. Schenker: 4082-D7A-551903")]),

dict(v="lahore", lang="en", at="2026-10-30 11:20", subj="Shipment of P08644 - short qty",
     text="""
Respected Mike sahib,

We have shipped your P08644 bed sheets today via Karachi port, container OOLU 8820147. Kindly note we could ship 2,750 sets only against ordered 3,000 sets, the balance 250 sets of the grey colour we are short-shipping because dye lot was rejected in our QC. We will not send them later, please adjust in your system and we will invoice only shipped qty.

ETA Hamburg is 02/12.

Thanks and regards,
Imran Qureshi
Director Exports
Lahore Linen Mills (Pvt) Ltd
""", end="Thanks and regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08644"], commit=("2026-12-02", "ETA Hamburg is 02/12"),
     dates=[("2026-10-30", "ship_date", "today via Karachi"), ("2026-12-02", "confirmed_delivery", "02/12")],
     lines=[("bed sheets", 2750, "sets", "2,750 sets only", "P08644"),
            ("bed sheets grey", 250, "sets", "the balance 250 sets of the grey colour", "P08644")],
     track=[(None, "OOLU 8820147", "container OOLU 8820147")]),

dict(v="oaxaca", c=1, lang="en", at="2026-11-09 10:00", subj="RE: P08645 black clay pots",
     text="""
Hi Sandra

Good news and less good news. We have the 180 large pots ready and they go with the truck to Veracruz on Thursday, but the 120 small ones cracked in the second firing, we need to make them again. They can go in the next container, around 10 December from Veracruz. I will send you the BL when we have it.

Saludos,
Emilio Ramírez
Barro Negro de Oaxaca
""", end="Saludos,\nEmilio", change="quantity", intent="partial_shipment",
     po=["P08645"],
     dates=[("2026-11-12", "ship_date", "Thursday"), ("2026-12-10", "ship_date", "around 10 December")],
     lines=[("large black clay pots", 180, None, "the 180 large pots", "P08645"),
            ("small black clay pots", 120, None, "the 120 small ones", "P08645")]),

dict(v="porto", lang="en", at="2026-11-17 16:30", subj="Dispatch P08646 - complete",
     text="""
Dear Laura,

P08646 left our warehouse this afternoon with Transportes Ribeiro, all 48 cartons of bath towels. CMR no. TR-D7A-20911. Delivery at your DC expected 20 or 23 November.

Best regards,
João Pereira
Logística
Têxteis do Porto Lda
""", end="Best regards,\nJoão", change="shipping", intent="shipping_notice",
     po=["P08646"], commit=("2026-11-23", "Delivery at your DC expected 20 or 23 November"),
     dates=[("2026-11-17", "ship_date", "this afternoon"), ("2026-11-20", "range_start", "expected 20"),
            ("2026-11-23", "range_end", "23 November")],
     lines=[("bath towels", 48, "cartons", "all 48 cartons of bath towels", "P08646")],
     track=[("Transportes Ribeiro", "TR-D7A-20911", "CMR no. TR-D7A-20911")]),

dict(v="maule", lang="en", at="2026-10-19 12:40", subj="Cancellation of line 3 - P08647",
     text="""
Dear Tim,

As we told by phone on Friday, the willow laundry baskets (line 3, 150 units) of P08647 we have to cancel, the river flooded our willow fields in September and there is no material of good quality. Lines 1 and 2 are fine and will ship on 6 November.

Sorry for this, we hope to offer again next season.

Kind regards
Catalina Soto
Mimbres del Maule SpA
""", end="Kind regards\nCatalina", change="cancel", intent="cancellation",
     po=["P08647"],
     dates=[("2026-10-16", "other", "on Friday"), ("2026-11-06", "ship_date", "6 November")],
     lines=[("willow laundry baskets", 150, "units", "line 3, 150 units", "P08647")]),

dict(v="boreal_qc", lang="en", at="2026-11-13 09:20", subj="Re: P08648 - cancellation confirmed",
     text="""
Hello Mike,

Confirmed, we cancelled the whole P08648 (24 oak side tables) as you asked. Nothing was cut yet, so no fees. Our credit note CN-MB-D7A-0412 for the deposit is attached.

Regards,
Marc-Olivier Pelletier
Meubles Boréal inc.

On Nov 12, 2026, at 3:14 PM, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Marc-Olivier, we need to cancel P08648 completely, the range was dropped. Can you confirm? We still want the P08649 benches on 12/03.
""", end="Regards,\nMarc-Olivier", change="cancel", intent="cancellation",
     po=["P08648", "P08649"], vref=["CN-MB-D7A-0412"],
     lines=[("oak side tables", 24, None, "24 oak side tables", "P08648")]),

dict(v="westland", c=1, lang="en", at="2026-09-24 08:30", subj="We will cancel P08650 if no reply",
     text="""
Dear Sandra,

We did not receive the prepayment for P08650 (tulip bulbs, 400 crates) and the bulbs must be packed this week or they are too late for planting. If we have no payment or reply by Monday 28 September, we will cancel the order and sell the bulbs elsewhere.

Sorry to be so direct, but bulbs do not wait.

Kind regards,
Orderdesk Westland Bloembollen
""", end="Kind regards,\nOrderdesk", change="cancel", intent="cancellation", sec=["question"],
     po=["P08650"],
     dates=[("2026-09-21", "other", "this week"), ("2026-09-28", "other", "Monday 28 September")],
     lines=[("tulip bulbs", 400, "crates", "400 crates", "P08650")]),

dict(v="valencia", lang="en", at="2026-12-10 10:45", subj="Tariff 2027",
     text="""
Dear Laura,

Please find our new tariff for 2027 attached, valid from 15 January 2027. Main changes:

Article         2026      2027
CV-PLT-27       4,20 €    4,45 €
CV-BWL-15       2,80 €    2,95 €
CV-MUG-35       3,10 €    3,10 €

Orders confirmed before that date keep 2026 prices.

Un saludo,
Amparo Soler
Cerámica Valenciana S.L.
""", end="Un saludo,", change="price", intent="price_change",
     dates=[("2027-01-15", "price_effective", "15 January 2027")],
     prices=[dict(product="CV-PLT-27", old=4.20, new=4.45, cur="EUR", eff="2027-01-15", quote="CV-PLT-27       4,20 €    4,45 €"),
             dict(product="CV-BWL-15", old=2.80, new=2.95, cur="EUR", eff="2027-01-15", quote="CV-BWL-15       2,80 €    2,95 €")]),

dict(v="nordic", c=1, lang="en", at="2026-10-21 15:10", subj="P08651 - discount for late delivery",
     text="""
Hi Laura,

As compensation for the late delivery on P08651 last month we will give you 5% discount on this order, it will show on the invoice. Hope this helps to keep the good cooperation.

Best,
Johan Lindqvist
Nordic Textiles AB
""", end="Best,\nJohan", change="price", intent="price_change",
     po=["P08651"],
     prices=[dict(product=None, pct=-5, quote="5% discount on this order")]),

dict(v="pacific", c=1, lang="en", at="2026-09-08 11:55", subj="Green coffee cost - update on P08652",
     text="""
Hi Tim,

Not fun news. Arabica futures are up almost 30% since you placed P08652 and our contract allows us to pass on raw coffee increases over 10%. The house blend goes from $9.40 to $10.60/lb on this order. The decaf stays at $11.20.

Happy to jump on a call if you want to talk it through.

Chris Alvarez
Account Manager, Pacific Coast Coffee Roasters
""", end="Chris Alvarez\nAccount", change="price", intent="price_change",
     po=["P08652"],
     prices=[dict(product="house blend", old=9.40, new=10.60, cur="USD", quote="The house blend goes from $9.40 to $10.60/lb")]),

dict(v="alexandria", lang="en", at="2026-11-18 13:30", subj="P08653 - carton marks and labels",
     text="""
Dear Mr Tim,

Production of P08653 bathrobes is finishing well. Before packing we need from you:
1) the carton shipping marks file (last time you sent PDF in August, is it the same?)
2) the EAN barcodes for the new XL size, we don't have it in our system

Without these we cannot pack. Delivery plan is unchanged.

Best regards,
Ahmed Mansour
Alexandria Cotton Home Co.
""", end="Best regards,\nAhmed", change="none", intent="question",
     po=["P08653"]),

dict(v="spammer", lang="en", at="2026-10-05 03:12", subj="Christmas Deals!! LED lights 70% OFF factory direct",
     text="""
Dear Purchasing Manager,

Good day! We are professional factory of LED christmas lights since 2008, CE/RoHS certified. Special promotion before Christmas: 70% OFF, MOQ only 500 pcs, delivery within 7 days!!!

Reply for catalog and free samples.

Sales Manager
Global Sourcing Deals
""", end="Sales Manager\nGlobal", change="none", intent="other"),

dict(v="kaiser", c=1, lang="en", at="2026-11-30 10:05", subj="Thank you for the visit",
     text="""
Dear Tim,

thank you again for visiting our factory last Tuesday together with Mrs Klein. It was a pleasure to show you the new assembly line. As promised, our quality manager will send the audit documents by end of next week.

Best regards
Petra Lange
Elektro Kaiser GmbH
""", end="Best regards\nPetra", change="none", intent="other",
     dates=[("2026-11-24", "other", "last Tuesday"), ("2026-12-11", "other", "end of next week")]),
dict(v="dublinbiscuit", lang="en", at="2026-11-06 12:00", subj="RE: P08654 - can you do the 20th?",
     text="""
Hi Sandra,

We can meet you halfway. The 20th isn't doable with the Christmas tins on the line, but we can bring P08654 forward from 27 Nov to Tuesday 24 November. That's the earliest slot I have, hope it helps with the promo.

Siobhan

Siobhan Murphy | Customer Planning | Dublin Biscuit Company Ltd

From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: 05 November 2026 16:22
To: Siobhan Murphy
Subject: P08654 - can you do the 20th?

Hi Siobhan, could P08654 arrive on 20 November instead of 27 November? Our shortbread promo starts on the 23rd.
""", end="Siobhan\n\nSiobhan Murphy", change="date", intent="confirmation",
     po=["P08654"], commit=("2026-11-24", "we can bring P08654 forward from 27 Nov to Tuesday 24 November"),
     dates=[("2026-11-20", "other", "The 20th"), ("2026-11-27", "other", ("27 Nov", 0)),
            ("2026-11-24", "confirmed_delivery", "Tuesday 24 November")]),

dict(v="schwarzwald", c=0, lang="en", at="2026-12-14 09:40", subj="AW: Status call KW 51",
     text="""
Dear Mrs Klein,

short summary of our call today: for P08655 and P08656 there is no change, both deliveries stay on 17.12. with our own truck. Between the years we are closed, first delivery in new year will be KW 2.

Mit freundlichen Grüßen
Markus Weber
Schwarzwald Haushaltswaren GmbH
""", end="Mit freundlichen Grüßen", change="none", intent="confirmation",
     po=["P08655", "P08656"], commit=("2026-12-17", "both deliveries stay on 17.12."),
     dates=[("2026-12-14", "other", "call today"), ("2026-12-17", "confirmed_delivery", "17.12."),
            ("2027-01-11", "other", "KW 2")],
     changes=[("P08655", "confirmation", "2026-12-17", None, "both deliveries stay on 17.12."),
              ("P08656", "confirmation", "2026-12-17", None, ("both deliveries stay on 17.12.", 0))]),

dict(v="mueller", c=2, lang="en", at="2026-10-02 11:15", subj="Order acknowledgement P08657 - AB-MG-D7A-4471",
     text="""
Dear Sir or Madam,

thank you for your order P08657. We confirm as follows:

Pos. 1  MG-HS-20  hose reel 20 m     250 pcs   delivery week 43
Pos. 2  MG-HS-30  hose reel 30 m     150 pcs   delivery week 45 (requested week 43)
Pos. 3  MG-SP-01  sprinkler          400 pcs   delivery week 43

Pos. 2 is later because of supplier of the reel drum. Partial deliveries are free of charge.

Mit freundlichen Grüßen
Innendienst
Müller Gartentechnik GmbH & Co. KG
AB-MG-D7A-4471
""", end="Mit freundlichen Grüßen", change="date", intent="delay",
     po=["P08657"], vref=["AB-MG-D7A-4471"], commit=("2026-11-02", "delivery week 45"),
     dates=[("2026-10-19", "confirmed_delivery", ("week 43", 0)), ("2026-11-02", "new_eta", "week 45"),
            ("2026-10-19", "other", ("week 43", 1)), ("2026-10-19", "confirmed_delivery", ("week 43", 2))],
     lines=[("MG-HS-20", 250, "pcs", "Pos. 1  MG-HS-20  hose reel 20 m     250 pcs   delivery week 43", "P08657"),
            ("MG-HS-30", 150, "pcs", "Pos. 2  MG-HS-30  hose reel 30 m     150 pcs   delivery week 45 (requested week 43)", "P08657"),
            ("MG-SP-01", 400, "pcs", "Pos. 3  MG-SP-01  sprinkler          400 pcs   delivery week 43", "P08657")]),

dict(v="andino", lang="en", at="2026-10-14 08:30", subj="Re: P08658 coffee - date",
     text="""
Dear Tim,

Sorry, in my email of Monday I wrote ETA 3 November but it was a mistake, I copied from another customer. The container for P08658 arrives Hamburg 24 November, the vessel left Cartagena on 10 October as planned in your order, so nothing changed for you, it was only my error.

Best regards
Andrés Restrepo
Café Andino S.A.S.
""", end="Best regards\nAndrés", change="none", intent="confirmation",
     po=["P08658"], commit=("2026-11-24", "arrives Hamburg 24 November"),
     dates=[("2026-10-12", "other", "of Monday"), ("2026-11-03", "other", "3 November"),
            ("2026-11-24", "confirmed_delivery", "24 November"), ("2026-10-10", "ship_date", "10 October")]),

dict(v="lyonnais", c=1, lang="en", at="2026-11-26 17:15", subj="P08659 - correction",
     text="""
Hello Laura,

Small correction to my mail this morning, I gave you the wrong date: the linen tablecloths on P08659 will be delivered 8 December, not 1 December. The weaving finishes on 2 December and the transport needs 4 working days. I am sorry for the confusion.

Thomas Roux
Textiles Lyonnais SA
""", end="Thomas Roux\nTextiles", change="date", intent="delay",
     po=["P08659"], commit=("2026-12-08", "will be delivered 8 December"),
     dates=[("2026-11-26", "other", "this morning"), ("2026-12-08", "new_eta", "8 December"),
            ("2026-12-01", "other", "1 December"), ("2026-12-02", "other", "2 December"),
            ("2026-12-08", "confirmed_delivery", "4 working days")]),

dict(v="aceites", lang="en", at="2026-12-01 09:05", subj="Christmas capacity - P08660 / P08661",
     text="""
Dear Mike,

December is very busy for the olive oil bottling, so we have re-planned all customers. For you:

- P08660 (extra virgin 0,75 l, 1.800 bottles): unchanged, delivery 9 December.
- P08661 (gift boxes): we cannot bottle before Christmas, new delivery 12 January 2027.

Thank you for understanding.

Saludos cordiales,
Carmen López
Aceites del Sur S.L.
""", end="Saludos cordiales,", change="date", intent="delay",
     po=["P08660", "P08661"], commit=("2026-12-09", "unchanged, delivery 9 December"),
     dates=[("2026-12-09", "confirmed_delivery", "9 December"), ("2027-01-12", "new_eta", "12 January 2027")],
     lines=[("extra virgin 0,75 l", 1800, "bottles", "1.800 bottles", "P08660")],
     changes=[("P08660", "confirmation", "2026-12-09", None, "unchanged, delivery 9 December"),
              ("P08661", "delay", "2027-01-12", None, "new delivery 12 January 2027")]),

dict(v="twente", lang="en", at="2026-09-17 14:25", subj="RE: RE: P08662 new date proposal",
     text="""
Hi Tim,

Friday 2 October is fine for us, agreed. I have changed the confirmation, new AB follows. Sorry again for the mould problem.

Groeten,
Ruud

-----Original Message-----
From: Tim Brandt
Sent: Thursday, September 17, 2026 10:05
To: Ruud Hendriks
Subject: RE: P08662 new date proposal

Ruud, 9 October is too late for us. Can you do Friday 2 October? That is our absolute latest.

-----Original Message-----
From: Ruud Hendriks
Sent: Wednesday, September 16, 2026 15:40
Subject: P08662 new date proposal

Tim, the storage boxes on P08662 (due 25 September) will be late, mould repair. Earliest 9 October.
""", end="Groeten,\nRuud", change="date", intent="confirmation",
     po=["P08662"], commit=("2026-10-02", "Friday 2 October is fine for us, agreed"),
     dates=[("2026-10-02", "confirmed_delivery", ("Friday 2 October", 0))]),

dict(v="izmir", c=1, lang="en", at="2026-12-11 11:50", subj="P08663 - holiday shipping",
     text="""
Dear Laura,

We know in Germany the last week of December is difficult for receiving. Your P08663 (glass storage jars) is ready, truck loading 14.12., delivery in Hamburg 18.12. as confirmed in our AB. We don't change anything, just to be sure your warehouse is open that day, can you confirm please?

Best regards,
Zeynep Kaya
Izmir Cam Ev Gerecleri A.S.
""", end="Best regards,\nZeynep", change="none", intent="confirmation", sec=["question"],
     po=["P08663"], commit=("2026-12-18", "delivery in Hamburg 18.12. as confirmed"),
     dates=[("2026-12-14", "ship_date", "14.12."), ("2026-12-18", "confirmed_delivery", "18.12.")]),

dict(v="plasticos", lang="en", at="2026-11-19 16:00", subj="P08664 status",
     text="""
Hello Sandra,

Quick status after yesterday's weekly call. Garden chairs P08664 - production finished, but the container we booked for 23/11 got cancelled by the line, so loading moves to 01/12 and ETA Hamburg to 29/12 (was 18/12). I'll confirm the vessel once booked.

Regards
Rodrigo Garza
Plásticos del Norte
""", end="Regards\nRodrigo", change="date", intent="delay",
     po=["P08664"], commit=("2026-12-29", "ETA Hamburg to 29/12"),
     dates=[("2026-11-18", "other", "yesterday"), ("2026-11-23", "other", "23/11"), ("2026-12-01", "ship_date", "01/12"),
            ("2026-12-29", "new_eta", "29/12"), ("2026-12-18", "other", "18/12")]),

dict(v="kempen", lang="en", at="2026-10-26 10:30", subj="Confirmation P08665",
     text="""
Dear Mike,

We confirm your order P08665 (12 oak dining benches) for delivery on Thursday 19 November, as requested. Our driver delivers himself, as always.

Best regards,
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Best regards,\nWouter", change="none", intent="confirmation",
     po=["P08665"], commit=("2026-11-19", "for delivery on Thursday 19 November"),
     dates=[("2026-11-19", "confirmed_delivery", "Thursday 19 November")],
     lines=[("oak dining benches", 12, None, "12 oak dining benches", "P08665")]),

dict(v="gentse", lang="en", at="2026-11-02 09:45", subj="RE: P08666 - new candle date",
     text="""
Hi Sandra,

I'm sorry but 13 November we can't do either, the wax supplier only delivers on the 12th. Our proposal: 20 November, and we put an extra 5% discount on the invoice for the trouble. Please tell me if that's OK.

Koen

On 30 Oct 2026, at 14:12, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Koen, 27 November is too late for P08666. Could you do 13 November?
""", end="Koen\n\nOn 30", change="mixed", intent="delay", sec=["price_change", "question"],
     po=["P08666"], commit=("2026-11-20", "Our proposal: 20 November"),
     dates=[("2026-11-13", "other", ("13 November", 0)), ("2026-11-12", "other", "the 12th"),
            ("2026-11-20", "new_eta", "20 November")],
     prices=[dict(product=None, pct=-5, quote="an extra 5% discount on the invoice")]),
dict(v="vanderberg", c=1, lang="en", at="2026-10-09 07:55", subj="Transport P08667",
     text="""
Morning Laura,

Truck with P08667 (planters and trellis, 14 pallets, everything) is on its way since 6:30, driver Henk. He will be at your DC this afternoon around 15:00. Tracking via our carrier: VDB-D7A-07731.

Greetings,
Sanne de Jong
Logistics | Van der Berg Tuinartikelen B.V.
""", end="Greetings,\nSanne", change="shipping", intent="shipping_notice",
     po=["P08667"], commit=("2026-10-09", "He will be at your DC this afternoon"),
     dates=[("2026-10-09", "confirmed_delivery", "this afternoon")],
     lines=[("planters and trellis", 14, "pallets", "14 pallets, everything", "P08667")],
     track=[(None, "VDB-D7A-07731", "Tracking via our carrier: VDB-D7A-07731")]),

dict(v="lima", c=1, lang="en", at="2026-11-24 10:30", subj="Certificates for P08668",
     text="""
Dear Sandra,

Attached please find the certificate of origin and the fibre test report for the alpaca throws of P08668, as requested by your quality team. The originals go with the courier tomorrow.

Best regards,
Diego Salazar
Textiles Alpaca del Perú S.A.C.
""", end="Best regards,\nDiego", change="none", intent="other",
     po=["P08668"], dates=[("2026-11-25", "other", "tomorrow")]),

dict(v="bergholz", lang="en", at="2026-12-16 14:10", subj="Forecast 2027 for wooden toys?",
     text="""
Dear Mr Osei,

we are planning our wood purchase for the first half of 2027. Could you give us a rough forecast of the quantities of the wooden toy trains and puzzles you plan to order until June? Even a range is helpful. The open order P08669 is not affected and stays as confirmed.

Freundliche Grüsse
Urs Baumann
Bergholz Holzwaren AG
""", end="Freundliche Grüsse", change="none", intent="question",
     po=["P08669"], dates=[("2027-06-01", "other", "until June")]),
]
