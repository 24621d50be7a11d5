# ruff: noqa: E501 - email text is data
"""English, round 12 (branch d12): emails whose commitment date is hard to pick. Questions and
price letters that also state the order's planned delivery date (a commitment) against ones
that only ask about a date or propose one (none); partial shipments whose rest has a date, a
vague month ("in January", "early January") or only a ship date; numeric dates with a weekday
where the vendor's country decides day and month ("Monday 9/11" from India or Mexico, "Thu
12/3" from the US, "Tues 12/1" from Canada against "Tue 1/12" from England); relative dates
(tomorrow, day after tomorrow, next Tuesday, early next week, end of next week, in 10 days,
early December); ship dates with a transit span, port ETAs against warehouse dates, carrier
delivery slots; our PO's date restated beside the vendor's new one, with quoted history that
names yet other dates and orders. US, UK, Canadian, Australian, Indian, Chinese, Vietnamese,
Turkish, Polish and Mexican vendors writing English: one-liners, long letters, non-native
English, an inline reply, forwarded forwarder and carrier mail, PDF acknowledgements and
tables. About a third commit to nothing although they mention dates. Hand-written and
hand-labelled by reading each email; no extractor or classifier was run on them."""

EMAILS = [
# ------------------------------------------------- questions that state or only ask a date
dict(v="d12_tennessee", lang="en", at="2026-11-05 10:20", subj="P11400 ship-to address?",
     text="""
Hi Laura,

Quick one on P11400 (the 400 quilted throws, SMQ-TH-5060). Your PO has the ship-to as DC Süd in Munich, but the last three orders all went to Hamburg. Which one is right?

Delivery is planned for Thu 12/3 either way, our forwarder just needs the address by Monday so he can book the trucking.

Thanks!
Darlene

Darlene Pruitt
Smoky Mountain Quilt Co. | Murfreesboro, TN
""", end="Thanks!\nDarlene", change="none", intent="question", po=["P11400"],
     commit=("2026-12-03", "Delivery is planned for Thu 12/3"),
     dates=[("2026-12-03", "confirmed_delivery", "Thu 12/3"), ("2026-11-09", "other", "by Monday")]),

dict(v="d12_tennessee", lang="en", at="2026-11-12 15:40", subj="P11401 - early?",
     text="""
Hi Laura,

Good news for once: the 250 baby quilts on P11401 are coming off the frames faster than planned. We could have them at your DC as early as Tues 12/1 or Wed 12/2 if that helps your holiday set. Would either day work, or do you want to stick with the original plan?

Let me know and I'll set it up.
Darlene
""", end="Darlene", change="none", intent="question", po=["P11401"],
     dates=[("2026-12-01", "other", "Tues 12/1"), ("2026-12-02", "other", "Wed 12/2")]),

dict(v="d12_bristol", lang="en", at="2026-10-14 11:05", subj="Price list 2027 - Avon Gorge Ceramics",
     text="""
Dear Sandra,

As mentioned when we met at the autumn fair, the cost of clay, glaze and above all gas has gone up again this year, and we can no longer absorb it. From 1 January 2027 our wholesale prices will rise by 4.5% across the whole range. The new price list is attached.

Your open order P11402 (the 96 AG-JUG-15 jugs and 240 AG-MUG-30 mugs) is not affected: it will be invoiced at the current prices and remains booked in for delivery on Tuesday 10/11.

Please do get in touch if you'd like to talk it through.

Kind regards,
Rebecca Tandy
Sales Director, Avon Gorge Ceramics Ltd
""", end="Kind regards,", change="price", intent="price_change", sec=["confirmation"], po=["P11402"],
     commit=("2026-11-10", "remains booked in for delivery on Tuesday 10/11"),
     dates=[("2027-01-01", "price_effective", "From 1 January 2027"), ("2026-11-10", "confirmed_delivery", "Tuesday 10/11")],
     prices=[dict(pct=4.5, eff="2027-01-01", quote="our wholesale prices will rise by 4.5% across the whole range")]),

dict(v="d12_bristol", lang="en", at="2026-11-18 09:30", subj="P11403 - energy surcharge on the 24cm bowls",
     text="""
Hi Sandra,

I'm sorry to be writing with this one. Our gas contract rolled over on 1 November at almost double the rate, and the large bowls are the worst hit because of the long firing. We need to add a surcharge of £0.35 per piece on the 24cm bowls (AG-BWL-24) on your open order P11403, so £7.15 instead of £6.80. Everything else on the order stays at the agreed price.

We still plan to fire the bowls w/c 30 November, and I'll give you a delivery date as soon as they're out of the kiln. Could you let me know by Friday whether you accept the surcharge?

Best wishes,
Rebecca
""", end="Best wishes,", change="price", intent="price_change", sec=["question"], po=["P11403"],
     dates=[("2026-11-01", "other", "1 November"), ("2026-11-30", "other", "w/c 30 November"),
            ("2026-11-20", "other", "by Friday")],
     prices=[dict(product="AG-BWL-24", old=6.80, new=7.15, cur="GBP",
                  quote="add a surcharge of £0.35 per piece on the 24cm bowls (AG-BWL-24) on your open order P11403, so £7.15 instead of £6.80")]),

# ------------------------------------------------- numeric dates with a weekday, by country
dict(v="d12_winnipeg", lang="en", at="2026-11-26 08:45", subj="P11404 snow brushes - new dates",
     text="""
Hi Mike,

Bad news on P11404. Our powder-coating supplier had a line down for eight days, so the 180 snow brushes (RR-SB-24) missed their slot. Your PO had them delivered on 12/10; the best I can do now is ship Mon 12/7 and deliver to your DC Thu 12/17.

Sorry about this, I know it's tight before the holidays.

Jordan
""", end="Jordan", change="date", intent="delay", po=["P11404"],
     commit=("2026-12-17", "deliver to your DC Thu 12/17"),
     dates=[("2026-12-10", "other", "12/10"), ("2026-12-07", "ship_date", "Mon 12/7"),
            ("2026-12-17", "new_eta", "Thu 12/17")]),

dict(v="d12_ludhiana", lang="en", at="2026-11-03 14:10", subj="Dispatch schedule PO P11405",
     text="""
Dear Sir/Madam,

Greetings from Ludhiana!

With reference to your PO P11405 for acrylic throws (LWK-AT-130), we are pleased to inform that the goods are ready and final inspection is passed. The consignment will be handed over to your forwarder on Monday 9/11 and delivery at your Hamburg warehouse is scheduled for Fri 4/12 as per our order confirmation no. LWK/d12/OC/0417.

Kindly do the needful for the balance payment at the earliest.

Thanks & Regards,
Gurpreet Singh
Export Department
Ludhiana Woollen Knits Pvt Ltd
""", end="Thanks & Regards,", change="none", intent="confirmation", po=["P11405"], vref=["LWK/d12/OC/0417"],
     commit=("2026-12-04", "delivery at your Hamburg warehouse is scheduled for Fri 4/12"),
     dates=[("2026-11-09", "ship_date", "Monday 9/11"), ("2026-12-04", "confirmed_delivery", "Fri 4/12")]),

# ------------------------------------------------- port ETA against warehouse date
dict(v="d12_yiwu", lang="en", at="2026-10-20 16:30", subj="Shipping advice P11406 / SC-d12-0633",
     text="""
Dear Tim,

Good news, all 1,260 cartons of P11406 (Christmas ornaments, our contract SC-d12-0633) were loaded into container yesterday.

Vessel: CMA CGM Tage
ETD Ningbo: 22 Oct
ETA Hamburg: 28 Nov
B/L no.: NBHAM-d12-60731
Container: TGHU 883104-1

After customs clearance our forwarder Hecny will deliver to your warehouse on 2 Dec.

Best regards,
Sunny Chen
Yiwu Sunrise Crafts Co., Ltd.
""", end="Best regards,", change="shipping", intent="shipping_notice", po=["P11406"], vref=["SC-d12-0633"],
     commit=("2026-12-02", "will deliver to your warehouse on 2 Dec"),
     dates=[("2026-10-19", "ship_date", "loaded into container yesterday"), ("2026-10-22", "ship_date", "22 Oct"),
            ("2026-11-28", "other", "28 Nov"), ("2026-12-02", "confirmed_delivery", "2 Dec")],
     lines=[("Christmas ornaments", 1260, "cartons", "all 1,260 cartons of P11406", "P11406")],
     track=[(None, "NBHAM-d12-60731", "B/L no.: NBHAM-d12-60731"), (None, "TGHU 883104-1", "Container: TGHU 883104-1")]),

# ------------------------------------------------- partial shipments, the rest vague or dated
dict(v="d12_hcmc", lang="en", at="2026-11-16 10:00", subj="PO P11407 - shipment 1 / remaining",
     text="""
Dear Ms Laura,

We are pleased to inform that 600 sets rattan basket set of 3 (MR-BK-3S) of your PO P11407 are loaded on container today, ETD Cat Lai 18 Nov, B/L and invoice we will send after vessel depart.

For the remaining 400 sets we are still waiting rattan material from Cambodia because of flood, so they will be ship in January with our next container. We are very sorry for this inconvenience.

Best regards,
Nguyen Thi Hoa
Mekong Rattan Export Co., Ltd.
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11407"],
     dates=[("2026-11-16", "ship_date", "loaded on container today"), ("2026-11-18", "ship_date", "ETD Cat Lai 18 Nov"),
            ("2027-01-01", "ship_date", "ship in January")],
     lines=[("MR-BK-3S", 600, "sets", "600 sets rattan basket set of 3 (MR-BK-3S)", "P11407"),
            ("MR-BK-3S", 400, "sets", "the remaining 400 sets", "P11407")]),

dict(v="d12_hcmc", c=1, lang="en", at="2026-12-02 09:15", subj="RE: P11408 bamboo trays",
     text="""
Dear Laura,

Thank you for your patient. Update for PO P11408 (bamboo serving trays MR-TR-40):

- 1,800 pcs (container 1 and 2) was delivered to your warehouse yesterday, please check the POD attached.
- Remaining 900 pcs: our lacquer line is finish this week, container 3 will depart Cat Lai 12 Dec and ETA your warehouse early January.

Sorry we could not send all together as your PO.

Best regards,
Pham Van Long
Mekong Rattan Export Co., Ltd.

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: Monday, November 30, 2026 4:12 PM
Subject: P11408 bamboo trays
Hi Long, the trays were due with us on 1 December and I see only two containers on the booking list. What about the rest? Laura
""", end="Best regards,", change="quantity", intent="partial_shipment", po=["P11408"],
     commit=("2027-01-01", "ETA your warehouse early January"),
     dates=[("2026-12-01", "other", "yesterday"), ("2026-11-30", "other", "this week"),
            ("2026-12-12", "ship_date", "12 Dec"), ("2027-01-01", "new_eta", "early January")],
     lines=[("MR-TR-40", 1800, "pcs", "1,800 pcs (container 1 and 2) was delivered", "P11408"),
            ("MR-TR-40", 900, "pcs", "Remaining 900 pcs", "P11408")]),

# ------------------------------------------------- relative dates
dict(v="d12_kayseri", lang="en", at="2026-11-19 17:20", subj="P11409 rugs ready",
     text="""
Hello Mike,

Good news, the 320 kilim rugs for your order P11409 are finished today and packed. Truck pick up is tomorrow morning from our factory, transit to Hamburg is normally one week, so you will have them end of next week.

Invoice and packing list I send tomorrow with the CMR.

Best regards
Emre Sahin
Kayseri Hali ve Ev Tekstili A.S.
""", end="Best regards\nEmre", change="none", intent="confirmation", po=["P11409"],
     commit=("2026-11-27", "you will have them end of next week"),
     dates=[("2026-11-19", "other", "finished today"), ("2026-11-20", "ship_date", "tomorrow morning"),
            ("2026-11-27", "confirmed_delivery", "end of next week"), ("2026-11-20", "other", "I send tomorrow")]),

# ------------------------------------------------- our PO date restated beside the new one
dict(v="d12_lodz", lang="en", at="2026-10-28 13:00", subj="P11410 - new delivery date",
     text="""
Dear Ms Klein,

Regarding your order P11410 (linen tablecloths LT-140, 800 pcs): your order requested delivery to Hamburg on 06.11.2026. Unfortunately, the dyeing house that colours our linen had a boiler failure last week and has only just restarted, so we are about two weeks behind. We can deliver on 20.11.2026 at the earliest, and I have already booked the truck for that day.

I am very sorry for this. Your other orders with us are not affected.

Best regards,
Magdalena Kaczmarek
Łódź Tekstylia Domowe Sp. z o.o.

On 12.10.2026 14:03, Sandra Klein wrote:
> Dear Magdalena,
> thank you for the confirmation of P11410 for 06.11. Could you also confirm P11411 for 13.11 and P11412 for 27.11?
> Kind regards, Sandra
""", end="Best regards,", change="date", intent="delay", po=["P11410", "P11411", "P11412"],
     commit=("2026-11-20", "We can deliver on 20.11.2026 at the earliest"),
     dates=[("2026-11-06", "other", "06.11.2026"), ("2026-10-19", "other", "last week"),
            ("2026-11-20", "new_eta", "20.11.2026")]),

# ------------------------------------------------- ship date plus transit
dict(v="d12_geelong", lang="en", at="2026-12-03 15:30", subj="P11413 hammock stands - air freight",
     text="""
G'day Tim,

Your 40 hammock stands on P11413 are crated and booked on the air freight consol, they ship Friday. Door to door to Hamburg is 3-5 business days.

Cheers,
Mick
""", end="Cheers,\nMick", change="none", intent="confirmation", po=["P11413"],
     commit=("2026-12-11", "Door to door to Hamburg is 3-5 business days"),
     dates=[("2026-12-04", "ship_date", "they ship Friday"), ("2026-12-09", "range_start", "3-5 business days"),
            ("2026-12-11", "range_end", "3-5 business days")]),

dict(v="d12_monterrey", lang="en", at="2026-11-06 12:00", subj="P11414 grills - shipping schedule",
     text="""
Hi Tim,

Update on your PO P11414 (120 charcoal grills PN-CG-60): the truck to Veracruz port leaves our plant Mon 9/11, vessel ETD Veracruz Fri 13/11, ETA Hamburg Thu 10/12. As agreed it is FOB, so from Hamburg your forwarder takes over.

Saludos,
Luis Cantú
Parrillas del Norte
""", end="Saludos,", change="none", intent="confirmation", po=["P11414"],
     commit=("2026-12-10", "ETA Hamburg Thu 10/12"),
     dates=[("2026-11-09", "ship_date", "Mon 9/11"), ("2026-11-13", "ship_date", "Fri 13/11"),
            ("2026-12-10", "confirmed_delivery", "Thu 10/12")]),

dict(v="acme", lang="en", at="2026-11-24 14:05", subj="P11415 picked up",
     text="""
Hi Laura,

P11415 (the 96 cast-iron skillets) was picked up by our forwarder today and flies out Wednesday. Estimated delivery to your Hamburg DC is Thu 12/3. AWB 176-d12-44190 for tracking.

Thanks,
Jessica
""", end="Thanks,\nJessica", change="shipping", intent="shipping_notice", po=["P11415"],
     commit=("2026-12-03", "Estimated delivery to your Hamburg DC is Thu 12/3"),
     dates=[("2026-11-24", "ship_date", "picked up by our forwarder today"), ("2026-11-25", "ship_date", "flies out Wednesday"),
            ("2026-12-03", "confirmed_delivery", "Thu 12/3")],
     track=[(None, "176-d12-44190", "AWB 176-d12-44190")]),

dict(v="pacific", c=1, lang="en", at="2026-11-09 09:30", subj="P11416 - when do you want it?",
     text="""
Hi Laura,

Quick question on P11416 (the 60 cases of holiday blend). Your PO just says "ASAP". We roast to order, so we can ship as early as 11/16, or hold it until 11/30 if you'd rather have it fresher for your holiday promo. What works better for you?

Chris
""", end="Chris", change="none", intent="question", po=["P11416"],
     dates=[("2026-11-16", "other", "11/16"), ("2026-11-30", "other", "11/30")]),

dict(v="greenthumb", lang="en", at="2026-09-14 11:10", subj="P11417 lawn starter - backorder",
     text="""
Hey Laura, heads up on P11417. We're out of the 40 lb bags of lawn starter (GT-LS-40) - the manufacturer shorted us. Your PO asked for delivery 9/21, that's not going to happen. New stock lands at our warehouse in 10 days and we'll ship to you Monday 9/28. I'll send the transit details once it's booked.

-Randy
""", end="-Randy", change="date", intent="delay", po=["P11417"],
     dates=[("2026-09-21", "other", "9/21"), ("2026-09-24", "other", "in 10 days"),
            ("2026-09-28", "ship_date", "Monday 9/28")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-11-23 10:15", subj="P11418 delivery slot booked",
     text="""
Hi Mike,

Your DC's booking portal finally let us in. P11418 (the 22 pallets of ice melt): the container has been at the Hamburg terminal since Friday, and our haulier has slot Tues 12/1, 10:00, door 4, for delivery to your DC.

Thanks,
Karen
""", end="Thanks,\nKaren", change="none", intent="confirmation", po=["P11418"],
     commit=("2026-12-01", "slot Tues 12/1"),
     dates=[("2026-11-20", "other", "since Friday"), ("2026-12-01", "confirmed_delivery", "Tues 12/1")]),

dict(v="d12_bristol", c=1, lang="en", at="2026-11-24 08:50", subj="Despatch note - your order P11419",
     text="""
Good morning,

Please find below the despatch details for your order P11419.

DESPATCH NOTE AG-DN-d12-3318
Despatched: 24/11/2026
Carrier: Palletforce, consignment PF-d12-880214
Items: AG-PLT-27 dinner plate x 360, AG-BWL-16 bowl x 360 (order complete)
Delivery booked: Tue 1/12, AM

Kind regards,
Despatch Team
Avon Gorge Ceramics Ltd
""", end="Kind regards,", change="shipping", intent="shipping_notice", po=["P11419"], vref=["AG-DN-d12-3318"],
     commit=("2026-12-01", "Delivery booked: Tue 1/12"),
     dates=[("2026-11-24", "ship_date", "24/11/2026"), ("2026-12-01", "confirmed_delivery", "Tue 1/12")],
     lines=[("AG-PLT-27", 360, None, "AG-PLT-27 dinner plate x 360", "P11419"),
            ("AG-BWL-16", 360, None, "AG-BWL-16 bowl x 360", "P11419")],
     track=[("Palletforce", "PF-d12-880214", "consignment PF-d12-880214")]),

dict(v="anatolia", lang="en", at="2026-11-25 16:40", subj="P11420 first truck left",
     text="""
Hello Sandra,

For your order P11420: today 1,500 pcs of the bath towels AT-BT-70 left our factory by truck (CMR no. ANT-CMR-d12-7781), they arrive Hamburg on Monday. The remaining 500 pcs will be ready on 4 December, they go with the next truck and arrive 10 December.

Sorry for split delivery, the dyeing of the last batch was not same shade and we make again.

Best regards
Mehmet Yilmaz
""", end="Best regards\nMehmet", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11420"],
     commit=("2026-12-10", "arrive 10 December"),
     dates=[("2026-11-25", "ship_date", "today"), ("2026-11-30", "confirmed_delivery", "on Monday"),
            ("2026-12-04", "other", "4 December"), ("2026-12-10", "new_eta", "arrive 10 December")],
     lines=[("AT-BT-70", 1500, "pcs", "1,500 pcs of the bath towels AT-BT-70", "P11420"),
            ("AT-BT-70", 500, "pcs", "The remaining 500 pcs", "P11420")],
     track=[(None, "ANT-CMR-d12-7781", "CMR no. ANT-CMR-d12-7781")]),

dict(v="delhicotton", lang="en", at="2026-10-21 12:30", subj="PO P11421 - delivery week",
     text="""
Dear Laura Madam,

Greetings of the day. Your PO P11421 for 3,000 cotton kitchen towels shows delivery date as "to be agreed". Our production slot is available now, so we can offer you delivery in week 50 or week 51 at Hamburg. Kindly advise which one suits you, then we will issue the order confirmation.

Thanks and regards,
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd
""", end="Thanks and regards,", change="none", intent="question", po=["P11421"],
     dates=[("2026-12-07", "other", "week 50"), ("2026-12-14", "other", "week 51")]),

# ------------------------------------------------- forwarded forwarder mail
dict(v="d12_yiwu", c=1, lang="en", at="2026-11-30 10:20", subj="FW: P11422 vessel delay",
     text="""
Dear Tim,

Please see below message from our forwarder. The vessel for your P11422 is delayed by the typhoon at the loading port, so the container is now later than the ETA we gave you. Sorry for this, it is out of our control.

Best regards,
Grace Wu
Yiwu Sunrise Crafts Co., Ltd.

---------- Forwarded message ---------
From: Kelly Zhou <kelly.zhou@hecny-ningbo.com>
Date: Mon, Nov 30, 2026 at 9:02 AM
Subject: Booking NBHAM-d12-61288 / delay notice
To: Grace Wu <grace.wu@yiwusunrisecrafts.com>

Dear Grace,

Vessel MSC Aurora (voy. 648W) has revised schedule: ETD Ningbo now 2 Dec (was 25 Nov), ETA Hamburg 9 Jan instead of 3 Jan. Delivery to the consignee warehouse we can arrange 12 Jan after customs.

Kelly Zhou
Hecny Shipping Ningbo
""", end="Best regards,", change="date", intent="delay", po=["P11422"],
     commit=("2027-01-12", "Delivery to the consignee warehouse we can arrange 12 Jan"),
     dates=[("2026-12-02", "ship_date", "ETD Ningbo now 2 Dec"), ("2026-11-25", "other", "25 Nov"),
            ("2027-01-09", "other", "ETA Hamburg 9 Jan"), ("2027-01-03", "other", "3 Jan"),
            ("2027-01-12", "new_eta", "12 Jan")]),

# ------------------------------------------------- PDF acknowledgement with a table
dict(v="voltix", c=1, lang="en", at="2026-11-03 15:00", subj="Order confirmation P11423",
     text="""
Dear Laura,

Thanks for your order P11423. Attached our order confirmation, all items as your request, ETA Hamburg 15/12 for all lines.

Best regards,
Kevin Liu
Shenzhen Voltix Technology Co., Ltd.

--- attachment: OC-VTX-d12-1187.pdf ---
ORDER CONFIRMATION OC-VTX-d12-1187
Date: 03/11/2026
Customer PO: P11423
Item        Description             Qty     Unit price USD   Req. ETA     Conf. ETA
VT-PB-10K   Power bank 10000mAh     2,000   6.85             15/12/2026   15/12/2026
VT-CB-USBC  USB-C cable 1m          5,000   0.92             15/12/2026   15/12/2026
ETD Shenzhen: 08/11/2026
Payment: 30% deposit, balance against B/L copy
""", end="Best regards,", change="none", intent="confirmation", po=["P11423"], vref=["OC-VTX-d12-1187"],
     commit=("2026-12-15", "ETA Hamburg 15/12"),
     dates=[("2026-12-15", "confirmed_delivery", "ETA Hamburg 15/12"), ("2026-11-03", "other", "03/11/2026"),
            ("2026-12-15", "other", ("15/12/2026", 0)), ("2026-12-15", "confirmed_delivery", ("15/12/2026", 1)),
            ("2026-12-15", "other", ("15/12/2026", 2)), ("2026-12-15", "confirmed_delivery", ("15/12/2026", 3)),
            ("2026-11-08", "ship_date", "08/11/2026")],
     lines=[("VT-PB-10K", 2000, None, "VT-PB-10K   Power bank 10000mAh     2,000   6.85             15/12/2026   15/12/2026", "P11423"),
            ("VT-CB-USBC", 5000, None, "VT-CB-USBC  USB-C cable 1m          5,000   0.92             15/12/2026   15/12/2026", "P11423")]),

# ------------------------------------------------- two orders, quoted history with old dates
dict(v="ningbo", lang="en", at="2026-11-11 14:45", subj="RE: P11424 / P11425 shipping",
     text="""
Dear Mike,

P11424 (glass storage jars) will be loaded 25 Nov, ETA Hamburg 2 Jan. Sorry it is one week later than we told in October, the lids supplier was late.

For P11425 no change, still ETD 18 Nov as I wrote below.

Best regards,
Amy Chen
Ningbo Homeware Trading Co., Ltd.

On Oct 16, 2026, at 10:02, Amy Chen <amy.chen@nbhomeware.com> wrote:
> Dear Mike,
> P11424 ETD 18 Nov, ETA Hamburg 26 Dec.
> P11425 ETD 18 Nov, ETA Hamburg 26 Dec, same container.
> Best regards, Amy
""", end="Best regards,\nAmy Chen", change="date", intent="delay", sec=["confirmation"], po=["P11424", "P11425"],
     commit=("2027-01-02", "ETA Hamburg 2 Jan"),
     dates=[("2026-11-25", "ship_date", "loaded 25 Nov"), ("2027-01-02", "new_eta", "ETA Hamburg 2 Jan"),
            ("2026-10-01", "other", "in October"), ("2026-11-18", "ship_date", ("ETD 18 Nov", 0))],
     changes=[("P11424", "delay", "2027-01-02", None, "P11424 (glass storage jars) will be loaded 25 Nov, ETA Hamburg 2 Jan"),
              ("P11425", "confirmation", None, None, "For P11425 no change, still ETD 18 Nov")]),

dict(v="hanoi", lang="en", at="2026-11-13 08:05", subj="RE: P11426 confirm?",
     text="""
Dear Laura,

P11426 ok, ship 28/11, eta hamburg 5/1.

Lan
""", end="Lan", change="none", intent="confirmation", po=["P11426"],
     commit=("2027-01-05", "eta hamburg 5/1"),
     dates=[("2026-11-28", "ship_date", "ship 28/11"), ("2027-01-05", "confirmed_delivery", "eta hamburg 5/1")]),

# ------------------------------------------------- price letters with and without a date
dict(v="battrang", lang="en", at="2026-11-17 10:30", subj="P11427 - price adjustment vase BT-VS-20",
     text="""
Dear Mr Mike,

We are sorry to inform that the price of glaze material and packing carton increase very much recently. So we must adjust unit price of vase BT-VS-20 in your PO P11427 from USD 4.20 to USD 4.55/pc. Other items keep same price.

The shipment plan is not change: ETD Hai Phong 12 Dec, ETA Hamburg around 18 Jan.

Please kindly confirm the new price so we can issue the revised PI.

Best regards,
Pham Thu Ha
Bat Trang Ceramics Export Co., Ltd.
""", end="Best regards,", change="price", intent="price_change", sec=["confirmation"], po=["P11427"],
     commit=("2027-01-18", "ETA Hamburg around 18 Jan"),
     dates=[("2026-12-12", "ship_date", "ETD Hai Phong 12 Dec"), ("2027-01-18", "confirmed_delivery", "around 18 Jan")],
     prices=[dict(product="BT-VS-20", old=4.20, new=4.55, cur="USD",
                  quote="adjust unit price of vase BT-VS-20 in your PO P11427 from USD 4.20 to USD 4.55/pc")]),

dict(v="izmir", lang="en", at="2026-11-04 11:00", subj="Price information - glassware",
     text="""
Dear Laura,

I hope you are well. Because of the new natural gas tariff for industry in Turkey, our furnace costs increase strongly. For this reason all glassware prices will increase 6% from 1 December 2026. Orders confirmed before 30 November will be invoiced at the old prices, so your open order P11428 keeps the old price.

Best regards,
Burak Aydin
Izmir Cam Ev Gerecleri A.S.
""", end="Best regards,", change="price", intent="price_change", po=["P11428"],
     dates=[("2026-12-01", "price_effective", "from 1 December 2026"), ("2026-11-30", "other", "before 30 November")],
     prices=[dict(pct=6, eff="2026-12-01", quote="all glassware prices will increase 6% from 1 December 2026")]),

dict(v="d12_kayseri", c=1, lang="en", at="2026-12-01 09:40", subj="P11429 - line 3 cancelled",
     text="""
Dear Mike,

I am sorry but we have to cancel line 3 of your order P11429, the 200 hall runners KH-RN-80. The wool for this design is not available anymore and the design will be discontinued. Lines 1 and 2 (kilim rugs KH-KL-120 and KH-KL-160) are not affected, delivery to Hamburg as confirmed on 15 December.

Please send us the revised PO without line 3.

Kind regards,
Fatma Yildiz
Kayseri Hali ve Ev Tekstili A.S.
""", end="Kind regards,", change="cancel", intent="cancellation", po=["P11429"],
     commit=("2026-12-15", "delivery to Hamburg as confirmed on 15 December"),
     dates=[("2026-12-15", "confirmed_delivery", "15 December")],
     lines=[("KH-RN-80", 200, None, "the 200 hall runners KH-RN-80", "P11429")]),

dict(v="d12_lodz", lang="en", at="2026-11-02 10:15", subj="Order confirmation OC/d12/2211 - your P11430",
     text="""
Dear Ms Klein,

Thank you for your order P11430. Please find our order confirmation attached; delivery as requested.

Best regards,
Magdalena Kaczmarek
Łódź Tekstylia Domowe Sp. z o.o.

--- attachment: OC-d12-2211.pdf ---
ŁÓDŹ TEKSTYLIA DOMOWE SP. Z O.O.
ORDER CONFIRMATION No. OC/d12/2211            Date: 02.11.2026
Your order: P11430 of 28.10.2026
Item       Description                    Qty    Price EUR   Delivery date
LT-NP-45   Linen napkin 45x45, natural    1.200  2,10        27.11.2026
LT-RN-40   Table runner 40x180, natural     300  8,40        27.11.2026
Delivery terms: DAP Hamburg
Payment: 30 days net
""", end="Best regards,", change="none", intent="confirmation", po=["P11430"], vref=["OC/d12/2211"],
     commit=("2026-11-27", ("27.11.2026", 0)),
     dates=[("2026-11-02", "other", "02.11.2026"), ("2026-10-28", "other", "28.10.2026"),
            ("2026-11-27", "confirmed_delivery", ("27.11.2026", 0)), ("2026-11-27", "confirmed_delivery", ("27.11.2026", 1))],
     lines=[("LT-NP-45", 1200, None, "LT-NP-45   Linen napkin 45x45, natural    1.200  2,10        27.11.2026", "P11430"),
            ("LT-RN-40", 300, None, "LT-RN-40   Table runner 40x180, natural     300  8,40        27.11.2026", "P11430")]),

dict(v="poznanwood", lang="en", at="2026-12-03 13:20", subj="P11431 benches - 30 delivered, 20 next week",
     text="""
Dear Mr Brandt,

This morning our truck delivered 30 of the 50 garden benches PD-GB-150 from order P11431 to your DC (CMR PD-d12-4410). The remaining 20 benches are in the paint shop now and we will deliver them next Tuesday with our own truck.

Best regards,
Tomasz Zieliński
Poznań Drewno Sp. z o.o.
""", end="Best regards,", change="quantity", intent="partial_shipment", po=["P11431"],
     commit=("2026-12-08", "we will deliver them next Tuesday"),
     dates=[("2026-12-03", "other", "This morning"), ("2026-12-08", "new_eta", "next Tuesday")],
     lines=[("PD-GB-150", 30, None, "30 of the 50 garden benches PD-GB-150", "P11431"),
            ("PD-GB-150", 20, None, "The remaining 20 benches", "P11431")],
     track=[(None, "PD-d12-4410", "CMR PD-d12-4410")]),

dict(v="d9d_krakow", lang="en", at="2026-12-18 16:00", subj="Automatic reply: P11432 delivery date for the vases",
     text="""
Thank you for your message. I am out of the office from 21.12 to 4.01 and will reply after my return. Our office is closed between Christmas and New Year; urgent matters regarding deliveries please send to biuro@krakowszklo.pl.

Agnieszka Wójcik
Kraków Szkło Sp. z o.o.
""", end="Agnieszka Wójcik", change="none", intent="other", po=["P11432"],
     dates=[("2026-12-21", "other", "21.12"), ("2027-01-04", "other", "4.01")]),

dict(v="d12_tennessee", lang="en", at="2026-10-22 16:05", subj="P11433 star quilts - where we are",
     text="""
Hi Laura,

Sorry for the radio silence this week, it's been one of those. Long story short on P11433 (the 300 Appalachian star quilts): your PO had them in your DC on 10/30, and when I wrote you on the 8th I still thought we'd make it. We didn't. Two of our quilters were out sick and then the backing fabric came in the wrong weight and had to go back to the mill. The good news is the replacement fabric is here, we're back at full speed, and the quilts will be finished and packed by Mon 11/2.

Our forwarder has them on the Wednesday 11/4 flight, and delivery to your DC is Fri 11/13. I know that's two weeks later than you wanted. If you need a partial earlier, I can get about 120 pieces on the 10/28 flight, just say the word.

Again, really sorry.
Darlene

> On Oct 8, 2026, at 9:14 AM, Darlene Pruitt <darlene.pruitt@smokymountainquilt.com> wrote:
> Laura - all on track for P11433, packing starts 10/19, in your DC 10/30 as ordered.
""", end="Darlene\n\n> On Oct 8", change="date", intent="delay", po=["P11433"],
     commit=("2026-11-13", "delivery to your DC is Fri 11/13"),
     dates=[("2026-10-19", "other", "this week"), ("2026-10-30", "other", ("10/30", 0)),
            ("2026-10-08", "other", "the 8th"), ("2026-11-02", "other", "Mon 11/2"),
            ("2026-11-04", "ship_date", "Wednesday 11/4"), ("2026-11-13", "new_eta", "Fri 11/13"),
            ("2026-10-28", "other", "10/28")],
     lines=[("Appalachian star quilts", 120, "pieces", "about 120 pieces", "P11433")]),

dict(v="d12_winnipeg", c=1, lang="en", at="2026-11-05 14:30", subj="Shipment advice P11434",
     text="""
Hello,

Shipment advice for P11434 - Red River Housewares order RRH-SO-d12-7730.

Loaded at our dock: Thu 11/5
Rail to Montreal, vessel ETD Montreal: 11/10
ETA Hamburg: 11/21
Delivered to your DC (per your forwarder): Tue 11/24

Container MRKU 550281-3, 1x40' - all 64 pallets of the order.

Shipping Office
Red River Housewares Ltd.
""", end="Shipping Office\nRed River", change="shipping", intent="shipping_notice", po=["P11434"], vref=["RRH-SO-d12-7730"],
     commit=("2026-11-24", "Delivered to your DC (per your forwarder): Tue 11/24"),
     dates=[("2026-11-05", "ship_date", "Thu 11/5"), ("2026-11-10", "ship_date", "11/10"),
            ("2026-11-21", "other", "11/21"), ("2026-11-24", "confirmed_delivery", "Tue 11/24")],
     lines=[("pallets", 64, "pallets", "all 64 pallets of the order", "P11434")],
     track=[(None, "MRKU 550281-3", "Container MRKU 550281-3")]),

dict(v="cascadia", lang="en", at="2026-10-07 15:50", subj="P11435",
     text="""
P11435 ships Fri. Transit 5-7 business days to your dock.

Brent
""", end="Brent", change="none", intent="confirmation", po=["P11435"],
     commit=("2026-10-20", "Transit 5-7 business days to your dock"),
     dates=[("2026-10-09", "ship_date", "ships Fri"), ("2026-10-16", "range_start", "5-7 business days"),
            ("2026-10-20", "range_end", "5-7 business days")]),

dict(v="oakridge", lang="en", at="2026-11-10 09:00", subj="P11436 - want them early?",
     text="""
Hi Tim,

We had a cancellation on the finishing line, so your 48 farmhouse tables on P11436 could be done early. If you want them, we can have them at your Hamburg DC on Tue 11/24, about two weeks ahead of your PO date. No pressure, if the answer's no we just keep to the plan.

Travis
""", end="Travis", change="none", intent="question", po=["P11436"],
     dates=[("2026-11-24", "other", "Tue 11/24")]),
# ------------------------------------------------- partial shipments: dated, vague or no rest date
dict(v="d10e_lonestar", lang="en", at="2026-11-10 15:35", subj="P11437 umbrellas - 150 out today",
     text="""
Hey Mike,

Shipped 150 of the 200 patio umbrellas (LS-PU-9) on P11437 this afternoon by air freight through our forwarder, AWB 006-d12-33401, ETA your dock Wed 11/18. The other 50 are waiting on canopies and should be at your dock by end of the month.

Dustin
""", end="Dustin", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11437"],
     commit=("2026-11-30", "should be at your dock by end of the month"),
     dates=[("2026-11-10", "ship_date", "this afternoon"), ("2026-11-18", "confirmed_delivery", "Wed 11/18"),
            ("2026-11-30", "new_eta", "by end of the month")],
     lines=[("LS-PU-9", 150, None, "Shipped 150 of the 200 patio umbrellas (LS-PU-9)", "P11437"),
            ("LS-PU-9", 50, None, "The other 50", "P11437")],
     track=[(None, "006-d12-33401", "AWB 006-d12-33401")]),

dict(v="d10b_xiamen", lang="en", at="2026-11-20 17:10", subj="P11438 mugs - 2,000 pcs loaded",
     text="""
Dear Laura,

Your PO P11438 stoneware mugs: 2,000 pcs are loaded today, ETD Xiamen 24 Nov, ETA Hamburg 28 Dec. The remaining 500 pcs (colour "sage") failed our glaze test, we must fire them again. Date for these 500 pcs I will advise next week after the new test.

Sorry for the trouble.

Best regards,
Lily Huang
Xiamen Stoneware & Gifts Co., Ltd.
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11438"],
     commit=("2026-12-28", "ETA Hamburg 28 Dec"),
     dates=[("2026-11-20", "ship_date", "loaded today"), ("2026-11-24", "ship_date", "ETD Xiamen 24 Nov"),
            ("2026-12-28", "confirmed_delivery", "ETA Hamburg 28 Dec"), ("2026-11-23", "other", "next week")],
     lines=[("stoneware mugs", 2000, "pcs", "2,000 pcs are loaded today", "P11438"),
            ("stoneware mugs sage", 500, "pcs", "The remaining 500 pcs", "P11438")]),

dict(v="d12_ludhiana", c=1, lang="en", at="2026-11-10 12:00", subj="Dispatch intimation - PO P11439",
     text="""
Dear Mike Sir,

This is to inform that your PO P11439 (wool blend blankets LWK-BL-150, 1,800 pcs) will be dispatched from our factory day after tomorrow and will reach your Hamburg warehouse by 11th December positively. Shipping documents will follow by courier.

Regards,
Export Department
Ludhiana Woollen Knits Pvt Ltd
""", end="Regards,", change="none", intent="confirmation", po=["P11439"],
     commit=("2026-12-11", "will reach your Hamburg warehouse by 11th December"),
     dates=[("2026-11-12", "ship_date", "day after tomorrow"), ("2026-12-11", "confirmed_delivery", "by 11th December")]),

dict(v="jaipur", lang="en", at="2026-11-05 13:00", subj="Revised price - PO P11440 cushion covers",
     text="""
Dear Laura ji,

Namaste. Due to the sharp rise in cotton yarn prices since Diwali, we are forced to revise the price of the block print cushion covers JBP-CC-45 on your PO P11440 from USD 3.10 to USD 3.35 per piece. All other articles remain at the confirmed price.

Shipment remains as per schedule: ETD Mundra 24/11, ETA Hamburg 22/12.

Kindly confirm acceptance so we can revise the proforma.

Warm regards,
Anil Mehta
Jaipur Block Prints Pvt Ltd
""", end="Warm regards,", change="price", intent="price_change", sec=["confirmation"], po=["P11440"],
     commit=("2026-12-22", "ETA Hamburg 22/12"),
     dates=[("2026-11-24", "ship_date", "ETD Mundra 24/11"), ("2026-12-22", "confirmed_delivery", "ETA Hamburg 22/12")],
     prices=[dict(product="JBP-CC-45", old=3.10, new=3.35, cur="USD",
                  quote="revise the price of the block print cushion covers JBP-CC-45 on your PO P11440 from USD 3.10 to USD 3.35 per piece")]),

dict(v="d9a_mumbai", lang="en", at="2026-11-11 11:30", subj="PO P11441 - final inspection date",
     text="""
Dear Sandra Madam,

Production of your PO P11441 (steel tiffin boxes) will complete this week. Kindly let us know if your QC agency will come for final inspection on 17/11 or 18/11, as we need 5 days after inspection for packing. Please revert at the earliest.

Regards,
Suresh Iyer
Mumbai Brass & Steelware Pvt Ltd
""", end="Regards,", change="none", intent="question", po=["P11441"],
     dates=[("2026-11-09", "other", "this week"), ("2026-11-17", "other", "17/11"), ("2026-11-18", "other", "18/11")]),

dict(v="d11a_cotswold", lang="en", at="2026-11-27 11:20", subj="P11442",
     text="""
Hi Laura,

P11442 will be with you Thurs 10/12, not the 3rd as on your PO, sorry - our willow delivery came in late.

Harriet
""", end="Harriet", change="date", intent="delay", po=["P11442"],
     commit=("2026-12-10", "P11442 will be with you Thurs 10/12"),
     dates=[("2026-12-10", "new_eta", "Thurs 10/12"), ("2026-12-03", "other", "the 3rd")]),

dict(v="d11b_yorkshire", c=1, lang="en", at="2026-10-07 15:10", subj="Part despatch P11443",
     text="""
Hello Laura,

Part despatch for P11443: 300 of the 500 tea towels (YL-TT-01) went on DPD this afternoon, consignment 15501-d12-4471, due with you Friday. Balance of 200 to follow early next week once they're back from the embroiderer.

Regards,
Despatch Team
Yorkshire Linen Co Ltd
""", end="Regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11443"],
     commit=("2026-10-12", "Balance of 200 to follow early next week"),
     dates=[("2026-10-07", "ship_date", "this afternoon"), ("2026-10-09", "confirmed_delivery", "due with you Friday"),
            ("2026-10-12", "new_eta", "early next week")],
     lines=[("YL-TT-01", 300, None, "300 of the 500 tea towels (YL-TT-01)", "P11443"),
            ("YL-TT-01", 200, None, "Balance of 200", "P11443")],
     track=[("DPD", "15501-d12-4471", "consignment 15501-d12-4471")]),

