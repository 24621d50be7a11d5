"""``LLMExtractor``: extraction by a language model behind an OpenAI-compatible endpoint.

The model fills :class:`~agent.extraction.llm_schema.WireExtraction` (values with verbatim
quotes) through LangChain's structured output; :mod:`agent.extraction.grounding` keeps only
the values the email's words prove. Prompts come from ``prompts/extract_system.yaml`` and
``prompts/extract_examples.yaml``; their id and version are stored on every result, with the
tokens and estimated cost of the call.

``ALLOW_MODEL_REQUESTS`` is the global switch (as in pydantic-ai): when it is ``False``, or
``TRIAGE_ALLOW_MODEL_REQUESTS`` is ``false``, no request is sent and ``ModelRequestsBlocked``
(a ``ModelUnavailable``) is raised, so the hybrid extractor falls back to the rules.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.runnables import Runnable
from langchain_openai import ChatOpenAI
from pydantic import ValidationError

from agent.config import LLMSettings
from agent.errors import ExtractionError, ExtractionInvalid
from agent.extraction.base import ExtractionContext
from agent.extraction.grounding import ground
from agent.extraction.injection import INJECTION_FLAG, injection_flags
from agent.extraction.limits import CircuitBreaker, RateLimiter
from agent.extraction.llm_client import (
    ENV_SWITCH,
    GuardedChat,
    ModelRequestsBlocked,
    Usage,
    check_allow_model_requests,
    model_requests_allowed,
)
from agent.extraction.llm_schema import WIRE_NAME, WireExtraction, wire_json_schema
from agent.models import DateRole, Extraction, InboundEmail, Intent
from agent.prompts import PROMPTS_DIR, PromptFile, load_prompt

__all__ = [
    "ALLOW_MODEL_REQUESTS",
    "ENV_SWITCH",
    "LLMExtractor",
    "ModelRequestsBlocked",
    "check_allow_model_requests",
    "model_requests_allowed",
]

logger = logging.getLogger(__name__)

ALLOW_MODEL_REQUESTS = True
"""Global switch checked before any model request; tests switch requests off."""

MAX_MODEL_CONFIDENCE = 0.9
_DELIMITER = re.compile(r"</?\s*email_data\s*>", re.I)
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")


@functools.cache
def _response_format() -> dict[str, Any]:
    """The ``json_schema`` response format of the wire schema, built once per process."""
    schema = wire_json_schema()
    name, description = schema.pop("title"), schema.pop("description")
    return {
        "type": "json_schema",
        "json_schema": {
            "name": name,
            "description": description,
            "schema": schema,
            "strict": False,
        },
    }


def _structured(method: str, chat: ChatOpenAI) -> Runnable[LanguageModelInput, Any]:
    """The chat model bound to the wire schema; answers come back as the raw ``AIMessage``.

    Equivalent on the wire to ``with_structured_output(..., include_raw=True)`` but without
    its parser chain: :func:`parse_answer` parses and validates the raw message anyway, and
    the chain's per-call runnables, callbacks and thread hand-offs cost more CPU than the
    request itself at high concurrency. The ``json_schema`` format goes in ``extra_body`` so
    that the openai client sends the same static schema without walking it for every request
    (and uses ``create`` rather than ``parse``, whose result we would not use).
    """
    if method == "function_calling":
        return chat.bind_tools(
            [wire_json_schema()], tool_choice=WIRE_NAME, parallel_tool_calls=False, strict=False
        )
    return chat.bind(extra_body={"response_format": _response_format()})


def _data(text: str) -> str:
    """Email text as it goes between the delimiters: it cannot close the data block."""
    return _DELIMITER.sub(lambda m: m.group(0).replace("<", "[").replace(">", "]"), text)


def answer_payload(message: AIMessage) -> Any:
    """The JSON the model answered, from a tool call or the message text; strict parsing."""
    if message.tool_calls:
        return message.tool_calls[0]["args"]
    if message.invalid_tool_calls:
        bad = message.invalid_tool_calls[0]
        raise ExtractionInvalid(f"malformed JSON in tool call arguments: {bad.get('args')!r:.200}")
    content = message.content
    if isinstance(content, list):
        content = "".join(
            part if isinstance(part, str) else str(part.get("text", "")) for part in content
        )
    text = _FENCE.sub("", content.strip())
    if not text:
        raise ExtractionInvalid("the model answered nothing")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExtractionInvalid(f"malformed JSON from the model: {exc.msg} at {exc.pos}") from exc


def parse_answer(message: AIMessage) -> WireExtraction:
    """The model's answer validated against the wire schema, or ``ExtractionInvalid``."""
    payload = answer_payload(message)
    try:
        return WireExtraction.model_validate(payload)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'answer'}: {err['msg']}"
            for err in exc.errors()[:5]
        )
        raise ExtractionInvalid(f"the answer violates the schema: {problems}") from exc


