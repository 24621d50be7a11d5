"""The look-up agent: tool calls over real HTTP, budgets, supported matches, no writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from agent.extraction.agent_lookup import LookupAgent
from agent.tools import lookups
from tests.factories import inbound
from tests.llm.conftest import Sleeps, settings_for
from tests.llm.gateways import RecordingGateway
from tests.llm.stub_server import Reply, StubServer, completion

pytestmark = pytest.mark.usefixtures("allow_model_requests")

TODAY = dt.date(2026, 11, 26)
ACME = 11
BODY = "Hi, about our order from last week with the HSH-2009 towels: it ships Friday."


class Turns:
    """Plays one scripted model turn per request."""

    def __init__(self, *turns: Reply) -> None:
        self.turns = list(turns)

    def __call__(self, request: dict[str, Any]) -> Reply:
        return self.turns.pop(0) if len(self.turns) > 1 else self.turns[0]


def call(name: str, args: Any, ident: str = "c1") -> Reply:
    return completion(tool_calls=[{"id": ident, "name": name, "arguments": args}])


@pytest.fixture
def gateway(tmp_path: Path) -> RecordingGateway:
    return RecordingGateway(tmp_path)


def agent(stub: StubServer, gateway: RecordingGateway, **overrides: Any) -> LookupAgent:
    return LookupAgent(settings_for(stub, **overrides), gateway, sleep=Sleeps().sync)  # type: ignore[arg-type]


def run(a: LookupAgent, body: str = BODY) -> Any:
    try:
        run = a.start(inbound(body=body), None, vendor_id=ACME, vendor_name="Acme", today=TODAY)
        return run.run()
    finally:
        a.close()


def test_plain_lookups_are_typed_and_read_only(gateway: RecordingGateway) -> None:
    found = lookups.find_orders_by_vendor(
        gateway,  # type: ignore[arg-type]
        lookups.OrdersByVendorArgs(vendor_id=ACME, date_from=dt.date(2026, 11, 15)),
    )
    assert {"P00239", "P00247"} <= {o.name for o in found}
    assert all(o.date_order >= dt.date(2026, 11, 15) and o.vendor_id == ACME for o in found)
    by_ref = lookups.find_orders_by_vendor_ref(
        gateway,
        lookups.OrdersByVendorRefArgs(refs=["ACME-SO-55102"]),  # type: ignore[arg-type]
    )
    assert [o.name for o in by_ref] == ["P00232"]
    by_product = lookups.find_orders_by_product(
        gateway,
        lookups.OrdersByProductArgs(product_codes=["HSH-2009"], vendor_id=ACME),  # type: ignore[arg-type]
    )
    assert [o.name for o in by_product] == ["P00247"]
    stock = lookups.stock_position(gateway, lookups.StockArgs(product_codes=["HSH-2009"]))  # type: ignore[arg-type]
    assert stock and all(s.product_code == "HSH-2009" for s in stock)
    demand = lookups.demand_history(
        gateway,
        lookups.DemandArgs(product_codes=["HSH-2009"], days=14, end=TODAY),  # type: ignore[arg-type]
    )
    assert demand and demand[0].days == 14
    assert gateway.writes == []


def test_agent_finds_the_order_with_supporting_tool_results(
    stub: StubServer, gateway: RecordingGateway
) -> None:
    stub.script = Turns(
        call("find_orders_by_product", {"product_codes": ["HSH-2009"]}),
        call("report_match", {"po_names": ["P00247"], "reason": "only open order with HSH-2009"}),
    )

    result = run(agent(stub, gateway))

    assert result.stopped == "answered"
    assert result.po_names == ["P00247"]
    assert result.po_ids and result.steps == 2
    assert [s.tool for s in result.supporting] == ["find_orders_by_product"]
    assert result.tokens_in == 200 and result.prompt_id == "lookup_system"
    assert stub.requests[0]["tools"][0]["function"]["name"] == "find_orders_by_vendor"
    tool_names = {t["function"]["name"] for t in stub.requests[0]["tools"]}
    assert tool_names & {"set_line_dates", "create_activities", "post_note"} == set()
    second = stub.requests[1]["messages"]
    assert second[-1]["role"] == "tool" and "P00247" in second[-1]["content"]
    assert gateway.writes == []


def test_a_match_no_lookup_returned_is_refused(stub: StubServer, gateway: RecordingGateway) -> None:
    stub.script = Turns(
        call("report_match", {"po_names": ["P00999"], "reason": "invented"}),
        completion("I could not find it."),
    )

    result = run(agent(stub, gateway))

    assert result.po_names == [] and result.stopped == "no_answer"
    assert "agent_unsupported_match" in result.flags
    assert "no look-up returned P00999" in stub.requests[1]["messages"][-1]["content"]


def test_other_vendors_cannot_be_searched(stub: StubServer, gateway: RecordingGateway) -> None:
    stub.script = Turns(
        call("find_orders_by_vendor", {"vendor_id": 12}),
        call("report_match", {"po_names": ["P00234"], "reason": "x"}),
        completion("done"),
    )

    result = run(agent(stub, gateway))

    assert result.po_names == []
    assert "agent_tool_error:find_orders_by_vendor" in result.flags


def test_step_budget_stops_the_loop(stub: StubServer, gateway: RecordingGateway) -> None:
    stub.script = lambda request: call("stock_position", {"product_codes": ["HSH-2009"]})
    result = run(agent(stub, gateway, agent_max_steps=3))
    assert result.stopped == "step_budget" and result.steps == 3
    assert len(stub.requests) == 3


def test_token_budget_stops_the_loop(stub: StubServer, gateway: RecordingGateway) -> None:
    stub.script = lambda request: call("stock_position", {"product_codes": ["HSH-2009"]})
    result = run(agent(stub, gateway, agent_max_tokens=250))
    assert result.stopped == "token_budget" and result.steps == 2


def test_proposal_is_returned_not_written(stub: StubServer, gateway: RecordingGateway) -> None:
    stub.script = Turns(
        call("find_orders_by_product", {"product_codes": ["HSH-2009"]}),
        call(
            "propose_recommendation",
            {"action": "expedite", "po_name": "P00247", "summary": "ask Acme to ship earlier"},
        ),
        call("report_match", {"po_names": ["P00247"]}),
    )

    result = run(agent(stub, gateway))

    assert result.proposal is not None and result.proposal.action == "expedite"
    assert not hasattr(result.proposal, "decision")
    assert gateway.writes == []
