"""``triage demo --odoo-emulator``: the same recommendations as the scenario, landed in Odoo.

The emulator run goes through the real odoorpc gateway over HTTP; its recommendations must
be those of the offline demo, and every pushed draft must be a ``mail.activity`` on its
purchase order with a chatter note, as a newcomer sees it with odoorpc.
"""

from __future__ import annotations

import json
from typing import Any

import odoorpc
from typer.testing import CliRunner

from agent.cli import app
from agent.cli.demo import BUNDLED_INBOX, SCENARIO_ESCALATION, SCENARIO_LEAD
from agent.cli.demo_emulator import emulator_demo
from agent.config import load_settings
from agent.scenario import load_scenario
from agent.scenario.facts import KNOWN_DELAYED_PO


def _demo(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["demo", "--json", *args])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _decided(data: dict[str, Any]) -> list[tuple[str, ...]]:
    keys = ("po", "intent", "action", "decision", "new_date", "assignee")
    return sorted(tuple(str(rec[k]) for k in keys) for rec in data["recommendations"])


# Known differences between the twin and the odoorpc gateway (none today). Odoo holds only
# the current planned date of a line, so a difference would come from the original promise
# of a line the vendor moved; the store's line promises cover it for the demo.
KNOWN_GAPS: dict[tuple[str, ...], tuple[str, ...]] = {}


def test_emulator_demo_matches_the_scenario_demo() -> None:
    offline = _demo()
    online = _demo("--odoo-emulator")
    expected = [KNOWN_GAPS.get(row, row) for row in _decided(offline)]
    assert _decided(online) == sorted(expected)
    assert online["decisions"] == offline["decisions"]
    assert online["emails"]["errors"] == 0
    pushed = offline["outbox"]["pushed"]
    assert pushed > 0 and online["outbox"] == offline["outbox"]
    odoo = online["odoo"]
    assert odoo["url"].startswith("http://127.0.0.1:") and odoo["version"] == "17.0"
    assert odoo["activities"] == odoo["notes"] == pushed


def test_activities_land_in_the_emulator() -> None:
    config = load_settings(triage_lead=SCENARIO_LEAD, escalation_user=SCENARIO_ESCALATION)
    scenario = load_scenario()
    with emulator_demo(config, BUNDLED_INBOX) as result:
        emulator, run = result.emulator, result.run
        activities = list(emulator.data.table("mail.activity").values())
        drafted = [r for r in run.recs if r.state.value == "pushed"]
        assert len(activities) == len(drafted) == result.odoo["activities"] > 0
        orders = {o.id: o for o in scenario.orders}
        users = {u.login: u.id for u in scenario.users}
        for rec in drafted:
            mine = [a for a in activities if rec.id in str(a.get("note"))]
            assert len(mine) == 1, rec.po_name
            activity = mine[0]
            assert orders[activity["res_id"]].name == rec.po_name
            assert activity["res_model_id"] == 534 and activity["activity_type_id"] == 4
            assert activity["user_id"] in users.values()
            assert len(activity["summary"]) < 80
            notes = [
                m
                for m in emulator.data.table("mail.message").values()
                if m.get("res_id") == activity["res_id"] and rec.id in str(m.get("body"))
            ]
            assert len(notes) == 1 and notes[0]["subtype_id"] == 2
            # The note quotes the email that created the draft (a later one may update it).
            assert "<blockquote>" in notes[0]["body"] or not rec.evidence

        client = odoorpc.ODOO("127.0.0.1", port=emulator.port)
        client.login("triage", "admin", "admin")
        seen = client.env["mail.activity"].search_read(
            [["res_model", "=", "purchase.order"]], ["res_name", "summary", "user_id"]
        )
        assert len(seen) == len(activities)
        assert KNOWN_DELAYED_PO in {row["res_name"] for row in seen}
        buyer = odoorpc.ODOO("127.0.0.1", port=emulator.port)
        buyer.login("triage", SCENARIO_LEAD, SCENARIO_LEAD)
        assert buyer.env["mail.activity"].search_count([["user_id", "=", buyer.env.uid]]) > 0


def test_odoo_emulator_options_are_checked() -> None:
    result = CliRunner().invoke(app, ["demo", "--odoo", "--odoo-emulator"])
    assert result.exit_code != 0
    result = CliRunner().invoke(app, ["demo", "--keep-serving"])
    assert result.exit_code != 0
