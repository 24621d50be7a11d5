"""``POST /v1/exceptions``: an exception record from another system."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from agent.api.deps import DepsDep, IngestKey
from agent.api.errors import AUTH_RESPONSES
from agent.api.schemas import ErrorOut, ExceptionAccepted, ExceptionIn
from agent.models import ExceptionRecord

router = APIRouter(
    prefix="/v1",
    tags=["exceptions"],
    responses={code: {**spec, "model": ErrorOut} for code, spec in AUTH_RESPONSES.items()},
)

_ANSWERS: dict[int | str, dict[str, Any]] = {
    200: {"model": ExceptionAccepted, "description": "A record with this key was refreshed"},
    202: {"model": ExceptionAccepted, "description": "Stored as a new record"},
}


def default_key(body: ExceptionIn, day: str) -> str:
    """Unique per record, kind and day when the sender gives no key."""
    subject = body.po_name or body.po_id or body.product_id or "none"
    return f"api:{body.kind.value}:{subject}:{body.warehouse_id or 0}:{day}"


@router.post(
    "/exceptions",
    status_code=202,
    response_model=ExceptionAccepted,
    responses=_ANSWERS,
    summary="Record an exception from another system",
)
def post_exception(
    body: ExceptionIn, response: Response, deps: DepsDep, principal: IngestKey
) -> ExceptionAccepted:
    """Validate and store (re-sending the same key refreshes the record, answered 200)."""
    now = deps.clock.now()
    detected = body.detected_at or now
    record = ExceptionRecord(
        key=body.key or default_key(body, detected.date().isoformat()),
        kind=body.kind,
        source=f"api:{principal.name}",
        detected_at=detected,
        po_id=body.po_id,
        po_name=body.po_name,
        product_id=body.product_id,
        warehouse_id=body.warehouse_id,
        summary=body.summary,
        details=dict(body.details),
    )
    created = deps.store.upsert_exception(record, now)
    response.status_code = 202 if created else 200
    return ExceptionAccepted(key=record.key, created=created)
