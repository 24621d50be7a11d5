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
dict(v="texbright", c=1, lang="en", at="2026-12-11 14:30", subj="Re: P06617 partial shipment",
     text="""
Hi Laura,

Good news - the mill came through early. The remaining 60 queen comforter sets (TB-CMF-Q-GRY) on P06617 went out today on UPS Freight, PRO 522-1901-044, scheduled to deliver Wednesday 12/16. That completes the order, nothing else open on it.

Thanks for your patience with this one.

Olivia

On Tue, Dec 1, 2026 at 11:20 AM, Olivia Grant <olivia.grant@texbright.com> wrote:
> Hi Laura, P06617 partial today: 180 of 240 queen sets, PRO 522-1840-376, delivering 12/4. The other 60 are backordered, due to ship 12/18 for 12/22 delivery.
""", end="Olivia\n\nOn", change="shipping", intent="shipping_notice", po=["P06617"],
     commit=("2026-12-16", "scheduled to deliver Wednesday 12/16"),
     dates=[("2026-12-11", "ship_date", "went out today"), ("2026-12-16", "confirmed_delivery", "Wednesday 12/16")],
     lines=[("TB-CMF-Q-GRY", 60, "sets", "The remaining 60 queen comforter sets", "P06617")],
     track=[("UPS Freight", "522-1901-044", "PRO 522-1901-044")]),

dict(v="cleanco", lang="en", at="2026-10-14 15:10", subj="P06618 despatched",
     text="""
Afternoon Mike,

P06618 despatched today but I'm afraid it's short: 40 cases of the 5L thick bleach (CC-BLE-5L) instead of 60. Our bottle supplier let us down and that SKU is being discontinued anyway, so we won't be sending the other 20 - I've cancelled them off the order and you'll only be invoiced for 40. The 120 cases of washing-up liquid are complete.

DX Freight consignment 7720 1148 93, with you Friday.

Cheers,
Gary
""", end="Cheers,\nGary", change="quantity", intent="partial_shipment",
     sec=["shipping_notice", "cancellation"], po=["P06618"],
     commit=("2026-10-16", "with you Friday"),
     dates=[("2026-10-14", "ship_date", "despatched today"), ("2026-10-16", "confirmed_delivery", "Friday")],
     lines=[("CC-BLE-5L", 40, "cases", "40 cases of the 5L thick bleach (CC-BLE-5L)", "P06618"),
            ("CC-BLE-5L", 20, None, "the other 20", "P06618"),
            ("washing-up liquid", 120, "cases", "The 120 cases of washing-up liquid", "P06618")],
     track=[("DX Freight", "7720 1148 93", "DX Freight consignment 7720 1148 93")]),

dict(v="kaiser", c=1, lang="en", at="2026-12-01 10:40", subj="Cancellation P06619 / cancellation fee",
     text="""
Dear Mr Osei,

we confirm the cancellation of your order P06619 (EK-LK-60 light chains, 500 pcs) as requested by phone today.

Please understand that the goods were already produced specially for you (HHG packaging). According to clause 7 of our terms and conditions we must therefore charge a cancellation fee of 15 % of the order value, i.e. EUR 1.236,00. Our credit department will send the invoice.

Please confirm by return that you accept the fee. Otherwise we can of course still deliver the goods as ordered on 14.12.

Best regards
Petra Lange
Elektro Kaiser GmbH
""", end="Best regards\nPetra", change="cancel", intent="cancellation", sec=["question"],
     po=["P06619"],
     dates=[("2026-12-01", "other", "today"), ("2026-12-14", "other", "14.12.")],
     lines=[("EK-LK-60", 500, "pcs", "EK-LK-60 light chains, 500 pcs", "P06619")]),

dict(v="plasticos", c=1, lang="en", at="2026-10-20 12:05", subj="P06620",
     text="""
Hi Mike,
resin PP went up again so we need to adjust P06620: storage box 45L (PN-SB-45) from USD 3.42 to USD 3.60 per pc. The rest of items same price.
If you agree pls send revised PO, we hold the production until we have it.
Fernanda
""", end="Fernanda", change="price", intent="price_change", sec=["question"], po=["P06620"],
     prices=[dict(product="PN-SB-45", old=3.42, new=3.60, cur="USD",
                  quote="storage box 45L (PN-SB-45) from USD 3.42 to USD 3.60 per pc")]),

dict(v="lakeside", c=1, lang="en", at="2026-10-28 09:15", subj="P06621 - info needed before pickup",
     text="""
Hello,

We have P06621 (pet beds and kibble, 14 pallets) scheduled for pickup Tuesday 11/3 to your Chicago consolidator. Before we can build the pallets we need three things from you:

1. Does your consolidator require SSCC-18 pallet labels, or is our standard pallet tag OK?
2. Max pallet height - 60" or 72"?
3. Delivery address: your PO shows the Elk Grove Village location but the routing guide we got in September says Bolingbrook. Which one?

Please reply by Friday so we can keep the pickup date.

Lakeside Pet Foods Inc. | Shipping Team
""", end="Lakeside Pet Foods Inc. | Shipping Team", change="none", intent="question", po=["P06621"],
     dates=[("2026-11-03", "ship_date", "pickup Tuesday 11/3"), ("2026-09-01", "other", "in September"),
            ("2026-10-30", "other", "by Friday")]),

dict(v="kiwiwool", lang="en", at="2026-09-14 10:00", subj="thank you!",
     text="""
Kia ora Laura,

Just a quick note to say thanks heaps for the photos of the throws in your Hamburg store, the team here loved seeing them on display. Glad P06622 arrived in good nick.

We're putting together next season's colour cards, I'll post you a set once they're printed.

Ngā mihi
Hemi
""", end="Ngā mihi", change="none", intent="other", po=["P06622"]),

