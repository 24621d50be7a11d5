"""Dashboard pages: login, review queue, item with evidence, risk, past SLA, vendors, health.

Plain HTML forms post approvals and rejections (with a CSRF token); no JavaScript.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from agent.api.dashboard import data
from agent.api.dashboard.auth import COOKIE, UserDep, check_csrf, csrf_token, session_cookie
from agent.api.deps import ServiceDep
from agent.api.errors import NotFound, Unauthorized
from agent.api.routes.recommendations import waiting
from agent.api.security import ApiScope, Principal, authenticate
from agent.api.views import render
from agent.approvals import DECIDABLE, decide
from agent.errors import ApprovalError

router = APIRouter(prefix="/dashboard", include_in_schema=False)


def _page(
    request: Request, service: ServiceDep, user: Principal, name: str, **context: Any
) -> HTMLResponse:
    context.update(principal=user, csrf=csrf_token(service.secret, user))
    return render(request, name, context)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    """The login form."""
    return render(request, "login.html", {})


@router.post("/login", response_class=HTMLResponse, response_model=None)
def login(
    request: Request, service: ServiceDep, key: Annotated[str, Form(max_length=200)]
) -> HTMLResponse | RedirectResponse:
    """Check the key, then set the session cookie and go to the queue."""
    try:
        principal = authenticate(service.deps.store, key.strip())
    except Unauthorized as exc:
        return render(request, "login.html", {"error": str(exc)}, status_code=401)
    if not principal.allows(ApiScope.READ.value):
        return render(
            request, "login.html", {"error": "this key lacks the 'read' scope"}, status_code=403
        )
    hours = service.settings.api.session_hours
    response = RedirectResponse("/dashboard/", status_code=303)
    response.set_cookie(
        COOKIE,
        session_cookie(service.secret, principal.key_id, hours),
        max_age=int(hours * 3600),
        httponly=True,
        samesite="lax",
        secure=service.settings.public_url.startswith("https://"),
        path="/",
    )
    return response


@router.post("/logout")
def logout(
    service: ServiceDep, user: UserDep, csrf: Annotated[str, Form(max_length=500)]
) -> RedirectResponse:
    """End the session."""
    check_csrf(service.secret, user, csrf)
    response = RedirectResponse("/dashboard/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/", response_class=HTMLResponse)
def queue_page(request: Request, service: ServiceDep, user: UserDep) -> HTMLResponse:
    """The review queue."""
    items = waiting(service.deps)
    recent = service.deps.store.recommendations(states=["approved", "rejected"], limit=20)
    return _page(request, service, user, "queue.html", items=items, recent=recent)


@router.get("/items/{rec_id}", response_class=HTMLResponse)
def item_page(
    request: Request, service: ServiceDep, user: UserDep, rec_id: str, flash: str | None = None
) -> HTMLResponse:
    """One recommendation with its email, the evidence marked, and the verdict buttons."""
    deps = service.deps
    rec = deps.store.get_recommendation(rec_id)
    if rec is None:
        raise NotFound(f"no recommendation {rec_id}")
    stored = deps.store.get_email(rec.source_id) if rec.source_type == "email" else None
    return _page(
        request,
        service,
        user,
        "item.html",
        rec=rec,
        email=stored.email if stored else None,
        can_decide=rec.state in DECIDABLE and user.allows(ApiScope.APPROVE.value),
        flash=flash,
    )


@router.post("/items/{rec_id}/{verdict}", response_model=None)
def decide_item(
    request: Request,
    service: ServiceDep,
    user: UserDep,
    rec_id: str,
    verdict: str,
    csrf: Annotated[str, Form(max_length=500)],
    reason: Annotated[str, Form(max_length=1000)] = "",
) -> RedirectResponse | HTMLResponse:
    """Approve or reject from the item page, then show the item again."""
    check_csrf(service.secret, user, csrf)
    if verdict not in ("approve", "reject"):
        raise NotFound(f"no action {verdict}")
    if not user.allows(ApiScope.APPROVE.value):
        return item_page(request, service, user, rec_id, flash="your key lacks the approve scope")
    deps = service.deps
    try:
        decide(
            deps.store,
            deps.clock,
            rec_id,
            "approve" if verdict == "approve" else "reject",
            user.actor,
            reason=reason or None,
        )
    except ApprovalError as exc:
        return item_page(request, service, user, rec_id, flash=str(exc))
    return RedirectResponse(f"/dashboard/items/{rec_id}?flash={verdict}d", status_code=303)


@router.get("/risk", response_class=HTMLResponse)
def risk_page(request: Request, service: ServiceDep, user: UserDep) -> HTMLResponse:
    """Stockout risk by product and warehouse, with the factors."""
    return _page(request, service, user, "risk.html", rows=data.risk_rows(service.deps))


@router.get("/overdue", response_class=HTMLResponse)
def overdue_page(request: Request, service: ServiceDep, user: UserDep) -> HTMLResponse:
    """Recommendations waiting longer than their SLA."""
    return _page(request, service, user, "overdue.html", rows=data.past_sla(service.deps))


@router.get("/vendors", response_class=HTMLResponse)
def vendors_page(request: Request, service: ServiceDep, user: UserDep) -> HTMLResponse:
    """Vendor scorecards."""
    return _page(request, service, user, "vendors.html", rows=data.scorecards(service.deps))


@router.get("/health", response_class=HTMLResponse)
def health_page(request: Request, service: ServiceDep, user: UserDep) -> HTMLResponse:
    """Integration health."""
    return _page(request, service, user, "health.html", h=data.health(service))
