"""Every date expression of a text, resolved to a day against the email's Date header.

Compiled regular expressions over five languages (see ``lexicon``); no date library is
called per email. ``find_dates`` runs every parser, keeps the longest expression where they
overlap, then joins two dates into a range where the words between them say so ("between
Dec 3 and Dec 5", "3.12. - 5.12.").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from agent.extraction.rules import absolute, periods, relative
from agent.extraction.rules.fastre import (
    compile_literal_first,
    finditer_any,
    fold,
    fold_text,
    literal_first,
)
from agent.extraction.rules.lexicon import (
    DAY_PART_SUFFIX,
    MONTH_FIRST_COUNTRIES,
    MONTH_WORD_RE,
    WEEKDAY_SHORT_FOLDED,
    WEEKDAYS,
    alternation_at_word_start,
)
from agent.extraction.rules.mentions import Candidate, DateMention, DateSettings, scan

__all__ = ["DateMention", "DateSettings", "find_dates", "month_first_for"]

Parser = Callable[[str, DateSettings], Iterator[Candidate]]

PARSERS: tuple[Parser, ...] = (
    absolute.iso_dates,
    absolute.numeric_dates,
    absolute.numeric_day_ranges,
    absolute.day_ranges,
    absolute.month_ranges,
    absolute.day_month_dates,
    absolute.month_day_dates,
    absolute.ordinal_days,
    absolute.week_dates,
    absolute.short_weeks,
    absolute.table_weeks,
    relative.business_days,
    relative.in_n,
    relative.weekdays,
    relative.german_short_weekdays,
    relative.week_parts,
    relative.month_parts,
    relative.day_words,
    periods.month_weeks,
    periods.year_parts,
    periods.next_working_day,
    periods.next_month,
    absolute.months_alone,
)
# A parser runs only when one of its words occurs in the lower-cased text: a substring
# test is far cheaper than a regex scan, and most emails use few kinds of expression.
NEEDLES: dict[Parser, tuple[str, ...]] = {
    relative.business_days: ("day", "tag", "jour", "día", "dia", "dag"),
    relative.in_n: (
        *("day", "tag", "jour", "día", "dia", "dag", "fortnight"),
        *("week", "woche", "semaine", "semana", "weken"),
        *("month", "monat", "mois", "mes", "maand"),
    ),
    relative.week_parts: ("week", "woche", "semaine", "semana"),
    periods.month_weeks: ("week", "woche", "semaine", "semana"),
    periods.year_parts: ("year", "jahr", "année", "annee", "año", "ano", "jaar"),
    periods.next_working_day: (
        *("day", "werktag", "arbeitstag", "ouvr"),
        *("hábil", "habil", "laborable", "werkdag"),
    ),
    periods.next_month: ("month", "monat", "mois", "mes", "maand"),
    relative.month_parts: (
        "mid",
        "mitte",
        "milieu",
        "mi-",
        "mediados",
        "midden",
        "half",
        "early",
        "begin",
        "start",
        "anfang",
        "début",
        "debut",
        "principios",
        "comienzos",
        "inicios",
        "end",
        "late",
        "fin",
        "eind",
    ),
    relative.day_words: (
        "today",
        "tomorrow",
        "tmrw",
        "ochtend",
        "sous",
        "ce jour",
        "heute",
        "morgen",
        "demain",
        "aujourd",
        "hoy",
        "mañana",
        "vandaag",
        "yesterday",
        "gestern",
        "ayer",
        "gisteren",
        "hier",
        "morning",
        "afternoon",
        "arvo",
        "this am",
        "this pm",
        "evening",
        "tonight",
        "last night",
        "matin",
        "après-midi",
        "tarde",
        "middag",
        "end of day",
        "soir",
        "noche",
        "avond",
        "abend",
        "mittag",
        "midi",
        "lunchtime",
    ),
}
# A parser whose every match holds a month or weekday name at the start of a word, or a week
# word, runs only when such a word occurs in the zones: one search of the folded text.
_MONTH_WORD = compile_literal_first(MONTH_WORD_RE)
_WEEKDAY_WORD = compile_literal_first(
    rf"{alternation_at_word_start([*WEEKDAYS, *WEEKDAY_SHORT_FOLDED])}(?:{DAY_PART_SUFFIX})?(?!\w)"
)
_WEEK_WORD = compile_literal_first(
    literal_first(r"cw|kw|wk|week|woche|semaine|sem\.|semana") + r"|w(?:(?<=\dw)|(?<=\d-w))\d"
)
GATES: dict[Parser, re.Pattern[str]] = {
    absolute.week_dates: _WEEK_WORD,
    absolute.table_weeks: _WEEK_WORD,
    absolute.day_ranges: _MONTH_WORD,
    absolute.month_ranges: _MONTH_WORD,
    absolute.day_month_dates: _MONTH_WORD,
    absolute.month_day_dates: _MONTH_WORD,
    absolute.months_alone: _MONTH_WORD,
    relative.weekdays: _WEEKDAY_WORD,
}
# Parsers whose every match begins with a month word: they scan each zone from its first
# month word on (and skip a zone without one). A calendar week ("KW 49", "49th week",
# "2026-W49") holds a week word with only letters, digits, spaces, dots and hyphens before
# it: ``week_dates`` scans each zone from the run of those that leads to its first week word.
FROM_MONTH = (absolute.month_ranges, absolute.month_day_dates, absolute.months_alone)
_NOT_BEFORE_WEEK = re.compile(r"[^\w\s.-]")


def _from_first(
    gate: re.Pattern[str],
    folded: str,
    zones: tuple[tuple[int, int], ...],
    before: re.Pattern[str] | None,
) -> tuple[tuple[int, int], ...]:
    """``zones`` cut to begin at the first match of ``gate``, without zones that have none.

    With ``before``, a zone begins after the last character ``before`` matches ahead of
    that first match instead.
    """
    cut = []
    for start, end in zones:
        first = gate.search(folded, start, end)
        if first is None:
            continue
        at = first.start()
        stop = None if before is None else before.search(folded[start:at][::-1])
        cut.append((at if before is None else start if stop is None else at - stop.start(), end))
    return tuple(cut)


# What every match of a parser holds, looked for in the zones of the text as written (not
# folded) before the parser's own scans: a digit, a separator and a digit for ISO and numeric
# dates, an S or W before the number for "S41", "W48" and "w48", "/20" for "49/2026".
_SHORT_WEEK_NUMBER = re.compile(r"[SWw]\s?\d")


def _has_digit_separator(text: str, zones: tuple[tuple[int, int], ...]) -> bool:
    return any(
        next(finditer_any(absolute.SEPARATORS, text, start, end), None) is not None
        for start, end in zones
    )


def _has_short_week(text: str, zones: tuple[tuple[int, int], ...]) -> bool:
    return any(_SHORT_WEEK_NUMBER.search(text, start, end) for start, end in zones)


def _has_week_year(text: str, zones: tuple[tuple[int, int], ...]) -> bool:
    return any(text.find("/20", start, end) >= 0 for start, end in zones)


REQUIRES: dict[Parser, Callable[[str, tuple[tuple[int, int], ...]], bool]] = {
    absolute.iso_dates: _has_digit_separator,
    absolute.numeric_dates: _has_digit_separator,
    absolute.numeric_day_ranges: _has_digit_separator,
    absolute.short_weeks: _has_short_week,
    absolute.table_weeks: _has_week_year,
}

_F = re.IGNORECASE
# "03.12.-05.12.": the first date's closing dot stays outside its quote.
_DASH_GAP = re.compile(r"\.?\s*(?:-|–|—|/)\s*")
_TO_GAP = re.compile(
    r"\s*(?:to|until|till|through|thru|bis\s+und\s+mit|bis|zum|au|jusqu'au|al|hasta\s+el|hasta|tot|t/m|a)\s+"
    r"(?:the\s+|dem\s+|le\s+|el\s+)?",
    _F,
)
_AND_GAP = re.compile(
    r"\s*(?:and|und|et|y|en|or|oder|ou|o|of)\s+(?:the\s+|dem\s+|le\s+|el\s+)?", _F
)
_OR_GAP = re.compile(r"\s*(?:or|oder|ou|o|of)\s+", _F)
_BETWEEN = re.compile(
    r"(?:between|zwischen|entre|tussen|either)\s+(?:the\s+|dem\s+|le\s+|el\s+)?$", _F
)
_CHANGE_BEFORE = re.compile(
    r"(?:mov|postpon|chang|push|delay|reschedul|shift|verschob|verschieb|geändert|änder|décal|"
    r"report|modifi|retras|cambi|aplaz|pospu|verscho|gewijzigd|wijzig|vervroeg|brought\s+forward|"
    r"advanc)\w*[^.\n]{0,40}$",
    _F,
)
_JOINABLE = frozenset({"iso", "numeric", "named", "week", "weekday", "ordinal"})


def month_first_for(text: str, country: str | None) -> bool:
    """Whether ``05/12`` means May 12 here: the message's own evidence, else the country."""
    evidence = absolute.numeric_order_evidence(text)
    if evidence is not None:
        return evidence
    return (country or "").upper() in MONTH_FIRST_COUNTRIES


