# ruff: noqa: E501 - email text is data
"""English, mostly from non-native writers (Indian, Chinese, Turkish, Vietnamese, Polish,
Brazilian, Italian): vendor questions (substitutions, artwork, shades, MOQ, addresses, early
delivery), invoices, reminders and newsletters (other), price increases and decreases,
surcharges and currency clauses, and confirmations that keep prices as agreed. Hand-written."""

EMAILS = [
dict(v="delhicotton", lang="en", at="2026-10-06 11:20", subj="P03800 - colour substitution approval needed",
     text="""
Dear Laura ji,

Greetings from Delhi Cotton Mills.

This is regarding your PO P03800 for the checked kitchen towels 50x70. Our spinning mill has informed that the dyed yarn in shade "sage green" is not available in required lot, they are short of the dyestuff since two weeks.

We can offer substitute shade "olive" (Pantone 17-0525 TCX), which is very near to sage green, photo of knitted swatch is attached. Other two colours (ecru and charcoal) are as per order, no issue.

Kindly approve or reject the olive shade by Friday so that we can start the dyeing. Delivery date of 20 November remains same in both cases.

Thanks and regards,
Rajesh Kumar
Export Merchandiser
""", end="Thanks and regards,", change="none", intent="question", po=["P03800"],
     commit=("2026-11-20", "Delivery date of 20 November remains same"),
     dates=[("2026-10-09", "other", "by Friday"), ("2026-11-20", "confirmed_delivery", "20 November")]),

dict(v="polska", c=1, lang="en", at="2026-11-12 09:05", subj="Payment reminder - invoice FV 0412/10/2026",
     text="""
Good morning,

According to our records the invoice FV 0412/10/2026 for order P03850 (stoneware mugs, delivered 14.10.2026) is still not paid. The payment term was 30.10.2026.

Amount open: 6 418,20 EUR

Please kindly transfer the amount within 7 days or send us the payment confirmation if it was already paid. Maybe it was crossed with this message, then please ignore.

Best regards
Piotr Wisniewski
Accounting / Ksiegowosc
Polska Ceramika Sp. z o.o.
""", end="Best regards", change="none", intent="other", po=["P03850"], vref=["FV 0412/10/2026"],
     dates=[("2026-10-14", "other", "14.10.2026"), ("2026-10-30", "other", "30.10.2026"),
            ("2026-11-19", "other", "within 7 days")]),

dict(v="anatolia", lang="en", at="2026-11-16 14:30", subj="Price information 2027 - bath towels",
     text="""
Dear Mr. Brandt,

As you know, cotton prices in Turkey have increased very much this year and also minimum wage will increase again in January. Because of this we must inform you that our prices for all bath towels and bath sheets will increase by 7% from 1 January 2027.

Kitchen textiles and bathrobes are not affected, these prices stay same.

For your open order P03830 nothing changes, it will be invoiced with the old prices as we promised. New price list with all articles will follow next week.

We thank you for your understanding.

Kind regards,
Mehmet Yilmaz
""", end="Kind regards,", change="price", intent="price_change", po=["P03830"],
     dates=[("2027-01-01", "other", "increase again in January"), ("2027-01-01", "price_effective", "1 January 2027"), ("2026-11-23", "other", "next week")],
     prices=[dict(product="bath towels and bath sheets", pct=7, eff="2027-01-01",
                  quote="our prices for all bath towels and bath sheets will increase by 7% from 1 January 2027")]),

dict(v="milano", lang="en", at="2026-11-20 10:15", subj="Conferma ordine P03860",
     text="""
Good morning Sandra,

thank you for the order P03860 (12 set of the espresso cups "Duomo" and the 8 serving plates, as in your PO).

We confirm everything: quantities, articles and the delivery in KW 50 to your warehouse in Hamburg. I know you were worried after our circular about the raw materials, but for this order the prices stay as agreed in our offer of September, no change.

A presto,
Giulia Rossi
Ufficio Vendite - Milano Casa S.r.l.
""", end="A presto,", change="none", intent="confirmation", po=["P03860"],
     commit=("2026-12-07", "the delivery in KW 50"),
     dates=[("2026-12-07", "confirmed_delivery", "KW 50"), ("2026-09-01", "other", "offer of September")]),

dict(v="voltix", c=1, lang="en", at="2026-09-15 10:00", subj="P03810 grey colour - MOQ problem",
     text="""
Hi Mike,

About P03810, wireless charger pad VX-WC15 in custom colour Cool Grey, you order 600 pcs. Sorry but for custom colour our MOQ is 1000 pcs, because the plastic housing need special masterbatch and the injection machine setup.

We have 2 options for you:
Option A: increase to 1,000 pcs in Cool Grey, same unit price USD 4.35
Option B: keep 600 pcs but in our standard colour black

Please tell me which option before next Monday, then we can book the material.

Thanks
Kevin Liu
""", end="Thanks\nKevin Liu", change="none", intent="question", po=["P03810"],
     dates=[("2026-09-21", "other", "next Monday")],
     lines=[("VX-WC15", 1000, "pcs", "increase to 1,000 pcs in Cool Grey", "P03810")]),

dict(v="ningbo", c=1, lang="en", at="2026-10-22 16:20", subj="RE: P03820 - exchange rate adjustment",
     text="""
Dear Tim,

As per clause 6 of our quotation (exchange rate clause), the price is based on USD/CNY 7.30. Now the rate is 7.05, more than 3% change, so we have to adjust the price of your open order P03820 by +3.5%.

Glass storage jar 1.2L: USD 2.40 -> USD 2.48
Glass storage jar 0.8L: USD 1.95 -> USD 2.02

Please confirm you accept the new price, then we release the order to production.

Best regards,
Leo Wang
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards,", change="price", intent="price_change", sec=["question"], po=["P03820"],
     prices=[dict(product="Glass storage jar 1.2L", old=2.40, new=2.48, pct=3.5, cur="USD",
                  quote="Glass storage jar 1.2L: USD 2.40 -> USD 2.48"),
             dict(product="Glass storage jar 0.8L", old=1.95, new=2.02, pct=3.5, cur="USD",
                  quote="Glass storage jar 0.8L: USD 1.95 -> USD 2.02")]),

dict(v="hanoi", c=1, lang="en", at="2026-11-03 08:45", subj="Hanoi Bamboo - Christmas offer and Tet holiday notice",
     text="""
Dear valued customers,

Season greetings from Hanoi Bamboo Crafts!

1) CHRISTMAS OFFER: all bamboo serving trays and rattan baskets in our 2026 catalogue with 10% discount for new orders placed before 15 December. Minimum order 200 pcs per item.

2) TET HOLIDAY: our office and factory will be closed from 5 February to 21 February 2027 for Lunar New Year. Orders for delivery in March please send before 10 January.

3) NEW PRODUCTS: water hyacinth storage boxes and bamboo bathroom sets, photos in the attached catalogue.

Thank you for your support in 2026!

