"""Several orders in one email: which dates belong to which order.

``Extraction.commitment`` is the latest committing date of the whole email. When a vendor
writes about several orders ("P00455 on time; P00456 moves to week 51"), each order has its
own commitment: a date belongs to the last order name written before it in the vendor's new
text (dates before any name belong to the first order named), and an order keeps the latest
of its dates. Orders named together share the date that follows them ("P1 and P2 left today,
delivery 12/10"; "both orders on one truck ... ETA Weds"). The email's primary commitment is
that of the first order named, the subject line first, that has a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.extraction.rules.refs import odoo_pattern
from agent.models import COMMITMENT_ROLES, ExtractedDate, Extraction, InboundEmail

# "can ship with P05605", "together with your order P11171", "in the same container as
# P10664", "zusammen mit Auftrag P1", "dans le même camion que P1", "junto con el pedido P1",
# "samen met bestelling P1": the order the goods travel with.
_TRAVELS_WITH = re.compile(
    r"(?:\b(?:with|together\s+with|along\s+with|mit|avec|con|met)"
    r"|\b(?:same|selben|gleichen|m[êe]me|mism[oa]|zelfde|dezelfde)\s+\w+\s+(?:as|wie|que|als))"
    r"\s+(?:(?:the|your|our|order|po|ihrer?|unserer?|auftrag|bestellung|la|votre|notre|"
    r"commande|el|su|pedido|uw|onze|bestelling)\s+){0,2}$",
    re.IGNORECASE,
)
# Words that say the orders named before a date share it: "both orders", "shipped together",
# "on one truck", "same pallet", "beide Aufträge zusammen", "les deux commandes ensemble",
# "ambos pedidos juntos", "P1 en P2 samen vertrokken, beide orders compleet".
_TOGETHER = re.compile(
    r"\b(?:both|together(?!\s+with)|all\s+(?:\w+\s+)?orders|one\s+truck|consolidated"
    r"|same\s+(?:truck|pallet|container|shipment|consignment|load)(?!\s+as\b)"
    r"|beiden?|zusammen(?!\s+mit)|gemeinsam"
    r"|les\s+deux|ensemble(?!\s+avec)|un\s+seul\s+camion|m[êe]me\s+(?:camion|palette|conteneur)(?!\s+que\b)"
    r"|ambos|ambas|los\s+dos|las\s+dos|junt[oa]s|consolidad[oa]s"
    r"|mism[oa]\s+(?:cami[óo]n|contenedor|env[íi]o|carga)(?!\s+que\b)"
    r"|allebei|samen(?!\s+met)|[ée][ée]n\s+vracht|dezelfde\s+(?:vracht|truck|pallet|container)(?!\s+als\b))\b",
    re.IGNORECASE,
)
# "P08655 and P08656", "P08823 und P08824", "P03426 / P03427", "P10248 y P10249".
_COORDINATED = re.compile(r"\s*(?:and|und|et|y|e|en|&|\+|/|,)\s*", re.IGNORECASE)
# A sentence ends at a line break or at . ! ? after a word (not the dot of "17.12.").
_SENTENCE_END = re.compile(r"\n|(?<!\d)[.!?](?=\s|$)")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str
    travels: bool


def _mentions(email: InboundEmail, pattern: re.Pattern[str]) -> list[_Mention]:
    return [
        _Mention(
            m.start("ref"),
            m.end("ref"),
            m.group("ref").upper(),
            _TRAVELS_WITH.search(email.text, max(0, m.start("ref") - 45), m.start("ref"))
            is not None,
        )
        for m in pattern.finditer(email.text, 0, email.new_text_end)
    ]


def _named_order(
    email: InboundEmail, pattern: re.Pattern[str], mentions: list[_Mention]
) -> list[str]:
    """The orders in the order the email names them: the subject line first, then the text."""
    in_text = list(dict.fromkeys(m.name for m in mentions))
    in_subject = [m.group("ref").upper() for m in pattern.finditer(email.subject)]
    first = [name for name in dict.fromkeys(in_subject) if name in in_text]
    return first + [name for name in in_text if name not in first]


def _coordinated_tail(text: str, run: list[_Mention]) -> list[_Mention]:
    """The orders joined by "and", "/", "," right before the date: "P1 and P2 left today"."""
    tail = run[-1:]
    for a, b in zip(reversed(run[:-1]), reversed(run[1:]), strict=True):
        if not _COORDINATED.fullmatch(text, a.end, b.start):
            break
        tail.insert(0, a)
    return tail


def _together(text: str, window_start: int, date: ExtractedDate) -> bool:
    """Whether the text from ``window_start`` to the end of the date's sentence says "both"."""
    end = _SENTENCE_END.search(text, date.span.end, date.span.end + 200)
    return _TOGETHER.search(text, window_start, end.end() if end else date.span.end) is not None


