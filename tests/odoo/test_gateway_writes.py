"""Writes over real HTTP: batched activities, chatter notes, marker search, line dates."""

from __future__ import annotations

import datetime as dt

from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.records import ActivityDraft
from agent.odoo.rpc import OdooRpcGateway


def drafts(n: int, prefix: str = "triage:t") -> list[ActivityDraft]:
    return [
        ActivityDraft(
            marker=f"{prefix}-{i}",
            res_id=8 + i % 3,
            user_id=2,
            summary=f"Chase vendor about delivery {i}",
            note_html=f"<p>Late <b>delivery</b></p><p><small>{prefix}-{i}</small></p>",
            date_deadline=dt.date(2026, 12, 1),
            chatter_html="<blockquote>we ship &lt;b&gt;friday&lt;/b&gt;</blockquote>",
        )
        for i in range(n)
    ]


def activities_with(emu: OdooEmulator, prefix: str) -> list[dict[str, object]]:
    return [a for a in emu.data.records["mail.activity"].values() if prefix in str(a.get("note"))]


def test_one_create_call_for_all_activities(
    gateway: OdooRpcGateway, emulator: OdooEmulator
) -> None:
    made = gateway.create_activities(drafts(5))
    assert len(made) == 5 and len(set(made.values())) == 5
    assert emulator.calls.count(("mail.activity", "create")) == 1
    assert emulator.calls.count(("purchase.order", "message_post")) == 5
    rows = activities_with(emulator, "triage:t-")
    assert len(rows) == 5
    assert {r["res_id"] for r in rows} == {8, 9, 10}
    assert all(r["activity_type_id"] == 4 for r in rows)
    notes = [
        m
        for m in emulator.data.records["mail.message"].values()
        if "triage:t-" in str(m.get("body"))
    ]
    assert len(notes) == 5
    assert all(
        "&lt;b&gt;friday" in str(m["body"]) and "<blockquote>" in str(m["body"]) for m in notes
    )


def test_find_activities_open_and_done(gateway: OdooRpcGateway, emulator: OdooEmulator) -> None:
    made = gateway.create_activities(drafts(2, "triage:f"))
    assert gateway.find_activities(["triage:f-9"]) == {}
    found = gateway.find_activities(["triage:f-0", "triage:f-1"])
    assert {m: s.state for m, s in found.items()} == {"triage:f-0": "open", "triage:f-1": "open"}
    assert found["triage:f-0"].activity_id == made["triage:f-0"]
    gateway.transport.call(
        "mail.activity", "action_feedback", [made["triage:f-1"]], feedback="Vendor answered"
    )
    after = gateway.find_activities(["triage:f-0", "triage:f-1"])
    assert after["triage:f-1"].state == "done"
    assert after["triage:f-1"].feedback == "Vendor answered"
    assert after["triage:f-0"].state == "open"


def test_notes_are_not_posted_twice(gateway: OdooRpcGateway, emulator: OdooEmulator) -> None:
    batch = drafts(2, "triage:n")
    gateway.post_note(
        "purchase.order", batch[0].res_id, f"{batch[0].chatter_html}<p>{batch[0].marker}</p>"
    )
    gateway.create_activities(batch)
    bodies = [str(m.get("body")) for m in emulator.data.records["mail.message"].values()]
    assert sum("triage:n-0" in b for b in bodies) == 1
    assert sum("triage:n-1" in b for b in bodies) == 1


def test_set_line_dates_and_post_note(gateway: OdooRpcGateway, emulator: OdooEmulator) -> None:
    when = dt.datetime(2026, 12, 5, 10, 0, tzinfo=dt.UTC)
    gateway.set_line_dates([(17, when), (18, when), (19, when + dt.timedelta(days=1))])
    lines = emulator.data.records["purchase.order.line"]
    assert lines[17]["date_planned"] == lines[18]["date_planned"] == "2026-12-05 10:00:00"
    assert lines[19]["date_planned"] == "2026-12-06 10:00:00"
    assert emulator.calls.count(("purchase.order.line", "write")) == 2
    message_id = gateway.post_note("purchase.order", 8, "<p>Approved <b>new date</b></p>")
    body = str(emulator.data.records["mail.message"][message_id]["body"])
    assert "<b>new date</b>" in body and "&lt;b&gt;" not in body