Tran Minh
Sales Manager
Hanoi Bamboo Crafts JSC
""", end="Thank you for your support", change="none", intent="other",
     dates=[("2026-12-15", "other", "before 15 December"), ("2027-02-05", "other", "5 February"),
            ("2027-02-21", "other", "21 February 2027"), ("2027-03-01", "other", "delivery in March"), ("2027-01-10", "other", "10 January")]),

dict(v="serra", lang="en", at="2026-11-09 17:40", subj="Shipment P03870 - container loaded",
     text="""
Hello Laura, good afternoon!

Good news: the complete order P03870 (1.200 pcs cast aluminium grill pans 28cm) was loaded yesterday in the port of Santos, vessel MAERSK SANTA CLARA.

Container: MSKU 7781234
B/L: MAEU261104412
ETA Hamburg: 2 December

The original documents (B/L, invoice, packing list, certificate of origin) we send by courier tomorrow.

Abraços,
Rafael Oliveira
Export - Serra Utilidades Domésticas
""", end="Abraços,", change="shipping", intent="shipping_notice", po=["P03870"],
     commit=("2026-12-02", "ETA Hamburg: 2 December"),
     dates=[("2026-11-08", "ship_date", "yesterday"), ("2026-12-02", "confirmed_delivery", "2 December"),
            ("2026-11-10", "other", "tomorrow")],
     lines=[("cast aluminium grill pans 28cm", 1200, "pcs", "1.200 pcs cast aluminium grill pans 28cm", "P03870")],
     track=[("Maersk", "MSKU 7781234", "Container: MSKU 7781234"),
            ("Maersk", "MAEU261104412", "B/L: MAEU261104412")]),

dict(v="jaipur", lang="en", at="2026-10-27 12:00", subj="Regarding PO P03880 - revised delivery",
     text="""
Respected Madam,

With reference to your PO P03880 for hand block printed cushion covers (3 designs), we regret to inform that due to extended rains in Rajasthan the natural drying of printed fabric took longer than planned, and after that our printers were on leave for Diwali.

Hence the delivery committed for 15th November is not possible. We can deliver by 4th December, all 3 designs together. We are doing overtime to not delay further.

Kindly bear with us and revert if this new date is acceptable.

With warm regards,
Anil Mehta
Director, Jaipur Block Prints Pvt Ltd
""", end="With warm regards,", change="date", intent="delay", po=["P03880"],
     commit=("2026-12-04", "We can deliver by 4th December"),
     dates=[("2026-11-15", "other", "15th November"), ("2026-12-04", "new_eta", "4th December")]),

dict(v="anatolia", c=1, lang="en", at="2026-10-08 13:10", subj="P03831 - shade deviation on new lot, please decide",
     text="""
Dear Laura Hanim,

We made the lab control on the second dye lot for P03831 (waffle bath towels, colour petrol). Measured deviation to your approved standard is DE 1.8, your tolerance is DE 1.0. Visually it is a little more blue. Photos under D65 and TL84 light are attached.

Now we need your decision:
- If you accept the shade with this deviation, we keep delivery on 30 October.
- If you want re-dye, it needs extra time and delivery will be about 9 November.

Please write us today or tomorrow, the fabric is waiting on the stenter.

Best regards,
Elif Demir
Quality & Customer Service
""", end="Best regards,", change="none", intent="question", po=["P03831"],
     dates=[("2026-10-30", "other", "30 October"), ("2026-11-09", "other", "9 November"),
            ("2026-10-08", "other", "today"), ("2026-10-09", "other", "tomorrow")]),

dict(v="polska", lang="en", at="2026-11-18 15:40", subj="Energy surcharge from December",
     text="""
Dear Partners,

Gas prices for our kilns in Boleslawiec went up again in the last quarter and we can not absorb it anymore. Therefore from 1 December 2026 we will add an energy surcharge of 4% on all invoices, also for orders already placed but not yet delivered.

For Hartmann Home & Garden this concerns your open orders P03851 and P03852.

We hope that in spring the situation will be better and then we will remove the surcharge. Sorry for this news.

With kind regards,
Katarzyna Nowak
Sales Director
""", end="With kind regards,", change="price", intent="price_change", po=["P03851", "P03852"],
     dates=[("2026-12-01", "price_effective", "1 December 2026")],
     prices=[dict(product=None, pct=4, eff="2026-12-01", quote="an energy surcharge of 4% on all invoices")],
     changes=[("P03851", "price_change", None, None, "your open orders P03851"),
              ("P03852", "price_change", None, None, "P03852.")]),

dict(v="hanoi", lang="en", at="2026-10-19 15:25", subj="Confirm PO P03840 bamboo cutting boards",
     text="""
Dear Ms Sandra,

Thank you very much for your PO P03840. We are pleased to confirm:

- Bamboo cutting board 38x25 (HB-CB38): 1,500 pcs
- Bamboo cutting board 30x20 (HB-CB30): 2,000 pcs
- Price FOB Hai Phong as per PO
- ETD Hai Phong: 10/11/2026
- ETA Hamburg: 14/12/2026

We will send you the booking details when we have it from forwarder.

Best regards,
Nguyen Thi Lan
""", end="Best regards,", change="none", intent="confirmation", po=["P03840"],
     commit=("2026-12-14", "ETA Hamburg: 14/12/2026"),
     dates=[("2026-11-10", "ship_date", "10/11/2026"), ("2026-12-14", "confirmed_delivery", "14/12/2026")],
     lines=[("HB-CB38", 1500, "pcs", "Bamboo cutting board 38x25 (HB-CB38): 1,500 pcs", "P03840"),
            ("HB-CB30", 2000, "pcs", "Bamboo cutting board 30x20 (HB-CB30): 2,000 pcs", "P03840")]),

dict(v="voltix", lang="en", at="2026-11-24 09:30", subj="P03811 delivery address check",
     text="""
Dear Mike,

Goods of P03811 (magnetic power bank 5000mAh, 2,400 pcs) will be ready on 1 December.

On the PO the delivery address is your warehouse Hamburg-Billbrook, but your forwarder Kuehne+Nagel send us booking with consignee address in Bremen (hub). Which one is correct? We must print the shipping marks on cartons this week, so please confirm asap.

Thank you!
Cindy Zhang
""", end="Thank you!\nCindy", change="none", intent="question", po=["P03811"],
     dates=[("2026-12-01", "other", "1 December"), ("2026-11-23", "other", "this week")]),

dict(v="milano", c=1, lang="en", at="2026-12-02 08:30", subj="Fattura / Invoice 2026/1187 - P03861",
     text="""
Good morning,

in attachment the invoice for the goods delivered last week with our DDT 4471/26, your order P03861.

Regards,
Marco Bianchi
Amministrazione

