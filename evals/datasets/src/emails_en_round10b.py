# ruff: noqa: E501 - email text is data
"""English, round 10 (branch d10b): Asian and Turkish exporters writing in English. Chinese,
Indian, Vietnamese, Bangladeshi, Pakistani, Turkish, Thai and Indonesian vendors send proforma
invoices and order confirmation sheets as attachment text, ETD/ETA pairs with port names (the
ETD is a ship date; a port ETA is a delivery date only when no warehouse date follows),
vessel, container and B/L numbers, Chinese New Year, Tet and Diwali closures (`other`), price
increases citing raw materials and exchange rates with effective dates, cancellations for MOQ
or discontinued items, and questions about artwork, labels, payment and deposits. Non-native
writing, typos, quoted history and forwarded forwarder mail with other dates and orders,
conflicting dates (old date quoted, new date stated), relative dates, calendar weeks, ranges,
several orders in one email. Hand-written and hand-labelled by reading each email; no
extractor or classifier produced or checked the labels."""

EMAILS = [
dict(v="voltix", lang="en", at="2026-09-08 10:20", subj="PI for your PO P10600 - pls check and arrange deposit",
     text="""
Dear Laura,

Thanks for your PO P10600. Attached is our proforma invoice, all items and price same as your PO. Production can start as soon as we receive the 30% deposit, goods will be ready for ETD Yantian 20 Oct and ETA Hamburg 25 Nov.

Please kindly check and sign back the PI.

Best regards
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.

--- attachment: VX-PI-D10B-0908.pdf ---
PROFORMA INVOICE
PI No.: VX-PI-D10B-0908          Date: 2026-09-08
Buyer: Hartmann Home & Garden GmbH, Hamburg      Buyer PO: P10600
Item      Description                  Qty        Unit price   Amount
VX-PB10   Power bank 10000mAh, white   3,000 pcs  USD 6.85     USD 20,550.00
VX-CB2    USB-C cable 1m, braided      5,000 pcs  USD 0.92     USD 4,600.00
Total: USD 25,150.00   Terms: FOB Shenzhen
Payment: 30% T/T deposit, 70% against copy of B/L
ETD Yantian: 2026-10-20   ETA Hamburg: 2026-11-25
""", end="Best regards\nCindy", change="none", intent="confirmation", po=["P10600"], vref=["VX-PI-D10B-0908"],
     commit=("2026-11-25", "ETA Hamburg 25 Nov"),
     dates=[("2026-10-20", "ship_date", "ETD Yantian 20 Oct"), ("2026-11-25", "confirmed_delivery", "ETA Hamburg 25 Nov"),
            ("2026-09-08", "other", "Date: 2026-09-08"), ("2026-10-20", "ship_date", "ETD Yantian: 2026-10-20"),
            ("2026-11-25", "confirmed_delivery", "ETA Hamburg: 2026-11-25")],
     lines=[("VX-PB10", 3000, "pcs", "VX-PB10   Power bank 10000mAh, white   3,000 pcs  USD 6.85     USD 20,550.00", "P10600"),
            ("VX-CB2", 5000, "pcs", "VX-CB2    USB-C cable 1m, braided      5,000 pcs  USD 0.92     USD 4,600.00", "P10600")]),

dict(v="ningbo", lang="en", at="2026-12-08 09:40", subj="Holiday notice: Chinese New Year 2027 / your open orders",
     text="""
Dear Valued Customer,

Please kindly be informed our factory will close for Chinese New Year from 28 Jan to 20 Feb 2027, office will reopen 22 Feb. Any new order received after 15 Dec can only be produced after the holiday.

For your open order P10601 (silicone baking mats) no problem, loading is planned on 18 Jan and ETA Hamburg 24 Feb as per our order confirmation.

Wish you a Merry Christmas and a prosperous New Year!

Best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Wish you a Merry Christmas", change="none", intent="other", sec=["confirmation"], po=["P10601"],
     commit=("2027-02-24", "ETA Hamburg 24 Feb as per our order confirmation"),
     dates=[("2027-01-28", "other", "28 Jan"), ("2027-02-20", "other", "20 Feb 2027"),
            ("2027-02-22", "other", "22 Feb"), ("2026-12-15", "other", "15 Dec"),
            ("2027-01-18", "ship_date", "18 Jan"), ("2027-02-24", "confirmed_delivery", "24 Feb")]),

dict(v="delhicotton", lang="en", at="2026-10-29 15:05", subj="Diwali holidays and revised schedule P10602",
     text="""
Dear Sandra Ma'am,

Greetings from Delhi Cotton Mills!

Kindly note our stitching unit will remain closed from 7.11.2026 to 12.11.2026 on account of Diwali festival. As most of our karigars are going to their native places, the cushion covers of P10602 (2,400 pcs) will be ex-factory on 27.11.2026 instead of 16.11.2026 as mentioned in our OC. Accordingly ETA Hamburg shall be 4.1.2027 instead of 21.12.2026.

We regret the inconvenience and request your kind understanding.

Wishing you and your family a very Happy Diwali in advance.

Thanks & Regards,
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd
""", end="Wishing you and your family", change="date", intent="delay", po=["P10602"],
     commit=("2027-01-04", "ETA Hamburg shall be 4.1.2027"),
     dates=[("2026-11-07", "other", ("7.11.2026", 0)), ("2026-11-12", "other", "12.11.2026"),
            ("2026-11-27", "ship_date", "27.11.2026"), ("2026-11-16", "other", "16.11.2026"),
            ("2027-01-04", "new_eta", "4.1.2027"), ("2026-12-21", "other", "21.12.2026")],
     lines=[("cushion covers", 2400, "pcs", "2,400 pcs", "P10602")]),

dict(v="hanoi", lang="en", at="2026-09-15 14:10", subj="Order confirmation sheet P10603 + hang tag artwork",
     text="""
Dear Mr. Mike,

Thank you for the new order. We send you the order confirmation sheet for P10603 in attachment, quantity and price is OK as your PO.

One thing: please send us the artwork for hang tag and the EAN barcode before 25/9, because printing house need 2 weeks and we want to pack the goods in time for the ETD.

Thank you and best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC

--- attachment: HBC-OCS-D10B-115.pdf ---
ORDER CONFIRMATION SHEET   No. HBC-OCS-D10B-115   Date: 15/09/2026
Customer: Hartmann Home & Garden    PO No.: P10603
No. Item code    Description                    Qty         FOB Hai Phong
1   HBC-TR-35    Bamboo serving tray 35cm       1,200 pcs   USD 3.40
2   HBC-BK-S3    Bamboo basket, set of 3        800 sets    USD 7.95
ETD Hai Phong: 30/10/2026     ETA Hamburg: 08/12/2026
Payment: 30% T/T deposit, 70% against copy B/L
""", end="Thank you and best regards,", change="none", intent="confirmation", sec=["question"], po=["P10603"], vref=["HBC-OCS-D10B-115"],
     commit=("2026-12-08", "ETA Hamburg: 08/12/2026"),
     dates=[("2026-09-25", "other", "25/9"), ("2026-09-15", "other", "15/09/2026"),
            ("2026-10-30", "ship_date", "30/10/2026"), ("2026-12-08", "confirmed_delivery", "08/12/2026")],
     lines=[("HBC-TR-35", 1200, "pcs", "1   HBC-TR-35    Bamboo serving tray 35cm       1,200 pcs   USD 3.40", "P10603"),
            ("HBC-BK-S3", 800, "sets", "2   HBC-BK-S3    Bamboo basket, set of 3        800 sets    USD 7.95", "P10603")]),

dict(v="anatolia", lang="en", at="2026-11-20 11:30", subj="Price revision 2027 - towels and bathrobes",
     text="""
Dear Mike Bey,

As you know, cotton yarn prices in Turkey have increased very much this season and also the new minimum wage will be announced for January. In addition EUR/TRY is not following the inflation, so our costs in EUR are increasing every month.

Unfortunately we have to revise our prices by 7% for all towels and bathrobes, effective 1 January 2027. Your open order P10604 will be invoiced with old prices if it is loaded until 31 December, which is our plan.

We thank you for your understanding and we hope to continue our good cooperation.

Best regards,
Mehmet Yilmaz
Anatolia Textiles A.S.
""", end="We thank you for your understanding", change="price", intent="price_change", po=["P10604"],
     dates=[("2027-01-01", "other", "for January"), ("2027-01-01", "price_effective", "1 January 2027"),
            ("2026-12-31", "other", "31 December")],
     prices=[dict(pct=7, eff="2027-01-01", quote="revise our prices by 7% for all towels and bathrobes")]),

dict(v="jaipur", lang="en", at="2026-11-04 12:45", subj="P10605 - design JBP-112 discontinued",
     text="""
Dear Laura ji,

We are very sorry to inform that the indigo dabu fabric for design JBP-112 (bedspread, 150 pcs on P10605) is discontinued by the mill and the printer can not make same shade again in this season. So we have to cancel this line from the order, the advance for this item we will adjust in the invoice.

The other design JBP-118 (300 pcs) is under packing and will be dispatched from Jaipur on 5 Dec as planned.

Sorry for the trouble.

Regards
Anil Mehta
Jaipur Block Prints Pvt Ltd
""", end="Sorry for the trouble.", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10605"],
     dates=[("2026-12-05", "ship_date", "5 Dec")],
     lines=[("JBP-112", 150, "pcs", "bedspread, 150 pcs on P10605", "P10605"),
            ("JBP-118", 300, "pcs", "JBP-118 (300 pcs)", "P10605")]),

dict(v="battrang", lang="en", at="2026-10-23 16:30", subj="Shipping advice P10606 - glazed bowls",
     text="""
Dear Tim,

We are pleased to advise the goods of P10606 was loaded and the vessel departed today.

Vessel: YM WELLNESS V.052W
ETD Hai Phong: 23/10
ETA Hamburg: 29/11
Container: TGHU 882104-D10B (40'HC)
B/L no.: BTC-HPH-D10B-5521
Qty: 2,400 pcs glazed bowls, 100 cartons (complete order)

Commercial invoice BTC-CI-D10B-233 and packing list are in attachment, original B/L we send by DHL after you pay the balance.

Best regards,
Pham Thu Ha
Bat Trang Ceramics Export Co., Ltd.
""", end="Best regards,\nPham", change="shipping", intent="shipping_notice", po=["P10606"], vref=["BTC-CI-D10B-233"],
     commit=("2026-11-29", "ETA Hamburg: 29/11"),
     dates=[("2026-10-23", "ship_date", "departed today"), ("2026-10-23", "ship_date", "23/10"),
            ("2026-11-29", "confirmed_delivery", "29/11")],
     lines=[("glazed bowls", 2400, "pcs", "Qty: 2,400 pcs glazed bowls", "P10606")],
     track=[(None, "TGHU 882104-D10B", "Container: TGHU 882104-D10B"), (None, "BTC-HPH-D10B-5521", "B/L no.: BTC-HPH-D10B-5521")]),

dict(v="siam", c=1, lang="en", at="2026-10-20 13:00", subj="P10607 care label and barcode artwork?",
     text="""
Dear Khun Sandra,

For your order P10607 (teak salad bowls) we still not received the final artwork of the care label and the barcode stickers. Our printer need around 10 days, and production of the bowls start on 2 November.

Could you please send the artwork files (AI or PDF) latest by Friday? Also please confirm if the barcode sticker go on the bowl bottom or on the polybag.

Thank you krub,
Pimchanok Srisuk
Siam Rattan & Teak Co., Ltd.
""", end="Thank you krub,", change="none", intent="question", po=["P10607"],
     dates=[("2026-11-02", "other", "2 November"), ("2026-10-23", "other", "Friday")]),

dict(v="lahore", lang="en", at="2026-11-16 10:00", subj="P10608 part shipment - shipping docs",
     text="""
Dear Laura,

Assalam o Alaikum. We have shipped 1,800 pcs out of 2,500 bath towels of P10608 on vessel MAERSK KOLKATA, ETD Karachi 14 Nov, ETA Hamburg 18 Dec. B/L no. MAEU-KHI-D10B-66120.

The balance 700 pcs are in final packing, due to dyeing re-process for shade variation. These will go on next vessel ETD 28 Nov, ETA Hamburg 2 Jan.

Shipping documents are in attachment.

Best regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10608"],
     commit=("2027-01-02", "ETA Hamburg 2 Jan"),
     dates=[("2026-11-14", "ship_date", "ETD Karachi 14 Nov"), ("2026-12-18", "confirmed_delivery", "ETA Hamburg 18 Dec"),
            ("2026-11-28", "ship_date", "ETD 28 Nov"), ("2027-01-02", "new_eta", "ETA Hamburg 2 Jan")],
     lines=[("bath towels", 1800, "pcs", "shipped 1,800 pcs out of 2,500 bath towels", "P10608"),
            ("bath towels", 700, "pcs", "The balance 700 pcs", "P10608")],
     track=[(None, "MAEU-KHI-D10B-66120", "B/L no. MAEU-KHI-D10B-66120")]),

dict(v="binhduong", lang="en", at="2026-11-03 09:15", subj="RE: P10609 outdoor tables - schedule",
     text="""
Dear Tim,

Sorry for late reply. Because of the long rain season in Binh Duong the kiln drying of acacia wood is slower than normal, the outdoor tables of P10609 can not be finish for ETD wk 46 as planned. New ETD Cat Lai is wk 48 and ETA Hamburg wk 2/2027.

We try our best to make it earlier and will inform you.

Best regards,
Le Thi Huong
Binh Duong Furniture Export JSC

-----Original Message-----
From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: Monday, October 26, 2026 4:10 PM
Subject: P10609 outdoor tables - schedule
Dear Huong, please confirm P10609 is still on track for ETD 10/11 and delivery to Hamburg 15/12. Also what about P10698? Thanks, Tim
""", end="Best regards,\nLe Thi", change="date", intent="delay", po=["P10609", "P10698"],
     commit=("2027-01-11", "ETA Hamburg wk 2/2027"),
     dates=[("2026-11-09", "other", "ETD wk 46"), ("2026-11-23", "ship_date", "wk 48"),
            ("2027-01-11", "new_eta", "wk 2/2027")]),

dict(v="d9b_dhaka", lang="en", at="2026-09-28 17:20", subj="P10610 LC / deposit status - urgent",
     text="""
Dear Sandra Apa,

Hope you are well. Regarding your order P10610 (cotton kitchen aprons, 4,000 pcs), we are still waiting for the LC opening or the 30% advance payment. Our production line is booked for your order from wk 42, if we do not receive the LC copy or payment by 10 October we must give the line to other buyer and the shipment date will move.

Kindly advise which one you will do, LC at sight or T/T advance? Our bank details are unchanged as in PI.

Best regards
Md. Rafiqul Islam
Dhaka Knit Apparels Ltd
""", end="Best regards\nMd.", change="none", intent="question", po=["P10610"],
     dates=[("2026-10-12", "other", "wk 42"), ("2026-10-10", "other", "10 October")]),

dict(v="d9b_bursa", lang="en", at="2026-11-18 14:50", subj="Re: P10611 delivery + price check",
     text="""
Dear Laura Hanim,

Please see my answers below.

> 1) Can you confirm delivery of P10611 to our Hamburg warehouse on 2 December?
Yes, the truck will load in Bursa on 25 November and deliver to you 2 December, CMR no. BRS-CMR-D10B-4471.

> 2) Is the price still EUR 14.20 per duvet cover set?
Yes, no change.

> 3) Can you add 50 sets?
Sorry, fabric is finished, we can only deliver the ordered 600 sets.

Best regards,
Serkan Ozturk
Bursa Ipek Tekstil San. ve Tic. A.S.
""", end="Best regards,\nSerkan", change="none", intent="confirmation", po=["P10611"],
     commit=("2026-12-02", "deliver to you 2 December"),
     dates=[("2026-11-25", "ship_date", "25 November"), ("2026-12-02", "confirmed_delivery", ("2 December", 1))],
     lines=[("duvet cover sets", 600, "sets", "the ordered 600 sets", "P10611")],
     track=[(None, "BRS-CMR-D10B-4471", "CMR no. BRS-CMR-D10B-4471")]),

dict(v="d9b_moradabad", lang="en", at="2026-11-12 16:35", subj="Revised PI - brass prices - P10612",
     text="""
Dear Tim Sir,

With reference to P10612, we regret to inform that brass scrap rates in Moradabad have gone up by about 18% since July and the rupee is also weak against USD which increases our imported lacquer and packing cost. We have absorbed it till now but for shipments from 1st December we are forced to revise the prices as per the revised PI attached.

Kindly sign and return the revised PI so we can proceed.

Warm regards,
Vikram Agarwal
Moradabad Brassware Exports

--- attachment: MBE-PI-D10B-0412-R1.pdf ---
REVISED PROFORMA INVOICE  MBE-PI-D10B-0412-R1   Dated: 12.11.2026
Buyer order: P10612
Item       Description               Qty     Old price   New price
MBE-LN-22  Brass lantern 22 cm       400     USD 11.40   USD 12.60
MBE-PL-30  Brass planter 30 cm       250     USD 16.80   USD 18.50
Prices valid for shipments from 01.12.2026. Terms FOB Delhi, 50% advance.
""", end="Warm regards,", change="price", intent="price_change", sec=["question"], po=["P10612"], vref=["MBE-PI-D10B-0412-R1"],
     dates=[("2026-12-01", "price_effective", "1st December"), ("2026-11-12", "other", "12.11.2026"),
            ("2026-12-01", "price_effective", "01.12.2026")],
     prices=[dict(product="MBE-LN-22", old=11.40, new=12.60, cur="USD", eff="2026-12-01",
                  quote="MBE-LN-22  Brass lantern 22 cm       400     USD 11.40   USD 12.60"),
             dict(product="MBE-PL-30", old=16.80, new=18.50, cur="USD", eff="2026-12-01",
                  quote="MBE-PL-30  Brass planter 30 cm       250     USD 16.80   USD 18.50")]),

dict(v="d9b_jakarta", lang="en", at="2026-10-14 10:40", subj="P10613 teak bench - MOQ",
     text="""
Dear Ibu Laura,

Thank you for order P10613. We are sorry but for the new grey-wash finish the minimum is 100 pcs per design, because the finishing line must be cleaned and set up only for this colour. Your order is 40 pcs, so we can not produce it and we must cancel P10613.

If you can increase to 100 pcs we can still make it, with ETD Semarang mid-January. Please let us know.

Terima kasih,
Budi Santoso
PT Nusantara Teak Furniture
""", end="Terima kasih,", change="cancel", intent="cancellation", sec=["question"], po=["P10613"],
     dates=[("2027-01-15", "other", "mid-January")],
     lines=[("teak bench", 40, "pcs", "Your order is 40 pcs", "P10613")]),

dict(v="d10b_xiamen", lang="en", at="2026-10-30 15:25", subj="FW: rolled over - P10614 stoneware",
     text="""
Dear Laura,

Bad news, please see below from our forwarder. The vessel was overbooked and our container of P10614 was rolled over to the next sailing. New ETD Xiamen is 9 Nov (was 2 Nov), so ETA Hamburg now 15 Dec.

Sorry for this, it is out of our control.

Best regards
Lily Huang
Xiamen Stoneware & Gifts Co., Ltd.

---------- Forwarded message ---------
From: Ops Team <ops@seaways-xm.cn>
Date: Fri, Oct 30, 2026 at 9:12 AM
Subject: roll over notice SO XMN-D10B-88213
To: Lily Huang
Dear Lily, pls note due to overbooking your 1x40HC under SO XMN-D10B-88213 is rolled to next sailing CMA CGM TAGE 0FE5RW1MA: ETD 09-Nov, ETA HAM 15-Dec. Sorry for the inconvenience.
""", end="Sorry for this, it is out of our control.", change="date", intent="delay", po=["P10614"], vref=["XMN-D10B-88213"],
     commit=("2026-12-15", "ETA Hamburg now 15 Dec"),
     dates=[("2026-11-09", "ship_date", "9 Nov"), ("2026-11-02", "other", "2 Nov"),
            ("2026-12-15", "new_eta", "15 Dec"), ("2026-11-09", "ship_date", "ETD 09-Nov"),
            ("2026-12-15", "new_eta", "ETA HAM 15-Dec")]),

dict(v="d10b_tirupur", lang="en", at="2026-09-10 18:05", subj="Order Acknowledgement - P10615 jersey sheets",
     text="""
Dear Laura Madam,

Thank you very much for the order. Please find our order acknowledgement below. Kindly note the knitting capacity is full till first week of October, hence we are able to confirm ex-factory only on 24/10/2026 against your requested 10/10/2026. ETA Hamburg will be 28/11/2026.

Hope this is acceptable.

With warm regards,
Karthik Subramanian
Tirupur Knit Home Textiles Pvt Ltd

--- attachment: TKH-OA-D10B-0391.pdf ---
ORDER ACKNOWLEDGEMENT  TKH-OA-D10B-0391
Buyer PO: P10615            Date: 10/09/2026
Article     Description                 Qty     Req. ex-fty   Conf. ex-fty   ETA Hamburg
TKH-JS-90   Jersey fitted sheet 90x200  1500    10/10/2026    24/10/2026     28/11/2026
TKH-JS-140  Jersey fitted sheet 140x200 900     10/10/2026    24/10/2026     28/11/2026
Terms: FOB Chennai, 30 days from B/L date
""", end="Hope this is acceptable.", change="date", intent="delay", po=["P10615"], vref=["TKH-OA-D10B-0391"],
     commit=("2026-11-28", "ETA Hamburg will be 28/11/2026"),
     dates=[("2026-10-01", "other", "first week of October"), ("2026-10-24", "ship_date", ("24/10/2026", 0)), ("2026-10-10", "other", ("10/10/2026", 0)),
            ("2026-11-28", "new_eta", ("28/11/2026", 0)), ("2026-09-10", "other", "10/09/2026"),
            ("2026-10-10", "other", ("10/10/2026", 1)), ("2026-10-24", "ship_date", ("24/10/2026", 1)),
            ("2026-11-28", "new_eta", ("28/11/2026", 1)), ("2026-10-10", "other", ("10/10/2026", 2)),
            ("2026-10-24", "ship_date", ("24/10/2026", 2)), ("2026-11-28", "new_eta", ("28/11/2026", 2))],
     lines=[("TKH-JS-90", 1500, None, "TKH-JS-90   Jersey fitted sheet 90x200  1500    10/10/2026    24/10/2026     28/11/2026", "P10615"),
            ("TKH-JS-140", 900, None, "TKH-JS-140  Jersey fitted sheet 140x200 900     10/10/2026    24/10/2026     28/11/2026", "P10615")]),

dict(v="d10b_sialkot", lang="en", at="2026-10-31 11:45", subj="Shipment advise P10616 garden tools",
     text="""
Dear Mike,

Good news, your complete order P10616 (stainless garden tool sets 1,200 sets + hand trowels 2,000 pcs) is shipped on vessel CMA CGM ARGENTINA which sailed from Port Qasim yesterday.

ETA Hamburg port: 6 Dec
Your forwarder Kuehne+Nagel told us delivery to your warehouse approx. 10 Dec after customs.
Container: CMAU 7712045-D10B
B/L: SGT-KHI-D10B-9043

Invoice SGT-INV-D10B-118 attached.

Kind regards,
Usman Javed
Sialkot Garden Tools (Pvt) Ltd
""", end="Kind regards,", change="shipping", intent="shipping_notice", po=["P10616"], vref=["SGT-INV-D10B-118"],
     commit=("2026-12-10", "delivery to your warehouse approx. 10 Dec"),
     dates=[("2026-10-30", "ship_date", "sailed from Port Qasim yesterday"), ("2026-12-06", "other", "6 Dec"),
            ("2026-12-10", "confirmed_delivery", "10 Dec")],
     lines=[("garden tool sets", 1200, "sets", "1,200 sets", "P10616"),
            ("hand trowels", 2000, "pcs", "hand trowels 2,000 pcs", "P10616")],
     track=[(None, "CMAU 7712045-D10B", "Container: CMAU 7712045-D10B"), (None, "SGT-KHI-D10B-9043", "B/L: SGT-KHI-D10B-9043")]),

dict(v="d10b_chittagong", lang="en", at="2026-10-08 15:30", subj="P10617 jute bags - law label language?",
     text="""
Dear Sandra,

Greetings from Chattogram. For your order P10617 (jute shopping bags) we are ready to start cutting on Monday. Before that we need to know two things:

1. The sewn-in law label, only German text or German/English/French? Your old order had only German but your new label guide say three languages.
2. The bank charges outside Bangladesh, who will bear? In PI we wrote buyer account but your accounts team deducted last time.

Please reply soonest so we do not lose time.

Thanks and regards,
Abdul Karim
Karnaphuli Jute Products Ltd
""", end="Thanks and regards,", change="none", intent="question", po=["P10617"],
     dates=[("2026-10-12", "other", "Monday")]),

dict(v="d10b_bangkok", lang="en", at="2026-11-25 09:10", subj="RE: P10618 status?",
     text="""
Hi Tim, confirm P10618 ready 4/12, ETD Laem Chabang 7/12, ETA Hamburg 12/1. No change. Nattapong

On Tue, Nov 24, 2026 at 3:02 PM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Hi Nattapong, any news on P10618? We need the mugs in Hamburg by mid January. Tim
""", end="Nattapong\n\nOn", change="none", intent="confirmation", po=["P10618"],
     commit=("2027-01-12", "ETA Hamburg 12/1"),
     dates=[("2026-12-04", "other", "4/12"), ("2026-12-07", "ship_date", "7/12"),
            ("2027-01-12", "confirmed_delivery", "12/1")]),

dict(v="d10b_surabaya", lang="en", at="2026-10-06 13:20", subj="Price adjustment rattan baskets from 1 November",
     text="""
Dear Mrs. Laura,

We would like to inform that the price of rattan core and seagrass from Kalimantan and Sulawesi is going up around 20% since August because of the new export quota and the bad weather in harvest time. Also the freight from the islands to Surabaya is higher.

So we have to adjust our price +5% for all new orders placed from 1 November 2026. For example JTK-BSK-40 round basket will be USD 9.66 instead of USD 9.20. Your running order P10619 is not affected and stays at the old price.

Thank you for your understanding, we hope to keep supporting your business.

Best regards,
Agus Wibowo
PT Jawa Timur Kriya Indah
""", end="Thank you for your understanding", change="price", intent="price_change", po=["P10619"],
     dates=[("2026-08-01", "other", "since August"), ("2026-11-01", "price_effective", "1 November 2026")],
     prices=[dict(pct=5, eff="2026-11-01", quote="adjust our price +5% for all new orders"),
             dict(product="JTK-BSK-40", old=9.20, new=9.66, cur="USD", eff="2026-11-01",
                  quote="JTK-BSK-40 round basket will be USD 9.66 instead of USD 9.20")]),

dict(v="d10b_denizli", lang="en", at="2026-11-24 10:35", subj="P10620 / P10621 towels - status",
     text="""
Dear Mike Bey,

Status of your two orders:

P10620 (bath towels, 1,600 pcs): ready, truck loads on 2 December, delivery to Hamburg 8 December as confirmed.

P10621 (hammam towels, 900 pcs): we had a problem in yarn dyeing, the colour "sage" was not matching the approved lab dip and we must dye again. Sorry, this order can not come with the same truck. New delivery is week 51, we expect Thursday 17 December at your warehouse.

Best regards,
Hakan Celik
Denizli Havlu Tekstil A.S.
""", end="Best regards,\nHakan", change="date", intent="delay", sec=["confirmation"], po=["P10620", "P10621"],
     commit=("2026-12-08", "delivery to Hamburg 8 December as confirmed"),
     dates=[("2026-12-02", "ship_date", "2 December"), ("2026-12-08", "confirmed_delivery", "8 December"),
            ("2026-12-14", "new_eta", "week 51"), ("2026-12-17", "new_eta", "Thursday 17 December")],
     lines=[("bath towels", 1600, "pcs", "bath towels, 1,600 pcs", "P10620")],
     changes=[("P10620", "confirmation", "2026-12-08", None, "delivery to Hamburg 8 December as confirmed"),
              ("P10621", "delay", "2026-12-17", None, "we expect Thursday 17 December at your warehouse")]),

dict(v="d10b_saigon", lang="en", at="2026-12-03 14:00", subj="Tet holiday 2027 - production plan",
     text="""
Dear valued customers,

Tet (Lunar New Year) is coming soon. Please note our factory will be off from 1/2/2027 to 16/2/2027, the office team will check email from 15/2/2027.

The last container loading before Tet is 22/01/2027. For orders to ship in March and April please send us your PO before 15/12 so we can buy the wood in time.

Dear Laura, for your P10622 (acacia folding chairs) no worry, loading 12/01 as confirmed.

Happy holidays and thank you for the year 2026!
Tran Thi Thu
Saigon Outdoor Furniture Co., Ltd.
""", end="Happy holidays and thank you", change="none", intent="other", sec=["confirmation"], po=["P10622"],
     dates=[("2027-02-01", "other", "1/2/2027"), ("2027-02-16", "other", "16/2/2027"),
            ("2027-02-15", "other", "15/2/2027"), ("2027-01-22", "other", "22/01/2027"),
            ("2027-03-01", "other", "in March"), ("2027-04-01", "other", "April"),
            ("2026-12-15", "other", "15/12"), ("2027-01-12", "ship_date", "12/01")]),

dict(v="voltix", c=1, lang="en", at="2026-09-22 11:05", subj="P10623 VX-SP3 speaker EOL - cancel and proposal",
     text="""
Dear Tim,

Sorry to inform you the Bluetooth chip of VX-SP3 is EOL from the chip maker, we can not buy anymore and the last stock is used. So we have to cancel the 1,000 pcs VX-SP3 on P10623.

We can offer the new model VX-SP5 (same size, BT 5.3, better battery) at USD 9.40, sample can send this week. Do you want to change to VX-SP5 or just cancel the line? The other item VX-CB2 on this PO is not affected.

Best regards
Kevin Liu
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards\nKevin", change="cancel", intent="cancellation", sec=["question"], po=["P10623"],
     dates=[("2026-09-21", "other", "this week")],
     lines=[("VX-SP3", 1000, "pcs", "cancel the 1,000 pcs VX-SP3", "P10623")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-06 17:15", subj="P10624 kettles - first lot shipped",
     text="""
Hi Laura,

Because of the power rationing in our area last month the factory lost around 10 production days. So for P10624 we shipped first 2,000 pcs of the 3,000 electric kettles: ETD Ningbo 5 Nov, ETA Hamburg 10 Dec, B/L NBHW-D10B-33019.

The remaining 1,000 pcs will be ready and ship ETD 19 Nov, the ETA I will send you after booking.

Best regards
Leo Wang
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards\nLeo", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10624"],
     commit=("2026-12-10", "ETA Hamburg 10 Dec"),
     dates=[("2026-10-01", "other", "last month"), ("2026-11-05", "ship_date", "ETD Ningbo 5 Nov"), ("2026-12-10", "confirmed_delivery", "ETA Hamburg 10 Dec"),
            ("2026-11-19", "ship_date", "ETD 19 Nov")],
     lines=[("electric kettles", 2000, "pcs", "first 2,000 pcs of the 3,000 electric kettles", "P10624"),
            ("electric kettles", 1000, "pcs", "The remaining 1,000 pcs", "P10624")],
     track=[(None, "NBHW-D10B-33019", "B/L NBHW-D10B-33019")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-23 12:10", subj="P10625 - original B/L or telex release?",
     text="""
Dear Laura Ma'am,

Kindly note the balance payment of USD 8,420 for P10625 is due on 30.11.2026 as per PI DCM-PI-D10B-771.

Further, kindly advise whether you prefer telex release of the B/L or original B/L by courier. If telex release, the line charges USD 45 extra which we will add in the final invoice. Please confirm at the earliest.

Thanks & Regards,
Priya Sharma
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards,", change="none", intent="question", po=["P10625"], vref=["DCM-PI-D10B-771"],
     dates=[("2026-11-30", "other", "30.11.2026")]),

dict(v="d9a_mumbai", c=1, lang="en", at="2026-10-22 19:40", subj="SHIPMENT ADVICE - P10626",
     text="""
SHIPMENT ADVICE - Mumbai Brass & Steelware Pvt Ltd
Buyer: Hartmann Home & Garden       Buyer PO: P10626
Our invoice: MBS-EXP-D10B-2219      Shipped qty: 600 of 600 (complete)
Description: Steel tiffin boxes 3-tier
Port of loading: Nhava Sheva         ETD: 21.10.2026
Port of discharge: Hamburg           ETA: 26.11.2026
Vessel: ONE HAMMERSMITH V.041W
Container: ONEU 5530912-D10B       B/L: ONEYBOM-D10B-77451
This is a system generated advice from our Dispatch Cell. For queries write to Suresh Iyer.
""", end="This is a system generated advice", change="shipping", intent="shipping_notice", po=["P10626"], vref=["MBS-EXP-D10B-2219"],
     commit=("2026-11-26", "ETA: 26.11.2026"),
     dates=[("2026-10-21", "ship_date", "21.10.2026"), ("2026-11-26", "confirmed_delivery", "26.11.2026")],
     lines=[("steel tiffin boxes", 600, None, "Shipped qty: 600 of 600", "P10626")],
     track=[(None, "ONEU 5530912-D10B", "Container: ONEU 5530912-D10B"), (None, "ONEYBOM-D10B-77451", "B/L: ONEYBOM-D10B-77451")]),

dict(v="izmir", lang="en", at="2026-11-19 16:25", subj="Re: P10627 tumblers - loading date?",
     text="""
Dear Sandra Hanim,

I am sorry, I must give you a bad news. Our glass furnace had a maintenance stop which took longer than expected, so your tumblers of P10627 will be ready 11.12 and not 27.11 as we wrote in our confirmation. Truck departs Izmir 14.12 and delivery to Hamburg 18.12.

I hope this is still ok for your Christmas season.

Best regards,
Burak Aydin
Izmir Cam Ev Gerecleri A.S.

On 18.11.2026 10:02, Sandra Klein wrote:
> Dear Burak, can you tell me the loading date for P10627? Your confirmation said loading 27.11 and delivery 03.12. Also P10697 glass jugs, is it loading together?
""", end="Best regards,\nBurak", change="date", intent="delay", po=["P10627", "P10697"],
     commit=("2026-12-18", "delivery to Hamburg 18.12"),
     dates=[("2026-12-11", "other", "11.12"), ("2026-11-27", "other", ("27.11", 0)),
            ("2026-12-14", "ship_date", "14.12"), ("2026-12-18", "new_eta", "18.12")]),

dict(v="siam", lang="en", at="2026-10-15 10:05", subj="FSC certificate renewed",
     text="""
Dear Sir/Madam,

Please find attached our renewed FSC Chain of Custody certificate no. SCS-COC-D10B-0817, valid from 15 October 2026 until 14 October 2027. Please update your supplier records. Nothing changes for the running orders.

Best regards,
Somchai Wongsakul
Siam Rattan & Teak Co., Ltd.
""", end="Best regards,\nSomchai", change="none", intent="other",
     dates=[("2026-10-15", "other", "15 October 2026"), ("2027-10-14", "other", "14 October 2027")]),

dict(v="battrang", c=1, lang="en", at="2026-12-02 10:50", subj="RE: cancel P10629",
     text="""
Dear Mike,

Noted with thanks. As your request we cancel the order P10629 (glazed planters, 500 pcs) completely, production was not started yet so no problem. The deposit USD 2,100 we will refund to your account by 15/12.

Hope we have chance to work with you for next season.

Best regards,
Do Van Hung
Bat Trang Ceramics Export Co., Ltd.

-----Original Message-----
From: Mike Osei <mike.osei@hhg-retail.com>
Sent: Tuesday, December 1, 2026 5:40 PM
Subject: cancel P10629
Hi Hung, our customer dropped the planter program, please cancel P10629 and refund the deposit. Sorry. Mike
""", end="Hope we have chance", change="cancel", intent="cancellation", po=["P10629"],
     dates=[("2026-12-15", "other", "15/12")],
     lines=[("glazed planters", 500, "pcs", "glazed planters, 500 pcs", "P10629")]),

dict(v="d10b_xiamen", c=1, lang="en", at="2026-11-02 11:35", subj="Order confirmation P10630 stoneware mugs",
     text="""
Dear Sandra,

We confirm your order P10630 for 4,800 pcs stoneware mugs (4 colours) as per our PI XSG-PI-D10B-2611, deposit received, thank you.

Schedule: production finish 10 Dec, ETD Xiamen 14 Dec, ETA Hamburg 17 Jan, delivered to your DC between 18 and 22 January. So the goods arrive before Chinese New Year rush is over in Europe.

Best regards
Jason Xu
Xiamen Stoneware & Gifts Co., Ltd.
""", end="Best regards\nJason", change="none", intent="confirmation", po=["P10630"], vref=["XSG-PI-D10B-2611"],
     commit=("2027-01-22", "delivered to your DC between 18 and 22 January"),
     dates=[("2026-12-10", "other", "10 Dec"), ("2026-12-14", "ship_date", "14 Dec"),
            ("2027-01-17", "other", "17 Jan"), ("2027-01-18", "range_start", "between 18"),
            ("2027-01-22", "range_end", "22 January")],
     lines=[("stoneware mugs", 4800, "pcs", "4,800 pcs stoneware mugs", "P10630")]),

dict(v="hanoi", c=1, lang="en", at="2026-10-14 16:40", subj="P10631 - typhoon, ETD change",
     text="""
Dear Tim,

Last weekend the typhoon hit the north of Vietnam, our factory had no electricity 3 days and some workers could not come. So the bamboo lamps of P10631 can not make ETD 16/10 as plan. New ETD Hai Phong is next Friday (23/10), and ETA Hamburg will be 30/11 instead of 23/11.

We are very sorry for this, it is natural disaster.

Best regards,
Tran Minh
Hanoi Bamboo Crafts JSC
""", end="Best regards,\nTran", change="date", intent="delay", po=["P10631"],
     commit=("2026-11-30", "ETA Hamburg will be 30/11"),
     dates=[("2026-10-16", "other", "16/10"), ("2026-10-23", "ship_date", "next Friday (23/10)"),
            ("2026-11-30", "new_eta", "30/11"), ("2026-11-23", "other", "23/11")]),

dict(v="anatolia", c=1, lang="en", at="2026-12-01 17:30", subj="P10632 bathrobes loaded - XL follows",
     text="""
Dear Laura Hanim,

Today we loaded 1,100 of the 1,400 bathrobes of P10632 (sizes S-L), truck plate 35 AT 712, CMR no. ANT-CMR-D10B-5120. Delivery to your Hamburg warehouse on Monday morning.

The 300 pcs in size XL will follow in KW 51, the embroidery machine had a breakdown. I will send the CMR when they leave.

Best regards,
Elif Demir
Anatolia Textiles A.S.
""", end="Best regards,\nElif", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10632"],
     commit=("2026-12-14", "will follow in KW 51"),
     dates=[("2026-12-01", "ship_date", "Today we loaded"), ("2026-12-07", "confirmed_delivery", "Monday morning"),
            ("2026-12-14", "new_eta", "KW 51")],
     lines=[("bathrobes", 1100, "pcs", "loaded 1,100 of the 1,400 bathrobes", "P10632"),
            ("bathrobes XL", 300, "pcs", "The 300 pcs in size XL", "P10632")],
     track=[(None, "ANT-CMR-D10B-5120", "CMR no. ANT-CMR-D10B-5120")]),

dict(v="jaipur", c=1, lang="en", at="2026-10-23 14:15", subj="Strike-off approval needed - P10633",
     text="""
Dear Sandra ji,

Namaste. Please find attached the photos of the strike-offs for the new block print "Marigold" on P10633 (table cloths and napkins). The colour of the yellow is little darker than the pantone because of natural dyes, kindly check.

Please approve or comment by Tuesday, so that we can start printing from 2 Nov. Else the delivery will shift, which we do not want.

Regards,
Sunita Rathore
Jaipur Block Prints Pvt Ltd
""", end="Regards,\nSunita", change="none", intent="question", po=["P10633"],
     dates=[("2026-10-27", "other", "Tuesday"), ("2026-11-02", "other", "2 Nov")]),

dict(v="lahore", c=1, lang="en", at="2026-12-09 12:30", subj="Revised FOB prices from 15 January 2027",
     text="""
Dear Mike,

As you may know, the Pakistani rupee has appreciated around 6% against USD since September and at the same time cotton yarn 20s and 30s counts went up by PKR 40 per pound. Our margins on USD prices are now negative for some articles.

Therefore we are revising our FOB prices by 4.5% for all shipments after 15 January 2027. The current order P10634 will be shipped at old prices as it is loading in December.

We value our long relationship and hope for your understanding.

Best regards,
Ayesha Malik
Lahore Linen Mills (Pvt) Ltd
""", end="We value our long relationship", change="price", intent="price_change", po=["P10634"],
     dates=[("2026-09-01", "other", "since September"), ("2027-01-15", "price_effective", "15 January 2027"),
            ("2026-12-01", "ship_date", "loading in December")],
     prices=[dict(pct=4.5, eff="2027-01-15", quote="revising our FOB prices by 4.5% for all shipments")]),

dict(v="d9b_dhaka", c=1, lang="en", at="2026-11-10 13:45", subj="Shipment details - P10635 aprons",
     text="""
Dear Sandra,

We are happy to inform the full quantity of P10635 (4,000 pcs kitchen aprons, 80 cartons) shipped from Chattogram.

Feeder: KOTA HAKIM, ETD Chattogram 9 Nov
Mother vessel: MSC ALINA from Colombo
ETA Hamburg: 20 Dec
Delivery to your warehouse (DAP): 23 Dec
Container: MSCU 6621704-D10B
B/L: MEDUCG-D10B-40118

Shipping documents sent to your bank.

Best regards
Nusrat Jahan
Dhaka Knit Apparels Ltd
""", end="Best regards\nNusrat", change="shipping", intent="shipping_notice", po=["P10635"],
     commit=("2026-12-23", "Delivery to your warehouse (DAP): 23 Dec"),
     dates=[("2026-11-09", "ship_date", "ETD Chattogram 9 Nov"), ("2026-12-20", "other", "20 Dec"),
            ("2026-12-23", "confirmed_delivery", "23 Dec")],
     lines=[("kitchen aprons", 4000, "pcs", "4,000 pcs kitchen aprons, 80 cartons", "P10635")],
     track=[(None, "MSCU 6621704-D10B", "Container: MSCU 6621704-D10B"), (None, "MEDUCG-D10B-40118", "B/L: MEDUCG-D10B-40118")]),

dict(v="d10b_tirupur", c=1, lang="en", at="2026-11-03 17:50", subj="Commercial invoice TKH-INV-D10B-550 / P10636",
     text="""
Dear Sir/Madam,

Please find attached our commercial invoice TKH-INV-D10B-550 dated 03.11.2026 for your PO P10636, along with packing list and REX statement of origin.

Amount: USD 18,640.00. Payment terms 45 days, due date 18.12.2026. Kindly arrange the remittance to our account with Indian Overseas Bank, Tirupur as per invoice.

Thanking you,
Export Documentation
Tirupur Knit Home Textiles Pvt Ltd
""", end="Thanking you,", change="none", intent="other", po=["P10636"], vref=["TKH-INV-D10B-550"],
     dates=[("2026-11-03", "other", "03.11.2026"), ("2026-12-18", "other", "18.12.2026")]),

dict(v="d10b_sialkot", c=1, lang="en", at="2026-11-11 14:20", subj="P10637 engraved shears - MOQ issue",
     text="""
Dear Laura,

Sorry for the trouble. For P10637 (pruning shears with your engraved logo, 300 pcs) our laser engraving sub-supplier needs minimum 1,000 pcs to make the new die. For 300 pcs the die cost is too high, so we can not accept this order and have to cancel it.

If you like, we can supply the plain version without logo, same price, 300 pcs could be shipped on 20 Dec. Please tell us.

Best regards,
Hira Saleem
Sialkot Garden Tools (Pvt) Ltd
""", end="Best regards,\nHira", change="cancel", intent="cancellation", sec=["question"], po=["P10637"],
     dates=[("2026-12-20", "other", "20 Dec")],
     lines=[("pruning shears", 300, "pcs", "engraved logo, 300 pcs", "P10637")]),

dict(v="d10b_chittagong", c=1, lang="en", at="2026-11-24 16:10", subj="P10638 delay - port congestion Chattogram",
     text="""
Dear Sandra,

We are very sorry. Because of 2 days hartal last week and heavy congestion at Chattogram port, our container for P10638 missed the feeder on 25 Nov. The next space we could get is ETD 8 Dec, so ETA Hamburg will be around 15 Jan instead of 2 Jan.

Goods are ready and stuffed, only waiting for the vessel.

Thanks and regards,
Farhana Akter
Karnaphuli Jute Products Ltd
""", end="Thanks and regards,", change="date", intent="delay", po=["P10638"],
     commit=("2027-01-15", "ETA Hamburg will be around 15 Jan"),
     dates=[("2026-11-16", "other", "last week"), ("2026-11-25", "other", "25 Nov"),
            ("2026-12-08", "ship_date", "ETD 8 Dec"), ("2027-01-15", "new_eta", "15 Jan"),
            ("2027-01-02", "other", "2 Jan")]),

dict(v="d10b_bangkok", c=1, lang="en", at="2026-11-27 15:40", subj="PI CPC-PI-D10B-1127 for P10639 - deposit",
     text="""
Dear Laura,

Thank you for PO P10639. Please see our PI below. Could you please transfer the 50% deposit latest 4 December? Then we can order the clay and glaze before the New Year and keep the schedule.

Best regards,
Kanokwan Boonmee
Chao Phraya Ceramics Co., Ltd.

--- attachment: CPC-PI-D10B-1127.pdf ---
PROFORMA INVOICE CPC-PI-D10B-1127
Customer PO: P10639
CPC-VS-25  Celadon vase 25cm       600 pcs   USD 7.80
CPC-BW-18  Celadon bowl 18cm      1,200 pcs  USD 3.15
Payment: 50% deposit, 50% before shipment
ETD Laem Chabang: end of January 2027
ETA Hamburg: early March 2027
""", end="Best regards,\nKanokwan", change="none", intent="confirmation", sec=["question"], po=["P10639"], vref=["CPC-PI-D10B-1127"],
     commit=("2027-03-01", "ETA Hamburg: early March 2027"),
     dates=[("2026-12-04", "other", "4 December"), ("2027-01-31", "ship_date", "end of January 2027"),
            ("2027-03-01", "confirmed_delivery", "early March 2027")],
     lines=[("CPC-VS-25", 600, "pcs", "CPC-VS-25  Celadon vase 25cm       600 pcs   USD 7.80", "P10639"),
            ("CPC-BW-18", 1200, "pcs", "CPC-BW-18  Celadon bowl 18cm      1,200 pcs  USD 3.15", "P10639")]),

dict(v="d10b_surabaya", c=1, lang="en", at="2026-10-28 10:25", subj="Confirmation P10640 - qty size L",
     text="""
Dear Mrs. Sandra,

We confirm P10640 but sorry, for the seagrass basket size L we can only make 450 pcs of the 600 pcs before Christmas, the weaving group in Madura is full. The 450 pcs L together with all other sizes will ship ETD Tanjung Perak 27 Nov, ETA Hamburg 4 Jan.

The last 150 pcs size L we can ship mid-February. Or if you prefer, we cancel them, please inform.

Salam,
Sri Wahyuni
PT Jawa Timur Kriya Indah
""", end="Salam,", change="quantity", intent="partial_shipment", sec=["question"], po=["P10640"],
     commit=("2027-01-04", "ETA Hamburg 4 Jan"),
     dates=[("2026-11-27", "ship_date", "ETD Tanjung Perak 27 Nov"), ("2027-01-04", "confirmed_delivery", "ETA Hamburg 4 Jan"),
            ("2027-02-15", "ship_date", "mid-February")],
     lines=[("seagrass basket L", 450, "pcs", "we can only make 450 pcs of the 600 pcs", "P10640"),
            ("seagrass basket L", 150, "pcs", "The last 150 pcs size L", "P10640")]),

dict(v="d10b_denizli", c=1, lang="en", at="2026-11-09 18:10", subj="P10641 truck left today",
     text="""
Dear Tim Bey,

Your order P10641 (all 2,200 pcs peshtemal beach towels, 22 pallets) left our factory today with Ekol truck, CMR EKL-D10B-20931. Delivery to your warehouse is planned on Friday.

Best regards,
Gulsen Arslan
Denizli Havlu Tekstil A.S.
""", end="Best regards,\nGulsen", change="shipping", intent="shipping_notice", po=["P10641"],
     commit=("2026-11-13", "Delivery to your warehouse is planned on Friday"),
     dates=[("2026-11-09", "ship_date", "left our factory today"), ("2026-11-13", "confirmed_delivery", "Friday")],
     lines=[("peshtemal beach towels", 2200, "pcs", "all 2,200 pcs peshtemal beach towels", "P10641")],
     track=[("Ekol", "EKL-D10B-20931", "CMR EKL-D10B-20931")]),

dict(v="d10b_saigon", c=1, lang="en", at="2026-11-20 11:55", subj="FW: QC result lot 3 - P10642",
     text="""
Dear Laura,

Please see the QC report below. The moisture content of the acacia in lot 3 is too high, we must re-dry it, we do not want the tables to crack in Europe. So P10642 ETD Cat Lai moves from 28/11 to 12/12 and ETA Hamburg will be 19/1/2027.

Sorry for the late news.

Best regards,
Nguyen Quoc Bao
Saigon Outdoor Furniture Co., Ltd.

---------- Forwarded message ---------
From: QC Dept <qc@saigonoutdoor.vn>
Date: Thu, Nov 19, 2026 at 4:40 PM
Subject: QC lot 3
To: Nguyen Quoc Bao
Anh Bao, MC is 16-18% on lot 3 (limit 12%). Need 7 more days in kiln, earliest packing 9/12.
""", end="Sorry for the late news.", change="date", intent="delay", po=["P10642"],
     commit=("2027-01-19", "ETA Hamburg will be 19/1/2027"),
     dates=[("2026-11-28", "other", "28/11"), ("2026-12-12", "ship_date", "12/12"),
            ("2027-01-19", "new_eta", "19/1/2027"), ("2026-12-09", "other", "9/12")]),

dict(v="voltix", lang="en", at="2026-11-26 10:30", subj="P10643 gift box - WEEE number and manual?",
     text="""
Dear Mike,

For P10643 (VX-WL15 wireless chargers) we will start printing the gift box on 3 Dec. Please kindly send us:
1) your WEEE registration number (WEEE-Reg.-Nr. DE) to print on the box bottom
2) confirm the manual is German only, or German + English?

Without the WEEE number we can not print. Thank you!

Best regards
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards\nCindy", change="none", intent="question", po=["P10643"],
     dates=[("2026-12-03", "other", "3 Dec")]),

