# ruff: noqa: E501 - email text is data
"""Hard English emails: replies with misleading history, forwards, tables, attachments, one-liners,
rambling text, non-native English, several orders in one email, auto-replies. Hand-written."""

EMAILS = [
dict(v="anatolia", c=1, lang="en", at="2026-11-10 10:15", subj="RE: P02043 / P02044 loading",
     text="""
Dear Sandra,

Thank you for your mail. Unfortunately we have problem in dyeing of the bath robes, colour anthracite was not pass the lab test and we must re-dye all lot. For this reason the P02043 can not be loaded on 13.11 as we informed before. New loading date will be 24.11.2026 and truck arrive to your Hamburg warehouse 27.11.2026.

The terry towels in same order are ready, if you want we can load them separately this week, please advise.

We are very sorry for this situation.

Best regards / Saygılarımla
Elif Demir
Export Department
Anatolia Textiles A.S.

________________________________
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: Monday, November 9, 2026 15:40
To: Elif Demir
Subject: P02043 / P02044 loading

Hi Elif,
Please confirm P02043 loads 13.11 for delivery 17.11 as on your order confirmation. And is P02044 invoiced already?
Sandra
""", end="Best regards / Saygılarımla", change="date", intent="delay", sec=["question"],
     po=["P02043", "P02044"], commit=("2026-11-27", "truck arrive to your Hamburg warehouse 27.11.2026"),
     dates=[("2026-11-13", "other", ("13.11", 0)), ("2026-11-24", "ship_date", "24.11.2026"),
            ("2026-11-27", "new_eta", "27.11.2026"), ("2026-11-09", "other", "this week")]),

dict(v="greenthumb", lang="en", at="2026-11-30 09:48", subj="Re: P02045 bark",
     text="""
cant do the 5th on P02045, 12th earliest. bark supplier shorted us

Sent from my iPhone

On Nov 30, 2026, at 8:02 AM, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Randy - need P02045 (pine bark nuggets, 2 cu ft) delivered Sat Dec 5 latest, store reset on the 7th. Possible?
""", end="Sent from my iPhone", change="date", intent="delay", po=["P02045"],
     commit=("2026-12-12", "12th earliest"),
     dates=[("2026-12-05", "other", "the 5th"), ("2026-12-12", "new_eta", "12th")]),

dict(v="polska", lang="en", at="2026-09-22 11:30", subj="Order confirmation PO/2026/00814",
     text="""
Dear Mr Brandt,

please find attached our order confirmation for your order PO/2026/00814. All positions confirmed as ordered, delivery in week 43.

With kind regards
Katarzyna Nowak
Sales Department
Polska Ceramika Sp. z o.o.
ul. Garncarska 12, 59-700 Bolesławiec

--- attachment: PC-OC-2026-0931.pdf ---
POLSKA CERAMIKA Sp. z o.o.
ORDER CONFIRMATION No. PC-OC-2026-0931          Date: 22.09.2026
Customer: Hartmann Home & Garden GmbH, Hamburg
Your order: PO/2026/00814 of 18.09.2026
Pos  Article     Description                       Qty    Unit   Price EUR   Value EUR
1    PC-MUG-35   Mug 350 ml, blue peacock          1.200  pcs    3,10        3.720,00
2    PC-BWL-16   Bowl 16 cm, blue peacock            600  pcs    4,25        2.550,00
3    PC-PLT-26   Dinner plate 26 cm, blue dots       480  pcs    5,80        2.784,00
Total net                                                                    9.054,00
Delivery date: KW 43/2026
Delivery terms: FCA Bolesławiec
Payment: 30 days net
""", end="With kind regards", change="none", intent="confirmation",
     po=["PO/2026/00814"], vref=["PC-OC-2026-0931"],
     commit=("2026-10-19", "delivery in week 43"),
     dates=[("2026-10-19", "confirmed_delivery", "week 43"), ("2026-09-22", "other", "22.09.2026"),
            ("2026-09-18", "other", "18.09.2026"), ("2026-10-19", "confirmed_delivery", "KW 43/2026")],
     lines=[("PC-MUG-35", 1200, "pcs", "1    PC-MUG-35   Mug 350 ml, blue peacock          1.200  pcs    3,10        3.720,00", "PO/2026/00814"),
            ("PC-BWL-16", 600, "pcs", "2    PC-BWL-16   Bowl 16 cm, blue peacock            600  pcs    4,25        2.550,00", "PO/2026/00814"),
            ("PC-PLT-26", 480, "pcs", "3    PC-PLT-26   Dinner plate 26 cm, blue dots       480  pcs    5,80        2.784,00", "PO/2026/00814")]),

dict(v="delhicotton", lang="en", at="2026-10-28 14:20", subj="Shipment advice - PO P02046 - kitchen textiles",
     text="""
Dear Laura ji,

Greetings from Delhi Cotton Mills!!

We are pleased to inform that against your PO P02046 the goods are dispatched today by sea, BL no. CMDUDEL2611487, vessel CMA CGM TIGRIS ETD Nhava Sheva 30/10. Kindly note that the kitchen towels 50x70 are short by 1,800 pcs due to shortage of yarn, the same will be send with next shipment in mid December.

Please find below packing details for your kind reference.

Item code     Description               Ordered   Shipped   Balance
DCM-KT-5070   Kitchen towel 50x70 cm     6,000     4,200     1,800
DCM-AP-01     Apron with pocket          2,400     2,400         0
DCM-OG-02     Oven glove pair            1,500     1,500         0

Kindly do the needful and confirm receipt of documents.

Thanks & Regards,
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P02046"],
     dates=[("2026-10-28", "ship_date", "today"), ("2026-10-30", "ship_date", "30/10"),
            ("2026-12-15", "ship_date", "mid December")],
     lines=[("DCM-KT-5070", 4200, None, "DCM-KT-5070   Kitchen towel 50x70 cm     6,000     4,200     1,800", "P02046"),
            ("DCM-KT-5070", 1800, "pcs", "short by 1,800 pcs", "P02046"),
            ("DCM-AP-01", 2400, None, "DCM-AP-01     Apron with pocket          2,400     2,400         0", "P02046"),
            ("DCM-OG-02", 1500, None, "DCM-OG-02     Oven glove pair            1,500     1,500         0", "P02046")],
     track=[("CMA CGM", "CMDUDEL2611487", "BL no. CMDUDEL2611487")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-10-14 09:10", subj="Fwd: SHIPPED - KIWI WOOL / HHG P00833 - 1x20GP",
     text="""
Hi Tim,

FYI below from our forwarder - your wool throws are on the water. Docs to follow by courier.

Cheers
Sophie

---------- Forwarded message ---------
From: Bookings <bookings@southernfreight.example>
Date: Tue, 13 Oct 2026 at 17:22
Subject: SHIPPED - KIWI WOOL / HHG P00833 - 1x20GP
To: Sophie Clarke <sophie.clarke@kiwiwool.co.nz>

Hi Sophie,

Confirming container TCLU4471203 loaded on board MSC ADELAIDE V.642W at Port of Tauranga, sailed 13 Oct.
ETA Hamburg 24 Nov, subject to transhipment in Singapore.
HBL SFL-TRG-260977.

Regards
Southern Freight Bookings
""", end="Cheers", change="shipping", intent="shipping_notice", po=["P00833"],
     commit=("2026-11-24", "ETA Hamburg 24 Nov"),
     dates=[("2026-10-13", "ship_date", "sailed 13 Oct"), ("2026-11-24", "confirmed_delivery", "ETA Hamburg 24 Nov")],
     track=[("MSC", "TCLU4471203", "container TCLU4471203"),
            ("Southern Freight", "SFL-TRG-260977", "HBL SFL-TRG-260977")]),

dict(v="taipei", lang="en", at="2026-11-02 16:45", subj="Price adjustment notice - cables & chargers",
     text="""
Dear Mike,

As informed during our call last week, due to the increase of copper and IC cost our price for below items will be adjusted effective from Dec 1, 2026. Orders placed before this date (incl. your P02047) will keep old price.

Item          Description                     Old USD   New USD
TC-USBC-1M    USB-C to C cable 1m 60W         0.92      0.99
TC-USBC-2M    USB-C to C cable 2m 60W         1.18      1.27
TC-PD-20W     PD charger 20W EU plug          3.45      3.45
TC-PD-65W     GaN charger 65W EU plug         9.80      10.60

Sorry for any inconvenience and thanks for your understanding.

Best regards,
Vivian Lin
Taipei Cable & Charger Corp.
""", end="Best regards,", change="price", intent="price_change", po=["P02047"],
     dates=[("2026-12-01", "price_effective", "Dec 1, 2026")],
     prices=[dict(product="TC-USBC-1M", old=0.92, new=0.99, cur="USD", eff="2026-12-01",
                  quote="TC-USBC-1M    USB-C to C cable 1m 60W         0.92      0.99"),
             dict(product="TC-USBC-2M", old=1.18, new=1.27, cur="USD", eff="2026-12-01",
                  quote="TC-USBC-2M    USB-C to C cable 2m 60W         1.18      1.27"),
             dict(product="TC-PD-65W", old=9.80, new=10.60, cur="USD", eff="2026-12-01",
                  quote="TC-PD-65W     GaN charger 65W EU plug         9.80      10.60")]),

dict(v="hanoi", lang="en", at="2026-12-02 15:00", subj="Re: P02048 shipment 11 Dec",
     text="""
Dear Laura,

Sorry for late reply. We check again with our workshop, the rattan laundry basket size L (HB-LB-L) we can not produce anymore because the rattan supplier in Thanh Hoa stop. So we must cancel this item in P02048, 400 pcs. Other items (size S and M) are still deliver as plan, ETD Haiphong 18 Dec.

We are so sorry. If you want, we can offer seagrass basket similar size, same price, please see photo in attach.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC

On Mon, Nov 30, 2026 at 10:12 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Dear Lan,
> Could you please confirm all three sizes of P02048 ship on 11 December?
> Also please send the updated price list for 2027.
> Thanks, Laura
""", end="Best regards,", change="cancel", intent="cancellation", sec=["question"],
     po=["P02048"],
     dates=[("2026-12-18", "ship_date", "ETD Haiphong 18 Dec")],
     lines=[("HB-LB-L", 400, "pcs", "400 pcs", "P02048")]),

dict(v="brightline", c=1, lang="en", at="2026-12-18 17:05", subj="Automatic reply: P00871 - revised delivery?",
     text="""
Thank you for your email.

I am out of the office from Friday 18 December until Monday 4 January with no access to email. For anything urgent regarding orders, including P00871, please contact our customer services team on 0161 555 0100 or orders@brightline-electronics.co.uk.

Our warehouse is closed from 24 December and reopens on 4 January 2027; orders received during this period will be processed in order of receipt.

Kind regards,
Tom Okafor
""", end="Kind regards,", change="none", intent="other", po=["P00871"],
     dates=[("2026-12-18", "other", "Friday 18 December"), ("2027-01-04", "other", "Monday 4 January"),
            ("2026-12-24", "other", "24 December"), ("2027-01-04", "other", "4 January 2027")]),

dict(v="seoul", c=1, lang="en", at="2026-10-20 10:30", subj="RE: P02049 questions",
     text="""
Dear Sandra,

Please see my answer below with [MK].

> 1. Please confirm delivery of P02049 (frying pans 28cm) for 06.11 as per our PO.
[MK] Production is on schedule, I will confirm exact date after QC on Friday.

> 2. Can you use our new carton labels (version 3) for this order?
[MK] We did not receive version 3 label file yet. Can you send the AI file? And should we put label on both short sides or only one side? Please answer until Thursday, otherwise we print with old version 2.

> 3. Invoice to Hamburg or Berlin?
[MK] noted, Hamburg.

Best regards,
Min-seo Kim
Seoul Kitchenware Co., Ltd.
""", end="Best regards,", change="none", intent="question", po=["P02049"],
     dates=[("2026-10-23", "other", "Friday"), ("2026-10-22", "other", "Thursday")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-19 12:40", subj="Catching up + P02050",
     text="""
Hi Mike,

Hope all's well over in Hamburg and that you got home safe after the fair - it was great to finally put a face to the name! Declan says hello too, he's still talking about the currywurst.

Couple of things from my side. First, the new packaging for the oat crumbles is looking great, I'll send you the final artwork PDFs next week once marketing have signed off, no action needed from you for now. Second, we're doing a small reformulation on the ginger snaps in the new year (less sugar, same taste, honestly you won't notice) and I'll share the spec sheet when it's ready.

On your order P02050 - our oven line 2 was down for maintenance longer than planned, so the shortbread rounds won't be ready for the 26th, we're now looking at dispatch on Wednesday 2 December for delivery to Hamburg on Friday 4 December. The rest of the order is fine and still goes out as confirmed.

Oh and before I forget, our Christmas closing: we shut on 23 December and we're back on 4 January.

All the best and talk soon,
Siobhan
""", end="All the best and talk soon,", change="date", intent="delay", po=["P02050"],
     commit=("2026-12-04", "delivery to Hamburg on Friday 4 December"),
     dates=[("2026-11-23", "other", "next week"), ("2026-11-26", "other", "the 26th"),
            ("2026-12-02", "ship_date", "Wednesday 2 December"), ("2026-12-04", "new_eta", "Friday 4 December"),
            ("2026-12-23", "other", "23 December"), ("2027-01-04", "other", "4 January")]),

dict(v="cleanco", lang="en", at="2026-09-24 08:12", subj="P02051",
     text="""
P02051 - can only send 36 of the 60 cases of 5L floor cleaner (CC-FC-5L) on Friday, other 24 cases delivered w/c 5/10. Rest of the order complete.
Gary
""", end="Gary", change="quantity", intent="partial_shipment", sec=["delay"], po=["P02051"],
     commit=("2026-10-05", "other 24 cases delivered w/c 5/10"),
     dates=[("2026-09-25", "ship_date", "Friday"), ("2026-10-05", "new_eta", "w/c 5/10")],
     lines=[("CC-FC-5L", 36, "cases", "36 of the 60 cases", "P02051"),
            ("CC-FC-5L", 24, "cases", "other 24 cases", "P02051")]),

dict(v="voltix", c=1, lang="en", at="2026-09-29 10:05", subj="RE: P02052 pull-in request",
     text="""
Dear Tim,

OK, noted with thanks. We arrange the 3000pcs wireless charger VX-WC15 of P02052 with earlier vessel, ETD Yantian Oct 9 instead of Oct 23, ETA Hamburg Nov 12. Production can finish in time, no problem.

Updated PI attached.

Best regards
Kevin Liu
Shenzhen Voltix Technology Co., Ltd.
Tel: +86 755 2345 6789

-----Original Message-----
From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: Monday, September 28, 2026 5:12 PM
To: Kevin Liu
Subject: P02052 pull-in request

Hi Kevin,
Is it possible to pull P02052 forward to the Oct 9 sailing? Original ETA Hamburg Nov 26 is too late for our catalogue. Also what is status of P00799?
Tim
""", end="Best regards", change="date", intent="confirmation", po=["P02052", "P00799"],
     commit=("2026-11-12", "ETA Hamburg Nov 12"),
     dates=[("2026-10-09", "ship_date", "ETD Yantian Oct 9"), ("2026-10-23", "other", "Oct 23"),
            ("2026-11-12", "confirmed_delivery", "ETA Hamburg Nov 12")],
     lines=[("VX-WC15", 3000, "pcs", "3000pcs", "P02052")]),
dict(v="lakeside", c=1, lang="en", at="2026-10-06 15:30", subj="ASN - CUSTOMER PO P00836",
     text="""
ADVANCE SHIP NOTICE

SHIP TO: HARTMANN HOME & GARDEN - DC HAMBURG (VIA CONSOLIDATOR NJ)
CUSTOMER PO: P00836
LAKESIDE ORDER: LPF-SO-448120
SHIP DATE: 10/06/2026
CARRIER: OLD DOMINION FREIGHT LINE
PRO #: 08812345670
EST. DELIVERY TO CONSOLIDATOR: 10/09/2026

LINE  ITEM          DESCRIPTION                      QTY SHIPPED  UOM
1     LPF-DOG-15    GRAIN FREE DOG KIBBLE 15 LB      320          BAG
2     LPF-CAT-07    INDOOR CAT FORMULA 7 LB          480          BAG
3     LPF-TRT-12    DENTAL CHEWS 12 CT               600          PKG

TOTAL PALLETS: 16

THIS IS AN AUTOMATED NOTIFICATION. REPLIES TO THIS ADDRESS ARE NOT MONITORED.
""", end="THIS IS AN AUTOMATED NOTIFICATION.", change="shipping", intent="shipping_notice",
     po=["P00836"], vref=["LPF-SO-448120"],
     commit=("2026-10-09", "EST. DELIVERY TO CONSOLIDATOR: 10/09/2026"),
     dates=[("2026-10-06", "ship_date", "10/06/2026"), ("2026-10-09", "confirmed_delivery", "10/09/2026")],
     lines=[("LPF-DOG-15", 320, "BAG", "1     LPF-DOG-15    GRAIN FREE DOG KIBBLE 15 LB      320          BAG", "P00836"),
            ("LPF-CAT-07", 480, "BAG", "2     LPF-CAT-07    INDOOR CAT FORMULA 7 LB          480          BAG", "P00836"),
            ("LPF-TRT-12", 600, "PKG", "3     LPF-TRT-12    DENTAL CHEWS 12 CT               600          PKG", "P00836")],
     track=[("OLD DOMINION FREIGHT LINE", "08812345670", "PRO #: 08812345670")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-16 11:00", subj="Fwd: HHG P02053 / P02054 schedule",
     text="""
Dear Laura, pls see below from factory. Sorry!! We push them every day.
Leo

---------- Forwarded message ---------
From: 王工 QC <qc@yuyao-plastic.example>
Date: Mon, Nov 16, 2026 at 9:14 AM
Subject: HHG P02053 / P02054 schedule
To: Leo Wang <leo.wang@nbhomeware.com>

Leo,
P02053 storage box 30L: injection mould repair, production finish Nov 28, can load container Dec 3.
P02054 lids: finish already, but load together with P02053 on Dec 3 (one container).
Before we said load Nov 20, now cannot.
Factory
""", end=("Leo", 0), change="date", intent="delay", po=["P02053", "P02054"],
     dates=[("2026-11-28", "other", "Nov 28"), ("2026-12-03", "ship_date", "container Dec 3"),
            ("2026-12-03", "ship_date", "with P02053 on Dec 3"), ("2026-11-20", "other", "Nov 20")],
     changes=[("P02053", "delay", None, None, "can load container Dec 3"),
              ("P02054", "delay", None, None, "load together with P02053 on Dec 3")]),

dict(v="sunshine", c=1, lang="en", at="2026-09-08 13:20", subj="Re: P02055 sailing + pricing",
     text="""
Hi Tim,

Confirming the sailing for P02055 stays as is. However, I have to let you know that the shipping line has introduced an emergency bunker surcharge and our packhouse costs went up, so from 1 October we have to add USD 0.35 per carton on all Easy Peelers (SC-EP-15KG), i.e. USD 14.85 instead of USD 14.50 per 15 kg carton. This applies to P02055 as well since it loads after that date.

Let me know if you want to discuss.

Kind regards
Annelie

On Fri, 4 Sept 2026 at 16:02, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Hi Annelie, can you confirm P02055 loads 28 September as agreed, ETA Rotterdam 20 October?
> Tim
""", end="Kind regards", change="price", intent="price_change", sec=["confirmation"], po=["P02055"],
     dates=[("2026-10-01", "price_effective", "1 October")],
     prices=[dict(product="SC-EP-15KG", old=14.50, new=14.85, cur="USD", eff="2026-10-01",
                  quote="add USD 0.35 per carton on all Easy Peelers (SC-EP-15KG), i.e. USD 14.85 instead of USD 14.50 per 15 kg carton")]),

dict(v="delhicotton", c=1, lang="en", at="2026-09-15 12:10", subj="Order acknowledgement - P02056, P02057, P02058",
     text="""
Respected Sir,

Good afternoon. This is to acknowledge receipt of your below purchase orders and we are pleased to confirm the same as per following:

1) P02056 - Bath towel 70x140 (DCM-BT-70) - 3,000 pcs - ex-factory 20.10.2026
2) P02057 - Hand towel 50x100 (DCM-HT-50) - 5,000 pcs - ex-factory 20.10.2026
3) P02058 - Bath mat 50x80 (DCM-BM-5080) - 1,200 pcs - ex-factory 03.11.2026

