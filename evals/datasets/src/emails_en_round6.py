# ruff: noqa: E501 - email text is data
"""English, sixth round: confirmation against delay from the vendor's side, in many voices
(sales reps, ERP acknowledgements with a short human note, small workshop owners, export
coordinators, sourcing agents): confirmed as ordered, confirmed but one line later, a
counter-offer date answering the buyer's requested date, ETA unchanged after a port or
transshipment problem, early delivery offered, a slip of a few days called "a small
adjustment", dates given only as weeks or "end of month". The rest of the batch spreads
over partial shipments, cancellations, price changes, shipping notices, questions and other
mail. Vendors from many countries, quoted history with other dates and orders, attachment
text, tables, typos and non-native phrasing. Hand-written and hand-labelled."""

EMAILS = [
dict(v="nordic", c=1, lang="en", at="2026-09-08 10:12", subj="Order confirmation P07800",
     text="""
Hi Sandra,

Please find our order confirmation for P07800 attached. Everything confirmed as ordered, delivery to Hamburg on 21.09 as requested.

Kind regards
Johan

Johan Lindqvist
Order Administration | Nordic Textiles AB
Borås, Sweden

--- attachment: OC_NT-26-D6A-0412.pdf ---
ORDER CONFIRMATION  NT-26-D6A-0412
Customer order: P07800          Order date: 2026-09-04
Delivery terms: DAP Hamburg
Pos  Article       Description                Qty    Unit   Price EUR
10   NT-TW-5070    Bath towel 50x70 sage      600    pcs    4.85
20   NT-TW-70140   Bath sheet 70x140 sage     300    pcs    9.40
Confirmed delivery date: 2026-09-21
""", end="Kind regards\nJohan", change="none", intent="confirmation", po=["P07800"],
     vref=["NT-26-D6A-0412"],
     commit=("2026-09-21", "delivery to Hamburg on 21.09"),
     dates=[("2026-09-21", "confirmed_delivery", "21.09"), ("2026-09-04", "other", "2026-09-04"),
            ("2026-09-21", "confirmed_delivery", "2026-09-21")],
     lines=[("NT-TW-5070", 600, "pcs", "10   NT-TW-5070    Bath towel 50x70 sage      600    pcs    4.85", "P07800"),
            ("NT-TW-70140", 300, "pcs", "20   NT-TW-70140   Bath sheet 70x140 sage     300    pcs    9.40", "P07800")]),

dict(v="acme", lang="en", at="2026-09-15 14:20", subj="RE: P07801 confirmation",
     text="""
Hi Mike,

Confirming P07801. Lines 1-3 ship complete for delivery 9/28 as on your PO.

Line 4, the 12" glass canisters (AHG-GC-12), our glass supplier is running behind so that line will deliver 10/9 instead of 9/28. Let me know if you'd rather we hold the whole PO and ship everything together.

Thanks,
Jessica

Jessica Moreno
Key Accounts - Europe
Acme Home Goods Inc. | Newark, NJ

-----Original Message-----
From: Mike Osei
Sent: Monday, September 14, 2026 4:51 AM
To: Jessica Moreno
Subject: P07801 confirmation

Jessica, still missing your confirmation for P07801 (requested delivery 09/28). Please send today.
""", end="Thanks,\nJessica", change="date", intent="delay", sec=["confirmation"], po=["P07801"],
     commit=("2026-10-09", "that line will deliver 10/9"),
     dates=[("2026-09-28", "confirmed_delivery", "delivery 9/28"), ("2026-10-09", "new_eta", "10/9"),
            ("2026-09-28", "other", "instead of 9/28")]),

dict(v="polska", lang="en", at="2026-10-05 11:10", subj="Re: P07802 earlier delivery?",
     text="""
Dear Laura,

10th is not possible, sorry - the glaze on the mugs needs the full firing cycle. But we can do the 14th: truck loads Monday 12th in Bolesławiec and will be at your DC on Wednesday 14.10 in the morning. That is still 6 days earlier then the 20.10 in our confirmation.

Please confirm this is OK so I can book the truck.

Best regards,
Katarzyna Nowak
Export Sales
Polska Ceramika Sp. z o.o.

On Fri, 2 Oct 2026 at 15:41, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Katarzyna, could you pull P07802 forward to the 10th? Our promo starts 16.10.
> Thanks, Laura
""", end="Best regards,\nKatarzyna", change="date", intent="confirmation", sec=["question"],
     po=["P07802"], commit=("2026-10-14", "we can do the 14th"),
     dates=[("2026-10-10", "other", ("10th", 0)), ("2026-10-14", "confirmed_delivery", "the 14th"),
            ("2026-10-12", "ship_date", "Monday 12th"), ("2026-10-14", "confirmed_delivery", "Wednesday 14.10"),
            ("2026-10-20", "other", "20.10")]),

dict(v="siam", lang="en", at="2026-10-20 16:05", subj="P07803 - transshipment Singapore / ETA no change",
     text="""
Dear Tim,

Update for P07803 (rattan lounge chairs, 1x40HC). Because of the congestion in Singapore the container was held there 3 days for transshipment, but carrier now confirm the connecting vessel MSC ARIANE FW642R and ETA Hamburg stays 18/11 as confirmed. So no change for you.

Container: MSCU 7730415
B/L: MEDUBK882140

Best regards, Somchai
Somchai Wongsakul
Export Department | Siam Rattan & Teak Co., Ltd.
""", end="Best regards, Somchai", change="none", intent="confirmation", po=["P07803"],
     commit=("2026-11-18", "ETA Hamburg stays 18/11"),
     dates=[("2026-11-18", "confirmed_delivery", "18/11")],
     track=[("MSC", "MSCU 7730415", "Container: MSCU 7730415"), ("MSC", "MEDUBK882140", "B/L: MEDUBK882140")]),

dict(v="mapleleaf", lang="en", at="2026-09-22 13:40", subj="P07804 - could ship early",
     text="""
Hi Mike,

Good news on P07804 - the folding camp chairs (MLO-CC-22) came off the line early. We could ship this Friday 9/25 and they'd reach the Rotterdam consolidator around Oct 2, two weeks ahead of the confirmed 10/16.

If early is a problem for your warehouse we just keep them here and ship as planned on 10/2 for the 10/16 arrival. Just let me know by Thursday.

Cheers,
Josh

Josh Tremblay | Maple Leaf Outdoor Products Inc.
Mississauga, ON
""", end="Cheers,\nJosh", change="none", intent="confirmation", sec=["question"], po=["P07804"],
     commit=("2026-10-16", "the confirmed 10/16"),
     dates=[("2026-09-25", "other", "Friday 9/25"), ("2026-10-02", "other", "Oct 2"),
            ("2026-10-16", "confirmed_delivery", "confirmed 10/16"), ("2026-10-02", "ship_date", "on 10/2"),
            ("2026-10-16", "confirmed_delivery", "the 10/16 arrival"), ("2026-09-24", "other", "Thursday")]),

dict(v="delhicotton", lang="en", at="2026-10-12 12:15", subj="P07805 // small adjustment in schedule",
     text="""
Dear Sir/Madam,

Greetings from Delhi Cotton Mills!!

With reference to your esteemed order P07805 (kitchen towels 3 designs), kindly note there is a small adjustment in the delivery schedule. Ex-factory will be 19th Oct instead of 15th Oct due to Dussehra holidays at the printing unit, accordingly ETA Hamburg becomes 24 Nov in place of 20 Nov.

Quantity and prices remain same. Regret for inconvenience and request your kind acceptance.

Thanks & Regards
Priya Sharma
Merchandiser - Export
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards", change="date", intent="delay", po=["P07805"],
     commit=("2026-11-24", "ETA Hamburg becomes 24 Nov"),
     dates=[("2026-10-19", "ship_date", "19th Oct"), ("2026-10-15", "other", "15th Oct"),
            ("2026-11-24", "new_eta", "24 Nov"), ("2026-11-20", "other", "20 Nov")]),

dict(v="lisbon", lang="en", at="2026-10-02 10:00", subj="RE: PO P07806 cork boards",
     text="""
Hello Sandra,

We confirm P07806 with delivery in week 44 as you requested. The cork boards are produced in week 42 and go to the lacquer line the week after, everything on plan.

Our acknowledgement LC-OC-26/0918 follows by separate mail.

Com os melhores cumprimentos / Best regards
Ana Ferreira
Lisbon Cork Products Lda
""", end="Com os melhores cumprimentos", change="none", intent="confirmation", po=["P07806"],
     vref=["LC-OC-26/0918"], commit=("2026-10-26", "delivery in week 44"),
     dates=[("2026-10-26", "confirmed_delivery", "week 44"), ("2026-10-12", "other", "week 42")]),

dict(v="kiwiwool", lang="en", at="2026-11-03 09:20", subj="Re: throws - P07807",
     text="""
Kia ora Tim,

Yep all good, the merino throws for P07807 are on track and will be with you by end of the month like we said. Air freight booked via Auckland-Frankfurt, I'll send the AWB when they're picked up.

Cheers
Sophie

On Mon, 2 Nov 2026 at 21:02, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Hi Sophie, just checking P07807 is still on for November? We have the throws in the December catalogue.
""", end="Cheers\nSophie", change="none", intent="confirmation", po=["P07807"], c=1,
     commit=("2026-11-30", "will be with you by end of the month"),
     dates=[("2026-11-30", "confirmed_delivery", "end of the month")]),

dict(v="keystone", c=2, lang="en", at="2026-11-09 08:02", subj="855 PO Acknowledgment - P07808",
     text="""
Laura - 855 below. Line 2 (the 5-qt dutch ovens) we can only confirm 12/4, our DC is out until the inbound container lands. Lines 1 and 3 as requested for 11/20.

Greg

Greg Palmer | Keystone Housewares Distribution Inc.

--- attachment: EDI855_P07808.txt ---
AUTOMATED PO ACKNOWLEDGMENT (EDI 855)
PO Number: P07808        Ack No: KHD-855-D6A-2291
Ack Date: 11/09/2026     Status: ACCEPTED WITH CHANGES
Line  Item         Qty   Req. Date    Conf. Date   Status
1     KH-SP-3Q     240   11/20/2026   11/20/2026   IA
2     KH-DO-5Q     120   11/20/2026   12/04/2026   DR
3     KH-LID-GL    240   11/20/2026   11/20/2026   IA
IA = item accepted   DR = date rescheduled
This is an automated message from the Keystone EDI gateway. Do not reply.
""", end="Greg\n\nGreg Palmer", change="date", intent="delay", sec=["confirmation"], po=["P07808"],
     vref=["KHD-855-D6A-2291"], commit=("2026-12-04", "we can only confirm 12/4"),
     dates=[("2026-12-04", "new_eta", "12/4"), ("2026-11-20", "confirmed_delivery", "as requested for 11/20"),
            ("2026-11-09", "other", "11/09/2026"),
            ("2026-11-20", "other", ("11/20/2026", 0)), ("2026-11-20", "confirmed_delivery", ("11/20/2026", 1)),
            ("2026-11-20", "other", ("11/20/2026", 2)), ("2026-12-04", "new_eta", "12/04/2026"),
            ("2026-11-20", "other", ("11/20/2026", 3)), ("2026-11-20", "confirmed_delivery", ("11/20/2026", 4))],
     lines=[("KH-SP-3Q", 240, None, "1     KH-SP-3Q     240   11/20/2026   11/20/2026   IA", "P07808"),
            ("KH-DO-5Q", 120, None, "2     KH-DO-5Q     120   11/20/2026   12/04/2026   DR", "P07808"),
            ("KH-LID-GL", 240, None, "3     KH-LID-GL    240   11/20/2026   11/20/2026   IA", "P07808")]),
dict(v="voltix", lang="en", at="2026-09-29 17:45", subj="P07809 confirm - Voltix power banks",
     frm="Jenny Wu <jenny.wu@bridgepoint-sourcing.hk>",
     text="""
Dear Sandra,

I am writing on behalf of Shenzhen Voltix (we are their export agent for EU customers). Factory has confirmed P07809 fully as ordered:

- VX-PB10 power bank 10000mAh black: 2,000 pcs
- VX-PB20 power bank 20000mAh white: 1,000 pcs

Cargo ready 16 Oct, ETD Yantian 20 Oct, ETA Hamburg 25 Nov. Voltix PI no. VX-PI-26-D6A-077 is attached for your signature.

Best regards
Jenny Wu
Bridgepoint Sourcing Ltd. | Agent for Shenzhen Voltix Technology Co., Ltd.
Kowloon, Hong Kong
""", end="Best regards\nJenny Wu", change="none", intent="confirmation", po=["P07809"],
     vref=["VX-PI-26-D6A-077"], commit=("2026-11-25", "ETA Hamburg 25 Nov"),
     dates=[("2026-10-16", "other", "Cargo ready 16 Oct"), ("2026-10-20", "ship_date", "ETD Yantian 20 Oct"),
            ("2026-11-25", "confirmed_delivery", "25 Nov")],
     lines=[("VX-PB10", 2000, "pcs", "VX-PB10 power bank 10000mAh black: 2,000 pcs", "P07809"),
            ("VX-PB20", 1000, "pcs", "VX-PB20 power bank 20000mAh white: 1,000 pcs", "P07809")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-02 15:30", subj="P07810 - dyeing delay, new loading week",
     text="""
Dear Laura,

I must inform that the bathrobes for P07810 are delayed one week. The dyehouse had a boiler failure last Thursday and lost 5 production days. New loading is week 46 (was week 45), truck transit is 6 days so delivery Hamburg will be in week 47 instead of week 46.

All other items of the order are not affected. We apologise.

Kind regards,
Elif Demir
Export Coordinator
Anatolia Textiles A.S. - Denizli / TURKEY
""", end="Kind regards,\nElif", change="date", intent="delay", po=["P07810"],
     commit=("2026-11-16", "delivery Hamburg will be in week 47"),
     dates=[("2026-10-29", "other", "last Thursday"), ("2026-11-09", "ship_date", "week 46 (was"),
            ("2026-11-02", "other", "week 45"), ("2026-11-16", "new_eta", "week 47"),
            ("2026-11-09", "other", "instead of week 46")]),

dict(v="milano", lang="en", at="2026-10-07 09:05", subj="R: P07811 conferma d'ordine / order confirmation",
     text="""
Good morning Mrs Klein,

thank you for the order. We confirm P07811 (serving bowls and olive-wood boards) for delivery by the end of October, our truck leaves Como on the 26th.

Attached our conferma d'ordine n. MC-2026-D6A-314.

Cordiali saluti
Giulia Rossi
Ufficio Commerciale - Milano Casa S.r.l.
""", end="Cordiali saluti", change="none", intent="confirmation", po=["P07811"],
     vref=["MC-2026-D6A-314"], commit=("2026-10-31", "for delivery by the end of October"),
     dates=[("2026-10-31", "confirmed_delivery", "end of October"), ("2026-10-26", "ship_date", "the 26th")]),

dict(v="cebu", lang="en", at="2026-10-14 18:20", subj="seagrass baskets P07812",
     text="""
hi Ms Laura good evening

so sorry but the seagrass baskets for P07812 will be late, the typhoon last week flooded our weaving area in Liloan and the weavers cannot work 6 days. we are doing overtime now. we can finish the 1,800 pcs by Nov 6 and the container can sail Nov 10, so arrive Hamburg maybe Dec 18 (before it was Dec 4).

I am very sorry po, we will do our best.

Maricel
Cebu Rattan Artisans Inc.
""", end="Maricel\nCebu", change="date", intent="delay", po=["P07812"],
     commit=("2026-12-18", "arrive Hamburg maybe Dec 18"),
     dates=[("2026-11-06", "other", "Nov 6"), ("2026-11-10", "ship_date", "Nov 10"),
            ("2026-12-18", "new_eta", "Dec 18"), ("2026-12-04", "other", "Dec 4")]),

dict(v="seoul", c=1, lang="en", at="2026-09-16 14:00", subj="[Order Acknowledgement] P07813 / SK-OA-260916-D6A",
     text="""
Dear Tim Brandt,

Thank you for your valued order. We are pleased to confirm P07813 as below. Production is scheduled from 21st Sep and we will ship on time.

Best Regards,
Min-seo Kim
Overseas Sales Team | Seoul Kitchenware Co., Ltd.

--- attachment: SK-OA-260916-D6A.pdf ---
ORDER ACKNOWLEDGEMENT   No. SK-OA-260916-D6A
Buyer PO: P07813
Item            Description                  Q'ty     Unit Price (USD)
SK-KN-SET5      Knife set 5pcs w/ block      800 sets 18.20
SK-CB-BAMB      Bamboo cutting board L       1,500 pcs 3.85
ETD Busan: 2026-10-09
ETA Hamburg: 2026-11-16
Payment: T/T 30 days after B/L
""", end="Best Regards,\nMin-seo", change="none", intent="confirmation", po=["P07813"],
     vref=["SK-OA-260916-D6A"], commit=("2026-11-16", "ETA Hamburg: 2026-11-16"),
     dates=[("2026-09-21", "other", "21st Sep"), ("2026-10-09", "ship_date", "2026-10-09"),
            ("2026-11-16", "confirmed_delivery", "2026-11-16")],
     lines=[("SK-KN-SET5", 800, "sets", "SK-KN-SET5      Knife set 5pcs w/ block      800 sets 18.20", "P07813"),
            ("SK-CB-BAMB", 1500, "pcs", "SK-CB-BAMB      Bamboo cutting board L       1,500 pcs 3.85", "P07813")]),

dict(v="taipei", lang="en", at="2026-11-11 10:40", subj="P07814 minor schedule adjustment",
     text="""
Dear Mike,

Just a minor schedule adjustment for P07814 (USB-C cables): our forwarder could only get space on the Nov 19 flight instead of Nov 16, so arrival FRA will be Nov 21 and delivery to your DC Nov 24 (before: Nov 20). Only 4 days, hope this is fine for you.

Other items same as confirmed.

Best regards,
Vivian Lin
Taipei Cable & Charger Corp.
Tel +886 2 2712 0000
""", end="Best regards,\nVivian", change="date", intent="delay", po=["P07814"],
     commit=("2026-11-24", "delivery to your DC Nov 24"),
     dates=[("2026-11-19", "ship_date", "Nov 19"), ("2026-11-16", "other", "Nov 16"),
            ("2026-11-21", "other", "Nov 21"), ("2026-11-24", "new_eta", "Nov 24"),
            ("2026-11-20", "other", "Nov 20")]),

dict(v="aussie", lang="en", at="2026-10-21 08:15", subj="Re: P07815 revised date",
     text="""
G'day Laura,

Thanks for accepting the later date. Locked in: P07815 arrives Hamburg 7 December, no further changes. Booking ref with the forwarder is AOG-BK-D6A-5512.

Cheers,
Liam

Liam O'Brien
Aussie Outdoor Gear Pty Ltd

On 20 Oct 2026, at 19:02, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Liam, we can live with 7 Dec instead of 23 Nov for P07815 if that is final. Please confirm.
""", end="Cheers,\nLiam", change="date", intent="confirmation", po=["P07815"],
     vref=["AOG-BK-D6A-5512"], commit=("2026-12-07", "P07815 arrives Hamburg 7 December"),
     dates=[("2026-12-07", "confirmed_delivery", "7 December")]),

dict(v="sunshine", lang="en", at="2026-10-27 13:50", subj="P07816 - vessel rolled at Durban",
     text="""
Hi Sandra

Bad news I'm afraid. Our container for P07816 (dried fruit gift boxes) was rolled at Durban - the vessel was overbooked and the line bumped us to the next sailing on 3 November. ETA Hamburg moves from 24/11 to 1 December. Still OK for your Christmas promo I hope, but wanted you to know straight away.

Kind regards
Annelie van Wyk
Logistics Coordinator
Sunshine Citrus Exports (Pty) Ltd
""", end="Kind regards\nAnnelie", change="date", intent="delay", po=["P07816"], c=1,
     commit=("2026-12-01", "to 1 December"),
     dates=[("2026-11-03", "ship_date", "3 November"), ("2026-11-24", "other", "24/11"),
            ("2026-12-01", "new_eta", "1 December")]),

dict(v="lahore", lang="en", at="2026-09-24 11:30", subj="PI for P07817 - bed linen",
     text="""
Dear Madam,

Please find enclosed Proforma Invoice LLM/PI/26/D6A-118 against your P07817. All 4 articles confirmed as per your order, shipment from Karachi 30-10-2026 and ETA Hamburg 4-12-2026.

Kindly sign and return the PI at earliest.

Warm regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd

--- attachment: LLM-PI-26-D6A-118.pdf ---
PROFORMA INVOICE  LLM/PI/26/D6A-118     Date: 24-09-2026
Your PO: P07817
Sr  Article      Description                 Qty     Rate USD
1   LL-DC-140    Duvet cover 140x200 white    1200    7.10
2   LL-DC-200    Duvet cover 200x200 white     600    9.85
3   LL-PC-80     Pillow case 80x80 white      2400    1.55
4   LL-FS-90     Fitted sheet 90x200 white     900    4.40
Shipment: 30-10-2026 FOB Karachi
""", end="Warm regards,\nImran", change="none", intent="confirmation", po=["P07817"],
     vref=["LLM/PI/26/D6A-118"], commit=("2026-12-04", "ETA Hamburg 4-12-2026"),
     dates=[("2026-10-30", "ship_date", ("30-10-2026", 0)), ("2026-12-04", "confirmed_delivery", "4-12-2026"),
            ("2026-09-24", "other", "24-09-2026"), ("2026-10-30", "ship_date", ("30-10-2026", 1))],
     lines=[("LL-DC-140", 1200, None, "1   LL-DC-140    Duvet cover 140x200 white    1200    7.10", "P07817"),
            ("LL-DC-200", 600, None, "2   LL-DC-200    Duvet cover 200x200 white     600    9.85", "P07817"),
            ("LL-PC-80", 2400, None, "3   LL-PC-80     Pillow case 80x80 white      2400    1.55", "P07817"),
            ("LL-FS-90", 900, None, "4   LL-FS-90     Fitted sheet 90x200 white     900    4.40", "P07817")]),

dict(v="alexandria", lang="en", at="2026-11-16 12:45", subj="P07818 towels - delay",
     text="""
Dear Mr. Brandt,

We regret to inform you that the towels of P07818 cannot be shipped on 20 November as planned. The yarn lot from our spinner failed the colour fastness test and must be replaced. At the moment we have no confirmed date for the new yarn, we will revert with a new shipping date as soon as the spinner confirms.

Sincerely,
Ahmed Mansour
Export Manager
Alexandria Cotton Home Co. S.A.E.
""", end="Sincerely,\nAhmed", change="date", intent="delay", po=["P07818"],
     dates=[("2026-11-20", "other", "20 November")]),

dict(v="brightline", lang="en", at="2026-11-04 16:10", subj="RE: P07819 - can you pull in?",
     text="""
Hi Laura,

Yes, we can. P07819 (LED string lights) will now deliver on Monday 9 November instead of the 16th. DPD collects Friday.

Regards,
Tom

Tom Okafor
Sales Support | Brightline Electronics Ltd

-----Original Message-----
From: Laura Jensen
Sent: 04 November 2026 09:12
To: Tom Okafor
Subject: P07819 - can you pull in?

Tom, any chance of getting P07819 a week earlier? Stock is running out faster than planned.
""", end="Regards,\nTom", change="date", intent="confirmation", po=["P07819"], c=1,
     commit=("2026-11-09", "will now deliver on Monday 9 November"),
     dates=[("2026-11-09", "confirmed_delivery", "Monday 9 November"), ("2026-11-16", "other", "the 16th"),
            ("2026-11-06", "ship_date", "Friday")]),

dict(v="baltic", lang="en", at="2026-11-13 09:50", subj="P07820 and P07821 - confirmation",
     text="""
Hello Sandra,

Both orders are confirmed:

P07820 (smoked cheese, 2 pallets) - delivery week 48, as ordered.
P07821 (rye crispbread, 4 pallets) - production in week 48, delivery only week 50 because the oven line is fully booked before. You asked week 49 for this one, sorry.

Best regards,
Ruta Petraitiene
Baltic Amber Foods UAB
""", end="Best regards,\nRuta", change="date", intent="delay", sec=["confirmation"], c=1,
     po=["P07820", "P07821"], commit=("2026-11-23", "delivery week 48, as ordered"),
     dates=[("2026-11-23", "confirmed_delivery", "delivery week 48"), ("2026-11-23", "other", "production in week 48"),
            ("2026-12-07", "new_eta", "week 50"), ("2026-11-30", "other", "week 49")],
     changes=[("P07820", "confirmation", "2026-11-23", None, "P07820 (smoked cheese, 2 pallets) - delivery week 48, as ordered."),
              ("P07821", "delay", "2026-12-07", None, "delivery only week 50")]),

dict(v="greenthumb", c=1, lang="en", at="2026-09-30 10:25", subj="P07822 raised beds",
     text="""
Hi Mike,

Heads up on P07822 - the cedar raised bed kits will go out a week late. Our kiln-dry lumber didn't arrive until yesterday. We're now shipping 10/12 and you should have them the week of 11/2 instead of 10/26.

Megan Tran
Green Thumb Garden Supply LLC
(312) 555-0148
""", end="Megan Tran\nGreen", change="date", intent="delay", po=["P07822"],
     commit=("2026-11-02", "you should have them the week of 11/2"),
     dates=[("2026-09-29", "other", "yesterday"), ("2026-10-12", "ship_date", "10/12"),
            ("2026-11-02", "new_eta", "the week of 11/2"), ("2026-10-26", "other", "10/26")]),

dict(v="penang", c=1, lang="en", at="2026-10-08 15:15", subj="RE: P07823 - please confirm",
     text="""
Dear Tim,

pls see my answers below in blue.

> 1. Can you confirm all 4,000 coir mats for P07823?
Yes confirmed 4,000 pcs.

> 2. Is ETD still 26 October?
Yes ETD Port Klang 26/10, ETA Hamburg 30/11.

> 3. Labels - did you receive our EAN file?
Received, printing ok.

Best regards
Nurul Aziz
Penang Rubberware Sdn Bhd
""", end="Best regards\nNurul", change="none", intent="confirmation", po=["P07823"],
     commit=("2026-11-30", "ETA Hamburg 30/11"),
     dates=[("2026-10-26", "ship_date", "26/10"), ("2026-11-30", "confirmed_delivery", "30/11")],
     lines=[("coir mats", 4000, "pcs", "Yes confirmed 4,000 pcs", "P07823")]),

dict(v="jaipur", lang="en", at="2026-11-05 13:05", subj="Re: P07824 status",
     text="""
Dear Laura ji,

Block printing of the table cloths is going slower, the artisans were away for Diwali. We now expect to complete by 20th and to dispatch by air, reaching you by end of November rather than the 23rd. Sorry for this.

Warm regards
Anil Mehta
Jaipur Block Prints Pvt Ltd

On Wed, 4 Nov 2026, 18:22 Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Anil, is P07824 still arriving 23 November? We also wait for P07899 from you.
""", end="Warm regards\nAnil", change="date", intent="delay", po=["P07824", "P07899"],
     commit=("2026-11-30", "reaching you by end of November"),
     dates=[("2026-11-20", "other", "by 20th"), ("2026-11-30", "new_eta", "end of November"),
            ("2026-11-23", "other", "the 23rd")]),

dict(v="binhduong", lang="en", at="2026-12-01 10:10", subj="Order confirmation P07825 - garden benches",
     text="""
Dear Sandra,

Thanks for P07825. We confirm 3 of 4 items as requested, shipping from Cat Lai in wk 2/2027 and ETA Hamburg wk 7/2027. The acacia bench 150cm (BD-AB150) we can only load in wk 4/2027 because the FSC timber comes later, ETA for it wk 9/2027.

Please see the OC attached.

Best regards,
Le Thi Huong
Binh Duong Furniture Export JSC

--- attachment: OC_BD-26-D6A-1201.pdf ---
ORDER CONFIRMATION BD-26-D6A-1201     PO: P07825
Code       Item                        Qty   Req. ETA   Conf. ETA
BD-AB120   Acacia bench 120cm          200   wk 7       wk 7
BD-AB150   Acacia bench 150cm          150   wk 7       wk 9
BD-AT90    Acacia folding table 90     300   wk 7       wk 7
BD-AC02    Acacia folding chair        600   wk 7       wk 7
""", end="Best regards,\nLe Thi", change="date", intent="delay", sec=["confirmation"], po=["P07825"],
     vref=["BD-26-D6A-1201"], commit=("2027-03-01", "ETA for it wk 9/2027"),
     dates=[("2027-01-11", "ship_date", "wk 2/2027"), ("2027-02-15", "confirmed_delivery", "wk 7/2027"),
            ("2027-01-25", "ship_date", "wk 4/2027"), ("2027-03-01", "new_eta", "wk 9/2027"),
            ("2027-02-15", "other", ("wk 7", 1)), ("2027-02-15", "confirmed_delivery", ("wk 7", 2)),
            ("2027-02-15", "other", ("wk 7", 3)), ("2027-03-01", "new_eta", ("wk 9", 1)),
            ("2027-02-15", "other", ("wk 7", 4)), ("2027-02-15", "confirmed_delivery", ("wk 7", 5)),
            ("2027-02-15", "other", ("wk 7", 6)), ("2027-02-15", "confirmed_delivery", ("wk 7", 7))],
     lines=[("BD-AB120", 200, None, "BD-AB120   Acacia bench 120cm          200   wk 7       wk 7", "P07825"),
            ("BD-AB150", 150, None, "BD-AB150   Acacia bench 150cm          150   wk 7       wk 9", "P07825"),
            ("BD-AT90", 300, None, "BD-AT90    Acacia folding table 90     300   wk 7       wk 7", "P07825"),
            ("BD-AC02", 600, None, "BD-AC02    Acacia folding chair        600   wk 7       wk 7", "P07825")]),
dict(v="ningbo", lang="en", at="2026-09-18 16:00", subj="P07826 shipment - partial",
     text="""
Dear Laura,

Good day! For P07826 we loaded today 1x40HQ with 2,520 sets of the storage jars (70% of order). The balance 1,080 sets is still in glazing, will ship with next vessel ETD 2 Oct.

Vessel: COSCO SHIPPING ARIES 041W, ETD Ningbo 19 Sep, ETA Hamburg 27 Oct
Container no.: CSNU 6627180

Shipping docs will send by DHL next week.

Best regards
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards\nAmy", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07826"], commit=("2026-10-27", "ETA Hamburg 27 Oct"),
     dates=[("2026-09-18", "ship_date", "today"), ("2026-10-02", "ship_date", "ETD 2 Oct"),
            ("2026-09-19", "ship_date", "ETD Ningbo 19 Sep"), ("2026-10-27", "confirmed_delivery", "27 Oct"),
            ("2026-09-21", "other", "next week")],
     lines=[("storage jars", 2520, "sets", "2,520 sets", "P07826"),
            ("storage jars", 1080, "sets", "The balance 1,080 sets", "P07826")],
     track=[("COSCO", "CSNU 6627180", "Container no.: CSNU 6627180")]),

