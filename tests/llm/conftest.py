"""Fixtures of the language-model tests: the stub endpoint and the request switch."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from agent.config import LLMSettings
from agent.extraction import llm as llm_module
from agent.extraction.llm import LLMExtractor
from tests.llm.stub_server import StubServer


class Sleeps:
    """Records the waits the extractor asks for instead of sleeping them."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sync(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def allow_model_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch model requests on for one test (they are off for every test by default)."""
    monkeypatch.setenv("TRIAGE_ALLOW_MODEL_REQUESTS", "true")
    monkeypatch.setattr(llm_module, "ALLOW_MODEL_REQUESTS", True)


@pytest.fixture
def stub() -> Iterator[StubServer]:
    with StubServer() as server:
        yield server


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def settings_for(server: StubServer, **overrides: Any) -> LLMSettings:
    values: dict[str, Any] = {
        "base_url": server.base_url,
        "api_key": "test-key",
        "model": "stub-model",
        "timeout": 5.0,
        "requests_per_minute": 60_000,
        "max_retries": 2,
        "backoff_base": 0.25,
        "breaker_failures": 3,
        "breaker_cooldown": 60.0,
    }
    values.update(overrides)
    return LLMSettings(**values)


@pytest.fixture
def make_llm(stub: StubServer, sleeps: Sleeps) -> Iterator[Any]:
    made: list[LLMExtractor] = []

    def make(**overrides: Any) -> LLMExtractor:
        extractor = LLMExtractor(
            settings_for(stub, **overrides), sleep=sleeps.sync, async_sleep=sleeps.async_
        )
        made.append(extractor)
        return extractor

    yield make
    for extractor in made:
        extractor.close()