dict(v="ningbo", lang="en", at="2026-11-17 20:05", subj="IMPORTANT: change of bank account",
     text="""
Dear Customer,

Please be informed that due to annual audit our company bank account is changed, effective 1 December 2026 please remit all payments, including the balance of P10644, to our new account at Bank of Ningbo, details in attached letter with company chop. Please do not pay to the old account anymore.

Best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards\nAmy", change="none", intent="other", po=["P10644"],
     dates=[("2026-12-01", "other", "1 December 2026")]),

dict(v="anatolia", lang="en", at="2026-11-25 12:40", subj="RE: P10645 - earlier delivery possible?",
     text="""
Dear Mike Bey,

Good news, we can do it. P10645 (kitchen towels 3,000 pcs) will load on 30.11 and deliver to Hamburg on 04.12, one week earlier than the 11.12 in our confirmation.

Best regards,
Mehmet Yilmaz
Anatolia Textiles A.S.

-----Original Message-----
From: Mike Osei <mike.osei@hhg-retail.com>
Sent: Tuesday, November 24, 2026 9:15 AM
Subject: P10645 - earlier delivery possible?
Mehmet, any chance to get P10645 one week earlier? Our promo starts 07.12. Mike
""", end="Best regards,\nMehmet", change="date", intent="confirmation", po=["P10645"],
     commit=("2026-12-04", "deliver to Hamburg on 04.12"),
     dates=[("2026-11-30", "ship_date", "30.11"), ("2026-12-04", "confirmed_delivery", "04.12"),
            ("2026-12-11", "other", "11.12")],
     lines=[("kitchen towels", 3000, "pcs", "kitchen towels 3,000 pcs", "P10645")]),

dict(v="d9b_moradabad", c=1, lang="en", at="2026-11-05 11:10", subj="Happy Diwali from Moradabad Brassware",
     text="""
Dear Friends at Hartmann,

On the auspicious occasion of Diwali, team Moradabad Brassware wishes you and your family happiness and prosperity.

Please note our office and workshop will remain closed from 8th to 11th November for Diwali and Bhai Dooj. We will reply to mails from 12th November.

Warm regards,
Neha Gupta
Moradabad Brassware Exports
""", end="Warm regards,", change="none", intent="other",
     dates=[("2026-11-08", "other", "8th"), ("2026-11-11", "other", "11th November"),
            ("2026-11-12", "other", "12th November")]),

dict(v="izmir", c=1, lang="en", at="2026-12-07 15:10", subj="Ambiente 2027 invitation + your orders",
     text="""
Dear Laura Hanim,

I hope you are fine and the Christmas business is going well in Germany. Here in Izmir it is still warm, we had 19 degrees yesterday, can you imagine!

First, we would like to invite you to our stand at Ambiente Frankfurt, 6-10 February 2027, hall 11.0, we will show our new recycled glass collection with many colours, I think the amber and the olive tones will be very good for your garden department. Please tell me which day you come, then I reserve a meeting time for you.

Second, about the running order P10646 (wine glasses, 2,400 pcs): everything is fine, the truck loads on 10.12 and delivery Hamburg is 15.12 as confirmed in our order confirmation.

Third, our new catalogue 2027 will be ready in January, I will send you by post.

Best regards,
Zeynep Kaya
Izmir Cam Ev Gerecleri A.S.
""", end="Best regards,\nZeynep", change="none", intent="confirmation", sec=["other"], po=["P10646"],
     commit=("2026-12-15", "delivery Hamburg is 15.12 as confirmed"),
     dates=[("2026-12-06", "other", "yesterday"), ("2027-02-06", "other", "6-10 February 2027"),
            ("2026-12-10", "ship_date", "10.12"), ("2026-12-15", "confirmed_delivery", "15.12"),
            ("2027-01-01", "other", "in January")],
     lines=[("wine glasses", 2400, "pcs", "wine glasses, 2,400 pcs", "P10646")]),

dict(v="voltix", c=1, lang="en", at="2026-12-03 18:20", subj="P10647 air shipment AWB",
     text="""
Hi Mike,

As agreed, the complete 500 pcs VX-PB10 for P10647 will fly tomorrow with Cathay Cargo, flight CX 31 via Hong Kong, arrive Frankfurt Saturday. AWB 160-D10B-44120. Your broker can clear on Monday.

Kevin
""", end="Kevin", change="shipping", intent="shipping_notice", po=["P10647"],
     commit=("2026-12-05", "arrive Frankfurt Saturday"),
     dates=[("2026-12-04", "ship_date", "fly tomorrow"), ("2026-12-05", "confirmed_delivery", "Saturday"),
            ("2026-12-07", "other", "Monday")],
     lines=[("VX-PB10", 500, "pcs", "the complete 500 pcs VX-PB10", "P10647")],
     track=[("Cathay Cargo", "160-D10B-44120", "AWB 160-D10B-44120")]),

dict(v="d10b_xiamen", lang="en", at="2026-12-15 10:05", subj="P10649 - can not ship before Chinese New Year",
     text="""
Dear Laura,

I am sorry to tell you, our glaze supplier in Jingdezhen close earlier for Chinese New Year this year (already from 20 Jan), and we can not get the reactive blue glaze in time. So P10649 (reactive glaze planters) can not ship before the holiday.

New ETD Xiamen is 26 Feb 2027 (was 25 Jan), ETA Hamburg approx. 5 April. We know it is late for your garden season, if you want to cancel some items please tell me, no problem.

Best regards
Lily Huang
Xiamen Stoneware & Gifts Co., Ltd.
""", end="Best regards\nLily", change="date", intent="delay", sec=["question"], po=["P10649"],
     commit=("2027-04-05", "ETA Hamburg approx. 5 April"),
     dates=[("2027-01-20", "other", "20 Jan"), ("2027-02-26", "ship_date", "26 Feb 2027"),
            ("2027-01-25", "other", "25 Jan"), ("2027-04-05", "new_eta", "5 April")]),

dict(v="d10b_tirupur", lang="en", at="2026-11-16 19:30", subj="P10650 shipment - balance by air",
     text="""
Dear Sandra Madam,

Please find below the shipment status of P10650. Due to power cut in our dyeing unit the bath towel balance could not be packed in time for the vessel.

Article      Description          Ordered  Shipped  Balance
TKH-TH-50    Hand towel 50x100    2000     2000     0
TKH-BT-70    Bath towel 70x140    1200     800      400

Sea shipment: ETD Chennai 14.11, ETA Hamburg 22.12, B/L MSCCHE-D10B-55102.
The balance 400 bath towels we will send by air at our cost, ETA Frankfurt 12.12.2026.

Sorry for the inconvenience caused.

With warm regards,
Karthik Subramanian
Tirupur Knit Home Textiles Pvt Ltd
""", end="Sorry for the inconvenience caused.", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10650"],
     commit=("2026-12-22", "ETA Hamburg 22.12"),
     dates=[("2026-11-14", "ship_date", "ETD Chennai 14.11"), ("2026-12-22", "confirmed_delivery", "ETA Hamburg 22.12"),
            ("2026-12-12", "new_eta", "ETA Frankfurt 12.12.2026")],
     lines=[("TKH-TH-50", 2000, None, "TKH-TH-50    Hand towel 50x100    2000     2000     0", "P10650"),
            ("TKH-BT-70", 800, None, "TKH-BT-70    Bath towel 70x140    1200     800      400", "P10650"),
            ("TKH-BT-70", 400, None, "The balance 400 bath towels", "P10650")],
     track=[(None, "MSCCHE-D10B-55102", "B/L MSCCHE-D10B-55102")]),

dict(v="d9b_jakarta", c=1, lang="en", at="2026-11-12 09:50", subj="P10651 - fumigation and deposit",
     text="""
Dear Ibu Sandra,

Two questions for P10651 (teak dining chairs):

1. Do you need fumigation certificate? The chairs are kiln dried and the pallets are ISPM15, so normally not needed, but some customers still want it (cost USD 65 per container).
2. The 30% deposit we have not received yet. We need it before 20 Nov to buy the teak from Perhutani, otherwise the ETD will be later.

Thank you for your reply.

Salam hangat,
Dewi Lestari
PT Nusantara Teak Furniture
""", end="Thank you for your reply.", change="none", intent="question", po=["P10651"],
     dates=[("2026-11-20", "other", "20 Nov")]),

dict(v="lahore", lang="en", at="2026-12-10 14:15", subj="Order confirmation P10652",
     text="""
Dear Laura,

Thank you for your order P10652 (percale duvet covers 1,500 pcs and pillow cases 3,000 pcs). We confirm all quantities and prices.

Shipment plan: ETD Karachi CW 3/2027, ETA Hamburg CW 8/2027.

Best regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="Best regards,", change="none", intent="confirmation", po=["P10652"],
     commit=("2027-02-22", "ETA Hamburg CW 8/2027"),
     dates=[("2027-01-18", "ship_date", "CW 3/2027"), ("2027-02-22", "confirmed_delivery", "CW 8/2027")],
     lines=[("percale duvet covers", 1500, "pcs", "percale duvet covers 1,500 pcs", "P10652"),
            ("pillow cases", 3000, "pcs", "pillow cases 3,000 pcs", "P10652")]),

