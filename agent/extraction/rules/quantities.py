"""Order lines the vendor states, with product, quantity and unit.

"120 pcs of ABC-123", "ABC-123: 120 pcs", "the remaining 80 units", "only 120 of the 200",
counts with a unit in five languages ("1.200 Stück", "350 pièces"), and rows of a table
(``line_tables``). A buyer's reading: the ordered quantity the vendor merely restates ("you
ordered 500 pcs", "120 of the 200", "P00711 (towels, 3000 pcs)"), measures in a product's
description ("15 kg cartons") and a pallet count next to the cartons it holds are not lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from agent.extraction.rules import line_tables
from agent.extraction.rules.fastre import compile_literal_first, fold, fold_text, literal_first
from agent.extraction.rules.goods import (
    GOODS_AFTER,
    GOODS_CUE,
    LEFT_CUE,
    LEFT_NEEDLES,
    LIST_CUE,
    LIST_NEXT,
    NOT_COUNTED_AFTER,
    NOT_GOODS,
    ORDERED_AFTER,
    WORD,
)
from agent.extraction.rules.lexicon import UNIT_RE, UNITS, alternation
from agent.extraction.rules.line_products import CODE_TOKEN, attach_products, is_product
from agent.extraction.rules.mentions import scan
from agent.extraction.rules.packing import without_packaging
from agent.extraction.rules.zones import inside
from agent.models import ExtractedLine, Span

CODE = r"(?<![\w/-])(?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)+(?![\w-])"
# ``CODE`` in lower case, with the look-behind and look-ahead after the first letter, so that
# ``re`` tries it at letters only (a letter is no digit: the look-ahead may begin after it).
CODE_FOLDED = r"[a-z](?<![\w/-][a-z])(?=[a-z0-9-]*\d)[a-z0-9]*(?:[-.][a-z0-9]+)+(?![\w-])"
# What every ``CODE`` and ``line_products.CODE_TOKEN`` begins with: a capital not continuing
# a word, then a separator; a zone without one has no count before or after a code.
_CODE_START = re.compile(r"[A-Z](?<![\w/-][A-Z])[A-Z0-9]*+[-.][A-Z0-9]")
# What every ``CODE_FOLDED`` holds: a separator between a letter or digit and another.
_CODE_HINGE = re.compile(r"[-.](?<=[a-z0-9][-.])[a-z0-9]")
_QTY = r"(?P<qty>\d{1,3}(?:[,.' ]\d{3})+(?!\d)|\d{1,6})(?![.,]\d)"
# ``(?<![\w.,])`` and ``_QTY``, with the look-behind after the first digit (see ``fastre``).
_QTY_FIRST = r"(?P<qty>\d(?<![\w.,]\d)(?:\d{0,2}(?:[,.' ]\d{3})+(?!\d)|\d{0,5}))(?![.,]\d)"
# Lower case, matched on folded text; the words' alternatives begin with literals (``fastre``).
_REMAINING_WORDS = literal_first(
    r"(?:the\s+)?(?:remaining|balance\s+of|outstanding|rest\s+of|restliche[nr]?|rest(?:menge)?\s+von|"
    r"(?:le\s+)?reliquat\s+de|(?:les\s+)?restants?|(?:el\s+)?resto\s+de|(?:los\s+)?restantes|"
    r"(?:de\s+)?resterende|restant)"
)
_REMAINING = re.compile(
    rf"(?:{_REMAINING_WORDS})\s+(?:the\s+)?" + _QTY + rf"(?:\s*(?P<unit>{UNIT_RE}|\w+))?"
)
_REMAINING_NEEDLES = (
    "remain",
    "balance",
    "outstanding",
    "rest",
    "reliquat",
    "restant",
    "resto",
    "resterende",
)
# Units a quantity is counted in, folded: the lexicon's and the goods' own containers.
_CONTAINERS = (
    "bags bag sacks sack tins tin jars jar bottles bottle cans drums pails buckets crates "
    "packs pack packets pkg pkgs pkts trays tubs bundles reels spools sheets kits wheels cs pr "
    "beutel säcke sack dosen flaschen gläser packungen pakete kisten eimer "
    "sacs sac bouteilles boîtes boîte caisses paquets bidons lots pots "
    "sacos saco botellas botella latas lata garrafas garrafa bolsas paquetes juegos juego "
    "toallas alfombras zakken flessen pakken emmers kratten blikken"
)
_COUNT_UNITS = alternation([*UNITS, *_CONTAINERS.split()])
_TOTAL = r"(?P<total>\d{1,3}(?:[,.' ]\d{3})+(?!\d)|\d{1,6})(?![.,]\d)"
# "120 pcs", "1.200 Stück", on folded text; the words before decide whether it is restated.
_COUNTED = re.compile(rf"{_QTY_FIRST}[ \t]*(?P<unit>{_COUNT_UNITS})(?![\w-])")
# After a count: another unit ("15 kg cartons" describes the carton), or a finer count of
# what a pallet holds ("2 pallets with 96 cartons", "20 pallets / 1,440 cartons").
_DESCRIBES = re.compile(rf"\.?[ \t]+(?:{_COUNT_UNITS})(?![\w-])")
_FINER = re.compile(r"[ \t]*(?:/|with|mit|avec|con|met|containing|\()[ \t]*\d")
_PALLETS = ("pallets", "cartons")
# A row opening with a code, digits or not, and a column gap: "BL-CB-USBC  USB-C cable  x 600".
_CODE_ROW = re.compile(
    r"^[ \t]*(?:\d{1,3}[ \t]+)?(?P<code>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?:[ \t]{2,}|\t).*$", re.M
)
# The order named right before an opening parenthesis: "P00622 (USB-C hubs, 2000 pcs)".
_ORDER_BEFORE = compile_literal_first(
    r"(?:\d{4,}|order|bestellung|commande|pedido|bestelling)[ \t:]*$"
)
# "120 of the 200", "1.800 de las 2.400 latas", "180 van de 250": the first is the vendor's.
_PART_OF = re.compile(
    rf"{_QTY_FIRST}[ \t]*(?P<unit>{_COUNT_UNITS})?[ \t]+"
    r"(?:of|out of|von|der|sur|des|de|van)[ \t]+"
    r"(?:(?:the|los|las|de|den|les|your|ihren|vos|uw)[ \t]+)?"
    rf"{_TOTAL}(?:[ \t]*(?P<unit2>{_COUNT_UNITS})(?!\w))?(?![\w/])"
)
# A bare number the words around make a quantity: "the other 60", "Los 300 restantes".
# Scanned from the digit, the cheaper start, with the words before checked at each match.
_YEAR = re.compile(r"20[1-3]\d")
_BARE = re.compile(rf"{_QTY_FIRST}(?![\w/:%-])")
_CUE_BEFORE = compile_literal_first(
    r"(?<!\w)(?:the other|the first|the last|shipped|only|nur|solo|seulement)[ \t]+$"
)
_ARTICLE_BEFORE = compile_literal_first(r"(?<!\w)(?:the|los|las|les|de|die)[ \t]+$")
_REST_AFTER = re.compile(
    r"[ \t]+(?:remaining|restantes|restants|resterende|overige|übrigen|restlichen|we shipped|"
    r"you received|left)(?!\w)"
)
# After a bare number: clause ends or verbs, not a date, duration or measure.
_BARE_NEXT = re.compile(
    r"[ \t]*(?:[.,;:!)\n]|$|(?:are|is|will|were|we|have|has|go|went|follow|follows|ship|"
    r"remain|remaining|restantes|restants|resterende|overige|still|today|now|on|and|left|"
    r"you|arrive|of)(?!\w))"
)
# Words before a count that make it the buyer's ordered quantity, a weight or a quote.
_RESTATED_BEFORE = compile_literal_first(
    r"(?:ordered|order of|ordered quantity of|order quantity of|po shows|order qty|instead of|"
    r"rather than|from|of the|out of|von|von den|(?<!\w)des|sur|de los|de las|van de|statt|"
    r"au lieu de|en lugar de|in plaats van|bestellten|bestellt|bestellmenge|commandée?s?|"
    r"pedido|besteld)"
    r"[ \t:]*(?:the[ \t]+)?$|(?:weight|gewicht|poids|peso)[^\d\n]{0,16}$"
)
_PAGE_BEFORE = compile_literal_first(
    r"(?:page|seite|pagina|página|part|teil|box|shipment|line|pos\.?)[ \t]*$"
)


# "120 Plaids LW-PL-130", "180 der Wolldecken LW-WD-150", "40 planches à découper AV-PD-40":
# a count, the goods in a few words, their code. Not a date, a duration or an amount.
# The words and code are looked ahead for first: the long case-blind list of ``NOT_GOODS``
# is then tried only before a code (same matches, the look-ahead consumes nothing).
_WORDS_THEN_CODE = rf"(?i:{WORD}(?:[ \t]+{WORD}){{0,3}})[ \t]+\(?"
_COUNT_THEN_CODE = re.compile(
    rf"{_QTY_FIRST}[ \t]+(?:(?:of|der|des|de|van|von)[ \t]+)?"
    rf"(?={_WORDS_THEN_CODE}{CODE_TOKEN})"
    rf"(?!(?i:{NOT_GOODS})(?![\w'-])){_WORDS_THEN_CODE}(?P<code>{CODE_TOKEN})"
)


@lru_cache(maxsize=16)
def _patterns(codes: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    by_length = sorted(codes, key=len, reverse=True)
    known = "|".join(re.escape(c) for c in by_length)
    code = rf"(?P<code>{known}|{CODE})" if known else rf"(?P<code>{CODE})"
    qty_first = re.compile(
        rf"{_QTY_FIRST}[ \t]*(?:x[ \t]*|×[ \t]*)?(?P<unit>(?i:{UNIT_RE}))?(?!\w)\.?[ \t]*"
        rf"(?:of[ \t]+|x[ \t]+|×[ \t]*|de[ \t]+|van[ \t]+|von[ \t]+)?"
        rf"(?:the[ \t]+|item[ \t]+|art(?:\.|icle)?[ \t]*)?{code}"
    )
    # Matched on folded text (see ``fastre``): the code's letters and known codes in lower case.
    known_folded = "|".join(re.escape(fold_text(c)) for c in by_length)
    code_folded = "(?P<code>" + (f"{known_folded}|" if known else "") + CODE_FOLDED + ")"
    code_first = re.compile(
        rf"{code_folded}[ \t]*(?:\([^)\n]{{0,40}}\)[ \t]*)?[:=\-–]?[ \t]*"
        r"(?:qty\.?:?[ \t]*|menge:?[ \t]*|x[ \t]*)?"
        rf"{_QTY}\s*(?P<unit>{UNIT_RE})?(?!\w)"
    )
    row = re.compile(rf"^.*{code}.*$", re.M)
    return qty_first, code_first, row


_Keep = Callable[[int, int, str | None, str, str | None, float], bool]

# Where every ``_QTY_FIRST`` match begins: a digit not continuing a word or a number. Lower-
# casing changes neither digits nor word characters, so ``text`` and ``fold(text)`` share them.
_NUMBER_START = re.compile(r"\d(?<![\w.,]\d)")
_Starts = dict[tuple[int, int], list[int]]


def _number_starts(folded: str, spans: tuple[tuple[int, int], ...]) -> _Starts:
    """Per zone, the offsets a number-first pattern can match at, found in one scan."""
    return {zone: [m.start() for m in _NUMBER_START.finditer(folded, *zone)] for zone in spans}


def _before_codes(text: str, zones: tuple[tuple[int, int], ...], starts: _Starts) -> _Starts:
    """Of ``starts``, those with a code's start later on their line, in ``zones``.

    A count before a code (``CODE``, ``CODE_TOKEN``) is joined to it by blanks and words only,
    so a number can begin one only when ``_CODE_START`` matches between it and the line's end.
    """
    kept: _Starts = {}
    for zone in zones:
        end = zone[1]
        kept[zone] = []
        for start in starts[zone]:
            line_end = text.find("\n", start, end)
            if _CODE_START.search(text, start, end if line_end == -1 else line_end):
                kept[zone].append(start)
    return kept


# ``CODE_FOLDED``'s beginning read backwards, from the last digit of its first run of letters,
# digits and hyphens to the letter opening it: the digit is what ``re`` skips ahead to.
_CODE_REVERSED = re.compile(r"\d[a-z0-9-]*[a-z](?![\w/-])")


def _code_starts(folded: str, zones: tuple[tuple[int, int], ...]) -> _Starts:
    """Per zone, the offsets ``CODE_FOLDED`` can match at, found scanning ``folded`` reversed.

    ``CODE_FOLDED`` begins at a letter opening a run of letters, digits and hyphens that holds
    a digit, each run found once from its last digit. (Letters, tried at each, are most of a
    text; digits are few.) A run crossing the zone's start yields the start, which
    ``CODE_FOLDED``'s look-behind then rejects.
    """
    length = len(folded)
    reversed_text = folded[::-1]
    starts: _Starts = {}
    for zone in zones:
        found = [
            length - m.end()
            for m in _CODE_REVERSED.finditer(reversed_text, length - zone[1], length - zone[0])
        ]
        found.reverse()
        starts[zone] = found
    return starts


def _scan_at(
    pattern: re.Pattern[str], text: str, zones: tuple[tuple[int, int], ...], starts: _Starts
) -> Iterator[re.Match[str]]:
    """``scan(pattern, text, zones)`` for a pattern matching only at ``starts`` (per zone).

    The same matches: ``finditer`` finds the first offset from where it stands at which the
    pattern matches, and it can match only at one of ``starts`` (for ``_QTY_FIRST``, a
    number's start, ``_number_starts``).
    """
    for zone in zones:
        end = zone[1]
        resume = -1
        for start in starts[zone]:
            if start < resume:
                continue
            m = pattern.match(text, start, end)
            if m is not None:
                resume = m.end()
                yield m


_SEPARATORS = str.maketrans("", "", ",.' ")


def _qty(raw: str) -> float:
    """The number written ``raw``, without its thousands separators."""
    return float(raw if raw.isdigit() else raw.translate(_SEPARATORS))


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    return UNITS.get(raw.lower(), raw.lower())


def find_lines(
    text: str,
    zones: list[tuple[int, int]],
    product_codes: tuple[str, ...] = (),
    *,
    whole_order: bool = False,
    asking: bool = False,
) -> list[ExtractedLine]:
    """Lines in the vendor's current words, in order, without overlaps.

    ``asking``: the email asks a question or is about something else (an invoice, a credit
    note), so a plain count in it ("the PO shows 1.500 pcs", "12 x CC-BLEACH-5L damaged")
    restates the order rather than states a line; only tables and parts of the order
    ("only 120 of the 200") count.

    ``whole_order``: the email cancels or ships the order as a whole, so the quantity it
    restates next to the order name ("P00711 (kitchen towels, 3000 pcs)") is the quantity
    cancelled or shipped; otherwise that restatement is the buyer's ordered quantity.
    """
    qty_first, code_first, row = _patterns(tuple(product_codes))
    found: list[ExtractedLine] = []
    taken: list[tuple[int, int]] = []
    folded = fold(text)
    spans = tuple(zones)

    def keep(
        start: int, end: int, product: str | None, qty: str, unit: str | None, conf: float
    ) -> bool:
        if any(s < end and start < e for s, e in taken):
            return False
        return keep_again(start, end, product, qty, unit, conf)

    def keep_again(
        start: int, end: int, product: str | None, qty: str, unit: str | None, conf: float
    ) -> bool:
        if not inside(zones, start, end):
            return False
        taken.append((start, end))
        found.append(
            ExtractedLine(
                product=product,
                qty=_qty(qty),
                unit=_unit(unit),
                span=Span(start=start, end=end, quote=text[start:end]),
                confidence=conf,
            )
        )
        return True

    _table_rows(text, zones, row, (keep, keep_again), taken)
    starts = _number_starts(folded, spans)
    coded = tuple(zone for zone in spans if _CODE_START.search(text, *zone))
    before_codes = _before_codes(text, coded, starts)
    for m in (
        _scan_at(qty_first, text, spans, starts)
        if product_codes
        else _scan_at(qty_first, text, coded, before_codes)
        if not asking
        else ()
    ):
        if _position_number(text, m) or _RESTATED_BEFORE.search(
            folded, max(0, m.start() - 24), m.start()
        ):
            continue
        keep(m.start(), m.end(), m.group("code"), m.group("qty"), m.group("unit"), 0.85)
    hinged = tuple(zone for zone in spans if _CODE_HINGE.search(folded, *zone))
    code_matches = (
        scan(code_first, folded, spans)
        if product_codes
        else _scan_at(code_first, folded, hinged, _code_starts(folded, hinged))
    )
    for m in code_matches:
        code = text[m.start("code") : m.end("code")]
        keep(m.start(), m.end(), code, m.group("qty"), m.group("unit"), 0.8)
    _parts_of(text, folded, spans, keep, starts)
    for m in _scan_at(_COUNT_THEN_CODE, text, coded, before_codes):
        if (
            _qty(m.group("qty")) < 10
            or _RESTATED_BEFORE.search(folded, max(0, m.start() - 24), m.start())
            or (not whole_order and _in_order_parenthesis(folded, m.start()))
        ):
            continue
        if not is_product(m.group("code")) or folded[m.start() - 1 : m.start()] in ("-", "/", "#"):
            continue
        keep(m.start(), m.end(), m.group("code"), m.group("qty"), None, 0.75)
    lowered = " ".join(text[start:end] for start, end in zones).lower()
    remaining = any(map(lowered.__contains__, _REMAINING_NEEDLES))
    for m in scan(_REMAINING, folded, spans) if remaining else ():
        unit = m.group("unit")
        keep(m.start(), m.end(), None, m.group("qty"), unit, 0.7)
    for m in _scan_at(_COUNTED, folded, spans, starts) if not asking else ():
        if UNITS.get(m.group("unit")) == "pallets":
            continue
        if not _restated(folded, m, found, whole_order=whole_order):
            unit = text[m.start("unit") : m.end("unit")]
            keep(m.start(), m.end(), None, m.group("qty"), unit, 0.65)
    set_apart = any(map(lowered.__contains__, LEFT_NEEDLES))
    bare = list(_scan_at(_BARE, folded, spans, starts))
    apart = _bare_numbers(folded, bare, keep, found, set_apart=set_apart)
    named: dict[int, str] = {}
    _named_goods(text, folded, bare, keep, named, apart, whole_order=whole_order)
    lines = sorted(found, key=lambda line: line.span.start)
    return attach_products(text, zones, without_packaging(text, lines), named)


def _parts_of(
    text: str, folded: str, spans: tuple[tuple[int, int], ...], keep: _Keep, starts: _Starts
) -> None:
    """The vendor's part of the ordered whole ("120 of the 200"), not "page 1 of 2"."""
    for m in _scan_at(_PART_OF, folded, spans, starts):
        if _PAGE_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            continue
        unit = m.group("unit") or m.group("unit2")
        too_many = _qty(m.group("qty")) > _qty(m.group("total"))
        if too_many or (unit is None and len(m.group("total")) < 2):
            continue
        keep(m.start(), m.end(), None, m.group("qty"), _written(text, m, unit), 0.7)


def _bare_numbers(
    folded: str,
    bare: list[re.Match[str]],
    keep: _Keep,
    found: list[ExtractedLine],
    *,
    set_apart: bool,
) -> set[float]:
    """Unit-less numbers that cue words make quantities ("the other 60", "Los 300 restantes").

    A number set apart as the rest ("the other 60 broke in the kiln", "De overige 300 komen")
    is a line whatever words follow, unless they make it a time, amount or load, or the
    quantity is stated already (a table's backorder column, "los otros 150 ... los 150
    restantes"). Returns the quantities set apart, which no later count restates.
    ``set_apart``: the email has a word of ``LEFT_CUE`` (``LEFT_NEEDLES``).
    """
    stated = {line.qty for line in found}
    apart: set[float] = set()
    for m in bare:
        start, end = m.start(), m.end()
        left = LEFT_CUE.search(folded, max(0, start - 20), start) if set_apart else None
        if left is not None:
            qty = _qty(m.group("qty"))
            if (
                qty not in stated
                and not NOT_COUNTED_AFTER.match(folded, end)
                and keep(left.start(), end, None, m.group("qty"), None, 0.55)
            ):
                stated.add(qty)
                apart.add(qty)
            continue
        if apart and _qty(m.group("qty")) in apart:
            continue
        cue = _CUE_BEFORE.search(folded, max(0, start - 16), start)
        if cue is None:
            cue = _ARTICLE_BEFORE.search(folded, max(0, start - 6), start)
            rest = _REST_AFTER.match(folded, end) if cue is not None else None
            end = rest.end() if rest is not None else -1
        elif not _BARE_NEXT.match(folded, end):
            end = -1
        if (
            cue is not None
            and end != -1
            and keep(cue.start(), end, None, m.group("qty"), None, 0.55)
        ):
            stated.add(_qty(m.group("qty")))
    return apart


def _named_goods(
    text: str,
    folded: str,
    bare: list[re.Match[str]],
    keep: _Keep,
    named: dict[int, str],
    apart: set[float],
    *,
    whole_order: bool,
) -> None:
    """Counts of goods named by a word after the number ("all 640 swags", "las 36 macetas").

    Not a year ("the 2027 prices"), a small count of designs or sizes, or the buyer's order
    ("de las 600 ollas", "the 200 caddies you ordered").
    """
    for m in bare:
        qty = _qty(m.group("qty"))
        if not qty >= 10 or qty in apart or _YEAR.fullmatch(m.group("qty")):
            continue
        start = m.start()
        cue = GOODS_CUE.search(folded, max(0, start - 16), start)
        listed = cue is None
        if listed:
            cue = LIST_CUE.search(folded, max(0, start - 6), start)
        if cue is None:
            continue
        goods = GOODS_AFTER.match(folded, m.end())
        if (
            goods is None
            or goods.end() == m.end()
            or _RESTATED_BEFORE.search(folded, max(0, start - 24), start)
        ):
            continue
        if ORDERED_AFTER.match(folded, goods.end()):
            continue
        if listed and (
            not LIST_NEXT.match(folded, goods.end())
            or (not whole_order and _in_order_parenthesis(folded, start))
        ):
            continue
        begin = start if listed else cue.start()
        unit = text[goods.start("unit") : goods.end("unit")] if goods.group("unit") else None
        if keep(begin, goods.end(), None, m.group("qty"), unit, 0.5) and goods.group("goods"):
            named[begin] = _singular(text[goods.start("goods") : goods.end("goods")].strip())


def _singular(words: str) -> str:
    """A one-word name of goods in the singular, as an order line names them ("swags")."""
    if " " not in words and len(words) > 4 and words.endswith("s") and not words.endswith("ss"):
        return words[:-1]
    return words


def _restated(
    folded: str, m: re.Match[str], found: list[ExtractedLine], *, whole_order: bool
) -> bool:
    """Whether a count is not a line: restated from the order, a measure, or a packaging count.

    Restated: after "ordered", "instead of", "of the"; inside a parenthesis after the order
    name; "the 200 pcs" once 200 was stated already. Glued to a code ("SC-EP-15KG"), or
    followed by another unit ("15 kg cartons"), the number describes the product.
    """
    start = m.start()
    if folded[start - 1 : start] in ("-", "/", "#") or _DESCRIBES.match(folded, m.end()):
        return True
    if _RESTATED_BEFORE.search(folded, max(0, start - 24), start):
        return True
    unit = UNITS.get(m.group("unit"))
    if unit in _PALLETS and _FINER.match(folded, m.end()):
        return True
    if not whole_order and _in_order_parenthesis(folded, start):
        return True
    if folded[max(0, start - 4) : start] == "the ":
        qty = _qty(m.group("qty"))
        return any(line.qty == qty for line in found)
    return False


def _in_order_parenthesis(folded: str, start: int) -> bool:
    """Whether ``start`` sits in a parenthesis after an order's name ("P00622 (USB-C hubs, ...")."""
    opening = folded.rfind("(", max(0, start - 60), start)
    in_parenthesis = opening != -1 and ")" not in folded[opening:start]
    return in_parenthesis and _ORDER_BEFORE.search(folded, opening - 24, opening) is not None


def _position_number(text: str, m: re.Match[str]) -> bool:
    """A small bare number opening a line before a code: the line's position ("2 EK-SL-3")."""
    if m.group("unit") or len(m.group("qty")) > 2 or "x" in text[m.end("qty") : m.start("code")]:
        return False
    return text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip() == ""


def _written(text: str, m: re.Match[str], unit: str | None) -> str | None:
    """The unit as written in ``text`` (the match ran on folded text)."""
    if unit is None:
        return None
    group = "unit" if m.group("unit") else "unit2"
    return text[m.start(group) : m.end(group)]


def _table_rows(
    text: str,
    zones: list[tuple[int, int]],
    row: re.Pattern[str],
    keeps: tuple[_Keep, _Keep],
    taken: list[tuple[int, int]],
) -> None:
    """Quantities of table rows, each quoted whole; a row is not read again as prose.

    Rows under a header naming a quantity column are read by the header, with the quantity
    still owed in a backorder column as a second line of the same row; other rows with a
    product code by their first number after the code.
    """
    keep, keep_again = keeps
    if "  " not in text and "|" not in text and "\t" not in text:
        return
    for start, end in zones:
        for offset, columns in line_tables.header_lines(text, start, end):
            for row_start, line in line_tables.rows_below(text, offset, end):
                row_end = row_start + len(line)
                got = line_tables.quantity(line, 0, columns)
                product = line_tables.product(line)
                if got is not None and _qty(got.qty) > 0:
                    keep(row_start, row_end, product, got.qty, got.unit, 0.6)
                left = line_tables.rest(line, columns)
                if left is not None and (got is None or got.start != left.start):
                    keep_again(row_start, row_end, product, left.qty, left.unit, 0.55)
                taken.append((row_start, row_end))
    rows = [*scan(row, text, tuple(zones)), *scan(_CODE_ROW, text, tuple(zones))]
    for m in sorted(rows, key=lambda m: m.start()):
        line = m.group(0)
        if not line_tables.is_row(line) or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        got = line_tables.quantity(line, m.end("code") - m.start(), None)
        if got is not None:
            code = m.group("code")
            product = code if is_product(code) else line_tables.product(line)
            keep(m.start(), m.end(), product, got.qty, got.unit, 0.6)
        if inside(zones, m.start(), m.end()):
            taken.append((m.start(), m.end()))
