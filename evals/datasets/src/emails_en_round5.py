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
]
