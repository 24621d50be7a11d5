# ruff: noqa: E501 - email text is data
"""English, round 9 (branch d9d): all eight intents, roughly even, from vendors in Poland,
Portugal, Italy, Vietnam, Mexico, Canada, Australia, South Africa, Germany and France writing
in English. Long threads with three or more quoted messages carrying their own dates and
orders, PDF acknowledgements and packing lists as attachment text, subjects that say one
thing while the body says another, mixed intents with a clear primary, vendors correcting
their own earlier mistake, and dates in many formats (2026-12-03, 3.12.2026, Dec 3rd,
03-Dec-26, Thursday the 3rd, calendar weeks, month-first North American dates).
Hand-written and hand-labelled by reading each email; no extractor or classifier produced
the labels."""

EMAILS = [
dict(v="d9d_krakow", lang="en", at="2026-11-03 10:15", subj="Order confirmation P10300",
     text="""
Dear Ms Klein,

thank you for your order P10300 from 28.10.2026.

We confirm positions 1-3 as ordered, delivery to Hamburg on 20.11.2026. Position 4 (KS-WG-350 wine glass 350 ml) we unfortunately cannot produce in November, our furnace no. 2 is in planned maintenance until end of the month. For this position the delivery will be 11.12.2026, please take note. If you prefer we can also send positions 1-3 and position 4 together in December, no extra freight cost for you.

Order confirmation KS/OC/D9D/1187 in attachment.

Best regards,
Agnieszka Wójcik
Export Sales
Kraków Szkło Sp. z o.o.

--- attachment: KS_OC_D9D_1187.pdf ---
ORDER CONFIRMATION KS/OC/D9D/1187        Date: 03.11.2026
Customer: Hartmann Home & Garden GmbH    Your order: P10300
Pos  Article     Description              Qty     Delivery
1    KS-TB-300   Tumbler 300 ml           2.400   2026-11-20
2    KS-TB-450   Tumbler 450 ml           1.800   2026-11-20
3    KS-CF-100   Carafe 1 l               600     2026-11-20
4    KS-WG-350   Wine glass 350 ml        1.200   2026-12-11
""", end="Best regards,", change="date", intent="delay", sec=["confirmation"], po=["P10300"],
     vref=["KS/OC/D9D/1187"], commit=("2026-12-11", "the delivery will be 11.12.2026"),
     dates=[("2026-10-28", "other", "28.10.2026"), ("2026-11-20", "confirmed_delivery", "20.11.2026"),
            ("2026-11-01", "other", "in November"), ("2026-11-30", "other", "until end of the month"),
            ("2026-12-11", "new_eta", "11.12.2026"), ("2026-12-01", "other", "together in December"),
            ("2026-11-03", "other", "03.11.2026"),
            ("2026-11-20", "confirmed_delivery", ("2026-11-20", 0)), ("2026-11-20", "confirmed_delivery", ("2026-11-20", 1)),
            ("2026-11-20", "confirmed_delivery", ("2026-11-20", 2)), ("2026-12-11", "new_eta", "2026-12-11")],
     lines=[("KS-TB-300", 2400, None, "1    KS-TB-300   Tumbler 300 ml           2.400   2026-11-20", "P10300"),
            ("KS-TB-450", 1800, None, "2    KS-TB-450   Tumbler 450 ml           1.800   2026-11-20", "P10300"),
            ("KS-CF-100", 600, None, "3    KS-CF-100   Carafe 1 l               600     2026-11-20", "P10300"),
            ("KS-WG-350", 1200, None, "4    KS-WG-350   Wine glass 350 ml        1.200   2026-12-11", "P10300")]),

dict(v="d9d_braga", lang="en", at="2026-09-14 16:40", subj="RE: RE: RE: P10301 earlier delivery possible?",
     text="""
Hi Mike,

Good news, the factory can do it. We confirm P10301 with the earlier date you asked: delivery at your Hamburg warehouse on Friday 25 September instead of 2 October. The truck will load in Braga on Tuesday 22nd.

Quantities and prices stay as in our confirmation BC-OC-D9D-0412.

Cumprimentos,
Sofia Marques
Braga Cutelaria Lda

On Mon, 14 Sep 2026 at 09:12, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Sofia, any chance to pull P10301 forward by one week, to 25/09? Our promotion starts on 28/09.
> Mike
>
> On Thu, 3 Sep 2026 at 11:30, Sofia Marques <sofia.marques@bragacutelaria.pt> wrote:
>> Dear Mike, we confirm P10301 (steak knife sets 800 pcs, cheese knife sets 400 pcs) for delivery 02/10/2026. Confirmation BC-OC-D9D-0412 attached.
>>
>> On Tue, 1 Sep 2026 at 14:02, Mike Osei <mike.osei@hhg-retail.com> wrote:
>>> Please find attached our PO P10301, requested delivery 2 October. The knives for P10302 we will order for January, quotation to follow.
""", end="Cumprimentos,", change="date", intent="confirmation", po=["P10301", "P10302"],
     vref=["BC-OC-D9D-0412"],
     commit=("2026-09-25", "delivery at your Hamburg warehouse on Friday 25 September"),
     dates=[("2026-09-25", "confirmed_delivery", "Friday 25 September"), ("2026-10-02", "other", "instead of 2 October"),
            ("2026-09-22", "ship_date", "Tuesday 22nd")]),

dict(v="d9d_umbria", lang="en", at="2026-10-21 11:05", subj="P10303 shipped today",
     text="""
Good morning Laura,

today we have shipped P10303 with our usual forwarder Fercam, but not complete: the linen tablecloths UT-TC-160 are all there (300 pcs), the napkins UT-NP-45 only 1.000 of 1.500. The remaining 500 napkins will be ready on 4th November and arrive to you around the 10th, we will send them with separate transport at our cost.

CMR FERC-D9D-771204, delivery to Hamburg expected Tuesday 27/10.

Packing list below.

Cordiali saluti
Francesca Conti
Umbria Tessili S.r.l.

--- attachment: PackingList_UT-DN-D9D-2210.pdf ---
PACKING LIST / DDT n. UT-DN-D9D-2210 of 21/10/2026
Order: P10303
Article      Description                Ordered   Shipped   Cartons
UT-TC-160    Linen tablecloth 160x250   300       300       25
UT-NP-45     Linen napkin 45x45         1.500     1.000     20
Backorder UT-NP-45: 500 pcs - planned 04/11/2026
""", end="Cordiali saluti", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10303"], vref=["UT-DN-D9D-2210"],
     commit=("2026-11-10", "arrive to you around the 10th"),
     dates=[("2026-10-21", "ship_date", "today"), ("2026-11-04", "other", "4th November"),
            ("2026-11-10", "new_eta", "around the 10th"), ("2026-10-27", "confirmed_delivery", "Tuesday 27/10"),
            ("2026-10-21", "ship_date", "21/10/2026"), ("2026-11-04", "other", "planned 04/11/2026")],
     lines=[("UT-TC-160", 300, "pcs", "the linen tablecloths UT-TC-160 are all there (300 pcs)", "P10303"),
            ("UT-NP-45", 1000, None, "the napkins UT-NP-45 only 1.000 of 1.500", "P10303"),
            ("UT-NP-45", 500, "napkins", "The remaining 500 napkins", "P10303"),
            ("UT-TC-160", 300, None, "UT-TC-160    Linen tablecloth 160x250   300       300       25", "P10303"),
            ("UT-NP-45", 1000, None, "UT-NP-45     Linen napkin 45x45         1.500     1.000     20", "P10303"),
            ("UT-NP-45", 500, "pcs", "Backorder UT-NP-45: 500 pcs", "P10303")],
     track=[("Fercam", "FERC-D9D-771204", "CMR FERC-D9D-771204")]),

dict(v="d9d_danang", lang="en", at="2026-10-08 15:20", subj="P10304 - very sorry",
     text="""
Dear Tim,

We are very sorry to inform you that we must cancel your order P10304 (lacquer trays DN-LT-38, 600 sets). Our lacquer workshop in Hoi An was flooded in the typhoon last week and all semi-finished trays are damaged, the new lacquer need minimum 3 months to cure so we cannot make delivery in your season. The deposit USD 2,340 will be returned to your account before 20/10.

Your other order P10305 (bamboo bowls) is not affected, it is still ETD Da Nang 30/10 as confirmed.

Again we apologize.
Best regards,
Nguyen Van Duc
Da Nang Lacquerware Co., Ltd.
""", end="Again we apologize.", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10304", "P10305"],
     dates=[("2026-09-28", "other", "last week"), ("2026-10-20", "other", "before 20/10"),
            ("2026-10-30", "ship_date", "ETD Da Nang 30/10")],
     lines=[("DN-LT-38", 600, "sets", "DN-LT-38, 600 sets", "P10304")],
     changes=[("P10304", "cancellation", None, 600, "we must cancel your order P10304"),
              ("P10305", "confirmation", None, None, "it is still ETD Da Nang 30/10 as confirmed")]),

dict(v="d9d_jalisco", lang="en", at="2026-11-12 09:30", subj="New prices from December",
     text="""
Hello Sandra,

Hope you are doing great. I need to share with you that our gas supplier raised the industrial gas tariff 18% from November, and for a glass furnace this is the biggest cost. We tried to absorb it but it is not possible anymore.

From Dec 1st, 2026 the new prices will be:

VJ-TUM-12  blown tumbler 12oz     USD 3.40  ->  USD 3.75
VJ-PIT-2L  pitcher 2 liter        USD 11.20 ->  USD 12.30
VJ-VAS-30  vase 30 cm             USD 8.90  ->  USD 9.80

Your open order P10306 will be shipped at the old prices, it is still on schedule for ship date 20/11. Any order placed after Nov 30 will take the new price.

Saludos,
Mariana López
Vidrio Soplado de Jalisco
""", end="Saludos,", change="price", intent="price_change", po=["P10306"],
     dates=[("2026-11-01", "other", "from November"), ("2026-12-01", "price_effective", "Dec 1st, 2026"),
            ("2026-11-20", "ship_date", "ship date 20/11"), ("2026-11-30", "other", "after Nov 30")],
     prices=[dict(product="VJ-TUM-12", old=3.40, new=3.75, cur="USD", eff="2026-12-01",
                  quote="VJ-TUM-12  blown tumbler 12oz     USD 3.40  ->  USD 3.75"),
             dict(product="VJ-PIT-2L", old=11.20, new=12.30, cur="USD", eff="2026-12-01",
                  quote="VJ-PIT-2L  pitcher 2 liter        USD 11.20 ->  USD 12.30"),
             dict(product="VJ-VAS-30", old=8.90, new=9.80, cur="USD", eff="2026-12-01",
                  quote="VJ-VAS-30  vase 30 cm             USD 8.90  ->  USD 9.80")]),

dict(v="d9d_ontario", lang="en", at="2026-11-18 14:10", subj="P10307 - shipped",
     text="""
Hi Tim,

P10307 shipped complete today from our Barrie plant - all 14 skids (cutting boards and serving trays). Manitoulin Transport to the Port of Montreal, then MSC container.

Container: MSCU 4471902
Booking: GLW-BKG-D9D-3381
Vessel: MSC CARLOTTA  ETD Montreal 11/24  ETA Bremerhaven 12/06
Final delivery to your Hamburg DC should be around 12/9, the forwarder will book the slot.

Cheers,
Ryan
Great Lakes Woodcraft Ltd.
""", end="Cheers,", change="shipping", intent="shipping_notice", po=["P10307"],
     vref=["GLW-BKG-D9D-3381"],
     commit=("2026-12-09", "Final delivery to your Hamburg DC should be around 12/9"),
     dates=[("2026-11-18", "ship_date", "today"), ("2026-11-24", "ship_date", "ETD Montreal 11/24"),
            ("2026-12-06", "other", "ETA Bremerhaven 12/06"), ("2026-12-09", "confirmed_delivery", "around 12/9")],
     lines=[("cutting boards and serving trays", 14, "skids", "all 14 skids", "P10307")],
     track=[("MSC", "MSCU 4471902", "Container: MSCU 4471902")]),

dict(v="d9d_perth", lang="en", at="2026-10-27 13:45", subj="P10308 - colour & carton qty",
     text="""
G'day Laura,

Quick one on P10308 before we lock in production. The PO says the enamel mugs (SCH-MUG-EN) in "forest green" but the sample you approved at the Sydney show was the darker bottle green. Which one do you want us to run? Also, are you happy for us to pack 24 per carton instead of 36? The 36s are coming out over 20 kg and our freight forwarder is grumbling.

Need to know by Friday the 30th to hold our slot on the line.

Cheers,
Bronwyn
""", end="Cheers,", change="none", intent="question", po=["P10308"],
     dates=[("2026-10-30", "other", "Friday the 30th")]),

dict(v="d9d_durban", c=1, lang="en", at="2026-11-02 10:00", subj="Statement of account - October",
     text="""
Dear Accounts / Mike,

Please find attached our statement for October. Invoice ZW-INV-D9D-0871 (P10309) for ZAR 48,600 fell due on 30 October and is still open on our side; could you kindly check whether it has been paid? Invoice ZW-INV-D9D-0902 (P10310) is due on 15 November.

Thank you,
Pieter Botha
Accounts, Zulu Weave Crafts
""", end="Thank you,", change="none", intent="other", po=["P10309", "P10310"],
     vref=["ZW-INV-D9D-0871", "ZW-INV-D9D-0902"],
     dates=[("2026-10-01", "other", "statement for October"), ("2026-10-30", "other", "30 October"),
            ("2026-11-15", "other", "15 November")]),

dict(v="d9d_franken", lang="en", at="2026-11-17 08:40", subj="Correction: P10311 / P10312 delivery dates",
     text="""
Dear Mrs Jensen,

sorry, I have to correct my mail from yesterday: the date I gave you for P10311 was wrong, I looked at the wrong order in our system. The brushes for P10311 will not be delivered on 26.11. but on Thursday, 3.12.2026, because the wooden handles from our supplier in the Erzgebirge come only in week 48.

The delivery date for P10312 (26.11.) that I sent you in the same mail is correct and stays.

Sorry for the confusion!

Mit freundlichen Grüßen / Kind regards
Holger Brandl
Fränkische Bürstenwerke GmbH

-----Original Message-----
From: Holger Brandl
Sent: Monday, November 16, 2026 4:55 PM
To: Laura Jensen
Subject: AW: P10311 / P10312 delivery dates

Dear Mrs Jensen, both orders P10311 and P10312 will be delivered on 26.11.2026. Best regards, Holger Brandl
""", end="Mit freundlichen Grüßen / Kind regards", change="date", intent="delay", sec=["confirmation"],
     po=["P10311", "P10312"], commit=("2026-12-03", "on Thursday, 3.12.2026"),
     dates=[("2026-11-16", "other", "my mail from yesterday"), ("2026-11-26", "other", "not be delivered on 26.11."),
            ("2026-12-03", "new_eta", "Thursday, 3.12.2026"), ("2026-11-23", "other", "week 48"),
            ("2026-11-26", "confirmed_delivery", "(26.11.)")],
     changes=[("P10311", "delay", "2026-12-03", None, "The brushes for P10311 will not be delivered on 26.11. but on Thursday, 3.12.2026"),
              ("P10312", "confirmation", "2026-11-26", None, "The delivery date for P10312 (26.11.) that I sent you in the same mail is correct and stays")]),

dict(v="d9d_limoges", lang="en", at="2026-09-23 17:05", subj="Order acknowledgement P10313",
     text="""
Dear Mr Brandt,

Please find enclosed our order acknowledgement for your purchase order P10313. All references are confirmed in the quantities and at the prices of your order. As requested, delivery will take place in week 44 at your warehouse in Hamburg; our transporter will call your goods-in team 48 hours before to book a slot.

Kind regards,
Émilie Dufour
ADV Export
Porcelaines de la Vienne

--- attachment: AR_PV-AR-D9D-5521.pdf ---
ACCUSÉ DE RÉCEPTION DE COMMANDE / ORDER ACKNOWLEDGEMENT
N° PV-AR-D9D-5521    du 23/09/2026
Client: Hartmann Home & Garden GmbH - Commande P10313
Réf.          Désignation                    Qté     PU EUR
PV-ASS-27     Assiette plate 27 cm           1 200   4,10
PV-ASS-21     Assiette dessert 21 cm         1 200   3,20
PV-BOL-14     Bol 14 cm                      800     2,95
Livraison prévue : semaine 44 (26/10/2026)
""", end="Kind regards,", change="none", intent="confirmation", po=["P10313"],
     vref=["PV-AR-D9D-5521"], commit=("2026-10-26", "delivery will take place in week 44"),
     dates=[("2026-10-26", "confirmed_delivery", "week 44"), ("2026-09-23", "other", "23/09/2026"),
            ("2026-10-26", "confirmed_delivery", "semaine 44 (26/10/2026)")],
     lines=[("PV-ASS-27", 1200, None, "PV-ASS-27     Assiette plate 27 cm           1 200   4,10", "P10313"),
            ("PV-ASS-21", 1200, None, "PV-ASS-21     Assiette dessert 21 cm         1 200   3,20", "P10313"),
            ("PV-BOL-14", 800, None, "PV-BOL-14     Bol 14 cm                      800     2,95", "P10313")]),

dict(v="polska", lang="en", at="2026-12-02 12:30", subj="RE: P10314 confirmation",
     text="""
Dear Laura,

I am afraid I have bad news about P10314. Our kiln for the stoneware had a crack in the lining on Monday and the repair company can come only next week. So we will not make the delivery on 9 December which we confirmed you in October. New date is 18.12.2026 for all positions, if the repair goes OK, and in worst case beginning of January.

I know this is very close to Christmas, I am really sorry. If you want, we can send the 400 pcs of mugs which are already finished this Friday, so you have at least something in the shop. Just tell me.

Best regards,
Katarzyna Nowak
Polska Ceramika

-----Original Message-----
From: Laura Jensen
Sent: Tuesday, October 13, 2026 10:02
Subject: P10314 confirmation

Hi Katarzyna, thanks, so we plan P10314 for 9 December. Regards, Laura

-----Original Message-----
From: Katarzyna Nowak
Sent: Monday, October 12, 2026 15:40
Subject: RE: P10314 order

Dear Laura, we confirm P10314 (mugs 1.200 pcs, bowls 800 pcs) for delivery 09.12.2026.
""", end="Best regards,\nKatarzyna", change="date", intent="delay", sec=["question"], po=["P10314"],
     commit=("2026-12-18", "New date is 18.12.2026"),
     dates=[("2026-11-30", "other", "on Monday"), ("2026-12-07", "other", "next week"),
            ("2026-12-09", "other", "the delivery on 9 December"), ("2026-10-01", "other", "in October"),
            ("2026-12-18", "new_eta", "18.12.2026"), ("2027-01-01", "other", "beginning of January"),
            ("2026-12-04", "other", "this Friday")],
     lines=[("mugs", 400, "pcs", "the 400 pcs of mugs", "P10314")]),

dict(v="lisbon", lang="en", at="2026-11-30 15:00", subj="P10315 dispatched",
     text="""
Dear Sandra,

P10315 is on the way! The truck left our warehouse in Santa Maria da Feira this afternoon with 6 pallets, everything you ordered (cork placemats, coasters and the trivets).

Transporter: Transportes Luís Simões
CMR: LS-D9D-0098812
Expected delivery: 03-Dec-26, before 12:00

Invoice LCP-FT-D9D-2214 will follow by mail.

Com os melhores cumprimentos,
Ana Ferreira
Lisbon Cork Products
""", end="Com os melhores cumprimentos,", change="shipping", intent="shipping_notice", po=["P10315"],
     vref=["LCP-FT-D9D-2214"], commit=("2026-12-03", "Expected delivery: 03-Dec-26"),
     dates=[("2026-11-30", "ship_date", "this afternoon"), ("2026-12-03", "confirmed_delivery", "03-Dec-26")],
     lines=[("cork placemats, coasters and trivets", 6, "pallets", "6 pallets", "P10315")],
     track=[("Transportes Luís Simões", "LS-D9D-0098812", "CMR: LS-D9D-0098812")]),

dict(v="porto", lang="en", at="2026-10-05 11:20", subj="P10316 - colour of hand towels?",
     text="""
Hello Mike,

We received P10316 for the bath towels, thank you. Before we confirm, one doubt: the PO shows the 40x60 hand towels in white (colour 01) but in the artwork you sent the label says "sand". Which is correct? The yarn must be dyed this week, so an answer by Wednesday would be perfect.

Also, do you want the towels folded in 3 or in 4 on the hanger? Last season was in 3.

Obrigada,
Inês Carvalho
Têxteis do Porto
""", end="Obrigada,", change="none", intent="question", po=["P10316"],
     dates=[("2026-10-05", "other", "this week"), ("2026-10-07", "other", "by Wednesday")]),

dict(v="milano", lang="en", at="2026-09-10 10:00", subj="Invitation - HOMI Milano, our new collection",
     text="""
Dear Laura,

I hope you had a nice summer!

We are happy to invite you and your colleagues to our stand at HOMI Milano, 18-21 September, hall 3, stand C12. We will present the new terracotta collection "Colline" and also the new colours for the reorder of P10317 that we discussed in July. If you come on the Saturday, we have a small aperitivo at 18:00 with the designers.

Please let me know if you would like to book a meeting slot.

Cordiali saluti,
Giulia Rossi
Milano Casa S.r.l.
""", end="Cordiali saluti,", change="none", intent="other", po=["P10317"],
     dates=[("2026-09-18", "other", "18-21 September"), ("2026-09-19", "other", "on the Saturday")]),

dict(v="hanoi", lang="en", at="2026-11-05 16:00", subj="Shipping advice P10318",
     text="""
Dear Laura,

Good afternoon. We inform the container for P10318 was loaded yesterday and vessel departure Hai Phong is on 07 Nov. But we are sorry, the bamboo laundry basket HB-LB-45 only 900 pcs can load, the 300 pcs remain because quality check fail (colour not uniform). We will remake and send by next vessel ETD 05 Dec, ETA Hamburg about 12 Jan 2027.

The other items full quantity as your PO. Details in attached packing list.

B/L no: HPHHAM-D9D-40211
Container: TCLU 8820331
ETA Hamburg: 15 Dec

Best regards,
Nguyen Thi Lan
Hanoi Bamboo Crafts JSC

--- attachment: PL_HB-D9D-1105.pdf ---
PACKING LIST HB-PL-D9D-1105      Date: 05/11/2026
PO: P10318
Item       Description              PO Qty   Loaded
HB-LB-45   Laundry basket 45cm      1200     900
HB-TR-30   Serving tray 30cm        1500     1500
HB-BX-S3   Storage box set of 3     600      600
Remark: HB-LB-45 balance 300 pcs next shipment
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10318"], vref=["HB-PL-D9D-1105"],
     commit=("2027-01-12", "ETA Hamburg about 12 Jan 2027"),
     dates=[("2026-11-04", "ship_date", "yesterday"), ("2026-11-07", "ship_date", "07 Nov"),
            ("2026-12-05", "ship_date", "ETD 05 Dec"), ("2027-01-12", "new_eta", "about 12 Jan 2027"),
            ("2026-12-15", "confirmed_delivery", "ETA Hamburg: 15 Dec"), ("2026-11-05", "other", "05/11/2026")],
     lines=[("HB-LB-45", 900, "pcs", "HB-LB-45 only 900 pcs can load", "P10318"),
            ("HB-LB-45", 300, "pcs", "the 300 pcs remain", "P10318"),
            ("HB-LB-45", 900, None, "HB-LB-45   Laundry basket 45cm      1200     900", "P10318"),
            ("HB-TR-30", 1500, None, "HB-TR-30   Serving tray 30cm        1500     1500", "P10318"),
            ("HB-BX-S3", 600, None, "HB-BX-S3   Storage box set of 3     600      600", "P10318"),
            ("HB-LB-45", 300, "pcs", "HB-LB-45 balance 300 pcs", "P10318")],
     track=[(None, "HPHHAM-D9D-40211", "B/L no: HPHHAM-D9D-40211"), (None, "TCLU 8820331", "Container: TCLU 8820331")]),

dict(v="plasticos", lang="en", at="2026-10-14 17:30", subj="RE: Cancel P10319",
     text="""
Hi Mike,

Received your email. As you requested we cancel the complete order P10319 (storage boxes 60L, 2,000 pcs), nothing was produced yet so there is no cost for you. The confirmation OC-PN-D9D-7781 is now void.

Please note that P10320 continues without change, shipping on October 28 from Monterrey as agreed.

Saludos cordiales,
Rodrigo Garza

On Wed, Oct 14, 2026 at 9:05 AM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Rodrigo, our category team dropped the 60L box from the spring range. Please cancel P10319 completely. P10320 stays. Thanks, Mike
""", end="Saludos cordiales,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10319", "P10320"], vref=["OC-PN-D9D-7781"],
     dates=[("2026-10-28", "ship_date", "October 28")],
     lines=[("storage boxes 60L", 2000, "pcs", "storage boxes 60L, 2,000 pcs", "P10319")],
     changes=[("P10319", "cancellation", None, 2000, "we cancel the complete order P10319"),
              ("P10320", "confirmation", None, None, "P10320 continues without change")]),

dict(v="tlaquepaque", lang="en", at="2026-09-28 12:00", subj="P10321",
     text="""
Hola Sandra!

Everything fine with P10321, we confirm the 240 hand-painted plates and 120 serving bowls, same prices as the quotation. They will be ready to ship on October 23 and with DHL Freight they arrive to Hamburg the week of November 9, like you need it.

Many thanks for the order!!
Alejandra
""", end="Many thanks for the order!!", change="none", intent="confirmation", po=["P10321"],
     commit=("2026-11-09", "they arrive to Hamburg the week of November 9"),
     dates=[("2026-10-23", "ship_date", "October 23"), ("2026-11-09", "confirmed_delivery", "the week of November 9")],
     lines=[("hand-painted plates", 240, None, "the 240 hand-painted plates", "P10321"),
            ("serving bowls", 120, None, "120 serving bowls", "P10321")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-09 10:20", subj="Order confirmation P10322",
     text="""
Hi Tim,

Attached is the order confirmation for P10322 as requested. One thing you should know before you file it: the confirmed ship date is 12/04, not 11/20 as on your PO. Our canvas supplier in Quebec had a fire at their finishing plant and we are 2 weeks behind on all tent orders. Delivery at your DC would then be wk 51, roughly 12/14.

Everything else (qty, price, packaging) confirmed as per PO.

Thanks,
Karen Singh
Maple Leaf Outdoor Products

--- attachment: MLO_Confirmation_SO-D9D-66120.pdf ---
SALES ORDER CONFIRMATION   SO-D9D-66120
Customer PO: P10322        Date: 11/09/2026
Item          Description               Qty    Req. Ship   Conf. Ship
MLO-TNT-4P    4-person dome tent        320    11/20/2026  12/04/2026
MLO-TNT-2P    2-person trekking tent    480    11/20/2026  12/04/2026
""", end="Thanks,\nKaren", change="date", intent="delay", sec=["confirmation"], po=["P10322"],
     vref=["SO-D9D-66120"], commit=("2026-12-14", "Delivery at your DC would then be wk 51, roughly 12/14"),
     dates=[("2026-12-04", "ship_date", "ship date is 12/04"), ("2026-11-20", "other", "not 11/20 as on your PO"),
            ("2026-12-14", "new_eta", "wk 51"), ("2026-12-14", "new_eta", "12/14"),
            ("2026-11-09", "other", "11/09/2026"),
            ("2026-11-20", "other", ("11/20/2026", 0)), ("2026-12-04", "ship_date", ("12/04/2026", 0)),
            ("2026-11-20", "other", ("11/20/2026", 1)), ("2026-12-04", "ship_date", ("12/04/2026", 1))],
     lines=[("MLO-TNT-4P", 320, None, "MLO-TNT-4P    4-person dome tent        320    11/20/2026  12/04/2026", "P10322"),
            ("MLO-TNT-2P", 480, None, "MLO-TNT-2P    2-person trekking tent    480    11/20/2026  12/04/2026", "P10322")]),

dict(v="aussie", lang="en", at="2026-10-19 09:15", subj="freight surcharge from Nov",
     text="""
Hi Mike,

Heads up - the shipping lines have slapped a peak season surcharge on everything ex-Australia, so we have to pass some of it on. From 1 November we'll add a freight surcharge of AUD 1.20 per unit on the camping chairs (AOG-CH-01) and AUD 0.80 on the folding tables (AOG-TB-02). P10323 already has its booking so that one goes out at the current prices on the 28th.

Sorry mate, not happy about it either.

Cheers,
Liam
""", end="Sorry mate,", change="price", intent="price_change", po=["P10323"],
     dates=[("2026-11-01", "price_effective", "From 1 November"), ("2026-10-28", "ship_date", "on the 28th")],
     prices=[dict(product="AOG-CH-01", new=1.20, cur="AUD", eff="2026-11-01",
                  quote="a freight surcharge of AUD 1.20 per unit on the camping chairs (AOG-CH-01)"),
             dict(product="AOG-TB-02", new=0.80, cur="AUD", eff="2026-11-01",
                  quote="AUD 0.80 on the folding tables (AOG-TB-02)")]),

dict(v="sunshine", c=1, lang="en", at="2026-09-16 14:00", subj="Shipping advice - P10324",
     text="""
Good day Laura,

Please be advised that P10324 (citrus marmalade 340g, 4,800 jars, complete order) sailed from Durban on Monday the 14th on the MSC SINDI, voyage ZA638N.

Container: MEDU 9048812
B/L: MEDUDUR-D9D-66091
ETA Hamburg: 12-10-2026

Original documents are couriered to your forwarder via DHL, AWB 6620418835.

Kind regards
Annelie van Wyk
Sunshine Citrus Exports
""", end="Kind regards", change="shipping", intent="shipping_notice", po=["P10324"],
     commit=("2026-10-12", "ETA Hamburg: 12-10-2026"),
     dates=[("2026-09-14", "ship_date", "Monday the 14th"), ("2026-10-12", "confirmed_delivery", "12-10-2026")],
     lines=[("citrus marmalade 340g", 4800, "jars", "citrus marmalade 340g, 4,800 jars", "P10324")],
     track=[("MSC", "MEDU 9048812", "Container: MEDU 9048812"), ("MSC", "MEDUDUR-D9D-66091", "B/L: MEDUDUR-D9D-66091"),
            ("DHL", "6620418835", "AWB 6620418835")]),

dict(v="binhduong", lang="en", at="2026-10-22 10:30", subj="FW: P10325 production status",
     text="""
Dear Mike,

Please see below message from our factory manager. Unfortunately P10325 will be late, we are very sorry. I will update you every week.

Best regards,
Le Thi Huong
Binh Duong Furniture Export JSC

---------- Forwarded message ---------
From: Vo Quang Minh <vo.quang.minh@bdfurniture.vn>
Date: Thu, Oct 22, 2026 at 8:15 AM
Subject: P10325 production status

Chi Huong,
Acacia wood for P10325 (garden bench BD-GB-150 and table BD-GT-180) is still in the kiln drying, moisture too high. Finishing can start 02/11 at earliest. Container loading possible 20/11, so ETD HCMC 23/11 and customer ETA Hamburg 28/12 instead of 07/12.
Minh
""", end="Best regards,", change="date", intent="delay", po=["P10325"],
     commit=("2026-12-28", "customer ETA Hamburg 28/12"),
     dates=[("2026-11-02", "other", "start 02/11"), ("2026-11-20", "ship_date", "loading possible 20/11"),
            ("2026-11-23", "ship_date", "ETD HCMC 23/11"), ("2026-12-28", "new_eta", "ETA Hamburg 28/12"),
            ("2026-12-07", "other", "instead of 07/12")]),

dict(v="battrang", lang="en", at="2026-12-10 09:00", subj="Lunar New Year holiday 2027 and new contact",
     text="""
Dear valued customer,

Please be informed that Bat Trang Ceramics will close for Lunar New Year holiday from 06/02/2027 to 21/02/2027. Orders for shipment before the holiday must be confirmed by 15/12/2026 latest, because the kilns stop from 25/01/2027.

Your order P10326 is already in production and not affected.

Also, from 1st January our new export manager is Mr Do Van Hung (do.van.hung@battrangceramics.vn), Ms Ha will move to the Japan market.

Best regards,
Pham Thu Ha
Bat Trang Ceramics Export Co., Ltd.
""", end="Best regards,", change="none", intent="other", po=["P10326"],
     dates=[("2027-02-06", "other", "06/02/2027"), ("2027-02-21", "other", "21/02/2027"),
            ("2026-12-15", "other", "15/12/2026"), ("2027-01-25", "other", "25/01/2027"),
            ("2027-01-01", "other", "1st January")]),

dict(v="d9d_krakow", c=1, lang="en", at="2026-12-07 13:00", subj="Delay P10327",
     text="""
Dear Sandra,

please ignore my mail from Friday about the delay, we managed it after all: the furnace was repaired on Saturday and the warehouse packed P10327 over the weekend. The truck left Kraków this morning with the full quantity (2.160 pcs on 9 pallets).

Carrier: Raben Logistics, consignment RAB-D9D-5530917
Delivery at your DC: Wednesday, 9 December, slot 08:00-10:00.

Best regards,
Marek Kowalczyk
Kraków Szkło
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P10327"],
     commit=("2026-12-09", "Delivery at your DC: Wednesday, 9 December"),
     dates=[("2026-12-04", "other", "my mail from Friday"), ("2026-12-05", "other", "on Saturday"),
            ("2026-12-07", "ship_date", "this morning"), ("2026-12-09", "confirmed_delivery", "Wednesday, 9 December")],
     lines=[("glassware", 2160, "pcs", "2.160 pcs on 9 pallets", "P10327")],
     track=[("Raben Logistics", "RAB-D9D-5530917", "consignment RAB-D9D-5530917")]),

dict(v="d9d_braga", lang="en", at="2026-11-20 10:45", subj="RE: RE: RE: P10302 prices",
     text="""
Hi Mike,

Following our call, here is the price for P10302 in writing. Because the steel (X50CrMoV15) went up again in October, we cannot keep the 2026 price for this order, it will be shipped in January:

BC-SK-6   steak knife set 6 pcs   EUR 14,80 -> EUR 15,90   (+7.4%)
BC-CK-4   cheese knife set 4 pcs  EUR 9,60  -> EUR 10,20   (+6.3%)

Delivery stays 15/01/2027 as confirmed. Please send me the revised PO when you can.

Cumprimentos,
Sofia

On Wed, 18 Nov 2026 at 16:20, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Sofia, as discussed, please put the new prices for P10302 in writing, then I will update the PO.
>
> On Tue, 17 Nov 2026 at 09:05, Sofia Marques <sofia.marques@bragacutelaria.pt> wrote:
>> Mike, can we have a call this week about P10302? The steel price is killing us.
>>
>> On Mon, 2 Nov 2026 at 11:00, Mike Osei <mike.osei@hhg-retail.com> wrote:
>>> Hi Sofia, P10302 confirmed on your side for 15 January?
""", end="Cumprimentos,", change="price", intent="price_change", sec=["confirmation"], po=["P10302"],
     commit=("2027-01-15", "Delivery stays 15/01/2027 as confirmed"),
     dates=[("2026-10-01", "other", "in October"), ("2027-01-01", "ship_date", "shipped in January"),
            ("2027-01-15", "confirmed_delivery", "15/01/2027")],
     prices=[dict(product="BC-SK-6", old=14.80, new=15.90, pct=7.4, cur="EUR",
                  quote="BC-SK-6   steak knife set 6 pcs   EUR 14,80 -> EUR 15,90   (+7.4%)"),
             dict(product="BC-CK-4", old=9.60, new=10.20, pct=6.3, cur="EUR",
                  quote="BC-CK-4   cheese knife set 4 pcs  EUR 9,60  -> EUR 10,20   (+6.3%)")]),

dict(v="d9d_umbria", lang="en", at="2026-11-24 09:50", subj="Re: P10303 rest of napkins",
     text="""
Dear Laura,

yes, we confirm: the second part of P10303, the 500 napkins UT-NP-45, will be delivered Thursday the 3rd, as you asked, and not on the 10th of November as I wrote in October (sorry for that, the dye lot had to be repeated, you know the story). The transport is booked with Fercam.

Cordiali saluti
Francesca

On Mon, 23 Nov 2026 at 17:02, Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Francesca, we still miss the 500 napkins of P10303. Can you deliver them on 3 December at the latest? Laura
""", end="Cordiali saluti", change="date", intent="confirmation", po=["P10303"],
     commit=("2026-12-03", "will be delivered Thursday the 3rd"),
     dates=[("2026-12-03", "confirmed_delivery", "Thursday the 3rd"), ("2026-11-10", "other", "the 10th of November"),
            ("2026-10-01", "other", "in October")],
     lines=[("UT-NP-45", 500, "napkins", "the 500 napkins UT-NP-45", "P10303")]),

dict(v="d9d_ontario", lang="en", at="2026-12-01 16:30", subj="P10328 partial",
     text="""
Tim,

Heads up on P10328. We're shipping what we have today, the rest has to wait for the maple lumber.

SKU            Ordered  Shipping today  Backorder  Backorder ETA
GLW-CB-L       400      400             0          -
GLW-CB-M       600      350             250        12/18
GLW-TRAY-2     300      0               300        1/8/2027

Day & Ross PRO 7730-D9D-1182, container cut-off Halifax 12/4.

Ryan
""", end="Ryan", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P10328"],
     commit=("2027-01-08", "GLW-TRAY-2     300      0               300        1/8/2027"),
     dates=[("2026-12-01", "ship_date", ("today", 0)), ("2026-12-18", "new_eta", "12/18"),
            ("2027-01-08", "new_eta", "1/8/2027"), ("2026-12-04", "other", "cut-off Halifax 12/4")],
     lines=[("GLW-CB-L", 400, None, "GLW-CB-L       400      400             0          -", "P10328"),
            ("GLW-CB-M", 350, None, "GLW-CB-M       600      350             250        12/18", "P10328"),
            ("GLW-CB-M", 250, None, "GLW-CB-M       600      350             250        12/18", "P10328"),
            ("GLW-TRAY-2", 300, None, "GLW-TRAY-2     300      0               300        1/8/2027", "P10328")],
     track=[("Day & Ross", "7730-D9D-1182", "PRO 7730-D9D-1182")]),

dict(v="d9d_perth", lang="en", at="2026-11-25 16:05", subj="P10329",
     text="""
P10329 - sorry Laura, the container got rolled to the next vessel, now ETA Hamburg 11/01/27 instead of 21/12. Bronwyn
""", end=None, change="date", intent="delay", po=["P10329"],
     commit=("2027-01-11", "now ETA Hamburg 11/01/27"),
     dates=[("2027-01-11", "new_eta", "ETA Hamburg 11/01/27"), ("2026-12-21", "other", "instead of 21/12")]),

dict(v="d9d_durban", lang="en", at="2026-09-09 11:30", subj="Order P10330 - confirmation",
     text="""
Dear Mike,

Sawubona from Durban! Thank you very much for your order P10330 for the ilala palm baskets in three sizes. We are happy to confirm everything as per your order. Our weavers in the Hlabisa area have already started, the baskets will be collected on 16 October, fumigated and packed by 23 October, and the shipment leaves Durban on the MSC vessel of 26/10. ETA Hamburg is 23 November 2026, which is within your requested week 48.

Pro forma ZWC-PF-D9D-118 attached.

Ngiyabonga,
Nomvula Dlamini
Zulu Weave Crafts
""", end="Ngiyabonga,", change="none", intent="confirmation", po=["P10330"], vref=["ZWC-PF-D9D-118"],
     commit=("2026-11-23", "ETA Hamburg is 23 November 2026"),
     dates=[("2026-10-16", "other", "16 October"), ("2026-10-23", "other", "23 October"),
            ("2026-10-26", "ship_date", "vessel of 26/10"), ("2026-11-23", "confirmed_delivery", "23 November 2026"),
            ("2026-11-23", "other", "requested week 48")]),

dict(v="kaiser", c=1, lang="en", at="2026-10-29 14:20", subj="P10331 - position EK-LS-200",
     text="""
Dear Mr Osei,

I regret to inform you that the manufacturer has discontinued the LED string light EK-LS-200 (warm white, 20 m). We therefore have to cancel this position on your order P10331 (500 pcs). The successor model EK-LS-220 will only be available from March 2027; if you are interested I can send you an offer.

The other positions of P10331 will be delivered as confirmed on 12.11.2026.

Mit freundlichen Grüßen / Best regards
Petra Lange
Elektro Kaiser GmbH
""", end="Mit freundlichen Grüßen / Best regards", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10331"], commit=("2026-11-12", "delivered as confirmed on 12.11.2026"),
     dates=[("2027-03-01", "other", "March 2027"), ("2026-11-12", "confirmed_delivery", "12.11.2026")],
     lines=[("EK-LS-200", 500, "pcs", "P10331 (500 pcs)", "P10331")]),

dict(v="vosges", lang="en", at="2026-11-13 15:40", subj="Dispatch P10332",
     text="""
Hello Mr Brandt,

We inform you that your order P10332 (wooden toys, 12 pallets) has left our workshop in Gérardmer today with Geodis. It is the complete order.

Delivery note: ABV-BL-D9D-4471
Geodis tracking: GEO-D9D-88201456
Delivery planned Tuesday 17/11/2026 in the morning.

Best regards,
Hélène Mathieu
Ateliers Bois des Vosges
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P10332"], vref=["ABV-BL-D9D-4471"],
     commit=("2026-11-17", "Delivery planned Tuesday 17/11/2026"),
     dates=[("2026-11-13", "ship_date", "today"), ("2026-11-17", "confirmed_delivery", "Tuesday 17/11/2026")],
     lines=[("wooden toys", 12, "pallets", "wooden toys, 12 pallets", "P10332")],
     track=[("Geodis", "GEO-D9D-88201456", "Geodis tracking: GEO-D9D-88201456")]),

dict(v="schwarzwald", lang="en", at="2026-10-07 09:20", subj="Correction P10333 - not complete",
     text="""
Dear Laura,

sorry, my mail from yesterday was not correct. I wrote that P10333 is shipped complete, but the warehouse only loaded 480 of the 600 cuckoo clocks SW-CC-25; the 120 missing pieces were still in final inspection. They will be sent on 14.10. and should arrive at your warehouse on 16.10.2026. The other two items are complete as written.

The tracking for the first part stays the same: DB Schenker 5561-D9D-20987.

Mit freundlichen Grüßen
Markus Weber
Schwarzwald Haushaltswaren GmbH
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10333"], commit=("2026-10-16", "should arrive at your warehouse on 16.10.2026"),
     dates=[("2026-10-06", "other", "my mail from yesterday"), ("2026-10-14", "ship_date", "14.10."),
            ("2026-10-16", "new_eta", "16.10.2026")],
     lines=[("SW-CC-25", 480, None, "only loaded 480 of the 600 cuckoo clocks SW-CC-25", "P10333"),
            ("SW-CC-25", 120, "pieces", "the 120 missing pieces", "P10333")],
     track=[("DB Schenker", "5561-D9D-20987", "DB Schenker 5561-D9D-20987")]),

dict(v="hansa", lang="en", at="2026-12-03 11:10", subj="P10334 - two options for delivery",
     text="""
Dear Sandra,

For your new order P10334 (wine glasses Hanseatic, 1.800 pcs): our production plan allows either delivery in KW 51 for the full quantity, or 1.000 pcs already on 10.12. and the rest 800 pcs in KW 2/2027. Which option do you prefer? Please let me know until Monday, then we book the capacity.

Kind regards
Anke Petersen
Hansa Glas & Porzellan
""", end="Kind regards", change="none", intent="question", po=["P10334"],
     dates=[("2026-12-14", "other", "KW 51"), ("2026-12-10", "other", "10.12."),
            ("2027-01-11", "other", "KW 2/2027"), ("2026-12-07", "other", "until Monday")],
     lines=[("wine glasses Hanseatic", 1000, "pcs", "1.000 pcs already on 10.12.", "P10334"),
            ("wine glasses Hanseatic", 800, "pcs", "the rest 800 pcs", "P10334")]),

dict(v="mueller", c=1, lang="en", at="2026-09-30 10:00", subj="Price list 2027",
     text="""
Dear Mr Osei,

as announced at our meeting in Cologne, we have to adjust our prices for the new season. The new price list is valid for all deliveries from 01.01.2027. Main reason is the steel for the hose reels and the transport costs.

Your running orders P10335 and P10336 will be delivered at the old prices.

Mit freundlichen Grüßen
Claudia Schmitt
Müller Gartentechnik

--- attachment: Preisliste_2027_HHG.pdf ---
PRICE LIST 2027 / PREISLISTE 2027   valid from 1 January 2027
Art.no.     Description                   2026 EUR   2027 EUR   change
MG-SR-30    Hose reel 30 m                 24,50      26,20      +6.9%
MG-SR-50    Hose reel 50 m                 31,90      34,10      +6.9%
MG-BR-8     Garden sprinkler 8-fold         7,40       7,40       0
""", end="Mit freundlichen Grüßen", change="price", intent="price_change", po=["P10335", "P10336"],
     dates=[("2027-01-01", "price_effective", "01.01.2027"), ("2027-01-01", "price_effective", "1 January 2027")],
     prices=[dict(product="MG-SR-30", old=24.50, new=26.20, pct=6.9, cur="EUR", eff="2027-01-01",
                  quote="MG-SR-30    Hose reel 30 m                 24,50      26,20      +6.9%"),
             dict(product="MG-SR-50", old=31.90, new=34.10, pct=6.9, cur="EUR", eff="2027-01-01",
                  quote="MG-SR-50    Hose reel 50 m                 31,90      34,10      +6.9%")]),

dict(v="ruhrtal", lang="en", at="2026-11-11 15:00", subj="AW: P10337 new delivery address",
     text="""
Dear Tim,

thank you, we have received the revised P10337 with the new delivery address in Leipzig. We will check it and come back to you with the confirmation.

Best regards
Dirk Schulte
Ruhrtal Metallwaren GmbH

-----Ursprüngliche Nachricht-----
Von: Tim Brandt <tim.brandt@hhg-retail.com>
Gesendet: Mittwoch, 11. November 2026 09:14
Betreff: P10337 new delivery address

Hi Dirk, attached the revised P10337: please deliver to our new Leipzig DC instead of Hamburg, date unchanged (4 December). Thanks, Tim
""", end="Best regards", change="none", intent="other", po=["P10337"]),

dict(v="savonnerie", lang="en", at="2026-12-04 10:30", subj="P10338 - gift sets later",
     text="""
Dear Laura,

I am sorry to come back with not good news. The gift boxes for P10338 arrived from our printer only yesterday (they were promised for Nov 20th), so the packing of the Christmas soap sets was late. We can ship on Tuesday and the delivery in Hamburg will be Thursday 10 December, not Dec 3rd as confirmed.

The lavender soaps SAV-LAV-100 of the same order are not in gift boxes: they left with the pallet of P10339 on Tuesday and you should have them already.

Bien cordialement,
Camille Girard
Savonnerie de Provence
""", end="Bien cordialement,", change="date", intent="delay", po=["P10338", "P10339"],
     commit=("2026-12-10", "the delivery in Hamburg will be Thursday 10 December"),
     dates=[("2026-12-03", "other", "only yesterday"), ("2026-11-20", "other", "Nov 20th"),
            ("2026-12-08", "ship_date", ("on Tuesday", 0)), ("2026-12-10", "new_eta", "Thursday 10 December"),
            ("2026-12-03", "other", "Dec 3rd"), ("2026-12-01", "ship_date", ("on Tuesday", 1))]),

dict(v="lyonnais", lang="en", at="2026-10-20 09:15", subj="Correction - P10340 delivery week",
     text="""
Hello Sandra,

Small correction to my email of yesterday, I made a mistake with the week: the curtains for P10340 will be delivered in week 46 (Monday 9 November), exactly as on your order, and not week 47 as I wrote. The transport is already booked.

Sorry for the confusion.

Bien à vous,
Isabelle Martin
Textiles Lyonnais
""", end="Bien à vous,", change="none", intent="confirmation", po=["P10340"],
     commit=("2026-11-09", "will be delivered in week 46 (Monday 9 November)"),
     dates=[("2026-10-19", "other", "my email of yesterday"), ("2026-11-09", "confirmed_delivery", "week 46"),
            ("2026-11-09", "confirmed_delivery", "Monday 9 November"), ("2026-11-16", "other", "week 47")]),

dict(v="bretagne", lang="en", at="2026-11-06 16:50", subj="URGENT - change of bank details",
     text="""
Dear Customer,

Due to an internal audit our bank details have changed. Please make all payments, including the open invoice for P10341, only to our new account:

Bank: Revolut Business
IBAN: LT72 3250 0191 4420 7365
BIC: REVOLT21

The old account at Crédit Agricole will be closed on 13 November. Please confirm by return email when you have updated your records, it is urgent.

Regards,
Yann Le Goff
Accounts Department
""", end="Regards,", change="none", intent="other", po=["P10341"],
     dates=[("2026-11-13", "other", "13 November")]),

dict(v="poznanwood", lang="en", at="2026-10-01 12:00", subj="Order confirmation P10342",
     text="""
Hello Mike,

Thank you for order P10342. Attached our order confirmation PD/ZP/D9D/2026/318. Delivery date as requested: 2026-11-16 to Hamburg, with our own truck.

Please note that our factory is closed on 11 November (Independence Day), this does not affect your delivery.

Regards,
Tomasz Zieliński
Poznań Drewno

--- attachment: PD_ZP_D9D_2026_318.pdf ---
POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION  PD/ZP/D9D/2026/318
Order: P10342     Date of order: 2026-09-29
Item          Description                    Qty   Price EUR   Delivery
PD-CB-40      Oak chopping board 40x25       900   7,80        2026-11-16
PD-SB-SET     Serving board set (3)          450   12,40       2026-11-16
""", end="Regards,", change="none", intent="confirmation", po=["P10342"], vref=["PD/ZP/D9D/2026/318"],
     commit=("2026-11-16", "Delivery date as requested: 2026-11-16"),
     dates=[("2026-11-16", "confirmed_delivery", ("2026-11-16", 0)), ("2026-11-11", "other", "11 November"),
            ("2026-09-29", "other", "2026-09-29"),
            ("2026-11-16", "confirmed_delivery", ("2026-11-16", 1)), ("2026-11-16", "confirmed_delivery", ("2026-11-16", 2))],
     lines=[("PD-CB-40", 900, None, "PD-CB-40      Oak chopping board 40x25       900   7,80        2026-11-16", "P10342"),
            ("PD-SB-SET", 450, None, "PD-SB-SET     Serving board set (3)          450   12,40       2026-11-16", "P10342")]),

dict(v="d9d_jalisco", lang="en", at="2026-10-26 12:40", subj="P10343 update",
     text="""
Hi Sandra,

About P10343: the blown glass vases are finished but the customs broker in Manzanillo says the new export certificate takes longer since October. We expect the container to sail around November 10 and the arrival in Hamburg between December 7 and December 11, instead of November 30 as we confirmed.

Sorry for this, the glass is beautiful, at least!
Mariana
""", end="Sorry for this,", change="date", intent="delay", po=["P10343"],
     commit=("2026-12-11", "the arrival in Hamburg between December 7 and December 11"),
     dates=[("2026-10-01", "other", "since October"), ("2026-11-10", "ship_date", "November 10"),
            ("2026-12-07", "range_start", "December 7"), ("2026-12-11", "range_end", "December 11"),
            ("2026-11-30", "other", "November 30")]),

dict(v="d9d_limoges", lang="en", at="2026-11-19 14:30", subj="RE: P10344 confirmation week 49",
     text="""
Dear Mr Brandt,

Further to our exchange below, I am sorry but we must cancel position 3 of P10344 (PV-TAS-CAF espresso cups, 2 400 pcs). The firing for this decor failed twice and our decal supplier has stopped the gold rim decal. Positions 1 and 2 are not affected and remain confirmed for week 49 as written on 6 November.

A credit note will not be necessary as nothing was invoiced yet.

Kind regards,
Émilie Dufour
ADV Export

On Wed, 18 Nov 2026 at 10:12, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
> Emilie, any news about the espresso cups? Our store opening is on 7 December.
>
> On Fri, 6 Nov 2026 at 16:40, Émilie Dufour <emilie.dufour@porcelaines-vienne.fr> wrote:
>> Dear Mr Brandt, P10344 is confirmed for week 49, all three positions. The espresso cups are being fired this week.
>>
>> On Thu, 5 Nov 2026 at 09:00, Tim Brandt <tim.brandt@hhg-retail.com> wrote:
>>> Please confirm P10344, requested delivery week 49. The repeat of P10313 will follow in January.
""", end="Kind regards,", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10344", "P10313"], commit=("2026-11-30", "remain confirmed for week 49"),
     dates=[("2026-11-30", "confirmed_delivery", "remain confirmed for week 49"), ("2026-11-06", "other", "on 6 November")],
     lines=[("PV-TAS-CAF", 2400, "pcs", "PV-TAS-CAF espresso cups, 2 400 pcs", "P10344")]),

dict(v="d9d_perth", lang="en", at="2026-09-22 15:30", subj="P10345 - deposit outstanding",
     text="""
Hi Mike,

Following up on P10345 (the picnic sets). We still haven't received the 30% deposit that was due on 4 September, and our bank has no record of it. As per our terms we'll have to cancel the order on Friday 25 September if the payment isn't in by then, as we can't hold the production slot any longer.

If it's already been sent, could you send me the remittance advice?

Cheers,
Bronwyn Taylor
Southern Cross Homewares
""", end="Cheers,", change="cancel", intent="cancellation", sec=["question"], po=["P10345"],
     dates=[("2026-09-04", "other", "4 September"), ("2026-09-25", "other", "Friday 25 September")]),

dict(v="mapleleaf", lang="en", at="2026-10-02 11:45", subj="RE: P10346 change",
     text="""
Hi Tim,

Confirming the change you asked for on P10346: the 2-person kayaks (MLO-KY-2) are cancelled, all 60 units, and we've taken them off the order. The paddles and life vests stay as they are and still ship 10/23, delivery to you around 11/20.

Revised confirmation SO-D9D-66004 rev. B attached.

Thanks,
Josh

Josh Tremblay | Maple Leaf Outdoor Products
""", end="Thanks,\nJosh", change="cancel", intent="cancellation", sec=["confirmation"], po=["P10346"],
     vref=["SO-D9D-66004"], commit=("2026-11-20", "delivery to you around 11/20"),
     dates=[("2026-10-23", "ship_date", "ship 10/23"), ("2026-11-20", "confirmed_delivery", "around 11/20")],
     lines=[("MLO-KY-2", 60, "units", "all 60 units", "P10346")]),

dict(v="d9d_danang", c=1, lang="en", at="2026-12-14 10:00", subj="RE: Cancel P10347",
     text="""
Dear Tim,

Noted with thanks. We confirm the cancellation of P10347 as your request, the bamboo bowls not started yet so no problem. We hope to work with you again for spring season.

Best regards,
Hoang Thi Mai

-----Original Message-----
From: Tim Brandt
Sent: Friday, December 11, 2026 5:30 PM
Subject: Cancel P10347

Dear Mai, due to the range review we have to cancel P10347 (bamboo bowls, delivery 15.02.2027). Sorry. Tim
""", end="Best regards,", change="cancel", intent="cancellation", po=["P10347"]),

dict(v="sunshine", lang="en", at="2026-11-23 09:40", subj="P10348 - blood orange marmalade",
     text="""
Dear Laura,

I'm afraid the hail storm in the Citrusdal valley last month has destroyed a large part of our Cara Cara crop. We therefore cannot produce the blood orange marmalade on P10348 this season and must cancel that line (SCE-MAR-BO, 2,400 jars). The lemon and ginger marmalade (SCE-MAR-LG) is not affected: it sails on 4 December and the ETA Hamburg remains 8 January 2027.

Please accept our apologies.

Kind regards
Thabo Nkosi
Sunshine Citrus Exports
""", end="Please accept our apologies.", change="cancel", intent="cancellation", sec=["confirmation"],
     po=["P10348"], commit=("2027-01-08", "the ETA Hamburg remains 8 January 2027"),
     dates=[("2026-10-01", "other", "last month"), ("2026-12-04", "ship_date", "4 December"),
            ("2027-01-08", "confirmed_delivery", "8 January 2027")],
     lines=[("SCE-MAR-BO", 2400, "jars", "SCE-MAR-BO, 2,400 jars", "P10348")]),

dict(v="d9d_franken", lang="en", at="2026-12-09 14:00", subj="P10349 first delivery",
     text="""
Dear Mr Osei,

today we have sent the first part of P10349 with DHL Freight, 6 of 10 pallets. The toilet brush sets FB-WC-02 could not be completed because the ceramic holders from our supplier in Thuringia are short; the remaining 1.500 sets will follow in calendar week 2, delivery to you approx. 14.01.2027.

Delivery note attached.

Mit freundlichen Grüßen
Holger Brandl

--- attachment: Lieferschein_FB-LS-D9D-90412.pdf ---
LIEFERSCHEIN / DELIVERY NOTE  FB-LS-D9D-90412   Datum: 09.12.2026
Ihre Bestellung / Your order: P10349
Artikel      Bezeichnung                  Bestellt   Geliefert   Rückstand
FB-SB-30     Scrubbing brush 30 cm        3.000      3.000       0
FB-DB-12     Dish brush                   4.000      4.000       0
FB-WC-02     Toilet brush set             2.500      1.000       1.500
Sendungsnr. DHL Freight: DHLF-D9D-2207781
""", end="Mit freundlichen Grüßen", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10349"], vref=["FB-LS-D9D-90412"],
     commit=("2027-01-14", "delivery to you approx. 14.01.2027"),
     dates=[("2026-12-09", "ship_date", "today"), ("2027-01-11", "ship_date", "calendar week 2"),
            ("2027-01-14", "new_eta", "approx. 14.01.2027"), ("2026-12-09", "ship_date", "09.12.2026")],
     lines=[("pallets", 6, "pallets", "6 of 10 pallets", "P10349"),
            ("FB-WC-02", 1500, "sets", "the remaining 1.500 sets", "P10349"),
            ("FB-SB-30", 3000, None, "FB-SB-30     Scrubbing brush 30 cm        3.000      3.000       0", "P10349"),
            ("FB-DB-12", 4000, None, "FB-DB-12     Dish brush                   4.000      4.000       0", "P10349"),
            ("FB-WC-02", 1000, None, "FB-WC-02     Toilet brush set             2.500      1.000       1.500", "P10349"),
            ("FB-WC-02", 1500, None, "FB-WC-02     Toilet brush set             2.500      1.000       1.500", "P10349")],
     track=[("DHL Freight", "DHLF-D9D-2207781", "Sendungsnr. DHL Freight: DHLF-D9D-2207781")]),

dict(v="milano", c=1, lang="en", at="2026-10-15 17:20", subj="Shipping notice P10350",
     text="""
Dear Laura,

the truck for P10350 has been loaded this afternoon: planters TC-30 and TC-40 complete, but for the glazed pots GL-25 we have only 350 of 700, the glaze batch for the blue colour was not right and we have to fire again. The other 350 GL-25 will be ready in about two weeks and we will send them together with your next order P10351, around 30 October, so arrival Hamburg beginning of November.

Transport: Arcese, CMR ARC-D9D-60218, arrival 20.10.

Cordiali saluti,
Marco Bianchi
Milano Casa
""", end="Cordiali saluti,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10350", "P10351"], commit=("2026-11-01", "arrival Hamburg beginning of November"),
     dates=[("2026-10-15", "ship_date", "this afternoon"), ("2026-10-30", "ship_date", "around 30 October"),
            ("2026-11-01", "new_eta", "beginning of November"), ("2026-10-20", "confirmed_delivery", "arrival 20.10.")],
     lines=[("GL-25", 350, None, "we have only 350 of 700", "P10350"),
            ("GL-25", 350, None, "The other 350 GL-25", "P10350")],
     track=[("Arcese", "ARC-D9D-60218", "CMR ARC-D9D-60218")]),

