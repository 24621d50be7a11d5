"""The mailbox seam: a source yields raw messages and is told when each one is safe.

Commit-then-mark: the caller stores a message (or records its parse error) first and only
then calls :meth:`MailSource.ack`; a crash in between means the message is yielded again
on the next run, and the store's Message-ID + content hash catch the duplicate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict


@dataclass(frozen=True)
class MailItem:
    """One raw message from a source; ``key`` names it within that source."""

    raw: bytes
    key: str


class SourceStatus(BaseModel):
    """Health of a source for readiness checks, metrics and logs."""

    model_config = ConfigDict(frozen=True)

    name: str
    last_success_at: dt.datetime | None = None
    last_message_at: dt.datetime | None = None
    lag_seconds: float | None = None
    consecutive_failures: int = 0
    last_error: str | None = None
    pending: int = 0


@runtime_checkable
class MailSource(Protocol):
    """Anything that yields mail: Maildir, IMAP."""

    name: str

    def fetch(self) -> Iterator[MailItem]:
        """Yield every message not yet acknowledged."""
        ...

    def ack(self, item: MailItem) -> None:
        """Mark ``item`` handled; call only after it is committed to the store."""
        ...

    def wait(self, timeout: float) -> None:
        """Block until new mail may be there or ``timeout`` seconds passed (watch mode)."""
        ...

    def status(self) -> SourceStatus:
        """Current health figures."""
        ...

    def close(self) -> None:
        """Release connections and files."""
        ...


def lag_since(last_success_at: dt.datetime | None, started_at: dt.datetime) -> float:
    """Seconds since the source last answered (or since it started, if it never did)."""
    since = last_success_at or started_at
    return max(0.0, (dt.datetime.now(dt.UTC) - since).total_seconds())
