"""Which way a moved date goes, and whether a date holds: the ``dir:*`` features.

``dir:earlier`` / ``dir:later`` count date pairs that move earlier (a pull-in) or later (a
slip), ``dir:same`` labelled pairs and acknowledgement tables whose new (confirmed) date is
the old (requested) one, ``dir:holds`` dates that a "still / bleibt / reste / sigue /
blijft" says hold. The pairs are

- two dates in one sentence linked by "instead of / not / rather than / statt / au lieu de /
  en lugar de / in plaats van" (the first is the new date, the second the old one, or the
  other way round when the link comes first: "in plaats van 4 december ... 30 november"),
  also with a bare day as the old side ("Friday 20 November instead of the 27th");
- "from X to Y" in a sentence that says something moves;
- labelled dates: "Oude leverdatum: X / Nieuwe leverdatum: Y", "original ETD X, now new ETD
  Y", "alter / neuer Termin", "ancienne / nouvelle date", "fecha anterior / nueva fecha",
  "X (was Y)", "requested delivery: X / confirmed delivery: Y";
- the lines of an order-acknowledgement table under a header with a requested and a
  confirmed column ("Wunschtermin  Bestätigt", "Req. week  Conf. delivery", "gewenst /
  bevestigd", "solicitada / confirmada", "demandée / confirmée").

Dates are parsed locally and only compared, never resolved: a day and month (numeric, read
day-first or month-first, whichever keeps the dates closer together, ISO, or with a month
name in five languages) or a calendar week. Labels and hold words are looked for only in the
few characters before (or just after) each date, tables only when two dates share a line
and a cheap substring check finds a word that can head a requested column. The input is
accent-folded and lower case (``intent_features.fold``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from typing import NamedTuple

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


def _month_pattern() -> str:
    """The month names, longest first, grouped by their first letter.

    The same alternation as the names one after another (within a letter the order is
    kept, and names with another first letter cannot match where these do), but the regex
    engine tries one group per letter instead of every name at each word start.
    """
    groups: dict[str, list[str]] = {}
    for name in sorted(_MONTH_OF, key=len, reverse=True):
        groups.setdefault(name[0], []).append(name[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_MONTH = "(?:" + _month_pattern() + r")\b\.?"
_FIRST = "".join(sorted({name[0] for name in _MONTH_OF} | set("wkcs")))
_DATE = re.compile(
    # the lookarounds only make the search fast: a date starts a word, with a digit or letter
    # that can start one
    r"(?<![a-z0-9])(?=[0-9" + _FIRST + r"])"
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|er|e)?\.?\s+(?:of\s+|de\s+)?(?P<m1>" + _MONTH + ")"
    r"|(?P<m2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b"
    r"|(?P<a>\d{1,2})[./](?P<b>\d{1,2})(?:[./](?:\d{4}|\d{2}))?(?![\d/])"
    r"|(?P<da>\d{1,2})-(?P<db>\d{1,2})-(?:\d{4}|\d{2})(?![\d-])"
    r"|(?:19|20)\d\d-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d-])"
    r"|(?:week|wk|kw|cw|semaine|semana|sem|w)\s*\.?\s*(?P<w>\d{1,2})\b)"
)
# "[!?\n]|(?<!\d)\.(?=\s)" written so that every branch starts with a literal: the search
# then skips to the next "!", "?", newline or full stop instead of trying every position.
_SENTENCE = re.compile(r"!|\?|\n|\.(?<!\d\.)(?=\s)")
_INSTEAD = re.compile(
    r"\b(?:instead of|rather than|statt|anstatt|au lieu d\w*|en lugar del?|en vez del?"
    r"|in plaats van|i\.?p\.?v|not|nicht|non|pas|no|niet|than)\b"
)
_INSTEAD_DAY = re.compile(
    # the old side as a bare day right after the new date: "20 november instead of the 27th"
    r"[\s,(]*(?:instead of|rather than|not|statt|anstatt|au lieu du?|et non|en lugar del?"
    r"|en vez del?|in plaats van|niet)\s+(?:the\s+|le\s+|el\s+|den\s+|dem\s+|am\s+|de\s+)?"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|e|\.)?(?![\d./:-])(?!\s*(?:of\s+|de\s+)?" + _MONTH + ")"
)
_FROM = re.compile(r"\b(?:from|von|vom|du|van|de|del)\s*(?:the\s+|dem\s+|le\s+|el\s+)?$")
_TO = re.compile(r"^\s*(?:to|auf|au|naar|a|al|zum|den|tot)\b")
_MOVES = re.compile(
    r"\b(?:mov|chang|shift|postpon|push|brought|bring|pull|verschob|verschieb|verleg"
    r"|vorgezog|vorzieh|geander|decal|avanc|report|modifi|cambi|adelant|aplaz|retras"
    r"|verplaat|vervroeg|uitgesteld|uitstel|repouss|glis|pas[oa]\b)"
)


def _each(words: str, kind: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), kind)


_CONTEXT_WORDS: dict[str, str] = {
    # the words before a date: the last label tells whether it is the old or the new one (a
    # requested / confirmed key only as "key: date"); a hold word holds it unless a negation
    # or a closure follows ("still not", "remain closed from")
    **_each(
        "old previous previously orig original originally initial initially was before "
        "formerly alt alte alten alter altes bisher bisherige bisherigen bisheriger vorher "
        "ancien ancienne precedent precedente initiale initialement auparavant avant "
        "anterior antes inicial previa oud oude vorige oorspronkelijk oorspronkelijke "
        "eerdere voorheen",
        "old",
    ),
    **_each(
        "new revised updated rescheduled now neu neue neuen neuer neues jetzt nun nouvel "
        "nouvelle nouveau revisee modifiee maintenant desormais nueva nuevo ahora revisada "
        "actualizada nieuw nieuwe nu herziene aangepaste gewijzigde",
        "new",
    ),
    **_each("requested req solicitada solicitado demande demandee", "req"),
    **_each(
        "confirmed conf bestatigt zugesagt confirmada confirmado confirme confirmee",
        "conf",
    ),
    **_each(
        "still remain remains stay stays bleibt bleiben weiterhin toujours maintenons "
        "maintient maintenu maintenue sigue siguen mantiene mantienen mantenemos blijft "
        "blijven reste restent",
        "hold",
    ),
    **_each("not no nicht pas plus niet geen nunca never t", "neg"),
    **_each("gesloten vom from du desde van", "closed"),
}
_CONTEXT_PREFIXES: tuple[tuple[str, str], ...] = (
    ("ursprunglich", "old"),
    ("wunsch", "req"),
    ("gewunscht", "req"),
    ("gewenst", "req"),
    ("gevraagd", "req"),
    ("bevestigd", "conf"),
    ("kein", "neg"),
    ("clos", "closed"),
    ("geschlossen", "closed"),
    ("ferme", "closed"),
    ("cerrad", "closed"),
)
_HOLD_PAIRS = frozenset({("wie", "vor"), ("nog", "steeds"), ("nog", "altijd")})
_PAIR_ENDS = frozenset(second for _, second in _HOLD_PAIRS)
_ALPHA = re.compile(r"[a-z]+")
_KIND_CACHE: dict[str, str] = dict(_CONTEXT_WORDS)
_HOLD_AFTER = re.compile(r"[\s.,)]*(?:bleibt|bleiben|blijft|stands|holds|remains|steht)\b")
_TABLE_OLD = ("wunsch", "gewunscht", "req", "gewenst", "solicit", "demande", "orig", "old")
_TABLE_NEW = ("bestatig", "conf", "bevestig", "new", "neu", "nieuw", "nouvel", "nuev", "est")
_COLUMN = re.compile(
    r"\b(?:(?P<old>wunsch\w*|gewunscht\w*|req\w*|gewenst\w*|gevraagd\w*|solicitad[ao]|demandee?"
    r"|orig\w*|old|alte[rn]?|oude?|ancienne?|anterior|previous|prev)"
    r"|(?P<new>bestatigt|conf\w*|bevestigd\w*|confirmad[ao]|confirmee?|zugesagt|promised|new"
    r"|neue?[rn]?|nieuwe?|nouvelle|nueva|revised|est|sched\w*))\b"
)
_WINDOW = 56
_WRAP = 183
_YEAR = 365
_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


class DateCues(NamedTuple):
    """Counts of the ``dir:*`` features."""

    earlier: int = 0
    later: int = 0
    same: int = 0
    holds: int = 0


def _day(month: int, day: int) -> int | None:
    return _DAYS_BEFORE[month - 1] + day if 1 <= month <= 12 and 1 <= day <= 31 else None


def _value(match: re.Match[str], month_first: bool) -> int | None:
    """Days into the year (a calendar week counts as its Thursday)."""
    return _readings(match)[month_first]


def _readings(match: re.Match[str]) -> tuple[int | None, int | None]:
    """``_value`` of a date read day-first and month-first, from one ``groups()`` call.

    Only a numeric day and month ("11/20", "03-12-2026") reads two ways; one tuple of the
    groups costs less than a look-up by group name for each.
    """
    d1, m1, m2, d2, a, b, da, db, im, iday, w = match.groups()
    if w:
        week = int(w)
        value = 7 * week - 6 if 1 <= week <= 53 else None
        return value, value
    if im:
        value = _day(int(im), int(iday))
        return value, value
    if a or da:
        first, second = int(a or da), int(b or db)
        return _day(second, first), _day(first, second)
    value = _day(_MONTH_OF[(m1 or m2).rstrip(".").strip()], int(d1 or d2))
    return value, value


def _diff(new: int, old: int) -> int:
    """Days from ``old`` to ``new``, the short way round a year end."""
    diff = new - old
    if diff > _WRAP:
        return diff - _YEAR
    if diff < -_WRAP:
        return diff + _YEAR
    return diff


def _sign(new: int, old: int, slack: int = 0) -> int:
    """+1 when ``new`` is later than ``old``, -1 when earlier (across a year end too)."""
    diff = _diff(new, old)
    if abs(diff) <= slack:
        return 0
    return (diff > 0) - (diff < 0)


def _mixed(first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether one of the two is a calendar week and the other a day."""
    return (first["w"] is None) != (second["w"] is None)


