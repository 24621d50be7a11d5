"""Which percentages in a price email are the vendor's own price change.

Price letters justify a change with other percentages: a raw material that "went up about
18% since summer", a minimum wage "+27%", a rate "7.1% above the base", a deposit of 30%. The
vendor's own change is stated exactly and next to a price, list, surcharge or discount word.
The checks work on the clause around the percentage (a sentence, or a part in brackets).
"""

from __future__ import annotations

import re

# The sign is no sign after a digit: "25-30%" is a range.
PERCENT = re.compile(
    r"(?<![\w.,])(?:(?P<sign>[+−-])\s?)?(?P<pct>\d{1,2}(?:[.,]\d{1,2})?)\s?"
    r"(?:%|percent|prozent|pour\s?cent|por\s?ciento|procent)",
)
# A full stop after a day number ("ab 1. Januar") ends no sentence.
CLAUSE_END = re.compile(r"(?<!\s\d)(?<!\s\d\d)[.!?;](?=\s|$)|\n|[()]")
SENTENCE_END = re.compile(r"(?<!\s\d)(?<!\s\d\d)[.!?](?=\s|$)|\n")
_PRICE_CUE = re.compile(
    r"pric|preis|prix|precio|prijs|prijz|tarif|listino|surcharge|zuschlag|aufschlag|supplément"
    r"|recargo|toeslag|discount|rabatt|nachlass|remise|rabais|descuento|korting|\boff\b"
    r"|increase|erhöh|anheb|augment|aument|verhog|verhoog|teuerung",
)
_DECREASE = re.compile(
    r"decreas|reduc|lower|senk|baisse|rebaja|verlag|omlaag|goedkoper|discount|rabatt|nachlass"
    r"|remise|rabais|descuento|korting|\boff\b",
)
# Vague amounts and look-backs describe a market, not the vendor's new price.
_VAGUE_BEFORE = re.compile(
    r"(?<![a-zà-ÿ])(?:more than|over|about|around|approx\.?|approximately|nearly|almost"
    r"|roughly|up to"
    r"|près de|plus de|environ|más de|alrededor de|casi|cerca de|meer dan|bijna|ongeveer"
    r"|ruim|über|fast|rund|etwa|ca\.?|circa|mehr als"
    r"|instead of|statt|anstatt|au lieu de|en lugar de|en vez de|in plaats van)\s*[+−-]?\s*$",
)
_LOOK_BACK = re.compile(
    r"\b(?:since|seit|depuis|desde|sinds|in the last|over the|this (?:year|autumn|quarter|month)"
    r"|ce trimestre|en un an|en los últimos|en las últimas|above|against|gegenüber|par rapport"
    r"|as agreed|wie vereinbart|comme convenu|según lo acordado|zoals afgesproken|agreed)\b",
)
# Whose cost moved: the vendor's supplier, wages, energy, exchange rates.
_COST_SUBJECT = re.compile(
    r"supplier|lieferant|fournisseur|proveedor|leverancier|wage|lohn|salaire|salario|loon\b"
    r"|\blme\b|exchange|wechselkurs|taux de change|tipo de cambio|wisselkoers|costs?\b|kosten"
    r"|coût|coste",
)
_SUBCLAUSE_START = re.compile(r"[,:]\s")


def clause(folded: str, start: int, end: int, bound: re.Pattern[str]) -> tuple[int, int]:
    """The clause or sentence (``bound`` ends them) around ``folded[start:end]``."""
    left = max(0, start - 400)
    for m in bound.finditer(folded, left, start):
        left = m.end()
    right = bound.search(folded, end)
    return left, right.start() if right else len(folded)


def own_percent(folded: str, m: re.Match[str]) -> tuple[bool, bool]:
    """Whether percent ``m`` may be the vendor's change, and whether it lowers the price.

    The first answer ignores the price words: a percentage in the same sentence as an old and
    a new price belongs to that change even without one.
    """
    start, end = clause(folded, m.start(), m.end(), CLAUSE_END)
    before = folded[start : m.start()]
    if _VAGUE_BEFORE.search(before[-40:]) or _LOOK_BACK.search(folded, start, end):
        return False, False
    sub = before
    for s in _SUBCLAUSE_START.finditer(before):
        sub = before[s.end() :]
    if _COST_SUBJECT.search(sub):
        return False, False
    lower = m.group("sign") in ("-", "−") or bool(_DECREASE.search(folded, start, end))
    return True, lower


def priced_clause(folded: str, m: re.Match[str]) -> bool:
    """Whether the clause of percent ``m`` names a price, a surcharge, a discount or a rise."""
    start, end = clause(folded, m.start(), m.end(), CLAUSE_END)
    return bool(_PRICE_CUE.search(folded, start, end))
