# ruff: noqa: E501 - email text and sentence patterns are data
"""English order confirmations and acknowledgements, some with PDF text. Hand-written."""

EMAILS = [
dict(v="schwarzwald", c=1, lang="en", at="2026-09-08 10:20",
     subj="Order confirmation AB-2026-4410 for your order P00140",
     text="""
Dear Mr Brandt,

please find attached our order confirmation for your order P00140.

Best regards
Sabine Hoffmann

--- attachment: AB-2026-4410.pdf ---
SCHWARZWALD HAUSHALTSWAREN GMBH
Auftragsbestätigung / Order confirmation   AB-2026-4410
Date: 08.09.2026
Your order: P00140 of 03.09.2026
Customer no.: 10233

Pos  Article      Description                      Qty   Unit  Price EUR   Delivery
1    SH-KM-22     Kitchen knife set 5 pcs           120   pcs   18.40       KW 39/2026
2    SH-SB-30     Cutting board beech 30 cm         200   pcs    6.90       KW 39/2026
3    SH-RG-01     Grater stainless                  150   pcs    4.25       KW 40/2026

Delivery terms: DAP Hamburg   Payment: 30 days net
""", end="Best regards", change="none", intent="confirmation", po=["P00140"],
     vref=["AB-2026-4410"], commit=("2026-09-28", "KW 40/2026"),
     dates=[("2026-09-08", "other", "08.09.2026"), ("2026-09-03", "other", "03.09.2026"),
            ("2026-09-21", "confirmed_delivery", ("KW 39/2026", 0)),
            ("2026-09-21", "confirmed_delivery", ("KW 39/2026", 1)),
            ("2026-09-28", "confirmed_delivery", "KW 40/2026")],
     lines=[("SH-KM-22", 120, "pcs", "120   pcs", "P00140"), ("SH-SB-30", 200, "pcs", "200   pcs", "P00140"),
            ("SH-RG-01", 150, "pcs", "150   pcs", "P00140")]),

dict(v="acme", lang="en", at="2026-09-16 11:05",
     subj="Order Acknowledgment - PO# P00188 - Acme SO 55120",
     text="""
Hi Laura,

Thanks for PO P00188. We're all set - confirming 600 units of the bamboo bath mats (AHG-BM-BAM) and 400 units of the waffle towels (AHG-TW-WAF), shipping 9/28, delivery on or before 10/2.

Jessica
""", end="Jessica", change="none", intent="confirmation", po=["P00188"], vref=["SO 55120"],
     commit=("2026-10-02", "delivery on or before 10/2"),
     dates=[("2026-09-28", "ship_date", "9/28"), ("2026-10-02", "confirmed_delivery", "10/2")],
     lines=[("AHG-BM-BAM", 600, "units", "600 units", "P00188"),
            ("AHG-TW-WAF", 400, "units", "400 units", "P00188")]),

dict(v="nordic", c=1, lang="en", at="2026-10-01 13:02", subj="Confirmation P00260",
     text="""
Hi, we confirm P00260 complete, delivery 23.10. as requested. Br Johan
""", end=" Br Johan", change="none", intent="confirmation", po=["P00260"],
     commit=("2026-10-23", "delivery 23.10."), dates=[("2026-10-23", "confirmed_delivery", "23.10.")]),

dict(v="brightline", c=2, lang="en", at="2026-10-05 07:45", subj="Order Acknowledgement BL-ORD-118342",
     text="""
Order Acknowledgement

Thank you for your order. Please check the details below and contact us within 48 hours if anything is incorrect.

Your reference:      P00302
Our reference:       BL-ORD-118342
Requested delivery:  14/10/2026
Confirmed delivery:  16/10/2026

Line  Part No.        Qty   Confirmed
1     BL-HDMI-2M      300   300
2     BL-HDMI-5M      120   80
3     BL-DP-ADPT      200   200

Line 2: balance of 40 to follow, date TBC.

Brightline Electronics Ltd | Registered in England 04411223
""", end="Brightline Electronics Ltd | Registered", change="mixed", intent="partial_shipment",
     sec=["confirmation", "delay"], po=["P00302"], vref=["BL-ORD-118342"],
     commit=("2026-10-16", "Confirmed delivery:  16/10/2026"),
     dates=[("2026-10-14", "other", "14/10/2026"), ("2026-10-16", "confirmed_delivery", "16/10/2026")],
     lines=[("BL-HDMI-2M", 300, None, "1     BL-HDMI-2M      300   300", "P00302"),
            ("BL-HDMI-5M", 80, None, "2     BL-HDMI-5M      120   80", "P00302"),
            ("BL-DP-ADPT", 200, None, "3     BL-DP-ADPT      200   200", "P00302"),
            ("BL-HDMI-5M", 40, None, "balance of 40", "P00302")]),

dict(v="greenthumb", lang="en", at="2026-10-13 09:05", subj="Re: PO P00330 - confirmed",
     text="""
Confirmed. We'll deliver P00330 on Tuesday 10/20 as you asked, first thing in the morning. Driver will call 30 min ahead.

Randy Holt
Green Thumb Garden Supply

From: Mike Osei <mike.osei@hhg-retail.com>
Sent: Monday, October 12, 2026 2:14 PM
To: Randy Holt <randy.holt@greenthumbsupply.com>
Subject: PO P00330

Randy, can you move P00330 from 10/27 to 10/20? Need the bulbs earlier for the autumn display.
Mike
""", end=("Randy Holt", 0), change="date", intent="confirmation", po=["P00330"],
     commit=("2026-10-20", "We'll deliver P00330 on Tuesday 10/20"),
     dates=[("2026-10-20", "confirmed_delivery", "Tuesday 10/20")]),

dict(v="ningbo", c=1, lang="en", at="2026-09-14 16:40", subj="PI-NB260914 for your PO P00185",
     text="""
Dear Tim,

Thanks for your order. Attached PI for your confirmation. Production lead time 35 days after deposit, ETD Ningbo around Oct 25.

Best regards
Leo Wang

--- attachment: PI-NB260914.pdf ---
NINGBO HOMEWARE TRADING CO., LTD.
PROFORMA INVOICE  No. PI-NB260914     Date: 2026-09-14
Buyer: Hartmann Home & Garden GmbH    Buyer PO: P00185
Item        Description                 Qty (pcs)   Unit USD   Amount USD
NB-GJ-500   Glass jar 500ml w/ lid      6,000       0.62       3,720.00
NB-GJ-1000  Glass jar 1000ml w/ lid     4,000       0.88       3,520.00
Total                                                           7,240.00
Terms: FOB Ningbo, 30% T/T deposit, balance against B/L copy
Shipment: around 2026-10-25
""", end="Best regards", change="none", intent="confirmation", po=["P00185"], vref=["PI-NB260914"],
     commit=None,
     dates=[("2026-10-25", "ship_date", "Oct 25"), ("2026-09-14", "other", "2026-09-14"),
            ("2026-10-25", "ship_date", "2026-10-25")],
     lines=[("NB-GJ-500", 6000, "pcs", "6,000", "P00185"), ("NB-GJ-1000", 4000, "pcs", "4,000", "P00185")]),

dict(v="lakeside", lang="en", at="2026-10-15 08:10", subj="PO P00368 confirmation",
     text="""
Hello,

This confirms receipt of PO P00368. All items are in stock and will deliver on 10/22 per your request.

Thank you for your business!
Amber Nielsen
""", end="Thank you for your business!", change="none", intent="confirmation", po=["P00368"],
     commit=("2026-10-22", "will deliver on 10/22"), dates=[("2026-10-22", "confirmed_delivery", "10/22")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-09-30 12:00", subj="Your Christmas orders",
     text="""
Hi Laura,

Thanks a million for the two Christmas orders. Confirming as follows:

P00270 - Butter shortbread fingers, 1,440 cases - delivery Mon 2 Nov
P00271 - Christmas tins, 600 tins - delivery Thu 3 Dec

Pricing as per the 2026 price list, no changes.

Declan
""", end="Declan", change="none", intent="confirmation", po=["P00270", "P00271"],
     commit=("2026-11-02", "delivery Mon 2 Nov"),
     dates=[("2026-11-02", "confirmed_delivery", "Mon 2 Nov"), ("2026-12-03", "confirmed_delivery", "Thu 3 Dec")],
     lines=[("Butter shortbread fingers", 1440, "cases", "1,440 cases", "P00270"),
            ("Christmas tins", 600, "tins", "600 tins", "P00271")],
     changes=[("P00270", "confirmation", "2026-11-02", 1440, "P00270 - Butter shortbread fingers, 1,440 cases - delivery Mon 2 Nov"),
              ("P00271", "confirmation", "2026-12-03", 600, "P00271 - Christmas tins, 600 tins - delivery Thu 3 Dec")]),

dict(v="polska", c=1, lang="en", at="2026-11-03 14:15", subj="Order confirmation 2026/OC/1187 - P00498",
     text="""
Dear Sirs,

In attachment our order confirmation. Please note that position 2 (serving plates) can be delivered only in week 48, the rest in week 46 as you asked.

Regards
Piotr Wisniewski

--- attachment: OC_2026_1187.pdf ---
POLSKA CERAMIKA Sp. z o.o.
ORDER CONFIRMATION  2026/OC/1187      Bolesławiec, 03.11.2026
Customer order: P00498
Pos. Item          Qty    Delivery week
1    PC-MUG-350    1440   46/2026
2    PC-PLT-27     600    48/2026
3    PC-BWL-15     960    46/2026
""", end="Regards", change="date", intent="confirmation", sec=["delay"], po=["P00498"],
     vref=["2026/OC/1187"], commit=("2026-11-23", "position 2 (serving plates) can be delivered only in week 48"),
     dates=[("2026-11-23", "confirmed_delivery", "week 48"), ("2026-11-09", "confirmed_delivery", "week 46"),
            ("2026-11-03", "other", "03.11.2026"),
            ("2026-11-09", "confirmed_delivery", ("46/2026", 0)),
            ("2026-11-23", "confirmed_delivery", "48/2026"),
            ("2026-11-09", "confirmed_delivery", ("46/2026", 1))],
     lines=[("PC-MUG-350", 1440, None, "1440", "P00498"), ("PC-PLT-27", 600, None, "600 ", "P00498"),
            ("PC-BWL-15", 960, None, "960", "P00498")]),

dict(v="taipei", c=1, lang="en", at="2026-11-19 09:40", subj="Re: P00598 pull-in request",
     text="""
Hi Mike,

OK, we confirm to pull in P00598 as requested. Goods will be ready Nov 27 and by air arrive your warehouse Dec 2 (Wed).

Eric

On Wed, Nov 18, 2026 at 10:20 AM, Mike Osei wrote:
> Eric, could you pull in P00598 from Dec 14 to the first week of December? Stock is running low on the 65W chargers.
""", end="Eric\n", change="date", intent="confirmation", po=["P00598"],
     commit=("2026-12-02", "arrive your warehouse Dec 2 (Wed)"),
     dates=[("2026-11-27", "ship_date", "Nov 27"), ("2026-12-02", "confirmed_delivery", "Dec 2 (Wed)")]),

dict(v="sparkle", lang="en", at="2026-10-23 15:10", subj="Your order P00433 - confirmed with one substitution",
     text="""
Hello Tim,

Thank you for order P00433. Everything is confirmed for delivery on Friday 6th November, with one change: the Highball 350ml (SG-HB-350) is discontinued and we have substituted the new Highball 360ml (SG-HB-360) at the same price. If that's not OK please let me know by Tuesday.

Kind regards,
Hannah Price
Sparkle Glassware Ltd
""", end="Kind regards,", change="quantity", intent="confirmation", sec=["question"], po=["P00433"],
     commit=("2026-11-06", "confirmed for delivery on Friday 6th November"),
     dates=[("2026-11-06", "confirmed_delivery", "Friday 6th November"), ("2026-10-27", "other", "Tuesday")]),

dict(v="hanoi", c=1, lang="en", at="2026-09-07 10:30", subj="PO P00205 confirm",
     text="""
Dear Mr Tim,

We are recieved your PO P00205 for 800 pcs bamboo tray and 500 pcs bamboo basket set. We confirm the price and the delivery time, shippment on 15th Oct and arrive Hamburg latest 20th Nov.

Thank you and best regard
Tran Minh
""", end="Thank you and best regard", change="none", intent="confirmation", po=["P00205"],
     commit=("2026-11-20", "arrive Hamburg latest 20th Nov"),
     dates=[("2026-10-15", "ship_date", "15th Oct"), ("2026-11-20", "confirmed_delivery", "20th Nov")],
     lines=[("bamboo tray", 800, "pcs", "800 pcs", "P00205"), ("bamboo basket set", 500, "pcs", "500 pcs", "P00205")]),

dict(v="brunner", c=1, lang="en", at="2026-10-21 11:30", subj="Order P00447",
     text="""
Dear Ms Klein

We confirm your order P00447 (table linen, 3 articles). Delivery will take place between 9 and 13 November 2026.

Kind regards
Nadine Keller
Brunner Textil AG
""", end="Kind regards", change="none", intent="confirmation", po=["P00447"],
     commit=("2026-11-13", "between 9 and 13 November 2026"),
     dates=[("2026-11-09", "range_start", "9"), ("2026-11-13", "range_end", "13 November 2026")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-11-10 10:15", subj="Order acknowledgement OA-2231 / P00540",
     text="""
Hi Mike,

Please find our order acknowledgement attached. All good on our side.

Sophie

--- attachment: OA-2231.pdf ---
KIWI WOOL CO LTD - ORDER ACKNOWLEDGEMENT
OA number: OA-2231          Date: 10/11/2026
Customer PO: P00540
Ship via: Sea freight, Auckland - Hamburg
Estimated departure: 24/11/2026
Estimated arrival at consignee: 11/01/2027

KW-THR-MER  Merino throw, natural     250 units
KW-THR-CHR  Merino throw, charcoal    150 units
""", end="Sophie", change="none", intent="confirmation", po=["P00540"], vref=["OA-2231"],
     commit=("2027-01-11", "Estimated arrival at consignee: 11/01/2027"),
     dates=[("2026-11-10", "other", "10/11/2026"), ("2026-11-24", "ship_date", "24/11/2026"),
            ("2027-01-11", "confirmed_delivery", "11/01/2027")],
     lines=[("KW-THR-MER", 250, "units", "250 units", "P00540"), ("KW-THR-CHR", 150, "units", "150 units", "P00540")]),

dict(v="texbright", c=1, lang="en", at="2026-12-14 09:20", subj="P00728 king sheets",
     text="""
Laura, good news: we found the 120 king sheet sets (TB-SHT-K) for P00728 in our NJ warehouse. They'll go out today and arrive tomorrow before noon. Olivia
""", end=" Olivia", change="none", intent="confirmation", po=["P00728"],
     commit=("2026-12-15", "arrive tomorrow before noon"),
     dates=[("2026-12-14", "ship_date", "today"), ("2026-12-15", "confirmed_delivery", "tomorrow")],
     lines=[("TB-SHT-K", 120, "sets", "120 king sheet sets", "P00728")]),

dict(v="anatolia", lang="en", at="2026-09-10 08:50", subj="Order confirmation PO00214",
     text="""
Dear Tim Bey,

Thank you for your order PO00214. We confirm all quantities and prices. Production will be completed on 2 October, and delivery to your warehouse in Germany on 12 October by truck.

Our sales order number is ANT-SO-4102, please use it in all correspondence.

Best regards
Mehmet Yilmaz
""", end="Best regards", change="none", intent="confirmation", po=["PO00214"], vref=["ANT-SO-4102"],
     commit=("2026-10-12", "delivery to your warehouse in Germany on 12 October"),
     dates=[("2026-10-02", "other", ("2 October", 0)), ("2026-10-12", "confirmed_delivery", "12 October")]),

dict(v="baltic", c=1, lang="en", at="2026-11-30 09:00", subj="P00650 delivery plan",
     text="""
Dear Sandra,

We confirm P00650 with split deliveries as agreed:
1st delivery 400 kg smoked salmon - 07.12.
2nd delivery 400 kg - 14.12.
3rd delivery 200 kg - 21.12.

Best regards,
Ruta
""", end="Best regards,", change="none", intent="confirmation", po=["P00650"],
     commit=("2026-12-21", "21.12."),
     dates=[("2026-12-07", "confirmed_delivery", "07.12."), ("2026-12-14", "confirmed_delivery", "14.12."),
            ("2026-12-21", "confirmed_delivery", "21.12.")],
     lines=[("smoked salmon", 400, "kg", "1st delivery 400 kg", "P00650"),
            ("smoked salmon", 400, "kg", "2nd delivery 400 kg", "P00650"),
            ("smoked salmon", 200, "kg", "3rd delivery 200 kg", "P00650")]),

dict(v="seoul", lang="en", at="2026-10-07 13:30", subj="Re: P00318 order confirm",
     text="""
Dear Tim,

Order P00318 is confirmed. 300 sets frying pan (SK-FP-28) will be ready 2026.11.02 and ship by sea, arrival Hamburg around 2026.12.10.

One question: do you need EAN barcode sticker on each box or only on master carton?

Best regards
Ji-ho Park
""", end="Best regards", change="none", intent="confirmation", sec=["question"], po=["P00318"],
     commit=("2026-12-10", "arrival Hamburg around 2026.12.10"),
     dates=[("2026-11-02", "ship_date", "2026.11.02"), ("2026-12-10", "confirmed_delivery", "2026.12.10")],
     lines=[("SK-FP-28", 300, "sets", "300 sets", "P00318")]),

dict(v="jansen", c=1, lang="en", at="2026-09-18 10:00", subj="Order confirmation P00195 + P00196",
     text="""
Hi Sandra,

Both orders confirmed:
- P00195 (LED strips) delivery week 40
- P00196 (smart plugs) delivery week 41, because the smart plugs come from our central warehouse in Venlo.

Regards,
Eva Mulder
Elektro Jansen B.V.
""", end="Regards,", change="none", intent="confirmation", po=["P00195", "P00196"],
     commit=("2026-09-28", "P00195 (LED strips) delivery week 40"),
     dates=[("2026-09-28", "confirmed_delivery", "week 40"), ("2026-10-05", "confirmed_delivery", "week 41")],
     changes=[("P00195", "confirmation", "2026-09-28", None, "P00195 (LED strips) delivery week 40"),
              ("P00196", "confirmation", "2026-10-05", None, "P00196 (smart plugs) delivery week 41")]),

dict(v="lisbon", c=1, lang="en", at="2026-12-08 12:30", subj="RE: P00715 cork coasters",
     text="""
Dear Tim,

Confirmed: P00715, 2,000 cork coasters (LC-CST-10), delivery in the week of 11 January 2027 as you requested (we are closed from 23 Dec until 4 Jan).

Best regards,
Rui Costa
""", end="Best regards,", change="none", intent="confirmation", po=["P00715"],
     commit=("2027-01-11", "delivery in the week of 11 January 2027"),
     dates=[("2027-01-11", "confirmed_delivery", "the week of 11 January 2027"),
            ("2026-12-23", "other", "23 Dec"), ("2027-01-04", "other", "4 Jan")],
     lines=[("LC-CST-10", 2000, None, "2,000 cork coasters", "P00715")]),

dict(v="voltix", lang="en", at="2026-10-02 10:10", subj="Order P00305 confirmation",
     text="""
Dear Tim,

Thanks for the order P00305 for 3000 pcs magnetic car phone holder VX-MH-01. Confirm the price USD 2.35/pc and delivery: ETD Shenzhen Oct 30, by sea ETA Hamburg Dec 7.

Note our factory is off from Oct 1 to Oct 8 for National Day, we start production after holiday.

Best regards
Cindy
""", end="Best regards", change="none", intent="confirmation", po=["P00305"],
     commit=("2026-12-07", "ETA Hamburg Dec 7"),
     dates=[("2026-10-30", "ship_date", "Oct 30"), ("2026-12-07", "confirmed_delivery", "Dec 7"),
            ("2026-10-01", "other", "Oct 1"), ("2026-10-08", "other", "Oct 8")],
     lines=[("VX-MH-01", 3000, "pcs", "3000 pcs", "P00305")]),

dict(v="highland", c=1, lang="en", at="2026-12-17 11:45", subj="Standing order P00750 - January",
     text="""
Hi Tim,

Thanks for P00750. We'll deliver on 12/01/2027 as usual (second Tuesday of the month). Merry Christmas to you and the team!

Ewan
""", end="Ewan", change="none", intent="confirmation", po=["P00750"],
     commit=("2027-01-12", "We'll deliver on 12/01/2027"),
     dates=[("2027-01-12", "confirmed_delivery", "12/01/2027"),
            ("2027-01-12", "confirmed_delivery", "second Tuesday of the month")]),

dict(v="cleanco", lang="en", at="2026-10-19 08:30", subj="RE: P00425",
     text="""
Hi Mike, yes, P00425 is still good for Friday 23rd. Gary

> From: Gary Hughes
> Sent: 09 October 2026 14:22
> Subject: P00425
>
> Mike, P00425 confirmed for delivery 23/10/2026. P00426 will follow a week later.
""", end=(" Gary", 0), change="none", intent="confirmation", po=["P00425", "P00426"],
     commit=("2026-10-23", "still good for Friday 23rd"),
     dates=[("2026-10-23", "confirmed_delivery", "Friday 23rd")]),

dict(v="aussie", c=1, lang="en", at="2026-09-09 14:00", subj="Order confirmation P00212",
     text="""
Hi Tim,

Confirming P00212 - 150 x hiking daypacks (AOG-DP-25) and 80 x trekking poles (AOG-TP-PR). Goods ready 02/10, on the water 06/10, ETA Hamburg 10/11.

Thanks,
Chloe
""", end="Thanks,", change="none", intent="confirmation", po=["P00212"],
     commit=("2026-11-10", "ETA Hamburg 10/11"),
     dates=[("2026-10-02", "other", "02/10"), ("2026-10-06", "ship_date", "06/10"),
            ("2026-11-10", "confirmed_delivery", "10/11")],
     lines=[("AOG-DP-25", 150, None, "150 x hiking daypacks", "P00212"),
            ("AOG-TP-PR", 80, None, "80 x trekking poles", "P00212")]),
]
