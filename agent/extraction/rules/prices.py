"""Price changes: old and new price or a percentage, the currency and the effective date."""

from __future__ import annotations

import datetime as dt
import re

from agent.extraction.rules.fastre import fold, search_folded
from agent.extraction.rules.mentions import scan
from agent.extraction.rules.zones import inside
from agent.models import DateRole, ExtractedDate, PriceChange, Span

_F = re.IGNORECASE
# The money patterns are written in lower case and matched on folded text (see ``fastre``).
_CUR = r"(?:€|\$|£|eur|usd|gbp|chf|sek|pln|cny|aud|cad|nzd|us\$)"
_NUM = r"\d{1,3}(?:[.,']\d{3})*(?:[.,]\d{1,4})?|\d+(?:[.,]\d{1,4})?"
_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "US$": "USD"}


def _money(name: str) -> str:
    return (
        rf"(?:(?P<{name}c1>{_CUR})\s?(?P<{name}n>{_NUM})"
        rf"|(?P<{name}n2>{_NUM})\s?(?P<{name}c2>{_CUR}))"
    )


OLD_NEW = re.compile(
    rf"(?:from|von|de|du|van)\s+{_money('o')}\s*(?:/\s*\w+\s*)?"
    rf"(?:to|auf|zu|à|a|naar|->|→)\s+{_money('w')}"
    rf"|{_money('o2')}\s*(?:->|→|=>)\s*{_money('w2')}",
)
NEW_ONLY = re.compile(
    rf"(?:new\s+(?:unit\s+)?price|neuer?\s+preis|nouveau\s+prix|nuevo\s+precio|nieuwe\s+prijs)"
    rf"[^\d€$£\n]{{0,25}}{_money('w')}",
)
PERCENT = re.compile(
    r"(?P<sign>[+-−])?\s?(?P<pct>\d{1,2}(?:[.,]\d{1,2})?)\s?(?:%|percent|prozent|pour\s?cent|por\s?ciento|procent)",
)
_PRICE_CONTEXT = re.compile(
    r"price|pricing|prices|preis|prix|tarif|precio|prijs|surcharge|zuschlag|recargo|toeslag|cost",
    _F,
)
_DECREASE = re.compile(
    r"decreas|reduc|lower|senk|baisse|réduction|rebaja|reducción|verlag|korting", _F
)
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
)
_CODE = re.compile(r"(?<![\w/-])(?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?![\w-])")


def _number(raw: str | None) -> float | None:
    if not raw:
        return None
    cleaned = raw.replace("'", "")
    if "," in cleaned and "." in cleaned:
        cleaned = (
            cleaned.replace(",", "")
            if cleaned.rfind(".") > cleaned.rfind(",")
            else (cleaned.replace(".", "").replace(",", "."))
        )
    elif "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        cleaned = head.replace(",", "") + ("." + tail if len(tail) != 3 else tail)
    return float(cleaned)


def _currency(m: re.Match[str], name: str, text: str) -> str | None:
    """The currency of money ``name`` as written in ``text`` (``m`` matched its folded form)."""
    for group in (f"{name}c1", f"{name}c2"):
        if m.group(group):
            raw = text[m.start(group) : m.end(group)]
            return _SYMBOLS.get(raw, raw.upper())
    return None


def _line_of(text: str, start: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, len(text) if line_end < 0 else line_end


def find_price_changes(
    text: str, zones: list[tuple[int, int]], dates: list[ExtractedDate]
) -> list[PriceChange]:
    """Price changes in the vendor's current words; the effective date is the first so labelled."""
    effective = next((d.value for d in dates if d.role == DateRole.PRICE_EFFECTIVE), None)
    lowered = " ".join(text[start:end] for start, end in zones).lower()
    if not any(map(lowered.__contains__, _NEEDLES)):
        return []
    found: list[PriceChange] = []
    taken: list[tuple[int, int]] = []
    folded = fold(text)
    for m in scan(OLD_NEW, folded, tuple(zones)):
        old_name, new_name = ("o", "w") if m.group("on") or m.group("on2") else ("o2", "w2")
        old = _number(m.group(f"{old_name}n") or m.group(f"{old_name}n2"))
        new = _number(m.group(f"{new_name}n") or m.group(f"{new_name}n2"))
        currency = _currency(m, new_name, text) or _currency(m, old_name, text)
        _keep(found, taken, text, zones, m.start(), m.end(), effective, old, new, None, currency)
    for m in scan(NEW_ONLY, folded, tuple(zones)):
        new = _number(m.group("wn") or m.group("wn2"))
        currency = _currency(m, "w", text)
        _keep(found, taken, text, zones, m.start(), m.end(), effective, None, new, None, currency)
    for m in scan(PERCENT, folded, tuple(zones)):
        line_start, line_end = _line_of(text, m.start())
        # (the words have no look-arounds: the line's bounds are the slice's)
        if not search_folded(_PRICE_CONTEXT, text, line_start, line_end):
            continue
        pct = _number(m.group("pct")) or 0.0
        if m.group("sign") in ("-", "−") or search_folded(_DECREASE, text, line_start, line_end):
            pct = -pct
        _keep(found, taken, text, zones, m.start(), m.end(), effective, None, None, pct, None)
    return sorted(found, key=lambda p: p.span.start)


def _keep(
    found: list[PriceChange],
    taken: list[tuple[int, int]],
    text: str,
    zones: list[tuple[int, int]],
    start: int,
    end: int,
    effective: dt.date | None,
    old: float | None,
    new: float | None,
    pct: float | None,
    currency: str | None,
) -> None:
    if not inside(zones, start, end) or any(s < end and start < e for s, e in taken):
        return
    taken.append((start, end))
    line_start, line_end = _line_of(text, start)
    code = _CODE.search(text, line_start, line_end)
    found.append(
        PriceChange(
            product=code.group(0) if code else None,
            old_price=old,
            new_price=new,
            percent=pct,
            currency=currency,
            effective_date=effective,
            span=Span(start=start, end=end, quote=text[start:end]),
            confidence=0.8 if (old is not None or pct is not None) else 0.65,
        )
    )
