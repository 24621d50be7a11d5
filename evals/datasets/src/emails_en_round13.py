# ruff: noqa: E501 - email text is data
"""English, round 13 (branch d13): 65 emails where the commitment date is hard to pick. Mail
about two or three orders at once (bullets, tables, one sentence naming two orders, "the other
one", an inline reply answering for two orders), each order with its own change, where the
commitment is the first order's date even when a later order's date is later; partial shipments
whose rest has a date, only a month, only a ship date or no date at all, and alternatives offered
to the buyer that commit to nothing; mail that names dates and commits to none (ex-works and
pick-up dates, readiness and inspection dates, invoices and proformas with due dates, price
dates, holiday closures, an out-of-office, proposals and questions about a date); delays with
the old and the new date restated in several places, in tables and in revised acknowledgements,
with quoted history naming other orders' dates. Vendors from the US, UK, Ireland, Canada, India,
Bangladesh, China, Thailand, Portugal, Italy and Brazil writing English, terse and rambling,
with typos, month-first and day-first numeric dates, calendar weeks, relative dates and
business-day spans. Hand-written and hand-labelled by reading each email; no extractor or
classifier was run on them."""

EMAILS = [
# ------------------------------------------------- several orders in one email
dict(v="d13_vermont", lang="en", at="2026-11-09 10:15", subj="Your open POs with Green Mountain",
     text="""
Hi Laura,

Status on your three open POs with us:

- P11800 (maple cutting boards): shipped Friday via Maersk, delivery to your DC 12/4 as confirmed.
- P11801 (salad bowls): the finishing line is backed up after the oil supplier shorted us, so delivery moves from 11/20 to 12/11.
- P11802 (spoon sets): on track for 11/30.

Let me know if the salad bowl date is a problem and we'll see what we can do.

Thanks,
Hank
""", end="Thanks,\nHank", change="date", intent="delay", sec=["shipping_notice", "confirmation"],
     po=["P11800", "P11801", "P11802"],
     commit=("2026-12-04", "delivery to your DC 12/4 as confirmed"),
     dates=[("2026-11-06", "ship_date", "shipped Friday"), ("2026-12-04", "confirmed_delivery", "delivery to your DC 12/4"),
            ("2026-11-20", "other", "from 11/20"), ("2026-12-11", "new_eta", "to 12/11"),
            ("2026-11-30", "confirmed_delivery", "on track for 11/30")],
     changes=[("P11800", "shipping_notice", "2026-12-04", None, "P11800 (maple cutting boards): shipped Friday via Maersk, delivery to your DC 12/4 as confirmed"),
              ("P11801", "delay", "2026-12-11", None, "delivery moves from 11/20 to 12/11"),
              ("P11802", "confirmation", "2026-11-30", None, "P11802 (spoon sets): on track for 11/30")]),

dict(v="ningbo", c=1, lang="en", at="2026-10-20 16:30", subj="RE: P11803 P11804 vessel",
     text="""
Dear Mike,

Sorry, the shipping line cancel the sailing of 27 Oct (blank sailing). P11803 and P11804 will now go on the next vessel, ETD 3 Nov, ETA Hamburg 8 Dec for both, before it was ETA 1 Dec. Container and seal no. I send after loading.

Best regards,
Leo Wang
Ningbo Homeware Trading Co., Ltd.

On Oct 9, 2026, at 11:20, Leo Wang <leo.wang@nbhomeware.com> wrote:
> Dear Mike,
> P11803 and P11804 ETD 27 Oct, ETA Hamburg 1 Dec, same container.
> P11805 ETD 17 Nov as planned.
> Best regards, Leo
""", end="Best regards,\nLeo Wang", change="date", intent="delay", po=["P11803", "P11804", "P11805"],
     commit=("2026-12-08", "ETA Hamburg 8 Dec for both"),
     dates=[("2026-10-27", "other", "the sailing of 27 Oct"), ("2026-11-03", "ship_date", "ETD 3 Nov"),
            ("2026-12-08", "new_eta", "ETA Hamburg 8 Dec"), ("2026-12-01", "other", "before it was ETA 1 Dec")],
     changes=[("P11803", "delay", "2026-12-08", None, "P11803 and P11804 will now go on the next vessel, ETD 3 Nov, ETA Hamburg 8 Dec for both"),
              ("P11804", "delay", "2026-12-08", None, "P11803 and P11804 will now go on the next vessel, ETD 3 Nov, ETA Hamburg 8 Dec for both")]),

dict(v="d13_sheffield", lang="en", at="2026-11-17 11:40", subj="Where we are with your orders",
     text="""
Hi Tim,

As promised on the phone, where we are with your three orders:

Order    Item                   Was      Now
P11806   Carving sets           20/11    20/11 (on track)
P11807   Steak knives x6        27/11    11/12
P11808   Bread knives           04/12    TBC - waiting on blade steel

I'll come back to you on P11808 as soon as the steel mill gives us a rolling date. P11807 is late because the bread knives and steak knives share the grinding line and I'd rather finish one properly than both badly.

Regards,
Gareth
""", end="Regards,\nGareth", change="date", intent="delay", sec=["confirmation"],
     po=["P11806", "P11807", "P11808"],
     commit=("2026-11-20", "20/11 (on track)"),
     dates=[("2026-11-20", "other", ("20/11", 0)), ("2026-11-20", "confirmed_delivery", ("20/11", 1)),
            ("2026-11-27", "other", "27/11"), ("2026-12-11", "new_eta", "11/12"), ("2026-12-04", "other", "04/12")],
     changes=[("P11806", "confirmation", "2026-11-20", None, "P11806   Carving sets           20/11    20/11 (on track)"),
              ("P11807", "delay", "2026-12-11", None, "P11807   Steak knives x6        27/11    11/12"),
              ("P11808", "delay", None, None, "P11808   Bread knives           04/12    TBC - waiting on blade steel")]),

dict(v="delhicotton", lang="en", at="2026-10-06 14:05", subj="PO P11809 / P11810 status",
     text="""
Dear Sandra Madam,

Greetings from Delhi Cotton Mills!!

This is regarding your PO P11809 and P11810. P11809 kitchen towels goods are ready and will be dispatched on 12/10 from our factory, reaching Hamburg by 16/11. Regarding the other one, dyeing is delayed due to festival season labour shortage, we will revert with new date after Diwali.

Kindly bear with us.

Thanks & Regards
Rajesh Kumar
Delhi Cotton Mills Pvt Ltd
""", end="Thanks & Regards", change="date", intent="delay", sec=["confirmation"], po=["P11809", "P11810"],
     commit=("2026-11-16", "reaching Hamburg by 16/11"),
     dates=[("2026-10-12", "ship_date", "dispatched on 12/10"), ("2026-11-16", "confirmed_delivery", "reaching Hamburg by 16/11")],
     changes=[("P11809", "confirmation", "2026-11-16", None, "P11809 kitchen towels goods are ready and will be dispatched on 12/10 from our factory, reaching Hamburg by 16/11"),
              ("P11810", "delay", None, None, "Regarding the other one, dyeing is delayed due to festival season labour shortage")]),

dict(v="d13_cork", lang="en", at="2026-12-01 09:30", subj="P11811 + P11812",
     text="""
Hi Mike, P11811 goes on the pallet Thursday, with you Monday. P11812 the week after, I'll send the booking when I have it.
Niamh
""", end="Niamh", change="none", intent="confirmation", po=["P11811", "P11812"],
     commit=("2026-12-07", "with you Monday"),
     dates=[("2026-12-03", "ship_date", "goes on the pallet Thursday"), ("2026-12-07", "confirmed_delivery", "with you Monday"),
            ("2026-12-07", "ship_date", "the week after")],
     changes=[("P11811", "confirmation", "2026-12-07", None, "P11811 goes on the pallet Thursday, with you Monday"),
              ("P11812", "confirmation", None, None, "P11812 the week after")]),

dict(v="d13_kolkata", lang="en", at="2026-11-03 17:20", subj="Order acknowledgement OA-d13-2291 - your PO P11813 & P11814",
     text="""
Dear Laura ji,

Greetings from Hooghly Jute! Please find attached our order acknowledgement for your both orders P11813 and P11814.

Kindly note P11814 delivery we can only give 18/01/2027 instead of your requested 21/12/2026, as the printed jute bags need new screens and our screen maker is fully booked till end of the month. P11813 is as per your date.

Thanking you and assuring our best services always,
Debashis Roy
Export Manager

--- attachment: OA-d13-2291.pdf ---
ORDER ACKNOWLEDGEMENT OA-d13-2291          Date: 03/11/2026
Buyer: Hartmann Home & Garden, Hamburg
PO No.   Item          Qty     Req. delivery   Conf. delivery
P11813   JB-SHOP-40    3000    14/12/2026      14/12/2026
P11814   JB-PRINT-35   5000    21/12/2026      18/01/2027
Terms: CIF Hamburg, payment 30 days from B/L date
""", end="Thanking you and assuring", change="date", intent="delay", sec=["confirmation"],
     po=["P11813", "P11814"], vref=["OA-d13-2291"],
     commit=("2026-12-14", "P11813   JB-SHOP-40    3000    14/12/2026      14/12/2026"),
     dates=[("2027-01-18", "new_eta", ("18/01/2027", 0)), ("2026-12-21", "other", ("21/12/2026", 0)),
            ("2026-11-30", "other", "end of the month"),
            ("2026-11-03", "other", "03/11/2026"), ("2026-12-14", "other", ("14/12/2026", 0)),
            ("2026-12-14", "confirmed_delivery", ("14/12/2026", 1)), ("2026-12-21", "other", ("21/12/2026", 1)),
            ("2027-01-18", "new_eta", ("18/01/2027", 1))],
     lines=[("JB-SHOP-40", 3000, None, "P11813   JB-SHOP-40    3000    14/12/2026      14/12/2026", "P11813"),
            ("JB-PRINT-35", 5000, None, "P11814   JB-PRINT-35   5000    21/12/2026      18/01/2027", "P11814")],
     changes=[("P11813", "confirmation", "2026-12-14", None, "P11813 is as per your date"),
              ("P11814", "delay", "2027-01-18", None, "P11814 delivery we can only give 18/01/2027 instead of your requested 21/12/2026")]),

dict(v="acme", lang="en", at="2026-09-15 13:00", subj="P11815 / P11816",
     text="""
Laura -

P11815 is confirmed for 10/2 delivery.

The other one (P11816) won't be ready to deliver until 10/16, we're short on the printed cartons. Do you want us to send what we have of P11816 on the 2nd together with P11815, or wait and ship it complete?

Jessica
""", end="Jessica", change="date", intent="delay", sec=["question", "confirmation"], po=["P11815", "P11816"],
     commit=("2026-10-02", "P11815 is confirmed for 10/2 delivery"),
     dates=[("2026-10-02", "confirmed_delivery", "10/2"), ("2026-10-16", "new_eta", "until 10/16"),
            ("2026-10-02", "other", "on the 2nd")],
     changes=[("P11815", "confirmation", "2026-10-02", None, "P11815 is confirmed for 10/2 delivery"),
              ("P11816", "delay", "2026-10-16", None, "The other one (P11816) won't be ready to deliver until 10/16")]),

dict(v="d13_jinhua", lang="en", at="2026-11-24 10:05", subj="P11817 shipped / P11818 solar lights",
     text="""
Dear Tim,

Two updates:

P11817 shipped complete on 20 Nov, B/L COSU-D13-6620418 attached, ETA Hamburg 28 Dec.

P11818: the solar lights item JH-SL-12 is discontinued by our LED module supplier, we have to cancel this line (1,200 pcs). Sorry for this. The other two items of P11818 are in production, ETD 5 Dec.

Best regards
Wendy Zhou
Jinhua Evergreen Garden Products
""", end="Best regards\nWendy", change="cancel", intent="cancellation", sec=["shipping_notice"],
     po=["P11817", "P11818"],
     commit=("2026-12-28", "ETA Hamburg 28 Dec"),
     dates=[("2026-11-20", "ship_date", "shipped complete on 20 Nov"), ("2026-12-28", "confirmed_delivery", "ETA Hamburg 28 Dec"),
            ("2026-12-05", "ship_date", "ETD 5 Dec")],
     lines=[("JH-SL-12", 1200, "pcs", "cancel this line (1,200 pcs)", "P11818")],
     track=[(None, "COSU-D13-6620418", "B/L COSU-D13-6620418")],
     changes=[("P11817", "shipping_notice", "2026-12-28", None, "P11817 shipped complete on 20 Nov, B/L COSU-D13-6620418 attached, ETA Hamburg 28 Dec"),
              ("P11818", "cancellation", None, 1200, "the solar lights item JH-SL-12 is discontinued by our LED module supplier, we have to cancel this line (1,200 pcs)")]),

dict(v="d13_como", lang="en", at="2026-10-13 15:50", subj="Your orders with Tessitura Lariana - updates",
     text="""
Dear Sandra,

I hope you are well and that the autumn season started good for you in Hamburg. Here in Como we had a very busy time with the fairs, and now finally the looms are full, which is good news but also means I must give you some updates on your orders, sorry for the long mail.

First, P11819 (the jacquard table cloths): the fabric is woven, but for the finishing we need your confirmation of the hem - on the PO it is written 2 cm, on the sample you approved it was 3 cm. Which one is correct? When we have your answer we can finish and deliver in about three weeks.

Second, P11820 (linen napkins): unfortunately the dyeing house has a problem with the colour 'salvia', the first lot was refused by our quality control. We must re-dye, so the delivery will be 20 November instead of 30 October. I am really sorry for this.

Third, P11821 (tea towels) is fine and will be delivered on 23 October as confirmed.

Thank you for your patience and have a nice day,
Chiara Galli
Tessitura Lariana S.r.l.
""", end="Thank you for your patience", change="date", intent="delay", sec=["question", "confirmation"],
     po=["P11819", "P11820", "P11821"],
     commit=("2026-11-20", "the delivery will be 20 November instead of 30 October"),
     dates=[("2026-11-20", "new_eta", "20 November"), ("2026-10-30", "other", "30 October"),
            ("2026-10-23", "confirmed_delivery", "delivered on 23 October")],
     changes=[("P11819", "question", None, None, "Which one is correct?"),
              ("P11820", "delay", "2026-11-20", None, "the delivery will be 20 November instead of 30 October"),
              ("P11821", "confirmation", "2026-10-23", None, "P11821 (tea towels) is fine and will be delivered on 23 October as confirmed")]),

dict(v="pennine", lang="en", at="2026-12-08 16:45", subj="P11822 P11823",
     text="""
Tim - P11822 and P11823 both on tomorrow's wagon, delivered Friday.
Dave
""", end="Dave", change="none", intent="confirmation", po=["P11822", "P11823"],
     commit=("2026-12-11", "delivered Friday"),
     dates=[("2026-12-09", "ship_date", "tomorrow's wagon"), ("2026-12-11", "confirmed_delivery", "delivered Friday")],
     changes=[("P11822", "confirmation", "2026-12-11", None, "P11822 and P11823 both on tomorrow's wagon, delivered Friday"),
              ("P11823", "confirmation", "2026-12-11", None, "P11822 and P11823 both on tomorrow's wagon, delivered Friday")]),

dict(v="d13_narayanganj", c=1, lang="en", at="2026-11-19 18:10", subj="Shipment status - 3 PO",
     text="""
Dear Mike,

Please note shipment status of your 3 PO:

1) P11824 - 6,000 pcs bath towel shipped complete on 14 Nov by vessel MSC ARIANE (B/L MEDU-D13-774120), ETA Hamburg 22 Dec.
2) P11825 - 3,500 pcs of 5,000 pcs hand towel shipped with same vessel, balance 1,500 pcs will ship 3 Dec, ETA 31 Dec.
3) P11826 - bath mats production will finish 10 Dec as planned, shipment date we will inform.

Best Regards
Nasrin Sultana
Merchandiser, Shitalakshya Home Textiles Ltd
""", end="Best Regards", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11824", "P11825", "P11826"],
     commit=("2026-12-22", "ETA Hamburg 22 Dec"),
     dates=[("2026-11-14", "ship_date", "shipped complete on 14 Nov"), ("2026-12-22", "confirmed_delivery", "ETA Hamburg 22 Dec"),
            ("2026-12-03", "ship_date", "will ship 3 Dec"), ("2026-12-31", "new_eta", "ETA 31 Dec"),
            ("2026-12-10", "other", "finish 10 Dec")],
     lines=[("bath towel", 6000, "pcs", "6,000 pcs bath towel shipped complete", "P11824"),
            ("hand towel", 3500, "pcs", "3,500 pcs of 5,000 pcs hand towel shipped", "P11825"),
            ("hand towel", 1500, "pcs", "balance 1,500 pcs", "P11825")],
     track=[("MSC", "MEDU-D13-774120", "B/L MEDU-D13-774120")],
     changes=[("P11824", "shipping_notice", "2026-12-22", None, "P11824 - 6,000 pcs bath towel shipped complete on 14 Nov by vessel MSC ARIANE (B/L MEDU-D13-774120), ETA Hamburg 22 Dec"),
              ("P11825", "partial_shipment", "2026-12-31", 1500, "P11825 - 3,500 pcs of 5,000 pcs hand towel shipped with same vessel, balance 1,500 pcs will ship 3 Dec, ETA 31 Dec"),
              ("P11826", "confirmation", None, None, "P11826 - bath mats production will finish 10 Dec as planned")]),

dict(v="d13_curitiba", lang="en", at="2026-10-27 11:00", subj="P11827 and P11828",
     text="""
Hello Laura,

About your orders P11827 and P11828.

P11827 (teak-look garden benches) we had confirmed for delivery 27/11, but our container booking was rolled by the shipping line, so the new ETA Hamburg is 11/12.

For P11828 (side tables) we could ship earlier than planned: the goods are ready 6/11 instead of 20/11. Do you want them earlier? If yes we book them on the same vessel and they arrive 11/12 together with P11827; if not, it stays as planned with arrival 28/12.

Abraço,
Fernanda Lima
Araucária Móveis e Decoração
""", end="Abraço,", change="date", intent="delay", sec=["question"], po=["P11827", "P11828"],
     commit=("2026-12-11", "the new ETA Hamburg is 11/12"),
     dates=[("2026-11-27", "other", "27/11"), ("2026-12-11", "new_eta", ("11/12", 0)),
            ("2026-11-06", "other", "ready 6/11"), ("2026-11-20", "other", "20/11"),
            ("2026-12-11", "other", ("11/12", 1)), ("2026-12-28", "confirmed_delivery", "arrival 28/12")],
     changes=[("P11827", "delay", "2026-12-11", None, "so the new ETA Hamburg is 11/12"),
              ("P11828", "question", "2026-12-28", None, "if not, it stays as planned with arrival 28/12")]),

dict(v="milano", lang="en", at="2026-11-12 11:05", subj="Fwd: spedizioni HHG",
     text="""
Dear Mike,

below the information from our warehouse about your two orders.

Regards
Giulia

---------- Forwarded message ---------
From: Magazzino Milano Casa <magazzino@milanocasa.it>
Date: Thu, Nov 12, 2026 at 9:14 AM
Subject: spedizioni HHG
To: Giulia Rossi <giulia.rossi@milanocasa.it>

Giulia, the HHG orders: P11829 picked up today by DSV, delivery Hamburg Tuesday 17/11. P11830 is still missing the espresso cups from the supplier, they arrive here next week, then we ship.
Marco
""", end="Regards\nGiulia", change="date", intent="delay", sec=["shipping_notice"], po=["P11829", "P11830"],
     commit=("2026-11-17", "delivery Hamburg Tuesday 17/11"),
     dates=[("2026-11-12", "ship_date", "picked up today"), ("2026-11-17", "confirmed_delivery", "Tuesday 17/11"),
            ("2026-11-16", "other", "next week")],
     changes=[("P11829", "shipping_notice", "2026-11-17", None, "P11829 picked up today by DSV, delivery Hamburg Tuesday 17/11"),
              ("P11830", "delay", None, None, "P11830 is still missing the espresso cups from the supplier")]),

dict(v="d13_chiangmai", lang="en", at="2026-12-02 14:30", subj="your 2 orders celadon",
     text="""
Dear Sandra,

Sorry for late reply. P11832 and P11831 glaze firing is finish, both will ex-factory 9 Dec. P11832 is small so we send by air, arrive 15 Dec; P11831 go by sea, ETA Hamburg around 20 Jan.

Best regard,
Kanya
""", end="Best regard,", change="none", intent="confirmation", po=["P11832", "P11831"],
     commit=("2026-12-15", "arrive 15 Dec"),
     dates=[("2026-12-09", "ship_date", "ex-factory 9 Dec"), ("2026-12-15", "confirmed_delivery", "arrive 15 Dec"),
            ("2027-01-20", "confirmed_delivery", "ETA Hamburg around 20 Jan")],
     changes=[("P11832", "confirmation", "2026-12-15", None, "P11832 is small so we send by air, arrive 15 Dec"),
              ("P11831", "confirmation", "2027-01-20", None, "P11831 go by sea, ETA Hamburg around 20 Jan")]),

dict(v="keystone", lang="en", at="2026-10-01 08:20", subj="Updated delivery appointments - HHG",
     text="""
Laura,

Updated delivery appointments for your open POs (DC Hamburg via our consolidator):

PO       Appt window         Status
P11833   10/19 - 10/21       unchanged
P11834   10/26 - 10/28       moved from 10/19 - 10/21 (carrier capacity)
P11835   --                  on hold, awaiting your label file

If you can get me the label file for P11835 this week it can still make the 10/26 truck.

Rachel
""", end="Rachel", change="date", intent="delay", sec=["question", "confirmation"],
     po=["P11833", "P11834", "P11835"],
     commit=("2026-10-21", "P11833   10/19 - 10/21       unchanged"),
     dates=[("2026-10-19", "range_start", ("10/19", 0)), ("2026-10-21", "range_end", ("10/21", 0)),
            ("2026-10-26", "range_start", ("10/26", 0)), ("2026-10-28", "range_end", "10/28"),
            ("2026-10-19", "other", ("10/19", 1)), ("2026-10-21", "other", ("10/21", 1)),
            ("2026-09-28", "other", "this week"), ("2026-10-26", "other", "the 10/26 truck")],
     changes=[("P11833", "confirmation", "2026-10-21", None, "P11833   10/19 - 10/21       unchanged"),
              ("P11834", "delay", "2026-10-28", None, "P11834   10/26 - 10/28       moved from 10/19 - 10/21 (carrier capacity)"),
              ("P11835", "question", None, None, "P11835   --                  on hold, awaiting your label file")]),

dict(v="d13_aveiro", lang="en", at="2026-11-05 10:00", subj="P11836 cancelled / P11837",
     text="""
Dear Tim,

As agreed on the phone this morning, we have cancelled P11836 (the 24-piece dinner sets) in our system; there are no costs for you.

P11837 stays as it is: the mugs leave Aveiro on 16/11 and you will have them on 19/11.

Cumprimentos,
Marta Sousa
Porcelanas da Ria de Aveiro
""", end="Cumprimentos,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P11836", "P11837"],
     commit=("2026-11-19", "you will have them on 19/11"),
     dates=[("2026-11-05", "other", "this morning"), ("2026-11-16", "ship_date", "leave Aveiro on 16/11"),
            ("2026-11-19", "confirmed_delivery", "on 19/11")],
     changes=[("P11836", "cancellation", None, None, "we have cancelled P11836 (the 24-piece dinner sets) in our system"),
              ("P11837", "confirmation", "2026-11-19", None, "P11837 stays as it is: the mugs leave Aveiro on 16/11 and you will have them on 19/11")]),