dict(v="cleanco", c=1, lang="en", at="2026-09-25 11:20", subj="Delivery note CC-DN-D6A-40917 / your ref P07827",
     text="""
Hello,

Today's delivery against P07827 is short: 40 of the 60 cases of microfibre cloths (CC-MF-40) are on the van, the other 20 cases are on backorder and will follow on 2 October. The rest of the order is complete.

Delivery note attached.

Order Desk
CleanCo Supplies Ltd | Unit 4, Trafford Park, Manchester

--- attachment: CC-DN-D6A-40917.pdf ---
DELIVERY NOTE CC-DN-D6A-40917          Date: 25/09/2026
Customer PO: P07827
Code        Description                 Ordered  Delivered  B/O
CC-MF-40    Microfibre cloth 40x40 x10    60        40       20
CC-SP-500   Spray bottle 500ml            80        80        0
CC-SC-3     Scourer 3-pack               120       120        0
""", end="Order Desk\nCleanCo", change="quantity", intent="partial_shipment", po=["P07827"],
     vref=["CC-DN-D6A-40917"], commit=("2026-10-02", "will follow on 2 October"),
     dates=[("2026-09-25", "ship_date", "Today's delivery"), ("2026-10-02", "new_eta", "2 October"),
            ("2026-09-25", "other", "25/09/2026")],
     lines=[("CC-MF-40", 40, "cases", "40 of the 60 cases", "P07827"),
            ("CC-MF-40", 20, "cases", "the other 20 cases", "P07827"),
            ("CC-MF-40", 40, None, "CC-MF-40    Microfibre cloth 40x40 x10    60        40       20", "P07827"),
            ("CC-SP-500", 80, None, "CC-SP-500   Spray bottle 500ml            80        80        0", "P07827"),
            ("CC-SC-3", 120, None, "CC-SC-3     Scourer 3-pack               120       120        0", "P07827")]),

