"""Letters from the grocery vendors.

Pacific Pantry (US) and Green Valley Organics (GB) write in English; Épicerie Duval (FR)
writes in French to the buyer and in English from its order department.
"""

from __future__ import annotations

from agent.scenario.letters.spec import Attach, Fact, Letter

KEVIN = ("Kevin Tran", "kevin.tran@pacificpantry.com")
EMMA = ("Emma Clarke", "emma.clarke@greenvalleyorganics.co.uk")
CLAIRE = ("Claire Duval", "claire.duval@duval-distribution.fr")

_P249_CSV = """\
po,line,item,description,qty_ordered,qty_confirmed,requested_date,confirmed_date
P00249,1,GRC-1008,Earl Grey Tea 100 Bags,250,250,2026-12-15,2026-12-15
P00249,2,GRC-1011,Tomato Passata 700g,400,400,2026-12-20,2027-01-08
"""

LETTERS = [
    Letter(
        key="pacific-p231-partial",
        sender=KEVIN,
        date="Tue, 24 Nov 2026 07:26:18 -0800",
        subject="RE: BrightMart Retail Order (Ref P00231)",
        mailer="gmail",
        reply_to_po=231,
        text="""\
Hi Sarah,

Quick update on P00231. The peanut butter (300 cs) is fine and ships
complete for the December 2 delivery.

On the Arabica Coffee Beans 1kg we're short because our roaster lost a
day to a power cut: we can ship 120 of 200 now, remaining 80 in 2 weeks.
The 120 go out with the peanut butter, the balance of 80 would follow on
a second truck around December 16.

Let me know if you'd rather wait and take all 200 on the second truck.

Thanks,
Kevin Tran
Account Manager, Retail
Pacific Pantry Foods Inc. | Oakland, CA
""",
        fact=Fact(
            intent="partial_shipment",
            pos=("P00231",),
            new_date="2026-12-16",
            products=("GRC-1001", "GRC-1014"),
            note="Coffee: 120 of 200 on 2 Dec, 80 around 16 Dec. Coffee is on promotion; "
            "Green Valley supplies it in 5 days instead of 21 (buy the gap from the alternate).",
        ),
    ),
    Letter(
        key="pacific-p231-asn",
        sender=("Pacific Pantry Shipping", "asn-noreply@pacificpantry.com"),
        date="Thu, 26 Nov 2026 06:02:33 -0800",
        subject="ASN: PPF-SO-88412 shipped (your PO P00231)",
        mailer="postfix",
        text="""\
ADVANCE SHIPPING NOTICE

Customer PO:      P00231
Sales order:      PPF-SO-88412
Ship date:        11/26/2026
Carrier:          FedEx Freight
Tracking number:  7946 1283 0553
Est. delivery:    12/02/2026

Line  Item      Description                  Shipped  Backordered
1     GRC-1001  Arabica Coffee Beans 1kg         120           80
2     GRC-1014  Smooth Peanut Butter 340g        300            0

This is an automated message. Replies to this address are not monitored.
""",
        fact=Fact(
            intent="shipping_notice",
            secondary=("partial_shipment",),
            pos=("P00231",),
            new_date="2026-12-02",
            products=("GRC-1001", "GRC-1014"),
            note="FedEx Freight 7946 1283 0553; US dates (MM/DD); sender address is not a "
            "vendor contact, only the domain is known.",
        ),
    ),
    Letter(
        key="pacific-p240-cancel",
        sender=KEVIN,
        date="Sun, 22 Nov 2026 18:44:09 -0800",
        subject="Cancellation - P00240 Maple Syrup",
        mailer="gmail",
        text="""\
Hi Sarah,

I'm afraid we have to cancel P00240 in full. Our maple syrup packer in
Quebec has allocated the whole 250ml run to their own brand after the
poor harvest, and we won't get any more this year.

Please cancel the order on your side as well; nothing will be invoiced.
I'll let you know as soon as we have an allocation again, probably not
before March 2027.

Sorry about this,
Kevin
""",
        fact=Fact(
            intent="cancellation",
            pos=("P00240",),
            products=("GRC-1013",),
            note="Whole order cancelled; Main DC holds ~40 days of maple syrup.",
        ),
    ),
    Letter(
        key="pacific-p248-partner-ref",
        sender=("Pacific Pantry Order Desk", "orders@pacificpantry.com"),
        date="Thu, 19 Nov 2026 12:15:50 -0800",
        subject="Order acknowledgement PPF-SO-88577",
        mailer="postfix",
        text="""\
Hello,

Thank you for your order. This confirms our sales order PPF-SO-88577
for delivery to North Store Hub:

  Basmati Rice 5kg       160 cases
  Penne Rigate 500g      500 cases

Confirmed delivery date: December 4, 2026.
Payment terms: Net 45.

Pacific Pantry Foods Inc. - Order Desk
orders@pacificpantry.com | +1 510 555 0188
""",
        fact=Fact(
            intent="confirmation",
            pos=("P00248",),
            match="partner_ref",
            new_date="2026-12-04",
            products=("GRC-1003", "GRC-1010"),
            note="Names only the vendor's order number PPF-SO-88577 (partner_ref of P00248).",
        ),
    ),
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
        key="duval-p236-qp-fr",
        sender=CLAIRE,
        date="Wed, 18 Nov 2026 11:24:37 +0100",
        subject="RE: BrightMart Retail Order (Ref P00236) – confirmation de commande",
        mailer="zimbra",
        reply_to_po=236,
        encoding="quoted-printable",
        text="""\
Bonjour Sarah,

Nous vous remercions pour votre commande P00236, que nous confirmons avec
une petite modification :

- Moutarde de Dijon 370 g (GRC-1005) : 240 unités, livraison le lundi
  7 décembre 2026 comme prévu ;
- Huile d'olive vierge extra 1 L (GRC-1002) : 180 unités, livraison
  décalée au jeudi 10 décembre 2026, car notre moulin en Andalousie n'a
  pas encore terminé l'embouteillage.

Les deux lignes arriveront à votre entrepôt principal (Main DC). Pour
toute question, n'hésitez pas à me contacter.

Bien cordialement,

Claire Duval
Responsable export – Épicerie Duval Distribution SARL
12, rue des Tanneurs – 21000 Dijon – France
Tél. +33 3 80 55 01 23
""",
        fact=Fact(
            intent="delay",
            secondary=("confirmation",),
            pos=("P00236",),
            new_date="2026-12-10",
            products=("GRC-1005", "GRC-1002"),
            note="French, quoted-printable: mustard confirmed for 7 Dec, olive oil moved "
            "to 10 Dec (harmless, ~18 days of cover).",
        ),
    ),
    Letter(
        key="duval-p245-b64-fr",
        sender=CLAIRE,
        date="Mon, 23 Nov 2026 16:48:02 +0100",
        subject="Commande CMD-DUV-26-0913 / votre réf. P00245 : report de livraison",
        mailer="zimbra",
        encoding="base64",
        text="""\
Bonjour,

Suite à un retard de notre transporteur, la livraison de votre commande
P00245 (notre référence CMD-DUV-26-0913) pour North Store Hub ne pourra
pas avoir lieu le 14 décembre.

Nouvelle date de livraison : vendredi 18 décembre 2026, pour la totalité
(safran 40 boîtes, moutarde de Dijon 120 unités).

Nous vous prions de nous excuser pour ce contretemps.

Cordialement,
Claire Duval
Épicerie Duval Distribution SARL
""",
        fact=Fact(
            intent="delay",
            pos=("P00245",),
            new_date="2026-12-18",
            products=("GRC-1016", "GRC-1005"),
            note="French, base64 body; planned 14 Dec becomes 18 Dec.",
        ),
    ),
    Letter(
        key="duval-p255-remaining",
        sender=("Épicerie Duval – Commandes", "commandes@duval-distribution.fr"),
        date="Fri, 20 Nov 2026 17:10:55 +0100",
        subject="P00255 - remaining crackers",
        mailer="zimbra",
        text="""\
Dear Sarah,

As you have seen, only 180 of the 300 cartons of Sea Salt Crackers 200g
on P00255 were delivered today, because one pallet failed our quality
check at loading.

The remaining 120 cartons will be delivered on Thursday 3 December 2026.
There is no need to change anything on your order.

Best regards,
Commandes / Order Department
Épicerie Duval Distribution SARL
""",
        fact=Fact(
            intent="partial_shipment",
            pos=("P00255",),
            new_date="2026-12-03",
            products=("GRC-1006",),
            note="Short receipt explained: 120 outstanding arrive 3 Dec; Main DC has ~4 "
            "days of crackers.",
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
