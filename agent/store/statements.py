"""Statements the store runs per email, built once.

The pipeline's writes go as Core statements (no unit-of-work bookkeeping). Rows they
change are read back with ``FRESH`` (``populate_existing``), so a session shared by a
``Store.unit`` never answers from a stale identity map.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, defer

from agent.models import RecommendationState
from agent.store.tables import AuditRow, EmailRow, ExtractionRow, RecommendationRow

OPEN_STATES = frozenset(
    {RecommendationState.QUEUED, RecommendationState.PENDING_PUSH, RecommendationState.PUSHED}
)
"""States of a recommendation that later emails merge into."""

OPEN_BY_KEY = select(RecommendationRow).where(
    RecommendationRow.key == bindparam("key"),
    RecommendationRow.state.in_(sorted(s.value for s in OPEN_STATES)),
)
_EMAILS, _RECS = cast(Table, EmailRow.__table__), cast(Table, RecommendationRow.__table__)
SET_STATUS = (
    update(_EMAILS)
    .where(_EMAILS.c.id == bindparam("email_id"))
    .values(
        status=bindparam("new_status"), processed_at=bindparam("at"), error=bindparam("new_error")
    )
)
AUDIT_INSERT = insert(cast(Table, AuditRow.__table__))
EXTRACTION_INSERT = insert(cast(Table, ExtractionRow.__table__))
EXTRACTIONS_DROP = (
    delete(ExtractionRow)
    .where(ExtractionRow.email_id == bindparam("email_id"))
    .execution_options(synchronize_session=False)
)
REC_INSERT = insert(_RECS)
REC_UPDATE = (
    update(_RECS)
    .where(_RECS.c.id == bindparam("rec_id"))
    .values(
        state=bindparam("new_state"),
        decision=bindparam("new_decision"),
        source_id=bindparam("new_source_id"),
        data=bindparam("new_data", type_=_RECS.c.data.type),
        revision=_RECS.c.revision + 1,
        updated_at=bindparam("at", type_=_RECS.c.updated_at.type),
    )
    .returning(_RECS.c.revision)
)
FRESH = {"populate_existing": True}
NO_RAW = defer(EmailRow.raw_gz)  # a StoredEmail reads its raw bytes only on demand
EMAIL_BY_IDENTITY = select(EmailRow.id).where(
    EmailRow.message_id == bindparam("message_id"),
    EmailRow.content_hash == bindparam("content_hash"),
)


def find_email(session: Session, message_id: str, content_hash: str) -> str | None:
    """The id of the stored email with this Message-ID and content hash, if any."""
    return session.scalar(
        EMAIL_BY_IDENTITY, {"message_id": message_id, "content_hash": content_hash}
    )
