from __future__ import annotations

import datetime as dt
import inspect
import json
from pathlib import Path

import pytest

from agent.errors import OdooError
from agent.odoo.gateway import OdooGateway
from agent.odoo.records import ActivityDraft
from agent.scenario.gateway import ScenarioGateway
from agent.scenario.model import Scenario

UTC = dt.UTC


def _draft(marker: str, res_id: int = 233, user_id: int = 8, chatter: bool = True) -> ActivityDraft:
    return ActivityDraft(
        marker=marker,
        res_id=res_id,
        user_id=user_id,
        summary="Expedite P00233: rock salt runs out on 30 Nov",
        note_html=f"<p>Vendor moved delivery to 21 Dec.</p><p>[{marker}]</p>",
        date_deadline=dt.date(2026, 11, 27),
        chatter_html="<p>Evidence: 'will now be delivered on Monday, December 21, 2026'</p>"
        if chatter
        else None,
    )


def _protocol_methods() -> list[str]:
    return [
        name
        for name, member in vars(OdooGateway).items()
        if inspect.isfunction(member) and not name.startswith("_")
    ]


def test_satisfies_the_protocol_and_every_method_answers(scenario: Scenario) -> None:
    gateway = ScenarioGateway(scenario)
    assert isinstance(gateway, OdooGateway)
    assert gateway.name == "scenario"
    calls = {
        "server_version": lambda: gateway.server_version(),
        "vendors_by_emails": lambda: gateway.vendors_by_emails(["orders@acme-supply.com"]),
        "vendors_by_domains": lambda: gateway.vendors_by_domains(["acme-supply.com"]),
        "vendors_by_ids": lambda: gateway.vendors_by_ids([11]),
        "orders_by_names": lambda: gateway.orders_by_names(["P00233"]),
        "orders_by_partner_refs": lambda: gateway.orders_by_partner_refs(["TGS-70931"]),
        "open_orders_by_vendors": lambda: gateway.open_orders_by_vendors([18]),
        "orders_by_message_ids": lambda: gateway.orders_by_message_ids(
            [scenario.mail_messages[0].message_id]
        ),
        "products": lambda: gateway.products([302]),
        "products_by_codes": lambda: gateway.products_by_codes(["GRD-3002"]),
        "warehouses": lambda: gateway.warehouses(),
        "users": lambda: gateway.users(ids=[8]),
        "stock_positions": lambda: gateway.stock_positions([302]),
        "incoming": lambda: gateway.incoming([302]),
        "supplier_infos": lambda: gateway.supplier_infos([302]),
        "reorder_rules": lambda: gateway.reorder_rules([302]),
        "demand_history": lambda: gateway.demand_history([302], 28, scenario.today),
        "find_activities": lambda: gateway.find_activities(["m-1"]),
        "create_activities": lambda: gateway.create_activities([_draft("m-1")]),
        "set_line_dates": lambda: gateway.set_line_dates(
            [(2331, dt.datetime(2026, 12, 21, 10, tzinfo=UTC))]
        ),
        "post_note": lambda: gateway.post_note("purchase.order", 233, "<p>note</p>"),
        "vendor_directory": lambda: gateway.vendor_directory(),
        "find_orders": lambda: gateway.find_orders(names=["P00233"]).by_name,
        "find_vendors": lambda: gateway.find_vendors(["orders@acme-supply.com"]).by_email,
        "scan_orders": lambda: gateway.scan_orders(scenario.today - dt.timedelta(days=60)),
        "reorder_rules_below_minimum": lambda: gateway.reorder_rules_below_minimum(),
        "line_history": lambda: gateway.line_history([18], scenario.today - dt.timedelta(days=90)),
        "reassign_activities": lambda: gateway.reassign_activities(
            [(gateway.find_activities(["m-1"])["m-1"].activity_id or 0, 8)]
        ),
    }
    assert sorted(calls) == sorted(_protocol_methods())
    for name, call in calls.items():
        result = call()
        if name not in ("set_line_dates", "find_activities", "reassign_activities"):
            assert result, name


def test_server_version(gateway: ScenarioGateway) -> None:
    assert gateway.server_version() == "scenario"


