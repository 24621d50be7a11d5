"""Dates written out: ISO, numeric, with month names and ordinals, and calendar weeks."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

from agent.extraction.rules.calendar_math import (
    full_year,
    latest_on_or_before,
    nearest_week,
    nearest_year,
    valid_date,
    week_day,
)
from agent.extraction.rules.columns import column_of, in_week_column
from agent.extraction.rules.fastre import (
    compile_literal_first,
    finditer_any,
    fold,
    not_after,
    search_folded,
)
from agent.extraction.rules.lexicon import (
    MONTH_RE,
    MONTH_WORD_RE,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_ANY_RE,
    WEEKDAY_SHORT_FOLDED,
    WEEKDAYS,
    alternation_at_word_start,
    past_tense_before,
)
from agent.extraction.rules.mentions import Candidate, DateSettings, pair, scan, single

_F = re.IGNORECASE
_ANY_WEEKDAY = {**WEEKDAY_SHORT_FOLDED, **WEEKDAYS}

# Numbers begin with the look-behind after their first digit, so ``re`` skips ahead to digits
# (``(?<![\w/.-])(\d{4})`` is tried at every position; see ``fastre``).
ISO = re.compile(r"(\d(?<![\w/.-]\d)\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![\w]|[-/.]\d)")
# A hyphen may join two dates into a range ("9/24-9/25", "24.09.-25.09."): it is allowed after a
# date and before the next one, never elsewhere next to digits.
NUMERIC = re.compile(
    r"(\d(?<![\w/.,:]\d)(?<!(?<![./]\d\d)(?<![./]\d)(?<![./]\d\d\.)(?<![./]\d{4})-\d)\d?)([./-])(\d{1,2})"
    r"(?:\2(\d{4}|\d{2}))?(\.(?!\d))?(?![\w]|[./]\d|-(?!\d{1,2}[./]\d)\d|,\d)"
)
# Looked for over the whole email through its separator-led twins ``_EVIDENCE_AT``;
# the look-behind ``(?<![\w/.,:-])`` comes after the first digit (see ``fastre``).
_EVIDENCE = re.compile(
    r"(\d(?<![\w/.,:-]\d)\d?)([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w]|[./-]\d)"
)
# ``_EVIDENCE``'s matches found from their separator, one pattern per separator character for
# ``findall``: ``re`` skips ahead to a pattern's first literal in a tight loop, where it tests a
# class (``[./-]``) or ``\d`` at every character many times slower. The first number is read
# back by a look-behind (two digits or one), and the last group holds a "." right after the
# match.
_EVIDENCE_AT = tuple(
    re.compile(
        rf"\{char}(?:(?<=(?<![\w/.,:-])(\d\d)\{char})|(?<=(?<![\w/.,:-])(\d)\{char}))"
        rf"(\d{{1,2}})(?:\{char}(\d{{4}}|\d{{2}}))?(?![\w]|[./-]\d)(?=(\.?))"
    )
    for char in "./-"
)
# ``[./-](?<=\d[./-])(?=\d)`` as one pattern per character, for ``finditer_any``: every ISO
# or numeric date holds one.
SEPARATORS = tuple((char, re.compile(rf"\{char}(?<=\d\{char})(?=\d)")) for char in "./-")
_WEEKDAY_BEFORE = re.compile(
    rf"(?<!\w)(?:{WEEKDAY_ANY_RE})\.?,?\s+(?:the\s+|den\s+|le\s+|el\s+)?$", _F
)
# A hall, stand or room number ("hall 10.2, stand C-041", "Halle 3.1", "version 2.1") is no date.
_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?:hall[e]?|hal|stand|booth|room|raum|salle|sala|zaal|pavilion|pavillon|"
    r"pabell[óo]n|paviljoen|version|gate|aisle|level|floor)\.?\s*$",
    _F,
)
# A piece of a consignment or a page counted ("package 2/2 remained at Hannover depot", "Paket
# 1/2", "colis 2/2", "bulto 1/3", "pakket 2/2", "pallet 1/2", "page 1/2") is no date.
_COUNTED_BEFORE = re.compile(
    r"(?<!\w)(?:package|parcel|pallet|carton|box|colli|collo|paket|packst[üu]ck|palette|colis|"
    r"bulto|paquete|pakket|pakje|doos|page|seite|p[áa]gina|pagina)\.?\s*(?:no\.?\s*)?$",
    _F,
)
_CURRENCY_NEAR = re.compile(r"(?:€|\$|£|eur|usd|gbp|chf|price|preis|prix|precio|prijs)", _F)

_ORD = r"(?:st|nd|rd|th|er|ème|eme|e|º|°|\.)?"
# Day numbers begin ``\d(?<![\d.,/]\d)\d?``: ``(?<![\d.,/])\d{1,2}`` with the look-behind after
# the first digit, so ``re`` skips ahead to digits (see ``fastre``). A number after "/" is the
# month of a numeric date ("ten vroegste 27/11.\nJan", a signature's name on the next line).
_YEAR = r"(?:(?:,?\s*(?:de\s+)?|[-/.])(?P<y>\d{4})(?!\d)|[-/.'’](?P<y2>\d{2})(?![\d/.-]))?"
DAY_MONTH = re.compile(
    rf"(?P<d>\d(?<![\d.,/]\d)\d?){_ORD}(?:\s*(?:of|de)\s+|[./-]\s*|\s+)"
    rf"(?P<m>{MONTH_RE})(?!\w)\.?{_YEAR}",
)
MONTH_DAY = re.compile(
    # (one space at most: in "30 Oct     13 Nov     18 Dec" the gap is between table cells)
    # ("the" not after the month's dot: in "ETA Hamburg 18 Jan. The 3rd container" a sentence
    # ends at "Jan.")
    rf"(?P<m>{MONTH_WORD_RE})\.?(?:[ \t]?|-)(?:(?<!\.[ \t])the\s+)?(?P<d>\d{{1,2}})"
    # (not "SG-DEC-1L": a day glued to a letter is part of a product code)
    rf"(?:st|nd|rd|th)?(?![\d.,]\d|\d|:|[^\W\d_])(?:,?\s*(?P<y>\d{{4}})(?!\d))?",
)
# An ordinal that counts goods or steps, no day: "the 3rd container will load 21 Dec", "the
# 2nd truck", "the 4th option".
_COUNTED = (
    r"\s+(?:container|truck|lorry|trailer|shipment|consignment|lot|batch|part|pallet|delivery|"
    r"load|run|one|time|floor|position|line|item|order|option|week|quarter|reminder|attempt)s?\b"
)
ORDINAL_DAY = re.compile(
    rf"(?:\b(?:(?:on|le|el|am|op)\s+)?(?P<wd>{WEEKDAY_ANY_RE})\.?,?\s+(?:the\s+)?|\bthe\s+)(?P<d>\d{{1,2}})(?P<o>st|nd|rd|th)?"
    rf"(?!\w|\s*(?:of\s+)?{MONTH_RE}\b|[./-]\d|{_COUNTED})",
)
# A day of the month alone after a short word ("am 20. raus", "au lieu du 10,", "instead of
# 8th"); the pattern begins with the digit so that ``re`` skips ahead to digits, and tests
# first what every word's look-behind needs (a letter and a space before the digit).
DAY_ALONE = re.compile(
    r"(?P<d>\d(?<=[a-z]\s\d)(?:(?<=\bam\s\d)|(?<=\ble\s\d)|(?<=\bdu\s\d)|(?<=\bau\s\d)|(?<=\bel\s\d)|(?<=\bon\s\d)|"
    r"(?<=\bof\s\d)|(?<=\bby\s\d)|(?<=until\s\d)|(?<=\btill\s\d)|(?<=before\s\d)|"
    r"(?<=after\s\d)|(?<=\bfrom\s\d))\d?)(?P<o>st|nd|rd|th)?"
    rf"(?!\w|\s*(?:of\s+)?{MONTH_RE}\b|[./-]\d)(?P<wd>(?!))?",
)
# Where the words after a day alone end the phrase: German "am 20.", French "le 3 comme",
# Spanish "salen el 2 de diciembre, os llegan el 4."
_FR = frozenset({"le", "du", "au"})
_DAY_ALONE_AFTER = {
    "am": re.compile(r"\.(?!\d)"),
    "fr": re.compile(r"\s*(?:[,;:!?)]|\.(?!\d)|$|\s(?:comme|et|ou|au|si|à)\b)"),
    "el": re.compile(r"\s*(?:[,;:!?)]|\.(?!\d)|$|\s(?:como|y|o|si)\b)"),
}
# ``ORDINAL_DAY``'s alternatives as patterns that begin with a literal, for ``finditer_any``.
_ORDINAL_TAIL = ORDINAL_DAY.pattern[ORDINAL_DAY.pattern.index("(?P<d>") :]
_ORDINAL_DAYS = (
    *(
        (
            word,
            re.compile(
                rf"{word}(?<!\w{word})\s+(?P<wd>{WEEKDAY_ANY_RE})\.?,?\s+(?:the\s+)?"
                + _ORDINAL_TAIL
            ),
        )
        for word in ("on", "le", "el", "am", "op")
    ),
    (
        "",
        re.compile(
            rf"(?P<wd>{alternation_at_word_start([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS.split()])})"
            rf"\.?,?\s+(?:the\s+)?{_ORDINAL_TAIL}"
        ),
    ),
    ("the", re.compile(rf"the(?<!\wthe)\s+{_ORDINAL_TAIL}")),
)
# ("20 or 23 November": either day, a window like "20-23 November")
_JOIN = r"\s*(?:-|–|—|to|and|until|till|bis|und|au|à|et|al|a|y|hasta|tot|t/m|en|or|oder|ou|o)\s*"
DAYS_MONTH = re.compile(
    rf"(?P<d1>\d(?<![\d.,]\d)\d?){_ORD}{_JOIN}(?:the\s+|le\s+|el\s+|dem\s+)?"
    rf"(?P<d2>\d{{1,2}}){_ORD}\s*(?:of\s+|de\s+)?(?P<m>{MONTH_RE})(?!\w)\.?"
    r"(?:,?\s*(?:de\s+)?(?P<y>\d{4})(?!\d))?",
)
MONTH_DAYS = re.compile(
    rf"(?P<m>{MONTH_WORD_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    r"\s*(?:-|–|—|to|and|until|till)\s*(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d.,]\d|\d)"
    r"(?:,?\s*(?P<y>\d{4})(?!\d))?",
)
_WEEK_WORD = (
    r"(?:calendar\s+week|kalenderwoche|cal\.?\s*week|cw|kw|wk|week|woche|semaine|sem\.|semana|"
    r"wks?)"
)
WEEK = re.compile(
    rf"(?<!\w)(?<![a-z]-)(?:{_WEEK_WORD}\.?[ \t]*(?:no\.?[ \t]*|nr\.?[ \t]*|n[°º][ \t]*|#[ \t]*)?"
    r"(?P<w>\d{1,2})"
    r"|(?P<iy>\d{4})-?w(?P<iw>\d{2})"
    # ("49. KW", "49th week", "49 KW", "43 week"; a bare "1 week" or "2 Woche" is a duration)
    r"|(?<![.,])(?P<rw>\d{1,2})(?:(?:st|nd|rd|th|\.)\s*(?:calendar\s+)?"
    r"(?:week|kw|cw|woche|semaine|semana)|\s*(?:calendar\s+week|kw|cw)"
    r"|(?<!\d{3})(?<=1[3-9]|[2-4]\d|5[0-3])\s*(?:week|woche|semaine|semana))(?!\w)(?![ \t]*\d))"
    r"(?:[ \t]*(?:[/-]|of|,)[ \t]*(?P<y>\d{4})(?!\d)|[ \t]*/[ \t]*(?P<y2>\d{2})(?!\d)"
    r"|[ \t]*(?:-|–|to|bis|and|und|/)[ \t]*(?P<w2>\d{1,2})(?!\d))?(?![\w.,]\d|\w)",
)

SHORT_WEEK = re.compile(
    not_after(
        r"\w",
        (
            *("en", "in", "for", "pour", "voor", "ab", "la", "de", "op"),
            # "livraison S49 comme demandé": a delivery noun right before the week
            *("livraison", "Livraison", "delivery", "Delivery", "entrega", "Entrega"),
        ),
    )
    + r"\s+(?P<q>[SW]\s?(?P<w>\d{1,2}))(?!\w)"
)
# "ETD W48 (was W46)", "ETA Hamburg W53": a W week after ETD, ETA (and its port) or "was".
SHORT_WEEK_CUED = re.compile(
    not_after(r"\w", ("ETD", "ETA", "was", "Was"))
    + r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?P<q>W(?P<w>\d{1,2}))(?!\w)"
)
# "150  pcs  S41" under a "Livraison" header: an S or W week alone in a table cell; also a
# lower-case w and a note after the cell ("200   w46         w48", "w46 (unchanged)").
SHORT_WEEK_CELL = re.compile(
    r"(?P<q>[SWw](?:(?<=  [SWw])|(?<=\t[SWw]))(?P<w>\d{1,2}))(?=[ \t]*(?:\n|$)|  |\t|[ \t]+\()"
)


def numeric_order_evidence(text: str) -> bool | None:
    """What the message itself says about day/month order: True month-first, False day-first.

    A first number above 12 proves day-first, a second above 12 proves month-first; the
    message's own evidence overrides the vendor's country. ``None`` when nothing proves it.
    """
    votes = 0
    # The matches of ``_EVIDENCE``, found per separator: two matches of ``_EVIDENCE`` never
    # overlap (a match holds only digits and separators, and none begins right after one of
    # those), so each is found by its separator's pattern alone, and the votes do not depend
    # on the order.
    for separator, pattern in zip("./-", _EVIDENCE_AT, strict=True):
        if separator not in text:
            continue
        for two_digits, one_digit, second_raw, year, dot_after in pattern.findall(text):
            # "10.30" without a year or a closing dot is as likely a decimal (a price) as a date.
            if not year and (separator == "-" or (separator == "." and not dot_after)):
                continue
            first, second = int(two_digits or one_digit), int(second_raw)
            if 12 < first <= 31 and 1 <= second <= 12:
                votes -= 1
            elif 12 < second <= 31 and 1 <= first <= 12:
                votes += 1
    if votes == 0:
        return None
    return votes > 0


def _year_or_nearest(
    year: int | None, month: int, day: int, settings: DateSettings, *, past: bool = False
) -> dt.date | None:
    if year is not None:
        return valid_date(year, month, day)
    if past:
        return latest_on_or_before(month, day, settings.reference)
    return nearest_year(month, day, settings.reference)


# An auxiliary or "last year" makes a past verb explicit: "were delivered on 28.11. last year".
_EXPLICIT_PAST = re.compile(
    r"\b(?:was|were|had|has|have|wurden?|war|ist|sind|est|sont|fue|fueron|werd|zijn|is)\b"
    r"[^.!?\n]{0,30}$",
    _F,
)
_LAST_YEAR_AFTER = re.compile(
    r"[^.!?\n]{0,20}(?:last\s+year|letztes\s+jahr|l'an\s+dernier|año\s+pasado|vorig\s+jaar)", _F
)


def _past_value(
    year: int | None, month: int, day: int, settings: DateSettings, text: str, span: tuple[int, int]
) -> dt.date | None:
    """A past-tense date, at most half a year back unless the past is explicit.

    A bare participle ("still on track, delivered 12/8") further back means the coming one.
    """
    value = _year_or_nearest(year, month, day, settings, past=True)
    if value is None or (settings.reference - value).days <= 183:
        return value
    start, end = span
    if _EXPLICIT_PAST.search(text, max(0, start - 40), start) or _LAST_YEAR_AFTER.match(text, end):
        return value
    return nearest_year(month, day, settings.reference)


def in_the_past(text: str, start: int) -> bool:
    """Whether a past-tense verb just before ``start`` puts the date in the past."""
    return past_tense_before(text, start)


def _group_year(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    raw = groups.get("y") or groups.get("y2")
    return full_year(int(raw)) if raw else None


# "Tuesday 1.12", "der 9.12 (Mittwoch)", "statt 2.12": a one-digit "d.mm" is a day (not a
# decimal) when a weekday or a date's article stands next to it.
_DAY_ARTICLE = re.compile(
    r"(?<!\w)(?:der|den|dem|am|vom|zum|statt|anstatt|on|the|of|le|du|au|el|del|al|op|van)\s+$", _F
)
# "loading 1.10, delivery 5.10": a ship or delivery word right before "d.mm" (two-digit month).
_GOODS_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:loading|delivery|dispatch|eta|etd|verladung|lieferung|versand|chargement|"
    r"livraison|expédition|carga|entrega|envío|lading|levering|verzending)\s+$",
    _F,
)
_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|prozent|kg|g|cm|mm|m|l|ml|t|h|hours?|stunden|heures|horas|uur|pcs|x)\b", _F
)
# A fraction of an inch is a size: 'Schlauchkupplung 1/2"', "3/4 inch pipe", "1/2 Zoll",
# "raccord 3/4 pouce", "tubo de 1/2 pulgada", "koppeling 1/2 duim".
_INCH_AFTER = re.compile(r"\s?(?:\"|”|″|''|-?inch|in\.|zoll|pouces?|pulgadas?|duim)", _F)


def _inch_fraction(numerator: str, denominator: str, text: str, end: int) -> bool:
    """'1/2"' or "3/8 inch": a proper fraction in halves to sixteenths, then an inch mark."""
    return (
        denominator in ("2", "4", "8", "16")
        and int(numerator) < int(denominator)
        and _INCH_AFTER.match(text, end) is not None
    )


_WEEKDAY_AFTER = re.compile(rf"\s*\(\s*(?:{WEEKDAY_ANY_RE})\b", _F)


def _day_cued(text: str, m: re.Match[str]) -> bool:
    return (
        with_weekday(text, m.start()) < m.start()
        or _DAY_ARTICLE.search(text, max(0, m.start() - 9), m.start()) is not None
        or _WEEKDAY_AFTER.match(text, m.end()) is not None
        or (
            len(m.group(3)) == 2
            and _GOODS_WORD_BEFORE.search(text, max(0, m.start() - 14), m.start()) is not None
        )
    ) and _UNIT_AFTER.match(text, m.end()) is None


def with_weekday(text: str, start: int) -> int:
    """Start of the expression including a weekday written just before it ("Monday, 7 Dec")."""
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    return m.start() if m else start


_WEEKDAY_NAME = re.compile(rf"(?<!\w)({WEEKDAY_ANY_RE})", _F)


def weekday_before(text: str, start: int, *, full: bool = False) -> int | None:
    """The weekday written just before ``start`` ("Monday 9/11", "dinsdag 15-12"), if any.

    With ``full``, only a weekday written out counts: "Mon-Fri 8-17" is opening hours.
    """
    return _weekday_named(text, _WEEKDAY_BEFORE.search(text, max(0, start - 16), start), full)


def _weekday_named(text: str, m: re.Match[str] | None, full: bool = False) -> int | None:
    """``weekday_before`` from the match of ``_WEEKDAY_BEFORE`` it searches for."""
    if m is None:
        return None
    name = _WEEKDAY_NAME.match(text, m.start())
    if name is None:
        return None
    table = WEEKDAYS if full else _ANY_WEEKDAY
    return table.get(name.group(1).lower())


def _weekday_order(
    a: int, b: int, year: int | None, weekday: int | None, settings: DateSettings
) -> bool | None:
    """Month-first (True) or day-first (False) when only one order falls on the weekday.

    "Monday 9/11" is 9 November in 2026 (a Monday), not 11 September (a Friday): the weekday
    written with an ambiguous numeric date outweighs the country's usual order.
    """
    if weekday is None or a == b or a > 12 or b > 12:
        return None
    day_first = _year_or_nearest(year, b, a, settings)
    month_first = _year_or_nearest(year, a, b, settings)
    fits = (
        day_first is not None and day_first.weekday() == weekday,
        month_first is not None and month_first.weekday() == weekday,
    )
    if fits[0] == fits[1]:
        return None
    return fits[1]


def iso_dates(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """``2026-12-05`` and ``2026/12/05``."""
    for m in scan(ISO, text, settings.zones):
        value = valid_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        found = single(m.start(), m.end(), value, "iso", 0.97)
        if found:
            yield found


def numeric_dates(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """``05.12.2026``, ``12/05/26``, ``05.12.`` and ``12/5`` in the email's day/month order."""
    for m in scan(NUMERIC, text, settings.zones):
        first, sep, second, year_raw, trailing = m.group(1, 2, 3, 4, 5)
        # the weekday before the date, searched once for its number and the date's start
        weekday_match = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 16), m.start())
        weekday = _weekday_named(text, weekday_match)
        if not year_raw:
            # "15-12" is a date only after a weekday written out ("dinsdag 15-12"): else a
            # range, a code or opening hours ("Mon-Fri 8-17")
            if sep == "-" and (
                int(second) > 12 or _weekday_named(text, weekday_match, full=True) is None
            ):
                continue
            near = text[max(0, m.start() - 6) : m.end() + 6]
            if (
                sep == "."
                and not trailing
                and (_CURRENCY_NEAR.search(near) or (len(first) < 2 and not _day_cued(text, m)))
            ):
                continue
            # A dotted date is day.month; "7.30" or "10.30" cannot be one: a decimal (a rate).
            if sep == "." and int(second) > 12:
                continue
            if _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            if sep == "/" and _inch_fraction(first, second, text, m.end()):
                continue
            if (
                sep == "/"
                and int(first) <= int(second)
                and _COUNTED_BEFORE.search(text, max(0, m.start() - 16), m.start())
            ):
                continue
        a, b = int(first), int(second)
        # The order decides nothing when one number alone can be a month (the swap below reads
        # it as the month either way), or when both are the same.
        year = full_year(int(year_raw)) if year_raw else None
        by_weekday = _weekday_order(a, b, year, weekday, settings)
        month_first = (
            by_weekday
            if by_weekday is not None
            else a != b and (a > 12) == (b > 12) and bool(settings.month_first)
        )
        day, month = (b, a) if month_first else (a, b)
        if month > 12 and day <= 12:
            day, month = month, day
        ambiguous = a <= 12 and b <= 12 and a != b and by_weekday is None
        past = year is None and in_the_past(text, m.start())
        value = (
            _past_value(year, month, day, settings, text, m.span())
            if past
            else _year_or_nearest(year, month, day, settings)
        )
        after = text[m.end() : m.end() + 2]
        keep_dot = (
            trailing and not year_raw and sep == "." and bool(re.match(r" [a-zäöüéà0-9(]", after))
        )
        end = m.end() if keep_dot else m.end() - (1 if trailing else 0)
        start = weekday_match.start() if weekday_match else m.start()
        found = single(start, end, value, "numeric", 0.85 if ambiguous else 0.95)
        if found:
            yield found


