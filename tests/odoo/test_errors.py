"""Error mapping: each failure kind becomes OdooError or OdooUnavailable with what to fix."""

from __future__ import annotations

import socket

import pytest

from agent.errors import ConfigError, OdooError, OdooUnavailable
from agent.odoo.connect import connect
from agent.odoo.emulator.faults import Fault
from agent.odoo.emulator.server import OdooEmulator
from agent.odoo.json2 import Json2Transport
from agent.odoo.rpc import OdooRpcGateway
from agent.odoo.rpc_transport import JsonRpcTransport
from tests.odoo.conftest import settings_for


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server() -> None:
    with pytest.raises(OdooUnavailable, match=r"cannot reach Odoo at http://127\.0\.0\.1") as info:
        JsonRpcTransport(f"http://127.0.0.1:{_free_port()}", "triage", "admin", "admin", 2.0)
    assert "TRIAGE_ODOO_URL" in str(info.value) and info.value.retryable


def test_unknown_database(emu17: OdooEmulator) -> None:
    with pytest.raises(OdooError, match="unknown database 'nope'") as info:
        JsonRpcTransport(emu17.url, "nope", "admin", "admin")
    assert not info.value.retryable and "TRIAGE_ODOO_DB" in str(info.value)


def test_wrong_password(emu17: OdooEmulator) -> None:
    with pytest.raises(OdooError, match="wrong credentials") as info:
        connect(settings_for(emu17, "wrong"))
    assert "TRIAGE_ODOO_PASSWORD" in str(info.value)


def test_wrong_api_key_on_json2() -> None:
    with OdooEmulator(version=19) as emu:
        emu.add_api_key("admin")
        with pytest.raises(OdooError, match="wrong credentials"):
            Json2Transport(emu.url, "triage", "admin", "not-a-key")


def test_json2_refused_by_older_server(emu17: OdooEmulator) -> None:
    with pytest.raises(OdooError, match="json2 needs Odoo 19"):
        connect(settings_for(emu17, transport="json2"))


def test_missing_module(gw17: OdooRpcGateway) -> None:
    with pytest.raises(OdooError, match="install the purchase, stock and purchase_stock") as info:
        gw17.transport.call("no.such.model", "search_read", domain=[])
    assert info.value.model == "no.such.model" and info.value.method == "search_read"


def test_missing_access_rights(emu17: OdooEmulator) -> None:
    emu17.set_access("admin", "purchase.order", {"write"})
    gateway = connect(settings_for(emu17), prepare=False)
    with pytest.raises(OdooError, match="missing access rights") as info:
        gateway.orders_by_names(["P00008"])
    assert info.value.odoo_name == "odoo.exceptions.AccessError"
    assert "Purchase" in str(info.value)


@pytest.mark.parametrize(
    "fault",
    [Fault.http_500(), Fault.drop_connection(), Fault.timeout(3.0)],
    ids=["http500", "dropped", "timeout"],
)
def test_transient_failures_are_retryable(emu17: OdooEmulator, fault: Fault) -> None:
    gateway = connect(settings_for(emu17, timeout=0.5))
    emu17.inject(fault)
    with pytest.raises(OdooUnavailable) as info:
        gateway.orders_by_names(["P00008"])
    assert info.value.retryable
    assert gateway.orders_by_names(["P00008"])["P00008"].id == 8


def test_validation_errors_are_not_retryable(gw17: OdooRpcGateway) -> None:
    with pytest.raises(OdooError) as info:
        gw17.transport.call("purchase.order", "search_read", domain=[["no_such_field", "=", 1]])
    assert not info.value.retryable and "Invalid field" in str(info.value)


def test_url_with_path_is_refused() -> None:
    with pytest.raises(ConfigError, match="without a path"):
        JsonRpcTransport("http://127.0.0.1:1/odoo", "triage", "admin", "admin")
