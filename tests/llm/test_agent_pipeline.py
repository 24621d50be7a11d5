"""The look-up agent in the pipeline: an email without an order number, matched by tool calls.

The scenario's Acme has four open orders; three were ordered last week, so the rules cannot
tell which one "our order from last week" is. The stub plays a model that looks the vendor's
orders up by date and reports P00239 (the one with 240 bath towels). Without an endpoint, or
with model requests switched off, the pipeline does exactly what it did before.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from agent.agent_match import MAX_AGENT_CONFIDENCE
from agent.config import load_settings
from agent.deps import Deps
from agent.extraction.hybrid import HybridExtractor
from agent.models import MatchMethod, Recommendation
from agent.pipeline import intake, process_emails
from agent.store.repository import Store
from agent.wiring import build_deps, make_gateway, scenario_clock
from tests.llm.gateways import RecordingGateway
from tests.llm.stub_server import Reply, StubServer, completion, structured

BODY = (
    "Hello Laura,\n\nabout our order from last week with the 240 bath towels: we can only "
    "ship it on 15 December 2026.\n\nBest regards,\nAcme Supply Co.\n"
)
LAST_WEEK = {"vendor_id": 11, "date_from": "2026-11-16", "date_to": "2026-11-22"}


def raw_email(body: str = BODY) -> bytes:
    message = EmailMessage()
    message["From"] = "Acme Orders <orders@acme-supply.com>"
    message["To"] = "purchasing@example.com"
    message["Subject"] = "Delivery update"
    message["Message-ID"] = "<last-week-1@acme-supply.com>"
    message["Date"] = format_datetime(dt.datetime(2026, 11, 26, 7, 30, tzinfo=dt.UTC))
    message.set_content(body)
    return message.as_bytes()


def model(request: dict[str, Any]) -> Reply:
    """Extraction requests get the email's facts; agent requests get two tool-call turns."""
    names = {tool["function"]["name"] for tool in request.get("tools") or []}
    if "report_match" not in names:
        return structured(
            request,
            {
                "intent": "delay",
                "intent_quote": "we can only ship it on 15 December 2026",
                "dates": [{"value": "2026-12-15", "role": "new_eta", "quote": "15 December 2026"}],
                "confidence": 0.8,
            },
        )
    if request["messages"][-1]["role"] != "tool":
        return completion(
            tool_calls=[{"id": "c1", "name": "find_orders_by_vendor", "arguments": LAST_WEEK}]
        )
    return completion(
        tool_calls=[
            {
                "id": "c2",
                "name": "report_match",
                "arguments": {
                    "po_names": ["P00239"],
                    "reason": "the only order of last week with 240 towels (HSH-2001)",
                    "confidence": 0.9,
                },
            }
        ]
    )


def agent_requests_of(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        r
        for r in requests
        if "report_match" in {t["function"]["name"] for t in r.get("tools") or []}
    ]


def agent_requests(stub: StubServer) -> list[dict[str, Any]]:
    return agent_requests_of(stub.requests)


def deps_for(tmp_path: Path) -> Deps:
    tmp_path.mkdir(parents=True, exist_ok=True)
    settings = load_settings()
    return build_deps(
        settings,
        gateway=RecordingGateway(tmp_path),  # type: ignore[arg-type]
        clock=scenario_clock(settings),
        store=Store.open(f"sqlite:///{tmp_path / 'store.db'}"),
    )


def run(deps: Deps) -> tuple[list[Recommendation], Any]:
    try:
        report = intake(deps, [(raw_email(), "test")])
        recs = process_emails(deps, report.new_ids)
        saved = deps.store.latest_extraction(report.new_ids[0])
    finally:
        if deps.lookup_agent is not None:
            deps.lookup_agent.close()
        if isinstance(deps.extractor, HybridExtractor) and deps.extractor.llm is not None:
            deps.extractor.llm.close()  # type: ignore[attr-defined]
        deps.store.close()
    assert saved is not None
    return recs, saved[1]


def configure(monkeypatch: pytest.MonkeyPatch, stub: StubServer) -> StubServer:
    stub.script = model
    monkeypatch.setenv("TRIAGE_LLM_BASE_URL", stub.base_url)
    monkeypatch.setenv("TRIAGE_LLM_API_KEY", "test-key")
    monkeypatch.setenv("TRIAGE_LLM_MODEL", "stub-model")
    return stub


@pytest.fixture
def endpoint(monkeypatch: pytest.MonkeyPatch, stub: StubServer) -> StubServer:
    return configure(monkeypatch, stub)


@pytest.mark.usefixtures("allow_model_requests")
def test_agent_ties_an_unreferenced_email_to_the_order(
    endpoint: StubServer, tmp_path: Path
) -> None:
    deps = deps_for(tmp_path)
    assert deps.lookup_agent is not None

    recs, match = run(deps)

    assert match.method == MatchMethod.AGENT
    assert match.po_names == ["P00239"] and match.vendor_id == 11
    assert 0 < match.confidence <= MAX_AGENT_CONFIDENCE
    assert any("find_orders_by_vendor" in n and "P00239" in n for n in match.notes)
    assert any("240 towels" in n for n in match.notes)
    assert [r.po_name for r in recs] == ["P00239"]
    assert recs[0].new_date == dt.date(2026, 12, 15)
    assert len(agent_requests(endpoint)) == 2
    tools = {t["function"]["name"] for t in agent_requests(endpoint)[0]["tools"]}
    assert not tools & {"set_line_dates", "create_activities", "post_note", "close_activity"}
    assert isinstance(deps.gateway, RecordingGateway) and deps.gateway.writes == []


def test_without_an_endpoint_the_email_stays_unmatched(tmp_path: Path) -> None:
    deps = deps_for(tmp_path)
    assert deps.lookup_agent is None

    recs, match = run(deps)

    assert match.method == MatchMethod.NONE and match.po_names == []
    assert all(r.po_name != "P00239" for r in recs)


def test_switched_off_the_pipeline_behaves_as_before(
    monkeypatch: pytest.MonkeyPatch, stub: StubServer, tmp_path: Path
) -> None:
    before_recs, before = run(deps_for(tmp_path / "before"))
    endpoint = configure(monkeypatch, stub)
    deps = deps_for(tmp_path / "off")
    assert deps.lookup_agent is not None

    recs, match = run(deps)

    assert endpoint.requests == []
    assert match == before
    assert [(r.action, r.po_name, r.summary) for r in recs] == [
        (r.action, r.po_name, r.summary) for r in before_recs
    ]


def test_mode_off_builds_no_agent(monkeypatch: pytest.MonkeyPatch, endpoint: StubServer) -> None:
    monkeypatch.setenv("TRIAGE_LLM_MODE", "off")
    settings = load_settings()
    assert build_deps(settings, gateway=make_gateway(settings, scenario=True)).lookup_agent is None


@pytest.mark.usefixtures("allow_model_requests")
def test_a_failing_agent_leaves_the_rules_match(endpoint: StubServer, tmp_path: Path) -> None:
    def refuse_agent(request: dict[str, Any]) -> Reply:
        if agent_requests_of([request]):
            return Reply(body={"error": {"message": "bad request"}}, status=400)
        return model(request)

    endpoint.script = refuse_agent
    recs, match = run(deps_for(tmp_path))

    assert match.method == MatchMethod.NONE and match.po_names == []
    assert len(agent_requests(endpoint)) == 1
    assert all(r.po_name != "P00239" for r in recs)
