"""Pallets, cartons and weights that pack the goods a vendor counts beside them.

"4 pallets, 1.120 pcs salad bowls", "2.400 pcs jars on 8 pallets", "14 cajas con los 840
portacubiertos": the goods are the order line; how they are packed is freight detail that
a planner does not book against the order.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from agent.extraction.rules.lexicon import UNIT_RE, UNITS
from agent.models import ExtractedLine

# Units that pack or weigh goods rather than count them, as ``quantities`` writes them.
_PACKING_UNITS = frozenset({"pallets", "cartons", "kg", "paletas", "pakete", "colis", "packstücke"})
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
# A count of pieces in the sentence that no pattern took as a line ("840 portacubiertos").
_GOODS_COUNT = re.compile(
    rf"(?<![\w.,])(?P<qty>\d{{1,3}}(?:[,.' ]\d{{3}})+)(?![\d.,])[ \t]*(?P<unit>{UNIT_RE}(?!\w))?"
)


def _count(raw: str) -> float:
    return float(re.sub(r"[,.' ]", "", raw))


def without_packaging(text: str, lines: list[ExtractedLine]) -> list[ExtractedLine]:
    """Lines without the pallets, cartons or weight that pack a count stated beside them.

    "4 pallets, 1.120 pcs salad bowls", "2.400 pcs jars on 8 pallets", "14 cajas con los
    840 portacubiertos": the goods are the line, their packing is freight detail. A count
    of pallets that splits the order ("18 of the 24 pallets") stays when no larger count of
    goods stands in its sentence.
    """
    packed = [line for line in lines if line.unit in _PACKING_UNITS]
    if not packed:
        return lines
    bounds = [m.start() for m in _SENTENCE_END.finditer(text)]
    dropped = set()
    for line in packed:
        first = bisect_left(bounds, line.span.start)
        start = bounds[first - 1] if first else 0
        last = bisect_left(bounds, line.span.end)
        end = bounds[last] if last < len(bounds) else len(text)
        counts = [
            _count(m.group("qty"))
            for m in _GOODS_COUNT.finditer(text, start, end)
            if not line.span.start <= m.start() < line.span.end
            and UNITS.get((m.group("unit") or "").lower()) not in _PACKING_UNITS
        ]
        counts += [
            other.qty or 0
            for other in lines
            if other.unit not in _PACKING_UNITS and start <= other.span.start < end
        ]
        if any(count > (line.qty or 0) for count in counts):
            dropped.add(id(line))
    return [line for line in lines if id(line) not in dropped]
