"""The column a date stands in, for dates in the rows of a table.

An order acknowledgement lists its lines as rows ("10  SH-TP-24  Topf 24 cm  240  KW 45")
under a header ("Pos  Artikel  Bezeichnung  Menge  Liefertermin"). A date in such a row has no
cue word in its own line; the header word above it, at the same horizontal position, says
what it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from agent.extraction.rules.fastre import compile_literal_first

Column = Literal["delivery", "ship", "other", "new"]

# A row has at least two gaps of two or more spaces (or tabs) between its cells.
_GAP = re.compile(r" {2,}|\t")
# Header words on folded text; the first group that matches names the column.
_HEADER = re.compile(
    r"(?P<other>(?:(?<=  )|^)(?:was|old)(?=  |\t|$)|"
    r"(?:old|orig(?:inal)?\.?|previous|prev\.?|alter?|ursprüngl\w*|ancienne|anterior|oude)\s+"
    r"(?:eta|date|termin|datum|fecha|delivery)|"
    # the date the buyer asked for: "Wunschtermin", "Requested date", "Date souhaitée"
    r"wunsch\w*|req(?:uested|\.)\s+(?:date|delivery|eta)|date\s+souhait\w*|"
    r"fecha\s+(?:solicitada|deseada)|gewenste\s+\w+|"
    # "Requested    Confirmed", "Délai demandé", "F. solicitada"
    r"(?:(?<=  )|^)req(?:uested|\.)(?=  |\t|$)|(?:délai|date|sem\.?|semaine)\s+demandée?|"
    # "Gevraagd   Bevestigd", "Demandée   Confirmée": the asked week alone in its header cell
    r"(?:(?<=  )|^)(?:gevraagd|demandée?|solicitad[oa])(?=  |\t|$)|"
    r"f\.\s+(?:solicitada|deseada)|"
    # "Confirmed   New", "Bestätigt   Neu": the confirmed date a new column to its right replaces
    r"(?:(?<=  )|^)(?:confirmed|bestätigt|confirmée?|confirmad[oa]|bevestigd)"
    r"(?=(?:  |\t)[^\n]*?(?:(?<=  )|(?<=\t))(?:new|now|revised|neu|nouvelle|nueva|nieuw)\b))|"
    r"(?P<new>(?:new|neue[rs]?|nouvelle|nueva|nieuwe|revised|updated|amended)\s+"
    r"(?:eta|date|termin|datum|fecha|delivery))|"
    r"(?P<ship>ship(?:ping)?\s+date|\bship\b|\betd\b|versand\w*|ex[\s-]?(?:works|factory)|"
    r"expédition|envío|verzending|loading|verlad\w*)|"
    r"(?P<delivery>(?:(?<=  )|^)(?:now|new|revised|confirmed|bestätigt|confirmée?|confirmad[oa]|"
    r"bevestigd)(?=  |\t|$)|"
    # "Conf. Date", "Délai confirmé", "F. confirmada", "best. Termin", "Bevestigde lev.",
    # "Est. Avail"
    r"conf(?:irmed|\.)\s+(?:date|delivery|eta|del\.?)|(?:délai|date|sem\.?|semaine)\s+confirmée?|"
    r"f(?:echa|\.)\s+confirmada|best(?:ätigt\w*|\.)\s+(?:termin|datum)|bevestigde\s+\w+|"
    r"(?:est\.?\s+)?avail\b|"
    # "Ship       Deliver" in an open order report; "Ankunft", "Arrivée", "Llegada", "Aankomst"
    r"liefer\w*|(?:(?<=  )|^)termin\b|deliver(?:y|ed)?(?:\s+date|\s+week)?|(?:new\s+)?\beta\b|"
    r"arrival|ankunft|arrivée|llegada|arribo|aankomst|"
    r"date\s+de\s+livraison|livraison|fecha\s+de\s+entrega|entrega|lever\w*|"
    r"availability|available|verfügbar\w*|disponib\w*|beschikbaar)"
)
_MAX_LINES_UP = 12


def is_table_row(line: str) -> bool:
    """The line has at least two gaps of two or more spaces (or tabs) between cells."""
    return len(_GAP.findall(line)) >= 2


_MAX_OFFSET = 12


def _kind(m: re.Match[str]) -> Column:
    if m.group("other"):
        return "other"
    if m.group("new"):
        return "new"
    return "ship" if m.group("ship") else "delivery"


def _line_of(folded: str, start: int) -> tuple[int, str]:
    """Where the line holding ``start`` begins, and the line."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", start)
    return line_start, folded[line_start : line_end if line_end >= 0 else len(folded)]


def _lines_above(folded: str, line_start: int) -> Iterator[str]:
    """The lines above a row, nearest first, as far up as a header may stand."""
    end = line_start - 1
    for _ in range(_MAX_LINES_UP):
        if end <= 0:
            return
        begin = folded.rfind("\n", 0, end) + 1
        yield folded[begin:end]
        end = begin - 1


def _pipe_header(folded: str, line_start: int, start: int, line: str) -> str | None:
    """The header cell with the same index, in a table whose cells are split by ``|``."""
    index = folded.count("|", line_start, start)
    for header in _lines_above(folded, line_start):
        cells = header.split("|")
        if len(cells) == line.count("|") + 1 and _HEADER.search(cells[index].strip()):
            return cells[index].strip()
    return None


def _spaced_header(folded: str, line_start: int, start: int) -> tuple[re.Match[str], str] | None:
    """The nearest header word above the cell at ``start`` and the header line it stands in."""
    position = start - line_start
    for header in _lines_above(folded, line_start):
        near = [m for m in _HEADER.finditer(header) if abs(m.start() - position) <= _MAX_OFFSET]
        if near:
            return min(near, key=lambda m: abs(m.start() - position)), header
    return None


def column_of(folded: str, start: int) -> Column | None:
    """What the header above a table cell at ``start`` calls its column, or ``None``."""
    line_start, line = _line_of(folded, start)
    # "10 | HG-TB-32 | Teller | 480 | 16.11.2026": cells split by pipes, matched by index.
    if line.count("|") >= 2:
        cell = _pipe_header(folded, line_start, start, line)
        found = _HEADER.search(cell) if cell is not None else None
        return _kind(found) if found is not None else None
    if not is_table_row(line):
        return None
    spaced = _spaced_header(folded, line_start, start)
    return _kind(spaced[0]) if spaced is not None else None


_WEEK_HEADER = compile_literal_first(r"week|woche|\bkw\b|\bcw\b|semaine|semana")


def in_week_column(folded: str, start: int) -> bool:
    """The table cell at ``start`` stands under a header that names a week ("Leverweek")."""
    line_start, line = _line_of(folded, start)
    if line.count("|") >= 2:
        cell = _pipe_header(folded, line_start, start, line)
        return cell is not None and _WEEK_HEADER.search(cell) is not None
    if not is_table_row(line):
        return False
    spaced = _spaced_header(folded, line_start, start)
    if spaced is None:
        return False
    word, header = spaced
    cell_end = header.find("  ", word.start())
    cell = header[word.start() : cell_end if cell_end >= 0 else len(header)]
    return _WEEK_HEADER.search(cell) is not None