--- attachment: Fattura_2026_1187.pdf ---
MILANO CASA S.R.L. - Via Tortona 27, 20144 Milano - P.IVA IT08812340156
FATTURA / INVOICE N. 2026/1187        Data / Date: 02/12/2026
Cliente: Hartmann Home & Garden GmbH, Hamburg
Vs. ordine / Your order: P03861       DDT: 4471/26 del 25/11/2026
Art.        Descrizione                     Q.ta    Prezzo EUR   Importo EUR
MC-VAS-30   Vaso vetro soffiato 30cm         120      18,40       2.208,00
MC-CAN-3    Candeliere ottone 3 bracci        60      24,90       1.494,00
Imponibile 3.702,00   IVA 0% art. 41 DL 331/93
Totale EUR 3.702,00
Pagamento: bonifico 30 gg d.f. - Scadenza: 01/01/2027
""", end="Regards,", change="none", intent="other", po=["P03861"], vref=["2026/1187", "DDT 4471/26"],
     dates=[("2026-11-23", "other", "last week"), ("2026-12-02", "other", "02/12/2026"), ("2026-11-25", "other", "25/11/2026"),
            ("2027-01-01", "other", "01/01/2027")],
     lines=[("MC-VAS-30", 120, None, "MC-VAS-30   Vaso vetro soffiato 30cm         120      18,40       2.208,00", "P03861"),
            ("MC-CAN-3", 60, None, "MC-CAN-3    Candeliere ottone 3 bracci        60      24,90       1.494,00", "P03861")]),

dict(v="ningbo", lang="en", at="2026-10-29 10:50", subj="P03821 goods ready early - can you accept?",
     text="""
Dear Laura,

Good news, production of P03821 (enamel mugs 350ml, 3 colours) finished earlier than plan because another customer postpone his order and we had free line capacity.

Your confirmed ETA Hamburg is 11 December. If you agree, we can load on vessel next week and goods arrive Hamburg around 27 November, two weeks earlier.

Can your warehouse accept the early delivery? If not, no problem, we keep the goods in our warehouse and ship as original plan.

Best regards,
Amy Chen
""", end="Best regards,", change="none", intent="question", po=["P03821"],
     commit=("2026-12-11", "Your confirmed ETA Hamburg is 11 December"),
     dates=[("2026-12-11", "confirmed_delivery", "11 December"), ("2026-11-02", "other", "next week"),
            ("2026-11-27", "other", "27 November")]),
dict(v="delhicotton", c=1, lang="en", at="2026-11-26 13:45", subj="Good news - price reduction on terry products",
     text="""
Dear Sandra,

Hope you are doing well.

We are happy to share that cotton yarn prices in India have come down since October, and we want to pass this benefit to our long term customers. With effect from 1 February 2027 all our terry products (hand towels, bath towels, bath mats) will be 5% cheaper than the current price list.

Your running order P03801 is already in weaving, so it will be invoiced as per the agreed PO prices. The reduction will apply on your orders shipping from February onwards.

Please do let me know if you need the revised price list in Excel.

Warm regards,
Priya Sharma
""", end="Warm regards,", change="price", intent="price_change", po=["P03801"],
     dates=[("2026-10-01", "other", "since October"), ("2027-02-01", "price_effective", "1 February 2027"), ("2027-02-01", "price_effective", "from February onwards")],
     prices=[dict(product="terry products", pct=-5, eff="2027-02-01",
                  quote="all our terry products (hand towels, bath towels, bath mats) will be 5% cheaper")]),

dict(v="voltix", lang="en", at="2026-09-24 11:10", subj="New sales contact for your account",
     text="""
Dear Mike,

Please note that from 1st October I will move to our new factory in Dongguan and my colleague Kevin Liu will take care of your account. Kevin knows all your open orders, including P03812, and he will send you the weekly production report every Monday as I did.

His email: kevin.liu@voltix-tech.cn, mobile +86 138 2740 5512.

It was my pleasure to work with you!

Best wishes,
Cindy Zhang
""", end="Best wishes,", change="none", intent="other", po=["P03812"],
     dates=[("2026-10-01", "other", "1st October")]),

dict(v="serra", c=1, lang="en", at="2026-10-13 15:00", subj="Artwork approval - P03871 gift box",
     text="""
Hi Laura,

Attached you find the final artwork of the gift box for P03871 (pressure cooker 6L). Our designer made the corrections you asked: logo bigger, german text "Schnellkochtopf" in the front and the CE mark in the back side.

Only one doubt: in your PO the EAN is 4063871002211 but in the artwork you sent before is 4063871002212. Wich one is correct?? We can not print before we know this.

Please approve the artwork until Wednesday, the printing house is waiting. Delivery stays in week 48 if we start printing this week.

Thank you so much,
Camila Souza
""", end="Thank you so much,", change="none", intent="question", po=["P03871"],
     dates=[("2026-10-14", "other", "until Wednesday"), ("2026-11-23", "other", "week 48"),
            ("2026-10-12", "other", "this week")]),

dict(v="milano", lang="en", at="2026-12-09 17:05", subj="R: transport costs 2027",
     text="""
Dear Sandra,

as anticipated by phone, our forwarder increased the tariffs for the groupage to Germany. We are obliged to apply a transport surcharge of EUR 85,00 per pallet on all deliveries from 1 January 2027. Until now the transport was included in our prices for orders above 3.000 EUR, this will not be anymore.

The prices of the articles themselves stay unchanged.

Cordiali saluti,
Giulia Rossi

-----Messaggio originale-----
Da: Sandra Klein <sandra.klein@hhg-retail.com>
Inviato: lunedì 7 dicembre 2026 10:12
A: Giulia Rossi
Oggetto: transport costs 2027

Hi Giulia, you mentioned on the phone that freight will change from January. Can you send me the details in writing, please? Our next order P03863 is planned for the end of January.
Sandra
""", end="Cordiali saluti,", change="price", intent="price_change", po=["P03863"],
     dates=[("2027-01-01", "price_effective", "1 January 2027")],
     prices=[dict(product="transport surcharge per pallet", new=85.00, cur="EUR", eff="2027-01-01",
                  quote="a transport surcharge of EUR 85,00 per pallet")]),

dict(v="jaipur", c=1, lang="en", at="2026-11-30 10:20", subj="Order Acknowledgement JBP/OA/26-27/0318 - PO P03881",
     text="""
Dear Tim,

Please find below our order acknowledgement for your PO P03881. We confirm the goods will reach your Hamburg warehouse by mid-January.

Order Ack. No.: JBP/OA/26-27/0318
Design        Item                          Qty (pcs)   Rate (EUR)
JBP-TBL-IND   Table cloth 150x250 indigo       400        11.20
JBP-NAP-IND   Napkin 45x45 indigo (set of 4)   800         6.40
JBP-RUN-MAD   Table runner madder red          300         7.95

Ex-factory: 18th December
Terms: CIF Hamburg, 30 days from B/L

Please countersign and return.

Regards,
Sunita Rathore
Merchandising, Jaipur Block Prints Pvt Ltd
""", end="Regards,\nSunita", change="none", intent="confirmation", po=["P03881"],
     vref=["JBP/OA/26-27/0318"],
     commit=("2027-01-15", "reach your Hamburg warehouse by mid-January"),
     dates=[("2027-01-15", "confirmed_delivery", "mid-January"), ("2026-12-18", "ship_date", "18th December")],
     lines=[("JBP-TBL-IND", 400, "pcs", "JBP-TBL-IND   Table cloth 150x250 indigo       400        11.20", "P03881"),
            ("JBP-NAP-IND", 800, "pcs", "JBP-NAP-IND   Napkin 45x45 indigo (set of 4)   800         6.40", "P03881"),
            ("JBP-RUN-MAD", 300, "pcs", "JBP-RUN-MAD   Table runner madder red          300         7.95", "P03881")]),

dict(v="taipei", c=1, lang="en", at="2026-10-20 14:40", subj="FW: P03890 - IC change notice, need your approval",
     text="""
