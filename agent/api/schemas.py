"""Request and response bodies, one class per direction, separate from store rows and models.

Out schemas are built from domain models with ``model_validate(obj.model_dump())`` and
ignore fields the API does not publish; In schemas forbid unknown fields.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from agent.models import Action, DateRole, Decision, ExceptionKind, Intent, RecommendationState

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}")


def _iso(pattern: re.Pattern[str], what: str) -> BeforeValidator:
    """Only ISO 8601 text (lax parsing would also take Unix numbers such as ``0``)."""

    def check(value: object) -> object:
        if isinstance(value, dt.date):
            return value
        if not isinstance(value, str) or not pattern.match(value):
            raise ValueError(f"expected an ISO 8601 {what}")
        return value

    return BeforeValidator(check)


IsoDate = Annotated[dt.date, _iso(_ISO_DATE, "date (YYYY-MM-DD)")]
IsoDateTime = Annotated[dt.datetime, _iso(_ISO_DATETIME, "date-time")]
Id = Annotated[int, Field(strict=True, gt=0)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


# ---------------------------------------------------------------- errors


class ErrorDetail(BaseModel):
    """What went wrong: a stable code and a sentence; some errors add fields."""

    model_config = ConfigDict(extra="allow")

    code: str
    message: str


class ErrorOut(BaseModel):
    """The body of every 4xx and 5xx answer."""

    error: ErrorDetail


# ---------------------------------------------------------------- emails


class EmailAccepted(_Out):
    """An email committed to the store (or found there already)."""

    id: str
    status: Literal["accepted", "duplicate"]


class SpanOut(_Out):
    """Evidence: ``text[start:end] == quote`` in the email's cleaned text."""

    start: int
    end: int
    quote: str


class PoRefOut(_Out):
    """A purchase order reference found in the email."""

    value: str
    kind: str
    in_quoted: bool = False
    span: SpanOut | None = None


class DateOut(_Out):
    """A date the vendor states, with its role and evidence."""

    value: dt.date
    role: DateRole
    confidence: float
    span: SpanOut


class LineOut(_Out):
    """A product and quantity the vendor states."""

    product: str | None = None
    qty: float | None = None
    unit: str | None = None
    po_ref: str | None = None
    confidence: float
    span: SpanOut


class PriceChangeOut(_Out):
    """A price change the vendor announces."""

    product: str | None = None
    old_price: float | None = None
    new_price: float | None = None
    percent: float | None = None
    currency: str | None = None
    effective_date: dt.date | None = None
    confidence: float
    span: SpanOut


class ExtractionOut(_Out):
    """What the extractor asserts about an email, each value with its evidence."""

    intent: Intent
    intent_confidence: float
    intent_span: SpanOut | None = None
    confidence: float
    extractor: str
    prompt_version: str | None = None
    po_refs: list[PoRefOut] = Field(default_factory=list)
    dates: list[DateOut] = Field(default_factory=list)
    lines: list[LineOut] = Field(default_factory=list)
    price_changes: list[PriceChangeOut] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    dropped: list[str] = Field(default_factory=list)


class MatchOut(_Out):
    """The vendor and orders the email concerns."""

    vendor_id: int | None = None
    vendor_name: str | None = None
    po_ids: list[int] = Field(default_factory=list)
    po_names: list[str] = Field(default_factory=list)
    line_ids: list[int] = Field(default_factory=list)
    method: str
    confidence: float


class TrustOut(_Out):
    """Whether the sender may be believed, and why."""

    trusted: bool
    vendor_id: int | None = None
    method: str
    reasons: list[str] = Field(default_factory=list)


class AttachmentOut(_Out):
    """An attachment's name, type and size."""

    filename: str
    content_type: str
    size: int


class EmailOut(_Out):
    """A stored email: parsed fields, processing status, extraction, match, trust."""

    id: str
    message_id: str
    status: str
    source: str
    received_at: dt.datetime
    error_reason: str | None = None
    error: str | None = None
    subject: str | None = None
    from_addr: str | None = None
    from_name: str | None = None
    date: dt.datetime | None = None
    text: str | None = None
    new_text_end: int | None = None
    attachments: list[AttachmentOut] = Field(default_factory=list)
    extraction: ExtractionOut | None = None
    match: MatchOut | None = None
    trust: TrustOut | None = None
    recommendation_ids: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------- exceptions


class ExceptionIn(_In):
    """An exception record from another system (a WMS, a portal, a planner's tool)."""

    kind: ExceptionKind
    key: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        pattern=r"^[A-Za-z0-9:._\-/]+$",
        description="Unique per record, kind and day; derived from the fields when absent.",
    )
    detected_at: IsoDateTime | None = None
    po_id: Id | None = None
    po_name: str | None = Field(default=None, min_length=1, max_length=64)
    product_id: Id | None = None
    warehouse_id: Id | None = None
    summary: str = Field(default="", max_length=500)
    details: dict[str, str | int | float | bool | None] = Field(default_factory=dict)


class ExceptionAccepted(_Out):
    """The stored exception record's key; ``created`` is false when it refreshed one."""

    key: str
    created: bool


# ---------------------------------------------------------------- recommendations


class RiskOut(_Out):
    """Stockout risk of one product in one warehouse, with the factors in words."""

    product_id: int
    product_code: str = ""
    product_name: str = ""
    warehouse_id: int
    warehouse_name: str = ""
    on_hand: float
    daily_demand: float
    days_of_cover: float | None = None
    stockout_date: dt.date | None = None
    probability: float
    level: str
    units_short: float = 0.0
    factors: list[str] = Field(default_factory=list)


class RecommendationOut(_Out):
    """A drafted recommendation and where it stands."""

    id: str
    state: RecommendationState
    decision: Decision
    decision_reason: str = ""
    action: Action
    intent: Intent | None = None
    source_type: str
    source_id: str
    summary: str
    text: str
    po_name: str | None = None
    target_id: int | None = None
    vendor_id: int | None = None
    vendor_name: str | None = None
    assignee_login: str | None = None
    needs_approval: bool = False
    deadline: dt.date
    new_date: dt.date | None = None
    previous_date: dt.date | None = None
    delay_days: int | None = None
    confidence: float
    trusted: bool
    evidence: list[SpanOut] = Field(default_factory=list)
    risk: RiskOut | None = None
    created_at: dt.datetime
    updated_at: dt.datetime


class RecommendationPage(_Out):
    """One page of recommendations."""

    items: list[RecommendationOut]
    total: int
    limit: int
    offset: int


class QueueOut(_Out):
    """What waits for a person: queued items and drafts marked for review."""

    items: list[RecommendationOut]
    count: int


class DecisionIn(_In):
    """A planner's verdict; a reason is kept in the audit log."""

    reason: str | None = Field(default=None, max_length=1000)


# ---------------------------------------------------------------- health


class HealthOut(_Out):
    """The process answers."""

    status: Literal["ok"] = "ok"


class CheckOut(_Out):
    """One dependency: ok, or the error."""

    ok: bool
    detail: str = ""
    configured: bool = True


class ReadyOut(_Out):
    """Readiness: every configured dependency answered."""

    ready: bool
    checks: dict[str, CheckOut]
