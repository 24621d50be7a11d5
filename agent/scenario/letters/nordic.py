"""Letters from Nordic Home Goods AB (SE, household; writes English)."""

from __future__ import annotations

from agent.scenario.letters.spec import Fact, Letter

LARS = ("Lars Eriksson", "lars.eriksson@nordichome.se")

LETTERS = [
    Letter(
        key="nordic-p234-delay",
        sender=LARS,
        date="Fri, 20 Nov 2026 14:22:03 +0100",
        subject="P00234 - new delivery date",
        reply_to_po=234,
        encoding="8bit",
        text="""\
Hello Tom,

The container with the LED bulbs (HSH-2008) and the storage boxes
(HSH-2013) was rolled over at Gdansk and leaves one week later than
planned. We therefore cannot deliver P00234 on 3 December.

The new delivery date to your Main DC is 17 December 2026, both lines
complete.

Sorry for the inconvenience.

Med vänliga hälsningar / Best regards
Lars Eriksson
Key Account Manager
Nordic Home Goods AB | Industrigatan 14 | 415 05 Göteborg | Sweden
""",
        fact=Fact(
            intent="delay",
            pos=("P00234",),
            new_date="2026-12-17",
            products=("HSH-2008", "HSH-2013"),
            note="Harmless delay: Main DC holds ~80 days of LED bulbs and ~60 of boxes.",
        ),
    ),
    Letter(
        key="nordic-p252-ooo",
        sender=LARS,
        date="Thu, 19 Nov 2026 16:07:51 +0100",
        subject="Automatic reply: BrightMart Retail Order (Ref P00252)",
        reply_to_po=252,
        headers=(
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "lars.eriksson@nordichome.se"),
        ),
        text="""\
I am out of the office until Monday 30 November with limited access to
email.

For orders and delivery questions please contact our order desk at
order@nordichome.se or +46 31 555 12 00.

Lars Eriksson
Nordic Home Goods AB
""",
        fact=Fact(
            intent="other",
            pos=("P00252",),
            note="Out-of-office auto-reply to the RFQ; 30 November is a return date, not "
            "a delivery date. P00252 stays unacknowledged.",
        ),
    ),
    Letter(
        key="nordic-price-2027",
        sender=("Nordic Home Goods AB", "order@nordichome.se"),
        date="Mon, 16 Nov 2026 10:00:12 +0100",
        subject="Price adjustment from 1 February 2027",
        text="""\
Dear customer,

After two years of stable prices we have to adjust our price list
because of higher costs for cotton, wool and sea freight.

From 1 February 2027 our prices change as follows:
- Textiles (wool throws, blankets): +6%
- Candles and home fragrance: +3.5%
- Lighting and storage: unchanged

All orders placed before 31 January 2027 are invoiced at the current
prices, even if they are delivered later. Your key account manager will
send you the updated price list.

Kind regards,
Nordic Home Goods AB
Order Desk
""",
        html="""\
<html><body>
<p>Dear customer,</p>
<p>After two years of stable prices we have to adjust our price list because of higher
costs for cotton, wool and sea freight.</p>
<p>From <strong>1 February 2027</strong> our prices change as follows:</p>
<ul>
<li>Textiles (wool throws, blankets): +6%</li>
<li>Candles and home fragrance: +3.5%</li>
<li>Lighting and storage: unchanged</li>
</ul>
<p>All orders placed before 31 January 2027 are invoiced at the current prices, even if
they are delivered later. Your key account manager will send you the updated price
list.</p>
<p>Kind regards,<br>Nordic Home Goods AB<br>Order Desk</p>
</body></html>
""",
        fact=Fact(
            intent="price_change",
            match="none",
            products=("HSH-2011", "HSH-2010"),
            note="Price list change for all customers, no order named; +6% textiles and "
            "+3.5% candles from 2027-02-01.",
        ),
    ),
]
