"""The one frozen bundle of dependencies passed to the pipeline, the tools and the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from agent.classifiers.base import Calibrator
from agent.clock import Clock
from agent.config import Settings
from agent.extraction.base import Extractor
from agent.odoo.gateway import OdooGateway
from agent.policy import Policy
from agent.risk.base import RiskModel
from agent.store.repository import Store

if TYPE_CHECKING:
    from agent.extraction.agent_lookup import LookupAgent


@dataclass(frozen=True)
class Deps:
    """Gateway, store, extractor, risk model, policy, clock and settings."""

    settings: Settings
    store: Store
    gateway: OdooGateway
    extractor: Extractor
    risk_model: RiskModel
    policy: Policy
    clock: Clock
    calibrator: Calibrator | None = None
    po_prefixes: tuple[str, ...] = ("P",)
    free_mail_domains: frozenset[str] = field(default_factory=frozenset)
    lookup_agent: LookupAgent | None = None
    """Ties unmatched emails of known vendors to orders; only when a model is configured."""