def find_dates(text: str, settings: DateSettings) -> list[DateMention]:
    """All date expressions in ``text``, in order, with range halves marked."""
    if settings.zones is None:
        lowered = fold(text)
    else:
        lowered = fold_text(" ".join(text[start:end] for start, end in settings.zones))
    zones = ((0, len(text)),) if settings.zones is None else settings.zones
    folded = fold(text)
    month_zones = _from_first(_MONTH_WORD, folded, zones, None)
    week_zones = _from_first(_WEEK_WORD, folded, zones, _NOT_BEFORE_WEEK)
    cut: dict[Parser, DateSettings] = {
        **dict.fromkeys(FROM_MONTH, replace(settings, zones=month_zones)),
        absolute.week_dates: replace(settings, zones=week_zones),
    }
    # keyed by the gate's identity: hashing a compiled pattern hashes all of its code
    gates = {
        id(_MONTH_WORD): bool(month_zones),
        id(_WEEK_WORD): bool(week_zones),
        id(_WEEKDAY_WORD): _occurs(_WEEKDAY_WORD, text, settings),
    }
    holds: dict[Callable[[str, tuple[tuple[int, int], ...]], bool], bool] = {}
    candidates = [
        found
        for parser in PARSERS
        if parser not in NEEDLES or any(map(lowered.__contains__, NEEDLES[parser]))
        if parser not in GATES or gates[id(GATES[parser])]
        if parser not in REQUIRES or _holds(REQUIRES[parser], text, zones, holds)
        for found in parser(text, cut.get(parser, settings))
    ]
    chosen = _non_overlapping(candidates)
    mentions = [mention for found in _join_ranges(text, chosen) for mention in found.mentions]
    mentions = _without_echoes(text, mentions)
    if "week" in lowered or "woche" in lowered or "semai" in lowered or "semana" in lowered:
        mentions = _with_neighbour_weeks(text, settings, mentions)
    return mentions


