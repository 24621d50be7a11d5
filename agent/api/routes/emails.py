"""``POST /v1/emails``, ``POST /v1/webhooks/inbound``, ``GET /v1/emails/{id}``."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Request, Response
from starlette.datastructures import UploadFile

from agent.api.deps import DepsDep, IngestKey, ReadKey, ServiceDep
from agent.api.errors import AUTH_RESPONSES, BadInput, Forbidden, NotFound
from agent.api.intake import accept_raw
from agent.api.schemas import EmailAccepted, EmailOut, ErrorOut
from agent.api.security import verify_webhook

router = APIRouter(
    prefix="/v1",
    tags=["emails"],
    responses={code: {**spec, "model": ErrorOut} for code, spec in AUTH_RESPONSES.items()},
)

_RAW_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The message exactly as received (RFC 5322 / MIME).",
        "content": {
            "message/rfc822": {"schema": {"type": "string", "format": "binary", "minLength": 1}}
        },
    }
}
_WEBHOOK_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "A form with the raw message in the field `email`.",
        "content": {
            media: {
                "schema": {
                    "type": "object",
                    "required": ["email"],
                    "properties": {"email": {"type": "string", "format": "binary"}},
                }
            }
            for media in ("multipart/form-data", "application/x-www-form-urlencoded")
        },
    }
}
_ACCEPTED: dict[int | str, dict[str, Any]] = {
    200: {"model": EmailAccepted, "description": "Already stored: the existing id"},
    202: {"model": EmailAccepted, "description": "Committed; processing follows"},
}


@router.post(
    "/emails",
    status_code=202,
    response_model=EmailAccepted,
    responses=_ACCEPTED,
    openapi_extra=_RAW_BODY,
    summary="Take in one raw email",
)
async def post_email(
    request: Request, response: Response, service: ServiceDep, principal: IngestKey
) -> EmailAccepted:
    """Commit a raw MIME message; 202 with its id, 200 with the id of an earlier copy."""
    raw = await request.body()
    accepted, created = await accept_raw(service, raw, f"api:{principal.name}", "api")
    response.status_code = 202 if created else 200
    return accepted


@router.post(
    "/webhooks/inbound",
    status_code=202,
    response_model=EmailAccepted,
    responses=_ACCEPTED,
    openapi_extra=_WEBHOOK_BODY,
    summary="Inbound-email webhook (HMAC signed)",
)
async def inbound_webhook(
    request: Request,
    response: Response,
    service: ServiceDep,
    x_triage_timestamp: Annotated[str | None, Header(max_length=32)] = None,
    x_triage_signature: Annotated[str | None, Header(max_length=200)] = None,
) -> EmailAccepted:
    """A provider's inbound-email post: ``X-Triage-Signature: sha256=HMAC(timestamp.body)``."""
    configured = service.settings.api.webhook_secret
    if configured is None:
        raise Forbidden("the inbound webhook is off: set TRIAGE_API_WEBHOOK_SECRET to enable it")
    body = await request.body()
    verify_webhook(
        configured.get_secret_value().encode(),
        x_triage_timestamp,
        x_triage_signature,
        body,
        time.time(),
        service.settings.api.webhook_tolerance_seconds,
    )
    raw = await _email_field(request)
    accepted, created = await accept_raw(service, raw, "webhook", "webhook")
    response.status_code = 202 if created else 200
    return accepted


async def _email_field(request: Request) -> bytes:
    """The raw message from the form field ``email`` (a file part or a text field)."""
    try:
        async with request.form() as form:
            field = form.get("email")
            if field is None:
                raise BadInput("form field 'email' (the raw message) is missing")
            return await field.read() if isinstance(field, UploadFile) else field.encode()
    except BadInput:
        raise
    except Exception as exc:  # a signed body that is not a form is still the sender's error
        raise BadInput(f"body is not a usable form: {exc}") from exc


@router.get(
    "/emails/{email_id}",
    response_model=EmailOut,
    responses={404: {"model": ErrorOut, "description": "No such email"}},
    summary="A stored email",
)
def get_email(
    deps: DepsDep,
    _: ReadKey,
    email_id: Annotated[str, Path(max_length=64)],
) -> EmailOut:
    """Parsed email, extraction with evidence spans, match, trust and status."""
    stored = deps.store.get_email(email_id)
    if stored is None:
        raise NotFound(f"no email {email_id}")
    data: dict[str, Any] = {
        "id": stored.id,
        "message_id": stored.message_id,
        "status": stored.status,
        "source": stored.source,
        "received_at": stored.received_at,
        "error_reason": stored.error_reason,
        "error": stored.error,
    }
    if stored.email is not None:
        data.update(
            stored.email.model_dump(
                include={
                    "subject",
                    "from_addr",
                    "from_name",
                    "date",
                    "text",
                    "new_text_end",
                    "attachments",
                }
            )
        )
    latest = deps.store.latest_extraction(stored.id)
    if latest is not None:
        extraction, match, trust = latest
        data["extraction"] = extraction.model_dump()
        data["match"] = match.model_dump() if match else None
        data["trust"] = trust.model_dump() if trust else None
    data["recommendation_ids"] = [r.id for r in deps.store.recommendations(source_ids=[stored.id])]
    return EmailOut.model_validate(data)