dict(v="oakridge", c=1, lang="en", at="2026-10-19 09:35", subj="Shipment Notification - P07828 (PARTIAL)",
     text="""
Your order P07828 has partially shipped.

Shipped:
  OF-ST-24  Oak bar stool 24"        96 pcs
  OF-ST-30  Oak bar stool 30"        64 pcs
Not shipped:
  OF-BN-48  Oak entry bench 48"      40 pcs   BACKORDERED - date to be advised

Carrier: Old Dominion Freight Line  PRO# 07741-D6A-2290
Estimated delivery to consolidator (Newark, NJ): 10/23/2026

Note from Travis: bench tops failed finish QC, we're redoing them, I'll give you a date as soon as the shop does.

Oakridge Furniture Co. - Order Status
""", end="Oakridge Furniture Co. - Order Status", change="quantity", intent="partial_shipment",
     sec=["shipping_notice"], po=["P07828"], commit=("2026-10-23", "Estimated delivery to consolidator (Newark, NJ): 10/23/2026"),
     dates=[("2026-10-23", "confirmed_delivery", "10/23/2026")],
     lines=[("OF-ST-24", 96, "pcs", "OF-ST-24  Oak bar stool 24\"        96 pcs", "P07828"),
            ("OF-ST-30", 64, "pcs", "OF-ST-30  Oak bar stool 30\"        64 pcs", "P07828"),
            ("OF-BN-48", 40, "pcs", "OF-BN-48  Oak entry bench 48\"      40 pcs   BACKORDERED", "P07828")],
     track=[("Old Dominion Freight Line", "07741-D6A-2290", "PRO# 07741-D6A-2290")]),

