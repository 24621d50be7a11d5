"""Dates said relative to the email's own date.

"tomorrow", "next Tuesday", "in 2 weeks", "early next week", "end of the month",
"mid-January", "5-7 business days".

Conventions (also in ``evals/README.md``'s label guide): a bare or "this" weekday is its next
occurrence after the email date (the last one after a past verb, a day of next week after
"next week" earlier in its clause); "next <weekday>" is the same unless that falls in the email's
own week, then the week after; "next week" is the configured week weekday of next week;
early / mid / end of a week are its Monday, Wednesday and Friday; early / mid / end of a month
are its 1st, 15th and last day.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

from agent.extraction.rules.calendar_math import (
    add_business_days,
    add_months,
    last_day_of_month,
    monday_of,
    nearest_year,
    next_weekday,
)
from agent.extraction.rules.fastre import (
    Led,
    branches,
    compile_literal_first,
    finditer_any,
    fold,
    not_after,
)
from agent.extraction.rules.lexicon import (
    DAY_PART_SUFFIX,
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    WEEKDAY_SHORT,
    WEEKDAY_SHORT_FOLDED,
    WEEKDAYS,
    alternation,
    alternation_at_word_start,
    past_tense_before,
)
from agent.extraction.rules.mentions import (
    Candidate,
    DateMention,
    DateSettings,
    pair,
    scan,
    single,
)

_F = re.IGNORECASE

EARLY_DAY = 1
MID_DAY = 15

_DAY_WORDS: dict[str, int] = {
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this arvo": 0,
    "this am": 0,
    "this pm": 0,
    "this evening": 0,
    "tonight": 0,
    "later today": 0,
    "end of day": 0,
    "by end of day": 0,
    "heute abend": 0,
    "heute mittag": 0,
    "ce soir": 0,
    "esta noche": 0,
    "vanavond": 0,
    "tomorrow afternoon": 1,
    "tomorrow evening": 1,
    "morgen nachmittag": 1,
    "morgen abend": 1,
    "demain après-midi": 1,
    "demain soir": 1,
    "mañana por la mañana": 1,
    "mañana por la tarde": 1,
    "morgenavond": 1,
    "heute morgen": 0,
    "heute nachmittag": 0,
    "ce matin": 0,
    "cet après-midi": 0,
    # "enlevée ce midi", "collected this lunchtime"
    "ce midi": 0,
    "this lunchtime": 0,
    "esta mañana": 0,
    "esta tarde": 0,
    "vanochtend": 0,
    "vanmorgen": 0,
    "vanmiddag": 0,
    # Flemish: "die deze namiddag vertrokken is"
    "deze namiddag": 0,
    "deze voormiddag": 0,
    "vannamiddag": 0,
    "heute vormittag": 0,
    "heute": 0,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "hoy": 0,
    "vandaag": 0,
    "tomorrow": 1,
    "tomorrow morning": 1,
    "morgenochtend": 1,
    "morgenvroeg": 1,
    "morgenmiddag": 1,
    "morgen früh": 1,
    "demain matin": 1,
    "tmrw": 1,
    "morgen": 1,
    "demain": 1,
    "mañana": 1,
    "ce jour": 0,
    "sous huitaine": 7,
    "sous quinzaine": 14,
    "day after tomorrow": 2,
    "the day after tomorrow": 2,
    "übermorgen": 2,
    "après-demain": 2,
    "après demain": 2,
    "apres-demain": 2,
    "pasado mañana": 2,
    "overmorgen": 2,
    "yesterday": -1,
    "gestern": -1,
    "ayer": -1,
    "gisteren": -1,
    "last night": -1,
    "gisteravond": -1,
}
DAY_WORD = compile_literal_first(rf"{alternation_at_word_start(list(_DAY_WORDS))}(?!\w)")
# French "hier" (yesterday), told from German and Dutch "hier" (here) by its French
# neighbours: "parti hier", "expédiée hier", "depuis hier", "hier soir".
_HIER = re.compile(
    r"(?:\bd'|\bdepuis\s+|\bdès\s+|\w[ée](?:e|s|es)?\s+|\bparti(?:e|s|es)?\s+)(?P<h>hier)(?!\w)"
    r"|\b(?P<h2>hier)\s+(?:soir|matin|apr[eè]s-midi)\b"
)
_NOT_TOMORROW = re.compile(
    r"\b(?:guten|am|jeden|heute|diesen|la|esta|cada|por|de|goede|goeie)\s+$", _F
)

_NUMBERS: dict[str, int] = {}
for _n, _words in enumerate(
    (
        "a an one ein eine einer einem un une uno una een één",
        "two couple zwei deux dos twee",
        "three drei trois tres drie",
        "four vier quatre cuatro",
        "five fünf cinq cinco vijf",
        "six sechs seis zes",
        "seven sieben sept siete zeven",
        "eight acht huit ocho",
        "nine neun neuf nueve negen",
        "ten zehn dix diez tien",
    ),
    start=1,
):
    for _word in _words.split():
        _NUMBERS[_word] = _n
_NUM = rf"(?:\d{{1,3}}|{alternation(list(_NUMBERS))})"
_UNIT_DAYS = r"(?:days?|tagen?|jours?|d[ií]as?|dagen?)"
_UNIT_WEEKS = r"(?:weeks?|wochen?|semaines?|semanas?|weken|week)"
_UNIT_MONTHS = r"(?:months?|monaten?|monate|mois|mes(?:es)?|maanden?)"
IN_N = re.compile(
    r"(?<!\w)(?:in|within|in\s+about|innerhalb(?:\s+von)?|binnen|dans|sous|d'ici|en|dentro\s+de|"
    r"over)\s+(?:(?:about|approx\.?|approximately|ca\.?|etwa|environ|unos|unas|ongeveer)\s+)?"
    rf"(?P<n>{_NUM})(?:\s*(?:-|–|to|or|bis|oder|à|ou|a|o|tot|of)\s*(?P<n2>{_NUM}))?"
    rf"\s*(?:of\s+)?(?P<unit>{_UNIT_DAYS}|{_UNIT_WEEKS}|{_UNIT_MONTHS}|fortnight)(?!\w)"
    r"|(?<!\w)(?P<n3>\d{1,3})\s*(?P<unit3>days?|weeks?)\s+from\s+(?:now|today)",
)
# ``IN_N``'s two alternatives as patterns that begin with a literal (a word's first letter, with
# the look-behind after it) or a digit, each holding all of its groups, for ``finditer_any``:
# ``re`` skips ahead to their first characters, where it tries ``IN_N`` at every position.
_IN_N_BRANCHES = branches(IN_N.pattern)
_IN_N_WORDS = (
    r"in|within|in\s+about|innerhalb(?:\s+von)?|binnen|dans|sous|d'ici|en|dentro\s+de|over"
)
_IN_N_PARTS: tuple[Led, ...] = (
    (
        "",
        re.compile(
            not_after(r"\w", branches(_IN_N_WORDS))
            + _IN_N_BRANCHES[0][len(rf"(?<!\w)(?:{_IN_N_WORDS})") :]
            + r"(?:(?!)(?P<n3>)(?P<unit3>))?"
        ),
    ),
    (
        "",
        re.compile(
            r"(?P<n3>\d(?<!\w\d)\d{0,2})"
            + _IN_N_BRANCHES[1][len(r"(?<!\w)(?P<n3>\d{1,3})") :]
            + r"(?:(?!)(?P<n>)(?P<n2>)(?P<unit>))?"
        ),
    ),
)
# The look-behind after the first digit (``(?<![\w.,])\d{1,2}``; see ``fastre``).
BUSINESS = re.compile(
    r"(?P<n>\d(?<![\w.,]\d)\d?)(?:\s*(?:-|–|to|or|bis|à|a|tot)\s*(?P<n2>\d{1,2}))?\s*"
    r"(?:(?:business|working|work|bus\.)\s*days?|werktagen?|arbeitstagen?|werktage|arbeitstage|"
    r"jours?\s+ouvr(?:és|ables|és?|e)|d[ií]as?\s+(?:h[aá]biles|laborables)|werkdagen|werkdag)(?!\w)",
)

_NEXT = r"next|nächste[nr]?|kommende[nr]?|prochaine?|pr[oó]xim[oa]|volgende|komende|aanstaande"
_THIS = r"this|coming|this\s+coming|diese[nr]?|ce|cette|este|esta|deze|on|am|le|el"
_WEEK_BEFORE = (
    r"next\s+week|n[äa]chste\s+woche|la\s+semaine\s+prochaine|la\s+semana\s+que\s+viene|"
    r"la\s+pr[oó]xima\s+semana|volgende\s+week|komende\s+week"
)
WEEKDAY = re.compile(
    rf"(?<!\w)(?:(?P<weekpre>{_WEEK_BEFORE}),?\s+(?:on\s+|am\s+|le\s+|el\s+|op\s+)?"
    rf"|(?P<pre>{_NEXT}|{_THIS})\s+)?"
    rf"(?P<wd>{WEEKDAY_RE}|(?P<short>{alternation(list(WEEKDAY_SHORT_FOLDED))})\.?(?![\w.]|\s*[-–]))"
    rf"(?:{DAY_PART_SUFFIX})?(?!\w)"
    # "Mittwoch übernächste Woche", "Wednesday (of) the week after next": two weeks on
    r"(?:\s+(?P<post2>(?:in\s+der\s+)?übernächste[nr]?\s+woche|(?:of\s+)?the\s+week\s+after\s+next)(?!\w)"
    r"|\s+(?P<post>next\s+week|of\s+next\s+week|prochain|de\s+la\s+semaine\s+prochaine|"
    r"de\s+la\s+semana\s+que\s+viene|que\s+viene|pr[oó]ximo|n[äa]chster\s+woche|"
    r"n[äa]chste\s+woche|(?:van\s+)?volgende\s+week|week(?![ \t]*\d))(?!\w))?",
)

# "next week" earlier in the clause puts a bare weekday in that week: "Lieferung nächste Woche
# zwischen Dienstag und Donnerstag", "la semaine prochaine, sans doute mercredi ou jeudi",
# "next week, probably Wednesday or Thursday", "volgende week, wellicht woensdag".
_NEXT_WEEK_EARLIER = re.compile(
    rf"(?<!\w)(?:{_WEEK_BEFORE}|n[äa]chsten\s+woche|semaine\s+prochaine|semana\s+que\s+viene)"
    r"(?!\w)[^.!?;:\n]{0,40}$"
)
_SHORT_WORDS = frozenset({"mon", "sat", "sun"})
# A weekday with "this", "ce", "diesen" is past after a past verb like a bare one: "la
# saponification n'a pu démarrer que ce lundi", "we only got the fabric this Monday".
_PAST_PRE = frozenset({"this", "ce", "diesen", "este", "deze"})
# Words before a weekday that leave its tense to the verb ("sent on Friday").
_PLAIN = frozenset({"", "on", "am", "le", "el", "op"})
# "Mon-Fri", "Mon/Thu": opening hours, not a day; "Tues/Weds", two days in a row, is a range.
_SHORT_AFTER_DASH = re.compile(r"[-–/]\s*$")
_SHORT_SLASH_NEXT = re.compile(r"\.?\s*/\s*([a-z]+)")
_SHORT_SLASH_PREVIOUS = re.compile(r"([a-z]+)\.?\s*/\s*$")
_PAST_AFTER = re.compile(r"^\s*(?:dernier|pasado|passé|ago|(?:I|we)\s+(?:mentioned|said|told))", _F)
_POS_EARLY = (
    r"early|begin+ing\s+of|the\s+begin+ing\s+of|start\s+of|the\s+start\s+of|anfang|"
    r"(?:au\s+)?d[ée]but(?:\s+de)?|(?:a\s+)?principios\s+de|(?:a\s+)?comienzos\s+de|"
    r"(?:a\s+)?inicios\s+de|begin"
)
_POS_MID = (
    r"mid-?|middle\s+of|the\s+middle\s+of|mitte|(?:au\s+)?milieu\s+de|mi-|"
    r"(?:a\s+)?mediados\s+de|midden|half"
)
_POS_END = (
    r"end\s+of|the\s+end\s+of|late|ende|(?:à\s+la\s+|en\s+)?fin(?:\s+de)?|(?:a\s+)?finales\s+de|"
    r"(?:a\s+)?fin(?:al)?\s+de|eind(?:e)?(?:\s+van)?|by\s+the\s+end\s+of"
)
_POS = rf"(?P<early>{_POS_EARLY})|(?P<mid>{_POS_MID})|(?P<end>{_POS_END})"
# Latin American "para fines de noviembre" (end of November): before a month only, since
# "los fines de semana" are weekends.
_POS_MONTH = rf"(?P<early>{_POS_EARLY})|(?P<mid>{_POS_MID})|(?P<end>{_POS_END}|(?:a\s+)?fines\s+de)"
_WEEK_W = r"(?:week|woche|semaine|semana)"
_WHICH = (
    r"(?P<next2>übernächste[nrs]?)|"
    rf"(?P<next>{_NEXT}|following)|(?P<this>this|current|diese[rn]?|cette|esta|deze)"
    r"|(?P<last>last|letzte[rn]?|vergangene[rn]?|vorige)"
)
_ART = r"(?P<art>the|der|la|de|de\s+la|des|del|du|van\s+de|van)"
WEEK_PART = re.compile(
    rf"(?<!\w)(?:(?:{_POS})\s*(?:of\s+)?)?(?:{_WHICH}|{_ART})?\s*{_WEEK_W}"
    r"(?:\s+(?P<post>prochaine|que\s+viene|pr[oó]xima)|\s+(?P<lastpost>derni[èe]re|pass[ée]e|pasada))?"
    r"(?!\s*\d)(?!\w)",
)
_MONTH_W = r"(?:month|monats|monat|mois|mes|maand)"
MONTH_PART = re.compile(
    rf"(?<!\w)(?:(?:{_POS_MONTH})\s*(?:of\s+|de\s+|van\s+|du\s+mois\s+(?:de\s+|d')|del\s+mes\s+de\s+)?"
    rf"(?:(?P<m>{MONTH_RE})(?!\w)"
    rf"|(?:{_WHICH}|{_ART})?\s*{_MONTH_W}(?:\s+(?P<post>prochain|que\s+viene|pr[oó]ximo))?(?!\w))"
    r"|(?P<monthend>monatsende|month[- ]end|fin\s+de\s+mois|einde\s+maand))",
)


def day_words(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "today", "tomorrow", "übermorgen", "demain", "mañana", "morgen", "yesterday"."""
    for m in scan(DAY_WORD, fold(text), settings.zones):
        if _NOT_TOMORROW.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        offset = _DAY_WORDS[m.group(0).lower()]
        value = settings.reference + dt.timedelta(days=offset)
        found = single(m.start(), m.end(), value, "relative_day", 0.9)
        if found:
            yield found
    folded = fold(text)
    zones = ((0, len(text)),) if settings.zones is None else settings.zones
    if all(folded.find("hier", start, end) < 0 for start, end in zones):
        return  # every match holds "hier"
    for m in scan(_HIER, folded, settings.zones):
        group = "h" if m.group("h") else "h2"
        value = settings.reference - dt.timedelta(days=1)
        found = single(m.start(group), m.end(group), value, "relative_day", 0.85)
        if found:
            yield found


