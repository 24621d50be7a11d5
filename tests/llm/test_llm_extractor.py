"""LLMExtractor against the local stub endpoint: real HTTP, scripted answers."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
import time
from typing import Any

import pytest

from agent.errors import ExtractionInvalid, ModelUnavailable
from agent.extraction.base import ExtractionContext
from agent.extraction.llm import LLMExtractor, ModelRequestsBlocked
from agent.models import DateRole, Intent
from tests.factories import inbound
from tests.llm.stub_server import Reply, StubServer, email_text, structured

pytestmark = pytest.mark.usefixtures("allow_model_requests")

BODY = (
    "Hello,\n"
    "unfortunately P00042 is delayed. We ship 120 pcs of ABC-100 now,\n"
    "the rest follows. New delivery date is 14 December 2026.\n"
    "Best regards, Anna"
)
CONTEXT = ExtractionContext(po_prefixes=("P",))


def good_answer(**extra: Any) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "intent": "delay",
        "intent_quote": "unfortunately P00042 is delayed",
        "po_refs": [{"value": "P00042", "kind": "odoo", "quote": "P00042 is delayed"}],
        "dates": [{"value": "2026-12-14", "role": "new_eta", "quote": "14 December 2026"}],
        "lines": [{"product": "ABC-100", "qty": 120, "unit": "pcs", "quote": "120 pcs of ABC-100"}],
        "confidence": 0.85,
    }
    answer.update(extra)
    return answer


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_valid_answer_is_grounded_with_exact_offsets(
    stub: StubServer, make_llm: Any, method: str
) -> None:
    stub.script = lambda request: structured(request, good_answer())
    email = inbound(body=BODY)

    result = make_llm(structured_output=method).extract(email, CONTEXT)

    assert result.extractor == "llm"
    assert result.intent == Intent.DELAY
    assert result.commitment is not None
    assert result.commitment.value == dt.date(2026, 12, 14)
    assert result.commitment.role == DateRole.NEW_ETA
    assert [r.value for r in result.po_refs] == ["P00042"]
    assert result.lines[0].qty == 120 and result.lines[0].product == "ABC-100"
    spans = [result.intent_span, *(d.span for d in result.dates), *(x.span for x in result.lines)]
    for span in spans:
        assert span is not None
        assert BODY[span.start : span.end] == span.quote
    assert result.dropped == []
    assert (result.prompt_id, result.prompt_version) == ("extract_system", "1")


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_request_carries_schema_and_email_as_delimited_data(
    stub: StubServer, make_llm: Any, method: str
) -> None:
    stub.script = lambda request: structured(request, good_answer())
    make_llm(structured_output=method).extract(inbound(body=BODY), CONTEXT)

    request = stub.requests[-1]
    assert request["model"] == "stub-model"
    if method == "json_schema":
        assert request["response_format"]["type"] == "json_schema"
        assert "intent" in request["response_format"]["json_schema"]["schema"]["properties"]
    else:
        assert request["tools"][0]["function"]["name"] == "email_extraction"
    assert email_text(request) == BODY
    system = request["messages"][0]
    assert system["role"] == "system" and "It is never an" in system["content"]
    assert BODY not in system["content"]


def test_tokens_and_cost_are_recorded_per_email(stub: StubServer, make_llm: Any) -> None:
    stub.script = lambda request: structured(
        request, good_answer(), prompt_tokens=1200, completion_tokens=300
    )
    extractor = make_llm(cost_per_1k_input=0.5, cost_per_1k_output=2.0)

    result = extractor.extract(inbound(body=BODY), CONTEXT)

    assert (result.tokens_in, result.tokens_out) == (1200, 300)
    assert result.cost == pytest.approx(1.2 * 0.5 + 0.3 * 2.0)
    assert extractor.stats.usage.tokens_in == 1200


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_malformed_json_raises_extraction_invalid(
    stub: StubServer, make_llm: Any, method: str
) -> None:
    stub.script = lambda request: structured(request, '{"intent": "delay", "dates": [')
    with pytest.raises(ExtractionInvalid, match="malformed JSON"):
        make_llm(structured_output=method).extract(inbound(body=BODY), CONTEXT)


@pytest.mark.parametrize(
    "answer",
    [
        {"intent": "on_holiday"},
        {"dates": []},
        good_answer(dates=[{"value": "14th of Dec", "role": "new_eta", "quote": "x"}]),
        good_answer(confidence=7),
        ["not", "an", "object"],
    ],
)
def test_schema_violation_raises_extraction_invalid(
    stub: StubServer, make_llm: Any, answer: Any
) -> None:
    stub.script = lambda request: structured(request, json.dumps(answer))
    with pytest.raises(ExtractionInvalid, match="schema"):
        make_llm().extract(inbound(body=BODY), CONTEXT)


def test_invented_dates_quotes_and_quantities_are_dropped(stub: StubServer, make_llm: Any) -> None:
    answer = good_answer(
        dates=[
            {"value": "2026-12-14", "role": "new_eta", "quote": "14 December 2026"},
            {"value": "2026-12-21", "role": "new_eta", "quote": "21 December 2026"},
            {"value": "2026-12-15", "role": "ship_date", "quote": "14 December 2026"},
        ],
        lines=[
            {"product": "ABC-100", "qty": 200, "quote": "120 pcs of ABC-100"},
            {"product": "XYZ-9", "qty": 120, "quote": "120 pcs of ABC-100"},
        ],
        po_refs=[{"value": "P00999", "kind": "odoo", "quote": "P00042 is delayed"}],
        tracking=[{"number": "1Z999", "quote": "tracking 1Z999"}],
    )
    stub.script = lambda request: structured(request, answer)

    result = make_llm().extract(inbound(body=BODY, subject="delivery"), CONTEXT)

    assert [(d.value, d.role) for d in result.dates] == [(dt.date(2026, 12, 14), DateRole.NEW_ETA)]
    assert result.lines == [] and result.po_refs == [] and result.tracking == []
    assert len(result.dropped) == 6
    assert any(
        "21 December 2026" in reason and "not in the email" in reason for reason in result.dropped
    )
    assert any("parser reads 2026-12-14" in reason for reason in result.dropped)
    assert result.confidence < 0.85


def test_quote_matches_despite_whitespace_and_case(stub: StubServer, make_llm: Any) -> None:
    answer = good_answer(
        dates=[
            {
                "value": "2026-12-14",
                "role": "new_eta",
                "quote": "new  DELIVERY date is\n14 december 2026",
            }
        ]
    )
    stub.script = lambda request: structured(request, answer)

    result = make_llm().extract(inbound(body=BODY), CONTEXT)

    span = result.dates[0].span
    assert span.quote == "New delivery date is 14 December 2026"
    assert BODY[span.start : span.end] == span.quote


def test_dates_in_quoted_history_are_not_commitments(stub: StubServer, make_llm: Any) -> None:
    body = "Delivery stays as planned.\n\nOn Mon, Anna wrote:\n> new date 3 December 2026"
    answer = good_answer(
        dates=[{"value": "2026-12-03", "role": "new_eta", "quote": "3 December 2026"}],
        po_refs=[],
        lines=[],
        intent_quote=None,
    )
    stub.script = lambda request: structured(request, answer)

    result = make_llm().extract(inbound(body=body, new_text_end=27), CONTEXT)

    assert result.dates == []
    assert "not in the vendor's current words" in result.dropped[0]


def test_switch_blocks_requests(
    stub: StubServer, make_llm: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub.script = lambda request: structured(request, good_answer())
    extractor = make_llm()
    monkeypatch.setenv("TRIAGE_ALLOW_MODEL_REQUESTS", "false")

    with pytest.raises(ModelRequestsBlocked):
        extractor.extract(inbound(body=BODY), CONTEXT)

    assert stub.requests == []
    assert isinstance(ModelRequestsBlocked("x"), ModelUnavailable)


def test_module_switch_blocks_requests(
    stub: StubServer, make_llm: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agent.extraction import llm

    extractor = make_llm()
    monkeypatch.setattr(llm, "ALLOW_MODEL_REQUESTS", False)
    with pytest.raises(ModelRequestsBlocked):
        asyncio.run(extractor.aextract(inbound(body=BODY), CONTEXT))
    assert stub.requests == []


def test_async_batch_runs_concurrently_and_keeps_order(stub: StubServer, make_llm: Any) -> None:
    def script(request: dict[str, Any]) -> Reply:
        text = email_text(request)
        number = text.split()[1]
        reply = structured(
            request,
            {
                "intent": "confirmation",
                "po_refs": [{"value": number, "kind": "odoo", "quote": number}],
            },
        )
        reply.delay = 0.05
        return reply

    stub.script = script
    extractor: LLMExtractor = make_llm(max_concurrency=4)
    items = [
        (inbound(f"<m{i}@x>", body=f"Order P{10000 + i} confirmed."), CONTEXT) for i in range(12)
    ]

    results = extractor.extract_many(items)

    assert [r.po_refs[0].value for r in results if not isinstance(r, Exception)] == [
        f"P{10000 + i}" for i in range(12)
    ]
    assert extractor.stats.requests == 12


def test_concurrency_above_one_pool_spreads_over_pools_within_the_limit(
    stub: StubServer, make_llm: Any
) -> None:
    lock = threading.Lock()
    active = [0]
    peak = [0]

    def script(request: dict[str, Any]) -> Reply:
        number = email_text(request).split()[1]
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.2)
        with lock:
            active[0] -= 1
        return structured(
            request,
            {"intent": "confirmation", "po_refs": [{"value": number, "quote": number}]},
        )

    stub.script = script
    extractor: LLMExtractor = make_llm(max_concurrency=20)
    items = [
        (inbound(f"<p{i}@x>", body=f"Order P{20000 + i} confirmed."), CONTEXT) for i in range(40)
    ]

    results = extractor.extract_many(items)

    assert [r.po_refs[0].value for r in results if not isinstance(r, Exception)] == [
        f"P{20000 + i}" for i in range(40)
    ]
    assert extractor.stats.requests == 40
    assert 8 < peak[0] <= 20
