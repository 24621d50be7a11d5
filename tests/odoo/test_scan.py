"""The exception scan: on the bundled scenario and against the emulator; re-scans add nothing."""

from __future__ import annotations

import datetime as dt

from agent.clock import FixedClock
from agent.config import load_settings
from agent.deps import Deps
from agent.exceptions_flow import process_exceptions
from agent.models import Action, ExceptionKind
from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.gateway import OdooGateway
from agent.odoo.rpc import OdooRpcGateway
from agent.push import drain
from agent.scan import record_scan, scan
from agent.store import outbox
from agent.store.repository import Store
from agent.wiring import build_deps, make_gateway, scenario_clock


def _run(deps: Deps) -> tuple[int, int, int]:
    result = scan(deps.gateway, deps.store, deps.clock.now(), ack_days=3)
    recs = process_exceptions(deps, result.fresh)
    record_scan(deps.store, result, deps.clock.now())
    drain(deps.store, deps.gateway, deps.clock, max_wait=5.0)
    return result.new, len(recs), len(outbox.entries(deps.store))


def test_scenario_scan_is_idempotent(store: Store) -> None:
    settings = load_settings()
    deps = build_deps(
        settings, gateway=make_gateway(settings), clock=scenario_clock(settings), store=store
    )
    new, recs, writes = _run(deps)
    kinds = {r.kind for r in store.exceptions()}
    assert {ExceptionKind.LATE_RECEIPT, ExceptionKind.UNACKNOWLEDGED_PO} <= kinds
    assert new == len(store.exceptions()) and recs > 0 and writes > 0
    late = [r for r in deps.store.recommendations() if r.source_id.startswith("late_receipt")]
    assert late and all(r.action in {Action.CHASE_VENDOR, Action.EXPEDITE} for r in late)
    assert _run(deps) == (0, 0, writes)
    assert len(store.exceptions()) == new


def _deps(gateway: OdooGateway, store: Store, now: dt.datetime) -> Deps:
    return build_deps(load_settings(), gateway=gateway, clock=FixedClock(now), store=store)


def _activities(emu: OdooEmulator) -> int:
    return sum("triage:" in str(a.get("note")) for a in emu.data.records["mail.activity"].values())


def test_emulator_scan_late_receipts_and_portal_date_change(
    gw17: OdooRpcGateway, emu17: OdooEmulator, store: Store
) -> None:
    now = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    deps = _deps(gw17, store, now)
    new, recs, _ = _run(deps)
    late = {r.po_name for r in store.exceptions(ExceptionKind.LATE_RECEIPT.value)}
    assert {"P00008", "P00009", "P00010"} <= late
    chased = [r for r in store.recommendations() if r.po_name == "P00008"]
    assert chased and chased[0].action in {Action.CHASE_VENDOR, Action.EXPEDITE}
    written = _activities(emu17)
    assert written >= 3 and new > 0 and recs > 0
    assert _run(deps)[:2] == (0, 0)
    assert _activities(emu17) == written

    line = emu17.data.records["purchase.order.line"][22]
    line["date_planned"] = (now + dt.timedelta(days=20)).strftime("%Y-%m-%d %H:%M:%S")
    new, _, _ = _run(deps)
    moved = store.exceptions(ExceptionKind.DATE_CHANGED.value)
    assert new == 1 and [r.details["line_id"] for r in moved] == [22]
    assert _run(deps)[:2] == (0, 0)