# ------------------------------------------------- partial shipments: rest dated, vague or undated
dict(v="d13_oregon", lang="en", at="2026-10-08 15:20", subj="P11838 pruners - partial",
     text="""
Hi Mike,

P11838 update: 180 of the 300 bypass pruners shipped today on PRO 4471-D13-883 (Old Dominion to the port of Tacoma), ETA Hamburg 11/9. The remaining 120 are waiting on springs; we're hoping for early November but I can't promise a date yet.

Thanks,
Corey
""", end="Thanks,\nCorey", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11838"],
     commit=("2026-11-09", "ETA Hamburg 11/9"),
     dates=[("2026-10-08", "ship_date", "shipped today"), ("2026-11-09", "confirmed_delivery", "ETA Hamburg 11/9"),
            ("2026-11-01", "other", "early November")],
     lines=[("bypass pruners", 180, None, "180 of the 300 bypass pruners shipped", "P11838"),
            ("bypass pruners", 120, None, "The remaining 120", "P11838")],
     track=[("Old Dominion", "4471-D13-883", "PRO 4471-D13-883")]),

dict(v="siam", c=1, lang="en", at="2026-11-26 13:00", subj="P11839 loading advice",
     text="""
Dear Laura,

Your PO P11839 (teak serving boards): we have loaded 1,100 pcs in container TGHU 882104-3 this morning, vessel ETD Laem Chabang 28 Nov, ETA Hamburg 4 Jan 2027. Balance 400 pcs will be ship after New Year, we will inform exact date.

Best regards,
Pimchanok Srisuk
Siam Rattan & Teak Co., Ltd.
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11839"],
     commit=("2027-01-04", "ETA Hamburg 4 Jan 2027"),
     dates=[("2026-11-26", "ship_date", "this morning"), ("2026-11-28", "ship_date", "ETD Laem Chabang 28 Nov"),
            ("2027-01-04", "confirmed_delivery", "ETA Hamburg 4 Jan 2027")],
     lines=[("teak serving boards", 1100, "pcs", "loaded 1,100 pcs", "P11839"),
            ("teak serving boards", 400, "pcs", "Balance 400 pcs", "P11839")],
     track=[(None, "TGHU 882104-3", "container TGHU 882104-3")]),

dict(v="d13_vermont", lang="en", at="2026-12-03 09:40", subj="P11840 - last 3 pallets",
     text="""
Laura,

Your DC signed for 5 of the 8 pallets on P11840 yesterday (POD attached). Pallets 6-8 (the 240 walnut trays) were held back because the finish wasn't curing in the cold shop. They're good now and go out Monday; FedEx Freight says delivery 12/11.

Hank
""", end="Hank", change="quantity", intent="partial_shipment", po=["P11840"],
     commit=("2026-12-11", "FedEx Freight says delivery 12/11"),
     dates=[("2026-12-02", "other", "yesterday"), ("2026-12-07", "ship_date", "go out Monday"),
            ("2026-12-11", "new_eta", "delivery 12/11")],
     lines=[("pallets", 5, "pallets", "5 of the 8 pallets", "P11840"),
            ("walnut trays", 240, None, "the 240 walnut trays", "P11840")]),

dict(v="d13_kolkata", lang="en", at="2026-09-24 12:15", subj="Dispatch - PO P11841",
     text="""
Dear Sir,

Against PO P11841 we have dispatched today 2,000 of 4,000 jute doormats by road to Kolkata port for shipment, vessel details will follow. For the balance 2,000 pcs the coir yarn is short in market, we will try our best to dispatch by end of October.

Thanks and regards,
Debashis Roy
Hooghly Jute & Home Furnishings Pvt Ltd
""", end="Thanks and regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11841"],
     dates=[("2026-09-24", "ship_date", "dispatched today"), ("2026-10-31", "ship_date", "dispatch by end of October")],
     lines=[("jute doormats", 2000, None, "2,000 of 4,000 jute doormats", "P11841"),
            ("jute doormats", 2000, "pcs", "the balance 2,000 pcs", "P11841")]),

dict(v="d9b_dhaka", c=1, lang="en", at="2026-10-15 16:00", subj="P11842 - 2 options for navy",
     text="""
Dear Sandra,

P11842: 7,200 pcs T-shirts are ready now but 1,800 pcs (colour navy, all sizes) are delayed because of fabric shade rejection. We can offer two options:

A) ship the 7,200 pcs on 22 Oct vessel (ETA Hamburg 25 Nov) and the navy by air at our cost, arrive approx. 30 Nov
B) hold everything and ship complete on 5 Nov vessel, ETA Hamburg 10 Dec

