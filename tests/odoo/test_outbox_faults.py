"""The outbox against a misbehaving Odoo: nothing lost, nothing doubled, drained in order."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from agent.clock import FixedClock
from agent.odoo.connect import connect
from agent.odoo.emulator.faults import Fault
from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.rpc import OdooRpcGateway
from agent.push import CREATE_ACTIVITY, RetryPolicy, push_once
from agent.store import outbox
from agent.store.repository import Store
from agent.store.tables import OutboxRow
from tests.odoo.conftest import settings_for
from tests.odoo.test_gateway_writes import drafts

RETRY = RetryPolicy(base_seconds=1.0, max_seconds=60.0, max_attempts=8)


@pytest.fixture
def closing() -> Iterator[list[OdooRpcGateway]]:
    opened: list[OdooRpcGateway] = []
    yield opened
    for gateway in opened:
        gateway.close()


def _gateway(emu: OdooEmulator, opened: list[OdooRpcGateway]) -> OdooRpcGateway:
    password = emu.add_api_key("admin") if emu.version >= 19 else "admin"
    gateway = connect(settings_for(emu, password, timeout=0.5))
    opened.append(gateway)
    return gateway


def _enqueue(store: Store, clock: FixedClock, prefix: str, n: int) -> None:
    for draft in drafts(n, prefix):
        clock.advance(dt.timedelta(seconds=1))
        outbox.enqueue(
            store,
            f"activity:{draft.marker}",
            CREATE_ACTIVITY,
            draft.model_dump(mode="json"),
            clock.now(),
        )


def _push_until_empty(
    store: Store, gateway: OdooRpcGateway, clock: FixedClock, rounds: int = 20
) -> int:
    rng = random.Random(7)
    for done in range(rounds):
        report = push_once(store, gateway, clock, RETRY, rng=rng)
        if report.pending == 0:
            return done + 1
        clock.advance(dt.timedelta(minutes=5))
    raise AssertionError("outbox did not drain")


def _count(emu: OdooEmulator, prefix: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in emu.data.records["mail.activity"].values():
        note = str(row.get("note"))
        for marker in {
            w for w in note.replace("<", " ").replace(">", " ").split() if w.startswith(prefix)
        }:
            counts[marker] = counts.get(marker, 0) + 1
    return counts


def test_fault_injected_run_loses_and_doubles_nothing(
    emulator: OdooEmulator, store: Store, clock: FixedClock, closing: list[OdooRpcGateway]
) -> None:
    gateway = _gateway(emulator, closing)
    _enqueue(store, clock, "triage:ob", 30)
    emulator.inject(Fault.http_500(model="mail.activity", method="create"))
    emulator.inject(Fault.drop_connection(model="mail.activity", method="search_read"))
    emulator.inject(Fault.timeout(2.0, model="mail.message", method="search_read"))
    emulator.inject(Fault.http_500(times=2))
    _push_until_empty(store, gateway, clock)
    assert not emulator.faults.pending
    # a crash between Odoo's answer and the local commit: the commit of 10 entries is lost
    lost = [e.id for e in outbox.entries(store, ["done"])][:10]
    with store.session() as session:
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(lost))
            .values(state=outbox.PENDING, next_attempt_at=clock.now(), lease_until=None)
        )
    emulator.inject(Fault.drop_connection(model="mail.activity", method="create"))
    _push_until_empty(store, gateway, clock)
    counts = _count(emulator, "triage:ob-")
    assert len(counts) == 30, "an activity was lost"
    assert set(counts.values()) == {1}, "an activity was created twice"
    notes = [
        m
        for m in emulator.data.records["mail.message"].values()
        if "triage:ob-" in str(m.get("body"))
    ]
    assert len(notes) == 30
    assert {e.state for e in outbox.entries(store)} == {outbox.DONE}


def test_odoo_down_then_drains_in_order(
    emu17: OdooEmulator, store: Store, clock: FixedClock, closing: list[OdooRpcGateway]
) -> None:
    gateway = _gateway(emu17, closing)
    emu17.inject(Fault.drop_connection(times=None))
    _enqueue(store, clock, "triage:down", 12)
    for _ in range(4):
        report = push_once(store, gateway, clock, RETRY, rng=random.Random(1))
        assert report.pushed == 0 and report.pending == 12 and report.dead == 0
        clock.advance(dt.timedelta(minutes=5))
    assert {e.attempts for e in outbox.entries(store)} == {4}
    assert all("cannot reach Odoo" in (e.last_error or "") for e in outbox.entries(store))
    emu17.faults.clear()
    _push_until_empty(store, gateway, clock)
    entries = outbox.entries(store)
    ids = [int((e.result or {})["activity_id"]) for e in entries]
    assert ids == sorted(ids) and len(set(ids)) == 12
    assert set(_count(emu17, "triage:down-").values()) == {1}


def test_refused_write_goes_to_dead_letters(
    emu17: OdooEmulator, store: Store, clock: FixedClock, closing: list[OdooRpcGateway]
) -> None:
    gateway = _gateway(emu17, closing)
    bad = drafts(1, "triage:bad")[0].model_copy(update={"res_model": "no.such.model"})
    outbox.enqueue(store, "activity:bad", CREATE_ACTIVITY, bad.model_dump(mode="json"), clock.now())
    report = push_once(store, gateway, clock, RETRY)
    assert report.dead == 1
    [entry] = outbox.entries(store, ["dead"])
    assert "not installed" in (entry.last_error or "")