dict(v="galway", c=1, lang="en", at="2026-11-02 09:00", subj="Statement of account - Hartmann Home & Garden",
     text="""
Dear Customer,

Please find below your statement of account as at 31/10/2026.

Date        Invoice   Your PO   Due         Amount EUR
15/09/2026  GK-4471   P06606    15/10/2026  3,960.00
02/10/2026  GK-4529   P06623    01/11/2026  2,475.00
Balance due                                 6,435.00

Invoice GK-4471 is now 18 days overdue. We would be grateful if you could arrange payment at your earliest convenience. If payment has already been made, please ignore this reminder.

Kind regards,
Accounts Department
Galway Knitwear Ltd
""", end="Kind regards,", change="none", intent="other", po=["P06606", "P06623"],
     vref=["GK-4471", "GK-4529"],
     dates=[("2026-10-31", "other", "31/10/2026"), ("2026-09-15", "other", "15/09/2026"),
            ("2026-10-15", "other", "15/10/2026"), ("2026-10-02", "other", "02/10/2026"),
            ("2026-11-01", "other", "01/11/2026")]),

dict(v="aussie", c=1, lang="en", at="2026-11-16 09:30", subj="FW: BKG SF-261114-0937 sailed",
     text="""
Hi Mike,

Good news, P06624 (all three lines) is on the water - booking confirmation from our forwarder below.

Cheers,
Chloe

---------- Forwarded message ---------
From: Export Desk <export@southernfreight.com.au>
Date: Mon, 16 Nov 2026 at 08:12
Subject: BKG SF-261114-0937 sailed

Hi Chloe,
Confirming your container sailed Sydney on Saturday 14/11 on MAERSK SALALAH voy 446N.
Container: MRKU 4471190 (40'HC)
HBL: SFSYDHAM2611873
ETA Hamburg: 22/12
Regards, Export Desk
""", end="Cheers,\nChloe", change="shipping", intent="shipping_notice", po=["P06624"],
     commit=("2026-12-22", "ETA Hamburg: 22/12"),
     dates=[("2026-11-14", "ship_date", "Saturday 14/11"), ("2026-12-22", "confirmed_delivery", "22/12")],
     track=[("MAERSK", "MRKU 4471190", "Container: MRKU 4471190"), (None, "SFSYDHAM2611873", "HBL: SFSYDHAM2611873")]),

dict(v="brightline", lang="en", at="2026-12-04 16:00", subj="P06625 update",
     text="""
Hi Tim,

P06625 update: we've sent 700 of the 1,000 BL-NL12 night lights today with DPD (tracking 15501298877431, should be with you Tuesday). The last 300 are stuck with a failed batch at the factory.

We can either send the remaining 300 on 15/12 when the rework is done, or cancel them if that's too late for you. Your call - let me know by Wednesday please.

Kind regards,
Sarah
""", end="Kind regards,", change="quantity", intent="partial_shipment",
     sec=["shipping_notice", "question"], po=["P06625"],
     commit=("2026-12-08", "should be with you Tuesday"),
     dates=[("2026-12-04", "ship_date", "today"), ("2026-12-08", "confirmed_delivery", "Tuesday"),
            ("2026-12-15", "other", "15/12"), ("2026-12-09", "other", "Wednesday")],
     lines=[("BL-NL12", 700, None, "700 of the 1,000 BL-NL12 night lights", "P06625"),
            ("BL-NL12", 300, None, "The last 300", "P06625")],
     track=[("DPD", "15501298877431", "tracking 15501298877431")]),

dict(v="romande", c=1, lang="en", at="2026-10-12 11:00", subj="P06626 - deposit outstanding",
     text="""
Dear Mr Brandt,

Despite our reminders of 14 and 28 September, we have still not received the 30% deposit for order P06626 (pro forma PF-26-0912). As the steel for your knives has to be ordered this week, we are not able to keep the order open any longer.

Unless the payment reaches us before then, we will cancel P06626 on Friday 16 October.

Yours sincerely,
Chantal Rochat
Coutellerie Romande SA
""", end="Yours sincerely,", change="cancel", intent="cancellation", po=["P06626"],
     vref=["PF-26-0912"],
     dates=[("2026-09-14", "other", "14 and 28 September"), ("2026-09-28", "other", "14 and 28 September"),
            ("2026-10-12", "other", "this week"), ("2026-10-16", "other", "Friday 16 October")]),

dict(v="anatolia", lang="en", at="2026-10-16 14:00", subj="good news - terry prices",
     text="""
Dear Sandra,

For once good news from us! Cotton yarn prices came down in the last weeks, so from 1 November we reduce the prices of all terry products by 5%. Example: AT-TWL-5070 bath towel EUR 3,65 -> EUR 3,47.

This is valid also for your open order P06627, because it will be delivered after 1 November (loading 9 November as confirmed).

Best regards,
Mehmet Yilmaz
""", end="Best regards,", change="price", intent="price_change", po=["P06627"],
     dates=[("2026-11-01", "price_effective", ("1 November", 0)), ("2026-11-01", "price_effective", ("1 November", 1)),
            ("2026-11-09", "ship_date", "9 November")],
     prices=[dict(product="terry products", pct=-5, eff="2026-11-01",
                  quote="reduce the prices of all terry products by 5%"),
             dict(product="AT-TWL-5070", old=3.65, new=3.47, cur="EUR", eff="2026-11-01",
                  quote="AT-TWL-5070 bath towel EUR 3,65 -> EUR 3,47")]),

dict(v="sparkle", lang="en", at="2026-11-23 08:00", subj="Sparkle Glassware - Winter Newsletter",
     frm="Sparkle Glassware <news@sparkleglass.co.uk>",
     text="""
SPARKLE GLASSWARE - WINTER NEWSLETTER 2026

Hello from all of us at Sparkle!

NEW IN: our hand-cut "Thistle" tumbler and matching decanter are now in stock - trade samples on request.

CHRISTMAS ORDERING: the last date for orders to be delivered before Christmas is Friday 11 December. Orders placed after that will be despatched in the new year.

HOLIDAY HOURS: our warehouse closes at 1pm on 23 December and reopens on Monday 4 January. The office is staffed on 29 and 30 December for urgent queries.

Thank you for your business this year!

Hannah Price
Sparkle Glassware Ltd
You are receiving this because you are a trade customer. Unsubscribe
""", end="Hannah Price", change="none", intent="other",
     dates=[("2026-12-11", "other", "Friday 11 December"), ("2026-12-23", "other", "23 December"),
            ("2027-01-04", "other", "Monday 4 January"), ("2026-12-29", "other", "29 and 30 December"),
            ("2026-12-30", "other", "29 and 30 December")]),

