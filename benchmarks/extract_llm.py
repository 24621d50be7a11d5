"""Language-model extraction at concurrency 32 against a local stub answering in 300 ms.

The stub (``tests/llm/stub_server.py``) runs in its own process so that its threads do not
compete with the client for the interpreter lock. It answers every email after 300 ms with
the email's facts, and for some emails also with invented values (a date whose quote is not
in the email, a date that its quote does not say, a quantity the quote does not state).

Prints JSON lines {"bench", "metric", "value", "unit"}:

- ``wall_seconds`` against the ideal ``n x 0.3 / 32`` s (``baseline``; ``ratio`` target <= 1.3);
- ``ungrounded_values_in_output``: values in the results that their quote does not prove
  (target 0); ``invented_values_dropped`` counts what grounding removed.

    python benchmarks/extract_llm.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import multiprocessing
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agent.config import LLMSettings
from agent.errors import ExtractionError
from agent.extraction import llm as llm_module
from agent.extraction.base import ExtractionContext
from agent.extraction.grounding import audit
from agent.extraction.llm import LLMExtractor
from agent.models import InboundEmail

BENCH = "extract_llm"
LATENCY = 0.3
CONCURRENCY = 32
RECEIVED = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
_FACT = re.compile(r"Order (P\d+) .*? (\d+ December 2026)\. We ship (\d+) pcs of (ABC-\d+)")


def email_for(index: int) -> InboundEmail:
    day = 1 + index % 28
    text = (
        f"Hello Laura,\n\nOrder P{10000 + index} is running late: the new delivery date is "
        f"{day} December 2026. We ship {50 + index % 200} pcs of ABC-{index % 40} with it.\n\n"
        "Best regards,\nAnna\n"
    )
    return InboundEmail(
        message_id=f"bench-{index}",
        content_hash=str(index),
        subject="Delivery update",
        date=RECEIVED,
        text=text,
        new_text_end=len(text),
    )


def answer(request: dict[str, Any]) -> Any:
    """The stub's script: the email's facts, plus invented values for some emails."""
    from tests.llm.stub_server import email_text, structured

    text = email_text(request)
    found = re.search(
        r"Order (P\d+) .*?date is (\d+) December 2026\. We ship (\d+) pcs of (ABC-\d+)", text, re.S
    )
    if not found:
        return structured(request, {"intent": "other"})
    ref, day, qty, product = found.groups()
    index = int(ref[1:]) - 10000
    payload: dict[str, Any] = {
        "intent": "delay",
        "intent_quote": f"Order {ref} is running late",
        "po_refs": [{"value": ref, "kind": "odoo", "quote": f"Order {ref}"}],
        "dates": [
            {"value": f"2026-12-{int(day):02d}", "role": "new_eta", "quote": f"{day} December 2026"}
        ],
        "lines": [{"product": product, "qty": int(qty), "quote": f"{qty} pcs of {product}"}],
        "confidence": 0.85,
    }
    if index % 5 == 0:
        payload["dates"].append(
            {"value": "2026-12-31", "role": "new_eta", "quote": "31 December 2026"}
        )
    if index % 7 == 0:
        payload["dates"].append(
            {"value": "2027-01-15", "role": "new_eta", "quote": f"{day} December 2026"}
        )
    if index % 11 == 0:
        payload["lines"].append({"product": product, "qty": 9999, "quote": f"{qty} pcs"})
    reply = structured(request, payload, prompt_tokens=900, completion_tokens=120)
    reply.delay = LATENCY
    return reply


def serve(ports: Any, stop: Any) -> None:
    from tests.llm.stub_server import StubServer

    with StubServer(answer) as server:
        ports.put(server.base_url)
        stop.wait()


async def run(extractor: LLMExtractor, emails: list[InboundEmail]) -> list[Any]:
    context = ExtractionContext(po_prefixes=("P",))
    try:
        return await extractor.aextract_many([(e, context) for e in emails])
    finally:
        await extractor.aclose()


def emit(metric: str, value: float, unit: str, **extra: Any) -> None:
    print(json.dumps({"bench": BENCH, "metric": metric, "value": value, "unit": unit, **extra}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="320 emails instead of 1,000")
    args = parser.parse_args()
    count = 320 if args.quick else 1000
    os.environ["TRIAGE_ALLOW_MODEL_REQUESTS"] = "true"
    llm_module.ALLOW_MODEL_REQUESTS = True

    spawn = multiprocessing.get_context("spawn")
    ports, stop = spawn.Queue(), spawn.Event()
    server = spawn.Process(target=serve, args=(ports, stop), daemon=True)
    server.start()
    try:
        base_url = ports.get(timeout=30)
        settings = LLMSettings(
            base_url=base_url,
            api_key="bench",
            model="stub-model",
            max_concurrency=CONCURRENCY,
            requests_per_minute=1_000_000,
            timeout=30,
        )
        emails = [email_for(i) for i in range(count)]
        warm = LLMExtractor(settings)
        asyncio.run(run(warm, emails[:CONCURRENCY]))
        extractor = LLMExtractor(settings)
        started, cpu = time.perf_counter(), time.process_time()
        results = asyncio.run(run(extractor, emails))
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        stop.set()
        server.join(timeout=5)

    context = ExtractionContext(po_prefixes=("P",))
    failed = sum(isinstance(r, ExtractionError) for r in results)
    ungrounded = 0
    dropped = 0
    for email, result in zip(emails, results, strict=True):
        if isinstance(result, ExtractionError):
            continue
        ungrounded += len(audit(result, email, context))
        dropped += len(result.dropped)
    ideal = count * LATENCY / CONCURRENCY
    emit(
        "wall_seconds",
        round(wall, 3),
        "s",
        baseline=round(ideal, 3),
        ratio=round(wall / ideal, 3),
        emails=count,
        concurrency=CONCURRENCY,
        latency_s=LATENCY,
    )
    emit("ungrounded_values_in_output", ungrounded, "values", baseline=0)
    emit("invented_values_dropped", dropped, "values")
    emit("failed_emails", failed, "emails")
    emit(
        "client_cpu_ms_per_email",
        round(cpu / count * 1000, 2),
        "ms",
        load_1min=os.getloadavg()[0],
        cpus=os.cpu_count(),
    )
    emit("tokens_per_email", round(extractor.stats.usage.tokens_in / max(1, count), 1), "tokens")
    emit("cost_per_1000_emails", round(extractor.stats.usage.cost / count * 1000, 4), "USD")


if __name__ == "__main__":
    main()
