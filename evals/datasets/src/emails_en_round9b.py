# ruff: noqa: E501 - email text is data
"""English, round 9b (branch d9b): sixty-five emails from Asian, Indian, Bangladeshi, Sri
Lankan, Turkish, Eastern European, Latin American and UK/US vendors, weighted towards the
intents that are not about a delivery date: questions and requests for information (often
naming dates that commit to nothing), `other` mail (out-of-office with return dates,
statements, invoices, newsletters, trade fairs, holiday closures, system notices, contact and
address changes, bank-detail fraud, bare receipts), price changes with effective dates
(percentages, old/new prices, tables, surcharges, discounts), cancellations of whole orders or
single lines, and short one-line replies; with a smaller share of delays, confirmations,
partial shipments and shipping notices. Quoted history with other dates, forwarded chains,
attachment text, several orders in one email, calendar weeks, ranges, non-native writing.
Hand-written and hand-labelled by reading each email; no extractor or classifier produced
the labels."""

EMAILS = [
dict(v="d9b_dhaka", lang="en", at="2026-09-14 16:40", subj="P10100 - care label query",
     text="""
Dear Sandra Apa,

Assalamu alaikum. Hope you are fine.

For your PO P10100 (kids hoodies, 2,400 pcs) we are ready to start cutting on 21/09 but still we did not get the approved care label artwork. Our label supplier need 5 working days for printing. Please confirm:
1) care label in German + French or only German?
2) wash symbol 30 degree or 40 degree? in the tech pack is written both.

If we get reply by Thursday we can keep the ex-factory 26/10 as per PO.

Thanks & best regards
Md. Rafiqul Islam
Merchandiser, Dhaka Knit Apparels Ltd
""", end="Thanks & best regards", change="none", intent="question", po=["P10100"],
     dates=[("2026-09-21", "other", "21/09"), ("2026-09-17", "other", "by Thursday"),
            ("2026-10-26", "other", "26/10")]),

dict(v="jaipur", c=1, lang="en", at="2026-11-05 09:05", subj="Automatic reply: P10101 sample dispatch",
     text="""
Thank you for your mail. I am out of office on account of Diwali festival from 6th November to 16th November 2026 with limited access to email. For urgent matters regarding orders please contact Mr. Anil Mehta at anil.mehta@jaipurblockprints.in or +91 141 2200 415.

Wishing you and your family a very Happy Diwali!

Sunita Rathore
Jaipur Block Prints Pvt Ltd

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: 05 November 2026 05:31
Subject: P10101 sample dispatch
Hi Sunita, could you tell me when the samples for P10101 will be sent? We need them before 30/11. Laura
""", end="Sunita Rathore", change="none", intent="other", po=["P10101"],
     dates=[("2026-11-06", "other", "from 6th November"), ("2026-11-16", "other", "16th November 2026")]),

dict(v="d9b_bursa", lang="en", at="2026-11-02 11:30", subj="Price list 2027 - Bursa Ipek",
     text="""
Dear Mike Bey,

As you know the cotton yarn prices and the minimum wage in Turkey increased again, the new minimum wage will be announced in end of December and we expect around 25-30%. For this reason we must update our price list valid from 01.01.2027. Please find below:

Article        Description              2026 (EUR)   2027 (EUR)
BI-BS-150      Bedsheet 150x250 white   8,40         9,05
BI-BS-200      Bedsheet 200x250 white   10,90        11,75
BI-DC-135      Duvet cover 135x200      12,60        13,50
BI-PC-50       Pillow case 50x70 (2)    3,20         3,45

Your running orders P10102 and P10103 are with old prices, no change. For orders after 31.12.2026 new prices are valid.

Best regards,
Serkan Ozturk
Export Sales Manager
""", end="Best regards,", change="price", intent="price_change", po=["P10102", "P10103"],
     dates=[("2026-12-31", "other", "end of December"), ("2027-01-01", "price_effective", "01.01.2027"),
            ("2026-12-31", "other", "31.12.2026")],
     prices=[dict(product="BI-BS-150", old=8.40, new=9.05, cur="EUR", eff="2027-01-01",
                  quote="BI-BS-150      Bedsheet 150x250 white   8,40         9,05"),
             dict(product="BI-BS-200", old=10.90, new=11.75, cur="EUR", eff="2027-01-01",
                  quote="BI-BS-200      Bedsheet 200x250 white   10,90        11,75"),
             dict(product="BI-DC-135", old=12.60, new=13.50, cur="EUR", eff="2027-01-01",
                  quote="BI-DC-135      Duvet cover 135x200      12,60        13,50"),
             dict(product="BI-PC-50", old=3.20, new=3.45, cur="EUR", eff="2027-01-01",
                  quote="BI-PC-50       Pillow case 50x70 (2)    3,20         3,45")]),

dict(v="d9b_cluj", lang="en", at="2026-10-05 14:20", subj="Order P10104 - cancellation",
     text="""
Dear Tim,

I am very sorry to write you this. Our main customer in Italy went bankrupt in September and we must reorganise the production, the line for the oak serving boards will be closed. Because of this we are not able to produce your order P10104 (oak serving boards, 3 models, total 1,500 pcs) which was confirmed for delivery in week 46. We cancel the complete order. The advance payment of EUR 2.250,00 will be returned until 16 October.

We can still offer the beech boards from stock if you are interested, I can send offer.

Kind regards,
Andrei Popescu
Cluj Woodcraft S.R.L.
""", end="Kind regards,", change="cancel", intent="cancellation", po=["P10104"],
     dates=[("2026-09-01", "other", "in September"), ("2026-11-09", "other", "week 46"),
            ("2026-10-16", "other", "16 October")],
     lines=[("oak serving boards", 1500, "pcs", "total 1,500 pcs", "P10104")]),

dict(v="pennine", lang="en", at="2026-09-22 08:47", subj="P10105",
     text="""
Do you want the 20cm bowls on P10105 in the old glaze or the new one? Both same price.

Dave
""", end="Dave", change="none", intent="question", po=["P10105"]),

dict(v="d9b_buckeye", c=1, lang="en", at="2026-10-01 10:12", subj="Statement of Account - September 2026",
     text="""
Hello,

Please find below your statement of account as of 09/30/2026. Invoice BCC-INV-D9B-20871 for PO P10106 is now 12 days past due; we would appreciate payment at your earliest convenience. Invoice BCC-INV-D9B-21044 (PO P10107) is due 10/15/2026.

Invoice               PO        Inv. Date    Due Date     Amount
BCC-INV-D9B-20871     P10106    08/19/2026   09/18/2026   USD 14,220.00
BCC-INV-D9B-21044     P10107    09/15/2026   10/15/2026   USD 8,960.50
Total open: USD 23,180.50

Remit to: Buckeye Cookware Co., PNC Bank, ABA 043000096, Acct 1020394857

Thank you,
Accounts Receivable
Buckeye Cookware Co.
""", end="Thank you,", change="none", intent="other", po=["P10106", "P10107"],
     vref=["BCC-INV-D9B-20871", "BCC-INV-D9B-21044"],
     dates=[("2026-09-30", "other", "09/30/2026"), ("2026-10-15", "other", ("10/15/2026", 0)),
            ("2026-08-19", "other", "08/19/2026"), ("2026-09-18", "other", "09/18/2026"),
            ("2026-09-15", "other", "09/15/2026"), ("2026-10-15", "other", ("10/15/2026", 1))]),

dict(v="voltix", c=1, lang="en", at="2026-12-10 17:20", subj="Chinese New Year holiday notice 2027",
     text="""
Dear valued customer,

Please kindly note our factory will be closed for Chinese New Year holiday from 2027-02-01 to 2027-02-21, office will be back on 2027-02-22. Before holiday the last loading date is 2027-01-22, so for new orders please place PO before 2026-12-20 to catch the production before holiday.

For your running order P10108 the shipment is not affected, still ETD 2026-12-28 as confirmed.

Thanks for your support in 2026 and wish you Merry Christmas!

Best regards
Kevin Liu
""", end="Best regards", change="none", intent="other", po=["P10108"],
     dates=[("2027-02-01", "other", "2027-02-01"), ("2027-02-21", "other", "2027-02-21"),
            ("2027-02-22", "other", "2027-02-22"), ("2027-01-22", "other", "2027-01-22"),
            ("2026-12-20", "other", "2026-12-20"), ("2026-12-28", "ship_date", "2026-12-28")]),

dict(v="d9b_moradabad", lang="en", at="2026-10-20 12:45", subj="Re: PO P10109 - brass lanterns - freight surcharge",
     text="""
Dear Mike Sir,

Namaste. As discussed on phone today, due to the Red Sea situation the shipping lines have again increased the ocean freight from Nhava Sheva to Hamburg by almost double. Since your order P10109 is on CIF basis, we are constrained to add a freight surcharge of 4.5% on the invoice value of this order. Without this surcharge it is not possible for us to ship, kindly understand our position.

Revised proforma PI/MBE/D9B/0457 is attached for your kind approval. Shipment will remain as per schedule i.e. 14th November.

Thanks and regards,
Vikram Agarwal
Moradabad Brassware Exports

--- attachment: PI_MBE_D9B_0457.pdf ---
REVISED PROFORMA INVOICE  PI/MBE/D9B/0457   Date: 20.10.2026
Buyer order: P10109
Item           Qty    Rate USD   Amount USD
MBE-LN-S       600    7.80       4,680.00
MBE-LN-L       400    11.20      4,480.00
Sub total                        9,160.00
Freight surcharge 4.5%           412.20
Total CIF Hamburg                9,572.20
""", end="Thanks and regards,", change="price", intent="price_change", po=["P10109"],
     vref=["PI/MBE/D9B/0457"],
     dates=[("2026-10-20", "other", "today"), ("2026-11-14", "ship_date", "14th November"),
            ("2026-10-20", "other", "20.10.2026")],
     lines=[("MBE-LN-S", 600, None, "MBE-LN-S       600    7.80       4,680.00", "P10109"),
            ("MBE-LN-L", 400, None, "MBE-LN-L       400    11.20      4,480.00", "P10109")],
     prices=[dict(pct=4.5, quote="add a freight surcharge of 4.5% on the invoice value of this order")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-29 13:05", subj="RE: P10110 line 4",
     text="""
Hi Laura - confirming we've cancelled line 4 (GT-HOSE-50, 80 units) from P10110 per your request. Lines 1-3 still deliver 10/9.

Megan

On Tue, Sep 29, 2026 at 3:12 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Megan, please remove line 4 (the 50ft hoses) from P10110, we overbought. The rest stays as confirmed for Oct 9. Thanks, Laura
""", end=("Megan", 0), change="cancel", intent="cancellation", sec=["confirmation"], po=["P10110"],
     commit=("2026-10-09", "Lines 1-3 still deliver 10/9"),
     dates=[("2026-10-09", "confirmed_delivery", "10/9")],
     lines=[("GT-HOSE-50", 80, "units", "GT-HOSE-50, 80 units", "P10110")]),

dict(v="battrang", lang="en", at="2026-11-11 15:30", subj="P10111 glaze sample - need your choose",
     text="""
Dear Laura,

We send you photos of 3 glaze sample for the stoneware vases P10111 by WeTransfer yesterday. Please choose one colour: A (sea green), B (celadon) or C (ash white). After your choose we need 35 days for production and the kiln is booked from 23/11, so if you answer before Friday we can still make the loading in the middle of December like you want. If later, we must move to next kiln slot in January.

Thank you and waiting your reply
Pham Thu Ha
Bat Trang Ceramics Export Co., Ltd.
""", end="Thank you and waiting your reply", change="none", intent="question", po=["P10111"],
     dates=[("2026-11-10", "other", "yesterday"), ("2026-11-23", "other", "23/11"),
            ("2026-11-13", "other", "before Friday"), ("2026-12-15", "other", "the middle of December"),
            ("2027-01-01", "other", "in January")]),

dict(v="d9b_jakarta", c=1, lang="en", at="2026-09-08 10:00", subj="Nusantara Teak News - Autumn 2026 collection & Maison&Objet invitation",
     text="""
NUSANTARA TEAK NEWSLETTER | September 2026

Dear partners,

Selamat pagi from Jepara! Our new Autumn 2026 collection of recycled teak outdoor furniture is now ready, with 42 new items including the "Borobudur" lounge set and the folding bistro range.

Visit us at:
- Maison&Objet Paris, 10-14 January 2027, Hall 5A stand D12
- IFEX Jakarta, 12-15 March 2027

Early booking promo: orders confirmed before 31 October get 3% discount on FOB price!

To unsubscribe from this newsletter reply with "unsubscribe".
PT Nusantara Teak Furniture | Jl. Raya Jepara-Kudus Km 7 | Jepara, Central Java
""", end="To unsubscribe", change="none", intent="other",
     dates=[("2026-09-01", "other", "September 2026"), ("2027-01-10", "other", "10-14 January 2027"),
            ("2027-01-14", "other", "10-14 January 2027"), ("2027-03-12", "other", "12-15 March 2027"),
            ("2027-03-15", "other", "12-15 March 2027"), ("2026-10-31", "other", "31 October")]),

dict(v="anatolia", lang="en", at="2026-10-08 09:15", subj="RE: P10112 delivery 23.10?",
     text="""
Yes Laura Hanım, 23.10 is ok for P10112, all quantities.

Mehmet

-----Original Message-----
From: Laura Jensen
Sent: Wednesday, October 7, 2026 5:40 PM
Subject: P10112 delivery 23.10?
Can you confirm P10112 arrives in our warehouse 23.10 complete?
""", end="Mehmet", change="none", intent="confirmation", po=["P10112"],
     commit=("2026-10-23", "23.10 is ok for P10112"),
     dates=[("2026-10-23", "confirmed_delivery", ("23.10", 0))]),

dict(v="d9b_ostrava", lang="en", at="2026-11-18 13:40", subj="P10113 / P10114 - furnace repair",
     text="""
Dear Sandra,

I must inform you that our furnace no. 2 had a crack in the crown last Saturday and is now under repair until approx. 30 November. This affects your order P10113 (wine glasses Vltava, 4.800 pcs): instead of delivery in KW 49 we can deliver in KW 51, latest 17.12.

Order P10114 (tumblers) is produced on furnace 1 and is not affected, delivery stays 3 December.

Question: would you accept a partial delivery of 2.400 pcs wine glasses from stock in KW 49 and the rest in KW 51? Please let me know until Friday.

Best regards
Petr Novák
Ostrava Glassworks s.r.o.
""", end="Best regards", change="date", intent="delay", sec=["question"], po=["P10113", "P10114"],
     commit=("2026-12-17", "latest 17.12."),
     dates=[("2026-11-14", "other", "last Saturday"), ("2026-11-30", "other", "until approx. 30 November"),
            ("2026-11-30", "other", ("KW 49", 0)), ("2026-12-14", "new_eta", ("KW 51", 0)),
            ("2026-12-17", "new_eta", "17.12."), ("2026-12-03", "confirmed_delivery", "3 December"),
            ("2026-11-30", "other", ("KW 49", 1)), ("2026-12-14", "other", ("KW 51", 1)),
            ("2026-11-20", "other", "until Friday")],
     lines=[("wine glasses Vltava", 2400, "pcs", "2.400 pcs wine glasses", "P10113")],
     changes=[("P10113", "delay", "2026-12-17", None, "we can deliver in KW 51, latest 17.12."),
              ("P10114", "confirmation", "2026-12-03", None, "delivery stays 3 December")]),

dict(v="d9b_dales", c=1, lang="en", at="2026-11-06 11:02", subj="Invoice DTP-INV-D9B-6614 - P10115",
     text="""
Dear Hartmann Home & Garden,

Please find attached our invoice DTP-INV-D9B-6614 for the tea towels delivered against your order P10115 on 4 November. Payment terms are 30 days net, so payment falls due on 4 December 2026.

If you have any queries regarding this invoice please reply to this email quoting the invoice number.

Kind regards,
Accounts Team
Dales Textile Printers Ltd

--- attachment: DTP-INV-D9B-6614.pdf ---
INVOICE DTP-INV-D9B-6614     Tax point: 05/11/2026
Customer order: P10115       Delivery note: DTP-DN-D9B-3390
Tea towel "Swaledale" 50x70 cm    1,200   @ GBP 1.85   GBP 2,220.00
Tea towel "Wensleydale" 50x70 cm    800   @ GBP 1.85   GBP 1,480.00
Net GBP 3,700.00   VAT 0% (EU reverse charge)   Total GBP 3,700.00
Due date: 04/12/2026
""", end="Kind regards,", change="none", intent="other", po=["P10115"],
     vref=["DTP-INV-D9B-6614", "DTP-DN-D9B-3390"],
     dates=[("2026-11-04", "other", "4 November"), ("2026-12-04", "other", "4 December 2026"),
            ("2026-11-05", "other", "05/11/2026"), ("2026-12-04", "other", "04/12/2026")],
     lines=[("Swaledale tea towel", 1200, None, 'Tea towel "Swaledale" 50x70 cm    1,200   @ GBP 1.85   GBP 2,220.00', "P10115"),
            ("Wensleydale tea towel", 800, None, 'Tea towel "Wensleydale" 50x70 cm    800   @ GBP 1.85   GBP 1,480.00', "P10115")]),

dict(v="ningbo", lang="en", at="2026-09-25 10:30", subj="Price adjustment notice for stainless products",
     text="""
Dear Sandra,

Hope all well. Because the stainless steel 304 raw material price increase about 18% since August, and also RMB exchange rate change, we have to adjust price for below items from Oct 15, 2026 (by PO date):

NB-SS-01 stainless mixing bowl set   USD 4.20 -> USD 4.65
NB-SS-07 stainless colander 24cm     USD 2.85 -> USD 3.10
NB-SS-12 steel lunch box 2 layer     USD 3.60 -> USD 3.95

Other items keep same price. Your order P10116 placed last week is still old price, don't worry.

Sorry for this and thanks for understanding.

Best regards
Amy Chen
""", end="Sorry for this and thanks", change="price", intent="price_change", po=["P10116"],
     dates=[("2026-08-01", "other", "since August"), ("2026-10-15", "price_effective", "Oct 15, 2026"),
            ("2026-09-14", "other", "last week")],
     prices=[dict(product="NB-SS-01", old=4.20, new=4.65, cur="USD", eff="2026-10-15",
                  quote="NB-SS-01 stainless mixing bowl set   USD 4.20 -> USD 4.65"),
             dict(product="NB-SS-07", old=2.85, new=3.10, cur="USD", eff="2026-10-15",
                  quote="NB-SS-07 stainless colander 24cm     USD 2.85 -> USD 3.10"),
             dict(product="NB-SS-12", old=3.60, new=3.95, cur="USD", eff="2026-10-15",
                  quote="NB-SS-12 steel lunch box 2 layer     USD 3.60 -> USD 3.95")]),

dict(v="serra", c=1, lang="en", at="2026-10-28 10:10", subj="P10117 - pressure cookers - we need to cancel",
     text="""
Hello Tim,

Good morning! Unfortunately the INMETRO certification for the pressure cooker 6L (SU-PC-06) was not renewed in time and we can not export this model until the new certificate, the lab told us maybe March 2027 but no guarantee. So we will cancel the 700 pcs of SU-PC-06 from the order P10117.

The pressure cooker 4.5L (SU-PC-45, 900 pcs) is certified by other process and will ship normal on November 20 with arrival Hamburg around December 18.

If you prefer to cancel all the order because of this, please tell me and we accept without cost.

Abraços,
Camila Souza
Serra Utilidades Domésticas Ltda
""", end="Abraços,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10117"],
     commit=("2026-12-18", "arrival Hamburg around December 18"),
     dates=[("2027-03-01", "other", "March 2027"), ("2026-11-20", "ship_date", "November 20"),
            ("2026-12-18", "confirmed_delivery", "December 18")],
     lines=[("SU-PC-06", 700, "pcs", "700 pcs of SU-PC-06", "P10117"),
            ("SU-PC-45", 900, "pcs", "SU-PC-45, 900 pcs", "P10117")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-03 18:20", subj="Shipment advice - P10118 - kitchen towels",
     text="""
Dear Laura,

Greetings!

We are pleased to inform that P10118 complete goods (3,600 pcs kitchen towels in 150 cartons) have been shipped on 02.11.2026 vide vessel MSC ARIANE, B/L no. MEDU-D9B-021126. ETA Hamburg is 05.12.2026. Shipping documents will be couriered through DHL by tomorrow.

Kindly arrange for customs clearance.

Thanks & Regards,
Priya Sharma
Delhi Cotton Mills Pvt Ltd

> On 20.10.2026 Laura Jensen wrote:
> Priya, please confirm the vessel for P10118, we were told shipment end October.
""", end="Thanks & Regards,", change="shipping", intent="shipping_notice", po=["P10118"],
     commit=("2026-12-05", "ETA Hamburg is 05.12.2026"),
     dates=[("2026-11-02", "ship_date", "02.11.2026"), ("2026-12-05", "confirmed_delivery", "05.12.2026"),
            ("2026-11-04", "other", "by tomorrow")],
     lines=[("kitchen towels", 3600, "pcs", "3,600 pcs kitchen towels", "P10118")],
     track=[("MSC", "MEDU-D9B-021126", "B/L no. MEDU-D9B-021126")]),

dict(v="d9b_buckeye", lang="en", at="2026-10-13 14:25", subj="P10119 - ship via? / dock appt",
     text="""
Hi Mike,

Quick couple questions on P10119 before we book freight:
- Your PO says FOB Cleveland but the routing guide you sent says prepaid to Hamburg. Which is it?
- Do you want it consolidated with P10107's backorder or kept separate?

Product will be packed and ready 10/23. If we don't hear back by Monday we'll hold it in our warehouse, no storage charge for the first 2 weeks.

Thanks,
Kyle
""", end="Thanks,", change="none", intent="question", po=["P10119", "P10107"],
     dates=[("2026-10-23", "other", "10/23"), ("2026-10-19", "other", "by Monday")]),

dict(v="siam", lang="en", at="2026-09-17 11:50", subj="Re: P10120 revised PO",
     text="""
Dear Tim, well received the revised PO P10120, thank you krub. We check and revert.

Somchai

On 16 Sep 2026, at 22:05, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Somchai, attached revised P10120 with the extra 40 armchairs, delivery still wk 45. Tim
""", end=("Somchai", 0), change="none", intent="other", po=["P10120"]),

dict(v="polska", lang="en", at="2026-11-24 09:30", subj="Compensation for late delivery P10121",
     text="""
Dear Laura,

Thank you for your patience. As compensation for the late delivery of your order P10121 last week, we will give you a discount of 5% on this order. The price per dinner set will be invoiced with EUR 17,48 instead of EUR 18,40. The credit note will be issued until 4 December.

We are sorry once more and we hope the sets are selling well.

Kind regards,
Katarzyna Nowak
Polska Ceramika Sp. z o.o.
""", end="Kind regards,", change="price", intent="price_change", po=["P10121"],
     dates=[("2026-11-16", "other", "last week"), ("2026-12-04", "other", "until 4 December")],
     prices=[dict(product="dinner set", old=18.40, new=17.48, pct=-5, cur="EUR",
                  quote="invoiced with EUR 17,48 instead of EUR 18,40")]),

dict(v="d9b_dhaka", c=1, lang="en", at="2026-10-22 17:05", subj="RE: P10122 ex-factory date",
     text="""
Dear Sandra,

Sorry for late reply. Regarding P10122 (men's polo shirts, 3,000 pcs), due to the hartal (strike) in Dhaka last 4 days and gas crisis our sewing line is behind. We can not keep ex-factory 28/10 as confirmed. New ex-factory date will be 09/11 and vessel from Chattogram ETD 12/11, ETA Hamburg approx 14/12.

We are trying our best to recover. We will update you every week.

Best regards
Nusrat Jahan
Dhaka Knit Apparels Ltd

-----Original Message-----
From: Sandra Klein [mailto:sandra.klein@hhg-retail.com]
Sent: Monday, October 19, 2026 10:12 AM
Subject: P10122 ex-factory date
Dear Nusrat, please confirm P10122 is still on track for ex-factory 28/10 and arrival 30/11. Regards, Sandra
""", end="Best regards", change="date", intent="delay", po=["P10122"],
     commit=("2026-12-14", "ETA Hamburg approx 14/12"),
     dates=[("2026-10-28", "other", ("28/10", 0)), ("2026-11-09", "ship_date", "09/11"),
            ("2026-11-12", "ship_date", "ETD 12/11"), ("2026-12-14", "new_eta", "14/12")]),

dict(v="d9b_dales", lang="en", at="2026-11-25 15:55", subj="P10123",
     text="""
P10123 went out on the 3pm DPD today, all 14 cartons, tracking 1550-D9B-2245, should be with you Monday.

Gemma
""", end="Gemma", change="shipping", intent="shipping_notice", po=["P10123"],
     commit=("2026-11-30", "should be with you Monday"),
     dates=[("2026-11-25", "ship_date", "today"), ("2026-11-30", "confirmed_delivery", "Monday")],
     lines=[("cartons", 14, "cartons", "all 14 cartons", "P10123")],
     track=[("DPD", "1550-D9B-2245", "tracking 1550-D9B-2245")]),

dict(v="d9b_colombo", lang="en", at="2026-09-30 11:15", subj="Coir doormats - 2027 forecast and P10124",
     text="""
Dear Mike,

Ayubowan from Colombo!

We are planning our coir fibre purchase for the first half of 2027 and kindly request your forecast for the doormats (CC-DM-4060, CC-DM-5080 and the printed range). Could you share rough quantities per quarter by 15 October? Coir fibre prices are moving up before the monsoon so we want to secure stock.

Also for P10124, the printed "Welcome" design - do you need the German text "Willkommen" or English? The artwork in your PO shows both versions.

Thank you,
Chaminda Perera
Ceylon Coir Products (Pvt) Ltd
""", end="Thank you,", change="none", intent="question", po=["P10124"],
     dates=[("2026-10-15", "other", "by 15 October")]),

dict(v="d9b_bursa", c=1, lang="en", at="2026-11-13 16:00", subj="P10102 - loading info",
     text="""
Dear Mike Bey,

Today we loaded the truck for P10102. Unfortunately the duvet covers 135x200 are not complete, from 1.500 pcs we loaded 1.100 pcs, the balance 400 pcs will be ready on 23.11 and we send with groupage truck, arrival your warehouse around 30.11.

Loaded today:
BI-BS-150  1.200 pcs
BI-BS-200    800 pcs
BI-DC-135  1.100 pcs

CMR: TR-D9B-CMR-80412, truck plate 16 BRS 447, expected arrival Hamburg 19.11.

Kind regards
Ayse Kilic
Bursa Ipek Tekstil
""", end="Kind regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10102"], commit=("2026-11-30", "arrival your warehouse around 30.11"),
     dates=[("2026-11-13", "ship_date", "Today"), ("2026-11-23", "other", "23.11"),
            ("2026-11-30", "new_eta", "30.11"), ("2026-11-13", "ship_date", "Loaded today"),
            ("2026-11-19", "confirmed_delivery", "19.11.")],
     lines=[("BI-DC-135", 1100, "pcs", "we loaded 1.100 pcs", "P10102"),
            ("BI-DC-135", 400, "pcs", "the balance 400 pcs", "P10102"),
            ("BI-BS-150", 1200, "pcs", "BI-BS-150  1.200 pcs", "P10102"),
            ("BI-BS-200", 800, "pcs", "BI-BS-200    800 pcs", "P10102"),
            ("BI-DC-135", 1100, "pcs", "BI-DC-135  1.100 pcs", "P10102")],
     track=[(None, "TR-D9B-CMR-80412", "CMR: TR-D9B-CMR-80412")]),

dict(v="acme", c=1, lang="en", at="2026-11-25 16:30", subj="Out of Office: P10125 - status?",
     text="""
I am out of the office for the Thanksgiving holiday, returning Monday, November 30. For order status inquiries please contact orders@acmehomegoods.com or call (908) 555-0142.

Thank you,
Dave Kowalski
""", end="Thank you,", change="none", intent="other", po=["P10125"],
     dates=[("2026-11-30", "other", "Monday, November 30")]),

dict(v="d9b_ostrava", c=1, lang="en", at="2026-12-02 10:20", subj="Energy surcharge from 2027",
     text="""
Dear Sandra,

Due to the new gas contract for 2027 our energy costs will rise by 22%. We are forced to introduce an energy surcharge on all glass products, effective for all deliveries from week 2/2027:

Product group         Surcharge
Stemware              +6%
Tumblers              +4%
Vases and bowls       +7%

Deliveries in December, including your order P10126, are not affected.

Best regards
Lenka Dvořáková
Ostrava Glassworks s.r.o.
""", end="Best regards", change="price", intent="price_change", po=["P10126"],
     dates=[("2027-01-11", "price_effective", "week 2/2027"), ("2026-12-01", "other", "in December")],
     prices=[dict(product="Stemware", pct=6, eff="2027-01-11", quote="Stemware              +6%"),
             dict(product="Tumblers", pct=4, eff="2027-01-11", quote="Tumblers              +4%"),
             dict(product="Vases and bowls", pct=7, eff="2027-01-11", quote="Vases and bowls       +7%")]),

dict(v="d9b_moradabad", c=1, lang="en", at="2026-12-04 12:10", subj="RE: Cancellation of PO P10127",
     text="""
Dear Tim Sir,

Noted with thanks. As per your mail we have cancelled PO P10127 (brass candle holders, 1,000 pcs) in our system. Since the raw material was already procured, we request you to kindly consider placing the same quantity with the spring order, may be in February.

Regards,
Neha Gupta

-----Original Message-----
From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: 03 December 2026 16:44
To: Neha Gupta
Subject: Cancellation of PO P10127
Dear Neha, because of the delay of more than 5 weeks (promised 15/11, now 28/12) we have to cancel P10127. Please confirm. Tim
""", end="Regards,", change="cancel", intent="cancellation", po=["P10127"],
     dates=[("2027-02-01", "other", "in February")],
     lines=[("brass candle holders", 1000, "pcs", "brass candle holders, 1,000 pcs", "P10127")]),

dict(v="highland", c=1, lang="en", at="2026-12-01 12:30", subj="P10128 - sold out of the large jars",
     text="""
Hi Tim,

Bad luck I'm afraid - the large Winter Spice jars (HC-WS-L) on P10128 are sold out, we can only send 180 of the 300. The rest of the order is complete and goes out with the pallet on Thursday.

Would you like the missing 120 as the medium size instead (HC-WS-M, same scent), or shall we just short-ship them? We could get the medium ones on the same pallet.

Cheers,
Ewan
""", end="Cheers,", change="quantity", intent="partial_shipment", sec=["question"], po=["P10128"],
     dates=[("2026-12-03", "ship_date", "on Thursday")],
     lines=[("HC-WS-L", 180, None, "we can only send 180 of the 300", "P10128"),
            ("HC-WS-L", 120, None, "the missing 120", "P10128")]),

dict(v="keystone", c=1, lang="en", at="2026-10-19 06:00", subj="Keystone OrderTrack: scheduled maintenance",
     text="""
*** KEYSTONE ORDERTRACK SYSTEM NOTICE ***

OrderTrack and our EDI gateway will be unavailable for scheduled maintenance on Saturday, 10/24/2026 from 10:00 PM to Sunday 10/25/2026 6:00 AM Eastern. EDI 855 and 856 documents sent during the window will be queued and delivered after the maintenance.

Open orders (incl. P10129) are not affected.

Keystone OrderTrack - this notification was generated automatically.
""", end="Keystone OrderTrack - this notification", change="none", intent="other", po=["P10129"],
     dates=[("2026-10-24", "other", "Saturday, 10/24/2026"), ("2026-10-25", "other", "Sunday 10/25/2026")]),

dict(v="maule", lang="en", at="2026-11-09 12:40", subj="News about your order P10130 of wicker baskets",
     text="""
Dear Laura,

I hope you are doing great and that the weather in Hamburg is not too cold already, here in Talca we start the summer with a lot of heat! I wanted to write you first to thank you for the nice comments about the samples of the new picnic baskets, the artisans in Chimbarongo were very happy to hear it.

Now about the order P10130. As you know the wicker is cut and dried in the winter months, and this year the winter rains were very strong so the drying took almost three weeks more than normal. We have now 70% of the baskets ready, but to complete the 2,000 pieces we need until the end of November. So the container will leave San Antonio on December 4 and not on November 20 as we said, and the arrival to Hamburg will be around January 11 instead of December 28.

I am very sorry, I know the baskets were for the Christmas season but honestly it was impossible. If you prefer we can send the 70% ready now by air, but the cost is very high, we can talk about it.

A big hug,
Catalina
""", end="A big hug,", change="date", intent="delay", po=["P10130"],
     commit=("2027-01-11", "the arrival to Hamburg will be around January 11"),
     dates=[("2026-11-30", "other", "the end of November"), ("2026-12-04", "ship_date", "December 4"),
            ("2026-11-20", "other", "November 20"), ("2027-01-11", "new_eta", "January 11"),
            ("2026-12-28", "other", "December 28")]),

dict(v="binhduong", c=1, lang="en", at="2026-10-15 16:45", subj="Shipping advice P10131 - 2x40HC",
     text="""
Dear Tim,

Please be informed that the goods of P10131 (outdoor acacia sets, full order 2x40HC) were loaded on vessel CMA CGM TAGE V.0FL5RW1MA departure Cat Lai on 14 Oct.

Container no.: CMAU-D9B-4410283, CMAU-D9B-4410299
B/L no.: CMDUSGN-D9B-77120
ETA Hamburg: 20 Nov 2026

Original B/L will be released after receive balance payment.

Best regards,
Vo Quang Minh
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P10131"],
     commit=("2026-11-20", "ETA Hamburg: 20 Nov 2026"),
     dates=[("2026-10-14", "ship_date", "on 14 Oct"), ("2026-11-20", "confirmed_delivery", "20 Nov 2026")],
     track=[("CMA CGM", "CMAU-D9B-4410283", "CMAU-D9B-4410283"),
            ("CMA CGM", "CMAU-D9B-4410299", "CMAU-D9B-4410299"),
            ("CMA CGM", "CMDUSGN-D9B-77120", "B/L no.: CMDUSGN-D9B-77120")]),

dict(v="taipei", lang="en", at="2026-10-27 15:05", subj="P10132 - can we ship earlier?",
     text="""
Dear Mike,

Our production of the USB-C cables for P10132 will finish earlier than plan. Can we ship on 4 Nov instead of 18 Nov? Then arrival Hamburg will be around 9 Dec. Please confirm if your warehouse can receive earlier, otherwise we keep the original schedule.

Best regards,
Vivian Lin
""", end="Best regards,", change="none", intent="question", po=["P10132"],
     dates=[("2026-11-04", "other", "4 Nov"), ("2026-11-18", "ship_date", "18 Nov"),
            ("2026-12-09", "other", "9 Dec")]),

dict(v="d9b_cluj", c=1, lang="en", at="2026-11-16 10:40", subj="New warehouse address from 1 December",
     text="""
Dear partners,

Please note that from 1 December 2026 our dispatch warehouse moves to a new location:

Cluj Woodcraft S.R.L. - Depozit 2
Str. Fabricii de Zahar nr. 24, 400632 Cluj-Napoca, Romania

Pick-ups by your forwarders after 30 November must be booked to the new address. Our office address, bank details and VAT number do not change.

Kind regards,
Ioana Muresan
Logistics, Cluj Woodcraft S.R.L.
""", end="Kind regards,", change="none", intent="other",
     dates=[("2026-12-01", "other", "1 December 2026"), ("2026-11-30", "other", "30 November")]),

dict(v="oakridge", lang="en", at="2026-12-08 09:40", subj="RE: P10133",
     text="""
Dining benches on P10133 won't make 12/11, looking at the week of 12/21 now. Sorry.
-Travis

-----Original Message-----
From: Laura Jensen
Sent: Monday, December 7, 2026 4:02 PM
Subject: P10133
Travis - still good for 12/11 delivery?
""", end="-Travis", change="date", intent="delay", po=["P10133"],
     commit=("2026-12-21", "looking at the week of 12/21 now"),
     dates=[("2026-12-11", "other", ("12/11", 0)), ("2026-12-21", "new_eta", "the week of 12/21")]),

dict(v="d9b_buckeye", lang="en", at="2026-11-30 13:15", subj="2027 Pricing - Buckeye Cookware",
     text="""
Hi Mike,

Heads up that our 2027 price sheet is attached. Most items are flat, but the enameled cast iron went up with the new steel tariffs. New pricing applies to POs dated 1/4/2027 and after; anything on order now, like P10134, ships at current pricing.

Thanks,
Kyle Brennan
Buckeye Cookware Co.

--- attachment: BCC_2027_Price_Sheet.pdf ---
BUCKEYE COOKWARE CO. - 2027 WHOLESALE PRICE SHEET (effective January 4, 2027)
Item          Description                   2026 FOB    2027 FOB    Change
BCC-ECI-55    Enameled dutch oven 5.5 qt    $38.50      $42.00      +9.1%
BCC-ECI-35    Enameled braiser 3.5 qt       $31.00      $33.80      +9.0%
BCC-SK-12     Cast iron skillet 12 in       $14.25      $14.25      0.0%
BCC-SK-10     Cast iron skillet 10 in       $11.75      $11.75      0.0%
""", end="Thanks,", change="price", intent="price_change", po=["P10134"],
     dates=[("2027-01-04", "price_effective", "1/4/2027"), ("2027-01-04", "price_effective", "January 4, 2027")],
     prices=[dict(product="BCC-ECI-55", old=38.50, new=42.00, pct=9.1, cur="USD", eff="2027-01-04",
                  quote="BCC-ECI-55    Enameled dutch oven 5.5 qt    $38.50      $42.00      +9.1%"),
             dict(product="BCC-ECI-35", old=31.00, new=33.80, pct=9.0, cur="USD", eff="2027-01-04",
                  quote="BCC-ECI-35    Enameled braiser 3.5 qt       $31.00      $33.80      +9.0%")]),

dict(v="lima", c=1, lang="en", at="2026-10-06 10:20", subj="P10135 - consignee details for the air shipment",
     text="""
Dear Sandra,

The alpaca scarves for P10135 are ready and we want to book the air freight with LATAM Cargo for next Tuesday. For the AWB we need please:
- the EORI number of Hartmann Home & Garden
- the consignee contact person and phone in the warehouse
- if the delivery is to Hamburg airport (you collect) or door delivery

Without these data the airline do not accept the booking. Thank you!

Kind regards,
Diego Salazar
Textiles Alpaca del Perú S.A.C.
""", end="Kind regards,", change="none", intent="question", po=["P10135"],
     dates=[("2026-10-13", "ship_date", "next Tuesday")]),

dict(v="lahore", lang="en", at="2026-09-21 14:50", subj="P10136 - regret to cancel",
     text="""
Dear Laura,

With deep regret we have to inform that we are unable to execute your order P10136 for linen napkins. Our linen yarn supplier from Belgium has stopped the supply to Pakistan due to the new EU due diligence requirements and we could not find an alternate source meeting your OEKO-TEX standard. Hence we are cancelling the order in full.

We had planned the dispatch for 15 October, so there is still time for you to source elsewhere, we hope.

Our other running order with you, P10137 (cotton bath mats), is not affected and will ship on 2 October as confirmed, ETA Hamburg 6 November.

Best Regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="Best Regards,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10136", "P10137"], commit=("2026-11-06", "ETA Hamburg 6 November"),
     dates=[("2026-10-15", "other", "15 October"), ("2026-10-02", "ship_date", "2 October"),
            ("2026-11-06", "confirmed_delivery", "6 November")],
     changes=[("P10136", "cancellation", None, None, "we are cancelling the order in full"),
              ("P10137", "confirmation", "2026-11-06", None, "will ship on 2 October as confirmed, ETA Hamburg 6 November")]),

