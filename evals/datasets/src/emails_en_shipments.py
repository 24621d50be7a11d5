# ruff: noqa: E501 - email text is data
"""English emails about shipments: partial shipments vs shipping notices vs line
cancellations. Shipments that complete an order, first of two shipments, short shipments,
backorders with and without dates, lines dropped for good while the rest ships, ASN-style
automated notices, and 'balance' meaning a payment rather than a quantity. Hand-written."""

EMAILS = [
dict(v="greenthumb", lang="en", at="2026-09-14 10:20", subj="P03200 raised beds - split shipment",
     text="""
Hi Mike,

Quick heads up on P03200. We shipped 180 of the 300 GT-RB-48 raised bed kits today, FedEx Freight PRO 7723441021, should deliver to the Chicago consolidator Thursday. The cedar boards for the other 120 came in warped and we sent them back to the mill, so those are backordered - we're looking at shipping them 9/28 and having them at the consolidator by 10/2.

Sorry for the split, freight on the second load is on us.

-Randy
""", end="-Randy", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P03200"], commit=("2026-10-02", "at the consolidator by 10/2"),
     dates=[("2026-09-14", "ship_date", "today"), ("2026-09-17", "confirmed_delivery", "Thursday"),
            ("2026-09-28", "ship_date", "9/28"), ("2026-10-02", "new_eta", "10/2")],
     lines=[("GT-RB-48", 180, None, "180 of the 300 GT-RB-48", "P03200"),
            ("GT-RB-48", 120, None, "the other 120", "P03200")],
     track=[("FedEx Freight", "7723441021", "FedEx Freight PRO 7723441021")]),

dict(v="lakeside", c=1, lang="en", at="2026-10-06 15:45", subj="ASN P03201 shipment 2 of 2",
     text="""
ADVANCE SHIP NOTICE  (automated - do not reply)

Customer PO ........ P03201
Lakeside Order # ... LPF-SO-80412
Shipment ........... 2 of 2 (BALANCE)
Ship Date .......... 10/06/2026
Carrier ............ Estes Express Lines
PRO # .............. 2210-448-9031
Est. Delivery ...... 10/08/2026

Item          Ordered  Prev Shipped  This Shipment  Open
LP-TRT-500    600      400           200            0
LP-LIT-10L    450      300           150            0

Order status: COMPLETE - no open quantity remaining.

Lakeside Pet Foods Inc. | Distribution Center, Joliet IL
""", end="Lakeside Pet Foods Inc. | Distribution Center", change="shipping", intent="shipping_notice",
     po=["P03201"], vref=["LPF-SO-80412"], commit=("2026-10-08", "Est. Delivery ...... 10/08/2026"),
     dates=[("2026-10-06", "ship_date", "10/06/2026"), ("2026-10-08", "confirmed_delivery", "10/08/2026")],
     lines=[("LP-TRT-500", 200, None, "LP-TRT-500    600      400           200            0", "P03201"),
            ("LP-LIT-10L", 150, None, "LP-LIT-10L    450      300           150            0", "P03201")],
     track=[("Estes Express Lines", "2210-448-9031", "PRO # .............. 2210-448-9031")]),

dict(v="taipei", lang="en", at="2026-10-21 11:30", subj="P03202 wall chargers - shipped partial",
     text="""
Dear Tim,

Your order P03202: we shipped 1,500 pcs TC-QC30 (30W wall charger EU plug) today by air, China Airlines Cargo AWB 297-55821904. ETA Frankfurt airport Oct 23, your forwarder can pick up from there.

The other 500 pcs are short. Our IC supplier delivered only 75% of the PD controller chips and cannot say when the rest comes, so at the moment we have no date for these 500 pcs. I will inform you immediately when we receive the chips.

Sorry for this trouble.

Kind regards,
Eric Huang
""", end="Kind regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P03202"], commit=("2026-10-23", "ETA Frankfurt airport Oct 23"),
     dates=[("2026-10-21", "ship_date", "today"), ("2026-10-23", "confirmed_delivery", "Oct 23")],
     lines=[("TC-QC30", 1500, "pcs", "1,500 pcs TC-QC30", "P03202"),
            ("TC-QC30", 500, "pcs", "The other 500 pcs are short", "P03202")],
     track=[("China Airlines Cargo", "297-55821904", "AWB 297-55821904")]),