dict(v="galway", lang="en", at="2026-10-06 14:45", subj="Re: P07829 Aran jumpers",
     text="""
Hi Sandra,

Honest answer: we can do 250 of the 400 Aran jumpers for the 2nd of November. Two of our home knitters are out sick and there's no way to make up the other 150 before Christmas, so we'd take them off the order unless you want them in late January.

Sorry, I know that's not what you wanted to hear.

Orla

Galway Knitwear Ltd
Hand-knitted in Connemara since 1978
""", end="Orla\n\nGalway", change="quantity", intent="partial_shipment", sec=["question"], po=["P07829"],
     commit=("2026-11-02", "we can do 250 of the 400 Aran jumpers for the 2nd of November"),
     dates=[("2026-11-02", "confirmed_delivery", "the 2nd of November")],
     lines=[("Aran jumpers", 250, None, "250 of the 400 Aran jumpers", "P07829"),
            ("Aran jumpers", 150, None, "the other 150", "P07829")]),

dict(v="izmir", lang="en", at="2026-11-20 17:10", subj="P07830 loading status 2/3",
     text="""
Dear Tim bey,

2 containers of P07830 (drinking glasses) are loaded and sailed today from Izmir/Alsancak, the 3rd container we will load in week 49 because the tempered tumblers need one more furnace run. Details:

TGBU 4410928 - 11 pallets
TCLU 8873016 - 11 pallets
ETA Hamburg for these two: 08.12.2026
3rd container: ETD week 49, ETA around 21.12.2026

Best regards,
Burak Aydin
Izmir Cam Ev Gerecleri A.S.
""", end="Best regards,\nBurak", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P07830"], commit=("2026-12-21", "ETA around 21.12.2026"),
     dates=[("2026-11-20", "ship_date", "today"), ("2026-11-30", "ship_date", "in week 49"),
            ("2026-12-08", "confirmed_delivery", "08.12.2026"), ("2026-11-30", "ship_date", "ETD week 49"),
            ("2026-12-21", "new_eta", "21.12.2026")],
     track=[(None, "TGBU 4410928", "TGBU 4410928"), (None, "TCLU 8873016", "TCLU 8873016")]),

