"""Raw-first email rows: committed as bytes when accepted, parsed later by a worker.

An accepted message is one ``INSERT ... ON CONFLICT DO NOTHING`` on the email identity
(Message-ID + content hash): status ``raw``, ``parsed`` empty, the bytes compressed at a
fast zlib level. The HTTP service writes these rows through a group commit
(``agent.store.groupcommit``): concurrent accepts of one process share one transaction.
Only a conflict (a duplicate) costs a second statement, to read the existing row. A worker
then fills ``parsed`` (status ``received``, the pipeline's input) or quarantines the row
(status ``error`` with ``error_reason``); both updates apply only to a row still ``raw``, so
a repeated or concurrent parse changes nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects import postgresql, sqlite

from agent.store.database import utc
from agent.store.repository import Store
from agent.store.tables import EmailRow

RAW = "raw"
RECEIVED = "received"
ERROR = "error"
WAITING = (RAW, RECEIVED)
"""Statuses of emails the workers still have to take through the pipeline."""

RAW_ZLIB_LEVEL = 1
"""Accepting is on the request path: the fastest level costs ~10 % more bytes than level 6."""


@dataclass(frozen=True)
class RawAdd:
    """Outcome of adding raw bytes: the row's id, whether it is new, and its state."""

    id: str
    created: bool
    status: str
    error_reason: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class RawEmail:
    """A raw row waiting for its parse."""

    id: str
    message_id: str
    source: str
    received_at: dt.datetime
    raw: bytes


def raw_row(
    raw: bytes, *, message_id: str, content_hash: str, source: str, now: dt.datetime
) -> dict[str, Any]:
    """The column values of a new raw row (id, compressed bytes, status ``raw``)."""
    return {
        "id": str(uuid.uuid4()),
        "message_id": message_id,
        "content_hash": content_hash,
        "source": source,
        "raw_gz": zlib.compress(raw, RAW_ZLIB_LEVEL),
        "size": len(raw),
        "parsed": None,
        "status": RAW,
        "received_at": now,
    }


def add_raw(store: Store, row: dict[str, Any]) -> RawAdd:
    """Commit one raw row (from :func:`raw_row`) unless its identity is stored already."""
    with store.engine.begin() as connection:
        return write_raw(connection, [row])[0]


def write_raw(connection: Connection, rows: list[dict[str, Any]]) -> list[RawAdd]:
    """Insert raw rows in the caller's transaction; a duplicate reads the stored row instead.

    A duplicate inside ``rows`` itself answers with the row inserted before it.
    """
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = insert(EmailRow).on_conflict_do_nothing()
    existing = select(EmailRow.id, EmailRow.status, EmailRow.error_reason, EmailRow.error)
    results: list[RawAdd] = []
    for values in rows:
        if connection.execute(statement, values).rowcount:
            results.append(RawAdd(values["id"], created=True, status=RAW))
            continue
        row = connection.execute(
            existing.where(
                EmailRow.message_id == values["message_id"],
                EmailRow.content_hash == values["content_hash"],
            )
        ).first()
        if row is None:
            raise RuntimeError(f"{values['message_id']} conflicted, yet no row has its identity")
        results.append(
            RawAdd(row[0], created=False, status=row[1], error_reason=row[2], error=row[3])
        )
    return results


def raw_emails(store: Store, ids: Sequence[str]) -> list[RawEmail]:
    """The rows among ``ids`` still waiting for their parse, with their bytes."""
    if not ids:
        return []
    columns = (EmailRow.id, EmailRow.message_id, EmailRow.source, EmailRow.received_at)
    query = (
        select(*columns, EmailRow.raw_gz)
        .where(EmailRow.id.in_(list(ids)), EmailRow.status == RAW)
        .order_by(EmailRow.received_at, EmailRow.id)
    )
    with store.engine.connect() as connection:
        rows = connection.execute(query).all()
    return [RawEmail(r[0], r[1], r[2], utc(r[3]), zlib.decompress(r[4])) for r in rows]


def fill_parsed(store: Store, email_id: str, parsed: dict[str, Any]) -> bool:
    """Store the parse of a raw row and hand it to the pipeline; False if it was not raw."""
    return _settle(store, email_id, parsed=parsed, status=RECEIVED)


def quarantine(store: Store, email_id: str, reason: str, error: str, now: dt.datetime) -> bool:
    """Mark a raw row unparseable with its reason (its bytes stay); False if it was not raw."""
    return _settle(
        store, email_id, status=ERROR, error_reason=reason, error=error, processed_at=now
    )


def _settle(store: Store, email_id: str, **values: Any) -> bool:
    with store.engine.begin() as connection:
        result = connection.execute(
            update(EmailRow).where(EmailRow.id == email_id, EmailRow.status == RAW).values(**values)
        )
    return bool(result.rowcount)
