from __future__ import annotations

import datetime as dt

import pytest

from agent.risk.scorecard import (
    CommitmentHistoryRow,
    Revision,
    describe_scorecard,
    vendor_scorecard,
)

T0 = dt.datetime(2024, 1, 1, 8)


def row(
    po: int,
    late_days: int,
    *,
    revised_to: int | None = None,
    partial: bool = False,
    ack_h: float | None = 24,
) -> CommitmentHistoryRow:
    promise = (T0 + dt.timedelta(days=10 * po + 7)).date()
    revisions = []
    if revised_to is not None:
        revisions.append(
            Revision(
                promised=promise + dt.timedelta(days=revised_to),
                source="email",
                recorded_at=T0 + dt.timedelta(days=10 * po + 3),
            )
        )
    return CommitmentHistoryRow(
        vendor_id=9,
        vendor_name="Acme",
        po_id=po,
        line_id=po * 10,
        ordered_at=T0 + dt.timedelta(days=10 * po),
        ordered_qty=100,
        original_promise=promise,
        revisions=revisions,
        acknowledged_at=None if ack_h is None else T0 + dt.timedelta(days=10 * po, hours=ack_h),
        received_on=promise + dt.timedelta(days=late_days),
        received_qty=80 if partial else 100,
        receipts=1,
    )


def test_scorecard_figures_and_sentence() -> None:
    history = [row(i, 6, revised_to=6) for i in range(7)] + [
        row(i, 0, partial=True) for i in range(7, 10)
    ]
    score = vendor_scorecard(history)
    assert (score.orders, score.delivered, score.late) == (10, 10, 7)
    assert score.on_time_first_promise == pytest.approx(0.3)
    assert score.on_time_last_revision == pytest.approx(1.0)
    assert score.avg_delay_late_days == pytest.approx(6.0)
    assert score.average_delay_days == pytest.approx(4.2)
    assert score.partial_share == pytest.approx(0.3)
    assert score.avg_ack_days == pytest.approx(1.0)
    assert score.late_share == pytest.approx(0.7)
    assert (
        describe_scorecard(score)
        == "this vendor delivered 7 of its last 10 orders late, by 6 days on average"
    )


def test_last_n_orders_and_open_orders() -> None:
    history = [row(i, 3) for i in range(5)] + [row(i, 0) for i in range(5, 9)]
    open_line = row(9, 0).model_copy(update={"received_on": None, "received_qty": None})
    score = vendor_scorecard([*history, open_line], last=5)
    assert (score.orders, score.delivered, score.late) == (5, 4, 0)
    assert describe_scorecard(score) == "this vendor delivered all of its last 4 orders on time"


def test_order_is_late_when_any_line_is() -> None:
    a, b = row(1, 0), row(1, 2).model_copy(update={"line_id": 11})
    score = vendor_scorecard([a, b])
    assert (score.orders, score.late, score.avg_delay_late_days) == (1, 1, 2.0)
    assert (
        describe_scorecard(score)
        == "this vendor delivered 1 of its last 1 order late, by 2 days on average"
    )


def test_bad_history_is_refused() -> None:
    with pytest.raises(ValueError):
        vendor_scorecard([])
    with pytest.raises(ValueError, match="mixes"):
        vendor_scorecard([row(1, 0), row(2, 0).model_copy(update={"vendor_id": 4})])
