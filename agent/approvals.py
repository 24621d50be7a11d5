"""Signed approval links: HMAC-bound to a recommendation and its assignee, expiring, single use.

A link carries ``payload.signature`` where the payload names the recommendation, the verdict
(approve or reject), the assignee, an expiry and a nonce. Verification is constant-time; a
replayed, expired, tampered or foreign link changes nothing and says why. Approving an
"accept the new date" recommendation writes the new planned dates through the outbox.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from agent.clock import Clock
from agent.errors import ApprovalError, ConfigError
from agent.models import Action, AuditEntry, Recommendation, RecommendationState
from agent.push import SET_LINE_DATES
from agent.store import outbox
from agent.store.approvals import record_use
from agent.store.repository import Store

Verdict = Literal["approve", "reject"]
DEFAULT_TTL = dt.timedelta(days=7)
SECRET_FILE = "approval.secret"
DECIDABLE = frozenset(
    {RecommendationState.PENDING_PUSH, RecommendationState.PUSHED, RecommendationState.QUEUED}
)


class ApprovalClaim(BaseModel):
    """What a link asserts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rid: str
    verdict: Verdict
    uid: int | None
    exp: int
    jti: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def load_secret(configured: str | None, data_dir: Path) -> bytes:
    """The server secret: the setting, else a random one kept (0600) in the data directory.

    Race-free when several processes start at once: each writes a candidate to a private
    temporary file and hard-links it into place, which succeeds for exactly one of them
    and only ever shows a complete file; everybody then reads the one that is there.
    """
    if configured:
        return configured.encode()
    path = data_dir / SECRET_FILE
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd, candidate = tempfile.mkstemp(dir=data_dir, prefix=f".{SECRET_FILE}.")  # 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_bytes(32))
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(FileExistsError):  # another process was first
                os.link(candidate, path)
        finally:
            os.unlink(candidate)
    secret = path.read_bytes()
    if len(secret) < 16:
        raise ConfigError(f"{path} holds no usable secret: delete it or set TRIAGE_SECRET_KEY")
    return secret


def sign(
    secret: bytes,
    rec: Recommendation,
    verdict: Verdict,
    now: dt.datetime,
    ttl: dt.timedelta = DEFAULT_TTL,
) -> str:
    """A token for one verdict on one recommendation by its assignee."""
    claim = ApprovalClaim(
        rid=rec.id,
        verdict=verdict,
        uid=rec.assignee_id,
        exp=int((now + ttl).timestamp()),
        jti=secrets.token_hex(16),
    )
    payload = _b64(claim.model_dump_json().encode())
    signature = hmac.new(secret, payload.encode(), hashlib.sha256).digest()
    return f"{payload}.{_b64(signature)}"


def verify(secret: bytes, token: str, now: dt.datetime) -> ApprovalClaim:
    """Check signature and expiry; raises ``ApprovalError`` saying what is wrong."""
    try:
        payload, signature = token.split(".")
        expected = hmac.new(secret, payload.encode(), hashlib.sha256).digest()
        given = _unb64(signature)
    except (ValueError, TypeError) as exc:
        raise ApprovalError("malformed approval link") from exc
    if not hmac.compare_digest(expected, given):
        raise ApprovalError("approval link signature does not match (tampered or foreign)")
    try:
        claim = ApprovalClaim.model_validate(json.loads(_unb64(payload)))
    except (ValueError, ValidationError) as exc:
        raise ApprovalError("malformed approval link") from exc
    if claim.exp < now.timestamp():
        raise ApprovalError("approval link expired")
    return claim


def links(secret: bytes, rec: Recommendation, base_url: str, now: dt.datetime) -> dict[str, str]:
    """Approve and reject links for an activity note."""
    return {
        verdict.title(): f"{base_url.rstrip('/')}/v1/approvals/{sign(secret, rec, verdict, now)}"
        for verdict in ("approve", "reject")
    }


def decide(
    store: Store,
    clock: Clock,
    rec_id: str,
    verdict: Verdict,
    actor: str,
    *,
    actor_uid: int | None = None,
    reason: str | None = None,
    jti: str | None = None,
) -> Recommendation:
    """Apply a verdict once: approve (and apply the proposed change) or reject with a reason."""
    now = clock.now()
    rec = store.get_recommendation(rec_id)
    if rec is None:
        raise ApprovalError(f"recommendation {rec_id} not found")
    if actor_uid is not None and rec.assignee_id is not None and actor_uid != rec.assignee_id:
        raise ApprovalError("this link was issued to another assignee")
    if rec.state not in DECIDABLE:
        raise ApprovalError(f"recommendation already {rec.state.value}; nothing changed")
    if jti is not None and not record_use(store, jti, rec_id, verdict, actor, now):
        raise ApprovalError("approval link already used; nothing changed")
    target = RecommendationState.APPROVED if verdict == "approve" else RecommendationState.REJECTED
    updated = store.transition(rec_id, target, [s.value for s in DECIDABLE], now)
    if updated is None:
        raise ApprovalError("recommendation changed meanwhile; nothing changed")
    applied = 0
    if verdict == "approve" and rec.action == Action.ACCEPT_NEW_DATE and rec.new_date:
        applied = _apply_new_dates(store, rec, actor, now)
    store.audit(
        AuditEntry(
            at=now,
            actor=actor,
            event="recommendation_approved" if verdict == "approve" else "recommendation_rejected",
            subject_type="recommendation",
            subject_id=rec_id,
            details={"reason": reason, "lines_changed": applied, "via": "link" if jti else "api"},
        )
    )
    return updated


def _apply_new_dates(store: Store, rec: Recommendation, actor: str, now: dt.datetime) -> int:
    assert rec.new_date is not None and rec.target_id is not None
    planned = dt.datetime.combine(rec.new_date, dt.time(9, 0)).isoformat()
    changes = [{"line_id": line_id, "date_planned": planned} for line_id in rec.line_ids]
    if not changes:
        return 0
    note = (
        f"<p>New planned date {rec.new_date.isoformat()} applied to {len(changes)} line(s), "
        f"approved by {actor} (triage {rec.id}).</p>"
    )
    outbox.enqueue(
        store,
        f"apply:{rec.id}",
        SET_LINE_DATES,
        {"po_id": rec.target_id, "changes": changes, "note_html": note},
        now,
        rec.id,
    )
    return len(changes)
