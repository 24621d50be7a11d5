# ruff: noqa: E501 - email text is data
"""English, round 8 (branch d8a): all eight intents, roughly even, in voices the set has few
of: hurried mobile replies without capitals or punctuation, Indian, Chinese, Turkish and Latin
American business English, very polite long-winded writers who bury the news in the third
paragraph, blunt one-sentence writers, and automated notifications with a human line on top.
Quoted history with other dates and orders, attachment text, tables, typos. Hand-written and
hand-labelled by reading each email; no extractor or classifier produced the labels."""

EMAILS = [
dict(v="delhicotton", lang="en", at="2026-10-12 11:20", subj="P09400 - revised shipment schedule",
     text="""
Dear Laura Ma'am,

Greetings from Delhi Cotton Mills!!!

With reference to your PO P09400 for kitchen towels, kindly note that due to heavy rains in Panipat region our dyeing unit is running at half capacity since last 10 days. Hence the shipment which was planned for 20/10 will now get revised to 03/11 and ETA Hamburg will be approx 08/12 instead of 24/11.

We regret the inconvenience caused and request you to kindly accept the revised schedule. Please do the needful.

Thanks & Regards,
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd
Mob: +91 98110 44231
""", end="Thanks & Regards,", change="date", intent="delay", po=["P09400"],
     commit=("2026-12-08", "ETA Hamburg will be approx 08/12"),
     dates=[("2026-10-20", "other", "20/10"), ("2026-11-03", "ship_date", "03/11"),
            ("2026-12-08", "new_eta", "08/12"), ("2026-11-24", "other", "24/11")]),

dict(v="voltix", lang="en", at="2026-09-15 10:05", subj="RE: New PO P09401 from Hartmann",
     text="""
Dear Mike,

Good day!

Thanks for your order P09401. We confirm all items and price as your PO, delivery time ETD Shenzhen 2026-10-20, ETA Hamburg around 2026-11-24. Please check attached PI and sign back to us. Any question feel free contact me.

Best regards
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.
WeChat/Tel: +86 135 1234 8890

--- attachment: PI_VTX-D8A-0915.pdf ---
PROFORMA INVOICE   No.: VTX-PI-D8A-0915
Buyer: Hartmann Home & Garden GmbH   PO No.: P09401
Item       Description               Qty        Unit Price
VX-PB10K   Power bank 10000mAh       1,200 pcs  USD 6.85
VX-C65W    GaN charger 65W           800 pcs    USD 9.40
Shipment: 20 Oct 2026, FOB Shenzhen
Payment: 30% T/T deposit, 70% against B/L copy
""", end="Best regards", change="none", intent="confirmation", po=["P09401"],
     vref=["VTX-PI-D8A-0915"],
     commit=("2026-11-24", "ETA Hamburg around 2026-11-24"),
     dates=[("2026-10-20", "ship_date", "2026-10-20"), ("2026-11-24", "confirmed_delivery", "2026-11-24"),
            ("2026-10-20", "ship_date", "20 Oct 2026")],
     lines=[("VX-PB10K", 1200, "pcs", "VX-PB10K   Power bank 10000mAh       1,200 pcs  USD 6.85", "P09401"),
            ("VX-C65W", 800, "pcs", "VX-C65W    GaN charger 65W           800 pcs    USD 9.40", "P09401")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-04 14:30", subj="P09402 loading",
     text="""
Dear Sandra Hanım,

For P09402 we loaded today the truck with 1.800 pcs bath towels and 600 pcs bathrobes. The rest 400 pcs bathrobes we will send at end of this month, our embroidery machine is waiting spare part from Germany, sorry for this.

CMR no is TR-CMR-D8A-55102, truck plate 34 ABC 812. Arrival your warehouse is expected 11/11.

Kind regards
Elif Demir
Anatolia Textiles A.S.
""", end="Kind regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09402"], commit=("2026-11-11", "Arrival your warehouse is expected 11/11"),
     dates=[("2026-11-04", "ship_date", "today"), ("2026-11-30", "ship_date", "end of this month"),
            ("2026-11-11", "confirmed_delivery", "11/11")],
     lines=[("bath towels", 1800, "pcs", "1.800 pcs bath towels", "P09402"),
            ("bathrobes", 600, "pcs", "600 pcs bathrobes", "P09402"),
            ("bathrobes", 400, "pcs", "The rest 400 pcs bathrobes", "P09402")],
     track=[(None, "TR-CMR-D8A-55102", "CMR no is TR-CMR-D8A-55102")]),

dict(v="greenthumb", lang="en", at="2026-10-02 16:12", subj="Re: P09403 any news",
     text="""
yep shipped today all 4 pallets fedex freight pro 7723190456 should be there tues

sent from my phone

On Fri, Oct 2, 2026 at 9:03 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Randy, any news on P09403? It was due 9/28 and we still have nothing. Laura
""", end="sent from my phone", change="shipping", intent="shipping_notice", po=["P09403"],
     commit=("2026-10-06", "should be there tues"),
     dates=[("2026-10-02", "ship_date", "today"), ("2026-10-06", "confirmed_delivery", "tues")],
     lines=[("pallets", 4, "pallets", "all 4 pallets", "P09403")],
     track=[("FedEx Freight", "7723190456", "pro 7723190456")]),

dict(v="pennine", lang="en", at="2026-11-19 09:02", subj="P09404",
     text="""
We can't do the 30cm planters on P09404 any more, that line's cancelled, rest unaffected.

Dave
""", end="Dave", change="cancel", intent="cancellation", po=["P09404"]),

dict(v="highland", lang="en", at="2026-11-10 15:40", subj="Following up on your visit - and P09405",
     text="""
Dear Tim,

I hope you had a smooth journey back to Hamburg after your visit last week. It was such a pleasure to show you round the pouring room, and the whole team has been talking about your suggestion for the smaller travel tins ever since. I've asked Ewan to put together a few prototypes for you.

We've also been thinking about your Christmas catalogue and would be glad to supply photographs of the new winter spice range if that is helpful; just tell me what format your studio prefers.

On a less cheerful note, I must let you know that our wax supplier has let us down rather badly, and the pine & orange jar candles on P09405 (HC-PO-JAR) will not make the 19 November delivery we confirmed. Our revised date for that line is Thursday 3 December. The other two lines are not affected and will still arrive on the 19th as planned.

I'm truly sorry for the trouble this causes so close to the season, and please do tell me if splitting the delivery creates any difficulty at your end.

With kind regards,
Fiona MacLeod
Highland Candle Works Ltd
""", end="With kind regards,", change="date", intent="delay", po=["P09405"],
     commit=("2026-12-03", "Our revised date for that line is Thursday 3 December"),
     dates=[("2026-11-02", "other", "last week"), ("2026-11-19", "other", "19 November delivery we confirmed"),
            ("2026-12-03", "new_eta", "Thursday 3 December"),
            ("2026-11-19", "confirmed_delivery", "on the 19th")]),

dict(v="keystone", c=2, lang="en", at="2026-12-01 13:30", subj="FW: Shipment Notification P09406",
     text="""
Laura, fyi below - that's the last of the holiday program, all 3 lines.

*** AUTOMATED SHIPMENT NOTIFICATION - PLEASE DO NOT REPLY ***
Customer PO: P09406
Shipment ID: KHD-SHP-D8A-3318
Ship Date: 12/01/2026
Carrier: UPS Freight   PRO: 418-662039-7
Estimated Delivery: 12/08/2026
Lines shipped: 3 of 3   Units: 540
Keystone OrderTrack - this notification was generated automatically.
""", end="Keystone OrderTrack - this notification", change="shipping", intent="shipping_notice",
     po=["P09406"], vref=["KHD-SHP-D8A-3318"],
     commit=("2026-12-08", "Estimated Delivery: 12/08/2026"),
     dates=[("2026-12-01", "ship_date", "12/01/2026"), ("2026-12-08", "confirmed_delivery", "12/08/2026")],
     lines=[("holiday program", 540, "units", "Units: 540", "P09406")],
     track=[("UPS Freight", "418-662039-7", "PRO: 418-662039-7")]),

dict(v="ningbo", lang="en", at="2026-09-22 09:40", subj="P09407 barcode question",
     text="""
Hi Sandra,

For P09407 the silicone baking mats, your artwork file show barcode EAN 4012345678901 but the PO list EAN 4012345678918. Which one is correct? Printing factory is waiting, please reply soonest so we can keep the shipment schedule.

Also the carton mark need German or English?

Thanks and regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
Tel: +86 574 8765 4321
""", end="Thanks and regards", change="none", intent="question", po=["P09407"]),

dict(v="izmir", lang="en", at="2026-10-26 10:00", subj="Holiday notice and new contact person",
     text="""
Dear Tim Bey,

We inform you that our office and factory will be closed on 29 October for Republic Day national holiday, also 28 October afternoon is half day. Your orders are not affected, P09408 loading still as planned.

Also from 1 November my colleague Zeynep Kaya will follow your account, I am moving to export department for Middle East. Her mail is zeynep.kaya@izmircam.com.tr, phone +90 232 455 1290.

It was a pleasure to work with you.

Saygılarımla / Best regards
Burak Aydin
Izmir Cam Ev Gerecleri A.S.
""", end="Saygılarımla / Best regards", change="none", intent="other", po=["P09408"],
     dates=[("2026-10-29", "other", "29 October"), ("2026-10-28", "other", "28 October afternoon"),
            ("2026-11-01", "other", "1 November")]),

dict(v="plasticos", lang="en", at="2026-11-16 12:15", subj="Price adjustment 2027 - Plasticos del Norte",
     text="""
Dear Mike,

I hope you are very well. I write you to inform that because of the increase of the polypropylene resin in Mexico and the peso very strong against the dollar, we are obliged to adjust our prices starting January 4, 2027:

PN-CB-40 storage box 40L: USD 7.20 -> USD 7.85
PN-CB-60 storage box 60L: USD 9.10 -> USD 9.95

The orders already placed, like P09409, will be respected with the actual price. We remain at your orders for any doubt.

Saludos cordiales,
Rodrigo Garza
Plásticos del Norte S.A. de C.V.
""", end="Saludos cordiales,", change="price", intent="price_change", po=["P09409"],
     dates=[("2027-01-04", "price_effective", "January 4, 2027")],
     prices=[dict(product="PN-CB-40", old=7.20, new=7.85, cur="USD", eff="2027-01-04",
                  quote="PN-CB-40 storage box 40L: USD 7.20 -> USD 7.85"),
             dict(product="PN-CB-60", old=9.10, new=9.95, cur="USD", eff="2027-01-04",
                  quote="PN-CB-60 storage box 60L: USD 9.10 -> USD 9.95")]),

dict(v="andino", lang="en", at="2026-10-20 08:30", subj="P09410 news about the container",
     text="""
Hello Laura, good morning,

I hope everything is very good in Hamburg. I want to tell you about the order P09410 of the coffee 250g. Unfortunately the roads from Huila to the port of Cartagena were blocked during 9 days for the protests of the truckers, so the container did not arrive in time for the vessel of October 17. We have now the booking for the next vessel with ETD Cartagena October 31, and the ETA Hamburg is November 21.

We are very sorry for this situation that is out of our hands. The coffee is perfect, roasted and packed, we only wait for the ship.

A big hug,
Andrés Restrepo
Café Andino S.A.S.
""", end="A big hug,", change="date", intent="delay", po=["P09410"],
     commit=("2026-11-21", "the ETA Hamburg is November 21"),
     dates=[("2026-10-17", "other", "October 17"), ("2026-10-31", "ship_date", "October 31"),
            ("2026-11-21", "new_eta", "November 21")]),

dict(v="jaipur", lang="en", at="2026-09-08 17:45", subj="Order Confirmation against your PO P09411",
     text="""
Respected Sandra Madam,

Greetings of the day!

We are in receipt of your esteemed purchase order P09411 dated 04.09.2026 and we thank you for the same. We are pleased to confirm the order as per your requirement, all 4 designs and quantities are accepted. Goods will be ex-factory Jaipur on 15.10.2026 and by sea they will reach Hamburg by 20.11.2026 as per your required date.

Our order confirmation no. JBP/OC/D8A/2611 is attached for your kind perusal.

Assuring you of our best services always.

Warm Regards,
Anil Mehta
Jaipur Block Prints Pvt Ltd

--- attachment: JBP_OC_D8A_2611.pdf ---
ORDER CONFIRMATION   JBP/OC/D8A/2611
Buyer PO: P09411
Design                            Qty (pcs)
JBP-TC-101 table cover indigo     300
JBP-TC-102 table cover madder     300
JBP-NP-210 napkin set of 4        450
JBP-RN-33 table runner            250
Ex-factory: 15/10/2026   ETA Hamburg: 20/11/2026
""", end="Warm Regards,", change="none", intent="confirmation", po=["P09411"],
     vref=["JBP/OC/D8A/2611"], commit=("2026-11-20", "reach Hamburg by 20.11.2026"),
     dates=[("2026-09-04", "other", "04.09.2026"), ("2026-10-15", "ship_date", "15.10.2026"),
            ("2026-11-20", "confirmed_delivery", "20.11.2026"), ("2026-10-15", "ship_date", "15/10/2026"),
            ("2026-11-20", "confirmed_delivery", "20/11/2026")],
     lines=[("JBP-TC-101", 300, "pcs", "JBP-TC-101 table cover indigo     300", "P09411"),
            ("JBP-TC-102", 300, "pcs", "JBP-TC-102 table cover madder     300", "P09411"),
            ("JBP-NP-210", 450, "pcs", "JBP-NP-210 napkin set of 4        450", "P09411"),
            ("JBP-RN-33", 250, "pcs", "JBP-RN-33 table runner            250", "P09411")]),

dict(v="oakridge", lang="en", at="2026-11-24 10:05", subj="P09412",
     text="""
P09412 slips to 12/15, finish line is down.
-Travis
""", end="-Travis", change="date", intent="delay", po=["P09412"],
     commit=("2026-12-15", "P09412 slips to 12/15"),
     dates=[("2026-12-15", "new_eta", "12/15")]),

dict(v="aussie", lang="en", at="2026-10-14 07:50", subj="P09413 pallets?",
     text="""
hey mike quick one do u want the tents on half pallets or full ones warehouse asking need to know by tmrw

sent from my iphone
""", end="sent from my iphone", change="none", intent="question", po=["P09413"],
     dates=[("2026-10-15", "other", "tmrw")]),

dict(v="lakeside", lang="en", at="2026-10-07 15:20", subj="Shipment Confirmation - P09414",
     text="""
Laura - heads up, the grain-free 12lb bags came up short, the remaining 90 bags ship next Wednesday. Rest of P09414 is on the truck today.

== Lakeside Pet Foods :: Shipment Confirmation ==
PO: P09414
Ship date: 10/07/2026
Carrier: Old Dominion   PRO 0947-2281-336   BOL: LPF-BOL-D8A-60718

Item             Ordered  Shipped  B/O
LPF-GF-12        240      150      90
LPF-SAL-05       400      400      0
LPF-TRT-BEEF     600      600      0

Delivery estimate: 2-3 business days
== This is an automated message from LPF OrderLink ==
""", end="== This is an automated message", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P09414"],
     commit=("2026-10-12", "Delivery estimate: 2-3 business days"),
     dates=[("2026-10-14", "ship_date", "next Wednesday"), ("2026-10-07", "ship_date", "today"),
            ("2026-10-07", "ship_date", "10/07/2026"), ("2026-10-09", "range_start", "2-3 business days"),
            ("2026-10-12", "range_end", "2-3 business days")],
     lines=[("LPF-GF-12", 90, "bags", "the remaining 90 bags", "P09414"),
            ("LPF-GF-12", 150, None, "LPF-GF-12        240      150      90", "P09414"),
            ("LPF-SAL-05", 400, None, "LPF-SAL-05       400      400      0", "P09414"),
            ("LPF-TRT-BEEF", 600, None, "LPF-TRT-BEEF     600      600      0", "P09414")],
     track=[("Old Dominion", "0947-2281-336", "PRO 0947-2281-336"),
            ("Old Dominion", "LPF-BOL-D8A-60718", "BOL: LPF-BOL-D8A-60718")]),

dict(v="serra", lang="en", at="2026-11-09 11:00", subj="P09415 - item SU-PAN-28",
     text="""
Dear Tim,

Good morning. Regarding the order P09415, I regret to inform that we will need to cancel the item SU-PAN-28 (frying pan 28cm, 500 pcs) because the supplier of the non-stick coating in Italy closed the plant and we don't have approved alternative for the EU norm. The other items (SU-PAN-24 and SU-CAS-20) continue normal with the delivery of December 14.

Again sorry, we know it is not good for your Christmas.

Abraços,
Rafael Oliveira
Serra Utilidades Domésticas Ltda
""", end="Abraços,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P09415"],
     commit=("2026-12-14", "continue normal with the delivery of December 14"),
     dates=[("2026-12-14", "confirmed_delivery", "December 14")],
     lines=[("SU-PAN-28", 500, "pcs", "500 pcs", "P09415")]),