ETA Hamburg will be approx. 4 weeks after ex-factory, we will advise vessel details at the time of booking.

Proforma invoices DCM/PI/2026/118, 119 and 120 are attached for your kind signature and return.

Thanking you and assuring you of our best services at all times,
Priya Sharma
Delhi Cotton Mills Pvt Ltd
""", end="Thanking you", change="none", intent="confirmation",
     po=["P02056", "P02057", "P02058"], vref=["DCM/PI/2026/118"],
     dates=[("2026-10-20", "ship_date", ("20.10.2026", 0)), ("2026-10-20", "ship_date", ("20.10.2026", 1)),
            ("2026-11-03", "ship_date", "03.11.2026")],
     lines=[("DCM-BT-70", 3000, "pcs", "3,000 pcs", "P02056"), ("DCM-HT-50", 5000, "pcs", "5,000 pcs", "P02057"),
            ("DCM-BM-5080", 1200, "pcs", "1,200 pcs", "P02058")],
     changes=[("P02056", "confirmation", None, 3000, "1) P02056 - Bath towel 70x140 (DCM-BT-70) - 3,000 pcs - ex-factory 20.10.2026"),
              ("P02057", "confirmation", None, 5000, "2) P02057 - Hand towel 50x100 (DCM-HT-50) - 5,000 pcs - ex-factory 20.10.2026"),
              ("P02058", "confirmation", None, 1200, "3) P02058 - Bath mat 50x80 (DCM-BM-5080) - 1,200 pcs - ex-factory 03.11.2026")]),

dict(v="acme", lang="en", at="2026-10-22 10:05", subj="RE: cancel P00848",
     text="""