dict(v="highland", lang="en", at="2026-11-16 10:00", subj="Christmas opening hours",
     text="""
Dear customer,

A quick note on our Christmas arrangements. The workshop closes at midday on Thursday 24 December and reopens on Monday 4 January. The last despatch date for delivery before Christmas is Fri 11/12, and any orders placed after that will go out in the new year.

Wishing you a busy and happy season,
Fiona MacLeod
Highland Candle Works Ltd
""", end="Wishing you a busy and happy season,", change="none", intent="other",
     dates=[("2026-12-24", "other", "Thursday 24 December"), ("2027-01-04", "other", "Monday 4 January"),
            ("2026-12-11", "other", "Fri 11/12")]),

# ------------------------------------------------- sailed, port ETA and DC date
dict(v="d9d_perth", c=1, lang="en", at="2026-11-09 17:30", subj="P11444 on the water",
     text="""
Hi Tim,

Your container for P11444 (outdoor cushions, 1x20') was loaded on the vessel today at Fremantle. ETA Hamburg 14/12 (Mon), and our broker there has booked delivery to your DC for 16/12.

Container: SEGU 218840-7
B/L: FRE-d12-20931

Cheers,
Dispatch
Southern Cross Homewares
""", end="Cheers,\nDispatch", change="shipping", intent="shipping_notice", po=["P11444"],
     commit=("2026-12-16", "booked delivery to your DC for 16/12"),
     dates=[("2026-11-09", "ship_date", "loaded on the vessel today"), ("2026-12-14", "other", "14/12 (Mon)"),
            ("2026-12-16", "confirmed_delivery", "16/12")],
     track=[(None, "SEGU 218840-7", "Container: SEGU 218840-7"), (None, "FRE-d12-20931", "B/L: FRE-d12-20931")]),