dict(v="dublinbiscuit", lang="en", at="2026-09-29 14:20", subj="A note from Dublin Biscuit",
     text="""
Dear Mike,

I hope this finds you well and that the autumn range is settling in nicely on your shelves; we were delighted to see the shortbread tins featured so prominently in the photos Laura sent over from the Lüneburg store.

I also wanted to say thank you again for taking the time to meet us in Cologne. Declan and I came away with lots of ideas, and the team here is already working on the gift-box samples you asked about, which we hope to post before the end of October.

The less pleasant part of my note, I'm afraid, is that after holding our prices for almost two years we are no longer able to absorb the rise in butter and sugar costs. With effect from 1 December 2026 our list prices will increase by 6.5% across the range. Orders placed before that date, including P09416, will of course be invoiced at the current prices.

I do hope you understand, and I'd be very happy to talk it through on a call whenever suits you.

Warm regards,
Siobhan Murphy
Dublin Biscuit Company Ltd
""", end="Warm regards,", change="price", intent="price_change", po=["P09416"],
     dates=[("2026-10-31", "other", "the end of October"), ("2026-12-01", "price_effective", "1 December 2026")],
     prices=[dict(pct=6.5, eff="2026-12-01", quote="our list prices will increase by 6.5% across the range")]),

dict(v="voltix", lang="en", at="2026-10-21 18:30", subj="P09401 shipping advice",
     text="""
Dear Mike,

Good news, P09401 goods already loaded on vessel yesterday, all 2,000 pcs complete. Shipping details as below:

B/L No.: SZXHAM2610D8A77
Container: MSKU 7713402
Vessel/Voy: MAERSK EMDEN 643W
ETD Yantian: 20 Oct
ETA Hamburg: 24 Nov

Original docs will send by DHL after we receive the balance payment. Thank you!

Best regards
Cindy
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P09401"],
     commit=("2026-11-24", "ETA Hamburg: 24 Nov"),
     dates=[("2026-10-20", "ship_date", "yesterday"), ("2026-10-20", "ship_date", "ETD Yantian: 20 Oct"),
            ("2026-11-24", "confirmed_delivery", "ETA Hamburg: 24 Nov")],
     lines=[("power banks and chargers", 2000, "pcs", "all 2,000 pcs complete", "P09401")],
     track=[("Maersk", "SZXHAM2610D8A77", "B/L No.: SZXHAM2610D8A77"),
            ("Maersk", "MSKU 7713402", "Container: MSKU 7713402")]),

dict(v="anatolia", lang="en", at="2026-12-07 10:30", subj="P09417 colour question",
     text="""
Dear Laura Hanım,

About your new order P09417 for the waffle towels, we have a problem to understand: in the PO the colour is written "stone grey" but in the Pantone list you sent is 17-1210 TCX which is more like taupe for us. Can you please confirm which one we must dye? Dyehouse is booked for next Monday so we need your answer latest Thursday.

Thank you very much
Mehmet Yilmaz
Export Manager
""", end="Thank you very much", change="none", intent="question", po=["P09417"],
     dates=[("2026-12-14", "other", "next Monday"), ("2026-12-10", "other", "latest Thursday")]),

dict(v="cascadia", lang="en", at="2026-09-17 19:05", subj="Re: P09418 can you confirm 9/30?",
     text="""
yes confirmed 9/30 delivery for all of it

sent from mobile

On Thu, Sep 17, 2026 at 8:11 AM Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Brent, can you confirm P09418 delivers 9/30 complete? Tim
""", end="sent from mobile", change="none", intent="confirmation", po=["P09418"],
     commit=("2026-09-30", "confirmed 9/30 delivery"),
     dates=[("2026-09-30", "confirmed_delivery", "confirmed 9/30 delivery")]),

dict(v="tlaquepaque", lang="en", at="2026-11-27 13:00", subj="P09419 first part sent!",
     text="""
Hi Sandra!

How are you? We send you today by DHL Express the first part of P09419: 180 pieces of the talavera pots (the 3 small sizes). The big size TQ-MAC-40 (60 pieces) is still in the kiln, the artisans work very slowly in this season, we think it will be ready to send on December 9 and it will arrive to you around December 14.

DHL waybill: 4812765530

Thank you for your patience!!
Alejandra
""", end="Thank you for your patience!!", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P09419"],
     commit=("2026-12-14", "it will arrive to you around December 14"),
     dates=[("2026-11-27", "ship_date", "today"), ("2026-12-09", "ship_date", "December 9"),
            ("2026-12-14", "new_eta", "December 14")],
     lines=[("talavera pots", 180, "pieces", "180 pieces of the talavera pots", "P09419"),
            ("TQ-MAC-40", 60, "pieces", "TQ-MAC-40 (60 pieces)", "P09419")],
     track=[("DHL Express", "4812765530", "DHL waybill: 4812765530")]),

dict(v="acme", lang="en", at="2026-10-05 16:44", subj="RE: P09420 new ship-to",
     text="""
Got it, thanks.
-J

On Mon, Oct 5, 2026 at 10:02 AM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Jessica, attached the updated P09420 with the new ship-to for our Bremen DC. Please deliver there from now on. Mike
""", end="-J", change="none", intent="other", po=["P09420"]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-02 12:00", subj="Price revision w.e.f. 01.01.2027",
     text="""
Dear Sir/Madam,

Greetings from Delhi Cotton Mills Pvt Ltd.

This is to inform you that due to steep hike in cotton yarn prices (approx 14% since August) and revision of minimum wages by Govt of Haryana w.e.f. 01.10.2026, we are constrained to revise our prices for all kitchen textiles by 8% with effect from 01.01.2027. All confirmed orders upto 31.12.2026 shipment, including P09421 and P09422, will be honoured at old prices.

We request your kind understanding and continued patronage.

Thanks & Regards,
Priya Sharma
Marketing Dept.
""", end="Thanks & Regards,", change="price", intent="price_change", po=["P09421", "P09422"],
     dates=[("2026-08-01", "other", "since August"), ("2026-10-01", "other", "01.10.2026"),
            ("2027-01-01", "price_effective", "01.01.2027"), ("2026-12-31", "other", "31.12.2026")],
     prices=[dict(pct=8, eff="2027-01-01", quote="revise our prices for all kitchen textiles by 8%")]),

dict(v="izmir", c=1, lang="en", at="2026-11-12 16:00", subj="RE: P09423 - loading 16.11 ok?",
     text="""
Dear Tim Bey,

Sorry for late reply. For P09423 glass storage jars, the tempering furnace had failure last week and the repair finished only yesterday. We cannot load on 16 November like confirmed. New loading date is 26 November and truck needs 5 days so delivery to Hamburg will be 1 December.

We apologize for this situation.

Best regards
Zeynep Kaya
Izmir Cam

-----Original Message-----
From: Tim Brandt
Sent: 10 November 2026 09:12
Subject: P09423 - loading 16.11 ok?

Hi Zeynep, please confirm loading on 16.11 is still ok, delivery needed by 23.11. Tim
""", end="Best regards", change="date", intent="delay", po=["P09423"],
     commit=("2026-12-01", "delivery to Hamburg will be 1 December"),
     dates=[("2026-11-02", "other", "last week"), ("2026-11-11", "other", "yesterday"),
            ("2026-11-16", "other", "16 November"), ("2026-11-26", "ship_date", "26 November"),
            ("2026-12-01", "new_eta", "1 December")]),

dict(v="lima", lang="en", at="2026-09-24 09:30", subj="RE: P09424 cancellation",
     text="""
Dear Laura,

Thank you for your message. We confirm the cancellation of the order P09424 (alpaca throws, 320 units) as you requested. We had not started the weaving yet so there is no cost for you. We hope we can work together again for the spring collection.

Kind regards from Lima,
Rosa Quispe
Textiles Alpaca del Perú S.A.C.

On 23/09/2026 10:40, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Dear Rosa, unfortunately our winter budget was cut and we must cancel P09424. Delivery would have been 15/11. Sorry. Laura
""", end="Kind regards from Lima,", change="cancel", intent="cancellation", po=["P09424"],
     lines=[("alpaca throws", 320, "units", "alpaca throws, 320 units", "P09424")]),

dict(v="ningbo", c=1, lang="en", at="2026-10-29 15:10", subj="Bad news for cutting boards order",
     text="""
Dear Mike,

Very sorry to tell you bad news. Our factory for the bamboo cutting boards (P09425) was closed by local government because of environment inspection, they can not produce until next year. We have no other factory can make same quality in short time, so we have to cancel this order. The 30% deposit USD 2,460.00 we will return to your account within 7 working days.

Again so sorry for the trouble. For the other order P09407 nothing change, still ship on 5 Nov.

Best regards
Leo Wang
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P09425", "P09407"],
     dates=[("2026-11-09", "other", "within 7 working days"), ("2026-11-05", "ship_date", "5 Nov")],
     changes=[("P09425", "cancellation", None, None, "we have to cancel this order"),
              ("P09407", "confirmation", None, None, "still ship on 5 Nov")]),

