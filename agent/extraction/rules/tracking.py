"""Carriers and tracking numbers: parcel, PRO, AWB, B/L, container, CMR and consignment numbers.

A number counts when a shipping document label names it ("PRO 0123456789", "Sendungsnr.
7301 5590 2241", "lettre de voiture 33-0917-2281", "CMR-nummer VH-2026-118734"), when a
carrier's name stands right before it ("UPS 1Z 8V4 470 68 0412 2231", "DPD
15501234567890"), or when it has a carrier's own shape (UPS ``1Z``, DHL ``JJD``, PostNL
``3S``, ISO 6346 containers). Bare digit runs are never taken: order, invoice and phone
numbers, dates and quantities look the same and a wrong number shown to a planner is worse
than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.extraction.rules.carriers import CARRIER_NAME, carrier_near
from agent.extraction.rules.fastre import fold, not_after
from agent.extraction.rules.mentions import scan
from agent.extraction.rules.tracking_links import link_numbers
from agent.extraction.rules.zones import inside
from agent.models import Span, Tracking

_SHAPES: tuple[tuple[str | None, re.Pattern[str]], ...] = (
    ("UPS", re.compile(not_after(r"\w", ["1Z"]) + r"[0-9A-Z]{16}(?![\w])")),
    ("PostNL", re.compile(not_after(r"\w", ["3S"]) + r"[A-Z0-9]{11,13}(?![\w])")),
    ("DHL", re.compile(not_after(r"\w", ["JJD"]) + r"\d{10,20}(?![\w])")),
    (None, re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2}U\s?\d{6}-?\d(?![\w])")),
)
# A character each shape's numbers hold: a text without it is not scanned for them (``in``
# finds one character many times faster than ``re`` scans).
_SHAPE_NEEDS = ("Z", "S", "J", "U")

# Document labels in English, German, French, Spanish and Dutch, longest form first.
_LABELS = (
    r"sammel-trackingnummer|trackingnummer|tracking(?:\s*/\s*pro)?|track\s*(?:&|and|\+|n)\s*trace",
    r"pro\s*bill|pro|bol|b/l|bl(?=\s+no\b)|hbl|mbl|bill\s+of\s+lading|connaissement|"
    r"conocimiento\s+de\s+embarque",
    r"m?awb|hawb|air\s*waybill|waybill|gu[íi]a(?:\s+a[ée]rea)?|lettre\s+de\s+transport|lta",
    r"consignment(?:\s+note)?|con\.?\s*no\.|trip\s+number|load\s*(?:#|number)",
    r"shipment(?!\s*id)|parcel\s+numbers?|pakketnummers?|paketnummer(?:n)?|colis",
    # A parcel by its number word, or as a line of a parcel list ("Paket 1/2: 0150 ...").
    r"(?:parcel|package|paket|pakket|paquete|bulto)(?:-nr\.?|(?:\s*\d{1,2}\s*(?:/|of|von|de|van)"
    r"\s*\d{1,2})?(?=\s*(?:no\b|nr\b|n[°º]|#|id\b|number\b|nummer\b|:)))",
    r"containers?|contenedor(?:es)?|conteneur|cont\.?\s*no|containernummer",
    r"cmr(?:-?(?:nummer|nr\.?|no\.?))?|frachtbrief(?:nummer|-?nr\.?)?|vrachtbrief(?:nummer)?|"
    r"lettre\s+de\s+voiture|r[ée]c[ée]piss[ée]",
    r"sendungsnummer(?:n)?|sendungsnr\.?|sendung(?:en)?|zending(?:s)?nummer|zending",
    r"num[ée]ro\s+de\s+suivi|n[°º]\s+de\s+suivi|suivi|n[°º]\s+d'(?:exp[ée]dition|envoi)|"
    r"r[ée]f\.?\s+envoi",
    r"n[úu]mero\s+de\s+(?:seguimiento|rastreo|env[íi]o|expedici[óo]n)|seguimiento|rastreo|"
    r"(?<!aviso de )expedici[óo]n|env[íi]o(?:\s+n\.?\s?[°º])?",
)
_FILL = (
    r"(?:\s*(?:n[°º.]\s?[º°]?|no\.?|nr\.?|num\.?|number|nummer|#|:|is|ist|lautet|est|es|"
    r"\(awb\))(?![^\W\d_]))*\s*"
)
# Groups of a number: joined by ``-`` or ``.``, or by single spaces when the next group holds
# a digit ("4012 8834 551", "1Z 8V4 470 68 0412 2231"); a capital prefix ("MSKU 774 120 3",
# "KN 6120-889-04") and a country suffix ("CE 118 447 552 IE") may stand apart.
_LABEL_WORDS = r"(?-i:CMR|PRO|BOL|AWB|HAWB|MAWB|HBL|MBL)\b"
_GROUP = r"[a-z0-9]+(?:[-.][a-z0-9]+)*"
_NUMBER = (
    rf"(?P<num>(?:(?!{_LABEL_WORDS})(?-i:[A-Z]{{2,5}}) (?=[a-z]*\d))?(?=[a-z0-9.-]*\d){_GROUP}"
    rf"(?: (?=[a-z]*\d){_GROUP})*(?: (?-i:[A-Z]{{2}})(?![\w-]))?)(?![\w-])"
)
# What a label's numbers are for, before a colon or "is" ("parcel numbers for the loose
# cartons: ...", "CMR for first truck is 889377"): words only, short, on the label's line.
_PURPOSE = (
    r"(?:(?:\s+(?:numbers?|nummern|num[ée]ros|n[úu]meros|nos\.?))?"
    r"\s+(?:for|für|pour|para|voor)\s+[^\W\d_][^:\n\d]{0,30}?"
    r"(?=\s*(?::|(?:is|ist|est|es)\s)))?"
)
_LABELLED = re.compile(
    rf"(?<![\w-])(?:(?:{'|'.join(_LABELS)})(?![^\W\d_]){_PURPOSE}{_FILL}(?:{CARRIER_NAME}(?![\w+])"
    rf"{_FILL})?|(?P<carrier>{CARRIER_NAME})(?:\s*[:(]|\s*[(,]?\s*(?:n[°º]|ref\.?)(?![^\W\d_]))?\s*)"
    rf"{_NUMBER}",
    re.IGNORECASE,
)
# ISO 6346 owner code and serial, as written ("MSKU 774 120 3", "TGHU-D11B-10284");
# case-sensitive and led by a class so that ``re`` skips ahead to capitals.
_CASED_GROUP = _GROUP.replace("a-z", "A-Za-z")
_CONTAINER = re.compile(
    rf"(?P<num>[A-Z](?<![\w-][A-Z])[A-Z]{{2}}U[ -]?{_CASED_GROUP}(?: (?=\d){_CASED_GROUP})*)"
    r"(?![\w-])"
)
_LIST_ITEM = re.compile(
    rf"(?: ?\([^()\n]{{1,30}}\))?\s*(?:,|and|und|et|y|en|&|\n)\s*{_NUMBER}", re.IGNORECASE
)
_NOT_A_NUMBER = re.compile(
    r"\d{4}-\d\d-\d\d|\d\d-\d\d-\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,3}(?:[.,]\d{3})+|P(?:O)?\d{5,}",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Where a label or a carrier's name may begin, for a first pass over the folded text with
# one case-sensitive scan: ``_LABELLED`` is tried only there (see ``fastre``).
_ANCHORS = re.compile(
    not_after(
        r"[\w-]",
        map(
            re.escape,
            (
                *(
                    "samm",
                    "trac",
                    "pro",
                    "bol",
                    "b/l",
                    "bl",
                    "hbl",
                    "mbl",
                    "bill",
                    "con",
                    "awb",
                    "mawb",
                ),
                *("hawb", "air", "wayb", "gu", "lett", "lta", "trip", "load", "shipment", "parc"),
                *("pack", "paqu", "bult"),
                *("pak", "coli", "cmr", "frac", "vrac", "réc", "rec", "send", "zend", "num", "núm"),
                *("n°", "nº", "suiv", "réf", "ref", "segu", "rast", "expe", "env", "dhl", "ups"),
                *("tfor", "fed", "dpd", "gls", "tnt", "post", "db", "sche", "kueh", "kühn", "k+n"),
                *("maer", "cma", "hapa", "cosc", "everg", "oocl", "geod", "dach", "planz", "pall"),
                *("xpo", "estes", "old", "odfl", "saia", "r+l", "yrc", "abf", "day", "central"),
                *("puro", "schn", "hellm", "gebr", "dsv", "rabe", "seur", "tips", "mrw", "corr"),
                *("chro", "hepp", "gefc", "zieg", "ferc", "arce", "girt", "ekol", "ege", "lagerm"),
                *("rhen", "galli", "mainf", "bpos", "royal", "usps", "an", "apc", "primaf", "torr"),
                *("vlan", "brt", "hermes", "luft", "china", "cath", "emir", "dx"),
            ),
        ),
    )
)


def find_tracking(text: str, zones: list[tuple[int, int]]) -> list[Tracking]:
    """Distinct tracking numbers in the vendor's current words, with their carrier if named."""
    found: dict[str, Tracking] = {}
    spans = tuple(zones)
    for m in _labelled(text, spans):
        minimum = 6 if m.group("carrier") else 5
        if not _add(found, text, zones, m.start("num"), m.end("num"), None, 0.85, minimum):
            continue
        shape = _shape(m.group("num"))
        item = _LIST_ITEM.match(text, m.end())
        while item and _shape(item.group("num")) == shape:
            _add(found, text, zones, item.start("num"), item.end("num"), None, 0.8, minimum)
            item = _LIST_ITEM.match(text, item.end())
    # An ISO 6346 owner code ends with ``U``.
    for m in scan(_CONTAINER, text, spans) if "U" in text else ():
        _add(found, text, zones, m.start("num"), m.end("num"), None, 0.85, 6)
    for (shape_carrier, pattern), needed in zip(_SHAPES, _SHAPE_NEEDS, strict=True):
        if needed not in text:
            continue
        for m in scan(pattern, text, spans):
            _add(found, text, zones, m.start(), m.end(), shape_carrier, 0.9, 6)
    for link in link_numbers(text, spans):
        near = (link.link_start, link.link_end)
        _add(found, text, zones, link.start, link.end, link.host_carrier, 0.85, 8, near)
    return sorted(found.values(), key=lambda t: t.span.start)