Dear Tim,

Please see below note from our engineering team. It concerns your order P03890 (TC-PD30 wall charger). We need your written approval of the new chip version before we can start mass production. If you want, we can send 10 samples with the new IC by DHL first.

Best regards,
Eric Huang

---------- Forwarded message ---------
From: Jason Wu <jason.wu@tpcable.com.tw>
Date: Tue, Oct 20, 2026 at 10:02 AM
Subject: PCN-2026-017 TC-PD30

Hi Eric,
PCN-2026-017: controller IC of TC-PD30 changes from NX2031 to NX2031B (supplier EOL). Pin compatible, same efficiency, CE/UKCA test report updated on 15 October. Last production with old IC was finished in September. New IC available from stock, no impact on schedule.
Jason
""", end="Best regards,", change="none", intent="question", po=["P03890"], vref=["PCN-2026-017"],
     dates=[("2026-10-15", "other", "15 October"), ("2026-09-01", "other", "in September")]),

dict(v="anatolia", lang="en", at="2026-12-01 09:00", subj="Account statement November 2026",
     text="""
Dear Sir/Madam,

Please find below your account statement as of 30 November 2026.

Invoice         Your PO    Invoice date   Due date     Amount EUR
AT-2026-3381    P03832     02.10.2026     01.11.2026    8.420,00   OVERDUE
AT-2026-3512    P03833     28.10.2026     27.11.2026   12.960,50   OVERDUE
AT-2026-3640    P03834     19.11.2026     19.12.2026    5.115,00   open

Total open: 26.495,50 EUR

We kindly ask you to settle the overdue invoices. If payment was already done, please send us the remittance advice.

Regards,
Accounting Department
Anatolia Textiles A.S.
""", end="Regards,\nAccounting", change="none", intent="other", po=["P03832", "P03833", "P03834"],
     vref=["AT-2026-3381", "AT-2026-3512", "AT-2026-3640"],
     dates=[("2026-11-30", "other", "30 November 2026"), ("2026-10-02", "other", "02.10.2026"),
            ("2026-11-01", "other", "01.11.2026"), ("2026-10-28", "other", "28.10.2026"),
            ("2026-11-27", "other", "27.11.2026"), ("2026-11-19", "other", "19.11.2026"),
            ("2026-12-19", "other", "19.12.2026")]),

dict(v="hanoi", lang="en", at="2026-11-11 16:00", subj="New price list rattan items - from 1/12",
     text="""
Dear Ms Sandra,

Because the price of natural rattan from Indonesia is increase 20% since summer, we are forced to adjust some prices. The new prices are valid for all orders confirmed from 01/12/2026:

Item       Description                 Old USD   New USD
HB-RB-S    Rattan basket small         3.60      3.95
HB-RB-M    Rattan basket medium        5.20      5.70
HB-RT-40   Rattan tray round 40cm      6.80      7.45

Bamboo items no change. Your order P03841 was confirmed in October so it keep the old prices.

Thank you for your kind understanding.
Best regards,
Nguyen Thi Lan
""", end="Thank you for your kind understanding.", change="price", intent="price_change", po=["P03841"],
     dates=[("2026-12-01", "price_effective", "01/12/2026"), ("2026-10-01", "other", "confirmed in October")],
     prices=[dict(product="HB-RB-S", old=3.60, new=3.95, cur="USD", eff="2026-12-01",
                  quote="HB-RB-S    Rattan basket small         3.60      3.95"),
             dict(product="HB-RB-M", old=5.20, new=5.70, cur="USD", eff="2026-12-01",
                  quote="HB-RB-M    Rattan basket medium        5.20      5.70"),
             dict(product="HB-RT-40", old=6.80, new=7.45, cur="USD", eff="2026-12-01",
                  quote="HB-RT-40   Rattan tray round 40cm      6.80      7.45")]),

dict(v="ningbo", lang="en", at="2026-11-05 09:40", subj="P03822 - one item cancel, sorry",
     text="""
Dear Laura,

Very sorry, the mould of item NB-CB-22 (ceramic butter dish with bamboo lid) is broken during production last week and the mould factory need 45 days to make new one. This is too late for your Christmas season, so we have to cancel this item from P03822 (600 pcs).

The other 2 items NB-SP-08 (spoon rest) and NB-OIL-05 (oil bottle) are no problem, we ship as planned and ETA Hamburg still 18 December.

Please update your PO, we will make new PI without the butter dish.

Best regards,
Amy Chen
""", end="Best regards,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P03822"],
     commit=("2026-12-18", "ETA Hamburg still 18 December"),
     dates=[("2026-10-26", "other", "last week"), ("2026-12-18", "confirmed_delivery", "18 December")],
     lines=[("NB-CB-22", 600, "pcs", "(600 pcs)", "P03822")]),

dict(v="polska", c=1, lang="en", at="2026-12-03 14:20", subj="P03853 - partial delivery today",
     text="""
Dear Mrs Klein,

Today we send from our warehouse the first part of P03853: 800 pcs dinner plates 27cm "Kobalt" on 2 pallets, truck of Raben, CMR nr. PL-RB-5526041. Delivery at your warehouse on Monday.

The remaining 400 pcs we deliver in KW 51, they are in the second firing now, there was a problem with the glaze on one kiln load and we must repeat it.

Sorry for this and best regards,
Piotr Wisniewski
""", end="Sorry for this and best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P03853"], commit=("2026-12-14", "The remaining 400 pcs we deliver in KW 51"),
     dates=[("2026-12-03", "ship_date", "Today"), ("2026-12-07", "confirmed_delivery", "on Monday"),
            ("2026-12-14", "new_eta", "KW 51")],
     lines=[("dinner plates 27cm Kobalt", 800, "pcs", "800 pcs dinner plates 27cm", "P03853"),
            ("dinner plates 27cm Kobalt", 400, "pcs", "The remaining 400 pcs", "P03853")],
     track=[("Raben", "PL-RB-5526041", "CMR nr. PL-RB-5526041")]),

dict(v="delhicotton", lang="en", at="2026-09-08 12:30", subj="Forecast for repeat order of P03802?",
     text="""
Dear Laura,

Greetings!! Your order P03802 (cotton aprons, 2,000 pcs) is running smoothly and will be delivered on time as confirmed.

One request: our yarn supplier is offering a good rate for booking now for Q1. Are you planning a repeat of the aprons for spring season? If yes, could you give us an approx. quantity forecast by end of the month, then we can book the yarn at today rate and keep the same price for you.

No commitment needed from your side, only an indication.

