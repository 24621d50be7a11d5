"""The 25 open purchase orders and the messages Odoo sent to vendors about them.

Order ids are 231-255 and names ``P00231``-``P00255``; line ids are ``order id x 10 + n``
(``P00233``'s first line is 2331). Dates are ISO strings here for reading ease; planned
dates are at 10:00 UTC. Orders in state ``sent`` are RFQs that were mailed and not yet
confirmed, so Odoo has no incoming stock moves for them.
"""

from __future__ import annotations

from typing import NamedTuple


class LinePlan(NamedTuple):
    """A purchase order line: product id, ordered quantity, planned date, quantity received."""

    product_id: int
    qty: float
    planned: str
    received: float = 0.0


class OrderPlan(NamedTuple):
    """A purchase order as the story needs it."""

    id: int
    vendor_id: int
    warehouse_id: int
    state: str
    acknowledged: bool
    ordered: str
    approved: str | None
    partner_ref: str | None
    lines: list[LinePlan]


class ChatterPlan(NamedTuple):
    """A message a buyer sent to the vendor from the order's chatter (besides the RFQ/PO mails)."""

    po_id: int
    sent: str
    author_user_id: int
    body: str


L = LinePlan
O = OrderPlan  # noqa: E741
# fmt: off
ORDERS: list[OrderPlan] = [
    O(
        231,
        14,
        1,
        "purchase",
        True,
        "2026-11-06T09:12",
        "2026-11-09T14:03",
        "PPF-SO-88412",
        [L(101, 200, "2026-12-02"), L(114, 300, "2026-12-02")],
    ),
    O(
        232,
        11,
        1,
        "purchase",
        True,
        "2026-11-09T10:41",
        "2026-11-11T08:55",
        "ACME-SO-55102",
        [L(204, 400, "2026-12-01"), L(203, 300, "2026-12-01")],
    ),
    O(
        233,
        18,
        1,
        "purchase",
        True,
        "2026-11-10T15:20",
        "2026-11-12T09:30",
        "TGS-70931",
        [L(302, 600, "2026-11-30")],
    ),
    O(
        234,
        12,
        1,
        "purchase",
        True,
        "2026-11-05T11:02",
        "2026-11-06T13:47",
        None,
        [L(208, 500, "2026-12-03"), L(213, 120, "2026-12-03")],
    ),
    O(
        235,
        17,
        1,
        "purchase",
        True,
        "2026-11-04T08:15",
        "2026-11-05T10:20",
        "AB-2026-4471",
        [L(301, 250, "2026-12-04"), L(305, 200, "2026-12-04"), L(304, 80, "2026-12-04")],
    ),
    O(
        236,
        16,
        1,
        "purchase",
        False,
        "2026-11-12T13:33",
        "2026-11-13T09:05",
        None,
        [L(105, 240, "2026-12-07"), L(102, 180, "2026-12-07")],
    ),
    O(
        237,
        13,
        1,
        "purchase",
        True,
        "2026-11-10T09:48",
        "2026-11-11T11:16",
        None,
        [L(205, 600, "2026-11-27"), L(206, 150, "2026-11-27")],
    ),
    O(
        238,
        15,
        2,
        "purchase",
        True,
        "2026-11-11T10:05",
        "2026-11-12T08:40",
        None,
        [L(104, 300, "2026-12-01"), L(109, 120, "2026-12-01")],
    ),
    O(
        239,
        11,
        2,
        "sent",
        False,
        "2026-11-18T14:26",
        None,
        None,
        [L(201, 240, "2026-12-10"), L(207, 300, "2026-12-10")],
    ),
    O(
        240,
        14,
        1,
        "purchase",
        False,
        "2026-11-16T09:37",
        "2026-11-17T10:12",
        None,
        [L(113, 150, "2026-12-08")],
    ),
    O(
        241,
        18,
        2,
        "purchase",
        True,
        "2026-11-13T16:10",
        "2026-11-16T09:02",
        "TGS-71055",
        [L(307, 30, "2026-12-10"), L(310, 60, "2026-12-10"), L(306, 200, "2026-12-10")],
    ),
    O(
        242,
        12,
        2,
        "purchase",
        True,
        "2026-10-28T10:30",
        "2026-10-29T15:44",
        "NHG-2611-204",
        [L(211, 90, "2026-11-24"), L(210, 240, "2026-11-24")],
    ),
    O(
        243,
        15,
        1,
        "sent",
        False,
        "2026-11-20T11:18",
        None,
        None,
        [L(112, 200, "2026-12-09"), L(107, 400, "2026-12-09")],
    ),
    O(
        244,
        13,
        2,
        "purchase",
        True,
        "2026-11-13T08:50",
        "2026-11-16T10:25",
        None,
        [L(202, 400, "2026-12-02")],
    ),
    O(
        245,
        16,
        2,
        "purchase",
        True,
        "2026-11-16T12:14",
        "2026-11-17T09:51",
        "CMD-DUV-26-0913",
        [L(116, 40, "2026-12-14"), L(105, 120, "2026-12-14")],
    ),
    O(
        246,
        18,
        1,
        "purchase",
        True,
        "2026-11-02T09:05",
        "2026-11-03T11:30",
        "TGS-70588",
        [L(308, 150, "2026-11-25"), L(309, 300, "2026-11-25")],
    ),
    O(
        247,
        11,
        1,
        "purchase",
        True,
        "2026-11-17T13:40",
        "2026-11-18T09:15",
        "ACME-SO-55340",
        [L(209, 300, "2026-12-11")],
    ),
    O(
        248,
        14,
        2,
        "purchase",
        True,
        "2026-11-12T10:22",
        "2026-11-13T14:08",
        "PPF-SO-88577",
        [L(103, 160, "2026-12-04"), L(110, 500, "2026-12-04")],
    ),
    O(
        249,
        15,
        1,
        "purchase",
        True,
        "2026-11-17T09:02",
        "2026-11-18T10:36",
        None,
        [L(108, 250, "2026-12-15"), L(111, 400, "2026-12-20")],
    ),
    O(
        250,
        11,
        2,
        "purchase",
        True,
        "2026-11-17T13:52",
        "2026-11-18T09:20",
        "ACME-SO-55341",
        [L(203, 200, "2026-12-08"), L(204, 150, "2026-12-08")],
    ),
    O(
        251,
        17,
        1,
        "purchase",
        True,
        "2026-11-09T14:45",
        "2026-11-10T08:31",
        "AB-2026-4502",
        [L(303, 120, "2026-12-01")],
    ),
    O(252, 12, 1, "sent", False, "2026-11-19T15:07", None, None, [L(212, 40, "2026-12-16")]),
    O(
        253,
        18,
        2,
        "purchase",
        False,
        "2026-11-17T11:11",
        "2026-11-18T08:58",
        None,
        [L(302, 300, "2026-12-03"), L(301, 100, "2026-12-03")],
    ),
    O(
        254,
        13,
        1,
        "purchase",
        False,
        "2026-11-19T10:19",
        "2026-11-20T09:44",
        None,
        [L(201, 300, "2026-12-18")],
    ),
    O(
        255,
        16,
        1,
        "purchase",
        True,
        "2026-11-02T10:48",
        "2026-11-03T09:26",
        None,
        [L(106, 300, "2026-11-20", received=180)],
    ),
]
# fmt: on

# fmt: off
CHATTER: list[ChatterPlan] = [
    ChatterPlan(
        233,
        "2026-11-24T08:47",
        8,
        "Hello Rachel, could you confirm that P00233 is still on track for delivery on "
        "30 November? Rock salt is moving fast with the cold weather.",
    ),
    ChatterPlan(
        243,
        "2026-11-23T09:30",
        6,
        "Hi Emma, could you please confirm the delivery date for the almonds and the "
        "dark chocolate? We need them in the Main DC before the Christmas push.",
    ),
    ChatterPlan(
        254,
        "2026-11-21T10:02",
        7,
        "Hi An, is there any chance you could deliver the detergent by 12 December "
        "instead? Our stock at the Main DC is running down faster than planned.",
    ),
    ChatterPlan(
        239,
        "2026-11-19T16:20",
        7,
        "Hello Jessica, please note that this order is for our North Store Hub, not the Main DC.",
    ),
]
# fmt: on