def test_vendors_by_exact_email_case_insensitive(gateway: ScenarioGateway) -> None:
    found = gateway.vendors_by_emails(
        ["Rachel.Owens@TerraGardenSupply.com", "accounts@acme-supp1y.com", "nobody@example.com"]
    )
    assert list(found) == ["rachel.owens@terragardensupply.com"]
    assert found["rachel.owens@terragardensupply.com"].id == 18


def test_vendors_by_domain(gateway: ScenarioGateway) -> None:
    found = gateway.vendors_by_domains(["PACIFICPANTRY.com", "acme-supp1y.com", "gmail.com"])
    assert list(found) == ["pacificpantry.com"]
    assert [v.id for v in found["pacificpantry.com"]] == [14]


def test_vendors_by_ids(gateway: ScenarioGateway) -> None:
    assert {i: v.name for i, v in gateway.vendors_by_ids([16, 99]).items()} == {
        16: "Épicerie Duval Distribution SARL"
    }


def test_orders_by_names_and_partner_refs(gateway: ScenarioGateway) -> None:
    by_name = gateway.orders_by_names(["P00233", "P09999"])
    assert list(by_name) == ["P00233"]
    order = by_name["P00233"]
    assert order.partner_id == 18 and order.warehouse_id == 1 and order.user_login == "ana.ruiz"
    assert [(line.id, line.product_code, line.product_qty) for line in order.lines] == [
        (2331, "GRD-3002", 600.0)
    ]
    by_ref = gateway.orders_by_partner_refs(["PPF-SO-88577", "nope"])
    assert {k: v.name for k, v in by_ref.items()} == {"PPF-SO-88577": "P00248"}


def test_open_orders_by_vendor(gateway: ScenarioGateway) -> None:
    found = gateway.open_orders_by_vendors([11, 99])
    assert sorted(o.name for o in found[11]) == ["P00232", "P00239", "P00247", "P00250"]
    assert found[99] == []


def test_orders_by_message_ids(gateway: ScenarioGateway, scenario: Scenario) -> None:
    message = scenario.messages_of(243)[-1]
    bare = message.message_id.strip("<>")
    found = gateway.orders_by_message_ids([message.message_id, bare, "<unknown@example.com>"])
    assert {k: v.name for k, v in found.items()} == {
        message.message_id: "P00243",
        bare: "P00243",
    }


def test_products_and_codes(gateway: ScenarioGateway) -> None:
    assert gateway.products([302, 999])[302].default_code == "GRD-3002"
    assert gateway.products_by_codes(["GRC-1001", "X"])["GRC-1001"].id == 101


def test_warehouses_and_users(gateway: ScenarioGateway) -> None:
    assert [w.code for w in gateway.warehouses()] == ["WH", "NRTH"]
    assert [u.login for u in gateway.users(ids=[6], logins=["lead", "escalation"])] == [
        "sarah.chen",
        "lead",
        "escalation",
    ]
    assert gateway.users() == []


def test_stock_supplier_infos_and_rules(gateway: ScenarioGateway) -> None:
    positions = gateway.stock_positions([302, 101])
    assert {(s.product_id, s.warehouse_id) for s in positions} == {
        (302, 1),
        (302, 2),
        (101, 1),
        (101, 2),
    }
    infos = gateway.supplier_infos([101])
    assert {(s.vendor_name, s.delay_days) for s in infos} == {
        ("Pacific Pantry Foods Inc.", 21),
        ("Green Valley Organics Ltd", 5),
    }
    assert {r.product_id for r in gateway.reorder_rules([302, 101])} == {302, 101}


def test_incoming_counts_confirmed_remaining_quantities(gateway: ScenarioGateway) -> None:
    incoming = gateway.incoming([302, 106, 112])
    assert [(i.po_name, i.warehouse_id, i.qty, i.date_planned) for i in incoming] == [
        ("P00255", 1, 120.0, dt.date(2026, 11, 20)),
        ("P00233", 1, 600.0, dt.date(2026, 11, 30)),
        ("P00253", 2, 300.0, dt.date(2026, 12, 3)),
    ]  # P00243 (almonds) is an RFQ: not incoming