dict(v="aussie", c=1, lang="en", at="2026-10-27 09:15", subj="P11445 carton labels?",
     text="""
Hi Mike,

Can you send through the carton labels for P11445 (the 300 camp chairs)? We were planning to pack on Monday 2 November but can't start without them. Once they're on the cartons we need about ten days to pack and get them to the port.

Cheers,
Chloe
""", end="Cheers,\nChloe", change="none", intent="question", po=["P11445"],
     dates=[("2026-11-02", "other", "Monday 2 November")]),

dict(v="d10a_moreton", lang="en", at="2026-11-30 12:10", subj="P11446 - rolled to next sailing",
     text="""
G'day Tim,

Bad news on P11446 I'm afraid. The container was rolled off the Brisbane sailing on Saturday (the line overbooked it), so the old ETA of 4/1 won't hold. New ETD Brisbane Wed 9/12, ETA Hamburg 18/1. It's FOB so our forwarder hands over to yours on arrival as usual.

Sorry mate,
Shane
""", end="Sorry mate,", change="date", intent="delay", po=["P11446"],
     commit=("2027-01-18", "ETA Hamburg 18/1"),
     dates=[("2026-11-28", "other", "on Saturday"), ("2027-01-04", "other", "4/1"),
            ("2026-12-09", "ship_date", "Wed 9/12"), ("2027-01-18", "new_eta", "ETA Hamburg 18/1")]),

