"""Rows of a line table: which column holds the quantity the vendor commits to.

A table row is a line holding a product code whose cells are set apart by two or more
spaces or by ``|``. When a header row names its columns, the quantity comes from the
column the vendor commits to (confirmed, shipped, delivered, or a plain "Qty"), never from
the buyer's "Ordered" column or from a backorder, carton or price column. Without a
header, it is the first cell after the code that is a bare number, with or without a unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from agent.extraction.rules.lexicon import UNIT_RE
from agent.extraction.rules.line_products import product_codes

_CELL = re.compile(r"[^\s|](?:[^|\n]*?[^\s|])??(?= {2,}|\t|\s*\||\s*$)")
_NUMBER_CELL = re.compile(
    r"(?:x\s*|(?:qty|menge|qté|cant)\.?:?\s*)?(?P<qty>\d{1,3}(?:[,.' ]\d{3})+|\d{1,6})"
    r"(?:\s*(?P<unit>[^\W\d][^\W\d]{0,9}\.?))?",
    re.IGNORECASE,
)
# A count closing a description cell: "Zirbenschnaps-Pralinen 150 g 480 Stk."
_TRAILING_COUNT = re.compile(
    rf"(?<![\w.,])(?P<qty>\d{{1,3}}(?:[,.' ]\d{{3}})+|\d{{1,6}})[ \t]*(?P<unit>{UNIT_RE})\.?$",
    re.IGNORECASE,
)
# An order's name in its own cell ("P04024"): the row's order, not its product.
_ORDER_NAME = re.compile(r"[A-Z]{1,3}\d{4,}")
_BARE_NUMBER = re.compile(r"[\d.,' /-]+")
# Header words, folded, by what the column holds; the commitment columns come first.
_COMMIT = (
    "confirmed",
    "conf. qty",
    "shipped",
    "shipping",
    "delivered",
    "dispatched",
    "bestätigt",
    "geliefert",
    "versandt",
    "liefermenge",
    "confirmé",
    "expédié",
    "livré",
    "confirmado",
    "enviado",
    "servido",
    "bevestigd",
    "geleverd",
    "verzonden",
)
_QTY = (
    "qty",
    "quantity",
    "q.tà",
    "qtà",
    "menge",
    "anzahl",
    "stück",
    "quantité",
    "qté",
    "cantidad",
    "cant.",
    "unidades",
    "aantal",
    "hoeveelheid",
    "units",
    "pcs",
)
# What is still owed on the line: labelled beside the shipped quantity ("Backordered 150").
_REST = (
    "backorder",
    "back order",
    "b/o",
    "outstanding",
    "balance",
    "bal",
    "rückstand",
    "restmenge",
    "offen",
    "reliquat",
    "solde",
    "pendiente",
    "openstaand",
)
_NOT_QTY = (
    "ordered",
    "order qty",
    "bestellt",
    "commandé",
    "pedido",
    "besteld",
    "backorder",
    "back order",
    "open",
    "rückstand",
    "reliquat",
    "pendiente",
    "colli",
    "cartons",
    "kart",
    "pallet",
    "price",
    "preis",
    "prix",
    "precio",
    "prijs",
    "amount",
    "total",
    "betrag",
    "montant",
    "importe",
    "bedrag",
)
# Units written in a cell after the number; packaging cells ("8 Kart.") are not quantities.
_PACKAGING = ("kart", "ctn", "colli", "plt", "pal")


@dataclass(frozen=True, slots=True)
class Column:
    """One header cell: its offsets within the header line and what it holds."""

    start: int
    end: int
    kind: str


def cells(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of a row, within the line."""
    return [(m.start(), m.end()) for m in _CELL.finditer(line)]


def is_row(line: str) -> bool:
    """Whether the line is laid out in columns."""
    return "|" in line or "  " in line.strip() or "\t" in line


def header(line: str) -> list[Column] | None:
    """The columns of a header line that names a quantity column, else ``None``."""
    if not is_row(line):
        return None
    folded = line.lower()
    columns = []
    for start, end in cells(folded):
        name = folded[start:end]
        if _BARE_NUMBER.fullmatch(name) or ":" in name:
            return None
        if any(word in name for word in _REST):
            kind = "rest"
        elif any(word in name for word in _NOT_QTY):
            kind = "other"
        elif any(word in name for word in _COMMIT):
            kind = "commit"
        elif any(word in name for word in _QTY):
            kind = "qty"
        else:
            kind = "other"
        columns.append(Column(start, end, kind))
    if not any(c.kind in ("commit", "qty") for c in columns):
        return None
    return columns


