"""Price changes: old and new price or a percentage, the currency and the effective date.

Four shapes, strongest first, each claiming its text: rows of old/new price tables
(``price_tables``); an old and a new price in one phrase ("from EUR 4.10 to EUR 4.45",
"6,40 € statt bisher 5,90 €", "EUR 1.12 (old 1.06)", "was € 14,20, wordt € 15,10", "the
correct price is €2.95, not €2.59"); a new
price alone ("new price 7.25 USD"); and, only in an email the intent decider reads as a price
change, a surcharge amount or a percentage (``price_percent``). A percentage in the sentence
of an old and a new price is that change's percentage, not a change of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from agent.extraction.rules.fastre import compile_literal_first, fold
from agent.extraction.rules.mentions import scan
from agent.extraction.rules.price_dates import effective_dates
from agent.extraction.rules.price_freight import (
    FREIGHT_RATE,
    SURCHARGE_WORD,
    SURCHARGE_WORDS,
    next_amount,
)
from agent.extraction.rules.price_money import (
    AMOUNT_LEAD,
    amount,
    currency_of,
    money,
    number,
    scan_led,
    value,
)
from agent.extraction.rules.price_percent import (
    PERCENT,
    SENTENCE_END,
    again,
    clause,
    general,
    list_item,
    own_percent,
    priced_clause,
)
from agent.extraction.rules.price_tables import CODE, table_rows
from agent.extraction.rules.zones import inside
from agent.models import ExtractedDate, PriceChange, Span

__all__ = ["NEW_ONLY", "OLD_NEW", "PERCENT", "SURCHARGE", "find_price_changes"]

_UNIT = r"(?:\s*/\s*[a-zà-ÿ.]+|\s+[a-zà-ÿ.]+)"
# One alternative per phrase shape; the first letter of every group names the alternative.
OLD_NEW = re.compile(
    rf"(?:from|von|de|du|van)\s+{amount('ao')}(?:\s*/\s*[a-zà-ÿ.]+)?\s*"
    rf"(?:to|auf|zu|à|a|naar)\s+{amount('aw')}"
    rf"|{money('fo')}\s+(?:to|auf|à|naar)\s+{money('fw')}"
    rf"|{amount('bo')}(?:\s*/\s*[a-zà-ÿ.]+)?\s*(?:->|→|=>|(?:now|jetzt|nu|maintenant|ahora|new|neu|nieuw|nouveau|nuevo)\b)"
    rf"\s*{amount('bw')}"
    rf"|(?<![a-z])(?:was|were|alt|bisher|vorher|old|oud|ancien|avant|antes|previously)\s*:?\s*"
    rf"{amount('co')}(?:\s*/\s*[a-zà-ÿ.]+)?\s*[,;]?\s*(?:and\s+)?(?:now|new|neu|jetzt|wordt"
    rf"|nieuw|nu|maintenant|nouveau|ahora|nuevo|is\s+now|will\s+be|becomes?)\s*:?\s*{amount('cw')}"
    rf"|{amount('dw')}{_UNIT}{{0,4}}\s*,?\s*(?:instead\s+of|statt(?:\s+bisher)?|anstatt"
    rf"|anstelle\s+von|au\s+lieu\s+de|en\s+lugar\s+de|en\s+vez\s+de|in\s+plaats\s+van)"
    rf"\s+(?:(?:the|der|die|den|le|la|les|el|los|het)\s+)?{amount('do')}"
    rf"|{amount('ew')}{_UNIT}{{0,3}}\s*(?:\(\s*|,\s*|\s)(?:was|were|before|previously|formerly"
    rf"|old|bisher|vorher|alt|avant|auparavant|antes|anteriormente|voorheen|eerder|oud)"
    rf"\s*:?\s*{amount('eo')}"
    # A corrected price: "the correct 2027 price is €2.95, not €2.59 as printed".
    rf"|(?:(?:correct|corrected|right|richtiger?|korrekter?|bon|juiste)\s+(?:20\d\d\s+)?"
    rf"(?:unit\s+)?(?:price|preis|prix|precio|prijs)|(?:precio|prix)\s+correct[oa]?)"
    rf"\s+(?:is|ist|est|es|will\s+be)?\s*(?:de\s+)?:?\s*{money('gw')}\s*,?\s*"
    rf"(?:(?:and|et|y|en)\s+)?(?:not|nicht|non|no|niet)\s+{money('go')}",
)
NEW_ONLY = re.compile(
    rf"(?:new\s+(?:unit\s+)?price|neuer?\s+preis|nouveau\s+prix|nuevo\s+precio|nieuwe\s+prijs"
    rf"|(?:the\s+)?best\s+(?:i|we)\s+can\s+(?:do|offer)\s+(?:is|would\s+be))"
    rf"[^\d€$£\n]{{0,25}}{money('w')}",
)
SURCHARGE = re.compile(
    rf"(?:surcharge|zuschlag|aufschlag|supplément|supplement|recargo|suplemento|toeslag)"
    rf"[^\d€$£\n.;]{{0,40}}?{money('s')}",
)
# Where a match of each pattern may begin (a superset, written literal first so that ``re``
# skips ahead in C): the full pattern is then tried only there (``scan_led``).
_OLD_NEW_LEAD = compile_literal_first(
    rf"{AMOUNT_LEAD}|(?:from|von|de|du|van)\s"
    r"|(?<![a-z])(?:was|were|alt|bisher|vorher|old|oud|ancien|avant|antes|previously)"
    r"|correct|right|richtige|korrekte|bon|juiste|precio|prix"
)
_NEW_ONLY_LEAD = compile_literal_first(r"new|neue|nouveau|nuevo|nieuwe|the|best")
_AMOUNT_LEAD = compile_literal_first(AMOUNT_LEAD)
_PERCENT_LEAD = compile_literal_first(r"\+|−|-|0|1|2|3|4|5|6|7|8|9")
_NEEDLES = (
    "%",
    "€",
    "$",
    "£",
    "eur",
    "usd",
    "gbp",
    "chf",
    "sek",
    "pln",
    "cny",
    "aud",
    "cad",
    "nzd",
    "price",
    "preis",
    "prix",
    "precio",
    "prijs",
    "percent",
    "prozent",
    "cent",
    "procent",
    "prijz",
    "tarif",
)


_SPACE = re.compile(r"\s*")
# A sentence ends before a capital: "i.e. USD 14.85", "lelie 5 st.   € 1,45" go on.
# (Written ``(?<!\s\d)(?<!\s\d\d)(?<![\s.(][a-z])[.!?](?=\s+[A-ZÀ-Þ])|\n``, with the
# look-behinds after the stop so that ``re`` skips ahead to the stops.)
_SENTENCE_CASED = re.compile(
    "|".join(
        rf"\{stop}(?<!\s\d\{stop})(?<!\s\d\d\{stop})(?<![\s.(][a-z]\{stop})(?=\s+[A-ZÀ-Þ])"
        for stop in ".!?"
    )
    + r"|\n"
)
_LABEL = re.compile(r"[ \t\-–*•]*(?P<label>[^\s:][^:\n]{2,40}?)\s*(?::|  )\s*$")


@dataclass(slots=True)
class _Found:
    """A change before its product is known: products are looked up between neighbours."""

    start: int
    end: int
    kind: str
    old: float | None
    new: float | None
    pct: float | None
    currency: str | None
    product: str | None = None


def find_price_changes(
    text: str,
    zones: list[tuple[int, int]],
    dates: list[ExtractedDate],
    *,
    price_email: bool = True,
    home_currency: str | None = None,
) -> list[PriceChange]:
    """Price changes in the vendor's current words, each with its own effective date.

    ``price_email`` says the intent decider reads the email as a price change (primary or
    secondary): only then do a bare surcharge or percentage count, which elsewhere are
    deposits, promotions, cancellation charges and terms. ``home_currency`` is the vendor's
    own: a price table that names no currency is in it, and a Canadian vendor's "$" is CAD.
    """
    lowered = " ".join(text[start:end] for start, end in zones).lower()
    if not any(map(lowered.__contains__, _NEEDLES)):
        return []
    folded = fold(text)
    found: list[_Found] = []
    for zone in zones:
        for row in table_rows(text, folded, zone, home_currency):
            found.append(
                _Found(
                    row.start,
                    row.end,
                    "row",
                    row.old,
                    row.new,
                    row.percent,
                    row.currency,
                    row.product,
                )
            )
    dollar = home_currency if home_currency in ("CAD", "AUD", "NZD") else "USD"
    _pairs(text, folded, zones, found, dollar)
    if price_email:
        _surcharges(text, folded, zones, found, dollar)
        _percents(text, folded, zones, found)
    found.sort(key=lambda f: f.start)
    _products(text, folded, found)
    effective = effective_dates(folded, [(f.start, f.end) for f in found], dates)
    return [_change(text, f, day) for f, day in zip(found, effective, strict=True)]


def _free(zones: list[tuple[int, int]], found: list[_Found], start: int, end: int) -> bool:
    return inside(zones, start, end) and not any(f.start < end and start < f.end for f in found)


def _pairs(
    text: str, folded: str, zones: list[tuple[int, int]], found: list[_Found], dollar: str
) -> None:
    """Old and new price in one phrase, then a new price alone."""
    for m in scan_led(OLD_NEW, _OLD_NEW_LEAD, folded, zones):
        alt = (m.lastgroup or "a")[0]
        old, new = value(m, f"{alt}o"), value(m, f"{alt}w")
        currency = currency_of(m, f"{alt}w", text, dollar) or currency_of(
            m, f"{alt}o", text, dollar
        )
        if currency and old != new and _free(zones, found, m.start(), m.end()):
            found.append(_Found(m.start(), m.end(), "pair", old, new, None, currency))
    for m in scan_led(NEW_ONLY, _NEW_ONLY_LEAD, folded, zones):
        if _free(zones, found, m.start(), m.end()):
            new = value(m, "w")
            found.append(
                _Found(
                    m.start(), m.end(), "new", None, new, None, currency_of(m, "w", text, dollar)
                )
            )


def _surcharges(
    text: str, folded: str, zones: list[tuple[int, int]], found: list[_Found], dollar: str
) -> None:
    """A surcharge amount, unless its paragraph gives the new price it adds up to.

    A freight rate ("USD 350 per 40HC") counts in a paragraph that names a surcharge, and an
    amount joined to a surcharge's ("and AUD 0.80 on the tables") is one more.
    """
    if not any(map(folded.__contains__, SURCHARGE_WORDS)):
        # Neither a surcharge nor a freight rate (which needs the word in its paragraph).
        return
    priced = list(found)
    matches = list(scan(SURCHARGE, folded, tuple(zones)))
    matches += scan_led(FREIGHT_RATE, _AMOUNT_LEAD, folded, zones)
    for m in sorted(matches, key=lambda m: m.start()):
        para_start = folded.rfind("\n\n", 0, m.start())
        para_end = folded.find("\n\n", m.end())
        para_end = len(folded) if para_end < 0 else para_end
        if any(para_start < f.start and f.end <= para_end for f in priced):
            continue
        if m.re is FREIGHT_RATE and not SURCHARGE_WORD.search(folded, para_start + 1, para_end):
            continue
        joined: re.Match[str] | None = m
        start = m.start()
        while joined is not None and _free(zones, found, start, joined.end()):
            found.append(
                _Found(
                    start,
                    joined.end(),
                    "surcharge",
                    None,
                    value(joined, "s"),
                    None,
                    currency_of(joined, "s", text, dollar),
                )
            )
            joined = next_amount(folded, joined.end())
            start = joined.start("join") if joined else 0


def _percents(text: str, folded: str, zones: list[tuple[int, int]], found: list[_Found]) -> None:
    """Percentages of the vendor's own change, each merged into the priced changes it explains."""
    for m in scan_led(PERCENT, _PERCENT_LEAD, folded, zones):
        mine, lower = own_percent(folded, m)
        if not mine:
            continue
        pct = number(m.group("pct")) or 0.0
        pct = -pct if lower else pct
        explained = _explained(folded, m, pct, found)
        if explained:
            for f in explained:
                f.pct = pct
            continue
        label = list_item(text, folded, m)
        if label is None and not priced_clause(folded, m):
            continue
        same = [(f.start, f.end) for f in found if f.kind == "percent" and f.pct == pct]
        if label is None and same and not again(folded, m, same, CODE, text):
            continue
        if _free(zones, found, m.start(), m.end()):
            found.append(_Found(m.start(), m.end(), "percent", None, None, pct, None, label))


