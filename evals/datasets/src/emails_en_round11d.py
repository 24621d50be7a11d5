# ruff: noqa: E501 - email text is data
"""English, round 11 (branch d11d): the intent pairs that are still confused. Questions that
need the buyer's answer (a colour substitution, label files, a delivery slot, an ASN code, an
early delivery) against mail that only looks like it asks something (surveys, newsletters with
rhetorical questions, portal and EDI notices, out-of-office replies, a receipt
acknowledgement, bank-detail fraud); price lists and quotes sent for information, unchanged
lists, credit notes and "prices not yet fixed" letters against real price changes on open
orders (tariff and freight surcharges, a list with a dated increase, a goodwill discount, a
corrected list price); orders or lines that cannot be made at all (discontinued articles, a
cracked mould, a lapsed certificate, a cancelled balance) against late ones (a line postponed,
a slip with an offer to cancel, an open-ended hold, a buyer asking whether to cancel); and
order confirmations that mention a price, confirmation when the price stands and price change
when it moves. A long chatty letter with one buried question, and a cancelled production
run that only delays the order. US, Canadian, UK, Irish, Kenyan, Singaporean, Indian, Pakistani, Chinese,
Taiwanese, Korean, Turkish, Romanian, South African, Australian and New Zealand voices; quoted history,
forwarded mail, attachment tables, calendar weeks, relative dates and month-first numeric
dates. Hand-written and hand-labelled by reading each email; no extractor or classifier
produced the labels."""