Please advise which option you prefer by Monday.

Best regards,
Nusrat Jahan
""", end="Best regards,", change="date", intent="delay", sec=["question"], po=["P11842"],
     dates=[("2026-10-22", "other", "22 Oct"), ("2026-11-25", "other", "ETA Hamburg 25 Nov"),
            ("2026-11-30", "other", "approx. 30 Nov"), ("2026-11-05", "other", "on 5 Nov vessel"),
            ("2026-12-10", "other", "ETA Hamburg 10 Dec"), ("2026-10-19", "other", "by Monday")],
     lines=[("T-shirts", 7200, "pcs", "7,200 pcs T-shirts are ready now", "P11842"),
            ("T-shirts navy", 1800, "pcs", "1,800 pcs (colour navy, all sizes) are delayed", "P11842")]),

dict(v="d13_jinhua", c=1, lang="en", at="2026-12-10 11:30", subj="P11843 hose reels shipment",
     text="""
Dear Tim,

P11843 garden hose reels: 2 x 40HQ loaded and sailed yesterday, B/L COSU-D13-6630192, ETA Hamburg 18 Jan. The 3rd container (560 reels) will load 21 Dec, we send B/L when sailed.

Regards
Bruce Fang
""", end="Regards\nBruce", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11843"],
     commit=("2027-01-18", "ETA Hamburg 18 Jan"),
     dates=[("2026-12-09", "ship_date", "sailed yesterday"), ("2027-01-18", "confirmed_delivery", "ETA Hamburg 18 Jan"),
            ("2026-12-21", "ship_date", "load 21 Dec")],
     lines=[("40HQ container", 2, None, "2 x 40HQ loaded", "P11843"),
            ("garden hose reels", 560, None, "3rd container (560 reels)", "P11843")],
     track=[(None, "COSU-D13-6630192", "B/L COSU-D13-6630192")]),

dict(v="galway", lang="en", at="2026-11-16 12:00", subj="P11844 Aran throws",
     text="""
