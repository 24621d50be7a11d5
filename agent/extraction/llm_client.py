"""The guarded call to an OpenAI-compatible endpoint through LangChain's ``ChatOpenAI``.

One class, :class:`GuardedChat`, owns everything between "send these messages" and "here is
the model's message": the global request switch, the circuit breaker, the requests-per-minute
limiter, bounded concurrency, the timeout and retries with exponential backoff on 429 (the
server's Retry-After wins) and 5xx. The openai client's own retries are off
(``max_retries=0``) so that every retry is ours, counted and logged. Library errors become
``ModelUnavailable`` (the endpoint is failing) or ``ExtractionInvalid`` (this request cannot
succeed) here, once.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import logging
import os
import ssl
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import openai
from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import AIMessage
from langchain_core.runnables import Runnable
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from agent.config import LLMSettings
from agent.errors import ExtractionInvalid, ModelUnavailable
from agent.extraction.limits import Backoff, CircuitBreaker, RateLimiter

logger = logging.getLogger(__name__)

ENV_SWITCH = "TRIAGE_ALLOW_MODEL_REQUESTS"
_FALSE = frozenset({"0", "false", "no", "off"})
_RETRY_STATUS = frozenset({408, 409, 429})
_REQUEST_STATUS = frozenset({400, 413, 422})

Build = Callable[[ChatOpenAI], Runnable[LanguageModelInput, Any]]


class ModelRequestsBlocked(ModelUnavailable):
    """Model requests are switched off (``ALLOW_MODEL_REQUESTS`` or the environment)."""


def model_requests_allowed() -> bool:
    """Whether a request may go out: the module switch and ``TRIAGE_ALLOW_MODEL_REQUESTS``."""
    from agent.extraction import llm

    raw = os.environ.get(ENV_SWITCH)
    if raw is not None and raw.strip().lower() in _FALSE:
        return False
    return llm.ALLOW_MODEL_REQUESTS


def check_allow_model_requests() -> None:
    """Raise ``ModelRequestsBlocked`` unless model requests are allowed."""
    if not model_requests_allowed():
        raise ModelRequestsBlocked(
            f"model requests are switched off ({ENV_SWITCH}=false or "
            "agent.extraction.llm.ALLOW_MODEL_REQUESTS = False)"
        )


@dataclass
class Usage:
    """Tokens and estimated cost of one call, or a sum of calls."""

    tokens_in: int = 0
    tokens_out: int = 0
    cost: float = 0.0

    def add(self, other: Usage) -> None:
        """Add another usage to this one."""
        self.tokens_in += other.tokens_in
        self.tokens_out += other.tokens_out
        self.cost += other.cost


@dataclass
class ChatStats:
    """What the guarded client did since it was made (for logs, tests and benchmarks)."""

    requests: int = 0
    retries: int = 0
    failures: int = 0
    invalid: int = 0
    blocked: int = 0
    waits: list[float] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)


def retry_after(exc: openai.APIStatusError) -> float | None:
    """The server's requested wait: ``retry-after-ms``, ``retry-after`` seconds or HTTP date."""
    headers = exc.response.headers
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return float(raw_ms) / 1000.0
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        when = email.utils.parsedate_to_datetime(raw) if raw else None
        return max(0.0, when.timestamp() - time.time()) if when else None


@dataclass
class _Failure:
    retryable: bool
    counts: bool
    message: str
    wait_hint: float | None = None


def _classify(exc: openai.OpenAIError) -> _Failure:
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        message = f"HTTP {status}: {exc.message}"
        if status in _RETRY_STATUS or status >= 500:
            return _Failure(True, True, message, retry_after(exc))
        if status in _REQUEST_STATUS:
            return _Failure(False, False, message)
        return _Failure(False, True, message)
    if isinstance(exc, openai.APITimeoutError):
        return _Failure(True, True, "timed out")
    if isinstance(exc, openai.APIConnectionError):
        return _Failure(True, True, f"connection failed: {exc}")
    return _Failure(False, False, f"{type(exc).__name__}: {exc}")