dict(v="jaipur", lang="en", at="2026-09-03 13:20", subj="Renewed GOTS certificate",
     text="""
Respected Sir/Madam,

Please find attached our renewed GOTS scope certificate no. CU-D9B-1184527, valid from 01.09.2026 till 31.08.2027. Kindly update your supplier records.

Transaction certificates for shipments against P10138 will be issued under the new scope.

Warm Regards,
Anil Mehta
""", end="Warm Regards,", change="none", intent="other", po=["P10138"], vref=["CU-D9B-1184527"],
     dates=[("2026-09-01", "other", "01.09.2026"), ("2027-08-31", "other", "31.08.2027")]),

dict(v="poznanwood", lang="en", at="2026-10-21 08:55", subj="RE: P10139 delivery week",
     text="""
Hello Mike,

Unfortunately we have problem with drying chamber, the pine shelves for P10139 can not be delivered in week 44 as confirmed. New delivery week is 47, truck will load Friday 13.11 and unload by you Monday 16.11.

Sorry for trouble,
Tomasz

> Tomasz, can you confirm P10139 for week 44, delivery Tuesday 27.10? Mike
""", end="Sorry for trouble,", change="date", intent="delay", po=["P10139"],
     commit=("2026-11-16", "unload by you Monday 16.11"),
     dates=[("2026-10-26", "other", ("week 44", 0)), ("2026-11-16", "new_eta", "week is 47"),
            ("2026-11-13", "ship_date", "Friday 13.11"), ("2026-11-16", "new_eta", "Monday 16.11")]),