Hi Sandra,

Quick update on P11844 - the Aran throws went out on Friday, 150 of 200. The last 50 are still on the needles, they'll be with you w/c 30/11. I'll send tracking for those when they go.

The 150 should reach you Thursday per DPD.

Orla
""", end="Orla", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11844"],
     commit=("2026-11-30", "they'll be with you w/c 30/11"),
     dates=[("2026-11-13", "ship_date", "went out on Friday"), ("2026-11-30", "new_eta", "w/c 30/11"),
            ("2026-11-19", "confirmed_delivery", "reach you Thursday")],
     lines=[("Aran throws", 150, None, "150 of 200", "P11844"), ("Aran throws", 50, None, "The last 50", "P11844")]),

dict(v="d13_calgary", lang="en", at="2026-11-04 14:10", subj="P11845 tents - 60 now or 96 later?",
     text="""
Hi Mike,

P11845: we can only ship 60 of the 96 tents this week - the rainfly supplier shorted us. The other 36 I honestly don't have a date for yet. Do you want the 60 now or would you rather wait and take all 96 together?

If we ship now, pickup is Friday 11/6 and they'd land in Hamburg around 12/7.

Thanks,
Dylan
""", end="Thanks,\nDylan", change="quantity", intent="partial_shipment", sec=["question"], po=["P11845"],
     dates=[("2026-11-02", "other", "this week"), ("2026-11-06", "other", "Friday 11/6"),
            ("2026-12-07", "other", "around 12/7")],
     lines=[("tents", 60, None, "ship 60 of the 96 tents", "P11845"), ("tents", 36, None, "The other 36", "P11845")]),

dict(v="lisbon", c=1, lang="en", at="2026-10-22 15:30", subj="Delivery note GR-d13-55810 - P11846",
     text="""
Dear Laura,

Please find below the delivery note for today's shipment on P11846. As you will see, the cork trivets are short: 600 sent, 400 in backorder. Those 400 will be delivered together with your next order P11847 in week 46.

Best regards,
Rui Costa
Lisbon Cork Products

--- attachment: GR-d13-55810.pdf ---
GUIA DE REMESSA / DELIVERY NOTE GR-d13-55810
Date: 22/10/2026      Your order: P11846
Carrier: Transportes Ferreira, CMR 2026-D13-4471
Item        Description          Ordered   Shipped   Backorder
LC-TRV-20   Cork trivet 20 cm    1000      600       400
LC-CST-6    Cork coaster set 6   500       500       0
Expected delivery: 27/10/2026
""", end="Best regards,", change="quantity", intent="partial_shipment", sec=["shipping_notice"],
     po=["P11846", "P11847"], vref=["GR-d13-55810"],
     commit=("2026-11-09", "Those 400 will be delivered together with your next order P11847 in week 46"),
     dates=[("2026-10-22", "ship_date", "today's shipment"), ("2026-11-09", "new_eta", "week 46"),
            ("2026-10-22", "other", "22/10/2026"), ("2026-10-27", "confirmed_delivery", "Expected delivery: 27/10/2026")],
     lines=[("LC-TRV-20", 600, None, "600 sent", "P11846"), ("LC-TRV-20", 400, None, "400 in backorder", "P11846"),
            ("LC-CST-6", 500, None, "LC-CST-6    Cork coaster set 6   500       500       0", "P11846")],
     track=[("Transportes Ferreira", "2026-D13-4471", "CMR 2026-D13-4471")]),

dict(v="d13_sheffield", c=1, lang="en", at="2026-09-29 10:20", subj="P11848 despatch",
     text="""
Morning Tim,

P11848 - 3 of the 4 lines despatched today by Palletforce, consignment PF-D13-77120, delivery Thursday. Line 4 (the 48 cleavers) is backordered until further notice: our heat-treatment furnace is down and the engineer can't get the part until he hears from Germany.

