# ruff: noqa: E501 - email text is data
"""English, round 6b: shipment mail where partial_shipment, shipping_notice and delay are
easy to confuse (ASNs and dispatch notes that do or do not complete the order, told only
through quantities, 'balance', 'final', 'remaining', 'short-shipped'; containers rolled to a
later vessel; split air/sea shipments; tracking numbers of many carriers; proof-of-delivery
mail), then question against other (vendor asks vs informs, thanks, auto-replies,
statements, holiday notices), and some confirmations, cancellations and price changes.
Hand-written and hand-labelled by reading each email; no extractor or classifier saw them."""

EMAILS = [
# ---------------------------------------------------------------- shipments
dict(v="keystone", lang="en", at="2026-11-12 14:20", subj="P08000 - balance shipped",
     text="""
Hi Mike,

The balance of P08000 (the 240 KH-CO-8 colanders that were short on the 10/29 truck) left our Allentown DC today with Old Dominion, PRO 0784551203. With this the order is shipped complete. Est. delivery at the consolidator 11/17.

Greg

Greg Palmer
Keystone Housewares Distribution Inc. | Customer Service East
""", end="Greg\n\nGreg Palmer", change="shipping", intent="shipping_notice", po=["P08000"],
     commit=("2026-11-17", "Est. delivery at the consolidator 11/17"),
     dates=[("2026-10-29", "other", "10/29"), ("2026-11-12", "ship_date", "today"),
            ("2026-11-17", "confirmed_delivery", "11/17")],
     lines=[("KH-CO-8", 240, None, "240 KH-CO-8 colanders", "P08000")],
     track=[("Old Dominion", "0784551203", "PRO 0784551203")]),

dict(v="penang", c=1, lang="en", at="2026-10-21 10:15", subj="Shipment P08001 / bath mats",
     text="""
Dear Laura,

Kindly find shipment details for P08001 (anti-slip bath mats). We loaded 1x20GP this morning with 3,150 pcs. Remaining 350 pcs we cannot ship, the grey compound lot was fail in our QC, so we short-ship this qty and will issue credit note to you. Pls adjust P08001 accordingly.

Vessel: ONE HARMONY 052W
ETD Port Klang 23/10, ETA Hamburg 26/11
Cntr no. ONEU 2245871 / B/L ONEYPKGD6B0412

Thank you.

Nurul Aziz
Export Documentation
Penang Rubberware Sdn Bhd
""", end="Thank you.", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08001"], commit=("2026-11-26", "ETA Hamburg 26/11"),
     dates=[("2026-10-21", "ship_date", "this morning"), ("2026-10-23", "ship_date", "23/10"),
            ("2026-11-26", "confirmed_delivery", "26/11")],
     lines=[("anti-slip bath mats", 3150, "pcs", "with 3,150 pcs", "P08001"),
            ("anti-slip bath mats", 350, "pcs", "Remaining 350 pcs", "P08001")],
     track=[("ONE", "ONEU 2245871", "Cntr no. ONEU 2245871"), ("ONE", "ONEYPKGD6B0412", "B/L ONEYPKGD6B0412")]),

dict(v="mapleleaf", lang="en", at="2026-11-02 09:30", subj="RE: P08002 booking",
     text="""
Hi Laura,

Bad news on P08002 I'm afraid. The carrier rolled our container at Montreal - the MSC vessel was overbooked and ours was one of the boxes left on the dock. It's now booked on the next sailing, ETD 11/06, and the revised ETA Bremerhaven is 11/19 instead of 11/12. Container is MSCU 7741029, no change there.

Nothing missing, all 1,400 camp chairs are loaded, it's only the vessel.

Sorry about this,
Josh

Josh Tremblay
Maple Leaf Outdoor Products Inc.
T 416-555-0142

-----Original Message-----
From: Laura Jensen
Sent: Friday, October 23, 2026 4:11 AM
To: Josh Tremblay
Subject: P08002 booking

Josh, can you confirm P08002 is still on the vessel for 11/12 into Bremerhaven? We have the promo starting 11/30.
""", end="Sorry about this,", change="date", intent="delay", po=["P08002"],
     commit=("2026-11-19", "the revised ETA Bremerhaven is 11/19"),
     dates=[("2026-11-06", "ship_date", "ETD 11/06"), ("2026-11-19", "new_eta", "11/19"),
            ("2026-11-12", "other", ("11/12", 0))],
     lines=[("camp chairs", 1400, None, "all 1,400 camp chairs", "P08002")],
     track=[("MSC", "MSCU 7741029", "Container is MSCU 7741029")]),

dict(v="nordic", lang="en", at="2026-09-14 15:10", subj="Dispatch P08003",
     text="""
Hello Sandra,

P08003 was collected today by DHL Freight, 4 pallets, consignment no. 4047712290. Estimated delivery in Hamburg on Thursday. Delivery note attached, everything on the order is on it.

Best regards
Anna Berg
Nordic Textiles AB | Borås

--- attachment: FS-D6B-20931.pdf ---
DELIVERY NOTE FS-D6B-20931
Customer order: P08003        Date: 2026-09-14
Art.         Description              Ordered  Delivered
NT-TWL-50G   Bath towel 50x70 grey    600      600
NT-TWL-70G   Bath towel 70x140 grey   400      400
NT-BM-GR     Bath mat grey            250      250
""", end="Best regards\nAnna Berg", change="shipping", intent="shipping_notice", po=["P08003"],
     vref=["FS-D6B-20931"], commit=("2026-09-17", "Estimated delivery in Hamburg on Thursday"),
     dates=[("2026-09-14", "ship_date", "today"), ("2026-09-17", "confirmed_delivery", "Thursday"),
            ("2026-09-14", "ship_date", "2026-09-14")],
     lines=[("NT-TWL-50G", 600, None, "NT-TWL-50G   Bath towel 50x70 grey    600      600", "P08003"),
            ("NT-TWL-70G", 400, None, "NT-TWL-70G   Bath towel 70x140 grey   400      400", "P08003"),
            ("NT-BM-GR", 250, None, "NT-BM-GR     Bath mat grey            250      250", "P08003")],
     track=[("DHL Freight", "4047712290", "consignment no. 4047712290")]),

dict(v="voltix", lang="en", at="2026-09-21 17:05", subj="P08004 power bank - air + sea",
     text="""
Dear Mike,

As discussed with your colleague, for P08004 (PB-10K power bank, 5,000 pcs) we split:

- 1,200 pcs by air, picked up today by DHL Global Forwarding, AWB 172-55810326, arrive HAM around 24 Sep
- balance 3,800 pcs by sea, ETD Yantian 29 Sep, ETA Hamburg 3 Nov

The sea part we will send you booking and container no. next week.

Best regards,
Cindy Zhang
Sales Dept. | Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards,\nCindy", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08004"], commit=("2026-11-03", "ETA Hamburg 3 Nov"),
     dates=[("2026-09-21", "ship_date", "today"), ("2026-09-24", "confirmed_delivery", "around 24 Sep"),
            ("2026-09-29", "ship_date", "29 Sep"), ("2026-11-03", "new_eta", "3 Nov"),
            ("2026-09-28", "other", "next week")],
     lines=[("PB-10K", 1200, "pcs", "1,200 pcs by air", "P08004"),
            ("PB-10K", 3800, "pcs", "balance 3,800 pcs by sea", "P08004")],
     track=[("DHL Global Forwarding", "172-55810326", "AWB 172-55810326")]),

dict(v="greenthumb", lang="en", at="2026-10-15 11:42", subj="POD - P08005",
     text="""
Morning Tim,

Attached signed POD for P08005, delivered to your Hamburg DC Tuesday 10/13, signed M. Krueger, 11 pallets, no damages noted. Our invoice GT-INV-D6B-5512 went out yesterday.

-Randy

Randy Holt | Green Thumb Garden Supply LLC | Export Sales
""", end="-Randy", change="none", intent="other", po=["P08005"], vref=["GT-INV-D6B-5512"],
     dates=[("2026-10-13", "other", "Tuesday 10/13"), ("2026-10-14", "other", "yesterday")]),

dict(v="ningbo", lang="en", at="2026-12-03 16:30", subj="P08006 shipping advice (1st lot)",
     text="""
Dear Sandra,

P08006 first lot is loaded today, pls see below. 2nd lot we are still waiting the handles from sub-supplier, will advise.

ITEM            ORDER QTY   THIS SHIPMENT
NB-PAN-24       1,200       1,200
NB-PAN-28       1,000       640
NB-LID-28       1,000       640

Cntr TCLU 4418205, seal 887312, HMM vessel, ETD Ningbo 5 Dec, ETA Hamburg 9 Jan.

Best regards,
Amy Chen
""", end="Best regards,\nAmy", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08006"], commit=("2027-01-09", "ETA Hamburg 9 Jan"),
     dates=[("2026-12-03", "ship_date", "today"), ("2026-12-05", "ship_date", "5 Dec"),
            ("2027-01-09", "confirmed_delivery", "9 Jan")],
     lines=[("NB-PAN-24", 1200, None, "NB-PAN-24       1,200       1,200", "P08006"),
            ("NB-PAN-28", 640, None, "NB-PAN-28       1,000       640", "P08006"),
            ("NB-LID-28", 640, None, "NB-LID-28       1,000       640", "P08006")],
     track=[("HMM", "TCLU 4418205", "Cntr TCLU 4418205")]),

dict(v="ningbo", c=1, lang="en", at="2026-12-17 10:05", subj="P08006 2nd lot - final",
     text="""
Dear Sandra,

Good news, handles arrived and P08006 2nd lot (NB-PAN-28 x 360, NB-LID-28 x 360) loaded yesterday as LCL with Kuehne+Nagel, HBL KNNGB6D8830. ETD 19 Dec, ETA Hamburg 24 Jan. This is the final lot, nothing open on P08006 after this.

Rgds
Leo Wang
Ningbo Homeware Trading Co., Ltd.

On Thu, Dec 3, 2026 at 4:30 PM Amy Chen wrote:
> P08006 first lot is loaded today, pls see below. 2nd lot we are still waiting the handles
> from sub-supplier, will advise.
""", end="Rgds\nLeo Wang", change="shipping", intent="shipping_notice", po=["P08006"],
     commit=("2027-01-24", "ETA Hamburg 24 Jan"),
     dates=[("2026-12-16", "ship_date", "yesterday"), ("2026-12-19", "ship_date", "19 Dec"),
            ("2027-01-24", "confirmed_delivery", "24 Jan")],
     lines=[("NB-PAN-28", 360, None, "NB-PAN-28 x 360", "P08006"),
            ("NB-LID-28", 360, None, "NB-LID-28 x 360", "P08006")],
     track=[("Kuehne+Nagel", "KNNGB6D8830", "HBL KNNGB6D8830")]),

dict(v="siam", lang="en", at="2026-11-24 13:50", subj="Booking update - P08007 rattan baskets",
     text="""
Dear Laura,

Shipping line just inform us the ETD of our container is moved, the vessel skip Laem Chabang this week (blank sailing). Our container is transfer to next vessel EVER LUCID 1127-018W:

old ETD 26 Nov / ETA Hamburg 31 Dec
new ETD 3 Dec / ETA Hamburg 8 Jan

Container EGHU 9021874. All 620 sets ready and already at CY.

Sorry for this, not from our side.

Best regards,
Pimchanok Srisuk
Siam Rattan & Teak Co., Ltd.
""", end="Best regards,\nPimchanok", change="date", intent="delay", po=["P08007"],
     commit=("2027-01-08", "new ETD 3 Dec / ETA Hamburg 8 Jan"),
     dates=[("2026-11-23", "other", "this week"), ("2026-11-26", "other", "26 Nov"),
            ("2026-12-31", "other", "31 Dec"), ("2026-12-03", "ship_date", "3 Dec"),
            ("2027-01-08", "new_eta", "8 Jan")],
     lines=[("rattan baskets", 620, "sets", "All 620 sets", "P08007")],
     track=[("Evergreen", "EGHU 9021874", "Container EGHU 9021874")]),

dict(v="cleanco", c=1, lang="en", at="2026-10-06 08:55", subj="Despatch confirmation - your order P08008",
     text="""
Dear Customer,

Your order P08008 has been despatched today via DPD.

Parcels: 3
Tracking: 15505012345678
Expected delivery: 08/10/2026

Items despatched:
CC-MF-CLOTH-10   Microfibre cloth 10pk    qty 120
CC-SPR-500       Trigger spray bottle     qty 60

Backordered:
CC-MOP-FLAT      Flat mop replacement     qty 40   - due w/c 19/10

Kind regards,
CleanCo Order Desk
This is an automated message, please do not reply.
""", end="Kind regards,\nCleanCo", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08008"], commit=("2026-10-19", "due w/c 19/10"),
     dates=[("2026-10-06", "ship_date", "today"), ("2026-10-08", "confirmed_delivery", "08/10/2026"),
            ("2026-10-19", "new_eta", "w/c 19/10")],
     lines=[("CC-MF-CLOTH-10", 120, None, "CC-MF-CLOTH-10   Microfibre cloth 10pk    qty 120", "P08008"),
            ("CC-SPR-500", 60, None, "CC-SPR-500       Trigger spray bottle     qty 60", "P08008"),
            ("CC-MOP-FLAT", 40, None, "CC-MOP-FLAT      Flat mop replacement     qty 40", "P08008")],
     track=[("DPD", "15505012345678", "Tracking: 15505012345678")]),

dict(v="hanoi", lang="en", at="2026-09-29 15:30", subj="Re: P08009 when ship?",
     text="""
Dear Mr. Tim,

Thank for your patient. P08009 is finish production and loading on 2 Oct, but the shipping line vessel is delay 1 week because typhoon in South China Sea, so ETD Hai Phong is now 9 Oct and ETA Hamburg around 14 Nov (before it was 7 Nov). I send you the booking when I have.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC

On Mon, 28 Sep 2026 10:02 Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Lan, when does P08009 ship? Last info was ETA 7 Nov.
""", end="Best regards,\nNguyen", change="date", intent="delay", po=["P08009"],
     commit=("2026-11-14", "ETA Hamburg around 14 Nov"),
     dates=[("2026-10-02", "other", "2 Oct"), ("2026-10-09", "ship_date", "9 Oct"),
            ("2026-11-14", "new_eta", "around 14 Nov"), ("2026-11-07", "other", ("7 Nov", 0))]),

dict(v="brightline", c=2, lang="en", at="2026-12-08 16:02", subj="Your order P08010 has shipped",
     text="""
Hello,

Good news - your order P08010 is on its way.

Carrier: Parcelforce Worldwide
Tracking number: PB123456789GB
Estimated delivery: Thursday 10 December

Item                         Qty ordered   Qty sent
BL-USB-C-2M  USB-C cable 2m  500           500
BL-PLUG-65W  65W GaN charger 200           200

Thank you for ordering with Brightline.

Brightline Electronics Ltd - Customer Services
""", end="Thank you for ordering", change="shipping", intent="shipping_notice", po=["P08010"],
     commit=("2026-12-10", "Estimated delivery: Thursday 10 December"),
     dates=[("2026-12-10", "confirmed_delivery", "Thursday 10 December")],
     lines=[("BL-USB-C-2M", 500, None, "BL-USB-C-2M  USB-C cable 2m  500           500", "P08010"),
            ("BL-PLUG-65W", 200, None, "BL-PLUG-65W  65W GaN charger 200           200", "P08010")],
     track=[("Parcelforce Worldwide", "PB123456789GB", "Tracking number: PB123456789GB")]),

dict(v="acme", lang="en", at="2026-10-27 12:15", subj="RE: P08011 / ASN",
     text="""
Laura -

Quick heads up before the ASN hits your EDI: P08011 shipped this morning but only 18 of the 24 pallets. We ran out of the AC-TB-3 tote bins, the last 6 pallets of those are coming off the line Monday and we'll ship them that same day. First truck is with XPO, PRO 512-884410, delivery to the port forwarder 10/30.

Jess

Jessica Moreno | Acme Home Goods Inc. | Export Desk

________________________________
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: Monday, October 19, 2026 5:02 AM
Subject: P08011 / ASN
Jessica, please send the ASN for P08011 as soon as it ships, our forwarder books on 11/02.
""", end="Jess\n\nJessica", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08011"], commit=("2026-10-30", "delivery to the port forwarder 10/30"),
     dates=[("2026-10-27", "ship_date", "this morning"), ("2026-11-02", "ship_date", ("Monday", 0)),
            ("2026-10-30", "confirmed_delivery", "10/30")],
     lines=[("pallets", 18, "pallets", "only 18 of the 24 pallets", "P08011"),
            ("AC-TB-3", 6, "pallets", "the last 6 pallets", "P08011")],
     track=[("XPO", "512-884410", "PRO 512-884410")]),

dict(v="polska", lang="en", at="2026-11-09 09:20", subj="P08012 - transport",
     text="""
Good morning Sandra,

the truck for P08012 left our warehouse in Bolesławiec today morning, Raben Logistics, CMR no. PL-RB-D6B-66120. Delivery to Hamburg planned 11.11. in the morning. This is everything from P08012 - 48 cartons stoneware mugs and 30 cartons plates, all as ordered.

Best regards / Pozdrawiam
Katarzyna Nowak
Polska Ceramika Sp. z o.o.
""", end="Best regards / Pozdrawiam", change="shipping", intent="shipping_notice", po=["P08012"],
     commit=("2026-11-11", "Delivery to Hamburg planned 11.11."),
     dates=[("2026-11-09", "ship_date", "today morning"), ("2026-11-11", "confirmed_delivery", "11.11.")],
     lines=[("stoneware mugs", 48, "cartons", "48 cartons stoneware mugs", "P08012"),
            ("plates", 30, "cartons", "30 cartons plates", "P08012")],
     track=[("Raben Logistics", "PL-RB-D6B-66120", "CMR no. PL-RB-D6B-66120")]),

dict(v="oakridge", c=1, lang="en", at="2026-12-01 07:45", subj="Order status update: P08013",
     text="""
ORDER STATUS UPDATE

Purchase order: P08013
Status: SHIPPED - FINAL
Ship date: 11/30/2026
Carrier: Saia LTL Freight   PRO# 10284-D6B-733
Delivery appointment: 12/04/2026

Lines on this shipment:
OF-BENCH-OAK   Oak entry bench     qty 36   (remaining open qty: 0)
OF-SHELF-3T    3-tier shelf        qty 12   (remaining open qty: 0)

Prior shipment: 11/16/2026, OF-BENCH-OAK qty 24.

Questions? Reply to this email or call 303-555-0199.
Oakridge Furniture Co.
""", end="Questions? Reply", change="shipping", intent="shipping_notice", po=["P08013"],
     commit=("2026-12-04", "Delivery appointment: 12/04/2026"),
     dates=[("2026-11-30", "ship_date", "11/30/2026"), ("2026-12-04", "confirmed_delivery", "12/04/2026"),
            ("2026-11-16", "other", "11/16/2026")],
     lines=[("OF-BENCH-OAK", 36, None, "OF-BENCH-OAK   Oak entry bench     qty 36", "P08013"),
            ("OF-SHELF-3T", 12, None, "OF-SHELF-3T    3-tier shelf        qty 12", "P08013")],
     track=[("Saia LTL Freight", "10284-D6B-733", "PRO# 10284-D6B-733")]),

dict(v="anatolia", lang="en", at="2026-10-12 14:40", subj="P08014 truck",
     text="""
Dear Laura,

Truck for P08014 was planned to leave today, but customs system in Istanbul is down since Saturday and the export declaration cannot be closed. Our forwarder says earliest departure Thursday, so delivery Hamburg moves from 16 October to 22 October. Goods are packed, nothing missing.

Plate no. 34 DB 6612, Ekol, CMR EK-D6B-44871.

Kind regards,
Mehmet Yilmaz
Anatolia Textiles A.S.
""", end="Kind regards,\nMehmet", change="date", intent="delay", po=["P08014"],
     commit=("2026-10-22", "delivery Hamburg moves from 16 October to 22 October"),
     dates=[("2026-10-12", "other", "today"), ("2026-10-10", "other", "Saturday"),
            ("2026-10-15", "ship_date", "Thursday"), ("2026-10-16", "other", "16 October"),
            ("2026-10-22", "new_eta", "22 October")],
     track=[("Ekol", "EK-D6B-44871", "CMR EK-D6B-44871")]),

dict(v="taipei", lang="en", at="2026-11-18 18:20", subj="P08015 shipment - partial by air",
     text="""
Dear Mike,

For P08015 we have shipped by air today the 2,000 pcs TC-HDMI-2 (complete line), FedEx IP, tracking 7792 4410 3365. ETA your warehouse 23 Nov.

TC-DP-14 (1,500 pcs) is not included - the connector housings failed our pull test and we are re-running them. New ship date for that line will be around 4 Dec by air, arrival about 9 Dec.

Best regards,
Vivian Lin
Taipei Cable & Charger Corp.
""", end="Best regards,\nVivian", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08015"], commit=("2026-12-09", "arrival about 9 Dec"),
     dates=[("2026-11-18", "ship_date", "today"), ("2026-11-23", "confirmed_delivery", "23 Nov"),
            ("2026-12-04", "ship_date", "around 4 Dec"), ("2026-12-09", "new_eta", "about 9 Dec")],
     lines=[("TC-HDMI-2", 2000, "pcs", "the 2,000 pcs TC-HDMI-2", "P08015"),
            ("TC-DP-14", 1500, "pcs", "TC-DP-14 (1,500 pcs)", "P08015")],
     track=[("FedEx", "7792 4410 3365", "tracking 7792 4410 3365")]),

dict(v="lakeside", c=1, lang="en", at="2026-09-10 10:00", subj="ASN 856 - PO P08016",
     text="""
ADVANCE SHIP NOTICE

ASN: LPF-ASN-D6B-30177
PO: P08016
Ship date: 09/10/2026
Carrier: Estes Express   PRO 2219-0553017
ETA: 09/15/2026

SKU            Ordered   Shipped   Backorder
LP-DOG-5KG     400       400       0
LP-CAT-2KG     300       210       90
LP-TREAT-200   500       500       0

Backordered units ship when available.

Lakeside Pet Foods Inc. - Shipping Team
""", end="Lakeside Pet Foods Inc. - Shipping Team", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P08016"], vref=["LPF-ASN-D6B-30177"],
     commit=("2026-09-15", "ETA: 09/15/2026"),
     dates=[("2026-09-10", "ship_date", "09/10/2026"), ("2026-09-15", "confirmed_delivery", "09/15/2026")],
     lines=[("LP-DOG-5KG", 400, None, "LP-DOG-5KG     400       400       0", "P08016"),
            ("LP-CAT-2KG", 210, None, "LP-CAT-2KG     300       210       90", "P08016"),
            ("LP-TREAT-200", 500, None, "LP-TREAT-200   500       500       0", "P08016")],
     track=[("Estes Express", "2219-0553017", "PRO 2219-0553017")]),

dict(v="lakeside", lang="en", at="2026-09-24 15:35", subj="Re: ASN 856 - PO P08016",
     text="""
Hi Sandra, the 90 cases of LP-CAT-2KG backordered on P08016 went out today on Estes PRO 2219-0561148, should deliver Tuesday. That closes out the PO.

Thanks!
Amber

On Thu, Sep 10, 2026 at 10:00 AM Shipping Team wrote:
> ASN: LPF-ASN-D6B-30177
> LP-CAT-2KG     300       210       90
""", end="Thanks!\nAmber", change="shipping", intent="shipping_notice", po=["P08016"],
     vref=["LPF-ASN-D6B-30177"], commit=("2026-09-29", "should deliver Tuesday"),
     dates=[("2026-09-24", "ship_date", "today"), ("2026-09-29", "confirmed_delivery", "Tuesday")],
     lines=[("LP-CAT-2KG", 90, "cases", "the 90 cases of LP-CAT-2KG", "P08016")],
     track=[("Estes", "2219-0561148", "Estes PRO 2219-0561148")]),
dict(v="kiwiwool", lang="en", at="2026-10-20 09:10", subj="P08017 throws - shipped",
     text="""
Kia ora Tim,

Your P08017 wool throws are away - 2 pallets went to Auckland airport this morning, Air New Zealand Cargo AWB 086-4471 9920, routing AKL-SIN-FRA, then truck to Hamburg. All 320 throws, the order's complete. Forwarder reckons at your door Monday 26th.

Cheers,
Sophie

Sophie Clarke | Kiwi Wool Co | Christchurch
""", end="Cheers,\nSophie", change="shipping", intent="shipping_notice", po=["P08017"],
     commit=("2026-10-26", "at your door Monday 26th"),
     dates=[("2026-10-20", "ship_date", "this morning"), ("2026-10-26", "confirmed_delivery", "Monday 26th")],
     lines=[("wool throws", 320, None, "All 320 throws", "P08017")],
     track=[("Air New Zealand Cargo", "086-4471 9920", "AWB 086-4471 9920")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-05 12:30", subj="P08018 - revised shipment plan",
     text="""
Dear Laura Ma'am,

Greetings from Delhi Cotton Mills.

This is to inform that due to Diwali holidays and labour shortage, the container for P08018 (kitchen towels, 14,400 pcs) could not be stuffed on 3rd Nov as planned. Now the container stuffing is on 12 Nov and vessel ETD Nhava Sheva 16 Nov. Revised ETA Hamburg is 21 Dec (earlier 2 Dec).

We regret for the inconvenience and request you to kindly accept the revised schedule.

Thanks & Regards
Priya Sharma
Merchandiser - Export
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards", change="date", intent="delay", po=["P08018"],
     commit=("2026-12-21", "Revised ETA Hamburg is 21 Dec"),
     dates=[("2026-11-03", "other", "3rd Nov"), ("2026-11-12", "other", "12 Nov"),
            ("2026-11-16", "ship_date", "16 Nov"), ("2026-12-21", "new_eta", "21 Dec"),
            ("2026-12-02", "other", "2 Dec")]),

dict(v="sunshine", lang="en", at="2026-09-07 16:45", subj="P08019 reefer - final cntr",
     text="""
Hi Mike,

Last of the three reefers on P08019 sailed yesterday on the Maersk Cape Town, container MNBU 3301922. That's the final one - 1,860 cartons in this box, so all 5,580 cartons of the order are now on the water. ETA Rotterdam 30 Sept, then Rotterdam-Hamburg by truck, your DC 2 Oct.

Regards
Thabo
""", end="Regards\nThabo", change="shipping", intent="shipping_notice", po=["P08019"],
     commit=("2026-10-02", "your DC 2 Oct"),
     dates=[("2026-09-06", "ship_date", "yesterday"), ("2026-09-30", "other", "30 Sept"),
            ("2026-10-02", "confirmed_delivery", "2 Oct")],
     lines=[("citrus", 1860, "cartons", "1,860 cartons in this box", "P08019"),
            ("citrus", 5580, "cartons", "all 5,580 cartons", "P08019")],
     track=[("Maersk", "MNBU 3301922", "container MNBU 3301922")]),

dict(v="cascadia", lang="en", at="2026-12-14 13:20", subj="P08020 - short shipped",
     text="""
Laura,

P08020 left today with UPS Freight (TForce), PRO 903-D6B-2217. Heads up though: it's 150 cedar planters, not 200. We don't have the western red cedar for the other 50 and won't before spring, so we've short-shipped them and closed the line - you'll only be invoiced for 150. Delivery to the forwarder in Tacoma Thursday.

Brent

Brent Halvorsen
Cascadia Cedar Goods Inc.
""", end="Brent\n\nBrent", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08020"], commit=("2026-12-17", "Delivery to the forwarder in Tacoma Thursday"),
     dates=[("2026-12-14", "ship_date", "today"), ("2026-12-17", "confirmed_delivery", "Thursday")],
     lines=[("cedar planters", 150, None, "it's 150 cedar planters", "P08020"),
            ("cedar planters", 50, None, "the other 50", "P08020")],
     track=[("UPS Freight (TForce)", "903-D6B-2217", "PRO 903-D6B-2217")]),

dict(v="aussie", c=1, lang="en", at="2026-11-26 11:00", subj="RE: P08021 - vessel change",
     text="""
Hi Tim,

Just a quick one - Hapag-Lloyd have moved our box from the Sydney Express to the Brisbane Express, sailing the same day (ETD 28/11) and ETA Hamburg unchanged at 11/1. Only the vessel name changes on your B/L, HLCUSYD2611D6B. Container HLXU 6620193 as before.

No action needed your side.

Cheers
Chloe
""", end="Cheers\nChloe", change="none", intent="confirmation", po=["P08021"],
     commit=("2027-01-11", "ETA Hamburg unchanged at 11/1"),
     dates=[("2026-11-28", "ship_date", "28/11"), ("2027-01-11", "confirmed_delivery", "11/1")],
     track=[("Hapag-Lloyd", "HLCUSYD2611D6B", "B/L, HLCUSYD2611D6B"), ("Hapag-Lloyd", "HLXU 6620193", "Container HLXU 6620193")]),

dict(v="seoul", lang="en", at="2026-10-30 17:40", subj="P08022 / P08023 shipping schedule",
     text="""
Dear Sandra,

Please kindly check shipping status of two orders:

1) P08022 (SK-WOK-30, 800 pcs) - loaded today, vessel HMM GARNET 012W, ETD Busan 2 Nov, ETA Hamburg 8 Dec. Complete.
2) P08023 (SK-POT-SET, 400 sets) - only 260 sets ready, loaded in same container. Remaining 140 sets by next vessel, ETD 16 Nov, ETA Hamburg 22 Dec.

Container: HMMU 5083311

Best Regards,
Ji-ho Park
Seoul Kitchenware Co., Ltd.
""", end="Best Regards,\nJi-ho", change="mixed", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08022", "P08023"], commit=("2026-12-08", "ETA Hamburg 8 Dec"),
     dates=[("2026-10-30", "ship_date", "today"), ("2026-11-02", "ship_date", "2 Nov"),
            ("2026-12-08", "confirmed_delivery", "8 Dec"), ("2026-11-16", "ship_date", "16 Nov"),
            ("2026-12-22", "new_eta", "22 Dec")],
     lines=[("SK-WOK-30", 800, "pcs", "SK-WOK-30, 800 pcs", "P08022"),
            ("SK-POT-SET", 260, "sets", "only 260 sets ready", "P08023"),
            ("SK-POT-SET", 140, "sets", "Remaining 140 sets", "P08023")],
     track=[("HMM", "HMMU 5083311", "Container: HMMU 5083311")],
     changes=[("P08022", "shipping_notice", "2026-12-08", 800, "P08022 (SK-WOK-30, 800 pcs) - loaded today"),
              ("P08023", "partial_shipment", "2026-12-22", 260, "only 260 sets ready, loaded in same container")]),

dict(v="vanderberg", lang="en", at="2026-09-30 08:25", subj="P08024 delivery",
     text="""
Hello Tim,

Our truck with P08024 will leave tomorrow early, delivery at your DC Friday between 8 and 12 o'clock. GLS parcel numbers for the loose cartons: 6402 1188 3920 and 6402 1188 3921, the rest on 6 pallets with our own truck.

The bulb planters (VB-BP-40) are not on this delivery, they are sold out - we will deliver them in week 42.

Kind regards,
Sanne de Jong
Van der Berg Tuinartikelen B.V.
""", end="Kind regards,\nSanne", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08024"], commit=("2026-10-12", "we will deliver them in week 42"),
     dates=[("2026-10-01", "ship_date", "tomorrow"), ("2026-10-02", "confirmed_delivery", "Friday"),
            ("2026-10-12", "new_eta", "week 42")],
     track=[("GLS", "6402 1188 3920", "6402 1188 3920"), ("GLS", "6402 1188 3921", "6402 1188 3921")]),

dict(v="binhduong", lang="en", at="2026-12-10 15:15", subj="P08025 - container rolled",
     text="""
Dear Mike,

Forwarder inform this afternoon: our 40HQ for P08025 (teak garden sets) is rolled by CMA CGM, port Cat Lai very congested before Christmas. Not loaded on 12 Dec. Next vessel ETD 19 Dec, ETA Hamburg now 2 Feb, before was 26 Jan.

Cntr CMAU 7702148, B/L will be re-issued.

We are very sorry.
Le Thi Huong
Binh Duong Furniture Export JSC

---------- Forwarded message ---------
From: Saigon Freight Booking Team
Date: Thu, Dec 10, 2026 at 1:48 PM
Subject: ROLLOVER NOTICE CMAU7702148

Dear shipper, pls note cntr CMAU7702148 rolled from CMA CGM TOSCA 0NX5MW1MA to CMA CGM MEXICO 0NX5QW1MA due to overbooking. New ETD 19-Dec-2026.
""", end="We are very sorry.", change="date", intent="delay", po=["P08025"],
     commit=("2027-02-02", "ETA Hamburg now 2 Feb"),
     dates=[("2026-12-10", "other", "this afternoon"), ("2026-12-12", "other", "12 Dec"),
            ("2026-12-19", "ship_date", "ETD 19 Dec"), ("2027-02-02", "new_eta", "2 Feb"),
            ("2027-01-26", "other", "26 Jan"), ("2026-12-19", "ship_date", "19-Dec-2026")],
     track=[("CMA CGM", "CMAU 7702148", "Cntr CMAU 7702148")]),

dict(v="galway", lang="en", at="2026-11-03 10:40", subj="Re: P08026 jumpers",
     text="""
Hi Sandra,

An Post tracking for the sample box is CE 118 447 552 IE, went out this morning.

The main order P08026 is on schedule, the pallet is booked with DSV for collection 9 Nov, delivery Hamburg 13 Nov as confirmed.

Orla

On Mon 2 Nov 2026, 16:20, Sandra Klein wrote:
> Hi Orla, could you send the tracking for the sample box? And is P08026 still on for the 13th?
""", end="Orla\n\nOn Mon", change="none", intent="confirmation", sec=["shipping_notice"], po=["P08026"],
     commit=("2026-11-13", "delivery Hamburg 13 Nov as confirmed"),
     dates=[("2026-11-03", "ship_date", "this morning"), ("2026-11-09", "ship_date", "9 Nov"),
            ("2026-11-13", "confirmed_delivery", "13 Nov")],
     track=[("An Post", "CE 118 447 552 IE", "CE 118 447 552 IE")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-12-02 14:05", subj="P08027 collection",
     text="""
Sandra,

Your haulier was booked for today but didn't turn up - rang them, they say Monday now. Biscuits are wrapped and waiting on the dock (26 pallets, whole order). So P08027 arrives Hamburg Wednesday 9th at the earliest rather than Friday. Nothing we can do from here, it's your forwarder, but I wanted you to know.

Declan

Declan Byrne
Dispatch Manager | Dublin Biscuit Company
""", end="Declan\n\nDeclan", change="date", intent="delay", po=["P08027"],
     commit=("2026-12-09", "arrives Hamburg Wednesday 9th at the earliest"),
     dates=[("2026-12-02", "other", "today"), ("2026-12-07", "ship_date", "Monday"),
            ("2026-12-09", "new_eta", "Wednesday 9th"), ("2026-12-04", "other", "Friday")]),

dict(v="lahore", lang="en", at="2026-10-16 13:00", subj="SHIPMENT ADVICE P08028",
     text="""
Dear Sir,

We are pleased to advise shipment of your P08028 as per below details:

Invoice No: LLM/D6B/2026/118
B/L No: COSU6412207780
Vessel: COSCO SHIPPING ARIES 064W
ETD Karachi: 15-10-2026
ETA Hamburg: 18-11-2026
Packing: 412 cartons, 9,888 pcs bed sheets

Balance quantity 1,112 pcs will be shipped in next container around end October.

Documents will be courier by DHL.

Regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="Regards,\nImran", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P08028"], vref=["LLM/D6B/2026/118"], commit=("2026-11-18", "ETA Hamburg: 18-11-2026"),
     dates=[("2026-10-15", "ship_date", "15-10-2026"), ("2026-11-18", "confirmed_delivery", "18-11-2026"),
            ("2026-10-31", "ship_date", "end October")],
     lines=[("bed sheets", 9888, "pcs", "9,888 pcs bed sheets", "P08028"),
            ("bed sheets", 1112, "pcs", "Balance quantity 1,112 pcs", "P08028")],
     track=[("COSCO", "COSU6412207780", "B/L No: COSU6412207780")]),
# ---------------------------------------------------------------- question / other
dict(v="penang", lang="en", at="2026-11-30 09:45", subj="P08029 - partial shipment OK?",
     text="""
Dear Laura,

For P08029 door mats we can load 4,000 pcs on 8 Dec vessel, the other 1,000 pcs need 2 more weeks. Option A: we ship 4,000 now and 1,000 by next vessel. Option B: we wait and ship all together on 22 Dec vessel. Which you prefer? Pls reply by Wednesday so we can confirm the booking.

Thank you & best regards
Tan Wei Ming
""", end="Thank you & best regards", change="none", intent="question", po=["P08029"],
     dates=[("2026-12-08", "other", "8 Dec"), ("2026-12-22", "other", "22 Dec"),
            ("2026-12-02", "other", "Wednesday")],
     lines=[("door mats", 4000, "pcs", "we can load 4,000 pcs", "P08029"),
            ("door mats", 1000, "pcs", "the other 1,000 pcs", "P08029")]),

dict(v="keystone", c=1, lang="en", at="2026-10-08 06:00", subj="Automatic reply: P08030 routing",
     text="""
Thank you for your message. The EDI Desk mailbox is monitored Monday to Friday, 8 AM - 5 PM Eastern. ASNs and 855 acknowledgements are sent automatically and do not need a reply. For urgent order matters please contact Rachel Dunn.

Keystone Housewares Distribution Inc.

> From: Mike Osei
> Sent: Thursday, October 8, 2026 11:58 AM
> Subject: P08030 routing
> Please route P08030 via the Savannah consolidator, not Newark.
""", end="Keystone Housewares Distribution Inc.\n\n>", change="none", intent="other", po=["P08030"]),

dict(v="schwarzwald", c=1, lang="en", at="2026-12-04 11:15", subj="Christmas closure 2026",
     text="""
Dear Mr. Brandt,

please note our plant and warehouse are closed from 23 December until 6 January. Last pick-ups before the break on 21 December; orders received after 11 December will be shipped in the week of 11 January at the earliest. Your open order P08031 is not affected, it ships 14 December as confirmed.

With kind regards
Sabine Hoffmann
Schwarzwald Haushaltswaren GmbH
""", end="With kind regards", change="none", intent="other", sec=["confirmation"], po=["P08031"],
     dates=[("2026-12-23", "other", "23 December"), ("2027-01-06", "other", "6 January"),
            ("2026-12-21", "other", "21 December"), ("2026-12-11", "other", "11 December"),
            ("2027-01-11", "other", "the week of 11 January"), ("2026-12-14", "ship_date", "14 December")]),

dict(v="acme", c=1, lang="en", at="2026-09-16 15:20", subj="P08032 - pallet config?",
     text="""
Hi Laura,

Before we build the pallets for P08032 - do you want them at 40" max height like last time, or can we go to 60"? At 60" it's 9 pallets instead of 14, saves you freight. Ship date stays 9/25 either way.

Dave

Dave Kowalski
Warehouse Lead, Acme Home Goods
""", end="Dave\n\nDave", change="none", intent="question", po=["P08032"],
     dates=[("2026-09-25", "ship_date", "9/25")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-16 10:30", subj="Statement of account - October 2026",
     text="""
Dear Hartmann Home & Garden Accounts Payable,

Please find attached your statement of account as of 10/31/2026. Invoices EPP-D6B-7710 (P08033) and EPP-D6B-7744 (P08034) are past due. We would appreciate payment at your earliest convenience.

Thank you,
Tanya Brooks
Credit & Collections
Evergreen Paper Products Inc.

--- attachment: Statement_Oct2026.pdf ---
STATEMENT OF ACCOUNT - Hartmann Home & Garden
Invoice        PO       Inv. date    Due date     Amount USD
EPP-D6B-7710   P08033   09/08/2026   10/08/2026   8,412.00
EPP-D6B-7744   P08034   09/22/2026   10/22/2026   3,960.50
Total past due                                    12,372.50
""", end="Thank you,\nTanya", change="none", intent="other", po=["P08033", "P08034"],
     vref=["EPP-D6B-7710", "EPP-D6B-7744"],
     dates=[("2026-10-31", "other", "10/31/2026"), ("2026-09-08", "other", "09/08/2026"),
            ("2026-10-08", "other", "10/08/2026"), ("2026-09-22", "other", "09/22/2026"),
            ("2026-10-22", "other", "10/22/2026")]),

dict(v="hansa", lang="en", at="2026-10-22 16:50", subj="AW: P08035 - label position",
     text="""
Dear Sandra,

we have a question for the gift boxes on P08035: your label spec says the EAN sticker on the bottom, but the new boxes have a window on the bottom. Can we put it on the back side instead? Production starts Monday, so we would need your OK by Friday please. Otherwise delivery 19.11. is no problem.

Best regards
Anke Petersen
Hansa Glas & Porzellan GmbH
""", end="Best regards\nAnke", change="none", intent="question", po=["P08035"],
     commit=("2026-11-19", "delivery 19.11. is no problem"),
     dates=[("2026-10-26", "other", "Monday"), ("2026-10-23", "other", "Friday"),
            ("2026-11-19", "confirmed_delivery", "19.11.")]),

dict(v="milano", c=1, lang="en", at="2026-09-03 09:05", subj="Thanks + P08036",
     text="""
Dear Tim,

many thanks for the new order P08036, well received. We will send the order confirmation with the delivery date in the next days, after we check the glaze availability with our factory.

Kind regards
Marco Bianchi
Milano Casa S.r.l.
""", end="Kind regards\nMarco", change="none", intent="other", po=["P08036"]),

dict(v="sparkle", lang="en", at="2026-12-09 12:00", subj="Did the P08037 glasses arrive ok?",
     text="""
Hi Sandra,

DPD shows P08037 as delivered yesterday at 10:14 (tracking 15976 80021 4471). Could you let me know if all 24 cases arrived without breakage? Last time two cases were damaged and I'd like to claim with DPD within their 7-day window if anything's wrong.

Thanks ever so much,
Hannah

Hannah Price | Sparkle Glassware Ltd
""", end="Thanks ever so much,", change="none", intent="question", po=["P08037"],
     dates=[("2026-12-08", "other", "yesterday")],
     track=[("DPD", "15976 80021 4471", "tracking 15976 80021 4471")]),

dict(v="brunner", c=1, lang="en", at="2026-11-11 14:35", subj="New contact for your orders",
     text="""
Dear Ms Klein,

I would like to inform you that from 1 December I am taking over your account from Reto Brunner, who moves to our new production site. Your open orders (incl. P08038) continue unchanged. My direct line is +41 44 555 18 20.

Kind regards
Nadine Keller
Brunner Textil AG
""", end="Kind regards\nNadine", change="none", intent="other", po=["P08038"],
     dates=[("2026-12-01", "other", "1 December")]),

dict(v="jaipur", lang="en", at="2026-10-01 11:20", subj="P08039 - colour choice needed",
     text="""
Dear Laura ji,

For P08039 cushion covers, the indigo dye lot we received is little bit darker than your approved swatch (photo attached). We can (1) use this lot and ship on time 20 Oct, or (2) wait for new lot, then ship around 3 Nov. Kindly advise which option, we hold the printing until your reply.

Warm regards,
Anil Mehta
Jaipur Block Prints Pvt Ltd
""", end="Warm regards,", change="none", intent="question", po=["P08039"],
     dates=[("2026-10-20", "other", "20 Oct"), ("2026-11-03", "other", "around 3 Nov")]),

dict(v="tradefair", lang="en", at="2026-09-22 08:00", subj="HomeWorld 2027 - exhibitor list online",
     text="""
HomeWorld Hamburg 2027 | 24 - 27 February 2027

The exhibitor list is now online: 1,140 brands in 9 halls. New this year: the Garden Living hall and the Sustainable Sourcing Forum on 25 February.

Register for your free trade visitor ticket before 31 January and save the queue.

You receive this newsletter because you registered as trade visitor. Unsubscribe
""", end="You receive this newsletter", change="none", intent="other",
     dates=[("2027-02-24", "other", "24 - 27 February 2027"), ("2027-02-25", "other", "25 February"),
            ("2027-01-31", "other", "31 January")]),

dict(v="texbright", lang="en", at="2026-12-15 17:10", subj="Re: P08040 - which DC?",
     text="""
Hi Mike,

Thanks for the new PO. One thing - P08040 has ship-to Hamburg but the PO note says "split Hamburg / Duisburg". How many of the 1,200 duvets go to Duisburg? We need to know before we book the trucks, goods are ready 12/28.

Marcus Reed
TexBright Bedding Inc.
""", end="Marcus Reed\nTexBright", change="none", intent="question", po=["P08040"],
     dates=[("2026-12-28", "other", "12/28")]),

dict(v="alpen", lang="en", at="2026-11-27 10:00", subj="Out of office: P08041",
     text="""
Thank you for your e-mail. I am out of the office until Monday, 7 December, with no access to e-mail. For orders please write to bestellung@alpen-feinkost.at; your message will not be forwarded.

Florian Gruber
Alpen Feinkost AG
""", end="Florian Gruber\nAlpen", change="none", intent="other", po=["P08041"],
     dates=[("2026-12-07", "other", "Monday, 7 December")]),

dict(v="mueller", c=2, lang="en", at="2026-10-05 13:25", subj="P08042 - delivery address Duisburg",
     text="""
Dear Mr Brandt,

your order P08042 lists delivery to Hamburg DC, but on the phone your colleague Ms Jensen mentioned the new Duisburg hub. Please confirm to which address we should deliver on 14.10. - we have to give the forwarder the address by Thursday.

Kind regards
Innendienst
Müller Gartentechnik GmbH & Co. KG
""", end="Kind regards\nInnendienst", change="none", intent="question", po=["P08042"],
     commit=("2026-10-14", "deliver on 14.10."),
     dates=[("2026-10-14", "confirmed_delivery", "14.10."), ("2026-10-08", "other", "Thursday")]),

dict(v="greenthumb", c=1, lang="en", at="2026-12-18 09:40", subj="Happy holidays from Green Thumb!",
     text="""
Hi Tim and team,

Thank you for a great 2026 together! Our offices close 12/24 through 1/1 and reopen Monday 1/4. Orders placed during the break will be processed the week of 1/4.

Wishing you happy holidays,
Megan Tran
Green Thumb Garden Supply LLC
""", end="Wishing you happy holidays,", change="none", intent="other",
     dates=[("2026-12-24", "other", "12/24"), ("2027-01-01", "other", "1/1"),
            ("2027-01-04", "other", "Monday 1/4"), ("2027-01-04", "other", "the week of 1/4")]),

dict(v="izmir", lang="en", at="2026-11-19 12:45", subj="P08043 - received your remarks",
     text="""
Dear Laura,

Thank you for your feedback about the packaging of last delivery on P08043. We forwarded it to our packing department and will use the stronger cartons from next orders. Again sorry for the trouble.

Best regards,
Zeynep Kaya
Izmir Cam Ev Gerecleri A.S.
""", end="Best regards,\nZeynep", change="none", intent="other", po=["P08043"]),
# ---------------------------------------------------------------- confirmation
dict(v="tirol", lang="en", at="2026-09-09 10:20", subj="Order confirmation P08044",
     text="""
Dear Ms Jensen,

thank you for your order P08044. Attached our order confirmation AB-D6B-26-0912, all items and prices as ordered, delivery CW 40 free your warehouse Hamburg.

Best regards
Andreas Hofer
Tiroler Holzwaren GmbH

--- attachment: AB-D6B-26-0912.pdf ---
AUFTRAGSBESTÄTIGUNG / ORDER CONFIRMATION AB-D6B-26-0912
Your order: P08044 of 07.09.2026
Pos  Art.-Nr.     Description               Qty    Unit price EUR
1    TH-BRD-40    Cutting board oak 40cm    300    11,20
2    TH-SPN-SET   Wooden spoon set (3)      500     4,60
Delivery: CW 40/2026, DAP Hamburg
""", end="Best regards\nAndreas", change="none", intent="confirmation", po=["P08044"],
     vref=["AB-D6B-26-0912"], commit=("2026-09-28", "delivery CW 40 free your warehouse Hamburg"),
     dates=[("2026-09-28", "confirmed_delivery", "CW 40 free"), ("2026-09-07", "other", "07.09.2026"),
            ("2026-09-28", "confirmed_delivery", "CW 40/2026")],
     lines=[("TH-BRD-40", 300, None, "1    TH-BRD-40    Cutting board oak 40cm    300    11,20", "P08044"),
            ("TH-SPN-SET", 500, None, "2    TH-SPN-SET   Wooden spoon set (3)      500     4,60", "P08044")]),

dict(v="cebu", lang="en", at="2026-10-14 14:10", subj="RE: P08045 pull-in request",
     text="""
Hi Mike,

Good news po, we can do it. P08045 (seagrass baskets, 900 pcs) will be ready to load 23 Oct instead of 6 Nov, so ETA Hamburg becomes 28 Nov. Booking on the 23 Oct vessel already confirmed by our forwarder.

Salamat,
Paolo Reyes
Cebu Rattan Artisans Inc.

-----Original Message-----
From: Mike Osei
Sent: Tuesday, October 13, 2026 9:05 PM
Subject: P08045 pull-in request
Paolo, any chance to pull P08045 forward by two weeks? Current ETA 12 Dec is too late for our window.
""", end="Salamat,", change="date", intent="confirmation", po=["P08045"],
     commit=("2026-11-28", "ETA Hamburg becomes 28 Nov"),
     dates=[("2026-10-23", "ship_date", ("23 Oct", 0)), ("2026-11-06", "other", "6 Nov"),
            ("2026-11-28", "confirmed_delivery", "28 Nov"), ("2026-10-23", "ship_date", ("23 Oct", 1))],
     lines=[("seagrass baskets", 900, "pcs", "seagrass baskets, 900 pcs", "P08045")]),

dict(v="pennine", c=1, lang="en", at="2026-11-20 11:30", subj="P08046 acknowledged",
     text="""
Sandra,

P08046 entered and confirmed - 72 x PS-BAKER-L and 96 x PS-JUG-1L, both from stock. Goes on Tuesday's pallet run, with you Thursday 26th.

Order Office
Pennine Stoneware Ltd
""", end="Order Office\nPennine", change="none", intent="confirmation", po=["P08046"],
     commit=("2026-11-26", "with you Thursday 26th"),
     dates=[("2026-11-24", "ship_date", "Tuesday"), ("2026-11-26", "confirmed_delivery", "Thursday 26th")],
     lines=[("PS-BAKER-L", 72, None, "72 x PS-BAKER-L", "P08046"),
            ("PS-JUG-1L", 96, None, "96 x PS-JUG-1L", "P08046")]),

dict(v="westland", c=1, lang="en", at="2026-09-02 08:50", subj="Confirmation P08047 tulip bulbs",
     text="""
Good morning Laura,

We confirm P08047 in full: 2,400 nets tulip bulbs mix, delivery week 38 as requested. The bulbs will be lifted from cold store on the Friday before.

Kind regards,
Orderdesk Westland Bloembollen
""", end="Kind regards,\nOrderdesk", change="none", intent="confirmation", po=["P08047"],
     commit=("2026-09-14", "delivery week 38 as requested"),
     dates=[("2026-09-14", "confirmed_delivery", "week 38"), ("2026-09-11", "other", "the Friday before")],
     lines=[("tulip bulbs mix", 2400, "nets", "2,400 nets tulip bulbs mix", "P08047")]),

dict(v="laurentides", lang="en", at="2026-11-04 15:55", subj="RE: P08048 - still OK for 11/23?",
     text="""
Hello Tim,

Yes, P08048 is still on track. Maple syrup bottled last week, the pallet is booked to leave our warehouse 11/10 and delivery in Hamburg remains 11/23.

Geneviève

Geneviève Tremblay
Produits d'érable Laurentides Inc.

On Wed, Nov 4, 2026 at 5:14 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Geneviève, is P08048 still OK for 11/23? Thanks, Tim
""", end="Geneviève\n\nGeneviève", change="none", intent="confirmation", po=["P08048"],
     commit=("2026-11-23", "delivery in Hamburg remains 11/23"),
     dates=[("2026-10-26", "other", "last week"), ("2026-11-10", "ship_date", "11/10"),
            ("2026-11-23", "confirmed_delivery", ("11/23", 0))]),

dict(v="porto", lang="en", at="2026-10-19 12:05", subj="P08049 / order acknowledgement",
     text="""
Dear Sandra,

Please find our acknowledgement for P08049. Note the table linen (TP-TL-180) we confirm 450 pcs, not 500: our minimum run for the jacquard is 450 and we agreed this with Laura on the phone last Friday. Delivery for all lines 27/11.

Best regards,
Inês Carvalho
Têxteis do Porto Lda

--- attachment: OA-D6B-4418.pdf ---
ORDER ACKNOWLEDGEMENT OA-D6B-4418       Customer PO: P08049
Item        Ordered   Confirmed   Delivery
TP-TL-180   500       450         27/11/2026
TP-NP-45    1200      1200        27/11/2026
""", end="Best regards,\nInês", change="quantity", intent="confirmation", po=["P08049"],
     vref=["OA-D6B-4418"], commit=("2026-11-27", "Delivery for all lines 27/11"),
     dates=[("2026-10-16", "other", "last Friday"), ("2026-11-27", "confirmed_delivery", "27/11."),
            ("2026-11-27", "confirmed_delivery", ("27/11/2026", 0)), ("2026-11-27", "confirmed_delivery", ("27/11/2026", 1))],
     lines=[("TP-TL-180", 450, None, "TP-TL-180   500       450         27/11/2026", "P08049"),
            ("TP-NP-45", 1200, None, "TP-NP-45    1200      1200        27/11/2026", "P08049")]),

# ---------------------------------------------------------------- cancellation
dict(v="lyonnais", lang="en", at="2026-11-06 10:45", subj="P08050 - cancellation of line 3",
     text="""
Dear Laura,

I am sorry, we must cancel line 3 of P08050 (LY-NAP-40 napkins, 800 pcs): the weaver stopped this quality and we have no replacement. Lines 1 and 2 are not touched, they leave Lyon on 18/11 and arrive 20/11 as confirmed.

Best regards,
Isabelle Martin
Textiles Lyonnais SA
""", end="Best regards,\nIsabelle", change="cancel", intent="cancellation", sec=["confirmation"], po=["P08050"],
     commit=("2026-11-20", "arrive 20/11 as confirmed"),
     dates=[("2026-11-18", "ship_date", "18/11"), ("2026-11-20", "confirmed_delivery", "20/11")],
     lines=[("LY-NAP-40", 800, "pcs", "LY-NAP-40 napkins, 800 pcs", "P08050")]),

dict(v="oaxaca", c=1, lang="en", at="2026-10-28 18:30", subj="Re: cancel P08051",
     text="""
Dear Sandra,

Confirmed, P08051 is cancelled as you asked. We had not started the firing yet so there is no cost for you. We hope to work with you again for the spring season.

Saludos,
Emilio Ramírez
Barro Negro de Oaxaca

El mar, 27 oct 2026 a las 09:12, Sandra Klein escribió:
> Emilio, we need to cancel P08051 (black clay vases) - the promotion was dropped. Sorry.
""", end="Saludos,", change="cancel", intent="cancellation", po=["P08051"]),

dict(v="taipei", c=1, lang="en", at="2026-12-11 09:35", subj="P08052 / P08053 - EOL notice",
     text="""
Dear Mike,

Our chip supplier has announced end of life for the controller used in TC-QC-30 (30W quick charger). We therefore cannot produce the 2,500 pcs on P08052 and have to cancel this order completely. Sorry for the short notice.

P08053 (cables only) is not affected and ships 18 Dec as planned.

A successor model TC-QC-35 will be available from February - I will send a quote.

Best regards,
Eric Huang
Taipei Cable & Charger Corp.
""", end="Best regards,\nEric", change="cancel", intent="cancellation", po=["P08052", "P08053"],
     dates=[("2026-12-18", "ship_date", "18 Dec"), ("2027-02-01", "other", "February")],
     lines=[("TC-QC-30", 2500, "pcs", "the 2,500 pcs on P08052", "P08052")],
     changes=[("P08052", "cancellation", None, 2500, "have to cancel this order completely"),
              ("P08053", "confirmation", None, None, "ships 18 Dec as planned")]),

dict(v="steirer", lang="en", at="2026-09-18 13:15", subj="P08054",
     text="""
Hello Mr Osei,

we will have to cancel P08054 if we do not receive the prepayment by 25 September, as agreed in our terms for new customers. Please let me know if the payment is on its way.

Kind regards
Katharina Steiner
Steirische Keramik GmbH
""", end="Kind regards\nKatharina", change="cancel", intent="cancellation", sec=["question"], po=["P08054"],
     dates=[("2026-09-25", "other", "25 September")]),

dict(v="kempen", lang="en", at="2026-11-23 16:00", subj="RE: P08055 - reduce quantity",
     text="""
Hi Tim,

OK for us, we cancel the 20 oak side tables (KM-ST-OAK) from P08055 as you requested. The remaining 40 dining chairs stay on, delivery week 50 unchanged.

Regards,
Wouter Janssens
Kempense Meubelmakerij BV

From: Tim Brandt <tim.brandt@hhg-retail.com>
Sent: Friday 20 November 2026 11:02
Subject: P08055 - reduce quantity
Wouter, please remove the side tables from P08055, keep the chairs. Thanks.
""", end="Regards,\nWouter", change="cancel", intent="cancellation", sec=["confirmation"], po=["P08055"],
     commit=("2026-12-07", "delivery week 50 unchanged"),
     dates=[("2026-12-07", "confirmed_delivery", "week 50")],
     lines=[("KM-ST-OAK", 20, None, "the 20 oak side tables", "P08055"),
            ("dining chairs", 40, None, "The remaining 40 dining chairs", "P08055")]),

dict(v="aceites", c=1, lang="en", at="2026-12-16 11:50", subj="P08056 - olive oil tins cancelled",
     text="""
Dear Laura,

Unfortunately the 5 L tins for P08056 cannot be delivered this year, our can supplier has closed. We cancel the order; the 1 L bottles (P08057) we deliver normally on 22/12.

Sorry and best regards,
Javier Ruiz
Aceites del Sur S.L.
""", end="Sorry and best regards,", change="cancel", intent="cancellation", po=["P08056", "P08057"],
     dates=[("2026-12-22", "confirmed_delivery", "22/12")],
     commit=("2026-12-22", "we deliver normally on 22/12"),
     changes=[("P08056", "cancellation", None, None, "We cancel the order"),
              ("P08057", "confirmation", "2026-12-22", None, "the 1 L bottles (P08057) we deliver normally on 22/12")]),
# ---------------------------------------------------------------- price_change
dict(v="kaiser", c=1, lang="en", at="2026-10-01 09:30", subj="Copper surcharge from 1 November",
     text="""
Dear Mr Osei,

due to the copper price on the LME, which rose by more than 20% since summer, we have to introduce a copper surcharge of 4.5% on all cable reels and extension leads from 1 November 2026. Orders confirmed before that date, including your P08058, are invoiced at the old prices.

Kind regards
Petra Lange
Elektro Kaiser GmbH
""", end="Kind regards\nPetra", change="price", intent="price_change", po=["P08058"],
     dates=[("2026-11-01", "price_effective", "1 November 2026")],
     prices=[dict(product="cable reels and extension leads", pct=4.5, eff="2026-11-01",
                  quote="copper surcharge of 4.5% on all cable reels and extension leads")]),

dict(v="seoul", c=1, lang="en", at="2026-11-12 16:10", subj="P08059 price revise",
     text="""
Dear Sandra,

Sorry to inform, the stainless steel coil price increase again this month. For your open order P08059 we must revise unit price:

SK-STP-24 stock pot 24cm   USD 9.80 -> USD 10.45
SK-STP-28 stock pot 28cm   USD 12.40 -> USD 13.20

Delivery date no change (ETA 18 Jan). Please confirm new price so we can start production.

Best Regards,
Min-seo Kim
""", end="Best Regards,\nMin-seo", change="price", intent="price_change", sec=["question"], po=["P08059"],
     commit=("2027-01-18", "ETA 18 Jan"),
     dates=[("2027-01-18", "confirmed_delivery", "18 Jan")],
     prices=[dict(product="SK-STP-24", old=9.80, new=10.45, cur="USD",
                  quote="SK-STP-24 stock pot 24cm   USD 9.80 -> USD 10.45"),
             dict(product="SK-STP-28", old=12.40, new=13.20, cur="USD",
                  quote="SK-STP-28 stock pot 28cm   USD 12.40 -> USD 13.20")]),

dict(v="galicia", c=1, lang="en", at="2026-12-01 12:20", subj="Price list 2027",
     text="""
Dear Laura,

Attached our price list 2027, valid for deliveries from 4 January 2027. Most tins stay the same; sardines in olive oil 120 g go from EUR 1,18 to EUR 1,29 because of the poor catch this season, and mussels in escabeche 111 g from EUR 1,65 to EUR 1,72.

Open orders (P08060) will be delivered at 2026 prices.

Best regards,
Beatriz Castro
Conservas Galicia S.A.
""", end="Best regards,\nBeatriz", change="price", intent="price_change", po=["P08060"],
     dates=[("2027-01-04", "price_effective", "4 January 2027")],
     prices=[dict(product="sardines in olive oil 120 g", old=1.18, new=1.29, cur="EUR", eff="2027-01-04",
                  quote="sardines in olive oil 120 g go from EUR 1,18 to EUR 1,29"),
             dict(product="mussels in escabeche 111 g", old=1.65, new=1.72, cur="EUR", eff="2027-01-04",
                  quote="mussels in escabeche 111 g from EUR 1,65 to EUR 1,72")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-09-25 14:00", subj="RE: P08061 - freight",
     text="""
Hi Laura,

Following up on our call: ocean freight from Montreal went up again, so on P08061 we'll need to add a freight surcharge of USD 380 per container (2 containers = USD 760). Product prices unchanged. If that's OK, please send a revised PO and we keep the 10/15 ship date.

Thanks,
Karen Singh
Maple Leaf Outdoor Products Inc.
""", end="Thanks,\nKaren", change="price", intent="price_change", sec=["question"], po=["P08061"],
     dates=[("2026-10-15", "ship_date", "10/15")],
     prices=[dict(product="freight surcharge", new=380, cur="USD",
                  quote="freight surcharge of USD 380 per container")]),

dict(v="savonnerie", lang="en", at="2026-10-26 10:10", subj="Year-end discount P08062",
     text="""
Dear Sandra,

Good news for once! As P08062 reached more than 5,000 soaps, we grant you an extra 3% discount on the whole order, it will show on the invoice. Delivery remains on 6 November.

Best regards,
Camille Girard
Savonnerie de Provence
""", end="Best regards,\nCamille", change="price", intent="price_change", sec=["confirmation"], po=["P08062"],
     commit=("2026-11-06", "Delivery remains on 6 November"),
     dates=[("2026-11-06", "confirmed_delivery", "6 November")],
     prices=[dict(product=None, pct=-3, quote="an extra 3% discount on the whole order")]),

dict(v="jansen", lang="en", at="2026-11-30 15:45", subj="New prices LED range from week 2",
     text="""
Hello Mike,

From week 2 of 2027 our LED bulbs will cost 6% more, the retail price of the chips went up. Your order P08063 for delivery in week 51 is still at the current prices.

Regards,
Bram Jansen
Elektro Jansen B.V.
""", end="Regards,\nBram", change="price", intent="price_change", po=["P08063"],
     commit=("2026-12-14", "delivery in week 51"),
     dates=[("2027-01-11", "price_effective", "week 2 of 2027"), ("2026-12-14", "confirmed_delivery", "week 51")],
     prices=[dict(product="LED bulbs", pct=6, eff="2027-01-11", quote="our LED bulbs will cost 6% more")]),
dict(v="ruhrtal", c=2, lang="en", at="2026-12-07 15:25", subj="P08064 dispatched",
     text="""
Dear Mr Brandt,

P08064 (cast iron grill pans, 600 pcs, complete) was handed over to DB Schenker today, consignment 0712-D6B-48820. Unfortunately Schenker's hub in Dortmund is overloaded before Christmas and they now quote delivery in Hamburg for 15.12. instead of 10.12. as we confirmed. We are sorry for the late dispatch from our side.

Kind regards
Monika Brandes
Ruhrtal Metallwaren GmbH
""", end="Kind regards\nMonika", change="date", intent="delay", sec=["shipping_notice"], po=["P08064"],
     commit=("2026-12-15", "delivery in Hamburg for 15.12."),
     dates=[("2026-12-07", "ship_date", "today"), ("2026-12-15", "new_eta", "15.12."),
            ("2026-12-10", "other", "10.12.")],
     lines=[("cast iron grill pans", 600, "pcs", "cast iron grill pans, 600 pcs", "P08064")],
     track=[("DB Schenker", "0712-D6B-48820", "consignment 0712-D6B-48820")]),
]
