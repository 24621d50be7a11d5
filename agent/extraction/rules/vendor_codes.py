"""Vendor document numbers written as codes: invoices, delivery notes, confirmations, ASNs.

A supplier's documents carry numbers such as ``INV-2026-30418``, ``LS-D7B-55210``,
``DCM/PI/2026/118`` or ``2026-10472``. The same shape also fits product codes
(``AHG-PL-18``), dates, tracking and bill-of-lading numbers, so a code counts only with
evidence a buyer would use too:

- a document-type segment inside it (``BAW-INV-2611``, ``KHD-ASN-0049377``, ``RE-26-3318``);
- a document label just before it, in English, German, French, Spanish or Dutch
  ("Lieferschein LS-88214", "factuur 2026-10472", "Order #: TB-448120");
- it names an attached file (``--- attachment: OFC-88127.pdf ---``);
- it begins the first row of a table whose header begins with a document label
  ("Invoice     Date     Your PO");
- it continues a list or table of one already found, with the same prefix and number length
  ("AB-HG-26-1502 und AB-HG-26-1519").

Only codes with at least four digits are read (product codes rarely have more than three).
The scan starts from the separators inside codes, which ``re`` finds fast because each
pattern begins with its separator: an email costs three quick passes and a few Python
checks per code.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from agent.extraction.rules.carriers import CARRIER_NAME

# A code: letters and digits in segments joined by ``-``, ``/`` or ``_``, beginning at a
# capital or a digit that does not continue a word, with four more digits after its first
# character, and not a date (``11/20``, ``2026-11-17``; the look-aheads begin after the
# first character). Possessive, so a failing word costs one pass.
_CODE = re.compile(
    r"[A-Z0-9](?<![\w/.-][A-Z0-9])(?=(?:[A-Za-z/_-]*+\d){4})"
    r"(?!(?<=\d)(?:\d?[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{3}-\d\d-\d\d)(?![\w/-]))"
    r"[A-Za-z0-9]*+(?:[-/_][A-Za-z0-9]++)++(?![\w/-]|\.\d)"
)
# Segments that name a document type in suppliers' own numbering.
# (Invoice, sales order, order acknowledgement or confirmation, delivery or despatch note,
# credit note, cancellation, proforma, Lieferschein, bon de livraison, albarán, factura,
# Rechnung, Gutschrift, nota de crédito, pakbon, verzendbericht, export, shipment, booking,
# sales contract, packing slip, avoir, aviso de expedición, guia de remessa,
# Auftragsbestätigung, Auftrag, pedido de venta.)
_DOC_SEGMENTS = frozenset(
    {
        *("INV", "SO", "OA", "OC", "OCS", "DN", "ASN", "CN", "CXL", "ACK", "PF", "PI", "LS"),
        *("BL", "ALB", "ARC", "FV", "FA", "FAC", "FT", "RE", "GS", "NC", "PB", "VZ", "CM"),
        *("CI", "EXP", "SHP", "BKG", "BK", "SC", "PS", "ORD", "AV", "AE", "GR", "AB", "AUF"),
        *("SQ", "PV"),
    }
)
_DIGIT_RUN = re.compile(r"\d{3,}")
_DIGITS = re.compile(r"\d+")
_LAST_DIGITS = re.compile(r"\d+$")
# A separator that may join a code's segments: after a letter or digit, before another
# separator or three digits, or after three digits (``4471/26``). One pattern per
# separator, each beginning with it, so ``re`` skips to it fast; ``11/20`` is no hinge.
# Each with its separator, looked for first (``in`` is many times faster than ``re``).
_HINGES = tuple(
    (
        sep,
        re.compile(
            rf"{re.escape(sep)}(?:(?<=\d\d\d{re.escape(sep)})|(?<=[A-Za-z0-9]{re.escape(sep)})"
            r"(?=[A-Za-z0-9]*[-/_][A-Za-z0-9]|[A-Za-z]*\d{3}))"
        ),
    )
    for sep in "-/_"
)
_SEPARATORS = re.compile(r"[-/_]")
_REVISION = re.compile(r"[-_](?:r|rev)\d{1,2}$", re.IGNORECASE)
_LABEL_WORDS = (
    r"(?:commercial\s+|final\s+|revised\s+|proforma\s+|pro\s+forma\s+)?invoices?|inv|"
    r"rechnung(?:en)?|factures?|facturas?(?:\s+comercial)?|factuur|fattura|voorschotfactuur|"
    r"pro[\s-]?forma(?:\s+invoice)?|proforma-rechnung|"
    r"(?:rechnungs|lieferschein|auftrags|angebots|gutschrift)(?:nummer|-?nr\.?)|"
    r"(?:factuur|pakbon)nummer|fatura|guia\s+de\s+remessa|"
    r"credit\s+(?:note|memo)|creditnota|gutschrift|avoir|nota\s+de\s+cr[ée]dito|abono|"
    r"(?:delivery|despatch|dispatch)\s+note|lieferschein|"
    r"(?:bon|bordereau|bulletin)\s+de\s+livraison|albar[áa]n(?:\s+de\s+entrega)?|pakbon|"
    r"nota\s+de\s+entrega|"
    r"packing\s+(?:list|slip)|packliste|paklijst|ddt|"
    r"asn|(?:advance\s+)?ship(?:ping)?\s+notice|(?:dispatch|despatch)\s+advice|"
    r"shipment\s+id|versandavis|lieferavis|avis\s+d'exp[ée]dition|"
    r"verzendbericht|aviso\s+de\s+expedici[óo]n|"
    r"(?:order\s+)?ack(?:nowledg(?:e)?ment)?\.?|order\s+acceptance|"
    r"(?:order\s+)?confirmation(?:\s+de\s+commande)?|auftragsbestätigung|bestellbestätigung|auftrag|"
    r"auftragsnummer|accus[ée]\s+de\s+r[ée]ception(?:\s+de\s+commande)?|arc|"
    r"confirmaci[óo]n(?:\s+de\s+pedido)?|orderbevestiging|"
    r"(?:sales\s+|vendor\s+)?order|sales\s+contract|contract|so|sc|commande|"
    r"pedido(?:\s+de\s+venta)?|ordernummer|"
    r"quotation|quote|offer|angebot|offerte|devis|cotizaci[óo]n|presupuesto|"
    r"cancellation(?:\s+(?:ref|notice|number))?|stornobestätigung|certificate(?:\s+code)?|"
    r"price\s+list|preisliste|tarif|prijslijst|lista\s+de\s+precios|"
    r"(?:our|notre|nuestr[oa]|onze|unsere?)\s+(?:no|n°|nº|nr|number|num[ée]ro|n[úu]mero|nummer)|"
    r"n/\s?r[ée]f\.?"
)
# A label at the end of the text before a code: the code is that document's number.
# "your order", "Ihre Bestellung", "customer PO" name the buyer's documents instead, and
# tracking, bill-of-lading, container and registration labels name no document of the
# vendor's: both are matched so that they win over a shorter label inside them.
_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<theirs>(?:your|ihre?r?|votre|vos|su|sus|uw|customer|client|cliente|"
    r"klant|kunden)\s+(?:purchase\s+)?(?:po|p\.o\.|order|bestellung|commande|pedido|"
    r"ref(?:erence)?|r[ée]f(?:[ée]rence)?|referencia|referentie|zeichen|kenmerk)|"
    r"[vs]/\s?r[ée]f|ref(?:erencia)?\.?\s+(?:del\s+)?cliente)|"
    r"(?P<other>tracking|track|suivi|seguimiento|sendungs\w*|b/l|bl\s+no|container|cmr|"
    r"[hm]?awb|waybill|bill\s+of\s+lading|consignment|pro(?![\s-]?forma)|iban|vat|tva|ust|"
    r"registered\s+in|tel|phone|fax|kunden(?:nummer|-?nr)|customer\s+(?:no|number|account)|"
    r"account\s+(?:no|number)|n[°º]\s+client|n[úu]mero\s+de\s+cliente|klantnummer|"
    r"debiteurnummer)[^\n]{0,12}|"
    r"(?P<label>" + _LABEL_WORDS + r"))"
    r"[^\S\n]*(?:(?:no|nr|n|num|number|nummer|num[ée]ro|n[úu]mero|n°|nº|#)\.?(?!\w))?"
    r"[^\S\n]*[:#]?[^\S\n]*"
    r"(?:(?:is|ist|est|es|lautet|la|el|de)[^\S\n]+){0,2}(?P<pre>[a-z]{1,4}[^\S\n])?\Z"
)
# A table's header line that begins with a document label ("Invoice     Date     Your PO"):
# a code that begins the next line is that document's number.
_HEADER = re.compile(r"(?:" + _LABEL_WORDS + r")[^\S\n]*(?:(?:no|nr|#|number)\.?)?[^\S\n]{2,}\S")
# Prefixes of carriers' numbers ("PRO 442-...", a freight bill), never the vendor's.
_CARRIER_PREFIXES = frozenset(("pro", "bol", "awb", "cmr", "hawb"))
# A carrier's name in capitals before a number makes it the carrier's ("albarán MRW 0284-...").
_CARRIER = re.compile(r"(?i:" + CARRIER_NAME + r")")
# So does a carrier's name right before it ("with Palletforce, ref PF-D11B-71520"); checked
# only for numbers that would be kept, since most codes are not.
_CARRIER_BEFORE = re.compile(
    r"(?<![\w-])(?i:" + CARRIER_NAME + r")(?:[^\S\n]*,?[^\S\n]*(?:ref|n[°º])\.?)?"
    r"[^\S\n]*[:#]?[^\S\n]*\Z"
)
_ATTACHMENT = "--- attachment: "
_WINDOW = 60


def find_codes(
    text: str, folded: str, taken: Sequence[tuple[int, int]], odoo: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Spans of the vendor's document numbers among the codes of ``text``.

    ``folded`` is ``text`` lower-cased with the same length; ``taken`` holds the sorted
    spans of Odoo order names, which no code may overlap; nor may a code hold one of them
    (``PL-P03893`` names a packing list by the buyer's order); ``odoo`` is their pattern.
    """
    kept: list[tuple[int, int]] = []
    named: list[tuple[int, int]] = []
    waiting: list[tuple[int, int]] = []
    for m in _codes(text):
        start, end = m.span()
        code = m.group()
        if _overlaps(taken, start, end) or any(
            odoo.fullmatch(part) for part in _SEPARATORS.split(code)
        ):
            continue
        revision = _REVISION.search(code)
        if revision is not None:
            end = start + revision.start()
        verdict = _judge(text, folded, start, end)
        if verdict is None:
            waiting.append((start, end))
        elif verdict == "file":
            named.extend(_file_code(text, start, end))
        elif isinstance(verdict, tuple):
            kept.append(verdict)
    families = {_family(text[s:e]) for s, e in kept}
    kept.extend(span for span in waiting if _family(text[span[0] : span[1]]) in families)
    # A file name may shorten the number its document prints (``PI_VTX-D8A-0915.pdf`` for
    # ``VTX-PI-D8A-0915``): the printed one is enough.
    printed = [text[s:e] for s, e in kept]
    kept.extend(span for span in named if not _shortened(text[span[0] : span[1]], printed))
    return sorted(kept)