# "the week before" / "de week daarvoor" / "die Woche danach": the week next to the calendar
# week just named ("delivery in week 41, we embroider the week before"), as its Monday.
_NEIGHBOUR_WEEK = compile_literal_first(
    literal_first(
        r"(?:de\s+week\s+(?:daarvoor|ervoor)|the\s+week\s+before(?=\s*[.,;)])|"
        r"die\s+woche\s+(?:davor|vorher)|la\s+semaine\s+(?:d'avant|pr[ée]c[ée]dente)|"
        r"la\s+semana\s+(?:anterior|previa))"
        r"|(?:de\s+week\s+(?:daarna|erna)|the\s+week\s+after(?=\s*[.,;)])|"
        r"die\s+woche\s+(?:danach|darauf)|la\s+semaine\s+(?:d'apr[èe]s|suivante)|"
        r"la\s+semana\s+(?:siguiente|despu[ée]s))"
    )
)
_NEIGHBOUR_BEFORE = (
    "daarvoor",
    "ervoor",
    "before",
    "davor",
    "vorher",
    "avant",
    "dente",
    "anterior",
    "previa",
)


def _with_neighbour_weeks(
    text: str, settings: DateSettings, mentions: list[DateMention]
) -> list[DateMention]:
    added = []
    for m in scan(_NEIGHBOUR_WEEK, fold(text), settings.zones):
        if any(n.start < m.end() and m.start() < n.end for n in mentions):
            continue
        week = next(
            (
                n
                for n in reversed(mentions)
                if n.kind == "week" and m.start() - 200 <= n.end <= m.start()
            ),
            None,
        )
        if week is None:
            continue
        step = -7 if m.group(0).endswith(_NEIGHBOUR_BEFORE) else 7
        monday = week.value - dt.timedelta(days=week.value.weekday() - step)
        added.append(DateMention(m.start(), m.end(), monday, "week_neighbour", 0.6))
    return sorted([*mentions, *added], key=lambda n: n.start) if added else mentions


