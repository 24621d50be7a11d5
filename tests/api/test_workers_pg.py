"""Two ``triage worker`` processes on PostgreSQL; one is SIGKILLed mid-batch.

Every email must be processed exactly once (one extraction, job done, status processed)
and every activity written to the scenario's shared activity log exactly once.
"""

from __future__ import annotations

import email
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent.config import load_settings
from agent.pipeline import intake
from agent.store import jobs, outbox
from agent.store.repository import Store
from agent.store.tables import ExtractionRow
from agent.wiring import build_deps
from tests.api.conftest import inbox_messages

PG_URL = os.environ.get("TRIAGE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REPO = Path(__file__).resolve().parents[2]
COPIES = 4

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema in the machine's PostgreSQL; skips (saying why) where none runs."""
    import psycopg

    try:
        conn = psycopg.connect(PG_URL, connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {exc}")
    schema = f"t_{uuid.uuid4().hex[:10]}"
    conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    conn.execute(f"DROP SCHEMA {schema} CASCADE")
    conn.close()


def _copies(raws: list[bytes]) -> list[bytes]:
    out = []
    for n in range(COPIES):
        for raw in raws:
            message = email.message_from_bytes(raw)
            original = message.get("Message-ID", f"<m{len(out)}@x>").strip("<> ")
            del message["Message-ID"]
            message["Message-ID"] = f"<copy{n}-{original}>"
            out.append(message.as_bytes())
    return out


def _start(name: str, env: dict[str, str], logs: Path) -> subprocess.Popen[bytes]:
    with (logs / f"{name}.log").open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "agent", "worker", "--name", name],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def _held_by(store: Store, name: str) -> list[str]:
    return [
        ref
        for ref, state, _, worker in jobs.history(store)
        if state == "running" and worker == name
    ]


def test_two_workers_one_killed_mid_batch_process_everything_once(
    pg_url: str, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(
        TRIAGE_DATABASE_URL=pg_url,
        TRIAGE_DATA_DIR=str(data_dir),
        TRIAGE_SECRET_KEY="pg-test-secret",
        TRIAGE_CONFIG=str(tmp_path / "absent.toml"),
        TRIAGE_ALLOW_MODEL_REQUESTS="false",
        TRIAGE_API_LEASE_SECONDS="3",
        TRIAGE_API_WORKER_BATCH="4",
        TRIAGE_API_POLL_SECONDS="0.2",
        PYTHONPATH=str(REPO),
    )
    settings = load_settings(database_url=pg_url, data_dir=data_dir, secret_key="pg-test-secret")
    store = Store.open(pg_url)
    deps = build_deps(settings, store=store)
    report = intake(deps, [(raw, "test") for raw in _copies(inbox_messages())])
    assert report.parsed > 100
    emails = [e.id for e in store.emails(status="received")]

    a, b = _start("worker-a", env, tmp_path), _start("worker-b", env, tmp_path)
    try:
        held: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not held:
            done = sum(1 for _, state, _, _ in jobs.history(store) if state == "done")
            held = _held_by(store, "worker-a") if done else []
            if not held:
                time.sleep(0.02)
        assert held, "worker-a never held a batch"
        a.send_signal(signal.SIGKILL)
        a.wait(10)

        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            states = jobs.counts(store)
            pending, _dead, _ = outbox.depth(store, deps.clock.now())
            received = store.count_emails().get("received", 0)
            if states.get("done", 0) == len(emails) and not received and not pending:
                break
            assert b.poll() is None, (tmp_path / "worker-b.log").read_text()
            time.sleep(0.2)
    finally:
        for proc in (a, b):  # only the processes this test started
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(20)

    history = jobs.history(store)
    assert sorted(ref for ref, *_ in history) == sorted(emails)
    assert all(state == "done" for _, state, _, _ in history)
    retaken = {ref: (attempts, worker) for ref, _, attempts, worker in history if ref in held}
    assert all(attempts >= 2 and worker == "worker-b" for attempts, worker in retaken.values())
    assert store.count_emails() == {"processed": len(emails)}
    with store._sessions() as session:
        per_email = dict(
            session.execute(
                select(ExtractionRow.email_id, func.count()).group_by(ExtractionRow.email_id)
            ).all()
        )
    assert per_email == {email_id: 1 for email_id in emails}

    entries = outbox.entries(store)
    assert entries and all(e.state == "done" for e in entries)
    log = [
        json.loads(line)
        for line in (data_dir / "scenario-activities.jsonl").read_text().splitlines()
        if line.strip()
    ]
    created = Counter(entry["draft"]["marker"] for entry in log if entry["type"] == "activity")
    assert created and max(created.values()) == 1
    expected = {e.payload["marker"] for e in entries if e.kind == "create_activity"}
    assert set(created) == expected
    store.close()