def _owners(
    text: str,
    mentions: list[_Mention],
    date: ExtractedDate,
    previous_end: int,
    date_ends: list[int],
) -> set[str]:
    """The orders ``date`` belongs to.

    ``previous_end`` ends the committing date before it, ``date_ends`` are the ends of all
    dates (any role) in text order.
    """
    before = [m for m in mentions if m.start <= date.span.start]
    # "P05606 ... can ship with P05605, the other 800 pcs ... ETA 12 Jan": an order named as
    # the one the goods travel with does not take over the dates after it.
    owners = [m for m in before if not m.travels] or [
        next((m for m in mentions if not m.travels), mentions[0])
    ]
    result = {owners[-1].name}
    # Orders share a date only if no date of theirs stands between them: in "P1 ... ETA 2.1.
    # as confirmed. P2 ... both ... 25.1." the 2.1. (whatever its role) closes P1's part.
    last_start = before[-1].start if before else 0
    start = max([previous_end, *(end for end in date_ends if end <= last_start)])
    run = [m for m in owners if m.start >= start and m in before]
    if len({m.name for m in run}) < 2:
        return result
    tail = _coordinated_tail(text, run)
    if len(tail) > 1:
        result.update(m.name for m in tail)
    elif _together(text, start, date):
        result.update(m.name for m in run)
    return result


def order_commitments(
    email: InboundEmail, extraction: Extraction, po_prefixes: tuple[str, ...]
) -> dict[str, ExtractedDate | None]:
    """Each Odoo order named in the new text, subject first, with its latest committing date."""
    pattern = odoo_pattern(po_prefixes)
    mentions = _mentions(email, pattern)
    if not mentions:
        return {}
    result: dict[str, ExtractedDate | None] = dict.fromkeys(_named_order(email, pattern, mentions))
    committing = sorted(
        (d for d in extraction.dates if d.role in COMMITMENT_ROLES), key=lambda d: d.span.start
    )
    date_ends = sorted(d.span.end for d in extraction.dates)
    previous_end = 0
    previous_owners: set[str] = set()
    for date in committing:
        owners = _owners(email.text, mentions, date, previous_end, date_ends)
        # "lands Frankfurt Saturday 12/12, delivery Monday 14/12": with no order named in
        # between, a date in the same sentence as the one before goes to the same orders.
        if (
            previous_owners
            and not any(previous_end <= m.start < date.span.start for m in mentions)
            and not _SENTENCE_END.search(email.text, previous_end, date.span.start)
        ):
            owners = previous_owners
        for owner in owners:
            current = result[owner]
            if current is None or date.value > current.value:
                result[owner] = date
        previous_end = max(previous_end, date.span.end)
        previous_owners = owners
    return result


def primary_commitment(
    email: InboundEmail, extraction: Extraction, po_prefixes: tuple[str, ...]
) -> ExtractedDate | None:
    """The first named order's commitment when the email names several orders, else the email's.

    An order without a date (cancelled, no news) yields to the next one named: "P10962 is
    cancelled, P10963 is delivered 10 December" commits to 10 December.
    """
    by_order = order_commitments(email, extraction, po_prefixes)
    if len(by_order) < 2:
        return extraction.commitment
    first = next((date for date in by_order.values() if date is not None), None)
    return first if first is not None else extraction.commitment
