"""The demo end to end on the bundled scenario: the newcomer's first command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from agent.cli import app
from agent.scenario.facts import KNOWN_DELAY_NEW_DATE, KNOWN_DELAYED_PO

KNOWN_NEW_DATE = KNOWN_DELAY_NEW_DATE.isoformat()


def _demo(runner: CliRunner) -> dict[str, Any]:
    result = runner.invoke(app, ["demo", "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_demo_end_to_end(tmp_path: Path) -> None:
    runner = CliRunner()
    first = _demo(runner)
    assert first["emails"]["read"] >= 30
    assert first["emails"]["parsed"] == first["emails"]["read"]
    assert first["emails"]["errors"] == 0
    recs = first["recommendations"]
    assert {"auto_draft", "review", "queue"} <= {r["decision"] for r in recs}
    assert all(first["decisions"][band] > 0 for band in ("auto_draft", "review", "queue"))
    for rec in recs:
        assert set(rec) >= {
            "po", "intent", "action", "confidence", "decision", "risk", "evidence", "trusted"
        }

    delayed = [r for r in recs if r["po"] == KNOWN_DELAYED_PO and r["intent"] == "delay"]
    assert len(delayed) == 1
    rec = delayed[0]
    assert rec["new_date"] == KNOWN_NEW_DATE
    assert rec["risk"]["level"] in ("high", "critical")
    assert rec["action"] in ("expedite", "buy_alternate", "transfer")
    assert any("December 21, 2026" in quote for quote in rec["evidence"])

    untrusted = [r for r in recs if not r["trusted"]]
    assert untrusted, "the spoofed sender must be flagged"
    assert all(r["decision"] == "queue" for r in untrusted)
    assert first["outbox"]["pending"] == 0 and first["outbox"]["pushed"] > 0

    activity_log = tmp_path / "data" / "scenario-activities.jsonl"
    lines_before = activity_log.read_text().count("\n")
    second = _demo(runner)
    assert second["emails"]["parsed"] == 0
    assert second["emails"]["duplicates"] == first["emails"]["read"]
    assert len(second["recommendations"]) == len(recs)
    assert second["outbox"]["pushed"] == 0
    assert activity_log.read_text().count("\n") == lines_before


def test_queue_lists_what_waits(tmp_path: Path) -> None:
    runner = CliRunner()
    _demo(runner)
    result = runner.invoke(app, ["queue", "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)["items"]
    assert items and all(i["reason"] for i in items)
    assert any(not i["trusted"] for i in items)
