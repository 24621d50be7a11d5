"""Letters from Pacific Pantry Foods Inc. (US, grocery)."""

from __future__ import annotations

from agent.scenario.letters.spec import Fact, Letter

KEVIN = ("Kevin Tran", "kevin.tran@pacificpantry.com")

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
]