dict(v="pennine", c=1, lang="en", at="2026-11-13 17:05", subj="RE: Order P06629 - status DELAYED",
     text="""
Hi Laura,

Ignore the portal status from this morning - P06629 made the last truck after all! Despatched at 16:40 today with Palletways, 2 pallets, consignment no. 0049-7716-2203, booked for delivery Tuesday.

Order Office
Pennine Stoneware Ltd

-----Original Message-----
From: noreply@penninestoneware.co.uk
Sent: 13 November 2026 08:02
Subject: Order P06629 - status DELAYED

Your order P06629 has been delayed. New despatch date: 20/11/2026.
""", end="Order Office\nPennine", change="shipping", intent="shipping_notice", po=["P06629"],
     commit=("2026-11-17", "booked for delivery Tuesday"),
     dates=[("2026-11-13", "other", "this morning"), ("2026-11-13", "ship_date", "today"),
            ("2026-11-17", "confirmed_delivery", "Tuesday")],
     track=[("Palletways", "0049-7716-2203", "consignment no. 0049-7716-2203")]),

dict(v="twente", c=1, lang="en", at="2026-10-06 11:20", subj="P06630 address?",
     text="""
Hello Mike,

Quick question about P06630 (the storage crates). On the PO the delivery address is Hamburg-Billbrook, but the pallet labels you sent us say Allermöhe. Which is correct? The truck is planned to load on Thursday, so I need to know before then.

Thanks and greetings,
Ilse Bosman
""", end="Thanks and greetings,", change="none", intent="question", po=["P06630"],
     dates=[("2026-10-08", "ship_date", "load on Thursday")]),

dict(v="evergreen", c=1, lang="en", at="2026-12-02 16:45", subj="Shipment Confirmation - PARTIAL - PO P06631",
     frm="Evergreen Paper Products <shipping@evergreenpaper.com>",
     text="""
SHIPMENT CONFIRMATION - PARTIAL

Evergreen Paper Products Inc.
Customer PO: P06631
Sales Order: EPP-SO-60218
Ship Date: 12/02/2026
Carrier: R+L Carriers   PRO: I448120977
Est. Delivery: 12/07/2026

Item           Ordered  Shipped  Backordered
EP-NAP-3PLY    300 cs   300 cs   0
EP-TWL-KR      250 cs   150 cs   100 cs
EP-TP-48       400 cs   400 cs   0

Backordered items: expected ship date 12/14/2026. A separate shipment confirmation will be sent.

This is a system generated message - replies are not monitored.
""", end="This is a system generated message", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P06631"], vref=["EPP-SO-60218"],
     commit=("2026-12-07", "Est. Delivery: 12/07/2026"),
     dates=[("2026-12-02", "ship_date", "12/02/2026"), ("2026-12-07", "confirmed_delivery", "12/07/2026"),
            ("2026-12-14", "ship_date", "12/14/2026")],
     lines=[("EP-NAP-3PLY", 300, "cs", "EP-NAP-3PLY    300 cs   300 cs   0", "P06631"),
            ("EP-TWL-KR", 150, "cs", "EP-TWL-KR      250 cs   150 cs   100 cs", "P06631"),
            ("EP-TWL-KR", 100, "cs", "EP-TWL-KR      250 cs   150 cs   100 cs", "P06631"),
            ("EP-TP-48", 400, "cs", "EP-TP-48       400 cs   400 cs   0", "P06631")],
     track=[("R+L Carriers", "I448120977", "PRO: I448120977")]),

dict(v="ningbo", lang="en", at="2026-10-22 17:30", subj="RE: cancel P06632 please",
     text="""
Dear Laura,

Received your mail. I will check with our factory tomorrow whether the P06632 material is already cut, and then reply you if cancel is possible and if any cost. Please wait my news.

Best regards,
Amy Chen

-----Original Message-----
From: Laura Jensen
Sent: Thursday, October 22, 2026 10:15
To: Amy Chen
Subject: cancel P06632 please

Dear Amy, we need to cancel P06632 (ceramic canisters, ETD 20 Nov). Please confirm.
""", end="Best regards,", change="none", intent="other", po=["P06632"],
     dates=[("2026-10-23", "other", "tomorrow")]),
