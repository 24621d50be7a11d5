"""Push the outbox to Odoo: batched, idempotent, with backoff and dead letters.

Before creating activities the pusher asks Odoo which markers already exist, so a crash
between Odoo's answer and the local commit, or a retried request, never creates a second
activity. A write leaves the outbox only when Odoo confirmed it.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from agent.clock import Clock
from agent.errors import OdooError, OdooUnreachable
from agent.models import RecommendationState
from agent.odoo.gateway import OdooGateway
from agent.odoo.records import ActivityDraft
from agent.store import outbox
from agent.store.outbox import OutboxEntry
from agent.store.repository import Store

logger = logging.getLogger(__name__)

CREATE_ACTIVITY = "create_activity"
SET_LINE_DATES = "set_line_dates"
POST_NOTE = "post_note"
REASSIGN_ACTIVITY = "reassign_activity"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, then the dead letters (not for an unreachable Odoo)."""

    base_seconds: float = 2.0
    max_seconds: float = 600.0
    max_attempts: int = 8

    def delay(self, attempts: int, rng: random.Random) -> float:
        """Seconds before the next attempt after ``attempts`` failures."""
        cap = min(self.max_seconds, self.base_seconds * 2 ** max(attempts - 1, 0))
        return rng.uniform(cap / 2, cap)


@dataclass
class PushReport:
    """What one push achieved."""

    pushed: int = 0
    failed: int = 0
    dead: int = 0
    pending: int = 0
    unreachable: int = 0
    """Failures for want of any connection to Odoo (those entries wait, never die)."""
    withdrawn: int = 0
    """Activities not written because their recommendation went to the queue meanwhile."""


def push_once(
    store: Store,
    gateway: OdooGateway,
    clock: Clock,
    retry: RetryPolicy | None = None,
    limit: int = 100,
    rng: random.Random | None = None,
    lease_seconds: float = 60.0,
    worker: str = "local",
) -> PushReport:
    """Claim due entries and push them; one batched create for all activities."""
    retry = retry or RetryPolicy()
    rng = rng or random.Random()
    report = PushReport()
    entries = outbox.claim(
        store, clock.now(), limit=limit, lease_seconds=lease_seconds, worker=worker
    )
    activities = [e for e in entries if e.kind == CREATE_ACTIVITY]
    if activities:
        _push_activities(store, gateway, clock, activities, retry, rng, report)
    for entry in (e for e in entries if e.kind != CREATE_ACTIVITY):
        try:
            result = _push_single(gateway, entry)
        except OdooError as exc:
            _failed(store, clock, entry, exc, retry, rng, report)
            continue
        outbox.settle_done(store, entry.id, result, clock.now())
        report.pushed += 1
    report.pending = outbox.depth(store, clock.now())[0]
    return report


def _push_activities(
    store: Store,
    gateway: OdooGateway,
    clock: Clock,
    entries: list[OutboxEntry],
    retry: RetryPolicy,
    rng: random.Random,
    report: PushReport,
) -> None:
    entries = _still_wanted(store, clock, entries, report)
    if not entries:
        return
    drafts = {e.id: ActivityDraft.model_validate(e.payload) for e in entries}
    started = time.monotonic()
    try:
        existing = gateway.find_activities([d.marker for d in drafts.values()])
        missing = [d for d in drafts.values() if d.marker not in existing]
        created = gateway.create_activities(missing) if missing else {}
    except OdooError as exc:
        logger.warning("odoo activity push failed after %.3fs: %s", time.monotonic() - started, exc)
        for entry in entries:
            _failed(store, clock, entry, exc, retry, rng, report)
        return
    logger.info(
        "odoo activity push: %d created, %d already there, %.3fs",
        len(created),
        len(existing),
        time.monotonic() - started,
    )
    for entry in entries:
        draft = drafts[entry.id]
        activity_id = created.get(draft.marker)
        if activity_id is None and draft.marker in existing:
            activity_id = existing[draft.marker].activity_id
        outbox.settle_done(store, entry.id, {"activity_id": activity_id}, clock.now())
        if entry.recommendation_id:
            store.transition(
                entry.recommendation_id,
                RecommendationState.PUSHED,
                [RecommendationState.PENDING_PUSH.value],
                clock.now(),
            )
        report.pushed += 1


