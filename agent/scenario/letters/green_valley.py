"""Letters from Green Valley Organics Ltd (GB, grocery), its newsletter included."""

from __future__ import annotations

from agent.scenario.letters.spec import Attach, Fact, Letter

EMMA = ("Emma Clarke", "emma.clarke@greenvalleyorganics.co.uk")
_P249_CSV = """\
po,line,item,description,qty_ordered,qty_confirmed,requested_date,confirmed_date
P00249,1,GRC-1008,Earl Grey Tea 100 Bags,250,250,2026-12-15,2026-12-15
P00249,2,GRC-1011,Tomato Passata 700g,400,400,2026-12-20,2027-01-08
"""

LETTERS = [
    Letter(
        key="greenvalley-p238-confirm",
        sender=EMMA,
        date="Tue, 17 Nov 2026 10:11:37 +0000",
        subject="Re: BrightMart Retail Order (Ref P00238)",
        reply_to_po=238,
        text="""\
Hi Sarah,

Many thanks for P00238, all confirmed: 300 x Organic Rolled Oats 1kg and
120 x Wildflower Honey 500g, delivery to North Store Hub on 1st
December.

Best wishes,
Emma

Emma Clarke | Trade Account Manager
Green Valley Organics Ltd | Unit 4, Hollow Lane Farm, Ledbury
""",
        fact=Fact(
            intent="confirmation",
            pos=("P00238",),
            new_date="2026-12-01",
            products=("GRC-1004", "GRC-1009"),
        ),
    ),
    Letter(
        key="greenvalley-price-4pct",
        sender=EMMA,
        date="Mon, 16 Nov 2026 15:30:00 +0000",
        subject="Price increase from 1 January 2027",
        text="""\
Dear Sarah,

I wanted to let you know personally before our official letter goes
out: because of the higher cost of oats, glass jars and energy, our
prices for BrightMart will rise by 4% from 1 January 2027 on all lines.

Your open order P00238 and anything you order for delivery before
31 December is of course invoiced at today's prices.

Happy to go through the new price list with you on a call.

Best wishes,
Emma
""",
        html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Dear Sarah,</p>
<p>I wanted to let you know personally before our official letter goes out: because of
the higher cost of oats, glass jars and energy, our prices for BrightMart will rise by
<b>4% from 1 January 2027</b> on all lines.</p>
<p>Your open order P00238 and anything you order for delivery before 31 December is of
course invoiced at today's prices.</p>
<p>Happy to go through the new price list with you on a call.</p>
<p>Best wishes,<br>Emma</p>
</body></html>
""",
        fact=Fact(
            intent="price_change",
            pos=("P00238",),
            products=("GRC-1004", "GRC-1009"),
            note="+4% on all lines from 2027-01-01; P00238 itself keeps today's prices.",
        ),
    ),
    Letter(
        key="greenvalley-p243-references-only",
        sender=EMMA,
        date="Tue, 24 Nov 2026 09:47:22 +0000",
        subject="Delivery confirmation - almonds & chocolate",
        reply_to_po=243,
        text="""\
Hi Sarah,

Sorry for the slow reply, I was at the trade show in Birmingham
yesterday.

Yes, we can do both: 200 x Roasted Almonds 400g and 400 x Dark Chocolate
70% 100g, delivered to your Main DC on Wednesday 9 December. Please send
the confirmed order through when you're ready and I'll book the pallet.

Best wishes,
Emma
""",
        fact=Fact(
            intent="confirmation",
            pos=("P00243",),
            match="references",
            new_date="2026-12-09",
            products=("GRC-1012", "GRC-1007"),
            note="No order number anywhere in subject or body; tied to P00243 only by "
            "In-Reply-To/References to the buyer's Odoo message of 23 Nov.",
        ),
    ),
    Letter(
        key="greenvalley-p249-csv",
        sender=("Green Valley Orders", "orders@greenvalleyorganics.co.uk"),
        date="Wed, 25 Nov 2026 14:05:10 +0000",
        subject="Order confirmation P00249 (lines attached)",
        reply_to_po=249,
        attachments=(
            Attach(filename="P00249_confirmation.csv", content_type="text/csv", data=_P249_CSV),
        ),
        text="""\
Hello,

Please find attached the line-by-line confirmation of your order P00249.
One line differs from your order: please see the confirmed date column.

Regards,
Green Valley Organics - Orders
""",
        fact=Fact(
            intent="delay",
            secondary=("confirmation",),
            pos=("P00249",),
            new_date="2027-01-08",
            products=("GRC-1008", "GRC-1011"),
            note="The change is only in the CSV attachment: Tomato Passata moves from "
            "2026-12-20 to 2027-01-08; Earl Grey confirmed for 2026-12-15.",
        ),
    ),
    Letter(
        key="greenvalley-newsletter",
        sender=("Green Valley Organics", "news@greenvalleyorganics.co.uk"),
        date="Wed, 18 Nov 2026 08:00:00 +0000",
        subject="Winter 2027 range: new porridge blends & Christmas ordering deadlines",
        mailer="bulk",
        headers=(
            ("List-Unsubscribe", "<https://greenvalleyorganics.co.uk/unsubscribe?u=8c41f2>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("List-Id", "Green Valley trade news <trade-news.greenvalleyorganics.co.uk>"),
            ("Precedence", "bulk"),
        ),
        text="""\
GREEN VALLEY TRADE NEWS - November 2026

New for winter: three organic porridge blends
Apple & cinnamon, cocoa & hazelnut and our new five-grain blend join the
range in January. Samples are available from your account manager.

Christmas ordering deadlines
Order by 4 December for delivery before Christmas. Our warehouse is
closed from 24 December to 3 January.

Meet us at the Farm Shop & Deli Show in Birmingham on 23 November, stand
F41.

You receive this email because you are a Green Valley trade customer.
Unsubscribe: https://greenvalleyorganics.co.uk/unsubscribe?u=8c41f2
""",
        html="""\
<html><body style="margin:0;background:#f4f1ea">
<table width="600" align="center" cellpadding="16" style="background:#ffffff">
<tr><td><h1 style="color:#3b6b2f">Green Valley Trade News</h1><p>November 2026</p></td></tr>
<tr><td><h2>New for winter: three organic porridge blends</h2>
<p>Apple &amp; cinnamon, cocoa &amp; hazelnut and our new five-grain blend join the range in
January. Samples are available from your account manager.</p></td></tr>
<tr><td><h2>Christmas ordering deadlines</h2>
<p>Order by <b>4 December</b> for delivery before Christmas. Our warehouse is closed from
24 December to 3 January.</p></td></tr>
<tr><td><p>Meet us at the Farm Shop &amp; Deli Show in Birmingham on 23 November,
stand F41.</p></td></tr>
<tr><td style="font-size:11px;color:#888">You receive this email because you are a Green
Valley trade customer. <a href="https://greenvalleyorganics.co.uk/unsubscribe?u=8c41f2">
Unsubscribe</a></td></tr>
</table>
</body></html>
""",
        fact=Fact(
            intent="other",
            match="none",
            note="Newsletter (Precedence: bulk, List-Unsubscribe); its dates are deadlines, "
            "not commitments.",
        ),
    ),
]
