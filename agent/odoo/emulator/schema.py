"""Model and field definitions the emulator serves.

Two sources: ``fields_17.json`` is the ``fields_get`` answer a real Odoo 17 gave for the
models odoorpc browses (regenerate it with ``python -m tests.odoo_emulator.snapshot_fields``);
the other models are declared below in a compact one-line-per-model notation, enough for
the fields the project and the transcripts use. :func:`build_registry` then applies the
documented differences between Odoo versions (see :data:`VERSION_CHANGES`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

SNAPSHOT = Path(__file__).with_name("fields_17.json")

X2MANY = frozenset({"one2many", "many2many"})
NUMERIC = frozenset({"integer", "float", "monetary"})
_ABBREVIATIONS = {
    "int": "integer",
    "bool": "boolean",
    "dt": "datetime",
    "sel": "selection",
    "m2o": "many2one",
    "o2m": "one2many",
    "m2m": "many2many",
    "ref": "many2one_reference",
}


@dataclass
class Field:
    """One field of a model, with the attributes ``fields_get`` reports."""

    name: str
    type: str
    string: str
    relation: str | None = None
    relation_field: str | None = None
    readonly: bool = False
    required: bool = False
    store: bool = True
    selection: list[list[str]] | None = None

    def empty(self) -> Any:
        """Return the value Odoo reads for this field when nothing is set."""
        if self.type in X2MANY:
            return []
        if self.type == "integer":
            return 0
        if self.type in ("float", "monetary"):
            return 0.0
        return False

    def attributes(self) -> dict[str, Any]:
        """Full ``fields_get`` attributes, shaped like Odoo 17's answer."""
        attrs: dict[str, Any] = {
            "change_default": False,
            "company_dependent": False,
            "default_export_compatible": False,
            "depends": [],
            "exportable": True,
            "manual": False,
            "name": self.name,
            "readonly": self.readonly,
            "required": self.required,
            "searchable": True,
            "sortable": self.store and self.type not in X2MANY,
            "store": self.store,
            "string": self.string,
            "type": self.type,
        }
        if self.relation:
            attrs["relation"] = self.relation
            attrs["context"] = {}
            attrs["domain"] = []
        if self.relation_field:
            attrs["relation_field"] = self.relation_field
        if self.selection is not None:
            attrs["selection"] = self.selection
        return attrs


@dataclass
class ModelSchema:
    """A model: its fields, description (used in error messages) and default order."""

    name: str
    description: str
    fields: dict[str, Field] = field(default_factory=dict)
    order: str = "id"
    rec_name: str = "name"


_DESCRIPTIONS = {
    "purchase.order": ("Purchase Order", "priority desc, id desc"),
    "purchase.order.line": ("Purchase Order Line", "order_id, sequence, id"),
    "res.partner": ("Contact", "display_name, id desc"),
    "res.users": ("User", "name, login"),
    "product.product": ("Product Variant", "default_code, name, id"),
    "mail.activity": ("Activity", "date_deadline, id"),
    "mail.activity.type": ("Activity Type", "sequence, id"),
}

