"""Draft, gate, store and enqueue one case: the only way anything reaches Odoo.

This is the write tool of the agent: the deterministic pipeline and the language-model
agent both end here, so the gate's policy holds whoever proposes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Literal

from agent.approvals import links, load_secret
from agent.classifiers.base import Calibrator
from agent.deps import Deps
from agent.models import (
    Action,
    AuditEntry,
    Commitment,
    Decision,
    Extraction,
    InboundEmail,
    Intent,
    Match,
    Recommendation,
    RecommendationState,
    RiskAssessment,
    SenderTrust,
    Span,
)
from agent.notes import activity_note, chatter_note, marker
from agent.odoo.records import ActivityDraft, PurchaseOrder
from agent.policy import ApprovalRule, RuleFacts, gate
from agent.push import CREATE_ACTIVITY, POST_NOTE
from agent.recommend import draft, recommendation_key
from agent.snapshot import Snapshot
from agent.store import outbox

NOT_PUSHED = frozenset({Action.INFO_ONLY})


@dataclass
class Case:
    """Everything known about one email or exception when it is time to recommend."""

    source_type: Literal["email", "exception"]
    source_id: str
    intent: Intent | None
    match: Match
    email: InboundEmail | None = None
    extraction: Extraction | None = None
    trust: SenderTrust | None = None
    commitments: list[Commitment] = field(default_factory=list)
    risks: list[RiskAssessment] = field(default_factory=list)
    certain: bool = False
    evidence: list[Span] = field(default_factory=list)
    vendor_note: str | None = None


def raw_confidence(case: Case) -> float:
    """Composite confidence: extraction x match (facts of an Odoo record are certain)."""
    extraction = 1.0 if case.certain or case.extraction is None else case.extraction.confidence
    return max(0.0, min(1.0, extraction * case.match.confidence))


def confidence_of(case: Case, calibrator: Calibrator | None, action: Action | None) -> float:
    """The calibrated probability that the draft is right (raw when nothing is fitted yet)."""
    raw = raw_confidence(case)
    if calibrator is not None and not case.certain:
        raw = calibrator.calibrate(raw, case.intent, action)
    return round(max(0.0, min(1.0, raw)), 4)


def submit(
    deps: Deps, case: Case, orders: dict[int, PurchaseOrder], snapshot: Snapshot
) -> Recommendation | None:
    """Draft the case's recommendation, gate it, merge it, store it, enqueue its writes."""
    now = deps.clock.now()
    made = draft(
        extraction=case.extraction,
        intent=case.intent,
        commitments=case.commitments,
        risks=case.risks,
        match=case.match,
        orders=orders,
        snapshot=snapshot,
        today=now.date(),
        extra_evidence=case.evidence,
        text=case.email.text if case.email is not None else None,
        vendor_note=case.vendor_note,
    )
    trusted = case.trust.trusted if case.trust is not None else True
    confidence = confidence_of(case, deps.calibrator, made.action)
    order = orders.get(case.match.po_ids[0]) if case.match.po_ids else None
    result = gate(
        deps.policy,
        intent=case.intent,
        action=made.action,
        confidence=confidence,
        trusted=trusted,
        has_target=order is not None,
    )
    reason = result.reason
    if not trusted and case.trust is not None and case.trust.reasons:
        reason = f"untrusted sender: {'; '.join(case.trust.reasons)}"
    key = recommendation_key(order.name if order else None, case.source_id, made.action)
    if not trusted:
        key = f"{key}:untrusted:{case.source_id}"  # never merges into a trusted draft
    existing = deps.store.open_recommendation(key)
    if result.decision == Decision.QUEUE:
        state = RecommendationState.QUEUED
    elif made.action in NOT_PUSHED:
        state = RecommendationState.LOGGED
    elif result.decision == Decision.REVIEW and deps.policy.review_stays_local:
        state = RecommendationState.QUEUED
    else:
        state = RecommendationState.PENDING_PUSH
    rule = deps.policy.rule_for(_facts(case, made.action, order, snapshot))
    assignee_id, assignee_login = _assignee(deps, result.decision, order, snapshot, rule)
    summary = made.summary if result.decision != Decision.REVIEW else f"[Review] {made.summary}"
    if rule is not None and rule.needs_approval:
        summary = f"[Approval] {summary}"
    rec = Recommendation(
        id=existing[0].id if existing else str(uuid.uuid4()),
        key=key,
        source_type=case.source_type,
        source_id=case.source_id,
        action=made.action,
        intent=case.intent,
        target_id=order.id if order else None,
        po_name=order.name if order else None,
        line_ids=_changed_lines(case, order),
        vendor_id=case.match.vendor_id,
        vendor_name=case.match.vendor_name,
        assignee_id=assignee_id,
        assignee_login=assignee_login,
        approval_rule=rule.name if rule else None,
        needs_approval=bool(rule and rule.needs_approval),
        deadline=made.deadline,
        summary=summary[:80],
        text=made.text,
        evidence=made.evidence,
        new_date=made.new_date,
        previous_date=made.previous_date,
        delay_days=made.delay_days,
        risk=made.risk,
        confidence=confidence,
        trusted=trusted,
        decision=result.decision,
        decision_reason=reason,
        state=state,
        created_at=existing[0].created_at if existing else now,
        updated_at=now,
    )
    pushed_before = existing is not None and existing[0].state == RecommendationState.PUSHED
    material = existing is None or _material(existing[0]) != _material(rec)
    if existing is not None and pushed_before:
        rec = rec.model_copy(
            update={
                "state": RecommendationState.PUSHED,
                "assignee_id": existing[0].assignee_id,
                "assignee_login": existing[0].assignee_login,
                "escalated_at": existing[0].escalated_at,
            }
        )
    revision = deps.store.save_recommendation(rec)
    deps.store.audit(
        AuditEntry(
            at=now,
            actor="triage",
            event="gate",
            subject_type="recommendation",
            subject_id=rec.id,
            details={
                "source": f"{case.source_type}:{case.source_id}",
                "action": made.action.value,
                "intent": case.intent.value if case.intent else None,
                "confidence": confidence,
                "trusted": trusted,
                "decision": result.decision.value,
                "rule": reason,
                "thresholds": result.band.model_dump(),
                "revision": revision,
                "merged": existing is not None,
            },
        )
    )
    if pushed_before:
        if material and result.decision != Decision.QUEUE:
            enqueue_activity(deps, rec, True, revision)
    elif state == RecommendationState.PENDING_PUSH and order is not None and assignee_id:
        enqueue_activity(deps, rec, False, revision)
    elif existing is not None and existing[0].state == RecommendationState.PENDING_PUSH:
        # Drafted for Odoo, not sent yet, and now queued or logged instead: the first
        # draft must not reach Odoo after all.
        outbox.withdraw_pending(
            deps.store, activity_key(rec.id), now, f"revision {revision} is {state.value}"
        )
    return rec