Laura,

Got your note - P00848 is cancelled in our system, no charge since it hadn't been picked yet. Cancellation ref ACM-CX-20931 for your records.

P02059 is unaffected and still delivers 11/3.

Jessica

On Wed, Oct 21, 2026 at 4:40 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Jessica,
> Please cancel P00848 (bamboo bath caddies, 300 pcs) - the promotion was pulled. You pushed it to 11/12 last week which doesn't work for us anyway.
> P02059 stays as is.
> Laura
""", end="Jessica\n\nOn Wed", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P00848", "P02059"], vref=["ACM-CX-20931"],
     commit=("2026-11-03", "still delivers 11/3"),
     dates=[("2026-11-03", "confirmed_delivery", "11/3")],
     changes=[("P00848", "cancellation", None, None, "P00848 is cancelled in our system"),
              ("P02059", "confirmation", "2026-11-03", None, "P02059 is unaffected and still delivers 11/3")]),

dict(v="anatolia", lang="en", at="2026-11-24 09:40", subj="Forecast Q1 + label question",
     text="""
Hi Sandra,

Hope you are fine. We are now planning our yarn purchase for Q1 and our spinning mill wants commitment until end of this month. Can you please share your forecast for the beach towels (AT-BT-90) and bath robes (AT-BR-L/XL) for the first quarter? Even rough numbers is ok.

