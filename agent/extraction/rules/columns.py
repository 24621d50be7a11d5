"""The column a date stands in, for dates in the rows of a table.

An order acknowledgement lists its lines as rows ("10  SH-TP-24  Topf 24 cm  240  KW 45")
under a header ("Pos  Artikel  Bezeichnung  Menge  Liefertermin"). A date in such a row has no
cue word in its own line; the header word above it, at the same horizontal position, says
what it is.
"""

from __future__ import annotations

import re
from typing import Literal

Column = Literal["delivery", "ship", "other", "new"]

# A row has at least two gaps of two or more spaces (or tabs) between its cells.
_GAP = re.compile(r" {2,}|\t")
# Header words on folded text; the first group that matches names the column.
_HEADER = re.compile(
    r"(?P<other>(?:(?<=  )|^)(?:was|old)(?=  |\t|$)|"
    r"(?:old|orig(?:inal)?\.?|previous|prev\.?|alter?|ursprüngl\w*|ancienne|anterior|oude)\s+"
    r"(?:eta|date|termin|datum|fecha|delivery))|"
    r"(?P<new>(?:new|neue[rs]?|nouvelle|nueva|nieuwe)\s+(?:eta|date|termin|datum|fecha|delivery))|"
    r"(?P<ship>ship(?:ping)?\s+date|\bship\b|\betd\b|versand\w*|ex[\s-]?(?:works|factory)|"
    r"expédition|envío|verzending|loading|verlad\w*)|"
    r"(?P<delivery>(?:(?<=  )|^)(?:now|new|revised)(?=  |\t|$)|"
    r"liefer\w*|(?:(?<=  )|^)termin\b|delivery(?:\s+date|\s+week)?|(?:new\s+)?\beta\b|arrival|"
    r"date\s+de\s+livraison|livraison|fecha\s+de\s+entrega|entrega|lever\w*|"
    r"availability|available|verfügbar\w*|disponib\w*|beschikbaar)"
)
_MAX_LINES_UP = 12
_MAX_OFFSET = 12


def _kind(m: re.Match[str]) -> Column:
    if m.group("other"):
        return "other"
    if m.group("new"):
        return "new"
    return "ship" if m.group("ship") else "delivery"


def _pipe_column(folded: str, line_start: int, start: int, line: str) -> Column | None:
    """The header cell with the same index, in a table whose cells are split by ``|``."""
    cells = line.count("|")
    index = folded.count("|", line_start, start)
    end = line_start - 1
    for _ in range(_MAX_LINES_UP):
        if end <= 0:
            return None
        begin = folded.rfind("\n", 0, end) + 1
        header = folded[begin:end].split("|")
        if len(header) == cells + 1:
            m = _HEADER.search(header[index].strip())
            if m is not None:
                return _kind(m)
        end = begin - 1
    return None


def column_of(folded: str, start: int) -> Column | None:
    """What the header above a table cell at ``start`` calls its column, or ``None``."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", start)
    line = folded[line_start : line_end if line_end >= 0 else len(folded)]
    # "10 | HG-TB-32 | Teller | 480 | 16.11.2026": cells split by pipes, matched by index.
    if line.count("|") >= 2:
        return _pipe_column(folded, line_start, start, line)
    if len(_GAP.findall(line)) < 2:
        return None
    position = start - line_start
    end = line_start - 1
    for _ in range(_MAX_LINES_UP):
        if end <= 0:
            return None
        begin = folded.rfind("\n", 0, end) + 1
        header = folded[begin:end]
        best: tuple[int, Column] | None = None
        for m in _HEADER.finditer(header):
            offset = abs(m.start() - position)
            kind: Column = (
                "other"
                if m.group("other")
                else "new"
                if m.group("new")
                else "ship"
                if m.group("ship")
                else ("delivery")
            )
            if offset <= _MAX_OFFSET and (best is None or offset < best[0]):
                best = (offset, kind)
        if best is not None:
            return best[1]
        end = begin - 1
    return None


_WEEK_HEADER = re.compile(r"week|woche|\bkw\b|\bcw\b|semaine|semana")


def in_week_column(folded: str, start: int) -> bool:
    """The table cell at ``start`` stands under a header that names a week ("Leverweek")."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", start)
    line = folded[line_start : line_end if line_end >= 0 else len(folded)]
    pipes = line.count("|") >= 2
    if not pipes and len(_GAP.findall(line)) < 2:
        return False
    index = folded.count("|", line_start, start)
    position = start - line_start
    end = line_start - 1
    for _ in range(_MAX_LINES_UP):
        if end <= 0:
            return False
        begin = folded.rfind("\n", 0, end) + 1
        header = folded[begin:end]
        if pipes:
            cells = header.split("|")
            if len(cells) == line.count("|") + 1 and _HEADER.search(cells[index]):
                return _WEEK_HEADER.search(cells[index]) is not None
        else:
            near = [m for m in _HEADER.finditer(header) if abs(m.start() - position) <= _MAX_OFFSET]
            if near:
                word = min(near, key=lambda m: abs(m.start() - position))
                cell_end = header.find("  ", word.start())
                cell = header[word.start() : cell_end if cell_end >= 0 else len(header)]
                return _WEEK_HEADER.search(cell) is not None
        end = begin - 1
    return False