dict(v="hanoi", lang="en", at="2026-09-30 11:20", subj="P10653 - lampshade HBC-LS-40 discontinued",
     text="""
Dear Ms. Laura,

We are sorry to inform that the water hyacinth lampshade HBC-LS-40 (200 pcs in P10653) is discontinued. The only village which make this weaving stopped the production because the young people go to work in the factories. We must cancel this item, and we deduct it from the PI.

The other 2 items (HBC-TR-35 trays and HBC-BK-S3 baskets) are OK and will ship as confirmed, ETD 6/11, ETA Hamburg 14/12.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC
""", end="Best regards,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10653"],
     commit=("2026-12-14", "ETA Hamburg 14/12"),
     dates=[("2026-11-06", "ship_date", "ETD 6/11"), ("2026-12-14", "confirmed_delivery", "14/12")],
     lines=[("HBC-LS-40", 200, "pcs", "HBC-LS-40 (200 pcs in P10653)", "P10653")]),

dict(v="d9a_mumbai", lang="en", at="2026-10-07 13:35", subj="Steel surcharge on P10654",
     text="""
Dear Tim Sir,

We wish to bring to your kind notice that the price of stainless steel 304 coils has increased by 12% in the last 6 weeks due to nickel prices and the safeguard duty on imports. We had not expected this when we quoted.

We are therefore constrained to apply a steel surcharge of 3% on the open order P10654, i.e. the invoice value goes from USD 12,400 to USD 12,772. All other terms remain same.

Kindly accept the same so that we can continue production.

Thanking you,
Suresh Iyer
Mumbai Brass & Steelware Pvt Ltd
""", end="Thanking you,", change="price", intent="price_change", sec=["question"], po=["P10654"],
     prices=[dict(old=12400.00, new=12772.00, pct=3, cur="USD",
                  quote="steel surcharge of 3% on the open order P10654")]),

