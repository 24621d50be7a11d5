"""The Odoo order each extracted line belongs to.

A planner reading "P00412: 120 pcs ... P00413: 40 pcs" needs each quantity on its own order.
An email about one order gives every line that order. In an email about several, a line takes
the order its own sentence ties it to ("the 150 covers on P11143 plus the 300 covers on
P11142", "500 pcs for P00255"), else the order named last before it on its text line (a
bullet per order, a table with an order column), else the order named last before it in its
paragraph ("P04199 (tablecloths): 250 pcs were collected. The remaining 150 pcs follow").
An order named only as a companion ("ships with P05605", "the same container as P10664", "your
next order P11167") governs nothing. A line no order governs keeps ``po_ref`` empty: a wrong
order shown to a planner is worse than none, and commitments read an empty ``po_ref`` as
"whichever order the email names".

Names are found with ``refs.odoo_pattern``, the pattern the references use, so a line's order
is always one of the email's ``po_refs``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from agent.extraction.rules.fastre import compile_literal_first, fold
from agent.models import ExtractedLine, PoRef

_PARAGRAPH_BREAK = re.compile(r"\n[ \t>]*\n")
# Words between a preposition and the order name: "for your order P00255", "del pedido P03644".
_ORDER_WORDS = (
    r"(?:(?:the|your|our|this|that|order|po|purchase|bestellung|auftrag|ihre[rn]?|unsere[rn]?|"
    r"der|die|commande|votre|notre|la|le|el|pedido|su|vuestro|nuestro|bestelling|uw|jullie|"
    r"onze|de|het)\s+){0,3}"
)
# An order named as company of another: shipped with it, in its container, or the next one.
_COMPANION_BEFORE = compile_literal_first(
    r"(?<!\w)(?:with|as|mit|wie|avec|comme|con|como|met|als|next|other|nächste[nrm]?|"
    r"andere[nrm]?|prochaine?|autre|próximo|siguiente|otro|volgende)\s+" + _ORDER_WORDS + "$"
)
# Between a quantity and the order its sentence ties it to: "... covers on P11143"; no other
# number on the way (digits only inside a code: "phone cases (BL-PC-IP16) for P00255").
_TIED_GAP = re.compile(
    r"(?:[^\d.!?;\n]|(?<=[\w-])\d){0,60}?(?:(?<!\w)(?:for|on|of|against|under|from|für|auf|zu|aus|pour|sur|du|"
    r"para|del|voor|van|op|bij)\s+" + _ORDER_WORDS + r"|\(\s*)"
)
# How far after a quantity the name its sentence ties it to may end (``_TIED_GAP``'s 60
# characters, the order words, the name).
_REACH = 160


class _Mention(NamedTuple):
    start: int
    end: int
    name: str


def assign_orders(
    text: str,
    lines: list[ExtractedLine],
    refs: list[PoRef],
    pattern: re.Pattern[str],
) -> list[ExtractedLine]:
    """``lines`` with ``po_ref`` set to the Odoo order that governs each, where one does.

    ``refs`` are the email's references (body and subject) and ``pattern`` the Odoo name
    pattern they were found with; only Odoo names are orders a line can belong to.
    """
    if not lines:
        return lines
    names = {r.value for r in refs if r.kind == "odoo"}
    if not names:
        return lines
    if len(names) == 1:
        only = next(iter(names))
        return [line.model_copy(update={"po_ref": only}) for line in lines]
    folded = fold(text)
    # No name after the text line that ends the last line's sentence governs a line.
    last = max(line.span.end for line in lines)
    reach = text.find("\n", last + _REACH)
    mentions = [
        _Mention(m.start(), m.end(), m.group().upper())
        for m in pattern.finditer(text, 0, len(text) if reach == -1 else reach)
        if not _COMPANION_BEFORE.search(folded, max(0, m.start() - 48), m.start())
    ]
    return [
        line.model_copy(update={"po_ref": _governing(text, folded, line, mentions)})
        for line in lines
    ]


def _governing(text: str, folded: str, line: ExtractedLine, mentions: list[_Mention]) -> str | None:
    """The order the line's own span names (a table row), else its sentence ties it to.

    Else the order named last before it on its text line or in its paragraph.
    """
    start, end = line.span.start, line.span.end
    within = {m.name for m in mentions if start <= m.start < end}
    if within:
        return within.pop() if len(within) == 1 else None
    after = next((m for m in mentions if m.start >= end), None)
    if after is not None and _TIED_GAP.fullmatch(folded, end, after.start):
        return after.name
    before = next((m for m in reversed(mentions) if m.end <= start), None)
    if before is None:
        return None
    row_start = text.rfind("\n", 0, start) + 1
    if before.start >= row_start or not _PARAGRAPH_BREAK.search(text, before.end, row_start):
        return before.name
    return None
