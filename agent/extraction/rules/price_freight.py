"""Surcharges a price letter states without the word next to the amount.

Freight surcharges are quoted per container or per pallet ("USD 350 per 40HC", "AUD 650
per 40' container", "£38.00 per pallet"), often a sentence after the word "surcharge"; and
one surcharge sentence may charge several items ("AUD 1.20 per unit on the chairs and AUD
0.80 on the tables"). The patterns are lower case, matched on folded text.
"""

from __future__ import annotations

import re

from agent.extraction.rules.price_money import CUR, money

__all__ = ["FREIGHT_RATE", "SURCHARGE_WORD", "SURCHARGE_WORDS", "next_amount"]

_BOX = r"(?:hc|hq|dv|gp|high\s?cube|containers?|conteneurs?|contenedor(?:es)?|ctrs?|cntrs?)"
_FREIGHT_UNIT = (
    rf"(?:(?:20|40|45)\s?(?:(?:'|’|ft|-?foot|-?feet)\s?{_BOX}?|{_BOX})"
    r"|teu|feu|containers?|conteneurs?|contenedor(?:es)?|container|pallets?|palettes?|palets?"
    r"|paletten|pallet)"
)
FREIGHT_RATE = re.compile(
    rf"{money('s')}\s?(?:per|pro|par|por|je|each|a|/)\s?{_FREIGHT_UNIT}(?![a-z0-9])"
)
SURCHARGE_WORDS = (
    *("surcharge", "zuschlag", "aufschlag", "supplément", "supplement", "recargo"),
    *("suplemento", "toeslag"),
)
SURCHARGE_WORD = re.compile("|".join(SURCHARGE_WORDS))
# "... and AUD 0.80 on the folding tables", ", so £532.00 on this load": the next amount
# joined to a surcharge's; the joint (group ``join``) is where that change begins.
_AND_MONEY = re.compile(
    rf"[^\n.;!?]{{0,80}}?(?P<join>,\s*(?:so\s+)?|\s(?:and|und|et|y|en|plus)\s+){money('s')}"
)
_CURRENCY = re.compile(CUR)


def next_amount(folded: str, end: int) -> re.Match[str] | None:
    """The amount joined by "and" or a comma to the surcharge amount ending at ``end``.

    None when another amount stands between them: that one is the next to be joined.
    """
    m = _AND_MONEY.match(folded, end)
    if m is None:
        return None
    start = m.start("sc1") if m.group("sc1") else m.start("sn2")
    return None if _CURRENCY.search(folded, end, start) else m
