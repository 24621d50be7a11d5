"""API key rows: created once (the secret is shown once), looked up by prefix, revoked.

Only a SHA-256 of the whole key is stored; the short random prefix inside the key finds the
row without scanning, and the caller compares hashes in constant time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from agent.store.database import utc
from agent.store.repository import Store
from agent.store.tables import ApiKeyRow

_revocations = 0


def revocations() -> int:
    """How many revocations this process has made; caches of verified keys watch it."""
    return _revocations


@dataclass(frozen=True)
class ApiKeyRecord:
    """An API key as stored (never the secret itself)."""

    id: str
    name: str
    prefix: str
    key_hash: str
    scopes: tuple[str, ...]
    login: str | None
    created_at: dt.datetime
    revoked_at: dt.datetime | None

    @property
    def active(self) -> bool:
        """Not revoked."""
        return self.revoked_at is None


def _record(row: ApiKeyRow) -> ApiKeyRecord:
    return ApiKeyRecord(
        id=row.id,
        name=row.name,
        prefix=row.prefix,
        key_hash=row.key_hash,
        scopes=tuple(s for s in row.scopes.split(",") if s),
        login=row.login,
        created_at=utc(row.created_at),
        revoked_at=utc(row.revoked_at) if row.revoked_at else None,
    )


def add(
    store: Store,
    *,
    name: str,
    prefix: str,
    key_hash: str,
    scopes: Sequence[str],
    login: str | None,
    now: dt.datetime,
) -> ApiKeyRecord:
    """Store a new key's hash and scopes."""
    row = ApiKeyRow(
        id=str(uuid.uuid4()),
        name=name,
        prefix=prefix,
        key_hash=key_hash,
        scopes=",".join(sorted(set(scopes))),
        login=login,
        created_at=now,
    )
    with store.session() as session:
        session.add(row)
    return _record(row)


def by_prefix(store: Store, prefix: str) -> list[ApiKeyRecord]:
    """Keys whose lookup prefix matches (normally one)."""
    with store._sessions() as session:
        rows = session.scalars(select(ApiKeyRow).where(ApiKeyRow.prefix == prefix))
        return [_record(row) for row in rows]


def get(store: Store, key_id: str) -> ApiKeyRecord | None:
    """One key by id."""
    with store._sessions() as session:
        row = session.get(ApiKeyRow, key_id)
        return _record(row) if row else None


def all_keys(store: Store) -> list[ApiKeyRecord]:
    """Every key, oldest first."""
    with store._sessions() as session:
        rows = session.scalars(select(ApiKeyRow).order_by(ApiKeyRow.created_at, ApiKeyRow.id))
        return [_record(row) for row in rows]


def revoke(store: Store, id_or_prefix: str, now: dt.datetime) -> list[ApiKeyRecord]:
    """Revoke the key with this id or prefix; returns what was revoked (empty: none found)."""
    global _revocations
    with store.session() as session:
        rows = list(
            session.scalars(
                select(ApiKeyRow).where(
                    (ApiKeyRow.id == id_or_prefix) | (ApiKeyRow.prefix == id_or_prefix),
                    ApiKeyRow.revoked_at.is_(None),
                )
            )
        )
        for row in rows:
            row.revoked_at = now
        revoked = [_record(row) for row in rows]
    _revocations += 1  # after the commit: a check that read the row before it caches nothing
    return revoked