Also one more question: for next orders do you want the new OEKO-TEX label sewn in or only on the hangtag? Our designer needs to know before we print.

Thanks in advance,
Mehmet

-----Original Message-----
From: Sandra Klein
Sent: 02 November 2026 11:20
To: Mehmet Yilmaz
Subject: RE: P02044 delivered

Mehmet, P02044 arrived today complete, thank you. We will send new orders in December.
Sandra
""", end="Thanks in advance,", change="none", intent="question", po=["P02044"],
     dates=[("2026-11-30", "other", "end of this month")]),

dict(v="evergreen", c=1, lang="en", at="2026-10-01 07:00", subj="Statement of Account - Hartmann Home & Garden - September 2026",
     text="""
Dear Customer,

Please find below your statement of account as of 09/30/2026. Kindly remit any past due balance at your earliest convenience.

Invoice     Date        Your PO   Amount USD   Due Date     Status
EPP-51201   08/14/2026  P00768    4,812.00     09/13/2026   PAST DUE
EPP-51388   09/02/2026  P02060    2,260.50     10/02/2026   Open
EPP-51460   09/18/2026  P00795    6,104.00     10/18/2026   Open

Total open: USD 13,176.50

Questions about your statement? Contact accounts@evergreenpaper.com.

Evergreen Paper Products Inc. - Accounts Receivable
""", end="Evergreen Paper Products Inc. - Accounts Receivable", change="none", intent="other",
     po=["P00768", "P02060", "P00795"], vref=["EPP-51201", "EPP-51388", "EPP-51460"],
     dates=[("2026-09-30", "other", "09/30/2026"), ("2026-08-14", "other", "08/14/2026"),
            ("2026-09-13", "other", "09/13/2026"), ("2026-09-02", "other", "09/02/2026"),
            ("2026-10-02", "other", "10/02/2026"), ("2026-09-18", "other", "09/18/2026"),
            ("2026-10-18", "other", "10/18/2026")]),

dict(v="aussie", lang="en", at="2026-11-05 16:20", subj="Re: P02061 + few things",
     text="""
Hi Mike,

Answers below in caps, typing on the run.

> Can you ship all of P02061 next week?
NOT ALL OF IT. THE 2-PERSON TENTS (AOG-TNT-2P) ARE FINE, 250 UNITS GO OUT TUESDAY. THE SWAGS (AOG-SWG-1) - ONLY 90 OF 150, THE OTHER 60 ARE STUCK AT OUR SUPPLIER, EARLIEST 7/12 INTO OUR WAREHOUSE.

> Any update on the price list for 2027?
STILL WITH MANAGEMENT, END OF MONTH.

> Do you have my new address for deliveries?
YEP GOT IT.

Cheers
Liam
""", end="Cheers", change="quantity", intent="partial_shipment", sec=["delay"], po=["P02061"],
     commit=("2026-12-07", "EARLIEST 7/12 INTO OUR WAREHOUSE"),
     dates=[("2026-11-10", "ship_date", "TUESDAY"), ("2026-12-07", "new_eta", "7/12"),
            ("2026-11-30", "other", "END OF MONTH")],
     lines=[("AOG-TNT-2P", 250, "UNITS", "250 UNITS", "P02061"), ("AOG-SWG-1", 90, None, "ONLY 90 OF 150", "P02061"),
            ("AOG-SWG-1", 60, None, "THE OTHER 60", "P02061")]),

dict(v="milano", lang="en", at="2026-10-19 14:50", subj="Departure of goods - your order P00838",
     text="""
Good afternoon Mrs Jensen,

we inform you that today the goods of your order P00838 are departed from our warehouse in Lissone with carrier Arcese, CMR n. 2610-44871. The delivery at your warehouse is foreseen for Thursday 22/10 in the morning. In attachment the delivery note.

Best regards
Giulia Rossi
Milano Casa S.r.l. - Ufficio Spedizioni

--- attachment: DDT_MC-2026-1412.pdf ---
MILANO CASA S.r.l. - DOCUMENTO DI TRASPORTO / DELIVERY NOTE
N. MC-2026-1412   del 19/10/2026
Destinatario: Hartmann Home & Garden GmbH - Hamburg
Vs. ordine / Your order: P00838
Codice         Descrizione                      Colli   Q.tà
MC-VAS-30      Vaso ceramica 30cm bianco        12      144
MC-VAS-45      Vaso ceramica 45cm antracite     10       60
MC-CAN-L       Portacandela vetro L             6       360
Vettore: Arcese Trasporti   Data ritiro: 19/10/2026
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P00838"], vref=["MC-2026-1412"],
     commit=("2026-10-22", "The delivery at your warehouse is foreseen for Thursday 22/10"),
     dates=[("2026-10-19", "ship_date", "today"), ("2026-10-22", "confirmed_delivery", "Thursday 22/10"),
            ("2026-10-19", "other", "del 19/10/2026"), ("2026-10-19", "ship_date", "Data ritiro: 19/10/2026")],
     lines=[("MC-VAS-30", 144, None, "MC-VAS-30      Vaso ceramica 30cm bianco        12      144", "P00838"),
            ("MC-VAS-45", 60, None, "MC-VAS-45      Vaso ceramica 45cm antracite     10       60", "P00838"),
            ("MC-CAN-L", 360, None, "MC-CAN-L       Portacandela vetro L             6       360", "P00838")],
     track=[("Arcese", "2610-44871", "CMR n. 2610-44871")]),