Despatch
Don Valley Cutlery Ltd
""", end="Despatch\nDon Valley", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11848"],
     commit=("2026-10-01", "delivery Thursday"),
     dates=[("2026-09-29", "ship_date", "despatched today"), ("2026-10-01", "confirmed_delivery", "delivery Thursday")],
     lines=[("cleavers", 48, None, "the 48 cleavers", "P11848")],
     track=[("Palletforce", "PF-D13-77120", "consignment PF-D13-77120")]),

dict(v="d13_narayanganj", lang="en", at="2026-12-15 17:40", subj="P11849 final shipment - short qty",
     text="""
Dear Tim,

P11849 final shipment: we could ship only 4,650 pcs of 5,000 kitchen towels, the rest 350 pcs we short ship because of fabric end. Please deduct from invoice. Goods loaded on 13 Dec, ETA Hamburg 20 Jan.

Regards
Rafiq
""", end="Regards\nRafiq", change="quantity", intent="partial_shipment", sec=["shipping_notice"], po=["P11849"],
     commit=("2027-01-20", "ETA Hamburg 20 Jan"),
     dates=[("2026-12-13", "ship_date", "loaded on 13 Dec"), ("2027-01-20", "confirmed_delivery", "ETA Hamburg 20 Jan")],
     lines=[("kitchen towels", 4650, "pcs", "4,650 pcs of 5,000 kitchen towels", "P11849"),
            ("kitchen towels", 350, "pcs", "the rest 350 pcs we short ship", "P11849")]),

dict(v="d10b_bangkok", c=1, lang="en", at="2026-11-10 10:45", subj="P11850 split air / sea",
     text="""
Dear Mike,

For P11850 we split the order as the glaze for the large bowls needs one more firing: 300 sets by air, flight TG920 on 13 Nov, arrive Frankfurt 14 Nov and your DC by 17 Nov. Remaining 900 sets by sea, ETD Bangkok 20 Nov, ETA Hamburg 24 Dec.

Best regards,
Kanokwan
""", end="Best regards,", change="quantity", intent="partial_shipment", po=["P11850"],
     commit=("2026-12-24", "ETA Hamburg 24 Dec"),
     dates=[("2026-11-13", "ship_date", "on 13 Nov"), ("2026-11-14", "other", "arrive Frankfurt 14 Nov"),
            ("2026-11-17", "confirmed_delivery", "by 17 Nov"), ("2026-11-20", "ship_date", "ETD Bangkok 20 Nov"),
            ("2026-12-24", "new_eta", "ETA Hamburg 24 Dec")],
     lines=[("sets", 300, "sets", "300 sets by air", "P11850"), ("sets", 900, "sets", "Remaining 900 sets by sea", "P11850")]),

# ------------------------------------------------- dates that commit to no delivery
dict(v="d13_cork", c=0, lang="en", at="2026-11-27 15:00", subj="Christmas hours at Lee Valley Pottery",
     text="""
Hi all,

Just a heads-up on our Christmas hours: the pottery closes at lunchtime on Wednesday 23 December and we're back on Tuesday 5 January. The last despatch before the break is Friday 18 December.

Mike, your P11851 is glazed and will go out on Thursday 10/12 with the usual Palletways service.

Happy Christmas when it comes!
Niamh
""", end="Happy Christmas when it comes!", change="none", intent="other", sec=["confirmation"], po=["P11851"],
     dates=[("2026-12-23", "other", "Wednesday 23 December"), ("2027-01-05", "other", "Tuesday 5 January"),
            ("2026-12-18", "other", "Friday 18 December"), ("2026-12-10", "ship_date", "Thursday 10/12")]),

dict(v="acme", c=1, lang="en", at="2026-10-05 08:30", subj="Invoice ACM-INV-d13-30912 / P11852",
     text="""
Hi Laura,

Invoice ACM-INV-d13-30912 for P11852 is attached. Ship date 10/2, terms net 30, so it's due 11/1.

Thanks,
Dave Kowalski
Accounts, Acme Home Goods Inc.
""", end="Thanks,\nDave", change="none", intent="other", po=["P11852"], vref=["ACM-INV-d13-30912"],
     dates=[("2026-10-02", "ship_date", "Ship date 10/2"), ("2026-11-01", "other", "due 11/1")]),

dict(v="d13_oregon", lang="en", at="2026-09-10 08:45", subj="P11853 ready for pickup",
     text="""
Hi Laura,

P11853 (420 hori-hori knives + 200 hand trowels) will be ready for pickup at our Portland dock on 9/21. As this is an FCA order, please have your forwarder book the pickup with us, dock hours 7am-3pm weekdays. Pickup reference will be PU-D13-5521.

Corey
""", end="Corey", change="none", intent="confirmation", po=["P11853"], vref=["PU-D13-5521"],
     dates=[("2026-09-21", "other", "on 9/21")]),

dict(v="voltix", lang="en", at="2026-11-18 10:20", subj="Price adjustment from 1 Jan 2027",
     text="""
Dear Mike,

Due to the copper price and the new export VAT rule, from 1 Jan 2027 our prices will increase as below:

VT-PB-10K power bank: USD 6.85 -> USD 7.20
VT-CB-USBC cable: USD 0.92 -> USD 0.98

Orders confirmed before 31 Dec keep the old price. Your open P11854 is not affected and keeps ETD 28 Nov.

Best regards,
Cindy Zhang
Shenzhen Voltix Technology Co., Ltd.
""", end="Best regards,", change="price", intent="price_change", po=["P11854"],
     dates=[("2027-01-01", "price_effective", "from 1 Jan 2027"), ("2026-12-31", "other", "before 31 Dec"),
            ("2026-11-28", "ship_date", "ETD 28 Nov")],
     prices=[dict(product="VT-PB-10K", old=6.85, new=7.20, cur="USD", eff="2027-01-01", quote="VT-PB-10K power bank: USD 6.85 -> USD 7.20"),
             dict(product="VT-CB-USBC", old=0.92, new=0.98, cur="USD", eff="2027-01-01", quote="VT-CB-USBC cable: USD 0.92 -> USD 0.98")]),

dict(v="d13_como", lang="en", at="2026-12-18 17:05", subj="Automatic reply: P11855 delivery date?",
     text="""
Thank you for your message. I am out of the office from 19 December to 6 January with no access to e-mail. For urgent matters about orders please write to ordini@tessituralariana.it.

Please note that our company is closed from 24 December; shipments restart on 7 January.

Chiara Galli
Tessitura Lariana S.r.l.

> Hi Chiara, can you confirm the delivery date for P11855? Thanks, Sandra
""", end="Chiara Galli\nTessitura", change="none", intent="other", po=["P11855"],
     dates=[("2026-12-19", "other", "19 December"), ("2027-01-06", "other", "6 January"),
            ("2026-12-24", "other", "24 December"), ("2027-01-07", "other", "on 7 January")]),

dict(v="mapleleaf", c=1, lang="en", at="2026-10-28 13:25", subj="P11856 - pick a delivery day",
     text="""
Hi Mike,

P11856 (the 1,200 snow shovels) finished early. Our carrier can deliver to your DC either Monday 11/9 or Monday 11/16. Which would you prefer? Once you pick, I'll book the appointment.

Karen
""", end="Karen", change="none", intent="question", po=["P11856"],
     dates=[("2026-11-09", "other", "Monday 11/9"), ("2026-11-16", "other", "Monday 11/16")]),

dict(v="d13_curitiba", lang="en", at="2026-09-18 14:40", subj="P11857 - which date is correct?",
     text="""
Hello Laura,

Your PO P11857 shows delivery date 05/11/2026 on the header but 15/11/2026 on the lines. Which one is correct? We need to know before we book the vessel on Monday.

Thank you,
Fernanda
""", end="Thank you,\nFernanda", change="none", intent="question", po=["P11857"],
     dates=[("2026-11-05", "other", "05/11/2026"), ("2026-11-15", "other", "15/11/2026"),
            ("2026-09-21", "other", "on Monday")]),

dict(v="d13_kolkata", lang="en", at="2026-10-29 16:50", subj="Proforma invoice PI-d13-0457 against PO P11858",
     text="""
Dear Mike Sir,

Please find attached proforma invoice PI-d13-0457 for your PO P11858. Kindly arrange 30% advance by 5th November so that we can start production. Goods will be ready for shipment by 15th December subject to receipt of advance.

Regards,
Debashis

