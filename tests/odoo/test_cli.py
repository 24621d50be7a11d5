"""``triage odoo check``, ``triage outbox`` and ``triage scan`` from the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.config import load_settings
from agent.odoo.emulator.server import OdooEmulator
from agent.push import CREATE_ACTIVITY
from agent.store import outbox
from agent.store.repository import Store

runner = CliRunner()


def _env(monkeypatch: pytest.MonkeyPatch, emu: OdooEmulator, password: str = "admin") -> None:
    monkeypatch.setenv("TRIAGE_ODOO_URL", emu.url)
    monkeypatch.setenv("TRIAGE_ODOO_DB", "triage")
    monkeypatch.setenv("TRIAGE_ODOO_LOGIN", "admin")
    monkeypatch.setenv("TRIAGE_ODOO_PASSWORD", password)


def test_check_passes(monkeypatch: pytest.MonkeyPatch, emu17: OdooEmulator) -> None:
    _env(monkeypatch, emu17)
    result = runner.invoke(app, ["odoo", "check", "--json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 0, data
    assert data["version"] == "17.0" and data["ok"] is True
    names = [c["name"] for c in data["checks"]]
    assert names == [
        "reachable",
        "version",
        "database",
        "login",
        "modules",
        "read purchase.order",
        "read res.partner",
        "read stock.quant",
        "create mail.activity",
    ]


def test_check_says_what_to_fix(monkeypatch: pytest.MonkeyPatch, emu17: OdooEmulator) -> None:
    emu17.set_access("admin", "stock.quant", set())
    emu17.set_access("admin", "mail.activity", {"read"})
    _env(monkeypatch, emu17)
    result = runner.invoke(app, ["odoo", "check", "--json"])
    data = json.loads(result.stdout)
    failed = {c["name"]: c["detail"] for c in data["checks"] if not c["ok"]}
    assert result.exit_code == 1 and data["ok"] is False
    assert set(failed) == {"read stock.quant", "create mail.activity"}
    assert "missing access rights" in failed["read stock.quant"]


def test_check_wrong_database_and_password(
    monkeypatch: pytest.MonkeyPatch, emu17: OdooEmulator
) -> None:
    _env(monkeypatch, emu17, password="wrong")
    monkeypatch.setenv("TRIAGE_ODOO_DB", "nope")
    data = json.loads(runner.invoke(app, ["odoo", "check", "--json"]).stdout)
    failed = {c["name"]: c["detail"] for c in data["checks"] if not c["ok"]}
    assert "TRIAGE_ODOO_DB" in failed["database"] and "login" in failed


def test_outbox_list_retry_purge(monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(load_settings().store_url)
    now = dt.datetime.now(dt.UTC)
    for key in ("a", "b", "c"):
        outbox.enqueue(store, key, CREATE_ACTIVITY, {"marker": key}, now)
    first, second, _ = outbox.entries(store)
    outbox.settle_failed(store, first.id, "cannot reach Odoo", now, dead=True)
    outbox.settle_done(store, second.id, {"activity_id": 1}, now)
    listed = json.loads(runner.invoke(app, ["outbox", "list", "--json"]).stdout)["entries"]
    assert [(e["state"], e["attempts"]) for e in listed] == [
        ("dead", 1),
        ("done", 1),
        ("pending", 0),
    ]
    assert listed[0]["last_error"] == "cannot reach Odoo"
    assert runner.invoke(app, ["outbox", "retry", "--dead"]).exit_code == 0
    assert [e.state for e in outbox.entries(store)] == ["pending", "done", "pending"]
    assert runner.invoke(app, ["outbox", "purge", "--done"]).exit_code == 0
    assert [e.state for e in outbox.entries(store)] == ["pending", "pending"]
    assert runner.invoke(app, ["outbox", "purge"]).exit_code != 0


def test_scan_json_on_the_bundled_scenario() -> None:
    first = json.loads(runner.invoke(app, ["scan", "--json"]).stdout)
    assert set(first) >= {"exceptions", "recommendations", "activities_written"}
    assert first["exceptions"]["late_receipt"] > 0 and first["activities_written"] > 0
    again = json.loads(runner.invoke(app, ["scan", "--json"]).stdout)
    assert again["exceptions"] == first["exceptions"]
    assert again["recommendations"] == [] and again["activities_written"] == 0