Regards,
Rajesh
""", end="Regards,\nRajesh", change="none", intent="question", po=["P03802"],
     dates=[("2026-09-30", "other", "end of the month"), ("2026-09-08", "other", "today")]),

dict(v="serra", lang="en", at="2026-12-18 18:30", subj="Out of office / Fora do escritório",
     text="""
Hello, I am on holidays until 4 January 2027 with limited access to email. For urgent matters about orders and shipments please contact my colleague Camila Souza (camila.souza@serrautilidades.com.br).

Olá, estou de férias até 04/01/2027. Para assuntos urgentes, favor contatar Camila Souza.

Rafael Oliveira
""", end="Rafael Oliveira", change="none", intent="other",
     dates=[("2027-01-04", "other", "4 January 2027"), ("2027-01-04", "other", "04/01/2027")]),

dict(v="voltix", c=1, lang="en", at="2026-11-10 15:15", subj="Price down for power banks from December",
     text="""
Hi Mike,

Some good news for a change :) Lithium cell price drop a lot in last 2 months, so from 1 December we reduce price of our power bank series:

VX-PB10K  USD 6.85 -> USD 6.45
VX-PB20K  USD 9.90 -> USD 9.30

It is valid for shipments from 1 December, so your order P03813 which ship on 8 December will get new price automatically, we will send revised PI tomorrow.

Br,
Kevin
""", end="Br,\nKevin", change="price", intent="price_change", po=["P03813"],
     dates=[("2026-12-01", "price_effective", ("1 December", 0)), ("2026-12-01", "price_effective", ("1 December", 1)),
            ("2026-12-08", "ship_date", "8 December"), ("2026-11-11", "other", "tomorrow")],
     prices=[dict(product="VX-PB10K", old=6.85, new=6.45, cur="USD", eff="2026-12-01",
                  quote="VX-PB10K  USD 6.85 -> USD 6.45"),
             dict(product="VX-PB20K", old=9.90, new=9.30, cur="USD", eff="2026-12-01",
                  quote="VX-PB20K  USD 9.90 -> USD 9.30")]),

dict(v="milano", c=1, lang="en", at="2026-11-25 12:10", subj="P03862 - delay for furnace maintenance",
     text="""
Dear Sandra,

I am sorry to write you this. The furnace of our glass supplier in Murano had an extraordinary maintenance and was stopped almost three weeks, so the hand blown carafes of P03862 are not ready for KW 49 how we confirmed.

The new date of delivery is KW 2/2027, I know it is after Christmas, I am very sorry. If you prefer to cancel the carafes and keep only the glasses, please tell me, the glasses (MC-GL-6, 240 sets) can go in KW 49 as planned.

Cordiali saluti,
Marco Bianchi
""", end="Cordiali saluti,", change="date", intent="delay", sec=["question"], po=["P03862"],
     commit=("2027-01-11", "The new date of delivery is KW 2/2027"),
     dates=[("2026-11-30", "other", ("KW 49", 0)), ("2027-01-11", "new_eta", "KW 2/2027"),
            ("2026-11-30", "other", ("KW 49", 1))]),

dict(v="jaipur", lang="en", at="2026-11-04 11:35", subj="PO P03882 packing query",
     text="""
Dear Madam,

Good day. For packing of PO P03882 (block printed quilts, double size) your packing instruction says each quilt in PP bag with suffocation warning.

We are wanting to use recycled LDPE bag (GRS certified) instead of PP, cost is same for you and it is more sustainable. Warning text will be printed same as your artwork. Is it ok for you? Kindly advise at the earliest since packing starts from Monday.

Also please confirm carton marks can be as per last order.

Thanking you,
Anil Mehta
""", end="Thanking you,", change="none", intent="question", po=["P03882"],
     dates=[("2026-11-09", "other", "from Monday")]),
dict(v="anatolia", lang="en", at="2026-11-19 10:00", subj="RE: P03835 - price for January delivery",
     text="""
Dear Tim Bey,

Thank you for your mail. I checked with our management. Unfortunately we can not keep the 2026 price for the deliveries after new year. The government announced the new minimum wage yesterday, it is +27%, and labour is the biggest part of our cost for the jacquard towels.

So for all goods delivered from 1 January 2027 we must apply +9% on the price list. Your order P03835 will be delivered after new year, so the new price applies to it: JQ-HT-50 from EUR 3.40 to EUR 3.71 per piece.

If you want to keep the old price, the only possibility is that we ship before Christmas, but then we need your OK for a smaller quantity. Please let me know.

Best regards,
Mehmet Yilmaz

On Wed, Nov 18, 2026 at 16:44, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Dear Mehmet, your PI for P03835 shows the 2026 prices but delivery 8 January.
> Can you confirm the price stays as in the PI? Our budget was made on 12 October.
> Thanks, Tim
""", end="Best regards,", change="price", intent="price_change", sec=["question"], po=["P03835"],
     dates=[("2026-11-18", "other", "yesterday"), ("2027-01-01", "price_effective", "1 January 2027")],
     prices=[dict(product=None, pct=9, eff="2027-01-01", quote="we must apply +9% on the price list"),
             dict(product="JQ-HT-50", old=3.40, new=3.71, pct=9, cur="EUR", eff="2027-01-01",
                  quote="JQ-HT-50 from EUR 3.40 to EUR 3.71 per piece")]),

dict(v="serra", lang="en", at="2026-10-21 14:00", subj="Aluminium surcharge - P03872 / P03873",
     text="""
Hi Laura,

I hope everything fine with you.

Like I told in the call, the aluminium ingot price in Brazil jumped a lot in september and the real is also weak. For P03872 (frying pans) nothing change, the production already started with material we had in stock, so prices stay as agreed in the PO.

For P03873 (stock pots 24 and 28cm) we need to buy new aluminium, so we have to add a surcharge of USD 0,60 per piece on both sizes. Stock pot 24cm goes from USD 7,80 to USD 8,40 and stock pot 28cm from USD 9,50 to USD 10,10.

Sorry for this, we tryed to avoid it. Please send me the revised PO for P03873 when posible.

Abraços,
Rafael
""", end="Abraços,", change="price", intent="price_change", po=["P03872", "P03873"],
     dates=[("2026-09-01", "other", "in september")],
     prices=[dict(product="Stock pot 24cm", old=7.80, new=8.40, cur="USD",
                  quote="Stock pot 24cm goes from USD 7,80 to USD 8,40"),
             dict(product="stock pot 28cm", old=9.50, new=10.10, cur="USD",
                  quote="stock pot 28cm from USD 9,50 to USD 10,10")],
     changes=[("P03872", "confirmation", None, None, "For P03872 (frying pans) nothing change"),
              ("P03873", "price_change", None, None, "For P03873 (stock pots 24 and 28cm) we need to buy new aluminium")]),

dict(v="taipei", lang="en", at="2026-11-27 09:30", subj="Copper adjustment December - cable orders",
     text="""
Dear Tim,

According to our agreement, the price of the copper cables is adjusted every month by the LME copper average of the previous month. The October average was 7.1% above the base, so for shipments in December the cable prices are +2.8% (copper share of the cable cost is approx. 40%).

