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
    r"(?<![\w.,])(?P<sign>[+−-])?(?P<pct>\d{1,2}(?:[.,]\d{1,2})?)\s?"
    r"(?:%|percent|prozent|pour\s?cent|por\s?ciento|procent)",
)
# A full stop after a day number ("ab 1. Januar") ends no sentence.
# (Written ``(?<!\s\d)(?<!\s\d\d)[.!?;](?=\s|$)|\n|[()]``, with the look-behinds after
# the stop so that ``re`` skips ahead to the stops.)
CLAUSE_END = re.compile(
    "|".join(rf"\{stop}(?<!\s\d\{stop})(?<!\s\d\d\{stop})(?=\s|$)" for stop in ".!?;")
    + r"|\n|\(|\)"
)
SENTENCE_END = re.compile(
    "|".join(rf"\{stop}(?<!\s\d\{stop})(?<!\s\d\d\{stop})(?=\s|$)" for stop in ".!?") + r"|\n"
)
_PRICE_WORD = (
    r"pric|preis|prix|precio|prijs|prijz|tarif|listino|surcharge|zuschlag|aufschlag|supplément"
    r"|recargo|toeslag|discount|rabatt|nachlass|remise|rabais|descuento|korting|\boff\b"
)
_PRICE_CUE = re.compile(
    _PRICE_WORD + r"|increase|erhöh|anheb|augment|aument|incremento|subida|\bsub[ea]\b|hausse"
    r"|baisse|verhog|verhoog|stijg|steig|teuerung|\brise|\bup\b|drop|decreas|reduc|lower|senk"
    r"|auf alle|on all|sur tou|en tod|op alle|across the range|sur l'ensemble",
)
_PRICE_WORD_RE = re.compile(_PRICE_WORD)
_DECREASE = re.compile(
    r"decreas|reduc|lower|senk|baisse|rebaja|verlag|omlaag|goedkoper|discount|rabatt|nachlass"
    r"|remise|rabais|descuento|korting|\boff\b|drop",
)
# Vague amounts describe a market, not the vendor's new price; "instead of 9%" is the old one.
_VAGUE_BEFORE = re.compile(
    r"(?<![a-zà-ÿ])(?:more than|over|about|around|approx\.?|approximately|nearly|almost"
    r"|roughly|up to|près de|plus de|environ|más de|alrededor de|casi|cerca de|meer dan|bijna"
    r"|ongeveer|ruim|über|fast|rund|etwa|ca\.?|circa|mehr als"
    r"|instead of|statt|anstatt|au lieu de|en lugar de|en vez de|in plaats van)\s*[+−-]?\s*$",
)
# Right after the percentage: how a market moved ("18% since summer", "7.1% above the base").
_LOOK_BACK = re.compile(
    r"\b(?:since|seit|depuis|desde|sinds|in the last|over the|this (?:year|autumn|quarter|month)"
    r"|ce trimestre|en un an|en los últimos|en las últimas|above|against|gegenüber|par rapport)\b",
)
_AGREED = re.compile(
    r"\bas agreed|wie vereinbart|comme convenu|según lo acordado|zoals afgesproken|\bagreed\b"
)
# Whose cost moved: the vendor's supplier, wages, energy, exchange rates.
_COST_SUBJECT = re.compile(
    r"supplier|lieferant|fournisseur|proveedor|leverancier|wage|lohn|salaire|salario|loon\b"
    r"|\blme\b|exchange|wechselkurs|taux de change|tipo de cambio|wisselkoers|costs?\b|kosten"
    r"|coût|coste",
)
# A change of the whole range stays a change of its own beside the example items after it.
GENERAL = re.compile(
    r"\b(?:all|alle|tous|toutes|todos|todas|toda|range|gamme|gama|sortiment|assortiment)\b"
    r"|price ?list|list ?price|preisliste|liste de prix|lista de precios|prijslijst|listenpreis"
    r"|our prices|unsere preise|nos prix|nos tarifs|nuestros precios|onze prijzen",
)
# "The same 3% lower prices will be valid for all orders": the percentage once more, on more.
_SAME = re.compile(
    r"(?<![a-zà-ÿ])(?:same|selben?|gleichen?|même|mêmes|mismos?|mismas?|dezelfde|hetzelfde)"
    r"\s*[+−-]?\s*$"
)
_SUBCLAUSE_START = re.compile(r"[,:]\s")
_LIST_LABEL = re.compile(r"[\s\-–*•:]+$|^[\s\-–*•]+")


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
    after = folded[m.end() : min(end, m.end() + 40)].split(",", 1)[0]
    if (
        _VAGUE_BEFORE.search(folded, max(0, m.start() - 40), m.start())
        or _LOOK_BACK.search(after)
        or _AGREED.search(folded, start, end)
    ):
        return False, False
    sub = before
    for s in _SUBCLAUSE_START.finditer(before):
        sub = before[s.end() :]
    costs = list(_COST_SUBJECT.finditer(sub))
    if costs and not _PRICE_WORD_RE.search(sub, costs[-1].end()):
        return False, False
    lower = m.group("sign") in ("-", "−") or bool(_DECREASE.search(folded, start, end))
    return True, lower


def priced_clause(folded: str, m: re.Match[str]) -> bool:
    """Whether the clause of percent ``m`` names a price, a surcharge, a discount or a rise.

    A percentage alone in brackets ("les pots en grès (+5 %)") is read with its sentence.
    """
    start, end = clause(folded, m.start(), m.end(), CLAUSE_END)
    if not folded[start:end].replace(m.group(0), "").strip():
        start, end = clause(folded, m.start(), m.end(), SENTENCE_END)
    return bool(_PRICE_CUE.search(folded, start, end))


def again(
    folded: str, m: re.Match[str], before: list[tuple[int, int]], codes: re.Pattern[str], text: str
) -> bool:
    """Whether percent ``m`` applies a percentage stated before (at ``before``) once more.

    Said so ("the same 3% ..."), or to another item code than each earlier statement's
    sentence names; a repeat in an attachment or a summary line names neither.
    """
    if _SAME.search(folded, max(0, m.start() - 20), m.start()):
        return True
    start, end = clause(folded, m.start(), m.end(), SENTENCE_END)
    mine = {c.group(0) for c in codes.finditer(text, start, end)}
    if not mine:
        return False
    for b_start, b_end in before:
        s_start, s_end = clause(folded, b_start, b_end, SENTENCE_END)
        if mine & {c.group(0) for c in codes.finditer(text, s_start, s_end)}:
            return False
    return True


def general(folded: str, m: re.Match[str]) -> bool:
    """Whether the clause of percent ``m`` speaks of all items, a range or the price list."""
    start, end = clause(folded, m.start(), m.end(), CLAUSE_END)
    return bool(GENERAL.search(folded, start, end))


def list_item(text: str, folded: str, m: re.Match[str]) -> str | None:
    """The label of a list or table line ending in a signed percentage ("Stemware   +6%").

    Only when a price word stands in the lines above it.
    """
    if not m.group("sign"):
        return None
    line_start = folded.rfind("\n", 0, m.start()) + 1
    line_end = folded.find("\n", m.end())
    if folded[m.end() : len(folded) if line_end < 0 else line_end].strip():
        return None
    label = _LIST_LABEL.sub("", text[line_start : m.start()])
    if not label or len(label) > 60:
        return None
    if not _PRICE_CUE.search(folded, max(0, line_start - 300), line_start):
        return None
    return label