def _values(matches: list[re.Match[str]]) -> list[int | None]:
    """The dates' values, numeric ones read the way that keeps the dates closest together."""
    both = [_readings(m) for m in matches]
    readings = [[day_first for day_first, _ in both], [month_first for _, month_first in both]]

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
        if a is None or b is None or _mixed(first, second):
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


def _instead_of_day(text: str, match: re.Match[str]) -> int:
    """The direction of "20 November instead of the 27th" (0 when no bare day follows).

    ``match`` is a date with a month name.
    """
    old = _INSTEAD_DAY.match(text, match.end(), match.end() + 40)
    value = _value(match, False)
    if old is None or value is None:
        return 0
    day = int(old["d"])
    month = _MONTH_OF[(match["m1"] or match["m2"]).rstrip(".").strip()]
    olds = [_day(m, day) for m in (month - 1 or 12, month, month % 12 + 1)]
    known = [v for v in olds if v is not None]
    if not known:
        return 0
    return _sign(value, min(known, key=lambda v: abs(_diff(value, v))))


def _kind(word: str) -> str:
    """A word's context kind by its prefix (cached per process)."""
    kind = next((k for prefix, k in _CONTEXT_PREFIXES if word.startswith(prefix)), "")
    if len(_KIND_CACHE) >= 20_000:
        _KIND_CACHE.clear()
        _KIND_CACHE.update(_CONTEXT_WORDS)
    _KIND_CACHE[word] = kind
    return kind


