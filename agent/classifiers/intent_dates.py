"""Which way a moved date goes: ``dir:earlier`` (a pull-in) or ``dir:later`` (a slip).

Two dates in one sentence linked by "instead of / not / rather than / statt / au lieu de /
en lugar de / in plaats van" (the first is the new date, the second the old one, or the
other way round when the link comes first: "in plaats van 4 december ... 30 november"), or
by "from X to Y" in a sentence that says something moves. Dates are parsed locally and
only compared, never resolved: a day and month (numeric, read day-first or month-first,
whichever keeps the sentence's dates closer together, or with a month name in five
languages) or a calendar week. The input is accent-folded
and lower case (``intent_features.fold``).
"""

from __future__ import annotations

import re

_MONTHS: tuple[tuple[str, int], ...] = (
    ("january|janvier|januar|enero|januari|jan", 1),
    ("february|fevrier|februar|febrero|februari|feb|fev", 2),
    ("march|marz|mars|marzo|maart|mar|mrt", 3),
    ("april|avril|abril|apr|avr|abr", 4),
    ("may|mai|mayo|mei", 5),
    ("june|juin|juni|junio|jun", 6),
    ("july|juillet|juli|julio|jul|juil", 7),
    ("august|aout|agosto|augustus|aug|ago", 8),
    ("september|septembre|septiembre|sept|sep|setiembre", 9),
    ("october|octobre|oktober|octubre|okt|oct", 10),
    ("november|novembre|noviembre|nov", 11),
    ("december|decembre|dezember|diciembre|dec|dez|dic", 12),
)
_MONTH_OF = {name: month for names, month in _MONTHS for name in names.split("|")}
_MONTH = "(?:" + "|".join(sorted(_MONTH_OF, key=len, reverse=True)) + r")\b\.?"
_FIRST = "".join(sorted({name[0] for name in _MONTH_OF} | set("wkcs")))
_DATE = re.compile(
    # the lookarounds only make the search fast: a date starts a word, with a digit or letter
    # that can start one
    r"(?<![a-z0-9])(?=[0-9" + _FIRST + r"])"
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|er|e)?\.?\s+(?:of\s+|de\s+)?(?P<m1>" + _MONTH + ")"
    r"|(?P<m2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b"
    r"|(?P<a>\d{1,2})[./](?P<b>\d{1,2})(?:[./](?:\d{4}|\d{2}))?(?![\d/])"
    r"|(?:week|wk|kw|cw|semaine|semana|sem|w)\s*\.?\s*(?P<w>\d{1,2})\b)"
)
_SENTENCE = re.compile(r"[!?\n]|(?<!\d)\.(?=\s)")
_INSTEAD = re.compile(
    r"\b(?:instead of|rather than|statt|anstatt|au lieu d\w*|en lugar del?|en vez del?"
    r"|in plaats van|i\.?p\.?v|not|nicht|non|pas|no|niet|than)\b"
)
_FROM = re.compile(r"\b(?:from|von|vom|du|van|de|del)\s*(?:the\s+|dem\s+|le\s+|el\s+)?$")
_TO = re.compile(r"^\s*(?:to|auf|au|naar|a|al|zum|den|tot)\b")
_MOVES = re.compile(
    r"\b(?:mov|chang|shift|postpon|push|brought|bring|pull|verschob|verschieb|verleg"
    r"|vorgezog|vorzieh|geander|decal|avanc|report|modifi|cambi|adelant|aplaz|retras"
    r"|verplaat|vervroeg|uitgesteld|uitstel)"
)
_WRAP = 186


def _value(match: re.Match[str], month_first: bool) -> int | None:
    """Days into the year, roughly (months of 31 days, a week of 7)."""
    if match["w"]:
        week = int(match["w"])
        return 7 * week if 1 <= week <= 53 else None
    if match["a"]:
        a, b = int(match["a"]), int(match["b"])
        day, month = (b, a) if month_first else (a, b)
    else:
        day = int(match["d1"] or match["d2"])
        month = _MONTH_OF[(match["m1"] or match["m2"]).rstrip(".").strip()]
    return 31 * (month - 1) + day if 1 <= month <= 12 and 1 <= day <= 31 else None


def _sign(new: int, old: int) -> int:
    """+1 when ``new`` is later than ``old``, -1 when earlier (across a year end too)."""
    diff = new - old
    if diff > _WRAP:
        diff -= 372
    elif diff < -_WRAP:
        diff += 372
    return (diff > 0) - (diff < 0)


def _values(matches: list[re.Match[str]]) -> list[int | None]:
    """The dates' values, numeric ones read the way that keeps the dates closest together."""
    readings = [[_value(m, month_first) for m in matches] for month_first in (False, True)]

    def span(values: list[int | None]) -> float:
        known = [v for v in values if v is not None]
        lost = sum(v is None for v in values) - sum(v is None for v in readings[0])
        return max(known) - min(known) + 1000 * lost if known else float("inf")

    return min(readings, key=span)


def _sentence_directions(
    text: str, start: int, end: int, matches: list[re.Match[str]]
) -> list[int]:
    """Directions of the linked date pairs among ``matches``, all in ``text[start:end]``."""
    values = _values(matches)
    found = []
    previous_end = start
    for i in range(len(matches) - 1):
        first, second = matches[i], matches[i + 1]
        a, b = values[i], values[i + 1]
        before = text[max(previous_end, first.start() - 40) : first.start()]
        previous_end = first.end()
        if a is None or b is None or (first["w"] is None) != (second["w"] is None):
            continue
        gap = text[first.end() : second.start()]
        if len(gap) > 80:
            continue
        if _INSTEAD.search(gap):
            found.append(_sign(a, b))
        elif _INSTEAD.search(before) or _moved_from_to(before, gap, text[start:end]):
            found.append(_sign(b, a))
    return found


def _moved_from_to(before: str, gap: str, sentence: str) -> bool:
    """Whether this is "from X to Y" in a sentence that says something moves, not a range."""
    return bool(_FROM.search(before) and _TO.search(gap) and _MOVES.search(sentence))


def directions(folded: str) -> tuple[int, int]:
    """How many linked date pairs move earlier and how many later."""
    matches = list(_DATE.finditer(folded))
    if len(matches) < 2:
        return 0, 0
    earlier = later = 0
    ends = [m.end() for m in _SENTENCE.finditer(folded)] + [len(folded)]
    start = at = 0
    for end in ends:
        these = []
        while at < len(matches) and matches[at].start() < end:
            these.append(matches[at])
            at += 1
        if len(these) >= 2:
            for sign in _sentence_directions(folded, start, end, these):
                earlier += sign < 0
                later += sign > 0
        start = end
    return earlier, later