def _explained(folded: str, m: re.Match[str], pct: float, found: list[_Found]) -> list[_Found]:
    """The old/new prices that ``pct`` is the change of: in its sentence, or right after it.

    An old and a new price are explained when they differ by ``pct`` (to half a point, for
    rounded prices). After the sentence the percentage explains the next sentence, or a run
    of change lines, unless it speaks of a whole range ("all prices +6%", then examples).
    """

    def fits(f: _Found) -> bool:
        if f.kind == "percent" or f.pct is not None or not f.old or f.new is None:
            return False
        return abs((f.new - f.old) / f.old * 100 - pct) <= 0.6

    s_start, s_end = clause(folded, m.start(), m.end(), SENTENCE_END)
    near = [f for f in found if s_start <= f.start and f.end <= s_end and fits(f)]
    if near:
        return [min(near, key=lambda f: min(abs(f.start - m.end()), abs(m.start() - f.end)))]
    if general(folded, m):
        return []
    following = _SPACE.match(folded, s_end + 1)
    nxt = following.end() if following else s_end
    _, next_end = clause(folded, nxt, nxt, SENTENCE_END)
    run: list[_Found] = []
    for f in sorted((f for f in found if f.start > s_end), key=lambda f: f.start):
        between = folded[run[-1].end if run else s_end : f.start]
        if f.start >= next_end and not (run and between.count("\n") == 1):
            break
        if not fits(f):
            break
        run.append(f)
    return run


