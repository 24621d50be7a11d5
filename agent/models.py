"""Domain models that flow between the pipeline stages.

Every model is a frozen pydantic v2 model that round-trips through JSON. ``SCHEMA_VERSION``
is stored with each persisted object so that a later release can migrate old rows.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Intent(StrEnum):
    """What a supplier email is mainly about."""

    CONFIRMATION = "confirmation"
    DELAY = "delay"
    PARTIAL_SHIPMENT = "partial_shipment"
    CANCELLATION = "cancellation"
    PRICE_CHANGE = "price_change"
    SHIPPING_NOTICE = "shipping_notice"
    QUESTION = "question"
    OTHER = "other"


class DateRole(StrEnum):
    """What a date in an email stands for."""

    CONFIRMED_DELIVERY = "confirmed_delivery"
    NEW_ETA = "new_eta"
    SHIP_DATE = "ship_date"
    RANGE_START = "range_start"
    RANGE_END = "range_end"
    PRICE_EFFECTIVE = "price_effective"
    OTHER = "other"


COMMITMENT_ROLES = frozenset({DateRole.CONFIRMED_DELIVERY, DateRole.NEW_ETA, DateRole.RANGE_END})


class Span(_Model):
    """A stretch of the cleaned email text that proves a value: ``text[start:end] == quote``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end is before its start")
        return self


# ---------------------------------------------------------------- inbound


class Attachment(_Model):
    """An attachment: its text when we can read it, otherwise only what it is."""

    filename: str
    content_type: str
    size: int
    text: str | None = None
    note: str | None = None


class SenderTrust(_Model):
    """Whether the sender may be believed, and why."""

    trusted: bool
    vendor_id: int | None = None
    vendor_name: str | None = None
    method: Literal["exact", "domain", "none"] = "none"
    reasons: list[str] = Field(default_factory=list)
    spf: str | None = None
    dkim: str | None = None
    dmarc: str | None = None


class InboundEmail(_Model):
    """A parsed supplier email. ``text`` is the cleaned body that spans point into."""

    schema_version: int = SCHEMA_VERSION
    message_id: str
    content_hash: str
    subject: str = ""
    from_addr: str = ""
    from_name: str = ""
    reply_to: str | None = None
    sender: str | None = None
    to: list[str] = Field(default_factory=list)
    date: dt.datetime
    in_reply_to: str | None = None
    references: list[str] = Field(default_factory=list)
    text: str = ""
    new_text_end: int = 0
    attachments: list[Attachment] = Field(default_factory=list)
    authentication_results: str | None = None
    notes: list[str] = Field(default_factory=list)
    source: str = "unknown"

    @property
    def new_text(self) -> str:
        """The vendor's own words, without quoted history or signature."""
        return self.text[: self.new_text_end]

    @property
    def quoted_text(self) -> str:
        """Quoted history and signature: searched for references, not for commitments."""
        return self.text[self.new_text_end :]


class ExceptionKind(StrEnum):
    """Kinds of exception record that do not come from an email."""

    LATE_RECEIPT = "late_receipt"
    UNACKNOWLEDGED_PO = "unacknowledged_po"
    SHORT_RECEIPT = "short_receipt"
    BELOW_MINIMUM = "below_minimum"
    DATE_CHANGED = "date_changed"
    DEMAND_ANOMALY = "demand_anomaly"
    SUPPLY_ANOMALY = "supply_anomaly"
    EXTERNAL = "external"


class ExceptionRecord(_Model):
    """A fact held by Odoo (or another system) that needs a planner's attention.

    ``key`` is unique per record, kind and day, so a re-scan updates instead of duplicating.
    """

    schema_version: int = SCHEMA_VERSION
    key: str
    kind: ExceptionKind
    source: str = "odoo_scan"
    detected_at: dt.datetime
    po_id: int | None = None
    po_name: str | None = None
    product_id: int | None = None
    warehouse_id: int | None = None
    summary: str = ""
    details: dict[str, Any] = Field(default_factory=dict)


# ---------------------------------------------------------------- extraction