dict(v="plasticos", c=1, lang="en", at="2026-11-18 11:45", subj="P11447 - pallet wrapping?",
     text="""
Hello Sandra,

For your order P11447 (2,400 storage boxes PN-CJ-30) delivery is planned for 7/12 (Monday) at your Hamburg DC, the container is already on the water. Our forwarder asks: do you need the pallets wrapped in black film (like last time) or is clear film ok? He must know before Friday.

Saludos,
Fernanda Treviño
Plásticos del Norte
""", end="Saludos,", change="none", intent="question", po=["P11447"],
     commit=("2026-12-07", "delivery is planned for 7/12 (Monday)"),
     dates=[("2026-12-07", "confirmed_delivery", "7/12 (Monday)"), ("2026-11-20", "other", "before Friday")]),

dict(v="tlaquepaque", lang="en", at="2026-11-12 10:20", subj="New prices 2027",
     text="""
Dear Laura,

We want to inform you that from 1/1/2027 our prices for all hand-painted ceramics go up 8%, because of the increase in the minimum wage in Mexico and in the price of clay. Your current order P11448 ships 20/11 from Manzanillo at the old prices, as agreed.

Attached the new price list.

Saludos cordiales,
Alejandra Ruiz
Artesanías Tlaquepaque
""", end="Saludos cordiales,", change="price", intent="price_change", po=["P11448"],
     dates=[("2027-01-01", "price_effective", "from 1/1/2027"), ("2026-11-20", "ship_date", "ships 20/11")],
     prices=[dict(pct=8, eff="2027-01-01", quote="our prices for all hand-painted ceramics go up 8%")]),