class LLMExtractor:
    """Extractor backed by an OpenAI-compatible chat model, every value grounded.

    Args:
        settings: the endpoint and its limits (``Settings.llm``).
        breaker / limiter: share them between extractors of one endpoint, or get new ones.
        sleep / async_sleep: how to wait between retries (injected by tests, not patched).
        prompts_dir: where the prompt files are.
    """

    name = "llm"

    def __init__(
        self,
        settings: LLMSettings,
        *,
        breaker: CircuitBreaker | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        prompts_dir: Path = PROMPTS_DIR,
    ) -> None:
        self.settings = settings
        waits: dict[str, Any] = {}
        if sleep is not None:
            waits["sleep"] = sleep
        if async_sleep is not None:
            waits["async_sleep"] = async_sleep
        self.chat = GuardedChat(
            settings,
            partial(_structured, settings.structured_output),
            breaker=breaker,
            limiter=limiter,
            **waits,
        )
        self.prompt: PromptFile = load_prompt("extract_system", prompts_dir)
        self.examples: PromptFile = load_prompt("extract_examples", prompts_dir)
        self._shots = self._few_shot()

    @property
    def stats(self) -> Any:
        """Requests, retries, failures and token usage so far."""
        return self.chat.stats

    def _variables(self) -> dict[str, str]:
        return {
            "intents": ", ".join(i.value for i in Intent),
            "roles": ", ".join(r.value for r in DateRole),
        }

    def _few_shot(self) -> str:
        """The examples as one block of the system message (fewer messages, same content)."""
        blocks = []
        for name in self.examples.templates or {}:
            user = self._user(
                self.examples.render(name, "email_date"),
                self.examples.render(name, "subject"),
                self.examples.render(name, "text").rstrip("\n"),
                ("P", "PO"),
            )
            blocks.append(
                f"Example input:\n{user}\nExample answer:\n{self.examples.render(name, 'answer')}"
            )
        return "\n\n".join(blocks)

    def _user(self, date: str, subject: str, text: str, prefixes: Sequence[str]) -> str:
        return self.prompt.render(
            "user",
            email_date=date,
            subject=_data(subject),
            email_text=_data(text),
            po_prefixes=", ".join(prefixes),
            **self._variables(),
        )

    def messages(self, email: InboundEmail, context: ExtractionContext) -> list[BaseMessage]:
        """The system prompt with few-shot examples, then the email as delimited data."""
        system = self.prompt.render(
            "system", po_prefixes=", ".join(context.po_prefixes), **self._variables()
        )
        if self._shots:
            system = f"{system}\n{self._shots}"
        user = self._user(
            email.date.date().isoformat(), email.subject, email.text, context.po_prefixes
        )
        return [SystemMessage(system), HumanMessage(user)]

    def extract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        """Extract one email (blocking)."""
        message, usage = self.chat.invoke(self.messages(email, context))
        return self.finish(email, context, message, usage)

    async def aextract(self, email: InboundEmail, context: ExtractionContext) -> Extraction:
        """Extract one email; many may run at once up to ``max_concurrency``."""
        message, usage = await self.chat.ainvoke(self.messages(email, context))
        return self.finish(email, context, message, usage)

    async def aextract_many(
        self, items: Sequence[tuple[InboundEmail, ExtractionContext]]
    ) -> list[Extraction | ExtractionError]:
        """Extract many emails concurrently; a failed email yields its error, not an abort."""

        async def one(
            email: InboundEmail, context: ExtractionContext
        ) -> Extraction | ExtractionError:
            try:
                return await self.aextract(email, context)
            except ExtractionError as exc:
                return exc

        return list(await asyncio.gather(*(one(e, c) for e, c in items)))

    def extract_many(
        self, items: Sequence[tuple[InboundEmail, ExtractionContext]]
    ) -> list[Extraction | ExtractionError]:
        """Blocking batch: runs :meth:`aextract_many` in its own event loop and cleans up."""

        async def run() -> list[Extraction | ExtractionError]:
            try:
                return await self.aextract_many(items)
            finally:
                await self.aclose()

        return asyncio.run(run())

    async def aclose(self) -> None:
        """Close the connection pool of the running event loop."""
        await self.chat.aclose()

    def close(self) -> None:
        """Close the blocking connection pool."""
        self.chat.close()

    def finish(
        self, email: InboundEmail, context: ExtractionContext, message: AIMessage, usage: Usage
    ) -> Extraction:
        """Validate, ground and package one answer."""
        wire = parse_answer(message)
        grounded = ground(wire, email, context)
        flags = [*injection_flags(f"{email.subject}\n{email.text}"), f"prompt:{self.examples.ref}"]
        dropped = list(grounded.dropped)
        unexpected = wire.unexpected()
        if unexpected:
            dropped.extend(f"unexpected field {key!r} ignored" for key in unexpected)
            flags.append("model_unexpected_output")
            if INJECTION_FLAG not in flags:
                flags.insert(0, INJECTION_FLAG)
        model_confidence = min(wire.confidence, MAX_MODEL_CONFIDENCE)
        values = grounded.kept + len(grounded.dropped)
        share = grounded.kept / values if values else 1.0
        intent_confidence = model_confidence if grounded.intent_span else min(model_confidence, 0.5)
        intent = wire.intent
        return Extraction(
            message_id=email.message_id,
            intent=intent,
            intent_confidence=round(intent_confidence, 3),
            intent_span=grounded.intent_span,
            secondary_intents=[i for i in dict.fromkeys(wire.secondary_intents) if i != intent],
            po_refs=grounded.po_refs,
            dates=grounded.dates,
            lines=grounded.lines,
            price_changes=grounded.price_changes,
            tracking=grounded.tracking,
            confidence=round(intent_confidence * share, 3),
            extractor=self.name,
            prompt_id=self.prompt.id,
            prompt_version=self.prompt.version,
            dropped=dropped,
            flags=flags,
            tokens_in=usage.tokens_in,
            tokens_out=usage.tokens_out,
            cost=usage.cost,
        )
