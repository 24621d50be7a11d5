"""Recommendations: list with filters and paging, one by id, approve, reject; the queue."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query

from agent.api.deps import ApproveKey, DepsDep, ReadKey
from agent.api.errors import AUTH_RESPONSES, NotFound
from agent.api.schemas import (
    DecisionIn,
    ErrorOut,
    IsoDate,
    QueueOut,
    RecommendationOut,
    RecommendationPage,
)
from agent.approvals import Verdict, decide
from agent.deps import Deps
from agent.models import Decision, Recommendation, RecommendationState, RiskLevel
from agent.store.stats import RecommendationFilter, search_recommendations

router = APIRouter(
    prefix="/v1",
    tags=["recommendations"],
    responses={code: {**spec, "model": ErrorOut} for code, spec in AUTH_RESPONSES.items()},
)
_DECIDE: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such recommendation"},
    409: {"model": ErrorOut, "description": "Already decided or closed; nothing changed"},
}
RecId = Annotated[str, Path(max_length=64)]


def out(rec: Recommendation) -> RecommendationOut:
    """The published shape of a recommendation."""
    return RecommendationOut.model_validate(rec.model_dump())


def _day_start(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) if day else None


@router.get("/recommendations", response_model=RecommendationPage, summary="List recommendations")
def list_recommendations(
    deps: DepsDep,
    _: ReadKey,
    state: Annotated[list[RecommendationState] | None, Query()] = None,
    decision: Annotated[list[Decision] | None, Query()] = None,
    risk: Annotated[list[RiskLevel] | None, Query()] = None,
    vendor: Annotated[str | None, Query(max_length=200, description="Part of the name")] = None,
    since: Annotated[IsoDate | None, Query(description="Created on or after")] = None,
    until: Annotated[IsoDate | None, Query(description="Created before")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> RecommendationPage:
    """Newest first; filters combine with AND, repeated values of one filter with OR."""
    wanted = RecommendationFilter(
        states=tuple(s.value for s in state or ()),
        decisions=tuple(d.value for d in decision or ()),
        risks=tuple(r.value for r in risk or ()),
        vendor=vendor or None,
        since=_day_start(since),
        until=_day_start(until),
    )
    items, total = search_recommendations(deps.store, wanted, limit=limit, offset=offset)
    return RecommendationPage(
        items=[out(r) for r in items], total=total, limit=limit, offset=offset
    )


@router.get(
    "/recommendations/{rec_id}",
    response_model=RecommendationOut,
    responses={404: _DECIDE[404]},
    summary="One recommendation",
)
def get_recommendation(deps: DepsDep, _: ReadKey, rec_id: RecId) -> RecommendationOut:
    """The recommendation with its evidence and risk."""
    rec = deps.store.get_recommendation(rec_id)
    if rec is None:
        raise NotFound(f"no recommendation {rec_id}")
    return out(rec)


def _decide(
    deps: Deps, rec_id: str, verdict: Verdict, actor: str, reason: str | None
) -> Recommendation:
    if deps.store.get_recommendation(rec_id) is None:
        raise NotFound(f"no recommendation {rec_id}")
    return decide(deps.store, deps.clock, rec_id, verdict, actor, reason=reason)


@router.post(
    "/recommendations/{rec_id}/approve",
    response_model=RecommendationOut,
    responses=_DECIDE,
    summary="Approve (applies a proposed date change)",
)
def approve(
    deps: DepsDep,
    principal: ApproveKey,
    rec_id: RecId,
    body: Annotated[DecisionIn | None, Body()] = None,
) -> RecommendationOut:
    """Approve once; an accepted new date is written to Odoo through the outbox."""
    reason = body.reason if body else None
    return out(_decide(deps, rec_id, "approve", principal.actor, reason))


@router.post(
    "/recommendations/{rec_id}/reject",
    response_model=RecommendationOut,
    responses=_DECIDE,
    summary="Reject with a reason",
)
def reject(
    deps: DepsDep,
    principal: ApproveKey,
    rec_id: RecId,
    body: Annotated[DecisionIn | None, Body()] = None,
) -> RecommendationOut:
    """Reject once; the reason is kept in the audit log and becomes a feedback label."""
    reason = body.reason if body else None
    return out(_decide(deps, rec_id, "reject", principal.actor, reason))


def waiting(deps: Deps) -> list[Recommendation]:
    """Queued items, then drafts marked for review that nobody decided yet."""
    queued = deps.store.recommendations(states=[RecommendationState.QUEUED.value])
    review = deps.store.recommendations(
        decisions=[Decision.REVIEW.value],
        states=[RecommendationState.PENDING_PUSH.value, RecommendationState.PUSHED.value],
    )
    return queued + review


@router.get("/queue", response_model=QueueOut, summary="What waits for a person")
def queue(deps: DepsDep, _: ReadKey) -> QueueOut:
    """The local review queue: queued recommendations and those marked for review."""
    items = waiting(deps)
    return QueueOut(items=[out(r) for r in items], count=len(items))
