"""The store: emails, extractions, exceptions, recommendations and the audit log.

Ingestion is idempotent on Message-ID + content hash. Recommendations merge on their key
(order and kind) while one is open, so a burst of emails updates one recommendation.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from agent.models import (
    AuditEntry,
    ExceptionRecord,
    Extraction,
    InboundEmail,
    Match,
    Recommendation,
    RecommendationState,
    SenderTrust,
)
from agent.store import statements
from agent.store.database import insert_new, make_engine, migrate, session_factory, utc
from agent.store.statements import OPEN_STATES as OPEN_STATES
from agent.store.tables import (
    AuditRow,
    EmailRow,
    ExceptionRow,
    ExtractionRow,
    MailboxCursorRow,
    RecommendationRow,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredEmail:
    """An email as the store holds it."""

    id: str
    message_id: str
    status: str
    source: str
    email: InboundEmail | None
    error_reason: str | None
    error: str | None
    received_at: dt.datetime

    def raw(self, store: Store) -> bytes:
        """The original bytes (kept compressed)."""
        return store.raw_email(self.id)


@dataclass(frozen=True)
class AddResult:
    """Outcome of adding an email: its id and whether it was new."""

    id: str
    created: bool


class Store:
    """Repository over one database (SQLite file or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine whose schema is migrated."""
        self.engine = engine
        self._sessions: sessionmaker[Session] = session_factory(engine)
        self._unit: ContextVar[Session | None] = ContextVar(f"store-unit-{id(self)}", default=None)

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect and migrate."""
        engine = make_engine(url)
        migrate(engine)
        return cls(engine)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Release connections."""
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in a transaction, committed on success (at its end inside a ``unit``)."""
        joined = self._unit.get()
        if joined is not None:
            yield joined
            return
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reads: the open ``unit``'s, so a unit reads its own writes."""
        joined = self._unit.get()
        if joined is not None:
            yield joined
            return
        with self._sessions() as session:
            yield session

    @contextmanager
    def unit(self) -> Iterator[None]:
        """One transaction for every store write made inside (in this thread or task).

        The pipeline writes each email's extraction, commitments, recommendations, audit
        entries, outbox entries and status in one unit: all of them are committed together
        or, when anything fails, none is, so a crash never leaves half an email behind.
        Writes inside must not rely on catching ``IntegrityError`` (that would end the
        unit's transaction): they insert with ``database.insert_new`` instead. A unit
        opened inside a unit joins it.
        """
        if self._unit.get() is not None:
            yield
            return
        with self._sessions() as session, session.begin():
            token = self._unit.set(session)
            try:
                yield
            finally:
                self._unit.reset(token)

    # ------------------------------------------------------------ emails
    def add_email(
        self, raw: bytes, email: InboundEmail, source: str, now: dt.datetime
    ) -> AddResult:
        """Commit a parsed email unless the same Message-ID + content hash is already in."""
        return self._add(
            message_id=email.message_id,
            content_hash=email.content_hash,
            source=source,
            raw_gz=zlib.compress(raw, 6),
            size=len(raw),
            parsed=email.model_dump(mode="json"),
            status="received",
            received_at=now,
        )

    def add_failed_email(
        self,
        raw: bytes,
        *,
        message_id: str,
        content_hash: str,
        source: str,
        reason: str,
        error: str,
        now: dt.datetime,
    ) -> AddResult:
        """Quarantine a message that could not be parsed: raw kept, reason recorded."""
        return self._add(
            message_id=message_id,
            content_hash=content_hash,
            source=source,
            raw_gz=zlib.compress(raw, 6),
            size=len(raw),
            parsed=None,
            status="error",
            error_reason=reason,
            error=error,
            received_at=now,
        )

    def _add(self, **values: Any) -> AddResult:
        """One transaction: the known id of the same message, else the new row's."""
        identity = (values["message_id"], values["content_hash"])
        with self.session() as session:
            existing = statements.find_email(session, *identity)
            if existing is not None:
                return AddResult(existing, created=False)
            new_id = str(uuid.uuid4())
            if insert_new(session, EmailRow, [{"id": new_id, **values}]):
                return AddResult(new_id, created=True)
            # Another replica committed the same message in between: theirs stands.
            found = statements.find_email(session, *identity)
        if found is None:
            raise RuntimeError(f"email {identity[0]} neither inserted nor found")
        return AddResult(found, created=False)

    def get_email(self, email_id: str) -> StoredEmail | None:
        """One stored email."""
        with self.reader() as session:
            row = session.get(EmailRow, email_id, options=[statements.NO_RAW])
            return _stored(row) if row else None

    def emails(self, ids: Sequence[str] = (), status: str | None = None) -> list[StoredEmail]:
        """Stored emails by id and/or status, oldest first."""
        query = (
            select(EmailRow).options(statements.NO_RAW).order_by(EmailRow.received_at, EmailRow.id)
        )
        if ids:
            query = query.where(EmailRow.id.in_(list(ids)))
        if status:
            query = query.where(EmailRow.status == status)
        with self.reader() as session:
            return [_stored(row) for row in session.scalars(query)]

    def raw_email(self, email_id: str) -> bytes:
        """The original bytes of an email."""
        with self.reader() as session:
            data = session.scalar(select(EmailRow.raw_gz).where(EmailRow.id == email_id))
        if data is None:
            raise KeyError(email_id)
        return zlib.decompress(data)

    def set_email_status(
        self, email_id: str, status: str, now: dt.datetime, error: str | None = None
    ) -> None:
        """Mark an email processed (or failed in processing, with the error; none clears it)."""
        values = {"email_id": email_id, "new_status": status, "at": now, "new_error": error}
        with self.session() as session:
            result = session.execute(statements.SET_STATUS, values)
            if not getattr(result, "rowcount", 0):
                raise KeyError(email_id)

    def count_emails(self) -> dict[str, int]:
        """Emails by status."""
        with self.reader() as session:
            rows = session.execute(select(EmailRow.status, func.count()).group_by(EmailRow.status))
            return {status: count for status, count in rows}

    def error_reasons(self) -> dict[str, int]:
        """Failed emails by reason."""
        with self.reader() as session:
            rows = session.execute(
                select(EmailRow.error_reason, func.count())
                .where(EmailRow.status == "error")
                .group_by(EmailRow.error_reason)
            )
            return {str(reason): count for reason, count in rows}

    # ------------------------------------------------------------ extractions
    def save_extraction(
        self,
        email_id: str,
        extraction: Extraction,
        match: Match | None,
        trust: SenderTrust | None,
        now: dt.datetime,
        *,
        replace: bool = False,
    ) -> None:
        """Keep what was extracted and matched; ``replace`` drops the email's earlier ones."""
        with self.session() as session:
            if replace:
                session.execute(statements.EXTRACTIONS_DROP, {"email_id": email_id})
            session.execute(
                statements.EXTRACTION_INSERT,
                {
                    "email_id": email_id,
                    "extractor": extraction.extractor,
                    "prompt_version": extraction.prompt_version,
                    "data": extraction.model_dump(mode="json"),
                    "match": match.model_dump(mode="json") if match else None,
                    "trust": trust.model_dump(mode="json") if trust else None,
                    "created_at": now,
                },
            )

    def latest_extraction(
        self, email_id: str
    ) -> tuple[Extraction, Match | None, SenderTrust | None] | None:
        """The newest extraction of an email, with its match and trust."""
        with self.reader() as session:
            row = session.scalars(
                select(ExtractionRow)
                .where(ExtractionRow.email_id == email_id)
                .order_by(ExtractionRow.id.desc())
                .limit(1)
            ).first()
        if row is None:
            return None
        return (
            Extraction.model_validate(row.data),
            Match.model_validate(row.match) if row.match else None,
            SenderTrust.model_validate(row.trust) if row.trust else None,
        )

    # ------------------------------------------------------------ exceptions
    def upsert_exception(self, record: ExceptionRecord, now: dt.datetime) -> bool:
        """Insert or refresh an exception record; True when it was new."""
        with self.session() as session:
            row = session.get(ExceptionRow, record.key)
            if row is None:
                session.add(
                    ExceptionRow(
                        key=record.key,
                        kind=record.kind.value,
                        data=record.model_dump(mode="json"),
                        status="open",
                        first_seen=now,
                        last_seen=now,
                    )
                )
                return True
            row.data = record.model_dump(mode="json")
            row.last_seen = now
            return False

    def exceptions(self, kind: str | None = None) -> list[ExceptionRecord]:
        """Exception records, optionally of one kind."""
        query = select(ExceptionRow).order_by(ExceptionRow.first_seen)
        if kind:
            query = query.where(ExceptionRow.kind == kind)
        with self.reader() as session:
            return [ExceptionRecord.model_validate(row.data) for row in session.scalars(query)]

    # ------------------------------------------------------------ recommendations
    def open_recommendation(self, key: str) -> tuple[Recommendation, int] | None:
        """The open recommendation with this key and its revision, if any."""
        with self.reader() as session:
            row = session.scalars(
                statements.OPEN_BY_KEY, {"key": key}, execution_options=statements.FRESH
            ).first()
            return (Recommendation.model_validate(row.data), row.revision) if row else None

    def save_recommendation(self, rec: Recommendation) -> int:
        """Insert or replace a recommendation by id; returns its revision."""
        values = {
            "rec_id": rec.id,
            "new_state": rec.state.value,
            "new_decision": rec.decision.value,
            "new_source_id": rec.source_id,
            "new_data": rec.model_dump(mode="json"),
            "at": rec.updated_at,
        }
        with self.session() as session:
            revision = session.execute(statements.REC_UPDATE, values).scalar()
            if revision is not None:
                return int(revision)
            session.execute(
                statements.REC_INSERT,
                {
                    "id": rec.id,
                    "key": rec.key,
                    "source_id": rec.source_id,
                    "state": values["new_state"],
                    "decision": values["new_decision"],
                    "data": values["new_data"],
                    "revision": 1,
                    "created_at": rec.created_at,
                    "updated_at": rec.updated_at,
                },
            )
            return 1

    def transition(
        self,
        rec_id: str,
        to_state: RecommendationState,
        from_states: Sequence[str],
        now: dt.datetime,
    ) -> Recommendation | None:
        """Move a recommendation to ``to_state`` if it is in one of ``from_states``."""
        with self.session() as session:
            row = session.get(RecommendationRow, rec_id, populate_existing=True)
            if row is None or row.state not in from_states:
                return None
            rec = Recommendation.model_validate(row.data).model_copy(
                update={"state": to_state, "updated_at": now}
            )
            row.state = to_state.value
            row.data = rec.model_dump(mode="json")
            row.updated_at = now
            return rec

    def get_recommendation(self, rec_id: str) -> Recommendation | None:
        """One recommendation by id."""
        with self.reader() as session:
            row = session.get(RecommendationRow, rec_id, populate_existing=True)
            return Recommendation.model_validate(row.data) if row else None

    def recommendation_states(self, rec_ids: Sequence[str]) -> dict[str, str]:
        """The current state of each of ``rec_ids`` that exists, in one read."""
        if not rec_ids:
            return {}
        query = select(RecommendationRow.id, RecommendationRow.state).where(
            RecommendationRow.id.in_(list(rec_ids))
        )
        with self.reader() as session:
            return {rec_id: state for rec_id, state in session.execute(query)}

    def recommendations(
        self,
        *,
        states: Sequence[str] = (),
        decisions: Sequence[str] = (),
        source_ids: Sequence[str] = (),
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Recommendation]:
        """Recommendations filtered by state, decision and source, newest first."""
        query = select(RecommendationRow).order_by(
            RecommendationRow.updated_at.desc(), RecommendationRow.id
        )
        if states:
            query = query.where(RecommendationRow.state.in_(list(states)))
        if decisions:
            query = query.where(RecommendationRow.decision.in_(list(decisions)))
        if source_ids:
            query = query.where(RecommendationRow.source_id.in_(list(source_ids)))
        query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.reader() as session:
            return [Recommendation.model_validate(row.data) for row in session.scalars(query)]

    # ------------------------------------------------------------ audit
    def audit(self, entry: AuditEntry) -> None:
        """Append to the audit log (there is no update or delete)."""
        with self.session() as session:
            session.execute(
                statements.AUDIT_INSERT,
                {
                    "at": entry.at,
                    "actor": entry.actor,
                    "event": entry.event,
                    "subject_type": entry.subject_type,
                    "subject_id": entry.subject_id,
                    "details": entry.details,
                },
            )

    def audit_log(self, subject_id: str | None = None) -> list[AuditEntry]:
        """Audit entries, oldest first."""
        query = select(AuditRow).order_by(AuditRow.id)
        if subject_id:
            query = query.where(AuditRow.subject_id == subject_id)
        with self.reader() as session:
            return [
                AuditEntry(
                    at=utc(row.at),
                    actor=row.actor,
                    event=row.event,
                    subject_type=row.subject_type,
                    subject_id=row.subject_id,
                    details=row.details,
                )
                for row in session.scalars(query)
            ]

    # ------------------------------------------------------------ mailbox cursors
    def get_cursor(self, folder: str) -> tuple[int, int] | None:
        """(uidvalidity, last_uid) of an IMAP folder."""
        with self.reader() as session:
            row = session.get(MailboxCursorRow, folder)
            return (row.uidvalidity, row.last_uid) if row else None

    def set_cursor(self, folder: str, uidvalidity: int, last_uid: int, now: dt.datetime) -> None:
        """Remember how far an IMAP folder was read."""
        with self.session() as session:
            row = session.get(MailboxCursorRow, folder)
            if row is None:
                session.add(
                    MailboxCursorRow(
                        folder=folder, uidvalidity=uidvalidity, last_uid=last_uid, updated_at=now
                    )
                )
            else:
                row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, last_uid, now


def _stored(row: EmailRow) -> StoredEmail:
    parsed: dict[str, Any] | None = row.parsed
    return StoredEmail(
        id=row.id,
        message_id=row.message_id,
        status=row.status,
        source=row.source,
        email=InboundEmail.model_validate(parsed) if parsed else None,
        error_reason=row.error_reason,
        error=row.error,
        received_at=utc(row.received_at),
    )
