"""Fixtures: an emulator on 127.0.0.1 with a free port, torn down after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent.odoo.emulator import OdooEmulator

USERS = {"admin": "admin", "restricted": "restricted"}


def restricted(emu: OdooEmulator) -> OdooEmulator:
    """Give the ``restricted`` user the rights of transcript 090 (base.group_user only)."""
    emu.set_access("restricted", "purchase.order", set())
    emu.set_access("restricted", "res.company", {"read"})
    return emu


@pytest.fixture()
def emulator() -> Iterator[OdooEmulator]:
    """Start a running Odoo 17 emulator seeded with the demo data."""
    with OdooEmulator(users=USERS) as emu:
        yield restricted(emu)


@pytest.fixture(params=[16, 17, 18], ids=lambda v: f"odoo{v}")
def versioned_emulator(request: pytest.FixtureRequest) -> Iterator[OdooEmulator]:
    """Start a running emulator for each JSON-RPC version the project supports."""
    with OdooEmulator(version=request.param, users=USERS) as emu:
        yield restricted(emu)


@pytest.fixture()
def emulator19() -> Iterator[OdooEmulator]:
    """Start a running Odoo 19 emulator (JSON-2 API)."""
    with OdooEmulator(version=19, users=USERS) as emu:
        yield restricted(emu)