def _number(raw: str | None) -> int | None:
    if raw is None:
        return None
    return int(raw) if raw.isdigit() else _NUMBERS.get(raw.lower())


def _shift(reference: dt.date, amount: int, unit: str) -> dt.date:
    unit = unit.lower()
    if unit == "fortnight":
        return reference + dt.timedelta(days=14 * amount)
    if re.fullmatch(_UNIT_WEEKS, unit, _F):
        return reference + dt.timedelta(weeks=amount)
    if re.fullmatch(_UNIT_MONTHS, unit, _F):
        return add_months(reference, amount)
    return reference + dt.timedelta(days=amount)


_TERM_AFTER = re.compile(
    r"\s+(?:of|from|after|nach|après|después\s+de|na)\s+(?:the\s+|receipt\s+of\s+)?"
    r"(?:invoice|rechnung|facture|factura|factuur|b/l|bill\s+of\s+lading|deposit)",
    _F,
)


def in_n(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "in 2 weeks", "within 10 days", "in 2-3 weeks", "dans deux semaines"."""
    folded = fold(text)
    zones = ((0, len(text)),) if settings.zones is None else settings.zones
    for m in itertools.chain.from_iterable(
        finditer_any(_IN_N_PARTS, folded, start, end) for start, end in zones
    ):
        unit = m.group("unit") or m.group("unit3")
        first = _number(m.group("n") or m.group("n3"))
        if first is None or first > 400:
            continue
        if first > 1 and unit.lower() in {"week", "day", "month", "woche", "semaine", "semana"}:
            continue
        # "payable within 30 days of invoice": a payment term, counted from no calendar day.
        if _TERM_AFTER.match(text, m.end()):
            continue
        last = _number(m.group("n2"))
        ref = settings.reference
        if last is not None and last > first:
            found = pair(
                m.start(), m.end(), _shift(ref, first, unit), _shift(ref, last, unit), "in_n", 0.8
            )
        else:
            found = single(m.start(), m.end(), _shift(ref, first, unit), "in_n", 0.85)
        if found:
            yield found


def business_days(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "5-7 business days", "3 Werktage", counted from the email date here."""
    for m in scan(BUSINESS, fold(text), settings.zones):
        first = int(m.group("n"))
        last = int(m.group("n2")) if m.group("n2") else None
        ref = settings.reference
        mentions: tuple[DateMention, ...]
        if last is not None and last > first:
            mentions = (
                DateMention(
                    m.start(),
                    m.end(),
                    add_business_days(ref, first),
                    "business",
                    0.75,
                    "start",
                    first,
                ),
                DateMention(
                    m.start(),
                    m.end(),
                    add_business_days(ref, last),
                    "business",
                    0.75,
                    "end",
                    last,
                ),
            )
        else:
            mentions = (
                DateMention(
                    m.start(),
                    m.end(),
                    add_business_days(ref, first),
                    "business",
                    0.8,
                    "single",
                    first,
                ),
            )
        yield Candidate(m.start(), m.end(), mentions)


def weekdays(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "Tuesday", "next Tuesday", "this Friday", "mardi prochain"."""
    ref = settings.reference
    for m in scan(WEEKDAY, fold(text), settings.zones):
        if m.group("short"):
            start = m.start("short")
            weekday = WEEKDAY_SHORT_FOLDED[m.group("short")]
            written = text[start : m.end("short")]
            # "should deliver tue", "next wed": lower case too, but "sat", "sun", "mon" (words
            # of their own) only after "next" or "this"
            capital = written in WEEKDAY_SHORT or (
                written.islower() and (written not in _SHORT_WORDS or bool(m.group("pre")))
            )
            if not capital or not _short_day_alone(fold(text), start, m.end("short"), weekday):
                continue
        else:
            weekday = WEEKDAYS[m.group("wd").lower()]
        pre = (m.group("pre") or "").lower()
        post = (m.group("post") or "").lower()
        weekly = ("week", "woche", "semaine", "semana")
        if (
            (pre in _PLAIN or pre in _PAST_PRE)
            and not post
            and (
                past_tense_before(text, m.start()) or _PAST_AFTER.match(text, m.end(), m.end() + 25)
            )
        ):
            value = ref - dt.timedelta(days=(ref.weekday() - weekday) % 7 or 7)
        elif m.group("post2"):
            value = monday_of(ref) + dt.timedelta(days=14 + weekday)
        elif (
            m.group("weekpre")
            or any(word in post for word in weekly)
            or (
                pre in _PLAIN
                and not post
                and _NEXT_WEEK_EARLIER.search(fold(text), max(0, m.start() - 70), m.start())
            )
        ):
            value = monday_of(ref) + dt.timedelta(days=7 + weekday)
        elif post or re.fullmatch(_NEXT, pre, _F):
            value = next_weekday(ref, weekday)
            if monday_of(value) == monday_of(ref):
                value += dt.timedelta(days=7)
        else:
            value = next_weekday(ref, weekday, allow_today=pre in {"this", "diesen", "ce", "este"})
        found = single(m.start(), m.end(), value, "weekday", 0.85)
        if found:
            yield found


# German two-letter weekdays (Mo, Di, Mi, Do, Fr), written with a capital inside a sentence,
# after a lower-case word and before one: "kommen Do bei euch an", "geht erst Mo raus",
# "Lieferung Fr. nachmittags". Not at a sentence start, where "Do" is English, nor before a
# capitalised word ("Mr Do Van Hung"); "Sa" and "So" are words of their own.
_GERMAN_SHORT = compile_literal_first(
    r"(?<=[a-zäöüß] )(?P<wd>Mo|Di|Mi|Do|Fr)(?:\.(?= ))?(?= [a-zäöü]|,)"
)
_GERMAN_SHORT_DAYS = {"Mo": 0, "Di": 1, "Mi": 2, "Do": 3, "Fr": 4}
# English and Spanish words that put such a capital in a sentence: "to Do list", "con Mi".
_GERMAN_SHORT_NOT_AFTER = re.compile(r"(?:\bto|\bcon|\bde|\bthe|\ba|\bmr|\bms) $")


def german_short_weekdays(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse German "Do", "Mo", "Fr." inside a sentence as a bare weekday."""
    ref = settings.reference
    for m in scan(_GERMAN_SHORT, text, settings.zones):
        if _GERMAN_SHORT_NOT_AFTER.search(text, max(0, m.start() - 4), m.start()):
            continue
        weekday = _GERMAN_SHORT_DAYS[m.group("wd")]
        if past_tense_before(text, m.start()):
            value = ref - dt.timedelta(days=(ref.weekday() - weekday) % 7 or 7)
        else:
            value = next_weekday(ref, weekday)
        found = single(m.start(), m.end(), value, "weekday", 0.8)
        if found:
            yield found


def _short_day_alone(folded: str, start: int, end: int, weekday: int) -> bool:
    """Whether a short weekday is a day: not in "Mon-Fri" or "Mon/Thu", but in "Tues/Weds"."""
    after = _SHORT_SLASH_NEXT.match(folded, end)
    if after is not None and WEEKDAY_SHORT_FOLDED.get(after.group(1)) != (weekday + 1) % 7:
        return False
    if not _SHORT_AFTER_DASH.search(folded, max(0, start - 3), start):
        return True
    before = _SHORT_SLASH_PREVIOUS.search(folded, max(0, start - 10), start)
    return before is not None and WEEKDAY_SHORT_FOLDED.get(before.group(1)) == (weekday - 1) % 7


def _week_position(m: re.Match[str], default: int) -> int:
    """Monday for early, Wednesday for mid, Friday for end of a week, else ``default``."""
    if m.group("early"):
        return 0
    if m.group("mid"):
        return 2
    if m.group("end"):
        return 4
    return default


_LAST_WEEK_NOT = re.compile(r"(?:the|in|over|during|past|for|die|der)\s+$", _F)


# What ``WEEK_PART`` holds before its week word: letters, spaces and hyphens ("mid-", "à la
# fin de la"); anything else before the first week word ends where a match can begin.
_NOT_BEFORE_WEEK = re.compile(r"[^\w\s-]|[\d_]")
_WEEK_WORDS = ("week", "woche", "semaine", "semana")


def _from_first_week_word(folded: str, zones: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """``zones`` cut to where a ``WEEK_PART`` match can begin, with the same matches.

    Every match holds a week word, and only letters, spaces and hyphens before it: no match
    begins before the run of those that leads to the first week word of a zone, and a zone
    without one has none.
    """
    cut = []
    for start, end in zones:
        found = [at for word in _WEEK_WORDS if (at := folded.find(word, start, end)) >= 0]
        if not found:
            continue
        first = min(found)
        stop = _NOT_BEFORE_WEEK.search(folded[start:first][::-1])
        cut.append((start if stop is None else first - stop.start(), end))
    return cut


def week_parts(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "next week", "early next week", "end of the week", "Anfang nächster Woche"."""
    ref = settings.reference
    folded = fold(text)
    zones = ((0, len(text)),) if settings.zones is None else settings.zones
    for m in scan(WEEK_PART, folded, tuple(_from_first_week_word(folded, zones))):
        has_pos = bool(m.group("early") or m.group("mid") or m.group("end"))
        # "la semaine dernière", "la semana pasada": last week
        last = bool(m.group("last") or m.group("lastpost"))
        if not (
            m.group("next")
            or m.group("next2")
            or m.group("this")
            or m.group("post")
            or m.group("lastpost")
            or has_pos
        ):
            if not m.group("last"):
                continue
            # "last week" is its Monday; "the last week of", "over the last week" are not.
            if _LAST_WEEK_NOT.search(text, max(0, m.start() - 12), m.start()) or (
                text[m.end() : m.end() + 4].lower().startswith(" of")
            ):
                continue
        if m.group("art") and not (has_pos or m.group("post") or m.group("lastpost")):
            continue
        offset = 7 if (m.group("next") or m.group("post")) else 0
        if m.group("next2"):  # "übernächste Woche": the week after next
            offset = 14
        if last:
            offset = -7
        weekday = _week_position(m, settings.week_weekday)
        value = monday_of(ref) + dt.timedelta(days=offset + weekday)
        found = single(m.start(), m.end(), value, "week_part", 0.8)
        if found:
            yield found


def month_parts(text: str, settings: DateSettings) -> Iterator[Candidate]:
    """Parse "end of the month", "mid-January", "early March", "fin du mois", "Monatsende"."""
    ref = settings.reference
    for m in scan(MONTH_PART, fold(text), settings.zones):
        if m.group("monthend"):
            value: dt.date | None = last_day_of_month(ref.year, ref.month)
        else:
            if m.group("m"):
                month = MONTHS[m.group("m").lower()]
                anchor = nearest_year(month, MID_DAY, ref)
            else:
                shift = 1 if (m.group("next") or m.group("post")) else 0
                shift = 2 if m.group("next2") else shift
                anchor = add_months(ref.replace(day=1), shift)
            if anchor is None:
                continue
            if m.group("early"):
                value = anchor.replace(day=EARLY_DAY)
            elif m.group("mid"):
                value = anchor.replace(day=MID_DAY)
            elif m.group("end"):
                value = last_day_of_month(anchor.year, anchor.month)
            else:
                continue
        found = single(m.start(), m.end(), value, "month_part", 0.8)
        if found:
            yield found
