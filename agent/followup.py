"""After the push: escalate activities past their SLA and learn from what planners did.

Both read Odoo once per run (``find_activities`` for every open recommendation) and write
through the outbox, so they are safe to run on every service tick.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from html import escape

from agent.deps import Deps
from agent.models import AuditEntry, Recommendation, RecommendationState
from agent.notes import marker
from agent.push import REASSIGN_ACTIVITY
from agent.store import feedback, outbox

logger = logging.getLogger(__name__)

FOLLOWED = (RecommendationState.PUSHED.value, RecommendationState.APPROVED.value)


@dataclass
class FollowupReport:
    """What one follow-up pass found."""

    escalated: int = 0
    accepted: int = 0
    rejected: int = 0
    ignored: int = 0
    edited: int = 0


def escalation_due(deps: Deps, rec: Recommendation, now: dt.datetime) -> bool:
    """Whether an open activity has outlived the SLA of its risk level."""
    hours = deps.policy.sla.hours(rec.risk.level if rec.risk else None)
    return rec.escalated_at is None and now - rec.created_at > dt.timedelta(hours=hours)


def follow_up(deps: Deps) -> FollowupReport:
    """Escalate overdue activities and record outcomes as feedback labels."""
    now = deps.clock.now()
    report = FollowupReport()
    recs = deps.store.recommendations(states=FOLLOWED)
    if not recs:
        return report
    statuses = deps.gateway.find_activities([marker(r.id) for r in recs])
    escalate_to = _escalation_user(deps)
    for rec in recs:
        status = statuses.get(marker(rec.id))
        if status is None:
            continue
        if status.state == "open":
            overdue = status.date_deadline is not None and status.date_deadline < now.date()
            if overdue and feedback.record(deps.store, rec.id, "ignored", "odoo", None, now):
                report.ignored += 1
            if escalate_to and status.activity_id and escalation_due(deps, rec, now):
                _escalate(deps, rec, status.activity_id, escalate_to, now)
                report.escalated += 1
            continue
        edited = bool(status.feedback and status.feedback.strip().lower() not in ("", "done"))
        outcome = (
            "accepted"
            if status.state == "done" and not edited
            else ("edited" if status.state == "done" else "rejected")
        )
        if feedback.record(deps.store, rec.id, outcome, "odoo", status.feedback, now):
            setattr(report, outcome, getattr(report, outcome) + 1)
        target = (
            RecommendationState.DONE if status.state == "done" else RecommendationState.CANCELLED
        )
        deps.store.transition(rec.id, target, list(FOLLOWED), now)
    return report


def _escalation_user(deps: Deps) -> tuple[int, str] | None:
    login = deps.policy.sla.escalation_user or deps.settings.escalation_user
    if not login:
        return None
    users = deps.gateway.users(logins=[login])
    return (users[0].id, users[0].login) if users else None


def _escalate(
    deps: Deps, rec: Recommendation, activity_id: int, to: tuple[int, str], now: dt.datetime
) -> None:
    hours = deps.policy.sla.hours(rec.risk.level if rec.risk else None)
    level = rec.risk.level.value if rec.risk else "low"
    note = (
        f"<p>Escalated to {escape(to[1])}: the activity “{escape(rec.summary)}” stayed open "
        f"longer than its {hours:g} h SLA (risk {escape(level)}).</p>"
    )
    outbox.enqueue(
        deps.store,
        f"escalate:{rec.id}",
        REASSIGN_ACTIVITY,
        {
            "activity_id": activity_id,
            "user_id": to[0],
            "res_model": rec.target_model,
            "res_id": rec.target_id,
            "note_html": note,
        },
        now,
        rec.id,
    )
    updated = rec.model_copy(
        update={
            "escalated_at": now,
            "assignee_id": to[0],
            "assignee_login": to[1],
            "updated_at": now,
        }
    )
    deps.store.save_recommendation(updated)
    deps.store.audit(
        AuditEntry(
            at=now,
            actor="triage",
            event="escalated",
            subject_type="recommendation",
            subject_id=rec.id,
            details={"to": to[1], "from": rec.assignee_login, "sla_hours": hours},
        )
    )