#: Models not in the snapshot: "description | order | field:type[:relation[:inverse]] ...".
#: Selection fields list their values after the type: ``state:sel:draft,done`` (``+`` is a
#: space inside a value).
_COMPACT: dict[str, str] = {
    "res.company": "Companies | sequence, name | name:char partner_id:m2o:res.partner "
    "currency_id:m2o:res.currency alias_domain_id:m2o:mail.alias.domain catchall_email:char "
    "bounce_email:char default_from_email:char email:char parent_id:m2o:res.company "
    "child_ids:o2m:res.company:parent_id sequence:int",
    "res.currency": "Currency | name | name:char symbol:char rounding:float active:bool",
    "res.groups": "Access Groups | name | name:char full_name:char",
    "uom.uom": "Product Unit of Measure | name | name:char factor:float "
    "uom_type:sel:bigger,reference,smaller",
    "product.category": "Product Category | complete_name | name:char complete_name:char",
    "product.template": "Product | name | name:char default_code:char "
    "detailed_type:sel:consu,service,product type:sel:consu,service,product "
    "uom_id:m2o:uom.uom uom_po_id:m2o:uom.uom categ_id:m2o:product.category "
    "seller_ids:o2m:product.supplierinfo:product_tmpl_id list_price:float "
    "standard_price:float qty_available:float virtual_available:float active:bool "
    "product_variant_ids:o2m:product.product:product_tmpl_id",
    "product.supplierinfo": "Supplier Pricelist | sequence, min_qty desc, price, id | "
    "partner_id:m2o:res.partner product_tmpl_id:m2o:product.template "
    "product_id:m2o:product.product min_qty:float price:float delay:int "
    "currency_id:m2o:res.currency product_name:char product_code:char sequence:int "
    "company_id:m2o:res.company date_start:date date_end:date",
    "stock.warehouse": "Warehouse | sequence, id | name:char code:char "
    "lot_stock_id:m2o:stock.location company_id:m2o:res.company partner_id:m2o:res.partner "
    "in_type_id:m2o:stock.picking.type active:bool sequence:int",
    "stock.location": "Inventory Locations | complete_name, id | name:char complete_name:char "
    "usage:sel:supplier,view,internal,customer,inventory,production,transit "
    "location_id:m2o:stock.location warehouse_id:m2o:stock.warehouse "
    "company_id:m2o:res.company active:bool",
    "stock.picking.type": "Picking Type | sequence, id | name:char "
    "code:sel:incoming,outgoing,internal warehouse_id:m2o:stock.warehouse sequence:int "
    "default_location_src_id:m2o:stock.location default_location_dest_id:m2o:stock.location "
    "company_id:m2o:res.company",
    "stock.lot": "Lot/Serial | name | name:char product_id:m2o:product.product",
    "stock.route": "Inventory Routes | sequence | name:char sequence:int",
    "stock.quant": "Quants | id | product_id:m2o:product.product location_id:m2o:stock.location "
    "quantity:float reserved_quantity:float lot_id:m2o:stock.lot "
    "warehouse_id:m2o:stock.warehouse company_id:m2o:res.company in_date:dt "
    "product_uom_id:m2o:uom.uom inventory_quantity:float",
    "stock.picking": "Transfer | priority desc, scheduled_date, id desc | name:char origin:char "
    "partner_id:m2o:res.partner state:sel:draft,waiting,confirmed,assigned,done,cancel "
    "scheduled_date:dt date_deadline:dt date_done:dt purchase_id:m2o:purchase.order "
    "move_ids:o2m:stock.move:picking_id picking_type_id:m2o:stock.picking.type "
    "picking_type_code:sel:incoming,outgoing,internal location_id:m2o:stock.location "
    "location_dest_id:m2o:stock.location company_id:m2o:res.company user_id:m2o:res.users "
    "priority:sel:0,1 backorder_id:m2o:stock.picking",
    "stock.move": "Stock Move | sequence, id | name:char product_id:m2o:product.product "
    "product_uom_qty:float quantity:float product_uom:m2o:uom.uom "
    "state:sel:draft,waiting,confirmed,partially_available,assigned,done,cancel date:dt "
    "date_deadline:dt picking_id:m2o:stock.picking purchase_line_id:m2o:purchase.order.line "
    "picking_code:sel:incoming,outgoing,internal location_id:m2o:stock.location "
    "location_dest_id:m2o:stock.location origin:char picking_type_id:m2o:stock.picking.type "
    "warehouse_id:m2o:stock.warehouse company_id:m2o:res.company partner_id:m2o:res.partner "
    "reference:char sequence:int",
    "stock.warehouse.orderpoint": "Minimum Inventory Rule | location_id, company_id, id | "
    "name:char product_id:m2o:product.product warehouse_id:m2o:stock.warehouse "
    "location_id:m2o:stock.location product_min_qty:float product_max_qty:float "
    "qty_multiple:float qty_forecast:float qty_to_order:float trigger:sel:auto,manual "
    "route_id:m2o:stock.route supplier_id:m2o:product.supplierinfo "
    "company_id:m2o:res.company active:bool",
    "mail.message": "Message | id desc | message_id:char subject:char body:html "
    "author_id:m2o:res.partner email_from:char partner_ids:m2m:res.partner "
    "message_type:sel:email,comment,notification,user_notification,auto_comment "
    "subtype_id:m2o:mail.message.subtype date:dt reply_to:char parent_id:m2o:mail.message "
    "child_ids:o2m:mail.message:parent_id record_name:char model:char res_id:ref "
    "attachment_ids:m2m:ir.attachment mail_activity_type_id:m2o:mail.activity.type "
    "is_internal:bool",
    "mail.message.subtype": "Message subtypes | sequence, id | name:char internal:bool "
    "description:text res_model:char sequence:int",
    "mail.mail": "Outgoing Mails | id desc | message_id:char subject:char body_html:html "
    "state:sel:outgoing,sent,received,exception,cancel email_to:text email_from:char "
    "recipient_ids:m2m:res.partner failure_reason:text references:text reply_to:char "
    "model:char res_id:ref mail_message_id:m2o:mail.message",
    "mail.followers": "Document Followers | id | res_model:char res_id:ref "
    "partner_id:m2o:res.partner",
    "mail.alias.domain": "Email Domain | sequence, id | name:char catchall_alias:char "
    "bounce_alias:char default_from:char catchall_email:char bounce_email:char "
    "default_from_email:char sequence:int",
    "mail.template": "Email Templates | name | name:char model:char subject:char",
    "mail.compose.message": "Email composition wizard | id | subject:char body:html "
    "partner_ids:m2m:res.partner attachment_ids:m2m:ir.attachment "
    "template_id:m2o:mail.template model:char res_ids:text "
    "composition_mode:sel:comment,mass_mail email_from:char reply_to:char "
    "subtype_id:m2o:mail.message.subtype email_layout_xmlid:char",
    "mail.thread": "Email Thread | id | ",
    "ir.attachment": "Attachment | id desc | name:char res_model:char res_id:ref mimetype:char",
    "ir.model": "Models | model | model:char name:char transient:bool state:sel:manual,base",
    "ir.model.data": "Model Data | module, model, name | module:char name:char model:char "
    "res_id:ref complete_name:char noupdate:bool",
    "ir.module.module": "Module | sequence, name | name:char shortdesc:char "
    "state:sel:uninstallable,uninstalled,installed,to+upgrade,to+remove,to+install "
    "latest_version:char sequence:int",
    "ir.mail_server": "Mail Server | sequence, id | name:char smtp_host:char smtp_port:int "
    "smtp_encryption:sel:none,starttls,ssl smtp_user:char smtp_pass:char sequence:int "
    "active:bool",
}

