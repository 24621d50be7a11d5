from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator

import pytest

from agent.models import AuditEntry, RecommendationState
from agent.store import outbox
from agent.store.repository import Store
from tests.factories import NOW, inbound, recommendation


def test_ingestion_is_idempotent_on_message_id_and_hash(store: Store) -> None:
    email = inbound("<m1@x>", "body one")
    first = store.add_email(b"raw one", email, "test", NOW)
    again = store.add_email(b"raw one", email, "test", NOW)
    changed = store.add_email(b"raw two", inbound("<m1@x>", "body two"), "test", NOW)
    assert first.created and not again.created and again.id == first.id
    assert changed.created and changed.id != first.id
    assert store.raw_email(first.id) == b"raw one"
    stored = store.get_email(first.id)
    assert stored is not None and stored.email == email


def test_unparseable_email_is_quarantined_with_reason(store: Store) -> None:
    result = store.add_failed_email(
        b"\x00junk",
        message_id="<u@x>",
        content_hash="h",
        source="t",
        reason="not_email",
        error="no headers",
        now=NOW,
    )
    stored = store.get_email(result.id)
    assert stored is not None and stored.status == "error" and stored.error_reason == "not_email"
    assert store.raw_email(result.id) == b"\x00junk"
    assert store.error_reasons() == {"not_email": 1}


def test_open_recommendation_is_found_by_key_until_closed(store: Store) -> None:
    store.save_recommendation(recommendation("r1", "P1:delivery"))
    found = store.open_recommendation("P1:delivery")
    assert found is not None and found[0].id == "r1" and found[1] == 1
    assert store.save_recommendation(recommendation("r1", "P1:delivery", text="new")) == 2
    store.transition("r1", RecommendationState.DONE, ["pending_push"], NOW)
    assert store.open_recommendation("P1:delivery") is None
    rec = store.get_recommendation("r1")
    assert rec is not None and rec.state == RecommendationState.DONE and rec.text == "new"


def test_outbox_enqueues_once_and_claims_under_lease(store: Store) -> None:
    assert outbox.enqueue(store, "k1", "create_activity", {"a": 1}, NOW)
    assert not outbox.enqueue(store, "k1", "create_activity", {"a": 2}, NOW)
    claimed = outbox.claim(store, NOW, lease_seconds=30)
    assert [e.idempotency_key for e in claimed] == ["k1"]
    assert outbox.claim(store, NOW) == []
    later = NOW + dt.timedelta(seconds=31)
    assert [e.id for e in outbox.claim(store, later)] == [claimed[0].id]
    outbox.settle_failed(store, claimed[0].id, "boom", later + dt.timedelta(seconds=5), dead=False)
    assert outbox.claim(store, later) == []
    entry = outbox.claim(store, later + dt.timedelta(seconds=6))[0]
    assert entry.attempts == 1 and entry.last_error == "boom"
    outbox.settle_done(store, entry.id, {"activity_id": 7}, later)
    assert outbox.depth(store, later) == (0, 0, 0.0)
    assert outbox.entries(store, ["done"])[0].result == {"activity_id": 7}


def test_dead_letters_can_be_retried_and_purged(store: Store) -> None:
    outbox.enqueue(store, "k", "post_note", {}, NOW)
    entry = outbox.claim(store, NOW)[0]
    outbox.settle_failed(store, entry.id, "refused", NOW, dead=True)
    assert outbox.depth(store, NOW)[1] == 1
    assert outbox.retry(store, [entry.id], NOW) == 1
    assert outbox.claim(store, NOW)[0].id == entry.id
    outbox.settle_done(store, entry.id, {}, NOW)
    assert outbox.purge(store) == 1


def test_audit_log_is_append_only_and_ordered(store: Store) -> None:
    for i in range(3):
        store.audit(AuditEntry(at=NOW, actor="a", event=f"e{i}", subject_type="r", subject_id="x"))
    assert [e.event for e in store.audit_log("x")] == ["e0", "e1", "e2"]
    assert not hasattr(store, "delete_audit")


def test_migrations_are_idempotent(tmp_path: object) -> None:
    url = f"sqlite:///{tmp_path}/m.db"
    Store.open(url).close()
    again = Store.open(url)
    assert again.count_emails() == {}
    with again.engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"
    again.close()


PG_URL = os.environ.get("TRIAGE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_store() -> Iterator[Store]:
    """A fresh schema in the machine's PostgreSQL; skips (saying why) where none runs."""
    import psycopg

    try:
        conn = psycopg.connect(PG_URL, connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {exc}")
    schema = f"t_{uuid.uuid4().hex[:10]}"
    conn.execute(f"CREATE SCHEMA {schema}")
    store = Store.open(f"{PG_URL}?options=-csearch_path%3D{schema}")
    yield store
    store.close()
    conn.execute(f"DROP SCHEMA {schema} CASCADE")
    conn.close()


@pytest.mark.postgres
def test_postgres_store_and_skip_locked_claims(pg_store: Store) -> None:
    assert pg_store.dialect == "postgresql"
    assert pg_store.add_email(b"r", inbound(), "t", NOW).created
    assert not pg_store.add_email(b"r", inbound(), "t", NOW).created
    for i in range(4):
        outbox.enqueue(pg_store, f"k{i}", "post_note", {}, NOW)
    first = outbox.claim(pg_store, NOW, limit=2)
    second = outbox.claim(pg_store, NOW, limit=10)
    assert len(first) == 2 and len(second) == 2
    assert not {e.id for e in first} & {e.id for e in second}
