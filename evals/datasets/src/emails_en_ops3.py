# ruff: noqa: E501 - email text is data
"""English operations mail at the boundaries between partial shipment / backorder, delay,
shipping notice and cancellation: 'shipped 300 of 500, rest next week', discontinued lines,
shipping notices with a backordered line, EDI/portal ASN and 855 text, PDF acknowledgements
with line tables, price increases together with a delivery confirmation, several orders in
one email, and vendors who answer a question with a question. Hand-written and
hand-labelled by reading (batch dD)."""

EMAILS = [
dict(v="mapleleaf", lang="en", at="2026-11-12 14:20", subj="Re: P05600 - status?",
     text="""
shipped 300 of the 500 today on the Day & Ross truck, rest next week. pro# 7734-00912 I'll send the BOL when I'm back at my desk

Sent from my iPhone

On Thu, Nov 12, 2026 at 9:03 AM, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Hi Josh, P05600 (500 insulated tumblers) was due 11/16 in Hamburg - are we still good?
""", end="Sent from my iPhone", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P05600"], commit=("2026-11-16", "rest next week"),
     dates=[("2026-11-12", "ship_date", "today"), ("2026-11-16", "new_eta", "next week")],
     lines=[("insulated tumblers", 300, None, "shipped 300 of the 500", "P05600")],
     track=[("Day & Ross", "7734-00912", "pro# 7734-00912")]),

dict(v="keystone", c=1, lang="en", at="2026-11-18 06:40",
     subj="856 Advance Ship Notice - PO P05601 - ASN KHD-ASN-0048812",
     frm="Keystone EDI <edi-noreply@keystonehousewares.com>",
     text="""
ADVANCE SHIP NOTICE (EDI 856) - TRANSLATED COPY
Trading Partner: HARTMANN HOME & GARDEN GMBH
ASN Number: KHD-ASN-0048812
Purchase Order: P05601        PO Date: 10/22/2026
Ship Date: 11/18/2026         Scheduled Delivery: 11/23/2026
Carrier SCAC: ODFL            PRO: 08839102274
Ship From: Keystone Housewares DC, Allentown PA
Ship To: HHG c/o Consolidator, Newark NJ

HL  LINE  BUYER ITEM   VENDOR ITEM   QTY ORD  QTY SHP  STATUS
3   001   100233       KH-SKL-10     288      288      SHIPPED
4   002   100234       KH-SKL-12     288      144      PARTIAL - B/O 144
5   003   100240       KH-DO-55      96       0        BACKORDER - ETA 12/07/2026

Cartons: 61   Pallets: 3   Weight: 2,840 LB

This is an automated transmission. Do not reply to this message.
""", end="This is an automated transmission.", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P05601"], vref=["KHD-ASN-0048812"],
     commit=("2026-12-07", "BACKORDER - ETA 12/07/2026"),
     dates=[("2026-10-22", "other", "10/22/2026"), ("2026-11-18", "ship_date", "11/18/2026"),
            ("2026-11-23", "confirmed_delivery", "11/23/2026"), ("2026-12-07", "new_eta", "12/07/2026")],
     lines=[("KH-SKL-10", 288, None, "3   001   100233       KH-SKL-10     288      288      SHIPPED", "P05601"),
            ("KH-SKL-12", 144, None, "4   002   100234       KH-SKL-12     288      144      PARTIAL - B/O 144", "P05601"),
            ("KH-SKL-12", 144, None, ("B/O 144", 0), "P05601"),
            ("KH-DO-55", 96, None, "5   003   100240       KH-DO-55      96       0        BACKORDER - ETA 12/07/2026", "P05601")],
     track=[("ODFL", "08839102274", "PRO: 08839102274")]),

dict(v="siam", c=1, lang="en", at="2026-10-14 15:10", subj="RE: P05602 order confirm",
     text="""
Dear Khun Laura,

Thank you for your PO P05602. We confirm item 1 rattan lounge chair SRT-LC-01 qty 40 set and item 3 teak side table SRT-ST-45 qty 60 pcs, ETD Laem Chabang 20/11/2026, ETA Hamburg approx. 28/12/2026.

For item 2 (seagrass basket set SRT-BS-3, 200 sets) sorry we must cancel, the weaving group in Ayutthaya stop making this model, we cannot produce anymore. Please delete from PO, we will send revised PI.

Any question please let me know.

Best regards,
Pimchanok

-----Original Message-----
From: Laura Jensen
Sent: Monday, October 12, 2026 4:40 PM
To: Pimchanok Srisuk
Subject: P05602 order confirm

Dear Pimchanok, please confirm P05602 with ETD by end of November latest. Thank you, Laura
""", end="Best regards,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P05602"],
     commit=("2026-12-28", "ETA Hamburg approx. 28/12/2026"),
     dates=[("2026-11-20", "ship_date", "20/11/2026"), ("2026-12-28", "confirmed_delivery", "28/12/2026")],
     lines=[("SRT-LC-01", 40, "set", "SRT-LC-01 qty 40 set", "P05602"),
            ("SRT-ST-45", 60, "pcs", "SRT-ST-45 qty 60 pcs", "P05602"),
            ("SRT-BS-3", 200, "sets", "SRT-BS-3, 200 sets", "P05602")]),

dict(v="pennine", lang="en", at="2026-11-24 16:45", subj="Despatch P05603",
     text="""
Laura,

P05603 went out this afternoon on Palletways, 2 pallets, con note PW-4471-20918. Should be with you Thursday.

Mugs (PS-MUG-GRN) all 600 on there. The 24cm pasta bowls PS-BWL-24 are on backorder - kiln's down, I'll let you know when I have a date for the 180.

Dave
Pennine Stoneware Ltd
""", end="Dave\nPennine", change="quantity", intent="partial_shipment", sec=["shipping_notice", "delay"],
     po=["P05603"], commit=("2026-11-26", "Should be with you Thursday"),
     dates=[("2026-11-24", "ship_date", "this afternoon"), ("2026-11-26", "confirmed_delivery", "Thursday")],
     lines=[("PS-MUG-GRN", 600, None, "all 600", "P05603"),
            ("PS-BWL-24", 180, None, "the 180", "P05603")],
     track=[("Palletways", "PW-4471-20918", "con note PW-4471-20918")]),

dict(v="evergreen", lang="en", at="2026-11-05 10:30", subj="RE: P05604 - delivery confirmation",
     text="""
Hi Tim,

Confirming P05604 (Kraft hand towels EP-TWL-KR, 320 cases) delivers to your Newark consolidator on Tuesday, November 17 as requested.

Separately - and I'm sorry to be the one to tell you - our list price on the hand towels goes from $18.60 to $19.90 per case effective January 4, 2027. This order is at the old price. Anything delivered after that date will be at the new price, so if you want to pull a January order forward, now is the time.

Best,
Bill Sutherland
Evergreen Paper Products Inc.

-----Original Message-----
From: Tim Brandt
Sent: Wednesday, November 4, 2026 4:12 PM
Subject: P05604 - delivery confirmation

Bill, can you confirm 11/17 for P05604? Last week your portal showed 11/20.
""", end="Best,", change="price", intent="price_change", sec=["confirmation"], po=["P05604"],
     commit=("2026-11-17", "delivers to your Newark consolidator on Tuesday, November 17"),
     dates=[("2026-11-17", "confirmed_delivery", "Tuesday, November 17"),
            ("2027-01-04", "price_effective", "January 4, 2027")],
     lines=[("EP-TWL-KR", 320, "cases", "EP-TWL-KR, 320 cases", "P05604")],
     prices=[dict(product="EP-TWL-KR", old=18.60, new=19.90, cur="USD", eff="2027-01-04",
                  quote="goes from $18.60 to $19.90 per case effective January 4, 2027")]),

dict(v="voltix", c=1, lang="en", at="2026-11-19 17:20", subj="Re: open orders status P05605 P05606 P05607",
     text="""
Dear Mike,

Update for your 3 orders as below:

1) P05605 power bank 10000mAh - finished, loading 24 Nov, ETA Hamburg 29 Dec, no change.
2) P05606 wireless charger 15W - only 1,200 pcs can ship with P05605, other 800 pcs ship next vessel 8 Dec, ETA Hamburg 12 Jan.
3) P05607 USB-C hub - sorry, chipset price up, we need +0.45 USD/pc, new price 7.25 USD. If not accept we cancel this PO, please advise.

Thanks
Kevin
""", end="Thanks\nKevin", change="mixed", intent="partial_shipment", sec=["price_change", "question", "confirmation"],
     po=["P05605", "P05606", "P05607"], commit=("2026-12-29", "ETA Hamburg 29 Dec"),
     dates=[("2026-11-24", "ship_date", "24 Nov"), ("2026-12-29", "confirmed_delivery", "29 Dec"),
            ("2026-12-08", "ship_date", "8 Dec"), ("2027-01-12", "new_eta", "12 Jan")],
     lines=[("wireless charger 15W", 1200, "pcs", "only 1,200 pcs", "P05606"),
            ("wireless charger 15W", 800, "pcs", "other 800 pcs", "P05606")],
     prices=[dict(product="USB-C hub", new=7.25, cur="USD", quote="we need +0.45 USD/pc, new price 7.25 USD")],
     changes=[("P05605", "confirmation", "2026-12-29", None, "finished, loading 24 Nov, ETA Hamburg 29 Dec, no change"),
              ("P05606", "partial_shipment", "2027-01-12", 800, "other 800 pcs ship next vessel 8 Dec, ETA Hamburg 12 Jan"),
              ("P05607", "price_change", None, None, "we need +0.45 USD/pc, new price 7.25 USD")]),

