"""Which stretches of the cleaned text hold the vendor's own current words.

The vendor's new text comes first (``text[:new_text_end]``). After it, attachment text
("--- attachment: name ---") and forwarded messages still carry what the vendor now says;
quoted history ("On ... wrote:", "-----Original Message-----", lines starting with ">")
carries only what was said before. Commitments are read in the first kind only.
"""

from __future__ import annotations

import itertools
import re

from agent.extraction.rules.fastre import fold, folds_as_ignorecase, line_spans, lower_case_twin

ATTACHMENT = re.compile(r"^--- ?attachment:.*---\s*$", re.M | re.I)
FORWARD = re.compile(
    r"^(?:-{2,} ?(?:Forwarded message|Weitergeleitete Nachricht|Message transf[ée]r[ée]|"
    r"Mensaje reenviado|Doorgestuurd bericht|Forwarded by .+) ?-*|Begin forwarded message:)\s*$",
    re.M | re.I,
)
HISTORY = re.compile(
    r"^(?:-{2,} ?(?:Original Message|Urspr[üu]ngliche Nachricht|Message d'origine|"
    r"Mensaje original|Oorspronkelijk bericht) ?-*|_{10,}|On .+ wrote:|Am .+ schrieb .+:|"
    r"Le .+ a [ée]crit ?:|El .+ escribi[óo]:|Op .+ schreef .+:|"
    r".*<[^>]+@[^>]+> (?:wrote|schrieb|a [ée]crit|escribi[óo]|schreef):|"
    r"From: .+\n(?:Sent|Date|Gesendet|Envoy[ée]|Enviado|Verzonden): .+|"
    r"(?:Von|De|Van): .+\n(?:Gesendet|Envoy[ée]|Enviado|Verzonden|Date|Datum|Fecha): .+)\s*$",
    re.M | re.I,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.M)
# A header line of a quoted email. Such lines come in blocks ("From:", "Sent:", "To:"); a lone
# "Datum: 27.10.2026" heads a delivery note or an acknowledgement, whose words are current.
_HEADER_LINE = re.compile(
    r"^(?:From|Date|Sent|To|Cc|Subject|Von|Gesendet|An|Betreff|Datum|De|Envoy[ée]|"
    r"[ÀA]|Objet|Enviado|Para|Asunto|Fecha|Van|Verzonden|Aan|Onderwerp)\s?:.*$",
    re.M,
)

# Each mark: its pattern, whether the words after it are current, and words one of which any
# match holds (in folded text, see ``fastre``), so the scan can be skipped (none: always scan).
_MARKS: tuple[tuple[re.Pattern[str], bool, tuple[str, ...]], ...] = (
    (ATTACHMENT, True, ("attachment:",)),
    (
        FORWARD,
        True,
        ("forwarded", "weitergeleitete", "transf", "reenviado", "doorgestuurd"),
    ),
    (HISTORY, False, ()),
)


def current_zones(text: str, new_text_end: int) -> list[tuple[int, int]]:
    """Intervals ``[start, end)`` of the vendor's current words: new text, attachments, forwards."""
    zones: list[tuple[int, int]] = [(0, new_text_end)] if new_text_end > 0 else []
    marks: list[tuple[int, int, bool]] = []
    folded = fold(text)
    # the marks are IGNORECASE patterns: their lower-case twins on the folded text are faster
    as_folded = folds_as_ignorecase(text)
    for pattern, current, needles in _MARKS:
        if needles and not any(folded.find(needle, new_text_end) >= 0 for needle in needles):
            continue
        if not current and not any(opens for _start, _end, opens in marks):
            # a mark that ends the current words only ends a zone a mark before it in
            # ``_MARKS`` opened
            continue
        spans = (
            line_spans(lower_case_twin(pattern), folded, new_text_end)
            if as_folded
            else line_spans(pattern, text, new_text_end)
        )
        for start, end in spans:
            marks.append((start, end, current))
    marks.sort()
    forward_ends = [end for _start, end, current in marks if current]
    marks = [
        mark
        for mark in marks
        if mark[2] or not any(0 <= mark[0] - end <= 2 for end in forward_ends)
    ]
    for index, (_start, end, current) in enumerate(marks):
        if not current:
            continue
        stop = marks[index + 1][0] if index + 1 < len(marks) else len(text)
        zones.append((end, stop))
    return _without_quoted_lines(text, zones)


def _without_quoted_lines(text: str, zones: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # lines that begin after the last zone cut nothing out of it
    limit = max((end for _start, end in zones), default=0)
    quoted = sorted(
        [
            *itertools.takewhile(lambda span: span[0] < limit, line_spans(_QUOTED_LINE, text)),
            *_header_blocks(text, limit),
        ]
    )
    if not quoted:
        return zones
    result: list[tuple[int, int]] = []
    for start, end in zones:
        cursor = start
        for q_start, q_end in quoted:
            if q_end <= cursor or q_start >= end:
                continue
            if q_start > cursor:
                result.append((cursor, q_start))
            cursor = max(cursor, q_end)
        if cursor < end:
            result.append((cursor, end))
    return result


def _header_blocks(text: str, limit: int) -> list[tuple[int, int]]:
    """Header lines with another header line at most two lines away, begun before ``limit``.

    (The first header line from ``limit`` on is read too: it may be the neighbour of the last.)
    """
    headers: list[tuple[int, int]] = []
    for span in line_spans(_HEADER_LINE, text):
        headers.append(span)
        if span[0] >= limit:
            break
    near = [
        text.count("\n", first[1], second[0]) <= 2 for first, second in itertools.pairwise(headers)
    ]
    return [
        span
        for index, span in enumerate(headers)
        if span[0] < limit
        and ((index > 0 and near[index - 1]) or (index < len(near) and near[index]))
    ]


def inside(zones: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one zone."""
    return any(z_start <= start and end <= z_end for z_start, z_end in zones)