_WITHDRAWN = frozenset({RecommendationState.QUEUED.value, RecommendationState.LOGGED.value})


def _still_wanted(
    store: Store, clock: Clock, entries: list[OutboxEntry], report: PushReport
) -> list[OutboxEntry]:
    """Drop activities whose recommendation was queued or logged after they were drafted.

    A later email can move a draft that waits for its first push into the queue; the
    submit withdraws the unsent entry, and this covers an entry already claimed then.
    """
    states = store.recommendation_states(
        [e.recommendation_id for e in entries if e.recommendation_id]
    )
    wanted = []
    for entry in entries:
        state = states.get(entry.recommendation_id or "")
        if state in _WITHDRAWN:
            outbox.settle_done(
                store, entry.id, {"withdrawn": f"recommendation is {state}"}, clock.now()
            )
            report.withdrawn += 1
            continue
        wanted.append(entry)
    return wanted


def _push_single(gateway: OdooGateway, entry: OutboxEntry) -> dict[str, object]:
    if entry.kind == SET_LINE_DATES:
        changes = [
            (int(c["line_id"]), dt.datetime.fromisoformat(str(c["date_planned"])))
            for c in entry.payload["changes"]
        ]
        gateway.set_line_dates(changes)
        if entry.payload.get("note_html"):
            gateway.post_note(
                "purchase.order", int(entry.payload["po_id"]), str(entry.payload["note_html"])
            )
        return {"lines": len(changes)}
    if entry.kind == REASSIGN_ACTIVITY:
        gateway.reassign_activities(
            [(int(entry.payload["activity_id"]), int(entry.payload["user_id"]))]
        )
        gateway.post_note(
            str(entry.payload["res_model"]),
            int(entry.payload["res_id"]),
            str(entry.payload["note_html"]),
        )
        return {"reassigned": int(entry.payload["activity_id"])}
    if entry.kind == POST_NOTE:
        message_id = gateway.post_note(
            str(entry.payload["res_model"]),
            int(entry.payload["res_id"]),
            str(entry.payload["body_html"]),
        )
        return {"message_id": message_id}
    raise OdooError(f"unknown outbox entry kind {entry.kind!r}")


def _failed(
    store: Store,
    clock: Clock,
    entry: OutboxEntry,
    exc: OdooError,
    retry: RetryPolicy,
    rng: random.Random,
    report: PushReport,
) -> None:
    attempts = entry.attempts + 1
    # With no connection to Odoo nothing was sent: wait for it, however long it is down.
    dead = not exc.retryable or (
        attempts >= retry.max_attempts and not isinstance(exc, OdooUnreachable)
    )
    next_at = clock.now() + dt.timedelta(seconds=retry.delay(attempts, rng))
    outbox.settle_failed(store, entry.id, str(exc), next_at, dead)
    report.failed += 1
    report.dead += int(dead)
    report.unreachable += int(isinstance(exc, OdooUnreachable))


def drain(
    store: Store,
    gateway: OdooGateway,
    clock: Clock,
    max_wait: float = 10.0,
    retry: RetryPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> PushReport:
    """Push until the outbox is empty or ``max_wait`` seconds passed (one-shot commands).

    Stops at once when Odoo cannot be reached at all: the entries wait for the next run.
    """
    deadline = time.monotonic() + max_wait
    total = PushReport()
    while True:
        report = push_once(store, gateway, clock, retry)
        total.pushed += report.pushed
        total.failed += report.failed
        total.dead += report.dead
        total.pending = report.pending
        total.unreachable += report.unreachable
        if report.pending == 0 or report.unreachable or time.monotonic() >= deadline:
            return total
        if report.pushed == 0:
            sleep(min(0.5, max(deadline - time.monotonic(), 0)))
