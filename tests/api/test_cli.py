"""``triage apikey create|list|revoke`` and the ``serve``/``worker`` commands' help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent.api.errors import Unauthorized
from agent.api.security import authenticate
from agent.cli import app
from agent.store.repository import Store

runner = CliRunner()


def test_apikey_create_list_revoke(tmp_path: Path) -> None:
    created = runner.invoke(
        app,
        ["apikey", "create", "mail-gw", "-s", "ingest", "-s", "read", "--login", "buyer", "--json"],
    )
    assert created.exit_code == 0, created.output
    key = json.loads(created.stdout)
    assert key["key"].startswith("trg_") and key["scopes"] == ["ingest", "read"]
    listed = runner.invoke(app, ["apikey", "list", "--json"])
    rows = json.loads(listed.stdout)["keys"]
    assert [r["name"] for r in rows] == ["mail-gw"] and key["key"] not in listed.stdout
    store = Store.open(f"sqlite:///{tmp_path / 'data' / 'triage.db'}")
    assert authenticate(store, key["key"]).login == "buyer"
    revoked = runner.invoke(app, ["apikey", "revoke", rows[0]["prefix"]])
    assert revoked.exit_code == 0 and "Revoked" in revoked.stdout
    with pytest.raises(Unauthorized, match="revoked"):
        authenticate(store, key["key"])
    store.close()


def test_apikey_refuses_unknown_scopes_and_keys() -> None:
    from agent.cli.common import run_app  # noqa: F401  (errors become one line via run_app)

    bad = runner.invoke(app, ["apikey", "create", "x", "-s", "root"])
    assert bad.exit_code != 0 and "scopes must be some of" in str(bad.exception)
    missing = runner.invoke(app, ["apikey", "revoke", "nope"])
    assert missing.exit_code != 0 and "no active key" in str(missing.exception)


def test_serve_and_worker_are_registered() -> None:
    assert "--workers" in runner.invoke(app, ["serve", "--help"]).stdout
    assert "--metrics-port" in runner.invoke(app, ["worker", "--help"]).stdout