dict(v="d10b_bangkok", lang="en", at="2026-11-09 13:25", subj="RE: P10655 celadon plates",
     text="""
Hi Laura,

Sorry, I have to update you. Our kiln no. 2 had a crack in the wall and we must repair it, so the second firing of the celadon plates for P10655 is late. ETD Laem Chabang is now 2 Dec, not 18 Nov, and ETA Hamburg 8 Jan instead of 24 Dec. I know this is after Christmas, very sorry.

Nattapong Chaiyasit
Chao Phraya Ceramics Co., Ltd.

On Thu, Nov 5, 2026 at 10:14 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hi Nattapong, just checking P10655 is still ETD 18 Nov / ETA 24 Dec? And did P10696 get the new carton marks? Thanks, Laura
""", end="Nattapong Chaiyasit\nChao", change="date", intent="delay", po=["P10655", "P10696"],
     commit=("2027-01-08", "ETA Hamburg 8 Jan"),
     dates=[("2026-12-02", "ship_date", "2 Dec"), ("2026-11-18", "other", ("18 Nov", 0)),
            ("2027-01-08", "new_eta", "8 Jan"), ("2026-12-24", "other", ("24 Dec", 0))]),

dict(v="d10b_chittagong", lang="en", at="2026-12-02 12:30", subj="P10656 shipped / P10657 carton marks",
     text="""
Dear Sandra,

1) P10656 (jute doormats, 3,000 pcs) is fully shipped. ETD Chattogram 1 Dec, ETA Hamburg 10 Jan. Container MRKU 4410276-D10B, B/L MAEU-CGP-D10B-2718.

2) For the next order P10657 please send us the new carton marks, your QA said the format is changing from January. We need it before we start packing.

Thanks and regards,
Abdul Karim
Karnaphuli Jute Products Ltd
""", end="Thanks and regards,", change="shipping", intent="shipping_notice", sec=["question"], po=["P10656", "P10657"],
     commit=("2027-01-10", "ETA Hamburg 10 Jan"),
     dates=[("2026-12-01", "ship_date", "ETD Chattogram 1 Dec"), ("2027-01-10", "confirmed_delivery", "ETA Hamburg 10 Jan"),
            ("2027-01-01", "other", "from January")],
     lines=[("jute doormats", 3000, "pcs", "jute doormats, 3,000 pcs", "P10656")],
     track=[(None, "MRKU 4410276-D10B", "Container MRKU 4410276-D10B"), (None, "MAEU-CGP-D10B-2718", "B/L MAEU-CGP-D10B-2718")],
     changes=[("P10656", "shipping_notice", "2027-01-10", 3000, "ETD Chattogram 1 Dec, ETA Hamburg 10 Jan"),
              ("P10657", "question", None, None, "please send us the new carton marks")]),

