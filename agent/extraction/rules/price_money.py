"""Amounts of money as suppliers write them: the number, its separators and its currency.

The patterns are written in lower case and matched on folded text (see ``fastre``), so one
compiled expression serves "EUR 4,20", "4.20 €", "$ 4.20", "8,90 $ CA" and "€ 35,-".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Letter codes must not run into a following letter ("eur" in "europe", "cad" in "cadence").
CUR = (
    r"(?:us\$|ca\$|c\$|\$\s?ca(?![a-z])|€|\$|£"
    r"|(?:eur|usd|gbp|chf|sek|pln|cny|rmb|aud|cad|nzd|inr|dkk|nok|czk|jpy|euros?)(?![a-z]))"
)
# Where an amount may begin: a digit or a currency (``CUR`` written literal first, for
# ``fastre.compile_literal_first``).
AMOUNT_LEAD = (
    r"0|1|2|3|4|5|6|7|8|9|us\$|ca\$|c\$|\$|€|£"
    r"|(?:eur|usd|gbp|chf|sek|pln|cny|rmb|aud|cad|nzd|inr|dkk|nok|czk|jpy|euros?)(?![a-z])"
)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
NUM = r"\d{1,3}(?:[.,']\d{3})+(?:[.,]\d{1,4})?|\d+(?:[.,]\d{1,4}|,-)?"
DEC = r"\d{1,3}(?:[.,']\d{3})*[.,]\d{1,2}(?!\d)|\d+,-"
_SYMBOLS = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "us$": "USD",
    "ca$": "CAD",
    "c$": "CAD",
    "$ca": "CAD",
    "euro": "EUR",
    "euros": "EUR",
    "rmb": "CNY",
}


# The currency a vendor's bare prices are in: its country's own, when it is unambiguous.
_HOME = {
    **dict.fromkeys(
        ("AT", "BE", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV"), "EUR"
    ),
    **dict.fromkeys(("MT", "NL", "PT", "SI", "SK"), "EUR"),
    "GB": "GBP",
    "US": "USD",
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
    "CH": "CHF",
    "SE": "SEK",
    "PL": "PLN",
}


def home_currency(country: str | None) -> str | None:
    """The currency of ``country`` (ISO 3166 alpha-2), ``None`` when unknown."""
    return _HOME.get((country or "").upper())


def money(name: str) -> str:
    """An amount with its currency before or after it (groups ``{name}c1/n`` or ``n2/c2``)."""
    return (
        rf"(?:(?P<{name}c1>{CUR})\s?(?P<{name}n>{NUM})"
        rf"|(?P<{name}n2>{NUM})\s?(?P<{name}c2>{CUR}))"
    )


def amount(name: str) -> str:
    """Money, or a bare number with decimals: "from 4.20 to 4.50 EUR" names its currency once.

    The bare number is group ``{name}n3``. A bare whole number next to a price is more often
    a size or a count ("kookpan 20 cm: was € 14,20") than the other price, so it never counts.
    """
    return rf"(?:{money(name)}|(?P<{name}n3>{DEC}))"


def value(m: re.Match[str], name: str) -> float | None:
    """The number of money or amount ``name`` in match ``m``."""
    groups = m.groupdict()
    return number(groups.get(f"{name}n") or groups.get(f"{name}n2") or groups.get(f"{name}n3"))


def number(raw: str | None) -> float | None:
    """The value of ``raw`` with the writer's separators: "1.150,50" and "1,150.50" alike."""
    if not raw:
        return None
    cleaned = raw.replace("'", "").removesuffix(",-")
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


def iso(raw: str, dollar: str = "USD") -> str:
    """The ISO code of a currency as written ("€" -> EUR, "$ CA" -> CAD, "$" -> ``dollar``)."""
    key = raw.lower().replace(" ", "")
    return dollar if key == "$" else _SYMBOLS.get(key, key.upper())


def currency_of(m: re.Match[str], name: str, text: str, dollar: str = "USD") -> str | None:
    """The currency of money ``name`` as written in ``text`` (``m`` matched its folded form).

    A bare "$" is ``dollar``: a Canadian or Australian vendor's own dollar.
    """
    for group in (f"{name}c1", f"{name}c2"):
        if m.group(group):
            return iso(text[m.start(group) : m.end(group)], dollar)
    return None


def scan_led(
    pattern: re.Pattern[str],
    lead: re.Pattern[str],
    text: str,
    zones: list[tuple[int, int]] | tuple[tuple[int, int], ...],
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` in each zone of ``text``, tried only where ``lead`` matches.

    ``lead`` must match wherever a match of ``pattern`` begins (it may match elsewhere too):
    ``search`` is ``match`` at the first place that matches, and ``re`` finds the places
    ``lead`` allows in C, where it tries a pattern that begins with a capturing group or a
    look-behind at every character. ``pattern`` must not match the empty string. A lead
    lists the ASCII digits: a zone with other digits is searched in full.
    """
    for start, end in zones:
        if not text.isascii() and _OTHER_DIGIT.search(text, start, end):
            # ``\d`` also matches digits of other scripts, which ``lead`` does not list.
            yield from pattern.finditer(text, start, end)
            continue
        pos = start
        while (led := lead.search(text, pos, end)) is not None:
            at = led.start()
            m = pattern.match(text, at, end)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end()