dict(v="mapleleaf", lang="en", at="2026-12-07 11:15", subj="RE: P02062 snowshoes",
     text="""
Sandra - the snowshoes on P02062 missed the 12/4 truck after all (customs hold at the border on the aluminum frames). Rebooked for 12/10 pickup, should land at your consolidator 12/14. I know my last email said 12/08, ignore that.

Josh

-----Original Message-----
From: Josh Tremblay
Sent: November 30, 2026 2:31 PM
To: Sandra Klein
Subject: RE: P02062 snowshoes

Sandra, P02062 picks up 12/4, delivery to the consolidator 12/08. Invoice MLO-INV-88213 to follow.
Josh
""", end=("Josh", 0), change="date", intent="delay", po=["P02062"], vref=["MLO-INV-88213"],
     commit=("2026-12-14", "should land at your consolidator 12/14"),
     dates=[("2026-12-04", "other", ("12/4", 0)), ("2026-12-10", "ship_date", "12/10"),
            ("2026-12-14", "new_eta", "12/14"), ("2026-12-08", "other", ("12/08", 0))]),

dict(v="baltic", c=1, lang="en", at="2026-12-10 09:00", subj="Holiday schedule 2026/2027",
     text="""
Dear partners,

Please note our holiday schedule for the festive season:

- Last orders for dispatch in 2026: Friday, 18 December
- Office and warehouse closed: 24 December 2026 - 3 January 2027
- First dispatches in the new year: Tuesday, 5 January

Orders already confirmed for delivery before Christmas (for Hartmann Home & Garden: P02063) are not affected.

We thank you for the cooperation this year and wish you Merry Christmas and a Happy New Year!

Ruta Petraitiene
Customer Service | Baltic Amber Foods UAB
""", end="Ruta Petraitiene", change="none", intent="other", po=["P02063"],
     dates=[("2026-12-18", "other", "Friday, 18 December"), ("2026-12-24", "other", "24 December 2026"),
            ("2027-01-03", "other", "3 January 2027"), ("2027-01-05", "other", "Tuesday, 5 January")]),
dict(v="highland", lang="en", at="2026-11-27 10:20", subj="RE: P00884 / P00885",
     text="""
Morning Tim,

Bad news I'm afraid on the advent candles. Our wick supplier let us down again so P00884 won't go out on Monday as I'd promised. Realistically it'll be despatch Thurs 3rd for delivery Mon 7th Dec. P00885 (the pillar candles) is unaffected - on the pallet, collection booked for Monday, with you Wednesday.

Sorry, I know the advent ones are time-critical.

Fiona

Highland Candle Works Ltd | Unit 4, Inverness Business Park
www.highlandcandles.co.uk

________________________________
From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: 25 November 2026 08:47
To: Fiona MacLeod <fiona.macleod@highlandcandles.co.uk>
Subject: P00884 / P00885

Fiona, can you confirm both orders leave 30/11 and arrive 02/12? Advent candles must be in stores by 05/12.
Tim
""", end="Fiona\n\nHighland", change="date", intent="delay", sec=["confirmation"],
     po=["P00884", "P00885"], commit=("2026-12-07", "delivery Mon 7th Dec"),
     dates=[("2026-11-30", "other", "on Monday as I'd promised"), ("2026-12-03", "ship_date", "Thurs 3rd"),
            ("2026-12-07", "new_eta", "Mon 7th Dec"), ("2026-11-30", "ship_date", "collection booked for Monday"),
            ("2026-12-02", "confirmed_delivery", "with you Wednesday")],
     changes=[("P00884", "delay", "2026-12-07", None, "despatch Thurs 3rd for delivery Mon 7th Dec"),
              ("P00885", "confirmation", "2026-12-02", None, "P00885 (the pillar candles) is unaffected")]),

dict(v="pacific", c=1, lang="en", at="2026-10-12 17:40", subj="Re: P02064",
     text="""
P02064 ships tmrw, complete. -Chris

On Mon, Oct 12, 2026 at 9:15 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Chris, is P02064 still shipping Tuesday as planned? Do we get everything or is the Ethiopia blend still short?
""", end="-Chris", change="none", intent="confirmation", po=["P02064"],
     dates=[("2026-10-13", "ship_date", "tmrw")]),

