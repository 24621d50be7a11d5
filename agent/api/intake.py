"""Commit one raw message received over HTTP: the shared step of the email routes.

The answer waits only for the raw bytes to be committed (``agent.accept``); the workers
parse and process. A message that fails the checks needing no parse (empty, over a size
limit) is quarantined at once the way ``triage ingest`` does it and answered 422.
"""

from __future__ import annotations

from typing import NoReturn

from agent.accept import accept
from agent.api.deps import Service
from agent.api.errors import Unparseable
from agent.api.schemas import EmailAccepted
from agent.errors import ParseError
from agent.pipeline import intake
from agent.store.rawmail import ERROR


def accept_raw(
    service: Service, raw: bytes, source: str, channel: str
) -> tuple[EmailAccepted, bool]:
    """Commit the raw bytes; returns the answer and whether the email is new.

    Raises:
        Unparseable: the message is refused without parsing, or a copy of it was already
            quarantined; either way it is stored with its reason (a repeat of the same
            bytes answers the same way).
    """
    deps = service.deps
    try:
        added = accept(deps.store, raw, source, deps.clock.now())
    except ParseError:
        report = intake(deps, [(raw, source)])
        stored = deps.store.get_email(report.all_ids[0])
        reason = stored.error_reason if stored else None
        error = stored.error if stored else None
        _refuse(service, channel, report.all_ids[0], reason, error)
    if added.status == ERROR:
        _refuse(service, channel, added.id, added.error_reason, added.error)
    created = added.created
    service.metrics.ingested.labels(channel, "accepted" if created else "duplicate").inc()
    if created:
        service.notify()
    return EmailAccepted(id=added.id, status="accepted" if created else "duplicate"), created


def _refuse(
    service: Service, channel: str, email_id: str, reason: str | None, error: str | None
) -> NoReturn:
    service.metrics.ingested.labels(channel, "rejected").inc()
    raise Unparseable(f"message could not be parsed: {error}", reason=reason, id=email_id)