This affects your order P03891 (TC-USBC-1M, TC-USBC-2M), planned to ship on 7 December. Revised PI will follow.

Kind regards,
Vivian Lin
""", end="Kind regards,", change="price", intent="price_change", po=["P03891"],
     dates=[("2026-10-01", "other", "October"), ("2026-12-01", "price_effective", "in December"), ("2026-12-07", "ship_date", "7 December")],
     prices=[dict(product="copper cables", pct=2.8, eff="2026-12-01",
                  quote="the cable prices are +2.8%")]),

dict(v="jaipur", c=1, lang="en", at="2026-12-04 16:00", subj="Freight surcharge on CIF shipments",
     text="""
Dear Tim,

Our shipping line has informed a Peak Season / Red Sea surcharge. As our contract with you is on CIF Hamburg basis, we have to pass this cost: USD 350 per 40ft container for all shipments sailing from 15 December.

Your PO P03883 is booked to sail on 18 December, so the surcharge will be added in the invoice as a separate line. The rates of the goods remain as per PO.

Kindly acknowledge.

Regards,
Sunita
""", end="Regards,\nSunita", change="price", intent="price_change", po=["P03883"],
     dates=[("2026-12-15", "price_effective", "15 December"), ("2026-12-18", "ship_date", "18 December")],
     prices=[dict(product="freight surcharge per 40ft container", new=350, cur="USD", eff="2026-12-15",
                  quote="USD 350 per 40ft container")]),

dict(v="ningbo", c=1, lang="en", at="2026-09-29 08:10", subj="P03823 price",
     text="""
Tim, pls note unit price of P03823 change to USD 1.32 (was 1.25) because of the new window box you request. Pls update PO. Thx Leo
""", end="Thx Leo", change="price", intent="price_change", po=["P03823"],
     prices=[dict(product="P03823 item", old=1.25, new=1.32, cur="USD",
                  quote="unit price of P03823 change to USD 1.32 (was 1.25)")]),

dict(v="hanoi", c=1, lang="en", at="2026-11-02 10:30", subj="P03842 - overshipment ok?",
     text="""
Dear Ms Sandra,

For P03842 seagrass baskets (1,500 pcs) the weaving village made some more baskets than needed. Quality is same, all passed our QC.

Can we ship up to 1,575 pcs (+5%) with same unit price? In our contract the tolerance is +/-3% so we need your permission first. If you do not want, we ship exact 1,500 pcs, no problem.

ETD Hai Phong is 20 November as confirmed before.

Thank you,
Tran Minh
""", end="Thank you,", change="none", intent="question", po=["P03842"],
     dates=[("2026-11-20", "ship_date", "20 November")],
     lines=[("seagrass baskets", 1575, "pcs", "ship up to 1,575 pcs (+5%)", "P03842")]),

dict(v="polska", lang="en", at="2026-10-07 11:00", subj="P03854 delivery address - store or DC?",
     text="""
Hello Mrs Klein,

We are preparing the delivery for order P03854 (baking dishes, 3 sizes). In the PO the delivery address is your store in Lübeck, Breite Straße, but all your other orders we deliver always to the DC in Hamburg.

Is this correct, direct delivery to the store? Then we need also the opening hours for receiving and if the truck with tail lift is necessary, because in city center there is no ramp I think.

Please answer until tomorrow, we book the transport on Friday.

Kind regards
Katarzyna Nowak
""", end="Kind regards\nKatarzyna", change="none", intent="question", po=["P03854"],
     dates=[("2026-10-08", "other", "tomorrow"), ("2026-10-09", "other", "on Friday")]),

dict(v="delhicotton", lang="en", at="2026-10-15 17:50", subj="P03803 lab testing - which lab please",
     text="""
Dear Laura,

Hope this mail finds you well. Sorry for the long mail but I want to explain properly.

For your PO P03803 (printed cotton napkins) the PO terms say "third party test report for azo dyes and nickel free press studs". Last season we made the test in SGS Gurgaon and your QA team accepted. But this year your new QA manual (version 4, we received it last month) says the lab should be Intertek or TUV. Intertek Delhi is giving us appointment only after Diwali and TUV is quite expensive for such small quantity.

So my question is: can we do the test at SGS again like last season, or it must be Intertek/TUV? If it must be Intertek we will manage, but the report will come about one week later than planned. Shipment date is not affected in case of SGS.

Also kindly let us know who will pay the test cost this time, last time it was shared 50/50.

Awaiting your kind reply.

Regards,
Rajesh Kumar
""", end="Awaiting your kind reply.", change="none", intent="question", po=["P03803"]),

dict(v="milano", lang="en", at="2026-12-10 09:00", subj="Invitation: Milano Casa at Ambiente 2027",
     text="""
Dear Sandra,

we are glad to invite you to our stand at Ambiente Frankfurt, from 6 to 10 February 2027, Hall 11.1, Stand C41.

We will present the new collection "Lago" in hand blown glass and the ceramics from Deruta, with special fair conditions for orders placed during the fair.

If you want to book an appointment, please write me your preferred day and hour. A small aperitivo is waiting for you every day from 17:00!

See you in Frankfurt,
Giulia Rossi
""", end="See you in Frankfurt,", change="none", intent="other",
     dates=[("2027-02-06", "other", "6 to"), ("2027-02-10", "other", "10 February 2027")]),

dict(v="voltix", c=1, lang="en", at="2026-10-28 17:20", subj="RE: P03814 revision 2",
     text="""
Hi Mike, received the rev.2 of P03814, thanks. I check with production and reply you tomorrow.
Kevin

-----Original Message-----
From: Mike Osei <mike.osei@hhg-retail.com>
Sent: Wednesday, October 28, 2026 4:02 PM
To: Kevin Liu
Subject: P03814 revision 2

Hi Kevin, attached P03814 rev.2: qty of VX-PB10K up from 1,000 to 1,500, delivery unchanged 27 November. Please confirm.
Mike
""", end="Kevin\n\n---", change="none", intent="other", po=["P03814"],
     dates=[("2026-10-29", "other", "tomorrow")]),

dict(v="taipei", lang="en", at="2026-09-17 13:15", subj="Updated DoC and REACH declaration",
     text="""
Dear customer,

Please find attached our updated EU Declaration of Conformity and REACH SVHC declaration (235 substances) for the USB-C product family, valid until 31 December 2027. They cover also the goods of your open order P03892.

No action from your side is needed, please just file the documents.

Best regards,
Eric Huang
Compliance, Taipei Cable & Charger Corp.
""", end="Best regards,", change="none", intent="other", po=["P03892"],
     dates=[("2027-12-31", "other", "31 December 2027")]),

dict(v="ningbo", frm="Amy Chen <amy.chen@nbhomeware-trade.com>", lang="en", at="2026-12-11 07:55",
     subj="URGENT: new bank account for payment P03824",
     text="""
Dear Laura,

Please be informed that because of annual audit our old bank account in Bank of China is temporary frozen. Please pay the balance of P03824 (USD 18,460.00) to our new account below, payment must arrive before 15 December or the goods cannot be released from port.

