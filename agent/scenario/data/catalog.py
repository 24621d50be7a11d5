"""The 40 products, how they sell, how much stock they have, and who supplies them.

Each product row reads: id, internal reference, name, category, list price, cost, mean
daily demand in Main DC and in North Store Hub, the demand pattern, and the days of cover
that its stock is set to in each warehouse (on hand = cover x its mean demand over the last
28 days, so the story holds whatever the random draws). Patterns:

- ``steady``: weekly rhythm around a flat mean.
- ``trend``: the same rhythm on a mean that rises into winter (x0.6 -> x1.4 over 180 days).
- ``decline``: the garden season fading (x1.5 -> x0.5).
- ``promo``: steady, then about three times the usual volume in the last seven days.
- ``intermittent``: mostly zero days, a sale of 1-3 units now and then; cover is in units.
"""

from __future__ import annotations

from typing import NamedTuple


class ProductPlan(NamedTuple):
    """One product of the catalog and the shape of its demand and stock."""

    id: int
    code: str
    name: str
    category: str
    list_price: float
    cost: float
    mean_wh: float
    mean_nrth: float
    pattern: str
    cover_wh: float
    cover_nrth: float


class SupplyPlan(NamedTuple):
    """A vendor's price list entry for a product (``product.supplierinfo``)."""

    product_id: int
    vendor_id: int
    price: float
    delay_days: int
    min_qty: float = 0.0


P = ProductPlan
# fmt: off
PRODUCTS: list[ProductPlan] = [
    # Grocery (buyer Sarah Chen)
    P(101, "GRC-1001", "Arabica Coffee Beans 1kg", "Grocery", 19.99, 11.40, 14, 6, "promo", 6, 12),
    P(102, "GRC-1002", "Extra Virgin Olive Oil 1L", "Grocery", 11.49, 7.40, 9, 4, "steady", 18, 20),
    P(103, "GRC-1003", "Basmati Rice 5kg", "Grocery", 12.99, 8.30, 6, 4, "steady", 22, 9),
    P(104, "GRC-1004", "Organic Rolled Oats 1kg", "Grocery", 3.49, 1.95, 10, 6, "trend", 14, 8),
    P(105, "GRC-1005", "Dijon Mustard 370g", "Grocery", 2.99, 1.85, 5, 3, "steady", 25, 12),
    P(106, "GRC-1006", "Sea Salt Crackers 200g", "Grocery", 2.49, 1.45, 12, 6, "steady", 4, 15),
    P(107, "GRC-1007", "Dark Chocolate 70% 100g", "Grocery", 2.29, 1.30, 20, 9, "trend", 12, 18),
    P(108, "GRC-1008", "Earl Grey Tea 100 Bags", "Grocery", 5.49, 3.40, 7, 4, "steady", 20, 25),
    P(109, "GRC-1009", "Wildflower Honey 500g", "Grocery", 8.99, 5.60, 4, 3, "steady", 30, 10),
    P(110, "GRC-1010", "Penne Rigate 500g", "Grocery", 1.59, 0.95, 25, 14, "steady", 16, 10),
    P(111, "GRC-1011", "Tomato Passata 700g", "Grocery", 1.89, 1.10, 18, 10, "steady", 11, 14),
    P(112, "GRC-1012", "Roasted Almonds 400g", "Grocery", 7.99, 5.10, 6, 3, "trend", 15, 20),
    P(113, "GRC-1013", "Maple Syrup 250ml", "Grocery", 7.49, 4.80, 3, 2, "steady", 40, 35),
    P(114, "GRC-1014", "Smooth Peanut Butter 340g", "Grocery", 3.49, 2.10, 9, 5, "steady", 9, 16),
    P(115, "GRC-1015", "Sparkling Water 6x1L", "Grocery", 4.99, 2.60, 30, 16, "steady", 2, 5),
    P(
        116,
        "GRC-1016",
        "Saffron Threads 1g",
        "Grocery",
        12.99,
        9.90,
        0.4,
        0.2,
        "intermittent",
        6,
        3,
    ),
    # Household (buyer Tom Becker)
    P(201, "HSH-2001", "Laundry Detergent 3L", "Household", 14.99, 9.30, 8, 5, "steady", 20, 7),
    P(202, "HSH-2002", "Dishwasher Tablets 60pk", "Household", 9.99, 5.60, 10, 8, "promo", 9, 3),
    P(203, "HSH-2003", "Paper Towels 8 Rolls", "Household", 8.49, 5.20, 16, 9, "steady", 12, 10),
    P(204, "HSH-2004", "Toilet Paper 24 Rolls", "Household", 11.99, 6.80, 22, 5, "steady", 6, 70),
    P(
        205,
        "HSH-2005",
        "All-Purpose Cleaner 750ml",
        "Household",
        2.79,
        1.60,
        15,
        8,
        "steady",
        5,
        14,
    ),
    P(206, "HSH-2006", "Microfibre Cloths 10pk", "Household", 7.99, 4.90, 4, 2, "steady", 25, 30),
    P(207, "HSH-2007", "Bin Bags 60L 50pk", "Household", 5.49, 3.40, 11, 6, "steady", 17, 8),
    P(208, "HSH-2008", "LED Bulb E27 9W 4pk", "Household", 12.99, 8.50, 5, 3, "steady", 80, 60),
    P(209, "HSH-2009", "AA Batteries 12pk", "Household", 11.49, 7.20, 9, 5, "trend", 15, 12),
    P(210, "HSH-2010", "Scented Candle Large", "Household", 7.49, 4.20, 6, 5, "trend", 10, 5),
    P(211, "HSH-2011", "Wool Throw Blanket", "Household", 29.99, 18.50, 3, 2, "trend", 14, 4),
    P(
        212,
        "HSH-2012",
        "Cast Iron Skillet 28cm",
        "Household",
        34.99,
        21.00,
        0.5,
        0.3,
        "intermittent",
        10,
        6,
    ),
    P(213, "HSH-2013", "Storage Boxes 3pk", "Household", 22.99, 14.00, 2, 1, "steady", 60, 45),
    # Garden (buyer Ana Ruiz)
    P(301, "GRD-3001", "Bird Seed Mix 5kg", "Garden", 9.99, 6.20, 7, 4, "trend", 13, 9),
    P(302, "GRD-3002", "Rock Salt De-icer 10kg", "Garden", 12.99, 7.90, 28, 12, "trend", 5, 8),
    P(303, "GRD-3003", "Ergonomic Snow Shovel", "Garden", 24.99, 15.40, 4, 2, "trend", 8, 20),
    P(304, "GRD-3004", "Bypass Pruning Shears", "Garden", 15.99, 9.80, 1.5, 0.8, "decline", 40, 50),
    P(305, "GRD-3005", "Garden Gloves Pair", "Garden", 4.99, 3.10, 3, 2, "decline", 35, 28),
    P(306, "GRD-3006", "Potting Soil 40L", "Garden", 7.99, 4.60, 5, 3, "decline", 30, 24),
    P(307, "GRD-3007", "Hose Reel 30m", "Garden", 39.99, 24.00, 0.3, 0.2, "intermittent", 4, 2),
    P(308, "GRD-3008", "Christmas Tree Stand", "Garden", 19.99, 12.50, 6, 3, "trend", 4, 9),
    P(309, "GRD-3009", "Outdoor String Lights 10m", "Garden", 14.99, 8.90, 12, 6, "trend", 2, 6),
    P(310, "GRD-3010", "Terracotta Pot 30cm", "Garden", 9.99, 6.50, 0.6, 0.4, "intermittent", 9, 5),
    P(311, "GRD-3011", "Compost Bin 300L", "Garden", 49.99, 29.00, 0.2, 0.1, "intermittent", 3, 2),
]
# fmt: on

