"""Feedback labels: what planners did with drafted activities."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from agent.store.database import utc
from agent.store.repository import Store
from agent.store.tables import FeedbackRow


@dataclass(frozen=True)
class FeedbackLabel:
    """One outcome of one recommendation."""

    recommendation_id: str
    outcome: str
    source: str
    detail: str | None
    recorded_at: dt.datetime


def record(
    store: Store, rec_id: str, outcome: str, source: str, detail: str | None, now: dt.datetime
) -> bool:
    """Record an outcome once per recommendation; False when it was already known."""
    try:
        with store.session() as session:
            session.add(
                FeedbackRow(
                    recommendation_id=rec_id,
                    outcome=outcome,
                    source=source,
                    detail=detail,
                    recorded_at=now,
                )
            )
    except IntegrityError:
        return False
    return True


def labels(store: Store) -> list[FeedbackLabel]:
    """Every recorded outcome, oldest first."""
    with store._sessions() as session:
        rows = session.scalars(select(FeedbackRow).order_by(FeedbackRow.id))
        return [
            FeedbackLabel(
                recommendation_id=r.recommendation_id,
                outcome=r.outcome,
                source=r.source,
                detail=r.detail,
                recorded_at=utc(r.recorded_at),
            )
            for r in rows
        ]
