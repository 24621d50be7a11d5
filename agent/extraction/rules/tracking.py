"""Carriers and tracking numbers, container and bill-of-lading numbers."""

from __future__ import annotations

import re

from agent.extraction.rules.fastre import fold, folds_as_ignorecase, lower_case_twin, not_after
from agent.extraction.rules.mentions import scan
from agent.extraction.rules.zones import inside
from agent.models import Span, Tracking

_F = re.IGNORECASE

CARRIERS: tuple[tuple[str, str], ...] = (
    ("DHL", r"\bDHL(?:\s+Express|\s+Freight|\s+Paket)?\b"),
    ("UPS", r"\bUPS\b"),
    ("FedEx", r"\bFed\s?Ex\b"),
    ("DPD", r"\bDPD\b"),
    ("GLS", r"\bGLS\b"),
    ("PostNL", r"\bPost\s?NL\b"),
    ("TNT", r"\bTNT\b"),
    ("DB Schenker", r"\b(?:DB\s+)?Schenker\b"),
    ("Kuehne+Nagel", r"\b(?:Kuehne|Kühne)\s*\+\s*Nagel\b|\bK\+N\b"),
    ("Maersk", r"\bMaersk\b"),
    ("MSC", r"\bMSC\b"),
    ("CMA CGM", r"\bCMA\s+CGM\b"),
    ("Hapag-Lloyd", r"\bHapag[-\s]Lloyd\b"),
    ("COSCO", r"\bCOSCO\b"),
    ("Evergreen", r"\bEvergreen\s+Line\b"),
)
_CARRIER = [(name, re.compile(p, _F)) for name, p in CARRIERS]
# Each shape begins with a literal or a class, the look-behind ``(?<!\w)`` after it (see
# ``fastre``).
_SHAPES: tuple[tuple[str | None, re.Pattern[str]], ...] = (
    ("UPS", re.compile(not_after(r"\w", ["1Z"]) + r"[0-9A-Z]{16}(?![\w])")),
    ("PostNL", re.compile(not_after(r"\w", ["3S"]) + r"[A-Z0-9]{11,13}(?![\w])")),
    ("DHL", re.compile(not_after(r"\w", ["JJD"]) + r"\d{10,20}(?![\w])")),
    (None, re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2}U\s?\d{6}-?\d(?![\w])")),
)
_LABELLED = re.compile(
    r"(?:tracking|track(?:ing)?\s*(?:no\.?|number|#|code|id)|sendungs(?:nummer|nr\.?)|"
    r"trackingnummer|paketnummer|num[ée]ro\s+de\s+suivi|n[°º]\s+de\s+suivi|suivi|"
    r"n[úu]mero\s+de\s+seguimiento|seguimiento|track\s*(?:&|and)\s*trace(?:\s*code)?|"
    r"barcode|awb|air\s*waybill|waybill|consignment(?:\s+note)?|bill\s+of\s+lading|b/l|"
    r"\bbl\b|hbl|mbl|container(?:\s+no\.?)?|containernummer)"
    r"\s*(?:no\.?|number|nr\.?|#|code|is|ist|est|es)?\s*[:#]?\s*"
    r"(?P<num>(?=[A-Z0-9 -]*\d{4})[A-Z0-9][A-Z0-9-]{4,34}(?:\s\d{3,6}){0,4})(?![\w-])",
    _F,
)


_NEEDLES = (
    "track",
    "awb",
    "waybill",
    "lading",
    "b/l",
    "bl",
    "container",
    "sendung",
    "suivi",
    "seguimiento",
    "trace",
    "barcode",
    "consignment",
    "paket",
)


def _carrier_near(text: str, start: int, end: int) -> str | None:
    window_start = max(0, start - 160)
    best: tuple[int, str] | None = None
    # (on folded text by each pattern's lower-case twin where that finds the same: ``fastre``)
    as_folded = folds_as_ignorecase(text)
    source = fold(text) if as_folded else text
    for name, pattern in _CARRIER:
        carrier = lower_case_twin(pattern) if as_folded else pattern
        for m in carrier.finditer(source, window_start, min(len(text), end + 60)):
            distance = abs(start - m.end()) if m.end() <= start else abs(m.start() - end) + 20
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def find_tracking(text: str, zones: list[tuple[int, int]]) -> list[Tracking]:
    """Distinct tracking numbers in the vendor's current words, with their carrier if named."""
    found: dict[str, Tracking] = {}
    for shape_carrier, pattern in _SHAPES:
        for m in scan(pattern, text, tuple(zones)):
            _add(found, text, zones, m.start(), m.end(), shape_carrier, 0.9)
    lowered = " ".join(text[start:end] for start, end in zones).lower()
    labelled = any(map(lowered.__contains__, _NEEDLES))
    for m in scan(_LABELLED, text, tuple(zones)) if labelled else ():
        start, end = m.span("num")
        _add(found, text, zones, start, end, None, 0.8)
    return sorted(found.values(), key=lambda t: t.span.start)


def _add(
    found: dict[str, Tracking],
    text: str,
    zones: list[tuple[int, int]],
    start: int,
    end: int,
    carrier: str | None,
    confidence: float,
) -> None:
    if not inside(zones, start, end):
        return
    quote = text[start:end]
    number = re.sub(r"[\s]", "", quote).upper()
    if number in found or any(s.span.start <= start < s.span.end for s in found.values()):
        return
    found[number] = Tracking(
        carrier=carrier or _carrier_near(text, start, end),
        number=number,
        span=Span(start=start, end=end, quote=quote),
        confidence=confidence,
    )
