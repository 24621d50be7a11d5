"""``/v1/approvals/{token}``: the signed links in activity notes (GET confirms, POST applies).

The link is the credential: it is HMAC-signed for one verdict on one recommendation by its
assignee, expires, and works once. GET never changes anything (mail scanners follow links).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse

from agent.api.deps import ServiceDep
from agent.api.errors import LinkInvalid, status_of
from agent.api.views import render
from agent.approvals import ApprovalClaim, decide, verify
from agent.errors import ApprovalError, TriageError

router = APIRouter(prefix="/v1", tags=["approvals"])
Token = Annotated[str, Path(max_length=2000)]
_PAGES: dict[int | str, dict[str, Any]] = {
    403: {"content": {"text/html": {}}, "description": "The link is invalid or expired"},
    404: {"content": {"text/html": {}}, "description": "No such recommendation"},
    409: {"content": {"text/html": {}}, "description": "Already decided; nothing changed"},
}


def _claim(service: ServiceDep, token: str) -> ApprovalClaim:
    try:
        return verify(service.secret, token, service.deps.clock.now())
    except ApprovalError as exc:
        raise LinkInvalid(str(exc)) from exc


def _failed(request: Request, exc: TriageError) -> HTMLResponse:
    status, _ = status_of(exc)
    return render(request, "approval.html", {"error": str(exc)}, status_code=status)


@router.get(
    "/approvals/{token}", response_class=HTMLResponse, responses=_PAGES, summary="Confirm page"
)
def confirm_page(request: Request, service: ServiceDep, token: Token) -> HTMLResponse:
    """Show what the link would do, with a button that POSTs the verdict."""
    try:
        claim = _claim(service, token)
    except TriageError as exc:
        return _failed(request, exc)
    rec = service.deps.store.get_recommendation(claim.rid)
    if rec is None:
        return render(request, "approval.html", {"error": "recommendation not found"}, 404)
    return render(request, "approval.html", {"rec": rec, "claim": claim, "token": token})


@router.post(
    "/approvals/{token}", response_class=HTMLResponse, responses=_PAGES, summary="Apply a link"
)
def apply_link(request: Request, service: ServiceDep, token: Token) -> HTMLResponse:
    """Apply the link's verdict once; a replay, an expired or a foreign link changes nothing."""
    deps = service.deps
    try:
        claim = _claim(service, token)
        rec = decide(
            deps.store,
            deps.clock,
            claim.rid,
            claim.verdict,
            f"link:{claim.uid}" if claim.uid is not None else "link",
            actor_uid=claim.uid,
            jti=claim.jti,
        )
    except TriageError as exc:
        return _failed(request, exc)
    return render(request, "approval.html", {"rec": rec, "done": claim.verdict})