Beneficiary: NB HOMEWARE TRADE LTD
Bank: Hang Seng Bank, Hong Kong
Account: 788-214455-883
SWIFT: HASEHKHH

Please do not call our office, the line is under maintenance, reply only to this email.

Best regards,
Amy Chen
""", end="Best regards,", change="none", intent="other", po=["P03824"],
     dates=[("2026-12-15", "other", "before 15 December")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-06 12:25", subj="RE: P03836 earlier delivery possible?",
     text="""
Dear Laura,

Good news, we can do it. We changed the sequence in the weaving and your bathrobes P03836 will be ready earlier. Instead of 11 December we can deliver to your warehouse on 4 December, all quantities as ordered. Price same of course.

Kind regards,
Elif Demir
""", end="Kind regards,", change="date", intent="confirmation", po=["P03836"],
     commit=("2026-12-04", "we can deliver to your warehouse on 4 December"),
     dates=[("2026-12-11", "other", "11 December"), ("2026-12-04", "new_eta", "4 December")]),

dict(v="serra", c=1, lang="en", at="2026-12-16 13:40", subj="RE: P03874 - open points",
     text="""
Hi Laura, my answers below in your mail.

> 1. Can you confirm the full quantity of 960 pcs of the pressure cookers 4L?
Yes, 960 pcs confirmed, all produced.

> 2. Delivery to Hamburg on 15/01/2027 still ok?
Yes, confirmed 15/01/2027, the booking with the vessel is done, ETD Santos is 19/12.

> 3. Price as in the PO?
Yes, no change in price.

Camila

> Thanks, Laura
""", end="\n\nCamila", change="none", intent="confirmation", po=["P03874"],
     commit=("2027-01-15", "Yes, confirmed 15/01/2027"),
     dates=[("2027-01-15", "confirmed_delivery", ("15/01/2027", 1)), ("2026-12-19", "ship_date", "19/12")],
     lines=[("pressure cookers 4L", 960, "pcs", "Yes, 960 pcs confirmed", "P03874")]),

dict(v="jaipur", lang="en", at="2026-12-08 15:10", subj="Dispatch advice - PO P03884 by air",
     text="""
Dear Madam,

We are pleased to inform that the complete consignment of PO P03884 (embroidered cushion covers, 6 cartons, 640 pcs) has been handed over to DHL Global Forwarding today.

AWB No.: 157-44812093
Flight: LH 761 DEL-FRA
Delivery at your Hamburg warehouse expected in 3 business days after pickup.

Commercial invoice JBP/EXP/26-27/0412 and packing list attached.

With regards,
Anil Mehta
""", end="With regards,", change="shipping", intent="shipping_notice", po=["P03884"], vref=["JBP/EXP/26-27/0412"],
     commit=("2026-12-11", "expected in 3 business days after pickup"),
     dates=[("2026-12-08", "ship_date", "today"), ("2026-12-11", "confirmed_delivery", "3 business days")],
     lines=[("embroidered cushion covers", 640, "pcs", "640 pcs", "P03884")],
     track=[("DHL Global Forwarding", "157-44812093", "AWB No.: 157-44812093")]),

dict(v="polska", c=1, lang="en", at="2026-12-14 08:20", subj="P03855 - truck left today",
     text="""
Dear Mrs Klein,

the truck with your order P03855 (complete, 4 pallets, 1.120 pcs salad bowls) left our factory this morning. Carrier is Dachser, CMR 2612-884013. Expected at your DC on Thursday morning, the driver will call 1 hour before.

Regards
Piotr
""", end="Regards\nPiotr", change="shipping", intent="shipping_notice", po=["P03855"],
     commit=("2026-12-17", "Expected at your DC on Thursday"),
     dates=[("2026-12-14", "ship_date", "this morning"), ("2026-12-17", "confirmed_delivery", "on Thursday")],
     lines=[("salad bowls", 1120, "pcs", "1.120 pcs salad bowls", "P03855")],
     track=[("Dachser", "2612-884013", "CMR 2612-884013")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-02 10:05", subj="RE: Cancellation of PO P03804",
     text="""
Dear Sandra,

Received your cancellation request for PO P03804 (linen table runners). Kindly note we accept the cancellation. The fabric was not yet cut, we can use it for another buyer, so there are no charges from our side.

We have closed the order in our system. Hope to work with you again in next season.

Regards,
Priya Sharma

On Fri, 30 Oct 2026 at 15:20, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Dear Priya, due to the weak sales of the linen range we must cancel P03804 (delivery
> planned 4 December). Please confirm and let us know if there are any costs.
> Sandra
""", end="Regards,\nPriya", change="cancel", intent="cancellation", po=["P03804"]),

dict(v="hanoi", lang="en", at="2026-09-22 14:45", subj="P03843 FSC problem",
     text="""
Dear Ms Sandra,

We have a problem with P03843 (bamboo kitchen utensils with FSC logo). Our bamboo supplier lost his FSC certificate after the audit last month, and we cannot find other FSC certified bamboo in enough quantity before your shipment.

So we must cancel this order, unless you accept the goods without FSC logo and claim. Price we can reduce 4% in this case.

Please let us know your decision so we can close or continue.

Best regards,
Nguyen Thi Lan
""", end="Best regards,", change="cancel", intent="cancellation", sec=["question"], po=["P03843"]),

dict(v="voltix", lang="en", at="2026-11-30 18:00", subj="P03815 shipment split - sea + air",
     text="""
Dear Mike,

For P03815 (VX-SP-MINI bluetooth speaker, 2,400 pcs) we loaded 1,800 pcs today on vessel CMA CGM TIGRIS from Yantian, container CMAU 4410278, ETA Hamburg 8 January.

The remaining 600 pcs have a problem with the battery test, we re-test them this week. They will ship by air on 9 December and arrive around 14 December, air freight on our cost.

Sorry for the trouble.
Cindy
""", end="Sorry for the trouble.", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P03815"], commit=("2027-01-08", "ETA Hamburg 8 January"),
     dates=[("2026-11-30", "ship_date", "today"), ("2027-01-08", "confirmed_delivery", "8 January"),
            ("2026-11-30", "other", "this week"), ("2026-12-09", "ship_date", "9 December"),
            ("2026-12-14", "new_eta", "14 December")],
     lines=[("VX-SP-MINI", 1800, "pcs", "we loaded 1,800 pcs today", "P03815"),
            ("VX-SP-MINI", 600, "pcs", "The remaining 600 pcs", "P03815")],
     track=[("CMA CGM", "CMAU 4410278", "container CMAU 4410278")]),

dict(v="taipei", c=1, lang="en", at="2026-11-26 16:30", subj="P03893 shipped - short 200 pcs",
     text="""
Dear Tim,

Today we shipped P03893 by FedEx, tracking 7723 4418 9902. Please see packing list below. TC-HDMI-2M is short 200 pcs because the connector supplier delivered late, the rest 200 pcs will follow by mid-December.

Estimated arrival of today's shipment: 2 December.

Best regards,
Eric Huang