class PoRef(_Model):
    """A purchase order reference found in an email."""

    value: str
    kind: Literal["odoo", "vendor"] = "odoo"
    in_quoted: bool = False
    span: Span | None = None
    confidence: float = Field(ge=0, le=1, default=1.0)


class ExtractedDate(_Model):
    """A date expression resolved to a calendar day, with the role it plays."""

    value: dt.date
    role: DateRole
    span: Span
    confidence: float = Field(ge=0, le=1)


class ExtractedLine(_Model):
    """A product and quantity the vendor states."""

    product: str | None = None
    qty: float | None = None
    unit: str | None = None
    po_ref: str | None = None
    span: Span
    confidence: float = Field(ge=0, le=1)


class PriceChange(_Model):
    """A price the vendor changes, as old/new price or a percentage."""

    product: str | None = None
    old_price: float | None = None
    new_price: float | None = None
    percent: float | None = None
    currency: str | None = None
    effective_date: dt.date | None = None
    span: Span
    confidence: float = Field(ge=0, le=1)


class Tracking(_Model):
    """A shipment's carrier and tracking number."""

    carrier: str | None = None
    number: str
    span: Span
    confidence: float = Field(ge=0, le=1)


class Extraction(_Model):
    """Everything an extractor asserts about one email, each value with its evidence."""

    schema_version: int = SCHEMA_VERSION
    message_id: str
    intent: Intent
    intent_confidence: float = Field(ge=0, le=1)
    intent_span: Span | None = None
    secondary_intents: list[Intent] = Field(default_factory=list)
    po_refs: list[PoRef] = Field(default_factory=list)
    dates: list[ExtractedDate] = Field(default_factory=list)
    lines: list[ExtractedLine] = Field(default_factory=list)
    price_changes: list[PriceChange] = Field(default_factory=list)
    tracking: list[Tracking] = Field(default_factory=list)
    confidence: float = Field(ge=0, le=1)
    extractor: str
    prompt_id: str | None = None
    prompt_version: str | None = None
    dropped: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    tokens_in: int | None = Field(default=None, ge=0)
    tokens_out: int | None = Field(default=None, ge=0)
    cost: float | None = Field(default=None, ge=0)

    @property
    def commitment(self) -> ExtractedDate | None:
        """The delivery date the vendor now commits to: the latest committing date."""
        committing = [d for d in self.dates if d.role in COMMITMENT_ROLES]
        return max(committing, key=lambda d: d.value) if committing else None

    @property
    def odoo_refs(self) -> list[str]:
        """Distinct Odoo order names, in order of appearance."""
        return list(dict.fromkeys(r.value for r in self.po_refs if r.kind == "odoo"))

    @property
    def vendor_refs(self) -> list[str]:
        """Distinct vendor order numbers, in order of appearance."""
        return list(dict.fromkeys(r.value for r in self.po_refs if r.kind == "vendor"))


# ---------------------------------------------------------------- matching


class MatchMethod(StrEnum):
    """How an email was tied to purchase orders."""

    REFERENCE = "reference"
    VENDOR_REF = "vendor_ref"
    REPLY_THREAD = "reply_thread"
    VENDOR_OPEN_ORDER = "vendor_open_order"
    RECORD = "record"
    AGENT = "agent"
    NONE = "none"


class Match(_Model):
    """Vendor, purchase orders and lines an email or exception concerns."""

    vendor_id: int | None = None
    vendor_name: str | None = None
    po_ids: list[int] = Field(default_factory=list)
    po_names: list[str] = Field(default_factory=list)
    line_ids: list[int] = Field(default_factory=list)
    method: MatchMethod = MatchMethod.NONE
    confidence: float = Field(ge=0, le=1, default=0.0)
    notes: list[str] = Field(default_factory=list)


class CommitmentKind(StrEnum):
    """What a vendor committed to."""

    DATE = "date"
    QUANTITY = "quantity"
    CANCEL = "cancel"
    PRICE = "price"
    CONFIRM = "confirm"


