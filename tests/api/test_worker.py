"""The job queue and the worker on SQLite: leases, takeover, exactly-once processing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from agent.clock import FixedClock
from agent.config import load_settings
from agent.models import Extraction, Intent
from agent.store import jobs
from agent.store.repository import Store
from agent.store.tables import ExtractionRow
from agent.worker import Worker
from tests.api.conftest import inbox_messages, scenario_deps
from tests.factories import NOW, inbound


def _emails(store: Store, n: int) -> list[str]:
    return [
        store.add_email(b"raw", inbound(f"<m{i}@x>", f"body {i}"), "t", NOW).id for i in range(n)
    ]


def test_jobs_are_claimed_once_until_their_lease_runs_out(store: Store) -> None:
    ids = _emails(store, 5)
    assert jobs.enqueue_received_emails(store, NOW) == 5
    assert jobs.enqueue_received_emails(store, NOW) == 0
    first = jobs.claim(store, jobs.EMAIL, NOW, worker="a", limit=3, lease_seconds=10)
    second = jobs.claim(store, jobs.EMAIL, NOW, worker="b", limit=10, lease_seconds=10)
    assert [j.ref for j in first + second] == ids
    assert jobs.claim(store, jobs.EMAIL, NOW, worker="c") == []
    later = NOW + dt.timedelta(seconds=11)
    assert jobs.renew(store, [j.id for j in first], "a", NOW + dt.timedelta(seconds=5), 10) == 3
    taken = jobs.claim(store, jobs.EMAIL, later, worker="c")
    assert [j.ref for j in taken] == [j.ref for j in second] and all(j.attempts == 2 for j in taken)
    assert jobs.finish(store, [j.id for j in second], "b", later) == 0
    assert jobs.finish(store, [j.id for j in taken], "c", later) == 2
    assert jobs.counts(store) == {"running": 3, "done": 2}


def test_a_taken_over_email_is_processed_once(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data", secret_key="s", api={"lease_seconds": 30})
    deps = scenario_deps(settings)
    clock = deps.clock
    assert isinstance(clock, FixedClock)
    from agent.pipeline import intake

    report = intake(deps, [(raw, "t") for raw in inbox_messages()[:6]])
    jobs.enqueue_received_emails(deps.store, clock.now())
    dead = jobs.claim(deps.store, jobs.EMAIL, clock.now(), worker="dead", limit=2, lease_seconds=30)
    half_done = Extraction(
        message_id="<x>",
        intent=Intent.OTHER,
        intent_confidence=0.5,
        confidence=0.5,
        extractor="rules",
    )
    deps.store.save_extraction(dead[0].ref, half_done, None, None, clock.now())
    worker = Worker(deps, settings, name="alive")
    worker.tick()
    assert deps.store.count_emails() == {"received": 2, "processed": 4}
    clock.advance(dt.timedelta(seconds=31))
    worker.tick()
    assert deps.store.count_emails() == {"processed": 6}
    with deps.store._sessions() as session:
        counts = dict(
            session.execute(
                select(ExtractionRow.email_id, func.count()).group_by(ExtractionRow.email_id)
            ).all()
        )
    assert counts == {email_id: 1 for email_id in report.new_ids}
    assert {w for _, _, _, w in jobs.history(deps.store)} == {"alive"}


def test_an_email_that_keeps_killing_workers_is_set_aside(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data", api={"max_job_attempts": 2})
    deps = scenario_deps(settings)
    clock = deps.clock
    assert isinstance(clock, FixedClock)
    email_id = deps.store.add_email(b"r", inbound(), "t", clock.now()).id
    jobs.enqueue_received_emails(deps.store, clock.now())
    for name in ("w1", "w2"):
        jobs.claim(deps.store, jobs.EMAIL, clock.now(), worker=name, lease_seconds=1)
        clock.advance(dt.timedelta(seconds=2))
    report = Worker(deps, settings, name="w3").tick()
    assert report.abandoned == 1
    stored = deps.store.get_email(email_id)
    assert (
        stored is not None
        and stored.status == "failed"
        and "claimed 2 times" in (stored.error or "")
    )
    assert jobs.counts(deps.store) == {"dead": 1}
