"""Timing wrappers for the Odoo gateway and the extractor, feeding latency observers.

The wrappers keep the wrapped object's interface; every call reports its method (or the
extractor that produced the result), its duration and whether it succeeded, and logs one
line. Observers are plain callables, so metrics stay out of the pipeline.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from typing import Any, cast

from agent.deps import Deps
from agent.extraction.base import ExtractionContext, Extractor
from agent.models import Extraction, InboundEmail
from agent.odoo.gateway import OdooGateway

logger = logging.getLogger(__name__)

Observer = Callable[[str, float, bool], None]


class TimedGateway:
    """Any ``OdooGateway``, with each method call timed."""

    def __init__(self, inner: OdooGateway, observe: Observer) -> None:
        """Wrap ``inner``; ``observe(method, seconds, ok)`` after every call."""
        self.inner = inner
        self._observe = observe

    def __getattr__(self, name: str) -> Any:
        """Methods of the wrapped gateway, timed; other attributes as they are."""
        attr = getattr(self.inner, name)
        if not callable(attr) or name.startswith("_"):
            return attr

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            ok = False
            try:
                result = attr(*args, **kwargs)
                ok = True
                return result
            finally:
                seconds = time.perf_counter() - started
                self._observe(name, seconds, ok)
                logger.debug("odoo %s %s in %.3fs", name, "ok" if ok else "failed", seconds)

        return timed


class TimedExtractor:
    """An extractor whose calls are timed per producing extractor (rules, llm, hybrid)."""

    def __init__(self, inner: Extractor, observe: Observer) -> None:
        """Wrap ``inner``; ``observe(extractor, seconds, ok)`` after every call."""
        self.inner = inner
        self.name = inner.name
        self._observe = observe

    def extract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        """Extract with the wrapped extractor and report the time it took."""
        started = time.perf_counter()
        try:
            result = self.inner.extract(email, context)
        except Exception:
            self._observe(self.name, time.perf_counter() - started, False)
            raise
        self._observe(result.extractor, time.perf_counter() - started, True)
        return result


def instrument(deps: Deps, odoo: Observer, model: Observer) -> Deps:
    """The same deps with the gateway and the extractor timed."""
    return dataclasses.replace(
        deps,
        gateway=cast(OdooGateway, TimedGateway(deps.gateway, odoo)),
        extractor=TimedExtractor(deps.extractor, model),
    )


def unwrap(obj: Any) -> Any:
    """The innermost wrapped object (for probes that look for a breaker or usage)."""
    while isinstance(obj, TimedGateway | TimedExtractor):
        obj = obj.inner
    return obj
