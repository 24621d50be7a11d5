"""Which product a stated quantity is for, when the words around the number do not say it.

A vendor names the product once and counts it elsewhere in the sentence ("the 24cm saucepan
(SK-SP-24) handle has a quality issue, we only load 600 pcs, balance 400 pcs later"), or
names the one product of the email in the subject line of its own text and then speaks of
"the remaining 80". A planner reads the code from the sentence, else from the email when
it names a single product; failing both, the words after the unit ("700 juegos de sábanas",
"7,200 pcs T-shirts") describe it. Document numbers shaped like codes (order
acknowledgements "AB-2026-5531", delivery notes, invoices, consignments, containers) are
never products.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from agent.extraction.rules.fastre import compile_literal_first, lower_same_length
from agent.extraction.rules.lexicon import UNITS
from agent.models import ExtractedLine

# A product code: upper-case groups joined by "-" or ".", with a digit or three groups
# ("SK-SP-24", "VX-HUB7", "AHG-BM-GRY"); not glued to a word, a slash or another hyphen.
CODE_TOKEN = r"(?<![\w/.-])[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)+(?![\w-]|\.\w)"
# ``CODE_TOKEN`` with the look-behind after the first letter, so ``re`` skips to capitals.
_CODE = re.compile(r"[A-Z](?<![\w/.-][A-Z])[A-Z0-9]*(?:[-.][A-Z0-9]+)+(?![\w-]|\.\w)")
# Groups that make a code a document number: a year inside it, or a serial of five digits.
_DOCUMENT_SHAPE = re.compile(r"(?:^|[-.])20\d\d[-.]|\d{5}|^[A-Z]\.")
# A document's name right before the code, on folded text: "Our Order:", "delivery note",
# "Invoice no.:", "CMR nr", "albarán", "container", in five languages.
_DOCUMENT_BEFORE = compile_literal_first(
    r"(?<!\w)(?:order|auftrag|ab|commande|pedido|bestelling|orden|invoice|inv|rechnung|"
    r"facture|factura|factuur|note|lieferschein|bon|albarán|albaran|pakbon|credit|gutschrift|"
    r"avoir|quotation|quote|angebot|devis|cotización|offerte|ref|reference|referenz|"
    r"référence|referencia|referentie|ref\.|cmr|awb|pro|b/l|bl|tracking|consignment|sendung|"
    r"sendungsnr|container|seal|load|booking|plate|waybill|récépissé|lot|batch|charge|"
    r"livraison|lieferung|entrega|levering|bestätigung|confirmation|acknowledgement|"
    r"vessel|voyage|voy|sc|pi|proforma|confirmación|bevestiging|"
    r"(?:our|notre|nuestro|unser\w*|onze)[ \t]+(?:no|nr|n°|nº|#))"
    r"(?:[ \t]+(?:es|is|ist|est|la|el|the))*"
    r"[^\w\n]{0,4}(?:(?:no|nr|n°|nº|number|nummer|numéro|número|#)[^\w\n]{0,3})?$"
)
# Where a sentence ends: ". ", "; ", a line break (codes hold dots, so a dot needs a space).
_BOUNDARY = re.compile(r"[.!?;](?=\s)|\n")
# The description after a count's unit: a few words up to punctuation, a number or a verb.
_DESCRIPTION = re.compile(
    r"[ \t]+(?:of|de|van|von)[ \t]+(?:(?:the|des|las|los|les|la|el|de)[ \t]+)?"
    r"(?P<words>[^\W\d_][\w'-]*(?:[ \t]+(?!(?:are|is|was|were|will|have|has|to|for|in|on|at|"
    r"with|and|from|by|we|sind|werden|wird|mit|für|und|sont|seront|pour|avec|et|son|serán|"
    r"para|con|y|zijn|worden|voor|met|en|ready|left|shipped|remain\w*|restant\w*)(?!\w))"
    r"[^\W\d_][\w'-]*){0,2})"
)
# Words only between a count and its code: a description, not another clause.
_GAP_AFTER = re.compile(r"[ \t(]*(?:[^\W\d_][\w'-]*[ \t(]*){0,5}")
_GAP_BEFORE = re.compile(r"[ \t)]*(?:(?:[^\W\d_][\w'-]*[ \t]*){0,4}|[,:][ \t]*)")


def product_codes(text: str, zones: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of each product code in the zones, document numbers left out."""
    folded = lower_same_length(text) or text.lower()
    found = []
    for start, end in zones:
        for m in _CODE.finditer(text, start, end):
            code = m.group()
            if not is_product(code):
                continue
            if _DOCUMENT_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
                continue
            found.append((m.start(), m.end(), code))
    return found