dict(v="seoul", lang="en", at="2026-11-12 18:30", subj="P02065 loading + packing list",
     text="""
Dear Sandra,

Good evening. Container for P02065 is loaded today, please find packing list below. Because the 24cm saucepan (SK-SP-24) handle has quality issue, we only load 600 pcs, balance 400 pcs will be load with next container around Dec 10. We are sorry for this.

B/L and invoice will send after vessel departure (ETD Busan Nov 14, ETA Hamburg Dec 21).

Best regards,
Ji-ho Park

--- attachment: PL_P00869_SK2611.pdf ---
PACKING LIST  No. SK-PL-2611-07     Date: 2026.11.12
Consignee: Hartmann Home & Garden GmbH
Order No.: P02065       Container: HDMU6620814 / Seal: SK889120
Item        Description               Order Qty   Ship Qty   B/O
SK-FP-28    Frying pan 28cm           1,200       1,200      0
SK-SP-24    Saucepan 24cm w/ lid      1,000       600        400
SK-WK-30    Wok 30cm                  500         500        0
Total cartons: 412
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P02065"], vref=["SK-PL-2611-07"], commit=("2026-12-21", "ETA Hamburg Dec 21"),
     dates=[("2026-11-12", "ship_date", "today"), ("2026-12-10", "ship_date", "around Dec 10"),
            ("2026-11-14", "ship_date", "ETD Busan Nov 14"), ("2026-12-21", "confirmed_delivery", "ETA Hamburg Dec 21"),
            ("2026-11-12", "other", "2026.11.12")],
     lines=[("SK-SP-24", 600, "pcs", "we only load 600 pcs", "P02065"),
            ("SK-SP-24", 400, "pcs", "balance 400 pcs", "P02065"),
            ("SK-FP-28", 1200, None, "SK-FP-28    Frying pan 28cm           1,200       1,200      0", "P02065"),
            ("SK-WK-30", 500, None, "SK-WK-30    Wok 30cm                  500         500        0", "P02065")],
     track=[(None, "HDMU6620814", "Container: HDMU6620814")]),

dict(v="cleanco", lang="en", at="2026-12-03 15:45", subj="Re: P00891 still delayed?",
     text="""
Hi Laura, all sorted - P00891 went out today on Palletways, con no. 0412-883190, should be with you next working day.
Gary

On 1 Dec 2026, at 15:10, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Gary, you said P00891 would be delayed to 10/12 because of the bleach shortage - is that still the case? We really need it this week.
""", end=("Gary", 0), change="shipping", intent="shipping_notice", po=["P00891"],
     commit=("2026-12-04", "should be with you next working day"),
     dates=[("2026-12-03", "ship_date", "today"), ("2026-12-04", "confirmed_delivery", "next working day")],
     track=[("Palletways", "0412-883190", "con no. 0412-883190")]),

dict(v="taipei", c=1, lang="en", at="2026-10-27 11:00", subj="EOL notice TC-HDMI-4K - open orders P00877 / P00893",
     text="""
Dear Mike,

Sorry to bring bad news. Our HDMI chipset supplier announced EOL of the controller used in TC-HDMI-4K 2m, last time buy was already allocated to other customer. So we have to cancel this item from your open orders:

PO        Item          Qty      Action
P00877    TC-HDMI-4K    1,500    cancel
P00893    TC-HDMI-4K    800      cancel
P00893    TC-USBC-1M    3,000    no change, ship Nov 20 as confirmed

We will have a replacement model TC-HDMI-8K around March next year, sample can send when ready.

Best regards,
Eric Huang
""", end="Best regards,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P00877", "P00893"],
     dates=[("2026-11-20", "ship_date", "Nov 20"), ("2027-03-01", "other", "March next year")],
     lines=[("TC-HDMI-4K", 1500, None, "P00877    TC-HDMI-4K    1,500    cancel", "P00877"),
            ("TC-HDMI-4K", 800, None, "P00893    TC-HDMI-4K    800      cancel", "P00893"),
            ("TC-USBC-1M", 3000, None, "P00893    TC-USBC-1M    3,000    no change, ship Nov 20 as confirmed", "P00893")],
     changes=[("P00877", "cancellation", None, 1500, "P00877    TC-HDMI-4K    1,500    cancel"),
              ("P00893", "cancellation", None, 800, "P00893    TC-HDMI-4K    800      cancel")]),

dict(v="kiwiwool", lang="en", at="2026-09-18 10:00", subj="Pricing from November",
     text="""
Kia ora Tim,

Hope the new season range is selling well up there. Been a big winter down here, lambing went well and the clip this year is good quality, so no worries on supply for your autumn orders.

The not-so-good news: wool auction prices have gone up sharply over the winter and our scouring plant has put their rates up too, so we have to lift our prices by 6.5% on all throws and blankets from 1 November 2026. Anything you order before then, including P00899 which you sent the other day, stays at the current prices. The new price list will be in your inbox next week.

Any questions just flick me an email.

Ka kite,
Hemi
""", end="Ka kite,", change="price", intent="price_change", po=["P00899"],
     dates=[("2026-11-01", "price_effective", "1 November 2026"), ("2026-09-21", "other", "next week")],
     prices=[dict(pct=6.5, eff="2026-11-01", quote="lift our prices by 6.5% on all throws and blankets")]),

dict(v="lisbon", lang="en", at="2026-10-07 15:30", subj="RE: P02066 / P02067",
     text="""
Dear Laura,

The cork coasters and placemats for P02066 are ready and packed. Before I book the truck I need two things from you:
1) Can we deliver to the new DC in Bremen (you mentioned it on the phone) or still to Hamburg?
2) Does the Bremen DC need a delivery slot booked in advance? If so, please send me the booking link or contact.

As soon as I have your answer I will book the truck.

Obrigada,
Ana

-----Original Message-----
From: Laura Jensen
Sent: 21 September 2026 09:12
Subject: P02066 / P02067

Ana, P02067 arrived fine. For P02066 please keep the 14 October delivery date.
Laura
""", end="Obrigada,", change="none", intent="question", po=["P02066", "P02067"]),

dict(v="nordic", c=1, lang="en", at="2026-11-03 09:20", subj="RE: P00904 revised",
     text="""
Hi Mike,

Thanks, received the revised P00904 with the extra 200 bath sheets. I'll check with production and come back to you with a confirmation by Thursday.

Best regards
Johan

From: Mike Osei <mike.osei@hhg-retail.com>
Sent: Monday, 2 November 2026 16:55
To: Johan Lindqvist
Subject: P00904 revised

Johan, attached revised P00904: +200 bath sheets NT-BS-100, delivery still 07.12. Please confirm.
Mike
""", end="Best regards", change="none", intent="other", po=["P00904"],
     dates=[("2026-11-05", "other", "Thursday")]),

dict(v="hanoi", c=1, lang="en", at="2026-10-05 16:10", subj="New schedule after typhoon - P00887 P00888 P00889",
     text="""
Dear Mr. Tim,

Typhoon Matmo come to north Vietnam, our workshop in Phu Vinh was flooding and many bamboo material is wet, need to dry again. So we must inform new schedule:

- PO P00887 bamboo trays: ETD Haiphong change from 16/10 to 30/10
- PO P00888 bamboo baskets: no change, ETD 16/10
- PO P00889 lamp shades: ETD change to 06/11, sorry very much

ETA Hamburg approx 5 weeks after ETD, forwarder will confirm.

We very sorry for make trouble to you. Please understand for us.

Best regards,
Tran Minh
Hanoi Bamboo Crafts JSC
""", end="Best regards,", change="date", intent="delay", sec=["confirmation"],
     po=["P00887", "P00888", "P00889"],
     dates=[("2026-10-16", "other", ("16/10", 0)), ("2026-10-30", "ship_date", "30/10"),
            ("2026-10-16", "ship_date", ("16/10", 1)), ("2026-11-06", "ship_date", "06/11")],
     changes=[("P00887", "delay", None, None, "PO P00887 bamboo trays: ETD Haiphong change from 16/10 to 30/10"),
              ("P00888", "confirmation", None, None, "PO P00888 bamboo baskets: no change, ETD 16/10"),
              ("P00889", "delay", None, None, "PO P00889 lamp shades: ETD change to 06/11")]),

dict(v="texbright", lang="en", at="2026-12-01 14:05", subj="Re: P00902 sateen",
     text="""
Laura -

Good news for once: the sateen came in yesterday, so scratch my last email. P00902 is back on the original schedule, ships 12/10 and delivers 12/15 as per your PO. All 480 sheet sets.

Marcus

On Tue, Nov 24, 2026 at 10:31 AM Marcus Reed <marcus.reed@texbright.com> wrote:
> Laura, heads up - fabric shortage on the sateen, P00902 likely slips to 1/8. Will confirm next week.
> Marcus
""", end="Marcus\n\nOn Tue", change="none", intent="confirmation", po=["P00902"],
     commit=("2026-12-15", "delivers 12/15 as per your PO"),
     dates=[("2026-11-30", "other", "yesterday"), ("2026-12-10", "ship_date", "12/10"),
            ("2026-12-15", "confirmed_delivery", "12/15")],
     lines=[("sheet sets", 480, "sheet sets", "All 480 sheet sets", "P00902")]),

dict(v="polska", c=1, lang="en", at="2026-11-18 13:00", subj="P00896 - price correction",
     text="""