EMAILS = [
dict(v="d11d_leeds", c=2, lang="en", at="2026-11-10 09:00", subj="Scheduled maintenance - Kirkstall trade portal",
     text="""
Dear Customer,

Our trade portal will be unavailable from 22:00 on Saturday 14 November until 06:00 on Sunday 15 November while we upgrade our servers. Orders, acknowledgements and invoices already in the system are not affected and no action is needed from you.

Do you have a question about an order in the meantime? Our sales office is happy to help on 0113 496 0000.

This is an automated notification, please do not reply to this email.

Kirkstall Enamelware Ltd | Registered in England No. 04417720
""", end="This is an automated notification", change="none", intent="other",
     dates=[("2026-11-14", "other", "Saturday 14 November"), ("2026-11-15", "other", "Sunday 15 November")]),

dict(v="d11d_leeds", lang="en", at="2026-11-11 14:25", subj="P11300 enamel mugs - colour",
     text="""
Hi Mike,

One for you on P11300. The 'Cream' enamel we use on the 350ml mugs (KE-MUG-350-CR) has been replaced by our supplier with a shade they call 'Oat'. Side by side you can just about tell, it's a touch warmer. Same price, same everything else.

Are you happy for us to run your 1,200 mugs in Oat, or would you rather we hold them until we've sourced Cream elsewhere (no idea how long that takes, honestly)? Either way I need to know by Friday, the line is booked for 23 November.

Photos of both attached.

Cheers,
Stuart

Stuart Pickles
Sales Manager | Kirkstall Enamelware Ltd
""", end="Cheers,\nStuart", change="none", intent="question", po=["P11300"],
     dates=[("2026-11-13", "other", "by Friday"), ("2026-11-23", "other", "23 November")]),

dict(v="acme", c=1, lang="en", at="2026-11-19 10:40", subj="How did we do? 2-minute customer survey",
     text="""
Hi Laura,

Thanks for being an Acme Home Goods customer in 2026! We'd love to hear how we did on your recent orders. Could you spare two minutes for our annual partner survey? There are only 8 questions, for example:

- How satisfied are you with our on-time delivery?
- Would you recommend Acme to a colleague?
- What could we do better next year?

The survey closes December 4. Everyone who answers goes into a drawing for a $250 gift card.

Take the survey: https://survey.acmehomegoods.com/partner2026

Thank you!
Dave Kowalski
Customer Experience, Acme Home Goods Inc.
""", end="Thank you!\nDave", change="none", intent="other",
     dates=[("2026-12-04", "other", "December 4")]),

dict(v="d11d_ohio", c=1, lang="en", at="2026-10-22 07:30", subj="Are you ready for the holiday rush? | Cuyahoga Candle Co. news",
     text="""
Hello friends of Cuyahoga!

Is your shelf ready for the holidays? Our Winter Cabin collection (balsam, cedar & smoke, cranberry orchard) is back, and we've added two new three-wick jars.

A few things to keep in mind:
* Order cut-off for delivery before Christmas to our European partners: November 13
* Our plant is closed November 26-27 for Thanksgiving
* Questions? Your account manager is always one email away.

Happy selling,
The Customer Success team

You're receiving this because you're a wholesale partner of Cuyahoga Candle & Soap Co. Unsubscribe
""", end="Happy selling,", change="none", intent="other",
     dates=[("2026-11-13", "other", "November 13"), ("2026-11-26", "other", "November 26-27"),
            ("2026-11-27", "other", ("November 26-27", 0))]),

dict(v="d11d_ohio", lang="en", at="2026-10-14 11:15", subj="P11301 - barcode labels?",
     text="""
Hi Sandra,

Before the newsletter folks grab me for the holiday mailing - quick question on P11301 (the 600 soy jar candles). Your PO says "retailer labels" but we never received a label file from you. Do you want us to print your EAN labels (then please send the file), or shall we use our own UPC labels like last time?

We pour on Monday, labels go on the following week, so there's a little time.

Thanks!
Brianna

Brianna Kowalczyk
Account Manager | Cuyahoga Candle & Soap Co.
""", end="Thanks!\nBrianna", change="none", intent="question", po=["P11301"],
     dates=[("2026-10-19", "other", "We pour on Monday"), ("2026-10-26", "other", "the following week")]),

dict(v="cleanco", c=1, lang="en", at="2026-11-02 06:05", subj="Invoice INV-D11D-55102 for your order P11302",
     text="""
Dear Customer,

Your invoice INV-D11D-55102 for order P11302 is now available to download in the CleanCo customer portal.

Invoice date: 02/11/2026
Amount due: GBP 3,418.60
Due date: 02/12/2026

If you have already paid, please ignore this message. If you have any questions about this invoice, please contact accounts@cleancosupplies.co.uk.

This mailbox is not monitored.
CleanCo Supplies Ltd
""", end="This mailbox is not monitored.", change="none", intent="other", po=["P11302"], vref=["INV-D11D-55102"],
     dates=[("2026-11-02", "other", "02/11/2026"), ("2026-12-02", "other", "02/12/2026")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-20 13:50", subj="P11303 - which delivery slot?",
     text="""
Hi Mike,

Your DC's booking portal only shows two open slots for P11303 (the 14 pallets of ice melt): 11/30 at 8 am or 12/3 at 1 pm. Both work for our carrier. Which one would you prefer? The portal holds the slots until tomorrow noon, so a quick answer would be great.

Thanks,
Karen
""", end="Thanks,\nKaren", change="none", intent="question", po=["P11303"],
     dates=[("2026-11-30", "other", "11/30"), ("2026-12-03", "other", "12/3"),
            ("2026-11-21", "other", "until tomorrow noon")]),

dict(v="galway", c=1, lang="en", at="2026-11-10 17:30", subj="Automatic reply: P11304 delivery address",
     text="""
Thank you for your email. I am away from the office until Monday 16 November with limited access to email.

For questions about orders, deliveries or invoices please contact Orla Keane (orla.keane@galwayknitwear.ie), who will be happy to help.

Go raibh maith agat,
Accounts | Galway Knitwear Ltd

> Please note the new delivery address for P11304: HHG DC Nord, Tor 4, Billbrookdeich 95, 22113 Hamburg. Thanks, Sandra
""", end="Go raibh maith agat,", change="none", intent="other", po=["P11304"],
     dates=[("2026-11-16", "other", "Monday 16 November")]),

dict(v="kiwiwool", c=1, lang="en", at="2026-11-25 09:20", subj="Wool throws forecast for Q1?",
     text="""
Kia ora Laura,

Hope the season is going well up there. We're planning the scouring and spinning for the first quarter and the mill needs our bookings before 15 December. Could you give us a rough forecast of the merino throws you'd want for Feb-April deliveries? Even a range is fine (e.g. 800-1,200 per colour). If we don't book now the next free slot is mid-March.

Nga mihi,
Sophie Clarke
Kiwi Wool Co Ltd
""", end="Nga mihi,", change="none", intent="question",
     dates=[("2026-12-15", "other", "before 15 December"), ("2027-02-01", "other", "Feb"),
            ("2027-04-01", "other", "April"), ("2027-03-15", "other", "mid-March")]),

dict(v="brightline", c=2, lang="en", at="2026-10-07 15:05", subj="RE: P11305 delivery address update",
     text="""
Hi Laura,

Thanks, received - the new delivery address for P11305 has been passed to our warehouse team and updated on the order. Nothing else changes on our side.

Kind regards,
Customer Services
Brightline Electronics Ltd

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: 07 October 2026 09:12
Subject: P11305 delivery address update

Hello, please deliver P11305 (due 21/10) to DC Nord, Tor 4, not to the store. Could you confirm? Laura
""", end="Kind regards,\nCustomer Services", change="none", intent="other", po=["P11305"]),

dict(v="keystone", c=1, lang="en", at="2026-12-01 04:12", subj="ACTION REQUIRED: ASN rejected - P11306",
     text="""
*** KEYSTONE EDI GATEWAY - ACTION REQUIRED ***

Trading partner: HARTMANN HOME & GARDEN
Document: 856 ASN KHD-ASN-D11D-20931
Purchase order: P11306
Status: REJECTED BY RECEIVER - missing ship-to location code (N1*ST)

Your DC did not accept our ASN because the ship-to code is blank on your PO. Please reply with the correct DC location code for P11306 so we can resend the ASN. The shipment itself is staged and ready; it cannot be released to the carrier without an accepted ASN. Planned pickup: 12/03/2026.

Greg Palmer, EDI Coordinator (added note: Laura, we just need the 4-digit DC code, probably 0040? Please confirm.)

This message was generated automatically by the Keystone EDI Gateway.
""", end="This message was generated automatically", change="none", intent="question", po=["P11306"],
     vref=["KHD-ASN-D11D-20931"],
     dates=[("2026-12-03", "ship_date", "Planned pickup: 12/03/2026")]),

dict(v="keystone", c=1, lang="en", at="2026-09-29 02:40", subj="EDI 997 Functional Acknowledgment - P11307",
     text="""
*** KEYSTONE EDI GATEWAY ***

Document received: 850 Purchase Order
Purchase order: P11307
Interchange control no.: 000D11D4471
Status: ACCEPTED (syntax check only)

This is a functional acknowledgment of receipt. It is not an order acknowledgment; your 855 will follow from our customer service team once the order has been reviewed. No action required.

This message was generated automatically by the Keystone EDI Gateway.
""", end="This message was generated automatically", change="none", intent="other", po=["P11307"]),

dict(v="tradefair", lang="en", at="2026-11-12 10:00", subj="Will we see you at HomeWorld 2027?",
     text="""
Dear Trade Visitor,

Will you be joining us in Frankfurt? HomeWorld 2027 opens its doors from 5 to 9 February 2027 with more than 4,000 exhibitors in housewares, garden and living.

Are you a returning buyer? Register before 15 January and your ticket is free. New this year: guided tours for purchasing teams, sustainability trail, and the "Future Kitchen" stage.

Any questions? Our visitor service is happy to help.

We look forward to welcoming you!
HomeWorld Trade Fair Team
""", end="We look forward to welcoming you!", change="none", intent="other",
     dates=[("2027-02-05", "other", "from 5 to 9 February 2027"), ("2027-02-09", "other", ("from 5 to 9 February 2027", 0)),
            ("2027-01-15", "other", "before 15 January")]),
dict(v="texbright", c=1, lang="en", at="2026-11-30 16:10", subj="P11308 ready early - OK to deliver sooner?",
     text="""
Hi Sandra,

Good problem to have: the flannel sheet sets on P11308 came off the line ahead of plan and are packed. Would you like them early? We could deliver on 12/7. If that's too soon for your DC, no problem at all, it stays on the 17th as ordered.

Just let me know which you prefer.

Olivia
""", end="Olivia", change="none", intent="question", po=["P11308"],
     commit=("2026-12-17", "it stays on the 17th as ordered"),
     dates=[("2026-12-07", "other", "12/7"), ("2026-12-17", "confirmed_delivery", "the 17th")]),

dict(v="d11d_singapore", lang="en", at="2026-12-09 17:45", subj="P11309 unloading on Saturday?",
     text="""
Dear Tim,

Container for P11309 (MSKU 448120-D11D, 1x40HC rattan-look storage) ETA Hamburg 17 Dec as per schedule, no change. Our forwarder asks: is your warehouse open on Saturday 19 December for unloading? If not they will deliver Monday 21 Dec instead, but then there is 1 day of demurrage which is for your account per the terms.

Please advise which one, thanks.

Best regards,
Melvin Goh
Straits Homeware Trading Pte Ltd
""", end="Best regards,\nMelvin", change="none", intent="question", po=["P11309"],
     commit=("2026-12-17", "ETA Hamburg 17 Dec as per schedule"),
     dates=[("2026-12-17", "confirmed_delivery", "17 Dec"), ("2026-12-19", "other", "Saturday 19 December"),
            ("2026-12-21", "other", "Monday 21 Dec")],
     track=[(None, "MSKU 448120-D11D", "MSKU 448120-D11D")]),

dict(v="polska", frm="Katarzyna Nowak <k.nowak@polskaceramika-pl.com>", lang="en", at="2026-11-24 12:35",
     subj="URGENT: change of bank account",
     text="""
Dear Customer,

Please be informed that due to audit of our company, our bank account at PKO was closed. All payments for open invoices from 1 December must go to our new account:

Bank: Baltic Trade Bank, Riga
IBAN: LV61 BTBL 0000 4418 2290 1
SWIFT: BTBLLV22

Can you please confirm by return that your accounting has updated it? Payments to the old account will be returned.

Best regards,
Katarzyna Nowak
Polska Ceramika
""", end="Best regards,\nKatarzyna", change="none", intent="other",
     dates=[("2026-12-01", "other", "from 1 December")]),

dict(v="lahore", lang="en", at="2026-11-16 11:40", subj="P11310 care label language",
     text="""
Dear Sandra,

Greetings from Lahore. Regarding P11310 (bath towels 70x140, 2,400 pcs) the sewing of care labels is our next step. Kindly advise us: the text "Made in Pakistan" and washing instructions, should these be printed in German language also or English only is sufficient? Last order P11399 was English only but your QC team remarked about it.

Printing of labels starts 23rd November, so kindly reply before 20th. Delivery as confirmed remains unchanged.

Thanks and regards,
Imran Qureshi
Lahore Linen Mills (Pvt) Ltd
""", end="Thanks and regards,", change="none", intent="question", po=["P11310", "P11399"],
     dates=[("2026-11-23", "other", "23rd November"), ("2026-11-20", "other", "before 20th")]),

dict(v="d11d_singapore", c=1, lang="en", at="2026-10-06 10:00", subj="Straits Homeware | New arrivals & showroom open day",
     text="""
Dear Valued Partner,

Have you seen our new Kampong collection yet? Hand-woven seagrass baskets, teak serving boards and batik cushion covers, all FSC and BSCI certified.

Showroom open day: Thursday 22 October, 10am-5pm, 18 Boon Lay Way. Light lunch served. Can't make it? Ask us for a video call walk-through at any time.

Prices and MOQs in the attached catalogue. Orders placed before 30 October are shipped in December.

Warm regards,
Siti Rahmah
Marketing, Straits Homeware Trading Pte Ltd
""", end="Warm regards,", change="none", intent="other",
     dates=[("2026-10-22", "other", "Thursday 22 October"), ("2026-10-30", "other", "before 30 October"),
            ("2026-12-01", "other", "shipped in December")]),

dict(v="d11d_nairobi", lang="en", at="2026-10-20 10:30", subj="Re: P11311 - two things to confirm please",
     text="""
Dear Laura,

Thank you for the order P11311 for the sisal baskets. Before we start weaving we need your answer on two points please:

1. The PO shows natural colour for all 900 baskets, but the sample you approved in August was natural with a black stripe. Which one should we make?
2. Do you want the baskets nested in sets of 3 (saves carton volume) or packed individually?

Our weavers' groups meet on Friday and we would like to hand out the work then. The shipping date does not change, it is still ex Mombasa in week 47.

Asante sana,
Wanjiru Kamau
Rift Valley Sisal Crafts Ltd
""", end="Asante sana,", change="none", intent="question", po=["P11311"],
     dates=[("2026-08-01", "other", "in August"), ("2026-10-23", "other", "on Friday"),
            ("2026-11-16", "ship_date", "week 47")]),
dict(v="pennine", lang="en", at="2026-11-26 10:05", subj="Pennine Stoneware trade price list 2027",
     text="""
Morning Tim,

As promised on the phone, here's our 2027 trade price list for your files. Good news for once: we've held everything at this year's prices, planters, bird baths and the lot. Your open orders are unaffected either way.

Couple of new lines at the back (the ribbed 40cm planter and a frost-proof trough), prices there if you fancy trying them.

Cheers
Dave

--- attachment: Pennine_Trade_Prices_2027.pdf ---
PENNINE STONEWARE LTD - TRADE PRICE LIST 2027 (unchanged from 2026)
PS-PL-25   Planter 25cm, glazed          £6.95
PS-PL-30   Planter 30cm, glazed          £8.80
PS-BB-45   Bird bath 45cm                £21.40
NEW  PS-PL-40R  Ribbed planter 40cm      £14.90
NEW  PS-TR-60   Frost-proof trough 60cm  £17.25
""", end="Cheers\nDave", change="none", intent="other"),

dict(v="d11d_halifax", lang="en", at="2026-10-15 11:20", subj="New for 2027: lantern collection pricing",
     text="""
Hi Laura,

As you asked at the fair, here's the pricing for our new 2027 lantern collection (made from reclaimed lobster-trap wire, the ones you liked on the stand). Nothing here touches your current orders, the prices on your open POs stay as they are.

BM-LT-S  small lantern    CAD 11.40
BM-LT-M  medium lantern   CAD 15.90
BM-LT-L  large lantern    CAD 21.75

MOQ is 96 per size. If you want samples just say the word and I'll pop them in the mail.

Thanks a bunch,
Colleen MacIsaac
Bluenose Marine Home Ltd.
""", end="Thanks a bunch,", change="none", intent="other"),

dict(v="sparkle", lang="en", at="2026-09-17 15:40", subj="Quote - 45cl tumbler",
     text="""
Hi Sandra,

Thanks for your enquiry. Our price for the 45cl recycled-glass tumbler (SG-TB-45) would be £1.92 per piece, MOQ 1,200, packed in sixes. Lead time is currently around five weeks from order. The quote is valid until 31 October.

Happy to send a sample if useful.

Kind regards,
Hannah Price
Sparkle Glassware Ltd
""", end="Kind regards,\nHannah", change="none", intent="other",
     dates=[("2026-10-31", "other", "valid until 31 October")]),

dict(v="acme", lang="en", at="2026-11-16 09:15", subj="Tariff surcharge - open orders P11313 / P11314",
     text="""
Hi Laura,

I hate sending these. With the new Section 301 tariff rates on cast iron that kicked in last month, we have to pass part of it through. Effective with shipments from 12/1, the 10" cast iron skillet (ACM-CI-10) goes from $14.20 to $14.80 and the 12" (ACM-CI-12) from $18.60 to $19.35. Both of your open orders ship after that date, so this hits P11313 (skillets 10") and P11314 (skillets 12"). Delivery dates don't change.

I know it's late in the season. Call me if you want to talk it through.

Jessica

Jessica Moreno
Acme Home Goods Inc.
""", end="Jessica\n\nJessica Moreno", change="price", intent="price_change", po=["P11313", "P11314"],
     dates=[("2026-10-01", "other", "last month"), ("2026-12-01", "price_effective", "from 12/1")],
     prices=[dict(product="ACM-CI-10", old=14.20, new=14.80, cur="USD", eff="2026-12-01",
                  quote="the 10\" cast iron skillet (ACM-CI-10) goes from $14.20 to $14.80"),
             dict(product="ACM-CI-12", old=18.60, new=19.35, cur="USD", eff="2026-12-01",
                  quote="the 12\" (ACM-CI-12) from $18.60 to $19.35")],
     changes=[("P11313", "price_change", None, None, "P11313 (skillets 10\")"),
              ("P11314", "price_change", None, None, "P11314 (skillets 12\")")]),

dict(v="d11d_leeds", lang="en", at="2026-12-02 11:30", subj="Kirkstall price list 2027",
     text="""
Hi Mike,

Please find our 2027 price list attached. Steel and energy have both gone up again this year so we've had to put our prices up by 4% across the range from 1 February 2027. Anything we confirm before then keeps this year's price, so if you want to get P11315 topped up now's the time.

The main lines for you:

--- attachment: KE_Pricelist_2027.pdf ---
KIRKSTALL ENAMELWARE - PRICE LIST 2027, valid from 01/02/2027
Code           Item                     2026     2027
KE-MUG-350-CR  Enamel mug 350ml         £3.10    £3.22
KE-PLT-26      Enamel plate 26cm        £4.50    £4.68
""", end="The main lines for you:", change="price", intent="price_change", po=["P11315"],
     dates=[("2027-02-01", "price_effective", "from 1 February 2027"),
            ("2027-02-01", "price_effective", "valid from 01/02/2027")],
     prices=[dict(pct=4, eff="2027-02-01", quote="put our prices up by 4% across the range"),
             dict(product="KE-MUG-350-CR", old=3.10, new=3.22, cur="GBP", eff="2027-02-01",
                  quote="KE-MUG-350-CR  Enamel mug 350ml         £3.10    £3.22"),
             dict(product="KE-PLT-26", old=4.50, new=4.68, cur="GBP", eff="2027-02-01",
                  quote="KE-PLT-26      Enamel plate 26cm        £4.50    £4.68")]),

dict(v="evergreen", c=1, lang="en", at="2026-11-05 14:00", subj="FW: 2027 price list (resend)",
     text="""
Hi Tim,

Resending our 2027 price list as you couldn't find the September email. Nothing has changed since then - it's the exact same file, and the prices on P11316 are as confirmed. Just keep it on record.

Tanya

---------- Forwarded message ---------
From: Tanya Brooks <tanya.brooks@evergreenpaper.com>
Date: Tue, Sep 15, 2026 at 10:02 AM
Subject: 2027 price list

Hi Tim, attached the 2027 price list, all prices the same as 2026. Tanya
""", end="Tanya\n\n----------", change="none", intent="other", po=["P11316"],
     dates=[("2026-09-01", "other", "the September email")]),

dict(v="d10a_munster", lang="en", at="2026-11-18 12:45", subj="P11317 - sorry, 3% off for the late delivery",
     text="""
Hi Sandra,

Following up on the mess with P11317 (the tea towels that arrived nine days late last month). We've agreed internally to give you 3% off the whole order to make up for it, so the invoice will be reissued: 2,000 tea towels at €2.62 instead of €2.70. You'll have the corrected invoice by Friday.

Again, apologies.

Aoife Walsh
Munster Kitchen Textiles Ltd
""", end="Aoife Walsh", change="price", intent="price_change", po=["P11317"],
     dates=[("2026-10-01", "other", "last month"), ("2026-11-20", "other", "by Friday")],
     prices=[dict(product="tea towels", old=2.70, new=2.62, pct=-3, cur="EUR",
                  quote="2,000 tea towels at €2.62 instead of €2.70")]),

dict(v="d9b_dales", c=1, lang="en", at="2026-12-03 10:10", subj="Credit note CN-D11D-0442 - damaged cushion covers",
     text="""
Dear Hartmann Home & Garden,

Please find attached credit note CN-D11D-0442 for 36 cushion covers returned damaged from order P11318, value £198.00. This will be offset against invoice DTP-INV-D11D-7781 due 15/12/2026.

Kind regards,
Accounts Team
Dales Textile Printers Ltd
""", end="Kind regards,\nAccounts Team", change="none", intent="other", po=["P11318"],
     vref=["CN-D11D-0442", "DTP-INV-D11D-7781"],
     dates=[("2026-12-15", "other", "15/12/2026")]),

dict(v="pacific", c=1, lang="en", at="2026-10-08 13:30", subj="Green coffee costs - pricing from your next order",
     text="""
Hey Mike,

You've probably seen the C-market headlines. Arabica is at a 13-year high and our green contracts for the winter reset last week. We've held out as long as we could, but from your next order our wholesale prices go up 8% across all blends. P11319, which you placed on Monday, is locked at the old prices, we'll honor that.

Happy to walk through the numbers on a call.

Chris
""", end="Chris", change="price", intent="price_change", po=["P11319"],
     dates=[("2026-09-28", "other", "last week"), ("2026-10-05", "other", "placed on Monday")],
     prices=[dict(pct=8, quote="our wholesale prices go up 8% across all blends")]),

dict(v="pacific", lang="en", at="2026-11-12 09:00", subj="Pacific Coast Coffee | market update November",
     text="""
Hi partners,

Our monthly market note. Arabica futures are still sitting near record highs and Brazil's crop estimates came in lower again. What does that mean for you? For now, nothing: we bought forward and are holding our wholesale prices for the rest of the winter. We'll give you at least 60 days' notice before any change.

Also in this issue: our new decaf process, and holiday roasting schedule (last roast before the break is December 18, first roast in the new year January 4).

Cheers,
Lena Park
Pacific Coast Coffee Roasters
""", end="Cheers,\nLena", change="none", intent="other",
     dates=[("2026-12-18", "other", "December 18"), ("2027-01-04", "other", "January 4")]),

dict(v="highland", c=1, lang="en", at="2026-10-26 16:20", subj="RE: P11320 price list?",
     text="""
Hi Laura,

Here you go - our current trade price list attached. I've checked P11320 against it and the prices on your order are correct (pillar candles 7x10 at £2.35, tealights 100-pack at £6.80), so nothing to change there.

Best,
Ewan

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: 26 October 2026 10:48
Subject: P11320 price list?

Hi Ewan, could you send me your current price list? Finance wants to check P11320. Thanks, Laura
""", end="Best,\nEwan", change="none", intent="other", po=["P11320"]),

dict(v="baltic", lang="en", at="2026-11-09 13:10", subj="Freight cost change from 1 December",
     text="""
Dear Mike,

Our haulier has informed us about the new tariff for 2026/27 winter. Therefore from 1 December our freight charge per pallet to your Hamburg warehouse changes from EUR 85 to EUR 110. This will apply also for P11321 which is planned for loading in week 50. Product prices remain the same.

With best regards,
Tomas Kazlauskas
Baltic Amber Foods UAB
""", end="With best regards,", change="price", intent="price_change", po=["P11321"],
     dates=[("2026-12-01", "price_effective", "from 1 December"), ("2026-12-07", "ship_date", "week 50")],
     prices=[dict(product="freight per pallet", old=85, new=110, cur="EUR", eff="2026-12-01",
                  quote="freight charge per pallet to your Hamburg warehouse changes from EUR 85 to EUR 110")]),

dict(v="d10a_munster", c=1, lang="en", at="2026-11-23 15:35", subj="Correction - 2027 price list",
     text="""
Dear Sandra,

Apologies, the 2027 price list we sent you on 2 November had a typo on the linen tea towel (MKT-TT-LIN). The correct 2027 price is €2.95, not €2.59 as printed. All other prices on the list are correct. The 2027 prices apply from 1 January.

An updated list is attached.

Kind regards,
Customer Service
Munster Kitchen Textiles Ltd
""", end="Kind regards,\nCustomer Service", change="price", intent="price_change",
     dates=[("2026-11-02", "other", "on 2 November"), ("2027-01-01", "price_effective", "from 1 January")],
     prices=[dict(product="MKT-TT-LIN", old=2.59, new=2.95, cur="EUR", eff="2027-01-01",
                  quote="The correct 2027 price is €2.95, not €2.59 as printed")]),

dict(v="d9b_dales", lang="en", at="2026-12-01 09:30", subj="2027 prices - not yet",
     text="""
Hi Sandra,

You asked about our 2027 prices. Honestly, we're still waiting on the dye houses to confirm their rates, so I can't give you a figure yet. I'll have the new list to you by mid-December. Until then our current prices apply to anything you order, and P11322 is at current prices regardless.

Thanks,
Gemma
""", end="Thanks,\nGemma", change="none", intent="other", po=["P11322"],
     dates=[("2026-12-15", "other", "by mid-December")]),
dict(v="anatolia", lang="en", at="2026-11-03 11:10", subj="P11323 order confirmation - line 2 discontinued",
     text="""
Dear Sandra,

Thank you for P11323. We confirm line 1 (600 bathrobes, ANT-BR-WH) and line 3 (1.200 hand towels, ANT-HT-50) as ordered, delivery to Hamburg on 4 December.

Unfortunately line 2, the jacquard bath mat ANT-BM-JQ (500 pcs), is discontinued: the loom for this jacquard was sold in September and we will not produce this article any more. So we must cancel line 2 from the order. We are sorry, the new waffle bath mat could be an alternative, catalogue page attached.

Best regards,
Mehmet Yilmaz
Anatolia Textiles A.S.
""", end="Best regards,\nMehmet", change="cancel", intent="cancellation", sec=["confirmation"], po=["P11323"],
     commit=("2026-12-04", "delivery to Hamburg on 4 December"),
     dates=[("2026-12-04", "confirmed_delivery", "4 December"), ("2026-09-01", "other", "in September")],
     lines=[("ANT-BR-WH", 600, None, "600 bathrobes, ANT-BR-WH", "P11323"),
            ("ANT-HT-50", 1200, None, "1.200 hand towels, ANT-HT-50", "P11323"),
            ("ANT-BM-JQ", 500, "pcs", "ANT-BM-JQ (500 pcs)", "P11323")]),

dict(v="anatolia", c=1, lang="en", at="2026-11-04 15:50", subj="P11324 - bath mats later",
     text="""
Dear Sandra,

For P11324 the bathrobes and hand towels are on schedule, delivery 4 December as confirmed. The bath mats (ANT-BM-WF, 800 pcs) we cannot finish together with them, the dyeing of the grey colour failed the shade test and we must dye again. The bath mats will come in a second truck, delivery 18 December. Nothing is cancelled, all 800 pcs will come.

Kind regards,
Elif Demir
Anatolia Textiles A.S.
""", end="Kind regards,\nElif", change="date", intent="delay", sec=["confirmation"], po=["P11324"],
     commit=("2026-12-18", "delivery 18 December"),
     dates=[("2026-12-04", "confirmed_delivery", "delivery 4 December"), ("2026-12-18", "new_eta", "18 December")],
     lines=[("ANT-BM-WF", 800, "pcs", "ANT-BM-WF, 800 pcs", "P11324")]),

dict(v="d9b_moradabad", lang="en", at="2026-11-17 12:05", subj="P11325 - regret, cannot produce",
     text="""
Dear Laura ji,

With great regret we inform that we are not able to produce your order P11325 (the hammered brass hurricane lanterns, 480 pcs). The sand casting mould for this design cracked last week and our old karigar who made this mould has retired, no other artisan in our cluster can make it same way. We have tried for ten days.

Hence we are cancelling P11325 completely. The advance of USD 1,240 will be refunded to your account by 30 November. If you like a similar lantern from our running range we can offer, but it will be a new order.

Sincerely sorry for the trouble caused.

Regards,
Vikram Agarwal
Moradabad Brassware Exports
""", end="Regards,\nVikram", change="cancel", intent="cancellation", po=["P11325"],
     dates=[("2026-11-09", "other", "last week"), ("2026-11-30", "other", "by 30 November")],
     lines=[("hammered brass hurricane lanterns", 480, "pcs", "the hammered brass hurricane lanterns, 480 pcs", "P11325")]),

dict(v="d9b_moradabad", c=1, lang="en", at="2026-11-18 10:25", subj="P11326 - shipment schedule revised",
     text="""
Dear Laura,

Regarding P11326 (brass candle stands). Due to Diwali holidays and shortage of polishers our production is running late, we cannot make it in November. Earlier ETD Nhava Sheva was 20 November. Revised: goods ready 8 January, ETD 15 January, ETA Hamburg about 20 February 2027. Order is not cancelled, all 1,500 pcs will ship in one lot.

Please bear with us.

Best regards,
Neha Gupta
Moradabad Brassware Exports
""", end="Please bear with us.", change="date", intent="delay", po=["P11326"],
     commit=("2027-02-20", "ETA Hamburg about 20 February 2027"),
     dates=[("2026-11-01", "other", "in November"), ("2026-11-20", "other", "20 November"),
            ("2027-01-08", "other", "ready 8 January"), ("2027-01-15", "ship_date", "ETD 15 January"),
            ("2027-02-20", "new_eta", "20 February 2027")],
     lines=[("brass candle stands", 1500, "pcs", "all 1,500 pcs", "P11326")]),

dict(v="cascadia", lang="en", at="2026-10-13 08:40", subj="P11327 - we have to cancel",
     text="""
Tim,

Bad news. The western red cedar allotment we were counting on for P11327 (the 240 planter boxes) fell through: the mill sold the whole lot to a builder, and there's no other clear-grade cedar to be had in the Northwest before spring. I'd rather be straight with you than string you along with dates.

We'll cancel P11327 on our side on Friday unless you tell me you'd take fir instead (same box, different wood, $4 cheaper). Nothing has been billed.

Brent

Brent Halvorsen
Cascadia Cedar Goods Inc.
""", end="Brent\n\nBrent Halvorsen", change="cancel", intent="cancellation", sec=["question"], po=["P11327"],
     dates=[("2026-10-16", "other", "on Friday")],
     lines=[("planter boxes", 240, None, "the 240 planter boxes", "P11327")]),

dict(v="oakridge", lang="en", at="2026-11-24 14:30", subj="P11328 benches - on hold",
     text="""
Hi Mike,

Straight answer on P11328: the white oak benches (OF-BN-60, 36 pcs) are on hold until further notice. Our kiln contractor had a fire, everything that was drying is lost, and we can't give you a realistic date until they have a new kiln running. They were due to you 12/4, that won't happen.

We're NOT cancelling - the order stays in our system with priority once lumber is dry. I'll update you as soon as I have a date.

Travis Lund
Oakridge Furniture Co.
""", end="Travis Lund", change="date", intent="delay", po=["P11328"],
     dates=[("2026-12-04", "other", "12/4")]),

dict(v="galway", lang="en", at="2026-11-12 12:20", subj="RE: P11329 scarves cancellation / jumpers",
     text="""
Hi Sandra,

Two things on P11329:

The scarves (250) are cancelled as you asked, that's done on our side.

The aran jumpers are another story, I'm sorry to say. Two of our hand-knitters have been out sick and we won't have all 600 ready for 30 November. They'll be with you on 14 December instead. I know it's close to Christmas, but that's the honest date.

All the best,
Orla

-----Original Message-----
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: 11 November 2026 16:02
Subject: P11329 scarves cancellation

Orla, please cancel the 250 scarves on P11329, the jumpers stay (delivery 30/11). Thanks, Sandra
""", end="All the best,\nOrla", change="mixed", intent="delay", sec=["cancellation"], po=["P11329"],
     commit=("2026-12-14", "They'll be with you on 14 December instead"),
     dates=[("2026-11-30", "other", "30 November"), ("2026-12-14", "new_eta", "14 December")],
     lines=[("scarves", 250, None, "The scarves (250) are cancelled", "P11329")]),

dict(v="d10b_xiamen", lang="en", at="2026-11-18 16:40", subj="P11330 ETD delay",
     text="""
Dear Tim,

Sorry to inform, P11330 (stoneware mugs, 4,800 pcs) cannot catch the vessel on 20 Nov. The glaze kiln had a problem and about 30% must be refired. New ETD 8 Dec, ETA Hamburg 14 January.

We know this is after Christmas season. If it is too late for you, you may cancel the order without any charge, please just tell us by Monday. If we don't hear, we produce and ship as above.

Best regards,
Lily Huang
Xiamen Stoneware & Gifts Co., Ltd.
""", end="Best regards,\nLily", change="date", intent="delay", sec=["question"], po=["P11330"],
     commit=("2027-01-14", "ETA Hamburg 14 January"),
     dates=[("2026-11-20", "other", "20 Nov"), ("2026-12-08", "ship_date", "New ETD 8 Dec"),
            ("2027-01-14", "new_eta", "14 January"), ("2026-11-23", "other", "by Monday")]),

dict(v="d10b_tirupur", lang="en", at="2026-10-28 13:15", subj="P11331 - cancellation due to GOTS certificate",
     text="""
Dear Sandra Madam,

We are very sorry to inform that our GOTS scope certificate was not renewed in time by the certification body (audit was postponed from their side), it expired on 15 October. Without valid certificate the organic cotton cushion covers of P11331 can not be labelled or sold as organic, and your PO specifies GOTS organic.

Therefore we have no option but to cancel P11331. Producing non-organic goods under the same order is not acceptable as per your compliance rules, we understand. Once the new certificate is issued (expected in January) we will be glad to take a fresh order.

Thanks and regards,
Karthik Subramanian
Tirupur Knit Home Textiles Pvt Ltd
""", end="Thanks and regards,", change="cancel", intent="cancellation", po=["P11331"],
     dates=[("2026-10-15", "other", "15 October"), ("2027-01-01", "other", "in January")]),

dict(v="d9d_perth", lang="en", at="2026-11-19 14:20", subj="P11332 lanterns - moved to Feb production",
     text="""
Hi Laura,

Heads up on P11332. The solar lanterns won't make the week 49 delivery we confirmed. Our LED panel supplier shorted us, and the next lot of panels only lands in January, so your lanterns go into the February production run. Delivery to you now week 7. Same qty (720), same price, just later.

Cheers,
Bronwyn Taylor
Southern Cross Homewares Pty Ltd
""", end="Cheers,\nBronwyn", change="date", intent="delay", po=["P11332"],
     commit=("2027-02-15", "Delivery to you now week 7"),
     dates=[("2026-11-30", "other", "week 49"), ("2027-01-01", "other", "in January"),
            ("2027-02-01", "other", "the February production run"), ("2027-02-15", "new_eta", "week 7")],
     lines=[("solar lanterns", 720, None, "Same qty (720)", "P11332")]),

dict(v="d10b_sialkot", lang="en", at="2026-11-06 11:45", subj="P11333 balance quantity",
     text="""
Dear Mike,

About the balance 200 pcs of P11333 (garden forks, GF-4T). As you know the first 600 pcs went with the first container. For the balance our forging unit can not get the boron steel in this grade any more at a sensible price, so we will not produce the 200 pcs. Please consider P11333 as closed with 600 pcs, we will invoice only 600 pcs.

Sorry for this, we value your business.

Regards,
Usman Javed
Sialkot Garden Tools (Pvt) Ltd
""", end="Regards,\nUsman", change="cancel", intent="cancellation", po=["P11333"],
     lines=[("GF-4T", 200, "pcs", "we will not produce the 200 pcs", "P11333")]),

dict(v="d10a_plains", lang="en", at="2026-11-20 10:55", subj="P11334 line 3 late",
     text="""
Mike,

P11334 update. Lines 1 and 2 (sheet pans, muffin tins) deliver 12/2 as confirmed. Line 3, the 9x13 roasting pans (GP-RP-913, 400 ea), is late - the coating line is backed up. It will be delivered separately on 12/15. Not cancelled, just later.

Kayla Hoffman
Great Plains Kitchen Supply Inc.
""", end="Kayla Hoffman", change="date", intent="delay", sec=["confirmation"], po=["P11334"],
     commit=("2026-12-15", "It will be delivered separately on 12/15"),
     dates=[("2026-12-02", "confirmed_delivery", "12/2"), ("2026-12-15", "new_eta", "12/15")],
     lines=[("GP-RP-913", 400, "ea", "GP-RP-913, 400 ea", "P11334")]),

dict(v="seoul", lang="en", at="2026-11-26 17:30", subj="RE: P11335 delay",
     text="""
Dear Laura,

I have to correct my last mail. After the meeting with the factory today, they told us the new induction pans for P11335 did not pass the base flatness test again, and the tooling can not be corrected this year. So it is not a delay anymore, we can not make this order. We cancel P11335, very sorry. The deposit will be returned within this week.

Best regards,
Min-seo Kim
Seoul Kitchenware Co., Ltd.

-----Original Message-----
From: Min-seo Kim
Sent: Thursday, November 12, 2026 3:10 PM
Subject: P11335 delay

Dear Laura, P11335 will be delayed, new delivery 20 December. Sorry. Min-seo
""", end="Best regards,\nMin-seo", change="cancel", intent="cancellation", po=["P11335"],
     dates=[("2026-11-26", "other", "today"), ("2026-11-23", "other", "within this week")]),

dict(v="d9b_buckeye", lang="en", at="2026-12-07 09:20", subj="Re: cancel P11336?",
     text="""
Laura - no need to cancel. Press is back up as of Saturday, new cylinder in. P11336 (8 qt stockpots, 500 ea) is running now. It misses 12/9 but will deliver 12/18. I'd really like to keep the order.

Kyle

On Fri, Dec 4, 2026 at 4:41 PM Laura Jensen wrote:
> Kyle, if P11336 can't make 12/9 we may have to cancel. What's the real story?
""", end=("Kyle", 0), change="date", intent="delay", po=["P11336"],
     commit=("2026-12-18", "will deliver 12/18"),
     dates=[("2026-12-05", "other", "as of Saturday"), ("2026-12-09", "other", ("12/9", 0)),
            ("2026-12-18", "new_eta", "12/18")]),

dict(v="ningbo", lang="en", at="2026-11-11 15:05", subj="P11337 / P11338 status",
     text="""
Dear Laura,

Update for your two orders:

P11337 (silicone baking mats): factory stopped this item, the food-grade silicone supplier closed. We are not able to supply, so P11337 is cancelled. Sorry for this.

P11338 (stainless lunch boxes): production is late about two weeks, ETD move from 20 Nov to 5 Dec, ETA Hamburg 10 Jan.

Please confirm you receive this.

Best regards,
Amy Chen
Ningbo Homeware Trading Co., Ltd.
""", end="Best regards,\nAmy", change="mixed", intent="cancellation", sec=["delay"], po=["P11337", "P11338"],
     commit=("2027-01-10", "ETA Hamburg 10 Jan"),
     dates=[("2026-11-20", "other", "20 Nov"), ("2026-12-05", "ship_date", "5 Dec"),
            ("2027-01-10", "new_eta", "10 Jan")],
     changes=[("P11337", "cancellation", None, None, "P11337 is cancelled"),
              ("P11338", "delay", "2027-01-10", None, "ETD move from 20 Nov to 5 Dec, ETA Hamburg 10 Jan")]),

dict(v="lisbon", lang="en", at="2026-10-21 12:00", subj="P11339 cork boards - natural not possible",
     text="""
Dear Tim,

Bad news about the natural cork pin boards on P11339 (400 pcs, LC-PB-60N). Our agglomerate supplier has stopped the light natural granulate completely, so we cannot make this item anymore, not now and not later. This line is cancelled.

We could make the same board in dark (toasted) cork, LC-PB-60D, same price, delivery in week 46 as your order. Do you want us to do that? Then please send a new PO line and we start next week.

The 600 coasters on P11339 are not affected, they ship as planned.

Best regards,
Rui Costa
Lisbon Cork Products Lda
""", end="Best regards,\nRui", change="cancel", intent="cancellation", sec=["question"], po=["P11339"],
     dates=[("2026-11-09", "other", "week 46"), ("2026-10-26", "other", "next week")],
     lines=[("LC-PB-60N", 400, "pcs", "400 pcs, LC-PB-60N", "P11339"),
            ("coasters", 600, None, "The 600 coasters", "P11339")]),
dict(v="d11d_halifax", c=1, lang="en", at="2026-11-09 10:35", subj="Order confirmation P11340",
     text="""
Hello Laura,

Thanks for your order! P11340 is confirmed: 240 medium lanterns (BM-LT-M) at the agreed CAD 15.90 each, delivery to your Hamburg DC on 12/8. Invoice will follow when the goods ship.

Have a great day,
Order Desk
Bluenose Marine Home Ltd.
""", end="Have a great day,", change="none", intent="confirmation", po=["P11340"],
     commit=("2026-12-08", "delivery to your Hamburg DC on 12/8"),
     dates=[("2026-12-08", "confirmed_delivery", "12/8")],
     lines=[("BM-LT-M", 240, None, "240 medium lanterns (BM-LT-M)", "P11340")]),

dict(v="d9d_ontario", lang="en", at="2026-10-05 15:20", subj="Sales Order Acknowledgement GLW-SO-D11D-2207 / P11341",
     text="""
Hi Tim,

Please find our acknowledgement for P11341 below. Quantities, prices and dates all match your PO.

Ryan

--- attachment: GLW-SO-D11D-2207.pdf ---
GREAT LAKES WOODCRAFT LTD. - SALES ORDER ACKNOWLEDGEMENT
SO: GLW-SO-D11D-2207        Your PO: P11341        Date: 10/05/2026
Item        Description              Qty    Unit price   Ext.        Ship       Deliver
GLW-CB-18   Maple cutting board 18"  360    CAD 24.50    8,820.00    11/06/26   11/13/26
GLW-SP-06   Serving paddle           240    CAD 17.25    4,140.00    11/06/26   11/13/26
Total CAD 12,960.00  |  Terms: Net 30, FCA Toronto
""", end="Ryan", change="none", intent="confirmation", po=["P11341"], vref=["GLW-SO-D11D-2207"],
     commit=("2026-11-13", ("11/13/26", 0)),
     dates=[("2026-10-05", "other", "10/05/2026"),
            ("2026-11-06", "ship_date", ("11/06/26", 0)), ("2026-11-13", "confirmed_delivery", ("11/13/26", 0)),
            ("2026-11-06", "ship_date", ("11/06/26", 1)), ("2026-11-13", "confirmed_delivery", ("11/13/26", 1))],
     lines=[("GLW-CB-18", 360, None, "GLW-CB-18   Maple cutting board 18\"  360    CAD 24.50    8,820.00    11/06/26   11/13/26", "P11341"),
            ("GLW-SP-06", 240, None, "GLW-SP-06   Serving paddle           240    CAD 17.25    4,140.00    11/06/26   11/13/26", "P11341")]),

dict(v="sunshine", lang="en", at="2026-11-02 13:40", subj="P11342 confirmed - carton price",
     text="""
Dear Tim,

We confirm P11342 (1,800 cartons Nadorcott mandarins, 10 kg) for delivery to Hamburg on 14 December, vessel booked.

I must however let you know that the new export carton standard came in last week and our packaging cost went up, so the price for P11342 is EUR 13.90 per carton instead of the EUR 13.40 on your order. I'm sorry to bring this after the order was placed.

Kind regards,
Annelie van Wyk
Sunshine Citrus Exports (Pty) Ltd
""", end="Kind regards,\nAnnelie", change="price", intent="price_change", sec=["confirmation"], po=["P11342"],
     commit=("2026-12-14", "delivery to Hamburg on 14 December"),
     dates=[("2026-12-14", "confirmed_delivery", "14 December"), ("2026-10-26", "other", "last week")],
     lines=[("Nadorcott mandarins", 1800, "cartons", "1,800 cartons Nadorcott mandarins", "P11342")],
     prices=[dict(product="Nadorcott mandarins", old=13.40, new=13.90, cur="EUR",
                  quote="the price for P11342 is EUR 13.90 per carton instead of the EUR 13.40 on your order")]),

dict(v="d10e_midlands", lang="en", at="2026-11-24 09:50", subj="RE: P11343 - confirmation",
     text="""
Morning Laura,

P11343 confirmed in full, 500 padlocks and 300 hasps, delivery Thursday 3rd December.

On price: yes, our list went up in October, but your order was quoted before that so we'll honour the £3.85 and £2.10 on your PO. No change.

Cheers,
Craig
""", end="Cheers,\nCraig", change="none", intent="confirmation", po=["P11343"],
     commit=("2026-12-03", "delivery Thursday 3rd December"),
     dates=[("2026-12-03", "confirmed_delivery", "Thursday 3rd December"), ("2026-10-01", "other", "in October")],
     lines=[("padlocks", 500, None, "500 padlocks", "P11343"), ("hasps", 300, None, "300 hasps", "P11343")]),

dict(v="d10e_lonestar", lang="en", at="2026-11-30 14:15", subj="P11344 confirmed + freight",
     text="""
Laura,

Confirming P11344, 64 patio heaters, ship 12/4 from Dallas, delivered to your Houston consolidator 12/10. Freight is $485 prepay & add, same as we quoted. Pricing per your PO.

Dustin
""", end="Dustin", change="none", intent="confirmation", po=["P11344"],
     commit=("2026-12-10", "delivered to your Houston consolidator 12/10"),
     dates=[("2026-12-04", "ship_date", "ship 12/4"), ("2026-12-10", "confirmed_delivery", "12/10")],
     lines=[("patio heaters", 64, None, "64 patio heaters", "P11344")]),

dict(v="voltix", lang="en", at="2026-11-13 18:05", subj="PI VTX-PI-D11D-0981 for P11345",
     text="""
Dear Mike,

Please find attached our PI for P11345. Quantity 6,000 pcs USB-C chargers 20W confirmed, ETD Yantian 10 Dec, ETA Hamburg 15 Jan.

Kindly note the unit price on PI is USD 3.85, not USD 3.60 as in your PO. The GaN chip cost increased since our quotation in August, we can not keep old price. Please sign back PI.

Best regards,
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.

--- attachment: VTX-PI-D11D-0981.pdf ---
PROFORMA INVOICE  VTX-PI-D11D-0981   Date: 2026-11-13
Buyer PO: P11345
VTX-CH20C  USB-C charger 20W  6000 pcs  USD 3.85  USD 23,100.00
ETD: 2026-12-10   ETA Hamburg: 2027-01-15
""", end="Best regards,\nCindy", change="price", intent="price_change", sec=["confirmation"], po=["P11345"],
     vref=["VTX-PI-D11D-0981"],
     commit=("2027-01-15", "ETA Hamburg 15 Jan"),
     dates=[("2026-12-10", "ship_date", "ETD Yantian 10 Dec"), ("2027-01-15", "confirmed_delivery", "15 Jan"),
            ("2026-08-01", "other", "in August"), ("2026-11-13", "other", "2026-11-13"),
            ("2026-12-10", "ship_date", "ETD: 2026-12-10"), ("2027-01-15", "confirmed_delivery", "2027-01-15")],
     lines=[("VTX-CH20C", 6000, "pcs", "6,000 pcs USB-C chargers 20W", "P11345"),
            ("VTX-CH20C", 6000, "pcs", "VTX-CH20C  USB-C charger 20W  6000 pcs  USD 3.85  USD 23,100.00", "P11345")],
     prices=[dict(product="VTX-CH20C", old=3.60, new=3.85, cur="USD",
                  quote="the unit price on PI is USD 3.85, not USD 3.60 as in your PO")]),

dict(v="delhicotton", lang="en", at="2026-11-12 12:50", subj="Order Confirmation P11346",
     text="""
Dear Sandra,

Kindly find our confirmation for P11346, 3,000 cotton kitchen towels in 3 colours. The price is with the 5% discount as agreed in our October meeting (INR-based, USD 1.14 net per piece), same as mentioned in your PO. Delivery to your Hamburg warehouse in week 50.

Thanks and regards,
Priya Sharma
Delhi Cotton Mills Pvt Ltd
""", end="Thanks and regards,", change="none", intent="confirmation", po=["P11346"],
     commit=("2026-12-07", "Delivery to your Hamburg warehouse in week 50"),
     dates=[("2026-10-01", "other", "October meeting"), ("2026-12-07", "confirmed_delivery", "week 50")],
     lines=[("cotton kitchen towels", 3000, None, "3,000 cotton kitchen towels", "P11346")]),

dict(v="d10a_aire", lang="en", at="2026-10-19 11:30", subj="P11347 acknowledgement - please note price",
     text="""
Hi Tim,

Acknowledging P11347: 400 enamel bread bins, delivery w/c 16 November as requested.

One thing though - your PO shows £5.10 per bin, which is last year's price. Our price list changed in August and the bread bin is £5.40 now; the acknowledgement and invoice will be at £5.40. If that's a problem, shout before we start production next week.

Regards,
Nigel Booth
Aire Valley Homewares Ltd
""", end="Regards,\nNigel", change="price", intent="price_change", sec=["confirmation"], po=["P11347"],
     commit=("2026-11-16", "delivery w/c 16 November as requested"),
     dates=[("2026-11-16", "confirmed_delivery", "w/c 16 November"), ("2026-08-01", "other", "in August"),
            ("2026-10-26", "other", "next week")],
     lines=[("enamel bread bins", 400, None, "400 enamel bread bins", "P11347")],
     prices=[dict(product="enamel bread bins", old=5.10, new=5.40, cur="GBP",
                  quote="the bread bin is £5.40 now")]),

dict(v="d11d_ohio", lang="en", at="2026-11-06 16:25", subj="P11348 - you're all set!",
     text="""
Hi Mike!

You're all set - P11348 is confirmed: 1,440 three-wick jars (Winter Cabin assortment). The 10% volume break is already in your PO price ($7.65 instead of list $8.50), so nothing changes on the invoice. Ships 11/20, delivers 11/25 to the consolidator.

Thanks so much,
Brianna
""", end="Thanks so much,", change="none", intent="confirmation", po=["P11348"],
     commit=("2026-11-25", "delivers 11/25 to the consolidator"),
     dates=[("2026-11-20", "ship_date", "Ships 11/20"), ("2026-11-25", "confirmed_delivery", "11/25")],
     lines=[("three-wick jars", 1440, None, "1,440 three-wick jars", "P11348")]),

dict(v="taipei", lang="en", at="2026-11-20 15:10", subj="P11349 confirmation and price adjustment",
     text="""
Dear Laura,

We confirm P11349: 10,000 pcs USB-A to C cable 1m, ETD Keelung 4 Dec, ETA Hamburg 8 January.

Also good news: copper price came down in last two months, so we reduce the unit price of this order from USD 1.28 to USD 1.21. Updated PI follows tomorrow.

Best regards,
Vivian Lin
Taipei Cable & Charger Corp.
""", end="Best regards,\nVivian", change="price", intent="price_change", sec=["confirmation"], po=["P11349"],
     commit=("2027-01-08", "ETA Hamburg 8 January"),
     dates=[("2026-12-04", "ship_date", "ETD Keelung 4 Dec"), ("2027-01-08", "confirmed_delivery", "8 January"),
            ("2026-11-21", "other", "tomorrow")],
     lines=[("USB-A to C cable 1m", 10000, "pcs", "10,000 pcs USB-A to C cable 1m", "P11349")],
     prices=[dict(product="USB-A to C cable 1m", old=1.28, new=1.21, cur="USD",
                  quote="reduce the unit price of this order from USD 1.28 to USD 1.21")]),

dict(v="d9d_durban", lang="en", at="2026-10-01 10:40", subj="Proforma ZW-PF-D11D-118 - P11350",
     text="""
Dear Sandra,

Sawubona. Attached the proforma for P11350. Everything as per your order, prices as on your PO. The baskets will be ready end of October, ETD Durban 6 November, ETA Hamburg 7 December.

Kind regards,
Nomvula Dlamini

--- attachment: ZW-PF-D11D-118.pdf ---
ZULU WEAVE CRAFTS (PTY) LTD - PROFORMA INVOICE ZW-PF-D11D-118
Customer order: P11350
Ilala palm basket large   300 pcs   EUR 18.60   EUR 5,580.00
Ilala palm basket small   500 pcs   EUR 9.90    EUR 4,950.00
Total EUR 10,530.00 - 30% deposit, balance against B/L copy
""", end="Kind regards,\nNomvula", change="none", intent="confirmation", po=["P11350"], vref=["ZW-PF-D11D-118"],
     commit=("2026-12-07", "ETA Hamburg 7 December"),
     dates=[("2026-10-31", "other", "end of October"), ("2026-11-06", "ship_date", "ETD Durban 6 November"),
            ("2026-12-07", "confirmed_delivery", "7 December")],
     lines=[("Ilala palm basket large", 300, "pcs", "Ilala palm basket large   300 pcs", "P11350"),
            ("Ilala palm basket small", 500, "pcs", "Ilala palm basket small   500 pcs", "P11350")]),

dict(v="d11d_nairobi", c=1, lang="en", at="2026-11-02 09:15", subj="P11351 confirmed",
     text="""
Dear Laura,

Confirming P11351 for 1,200 sisal baskets as ordered. The price of USD 6.80 includes the 3% fair-trade premium for the weavers' groups, as agreed with you, so nothing extra will be added. Goods will leave Mombasa in week 49, ETA Hamburg early January.

Regards,
Otieno Ochieng
Rift Valley Sisal Crafts Ltd
""", end="Regards,\nOtieno", change="none", intent="confirmation", po=["P11351"],
     commit=("2027-01-01", "ETA Hamburg early January"),
     dates=[("2026-11-30", "ship_date", "week 49"), ("2027-01-01", "confirmed_delivery", "early January")],
     lines=[("sisal baskets", 1200, None, "1,200 sisal baskets", "P11351")]),

dict(v="milano", lang="en", at="2026-11-04 14:45", subj="Conferma ordine P11352",
     text="""
Dear Mike,

we confirm your order P11352 (espresso cups set, 800 sets) at the prices of your PO, delivery 27 November.

For your planning: our 2027 price list comes into force on 1 January, with +5% on all porcelain. This order is not concerned, it is invoiced at 2026 prices.

Cordiali saluti,
Marco Bianchi
Milano Casa S.r.l.
""", end="Cordiali saluti,", change="none", intent="confirmation", sec=["price_change"], po=["P11352"],
     commit=("2026-11-27", "delivery 27 November"),
     dates=[("2026-11-27", "confirmed_delivery", "27 November"), ("2027-01-01", "price_effective", "on 1 January")],
     lines=[("espresso cups set", 800, "sets", "800 sets", "P11352")],
     prices=[dict(pct=5, eff="2027-01-01", quote="+5% on all porcelain")]),

dict(v="kiwiwool", lang="en", at="2026-10-27 10:10", subj="Re: P11353 merino throws",
     text="""
Kia ora Sandra,

All sweet, P11353 is confirmed - 450 merino throws at NZD 48.50 each as on your PO. They'll leave Auckland on the 13th of November and should reach Hamburg 24 December, container's booked.

Cheers,
Hemi
""", end="Cheers,\nHemi", change="none", intent="confirmation", po=["P11353"],
     commit=("2026-12-24", "should reach Hamburg 24 December"),
     dates=[("2026-11-13", "ship_date", "the 13th of November"), ("2026-12-24", "confirmed_delivery", "24 December")],
     lines=[("merino throws", 450, None, "450 merino throws", "P11353")]),

dict(v="aussie", lang="en", at="2026-11-05 16:40", subj="Great to catch up!",
     text="""
G'day Laura,

Great to catch up at the Sydney gift fair last Thursday, and thanks again for making the trip down, I know it's a long way for two days of walking the halls. Hope the jet lag wasn't too brutal on the way back. The team loved meeting you, and Chloe is still talking about the schnitzel place.

A few bits from our side: we've finally moved into the new warehouse in Wetherill Park, so if you ever send a courier it's the new address (in my signature). The 2027 catalogue should be out before Christmas, and the new swag range looks the goods, I'll send you samples when they land.

Oh and one thing I need from you: for P11354 (the 300 camp chairs, due in your DC 14 December), do you still want them delivered to Hamburg, or should they go to the new Bremen DC you mentioned at the fair? The forwarder needs to know before he books, so let me know by Tuesday if you can.

Anyway, enjoy the run into Christmas!

Cheers,
Liam

Liam O'Brien
Aussie Outdoor Gear Pty Ltd
Unit 4, 12 Victoria St, Wetherill Park NSW 2164
""", end="Cheers,\nLiam", change="none", intent="question", po=["P11354"],
     commit=("2026-12-14", "due in your DC 14 December"),
     dates=[("2026-10-29", "other", "last Thursday"), ("2026-12-14", "confirmed_delivery", "14 December"),
            ("2026-11-10", "other", "by Tuesday")]),

dict(v="d9b_cluj", lang="en", at="2026-11-25 13:20", subj="P11355 - November production cancelled",
     text="""
Dear Tim,

I must inform you that we had to cancel our whole November production run for the oak shelves, because the kiln-dried oak delivery from our sawmill was refused (moisture too high). Your order P11355 (260 wall shelves) is not cancelled, it is only moved to the next run: production in week 2, delivery to Hamburg in week 4 instead of week 50 as confirmed before.

I am sorry for this, we do everything to keep the new date.

Best regards,
Andrei Popescu
Cluj Woodcraft S.R.L.
""", end="Best regards,\nAndrei", change="date", intent="delay", po=["P11355"],
     commit=("2027-01-25", "delivery to Hamburg in week 4"),
     dates=[("2026-11-01", "other", "November production run"), ("2027-01-11", "other", "week 2"),
            ("2027-01-25", "new_eta", "week 4"), ("2026-12-07", "other", "week 50")]),
]
