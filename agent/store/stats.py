"""Read-only figures for metrics, health and the dashboard, computed in the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select, text

from agent.models import Recommendation
from agent.store.database import utc
from agent.store.repository import Store
from agent.store.tables import AuditRow, EmailRow, ExtractionRow, RecommendationRow


def ping(store: Store) -> None:
    """Run ``SELECT 1``; raises the driver's error when the database does not answer."""
    with store._sessions() as session:
        session.execute(text("SELECT 1"))


def extractions_by_intent(store: Store) -> dict[tuple[str, str], int]:
    """Extraction rows by (intent, extractor)."""
    intent = ExtractionRow.data["intent"].as_string()
    with store._sessions() as session:
        rows = session.execute(
            select(intent, ExtractionRow.extractor, func.count()).group_by(
                intent, ExtractionRow.extractor
            )
        )
        return {(str(i), str(e)): int(n) for i, e, n in rows}


def recommendations_by(store: Store) -> dict[tuple[str, str], int]:
    """Recommendations by (decision, state)."""
    with store._sessions() as session:
        rows = session.execute(
            select(RecommendationRow.decision, RecommendationRow.state, func.count()).group_by(
                RecommendationRow.decision, RecommendationRow.state
            )
        )
        return {(str(d), str(s)): int(n) for d, s, n in rows}


@dataclass(frozen=True)
class RecommendationFilter:
    """Filters of the recommendation list; empty means any."""

    states: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    vendor: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


def _filtered(query: Select[Any], wanted: RecommendationFilter) -> Select[Any]:
    if wanted.states:
        query = query.where(RecommendationRow.state.in_(wanted.states))
    if wanted.decisions:
        query = query.where(RecommendationRow.decision.in_(wanted.decisions))
    if wanted.risks:
        level = RecommendationRow.data[("risk", "level")].as_string()
        query = query.where(level.in_(wanted.risks))
    if wanted.vendor:
        name = RecommendationRow.data["vendor_name"].as_string()
        query = query.where(
            or_(
                func.lower(name).contains(wanted.vendor.lower(), autoescape=True),
                name.contains(wanted.vendor, autoescape=True),
            )
        )
    if wanted.since is not None:
        query = query.where(RecommendationRow.created_at >= wanted.since)
    if wanted.until is not None:
        query = query.where(RecommendationRow.created_at < wanted.until)
    return query


def search_recommendations(
    store: Store, wanted: RecommendationFilter, *, limit: int, offset: int
) -> tuple[list[Recommendation], int]:
    """One page of matching recommendations (newest first) and the total that match."""
    page = _filtered(select(RecommendationRow), wanted).order_by(
        RecommendationRow.created_at.desc(), RecommendationRow.id
    )
    total = _filtered(select(func.count()).select_from(RecommendationRow), wanted)
    with store._sessions() as session:
        rows = session.scalars(page.offset(offset).limit(limit))
        items = [Recommendation.model_validate(row.data) for row in rows]
        return items, int(session.scalar(total) or 0)


def last_event_at(store: Store, events: list[str]) -> dt.datetime | None:
    """When one of these audit events last happened."""
    with store._sessions() as session:
        at = session.scalar(select(func.max(AuditRow.at)).where(AuditRow.event.in_(events)))
    return utc(at) if at else None


def oldest_received(store: Store) -> dt.datetime | None:
    """When the oldest email still waiting for processing arrived."""
    with store._sessions() as session:
        at = session.scalar(
            select(func.min(EmailRow.received_at)).where(EmailRow.status.in_(("raw", "received")))
        )
    return utc(at) if at else None