Dear Mr Brandt,

concerning your order P00896 (confirmed on 02.11.2026 under OC PC-OC-2026-1204): because of the new gas tariff for our kilns from 1 December, we are forced to correct the prices of the stoneware positions which are produced after this date. Please see:

Pos  Article     Old price EUR  New price EUR
1    PC-MUG-35   3,10           3,35
2    PC-BWL-16   4,25           4,55
3    PC-VAS-20   7,90           7,90 (no change, already produced)

The delivery date KW 51 stays unchanged. Please confirm the new prices until Friday.

Best regards
Piotr Wisniewski
""", end="Best regards", change="price", intent="price_change", sec=["question"],
     po=["P00896"], vref=["PC-OC-2026-1204"],
     commit=("2026-12-14", "The delivery date KW 51 stays unchanged"),
     dates=[("2026-11-02", "other", "02.11.2026"), ("2026-12-01", "other", "1 December"),
            ("2026-12-14", "confirmed_delivery", "KW 51"), ("2026-11-20", "other", "Friday")],
     prices=[dict(product="PC-MUG-35", old=3.10, new=3.35, cur="EUR", quote="1    PC-MUG-35   3,10           3,35"),
             dict(product="PC-BWL-16", old=4.25, new=4.55, cur="EUR", quote="2    PC-BWL-16   4,25           4,55")]),
dict(v="brightline", c=2, lang="en", at="2026-10-09 11:40", subj="RE: P02068 delivery 16/10?",
     text="""
Hi Sandra,

Following up on your query - unfortunately the BL-SPK-MINI Bluetooth speakers on P02068 are now on backorder until further notice. Our manufacturer has paused production while they resolve a battery certification issue and they can't give us a restart date yet. The rest of P02068 (chargers and cables) is unaffected.

We'll let you know as soon as we hear more. If you'd prefer to cancel the speaker line, just reply and we'll remove it with no charge.

Kind regards,
Customer Services
Brightline Electronics Ltd

________________________________
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: 07 October 2026 14:02
To: Customer Services
Subject: P02068 delivery 16/10?

Hello, please confirm P02068 still arrives 16/10 complete. Thanks, Sandra
""", end="Kind regards,", change="date", intent="delay", sec=["question"], po=["P02068"]),

dict(v="sunshine", lang="en", at="2026-10-02 09:15", subj="P00905 confirmed - MSC ALINA",
     text="""
Hi Tim,

Thanks for P00905 - confirmed in full: 20 pallets Easy Peelers (SC-EP-15KG) at USD 14.85/ctn FOB Durban as per the new price list. Booked on MSC ALINA, loading 23 October, ETA Rotterdam 17-19 November.

Order confirmation attached.

Regards
Thabo

--- attachment: SCE-OC-26-0412.pdf ---
SUNSHINE CITRUS EXPORTS (PTY) LTD - ORDER CONFIRMATION SCE-OC-26-0412
Buyer: Hartmann Home & Garden GmbH   Buyer ref: P00905
Product: Easy Peelers, Class 1, 15 kg cartons (SC-EP-15KG)
Quantity: 20 pallets / 1,440 cartons
Price: USD 14.85 per carton FOB Durban
Vessel: MSC ALINA   ETD Durban: 23/10/2026   ETA Rotterdam: 17/11/2026 - 19/11/2026
""", end="Regards", change="none", intent="confirmation", po=["P00905"], vref=["SCE-OC-26-0412"],
     commit=("2026-11-19", "ETA Rotterdam 17-19 November"),
     dates=[("2026-10-23", "ship_date", "loading 23 October"), ("2026-11-17", "range_start", "17-19 November"),
            ("2026-11-19", "range_end", "17-19 November"), ("2026-10-23", "ship_date", "23/10/2026"),
            ("2026-11-17", "range_start", "17/11/2026"), ("2026-11-19", "range_end", "19/11/2026")],
     lines=[("SC-EP-15KG", 20, "pallets", "20 pallets Easy Peelers", "P00905"),
            ("SC-EP-15KG", 1440, "cartons", "20 pallets / 1,440 cartons", "P00905")]),

dict(v="baltic", lang="en", at="2026-11-24 14:30", subj="P00880 dispatched - sprats short",
     text="""
Hello Laura,

Today the truck with your order P00880 left our warehouse in Kaunas, arrival Hamburg on Thursday morning. Unfortunately the smoked sprats in oil (BAF-SPR-240) we could load only 1 440 tins from 2 400, the rest we will not deliver because the fish quota for this season is finished. Please correct the order, the invoice is only for delivered quantity.

Regards,
Tomas Kazlauskas
Baltic Amber Foods UAB

--- attachment: CMR_BAF-2611-233.pdf ---
CMR No. BAF-2611-233   Date of taking over: 24.11.2026   Place: Kaunas, LT
Consignee: Hartmann Home & Garden GmbH, Hamburg, DE   Ref: P00880
Marks   Packages   Goods                              Gross kg
1-8     8 pal      Sprats in oil 240g, 1 440 tins      1 150
        (BAF-SPR-240)
9-14    6 pal      Rye crispbread 250g, 2 880 pcs      980
Carrier: UAB Greitas Transportas
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P00880"],
     commit=("2026-11-26", "arrival Hamburg on Thursday morning"),
     dates=[("2026-11-24", "ship_date", "Today"), ("2026-11-26", "confirmed_delivery", "Thursday morning"),
            ("2026-11-24", "ship_date", "24.11.2026")],
     lines=[("BAF-SPR-240", 1440, "tins", "only 1 440 tins from 2 400", "P00880"),
            ("BAF-SPR-240", 1440, "tins", "Sprats in oil 240g, 1 440 tins", "P00880"),
            ("rye crispbread", 2880, "pcs", "Rye crispbread 250g, 2 880 pcs", "P00880")],
     track=[("UAB Greitas Transportas", "BAF-2611-233", "CMR No. BAF-2611-233")]),

dict(v="acme", c=1, lang="en", at="2026-09-10 16:50", subj="RE: P02069 / P02070 this week?",
     text="""
Laura,

Short answer: most of it. Details below.

> Will P02069 ship complete this week?

No - here's where we are:

Item          Ordered  Shipping 9/11  Backordered  Avail.
AHG-BM-GRY    400      400            0            -
AHG-BM-BLU    400      250            150          9/25
AHG-SC-WHT    200      200            0            -

> And P02070?

Complete, shipping with it tomorrow.

Dave
""", end="Dave", change="quantity", intent="partial_shipment", sec=["confirmation"],
     po=["P02069", "P02070"], commit=("2026-09-25", "9/25"),
     dates=[("2026-09-11", "ship_date", "9/11"), ("2026-09-25", "new_eta", "9/25"),
            ("2026-09-11", "ship_date", "tomorrow")],
     lines=[("AHG-BM-GRY", 400, None, "AHG-BM-GRY    400      400            0            -", "P02069"),
            ("AHG-BM-BLU", 250, None, "AHG-BM-BLU    400      250            150          9/25", "P02069"),
            ("AHG-BM-BLU", 150, None, "AHG-BM-BLU    400      250            150          9/25", "P02069"),
            ("AHG-SC-WHT", 200, None, "AHG-SC-WHT    200      200            0            -", "P02069")],
     changes=[("P02069", "partial_shipment", "2026-09-25", None, "AHG-BM-BLU    400      250            150          9/25"),
              ("P02070", "confirmation", None, None, "Complete, shipping with it tomorrow.")]),

