"""The look-up agent's tools: read-only Odoo look-ups wrapped as LangChain tools.

``ToolBox`` binds :mod:`agent.tools.lookups` to one run's gateway, sender's vendor and day:
searches are confined to the sender's vendor, every order a look-up returned is remembered
(only those may be reported), and every call is recorded as a ``ToolResult``. Errors go
back to the model as text; they never raise.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from langchain_core.tools import StructuredTool, ToolException
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.errors import TriageError
from agent.odoo.gateway import OdooGateway
from agent.tools import lookups
from agent.tools.lookups import OrderSummary, Proposal


class ToolResult(BaseModel):
    """One tool call of the run: what was asked and what came back."""

    model_config = ConfigDict(frozen=True)

    tool: str
    args: dict[str, Any]
    result: Any = None
    error: str | None = None


class ReportArgs(BaseModel):
    """The final answer: order names found by look-ups, and why."""

    model_config = ConfigDict(extra="forbid")

    po_names: list[str] = Field(max_length=10)
    reason: str = Field(default="", max_length=500)
    confidence: float = Field(
        default=0.6, ge=0, le=1, description="how sure the look-ups make you, 0 to 1"
    )


class _DemandToolArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    product_codes: list[str] = Field(min_length=1, max_length=20)
    days: int = Field(default=28, ge=1, le=365)


def _dump(items: list[Any]) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in items]


class ToolBox:
    """State of one agent run: tools bound to the gateway, the vendor and what was seen."""

    def __init__(self, gateway: OdooGateway, vendor_id: int | None, today: dt.date) -> None:
        self.gateway = gateway
        self.vendor_id = vendor_id
        self.today = today
        self.seen: dict[str, OrderSummary] = {}
        self.calls: list[ToolResult] = []
        self.flags: list[str] = []
        self.proposal: Proposal | None = None
        self.tools = {tool.name: tool for tool in self._tools()}

    def _orders(self, found: list[OrderSummary]) -> list[dict[str, Any]]:
        if self.vendor_id is not None:
            found = [o for o in found if o.vendor_id == self.vendor_id]
        self.seen.update({o.name: o for o in found})
        return _dump(found)

    def _by_vendor(self, **kw: Any) -> list[dict[str, Any]]:
        args = lookups.OrdersByVendorArgs(**kw)
        if self.vendor_id is not None and args.vendor_id != self.vendor_id:
            raise ToolException(f"only the sender's vendor ({self.vendor_id}) may be searched")
        return self._orders(lookups.find_orders_by_vendor(self.gateway, args))

    def _by_ref(self, **kw: Any) -> list[dict[str, Any]]:
        args = lookups.OrdersByVendorRefArgs(**kw)
        return self._orders(lookups.find_orders_by_vendor_ref(self.gateway, args))

    def _by_product(self, **kw: Any) -> list[dict[str, Any]]:
        args = lookups.OrdersByProductArgs(**{"vendor_id": self.vendor_id, **kw})
        return self._orders(lookups.find_orders_by_product(self.gateway, args))

    def _stock(self, **kw: Any) -> list[dict[str, Any]]:
        return _dump(lookups.stock_position(self.gateway, lookups.StockArgs(**kw)))

    def _demand(self, **kw: Any) -> list[dict[str, Any]]:
        args = lookups.DemandArgs(end=self.today, **kw)
        return _dump(lookups.demand_history(self.gateway, args))

    def _propose(self, **kw: Any) -> dict[str, Any]:
        self.proposal = lookups.propose_recommendation(lookups.ProposalArgs(**kw))
        return {"status": "proposed; the gate decides", **self.proposal.model_dump(mode="json")}

    def _report(self, **kw: Any) -> dict[str, Any]:
        return ReportArgs(**kw).model_dump()

    def _tools(self) -> list[StructuredTool]:
        specs: list[tuple[str, str, type[BaseModel], Callable[..., Any]]] = [
            (
                "find_orders_by_vendor",
                "Open purchase orders of the vendor, by order date window.",
                lookups.OrdersByVendorArgs,
                self._by_vendor,
            ),
            (
                "find_orders_by_vendor_ref",
                "Purchase orders by the vendor's own order numbers.",
                lookups.OrdersByVendorRefArgs,
                self._by_ref,
            ),
            (
                "find_orders_by_product",
                "Open purchase orders with these product codes.",
                lookups.OrdersByProductArgs,
                self._by_product,
            ),
            (
                "stock_position",
                "Stock per warehouse of these products.",
                lookups.StockArgs,
                self._stock,
            ),
            ("demand_history", "Recent demand of these products.", _DemandToolArgs, self._demand),
            (
                "propose_recommendation",
                "Propose an action for the gate (writes nothing).",
                lookups.ProposalArgs,
                self._propose,
            ),
            (
                "report_match",
                "Final answer: the order names found and why.",
                ReportArgs,
                self._report,
            ),
        ]
        return [
            StructuredTool.from_function(func=func, name=name, description=text, args_schema=schema)
            for name, text, schema, func in specs
        ]

    def call(self, name: str, args: dict[str, Any]) -> tuple[str, ToolResult]:
        """Run one tool call; errors go back to the model as text, never raise."""
        tool = self.tools.get(name)
        if tool is None:
            self.flags.append(f"agent_unknown_tool:{name}")
            record = ToolResult(tool=name, args=args, error=f"unknown tool {name!r}")
        else:
            try:
                result = tool.func(**args) if tool.func else None
                record = ToolResult(tool=name, args=args, result=result)
            except (ValidationError, ToolException, TriageError, TypeError) as exc:
                self.flags.append(f"agent_tool_error:{name}")
                message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                record = ToolResult(tool=name, args=args, error=message)
        self.calls.append(record)
        content = (
            f"error: {record.error}" if record.error else json.dumps(record.result, default=str)
        )
        return content, record
