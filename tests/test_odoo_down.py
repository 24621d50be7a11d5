"""Odoo down at start-up: mail is still taken in, and everything catches up once Odoo is back.

Odoo is the project's emulator over real HTTP, on a port where nothing listens until the
emulator is started after the first ingest. No client is mocked: the gateway's own
transport meets a refused connection, then a live server.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from agent.api.app import create_app
from agent.cli import app
from agent.clock import FixedClock
from agent.config import load_settings
from agent.odoo.emulator.from_scenario import landed, scenario_emulator
from agent.pipeline import intake
from agent.push import POST_NOTE, RetryPolicy, push_once
from agent.scenario import INBOX_DIR, load_scenario
from agent.store import outbox
from agent.store.repository import Store
from agent.wiring import make_gateway
from agent.worker import Worker
from tests.api.conftest import inbox_messages

ODOO_WAIT = "odoo_wait"
NOTE_KEY = "test:note-while-down"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def odoo_port(monkeypatch: pytest.MonkeyPatch) -> int:
    """Odoo configured on a port where nothing listens (yet)."""
    port = _free_port()
    monkeypatch.setenv("TRIAGE_ODOO_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("TRIAGE_ODOO_DB", "triage")
    monkeypatch.setenv("TRIAGE_ODOO_LOGIN", "admin")
    monkeypatch.setenv("TRIAGE_ODOO_PASSWORD", "admin")
    monkeypatch.setenv("TRIAGE_ODOO_TIMEOUT", "10")
    return port


def _cli(*args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout.strip().splitlines()[-1])


def _ingest(box: Path, push_wait: float = 0) -> dict[str, Any]:
    code, data = _cli("ingest", f"maildir:{box}", "--push-wait", str(push_wait))
    assert code == 0, data
    return data


def _open_store() -> Store:
    return Store.open(load_settings().store_url)


def test_ingest_with_odoo_down_keeps_everything_and_catches_up(
    odoo_port: int, tmp_path: Path
) -> None:
    box = tmp_path / "Maildir"
    shutil.copytree(INBOX_DIR, box)
    total = len(list((INBOX_DIR / "new").iterdir()))
    store = _open_store()
    try:
        order = load_scenario().orders[0].id
        note = {"res_model": "purchase.order", "res_id": order, "body_html": "<p>triage: n</p>"}
        outbox.enqueue(store, NOTE_KEY, POST_NOTE, note, dt.datetime.now(dt.UTC))
    finally:
        store.close()

    down = _ingest(box, push_wait=60)  # gives up on the outbox at once: no connection
    assert (down["parsed"], down["errors"], down["duplicates"]) == (total, 0, 0)
    assert down["waiting_for_odoo"] == total
    assert (down["outbox_pushed"], down["outbox_pending"]) == (0, 1)
    assert not [p for p in (box / "new").iterdir() if not p.name.startswith(".")]
    store = _open_store()
    try:
        assert store.count_emails() == {ODOO_WAIT: total}
        for email in store.emails():
            assert email.error and "cannot reach Odoo" in email.error
            kept = store.latest_extraction(email.id)
            assert kept is not None and kept[1] is None  # extracted, not matched yet
        assert store.recommendations() == []
        (entry,) = outbox.entries(store)
        assert entry.state == outbox.PENDING and entry.attempts == 1
        assert "cannot reach Odoo" in (entry.last_error or "")
    finally:
        store.close()
    code, check = _cli("odoo", "check")
    assert code == 1 and check["checks"][0]["name"] == "reachable"
    assert check["checks"][0]["ok"] is False and "cannot reach Odoo" in check["checks"][0]["detail"]

    scenario = load_scenario()
    with scenario_emulator(scenario, 17, port=odoo_port) as emulator:
        seeded = set(emulator.data.table("mail.message"))
        up = _ingest(box, push_wait=30)  # the note waits out its backoff (a second or two)
        assert (up["parsed"], up["errors"], up["duplicates"]) == (0, 0, 0)
        assert up["waiting_for_odoo"] == 0 and up["outbox_pending"] == 0
        store = _open_store()
        try:
            assert store.count_emails() == {"processed": total}
            for email in store.emails():
                assert email.error is None
                assert _extraction_rows(store, email.id) == 1
            pushed = [r for r in store.recommendations() if r.state.value == "pushed"]
            assert pushed and len(store.recommendations()) >= len(pushed)
            (entry,) = [e for e in outbox.entries(store) if e.idempotency_key == NOTE_KEY]
            assert entry.state == outbox.DONE
        finally:
            store.close()
        first = landed(emulator, seeded)
        assert first["activities"] == len(pushed)
        again = _ingest(box)
        assert (again["parsed"], again["waiting_for_odoo"], again["outbox_pushed"]) == (0, 0, 0)
        assert landed(emulator, seeded) == first
        code, check = _cli("odoo", "check")
        assert code == 0, check


def test_server_starts_with_odoo_down_and_its_worker_catches_up(
    odoo_port: int, tmp_path: Path
) -> None:
    settings = load_settings(secret_key="test-secret")
    service_app = create_app(settings, run_workers=False)
    with TestClient(service_app) as client:
        service = service_app.state.service
        worker = Worker(service.deps, settings, name="down-worker")
        messages = inbox_messages()
        store = service.deps.store
        intake(service.deps, [(raw, "test") for raw in messages])
        _work(worker)
        assert store.count_emails() == {ODOO_WAIT: len(messages)}
        ready = client.get("/readyz")
        assert ready.status_code == 503
        odoo = ready.json()["checks"]["odoo"]
        assert odoo["ok"] is False and "cannot reach Odoo" in odoo["detail"]

        with scenario_emulator(load_scenario(), 17, port=odoo_port):
            assert client.get("/readyz").json()["checks"]["odoo"]["ok"] is True
            assert worker.retry_waiting() == len(messages)
            _work(worker)
            assert store.count_emails() == {"processed": len(messages)}
            assert all(_extraction_rows(store, e.id) == 1 for e in store.emails())
        down_again = client.get("/readyz")  # an outage after the log-in is reported too
        assert down_again.status_code == 503
        assert "cannot reach Odoo" in down_again.json()["checks"]["odoo"]["detail"]


def test_an_unreachable_odoo_never_dead_letters_a_write(
    odoo_port: int, store: Store, clock: FixedClock
) -> None:
    gateway = make_gateway(load_settings())
    note = {"res_model": "purchase.order", "res_id": 1, "body_html": "<p>n</p>"}
    outbox.enqueue(store, NOTE_KEY, POST_NOTE, note, clock.now())
    for _ in range(3):  # past max_attempts: with no connection, nothing was ever sent
        report = push_once(store, gateway, clock, RetryPolicy(base_seconds=0, max_attempts=1))
        assert (report.failed, report.dead, report.pending) == (1, 0, 1)
    (entry,) = outbox.entries(store)
    assert entry.state == outbox.PENDING and entry.attempts == 3


def _work(worker: Worker) -> None:
    for _ in range(10):
        if not worker.tick().busy:
            return


def _extraction_rows(store: Store, email_id: str) -> int:
    from sqlalchemy import func, select

    from agent.store.tables import ExtractionRow

    with store.reader() as session:
        query = select(func.count()).where(ExtractionRow.email_id == email_id)
        return int(session.scalar(query) or 0)
