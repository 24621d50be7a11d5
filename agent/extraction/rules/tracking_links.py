"""Tracking numbers inside carriers' tracking links.

Suppliers paste the carrier's link instead of the number ("Sendungsverfolgung:
https://www.dhl.de/...verfolgen.html?piececode=00340434161234567890"); the number is the
link's query value or path segment. A link counts only when it is a tracking link (its host
or path says track/verfolg/suivi/seguimiento/volg/parcel: a carrier's home page with a
session id is none), and a value only when it holds eight digits or more, so that language
codes and dates are no numbers. The host names the carrier when the text does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A link up to the first space or closing bracket; the text after it must not glue a word on.
_LINK = re.compile(r"https?://(?P<host>[A-Za-z0-9.-]+)(?P<rest>[^\s<>\"'()\[\]]*)")
# Carriers by a word of their host name, named as buyers write them.
_HOSTS = {
    "dhl": "DHL",
    "dpd": "DPD",
    "ups": "UPS",
    "gls-group": "GLS",
    "gls-pakete": "GLS",
    "gls": "GLS",
    "fedex": "FedEx",
    "postnl": "PostNL",
    "tnt": "TNT",
    "colissimo": "Colissimo",
    "laposte": "Colissimo",
    "chronopost": "Chronopost",
    "seur": "SEUR",
    "correos": "Correos",
    "correosexpress": "Correos Express",
    "mrw": "MRW",
    "bpost": "Bpost",
    "myhermes": "Hermes",
    "hermes": "Hermes",
    "parcelforce": "Parcelforce",
    "royalmail": "Royal Mail",
    "usps": "USPS",
    "dachser": "Dachser",
    "dbschenker": "DB Schenker",
    "schenker": "Schenker",
}
_TRACKING_PATH = re.compile(r"track|verfolg|suiv|seguimiento|volg|sendung|parcel|envio", re.I)
# A query value or path segment: letters and digits only, with eight digits or more.
_VALUE = re.compile(r"(?<=[/=])(?=(?:[A-Za-z]*\d){8})[A-Za-z0-9]{8,35}(?=[/&#?]|$)")


@dataclass(frozen=True, slots=True)
class LinkNumber:
    """A number inside a tracking link, the link's span and the carrier its host names."""

    start: int
    end: int
    link_start: int
    link_end: int
    host_carrier: str | None


def link_numbers(text: str, zones: tuple[tuple[int, int], ...]) -> Iterator[LinkNumber]:
    """The first number of each tracking link in the zones of ``text``."""
    for zone_start, zone_end in zones:
        for m in _LINK.finditer(text, zone_start, zone_end):
            link_end = m.end()
            while link_end > m.start("rest") and text[link_end - 1] in ".,;:!":
                link_end -= 1
            words = m.group("host").lower().split(".")
            carrier = next((_HOSTS[w] for w in words if w in _HOSTS), None)
            rest = text[m.start("rest") : link_end]
            if not _TRACKING_PATH.search(text, m.start(), link_end):
                continue
            value = _VALUE.search(rest)
            if value is not None:
                offset = m.start("rest")
                yield LinkNumber(
                    offset + value.start(), offset + value.end(), m.start(), link_end, carrier
                )
