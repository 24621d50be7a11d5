"""Quarantined emails keyed like every other: ``headscan.message_key`` of their bytes.

``triage ingest`` used to store an unparseable message as ``<unparsed-…@triage.local>``
under the sha256 of its exact bytes, while ``POST /v1/emails`` stores the same bytes under
their message key, so one message could be stored twice. This gives the old rows the key
both paths use now; a row whose bytes are already stored under that key keeps its old one.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 04:00:00
"""

from __future__ import annotations

import zlib

import sqlalchemy as sa
from alembic import op

from agent.ingest.headscan import message_key

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

EMAILS = sa.table(
    "emails",
    sa.column("id", sa.String),
    sa.column("message_id", sa.String),
    sa.column("content_hash", sa.String),
    sa.column("raw_gz", sa.LargeBinary),
)
OLD = "<unparsed-%@triage.local>"


def rekey_quarantined(connection: sa.Connection) -> int:
    """Give rows stored under the old quarantine id their message key; how many changed."""
    rows = connection.execute(
        sa.select(EMAILS.c.id, EMAILS.c.raw_gz).where(EMAILS.c.message_id.like(OLD))
    ).all()
    changed = 0
    for email_id, raw_gz in rows:
        key = message_key(zlib.decompress(raw_gz))
        taken = connection.execute(
            sa.select(EMAILS.c.id).where(
                EMAILS.c.message_id == key.message_id, EMAILS.c.content_hash == key.content_hash
            )
        ).first()
        if taken is None:
            connection.execute(
                sa.update(EMAILS)
                .where(EMAILS.c.id == email_id)
                .values(message_id=key.message_id, content_hash=key.content_hash)
            )
            changed += 1
    return changed


def upgrade() -> None:
    """Apply."""
    rekey_quarantined(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the new keys are as valid under the old code."""