def _products(text: str, folded: str, found: list[_Found]) -> None:
    """The item code nearest before each change in its sentence, else the next one after it.

    The search stops at the neighbouring changes, so "KW-THR-130 goes from NZD 48.00 to NZD
    53.50 and KW-CUS-45 from NZD 19.20 to NZD 21.00" gives each change its own code. Without
    a code, a list line's label names the item ("Glass storage jar 1.2L: USD 2.40 -> 2.48").
    """
    for index, f in enumerate(found):
        if f.kind == "row" or f.product is not None:
            continue
        s_start, s_end = clause(text, f.start, f.end, _SENTENCE_CASED)
        low = max(s_start, found[index - 1].end if index else 0)
        high = min(s_end, found[index + 1].start if index + 1 < len(found) else s_end)
        # A code between two changes that the first took as its own is not the second's.
        taken = found[index - 1].product if index else None
        before = [c for c in CODE.finditer(text, low, f.start) if c.group(0) != taken]
        code = before[-1] if before else CODE.search(text, f.end, max(f.end, high))
        if code is not None:
            f.product = code.group(0)
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        label = _LABEL.match(text, max(line_start, low), f.start)
        f.product = label.group("label") if label else None


def _change(text: str, f: _Found, effective: dt.date | None) -> PriceChange:
    return PriceChange(
        product=f.product,
        old_price=f.old,
        new_price=f.new,
        percent=f.pct,
        currency=f.currency,
        effective_date=effective,
        span=Span(start=f.start, end=f.end, quote=text[f.start : f.end]),
        confidence=0.8 if (f.old is not None or f.pct is not None) else 0.65,
    )