def _codes(text: str) -> Iterator[re.Match[str]]:
    """The codes of ``text`` (as ``_CODE.finditer``), found from the separators they hold.

    ``re`` skips to a pattern's first literal many times faster than it tries a class at
    every capital and digit, and an email holds few hinges; ``11/20`` and ``-`` between
    words are none.
    """
    hits = [m.start() for sep, hinge in _HINGES if sep in text for m in hinge.finditer(text)]
    if not hits:
        return
    hits.sort()
    done = 0
    for pos in hits:
        if pos < done:
            continue
        line_end = text.find("\n", pos)
        if line_end < 0:
            line_end = len(text)
        # The first code from a little before the separator: none means none up to the
        # line's end; one after it holds no earlier separator either.
        m = _CODE.search(text, max(done, pos - _WINDOW), line_end)
        done = line_end
        if m is not None:
            done = m.end()
            yield m


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted and disjoint)."""
    index = bisect_left(spans, (end,))
    return index > 0 and spans[index - 1][1] > start


def vetoed(folded: str, start: int) -> bool:
    """Whether the words before ``start`` name the buyer's document, a carrier's or a register."""
    window_start = max(0, start - _WINDOW, folded.rfind("\n", 0, start) + 1)
    before = _BEFORE.search(folded, window_start, start)
    if before is not None:
        return before.group("label") is None
    return _CARRIER_BEFORE.search(folded, window_start, start) is not None


def _judge(text: str, folded: str, start: int, end: int) -> tuple[int, int] | str | None:
    """The span to keep, ``"file"`` for a file name, ``"drop"``, or ``None`` when undecided."""
    verdict = _verdict(text, folded, start, end)
    if isinstance(verdict, tuple):
        window_start = max(0, verdict[0] - _WINDOW, text.rfind("\n", 0, verdict[0]) + 1)
        if _CARRIER_BEFORE.search(folded, window_start, verdict[0]):
            return "drop"
    return verdict


def _verdict(text: str, folded: str, start: int, end: int) -> tuple[int, int] | str | None:
    """``_judge`` before the carrier's name is looked for."""
    window_start = max(0, start - _WINDOW, text.rfind("\n", 0, start) + 1)
    if text.startswith(_ATTACHMENT, window_start) and window_start + len(_ATTACHMENT) == start:
        return "file"
    before = _BEFORE.search(folded, window_start, start)
    code = text[start:end]
    if "_" in code or (before is not None and before.group("label") is None):
        return "drop"
    if _typed(code):
        return (start, end)
    if before is None:
        return _under_header(text, folded, start, end) if window_start == start else None
    label = before.group("label")
    pre = before.group("pre")
    label_start = before.start("label")
    if (
        pre is None
        and code[0].isdigit()
        and len(label) <= 4
        and text[label_start : before.end("label")].isupper()
        and not text[before.end("label") : start].strip()
    ):
        # "DDT 4471/26": a short label in capitals is the number's prefix; after a colon or
        # a number word ("ASN: 4471-2026-118") it is a field's name.
        return (label_start, end)
    if pre is None:
        return (start, end)
    pre_start = start - len(pre)
    if (
        pre.strip() not in _CARRIER_PREFIXES
        and text[pre_start : start - 1].isupper()
        and not _CARRIER.fullmatch(pre.strip())
    ):
        return (pre_start, end)
    return "drop"


