# ruff: noqa: E501 - email text is data
"""English, fourth mixed batch: complete shipping notices against partial shipments (ASN
text, tracking, "rest to follow"), cancellations (whole order or one line, by the vendor or
confirming the buyer's), price changes (increases, surcharges, currency, effective dates),
questions (artwork, labels, address, pallets, payment before shipping) and other mail
(newsletters, out-of-office, statements, thank-you notes, holiday schedules, trade fairs).
Different writers and registers, quoted history with other dates, subjects that disagree
with the new text, several orders in one email. Hand-written and hand-labelled."""

EMAILS = [
dict(v="keystone", lang="en", at="2026-11-18 15:05", subj="RE: P06600 - still on backorder?",
     text="""
Hi Laura,

No, the backorder on the 10" skillets cleared Monday and P06600 shipped complete this afternoon. ASN copy attached. Carrier quotes 3-4 business days to the consolidator.

Thanks,
Rachel

Rachel Dunn | Customer Account Manager
Keystone Housewares Distribution Inc.

-----Original Message-----
From: Laura Jensen
Sent: Tuesday, November 17, 2026 10:02 AM
To: Rachel Dunn
Subject: P06600 - still on backorder?

Rachel, your portal still shows the KH-SK-10 skillets on P06600 as backordered until 12/04. Is that right? We need them before 11/30.

--- attachment: ASN_KHD-856-771204.pdf ---
ADVANCE SHIP NOTICE 856
ASN No.: KHD-856-771204
PO: P06600
Ship Date: 11/18/2026
Carrier: Estes Express Lines   PRO: 2219-0448173
Est. Delivery: 11/23/2026

Line  Item       Qty Ordered  Qty Shipped
1     KH-SK-10   300          300
2     KH-SK-12   180          180
Status: COMPLETE
""", end="Thanks,\nRachel", change="shipping", intent="shipping_notice", po=["P06600"],
     vref=["KHD-856-771204"],
     commit=("2026-11-24", "Carrier quotes 3-4 business days to the consolidator"),
     dates=[("2026-11-16", "other", "cleared Monday"), ("2026-11-18", "ship_date", "this afternoon"),
            ("2026-11-23", "range_start", "3-4 business days"), ("2026-11-24", "range_end", "3-4 business days"),
            ("2026-11-18", "ship_date", "11/18/2026"), ("2026-11-23", "confirmed_delivery", "11/23/2026")],
     lines=[("KH-SK-10", 300, None, "1     KH-SK-10   300          300", "P06600"),
            ("KH-SK-12", 180, None, "2     KH-SK-12   180          180", "P06600")],
     track=[("Estes Express Lines", "2219-0448173", "PRO: 2219-0448173")]),

dict(v="penang", lang="en", at="2026-10-09 16:40", subj="P06601 shipment advise",
     text="""
Dear Mike,

Pls be informed for P06601 rubber door mats we have loaded 2x40HC today (total 5,600 pcs), the balance 2,400 pcs will follow by next vessel because our curing oven was breakdown 6 days. Next vessel ETD Port Klang 23/10, we will advise the ETA once booking confirm.

Cntr: TGHU 8812345 / TGHU 8812371
Vessel: CMA CGM TAGE 0FL4RW1MA, ETA Hamburg 14/11

Sorry for the inconvenience caused.

Thank you & best regards
Tan Wei Ming
Penang Rubberware Sdn Bhd
""", end="Thank you & best regards", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P06601"],
     commit=("2026-11-14", "ETA Hamburg 14/11"),
     dates=[("2026-10-09", "ship_date", "today"), ("2026-10-23", "ship_date", "23/10"),
            ("2026-11-14", "confirmed_delivery", "14/11")],
     lines=[("rubber door mats", 5600, "pcs", "total 5,600 pcs", "P06601"),
            ("rubber door mats", 2400, "pcs", "the balance 2,400 pcs", "P06601")],
     track=[("CMA CGM", "TGHU 8812345", "Cntr: TGHU 8812345"), ("CMA CGM", "TGHU 8812371", "TGHU 8812371")]),

dict(v="highland", c=1, lang="en", at="2026-11-30 12:10", subj="Re: P06602 - remove fir & cedar",
     text="""
Done - fir & cedar taken off P06602. Rest still with you Thurs 3rd.

Sent from my iPhone

On 30 Nov 2026, at 09:14, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Ewan, please remove the fir & cedar 3-wick (HC-FC-3W, 96 pcs) from P06602 and keep the rest as confirmed for 3 Dec. Thanks, Tim
""", end="Sent from my iPhone", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P06602"], commit=("2026-12-03", "Rest still with you Thurs 3rd"),
     dates=[("2026-12-03", "confirmed_delivery", "Thurs 3rd")]),

dict(v="pennine", lang="en", at="2026-12-02 11:00", subj="Haulage surcharge - deliveries to Germany",
     text="""
Hello Sandra,

Hope you're keeping well and the Christmas rush isn't too mad over there. I've been asked by the powers that be to let all our EU customers know, so apologies if this sounds a bit official.

Since the new border handling fees came in our haulier has put his rates up twice, and we've swallowed it as long as we could. From Monday 4th January 2027 we'll be adding a haulage surcharge of £18.50 per pallet on all deliveries into Germany. It'll show as its own line on the invoice, unit prices on the stoneware don't change.

Anything already booked to deliver before then (your P06603 and P06604) goes at the old terms, so nothing to worry about there.

Give us a ring if you want to talk it through.

All the best,
Dave

Dave Ackroyd
Pennine Stoneware Ltd
""", end="All the best,", change="price", intent="price_change", po=["P06603", "P06604"],
     dates=[("2027-01-04", "price_effective", "Monday 4th January 2027")],
     prices=[dict(product=None, new=18.50, cur="GBP", eff="2027-01-04",
                  quote="a haulage surcharge of £18.50 per pallet")]),

dict(v="siam", c=1, lang="en", at="2026-11-20 10:30", subj="P06605 goods ready / balance payment",
     text="""
Dear Khun Mike,

Good morning. Your order P06605 (rattan laundry baskets and teak trays) is finish and packed since Wednesday, inspection passed.

According to our PI SRT-PI-2611-052 the balance 70% (USD 8,420.00) must be paid before we release the container. Could you please arrange the payment and send us the bank slip? The vessel closing is 27 Nov, if we do not receive by then we must take the next vessel on 4 Dec.

Also please advise: do you want the original B/L by courier to your office or telex release?

Thank you very much ka.

Best regards,
Pimchanok Srisuk
Siam Rattan & Teak Co., Ltd.
""", end="Thank you very much ka.", change="none", intent="question", po=["P06605"],
     vref=["SRT-PI-2611-052"],
     dates=[("2026-11-18", "other", "since Wednesday"), ("2026-11-27", "other", "27 Nov"),
            ("2026-12-04", "other", "4 Dec")]),

dict(v="galway", lang="en", at="2026-12-10 08:01", subj="Automatic reply: URGENT - cancel P06606?",
     text="""
Thank you for your email.

I am on annual leave from Thursday 10 December, returning Monday 4 January. Please note the mill and office are closed for Christmas from 18/12 to 04/01 inclusive.

For anything urgent regarding orders, please contact accounts@galwayknitwear.ie and a colleague will get back to you.

Orla Keane
Galway Knitwear Ltd

> From: Sandra Klein
> Sent: 10 December 2026 08:00
> Orla, we have to cancel P06606 (the aran cardigans) if it can't be here before 18 Dec. Please call me.
""", end="Orla Keane", change="none", intent="other", po=["P06606"],
     dates=[("2026-12-10", "other", "Thursday 10 December"), ("2027-01-04", "other", "Monday 4 January"),
            ("2026-12-18", "other", "18/12"), ("2027-01-04", "other", "04/01")]),

dict(v="cascadia", c=1, lang="en", at="2026-10-02 06:12", subj="Order CC-10442 has been cancelled",
     frm="Cascadia Cedar Goods <orders@cascadiacedar.com>",
     text="""
Hello Hartmann Home & Garden,

We're sorry - we are unable to fulfill your order and it has been cancelled.

Order #: CC-10442
Customer PO: P06607
Cancelled on: 10/02/2026
Reason: Item no longer available from supplier

Item                              Qty
CC-HNG-24 Cedar hanger set (24)   200
CC-BLK-8  Cedar moth blocks 8pk   350

Your deposit of $1,240.00 will be refunded to the original payment method. If you have questions about this cancellation, reply to this email or call (503) 555-0177.

Cascadia Cedar Goods Inc. | Portland, OR
""", end="Cascadia Cedar Goods Inc. | Portland, OR", change="cancel", intent="cancellation",
     po=["P06607"], vref=["CC-10442"],
     dates=[("2026-10-02", "other", "10/02/2026")],
     lines=[("CC-HNG-24", 200, None, "CC-HNG-24 Cedar hanger set (24)   200", "P06607"),
            ("CC-BLK-8", 350, None, "CC-BLK-8  Cedar moth blocks 8pk   350", "P06607")]),

dict(v="acme", lang="en", at="2026-11-12 13:20", subj="Re: P06608 tracking pls",
     text="""
shipped this am, UPS 1Z 8V4 W19 03 4471 2286, 4 cartons. should deliver tue

Sent from my iPhone

On Nov 12, 2026, at 9:03 AM, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Jessica, P06608 was due 11/10 and we still have no tracking. Can you send it today please?
""", end="Sent from my iPhone", change="shipping", intent="shipping_notice", po=["P06608"],
     commit=("2026-11-17", "should deliver tue"),
     dates=[("2026-11-12", "ship_date", "this am"), ("2026-11-17", "confirmed_delivery", "tue")],
     track=[("UPS", "1Z 8V4 W19 03 4471 2286", "UPS 1Z 8V4 W19 03 4471 2286")]),

dict(v="hansa", c=1, lang="en", at="2026-11-26 14:45", subj="Lieferschein LS 2026-11873 / P06609",
     text="""
Dear Mrs Klein,

today we have sent the first part of your order P06609 with DHL Freight. The rest of the tumblers follows in KW 50, as soon as the glass comes from the furnace. The delivery note is attached.

Best regards
Ole Thomsen
Versand / Shipping
Hansa Glas & Porzellan GmbH

--- attachment: LS_2026-11873.pdf ---
LIEFERSCHEIN / DELIVERY NOTE  LS 2026-11873
Ihre Bestellung / your order: P06609
Lieferdatum / date: 26.11.2026
Spediteur: DHL Freight, Sendungsnr. 5587114022

Art.-Nr.     Bezeichnung                 bestellt  geliefert  Rückstand
HG-TB-300    Tumbler 300 ml klar         1.200     600        600
HG-TB-400    Tumbler 400 ml klar         800       0          800
HG-KR-1L     Karaffe 1 L                 240       240        0
""", end="Best regards\nOle", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P06609"], vref=["LS 2026-11873"],
     commit=("2026-12-07", "The rest of the tumblers follows in KW 50"),
     dates=[("2026-11-26", "ship_date", "today"), ("2026-12-07", "new_eta", "KW 50"),
            ("2026-11-26", "ship_date", "26.11.2026")],
     lines=[("HG-TB-300", 600, None, "HG-TB-300    Tumbler 300 ml klar         1.200     600        600", "P06609"),
            ("HG-TB-400", 800, None, "HG-TB-400    Tumbler 400 ml klar         800       0          800", "P06609"),
            ("HG-KR-1L", 240, None, "HG-KR-1L     Karaffe 1 L                 240       240        0", "P06609")],
     track=[("DHL Freight", "5587114022", "Sendungsnr. 5587114022")]),

dict(v="seoul", lang="en", at="2026-11-05 17:10", subj="Invoice currency change from 2027",
     text="""
Dear Mr. Brandt,

Thank you for your continuous support.

We would like to inform you that from 1 January 2027 all our export invoices will be issued in USD instead of EUR, because our bank can no longer offer EUR hedging for small exporters. For your main item the new price will be as below:

SK-FP-28IH  Induction frying pan 28cm   EUR 9.80/pc  ->  USD 10.65/pc

Other items we will send the new price list by next week. Your open order P06610 is already confirmed in EUR and will be invoiced in EUR as before.

We hope for your kind understanding.

Best regards,
Ji-ho Park
Seoul Kitchenware Co., Ltd.
""", end="We hope for your kind understanding.", change="price", intent="price_change",
     po=["P06610"],
     dates=[("2027-01-01", "price_effective", "1 January 2027"), ("2026-11-09", "other", "next week")],
     prices=[dict(product="SK-FP-28IH", old=9.80, new=10.65, cur="USD", eff="2027-01-01",
                  quote="SK-FP-28IH  Induction frying pan 28cm   EUR 9.80/pc  ->  USD 10.65/pc")]),

dict(v="milano", lang="en", at="2026-09-21 10:20", subj="P06611?? artwork gift box",
     text="""
Ciao Laura,

sorry to disturb again for the gift box of the espresso set. We still did not receive the artwork in vector (AI or PDF with outlined fonts), we have only the JPG from your colleague which is too low resolution for print, the logo become blurry.

Can you send us the right file until Wednesday 23/9 please? The printer has reserved the machine for us on 28/9 and after that he is full for three weeks.

Also: the EAN code on the box, is it the same of the single cup (8034112556710) or a new one for the set?

Grazie mille!
Giulia
""", end="Grazie mille!", change="none", intent="question", po=["P06611"],
     dates=[("2026-09-23", "other", "Wednesday 23/9"), ("2026-09-28", "other", "28/9")]),

dict(v="lisbon", lang="en", at="2026-12-14 09:30", subj="Meet Lisbon Cork at Ambiente 2027 - Hall 4.1 B22",
     text="""
Dear Laura,

We are happy to invite you to visit our stand at Ambiente Frankfurt, from 6 to 10 February 2027, Hall 4.1, stand B22.

This year we show our new cork & terracotta table collection "Alentejo" and the recycled cork bath mats that many of our customers asked for. Samples of the full range will be available and our design team will be present every day.

If you would like to book a meeting slot, please reply before 20 January and tell us which day suits you best.

We look forward to seeing you in Frankfurt!

Ana Ferreira
Sales
Lisbon Cork Products Lda
""", end="Ana Ferreira\nSales", change="none", intent="other",
     dates=[("2027-02-06", "other", "from 6 to 10 February 2027"), ("2027-02-10", "other", "from 6 to 10 February 2027"),
            ("2027-01-20", "other", "20 January")]),

dict(v="baltic", lang="en", at="2026-12-03 15:50", subj="P06612 / P06613 loaded",
     text="""
Hello Sandra,

Both orders P06612 and P06613 are loaded complete on one truck today in Vilnius, arrive your Hamburg warehouse Monday 7.12 in the morning.

P06612 - 24 pallets smoked fish
P06613 - 6 pallets honey and cookies

CMR LT-0098821, truck plates KLD 441 / AT 772. Invoices send separate.

Regards
Tomas
""", end="Regards\nTomas", change="shipping", intent="shipping_notice", po=["P06612", "P06613"],
     commit=("2026-12-07", "arrive your Hamburg warehouse Monday 7.12"),
     dates=[("2026-12-03", "ship_date", "today"), ("2026-12-07", "confirmed_delivery", "Monday 7.12")],
     lines=[("smoked fish", 24, "pallets", "P06612 - 24 pallets smoked fish", "P06612"),
            ("honey and cookies", 6, "pallets", "P06613 - 6 pallets honey and cookies", "P06613")],
     track=[(None, "LT-0098821", "CMR LT-0098821")],
     changes=[("P06612", "shipping_notice", "2026-12-07", None, "P06612 - 24 pallets smoked fish"),
              ("P06613", "shipping_notice", "2026-12-07", None, "P06613 - 6 pallets honey and cookies")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-25 16:20", subj="Fire at Tallaght - your orders P06614 / P06615",
     text="""
Dear Laura,

I'm sorry to be writing with bad news. We had a fire on Line 2 at our Tallaght bakery on Sunday night. Thankfully nobody was hurt, but the line is out of action until well into the new year, and it's the only line that makes our ginger products.

As a result we have to cancel P06614 in full (gingerbread men, 1,200 boxes), and the ginger snaps line on P06615 (DBC-GS-200, 480 packs). The shortbread on P06615 is made on Line 1 and is not affected - it still delivers 11/12 as confirmed.

No invoices have been raised for the cancelled items. Again, apologies - we'll be back in touch once Line 2 is running again.

Kind regards,
Siobhan Murphy
Dublin Biscuit Company Ltd
""", end="Kind regards,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P06614", "P06615"],
     commit=("2026-12-11", "it still delivers 11/12 as confirmed"),
     dates=[("2026-11-22", "other", "on Sunday night"), ("2026-12-11", "confirmed_delivery", "11/12")],
     lines=[("gingerbread men", 1200, "boxes", "gingerbread men, 1,200 boxes", "P06614"),
            ("DBC-GS-200", 480, "packs", "DBC-GS-200, 480 packs", "P06615")],
     changes=[("P06614", "cancellation", None, None, "cancel P06614 in full"),
              ("P06615", "cancellation", "2026-12-11", None, "the ginger snaps line on P06615")]),

dict(v="nordic", lang="en", at="2026-11-10 09:40", subj="Re: P06616 order confirmation",
     text="""
Hi Laura,

P06616 is confirmed, all 320 wool blankets (NT-WB-140) for delivery week 49.

One thing you should know before the invoice comes: the wool surcharge our spinner introduced hits us from 1 December, so the blanket price goes from SEK 389 to SEK 401 (SEK 12 surcharge). As P06616 is invoiced on delivery it will have the new price. I'm sorry, we tried to avoid it.

Best,
Anna
""", end="Best,\nAnna", change="price", intent="price_change", sec=["confirmation"], po=["P06616"],
     commit=("2026-11-30", "for delivery week 49"),
     dates=[("2026-11-30", "confirmed_delivery", "week 49"), ("2026-12-01", "price_effective", "1 December")],
     lines=[("NT-WB-140", 320, None, "all 320 wool blankets (NT-WB-140)", "P06616")],
     prices=[dict(product="NT-WB-140", old=389, new=401, cur="SEK", eff="2026-12-01",
                  quote="the blanket price goes from SEK 389 to SEK 401")]),
]