_MAGIC = (
    "id:int display_name:char create_date:dt write_date:dt create_uid:m2o:res.users "
    "write_uid:m2o:res.users"
)

#: Field-level differences from the Odoo 17 snapshot, per target version. Each entry is
#: ``(model, old_name, new_name_or_None)``; None drops the field. Kept deliberately small:
#: only what a procurement client is likely to touch.
VERSION_CHANGES: dict[int, list[tuple[str, str, str | None]]] = {
    16: [("stock.move", "quantity", "quantity_done")],
    18: [
        ("product.product", "detailed_type", None),
        ("product.template", "detailed_type", None),
    ],
    19: [
        ("product.product", "detailed_type", None),
        ("product.template", "detailed_type", None),
        ("res.users", "groups_id", "group_ids"),
        ("purchase.order.line", "product_uom", "product_uom_id"),
    ],
}

_TYPE_18 = [["consu", "Goods"], ["service", "Service"], ["combo", "Combo"]]


def _parse_field(token: str) -> Field:
    parts = token.split(":")
    name, kind = parts[0], _ABBREVIATIONS.get(parts[1], parts[1])
    result = Field(name, kind, name.replace("_id", "").replace("_", " ").title())
    if kind == "selection":
        values = [v.replace("+", " ") for v in parts[2].split(",")]
        result.selection = [[v, v.replace("_", " ").title()] for v in values]
    elif kind in ("many2one", "one2many", "many2many"):
        result.relation = parts[2]
        if kind == "one2many":
            result.relation_field = parts[3]
    if name in ("display_name", "create_date", "write_date", "create_uid", "write_uid", "id"):
        result.readonly = True
    if name == "display_name":
        result.store = False
    return result


def _from_snapshot(name: str, attrs: dict[str, Any]) -> Field:
    return Field(
        name=name,
        type=attrs["type"],
        string=attrs.get("string", name),
        relation=attrs.get("relation"),
        relation_field=attrs.get("relation_field"),
        readonly=attrs.get("readonly", False),
        required=attrs.get("required", False),
        store=attrs.get("store", True),
        selection=attrs.get("selection"),
    )


@cache
def _snapshot() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(SNAPSHOT.read_text())
    return data


def build_registry(version: int = 17) -> dict[str, ModelSchema]:
    """Every model the emulator knows, with the fields of Odoo ``version``.

    Args:
        version: Major Odoo version to emulate (16 to 19).

    Returns:
        Model name to schema.

    """
    registry: dict[str, ModelSchema] = {}
    for model, fields in _snapshot().items():
        description, order = _DESCRIPTIONS[model]
        schema = ModelSchema(model, description, order=order)
        schema.fields = {n: _from_snapshot(n, a) for n, a in fields.items()}
        registry[model] = schema
    for model, spec in _COMPACT.items():
        description, order, tokens = (part.strip() for part in spec.split("|"))
        schema = ModelSchema(model, description, order=order)
        for token in f"{_MAGIC} {tokens}".split():
            parsed = _parse_field(token)
            schema.fields[parsed.name] = parsed
        registry[model] = schema
    registry["ir.model.data"].rec_name = "complete_name"
    registry["ir.model"].rec_name = "name"
    registry["mail.message"].rec_name = "record_name"
    registry["mail.activity"].rec_name = "summary"
    registry["stock.location"].rec_name = "complete_name"
    _apply_version(registry, version)
    return registry


def _apply_version(registry: dict[str, ModelSchema], version: int) -> None:
    for model, old, new in VERSION_CHANGES.get(version, []):
        fields = registry[model].fields
        moved = fields.pop(old, None)
        if moved is not None and new is not None:
            moved.name = new
            fields[new] = moved
    if version >= 18:
        for model in ("product.product", "product.template"):
            fields = registry[model].fields
            fields["type"].selection = _TYPE_18
            fields["is_storable"] = Field("is_storable", "boolean", "Track Inventory")
        registry["purchase.order"].fields["acknowledged"] = Field(
            "acknowledged", "boolean", "Acknowledged"
        )


def renames(version: int) -> list[tuple[str, str, str | None]]:
    """Return the field renames and removals applied for ``version`` (see VERSION_CHANGES)."""
    return list(VERSION_CHANGES.get(version, []))
