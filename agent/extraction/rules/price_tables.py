"""Price tables: a header naming an old and a new price column, then one row per item.

Price letters and price-list attachments put the change in columns ("Item  Description
2026 price  2027 price", "Artikel  bisher  neu", "Référence  Ancien prix  Nouveau prix",
"Producto  Precio actual  Nuevo precio", "artikel  oud  nieuw"). Each row whose two prices
differ is one change; a row whose price stays is no change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from agent.extraction.rules.price_money import CUR, amount, currency_of, iso, number, value

# Old-column words, then new-column words, on one line with column gaps. Years count when
# the second is the later one ("2026 EUR   2027 EUR").
HEADER = re.compile(
    r"^(?=[^\n]*(?:\s{2}|\t))[^\n\d]*?"
    r"(?:\b(?:old|alt|bisher|ancien|actual|antes|oud|current|previous|vorher)\b|(?P<y1>20\d\d))"
    r"[^\n\d]*?"
    r"(?:\b(?:new|neu|nouveau|nuevo|nieuw)\b|(?P<y2>20\d\d)"
    r"|\b(?:from|ab|vanaf|per|desde|dès)\s+\d{1,2}[./-]\d{1,2}[./-](?:20)?\d\d)[^\n\d]*?"
    r"(?:\b(?:change|änderung|variation|cambio|wijziging)\b[^\n\d]*)?$",
    re.MULTILINE,
)
ROW = re.compile(
    rf"^(?P<desc>[^\s\d€$£][^\n]*?)\s+{amount('o')}(?:\s{{2,}}|\t)\s*{amount('w')}"
    r"(?:(?:\s{2,}|\t)\s*(?P<sign>[+−-])?(?P<pct>\d{1,2}(?:[.,]\d{1,2})?)\s?%)?[ \t]*$",
    re.MULTILINE,
)
_ANY_CURRENCY = re.compile(CUR)
_DOLLARS = ("CAD", "AUD", "NZD")
# An item code: letters and digits joined by hyphens ("SH-TS5", "GK-STP-7x15"), or capitals
# in three parts or more ("SP-SAV-LAV").
CODE = re.compile(
    r"(?<![\w/-])(?:(?=[A-Z0-9-]*\d)[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Z]{2,}(?:-[A-Z]{1,5}){2,})"
    r"(?![\w-])"
)


@dataclass(frozen=True, slots=True)
class Row:
    """One changed row of a price table; ``text[start:end]`` is the row."""

    start: int
    end: int
    product: str | None
    old: float
    new: float
    percent: float | None
    currency: str | None


def table_rows(
    text: str, folded: str, zone: tuple[int, int], home: str | None = None
) -> Iterator[Row]:
    """The changed rows of every old/new price table inside ``zone`` of ``text``.

    ``home`` is the vendor's own currency: a table that names none is in it, and so is "$".
    """
    for header in HEADER.finditer(folded, *zone):
        y1, y2 = header.group("y1"), header.group("y2")
        if y1 and y2 and y2 <= y1:
            continue
        dollar = home if home in _DOLLARS else "USD"
        currency = _table_currency(text, folded, header.start(), header.end(), zone, dollar)
        currency = currency or home
        pos = header.end() + 1
        while pos < zone[1]:
            line_end = folded.find("\n", pos, zone[1])
            line_end = zone[1] if line_end < 0 else line_end
            if pos == line_end:
                break
            row = ROW.match(folded, pos, line_end)
            if row is not None:
                found = _row(text, row, currency, dollar)
                if found is not None:
                    yield found
            pos = line_end + 1


def _row(text: str, row: re.Match[str], currency: str | None, dollar: str) -> Row | None:
    old, new = value(row, "o"), value(row, "w")
    if old is None or new is None or old == new:
        return None
    desc = text[row.start("desc") : row.end("desc")].strip()
    code = CODE.search(desc)
    pct = number(row.group("pct"))
    if pct is not None and row.group("sign") in ("-", "−"):
        pct = -pct
    currency = (
        currency_of(row, "w", text, dollar) or currency_of(row, "o", text, dollar) or currency
    )
    return Row(
        start=row.start(),
        end=row.end(),
        product=code.group(0) if code else (desc or None),
        old=old,
        new=new,
        percent=pct,
        currency=currency,
    )


def _table_currency(
    text: str, folded: str, start: int, end: int, zone: tuple[int, int], dollar: str
) -> str | None:
    """The currency the header or the three lines above it name, else the table's footer."""
    above = start
    for _ in range(3):
        above = folded.rfind("\n", zone[0], max(zone[0], above - 1)) + 1
    found = _ANY_CURRENCY.search(folded, max(zone[0], above), end)
    if found is None:
        blank = folded.find("\n\n", end, zone[1])
        after = folded.find("\n\n", blank + 2, zone[1]) if blank >= 0 else -1
        found = _ANY_CURRENCY.search(folded, end, zone[1] if after < 0 else after)
    return iso(text[found.start() : found.end()], dollar) if found else None