class Commitment(_Model):
    """One promise about one order line, with where it came from."""

    schema_version: int = SCHEMA_VERSION
    po_id: int
    po_name: str
    line_id: int | None = None
    product_id: int | None = None
    kind: CommitmentKind
    previous_date: dt.date | None = None
    new_date: dt.date | None = None
    qty: float | None = None
    price: float | None = None
    source: Literal["email", "portal", "scan", "api"] = "email"
    source_id: str
    recorded_at: dt.datetime
    evidence: Span | None = None


# ---------------------------------------------------------------- risk


class RiskLevel(StrEnum):
    """Risk bands, ordered from harmless to urgent."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """Position in the order low < medium < high < critical."""
        return list(RiskLevel).index(self)


class RiskAssessment(_Model):
    """Stockout risk of one product in one warehouse, with the reasons in words."""

    schema_version: int = SCHEMA_VERSION
    product_id: int
    product_code: str = ""
    product_name: str = ""
    warehouse_id: int
    warehouse_name: str = ""
    on_hand: float
    daily_demand: float
    days_of_cover: float | None = None
    next_receipt_date: dt.date | None = None
    stockout_date: dt.date | None = None
    probability: float = Field(ge=0, le=1)
    level: RiskLevel
    units_short: float = 0.0
    lost_sales_value: float = 0.0
    anomaly_score: float | None = None
    factors: list[str] = Field(default_factory=list)
    model_version: str = ""


# ---------------------------------------------------------------- recommendations


class Action(StrEnum):
    """What the service proposes a person does."""

    ACCEPT_NEW_DATE = "accept_new_date"
    EXPEDITE = "expedite"
    BUY_ALTERNATE = "buy_alternate"
    TRANSFER = "transfer"
    SPLIT_ORDER = "split_order"
    CHASE_VENDOR = "chase_vendor"
    REVIEW_CANCELLATION = "review_cancellation"
    REVIEW_PRICE_CHANGE = "review_price_change"
    ANSWER_VENDOR = "answer_vendor"
    REORDER = "reorder"
    INFO_ONLY = "info_only"


class Decision(StrEnum):
    """Where the gate sends a recommendation."""

    AUTO_DRAFT = "auto_draft"
    REVIEW = "review"
    QUEUE = "queue"


class RecommendationState(StrEnum):
    """Life cycle of a recommendation."""

    QUEUED = "queued"
    PENDING_PUSH = "pending_push"
    PUSHED = "pushed"
    APPROVED = "approved"
    REJECTED = "rejected"
    DONE = "done"
    CANCELLED = "cancelled"
    DISMISSED = "dismissed"
    LOGGED = "logged"


class Recommendation(_Model):
    """A drafted recommendation: the product a buyer finds in Odoo."""

    schema_version: int = SCHEMA_VERSION
    id: str
    key: str
    source_type: Literal["email", "exception"]
    source_id: str
    action: Action
    intent: Intent | None = None
    target_model: str = "purchase.order"
    target_id: int | None = None
    po_name: str | None = None
    line_ids: list[int] = Field(default_factory=list)
    vendor_id: int | None = None
    vendor_name: str | None = None
    assignee_id: int | None = None
    assignee_login: str | None = None
    approval_rule: str | None = None
    needs_approval: bool = False
    escalated_at: dt.datetime | None = None
    deadline: dt.date
    summary: str
    text: str
    evidence: list[Span] = Field(default_factory=list)
    new_date: dt.date | None = None
    previous_date: dt.date | None = None
    delay_days: int | None = None
    risk: RiskAssessment | None = None
    confidence: float = Field(ge=0, le=1)
    trusted: bool = True
    decision: Decision
    decision_reason: str = ""
    state: RecommendationState
    created_at: dt.datetime
    updated_at: dt.datetime


class AuditEntry(_Model):
    """One line of the append-only audit log."""

    schema_version: int = SCHEMA_VERSION
    at: dt.datetime
    actor: str
    event: str
    subject_type: str
    subject_id: str
    details: dict[str, Any] = Field(default_factory=dict)
