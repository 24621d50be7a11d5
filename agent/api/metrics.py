"""Prometheus metrics: one registry per app, counters fed by the app, gauges read at scrape.

Counters and histograms (ingest, HTTP, Odoo and model latency) count what this process did.
Gauges (emails, extractions, recommendations, outbox, jobs, touchless rate) are read from
the store at scrape time, so every replica reports the same shared figures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from agent.clock import Clock
from agent.ingest.sources import SourceStatus
from agent.instrument import unwrap
from agent.store import jobs, outbox, stats
from agent.store.repository import Store

logger = logging.getLogger(__name__)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def model_usage(extractor: Any) -> tuple[int, int, str | None]:
    """(tokens in, tokens out, circuit state) of a language-model extractor, if it has one.

    Looks for ``stats.usage`` and a ``breaker`` on the extractor or on its ``chat``/``llm``
    parts; the deterministic extractor has neither and reports (0, 0, None).
    """
    tokens_in = tokens_out = 0
    state: str | None = None
    seen: set[int] = set()
    todo = [unwrap(extractor)]
    while todo:
        obj = todo.pop()
        if obj is None or id(obj) in seen:
            continue
        seen.add(id(obj))
        usage = getattr(getattr(obj, "stats", None), "usage", None)
        if usage is not None:
            tokens_in += int(getattr(usage, "tokens_in", 0))
            tokens_out += int(getattr(usage, "tokens_out", 0))
        breaker = getattr(obj, "breaker", None)
        if breaker is not None and state is None:
            state = str(getattr(breaker, "state", "unknown"))
        todo.extend(getattr(obj, name, None) for name in ("chat", "llm", "model"))
    return tokens_in, tokens_out, state


class _StoreCollector(Collector):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        extractor: Callable[[], Any],
        mailbox: Callable[[], SourceStatus | None],
    ) -> None:
        self.store = store
        self.clock = clock
        self.extractor = extractor
        self.mailbox = mailbox

    def collect(self) -> Iterator[Metric]:
        try:
            yield from self._collect()
        except Exception:  # a scrape never fails the endpoint: the figures are just missing
            logger.exception("metrics: reading the store failed")

    def _collect(self) -> Iterator[Metric]:
        now = self.clock.now()
        emails = GaugeMetricFamily("triage_emails", "Stored emails by status", labels=["status"])
        for status, n in sorted(self.store.count_emails().items()):
            emails.add_metric([status], n)
        yield emails
        extractions = GaugeMetricFamily(
            "triage_extractions",
            "Extractions by intent and extractor",
            labels=["intent", "extractor"],
        )
        for (intent, extractor), n in sorted(stats.extractions_by_intent(self.store).items()):
            extractions.add_metric([intent, extractor], n)
        yield extractions
        by = stats.recommendations_by(self.store)
        recs = GaugeMetricFamily(
            "triage_recommendations",
            "Recommendations by decision and state",
            labels=["decision", "state"],
        )
        for (decision, state), n in sorted(by.items()):
            recs.add_metric([decision, state], n)
        yield recs
        total = sum(by.values())
        touchless = sum(n for (d, s), n in by.items() if d == "auto_draft" or s == "logged")
        yield GaugeMetricFamily(
            "triage_touchless_rate",
            "Share of recommendations that needed no person in the gate "
            "(auto-drafted into Odoo, or logged for information only)",
            value=touchless / total if total else 0.0,
        )
        pending, dead, age = outbox.depth(self.store, now)
        yield GaugeMetricFamily("triage_outbox_depth", "Outbox entries pending", value=pending)
        yield GaugeMetricFamily(
            "triage_outbox_oldest_age_seconds", "Age of the oldest pending outbox entry", value=age
        )
        yield GaugeMetricFamily("triage_outbox_dead_letters", "Outbox dead letters", value=dead)
        queue = GaugeMetricFamily("triage_jobs", "Email jobs by state", labels=["state"])
        for state, n in sorted(jobs.counts(self.store).items()):
            queue.add_metric([state], n)
        yield queue
        source = self.mailbox()
        lag = source.lag_seconds if source is not None and source.lag_seconds is not None else 0.0
        yield GaugeMetricFamily(
            "triage_mailbox_lag_seconds", "Seconds since the mailbox answered", value=lag
        )
        tokens_in, tokens_out, _ = model_usage(self.extractor())
        tokens = GaugeMetricFamily(
            "triage_model_tokens",
            "Language-model tokens used by this process",
            labels=["direction"],
        )
        tokens.add_metric(["in"], tokens_in)
        tokens.add_metric(["out"], tokens_out)
        yield tokens


class Metrics:
    """The app's registry and the instruments the app and its workers feed."""

    def __init__(self) -> None:
        """A fresh registry (never the global one, so apps and tests never collide)."""
        self.registry = CollectorRegistry(auto_describe=True)
        self.ingested = Counter(
            "triage_emails_ingested",
            "Emails taken in over HTTP by source and outcome",
            ["source", "outcome"],
            registry=self.registry,
        )
        self.http_requests = Counter(
            "triage_http_requests",
            "HTTP requests",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.http_seconds = Histogram(
            "triage_http_request_seconds",
            "HTTP request latency",
            ["route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.odoo_seconds = Histogram(
            "triage_odoo_request_seconds",
            "Odoo call latency by method and outcome",
            ["method", "outcome"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.model_seconds = Histogram(
            "triage_model_request_seconds",
            "Extraction latency by extractor and outcome",
            ["extractor", "outcome"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )

    def observe_odoo(self, method: str, seconds: float, ok: bool) -> None:
        """One Odoo call."""
        self.odoo_seconds.labels(method, "ok" if ok else "error").observe(seconds)

    def observe_model(self, extractor: str, seconds: float, ok: bool) -> None:
        """One extraction."""
        self.model_seconds.labels(extractor, "ok" if ok else "error").observe(seconds)

    def watch_store(
        self,
        store: Store,
        clock: Clock,
        extractor: Callable[[], Any],
        mailbox: Callable[[], SourceStatus | None] = lambda: None,
    ) -> None:
        """Read the shared figures from ``store`` at every scrape."""
        self.registry.register(_StoreCollector(store, clock, extractor, mailbox))
