"""Adjust open incoming lines by what vendors committed to.

Commitments apply in the order they were recorded. A commitment names its line
(``line_id``) or, without one, every line of its order for its product (or of the whole
order when it names no product).

- ``DATE`` (and ``CONFIRM`` with a date): the line now arrives on ``new_date``.
- ``CANCEL``: the line is removed; with ``qty``, only that quantity is taken off.
- ``QUANTITY`` (partial shipment): ``qty`` arrives on the line's date; the rest becomes a
  second line on ``new_date`` when the vendor gave one. A remainder without a date is left
  out, since a backorder nobody dated cannot protect the shelf.
- ``PRICE``: no effect on supply.
"""

from __future__ import annotations

from agent.models import Commitment, CommitmentKind
from agent.odoo.records import IncomingLine


def _targets(line: IncomingLine, c: Commitment) -> bool:
    if c.line_id is not None:
        return line.line_id == c.line_id
    if line.po_id != c.po_id:
        return False
    return c.product_id is None or line.product_id == c.product_id


def _apply_one(line: IncomingLine, c: Commitment) -> list[IncomingLine]:
    if c.kind in (CommitmentKind.DATE, CommitmentKind.CONFIRM):
        return [line.model_copy(update={"date_planned": c.new_date})] if c.new_date else [line]
    if c.kind is CommitmentKind.CANCEL:
        if c.qty is None or c.qty >= line.qty:
            return []
        return [line.model_copy(update={"qty": line.qty - c.qty})]
    if c.kind is CommitmentKind.QUANTITY and c.qty is not None:
        shipped = max(0.0, min(c.qty, line.qty))
        out = [line.model_copy(update={"qty": shipped})] if shipped > 0 else []
        rest = line.qty - shipped
        if rest > 0 and c.new_date is not None:
            out.append(line.model_copy(update={"qty": rest, "date_planned": c.new_date}))
        return out
    return [line]


def apply_commitments(
    incoming: list[IncomingLine], commitments: list[Commitment]
) -> list[IncomingLine]:
    """The incoming lines as the vendors' commitments leave them, in date order.

    Args:
        incoming: open incoming lines with their planned dates from Odoo.
        commitments: what vendors committed to, any order (sorted by ``recorded_at``).

    Returns:
        New lines: moved, split or removed; the input is not modified.
    """
    lines = list(incoming)
    for c in sorted(commitments, key=lambda c: c.recorded_at):
        updated: list[IncomingLine] = []
        for line in lines:
            updated.extend(_apply_one(line, c) if _targets(line, c) else [line])
        lines = updated
    return sorted(lines, key=lambda line: (line.date_planned, line.po_id, line.line_id))