dict(v="mapleleaf", lang="en", at="2026-12-03 18:22", subj="Re: P09426 cancel paddles",
     text="""
ok no problem cancelled the kayak paddles off p09426 no charge

sent from my iphone

On Dec 3, 2026, at 2:15 PM, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Josh, please cancel line 3 (MLO-PAD-220, 150 pcs) on P09426, season's over for us. Rest as confirmed for 12/14. Tim
""", end="sent from my iphone", change="cancel", intent="cancellation", po=["P09426"]),

dict(v="keystone", lang="en", at="2026-09-10 11:05", subj="PO Acknowledgment P09427",
     text="""
Laura - the system kicked back line 2 on your new PO, the 5qt dutch oven was discontinued by the foundry. Lines 1 and 3 are fine, sorry about that one.

--- EDI 855 PURCHASE ORDER ACKNOWLEDGMENT (auto-generated) ---
PO Number: P09427      Ack No: KHD-855-D8A-2290
Ack Date: 09/10/2026
Line  Item        Qty   Status  Sched Del.
1     KH-CI-3QT   240   IA      10/19/2026
2     KH-CI-5QT   120   IR      -
3     KH-CI-LID   360   IA      10/19/2026
IA = item accepted, IR = item rejected
Keystone OrderTrack - this notification was generated automatically.
""", end="Keystone OrderTrack - this notification", change="cancel", intent="cancellation",
     sec=["confirmation"], po=["P09427"], vref=["KHD-855-D8A-2290"],
     commit=("2026-10-19", ("10/19/2026", 0)),
     dates=[("2026-09-10", "other", "09/10/2026"), ("2026-10-19", "confirmed_delivery", ("10/19/2026", 0)),
            ("2026-10-19", "confirmed_delivery", ("10/19/2026", 1))],
     lines=[("KH-CI-3QT", 240, None, "1     KH-CI-3QT   240   IA      10/19/2026", "P09427"),
            ("KH-CI-5QT", 120, None, "2     KH-CI-5QT   120   IR      -", "P09427"),
            ("KH-CI-LID", 360, None, "3     KH-CI-LID   360   IA      10/19/2026", "P09427")]),