dict(v="battrang", lang="en", at="2026-09-10 15:25", subj="P07831 - kiln loss, shipping 1,100 pcs",
     text="""
Dear Ms Laura,

We are sorry to inform that at the last firing of the glazed planters for P07831 we have kiln crack on 300 pcs. We ship 1,100 pcs with the container on 14 Sep as planned, the 300 pcs we will make again and send together with your next order P07832 in October, if you agree.

Best regards,
Pham Thu Ha
Sales Dept. | Bat Trang Ceramics Export Co., Ltd.
""", end="Best regards,\nPham", change="quantity", intent="partial_shipment", sec=["question"],
     po=["P07831", "P07832"],
     dates=[("2026-09-14", "ship_date", "14 Sep")],
     lines=[("glazed planters", 1100, "pcs", "We ship 1,100 pcs", "P07831"),
            ("glazed planters", 300, "pcs", "the 300 pcs we will make again", "P07831")]),

dict(v="evergreen", lang="en", at="2026-11-17 11:05", subj="P07883? no - P07833 napkins partial",
     text="""
Sandra -

Correction to my mail from this morning, it's P07833 not P07883 (fat fingers, sorry!).

P07833: 500 cases of the 3-ply dinner napkins go out Thursday, remaining 200 cases deliver 11/30. Truck info to follow.

Bill
""", end=None, change="quantity", intent="partial_shipment", po=["P07883", "P07833"],
     commit=("2026-11-30", "remaining 200 cases deliver 11/30"),
     dates=[("2026-11-19", "ship_date", "Thursday"), ("2026-11-30", "new_eta", "11/30")],
     lines=[("3-ply dinner napkins", 500, "cases", "500 cases", "P07833"),
            ("3-ply dinner napkins", 200, "cases", "remaining 200 cases", "P07833")]),

dict(v="pacific", lang="en", at="2026-10-13 15:50", subj="Shipped: P07834 holiday blend",
     text="""
Hi Mike,

P07834 shipped complete today - 36 cases of the Holiday Blend 340g, roasted Friday so they're fresh. FedEx International Economy, tracking 7792 4410 8861, estimated delivery Tuesday 10/20.

Lena

Lena Park | Pacific Coast Coffee Roasters | Portland, OR
""", end="Lena\n\nLena Park", change="shipping", intent="shipping_notice", po=["P07834"],
     commit=("2026-10-20", "estimated delivery Tuesday 10/20"),
     dates=[("2026-10-13", "ship_date", "today"), ("2026-10-09", "other", "Friday"),
            ("2026-10-20", "confirmed_delivery", "Tuesday 10/20")],
     lines=[("Holiday Blend 340g", 36, "cases", "36 cases", "P07834")],
     track=[("FedEx", "7792 4410 8861", "tracking 7792 4410 8861")]),

dict(v="tirol", lang="en", at="2026-11-24 13:30", subj="Dispatch P07835 wooden advent calendars",
     text="""
Dear Mr Brandt,

Your order P07835 left our warehouse in Schwaz today with DB Schenker, 3 pallets, complete. Delivery to Hamburg is planned for Thursday 26.11.

Consignment no.: 4120-D6A-778821

Kind regards
Andreas Hofer
Tiroler Holzwaren GmbH
""", end="Kind regards\nAndreas", change="shipping", intent="shipping_notice", po=["P07835"],
     commit=("2026-11-26", "Delivery to Hamburg is planned for Thursday 26.11"),
     dates=[("2026-11-24", "ship_date", "today"), ("2026-11-26", "confirmed_delivery", "Thursday 26.11")],
     track=[("DB Schenker", "4120-D6A-778821", "Consignment no.: 4120-D6A-778821")]),