dict(v="d12_monterrey", lang="en", at="2026-12-04 13:30", subj="P11449 gas grills - 60 shipped, 40 in January",
     text="""
Hi Tim,

P11449 (100 gas grills PN-GG-90): 60 units left our plant today on the truck to Veracruz, they sail Tuesday and the ETA Hamburg is 28/12. The other 40 are held up by the burner valves from our supplier; we will deliver them to Hamburg in January, the exact date I confirm when the valves arrive.

Saludos,
Luis
""", end="Saludos,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11449"],
     commit=("2027-01-01", "we will deliver them to Hamburg in January"),
     dates=[("2026-12-04", "ship_date", "left our plant today"), ("2026-12-08", "ship_date", "they sail Tuesday"),
            ("2026-12-28", "confirmed_delivery", "ETA Hamburg is 28/12"), ("2027-01-01", "new_eta", "in January")],
     lines=[("PN-GG-90", 60, "units", "60 units left our plant today", "P11449"),
            ("PN-GG-90", 40, None, "The other 40", "P11449")]),

dict(v="d12_kayseri", lang="en", at="2026-11-09 10:30", subj="P11450 - split delivery or all together?",
     text="""
Hello Mike,

About your order P11450 (600 cotton rugs KH-CR-90): your PO requests delivery on 1 December. Our production can finish 400 pcs for this date, the other 200 pcs need one week more. What do you prefer: a split delivery, or all 600 pcs together on 8 December? Please tell me until Wednesday so I can plan the trucks.

Best regards
Emre Sahin
""", end="Best regards\nEmre", change="date", intent="delay", sec=["question"], po=["P11450"],
     dates=[("2026-12-01", "other", "1 December"), ("2026-12-08", "other", "8 December"),
            ("2026-11-11", "other", "until Wednesday")],
     lines=[("KH-CR-90", 400, "pcs", "finish 400 pcs for this date", "P11450"),
            ("KH-CR-90", 200, "pcs", "the other 200 pcs", "P11450")]),