def _material(rec: Recommendation) -> tuple[object, ...]:
    """What a planner would want to hear about again when it changes."""
    return (
        rec.action,
        rec.new_date,
        rec.risk.level if rec.risk else None,
        tuple(span.quote for span in rec.evidence),
    )


def _changed_lines(case: Case, order: PurchaseOrder | None) -> list[int]:
    """Lines of the target order whose date a commitment moves (what approval would change)."""
    if order is None:
        return []
    return sorted(
        {
            c.line_id
            for c in case.commitments
            if c.po_id == order.id and c.line_id is not None and c.new_date is not None
        }
    )


def _facts(
    case: Case, action: Action, order: PurchaseOrder | None, snapshot: Snapshot
) -> RuleFacts:
    """What the approval matrix needs to know about this case."""
    vendor = next((v for v in snapshot.vendor_directory if v.id == case.match.vendor_id), None)
    products = [
        snapshot.products[line.product_id]
        for line in (order.lines if order else [])
        if line.product_id in snapshot.products
    ]
    warehouse = (
        snapshot.warehouses.get(order.warehouse_id) if order and order.warehouse_id else None
    )
    levels = [r.level for r in case.risks]
    return RuleFacts(
        amount=order.amount_total if order else 0.0,
        vendor_tags=vendor.tags if vendor else [],
        categories=sorted({p.category for p in products if p.category}),
        warehouse=warehouse.code if warehouse else None,
        risk=max(levels, key=lambda level: level.rank) if levels else None,
        action=action,
    )


def _assignee(
    deps: Deps,
    decision: Decision,
    order: PurchaseOrder | None,
    snapshot: Snapshot,
    rule: ApprovalRule | None = None,
) -> tuple[int | None, str | None]:
    """Approver or rule's assignee, the buyer for auto-drafts, the triage lead for reviews."""
    wanted: list[str] = []
    if rule is not None and (rule.needs_approval or rule.assignee):
        wanted.append(
            rule.approver if rule.needs_approval and rule.approver else rule.assignee or ""
        )
    elif decision == Decision.REVIEW and deps.settings.triage_lead:
        wanted.append(deps.settings.triage_lead)
    elif order is not None and order.user_id:
        user = snapshot.users.get(order.user_id)
        return order.user_id, user.login if user else order.user_login
    if deps.settings.odoo.fallback_user:
        wanted.append(deps.settings.odoo.fallback_user)
    for login in wanted:
        found = [u for u in snapshot.users.values() if u.login == login]
        if not found:
            found = deps.gateway.users(logins=[login])
            snapshot.users.update({u.id: u for u in found})
        if found:
            return found[0].id, found[0].login
    if order is not None and order.user_id:
        return order.user_id, order.user_login
    return None, None


def enqueue_activity(deps: Deps, rec: Recommendation, already_pushed: bool, revision: int) -> None:
    """Queue the activity (or, once pushed, an update note) for the outbox."""
    now = deps.clock.now()
    assert rec.target_id is not None and rec.assignee_id is not None
    if already_pushed:
        outbox.enqueue(
            deps.store,
            f"note:{rec.id}:{revision}",
            POST_NOTE,
            {
                "res_model": rec.target_model,
                "res_id": rec.target_id,
                "body_html": "<p><b>Update</b></p>" + chatter_note(rec),
            },
            now,
            rec.id,
        )
        return
    secret = load_secret(
        deps.settings.secret_key.get_secret_value() if deps.settings.secret_key else None,
        deps.settings.data_dir,
    )
    approve_links = links(secret, rec, deps.settings.public_url, now)
    activity = ActivityDraft(
        marker=marker(rec.id),
        res_model=rec.target_model,
        res_id=rec.target_id,
        user_id=rec.assignee_id,
        summary=rec.summary[:80],
        note_html=activity_note(rec, approve_links) + f"<p><small>{marker(rec.id)}</small></p>",
        date_deadline=rec.deadline,
        chatter_html=chatter_note(rec),
        activity_type=deps.settings.odoo.activity_type,
    )
    payload = activity.model_dump(mode="json")
    key = activity_key(rec.id)
    if not outbox.enqueue(deps.store, key, CREATE_ACTIVITY, payload, now, rec.id):
        outbox.refresh_pending(deps.store, key, payload, now)


def activity_key(rec_id: str) -> str:
    """Idempotency key of a recommendation's activity in the outbox."""
    return f"activity:{rec_id}"