dict(v="hanoi", c=1, lang="en", at="2026-09-23 10:45", subj="Shipping advice P07836 / B/L HPH26D6A0921",
     text="""
Dear Laura,

We would like to advise the shipment of P07836 (bamboo bathroom sets) as follow:

Vessel/Voy: ONE HARMONY 028W
Port of loading: Hai Phong
ETD: 22/09/2026 (sailed yesterday)
ETA Hamburg: 03/11/2026
B/L No: HPH26D6A0921
Cont No: ONEU 2218874 (40HC)

Full quantity 2,400 sets loaded. Original documents will be sent by courier after payment.

Best regards,
Tran Minh
Hanoi Bamboo Crafts JSC
""", end="Best regards,\nTran", change="shipping", intent="shipping_notice", po=["P07836"],
     commit=("2026-11-03", "ETA Hamburg: 03/11/2026"),
     dates=[("2026-09-22", "ship_date", "22/09/2026"), ("2026-09-22", "ship_date", "yesterday"),
            ("2026-11-03", "confirmed_delivery", "03/11/2026")],
     lines=[("bamboo bathroom sets", 2400, "sets", "Full quantity 2,400 sets loaded", "P07836")],
     track=[("ONE", "HPH26D6A0921", "B/L No: HPH26D6A0921"), ("ONE", "ONEU 2218874", "Cont No: ONEU 2218874")]),

dict(v="serra", lang="en", at="2026-10-30 16:20", subj="P07837 - embarque / shipment done",
     text="""
Hello Mike,

Good news, the pressure cookers of P07837 are shipped. Container MRKU 5519027 on MAERSK SANTOS 644N, departed Santos 29/10, ETA Hamburg 20/11. Complete order, 1.250 pcs.

Invoice SU-EXP-26-D6A-0334 and packing list are attached.

Abraços / regards
Rafael Oliveira
Serra Utilidades Domésticas Ltda
""", end="Abraços / regards", change="shipping", intent="shipping_notice", po=["P07837"],
     vref=["SU-EXP-26-D6A-0334"], commit=("2026-11-20", "ETA Hamburg 20/11"),
     dates=[("2026-10-29", "ship_date", "29/10"), ("2026-11-20", "confirmed_delivery", "20/11")],
     lines=[("pressure cookers", 1250, "pcs", "1.250 pcs", "P07837")],
     track=[("Maersk", "MRKU 5519027", "Container MRKU 5519027")]),

dict(v="lakeside", c=1, lang="en", at="2026-12-08 07:40", subj="ASN: P07838 has shipped",
     text="""
This is an automated shipping notice from Lakeside Pet Foods.

PO: P07838
Ship date: 12/07/2026
Carrier: XPO Logistics   PRO: 551-D6A-88412
Pallets: 6   Cases: 288
Expected delivery at port of export (Savannah, GA): 12/10/2026

Hi Laura - all 288 cases on this one, nothing held back. -Amber

Lakeside Pet Foods Inc. | Shipping Team
""", end="Lakeside Pet Foods Inc. | Shipping Team", change="shipping", intent="shipping_notice",
     po=["P07838"], commit=("2026-12-10", "Expected delivery at port of export (Savannah, GA): 12/10/2026"),
     dates=[("2026-12-07", "ship_date", "12/07/2026"), ("2026-12-10", "confirmed_delivery", "12/10/2026")],
     lines=[("pet food", 288, "cases", "Cases: 288", "P07838"),
            ("pet food", 288, "cases", "all 288 cases", "P07838")],
     track=[("XPO Logistics", "551-D6A-88412", "PRO: 551-D6A-88412")]),

dict(v="lima", c=1, lang="en", at="2026-11-12 12:30", subj="AWB for P07839 - alpaca scarves",
     text="""
Dear Sandra,

The alpaca scarves for P07839 left Lima this morning with LATAM Cargo, AWB 045-D6A-61772, via Madrid. Arrival Hamburg airport is expected Sunday 15th, your customs broker can clear Monday.

All 450 scarves, nothing pending.

Saludos cordiales,
Diego Salazar
Textiles Alpaca del Perú S.A.C.
""", end="Saludos cordiales,", change="shipping", intent="shipping_notice", po=["P07839"],
     commit=("2026-11-15", "Arrival Hamburg airport is expected Sunday 15th"),
     dates=[("2026-11-12", "ship_date", "this morning"), ("2026-11-15", "confirmed_delivery", "Sunday 15th"),
            ("2026-11-16", "other", "Monday")],
     lines=[("alpaca scarves", 450, None, "All 450 scarves", "P07839")],
     track=[("LATAM Cargo", "045-D6A-61772", "AWB 045-D6A-61772")]),
dict(v="kempen", lang="en", at="2026-11-25 10:30", subj="P07840 - oak side table discontinued",
     text="""
Dear Laura,

I'm afraid we have to cancel line 3 of P07840, the oak side table KM-ST45 (24 pcs). Our veneer supplier stopped this oak quality and we don't want to send you a different grain. The other lines stay confirmed for week 50.

Apologies for the trouble.

Met vriendelijke groeten / Kind regards
Wouter Janssens
Kempense Meubelmakerij BV
""", end="Met vriendelijke groeten", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P07840"], commit=("2026-12-07", "The other lines stay confirmed for week 50"),
     dates=[("2026-12-07", "confirmed_delivery", "week 50")],
     lines=[("KM-ST45", 24, "pcs", "KM-ST45 (24 pcs)", "P07840")]),

dict(v="highland", lang="en", at="2026-10-15 16:55", subj="RE: Cancel P07841",
     text="""
Hi Tim,

No problem at all - P07841 is cancelled in full as you asked. Nothing had gone into production yet so there's no charge.

Hope the Christmas range sells well!

Fiona

Fiona MacLeod
Highland Candle Works Ltd | Inverness

-----Original Message-----
From: Tim Brandt
Sent: 15 October 2026 08:40
Subject: Cancel P07841

Fiona, we need to cancel P07841 (winter spice pillars), the promotion was dropped. Delivery was due 9 November. Sorry!
""", end="Fiona\n\nFiona MacLeod", change="cancel", intent="cancellation", po=["P07841"]),

