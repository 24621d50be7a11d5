"""Protection around a remote model: a requests-per-minute limiter, backoff and a breaker.

All three are plain, thread-safe state machines over an injectable monotonic clock, so the
language-model adapter uses them from both its sync and async paths and tests drive them
without sleeping.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from agent.errors import ModelUnavailable

logger = logging.getLogger(__name__)

Clock = Callable[[], float]


class RateLimiter:
    """Requests-per-minute limit as a generic cell rate (GCRA) schedule with a small burst.

    ``reserve()`` books the next slot and returns how long the caller must wait before
    sending; callers sleep that long themselves (``time.sleep`` or ``asyncio.sleep``).

    Args:
        requests_per_minute: the sustained rate.
        burst: how many requests may go out back to back before spacing applies.
        clock: a monotonic clock in seconds.
    """

    def __init__(
        self, requests_per_minute: int, burst: int = 1, clock: Clock = time.monotonic
    ) -> None:
        if requests_per_minute <= 0:
            raise ValueError("requests_per_minute must be positive")
        self.interval = 60.0 / requests_per_minute
        self.tolerance = self.interval * max(0, burst - 1)
        self._clock = clock
        self._tat = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Book a slot; seconds to wait before using it (0.0 when it is free now)."""
        with self._lock:
            now = self._clock()
            tat = max(self._tat, now)
            wait = max(0.0, tat - self.tolerance - now)
            self._tat = tat + self.interval
            return wait


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff between retries; a server's Retry-After wins when it says more.

    Attributes:
        max_retries: retries after the first attempt.
        base: the first wait in seconds; it doubles on every retry.
        cap: no wait is longer than this, not even one a server asked for.
    """

    max_retries: int = 3
    base: float = 0.5
    cap: float = 20.0

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        computed = self.base * float(2**retry)
        if retry_after is not None:
            computed = max(retry_after, 0.0)
        return min(computed, self.cap)


class BreakerState(StrEnum):
    """Closed lets calls through; open refuses them; half-open lets one probe through."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    """Opens after ``failures`` consecutive failed calls; after ``cooldown`` one probe may pass.

    A successful probe closes it, a failed probe opens it for another cool-down. While open,
    :meth:`before_call` raises ``ModelUnavailable`` at once, so the hybrid extractor falls
    back without waiting for a dead endpoint.
    """

    def __init__(self, failures: int = 5, cooldown: float = 30.0, clock: Clock = time.monotonic):
        if failures <= 0:
            raise ValueError("failures must be positive")
        self.failures = failures
        self.cooldown = cooldown
        self._clock = clock
        self._state = BreakerState.CLOSED
        self._consecutive = 0
        self._opened_at = 0.0
        self._probing = False
        self.opened_count = 0
        self._lock = threading.Lock()

    @property
    def state(self) -> BreakerState:
        """The state now (an open breaker past its cool-down reads as half-open)."""
        with self._lock:
            return self._current()

    def _current(self) -> BreakerState:
        if self._state == BreakerState.OPEN and self._clock() - self._opened_at >= self.cooldown:
            return BreakerState.HALF_OPEN
        return self._state

    def before_call(self) -> None:
        """Raise ``ModelUnavailable`` unless a call may go out now."""
        with self._lock:
            state = self._current()
            if state == BreakerState.CLOSED:
                return
            if state == BreakerState.HALF_OPEN and not self._probing:
                self._state = BreakerState.HALF_OPEN
                self._probing = True
                return
            remaining = max(0.0, self.cooldown - (self._clock() - self._opened_at))
        raise ModelUnavailable(
            f"circuit breaker open after {self.failures} consecutive failures; "
            f"next probe in {remaining:.1f}s"
        )

    def record_success(self) -> None:
        """A call succeeded: close the breaker and forget earlier failures."""
        with self._lock:
            if self._state != BreakerState.CLOSED:
                logger.info("circuit breaker closed")
            self._state = BreakerState.CLOSED
            self._consecutive = 0
            self._probing = False

    def record_failure(self) -> None:
        """A call failed (after its retries): count it, open the breaker at the limit."""
        with self._lock:
            self._consecutive += 1
            was_probe = self._probing
            self._probing = False
            if was_probe or self._consecutive >= self.failures:
                if self._state != BreakerState.OPEN or was_probe:
                    self.opened_count += 1
                    logger.warning(
                        "circuit breaker open after %d consecutive failures", self._consecutive
                    )
                self._state = BreakerState.OPEN
                self._opened_at = self._clock()
