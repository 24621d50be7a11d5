"""odoorpc 0.10.1, the real client, against the emulator over real HTTP (Odoo 16-18)."""

from __future__ import annotations

import odoorpc
import pytest

from agent.odoo.emulator import OdooEmulator


def _login(emu: OdooEmulator, password: str = "admin") -> odoorpc.ODOO:
    odoo = odoorpc.ODOO("127.0.0.1", port=emu.port, protocol="jsonrpc", timeout=10)
    odoo.login("triage", "admin", password)
    return odoo


def test_version_is_detected(versioned_emulator: OdooEmulator) -> None:
    """The constructor reads /web/webclient/version_info."""
    odoo = odoorpc.ODOO("127.0.0.1", port=versioned_emulator.port, protocol="jsonrpc")
    assert odoo.version == f"{versioned_emulator.version}.0"
    assert odoo.db.list() == ["triage"]


def test_search_read_purchase_orders(versioned_emulator: OdooEmulator) -> None:
    """search_read returns many2one pairs and one2many id lists."""
    odoo = _login(versioned_emulator)
    orders = odoo.env["purchase.order"].search_read(
        [("state", "in", ["purchase", "done"])],
        ["name", "partner_id", "user_id", "date_planned", "order_line"],
        order="date_planned asc, id asc",
    )
    assert {o["name"] for o in orders} == {"P00008", "P00009", "P00010", "P00011"}
    p8 = next(o for o in orders if o["id"] == 8)
    assert p8["partner_id"] == [9, "Wood Corner"]
    assert p8["order_line"] == [17, 18]
    assert len(p8["date_planned"]) == 19


def test_record_api_follows_relations(versioned_emulator: OdooEmulator) -> None:
    """Browse + attribute access: fields_get, then reads with _classic_write."""
    odoo = _login(versioned_emulator)
    order = odoo.env["purchase.order"].browse(1)
    assert order.partner_id.email == "wood.corner26@example.com"
    assert [line.product_id.default_code for line in order.order_line] == [
        "FURN_7777",
        "FURN_6666",
        "FURN_8855",
    ]
    assert odoo.env.user.name == "Mitchell Admin"


def test_create_activity_and_post_message(versioned_emulator: OdooEmulator) -> None:
    """The write path the triage agent uses: an activity and a chatter note on a PO."""
    emu = versioned_emulator
    odoo = _login(emu)
    todo = odoo.env.ref("mail.mail_activity_data_todo")
    activity_id = odoo.env["mail.activity"].create(
        {
            "res_model_id": 534,
            "res_id": 8,
            "activity_type_id": todo.id,
            "summary": "Chase vendor",
            "note": "<p>Late<br/>receipt</p>",
            "date_deadline": "2026-12-01",
            "user_id": 6,
        }
    )
    [activity] = odoo.env["mail.activity"].read([activity_id], ["res_name", "note", "user_id"])
    assert activity["res_name"] == "P00008"
    assert activity["note"] == "<p>Late<br>receipt</p>"
    assert activity["user_id"] == [6, "Marc Demo"]
    message_id = odoo.execute_kw(
        "purchase.order",
        "message_post",
        [[8]],
        {
            "body": "<p>Vendor moved the date</p>",
            "body_is_html": True,
            "message_type": "comment",
            "subtype_xmlid": "mail.mt_note",
        },
    )
    stored = emu.data.records["mail.message"][message_id]
    assert stored["body"] == "<p>Vendor moved the date</p>"
    assert stored["message_id"].endswith(f"-openerp-8-purchase.order@{emu._db.hostname}>")
    assert ("purchase.order", "message_post") in emu.calls


def test_wrong_password_raises(versioned_emulator: OdooEmulator) -> None:
    """common.login answers False; odoorpc turns it into RPCError."""
    with pytest.raises(odoorpc.error.RPCError, match="Wrong login ID or password"):
        _login(versioned_emulator, password="wrong")


def test_server_errors_reach_odoorpc(versioned_emulator: OdooEmulator) -> None:
    """An Odoo exception arrives as RPCError with the server's data."""
    odoo = _login(versioned_emulator)
    with pytest.raises(odoorpc.error.RPCError) as caught:
        odoo.execute_kw("purchase.order", "unlink", [[8]])
    assert caught.value.info["data"]["name"] == "odoo.exceptions.UserError"
