"""Retries, Retry-After, timeouts, the circuit breaker and the rate limiter."""

from __future__ import annotations

from typing import Any

import pytest

from agent.errors import ExtractionInvalid, ModelUnavailable
from agent.extraction.base import ExtractionContext
from agent.extraction.limits import Backoff, BreakerState, CircuitBreaker, RateLimiter
from agent.extraction.llm import LLMExtractor
from tests.factories import inbound
from tests.llm.conftest import Sleeps, settings_for
from tests.llm.stub_server import Reply, StubServer, structured

pytestmark = pytest.mark.usefixtures("allow_model_requests")

BODY = "Order P00042 confirmed for delivery on 14 December 2026."
CONTEXT = ExtractionContext(po_prefixes=("P",))
ANSWER = {
    "intent": "confirmation",
    "po_refs": [{"value": "P00042", "kind": "odoo", "quote": "P00042"}],
    "dates": [{"value": "2026-12-14", "role": "confirmed_delivery", "quote": "14 December 2026"}],
}


class Sequence_:
    """A script that plays replies in order, then the last one forever."""

    def __init__(self, *replies: Any) -> None:
        self.replies = list(replies)

    def __call__(self, request: dict[str, Any]) -> Reply:
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        return reply(request) if callable(reply) else reply


def ok(request: dict[str, Any]) -> Reply:
    return structured(request, ANSWER)


def error(status: int, **headers: str) -> Reply:
    return Reply(body={"error": {"message": f"stub {status}"}}, status=status, headers=headers)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_429_honours_retry_after_then_succeeds(
    stub: StubServer, make_llm: Any, sleeps: Sleeps
) -> None:
    stub.script = Sequence_(error(429, **{"Retry-After": "3"}), ok)

    result = make_llm().extract(inbound(body=BODY), CONTEXT)

    assert result.commitment is not None
    assert len(stub.requests) == 2
    assert sleeps.waits == [3.0]


def test_retry_after_ms_wins_over_backoff(stub: StubServer, make_llm: Any, sleeps: Sleeps) -> None:
    stub.script = Sequence_(error(429, **{"retry-after-ms": "1500"}), ok)
    make_llm().extract(inbound(body=BODY), CONTEXT)
    assert sleeps.waits == [1.5]


def test_5xx_retries_with_exponential_backoff(
    stub: StubServer, make_llm: Any, sleeps: Sleeps
) -> None:
    stub.script = Sequence_(error(500), error(503), ok)

    extractor = make_llm(max_retries=3, backoff_base=0.25)
    result = extractor.extract(inbound(body=BODY), CONTEXT)

    assert result.extractor == "llm"
    assert sleeps.waits == [0.25, 0.5]
    assert extractor.stats.retries == 2


def test_persistent_5xx_raises_model_unavailable(
    stub: StubServer, make_llm: Any, sleeps: Sleeps
) -> None:
    stub.script = lambda request: error(502)

    with pytest.raises(ModelUnavailable, match="HTTP 502"):
        make_llm(max_retries=2).extract(inbound(body=BODY), CONTEXT)

    assert len(stub.requests) == 3


def test_timeout_raises_model_unavailable(stub: StubServer, make_llm: Any) -> None:
    stub.script = lambda request: Reply(body={}, delay=1.0)

    with pytest.raises(ModelUnavailable, match="timed out"):
        make_llm(timeout=0.2, max_retries=1).extract(inbound(body=BODY), CONTEXT)

    assert len(stub.requests) == 2


def test_bad_request_is_invalid_not_an_outage(stub: StubServer, make_llm: Any) -> None:
    stub.script = lambda request: error(400)
    extractor = make_llm()

    with pytest.raises(ExtractionInvalid, match="HTTP 400"):
        extractor.extract(inbound(body=BODY), CONTEXT)

    assert len(stub.requests) == 1
    assert extractor.chat.breaker.state == BreakerState.CLOSED


def test_auth_failure_is_not_retried(stub: StubServer, make_llm: Any) -> None:
    stub.script = lambda request: error(401)
    with pytest.raises(ModelUnavailable, match="HTTP 401"):
        make_llm().extract(inbound(body=BODY), CONTEXT)
    assert len(stub.requests) == 1


def test_breaker_opens_after_consecutive_failures_and_probes_after_cooldown(
    stub: StubServer, sleeps: Sleeps
) -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failures=2, cooldown=30.0, clock=clock)
    extractor = LLMExtractor(settings_for(stub, max_retries=0), breaker=breaker, sleep=sleeps.sync)
    stub.script = lambda request: error(500)
    try:
        for _ in range(2):
            with pytest.raises(ModelUnavailable, match="HTTP 500"):
                extractor.extract(inbound(body=BODY), CONTEXT)
        assert breaker.state == BreakerState.OPEN

        with pytest.raises(ModelUnavailable, match="circuit breaker open"):
            extractor.extract(inbound(body=BODY), CONTEXT)
        assert len(stub.requests) == 2

        clock.now += 31
        assert breaker.state == BreakerState.HALF_OPEN
        stub.script = ok
        result = extractor.extract(inbound(body=BODY), CONTEXT)
        assert result.extractor == "llm"
        assert breaker.state == BreakerState.CLOSED
    finally:
        extractor.close()


def test_failed_probe_reopens_the_breaker() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failures=1, cooldown=10.0, clock=clock)
    breaker.before_call()
    breaker.record_failure()
    clock.now += 11
    breaker.before_call()
    with pytest.raises(ModelUnavailable):
        breaker.before_call()  # only one probe at a time
    breaker.record_failure()
    assert breaker.state == BreakerState.OPEN
    assert breaker.opened_count == 2


def test_rate_limiter_spaces_requests_after_the_burst() -> None:
    clock = FakeClock()
    limiter = RateLimiter(requests_per_minute=60, burst=2, clock=clock)
    assert [limiter.reserve() for _ in range(4)] == [0.0, 0.0, 1.0, 2.0]
    clock.now += 10
    assert limiter.reserve() == 0.0


def test_rate_limiter_waits_are_slept(stub: StubServer, sleeps: Sleeps) -> None:
    stub.script = ok
    clock = FakeClock()
    limiter = RateLimiter(requests_per_minute=30, burst=1, clock=clock)
    extractor = LLMExtractor(settings_for(stub), limiter=limiter, sleep=sleeps.sync)
    try:
        for _ in range(3):
            extractor.extract(inbound(body=BODY), CONTEXT)
    finally:
        extractor.close()
    assert sleeps.waits == [2.0, 4.0]


def test_backoff_is_capped() -> None:
    backoff = Backoff(max_retries=5, base=1.0, cap=5.0)
    assert [backoff.delay(i) for i in range(4)] == [1.0, 2.0, 4.0, 5.0]
    assert backoff.delay(0, retry_after=60) == 5.0
