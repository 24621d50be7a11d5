"""Weeks of a month, the end of the year and the next working day.

"first week of December", "la première semaine de décembre", "erste Dezemberwoche": the first
day of that week that falls in the month (week 1 starts on the 1st, later weeks on Mondays;
the last week is the one holding the month's last day). "end of the year", "Jahresende",
"fin d'année", "finales de año", "eind van het jaar": 31 December; "early next year": 1 January.
"next month", "nächsten Monat", "le mois prochain", "el mes que viene", "volgende maand": the
1st of next month (like a month named alone).
"next working day", "nächster Werktag", "jour ouvré suivant", "próximo día hábil", "volgende
werkdag": one business day, counted from the ship date like "3 business days".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from agent.extraction.rules.calendar_math import (
    add_business_days,
    add_months,
    last_day_of_month,
    monday_of,
    nearest_year,
)
from agent.extraction.rules.fastre import compile_literal_first, fold
from agent.extraction.rules.lexicon import MONTH_RE, MONTHS, alternation
from agent.extraction.rules.mentions import Candidate, DateMention, DateSettings, scan, single

_ORDINALS: dict[str, int] = {}
for _n, _words in (
    (1, "first 1st erste ersten erster première premiere primera eerste"),
    (2, "second 2nd zweite zweiten deuxième deuxieme seconde segunda tweede"),
    (3, "third 3rd dritte dritten troisième troisieme tercera derde"),
    (4, "fourth 4th vierte vierten quatrième quatrieme cuarta vierde"),
    (-1, "last final letzte letzten dernière derniere última ultima laatste"),
):
    for _word in _words.split():
        _ORDINALS[_word] = _n
_ORD = alternation(list(_ORDINALS))
# Each pattern begins with a literal or a set of letters, so ``re`` skips ahead to them (see
# ``fastre``); a month week's word start is checked in code.
MONTH_WEEK = re.compile(
    rf"(?P<o>{_ORD})\s+(?:(?:week|woche|semaine|semana)\s+(?:of|in|im|des|de|del|van)\s+"
    rf"(?:the\s+|la\s+)?(?P<m>{MONTH_RE})|(?P<m2>{MONTH_RE})woche)(?!\w)",
)
YEAR_END = compile_literal_first(
    r"\bend\s+of\s+(?:the|this)\s+year\b|\byear[- ]end\b|\bende\s+(?:des|dieses)\s+jahres\b|"
    r"\bjahresende\b|\bfin\s+(?:d'|d’|de\s+l'|de\s+l’)ann[ée]e\b|\bfin(?:ales)?\s+de(?:l)?\s+a[ñn]o\b|"
    r"\beind(?:e)?\s+(?:van\s+)?(?:het|dit)\s+jaar\b|\bjaareinde\b"
)
YEAR_START = compile_literal_first(
    r"\bearly\s+next\s+year\b|\b(?:beginning|start)\s+of\s+next\s+year\b|"
    r"\banfang\s+(?:des\s+)?n[äa]chsten\s+jahres\b|"
    r"\bd[ée]but\s+(?:d'|d’|de\s+l'|de\s+l’)ann[ée]e\s+prochaine\b|"
    r"\bprincipios\s+del\s+(?:a[ñn]o\s+que\s+viene|pr[oó]ximo\s+a[ñn]o)\b|"
    r"\bbegin\s+volgend\s+jaar\b"
)
# "les congés de fin d'année", "year-end holidays": the name of a holiday season, no date.
_SEASON_BEFORE = compile_literal_first(r"(?:congés|fêtes|vacances|vacaciones|fiestas)\s+de\s+$")
_SEASON_AFTER = re.compile(r"[- ]?(?:holidays?|holiday\s+season|festivities)\b")
NEXT_MONTH = compile_literal_first(
    r"\bnext\s+month\b|\bn[äa]chste[nr]?\s+monat\b|\bmois\s+prochain\b|"
    r"\bmes\s+que\s+viene\b|\bpr[oó]ximo\s+mes\b|\bvolgende\s+maand\b|\bkomende\s+maand\b"
)
NEXT_WORKING_DAY = compile_literal_first(
    r"\bnext\s+(?:working|business|work)\s+day\b|\bn[äa]chste[nr]?\s+(?:werktag|arbeitstag)\b|"
    r"\bjour\s+ouvr[ée]\s+suivant\b|\bprochain\s+jour\s+ouvr[ée]\b|"
    r"\bpr[oó]ximo\s+d[ií]a\s+(?:h[aá]bil|laborable)\b|"
    r"\bd[ií]a\s+(?:h[aá]bil|laborable)\s+siguiente\b|\bvolgende\s+werkdag\b"
)


def _week_of_month(year: int, month: int, which: int) -> dt.date:
    first = dt.date(year, month, 1)
    if which == -1:
        return max(first, monday_of(last_day_of_month(year, month)))
    if which == 1:
        return first
    return monday_of(first) + dt.timedelta(days=7 * (which - 1))


def month_weeks(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "first week of December", "last week of January", "erste Dezemberwoche"."""
    folded = fold(text)
    for m in scan(MONTH_WEEK, folded, settings.zones):
        if m.start() and folded[m.start() - 1].isalnum():
            continue
        month = MONTHS[(m.group("m") or m.group("m2")).lower()]
        anchor = nearest_year(month, 1, settings.reference)
        if anchor is None:
            continue
        value = _week_of_month(anchor.year, month, _ORDINALS[m.group("o").lower()])
        if value.month != month:
            continue
        found = single(m.start(), m.end(), value, "week_part", 0.8)
        if found:
            yield found


def year_parts(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "end of the year", "Jahresende", "fin d'année", "early next year"."""
    year = settings.reference.year
    folded = fold(text)
    for pattern, value in (
        (YEAR_END, dt.date(year, 12, 31)),
        (YEAR_START, dt.date(year + 1, 1, 1)),
    ):
        for m in scan(pattern, folded, settings.zones):
            if _SEASON_BEFORE.search(folded, max(0, m.start() - 20), m.start()) or (
                _SEASON_AFTER.match(folded, m.end())
            ):
                continue
            found = single(m.start(), m.end(), value, "month_part", 0.75)
            if found:
                yield found


def next_month(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "next month", "le mois prochain": the 1st of the month after the email's."""
    value = add_months(settings.reference.replace(day=1), 1)
    for m in scan(NEXT_MONTH, fold(text), settings.zones):
        found = single(m.start(), m.end(), value, "month", 0.7)
        if found:
            yield found


def next_working_day(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "next working day": one business day after the ship date (or the email date)."""
    for m in scan(NEXT_WORKING_DAY, fold(text), settings.zones):
        value = add_business_days(settings.reference, 1)
        mention = DateMention(m.start(), m.end(), value, "business", 0.8, "single", 1)
        yield Candidate(m.start(), m.end(), (mention,))