dict(v="d10b_denizli", lang="en", at="2026-11-26 09:30", subj="New contact person",
     text="""
Dear partners,

Please note that our colleague Gulsen Arslan is on maternity leave from 1 December until end of May 2027. During this time please send all orders and questions to me, Hakan Celik, with copy to export@denizlihavlu.com.tr.

Best regards,
Hakan Celik
Denizli Havlu Tekstil A.S.
""", end="Best regards,\nHakan", change="none", intent="other",
     dates=[("2026-12-01", "other", "1 December"), ("2027-05-31", "other", "end of May 2027")]),

dict(v="d10b_surabaya", lang="en", at="2026-12-04 15:45", subj="Shipping advice P10658",
     text="""
Dear Mrs. Laura,

P10658 (all 1,800 pcs water hyacinth baskets) shipped yesterday from Tanjung Perak. Unfortunately the direct vessel was cancelled by the line, so the container goes via Singapore transhipment and ETA Hamburg is 18 Jan, one week later than the 11 Jan in our order confirmation.

Vessel: WAN HAI 316 / T/S Singapore
B/L: WHLC-SUB-D10B-0712

Salam,
Agus Wibowo
PT Jawa Timur Kriya Indah
""", end="Salam,", change="date", intent="delay", sec=["shipping_notice"], po=["P10658"],
     commit=("2027-01-18", "ETA Hamburg is 18 Jan"),
     dates=[("2026-12-03", "ship_date", "shipped yesterday"), ("2027-01-18", "new_eta", "18 Jan"),
            ("2027-01-11", "other", "11 Jan")],
     lines=[("water hyacinth baskets", 1800, "pcs", "all 1,800 pcs water hyacinth baskets", "P10658")],
     track=[(None, "WHLC-SUB-D10B-0712", "B/L: WHLC-SUB-D10B-0712")]),