dict(v="izmir", c=1, lang="en", at="2026-10-13 15:20", subj="Sales confirmation SC-IZM-d12-0915 / P11451",
     text="""
Dear Laura,

Thank you for your order P11451. Please find attached our order confirmation. Unfortunately for the wine glasses we can confirm only a later date, because the furnace is under maintenance in the first half of November.

Best regards,
Zeynep Kaya
Izmir Cam Ev Gerecleri A.S.

--- attachment: SC-IZM-d12-0915.pdf ---
IZMIR CAM EV GERECLERI A.S. - SALES CONFIRMATION SC-IZM-d12-0915
Date: 13.10.2026
Customer order: P11451
Pos  Article     Description        Qty     Requested   Confirmed
1    IZ-WG-35    Wine glass 35cl    4.800   20.11.2026  04.12.2026
2    IZ-TB-30    Tumbler 30cl       3.600   20.11.2026  20.11.2026
Delivery: DAP Hamburg
""", end="Best regards,", change="date", intent="delay", po=["P11451"], vref=["SC-IZM-d12-0915"],
     commit=("2026-12-04", "04.12.2026"),
     dates=[("2026-11-01", "other", "first half of November"), ("2026-10-13", "other", "13.10.2026"),
            ("2026-11-20", "other", ("20.11.2026", 0)), ("2026-12-04", "new_eta", "04.12.2026"),
            ("2026-11-20", "other", ("20.11.2026", 1)), ("2026-11-20", "confirmed_delivery", ("20.11.2026", 2))],
     lines=[("IZ-WG-35", 4800, None, "1    IZ-WG-35    Wine glass 35cl    4.800   20.11.2026  04.12.2026", "P11451"),
            ("IZ-TB-30", 3600, None, "2    IZ-TB-30    Tumbler 30cl       3.600   20.11.2026  20.11.2026", "P11451")]),