dict(v="polska", c=1, lang="en", at="2026-11-26 13:15", subj="P10352 - dispatched (not complete)",
     text="""
Hello Tim,

P10352 left our factory in Bolesławiec this morning, truck of Hellmann, but not complete. Please see below:

- PC-MUG-04 mug "peacock" 1.200 pcs - complete
- PC-PLT-26 dinner plate 26 cm - 640 of 960 pcs, 320 pcs will follow
- PC-BWL-16 bowl 16 cm - complete

The missing plates will be packed on 2026-12-08 and delivered to you on 2026-12-11 together with the repeat order. Delivery of today's truck is planned for 30.11.2026 (Monday).

Hellmann consignment: HEL-D9D-7740012

Best regards,
Piotr Wisniewski
Polska Ceramika
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10352"], commit=("2026-12-11", "delivered to you on 2026-12-11"),
     dates=[("2026-11-26", "ship_date", "this morning"), ("2026-12-08", "other", "2026-12-08"),
            ("2026-12-11", "new_eta", "2026-12-11"), ("2026-11-26", "ship_date", "today's truck"),
            ("2026-11-30", "confirmed_delivery", "30.11.2026 (Monday)")],
     lines=[("PC-MUG-04", 1200, "pcs", 'PC-MUG-04 mug "peacock" 1.200 pcs - complete', "P10352"),
            ("PC-PLT-26", 640, "pcs", "640 of 960 pcs", "P10352"),
            ("PC-PLT-26", 320, "pcs", "320 pcs will follow", "P10352")],
     track=[("Hellmann", "HEL-D9D-7740012", "Hellmann consignment: HEL-D9D-7740012")]),

dict(v="d9d_durban", lang="en", at="2026-12-04 15:10", subj="P10353 - runners flown today",
     text="""
Hi Mike,

Quick update on P10353: the 200 beaded table runners are ready and we flew them out today with DHL Express, waybill 1957334420, so you'll have them for the Christmas shop on Tuesday 8 Dec. The 150 beaded coaster sets are not finished, our beaders in KwaNdengezi need another 3 weeks. We'll send them by sea, ETD Durban 29/12, arriving Hamburg mid-February.

Ngiyabonga,
Nomvula
""", end="Ngiyabonga,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P10353"], commit=("2027-02-15", "arriving Hamburg mid-February"),
     dates=[("2026-12-04", "ship_date", "today"), ("2026-12-08", "confirmed_delivery", "Tuesday 8 Dec"),
            ("2026-12-29", "ship_date", "ETD Durban 29/12"), ("2027-02-15", "new_eta", "mid-February")],
     lines=[("beaded table runners", 200, None, "the 200 beaded table runners", "P10353"),
            ("beaded coaster sets", 150, None, "The 150 beaded coaster sets", "P10353")],
     track=[("DHL Express", "1957334420", "waybill 1957334420")]),

dict(v="d9d_ontario", lang="en", at="2026-10-08 11:00", subj="Price reduction - cutting boards",
     text="""
Hi Tim,

Good news for once: hard maple prices have come down this fall, so we're passing it on. Effective 11/1/2026, all cutting boards (GLW-CB series) drop by 4%. Serving trays stay where they are.

That also applies to P10354 which ships 11/6, so it'll be invoiced at the new price. No need to change anything on your side, we'll just invoice it that way - unless your system needs a revised PO, then tell me.

Ryan
""", end="Ryan", change="price", intent="price_change", po=["P10354"],
     dates=[("2026-11-01", "price_effective", "Effective 11/1/2026"), ("2026-11-06", "ship_date", "ships 11/6")],
     prices=[dict(product="GLW-CB series", pct=-4, eff="2026-11-01",
                  quote="all cutting boards (GLW-CB series) drop by 4%")]),

dict(v="lisbon", lang="en", at="2026-09-25 10:30", subj="New prices cork products",
     text="""
Dear Sandra,

As promised on the phone on Tuesday, here are our new prices, valid for orders received from 1st October 2026:

LCP-PM-4   cork placemat set of 4     EUR 6,40  now EUR 6,90
LCP-CS-6   cork coaster set of 6      EUR 2,80  now EUR 3,05
LCP-TR-20  cork trivet 20 cm          unchanged EUR 3,50

Your order P10355, placed on 21 September, is at the old prices of course.

Com os melhores cumprimentos,
Ana Ferreira
""", end="Com os melhores cumprimentos,", change="price", intent="price_change", po=["P10355"],
     dates=[("2026-09-22", "other", "on Tuesday"), ("2026-10-01", "price_effective", "1st October 2026"),
            ("2026-09-21", "other", "21 September")],
     prices=[dict(product="LCP-PM-4", old=6.40, new=6.90, cur="EUR", eff="2026-10-01",
                  quote="LCP-PM-4   cork placemat set of 4     EUR 6,40  now EUR 6,90"),
             dict(product="LCP-CS-6", old=2.80, new=3.05, cur="EUR", eff="2026-10-01",
                  quote="LCP-CS-6   cork coaster set of 6      EUR 2,80  now EUR 3,05")]),

dict(v="battrang", lang="en", at="2026-11-16 10:20", subj="Price adjustment 2027 - glazed items",
     text="""
Dear Laura,

We would like to inform that from the shipments of week 3/2027 our prices will increase 5% for all glazed items, because the price of kaolin and of the gas both go up. The unglazed terracotta items stay same price.

For your order P10356 (shipment 28/12) the old price is kept. For P10357 which ETD is 20/01/2027 please note the new price, unit price of BT-VS-25 will become USD 4.62 instead of USD 4.40.

Please kindly confirm.

Best regards,
Pham Thu Ha
Bat Trang Ceramics Export Co., Ltd.
""", end="Please kindly confirm.", change="price", intent="price_change", po=["P10356", "P10357"],
     dates=[("2027-01-18", "price_effective", "week 3/2027"), ("2026-12-28", "ship_date", "shipment 28/12"),
            ("2027-01-20", "ship_date", "20/01/2027")],
     prices=[dict(pct=5, eff="2027-01-18", quote="our prices will increase 5% for all glazed items"),
             dict(product="BT-VS-25", old=4.40, new=4.62, cur="USD",
                  quote="unit price of BT-VS-25 will become USD 4.62 instead of USD 4.40")],
     changes=[("P10356", "confirmation", None, None, "For your order P10356 (shipment 28/12) the old price is kept"),
              ("P10357", "price_change", None, None, "unit price of BT-VS-25 will become USD 4.62 instead of USD 4.40")]),

dict(v="d9d_umbria", lang="en", at="2026-12-11 12:00", subj="P10358 - yarn surcharge",
     text="""
Dear Laura,

I write you about P10358 (linen bed sets, delivery 22 January). Our Belgian flax spinner has increased the yarn price again from 1 December, +11%, and I am sorry but on this order we cannot keep the confirmed price. We ask you to accept a surcharge of 3,5% on the order value, it is only a part of our cost increase. For orders from 2027 we will send a new price list in the next days.

Delivery 22 January stays confirmed, of course.

Cordiali saluti
Francesca Conti
Umbria Tessili S.r.l.
""", end="Cordiali saluti", change="price", intent="price_change", sec=["confirmation"], po=["P10358"],
     commit=("2027-01-22", "Delivery 22 January stays confirmed"),
     dates=[("2027-01-22", "confirmed_delivery", "delivery 22 January"), ("2026-12-01", "other", "from 1 December"),
            ("2027-01-22", "confirmed_delivery", "Delivery 22 January")],
     prices=[dict(pct=3.5, quote="a surcharge of 3,5% on the order value")]),

dict(v="porto", lang="en", at="2026-10-28 16:10", subj="ASN TDP-ASN-D9D-30571 / P10359",
     text="""
Mike, the towels for P10359 are on their way, full order. Inês

=== ADVANCED SHIPPING NOTICE ===
ASN no.: TDP-ASN-D9D-30571
PO: P10359
Ship date: 2026-10-28
Carrier: DSV Road   Waybill: DSV-D9D-4418207
Packages: 84 cartons / 4 pallets
Estimated delivery: 2026-11-02
=== Têxteis do Porto - automatic message ===
""", end="=== Têxteis do Porto - automatic message", change="shipping", intent="shipping_notice",
     po=["P10359"], vref=["TDP-ASN-D9D-30571"], commit=("2026-11-02", "Estimated delivery: 2026-11-02"),
     dates=[("2026-10-28", "ship_date", "2026-10-28"), ("2026-11-02", "confirmed_delivery", "2026-11-02")],
     lines=[("towels", 84, "cartons", "84 cartons / 4 pallets", "P10359")],
     track=[("DSV Road", "DSV-D9D-4418207", "Waybill: DSV-D9D-4418207")]),

dict(v="kaiser", lang="en", at="2026-11-05 16:45", subj="AW: P10360 late?",
     text="""
Dear Mr Osei,

no, it is not late: P10360 was picked up by UPS today at 15:00, complete (3 parcels), and will be delivered tomorrow, Friday 6.11. The order was confirmed for 6.11., so we are in time.

Tracking: 1Z9D9D40682201771 / 1Z9D9D40682201782 / 1Z9D9D40682201793

Mit freundlichen Grüßen
Stefan Kaiser

-----Ursprüngliche Nachricht-----
Von: Mike Osei
Gesendet: Donnerstag, 5. November 2026 11:20
Betreff: P10360 late?

Hello Mr Kaiser, P10360 was due on 6 November and we have no shipping notice yet. Is it late? Mike
""", end="Mit freundlichen Grüßen", change="shipping", intent="shipping_notice", po=["P10360"],
     commit=("2026-11-06", "will be delivered tomorrow, Friday 6.11."),
     dates=[("2026-11-05", "ship_date", "today"), ("2026-11-06", "confirmed_delivery", "tomorrow, Friday 6.11."),
            ("2026-11-06", "confirmed_delivery", "confirmed for 6.11.")],
     lines=[("parcels", 3, "parcels", "complete (3 parcels)", "P10360")],
     track=[("UPS", "1Z9D9D40682201771", "1Z9D9D40682201771"), ("UPS", "1Z9D9D40682201782", "1Z9D9D40682201782"),
            ("UPS", "1Z9D9D40682201793", "1Z9D9D40682201793")]),

dict(v="d9d_danang", lang="en", at="2026-10-31 10:00", subj="FW: SHIPPED ON BOARD - DNG/HAM - P10305",
     text="""
Dear Tim,

Good news, P10305 bamboo bowls is on board, please see below message from our forwarder. All 1,600 pcs as your order.

Best regards,
Nguyen Van Duc

---------- Forwarded message ---------
From: Booking Team <booking@saigonfreight.vn>
Date: Fri, Oct 30, 2026 at 2:41 PM
Subject: SHIPPED ON BOARD - DNG/HAM - P10305

Dear Duc,
Container TGHU 6612890 for P10305 loaded on board ONE HANOVER 041W, sailed Da Nang 30-Oct-2026.
HBL: SGF-D9D-HBL-20981
ETA Hamburg: 09-Dec-2026 (via Singapore)
Best regards
Booking Team
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P10305"],
     commit=("2026-12-09", "ETA Hamburg: 09-Dec-2026"),
     dates=[("2026-10-30", "ship_date", "30-Oct-2026"), ("2026-12-09", "confirmed_delivery", "09-Dec-2026")],
     lines=[("bamboo bowls", 1600, "pcs", "All 1,600 pcs", "P10305")],
     track=[("ONE", "TGHU 6612890", "Container TGHU 6612890"), (None, "SGF-D9D-HBL-20981", "HBL: SGF-D9D-HBL-20981")]),