--- attachment: PI-d13-0457.pdf ---
PROFORMA INVOICE PI-d13-0457          Date: 29.10.2026
Consignee: Hartmann Home & Garden, Hamburg
Your PO: P11858
JB-WINE-2   Jute wine bag 2-bottle   2500 pcs   USD 0.78   USD 1,950.00
Advance 30%: USD 585.00 due 05.11.2026
Shipment: FOB Kolkata, goods ready 15.12.2026
""", end="Regards,\nDebashis", change="none", intent="confirmation", po=["P11858"], vref=["PI-d13-0457"],
     dates=[("2026-11-05", "other", "by 5th November"), ("2026-12-15", "other", "by 15th December"),
            ("2026-10-29", "other", "29.10.2026"), ("2026-11-05", "other", "05.11.2026"),
            ("2026-12-15", "other", "15.12.2026")],
     lines=[("JB-WINE-2", 2500, "pcs", "JB-WINE-2   Jute wine bag 2-bottle   2500 pcs", "P11858")]),

dict(v="d13_aveiro", lang="en", at="2026-09-30 11:10", subj="Price list 2027",
     text="""
Dear Tim,

Please find our price list 2027 attached. Prices rise by 3.5% on average from 1 February 2027; orders placed until 31 January are invoiced at 2026 prices. Your open order P11859 stays at the old prices, of course.

Cumprimentos,
Marta Sousa
""", end="Cumprimentos,", change="price", intent="price_change", po=["P11859"],
     dates=[("2027-02-01", "price_effective", "from 1 February 2027"), ("2027-01-31", "other", "until 31 January")],
     prices=[dict(product=None, pct=3.5, cur=None, eff="2027-02-01", quote="Prices rise by 3.5% on average from 1 February 2027")]),

dict(v="d13_vermont", lang="en", at="2026-11-18 15:35", subj="P11860 ships before Thanksgiving",
     text="""
Hi Sandra,

Our shop is closed Thursday 11/26 and Friday 11/27 for Thanksgiving. Your P11860 will ship Monday 11/23, ahead of the break. I'll send the BOL once it's picked up.

Hank
""", end="Hank", change="none", intent="confirmation", po=["P11860"],
     dates=[("2026-11-26", "other", "Thursday 11/26"), ("2026-11-27", "other", "Friday 11/27"),
            ("2026-11-23", "ship_date", "ship Monday 11/23")]),

dict(v="d13_calgary", lang="en", at="2026-12-09 09:05", subj="P11861 - holiday receiving?",
     text="""
Hi Tim,

Quick q on P11861 - your DC closes over the holidays, right? If so, what's the last day you can receive before Christmas and the first day in January? We're trying to figure out whether to send it 12/14 or hold it till the new year.

Dylan
""", end="Dylan", change="none", intent="question", po=["P11861"],
     dates=[("2026-12-14", "other", "12/14")]),

dict(v="ningbo", lang="en", at="2026-09-08 09:50", subj="RE: PO P11862",
     text="""
Dear Mike, P11862 confirmed, ETD Ningbo 30/9 as your PO, FOB. Amy
""", end="Amy", change="none", intent="confirmation", po=["P11862"],
     dates=[("2026-09-30", "ship_date", "ETD Ningbo 30/9")]),

dict(v="delhicotton", c=1, lang="en", at="2026-11-11 12:30", subj="Final inspection PO P11863",
     text="""
Dear Laura Madam,

Goods for PO P11863 (3,600 cushion covers) will be ready for final inspection on 18/11. Kindly confirm your QC agency can come on that day or on 19/11. After inspection pass we will book the vessel.

Regards
Priya Sharma
""", end="Regards\nPriya", change="none", intent="question", po=["P11863"],
     dates=[("2026-11-18", "other", "on 18/11"), ("2026-11-19", "other", "on 19/11")]),

dict(v="d12_yiwu", c=1, lang="en", at="2026-12-14 10:10", subj="Factory holiday notice 2027",
     text="""
Dear Laura,

Please note our factory holiday for Chinese New Year: from 28 Jan to 22 Feb 2027. Orders for delivery before the holiday must be confirmed before 20 Dec. For orders placed now, production will start after 23 Feb.

Best regards,
Grace Wu
Yiwu Sunrise Crafts Co., Ltd.
""", end="Best regards,", change="none", intent="other",
     dates=[("2027-01-28", "other", "from 28 Jan"), ("2027-02-22", "other", "22 Feb 2027"),
            ("2026-12-20", "other", "before 20 Dec"), ("2027-02-23", "other", "after 23 Feb")]),

dict(v="d13_sheffield", lang="en", at="2026-10-20 08:55", subj="P11864 - bad news",
     text="""
Tim,

Bad news on P11864, I'm afraid. The 20/10 delivery we confirmed won't happen - the grinding shop has lost two machines and everything is stuck in the queue. I don't have a new date for you yet and I'd rather not guess. I'll update you by Friday at the latest.

For reference the order was due at your DC on 20/10 and we'd booked the slot for 10am.

Gareth
""", end="Gareth", change="date", intent="delay", po=["P11864"],
     dates=[("2026-10-20", "other", "The 20/10 delivery"), ("2026-10-23", "other", "by Friday"),
            ("2026-10-20", "other", "on 20/10")]),

dict(v="d13_jinhua", lang="en", at="2026-10-14 15:15", subj="P11865 planters colour",
     text="""
Dear Sandra,

For P11865 the pigment for the terracotta planters (JH-PL-30-TC) is out of stock till 10 Nov. Options:
1. change to colour 'sand' - we can keep ETD 25 Oct
2. keep terracotta - ETD 20 Nov

Please choose, thanks.
Wendy
""", end="Wendy", change="none", intent="question", po=["P11865"],
     dates=[("2026-11-10", "other", "till 10 Nov"), ("2026-10-25", "other", "ETD 25 Oct"),
            ("2026-11-20", "other", "ETD 20 Nov")]),

# ------------------------------------------------- delays with old and new dates restated
dict(v="d13_cork", lang="en", at="2026-11-10 14:50", subj="RE: P11866 / P11867",
     text="""
Hi Mike,

I'm sorry to come back to you with this. The kiln element went on Friday and the replacement only arrives next Wednesday, so P11866 can't make the 19/11 delivery we confirmed. New delivery: Thursday 3/12. To be clear: 3 December instead of 19 November, for all 320 pieces.

P11867 isn't affected, that one is already fired and packed.

Niamh

On Tue, 27 Oct 2026 at 09:12, Mike Osei <mike.osei@hhg-retail.com> wrote:
> Hi Niamh, thanks for confirming P11866 for 19/11 and P11867 for 26/11. Mike
""", end="Niamh\n\nOn Tue", change="date", intent="delay", sec=["confirmation"], po=["P11866", "P11867"],
     commit=("2026-12-03", "New delivery: Thursday 3/12"),
     dates=[("2026-11-06", "other", "went on Friday"), ("2026-11-18", "other", "next Wednesday"),
            ("2026-11-19", "other", "the 19/11 delivery"), ("2026-12-03", "new_eta", "Thursday 3/12"),
            ("2026-12-03", "new_eta", "3 December"), ("2026-11-19", "other", "19 November")],
     changes=[("P11866", "delay", "2026-12-03", None, "New delivery: Thursday 3/12"),
              ("P11867", "confirmation", None, None, "P11867 isn't affected, that one is already fired and packed")]),

dict(v="d13_como", lang="en", at="2026-11-24 09:30", subj="RE: P11868 / P11869",
     text="""
Dear Sandra,

I confirm what I anticipated on the phone: P11868 (linen bed sets) will be delivered in week 51 instead of week 49. The weaving is finished but the washing takes longer with this heavy linen, and we do not want to send you sets that shrink.

Kind regards,
Chiara

-----Original Message-----
From: Sandra Klein <sandra.klein@hhg-retail.com>
Sent: 10 November 2026 11:02
Subject: P11868 / P11869
Dear Chiara, we have P11868 due week 49 and P11869 due week 50. Any news? Sandra
""", end="Kind regards,", change="date", intent="delay", po=["P11868", "P11869"],
     commit=("2026-12-14", "P11868 (linen bed sets) will be delivered in week 51"),
     dates=[("2026-12-14", "new_eta", "week 51"), ("2026-11-30", "other", "instead of week 49")]),

dict(v="d13_oregon", lang="en", at="2026-11-02 12:05", subj="P11870 moves one week",
     text="""
Hi Mike,

Heads up on P11870: the delivery we had set for Monday 11/16 is now Monday 11/23. The forged blanks came in late from our supplier, so everything moved a week. New ETA your DC: 11/23. Everything else on the order (qty, price) stays the same.