dict(v="ningbo", lang="en", at="2026-12-08 10:00", subj="RE: P02053 / P02054 sailed",
     text="""
Dear Laura,

Good news, P02053 and P02054 container finally sailed yesterday on COSCO SHIPPING VIRGO, B/L COSU6128840110, container CSNU7712045. ETA Hamburg Jan 14 2027. Telex release after balance payment received.

Docs in attach.

Best regards
Amy Chen

-----Original Message-----
From: Laura Jensen
Sent: Thursday, December 3, 2026 6:20 PM
To: Amy Chen
Subject: RE: P02053 / P02054

Amy, Leo said load Dec 3. Did it happen? Please send B/L asap.
Laura
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P02053", "P02054"],
     commit=("2027-01-14", "ETA Hamburg Jan 14 2027"),
     dates=[("2026-12-07", "ship_date", "yesterday"), ("2027-01-14", "confirmed_delivery", "Jan 14 2027")],
     track=[("COSCO", "COSU6128840110", "B/L COSU6128840110"), ("COSCO", "CSNU7712045", "container CSNU7712045")]),

dict(v="sparkle", lang="en", at="2026-12-10 16:35", subj="P00912 collected",
     text="""
Hi Tim,

Your order P00912 was collected by DHL Freight this afternoon - 3 pallets, tracking 4471029933. Delivery Tues/Weds depending on their routing.

Hannah x

Sparkle Glassware Ltd
""", end="Hannah x", change="shipping", intent="shipping_notice", po=["P00912"],
     commit=("2026-12-16", "Delivery Tues/Weds"),
     dates=[("2026-12-10", "ship_date", "this afternoon"), ("2026-12-15", "range_start", "Tues"),
            ("2026-12-16", "range_end", "Weds")],
     lines=[("all lines", 3, "pallets", "3 pallets", "P00912")],
     track=[("DHL Freight", "4471029933", "tracking 4471029933")]),

dict(v="greenthumb", c=1, lang="en", at="2026-11-11 08:30", subj="Re: P02071 boxwoods",
     text="""
Hi Mike,

Following up on P02071 - our grower lost the whole second batch of the potted boxwoods (GT-BX-10) to frost, so we're cancelling the remaining 180 pots that were backordered. The 120 we shipped on 10/28 are all you'll get on this one, sorry. I've asked accounting to issue credit memo CM-20417 for the deposit on the balance.

If you want to replace them with the 8" hollies (GT-HL-08), I can ship those next Wednesday. Let me know.

Megan

On Mon, Oct 26, 2026 at 2:14 PM Megan Tran <megan.tran@greenthumbsupply.com> wrote:
> Mike - P02071: 120 boxwoods ship 10/28, balance 180 on backorder until approx. 11/16. P00865 ships complete.
> Megan
""", end="Megan\n\nOn Mon", change="cancel", intent="cancellation", sec=["question"],
     po=["P02071", "P00865"], vref=["CM-20417"],
     dates=[("2026-10-28", "ship_date", ("10/28", 0)), ("2026-11-18", "other", "next Wednesday")],
     lines=[("GT-BX-10", 180, "pots", "remaining 180 pots", "P02071"),
            ("GT-BX-10", 120, None, "The 120 we shipped", "P02071")]),

dict(v="nordic", lang="en", at="2026-09-29 13:10", subj="RE: P02072 - remove tea towels",
     text="""
Hi Laura,

Confirmed - we have removed pos. 3 (NT-TT-50 tea towels, 1 000 pcs) from P02072 as you asked. Positions 1 and 2 stay as confirmed with delivery in week 42. Updated order confirmation NT-OC-26-3317 rev. 2 is attached.

Best regards
Anna

Anna Berg
Key Account Manager, Nordic Textiles AB

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: den 28 september 2026 17:45
To: Anna Berg
Subject: P02072 - remove tea towels

Hi Anna, please cancel position 3 of P02072 (tea towels). The rest can stay for week 42 as confirmed.
Laura
""", end="Best regards", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P02072"], vref=["NT-OC-26-3317"], commit=("2026-10-12", "delivery in week 42"),
     dates=[("2026-10-12", "confirmed_delivery", ("week 42", 0))],
     lines=[("NT-TT-50", 1000, "pcs", "1 000 pcs", "P02072")]),

dict(v="pacific", lang="en", at="2026-11-04 12:20", subj="P00883 - a little something",
     text="""
Hey Tim,

Quick one on P00883 - since the roast date slipped a few days on our side (it still arrives 11/13 as planned, no worries), we're knocking 5% off the invoice for the whole order as a thank-you for your patience. So the Holiday Blend 12oz (PCC-HOL-12) goes from $8.40 to $7.98 a bag and the espresso 2lb (PCC-ESP-2LB) from $21.00 to $19.95.

Lena
""", end="Lena", change="price", intent="price_change", sec=["confirmation"], po=["P00883"],
     commit=("2026-11-13", "it still arrives 11/13 as planned"),
     dates=[("2026-11-13", "confirmed_delivery", "11/13")],
     prices=[dict(product="PCC-HOL-12", old=8.40, new=7.98, pct=-5.0, cur="USD",
                  quote="Holiday Blend 12oz (PCC-HOL-12) goes from $8.40 to $7.98 a bag"),
             dict(product="PCC-ESP-2LB", old=21.00, new=19.95, pct=-5.0, cur="USD",
                  quote="espresso 2lb (PCC-ESP-2LB) from $21.00 to $19.95")]),

dict(v="delhicotton", lang="en", at="2026-10-16 11:45", subj="Shade deviation - PO P00895 cushion covers",
     text="""
Dear Laura ji,

Greetings!! With reference to your PO P00895 for cushion covers, kindly note the dye lot of the mustard colour (DCM-CC-MUS) is slightly lighter than the approved lab dip. Photos attached for your reference. Please advise whether we may proceed with bulk production with this shade or you want us to re-dye.

Your early reply will be highly appreciated so that our production schedule is not disturbed.

Thanks & Regards,
Rajesh Kumar

On Thu, 1 Oct 2026 at 15:20, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Dear Rajesh, P00895 approved, please keep ex-factory 10.11 as per PI. Laura
""", end="Thanks & Regards,", change="none", intent="question", po=["P00895"]),

dict(v="hanoi", lang="en", at="2026-11-12 09:25", subj="P00917 shipping mark?",
     text="""
Dear Laura,

for P00917 please advise the shipping mark and which forwarder your company use now, Kuehne + Nagel or DHL? We need before 20 Nov to book the space. Thank you!

Lan
""", end="Lan", change="none", intent="question", po=["P00917"],
     dates=[("2026-11-20", "other", "20 Nov")]),
]