dict(v="d10b_sialkot", lang="en", at="2026-10-19 12:05", subj="Order Confirmation SGT-OC-D10B-220 / P10659",
     text="""
Dear Tim,

Thank you for the order. Attached our order confirmation, all as per your PO.

Kind regards,
Usman Javed
Sialkot Garden Tools (Pvt) Ltd

--- attachment: SGT-OC-D10B-220.pdf ---
ORDER CONFIRMATION SGT-OC-D10B-220      Date: 19-10-2026
Your PO: P10659
Item          Description                    Qty     Price FOB Karachi
SGT-SP-01     Border spade, ash handle       600     USD 8.90
SGT-FK-02     Digging fork, ash handle       600     USD 8.40
SGT-RK-14     Garden rake 14 teeth           400     USD 5.75
ETD Karachi: 27 Nov 2026
ETA Hamburg: between 5 and 9 January 2027
""", end="Kind regards,", change="none", intent="confirmation", po=["P10659"], vref=["SGT-OC-D10B-220"],
     commit=("2027-01-09", "between 5 and 9 January 2027"),
     dates=[("2026-10-19", "other", "19-10-2026"), ("2026-11-27", "ship_date", "27 Nov 2026"),
            ("2027-01-05", "range_start", "between 5"), ("2027-01-09", "range_end", "9 January 2027")],
     lines=[("SGT-SP-01", 600, None, "SGT-SP-01     Border spade, ash handle       600     USD 8.90", "P10659"),
            ("SGT-FK-02", 600, None, "SGT-FK-02     Digging fork, ash handle       600     USD 8.40", "P10659"),
            ("SGT-RK-14", 400, None, "SGT-RK-14     Garden rake 14 teeth           400     USD 5.75", "P10659")]),