dict(v="d9d_limoges", lang="en", at="2026-10-13 10:40", subj="P10361 - barcode position?",
     text="""
Dear Mr Brandt,

We are preparing the production of P10361 (bistro plates). Could you tell us whether the EAN barcode must be printed on the back stamp of each plate or only on the box? Your supplier manual (version 2025) says on the box, but Mrs Klein asked in September for the back stamp. We need your answer before the decal order on Friday 16 October.

Kind regards,
Émilie Dufour
ADV Export
""", end="Kind regards,", change="none", intent="question", po=["P10361"],
     dates=[("2026-09-01", "other", "in September"), ("2026-10-16", "other", "Friday 16 October")]),

dict(v="d9d_jalisco", lang="en", at="2026-09-18 13:00", subj="P10362 - FOB or CIF?",
     text="""
Hi Sandra,

The vases for P10362 will be ready on September 30. Do you want us to ship with your forwarder Kuehne+Nagel (FOB Manzanillo) as last time, or should we book it ourselves CIF Hamburg? If CIF, the earliest vessel is October 6 and the arrival would be around November 2.

Please let me know this week.

Gracias!
Mariana
""", end="Gracias!", change="none", intent="question", po=["P10362"],
     dates=[("2026-09-30", "other", "September 30"), ("2026-10-06", "other", "October 6"),
            ("2026-11-02", "other", "November 2"), ("2026-09-14", "other", "this week")]),

