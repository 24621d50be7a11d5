"""Injected faults, web sessions and Odoo 19's JSON-2 API, over real HTTP."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from agent.odoo.emulator import Fault, OdooEmulator


def _call(client: httpx.Client, model: str, method: str, *args: Any) -> httpx.Response:
    params = {
        "service": "object",
        "method": "execute_kw",
        "args": ["triage", 2, "admin", model, method, list(args), {}],
    }
    return client.post(
        "/jsonrpc", json={"jsonrpc": "2.0", "method": "call", "params": params, "id": 7}
    )


def test_http_500_then_success(emulator: OdooEmulator) -> None:
    """Http 500 then success."""
    emulator.inject(Fault.http_500(times=2))
    with httpx.Client(base_url=emulator.url, timeout=5) as client:
        for _ in range(2):
            failed = _call(client, "res.partner", "search", [])
            assert failed.status_code == 500
            assert "Internal Server Error" in failed.text
        assert _call(client, "res.partner", "search", []).json()["result"]
    assert emulator.faults.pending == []
    assert emulator.calls == [("res.partner", "search")]


def test_dropped_connection(emulator: OdooEmulator) -> None:
    """Dropped connection."""
    emulator.inject(Fault.drop_connection())
    with httpx.Client(base_url=emulator.url, timeout=5) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            _call(client, "res.partner", "search", [])
        assert _call(client, "res.partner", "search", []).status_code == 200


def test_scoped_fault_only_hits_its_method(emulator: OdooEmulator) -> None:
    """Scoped fault only hits its method."""
    emulator.inject(Fault.http_500(model="purchase.order", method="message_post"))
    with httpx.Client(base_url=emulator.url, timeout=5) as client:
        assert _call(client, "purchase.order", "search", []).status_code == 200
        assert _call(client, "purchase.order", "message_post", [8]).status_code == 500
        assert _call(client, "purchase.order", "message_post", [8]).status_code == 200


def test_latency_and_timeout(emulator: OdooEmulator) -> None:
    """Latency and timeout."""
    emulator.inject(Fault.latency(0.3))
    with httpx.Client(base_url=emulator.url, timeout=5) as client:
        started = time.monotonic()
        assert _call(client, "res.partner", "search", []).status_code == 200
        assert time.monotonic() - started >= 0.3
    emulator.inject(Fault.timeout(2.0))
    with (
        httpx.Client(base_url=emulator.url, timeout=0.2) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        _call(client, "res.partner", "search", [])
    assert emulator.request_count == 2


def test_web_session_and_call_kw(emulator: OdooEmulator) -> None:
    """Web session and call kw."""
    call = {
        "jsonrpc": "2.0",
        "method": "call",
        "id": 3,
        "params": {
            "model": "purchase.order",
            "method": "search_read",
            "args": [[]],
            "kwargs": {"fields": ["name"], "limit": 1},
        },
    }
    with httpx.Client(base_url=emulator.url, timeout=5) as client:
        expired = client.post("/web/dataset/call_kw/purchase.order/search_read", json=call).json()
        assert expired["id"] is None and expired["error"]["code"] == 100
        client.cookies.clear()
        login = client.post(
            "/web/session/authenticate",
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "id": 1,
                "params": {"db": "triage", "login": "admin", "password": "admin"},
            },
        )
        assert login.json()["result"]["uid"] == 2
        rows = client.post("/web/dataset/call_kw/purchase.order/search_read", json=call).json()
        assert rows["result"] == [{"id": 11, "name": "P00011"}]


def test_json2_crud_with_api_key(emulator19: OdooEmulator) -> None:
    """Json2 crud with api key."""
    key = emulator19.add_api_key("admin")
    headers = {"Authorization": f"bearer {key}"}
    with httpx.Client(base_url=emulator19.url, headers=headers, timeout=5) as client:
        rows = client.post(
            "/json/2/purchase.order/search_read",
            json={
                "domain": [["state", "=", "purchase"]],
                "fields": ["name", "partner_id"],
                "limit": 2,
                "context": {"lang": "en_US"},
            },
        ).json()
        assert rows == [
            {"id": 11, "name": "P00011", "partner_id": [12, "Ready Mat"]},
            {"id": 10, "name": "P00010", "partner_id": [14, "Azure Interior"]},
        ]
        created = client.post(
            "/json/2/res.partner/create", json={"vals_list": [{"name": "X"}]}
        ).json()
        assert isinstance(created, list) and len(created) == 1
        assert (
            client.post(
                "/json/2/res.partner/write", json={"ids": created, "vals": {"name": "Y"}}
            ).json()
            is True
        )
        read = client.post(
            "/json/2/res.partner/read", json={"ids": created, "fields": ["name"]}
        ).json()
        assert read == [{"id": created[0], "name": "Y"}]
        scheduled = client.post(
            "/json/2/purchase.order/activity_schedule",
            json={"ids": [8], "act_type_xmlid": "mail.mail_activity_data_todo", "summary": "s"},
        ).json()
        assert isinstance(scheduled, list) and scheduled
        assert (
            client.post("/json/2/res.partner/read", json={"ids": [1], "bogus": 1}).status_code
            == 422
        )
        assert client.post("/json/2/no.model/search", json={"domain": []}).status_code == 404
        assert client.post("/json/2/res.partner/nope", json={}).status_code == 404
        unlink = client.post("/json/2/purchase.order/unlink", json={"ids": [8]})
        assert unlink.status_code == 422 and unlink.json()["name"] == "odoo.exceptions.UserError"
    assert ("purchase.order", "search_read") in emulator19.calls


def test_json2_errors(emulator19: OdooEmulator) -> None:
    """Json2 errors."""
    with httpx.Client(base_url=emulator19.url, timeout=5) as client:
        denied = client.post(
            "/json/2/res.partner/search",
            json={"domain": []},
            headers={"Authorization": "bearer wrong"},
        )
        assert denied.status_code == 401
        assert set(denied.json()) == {"name", "message", "arguments", "context", "debug"}
        key = emulator19.add_api_key("restricted")
        forbidden = client.post(
            "/json/2/purchase.order/search",
            json={"domain": []},
            headers={"Authorization": f"bearer {key}"},
        )
        assert forbidden.status_code == 403
        missing = client.post(
            "/json/2/purchase.order/write",
            json={"ids": [999], "vals": {}},
            headers={"Authorization": f"bearer {key}"},
        )
        assert missing.status_code in (403, 404)


def test_json2_absent_before_19(emulator: OdooEmulator) -> None:
    """Json2 absent before 19."""
    key = emulator.add_api_key("admin")
    with httpx.Client(base_url=emulator.url, timeout=5) as client:
        answer = client.post(
            "/json/2/res.partner/search",
            json={"domain": []},
            headers={"Authorization": f"bearer {key}"},
        )
        assert answer.status_code == 404


def test_version_info_per_version() -> None:
    """Version info per version."""
    for version in (16, 17, 18, 19):
        with (
            OdooEmulator(version=version) as emu,
            httpx.Client(base_url=emu.url, timeout=5) as client,
        ):
            info = client.get("/web/webclient/version_info").json()["result"]
            assert info["server_version"] == f"{version}.0"
            assert info["server_version_info"][0] == version