def test_demand_history_windows_and_pads(gateway: ScenarioGateway, scenario: Scenario) -> None:
    full = {d.warehouse_id: d.daily for d in scenario.demand if d.product_id == 302}
    last = gateway.demand_history([302], 7, scenario.today)
    assert [(d.warehouse_id, d.end, d.daily) for d in last] == [
        (1, scenario.today, full[1][-7:]),
        (2, scenario.today, full[2][-7:]),
    ]
    earlier = gateway.demand_history([302], 3, scenario.today - dt.timedelta(days=2))
    assert earlier[0].daily == full[1][-5:-2]
    beyond = gateway.demand_history([302], 4, scenario.today + dt.timedelta(days=2))
    assert beyond[0].daily == [*full[1][-2:], 0.0, 0.0]
    long = gateway.demand_history([302], 200, scenario.today)
    assert long[0].daily == [0.0] * 20 + full[1]
    assert gateway.demand_history([999], 7, scenario.today) == []
    with pytest.raises(OdooError):
        gateway.demand_history([302], 0, scenario.today)


def test_create_activities_is_idempotent_by_marker(gateway: ScenarioGateway) -> None:
    first = gateway.create_activities([_draft("a"), _draft("b", res_id=232, user_id=7)])
    assert first == {"a": 1, "b": 2}
    again = gateway.create_activities([_draft("a"), _draft("c", chatter=False)])
    assert again == {"a": 1, "c": 3}
    assert len(gateway.log.entries) == 3
    assert gateway.create_activities([_draft("d"), _draft("d")]) == {"d": 4}
    status = gateway.find_activities(["a", "zzz"])
    assert list(status) == ["a"]
    assert status["a"].state == "open" and status["a"].activity_id == 1
    assert status["a"].user_id == 8 and status["a"].date_deadline == dt.date(2026, 11, 27)


def test_invalid_drafts_write_nothing(gateway: ScenarioGateway) -> None:
    with pytest.raises(OdooError) as missing:
        gateway.create_activities([_draft("ok"), _draft("bad", res_id=9999)])
    assert missing.value.odoo_name == "odoo.exceptions.MissingError"
    with pytest.raises(OdooError) as user:
        gateway.create_activities([_draft("bad-user", user_id=555)])
    assert user.value.odoo_name == "odoo.exceptions.ValidationError"
    assert gateway.find_activities(["ok", "bad", "bad-user"]) == {}
    assert gateway.log.entries == []


def test_activities_on_products_and_rules(gateway: ScenarioGateway, scenario: Scenario) -> None:
    draft = _draft("below-min").model_copy(
        update={"res_model": "stock.warehouse.orderpoint", "res_id": scenario.reorder_rules[0].id}
    )
    assert gateway.create_activities([draft]) == {"below-min": 1}


def test_post_note_ids_follow_odoo_messages(gateway: ScenarioGateway, scenario: Scenario) -> None:
    last = max(m.id for m in scenario.mail_messages)
    gateway.create_activities([_draft("with-note")])
    note = gateway.post_note("purchase.order", 233, "<p>Checked with Terra.</p>")
    assert note == last + 2
    assert [n.body_html for n in gateway.notes("purchase.order", 233)] == [
        "<p>Checked with Terra.</p>"
    ]
    with pytest.raises(OdooError):
        gateway.post_note("purchase.order", 1, "<p>x</p>")
    with pytest.raises(OdooError):
        gateway.post_note("sale.order", 233, "<p>x</p>")


def test_set_line_dates_moves_lines_and_incoming(gateway: ScenarioGateway) -> None:
    new = dt.datetime(2026, 12, 21, 10, tzinfo=UTC)
    gateway.set_line_dates([(2331, new)])
    order = gateway.orders_by_names(["P00233"])["P00233"]
    assert order.lines[0].date_planned == new and order.date_planned == new
    assert gateway.orders_by_partner_refs(["TGS-70931"])["TGS-70931"].date_planned == new
    assert gateway.open_orders_by_vendors([18])[18][0].lines
    incoming = [i for i in gateway.incoming([302]) if i.po_name == "P00233"]
    assert incoming[0].date_planned == dt.date(2026, 12, 21)
    naive = dt.datetime(2026, 12, 22, 9)
    gateway.set_line_dates([(2331, naive)])
    assert gateway.orders_by_names(["P00233"])["P00233"].lines[0].date_planned == naive.replace(
        tzinfo=UTC
    )
    with pytest.raises(OdooError) as missing:
        gateway.set_line_dates([(2331, new), (1, new)])
    assert "[1]" in str(missing.value)
    gateway.set_line_dates([])