dict(v="aussie", lang="en", at="2026-11-03 08:30", subj="Re: P10363 - couple of things",
     text="""
Hi Mike, answers below in caps, but I've got a question back for you at the end.

> 1. Can you confirm P10363 ships as planned on 20 November?
YES, STILL 20 NOV EX SYDNEY.
> 2. Is the carton marking per our manual?
YES.

Question back: your PO P10363 has delivery to Hamburg but the booking from your forwarder says Bremen. Which one is right? Need it before Friday so the docs are correct.

Liam

On Mon, 2 Nov 2026 at 18:12, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Hi Liam,
> 1. Can you confirm P10363 ships as planned on 20 November?
> 2. Is the carton marking per our manual?
""", end="Liam\n\nOn Mon", change="none", intent="question", sec=["confirmation"], po=["P10363"],
     dates=[("2026-11-20", "ship_date", "STILL 20 NOV EX SYDNEY"), ("2026-11-06", "other", "before Friday")]),

dict(v="mueller", lang="en", at="2026-11-26 09:10", subj="P10364 ready - Hamburg or Bremen?",
     text="""
Dear Mr Osei,

P10364 is ready for dispatch. Your warehouse in Hamburg does not have a free slot before 11 December, the earliest they offered is Friday 11.12. at 06:00. Our forwarder could deliver already on 3 December to your Bremen location instead. Which do you prefer: Hamburg on 11.12. or Bremen on 03.12.?

Mit freundlichen Grüßen
Jürgen Müller
Müller Gartentechnik
""", end="Mit freundlichen Grüßen", change="none", intent="question", po=["P10364"],
     dates=[("2026-12-11", "other", "before 11 December"), ("2026-12-11", "other", "Friday 11.12."),
            ("2026-12-03", "other", "3 December"), ("2026-12-11", "other", "Hamburg on 11.12."),
            ("2026-12-03", "other", "Bremen on 03.12.")]),

