"""Round trips grow with batches, not emails: at most 10 for a batch of 100 varied emails."""

from __future__ import annotations

import datetime as dt

from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.rpc import OdooRpcGateway
from tests.odoo.batch import read_batch, varied_emails


def test_batch_of_100_emails_costs_at_most_10_calls(
    gateway: OdooRpcGateway, emulator: OdooEmulator
) -> None:
    batch = varied_emails(emulator, 100)
    emulator.reset_calls()
    snapshot = read_batch(gateway, batch, dt.date.today())
    calls = list(emulator.calls)
    assert len(calls) <= 10, calls
    assert snapshot.orders_by_name and snapshot.orders_by_ref and snapshot.orders_by_message_id
    assert snapshot.positions and snapshot.demand and snapshot.supplier_infos
    emulator.reset_calls()
    read_batch(gateway, varied_emails(emulator, 100), dt.date.today())
    assert len(emulator.calls) <= 10


def test_reference_data_is_read_once_per_connection(
    gw17: OdooRpcGateway, emu17: OdooEmulator
) -> None:
    gw17.warehouses()
    gw17.users(ids=[2])
    gw17.vendor_directory()
    assert emu17.calls == []