dict(v="izmir", c=1, lang="en", at="2026-11-05 11:25", subj="P10140 pallet height",
     text="""
Dear Tim Bey,

For your order P10140 (glass storage jars) our logistic ask: maximum pallet height in your warehouse is 1,80 m or 2,40 m? With 2,40 m we can load 26 pallets instead of 33 and the freight is cheaper for you. Loading is planned 19.11, so please inform us until Monday 16.11 latest.

Thank you
Zeynep Kaya
""", end="Thank you", change="none", intent="question", po=["P10140"],
     dates=[("2026-11-19", "ship_date", "19.11"), ("2026-11-16", "other", "Monday 16.11")]),

dict(v="hanoi", lang="en", at="2026-12-14 09:30", subj="Good news - new price for bamboo items 2027",
     text="""
Dear Sandra,

We have good news for you! Because bamboo raw material is cheaper this year and we improve production efficiency, from 1st January 2027 we reduce price of below items:

- HB-TRAY-L bamboo tray large: USD 3.90 now USD 3.60
- HB-BOWL-25 bamboo salad bowl 25cm: USD 4.75 now USD 4.40

Order P10141 which we ship on 18 December is invoiced with the old price as agreed.

Merry Christmas and Happy New Year!
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC
""", end="Merry Christmas and Happy New Year!", change="price", intent="price_change", po=["P10141"],
     dates=[("2027-01-01", "price_effective", "1st January 2027"), ("2026-12-18", "ship_date", "18 December")],
     prices=[dict(product="HB-TRAY-L", old=3.90, new=3.60, cur="USD", eff="2027-01-01",
                  quote="HB-TRAY-L bamboo tray large: USD 3.90 now USD 3.60"),
             dict(product="HB-BOWL-25", old=4.75, new=4.40, cur="USD", eff="2027-01-01",
                  quote="HB-BOWL-25 bamboo salad bowl 25cm: USD 4.75 now USD 4.40")]),

