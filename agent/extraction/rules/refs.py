"""Purchase order references: Odoo's own names and the vendor's order numbers.

Odoo names use the database's sequence prefixes (``P00042``, ``PO00042``, ``PO/2026/00123``).
Vendor numbers are taken where the vendor labels them ("our order 4711", "order
confirmation no. AB-2026-5531"), where they have a sales-order shape (``SO-88123``,
``SO 55120``), or as document codes (invoices, delivery notes, ASNs: ``vendor_codes``); a
shape after a carrier's, the buyer's or a register's label is not one of them.
A reference after the end of the vendor's new text, or in the subject, is marked
``in_quoted``; subject references have no span because the subject is not part of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache

from agent.extraction.rules.fastre import (
    Led,
    finditer_any,
    literal_run,
    literal_run_not_after,
    lower_same_length,
    not_after,
)
from agent.extraction.rules.vendor_codes import find_codes, vetoed
from agent.models import PoRef, Span

_LABEL_OF = (
    r"(?:sales\s+)?(?:order(?:\s+confirmation)?|ref(?:erence)?|réf|confirmation|so|auftrag|"
    r"auftragsbestätigung|auftragsnummer|bestellbestätigung|commande|confirmation\s+de\s+commande|"
    r"référence|pedido|confirmación(?:\s+de\s+pedido)?|referencia|ordernummer|orderbevestiging|"
    r"referentie|proforma|zeichen|kenmerk)"
)
_LABELS = (
    *(
        rf"{own}\s+{_LABEL_OF}"
        for own in ("our", "unsere?[rm]?", "notre", "nuestr[oa]", "onze", "ons")
    ),
    r"order\s+confirmation",
    r"sales\s+order",
    r"auftragsbestätigung",
    r"confirmation\s+de\s+commande",
    r"confirmación\s+de\s+pedido",
    r"orderbevestiging",
    r"proforma(?:\s+invoice)?",
)
_LABEL_REF = (
    r"(?![a-z0-9])\s*(?:no\.?|nr\.?|number|num\.?|n[°º]\.?|#|-nr\.?)?\s*\.?\s*[:#]?\s*"
    r"(?P<ref>(?=[a-z0-9/-]*\d)[a-z0-9][a-z0-9/-]{2,24}[a-z0-9])(?![\w/-])"
)
# Lower case, matched on folded text (see ``fastre``).
_VENDOR_LABEL = re.compile(not_after(r"\w", _LABELS) + _LABEL_REF)
_SHAPE_PREFIXES = ("SO", "AB", "OC", "OA", "ORD", "SQ", "VO", "SC", "CO", "OF", "AUF")
_SHAPE_REF = r"(?:[-#/]|[ ](?=\d{4}|\d\d[-/]\d))?(?:\d{2,4}[-/])?\d{3,}(?:-\d{1,3})?)(?![\w/-])"
_VENDOR_SHAPE = re.compile("(?P<ref>" + not_after(r"[\w/-]", _SHAPE_PREFIXES) + _SHAPE_REF)
# The same, one pattern per first letter, for ``finditer_any`` over a long text: ``re``
# skips to one capital faster than it tests a class of five at every character (3 KB:
# 7.4 -> 5.0 us); a short text is faster with one pattern.
_VENDOR_SHAPES = tuple(
    (
        first,
        re.compile(
            "(?P<ref>"
            + not_after(r"[\w/-]", [p for p in _SHAPE_PREFIXES if p[0] == first])
            + _SHAPE_REF
        ),
    )
    for first in dict.fromkeys(p[0] for p in _SHAPE_PREFIXES)
)
_LONG = 1000
# Numbers of digits alone, taken only after the name of a vendor's document and a number
# word ("invoice no. 90031877", "Lieferschein-Nr. 80012345", "Factuurnummer: 20261047"):
# without both such a run is as likely a phone, customer, article number or a postcode.
_DOCUMENTS = (
    "invoice",
    "rechnung",
    "factu(?:re|ra|ur)",
    "lieferschein",
    "pakbon",
    r"albar[áa]n",
    # Labels whose last word is the one to look for, checked backwards from it.
    r"note(?:(?<=delivery note)|(?<=despatch note)|(?<=dispatch note)|(?<=credit note))",
    r"livraison(?<=bon de livraison)",
)
_DOCUMENT_NUMBER = (
    r"(?:s?nummer|s?-?nr\.?|\s*(?:no\.?|nr\.?|n[°º]\.?|n\.?\s?[°º]|#|number|num[ée]ro|"
    r"n[úu]mero))\s*[:#]?\s*(?P<ref>\d{5,12})(?![\w/-]|[.,]\d|\s\d)"
)
# One pattern per label, found from its first word (as ``_VENDOR_LABELS``); the order
# confirmations' labels are in ``_LABELS``, which take digits alone already. A subject is
# short: one alternation is faster there.
# Letters by how many mails of the training data hold them, fewest first; any other
# character (``ä``, ``ó``) is rarer still.
_LETTERS_BY_USE = "qxzjywkfvghbcupmloadinstre"


def _gate(lead: str) -> str:
    """The two rarest characters of ``lead``: a text without either has no ``lead``.

    ``in`` finds one character many times faster than ``str.find`` or ``re`` find a word, so
    a pattern whose lead cannot be in the text costs two quick looks instead of a scan.
    """
    rarest = sorted(set(lead), key=lambda char: (_LETTERS_BY_USE.find(char), char))
    return "".join(rarest[:2])


def _possible(patterns: Sequence[tuple[str, Led]], folded: str) -> list[Led]:
    """The patterns whose gate's characters are all in ``folded``, in their order."""
    return [led for gate, led in patterns if all(char in folded for char in gate)]