dict(v="galway", lang="en", at="2026-10-15 12:30", subj="News from Galway",
     text="""
Dear Sandra,

I do hope all is well with you and the team in Hamburg, and that the new store opening in Lübeck went as splendidly as Mike's photos suggested. We were so pleased to see the cable-knit cushions in the window display.

Thank you, too, for the lovely feedback on the sample scarves; our designer Niamh was thrilled, and she is already sketching a couple of colourways for next autumn that I think you will like very much.

I'm sorry to have to write about something less happy. The small mill in Donegal that spins the undyed báinín yarn for our Aran throws closed its doors at the end of September, and despite our best efforts we have not found another spinner who can match the quality in time. With a heavy heart we must therefore cancel the Aran throws line (GK-AR-THR, 140 pcs) on P09428. The cushions and scarves on that order are unaffected and will be delivered on 6 November as confirmed.

I realise this is a disappointment so near the season, and I am very sorry. If it helps at all, we could offer the merino throw (GK-MR-THR) at the same price as a substitute; just say the word.

With warmest wishes,
Orla Keane
Galway Knitwear Ltd
""", end="With warmest wishes,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P09428"], commit=("2026-11-06", "will be delivered on 6 November as confirmed"),
     dates=[("2026-09-30", "other", "the end of September"), ("2026-11-06", "confirmed_delivery", "6 November")],
     lines=[("GK-AR-THR", 140, "pcs", "GK-AR-THR, 140 pcs", "P09428")]),

dict(v="pennine", c=1, lang="en", at="2026-12-14 08:45", subj="Prices 2027",
     text="""
All our prices go up 4% from 1st January, open orders included.

Order Office
Pennine Stoneware Ltd
""", end="Order Office", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1st January")],
     prices=[dict(pct=4, eff="2027-01-01", quote="All our prices go up 4%")]),

