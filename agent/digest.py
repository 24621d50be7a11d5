"""The morning digest: per planner, what needs them, ranked by risk, and what changed.

Built from the store only (recommendations and the audit log), so it costs Odoo nothing;
delivered as one chatter note through the outbox and by email when SMTP is configured.
"""

from __future__ import annotations

import datetime as dt
import smtplib
from collections import defaultdict
from email.message import EmailMessage
from html import escape

from pydantic import BaseModel, ConfigDict, Field

from agent.deps import Deps
from agent.models import Action, AuditEntry, Intent, Recommendation, RecommendationState, RiskLevel
from agent.push import POST_NOTE
from agent.store import outbox

OPEN = (
    RecommendationState.PENDING_PUSH.value,
    RecommendationState.PUSHED.value,
    RecommendationState.QUEUED.value,
)


class DigestItem(BaseModel):
    """One line of a digest."""

    model_config = ConfigDict(frozen=True)

    id: str
    po: str | None
    vendor: str | None
    summary: str
    risk: str | None
    probability: float | None
    deadline: dt.date


class Digest(BaseModel):
    """One planner's digest."""

    model_config = ConfigDict(frozen=True)

    user: str
    since: dt.datetime
    open: list[DigestItem] = Field(default_factory=list)
    new_delays: list[DigestItem] = Field(default_factory=list)
    cleared: list[DigestItem] = Field(default_factory=list)
    escalations: list[DigestItem] = Field(default_factory=list)
    overdue_approvals: list[DigestItem] = Field(default_factory=list)


def _item(rec: Recommendation) -> DigestItem:
    return DigestItem(
        id=rec.id,
        po=rec.po_name,
        vendor=rec.vendor_name,
        summary=rec.summary,
        risk=rec.risk.level.value if rec.risk else None,
        probability=rec.risk.probability if rec.risk else None,
        deadline=rec.deadline,
    )


def _rank(rec: Recommendation) -> tuple[int, float]:
    return (-(rec.risk.level.rank if rec.risk else -1), -(rec.risk.probability if rec.risk else 0))


def last_digest_at(deps: Deps, user: str) -> dt.datetime:
    """When this user's previous digest was built (a day ago when never)."""
    entries = [e for e in deps.store.audit_log(f"digest:{user}") if e.event == "digest"]
    return entries[-1].at if entries else deps.clock.now() - dt.timedelta(days=1)


def build_digests(deps: Deps, users: list[str] | None = None) -> list[Digest]:
    """Digests for the given logins (default: everyone with something open)."""
    now = deps.clock.now()
    recs = deps.store.recommendations()
    by_user: dict[str, list[Recommendation]] = defaultdict(list)
    for rec in recs:
        by_user[rec.assignee_login or "unassigned"].append(rec)
    wanted = users or sorted(
        u for u, rs in by_user.items() if any(r.state.value in OPEN for r in rs)
    )
    escalated = {e.subject_id for e in deps.store.audit_log() if e.event == "escalated"}
    digests = []
    for user in wanted:
        since = last_digest_at(deps, user)
        mine = by_user.get(user, [])
        fresh = [r for r in mine if r.updated_at > since]
        digests.append(
            Digest(
                user=user,
                since=since,
                open=[
                    _item(r) for r in sorted((r for r in mine if r.state.value in OPEN), key=_rank)
                ],
                new_delays=[_item(r) for r in fresh if r.intent == Intent.DELAY],
                cleared=[
                    _item(r)
                    for r in fresh
                    if r.intent == Intent.CONFIRMATION
                    and r.action in (Action.INFO_ONLY, Action.ACCEPT_NEW_DATE)
                    and (r.risk is None or r.risk.level == RiskLevel.LOW)
                ],
                escalations=[_item(r) for r in fresh if r.id in escalated],
                overdue_approvals=[
                    _item(r)
                    for r in mine
                    if r.needs_approval and r.state.value in OPEN and r.deadline < now.date()
                ],
            )
        )
    return digests


def render_html(digest: Digest) -> str:
    """The digest as a chatter note or mail body (everything escaped)."""

    def section(title: str, items: list[DigestItem]) -> str:
        if not items:
            return ""
        rows = "".join(
            f"<li>{escape(i.po or '-')} · {escape(i.summary)}"
            f"{' · risk ' + escape(i.risk) if i.risk else ''} · due {i.deadline.isoformat()}</li>"
            for i in items
        )
        return f"<p><b>{escape(title)}</b></p><ul>{rows}</ul>"

    return (
        f"<p>Good morning {escape(digest.user)}: {len(digest.open)} open item(s).</p>"
        + section("Needs you, by risk", digest.open)
        + section("New delays", digest.new_delays)
        + section("Confirmations that cleared a risk", digest.cleared)
        + section("Escalated", digest.escalations)
        + section("Approvals past their deadline", digest.overdue_approvals)
    )


def deliver(deps: Deps, digests: list[Digest]) -> dict[str, int]:
    """Post each digest as a note (when a record is configured) and mail it (when SMTP is)."""
    settings = deps.settings.digest
    now = deps.clock.now()
    posted = mailed = 0
    for digest in digests:
        body = render_html(digest)
        if settings.res_model and settings.res_id:
            added = outbox.enqueue(
                deps.store,
                f"digest:{digest.user}:{now.date().isoformat()}",
                POST_NOTE,
                {"res_model": settings.res_model, "res_id": settings.res_id, "body_html": body},
                now,
            )
            posted += int(added)
        if settings.smtp_host and settings.recipients:
            _mail(deps, digest, body)
            mailed += 1
        deps.store.audit(
            AuditEntry(
                at=now,
                actor="triage",
                event="digest",
                subject_type="digest",
                subject_id=f"digest:{digest.user}",
                details={"open": len(digest.open)},
            )
        )
    return {"posted": posted, "mailed": mailed}


def _mail(deps: Deps, digest: Digest, body: str) -> None:
    settings = deps.settings.digest
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = ", ".join(settings.recipients)
    message["Subject"] = f"Procurement triage digest for {digest.user}: {len(digest.open)} open"
    message.set_content("This digest is HTML; open it in a mail client that shows HTML.")
    message.add_alternative(body, subtype="html")
    assert settings.smtp_host is not None
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as smtp:
        if settings.smtp_user and settings.smtp_password:
            smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
        smtp.send_message(message)