dict(v="brightline", lang="en", at="2026-11-04 09:10", subj="RE: P03203 - HDMI splitters",
     text="""
Hi Laura,

Sorry for the slow reply. Bad news on one line: the 4-port HDMI splitter (BL-HDMI-SP4) has been discontinued by the manufacturer with immediate effect and there is no successor model, so we have cancelled the 80 pcs of BL-HDMI-SP4 from P03203. You will see a revised acknowledgement later today.

The two cable lines are not affected and ship complete on Friday as confirmed, delivery Monday 9 Nov.

Best regards,
Sarah

On Tue, 3 Nov 2026 at 16:02, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Hi Sarah, any news on P03203? We need everything by 12 November for the store rollout.
> Thanks, Laura
""", end="Best regards,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P03203"], commit=("2026-11-09", "delivery Monday 9 Nov"),
     dates=[("2026-11-06", "ship_date", "Friday"), ("2026-11-09", "confirmed_delivery", "Monday 9 Nov")],
     lines=[("BL-HDMI-SP4", 80, "pcs", "80 pcs of BL-HDMI-SP4", "P03203")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-12 18:05", subj="P03204 shipment advice - B/L and container",
     text="""
Dear Sandra,

Good news, your order P03204 is shipped complete. The vessel sailed from Ningbo yesterday by Maersk.

B/L No.: MAEU260944117
Container: MSKU7741203 (40HQ)
Goods: NB-GSJ-12 glass storage jar 1.2L with bamboo lid, 2,400 pcs / 200 ctns
ETA Hamburg: 19 Dec

Original B/L will send by courier after we receive the balance payment, copy attached.

Best regards,
Leo Wang
""", end="Best regards,", change="shipping", intent="shipping_notice",
     po=["P03204"], commit=("2026-12-19", "ETA Hamburg: 19 Dec"),
     dates=[("2026-11-11", "ship_date", "yesterday"), ("2026-12-19", "confirmed_delivery", "19 Dec")],
     lines=[("NB-GSJ-12", 2400, "pcs", "NB-GSJ-12 glass storage jar 1.2L with bamboo lid, 2,400 pcs", "P03204")],
     track=[("Maersk", "MAEU260944117", "B/L No.: MAEU260944117"),
            ("Maersk", "MSKU7741203", "Container: MSKU7741203")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-16 10:00", subj="Balance due - P03205 / INV EPP-55102",
     text="""
Hello Hartmann Accounts Payable,

Our records show an open balance of USD 3,115.40 on invoice EPP-55102 (your PO P03205). The goods on this order were delivered in full on 11/02 and signed for at your dock.

Per our terms the balance is due 11/30. If payment has already been sent, please disregard this reminder, or send us the remittance advice so we can apply it.

Thank you,
Tanya Brooks
Credit & Collections
Evergreen Paper Products Inc.
""", end="Thank you,", change="none", intent="other",
     po=["P03205"], vref=["EPP-55102"],
     dates=[("2026-11-02", "other", "11/02"), ("2026-11-30", "other", "11/30")]),

dict(v="hanoi", lang="en", at="2026-09-22 16:00", subj="P03206 - two shipments plan",
     text="""
Dear Ms Laura,

Thank you for the order P03206 bamboo cutting board (HB-CB-L), 2,000 pcs.

We inform you the production will be in two shipment. First shipment 1,200 pcs will load on container this Saturday 26/9. Second shipment 800 pcs load around 10/10, because in rainy season the lacquer need more time to dry and we dont want mould problem like other customer had last year.

ETA Hamburg first part about 2/11, second part about 16/11.

Hope this is OK for you.
Best regard,
Nguyen Thi Lan
""", end="Hope this is OK for you.", change="quantity", intent="partial_shipment",
     po=["P03206"], commit=("2026-11-16", "second part about 16/11"),
     dates=[("2026-09-26", "ship_date", "Saturday 26/9"), ("2026-10-10", "ship_date", "10/10"),
            ("2026-11-02", "confirmed_delivery", "2/11"), ("2026-11-16", "new_eta", "16/11")],
     lines=[("HB-CB-L", 1200, "pcs", "First shipment 1,200 pcs", "P03206"),
            ("HB-CB-L", 800, "pcs", "Second shipment 800 pcs", "P03206")]),

dict(v="kiwiwool", lang="en", at="2026-10-29 09:00", subj="P03207 merino throws - shipped, 14 short",
     text="""
Kia ora Sandra,

The merino throws on P03207 went out today with DHL Global Forwarding, consignment NZAKL-4471026, ETA Hamburg around 3 December.

It's 46 throws, not 60, I'm afraid. The Natural Grey lot failed our colour-fastness test and we've no more of that fleece this season, so the remaining 14 won't be made at all - please take them off your order, we'll only invoice the 46.

Sorry about that. The Charcoal and Oatmeal were spot on.

Cheers,
Hemi
""", end="Cheers,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P03207"], commit=("2026-12-03", "ETA Hamburg around 3 December"),
     dates=[("2026-10-29", "ship_date", "today"), ("2026-12-03", "confirmed_delivery", "3 December")],
     lines=[("merino throw", 46, "throws", "46 throws", "P03207"),
            ("merino throw Natural Grey", 14, None, "the remaining 14", "P03207")],
     track=[("DHL Global Forwarding", "NZAKL-4471026", "consignment NZAKL-4471026")]),