Thanks for understanding,
Corey
""", end="Thanks for understanding,", change="date", intent="delay", po=["P11870"],
     commit=("2026-11-23", "New ETA your DC: 11/23"),
     dates=[("2026-11-16", "other", "Monday 11/16"), ("2026-11-23", "new_eta", "Monday 11/23"),
            ("2026-11-23", "new_eta", "New ETA your DC: 11/23")]),

dict(v="d13_narayanganj", lang="en", at="2026-10-07 19:20", subj="P11871 revised shipment schedule",
     text="""
Dear Mike,

Sory for the inconvinience. Due to the 3 days hartal (strike) last week the production of P11871 is behind schedule. Earlier ex-factory was 10 Oct and ETA Hamburg 14 Nov, now ex-factory 24 Oct and ETA Hamburg 28 Nov. Revised shipment schedule attached.

Best Regards
Rafiq Chowdhury
""", end="Best Regards", change="date", intent="delay", po=["P11871"],
     commit=("2026-11-28", "now ex-factory 24 Oct and ETA Hamburg 28 Nov"),
     dates=[("2026-09-28", "other", "last week"), ("2026-10-10", "other", "ex-factory was 10 Oct"),
            ("2026-11-14", "other", "ETA Hamburg 14 Nov"), ("2026-10-24", "ship_date", "now ex-factory 24 Oct"),
            ("2026-11-28", "new_eta", "ETA Hamburg 28 Nov")]),

dict(v="serra", c=1, lang="en", at="2026-11-19 11:30", subj="Fwd: HHG P11872 - rollover",
     text="""
Hi Laura, see below from our forwarder, unfortunately the vessel for P11872 is delayed.

Sorry!
Camila

---------- Forwarded message ---------
From: Ops Santos <ops@atlanticofwd.com.br>
Date: Thu, Nov 19, 2026 at 10:02 AM
Subject: HHG P11872 - rollover
To: Camila Souza <camila.souza@serrautilidades.com.br>

Dear Camila, container MSKU 4471920-D13 booked on MSC LUCIANA ETD Santos 21/11 has been rolled to MSC GIANNA, ETD 28/11. New ETA Hamburg 18/12 (previous 11/12).
""", end="Sorry!\nCamila", change="date", intent="delay", po=["P11872"],
     commit=("2026-12-18", "New ETA Hamburg 18/12"),
     dates=[("2026-11-21", "other", "ETD Santos 21/11"), ("2026-11-28", "ship_date", "ETD 28/11"),
            ("2026-12-18", "new_eta", "New ETA Hamburg 18/12"), ("2026-12-11", "other", "previous 11/12")],
     track=[(None, "MSKU 4471920-D13", "container MSKU 4471920-D13")]),

dict(v="acme", lang="en", at="2026-12-01 16:20", subj="RE: P11873",
     text="""
Laura,

One more slip on P11873, sorry. We told you 12/4 last week (after the original 11/20); freight is now booked for 12/9 pickup, so realistically delivery 12/14. I'll confirm when it ships.

Jessica

On Nov 24, 2026, at 3:40 PM, Jessica Moreno <jessica.moreno@acmehomegoods.com> wrote:
> Laura, P11873 is now 12/4 instead of 11/20. Apologies. -J
""", end="Jessica\n\nOn Nov", change="date", intent="delay", po=["P11873"],
     commit=("2026-12-14", "realistically delivery 12/14"),
     dates=[("2026-12-04", "other", ("12/4", 0)), ("2026-11-23", "other", "last week"), ("2026-11-20", "other", ("11/20", 0)),
            ("2026-12-09", "ship_date", "12/9 pickup"), ("2026-12-14", "new_eta", "delivery 12/14")]),

dict(v="d13_chiangmai", lang="en", at="2026-09-22 16:00", subj="Revised OC for P11874",
     text="""
Dear Laura,

We are sorry, our kiln repair take longer than expect. Please see revised order confirmation attached for P11874; the celadon bowls now deliver 26 Oct, the plates stay 12 Oct as your PO.

Best regard,
Kanya

--- attachment: OC-d13-0912-rev1.pdf ---
ORDER CONFIRMATION OC-d13-0912 (REVISION 1)      Date: 22/09/2026
PO: P11874
Item       Description           Qty    PO date      Conf. date
LC-BWL-15  Celadon bowl 15cm     1200   12/10/2026   26/10/2026
LC-PLT-27  Celadon plate 27cm    800    12/10/2026   12/10/2026
Delivery: DAP Hamburg
""", end="Best regard,", change="date", intent="delay", po=["P11874"], vref=["OC-d13-0912"],
     commit=("2026-10-26", "the celadon bowls now deliver 26 Oct"),
     dates=[("2026-10-26", "new_eta", "26 Oct"), ("2026-10-12", "confirmed_delivery", "the plates stay 12 Oct"),
            ("2026-09-22", "other", "22/09/2026"), ("2026-10-12", "other", ("12/10/2026", 0)),
            ("2026-10-26", "new_eta", "26/10/2026"), ("2026-10-12", "other", ("12/10/2026", 1)),
            ("2026-10-12", "confirmed_delivery", ("12/10/2026", 2))],
     lines=[("LC-BWL-15", 1200, None, "LC-BWL-15  Celadon bowl 15cm     1200   12/10/2026   26/10/2026", "P11874"),
            ("LC-PLT-27", 800, None, "LC-PLT-27  Celadon plate 27cm    800    12/10/2026   12/10/2026", "P11874")]),

dict(v="d13_calgary", c=1, lang="en", at="2026-10-14 13:30", subj="P11875 / P11876 - powder coating line down",
     text="""
Hi Mike,

Not great news on P11875 and P11876. Our powder-coating line failed its inspection Monday and the province won't let us restart until it's re-certified. P11875 was due 10/26 and P11876 11/2; both will be late, and I can't give you new dates until the inspector comes back, which should be sometime next week.

Sorry,
Customer Service
Foothills Outdoor Gear
""", end="Sorry,\nCustomer Service", change="date", intent="delay", po=["P11875", "P11876"],
     dates=[("2026-10-12", "other", "inspection Monday"), ("2026-10-26", "other", "10/26"),
            ("2026-11-02", "other", "11/2"), ("2026-10-19", "other", "next week")],
     changes=[("P11875", "delay", None, None, "P11875 was due 10/26"), ("P11876", "delay", None, None, "P11876 11/2; both will be late")]),

dict(v="d13_aveiro", c=1, lang="en", at="2026-10-16 09:20", subj="P11877 - new delivery week",
     text="""
Dear Tim,

Regarding P11877: unfortunately the decal supplier delivered the wrong design, so we must reprint. Delivery moves from week 44 to week 46. I have updated the confirmation: week 46, i.e. from Monday 9 November.

Cumprimentos,
Expedição - Porcelanas da Ria de Aveiro
""", end="Cumprimentos,", change="date", intent="delay", po=["P11877"],
     commit=("2026-11-09", "Delivery moves from week 44 to week 46"),
     dates=[("2026-10-26", "other", "week 44"), ("2026-11-09", "new_eta", ("week 46", 0)),
            ("2026-11-09", "new_eta", ("week 46", 1)), ("2026-11-09", "new_eta", "Monday 9 November")]),

dict(v="d12_ludhiana", lang="en", at="2026-11-30 11:45", subj="PO P11878 - mustard colour",
     text="""
Dear Sandra ji,

Greetings. Regarding PO P11878 woollen throws 900 pcs: 600 pcs will be delivered as committed on 14/12. For balance 300 pcs (colour mustard) the yarn dyeing got delayed, these will now reach your warehouse on 08/01/2027. Original date for all was 14/12.

Regards,
Gurpreet Singh
""", end="Regards,\nGurpreet", change="date", intent="delay", po=["P11878"],
     commit=("2027-01-08", "these will now reach your warehouse on 08/01/2027"),
     dates=[("2026-12-14", "confirmed_delivery", ("14/12", 0)), ("2027-01-08", "new_eta", "08/01/2027"),
            ("2026-12-14", "other", ("14/12", 1))],
     lines=[("woollen throws", 600, "pcs", "600 pcs will be delivered", "P11878"),
            ("woollen throws mustard", 300, "pcs", "balance 300 pcs (colour mustard)", "P11878")]),

dict(v="d13_vermont", c=1, lang="en", at="2026-10-09 17:25", subj="P11879",
     text="""
