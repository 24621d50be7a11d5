"""Table definitions. Rows hold domain models as JSON beside the columns we query by."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of every table."""

    type_annotation_map = {dict[str, Any]: JSON, dt.datetime: DateTime(timezone=True)}


class EmailRow(Base):
    """A raw email, kept compressed, with its parse and processing state."""

    __tablename__ = "emails"
    __table_args__ = (UniqueConstraint("message_id", "content_hash", name="uq_email_identity"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(200))
    raw_gz: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    parsed: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    error_reason: Mapped[str | None] = mapped_column(String(60), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    received_at: Mapped[dt.datetime]
    processed_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)


class ExtractionRow(Base):
    """An extraction of one email by one extractor."""

    __tablename__ = "extractions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email_id: Mapped[str] = mapped_column(ForeignKey("emails.id"), index=True)
    extractor: Mapped[str] = mapped_column(String(40))
    prompt_version: Mapped[str | None] = mapped_column(String(40), nullable=True)
    data: Mapped[dict[str, Any]]
    match: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    trust: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[dt.datetime]


class ExceptionRow(Base):
    """An exception record; ``key`` is unique per record, kind and day."""

    __tablename__ = "exception_records"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    data: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(20))
    first_seen: Mapped[dt.datetime]
    last_seen: Mapped[dt.datetime]


class RecommendationRow(Base):
    """A recommendation; at most one open row per ``key`` (order and kind)."""

    __tablename__ = "recommendations"
    __table_args__ = (Index("ix_recommendation_key_state", "key", "state"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    source_id: Mapped[str] = mapped_column(String(200), index=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    decision: Mapped[str] = mapped_column(String(20), index=True)
    data: Mapped[dict[str, Any]]
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class OutboxRow(Base):
    """A write to Odoo waiting to be confirmed; leaves only when Odoo said yes."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]]
    recommendation_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime]
    lease_until: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[dt.datetime]
    done_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)


class AuditRow(Base):
    """The append-only audit log."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(200))
    event: Mapped[str] = mapped_column(String(60), index=True)
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(200), index=True)
    details: Mapped[dict[str, Any]]


class JobRow(Base):
    """Work for the workers: claimed with a lease that expires when a worker dies."""

    __tablename__ = "jobs"
    __table_args__ = (UniqueConstraint("kind", "ref", name="uq_job_kind_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    ref: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    worker: Mapped[str | None] = mapped_column(String(100), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class MailboxCursorRow(Base):
    """Where an IMAP folder was read up to (observer mode keeps no flags in the mailbox)."""

    __tablename__ = "mailbox_cursors"

    folder: Mapped[str] = mapped_column(String(300), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime]


class ApprovalUseRow(Base):
    """A signed approval link that was used: a second use is a replay."""

    __tablename__ = "approval_uses"

    jti: Mapped[str] = mapped_column(String(64), primary_key=True)
    recommendation_id: Mapped[str] = mapped_column(String(36), index=True)
    verdict: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(200))
    used_at: Mapped[dt.datetime]


class ApiKeyRow(Base):
    """An API key: only its hash is stored."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    key_hash: Mapped[str] = mapped_column(String(128))
    scopes: Mapped[str] = mapped_column(String(200))
    login: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)


class FeedbackRow(Base):
    """What a planner did with a drafted activity, as a label for the evals."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("recommendation_id", "outcome", name="uq_feedback"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    recommendation_id: Mapped[str] = mapped_column(String(36), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_at: Mapped[dt.datetime]


class CommitmentRow(Base):
    """One promise about one order line: original (first seen), each revision, with source."""

    __tablename__ = "commitments"
    __table_args__ = (
        UniqueConstraint("source_id", "line_key", "kind", name="uq_commitment_source"),
        Index("ix_commitment_po_line", "po_id", "line_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vendor_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    po_id: Mapped[int] = mapped_column(Integer)
    line_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    line_key: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict[str, Any]]
    recorded_at: Mapped[dt.datetime]