dict(v="highland", lang="en", at="2026-11-19 11:40", subj="RE: P03208 backorder",
     text="""
Hi Sandra,

As requested we have cancelled the backorder on P03208: the remaining 200 HCW-PIL-7510 pillar candles will not be sent. The 300 pcs delivered on 2 Nov stay as they are and are on invoice HCW-INV-7781; nothing else is open on this order now.

Kind regards,
Fiona MacLeod
Highland Candle Works Ltd

-----Original Message-----
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: 18 November 2026 17:21
Subject: P03208 backorder

Fiona, please cancel the backorder on P03208, we can't take it after 20 November anymore.
""", end="Kind regards,", change="cancel", intent="cancellation",
     po=["P03208"], vref=["HCW-INV-7781"],
     dates=[("2026-11-02", "other", "2 Nov")],
     lines=[("HCW-PIL-7510", 200, None, "remaining 200 HCW-PIL-7510", "P03208"),
            ("HCW-PIL-7510", 300, "pcs", "The 300 pcs delivered", "P03208")]),

dict(v="acme", lang="en", at="2026-12-03 14:02", subj="P03209",
     text="""
P03209 went out this afternoon UPS 1Z84A2910342177615, 3 cartons, that's everything on the PO.
Jess
""", end="Jess", change="shipping", intent="shipping_notice", po=["P03209"],
     dates=[("2026-12-03", "ship_date", "this afternoon")],
     track=[("UPS", "1Z84A2910342177615", "UPS 1Z84A2910342177615")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-24 13:20", subj="Fwd: P03210 pick",
     text="""
Mike - forwarding from our warehouse below. Short version: part of the paddles shipped today, the rest is on backorder until 12/08 and we'll ship those the same day they land. No extra freight for you.

Thanks,
Karen

---------- Forwarded message ---------
From: Warehouse Mississauga <warehouse@mapleleafoutdoor.ca>
Date: Tue, Nov 24, 2026 at 11:05 AM
Subject: P03210 pick
To: Karen Singh <karen.singh@mapleleafoutdoor.ca>

Picked and loaded P03210: MLO-PAD-150 x 40. MLO-PAD-150 x 24 backordered, supplier ETA 12/08. Trailer left 10:50 with Day & Ross, probill 88140217.
""", end="Thanks,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P03210"], commit=("2026-12-08", "on backorder until 12/08"),
     dates=[("2026-11-24", "ship_date", "today"), ("2026-12-08", "new_eta", ("12/08", 0)),
            ("2026-12-08", "new_eta", ("12/08", 1))],
     lines=[("MLO-PAD-150", 40, None, "MLO-PAD-150 x 40", "P03210"),
            ("MLO-PAD-150", 24, None, "MLO-PAD-150 x 24 backordered", "P03210")],
     track=[("Day & Ross", "88140217", "probill 88140217")]),

