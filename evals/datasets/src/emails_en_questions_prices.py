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
     dates=[("2027-01-01", "price_effective", "1 January 2027"), ("2026-11-23", "other", "next week")],
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
     dates=[("2026-12-07", "confirmed_delivery", "KW 50")]),

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
            ("2027-02-21", "other", "21 February 2027"), ("2027-01-10", "other", "10 January")]),

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
     dates=[("2026-12-02", "other", "02/12/2026"), ("2026-11-25", "other", "25/11/2026"),
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
]