dict(v="voltix", lang="en", at="2026-12-14 11:00", subj="Chinese New Year 2027 holiday arrangement",
     text="""
Dear Tim,

Please kindly note our holiday for Chinese New Year 2027: factory closed from 4 Feb to 20 Feb, office reopen on 22 Feb.

About your open order P06633, it is not affected, goods will ship before the holiday on 22 Jan as confirmed. For new orders please send before 31 Dec, otherwise the production can only start after the holiday.

Best regards
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards\nCindy", change="none", intent="other", sec=["confirmation"], po=["P06633"],
     dates=[("2027-02-04", "other", "4 Feb"), ("2027-02-20", "other", "20 Feb"),
            ("2027-02-22", "other", "22 Feb"), ("2027-01-22", "ship_date", "22 Jan"),
            ("2026-12-31", "other", "31 Dec")]),

dict(v="schwarzwald", c=1, lang="en", at="2026-11-27 11:25", subj="AW: P06634 - three questions",
     text="""
Hello Mrs Jensen,

please see my answers below.

> 1. Can you still cancel position 3 (SH-MB-24 knife block, 60 pcs) of P06634?
Yes, position 3 is cancelled, it was not packed yet.
> 2. Does the rest still arrive on 9 December?
Yes, delivery of the rest on Wednesday 9.12. is confirmed.
> 3. Can you send a new order confirmation?
The new AB 2026-8812 comes today by separate mail.

Regards
Sabine Hoffmann
Schwarzwald Haushaltswaren GmbH
""", end="Regards\nSabine", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P06634"], vref=["AB 2026-8812"],
     commit=("2026-12-09", "delivery of the rest on Wednesday 9.12. is confirmed"),
     dates=[("2026-12-09", "confirmed_delivery", "Wednesday 9.12."), ("2026-11-27", "other", "today")]),

dict(v="milano", c=1, lang="en", at="2026-11-26 16:40", subj="Re: P06635 confirmation",
     text="""
Laura sorry one more thing I forgot in my mail of this morning: from 1st December our forwarder adds a fuel surcharge, we must pass it on as 2,5% on the invoice value for all shipments from Italy. This is valid also for P06635, which is delivered 10/12 as I confirmed.

Marco

Il giorno gio 26 nov 2026 alle 09:12 Marco Bianchi <marco.bianchi@milanocasa.it> ha scritto:
> Laura, P06635 confirmed, 240 espresso sets, delivery 10/12 at your warehouse.
>
>> Il giorno mer 25 nov 2026, Laura Jensen ha scritto:
>> Marco, please confirm P06635 for delivery in week 50.
""", end="Marco\n\nIl giorno", change="price", intent="price_change", sec=["confirmation"],
     po=["P06635"], commit=("2026-12-10", "which is delivered 10/12 as I confirmed"),
     dates=[("2026-11-26", "other", "this morning"), ("2026-12-01", "price_effective", "1st December"),
            ("2026-12-10", "confirmed_delivery", ("10/12", 0))],
     prices=[dict(product=None, pct=2.5, eff="2026-12-01", quote="2,5% on the invoice value")]),

dict(v="hanoi", lang="en", at="2026-09-29 15:00", subj="P06636 color split?",
     text="""
Dear Mike
PO P06636 say 1200 pcs seagrass basket but not say the color split. Last time was 50% natural 50% black, same again? or other split. We need know before cutting start 5/10, if no answer we can not keep ETD.
thank you
Lan
""", end="thank you\nLan", change="none", intent="question", po=["P06636"],
     dates=[("2026-10-05", "other", "5/10")]),

dict(v="taipei", c=1, lang="en", at="2026-12-03 18:20", subj="P06637 air shipment",
     text="""
Dear Tim,

P06637 whole quantity (5,000 pcs TC-USBC-1M) shipped by air today, flight CI061 TPE-FRA, MAWB 297-4471 8820. Arrive Frankfurt tomorrow, then our agent trucks to your Hamburg warehouse, delivery Monday.

Best regards
Eric Huang
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P06637"],
     commit=("2026-12-07", "delivery Monday"),
     dates=[("2026-12-03", "ship_date", "today"), ("2026-12-04", "other", "tomorrow"),
            ("2026-12-07", "confirmed_delivery", "Monday")],
     lines=[("TC-USBC-1M", 5000, "pcs", "5,000 pcs TC-USBC-1M", "P06637")],
     track=[(None, "297-4471 8820", "MAWB 297-4471 8820")]),

dict(v="greenthumb", lang="en", at="2026-10-15 10:40", subj="P06638",
     text="""
got the 18 pallets of potting mix on the truck this morning, the 6 pallets of cedar mulch come next wed. central freight pro 30081177
-Randy
""", end="-Randy", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P06638"], commit=("2026-10-21", "the 6 pallets of cedar mulch come next wed"),
     dates=[("2026-10-15", "ship_date", "this morning"), ("2026-10-21", "new_eta", "next wed")],
     lines=[("potting mix", 18, "pallets", "the 18 pallets of potting mix", "P06638"),
            ("cedar mulch", 6, "pallets", "the 6 pallets of cedar mulch", "P06638")],
     track=[("central freight", "30081177", "pro 30081177")]),

dict(v="porto", lang="en", at="2026-11-30 10:15", subj="P06639 / P06640 duplicate?",
     text="""
Dear Sandra,

We received P06639 and P06640 on the same day with exactly the same items (480 bath towels TP-BT-70 and 480 hand towels TP-HT-50) and the same delivery date. We think P06640 is a duplicate, so we have cancelled it in our system. P06639 stays confirmed for delivery on 18/12.

If P06640 was intentional and you really need the double quantity, please tell us today, we can still add it to production.

Best regards,
Inês Carvalho
Têxteis do Porto Lda
""", end="Best regards,", change="cancel", intent="cancellation", sec=["confirmation", "question"],
     po=["P06639", "P06640"], commit=("2026-12-18", "P06639 stays confirmed for delivery on 18/12"),
     dates=[("2026-12-18", "confirmed_delivery", "18/12"), ("2026-11-30", "other", "today")],
     changes=[("P06639", "confirmation", "2026-12-18", None, "P06639 stays confirmed for delivery on 18/12"),
              ("P06640", "cancellation", None, None, "We think P06640 is a duplicate, so we have cancelled it")]),

dict(v="hansa", lang="en", at="2026-12-15 09:00", subj="Preisliste 2027 / price list 2027",
     text="""
Dear Mrs Jensen,

attached you find our new price list, valid from 01.02.2027. Due to the higher energy costs of our furnaces we have to increase the prices of the glass range; porcelain remains unchanged.

Orders confirmed until 31.01.2027 will be invoiced at the current prices, this includes your open order P06609.

Kind regards
Anke Petersen
Hansa Glas & Porzellan GmbH

--- attachment: Preisliste_2027_HHG.pdf ---
PREISLISTE / PRICE LIST 2027 - gültig ab / valid from 01.02.2027
Kunde: Hartmann Home & Garden
Art.-Nr.    Bezeichnung             bisher EUR   neu EUR
HG-TB-300   Tumbler 300 ml          1,85         1,98
HG-TB-400   Tumbler 400 ml          2,10         2,25
HG-KR-1L    Karaffe 1 L             6,40         6,90
""", end="Kind regards\nAnke", change="price", intent="price_change", po=["P06609"],
     dates=[("2027-02-01", "price_effective", ("01.02.2027", 0)), ("2027-01-31", "other", "31.01.2027"),
            ("2027-02-01", "price_effective", ("01.02.2027", 1))],
     prices=[dict(product="HG-TB-300", old=1.85, new=1.98, cur="EUR", eff="2027-02-01",
                  quote="HG-TB-300   Tumbler 300 ml          1,85         1,98"),
             dict(product="HG-TB-400", old=2.10, new=2.25, cur="EUR", eff="2027-02-01",
                  quote="HG-TB-400   Tumbler 400 ml          2,10         2,25"),
             dict(product="HG-KR-1L", old=6.40, new=6.90, cur="EUR", eff="2027-02-01",
                  quote="HG-KR-1L    Karaffe 1 L             6,40         6,90")]),

