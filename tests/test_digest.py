from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from agent.clock import FixedClock
from agent.config import load_settings
from agent.deps import Deps
from agent.digest import build_digests, deliver
from agent.ingest.maildir import MaildirSource
from agent.pipeline import intake, process_emails
from agent.push import drain
from agent.scenario.gateway import ScenarioGateway
from agent.wiring import build_deps, make_gateway, scenario_clock
from tests.test_hitl import INBOX


class _Sink:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[_Sink, int]]:
    sink = _Sink()
    port = _free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    yield sink, port
    controller.stop()


def _deps(**overrides: Any) -> Deps:
    settings = load_settings(**overrides)
    clock = scenario_clock(settings)
    deps = build_deps(settings, gateway=make_gateway(settings, scenario=True), clock=clock)
    items = [(i.raw, i.key) for i in MaildirSource(INBOX, read_only=True).fetch()]
    process_emails(deps, intake(deps, items).new_ids)
    drain(deps.store, deps.gateway, deps.clock, max_wait=5)
    return deps


def test_digest_ranks_by_risk_and_delivers_once_a_day(smtp: tuple[_Sink, int]) -> None:
    sink, port = smtp
    deps = _deps(
        digest={
            "res_model": "purchase.order",
            "res_id": 232,
            "smtp_host": "127.0.0.1",
            "smtp_port": port,
            "recipients": ["planner@brightmart.example"],
        }
    )
    digests = build_digests(deps)
    assert digests
    buyer = next(d for d in digests if d.user not in ("unassigned", "lead"))
    ranks = [["low", "medium", "high", "critical"].index(i.risk or "low") for i in buyer.open]
    assert ranks == sorted(ranks, reverse=True)
    assert any(d.new_delays for d in digests)
    result = deliver(deps, digests)
    assert result == {"posted": len(digests), "mailed": len(digests)}
    assert len(sink.messages) == len(digests)
    assert "digest" in str(sink.messages[0]["Subject"])
    again = deliver(deps, build_digests(deps))
    assert again["posted"] == 0
    drain(deps.store, deps.gateway, deps.clock, max_wait=5)
    assert isinstance(deps.gateway, ScenarioGateway)
    notes = [n for n in deps.gateway.notes("purchase.order", 232) if "Good morning" in n.body_html]
    assert len(notes) == len(digests)


def test_what_changed_is_relative_to_the_last_digest() -> None:
    deps = _deps()
    first = {d.user: d for d in build_digests(deps)}
    deliver(deps, list(first.values()))
    assert isinstance(deps.clock, FixedClock)
    deps.clock.advance(dt.timedelta(hours=1))
    second = {d.user: d for d in build_digests(deps)}
    assert all(not d.new_delays for d in second.values())
    assert sum(len(d.open) for d in second.values()) == sum(len(d.open) for d in first.values())
