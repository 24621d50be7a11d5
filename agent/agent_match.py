"""Second chance for emails the rules could not tie to an order: the look-up agent.

After matching, an email of a known vendor that names no order ("our order from last week",
a number only the vendor uses) has ``MatchMethod.NONE``. When a language model is configured
(``Deps.lookup_agent``, built by ``agent.wiring`` only then) and requests are allowed, the
agent reads the vendor's orders with its read-only tools and may report the order. A reported
order is used only when a look-up of that run returned it (the agent checks that) and it
belongs to the sender's vendor; the match keeps the tool results that support it in its notes
and its confidence stays below every reference method.

The runs of one batch share an event loop and the agent's bounded connection pool; the tools
run on the loop's thread, so the gateway sees one call at a time. Anything else (switch off,
no endpoint, endpoint failing) leaves the matches exactly as they were.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import json
import logging
from collections.abc import Coroutine, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from agent.errors import TriageError
from agent.models import Extraction, InboundEmail, Match, MatchMethod
from agent.snapshot import OrderKeys, Snapshot, read_orders

if TYPE_CHECKING:
    from agent.deps import Deps
    from agent.extraction.agent_lookup import LookupAgent, LookupResult
    from agent.extraction.agent_lookup_tools import ToolResult

logger = logging.getLogger(__name__)

MAX_AGENT_CONFIDENCE = 0.75
"""Below the weakest reference method (the vendor's only open order with the products, 0.7,
is a rule; the agent's evidence is a model's reading of look-ups)."""
INJECTION_FACTOR = 0.5
"""An email that tries to instruct the model halves the agent's confidence."""

T = TypeVar("T")


def needs_agent(match: Match) -> bool:
    """No order found, but the sender is a known vendor: the agent may look."""
    return match.method == MatchMethod.NONE and match.vendor_id is not None


def agent_matches(
    deps: Deps,
    items: Sequence[tuple[InboundEmail, Extraction, Match]],
    snapshot: Snapshot,
) -> list[Match]:
    """The matches of ``items``, with the agent's where it found a supported order.

    Orders the agent matched that the snapshot lacks are read into it, so the later stages
    (commitments, risk, recommendations) see them like any other matched order.
    """
    matches = [match for _, _, match in items]
    agent = deps.lookup_agent
    todo = [i for i, (_, _, match) in enumerate(items) if needs_agent(match)]
    if agent is None or not todo or not _allowed():
        return matches
    today = deps.clock.now().date()
    jobs = [(items[i][0], items[i][1], items[i][2]) for i in todo]
    results = _run(_run_all(agent, jobs, today, deps.settings.llm.max_concurrency))
    for index, result in zip(todo, results, strict=True):
        if result is not None:
            matches[index] = _agent_match(items[index][2], result)
    found = {name for m in matches if m.method == MatchMethod.AGENT for name in m.po_names}
    missing = found - {po.name for po in snapshot.orders()}
    if missing:
        read_orders(deps.gateway, OrderKeys(names=missing), snapshot)
    return matches


def _allowed() -> bool:
    from agent.extraction.llm_client import model_requests_allowed

    return model_requests_allowed()


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro`` in a fresh event loop, on another thread when this one runs a loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="agent-match") as pool:
        return pool.submit(asyncio.run, coro).result()


async def _run_all(
    agent: LookupAgent,
    jobs: Sequence[tuple[InboundEmail, Extraction, Match]],
    today: dt.date,
    concurrency: int,
) -> list[LookupResult | None]:
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(email: InboundEmail, extraction: Extraction, match: Match) -> LookupResult | None:
        async with gate:
            try:
                result = await agent.start(
                    email,
                    extraction,
                    vendor_id=match.vendor_id,
                    vendor_name=match.vendor_name or "unknown",
                    today=today,
                ).arun()
            except TriageError as exc:  # ModelUnavailable, ExtractionInvalid: keep the rules'
                logger.info("agent look-up of %s failed: %s", email.message_id, exc)
                return None
            except Exception:  # one email never stops the batch: log why, keep the rules'
                logger.exception("agent look-up of %s failed", email.message_id)
                return None
        if result.stopped != "answered" or not result.po_ids or not result.supporting:
            logger.info(
                "agent look-up of %s found no supported order (%s)",
                email.message_id,
                result.stopped,
            )
            return None
        return result

    try:
        return list(await asyncio.gather(*(one(*job) for job in jobs)))
    finally:
        await agent.aclose()


def _agent_match(match: Match, result: LookupResult) -> Match:
    confidence = min(result.confidence, MAX_AGENT_CONFIDENCE)
    if any(flag.startswith("prompt_injection") for flag in result.flags):
        confidence *= INJECTION_FACTOR
    notes = [*match.notes, f"agent: {result.reason or 'matched by look-ups'}"]
    notes.extend(f"agent look-up {summary(call)}" for call in result.supporting)
    if result.proposal is not None:
        notes.append(
            f"agent proposed {result.proposal.action} for {result.proposal.po_name}: "
            f"{result.proposal.summary}"
        )
    notes.append(
        f"agent: {result.steps} steps, {result.tokens_in + result.tokens_out} tokens, "
        f"prompt {result.prompt_id} v{result.prompt_version}"
    )
    return match.model_copy(
        update={
            "po_ids": list(result.po_ids),
            "po_names": list(result.po_names),
            "line_ids": _line_ids(result),
            "method": MatchMethod.AGENT,
            "confidence": round(confidence, 4),
            "notes": notes,
        }
    )


def _line_ids(result: LookupResult) -> list[int]:
    """Every line of the matched orders, as the supporting look-ups listed them."""
    wanted = set(result.po_names)
    ids: dict[int, None] = {}
    for call in result.supporting:
        for order in call.result if isinstance(call.result, list) else []:
            if isinstance(order, dict) and order.get("name") in wanted:
                ids.update({int(line["line_id"]): None for line in order.get("lines", [])})
    return list(ids)


def summary(call: ToolResult) -> str:
    """One line: the tool, its arguments and the order names it returned."""
    args = json.dumps(call.args, sort_keys=True, default=str)
    rows = call.result if isinstance(call.result, list) else []
    names = [str(row.get("name")) for row in rows if isinstance(row, dict) and "name" in row]
    return f"{call.tool}({args}) -> {', '.join(names) or 'nothing'}"