dict(v="porto", c=1, lang="en", at="2026-12-15 11:30", subj="Forecast 2027 - bath towels",
     text="""
Hello Mike,

Happy holidays in advance! For planning our yarn purchase for 2027, could you please send us your forecast for the bath towel programme (P10365 was the last order) for Q1 and Q2? Our spinner closes the order book on 8 January, so the forecast would be great by 6 January.

Also: is your warehouse open between Christmas and New Year? We have nothing planned to deliver, it is only for our information.

Obrigado,
João Pereira
Têxteis do Porto
""", end="Obrigado,", change="none", intent="question", po=["P10365"],
     dates=[("2027-01-08", "other", "8 January"), ("2027-01-06", "other", "6 January")]),

dict(v="d9d_franken", lang="en", at="2026-12-18 16:00", subj="Out of office: RE: P10366 pallet labels",
     text="""
Thank you for your email. I am out of the office from 21.12.2026 until 06.01.2027 inclusive. During this time please contact our sales office at verkauf@fraenkische-buersten.de or +49 9561 7788-0. Your orders (e.g. P10366) are handled by my colleagues.

Holger Brandl
""", end="Holger Brandl", change="none", intent="other", po=["P10366"],
     dates=[("2026-12-21", "other", "21.12.2026"), ("2027-01-06", "other", "06.01.2027")]),