def _context(text: str, matches: list[re.Match[str]]) -> tuple[list[str], int]:
    """Each date's label ("old", "new" or ""), and how many dates a hold word holds."""
    labels = []
    held = 0
    previous_end = 0
    for match in matches:
        start = match.start()
        window = text[max(text.rfind("\n", 0, start) + 1, previous_end, start - _WINDOW) : start]
        previous_end = match.end()
        label = ""
        hold = False
        previous = ""
        for word in _ALPHA.findall(window):
            kind = _KIND_CACHE.get(word)
            if kind is None:
                kind = _kind(word)
            if kind == "hold":
                # "le reste" / "du reste" is the rest of the goods
                hold = not (word[0] == "r" and previous in ("le", "du"))
            elif kind == "neg" or kind == "closed":
                hold = False
            elif kind:
                label = kind
            elif word in _PAIR_ENDS and (previous, word) in _HOLD_PAIRS:
                hold = True
            previous = word
        if label == "req" or label == "conf":
            label = ("old" if label == "req" else "new") if window.rstrip()[-1:] == ":" else ""
        labels.append(label)
        if hold or _HOLD_AFTER.match(text, previous_end, previous_end + 24):
            held += 1
    return labels, held


def _labelled(
    text: str,
    matches: list[re.Match[str]],
    labels: list[str],
    values: list[int | None],
    cues: list[int],
) -> None:
    """Pairs of an old-labelled and a new-labelled date, and "X (was Y)"."""
    pending: dict[str, int] = {}  # label -> index of the last date with it, not yet paired
    for i, (match, label) in enumerate(zip(matches, labels, strict=True)):
        if not label or values[i] is None:
            continue
        start = match.start()
        gap_start = matches[i - 1].end() if i else 0
        if label == "old" and i and start - gap_start < 32 and "(" in text[gap_start:start]:
            # "12/18 (was 12/11)", "W48 (was W46)": the date before is the new one
            _pair(matches[i - 1], values[i - 1], match, values[i], cues)
            pending.pop("new", None)
            continue
        other = "new" if label == "old" else "old"
        j = pending.pop(other, None)
        if j is not None and start - matches[j].end() < 240:
            old, new = (i, j) if label == "old" else (j, i)
            _pair(matches[new], values[new], matches[old], values[old], cues)
        else:
            pending[label] = i


