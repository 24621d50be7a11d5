"""Faults injected in front of the emulator's dispatch, to test clients' resilience.

A :class:`Fault` is one scripted misbehaviour (slow answer, HTTP 500, dropped connection,
an answer that never comes). It is consumed each time it fires; ``times=None`` keeps it
forever. It can be scoped to one ``(model, method)`` so that, say, only ``message_post``
fails while reads keep working.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum


class FaultKind(StrEnum):
    """What an injected fault does to one request."""

    LATENCY = "latency"
    HTTP_500 = "http_500"
    DROP_CONNECTION = "drop_connection"
    TIMEOUT = "timeout"


@dataclass
class Fault:
    """One scripted misbehaviour.

    Attributes:
        kind: What happens to the request.
        seconds: Delay for latency and timeout faults.
        times: How many requests it affects; None for every request.
        model: Only requests on this model (None for any request).
        method: Only requests calling this method (None for any method).

    """

    kind: FaultKind
    seconds: float = 0.0
    times: int | None = 1
    model: str | None = None
    method: str | None = None

    @classmethod
    def latency(
        cls,
        seconds: float,
        times: int | None = 1,
        model: str | None = None,
        method: str | None = None,
    ) -> Fault:
        """Delay the answer by ``seconds``, then answer normally."""
        return cls(FaultKind.LATENCY, seconds, times, model, method)

    @classmethod
    def http_500(
        cls, times: int | None = 1, model: str | None = None, method: str | None = None
    ) -> Fault:
        """Answer ``500 Internal Server Error`` with Werkzeug's HTML page."""
        return cls(FaultKind.HTTP_500, 0.0, times, model, method)

    @classmethod
    def drop_connection(
        cls, times: int | None = 1, model: str | None = None, method: str | None = None
    ) -> Fault:
        """Close the socket without sending any answer."""
        return cls(FaultKind.DROP_CONNECTION, 0.0, times, model, method)

    @classmethod
    def timeout(
        cls,
        seconds: float,
        times: int | None = 1,
        model: str | None = None,
        method: str | None = None,
    ) -> Fault:
        """Stay silent for ``seconds`` (longer than the client waits), then hang up."""
        return cls(FaultKind.TIMEOUT, seconds, times, model, method)

    def applies_to(self, model: str | None, method: str | None) -> bool:
        """Whether this fault targets a request on ``model``/``method``."""
        if self.model is not None and self.model != model:
            return False
        return self.method is None or self.method == method


class FaultPlan:
    """The ordered, thread-safe list of pending faults."""

    def __init__(self) -> None:
        """Start with no fault."""
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self.fired: list[Fault] = []

    def add(self, fault: Fault) -> None:
        """Queue a fault behind the ones already pending."""
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        """Forget every pending fault."""
        with self._lock:
            self._faults.clear()

    @property
    def pending(self) -> list[Fault]:
        """A copy of the faults still waiting to fire."""
        with self._lock:
            return list(self._faults)

    def take(self, model: str | None, method: str | None) -> Fault | None:
        """Consume and return the first fault that applies to this request, if any."""
        with self._lock:
            for fault in self._faults:
                if not fault.applies_to(model, method):
                    continue
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                self.fired.append(fault)
                return fault
        return None