CONNECTIONS_PER_POOL = 8
"""Connections per async pool; more concurrency gets more pools, not bigger ones.

httpcore re-scans every connection of a pool (keep-alive expiry with a socket poll, and an
idle count per idle connection) each time a request enters or leaves it, so one pool of 32
connections costs more CPU per request than the request's own work. Pools of 8, picked by
fewest requests in flight, keep that scan small."""


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One TLS context for every pool: loading the CA bundle takes tens of milliseconds."""
    return httpx.create_ssl_context()


class _Lane:
    """One connection pool and the runnable that sends through it."""

    def __init__(self, client: httpx.AsyncClient, runnable: Runnable[LanguageModelInput, Any]):
        self.client = client
        self.runnable = runnable
        self.busy = 0


class _LoopState:
    """The async clients of one event loop: pools (lanes) behind one concurrency semaphore."""

    def __init__(self, loop: asyncio.AbstractEventLoop, lanes: list[_Lane], size: int):
        self.loop = loop
        self.lanes = lanes
        self.semaphore = asyncio.Semaphore(size)

    def pick(self) -> _Lane:
        """The lane with the fewest requests in flight (never over its pool's size)."""
        return min(self.lanes, key=lambda lane: lane.busy)


class GuardedChat:
    """A ``ChatOpenAI`` runnable behind the switch, breaker, limiter, semaphore and retries.

    Args:
        settings: endpoint, model, key, timeout, concurrency, rate and retry settings.
        build: turns the chat model into the runnable to call (structured output, tools).
        breaker: share one breaker between clients of the same endpoint, or get a new one.
        sleep / async_sleep: how to wait (tests pass recorders; nothing is patched).
    """

    def __init__(
        self,
        settings: LLMSettings,
        build: Build,
        *,
        breaker: CircuitBreaker | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self._build = build
        self.breaker = breaker or CircuitBreaker(
            settings.breaker_failures, settings.breaker_cooldown
        )
        self.limiter = limiter or RateLimiter(
            settings.requests_per_minute, burst=settings.max_concurrency
        )
        self.backoff = Backoff(settings.max_retries, settings.backoff_base, settings.backoff_max)
        self._sleep = sleep
        self._async_sleep = async_sleep
        self.stats = ChatStats()
        self._lock = threading.Lock()
        self._sync_gate = threading.BoundedSemaphore(settings.max_concurrency)
        self._sync: Runnable[LanguageModelInput, Any] | None = None
        self._sync_client: httpx.Client | None = None
        self._loop_state: _LoopState | None = None

    # ---------------------------------------------------------------- clients
    def _chat(self, **clients: Any) -> ChatOpenAI:
        key = self.settings.api_key or SecretStr("not-needed")
        return ChatOpenAI(
            model=self.settings.model,
            base_url=self.settings.base_url,
            api_key=key,
            timeout=self.settings.timeout,
            max_retries=0,
            temperature=0,
            **clients,
        )

    def _limits(self, size: int | None = None) -> httpx.Limits:
        size = size or self.settings.max_concurrency
        return httpx.Limits(max_connections=size, max_keepalive_connections=size)

    def _sync_runnable(self) -> Runnable[LanguageModelInput, Any]:
        with self._lock:
            if self._sync is None:
                self._sync_client = httpx.Client(
                    limits=self._limits(), timeout=None, verify=_ssl_context()
                )
                self._sync = self._build(self._chat(http_client=self._sync_client))
            return self._sync

    def _async_state(self) -> _LoopState:
        loop = asyncio.get_running_loop()
        state = self._loop_state
        if state is None or state.loop is not loop:
            size = self.settings.max_concurrency
            count = -(-size // CONNECTIONS_PER_POOL)
            lanes = []
            for index in range(count):
                client = httpx.AsyncClient(
                    limits=self._limits(len(range(index, size, count))),
                    timeout=None,
                    verify=_ssl_context(),
                )
                lanes.append(_Lane(client, self._build(self._chat(http_async_client=client))))
            state = _LoopState(loop, lanes, size)
            self._loop_state = state
        return state

    async def aclose(self) -> None:
        """Close the async connection pools of the running loop."""
        state, self._loop_state = self._loop_state, None
        if state is not None and state.loop is asyncio.get_running_loop():
            for lane in state.lanes:
                await lane.client.aclose()

    def close(self) -> None:
        """Close the sync connection pool."""
        with self._lock:
            if self._sync_client is not None:
                self._sync_client.close()
            self._sync_client, self._sync = None, None

    # ---------------------------------------------------------------- calls
    def _before(self) -> None:
        try:
            check_allow_model_requests()
        except ModelRequestsBlocked:
            self.stats.blocked += 1
            raise
        self.breaker.before_call()

    def _failed(self, exc: openai.OpenAIError, retry: int, started: float) -> float:
        """Decide after a failed attempt: seconds to wait before retrying, or raise."""
        failure = _classify(exc)
        logger.info(
            "llm call model=%s outcome=error attempt=%d duration=%.3fs error=%s",
            self.settings.model,
            retry + 1,
            time.perf_counter() - started,
            failure.message,
        )
        if failure.retryable and retry < self.backoff.max_retries:
            wait = self.backoff.delay(retry, failure.wait_hint)
            with self._lock:
                self.stats.retries += 1
                self.stats.waits.append(wait)
            return wait
        if not failure.counts:
            self.breaker.record_success()
            with self._lock:
                self.stats.invalid += 1
            raise ExtractionInvalid(f"the endpoint refused the request: {failure.message}") from exc
        self.breaker.record_failure()
        with self._lock:
            self.stats.failures += 1
        raise ModelUnavailable(
            f"{self.settings.model} at {self.settings.base_url}: {failure.message} "
            f"(after {retry + 1} attempts)"
        ) from exc

    def _succeeded(self, result: Any, retry: int, started: float) -> tuple[AIMessage, Usage]:
        self.breaker.record_success()
        raw = result["raw"] if isinstance(result, dict) else result
        if not isinstance(raw, AIMessage):
            raise ExtractionInvalid(f"the endpoint answered a {type(raw).__name__}")
        usage = self.usage_of(raw)
        with self._lock:
            self.stats.usage.add(usage)
        logger.info(
            "llm call model=%s outcome=ok attempt=%d duration=%.3fs tokens_in=%d tokens_out=%d",
            self.settings.model,
            retry + 1,
            time.perf_counter() - started,
            usage.tokens_in,
            usage.tokens_out,
        )
        return raw, usage

    def usage_of(self, message: AIMessage) -> Usage:
        """Tokens of one answer and their estimated cost at the configured prices."""
        meta = message.usage_metadata
        tokens_in = int(meta["input_tokens"]) if meta else 0
        tokens_out = int(meta["output_tokens"]) if meta else 0
        cost = (
            tokens_in / 1000 * self.settings.cost_per_1k_input
            + tokens_out / 1000 * self.settings.cost_per_1k_output
        )
        return Usage(tokens_in, tokens_out, round(cost, 8))

    def invoke(self, messages: LanguageModelInput) -> tuple[AIMessage, Usage]:
        """Send ``messages`` and return the model's message (sync path)."""
        self._before()
        runnable = self._sync_runnable()
        retry = 0
        while True:
            wait = self.limiter.reserve()
            if wait > 0:
                self._sleep(wait)
            started = time.perf_counter()
            try:
                with self._sync_gate:
                    with self._lock:
                        self.stats.requests += 1
                    result = runnable.invoke(messages)
            except openai.OpenAIError as exc:
                self._sleep(self._failed(exc, retry, started))
                retry += 1
                continue
            return self._succeeded(result, retry, started)

    async def ainvoke(self, messages: LanguageModelInput) -> tuple[AIMessage, Usage]:
        """Send ``messages`` and return the model's message (async path)."""
        self._before()
        state = self._async_state()
        retry = 0
        while True:
            wait = self.limiter.reserve()
            if wait > 0:
                await self._async_sleep(wait)
            started = time.perf_counter()
            try:
                async with state.semaphore:
                    with self._lock:
                        self.stats.requests += 1
                    lane = state.pick()
                    lane.busy += 1
                    try:
                        result = await lane.runnable.ainvoke(messages)
                    finally:
                        lane.busy -= 1
            except openai.OpenAIError as exc:
                await self._async_sleep(self._failed(exc, retry, started))
                retry += 1
                continue
            return self._succeeded(result, retry, started)
