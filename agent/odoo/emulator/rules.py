"""Model-specific behaviour: computed fields, display names, defaults and constraints.

This is the little of Odoo's business code that a procurement client can observe through
the API: activity states that follow the deadline, ``[CODE] Name`` product names, the
"mandatory field" and "recursive hierarchy" errors, and the rule that a confirmed purchase
order cannot be deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from . import errors

if TYPE_CHECKING:
    from .database import Database, Record


class _NotComputed:
    """Sentinel type: the field is not computed here, read what is stored."""


NOT_COMPUTED: Any = _NotComputed()

_MIXIN = (
    "activity_state",
    "activity_summary",
    "activity_date_deadline",
    "activity_type_id",
    "activity_user_id",
    "my_activity_date_deadline",
)

#: Fields that are NOT NULL columns without a default: creating without them fails.
REQUIRED: dict[str, tuple[str, ...]] = {
    "mail.activity": ("res_model_id",),
    "purchase.order": ("partner_id",),
    "purchase.order.line": ("order_id",),
    "res.users": ("login",),
    "stock.move": ("product_id",),
}


def today() -> str:
    """Return the server's date (UTC) as ``YYYY-MM-DD``."""
    return datetime.now(UTC).strftime("%Y-%m-%d")


def sanitize_html(value: str) -> str:
    """Normalise HTML the way Odoo's sanitizer visibly does (``<br/>`` becomes ``<br>``)."""
    return value.replace("<br/>", "<br>").replace("<br />", "<br>")


def _activity_state(deadline: Any) -> str:
    if not deadline:
        return "planned"
    delta = (date.fromisoformat(str(deadline)[:10]) - date.fromisoformat(today())).days
    return "overdue" if delta < 0 else "today" if delta == 0 else "planned"


def _open_activities(db: Database, model: str, rec_id: int) -> list[Record]:
    rows = [
        row
        for row in db.data.table("mail.activity").values()
        if row.get("res_id") == rec_id
        and row.get("active") is not False
        and _activity_model(db, row) == model
    ]
    return sorted(rows, key=lambda r: (str(r.get("date_deadline") or ""), r.get("id", 0)))


def _activity_model(db: Database, row: Record) -> Any:
    if row.get("res_model"):
        return row["res_model"]
    ir_model = db.data.table("ir.model").get(row.get("res_model_id") or 0)
    return ir_model.get("model") if ir_model else False


def _mixin(db: Database, model: str, rec_id: int, name: str) -> Any:
    rows = _open_activities(db, model, rec_id)
    if not rows:
        return False
    first = rows[0]
    if name == "activity_state":
        states = {_activity_state(r.get("date_deadline")) for r in rows}
        return next(s for s in ("overdue", "today", "planned") if s in states)
    if name in ("activity_date_deadline", "my_activity_date_deadline"):
        return first.get("date_deadline") or False
    key = {"activity_summary": "summary", "activity_type_id": "activity_type_id"}.get(
        name, "user_id"
    )
    return first.get(key) or False


def _by_field(model: str, key: str, name: str) -> Callable[[Database, int], Any]:
    def compute(db: Database, rec_id: int) -> Any:
        return sorted(i for i, r in db.data.table(model).items() if r.get(key) == rec_id)

    compute.__name__ = name
    return compute


def _stored_or(name: str, fallback: Callable[[Database, Record], Any]) -> Callable[..., Any]:
    def compute(db: Database, rec_id: int, model: str) -> Any:
        row = db.data.table(model)[rec_id]
        return row[name] if row.get(name) else fallback(db, row)

    return compute


def _document_name(db: Database, row: Record) -> Any:
    model = _activity_model(db, row)
    if model not in db.registry:
        return False
    return db.display_name(model, row.get("res_id") or 0)


def _picking_code(db: Database, row: Record) -> Any:
    picking = db.data.table("stock.picking").get(row.get("picking_id") or 0, {})
    if picking.get("picking_type_code"):
        return picking["picking_type_code"]
    picking_type = db.data.table("stock.picking.type").get(
        row.get("picking_type_id") or picking.get("picking_type_id") or 0, {}
    )
    return picking_type.get("code", False)


_STORED_OR: dict[tuple[str, str], Callable[..., Any]] = {
    ("mail.activity", "res_model"): _stored_or("res_model", _activity_model),
    ("mail.activity", "res_name"): _stored_or(
        "res_name",
        lambda db, row: _document_name(db, row),
    ),
    ("stock.move", "picking_code"): _stored_or("picking_code", _picking_code),
    ("stock.picking", "picking_type_code"): _stored_or("picking_type_code", _picking_code),
    ("res.partner", "email_normalized"): _stored_or(
        "email_normalized", lambda db, row: (row.get("email") or "").lower() or False
    ),
}
_PICKINGS_OF_PO = _by_field("stock.picking", "purchase_id", "picking_ids")