dict(v="acme", lang="en", at="2026-10-20 09:15", subj="RE: P05608 - can you ship early?",
     text="""
Laura - which warehouse would it go to if we ship early? Billbrook is closed for inventory the week of 11/2 per your last email, and I don't want it sitting at the dock. Let me know and I'll see what the plant can do.

Jessica

From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: Monday, October 19, 2026 5:40 PM
To: Jessica Moreno
Subject: P05608 - can you ship early?

Hi Jessica, any chance P05608 (shower caddies, 400 pcs) could ship a week early, i.e. 10/30 instead of 11/6?
""", end="Jessica\n\nFrom:", change="none", intent="question", po=["P05608"],
     dates=[("2026-11-02", "other", "the week of 11/2")]),

dict(v="highland", lang="en", at="2026-12-01 11:05", subj="P05609 - Pillar candles - please read",
     text="""
Dear Sandra,

I do hope you are keeping well, and I must apologise in advance for the news in this email.

We had a problem with a batch of wax and, having re-poured what we could, we are only able to send 420 of the 600 ivory pillar candles (HCW-PIL-IV) on P05609. These 420 will leave us on Thursday 3rd December as planned and should reach Hamburg on Tuesday 8th.

As the remaining 180 could not reach you before Christmas in any case, I have taken the liberty of cancelling them rather than leaving them on backorder - I hope that is the right decision for you, and of course you will only be invoiced for what is delivered. If you would rather we made them for January after all, please just say and I shall reinstate them.

With my sincere apologies and warmest wishes,
Fiona
""", end="With my sincere apologies", change="quantity", intent="partial_shipment", sec=["cancellation"],
     po=["P05609"], commit=("2026-12-08", "should reach Hamburg on Tuesday 8th"),
     dates=[("2026-12-03", "ship_date", "Thursday 3rd December"), ("2026-12-08", "confirmed_delivery", "Tuesday 8th"),
            ("2027-01-01", "other", "January")],
     lines=[("HCW-PIL-IV", 420, None, "only able to send 420", "P05609"),
            ("HCW-PIL-IV", 180, None, "the remaining 180", "P05609")]),

dict(v="lakeside", lang="en", at="2026-10-08 13:00", subj="Order change notification - PO P05610",
     frm="Lakeside Customer Portal <portal-noreply@lakesidepet.com>",
     text="""
LAKESIDE PET FOODS - CUSTOMER PORTAL
Order change notification

Customer PO: P05610
Lakeside Order #: LPF-SO-80144
Change made by: Amber Nielsen (Customer Service)
Change date: 10/08/2026

Line 2  LP-CAT-TRT-85  Cat treats tuna 85g  480 EA  -> CANCELLED
Reason code: DISC (item discontinued by manufacturer)

Line 1  LP-DOG-12K  Adult dog kibble chicken 12kg  200 BAG  - no change, Req. Delivery 10/21/2026

Log in to the portal to view the full order. Please do not reply to this message.
""", end="Log in to the portal", change="cancel", intent="cancellation", po=["P05610"],
     vref=["LPF-SO-80144"], commit=("2026-10-21", "no change, Req. Delivery 10/21/2026"),
     dates=[("2026-10-08", "other", "10/08/2026"), ("2026-10-21", "confirmed_delivery", "10/21/2026")],
     lines=[("LP-CAT-TRT-85", 480, "EA", "Line 2  LP-CAT-TRT-85  Cat treats tuna 85g  480 EA  -> CANCELLED", "P05610"),
            ("LP-DOG-12K", 200, "BAG", "Line 1  LP-DOG-12K  Adult dog kibble chicken 12kg  200 BAG  - no change", "P05610")]),

dict(v="nordic", c=1, lang="en", at="2026-09-22 10:15", subj="Order confirmation NT-OC-26-4410 / P05611",
     text="""
Hi Tim,

Thanks for P05611 - order confirmation attached. Please note position 2 can't make your requested week, see the date in the confirmation.

Best regards
Johan Lindqvist
Nordic Textiles AB

--- attachment: NT-OC-26-4410.pdf ---
NORDIC TEXTILES AB - ORDER CONFIRMATION
OC no: NT-OC-26-4410          Date: 2026-09-22
Customer order: P05611        Customer: Hartmann Home & Garden GmbH
Pos  Article      Description                 Qty    Req. week  Conf. delivery
1    NT-TC-L140   Linen tablecloth 140x250    300    w. 42      2026-10-12
2    NT-NAP-L4    Linen napkins, set of 4     500    w. 42      2026-10-26
3    NT-RUN-40    Table runner 40x150         250    w. 42      2026-10-12
Terms: DAP Hamburg, 30 days net. Prices as per PO.
""", end="Best regards", change="date", intent="delay", sec=["confirmation"], po=["P05611"],
     vref=["NT-OC-26-4410"], commit=("2026-10-26", "2026-10-26"),
     dates=[("2026-09-22", "other", "2026-09-22"),
            ("2026-10-12", "other", ("w. 42", 0)), ("2026-10-12", "confirmed_delivery", ("2026-10-12", 0)),
            ("2026-10-12", "other", ("w. 42", 1)), ("2026-10-26", "new_eta", "2026-10-26"),
            ("2026-10-12", "other", ("w. 42", 2)), ("2026-10-12", "confirmed_delivery", ("2026-10-12", 1))],
     lines=[("NT-TC-L140", 300, None, "1    NT-TC-L140   Linen tablecloth 140x250    300    w. 42      2026-10-12", "P05611"),
            ("NT-NAP-L4", 500, None, "2    NT-NAP-L4    Linen napkins, set of 4     500    w. 42      2026-10-26", "P05611"),
            ("NT-RUN-40", 250, None, "3    NT-RUN-40    Table runner 40x150         250    w. 42      2026-10-12", "P05611")]),

dict(v="taipei", lang="en", at="2026-12-04 18:00", subj="Re: P05612 partial shipment - balance?",
     text="""
Dear Tim,

Good news, no balance this time - our aging test finished early so we shipped ALL 5,000 pcs TC-LTN-1M of P05612 together today by UPS Worldwide Express Freight, not in two parts like I wrote before.
Tracking 1Z8V45F20488120931, 14 cartons / 2 pallets. UPS shows delivery Hamburg Wednesday 9 Dec.

Kind regards,
Vivian Lin

On Nov 27, 2026, at 10:12, Vivian Lin <vivian.lin@tpcable.com.tw> wrote:
> Dear Tim, for P05612 we can ship 3,000 pcs on Dec 4 and the rest 2,000 pcs on Dec 14, is it OK?
""", end="Kind regards,", change="shipping", intent="shipping_notice", po=["P05612"],
     commit=("2026-12-09", "UPS shows delivery Hamburg Wednesday 9 Dec"),
     dates=[("2026-12-04", "ship_date", "today"), ("2026-12-09", "confirmed_delivery", "Wednesday 9 Dec")],
     lines=[("TC-LTN-1M", 5000, "pcs", "ALL 5,000 pcs TC-LTN-1M", "P05612")],
     track=[("UPS", "1Z8V45F20488120931", "Tracking 1Z8V45F20488120931")]),

dict(v="cleanco", lang="en", at="2026-12-02 08:20", subj="P05613 bin liners",
     text="""
Tim - can only do 300 of the 500 cases of bin liners (CC-BIN-50L) this week, rest w/c 14th Dec. OK to split or do you want the lot together on the 14th? Need to know today to book the van.

Gary
""", end="Gary", change="quantity", intent="partial_shipment", sec=["question"], po=["P05613"],
     commit=("2026-12-14", "rest w/c 14th Dec"),
     dates=[("2026-11-30", "ship_date", "this week"), ("2026-12-14", "new_eta", "w/c 14th Dec"),
            ("2026-12-14", "other", "on the 14th"), ("2026-12-02", "other", "today")],
     lines=[("CC-BIN-50L", 300, "cases", "only do 300 of the 500 cases", "P05613")]),

dict(v="seoul", c=1, lang="en", at="2026-11-10 16:30", subj="RE: P05614 loading date?",
     text="""
Dear Ms. Jensen,

Before we can fix the loading date for P05614 we need to know one thing from you: should the 1,200 pcs SK-WOK-30 have the German-only manual or the EU multi-language manual? Our packaging team is waiting for this. Can you tell us by Thursday?

After your answer we will confirm loading date within 2 days.

Best regards,
Min-seo Kim

-----Original Message-----
From: Laura Jensen
Sent: Monday, November 9, 2026 6:02 PM
Subject: P05614 loading date?

Dear Min-seo, can you please confirm loading date for P05614? Originally planned 27 Nov.
""", end="Best regards,", change="none", intent="question", po=["P05614"],
     dates=[("2026-11-12", "other", "by Thursday")]),

dict(v="brightline", c=1, lang="en", at="2026-11-16 12:40", subj="RE: Cancel P05615",
     text="""
Hi Laura,

Afraid your email came too late for part of it - 300 of the BL-DL200 desk lamps were collected by DHL Freight on Friday (delivery note BL-DN-66120) and are due with you tomorrow. I've cancelled the other 200 as you asked, so the order is now closed at 300.

If you really don't want the 300, you can refuse them at the dock and we'll credit you, but I'd rather you didn't!

Tom

________________________________
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: 16 November 2026 08:55
To: Tom Okafor
Subject: Cancel P05615

Tom, please cancel P05615 (500 LED desk lamps) completely, our promo was cancelled.
""", end="Tom\n\n____", change="cancel", intent="cancellation", sec=["shipping_notice"], po=["P05615"],
     vref=["BL-DN-66120"], commit=("2026-11-17", "are due with you tomorrow"),
     dates=[("2026-11-13", "ship_date", "on Friday"), ("2026-11-17", "confirmed_delivery", "tomorrow")],
     lines=[("BL-DL200", 300, None, "300 of the BL-DL200 desk lamps", "P05615"),
            ("BL-DL200", 200, None, "cancelled the other 200", "P05615")]),