dict(v="anatolia", lang="en", at="2026-09-18 11:40", subj="Energy surcharge - P09429",
     text="""
Dear Mike Bey,

As you know natural gas price in Turkey increased 38% for industry since September. Our dyeing and finishing cost is very much depending to gas. For this reason we must apply energy surcharge of 3,5% on open order P09429, which is not shipped yet. The new invoice amount is EUR 24.840,00 instead of EUR 24.000,00.

We hope for your understanding, this is not our choice.

Best regards
Mehmet Yilmaz
Anatolia Textiles A.S.
""", end="Best regards", change="price", intent="price_change", po=["P09429"],
     dates=[("2026-09-01", "other", "since September")],
     prices=[dict(old=24000.00, new=24840.00, pct=3.5, cur="EUR",
                  quote="energy surcharge of 3,5% on open order P09429")]),

dict(v="cascadia", lang="en", at="2026-11-05 14:02", subj="P09430 freight",
     text="""
heads up freight on our end going up $85 a pallet starting monday, applies to p09430 too since it hasnt shipped sorry

sent from my phone
""", end="sent from my phone", change="price", intent="price_change", po=["P09430"],
     dates=[("2026-11-09", "price_effective", "starting monday")],
     prices=[dict(product="freight per pallet", new=85.0, cur="USD", eff="2026-11-09",
                  quote="freight on our end going up $85 a pallet")]),

dict(v="oakridge", lang="en", at="2026-12-02 09:15", subj="Oakridge Price Update Notice",
     text="""
Mike, this goes to all accounts but it hits your dining chairs on P09431 the most. Call me if you want to talk it over.

#### OAKRIDGE FURNITURE CO. - PRICE UPDATE NOTICE ####
Effective date: 01/04/2027
Reason: hardwood lumber and finishing costs
Item          Description             Old       New
OF-DC-200     Dining chair, oak       $84.00    $91.50
OF-DT-72      Dining table 72in       $412.00   $438.00
OF-BN-48      Bench 48in              $136.00   $136.00
Open purchase orders will be invoiced at the price in effect on the ship date.
#### Automated notice - Oakridge Order Status system ####
""", end="#### Automated notice", change="price", intent="price_change", po=["P09431"],
     dates=[("2027-01-04", "price_effective", "01/04/2027")],
     prices=[dict(product="OF-DC-200", old=84.00, new=91.50, cur="USD", eff="2027-01-04",
                  quote="OF-DC-200     Dining chair, oak       $84.00    $91.50"),
             dict(product="OF-DT-72", old=412.00, new=438.00, cur="USD", eff="2027-01-04",
                  quote="OF-DT-72      Dining table 72in       $412.00   $438.00")]),

dict(v="plasticos", c=1, lang="en", at="2026-10-27 17:20", subj="RE: P09432 - can you advance one week?",
     text="""
Hi Mike,

Good news! We checked with production and yes, we can advance the order P09432 one week like you asked. The container will leave Manzanillo on November 2 instead of November 9, and the ETA Hamburg is December 1 (before it was December 8).

Saludos,
Fernanda Treviño
Plásticos del Norte S.A. de C.V.
""", end="Saludos,", change="date", intent="confirmation", po=["P09432"],
     commit=("2026-12-01", "the ETA Hamburg is December 1"),
     dates=[("2026-11-02", "ship_date", "November 2"), ("2026-11-09", "other", "November 9"),
            ("2026-12-01", "confirmed_delivery", "December 1"), ("2026-12-08", "other", "December 8")]),

dict(v="acme", c=1, lang="en", at="2026-09-03 10:10", subj="Order Acknowledgement - P09433",
     text="""
All good on this one Mike, dates as you asked.

=== ACME HOME GOODS - ORDER ACKNOWLEDGEMENT ===
Your PO: P09433    Our SO: AHG-SO-D8A-77104
Ship via: LTL to HHG consolidator, Newark NJ
Item        Qty    Ship Date    Due Date
AHG-LB-12   600    09/21/2026   09/24/2026
AHG-LB-18   400    09/21/2026   09/24/2026
=== This acknowledgement was generated automatically. Questions: orders@acmehomegoods.com ===
""", end="=== This acknowledgement was generated", change="none", intent="confirmation",
     po=["P09433"], vref=["AHG-SO-D8A-77104"], commit=("2026-09-24", ("09/24/2026", 0)),
     dates=[("2026-09-21", "ship_date", ("09/21/2026", 0)), ("2026-09-24", "confirmed_delivery", ("09/24/2026", 0)),
            ("2026-09-21", "ship_date", ("09/21/2026", 1)), ("2026-09-24", "confirmed_delivery", ("09/24/2026", 1))],
     lines=[("AHG-LB-12", 600, None, "AHG-LB-12   600    09/21/2026   09/24/2026", "P09433"),
            ("AHG-LB-18", 400, None, "AHG-LB-18   400    09/21/2026   09/24/2026", "P09433")]),

dict(v="pennine", lang="en", at="2026-11-11 13:15", subj="RE: P09434 - confirm delivery week?",
     text="""
P09434 confirmed for w/c 23 Nov, all lines.

Dave

-----Original Message-----
From: Sandra Klein
Sent: 11 November 2026 10:02
To: Dave Ackroyd
Subject: P09434 - confirm delivery week?

Dave, can you confirm P09434 for week 48? Sandra
""", end="\nDave\n", change="none", intent="confirmation", po=["P09434"],
     commit=("2026-11-23", "P09434 confirmed for w/c 23 Nov"),
     dates=[("2026-11-23", "confirmed_delivery", "w/c 23 Nov")]),

dict(v="taipei", lang="en", at="2026-11-03 14:00", subj="RE: PO P09435 USB-C cables",
     text="""
Dear Tim,

Thanks for your PO P09435. After check with our production team, we can meet your request date. Goods will finish on 2026/11/20 and ship by air on 2026/11/23, arrive Frankfurt airport 2026/11/25, then your forwarder can pick up. Quantity 3,000 pcs USB-C cable 1m and 1,500 pcs 2m all confirmed.

Our SC no. TCC-SC-D8A-1103 attached.

Best Regards,
Vivian Lin
Sales Dept.
Taipei Cable & Charger Corp.
""", end="Best Regards,", change="none", intent="confirmation", po=["P09435"],
     vref=["TCC-SC-D8A-1103"], commit=("2026-11-25", "arrive Frankfurt airport 2026/11/25"),
     dates=[("2026-11-20", "other", "2026/11/20"), ("2026-11-23", "ship_date", "2026/11/23"),
            ("2026-11-25", "confirmed_delivery", "2026/11/25")],
     lines=[("USB-C cable 1m", 3000, "pcs", "3,000 pcs USB-C cable 1m", "P09435"),
            ("USB-C cable 2m", 1500, "pcs", "1,500 pcs 2m", "P09435")]),

