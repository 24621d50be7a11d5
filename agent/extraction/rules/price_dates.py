"""Which ``price_effective`` date each price change takes.

A price letter often moves several prices on several days ("the porcelain +4.5 % from 1
January, a glass surcharge of EUR 0.30 from 1 February"). Each change takes the date of its
own part of the sentence, else the nearest one before it in its sentence or paragraph, else
the email's only one; a date in another change's sentence is never borrowed, and a "date"
inside the change's own amount ("4.5" read as 4 May) or labelled as a ship date is none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from agent.extraction.rules.price_percent import SENTENCE_END, clause
from agent.models import DateRole, ExtractedDate

__all__ = ["effective_dates"]

# Where one change's part of a sentence ends and the next one's begins.
_SEPARATOR = re.compile(
    r"[,;:]|\s(?:and|und|et|y|en|but|aber|mais|pero|maar|while|whereas|während|tandis)\s"
)

# A date labelled as the goods' departure or arrival ("P10967 (ETD 8 Jan)") dates no price,
# whatever cue follows it.
_GOODS_LABEL = re.compile(
    r"(?:\betd|\beta|\bets|ship(?:ping)?\s+date|delivery\s+date|liefertermin|versanddatum)"
    r"\s*[:.]?\s*(?:on\s+)?$"
)

_Dated = tuple[int, int, dt.date]


def effective_dates(
    folded: str, spans: Sequence[tuple[int, int]], dates: Sequence[ExtractedDate]
) -> list[dt.date | None]:
    """The effective date of each change in ``spans`` (sorted by start), ``None`` when unknown.

    ``folded`` is the email's folded text; ``dates`` its dates with their roles.
    """
    candidates = sorted(
        (d.span.start, d.span.end, d.value)
        for d in dates
        if d.role == DateRole.PRICE_EFFECTIVE
        and not any(d.span.start < end and start < d.span.end for start, end in spans)
        and not _GOODS_LABEL.search(folded, max(0, d.span.start - 20), d.span.start)
    )
    if not candidates:
        return [None] * len(spans)
    only = candidates[0][2] if len({c[2] for c in candidates}) == 1 else None
    sentences = [clause(folded, start, end, SENTENCE_END) for start, end in spans]
    result: list[dt.date | None] = []
    for index, (start, end) in enumerate(spans):
        s_start, s_end = sentences[index]
        left, right = s_start, s_end
        if index and sentences[index - 1] == sentences[index]:
            left = _split(folded, spans[index - 1][1], start, candidates)
        if index + 1 < len(spans) and sentences[index + 1] == sentences[index]:
            right = _split(folded, end, spans[index + 1][0], candidates)
        own = [c for c in candidates if left <= c[0] and c[1] <= right]
        before = [c for c in own if c[1] <= start]
        if own:
            result.append((before[-1] if before else own[0])[2])
            continue
        earlier = [c for c in candidates if s_start <= c[0] and c[1] <= start]
        if earlier:
            result.append(earlier[-1][2])
            continue
        result.append(_paragraph(folded, index, spans, sentences, candidates) or only)
    return result


def _split(folded: str, after: int, before: int, candidates: list[_Dated]) -> int:
    """Where the part of the change ending at ``after`` gives way to the one at ``before``.

    At the first separator between them outside a date ("from 1 Jan, and ..."); without one,
    half way.
    """
    pos = after
    while True:
        sep = _SEPARATOR.search(folded, pos, before)
        if sep is None:
            return (after + before) // 2
        inside = next((c for c in candidates if c[0] <= sep.start() < c[1]), None)
        if inside is None:
            return sep.start()
        pos = inside[1]


def _paragraph(
    folded: str,
    index: int,
    spans: Sequence[tuple[int, int]],
    sentences: list[tuple[int, int]],
    candidates: list[_Dated],
) -> dt.date | None:
    """The nearest date before change ``index`` in its paragraph, outside other changes' sentences.

    A table or list takes the date of the paragraph that leads into it ("From Dec 1st the new
    prices will be:"), so a paragraph after one ending in a colon reaches back into it.
    """
    start = spans[index][0]
    para_start = folded.rfind("\n\n", 0, start)
    if para_start > 0 and folded[:para_start].rstrip().endswith(":"):
        para_start = folded.rfind("\n\n", 0, para_start)
    taken = {s for i, s in enumerate(sentences) if i != index}
    for c_start, c_end, value in reversed(candidates):
        if c_end > start:
            continue
        if c_start < para_start:
            break
        if not any(s_start <= c_start and c_end <= s_end for s_start, s_end in taken):
            return value
    return None