dict(v="delhicotton", lang="en", at="2026-11-19 10:10", subj="URGENT: Change of bank account - P10118 payment",
     frm="Rajesh Kumar <accounts@delhicottonmills-in.com>",
     text="""
Dear Customer,

Kindly note that due to ongoing audit of our previous bank, all payments from today must be made to our new account only:

Beneficiary: Delhi Cotton Mills Pvt Ltd
Bank: Emirates Commerce Bank, Dubai
IBAN: AE07 0331 2345 6789 0123 456
SWIFT: ECBLAEAD

Please remit the balance for P10118 latest by 24 November to avoid demurrage at port. Reply to this email only, do not call old numbers as they are not working.

Regards
Accounts Department
""", end="Regards", change="none", intent="other", po=["P10118"],
     dates=[("2026-11-19", "other", "today"), ("2026-11-24", "other", "24 November")]),

dict(v="seoul", c=1, lang="en", at="2026-09-09 14:10", subj="Order acknowledgement P10142",
     text="""
Dear Laura,

Thank you for your order P10142. We confirm all 3 items and the delivery date 2026.11.02 DDP Hamburg as requested. Please find our acknowledgement below.

Best regards,
Min-seo Kim

--- attachment: SK_OA_D9B_0909.pdf ---
ORDER ACKNOWLEDGEMENT  SK-OA-D9B-0909
PO: P10142    Date: 2026.09.09
Item         Qty     Unit price   Delivery
SK-KN-20     500     USD 8.10     2026.11.02
SK-KN-15     500     USD 6.90     2026.11.02
SK-BLK-5     300     USD 12.40    2026.11.02
""", end="Best regards,", change="none", intent="confirmation", po=["P10142"],
     vref=["SK-OA-D9B-0909"], commit=("2026-11-02", "the delivery date 2026.11.02 DDP Hamburg"),
     dates=[("2026-11-02", "confirmed_delivery", ("2026.11.02", 0)), ("2026-09-09", "other", "2026.09.09"),
            ("2026-11-02", "confirmed_delivery", ("2026.11.02", 1)),
            ("2026-11-02", "confirmed_delivery", ("2026.11.02", 2)),
            ("2026-11-02", "confirmed_delivery", ("2026.11.02", 3))],
     lines=[("SK-KN-20", 500, None, "SK-KN-20     500     USD 8.10     2026.11.02", "P10142"),
            ("SK-KN-15", 500, None, "SK-KN-15     500     USD 6.90     2026.11.02", "P10142"),
            ("SK-BLK-5", 300, None, "SK-BLK-5     300     USD 12.40    2026.11.02", "P10142")]),

