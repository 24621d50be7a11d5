"""ORM behaviour over real HTTP: read_group, create, access rights, chatter, versions."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest

from agent.odoo.emulator import EmulatorData, OdooEmulator, demo_data

TODAY = date(2026, 11, 26)


class Rpc:
    """A minimal JSON-RPC client (execute_kw) over httpx, recording raw answers."""

    def __init__(self, emu: OdooEmulator, uid: int = 2, password: str = "admin") -> None:
        """Open an HTTP client for ``uid``."""
        self.client = httpx.Client(base_url=emu.url, timeout=5)
        self.uid, self.password = uid, password

    def raw(self, model: str, method: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Call ``model.method`` and return the raw JSON-RPC answer."""
        params = {
            "service": "object",
            "method": "execute_kw",
            "args": ["triage", self.uid, self.password, model, method, list(args), kwargs],
        }
        answer = self.client.post(
            "/jsonrpc", json={"jsonrpc": "2.0", "method": "call", "params": params, "id": 1}
        )
        body: dict[str, Any] = answer.json()
        return body

    def __call__(self, model: str, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call and return the result, failing on an error answer."""
        body = self.raw(model, method, *args, **kwargs)
        assert "error" not in body, body
        return body["result"]

    def error(self, model: str, method: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Call and return ``error.data``, failing on a success answer."""
        body = self.raw(model, method, *args, **kwargs)
        assert "error" in body, body
        data: dict[str, Any] = body["error"]["data"]
        return data


@pytest.fixture()
def rpc(emulator: OdooEmulator) -> Any:
    """Yield an execute_kw client logged in as admin."""
    client = Rpc(emulator)
    yield client
    client.client.close()


def test_read_group_by_day_sums_demand(emulator: OdooEmulator, rpc: Rpc) -> None:
    """Read group by day sums demand."""
    domain = [
        ("state", "=", "done"),
        ("location_dest_id.usage", "=", "customer"),
        ("product_id", "=", 17),
    ]
    groups = rpc(
        "stock.move", "read_group", domain, ["product_uom_qty:sum"], ["date:day"], lazy=False
    )
    assert len(groups) == 8
    first = groups[0]
    assert set(first) == {"date:day", "__count", "product_uom_qty", "__range", "__domain"}
    moves = rpc("stock.move", "search_read", first["__domain"], ["product_uom_qty"])
    assert sum(m["product_uom_qty"] for m in moves) == first["product_uom_qty"]
    assert first["__count"] == len(moves) == 1


def test_read_group_lazy_count_and_limit(rpc: Rpc) -> None:
    """Read group lazy count and limit."""
    groups = rpc(
        "stock.quant",
        "read_group",
        [("location_id.usage", "=", "internal")],
        ["quantity:sum"],
        ["product_id", "location_id"],
        limit=2,
    )
    assert groups[0]["product_id"] == [17, "[E-COM07] Large Cabinet"]
    assert groups[0]["product_id_count"] == 2 and groups[0]["quantity"] == 700.0
    assert groups[0]["__context"] == {"group_by": ["location_id"]}
    assert len(groups) == 2


def test_create_one_or_many_and_x2many(emulator: OdooEmulator, rpc: Rpc) -> None:
    """Create one or many and x2many."""
    single = rpc(
        "res.partner",
        "create",
        {"name": "New Vendor", "email": "nv@example.com", "is_company": True},
    )
    several = rpc(
        "res.partner",
        "create",
        [{"name": "A", "parent_id": single}, {"name": "B", "parent_id": single}],
    )
    assert isinstance(single, int) and len(several) == 2
    assert rpc("res.partner", "name_search", name="New Vendor")[0] == [single, "New Vendor"]
    order = rpc(
        "purchase.order",
        "create",
        {
            "partner_id": single,
            "order_line": [(0, 0, {"product_id": 5, "product_qty": 3, "price_unit": 10.0})],
        },
    )
    [row] = rpc("purchase.order", "read", [order], ["name", "state", "order_line"])
    assert row["state"] == "draft" and len(row["order_line"]) == 1
    [line] = rpc(
        "purchase.order.line", "read", row["order_line"], ["name", "product_uom", "order_id"]
    )
    assert line["name"] == "[FURN_7777] Office Chair" and line["order_id"][0] == order


def test_validation_and_value_errors(rpc: Rpc) -> None:
    """Validation and value errors."""
    assert (
        rpc.error("mail.activity", "create", {"res_id": 8})["name"]
        == "odoo.exceptions.ValidationError"
    )
    bad = rpc.error(
        "mail.activity", "create", {"res_model_id": 534, "res_id": 8, "date_deadline": "26/11/2026"}
    )
    assert bad["message"] == "time data '26/11/2026' does not match format '%Y-%m-%d'"
    assert (
        rpc.error("res.partner", "write", [9], {"parent_id": 9})["name"]
        == "odoo.exceptions.ValidationError"
    )
    leaf = rpc.error("purchase.order", "search", [("nope", "=", 1)])
    assert leaf["message"] == "Invalid field purchase.order.nope in leaf ('nope', '=', 1)"
    assert (
        rpc.error("purchase.order", "read", [8], ["name"], "x", "y")["name"] == "builtins.TypeError"
    )
    assert rpc.error("purchase.order", "_private")["name"] == "odoo.exceptions.AccessError"
    assert rpc("purchase.order", "read", [999999], ["name"]) == []


def test_access_rights_per_user(emulator: OdooEmulator) -> None:
    """Access rights per user."""
    restricted = Rpc(emulator, uid=8, password="restricted")
    try:
        error = restricted.error("purchase.order", "search_read", [], fields=["name"])
        assert error["name"] == "odoo.exceptions.AccessError"
        assert "'Purchase Order' (purchase.order)" in error["message"]
        assert restricted("res.company", "search", []) == [1, 2]
        assert "modify" in restricted.error("res.company", "write", [1], {"name": "x"})["message"]
        emulator.set_access("restricted", "purchase.order", {"read"})
        assert restricted("purchase.order", "search_count", [("state", "=", "purchase")]) == 4
    finally:
        restricted.client.close()


def test_message_post_and_activity_flow(emulator: OdooEmulator, rpc: Rpc) -> None:
    """Message post and activity flow."""
    plain = rpc("purchase.order", "message_post", [8], body="<b>x</b> & y")
    assert (
        emulator.data.records["mail.message"][plain]["body"]
        == "<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>"
    )
    scheduled = rpc(
        "purchase.order",
        "activity_schedule",
        [10],
        act_type_xmlid="mail.mail_activity_data_todo",
        summary="Follow up",
        date_deadline="2026-12-01",
    )
    new_id = int(scheduled.removeprefix("mail.activity(").rstrip(",)"))
    done = rpc("mail.activity", "action_feedback", [new_id], feedback="Vendor answered")
    message = emulator.data.records["mail.message"][done]
    assert "Vendor answered" in message["body"] and message["mail_activity_type_id"] == 4
    assert new_id not in emulator.data.records["mail.activity"]
    assert (
        rpc.error("purchase.order", "message_post", [999999], body="x")["name"]
        == "odoo.exceptions.MissingError"
    )


def test_message_process_routes_replies(emulator: OdooEmulator, rpc: Rpc) -> None:
    """Message process routes replies."""
    posted = rpc("purchase.order", "message_post", [4], body="<p>RFQ</p>", body_is_html=True)
    message_id = emulator.data.records["mail.message"][posted]["message_id"]
    reply = (
        f"From: Ready Mat <ready.mat28@example.com>\nSubject: Re: P00004\n"
        f"Message-ID: <r1@readymat.example.com>\nReferences: <other@x> {message_id}\n\n"
        "We can ship 120 of 200.\n"
    )
    assert rpc("mail.thread", "message_process", False, reply) == 4
    last = max(emulator.data.records["mail.message"])
    stored = emulator.data.records["mail.message"][last]
    assert stored["author_id"] == 12 and stored["message_type"] == "email"
    assert "120 of 200" in stored["body"]
    assert rpc("mail.thread", "message_process", False, reply) is False
    assert (
        rpc(
            "mail.thread",
            "message_process",
            False,
            reply.replace(message_id, "<none@x>").replace("r1@", "r2@"),
        )
        is False
    )


@pytest.mark.parametrize("version", [16, 17, 18])
def test_version_differences(version: int) -> None:
    """Version differences."""
    with OdooEmulator(version=version) as emu:
        rpc = Rpc(emu)
        try:
            posted = rpc("purchase.order", "message_post", [8], body="<p>kept?</p>")
            body = emu.data.records["mail.message"][posted]["body"]
            assert body == ("<p>kept?</p>" if version == 16 else "<p>&lt;p&gt;kept?&lt;/p&gt;</p>")
            fields = rpc("product.product", "fields_get", attributes=["type"])
            assert ("detailed_type" in fields) is (version < 18)
            assert ("is_storable" in fields) is (version >= 18)
            move_fields = rpc("stock.move", "fields_get", attributes=["type"])
            assert ("quantity_done" in move_fields) is (version == 16)
            name_get = Rpc.raw(rpc, "purchase.order", "name_get", [8])
            assert ("error" in name_get) is (version >= 17)
        finally:
            rpc.client.close()


def test_custom_data_and_call_log() -> None:
    """Custom data and call log."""
    data = EmulatorData.from_records(
        {
            "res.users": {2: {"login": "admin", "name": "Admin"}},
            "res.partner": {5: {"name": "Solo"}},
        }
    )
    with OdooEmulator(data) as emu:
        rpc = Rpc(emu)
        try:
            assert rpc("res.partner", "search_read", [], fields=["name"]) == [
                {"id": 5, "name": "Solo"}
            ]
            assert rpc("res.partner", "create", {"name": "Next"}) == 6
            assert emu.calls == [("res.partner", "search_read"), ("res.partner", "create")]
            emu.reset_calls()
            assert emu.calls == []
        finally:
            rpc.client.close()


def test_demo_data_is_relative_to_today() -> None:
    """Demo data is relative to today."""
    data = demo_data(17, today=TODAY)
    assert data.records["purchase.order"][8]["date_planned"] == "2026-11-26 00:00:00"
    assert data.records["mail.activity"][7]["date_deadline"] == "2026-11-21"