def is_product(code: str) -> bool:
    """A digit or three groups ("SK-SP-24", "AHG-BM-GRY"), and not a document's shape."""
    groups = code.count("-") + code.count(".") + 1
    has_digit = any(map(str.isdigit, code))
    return (has_digit or groups >= 3) and _DOCUMENT_SHAPE.search(code) is None


def attach_products(
    text: str,
    zones: Sequence[tuple[int, int]],
    lines: list[ExtractedLine],
    named: Mapping[int, str] | None = None,
) -> list[ExtractedLine]:
    """``lines`` with a product for each line that has none and whose product can be read.

    The nearest code in the line's sentence with no other line in between comes first (after
    the number, then before it); then the goods ``named`` (by where the line starts) in the
    words after its number ("all 640 swags"); then the email's only product code; then the
    words after the count's unit.
    """
    if all(line.product for line in lines):
        return lines
    codes = product_codes(text, zones)
    starts = [start for start, _, _ in codes]
    only = {code for _, _, code in codes}
    single = next(iter(only)) if len(only) == 1 else None
    bounds = _bounds(text, lines)
    others = sorted((line.span.start, line.span.end) for line in lines)
    result = []
    for line in lines:
        if line.product:
            result.append(line)
            continue
        start, end = line.span.start, line.span.end
        first = bisect_left(bounds, start)
        sentence_start = bounds[first - 1] + 1 if first else 0
        last = bisect_left(bounds, end)
        sentence_end = bounds[last] if last < len(bounds) else len(text)
        goods = named.get(start) if named else None
        product = _code_in_sentence(
            text,
            codes,
            starts,
            others,
            (start, end),
            (sentence_start, sentence_end),
            near_only=goods is not None,
        )
        if product is None and goods is not None:
            product = goods
        elif product is None:
            product = single or _description(text, line)
        result.append(line if product is None else line.model_copy(update={"product": product}))
    return result


def _bounds(text: str, lines: Sequence[ExtractedLine]) -> list[int]:
    """Where sentences end (``_BOUNDARY``) from the last before the lines to the first after.

    The same offsets ``bisect`` finds in the list of all of the text's boundaries, without
    listing those of the rest of a long email (quoted history, signatures).
    """
    first = min(line.span.start for line in lines)
    last = max(line.span.end for line in lines)
    # A dot's look-ahead needs the character after it: one past ``last``, then from ``last``.
    bounds = [m.start() for m in _BOUNDARY.finditer(text, first, last + 1) if m.start() < last]
    after = _BOUNDARY.search(text, last)
    if after is not None:
        bounds.append(after.start())
    window = first
    while window > 0:
        window = max(0, window - 512)
        before = [m.start() for m in _BOUNDARY.finditer(text, window, first + 1)]
        before = [b for b in before if b < first]
        if before:
            bounds.insert(0, before[-1])
            break
    return bounds


def _code_in_sentence(
    text: str,
    codes: list[tuple[int, int, str]],
    starts: list[int],
    others: list[tuple[int, int]],
    span: tuple[int, int],
    sentence: tuple[int, int],
    *,
    near_only: bool = False,
) -> str | None:
    """The code nearest the line within its sentence, unless another line stands between.

    A code set apart from the number by a few words only ("400 zakken strooizout VB-SZ-25",
    "VX-WC15 wireless charger 4,000 pcs", "AF-GS-3, 240 Stück") beats a nearer one across a
    clause. ``near_only``: only such a code (the line names its goods itself).
    """
    start, end = span
    candidates = []
    after = bisect_left(starts, end)
    if (
        after < len(codes)
        and codes[after][1] <= sentence[1]
        and not _between(others, end, codes[after][0])
    ):
        gap = _GAP_AFTER.fullmatch(text, end, codes[after][0]) is None
        candidates.append((gap, codes[after][0] - end, codes[after][2]))
    before = bisect_right(starts, start) - 1
    if (
        before >= 0
        and sentence[0] <= codes[before][0]
        and codes[before][1] <= start
        and not _between(others, codes[before][1], start)
    ):
        gap = _GAP_BEFORE.fullmatch(text, codes[before][1], start) is None
        candidates.append((gap, start - codes[before][1], codes[before][2]))
    if near_only:
        candidates = [c for c in candidates if not c[0]]
    return min(candidates)[2] if candidates else None


def _between(others: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether another line lies wholly between ``start`` and ``end``."""
    return any(start <= s and e <= end for s, e in others)


def _description(text: str, line: ExtractedLine) -> str | None:
    """The words after a count of pieces ("7,200 pcs T-shirts"), when a count ends the quote."""
    if line.unit is None or line.span.quote[-1:].isdigit():
        return None
    if line.unit != "pcs":
        return None
    m = _DESCRIPTION.match(text, line.span.end)
    if m is None:
        return None
    words = m.group("words")
    if words.split()[0].lower() in UNITS:
        return None
    return words