# "17.-18.12.", "17.–18.12.2026", "3-5/12": two days of one numeric day-first month, a window.
# The look-behind after the first digit (see ``fastre``).
NUMERIC_DAY_RANGE = re.compile(
    r"(\d(?<![\w/.,:-]\d)\d?)\.?\s?[-–]\s?(\d{1,2})([./])(\d{1,2})"
    r"(?:\3(\d{4}|\d{2}))?\.?(?![\w]|[./-]\d)"
)


def numeric_day_ranges(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "Zustellung 17.-18.12.", "levering 3-5/12": days first, a slash never month-first."""
    for m in scan(NUMERIC_DAY_RANGE, text, settings.zones):
        first_day, last_day, sep, month, year_raw = m.group(1, 2, 3, 4, 5)
        if int(first_day) >= int(last_day) or int(month) > 12:
            continue
        # a dotted date is always day-first; a slashed one only where days come first (the
        # order asked only here, so that an email without such a range never decides it)
        if sep == "/" and settings.month_first:
            continue
        year = full_year(int(year_raw)) if year_raw else None
        last = _year_or_nearest(year, int(month), int(last_day), settings)
        first = None if last is None else valid_date(last.year, int(month), int(first_day))
        end = m.end() - (1 if m.group(0).endswith(".") and not year_raw else 0)
        found = pair(m.start(), end, first, last, "numeric_range", 0.9)
        if found:
            yield found


def day_month_dates(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "3 December 2026", "3rd of Dec", "3. Dezember", "le 1er décembre": day first."""
    return _named_dates(DAY_MONTH, text, settings)


def month_day_dates(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "Dec 3rd, 2026": month first; every match begins with a month."""
    return _named_dates(MONTH_DAY, text, settings)


def _named_dates(
    pattern: re.Pattern[str], text: str, settings: DateSettings
) -> Iterator[Candidate]:
    for m in scan(pattern, fold(text), settings.zones):
        month = MONTHS[m.group("m").lower()]
        year = _group_year(m)
        past = year is None and in_the_past(text, m.start())
        value = (
            _past_value(year, month, int(m.group("d")), settings, text, m.span())
            if past
            else _year_or_nearest(year, month, int(m.group("d")), settings)
        )
        end = m.end()
        if text[m.start() : end].endswith(".") and not m.group("y"):
            end -= 1
        found = single(with_weekday(text, m.start()), end, value, "named", 0.95)
        if found:
            yield found


def ordinal_days(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "the 21st", "Wednesday 23rd": a day of the month nearest the email date."""
    folded = fold(text)
    zones = ((0, len(text)),) if settings.zones is None else settings.zones
    ordinal = itertools.chain.from_iterable(
        finditer_any(_ORDINAL_DAYS, folded, zone_start, zone_end) for zone_start, zone_end in zones
    )
    alone = scan(DAY_ALONE, folded, settings.zones)
    yield from _ordinal_days(text, folded, itertools.chain(ordinal, alone), settings)


def _ordinal_days(
    text: str, folded: str, matches: Iterator[re.Match[str]], settings: DateSettings
) -> Iterator[Candidate]:
    for m in matches:
        weekday_word = m.groupdict().get("wd")
        if m.re is DAY_ALONE and not m.group("o"):
            word = folded[max(0, m.start() - 3) : m.start() - 1]
            after = _DAY_ALONE_AFTER.get("fr" if word in _FR else word)
            if after is None or not after.match(folded, m.end()):
                continue
        elif not weekday_word and not m.group("o"):
            continue
        day = int(m.group("d"))
        ref = settings.reference
        past = in_the_past(text, m.start())
        best: tuple[int, dt.date] | None = None
        for shift in (-1, 0, 1):
            month_index = ref.year * 12 + ref.month - 1 + shift
            candidate = valid_date(month_index // 12, month_index % 12 + 1, day)
            if candidate is None:
                continue
            named = weekday_word and weekday_word.lower()
            if named and _ANY_WEEKDAY.get(named, candidate.weekday()) != candidate.weekday():
                continue
            delta = (candidate - ref).days
            if past and delta > 0:
                continue
            cost = -10 * delta if delta < 0 else delta
            if past:
                cost = -delta
            if best is None or cost < best[0]:
                best = (cost, candidate)
        found = single(m.start(), m.end(), best[1] if best else None, "ordinal", 0.8)
        if found:
            yield found


def day_ranges(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "3-5 December", "3 to 5 Dec", "del 3 al 5 de diciembre": days first."""
    return _named_ranges(DAYS_MONTH, text, settings)


def month_ranges(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "Dec 3-5": month first; every match begins with a month."""
    return _named_ranges(MONTH_DAYS, text, settings)


def _named_ranges(
    pattern: re.Pattern[str], text: str, settings: DateSettings
) -> Iterator[Candidate]:
    for m in scan(pattern, fold(text), settings.zones):
        month = MONTHS[m.group("m").lower()]
        year = _group_year(m)
        first = _year_or_nearest(year, month, int(m.group("d1")), settings)
        last = _year_or_nearest(year, month, int(m.group("d2")), settings)
        if first and last and last < first and year is None:
            continue
        found = pair(m.start(), m.end(), first, last, "named_range", 0.9)
        if found:
            yield found


def short_weeks(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "en S41", "in W41", "for W41": a capital S or W week after a preposition."""
    for m in [
        *scan(SHORT_WEEK, text, settings.zones),
        *scan(SHORT_WEEK_CUED, text, settings.zones),
        *(
            m
            for m in scan(SHORT_WEEK_CELL, text, settings.zones)
            if column_of(fold(text), m.start("q")) in ("delivery", "ship", "new", "other")
        ),
    ]:
        week = int(m.group("w"))
        if 1 <= week <= 53:
            value = _week_value(week, 0, settings.week_weekday, settings)
            found = single(m.start("q"), m.end("q"), value, "week", 0.8)
            if found:
                yield found


# "Ende KW 45", "end of week 45", "fin de semaine 45": the Friday of that week, as "end of next
# week" is (the label guide's rule for the end of a week).
_WEEK_END_BEFORE = compile_literal_first(
    r"(?:\bend\s+of(?:\s+the)?|\bende(?:\s+der)?|\bfin(?:\s+de(?:\s+la)?)?|\bfinales\s+de(?:\s+la)?|"
    r"\beind(?:e)?(?:\s+van)?)\s+$"
)


def week_dates(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "CW 49", "KW49", "week 49", "wk 49/2026", "semaine 49", "2026-W49", "KW 49-50"."""
    weekday = settings.week_weekday
    folded = fold(text)
    for m in scan(WEEK, folded, settings.zones):
        if m.group("iw"):
            week, year = int(m.group("iw")), int(m.group("iy"))
        elif m.group("rw"):
            week, year = int(m.group("rw")), _group_year(m) or 0
        else:
            week, year = int(m.group("w")), _group_year(m) or 0
        if not 1 <= week <= 53:
            continue
        first = _week_value(week, year, weekday, settings)
        if m.group("w2"):
            last_week = int(m.group("w2"))
            if not week < last_week <= 53:
                continue
            last = _week_value(last_week, year, weekday, settings)
            found = pair(m.start(), m.end(), first, last, "week_range", 0.85)
        else:
            ends = _WEEK_END_BEFORE.search(folded, max(0, m.start() - 20), m.start())
            if ends and m.group("w") and weekday == 0:
                friday = _week_value(week, year, 4, settings)
                found = single(ends.start(), m.end(), friday, "week_part", 0.85)
            else:
                found = single(m.start(), m.end(), first, "week", 0.88)
        if found:
            yield found


# "49/2026" in a table column headed "Leverweek" / "Lieferwoche": a week and its year.
_TABLE_WEEK = re.compile(r"(?<![\w/.])(?P<w>\d{1,2})/(?P<y>20\d\d)(?![\w/])")


def table_weeks(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "49/2026" in a table cell under a week header, as that week's day."""
    folded = fold(text)
    for m in scan(_TABLE_WEEK, folded, settings.zones):
        week = int(m.group("w"))
        if not 1 <= week <= 53 or not in_week_column(folded, m.start()):
            continue
        value = _week_value(week, int(m.group("y")), settings.week_weekday, settings)
        found = single(m.start(), m.end(), value, "week", 0.8)
        if found:
            yield found


def _week_value(week: int, year: int, weekday: int, settings: DateSettings) -> dt.date | None:
    if year:
        return week_day(year, week, weekday)
    return nearest_week(week, weekday, settings.reference)


_SHORT_MONTHS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "dez",
        "okt",
        "mär",
        "janv",
        "févr",
        "fevr",
        "avr",
        "juil",
        "déc",
        "ene",
        "abr",
        "ago",
        "dic",
        "mrt",
    ]
)
MONTH_ALONE = re.compile(
    rf"(?P<m>{MONTH_WORD_RE})(?!\w)(?:[ \t]+(?P<y>\d{{4}})(?!\d))?",
)
_MONTH_PREPOSITION = re.compile(
    r"\b(?:in|by|for|im|en|de|op|until|bis|vanaf|from|ab|not\s+before|nicht\s+vor|pas\s+avant|"
    r"no\s+antes\s+de|niet\s+voor|para|pour|für|voor|around|about|approx\.?|circa|ca\.|environ|"
    r"vers|hacia|rond|omstreeks|gegen|hasta|tot|jusqu'en|"
    # a newsletter's month: "Newsletter October", "Nieuwsbrief september"
    r"newsletter|nieuwsbrief|bulletin|bolet[íi]n|rundbrief|lettre\s+d'information)\s$",
    _F,
)

# "im Oktober und November": the second month shares the first one's preposition.
_COORDINATED_MONTH = re.compile(
    rf"(?<!\w)(?:{MONTH_WORD_RE})\s+(?:and|und|et|y|en|or|oder|ou|of)\s$",
    _F,
)


def _coordinated(text: str, start: int) -> bool:
    """The month at ``start`` follows "<preposition> <month> and"."""
    first = search_folded(_COORDINATED_MONTH, text, max(0, start - 30), start)
    return first is not None and bool(
        _MONTH_PREPOSITION.search(text, max(0, first.start() - 16), first.start())
    )


def months_alone(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "in January", "NOVEMBER 2026": the 1st of that month."""
    for m in scan(MONTH_ALONE, fold(text), settings.zones):
        word = m.group("m").lower()
        if not m.group("y") and (
            word in _SHORT_MONTHS
            or not (
                _MONTH_PREPOSITION.search(text, max(0, m.start() - 16), m.start())
                or _coordinated(text, m.start())
            )
        ):
            continue
        month = MONTHS[m.group("m").lower()]
        if m.group("y"):
            value = dt.date(int(m.group("y")), month, 1)
        else:
            value = nearest_year(month, 1, settings.reference)  # type: ignore[assignment]
        found = single(m.start(), m.end(), value, "month", 0.7)
        if found:
            yield found
