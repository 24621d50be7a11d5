"""One transaction per email: ``Store.unit`` commits every write inside together, or none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from agent.models import AuditEntry, Commitment, CommitmentKind
from agent.store import commitments as commitment_store
from agent.store import outbox
from agent.store.repository import Store
from tests.factories import NOW, inbound, recommendation
from tests.test_store import pg_store  # noqa: F401  (the PostgreSQL fixture)


def _commitment(source_id: str = "e1") -> Commitment:
    return Commitment(
        po_id=1,
        po_name="P00001",
        line_id=11,
        kind=CommitmentKind.DATE,
        previous_date=dt.date(2026, 12, 1),
        new_date=dt.date(2026, 12, 9),
        source_id=source_id,
        recorded_at=NOW,
    )


def _write_email_outcome(store: Store, email_id: str) -> None:
    store.save_recommendation(recommendation("r1", source_id=email_id))
    store.audit(AuditEntry(at=NOW, actor="t", event="gate", subject_type="r", subject_id="r1"))
    assert outbox.enqueue(store, "activity:r1", "create_activity", {"n": 1}, NOW, "r1")
    assert commitment_store.record(store, [_commitment(email_id)], 5) == 1
    store.set_email_status(email_id, "processed", NOW)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest) -> Iterator[Store]:
    yield request.getfixturevalue("store" if request.param == "sqlite" else "pg_store")


def test_a_unit_commits_all_its_writes_together(any_store: Store) -> None:
    email_id = any_store.add_email(b"raw", inbound(), "t", NOW).id
    with any_store.unit():
        _write_email_outcome(any_store, email_id)
        # Reads inside the unit see its own writes.
        assert any_store.open_recommendation("P1:delivery") is not None
    stored = any_store.get_email(email_id)
    assert stored is not None and stored.status == "processed"
    assert any_store.get_recommendation("r1") is not None
    assert [e.idempotency_key for e in outbox.entries(any_store)] == ["activity:r1"]
    assert len(commitment_store.history(any_store, po_ids=[1])) == 1
    assert commitment_store.promises(any_store, [11])[11].promised == dt.date(2026, 12, 1)


def test_a_failing_unit_leaves_nothing_behind(any_store: Store) -> None:
    email_id = any_store.add_email(b"raw", inbound(), "t", NOW).id
    with pytest.raises(RuntimeError, match="boom"), any_store.unit():
        _write_email_outcome(any_store, email_id)
        raise RuntimeError("boom")
    stored = any_store.get_email(email_id)
    assert stored is not None and stored.status == "received"
    assert any_store.get_recommendation("r1") is None and any_store.audit_log() == []
    assert outbox.entries(any_store) == [] and commitment_store.history(any_store) == []
    assert commitment_store.promises(any_store, [11]) == {}


def test_duplicates_inside_a_unit_are_skipped_not_fatal(any_store: Store) -> None:
    """A retried email re-records its commitments and outbox entry; the unit still commits."""
    email_id = any_store.add_email(b"raw", inbound(), "t", NOW).id
    with any_store.unit():
        _write_email_outcome(any_store, email_id)
    with any_store.unit():
        assert commitment_store.record(any_store, [_commitment(email_id)], 5) == 0
        assert not outbox.enqueue(any_store, "activity:r1", "create_activity", {}, NOW, "r1")
        any_store.set_email_status(email_id, "failed", NOW, error="again")
    stored = any_store.get_email(email_id)
    assert stored is not None and stored.status == "failed"
    assert len(commitment_store.history(any_store)) == 1 and len(outbox.entries(any_store)) == 1


def test_units_nest_and_writes_outside_commit_at_once(store: Store) -> None:
    email_id = store.add_email(b"raw", inbound(), "t", NOW).id
    with store.unit():
        with store.unit():
            store.set_email_status(email_id, "processed", NOW)
        store.save_recommendation(recommendation("r1"))
    store.save_recommendation(recommendation("r2", key="P2:delivery"))
    assert store.get_recommendation("r1") is not None
    assert store.get_recommendation("r2") is not None
    assert store.add_email(b"raw", inbound(), "t", NOW).id == email_id


def test_an_unsent_write_takes_the_newest_payload_or_is_withdrawn(any_store: Store) -> None:
    """A draft revised before its first push goes out as revised; one queued meanwhile not."""
    assert outbox.enqueue(any_store, "activity:r1", "create_activity", {"rev": 1}, NOW, "r1")
    assert not outbox.enqueue(any_store, "activity:r1", "create_activity", {"rev": 2}, NOW, "r1")
    assert outbox.refresh_pending(any_store, "activity:r1", {"rev": 2}, NOW)
    assert [e.payload for e in outbox.entries(any_store)] == [{"rev": 2}]
    # In flight (leased by a worker): left alone; the push checks the state itself.
    [claimed] = outbox.claim(any_store, NOW, lease_seconds=60)
    assert not outbox.refresh_pending(any_store, "activity:r1", {"rev": 3}, NOW)
    assert not outbox.withdraw_pending(any_store, "activity:r1", NOW, "queued")
    later = NOW + dt.timedelta(seconds=61)
    assert outbox.withdraw_pending(any_store, "activity:r1", later, "revision 2 is queued")
    [entry] = outbox.entries(any_store)
    assert entry.id == claimed.id and entry.state == outbox.DONE
    assert entry.payload == {"rev": 2} and entry.result == {"withdrawn": "revision 2 is queued"}
    assert outbox.claim(any_store, later) == []
    assert not outbox.withdraw_pending(any_store, "activity:none", later, "queued")
