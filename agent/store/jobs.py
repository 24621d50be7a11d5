"""The work queue of the workers: one job per stored email, claimed under a lease.

A claim is one ``UPDATE ... WHERE id IN (SELECT ... LIMIT n) RETURNING`` statement. On
PostgreSQL the inner select locks with ``FOR UPDATE SKIP LOCKED`` so concurrent workers take
disjoint rows without waiting; on SQLite the single statement is atomic because SQLite has
one writer. A lease that runs out (its worker died) makes the job claimable again; only the
holder of a lease can renew or complete it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, exists, func, literal, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from agent.models import ExceptionRecord
from agent.store.rawmail import WAITING
from agent.store.repository import Store
from agent.store.tables import EmailRow, ExceptionRow, ExtractionRow, JobRow

EMAIL = "email"
EXCEPTION = "exception"
PENDING, RUNNING, DONE, DEAD = "pending", "running", "done", "dead"


@dataclass(frozen=True)
class Job:
    """A claimed job: what to do (kind, ref) and how many times it was claimed."""

    id: int
    kind: str
    ref: str
    attempts: int


def enqueue_received_emails(store: Store, now: dt.datetime) -> int:
    """Add a job for every waiting email (raw or received) that has none; safe from every worker.

    Raw emails (accepted over HTTP, not parsed yet) are enqueued like parsed ones: the job's
    first step parses them (``agent.accept.parse_accepted``).
    """
    source = select(
        literal(EMAIL), EmailRow.id, literal(PENDING), literal(0), literal(now), literal(now)
    ).where(
        EmailRow.status.in_(WAITING),
        ~exists().where(JobRow.kind == EMAIL, JobRow.ref == EmailRow.id),
    )
    columns = ["kind", "ref", "state", "attempts", "created_at", "updated_at"]
    insert = postgresql.insert if store.dialect == "postgresql" else sqlite.insert
    statement = insert(JobRow).from_select(columns, source).on_conflict_do_nothing()
    with store.session() as session:
        result = session.execute(statement)
        return int(getattr(result, "rowcount", 0) or 0)


def enqueue(store: Store, kind: str, ref: str, now: dt.datetime) -> bool:
    """Add one job unless the same (kind, ref) exists; True when added."""
    insert = postgresql.insert if store.dialect == "postgresql" else sqlite.insert
    statement = (
        insert(JobRow)
        .values(kind=kind, ref=ref, state=PENDING, attempts=0, created_at=now, updated_at=now)
        .on_conflict_do_nothing()
    )
    with store.session() as session:
        return bool(getattr(session.execute(statement), "rowcount", 0))


def reopen(store: Store, kind: str, ref: str, now: dt.datetime) -> None:
    """Make a finished job pending again (its subject changed and needs another pass)."""
    with store.session() as session:
        session.execute(
            update(JobRow)
            .where(JobRow.kind == kind, JobRow.ref == ref, JobRow.state.in_([DONE, DEAD]))
            .values(state=PENDING, attempts=0, updated_at=now, last_error=None)
            .execution_options(synchronize_session=False)
        )


def exception_records(store: Store, keys: Sequence[str]) -> list[ExceptionRecord]:
    """Stored exception records by key, in the order asked."""
    with store._sessions() as session:
        rows = {
            row.key: ExceptionRecord.model_validate(row.data)
            for row in session.scalars(select(ExceptionRow).where(ExceptionRow.key.in_(list(keys))))
        }
    return [rows[k] for k in keys if k in rows]


def claim(
    store: Store,
    kind: str,
    now: dt.datetime,
    *,
    worker: str,
    limit: int = 20,
    lease_seconds: float = 60.0,
) -> list[Job]:
    """Take up to ``limit`` pending (or abandoned) jobs, oldest first, under a lease."""
    due = (
        select(JobRow.id)
        .where(
            JobRow.kind == kind,
            or_(
                JobRow.state == PENDING,
                and_(JobRow.state == RUNNING, JobRow.lease_until <= now),
            ),
        )
        .order_by(JobRow.id)
        .limit(limit)
    )
    if store.dialect == "postgresql":
        due = due.with_for_update(skip_locked=True)
    statement = (
        update(JobRow)
        .where(JobRow.id.in_(due))
        .values(
            state=RUNNING,
            worker=worker,
            attempts=JobRow.attempts + 1,
            lease_until=now + dt.timedelta(seconds=lease_seconds),
            updated_at=now,
        )
        .returning(JobRow.id, JobRow.kind, JobRow.ref, JobRow.attempts)
        .execution_options(synchronize_session=False)
    )
    with store.session() as session:
        rows = session.execute(statement).all()
    return sorted((Job(id=r[0], kind=r[1], ref=r[2], attempts=r[3]) for r in rows), key=_id)


def _id(job: Job) -> int:
    return job.id


def renew(
    store: Store, ids: Sequence[int], worker: str, now: dt.datetime, lease_seconds: float
) -> int:
    """Extend the leases this worker still holds; returns how many it still holds."""
    if not ids:
        return 0
    with store.session() as session:
        result = session.execute(
            update(JobRow)
            .where(JobRow.id.in_(list(ids)), JobRow.worker == worker, JobRow.state == RUNNING)
            .values(lease_until=now + dt.timedelta(seconds=lease_seconds), updated_at=now)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def finish(
    store: Store,
    ids: Sequence[int],
    worker: str,
    now: dt.datetime,
    state: str = DONE,
    error: str | None = None,
) -> int:
    """Settle jobs this worker holds (done or dead); a lost lease settles nothing."""
    if not ids:
        return 0
    with store.session() as session:
        result = session.execute(
            update(JobRow)
            .where(JobRow.id.in_(list(ids)), JobRow.worker == worker, JobRow.state == RUNNING)
            .values(state=state, lease_until=None, updated_at=now, last_error=error)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def discard_partial(store: Store, email_ids: Sequence[str]) -> int:
    """Drop extraction rows of emails still ``received``: left by a worker that died mid-way.

    Everything else a dead worker may have written is idempotent on its own key
    (recommendations merge on their key, outbox entries and commitments are unique).
    """
    if not email_ids:
        return 0
    unfinished = select(EmailRow.id).where(
        EmailRow.id.in_(list(email_ids)), EmailRow.status == "received"
    )
    with store.session() as session:
        result = session.execute(
            delete(ExtractionRow)
            .where(ExtractionRow.email_id.in_(unfinished))
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def counts(store: Store, kind: str = EMAIL) -> dict[str, int]:
    """Jobs of a kind by state."""
    with store._sessions() as session:
        rows = session.execute(
            select(JobRow.state, func.count()).where(JobRow.kind == kind).group_by(JobRow.state)
        )
        return {state: int(n) for state, n in rows}


def history(store: Store, kind: str = EMAIL) -> list[tuple[str, str, int, str | None]]:
    """(ref, state, attempts, worker) of every job of a kind, for tests and operators."""
    with store._sessions() as session:
        rows = session.execute(
            select(JobRow.ref, JobRow.state, JobRow.attempts, JobRow.worker)
            .where(JobRow.kind == kind)
            .order_by(JobRow.id)
        )
        return [(r[0], r[1], int(r[2]), r[3]) for r in rows]