def _labelled(text: str, zones: tuple[tuple[int, int], ...]) -> Iterator[re.Match[str]]:
    """``scan(_LABELLED, text, zones)``, with the pattern tried only where an anchor begins."""
    folded = fold(text)
    for start, end in zones:
        pos = start
        for anchor in _ANCHORS.finditer(folded, start, end):
            if anchor.start() < pos:
                continue
            m = _LABELLED.match(text, anchor.start(), end)
            if m is not None:
                pos = m.end()
                yield m


def _shape(number: str) -> str:
    """Digits as ``9`` and letters as ``A``: the items of one list share their shape."""
    return re.sub(r"[A-Za-z]", "A", _DIGIT.sub("9", number))


def _add(
    found: dict[str, Tracking],
    text: str,
    zones: list[tuple[int, int]],
    start: int,
    end: int,
    shape_carrier: str | None,
    confidence: float,
    minimum_digits: int,
    near: tuple[int, int] | None = None,
) -> bool:
    """Record the number at ``[start, end)`` unless it is no tracking number or already held.

    The carrier is the one named nearest ``near`` (the number's own span by default; a
    link's whole span, so that its host is no carrier written before the number).
    """
    quote = text[start:end]
    if (
        not inside(zones, start, end)
        or len(_DIGIT.findall(quote)) < minimum_digits
        or _NOT_A_NUMBER.fullmatch(quote)
    ):
        return False
    number = re.sub(r"\s", "", quote).upper()
    if number in found or any(s.span.start < end and start < s.span.end for s in found.values()):
        return False
    found[number] = Tracking(
        carrier=carrier_near(text, *(near or (start, end))) or shape_carrier,
        number=" ".join(quote.split()),
        span=Span(start=start, end=end, quote=quote),
        confidence=confidence,
    )
    return True
