"""Build the dependency bundle from settings: real adapters where configured, twins otherwise."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from agent.clock import Clock, FixedClock, SystemClock
from agent.config import Settings
from agent.deps import Deps
from agent.extraction.base import Extractor
from agent.odoo.gateway import OdooGateway
from agent.policy import Policy, default_policy, load_policy
from agent.store.repository import Store

if TYPE_CHECKING:
    from agent.extraction.agent_lookup import LookupAgent

logger = logging.getLogger(__name__)


SHIPPED_POLICY = Path(__file__).resolve().parent.parent / "evals" / "policy.toml"
"""The tuned policy ``triage evals tune --write`` maintains; used when no file is set."""


def make_policy(settings: Settings) -> Policy:
    """The policy file when one is set, else the shipped tuned one, else the settings'."""
    if settings.policy_file is not None:
        return load_policy(settings.policy_file)
    if SHIPPED_POLICY.is_file():
        return load_policy(SHIPPED_POLICY)
    return default_policy(settings.thresholds)


def make_gateway(settings: Settings, *, scenario: bool = False) -> OdooGateway:
    """Odoorpc (or JSON-2) when an Odoo URL is set, else the bundled scenario.

    The Odoo gateway logs in on first use, so every command and the server start (and take
    mail in) while Odoo is down; calls that need it fail with ``OdooUnavailable`` until then.
    """
    if settings.odoo.url and not scenario:
        from agent.odoo.connect import connect_lazily

        return connect_lazily(settings.odoo)
    from agent.scenario.build import load_scenario
    from agent.scenario.gateway import ScenarioGateway

    return ScenarioGateway(
        load_scenario(), activity_log=settings.data_dir / "scenario-activities.jsonl"
    )


def make_extractor(settings: Settings) -> Extractor:
    """The deterministic extractor (hybrid with the language model when an endpoint is set)."""
    from agent.extraction.factory import build_extractor

    return build_extractor(settings)


def make_lookup_agent(
    settings: Settings, gateway: OdooGateway, extractor: Extractor | None = None
) -> LookupAgent | None:
    """The look-up agent when a model endpoint is configured and not switched off, else None.

    It shares the extractor's circuit breaker, so an outage stops both. Its tools only read
    (and propose); nothing it can call writes to Odoo.
    """
    if not settings.llm.configured or settings.llm.mode == "off":
        return None
    from agent.extraction.agent_lookup import LookupAgent
    from agent.extraction.hybrid import HybridExtractor
    from agent.extraction.llm import LLMExtractor

    llm = extractor.llm if isinstance(extractor, HybridExtractor) else extractor
    breaker = llm.chat.breaker if isinstance(llm, LLMExtractor) else None
    return LookupAgent(settings.llm, gateway, breaker=breaker)


def scenario_clock(settings: Settings) -> Clock:
    """The demo's clock: 08:00 local time on the scenario's day, so runs are reproducible."""
    from agent.scenario.build import load_scenario

    today = load_scenario().today
    local = dt.datetime.combine(today, dt.time(8, 0), tzinfo=ZoneInfo(settings.timezone))
    return FixedClock(local.astimezone(dt.UTC))


def build_deps(
    settings: Settings,
    *,
    gateway: OdooGateway | None = None,
    clock: Clock | None = None,
    store: Store | None = None,
) -> Deps:
    """Everything the pipeline needs, from settings unless given."""
    from agent.classifiers.calibration import load_default
    from agent.risk.model import StockoutRiskModel

    gateway = gateway or make_gateway(settings)
    extractor = make_extractor(settings)
    return Deps(
        settings=settings,
        store=store or Store.open(settings.store_url),
        gateway=gateway,
        extractor=extractor,
        risk_model=StockoutRiskModel.load_default(),
        policy=make_policy(settings),
        clock=clock or SystemClock(),
        calibrator=load_default(),
        lookup_agent=make_lookup_agent(settings, gateway, extractor),
    )