def _under_header(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The code's span if it begins the first row of a table headed by a document label."""
    header_start = folded.rfind("\n", 0, max(0, start - 1)) + 1
    if start > 0 and _HEADER.match(folded, header_start, start - 1):
        return (start, end)
    return None


def _typed(code: str) -> bool:
    """Whether a document-type segment comes before a run of three digits or more.

    A code that begins with the type needs five digits in all: ``LS-2200`` may be a
    product (a leaf blower); ``LS-88214`` and ``BAW-INV-2611`` are documents.
    """
    segments = _SEPARATORS.split(code)
    for index, segment in enumerate(segments[:-1]):
        if segment in _DOC_SEGMENTS:
            rest = segments[index + 1 :]
            if index == 0 and sum(map(len, _DIGITS.findall(code))) < 5:
                return False
            return any(_DIGIT_RUN.fullmatch(s) for s in rest)
    return False


def _file_code(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The document number in an attachment's file name, if it has one.

    A name is a number (``LS-884120``) or words, then the number (``Pakbon_VB-PB-26-5120``,
    ``Bulletin_livraison_CR-D7C-1014``); a price list (``Tarif_2027``) has none.
    """
    offset = start
    parts = text[start:end].split("_")
    for index, part in enumerate(parts):
        head = part.split("-", 1)[0]
        if "-" in part and head.isalpha() and all(p.isalpha() for p in parts[:index]):
            if _DIGIT_RUN.search(part):
                return [(offset, offset + len(part))]
            return []
        offset += len(part) + 1
    return []


def _shortened(code: str, printed: list[str]) -> bool:
    """Whether a longer printed number ends with ``code``'s digits and holds its first segment."""
    last = _LAST_DIGITS.search(code)
    head = _SEPARATORS.split(code, 1)[0]
    return last is not None and any(
        len(other) > len(code) and other.endswith(last.group()) and head in other
        for other in printed
    )


def _family(code: str) -> tuple[str, int]:
    """A code's prefix up to its last digit run, and that run's length."""
    m = _LAST_DIGITS.search(code)
    if m is None:
        return (code, 0)
    return (code[: m.start()], len(m.group()))
