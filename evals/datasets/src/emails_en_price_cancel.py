# ruff: noqa: E501 - email text and sentence patterns are data
"""English price changes and cancellations. Hand-written."""

EMAILS = [
# ---------------------------------------------------------------- price changes
dict(v="acme", lang="en", at="2026-11-02 10:00", subj="2027 pricing update - bath category",
     text="""
Hi Laura,

Heads up that due to increased freight and resin costs, Acme will raise prices by 6% across the bath category effective January 1, 2027. Orders placed before 12/15 will be invoiced at current pricing. Updated price list attached.

Jessica

--- attachment: Acme_Bath_Pricing_2027.pdf ---
ACME HOME GOODS - BATH CATEGORY PRICE LIST (effective 01/01/2027)
SKU           Description                2026 USD   2027 USD
AHG-BM-BAM    Bamboo bath mat            8.50       9.01
AHG-TW-WAF    Waffle towel               5.20       5.51
AHG-SC-CHR    Shower caddy chrome        12.00      12.72
""", end="Jessica", change="price", intent="price_change", commit=None,
     dates=[("2027-01-01", "price_effective", "January 1, 2027"), ("2026-12-15", "other", "12/15"),
            ("2027-01-01", "price_effective", "01/01/2027")],
     prices=[dict(product="bath category", pct=6.0, cur="USD", eff="2027-01-01",
                  quote="raise prices by 6% across the bath category effective January 1, 2027"),
             dict(product="AHG-BM-BAM", old=8.50, new=9.01, cur="USD", eff="2027-01-01",
                  quote="AHG-BM-BAM    Bamboo bath mat            8.50       9.01"),
             dict(product="AHG-TW-WAF", old=5.20, new=5.51, cur="USD", eff="2027-01-01",
                  quote="AHG-TW-WAF    Waffle towel               5.20       5.51"),
             dict(product="AHG-SC-CHR", old=12.00, new=12.72, cur="USD", eff="2027-01-01",
                  quote="AHG-SC-CHR    Shower caddy chrome        12.00      12.72")]),

dict(v="dublinbiscuit", lang="en", at="2026-10-14 11:30", subj="Shortbread fingers - price",
     text="""
Hi Laura,

I'm sorry to be the bearer of bad news, but butter has gone through the roof this year. From 1st December our shortbread fingers (DBC-SF-200) go from €2.10 to €2.29 per pack. Everything else stays the same for now. Your open order P00430 will be honoured at the old price.

Siobhan
""", end="Siobhan", change="price", intent="price_change", po=["P00430"], commit=None,
     dates=[("2026-12-01", "price_effective", "1st December")],
     prices=[dict(product="DBC-SF-200", old=2.10, new=2.29, cur="EUR", eff="2026-12-01",
                  quote="From 1st December our shortbread fingers (DBC-SF-200) go from €2.10 to €2.29 per pack")]),

dict(v="voltix", c=1, lang="en", at="2026-11-20 10:20", subj="P00652 price adjust",
     text="""
Dear Tim,

Because the copper price up a lot, the USB-C cable VX-CB-1M price for your order P00652 must adjust from USD 0.95 to USD 1.05/pc. Sorry for this, other items no change. Please confirm so we can arrange production.

Best regards
Kevin
""", end="Best regards", change="price", intent="price_change", sec=["question"], po=["P00652"],
     commit=None,
     prices=[dict(product="VX-CB-1M", old=0.95, new=1.05, cur="USD",
                  quote="must adjust from USD 0.95 to USD 1.05/pc")]),

dict(v="cleanco", lang="en", at="2026-09-01 09:30", subj="Energy surcharge",
     text="""
Hi Mike,

Just a quick one - from Monday 14th September we have to add an energy surcharge of 3.5% on all invoices. It'll show as a separate line. Not ideal, I know.

Gary
""", end="Gary", change="price", intent="price_change", commit=None,
     dates=[("2026-09-14", "price_effective", "Monday 14th September")],
     prices=[dict(product=None, pct=3.5, eff="2026-09-14", quote="an energy surcharge of 3.5% on all invoices")]),

dict(v="texbright", c=1, lang="en", at="2026-12-03 14:45", subj="2027 wholesale pricing",
     text="""
Laura,

Our 2027 wholesale prices are below, effective for all orders shipping on or after Feb 1, 2027:

Item        2026     2027
TB-SHT-Q    $24.00   $25.20
TB-SHT-K    $27.50   $28.90
TB-DUV-Q    $39.00   $39.00

Let me know if you want to place any orders at 2026 pricing before then.

Olivia
""", end="Olivia", change="price", intent="price_change", commit=None,
     dates=[("2027-02-01", "price_effective", "Feb 1, 2027")],
     prices=[dict(product="TB-SHT-Q", old=24.00, new=25.20, cur="USD", eff="2027-02-01",
                  quote="TB-SHT-Q    $24.00   $25.20"),
             dict(product="TB-SHT-K", old=27.50, new=28.90, cur="USD", eff="2027-02-01",
                  quote="TB-SHT-K    $27.50   $28.90")]),

dict(v="ningbo", lang="en", at="2026-09-14 09:00", subj="Price adjustment glass jars",
     text="""
Dear Tim,

Sorry to inform that due to the RMB exchange rate and glass raw material price increase, we have to increase the price of all glass jars by 8% for orders confirmed after Oct 1. Your PO P00185 is not affected.

Best regards
Amy
""", end="Best regards", change="price", intent="price_change", po=["P00185"], commit=None,
     dates=[("2026-10-01", "price_effective", "Oct 1")],
     prices=[dict(product="all glass jars", pct=8.0, eff="2026-10-01",
                  quote="increase the price of all glass jars by 8% for orders confirmed after Oct 1")]),

dict(v="highland", c=1, lang="en", at="2026-10-16 12:00", subj="Sea Salt candle - lower price",
     text="""
Hi Tim,

Some good news for a change: wax prices have come down, so we're reducing the 200g Sea Salt candle (HCW-SS-200) from £4.80 to £4.50 from your next order. P00512 which is already in production will also be invoiced at £4.50.

Best,
Ewan
""", end="Best,", change="price", intent="price_change", po=["P00512"], commit=None,
     prices=[dict(product="HCW-SS-200", old=4.80, new=4.50, cur="GBP",
                  quote="from £4.80 to £4.50")]),

dict(v="greenthumb", lang="en", at="2026-11-18 13:25", subj="Re: P00615 / P00616",
     text="""
Mike - fertilizer costs jumped again. The 40 lb lawn food (GT-LF-40) on P00615 will be $21.75 a bag instead of $19.90. If that doesn't work we can cancel that line, just say so.

Randy

On Mon, Nov 16, 2026 at 10:12 AM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Randy - please confirm P00615 and P00616 at the quoted prices, delivery 12/01.
""", end="Randy\n", change="price", intent="price_change", sec=["question"], po=["P00615", "P00616"],
     commit=None,
     prices=[dict(product="GT-LF-40", old=19.90, new=21.75, cur="USD",
                  quote="will be $21.75 a bag instead of $19.90")]),

dict(v="brightline", lang="en", at="2026-12-08 11:10", subj="Price list update January 2027",
     text="""
Hi Sandra,

Please note our price list update attached. Most lines are unchanged, but HDMI cables increase by approx. 4% from 04/01/2027 due to the new copper surcharge:

BL-HDMI-2M  £3.10 -> £3.22
BL-HDMI-5M  £5.40 -> £5.62

Kind regards,
Sarah
""", end="Kind regards,", change="price", intent="price_change", commit=None,
     dates=[("2027-01-04", "price_effective", "04/01/2027")],
     prices=[dict(product="HDMI cables", pct=4.0, cur=None, eff="2027-01-04",
                  quote="HDMI cables increase by approx. 4% from 04/01/2027"),
             dict(product="BL-HDMI-2M", old=3.10, new=3.22, cur="GBP", eff="2027-01-04",
                  quote="BL-HDMI-2M  £3.10 -> £3.22"),
             dict(product="BL-HDMI-5M", old=5.40, new=5.62, cur="GBP", eff="2027-01-04",
                  quote="BL-HDMI-5M  £5.40 -> £5.62")]),

dict(v="delhicotton", lang="en", at="2026-10-20 10:05", subj="Price revision w.e.f. 01.11.2026",
     text="""
Dear Sir,

This is to inform you that owing to the steep increase in cotton yarn prices, we are constrained to revise the prices of all our products by 5 % (five percent) w.e.f. 01.11.2026. All orders received on or after the said date shall be processed at the revised prices. Orders already confirmed, including your PO P00350, shall be executed at the existing prices.

We solicit your kind cooperation.

Thanks & Regards,
Rajesh Kumar
""", end="Thanks & Regards,", change="price", intent="price_change", po=["P00350"], commit=None,
     dates=[("2026-11-01", "price_effective", "01.11.2026")],
     prices=[dict(product="all products", pct=5.0, eff="2026-11-01",
                  quote="revise the prices of all our products by 5 % (five percent) w.e.f. 01.11.2026")]),

dict(v="seoul", c=1, lang="en", at="2026-12-17 15:00", subj="New price 2027",
     text="""
Dear Buyer,

New price from 2027: SK-FP-28 frying pan USD 11.40 (before USD 10.80), SK-POT-5PC USD 32.00 (before USD 29.50). Valid for orders from January 2027.

Regards
Min-seo
""", end="Regards", change="price", intent="price_change", commit=None,
     dates=[("2027-01-01", "price_effective", "January 2027")],
     prices=[dict(product="SK-FP-28", old=10.80, new=11.40, cur="USD", eff="2027-01-01",
                  quote="SK-FP-28 frying pan USD 11.40 (before USD 10.80)"),
             dict(product="SK-POT-5PC", old=29.50, new=32.00, cur="USD", eff="2027-01-01",
                  quote="SK-POT-5PC USD 32.00 (before USD 29.50)")]),

dict(v="lakeside", lang="en", at="2026-09-25 12:00", subj="Holiday promo on treats",
     text="""
Hello,

Good news! For the holiday season, Lakeside is offering a 10% promotional discount on all treats (LPF-TRT line) for orders placed between 10/1 and 11/30. Discount will be applied automatically on the invoice.

Amber Nielsen
""", end="Amber Nielsen", change="price", intent="price_change", commit=None,
     dates=[("2026-10-01", "price_effective", "10/1"), ("2026-11-30", "other", "11/30")],
     prices=[dict(product="LPF-TRT line", pct=-10.0, eff="2026-10-01",
                  quote="a 10% promotional discount on all treats (LPF-TRT line)")]),

dict(v="milano", lang="en", at="2026-11-30 10:30", subj="order P00690 - price",
     text="""
Dear Laura,

I must inform you that for the order P00690 the price of the cups Tazza Bianca increase of 7% because the gas cost for the kiln. New price is EUR 2,14 instead of EUR 2,00 for piece. Please let me know if you agree.

Best regards
Giulia
""", end="Best regards", change="price", intent="price_change", sec=["question"], po=["P00690"],
     commit=None,
     prices=[dict(product="Tazza Bianca", old=2.00, new=2.14, pct=7.0, cur="EUR",
                  quote="New price is EUR 2,14 instead of EUR 2,00 for piece")]),

# ---------------------------------------------------------------- cancellations
dict(v="acme", lang="en", at="2026-12-02 09:50", subj="P00674 line 3 cancelled",
     text="""
Hi Laura,

I'm sorry to tell you that we have to cancel line 3 of P00674 (the 24" round planters, AHG-PL-24). The manufacturer has discontinued the item and we can't source it anywhere. Lines 1 and 2 will ship as planned on 12/08.

Can we offer you the 22" version (AHG-PL-22) at the same price instead?

Jessica
""", end="Jessica", change="cancel", intent="cancellation", sec=["question"], po=["P00674"],
     commit=None, dates=[("2026-12-08", "ship_date", "12/08")]),

dict(v="evergreen", lang="en", at="2026-10-23 14:10", subj="P00445 cancelled",
     text="""
Laura, we have to cancel P00445 in full - the paper mill shut down and we have no stock. Refund of the deposit goes out Monday. Sorry. Bill
""", end=" Bill", change="cancel", intent="cancellation", po=["P00445"], commit=None,
     dates=[("2026-10-26", "other", "Monday")]),

dict(v="anatolia", c=1, lang="en", at="2026-10-20 09:10", subj="RE: Cancel PO00301",
     text="""
Dear Sandra,

As per your request we have cancelled your order PO00301 (beach towels). No cancellation fee will be charged since production had not started.

Best regards,
Elif Demir

-----Original Message-----
From: Sandra Klein
Sent: 19 October 2026 15:20
To: Elif Demir
Subject: Cancel PO00301

Dear Elif, please cancel PO00301, the beach towel promotion was dropped. PO00302 remains valid with delivery 15.11.2026.
Sandra
""", end="Best regards,", change="cancel", intent="cancellation", po=["PO00301", "PO00302"], commit=None),

dict(v="kiwiwool", c=1, lang="en", at="2026-11-19 08:30", subj="P00540 - charcoal throws",
     text="""
Hi Mike,

I'm really sorry but we've had to cancel the charcoal throws (KW-THR-CHR, 150 units) from P00540 - the mill couldn't get the dye lot right and we won't have any before autumn next year. The natural throws (250 units) are still on the ship as per the acknowledgement.

Sophie
""", end="Sophie", change="cancel", intent="cancellation", po=["P00540"], commit=None,
     lines=[("KW-THR-CHR", 150, "units", "150 units", "P00540"),
            ("KW-THR-MER", 250, "units", "250 units", "P00540")]),

dict(v="voltix", lang="en", at="2026-12-15 17:45", subj="P00729 cancel",
     text="""
Dear Tim,

Very sorry, we must cancel your order P00729 for wireless earbuds VX-EB-02. The Bluetooth certification not pass for EU market, we cannot ship. Deposit USD 3,600 we will return within 7 days.

Best regards
Cindy
""", end="Best regards", change="cancel", intent="cancellation", po=["P00729"], commit=None,
     dates=[("2026-12-22", "other", "within 7 days")]),

dict(v="pacific", lang="en", at="2026-11-09 10:45", subj="P00225 backorder closed",
     text="""
Hi Mike,

We're going to close out the backorder on P00225 - the decaf (PCC-DEC-340, 36 bags) won't be roasted again until spring, so please consider that line cancelled. You won't be invoiced for it.

Lena
""", end="Lena", change="cancel", intent="cancellation", po=["P00225"], commit=None,
     lines=[("PCC-DEC-340", 36, "bags", "36 bags", "P00225")]),

dict(v="sparkle", lang="en", at="2026-09-17 16:00", subj="Important: open orders",
     text="""
Hello Tim,

Unfortunately our factory in Stoke has gone into administration and we are unable to fulfil any open orders, including your P00178 and P00190. We're very sorry. Any prepayments will be refunded in full by 30th September.

Kind regards,
Hannah Price
""", end="Kind regards,", change="cancel", intent="cancellation", po=["P00178", "P00190"], commit=None,
     dates=[("2026-09-30", "other", "30th September")],
     changes=[("P00178", "cancellation", None, None, "including your P00178 and P00190"),
              ("P00190", "cancellation", None, None, "including your P00178 and P00190")]),

dict(v="baltic", lang="en", at="2026-12-11 14:30", subj="P00650 third delivery",
     text="""
Hello Sandra,

Sorry, we must cancel the third delivery of P00650 (200 kg smoked salmon on 21.12.). Fish quota is finished for this year. First two deliveries are as planned.

Tomas
""", end="Tomas", change="cancel", intent="cancellation", po=["P00650"], commit=None,
     dates=[("2026-12-21", "other", "21.12.")],
     lines=[("smoked salmon", 200, "kg", "200 kg", "P00650")]),

dict(v="highland", lang="en", at="2026-12-01 15:15", subj="P00672 cancellation",
     text="""
Hi Tim,

Confirming we've cancelled P00672 as requested. As the candles were already poured we'll need to charge 30% of the order value (£412.50) as agreed in our terms - invoice to follow.

Best wishes,
Fiona
""", end="Best wishes,", change="cancel", intent="cancellation", po=["P00672"], commit=None),

dict(v="mapleleaf", lang="en", at="2026-10-07 12:40", subj="P00388 changes",
     text="""
Hi Sandra,

We had to make some cuts on P00388:

Item          Ordered   Confirmed   Cancelled
MLO-KY-10     20        20          0
MLO-KY-12     15        0           15
MLO-PAD-AL    60        60          0

The 12 ft kayaks are gone for the season. The rest ships 10/14 as planned.

Josh
""", end="Josh", change="cancel", intent="cancellation", sec=["confirmation"], po=["P00388"],
     commit=None, dates=[("2026-10-14", "ship_date", "10/14")],
     lines=[("MLO-KY-10", 20, None, "MLO-KY-10     20        20          0", "P00388"),
            ("MLO-KY-12", 15, None, "MLO-KY-12     15        0           15", "P00388"),
            ("MLO-PAD-AL", 60, None, "MLO-PAD-AL    60        60          0", "P00388")]),

dict(v="ningbo", c=1, lang="en", at="2026-11-12 11:15", subj="Deposit for PI-NB261002",
     text="""
Dear Tim,

We did not receive the 30% deposit for PI-NB261002 (your PO P00548). Since the production slot is expiring, we will cancel this order on Nov 16 if no payment is received. Please advise.

Best regards
Leo
""", end="Best regards", change="cancel", intent="cancellation", sec=["question"], po=["P00548"],
     vref=["PI-NB261002"], commit=None, dates=[("2026-11-16", "other", "Nov 16")]),

dict(v="lisbon", c=1, lang="en", at="2026-09-28 11:00", subj="P00245 - placemats",
     text="""
Dear Tim,

Please see below from our production manager. We will have to cancel the cork placemats on P00245, the rest of the order is fine.

Best regards,
Rui

---------- Forwarded message ---------
From: Paulo Mendes <paulo.mendes@lisboncork.pt>
Date: Mon, 28 Sep 2026 at 08:12
Subject: Placemats
To: Rui Costa <rui.costa@lisboncork.pt>

Rui, the placemat press (LC-PM-4) is broken beyond repair, spare parts not available. We cannot produce the 1.200 placemats for the German customer. The coasters and trivets are OK for delivery on 09/10.
Paulo
""", end="Best regards,", change="cancel", intent="cancellation", sec=["confirmation"], po=["P00245"],
     commit=("2026-10-09", "OK for delivery on 09/10"),
     dates=[("2026-10-09", "confirmed_delivery", "09/10")],
     lines=[("LC-PM-4", 1200, None, "1.200 placemats", "P00245")]),

dict(v="delhicotton", c=1, lang="en", at="2026-12-14 10:40", subj="Cancellation of PO P00711",
     text="""
Dear Sir/Madam,

With reference to your email dated 10.12.2026, we hereby confirm the cancellation of PO P00711 (kitchen towels, 3000 pcs). We regret the inconvenience caused due to the delay. Kindly note that the fabric already procured shall be used for your future orders.

Regards,
Priya Sharma
""", end="Regards,", change="cancel", intent="cancellation", po=["P00711"], commit=None,
     dates=[("2026-12-10", "other", "10.12.2026")],
     lines=[("kitchen towels", 3000, "pcs", "3000 pcs", "P00711")]),

dict(v="brunner", c=1, lang="en", at="2026-11-26 10:00", subj="Order P00627 - position 3",
     text="""
Dear Ms Klein

Unfortunately we must cancel position 3 of your order P00627 (napkins, Art. BT-SV-40, 500 pcs) because the fabric is sold out. Positions 1 and 2 will be delivered as confirmed on 3 December.

Kind regards
Nadine Keller
""", end="Kind regards", change="cancel", intent="cancellation", sec=["confirmation"], po=["P00627"],
     commit=("2026-12-03", "delivered as confirmed on 3 December"),
     dates=[("2026-12-03", "confirmed_delivery", "3 December")],
     lines=[("BT-SV-40", 500, "pcs", "500 pcs", "P00627")]),
]
