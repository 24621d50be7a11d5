"""Fixtures: the Odoo emulator over real HTTP (16, 17, 18 through odoorpc; 19 through JSON-2)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent.config import OdooSettings
from agent.odoo.connect import connect
from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.rpc import OdooRpcGateway


def settings_for(emu: OdooEmulator, password: str = "admin", **extra: object) -> OdooSettings:
    values: dict[str, object] = {"timeout": 5.0, **extra}
    return OdooSettings(url=emu.url, db="triage", login="admin", password=password, **values)


@pytest.fixture(params=[16, 17, 18, 19], ids=lambda v: f"odoo{v}")
def emulator(request: pytest.FixtureRequest) -> Iterator[OdooEmulator]:
    with OdooEmulator(version=request.param) as emu:
        yield emu


@pytest.fixture
def gateway(emulator: OdooEmulator) -> Iterator[OdooRpcGateway]:
    password = emulator.add_api_key("admin") if emulator.version >= 19 else "admin"
    gw = connect(settings_for(emulator, password))
    emulator.reset_calls()
    yield gw
    gw.close()


@pytest.fixture
def emu17() -> Iterator[OdooEmulator]:
    with OdooEmulator(version=17) as emu:
        yield emu


@pytest.fixture
def gw17(emu17: OdooEmulator) -> Iterator[OdooRpcGateway]:
    gw = connect(settings_for(emu17))
    emu17.reset_calls()
    yield gw
    gw.close()
