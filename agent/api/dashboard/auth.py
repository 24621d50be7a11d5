"""Dashboard sessions: log in with a planner's API key, keep a signed cookie, check CSRF.

The cookie holds only the key's id and an expiry, HMAC-signed with the server secret; every
request re-reads the key, so a revoked key ends its sessions at once. Forms carry a CSRF
token bound to the session's key.
"""

from __future__ import annotations

import hmac
import time
from typing import Annotated

from fastapi import Depends, Request

from agent.api.deps import ServiceDep
from agent.api.errors import ApiError, Forbidden
from agent.api.security import ApiScope, Principal, principal_of, sign_value, unsign_value
from agent.store import apikeys

COOKIE = "triage_session"


class LoginRequired(ApiError):
    """No valid dashboard session: the browser is sent to the login page."""

    status, code = 303, "login_required"

    def __init__(self) -> None:
        """Redirect to the login page."""
        super().__init__("log in first", headers={"Location": "/dashboard/login"})


def session_cookie(secret: bytes, key_id: str, hours: float) -> str:
    """The signed session value for a key."""
    return sign_value(secret, "session", {"k": key_id, "exp": int(time.time() + hours * 3600)})


def csrf_token(secret: bytes, principal: Principal) -> str:
    """The form token of a session."""
    return sign_value(secret, "csrf", {"k": principal.key_id})


def check_csrf(secret: bytes, principal: Principal, token: str) -> None:
    """Refuse a form whose token is not this session's."""
    if not hmac.compare_digest(csrf_token(secret, principal), token):
        raise Forbidden("form expired or not from this session; reload the page")


def dashboard_user(request: Request, service: ServiceDep) -> Principal:
    """The logged-in planner, or a redirect to the login page."""
    token = request.cookies.get(COOKIE)
    data = unsign_value(service.secret, "session", token) if token else None
    if not data or int(data.get("exp", 0)) < time.time():
        raise LoginRequired()
    record = apikeys.get(service.deps.store, str(data.get("k")))
    if record is None or not record.active:
        raise LoginRequired()
    principal = principal_of(record)
    if not principal.allows(ApiScope.READ.value):
        raise LoginRequired()
    return principal


UserDep = Annotated[Principal, Depends(dashboard_user)]
