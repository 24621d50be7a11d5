"""Order lines the vendor states, with product, quantity and unit.

"120 pcs of ABC-123", "ABC-123: 120 pcs", "the remaining 80 units", and rows of a table that
hold a product code and a quantity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agent.extraction.rules.fastre import fold, fold_text, literal_first
from agent.extraction.rules.lexicon import UNIT_RE, UNITS
from agent.extraction.rules.mentions import scan
from agent.extraction.rules.zones import inside
from agent.models import ExtractedLine, Span

_F = re.IGNORECASE
CODE = r"(?<![\w/-])(?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)+(?![\w-])"
CODE_FOLDED = r"(?<![\w/-])(?=[a-z0-9-]*\d)[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+(?![\w-])"
_QTY = r"(?P<qty>\d{1,3}(?:[,.' ]\d{3})+(?!\d)|\d{1,6})(?![.,]\d)"
# ``(?<![\w.,])`` and ``_QTY``, with the look-behind after the first digit (see ``fastre``).
_QTY_FIRST = r"(?P<qty>\d(?<![\w.,]\d)(?:\d{0,2}(?:[,.' ]\d{3})+(?!\d)|\d{0,5}))(?![.,]\d)"
# Lower case, matched on folded text; the words' alternatives begin with literals (``fastre``).
_REMAINING_WORDS = literal_first(
    r"(?:the\s+)?(?:remaining|balance\s+of|outstanding|rest\s+of|restliche[nr]?|rest(?:menge)?\s+von|"
    r"(?:le\s+)?reliquat\s+de|(?:les\s+)?restants?|(?:el\s+)?resto\s+de|(?:los\s+)?restantes|"
    r"(?:de\s+)?resterende|restant)"
)
_REMAINING = re.compile(
    rf"(?:{_REMAINING_WORDS})\s+(?:the\s+)?" + _QTY + rf"(?:\s*(?P<unit>{UNIT_RE}|\w+))?"
)
_REMAINING_NEEDLES = (
    "remain",
    "balance",
    "outstanding",
    "rest",
    "reliquat",
    "restant",
    "resto",
    "resterende",
)
_UNIT_TOKEN = re.compile(rf"(?:{UNIT_RE})(?!\w)", _F)


@lru_cache(maxsize=16)
def _patterns(codes: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    by_length = sorted(codes, key=len, reverse=True)
    known = "|".join(re.escape(c) for c in by_length)
    code = rf"(?P<code>{known}|{CODE})" if known else rf"(?P<code>{CODE})"
    qty_first = re.compile(
        rf"{_QTY_FIRST}[ \t]*(?:x[ \t]*|×[ \t]*)?(?P<unit>(?i:{UNIT_RE}))?(?!\w)\.?[ \t]*"
        rf"(?:of[ \t]+|x[ \t]+|×[ \t]*|de[ \t]+|van[ \t]+|von[ \t]+)?"
        rf"(?:the[ \t]+|item[ \t]+|art(?:\.|icle)?[ \t]*)?{code}"
    )
    # Matched on folded text (see ``fastre``): the code's letters and known codes in lower case.
    known_folded = "|".join(re.escape(fold_text(c)) for c in by_length)
    code_folded = "(?P<code>" + (f"{known_folded}|" if known else "") + CODE_FOLDED + ")"
    code_first = re.compile(
        rf"{code_folded}[ \t]*(?:\([^)\n]{{0,40}}\)[ \t]*)?[:=\-–]?[ \t]*"
        r"(?:qty\.?:?[ \t]*|menge:?[ \t]*|x[ \t]*)?"
        rf"{_QTY}\s*(?P<unit>{UNIT_RE})?(?!\w)"
    )
    row = re.compile(rf"^.*{code}.*$", re.M)
    return qty_first, code_first, row


def _qty(raw: str) -> float:
    return float(re.sub(r"[,.' ]", "", raw))


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    return UNITS.get(raw.lower(), raw.lower())


def find_lines(
    text: str, zones: list[tuple[int, int]], product_codes: tuple[str, ...] = ()
) -> list[ExtractedLine]:
    """Lines in the vendor's current words, in order, without overlaps."""
    qty_first, code_first, row = _patterns(tuple(product_codes))
    found: list[ExtractedLine] = []
    taken: list[tuple[int, int]] = []

    def keep(
        start: int, end: int, product: str | None, qty: str, unit: str | None, conf: float
    ) -> None:
        if not inside(zones, start, end) or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(
            ExtractedLine(
                product=product,
                qty=_qty(qty),
                unit=_unit(unit),
                span=Span(start=start, end=end, quote=text[start:end]),
                confidence=conf,
            )
        )

    for m in scan(qty_first, text, tuple(zones)):
        keep(m.start(), m.end(), m.group("code"), m.group("qty"), m.group("unit"), 0.85)
    for m in scan(code_first, fold(text), tuple(zones)):
        code = text[m.start("code") : m.end("code")]
        keep(m.start(), m.end(), code, m.group("qty"), m.group("unit"), 0.8)
    lowered = " ".join(text[start:end] for start, end in zones).lower()
    remaining = any(map(lowered.__contains__, _REMAINING_NEEDLES))
    for m in scan(_REMAINING, fold(text), tuple(zones)) if remaining else ():
        unit = m.group("unit")
        keep(m.start(), m.end(), None, m.group("qty"), unit, 0.7)
    for m in scan(row, text, tuple(zones)):
        _table_row(text, m, keep)
    return sorted(found, key=lambda line: line.span.start)


_ROW_NUMBER = re.compile(r"(?<![\w/.:-])(\d{1,3}(?:[,.]\d{3})+|\d{1,6})(?![\w/.:-]|[.,]\d)")


def _table_row(text: str, m: re.Match[str], keep) -> None:  # type: ignore[no-untyped-def]
    line = m.group(0)
    if "|" not in line and not re.search(r"\S\s{2,}\S", line):
        return
    code_end = m.end("code") - m.start()
    for number in _ROW_NUMBER.finditer(line, code_end):
        start = m.start() + number.start()
        unit = _UNIT_TOKEN.match(
            line, number.end() + (1 if line[number.end() : number.end() + 1] == " " else 0)
        )
        end = m.start() + (unit.end() if unit else number.end())
        keep(start, end, m.group("code"), number.group(1), unit.group(0) if unit else None, 0.6)
        return
