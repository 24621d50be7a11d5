"""Letters from Terra Garden Supply Co. (US, garden).

Its delay of P00233 is the scenario's known high-risk delay.
"""

from __future__ import annotations

from agent.scenario.letters.spec import Fact, Letter

RACHEL = ("Rachel Owens", "rachel.owens@terragardensupply.com")
_ASN_HTML = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Your order has shipped</title></head>
<body style="font-family:Arial,sans-serif;color:#222">
<table width="640" cellpadding="8" style="border:1px solid #d0d7c8">
<tr><td style="background:#2f5d1e;color:#fff"><h2>Terra Garden Supply Co.</h2></td></tr>
<tr><td><p>Hello BrightMart Retail,</p>
<p>Good news: your order <b>TGS-70588</b> (your PO <b>P00246</b>) has shipped.</p>
<table cellpadding="4">
<tr><td>Ship date:</td><td>November 24, 2026</td></tr>
<tr><td>Carrier:</td><td>UPS Freight</td></tr>
<tr><td>Tracking number:</td><td>1Z9X4E070394215538</td></tr>
<tr><td>Estimated delivery:</td><td>Friday, November 27, 2026</td></tr>
<tr><td>Ship to:</td><td>BrightMart Retail - Main DC</td></tr>
</table>
<table cellpadding="4" border="1" style="border-collapse:collapse">
<tr><th>Item</th><th>Description</th><th>Qty</th></tr>
<tr><td>GRD-3008</td><td>Christmas Tree Stand</td><td>150</td></tr>
<tr><td>GRD-3009</td><td>Outdoor String Lights 10m</td><td>300</td></tr>
</table>
<p>The truck left our Des Moines warehouse one day late because of a trailer shortage.
Sorry for the delay!</p>
<p>Terra Garden Supply Co. &middot; Dispatch</p></td></tr>
</table>
</body></html>
"""

LETTERS = [
    Letter(
        key="terra-p233-confirm",
        sender=RACHEL,
        date="Tue, 17 Nov 2026 10:38:14 -0600",
        subject="RE: BrightMart Retail Order (Ref P00233)",
        mailer="gmail",
        reply_to_po=233,
        text="""\
Hi Ana,

Confirming P00233 (our order TGS-70931): 600 bags of Rock Salt De-icer
10kg, delivery to your Main DC on Monday, November 30.

Thanks for the business!
Rachel Owens
Inside Sales | Terra Garden Supply Co.
Des Moines, IA | (515) 555-0134
""",
        fact=Fact(
            intent="confirmation",
            pos=("P00233",),
            new_date="2026-11-30",
            products=("GRD-3002",),
        ),
    ),
    Letter(
        key="terra-p233-delay",
        sender=RACHEL,
        date="Wed, 25 Nov 2026 15:12:40 -0600",
        subject="RE: BrightMart Retail Order (Ref P00233)",
        mailer="gmail",
        reply_to_po=233,
        text="""\
Hi Ana,

Unfortunately P00233 is not on track. The early cold snap has emptied
our rock salt inventory across the Midwest, and our bagging plant can't
restart the 10kg line until the next barge of salt arrives.

The 600 bags of Rock Salt De-icer 10kg will now be delivered on Monday,
December 21, 2026. I know that is three weeks later than planned and
I'm sorry for the trouble. We're allocating strictly by order date, so
P00233 is first in line when the line restarts.

Rachel

On Tue, Nov 24, 2026 at 2:47 AM Ana Ruiz <ana.ruiz@brightmart.example> wrote:
> Hello Rachel, could you confirm that P00233 is still on track for
> delivery on 30 November? Rock salt is moving fast with the cold
> weather.
""",
        fact=Fact(
            intent="delay",
            pos=("P00233",),
            new_date="2026-12-21",
            products=("GRD-3002",),
            note="THE known delayed PO: planned 30 Nov, now 21 Dec; Main DC holds ~5 days "
            "of rock salt, so the shelf is empty from about 1 Dec. High risk.",
        ),
    ),
    Letter(
        key="terra-p241-discontinued",
        sender=RACHEL,
        date="Mon, 23 Nov 2026 09:05:27 -0600",
        subject="P00241 - hose reel discontinued",
        mailer="gmail",
        text="""\
Hi Ana,

One change on P00241 (our ref TGS-71055): the Hose Reel 30m (GRD-3007)
has been discontinued by the manufacturer and we have no stock left, so
please remove that line. Item discontinued - we have cancelled the 30
units on our side.

The other two lines are not affected: 60 Terracotta Pot 30cm and 200
Potting Soil 40L will arrive at your North Store Hub on December 10 as
planned.

Best,
Rachel
""",
        html="""\
<div dir="ltr"><div>Hi Ana,</div><div><br></div>
<div>One change on P00241 (our ref TGS-71055): the Hose Reel 30m (GRD-3007) has been
discontinued by the manufacturer and we have no stock left, so please remove that line.
Item discontinued - we have cancelled the 30 units on our side.</div><div><br></div>
<div>The other two lines are not affected: 60 Terracotta Pot 30cm and 200 Potting Soil
40L will arrive at your North Store Hub on December 10 as planned.</div><div><br></div>
<div>Best,</div><div>Rachel</div></div>
""",
        fact=Fact(
            intent="cancellation",
            secondary=("confirmation",),
            pos=("P00241",),
            new_date="2026-12-10",
            products=("GRD-3007",),
            note="One line cancelled (item discontinued); the other two confirmed for 10 Dec.",
        ),
    ),
    Letter(
        key="terra-p246-asn-html",
        sender=("Terra Garden Supply Dispatch", "dispatch@terragardensupply.com"),
        date="Tue, 24 Nov 2026 13:31:09 -0600",
        subject="Your order has shipped - TGS-70588 / PO P00246",
        mailer="postfix",
        html=_ASN_HTML,
        fact=Fact(
            intent="shipping_notice",
            pos=("P00246",),
            new_date="2026-11-27",
            products=("GRD-3008", "GRD-3009"),
            note="HTML only. UPS Freight 1Z9X4E070394215538, arriving 27 Nov instead of "
            "25 Nov; string lights in Main DC hold ~2 days.",
        ),
    ),
    Letter(
        key="terra-p253-question",
        sender=RACHEL,
        date="Thu, 19 Nov 2026 11:20:33 -0600",
        subject="RE: BrightMart Retail Order (Ref P00253)",
        mailer="gmail",
        reply_to_po=253,
        text="""\
Hi Ana,

We can ship P00253 for December 3. Before I book the truck: can your
North Store Hub take a 53' trailer, and what are your receiving hours?
Last time the driver had to wait three hours at the gate.

Also please confirm you want the rock salt on pallets of 50 bags,
shrink-wrapped, same as for the Main DC.

Thanks,
Rachel
""",
        fact=Fact(
            intent="question",
            secondary=("confirmation",),
            pos=("P00253",),
            new_date="2026-12-03",
            products=("GRD-3002", "GRD-3001"),
            note="Asks about trailer size, receiving hours and palletising.",
        ),
    ),
]
