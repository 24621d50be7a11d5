from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from agent.models import (
    SCHEMA_VERSION,
    AuditEntry,
    DateRole,
    ExceptionKind,
    ExceptionRecord,
    ExtractedDate,
    Extraction,
    Intent,
    PoRef,
    RiskAssessment,
    RiskLevel,
    Span,
)
from tests.factories import NOW, inbound, recommendation


def _date(day: int, role: DateRole) -> ExtractedDate:
    return ExtractedDate(
        value=dt.date(2026, 12, day),
        role=role,
        span=Span(start=0, end=1, quote="x"),
        confidence=0.9,
    )


def test_json_round_trips_keep_everything() -> None:
    risk = RiskAssessment(
        product_id=1,
        warehouse_id=1,
        on_hand=5,
        daily_demand=2,
        probability=0.7,
        level=RiskLevel.HIGH,
        factors=["demand 2x"],
    )
    objects = [
        inbound(),
        recommendation(risk=risk),
        ExceptionRecord(key="k", kind=ExceptionKind.LATE_RECEIPT, detected_at=NOW),
        AuditEntry(at=NOW, actor="a", event="gate", subject_type="r", subject_id="1"),
        Extraction(
            message_id="<m>",
            intent=Intent.DELAY,
            intent_confidence=0.9,
            confidence=0.8,
            extractor="rules",
            dates=[_date(3, DateRole.NEW_ETA)],
            po_refs=[PoRef(value="P00042")],
        ),
    ]
    for obj in objects:
        again = type(obj).model_validate_json(obj.model_dump_json())
        assert again == obj
        assert again.schema_version == SCHEMA_VERSION  # type: ignore[attr-defined]


def test_commitment_is_the_latest_committing_date() -> None:
    extraction = Extraction(
        message_id="<m>",
        intent=Intent.DELAY,
        intent_confidence=0.9,
        confidence=0.8,
        extractor="rules",
        dates=[
            _date(20, DateRole.OTHER),
            _date(3, DateRole.RANGE_START),
            _date(5, DateRole.RANGE_END),
            _date(1, DateRole.SHIP_DATE),
        ],
    )
    commitment = extraction.commitment
    assert commitment is not None and commitment.value == dt.date(2026, 12, 5)


def test_bad_values_are_refused() -> None:
    with pytest.raises(ValidationError):
        Span(start=5, end=2, quote="")
    with pytest.raises(ValidationError):
        recommendation(confidence=1.5)
    with pytest.raises(ValidationError):
        inbound(unknown_field=1)