P11879 slips to 10/30. Sorry. -Order Desk
""", end="-Order Desk", change="date", intent="delay", po=["P11879"],
     commit=("2026-10-30", "P11879 slips to 10/30"),
     dates=[("2026-10-30", "new_eta", "10/30")]),

dict(v="d13_curitiba", lang="en", at="2026-12-04 10:40", subj="RE: P11880 / P11881 / P11882",
     text="""
Laura, about your question below: P11880 will not make it for 14/12, the varnish needed more drying time in this humidity. We ship it on the next vessel, ETD Paranaguá 12/12, ETA Hamburg 8/1.
P11881 is on that same vessel as planned (ETA 8/1 too), so nothing changes there.

Abraço,
Fernanda

On Thu, Dec 3, 2026 at 4:10 PM Laura Jensen <laura.jensen@hhg-retail.com> wrote:
> Fernanda, can you confirm P11880 arrives 14/12 and P11881 8/1? And is P11882 still 22/1?
""", end="Abraço,", change="date", intent="delay", sec=["confirmation"], po=["P11880", "P11881", "P11882"],
     commit=("2027-01-08", "ETA Hamburg 8/1"),
     dates=[("2026-12-14", "other", ("14/12", 0)), ("2026-12-12", "ship_date", "ETD Paranaguá 12/12"),
            ("2027-01-08", "new_eta", "ETA Hamburg 8/1"), ("2027-01-08", "confirmed_delivery", "ETA 8/1 too")],
     changes=[("P11880", "delay", "2027-01-08", None, "P11880 will not make it for 14/12"),
              ("P11881", "confirmation", "2027-01-08", None, "P11881 is on that same vessel as planned (ETA 8/1 too)")]),

# ------------------------------------------------- spans, port against warehouse, inline answers
dict(v="d13_oregon", c=1, lang="en", at="2026-09-24 13:10", subj="P11883 ship plan",
     text="""
Hi Laura, P11883 ships Monday 9/28 from our Reno DC via UPS Freight, transit 5-7 business days to your consolidator. PRO number will follow once it's picked up.
Shipping / Willamette Garden Tool Works
""", end="Shipping / Willamette", change="none", intent="confirmation", po=["P11883"],
     commit=("2026-10-07", "transit 5-7 business days"),
     dates=[("2026-09-28", "ship_date", "ships Monday 9/28"), ("2026-10-05", "range_start", "5-7 business days"),
            ("2026-10-07", "range_end", "5-7 business days")]),

dict(v="d13_cork", lang="en", at="2026-12-15 10:25", subj="RE: P11884 before the 18th?",
     text="""
Hi Sandra,

P11884 went out this morning with DPD, 3 parcels, tracking 15501D13447208. DPD says Friday.

Niamh

On 9 Dec 2026, at 11:20, Sandra Klein <sandra.klein@hhg-retail.com> wrote:
> Niamh, will P11884 still make it to us before the 18th? Sandra
""", end="Niamh\n\nOn 9 Dec", change="shipping", intent="shipping_notice", po=["P11884"],
     commit=("2026-12-18", "DPD says Friday"),
     dates=[("2026-12-15", "ship_date", "went out this morning"), ("2026-12-18", "confirmed_delivery", "DPD says Friday")],
     track=[("DPD", "15501D13447208", "tracking 15501D13447208")]),

dict(v="d13_kolkata", lang="en", at="2026-12-07 15:40", subj="Surcharge on balance of PO P11885",
     text="""
Dear Laura Madam,

Due to sharp increase of raw jute price after the floods in Bengal, we are forced to add 6% surcharge on the balance of PO P11885 (the 3,000 shopping bags not yet shipped). Shipment remains as per schedule, ETD 18/12 and ETA Hamburg 22/01. Kindly confirm your acceptance.

Regards,
Debashis Roy
""", end="Regards,\nDebashis", change="price", intent="price_change", po=["P11885"],
     commit=("2027-01-22", "ETA Hamburg 22/01"),
     dates=[("2026-12-18", "ship_date", "ETD 18/12"), ("2027-01-22", "confirmed_delivery", "ETA Hamburg 22/01")],
     lines=[("shopping bags", 3000, None, "the 3,000 shopping bags not yet shipped", "P11885")],
     prices=[dict(product="shopping bags", pct=6, cur=None, eff=None, quote="add 6% surcharge on the balance of PO P11885")]),

dict(v="d13_como", lang="en", at="2026-09-16 10:30", subj="Order confirmation P11886",
     text="""
Dear Sandra,

Thank you for the order P11886. We confirm delivery on 19 October as requested. If you would like the tablecloths earlier, we could also deliver a first part of 200 pieces on 5 October; just let me know, otherwise we keep 19 October for everything.

Best regards,
Chiara
""", end="Best regards,", change="none", intent="confirmation", po=["P11886"],
     commit=("2026-10-19", "We confirm delivery on 19 October as requested"),
     dates=[("2026-10-19", "confirmed_delivery", ("19 October", 0)), ("2026-10-05", "other", "5 October"),
            ("2026-10-19", "confirmed_delivery", ("19 October", 1))],
     lines=[("tablecloths", 200, "pieces", "a first part of 200 pieces", "P11886")]),

dict(v="d13_jinhua", lang="en", at="2026-11-05 09:40", subj="P11887 cancellation confirmed",
     text="""
Dear Tim,

As discussed, we confirm the cancellation of P11887 (solar lanterns). The deposit USD 4,200 will be returned to your account by 20 Nov. Sorry again for the trouble with the battery certificate.

Wendy
""", end="Wendy", change="cancel", intent="cancellation", po=["P11887"],
     dates=[("2026-11-20", "other", "by 20 Nov")]),

dict(v="d13_chiangmai", c=1, lang="en", at="2026-11-20 15:15", subj="P11888 shipped",
     text="""
Dear Sandra,

P11888 celadon vases shipped today from Laem Chabang on ONE HAMBURG EXPRESS, B/L ONEYBKK-D13-52018. ETA Hamburg port 27 Dec, your forwarder says delivery to your DC on 30 Dec after customs.

Best regard,
Export Office, Lanna Celadon
""", end="Best regard,", change="shipping", intent="shipping_notice", po=["P11888"],
     commit=("2026-12-30", "delivery to your DC on 30 Dec"),
     dates=[("2026-11-20", "ship_date", "shipped today"), ("2026-12-27", "other", "ETA Hamburg port 27 Dec"),
            ("2026-12-30", "confirmed_delivery", "on 30 Dec")],
     track=[("ONE", "ONEYBKK-D13-52018", "B/L ONEYBKK-D13-52018")]),

dict(v="brightline", lang="en", at="2026-10-12 14:05", subj="P11889 delivery slot",
     text="""
Hi Laura,

P11889 is on schedule for delivery on Wednesday 21/10. Your warehouse asked whether we could come in the morning instead of the afternoon - can you tell me who I should speak to about the slot?

Thanks,
Sarah
""", end="Thanks,\nSarah", change="none", intent="question", sec=["confirmation"], po=["P11889"],
     commit=("2026-10-21", "on schedule for delivery on Wednesday 21/10"),
     dates=[("2026-10-21", "confirmed_delivery", "Wednesday 21/10")]),

dict(v="d13_sheffield", lang="en", at="2026-12-11 16:30", subj="RE: P11890 delivery address",
     text="""
Thanks Tim, noted - we'll use the new address for P11890 and anything else from Monday onwards.
Gareth
""", end="Gareth", change="none", intent="other", po=["P11890"],
     dates=[("2026-12-14", "other", "from Monday onwards")]),

dict(v="lisbon", c=1, lang="en", at="2026-11-03 12:20", subj="RE: two questions",
     text="""
Hi Laura, answers below.

> 1) P11891: can you still deliver on 13/11?
Yes, 13/11 confirmed, loading 10/11.

> 2) P11892: any news on the cork boards?
Sorry, these are late - the cork sheets arrive only next week. Delivery now 27/11.

> Thanks, Laura

Rui
""", end="\n\n> Thanks, Laura", change="date", intent="delay", sec=["confirmation"], po=["P11891", "P11892"],
     commit=("2026-11-13", "Yes, 13/11 confirmed"),
     dates=[("2026-11-13", "confirmed_delivery", "13/11 confirmed"), ("2026-11-10", "ship_date", "loading 10/11"),
            ("2026-11-09", "other", "next week"), ("2026-11-27", "new_eta", "Delivery now 27/11")],
     changes=[("P11891", "confirmation", "2026-11-13", None, "Yes, 13/11 confirmed, loading 10/11"),
              ("P11892", "delay", "2026-11-27", None, "Delivery now 27/11")]),
]
