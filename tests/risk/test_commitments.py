from __future__ import annotations

import datetime as dt

from agent.models import Commitment, CommitmentKind
from agent.odoo.records import IncomingLine
from agent.risk.commitments import apply_commitments

D0 = dt.date(2024, 12, 1)
AT = dt.datetime(2024, 11, 20, 9, 0)


def line(line_id: int, qty: float = 100.0, po_id: int = 1, product_id: int = 5) -> IncomingLine:
    return IncomingLine(
        product_id=product_id,
        warehouse_id=1,
        po_id=po_id,
        po_name=f"P{po_id}",
        line_id=line_id,
        qty=qty,
        date_planned=D0,
        vendor_id=3,
    )


def commit(kind: CommitmentKind, minutes: int = 0, **kw: object) -> Commitment:
    base: dict[str, object] = {
        "po_id": 1,
        "po_name": "P1",
        "source_id": "m1",
        "recorded_at": AT + dt.timedelta(minutes=minutes),
    }
    return Commitment(kind=kind, **(base | kw))  # type: ignore[arg-type]


def test_delay_moves_the_receipt() -> None:
    out = apply_commitments(
        [line(10)], [commit(CommitmentKind.DATE, line_id=10, new_date=D0 + dt.timedelta(days=9))]
    )
    assert [(x.line_id, x.date_planned) for x in out] == [(10, D0 + dt.timedelta(days=9))]


def test_cancellation_removes_or_reduces() -> None:
    lines = [line(10), line(11)]
    assert [
        x.line_id for x in apply_commitments(lines, [commit(CommitmentKind.CANCEL, line_id=10)])
    ] == [11]
    reduced = apply_commitments(lines, [commit(CommitmentKind.CANCEL, line_id=11, qty=30)])
    assert [x.qty for x in reduced if x.line_id == 11] == [70]


def test_partial_shipment_splits_the_line() -> None:
    later = D0 + dt.timedelta(days=14)
    out = apply_commitments(
        [line(10, 200)], [commit(CommitmentKind.QUANTITY, line_id=10, qty=120, new_date=later)]
    )
    assert [(x.qty, x.date_planned) for x in out] == [(120, D0), (80, later)]
    undated = apply_commitments(
        [line(10, 200)], [commit(CommitmentKind.QUANTITY, line_id=10, qty=120)]
    )
    assert [x.qty for x in undated] == [120]


def test_order_level_commitment_touches_every_line_of_the_order_only() -> None:
    lines = [line(10), line(11, product_id=6), line(20, po_id=2)]
    out = apply_commitments(lines, [commit(CommitmentKind.CANCEL)])
    assert [x.line_id for x in out] == [20]
    product_only = apply_commitments(lines, [commit(CommitmentKind.CANCEL, product_id=6)])
    assert sorted(x.line_id for x in product_only) == [10, 20]


def test_commitments_apply_in_recorded_order_and_input_is_untouched() -> None:
    lines = [line(10)]
    first = commit(CommitmentKind.DATE, 0, line_id=10, new_date=D0 + dt.timedelta(days=3))
    second = commit(CommitmentKind.DATE, 5, line_id=10, new_date=D0 + dt.timedelta(days=7))
    out = apply_commitments(lines, [second, first])
    assert out[0].date_planned == D0 + dt.timedelta(days=7)
    assert lines[0].date_planned == D0
    price = apply_commitments(lines, [commit(CommitmentKind.PRICE, line_id=10, price=3.0)])
    assert price == lines