S = SupplyPlan
# fmt: off
SUPPLY: list[SupplyPlan] = [
    S(101, 14, 11.40, 21, 50),
    S(101, 15, 12.90, 5, 24),  # coffee: faster alternate
    S(102, 16, 7.40, 12, 60),
    S(102, 14, 7.90, 18),
    S(103, 14, 8.30, 14, 40),
    S(104, 15, 1.95, 7, 100),
    S(104, 16, 1.80, 14, 200),
    S(105, 16, 1.85, 10, 120),
    S(106, 16, 1.45, 10, 100),
    S(106, 15, 1.60, 6),
    S(107, 15, 1.30, 8, 200),
    S(107, 16, 1.25, 12, 400),
    S(107, 14, 1.40, 20),
    S(108, 15, 3.40, 7, 50),
    S(109, 15, 5.60, 7, 60),
    S(109, 16, 5.20, 12, 120),
    S(110, 14, 0.95, 14, 250),
    S(110, 16, 0.90, 10, 500),
    S(111, 15, 1.10, 7, 200),
    S(111, 16, 1.05, 10, 400),
    S(112, 15, 5.10, 8, 50),
    S(112, 14, 4.90, 18, 100),
    S(113, 14, 4.80, 16, 48),
    S(114, 14, 2.10, 14, 100),
    S(115, 16, 2.60, 9, 200),
    S(115, 15, 2.75, 4, 100),  # water: near stockout, fast alternate
    S(116, 16, 9.90, 12, 20),
    S(201, 11, 9.30, 10, 60),
    S(201, 13, 9.10, 12, 100),
    S(202, 13, 5.60, 9, 100),
    S(202, 11, 5.90, 6, 60),
    S(203, 11, 5.20, 10, 100),
    S(203, 12, 5.40, 16),
    S(204, 11, 6.80, 10, 100),
    S(204, 12, 7.10, 18, 150),
    S(205, 13, 1.60, 8, 200),
    S(206, 13, 4.90, 8, 50),
    S(206, 12, 4.70, 15, 100),
    S(207, 11, 3.40, 10, 100),
    S(208, 12, 8.50, 15, 100),
    S(208, 11, 8.90, 9, 50),
    S(209, 11, 7.20, 10, 60),
    S(210, 12, 4.20, 15, 48),
    S(211, 12, 18.50, 18, 20),
    S(212, 12, 21.00, 20, 10),
    S(213, 12, 14.00, 15, 24),
    S(301, 17, 6.20, 16, 100),
    S(301, 18, 6.40, 10, 50),
    S(302, 18, 7.90, 14, 100),
    S(302, 17, 7.20, 24, 300),  # rock salt: alternate is slower
    S(303, 17, 15.40, 18, 40),
    S(303, 18, 16.10, 12, 20),
    S(304, 17, 9.80, 16, 40),
    S(305, 17, 3.10, 16, 100),
    S(306, 18, 4.60, 10, 100),
    S(307, 18, 24.00, 12, 10),
    S(308, 18, 12.50, 12, 50),
    S(309, 18, 8.90, 12, 100),
    S(309, 17, 8.60, 20, 200),
    S(310, 18, 6.50, 12, 30),
    S(310, 17, 6.10, 16, 60),
    S(311, 17, 29.00, 20, 10),
]
# fmt: on
