"""The schema the language model fills: values with verbatim quotes instead of offsets.

Models cannot count characters reliably, so they copy the words that prove each value and
``grounding`` finds those words in the email and computes the offsets. The wire models
accept unknown keys so that an answer which "obeys" an email (an ``approved`` flag, an
``assign_to``) is still readable; those keys are reported and never used.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from agent.models import DateRole, Intent


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    def unexpected(self, path: str = "") -> list[str]:
        """Keys the schema does not know, with their place in the answer."""
        extra = self.model_extra or {}
        found = [f"{path}{key}" for key in extra]
        for name in type(self).model_fields:
            value = getattr(self, name)
            items = value if isinstance(value, list) else [value]
            for index, item in enumerate(items):
                if isinstance(item, _Wire):
                    suffix = f"[{index}]" if isinstance(value, list) else ""
                    found.extend(item.unexpected(f"{path}{name}{suffix}."))
        return found


class WireRef(_Wire):
    """A purchase order reference: Odoo's name or the vendor's own order number."""

    value: str = Field(description="the reference as written, e.g. P00042 or SO-88123")
    kind: Literal["odoo", "vendor"] = Field(
        default="odoo", description="odoo for our order names, vendor for their numbers"
    )
    quote: str = Field(description="verbatim words of the email that contain the reference")


class WireDate(_Wire):
    """A date the email states, resolved to a calendar day."""

    value: dt.date = Field(description="the day as YYYY-MM-DD")
    role: DateRole
    quote: str = Field(description="the verbatim date expression, e.g. 'by 14 December'")


class WireLine(_Wire):
    """A product and quantity the vendor states."""

    product: str | None = Field(default=None, description="the product code as written")
    qty: float | None = None
    unit: str | None = None
    po_ref: str | None = None
    quote: str = Field(description="verbatim words with the quantity (and product)")


class WirePrice(_Wire):
    """A price change: old and new price or a percentage."""

    product: str | None = None
    old_price: float | None = None
    new_price: float | None = None
    percent: float | None = None
    currency: str | None = None
    effective_date: dt.date | None = None
    quote: str = Field(description="verbatim words with the prices or percentage")


class WireTracking(_Wire):
    """A shipment's carrier and tracking number."""

    carrier: str | None = None
    number: str
    quote: str = Field(description="verbatim words with the tracking number")


class WireExtraction(_Wire):
    """Everything the model asserts about one email; every value with its quote."""

    intent: Intent
    intent_quote: str | None = Field(
        default=None, description="the verbatim sentence that shows the intent"
    )
    secondary_intents: list[Intent] = Field(default_factory=list)
    po_refs: list[WireRef] = Field(default_factory=list)
    dates: list[WireDate] = Field(default_factory=list)
    lines: list[WireLine] = Field(default_factory=list)
    price_changes: list[WirePrice] = Field(default_factory=list)
    tracking: list[WireTracking] = Field(default_factory=list)
    confidence: float = Field(default=0.8, ge=0, le=1)


WIRE_NAME = "email_extraction"


def wire_json_schema() -> dict[str, Any]:
    """The JSON schema sent to the endpoint (named, described, no extra keys advertised)."""
    schema = WireExtraction.model_json_schema()
    schema["title"] = WIRE_NAME
    schema["description"] = (
        "Facts a supplier email states about purchase orders; each value with a verbatim quote."
    )
    return schema