@dataclass(frozen=True, slots=True)
class RowQuantity:
    """A quantity read from one table row: offsets within the row line."""

    start: int
    end: int
    qty: str
    unit: str | None


def _number(line: str, start: int, end: int) -> RowQuantity | None:
    m = _NUMBER_CELL.fullmatch(line, start, end)
    if m is None:
        return None
    unit = m.group("unit")
    if unit and unit.lower().startswith(_PACKAGING):
        return None
    if unit and unit.lower() in ("eur", "usd", "gbp", "chf", "sek", "cad", "aud"):
        return None
    return RowQuantity(start, end, m.group("qty"), unit)


def _unit_after(line: str, row_cells: list[tuple[int, int]], index: int) -> str | None:
    """A bare unit cell right after the quantity cell ("240  PR")."""
    if index + 1 >= len(row_cells):
        return None
    s, e = row_cells[index + 1]
    word = line[s:e]
    return word if word.isalpha() and len(word) <= 4 else None


def quantity(line: str, code_end: int, columns: list[Column] | None) -> RowQuantity | None:
    """The quantity of a row whose product code ends at ``code_end`` (offsets in ``line``)."""
    row_cells = [(s, e) for s, e in cells(line) if s >= code_end]
    if columns is not None:
        return _by_header(line, row_cells, columns)
    for index, (s, e) in enumerate(row_cells):
        found = _number(line, s, e)
        if found is not None:
            if found.unit is None:
                unit = _unit_after(line, row_cells, index)
                return RowQuantity(found.start, found.end, found.qty, unit)
            return found
    for s, e in row_cells:
        counted = _TRAILING_COUNT.search(line, s, e)
        if counted is not None:
            return RowQuantity(counted.start(), e, counted.group("qty"), counted.group("unit"))
    return None


def _column_of(columns: list[Column], start: int, end: int) -> Column:
    """The header column a cell sits under: the most overlap, else the nearest."""

    def distance(column: Column) -> int:
        overlap = min(end, column.end) - max(start, column.start)
        return -overlap if overlap > 0 else max(column.start - end, start - column.end)

    return min(columns, key=distance)


def _by_header(
    line: str, row_cells: list[tuple[int, int]], columns: list[Column]
) -> RowQuantity | None:
    under = [_column_of(columns, s, e).kind for s, e in row_cells]
    for kind in ("commit", "qty"):
        for index, (s, e) in enumerate(row_cells):
            if under[index] != kind:
                continue
            found = _number(line, s, e)
            if found is not None:
                unit = found.unit or _unit_after(line, row_cells, index)
                return RowQuantity(found.start, found.end, found.qty, unit)
    return None


def rest(line: str, columns: list[Column]) -> RowQuantity | None:
    """The quantity still owed in a row's backorder or outstanding column, if above zero."""
    row_cells = cells(line)
    for s, e in row_cells:
        if _column_of(columns, s, e).kind != "rest":
            continue
        found = _number(line, s, e)
        if found is not None and found.qty.strip("0,.' ") != "":
            return found
    return None


# A description cell's tail that is not the product's name: a count or a pack size note.
_DESCRIPTION_TAIL = re.compile(r"(?:[ \t]+\d[\d.,']*|[ \t]*\([^)]*\))+$")


def product(line: str) -> str | None:
    """The row's product: its first product code, else its first cell with a word.

    A code shares its cell with a description when one space parts them ("EK-WK-17
    Wasserkocher 1,7 l"); positions ("1-6", "2a"), order names and dates are not products.
    """
    row_cells = [line[s:e] for s, e in cells(line)]
    for cell in row_cells:
        for code in product_codes(cell, ((0, len(cell)),)):
            return code[2]
    for cell in row_cells:
        if any(ch.isalpha() for ch in cell) and not _ORDER_NAME.fullmatch(cell):
            return _DESCRIPTION_TAIL.sub("", cell) or cell
    return None


def rows_below(text: str, offset: int, end: int) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` of the rows under the header line at ``offset``, up to a blank line."""
    position = text.find("\n", offset, end)
    while position != -1 and position + 1 < end:
        start = position + 1
        position = text.find("\n", start, end)
        line = text[start : end if position == -1 else position]
        if not line.strip() or not is_row(line):
            return
        if line.strip(" -=|+_") == "":
            continue
        yield start, line


def header_lines(text: str, start: int, end: int) -> Iterator[tuple[int, list[Column]]]:
    """``(offset of the line, columns)`` of each header line between ``start`` and ``end``."""
    offset = start
    for line in text[start:end].split("\n"):
        if "  " in line or "|" in line or "\t" in line:
            columns = header(line)
            if columns is not None:
                yield offset, columns
        offset += len(line) + 1