dict(v="cebu", lang="en", at="2026-11-20 17:30", subj="P10143 update - typhoon",
     text="""
Hi Laura,

Good day! Just to update you, the typhoon passed Cebu last Sunday and we had no electricity for 4 days. Thankfully the workshop is ok and the artisans are safe.

For P10143 we will ship the rattan pendant lamps (CR-PL-40, 250 pcs) this coming Tuesday as planned, but the floor baskets (CR-FB-60, 180 pcs) need 2 more weeks, they will follow on a second shipment ETD Cebu December 8. ETA Hamburg for the first shipment is between Dec 28 and Jan 2, the second around January 18.

Please advise if you want us to hold the first lot and ship everything together instead, to save on freight.

Salamat po,
Maricel
""", end="Salamat po,", change="quantity", intent="partial_shipment", sec=["question"], po=["P10143"],
     commit=("2027-01-18", "the second around January 18"),
     dates=[("2026-11-15", "other", "last Sunday"), ("2026-11-24", "ship_date", "this coming Tuesday"),
            ("2026-12-08", "ship_date", "December 8"), ("2026-12-28", "range_start", "Dec 28"),
            ("2027-01-02", "range_end", "Jan 2"), ("2027-01-18", "new_eta", "January 18")],
     lines=[("CR-PL-40", 250, "pcs", "CR-PL-40, 250 pcs", "P10143"),
            ("CR-FB-60", 180, "pcs", "CR-FB-60, 180 pcs", "P10143")]),