dict(v="delhicotton", lang="en", at="2026-11-20 16:30", subj="Shipment advice - PO P09436 (part)",
     text="""
Dear Laura Ma'am,

This is to inform you that against your PO P09436 we have shipped 1,850 pcs apron out of total 2,400 pcs vide vessel MSC ANNA on 19/11/2026, B/L no. MEDUDL2611D8A41. Balance 550 pcs are under final checking and will be shipped by next available vessel on or around 03/12/2026. ETA for first lot is 24/12/2026.

Kindly acknowledge the receipt of this mail.

Thanks & Regards,
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09436"], commit=("2026-12-24", "ETA for first lot is 24/12/2026"),
     dates=[("2026-11-19", "ship_date", "19/11/2026"), ("2026-12-03", "ship_date", "03/12/2026"),
            ("2026-12-24", "confirmed_delivery", "24/12/2026")],
     lines=[("apron", 1850, "pcs", "1,850 pcs apron", "P09436"),
            ("apron", 550, "pcs", "Balance 550 pcs", "P09436")],
     track=[("MSC", "MEDUDL2611D8A41", "B/L no. MEDUDL2611D8A41")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-25 15:48", subj="P09437 hose reels",
     text="""
only had 60 of the 100 hose reels for p09437 so those went out today w the rest of the order, other 40 next week

megan
sent from my iphone
""", end="megan", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09437"], commit=("2026-09-28", "other 40 next week"),
     dates=[("2026-09-25", "ship_date", "today"), ("2026-09-28", "new_eta", "next week")],
     lines=[("hose reels", 60, None, "60 of the 100 hose reels", "P09437"),
            ("hose reels", 40, None, "other 40", "P09437")]),

dict(v="evergreen", c=1, lang="en", at="2026-10-22 11:30", subj="ASN EPP-ASN-D8A-40918 / PO P09438",
     text="""
Mike, FYI the napkins are short on this one - we only had 1,100 cases, the other 300 are on the line now and should ship 10/29.

EVERGREEN PAPER PRODUCTS - ADVANCE SHIP NOTICE
ASN: EPP-ASN-D8A-40918   PO: P09438
Shipped: 10/22/2026   Carrier: XPO Logistics   PRO: 301-8845120
SKU            Ord    Ship   Short
EPP-NAP-3PLY   1400   1100   300
EPP-PT-2RL     900    900    0
ETA consignee: 10/27/2026
This ASN was transmitted automatically. Do not reply to this message.
""", end="This ASN was transmitted automatically", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P09438"], vref=["EPP-ASN-D8A-40918"],
     commit=("2026-10-27", "ETA consignee: 10/27/2026"),
     dates=[("2026-10-29", "ship_date", "10/29"), ("2026-10-22", "ship_date", "10/22/2026"),
            ("2026-10-27", "confirmed_delivery", "10/27/2026")],
     lines=[("EPP-NAP-3PLY", 300, None, "the other 300", "P09438"),
            ("EPP-NAP-3PLY", 1100, None, "EPP-NAP-3PLY   1400   1100   300", "P09438"),
            ("EPP-PT-2RL", 900, None, "EPP-PT-2RL     900    900    0", "P09438")],
     track=[("XPO Logistics", "301-8845120", "PRO: 301-8845120")]),

dict(v="sparkle", lang="en", at="2026-11-13 10:20", subj="Your order P09439 and a little news",
     text="""
Dear Laura,

Thank you so much for your kind message last week, and please pass on my thanks to Tim for the very generous words about our stand at the Birmingham fair. It is always a joy to hear that customers in Germany enjoy the hand-finished pieces as much as we enjoy making them.

I also wanted to let you know that our new engraving machine has finally been installed, so from the new year we shall be able to offer personalised wine glasses at a very modest extra cost, should that ever be of interest.

As for your order P09439, the champagne flutes and tumblers were collected by DX Freight this morning, consignment number DXF-D8A-771203, and should be with you on Wednesday. I am afraid the crystal decanters (SG-DEC-1L, 48 pcs) are not with them: two of the three batches failed our final inspection, and we will need to blow them again. I expect to send them on to you by 4 December at the latest.

I am so sorry for the inconvenience, and I do hope the flutes arrive in time for your Christmas promotion.

With every good wish,
Hannah Price
Sparkle Glassware Ltd
""", end="With every good wish,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P09439"], commit=("2026-11-18", "should be with you on Wednesday"),
     dates=[("2026-11-02", "other", "last week"), ("2026-11-13", "ship_date", "this morning"),
            ("2026-11-18", "confirmed_delivery", "Wednesday"), ("2026-12-04", "ship_date", "4 December")],
     lines=[("SG-DEC-1L", 48, "pcs", "SG-DEC-1L, 48 pcs", "P09439")],
     track=[("DX Freight", "DXF-D8A-771203", "consignment number DXF-D8A-771203")]),

dict(v="maule", c=1, lang="en", at="2026-10-08 12:00", subj="P09440 shipped",
     text="""
Hello Tim,

I am happy to inform you that the complete order P09440 (wicker baskets, 1.200 units in 3 sizes) was loaded today in the container TCLU 4418820 in San Antonio port. The vessel is the Hapag-Lloyd SANTOS EXPRESS and the ETA to Hamburg is the November 12 approximately.

The documents (B/L, packing list, certificate of origin) we send by courier tomorrow.

Best regards and have a nice week,
Matías Fuentes
Mimbres del Maule SpA
""", end="Best regards and have a nice week,", change="shipping", intent="shipping_notice",
     po=["P09440"], commit=("2026-11-12", "the ETA to Hamburg is the November 12 approximately"),
     dates=[("2026-10-08", "ship_date", "today"), ("2026-11-12", "confirmed_delivery", "the November 12"),
            ("2026-10-09", "other", "tomorrow")],
     lines=[("wicker baskets", 1200, "units", "1.200 units", "P09440")],
     track=[("Hapag-Lloyd", "TCLU 4418820", "container TCLU 4418820")]),

dict(v="brightline", c=1, lang="en", at="2026-09-09 14:55", subj="Re: P09441 ship date?",
     text="""
Shipped complete today, DPD 15501234567890, should land Friday.

Tom

On 9 Sep 2026, at 09:20, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Tom, when does P09441 ship? Mike
""", end="\nTom\n", change="shipping", intent="shipping_notice", po=["P09441"],
     commit=("2026-09-11", "should land Friday"),
     dates=[("2026-09-09", "ship_date", "today"), ("2026-09-11", "confirmed_delivery", "Friday")],
     track=[("DPD", "15501234567890", "DPD 15501234567890")]),

dict(v="jaipur", c=1, lang="en", at="2026-10-16 18:10", subj="Shipment intimation - PO P09411",
     text="""
Dear Sandra Madam,

We are pleased to inform you that your goods against PO P09411 have been shipped complete on 15.10.2026 from Mundra port vide vessel MAERSK KENSINGTON, B/L No. MAEU261015D8A, container no. MRKU 6623019. Expected arrival at Hamburg is 18.11.2026, two days earlier than committed.

Shipping documents are attached herewith for your kind reference and necessary customs clearance.

Thanks and warm regards,
Sunita Rathore
Logistics Dept.
Jaipur Block Prints Pvt Ltd
""", end="Thanks and warm regards,", change="shipping", intent="shipping_notice", po=["P09411"],
     commit=("2026-11-18", "Expected arrival at Hamburg is 18.11.2026"),
     dates=[("2026-10-15", "ship_date", "15.10.2026"), ("2026-11-18", "confirmed_delivery", "18.11.2026")],
     track=[("Maersk", "MAEU261015D8A", "B/L No. MAEU261015D8A"),
            ("Maersk", "MRKU 6623019", "container no. MRKU 6623019")]),

dict(v="izmir", c=1, lang="en", at="2026-11-26 17:45", subj="P09423 loaded",
     text="""
Dear Tim Bey,

Good news, P09423 is loaded today complete, 2.400 pcs jars on 8 pallets. Truck plate 35 AZ 4471, CMR number IZC-D8A-CMR-1126. Driver says delivery to your warehouse on Tuesday 1 December morning.

Best regards
Zeynep
""", end="Best regards", change="shipping", intent="shipping_notice", po=["P09423"],
     commit=("2026-12-01", "delivery to your warehouse on Tuesday 1 December"),
     dates=[("2026-11-26", "ship_date", "today"), ("2026-12-01", "confirmed_delivery", "Tuesday 1 December")],
     lines=[("glass storage jars", 2400, "pcs", "2.400 pcs jars", "P09423")],
     track=[(None, "IZC-D8A-CMR-1126", "CMR number IZC-D8A-CMR-1126")]),

dict(v="pampa", c=1, lang="en", at="2026-09-30 11:15", subj="P09442 leather colour - two options",
     text="""
Hi Mike,

How are you? I write you for the order P09442 of the leather placemats. The tannery has enough of the cognac leather for only 700 of the 1,000 pieces. We have two options for you:

a) we make 700 in cognac and 300 in dark brown, same price, all together in the first shipment
b) we wait for the new lot of cognac leather and ship the 1,000 together, but about three weeks later

