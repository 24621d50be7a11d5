"""Human in the loop end to end against the Odoo emulator, over real HTTP through odoorpc.

The same scenario as ``test_hitl.py``, but every read and write goes to an Odoo-shaped server
seeded from the scenario: activities, approvals that change order lines, escalation by SLA
with a controllable clock, untrusted senders, and a burst of emails about one order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import pytest

from agent.approvals import decide, load_secret, sign, verify
from agent.clock import FixedClock
from agent.config import OdooSettings, load_settings
from agent.deps import Deps
from agent.errors import ApprovalError
from agent.followup import follow_up
from agent.ingest.maildir import MaildirSource
from agent.models import Action, Decision
from agent.odoo.connect import connect
from agent.odoo.emulator import OdooEmulator
from agent.odoo.emulator.from_scenario import scenario_emulator
from agent.pipeline import intake, process_emails
from agent.policy import Policy, Sla
from agent.push import drain
from agent.scenario import INBOX_DIR, load_scenario
from agent.scenario.facts import KNOWN_DELAY_NEW_DATE, KNOWN_DELAYED_PO
from agent.wiring import build_deps, scenario_clock


@pytest.fixture
def world() -> Iterator[tuple[Deps, OdooEmulator]]:
    scenario = load_scenario()
    with scenario_emulator(scenario, 17) as emu:
        settings = load_settings(triage_lead="lead", escalation_user="escalation")
        gateway = connect(
            OdooSettings(url=emu.url, db=emu.db_name, login="admin", password="admin")
        )
        built = build_deps(settings, gateway=gateway, clock=scenario_clock(settings))
        policy = Policy(sla=Sla(critical=4, high=24, medium=72, low=120))
        yield Deps(**{**built.__dict__, "policy": policy}), emu


def _activities(emu: OdooEmulator, po_id: int) -> list[dict[str, Any]]:
    return [
        row
        for row in emu.data.table("mail.activity").values()
        if row.get("res_id") == po_id and "triage:" in str(row.get("note") or "")
    ]


def _inbox(deps: Deps) -> None:
    items = [(i.raw, i.key) for i in MaildirSource(INBOX_DIR, read_only=True).fetch()]
    process_emails(deps, intake(deps, items).new_ids)
    drain(deps.store, deps.gateway, deps.clock, max_wait=10)


def _po(name: str) -> int:
    return next(o.id for o in load_scenario().orders if o.name == name)


def test_a_delay_that_empties_a_shelf_lands_with_the_buyer(
    world: tuple[Deps, OdooEmulator],
) -> None:
    deps, emu = world
    _inbox(deps)
    rec = next(
        r
        for r in deps.store.recommendations()
        if r.po_name == KNOWN_DELAYED_PO and r.new_date == KNOWN_DELAY_NEW_DATE
    )
    assert rec.decision == Decision.AUTO_DRAFT and rec.risk is not None
    assert rec.risk.level.value in ("high", "critical")
    [activity] = _activities(emu, _po(KNOWN_DELAYED_PO))
    order = emu.data.table("purchase.order")[_po(KNOWN_DELAYED_PO)]
    assert activity["user_id"] == order["user_id"]
    assert activity["date_deadline"] == rec.deadline.isoformat()
    assert rec.deadline <= (rec.risk.stockout_date or rec.deadline)
    note = str(activity["note"])
    assert "December 21, 2026" in note and "/v1/approvals/" in note
    assert len(activity["summary"]) < 80


def test_approval_changes_the_line_dates_once(world: tuple[Deps, OdooEmulator]) -> None:
    deps, emu = world
    _inbox(deps)
    rec = next(
        r
        for r in deps.store.recommendations(states=["pushed"])
        if r.action == Action.ACCEPT_NEW_DATE and r.line_ids
    )
    secret = load_secret(None, deps.settings.data_dir)
    claim = verify(secret, sign(secret, rec, "approve", deps.clock.now()), deps.clock.now())

    def approve() -> None:
        decide(
            deps.store,
            deps.clock,
            claim.rid,
            "approve",
            "user:buyer",
            actor_uid=claim.uid,
            jti=claim.jti,
        )

    emu.reset_calls()
    approve()
    drain(deps.store, deps.gateway, deps.clock, max_wait=10)
    lines = emu.data.table("purchase.order.line")
    assert all(str(lines[i]["date_planned"]).startswith(str(rec.new_date)) for i in rec.line_ids)
    writes = [c for c in emu.calls if c == ("purchase.order.line", "write")]
    assert len(writes) == 1
    with pytest.raises(ApprovalError):
        approve()
    drain(deps.store, deps.gateway, deps.clock, max_wait=10)
    assert [c for c in emu.calls if c == ("purchase.order.line", "write")] == writes


def test_sla_escalates_with_a_controllable_clock(world: tuple[Deps, OdooEmulator]) -> None:
    deps, emu = world
    _inbox(deps)
    pushed = deps.store.recommendations(states=["pushed"])
    assert follow_up(deps).escalated == 0
    assert isinstance(deps.clock, FixedClock)
    deps.clock.advance(dt.timedelta(hours=121))
    assert follow_up(deps).escalated == len(pushed)
    drain(deps.store, deps.gateway, deps.clock, max_wait=10)
    escalation = next(
        uid for uid, row in emu.data.table("res.users").items() if row.get("login") == "escalation"
    )
    for rec in pushed:
        assert rec.target_id is not None
        assert all(a["user_id"] == escalation for a in _activities(emu, rec.target_id))


def test_untrusted_sender_never_auto_drafts(world: tuple[Deps, OdooEmulator]) -> None:
    deps, emu = world
    _inbox(deps)
    untrusted = [r for r in deps.store.recommendations() if not r.trusted]
    assert untrusted and all(r.decision == Decision.QUEUE for r in untrusted)
    markers = {f"triage:{r.id}" for r in untrusted}
    notes = [str(a.get("note")) for a in emu.data.table("mail.activity").values()]
    assert not any(m in n for m in markers for n in notes)


def test_a_burst_of_five_gives_one_recommendation(world: tuple[Deps, OdooEmulator]) -> None:
    deps, emu = world
    for n, day in enumerate([10, 11, 12, 14, 15], start=1):
        msg = EmailMessage()
        msg["From"] = "Erik Lind <order@nordichome.se>"
        msg["To"] = "purchasing@brightmart.example"
        msg["Subject"] = "Re: Purchase Order P00234"
        msg["Message-ID"] = f"<burst-{n}@nordichome.se>"
        msg["Date"] = format_datetime(dt.datetime(2026, 11, 25, 9, n, tzinfo=dt.UTC))
        msg["Authentication-Results"] = "mx.brightmart.example; spf=pass; dkim=pass; dmarc=pass"
        msg.set_content(f"Hello,\n\nP00234 is delayed, new delivery date {day} December 2026.\n")
        process_emails(deps, intake(deps, [(msg.as_bytes(), f"burst-{n}")]).new_ids)
        drain(deps.store, deps.gateway, deps.clock, max_wait=10)
    recs = [r for r in deps.store.recommendations() if r.po_name == "P00234"]
    assert len(recs) == 1 and recs[0].new_date == dt.date(2026, 12, 15)
    assert len(_activities(emu, _po("P00234"))) == 1