dict(v="d9b_dales", lang="en", at="2026-12-03 14:00", subj="Come and see us at Spring Fair",
     text="""
Hi Laura,

Just a quick note to say we'll be exhibiting at Spring Fair at the NEC Birmingham from Sunday 31 January to Wednesday 3 February 2027 - stand 4F41 in Hall 4. We'll be launching the new "Coastal Walks" tea towel range and I'd love to show you the designs before anyone else sees them.

Would you like me to pencil in a meeting? Monday the 1st in the afternoon would be ideal if you're travelling over.

Best wishes,
Gemma
""", end="Best wishes,", change="none", intent="other",
     dates=[("2027-01-31", "other", "Sunday 31 January"), ("2027-02-03", "other", "Wednesday 3 February 2027"),
            ("2027-02-01", "other", "Monday the 1st")]),

dict(v="delhicotton", lang="en", at="2026-09-18 12:30", subj="FW: Inspection booking P10144",
     text="""
Dear Laura Ma'am,

Please see below mail from our QC team. Kindly confirm if your third party inspection (QIMA) will come on 05/10 or 06/10, we need to keep the goods packed and the warehouse free.

Thanks & Regards,
Rajesh Kumar

---------- Forwarded message ---------
From: QC Dept <qc@delhicottonmills.in>
Date: Fri, Sep 18, 2026 at 10:02 AM
Subject: Inspection booking P10144
To: Rajesh Kumar <rajesh.kumar@delhicottonmills.in>

Rajesh ji, P10144 packing will be finished by 03/10. Final inspection possible 05/10 or 06/10. Ex-factory planned 09/10. Please ask buyer.
""", end="Thanks & Regards,", change="none", intent="question", po=["P10144"],
     dates=[("2026-10-05", "other", ("05/10", 0)), ("2026-10-06", "other", ("06/10", 0)),
            ("2026-10-03", "other", "03/10"), ("2026-10-05", "other", ("05/10", 1)),
            ("2026-10-06", "other", ("06/10", 1)), ("2026-10-09", "ship_date", "09/10")]),

dict(v="tlaquepaque", c=1, lang="en", at="2026-10-12 11:45", subj="Re: P10145",
     text="""
Sandra, ok, P10145 is cancelled, no problem, we did not start yet. Saludos, Jorge
""", end="Saludos, Jorge", change="cancel", intent="cancellation", po=["P10145"]),

dict(v="alexandria", lang="en", at="2026-10-30 13:10", subj="P10146 bathrobes - delay",
     text="""
Dear Mike,

Please accept our apologies, the Egyptian cotton yarn for P10146 is held in customs in Alexandria port since 14 days for new import registration. We cannot give you a new date until the yarn is released, for now please consider the order on hold. Original delivery was 27 November.

We will inform you as soon as we have news, maybe next week.

Best regards,
Ahmed Mansour
""", end="Best regards,", change="date", intent="delay", po=["P10146"],
     dates=[("2026-11-27", "other", "27 November"), ("2026-11-02", "other", "next week")]),