def _present(folded: str) -> frozenset[str]:
    """The characters of ``_GATE_CHARS`` that ``folded`` holds, each looked for once."""
    return frozenset([char for char in _GATE_CHARS if char in folded])


def _allowed(patterns: Sequence[tuple[frozenset[str], Led]], present: frozenset[str]) -> list[Led]:
    """``_possible``'s patterns, from the gate characters ``present`` in the text."""
    return [led for gate, led in patterns if gate <= present]


_DOCUMENT_DIGITS = tuple(
    (literal_run(label), re.compile(literal_run_not_after(r"\w", label) + _DOCUMENT_NUMBER))
    for label in _DOCUMENTS
)
_GATED_DOCUMENT_DIGITS = tuple((_gate(led[0]), led) for led in _DOCUMENT_DIGITS)
_DOCUMENT_GATES = tuple((frozenset(gate), led) for gate, led in _GATED_DOCUMENT_DIGITS)
_SHORT_DOCUMENT_DIGITS = re.compile(not_after(r"\w", _DOCUMENTS) + _DOCUMENT_NUMBER)
# The same, one pattern per label, each beginning with its whole first word, for
# ``finditer_any`` over a long text.
_VENDOR_LABELS = tuple(
    (literal_run(label), re.compile(literal_run_not_after(r"\w", label) + _LABEL_REF))
    for label in _LABELS
)
_GATED_VENDOR_LABELS = tuple((_gate(led[0]), led) for led in _VENDOR_LABELS)
_LABEL_GATES = tuple((frozenset(gate), led) for gate, led in _GATED_VENDOR_LABELS)
# Every character of a gate: a long text is searched once for each.
_GATE_CHARS = "".join(
    sorted({char for gate, _ in (*_GATED_VENDOR_LABELS, *_GATED_DOCUMENT_DIGITS) for char in gate})
)
_SPAN = re.Match.span
_GROUP = re.Match.group


