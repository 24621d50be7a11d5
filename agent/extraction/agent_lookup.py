"""The look-up agent: a tool-calling loop that ties an email to a purchase order.

For emails the rules cannot match (no reference, "our order from last week", a vendor's own
number) a chat model may call the read-only tools of :mod:`agent.tools.lookups`, wrapped as
LangChain tools and bound with ``bind_tools``, within a step and token budget. It ends by
calling ``report_match``; a reported order counts only if a look-up in this run returned it
and it belongs to the sender's vendor, and the result carries the tool results that support
it. The only tool besides the look-ups is ``propose_recommendation``, which returns a
proposal for the gate and writes nothing. Email text is delimited data; odd tool calls get
an error message back and are flagged.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from pydantic import BaseModel, ConfigDict, Field

from agent.config import LLMSettings
from agent.extraction.agent_lookup_tools import ReportArgs, ToolBox, ToolResult
from agent.extraction.injection import injection_flags
from agent.extraction.limits import CircuitBreaker
from agent.extraction.llm_client import GuardedChat, Usage
from agent.models import Extraction, InboundEmail
from agent.odoo.gateway import OdooGateway
from agent.prompts import PROMPTS_DIR, load_prompt
from agent.tools.lookups import Proposal

logger = logging.getLogger(__name__)

Stopped = Literal["answered", "step_budget", "token_budget", "no_answer"]


class LookupResult(BaseModel):
    """The match the agent reported, and the tool results that support it."""

    model_config = ConfigDict(frozen=True)

    po_names: list[str] = Field(default_factory=list)
    po_ids: list[int] = Field(default_factory=list)
    reason: str = ""
    confidence: float = 0.0
    supporting: list[ToolResult] = Field(default_factory=list)
    calls: list[ToolResult] = Field(default_factory=list)
    proposal: Proposal | None = None
    stopped: Stopped = "no_answer"
    steps: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float = 0.0
    prompt_id: str = ""
    prompt_version: str = ""
    flags: list[str] = Field(default_factory=list)


class LookupAgent:
    """Ties an email to purchase orders with read-only tools, within budgets.

    Args:
        settings: the endpoint and ``agent_max_steps`` / ``agent_max_tokens``.
        gateway: the Odoo gateway the tools read from.
        breaker: share the extractor's breaker so an outage stops both.
    """

    def __init__(
        self,
        settings: LLMSettings,
        gateway: OdooGateway,
        *,
        breaker: CircuitBreaker | None = None,
        sleep: Callable[[float], None] | None = None,
        prompts_dir: Path = PROMPTS_DIR,
    ) -> None:
        self.settings = settings
        self.gateway = gateway
        self.prompt = load_prompt("lookup_system", prompts_dir)
        schemas = list(ToolBox(gateway, None, dt.date.today()).tools.values())
        extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        self.chat = GuardedChat(
            settings, lambda chat: chat.bind_tools(schemas), breaker=breaker, **extra
        )

    def close(self) -> None:
        """Close the connection pool."""
        self.chat.close()

    async def aclose(self) -> None:
        """Close the connection pool of the running event loop."""
        await self.chat.aclose()

    def _messages(
        self, email: InboundEmail, extraction: Extraction | None, vendor: str, today: dt.date
    ) -> list[BaseMessage]:
        known = "nothing"
        if extraction is not None:
            refs = ", ".join(extraction.odoo_refs + extraction.vendor_refs) or "no references"
            products = ", ".join(filter(None, (ln.product for ln in extraction.lines)))
            known = f"intent {extraction.intent.value}; {refs}; products: {products or 'none'}"
        values = {"today": today.isoformat(), "vendor": vendor}
        system = self.prompt.render("system", **values)
        user = self.prompt.render(
            "user",
            email_date=email.date.date().isoformat(),
            subject=email.subject.replace("<", "[").replace(">", "]"),
            email_text=email.text.replace("<email_data>", "[email_data]").replace(
                "</email_data>", "[/email_data]"
            ),
            known=known,
        )
        return [SystemMessage(system), HumanMessage(user)]

    def start(
        self,
        email: InboundEmail,
        extraction: Extraction | None,
        *,
        vendor_id: int | None,
        vendor_name: str = "unknown",
        today: dt.date,
    ) -> LookupRun:
        """A run of the loop for one email: ``.run()`` it, or ``await .arun()`` in a loop."""
        return LookupRun(self, email, extraction, vendor_id, vendor_name, today)

    def _answer(
        self, state: ToolBox, message: AIMessage, messages: list[BaseMessage]
    ) -> ReportArgs | None:
        report: ReportArgs | None = None
        for bad in message.invalid_tool_calls:
            state.flags.append(f"agent_tool_error:{bad.get('name')}")
            messages.append(
                ToolMessage("error: arguments are not valid JSON", tool_call_id=bad.get("id") or "")
            )
        for call in message.tool_calls:
            content, record = state.call(call["name"], call["args"])
            if call["name"] == "report_match" and record.error is None:
                candidate = ReportArgs(**record.result)
                unsupported = [n for n in candidate.po_names if n not in state.seen]
                if unsupported:
                    state.flags.append("agent_unsupported_match")
                    content = f"error: no look-up returned {', '.join(unsupported)}"
                else:
                    report = candidate
            messages.append(ToolMessage(content, tool_call_id=call.get("id") or ""))
        return report

    def _result(
        self,
        state: ToolBox,
        report: ReportArgs | None,
        stopped: Stopped,
        steps: int,
        usage: Usage,
        email: InboundEmail,
    ) -> LookupResult:
        names = report.po_names if report else []
        supporting = [
            call
            for call in state.calls
            if call.error is None
            and call.tool.startswith("find_orders")
            and any(n in json.dumps(call.result) for n in names)
        ]
        flags = list(dict.fromkeys([*injection_flags(email.text), *state.flags]))
        return LookupResult(
            po_names=names,
            po_ids=[state.seen[n].id for n in names],
            reason=report.reason if report else "",
            confidence=report.confidence if report else 0.0,
            supporting=supporting,
            calls=state.calls,
            proposal=state.proposal,
            stopped=stopped,
            steps=steps,
            tokens_in=usage.tokens_in,
            tokens_out=usage.tokens_out,
            cost=round(usage.cost, 8),
            prompt_id=self.prompt.id,
            prompt_version=self.prompt.version,
            flags=flags,
        )


class LookupRun:
    """One run of the loop (see :meth:`LookupAgent.start`), stepped by :meth:`run` or ``arun``.

    After each answer of the model (:meth:`take`) it stops on ``report_match``, on an answer
    without tool calls, or when the step or token budget is spent.
    """

    def __init__(
        self,
        agent: LookupAgent,
        email: InboundEmail,
        extraction: Extraction | None,
        vendor_id: int | None,
        vendor_name: str,
        today: dt.date,
    ) -> None:
        self.agent, self.email = agent, email
        self.state = ToolBox(agent.gateway, vendor_id, today)
        vendor = f"{vendor_name} (id {vendor_id})"
        self.messages = agent._messages(email, extraction, vendor, today)
        self.usage = Usage()
        self.steps = 0
        self.report: ReportArgs | None = None
        self.stopped: Stopped = "step_budget"
        self.done = False
        self._check_budgets()

    def _check_budgets(self) -> None:
        settings = self.agent.settings
        if self.steps >= settings.agent_max_steps:
            self.stopped, self.done = "step_budget", True
        elif self.usage.tokens_in + self.usage.tokens_out >= settings.agent_max_tokens:
            self.stopped, self.done = "token_budget", True

    def run(self) -> LookupResult:
        """Step until done, asking the model synchronously."""
        while not self.done:
            self.take(*self.agent.chat.invoke(self.messages))
        return self.result()

    async def arun(self) -> LookupResult:
        """Like :meth:`run`, in an event loop: many runs share the bounded connection pool."""
        while not self.done:
            self.take(*await self.agent.chat.ainvoke(self.messages))
        return self.result()

    def take(self, message: AIMessage, used: Usage) -> None:
        """Count the model's answer, run its tool calls, and decide whether to stop."""
        self.usage.add(used)
        self.steps += 1
        self.messages.append(message)
        self.report = self.agent._answer(self.state, message, self.messages)
        if self.report is not None:
            self.stopped, self.done = "answered", True
        elif not message.tool_calls and not message.invalid_tool_calls:
            self.stopped, self.done = "no_answer", True
        else:
            self._check_budgets()

    def result(self) -> LookupResult:
        """What the run found, and how it stopped."""
        return self.agent._result(
            self.state, self.report, self.stopped, self.steps, self.usage, self.email
        )