dict(v="anatolia", c=1, lang="en", at="2026-12-09 10:50", subj="P10147 price - cotton increase",
     text="""
Dear Sandra Hanım,

For P10147 (bath towels 600 gsm) we have big problem with price. Since your order date in October the cotton price in Turkey went up 14% and the lira also moved. We must ask +6% on the order value, from EUR 5,10 to EUR 5,41 per piece for the bath towel and EUR 2,30 to EUR 2,44 for the hand towel. Production starts next Monday, can you please confirm until Friday that you accept?

Kind regards
Elif Demir
""", end="Kind regards", change="price", intent="price_change", sec=["question"], po=["P10147"],
     dates=[("2026-10-01", "other", "in October"), ("2026-12-14", "other", "next Monday"),
            ("2026-12-11", "other", "until Friday")],
     prices=[dict(product="bath towel", old=5.10, new=5.41, pct=6, cur="EUR",
                  quote="from EUR 5,10 to EUR 5,41 per piece for the bath towel"),
             dict(product="hand towel", old=2.30, new=2.44, pct=6, cur="EUR",
                  quote="EUR 2,30 to EUR 2,44 for the hand towel")]),

dict(v="cascadia", lang="en", at="2026-11-10 08:05", subj="Re: PO P10148 attached",
     text="""
got it thx, will get you an ack by end of week

Brent

On Mon, Nov 9, 2026 at 4:48 PM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Brent, new PO P10148 for the cedar planter boxes attached. Need them in our DC by 12/18. Mike
""", end=("Brent", 0), change="none", intent="other", po=["P10148"],
     dates=[("2026-11-13", "other", "end of week")]),