dict(v="d12_winnipeg", lang="en", at="2026-11-19 13:10", subj="Invoice RRH-INV-d12-2231 - P11452",
     text="""
Hi Mike,

Attached is invoice RRH-INV-d12-2231 for P11452 (the kitchen canisters that shipped 10/28). Terms are net 30, so payment is due 11/27. Please note our new remit-to address on the invoice; the bank details haven't changed.

Thanks,
Jordan
""", end="Thanks,\nJordan", change="none", intent="other", po=["P11452"], vref=["RRH-INV-d12-2231"],
     dates=[("2026-10-28", "ship_date", "shipped 10/28"), ("2026-11-27", "other", "11/27")]),

dict(v="d12_geelong", lang="en", at="2026-10-20 14:00", subj="P11453 - which sailing?",
     text="""
Hi Tim,

Quick one about P11453 (the 150 beach shelters). Your PO just says "Q1 2027" for delivery. So we can book the right sailing, would you rather have them mid-January or early February? Either is fine on our end.

Cheers,
Mick
""", end="Cheers,\nMick", change="none", intent="question", po=["P11453"],
     dates=[("2027-01-15", "other", "mid-January"), ("2027-02-01", "other", "early February")]),

# ------------------------------------------------- carrier slot forwarded, inline reply, ASN
dict(v="d12_lodz", c=1, lang="en", at="2026-11-30 14:45", subj="P11454 loaded - delivery slot",
     text="""
Dear Ms Klein,

The truck with your order P11454 (all 1.500 bath mats) was loaded today. Below the message from our carrier with the delivery slot.

Regards,
Logistics Desk
Łódź Tekstylia Domowe

---------- Forwarded message ---------
From: Awizacje Raben <awizacje@raben-group.com>
Date: Mon, 30 Nov 2026 at 13:20
Subject: Awizacja / delivery notice RB-d12-778213
To: logistyka@lodztekstylia.pl

Consignment RB-d12-778213, 26 pallets, sender Lodz Tekstylia Domowe, consignee Hartmann Home & Garden, Hamburg.
Delivery planned on 03.12.2026 between 8:00 and 12:00.
""", end="Regards,", change="shipping", intent="shipping_notice", po=["P11454"],
     commit=("2026-12-03", "Delivery planned on 03.12.2026"),
     dates=[("2026-11-30", "ship_date", "loaded today"), ("2026-12-03", "confirmed_delivery", "03.12.2026")],
     lines=[("bath mats", 1500, None, "all 1.500 bath mats", "P11454")],
     track=[("Raben", "RB-d12-778213", "Consignment RB-d12-778213")]),

dict(v="brightline", c=1, lang="en", at="2026-11-10 11:40", subj="RE: P11455 - three questions",
     text="""
Hi Laura, answers below.

> 1. When will P11455 ship?
Friday 13th, from our Coventry warehouse.
> 2. And when does it reach us?
DPD, so Tue 17th or Wed 18th.
> 3. Can you split off the USB plugs if the cables are late?
Not needed, everything is in stock and goes together.

Thanks,
Tom

-----Original Message-----
From: Laura Jensen <laura.jensen@hhg-retail.com>
Sent: 10 November 2026 09:12
To: Tom Okafor <tom.okafor@brightline-electronics.co.uk>
Subject: P11455 - three questions
Hi Tom, three quick ones on P11455, see below. Thanks, Laura
""", end="Thanks,\nTom", change="none", intent="confirmation", po=["P11455"],
     commit=("2026-11-18", "Tue 17th or Wed 18th"),
     dates=[("2026-11-13", "ship_date", "Friday 13th"), ("2026-11-17", "range_start", "Tue 17th"),
            ("2026-11-18", "range_end", "Wed 18th")]),

dict(v="evergreen", lang="en", at="2026-11-06 10:30", subj="P11456 paper towels - timing",
     text="""
Hi Sandra,

Following up on P11456 (the 1,000 cases of paper towels). We can't make your PO date of 11/20 - the parent rolls from the mill are running late. Earliest we can have it at your dock is early December. I'll firm up the exact day next week.

Bill
""", end="Bill", change="date", intent="delay", po=["P11456"],
     commit=("2026-12-01", "Earliest we can have it at your dock is early December"),
     dates=[("2026-11-20", "other", "11/20"), ("2026-12-01", "new_eta", "early December"),
            ("2026-11-09", "other", "next week")]),

dict(v="keystone", c=1, lang="en", at="2026-11-16 06:00", subj="ASN KHD-ASN-d12-880412 for PO P11457",
     text="""
ADVANCE SHIP NOTICE
ASN number: KHD-ASN-d12-880412
Purchase order: P11457
Ship date: 11/16/2026
Carrier: Expeditors (air)   HAWB: EXP-d12-5520931
Est. delivery: 11/19/2026
Cartons: 84   Units: 1,008 (order complete)

This is an automated message from Keystone Housewares EDI. Do not reply.
""", end="This is an automated message", change="shipping", intent="shipping_notice", po=["P11457"],
     vref=["KHD-ASN-d12-880412"],
     commit=("2026-11-19", "Est. delivery: 11/19/2026"),
     dates=[("2026-11-16", "ship_date", "11/16/2026"), ("2026-11-19", "confirmed_delivery", "11/19/2026")],
     lines=[("units", 1008, "Units", "Units: 1,008 (order complete)", "P11457")],
     track=[("Expeditors", "EXP-d12-5520931", "HAWB: EXP-d12-5520931")]),

dict(v="d9b_buckeye", lang="en", at="2026-10-29 14:00", subj="New account manager from Monday",
     text="""
Hi Laura,

Just a heads-up: I'm moving over to our new retail division, so starting Monday 11/2 your account will be handled by Megan Foster (megan.foster@buckeyecookware.com). I'm around until the end of the week for the handover. Open orders like P11458 aren't affected.

All the best,
Kyle
""", end="All the best,", change="none", intent="other", po=["P11458"],
     dates=[("2026-11-02", "other", "Monday 11/2"), ("2026-10-30", "other", "the end of the week")]),

dict(v="texbright", c=1, lang="en", at="2026-11-20 12:00", subj="RE: P11459 pull-in",
     text="""
Hi Sandra,

Good news: we can do it. P11459 (the 400 flannel sheet sets) will now be delivered Thu 12/3 instead of 12/10, as you asked. Same carrier, same dock.

Olivia

> On Nov 18, 2026, at 3:40 PM, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Olivia, any chance to pull P11459 in by a week? 12/3 would be ideal. Sandra
""", end=("Olivia", 0), change="date", intent="confirmation", po=["P11459"],
     commit=("2026-12-03", "will now be delivered Thu 12/3"),
     dates=[("2026-12-03", "confirmed_delivery", "Thu 12/3"), ("2026-12-10", "other", "12/10")]),

dict(v="d12_hcmc", lang="en", at="2026-11-18 15:00", subj="PO P11460 - production late",
     text="""
Dear Ms Laura,

Sorry we have bad news for PO P11460 (water hyacinth storage baskets). Because the long rain season in Mekong delta the material is not dry enough, so production is late. The goods will finish in 2 weeks and loading container at 10 Dec, ETA Hamburg about 10 Jan. We know your PO date is 15 Dec at your warehouse, so it is late than plan, very sorry for this.

Best regards,
Nguyen Thi Hoa
Mekong Rattan Export Co., Ltd.
""", end="Best regards,", change="date", intent="delay", po=["P11460"],
     commit=("2027-01-10", "ETA Hamburg about 10 Jan"),
     dates=[("2026-12-02", "other", "in 2 weeks"), ("2026-12-10", "ship_date", "loading container at 10 Dec"),
            ("2027-01-10", "new_eta", "ETA Hamburg about 10 Jan"), ("2026-12-15", "other", "15 Dec")]),