dict(v="sunshine", c=1, lang="en", at="2026-12-10 10:10", subj="Credit note P05616 - QC rejected pallets",
     text="""
Hi Tim,

As discussed, attached credit note CN-SC-26-0114 for the two pallets of Easy Peelers that failed QC on P05616 (2 x 64 cartons). The amount will be offset against invoice SC-INV-26-3312, so please pay the net amount.

Kind regards
Annelie
""", end="Kind regards", change="none", intent="other", po=["P05616"],
     vref=["CN-SC-26-0114", "SC-INV-26-3312"]),
dict(v="ningbo", lang="en", at="2026-11-23 09:00", subj="P05617 shipment advice + balance",
     text="""
Dear Laura,

Good morning. Shipment advice for P05617 (glass storage jar 1L NB-GJ-1L, total 6,000 pcs):

- 4,200 pcs loaded in container TGHU8834120, vessel CMA CGM TAGE, ETD Ningbo 21 Nov (sailed), ETA Hamburg 28 Dec
- balance 1,800 pcs: lid supplier short, will load next vessel ETD 05/12, ETA Hamburg 11/01/2027

B/L no. CMDUNGB2261783 will send after telex release.

Sorry for the split, we pay the extra freight for the balance.

Best regards,
Amy Chen
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P05617"], commit=("2027-01-11", "ETA Hamburg 11/01/2027"),
     dates=[("2026-11-21", "ship_date", "21 Nov"), ("2026-12-28", "confirmed_delivery", "28 Dec"),
            ("2026-12-05", "ship_date", "05/12"), ("2027-01-11", "new_eta", "11/01/2027")],
     lines=[("NB-GJ-1L", 4200, "pcs", "4,200 pcs loaded", "P05617"),
            ("NB-GJ-1L", 1800, "pcs", "balance 1,800 pcs", "P05617")],
     track=[("CMA CGM", "TGHU8834120", "container TGHU8834120"),
            ("CMA CGM", "CMDUNGB2261783", "B/L no. CMDUNGB2261783")]),

dict(v="greenthumb", lang="en", at="2026-09-16 07:55", subj="Re: P05618",
     text="""
Mike - line 3 (the 2cu ft perlite, GT-PER-2) is disco'd by the manufacturer so I'm cancelling it off the PO. rest ships fri, delivery to Elk Grove tues 9/22

Sent from my Verizon, Samsung Galaxy smartphone
""", end="Sent from my Verizon", change="cancel", intent="cancellation", sec=["confirmation"], po=["P05618"],
     commit=("2026-09-22", "delivery to Elk Grove tues 9/22"),
     dates=[("2026-09-18", "ship_date", "ships fri"), ("2026-09-22", "confirmed_delivery", "tues 9/22")]),

dict(v="keystone", c=1, lang="en", at="2026-10-02 05:12",
     subj="855 PO Acknowledgment - P05619 - ACCEPTED WITH CHANGES",
     frm="Keystone EDI <edi-noreply@keystonehousewares.com>",
     text="""
PURCHASE ORDER ACKNOWLEDGMENT (EDI 855) - TRANSLATED COPY
Ack Type: AC - Acknowledge - With Detail and Change
Purchase Order: P05619     PO Date: 09/30/2026
Vendor Order: KHD-SO-231877

LINE  VENDOR ITEM   QTY   STATUS                 DELIV DATE
001   KH-FP-28NS    240   IA Item Accepted       10/19/2026
002   KH-FP-24NS    240   IB Item Backordered    11/16/2026
003   KH-SP-3QT     120   IR Item Rejected       -
004   KH-LID-UNI    360   IA Item Accepted       10/19/2026

Status codes: IA accepted / IB backordered / IR rejected (not available)
This is an automated transmission from Keystone Housewares Distribution. Do not reply.
""", end="This is an automated transmission", change="mixed", intent="cancellation",
     sec=["delay", "confirmation"], po=["P05619"], vref=["KHD-SO-231877"],
     commit=("2026-11-16", "11/16/2026"),
     dates=[("2026-09-30", "other", "09/30/2026"),
            ("2026-10-19", "confirmed_delivery", ("10/19/2026", 0)),
            ("2026-11-16", "new_eta", "11/16/2026"),
            ("2026-10-19", "confirmed_delivery", ("10/19/2026", 1))],
     lines=[("KH-FP-28NS", 240, None, "001   KH-FP-28NS    240   IA Item Accepted       10/19/2026", "P05619"),
            ("KH-FP-24NS", 240, None, "002   KH-FP-24NS    240   IB Item Backordered    11/16/2026", "P05619"),
            ("KH-SP-3QT", 120, None, "003   KH-SP-3QT     120   IR Item Rejected", "P05619"),
            ("KH-LID-UNI", 360, None, "004   KH-LID-UNI    360   IA Item Accepted       10/19/2026", "P05619")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-27 14:00", subj="P05620 confirmation + new prices",
     text="""
Dear Sandra,

P05620 bathrobes are ready, truck will load on Tuesday 1st December and delivery Hamburg is 7.12.2026 as we confirmed before.

Also I must inform, from 01.01.2027 our prices will increase 7% for all terry products because of new minimum wage in Turkey. P05620 is with old price of course. New price list I will send next week.

Best regards
Elif Demir
""", end="Best regards", change="price", intent="price_change", sec=["confirmation"], po=["P05620"],
     commit=("2026-12-07", "delivery Hamburg is 7.12.2026"),
     dates=[("2026-12-01", "ship_date", "Tuesday 1st December"), ("2026-12-07", "confirmed_delivery", "7.12.2026"),
            ("2027-01-01", "price_effective", "01.01.2027"), ("2026-11-30", "other", "next week")],
     prices=[dict(product=None, pct=7, cur=None, eff="2027-01-01",
                  quote="our prices will increase 7% for all terry products")]),

dict(v="oakridge", lang="en", at="2026-11-30 09:10", subj="P05621 shipped",
     text="""
Hi Mike,

Your order P05621 finally shipped today - all 24 dining chairs and the 6 tables. I know this is 10 days past the 11/20 ship date we confirmed; the finishing line was down most of last week. Estes is showing delivery to your Elk Grove consolidator on Thursday, Dec 3.

PRO 0427-118830-5

Again, my apologies for the wait.

Travis Lund
Oakridge Furniture Co.
""", end="Travis Lund", change="date", intent="delay", sec=["shipping_notice"], po=["P05621"],
     commit=("2026-12-03", "Estes is showing delivery to your Elk Grove consolidator on Thursday, Dec 3"),
     dates=[("2026-11-30", "ship_date", "today"), ("2026-11-20", "other", "11/20"),
            ("2026-11-23", "other", "last week"), ("2026-12-03", "new_eta", "Thursday, Dec 3")],
     lines=[("dining chairs", 24, None, "all 24 dining chairs", "P05621"),
            ("tables", 6, None, "the 6 tables", "P05621")],
     track=[("Estes", "0427-118830-5", "PRO 0427-118830-5")]),

dict(v="kiwiwool", lang="en", at="2026-10-27 11:30", subj="P05622 / P05623",
     text="""
Kia ora Laura,

Two updates from us:

P05622 (merino throws, 240 pcs) - loaded and sailed yesterday on the Maersk Kinloss, container MRKU5528104, ETA Hamburg 8 Dec. All complete.

P05623 (lambswool cushions) - I'm sorry, we missed the cut-off for the same vessel as the fill is still with the carrier in Christchurch. It will go on the next sailing, 10 November, ETA Hamburg 21/12.

Ngā mihi,
Hemi
""", end="Ngā mihi,", change="date", intent="delay", sec=["shipping_notice"], po=["P05622", "P05623"],
     commit=("2026-12-08", "ETA Hamburg 8 Dec"),
     dates=[("2026-10-26", "ship_date", "yesterday"), ("2026-12-08", "confirmed_delivery", "8 Dec"),
            ("2026-11-10", "ship_date", "10 November"), ("2026-12-21", "new_eta", "21/12")],
     lines=[("merino throws", 240, "pcs", "merino throws, 240 pcs", "P05622")],
     track=[("Maersk", "MRKU5528104", "container MRKU5528104")],
     changes=[("P05622", "shipping_notice", "2026-12-08", 240, "loaded and sailed yesterday on the Maersk Kinloss, container MRKU5528104, ETA Hamburg 8 Dec. All complete."),
              ("P05623", "delay", "2026-12-21", None, "It will go on the next sailing, 10 November, ETA Hamburg 21/12")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-02 13:40", subj="Re: P05625 ex-factory 15 Nov?",
     text="""
Dear Mike ji,

Greetings of the day!!

Regarding your query if PO P05625 can be ex-factory by 15th Nov - may we know first whether your QA team can accept the slight shade variation in the indigo cushion covers (DCM-CC-IND) as per photos sent on Friday? If accepted, goods can be ex-factory on 13.11.2026 itself. If re-dyeing is required then ex-factory will be around 27th Nov only.

Kindly revert at the earliest so we can plan the packing accordingly.

Thanks & Regards,
Priya Sharma
Delhi Cotton Mills Pvt Ltd

On Sat, 31 Oct 2026 at 18:05, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Dear Priya, can P05625 be ex-factory by 15 Nov? Our Christmas promo depends on it.
""", end="Thanks & Regards,", change="none", intent="question", po=["P05625"],
     dates=[("2026-11-15", "other", "by 15th Nov"), ("2026-10-30", "other", "on Friday"),
            ("2026-11-13", "other", "13.11.2026"), ("2026-11-27", "other", "27th Nov")]),

dict(v="pennine", c=1, lang="en", at="2026-10-06 09:50", subj="Order Acknowledgement PS-ACK-118402 - your ref P05626",
     text="""
Good morning,

Please find attached our acknowledgement for your order P05626. Please note line 3 has been deleted as the item is no longer in production.

Kind regards
Order Office
Pennine Stoneware Ltd

--- attachment: PS-ACK-118402.pdf ---
PENNINE STONEWARE LTD
ORDER ACKNOWLEDGEMENT  PS-ACK-118402
Customer: Hartmann Home & Garden GmbH      Your Ref: P05626
Ack. date: 06/10/2026

Line  Code         Description                Qty   Price GBP  Despatch
1     PS-MUG-GRN   Mug 350ml sage green       720   3.10       23/10/2026
2     PS-PLT-27    Dinner plate 27cm oatmeal  480   4.45       23/10/2026
3     PS-JUG-1L    Jug 1 litre cobalt         120   6.80       DELETED - DISCONTINUED
4     PS-BWL-16    Cereal bowl 16cm oatmeal   480   2.95       30/10/2026

Despatch dates are ex works Stoke-on-Trent. Carriage paid DAP.
""", end="Kind regards", change="cancel", intent="cancellation", sec=["confirmation"], po=["P05626"],
     vref=["PS-ACK-118402"],
     dates=[("2026-10-06", "other", "06/10/2026"),
            ("2026-10-23", "ship_date", ("23/10/2026", 0)), ("2026-10-23", "ship_date", ("23/10/2026", 1)),
            ("2026-10-30", "ship_date", "30/10/2026")],
     lines=[("PS-MUG-GRN", 720, None, "1     PS-MUG-GRN   Mug 350ml sage green       720   3.10       23/10/2026", "P05626"),
            ("PS-PLT-27", 480, None, "2     PS-PLT-27    Dinner plate 27cm oatmeal  480   4.45       23/10/2026", "P05626"),
            ("PS-JUG-1L", 120, None, "3     PS-JUG-1L    Jug 1 litre cobalt         120   6.80       DELETED - DISCONTINUED", "P05626"),
            ("PS-BWL-16", 480, None, "4     PS-BWL-16    Cereal bowl 16cm oatmeal   480   2.95       30/10/2026", "P05626")]),

dict(v="aussie", lang="en", at="2026-11-17 10:20", subj="P05627",
     text="""
Hi Tim,

Bit of a mess with P05627 sorry. The 150 x AOG-TENT-2P are still stuck at the factory (fabric recall), earliest they'd land with you is mid-February, which I know is no good for your Christmas range.

Unless you tell me otherwise by Friday I'll cancel those 150 and just send the sleeping mats (AOG-MAT-SI, 300) which are ready - they'd go out Monday and be in Hamburg around 5 January.

Cheers,
Liam
""", end="Cheers,", change="cancel", intent="cancellation", sec=["partial_shipment", "question"], po=["P05627"],
     commit=("2027-01-05", "be in Hamburg around 5 January"),
     dates=[("2027-02-15", "other", "mid-February"), ("2026-11-20", "other", "by Friday"),
            ("2026-11-23", "ship_date", "go out Monday"), ("2027-01-05", "confirmed_delivery", "5 January")],
     lines=[("AOG-TENT-2P", 150, None, "cancel those 150", "P05627"),
            ("AOG-MAT-SI", 300, None, "AOG-MAT-SI, 300", "P05627")]),

dict(v="jaipur", lang="en", at="2026-11-23 12:00", subj="Re: P05628 balance",
     text="""
Dear Sandra,

Sorry but which balance are you meaning? As per our records P05628 was shipped complete on 12.11.2026 by air, AWB 176-55302148, 9 cartons, all 400 table covers. Did your warehouse receive only part of the cartons? If so please send us the GRN so we can claim with the airline.

Rgds
Anil

On Mon, 23 Nov 2026 at 09:14, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Anil, please ship the balance of P05628 asap, we only got 6 cartons.
""", end="Rgds", change="none", intent="question", po=["P05628"],
     dates=[("2026-11-12", "ship_date", "12.11.2026")],
     lines=[("table covers", 400, None, "all 400 table covers", "P05628")],
     track=[(None, "176-55302148", "AWB 176-55302148")]),

dict(v="baltic", c=1, lang="en", at="2026-12-03 10:00", subj="P05629 confirmation",
     text="""
Hello Sandra,

Order P05629 is confirmed: 800 jars forest honey BA-HON-FR-450 and 300 boxes amber cookies BA-CK-200, delivery to Hamburg 15.12.2026.

Please note that from 1 January our honey prices increase: BA-HON-FR-450 from 4,20 EUR to 4,55 EUR per jar. For P05629 the old price is valid because it is delivered before that date. For your next order P05630 the new price will apply - please confirm you accept, otherwise we keep it open until we speak.

Regards,
Ruta Petraitiene
""", end="Regards,", change="price", intent="price_change", sec=["confirmation", "question"],
     po=["P05629", "P05630"], commit=("2026-12-15", "delivery to Hamburg 15.12.2026"),
     dates=[("2026-12-15", "confirmed_delivery", "15.12.2026"), ("2027-01-01", "price_effective", "1 January")],
     lines=[("BA-HON-FR-450", 800, "jars", "800 jars forest honey BA-HON-FR-450", "P05629"),
            ("BA-CK-200", 300, "boxes", "300 boxes amber cookies BA-CK-200", "P05629")],
     prices=[dict(product="BA-HON-FR-450", old=4.20, new=4.55, cur="EUR", eff="2027-01-01",
                  quote="BA-HON-FR-450 from 4,20 EUR to 4,55 EUR per jar")],
     changes=[("P05629", "confirmation", "2026-12-15", None, "Order P05629 is confirmed"),
              ("P05630", "price_change", None, None, "For your next order P05630 the new price will apply")]),

dict(v="milano", lang="en", at="2026-11-09 17:45", subj="R: cancellation P05631",
     text="""
Dear Tim,

received, thank you. I forward your cancellation request for P05631 to our production manager and I come back to you tomorrow - some of the vases may be already glazed, then we need to discuss.

Giulia
""", end="Giulia", change="none", intent="other", po=["P05631"],
     dates=[("2026-11-10", "other", "tomorrow")]),

dict(v="hanoi", lang="en", at="2026-12-02 16:00", subj="Shipping advice P05632",
     text="""
Dear Ms. Laura,

Please find below shipping advice for order P05632.

Vessel: YM WELLNESS 061W
ETD Hai Phong: 02 Dec 2026
ETA Hamburg: 09 Jan 2027
B/L No.: YMLUH490218733
Container: YMMU6120457 (40'HC)

Packing list attached. Thank you for your business!

Best regards,
Nguyen Thi Lan

--- attachment: PL-HB-2611-032.pdf ---
HANOI BAMBOO CRAFTS JSC - PACKING LIST PL-HB-2611-032
Order: P05632
Item          Description                 Ordered   Packed   Cartons
HB-BM-5080    Bamboo bath mat 50x80       1,000     1,000    100
HB-SH-3T      Bamboo shelf 3-tier         500       300      60
HB-TRAY-L     Bamboo serving tray L       400       400      40
Total                                                        200
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P05632"], vref=["PL-HB-2611-032"], commit=("2027-01-09", "ETA Hamburg: 09 Jan 2027"),
     dates=[("2026-12-02", "ship_date", "02 Dec 2026"), ("2027-01-09", "confirmed_delivery", "09 Jan 2027")],
     lines=[("HB-BM-5080", 1000, None, "HB-BM-5080    Bamboo bath mat 50x80       1,000     1,000    100", "P05632"),
            ("HB-SH-3T", 300, None, "HB-SH-3T      Bamboo shelf 3-tier         500       300      60", "P05632"),
            ("HB-TRAY-L", 400, None, "HB-TRAY-L     Bamboo serving tray L       400       400      40", "P05632")],
     track=[(None, "YMLUH490218733", "B/L No.: YMLUH490218733"), (None, "YMMU6120457", "Container: YMMU6120457")]),

dict(v="lakeside", c=1, lang="en", at="2026-10-29 15:30", subj="Shipment confirmation - PO P05633",
     text="""
*** SHIPMENT CONFIRMATION ***

Customer PO: P05633
Lakeside Order #: LPF-SO-80377
Ship Date: 10/29/2026
Carrier: Estes Express Lines   PRO #: 2209187745
Est. Delivery: 11/03/2026

Line  Item          Description                    Ordered  Shipped  B/O  UOM
1     LP-DOG-12K    Adult dog kibble chicken 12kg  300      300      0    BAG
2     LP-DOG-6K-GF  Grain-free dog food 6kg        200      0        200  BAG
3     LP-CAT-4K     Indoor cat food salmon 4kg     240      240      0    BAG

Backordered items: est. ship date TBD. You will be notified when backordered items ship.

Questions? Reply to this email or call 1-800-555-0142.
Lakeside Pet Foods Inc. | Shipping Team
""", end="Questions? Reply", change="quantity", intent="partial_shipment", sec=["shipping_notice", "delay"],
     po=["P05633"], vref=["LPF-SO-80377"], commit=("2026-11-03", "Est. Delivery: 11/03/2026"),
     dates=[("2026-10-29", "ship_date", "10/29/2026"), ("2026-11-03", "confirmed_delivery", "11/03/2026")],
     lines=[("LP-DOG-12K", 300, "BAG", "1     LP-DOG-12K    Adult dog kibble chicken 12kg  300      300      0    BAG", "P05633"),
            ("LP-DOG-6K-GF", 200, "BAG", "2     LP-DOG-6K-GF  Grain-free dog food 6kg        200      0        200  BAG", "P05633"),
            ("LP-CAT-4K", 240, "BAG", "3     LP-CAT-4K     Indoor cat food salmon 4kg     240      240      0    BAG", "P05633")],
     track=[("Estes Express Lines", "2209187745", "PRO #: 2209187745")]),

dict(v="brightline", lang="en", at="2026-10-21 14:10", subj="RE: P05634 delay?",
     text="""
Hi Mike,

It's not a delay I'm afraid - the BL-SPK-MINI speaker on P05634 has been discontinued by the manufacturer and there is no more stock coming. I'll have to cancel that line (250 units). The rest of the order is unaffected and will be delivered on 30/10 as confirmed.

We do have the BL-SPK-MINI2 (same price, slightly bigger, USB-C instead of micro-USB) in stock and could send 250 of those on the same delivery. Would that work for you?

Kind regards,
Sarah
""", end="Kind regards,", change="cancel", intent="cancellation", sec=["question", "confirmation"],
     po=["P05634"], commit=("2026-10-30", "will be delivered on 30/10 as confirmed"),
     dates=[("2026-10-30", "confirmed_delivery", "30/10")],
     lines=[("BL-SPK-MINI", 250, "units", "cancel that line (250 units)", "P05634"),
            ("BL-SPK-MINI2", 250, None, "send 250 of those", "P05634")]),

dict(v="acme", c=1, lang="en", at="2026-12-08 16:45", subj="your open POs",
     text="""
Laura,

Rundown on your three open POs:

P05635 - shipped complete today, FedEx Freight PRO 7714-2203-88. Should deliver Friday 12/11.
P05636 - 300 of the 500 bath mats on the same truck. Other 200 next week, I'll confirm the day.
P05637 - cancelled per your email, nothing was made so no charges.

Dave
""", end="Dave", change="mixed", intent="partial_shipment", sec=["shipping_notice", "cancellation"],
     po=["P05635", "P05636", "P05637"], commit=("2026-12-11", "Should deliver Friday 12/11"),
     dates=[("2026-12-08", "ship_date", "today"), ("2026-12-11", "confirmed_delivery", "Friday 12/11"),
            ("2026-12-14", "new_eta", "next week")],
     lines=[("bath mats", 300, None, "300 of the 500 bath mats", "P05636"),
            ("bath mats", 200, None, "Other 200", "P05636")],
     track=[("FedEx Freight", "7714-2203-88", "PRO 7714-2203-88")],
     changes=[("P05635", "shipping_notice", "2026-12-11", None, "shipped complete today, FedEx Freight PRO 7714-2203-88. Should deliver Friday 12/11."),
              ("P05636", "partial_shipment", "2026-12-14", 200, "Other 200 next week"),
              ("P05637", "cancellation", None, None, "cancelled per your email")]),
dict(v="siam", lang="en", at="2026-12-09 11:00", subj="Re: P05638 booking confirmation",
     text="""
Dear Laura,

Sorry, bad news after my mail yesterday: shipping line inform us the vessel ONE HARMONY is overbooked and our container for P05638 is rolled to the next vessel. New ETD Laem Chabang 17 Dec, ETA Hamburg 25 Jan instead of 18 Jan.

Cargo is already at port, nothing missing, all 85 sets.

Best regards,
Somchai

On Tue, Dec 8, 2026 at 3:20 PM Somchai Wongsakul <somchai.wongsakul@siamrattan.co.th> wrote:
> Dear Laura, booking confirmed for P05638, ETD 10 Dec, ETA Hamburg 18 Jan. Best regards, Somchai
""", end=("Best regards,\nSomchai", 0), change="date", intent="delay", po=["P05638"],
     commit=("2027-01-25", "ETA Hamburg 25 Jan"),
     dates=[("2026-12-08", "other", "yesterday"), ("2026-12-17", "ship_date", "17 Dec"),
            ("2027-01-25", "new_eta", "25 Jan"), ("2027-01-18", "other", ("18 Jan", 0))],
     lines=[("rattan furniture", 85, "sets", "all 85 sets", "P05638")]),

dict(v="plasticos", lang="en", at="2026-11-05 12:30", subj="P05639 storage boxes",
     text="""
Hello Mike,

We send today 300 of the 500 storage boxes 60L (PN-SB-60) for P05639 to your consolidator in Laredo, the truck arrive there tomorrow. The other 200 boxes we send next week Wednesday because the resin for the lids arrive late to our plant.

Bill of lading is BL-PN-26-1187.

Regards,
Rodrigo Garza
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P05639"],
     commit=("2026-11-06", "the truck arrive there tomorrow"),
     dates=[("2026-11-05", "ship_date", "today"), ("2026-11-06", "confirmed_delivery", "tomorrow"),
            ("2026-11-11", "ship_date", "next week Wednesday")],
     lines=[("PN-SB-60", 300, None, "300 of the 500 storage boxes 60L", "P05639"),
            ("PN-SB-60", 200, "boxes", "The other 200 boxes", "P05639")],
     track=[(None, "BL-PN-26-1187", "Bill of lading is BL-PN-26-1187")]),

dict(v="taipei", c=1, lang="en", at="2026-10-15 10:00", subj="P05640 + price info",
     text="""
Dear Tim,

1. P05640 - confirmed, 4,000 pcs TC-USBC-1M ship by air 2 Nov, arrive Hamburg 5 Nov.
2. Because of copper price, all cable items will increase 4.5% for orders confirmed after 1st Dec 2026. Orders before this date keep old price.
3. Do you still need the 2m version for Q1? Please tell us the quantity so we can book material.

Best regards,
Eric Huang
""", end="Best regards,", change="price", intent="price_change", sec=["confirmation", "question"], po=["P05640"],
     commit=("2026-11-05", "arrive Hamburg 5 Nov"),
     dates=[("2026-11-02", "ship_date", "2 Nov"), ("2026-11-05", "confirmed_delivery", "5 Nov"),
            ("2026-12-01", "price_effective", "1st Dec 2026")],
     lines=[("TC-USBC-1M", 4000, "pcs", "4,000 pcs TC-USBC-1M", "P05640")],
     prices=[dict(product=None, pct=4.5, cur=None, eff="2026-12-01",
                  quote="all cable items will increase 4.5%")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-30 06:05", subj="Backorder / cancellation notification - Customer PO P05641",
     text="""
BACKORDER / CANCELLATION NOTIFICATION

Customer: Hartmann Home & Garden
Customer PO: P05641
Our Order: CC-SO-21877

Backordered:
  CC-GLV-NIT-L   Nitrile gloves L (box 100)   Qty 600   Expected availability: 11/01/2027

Cancelled (discontinued line):
  CC-SPNG-10     Scourer sponges 10pk         Qty 240

All other items on this order were despatched today under delivery note CC-DN-79940.

This is an automated message. Please do not reply.
""", end="This is an automated message.", change="mixed", intent="partial_shipment",
     sec=["cancellation", "shipping_notice"], po=["P05641"], vref=["CC-SO-21877", "CC-DN-79940"],
     commit=("2027-01-11", "Expected availability: 11/01/2027"),
     dates=[("2027-01-11", "new_eta", "11/01/2027"), ("2026-11-30", "ship_date", "today")],
     lines=[("CC-GLV-NIT-L", 600, None, "Qty 600", "P05641"),
            ("CC-SPNG-10", 240, None, "Qty 240", "P05641")]),

dict(v="serra", lang="en", at="2026-10-19 15:00", subj="Re: P05642 earlier delivery?",
     text="""
Hi Mike,

About your request to bring P05642 forward - before I answer, can you accept the goods by sea to Hamburg (ETA about 14/12) or does it have to be air? By air we can have it there by 20/11 but the freight would be around USD 0,80 per piece extra, for 2.400 pcs that is a lot.

Let me know which one you want and I will confirm in writing.

Abraços,
Rafael
""", end="Abraços,", change="none", intent="question", po=["P05642"],
     dates=[("2026-12-14", "other", "14/12"), ("2026-11-20", "other", "20/11")]),

dict(v="romande", lang="en", at="2026-12-01 09:30", subj="Order confirmation CR-AB-26-1409 - P05643",
     text="""
Dear Mr Brandt,

Thank you for your order P05643. Enclosed our order confirmation. Please note we can deliver 300 of the 500 paring knives CR-PK-09 before Christmas; the remaining 200 follow in calendar week 3.

Kind regards
Luc Favre

--- attachment: CR-AB-26-1409.pdf ---
COUTELLERIE ROMANDE SA - CONFIRMATION DE COMMANDE / ORDER CONFIRMATION
No: CR-AB-26-1409     Date: 01.12.2026
Your order: P05643
Pos  Article   Description              Qty   Delivery
1    CR-PK-09  Paring knife 9 cm        300   16.12.2026
1a   CR-PK-09  Paring knife 9 cm        200   KW 3/2027
2    CR-BK-20  Bread knife 20 cm        150   16.12.2026
Incoterm DAP Hamburg
""", end="Kind regards", change="quantity", intent="partial_shipment", sec=["confirmation"], po=["P05643"],
     vref=["CR-AB-26-1409"], commit=("2027-01-18", "the remaining 200 follow in calendar week 3"),
     dates=[("2027-01-18", "new_eta", "calendar week 3"), ("2026-12-01", "other", "01.12.2026"),
            ("2026-12-16", "confirmed_delivery", ("16.12.2026", 0)), ("2027-01-18", "new_eta", "KW 3/2027"),
            ("2026-12-16", "confirmed_delivery", ("16.12.2026", 1))],
     lines=[("CR-PK-09", 300, None, "300 of the 500 paring knives CR-PK-09", "P05643"),
            ("CR-PK-09", 200, None, "the remaining 200", "P05643"),
            ("CR-PK-09", 300, None, "1    CR-PK-09  Paring knife 9 cm        300   16.12.2026", "P05643"),
            ("CR-PK-09", 200, None, "1a   CR-PK-09  Paring knife 9 cm        200   KW 3/2027", "P05643"),
            ("CR-BK-20", 150, None, "2    CR-BK-20  Bread knife 20 cm        150   16.12.2026", "P05643")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-12-07 11:20", subj="RE: cancel P05644?",
     text="""
Hi Laura,

Sorry, I can't cancel P05644 at this stage - the 1,100 tins of shortbread were baked and packed last week in your own design, so there's nobody else we could sell them to. They're due to leave here Thursday and be with you Monday 14th as planned.

If it's a space problem we could hold them here until early January at no charge - would that help?

Declan
""", end="Declan", change="none", intent="confirmation", sec=["question"], po=["P05644"],
     commit=("2026-12-14", "be with you Monday 14th as planned"),
     dates=[("2026-11-30", "other", "last week"), ("2026-12-10", "ship_date", "Thursday"),
            ("2026-12-14", "confirmed_delivery", "Monday 14th"), ("2027-01-01", "other", "early January")],
     lines=[("shortbread tins", 1100, "tins", "the 1,100 tins of shortbread", "P05644")]),

dict(v="greenthumb", c=1, lang="en", at="2026-10-13 08:30", subj="P05645 - on hold",
     text="""
Mike,

Heads up - P05645 (36 pallets of cedar mulch) is on hold. The mill that bags it for us had a fire Saturday night and they can't tell us yet when they'll be running again. Everyone's ok.

It was set to ship 10/16. I don't have a new date for you and I won't guess. If you need to source elsewhere for the fall promo I understand, just tell me and I'll cancel it with no charge.

Megan
""", end="Megan", change="date", intent="delay", po=["P05645"],
     dates=[("2026-10-10", "other", "Saturday night"), ("2026-10-16", "other", "10/16")]),

dict(v="kaiser", lang="en", at="2026-11-11 14:00", subj="Delivery complete P05646",
     text="""
Dear Mrs Klein,

Correction to our message from this morning: the delivery of P05646 is NOT complete. During loading we found 40 of the 400 extension cords EK-VL-10 damaged and took them back. So 360 pcs are on the truck today (delivery note LS-2026-19420), arriving tomorrow. The 40 pcs replacement come with our own truck on 18.11.

All other positions complete.

Best regards
Stefan Kaiser
""", end="Best regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P05646"],
     vref=["LS-2026-19420"], commit=("2026-11-18", "The 40 pcs replacement come with our own truck on 18.11."),
     dates=[("2026-11-11", "other", "this morning"), ("2026-11-11", "ship_date", "today"),
            ("2026-11-12", "confirmed_delivery", "tomorrow"), ("2026-11-18", "new_eta", "18.11.")],
     lines=[("EK-VL-10", 360, "pcs", "360 pcs are on the truck", "P05646"),
            ("EK-VL-10", 40, "pcs", "The 40 pcs replacement", "P05646")]),

dict(v="voltix", lang="en", at="2026-09-24 16:00", subj="P05647 early loading / P05648 cancel",
     text="""
Dear Mike,

Good news for P05647: production finish early, we can load 2 Oct instead of 16 Oct, ETA Hamburg 6 Nov (before was 20 Nov). I hope this is OK for you, if not please tell us and we keep the goods in our warehouse.

For P05648 we accept your cancel, the PI VX-PI-260911-07 is void, deposit 30% we refund next week or keep for next order, as you like?

Best regards
Cindy Zhang
""", end="Best regards", change="mixed", intent="cancellation", sec=["confirmation", "question"],
     po=["P05647", "P05648"], vref=["VX-PI-260911-07"], commit=("2026-11-06", "ETA Hamburg 6 Nov"),
     dates=[("2026-10-02", "ship_date", "2 Oct"), ("2026-10-16", "other", "16 Oct"),
            ("2026-11-06", "confirmed_delivery", "6 Nov"), ("2026-11-20", "other", "20 Nov"),
            ("2026-09-28", "other", "next week")],
     changes=[("P05647", "confirmation", "2026-11-06", None, "we can load 2 Oct instead of 16 Oct, ETA Hamburg 6 Nov"),
              ("P05648", "cancellation", None, None, "For P05648 we accept your cancel")]),

dict(v="sparkle", lang="en", at="2026-12-02 13:30", subj="Re: P05649 backorder",
     text="""
Hi Laura,

Honest answer: do you still want them? The factory can't give me a date for the 120 Bordeaux glasses (SG-BDX-45) yet and I suspect anything now is too late for your Christmas tables. If you'd rather, I can cancel them and credit you instead. Which would you prefer?

Hannah

On 2 Dec 2026, at 09:12, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hannah, when will the 120 backordered glasses from P05649 arrive? The rest came on 27 Nov.
""", end="Hannah\n\nOn", change="none", intent="question", po=["P05649"],
     lines=[("SG-BDX-45", 120, None, "the 120 Bordeaux glasses (SG-BDX-45)", "P05649")]),

dict(v="keystone", lang="en", at="2026-11-25 15:00", subj="RE: ASN KHD-ASN-0049377 - line 2 backordered?",
     text="""
Hi Tim,

Sorry for the confusion on P05650 - the ASN you got Tuesday (KHD-ASN-0049377) showed line 2 as backordered, but that was a warehouse scanning error. All 192 KH-SKL-12 skillets went out on the same trailer with the rest, so the order shipped complete. A corrected 856 is going out tonight.

Delivery is still Monday 11/30.

Rachel Dunn
Customer Service | Keystone Housewares Distribution
""", end="Rachel Dunn", change="shipping", intent="shipping_notice", po=["P05650"],
     vref=["KHD-ASN-0049377"], commit=("2026-11-30", "Delivery is still Monday 11/30"),
     dates=[("2026-11-24", "other", "Tuesday"), ("2026-11-25", "other", "tonight"),
            ("2026-11-30", "confirmed_delivery", "Monday 11/30")],
     lines=[("KH-SKL-12", 192, None, "All 192 KH-SKL-12 skillets", "P05650")]),

dict(v="pacific", lang="en", at="2026-11-18 11:10", subj="Holiday orders",
     text="""
Hey Tim,

Couple of things on your holiday coffee orders:

- P05651 (Holiday Blend 12oz): roasting Monday, ships Tuesday 11/24, should land at your consolidator 12/1. No change.
- P05652 (espresso 2lb): green coffee container is stuck in Oakland, so this one slips to 12/15 delivery, sorry.
- Also, heads up: green coffee costs are up again so starting 1/1 the 12oz bags go from $8.40 to $8.95. Neither of these orders is affected.

Lena
""", end="Lena", change="mixed", intent="delay", sec=["confirmation", "price_change"],
     po=["P05651", "P05652"], commit=("2026-12-01", "should land at your consolidator 12/1"),
     dates=[("2026-11-23", "other", "roasting Monday"), ("2026-11-24", "ship_date", "Tuesday 11/24"),
            ("2026-12-01", "confirmed_delivery", "consolidator 12/1"), ("2026-12-15", "new_eta", "12/15"),
            ("2027-01-01", "price_effective", "starting 1/1")],
     prices=[dict(product="12oz bags", old=8.40, new=8.95, cur="USD", eff="2027-01-01",
                  quote="the 12oz bags go from $8.40 to $8.95")],
     changes=[("P05651", "confirmation", "2026-12-01", None, "ships Tuesday 11/24, should land at your consolidator 12/1. No change."),
              ("P05652", "delay", "2026-12-15", None, "this one slips to 12/15 delivery")]),

dict(v="lisbon", c=1, lang="en", at="2026-10-01 12:00", subj="P05653 - cancellation",
     text="""
Dear Laura,

I am very sorry to write this. After the fire at our cork stopper supplier in Santa Maria da Feira we cannot produce the cork trivets (LC-TRV-20, 1,500 pcs) for P05653 this year. We have tried two other suppliers without success, so we have no choice than to cancel the order. The deposit of EUR 1.350,00 will be returned to your account by 9 October.

Your other order P05654 (cork placemats) is not affected and leaves here on 14/10 as planned.

With my apologies,
Rui Costa
""", end="With my apologies,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P05653", "P05654"],
     dates=[("2026-10-09", "other", "9 October"), ("2026-10-14", "ship_date", "14/10")],
     lines=[("LC-TRV-20", 1500, "pcs", "LC-TRV-20, 1,500 pcs", "P05653")],
     changes=[("P05653", "cancellation", None, 1500, "we have no choice than to cancel the order"),
              ("P05654", "confirmation", None, None, "is not affected and leaves here on 14/10 as planned")]),

dict(v="twente", lang="en", at="2026-11-03 08:00", subj="Delivery schedule changed - order P05655",
     frm="Twentse Kunststoffen B2B Portal <noreply@twentsekunststof.nl>",
     text="""
TWENTSE KUNSTSTOFFEN - B2B PORTAL
Notification: delivery schedule changed

Order: P05655 (our ref. TK-VO-26-7712)
Your requested delivery: 10-11-2026

New schedule:
Delivery 1  TK-BOX-20L  storage box 20 l   600 pcs   10-11-2026
Delivery 2  TK-BOX-20L  storage box 20 l   400 pcs   24-11-2026
Delivery 2  TK-LID-20   lid 20 l           1000 pcs  24-11-2026

Reason: capacity moulding line 3
View the order in the portal: https://portal.twentsekunststof.nl/orders

This notification was sent automatically.
""", end="View the order in the portal", change="quantity", intent="partial_shipment", sec=["delay"],
     po=["P05655"], vref=["TK-VO-26-7712"], commit=("2026-11-24", ("24-11-2026", 1)),
     dates=[("2026-11-10", "other", ("10-11-2026", 0)), ("2026-11-10", "confirmed_delivery", ("10-11-2026", 1)),
            ("2026-11-24", "new_eta", ("24-11-2026", 0)), ("2026-11-24", "new_eta", ("24-11-2026", 1))],
     lines=[("TK-BOX-20L", 600, "pcs", "Delivery 1  TK-BOX-20L  storage box 20 l   600 pcs   10-11-2026", "P05655"),
            ("TK-BOX-20L", 400, "pcs", "Delivery 2  TK-BOX-20L  storage box 20 l   400 pcs   24-11-2026", "P05655"),
            ("TK-LID-20", 1000, "pcs", "Delivery 2  TK-LID-20   lid 20 l           1000 pcs  24-11-2026", "P05655")]),

dict(v="andino", lang="en", at="2026-10-20 17:00", subj="RE: P05656 delay?",
     text="""
Hi Sandra,

No delay - the container with P05656 (1,200 bags Café Andino Supremo 500g) sailed from Cartagena on Sunday on the MSC ALINA, B/L MEDUCT449210, ETA Hamburg 9 November, as per our confirmation. The customs documents went to your broker by courier today.

Best regards,
Andrés Restrepo

-----Original Message-----
From: Sandra Klein
Sent: Tuesday, October 20, 2026 10:02 AM
Subject: P05656 delay?

Andrés, our forwarder says the vessel from Cartagena was delayed to 24 Oct - is P05656 affected?
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P05656"],
     commit=("2026-11-09", "ETA Hamburg 9 November"),
     dates=[("2026-10-18", "ship_date", "on Sunday"), ("2026-11-09", "confirmed_delivery", "9 November"),
            ("2026-10-20", "other", "today")],
     lines=[("Café Andino Supremo 500g", 1200, "bags", "1,200 bags Café Andino Supremo 500g", "P05656")],
     track=[("MSC", "MEDUCT449210", "B/L MEDUCT449210")]),
dict(v="texbright", lang="en", at="2026-11-09 14:00", subj="Your TexBright order has shipped - PO P05657",
     frm="TexBright Order Updates <orders@texbright.com>",
     text="""
TexBright Bedding - Shipment Notification

Good news! Your order has shipped.

Purchase Order: P05657
Order #: TB-448120
Shipped: Monday, November 9, 2026 via Saia LTL
Tracking/PRO: 1048-223-771
Transit time: 5-7 business days to Newark, NJ consolidation

Shipped complete:
  TB-DUV-Q-WHT   Duvet cover queen white    180 ea
  TB-SHT-Q-GRY   Sheet set queen grey       240 ea

Questions about your shipment? Contact customer care at 1-888-555-0199.
""", end="Questions about your shipment?", change="shipping", intent="shipping_notice", po=["P05657"],
     vref=["TB-448120"], commit=("2026-11-18", "Transit time: 5-7 business days"),
     dates=[("2026-11-09", "ship_date", "Monday, November 9, 2026"),
            ("2026-11-16", "range_start", "5-7 business days"), ("2026-11-18", "range_end", "5-7 business days")],
     lines=[("TB-DUV-Q-WHT", 180, "ea", "TB-DUV-Q-WHT   Duvet cover queen white    180 ea", "P05657"),
            ("TB-SHT-Q-GRY", 240, "ea", "TB-SHT-Q-GRY   Sheet set queen grey       240 ea", "P05657")],
     track=[("Saia LTL", "1048-223-771", "Tracking/PRO: 1048-223-771")]),

dict(v="kempen", lang="en", at="2026-11-20 10:10", subj="Re: P05658 one week earlier?",
     text="""
Hi Sandra,

Good news: we can do it. The 12 oak sideboards (KM-SB-180) for P05658 will be delivered on Friday 4 December instead of the 11th, our own truck, between 8 and 12h.

Kind regards,
Wouter Janssens
Kempense Meubelmakerij

Op 19 nov. 2026 om 16:40 schreef Sandra Klein <sandra.klein@hhg-retail.com>:
> Wouter, is there any chance to get P05658 one week earlier? The showroom opens on 7 December.
""", end="Kind regards,", change="date", intent="confirmation", po=["P05658"],
     commit=("2026-12-04", "will be delivered on Friday 4 December"),
     dates=[("2026-12-04", "confirmed_delivery", "Friday 4 December"), ("2026-12-11", "other", "the 11th")],
     lines=[("KM-SB-180", 12, None, "The 12 oak sideboards (KM-SB-180)", "P05658")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-12-04 16:30", subj="Re: P05659 shipped?",
     text="""
Not yet, sorry Tim. The snowshoe bindings came in wrong from our supplier so P05659 is held until they're swapped. Realistically it ships 12/14 and lands in Hamburg around 1/8. I'll send tracking the day it goes.

Karen

On Fri, Dec 4, 2026 at 10:05 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Karen, has P05659 shipped? Your confirmation said 12/4 ex works, delivery 12/21.
""", end="Karen\n\nOn", change="date", intent="delay", po=["P05659"],
     commit=("2027-01-08", "lands in Hamburg around 1/8"),
     dates=[("2026-12-14", "ship_date", "12/14"), ("2027-01-08", "new_eta", "1/8")]),

dict(v="hansa", c=1, lang="en", at="2026-11-16 09:00", subj="New ERP system from 30 November",
     text="""
Dear Mr Osei,

Please note that we are moving to a new ERP system on 30 November. From that date our order confirmations, delivery notes and invoices will come from erp@hansa-glas.de and carry new numbers (format HG-26-xxxxx). Your open orders P05660 and P05661 keep their confirmed dates; you will receive a new confirmation document for them with the new number, no action needed.

Our office is closed on 30 November for the switch.

Best regards
Ole Thomsen
""", end="Best regards", change="none", intent="other", po=["P05660", "P05661"],
     dates=[("2026-11-30", "other", ("30 November", 0)), ("2026-11-30", "other", ("30 November", 1))]),

dict(v="jaipur", c=1, lang="en", at="2026-10-08 18:00", subj="PI JBP-PI-2026-0417 against PO P05662",
     text="""
Dear Sandra ji,

Thank you for the PO P05662. Please find our proforma invoice attached as order acknowledgement. All items are confirmed as per PO.

Warm regards,
Sunita Rathore
Jaipur Block Prints Pvt Ltd

--- attachment: JBP-PI-2026-0417.pdf ---
JAIPUR BLOCK PRINTS PVT LTD - PROFORMA INVOICE
PI No: JBP-PI-2026-0417        Date: 08-Oct-2026
Buyer: Hartmann Home & Garden GmbH, Hamburg     Buyer PO: P05662
S.No  Item           Description                   Qty   Rate EUR   Amount EUR
1     JBP-TC-IND     Tablecloth indigo 150x250     250   11.40      2,850.00
2     JBP-NAP-IND    Napkin set indigo (6)         400   5.20       2,080.00
3     JBP-QLT-S      Block print quilt single      120   24.00      2,880.00
Ex-factory: 06-Nov-2026      Mode: Air      ETA Hamburg: 12-Nov-2026
Payment: 30% advance, balance against documents
""", end="Warm regards,", change="none", intent="confirmation", po=["P05662"],
     vref=["JBP-PI-2026-0417"], commit=("2026-11-12", "ETA Hamburg: 12-Nov-2026"),
     dates=[("2026-10-08", "other", "08-Oct-2026"), ("2026-11-06", "ship_date", "06-Nov-2026"),
            ("2026-11-12", "confirmed_delivery", "12-Nov-2026")],
     lines=[("JBP-TC-IND", 250, None, "1     JBP-TC-IND     Tablecloth indigo 150x250     250   11.40      2,850.00", "P05662"),
            ("JBP-NAP-IND", 400, None, "2     JBP-NAP-IND    Napkin set indigo (6)         400   5.20       2,080.00", "P05662"),
            ("JBP-QLT-S", 120, None, "3     JBP-QLT-S      Block print quilt single      120   24.00      2,880.00", "P05662")]),

dict(v="levante", c=1, lang="en", at="2026-11-24 13:15", subj="P05663 towels",
     text="""
Hi Tim,

Sory for late answer. For P05663 the towels colour sand (TL-TOA-ARE) have problem in dye house, we can not send all 900 pcs on 27/11 like confirmed. We have ready 500 pcs, the other 400 pcs will be ready 11/12 and delivery at you around 16/12.

Is possible to send the 500 now and the 400 after, or you prefer all together on 16/12? Please tell me today or tomorow.

Thanks
Pablo
""", end="Thanks\nPablo", change="quantity", intent="partial_shipment", sec=["question", "delay"], po=["P05663"],
     commit=("2026-12-16", "delivery at you around 16/12"),
     dates=[("2026-11-27", "other", "27/11"), ("2026-12-11", "other", "11/12"),
            ("2026-12-16", "new_eta", ("16/12", 0)), ("2026-12-16", "other", ("16/12", 1)),
            ("2026-11-24", "other", "today"), ("2026-11-25", "other", "tomorow")],
     lines=[("TL-TOA-ARE", 500, "pcs", "We have ready 500 pcs", "P05663"),
            ("TL-TOA-ARE", 400, "pcs", "the other 400 pcs", "P05663")]),

dict(v="mueller", c=1, lang="en", at="2026-12-03 15:20", subj="Dispatch P05664 / P05665",
     text="""
Dear Mr Osei,

Today we handed over your orders P05664 and P05665 to DB Schenker, consolidated on 3 pallets:

P05664 - 120 pcs hedge trimmers MG-HS-60, complete
P05665 - 80 pcs leaf blowers MG-LB-30, complete (the 20 pcs that were open from our part delivery of 19.11.2026 are included)

Schenker consignment no. 1030-448812. Delivery by Schenker is planned for Tuesday, 08.12.2026.

Kind regards
Claudia Schmitt
Müller Gartentechnik
""", end="Kind regards", change="shipping", intent="shipping_notice", po=["P05664", "P05665"],
     commit=("2026-12-08", "Delivery by Schenker is planned for Tuesday, 08.12.2026"),
     dates=[("2026-12-03", "ship_date", "Today"), ("2026-11-19", "other", "19.11.2026"),
            ("2026-12-08", "confirmed_delivery", "Tuesday, 08.12.2026")],
     lines=[("MG-HS-60", 120, "pcs", "120 pcs hedge trimmers MG-HS-60, complete", "P05664"),
            ("MG-LB-30", 80, "pcs", "80 pcs leaf blowers MG-LB-30, complete", "P05665")],
     track=[("DB Schenker", "1030-448812", "Schenker consignment no. 1030-448812")],
     changes=[("P05664", "shipping_notice", "2026-12-08", 120, "P05664 - 120 pcs hedge trimmers MG-HS-60, complete"),
              ("P05665", "shipping_notice", "2026-12-08", 80, "P05665 - 80 pcs leaf blowers MG-LB-30, complete")]),

dict(v="seoul", lang="en", at="2026-11-12 17:00", subj="P05666 loading confirm / price",
     text="""
Dear Ms. Jensen,

Thank you for your patience. Loading of P05666 (stainless steel pot set SK-POT-5PC, 600 sets) is confirmed for 20 November, ETA Hamburg 24 December.

Unfortunately the stainless steel coil price increased 11% since your order, so we have to apply a surcharge of USD 1.60 per set (USD 27.40 -> USD 29.00) on all shipments leaving from 15 November. This is also for P05666. We are sorry, we tried to absorb but it is not possible.

Please sign the revised PI and return by Monday.

Best regards,
Ji-ho Park
""", end="Best regards,", change="price", intent="price_change", sec=["confirmation", "question"], po=["P05666"],
     commit=("2026-12-24", "ETA Hamburg 24 December"),
     dates=[("2026-11-20", "ship_date", "20 November"), ("2026-12-24", "confirmed_delivery", "24 December"),
            ("2026-11-15", "price_effective", "15 November"), ("2026-11-16", "other", "by Monday")],
     lines=[("SK-POT-5PC", 600, "sets", "SK-POT-5PC, 600 sets", "P05666")],
     prices=[dict(product="SK-POT-5PC", old=27.40, new=29.00, cur="USD", eff="2026-11-15",
                  quote="surcharge of USD 1.60 per set (USD 27.40 -> USD 29.00)")]),

dict(v="evergreen", c=1, lang="en", at="2026-10-26 09:40", subj="Remittance address change - Evergreen Paper Products",
     text="""
Hello,

Effective immediately, please send all remittances for Evergreen Paper Products to our new lockbox:

Evergreen Paper Products Inc.
PO Box 77120
Philadelphia, PA 19178-7120

Our bank details are NOT changing. This includes the payment for invoice EPP-INV-558120 (your P05667), due 11/15/2026.

Thank you,
Tanya Brooks
Accounts Receivable
""", end="Thank you,\nTanya", change="none", intent="other", po=["P05667"], vref=["EPP-INV-558120"],
     dates=[("2026-11-15", "other", "11/15/2026")]),

dict(v="oakridge", c=1, lang="en", at="2026-09-14 08:00", subj="Order Acknowledgement OFC-SO-31102 - PO P05668",
     text="""
Oakridge Furniture Co. - Order Acknowledgement

Thank you for your order!

PO Number: P05668
Sales Order: OFC-SO-31102
Order Date: 09/11/2026

Qty  Item          Description                     Est. Ship Week
10   OF-DESK-WAL   Writing desk walnut             Week of 10/12/2026
20   OF-CHR-WAL    Desk chair walnut, upholstered  Week of 10/12/2026

Freight: Prepaid & Add. Delivery dates will be provided at time of shipment.

This mailbox is not monitored. For questions contact your sales representative.
""", end="This mailbox is not monitored.", change="none", intent="confirmation", po=["P05668"],
     vref=["OFC-SO-31102"],
     dates=[("2026-09-11", "other", "09/11/2026"),
            ("2026-10-12", "ship_date", ("Week of 10/12/2026", 0)), ("2026-10-12", "ship_date", ("Week of 10/12/2026", 1))],
     lines=[("OF-DESK-WAL", 10, None, "10   OF-DESK-WAL   Writing desk walnut             Week of 10/12/2026", "P05668"),
            ("OF-CHR-WAL", 20, None, "20   OF-CHR-WAL    Desk chair walnut, upholstered  Week of 10/12/2026", "P05668")]),

dict(v="nordic", lang="en", at="2026-11-05 13:00", subj="P05669 revised plan",
     text="""
Hi Laura,

Our weaving mill is running about two weeks behind, so here's the revised plan for P05669:

Pos  Article     Qty   Confirmed   New
1    NT-THR-WL   200   w46         w48
2    NT-CUS-4545 400   w46         w46 (unchanged)
3    NT-RUG-70   150   w47         w50

Sorry about this. Tell me if position 3 is too late and we'll look at cancelling it.

Best regards
Anna
""", end="Best regards", change="date", intent="delay", sec=["confirmation"], po=["P05669"],
     commit=("2026-12-07", "w50"),
     dates=[("2026-11-09", "other", ("w46", 0)), ("2026-11-23", "new_eta", "w48"),
            ("2026-11-09", "other", ("w46", 1)), ("2026-11-09", "confirmed_delivery", ("w46", 2)),
            ("2026-11-16", "other", "w47"), ("2026-12-07", "new_eta", "w50")]),

dict(v="anatolia", lang="en", at="2026-12-10 17:30", subj="P05670 loaded",
     text="""
Dear Sandra,

P05670 loaded today complete - 14 pallets, 1,680 pcs bath towels + 420 bathrobes. Truck 34 ABC 512, CMR TR-2612-055190 (Ege Lojistik). Driver says delivery Hamburg between Monday and Tuesday next week, he will call your warehouse 1 day before.

Best regards
Mehmet
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P05670"],
     commit=("2026-12-15", "delivery Hamburg between Monday and Tuesday next week"),
     dates=[("2026-12-10", "ship_date", "today"), ("2026-12-14", "range_start", "Monday"),
            ("2026-12-15", "range_end", "Tuesday next week")],
     lines=[("bath towels", 1680, "pcs", "1,680 pcs bath towels", "P05670"),
            ("bathrobes", 420, None, "420 bathrobes", "P05670")],
     track=[("Ege Lojistik", "TR-2612-055190", "CMR TR-2612-055190")]),

dict(v="milano", c=1, lang="en", at="2026-11-10 12:20", subj="R: cancellation P05631",
     text="""
Dear Tim,

as promised by Giulia yesterday: we can cancel 360 of the 600 vases of P05631 (MC-VAS-30), they were not glazed yet. The other 240 are already glazed with your custom colour and we cannot sell them to others, so we must deliver and invoice them. They leave Como on 16/11 and arrive in Hamburg 19/11.

I hope you understand.
Marco Bianchi
Milano Casa S.r.l.

Da: Giulia Rossi
Inviato: lunedì 9 novembre 2026 17:45
Oggetto: R: cancellation P05631

received, thank you. I forward your cancellation request for P05631 to our production manager and I come back to you tomorrow.
""", end="Marco Bianchi", change="cancel", intent="cancellation", sec=["confirmation"], po=["P05631"],
     commit=("2026-11-19", "arrive in Hamburg 19/11"),
     dates=[("2026-11-09", "other", "yesterday"), ("2026-11-16", "ship_date", "16/11"),
            ("2026-11-19", "confirmed_delivery", "19/11")],
     lines=[("MC-VAS-30", 360, None, "cancel 360 of the 600 vases", "P05631"),
            ("MC-VAS-30", 240, None, "The other 240", "P05631")]),

dict(v="pennine", lang="en", at="2026-12-01 10:05", subj="Re: P05603 bowls - date?",
     text="""
Any chance you'd take them in cream? Kiln's still down for the oatmeal glaze but I've 180 of the 24cm bowls in cream on the shelf - could have them on a pallet Friday.

Dave

On 30 Nov 2026, at 16:20, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Dave, any date yet for the 180 pasta bowls still open on P05603?
""", end="Dave\n\nOn", change="none", intent="question", po=["P05603"],
     dates=[("2026-12-04", "other", "Friday")],
     lines=[("PS-BWL-24", 180, None, "180 of the 24cm bowls in cream", "P05603")]),
dict(v="greenthumb", lang="en", at="2026-10-22 15:05", subj="P05671",
     text="""
P05671 - 2 of 3 pallets went today, 3rd one tomorrow. PRO to follow -Randy
""", end="-Randy", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P05671"],
     dates=[("2026-10-22", "ship_date", "today"), ("2026-10-23", "ship_date", "tomorrow")],
     lines=[("pallets", 2, "pallets", "2 of 3 pallets", "P05671")]),

dict(v="lakeside", lang="en", at="2026-12-08 11:50", subj="RE: P05672 delivery appointment 12/11",
     text="""
P05672 is going to be about a week late, sorry - new delivery date Friday 12/18. I'll cancel the 12/11 appointment with your consolidator.

Amber Nielsen
Lakeside Pet Foods
""", end="Amber Nielsen", change="date", intent="delay", po=["P05672"],
     commit=("2026-12-18", "new delivery date Friday 12/18"),
     dates=[("2026-12-18", "new_eta", "Friday 12/18"), ("2026-12-11", "other", "the 12/11 appointment")]),
]