dict(v="cascadia", lang="en", at="2026-10-05 13:30", subj="FSC certificate renewal",
     text="""
Hi Laura,

Attached is our renewed FSC chain-of-custody certificate (SCS-COC-008812) - the old one expired Sept 30, sorry for the gap. Please update your supplier file. Nothing changes on the open P06641.

Thanks,
Brent
""", end="Thanks,\nBrent", change="none", intent="other", po=["P06641"],
     dates=[("2026-09-30", "other", "Sept 30")]),

dict(v="jaipur", c=1, lang="en", at="2026-10-29 12:00", subj="P06642 swing tag proof - approval required",
     text="""
Dear Laura ji,

Greetings from Jaipur!

Production of P06642 (block printed table linen) is going well. Please find attached the proof of the swing tag and the German care label for your approval. Kindly check specially the EAN codes and the price sticker position, last season there was a complaint from your store.

We need your approval latest by Monday, as the printer needs 4 days and packing starts on 9th November.

Thanks & Regards
Sunita Rathore
""", end="Thanks & Regards", change="none", intent="question", po=["P06642"],
     dates=[("2026-11-02", "other", "by Monday"), ("2026-11-09", "other", "9th November")]),

dict(v="izmir", lang="en", at="2026-11-19 13:00", subj="RE: P06643 shipped?",
     text="""
Dear Mike,

Unfortunately not shipped yet - our haulier cancelled the truck at the last minute. New loading is Monday 23.11., delivery Hamburg Friday 27.11. instead of 24.11. as planned. I am very sorry.

Best regards,
Burak Aydin

-----Original Message-----
From: Mike Osei
Sent: Thursday, November 19, 2026 09:30
Subject: P06643 shipped?

Burak, can you send us the CMR for P06643? Your confirmation says loading 19.11.
""", end="Best regards,", change="date", intent="delay", po=["P06643"],
     commit=("2026-11-27", "delivery Hamburg Friday 27.11."),
     dates=[("2026-11-23", "ship_date", "Monday 23.11."), ("2026-11-27", "new_eta", "Friday 27.11."),
            ("2026-11-24", "other", "24.11.")]),

dict(v="steirer", c=1, lang="en", at="2026-12-09 10:00", subj="Order confirmation AB-26-3391 - your order P06644",
     text="""
Dear Mr Brandt,

thank you for your order. Attached please find our order confirmation. All items confirmed as ordered, delivery in week 2/2027 because of our Christmas closure.

Kind regards
Katharina Steiner
Steirische Keramik GmbH

--- attachment: AB-26-3391.pdf ---
AUFTRAGSBESTÄTIGUNG / ORDER CONFIRMATION AB-26-3391
Your order: P06644 of 07.12.2026
Pos  Article     Description                    Qty   Unit   Price EUR
1    SK-SCH-18   Bowl green glaze 18 cm         360   pcs    4,20
2    SK-TEL-27   Plate green glaze 27 cm        480   pcs    5,10
Delivery date: KW 02/2027
Terms: DAP Hamburg, 30 days net
""", end="Kind regards\nKatharina", change="none", intent="confirmation", po=["P06644"],
     vref=["AB-26-3391"], commit=("2027-01-11", "delivery in week 2/2027"),
     dates=[("2027-01-11", "confirmed_delivery", "week 2/2027"), ("2026-12-07", "other", "07.12.2026"),
            ("2027-01-11", "confirmed_delivery", "KW 02/2027")],
     lines=[("SK-SCH-18", 360, "pcs", "1    SK-SCH-18   Bowl green glaze 18 cm         360   pcs    4,20", "P06644"),
            ("SK-TEL-27", 480, "pcs", "2    SK-TEL-27   Plate green glaze 27 cm        480   pcs    5,10", "P06644")]),

dict(v="keystone", c=1, lang="en", at="2026-12-08 17:30", subj="ASN 856 - BOL 0448812 - POs P06645, P06646",
     frm="Keystone EDI Desk <edi@keystonehousewares.com>",
     text="""
ADVANCE SHIP NOTICE (EDI 856) - TRANSLATED COPY
Shipment ID: KHD-856-780311
Ship Date: 12/08/2026   Carrier: ODFL   PRO: 07720114835   BOL: 0448812
Est. Delivery: 12/10/2026

Order 1 - PO P06645
  KH-FP-28NS   Fry pan 28cm nonstick    Qty Shipped 240 of 240
Order 2 - PO P06646
  KH-SP-3QT    Saucepan 3qt             Qty Shipped 120 of 120
  KH-LID-UNI   Universal lid            Qty Shipped 360 of 360

All orders shipped complete.
This is an automated message from Keystone Housewares EDI. Do not reply.
""", end="This is an automated message", change="shipping", intent="shipping_notice",
     po=["P06645", "P06646"], vref=["KHD-856-780311"],
     commit=("2026-12-10", "Est. Delivery: 12/10/2026"),
     dates=[("2026-12-08", "ship_date", "12/08/2026"), ("2026-12-10", "confirmed_delivery", "12/10/2026")],
     lines=[("KH-FP-28NS", 240, None, "KH-FP-28NS   Fry pan 28cm nonstick    Qty Shipped 240 of 240", "P06645"),
            ("KH-SP-3QT", 120, None, "KH-SP-3QT    Saucepan 3qt             Qty Shipped 120 of 120", "P06646"),
            ("KH-LID-UNI", 360, None, "KH-LID-UNI   Universal lid            Qty Shipped 360 of 360", "P06646")],
     track=[("ODFL", "07720114835", "PRO: 07720114835"), ("ODFL", "0448812", "BOL: 0448812")],
     changes=[("P06645", "shipping_notice", "2026-12-10", None, "Order 1 - PO P06645"),
              ("P06646", "shipping_notice", "2026-12-10", None, "Order 2 - PO P06646")]),

dict(v="tirol", c=1, lang="en", at="2026-12-04 08:30", subj="Zahlungseingang / payment received",
     text="""
Dear Sir or Madam,

we confirm with thanks the receipt of your payment of EUR 12.480,00 on 02.12.2026 for our invoice RE-2026-1187 (your order P06647). Your account is now balanced.

We wish you a peaceful Advent season.

Tiroler Holzwaren GmbH
Verkauf
""", end="Tiroler Holzwaren GmbH\nVerkauf", change="none", intent="other", po=["P06647"],
     vref=["RE-2026-1187"],
     dates=[("2026-12-02", "other", "02.12.2026")]),