dict(v="d12_yiwu", lang="en", at="2026-11-19 09:40", subj="P11461 LCL or FCL?",
     text="""
Dear Tim,

For your order P11461 (LED candles, 420 cartons) the goods are not enough to fill one container alone. We have two options:
1) ship LCL on 28 Nov (extra cost approx. USD 380, for our account)
2) wait and ship FCL together with your order P11462 on 12 Dec

Which do you prefer? Please reply before Monday so we can book.

Best regards,
Sunny Chen
Yiwu Sunrise Crafts Co., Ltd.
""", end="Best regards,", change="none", intent="question", po=["P11461", "P11462"],
     dates=[("2026-11-28", "other", "28 Nov"), ("2026-12-12", "other", "12 Dec"), ("2026-11-23", "other", "before Monday")]),

dict(v="d12_ludhiana", lang="en", at="2026-10-28 11:00", subj="Diwali holidays - factory closed",
     text="""
Dear Valued Customer,

Wishing you and your family a very Happy Diwali in advance! Please note our factory and office will remain closed from 7/11 to 11/11 on account of Diwali festival. Production and dispatches will resume on Thursday 12/11. Orders in progress (incl. your PO P11463) are planned accordingly, no change in committed dates.

Warm regards,
Gurpreet Singh
Ludhiana Woollen Knits Pvt Ltd
""", end="Warm regards,", change="none", intent="other", po=["P11463"],
     dates=[("2026-11-07", "other", "7/11"), ("2026-11-11", "other", "11/11"), ("2026-11-12", "other", "Thursday 12/11")]),

dict(v="d12_tennessee", c=1, lang="en", at="2026-11-02 16:20", subj="P11464 - cancellation, sorry",
     text="""
Hi Laura,

I'm sorry to say we have to cancel P11464 (the 200 wool-blend blankets). The mill in North Carolina that weaves the blanket cloth closed its doors last Friday without warning, and we can't find another source before spring. We'd quoted you delivery for 11/19, so I wanted you to know right away so you can look elsewhere. Any deposit will be refunded in full this week.

Again, so sorry.
Order Desk, Smoky Mountain Quilt Co.
""", end="Order Desk, Smoky", change="cancel", intent="cancellation", po=["P11464"],
     dates=[("2026-10-30", "other", "last Friday"), ("2026-11-19", "other", "11/19"), ("2026-11-02", "other", "this week")]),

# ------------------------------------------------- two orders, two stories
dict(v="d12_bristol", lang="en", at="2026-11-26 10:40", subj="Your two open orders",
     text="""
Hi Sandra,

Update on your two open orders with us:

P11465 (mugs and jugs) is packed and booked with Palletforce, delivery Thu 3/12 as planned.

P11466 (the large serving platters) is the problem child: we lost a whole kiln load to a thermocouple failure on Monday and have to refire. Realistically they'll be with you w/c 14/12, not 7/12 as confirmed.

Sorry about the second one - the first at least is on track.

Kind regards,
Rebecca
""", end="Kind regards,", change="date", intent="delay", sec=["confirmation"], po=["P11465", "P11466"],
     commit=("2026-12-03", "delivery Thu 3/12 as planned"),
     dates=[("2026-12-03", "confirmed_delivery", "Thu 3/12"), ("2026-11-23", "other", "on Monday"),
            ("2026-12-14", "new_eta", "w/c 14/12"), ("2026-12-07", "other", "7/12")],
     changes=[("P11465", "confirmation", "2026-12-03", None, "P11465 (mugs and jugs) is packed and booked with Palletforce, delivery Thu 3/12 as planned"),
              ("P11466", "delay", "2026-12-14", None, "Realistically they'll be with you w/c 14/12, not 7/12 as confirmed")]),

dict(v="pennine", lang="en", at="2026-12-09 14:30", subj="P11467",
     text="""
Hi Tim,

P11467 is glazed, fired and on the racks. It goes on the pallet network this Friday and delivery is Tuesday, the network doesn't deliver to Germany on Mondays.

Dave
""", end="Dave", change="none", intent="confirmation", po=["P11467"],
     commit=("2026-12-15", "delivery is Tuesday"),
     dates=[("2026-12-11", "ship_date", "this Friday"), ("2026-12-15", "confirmed_delivery", "delivery is Tuesday")]),

dict(v="d10e_midlands", lang="en", at="2026-10-22 15:00", subj="P11468 despatched",
     text="""
Afternoon Mike,

P11468 - all 36 cases of the brass hooks went out today with UPS, tracking 1Z-d12-9X4410. Can't tell you the delivery day yet, UPS haven't scanned it in. I'll send the delivery date over once it's showing.

Craig
""", end="Craig", change="shipping", intent="shipping_notice", po=["P11468"],
     dates=[("2026-10-22", "ship_date", "went out today")],
     lines=[("brass hooks", 36, "cases", "all 36 cases of the brass hooks", "P11468")],
     track=[("UPS", "1Z-d12-9X4410", "tracking 1Z-d12-9X4410")]),

dict(v="voltix", lang="en", at="2026-12-01 11:20", subj="PI for P11469",
     text="""
Dear Laura,

Attached the proforma invoice for your order P11469. Production will finish 15 Dec and the goods can be loaded ETD Shenzhen 18 Dec. Please arrange the 30% deposit so we can start.

Best regards,
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.

--- attachment: VTX-PI-d12-2204.pdf ---
PROFORMA INVOICE VTX-PI-d12-2204
Date: 01/12/2026
Buyer PO: P11469
VT-SP-05  Bluetooth speaker mini   3,000 pcs  USD 7.40  USD 22,200.00
Terms: FOB Shenzhen, 30% T/T deposit, 70% against copy B/L
Shipment: ETD 18/12/2026
""", end="Best regards,", change="none", intent="confirmation", po=["P11469"], vref=["VTX-PI-d12-2204"],
     dates=[("2026-12-15", "other", "finish 15 Dec"), ("2026-12-18", "ship_date", "ETD Shenzhen 18 Dec"),
            ("2026-12-01", "other", "01/12/2026"), ("2026-12-18", "ship_date", "ETD 18/12/2026")],
     lines=[("VT-SP-05", 3000, "pcs", "VT-SP-05  Bluetooth speaker mini   3,000 pcs", "P11469")]),

dict(v="d12_geelong", lang="en", at="2026-11-12 16:40", subj="P11470 daybeds - change of plan",
     text="""
Hi Tim,

Hope things are good up there and the weather's treating you better than it's treating us - we've had a week of rain and the yard's a swamp.

Anyway, the reason I'm writing. Your P11470 (the 80 outdoor daybeds, BO-DB-2) was meant to sail 14/11 for an ETA Hamburg of 21/12, as I said in my last note. That's not going to happen. The cushion fabric supplier sent the wrong UV grade, and we're not sending you something that fades in one summer. New fabric arrives Monday, we recover the cushions over the following fortnight, and the container now sails 4/12. ETA Hamburg is 11/1, our forwarder's estimate; he'll deliver to your DC two days after that, so call it Wed 13/1.

I know it misses Christmas, which is a pain. If you want to cancel instead, tell me by next Friday and no hard feelings.

Cheers,
Mick

On Thu, 22 Oct 2026 at 09:12, Mick Sullivan <mick.sullivan@bellarineoutdoor.com.au> wrote:
> Tim, P11470 books on the 14/11 sailing out of Melbourne, ETA Hamburg 21/12. Deposit received, thanks. Mick
""", end="Cheers,\nMick", change="date", intent="delay", po=["P11470"],
     commit=("2027-01-13", "call it Wed 13/1"),
     dates=[("2026-11-14", "other", ("14/11", 0)), ("2026-12-21", "other", ("21/12", 0)),
            ("2026-11-16", "other", "arrives Monday"), ("2026-12-04", "ship_date", "sails 4/12"),
            ("2027-01-11", "other", "ETA Hamburg is 11/1"), ("2027-01-13", "new_eta", "Wed 13/1"),
            ("2026-11-20", "other", "by next Friday")]),
]
