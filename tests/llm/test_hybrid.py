"""HybridExtractor: when the model is asked, how results merge, and the declared fallbacks."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from agent.extraction.base import ExtractionContext
from agent.extraction.hybrid import HybridExtractor, unsure_reasons
from agent.extraction.rules.extractor import RulesExtractor
from agent.models import Extraction, Intent
from tests.factories import inbound
from tests.llm.stub_server import Reply, StubServer, structured

pytestmark = pytest.mark.usefixtures("allow_model_requests")

CONTEXT = ExtractionContext(po_prefixes=("P",))
SURE = "P00042 is delayed. The new delivery date is 14.12.2026."
UNSURE = "Sorry, the order is delayed, the goods will now arrive on the 14th of next month."
RULES = RulesExtractor(use_classifier=False)


def delay_answer(value: str, quote: str, intent: str = "delay") -> dict[str, Any]:
    return {
        "intent": intent,
        "dates": [{"value": value, "role": "new_eta", "quote": quote}],
        "confidence": 0.8,
    }


def test_sure_rules_do_not_ask_the_model(stub: StubServer, make_llm: Any) -> None:
    email = inbound(body=SURE)
    assert unsure_reasons(RULES.extract(email, CONTEXT), 0.5) == []
    hybrid = HybridExtractor(RULES, make_llm(), "hybrid", min_rules_confidence=0.5)

    result = hybrid.extract(email, CONTEXT)

    assert result.extractor == "hybrid:rules"
    assert stub.requests == []


def test_unsure_rules_ask_the_model_and_keep_grounded_values(
    stub: StubServer, make_llm: Any
) -> None:
    email = inbound(body=UNSURE, subject="delay")
    rules = RULES.extract(email, CONTEXT)
    assert "no order reference" in unsure_reasons(rules, 0.7)
    stub.script = lambda request: structured(
        request, delay_answer("2026-12-14", "the 14th of next month")
    )

    result = HybridExtractor(RULES, make_llm(), "hybrid").extract(email, CONTEXT)

    assert len(stub.requests) == 1
    assert result.extractor == "hybrid:llm"
    assert result.prompt_id == "extract_system"
    assert result.commitment is not None and result.commitment.value == dt.date(2026, 12, 14)
    assert result.tokens_in == 100


def test_disagreement_lowers_confidence(stub: StubServer, make_llm: Any) -> None:
    email = inbound(body=SURE)
    rules = RULES.extract(email, CONTEXT)
    assert rules.commitment is not None
    answer = delay_answer("2026-12-14", "14.12.2026", intent="confirmation")
    stub.script = lambda request: structured(request, answer)
    agreeing = delay_answer("2026-12-14", "14.12.2026")

    disagree = HybridExtractor(RULES, make_llm(), "always").extract(email, CONTEXT)
    stub.script = lambda request: structured(request, agreeing)
    agree = HybridExtractor(RULES, make_llm(), "always").extract(email, CONTEXT)

    assert "extractors_disagree:intent:delay/confirmation" in disagree.flags
    assert disagree.confidence < agree.confidence
    assert disagree.confidence <= rules.confidence * 0.5
    assert not any(f.startswith("extractors_disagree") for f in agree.flags)


def test_commitment_disagreement_is_flagged(stub: StubServer, make_llm: Any) -> None:
    body = "P00042 is delayed. Earlier we said 10.12.2026, the new delivery date is 14.12.2026."
    rules = RULES.extract(inbound(body=body), CONTEXT)
    assert rules.intent == Intent.DELAY
    assert rules.commitment is not None and rules.commitment.value == dt.date(2026, 12, 14)
    stub.script = lambda request: structured(request, delay_answer("2026-12-10", "10.12.2026"))

    result = HybridExtractor(RULES, make_llm(), "always").extract(inbound(body=body), CONTEXT)

    assert any(
        f.startswith("extractors_disagree:commitment:2026-12-14/2026-12-10") for f in result.flags
    )


def test_open_breaker_falls_back_to_rules(stub: StubServer, make_llm: Any) -> None:
    stub.script = lambda request: Reply(body={"error": {"message": "down"}}, status=503)
    hybrid = HybridExtractor(RULES, make_llm(max_retries=0, breaker_failures=2), "always")
    email = inbound(body=SURE)

    results = [hybrid.extract(email, CONTEXT) for _ in range(4)]

    assert [r.extractor for r in results] == ["hybrid:fallback"] * 4
    assert len(stub.requests) == 2
    assert "circuit breaker open" in results[-1].dropped[-1]
    assert "llm_fallback:model_unavailable" in results[-1].flags
    rules = RULES.extract(email, CONTEXT)
    assert results[-1].dates == rules.dates and results[-1].intent == rules.intent


def test_invalid_answer_falls_back_to_rules(stub: StubServer, make_llm: Any) -> None:
    stub.script = lambda request: structured(request, "{not json")
    result = HybridExtractor(RULES, make_llm(), "always").extract(inbound(body=SURE), CONTEXT)
    assert result.extractor == "hybrid:fallback"
    assert "llm_fallback:model_invalid" in result.flags


def test_blocked_requests_fall_back_without_a_request(
    stub: StubServer, make_llm: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIAGE_ALLOW_MODEL_REQUESTS", "false")
    result = HybridExtractor(RULES, make_llm(), "always").extract(inbound(body=SURE), CONTEXT)
    assert result.extractor == "hybrid:fallback"
    assert stub.requests == []


def test_unexpected_errors_are_not_swallowed() -> None:
    class Broken:
        name = "broken"

        def extract(self, email: Any, context: Any) -> Extraction:
            raise RuntimeError("bug")

        async def aextract(self, email: Any, context: Any) -> Extraction:
            raise RuntimeError("bug")

    hybrid = HybridExtractor(RULES, Broken(), "always")
    with pytest.raises(RuntimeError):
        hybrid.extract(inbound(body=SURE), CONTEXT)
    with pytest.raises(RuntimeError):
        asyncio.run(hybrid.aextract(inbound(body=SURE), CONTEXT))


def test_mode_off_never_asks(stub: StubServer, make_llm: Any) -> None:
    result = HybridExtractor(RULES, make_llm(), "off").extract(inbound(body=UNSURE), CONTEXT)
    assert result.extractor == "hybrid:rules" and stub.requests == []


def test_async_path_matches_sync_path(stub: StubServer, make_llm: Any) -> None:
    stub.script = lambda request: structured(
        request, delay_answer("2026-12-14", "the 14th of next month")
    )
    llm = make_llm()
    hybrid = HybridExtractor(RULES, llm, "hybrid")
    email = inbound(body=UNSURE, subject="delay")

    async def run() -> Extraction:
        try:
            return await hybrid.aextract(email, CONTEXT)
        finally:
            await llm.aclose()

    assert asyncio.run(run()) == hybrid.extract(email, CONTEXT)