dict(v="penang", c=1, lang="en", at="2026-11-11 11:30", subj="RE: PO P06648 confirmation",
     text="""
Dear Laura,

Thank you for PO P06648. We can only confirm 2,000 pcs of the 3,000 pcs anti-slip bath mats (PR-BM-4070) for delivery 10.12, because of raw latex allocation from our supplier. The remaining 1,000 pcs will follow mid-January.

Kindly advise if ok for you.

Best regards,
Nurul Aziz
Penang Rubberware Sdn Bhd
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["confirmation", "question"],
     po=["P06648"], commit=("2027-01-15", "The remaining 1,000 pcs will follow mid-January"),
     dates=[("2026-12-10", "confirmed_delivery", "10.12"), ("2027-01-15", "new_eta", "mid-January")],
     lines=[("PR-BM-4070", 2000, "pcs", "confirm 2,000 pcs", "P06648"),
            ("PR-BM-4070", 1000, "pcs", "The remaining 1,000 pcs", "P06648")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-17 06:00", subj="Order P06649 - line cancelled",
     frm="Maple Leaf Order Management <orders@mapleleafoutdoor.ca>",
     text="""
ORDER CHANGE NOTIFICATION - DO NOT REPLY

Sales Order: MLO-SO-241388
Customer PO: P06649

Line 2   ML-SNW-930   Snowshoe aluminum 9x30   60 PR   CANCELLED - discontinued by manufacturer

Remaining lines unchanged. Estimated delivery: 12/04/2026

Contact your sales representative with any questions.
""", end="Contact your sales representative", change="cancel", intent="cancellation",
     sec=["confirmation"], po=["P06649"], vref=["MLO-SO-241388"],
     commit=("2026-12-04", "Estimated delivery: 12/04/2026"),
     dates=[("2026-12-04", "confirmed_delivery", "12/04/2026")],
     lines=[("ML-SNW-930", 60, "PR", "Line 2   ML-SNW-930   Snowshoe aluminum 9x30   60 PR", "P06649")]),
dict(v="delhicotton", c=1, lang="en", at="2026-09-22 13:10", subj="ORDER ACCEPTANCE DCM/OA/26-27/0811 AGAINST PO P06650",
     text="""
*** This is a system generated mail from DCM-ERP. ***

ORDER ACCEPTANCE

Customer   : HARTMANN HOME & GARDEN GMBH
Cust. PO   : P06650  Dt. 15-09-2026
Our Ref    : DCM/OA/26-27/0811
Terms      : FOB Nhava Sheva, LC at sight

Sr  Style            Description               Qty (pcs)   PO Rate USD   Rate USD   Ex-Factory
1   DCM-KT-5070-BLU  Kitchen towel 50x70 blue  6000        0.62          0.68       02-11-2026
2   DCM-APR-NAT      Apron cotton natural      2400        1.95          1.95       02-11-2026

Remarks: Rate of Sr 1 revised due to increase in cotton yarn price, kindly amend your PO accordingly.

Kindly check and revert within 3 days in case of any discrepancy, else the order will be treated as accepted.

Regards,
Priya Sharma
Merchandising
""", end="Regards,", change="price", intent="price_change", sec=["confirmation"], po=["P06650"],
     vref=["DCM/OA/26-27/0811"],
     dates=[("2026-09-15", "other", "15-09-2026"), ("2026-11-02", "ship_date", ("02-11-2026", 0)),
            ("2026-11-02", "ship_date", ("02-11-2026", 1)), ("2026-09-25", "other", "within 3 days")],
     lines=[("DCM-KT-5070-BLU", 6000, "pcs", "1   DCM-KT-5070-BLU  Kitchen towel 50x70 blue  6000        0.62          0.68       02-11-2026", "P06650"),
            ("DCM-APR-NAT", 2400, "pcs", "2   DCM-APR-NAT      Apron cotton natural      2400        1.95          1.95       02-11-2026", "P06650")],
     prices=[dict(product="DCM-KT-5070-BLU", old=0.62, new=0.68, cur="USD",
                  quote="1   DCM-KT-5070-BLU  Kitchen towel 50x70 blue  6000        0.62          0.68       02-11-2026")]),

dict(v="andino", lang="en", at="2026-10-26 09:00", subj="P06651 - balance payment",
     text="""
Hola Tim,

P06651 (40 bags Huila Excelso) is ready in Cartagena port. We need the balance USD 6.300 before we can release the BL. Can you make the payment this week? The vessel cut-off is Thursday, if we miss it the next sailing is only on 9 November.

Saludos,
Andrés Restrepo
Café Andino S.A.S.
""", end="Saludos,", change="none", intent="question", po=["P06651"],
     dates=[("2026-10-26", "other", "this week"), ("2026-10-29", "other", "Thursday"),
            ("2026-11-09", "other", "9 November")]),

dict(v="plasticos", lang="en", at="2026-11-04 18:10", subj="P06652",
     text="""
hi Mike all 3 trucks with P06652 left monterrey yesterday and crossed laredo today, arrving consolidator tmrw am. pro# 88120944 / 88120945 / 88120946 estes
rodrigo
""", end="rodrigo", change="shipping", intent="shipping_notice", po=["P06652"],
     commit=("2026-11-05", "arrving consolidator tmrw am"),
     dates=[("2026-11-03", "ship_date", "yesterday"), ("2026-11-04", "other", "today"),
            ("2026-11-05", "confirmed_delivery", "tmrw am")],
     track=[("estes", "88120944", "pro# 88120944"), ("estes", "88120945", "88120945"),
            ("estes", "88120946", "88120946")]),

dict(v="aussie", lang="en", at="2026-12-02 14:00", subj="Cancellation request accepted - AOG-100733",
     frm="Aussie Outdoor Gear <noreply@aussieoutdoor.com.au>",
     text="""
G'day Hartmann Home & Garden,

Your cancellation request has been accepted.

Order number: AOG-100733
Your reference: P06653
Cancelled items: ADV-CHAIR-FD Folding camp chair x 150
Refund: AUD 2,180.00 processed on 2/12/2026 to the original payment method

We're sorry to see this one go. Questions? Reply to this email.

Aussie Outdoor Gear Pty Ltd | ABN 51 824 753 556
""", end="Aussie Outdoor Gear Pty Ltd | ABN", change="cancel", intent="cancellation",
     po=["P06653"], vref=["AOG-100733"],
     dates=[("2026-12-02", "other", "2/12/2026")],
     lines=[("ADV-CHAIR-FD", 150, None, "ADV-CHAIR-FD Folding camp chair x 150", "P06653")]),

dict(v="serra", lang="en", at="2026-11-12 15:30", subj="P06654 - currency adjustment",
     text="""
Dear Tim,

I hope you are well. Unfortunately the Real got much stronger against the dollar since we quoted P06654 in August (almost 9%), and our costs are all in BRL. We need to apply a currency adjustment of 4% on this order: aluminium pressure cooker 4.5L (SR-PC-45) USD 13.52 per piece instead of USD 13.00.

Shipping is not affected: sailing from Santos 28/11, ETA Hamburg 22/12.

Sorry for this, we tried to hold the price as long as we could.

Best regards,
Rafael Oliveira
Serra Utilidades Domésticas Ltda
""", end="Best regards,", change="price", intent="price_change", sec=["confirmation"], po=["P06654"],
     commit=("2026-12-22", "ETA Hamburg 22/12"),
     dates=[("2026-08-01", "other", "in August"), ("2026-11-28", "ship_date", "28/11"),
            ("2026-12-22", "confirmed_delivery", "22/12")],
     prices=[dict(product="SR-PC-45", old=13.00, new=13.52, pct=4, cur="USD",
                  quote="USD 13.52 per piece instead of USD 13.00")]),

dict(v="vlaamse", lang="en", at="2026-12-07 10:45", subj="P06655 delivery slot",
     text="""
Hi Mike,

P06655 (tea towels and aprons, 3 pallets) is ready and planned for delivery on Friday 11/12. Our carrier asks two things:
- does your Hamburg DC need a booking/slot number, and if yes can you send it?
- in case that day is full, can your DC receive on Saturday 12/12 in the morning?

Thanks in advance,
Jeroen
""", end="Thanks in advance,", change="none", intent="question", po=["P06655"],
     commit=("2026-12-11", "planned for delivery on Friday 11/12"),
     dates=[("2026-12-11", "confirmed_delivery", "Friday 11/12"), ("2026-12-12", "other", "Saturday 12/12")]),

dict(v="tlaquepaque", lang="en", at="2026-12-01 12:30", subj="RE: P06656 planters",
     text="""
Hi Laura,

I'm sorry, from the 200 talavera planters (AT-MAC-30) of P06656 we can deliver only 140. The other 60 broke in the kiln and we don't have clay left to make them again this year, so they are short and of course we don't invoice them.

The 140 pcs and the rest of the order arrive Laredo 15/12 like we confirmed.

Saludos,
Alejandra Ruiz
""", end="Saludos,", change="quantity", intent="partial_shipment", sec=["confirmation"], po=["P06656"],
     commit=("2026-12-15", "arrive Laredo 15/12 like we confirmed"),
     dates=[("2026-12-15", "confirmed_delivery", "15/12")],
     lines=[("AT-MAC-30", 140, None, "we can deliver only 140", "P06656"),
            ("AT-MAC-30", 60, None, "The other 60", "P06656")]),

dict(v="vanderberg", c=1, lang="en", at="2026-10-13 12:05", subj="RE: P06657 delayed - new ETA?",
     text="""
Hi Mike,

Forget what I wrote yesterday - the truck could leave this morning after all. The driver plans to be at your dock Thursday around 8:00. CMR 2611-0457, 11 pallets.

Groeten,
Sanne

-----Original Message-----
From: Sanne de Jong
Sent: maandag 12 oktober 2026 16:20
To: Mike Osei
Subject: P06657 delayed

Mike, P06657 can't leave today, the loading bay is blocked. I'll come back to you with a new ETA.
""", end="Groeten,", change="shipping", intent="shipping_notice", po=["P06657"],
     commit=("2026-10-15", "be at your dock Thursday"),
     dates=[("2026-10-12", "other", "yesterday"), ("2026-10-13", "ship_date", "this morning"),
            ("2026-10-15", "confirmed_delivery", "Thursday")],
     track=[(None, "2611-0457", "CMR 2611-0457")]),

dict(v="pampa", lang="en", at="2026-10-30 14:20", subj="Re: P06658 new prices",
     text="""
Perfect, thanks Sandra. Noted that you accept the new prices, I'll send the corrected proforma for P06658 on Monday.

Martín

El jue, 29 oct 2026 a las 11:02, Sandra Klein (<sandra.klein@hhg-retail.com>) escribió:
> Martín, ok, we accept the new prices for the leather wallets from your mail of 26 Oct (USD 41.50 instead of 38.90). Please send a corrected proforma for P06658.
""", end="Martín\n\nEl jue", change="none", intent="other", po=["P06658"],
     dates=[("2026-11-02", "other", "on Monday")]),

dict(v="highland", lang="en", at="2026-11-10 10:30", subj="Re: Cancel P06659",
     text="""
Hi Tim,

Glad you changed your mind! Nothing had been cancelled on our side yet, so P06659 simply carries on - 480 pillar candles, delivery Friday 20 November as confirmed.

Cheers,
Fiona

-----Original Message-----
From: Tim Brandt
Sent: 10 November 2026 09:02
To: Fiona MacLeod
Subject: RE: Cancel P06659

Fiona, please ignore my cancellation from yesterday - the store opening is back on. Can P06659 still come on 20 Nov?
""", end="Cheers,\nFiona", change="none", intent="confirmation", po=["P06659"],
     commit=("2026-11-20", "delivery Friday 20 November as confirmed"),
     dates=[("2026-11-20", "confirmed_delivery", "Friday 20 November")],
     lines=[("pillar candles", 480, None, "480 pillar candles", "P06659")]),

dict(v="battrang", lang="en", at="2026-11-24 16:00", subj="P06660 - item BT-VS-30",
     text="""
Dear Laura,

Sory to inform you the item BT-VS-30 (crackle vase 30cm, 400pcs) in P06660 we must cancel, the glaze colour can not match the approve sample after 3 time try. Other items still ship on 12/12 as plan.

Do you want replace by BT-VS-25 (25cm, same colour)? we can make 400pcs and ship together if you confirm before 30/11.

Thank you and best regard
Pham Thu Ha
""", end="Thank you and best regard", change="cancel", intent="cancellation", sec=["question"],
     po=["P06660"],
     dates=[("2026-12-12", "ship_date", "12/12"), ("2026-11-30", "other", "30/11")],
     lines=[("BT-VS-30", 400, "pcs", "crackle vase 30cm, 400pcs", "P06660"),
            ("BT-VS-25", 400, "pcs", "we can make 400pcs", "P06660")]),

dict(v="brunner", c=1, lang="en", at="2026-12-02 15:20", subj="P06661 shipped",
     text="""
Hi Sandra

P06661 left today with Planzer, delivery Monday. Packing list attached.

Nadine

--- attachment: Packliste_P06661.pdf ---
PACKLISTE / PACKING LIST
Auftrag: BT-26-5521   Ihre Bestellung: P06661
Versanddatum: 02.12.2026   Spediteur: Planzer, Sendung 70044812

Artikel      Bezeichnung            bestellt  geliefert
BT-FT-50     Frottiertuch 50x100    400       400
BT-FT-70     Frottiertuch 70x140    600       450
Rest 150 Stk. BT-FT-70 folgt KW 51
""", end="Nadine", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P06661"], vref=["BT-26-5521"],
     commit=("2026-12-14", "Rest 150 Stk. BT-FT-70 folgt KW 51"),
     dates=[("2026-12-02", "ship_date", "today"), ("2026-12-07", "confirmed_delivery", "Monday"),
            ("2026-12-02", "ship_date", "02.12.2026"), ("2026-12-14", "new_eta", "KW 51")],
     lines=[("BT-FT-50", 400, None, "BT-FT-50     Frottiertuch 50x100    400       400", "P06661"),
            ("BT-FT-70", 450, None, "BT-FT-70     Frottiertuch 70x140    600       450", "P06661"),
            ("BT-FT-70", 150, "Stk.", "Rest 150 Stk. BT-FT-70", "P06661")],
     track=[("Planzer", "70044812", "Sendung 70044812")]),

dict(v="acme", c=1, lang="en", at="2026-11-19 16:50", subj="tariff surcharge",
     text="""
heads up Mike - 7.5% tariff surcharge on all imported SKUs shipping after 12/1, that includes your P06662 (ships 12/7). it'll be a separate line on the invoice. not my call, sorry

-Dave
""", end="-Dave", change="price", intent="price_change", po=["P06662"],
     dates=[("2026-12-01", "price_effective", "12/1"), ("2026-12-07", "ship_date", "12/7")],
     prices=[dict(product="imported SKUs", pct=7.5, eff="2026-12-01",
                  quote="7.5% tariff surcharge on all imported SKUs")]),

dict(v="anatolia", c=1, lang="en", at="2026-12-02 11:40", subj="P06663 - pallet count difference",
     text="""
Dear Sandra,

Our driver reports that your warehouse counted 22 pallets at the delivery of P06663 on 30.11, but our CMR 0049107 shows 24 pallets loaded and signed in Izmit. Can you please check your receiving report and tell us if two pallets are missing or if it is a counting mistake? Our insurance needs the answer within 7 days.

Best regards,
Elif Demir
""", end="Best regards,", change="none", intent="question", po=["P06663"],
     dates=[("2026-11-30", "other", "30.11"), ("2026-12-09", "other", "within 7 days")],
     lines=[("pallets", 24, "pallets", "24 pallets loaded", "P06663")],
     track=[(None, "0049107", "CMR 0049107")]),
dict(v="lyonnais", c=1, lang="en", at="2026-11-27 16:00", subj="P06664 - expédition partielle / partial shipment",
     text="""
Hello Laura,

Update on P06664:
- napkins TL-NAP-45: we ship today 300 of the 500, the other 200 follow in week 50
- tablecloths TL-NT-160: unfortunately they move from 4/12 to 18/12, the jacquard loom had a breakdown

Sorry for the complications. Tracking for the napkins: Geodis 4400 1877 620.

Best regards,
Thomas Roux
Textiles Lyonnais SA
""", end="Best regards,", change="mixed", intent="partial_shipment", sec=["delay", "shipping_notice"],
     po=["P06664"], commit=("2026-12-18", "they move from 4/12 to 18/12"),
     dates=[("2026-11-27", "ship_date", "ship today"), ("2026-12-07", "new_eta", "week 50"),
            ("2026-12-04", "other", "4/12"), ("2026-12-18", "new_eta", "18/12")],
     lines=[("TL-NAP-45", 300, None, "we ship today 300 of the 500", "P06664"),
            ("TL-NAP-45", 200, None, "the other 200", "P06664")],
     track=[("Geodis", "4400 1877 620", "Geodis 4400 1877 620")]),

dict(v="oakridge", lang="en", at="2026-11-25 10:15", subj="POD - P06665",
     text="""
Hi Sandra,

Attached is the signed proof of delivery for P06665 - delivered to your consolidator in Dallas on 11/24 at 9:40 AM, signed by R. Kowalski, 6 pallets, no exceptions noted. Invoice OFC-INV-77120 will follow by separate email.

Thanks again for the order!

Travis Lund
Oakridge Furniture Co.
""", end="Thanks again for the order!", change="none", intent="other", po=["P06665"],
     vref=["OFC-INV-77120"],
     dates=[("2026-11-24", "other", "11/24")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-23 10:40", subj="P06666 / P06667 which first?",
     text="""
Dear Laura,

Both your orders P06666 (glass jars) and P06667 (bamboo lids) will be ready this week, but the booking we have on MSC ANNA (ETD 1 Dec) has space for only one 40HQ. The other order must go on the next vessel ETD 15 Dec.

Which one you want first? Pls reply before Wednesday so we can send the SI to the forwarder.

Best regards
Leo Wang
""", end="Best regards", change="none", intent="question", po=["P06666", "P06667"],
     dates=[("2026-11-23", "other", "this week"), ("2026-12-01", "other", "1 Dec"),
            ("2026-12-15", "other", "15 Dec"), ("2026-11-25", "other", "before Wednesday")]),
]
