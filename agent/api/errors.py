"""HTTP errors of the API and the one place where every error gets its status code.

Every error body has the same shape (:class:`agent.api.schemas.ErrorOut`):
``{"error": {"code": "...", "message": "...", ...}}``. Routes raise the domain's
``TriageError`` family or the API errors below; they never build error responses themselves.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.errors import (
    ApprovalError,
    ConfigError,
    ExtractionError,
    MailboxError,
    ModelUnavailable,
    OdooError,
    OdooUnavailable,
    ParseError,
    PolicyError,
    TriageError,
)

logger = logging.getLogger(__name__)


class ApiError(TriageError):
    """An error answered to an HTTP client; ``code`` is a stable machine word."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, *, headers: dict[str, str] | None = None, **extra: Any):
        """Keep the message, response headers and extra fields for the body."""
        super().__init__(message)
        self.headers = headers or {}
        self.extra = extra


class Unauthorized(ApiError):
    """No credential, or one that is unknown, malformed or revoked."""

    status, code = 401, "unauthorized"


class Forbidden(ApiError):
    """A valid credential without the scope the route needs."""

    status, code = 403, "forbidden"


class NotFound(ApiError):
    """No such resource."""

    status, code = 404, "not_found"


class PayloadTooLarge(ApiError):
    """The request body is over the configured limit."""

    status, code = 413, "payload_too_large"


class RateLimited(ApiError):
    """The key used up its token bucket."""

    status, code = 429, "rate_limited"


class LinkInvalid(ApiError):
    """A signed approval link that is malformed, tampered with, foreign or expired."""

    status, code = 403, "approval_link_invalid"


# Domain errors by status; the most specific class wins (checked in this order).
STATUS: list[tuple[type[TriageError], int, str]] = [
    (ParseError, 422, "parse_error"),
    (ApprovalError, 409, "approval_conflict"),
    (PolicyError, 422, "policy_error"),
    (OdooUnavailable, 503, "odoo_unavailable"),
    (OdooError, 502, "odoo_error"),
    (ModelUnavailable, 503, "model_unavailable"),
    (ExtractionError, 502, "extraction_error"),
    (MailboxError, 503, "mailbox_error"),
    (ConfigError, 500, "config_error"),
]


def status_of(exc: TriageError) -> tuple[int, str]:
    """HTTP status and code of any error of the family."""
    if isinstance(exc, ApiError):
        return exc.status, exc.code
    for kind, status, code in STATUS:
        if isinstance(exc, kind):
            return status, code
    return 500, "internal_error"


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    """The JSON body of every error answer."""
    return {"error": {"code": code, "message": message, **extra}}


async def _triage_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TriageError)
    status, code = status_of(exc)
    extra: dict[str, Any] = dict(exc.extra) if isinstance(exc, ApiError) else {}
    if isinstance(exc, ParseError):
        extra["reason"] = exc.reason
    if status >= 500:
        logger.error("%s %s failed: %s", request.method, request.url.path, exc)
    headers = exc.headers if isinstance(exc, ApiError) else None
    return JSONResponse(error_body(code, str(exc), **extra), status_code=status, headers=headers)


def _allowed_methods(request: Request, fallback: str) -> str:
    """Every method the schema documents at this path (Starlette names one route's only)."""
    path = request.url.path
    methods: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            methods |= {m.upper() for m in operations}
    return ", ".join(sorted(methods)) if methods else fallback


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    codes = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request, headers.get("Allow", ""))
    return JSONResponse(
        error_body(codes.get(exc.status_code, "http_error"), str(exc.detail)),
        status_code=exc.status_code,
        headers=headers or None,
    )


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", ""))}
        for err in exc.errors()
    ]
    return JSONResponse(
        error_body("validation_error", "request does not match the schema", problems=problems),
        status_code=422,
    )


def register_error_handlers(app: FastAPI) -> None:
    """Install the mapping: the family, Starlette's HTTP errors, request validation."""
    app.add_exception_handler(TriageError, _triage_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)


class Unparseable(ApiError):
    """A message that could not be parsed; it is quarantined under ``id`` with its reason."""

    status, code = 422, "parse_error"


class BadInput(ApiError):
    """A request that is well-formed HTTP but not usable (a missing form field)."""

    status, code = 422, "bad_input"


# What routes document besides their success answers.
AUTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "The body could not be read (not JSON where JSON is expected)"},
    401: {"description": "No API key, or an unknown, malformed or revoked one"},
    403: {"description": "The API key lacks the scope this route needs"},
    413: {"description": "Request body over the configured limit"},
    422: {"description": "The request does not match the schema"},
    429: {"description": "Rate limit exceeded; see Retry-After"},
}
