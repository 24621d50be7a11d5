"""Commit one raw message received over HTTP: the shared step of the email routes.

The answer waits only for the raw bytes to be committed (``agent.accept``); the workers
parse and process. The row is written by the service's group commit on the event loop
(``agent.store.groupcommit``), so a request costs no thread hop. A message that fails the
checks needing no parse (empty, over a size limit) is quarantined at once the way
``triage ingest`` does it and answered 422.
"""

from __future__ import annotations

from typing import NoReturn

from starlette.concurrency import run_in_threadpool

from agent.accept import prepare
from agent.api.deps import Service
from agent.api.errors import Unparseable
from agent.api.schemas import EmailAccepted
from agent.errors import ParseError
from agent.pipeline import intake
from agent.store import rawmail

INLINE_BYTES = 256 * 1024
"""Larger messages are hashed and compressed in a thread, not on the event loop."""


async def accept_raw(
    service: Service, raw: bytes, source: str, channel: str
) -> tuple[EmailAccepted, bool]:
    """Commit the raw bytes; returns the answer and whether the email is new.

    Raises:
        Unparseable: the message is refused without parsing, or a copy of it was already
            quarantined; either way it is stored with its reason (a repeat of the same
            bytes answers the same way).
    """
    deps = service.deps
    now = deps.clock.now()
    try:
        if len(raw) > INLINE_BYTES:
            row = await run_in_threadpool(prepare, raw, source, now)
        else:
            row = prepare(raw, source, now)
    except ParseError:
        email_id, reason, error = await run_in_threadpool(_quarantine, service, raw, source)
        _refuse(service, channel, email_id, reason, error)
    if service.raw_writer is not None:
        added = await service.raw_writer.submit(row)
    else:
        added = await run_in_threadpool(rawmail.add_raw, deps.store, row)
    if added.status == rawmail.ERROR:
        _refuse(service, channel, added.id, added.error_reason, added.error)
    created = added.created
    service.metrics.ingested.labels(channel, "accepted" if created else "duplicate").inc()
    if created:
        service.notify()
    return EmailAccepted(id=added.id, status="accepted" if created else "duplicate"), created


def _quarantine(service: Service, raw: bytes, source: str) -> tuple[str, str | None, str | None]:
    """Store a message refused before parsing the way ``triage ingest`` does."""
    report = intake(service.deps, [(raw, source)])
    stored = service.deps.store.get_email(report.all_ids[0])
    if stored is None:
        return report.all_ids[0], None, None
    return stored.id, stored.error_reason, stored.error


def _refuse(
    service: Service, channel: str, email_id: str, reason: str | None, error: str | None
) -> NoReturn:
    service.metrics.ingested.labels(channel, "rejected").inc()
    raise Unparseable(f"message could not be parsed: {error}", reason=reason, id=email_id)
