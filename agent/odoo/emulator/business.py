"""Purchase buttons and the "Send by email" composer (transcripts 050-066).

Enough of ``purchase`` and ``mail.compose.message`` for a client to send an RFQ or a
confirmed order the way the web client does: ``action_rfq_send`` returns the composer
action, ``mail.compose.message.create`` renders subject, body and recipients from the
action's context, ``action_send_mail`` posts the email in the order's chatter and marks the
RFQ as sent; ``button_confirm`` confirms and creates the incoming receipt.
"""

from __future__ import annotations

import html
from typing import Any

from . import errors
from .mail import post_message
from .methods import Env, create_record, method

RFQ_TEMPLATE, PO_TEMPLATE = 11, 12
_ACTION = {
    "name": "Compose Email",
    "type": "ir.actions.act_window",
    "view_mode": "form",
    "res_model": "mail.compose.message",
    "views": [[273, "form"]],
    "view_id": 273,
    "target": "new",
}


def _order(env: Env, order_id: int) -> dict[str, Any]:
    row = env.db.data.table("purchase.order").get(order_id)
    if row is None:
        raise errors.missing_error("purchase.order", [order_id], env.uid)
    return row


@method("purchase.order", multi=True, access="read", owner="PurchaseOrder")
def action_rfq_send(env: Env, ids: list[int]) -> dict[str, Any]:
    """Return the composer action to email the RFQ (``send_rfq`` in context) or the order."""
    order = _order(env, ids[0])
    send_rfq = bool(env.context.get("send_rfq"))
    context = {
        **env.context,
        "default_model": "purchase.order",
        "default_res_ids": ids,
        "default_template_id": RFQ_TEMPLATE if send_rfq else PO_TEMPLATE,
        "default_composition_mode": "comment",
        "default_email_layout_xmlid": "mail.mail_notification_layout_with_responsible_signature",
        "force_email": True,
        "mark_rfq_as_sent": True,
        "model_description": (
            "Request for Quotation" if order.get("state") in ("draft", "sent") else "Purchase Order"
        ),
    }
    return {**_ACTION, "context": context}


def _render(env: Env, template_id: int, order_id: int) -> dict[str, Any]:
    db = env.db
    order = _order(env, order_id)
    company = db.display_name("res.company", order.get("company_id") or 1)
    vendor = db.display_name("res.partner", order.get("partner_id") or 0)
    what = (
        "a request for quotation"
        if template_id == RFQ_TEMPLATE
        else f"a purchase order amounting in ${order.get('amount_total', 0.0):,.2f}"
    )
    body = (
        '<div style="margin: 0px; padding: 0px;">\n'
        '    <p style="margin: 0px; padding: 0px; font-size: 13px;">\n'
        f"        Dear {html.escape(str(vendor))}\n        <br/><br/>\n"
        f'        Here is in attachment {what} <span style="font-weight:bold;">'
        f"{html.escape(str(order.get('name')))}</span>\n"
        f"        from {html.escape(str(company))}.\n        <br/><br/>\n"
        "        If you have any questions, please do not hesitate to contact us.\n"
        "        <br/><br/>\n        Best regards,\n    </p>\n</div>"
    )
    return {
        "subject": f"{company} Order (Ref {order.get('name')})",
        "body": body,
        "partner_ids": [[6, 0, [order["partner_id"]] if order.get("partner_id") else []]],
    }


@method("mail.compose.message", access="create", owner="MailComposer")
def create(env: Env, vals_list: dict[str, Any] | list[dict[str, Any]]) -> int | list[int]:
    """Create composers, rendering the template named by the context defaults."""
    many = isinstance(vals_list, list)
    created = []
    for vals in vals_list if isinstance(vals_list, list) else [vals_list]:
        ctx = env.context
        res_ids = vals.get("res_ids") or ctx.get("default_res_ids") or []
        template = vals.get("template_id") or ctx.get("default_template_id") or False
        full: dict[str, Any] = {
            "model": vals.get("model") or ctx.get("default_model") or False,
            "res_ids": str(list(res_ids)) if not isinstance(res_ids, str) else res_ids,
            "template_id": template,
            "composition_mode": ctx.get("default_composition_mode", "comment"),
            "email_from": _sender(env),
            "reply_to": False,
        }
        if full["model"] == "purchase.order" and template and res_ids:
            full.update(_render(env, int(template), int(next(iter(res_ids)))))
        full.update(vals)
        created.append(create_record(env, "mail.compose.message", full))
    return created if many else created[0]