def test_set_line_dates_keeps_the_scenario_untouched(scenario: Scenario) -> None:
    gateway = ScenarioGateway(scenario)
    gateway.set_line_dates([(2311, dt.datetime(2027, 1, 5, tzinfo=UTC))])
    assert scenario.order("P00231").lines[0].date_planned.date() == dt.date(2026, 12, 2)
    assert ScenarioGateway(scenario).orders_by_names(["P00231"])["P00231"].lines[
        0
    ].date_planned.date() == dt.date(2026, 12, 2)


def test_close_activity_plays_the_planner(gateway: ScenarioGateway) -> None:
    gateway.create_activities([_draft("x"), _draft("y")])
    done = gateway.close_activity("x", "done", feedback="Expedited with Terra")
    assert (done.state, done.feedback, done.activity_id) == ("done", "Expedited with Terra", None)
    assert gateway.close_activity("y", "gone").state == "gone"
    assert gateway.find_activities(["x"])["x"].state == "done"
    assert gateway.create_activities([_draft("x")]) == {"x": 1}
    with pytest.raises(OdooError):
        gateway.close_activity("nope")
    with pytest.raises(OdooError):
        gateway.close_activity("x", "archived")


def test_writes_persist_through_the_log_file(scenario: Scenario, tmp_path: Path) -> None:
    log = tmp_path / "queue" / "activities.jsonl"
    first = ScenarioGateway(scenario, activity_log=log)
    first.create_activities([_draft("p1")])
    first.set_line_dates([(2331, dt.datetime(2026, 12, 21, 10, tzinfo=UTC))])
    note = first.post_note("purchase.order", 233, "<p>n</p>")
    first.close_activity("p1", "done", "ok")
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert [line["type"] for line in lines] == ["activity", "line_dates", "note", "activity_closed"]

    reopened = ScenarioGateway(scenario, activity_log=log)
    assert reopened.find_activities(["p1"])["p1"].feedback == "ok"
    assert reopened.create_activities([_draft("p1"), _draft("p2")]) == {"p1": 1, "p2": 2}
    # p2's chatter note took note + 1
    assert reopened.post_note("purchase.order", 233, "<p>m</p>") == note + 2
    assert reopened.incoming([302])[0].date_planned == dt.date(2026, 12, 3)
    assert [i.po_name for i in reopened.incoming([302])] == ["P00253", "P00233"]


def test_two_gateways_share_one_log(scenario: Scenario, tmp_path: Path) -> None:
    log = tmp_path / "activities.jsonl"
    api = ScenarioGateway(scenario, activity_log=log)
    worker = ScenarioGateway(scenario, activity_log=log)
    assert api.create_activities([_draft("shared")]) == {"shared": 1}
    assert worker.create_activities([_draft("shared"), _draft("other")]) == {
        "shared": 1,
        "other": 2,
    }
    assert set(api.find_activities(["shared", "other"])) == {"shared", "other"}
    worker.set_line_dates([(2331, dt.datetime(2026, 12, 21, 10, tzinfo=UTC))])
    assert api.orders_by_names(["P00233"])["P00233"].lines[0].date_planned.day == 21


def test_corrupt_log_line_is_a_clear_error(scenario: Scenario, tmp_path: Path) -> None:
    log = tmp_path / "activities.jsonl"
    log.write_text('{"type": "activity", "oops": 1}\n')
    with pytest.raises(OdooError, match=r"line 1 .*not a valid activity log entry"):
        ScenarioGateway(scenario, activity_log=log)


def test_half_written_last_line_waits_for_its_end(scenario: Scenario, tmp_path: Path) -> None:
    log = tmp_path / "activities.jsonl"
    writer = ScenarioGateway(scenario, activity_log=log)
    writer.create_activities([_draft("whole")])
    entry = log.read_text()
    log.write_text(entry + entry.replace('"whole"', '"partial"')[:40])
    reader = ScenarioGateway(scenario, activity_log=log)
    assert list(reader.find_activities(["whole", "partial"])) == ["whole"]