@lru_cache(maxsize=32)
def odoo_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for Odoo order names with these sequence prefixes.

    Each prefix may be followed by a year segment (``PO/2026/00123``) and at least three digits.
    """
    options = sorted({p.strip() for p in prefixes if p.strip()}, key=len, reverse=True)
    if not options:
        options = ["P"]
    if all(p[0].isalnum() for p in options):
        alternatives = not_after("[A-Za-z0-9/-]", [p[0] + re.escape(p[1:]) for p in options])
    else:
        alternatives = "(?<![A-Za-z0-9/-])(?:" + "|".join(re.escape(p) for p in options) + ")"
    return re.compile(rf"(?P<ref>{alternatives}(?:[/-]?\d{{4}}[/-])?\d{{3,7}})(?![\w]|[/-]\w)")


def _normalise(value: str) -> str:
    return value.strip().upper()


def find_refs(
    text: str,
    subject: str,
    new_text_end: int,
    prefixes: tuple[str, ...],
) -> list[PoRef]:
    """Distinct references in order of appearance; body first, then the subject's."""
    pattern = odoo_pattern(prefixes)
    found: dict[tuple[str, str], PoRef] = {}
    matches = list(pattern.finditer(text))
    # The whole match is the reference: the pattern's look-arounds take no text.
    odoo_spans = list(map(_SPAN, matches))
    # A mail names few orders, many times each (a line's order): each name's first mention
    # found in C. A later mention is no less quoted than the first: ``_keep`` would skip it.
    names = list(map(_GROUP, matches))
    for raw in dict.fromkeys(names):
        start, end = odoo_spans[names.index(raw)]
        _keep(found, "odoo", raw, start, end, text, new_text_end, 0.97)
    lowered = lower_same_length(text)
    folded = text if lowered is None else lowered
    present = _present(folded)
    for vendor_matches, confidence in (
        (finditer_any(_allowed(_LABEL_GATES, present), folded), 0.85),
        (
            finditer_any(_VENDOR_SHAPES, text)
            if len(text) >= _LONG
            else _VENDOR_SHAPE.finditer(text),
            0.75,
        ),
    ):
        for m in vendor_matches:
            start, end = m.span("ref")
            # The Odoo spans are sorted and disjoint: only the last one starting before
            # ``end`` may overlap.
            index = bisect_left(odoo_spans, (end,))
            if (index > 0 and odoo_spans[index - 1][1] > start) or vetoed(folded, start):
                continue
            _keep(found, "vendor", text[start:end], start, end, text, new_text_end, confidence)
    for start, end in _document_digits(folded, present):
        if not vetoed(folded, start):
            _keep(found, "vendor", text[start:end], start, end, text, new_text_end, 0.8)
    for start, end in find_codes(text, folded, odoo_spans, pattern):
        _keep(found, "vendor", text[start:end], start, end, text, new_text_end, 0.8)
    for kind, value in _subject_refs(subject, pattern):
        if kind == "vendor" and any(r.value == value for r in found.values()):
            continue
        key = (kind, value)
        if key not in found and (kind == "odoo" or ("odoo", value) not in found):
            found[key] = PoRef(value=value, kind=kind, in_quoted=True, confidence=0.9)
    vendor = [r.value for r in found.values() if r.kind == "vendor"]
    # "DDT 4471/26" then "DDT: 4471/26": one document, named once with its prefix.
    refs = [
        r
        for r in found.values()
        if r.kind != "vendor" or not any(v.endswith(" " + r.value) for v in vendor)
    ]
    return sorted(refs, key=lambda r: r.span.start if r.span else len(text) + 1)


def _subject_refs(subject: str, odoo: re.Pattern[str]) -> Iterator[tuple[str, str]]:
    """``(kind, value)`` of the subject's references, read as the body's are.

    A subject is a line of the same mail ("Invoice INV-2026-4471 / your PO P00231"), so its
    document codes count on the same evidence as in the text.
    """
    odoo_matches = list(odoo.finditer(subject))
    for m in odoo_matches:
        yield "odoo", _normalise(m.group("ref"))
    folded = subject.lower()
    if len(folded) != len(subject):
        return
    vendor = (
        m.span("ref")
        for matches in (
            _VENDOR_LABEL.finditer(folded),
            _VENDOR_SHAPE.finditer(subject),
        )
        for m in matches
    )
    taken = [m.span() for m in odoo_matches]
    for start, end in (
        *vendor,
        *_document_digits(folded),
        *find_codes(subject, folded, taken, odoo),
    ):
        yield "vendor", _normalise(subject[start:end])


def _document_digits(
    folded: str, present: frozenset[str] | None = None
) -> Iterator[tuple[int, int]]:
    """Spans of digit runs that a vendor's document label names (see ``_DOCUMENTS``).

    ``present`` is ``_present(folded)`` if known.
    """
    if len(folded) < 200:
        matches: Iterator[re.Match[str]] = _SHORT_DOCUMENT_DIGITS.finditer(folded)
    elif present is None:
        matches = finditer_any(_possible(_GATED_DOCUMENT_DIGITS, folded), folded)
    else:
        matches = finditer_any(_allowed(_DOCUMENT_GATES, present), folded)
    for m in matches:
        yield m.span("ref")


def _keep(
    found: dict[tuple[str, str], PoRef],
    kind: str,
    raw: str,
    start: int,
    end: int,
    text: str,
    new_text_end: int,
    confidence: float,
) -> None:
    value = _normalise(raw)
    key = (kind, value)
    quoted = start >= new_text_end
    existing = found.get(key)
    if existing is not None and (existing.in_quoted <= quoted):
        return
    if kind == "vendor" and ("odoo", value) in found:
        return
    found[key] = PoRef(
        value=value,
        kind=kind,
        in_quoted=quoted,
        span=Span(start=start, end=end, quote=text[start:end]),
        confidence=confidence,
    )
