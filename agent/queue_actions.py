"""What a person does with a queued item: assign it, dismiss it, or run it again."""

from __future__ import annotations

from agent.deps import Deps
from agent.errors import PolicyError
from agent.models import AuditEntry, Decision, Recommendation, RecommendationState
from agent.pipeline import process_emails
from agent.submit import enqueue_activity


def assign(deps: Deps, rec: Recommendation, login: str, reason: str | None) -> Recommendation:
    """A person takes responsibility: the activity goes to ``login`` as a reviewed draft."""
    if rec.target_id is None:
        raise PolicyError("this item matched no purchase order; re-run or dismiss it instead")
    users = deps.gateway.users(logins=[login])
    if not users:
        raise PolicyError(f"no Odoo user with login {login!r}")
    now = deps.clock.now()
    updated = rec.model_copy(
        update={
            "assignee_id": users[0].id,
            "assignee_login": login,
            "decision": Decision.REVIEW,
            "decision_reason": f"assigned from the queue: {reason or 'no reason given'}",
            "state": RecommendationState.PENDING_PUSH,
            "updated_at": now,
        }
    )
    revision = deps.store.save_recommendation(updated)
    enqueue_activity(deps, updated, already_pushed=False, revision=revision)
    _audit(deps, rec, "queue_assigned", {"to": login, "reason": reason})
    return updated


def dismiss(deps: Deps, rec: Recommendation, reason: str | None) -> None:
    """Nothing to do: close the item with the reason."""
    deps.store.transition(
        rec.id,
        RecommendationState.DISMISSED,
        [RecommendationState.QUEUED.value],
        deps.clock.now(),
    )
    _audit(deps, rec, "queue_dismissed", {"reason": reason})


def rerun(deps: Deps, rec: Recommendation) -> Recommendation | None:
    """Run the source email through the pipeline again (after fixing vendor data, say)."""
    if rec.source_type != "email":
        raise PolicyError("only items from emails can be re-run")
    deps.store.transition(
        rec.id,
        RecommendationState.DISMISSED,
        [RecommendationState.QUEUED.value],
        deps.clock.now(),
    )
    deps.store.set_email_status(rec.source_id, "received", deps.clock.now())
    _audit(deps, rec, "queue_rerun", {})
    made = process_emails(deps, [rec.source_id])
    return made[0] if made else None


def _audit(deps: Deps, rec: Recommendation, event: str, details: dict[str, object]) -> None:
    deps.store.audit(
        AuditEntry(
            at=deps.clock.now(),
            actor="cli",
            event=event,
            subject_type="recommendation",
            subject_id=rec.id,
            details=details,
        )
    )