dict(v="voltix", lang="en", at="2026-11-26 19:10", subj="FW: Booking confirmation - P10149",
     text="""
Dear Mike,

Good news, P10149 (LED desk lamps, 1,600 pcs full quantity) is loaded today. Below is the confirmation from our forwarder.

Best regards
Cindy

---------- Forwarded message ---------
From: Jason Wu <jason.wu@sinotrans-sz.example.cn>
Date: Thu, Nov 26, 2026 at 5:40 PM
Subject: SO confirm P10149

Dear Cindy,
Cargo of P10149 loaded on COSCO SHIPPING ARIES 061W, ETD Yantian 27 Nov, ETA Hamburg 3 Jan.
B/L No. COSU-D9B-6631827   Container: CSNU-D9B-7712409
Thanks,
Jason
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P10149"],
     commit=("2027-01-03", "ETA Hamburg 3 Jan"),
     dates=[("2026-11-26", "ship_date", "today"), ("2026-11-27", "ship_date", "ETD Yantian 27 Nov"),
            ("2027-01-03", "confirmed_delivery", "ETA Hamburg 3 Jan")],
     lines=[("LED desk lamps", 1600, "pcs", "1,600 pcs full quantity", "P10149")],
     track=[("COSCO", "COSU-D9B-6631827", "B/L No. COSU-D9B-6631827"),
            ("COSCO", "CSNU-D9B-7712409", "Container: CSNU-D9B-7712409")]),

dict(v="d9b_cluj", lang="en", at="2026-12-07 15:30", subj="P10150 and P10151 - delivery together?",
     text="""
Hello Tim,

Both your orders P10150 (beech cutting boards) and P10151 (wooden spoons set) are planned for production in week 51. Is it ok for you if we deliver them together in one truck in week 2, or do you need the spoons earlier, before Christmas? For one truck the transport cost is lower, we can share the saving.

Please tell me your preference.

Thanks and regards,
Andrei
""", end="Thanks and regards,", change="none", intent="question", po=["P10150", "P10151"],
     dates=[("2026-12-14", "other", "week 51"), ("2027-01-11", "other", "week 2")]),

dict(v="acme", lang="en", at="2026-10-16 15:20", subj="P10152 shipped - partial",
     text="""
Hi Mike,

P10152 shipped today via Estes, PRO 2291-D9B-5530. We're short on the 12" cast pans, 150 of 400 went, the other 250 are on backorder with an ETA to our warehouse of 11/6 and will ship to you the following week.

Item         Ord   Shipped   B/O
AHG-CP-12    400   150       250
AHG-CP-10    300   300       0
AHG-LID-12   400   400       0

Transit is typically 4-6 business days.

Thanks!
Jessica
""", end="Thanks!", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10152"], commit=("2026-10-26", "Transit is typically 4-6 business days"),
     dates=[("2026-10-16", "ship_date", "today"), ("2026-11-06", "other", "11/6"),
            ("2026-11-09", "ship_date", "the following week"),
            ("2026-10-22", "range_start", "4-6 business days"), ("2026-10-26", "range_end", "4-6 business days")],
     lines=[("AHG-CP-12", 150, None, "150 of 400 went", "P10152"),
            ("AHG-CP-12", 250, None, "the other 250", "P10152"),
            ("AHG-CP-12", 150, None, "AHG-CP-12    400   150       250", "P10152"),
            ("AHG-CP-10", 300, None, "AHG-CP-10    300   300       0", "P10152"),
            ("AHG-LID-12", 400, None, "AHG-LID-12   400   400       0", "P10152")],
     track=[("Estes", "2291-D9B-5530", "PRO 2291-D9B-5530")]),

dict(v="brightline", c=1, lang="en", at="2026-10-09 10:15", subj="RE: P10153 revised date",
     text="""
Hi Sandra,

Thanks for agreeing to the later date on the phone yesterday. To confirm in writing: P10153 (LED string lights, 2,000 sets) will now be delivered on Wednesday 21 October rather than the 14th. Everything else unchanged.

Kind regards,
Tom Okafor
Brightline Electronics Ltd
""", end="Kind regards,", change="date", intent="confirmation", po=["P10153"],
     commit=("2026-10-21", "will now be delivered on Wednesday 21 October"),
     dates=[("2026-10-08", "other", "yesterday"), ("2026-10-21", "confirmed_delivery", "Wednesday 21 October"),
            ("2026-10-14", "other", "the 14th")]),

dict(v="pennine", c=1, lang="en", at="2026-12-11 09:30", subj="Christmas closure 2026",
     text="""
Dear Customer,

Pennine Stoneware will close for Christmas at 1pm on Wednesday 23 December and reopen on Monday 4 January. The last collection for EU exports before the break is Friday 18 December.

Orders received after 14 December will be scheduled from the week commencing 11 January.

Wishing you a peaceful Christmas,
The Order Office
Pennine Stoneware Ltd
""", end="Wishing you a peaceful Christmas,", change="none", intent="other",
     dates=[("2026-12-23", "other", "Wednesday 23 December"), ("2027-01-04", "other", "Monday 4 January"),
            ("2026-12-18", "other", "Friday 18 December"), ("2026-12-14", "other", "after 14 December"),
            ("2027-01-11", "other", "the week commencing 11 January")]),

dict(v="d9b_jakarta", lang="en", at="2026-11-12 14:40", subj="P10154 revised shipment schedule",
     text="""
Dear Tim,

Good afternoon. I want to inform about your order P10154 teak garden benches. The SVLK timber legality document for the new teak log batch is delayed by the forestry office, so we start the production 3 weeks later than plan. Please see the revised schedule in attachment. Sorry for the inconvenience.

Best regards,
Budi Santoso
PT Nusantara Teak Furniture

--- attachment: Revised_Schedule_P10154.pdf ---
REVISED SHIPMENT SCHEDULE - PO P10154
                     Original       Revised
Production finish    20 Nov 2026    11 Dec 2026
Stuffing container   24 Nov 2026    15 Dec 2026
ETD Semarang         27 Nov 2026    18 Dec 2026
ETA Hamburg          04 Jan 2027    25 Jan 2027
""", end="Best regards,", change="date", intent="delay", po=["P10154"],
     commit=("2027-01-25", "25 Jan 2027"),
     dates=[("2026-11-20", "other", "20 Nov 2026"), ("2026-12-11", "other", "11 Dec 2026"),
            ("2026-11-24", "other", "24 Nov 2026"), ("2026-12-15", "other", "15 Dec 2026"),
            ("2026-11-27", "other", "27 Nov 2026"), ("2026-12-18", "ship_date", "18 Dec 2026"),
            ("2027-01-04", "other", "04 Jan 2027"), ("2027-01-25", "new_eta", "25 Jan 2027")]),

dict(v="evergreen", c=1, lang="en", at="2026-09-16 11:35", subj="P10155 - UPC / case pack question",
     text="""
Hi Laura,

Before we release P10155 (paper napkins, 3-ply) to production on 9/28 I need two things from you:

1. Your PO shows case pack 12 but the item setup sheet says 24. Which one?
2. Do you want your own EAN-13 on the polybag or our UPC is ok for Germany?

The mill slot on 9/28 is firm, if I don't have answers by 9/23 we'll push to the next slot, which is 10/19.

Thanks!
Tanya
""", end="Thanks!", change="none", intent="question", po=["P10155"],
     dates=[("2026-09-28", "other", ("9/28", 0)), ("2026-09-28", "other", ("9/28", 1)),
            ("2026-09-23", "other", "9/23"), ("2026-10-19", "other", "10/19")]),

dict(v="izmir", lang="en", at="2026-09-24 17:50", subj="P10156",
     text="""
Tim Bey, P10156 loaded today 20 pallets of 22, 2 pallets jars lids missing we send next week with other truck. CMR TR-D9B-CMR-33871.

Burak
""", end="Burak", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10156"],
     dates=[("2026-09-24", "ship_date", "today"), ("2026-09-28", "ship_date", "next week")],
     lines=[("pallets", 20, "pallets", "20 pallets of 22", "P10156"),
            ("jar lids", 2, "pallets", "2 pallets jars lids missing", "P10156")],
     track=[(None, "TR-D9B-CMR-33871", "CMR TR-D9B-CMR-33871")]),

dict(v="keystone", c=2, lang="en", at="2026-11-02 14:05", subj="Discontinued items - P10157 / P10158",
     text="""
Laura,

Our supplier discontinued the ceramic-coated skillets (KH-CC-10 and KH-CC-12), so we have to cancel those lines on both of your open orders:

P10157 - KH-CC-10 (96 pcs) and KH-CC-12 (96 pcs) cancelled; remaining lines ship 11/16 as acknowledged.
P10158 - KH-CC-12 (144 pcs) cancelled; this PO had only that item, so the whole PO is cancelled.

Sorry about this. We can quote the stainless version (KH-SS-12) if you want a replacement.

Greg Palmer
Keystone Housewares Distribution
""", end="Greg Palmer", change="cancel", intent="cancellation", po=["P10157", "P10158"],
     dates=[("2026-11-16", "ship_date", "11/16")],
     lines=[("KH-CC-10", 96, "pcs", "KH-CC-10 (96 pcs)", "P10157"),
            ("KH-CC-12", 96, "pcs", "KH-CC-12 (96 pcs)", "P10157"),
            ("KH-CC-12", 144, "pcs", "KH-CC-12 (144 pcs)", "P10158")],
     changes=[("P10157", "cancellation", None, None, "P10157 - KH-CC-10 (96 pcs) and KH-CC-12 (96 pcs) cancelled"),
              ("P10158", "cancellation", None, None, "the whole PO is cancelled")]),

dict(v="poznanwood", c=1, lang="en", at="2026-10-01 09:00", subj="New ERP system - new document numbers",
     text="""
Dear Customer,

From 12 October 2026 Poznań Drewno starts working with a new ERP system. From this day our order confirmations, delivery notes and invoices will have new numbers (format PDW/2026/xxxxx) and a new layout. Please also send your purchase orders to the new address orders@poznandrewno.pl from this date.

On 9 October (Friday) we will not be able to process orders because of the data migration.

Thank you for your understanding.

Biuro Obsługi Klienta
Poznań Drewno Sp. z o.o.
""", end="Thank you for your understanding.", change="none", intent="other",
     dates=[("2026-10-12", "other", "12 October 2026"), ("2026-10-09", "other", "9 October (Friday)")]),

dict(v="ningbo", c=1, lang="en", at="2026-10-23 11:20", subj="Update of your 3 orders - power cut",
     text="""
Dear Sandra,

Because of the power rationing in Zhejiang the factory can only work 4 days per week since last Monday. Please see below updated schedule for your orders:

PO        Item                   Old ETD    New ETD    New ETA Hamburg
P10159    silicone spatula set   30 Oct     13 Nov     18 Dec
P10160    glass food container   6 Nov      6 Nov      11 Dec
P10161    bamboo dish rack       13 Nov     27 Nov     4 Jan

P10160 is not affected. Sorry for this and we try our best.

Best regards
Leo Wang
""", end="Best regards", change="date", intent="delay", po=["P10159", "P10160", "P10161"],
     commit=("2026-12-18", "18 Dec"),
     dates=[("2026-10-19", "other", "last Monday"), ("2026-10-30", "other", "30 Oct"),
            ("2026-11-13", "ship_date", ("13 Nov", 0)), ("2026-12-18", "new_eta", "18 Dec"),
            ("2026-11-06", "other", ("6 Nov", 0)), ("2026-11-06", "ship_date", ("6 Nov", 1)),
            ("2026-12-11", "confirmed_delivery", "11 Dec"), ("2026-11-13", "other", ("13 Nov", 1)),
            ("2026-11-27", "ship_date", "27 Nov"), ("2027-01-04", "new_eta", "4 Jan")],
     changes=[("P10159", "delay", "2026-12-18", None, "P10159    silicone spatula set   30 Oct     13 Nov     18 Dec"),
              ("P10160", "confirmation", "2026-12-11", None, "P10160    glass food container   6 Nov      6 Nov      11 Dec"),
              ("P10161", "delay", "2027-01-04", None, "P10161    bamboo dish rack       13 Nov     27 Nov     4 Jan")]),

dict(v="d9b_dales", lang="en", at="2026-09-10 12:20", subj="Price update from 1st October",
     text="""
Hi Laura,

Apologies for the short notice but our cotton drill supplier has put their prices up again, so from 1st October our tea towel prices go up as follows:

Printed tea towel 50x70 - was £1.85, now £1.98
Printed apron adult - was £4.60, now £4.95

Your P10162 which we confirmed last week stays at the old prices. Anything ordered from the 1st onwards will be at the new ones.

Best wishes,
Gemma
""", end="Best wishes,", change="price", intent="price_change", po=["P10162"],
     dates=[("2026-10-01", "price_effective", "1st October"), ("2026-08-31", "other", "last week"),
            ("2026-10-01", "price_effective", "the 1st")],
     prices=[dict(product="Printed tea towel 50x70", old=1.85, new=1.98, cur="GBP", eff="2026-10-01",
                  quote="Printed tea towel 50x70 - was £1.85, now £1.98"),
             dict(product="Printed apron adult", old=4.60, new=4.95, cur="GBP", eff="2026-10-01",
                  quote="Printed apron adult - was £4.60, now £4.95")]),

dict(v="pomaire_cl", lang="en", at="2026-09-11 10:05", subj="Re: PO P10163",
     text="""
Hi Mike, confirmed P10163, 600 clay pots, ready for pick-up on 2 October, arrival Hamburg by sea between 6 and 10 November.

Francisca
""", end="Francisca", change="none", intent="confirmation", po=["P10163"],
     commit=("2026-11-10", "arrival Hamburg by sea between 6 and 10 November"),
     dates=[("2026-10-02", "ship_date", "2 October"), ("2026-11-06", "range_start", "between 6"),
            ("2026-11-10", "range_end", "10 November")],
     lines=[("clay pots", 600, None, "600 clay pots", "P10163")]),
dict(v="d9b_colombo", c=1, lang="en", at="2026-11-26 12:20", subj="P10164",
     text="""
Dear Mike, P10164 will be ready only on 14/12, not 30/11, sorry. Vessel 18/12, ETA Hamburg around 20/01.

Nilmini
""", end="Nilmini", change="date", intent="delay", po=["P10164"],
     commit=("2027-01-20", "ETA Hamburg around 20/01"),
     dates=[("2026-12-14", "other", "14/12"), ("2026-11-30", "other", "30/11"),
            ("2026-12-18", "ship_date", "Vessel 18/12"), ("2027-01-20", "new_eta", "around 20/01")]),

dict(v="d9b_ostrava", lang="en", at="2026-12-18 16:05", subj="Automatic reply: P10126 delivery slot",
     text="""
I am on holiday until 4 January 2027 and will reply to your message after my return. In urgent cases please contact my colleague Lenka Dvořáková (lenka.dvorakova@ostravaglass.cz).

Jsem na dovolené do 4. 1. 2027.

Petr Novák
Ostrava Glassworks s.r.o.
""", end="Petr Novák", change="none", intent="other", po=["P10126"],
     dates=[("2027-01-04", "other", "until 4 January 2027"), ("2027-01-04", "other", "4. 1. 2027")]),
]
