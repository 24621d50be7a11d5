"""Raw MIME handed in directly (the HTTP API's entry point)."""

from __future__ import annotations

import datetime as dt

from agent.ingest.limits import Limits
from agent.ingest.mime import parse_email
from agent.models import InboundEmail


def ingest_raw(
    raw: bytes,
    *,
    source: str = "api",
    limits: Limits | None = None,
    received_at: dt.datetime | None = None,
) -> InboundEmail:
    """Parse raw MIME posted to the service.

    Storing the result (or the error with the raw bytes in quarantine) is the caller's job.

    Raises:
        ParseError: Not an email, empty, or over a limit.
    """
    return parse_email(raw, source=source, limits=limits, received_at=received_at)
