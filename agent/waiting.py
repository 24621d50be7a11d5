"""Emails that wait for Odoo (status ``odoo_wait``): taken through the pipeline again.

The pipeline keeps an email as ``odoo_wait``, extracted but not matched, when Odoo could not
be reached (``agent.pipeline``). Nothing is retried while Odoo still does not answer: one
``server_version`` probe decides, so an outage costs no extraction per retry. The CLI runs
the waiting emails itself (:func:`retry_waiting`); the workers make their jobs pending
again (:func:`reopen_waiting`), so that one worker at a time takes each of them.
"""

from __future__ import annotations

import datetime as dt
import logging

from agent.deps import Deps
from agent.errors import OdooError
from agent.pipeline import ODOO_WAIT, process_emails
from agent.store import jobs

logger = logging.getLogger(__name__)


def waiting(deps: Deps) -> list[str]:
    """Ids of the emails waiting for Odoo, oldest first."""
    return [e.id for e in deps.store.emails(status=ODOO_WAIT)]


def odoo_answers(deps: Deps) -> bool:
    """Whether Odoo answers now (logs in first if the gateway has not yet)."""
    try:
        deps.gateway.server_version()
    except OdooError as exc:
        logger.info("odoo still unavailable: %s", exc)
        return False
    return True


def retry_waiting(deps: Deps, batch: int = 50) -> int:
    """Process the waiting emails, in batches, once Odoo answers; how many were taken."""
    ids = waiting(deps)
    if not ids or not odoo_answers(deps):
        return 0
    logger.warning("odoo answers again: processing %d waiting email(s)", len(ids))
    for start in range(0, len(ids), batch):
        process_emails(deps, ids[start : start + batch])
    return len(ids)


def reopen_waiting(deps: Deps, now: dt.datetime) -> int:
    """Make the waiting emails' jobs pending again once Odoo answers; how many."""
    ids = waiting(deps)
    if not ids or not odoo_answers(deps):
        return 0
    for email_id in ids:  # taken in by ``triage ingest`` it has no job yet
        if not jobs.enqueue(deps.store, jobs.EMAIL, email_id, now):
            jobs.reopen(deps.store, jobs.EMAIL, email_id, now)
    return len(ids)