dict(v="voltix", c=1, lang="en", at="2026-12-01 10:15", subj="P03211 loading plan",
     text="""
Dear Tim,

About P03211 loading:
- VX-SP-BT5 speaker 1000 pcs all ready, load in container Dec 4
- VX-SP-BT8 speaker only 600 pcs ready, the other 400 pcs go in next container KW 51, because the fabric cover supplier is late

ETD Shenzhen first container Dec 4, ETA Hamburg around Jan 8.
Second container ETA Hamburg mid-January.

Please confirm you accept the two shipments, and we arrange booking.

Best regards
Kevin Liu
""", end="Best regards", change="quantity", intent="partial_shipment", sec=["question"],
     po=["P03211"], commit=("2027-01-15", "Second container ETA Hamburg mid-January"),
     dates=[("2026-12-04", "ship_date", ("Dec 4", 0)), ("2026-12-14", "ship_date", "KW 51"),
            ("2026-12-04", "ship_date", ("Dec 4", 1)), ("2027-01-08", "confirmed_delivery", "Jan 8"),
            ("2027-01-15", "new_eta", "mid-January")],
     lines=[("VX-SP-BT5", 1000, "pcs", "VX-SP-BT5 speaker 1000 pcs", "P03211"),
            ("VX-SP-BT8", 600, "pcs", "only 600 pcs", "P03211"),
            ("VX-SP-BT8", 400, "pcs", "the other 400 pcs", "P03211")]),

dict(v="pacific", lang="en", at="2026-10-08 09:30", subj="P03212 remaining cases - ship now or consolidate?",
     text="""
Hi Laura,

The last 12 cases of Sumatra dark roast (PCR-SUM-1KG) for P03212 came off the roaster this morning. We can either put them on tomorrow's LTL pickup, or hold them and consolidate with your next order P03213 which is scheduled to ship 10/19 - saves you one freight charge.

Which would you prefer? If I don't hear back by end of day I'll hold them.

Lena
""", end="Lena", change="none", intent="question", po=["P03212", "P03213"],
     dates=[("2026-10-08", "other", "this morning"), ("2026-10-09", "other", "tomorrow"),
            ("2026-10-19", "other", "10/19")],
     lines=[("PCR-SUM-1KG", 12, "cases", "The last 12 cases", "P03212")]),

dict(v="sparkle", lang="en", at="2026-10-15 15:30", subj="P03214 - final delivery",
     text="""
Hi Tim,

The remaining 96 wine glasses for P03214 (SG-WG-350) left us today with Palletways, consignment 0441-77812. That completes the order - together with the first delivery on 2 October you now have everything you ordered. Delivery should be Tuesday.

Many thanks,
Hannah
""", end="Many thanks,", change="shipping", intent="shipping_notice", po=["P03214"],
     commit=("2026-10-20", "Delivery should be Tuesday"),
     dates=[("2026-10-15", "ship_date", "today"), ("2026-10-02", "other", "2 October"),
            ("2026-10-20", "confirmed_delivery", "Tuesday")],
     lines=[("SG-WG-350", 96, None, "remaining 96 wine glasses", "P03214")],
     track=[("Palletways", "0441-77812", "consignment 0441-77812")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-13 12:10", subj="P03215 - Ginger Snap line removed",
     text="""
Dear Mike,

I'm sorry to tell you that we've had to take the 320 cases of Ginger Snap 200g (DBC-GS-200) off P03215. The line has been discontinued - the bakery that co-packed it for us has closed - so please treat that line as cancelled; it won't follow later.

The rest of P03215 is unaffected and delivers as confirmed on Thursday 19 Nov.

Kind regards,
Siobhan Murphy
Dublin Biscuit Company
""", end="Kind regards,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P03215"], commit=("2026-11-19", "delivers as confirmed on Thursday 19 Nov"),
     dates=[("2026-11-19", "confirmed_delivery", "Thursday 19 Nov")],
     lines=[("DBC-GS-200", 320, "cases", "320 cases of Ginger Snap 200g (DBC-GS-200)", "P03215")]),
]
