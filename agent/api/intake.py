"""Commit one raw message received over HTTP: the shared step of the email routes."""

from __future__ import annotations

from agent.api.deps import Service
from agent.api.errors import Unparseable
from agent.api.schemas import EmailAccepted
from agent.pipeline import intake


def accept_raw(
    service: Service, raw: bytes, source: str, channel: str
) -> tuple[EmailAccepted, bool]:
    """Parse and commit; returns the answer and whether the email is new.

    Raises:
        Unparseable: the message could not be parsed; it is quarantined with its reason
            (a repeat of the same bytes answers the same way).
    """
    report = intake(service.deps, [(raw, source)])
    email_id = report.all_ids[0]
    stored = service.deps.store.get_email(email_id)
    if stored is not None and stored.status == "error":
        service.metrics.ingested.labels(channel, "rejected").inc()
        raise Unparseable(
            f"message could not be parsed: {stored.error}",
            reason=stored.error_reason,
            id=email_id,
        )
    created = bool(report.new_ids)
    service.metrics.ingested.labels(channel, "accepted" if created else "duplicate").inc()
    if created:
        service.notify()
    return EmailAccepted(id=email_id, status="accepted" if created else "duplicate"), created