def _pair(
    new: re.Match[str], new_value: int | None, old: re.Match[str], old_value: int | None,
    cues: list[int],
) -> None:  # fmt: skip
    if new_value is None or old_value is None:
        return
    sign = _sign(new_value, old_value, 3 if _mixed(new, old) else 0)
    cues[0 if sign < 0 else 1 if sign > 0 else 2] += 1


def _has_row(text: str, matches: list[re.Match[str]]) -> bool:
    """Whether two dates share a line under a word that can head a requested column."""
    return any(
        text.find("\n", first.end(), second.start()) < 0 for first, second in pairwise(matches)
    ) and any(key in text for key in _TABLE_OLD)


def _tables(text: str, matches: list[re.Match[str]], values: list[int | None]) -> list[int]:
    """Directions of the lines under a "requested ... confirmed" table header.

    A line later than requested on any line counts once as later, all lines the same as
    requested once as same, otherwise earlier lines once as earlier.
    """
    found: list[int] = []
    line_ends = [m.start() for m in re.finditer("\n", text)] + [len(text)]
    by_line: dict[int, list[int]] = {}
    for i, match in enumerate(matches):
        by_line.setdefault(bisect_right(line_ends, match.start() - 1), []).append(i)
    start = 0
    header: list[str] | None = None
    signs: list[int] = []
    for number, end in enumerate(line_ends):
        line = text[start:end]
        start = end + 1
        dates = by_line.get(number, [])
        if not line.strip():
            _close(signs, found)
            header = None
            continue
        if header is not None and len(dates) >= 2:
            signs.extend(_row(header, dates, matches, values))
            continue
        if not dates and any(k in line for k in _TABLE_OLD) and any(k in line for k in _TABLE_NEW):
            kinds = [c.lastgroup or "" for c in _COLUMN.finditer(line)]
            if "old" in kinds and "new" in kinds:
                _close(signs, found)
                header = kinds
    _close(signs, found)
    return found


def _row(
    kinds: list[str], dates: list[int], matches: list[re.Match[str]], values: list[int | None]
) -> list[int]:
    """The sign of the confirmed column against the requested one on one table line."""
    if len(dates) >= len(kinds):
        dates = dates[len(dates) - len(kinds) :]
        old, new = dates[kinds.index("old")], dates[len(kinds) - 1 - kinds[::-1].index("new")]
    else:
        old, new = dates[0], dates[-1]
    a, b = values[old], values[new]
    if a is None or b is None:
        return []
    return [_sign(b, a, 3 if _mixed(matches[old], matches[new]) else 0)]


def _close(signs: list[int], found: list[int]) -> None:
    if signs:
        found.append(1 if 1 in signs else -1 if -1 in signs else 0)
        signs.clear()


def _by_sentence(
    text: str, matches: list[re.Match[str]]
) -> list[tuple[int, int, list[re.Match[str]]]]:
    """The sentences that hold dates: start, end and their dates, in order.

    A date belongs to the first sentence that ends after its start; a sentence is found by
    bisecting the sentence ends, not by walking every sentence of the text.
    """
    ends = [m.end() for m in _SENTENCE.finditer(text)]
    ends.append(len(text))
    found: list[tuple[int, int, list[re.Match[str]]]] = []
    current = -1
    for match in matches:
        number = bisect_right(ends, match.start())
        if number != current:
            current = number
            found.append((ends[number - 1] if number else 0, ends[number], [match]))
        else:
            found[-1][2].append(match)
    return found


def date_cues(folded: str) -> DateCues:
    """The ``dir:*`` counts of an accent-folded, lower-case text."""
    matches = list(_DATE.finditer(folded))
    if not matches:
        return DateCues()
    cues = [0, 0, 0, 0]  # earlier, later, same, holds
    if len(matches) >= 2:
        for start, end, these in _by_sentence(folded, matches):
            if len(these) >= 2:
                for sign in _sentence_directions(folded, start, end, these):
                    cues[0] += sign < 0
                    cues[1] += sign > 0
    labels, cues[3] = _context(folded, matches)
    values: list[int | None] = []
    for match in matches:
        if match["m1"] or match["m2"]:
            sign = _instead_of_day(folded, match)
            cues[0] += sign < 0
            cues[1] += sign > 0
    if "old" in labels and ("new" in labels or "(" in folded):
        values = _values(matches)
        _labelled(folded, matches, labels, values, cues)
    if len(matches) >= 2 and _has_row(folded, matches):
        for sign in _tables(folded, matches, values or _values(matches)):
            cues[0 if sign < 0 else 1 if sign > 0 else 2] += 1
    return DateCues(*cues)


def directions(folded: str) -> tuple[int, int]:
    """How many linked date pairs move earlier and how many later."""
    cues = date_cues(folded)
    return cues.earlier, cues.later