_ECHO_GAP = re.compile(r"\s*\(\s*")


def _without_echoes(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A date repeated in brackets right after it is one date: "next Tuesday (10/27)".

    So is its weekday in brackets: "der 9.12 (Mittwoch)".
    """
    kept: list[DateMention] = []
    for mention in mentions:
        last = kept[-1] if kept else None
        if (
            last is not None
            and (
                last.value == mention.value
                or (mention.kind == "weekday" and mention.value.weekday() == last.value.weekday())
            )
            and last.part == mention.part == "single"
            and _ECHO_GAP.fullmatch(text, last.end, mention.start)
        ):
            continue
        kept.append(mention)
    return kept


def _holds(
    test: Callable[[str, tuple[tuple[int, int], ...]], bool],
    text: str,
    zones: tuple[tuple[int, int], ...],
    known: dict[Callable[[str, tuple[tuple[int, int], ...]], bool], bool],
) -> bool:
    """``test(text, zones)``, once per email however many parsers ask (``known`` keeps it)."""
    answer = known.get(test)
    if answer is None:
        answer = known[test] = test(text, zones)
    return answer


def _occurs(gate: re.Pattern[str], text: str, settings: DateSettings) -> bool:
    return next(scan(gate, fold(text), settings.zones), None) is not None


def _non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for found in sorted(candidates, key=lambda c: (-c.length, c.start)):
        if all(found.end <= k.start or found.start >= k.end for k in kept):
            kept.append(found)
    return sorted(kept, key=lambda c: c.start)


def _is_range(text: str, first: Candidate, second: Candidate) -> bool:
    if len(first.mentions) != 1 or len(second.mentions) != 1:
        return False
    a, b = first.mentions[0], second.mentions[0]
    gap = text[first.end : second.start]
    before = text[max(0, first.start - 80) : first.start]
    if a.kind not in _JOINABLE or b.kind not in _JOINABLE:
        # "between tomorrow and Monday": a day word joins only after "between"
        kinds = {a.kind, b.kind} - _JOINABLE
        if kinds != {"relative_day"} or not _AND_GAP.fullmatch(gap) or not _BETWEEN.search(before):
            return False
    if not 0 < (b.value - a.value).days <= 45:
        return False
    if _DASH_GAP.fullmatch(gap):
        return not _CHANGE_BEFORE.search(before)
    if _AND_GAP.fullmatch(gap):
        # "with you Monday or Tuesday", "maandag 14/12 of dinsdag 15/12": two days in a row
        return bool(_BETWEEN.search(before)) or (
            _OR_GAP.fullmatch(gap) is not None and (b.value - a.value).days <= 2
        )
    if _TO_GAP.fullmatch(gap):
        return not _CHANGE_BEFORE.search(before)
    return False


def _join_ranges(text: str, chosen: list[Candidate]) -> list[Candidate]:
    joined: list[Candidate] = []
    index = 0
    while index < len(chosen):
        current = chosen[index]
        if index + 1 < len(chosen) and _is_range(text, current, chosen[index + 1]):
            following = chosen[index + 1]
            mentions = (
                replace(current.mentions[0], part="start"),
                replace(following.mentions[0], part="end"),
            )
            joined.append(Candidate(current.start, following.end, mentions))
            index += 2
            continue
        joined.append(current)
        index += 1
    return joined