dict(v="d9b_bursa", c=1, lang="en", at="2026-12-11 16:00", subj="Good news - price reduction",
     text="""
Dear Mike Bey,

Finally some good news: cotton prices came down in the last months and also the EUR is stronger against TRY. So we are happy to give a 3% discount on your open order P10660, we will send the revised proforma tomorrow. The same 3% lower prices will be valid for all orders placed from 1 February 2027.

Best regards,
Ayse Kilic
Bursa Ipek Tekstil San. ve Tic. A.S.
""", end="Best regards,\nAyse", change="price", intent="price_change", po=["P10660"],
     dates=[("2026-12-12", "other", "tomorrow"), ("2027-02-01", "price_effective", "1 February 2027")],
     prices=[dict(pct=-3, quote="3% discount on your open order P10660"),
             dict(pct=-3, eff="2027-02-01", quote="The same 3% lower prices will be valid for all orders")]),

dict(v="ningbo", c=1, lang="en", at="2026-10-09 16:50", subj="P10661 - cork lid delay and jar price",
     text="""
Dear Tim,

Two things about P10661:

- The cork lids supplier from Portugal delayed the raw cork, so we can not load on 12 Oct. New ETD Ningbo 26 Oct, ETA Hamburg 1 Dec.
- Also the soda ash price went up a lot, our glass factory increased the price. For NB-GJ-1L glass jar the price has to change from USD 1.12 to USD 1.20 per pc. Sorry for this.

Please confirm you accept the new price so we can issue revised PI.

Best regards
Leo Wang
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards\nLeo", change="mixed", intent="delay", sec=["price_change", "question"], po=["P10661"],
     commit=("2026-12-01", "ETA Hamburg 1 Dec"),
     dates=[("2026-10-12", "other", "12 Oct"), ("2026-10-26", "ship_date", "ETD Ningbo 26 Oct"),
            ("2026-12-01", "new_eta", "ETA Hamburg 1 Dec")],
     prices=[dict(product="NB-GJ-1L", old=1.12, new=1.20, cur="USD",
                  quote="from USD 1.12 to USD 1.20 per pc")]),

dict(v="delhicotton", lang="en", at="2026-09-04 13:00", subj="Order Confirmation - P10662",
     text="""
Dear Sandra Ma'am,

Thank you for the valued order. Please find our order confirmation attached, everything is as per your PO, delivery as requested.

Thanks & Regards,
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd

On 02.09.2026 16:20, Sandra Klein wrote:
> Dear Rajesh, attached P10662 for the table linen, ETA Hamburg 16.11. latest please. The runners from last season (P10695) had shade problems, please take care. Sandra

--- attachment: DCM-OC-D10B-0904.pdf ---
ORDER CONFIRMATION DCM-OC-D10B-0904       Date: 04.09.2026
Buyer PO No.: P10662
Item          Description               Qty (pcs)   Price FOB
DCM-TL-150    Table cloth 150x250       1,000       USD 6.20
DCM-NP-45     Napkin 45x45, set of 4    1,500       USD 3.10
ETD Mundra: 10.10.2026        ETA Hamburg: 16.11.2026
""", end="Thanks & Regards,", change="none", intent="confirmation", po=["P10662", "P10695"], vref=["DCM-OC-D10B-0904"],
     commit=("2026-11-16", "ETA Hamburg: 16.11.2026"),
     dates=[("2026-09-04", "other", "04.09.2026"), ("2026-10-10", "ship_date", "10.10.2026"),
            ("2026-11-16", "confirmed_delivery", "16.11.2026")],
     lines=[("DCM-TL-150", 1000, "pcs", "DCM-TL-150    Table cloth 150x250       1,000       USD 6.20", "P10662"),
            ("DCM-NP-45", 1500, "pcs", "DCM-NP-45     Napkin 45x45, set of 4    1,500       USD 3.10", "P10662")]),

dict(v="siam", lang="en", at="2026-11-12 10:40", subj="P10663 rattan chairs - revised schedule",
     text="""
Dear Khun Mike,

The rattan chairs of P10663 will only finish end of next week, because the weaving team had many people sick with dengue. So ETD Bangkok will be 30 Nov instead of 16 Nov, ETA Hamburg 6 Jan instead of 23 Dec.

We are sorry krub.

Somchai Wongsakul
Siam Rattan & Teak Co., Ltd.
""", end="We are sorry krub.", change="date", intent="delay", po=["P10663"],
     commit=("2027-01-06", "ETA Hamburg 6 Jan"),
     dates=[("2026-11-20", "other", "end of next week"), ("2026-11-30", "ship_date", "30 Nov"),
            ("2026-11-16", "other", "16 Nov"), ("2027-01-06", "new_eta", "6 Jan"),
            ("2026-12-23", "other", "23 Dec")]),

dict(v="d9b_moradabad", lang="en", at="2026-11-13 17:25", subj="Status of P10664 and P10665 after Diwali",
     text="""
Dear Tim Sir,

Hope you had a good week. After the Diwali break our artisans are back and we have reviewed both your orders:

P10664 (brass lanterns, 400 pcs): all ready and packed, ETD Mundra 28.11.2026, ETA Hamburg 2.1.2027 as confirmed earlier.

P10665 (brass planters): because of shortage of brass ingots in Moradabad before Diwali we could cast only 150 pcs of the 250 pcs. These 150 pcs will go in the same container as P10664. The balance 100 pcs will be shipped ETD 19.12.2026 and reach Hamburg by 25.1.2027.

We regret the inconvenience and assure you of our best services always.

Warm regards,
Vikram Agarwal
Moradabad Brassware Exports
""", end="We regret the inconvenience", change="quantity", intent="partial_shipment", sec=["confirmation"], po=["P10664", "P10665"],
     commit=("2027-01-02", "ETA Hamburg 2.1.2027 as confirmed earlier"),
     dates=[("2026-11-28", "ship_date", "28.11.2026"), ("2027-01-02", "confirmed_delivery", "2.1.2027"),
            ("2026-12-19", "ship_date", "19.12.2026"), ("2027-01-25", "new_eta", "25.1.2027")],
     lines=[("brass lanterns", 400, "pcs", "brass lanterns, 400 pcs", "P10664"),
            ("brass planters", 150, "pcs", "we could cast only 150 pcs of the 250 pcs", "P10665"),
            ("brass planters", 100, "pcs", "The balance 100 pcs", "P10665")],
     changes=[("P10664", "confirmation", "2027-01-02", 400, "ETA Hamburg 2.1.2027 as confirmed earlier"),
              ("P10665", "partial_shipment", "2027-01-25", 150, "The balance 100 pcs will be shipped ETD 19.12.2026 and reach Hamburg by 25.1.2027")]),

dict(v="d10b_xiamen", lang="en", at="2026-12-18 14:45", subj="P10666 - before or after CNY? pls choose",
     text="""
Hi Laura,

For P10666 (stoneware garden stools, 900 pcs) we need your decision, because the factory will stop for Chinese New Year soon:

Option A: we ship 600 pcs before the holiday, ETD Xiamen 22 Jan, and the other 300 pcs after the holiday.
Option B: we ship all 900 pcs together after the holiday, ETD 3 March.

Which one you prefer? Option A has 2 containers so the freight is higher. Please reply before Christmas, thank you!

Best regards
Lily Huang
Xiamen Stoneware & Gifts Co., Ltd.
""", end="Best regards\nLily", change="none", intent="question", po=["P10666"],
     dates=[("2027-01-22", "other", "22 Jan"), ("2027-03-03", "other", "3 March")],
     lines=[("garden stools", 600, "pcs", "we ship 600 pcs before the holiday", "P10666"),
            ("garden stools", 300, "pcs", "the other 300 pcs after the holiday", "P10666")]),
]
