"""Liveness, readiness (each dependency ok or its error) and Prometheus metrics."""

from __future__ import annotations

from agent.errors import OdooUnavailable
from agent.odoo.gateway import OdooGateway
from tests.api.conftest import Api


class _DownGateway:
    """A gateway whose Odoo is unreachable."""

    def server_version(self) -> str:
        raise OdooUnavailable("connection refused", model="common", method="version")


def test_healthz(api: Api) -> None:
    assert api.client.get("/healthz").json() == {"status": "ok"}


def test_readyz_reports_each_dependency(api: Api) -> None:
    body = api.client.get("/readyz").json()
    assert body["ready"] is True
    assert body["checks"]["store"] == {"ok": True, "detail": "sqlite", "configured": True}
    assert body["checks"]["odoo"]["ok"] and "scenario" in body["checks"]["odoo"]["detail"]
    assert body["checks"]["mailbox"]["configured"] is False
    assert body["checks"]["model"]["configured"] is False


def test_readyz_is_503_with_the_error_when_odoo_is_down(api: Api) -> None:
    import dataclasses
    from typing import cast

    service = api.service
    service.deps = dataclasses.replace(service.deps, gateway=cast(OdooGateway, _DownGateway()))
    response = api.client.get("/readyz")
    assert response.status_code == 503
    odoo = response.json()["checks"]["odoo"]
    assert odoo["ok"] is False and "connection refused" in odoo["detail"]
    assert "OdooUnavailable" in odoo["detail"]


def test_metrics_expose_the_named_figures(api: Api) -> None:
    api.load_inbox()
    api.post_email(b"")
    text = api.client.get("/metrics").text
    for name in [
        'triage_emails_ingested_total{outcome="accepted",source="api"}',
        'triage_emails_ingested_total{outcome="rejected",source="api"} 1.0',
        "triage_extractions{extractor=",
        'triage_recommendations{decision="auto_draft"',
        "triage_outbox_depth 0.0",
        "triage_outbox_oldest_age_seconds",
        "triage_outbox_dead_letters 0.0",
        "triage_mailbox_lag_seconds",
        "triage_odoo_request_seconds_bucket",
        "triage_model_request_seconds_bucket",
        'triage_model_tokens{direction="in"}',
        "triage_touchless_rate",
        'triage_jobs{state="done"}',
        'triage_http_requests_total{method="POST",route="/v1/emails",status="202"}',
    ]:
        assert name in text, name
    rate = next(
        float(line.split()[-1])
        for line in text.splitlines()
        if line.startswith("triage_touchless_rate ")
    )
    assert 0.0 < rate < 1.0