--- attachment: PL-P03893.pdf ---
PACKING LIST   Customer PO: P03893   Date: 2026-11-26
Item          Ordered   Shipped   Backorder
TC-HDMI-1M    1000      1000      0
TC-HDMI-2M    800       600       200
Cartons: 9   G.W. 142 kg
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P03893"], commit=("2026-12-15", "the rest 200 pcs will follow by mid-December"),
     dates=[("2026-11-26", "ship_date", "Today"), ("2026-12-15", "new_eta", "mid-December"),
            ("2026-12-02", "confirmed_delivery", "2 December"), ("2026-11-26", "other", "2026-11-26")],
     lines=[("TC-HDMI-2M", 200, "pcs", "TC-HDMI-2M is short 200 pcs", "P03893"),
            ("TC-HDMI-1M", 1000, None, "TC-HDMI-1M    1000      1000      0", "P03893"),
            ("TC-HDMI-2M", 600, None, "TC-HDMI-2M    800       600       200", "P03893")],
     track=[("FedEx", "7723 4418 9902", "tracking 7723 4418 9902")]),
dict(v="delhicotton", lang="en", at="2026-11-20 14:10", subj="PO P03805 - delay in bedsheets, sorry",
     text="""
Dear Laura,

Hope you are keeping well. I am writing with not so good news regarding your PO P03805 (percale bedsheet sets, 3 sizes).

As you may be aware there was a fire at the processing house in Panipat where our fabric is bleached and mercerised. Thankfully nobody was hurt, but their machines are shut and the fabric which was in process (including about half of your fabric) had to be re-woven. We have shifted the processing to another unit in Karur, but they have their own queue and first they have to do trials to match your whiteness standard, which took almost 10 days alone.

Because of all this, the delivery previously confirmed for 27 November cannot be met. Realistic new date is the goods reaching your warehouse by end of December. If some quantity is urgently needed, we can send the king size sets (first lot is ready) by air, please let me know.

Sincerely apologise for the inconvenience.

Regards,
Rajesh Kumar
""", end="Sincerely apologise", change="date", intent="delay", sec=["question"], po=["P03805"],
     commit=("2026-12-31", "reaching your warehouse by end of December"),
     dates=[("2026-11-27", "other", "27 November"), ("2026-12-31", "new_eta", "end of December")]),

dict(v="polska", lang="en", at="2026-11-25 10:40", subj="P03856 - new shipping date",
     text="""
Dear Mrs Klein,

Unfortunately P03856 (oven dishes rectangular, 720 pcs) is not ready for KW 48 as confirmed. The decoration (gold rim) must go one more time in the decoration kiln, some pieces had dark spots.

We can ship next Tuesday, delivery 2-3 business days by our forwarder. Sorry for that.

Kind regards
Katarzyna Nowak
""", end="Kind regards\nKatarzyna", change="date", intent="delay", po=["P03856"],
     commit=("2026-12-04", "delivery 2-3 business days"),
     dates=[("2026-11-23", "other", "KW 48"), ("2026-12-01", "ship_date", "next Tuesday"),
            ("2026-12-03", "range_start", "2-3 business days"), ("2026-12-04", "range_end", "2-3 business days")]),

dict(v="hanoi", c=1, lang="en", at="2026-12-01 11:15", subj="Order confirm P03844 - water hyacinth boxes",
     text="""
Dear Ms Sandra,

Thank for your new order P03844. We confirm all as your PO, please see PI attach.

ETD Hai Phong 22/12, ETA Hamburg end of January. Becuase of Christmas time the vessels are full, we already booked space.

Best regards,
Tran Minh

--- attachment: PI-HB-261201.pdf ---
HANOI BAMBOO CRAFTS JSC - PROFORMA INVOICE PI-HB-261201
Buyer: Hartmann Home & Garden GmbH     PO: P03844
HB-WH-S   Water hyacinth box small    900 pcs   USD 2.85
HB-WH-L   Water hyacinth box large    600 pcs   USD 4.60
Shipment: FOB Hai Phong, ETD 22.12.2026
""", end="Best regards,", change="none", intent="confirmation", po=["P03844"], vref=["PI-HB-261201"],
     commit=("2027-01-31", "ETA Hamburg end of January"),
     dates=[("2026-12-22", "ship_date", "22/12"), ("2027-01-31", "confirmed_delivery", "end of January"),
            ("2026-12-22", "ship_date", "22.12.2026")],
     lines=[("HB-WH-S", 900, "pcs", "HB-WH-S   Water hyacinth box small    900 pcs   USD 2.85", "P03844"),
            ("HB-WH-L", 600, "pcs", "HB-WH-L   Water hyacinth box large    600 pcs   USD 4.60", "P03844")]),

dict(v="anatolia", c=1, lang="en", at="2026-12-09 16:50", subj="ASN - P03837 / P03838 loaded",
     text="""
Dear Laura,

Both orders are loaded today on one truck, complete quantities:

P03837 - hammam towels 90x170, 1,800 pcs
P03838 - bath mats 50x80, 1,200 pcs

Truck plate 34 KLM 882, carrier Ekol, CMR EK-26-117509. Planned arrival at your warehouse Monday 14 December, customs clearance in Kapikule is already done.

Kind regards,
Elif Demir
""", end="Kind regards,", change="shipping", intent="shipping_notice", po=["P03837", "P03838"],
     commit=("2026-12-14", "Planned arrival at your warehouse Monday 14 December"),
     dates=[("2026-12-09", "ship_date", "today"), ("2026-12-14", "confirmed_delivery", "Monday 14 December")],
     lines=[("hammam towels 90x170", 1800, "pcs", "P03837 - hammam towels 90x170, 1,800 pcs", "P03837"),
            ("bath mats 50x80", 1200, "pcs", "P03838 - bath mats 50x80, 1,200 pcs", "P03838")],
     track=[("Ekol", "EK-26-117509", "CMR EK-26-117509")],
     changes=[("P03837", "shipping_notice", "2026-12-14", 1800, "P03837 - hammam towels 90x170, 1,800 pcs"),
              ("P03838", "shipping_notice", "2026-12-14", 1200, "P03838 - bath mats 50x80, 1,200 pcs")]),

dict(v="milano", c=1, lang="en", at="2026-12-14 11:30", subj="P03864 - delivery on Saturday?",
     text="""
Buongiorno Sandra,

the delivery of P03864 (olive wood boards) is planned for Friday 18 December as confirmed. Our courier BRT now asks if they can come on Saturday 19 December instead, because on Friday they are full before the holidays.

Is your warehouse open on Saturday morning? If not, they come on Friday as planned, no problem. Just tell me yes or no.

Grazie,
Marco
""", end="Grazie,", change="none", intent="question", po=["P03864"],
     commit=("2026-12-18", "planned for Friday 18 December as confirmed"),
     dates=[("2026-12-18", "confirmed_delivery", "Friday 18 December"), ("2026-12-19", "other", "Saturday 19 December"),
            ("2026-12-18", "other", "on Friday they are full"), ("2026-12-19", "other", "on Saturday morning"),
            ("2026-12-18", "confirmed_delivery", "on Friday as planned")]),
]
