"""``/healthz``, ``/readyz`` and ``/metrics``."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from agent.api.deps import ServiceDep
from agent.api.metrics import model_usage
from agent.api.schemas import CheckOut, HealthOut, ReadyOut
from agent.deps import Deps
from agent.store import stats

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=HealthOut, summary="The process is alive")
def healthz() -> HealthOut:
    """Always ok while the process answers."""
    return HealthOut()


def _check(run: object) -> CheckOut:
    try:
        detail = run() if callable(run) else ""
    except Exception as exc:  # readiness reports the error instead of failing
        return CheckOut(ok=False, detail=f"{type(exc).__name__}: {exc}"[:500])
    return CheckOut(ok=True, detail=str(detail or "ok"))


def _ping(deps: Deps) -> str:
    stats.ping(deps.store)
    return deps.store.dialect


def readiness(service: ServiceDep) -> ReadyOut:
    """Each dependency: ok, or the error; unconfigured ones are reported as such."""
    deps, settings = service.deps, service.settings
    checks = {
        "store": _check(lambda: _ping(deps)),
        "odoo": _check(lambda: f"server {deps.gateway.server_version()}"),
    }
    if settings.api.mailbox:
        status = service.mailbox_status()
        if status is None:
            checks["mailbox"] = CheckOut(ok=False, detail="not polled by this process")
        elif status.consecutive_failures:
            checks["mailbox"] = CheckOut(ok=False, detail=status.last_error or "failing")
        else:
            checks["mailbox"] = CheckOut(ok=True, detail=f"lag {status.lag_seconds or 0:.0f}s")
    else:
        checks["mailbox"] = CheckOut(ok=True, configured=False, detail="not configured")
    if settings.llm.configured:
        _, _, state = model_usage(deps.extractor)
        ok = state != "open"
        checks["model"] = CheckOut(ok=ok, detail=f"circuit {state or 'unknown'}")
    else:
        checks["model"] = CheckOut(ok=True, configured=False, detail="not configured")
    return ReadyOut(ready=all(c.ok for c in checks.values()), checks=checks)


@router.get(
    "/readyz",
    response_model=ReadyOut,
    responses={503: {"model": ReadyOut, "description": "A dependency is failing"}},
    summary="Every configured dependency answers",
)
def readyz(service: ServiceDep) -> JSONResponse:
    """Store, Odoo, mailbox and language model when configured: each ok or the error."""
    ready = readiness(service)
    return JSONResponse(ready.model_dump(mode="json"), status_code=200 if ready.ready else 503)


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {"schema": {"type": "string"}}}}},
    summary="Prometheus metrics",
)
def metrics(service: ServiceDep) -> Response:
    """Prometheus text format."""
    return Response(generate_latest(service.metrics.registry), media_type=CONTENT_TYPE_LATEST)