def compute(db: Database, model: str, rec_id: int, name: str) -> Any:
    """Return the value of a computed field, or NOT_COMPUTED to read the stored one."""
    if (model, name) in _STORED_OR:
        return _STORED_OR[(model, name)](db, rec_id, model)
    if model == "mail.activity" and name == "state":
        row = db.data.table(model)[rec_id]
        return "done" if row.get("active") is False else _activity_state(row.get("date_deadline"))
    if model == "purchase.order" and name == "picking_ids":
        return _PICKINGS_OF_PO(db, rec_id)
    if model == "purchase.order" and name == "incoming_picking_count":
        return len(_PICKINGS_OF_PO(db, rec_id))
    if name in _MIXIN and "activity_ids" in db.registry[model].fields:
        return _mixin(db, model, rec_id, name)
    if name == "has_message" and "message_ids" in db.registry[model].fields:
        return bool(db.value(model, rec_id, "message_ids"))
    return NOT_COMPUTED


def display_name(db: Database, model: str, rec_id: int, row: Record) -> str | bool | None:
    """Model-specific display names; None means "use the record name"."""
    name = row.get("name") or ""
    if model in ("product.product", "product.template"):
        code = row.get("default_code")
        return f"[{code}] {name}" if code else name
    if model == "res.partner" and row.get("parent_id") and not row.get("is_company"):
        parent = db.display_name("res.partner", row["parent_id"])
        return f"{parent}, {name}" if name else parent
    if model == "stock.picking.type" and row.get("warehouse_id"):
        warehouse = db.data.table("stock.warehouse").get(row["warehouse_id"], {})
        return f"{warehouse.get('name', '')}: {name}"
    if model == "mail.activity":
        if row.get("summary"):
            return str(row["summary"])
        return db.display_name("mail.activity.type", row.get("activity_type_id") or 0)
    return None


def defaults(db: Database, model: str, rec_id: int, uid: int, vals: Record) -> Record:
    """Default values Odoo fills in at creation, for the fields ``vals`` leaves out."""
    now = db.now()
    out: Record = {"create_uid": uid, "write_uid": uid, "create_date": now, "write_date": now}
    fields = db.registry[model].fields
    if "active" in fields:
        out["active"] = True
    if model == "purchase.order":
        out.update(
            name=f"P{rec_id:05d}",
            state="draft",
            date_order=now,
            currency_id=1,
            company_id=1,
            user_id=uid,
            picking_type_id=1,
            priority="0",
            receipt_status=False,
        )
    elif model == "purchase.order.line":
        order = db.data.table("purchase.order").get(vals.get("order_id") or 0, {})
        product = db.data.table("product.product").get(vals.get("product_id") or 0, {})
        uom_field = "product_uom" if "product_uom" in fields else "product_uom_id"
        out.update(
            {
                "name": db.display_name("product.product", vals["product_id"]) if product else "/",
                uom_field: product.get("uom_po_id") or product.get("uom_id") or 1,
                "date_planned": order.get("date_planned") or now,
                "qty_received": 0.0,
                "product_qty": 1.0,
            }
        )
    elif model == "mail.activity":
        type_row = db.data.table("mail.activity.type").get(vals.get("activity_type_id") or 0, {})
        deadline = date.fromisoformat(today()) + timedelta(
            days=int(type_row.get("delay_count") or 0)
        )
        out.update(user_id=uid, date_deadline=deadline.isoformat())
    elif model == "res.partner":
        out.update(is_company=False, lang="en_US", type="contact")
    elif model == "res.users":
        out.update(share=False, company_id=1, notification_type="email")
    elif model == "mail.message":
        out.update(date=now, message_type="notification")
    return {key: value for key, value in out.items() if key in fields and key not in vals}


def check_required(db: Database, model: str, vals: Record) -> None:
    """Raise the ValidationError of a NOT NULL violation (transcript 035)."""
    for name in REQUIRED.get(model, ()):
        if name in db.registry[model].fields and not vals.get(name):
            fld = db.registry[model].fields[name]
            raise errors.validation_error(
                "The operation cannot be completed:\n"
                "- Create/update: a mandatory field is not set.\n"
                "- Delete: another model requires the record being deleted. "
                "If possible, archive it instead.\n\n"
                f"Model: {db.registry[model].description} ({model})\n"
                f"Field: {fld.string} ({name})\n"
            )


def check_write(db: Database, model: str, ids: list[int], vals: Record) -> None:
    """Constraints checked on write: no recursive parent hierarchy (transcript 093)."""
    parent = vals.get("parent_id")
    fields = db.registry[model].fields
    if not parent or "parent_id" not in fields or fields["parent_id"].relation != model:
        return
    table = db.data.table(model)
    node: Any = parent
    seen: set[int] = set()
    while node and node not in seen:
        if node in ids:
            label = "Partner hierarchies" if model == "res.partner" else "records"
            raise errors.validation_error(f"You cannot create recursive {label}.")
        seen.add(node)
        node = table.get(node, {}).get("parent_id")


def check_unlink(db: Database, model: str, ids: list[int]) -> None:
    """Apply deletion rules: a purchase order must be cancelled first (transcript 094)."""
    if model != "purchase.order":
        return
    for rec_id in ids:
        if db.data.table(model)[rec_id].get("state") not in ("draft", "cancel"):
            raise errors.user_error(
                "In order to delete a purchase order, you must cancel it first."
            )
