"""What one example produced, beside its labels: the row of a run's ``results.jsonl``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class SpanOut(BaseModel):
    """A span of the email text, for evidence and highlights."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    quote: str
    label: str = ""


class ExampleResult(BaseModel):
    """Gold and predicted values of one example, the gate's decision and the checks."""

    model_config = ConfigDict(frozen=True)

    id: str
    split: str
    vendor: str
    language: str
    change_type: str
    origin: str = "handwritten"
    injection: bool = False
    gold_intent: str
    pred_intent: str | None = None
    intent_confidence: float | None = None
    gold_po_refs: list[str] = Field(default_factory=list)
    pred_po_refs: list[str] = Field(default_factory=list)
    gold_commitment: str | None = None
    pred_commitment: str | None = None
    gold_commitment_span: SpanOut | None = None
    gold_qtys: list[float] = Field(default_factory=list)
    pred_qtys: list[float] = Field(default_factory=list)
    gold_vendor_refs: list[str] = Field(default_factory=list)
    pred_vendor_refs: list[str] = Field(default_factory=list)
    gold_tracking: list[str] = Field(default_factory=list)
    pred_tracking: list[str] = Field(default_factory=list)
    gold_prices: list[str] = Field(default_factory=list)
    pred_prices: list[str] = Field(default_factory=list)
    gold_po: str | None = None
    gold_vendor_id: int | None = None
    match_vendor_id: int | None = None
    match_po_names: list[str] = Field(default_factory=list)
    match_method: str = "none"
    match_confidence: float = 0.0
    trusted: bool = True
    action: str | None = None
    raw_confidence: float = 0.0
    confidence: float = 0.0
    decision: str = "queue"
    decision_reason: str = ""
    has_target: bool = False
    intent_ok: bool = False
    commitment_ok: bool = False
    commitment_within_1d: bool = False
    match_ok: bool = False
    correct: bool = False
    evidence: list[SpanOut] = Field(default_factory=list)
    diffs: list[str] = Field(default_factory=list)
    error: str | None = None
