"""The scorecard's line history over real HTTP through odoorpc against the emulator."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.config import OdooSettings
from agent.odoo.connect import connect
from agent.odoo.emulator import OdooEmulator


@pytest.mark.parametrize("version", [16, 17, 18])
def test_line_history_is_three_batched_reads(version: int) -> None:
    with OdooEmulator(version=version) as emu:
        gateway = connect(OdooSettings(url=emu.url, db="triage", login="admin", password="admin"))
        orders = emu.data.records["purchase.order"].values()
        vendors = sorted({o["partner_id"] for o in orders if o["state"] in ("purchase", "done")})
        emu.reset_calls()
        rows = gateway.line_history(vendors, dt.date(2020, 1, 1))
        assert [call[0] for call in emu.calls if call[1] != "fields_get"] == [
            "purchase.order",
            "purchase.order.line",
            "stock.move",
        ]
        assert rows and {r.vendor_id for r in rows} <= set(vendors)
        lines = emu.data.records["purchase.order.line"]
        for row in rows:
            assert row.ordered_qty == lines[row.line_id]["product_qty"]
        assert gateway.line_history([], dt.date(2020, 1, 1)) == []