dict(v="d9d_durban", c=1, lang="en", at="2026-10-27 10:30", subj="P10330 - fumigation & phyto certificates",
     text="""
Dear Mike,

Attached please find the fumigation certificate and the phytosanitary certificate for P10330, as requested by your customs broker. The shipment sailed as planned, so no change to the ETA.

Kind regards,
Pieter Botha
Zulu Weave Crafts

--- attachment: Fumigation_Cert_ZWC-FC-D9D-0226.pdf ---
FUMIGATION CERTIFICATE No. ZWC-FC-D9D-0226
Commodity: ilala palm baskets   Consignment: P10330
Date of treatment: 22/10/2026   Treatment: methyl bromide, 48 g/m3, 24 h
""", end="Kind regards,", change="none", intent="other", po=["P10330"], vref=["ZWC-FC-D9D-0226"],
     dates=[("2026-10-22", "other", "22/10/2026")]),

dict(v="lyonnais", lang="en", at="2026-11-30 09:05", subj="RE: RE: RE: P10367 delivery address",
     text="""
Well received, thank you Sandra. I pass the new delivery address for P10367 to our logistics team.

Isabelle

On Fri, 27 Nov 2026 at 16:55, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Isabelle, please note: P10367 goes to our Leipzig DC, not Hamburg. Delivery date 14 December unchanged.
>
> On Thu, 26 Nov 2026 at 10:20, Isabelle Martin <isabelle.martin@textiles-lyonnais.fr> wrote:
>> Dear Sandra, P10367 (linen curtains) is confirmed for delivery on 14 December in Hamburg.
>>
>> On Wed, 25 Nov 2026 at 09:00, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
>>> Please confirm P10367, delivery 14 December.
""", end="Isabelle\n\nOn Fri", change="none", intent="other", po=["P10367"]),

