# ruff: noqa: E501 - email text is data
"""English, fifth batch, vendors from many countries (US, CA, UK, IE, IN, PK, CN, TW, KR, VN,
TH, PH, TR, PL, MX, BR, CL, AU, NZ, ...) writing native and non-native English. Aimed at the
boundaries the intent classifier confuses: confirmation against delay (acknowledgements whose
confirmed date equals or is later than the order's, pull-ins, "still on track", "as planned",
a revised date the buyer already accepted confirmed again, a dispatch notice revealing a later
arrival); partial shipment against shipping notice (does this shipment complete the order);
question against other (address, labels, pallets, payment, strike-offs against statements,
contact changes, out-of-office, receipt notes, bank-detail fraud); cancellation of one line
against the whole order; price changes with and without an effective date. Hand-written and
hand-labelled by reading each email."""

EMAILS = [
# ---------------------------------------------------------------- confirmation / delay
dict(v="acme", lang="en", at="2026-10-05 10:20", subj="RE: New PO P07000",
     text="""
Hi Mike,

Thanks for P07000. We confirm all 3 lines as ordered, ship date 10/19 from our Allentown DC and delivery to the Hamburg consolidator 10/22 - same as your requested date, no changes.

Order ack AHG-OA-D5A-3310 attached.

Jessica

Jessica Moreno
Customer Service Lead | Acme Home Goods Inc.
P: (610) 555-0142

--- attachment: AHG-OA-D5A-3310.pdf ---
ORDER ACKNOWLEDGEMENT  AHG-OA-D5A-3310
Customer PO: P07000
Confirmed delivery: 10/22/2026 (as requested)
Item        Description              Qty ord.  Qty conf.
AH-2201     Enamel mixing bowl set   480       480
AH-2204     Steel colander 24cm      360       360
AH-2210     Silicone spatula 3pk     900       900
""", end="Jessica\n\nJessica Moreno", change="none", intent="confirmation", po=["P07000"],
     vref=["AHG-OA-D5A-3310"],
     commit=("2026-10-22", "delivery to the Hamburg consolidator 10/22"),
     dates=[("2026-10-19", "ship_date", "ship date 10/19"),
            ("2026-10-22", "confirmed_delivery", "consolidator 10/22"),
            ("2026-10-22", "confirmed_delivery", "10/22/2026")],
     lines=[("AH-2201", 480, None, "AH-2201     Enamel mixing bowl set   480       480", "P07000"),
            ("AH-2204", 360, None, "AH-2204     Steel colander 24cm      360       360", "P07000"),
            ("AH-2210", 900, None, "AH-2210     Silicone spatula 3pk     900       900", "P07000")]),

dict(v="ningbo", lang="en", at="2026-10-12 15:30", subj="RE: PO P07001 - ceramic storage jars",
     text="""
Dear Laura,

Good day. Thanks for your PO P07001 (ceramic storage jars, 3 size).

We have check with factory, the requested ETD 30/10 is not possible because glaze line is full with Christmas orders. Best we can confirm is ETD 13/11 Ningbo, ETA Hamburg around 18/12. Quantity and price is no change.

Please check and confirm if ok for you, then we arrange the PI.

Best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
Tel: +86 574 8765 1234

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: Thursday, October 8, 2026 4:12 PM
Subject: PO P07001 - ceramic storage jars

Dear Amy, please find attached P07001, ETD latest 30/10 please, our promotion starts week 50.
""", end="Best regards\nAmy Chen", change="date", intent="delay", sec=["question"], po=["P07001"],
     commit=("2026-12-18", "ETA Hamburg around 18/12"),
     dates=[("2026-10-30", "other", "requested ETD 30/10"), ("2026-11-13", "ship_date", "ETD 13/11"),
            ("2026-12-18", "new_eta", "18/12")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-03 11:45", subj="Re: P07002 earlier delivery possible?",
     text="""
Dear Sandra ji,

Greetings from Delhi Cotton Mills.

As per your request we have re-planned the stitching and P07002 kitchen towels can be delivered at your Hamburg warehouse on 13th November instead of 20th November. Full quantity 6,000 pcs, no split. Truck booking is done from our Rotterdam partner.

Kindly note this is now fixed.

Thanks & Regards,
Priya Sharma
Export Division

On Mon, 2 Nov 2026 at 14:05, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Dear Priya, is there any chance to bring P07002 forward to 13 Nov? Our display starts 16 Nov.
""", end="Thanks & Regards,", change="date", intent="confirmation", po=["P07002"],
     commit=("2026-11-13", "delivered at your Hamburg warehouse on 13th November"),
     dates=[("2026-11-13", "confirmed_delivery", "13th November"), ("2026-11-20", "other", "20th November")],
     lines=[("kitchen towels", 6000, "pcs", "Full quantity 6,000 pcs", "P07002")]),

dict(v="hanoi", lang="en", at="2026-11-16 09:10", subj="RE: P07003 status?",
     text="""
Dear Tim,

Reply your question: yes, P07003 bamboo baskets is still on track. Production is finish already, now QC and packing. We keep the plan: loading 24/11, vessel ETA Hamburg 29/12 as in our confirmation before.

Nothing change.

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC

On 13/11/2026 09:30, Tim Brandt wrote:
> Hi Lan, can you confirm P07003 is still on track for ETA 29/12? We saw news about the storm in Haiphong.
""", end="Best regards,\nNguyen", change="none", intent="confirmation", po=["P07003"],
     commit=("2026-12-29", "vessel ETA Hamburg 29/12"),
     dates=[("2026-11-24", "ship_date", "loading 24/11"), ("2026-12-29", "confirmed_delivery", "ETA Hamburg 29/12")]),

dict(v="anatolia", c=1, lang="en", at="2026-09-21 14:00", subj="Order confirmation P07004",
     text="""
Dear Mike Bey,

Thank you for order P07004, bath towels and hand towels.

We are sending order confirmation AT-OC-D5A-0921 attached. Please note our confirmed delivery is week 45 and not week 43 as in your order, because dyeing house has long queue for the anthracite colour. The other colours can not be split, they are in same lot.

If this is not acceptable please let me know today or tomorrow.

Kind regards
Elif Demir

--- attachment: AT-OC-D5A-0921.pdf ---
ORDER CONFIRMATION No. AT-OC-D5A-0921
Your order: P07004
Delivery terms: DAP Hamburg
Confirmed delivery: KW 45/2026
Article        Qty     Unit price
AT-BT-70140    2.400   7,85 EUR
AT-HT-5090     1.200   3,10 EUR
""", end="Kind regards\nElif", change="date", intent="delay", po=["P07004"], vref=["AT-OC-D5A-0921"],
     commit=("2026-11-02", "our confirmed delivery is week 45"),
     dates=[("2026-11-02", "new_eta", "week 45"), ("2026-10-19", "other", "week 43"),
            ("2026-09-21", "other", "today"), ("2026-09-22", "other", "tomorrow"),
            ("2026-11-02", "new_eta", "KW 45/2026")],
     lines=[("AT-BT-70140", 2400, None, "AT-BT-70140    2.400   7,85 EUR", "P07004"),
            ("AT-HT-5090", 1200, None, "AT-HT-5090     1.200   3,10 EUR", "P07004")]),

dict(v="polska", lang="en", at="2026-11-09 08:50", subj="P07005 - revised order confirmation",
     text="""
Dear Laura,

As agreed on phone last Thursday, we confirm for P07005 (stoneware plates and bowls) the new delivery date 27.11.2026 instead of original 20.11. Updated order confirmation PC/OC/D5A/1187 rev.2 attached. Quantities without change.

Thank you for understanding.

Best regards / Z poważaniem
Katarzyna Nowak

On Thu, 5 Nov 2026, Laura Jensen wrote:
> Katarzyna, thanks for the call. OK for 27.11 on P07005, please send the revised confirmation.

--- attachment: PC-OC-D5A-1187-rev2.pdf ---
ORDER CONFIRMATION PC/OC/D5A/1187 rev.2
Customer order: P07005
Delivery date: 27.11.2026  (rev.1: 20.11.2026)
""", end="Best regards / Z", change="date", intent="confirmation", po=["P07005"],
     vref=["PC/OC/D5A/1187"],
     commit=("2026-11-27", "the new delivery date 27.11.2026"),
     dates=[("2026-11-05", "other", "last Thursday"),
            ("2026-11-27", "confirmed_delivery", ("27.11.2026", 0)),
            ("2026-11-20", "other", "original 20.11"),
            ("2026-11-27", "confirmed_delivery", ("27.11.2026", 1)),
            ("2026-11-20", "other", "20.11.2026")]),

dict(v="voltix", c=1, lang="en", at="2026-11-20 17:20", subj="P07006 shipped by air",
     text="""
Hi Tim,

P07006 USB-C chargers (4,000 pcs) shipped today by air, AWB 176-4410 2285, Cathay Cargo via HKG. Sorry, the ETA Frankfurt is 27/11, after customs and truck to Hamburg you will get it about 2/12, not 25/11 as in our PI. The air space was full all this week, we could not get earlier flight.

Best regards
Kevin Liu
""", end="Best regards", change="date", intent="delay", sec=["shipping_notice"], po=["P07006"],
     commit=("2026-12-02", "you will get it about 2/12"),
     dates=[("2026-11-20", "ship_date", "today"), ("2026-11-27", "other", "ETA Frankfurt is 27/11"),
            ("2026-12-02", "new_eta", "about 2/12"), ("2026-11-25", "other", "25/11"),
            ("2026-11-16", "other", "this week")],
     lines=[("USB-C chargers", 4000, "pcs", "USB-C chargers (4,000 pcs)", "P07006")],
     track=[("Cathay Cargo", "176-4410 2285", "AWB 176-4410 2285")]),

dict(v="jaipur", c=1, lang="en", at="2026-12-01 12:30", subj="P07007 / P07008 update",
     text="""
Hello Laura,

Quick update on P07007 and P07008 (cushion covers + table runners): both are going as planned. P07007 goes to the forwarder on Friday, delivery Hamburg 18 Dec as confirmed. P07008 table runners follow with the next truck, delivery 22 December, also as per our confirmation.

Regards,
Sunita
""", end="Regards,\nSunita", change="none", intent="confirmation", po=["P07007", "P07008"],
     commit=("2026-12-18", "delivery Hamburg 18 Dec as confirmed"),
     dates=[("2026-12-04", "ship_date", "Friday"), ("2026-12-18", "confirmed_delivery", "18 Dec"),
            ("2026-12-22", "confirmed_delivery", "22 December")],
     changes=[("P07007", "confirmation", "2026-12-18", None, "P07007 goes to the forwarder on Friday, delivery Hamburg 18 Dec as confirmed"),
              ("P07008", "confirmation", "2026-12-22", None, "P07008 table runners follow with the next truck, delivery 22 December")]),

dict(v="cascadia", lang="en", at="2026-10-28 13:15", subj="P07009 - planter boxes on hold",
     text="""
Mike -

Bad news on P07009. Our kiln-dried cedar supplier had a fire at their mill and we can't source the grade we need for the planter boxes (CC-PB-24). Those 220 are on hold until further notice. The shoe racks (CC-SR-3) on the same PO are unaffected and still deliver 11/12 as confirmed.

I'll update you as soon as I hear from the mill, probably not before Thanksgiving.

Brent
""", end="\nBrent", change="date", intent="delay", po=["P07009"],
     commit=("2026-11-12", "still deliver 11/12 as confirmed"),
     dates=[("2026-11-12", "confirmed_delivery", "11/12")],
     lines=[("CC-PB-24", 220, None, "Those 220 are on hold", "P07009")]),

dict(v="mapleleaf", lang="en", at="2026-09-14 16:00", subj="RE: P07010 camping chairs - earlier?",
     text="""
Hi Sandra,

Re P07010 - to answer your question, no, we can't get the camping chairs to you any earlier than the date on your PO, the frames come from our Quebec plant on a fixed schedule. But the date on the PO is no problem: 10/09 delivery to Hamburg confirmed, 1,100 units, as ordered.

Cheers,
Josh

On Fri, Sep 11, 2026 at 9:12 AM Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Josh, any chance to get P07010 earlier than 10/09? Otherwise please just confirm.
""", end="Cheers,\nJosh", change="none", intent="confirmation", po=["P07010"],
     commit=("2026-10-09", "10/09 delivery to Hamburg confirmed"),
     dates=[("2026-10-09", "confirmed_delivery", "10/09 delivery")],
     lines=[("camping chairs", 1100, "units", "1,100 units", "P07010")]),

dict(v="seoul", c=1, lang="en", at="2026-10-20 10:00", subj="Order Acknowledgement PO P07011",
     text="""
Dear Ms. Klein,

Thank you for PO P07011. Please find our order acknowledgement below. Line 1 and 3 we confirm as your request date. Line 2 (stock pot 28cm) we can confirm only one week later, because the handle supplier delay.

 Line | Item       | Qty | Requested  | Confirmed
 1    | SK-FP-24   | 600 | 2026-11-16 | 2026-11-16
 2    | SK-SP-28   | 400 | 2026-11-16 | 2026-11-23
 3    | SK-LD-24   | 600 | 2026-11-16 | 2026-11-16

Best regards,
Min-seo Kim
Seoul Kitchenware Co., Ltd.
""", end="Best regards,\nMin-seo", change="date", intent="delay", po=["P07011"],
     commit=("2026-11-23", "2026-11-23"),
     dates=[("2026-11-16", "other", ("2026-11-16", 0)), ("2026-11-16", "confirmed_delivery", ("2026-11-16", 1)),
            ("2026-11-16", "other", ("2026-11-16", 2)), ("2026-11-23", "new_eta", "2026-11-23"),
            ("2026-11-16", "other", ("2026-11-16", 3)), ("2026-11-16", "confirmed_delivery", ("2026-11-16", 4))],
     lines=[("SK-FP-24", 600, None, " 1    | SK-FP-24   | 600 | 2026-11-16 | 2026-11-16", "P07011"),
            ("SK-SP-28", 400, None, " 2    | SK-SP-28   | 400 | 2026-11-16 | 2026-11-23", "P07011"),
            ("SK-LD-24", 600, None, " 3    | SK-LD-24   | 600 | 2026-11-16 | 2026-11-16", "P07011")]),

dict(v="battrang", lang="en", at="2026-12-07 14:20", subj="P07012 - revised ETA confirm",
     text="""
Dear Laura,

Follow our call with Mr. Tim: we confirm again the revised ETA for P07012 glazed pots is 11/01/2027 Hamburg, as you accepted in your email of 30/11/2026. Vessel booking is done, ETD Hai Phong 12/12. All quantity same like the PO.

Thank you and best regards,
Pham Thu Ha
Bat Trang Ceramics Export Co., Ltd.
""", end="Thank you and best regards", change="date", intent="confirmation", po=["P07012"],
     commit=("2027-01-11", "revised ETA for P07012 glazed pots is 11/01/2027 Hamburg"),
     dates=[("2027-01-11", "confirmed_delivery", "11/01/2027"), ("2026-11-30", "other", "30/11/2026"),
            ("2026-12-12", "ship_date", "ETD Hai Phong 12/12")]),

dict(v="taipei", lang="en", at="2026-11-24 09:30", subj="P07013 small slip",
     text="""
Hi Mike,

P07013 is mostly on track - cables are done and packed. Only the gift boxes came late from printer, so we need to move the ex-factory from 27/11 to 2/12, and the delivery at your DC becomes 10/12 instead of 4/12. Sorry for this small slip.

Vivian Lin
Taipei Cable & Charger Corp.
""", end="Vivian Lin\nTaipei", change="date", intent="delay", po=["P07013"],
     commit=("2026-12-10", "the delivery at your DC becomes 10/12"),
     dates=[("2026-11-27", "other", "27/11"), ("2026-12-02", "ship_date", "to 2/12"),
            ("2026-12-10", "new_eta", "10/12"), ("2026-12-04", "other", "4/12")]),

dict(v="brightline", lang="en", at="2026-09-08 11:00", subj="RE: P07014",
     text="""
Hello Tim,

Many thanks for P07014. Stock is on the shelf so there's no need to wait for the 28th - we'll deliver a bit early, on Thursday 17th September, unless you tell us otherwise. Quantities all as ordered.

Order acknowledgement BLE-OA-D5A-55812 attached.

Kind regards,
Sarah
""", end="Kind regards,\nSarah", change="date", intent="confirmation", po=["P07014"],
     vref=["BLE-OA-D5A-55812"],
     commit=("2026-09-17", "we'll deliver a bit early, on Thursday 17th September"),
     dates=[("2026-09-28", "other", "the 28th"), ("2026-09-17", "confirmed_delivery", "Thursday 17th September")]),

dict(v="binhduong", lang="en", at="2026-12-15 10:40", subj="P07058 outdoor furniture update",
     text="""
Dear Laura,

Update P07058 outdoor furniture:
- Acacia dining table 180cm (BD-DT-180), 150 sets: as planned, loading 21/12, ETA Hamburg 30/01/2027.
- Acacia chairs (BD-CH-02), 600 pcs: the finishing line is behind, we need to move to next container, loading 11/01/2027, ETA Hamburg 18/02/2027.

Sorry for this. All other is OK.

Best regards,
Le Thi Huong
Binh Duong Furniture Export JSC
""", end="Best regards,\nLe Thi", change="date", intent="delay", po=["P07058"],
     commit=("2027-02-18", "ETA Hamburg 18/02/2027"),
     dates=[("2026-12-21", "ship_date", "loading 21/12"), ("2027-01-30", "confirmed_delivery", "30/01/2027"),
            ("2027-01-11", "ship_date", "loading 11/01/2027"), ("2027-02-18", "new_eta", "18/02/2027")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-11-04 12:05", subj="P07059 shortbread tins",
     text="""
Hi Mike,

Confirming P07059 shortbread tins for delivery w/c 23/11 - apologies, I know the PO says the 13th, but the tin printer let us down and we only get the tins next Tuesday. Baking and packing takes the rest of that week.

Declan
""", end="\nDeclan", change="date", intent="delay", po=["P07059"],
     commit=("2026-11-23", "Confirming P07059 shortbread tins for delivery w/c 23/11"),
     dates=[("2026-11-23", "new_eta", "w/c 23/11"), ("2026-11-13", "other", "the 13th"),
            ("2026-11-10", "other", "next Tuesday")]),

dict(v="kempen", lang="en", at="2026-11-10 15:15", subj="RE: P07062 bring forward?",
     text="""
Dear Tim,

I'm sorry, we cannot bring P07062 forward to next week, the lacquer needs its drying time. But the original date stays firm: delivery Thursday 26 November at your Hamburg warehouse, all 40 sideboards.

Met vriendelijke groeten / Kind regards
Wouter Janssens
""", end="Met vriendelijke groeten", change="none", intent="confirmation", po=["P07062"],
     commit=("2026-11-26", "delivery Thursday 26 November"),
     dates=[("2026-11-16", "other", "next week"), ("2026-11-26", "confirmed_delivery", "Thursday 26 November")],
     lines=[("sideboards", 40, None, "all 40 sideboards", "P07062")]),
# ---------------------------------------------------------------- partial / shipping
dict(v="keystone", c=2, lang="en", at="2026-11-05 15:40", subj="P07015 shipped",
     text="""
Laura,

P07015 left our Allentown DC today on FedEx Freight, PRO 5521 8830 174. Heads-up: this is NOT the full order. The 12" grill pans (KH-GP-12) were short 140 pcs at pick; those ship 11/16 on a second PRO. Everything else is complete.

Greg Palmer
Keystone Housewares Distribution

--- attachment: ASN_KHD-856-D5A-0417.pdf ---
ASN No.: KHD-856-D5A-0417
PO: P07015    Ship Date: 11/05/2026
Item        Ordered  Shipped  B/O
KH-GP-12    500      360      140
KH-GP-10    300      300      0
""", end="Greg Palmer\nKeystone", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07015"], vref=["KHD-856-D5A-0417"],
     dates=[("2026-11-05", "ship_date", "today"), ("2026-11-16", "ship_date", "ship 11/16"),
            ("2026-11-05", "ship_date", "11/05/2026")],
     lines=[("KH-GP-12", 140, "pcs", "short 140 pcs", "P07015"),
            ("KH-GP-12", 360, None, "KH-GP-12    500      360      140", "P07015"),
            ("KH-GP-10", 300, None, "KH-GP-10    300      300      0", "P07015")],
     track=[("FedEx Freight", "5521 8830 174", "PRO 5521 8830 174")]),

dict(v="pennine", lang="en", at="2026-12-03 10:05", subj="P07016 balance",
     text="""
Morning Sandra,

Just to let you know the balance of P07016 - the 96 lasagne dishes we were waiting on from the kiln - went out on this morning's Palletways run. That's the order complete now, nothing outstanding. Consignment no. PW-3318204, should be with you Monday or Tuesday.

Cheers
Dave
""", end="Cheers\nDave", change="shipping", intent="shipping_notice", po=["P07016"],
     commit=("2026-12-08", "should be with you Monday or Tuesday"),
     dates=[("2026-12-03", "ship_date", "this morning"), ("2026-12-07", "range_start", "Monday"),
            ("2026-12-08", "range_end", "Tuesday")],
     lines=[("lasagne dishes", 96, None, "the 96 lasagne dishes", "P07016")],
     track=[("Palletways", "PW-3318204", "Consignment no. PW-3318204")]),

dict(v="plasticos", lang="en", at="2026-10-14 12:00", subj="P07017 storage boxes - shipment",
     text="""
Hello Mike,

About P07017 (storage boxes 45L). We will ship on Monday only 3,200 pcs of the 4,000 pcs, the injection mold had a crack and it was repaired only yesterday. The remaining 800 pcs will be ready to ship on October 30 and arrive approx. two weeks later, we will confirm.

Is this ok for you or you prefer to wait and ship all together?

Regards,
Rodrigo Garza
Plásticos del Norte
""", end="Regards,\nRodrigo", change="quantity", intent="partial_shipment", sec=["question"],
     po=["P07017"],
     dates=[("2026-10-19", "ship_date", "Monday"), ("2026-10-13", "other", "yesterday"),
            ("2026-10-30", "ship_date", "October 30")],
     lines=[("storage boxes 45L", 3200, "pcs", "only 3,200 pcs", "P07017"),
            ("storage boxes 45L", 800, "pcs", "The remaining 800 pcs", "P07017")]),

dict(v="lahore", lang="en", at="2026-11-11 19:00", subj="Shipment advice P07018",
     text="""
Dear Tim,

Greetings. We are pleased to inform that complete quantity of P07018 (bath mats 1,800 pcs + bath sheets 900 pcs) is shipped today per MSC vessel from Karachi.

B/L No: MEDUK4471209
Container: MSCU 7715320
ETD Karachi: 11.11.2026
ETA Hamburg: 16.12.2026

Original documents will be couriered by DHL tomorrow.

Best Regards,
Imran Qureshi
""", end="Best Regards,", change="shipping", intent="shipping_notice", po=["P07018"],
     commit=("2026-12-16", "ETA Hamburg: 16.12.2026"),
     dates=[("2026-11-11", "ship_date", "today"), ("2026-11-11", "ship_date", "11.11.2026"),
            ("2026-12-16", "confirmed_delivery", "16.12.2026"), ("2026-11-12", "other", "tomorrow")],
     lines=[("bath mats", 1800, "pcs", "bath mats 1,800 pcs", "P07018"),
            ("bath sheets", 900, "pcs", "bath sheets 900 pcs", "P07018")],
     track=[("MSC", "MEDUK4471209", "B/L No: MEDUK4471209"), ("MSC", "MSCU 7715320", "Container: MSCU 7715320")]),

dict(v="izmir", lang="en", at="2026-12-09 16:30", subj="P07019 loading",
     text="""
Dear Sandra Hanım,

P07019 glass tumblers is loaded today to truck 34 ABC 771, CMR no. IZ-CMR-D5A-2209. Delivery at your warehouse planned Wednesday 16.12.

Packing list below. Please kindly note the 2nd colour (smoke grey) is not complete in this truck, glass furnace produce only 2.160 pcs of 3.000, the rest 840 pcs we send with next truck in January.

Best regards,
Burak Aydin
Export Dept.

--- attachment: PL-IZ-D5A-2209.pdf ---
PACKING LIST  P07019
Item          Ordered  Loaded
IC-TB-CLR     3.000    3.000
IC-TB-SMK     3.000    2.160
""", end="Best regards,\nBurak", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07019"],
     commit=("2026-12-16", "Delivery at your warehouse planned Wednesday 16.12"),
     dates=[("2026-12-09", "ship_date", "today"), ("2026-12-16", "confirmed_delivery", "Wednesday 16.12"),
            ("2027-01-01", "ship_date", "in January")],
     lines=[("IC-TB-SMK", 2160, "pcs", "2.160 pcs", "P07019"),
            ("IC-TB-SMK", 840, "pcs", "the rest 840 pcs", "P07019"),
            ("IC-TB-CLR", 3000, None, "IC-TB-CLR     3.000    3.000", "P07019"),
            ("IC-TB-SMK", 2160, None, "IC-TB-SMK     3.000    2.160", "P07019")],
     track=[(None, "IZ-CMR-D5A-2209", "CMR no. IZ-CMR-D5A-2209")]),

dict(v="oakridge", c=1, lang="en", at="2026-10-22 08:00", subj="Your Oakridge order has shipped - PO P07020",
     text="""
Your order has shipped!

Purchase Order: P07020
Oakridge Order #: OFC-D5A-88120
Ship Date: 10/21/2026
Carrier: Old Dominion Freight Line
PRO #: 0778-2231-905
Estimated Delivery: 10/27/2026 - 10/29/2026

All items on this order have shipped. Items shipped: 12 of 12.

This is an automated message from Oakridge Furniture Co. Please do not reply to this email.
""", end="This is an automated message", change="shipping", intent="shipping_notice", po=["P07020"],
     vref=["OFC-D5A-88120"],
     commit=("2026-10-29", "Estimated Delivery: 10/27/2026 - 10/29/2026"),
     dates=[("2026-10-21", "ship_date", "10/21/2026"), ("2026-10-27", "range_start", "10/27/2026"),
            ("2026-10-29", "range_end", "10/29/2026")],
     lines=[("items", 12, None, "Items shipped: 12 of 12", "P07020")],
     track=[("Old Dominion Freight Line", "0778-2231-905", "PRO #: 0778-2231-905")]),

dict(v="greenthumb", lang="en", at="2026-09-24 14:10", subj="P07021 potting mix shipped",
     text="""
Hi Laura,

P07021 shipped this morning, tracking below. We were only able to pull 1,450 of the 1,600 bags of potting mix - the last 150 didn't pass our moisture check and we're not going to make more of that SKU this season, so please consider them short-shipped. You'll only be invoiced for what shipped.

UPS Freight PRO 481-2290-6637
ETA 10/1

Randy
""", end="\nRandy", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07021"], commit=("2026-10-01", "ETA 10/1"),
     dates=[("2026-09-24", "ship_date", "this morning"), ("2026-10-01", "confirmed_delivery", "10/1")],
     lines=[("potting mix", 1450, "bags", "pull 1,450 of the 1,600 bags", "P07021"),
            ("potting mix", 150, None, "the last 150", "P07021")],
     track=[("UPS Freight", "481-2290-6637", "UPS Freight PRO 481-2290-6637")]),

dict(v="siam", c=1, lang="en", at="2026-11-27 13:00", subj="P07022 final lot shipped",
     text="""
Dear Mike,

Second and final lot of P07022 (rattan lounge chairs, 120 sets) was loaded today on container SEGU 4410928, vessel ONE HAMBURG EXPRESS. With the first lot from October, P07022 is now fully shipped, 300 sets total.

ETA Hamburg 04/01/2027, ETA your warehouse about 07/01/2027.

Best regards,
Pimchanok Srisuk
""", end="Best regards,\nPimchanok", change="shipping", intent="shipping_notice", po=["P07022"],
     commit=("2027-01-07", "ETA your warehouse about 07/01/2027"),
     dates=[("2026-11-27", "ship_date", "today"), ("2026-10-01", "other", "October"),
            ("2027-01-04", "other", "04/01/2027"), ("2027-01-07", "confirmed_delivery", "07/01/2027")],
     lines=[("rattan lounge chairs", 120, "sets", "120 sets", "P07022")],
     track=[("ONE", "SEGU 4410928", "container SEGU 4410928")]),

dict(v="galway", lang="en", at="2026-10-30 11:20", subj="P07023 first part",
     text="""
Hi Sandra,

The first 400 Aran throws on P07023 went out with DPD this morning, consignment 1553 0098 7721. The remaining 250 are still on the needles, they'll be with you by 20 November at the latest.

Orla
""", end="\nOrla", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P07023"],
     commit=("2026-11-20", "they'll be with you by 20 November at the latest"),
     dates=[("2026-10-30", "ship_date", "this morning"), ("2026-11-20", "new_eta", "20 November")],
     lines=[("Aran throws", 400, None, "The first 400 Aran throws", "P07023"),
            ("Aran throws", 250, None, "The remaining 250", "P07023")],
     track=[("DPD", "1553 0098 7721", "consignment 1553 0098 7721")]),

dict(v="aussie", lang="en", at="2026-11-02 10:00", subj="RE: P07024 partial delivery?",
     text="""
G'day Tim,

No partial on this one mate - all 640 swags and the 200 tarps on P07024 went into the one container (TCNU 6621408), sailed Saturday out of Sydney on the Maersk Kensington. ETA Hamburg 10 December.

Cheers,
Liam
""", end="Cheers,\nLiam", change="shipping", intent="shipping_notice", po=["P07024"],
     commit=("2026-12-10", "ETA Hamburg 10 December"),
     dates=[("2026-10-31", "ship_date", "Saturday"), ("2026-12-10", "confirmed_delivery", "10 December")],
     lines=[("swags", 640, None, "all 640 swags", "P07024"), ("tarps", 200, None, "the 200 tarps", "P07024")],
     track=[("Maersk", "TCNU 6621408", "TCNU 6621408")]),

dict(v="serra", lang="en", at="2026-09-29 09:45", subj="P07025 confirmation",
     text="""
Dear Laura,

Thank you for P07025. We confirm 2,000 of the 3,000 pressure cookers for ETD Santos 20/10, ETA Hamburg 12/11. The other 1,000 we can only produce in December, ETD Santos 10/12. Please tell us if you want them or if we should reduce the order.

Best regards,
Rafael Oliveira
Serra Utilidades Domésticas
""", end="Best regards,\nRafael", change="quantity", intent="partial_shipment", sec=["question"],
     po=["P07025"], commit=("2026-11-12", "ETA Hamburg 12/11"),
     dates=[("2026-10-20", "ship_date", "ETD Santos 20/10"), ("2026-11-12", "confirmed_delivery", "12/11"),
            ("2026-12-01", "other", "in December"), ("2026-12-10", "ship_date", "ETD Santos 10/12")],
     lines=[("pressure cookers", 2000, None, "2,000 of the 3,000 pressure cookers", "P07025"),
            ("pressure cookers", 1000, None, "The other 1,000", "P07025")]),

dict(v="kiwiwool", lang="en", at="2026-09-10 16:45", subj="P07026 on its way",
     text="""
Kia ora Mike,

P07026 is on its way - 2 pallets of wool dryer balls (4,800 sets, full order) picked up by DHL Global Forwarding this afternoon, air freight AKL-FRA. AWB 615-7720 4416. They reckon delivery Hamburg Wed 16 Sept.

Ngā mihi,
Hemi
""", end="Ngā mihi", change="shipping", intent="shipping_notice", po=["P07026"],
     commit=("2026-09-16", "delivery Hamburg Wed 16 Sept"),
     dates=[("2026-09-10", "ship_date", "this afternoon"), ("2026-09-16", "confirmed_delivery", "Wed 16 Sept")],
     lines=[("wool dryer balls", 4800, "sets", "4,800 sets", "P07026")],
     track=[("DHL Global Forwarding", "615-7720 4416", "AWB 615-7720 4416")]),

dict(v="evergreen", c=1, lang="en", at="2026-12-10 14:30", subj="P07027 napkins",
     text="""
Hi Laura, Tanya here from Evergreen.

P07027 napkins: we shipped 90 of the 120 cases today (R+L Carriers PRO 33107 4482). The printed holiday napkins (EP-NP-HOL, 30 cases) won't make it in time for your season, so we are cancelling that line rather than sending them in January. Regular napkins arrive 12/15.

Tanya Brooks
Evergreen Paper Products
""", end="Tanya Brooks\nEvergreen", change="mixed", intent="partial_shipment",
     sec=["shipping_notice", "cancellation"], po=["P07027"],
     commit=("2026-12-15", "Regular napkins arrive 12/15"),
     dates=[("2026-12-10", "ship_date", "today"), ("2027-01-01", "other", "in January"),
            ("2026-12-15", "confirmed_delivery", "12/15")],
     lines=[("napkins", 90, "cases", "90 of the 120 cases", "P07027"),
            ("EP-NP-HOL", 30, "cases", "EP-NP-HOL, 30 cases", "P07027")],
     track=[("R+L Carriers", "33107 4482", "PRO 33107 4482")]),

dict(v="porto", lang="en", at="2026-10-07 09:15", subj="Dispatch P07028",
     text="""
Dear Laura,

Good morning. Your order P07028 (flannel duvet covers, all 4 sizes, 1.650 pcs) was collected today by Transportes Lusitânia, CMR TL-26-D5A-0914. Delivery to Hamburg on Monday 12 October as planned in our confirmation.

Attached the packing list.

Best regards,
Inês Carvalho
""", end="Best regards,\nInês", change="shipping", intent="shipping_notice", po=["P07028"],
     commit=("2026-10-12", "Delivery to Hamburg on Monday 12 October"),
     dates=[("2026-10-07", "ship_date", "today"), ("2026-10-12", "confirmed_delivery", "Monday 12 October")],
     lines=[("flannel duvet covers", 1650, "pcs", "1.650 pcs", "P07028")],
     track=[("Transportes Lusitânia", "TL-26-D5A-0914", "CMR TL-26-D5A-0914")]),

dict(v="hansa", c=1, lang="en", at="2026-11-12 16:50", subj="P07029 delivery tomorrow",
     text="""
Hello Sandra,

Tomorrow our truck delivers P07029 to your warehouse, but only 38 of 48 pallets. The last 10 pallets of wine glasses are still in the tempering line, they follow in KW 48.

Kind regards
Ole Thomsen
""", end="Kind regards\nOle", change="quantity", intent="partial_shipment", po=["P07029"],
     commit=("2026-11-23", "they follow in KW 48"),
     dates=[("2026-11-13", "confirmed_delivery", "Tomorrow"), ("2026-11-23", "new_eta", "KW 48")],
     lines=[("pallets", 38, "pallets", "only 38 of 48 pallets", "P07029"),
            ("wine glasses", 10, "pallets", "The last 10 pallets", "P07029")]),

dict(v="maule", lang="en", at="2026-10-23 18:00", subj="P07060 shipped / P07061 status",
     text="""
Dear Sandra,

Good news: P07060 (wicker baskets, 3 models, 1,500 pcs total) is complete and shipped today from San Antonio on the MSC Alina, container MEDU 9031187. Transit time is about 32 days, ETA Hamburg 24 November.

Your other order P07061 is in production as planned, we will ship it on 4 December.

Best regards,
Catalina Soto
""", end="Best regards,\nCatalina", change="shipping", intent="shipping_notice", sec=["confirmation"],
     po=["P07060", "P07061"], commit=("2026-11-24", "ETA Hamburg 24 November"),
     dates=[("2026-10-23", "ship_date", "today"), ("2026-11-24", "confirmed_delivery", "24 November"),
            ("2026-12-04", "ship_date", "4 December")],
     lines=[("wicker baskets", 1500, "pcs", "1,500 pcs total", "P07060")],
     track=[("MSC", "MEDU 9031187", "container MEDU 9031187")],
     changes=[("P07060", "shipping_notice", "2026-11-24", None, "P07060 (wicker baskets, 3 models, 1,500 pcs total) is complete and shipped today"),
              ("P07061", "confirmation", None, None, "P07061 is in production as planned, we will ship it on 4 December")]),
# ---------------------------------------------------------------- cancellation
dict(v="milano", lang="en", at="2026-10-19 10:30", subj="P07030 - cancellation",
     text="""
Dear Tim,

I am very sorry but we have to cancel your order P07030 completely. The glass factory in Murano that makes the vases for us closed down at the end of September and we have no other source for this quality. No deposit was paid so there is nothing to refund.

We hope to offer you an alternative in the spring collection.

Best regards
Giulia Rossi
""", end="Best regards\nGiulia", change="cancel", intent="cancellation", po=["P07030"],
     dates=[("2026-09-30", "other", "the end of September")]),

dict(v="poznanwood", lang="en", at="2026-11-17 13:25", subj="P07031 - line 3 cancelled",
     text="""
Dear Mike,

Regarding P07031: unfortunatelly we must cancel line 3, the oak serving boards 50 cm (PD-SB-50, 300 pcs), because the oak lot failed our moisture test and new dried timber will not be available this year. Lines 1 and 2 (cutting boards and bread boards) are not affected and stay for delivery 03.12.2026 as confirmed.

Revised order confirmation PD-OC-D5A-0311 will follow tomorrow.

Best regards
Tomasz Zieliński
Sales Export | Poznań Drewno Sp. z o.o.
""", end="Best regards\nTomasz", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P07031"], vref=["PD-OC-D5A-0311"],
     commit=("2026-12-03", "stay for delivery 03.12.2026 as confirmed"),
     dates=[("2026-12-03", "confirmed_delivery", "03.12.2026"), ("2026-11-18", "other", "tomorrow")],
     lines=[("PD-SB-50", 300, "pcs", "PD-SB-50, 300 pcs", "P07031")]),

dict(v="lakeside", lang="en", at="2026-10-01 11:05", subj="RE: Cancel P07032",
     text="""
Hi Laura,

Confirmed - P07032 is cancelled in full per your email this morning. Nothing had been picked yet so there are no restocking fees. You'll get a cancellation notice from our system (LPF-CXL-D5A-2210) within the hour.

Amber

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: Thursday, October 1, 2026 3:12 AM
To: Amber Nielsen
Subject: Cancel P07032

Hi Amber, our promotion was dropped, please cancel P07032 completely. Thanks, Laura
""", end="Amber\n\n-----", change="cancel", intent="cancellation", po=["P07032"],
     vref=["LPF-CXL-D5A-2210"],
     dates=[("2026-10-01", "other", "this morning")]),

dict(v="anatolia", lang="en", at="2026-12-14 09:40", subj="RE: P07033 remove beach towels",
     text="""
Dear Sandra Hanım,

OK, we removed the beach towels (AT-BCH-90) from P07033 as you wish. The other two lines we ship this Friday, no change.

Regards
Mehmet Yilmaz
""", end="Regards\nMehmet", change="cancel", intent="cancellation", po=["P07033"],
     dates=[("2026-12-18", "ship_date", "this Friday")]),

dict(v="ningbo", c=1, lang="en", at="2026-10-08 10:10", subj="P07034 deposit - urgent",
     text="""
Dear Tim,

Sorry to push again. For P07034 we still not received the 30% deposit (PI NB-PI-D5A-7761, USD 8,412.00). Our factory can not hold the material more. If deposit not arrive until 15/10, we will have to cancel this order and release the production slot to other customer.

Best regards
Leo Wang
""", end="Best regards\nLeo", change="cancel", intent="cancellation", po=["P07034"],
     vref=["NB-PI-D5A-7761"],
     dates=[("2026-10-15", "other", "15/10")]),

dict(v="highland", lang="en", at="2026-09-16 14:55", subj="P07035 - Sea Salt pillar discontinued",
     text="""
Hi Tim,

I'm afraid we've had to discontinue the Sea Salt & Driftwood pillar (HC-SSD-P) so I've taken it off P07035 - sorry! That's 144 pcs. Everything else on the order is unchanged for the 2nd of October.

Would you like the Wild Fig pillar instead? Same size and price, I could add 144 to the same delivery.

Best wishes,
Fiona
""", end="Best wishes,", change="cancel", intent="cancellation", sec=["question"], po=["P07035"],
     commit=("2026-10-02", "unchanged for the 2nd of October"),
     dates=[("2026-10-02", "confirmed_delivery", "the 2nd of October")],
     lines=[("HC-SSD-P", 144, "pcs", "That's 144 pcs", "P07035"),
            ("Wild Fig pillar", 144, None, "add 144 to the same delivery", "P07035")]),

dict(v="tlaquepaque", c=1, lang="en", at="2026-11-25 17:35", subj="Cancellation P07036",
     text="""
Hello Laura,

As we talked, we cancel the order P07036 complete. Attached the cancellation note. The order P07037 stays as is, delivery week 51.

Saludos,
Jorge Medina
Artesanías Tlaquepaque

--- attachment: NC-D5A-0412.pdf ---
NOTA DE CANCELACIÓN / CANCELLATION NOTE  NC-D5A-0412
Customer order: P07036
Cancelled items: all (clay lanterns 250 pcs, clay suns 400 pcs)
Date: 25/11/2026
""", end="Saludos,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P07036", "P07037"], vref=["NC-D5A-0412"],
     commit=("2026-12-14", "delivery week 51"),
     dates=[("2026-12-14", "confirmed_delivery", "week 51"), ("2026-11-25", "other", "25/11/2026")],
     lines=[("clay lanterns", 250, "pcs", "clay lanterns 250 pcs", "P07036"),
            ("clay suns", 400, "pcs", "clay suns 400 pcs", "P07036")],
     changes=[("P07036", "cancellation", None, None, "we cancel the order P07036 complete"),
              ("P07037", "confirmation", "2026-12-14", None, "The order P07037 stays as is, delivery week 51")]),

dict(v="jaipur", lang="en", at="2026-10-26 12:50", subj="P07038 and P07039 - duplicate?",
     text="""
Dear Laura,

We noticed P07038 and P07039 are same items and same quantity (block print napkins, 1,200 pcs), I think it was sent two times by your system. We have cancelled P07038 in our books and produce only against P07039, delivery remains 30 November.

If both orders are really needed, please tell me before Friday.

Regards,
Anil Mehta
""", end="Regards,\nAnil", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P07038", "P07039"], commit=("2026-11-30", "delivery remains 30 November"),
     dates=[("2026-11-30", "confirmed_delivery", "30 November"), ("2026-10-30", "other", "Friday")],
     changes=[("P07038", "cancellation", None, None, "We have cancelled P07038 in our books"),
              ("P07039", "confirmation", "2026-11-30", None, "produce only against P07039, delivery remains 30 November")]),

# ---------------------------------------------------------------- price change
dict(v="polska", c=1, lang="en", at="2026-11-02 09:30", subj="Price increase 2027",
     text="""
Dear Sandra,

Because of the new gas tariff from our supplier, we must increase prices of all stoneware products by 6,5% from 1st January 2027. Orders placed before 31.12.2026 will be invoiced with the current price list, also if delivered in January.

New price list PC-PL-2027-D5A attached.

Best regards
Piotr Wiśniewski
""", end="Best regards\nPiotr", change="price", intent="price_change", vref=["PC-PL-2027-D5A"],
     dates=[("2027-01-01", "price_effective", "1st January 2027"), ("2026-12-31", "other", "31.12.2026"),
            ("2027-01-01", "other", "in January")],
     prices=[dict(pct=6.5, eff="2027-01-01", quote="increase prices of all stoneware products by 6,5%")]),

dict(v="voltix", lang="en", at="2026-09-18 11:20", subj="P07040 price adjustment",
     text="""
Hi Mike,

Sorry to bring bad news. The chip price for the PD controller go up very much recently. For your open order P07040 (65W GaN charger, 3,000 pcs) we have to add USD 0.45 per piece, so unit price become USD 9.20 instead of USD 8.75. Other items no change.

Please confirm you accept, then we continue production.

Best regards
Cindy Zhang
""", end="Best regards\nCindy", change="price", intent="price_change", sec=["question"], po=["P07040"],
     prices=[dict(product="65W GaN charger", old=8.75, new=9.20, cur="USD",
                  quote="unit price become USD 9.20 instead of USD 8.75")]),

dict(v="seoul", lang="en", at="2026-12-04 10:15", subj="P07041 discount",
     text="""
Dear Ms. Jensen,

Good news for you. Because P07041 is shipping together with other customer container, our freight cost is lower. We give 3% discount on the P07041 invoice total. No other change, delivery date same.

Best regards,
Ji-ho Park
""", end="Best regards,\nJi-ho", change="price", intent="price_change", po=["P07041"],
     prices=[dict(pct=-3, quote="We give 3% discount on the P07041 invoice total")]),

dict(v="cleanco", lang="en", at="2026-10-15 15:45", subj="Price changes from 2 Nov",
     text="""
Hi Tim,

Heads up on pricing. From Monday 2nd November the following go up (open orders placed before then keep the old price):

Code      Item                       Old     New
CC-MB-10  Microfibre cloths 10pk     £4.10   £4.45
CC-SP-2L  Spray bottle 2L            £1.85   £1.95

Everything else in the range stays where it is.

Cheers,
Gary
""", end="Cheers,\nGary", change="price", intent="price_change",
     dates=[("2026-11-02", "price_effective", "Monday 2nd November")],
     prices=[dict(product="CC-MB-10", old=4.10, new=4.45, cur="GBP", eff="2026-11-02",
                  quote="CC-MB-10  Microfibre cloths 10pk     £4.10   £4.45"),
             dict(product="CC-SP-2L", old=1.85, new=1.95, cur="GBP", eff="2026-11-02",
                  quote="CC-SP-2L  Spray bottle 2L            £1.85   £1.95")]),

dict(v="anatolia", c=1, lang="en", at="2026-09-25 16:20", subj="Cotton surcharge",
     text="""
Dear Laura,

Cotton prices on the Izmir exchange increased 18% since summer. We are forced to add a cotton surcharge of 4% on all towel items, valid from your next order. Your running orders P07042 and P07043 we deliver still with old price, we keep our promise.

With kind regards
Elif Demir
""", end="With kind regards", change="price", intent="price_change", po=["P07042", "P07043"],
     prices=[dict(pct=4, quote="cotton surcharge of 4% on all towel items")]),

dict(v="baltic", lang="en", at="2026-11-30 10:00", subj="Crispbread price down",
     text="""
Hello Laura,

Good news before the holidays: the rye crispbread (BA-RC-250) goes down from EUR 1.62 to EUR 1.49 per pack from 1 December, because our flour contract got cheaper. This also applies to your open order P07044 which delivers on the 9th.

Best regards,
Tomas Kazlauskas
""", end="Best regards,\nTomas", change="price", intent="price_change", po=["P07044"],
     commit=("2026-12-09", "delivers on the 9th"),
     dates=[("2026-12-01", "price_effective", "1 December"), ("2026-12-09", "confirmed_delivery", "the 9th")],
     prices=[dict(product="BA-RC-250", old=1.62, new=1.49, cur="EUR", eff="2026-12-01",
                  quote="goes down from EUR 1.62 to EUR 1.49 per pack")]),

dict(v="oaxaca", c=1, lang="en", at="2026-10-06 13:40", subj="P07045 freight surcharge",
     text="""
Hi Sandra,

The shipping line put a peak season surcharge, so for P07045 the freight to Hamburg (we sell you CIF) is now USD 2,150 per container, before it was USD 1,700. We must pass this to you, sorry. The goods price no change.

Best regards
Emilio Ramírez
""", end="Best regards\nEmilio", change="price", intent="price_change", po=["P07045"],
     prices=[dict(product="freight per container", old=1700, new=2150, cur="USD",
                  quote="now USD 2,150 per container, before it was USD 1,700")]),

dict(v="delhicotton", lang="en", at="2026-12-16 11:10", subj="Revised price list 2027",
     text="""
Dear Mike,

Please find attached revised price list effective 01/02/2027. Average increase is 5% due to new minimum wages in Haryana. Items with new price:
- DC-KT-50 kitchen towel 50x70: EUR 1.12 (old 1.06)
- DC-AP-01 apron: EUR 3.40 (old 3.25)

Orders confirmed till 31/01/2027 will be at current prices.

Thanks & regards,
Rajesh Kumar
""", end="Thanks & regards,", change="price", intent="price_change",
     dates=[("2027-02-01", "price_effective", "01/02/2027"), ("2027-01-31", "other", "31/01/2027")],
     prices=[dict(pct=5, eff="2027-02-01", quote="Average increase is 5%"),
             dict(product="DC-KT-50", old=1.06, new=1.12, cur="EUR", eff="2027-02-01",
                  quote="DC-KT-50 kitchen towel 50x70: EUR 1.12 (old 1.06)"),
             dict(product="DC-AP-01", old=3.25, new=3.40, cur="EUR", eff="2027-02-01",
                  quote="DC-AP-01 apron: EUR 3.40 (old 3.25)")]),
# ---------------------------------------------------------------- question / other
dict(v="brightline", c=1, lang="en", at="2026-09-30 10:25", subj="P07046 - which delivery address?",
     text="""
Hi Laura,

Before we book the courier for P07046 - your PO shows the delivery address as Hamburg Billbrook, but our account has the new DC in Allermöhe. Which one should we use? Goods are ready, just need the answer.

Thanks,
Tom
""", end="Thanks,\nTom", change="none", intent="question", po=["P07046"]),

dict(v="hanoi", c=1, lang="en", at="2026-10-13 08:35", subj="P07047 carton mark and labels",
     text="""
Dear Tim,

For P07047 we need your carton mark and the barcode labels (EAN) for the 3 basket sizes. Our packing start next Monday 19/10, please send latest Friday. Without labels we can not pack.

Best regards,
Tran Minh
""", end="Best regards,\nTran", change="none", intent="question", po=["P07047"],
     dates=[("2026-10-19", "other", "next Monday 19/10"), ("2026-10-16", "other", "Friday")]),

dict(v="plasticos", c=1, lang="en", at="2026-11-19 12:30", subj="Forecast first quarter 2027",
     text="""
Hi Mike,

We are planning our resin purchase for the first quarter. Can you give us a forecast of the storage boxes you will order in that quarter? Even rough numbers help. No change to your current orders P07048 and P07049, they stay as confirmed.

Thanks and regards,
Fernanda Treviño
""", end="Thanks and regards,", change="none", intent="question", po=["P07048", "P07049"]),

dict(v="cebu", lang="en", at="2026-11-06 15:00", subj="P07050 pendant lamps - finish?",
     text="""
Hi Sandra!

Quick one on P07050: the natural rattan for the pendant lamps is very limited because of the typhoon. We can (a) make all 300 pcs in the darker honey finish, same price, or (b) make 180 pcs natural and 120 pcs honey. Which one do you prefer? Delivery date is the same in both cases.

Thank you po!
Maricel
""", end="Thank you po!", change="none", intent="question", po=["P07050"],
     lines=[("pendant lamps honey", 300, "pcs", "all 300 pcs", "P07050"),
            ("pendant lamps natural", 180, "pcs", "180 pcs natural", "P07050"),
            ("pendant lamps honey", 120, "pcs", "120 pcs honey", "P07050")]),

dict(v="siam", lang="en", at="2026-10-21 14:45", subj="P07054 balance payment",
     text="""
Dear Mike,

Your order P07054 is ready for loading. According our PI SRT-PI-D5A-330 the 70% balance must be paid before we release the container. Can you please advise when payment will be made? We hold the booking for the vessel on 30/10 until Monday.

Best regards,
Somchai
""", end="Best regards,\nSomchai", change="none", intent="question", po=["P07054"],
     vref=["SRT-PI-D5A-330"],
     dates=[("2026-10-30", "ship_date", "30/10"), ("2026-10-26", "other", "Monday")]),

dict(v="pennine", c=1, lang="en", at="2026-09-17 11:35", subj="P07056 pallets",
     text="""
Hello,

Your PO P07056 asks for Euro pallets, max height 1.6 m. Our standard is UK pallets 1.2 x 1.0 m at 1.8 m high. Can you accept UK pallets on this one, or shall we restack? Restacking adds about two days, the date would stay the same though.

Regards
Order Office
Pennine Stoneware Ltd
""", end="Regards\nOrder Office", change="none", intent="question", po=["P07056"]),

dict(v="romande", c=1, lang="en", at="2026-12-17 09:05", subj="P07063 - delivery days around Christmas",
     text="""
Bonjour Laura, hello,

Our forwarder asks if your warehouse in Hamburg accepts deliveries on 24 December and on 28 December. For P07063 the truck is planned for 23 December, but in case of delay at the border he would like to know the alternatives.

Many thanks and best regards,
Chantal Rochat
""", end="Many thanks and best regards", change="none", intent="question", po=["P07063"],
     commit=("2026-12-23", "the truck is planned for 23 December"),
     dates=[("2026-12-24", "other", "24 December"), ("2026-12-28", "other", "28 December"),
            ("2026-12-23", "confirmed_delivery", "23 December")]),

dict(v="jaipur", c=1, lang="en", at="2026-09-09 13:20", subj="P07064 strike-off for approval",
     text="""
Hi Laura,

Strike-off for the indigo print on P07064 table cloths sent to you by DHL yesterday (AWB 4410 2287 61). Please approve colour or comment, we can start printing only after your OK. Bulk fabric is ready.

Regards,
Sunita Rathore
""", end="Regards,\nSunita", change="none", intent="question", po=["P07064"],
     dates=[("2026-09-08", "other", "yesterday")],
     track=[("DHL", "4410 2287 61", "AWB 4410 2287 61")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-09-28 11:50", subj="P07065 qty check",
     text="""
Hi Laura,

Quick check before we confirm P07065: the PO has 50 units of the 2-person tent (ML-T2), but your forecast in August said 500. Is 50 correct or is a zero missing? Happy to confirm either way, we've got stock.

Karen
""", end="\nKaren", change="none", intent="question", po=["P07065"],
     dates=[("2026-08-01", "other", "in August")]),

dict(v="ruhrtal", c=2, lang="en", at="2026-09-03 10:00", subj="New contact for your account",
     text="""
Dear Ms. Klein,

Please note that from 1 October 2026 I will take over your account from Dirk Schulte, who is moving to our export team. Your open orders P07051 and P07052 are not affected. My direct line is +49 2302 9180 44.

Kind regards
Monika Brandes
""", end="Kind regards\nMonika", change="none", intent="other", po=["P07051", "P07052"],
     dates=[("2026-10-01", "other", "1 October 2026")]),

dict(v="keystone", lang="en", at="2026-12-11 08:20", subj="RE: P07053 - please add 60 pcs KH-SK-12",
     text="""
Got it, thanks Laura. I'll pass the P07053 change to our order desk and come back to you once they've looked at it.

Rachel

-----Original Message-----
From: Laura Jensen
Sent: Thursday, December 10, 2026 5:40 PM
To: Rachel Dunn
Subject: P07053 - please add 60 pcs KH-SK-12

Rachel, please add 60 pcs KH-SK-12 to P07053, same delivery date.
""", end="Rachel\n\n-----", change="none", intent="other", po=["P07053"]),

dict(v="izmir", c=1, lang="en", at="2026-10-28 07:00", subj="Automatic reply: P07019 follow-up",
     text="""
Thank you for your email. I am out of office until 2 November with limited access to email. For urgent matters about orders please contact Burak Aydin (burak.aydin@izmircam.com.tr).

Zeynep Kaya
""", end="Zeynep Kaya", change="none", intent="other", po=["P07019"],
     dates=[("2026-11-02", "other", "2 November")]),

dict(v="lisbon", lang="en", at="2026-12-02 16:10", subj="Prices 2027 and holiday closing",
     text="""
Dear Laura,

As every year, a short note about the next year: we are happy to tell you that our cork price list stays the same for the whole 2027, no increase. Our factory will be closed from 23 December to 4 January for holidays; orders received in this period we confirm from 5 January.

Wishing you and the team a good season,
Ana Ferreira
""", end="Wishing you and the team", change="none", intent="other",
     dates=[("2026-12-23", "other", "23 December"), ("2027-01-04", "other", "4 January"),
            ("2027-01-05", "other", "5 January")]),

dict(v="galway", c=1, lang="en", at="2026-11-09 09:00", subj="Statement of account - October 2026",
     text="""
Dear Hartmann Home & Garden Accounts Payable,

Please find attached our statement of account as at 31 October 2026. Invoice GK-INV-D5A-2231 (P07055, €4,380.00) is now 14 days overdue. We would be grateful if you could arrange payment at your earliest convenience.

Kind regards,
Accounts Department
Galway Knitwear Ltd
""", end="Kind regards,\nAccounts", change="none", intent="other", po=["P07055"],
     vref=["GK-INV-D5A-2231"],
     dates=[("2026-10-31", "other", "31 October 2026")]),

dict(v="ningbo", frm="Amy Chen <amy.chen@nbhomeware-trade.com>", lang="en", at="2026-11-26 18:40",
     subj="URGENT: new bank account information",
     text="""
Dear Laura,

Kindly be informed that due to annual audit our company bank account has changed. Please make all payments for open invoices, including P07057, to our new account below and not to the old account any more. This is urgent as the old account will be closed tomorrow.

Bank: Hang Seng Bank Ltd, Hong Kong
Account name: Ningbo Homeware Trading Ltd
Account no.: 388-229174-883

Please confirm once you updated.

Best regards
Amy Chen
""", end="Best regards\nAmy", change="none", intent="other", po=["P07057"],
     dates=[("2026-11-27", "other", "tomorrow")]),

dict(v="tradefair", lang="en", at="2026-10-01 07:30", subj="HomeWorld 2027 - early-bird registration open",
     text="""
HomeWorld 2027 - Early-bird registration now open!

Dear trade visitor,

Join 1,400 exhibitors from 52 countries at HomeWorld 2027 in Frankfurt, 24-27 January 2027. Register before 30 November to get your free 4-day pass and the new matchmaking app.

Highlights: Outdoor Living Hall, Sustainable Sourcing Forum, Buyer Lounge.

Register now: www.homeworld-fair.com/register

Unsubscribe | Privacy
""", end="Unsubscribe | Privacy", change="none", intent="other",
     dates=[("2027-01-24", "other", "24-27 January 2027"), ("2027-01-27", "other", "27 January 2027"),
            ("2026-11-30", "other", "30 November")]),

dict(v="vanderberg", c=1, lang="en", at="2026-09-22 14:00", subj="FSC certificate renewed",
     text="""
Dear Sandra,

Attached you find the renewed FSC certificate for our wooden planters (FSC-C118823), issued 15 September 2026 and valid for five years. Please update your supplier file. No action is needed on your orders.

Kind regards,
Sanne de Jong
""", end="Kind regards,\nSanne", change="none", intent="other",
     dates=[("2026-09-15", "other", "15 September 2026")]),
]