def _sender(env: Env) -> str:
    user = env.db.data.table("res.users").get(env.uid, {})
    partner = env.db.data.table("res.partner").get(user.get("partner_id") or 0, {})
    return (
        f'"{partner.get("name") or user.get("name")}" <{partner.get("email") or user.get("email")}>'
    )


@method("mail.compose.message", multi=True, access="write", owner="MailComposer")
def action_send_mail(env: Env, ids: list[int]) -> dict[str, Any]:
    """Post the composed email on each target record; an RFQ in draft becomes "sent"."""
    db = env.db
    for composer_id in ids:
        composer = db.data.table("mail.compose.message")[composer_id]
        model = composer.get("model")
        res_ids = [
            int(x) for x in str(composer.get("res_ids") or "").strip("[]").split(",") if x.strip()
        ]
        for res_id in res_ids:
            values = {
                "body": composer.get("body") or "",
                "subject": composer.get("subject") or False,
                "message_type": "comment",
                "subtype_id": 1,
                "partner_ids": [[6, 0, list(composer.get("partner_ids") or [])]],
            }
            post_message(env, str(model), res_id, values)
            if model == "purchase.order" and env.context.get("mark_rfq_as_sent"):
                order = db.data.table("purchase.order")[res_id]
                if order.get("state") == "draft":
                    order["state"] = "sent"
    return {"type": "ir.actions.act_window_close"}


@method("purchase.order", multi=True, access="write", owner="PurchaseOrder")
def button_confirm(env: Env, ids: list[int]) -> bool:
    """Confirm RFQs: state "purchase", approval date, and an incoming receipt per order."""
    db = env.db
    for order_id in ids:
        order = _order(env, order_id)
        if order.get("state") not in ("draft", "sent"):
            continue
        order.update(state="purchase", date_approve=db.now(), receipt_status="pending")
        picking = create_record(
            env,
            "stock.picking",
            {
                "name": f"WH/IN/{order_id:05d}",
                "origin": order.get("name"),
                "partner_id": order.get("partner_id") or False,
                "state": "assigned",
                "scheduled_date": order.get("date_planned") or db.now(),
                "purchase_id": order_id,
                "picking_type_id": order.get("picking_type_id") or 1,
                "picking_type_code": "incoming",
            },
        )
        for line_id in db.value("purchase.order", order_id, "order_line"):
            line = db.data.table("purchase.order.line")[line_id]
            moved = (
                "quantity" if "quantity" in db.registry["stock.move"].fields else "quantity_done"
            )
            create_record(
                env,
                "stock.move",
                {
                    "name": line.get("name"),
                    "product_id": line.get("product_id"),
                    "product_uom_qty": line.get("product_qty", 0.0),
                    moved: line.get("product_qty", 0.0),
                    "state": "assigned",
                    "date": line.get("date_planned") or db.now(),
                    "date_deadline": line.get("date_planned") or False,
                    "picking_id": picking,
                    "purchase_line_id": line_id,
                    "picking_code": "incoming",
                    "origin": order.get("name"),
                },
            )
    return True


@method("purchase.order", multi=True, access="write", owner="PurchaseOrder")
def button_cancel(env: Env, ids: list[int]) -> bool:
    """Cancel orders (no check of done receipts)."""
    for order_id in ids:
        _order(env, order_id)["state"] = "cancel"
    return True


@method("ir.mail_server", multi=True, access="read", owner="IrMailServer")
def test_smtp_connection(env: Env, ids: list[int]) -> dict[str, Any]:
    """Pretend the SMTP test succeeded (no socket is opened)."""
    return {
        "type": "ir.actions.client",
        "tag": "display_notification",
        "params": {"message": "Connection Test Successful!", "type": "success", "sticky": False},
    }