dict(v="pomaire_cl", lang="en", at="2026-09-21 12:00", subj="P07842 - we must cancel",
     text="""
Dear Mrs. Jensen,

With much regret we must cancel your order P07842 (clay casseroles, 900 pcs). The local clay pit that supplies our workshop was closed by the municipality last month and we have not found clay with the same quality for the oven-safe line. We do not want to deliver pieces that could crack in your customers' ovens.

The 30% deposit will be returned to your account within this week.

Atentamente,
Francisca Araya
Greda de Pomaire Ltda.
""", end="Atentamente,", change="cancel", intent="cancellation", po=["P07842"],
     dates=[("2026-09-21", "other", "within this week")],
     lines=[("clay casseroles", 900, "pcs", "900 pcs", "P07842")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-12-03 14:05", subj="Line cancellation notice - P07843",
     text="""
Hello Mike,

FYI our system just sent the notice below. The insulated tumblers (MLO-IT-20) are discontinued by the manufacturer, so we cancelled that line. The coolers on the same order are not affected and still deliver 1/11.

Karen

*** ORDER CHANGE NOTICE ***
Order: P07843   Customer: Hartmann Home & Garden
Line 2  MLO-IT-20  Insulated tumbler 20oz  Qty 480  -> CANCELLED (discontinued)
Line 1  MLO-CL-45  Cooler 45L              Qty 150  -> no change

Maple Leaf Outdoor Products Inc.
""", end="Karen\n\n***", change="cancel", intent="cancellation", sec=["confirmation"], po=["P07843"],
     commit=("2027-01-11", "still deliver 1/11"),
     dates=[("2027-01-11", "confirmed_delivery", "1/11")],
     lines=[("MLO-IT-20", 480, None, "Line 2  MLO-IT-20  Insulated tumbler 20oz  Qty 480  -> CANCELLED", "P07843")]),

dict(v="romande", c=1, lang="en", at="2026-11-09 11:40", subj="Your cancellation P07844 - credit note",
     text="""
Dear Mrs Klein,

We confirm the cancellation of the two steak knife sets (CR-SK6-OL, CR-SK6-NO) from order P07844 as per your mail. The deposit for these lines is credited with credit note CR-CN-26-D6A-0077, attached. The bread knives remain on order for delivery 14 December.

Meilleures salutations / Best regards
Chantal Rochat
Coutellerie Romande SA
""", end="Meilleures salutations", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P07844"], vref=["CR-CN-26-D6A-0077"], commit=("2026-12-14", "delivery 14 December"),
     dates=[("2026-12-14", "confirmed_delivery", "14 December")]),

dict(v="twente", lang="en", at="2026-11-18 09:20", subj="Open backorder P07846",
     text="""
Hi Sandra,

There is still an open backorder of 600 storage boxes (TK-SB-30) on P07846 from September. Our mould for this box is being replaced and will only run again in February. If we don't hear from you we will cancel this backorder on 30 November so it doesn't stay open in both our systems. Or do you want to wait for February?

Groeten / regards,
Ruud Hendriks
Twentse Kunststoffen B.V.
""", end="Groeten / regards,", change="cancel", intent="cancellation", sec=["question"],
     po=["P07846"], dates=[("2026-11-30", "other", "30 November")],
     lines=[("TK-SB-30", 600, None, "600 storage boxes (TK-SB-30)", "P07846")]),

dict(v="dublinbiscuit", lang="en", at="2026-11-26 10:15", subj="Price update 2027",
     text="""
Dear Customer,

Due to the continued rise in butter and cocoa costs we have to increase our prices by 4.5% on all biscuit lines from 1 January 2027. Orders placed and confirmed before then will be invoiced at the current prices.

The new price list is attached. We appreciate your understanding and your business.

Kind regards,
Siobhan Murphy
Sales Manager
Dublin Biscuit Company Ltd
""", end="Kind regards,\nSiobhan", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1 January 2027")],
     prices=[dict(pct=4.5, eff="2027-01-01", quote="increase our prices by 4.5% on all biscuit lines")]),

dict(v="ruhrtal", c=2, lang="en", at="2026-10-22 13:45", subj="P07847 - steel surcharge",
     text="""
Dear Mr Osei,

our steel supplier has added an alloy surcharge for November deliveries. For your open order P07847 (stainless frying pans RT-FP-28) we must pass on EUR 0.35 per pan, so the price becomes EUR 11.15 instead of EUR 10.80. Delivery date is unchanged.

Please confirm so we can update the order confirmation.

Kind regards
Monika Brandes
Ruhrtal Metallwaren GmbH
""", end="Kind regards\nMonika", change="price", intent="price_change", sec=["question"], po=["P07847"],
     prices=[dict(product="RT-FP-28", old=10.80, new=11.15, cur="EUR",
                  quote="the price becomes EUR 11.15 instead of EUR 10.80")]),

dict(v="aceites", lang="en", at="2026-10-20 12:30", subj="New olive oil prices from November",
     text="""
Dear Laura,

After the very short harvest in Jaén our cost of oil has gone up a lot. From 1 November the extra virgin 750ml bottle (AS-EV-750) goes from EUR 4.90 to EUR 5.60 and the 500ml (AS-EV-500) from EUR 3.60 to EUR 4.10. Your order P07848 that we already confirmed keeps the old prices.

Best regards,
Carmen López
Aceites del Sur S.L.
""", end="Best regards,\nCarmen", change="price", intent="price_change", po=["P07848"],
     dates=[("2026-11-01", "price_effective", "1 November")],
     prices=[dict(product="AS-EV-750", old=4.90, new=5.60, cur="EUR", eff="2026-11-01",
                  quote="(AS-EV-750) goes from EUR 4.90 to EUR 5.60"),
             dict(product="AS-EV-500", old=3.60, new=4.10, cur="EUR", eff="2026-11-01",
                  quote="(AS-EV-500) from EUR 3.60 to EUR 4.10")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-06 18:00", subj="P07849 discount for late shipment",
     text="""
Dear Laura,

As talked on phone, because P07849 was shipped 2 weeks later than we promised, our boss agree to give 3% discount on the full invoice value of this order. Final invoice NBH-INV-26-D6A-552 will show the discount.

Thank you for your understanding and hope to continue good cooperation.

Leo Wang
Ningbo Homeware Trading Co., Ltd.
""", end="Leo Wang\nNingbo", change="price", intent="price_change", po=["P07849"],
     vref=["NBH-INV-26-D6A-552"],
     prices=[dict(pct=-3, quote="3% discount on the full invoice value of this order")]),

dict(v="texbright", lang="en", at="2026-12-01 09:10", subj="TexBright 2027 price list",
     text="""
Hi Sandra,

Attached our 2027 price list, effective 1/1/2027. Three items change, everything else holds:

Item        Description                 2026     2027
TB-PL-STD   Standard pillow            $6.40    $6.85
TB-MP-Q     Mattress protector Queen   $14.20   $15.10
TB-WB-T     Weighted blanket 15lb      $38.00   $36.50

Orders on file before 12/31 ship at 2026 prices.

Marcus
Marcus Reed | TexBright Bedding Inc.
""", end="Marcus\nMarcus Reed", change="price", intent="price_change",
     dates=[("2027-01-01", "price_effective", "1/1/2027"), ("2026-12-31", "other", "12/31")],
     prices=[dict(product="TB-PL-STD", old=6.40, new=6.85, cur="USD", eff="2027-01-01",
                  quote="TB-PL-STD   Standard pillow            $6.40    $6.85"),
             dict(product="TB-MP-Q", old=14.20, new=15.10, cur="USD", eff="2027-01-01",
                  quote="TB-MP-Q     Mattress protector Queen   $14.20   $15.10"),
             dict(product="TB-WB-T", old=38.00, new=36.50, cur="USD", eff="2027-01-01",
                  quote="TB-WB-T     Weighted blanket 15lb      $38.00   $36.50")]),

dict(v="porto", lang="en", at="2026-10-29 15:00", subj="Freight surcharge Portugal - Germany",
     text="""
Dear Tim,

Our haulier informed a diesel and toll surcharge for Germany, so from week 46 we have to add EUR 85 per pallet on DAP deliveries to Hamburg. This applies also to the open P07850, which goes out in week 47 (2 pallets).

Sorry for this, it is out of our hands.

Cumprimentos,
Inês Carvalho
Têxteis do Porto Lda
""", end="Cumprimentos,", change="price", intent="price_change", po=["P07850"],
     dates=[("2026-11-09", "price_effective", "week 46"), ("2026-11-16", "ship_date", "week 47")],
     prices=[dict(product=None, new=85, cur="EUR", eff="2026-11-09", quote="add EUR 85 per pallet")]),

dict(v="cascadia", lang="en", at="2026-09-17 11:45", subj="P07851 cedar planters - price",
     text="""
Mike,

Western red cedar went up again this month, I can't hold the $24.50 on the large planters (CC-PL-L) on P07851. Best I can do is $26.75 a unit. Small ones stay where they are. If that doesn't work let me know and we'll talk.

Brent
Cascadia Cedar Goods
""", end="Brent\nCascadia", change="price", intent="price_change", po=["P07851"],
     prices=[dict(product="CC-PL-L", old=24.50, new=26.75, cur="USD",
                  quote="Best I can do is $26.75 a unit")]),
dict(v="sparkle", lang="en", at="2026-11-02 10:05", subj="P07852 - which delivery address?",
     text="""
Hi Laura,

Quick one before we book the pallet for P07852 (wine glasses): your PO says Hamburg but the label file says "DC Bremen, Hafenstraße". Which is right? We're ready to go once I know.

Thanks!
Hannah

Hannah Price
Sparkle Glassware Ltd
""", end="Thanks!\nHannah", change="none", intent="question", po=["P07852"]),

dict(v="jaipur", c=1, lang="en", at="2026-09-14 14:40", subj="P07853 - label artwork approval pending",
     text="""
Dear Sandra ma'am,

Kindly approve the attached hang tag and care label artwork for P07853 (cushion covers). Printing of tags must start latest by Friday 18th, otherwise packing will be affected. Please also confirm the EAN for the 45x45 size, in your sheet two colours have the same number 4061234567891.

Regards,
Sunita Rathore
Jaipur Block Prints Pvt Ltd
""", end="Regards,\nSunita", change="none", intent="question", po=["P07853"],
     dates=[("2026-09-18", "other", "Friday 18th")]),

dict(v="maule", lang="en", at="2026-10-08 17:30", subj="pallets for P07854",
     text="""
Hello Mike,

For the wicker baskets of P07854 we need to know if your warehouse accept our standard pallets 1.20 x 1.00 (ISPM-15 treated) or only EUR pallets 1.20 x 0.80? With EUR pallets we need 4 more pallet places in the container. Production is going fine.

Thanks and regards
Catalina Soto
Mimbres del Maule SpA
""", end="Thanks and regards", change="none", intent="question", po=["P07854"]),

dict(v="gentse", lang="en", at="2026-11-10 11:15", subj="Vraag / question P07855 - carton size",
     text="""
Hello Tim,

For the dinner candles on P07855: do you want them packed in cartons of 6 or of 12 boxes? Your old orders (P07856 last year) were in 12, but the new item sheet says 6. We start packing next Monday, so an answer this week would be great.

Met vriendelijke groeten,
Koen De Smet
Gentse Kaarsenmakerij BV
""", end="Met vriendelijke groeten,", change="none", intent="question", po=["P07855", "P07856"],
     dates=[("2026-11-16", "other", "next Monday"), ("2026-11-09", "other", "this week")]),

dict(v="seoul", lang="en", at="2026-12-04 15:20", subj="P07857 - deposit?",
     text="""
Dear Laura,

We have not yet received the 30% deposit for P07857. Could you check with your accounting? Our production team wants to book the material but we can only do after deposit is received. Please let us know the payment date.

Best regards,
Ji-ho Park
Seoul Kitchenware Co., Ltd.
""", end="Best regards,\nJi-ho", change="none", intent="question", po=["P07857"]),

dict(v="alicante", c=1, lang="en", at="2026-12-09 12:50", subj="Forecast Q1 2027 - sandpit toys",
     text="""
Hello Sandra,

We are planning the injection moulding for spring. Could you give us a forecast of the sandpit toys (bucket sets, watering cans) you expect to order for March-May? If we know the quantities by 18 December we can reserve machine time in January.

Thank you,
Pedidos - Juguetes de Jardín Alicante S.L.
""", end="Thank you,", change="none", intent="question",
     dates=[("2026-12-18", "other", "18 December"), ("2027-01-01", "other", "in January")]),

dict(v="brightline", lang="en", at="2026-09-14 07:00", subj="Out of office: RE: P07858 pricing",
     text="""
Thank you for your email. I am on annual leave from 14 September until 25 September with limited access to email. For urgent matters regarding orders please contact Tom Okafor (tom.okafor@brightline-electronics.co.uk) or our customer service team on +44 161 555 0190.

Sarah Whitfield
Brightline Electronics Ltd
""", end="Sarah Whitfield", change="none", intent="other", po=["P07858"],
     dates=[("2026-09-14", "other", "14 September"), ("2026-09-25", "other", "25 September")]),

dict(v="acme", lang="en", at="2026-10-26 09:55", subj="Updated bank details - URGENT",
     frm="Accounts Receivable <ar@acmehomegoods-payments.com>",
     text="""
Dear Valued Customer,

Please be advised that due to an ongoing audit our bank account has changed. All outstanding invoices, including those for P07859, must be paid to our new account from today:

Bank: Coastal Trust Bank, Miami
Account name: Acme Home Goods Holdings
IBAN/Account: US29 0045 7781 2290
SWIFT: CTBKUS44

Kindly confirm by return email once updated. Do not call the office as the lines are being upgraded.

Accounts Receivable
Acme Home Goods Inc.
""", end="Accounts Receivable\nAcme", change="none", intent="other", po=["P07859"],
     dates=[("2026-10-26", "other", "from today")]),

dict(v="tradefair", lang="en", at="2026-11-19 08:30", subj="HomeWorld 2027 - early bird tickets",
     text="""
HomeWorld Trade Fair 2027 - Frankfurt, 24-27 January 2027

Over 1,800 exhibitors in home, garden and tableware. Register before 15 December and save 30% on your trade pass. New this year: the Sustainable Sourcing Hall and daily buyer breakfasts.

Register now at homeworld-fair.com/register

You receive this newsletter because you visited HomeWorld. Unsubscribe here.
""", end="You receive this newsletter", change="none", intent="other",
     dates=[("2027-01-24", "other", "24-27 January 2027"), ("2026-12-15", "other", "15 December")]),

dict(v="pennine", lang="en", at="2026-10-01 16:45", subj="Re: New order P07860",
     text="""
Got it Sandra, thanks. Will get the confirmation over to you once the works planner has had a look, probably Monday.

Dave

On Thu, 1 Oct 2026 at 14:02, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Hi Dave, please find attached our order P07860 for the stoneware mugs, requested delivery 13 November.
""", end="Dave\n\nOn", change="none", intent="other", po=["P07860"],
     dates=[("2026-10-05", "other", "Monday")]),

dict(v="lahore", c=1, lang="en", at="2026-11-23 10:00", subj="Change of contact person",
     text="""
Dear Valued Customer,

Please note that Mr. Imran Qureshi is leaving our company on 30 November. From 1 December all orders and shipments for Hartmann Home & Garden will be handled by me. Open orders (P07817 and others) are not affected, all dates remain as confirmed.

My details:
Ayesha Malik, Senior Merchandiser
ayesha.malik@lahorelinen.com.pk / +92 42 3578 0000

Best regards,
Ayesha Malik
Lahore Linen Mills (Pvt) Ltd
""", end="Best regards,\nAyesha", change="none", intent="other", po=["P07817"],
     dates=[("2026-11-30", "other", "30 November"), ("2026-12-01", "other", "1 December")]),

dict(v="galway", c=1, lang="en", at="2026-12-02 09:00", subj="Statement of account - November 2026",
     text="""
Dear Sir/Madam,

Please find attached your statement of account as at 30 November. Invoice GK-INV-D6A-2231 (P07829, 250 jumpers) for EUR 11,250.00 is due for payment on 31 December.

Many thanks,
Accounts
Galway Knitwear Ltd
""", end="Many thanks,", change="none", intent="other", po=["P07829"], vref=["GK-INV-D6A-2231"],
     dates=[("2026-11-30", "other", "30 November"), ("2026-12-31", "other", "31 December")]),

dict(v="steirer", lang="en", at="2026-11-27 11:20", subj="P07861 - delivery KW 50",
     text="""
Dear Mrs Jensen,

a small adjustment to P07861 (enamel mugs): the decals arrived late from our printer, so we deliver in KW 50 and not KW 49 as confirmed. The quantity stays 1.440 pcs.

Thank you for your understanding.

Mit freundlichen Grüßen / Kind regards
Wolfgang Pichler
Steirische Keramik GmbH
""", end="Mit freundlichen Grüßen", change="date", intent="delay", po=["P07861"],
     commit=("2026-12-07", "we deliver in KW 50"),
     dates=[("2026-12-07", "new_eta", "KW 50"), ("2026-11-30", "other", "KW 49")]),

dict(v="bergholz", lang="en", at="2026-11-18 15:35", subj="AW: P07862 wooden trays",
     text="""
Dear Mr Osei,

Thank you for the order. P07862 is confirmed as ordered, the trays are already sanded and oiled and will be delivered end of next week, freight paid.

Freundliche Grüsse
Urs Baumann
Bergholz Holzwaren AG
""", end="Freundliche Grüsse", change="none", intent="confirmation", po=["P07862"],
     commit=("2026-11-27", "will be delivered end of next week"),
     dates=[("2026-11-27", "confirmed_delivery", "end of next week")]),
]
