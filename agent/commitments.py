"""Turn what an email asserts into commitments per purchase order line.

A commitment is a fact about one line: a new date, a quantity shipped now (the rest later),
a cancellation, a price. Only values with evidence become commitments, and values restated
from our own order (role ``other``) never do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from agent.models import (
    Commitment,
    CommitmentKind,
    ExtractedDate,
    ExtractedLine,
    Extraction,
    Intent,
    Match,
)
from agent.odoo.records import PurchaseOrder, PurchaseOrderLine

DELIVERY_INTENTS = frozenset({Intent.DELAY, Intent.CONFIRMATION, Intent.PARTIAL_SHIPMENT})


def _lines_named(extraction: Extraction, order: PurchaseOrder) -> list[ExtractedLine]:
    codes = {line.product_code.upper() for line in order.lines if line.product_code}
    return [
        line
        for line in extraction.lines
        if (line.po_ref is None or line.po_ref.upper() == order.name.upper())
        and line.product
        and line.product.upper() in codes
    ]


def derive_commitments(
    extraction: Extraction,
    match: Match,
    orders: dict[int, PurchaseOrder],
    source_id: str,
    now: dt.datetime,
    per_order: Mapping[str, ExtractedDate | None] | None = None,
) -> list[Commitment]:
    """Commitments on the matched lines that the extraction proves.

    ``per_order`` keeps several orders in one email apart: when the email names more than
    one order, each order takes its own date (none when the vendor gave it none).
    """
    out: list[Commitment] = []
    intents = {extraction.intent, *extraction.secondary_intents}
    line_ids = set(match.line_ids)
    split = per_order is not None and len(per_order) > 1
    for po_id in match.po_ids:
        order = orders.get(po_id)
        if order is None:
            continue
        commitment = (
            per_order.get(order.name.upper())
            if split and per_order is not None
            else extraction.commitment
        )
        lines = [line for line in order.lines if line.id in line_ids] or order.lines
        named = _lines_named(extraction, order)
        if Intent.CANCELLATION in intents:
            out.extend(_cancel(order, lines, named, extraction, source_id, now))
            continue
        if Intent.PARTIAL_SHIPMENT in intents and named:
            out.extend(_partial(order, named, commitment, source_id, now))
            continue
        if intents & DELIVERY_INTENTS and commitment is not None:
            out.extend(
                Commitment(
                    po_id=order.id,
                    po_name=order.name,
                    line_id=line.id,
                    product_id=line.product_id,
                    kind=CommitmentKind.DATE,
                    previous_date=line.date_planned.date(),
                    new_date=commitment.value,
                    source="email",
                    source_id=source_id,
                    recorded_at=now,
                    evidence=commitment.span,
                )
                for line in lines
                if line.product_qty > line.qty_received
            )
        if Intent.PRICE_CHANGE in intents:
            for change in extraction.price_changes:
                out.append(
                    Commitment(
                        po_id=order.id,
                        po_name=order.name,
                        kind=CommitmentKind.PRICE,
                        price=change.new_price,
                        new_date=change.effective_date,
                        source="email",
                        source_id=source_id,
                        recorded_at=now,
                        evidence=change.span,
                    )
                )
    return out


def _cancel(
    order: PurchaseOrder,
    lines: list[PurchaseOrderLine],
    named: list[ExtractedLine],
    extraction: Extraction,
    source_id: str,
    now: dt.datetime,
) -> list[Commitment]:
    codes = {(n.product or "").upper() for n in named}
    chosen = [line for line in lines if line.product_code.upper() in codes] if codes else lines
    span = extraction.intent_span
    return [
        Commitment(
            po_id=order.id,
            po_name=order.name,
            line_id=line.id,
            product_id=line.product_id,
            kind=CommitmentKind.CANCEL,
            previous_date=line.date_planned.date(),
            source="email",
            source_id=source_id,
            recorded_at=now,
            evidence=span,
        )
        for line in chosen
    ]


def _partial(
    order: PurchaseOrder,
    named: list[ExtractedLine],
    commitment: object,
    source_id: str,
    now: dt.datetime,
) -> list[Commitment]:
    by_code = {line.product_code.upper(): line for line in order.lines if line.product_code}
    new_date = getattr(commitment, "value", None)
    out = []
    for stated in named:
        line = by_code[(stated.product or "").upper()]
        if stated.qty is None:
            continue
        out.append(
            Commitment(
                po_id=order.id,
                po_name=order.name,
                line_id=line.id,
                product_id=line.product_id,
                kind=CommitmentKind.QUANTITY,
                previous_date=line.date_planned.date(),
                new_date=new_date,
                qty=stated.qty,
                source="email",
                source_id=source_id,
                recorded_at=now,
                evidence=stated.span,
            )
        )
    return out