What do you prefer? Please let me know this week if possible so we can start cutting.

Best regards,
Julieta Romero
Cueros de la Pampa S.A.
""", end="Best regards,", change="none", intent="question", po=["P09442"],
     dates=[("2026-09-28", "other", "this week")],
     lines=[("placemats cognac", 700, None, "we make 700 in cognac", "P09442"),
            ("placemats dark brown", 300, None, "300 in dark brown", "P09442")]),

dict(v="lisbon", lang="en", at="2026-10-06 15:00", subj="P09443 - a small question about pallets",
     text="""
Dear Sandra,

I hope you are keeping well and that autumn has been kind to Hamburg so far; here in Lisbon we are still enjoying warm afternoons, although the rains are surely on their way.

I wanted first to thank you for the very clear forecast you sent in September. It has helped us enormously in planning the cork allocation, and Rui asked me to pass on his thanks as well.

There is one small matter on which I would be grateful for your guidance. For order P09443 (cork trivets and coasters), our new haulier can only load pallets up to 1.80 m high, whereas your routing guide asks for a maximum of 1.60 m. Could you let us know whether 1.80 m pallets would be accepted at your Hamburg warehouse, or whether we should keep to 1.60 m? The lower pallets would mean 14 instead of 12 pallets, but the delivery date of 29 October would not change either way.

Thank you so much in advance, and do give my regards to Laura.

Com os melhores cumprimentos,
Ana Ferreira
Lisbon Cork Products Lda
""", end="Com os melhores cumprimentos,", change="none", intent="question", po=["P09443"],
     commit=("2026-10-29", "the delivery date of 29 October would not change"),
     dates=[("2026-09-01", "other", "in September"), ("2026-10-29", "confirmed_delivery", "29 October")]),

dict(v="lakeside", lang="en", at="2026-12-09 09:40", subj="[LPF OrderLink] Appointment request - P09444",
     text="""
Laura, our carrier needs a dock appointment at your Newark consolidator for this one - can you give us a slot on one of those two days? Nothing else changes.

[LPF OrderLink] APPOINTMENT REQUEST
PO: P09444
Carrier: Schneider National   Load: SCH-D8A-5521903
Requested delivery window: 12/14/2026 - 12/15/2026
Status: AWAITING CONSIGNEE APPOINTMENT
[LPF OrderLink] automated message - replies go to the shipping team
""", end="[LPF OrderLink] automated message", change="none", intent="question", po=["P09444"],
     commit=("2026-12-15", "Requested delivery window: 12/14/2026 - 12/15/2026"),
     dates=[("2026-12-14", "range_start", "12/14/2026"), ("2026-12-15", "range_end", "12/15/2026")],
     track=[("Schneider National", "SCH-D8A-5521903", "Load: SCH-D8A-5521903")]),

dict(v="delhicotton", c=1, lang="en", at="2026-12-02 13:00", subj="PO P09421 - air or sea? kindly advise",
     text="""
Dear Laura Ma'am,

Good afternoon. With reference to PO P09421 (bath mats), goods are ready for shipment. As the next vessel from Nhava Sheva is only on 18/12 due to port congestion, kindly advise whether you would like us to ship by air at your cost (approx USD 3.10/kg) so that goods reach by 20/12, or we should wait for the vessel. Kindly revert at the earliest.

Thanks & Regards,
Priya Sharma
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards,", change="none", intent="question", po=["P09421"],
     dates=[("2026-12-18", "other", "18/12"), ("2026-12-20", "other", "20/12")]),

dict(v="greenthumb", lang="en", at="2026-11-25 17:30", subj="Re: P09445 pallet labels",
     text="""
out till monday for thanksgiving pls send anything urgent to megan tran megan.tran@greenthumbgarden.com

randy
sent from my phone

On Wed, Nov 25, 2026 at 10:14 AM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Randy, can you resend the pallet labels for P09445? Thx, Laura
""", end="randy", change="none", intent="other", po=["P09445"],
     dates=[("2026-11-30", "other", "monday")]),

