# ruff: noqa: E501 - email text and sentence patterns are data
"""English vendor questions and everything else (out-of-office, newsletters, spam, invoices...)."""

EMAILS = [
# ---------------------------------------------------------------- questions
dict(v="acme", c=1, lang="en", at="2026-09-22 15:30", subj="P00276 pallets",
     text="""
Laura - for P00276, do you want the bath mats palletized by SKU or mixed? Also, is your dock open Saturdays? We could deliver 10/3 if so. Dave
""", end=" Dave", change="none", intent="question", po=["P00276"], commit=None,
     dates=[("2026-10-03", "other", "10/3")]),

dict(v="nordic", c=1, lang="en", at="2026-10-12 10:10", subj="Your order P00384",
     text="""
Hello,

We received your order P00384 but the article NT-KT-50 (kitchen towel 50x70) is not in our range anymore. Do you mean NT-KT-45 (45x70)? Please advise, then we confirm the order.

Br
Johan Lindqvist
""", end="Br\n", change="none", intent="question", po=["P00384"], commit=None),

dict(v="polska", lang="en", at="2026-11-26 08:20", subj="EAN codes for Christmas mugs",
     text="""
Dear Mr Osei,

Can you please send us the new EAN codes for the Christmas mugs? Without them we cannot print the boxes for P00661 and the production is starting on Monday.

Regards
Katarzyna
""", end="Regards", change="none", intent="question", po=["P00661"], commit=None,
     dates=[("2026-11-30", "other", "Monday")]),

dict(v="taipei", c=1, lang="en", at="2026-09-09 11:00", subj="Forecast 65W chargers",
     text="""
Hi Mike,

Could you share your forecast for the 65W chargers (TC-USBC-PD65)? Chip lead times are now 16 weeks, so we need to order components before end of September to support deliveries in December.

Thanks,
Eric
""", end="Thanks,", change="none", intent="question", commit=None,
     dates=[("2026-09-30", "other", "end of September"), ("2026-12-01", "other", "December")]),

dict(v="greenthumb", c=1, lang="en", at="2026-10-30 09:40", subj="Spring pre-book",
     text="""
Hi Mike, we're planning our spring production. Would you be interested in a pre-book on raised bed kits for delivery in February? Pre-book pricing is 8% off if we get the PO by 11/20. Megan
""", end=" Megan", change="none", intent="question", commit=None,
     dates=[("2027-02-01", "other", "February"), ("2026-11-20", "other", "11/20")]),

dict(v="cleanco", lang="en", at="2026-11-16 11:25", subj="P00628 delivery address?",
     text="""
Hi Mike,

Quick one: your P00628 says delivery to Hamburg but the last three went to your new Bremen DC. Which one is it this time? Don't want to send a truck to the wrong place again!

Gary
""", end="Gary", change="none", intent="question", po=["P00628"], commit=None),

dict(v="voltix", lang="en", at="2026-10-13 10:00", subj="VX-PB-20K marking and plug",
     text="""
Dear Tim,

For the new power bank VX-PB-20K, do you need the CE and UKCA marks both? And which plug type for the charger in the gift box, EU only or EU+UK? Please reply before Friday so we can finalize artwork.

Best regards
Cindy
""", end="Best regards", change="none", intent="question", commit=None,
     dates=[("2026-10-16", "other", "Friday")]),

dict(v="brightline", c=1, lang="en", at="2026-12-10 12:00", subj="P00738 - earlier delivery?",
     text="""
Hi Laura,

We can bring P00738 forward if you can accept delivery on Saturday 12th - would that work for your warehouse?

Tom
""", end="Tom", change="none", intent="question", po=["P00738"], commit=None,
     dates=[("2026-12-12", "other", "Saturday 12th")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-09-03 10:30", subj="Christmas catalogue",
     text="""
Hi Laura, did you get our Christmas catalogue? Keen to get your orders in by the 18th so we can plan production. Declan
""", end=" Declan", change="none", intent="question", commit=None,
     dates=[("2026-09-18", "other", "the 18th")]),

dict(v="lakeside", lang="en", at="2026-12-02 14:00", subj="PO P00679 - ship-to address",
     text="""
Hello,

We received PO P00679 but there's no ship-to address on it and the requested date is 12/31, when our warehouse is closed. Can you confirm the address and whether 12/30 would work instead?

Thank you,
Amber Nielsen
""", end="Thank you,", change="none", intent="question", po=["P00679"], commit=None,
     dates=[("2026-12-31", "other", "12/31"), ("2026-12-30", "other", "12/30")]),

dict(v="anatolia", lang="en", at="2026-09-21 09:15", subj="Payment of invoice ANT-INV-2026-0877",
     text="""
Dear Tim Bey,

Could you please check the payment of our invoice ANT-INV-2026-0877 for PO00214? It was due on 15.09.2026 and we have not received it yet.

Best regards
Mehmet Yilmaz
""", end="Best regards", change="none", intent="question", po=["PO00214"], vref=["ANT-INV-2026-0877"],
     commit=None, dates=[("2026-09-15", "other", "15.09.2026")]),

dict(v="hanoi", c=1, lang="en", at="2026-10-15 16:20", subj="P00402 colour",
     text="""
Dear Tim,

We want to ask if you can accept the bamboo basket in natural colour instead of dark brown for order P00402? The dark colour has problem with mould in the humid wheather. If ok, we can ship same time.

Thank you
Tran Minh
""", end="Thank you", change="none", intent="question", po=["P00402"], commit=None),

dict(v="sunshine", c=1, lang="en", at="2026-12-08 08:30", subj="Season planning",
     text="""
Hi Tim,

Season planning: how many pallets of Easy Peelers do you expect to need per week in January and February? We're allocating fruit now.

Kind regards
Annelie
""", end="Kind regards", change="none", intent="question", commit=None,
     dates=[("2027-01-01", "other", "January"), ("2027-02-01", "other", "February")]),

dict(v="texbright", lang="en", at="2026-10-02 10:00", subj="RE: P00397",
     text="""
Laura,

Before I release P00397 to production - the spec sheet says 300TC but the PO says 400TC for the queen sheets. Which is right? The 400TC would be $2.40 more per set.

Marcus

-----Original Message-----
From: Laura Jensen
Sent: Thursday, October 1, 2026 5:02 PM
To: Marcus Reed
Subject: P00397

Marcus, attached P00397 for the spring bedding. Delivery 01/15/2027 please.
""", end="Marcus\n", change="none", intent="question", po=["P00397"], commit=None),

dict(v="kaiser", c=1, lang="en", at="2026-11-04 09:30", subj="Duplicate order PO/2026/00702?",
     text="""
Hello Mr Osei,

we have received your order PO/2026/00702 twice (by email and by EDI). Is this one order or do you need the quantity twice? Please confirm, we have blocked the second one for now.

Kind regards
Petra Lange
""", end="Kind regards", change="none", intent="question", po=["PO/2026/00702"], commit=None),

dict(v="seoul", lang="en", at="2026-11-23 10:30", subj="P00705 forwarder",
     text="""
Dear Tim,

The goods of P00705 will be ready 2026-12-04. Your forwarder last time was Kuehne+Nagel; should we book with them again or use our forwarder? Please let us know this week.

Best regards
Ji-ho Park
""", end="Best regards", change="none", intent="question", po=["P00705"], commit=None,
     dates=[("2026-12-04", "other", "2026-12-04"), ("2026-11-23", "other", "this week")]),

dict(v="sparkle", lang="en", at="2026-09-08 14:10", subj="P00190 packaging",
     text="""
Hello Tim,

Would you like us to hold P00190 until the new gift boxes arrive (expected w/c 21 September) or ship now with the old packaging?

Kind regards,
Hannah
""", end="Kind regards,", change="none", intent="question", po=["P00190"], commit=None,
     dates=[("2026-09-21", "other", "w/c 21 September")]),

dict(v="aussie", c=1, lang="en", at="2026-11-05 10:00", subj="P00630 LCL or FCL?",
     text="""
Hi Tim, quick q - are you happy for us to ship P00630 (camp chairs) LCL or would you rather wait and go FCL with your January order? LCL would get it to you before Christmas. Cheers, Chloe
""", end=" Cheers, Chloe", change="none", intent="question", po=["P00630"], commit=None,
     dates=[("2027-01-01", "other", "January")]),

# ---------------------------------------------------------------- other
dict(v="acme", lang="en", at="2026-11-20 17:02", subj="Automatic reply: Re: Purchase Order P00634",
     text="""
Thank you for your email. I am out of the office from Monday, November 23 through Friday, November 27 with limited access to email. For urgent order matters please contact Dave Kowalski at dave.kowalski@acmehomegoods.com or call (555) 010-7788.

Jessica Moreno
""", end="Jessica Moreno", change="none", intent="other", po=["P00634"], commit=None,
     dates=[("2026-11-23", "other", "Monday, November 23"), ("2026-11-27", "other", "Friday, November 27")]),

dict(v="brightline", lang="en", at="2026-12-14 08:00", subj="Out of Office: P00735 - earphones",
     text="""
I'm on annual leave until 4th January 2027. Your email will not be forwarded. For orders please contact customerservices@brightline-electronics.co.uk. Merry Christmas!
""", change="none", intent="other", po=["P00735"], commit=None,
     dates=[("2027-01-04", "other", "4th January 2027")]),

dict(v="nordic", lang="en", at="2026-10-16 12:00", subj="Autosvar: Order P00407",
     text="""
Hi, I am on vacation week 43 and back 26.10. For urgent matters contact Johan Lindqvist, johan.lindqvist@nordictextiles.se. /Anna
""", end=" /Anna", change="none", intent="other", po=["P00407"], commit=None,
     dates=[("2026-10-19", "other", "week 43"), ("2026-10-26", "other", "26.10.")]),

dict(v="tradefair", lang="en", at="2026-09-01 07:00", subj="HomeWorld 2027: early-bird registration is open",
     text="""
HOMEWORLD TRADE FAIR 2027 - EARLY BIRD REGISTRATION OPEN

Dear Buyer,

Join 1,200 exhibitors from 48 countries at HomeWorld 2027, Hall 1-12, Frankfurt, 14-17 February 2027. Early-bird tickets at 30% off until 30 September.

Highlights:
- Sustainable Living Pavilion
- Smart Home Electronics Arena
- Garden & Outdoor Trends Forum

Register now: https://homeworld-fair.com/register

You receive this email because you registered as a trade visitor. Unsubscribe: https://homeworld-fair.com/u/88321
""", end="You receive this email", change="none", intent="other", commit=None,
     dates=[("2027-02-14", "other", "14-17 February 2027"), ("2027-02-17", "other", "14-17 February 2027"),
            ("2026-09-30", "other", "30 September")]),

dict(v="spammer", lang="en", at="2026-10-07 03:12", subj="Re: LED lights / power bank / phone case supplier",
     text="""
Dear Purchasing Manager,

Good day! We are professional manufacturer of LED lights, power banks, phone cases with 15 years experience. Best price, MOQ 100pcs, delivery within 7 days!!!

Free samples available. Reply with your WhatsApp for catalog.

Best regards
Sales Manager
Global Sourcing Deals
""", end="Best regards", change="none", intent="other", commit=None),

dict(v="spammer", lang="en", at="2026-11-09 06:40", subj="URGENT: Outstanding invoice P00533 - payment required today",
     frm="Accounts Department <accounts@best-sourcing-deals.biz>",
     text="""
Dear Customer,

Your payment for order P00533 is overdue. To avoid suspension of deliveries, please transfer EUR 14,880.00 today to our new bank account: IBAN GB29 NWBK 6016 1331 9268 19.

Download invoice: http://best-sourcing-deals.biz/inv/P00533.zip

Accounts Department
""", end="Accounts Department", change="none", intent="other", po=["P00533"], commit=None,
     dates=[("2026-11-09", "other", "today")]),

dict(v="dublinbiscuit", c=1, lang="en", at="2026-12-18 16:00", subj="Happy Christmas!",
     text="""
Hi Laura, just wanted to say thanks for all your business this year and wish you and the team a very happy Christmas. We're closed from 24 December and back on 4 January. Declan
""", end=" Declan", change="none", intent="other", commit=None,
     dates=[("2026-12-24", "other", "24 December"), ("2027-01-04", "other", "4 January")]),

dict(v="ningbo", lang="en", at="2026-12-17 09:00", subj="Holiday notice - Chinese New Year 2027",
     text="""
Dear Valued Customer,

Please be informed that our office and factory will be closed for the Chinese New Year holiday from February 1 to February 21, 2027. Orders placed after January 10 will be shipped after the holiday.

Best regards
Amy Chen
""", end="Best regards", change="none", intent="other", commit=None,
     dates=[("2027-02-01", "other", "February 1"), ("2027-02-21", "other", "February 21, 2027"),
            ("2027-01-10", "other", "January 10")]),

dict(v="evergreen", c=1, lang="en", at="2026-09-29 13:00", subj="New remittance address",
     text="""
Hi Laura, please note our remittance address has changed to PO Box 4410, Albany NY 12204, effective October 1. Bank details are unchanged. Tanya
""", end=" Tanya", change="none", intent="other", commit=None,
     dates=[("2026-10-01", "other", "October 1")]),

dict(v="taipei", lang="en", at="2026-11-13 10:00", subj="Commercial invoice TC-INV-26-1187 / P00598",
     text="""
Dear Mike,

Attached please find commercial invoice TC-INV-26-1187 for P00598, amount USD 8,450.00, payment due 2026-12-13.

Best regards,
Vivian
""", end="Best regards,", change="none", intent="other", po=["P00598"], vref=["TC-INV-26-1187"],
     commit=None, dates=[("2026-12-13", "other", "2026-12-13")]),

dict(v="highland", lang="en", at="2026-12-07 10:00", subj="Change of account manager",
     text="""
Hi Tim,

From 1 January I'm moving to a new role, and Ewan Grant will be your account manager. He's copied here and already knows all your open orders. It's been a pleasure!

Fiona
""", end="Fiona", change="none", intent="other", commit=None,
     dates=[("2027-01-01", "other", "1 January")]),

dict(v="delhicotton", lang="en", at="2026-09-16 12:00", subj="OEKO-TEX certificate",
     text="""
Dear Sir,

Please find attached the OEKO-TEX certificate for our cushion covers, valid till 31.08.2027, as requested by your quality team.

Thanks & Regards,
Rajesh Kumar
""", end="Thanks & Regards,", change="none", intent="other", commit=None,
     dates=[("2027-08-31", "other", "31.08.2027")]),

dict(v="pacific", lang="en", at="2026-11-10 06:00", subj="What's Brewing - November 2026",
     text="""
PACIFIC COAST COFFEE - WHAT'S BREWING, NOVEMBER 2026

Our Holiday Blend is back! Notes of dark chocolate, orange peel and cinnamon. Available to order now through December 18.

New: Compostable 340g bags across the whole range from January.

Cheers,
The Pacific Coast team
Unsubscribe | Preferences
""", end="Cheers,", change="none", intent="other", commit=None,
     dates=[("2026-11-01", "other", "NOVEMBER 2026"), ("2026-12-18", "other", "December 18"),
            ("2027-01-01", "other", "January")]),

dict(v="lakeside", c=1, lang="en", at="2026-10-03 02:14", subj="EDI 855 REJECTED - PO P00347",
     frm="Lakeside EDI Services <edi@lakesidepet.com>",
     text="""
EDI 855 REJECTED

Document: 855 Purchase Order Acknowledgment
PO Number: P00347
Error: Invalid ship-to location code 'HHG-HAM-02'
Please correct and resend.

This is an automated message from Lakeside EDI Services.
""", end="This is an automated message", change="none", intent="other", po=["P00347"], commit=None),

dict(v="brightline", lang="en", at="2026-10-21 16:30", subj="Hamburg visit 3-4 November",
     text="""
Hi Sandra,

I'll be in Hamburg on Tuesday 3 November and Wednesday 4 November - would you have an hour for a range review? I'd love to show you our new charging line.

Kind regards,
Sarah
""", end="Kind regards,", change="none", intent="other", sec=["question"], commit=None,
     dates=[("2026-11-03", "other", "Tuesday 3 November"), ("2026-11-04", "other", "Wednesday 4 November")]),

dict(v="texbright", lang="en", at="2026-11-25 18:00", subj="Out of Office Re: P00612",
     text="""
I am out of the office for the Thanksgiving holiday and will return on Monday, November 30. For urgent matters, please contact Olivia Grant at olivia.grant@texbright.com.

> Marcus, can you confirm P00612 will be delivered 12/4?
""", end="> Marcus", change="none", intent="other", po=["P00612"], commit=None,
     dates=[("2026-11-30", "other", "Monday, November 30")]),

dict(v="anatolia", lang="en", at="2026-10-01 11:00", subj="Payment received - ANT-INV-2026-0877",
     text="""
Dear Tim Bey, we confirm receipt of the payment for invoice ANT-INV-2026-0877 (PO00214). Thank you. Best regards Mehmet
""", end=" Best regards Mehmet", change="none", intent="other", po=["PO00214"],
     vref=["ANT-INV-2026-0877"], commit=None),

dict(v="acme", lang="en", at="2026-12-08 04:55", subj="Updated banking information",
     frm="Acme Home Goods Billing <billing@acmehomegoods-billing.com>",
     text="""
Dear Valued Customer,

Please be advised that Acme Home Goods Inc. has changed banking partners. Effective immediately, all payments for open invoices, including P00674, must be sent to:

Bank: First Coastal Trust
Account: 4401 2288 9931
Routing: 021000089

Please confirm once updated. Payments sent to the old account after December 10 will be returned.

Accounts Receivable
""", end="Accounts Receivable", change="none", intent="other", po=["P00674"], commit=None,
     dates=[("2026-12-10", "other", "December 10")]),

dict(v="kaiser", lang="en", at="2026-10-29 10:00", subj="New catalogue 2027",
     text="""
Dear Sir or Madam,

we are pleased to present our new catalogue 2027 with over 150 new products in the areas of LED lighting and smart home. The catalogue is attached as PDF. Prices valid from 01.01.2027.

Best regards
Stefan Kaiser
""", end="Best regards", change="none", intent="other", commit=None,
     dates=[("2027-01-01", "price_effective", "01.01.2027")]),

dict(v="greenthumb", lang="en", at="2026-11-06 11:30", subj="Re: P00604 winter bird seed",
     text="""
Got it, thanks Mike.

On Fri, Nov 6, 2026 at 9:00 AM Mike Osei <mike.osei@hhg-retail.com> wrote:
> Randy, attached is P00604 for the winter bird seed, delivery requested 11/30. Please confirm.
""", end="On Fri, Nov 6", change="none", intent="other", po=["P00604"], commit=None),

dict(v="cleanco", c=1, lang="en", at="2026-12-14 07:10", subj="Credit note CC-CN-4410 - PO P00530",
     text="""
CREDIT NOTE CC-CN-4410

Customer PO: P00530
Reason: Damaged in transit (12 x CC-BLEACH-5L)
Credit value: £38.40

This credit will be applied to your next invoice.

This is an automated message. Please do not reply.
""", end="This is an automated message.", change="none", intent="other", po=["P00530"],
     vref=["CC-CN-4410"], commit=None),

dict(v="brightline", c=2, lang="en", at="2026-11-30 09:00", subj="How did we do?",
     text="""
How did we do? Tell us about your recent order BL-ORD-119877 and be entered into a prize draw for a £100 voucher. The survey takes 2 minutes and closes on 15 December.

Take the survey: https://survey.brightline-electronics.co.uk/s/77812
""", change="none", intent="other", vref=["BL-ORD-119877"], commit=None,
     dates=[("2026-12-15", "other", "15 December")]),

dict(v="lisbon", lang="en", at="2026-12-18 18:00", subj="Automatic reply: P00715",
     text="""
Automatic reply: I am on holidays until 04/01/2027. For urgent matters please contact Rui Costa (rui.costa@lisboncork.pt). Boas festas!
""", change="none", intent="other", po=["P00715"], commit=None,
     dates=[("2027-01-04", "other", "04/01/2027")]),

dict(v="sunshine", lang="en", at="2026-10-08 09:00", subj="Fwd: Industrial action notice - Durban",
     text="""
Hi Tim, FYI below - might affect the next sailings, but nothing booked for you is affected at this stage. Thabo

---------- Forwarded message ---------
From: Transnet Port Terminals <notices@transnetportterminals.example>
Date: Wed, 7 Oct 2026
Subject: Industrial action notice

Please be advised of planned industrial action at Durban Container Terminal from 12 October 2026 to 16 October 2026. Vessel schedules may be affected.
""", end=" Thabo", change="none", intent="other", commit=None,
     dates=[("2026-10-12", "other", "12 October 2026"), ("2026-10-16", "other", "16 October 2026")]),

dict(v="spammer", lang="en", at="2026-09-24 05:30", subj="Your website ranking",
     text="""
Hi,

I noticed your website hhg-retail.com is not ranking on Google for 'garden furniture'. We can get you on page 1 in 30 days, guaranteed. Can I send you a free audit?

Regards,
Sales Manager
""", end="Regards,", change="none", intent="other", commit=None),

dict(v="kiwiwool", c=1, lang="en", at="2026-11-02 09:30", subj="Statement of account",
     text="""
Hi Mike, attached is your statement of account as at 31 October. Two invoices are past due (KW-3391 and KW-3402) - could you check with your accounts team? Thanks, Sophie
""", end=" Thanks, Sophie", change="none", intent="other", sec=["question"], vref=["KW-3391", "KW-3402"],
     commit=None, dates=[("2026-10-31", "other", "31 October")]),

dict(v="seoul", c=1, lang="en", at="2026-11-17 13:00", subj="Thank you for visiting / samples",
     text="""
Dear Tim,

Thank you for visiting our booth at the Canton Fair. We sent the samples of the new ceramic-coated pans by DHL today, AWB 4455667788. Hope to receive your order soon.

Regards
Min-seo
""", end="Regards", change="none", intent="other", commit=None,
     dates=[("2026-11-17", "ship_date", "today")],
     track=[("DHL", "4455667788", "AWB 4455667788")]),
]
