"""Raw-first intake: commit the bytes when a message arrives, parse it in a worker.

The HTTP endpoints answer as soon as the raw message is durable; parsing (and everything
after it) happens in the workers, off the request path. :func:`accept` needs only what
deduplication needs (the Message-ID from a header scan and the content hash, the same key
:func:`agent.ingest.mime.parse_email` yields), so a copy taken in by ``triage ingest``
(:func:`agent.pipeline.intake`, which parses first) and one posted over HTTP are one email.

:func:`parse_accepted` is the worker's first step for a claimed email: a raw row is parsed
and either handed to the pipeline (status ``received``) or quarantined with the parse error's
reason (status ``error``). A worker that dies between accept and parse leaves the row
``raw``; the next pass enqueues and parses it (``agent.store.jobs``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from agent.deps import Deps
from agent.errors import ParseError
from agent.ingest.headscan import message_key
from agent.ingest.limits import Limits
from agent.ingest.mime import parse_email, precheck
from agent.store import rawmail
from agent.store.rawmail import RawAdd
from agent.store.repository import Store

logger = logging.getLogger(__name__)


@dataclass
class ParseReport:
    """What one pass of deferred parsing did."""

    parsed: int = 0
    quarantined: int = 0


def prepare(
    raw: bytes, source: str, now: dt.datetime, limits: Limits | None = None
) -> dict[str, Any]:
    """The row that commits a raw message for later parsing (nothing is written yet).

    Raises:
        ParseError: the message fails a check that needs no parsing (empty, too large,
            header block too large).
    """
    precheck(raw, limits)
    key = message_key(raw)
    return rawmail.raw_row(
        raw, message_id=key.message_id, content_hash=key.content_hash, source=source, now=now
    )


def accept(
    store: Store, raw: bytes, source: str, now: dt.datetime, limits: Limits | None = None
) -> RawAdd:
    """Commit a raw message for later parsing; a duplicate returns the stored row.

    The HTTP service does the same through a group commit (``agent.api.intake``).

    Raises:
        ParseError: as :func:`prepare`; nothing is stored.
    """
    return rawmail.add_raw(store, prepare(raw, source, now, limits))


def parse_accepted(deps: Deps, email_ids: Sequence[str]) -> ParseReport:
    """Parse the raw rows among ``email_ids``: fill them in, or quarantine them with a reason.

    Rows that are not raw (parsed at intake, or by an earlier pass) are left alone, so a job
    taken over from a dead worker parses each message at most once more.
    """
    report = ParseReport()
    for row in rawmail.raw_emails(deps.store, email_ids):
        try:
            email = parse_email(row.raw, source=row.source, received_at=row.received_at)
        except ParseError as exc:
            reason, error = exc.reason, str(exc)
        except Exception as exc:  # a parser bug must quarantine one email, not stop the batch
            logger.exception("email %s: the parser failed", row.id)
            reason, error = "parser_failed", f"{type(exc).__name__}: {exc}"
        else:
            if email.message_id != row.message_id:
                logger.warning(
                    "email %s: header scan read %r, the parser %r; the row keeps the first",
                    row.id,
                    row.message_id,
                    email.message_id,
                )
            if rawmail.fill_parsed(deps.store, row.id, email.model_dump(mode="json")):
                report.parsed += 1
            continue
        logger.info("email %s quarantined: %s", row.id, reason)
        if rawmail.quarantine(deps.store, row.id, reason, error, deps.clock.now()):
            report.quarantined += 1
    return report