dict(v="cleanco", c=1, lang="en", at="2026-10-01 09:05", subj="Statement of account - September",
     text="""
Morning Tim, statement below as requested - nothing overdue, just the two September invoices open.

CLEANCO SUPPLIES LTD - STATEMENT OF ACCOUNT
Account: HHG001   Statement date: 30/09/2026
Invoice            Date         Your ref   Amount GBP   Due
CCS-INV-D8A-8811   03/09/2026   P09446     4,218.60     03/10/2026
CCS-INV-D8A-8854   17/09/2026   P09447     1,905.00     17/10/2026
Balance: GBP 6,123.60
This statement was produced automatically by our accounts system.
""", end="This statement was produced automatically", change="none", intent="other",
     po=["P09446", "P09447"], vref=["CCS-INV-D8A-8811", "CCS-INV-D8A-8854"],
     dates=[("2026-09-30", "other", "30/09/2026"), ("2026-09-03", "other", "03/09/2026"),
            ("2026-10-03", "other", "03/10/2026"), ("2026-09-17", "other", "17/09/2026"),
            ("2026-10-17", "other", "17/10/2026")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-12-10 16:00", subj="Season's greetings from Kiwi Wool",
     text="""
Dear Laura,

As another year draws to a close, all of us at Kiwi Wool would like to thank you and your colleagues for your custom and your friendship. It has been a big year for us, with the new scouring line and our first season selling into Scandinavia, and we are very grateful to have had Hartmann alongside us.

We hope the Christmas season is a busy and happy one in your stores.

Our office and mill will close for the summer break from 23 December and reopen on Monday 11 January. Orders received over the break will be acknowledged when we return. All your open orders have already shipped, so nothing is affected.

Meri Kirihimete and warm wishes,
Sophie Clarke
Kiwi Wool Co Ltd
""", end="Meri Kirihimete and warm wishes,", change="none", intent="other",
     dates=[("2026-12-23", "other", "23 December"), ("2027-01-11", "other", "Monday 11 January")]),

dict(v="ningbo", lang="en", at="2026-12-15 10:00", subj="Chinese New Year holiday notice 2027",
     text="""
Dear all customers,

Please kindly note our factory will have Chinese New Year holiday from 2027-02-01 to 2027-02-21. Last shipment before holiday will be 2027-01-22, and for orders which need ship before the holiday please send PO to us before 2026-12-31.

Any urgent matter during holiday please contact my mobile +86 139 5745 2231.

Thanks & best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Thanks & best regards", change="none", intent="other",
     dates=[("2027-02-01", "other", "2027-02-01"), ("2027-02-21", "other", "2027-02-21"),
            ("2027-01-22", "other", "2027-01-22"), ("2026-12-31", "other", "2026-12-31")]),

dict(v="andino", frm="Cafe Andino Accounts <accounts@cafe-andino-sas.co>", lang="en",
     at="2026-11-03 10:20", subj="URGENT: update of bank details",
     text="""
Dear customer,

Please be informed that due to an audit of our Colombian bank, all payments for invoices of Café Andino must be sent from today to our new account in Panama:

Bank: Banco Istmeño Internacional
IBAN: PA88 0041 0077 3320 1198 5521
SWIFT: BISTPAPA

Please update your records immediately and confirm us when payment of invoice CA-FV-D8A-2209 for P09448 is made. Do not call the office because the phone lines are under maintenance.

Regards,
Accounting Department
""", end="Regards,", change="none", intent="other", po=["P09448"], vref=["CA-FV-D8A-2209"],
     dates=[("2026-11-03", "other", "from today")]),

dict(v="aussie", lang="en", at="2026-11-18 08:10", subj="RE: P09449 eta?",
     text="""
mate running late on p09449 container got rolled at port botany now looks like end of next week for the ship, eta hamburg prob 8 jan ill confirm when i have the new booking

sent from my iphone
""", end="sent from my iphone", change="date", intent="delay", po=["P09449"],
     commit=("2027-01-08", "eta hamburg prob 8 jan"),
     dates=[("2026-11-27", "ship_date", "end of next week"), ("2027-01-08", "new_eta", "8 jan")]),

dict(v="evergreen", lang="en", at="2026-12-04 14:00", subj="Order Status Update - P09450",
     text="""
Sorry Mike, the tissue line is backordered again, see below. I'll push the mill for something firmer.

*** EVERGREEN ORDER STATUS UPDATE ***
PO: P09450   Our order: EPP-SO-D8A-61420
Line 1  EPP-TIS-80   Facial tissue 80ct   Qty 2,000 cs   Status: BACKORDERED   Prev. ship: 12/07/2026   New ship: 01/11/2027
Line 2  EPP-NAP-LUN  Luncheon napkins     Qty 800 cs     Status: ON SCHEDULE   Ship: 12/07/2026
*** Automated status update - Evergreen Customer Portal ***
""", end="*** Automated status update", change="date", intent="delay", po=["P09450"],
     vref=["EPP-SO-D8A-61420"],
     dates=[("2026-12-07", "other", "Prev. ship: 12/07/2026"), ("2027-01-11", "ship_date", "New ship: 01/11/2027"),
            ("2026-12-07", "ship_date", "Ship: 12/07/2026")],
     lines=[("EPP-TIS-80", 2000, "cs", "Qty 2,000 cs   Status: BACKORDERED", "P09450")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-04 17:30", subj="P09407 new ETD",
     text="""
Dear Sandra,

Sorry to inform, because of electricity limit in Zhejiang this week our factory can only work 3 days per week. P09407 silicone mats can not ship on 5 Nov as I told before, new ETD is 19 Nov, ETA Hamburg around 24 Dec. We try our best to catch earlier vessel, if any news I update you.

Sorry again for trouble.

Best regards
Leo Wang
""", end="Best regards", change="date", intent="delay", po=["P09407"],
     commit=("2026-12-24", "ETA Hamburg around 24 Dec"),
     dates=[("2026-11-02", "other", "this week"), ("2026-11-05", "other", "5 Nov"),
            ("2026-11-19", "ship_date", "19 Nov"), ("2026-12-24", "new_eta", "24 Dec")]),

dict(v="anatolia", c=1, lang="en", at="2026-12-09 12:00", subj="RE: P09417 colour question",
     text="""
Dear Laura Hanım,

Thank you for quick answer. OK we dye in stone grey like the PO. All quantities confirmed and delivery to your warehouse 18 January as requested.

Kind regards
Elif Demir

-----Original Message-----
From: Laura Jensen
Sent: Monday, December 7, 2026 15:02
To: Mehmet Yilmaz
Subject: RE: P09417 colour question

Please follow the PO, stone grey. The Pantone reference was a mistake. Delivery 18.01.2027 please. Laura
""", end="Kind regards", change="none", intent="confirmation", po=["P09417"],
     commit=("2027-01-18", "delivery to your warehouse 18 January as requested"),
     dates=[("2027-01-18", "confirmed_delivery", "18 January")]),

dict(v="oaxaca", c=1, lang="en", at="2026-10-19 13:30", subj="P09451 - the big vases",
     text="""
Dear Tim,

I am sorry to tell you that we must cancel the line of the big black clay vases (BN-JAR-45, 80 pieces) from the order P09451. In the last firing more than half broke because the humidity was very high and we cannot make them again before your date. The small vases and candle holders (BN-VAS-15, BN-CAN-08) are ready and will be delivered as agreed, the 13 of November.

We will not charge the deposit for the vases, we make a credit note NC-D8A-0419.

A hug,
Emilio Ramírez
Barro Negro de Oaxaca
""", end="A hug,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P09451"],
     vref=["NC-D8A-0419"], commit=("2026-11-13", "will be delivered as agreed, the 13 of November"),
     dates=[("2026-11-13", "confirmed_delivery", "the 13 of November")],
     lines=[("BN-JAR-45", 80, "pieces", "BN-JAR-45, 80 pieces", "P09451")]),

dict(v="voltix", c=1, lang="en", at="2026-12-11 09:20", subj="Cable price adjust",
     text="""
Dear Mike,

Good morning. Because copper price go up a lot in last 2 months, for the charging cables we need adjust price from your next order:

VX-CB-1M  USB-C cable 1m  USD 1.05 -> USD 1.18
VX-CB-2M  USB-C cable 2m  USD 1.42 -> USD 1.59

Other items no change. Current order P09452 still use old price. Hope you can understand.

Best regards
Kevin Liu
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards", change="price", intent="price_change", po=["P09452"],
     prices=[dict(product="VX-CB-1M", old=1.05, new=1.18, cur="USD",
                  quote="VX-CB-1M  USB-C cable 1m  USD 1.05 -> USD 1.18"),
             dict(product="VX-CB-2M", old=1.42, new=1.59, cur="USD",
                  quote="VX-CB-2M  USB-C cable 2m  USD 1.42 -> USD 1.59")]),

dict(v="texbright", lang="en", at="2026-09-16 15:45", subj="Dispatch Confirmation P09453",
     text="""
Tim - complete, all 3 SKUs, see below.

TEXBRIGHT BEDDING INC. | DISPATCH CONFIRMATION
PO: P09453   Packing slip: TBB-PS-D8A-9160
Dispatched: 09/16/2026 via Estes Express, PRO 0912-553817
TBB-QC-Q  Quilt cover queen   360 pcs
TBB-PC-2  Pillowcase pair     720 pcs
TBB-FS-Q  Fitted sheet queen  360 pcs
Transit: 4-5 business days
Automated dispatch confirmation - TexBright OMS
""", end="Automated dispatch confirmation", change="shipping", intent="shipping_notice",
     po=["P09453"], vref=["TBB-PS-D8A-9160"],
     commit=("2026-09-23", "Transit: 4-5 business days"),
     dates=[("2026-09-16", "ship_date", "09/16/2026"), ("2026-09-22", "range_start", "4-5 business days"),
            ("2026-09-23", "range_end", "4-5 business days")],
     lines=[("TBB-QC-Q", 360, "pcs", "TBB-QC-Q  Quilt cover queen   360 pcs", "P09453"),
            ("TBB-PC-2", 720, "pcs", "TBB-PC-2  Pillowcase pair     720 pcs", "P09453"),
            ("TBB-FS-Q", 360, "pcs", "TBB-FS-Q  Fitted sheet queen  360 pcs", "P09453")],
     track=[("Estes Express", "0912-553817", "PRO 0912-553817")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-10-30 11:00", subj="P09454???",
     text="""
Do you still want P09454 or not? Nobody answered my last two emails.

Karen

On Oct 20, 2026, at 9:41 AM, Karen Singh <karen.singh@mapleleafoutdoor.ca> wrote:
> Hi Tim, P09454 is ready to ship since 10/16, please confirm the delivery address. Karen
""", end="\nKaren\n", change="none", intent="question", po=["P09454"]),
]