dict(v="hansa", lang="en", at="2026-12-08 10:00", subj="AW: P10334 - two options for delivery",
     text="""
Dear Sandra,

thank you for your decision. We confirm P10334 as you wish: 1.000 pcs delivered on Thursday 10 December and the rest 800 pcs in calendar week 2, on Wednesday 13 January 2027 at the latest.

Order confirmation HG-AB-D9D-44120 follows by separate mail.

Kind regards
Anke Petersen
Hansa Glas & Porzellan

-----Ursprüngliche Nachricht-----
Von: Sandra Klein <sandra.klein@hhg-retail.com>
Gesendet: Montag, 7. Dezember 2026 15:02
Betreff: RE: P10334 - two options for delivery

Dear Anke, we take the split: 1.000 pcs on 10.12. and the rest in KW 2. Sandra
""", end="Kind regards", change="date", intent="confirmation", po=["P10334"], vref=["HG-AB-D9D-44120"],
     commit=("2027-01-13", "on Wednesday 13 January 2027 at the latest"),
     dates=[("2026-12-10", "confirmed_delivery", "Thursday 10 December"), ("2027-01-11", "confirmed_delivery", "calendar week 2"),
            ("2027-01-13", "confirmed_delivery", "Wednesday 13 January 2027")],
     lines=[("wine glasses Hanseatic", 1000, "pcs", "1.000 pcs delivered on Thursday 10 December", "P10334"),
            ("wine glasses Hanseatic", 800, "pcs", "the rest 800 pcs in calendar week 2", "P10334")]),
]
